/* Minimal address check for IdNat_PS "10" + address (see idnat_address.h). */
#include <unictype.h>
#include <unistr.h>

#include "idnat_address.h"
#include "result.h"

#define ADDRESS_MAX 254

int mssi_idnat_address_check(const char *s, size_t len, mss_result *res)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t at = len;
    if (len > ADDRESS_MAX)
        return mssi_fail(res, MSS_ERR_ADDRESS_TOO_LONG, ADDRESS_MAX);
    for (size_t i = 0; i < len; i++) {
        ucs4_t uc = p[i];
        int n = 1;
        if (p[i] >= 0x80 && (n = u8_mbtoucr(&uc, p + i, len - i)) < 0)
            return mssi_fail(res, MSS_ERR_INVALID_UTF8, i);
        if (uc < 0x20 || (uc >= 0x7F && uc <= 0x9F))
            return mssi_fail(res, MSS_ERR_CONTROL_CHARACTER, i);
        if (uc_is_property_white_space(uc)) /* ' ', and the no-break spaces a paste brings */
            return mssi_fail(res, at == len ? MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER
                                            : MSS_ERR_DOMAIN_INVALID_CHARACTER, i);
        if (uc == '@') {
            if (at != len)
                return mssi_fail(res, MSS_ERR_ADDRESS_MULTIPLE_AT, i);
            at = i;
        }
        i += (size_t)n - 1;
    }
    if (at == len)
        return mssi_fail(res, MSS_ERR_ADDRESS_NO_AT, len);
    if (at == 0)
        return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_EMPTY, 0);
    if (at + 1 == len)
        return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_EMPTY, len);
    return MSS_OK;
}
