/* The address conventions (lib/address_conventions.c) are byte scans for
 * speed; they must say exactly what the guide's patterns, written as
 * regular expressions, say. Local parts built from names, role words and
 * their near misses, separators and digits are checked both ways through
 * mss_address_check(): the nominative warning for a CAB box (nominative, no
 * role words), the role warning and its offset for a PER box. The
 * extract's fast path decides in one pass, on the address itself, whether
 * a plain local part gets no warning at all: that decision must be
 * mssi_address_conventions' for every type, on local parts drawn around
 * its edges (homonym numbers, hyphens, dots, role words at and inside
 * words, the end of the local part). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <medimail/mssconf.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/address_internal.h"
#include "testutil.h"

static const char nominative_pattern[] =
    "^[a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)+(?:[.-]?[0-9]{1,2})?$";

static const char role_pattern[] =
    "(?:^|[._-])("
    "no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|"
    "secretariats?|secretaire|accueil|contacts?|admin|administrat(?:eur|rice|ion|if)|"
    "direction|directeur|directrice|services?|standard|infos?|informations?|support|"
    "equipes?|dpi|postmaster|webmaster|hostmaster|abuse|mailer-daemon|"
    "urgences?|cabinet|pharmacie|laboratoire|consultations?|courrier|facturation|test"
    ")(?:[._0-9-]|$)";

static const char *const pieces[] = {
    "dupont", "jean", "le", "gall", "marie", "a", "x", "no", "reply", "noreply", "no-reply", "do",
    "not", "donotreply", "ne", "pas", "repondre", "nepasrepondre", "secretariat", "secretariats",
    "secretaire", "accueil", "contact", "contacts", "contactx", "admin", "administrateur",
    "administration", "administra", "direction", "directeur", "services", "service", "standard",
    "info", "infos", "informations", "support", "equipe", "dpi", "postmaster", "abuse",
    "mailer-daemon", "mailer", "urgences", "cabinet", "pharmacie", "laboratoire", "consultation",
    "courrier", "facturation", "test", "testeur", "atest", ".", ".", ".", "-", "-", "_", "1", "12",
    "123", "0", "+", "do-not-reply", "do-notreply", "donot-reply", "ne-pas-repondre", "nepas-repondre",
    "ne-pasrepondre", "administratif", "administratrice", "directrice", "consultations", "urgence",
    "equipes", "information", "webmaster", "hostmaster", "in", "se", "ab",
};

static pcre2_code *compile(const char *pattern)
{
    int err;
    PCRE2_SIZE where;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, 0, &err, &where, NULL);
    ck_assert_ptr_nonnull(re);
    return re;
}

/* Offset of the first capture (or of the match), or -1. */
static long match_at(const pcre2_code *re, pcre2_match_data *md, const char *s)
{
    int pairs = pcre2_match(re, (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, 0, md, NULL);
    if (pairs < 0)
        return -1;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    return (long)(pairs > 1 && ov[2] != PCRE2_UNSET ? ov[2] : ov[0]);
}

/* The offset of a warning in r, or -1 when absent. */
static long warning_at(const mss_result *r, int code)
{
    for (unsigned i = 0; i < r->count; i++)
        if (r->issues[i].code == code)
            return (long)r->issues[i].offset;
    return -1;
}

START_TEST(scans_agree_with_the_patterns)
{
    pcre2_code *nominative = compile(nominative_pattern), *role = compile(role_pattern);
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    uint64_t rng = 0xC0FFEE;
    /* a tenth of the local parts under valgrind (MSS_UNDER_VALGRIND) */
    unsigned checked = 0, nominatives = 0, roles = 0, scale = getenv("MSS_UNDER_VALGRIND") ? 10 : 1;
    for (unsigned n = 0; n < 40000 / scale; n++) {
        char local[MSS_LOCAL_MAX + 1] = "", address[MSS_ADDRESS_BUFSIZE];
        size_t count = 1 + testutil_random(&rng) % 5;
        for (size_t k = 0; k < count; k++) {
            const char *p = pieces[testutil_random(&rng) % (sizeof pieces / sizeof pieces[0])];
            if (strlen(local) + strlen(p) < sizeof local)
                strcat(local, p);
        }
        snprintf(address, sizeof address, "%s@pro.oc.mssante.fr", local);
        mss_result r;
        if (mss_address_check(address, MSS_BAL_CAB, NULL, NULL, &r) < 0)
            continue; /* leading, trailing or doubled dots: no conventions then */
        bool expect_nominative = match_at(nominative, md, local) >= 0;
        ck_assert_msg((warning_at(&r, MSS_WARN_ADDRESS_NOT_NOMINATIVE) < 0) == expect_nominative,
                      "\"%s\": nominative should be %d", local, expect_nominative);
        ck_assert_int_eq(mss_address_check(address, MSS_BAL_PER, NULL, NULL, &r), MSS_OK);
        long expect_role = match_at(role, md, local);
        ck_assert_msg(warning_at(&r, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL) == expect_role,
                      "\"%s\": role word at %ld, pattern says %ld", local,
                      warning_at(&r, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL), expect_role);
        ck_assert_msg((warning_at(&r, MSS_WARN_ADDRESS_NOT_NOMINATIVE) < 0) ==
                          (expect_nominative && expect_role < 0),
                      "\"%s\": PER nominative warning", local);
        checked++;
        nominatives += expect_nominative;
        roles += expect_role >= 0;
    }
    pcre2_match_data_free(md);
    pcre2_code_free(nominative);
    pcre2_code_free(role);
    ck_assert_uint_ge(checked, 10000 / scale);
    ck_assert_uint_ge(nominatives, 500 / scale);
    ck_assert_uint_ge(roles, 2000 / scale);
}
END_TEST

/* What the extract's fast path takes as a plain local part: words of a-z
 * 0-9 - _ with a dot between two. */
static bool plain(const char *local)
{
    size_t n = strlen(local);
    if (n == 0 || local[0] == '.' || local[n - 1] == '.' || strstr(local, ".."))
        return false;
    return strspn(local, "abcdefghijklmnopqrstuvwxyz0123456789-_.") == n;
}

/* Octets readable from the start of an address handed to
 * mssi_local_quiet_length(), which reads 32 of them at once. */
#define PADDED (MSS_ADDRESS_BUFSIZE + 32)

/* s in buf, followed after its NUL by octets that would change the answer
 * if they were taken for part of s: '@', letters, dots, digits. */
static const char *padded(char buf[PADDED], const char *s)
{
    for (size_t i = 0; i < PADDED; i++)
        buf[i] = "@a.b-1@"[i % 7];
    size_t n = strlen(s);
    ck_assert_uint_le(n + 1 + 32, PADDED);
    memcpy(buf, s, n + 1);
    return buf;
}

/* The fast path's answer for local against the reference's for every type:
 * its length when plain with no warning, else 0. Returns the types that
 * were quiet, a bit each. */
static unsigned fast_agrees(const char *local)
{
    char text[MSS_ADDRESS_BUFSIZE], address[PADDED], bare[PADDED];
    snprintf(text, sizeof text, "%s@pro.mssante.fr", local);
    padded(address, text);
    padded(bare, local);
    unsigned quiet = 0;
    for (int t = 0; t < MSS_BAL_TYPE_COUNT; t++) {
        mss_result r;
        mss_result_init(&r);
        mssi_address_conventions(local, (mss_bal_type)t, &r);
        size_t expect = plain(local) && r.count == 0 ? strlen(local) : 0;
        ck_assert_msg(mssi_local_quiet_length(address, (mss_bal_type)t) == expect,
                      "\"%s\" as type %d: fast path says %zu, the conventions %zu", local, t,
                      mssi_local_quiet_length(address, (mss_bal_type)t), expect);
        ck_assert_msg(mssi_local_quiet_length(bare, (mss_bal_type)t) == 0, "\"%s\" without its '@'", local);
        quiet |= (unsigned)(expect > 0) << t;
    }
    return quiet;
}

/* A local part of 1 to 40 octets, for the fast path's 32-octet blocks:
 * words and role words joined by separators, single, doubled or none,
 * cut anywhere (in a word, after a separator), then one time in three a
 * homonym number or a near miss, and one time in six an octet replaced by
 * one that is not lower-case ASCII, or a digit or separator. One time in
 * two, words of letters and single separators only (nom.prenom is then
 * common at every length). */
static void draw_around_blocks(uint64_t *rng, char local[MSS_LOCAL_MAX + 1])
{
    static const char *const words[] = {
        "a", "b", "x", "le", "jean", "dupont", "marie", "abcdefghijklmnop", "konstantinopoulos", "test",
        "info", "infos", "no", "reply", "noreply", "secretariat", "admin", "contacts", "dpi", "abuse",
        "mailer-daemon", "ne-pas-repondre", "in", "se", "co", /* then not only letters */
        "Jean", "A", "le_gall", "9", "12", "123",
    };
    static const char *const separators[] = {".", ".", ".", ".", "-", "-", "..", "--", ".-", "-.", "_", ""};
    static const char *const numbers[] = {"1", "12", "123", "-1", "-12", ".1", ".12", "-", ".",
                                          "-.1", ".-1", "1-2", "1.2", "a", "-123", "..1"};
    static const char others[] = "AZ_09.-+\xC3";
    bool letters = testutil_random(rng) % 2;
    size_t nwords = sizeof words / sizeof words[0] - (letters ? 6 : 0);
    size_t nseparators = letters ? 6 : sizeof separators / sizeof separators[0];
    size_t target = 1 + testutil_random(rng) % 40;
    local[0] = '\0';
    while (strlen(local) < target) {
        if (local[0])
            strcat(local, separators[testutil_random(rng) % nseparators]);
        strcat(local, words[testutil_random(rng) % nwords]);
    }
    local[target] = '\0';
    if (testutil_random(rng) % 3 == 0)
        strcat(local, numbers[testutil_random(rng) % (sizeof numbers / sizeof numbers[0])]);
    if (!letters && testutil_random(rng) % 6 == 0)
        local[testutil_random(rng) % strlen(local)] = others[testutil_random(rng) % (sizeof others - 1)];
}

START_TEST(fast_path_agrees_with_the_conventions)
{
    static const char *const edges[] = {
        "", "a", "a.b", "a.b1", "a.b12", "a.b123", "a.b-1", "a.b-12", "a.b-123", "a.b.1", "a.b.12",
        "a.b.123", "a.b.-1", "a.b-.1", "a.b-", "a.b.", ".a.b", "a..b", "a.b_c", "a_b", "a-b.c", "a-.b",
        "a.-b", "a.b-1-2", "a1.b", "a.1b", "a.1", "1.a.b", "a.b.c.d-e-f.12", "test.a", "a.test", "a.test1",
        "a.test-x", "a.testx", "a.b-test", "a-test.b", "atest.b", "a_test.b", "test", "test_a", "te.st",
        "no-reply.a", "a.no-reply", "a.noreply2", "a.no-replyx", "mailer-daemon.a", "mailer-daem.a",
        "in.fo", "info.a", "a.infos.12", "a.info-1", "dpi", "dp.i", "a.dpi", "secretariats.b", "a.b+c",
        "A.b", "a.B", "a.b\xC3\xA9",
    };
    unsigned plain_only = 0, nominative = 0, role = 0, personal = 0;
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        fast_agrees(edges[i]);
    uint64_t rng = 0xFA57;
    unsigned scale = getenv("MSS_UNDER_VALGRIND") ? 10 : 1;
    for (unsigned n = 0; n < 100000 / scale; n++) {
        /* names with a separator between two pieces one time in two, and
         * one homonym number in four at the end: nom.prenom is common */
        char local[MSS_LOCAL_MAX + 1] = "";
        size_t count = 1 + testutil_random(&rng) % 5;
        for (size_t k = 0; k < count; k++) {
            const char *p = pieces[testutil_random(&rng) % (sizeof pieces / sizeof pieces[0])];
            const char *separator = k > 0 && testutil_random(&rng) % 2 ? (testutil_random(&rng) % 3 ? "." : "-") : "";
            if (strlen(local) + 1 + strlen(p) + 3 < sizeof local) /* room for a homonym number */
                strcat(strcat(local, separator), p);
        }
        static const char *const homonyms[] = {"1", "12", "-3", "-45", ".6", ".78", "123", "-"};
        if (testutil_random(&rng) % 4 == 0)
            strcat(local, homonyms[testutil_random(&rng) % (sizeof homonyms / sizeof homonyms[0])]);
        unsigned quiet = fast_agrees(local);
        bool org = quiet >> MSS_BAL_ORG & 1, cab = quiet >> MSS_BAL_CAB & 1, per = quiet >> MSS_BAL_PER & 1;
        plain_only += org && !cab;
        nominative += cab;
        role += cab && !per;
        personal += per;
    }
    /* every side of the decision is drawn often: plain but not nom.prenom,
     * nom.prenom with a role word, without */
    ck_assert_uint_ge(plain_only, 20000 / scale);
    ck_assert_uint_ge(nominative, 10000 / scale);
    ck_assert_uint_ge(role, 5000 / scale);
    ck_assert_uint_ge(personal, 2000 / scale);
}
END_TEST

/* The fast path reads the 32 octets from the address at once: the '@' at
 * every place up to past them, before and after sixteen octets. */
START_TEST(fast_path_agrees_around_its_blocks)
{
    unsigned quiet_at[MSS_LOCAL_MAX + 1] = {0}, loud_at[MSS_LOCAL_MAX + 1] = {0}, role = 0;
    /* two words of x y z (no role word) split by a dot anywhere, then a
     * homonym number or not */
    static const char *const numbers[] = {"", "1", "12", "123", "-1", ".12", "-"};
    for (size_t n = 1; n <= 40; n++)
        for (size_t dot = 0; dot <= n; dot++)
            for (size_t k = 0; k < sizeof numbers / sizeof numbers[0]; k++) {
                char local[MSS_LOCAL_MAX + 1];
                for (size_t i = 0; i < n; i++)
                    local[i] = i == dot ? '.' : "xyz"[i % 3];
                local[n] = '\0';
                strcat(local, numbers[k]);
                fast_agrees(local);
            }
    uint64_t rng = 0xB10C;
    unsigned scale = getenv("MSS_UNDER_VALGRIND") ? 10 : 1;
    for (unsigned n = 0; n < 100000 / scale; n++) {
        char local[MSS_LOCAL_MAX + 1];
        draw_around_blocks(&rng, local);
        unsigned quiet = fast_agrees(local);
        size_t len = strlen(local);
        if (quiet >> MSS_BAL_CAB & 1)
            quiet_at[len]++;
        else
            loud_at[len]++;
        role += (quiet >> MSS_BAL_CAB & 1) && !(quiet >> MSS_BAL_PER & 1);
    }
    /* nom.prenom and not, for the '@' at every place from 3 to 40 */
    for (size_t len = 3; len <= 40; len++) {
        ck_assert_msg(quiet_at[len] >= 100 / scale, "%u quiet local parts of %zu octets", quiet_at[len], len);
        ck_assert_msg(loud_at[len] >= 100 / scale, "%u loud local parts of %zu octets", loud_at[len], len);
    }
    ck_assert_uint_ge(role, 2000 / scale);
}
END_TEST

/* What mssi_local_quiet_length() may read of a split row's address: the
 * row with every other column empty, in a buffer of just its size, under
 * ASan (meson setup -Db_sanitize=address) for a read past it. */
START_TEST(fast_path_reads_within_a_split_row)
{
    static const char address[] = "jean.dupont@pro.mssante.fr";
    for (size_t n = 0; n < sizeof address; n++) {
        size_t len = 4 + n + MSS_EXTRACT_COLUMNS - 2;
        char *line = malloc(len + 1);
        ck_assert_ptr_nonnull(line);
        memcpy(line, "PER|", 4);
        memcpy(line + 4, address, n);
        memset(line + 4 + n, '|', MSS_EXTRACT_COLUMNS - 2);
        mss_extract_row row;
        ck_assert_int_eq(mss_extract_split_row(line, len, 2, &row, NULL), MSS_OK);
        ck_assert_uint_eq(strlen(row.fields[MSS_EXTRACT_ADDRESS]), n);
        ck_assert_uint_eq(mssi_local_quiet_length(row.fields[MSS_EXTRACT_ADDRESS], MSS_BAL_PER), (n > 11 ? 11 : 0));
        ck_assert_uint_eq(mssi_local_quiet_length(row.fields[MSS_EXTRACT_ADDRESS], MSS_BAL_ORG), (n > 11 ? 11 : 0));
        free(line);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("conventions");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, scans_agree_with_the_patterns);
    tcase_add_test(tc, fast_path_agrees_with_the_conventions);
    tcase_add_test(tc, fast_path_agrees_around_its_blocks);
    tcase_add_test(tc, fast_path_reads_within_a_split_row);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
