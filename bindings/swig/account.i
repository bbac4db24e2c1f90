/* Account life cycle: statuses, events, the transition table; automatic
 * enrolment rules; the CNIL inactivity rule. */

%{
#include <medimail/account.h>
#include <medimail/enrol.h>
#include <medimail/inactivity.h>
%}

/* Scripts hold times as integers (Unix seconds). */
%apply long long { time_t };

MSSB_ENUM_OUTPUT(mss_account_status, status)
MSSB_ENUM_OUTPUT(mss_account_event, event)
MSSB_ENUM_OUTPUT(mss_account_status, next)
MSSB_ENUM_OUTPUT(mss_inactivity_verdict, out)

/* Enrolment rules: an opaque handle whose constructor and destructor are
 * mss_enrol_rules_new() and mss_enrol_rules_free(), like the whitelist. */
struct mss_enrol_rules {};
%extend mss_enrol_rules {
    mss_enrol_rules() {
        return mss_enrol_rules_new();
    }
    ~mss_enrol_rules() {
        mss_enrol_rules_free($self);
    }
}
%ignore mss_enrol_rules_new;
%ignore mss_enrol_rules_free;

/* The facts and the candidate hold borrowed C pointers (strings, rules,
 * policy) that a script could free behind the library's back; the mssb_*
 * functions below take them as plain arguments, alive for the call. */
%ignore mss_account_facts;
%ignore mss_account_next;
%ignore mss_account_allowed_events;
%ignore mss_enrol_candidate;
%ignore mss_enrol_match;

#if defined(SWIGPYTHON)
/* "from" is a Python keyword; PHP keeps the C names. */
%rename(from_status) mss_account_transition::from;
%rename(to_status) mss_account_transition::to;
#endif
%immutable mss_account_transition::from;
%immutable mss_account_transition::event;
%immutable mss_account_transition::to;
%immutable mss_account_transition::conditions;

%include <medimail/enrol.h>
%include <medimail/inactivity.h>
%include <medimail/account.h>

%inline %{
/* mss_enrol_match() with the candidate's fields as arguments (NULL: not given). */
int mssb_enrol_match(const mss_enrol_rules *rules, const char *address, const char *postal_code,
                     const char *profession_code, const char *category, mss_result *res)
{
    mss_enrol_candidate candidate = {
        .address = address, .postal_code = postal_code,
        .profession_code = profession_code, .category = category,
    };
    return mss_enrol_match(rules, &candidate, res);
}

/* mss_account_next() with the facts as plain arguments. rules NULL: the
 * structure has no automatic enrolment; policy NULL: the default
 * inactivity policy. Times are Unix seconds. */
int mssb_account_next(mss_account_status status, mss_account_event event, bool password_set,
                      bool info_confirmed, bool cgu_accepted, mss_bal_type bal_type,
                      bool responsible_account_exists, const mss_enrol_rules *rules,
                      const char *address, const char *postal_code, const char *profession_code,
                      const char *category, long long last_auth, long long warned_at,
                      long long now, const mss_inactivity_policy *policy,
                      mss_account_status *next, mss_result *res)
{
    mss_enrol_candidate candidate = {
        .address = address, .postal_code = postal_code,
        .profession_code = profession_code, .category = category,
    };
    mss_account_facts facts = {
        .password_set = password_set, .info_confirmed = info_confirmed,
        .cgu_accepted = cgu_accepted, .bal_type = bal_type,
        .responsible_account_exists = responsible_account_exists,
        .enrol_rules = rules, .enrol_candidate = &candidate,
        .last_auth = (time_t)last_auth, .warned_at = (time_t)warned_at, .now = (time_t)now,
        .inactivity_policy = policy,
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
