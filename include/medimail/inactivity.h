/**
 * @file inactivity.h
 * @brief Deletion of inactive mailboxes (CNIL): when to warn, when to delete.
 *
 * The CNIL requires deleting a mailbox after at most one year without any
 * authentication, and never without informing its user first. The library
 * never reads a clock: the caller passes the current time, the last
 * authentication and the time of the warning, all as plain `time_t`.
 *
 * With the default policy (365 days, 30 days of notice) a warning is due
 * from day 335 of inactivity, so a caller that checks every day warns on
 * day 335 and deletes on day 365, never later than the year the CNIL allows.
 * A warning sent late still protects the user: deletion then waits until
 * the notice period has run out.
 */
#ifndef MEDIMAIL_INACTIVITY_H
#define MEDIMAIL_INACTIVITY_H

#include <time.h>

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest inactivity the CNIL allows before deletion, in days. */
#define MSS_INACTIVITY_MAX_DAYS 365
/** Default notice between the warning and the deletion, in days. */
#define MSS_INACTIVITY_NOTICE_DAYS 30

/** How long a mailbox may stay inactive, and how early its user is warned. */
typedef struct mss_inactivity_policy {
    unsigned max_inactive_days; /**< deletion is due after this many days (1..365) */
    unsigned notice_days;       /**< the warning comes at least this many days before (1..max-1) */
} mss_inactivity_policy;

/** What is due for a mailbox now. */
typedef enum mss_inactivity_verdict {
    MSS_INACTIVITY_NOTHING_DUE = 0,  /**< active enough, or warned and still within the notice */
    MSS_INACTIVITY_WARNING_DUE = 1,  /**< inform the user now that deletion is coming */
    MSS_INACTIVITY_DELETION_DUE = 2  /**< inactive too long and warned long enough ago: delete */
} mss_inactivity_verdict;

/**
 * Fill a policy with the defaults: 365 days of inactivity, 30 days of notice.
 *
 * @param policy the policy to fill; nothing happens when NULL
 *
 * Thread-safety: safe; touches only @p policy.
 */
MSS_EXPORT void mss_inactivity_policy_default(mss_inactivity_policy *policy);

/**
 * Say whether a warning or a deletion is due for a mailbox.
 *
 * Let `idle = now - last_auth`. A warning counts only when it was sent at or
 * after the last authentication (an earlier one is void: the user came back;
 * ::MSS_WARN_INACTIVITY_WARNING_OUTDATED is reported and it is ignored).
 *  - idle < max - notice: nothing is due;
 *  - otherwise, never warned (or warning void): a warning is due;
 *  - warned, idle >= max and `now - warned_at >= notice`: deletion is due;
 *  - warned but not yet both: nothing is due (waiting for the notice to run).
 * Every boundary is inclusive: exactly 365 days of inactivity is "too long".
 *
 * @param last_auth time of the last authentication
 * @param now       the current time (the library reads no clock)
 * @param warned_at when the user was warned, or 0 if never
 * @param policy    the policy, or NULL for the defaults (365 days, 30 days)
 * @param out       receives the verdict (::MSS_INACTIVITY_NOTHING_DUE on error)
 * @param res       optional; receives the error or the warning
 * @return ::MSS_OK; ::MSS_ERR_NULL_ARGUMENT when @p out is NULL;
 *         ::MSS_ERR_INACTIVITY_FUTURE when @p last_auth or @p warned_at is after @p now;
 *         ::MSS_ERR_INACTIVITY_POLICY when the policy breaks the limits above.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_inactivity_check(time_t last_auth, time_t now, time_t warned_at,
                                    const mss_inactivity_policy *policy,
                                    mss_inactivity_verdict *out, mss_result *res);

/**
 * Stable name of a verdict: "nothing-due", "warning-due", "deletion-due".
 *
 * @param verdict the verdict
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_inactivity_verdict_name(mss_inactivity_verdict verdict);

#ifdef __cplusplus
}
#endif

#endif
