/* Luhn, written for the hot path: one pass from the right, a lookup for the
 * doubled digits, no division inside the loop. */
#include "luhn.h"

static unsigned value_of(char c)
{
    if (c == 'A')
        return 1;
    if (c == 'B')
        return 2;
    unsigned d = (unsigned)(c - '0');
    return d < 10 ? d : 0; /* never reached with checked input; keeps the lookup in bounds */
}

/* Sum of s[0..len) where the rightmost character is NOT doubled when
 * double_rightmost is false. */
static unsigned luhn_sum(const char *s, size_t len, bool double_rightmost)
{
    static const unsigned char doubled[10] = { 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 };
    unsigned sum = 0;
    bool dbl = double_rightmost;
    while (len-- > 0) {
        unsigned v = value_of(s[len]);
        sum += dbl ? doubled[v] : v;
        dbl = !dbl;
    }
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
