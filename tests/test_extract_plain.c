/* The fast path of the extract's record check (lib/extract_plain.c) against
 * the full check. Rows are drawn from pools of values for each record column
 * that sit on either side of every condition of the fast path: types in
 * other cases, local parts at the length limit or breaking a convention,
 * listed, generic, unlisted, IDN and over-long domains, identifiers valid,
 * with a wrong key, with a warning, prefixed or not, mismatched
 * Identification nationale PP, names with accents, C1 controls or too long.
 * For each row, what mss_extract_check_row reports must be exactly what
 * mss_record_check finds in the same values (the reference), with the
 * extract's own Identification nationale PP rule; and the usual rows must
 * take the fast path. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/extract_fields.h"
#include "testutil.h"

#define ROWS 60000

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static size_t pick(size_t n)
{
    return (size_t)(testutil_random(&rng) % n);
}

/* One of the first `usual` values three times in four, else any of the n:
 * rows that pass everything must be common enough to test. */
static size_t pick_usual(size_t n, size_t usual)
{
    return pick(4) ? pick(usual) : pick(n);
}

/* A valid identifier of the kind: head, random digits, key (a SIRET
 * starts with a valid SIREN). */
static void make_id(mss_id_kind kind, const char *head, size_t len, char *out)
{
    char siren[16];
    if (kind == MSS_ID_SIRET && !*head) {
        make_id(MSS_ID_SIREN, "", 9, siren);
        head = siren;
    }
    size_t h = strlen(head);
    memcpy(out, head, h);
    for (size_t i = h; i < len - 1; i++)
        out[i] = (char)('0' + pick(10));
    out[len - 1] = '\0';
    char key = '0';
    ck_assert_int_eq(mss_id_calc_check_digit(kind, out, &key), MSS_OK);
    out[len - 1] = key;
    out[len] = '\0';
}

/* The same with its key changed: invalid. */
static void wrong_key(char *id)
{
    size_t n = strlen(id);
    id[n - 1] = (char)('0' + (id[n - 1] - '0' + 1) % 10);
}

typedef struct values {
    char type[16], address[320], pp_type[8], pp_id[40], idnat[40], st_type[8], st_id[40], last[4200], first[4200];
} values;

static mss_whitelist *wl;
static char idn_alabel[128];
static char long_domain[256];

static void draw_address(values *v)
{
    static const char *const locals[] = {
        "jean.dupont", "dupont.jean", "jean-pierre.dupont", "dupont.jean2", "dupont.jean.2", "dupont.jean-12",
        "secretariat", "secretariat.dupont", "noreply", "j.dupont", "Dupont.Jean", ".dupont", "dupont.",
        "dupont..jean", "dupont_jean", "du+pont.jean", "dupont.jean-", "dupont", "cabinet.dupont", "info",
        "x", "\xC3\xA9lise.dupont", "le-roux.marie", "dalmeida.severine", "saint-martin.jean", "admissions",
        "lettres-sortie", "urgences", "dupont.jean123", "dupont-.jean", "dupont.jean@x", "",
        "de-la-fontaine.margaux", "lefevre.herve", "barbier.marie-helene", "\"dupont\"", "dupont(x)",
        "dupon.jean", "jean.dupontdelamarre", "dupontdelamarr.jean", "du.pont",
        /* the name's first and last letters around other letters, the name cut, a short local part */
        "dupant.jean", "jean.dupnt", "jean.dupontt", "jean.ddupont", "jean.martin", "jean.du-pont", "dupo",
        /* 31, 32 and 33 octets: copied in one block below 32 */
        "jean-baptiste.dupontdelamarre.x", "jean-baptiste.dupontdelamarre.xy", "jean-baptiste.dupontdelamarre.xyz",
    };
    const char *domains[] = {
        "medecin.mssante.fr", "ch-test.mssante.fr", "pro.oc.mssante.fr", "inconnu.mssante.fr",
        "MEDECIN.mssante.fr", "medecin.mssante.fr.", "gmail.com", idn_alabel, "h\xC3\xB4pital-test.mssante.fr",
        long_domain, "", "[127.0.0.1]", "medecin..mssante.fr",
        "ch.a.mssante.fr", "chu.a.mssante.fr", "clinique-du-parc.abc.mssante.fr", "clinique-du-parc.abcd.mssante.fr",
        "clinique-du-parc.abcde.mssante.fr", "a", "ab", "ch.a.mssante.frx", "chu.a.mssante.frx",
        "clinique-du-parc.abc.mssante.frx", "clinique-du-parc.abcd.mssante.frx", "clinique-du-parc.abcde.mssante.frx",
        "cab-dupont.mssante.fr",
    };
    size_t k = pick_usual(sizeof locals / sizeof locals[0] + 3, 2);
    char local[80];
    if (k < sizeof locals / sizeof locals[0]) {
        snprintf(local, sizeof local, "%s", locals[k]);
    } else { /* 63 to 65 octets */
        size_t n = 63 + (k - sizeof locals / sizeof locals[0]);
        memset(local, 'a', n);
        memcpy(local + 20, ".dupont", 7);
        local[n] = '\0';
    }
    const char *domain = domains[pick_usual(sizeof domains / sizeof domains[0], 3)];
    if (pick(40) == 0)
        snprintf(v->address, sizeof v->address, "%s", local); /* no at-sign */
    else
        snprintf(v->address, sizeof v->address, "%s@%s", local, domain);
}

static void draw_person(values *v)
{
    char r[16], r2[16], a[16], rb[16], r9[16];
    make_id(MSS_ID_RPPS, "10", 11, r);
    make_id(MSS_ID_RPPS, "10", 11, r2);
    make_id(MSS_ID_RPPS, "2", 11, r9); /* valid, not starting with 10: a warning */
    make_id(MSS_ID_ADELI, pick(2) ? "75" : "31", 9, a);
    snprintf(rb, sizeof rb, "%s", r);
    wrong_key(rb);
    const char *t = "8", *id = r, *nat = "";
    char natbuf[40], idbuf[40];
    switch (pick_usual(19, 5)) {
    case 0: case 1: case 2: nat = "8"; break; /* the usual row: nat is built below */
    case 3: break;
    case 4: t = "0"; id = a; nat = "0"; break;
    case 5: id = r9; nat = "8"; break;
    case 6: id = rb; nat = "8"; break;
    case 7: snprintf(idbuf, sizeof idbuf, "8%s", r); id = idbuf; nat = "8"; break;
    case 8: t = ""; snprintf(idbuf, sizeof idbuf, "8%s", r); id = idbuf; nat = "8"; break;
    case 9: t = ""; id = ""; break;
    case 10: t = ""; id = ""; nat = "8"; break;
    case 11: id = ""; break;
    case 12: t = "9"; nat = "9"; break;
    case 13: nat = "mismatch"; break;
    case 14: t = "0"; nat = "0"; break;
    case 15: id = a; nat = "8"; break;
    case 16: t = "8 "; break;
    case 17: t = ""; break;
    default: snprintf(idbuf, sizeof idbuf, "%s ", r); id = idbuf; nat = "8"; break;
    }
    if (strcmp(nat, "mismatch") == 0)
        snprintf(natbuf, sizeof natbuf, "8%s", r2);
    else if (*nat && *t)
        snprintf(natbuf, sizeof natbuf, "%.7s%.30s", t, id);
    else if (*nat)
        snprintf(natbuf, sizeof natbuf, "8%s", r);
    else
        natbuf[0] = '\0';
    snprintf(v->pp_type, sizeof v->pp_type, "%s", t);
    snprintf(v->pp_id, sizeof v->pp_id, "%s", id);
    snprintf(v->idnat, sizeof v->idnat, "%s", natbuf);
}

static void draw_structure(values *v)
{
    char f[16], f97[16], s[16], siret[20], rr[20], ar[20], bad[16];
    make_id(MSS_ID_FINESS, pick(2) ? "750" : "130", 9, f);
    make_id(MSS_ID_FINESS, "9701", 9, f97);
    make_id(MSS_ID_SIREN, "", 9, s);
    make_id(MSS_ID_SIRET, "", 14, siret);
    make_id(MSS_ID_RPPS_RANG, "10", 14, rr);
    make_id(MSS_ID_ADELI, "75", 9, ar);
    strcat(ar, "01");
    snprintf(bad, sizeof bad, "%s", f);
    wrong_key(bad);
    static const char *const types[] = { "1", "2", "3", "4", "0", "5", "6", "", "7", "1 ", "12" };
    const char *t = types[pick_usual(sizeof types / sizeof types[0], 4)];
    const char *ids[] = { f, s, siret, rr, ar, f97, bad, "" };
    const char *id = ids[pick(sizeof ids / sizeof ids[0])];
    /* The inner identifier of the type, often, so that valid rows are common. */
    if (pick(4) && t[0] >= '0' && t[0] <= '4' && !t[1])
        id = (const char *[]){ ar, f, s, siret, rr }[t[0] - '0'];
    if (pick(3) == 0)
        snprintf(v->st_id, sizeof v->st_id, "%s%s", pick(4) ? t : "1", id); /* the IdNat_Struct form */
    else
        snprintf(v->st_id, sizeof v->st_id, "%s", id);
    snprintf(v->st_type, sizeof v->st_type, "%s", t);
}

static void draw_names(values *v)
{
    static const char *const lasts[] = {
        "DUPONT", "Dupont", "DU PONT", "DE LA FONTAINE", "LEF\xC3\x88VRE", "D'ALMEIDA", "", "MARTIN",
        "LE ROUX", "SAINT-MARTIN", "BARBIER", "\xC3\x89LISE", "X\xC2\x85Y", "\xC3\xB7", "A\xE2\x82\xAC",
        "DUPONT ", " DUPONT", "Dupont-", "JEAN", "SECRETARIAT", "\xC5\x92UVRE",
        /* around the sixteen octets read at once */
        "Dupontdelamarreb", "DUPONTDELAMARRE", "DUPONTDELAMARREBC", "DUPONTDELAMARR\xC3\x89",
        "DUPONTDELAMARRE", "D", "DUPONTDUPONTDUP",
        /* next to the letters: @ [ ` { */
        "DU@PONT", "DU[PONT", "DU`PONT", "DU{PONT",
    };
    static const char *const firsts[] = {
        "Jean", "H\xC3\xA9l\xC3\xA8ne", "", "\xC2\x85", "Marie-No\xC3\xABl", "Jean-Pierre", "\xE2\x82\xAC",
        "Z\xC3\xB6\x65", "J.", "\xF0\x9F\x98\x80",
        /* C2 that is not a C1 control; C1 controls at and past sixteen octets */
        "\xC2\xA0Jean", "Jeanne-Marie-L\xC2\x85", "Jeanne-Marie-Lou\xC2\x85", "Jeanne-Marie-Lou",
    };
    size_t k = pick_usual(sizeof lasts / sizeof lasts[0] + 3, 2);
    if (k < sizeof lasts / sizeof lasts[0]) {
        snprintf(v->last, sizeof v->last, "%s", lasts[k]);
    } else { /* 64 and 65 letters, and more than MSS_MAX_INPUT */
        size_t n = k == sizeof lasts / sizeof lasts[0] ? 64 : k == sizeof lasts / sizeof lasts[0] + 1 ? 65 : 4097;
        memset(v->last, 'A', n);
        v->last[n] = '\0';
    }
    k = pick_usual(sizeof firsts / sizeof firsts[0] + 1, 2);
    if (k < sizeof firsts / sizeof firsts[0]) {
        snprintf(v->first, sizeof v->first, "%s", firsts[k]);
    } else {
        size_t n = pick(2) ? 4096 : 4097;
        memset(v->first, 'e', n);
        v->first[n] = '\0';
    }
}

static void draw(values *v)
{
    static const char *const types[] = { "PER", "PER", "PER", "ORG", "APP", "CAB", "INT", "MED",
                                         "per", "Per", "PERS", "", "PER ", "Personnelle" };
    snprintf(v->type, sizeof v->type, "%s", types[pick_usual(sizeof types / sizeof types[0], 6)]);
    draw_address(v);
    draw_person(v);
    draw_structure(v);
    draw_names(v);
}

/* The row of the extract holding these values; the columns that are not
 * the record's are valid constants. */
static size_t make_line(const values *v, char *line, size_t size)
{
    int n = snprintf(line, size,
                     "%s|%s|%s|%s|%s|%s|%s|Service|DR|%s|%s|C|Civil|10|M\xC3\xA9" "decin|SM42|Psychiatrie|O|"
                     "CABINET||||12||R|DES ECOLES||75015 PARIS|75015|75|France",
                     v->type, v->address, v->pp_type, v->pp_id, v->idnat, v->st_type, v->st_id, v->last, v->first);
    ck_assert(n > 0 && (size_t)n < size);
    return (size_t)n;
}

/* Column of each mss_record_field in the extract (mss_record_field order). */
static const size_t column_of_field[] = { 0, 1, 2, 3, 4, 5, 6, 9, 10 };

/* What the extract must report: mss_record_check on the values, a
 * Identification nationale PP that is not type + identifier reported as
 * such instead. */
static void reference(const values *v, mss_result *out)
{
    char concat[80];
    snprintf(concat, sizeof concat, "%s%s", v->pp_type, v->pp_id);
    bool mismatch = v->idnat[0] && strcmp(v->idnat, concat) != 0;
    mss_record rec = {
        .type = v->type, .address = v->address, .person_id_type = v->pp_type, .person_id = v->pp_id,
        .idnat_ps = mismatch ? "" : v->idnat, .struct_id_type = v->st_type, .struct_id = v->st_id,
        .last_name = v->last, .first_name = v->first,
    };
    mss_result rr;
    mss_record_check(&rec, wl, MSS_RECORD_NATIONAL_DATA, &rr);
    mss_result_init(out);
    out->count = rr.count;
    for (unsigned i = 0; i < rr.count; i++) {
        out->issues[i] = rr.issues[i];
        ck_assert_uint_lt(rr.issues[i].field, sizeof column_of_field / sizeof column_of_field[0]);
        out->issues[i].field = column_of_field[rr.issues[i].field];
    }
    if (mismatch && out->count < MSS_RESULT_MAX_ISSUES)
        out->issues[out->count++] = (mss_issue){ MSS_ERR_RECORD_IDNAT_PS_MISMATCH, 0, 4 };
}

static void setup(void)
{
    wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    static const char *const listed[] = { "medecin.mssante.fr", "ch-test.mssante.fr", "pro.oc.mssante.fr",
                                          "h\xC3\xB4pital-test.mssante.fr",
                                          /* 15, 16, 31, 32 and 33 octets: the fast path measures in blocks */
                                          "ch.a.mssante.fr", "chu.a.mssante.fr", "clinique-du-parc.abc.mssante.fr",
                                          "clinique-du-parc.abcd.mssante.fr", "clinique-du-parc.abcde.mssante.fr",
                                          /* a name in the domain is not a name in the local part */
                                          "cab-dupont.mssante.fr" };
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
        ck_assert_int_eq(mss_whitelist_add(wl, listed[i], NULL), MSS_OK);
    ck_assert_int_eq(mss_domain_normalize("h\xC3\xB4pital-test.mssante.fr", idn_alabel, sizeof idn_alabel, NULL),
                     MSS_OK);
    /* Listed, but too long for most local parts: 3 x 63 + 2 + 11 octets. */
    memset(long_domain, 'a', 63);
    memset(long_domain + 63, '.', 1);
    memset(long_domain + 64, 'b', 63);
    memset(long_domain + 127, '.', 1);
    memset(long_domain + 128, 'c', 63);
    strcpy(long_domain + 191, ".mssante.fr");
    ck_assert_int_eq(mss_whitelist_add(wl, long_domain, NULL), MSS_OK);
}

static void teardown(void)
{
    mss_whitelist_free(wl);
}

/* What mss_extract_row::listed must hold: the lookup of the domain after
 * the last '@' (the fast path finds it its own way). */
static const mss_whitelist_entry *listed_reference(const char *address)
{
    const char *at = strrchr(address, '@');
    return at ? mss_whitelist_lookup(wl, at + 1) : NULL;
}

START_TEST(fast_path_reports_what_the_full_check_reports)
{
    static char line[10000];
    values v;
    unsigned clean = 0, plain = 0, scale = getenv("MSS_UNDER_VALGRIND") ? 5 : 1;
    for (unsigned n = 0; n < ROWS / scale; n++) {
        draw(&v);
        size_t len = make_line(&v, line, sizeof line);
        mss_extract_row row;
        mss_result got, want;
        int rc = mss_extract_check_row(line, len, 2, wl, &row, &got);
        reference(&v, &want);
        const mss_whitelist_entry *listed;
        plain += mssi_extract_record_plain(&row, wl, &listed);
        clean += want.count == 0;
        ck_assert_msg(row.listed == listed_reference(v.address), "row %u (%s): listed %s", n, v.address,
                      mss_whitelist_entry_domain(row.listed));
        ck_assert_msg(got.count == want.count, "row %u (%s|%s|%s|%s|%s|%s|%s|%s|%s): %u issues, reference %u (%s)", n,
                      v.type, v.address, v.pp_type, v.pp_id, v.idnat, v.st_type, v.st_id, v.last, v.first, got.count,
                      want.count, want.count ? mss_error_name(want.issues[0].code) : mss_error_name(got.issues[0].code));
        for (unsigned i = 0; i < got.count; i++)
            ck_assert_msg(got.issues[i].code == want.issues[i].code && got.issues[i].field == want.issues[i].field &&
                              got.issues[i].offset == want.issues[i].offset,
                          "row %u issue %u: %s col %zu at %zu, reference %s col %zu at %zu", n, i,
                          mss_error_name(got.issues[i].code), got.issues[i].field, got.issues[i].offset,
                          mss_error_name(want.issues[i].code), want.issues[i].field, want.issues[i].offset);
        int first_error = MSS_OK;
        for (unsigned i = want.count; i-- > 0;)
            if (want.issues[i].code < 0)
                first_error = want.issues[i].code;
        ck_assert_int_eq(rc, first_error);
    }
    /* The draw must reach both sides often enough to mean something. */
    ck_assert_uint_ge(plain, ROWS / scale / 20);
    ck_assert_uint_ge(clean, plain);
}
END_TEST

static values row_of(const char *type, const char *address, const char *pp_type, const char *pp_id, bool with_nat,
                     const char *st_type, const char *st_id, const char *last, const char *first)
{
    values v;
    snprintf(v.type, sizeof v.type, "%s", type);
    snprintf(v.address, sizeof v.address, "%s", address);
    snprintf(v.pp_type, sizeof v.pp_type, "%s", pp_type);
    snprintf(v.pp_id, sizeof v.pp_id, "%s", pp_id);
    snprintf(v.idnat, sizeof v.idnat, "%s%s", with_nat ? pp_type : "", with_nat ? pp_id : "");
    snprintf(v.st_type, sizeof v.st_type, "%s", st_type);
    snprintf(v.st_id, sizeof v.st_id, "%s", st_id);
    snprintf(v.last, sizeof v.last, "%s", last);
    snprintf(v.first, sizeof v.first, "%s", first);
    return v;
}

/* The rows the national directory is made of take the fast path. */
START_TEST(usual_rows_take_the_fast_path)
{
    char r[16], a[16], f[16], f1[24], s[16], siret[20], siret3[24];
    make_id(MSS_ID_RPPS, "10", 11, r);
    make_id(MSS_ID_ADELI, "75", 9, a);
    make_id(MSS_ID_FINESS, "750", 9, f);
    make_id(MSS_ID_SIREN, "", 9, s);
    make_id(MSS_ID_SIRET, "", 14, siret);
    snprintf(f1, sizeof f1, "1%s", f);
    snprintf(siret3, sizeof siret3, "3%s", siret);
    const values rows[] = {
        row_of("PER", "jean.dupont@medecin.mssante.fr", "8", r, true, "1", f1, "DUPONT", "Jean"),
        row_of("PER", "dupont.jean@ch-test.mssante.fr", "8", r, false, "3", siret, "DUPONT", "Jean"),
        row_of("PER", "lefevre.helene@medecin.mssante.fr", "8", r, true, "", "", "LEF\xC3\x88VRE",
               "H\xC3\xA9l\xC3\xA8ne"),
        row_of("PER", "le-roux.marie-noel@medecin.mssante.fr", "0", a, true, "1", f, "LE ROUX", "Marie-No\xC3\xABl"),
        row_of("CAB", "dupont.jean@pro.oc.mssante.fr", "8", r, true, "2", s, "DUPONT", "Jean"),
        row_of("ORG", "urgences@ch-test.mssante.fr", "", "", false, "1", f1, "", ""),
        row_of("APP", "lettres-sortie@ch-test.mssante.fr", "", "", false, "3", siret3, "", ""),
        /* local parts of 31 to 33 octets, the name at their end; domains of 15 to 33 */
        row_of("PER", "jean-baptiste.marie-pier.dupont@ch.a.mssante.fr", "8", r, true, "1", f1, "DUPONT", "Jean"),
        row_of("PER", "jean-baptiste.marie-pierr.dupont@chu.a.mssante.fr", "8", r, true, "1", f1, "DUPONT", "Jean"),
        row_of("PER", "jean-baptiste.marie-pierre.dupont@clinique-du-parc.abc.mssante.fr", "8", r, true, "1", f1,
               "DUPONT", "Jean"),
        row_of("PER", "dupont.jean@clinique-du-parc.abcd.mssante.fr", "8", r, true, "1", f1, "DUPONT", "Jean"),
        row_of("PER", "dupont.jean@clinique-du-parc.abcde.mssante.fr", "8", r, true, "1", f1, "DUPONT", "Jean"),
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        char line[10000];
        size_t len = make_line(&rows[i], line, sizeof line);
        mss_extract_row row;
        mss_result res;
        ck_assert_msg(mss_extract_check_row(line, len, 2, wl, &row, &res) == MSS_OK && res.count == 0, "row %zu: %s",
                      i, res.count ? mss_error_name(res.issues[0].code) : "");
        const mss_whitelist_entry *listed;
        ck_assert_msg(mssi_extract_record_plain(&row, wl, &listed), "row %zu not on the fast path", i);
        ck_assert_ptr_nonnull(listed);
        ck_assert_ptr_eq(row.listed, listed);
        ck_assert_str_eq(mss_whitelist_entry_domain(listed), strchr(rows[i].address, '@') + 1);
    }
}
END_TEST

/* Without a whitelist nothing is plain: the domain is only "unverified". */
START_TEST(no_whitelist_no_fast_path)
{
    char line[] = "PER|jean.dupont@medecin.mssante.fr|||||||DR|DUPONT|Jean|C|Civil|10|Med|SM42|P|O|||||||||||||";
    mss_extract_row row;
    mss_result res;
    mss_extract_check_row(line, strlen(line), 2, NULL, &row, &res);
    const mss_whitelist_entry *listed;
    ck_assert(!mssi_extract_record_plain(&row, NULL, &listed));
    ck_assert_ptr_null(listed);
    ck_assert_ptr_null(row.listed);
    ck_assert_int_eq(row.nfields, MSS_EXTRACT_COLUMNS);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract_plain");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 300);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, fast_path_reports_what_the_full_check_reports);
    tcase_add_test(tc, usual_rows_take_the_fast_path);
    tcase_add_test(tc, no_whitelist_no_fast_path);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
