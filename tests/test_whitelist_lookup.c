/* mss_whitelist_lookup() answers most names without normalising them (a
 * name found as written, or a lower-case LDH name that would normalise to
 * itself). It must find exactly the entry whose domain is the normalised
 * name, as a plain scan of the entries finds it, whatever the input: case,
 * doubled hyphens, xn-- labels, Unicode, junk, at every length around the
 * eight-byte steps. */
#include <medimail/mssconf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char *const listed[] = {
    "medecin.mssante.fr", "pro.oc.mssante.fr", "ch-albi.mssante.fr", "a.fr", "x1-2.mssante.fr",
    "xn--hpital-exemple-0ob.fr", "chu-montpellier.mssante.fr", "abcdefgh.ijklmnop.fr",
    "ab--cd.fr" /* refused by the normaliser: never listed */,
};

static const char *const pieces[] = {
    "medecin", "MEDECIN", "Medecin", ".", ".", "mssante", "MSSante", "fr", "pro", "oc", "ch-albi",
    "ch--albi", "-", "--", "a", "x1-2", "xn--hpital-exemple-0ob", "XN--HPITAL-EXEMPLE-0OB",
    "hôpital-exemple", "HÔPITAL-exemple", "chu-montpellier", "abcdefgh", "ijklmnop", "_", " ", "\xC3",
    "1", "ab", "cd",
};

/* The entry whose domain is the normalised input, by a scan of them all. */
static const mss_whitelist_entry *reference(const mss_whitelist *wl, const char *in)
{
    char d[MSS_DOMAIN_BUFSIZE];
    if (mss_domain_normalize(in, d, sizeof d, NULL) != MSS_OK)
        return NULL;
    for (size_t i = 0; i < mss_whitelist_count(wl); i++)
        if (strcmp(mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, i)), d) == 0)
            return mss_whitelist_entry_at(wl, i);
    return NULL;
}

START_TEST(lookup_agrees_with_a_scan)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++)
        (void)mss_whitelist_add(wl, listed[i], NULL);
    ck_assert_uint_ge(mss_whitelist_count(wl), 8);
    uint64_t rng = 0x1005E;
    /* a tenth of the names under valgrind (MSS_UNDER_VALGRIND) */
    unsigned found = 0, scale = getenv("MSS_UNDER_VALGRIND") ? 10 : 1;
    for (unsigned n = 0; n < 60000 / scale; n++) {
        char name[128] = "";
        size_t count = 1 + testutil_random(&rng) % 6;
        for (size_t k = 0; k < count; k++) {
            const char *p = pieces[testutil_random(&rng) % (sizeof pieces / sizeof pieces[0])];
            if (strlen(name) + strlen(p) < sizeof name)
                strcat(name, p);
        }
        if (n % 3 == 0) /* a listed name, maybe with one byte changed */
            snprintf(name, sizeof name, "%s", listed[testutil_random(&rng) % (sizeof listed / sizeof listed[0])]);
        if (n % 6 == 0 && name[0])
            name[testutil_random(&rng) % strlen(name)] ^= 0x20;
        const mss_whitelist_entry *want = reference(wl, name);
        ck_assert_msg(mss_whitelist_lookup(wl, name) == want, "\"%s\": lookup %s, scan %s", name,
                      mss_whitelist_lookup(wl, name) ? "found" : "missed", want ? "found" : "missed");
        found += want != NULL;
    }
    ck_assert_uint_ge(found, 10000 / scale);
    mss_whitelist_free(wl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist_lookup");
    TCase *tc = tcase_create("differential");
    tcase_add_test(tc, lookup_agrees_with_a_scan);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
