#include <medimail/mssconf.h>
#include <string.h>

#include "testutil.h"

START_TEST(registry_is_sorted_and_unique)
{
    size_t n = mss_error_count();
    ck_assert_uint_gt(n, 10);
    for (size_t i = 1; i < n; i++)
        ck_assert_int_lt(mss_error_code_at(i - 1), mss_error_code_at(i));
}
END_TEST

START_TEST(every_code_has_name_and_both_messages)
{
    for (size_t i = 0; i < mss_error_count(); i++) {
        int code = mss_error_code_at(i);
        const char *name = mss_error_name(code);
        ck_assert_msg(strncmp(name, "MSS_", 4) == 0, "code %d has name %s", code, name);
        ck_assert_ptr_nonnull(mss_strerror(code));
        ck_assert_ptr_nonnull(mss_strerror_lang(code, MSS_LANG_FR));
        ck_assert_msg(code == 0 || strcmp(mss_strerror(code), mss_strerror_lang(code, MSS_LANG_FR)) != 0,
                      "code %d has the same text in both languages", code);
        /* Errors are negative and named ERR, warnings positive and named WARN. */
        if (code < 0)
            ck_assert_msg(strncmp(name, "MSS_ERR_", 8) == 0, "%s", name);
        if (code > 0) {
            ck_assert_msg(strncmp(name, "MSS_WARN_", 9) == 0, "%s", name);
            ck_assert_int_eq(mss_error_family_of(code), MSS_FAMILY_WARNING);
        }
    }
}
END_TEST

START_TEST(known_codes_resolve)
{
    ck_assert_str_eq(mss_error_name(MSS_ERR_ID_CHECKSUM), "MSS_ERR_ID_CHECKSUM");
    ck_assert_str_eq(mss_strerror(MSS_ERR_ID_CHECKSUM), "the check digit is wrong");
    ck_assert_str_eq(mss_strerror_lang(MSS_ERR_ID_CHECKSUM, MSS_LANG_FR), "la clé de contrôle est fausse");
    ck_assert_int_eq(mss_error_family_of(MSS_ERR_ID_LENGTH), MSS_FAMILY_LENGTH);
    ck_assert_int_eq(mss_error_family_of(MSS_ERR_FINESS_DEPARTMENT), MSS_FAMILY_COMPONENT);
    ck_assert(mss_error_is_known(MSS_OK));
}
END_TEST

START_TEST(unknown_codes_are_labelled_not_crashing)
{
    ck_assert(!mss_error_is_known(-98765));
    ck_assert_str_eq(mss_error_name(-98765), "MSS_UNKNOWN");
    ck_assert_str_eq(mss_strerror(123456), "unknown code");
    ck_assert_str_eq(mss_strerror_lang(123456, MSS_LANG_FR), "code inconnu");
    ck_assert_str_eq(mss_strerror_lang(-1, (mss_lang)42), mss_strerror(-1));
    ck_assert_int_eq(mss_error_code_at((size_t)-1), MSS_OK);
}
END_TEST

START_TEST(result_keeps_first_error_and_all_issues)
{
    mss_result r;
    mss_result_init(&r);
    ck_assert_int_eq(r.code, MSS_OK);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    ck_assert_uint_eq(mss_result_warning_count(NULL), 0);
    ck_assert(!mss_result_has(NULL, MSS_ERR_EMPTY));
    mss_result_init(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("registry");
    tcase_add_test(tc, registry_is_sorted_and_unique);
    tcase_add_test(tc, every_code_has_name_and_both_messages);
    tcase_add_test(tc, known_codes_resolve);
    tcase_add_test(tc, unknown_codes_are_labelled_not_crashing);
    tcase_add_test(tc, result_keeps_first_error_and_all_issues);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
