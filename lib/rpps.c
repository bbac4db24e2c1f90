/* RPPS: 10-digit order number + Luhn key. Every real number starts with 10
 * (observed, not normative): anything else is only a warning. */
#include "ids_internal.h"

int mssi_rpps_layout(const mssi_id_span *sp)
{
    if (sp->s[0] != '1' || sp->s[1] != '0')
        mssi_id_report(sp, MSS_WARN_RPPS_PREFIX, 0);
    return MSS_OK;
}
