/* The Medimail guide's address conventions. They are warnings: no ANS text
 * fixes the local part's form. Every directory row goes through them, so
 * they are byte scans, not regular expressions: tests/test_conventions.c
 * checks them against the pcre2 patterns they replace. */
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "result.h"

static bool lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* nom.prenom as the guide writes it: words of letters, hyphens inside
 * compound names, at least one dot, an optional homonym number
 * (^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+([.-]?[0-9]{1,2})?$). */
bool mssi_local_is_nominative(const char *local)
{
    size_t i = 0, words = 0;
    do {
        if (words > 0)
            i++; /* the dot between two words */
        if (!lower(local[i]))
            return false;
        while (lower(local[i]) || (local[i] == '-' && lower(local[i + 1])))
            i++;
        words++;
    } while (local[i] == '.' && lower(local[i + 1]));
    if (words < 2)
        return false;
    if ((local[i] == '.' || local[i] == '-') && digit(local[i + 1]))
        i++;
    if (digit(local[i]))
        i += digit(local[i + 1]) ? 2 : 1;
    return local[i] == '\0';
}

/* Words naming a function, service or robot rather than a person, every
 * spelling written out (no-reply and noreply...), by their first two
 * letters: most words of a local part start with no such pair. */
#define WORDS(...) (const char *const[]){__VA_ARGS__, NULL}
#define STARTING(a, b) [((a) - 'a') * 26 + ((b) - 'a')]
static const char *const *const role_words[26 * 26] = {
    STARTING('a', 'b') = WORDS("abuse"),
    STARTING('a', 'c') = WORDS("accueil"),
    STARTING('a', 'd') = WORDS("admin", "administrateur", "administratif", "administration", "administratrice"),
    STARTING('c', 'a') = WORDS("cabinet"),
    STARTING('c', 'o') = WORDS("consultation", "consultations", "contact", "contacts", "courrier"),
    STARTING('d', 'i') = WORDS("direction", "directeur", "directrice"),
    STARTING('d', 'o') = WORDS("do-not-reply", "do-notreply", "donot-reply", "donotreply"),
    STARTING('d', 'p') = WORDS("dpi"),
    STARTING('e', 'q') = WORDS("equipe", "equipes"),
    STARTING('f', 'a') = WORDS("facturation"),
    STARTING('h', 'o') = WORDS("hostmaster"),
    STARTING('i', 'n') = WORDS("info", "information", "informations", "infos"),
    STARTING('l', 'a') = WORDS("laboratoire"),
    STARTING('m', 'a') = WORDS("mailer-daemon"),
    STARTING('n', 'e') = WORDS("ne-pas-repondre", "ne-pasrepondre", "nepas-repondre", "nepasrepondre"),
    STARTING('n', 'o') = WORDS("no-reply", "noreply"),
    STARTING('p', 'h') = WORDS("pharmacie"),
    STARTING('p', 'o') = WORDS("postmaster"),
    STARTING('s', 'e') = WORDS("secretaire", "secretariat", "secretariats", "service", "services"),
    STARTING('s', 't') = WORDS("standard"),
    STARTING('s', 'u') = WORDS("support"),
    STARTING('t', 'e') = WORDS("test"),
    STARTING('u', 'r') = WORDS("urgence", "urgences"),
    STARTING('w', 'e') = WORDS("webmaster"),
};

/* The bytes that end a word: the separators and the end of the string. */
static const bool ends_word[256] = { ['\0'] = true, ['.'] = true, ['_'] = true, ['-'] = true };

/* Whether one of the words, all starting with s[0] s[1], stands at s,
 * followed by a separator, a digit or the end. */
static bool role_word_at(const char *s, const char *const *words)
{
    for (; *words; words++) {
        const char *w = *words;
        size_t n = 2;
        while (w[n] && w[n] == s[n])
            n++;
        if (w[n] == '\0' && (ends_word[(unsigned char)s[n]] || digit(s[n])))
            return true;
    }
    return false;
}

/* Offset of the first role word standing alone in local (at the start or
 * after a separator), or -1. */
static long role_offset(const char *local)
{
    for (size_t i = 0;; i++) { /* i: the start or just after a separator */
        const char *const *words =
            lower(local[i]) && lower(local[i + 1]) ? role_words[(local[i] - 'a') * 26 + (local[i + 1] - 'a')] : NULL;
        if (words && role_word_at(local + i, words))
            return (long)i;
        while (!ends_word[(unsigned char)local[i]])
            i++;
        if (!local[i])
            return -1;
    }
}

void mssi_address_conventions(const char *local, mss_bal_type type, mss_result *res)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!info || !res)
        return;
    /* A nominative local part holds only letters, digits, dots and
     * hyphens: nothing unusual to look for. */
    bool nominative = info->nominative && mssi_local_is_nominative(local);
    for (size_t i = 0; !nominative && local[i]; i++) {
        unsigned char c = (unsigned char)local[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) {
            mssi_warn(res, MSS_WARN_ADDRESS_UNUSUAL_CHARACTER, i);
            break;
        }
    }
    if (!info->nominative)
        return;
    long role = info->role_is_suspect ? role_offset(local) : -1;
    if (role >= 0 || !nominative)
        mssi_warn(res, MSS_WARN_ADDRESS_NOT_NOMINATIVE, 0);
    if (role >= 0)
        mssi_warn(res, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL, (size_t)role);
}
