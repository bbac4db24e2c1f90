/* The identifier fast path (lib/id_fast.c) against the general engine. A
 * compact all-digit input may be accepted by the fast path; the same input
 * with a trailing space always goes through the engine (compaction drops the
 * space). Both must agree on the result, the compact form, every warning with
 * its offset, and the IdNat split, for numbers built around the cases the
 * fast path leaves to the engine: La Poste, overseas and Corsican FINESS,
 * non-departments, RPPS not starting with 10, every IdNat prefix, lengths one
 * or two off, and every possible last digit (so valid and wrong keys). */
#include <medimail/mssconf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* Numbers drawn per kind; a third under valgrind (MSS_UNDER_VALGRIND). */
#define BODIES 3000

static const mss_id_kind kinds[] = {
    MSS_ID_SIREN, MSS_ID_SIRET,    MSS_ID_FINESS,       MSS_ID_RPPS,       MSS_ID_RPPS_RANG,
    MSS_ID_ADELI, MSS_ID_IDNAT_PS, MSS_ID_IDNAT_STRUCT, MSS_ID_ADELI_RANG,
};

/* Starts of numbers that take the fast path or just miss it. */
static const char *const heads[] = {
    "", "10", "11", "356000000", "35600000000", "97", "971", "9710", "98", "985", "2A", "2B",
    "00", "20", "96", "99", "01", "750", "751", "8", "810", "0", "02", "1", "175", "197", "2",
    "3", "3356000000", "4", "410", "5", "6", "7", "9",
};

static void same_issues(const mss_result *a, const mss_result *b, const char *what)
{
    ck_assert_msg(a->count == b->count, "%s: %u issues, engine %u", what, a->count, b->count);
    for (unsigned i = 0; i < a->count; i++) {
        ck_assert_msg(a->issues[i].code == b->issues[i].code && a->issues[i].offset == b->issues[i].offset,
                      "%s: issue %u is %s at %zu, engine %s at %zu", what, i,
                      mss_error_name(a->issues[i].code), a->issues[i].offset,
                      mss_error_name(b->issues[i].code), b->issues[i].offset);
    }
}

static void same_split(mss_id_kind kind, const char *s, const char *spaced)
{
    int (*parse)(const char *, mss_idnat *, mss_result *) =
        kind == MSS_ID_IDNAT_PS ? mss_idnat_ps_parse : mss_idnat_struct_parse;
    mss_idnat a, b;
    mss_result ra, rb;
    int rca = parse(s, &a, &ra), rcb = parse(spaced, &b, &rb);
    ck_assert_msg(rca == rcb, "parse \"%s\": %s, engine %s", s, mss_error_name(rca), mss_error_name(rcb));
    ck_assert_int_eq(a.prefix, b.prefix);
    ck_assert_int_eq(a.inner_kind, b.inner_kind);
    ck_assert_str_eq(a.inner, b.inner);
    if (rca == MSS_OK) /* an error at the end of the input moves with the space */
        same_issues(&ra, &rb, s);
}

/* Returns whether s is valid. */
static bool same_as_engine(mss_id_kind kind, const char *s)
{
    char spaced[64], a[MSS_ID_BUFSIZE], b[MSS_ID_BUFSIZE];
    mss_result ra, rb;
    snprintf(spaced, sizeof spaced, "%s ", s);
    int rca = mss_id_check(kind, s, a, sizeof a, &ra);
    int rcb = mss_id_check(kind, spaced, b, sizeof b, &rb);
    ck_assert_msg(rca == rcb, "%s \"%s\": %s, engine %s", mss_id_kind_name(kind), s,
                  mss_error_name(rca), mss_error_name(rcb));
    ck_assert_msg(mss_id_is_valid(kind, s) == (rca == MSS_OK), "%s \"%s\": is_valid disagrees",
                  mss_id_kind_name(kind), s);
    if (rca == MSS_OK) {
        ck_assert_str_eq(a, b);
        same_issues(&ra, &rb, s);
    }
    if (kind == MSS_ID_IDNAT_PS || kind == MSS_ID_IDNAT_STRUCT)
        same_split(kind, s, spaced);
    return rca == MSS_OK;
}

START_TEST(fast_path_agrees_with_the_engine)
{
    mss_id_kind kind = kinds[_i];
    uint64_t rng = 0x9E3779B97F4A7C15ULL + (uint64_t)_i;
    unsigned valid = 0, scale = getenv("MSS_UNDER_VALGRIND") ? 3 : 1;
    for (unsigned n = 0; n < BODIES / scale; n++) {
        char s[32];
        const char *head = heads[testutil_random(&rng) % (sizeof heads / sizeof heads[0])];
        size_t len = 7 + testutil_random(&rng) % 10; /* 7..16: around every kind's length */
        size_t h = strlen(head) < len ? strlen(head) : len - 1;
        memcpy(s, head, h);
        for (size_t i = h; i < len - 1; i++)
            s[i] = (char)('0' + testutil_random(&rng) % 10);
        s[len] = '\0';
        for (char last = '0'; last <= '9'; last++) {
            s[len - 1] = last;
            valid += same_as_engine(kind, s);
        }
    }
    ck_assert_msg(valid >= 25 / scale, "%s: only %u valid numbers drawn", mss_id_kind_name(kind), valid);
}
END_TEST

/* The fast path reads no further than the end of a short string. */
START_TEST(short_and_empty_inputs)
{
    static const char *const inputs[] = { "", "8", "1", "3", "2", "10", "80", "01", "0" };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
            ck_assert(!same_as_engine(kinds[k], inputs[i]));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("id_fast");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, fast_path_agrees_with_the_engine, 0, (int)(sizeof kinds / sizeof kinds[0]));
    tcase_add_test(tc, short_and_empty_inputs);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
