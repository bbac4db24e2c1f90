/* Lenient comparison keys for names typed by people. Not installed. */
#ifndef MSS_LIB_NAME_KEY_H
#define MSS_LIB_NAME_KEY_H

#include <medimail/error.h>

/* Check a string typed by someone before reading it further: NULL,
 * empty, longer than MSS_MAX_INPUT, invalid UTF-8 and control characters
 * are errors reported in res with their offset. On success *len is its
 * length in octets. */
int mssi_text_check(const char *in, size_t *len, mss_result *res);

/* Fold a name into a comparison key so that "à valider", "A_VALIDER" and
 * "A-Valider" all give "AVALIDER": ASCII letters are uppercased, accented
 * Latin-1 letters lose their accent, and spaces, hyphens, underscores,
 * apostrophes, dots and parentheses are dropped; any other character is
 * kept as it is (it simply matches nothing). The input is checked first
 * with mssi_text_check(). A key that does
 * not fit in keylen gives MSS_ERR_BUFFER_TOO_SMALL, reported to no one:
 * callers decide whether that means "too long" or "unknown". */
int mssi_name_key(const char *in, char *key, size_t keylen, mss_result *res);

#endif
