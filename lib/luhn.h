/* Luhn (mod 10) over identifier characters. Not installed.
 *
 * Characters count as their digit value, except the Corsican department
 * letters: 'A' counts as 1 and 'B' as 2, so "2A" weighs as "21" and "2B" as
 * "22" (the mapping every real Corsican FINESS passes with). Callers have
 * already restricted the characters to digits and A/B. */
#ifndef MSS_LIB_LUHN_H
#define MSS_LIB_LUHN_H

#include <stdbool.h>
#include <stddef.h>

/* Whether s[0..len) ends with a correct Luhn key. */
bool mssi_luhn_valid(const char *s, size_t len);

/* The Luhn key ('0'..'9') to append to payload[0..len). */
char mssi_luhn_key(const char *payload, size_t len);

/* Doubled weight of each character: 2d, minus 9 when over 9. */
extern const unsigned char mssi_luhn_doubled[256];

/* Luhn sum of s[0..len) when those are len decimal digits, else -1 (a
 * letter, a separator, or the end of the string before len). Reads s left to
 * right and stops at the first non-digit, so s may be shorter than len.
 * Inline so that a constant len unrolls (the identifier fast path). */
static inline int mssi_luhn_digits(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned sum = 0;
    size_t i = 0;
    /* The rightmost digit is plain, so the first one is doubled when len is even. */
    if (len % 2 == 1) {
        sum = (unsigned)p[0] - '0';
        if (sum > 9)
            return -1;
        i = 1;
    }
    for (; i < len; i += 2) {
        unsigned a = (unsigned)p[i] - '0', b;
        if (a > 9 || (b = (unsigned)p[i + 1] - '0') > 9)
            return -1;
        sum += mssi_luhn_doubled[p[i]] + b;
    }
    return (int)sum;
}

#endif
