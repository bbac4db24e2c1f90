/* Luhn, written for the hot path: two lookup tables (plain and doubled
 * weight of each character), digits taken two at a time from the right, a
 * single modulo at the end. Characters outside the tables weigh 0, so any
 * byte is safe to look up. */
#include "luhn.h"

#define WEIGHTS(a, b, c, d, e, f, g, h, i, j, corsica_a, corsica_b)                         \
    {                                                                                      \
        ['0'] = a, ['1'] = b, ['2'] = c, ['3'] = d, ['4'] = e, ['5'] = f, ['6'] = g,       \
        ['7'] = h, ['8'] = i, ['9'] = j, ['A'] = corsica_a, ['B'] = corsica_b,             \
    }

static const unsigned char plain[256] = WEIGHTS(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2);
/* 2d, minus 9 when over 9; A and B double as 1 and 2 do. */
const unsigned char mssi_luhn_doubled[256] = WEIGHTS(0, 2, 4, 6, 8, 1, 3, 5, 7, 9, 2, 4);

/* Sum of s[0..len); the rightmost character is doubled when double_rightmost. */
static unsigned luhn_sum(const char *s, size_t len, bool double_rightmost)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned sum = 0;
    size_t i = len;
    if (double_rightmost && i > 0) {
        i--;
        sum += mssi_luhn_doubled[p[i]];
    }
    for (; i >= 2; i -= 2)
        sum += plain[p[i - 1]] + mssi_luhn_doubled[p[i - 2]];
    if (i == 1)
        sum += plain[p[0]];
    return sum;
}

bool mssi_luhn_valid(const char *s, size_t len)
{
    return luhn_sum(s, len, false) % 10 == 0;
}

char mssi_luhn_key(const char *payload, size_t len)
{
    return (char)('0' + (10 - luhn_sum(payload, len, true) % 10) % 10);
}
