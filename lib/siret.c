/* SIRET: SIREN (9) + NIC (5), Luhn over 14 — except La Poste, whose
 * establishments (SIREN 356000000) are numbered so that the digit sum is a
 * multiple of 5; only the head office keeps a Luhn key. */
#include <string.h>

#include "ids_internal.h"
#include "luhn.h"

#define LA_POSTE_SIREN "356000000"
#define LA_POSTE_HEAD_OFFICE "35600000000048"

static bool la_poste_branch(const char *s)
{
    return memcmp(s, LA_POSTE_SIREN, 9) == 0 && memcmp(s, LA_POSTE_HEAD_OFFICE, 13) != 0;
}

bool mssi_siret_luhn_keyed(const char *s)
{
    return !la_poste_branch(s);
}

static unsigned digit_sum(const char *s, size_t len)
{
    unsigned sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += (unsigned)(s[i] - '0');
    return sum;
}

int mssi_siret_layout(const mssi_id_span *sp)
{
    if (!mssi_luhn_valid(sp->s, 9))
        return mssi_id_report(sp, MSS_ERR_SIRET_SIREN, 8);
    return MSS_OK;
}

int mssi_siret_key(const mssi_id_span *sp)
{
    bool ok = la_poste_branch(sp->s) ? digit_sum(sp->s, sp->len) % 5 == 0
                                     : mssi_luhn_valid(sp->s, sp->len);
    return ok ? MSS_OK : mssi_id_report(sp, MSS_ERR_ID_CHECKSUM, sp->len - 1);
}

int mssi_siret_compute_key(const char *payload, size_t len, char *key)
{
    if (la_poste_branch(payload))
        *key = (char)('0' + (5 - digit_sum(payload, len) % 5) % 5);
    else
        *key = mssi_luhn_key(payload, len);
    return MSS_OK;
}
