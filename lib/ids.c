/* Public identifier API: argument checks, compaction, then the per-kind
 * steps of id_engine.c. Nothing here allocates; working copies live on the
 * stack and are at most MSS_ID_BUFSIZE bytes. */
#include <string.h>

#include "ids_internal.h"
#include "result.h"

/* NULL, empty and oversized inputs, refused before anything is scanned. */
static int measure(const char *in, size_t *inlen, mss_result *res)
{
    *inlen = 0;
    if (!in)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    *inlen = strnlen(in, MSS_MAX_INPUT + 1);
    if (*inlen > MSS_MAX_INPUT)
        return mssi_fail(res, MSS_ERR_TOO_LONG, MSS_MAX_INPUT);
    if (*inlen == 0)
        return mssi_fail(res, MSS_ERR_EMPTY, 0);
    return MSS_OK;
}

/* Point sp at the compact form: buf (cap characters kept, all counted in
 * sp->len), or the input itself when the kind takes it verbatim. */
static int compact_input(const mssi_id_desc *d, mssi_id_source *src, char *buf, size_t cap,
                         mssi_id_span *sp)
{
    sp->src = src;
    sp->base = 0;
    if (d->verbatim == MSSI_VERBATIM_ALWAYS ||
        (d->verbatim == MSSI_VERBATIM_WITH_AT && memchr(src->in, '@', src->inlen))) {
        src->verbatim = true;
        sp->s = src->in;
        sp->len = src->inlen;
        sp->chars = MSSI_CHARS_ANY;
        return MSS_OK;
    }
    int rc = mssi_id_compact_scan(src->in, src->inlen, d->chars, buf, cap, &sp->len, src->res);
    if (rc != MSS_OK)
        return rc;
    if (sp->len == 0) /* nothing but separators */
        return mssi_fail(src->res, MSS_ERR_EMPTY, 0);
    sp->s = buf;
    sp->chars = d->chars;
    return MSS_OK;
}

static int run(mss_id_kind kind, const char *in, char *out, size_t outlen, mss_result *res,
               mss_idnat *nat)
{
    char buf[MSS_ID_BUFSIZE];
    const mssi_id_desc *d = mssi_id_desc_of(kind);
    mss_result_init(res);
    if (out && outlen > 0)
        out[0] = '\0';
    if (!d)
        return mssi_fail(res, MSS_ERR_ID_UNKNOWN_KIND, MSS_NO_POSITION);
    if (!out && outlen > 0)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    mssi_id_source src = { .in = in, .res = res, .nat = nat };
    mssi_id_span sp = { .s = in, .len = in ? mssi_id_fast_valid(kind, in, nat) : 0, .src = &src };
    if (sp.len == 0) { /* not the plain valid case: the engine finds what is wrong */
        int rc = measure(in, &src.inlen, res);
        if (rc != MSS_OK)
            return rc;
        if ((rc = compact_input(d, &src, buf, d->max_length, &sp)) != MSS_OK)
            return rc;
        if (!src.verbatim && sp.len > d->max_length)
            return mssi_id_report(&sp, MSS_ERR_ID_LENGTH, d->max_length);
        if ((rc = mssi_id_check_span(kind, &sp)) < 0)
            return rc;
    }
    if (out && mssi_copy_out(sp.s, sp.len, out, outlen) != MSS_OK)
        return mssi_fail(res, MSS_ERR_BUFFER_TOO_SMALL, MSS_NO_POSITION);
    return MSS_OK;
}

int mss_id_check(mss_id_kind kind, const char *in, char *out, size_t outlen, mss_result *res)
{
    return run(kind, in, out, outlen, res, NULL);
}

bool mss_id_is_valid(mss_id_kind kind, const char *in)
{
    if (in && mssi_id_fast_valid(kind, in, NULL) > 0)
        return true;
    return run(kind, in, NULL, 0, NULL, NULL) == MSS_OK;
}

int mss_id_compact(mss_id_kind kind, const char *in, char *out, size_t outlen)
{
    size_t inlen;
    mssi_id_span sp;
    const mssi_id_desc *d = mssi_id_desc_of(kind);
    if (!d)
        return MSS_ERR_ID_UNKNOWN_KIND;
    if (!out)
        return MSS_ERR_NULL_ARGUMENT;
    if (outlen == 0)
        return MSS_ERR_BUFFER_TOO_SMALL;
    out[0] = '\0';
    int rc = measure(in, &inlen, NULL);
    if (rc != MSS_OK)
        return rc;
    mssi_id_source src = { .in = in, .inlen = inlen };
    if ((rc = compact_input(d, &src, out, outlen - 1, &sp)) != MSS_OK) {
        out[0] = '\0'; /* the scan may have written part of it */
        return rc;
    }
    if (src.verbatim)
        return mssi_copy_out(sp.s, sp.len, out, outlen);
    if (sp.len >= outlen) {
        out[0] = '\0';
        return MSS_ERR_BUFFER_TOO_SMALL;
    }
    out[sp.len] = '\0';
    return MSS_OK;
}

int mss_id_format(mss_id_kind kind, const char *in, char *out, size_t outlen)
{
    char compact[MSS_ID_BUFSIZE];
    char shown[2 * MSS_ID_BUFSIZE];
    if (out && outlen > 0)
        out[0] = '\0';
    int rc = mss_id_check(kind, in, compact, sizeof compact, NULL);
    if (rc != MSS_OK)
        return rc;
    if (!out)
        return MSS_ERR_NULL_ARGUMENT;
    const unsigned char *groups = mssi_id_desc_of(kind)->groups;
    size_t len = strlen(compact), n = 0, pos = 0;
    if (groups[0] == 0)
        return mssi_copy_out(compact, len, out, outlen);
    for (size_t g = 0; groups[g] != 0 && pos + groups[g] <= len; g++) {
        if (g > 0)
            shown[n++] = ' ';
        memcpy(shown + n, compact + pos, groups[g]);
        n += groups[g];
        pos += groups[g];
    }
    if (pos < len) { /* never drop characters the groups do not cover */
        shown[n++] = ' ';
        memcpy(shown + n, compact + pos, len - pos);
        n += len - pos;
    }
    return mssi_copy_out(shown, n, out, outlen);
}

int mss_id_calc_check_digit(mss_id_kind kind, const char *in, char *digit)
{
    char buf[MSS_ID_BUFSIZE];
    size_t inlen;
    mssi_id_span sp;
    const mssi_id_desc *d = mssi_id_desc_of(kind);
    if (!d)
        return MSS_ERR_ID_UNKNOWN_KIND;
    if (!digit)
        return MSS_ERR_NULL_ARGUMENT;
    if (!d->compute_key)
        return MSS_ERR_INVALID_ARGUMENT;
    int rc = measure(in, &inlen, NULL);
    if (rc != MSS_OK)
        return rc;
    mssi_id_source src = { .in = in, .inlen = inlen };
    size_t payload = (size_t)d->length - 1;
    if ((rc = compact_input(d, &src, buf, payload, &sp)) != MSS_OK)
        return rc;
    if (sp.len != payload)
        return MSS_ERR_ID_LENGTH;
    /* A placeholder key lets the layout see a full-length number. */
    buf[sp.len++] = '0';
    if (d->layout && (rc = d->layout(&sp)) < 0)
        return rc;
    return d->compute_key(buf, payload, digit);
}

static int parse_idnat(mss_id_kind kind, const char *in, mss_idnat *out, mss_result *res)
{
    if (!out) {
        mss_result_init(res);
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    }
    out->prefix = -1;
    out->inner_kind = kind;
    out->inner[0] = '\0';
    int rc = run(kind, in, NULL, 0, res, out);
    if (rc != MSS_OK) {
        out->prefix = -1;
        out->inner[0] = '\0';
    }
    return rc;
}

int mss_idnat_ps_parse(const char *in, mss_idnat *out, mss_result *res)
{
    return parse_idnat(MSS_ID_IDNAT_PS, in, out, res);
}

int mss_idnat_struct_parse(const char *in, mss_idnat *out, mss_result *res)
{
    return parse_idnat(MSS_ID_IDNAT_STRUCT, in, out, res);
}
