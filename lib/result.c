#include <string.h>

#include "result.h"

void mss_result_init(mss_result *r)
{
    if (!r)
        return;
    r->code = MSS_OK;
    r->offset = MSS_NO_POSITION;
    r->field = MSS_NO_POSITION;
    r->count = 0;
    r->dropped = 0;
}

int mssi_report(mss_result *r, int code, size_t offset, size_t field)
{
    if (!r || code == MSS_OK)
        return code;
    if (code < 0 && r->code == MSS_OK) {
        r->code = code;
        r->offset = offset;
        r->field = field;
    }
    if (r->count < MSS_RESULT_MAX_ISSUES) {
        r->issues[r->count].code = code;
        r->issues[r->count].offset = offset;
        r->issues[r->count].field = field;
        r->count++;
    } else {
        r->dropped++;
    }
    return code;
}

static unsigned count_matching(const mss_result *r, int sign)
{
    unsigned n = 0;
    if (!r)
        return 0;
    for (unsigned i = 0; i < r->count && i < MSS_RESULT_MAX_ISSUES; i++)
        if ((r->issues[i].code > 0) == (sign > 0) && r->issues[i].code != 0)
            n++;
    return n;
}

unsigned mss_result_warning_count(const mss_result *r)
{
    return count_matching(r, 1);
}

unsigned mss_result_error_count(const mss_result *r)
{
    return count_matching(r, -1);
}

bool mss_result_has(const mss_result *r, int code)
{
    if (!r)
        return false;
    if (code < 0 && r->code == code)
        return true;
    for (unsigned i = 0; i < r->count && i < MSS_RESULT_MAX_ISSUES; i++)
        if (r->issues[i].code == code)
            return true;
    return false;
}

int mssi_copy_out(const char *s, size_t len, char *out, size_t outlen)
{
    if (!out || outlen <= len)
        return MSS_ERR_BUFFER_TOO_SMALL;
    memcpy(out, s, len);
    out[len] = '\0';
    return MSS_OK;
}
