/* CNIL rule for inactive mailboxes: delete after at most a year without
 * authentication, never without warning the user first. */
#include <medimail/inactivity.h>

#include <stdint.h>

#include "result.h"

#define SECONDS_PER_DAY 86400

static const mss_inactivity_policy defaults = { MSS_INACTIVITY_MAX_DAYS, MSS_INACTIVITY_NOTICE_DAYS };

void mss_inactivity_policy_default(mss_inactivity_policy *policy)
{
    if (policy)
        *policy = defaults;
}

/* later - earlier in seconds, for later >= earlier, without signed overflow
 * whatever the two times are. */
static uintmax_t seconds_between(time_t earlier, time_t later)
{
    return (uintmax_t)(intmax_t)later - (uintmax_t)(intmax_t)earlier;
}

int mss_inactivity_check(time_t last_auth, time_t now, time_t warned_at, const mss_inactivity_policy *policy,
                         mss_inactivity_verdict *out, mss_result *res)
{
    mss_result_init(res);
    if (!out)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    *out = MSS_INACTIVITY_NOTHING_DUE;
    if (!policy)
        policy = &defaults;
    if (policy->max_inactive_days < 1 || policy->max_inactive_days > MSS_INACTIVITY_MAX_DAYS ||
        policy->notice_days < 1 || policy->notice_days >= policy->max_inactive_days)
        return mssi_fail(res, MSS_ERR_INACTIVITY_POLICY, MSS_NO_POSITION);
    if (last_auth > now || warned_at > now)
        return mssi_fail(res, MSS_ERR_INACTIVITY_FUTURE, MSS_NO_POSITION);

    bool warned = warned_at != 0;
    if (warned && warned_at < last_auth) {
        /* The user authenticated after the warning: it announced a deletion
         * that no longer applies. */
        mssi_warn(res, MSS_WARN_INACTIVITY_WARNING_OUTDATED, MSS_NO_POSITION);
        warned = false;
    }
    uintmax_t idle = seconds_between(last_auth, now);
    uintmax_t max = (uintmax_t)policy->max_inactive_days * SECONDS_PER_DAY;
    uintmax_t notice = (uintmax_t)policy->notice_days * SECONDS_PER_DAY;

    if (idle < max - notice)
        return MSS_OK;
    if (!warned)
        *out = MSS_INACTIVITY_WARNING_DUE;
    else if (idle >= max && seconds_between(warned_at, now) >= notice)
        *out = MSS_INACTIVITY_DELETION_DUE;
    return MSS_OK;
}

const char *mss_inactivity_verdict_name(mss_inactivity_verdict verdict)
{
    switch (verdict) {
    case MSS_INACTIVITY_NOTHING_DUE:
        return "nothing-due";
    case MSS_INACTIVITY_WARNING_DUE:
        return "warning-due";
    case MSS_INACTIVITY_DELETION_DUE:
        return "deletion-due";
    }
    return NULL;
}
