/* Names of account statuses and events: codes, Medimail's French labels,
 * descriptions in both languages, and the spellings people type. */
#include <medimail/account.h>

#include <string.h>

#include "name_key.h"
#include "result.h"

#define MAX_ALIASES 4
/* Longer than any spelling below once folded: a longer input is unknown. */
#define KEY_SIZE 48

typedef struct {
    const char *code;
    const char *label;
    const char *en;
    const char *fr;
    const char *aliases[MAX_ALIASES];
} name_entry;

/* Indexed by mss_account_status. */
static const name_entry statuses[MSS_ACCOUNT_STATUS_COUNT] = {
    { "NONE", "(aucun)", "no account yet", "pas encore de compte", { "no account" } },
    { "PREINSCRIT", "PREINSCRIT",
      "created by an administrator; the user has not finalised the registration yet",
      "créé par un administrateur ; l'utilisateur n'a pas encore finalisé son inscription",
      { "pre-registered" } },
    { "A_VALIDER", "A VALIDER", "created by the user through automatic enrolment; waiting for an administrator",
      "créé par l'utilisateur par enrôlement automatique ; en attente d'un administrateur",
      { "pending", "pending validation" } },
    { "VALIDE", "VALIDE", "registration complete: the account is usable",
      "inscription terminée : le compte est utilisable", { "validated", "active" } },
    { "SUSPENDU", "SUSPENDU", "the mailbox is suspended; it may be reactivated",
      "la BAL est suspendue ; elle peut être réactivée", { "suspended" } },
    { "REFUSE", "REFUSE", "the enrolment request was rejected (final)",
      "la demande d'inscription a été refusée (définitif)", { "refused", "rejected" } },
    { "SUPPRIME", "SUPPRIME", "the account is deleted (final)", "le compte est supprimé (définitif)",
      { "deleted" } },
};

/* Indexed by mss_account_event. */
static const name_entry events[MSS_ACCOUNT_EVENT_COUNT] = {
    { "create", "création", "an administrator creates the account",
      "un administrateur crée le compte", { "creation", "admin-create" } },
    { "bulk-create", "chargement en masse", "an administrator's bulk load creates the account",
      "le chargement en masse d'un administrateur crée le compte",
      { "bulk-load", "import", "création en masse" } },
    { "self-enrol", "auto-inscription", "the user creates the account through automatic enrolment",
      "l'utilisateur crée son compte par enrôlement automatique",
      { "self-enroll", "self-enrolment", "enrôlement automatique" } },
    { "finalise", "finalisation", "the user finalises the registration (password, information, CGU)",
      "l'utilisateur finalise son inscription (mot de passe, informations, CGU)",
      { "finalize", "finalisation de l'inscription" } },
    { "validate", "validation", "an administrator validates the enrolment request",
      "un administrateur valide la demande d'inscription", { "valider" } },
    { "reject", "refus", "an administrator rejects the enrolment request",
      "un administrateur refuse la demande d'inscription", { "rejection", "refuser" } },
    { "suspend", "suspension", "the mailbox is suspended", "la BAL est suspendue", { "suspendre" } },
    { "reactivate", "réactivation", "the suspended mailbox is reactivated", "la BAL suspendue est réactivée",
      { "reactiver" } },
    { "delete", "suppression", "the account is deleted", "le compte est supprimé",
      { "deletion", "supprimer" } },
    { "inactivity-delete", "suppression pour inactivité",
      "the account is deleted after a year without authentication, its user warned beforehand",
      "le compte est supprimé après un an sans authentification, son utilisateur prévenu auparavant",
      { "inactivity-deletion" } },
};

static const name_entry *status_entry(mss_account_status status)
{
    return (int)status >= 0 && (int)status < MSS_ACCOUNT_STATUS_COUNT ? &statuses[status] : NULL;
}

static const name_entry *event_entry(mss_account_event event)
{
    return (int)event >= 0 && (int)event < MSS_ACCOUNT_EVENT_COUNT ? &events[event] : NULL;
}

static const char *code_of(const name_entry *e)
{
    return e ? e->code : NULL;
}

static const char *label_of(const name_entry *e)
{
    return e ? e->label : NULL;
}

static const char *description_of(const name_entry *e, mss_lang lang)
{
    if (!e)
        return NULL;
    return lang == MSS_LANG_FR ? e->fr : e->en;
}

static bool same_key(const char *spelling, const char *key)
{
    char other[KEY_SIZE];
    return spelling && mssi_name_key(spelling, other, sizeof other, NULL) == MSS_OK &&
           strcmp(other, key) == 0;
}

static bool entry_matches(const name_entry *e, const char *key)
{
    if (same_key(e->code, key) || same_key(e->label, key))
        return true;
    for (size_t i = 0; i < MAX_ALIASES; i++)
        if (same_key(e->aliases[i], key))
            return true;
    return false;
}

/* Index of the entry whose code, label or alias folds to the same key as
 * text, or a negative error: unknown_code when none does. */
static int parse_name(const name_entry *table, size_t count, const char *text, bool has_output,
                      int unknown_code, mss_result *res)
{
    mss_result_init(res);
    if (!has_output)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    char key[KEY_SIZE];
    int rc = mssi_name_key(text, key, sizeof key, res);
    if (rc == MSS_OK) {
        for (size_t i = 0; i < count; i++)
            if (entry_matches(&table[i], key))
                return (int)i;
    }
    if (rc != MSS_OK && rc != MSS_ERR_BUFFER_TOO_SMALL)
        return rc;
    return mssi_fail(res, unknown_code, 0);
}

const char *mss_account_status_code(mss_account_status status)
{
    return code_of(status_entry(status));
}

const char *mss_account_status_label(mss_account_status status)
{
    return label_of(status_entry(status));
}

const char *mss_account_status_description(mss_account_status status, mss_lang lang)
{
    return description_of(status_entry(status), lang);
}

int mss_account_status_parse(const char *text, mss_account_status *status, mss_result *res)
{
    int index = parse_name(statuses, MSS_ACCOUNT_STATUS_COUNT, text, status != NULL,
                           MSS_ERR_ACCOUNT_STATUS_UNKNOWN, res);
    if (index >= 0)
        *status = (mss_account_status)index;
    return index >= 0 ? MSS_OK : index;
}

const char *mss_account_event_code(mss_account_event event)
{
    return code_of(event_entry(event));
}

const char *mss_account_event_label(mss_account_event event)
{
    return label_of(event_entry(event));
}

const char *mss_account_event_description(mss_account_event event, mss_lang lang)
{
    return description_of(event_entry(event), lang);
}

int mss_account_event_parse(const char *text, mss_account_event *event, mss_result *res)
{
    int index = parse_name(events, MSS_ACCOUNT_EVENT_COUNT, text, event != NULL,
                           MSS_ERR_ACCOUNT_EVENT_UNKNOWN, res);
    if (index >= 0)
        *event = (mss_account_event)index;
    return index >= 0 ? MSS_OK : index;
}
