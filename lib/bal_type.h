/* The mailbox type table: the one place that says what each type requires.
 * Not installed. */
#ifndef MSS_LIB_BAL_TYPE_H
#define MSS_LIB_BAL_TYPE_H

#include <medimail/address.h>

typedef struct mssi_bal_type_info {
    const char *code;
    const char *label_fr;
    const char *name_en;
    const char *description_en;
    const char *description_fr;
    bool mssante_domain;    /* needs an MSSanté domain, not just a public one */
    bool nominative;        /* local part should read nom.prenom */
    bool role_is_suspect;   /* a role name (noreply, secretariat) is a mistake here */
    bool needs_rpps;        /* holder identified by RPPS (ADELI in national data) */
    bool needs_structure;   /* structure identifier required */
    bool rpps_forbidden;    /* for people without an RPPS */
    bool needs_responsible; /* shared box under a person's nominative box */
} mssi_bal_type_info;

/* The row of a type, or NULL for a value out of range. */
const mssi_bal_type_info *mssi_bal_type_info_of(mss_bal_type t);

#endif
