/* FINESS (EJ and ET share the format): department, order number, key.
 * Overseas numbers spell their territory after 97/98 ("970" + 1..5, "980" +
 * 5/6); everywhere else the third character is 0 in every real number, which
 * is worth a warning, not an error (the ANS data model, not a law, says so). */
#include <string.h>

#include "ids_internal.h"

static int overseas(const mssi_id_span *sp, const char *territories)
{
    if (sp->s[2] != '0')
        return mssi_id_report(sp, MSS_ERR_FINESS_OVERSEAS, 2);
    if (!strchr(territories, sp->s[3]))
        return mssi_id_report(sp, MSS_ERR_FINESS_OVERSEAS, 3);
    return MSS_OK;
}

int mssi_finess_layout(const mssi_id_span *sp)
{
    int rc = mssi_id_department(sp, MSS_ERR_FINESS_DEPARTMENT);
    if (rc == MSS_OK)
        rc = mssi_id_digits_only(sp, 2, sp->len);
    if (rc != MSS_OK)
        return rc;
    if (sp->s[0] == '9' && sp->s[1] == '7') /* Guadeloupe .. Saint-Pierre-et-Miquelon */
        return overseas(sp, "12345");
    if (sp->s[0] == '9' && sp->s[1] == '8') /* Mayotte, Wallis-et-Futuna */
        return overseas(sp, "56");
    if (sp->s[2] != '0')
        mssi_id_report(sp, MSS_WARN_FINESS_POSITION3, 2);
    return MSS_OK;
}
