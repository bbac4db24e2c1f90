/* Parts of mss_record_check, for the extract's fast path (extract_plain.c),
 * which runs a part alone when its own shortcut does not apply. Each adds
 * to res exactly the issues mss_record_check would for those fields. Not
 * installed. */
#ifndef MSS_LIB_RECORD_INTERNAL_H
#define MSS_LIB_RECORD_INTERNAL_H

#include <medimail/record.h>

#include "bal_type.h"

/* What identifies the holder, once checked. */
typedef enum mssi_person {
    MSSI_PERSON_NONE,
    MSSI_PERSON_RPPS,
    MSSI_PERSON_ADELI,
    MSSI_PERSON_ADDRESS,
    MSSI_PERSON_INVALID
} mssi_person;

/* person_id_type, person_id and idnat_ps. */
mssi_person mssi_record_check_person(const mss_record *rec, mss_result *res);

/* struct_id_type and struct_id; *found: one is present and valid. Returns
 * the structure's first error, or MSS_OK. */
int mssi_record_check_structure(const mss_record *rec, bool *found, mss_result *res);

/* What the type asks of the holder and the structure. */
void mssi_record_check_type_rules(const mss_record *rec, const mssi_bal_type_info *info, mssi_person person,
                                  bool has_structure, unsigned flags, mss_result *res);

#endif
