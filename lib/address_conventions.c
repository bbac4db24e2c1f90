/* The Medimail guide's address conventions. They are warnings: no ANS text
 * fixes the local part's form. Every directory row goes through them, so
 * they are byte scans, not regular expressions: tests/test_conventions.c
 * checks them against the pcre2 patterns they replace, and the extract's
 * one-pass decision (mssi_local_quiet_length) against
 * mssi_address_conventions for every type. */
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
 * followed by a separator, a digit or the end: '\0', or `end` too when s
 * is not a string of its own (the '@' after an address's local part). */
static bool role_word_at(const char *s, const char *const *words, char end)
{
    for (; *words; words++) {
        const char *w = *words;
        size_t n = 2;
        while (w[n] && w[n] == s[n])
            n++;
        if (w[n] == '\0' && (ends_word[(unsigned char)s[n]] || digit(s[n]) || s[n] == end))
            return true;
    }
    return false;
}

/* The role words at a: those starting with its first two bytes, or NULL. */
static const char *const *role_words_at(const char *a)
{
    return lower(a[0]) && lower(a[1]) ? role_words[(a[0] - 'a') * 26 + (a[1] - 'a')] : NULL;
}

/* The length of the nom.prenom form at s (mssi_local_is_nominative) when
 * `end` follows it, else 0; 0 too, with roles, when a role word stands at
 * the start of one of its words. The role words are looked for as the
 * form is read, which is one pass, not two, on the extract's fast path: a
 * role word found in what proves not to be the form changes nothing, as
 * there is no form. */
static size_t nominative_length(const char *s, bool roles, char end)
{
    size_t i = 0, words = 0;
    if (!lower(s[0]))
        return 0;
    for (;;) {     /* a word: runs of letters, a hyphen between two */
        for (;;) { /* i: a letter, the start of a word for role_offset */
            const char *const *role = roles ? role_words_at(s + i) : NULL;
            if (role && role_word_at(s + i, role, end))
                return 0;
            do
                i++;
            while (lower(s[i]));
            if (s[i] != '-' || !lower(s[i + 1]))
                break;
            i++;
        }
        words++;
        if (s[i] != '.' || !lower(s[i + 1]))
            break;
        i++;
    }
    if (words < 2)
        return 0;
    if ((s[i] == '.' || s[i] == '-') && digit(s[i + 1]))
        i++;
    if (digit(s[i]))
        i += digit(s[i + 1]) ? 2 : 1;
    return s[i] == end ? i : 0;
}

/* nom.prenom as the guide writes it: words of letters, hyphens inside
 * compound names, at least one dot, an optional homonym number
 * (^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+([.-]?[0-9]{1,2})?$). */
bool mssi_local_is_nominative(const char *local)
{
    return nominative_length(local, false, '\0') > 0;
}

/* Offset of the first role word standing alone in local (at the start or
 * after a separator), or -1. */
static long role_offset(const char *local)
{
    for (size_t i = 0;; i++) { /* i: the start or just after a separator */
        const char *const *words = role_words_at(local + i);
        if (words && role_word_at(local + i, words, '\0'))
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

/* The bytes of the words of a plain local part: lower-case letters, digits,
 * hyphens and underscores (dots go between words). */
static const bool plain_byte[256] = {
    ['a'] = true, ['b'] = true, ['c'] = true, ['d'] = true, ['e'] = true, ['f'] = true, ['g'] = true, ['h'] = true,
    ['i'] = true, ['j'] = true, ['k'] = true, ['l'] = true, ['m'] = true, ['n'] = true, ['o'] = true, ['p'] = true,
    ['q'] = true, ['r'] = true, ['s'] = true, ['t'] = true, ['u'] = true, ['v'] = true, ['w'] = true, ['x'] = true,
    ['y'] = true, ['z'] = true, ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true, ['5'] = true,
    ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true, ['-'] = true, ['_'] = true,
};

/* The length of the plain local part before the '@' at the end of its
 * words, else 0. */
static size_t plain_length(const char *address)
{
    size_t at = 0;
    for (;;) { /* a word, then a dot or the end of the local part */
        size_t word = at;
        while (plain_byte[(unsigned char)address[at]])
            at++;
        if (at == word || address[at] != '.')
            break;
        at++;
    }
    return at > 0 && address[at] == '@' && address[at - 1] != '.' ? at : 0;
}

size_t mssi_local_quiet_length(const char *address, mss_bal_type type)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!info)
        return 0;
    /* No byte of a plain local part is unusual, and the other conventions
     * are for nominative boxes: there the local part must be nom.prenom,
     * which is plain, and hold no role word where those are suspect. */
    return info->nominative ? nominative_length(address, info->role_is_suspect, '@') : plain_length(address);
}
