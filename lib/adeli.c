/* ADELI: department (2, Corsica as 2A/2B), profession (2), order (4), key.
 * The key is Luhn over the nine characters on every real number (observed;
 * no official text). With a Corsican letter nobody knows how the key was
 * computed, so the layout is accepted and the key reported as unverified. */
#include "ids_internal.h"
#include "luhn.h"

static bool corsican(const char *s)
{
    return s[1] == 'A' || s[1] == 'B';
}

int mssi_adeli_layout(const mssi_id_span *sp)
{
    int rc = mssi_id_department(sp, MSS_ERR_ADELI_DEPARTMENT);
    return rc != MSS_OK ? rc : mssi_id_digits_only(sp, 2, sp->len);
}

int mssi_adeli_key(const mssi_id_span *sp)
{
    if (corsican(sp->s)) {
        mssi_id_report(sp, MSS_WARN_ADELI_KEY_NOT_VERIFIED, sp->len - 1);
        return MSS_OK;
    }
    return mssi_id_key_luhn(sp);
}

int mssi_adeli_compute_key(const char *payload, size_t len, char *key)
{
    if (corsican(payload))
        return MSS_ERR_INVALID_ARGUMENT;
    *key = mssi_luhn_key(payload, len);
    return MSS_OK;
}

/* ADELI-rang (IdNat_Struct "0"): the ADELI with its own key, then a
 * two-digit rank without any key. */
int mssi_adeli_rang_layout(const mssi_id_span *sp)
{
    mssi_id_span adeli = mssi_id_subspan(sp, 0, 9);
    int rc = mssi_id_check_span(MSS_ID_ADELI, &adeli);
    return rc < 0 ? rc : mssi_id_digits_only(sp, 9, sp->len);
}
