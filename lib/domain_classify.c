/* What a domain is: a possible public mail domain or not, and for MSSanté
 * generic, whitelisted, plausible (unverified) or outside. */
#include <string.h>

#include <medimail/whitelist.h>

#include "domain_internal.h"
#include "result.h"
#include "whitelist_table.h"

/* Names reserved by RFC 2606, 6761, 6762, 7686, 8375, 9476 and ICANN
 * (.internal, 2024): they and every name under them never route mail. */
static const char *const special_use[] = {
    "localhost", "local", "invalid", "test", "example", "onion", "alt", "internal",
    "home.arpa", "example.com", "example.net", "example.org",
};

static bool has_suffix_label(const char *d, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && memcmp(d + n - k, suffix, k) == 0 && (n == k || d[n - k - 1] == '.');
}

static bool special_use_normalised(const char *d, size_t n)
{
    for (size_t i = 0; i < sizeof special_use / sizeof special_use[0]; i++)
        if (has_suffix_label(d, n, special_use[i]))
            return true;
    return false;
}

bool mss_domain_is_special_use(const char *domain)
{
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    return domain && mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, NULL) == MSS_OK &&
           special_use_normalised(d, n);
}

int mss_domain_check_public(const char *domain, mss_result *res)
{
    mss_result_init(res);
    if (!domain)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n, len = mssi_input_length(domain);
    int rc = mssi_domain_normalize(domain, len, d, &n, res);
    if (rc != MSS_OK)
        return rc;
    if (special_use_normalised(d, n))
        return mssi_fail(res, MSS_ERR_DOMAIN_SPECIAL_USE, 0);
    const char *tld = strrchr(d, '.');
    if (!tld)
        return mssi_fail(res, MSS_ERR_DOMAIN_SINGLE_LABEL, 0);
    if (strspn(tld + 1, "0123456789") == strlen(tld + 1)) {
        /* The last label of a valid name is ASCII in the input too. */
        const char *dot = strrchr(domain, '.');
        return mssi_fail(res, MSS_ERR_DOMAIN_NUMERIC_TLD, dot ? (size_t)(dot + 1 - domain) : 0);
    }
    return MSS_OK;
}

static bool is_mssante(const char *d, size_t n)
{
    static const char suffix[] = ".mssante.fr";
    size_t k = sizeof suffix - 1;
    return n > k && memcmp(d + n - k, suffix, k) == 0;
}

mss_domain_class mss_domain_classify(const char *domain, const mss_whitelist *wl, mss_result *res)
{
    mss_result_init(res);
    if (!domain) {
        mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
        return MSS_DOMAIN_INVALID;
    }
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    if (mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, res) != MSS_OK)
        return MSS_DOMAIN_INVALID;
    return mssi_domain_classify_normalised(d, n, wl, res);
}

mss_domain_class mssi_domain_classify_normalised(const char *d, size_t n, const mss_whitelist *wl,
                                                 mss_result *res)
{
    if (mssi_generic_kind(d, n, NULL))
        return MSS_DOMAIN_GENERIC;
    if (wl)
        return mssi_whitelist_find(wl, d, n) ? MSS_DOMAIN_WHITELISTED : MSS_DOMAIN_NOT_WHITELISTED;
    if (is_mssante(d, n)) {
        mssi_warn(res, MSS_WARN_DOMAIN_UNVERIFIED, MSS_NO_POSITION);
        return MSS_DOMAIN_UNVERIFIED;
    }
    return MSS_DOMAIN_OUTSIDE;
}

static const struct {
    mss_domain_class cls;
    const char *name, *en, *fr;
} classes[] = {
    {MSS_DOMAIN_INVALID, "invalid", "not a valid domain name", "nom de domaine invalide"},
    {MSS_DOMAIN_GENERIC, "generic", "generic Occitanie MSSanté domain", "domaine MSSanté générique d'Occitanie"},
    {MSS_DOMAIN_WHITELISTED, "whitelisted", "listed in the MSSanté whitelist",
     "inscrit sur la liste blanche MSSanté"},
    {MSS_DOMAIN_UNVERIFIED, "unverified", "plausibly MSSanté (.mssante.fr), not verified without a whitelist",
     "MSSanté plausible (.mssante.fr), non vérifié faute de liste blanche"},
    {MSS_DOMAIN_NOT_WHITELISTED, "not-whitelisted", "absent from the MSSanté whitelist",
     "absent de la liste blanche MSSanté"},
    {MSS_DOMAIN_OUTSIDE, "outside", "not an MSSanté domain", "pas un domaine MSSanté"},
};

const char *mss_domain_class_name(mss_domain_class c)
{
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (classes[i].cls == c)
            return classes[i].name;
    return "invalid";
}

const char *mss_domain_class_description(mss_domain_class c, mss_lang lang)
{
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (classes[i].cls == c)
            return lang == MSS_LANG_FR ? classes[i].fr : classes[i].en;
    return lang == MSS_LANG_FR ? classes[0].fr : classes[0].en;
}
