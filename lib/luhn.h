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

#endif
