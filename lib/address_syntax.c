/* Address syntax as MSSanté servers exchange it: RFC 5321 mailbox with a
 * dot-atom ASCII local part (RFC 5322 section 3.4.1) and a domain name that
 * may be internationalised. Quoted strings, comments, domain literals and
 * UTF-8 local parts (RFC 6531) are valid elsewhere but refused here, each
 * with its own error so the user learns what to change. */
#include <stdint.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "address_internal.h"
#include "domain_internal.h"
#include "result.h"
#include "whitelist_table.h"

/* RFC 5322 atext: letters, digits and these specials. */
static bool is_atext(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/* No address holds invalid UTF-8 or a control character (C0, DEL, C1):
 * refuse them before reading any structure into the text. */
static int check_text(const char *s, size_t len, mss_result *res)
{
    bool ascii = true;
    size_t i = 0;
    /* Printable ASCII, nearly every address, eight bytes at a time: no byte
     * below 0x20, none with its high bit set, none equal to 0x7F. */
    const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
    for (uint64_t w; i + 8 <= len; i += 8) {
        memcpy(&w, s + i, 8);
        uint64_t del = w ^ (ones * 0x7F);
        if ((((w - ones * 0x20) & ~w) | ((del - ones) & ~del) | w) & highs)
            break;
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7F)
            return mssi_fail(res, MSS_ERR_CONTROL_CHARACTER, i);
        if (c >= 0x80)
            ascii = false;
    }
    if (ascii)
        return MSS_OK;
    const uint8_t *u = (const uint8_t *)s;
    const uint8_t *bad = u8_check(u, len);
    if (bad)
        return mssi_fail(res, MSS_ERR_INVALID_UTF8, (size_t)(bad - u));
    for (size_t i = 0; i + 1 < len; i++)
        if (u[i] == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F)
            return mssi_fail(res, MSS_ERR_CONTROL_CHARACTER, i);
    return MSS_OK;
}

/* Find the at-sign ending a valid dot-atom local part. */
static int scan_local(const char *s, size_t len, size_t *at, mss_result *res)
{
    size_t i = 0;
    for (; i < len && s[i] != '@'; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u)
            continue; /* the common case first */
        if (c == '.') {
            if (i == 0)
                return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_LEADING_DOT, i);
            if (s[i - 1] == '.')
                return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, i);
            if (i + 1 < len && s[i + 1] == '@')
                return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_TRAILING_DOT, i);
        } else if (c == '"') {
            /* A quote opens a quoted string only where a word may start. */
            bool opens_word = i == 0 || s[i - 1] == '.';
            return mssi_fail(res, opens_word ? MSS_ERR_ADDRESS_LOCAL_QUOTED
                                             : MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, i);
        } else if (c == '(') {
            return mssi_fail(res, MSS_ERR_ADDRESS_COMMENT, i);
        } else if (c >= 0x80) {
            /* A pasted no-break space is a stray blank, not a letter. */
            ucs4_t uc;
            u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
            return mssi_fail(res, uc_is_property_white_space(uc) ? MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER
                                                                 : MSS_ERR_ADDRESS_LOCAL_NON_ASCII, i);
        } else if (!is_atext(c)) {
            return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, i);
        }
    }
    if (i == len)
        return mssi_fail(res, MSS_ERR_ADDRESS_NO_AT, len);
    if (i == 0)
        return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_EMPTY, 0);
    if (i > MSS_LOCAL_MAX)
        return mssi_fail(res, MSS_ERR_ADDRESS_LOCAL_TOO_LONG, MSS_LOCAL_MAX);
    *at = i;
    return MSS_OK;
}

/* What the domain normaliser would misread: a second at-sign, a comment,
 * a domain literal. */
static int scan_domain_shape(const char *s, size_t d, size_t len, mss_result *res)
{
    if (d == len)
        return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_EMPTY, d);
    const char *at = memchr(s + d, '@', len - d), *paren = memchr(s + d, '(', len - d);
    if (at && (!paren || at < paren))
        return mssi_fail(res, MSS_ERR_ADDRESS_MULTIPLE_AT, (size_t)(at - s));
    if (paren)
        return mssi_fail(res, MSS_ERR_ADDRESS_COMMENT, (size_t)(paren - s));
    if (s[d] == '[')
        return mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_LITERAL, d);
    return MSS_OK;
}

/* Normalise the domain s[d..len) into parts->domain, errors placed in s. */
static int normalise_domain(const char *s, size_t d, size_t len, const mss_whitelist *wl,
                            mss_address_parts *p, mss_result *res)
{
    if (wl && len - d <= MSS_DOMAIN_MAX && mssi_whitelist_find(wl, s + d, len - d)) {
        memcpy(p->domain, s + d, len - d); /* listed as written: normalised already */
        p->domain[len - d] = '\0';
        p->domain_class = MSS_DOMAIN_WHITELISTED; /* for mssi_address_domain_rules */
        return MSS_OK;
    }
    p->domain_class = MSS_DOMAIN_INVALID;
    mss_result sub;
    mss_result_init(&sub);
    size_t n;
    int rc = mssi_domain_normalize(s + d, len - d, p->domain, &n, &sub);
    if (rc == MSS_OK) {
        p->domain[n] = '\0';
        return MSS_OK;
    }
    if (sub.count == 0)
        return mssi_fail(res, rc, d);
    mssi_result_merge(res, &sub, d, MSS_NO_POSITION);
    return rc;
}

static void fill_parts(const char *s, size_t at, mss_address_parts *p)
{
    for (size_t i = 0; i < at; i++)
        p->local[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    p->local[at] = '\0';
    size_t dl = strlen(p->domain);
    memcpy(p->address, p->local, at);
    p->address[at] = '@';
    memcpy(p->address + at + 1, p->domain, dl + 1);
    /* Only punycode labels differ in Unicode: spare the normaliser the rest. */
    if (strstr(p->domain, "xn--") == NULL ||
        mss_domain_to_unicode(p->domain, p->domain_unicode, sizeof p->domain_unicode, NULL) != MSS_OK)
        memcpy(p->domain_unicode, p->domain, dl + 1);
}

int mssi_address_syntax(const char *s, size_t len, const mss_whitelist *wl, mss_address_parts *parts,
                        size_t *domain_at, mss_result *res)
{
    if (!s)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    if (len == 0)
        return mssi_fail(res, MSS_ERR_EMPTY, 0);
    if (len > MSS_MAX_INPUT)
        return mssi_fail(res, MSS_ERR_TOO_LONG, MSS_MAX_INPUT);
    int rc = check_text(s, len, res);
    size_t at = 0;
    if (rc == MSS_OK)
        rc = scan_local(s, len, &at, res);
    if (rc == MSS_OK)
        rc = scan_domain_shape(s, at + 1, len, res);
    mss_address_parts scratch;
    mss_address_parts *p = parts ? parts : &scratch;
    if (rc == MSS_OK)
        rc = normalise_domain(s, at + 1, len, wl, p, res);
    if (rc != MSS_OK)
        return rc;
    if (at + 1 + strlen(p->domain) > MSS_ADDRESS_MAX)
        return mssi_fail(res, MSS_ERR_ADDRESS_TOO_LONG, len > MSS_ADDRESS_MAX ? MSS_ADDRESS_MAX : at + 1);
    if (parts)
        fill_parts(s, at, parts);
    if (domain_at)
        *domain_at = at + 1;
    return MSS_OK;
}

int mss_address_check_syntax(const char *address, mss_address_parts *parts, mss_result *res)
{
    mss_result_init(res);
    if (!address)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    int rc = mssi_address_syntax(address, strnlen(address, MSS_MAX_INPUT + 1), NULL, parts, NULL, res);
    if (rc == MSS_OK && parts)
        parts->domain_class = mssi_domain_classify_normalised(parts->domain, strlen(parts->domain), NULL, NULL);
    return rc;
}
