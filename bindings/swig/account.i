/* Account statuses and the transition table. */

%{
#include <medimail/account.h>
%}

MSSB_ENUM_OUTPUT(mss_account_status, status)
MSSB_ENUM_OUTPUT(mss_account_status, next)
MSSB_ENUM_OUTPUT(mss_account_event, event)

/* The facts hold C pointers (enrolment rules, policy); scripts use
 * mssb_account_next() below. Arrays come back one item at a time. */
%ignore mss_account_facts;
%ignore mss_account_next;
%ignore mss_account_allowed_events;

%include <medimail/account.h>

%inline %{
/* mss_account_next() with the facts as plain arguments; no automatic
 * enrolment rules (self-enrolment is refused with MSS_ERR_ENROL_DISABLED)
 * and the default inactivity policy. Times are Unix seconds. */
int mssb_account_next(mss_account_status status, mss_account_event event, bool password_set,
                      bool info_confirmed, bool cgu_accepted, bool organisational,
                      bool responsible_account_exists, long long last_auth, long long warned_at,
                      long long now, mss_account_status *next, mss_result *res)
{
    mss_account_facts facts = {
        .password_set = password_set, .info_confirmed = info_confirmed,
        .cgu_accepted = cgu_accepted, .organisational = organisational,
        .responsible_account_exists = responsible_account_exists,
        .last_auth = (time_t)last_auth, .warned_at = (time_t)warned_at, .now = (time_t)now,
    };
    return mss_account_next(status, event, &facts, next, res);
}

/* The i-th event allowed from a status, or -1 past the last. */
int mssb_account_allowed_event(mss_account_status status, size_t i)
{
    mss_account_event events[MSS_ACCOUNT_EVENT_COUNT];
    size_t n = mss_account_allowed_events(status, events, MSS_ACCOUNT_EVENT_COUNT);
    return i < n ? (int)events[i] : -1;
}
%}
