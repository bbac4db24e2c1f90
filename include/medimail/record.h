/**
 * @file record.h
 * @brief Mailbox records: what an account file or the national directory
 *        says of one mailbox, checked as a whole.
 *
 * A record ties a mailbox type and address to the identifiers of its holder
 * (IdNat_PS: RPPS or ADELI) or of its structure (IdNat_Struct: FINESS,
 * SIREN, SIRET, RPPS-rang, ADELI-rang), to names, to a notification address
 * outside MSSanté, and for an ORG box to the nominative box of its
 * responsible person. mss_record_check() reports every problem, each tied to
 * its field (::mss_issue::field is a ::mss_record_field).
 */
#ifndef MEDIMAIL_RECORD_H
#define MEDIMAIL_RECORD_H

#include <medimail/address.h>
#include <medimail/common.h>
#include <medimail/error.h>
#include <medimail/whitelist.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * One mailbox. Every field is a UTF-8 string; NULL or "" means absent.
 * The record only points to the caller's strings; it owns nothing.
 */
typedef struct mss_record {
    const char *type;            /**< "PER", "ORG"... (see mss_bal_type_parse()) */
    const char *address;         /**< the mailbox address */
    const char *person_id_type;  /**< "8" (RPPS) or "0" (ADELI); empty when @ref person_id is a full IdNat_PS */
    const char *person_id;       /**< RPPS or ADELI, with or without the type prefix, or a full IdNat_PS */
    const char *idnat_ps;        /**< "Identification nationale PP": must equal type + identifier */
    const char *struct_id_type;  /**< IdNat_Struct prefix "0".."4"; empty when @ref struct_id carries it */
    const char *struct_id;       /**< structure identifier, with or without the repeated prefix */
    const char *last_name;       /**< nom d'exercice */
    const char *first_name;      /**< prénom d'exercice */
    const char *notification_address; /**< where to notify the holder, outside MSSanté */
    const char *responsible_address;  /**< ORG only: the responsible person's nominative box */
} mss_record;

/** The fields of a ::mss_record, as reported in ::mss_issue::field. */
typedef enum mss_record_field {
    MSS_RECORD_FIELD_TYPE = 0,             /**< mss_record::type */
    MSS_RECORD_FIELD_ADDRESS = 1,          /**< mss_record::address */
    MSS_RECORD_FIELD_PERSON_ID_TYPE = 2,   /**< mss_record::person_id_type */
    MSS_RECORD_FIELD_PERSON_ID = 3,        /**< mss_record::person_id */
    MSS_RECORD_FIELD_IDNAT_PS = 4,         /**< mss_record::idnat_ps */
    MSS_RECORD_FIELD_STRUCT_ID_TYPE = 5,   /**< mss_record::struct_id_type */
    MSS_RECORD_FIELD_STRUCT_ID = 6,        /**< mss_record::struct_id */
    MSS_RECORD_FIELD_LAST_NAME = 7,        /**< mss_record::last_name */
    MSS_RECORD_FIELD_FIRST_NAME = 8,       /**< mss_record::first_name */
    MSS_RECORD_FIELD_NOTIFICATION_ADDRESS = 9, /**< mss_record::notification_address */
    MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS = 10, /**< mss_record::responsible_address */
    MSS_RECORD_FIELD_COUNT = 11            /**< number of fields */
} mss_record_field;

/**
 * Stable name of a field ("type", "address", "person_id_type", ...), as
 * the C member is called.
 * @param f the field
 * @return a static string, or NULL for a value out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_record_field_name(mss_record_field f);

/** Flag for mss_record_check(): the record comes from the national
 *  directory, where a PER or CAB holder may be identified by ADELI and an
 *  ORG box carries no responsible box (the extract has no such column). */
#define MSS_RECORD_NATIONAL_DATA 0x1u

/**
 * Check a whole record and report every problem with its field:
 *  - the type is required and known; the address is required and valid for
 *    the type (see mss_address_check(), warnings included);
 *  - PER and CAB need a person identifier: an RPPS (or, with
 *    ::MSS_RECORD_NATIONAL_DATA, an ADELI);
 *  - ORG and APP need a structure identifier;
 *  - INT and MED must not carry an RPPS;
 *  - ORG needs the address of its responsible person's nominative box
 *    (except with ::MSS_RECORD_NATIONAL_DATA), valid and distinct from its
 *    own;
 *  - every identifier is valid by its own rule, its type prefix is known and
 *    agrees with the identifier, and `idnat_ps` equals type + identifier;
 *  - the notification address, when given, is a valid address on a public
 *    domain (a warning when it is itself an MSSanté address);
 *  - names hold valid text; a warning when an individual box's address does
 *    not contain the holder's last name.
 *
 * Offsets are byte offsets into the field the issue names. Allocates
 * nothing for ASCII input.
 *
 * @param rec   the record
 * @param wl    optional whitelist for the address checks
 * @param flags 0 or ::MSS_RECORD_NATIONAL_DATA
 * @param res   optional; receives every error and warning (the first
 *              ::MSS_RESULT_MAX_ISSUES of them, the rest counted as dropped)
 * @return ::MSS_OK (maybe with warnings) or the first error found.
 *
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT int mss_record_check(const mss_record *rec, const mss_whitelist *wl, unsigned flags,
                                mss_result *res);

#ifdef __cplusplus
}
#endif

#endif
