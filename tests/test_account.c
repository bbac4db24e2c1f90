/* Account life cycle: names, parsing, the transition table and its rules. */
#include <medimail/mssconf.h>
#include <string.h>

#include "testutil.h"

#define DAY 86400
#define T0 ((time_t)1700000000)
#define NO_EVENT ((mss_account_event)-1)

/* Facts under which every transition in the table is allowed. */
static mss_enrol_rules *open_rules;
static const mss_enrol_candidate anyone = { "jean.dupont@chu-exemple.fr", "31000", "10", "libéral" };

static mss_account_facts all_facts(void)
{
    mss_account_facts f;
    memset(&f, 0, sizeof f);
    f.password_set = f.info_confirmed = f.cgu_accepted = true;
    f.bal_type = MSS_BAL_PER;
    f.enrol_rules = open_rules;
    f.enrol_candidate = &anyone;
    f.last_auth = T0;
    f.warned_at = T0 + 335 * DAY;
    f.now = T0 + 365 * DAY;
    return f;
}

static void setup(void)
{
    open_rules = mss_enrol_rules_new();
    ck_assert_ptr_nonnull(open_rules);
}

static void teardown(void)
{
    mss_enrol_rules_free(open_rules);
}

/* --- names ------------------------------------------------------------- */

START_TEST(status_names)
{
    ck_assert_str_eq(mss_account_status_code(MSS_STATUS_A_VALIDER), "A_VALIDER");
    ck_assert_str_eq(mss_account_status_label(MSS_STATUS_A_VALIDER), "A VALIDER");
    ck_assert_str_eq(mss_account_status_label(MSS_STATUS_PREINSCRIT), "PREINSCRIT");
    ck_assert_str_eq(mss_account_status_label(MSS_STATUS_NONE), "(aucun)");
    ck_assert_str_eq(mss_account_status_code(MSS_STATUS_SUPPRIME), "SUPPRIME");
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++) {
        const char *en = mss_account_status_description((mss_account_status)s, MSS_LANG_EN);
        const char *fr = mss_account_status_description((mss_account_status)s, MSS_LANG_FR);
        ck_assert_ptr_nonnull(en);
        ck_assert_ptr_nonnull(fr);
        ck_assert_str_ne(en, fr);
    }
    ck_assert_ptr_null(mss_account_status_code((mss_account_status)MSS_ACCOUNT_STATUS_COUNT));
    ck_assert_ptr_null(mss_account_status_label((mss_account_status)-1));
    ck_assert_ptr_null(mss_account_status_description((mss_account_status)99, MSS_LANG_FR));
}
END_TEST

START_TEST(event_names)
{
    ck_assert_str_eq(mss_account_event_code(MSS_EVENT_SELF_ENROL), "self-enrol");
    ck_assert_str_eq(mss_account_event_code(MSS_EVENT_INACTIVITY_DELETE), "inactivity-delete");
    ck_assert_str_eq(mss_account_event_label(MSS_EVENT_FINALISE), "finalisation");
    for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++) {
        ck_assert_ptr_nonnull(mss_account_event_label((mss_account_event)e));
        ck_assert_str_ne(mss_account_event_description((mss_account_event)e, MSS_LANG_EN),
                         mss_account_event_description((mss_account_event)e, MSS_LANG_FR));
    }
    ck_assert_ptr_null(mss_account_event_code((mss_account_event)MSS_ACCOUNT_EVENT_COUNT));
    ck_assert_ptr_null(mss_account_event_description(NO_EVENT, MSS_LANG_EN));
}
END_TEST

static mss_account_status parsed_status(const char *text)
{
    mss_account_status s = (mss_account_status)-1;
    mss_result r;
    ck_assert_msg(mss_account_status_parse(text, &s, &r) == MSS_OK, "\"%s\" gives %s", text,
                  mss_error_name(r.code));
    return s;
}

START_TEST(status_parse_accepts_usual_spellings)
{
    static const char *const a_valider[] = { "A VALIDER", "A_VALIDER", "à valider", "a-valider",
                                             "À Valider", "a valider ", " A__VALIDER" };
    for (size_t i = 0; i < sizeof a_valider / sizeof a_valider[0]; i++)
        ck_assert_int_eq(parsed_status(a_valider[i]), MSS_STATUS_A_VALIDER);
    ck_assert_int_eq(parsed_status("Préinscrit"), MSS_STATUS_PREINSCRIT);
    ck_assert_int_eq(parsed_status("pré-inscrit"), MSS_STATUS_PREINSCRIT);
    ck_assert_int_eq(parsed_status("validé"), MSS_STATUS_VALIDE);
    ck_assert_int_eq(parsed_status("SUPPRIMÉ"), MSS_STATUS_SUPPRIME);
    ck_assert_int_eq(parsed_status("refusé"), MSS_STATUS_REFUSE);
    ck_assert_int_eq(parsed_status("(aucun)"), MSS_STATUS_NONE);
    ck_assert_int_eq(parsed_status("none"), MSS_STATUS_NONE);
    ck_assert_int_eq(parsed_status("suspended"), MSS_STATUS_SUSPENDU);
}
END_TEST

START_TEST(names_round_trip)
{
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++) {
        ck_assert_int_eq(parsed_status(mss_account_status_code((mss_account_status)s)), s);
        ck_assert_int_eq(parsed_status(mss_account_status_label((mss_account_status)s)), s);
    }
    for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++) {
        mss_account_event got = NO_EVENT;
        ck_assert_int_eq(mss_account_event_parse(mss_account_event_code((mss_account_event)e), &got, NULL),
                         MSS_OK);
        ck_assert_int_eq(got, e);
        got = NO_EVENT;
        ck_assert_int_eq(mss_account_event_parse(mss_account_event_label((mss_account_event)e), &got, NULL),
                         MSS_OK);
        ck_assert_int_eq(got, e);
    }
}
END_TEST

START_TEST(event_parse_accepts_synonyms)
{
    static const struct {
        const char *text;
        mss_account_event event;
    } cases[] = {
        { "Finalize", MSS_EVENT_FINALISE },
        { "self-enroll", MSS_EVENT_SELF_ENROL },
        { "Enrôlement automatique", MSS_EVENT_SELF_ENROL },
        { "IMPORT", MSS_EVENT_BULK_CREATE },
        { "bulk_create", MSS_EVENT_BULK_CREATE },
        { "Suppression pour inactivité", MSS_EVENT_INACTIVITY_DELETE },
        { "réactivation", MSS_EVENT_REACTIVATE },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mss_account_event got = NO_EVENT;
        ck_assert_msg(mss_account_event_parse(cases[i].text, &got, NULL) == MSS_OK, "%s", cases[i].text);
        ck_assert_int_eq(got, cases[i].event);
    }
}
END_TEST

START_TEST(parse_refuses_bad_input_clearly)
{
    mss_account_status s = MSS_STATUS_VALIDE;
    mss_account_event e = MSS_EVENT_DELETE;
    mss_result r;
    ck_assert_int_eq(mss_account_status_parse("VALIDEE", &s, &r), MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
    ck_assert_int_eq(s, MSS_STATUS_VALIDE);
    ck_assert_int_eq(mss_account_event_parse("explode", &e, &r), MSS_ERR_ACCOUNT_EVENT_UNKNOWN);
    ck_assert_int_eq(mss_account_status_parse(NULL, &s, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_account_status_parse("VALIDE", NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_account_status_parse("", &s, &r), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_account_status_parse("---", &s, &r), MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
    ck_assert_int_eq(mss_account_status_parse("VAL\xff", &s, &r), MSS_ERR_INVALID_UTF8);
    ck_assert_uint_eq(r.offset, 3);
    ck_assert_int_eq(mss_account_event_parse("A\tVALIDER", &e, &r), MSS_ERR_CONTROL_CHARACTER);
    ck_assert_uint_eq(r.offset, 1);

    char big[MSS_MAX_INPUT + 2];
    memset(big, 'A', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ck_assert_int_eq(mss_account_status_parse(big, &s, &r), MSS_ERR_TOO_LONG);
    big[200] = '\0'; /* long, but not beyond the limit: simply unknown */
    ck_assert_int_eq(mss_account_status_parse(big, &s, &r), MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
    ck_assert_int_eq(s, MSS_STATUS_VALIDE);
}
END_TEST

/* --- the transition table --------------------------------------------- */

/* What each (status, event) pair gives when every fact holds: a status, or
 * (negative) the refusal. Written out by hand, independently of the table. */
#define NA MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED
#define TERM MSS_ERR_ACCOUNT_TERMINAL
static const int expected[MSS_ACCOUNT_STATUS_COUNT][MSS_ACCOUNT_EVENT_COUNT] = {
    /*            create                bulk-create           self-enrol           finalise
                  validate              reject                suspend              reactivate
                  delete                inactivity-delete */
    [MSS_STATUS_NONE] = { MSS_STATUS_PREINSCRIT, MSS_STATUS_PREINSCRIT, MSS_STATUS_A_VALIDER, NA, NA, NA, NA,
                          NA, NA, NA },
    [MSS_STATUS_PREINSCRIT] = { NA, NA, NA, MSS_STATUS_VALIDE, NA, NA, NA, NA, MSS_STATUS_SUPPRIME, NA },
    [MSS_STATUS_A_VALIDER] = { NA, NA, NA, NA, MSS_STATUS_VALIDE, MSS_STATUS_REFUSE, NA, NA,
                               MSS_STATUS_SUPPRIME, NA },
    [MSS_STATUS_VALIDE] = { NA, NA, NA, NA, NA, NA, MSS_STATUS_SUSPENDU, NA, MSS_STATUS_SUPPRIME,
                            MSS_STATUS_SUPPRIME },
    [MSS_STATUS_SUSPENDU] = { NA, NA, NA, NA, NA, NA, NA, MSS_STATUS_VALIDE, MSS_STATUS_SUPPRIME,
                              MSS_STATUS_SUPPRIME },
    [MSS_STATUS_REFUSE] = { TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM },
    [MSS_STATUS_SUPPRIME] = { TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM, TERM },
};

START_TEST(every_pair_has_the_expected_answer)
{
    mss_account_facts f = all_facts();
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++) {
        for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++) {
            mss_account_status next = (mss_account_status)-1;
            mss_result r;
            int rc = mss_account_next((mss_account_status)s, (mss_account_event)e, &f, &next, &r);
            int want = expected[s][e];
            if (want >= 0) {
                ck_assert_msg(rc == MSS_OK, "%s + %s: %s", mss_account_status_code((mss_account_status)s),
                              mss_account_event_code((mss_account_event)e), mss_error_name(rc));
                ck_assert_int_eq(next, want);
            } else {
                ck_assert_msg(rc == want, "%s + %s: %s", mss_account_status_code((mss_account_status)s),
                              mss_account_event_code((mss_account_event)e), mss_error_name(rc));
                ck_assert_int_eq(next, s);
                ck_assert_int_eq(r.code, rc);
                ck_assert_uint_eq(mss_result_error_count(&r), 1);
            }
        }
    }
}
END_TEST

START_TEST(every_pair_answers_even_knowing_nothing)
{
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++) {
        for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++) {
            mss_account_status next = (mss_account_status)-1;
            mss_result r;
            int rc = mss_account_next((mss_account_status)s, (mss_account_event)e, NULL, &next, &r);
            ck_assert(mss_error_is_known(rc));
            ck_assert_int_eq(r.code, rc);
            if (rc == MSS_OK)
                ck_assert_int_eq(next, expected[s][e]);
            else
                ck_assert_int_eq(next, s);
        }
    }
}
END_TEST

START_TEST(out_of_range_values_are_refused)
{
    mss_account_status next = MSS_STATUS_VALIDE;
    mss_result r;
    ck_assert_int_eq(mss_account_next((mss_account_status)MSS_ACCOUNT_STATUS_COUNT, MSS_EVENT_DELETE, NULL, &next,
                                      &r),
                     MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
    ck_assert_int_eq(mss_account_next((mss_account_status)-3, MSS_EVENT_DELETE, NULL, &next, &r),
                     MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_VALIDE, NO_EVENT, NULL, &next, &r),
                     MSS_ERR_ACCOUNT_EVENT_UNKNOWN);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_VALIDE, (mss_account_event)MSS_ACCOUNT_EVENT_COUNT, NULL, &next,
                                      NULL),
                     MSS_ERR_ACCOUNT_EVENT_UNKNOWN);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_VALIDE, MSS_EVENT_DELETE, NULL, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_account_allowed_events((mss_account_status)99, NULL, 0), 0);
    ck_assert(!mss_account_status_is_terminal((mss_account_status)99));
}
END_TEST

START_TEST(terminal_statuses_accept_nothing)
{
    mss_account_event events[MSS_ACCOUNT_EVENT_COUNT];
    ck_assert(mss_account_status_is_terminal(MSS_STATUS_REFUSE));
    ck_assert(mss_account_status_is_terminal(MSS_STATUS_SUPPRIME));
    ck_assert(!mss_account_status_is_terminal(MSS_STATUS_NONE));
    ck_assert(!mss_account_status_is_terminal(MSS_STATUS_SUSPENDU));
    ck_assert_uint_eq(mss_account_allowed_events(MSS_STATUS_SUPPRIME, events, MSS_ACCOUNT_EVENT_COUNT), 0);
    ck_assert_uint_eq(mss_account_allowed_events(MSS_STATUS_REFUSE, events, MSS_ACCOUNT_EVENT_COUNT), 0);
}
END_TEST

START_TEST(allowed_events_match_the_answers)
{
    mss_account_facts f = all_facts();
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++) {
        mss_account_event events[MSS_ACCOUNT_EVENT_COUNT];
        size_t n = mss_account_allowed_events((mss_account_status)s, events, MSS_ACCOUNT_EVENT_COUNT);
        ck_assert_uint_le(n, MSS_ACCOUNT_EVENT_COUNT);
        bool listed[MSS_ACCOUNT_EVENT_COUNT] = { false };
        for (size_t i = 0; i < n; i++) {
            if (i > 0)
                ck_assert_int_lt(events[i - 1], events[i]);
            listed[events[i]] = true;
        }
        for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++) {
            mss_account_status next;
            int rc = mss_account_next((mss_account_status)s, (mss_account_event)e, &f, &next, NULL);
            ck_assert_int_eq(listed[e], rc == MSS_OK);
        }
    }
}
END_TEST

START_TEST(allowed_events_fill_a_small_array_without_overflow)
{
    mss_account_event events[2] = { NO_EVENT, NO_EVENT };
    ck_assert_uint_eq(mss_account_allowed_events(MSS_STATUS_NONE, events, 1), 3);
    ck_assert_int_eq(events[0], MSS_EVENT_CREATE);
    ck_assert_int_eq(events[1], NO_EVENT);
    ck_assert_uint_eq(mss_account_allowed_events(MSS_STATUS_VALIDE, NULL, 0), 3);
    mss_account_event all[MSS_ACCOUNT_EVENT_COUNT];
    ck_assert_uint_eq(mss_account_allowed_events(MSS_STATUS_VALIDE, all, MSS_ACCOUNT_EVENT_COUNT), 3);
    ck_assert_int_eq(all[0], MSS_EVENT_SUSPEND);
    ck_assert_int_eq(all[1], MSS_EVENT_DELETE);
    ck_assert_int_eq(all[2], MSS_EVENT_INACTIVITY_DELETE);
}
END_TEST

START_TEST(transition_table_is_ordered_and_unique)
{
    size_t n = mss_account_transition_count();
    ck_assert_uint_gt(n, 0);
    mss_account_transition prev, t;
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(mss_account_transition_at(i, &t), MSS_OK);
        ck_assert_int_ne(t.from, t.to);
        ck_assert_uint_eq(t.conditions & ~((1u << MSS_ACCOUNT_CONDITION_COUNT) - 1), 0);
        if (i > 0)
            ck_assert(prev.from < t.from || (prev.from == t.from && prev.event < t.event));
        prev = t;
    }
    ck_assert_int_eq(mss_account_transition_at(n, &t), MSS_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(mss_account_transition_at(0, NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(every_status_is_reachable_from_none)
{
    mss_account_facts f = all_facts();
    bool reached[MSS_ACCOUNT_STATUS_COUNT] = { [MSS_STATUS_NONE] = true };
    for (int round = 0; round < MSS_ACCOUNT_STATUS_COUNT; round++)
        for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++)
            for (int e = 0; reached[s] && e < MSS_ACCOUNT_EVENT_COUNT; e++) {
                mss_account_status next;
                if (mss_account_next((mss_account_status)s, (mss_account_event)e, &f, &next, NULL) == MSS_OK)
                    reached[next] = true;
            }
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++)
        ck_assert_msg(reached[s], "%s unreachable", mss_account_status_code((mss_account_status)s));
}
END_TEST

START_TEST(condition_labels)
{
    for (int bit = 0; bit < MSS_ACCOUNT_CONDITION_COUNT; bit++) {
        mss_account_condition c = (mss_account_condition)(1 << bit);
        ck_assert_ptr_nonnull(mss_account_condition_label(c, MSS_LANG_EN));
        ck_assert_str_ne(mss_account_condition_label(c, MSS_LANG_EN), mss_account_condition_label(c, MSS_LANG_FR));
    }
    ck_assert_ptr_null(mss_account_condition_label((mss_account_condition)0, MSS_LANG_EN));
    ck_assert_ptr_null(mss_account_condition_label((mss_account_condition)3, MSS_LANG_EN));
    ck_assert_ptr_null(mss_account_condition_label((mss_account_condition)(1 << 20), MSS_LANG_FR));
}
END_TEST

/* --- the rules behind the transitions ---------------------------------- */

static const int user_step_errors[3] = { MSS_ERR_ACCOUNT_PASSWORD_NOT_SET, MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED,
                                         MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED };

/* Facts with the user's three steps set from the low bits of mask. */
static mss_account_facts with_steps(unsigned mask)
{
    mss_account_facts f = all_facts();
    f.password_set = mask & 1;
    f.info_confirmed = mask & 2;
    f.cgu_accepted = mask & 4;
    return f;
}

START_TEST(finalisation_reports_exactly_the_missing_steps)
{
    for (unsigned mask = 0; mask < 8; mask++) {
        mss_account_facts f = with_steps(mask);
        mss_account_status next;
        mss_result r;
        int rc = mss_account_next(MSS_STATUS_PREINSCRIT, MSS_EVENT_FINALISE, &f, &next, &r);
        unsigned missing = 0;
        for (unsigned i = 0; i < 3; i++) {
            bool done = mask & (1u << i);
            ck_assert_msg(mss_result_has(&r, user_step_errors[i]) == !done, "mask %u step %u", mask, i);
            missing += !done;
        }
        ck_assert_uint_eq(mss_result_error_count(&r), missing);
        if (mask == 7) {
            ck_assert_int_eq(rc, MSS_OK);
            ck_assert_int_eq(next, MSS_STATUS_VALIDE);
        } else {
            ck_assert_int_eq(next, MSS_STATUS_PREINSCRIT);
            ck_assert_int_eq(rc, r.code);
            ck_assert_int_eq(rc, r.issues[0].code);
        }
    }
}
END_TEST

START_TEST(no_way_into_valide_skips_a_user_step)
{
    size_t n = mss_account_transition_count();
    size_t into_valide = 0;
    for (size_t i = 0; i < n; i++) {
        mss_account_transition t;
        ck_assert_int_eq(mss_account_transition_at(i, &t), MSS_OK);
        if (t.to != MSS_STATUS_VALIDE)
            continue;
        into_valide++;
        for (unsigned mask = 0; mask < 7; mask++) {
            mss_account_facts f = with_steps(mask);
            mss_account_status next;
            ck_assert_int_ne(mss_account_next(t.from, t.event, &f, &next, NULL), MSS_OK);
            ck_assert_int_eq(next, t.from);
        }
    }
    ck_assert_uint_eq(into_valide, 3); /* finalise, validate, reactivate */
}
END_TEST

START_TEST(self_enrolment_collects_the_user_steps)
{
    mss_account_facts f = with_steps(1);
    mss_account_status next;
    mss_result r;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, &f, &next, &r),
                     MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED);
    ck_assert(mss_result_has(&r, MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED));
    ck_assert_int_eq(next, MSS_STATUS_NONE);
}
END_TEST

START_TEST(org_creation_needs_its_responsible_account)
{
    static const mss_account_event creations[] = { MSS_EVENT_CREATE, MSS_EVENT_BULK_CREATE, MSS_EVENT_SELF_ENROL };
    for (size_t i = 0; i < 3; i++) {
        mss_account_facts f = all_facts();
        mss_account_status next;
        mss_result r;
        f.bal_type = MSS_BAL_ORG;
        ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, creations[i], &f, &next, &r),
                         MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE);
        ck_assert_int_eq(next, MSS_STATUS_NONE);
        f.responsible_account_exists = true;
        ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, creations[i], &f, &next, &r), MSS_OK);
        f.bal_type = MSS_BAL_PER; /* a nominative box has no responsible */
        f.responsible_account_exists = false;
        ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, creations[i], &f, &next, &r), MSS_OK);
        f.bal_type = (mss_bal_type)42;
        ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, creations[i], &f, &next, &r), MSS_ERR_BAL_TYPE_UNKNOWN);
    }
}
END_TEST

START_TEST(self_enrolment_follows_the_structure_rules)
{
    mss_account_facts f = all_facts();
    mss_account_status next;
    mss_result r;
    f.enrol_rules = NULL;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, &f, &next, &r), MSS_ERR_ENROL_DISABLED);

    mss_enrol_rules *rules = mss_enrol_rules_new();
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu-exemple.fr", MSS_ENROL_DOMAIN_EXACT, NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "75", NULL), MSS_OK);
    f.enrol_rules = rules;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, &f, &next, &r), MSS_ERR_ENROL_PLACE);
    ck_assert_int_eq(next, MSS_STATUS_NONE);
    ck_assert_uint_eq(r.issues[0].field, 1);

    mss_enrol_candidate in_paris = anyone;
    in_paris.postal_code = "75013";
    f.enrol_candidate = &in_paris;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, &f, &next, &r), MSS_OK);
    ck_assert_int_eq(next, MSS_STATUS_A_VALIDER);

    f.enrol_candidate = NULL;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, &f, &next, &r), MSS_ERR_NULL_ARGUMENT);
    mss_enrol_rules_free(rules);
}
END_TEST

START_TEST(inactivity_deletion_needs_a_warning_and_the_notice)
{
    static const mss_account_status from[] = { MSS_STATUS_VALIDE, MSS_STATUS_SUSPENDU };
    for (size_t i = 0; i < 2; i++) {
        mss_account_facts f = all_facts();
        mss_account_status next;
        mss_result r;
        f.warned_at = 0;
        ck_assert_int_eq(mss_account_next(from[i], MSS_EVENT_INACTIVITY_DELETE, &f, &next, &r),
                         MSS_ERR_INACTIVITY_NOT_WARNED);
        ck_assert_int_eq(next, from[i]);
        f.warned_at = f.now - DAY; /* warned yesterday */
        ck_assert_int_eq(mss_account_next(from[i], MSS_EVENT_INACTIVITY_DELETE, &f, &next, &r),
                         MSS_ERR_INACTIVITY_NOT_DUE);
        f.warned_at = f.now - 30 * DAY;
        ck_assert_int_eq(mss_account_next(from[i], MSS_EVENT_INACTIVITY_DELETE, &f, &next, &r), MSS_OK);
        ck_assert_int_eq(next, MSS_STATUS_SUPPRIME);
        f.now = f.last_auth - 1;
        ck_assert_int_eq(mss_account_next(from[i], MSS_EVENT_INACTIVITY_DELETE, &f, &next, &r),
                         MSS_ERR_INACTIVITY_FUTURE);
    }
}
END_TEST

START_TEST(plain_deletion_and_rejection_need_no_facts)
{
    mss_account_status next;
    ck_assert_int_eq(mss_account_next(MSS_STATUS_PREINSCRIT, MSS_EVENT_DELETE, NULL, &next, NULL), MSS_OK);
    ck_assert_int_eq(next, MSS_STATUS_SUPPRIME);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_A_VALIDER, MSS_EVENT_REJECT, NULL, &next, NULL), MSS_OK);
    ck_assert_int_eq(next, MSS_STATUS_REFUSE);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_VALIDE, MSS_EVENT_SUSPEND, NULL, &next, NULL), MSS_OK);
    ck_assert_int_eq(next, MSS_STATUS_SUSPENDU);
    ck_assert_int_eq(mss_account_next(MSS_STATUS_NONE, MSS_EVENT_CREATE, NULL, &next, NULL), MSS_OK);
    ck_assert_int_eq(next, MSS_STATUS_PREINSCRIT);
}
END_TEST

int main(void)
{
    Suite *names = suite_create("account-names");
    TCase *tc = tcase_create("names");
    tcase_add_test(tc, status_names);
    tcase_add_test(tc, event_names);
    tcase_add_test(tc, status_parse_accepts_usual_spellings);
    tcase_add_test(tc, names_round_trip);
    tcase_add_test(tc, event_parse_accepts_synonyms);
    tcase_add_test(tc, parse_refuses_bad_input_clearly);
    suite_add_tcase(names, tc);

    Suite *machine = suite_create("account-machine");
    tc = tcase_create("table");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, every_pair_has_the_expected_answer);
    tcase_add_test(tc, every_pair_answers_even_knowing_nothing);
    tcase_add_test(tc, out_of_range_values_are_refused);
    tcase_add_test(tc, terminal_statuses_accept_nothing);
    tcase_add_test(tc, allowed_events_match_the_answers);
    tcase_add_test(tc, allowed_events_fill_a_small_array_without_overflow);
    tcase_add_test(tc, transition_table_is_ordered_and_unique);
    tcase_add_test(tc, every_status_is_reachable_from_none);
    tcase_add_test(tc, condition_labels);
    suite_add_tcase(machine, tc);
    tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, finalisation_reports_exactly_the_missing_steps);
    tcase_add_test(tc, no_way_into_valide_skips_a_user_step);
    tcase_add_test(tc, self_enrolment_collects_the_user_steps);
    tcase_add_test(tc, org_creation_needs_its_responsible_account);
    tcase_add_test(tc, self_enrolment_follows_the_structure_rules);
    tcase_add_test(tc, inactivity_deletion_needs_a_warning_and_the_notice);
    tcase_add_test(tc, plain_deletion_and_rejection_need_no_facts);
    suite_add_tcase(machine, tc);

    Suite *suites[] = { names, machine };
    return testutil_run(suites, 2);
}
