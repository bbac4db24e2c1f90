/* The department that opens a FINESS or an ADELI number. */
#include "ids_internal.h"

int mssi_id_department(const mssi_id_span *sp, int error_code)
{
    char d0 = sp->s[0], d1 = sp->s[1];
    if (d0 < '0' || d0 > '9')
        return mssi_id_report(sp, MSS_ERR_ID_INVALID_CHARACTER, 0);
    if (d1 == 'A' || d1 == 'B')
        return d0 == '2' ? MSS_OK : mssi_id_report(sp, error_code, 0);
    /* 00 and 20 (Corsica is 2A/2B since 1976), 96 and 99 are no departments. */
    int dept = (d0 - '0') * 10 + (d1 - '0');
    if (dept == 0 || dept == 20 || dept == 96 || dept == 99)
        return mssi_id_report(sp, error_code, 0);
    return MSS_OK;
}
