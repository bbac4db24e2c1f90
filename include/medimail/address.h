/**
 * @file address.h
 * @brief Mailbox (BAL) types, address checks per type, address suggestion.
 *
 * An MSSanté mailbox ("BAL", boîte aux lettres) has a type — the ANS
 * directory types PER, ORG, APP, CAB and the Medimail internal types INT and
 * MED — and an address whose syntax, domain and form depend on that type:
 *
 *  - syntax (errors): RFC 5321/5322 as MSSanté servers exchange mail, so a
 *    plain ASCII dot-atom local part only (no quoted local part, comment,
 *    domain literal or non-ASCII local part), at most 64 octets before the
 *    at-sign, 253 for the domain, 254 in all;
 *  - domain (errors): PER, ORG, APP and CAB need an MSSanté domain; INT and
 *    MED accept any public domain;
 *  - conventions of the Medimail guide (warnings): `nom.prenom` for
 *    individual boxes, no role name (`noreply`, `secretariat`...) on them.
 *
 * Every check gives the same answer whatever the case of its input, and
 * reports where the problem is as a byte offset into the address.
 */
#ifndef MEDIMAIL_ADDRESS_H
#define MEDIMAIL_ADDRESS_H

#include <medimail/common.h>
#include <medimail/domain.h>
#include <medimail/error.h>
#include <medimail/whitelist.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Mailbox type: the ANS directory types, then the Medimail internal ones. */
typedef enum mss_bal_type {
    MSS_BAL_PER = 0, /**< personnelle: a health professional with an RPPS */
    MSS_BAL_ORG = 1, /**< organisationnelle: a shared box of a service or team */
    MSS_BAL_APP = 2, /**< applicative: automated sending from software (DPI) */
    MSS_BAL_CAB = 3, /**< cabinet: the box of a practice, held by a professional */
    MSS_BAL_INT = 4, /**< interne (Medimail): nominative, without an RPPS */
    MSS_BAL_MED = 5  /**< medimail (Medimail): nominative, foreign professional */
} mss_bal_type;

/** Number of mailbox types, for iterating over them. */
#define MSS_BAL_TYPE_COUNT 6

/**
 * Parse a mailbox type from its code ("PER", "org"...) or its French label
 * ("personnelle", "Organisationnelle", "médimail"...) or English name
 * ("personal", "application"...), in any case. No surrounding spaces.
 *
 * @param s the text to parse (UTF-8, NUL-terminated)
 * @param t receives the type on success; untouched on error
 * @return ::MSS_OK, ::MSS_ERR_BAL_TYPE_UNKNOWN or ::MSS_ERR_NULL_ARGUMENT
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_bal_type_parse(const char *s, mss_bal_type *t);

/**
 * Three-letter code of a type ("PER").
 * @param t the type
 * @return a static string, or NULL for a value out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_bal_type_code(mss_bal_type t);

/**
 * French label of a type, as the guide writes it ("personnelle").
 * @param t the type
 * @return a static string, or NULL for a value out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_bal_type_label_fr(mss_bal_type t);

/**
 * Short name of a type in a language ("personal" / "personnelle").
 * @param t    the type
 * @param lang the language (English for an unknown value)
 * @return a static string, or NULL for a type out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_bal_type_name(mss_bal_type t, mss_lang lang);

/**
 * One-line description of a type in a language: who it is for.
 * @param t    the type
 * @param lang the language (English for an unknown value)
 * @return a static string, or NULL for a type out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_bal_type_description(mss_bal_type t, mss_lang lang);

/**
 * Whether a type needs an MSSanté domain (PER, ORG, APP, CAB) rather than
 * any public domain (INT, MED).
 * @param t the type
 * @return true or false (false for a value out of range).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_bal_type_needs_mssante_domain(mss_bal_type t);

/**
 * Whether a type is an individual, nominative box whose local part should
 * read `nom.prenom` (PER, CAB, INT, MED).
 * @param t the type
 * @return true or false (false for a value out of range).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_bal_type_is_nominative(mss_bal_type t);

/** Longest address in octets (RFC 5321 path limit minus the angle brackets). */
#define MSS_ADDRESS_MAX 254
/** Longest local part in octets. */
#define MSS_LOCAL_MAX 64
/** Buffer size that holds any valid normalised address and its NUL. */
#define MSS_ADDRESS_BUFSIZE (MSS_ADDRESS_MAX + 1)

/** The parts of a checked address. Every string is NUL-terminated. */
typedef struct mss_address_parts {
    char address[MSS_ADDRESS_BUFSIZE];   /**< normalised: lower case, A-label domain */
    char local[MSS_LOCAL_MAX + 1];       /**< local part, lower case */
    char domain[MSS_DOMAIN_BUFSIZE];     /**< domain, lowercase A-label form */
    char domain_unicode[MSS_DOMAIN_UNICODE_BUFSIZE]; /**< domain, Unicode form for display */
    mss_domain_class domain_class;       /**< what the domain is for MSSanté */
} mss_address_parts;

/**
 * Check the syntax of an address only, whatever its type: one at-sign, a
 * dot-atom ASCII local part of 1 to 64 octets, a valid (possibly
 * internationalised) domain, 254 octets in all once normalised. Does not
 * judge whether the domain is public or MSSanté (see mss_address_check()).
 *
 * Errors name their cause (::MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS,
 * ::MSS_ERR_ADDRESS_MULTIPLE_AT, MSS_ERR_DOMAIN_*...) and their byte offset
 * in @p address; for a length error the offset is that of the first octet
 * beyond the limit, so the excess is the length minus the offset.
 *
 * @param address the address (UTF-8), NUL-terminated
 * @param parts   optional; filled on success (domain_class is computed
 *                without a whitelist), left unspecified on error
 * @param res     optional; receives the error and its offset
 * @return ::MSS_OK or a negative code.
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_address_check_syntax(const char *address, mss_address_parts *parts,
                                        mss_result *res);

/**
 * Check an address for a mailbox type: its syntax (see
 * mss_address_check_syntax()), then what the type requires of its domain,
 * then the guide's conventions as warnings.
 *
 * Domain requirement: PER, ORG, APP and CAB need an MSSanté domain — listed
 * in @p wl when one is given (::MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED
 * otherwise); without a whitelist, a generic Occitanie domain, or any
 * `*.mssante.fr` domain with the ::MSS_WARN_DOMAIN_UNVERIFIED warning.
 * INT and MED accept any public domain. No type accepts a special-use name
 * (localhost, .local, .test, .example, .invalid...), a single-label domain
 * or an all-numeric top-level label.
 *
 * Warnings: ::MSS_WARN_ADDRESS_NOT_NOMINATIVE (an individual box whose local
 * part does not read nom.prenom), ::MSS_WARN_ADDRESS_ROLE_ON_PERSONAL
 * (noreply, secretariat... on an individual box),
 * ::MSS_WARN_ADDRESS_UNUSUAL_CHARACTER (legal but unusual characters such as
 * `+` or `'` in the local part).
 *
 * @param address the address (UTF-8), NUL-terminated
 * @param type    the mailbox type
 * @param wl      optional whitelist; NULL to know only the generic domains
 * @param parts   optional; filled when the syntax is valid (even if the type
 *                requirement fails), unspecified otherwise
 * @param res     optional; receives the error, its offset, and the warnings
 * @return ::MSS_OK (maybe with warnings in @p res) or a negative code.
 *
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT int mss_address_check(const char *address, mss_bal_type type, const mss_whitelist *wl,
                                 mss_address_parts *parts, mss_result *res);

/**
 * Whether mss_address_check() finds no error (warnings do not count).
 * @param address the address (UTF-8), NUL-terminated; NULL gives false
 * @param type    the mailbox type
 * @param wl      optional whitelist
 * @return true when valid for the type.
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT bool mss_address_is_valid(const char *address, mss_bal_type type, const mss_whitelist *wl);

/** Largest homonym index mss_address_suggest() accepts (two digits). */
#define MSS_HOMONYM_MAX 99

/**
 * Build the conventional address of a mailbox: `nom.prenom@domaine` as the
 * guide writes it. Names are transliterated to lower-case ASCII (Élodie →
 * elodie, Müller → muller, Œ → oe, ß → ss), spaces and hyphens inside a
 * name become one hyphen (Le Gall → le-gall), apostrophes are dropped
 * (N'Diaye → ndiaye). A homonym index, when not 0, is appended
 * (dupont.jean2). The result is checked with mss_address_check(): it is
 * only written when valid for the type, and its warnings go to @p res.
 *
 * For ORG and APP boxes the first name may be NULL or empty: the address is
 * then built from @p last_name alone (a service name: "Équipe de nuit" →
 * equipe-de-nuit@...).
 *
 * @param last_name     last name (nom), or service name for ORG/APP (UTF-8)
 * @param first_name    first name (prénom) (UTF-8); may be NULL for ORG/APP
 * @param domain        the domain (UTF-8 or A-label)
 * @param type          the mailbox type
 * @param homonym_index 0 for none, 1..::MSS_HOMONYM_MAX otherwise
 * @param wl            optional whitelist for the type's domain check
 * @param out           receives the normalised address
 * @param outlen        size of @p out (::MSS_ADDRESS_BUFSIZE always suffices)
 * @param res           optional; receives the error and warnings. A name
 *                      error gives the offset in that name and, as field,
 *                      ::MSS_RECORD_FIELD_LAST_NAME or
 *                      ::MSS_RECORD_FIELD_FIRST_NAME (see record.h).
 * @return ::MSS_OK, ::MSS_ERR_SUGGEST_NAME (no usable letter),
 *         ::MSS_ERR_SUGGEST_CHARACTER (a character with no Latin
 *         transliteration), ::MSS_ERR_BUFFER_TOO_SMALL, or any error of
 *         mss_address_check() on the built address.
 *
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT int mss_address_suggest(const char *last_name, const char *first_name, const char *domain,
                                   mss_bal_type type, unsigned homonym_index, const mss_whitelist *wl,
                                   char *out, size_t outlen, mss_result *res);

#ifdef __cplusplus
}
#endif

#endif
