/* Internal pieces of the address checks, shared by address, suggestion and
 * record code. Not installed. */
#ifndef MSS_LIB_ADDRESS_INTERNAL_H
#define MSS_LIB_ADDRESS_INTERNAL_H

#include <medimail/address.h>

/* Syntax of the address s[0..len) (need not be NUL-terminated): fills
 * parts and *domain_at with the byte offset of the domain in s. Errors
 * carry their offset in s. parts and domain_at may be NULL. wl, when
 * given, only spares the normalisation of a domain it lists as written (it
 * holds normalised names only); domain_class is then provisionally
 * MSS_DOMAIN_WHITELISTED, else MSS_DOMAIN_INVALID, until
 * mssi_address_domain_rules classifies the domain. */
int mssi_address_syntax(const char *s, size_t len, const mss_whitelist *wl, mss_address_parts *parts,
                        size_t *domain_at, mss_result *res);

/* The domain requirements of a type, for an address whose syntax passed
 * (with the same wl): sets parts->domain_class, reports errors at offset
 * domain_at. domain_len
 * is the domain's length in the input: when normalisation changed it (an
 * IDN), offsets inside the normalised name cannot be mapped back, so they
 * point at the domain's start. */
int mssi_address_domain_rules(mss_address_parts *parts, size_t domain_at, size_t domain_len,
                              mss_bal_type type, const mss_whitelist *wl, mss_result *res);

/* The guide's conventions for a lower-case local part, as warnings. */
void mssi_address_conventions(const char *local, mss_bal_type type, mss_result *res);

/* Whether a lower-case local part reads like nom.prenom. */
bool mssi_local_is_nominative(const char *local);

/* For the extract's fast path, in one pass: the length of the local part
 * at the start of address, up to its '@', when it is plain (words of a-z
 * 0-9 - _, a dot between two words) and mssi_address_conventions() would
 * give it no warning for the type (a valid one: else 0); else 0. Which of
 * the two failed is not said: the full check says it. The 32 octets from
 * address must be readable when it is two octets long or more (they are
 * read at once): true of column 1 of a row that mss_extract_split_row()
 * split without error, which 29 NULs or more follow (one per later column
 * and the line's), and of a string in a buffer of 32 octets or more. */
size_t mssi_local_quiet_length(const char *address, mss_bal_type type);

/* Whether a lower-case local part holds the letters of a name's ASCII form
 * (mssi_name_to_ascii), separators ignored. */
bool mssi_local_contains_name(const char *local, const char *name);

/* Copy every issue of sub into res, offsets moved by shift (those that
 * have one), and field set when sub's issue has none. */
void mssi_result_merge(mss_result *res, const mss_result *sub, size_t shift, size_t field);

/* Transliterate a person's or service's name to lower-case ASCII for an
 * address: letters without diacritics, one hyphen between words, no
 * apostrophe. Errors carry the offset in name and the given field. */
int mssi_name_to_ascii(const char *name, size_t field, char *out, size_t outlen, mss_result *res);

#endif
