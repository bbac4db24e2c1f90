/**
 * @file ids.h
 * @brief National identifiers: SIREN, SIRET, FINESS, RPPS, RPPS-rang, ADELI,
 *        IdNat_PS and IdNat_Struct — compact, validate, format, compute the key.
 *
 * Identifiers are strings, never integers: leading zeros matter. Input may
 * carry separators (spaces, no-break spaces, dots, hyphens); the compact form
 * drops them and upper-cases the Corsican department letters (2a → 2A).
 *
 * One generic check, mss_id_check(), takes the kind of identifier; each
 * identifier also has python-stdnum-shaped functions (mss_siren_validate(),
 * mss_siren_is_valid(), mss_siren_compact(), mss_siren_format(),
 * mss_siren_calc_check_digit(), ...) that are thin wrappers around it.
 * Errors report the byte offset of the faulty character in the ORIGINAL
 * input, so a user interface can point at it.
 */
#ifndef MEDIMAIL_IDS_H
#define MEDIMAIL_IDS_H

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Buffer size that holds any compact identifier and its NUL, including an
 * IdNat_PS "10" + MSSanté address (at most 256 octets).
 */
#define MSS_ID_BUFSIZE 260

/** Kind of identifier. */
typedef enum mss_id_kind {
    MSS_ID_SIREN = 0,        /**< company (9 digits) */
    MSS_ID_SIRET = 1,        /**< establishment: SIREN + NIC (14 digits) */
    MSS_ID_FINESS = 2,       /**< health or social structure, EJ or ET (9 characters) */
    MSS_ID_RPPS = 3,         /**< health professional (11 digits) */
    MSS_ID_RPPS_RANG = 4,    /**< practice ("cabinet"): RPPS + rank + key (14 digits) */
    MSS_ID_ADELI = 5,        /**< professional without RPPS (9 characters) */
    MSS_ID_IDNAT_PS = 6,     /**< national person id: 8+RPPS, 0+ADELI, 10+address */
    MSS_ID_IDNAT_STRUCT = 7, /**< national structure id: 1+FINESS, 2+SIREN, 3+SIRET, 4+RPPS-rang, 0+ADELI-rang */
    MSS_ID_ADELI_RANG = 8,   /**< ADELI + 2-digit rank, no key of its own (inside IdNat_Struct "0") */
    MSS_ID_ADDRESS = 9       /**< MSSanté address inside IdNat_PS "10" (address syntax, no mailbox-type rule) */
} mss_id_kind;

/**
 * Parse a kind name, in any case, with '-' or '_': "siren", "siret",
 * "finess", "rpps", "rpps-rang", "adeli", "idnat-ps", "idnat-struct",
 * "adeli-rang", "address".
 * @param name the name
 * @param kind receives the kind
 * @return ::MSS_OK, ::MSS_ERR_ID_UNKNOWN_KIND or ::MSS_ERR_NULL_ARGUMENT.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_id_kind_parse(const char *name, mss_id_kind *kind);

/**
 * Canonical name of a kind ("siren", "rpps-rang", "idnat-ps"...).
 * @param kind the kind
 * @return a static string, or NULL for a kind out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_id_kind_name(mss_id_kind kind);

/**
 * Check an identifier: compact it, then check its characters, length,
 * components (department, prefix...) and key, in that order, stopping at the
 * first error. Warnings (a FINESS whose third character is not 0, an RPPS not
 * starting with 10, an ADELI key that cannot be verified, a deprecated
 * IdNat_Struct prefix) do not make it invalid.
 *
 * @param kind   the kind of identifier
 * @param in     the identifier (NUL-terminated, at most ::MSS_MAX_INPUT octets)
 * @param out    receives the compact form when valid (empty string otherwise);
 *               may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @param res    optional; receives the first error with its byte offset in
 *               @p in, and every warning
 * @return ::MSS_OK or a negative code: ::MSS_ERR_ID_INVALID_CHARACTER,
 *         ::MSS_ERR_ID_LENGTH, ::MSS_ERR_ID_CHECKSUM, ::MSS_ERR_FINESS_DEPARTMENT,
 *         ::MSS_ERR_FINESS_OVERSEAS, ::MSS_ERR_FINESS_KEYLESS, ::MSS_ERR_SIRET_SIREN,
 *         ::MSS_ERR_ADELI_DEPARTMENT, ::MSS_ERR_IDNAT_PREFIX, MSS_ERR_ADDRESS_*
 *         (IdNat_PS "10"), ::MSS_ERR_ID_UNKNOWN_KIND, ::MSS_ERR_NULL_ARGUMENT,
 *         ::MSS_ERR_EMPTY, ::MSS_ERR_TOO_LONG, ::MSS_ERR_INVALID_UTF8,
 *         ::MSS_ERR_CONTROL_CHARACTER, ::MSS_ERR_BUFFER_TOO_SMALL.
 * Thread-safety: safe from any thread; allocates nothing.
 */
MSS_EXPORT int mss_id_check(mss_id_kind kind, const char *in, char *out, size_t outlen,
                            mss_result *res);

/**
 * Whether an identifier is valid (warnings allowed).
 * @param kind the kind of identifier
 * @param in   the identifier; NULL or junk simply gives false
 * @return true when mss_id_check() would return ::MSS_OK.
 * Thread-safety: safe from any thread; allocates nothing.
 */
MSS_EXPORT bool mss_id_is_valid(mss_id_kind kind, const char *in);

/**
 * Compact form: separators (space, no-break space, dot, hyphen) removed,
 * Corsican letters upper-cased; nothing is validated beyond the characters
 * (digits, and A/B for the kinds that may hold a Corsican department). An
 * IdNat_PS holding an at-sign is an address and is copied unchanged.
 * @param kind   the kind of identifier
 * @param in     the identifier
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (character errors, ::MSS_ERR_EMPTY,
 *         ::MSS_ERR_TOO_LONG, ::MSS_ERR_BUFFER_TOO_SMALL, ::MSS_ERR_NULL_ARGUMENT,
 *         ::MSS_ERR_ID_UNKNOWN_KIND).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_id_compact(mss_id_kind kind, const char *in, char *out, size_t outlen);

/**
 * Display form of a valid identifier: SIREN "732 829 320", SIRET
 * "732 829 320 00074"; the other kinds have no customary grouping and are
 * shown compact. The identifier is validated first.
 * @param kind   the kind of identifier
 * @param in     the identifier
 * @param out    receives the display form
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or a negative code (as mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_id_format(mss_id_kind kind, const char *in, char *out, size_t outlen);

/**
 * Compute the key (check character) of an identifier given without it:
 * 8 characters for SIREN, FINESS and ADELI, 13 for SIRET and RPPS-rang, 10
 * for RPPS. The components are checked first (department, the SIREN inside a
 * SIRET). A La Poste SIRET gets the smallest key that makes its digit sum a
 * multiple of 5.
 * @param kind  the kind of identifier
 * @param in    the identifier without its key (separators allowed)
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code; ::MSS_ERR_INVALID_ARGUMENT for a kind
 *         with no key of its own (IdNat, ADELI-rang, address) and for a
 *         Corsican ADELI, whose key rule is unknown.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_id_calc_check_digit(mss_id_kind kind, const char *in, char *digit);

/* --- SIREN: 9 digits, Luhn ------------------------------------------------ */

/**
 * Validate a SIREN and write its compact form: mss_id_check() with ::MSS_ID_SIREN
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siren_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a SIREN is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_siren_is_valid(const char *in);

/**
 * Compact form of a SIREN: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siren_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid SIREN (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siren_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a SIREN given without it (8 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siren_calc_check_digit(const char *in, char *digit);

/* --- SIRET: 14 digits: SIREN + NIC; Luhn, La Poste's digit-sum rule ------------------------------------------------ */

/**
 * Validate a SIRET and write its compact form: mss_id_check() with ::MSS_ID_SIRET
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siret_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a SIRET is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_siret_is_valid(const char *in);

/**
 * Compact form of a SIRET: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siret_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid SIRET (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siret_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a SIRET given without it (13 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_siret_calc_check_digit(const char *in, char *digit);

/* --- FINESS: 9 characters: department (2A/2B for Corsica) + order + key ------------------------------------------------ */

/**
 * Validate a FINESS and write its compact form: mss_id_check() with ::MSS_ID_FINESS
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_finess_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a FINESS is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_finess_is_valid(const char *in);

/**
 * Compact form of a FINESS: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_finess_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid FINESS (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_finess_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a FINESS given without it (8 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_finess_calc_check_digit(const char *in, char *digit);

/* --- RPPS: 11 digits, Luhn ------------------------------------------------ */

/**
 * Validate a RPPS and write its compact form: mss_id_check() with ::MSS_ID_RPPS
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a RPPS is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_rpps_is_valid(const char *in);

/**
 * Compact form of a RPPS: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid RPPS (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a RPPS given without it (10 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_calc_check_digit(const char *in, char *digit);

/* --- RPPS-rang: 14 digits: RPPS + rank + key, Luhn ------------------------------------------------ */

/**
 * Validate a RPPS-rang and write its compact form: mss_id_check() with ::MSS_ID_RPPS_RANG
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_rang_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a RPPS-rang is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_rpps_rang_is_valid(const char *in);

/**
 * Compact form of a RPPS-rang: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_rang_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid RPPS-rang (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_rang_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a RPPS-rang given without it (13 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_rpps_rang_calc_check_digit(const char *in, char *digit);

/* --- ADELI: 9 characters: department + profession + order + key ------------------------------------------------ */

/**
 * Validate a ADELI and write its compact form: mss_id_check() with ::MSS_ID_ADELI
 * and no result.
 * @param in     the number, separators (space, dot, hyphen) allowed
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error (see mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_adeli_validate(const char *in, char *out, size_t outlen);

/**
 * Whether a ADELI is valid (warnings allowed).
 * @param in the number; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_adeli_is_valid(const char *in);

/**
 * Compact form of a ADELI: separators removed, nothing validated but the characters.
 * @param in     the number
 * @param out    receives the compact form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code (see mss_id_compact()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_adeli_compact(const char *in, char *out, size_t outlen);

/**
 * Display form of a valid ADELI (see mss_id_format()).
 * @param in     the number
 * @param out    receives the display form
 * @param outlen size of @p out
 * @return ::MSS_OK or a negative code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_adeli_format(const char *in, char *out, size_t outlen);

/**
 * Key (check character) of a ADELI given without it (8 characters).
 * @param in    the number without its key
 * @param digit receives the key character
 * @return ::MSS_OK or a negative code (see mss_id_calc_check_digit()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_adeli_calc_check_digit(const char *in, char *digit);

/* --- IdNat_PS and IdNat_Struct: type prefix + identifier ------------------- */

/** A national identifier split into its type prefix and inner identifier. */
typedef struct mss_idnat {
    int prefix;              /**< IdNat_PS: 0, 8 or 10; IdNat_Struct: 0..6 */
    mss_id_kind inner_kind;  /**< kind of @ref inner (ADELI, RPPS, address; FINESS, SIREN, SIRET, RPPS-rang, ADELI-rang) */
    char inner[MSS_ID_BUFSIZE]; /**< compact inner identifier */
} mss_idnat;

/**
 * Split and check an IdNat_PS: "8" + RPPS, "0" + ADELI, or "10" + MSSanté
 * address (an input holding an at-sign is taken as the address form, copied
 * unchanged). The inner identifier is checked with its own rule; Luhn never
 * runs on the prefixed string.
 * @param in  the IdNat_PS
 * @param out receives the prefix, inner kind and inner identifier when valid
 *            (prefix -1 and empty inner otherwise)
 * @param res optional; first error with its offset in @p in, and warnings
 * @return ::MSS_OK or a negative code (as mss_id_check(), ::MSS_ERR_IDNAT_PREFIX
 *         for an unknown prefix, ::MSS_ERR_NULL_ARGUMENT for a NULL @p out).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_idnat_ps_parse(const char *in, mss_idnat *out, mss_result *res);

/**
 * Split and check an IdNat_Struct: "1" + FINESS, "2" + SIREN, "3" + SIRET,
 * "4" + RPPS-rang, "0" + ADELI-rang; deprecated "5"/"6" + FINESS are accepted
 * with ::MSS_WARN_IDNAT_DEPRECATED_PREFIX.
 * @param in  the IdNat_Struct
 * @param out receives the prefix, inner kind and inner identifier when valid
 *            (prefix -1 and empty inner otherwise)
 * @param res optional; first error with its offset in @p in, and warnings
 * @return ::MSS_OK or a negative code (as mss_id_check()).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_idnat_struct_parse(const char *in, mss_idnat *out, mss_result *res);

/**
 * Validate an IdNat_PS and write its compact form: mss_id_check() with
 * ::MSS_ID_IDNAT_PS and no result.
 * @param in     the IdNat_PS
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_idnat_ps_validate(const char *in, char *out, size_t outlen);

/**
 * Whether an IdNat_PS is valid (warnings allowed).
 * @param in the IdNat_PS; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_idnat_ps_is_valid(const char *in);

/**
 * Validate an IdNat_Struct and write its compact form: mss_id_check() with
 * ::MSS_ID_IDNAT_STRUCT and no result.
 * @param in     the IdNat_Struct
 * @param out    receives the compact form; may be NULL when @p outlen is 0
 * @param outlen size of @p out (::MSS_ID_BUFSIZE always suffices)
 * @return ::MSS_OK or the first error.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_idnat_struct_validate(const char *in, char *out, size_t outlen);

/**
 * Whether an IdNat_Struct is valid (warnings allowed).
 * @param in the IdNat_Struct; NULL or junk simply gives false
 * @return true when valid.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_idnat_struct_is_valid(const char *in);

#ifdef __cplusplus
}
#endif

#endif
