/* CNIL inactivity rule: warning and deletion boundaries. */
#include <medimail/mssconf.h>
#include <stdint.h>

#include "testutil.h"

#define DAY 86400
#define T0 ((time_t)1700000000)
#define NEVER ((time_t)0)

/* Verdict with the default policy, last authentication at T0, now at day
 * `day` and the warning at day `warned` (or NEVER). */
static mss_inactivity_verdict verdict_at(long day, time_t warned_at)
{
    mss_inactivity_verdict v = (mss_inactivity_verdict)-1;
    mss_result r;
    ck_assert_int_eq(mss_inactivity_check(T0, T0 + day * DAY, warned_at, NULL, &v, &r), MSS_OK);
    ck_assert_uint_eq(r.count, 0);
    return v;
}

static time_t day(long n)
{
    return T0 + n * DAY;
}

START_TEST(never_warned)
{
    ck_assert_int_eq(verdict_at(0, NEVER), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(334, NEVER), MSS_INACTIVITY_NOTHING_DUE);
    /* 30 days of notice before the year runs out. */
    ck_assert_int_eq(verdict_at(335, NEVER), MSS_INACTIVITY_WARNING_DUE);
    ck_assert_int_eq(verdict_at(364, NEVER), MSS_INACTIVITY_WARNING_DUE);
    /* Never a deletion without a warning, however long. */
    ck_assert_int_eq(verdict_at(365, NEVER), MSS_INACTIVITY_WARNING_DUE);
    ck_assert_int_eq(verdict_at(366, NEVER), MSS_INACTIVITY_WARNING_DUE);
    ck_assert_int_eq(verdict_at(3650, NEVER), MSS_INACTIVITY_WARNING_DUE);
}
END_TEST

START_TEST(warned_in_time)
{
    ck_assert_int_eq(verdict_at(335, day(335)), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(364, day(335)), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(365, day(335)), MSS_INACTIVITY_DELETION_DUE);
    ck_assert_int_eq(verdict_at(366, day(335)), MSS_INACTIVITY_DELETION_DUE);
    /* One second short of the year. */
    mss_inactivity_verdict v;
    ck_assert_int_eq(mss_inactivity_check(T0, day(365) - 1, day(335), NULL, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_NOTHING_DUE);
}
END_TEST

START_TEST(warned_yesterday_versus_thirty_days_ago)
{
    ck_assert_int_eq(verdict_at(365, day(364)), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(366, day(365)), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(365, day(336)), MSS_INACTIVITY_NOTHING_DUE); /* 29 days ago */
    ck_assert_int_eq(verdict_at(365, day(335)), MSS_INACTIVITY_DELETION_DUE); /* 30 days ago */
    /* Warned late, on day 366: deletion waits for the full notice. */
    ck_assert_int_eq(verdict_at(395, day(366)), MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(verdict_at(396, day(366)), MSS_INACTIVITY_DELETION_DUE);
}
END_TEST

START_TEST(a_warning_before_the_last_authentication_is_void)
{
    mss_inactivity_verdict v;
    mss_result r;
    ck_assert_int_eq(mss_inactivity_check(T0, day(340), T0 - DAY, NULL, &v, &r), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_WARNING_DUE);
    ck_assert(mss_result_has(&r, MSS_WARN_INACTIVITY_WARNING_OUTDATED));
    ck_assert_int_eq(mss_inactivity_check(T0, day(400), T0 - DAY, NULL, &v, &r), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_WARNING_DUE);
    /* Warned at the very moment of the last authentication: it counts. */
    ck_assert_int_eq(mss_inactivity_check(T0, day(400), T0, NULL, &v, &r), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_DELETION_DUE);
    ck_assert_uint_eq(r.count, 0);
}
END_TEST

START_TEST(custom_policy)
{
    mss_inactivity_policy p = { 180, 15 };
    mss_inactivity_verdict v;
    ck_assert_int_eq(mss_inactivity_check(T0, day(164), NEVER, &p, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(mss_inactivity_check(T0, day(165), NEVER, &p, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_WARNING_DUE);
    ck_assert_int_eq(mss_inactivity_check(T0, day(180), day(165), &p, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_DELETION_DUE);

    mss_inactivity_policy d = { 0, 0 };
    mss_inactivity_policy_default(&d);
    ck_assert_uint_eq(d.max_inactive_days, 365);
    ck_assert_uint_eq(d.notice_days, 30);
    mss_inactivity_policy_default(NULL);
}
END_TEST

START_TEST(policies_beyond_the_cnil_limits_are_refused)
{
    static const mss_inactivity_policy bad[] = { { 0, 0 }, { 366, 30 }, { 30, 30 }, { 30, 31 }, { 365, 0 } };
    mss_inactivity_verdict v;
    mss_result r;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_int_eq(mss_inactivity_check(T0, day(400), NEVER, &bad[i], &v, &r), MSS_ERR_INACTIVITY_POLICY);
    mss_inactivity_policy shortest = { 2, 1 };
    ck_assert_int_eq(mss_inactivity_check(T0, day(1), NEVER, &shortest, &v, &r), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_WARNING_DUE);
}
END_TEST

START_TEST(times_after_now_are_refused)
{
    mss_inactivity_verdict v = MSS_INACTIVITY_DELETION_DUE;
    mss_result r;
    ck_assert_int_eq(mss_inactivity_check(day(2), day(1), NEVER, NULL, &v, &r), MSS_ERR_INACTIVITY_FUTURE);
    ck_assert_int_eq(v, MSS_INACTIVITY_NOTHING_DUE);
    ck_assert_int_eq(mss_inactivity_check(T0, day(1), day(2), NULL, &v, &r), MSS_ERR_INACTIVITY_FUTURE);
    ck_assert_int_eq(mss_inactivity_check(T0, day(1), NEVER, NULL, NULL, &r), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(extreme_times_do_not_overflow)
{
    if (sizeof(time_t) < 8)
        return;
    /* Far apart enough that a naive subtraction would overflow a 64-bit time_t. */
    time_t far_past = (time_t)(INT64_MIN / 2 - 1);
    time_t far_future = (time_t)(INT64_MAX / 2 + 1);
    mss_inactivity_verdict v;
    ck_assert_int_eq(mss_inactivity_check(far_past, far_future, NEVER, NULL, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_WARNING_DUE);
    ck_assert_int_eq(mss_inactivity_check(far_past, far_future, far_past + 1, NULL, &v, NULL), MSS_OK);
    ck_assert_int_eq(v, MSS_INACTIVITY_DELETION_DUE);
}
END_TEST

START_TEST(verdict_names)
{
    ck_assert_str_eq(mss_inactivity_verdict_name(MSS_INACTIVITY_NOTHING_DUE), "nothing-due");
    ck_assert_str_eq(mss_inactivity_verdict_name(MSS_INACTIVITY_WARNING_DUE), "warning-due");
    ck_assert_str_eq(mss_inactivity_verdict_name(MSS_INACTIVITY_DELETION_DUE), "deletion-due");
    ck_assert_ptr_null(mss_inactivity_verdict_name((mss_inactivity_verdict)7));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("inactivity");
    TCase *tc = tcase_create("boundaries");
    tcase_add_test(tc, never_warned);
    tcase_add_test(tc, warned_in_time);
    tcase_add_test(tc, warned_yesterday_versus_thirty_days_ago);
    tcase_add_test(tc, a_warning_before_the_last_authentication_is_void);
    tcase_add_test(tc, custom_policy);
    tcase_add_test(tc, policies_beyond_the_cnil_limits_are_refused);
    tcase_add_test(tc, times_after_now_are_refused);
    tcase_add_test(tc, extreme_times_do_not_overflow);
    tcase_add_test(tc, verdict_names);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
