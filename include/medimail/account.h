/**
 * @file account.h
 * @brief Medimail account life cycle: statuses, events and the transition table.
 *
 * An account is created by an administrator (one by one or by bulk load)
 * as PREINSCRIT and becomes VALIDE when its user finalises the registration
 * (password set, information confirmed, CGU accepted); or it is created by
 * its user through automatic enrolment as A VALIDER and becomes VALIDE when
 * an administrator validates it. Beyond the guide: suspension (SUSPENDU),
 * rejected enrolment (REFUSE), deletion (SUPPRIME), including deletion after
 * inactivity (see inactivity.h).
 *
 * "No account yet" is a status too (::MSS_STATUS_NONE), so creation is a
 * transition like the others and mss_account_next() is total: every
 * (status, event) pair has an answer, the next status or a precise refusal.
 *
 * Invariant: an account enters VALIDE only when its password is set, its
 * information confirmed and the CGU accepted; every transition into VALIDE
 * checks the three (see docs/accounts.md).
 */
#ifndef MEDIMAIL_ACCOUNT_H
#define MEDIMAIL_ACCOUNT_H

#include <time.h>

#include <medimail/address.h>
#include <medimail/common.h>
#include <medimail/enrol.h>
#include <medimail/error.h>
#include <medimail/inactivity.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Status of a Medimail account. */
typedef enum mss_account_status {
    MSS_STATUS_NONE = 0,       /**< no account yet, "(aucun)" */
    MSS_STATUS_PREINSCRIT = 1, /**< created by an administrator, registration not finalised */
    MSS_STATUS_A_VALIDER = 2,  /**< self-enrolled, waiting for an administrator */
    MSS_STATUS_VALIDE = 3,     /**< usable */
    MSS_STATUS_SUSPENDU = 4,   /**< suspended, may be reactivated */
    MSS_STATUS_REFUSE = 5,     /**< enrolment rejected (terminal) */
    MSS_STATUS_SUPPRIME = 6    /**< deleted (terminal) */
} mss_account_status;

/** Number of statuses, ::MSS_STATUS_NONE included (they are numbered 0..count-1). */
#define MSS_ACCOUNT_STATUS_COUNT 7

/** Something that happens to an account. */
typedef enum mss_account_event {
    MSS_EVENT_CREATE = 0,            /**< an administrator creates the account */
    MSS_EVENT_BULK_CREATE = 1,       /**< an administrator's bulk load creates it */
    MSS_EVENT_SELF_ENROL = 2,        /**< the user creates it by automatic enrolment */
    MSS_EVENT_FINALISE = 3,          /**< the user finalises the registration */
    MSS_EVENT_VALIDATE = 4,          /**< an administrator validates the request */
    MSS_EVENT_REJECT = 5,            /**< an administrator rejects the request */
    MSS_EVENT_SUSPEND = 6,           /**< the mailbox is suspended */
    MSS_EVENT_REACTIVATE = 7,        /**< a suspended mailbox is reactivated */
    MSS_EVENT_DELETE = 8,            /**< the account is deleted */
    MSS_EVENT_INACTIVITY_DELETE = 9  /**< deleted after a year without authentication */
} mss_account_event;

/** Number of events (they are numbered 0..count-1). */
#define MSS_ACCOUNT_EVENT_COUNT 10

/**
 * What a transition requires of the facts (bit flags). Each missing one is
 * refused with its own error code (see mss_account_next()).
 */
typedef enum mss_account_condition {
    MSS_COND_PASSWORD_SET = 1 << 0,        /**< the user has set a password */
    MSS_COND_INFO_CONFIRMED = 1 << 1,      /**< the user has confirmed their information */
    MSS_COND_CGU_ACCEPTED = 1 << 2,        /**< the user has accepted the CGU */
    MSS_COND_ENROLMENT_MATCH = 1 << 3,     /**< the structure's enrolment rules admit the user */
    MSS_COND_ORG_RESPONSIBLE = 1 << 4,     /**< an ORG box's responsible person has a nominative account */
    MSS_COND_INACTIVITY_DELETION = 1 << 5  /**< the inactivity rule says deletion is due */
} mss_account_condition;

/** Number of conditions (bits 0..count-1). */
#define MSS_ACCOUNT_CONDITION_COUNT 6

/**
 * What is known about the account when an event happens. Zero-initialise
 * it and set what applies; a transition reads only what it requires.
 */
typedef struct mss_account_facts {
    bool password_set;               /**< the user has set a password */
    bool info_confirmed;             /**< the user has confirmed their information */
    bool cgu_accepted;               /**< the user has accepted the CGU */
    mss_bal_type bal_type;           /**< the mailbox type (only ::MSS_BAL_ORG matters here) */
    bool responsible_account_exists; /**< for ORG: its responsible person's nominative account exists */
    const mss_enrol_rules *enrol_rules;         /**< the structure's rules; NULL: no automatic enrolment */
    const mss_enrol_candidate *enrol_candidate; /**< the self-enrolling user */
    time_t last_auth;                /**< inactivity: last authentication */
    time_t warned_at;                /**< inactivity: when the user was warned, 0 if never */
    time_t now;                      /**< inactivity: the current time (no clock is read) */
    const mss_inactivity_policy *inactivity_policy; /**< NULL: the defaults */
} mss_account_facts;

/** One row of the transition table. */
typedef struct mss_account_transition {
    mss_account_status from;  /**< status before */
    mss_account_event event;  /**< what happens */
    mss_account_status to;    /**< status after */
    unsigned conditions;      /**< required facts: ::mss_account_condition flags */
} mss_account_transition;

/**
 * Stable code of a status: "NONE", "PREINSCRIT", "A_VALIDER", "VALIDE",
 * "SUSPENDU", "REFUSE", "SUPPRIME".
 *
 * @param status the status
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_status_code(mss_account_status status);

/**
 * French label of a status as Medimail shows it: "(aucun)", "PREINSCRIT",
 * "A VALIDER", "VALIDE", "SUSPENDU", "REFUSE", "SUPPRIME".
 *
 * @param status the status
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_status_label(mss_account_status status);

/**
 * One-sentence description of a status.
 *
 * @param status the status
 * @param lang English or French
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_status_description(mss_account_status status, mss_lang lang);

/**
 * Parse a status from its code or label, ignoring case, accents, and
 * spaces, hyphens and underscores: "A VALIDER", "A_VALIDER", "à valider",
 * "a-valider", "Préinscrit", "validé", "(aucun)" and "none" are all accepted.
 *
 * @param text the status, NUL-terminated UTF-8
 * @param status receives the status
 * @param res optional; receives the error with its offset in @p text
 * @return ::MSS_OK, ::MSS_ERR_ACCOUNT_STATUS_UNKNOWN, ::MSS_ERR_NULL_ARGUMENT,
 *         ::MSS_ERR_EMPTY, ::MSS_ERR_TOO_LONG, ::MSS_ERR_INVALID_UTF8 or
 *         ::MSS_ERR_CONTROL_CHARACTER.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_account_status_parse(const char *text, mss_account_status *status,
                                        mss_result *res);

/**
 * Whether a status accepts no event at all (REFUSE, SUPPRIME).
 *
 * @param status the status
 * @return true for a terminal status; false otherwise, also out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_account_status_is_terminal(mss_account_status status);

/**
 * Stable code of an event: "create", "bulk-create", "self-enrol",
 * "finalise", "validate", "reject", "suspend", "reactivate", "delete",
 * "inactivity-delete".
 *
 * @param event the event
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_event_code(mss_account_event event);

/**
 * French name of an event ("création", "chargement en masse",
 * "auto-inscription", "finalisation", "validation", "refus", "suspension",
 * "réactivation", "suppression", "suppression pour inactivité").
 *
 * @param event the event
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_event_label(mss_account_event event);

/**
 * One-sentence description of an event.
 *
 * @param event the event
 * @param lang English or French
 * @return a static string, or NULL for a value out of range.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_event_description(mss_account_event event, mss_lang lang);

/**
 * Parse an event from its code, its French name or a usual synonym
 * ("finalize", "self-enroll", "enrôlement automatique", "import"...),
 * ignoring case, accents, spaces, hyphens and underscores.
 *
 * @param text the event, NUL-terminated UTF-8
 * @param event receives the event
 * @param res optional; receives the error with its offset in @p text
 * @return ::MSS_OK, ::MSS_ERR_ACCOUNT_EVENT_UNKNOWN, ::MSS_ERR_NULL_ARGUMENT,
 *         ::MSS_ERR_EMPTY, ::MSS_ERR_TOO_LONG, ::MSS_ERR_INVALID_UTF8 or
 *         ::MSS_ERR_CONTROL_CHARACTER.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_account_event_parse(const char *text, mss_account_event *event,
                                       mss_result *res);

/**
 * The status an event leads to, or the precise reason it is refused.
 *
 * Total: every (status, event) pair has an answer. A pair absent from the
 * table is refused with ::MSS_ERR_ACCOUNT_TERMINAL (from REFUSE or
 * SUPPRIME) or ::MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED. A pair in the table is
 * refused when a required fact is missing, and then *every* missing fact is
 * reported in @p res (finalising with nothing done gives
 * ::MSS_ERR_ACCOUNT_PASSWORD_NOT_SET, ::MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED
 * and ::MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED). Creating an ORG box whose
 * responsible person has no account gives ::MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE.
 * Self-enrolment runs mss_enrol_match() and reports the failing criteria
 * (::MSS_ERR_ENROL_DISABLED without rules). Inactivity deletion runs
 * mss_inactivity_check() and is refused with ::MSS_ERR_INACTIVITY_NOT_WARNED
 * or ::MSS_ERR_INACTIVITY_NOT_DUE unless deletion is due.
 *
 * @param status the current status
 * @param event what happens
 * @param facts what is known; NULL means nothing is known (every fact false)
 * @param next receives the next status; on refusal, @p status unchanged
 * @param res optional; receives every reason for a refusal
 * @return ::MSS_OK, the first reason for a refusal,
 *         ::MSS_ERR_ACCOUNT_STATUS_UNKNOWN or ::MSS_ERR_ACCOUNT_EVENT_UNKNOWN
 *         for a value out of range, or ::MSS_ERR_NULL_ARGUMENT when @p next is NULL.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_account_next(mss_account_status status, mss_account_event event,
                                const mss_account_facts *facts, mss_account_status *next,
                                mss_result *res);

/**
 * The events a status accepts (when their facts hold), in event order, for
 * a user interface that shows only valid actions.
 *
 * @param status the status
 * @param out receives the events; may be NULL when @p max is 0
 * @param max room in @p out
 * @return how many events the status accepts (0 for a terminal or unknown
 *         status); when larger than @p max only the first @p max were
 *         written: call again with a larger array (::MSS_ACCOUNT_EVENT_COUNT always suffices).
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT size_t mss_account_allowed_events(mss_account_status status, mss_account_event *out,
                                             size_t max);

/**
 * Number of rows in the transition table.
 *
 * @return the number of transitions.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT size_t mss_account_transition_count(void);

/**
 * The i-th row of the transition table (ordered by status, then event).
 *
 * @param i index, below mss_account_transition_count()
 * @param out receives the row
 * @return ::MSS_OK, ::MSS_ERR_INVALID_ARGUMENT when @p i is out of range,
 *         ::MSS_ERR_NULL_ARGUMENT when @p out is NULL.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_account_transition_at(size_t i, mss_account_transition *out);

/**
 * Short name of a condition, for diagrams and messages ("mot de passe",
 * "password"...).
 *
 * @param condition one ::mss_account_condition flag
 * @param lang English or French
 * @return a static string, or NULL when @p condition is not exactly one known flag.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_condition_label(mss_account_condition condition, mss_lang lang);

#ifdef __cplusplus
}
#endif

#endif
