/**
 * @file domain.h
 * @brief Domain names: IDNA normalisation, generic Occitanie domains, classification.
 */
#ifndef MEDIMAIL_DOMAIN_H
#define MEDIMAIL_DOMAIN_H

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

struct mss_whitelist;

/** Longest domain in octets (RFC 1035 / 5321). */
#define MSS_DOMAIN_MAX 253
/** Buffer size that holds any normalised (A-label) domain and its NUL. */
#define MSS_DOMAIN_BUFSIZE (MSS_DOMAIN_MAX + 1)
/** Buffer size that holds the Unicode form of any valid domain and its NUL. */
#define MSS_DOMAIN_UNICODE_BUFSIZE 1024
/** Longest label in octets. */
#define MSS_LABEL_MAX 63

/**
 * Normalise a domain name to its lowercase A-label form (IDNA2008 with
 * UTS#46 mapping, non-transitional, via libidn2), and check the limits:
 * at most 253 octets, 63 per label, letters/digits/hyphens only, no empty
 * label, no label starting or ending with a hyphen, no trailing dot.
 *
 * Already-lowercase ASCII input takes a fast path that allocates nothing
 * (upper-case ASCII is only folded). An ASCII label in `xn--` form is
 * checked by decoding it. A label with hyphens in its third and fourth
 * positions that is not `xn--` is reserved by IDNA2008 and refused
 * (::MSS_ERR_DOMAIN_IDNA). Only syntax is checked here: whether the domain
 * can be a public mail domain is mss_domain_check_public()'s business.
 *
 * Error offsets point into @p in: the offending byte, or the first byte of
 * the offending label (too long, IDNA error); ::MSS_ERR_DOMAIN_TOO_LONG
 * points at the first octet past the limit.
 *
 * @param in     the domain (UTF-8), NUL-terminated
 * @param out    receives the A-label form; may be the buffer of @p in
 * @param outlen size of @p out (::MSS_DOMAIN_BUFSIZE always suffices)
 * @param res    optional; receives the error with its offset in @p in
 * @return ::MSS_OK or a negative code (MSS_ERR_DOMAIN_*, ::MSS_ERR_EMPTY,
 *         ::MSS_ERR_NULL_ARGUMENT, ::MSS_ERR_INVALID_UTF8, ::MSS_ERR_BUFFER_TOO_SMALL...)
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_domain_normalize(const char *in, char *out, size_t outlen, mss_result *res);

/**
 * Like mss_domain_normalize() for a string that is not NUL-terminated.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_domain_normalize_n(const char *in, size_t len, char *out, size_t outlen,
                                      mss_result *res);

/**
 * Unicode (U-label) form of a domain, for display: `xn--hpital-exemple-0ob.fr`
 * gives `hôpital-exemple.fr`. Accepts any form mss_domain_normalize() accepts.
 *
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_domain_to_unicode(const char *in, char *out, size_t outlen, mss_result *res);

/**
 * Whether a domain can be a public mail domain: normalises it, then refuses
 * special-use names (::MSS_ERR_DOMAIN_SPECIAL_USE, see
 * mss_domain_is_special_use()), names of a single label
 * (::MSS_ERR_DOMAIN_SINGLE_LABEL) and an all-numeric last label
 * (::MSS_ERR_DOMAIN_NUMERIC_TLD, an IPv4 address). Checked in that order.
 *
 * @param domain the domain (UTF-8), NUL-terminated
 * @param res    optional; receives the error and its offset in @p domain
 * @return ::MSS_OK or a negative code (normalisation errors included).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_domain_check_public(const char *domain, mss_result *res);

/** Kind of structure, which decides its generic Occitanie domain. */
typedef enum mss_structure_kind {
    MSS_STRUCTURE_LIBERALE = 0, /**< structure libérale, CPTS, MSP → pro.oc.mssante.fr */
    MSS_STRUCTURE_EHPAD = 1,    /**< EHPAD → ehpad.oc.mssante.fr */
    MSS_STRUCTURE_SOCIALE = 2,  /**< structure sociale → social.oc.mssante.fr */
    MSS_STRUCTURE_OTHER = 3     /**< any other structure → oc.mssante.fr */
} mss_structure_kind;

/**
 * Generic Occitanie domain for a kind of structure.
 * @return a static string, or NULL for a kind out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_generic_domain(mss_structure_kind kind);

/**
 * Parse a kind of structure from its name, in any case, with or without
 * accents: "liberale"/"libérale", "cpts", "msp", "ehpad", "sociale"/"social",
 * "autre"/"other".
 * @return ::MSS_OK or ::MSS_ERR_DOMAIN_UNKNOWN_KIND (::MSS_ERR_NULL_ARGUMENT).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_structure_kind_parse(const char *name, mss_structure_kind *kind);

/**
 * Whether a domain is one of the generic Occitanie domains (exact match,
 * case-insensitive, after normalisation).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_domain_is_generic(const char *domain);

/**
 * Which kind of structure a generic Occitanie domain serves
 * (`ehpad.oc.mssante.fr` gives ::MSS_STRUCTURE_EHPAD).
 * @param domain any form mss_domain_normalize() accepts
 * @param kind   receives the kind when the domain is generic; may be NULL
 * @return true when @p domain is a generic domain.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_generic_domain_kind(const char *domain, mss_structure_kind *kind);

/** What a domain is for MSSanté. */
typedef enum mss_domain_class {
    MSS_DOMAIN_INVALID = -1,        /**< not a valid domain name at all */
    MSS_DOMAIN_GENERIC = 0,         /**< a generic Occitanie domain (always MSSanté) */
    MSS_DOMAIN_WHITELISTED = 1,     /**< listed in the given whitelist */
    MSS_DOMAIN_UNVERIFIED = 2,      /**< ends in .mssante.fr, no whitelist given */
    MSS_DOMAIN_NOT_WHITELISTED = 3, /**< a whitelist was given and it is absent */
    MSS_DOMAIN_OUTSIDE = 4          /**< not MSSanté (no whitelist, not .mssante.fr) */
} mss_domain_class;

/**
 * Classify a domain. With @p wl NULL only the built-in generic domains are
 * known: other `*.mssante.fr` domains are ::MSS_DOMAIN_UNVERIFIED (with the
 * ::MSS_WARN_DOMAIN_UNVERIFIED warning in @p res), anything else
 * ::MSS_DOMAIN_OUTSIDE. With a whitelist, a domain is generic, whitelisted or
 * not whitelisted. The domain is normalised first; an invalid one gives
 * ::MSS_DOMAIN_INVALID and its error in @p res. Only that error and the
 * unverified warning go to @p res: a class is an answer, not a verdict
 * (whether "not whitelisted" is an error is the address check's call).
 * Matching is exact: `x.oc.mssante.fr` is not generic.
 *
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT mss_domain_class mss_domain_classify(const char *domain, const struct mss_whitelist *wl,
                                                mss_result *res);

/**
 * Stable name of a class ("generic", "whitelisted", "unverified",
 * "not-whitelisted", "outside", "invalid").
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_domain_class_name(mss_domain_class c);

/**
 * One-line description of a class in the given language.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_domain_class_description(mss_domain_class c, mss_lang lang);

/**
 * Whether a domain is a special-use name that can never be a public mail
 * domain: `localhost`, `local`, `invalid`, `test`, `example`, `onion`,
 * `alt`, `internal`, `home.arpa`, `example.com`, `example.net`,
 * `example.org`, and every name under one of them. The domain is normalised
 * first (any form mss_domain_normalize() accepts); an invalid one gives false.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_domain_is_special_use(const char *domain);

#ifdef __cplusplus
}
#endif

#endif
