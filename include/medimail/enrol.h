/**
 * @file enrol.h
 * @brief Automatic enrolment ("enrôlement automatique"): does a self-created account belong to a structure?
 *
 * A structure may let users create their own Medimail account; the account
 * is attached to the structure when it meets the structure's conditions:
 * the domain of the user's mail address, the place of practice ("adresse
 * d'exercice") and the kind of practice ("type d'exercice"). A
 * ::mss_enrol_rules holds those conditions; each criterion is a list of
 * allowed values, and an empty list admits everyone.
 *
 * Rules are built once, then only read: mss_enrol_match() takes a
 * `const mss_enrol_rules *` and may run concurrently from any number of
 * threads. Functions that add to the rules must not run concurrently with
 * any other use of the same handle.
 */
#ifndef MEDIMAIL_ENROL_H
#define MEDIMAIL_ENROL_H

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque handle of a structure's automatic enrolment rules. */
typedef struct mss_enrol_rules mss_enrol_rules;

/** Whether an allowed domain also admits its subdomains. */
typedef enum mss_enrol_domain_scope {
    MSS_ENROL_DOMAIN_EXACT = 0,          /**< only this domain */
    MSS_ENROL_DOMAIN_WITH_SUBDOMAINS = 1 /**< this domain and any domain ending in ".domain" */
} mss_enrol_domain_scope;

/**
 * A person asking for an account. Fields a structure does not check may be
 * NULL; a field a structure checks and that is NULL or empty fails its criterion.
 */
typedef struct mss_enrol_candidate {
    const char *address;         /**< the user's mail address ("nom.prenom@chu-exemple.fr") */
    const char *postal_code;     /**< postal code of the place of practice, 5 digits */
    const char *profession_code; /**< profession code ("10" médecin, "60" infirmier...) */
    const char *category;        /**< kind of practice ("libéral", "salarié"...) */
} mss_enrol_candidate;

/**
 * Create empty rules: with no criterion, every candidate is admitted.
 *
 * @return the handle, or NULL when out of memory.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT mss_enrol_rules *mss_enrol_rules_new(void);

/**
 * Free rules. NULL is accepted and ignored.
 *
 * @param rules the rules to free
 *
 * Thread-safety: must not run concurrently with any other use of @p rules.
 */
MSS_EXPORT void mss_enrol_rules_free(mss_enrol_rules *rules);

/**
 * Allow a mail domain. The domain is normalised (IDNA, lowercase) first.
 *
 * @param rules the rules
 * @param domain the domain ("chu-exemple.fr"), NUL-terminated UTF-8
 * @param scope the domain alone, or the domain and its subdomains
 * @param res optional; receives the error with its offset in @p domain
 * @return ::MSS_OK, ::MSS_ERR_NULL_ARGUMENT, ::MSS_ERR_INVALID_ARGUMENT (scope),
 *         ::MSS_ERR_NO_MEMORY, or the domain's error (MSS_ERR_DOMAIN_*, ::MSS_ERR_EMPTY...).
 *
 * Thread-safety: must not run concurrently with any other use of @p rules.
 */
MSS_EXPORT int mss_enrol_rules_add_domain(mss_enrol_rules *rules, const char *domain,
                                          mss_enrol_domain_scope scope, mss_result *res);

/**
 * Allow a place of practice: a postal code (5 digits, "31000") or a
 * department code ("31", "2A", "2B", overseas "971".."978" and "986".."988").
 * A department admits the postal codes distributed in it.
 *
 * @param rules the rules
 * @param place the postal code or department code
 * @param res optional; receives the error with its offset in @p place
 * @return ::MSS_OK, ::MSS_ERR_NULL_ARGUMENT, ::MSS_ERR_EMPTY, ::MSS_ERR_NO_MEMORY
 *         or ::MSS_ERR_ENROL_PLACE_FORMAT.
 *
 * Thread-safety: must not run concurrently with any other use of @p rules.
 */
MSS_EXPORT int mss_enrol_rules_add_place(mss_enrol_rules *rules, const char *place, mss_result *res);

/**
 * Allow a kind of practice: a profession code ("10") or a category
 * ("libéral"). A candidate matches when its profession code or its category
 * equals one allowed value, ignoring case, accents, spaces, hyphens and
 * underscores ("Libéral" = "LIBERAL").
 *
 * @param rules the rules
 * @param practice the profession code or category (UTF-8, at most 64 letters and digits)
 * @param res optional; receives the error with its offset in @p practice
 * @return ::MSS_OK, ::MSS_ERR_NULL_ARGUMENT, ::MSS_ERR_EMPTY, ::MSS_ERR_TOO_LONG,
 *         ::MSS_ERR_INVALID_UTF8, ::MSS_ERR_CONTROL_CHARACTER or ::MSS_ERR_NO_MEMORY.
 *
 * Thread-safety: must not run concurrently with any other use of @p rules.
 */
MSS_EXPORT int mss_enrol_rules_add_practice(mss_enrol_rules *rules, const char *practice,
                                            mss_result *res);

/**
 * Whether a candidate's account is attached to the structure. Every
 * criterion is checked, and each one that fails is reported in @p res
 * (::MSS_ERR_ENROL_DOMAIN, ::MSS_ERR_ENROL_PLACE, ::MSS_ERR_ENROL_PRACTICE,
 * in that order, each with the field index 0 address, 1 postal code,
 * 2 profession code / category), followed by the cause when the candidate's
 * value is malformed (for instance ::MSS_ERR_ADDRESS_NO_AT, ::MSS_ERR_ENROL_PLACE_FORMAT).
 *
 * @param rules the structure's rules
 * @param candidate the person asking for an account
 * @param res optional; receives every failing criterion
 * @return ::MSS_OK when attached; otherwise the first failing criterion's code,
 *         or ::MSS_ERR_NULL_ARGUMENT.
 *
 * Thread-safety: safe from any thread; @p rules may be shared.
 */
MSS_EXPORT int mss_enrol_match(const mss_enrol_rules *rules, const mss_enrol_candidate *candidate,
                               mss_result *res);

#ifdef __cplusplus
}
#endif

#endif
