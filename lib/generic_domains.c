/* The generic Occitanie domains of the GRADeS guide, built in: every
 * structure without a domain of its own uses the one of its kind. */
#include <string.h>

#include "domain_internal.h"
#include "result.h"

static const char *const generic_domains[] = {
    [MSS_STRUCTURE_LIBERALE] = "pro.oc.mssante.fr",
    [MSS_STRUCTURE_EHPAD] = "ehpad.oc.mssante.fr",
    [MSS_STRUCTURE_SOCIALE] = "social.oc.mssante.fr",
    [MSS_STRUCTURE_OTHER] = "oc.mssante.fr",
};

#define GENERIC_COUNT (sizeof generic_domains / sizeof generic_domains[0])

/* Names of kinds, folded to lowercase ASCII without accents. */
static const struct {
    const char *name;
    mss_structure_kind kind;
} kind_names[] = {
    {"liberale", MSS_STRUCTURE_LIBERALE}, {"liberal", MSS_STRUCTURE_LIBERALE},
    {"cpts", MSS_STRUCTURE_LIBERALE},     {"msp", MSS_STRUCTURE_LIBERALE},
    {"ehpad", MSS_STRUCTURE_EHPAD},       {"sociale", MSS_STRUCTURE_SOCIALE},
    {"social", MSS_STRUCTURE_SOCIALE},    {"autre", MSS_STRUCTURE_OTHER},
    {"other", MSS_STRUCTURE_OTHER},
};

/* Base letter of U+00C0..U+00FF by its low five bits (upper and lower case
 * share the layout); 0 where there is none (Æ, ×, ß...). */
static const char latin1_base[32] = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0";

enum { KIND_NAME_MAX = 16 };

/* Fold a kind name to lowercase ASCII without accents, dropping combining
 * marks (decomposed input) and surrounding spaces. */
static bool fold_kind_name(const char *name, char out[KIND_NAME_MAX + 1])
{
    const unsigned char *s = (const unsigned char *)name;
    size_t n = 0;
    while (*s == ' ' || *s == '\t')
        s++;
    for (; *s; s++) {
        char c;
        if (*s < 0x80) {
            c = (char)(*s >= 'A' && *s <= 'Z' ? *s + ('a' - 'A') : *s);
        } else if (*s == 0xC3 && s[1] >= 0x80 && s[1] <= 0xBF) {
            c = latin1_base[*++s & 0x1F];
            if (!c)
                return false;
        } else if ((*s == 0xCC && s[1] >= 0x80 && s[1] <= 0xBF) || (*s == 0xCD && s[1] >= 0x80 && s[1] <= 0xAF)) {
            s++; /* U+0300..U+036F: a combining accent */
            continue;
        } else {
            return false;
        }
        if (n == KIND_NAME_MAX)
            return false;
        out[n++] = c;
    }
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\t'))
        n--;
    out[n] = '\0';
    return true;
}

const char *mss_generic_domain(mss_structure_kind kind)
{
    return (unsigned)kind < GENERIC_COUNT ? generic_domains[kind] : NULL;
}

int mss_structure_kind_parse(const char *name, mss_structure_kind *kind)
{
    if (!name || !kind)
        return MSS_ERR_NULL_ARGUMENT;
    char folded[KIND_NAME_MAX + 1];
    /* Bounded first: a name padded with megabytes of spaces is no name. */
    if (strnlen(name, 4 * KIND_NAME_MAX) < 4 * KIND_NAME_MAX && fold_kind_name(name, folded))
        for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
            if (strcmp(folded, kind_names[i].name) == 0) {
                *kind = kind_names[i].kind;
                return MSS_OK;
            }
    return MSS_ERR_DOMAIN_UNKNOWN_KIND;
}

bool mssi_generic_kind(const char *normalised, size_t len, mss_structure_kind *kind)
{
    for (size_t i = 0; i < GENERIC_COUNT; i++)
        if (strlen(generic_domains[i]) == len && memcmp(generic_domains[i], normalised, len) == 0) {
            if (kind)
                *kind = (mss_structure_kind)i;
            return true;
        }
    return false;
}

bool mss_generic_domain_kind(const char *domain, mss_structure_kind *kind)
{
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    return domain && mssi_domain_normalize(domain, mssi_input_length(domain), d, &n, NULL) == MSS_OK &&
           mssi_generic_kind(d, n, kind);
}

bool mss_domain_is_generic(const char *domain)
{
    return mss_generic_domain_kind(domain, NULL);
}
