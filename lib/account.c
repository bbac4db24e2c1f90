/* The account life cycle: the one transition table, and the conditions a
 * transition may require. Everything else (allowed events, terminal
 * statuses, the documentation's state diagram) is derived from them. */
#include <medimail/account.h>

#include "bal_type.h"
#include "result.h"

#define USER_STEPS (MSS_COND_PASSWORD_SET | MSS_COND_INFO_CONFIRMED | MSS_COND_CGU_ACCEPTED)

/* Ordered by status, then event. Every way into VALIDE requires the user's
 * three steps, so VALIDE always means they were done: finalisation checks
 * them; self-enrolment collects them on the enrolment form (an A VALIDER
 * account has no finalisation step), and validation and reactivation check
 * them again rather than trusting the history. */
static const mss_account_transition transitions[] = {
    { MSS_STATUS_NONE, MSS_EVENT_CREATE, MSS_STATUS_PREINSCRIT, MSS_COND_ORG_RESPONSIBLE },
    { MSS_STATUS_NONE, MSS_EVENT_BULK_CREATE, MSS_STATUS_PREINSCRIT, MSS_COND_ORG_RESPONSIBLE },
    { MSS_STATUS_NONE, MSS_EVENT_SELF_ENROL, MSS_STATUS_A_VALIDER,
      MSS_COND_ENROLMENT_MATCH | MSS_COND_ORG_RESPONSIBLE | USER_STEPS },
    { MSS_STATUS_PREINSCRIT, MSS_EVENT_FINALISE, MSS_STATUS_VALIDE, USER_STEPS },
    { MSS_STATUS_PREINSCRIT, MSS_EVENT_DELETE, MSS_STATUS_SUPPRIME, 0 },
    { MSS_STATUS_A_VALIDER, MSS_EVENT_VALIDATE, MSS_STATUS_VALIDE, USER_STEPS },
    { MSS_STATUS_A_VALIDER, MSS_EVENT_REJECT, MSS_STATUS_REFUSE, 0 },
    { MSS_STATUS_A_VALIDER, MSS_EVENT_DELETE, MSS_STATUS_SUPPRIME, 0 },
    { MSS_STATUS_VALIDE, MSS_EVENT_SUSPEND, MSS_STATUS_SUSPENDU, 0 },
    { MSS_STATUS_VALIDE, MSS_EVENT_DELETE, MSS_STATUS_SUPPRIME, 0 },
    { MSS_STATUS_VALIDE, MSS_EVENT_INACTIVITY_DELETE, MSS_STATUS_SUPPRIME, MSS_COND_INACTIVITY_DELETION },
    { MSS_STATUS_SUSPENDU, MSS_EVENT_REACTIVATE, MSS_STATUS_VALIDE, USER_STEPS },
    { MSS_STATUS_SUSPENDU, MSS_EVENT_DELETE, MSS_STATUS_SUPPRIME, 0 },
    { MSS_STATUS_SUSPENDU, MSS_EVENT_INACTIVITY_DELETE, MSS_STATUS_SUPPRIME, MSS_COND_INACTIVITY_DELETION },
};

#define TRANSITION_COUNT (sizeof transitions / sizeof transitions[0])

typedef int (*condition_check)(const mss_account_facts *f, mss_result *res);

typedef struct {
    mss_account_condition flag;
    const char *en;
    const char *fr;
    condition_check holds;
} condition;

static int enrolment_matches(const mss_account_facts *f, mss_result *res)
{
    if (!f->enrol_rules)
        return mssi_fail(res, MSS_ERR_ENROL_DISABLED, MSS_NO_POSITION);
    mss_result match;
    int rc = mss_enrol_match(f->enrol_rules, f->enrol_candidate, &match);
    for (unsigned i = 0; i < match.count; i++)
        mssi_report(res, match.issues[i].code, match.issues[i].offset, match.issues[i].field);
    return rc;
}

static int responsible_exists(const mss_account_facts *f, mss_result *res)
{
    const mssi_bal_type_info *type = mssi_bal_type_info_of(f->bal_type);
    if (!type)
        return mssi_fail(res, MSS_ERR_BAL_TYPE_UNKNOWN, MSS_NO_POSITION);
    if (type->needs_responsible && !f->responsible_account_exists)
        return mssi_fail(res, MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE, MSS_NO_POSITION);
    return MSS_OK;
}

static int password_set(const mss_account_facts *f, mss_result *res)
{
    return f->password_set ? MSS_OK : mssi_fail(res, MSS_ERR_ACCOUNT_PASSWORD_NOT_SET, MSS_NO_POSITION);
}

static int info_confirmed(const mss_account_facts *f, mss_result *res)
{
    return f->info_confirmed ? MSS_OK : mssi_fail(res, MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED, MSS_NO_POSITION);
}

static int cgu_accepted(const mss_account_facts *f, mss_result *res)
{
    return f->cgu_accepted ? MSS_OK : mssi_fail(res, MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED, MSS_NO_POSITION);
}

static int deletion_due(const mss_account_facts *f, mss_result *res)
{
    mss_inactivity_verdict verdict;
    mss_result check;
    int rc = mss_inactivity_check(f->last_auth, f->now, f->warned_at, f->inactivity_policy, &verdict, &check);
    for (unsigned i = 0; i < check.count; i++)
        mssi_report(res, check.issues[i].code, check.issues[i].offset, check.issues[i].field);
    if (rc != MSS_OK)
        return rc;
    if (verdict == MSS_INACTIVITY_WARNING_DUE)
        return mssi_fail(res, MSS_ERR_INACTIVITY_NOT_WARNED, MSS_NO_POSITION);
    if (verdict == MSS_INACTIVITY_NOTHING_DUE)
        return mssi_fail(res, MSS_ERR_INACTIVITY_NOT_DUE, MSS_NO_POSITION);
    return MSS_OK;
}

/* In the order their failures are reported. */
static const condition conditions[MSS_ACCOUNT_CONDITION_COUNT] = {
    { MSS_COND_ENROLMENT_MATCH, "enrolment rules met", "règles d'enrôlement respectées", enrolment_matches },
    { MSS_COND_ORG_RESPONSIBLE, "ORG: responsible's account exists", "ORG : compte du responsable existant",
      responsible_exists },
    { MSS_COND_PASSWORD_SET, "password set", "mot de passe paramétré", password_set },
    { MSS_COND_INFO_CONFIRMED, "information confirmed", "informations confirmées", info_confirmed },
    { MSS_COND_CGU_ACCEPTED, "CGU accepted", "CGU validées", cgu_accepted },
    { MSS_COND_INACTIVITY_DELETION, "warned, inactive too long", "prévenu, inactif trop longtemps",
      deletion_due },
};

static bool status_in_range(mss_account_status status)
{
    return (int)status >= 0 && (int)status < MSS_ACCOUNT_STATUS_COUNT;
}

static bool event_in_range(mss_account_event event)
{
    return (int)event >= 0 && (int)event < MSS_ACCOUNT_EVENT_COUNT;
}

static const mss_account_transition *find(mss_account_status status, mss_account_event event)
{
    for (size_t i = 0; i < TRANSITION_COUNT; i++)
        if (transitions[i].from == status && transitions[i].event == event)
            return &transitions[i];
    return NULL;
}

int mss_account_next(mss_account_status status, mss_account_event event, const mss_account_facts *facts,
                     mss_account_status *next, mss_result *res)
{
    static const mss_account_facts nothing_known;
    mss_result_init(res);
    if (!next)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    *next = status;
    if (!status_in_range(status))
        return mssi_fail(res, MSS_ERR_ACCOUNT_STATUS_UNKNOWN, MSS_NO_POSITION);
    if (!event_in_range(event))
        return mssi_fail(res, MSS_ERR_ACCOUNT_EVENT_UNKNOWN, MSS_NO_POSITION);
    const mss_account_transition *t = find(status, event);
    if (!t)
        return mssi_fail(res, mss_account_status_is_terminal(status) ? MSS_ERR_ACCOUNT_TERMINAL
                                                                     : MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED,
                         MSS_NO_POSITION);
    if (!facts)
        facts = &nothing_known;
    int first = MSS_OK;
    for (size_t i = 0; i < MSS_ACCOUNT_CONDITION_COUNT; i++) {
        if (!(t->conditions & (unsigned)conditions[i].flag))
            continue;
        int rc = conditions[i].holds(facts, res);
        if (rc != MSS_OK && first == MSS_OK)
            first = rc;
    }
    if (first == MSS_OK)
        *next = t->to;
    return first;
}

size_t mss_account_allowed_events(mss_account_status status, mss_account_event *out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < TRANSITION_COUNT; i++) {
        if (transitions[i].from != status)
            continue;
        if (out && n < max)
            out[n] = transitions[i].event;
        n++;
    }
    return n;
}

bool mss_account_status_is_terminal(mss_account_status status)
{
    return status_in_range(status) && mss_account_allowed_events(status, NULL, 0) == 0;
}

size_t mss_account_transition_count(void)
{
    return TRANSITION_COUNT;
}

int mss_account_transition_at(size_t i, mss_account_transition *out)
{
    if (!out)
        return MSS_ERR_NULL_ARGUMENT;
    if (i >= TRANSITION_COUNT)
        return MSS_ERR_INVALID_ARGUMENT;
    *out = transitions[i];
    return MSS_OK;
}

const char *mss_account_condition_label(mss_account_condition condition, mss_lang lang)
{
    for (size_t i = 0; i < MSS_ACCOUNT_CONDITION_COUNT; i++)
        if (conditions[i].flag == condition)
            return lang == MSS_LANG_FR ? conditions[i].fr : conditions[i].en;
    return NULL;
}
