/* IdNat_PS and IdNat_Struct: a type prefix, then an identifier checked with
 * its own rule. Luhn never runs over the prefixed string: "8" + a bad RPPS
 * can pass Luhn as twelve digits and must still fail. */
#include <string.h>

#include "idnat_address.h"
#include "ids_internal.h"
#include "result.h"

static void fill_nat(const mssi_id_span *sp, int prefix, mss_id_kind kind,
                     const mssi_id_span *inner)
{
    mss_idnat *nat = sp->src->nat;
    if (!nat || inner->len >= sizeof nat->inner)
        return;
    nat->prefix = prefix;
    nat->inner_kind = kind;
    memcpy(nat->inner, inner->s, inner->len);
    nat->inner[inner->len] = '\0';
}

static int check_inner(const mssi_id_span *sp, int prefix, size_t prefix_len, mss_id_kind kind)
{
    mssi_id_span inner = mssi_id_subspan(sp, prefix_len, sp->len - prefix_len);
    int rc = mssi_id_check_span(kind, &inner);
    if (rc == MSS_OK)
        fill_nat(sp, prefix, kind, &inner);
    return rc;
}

int mssi_idnat_ps_layout(const mssi_id_span *sp)
{
    bool ten = sp->len >= 2 && sp->s[0] == '1' && sp->s[1] == '0';
    if (sp->src->verbatim)
        return ten ? check_inner(sp, 10, 2, MSS_ID_ADDRESS)
                   : mssi_id_report(sp, MSS_ERR_IDNAT_PREFIX, 0);
    if (sp->s[0] == '8')
        return check_inner(sp, 8, 1, MSS_ID_RPPS);
    if (sp->s[0] == '0')
        return check_inner(sp, 0, 1, MSS_ID_ADELI);
    /* "10" then digits: the address form with no address in it. */
    if (ten)
        return mssi_id_report(sp, MSS_ERR_ADDRESS_NO_AT, sp->len);
    return mssi_id_report(sp, MSS_ERR_IDNAT_PREFIX, 0);
}

int mssi_idnat_struct_layout(const mssi_id_span *sp)
{
    /* Indexed by the prefix digit; 5 and 6 are the deprecated FINESS EJ/EG. */
    static const mss_id_kind inner_of[] = {
        MSS_ID_ADELI_RANG, MSS_ID_FINESS, MSS_ID_SIREN, MSS_ID_SIRET,
        MSS_ID_RPPS_RANG, MSS_ID_FINESS, MSS_ID_FINESS,
    };
    unsigned prefix = (unsigned)(sp->s[0] - '0');
    if (prefix >= sizeof inner_of / sizeof inner_of[0])
        return mssi_id_report(sp, MSS_ERR_IDNAT_PREFIX, 0);
    if (prefix >= 5)
        mssi_id_report(sp, MSS_WARN_IDNAT_DEPRECATED_PREFIX, 0);
    return check_inner(sp, (int)prefix, 1, inner_of[prefix]);
}

/* The address check reports offsets into the address; move them to the
 * whole input (past the "10" of an IdNat_PS). */
int mssi_address_layout(const mssi_id_span *sp)
{
    mss_result local;
    mss_result_init(&local);
    int rc = mssi_idnat_address_check(sp->s, sp->len, &local);
    for (unsigned i = 0; i < local.count; i++)
        mssi_id_report(sp, local.issues[i].code, local.issues[i].offset);
    return rc;
}
