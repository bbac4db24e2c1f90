/* Mailbox types: ANS directory types (TRE_R257) then Medimail's own. */
#include "bal_type.h"

static const mssi_bal_type_info types[MSS_BAL_TYPE_COUNT] = {
    [MSS_BAL_PER] = {"PER", "personnelle", "personal",
                     "individual, nominative box of a health or medico-social professional with an RPPS",
                     "BAL individuelle et nominative d'un professionnel de santé ou médico-social ayant un RPPS",
                     .mssante_domain = true, .nominative = true, .role_is_suspect = true, .needs_rpps = true},
    [MSS_BAL_ORG] = {"ORG", "organisationnelle", "organisational",
                     "shared box of a service or team, under a professional with a nominative box",
                     "BAL partagée d'un service ou d'une équipe, sous la responsabilité d'un professionnel ayant une BAL nominative",
                     .mssante_domain = true, .needs_structure = true, .needs_responsible = true},
    [MSS_BAL_APP] = {"APP", "applicative", "application",
                     "application box for automated sending from software such as the DPI",
                     "BAL applicative pour les envois automatisés d'un logiciel comme le DPI",
                     .mssante_domain = true, .needs_structure = true},
    [MSS_BAL_CAB] = {"CAB", "cabinet", "practice",
                     "box of a practice (cabinet), held by an identified professional",
                     "BAL de cabinet, détenue par un professionnel identifié",
                     .mssante_domain = true, .nominative = true, .needs_rpps = true},
    [MSS_BAL_INT] = {"INT", "interne", "internal",
                     "Medimail nominative box for staff without an RPPS or for administrative use",
                     "BAL Medimail nominative pour les professionnels sans RPPS ou pour un usage administratif",
                     .nominative = true, .role_is_suspect = true, .rpps_forbidden = true},
    [MSS_BAL_MED] = {"MED", "medimail", "medimail",
                     "Medimail-only nominative box for a foreign health professional without an RPPS",
                     "BAL nominative propre à Medimail pour un professionnel de santé « étranger » sans RPPS",
                     .nominative = true, .role_is_suspect = true, .rpps_forbidden = true},
};

const mssi_bal_type_info *mssi_bal_type_info_of(mss_bal_type t)
{
    return (unsigned)t < MSS_BAL_TYPE_COUNT ? &types[t] : NULL;
}

/* Case-insensitive match of UTF-8 input against an ASCII word, reading
 * "é"/"É" as "e" so that "Médimail" matches "medimail". */
static bool matches_folded(const char *s, const char *word)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *word; word++) {
        unsigned char c = *p;
        if (c == 0xC3 && (p[1] == 0xA9 || p[1] == 0x89)) {
            c = 'e';
            p += 2;
        } else {
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c - 'A' + 'a');
            p++;
        }
        if (c != (unsigned char)*word)
            return false;
    }
    return *p == '\0';
}

static bool matches_code(const char *s, const char *code)
{
    for (; *code; s++, code++)
        if ((*s & ~0x20) != *code)
            return false;
    return *s == '\0';
}

int mss_bal_type_parse(const char *s, mss_bal_type *t)
{
    if (!s || !t)
        return MSS_ERR_NULL_ARGUMENT;
    for (int i = 0; i < MSS_BAL_TYPE_COUNT; i++) {
        const mssi_bal_type_info *info = &types[i];
        if (matches_code(s, info->code) || matches_folded(s, info->label_fr) ||
            matches_folded(s, info->name_en)) {
            *t = (mss_bal_type)i;
            return MSS_OK;
        }
    }
    return MSS_ERR_BAL_TYPE_UNKNOWN;
}

const char *mss_bal_type_code(mss_bal_type t)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    return info ? info->code : NULL;
}

const char *mss_bal_type_label_fr(mss_bal_type t)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    return info ? info->label_fr : NULL;
}

const char *mss_bal_type_name(mss_bal_type t, mss_lang lang)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    if (!info)
        return NULL;
    return lang == MSS_LANG_FR ? info->label_fr : info->name_en;
}

const char *mss_bal_type_description(mss_bal_type t, mss_lang lang)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    if (!info)
        return NULL;
    return lang == MSS_LANG_FR ? info->description_fr : info->description_en;
}

bool mss_bal_type_needs_mssante_domain(mss_bal_type t)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    return info && info->mssante_domain;
}

bool mss_bal_type_is_nominative(mss_bal_type t)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(t);
    return info && info->nominative;
}
