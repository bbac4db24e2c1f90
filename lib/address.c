/* An address checked for a mailbox type: syntax, then what the type asks
 * of the domain, then the guide's conventions. */
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "domain_internal.h"
#include "result.h"

void mssi_result_merge(mss_result *res, const mss_result *sub, size_t shift, size_t field)
{
    if (!res || !sub)
        return;
    for (unsigned i = 0; i < sub->count && i < MSS_RESULT_MAX_ISSUES; i++) {
        const mss_issue *is = &sub->issues[i];
        size_t off = is->offset == MSS_NO_POSITION ? MSS_NO_POSITION : is->offset + shift;
        mssi_report(res, is->code, off, is->field == MSS_NO_POSITION ? field : is->field);
    }
    res->dropped += sub->dropped;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int mssi_address_domain_rules(mss_address_parts *parts, size_t domain_at, size_t domain_len,
                              mss_bal_type type, const mss_whitelist *wl, mss_result *res)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!info)
        return mssi_fail(res, MSS_ERR_BAL_TYPE_UNKNOWN, MSS_NO_POSITION);
    mss_result sub;
    mss_result_init(&sub);
    /* The syntax step found the domain in wl as written: it is whitelisted
     * unless generic (which comes first), without a second lookup. */
    size_t n = strlen(parts->domain);
    bool listed = wl && parts->domain_class == MSS_DOMAIN_WHITELISTED;
    parts->domain_class = listed && !mssi_generic_kind(parts->domain, n, NULL)
                              ? MSS_DOMAIN_WHITELISTED
                              : mssi_domain_classify_normalised(parts->domain, n, wl, &sub);
    if (parts->domain_class == MSS_DOMAIN_INVALID) {
        mssi_result_merge(res, &sub, domain_at, MSS_NO_POSITION);
        return sub.code != MSS_OK ? sub.code : mssi_fail(res, MSS_ERR_DOMAIN_IDNA, domain_at);
    }
    /* Mail between MSSanté servers crosses the public DNS: whatever the
     * type, a special-use name, a bare top-level label or a dotted IP can
     * never receive it. Generic and listed domains are public already. */
    if (parts->domain_class != MSS_DOMAIN_GENERIC && parts->domain_class != MSS_DOMAIN_WHITELISTED) {
        int rc = mss_domain_check_public(parts->domain, &sub);
        if (rc != MSS_OK) {
            if (strlen(parts->domain) != domain_len)
                for (unsigned i = 0; i < sub.count && i < MSS_RESULT_MAX_ISSUES; i++)
                    sub.issues[i].offset = 0;
            mssi_result_merge(res, &sub, domain_at, MSS_NO_POSITION);
            return rc;
        }
    }
    if (!info->mssante_domain)
        return MSS_OK;
    switch (parts->domain_class) {
    case MSS_DOMAIN_GENERIC:
    case MSS_DOMAIN_WHITELISTED:
        return MSS_OK;
    case MSS_DOMAIN_UNVERIFIED:
        mssi_warn(res, MSS_WARN_DOMAIN_UNVERIFIED, domain_at);
        return MSS_OK;
    case MSS_DOMAIN_NOT_WHITELISTED:
        /* A *.mssante.fr name is meant to be MSSanté and only lacks its
         * listing; anything else is simply not an MSSanté domain. */
        if (ends_with(parts->domain, ".mssante.fr"))
            return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED, domain_at);
        return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, domain_at);
    default:
        return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, domain_at);
    }
}

int mss_address_check(const char *address, mss_bal_type type, const mss_whitelist *wl,
                      mss_address_parts *parts, mss_result *res)
{
    mss_result_init(res);
    if (!address)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    if (!mssi_bal_type_info_of(type))
        return mssi_fail(res, MSS_ERR_BAL_TYPE_UNKNOWN, MSS_NO_POSITION);
    mss_address_parts scratch;
    mss_address_parts *p = parts ? parts : &scratch;
    size_t domain_at = 0, len = strnlen(address, MSS_MAX_INPUT + 1);
    int rc = mssi_address_syntax(address, len, wl, p, &domain_at, res);
    if (rc != MSS_OK)
        return rc;
    rc = mssi_address_domain_rules(p, domain_at, len - domain_at, type, wl, res);
    mssi_address_conventions(p->local, type, res);
    return rc;
}

bool mss_address_is_valid(const char *address, mss_bal_type type, const mss_whitelist *wl)
{
    return mss_address_check(address, type, wl, NULL, NULL) == MSS_OK;
}
