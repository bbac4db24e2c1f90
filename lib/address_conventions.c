/* The Medimail guide's address conventions. They are warnings: no ANS text
 * fixes the local part's form. Every directory row goes through them, so
 * they are byte scans, not regular expressions: tests/test_conventions.c
 * checks them against the pcre2 patterns they replace, and the extract's
 * one-pass decision (mssi_local_quiet_length) against
 * mssi_address_conventions for every type. */
#include <stdint.h>
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "octets.h"
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
 * letters, with the mask of their third octets (bit c & 31 for octet c):
 * most words of a local part start with no such pair, nearly all others
 * go on with no such octet, and the words are compared only then. A word
 * added needs its third octet in the mask (tests/test_conventions.c
 * checks every word against the pattern it also needs to be added to). */
typedef struct role_start {
    uint32_t thirds;
    const char *const *words;
} role_start;
#define THIRD(c) (1u << ((c) & 31))
#define WORDS(...) (const char *const[]){__VA_ARGS__, NULL}
#define STARTING(a, b) [((a) - 'a') * 26 + ((b) - 'a')]
static const role_start role_words[26 * 26] = {
    STARTING('a', 'b') = {THIRD('u'), WORDS("abuse")},
    STARTING('a', 'c') = {THIRD('c'), WORDS("accueil")},
    STARTING('a', 'd') = {THIRD('m'),
                          WORDS("admin", "administrateur", "administratif", "administration", "administratrice")},
    STARTING('c', 'a') = {THIRD('b'), WORDS("cabinet")},
    STARTING('c', 'o') = {THIRD('n') | THIRD('u'),
                          WORDS("consultation", "consultations", "contact", "contacts", "courrier")},
    STARTING('d', 'i') = {THIRD('r'), WORDS("direction", "directeur", "directrice")},
    STARTING('d', 'o') = {THIRD('-') | THIRD('n'), WORDS("do-not-reply", "do-notreply", "donot-reply", "donotreply")},
    STARTING('d', 'p') = {THIRD('i'), WORDS("dpi")},
    STARTING('e', 'q') = {THIRD('u'), WORDS("equipe", "equipes")},
    STARTING('f', 'a') = {THIRD('c'), WORDS("facturation")},
    STARTING('h', 'o') = {THIRD('s'), WORDS("hostmaster")},
    STARTING('i', 'n') = {THIRD('f'), WORDS("info", "information", "informations", "infos")},
    STARTING('l', 'a') = {THIRD('b'), WORDS("laboratoire")},
    STARTING('m', 'a') = {THIRD('i'), WORDS("mailer-daemon")},
    STARTING('n', 'e') = {THIRD('-') | THIRD('p'),
                          WORDS("ne-pas-repondre", "ne-pasrepondre", "nepas-repondre", "nepasrepondre")},
    STARTING('n', 'o') = {THIRD('-') | THIRD('r'), WORDS("no-reply", "noreply")},
    STARTING('p', 'h') = {THIRD('a'), WORDS("pharmacie")},
    STARTING('p', 'o') = {THIRD('s'), WORDS("postmaster")},
    STARTING('s', 'e') = {THIRD('c') | THIRD('r'),
                          WORDS("secretaire", "secretariat", "secretariats", "service", "services")},
    STARTING('s', 't') = {THIRD('a'), WORDS("standard")},
    STARTING('s', 'u') = {THIRD('p'), WORDS("support")},
    STARTING('t', 'e') = {THIRD('s'), WORDS("test")},
    STARTING('u', 'r') = {THIRD('g'), WORDS("urgence", "urgences")},
    STARTING('w', 'e') = {THIRD('b'), WORDS("webmaster")},
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

/* The role words at a: those starting with its first two bytes, or NULL
 * when its third is the third of none of them. */
static const char *const *role_words_at(const char *a)
{
    if (!lower(a[0]) || !lower(a[1]))
        return NULL;
    const role_start *r = &role_words[(a[0] - 'a') * 26 + (a[1] - 'a')];
    return r->thirds >> (a[2] & 31) & 1 ? r->words : NULL;
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

/* The bytes of the words of a plain local part: lower-case letters, digits,
 * hyphens and underscores (dots go between words). */
static const bool plain_byte[256] = {
    ['a'] = true, ['b'] = true, ['c'] = true, ['d'] = true, ['e'] = true, ['f'] = true, ['g'] = true, ['h'] = true,
    ['i'] = true, ['j'] = true, ['k'] = true, ['l'] = true, ['m'] = true, ['n'] = true, ['o'] = true, ['p'] = true,
    ['q'] = true, ['r'] = true, ['s'] = true, ['t'] = true, ['u'] = true, ['v'] = true, ['w'] = true, ['x'] = true,
    ['y'] = true, ['z'] = true, ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true, ['5'] = true,
    ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true, ['-'] = true, ['_'] = true,
};

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
        if (!plain_byte[c] && c != '.') {
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

#ifdef __SSE2__
/* nominative_length(s, roles, '@') from masks of the 32 octets from s,
 * which must be readable: where a word ends is data, and a loop that
 * stops there is mispredicted in every word. The local part [0, p) is
 * the name [0, r), up to its last letter, then the homonym number. Only
 * the role words are looked up word by word. Without an '@' among the 32
 * octets, the scalar scan. */
static size_t nominative_length_before_at(const char *s, bool roles)
{
    mssi_octets32 o = mssi_load32(s);
    uint32_t ats = mssi_equal32(o, '@');
    if (!ats)
        return nominative_length(s, roles, '@');
    unsigned p = (unsigned)__builtin_ctz(ats); /* at most 31 */
    uint32_t local = (1u << p) - 1;
    uint32_t letters = mssi_in32(o, 'a', 26) & local, digits = mssi_in32(o, '0', 10) & local;
    uint32_t dots = mssi_equal32(o, '.') & local, separators = dots | (mssi_equal32(o, '-') & local);
    /* no letter: r is 1, and the first octet is refused below */
    uint32_t name = (2u << (31 - __builtin_clz(letters | 1))) - 1, number = local & ~name;
    uint32_t inner = separators & name, before_number = separators & (name + 1);
    uint32_t digits_only = number & ~before_number;
    uint32_t wrong = (local ^ (letters | digits | separators)) /* an octet of none of these: a NUL too */
                     | (~letters & 1)                         /* no letter first */
                     | (digits & name)                        /* a digit in the name */
                     | (inner & (inner << 1))                 /* two separators in a row */
                     | (dots & name ? 0 : 1)                  /* one word */
                     | (digits_only & ~digits)                /* a separator in the number */
                     | (digits_only & (digits_only >> 2))     /* three digits */
                     | (before_number & ~(digits_only >> 1)); /* a separator before no digit */
    if (wrong)
        return 0;
    if (roles) /* words start at 0 and after each separator of the name */
        for (uint32_t starts = 1 | inner << 1; starts; starts &= starts - 1) {
            const char *word = s + __builtin_ctz(starts);
            const char *const *role = role_words_at(word);
            if (role && role_word_at(word, role, '@'))
                return 0;
        }
    return p;
}
#endif

size_t mssi_local_quiet_length(const char *address, mss_bal_type type)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!info)
        return 0;
    /* No byte of a plain local part is unusual, and the other conventions
     * are for nominative boxes: there the local part must be nom.prenom,
     * which is plain, and hold no role word where those are suspect. */
    if (!info->nominative)
        return plain_length(address);
#ifdef __SSE2__
    if (address[0] && address[1]) /* the 32 octets from address are readable */
        return nominative_length_before_at(address, info->role_is_suspect);
#endif
    return nominative_length(address, info->role_is_suspect, '@');
}
