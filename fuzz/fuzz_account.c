/* Account life cycle entry points: status, event and mailbox type parsers,
 * the transition function with facts taken from the input (enrolment rules
 * and candidate included), the inactivity check with arbitrary times, and
 * the listings. Layout: byte 0 status, byte 1 event, byte 2 fact bits,
 * bytes 3..26 three times (last authentication, warning, now), then text
 * split on '|': status name|event name|type name|rule domain|rule place|
 * rule practice|candidate address|postal code|profession|category.
 * Invariants: an accepted transition is a row of the table, a refused one
 * leaves the status alone, and parsers only produce values in range. */
#include <medimail/account.h>
#include <medimail/enrol.h>
#include <medimail/inactivity.h>

#include "fuzz_util.h"

enum { TEXT_STATUS, TEXT_EVENT, TEXT_TYPE, TEXT_RULE_DOMAIN, TEXT_RULE_PLACE, TEXT_RULE_PRACTICE,
       TEXT_ADDRESS, TEXT_POSTAL, TEXT_PROFESSION, TEXT_CATEGORY, TEXT_FIELDS };

#define HEADER_SIZE (3 + 3 * sizeof(int64_t))

static time_t read_time(const uint8_t *p)
{
    int64_t t;
    memcpy(&t, p, sizeof t);
    return (time_t)t;
}

static bool in_table(mss_account_status from, mss_account_event ev, mss_account_status to)
{
    mss_account_transition t;
    for (size_t i = 0; mss_account_transition_at(i, &t) == MSS_OK; i++)
        if (t.from == from && t.event == ev && t.to == to)
            return true;
    return false;
}

static void check_parsers(const char **text, size_t size)
{
    mss_result r;
    mss_account_status st;
    int rc = mss_account_status_parse(text[TEXT_STATUS], &st, &r);
    fuzz_check_result(rc, &r, size);
    if (rc == MSS_OK)
        FUZZ_ASSERT((unsigned)st < MSS_ACCOUNT_STATUS_COUNT && mss_account_status_code(st));
    mss_account_event ev;
    rc = mss_account_event_parse(text[TEXT_EVENT], &ev, &r);
    fuzz_check_result(rc, &r, size);
    if (rc == MSS_OK)
        FUZZ_ASSERT((unsigned)ev < MSS_ACCOUNT_EVENT_COUNT && mss_account_event_code(ev));
    mss_bal_type type;
    if (mss_bal_type_parse(text[TEXT_TYPE], &type) == MSS_OK)
        FUZZ_ASSERT((unsigned)type < MSS_BAL_TYPE_COUNT);
}

static mss_enrol_rules *build_rules(const char **text, size_t size)
{
    mss_enrol_rules *rules = mss_enrol_rules_new();
    FUZZ_ASSERT(rules != NULL);
    mss_result r;
    int rc;
    if (*text[TEXT_RULE_DOMAIN]) {
        rc = mss_enrol_rules_add_domain(rules, text[TEXT_RULE_DOMAIN],
                                        (mss_enrol_domain_scope)(size % 3), &r);
        fuzz_check_result(rc, &r, size);
    }
    if (*text[TEXT_RULE_PLACE]) {
        rc = mss_enrol_rules_add_place(rules, text[TEXT_RULE_PLACE], &r);
        fuzz_check_result(rc, &r, size);
    }
    if (*text[TEXT_RULE_PRACTICE]) {
        rc = mss_enrol_rules_add_practice(rules, text[TEXT_RULE_PRACTICE], &r);
        fuzz_check_result(rc, &r, size);
    }
    return rules;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER_SIZE || size > 65536)
        return 0;
    mss_account_status status = (mss_account_status)(int8_t)data[0];
    mss_account_event event = (mss_account_event)(int8_t)data[1];
    uint8_t bits = data[2];
    const char *text[TEXT_FIELDS];
    char *copy = fuzz_split(data + HEADER_SIZE, size - HEADER_SIZE, '|', text, TEXT_FIELDS);
    check_parsers(text, size);

    mss_enrol_rules *rules = (bits & 0x20) ? build_rules(text, size) : NULL;
    mss_enrol_candidate candidate = {text[TEXT_ADDRESS], text[TEXT_POSTAL], text[TEXT_PROFESSION],
                                     text[TEXT_CATEGORY]};
    mss_inactivity_policy policy;
    mss_inactivity_policy_default(&policy);
    if (bits & 0x80) {
        policy.max_inactive_days = data[3];
        policy.notice_days = data[4];
    }
    mss_account_facts facts = {
        .password_set = bits & 1,
        .info_confirmed = bits & 2,
        .cgu_accepted = bits & 4,
        .bal_type = (mss_bal_type)(bits >> 3 & 7),
        .responsible_account_exists = bits & 0x40,
        .enrol_rules = rules,
        .enrol_candidate = &candidate,
        .last_auth = read_time(data + 3),
        .warned_at = read_time(data + 11),
        .now = read_time(data + 19),
        .inactivity_policy = &policy,
    };

    mss_account_status next = (mss_account_status)-7;
    mss_result r;
    int rc = mss_account_next(status, event, (bits & 0x10) ? NULL : &facts, &next, &r);
    fuzz_check_result(rc, &r, MSS_NO_POSITION);
    if (rc == MSS_OK)
        FUZZ_ASSERT(in_table(status, event, next));
    else
        FUZZ_ASSERT(next == (mss_account_status)-7 || next == status);
    FUZZ_ASSERT(mss_account_next(status, event, &facts, NULL, NULL) == MSS_ERR_NULL_ARGUMENT);

    if (rules) {
        rc = mss_enrol_match(rules, &candidate, &r);
        fuzz_check_result(rc, &r, MSS_NO_POSITION);
    }
    mss_inactivity_verdict verdict;
    rc = mss_inactivity_check(facts.last_auth, facts.now, facts.warned_at, &policy, &verdict, &r);
    fuzz_check_result(rc, &r, MSS_NO_POSITION);
    (void)mss_inactivity_verdict_name((mss_inactivity_verdict)(int8_t)data[3]);

    mss_account_event allowed[MSS_ACCOUNT_EVENT_COUNT];
    size_t n = mss_account_allowed_events(status, allowed, data[4] % (MSS_ACCOUNT_EVENT_COUNT + 1));
    FUZZ_ASSERT(n <= MSS_ACCOUNT_EVENT_COUNT);
    (void)mss_account_status_label(status);
    (void)mss_account_status_description(status, (mss_lang)(bits & 1));
    (void)mss_account_status_is_terminal(status);
    (void)mss_account_event_label(event);
    (void)mss_account_event_description(event, (mss_lang)(int8_t)data[5]);
    (void)mss_account_condition_label((mss_account_condition)data[6], (mss_lang)(bits >> 7));
    mss_enrol_rules_free(rules);
    free(copy);
    return 0;
}
