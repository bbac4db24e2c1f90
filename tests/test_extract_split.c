/* mss_extract_split_row() reads rows sixteen octets at a time (eight
 * without SSE2); a plain byte-by-byte reference must agree with it on
 * every row: fields, their count, and the first error with its offset and
 * column. Rows are drawn from bars, letters, UTF-8 (valid and broken),
 * control characters and DEL, at every length around the block size. */
#include <medimail/mssconf.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "../lib/bit_positions.h"
#include "testutil.h"

static const char *const pieces[] = {
    "|", "|", "|", "|", "a", "BC", "12345", "\xC3\xA9", "\xE2\x80\xAF", "\xC3", "\x80", "\xFF",
    "\t", "\x01", "\x7F", " ", "~", "{", "}", "\\",
    /* every edge of UTF-8: overlong forms, surrogates, past U+10FFFF, cut sequences */
    "\xC1\xBF", "\xC2\x80", "\xDF\xBF", "\xE0\x9F\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF",
    "\xED\xA0\x80", "\xEF\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
    "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xE2\x80", "\xF0\x9F\x98", "\xE2\x28\xA1",
    "\xF0\x9F\x98\x80", "\xC0\x80",
};

/* The reference: bars counted, controls and UTF-8 checked one byte at a time. */
static int reference(const char *line, size_t len, size_t *nfields, size_t *offset, size_t *column)
{
    size_t bars = 0, col_at_control = 0, control = len;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c == '|')
            bars++;
        else if ((c < 0x20 || c == 0x7F) && control == len) {
            control = i;
            col_at_control = bars;
        }
    }
    *nfields = bars + 1;
    if (*nfields != MSS_EXTRACT_COLUMNS)
        return MSS_ERR_FILE_FIELD_COUNT;
    if (control < len) {
        *offset = control;
        *column = col_at_control;
        return MSS_ERR_FILE_CONTROL_CHARACTER;
    }
    const uint8_t *bad = u8_check((const uint8_t *)line, len);
    if (!bad)
        return MSS_OK;
    *offset = (size_t)(bad - (const uint8_t *)line);
    *column = 0;
    for (size_t i = 0; i < *offset; i++)
        *column += line[i] == '|';
    return MSS_ERR_FILE_ROW_UTF8;
}

/* Loop 0: ASCII filler; loop 1: filler with accents, so that blocks of
 * well-formed two-octet sequences (checked sixteen octets at a time) meet
 * broken ones and sequences cut across blocks; loop 2: mostly bars, so
 * that rows of 31 fields are 30 to 60 octets, with every length of tail
 * after the last whole block; loop 3: short lines, below and around one
 * block. */
START_TEST(split_agrees_with_a_byte_reference)
{
    static const char *const fillers[][4] = {
        { "plain", "plain", "plain", "plain" },
        { "plain", "\xC3\xA9t\xC3\xA9", "\xC3\x89", "\xC2\xA0\xDF\xBF" },
        { "p", "\xC3\xA9", "\xC3\x89", "|" },
        { "p", "\xC3\xA9", "|", "|" },
    };
    static const struct {
        unsigned bars_in_4; /* pieces drawn as a bar, out of four */
        size_t max_len;
    } shape[] = { { 1, 300 }, { 1, 300 }, { 3, 300 }, { 2, 40 } };
    uint64_t rng = 0x5EED5 + (uint64_t)_i;
    /* a tenth of the rows under valgrind (MSS_UNDER_VALGRIND) */
    unsigned ok = 0, scale = getenv("MSS_UNDER_VALGRIND") ? 10 : 1;
    for (unsigned n = 0; n < 20000 / scale; n++) {
        char line[512], copy[512];
        size_t len = 0;
        /* mostly 30 bars, so that most rows reach the encoding checks */
        for (unsigned bars = 0; bars < 30 + (testutil_random(&rng) % 8 == 0);) {
            const char *p = pieces[testutil_random(&rng) % (sizeof pieces / sizeof pieces[0])];
            if (testutil_random(&rng) % 4 < shape[_i].bars_in_4)
                p = "|";
            size_t k = strlen(p);
            if (len + k >= shape[_i].max_len || (_i == 3 && testutil_random(&rng) % 24 == 0))
                break;
            if (p[0] != '|' && testutil_random(&rng) % 16 != 0) {
                p = fillers[_i][testutil_random(&rng) % 4];
                k = strlen(p);
            }
            memcpy(line + len, p, k);
            len += k;
            bars += p[0] == '|';
        }
        memcpy(copy, line, len);
        copy[len] = '\0';
        size_t want_fields, want_offset = 0, want_column = 0;
        int want = reference(copy, len, &want_fields, &want_offset, &want_column);
        mss_extract_row row;
        mss_result r;
        int rc = mss_extract_split_row(line, len, 7, &row, &r);
        ck_assert_msg(rc == want, "row %u: %s, reference %s", n, mss_error_name(rc), mss_error_name(want));
        ck_assert_uint_eq(row.nfields, want_fields);
        if (want == MSS_ERR_FILE_CONTROL_CHARACTER || want == MSS_ERR_FILE_ROW_UTF8) {
            ck_assert_uint_eq(r.offset, want_offset);
            ck_assert_uint_eq(r.field, want_column);
        }
        size_t pos = 0; /* every field is the text between two bars */
        for (size_t f = 0; f < want_fields && f < MSS_EXTRACT_COLUMNS; f++) {
            size_t flen = strcspn(copy + pos, "|");
            if (pos + flen > len)
                flen = len - pos;
            ck_assert_uint_eq(strlen(row.fields[f]), flen);
            ck_assert(memcmp(row.fields[f], copy + pos, flen) == 0);
            pos += flen + 1;
        }
        ok += rc == MSS_OK;
    }
    if (_i < 3)
        ck_assert_uint_ge(ok, 500 / scale);
}
END_TEST

/* The table the split turns masks of bars into offsets with. */
START_TEST(bit_positions_list_every_set_bit_in_order)
{
    for (unsigned n = 0; n < 256; n++) {
        unsigned k = 0;
        for (unsigned bit = 0; bit < 8; bit++)
            if (n >> bit & 1)
                ck_assert_msg(mssi_bit_positions[n][k++] == bit, "entry %u, bit %u", n, bit);
        for (; k < 8; k++)
            ck_assert_msg(mssi_bit_positions[n][k] == 0, "entry %u, slot %u", n, k);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract_split");
    TCase *tc = tcase_create("differential");
    tcase_add_loop_test(tc, split_agrees_with_a_byte_reference, 0, 4);
    tcase_add_test(tc, bit_positions_list_every_set_bit_in_order);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
