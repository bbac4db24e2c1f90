/* Automatic enrolment rules: building them, and matching candidates. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"

static mss_enrol_rules *rules;

static void setup(void)
{
    rules = mss_enrol_rules_new();
    ck_assert_ptr_nonnull(rules);
}

static void teardown(void)
{
    mss_enrol_rules_free(rules);
}

static mss_enrol_candidate at(const char *address)
{
    mss_enrol_candidate c = { address, NULL, NULL, NULL };
    return c;
}

static int match(mss_enrol_candidate c, mss_result *r)
{
    return mss_enrol_match(rules, &c, r);
}

START_TEST(empty_rules_admit_everyone)
{
    mss_enrol_candidate nobody = { NULL, NULL, NULL, NULL };
    mss_result r;
    ck_assert_int_eq(mss_enrol_match(rules, &nobody, &r), MSS_OK);
    ck_assert_uint_eq(r.count, 0);
}
END_TEST

START_TEST(exact_domain)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "CHU-Exemple.fr", MSS_ENROL_DOMAIN_EXACT, &r), MSS_OK);
    ck_assert_int_eq(match(at("jean.dupont@chu-exemple.fr"), &r), MSS_OK);
    ck_assert_int_eq(match(at("jean.dupont@CHU-EXEMPLE.FR"), &r), MSS_OK);
    ck_assert_int_eq(match(at("jean.dupont@autre.fr"), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert_uint_eq(r.field, 0);
    ck_assert_uint_eq(r.count, 1);
    /* Exact means exact: a subdomain is another domain. */
    ck_assert_int_eq(match(at("jean.dupont@urgences.chu-exemple.fr"), &r), MSS_ERR_ENROL_DOMAIN);
}
END_TEST

START_TEST(domain_with_subdomains)
{
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu-exemple.fr", MSS_ENROL_DOMAIN_WITH_SUBDOMAINS, NULL),
                     MSS_OK);
    ck_assert_int_eq(match(at("a.b@chu-exemple.fr"), NULL), MSS_OK);
    ck_assert_int_eq(match(at("a.b@urgences.chu-exemple.fr"), NULL), MSS_OK);
    ck_assert_int_eq(match(at("a.b@x.y.chu-exemple.fr"), NULL), MSS_OK);
    /* A name that merely ends with the same letters is not a subdomain. */
    ck_assert_int_eq(match(at("a.b@autrechu-exemple.fr"), NULL), MSS_ERR_ENROL_DOMAIN);
    ck_assert_int_eq(match(at("a.b@chu-exemple.fr.evil.com"), NULL), MSS_ERR_ENROL_DOMAIN);
}
END_TEST

START_TEST(internationalised_domain)
{
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "hôpital-exemple.fr", MSS_ENROL_DOMAIN_EXACT, NULL), MSS_OK);
    ck_assert_int_eq(match(at("a.b@HÔPITAL-exemple.fr"), NULL), MSS_OK);
    ck_assert_int_eq(match(at("a.b@hopital-exemple.fr"), NULL), MSS_ERR_ENROL_DOMAIN);
}
END_TEST

START_TEST(malformed_addresses_fail_the_domain_criterion_with_their_cause)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu-exemple.fr", MSS_ENROL_DOMAIN_EXACT, NULL), MSS_OK);
    ck_assert_int_eq(match(at("jean.dupont"), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert(mss_result_has(&r, MSS_ERR_ADDRESS_NO_AT));
    ck_assert_int_eq(match(at(NULL), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert(mss_result_has(&r, MSS_ERR_NULL_ARGUMENT));
    ck_assert_int_eq(match(at(""), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert(mss_result_has(&r, MSS_ERR_EMPTY));
    ck_assert_int_eq(match(at("ab@-chu.fr"), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert_uint_eq(r.count, 2);
    ck_assert_int_eq(r.issues[1].code, MSS_ERR_DOMAIN_HYPHEN);
    ck_assert_uint_eq(r.issues[1].offset, 3);
    ck_assert_int_eq(match(at("a\x01@chu-exemple.fr"), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert(mss_result_has(&r, MSS_ERR_CONTROL_CHARACTER));
    ck_assert_int_eq(match(at("a\xc3@chu-exemple.fr"), &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert(mss_result_has(&r, MSS_ERR_INVALID_UTF8));
}
END_TEST

START_TEST(bad_domain_rules_are_refused)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "", MSS_ENROL_DOMAIN_EXACT, &r), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu..fr", MSS_ENROL_DOMAIN_EXACT, &r),
                     MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu.fr", (mss_enrol_domain_scope)7, &r),
                     MSS_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, NULL, MSS_ENROL_DOMAIN_EXACT, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_enrol_rules_add_domain(NULL, "chu.fr", MSS_ENROL_DOMAIN_EXACT, &r), MSS_ERR_NULL_ARGUMENT);
    /* Nothing was added: everyone is still admitted. */
    ck_assert_int_eq(match(at("x@anything.fr"), NULL), MSS_OK);
}
END_TEST

START_TEST(many_domains)
{
    char domain[64];
    for (int i = 0; i < 100; i++) {
        snprintf(domain, sizeof domain, "structure%d.fr", i);
        ck_assert_int_eq(mss_enrol_rules_add_domain(rules, domain, MSS_ENROL_DOMAIN_EXACT, NULL), MSS_OK);
    }
    ck_assert_int_eq(match(at("a@structure99.fr"), NULL), MSS_OK);
    ck_assert_int_eq(match(at("a@structure0.fr"), NULL), MSS_OK);
    ck_assert_int_eq(match(at("a@structure100.fr"), NULL), MSS_ERR_ENROL_DOMAIN);
}
END_TEST

static mss_enrol_candidate practising_in(const char *postal_code)
{
    mss_enrol_candidate c = { NULL, postal_code, NULL, NULL };
    return c;
}

START_TEST(places_by_postal_code_and_department)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "31", &r), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "75001", &r), MSS_OK);
    ck_assert_int_eq(match(practising_in("31000"), &r), MSS_OK);
    ck_assert_int_eq(match(practising_in("31700"), &r), MSS_OK);
    ck_assert_int_eq(match(practising_in("75001"), &r), MSS_OK);
    ck_assert_int_eq(match(practising_in("75002"), &r), MSS_ERR_ENROL_PLACE);
    ck_assert_uint_eq(r.field, 1);
    ck_assert_int_eq(match(practising_in("32000"), &r), MSS_ERR_ENROL_PLACE);
}
END_TEST

START_TEST(corsican_and_overseas_departments)
{
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "2a", NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "971", NULL), MSS_OK);
    ck_assert_int_eq(match(practising_in("20000"), NULL), MSS_OK);  /* Ajaccio, 2A */
    ck_assert_int_eq(match(practising_in("20200"), NULL), MSS_ERR_ENROL_PLACE); /* Bastia, 2B */
    ck_assert_int_eq(match(practising_in("97100"), NULL), MSS_OK);
    ck_assert_int_eq(match(practising_in("97400"), NULL), MSS_ERR_ENROL_PLACE);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "2B", NULL), MSS_OK);
    ck_assert_int_eq(match(practising_in("20200"), NULL), MSS_OK);
}
END_TEST

START_TEST(malformed_postal_codes_fail_the_place_criterion)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "31", NULL), MSS_OK);
    ck_assert_int_eq(match(practising_in("3100"), &r), MSS_ERR_ENROL_PLACE);
    ck_assert(mss_result_has(&r, MSS_ERR_ENROL_PLACE_FORMAT));
    ck_assert_int_eq(match(practising_in("310000"), &r), MSS_ERR_ENROL_PLACE);
    ck_assert(mss_result_has(&r, MSS_ERR_ENROL_PLACE_FORMAT));
    ck_assert_int_eq(match(practising_in("31 00"), &r), MSS_ERR_ENROL_PLACE);
    ck_assert_int_eq(match(practising_in(NULL), &r), MSS_ERR_ENROL_PLACE);
    ck_assert(mss_result_has(&r, MSS_ERR_NULL_ARGUMENT));
    ck_assert_int_eq(match(practising_in("31\n00"), &r), MSS_ERR_ENROL_PLACE);
    ck_assert(mss_result_has(&r, MSS_ERR_CONTROL_CHARACTER));
}
END_TEST

START_TEST(bad_place_rules_are_refused)
{
    static const char *const bad[] = { "20", "96", "00", "999", "3100", "310000", "2C", "A1", "31 " };
    mss_result r;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(mss_enrol_rules_add_place(rules, bad[i], &r) == MSS_ERR_ENROL_PLACE_FORMAT, "%s", bad[i]);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "", &r), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "3\x01", &r), MSS_ERR_CONTROL_CHARACTER);
    ck_assert_uint_eq(r.offset, 1);
    ck_assert_int_eq(match(practising_in(NULL), NULL), MSS_OK);
}
END_TEST

static mss_enrol_candidate practising_as(const char *profession, const char *category)
{
    mss_enrol_candidate c = { NULL, NULL, profession, category };
    return c;
}

START_TEST(kinds_of_practice)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "10", &r), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "Libéral", &r), MSS_OK);
    ck_assert_int_eq(match(practising_as("10", NULL), &r), MSS_OK);
    ck_assert_int_eq(match(practising_as("60", "LIBERAL"), &r), MSS_OK);
    ck_assert_int_eq(match(practising_as(NULL, "libéral"), &r), MSS_OK);
    ck_assert_int_eq(match(practising_as("60", "salarié"), &r), MSS_ERR_ENROL_PRACTICE);
    ck_assert_uint_eq(r.field, 2);
    ck_assert_int_eq(match(practising_as(NULL, NULL), &r), MSS_ERR_ENROL_PRACTICE);
    ck_assert_int_eq(match(practising_as("1", "0"), &r), MSS_ERR_ENROL_PRACTICE);
}
END_TEST

START_TEST(bad_practice_rules_are_refused)
{
    mss_result r;
    char big[80];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "", &r), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, " - ", &r), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, big, &r), MSS_ERR_TOO_LONG);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "lib\xc3", &r), MSS_ERR_INVALID_UTF8);
    ck_assert_uint_eq(r.offset, 3);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_enrol_rules_add_practice(NULL, "10", &r), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(every_failing_criterion_is_reported)
{
    mss_result r;
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu-exemple.fr", MSS_ENROL_DOMAIN_EXACT, NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "31", NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "10", NULL), MSS_OK);

    mss_enrol_candidate ok = { "a.b@chu-exemple.fr", "31000", "10", NULL };
    ck_assert_int_eq(mss_enrol_match(rules, &ok, &r), MSS_OK);
    ck_assert_uint_eq(r.count, 0);

    mss_enrol_candidate none = { "a.b@ailleurs.fr", "75001", "60", "salarié" };
    ck_assert_int_eq(mss_enrol_match(rules, &none, &r), MSS_ERR_ENROL_DOMAIN);
    ck_assert_uint_eq(r.count, 3);
    ck_assert_int_eq(r.issues[0].code, MSS_ERR_ENROL_DOMAIN);
    ck_assert_int_eq(r.issues[1].code, MSS_ERR_ENROL_PLACE);
    ck_assert_int_eq(r.issues[2].code, MSS_ERR_ENROL_PRACTICE);

    mss_enrol_candidate only_place = ok;
    only_place.postal_code = "75001";
    ck_assert_int_eq(mss_enrol_match(rules, &only_place, &r), MSS_ERR_ENROL_PLACE);
    ck_assert_uint_eq(r.count, 1);
    ck_assert_int_eq(mss_enrol_match(rules, &only_place, NULL), MSS_ERR_ENROL_PLACE);
}
END_TEST

START_TEST(null_arguments)
{
    mss_enrol_candidate c = at("a@b.fr");
    mss_result r;
    ck_assert_int_eq(mss_enrol_match(NULL, &c, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_enrol_match(rules, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    mss_enrol_rules_free(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("enrol");
    TCase *tc = tcase_create("domains");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, empty_rules_admit_everyone);
    tcase_add_test(tc, exact_domain);
    tcase_add_test(tc, domain_with_subdomains);
    tcase_add_test(tc, internationalised_domain);
    tcase_add_test(tc, malformed_addresses_fail_the_domain_criterion_with_their_cause);
    tcase_add_test(tc, bad_domain_rules_are_refused);
    tcase_add_test(tc, many_domains);
    suite_add_tcase(s, tc);
    tc = tcase_create("places");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, places_by_postal_code_and_department);
    tcase_add_test(tc, corsican_and_overseas_departments);
    tcase_add_test(tc, malformed_postal_codes_fail_the_place_criterion);
    tcase_add_test(tc, bad_place_rules_are_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("practices");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, kinds_of_practice);
    tcase_add_test(tc, bad_practice_rules_are_refused);
    tcase_add_test(tc, every_failing_criterion_is_reported);
    tcase_add_test(tc, null_arguments);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
