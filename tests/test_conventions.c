/* The address conventions (lib/address_conventions.c) are byte scans for
 * speed; they must say exactly what the guide's patterns, written as
 * regular expressions, say. Local parts built from names, role words and
 * their near misses, separators and digits are checked both ways through
 * mss_address_check(): the nominative warning for a CAB box (nominative, no
 * role words), the role warning and its offset for a PER box. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <medimail/mssconf.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    "123", "0", "+",
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

int main(void)
{
    Suite *s = suite_create("conventions");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, scans_agree_with_the_patterns);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
