/* The per-span steps of the identifier engine: length, layout, key. The
 * same function checks a whole identifier and the identifier inside an
 * IdNat, so an inner error points at the right byte of the outer input. */
#include "ids_internal.h"
#include "luhn.h"
#include "result.h"

int mssi_id_report(const mssi_id_span *sp, int code, size_t i)
{
    if (!sp->src->res)
        return code;
    return mssi_fail(sp->src->res, code, mssi_id_original_offset(sp->src, sp->base + i));
}

mssi_id_span mssi_id_subspan(const mssi_id_span *sp, size_t from, size_t len)
{
    mssi_id_span sub = *sp;
    sub.s = sp->s + from;
    sub.len = len;
    sub.base = sp->base + from;
    return sub;
}

int mssi_id_digits_only(const mssi_id_span *sp, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (sp->s[i] < '0' || sp->s[i] > '9')
            return mssi_id_report(sp, MSS_ERR_ID_INVALID_CHARACTER, i);
    return MSS_OK;
}

static int check_length(const mssi_id_desc *d, const mssi_id_span *sp)
{
    if (d->length == 0 || sp->len == d->length)
        return MSS_OK;
    if (d->keyless_length != 0 && sp->len == d->keyless_length)
        return mssi_id_report(sp, d->keyless_code, sp->len);
    /* Too long: point at the first extra character; too short: at the end. */
    return mssi_id_report(sp, MSS_ERR_ID_LENGTH, sp->len > d->length ? d->length : sp->len);
}

int mssi_id_check_span(mss_id_kind kind, const mssi_id_span *sp)
{
    const mssi_id_desc *d = mssi_id_desc_of(kind);
    int rc;
    /* An inner identifier may come from a wider charset (IdNat_Struct accepts
     * A/B for its FINESS, not for its SIREN). */
    if (d->chars == MSSI_CHARS_DIGITS && sp->chars != MSSI_CHARS_DIGITS &&
        (rc = mssi_id_digits_only(sp, 0, sp->len)) != MSS_OK)
        return rc;
    if ((rc = check_length(d, sp)) != MSS_OK)
        return rc;
    if (d->layout && (rc = d->layout(sp)) < 0)
        return rc;
    return d->check_key ? d->check_key(sp) : MSS_OK;
}

int mssi_id_key_luhn(const mssi_id_span *sp)
{
    if (mssi_luhn_valid(sp->s, sp->len))
        return MSS_OK;
    return mssi_id_report(sp, MSS_ERR_ID_CHECKSUM, sp->len - 1);
}

int mssi_id_compute_luhn(const char *payload, size_t len, char *key)
{
    *key = mssi_luhn_key(payload, len);
    return MSS_OK;
}
