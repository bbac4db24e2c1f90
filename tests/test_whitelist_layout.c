/* The compact table behind a loaded whitelist (lib/whitelist_table.h):
 * entries that share their DateMAJ and operators must each still answer
 * with their own fields, a reload or an addition rebuilds the table without
 * losing any field, a list with more operator certificates than a 16-bit
 * index holds loads in full, and the 2025 ANS list fits in 512 KiB. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define NS "https://listeblanche.mssante.fr/schema"
#define MIPIH_DN "CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,C=FR"
#define APICEM_DN "CN=mailin.interop-mssante.apicrypt.org,OU=343975235300037,O=APICEM,C=FR"
#define OLD "2024-01-01T00:00:00Z"
#define NEW "2025-02-02T00:00:00Z"

#define DOMAINE(nom, desc, dn, date)                                                                     \
    "<Domaine><Nom>" nom "</Nom><Description>" desc "</Description><DNCertificatOperateur>" dn          \
    "</DNCertificatOperateur><DateMAJ>" date "</DateMAJ></Domaine>\n"

/* a and b share everything but their names; c has a's operator and another
 * date; d and e have the same two operators in opposite orders, the later
 * listing bringing the later date to d and the earlier one to e; f has no
 * certificate and no date. */
static const char doc[] =
    "<?xml version=\"1.0\"?><ListeBlancheMSSante xmlns=\"" NS "\">"
    "<DateDeGeneration>2025-03-13T14:54:10Z</DateDeGeneration><ListeDomaines>\n"
    DOMAINE("a.mssante.fr", "A", MIPIH_DN, OLD)
    DOMAINE("b.mssante.fr", "B", MIPIH_DN, OLD)
    DOMAINE("c.mssante.fr", "C", MIPIH_DN, NEW)
    DOMAINE("d.mssante.fr", "D", MIPIH_DN, OLD)
    DOMAINE("d.mssante.fr", "D again", APICEM_DN, NEW)
    DOMAINE("e.mssante.fr", "E", APICEM_DN, NEW)
    DOMAINE("e.mssante.fr", "", MIPIH_DN, OLD)
    "<Domaine><Nom>f.mssante.fr</Nom><Description>F</Description></Domaine>\n"
    "</ListeDomaines></ListeBlancheMSSante>\n";

static const char *const mipih[] = {"GIP MIPIH", "318310021300028", "medimail-asip.mipih.fr"};
static const char *const apicem[] = {"APICEM", "343975235300037", "mailin.interop-mssante.apicrypt.org"};

static void check_entry(const mss_whitelist *wl, const char *domain, const char *description, const char *updated,
                        const char *const *first, const char *const *second)
{
    const mss_whitelist_entry *e = mss_whitelist_lookup(wl, domain);
    ck_assert_msg(e != NULL, "%s not found", domain);
    ck_assert_str_eq(mss_whitelist_entry_domain(e), domain);
    ck_assert_str_eq(mss_whitelist_entry_description(e), description);
    ck_assert_str_eq(mss_whitelist_entry_updated(e), updated);
    const char *const *expected[] = {first, second};
    size_t n = first ? (second ? 2 : 1) : 0;
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), n);
    for (size_t i = 0; i < n; i++) {
        const char *org = NULL, *id = NULL;
        ck_assert_int_eq(mss_whitelist_entry_operator(e, i, &org, &id), MSS_OK);
        ck_assert_str_eq(org, expected[i][0]);
        ck_assert_str_eq(id, expected[i][1]);
        ck_assert_str_eq(mss_whitelist_entry_operator_server(e, i), expected[i][2]);
    }
    ck_assert_int_eq(mss_whitelist_entry_operator(e, n, NULL, NULL), MSS_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(mss_whitelist_entry_operator_server(e, n), "");
}

static void check_sample(const mss_whitelist *wl)
{
    check_entry(wl, "a.mssante.fr", "A", OLD, mipih, NULL);
    check_entry(wl, "b.mssante.fr", "B", OLD, mipih, NULL);
    check_entry(wl, "c.mssante.fr", "C", NEW, mipih, NULL);
    check_entry(wl, "d.mssante.fr", "D", NEW, mipih, apicem);
    check_entry(wl, "e.mssante.fr", "E", NEW, apicem, mipih);
    check_entry(wl, "f.mssante.fr", "F", "", NULL, NULL);
    ck_assert_str_eq(mss_whitelist_generated(wl), "2025-03-13T14:54:10Z");
}

START_TEST(shared_details_answer_per_entry)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, doc, strlen(doc), NULL), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 6);
    check_sample(wl);
    /* In load order. */
    ck_assert_str_eq(mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, 0)), "a.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, 5)), "f.mssante.fr");
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(rebuilds_keep_every_field)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, doc, strlen(doc), NULL), MSS_OK);
    size_t memory = mss_whitelist_memory(wl);
    /* The same list again: the same table, no string kept twice. */
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, doc, strlen(doc), NULL), MSS_OK);
    check_sample(wl);
    ck_assert_uint_eq(mss_whitelist_memory(wl), memory);
    ck_assert_int_eq(mss_whitelist_add(wl, "G.mssante.fr", NULL), MSS_OK);
    const char text[] = "h.mssante.fr\na.mssante.fr\n";
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, text, strlen(text), NULL), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 8);
    check_sample(wl);
    check_entry(wl, "g.mssante.fr", "", "", NULL, NULL);
    check_entry(wl, "h.mssante.fr", "", "", NULL, NULL);
    ck_assert_uint_gt(mss_whitelist_memory(wl), memory);
    mss_whitelist_free(wl);
}
END_TEST

/* More distinct certificates than a 16-bit index can tell apart: every
 * domain has its own, and every seventh a second one. */
enum { MANY_OPERATORS = 66000 };

static char *many_operators_list(size_t *len)
{
    size_t cap = (size_t)MANY_OPERATORS * 260 + 512, n = 0;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    n += (size_t)snprintf(s + n, cap - n, "<?xml version=\"1.0\"?><ListeBlancheMSSante xmlns=\"" NS "\">"
                                          "<ListeDomaines>\n");
    for (int i = 0; i < MANY_OPERATORS; i++)
        for (int k = 0; k < (i % 7 == 0 ? 2 : 1); k++)
            n += (size_t)snprintf(s + n, cap - n,
                                  "<Domaine><Nom>h%d.mssante.fr</Nom><DNCertificatOperateur>CN=mx%d-%d.fr,OU=%d,"
                                  "O=Op %d</DNCertificatOperateur><DateMAJ>2024-01-%02dT00:00:00Z</DateMAJ>"
                                  "</Domaine>\n",
                                  i, i, k, 2 * i + k, i, 1 + k + i % 9);
    n += (size_t)snprintf(s + n, cap - n, "</ListeDomaines></ListeBlancheMSSante>\n");
    ck_assert_uint_lt(n, cap);
    *len = n;
    return s;
}

START_TEST(operators_beyond_a_16_bit_index)
{
    size_t len;
    char *xml = many_operators_list(&len);
    mss_whitelist *wl = mss_whitelist_new();
    mss_load_info info;
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, xml, len, &info), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), MANY_OPERATORS);
    for (int i = 0; i < MANY_OPERATORS; i += (i < 70 || i > MANY_OPERATORS - 70) ? 1 : 997) {
        char domain[32], server[32], id[16], org[16], date[32];
        snprintf(domain, sizeof domain, "h%d.mssante.fr", i);
        const mss_whitelist_entry *e = mss_whitelist_lookup(wl, domain);
        ck_assert_msg(e != NULL, "%s not found", domain);
        size_t n = i % 7 == 0 ? 2 : 1;
        ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), n);
        snprintf(date, sizeof date, "2024-01-%02dT00:00:00Z", (int)n + i % 9);
        ck_assert_str_eq(mss_whitelist_entry_updated(e), date);
        for (size_t k = 0; k < n; k++) {
            const char *o, *u;
            ck_assert_int_eq(mss_whitelist_entry_operator(e, k, &o, &u), MSS_OK);
            snprintf(server, sizeof server, "mx%d-%zu.fr", i, k);
            snprintf(id, sizeof id, "%d", 2 * i + (int)k);
            snprintf(org, sizeof org, "Op %d", i);
            ck_assert_str_eq(mss_whitelist_entry_operator_server(e, k), server);
            ck_assert_str_eq(u, id);
            ck_assert_str_eq(o, org);
        }
    }
    mss_whitelist_free(wl);
    free(xml);
}
END_TEST

#define REAL_FILE "data/listeblanchemssante-2025-03-13.xml"

START_TEST(real_list_fits_in_512_kib)
{
    const char *path = testutil_shared_path(REAL_FILE);
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, NULL), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 5001);
    size_t memory = mss_whitelist_memory(wl);
    ck_assert_uint_le(memory, 512 * 1024);
    /* Loaded again on top of itself: nothing grows (a DateMAJ that a later
     * listing of its domain superseded may even be gone). */
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, NULL), MSS_OK);
    ck_assert_uint_le(mss_whitelist_memory(wl), memory);
    mss_whitelist_free(wl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist_layout");
    TCase *tc = tcase_create("layout");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, shared_details_answer_per_entry);
    tcase_add_test(tc, rebuilds_keep_every_field);
    tcase_add_test(tc, operators_beyond_a_16_bit_index);
    if (testutil_shared_path(REAL_FILE))
        tcase_add_test(tc, real_list_fits_in_512_kib);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
