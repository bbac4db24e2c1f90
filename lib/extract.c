/* The national directory extract: header and row splitting. The field rules
 * live in extract_fields.c, the streaming reader in extract_reader.c. */
#include <medimail/extract.h>

#include <stdint.h>
#include <string.h>

#include "bit_positions.h"
#include "extract_fields.h"
#include "octets.h"
#include "result.h"

static const char *const column_names[MSS_EXTRACT_COLUMNS] = {
    "Type de BAL",
    "Adresse BAL",
    "Type Identifiant PP",
    "Identifiant PP",
    "Identification nationale PP",
    "Type identifiant structure",
    "Identification Structure",
    "Service de rattachement",
    "Civilité d'exercice",
    "Nom d'exercice",
    "Prénom d'exercice",
    "Catégorie profession",
    "Libellé de catégorie profession",
    "Code Profession",
    "Libellé Profession",
    "Code savoir-faire",
    "Libellé savoir-faire",
    "Dématérialisation",
    "Raison Sociale structure BAL",
    "Enseigne commerciale structure BAL",
    "L2COMPLEMENTLOCALISATION structure BAL",
    "L3COMPLEMENTDISTRIBUTION structure BAL",
    "L4NUMEROVOIE structure BAL",
    "L4COMPLEMENTNUMEROVOIE structure BAL",
    "NL4TYPEVOIE structure BAL",
    "L4LIBELLEVOIE structure BAL",
    "L5LIEUDITMENTION structure BAL",
    "L6LIGNEACHEMINEMENT structure BAL",
    "Code postal structure BAL",
    "Département structure BAL",
    "Pays structure BAL",
};

const char *mss_extract_column_name(size_t column)
{
    return column < MSS_EXTRACT_COLUMNS ? column_names[column] : NULL;
}

static bool has_bom(const char *s, size_t len)
{
    return len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0;
}

int mss_extract_check_header(const char *line, size_t len, mss_result *res)
{
    mss_result_init(res);
    if (!line)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    size_t pos = has_bom(line, len) ? 3 : 0;
    for (size_t col = 0;; col++) {
        const char *bar = memchr(line + pos, '|', len - pos);
        size_t flen = bar ? (size_t)(bar - line) - pos : len - pos;
        if (col >= MSS_EXTRACT_COLUMNS)
            return mssi_report(res, MSS_ERR_FILE_FIELD_COUNT, pos, col);
        const char *want = column_names[col];
        if (flen != strlen(want) || memcmp(line + pos, want, flen) != 0)
            return mssi_report(res, MSS_ERR_FILE_HEADER, pos, col);
        if (!bar) {
            if (col + 1 != MSS_EXTRACT_COLUMNS)
                return mssi_report(res, MSS_ERR_FILE_FIELD_COUNT, len, col + 1);
            return MSS_OK;
        }
        pos += flen + 1;
    }
}

/* Column holding byte `offset` of a split line: the fields before it
 * ended in a NUL (a row that reaches the UTF-8 check holds no other NUL). */
static size_t column_at(const char *line, size_t offset)
{
    size_t col = 0;
    for (size_t i = 0; i < offset; i++)
        col += line[i] == '\0';
    return col;
}

/* Bars that end a field (the row's first MSS_EXTRACT_COLUMNS - 1): their
 * offsets are kept, the others only counted. */
enum { KEPT_BARS = MSS_EXTRACT_COLUMNS - 1 };

/* What one pass over a row finds. */
typedef struct row_scan {
    size_t nbars;
    size_t control;         /* first control character, or the length */
    size_t control_col;
    size_t first_non_ascii; /* or the length */
    /* Offsets of the kept bars; a block writes up to sixteen past the
     * last kept one (see note_bars). */
    uint16_t bar_at[KEPT_BARS + 16];
} row_scan;

/* A block's offsets are added as signed 16-bit lanes. */
_Static_assert(MSS_EXTRACT_MAX_LINE + 16 <= 32767, "bar offsets fit 16 bits");

/* The bar at byte i ends a field. */
static void note_bar(char *line, size_t i, row_scan *sc)
{
    line[i] = '\0';
    if (sc->nbars < KEPT_BARS)
        sc->bar_at[sc->nbars] = (uint16_t)i;
    sc->nbars++;
}

/* Look at byte i: a bar ends a field, the first control character and the
 * first non-ASCII byte are noted; anything else is plain. */
static void scan_byte(char *line, size_t i, row_scan *sc)
{
    unsigned char c = (unsigned char)line[i];
    if (c == '|') {
        note_bar(line, i, sc);
    } else if (c >= 0x80) {
        if (sc->first_non_ascii > i)
            sc->first_non_ascii = i;
    } else if ((c < 0x20 || c == 0x7F) && sc->control > i) {
        sc->control = i;
        sc->control_col = sc->nbars;
    }
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && !defined(__SSE2__)
#define ONES 0x0101010101010101u
/* The high bit of every byte of w that may be a bar, a control character or
 * non-ASCII (and maybe of an ordinary byte next to one: scan_byte looks
 * again), so plain stretches cost one test per eight bytes. */
static uint64_t special_bytes(uint64_t w)
{
    uint64_t bar = w ^ (ONES * '|'), del = w ^ (ONES * 0x7F);
    return (((bar - ONES) & ~bar) | ((del - ONES) & ~del) | ((w - ONES * 0x20) & ~w) | w) &
           (ONES * 0x80);
}
#endif

/* Offset of the first byte sequence of s[0..len) that is not UTF-8 (the
 * lead byte, as u8_check reports it), or len. Most of a row is ASCII:
 * that goes eight bytes at a time. */
static size_t utf8_error_at(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            uint64_t w;
            while (i + 8 <= len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080u) == 0))
                i += 8;
            while (i < len && s[i] < 0x80)
                i++;
            continue;
        }
        /* Well-formed sequences (Unicode table 3-7): no overlong form, no
         * surrogate, nothing past U+10FFFF. */
        unsigned char c = s[i];
        size_t n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1; /* continuation bytes */
        unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (c < 0xC2 || c > 0xF4)
            return i;
        if (len - i <= n || s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k <= n; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        i += n + 1;
    }
    return len;
}

#ifdef __SSE2__
/* Whether the non-ASCII octets of a block (other: its control and
 * non-ASCII octets) are all well-formed two-octet sequences, C2..DF then
 * 80..BF, with *carry saying that the block before ended with a lead; on
 * true, *carry says whether this one does. */
static bool two_octet_utf8(__m128i v, unsigned other, unsigned *carry)
{
    unsigned high = (unsigned)_mm_movemask_epi8(v);
    if (other != high) /* a control character */
        return false;
    /* As signed octets: 80..BF are below -64 (C0), C2..DF between -63 (C1) and -32 (E0). */
    unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
    unsigned lead = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
    if ((lead | cont) != high || cont != (((lead << 1) | *carry) & 0xFFFFu))
        return false;
    *carry = lead >> 15;
    return true;
}

/* Bits set in an octet. */
static unsigned ones_in(unsigned octet)
{
    static const uint8_t count[256] = {
#define B2(n) n, n + 1, n + 1, n + 2
#define B4(n) B2(n), B2(n + 1), B2(n + 1), B2(n + 2)
#define B6(n) B4(n), B4(n + 1), B4(n + 1), B4(n + 2)
        B6(0), B6(1), B6(1), B6(2),
#undef B2
#undef B4
#undef B6
    };
    return count[octet];
}

/* The offsets of the bars of a block at offset i (mask: one bit per
 * octet) go to bar_at, eight per half written whatever their number, so
 * that splitting costs no branch per bar: the predictor cannot learn where
 * the bars of the next row fall. Past the kept bars, they are written over
 * the room after them. */
static void note_bars(row_scan *sc, size_t i, unsigned mask)
{
    size_t n = sc->nbars < KEPT_BARS ? sc->nbars : KEPT_BARS;
    unsigned lo = mask & 0xFF, hi = mask >> 8, in_lo = ones_in(lo);
    __m128i at = _mm_set1_epi16((short)i), zero = _mm_setzero_si128();
    __m128i p = _mm_loadl_epi64((const __m128i *)(const void *)mssi_bit_positions[lo]);
    _mm_storeu_si128((__m128i *)(void *)(sc->bar_at + n), _mm_add_epi16(_mm_unpacklo_epi8(p, zero), at));
    p = _mm_loadl_epi64((const __m128i *)(const void *)mssi_bit_positions[hi]);
    _mm_storeu_si128((__m128i *)(void *)(sc->bar_at + n + in_lo),
                     _mm_add_epi16(_mm_unpacklo_epi8(p, zero), _mm_add_epi16(at, _mm_set1_epi16(8))));
    sc->nbars += in_lo + ones_in(hi);
}

/* fields[1..KEPT_BARS] from the offsets of the kept bars: each field starts
 * after its bar. Eight offsets widen to eight pointers per round. */
static void point_fields(const char **fields, const char *line, const uint16_t *bar_at)
{
    __m128i after = _mm_set1_epi64x((long long)(uintptr_t)(line + 1)), zero = _mm_setzero_si128();
    size_t k = 0;
    for (; k + 8 <= KEPT_BARS; k += 8) {
        __m128i off = _mm_loadu_si128((const __m128i *)(const void *)(bar_at + k));
        __m128i lo = _mm_unpacklo_epi16(off, zero), hi = _mm_unpackhi_epi16(off, zero);
        _mm_storeu_si128((__m128i *)(void *)(fields + k + 1), _mm_add_epi64(_mm_unpacklo_epi32(lo, zero), after));
        _mm_storeu_si128((__m128i *)(void *)(fields + k + 3), _mm_add_epi64(_mm_unpackhi_epi32(lo, zero), after));
        _mm_storeu_si128((__m128i *)(void *)(fields + k + 5), _mm_add_epi64(_mm_unpacklo_epi32(hi, zero), after));
        _mm_storeu_si128((__m128i *)(void *)(fields + k + 7), _mm_add_epi64(_mm_unpackhi_epi32(hi, zero), after));
    }
    for (; k < KEPT_BARS; k++)
        fields[k + 1] = line + bar_at[k] + 1;
}

/* The sixteen octets v at byte i of the line, of which the first `valid`
 * bits are the line's (the last block is a zero-padded copy): exact masks
 * of the bars and of the octets that are control characters, DEL or
 * non-ASCII (below 0x20 as signed octets). Returns v with its bars turned
 * to NULs. *carry: the block before ended with the lead of a two-octet
 * sequence. */
static __m128i scan_block(size_t i, __m128i v, unsigned valid, row_scan *sc, size_t len,
                          unsigned *carry)
{
    __m128i is_bar = _mm_cmpeq_epi8(v, _mm_set1_epi8('|'));
    unsigned bars = (unsigned)_mm_movemask_epi8(is_bar) & valid;
    unsigned other = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)))) &
                     valid;
    if (sc->first_non_ascii == len) {
        /* Until the encoding is in doubt, a block whose non-ASCII octets
         * are well-formed two-octet sequences (every French accent) needs
         * no further look; else the check starts at the lead left open by
         * the block before, if any. Asked of every block, accents or not:
         * a branch on whether a block has any is one the predictor cannot
         * learn (it is where the accents of a name fall). */
        if (two_octet_utf8(v, other, carry))
            other = 0;
        else if (*carry)
            sc->first_non_ascii = i - 1, *carry = 0;
    }
    if (other) { /* a control character, or UTF-8 to check from here */
        unsigned high = (unsigned)_mm_movemask_epi8(v) & valid, control = other & ~high;
        if ((other & high) && sc->first_non_ascii > i)
            sc->first_non_ascii = i + (size_t)__builtin_ctz(other & high);
        if (control && sc->control == len) {
            unsigned k = (unsigned)__builtin_ctz(control), before = bars & ((1u << k) - 1);
            sc->control = i + k;
            sc->control_col = sc->nbars + ones_in(before & 0xFF) + ones_in(before >> 8);
        }
    }
    note_bars(sc, i, bars);
    return _mm_andnot_si128(is_bar, v);
}
#endif

int mss_extract_split_row(char *line, size_t len, unsigned long lineno, mss_extract_row *row, mss_result *res)
{
    mss_result_init(res);
    if (!line || !row)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    row->line = lineno;
    row->is_header = false;
    row->nfields = 0;
    row->listed = NULL;
    if (len > MSS_EXTRACT_MAX_LINE) {
        for (size_t i = 0; i < MSS_EXTRACT_COLUMNS; i++)
            row->fields[i] = "";
        return mssi_fail(res, MSS_ERR_FILE_LINE_TOO_LONG, MSS_EXTRACT_MAX_LINE);
    }

    /* One pass turns the bars into NULs, keeps their offsets and finds the
     * first control character and the first non-ASCII byte; UTF-8 is
     * checked only from there. */
    row_scan sc; /* bar_at is written before it is read */
    sc.nbars = 0;
    sc.control = sc.first_non_ascii = len;
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen octets at a time; the last few through a zero-padded copy. */
    unsigned carry = 0;
    for (; i + 16 <= len; i += 16) {
        mssi_store16(line + i, scan_block(i, mssi_load16(line + i), 0xFFFFu, &sc, len, &carry));
    }
    if (i < len) {
        char last[16] = { 0 };
        memcpy(last, line + i, len - i);
        mssi_store16(last, scan_block(i, mssi_load16(last), (1u << (len - i)) - 1, &sc, len, &carry));
        memcpy(line + i, last, len - i);
        i = len;
    }
    if (carry && len - 1 < sc.first_non_ascii)
        sc.first_non_ascii = len - 1;
#elif defined(ONES)
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, line + i, 8);
        for (uint64_t m = special_bytes(w); m; m &= m - 1)
            scan_byte(line, i + (size_t)(__builtin_ctzll(m) >> 3), &sc);
    }
#endif
    for (; i < len; i++)
        scan_byte(line, i, &sc);
    line[len] = '\0';

    size_t kept = sc.nbars < KEPT_BARS ? sc.nbars : KEPT_BARS;
    row->nfields = sc.nbars + 1;
    row->fields[0] = line;
#ifdef __SSE2__
    if (kept == KEPT_BARS)
        point_fields(row->fields, line, sc.bar_at);
    else
#endif
        for (size_t k = 0; k < kept; k++)
            row->fields[k + 1] = line + sc.bar_at[k] + 1;
    for (size_t k = kept + 1; k < MSS_EXTRACT_COLUMNS; k++)
        row->fields[k] = "";
    if (row->nfields != MSS_EXTRACT_COLUMNS)
        return mssi_report(res, MSS_ERR_FILE_FIELD_COUNT, MSS_NO_POSITION,
                           row->nfields < MSS_EXTRACT_COLUMNS ? row->nfields : MSS_EXTRACT_COLUMNS);
    if (sc.control < len)
        return mssi_report(res, MSS_ERR_FILE_CONTROL_CHARACTER, sc.control, sc.control_col);
    if (sc.first_non_ascii < len) {
        size_t off = sc.first_non_ascii + utf8_error_at((const unsigned char *)line + sc.first_non_ascii,
                                                        len - sc.first_non_ascii);
        if (off < len)
            return mssi_report(res, MSS_ERR_FILE_ROW_UTF8, off, column_at(line, off));
    }
    return MSS_OK;
}

int mss_extract_check_row(char *line, size_t len, unsigned long lineno, const struct mss_whitelist *wl,
                          mss_extract_row *row, mss_result *res)
{
    mss_extract_row local_row;
    mss_result local_res;
    if (!row)
        row = &local_row;
    if (!res)
        res = &local_res;
    int rc = mss_extract_split_row(line, len, lineno, row, res);
    if (rc != MSS_OK)
        return rc;
    mssi_extract_check_fields(row, wl, res);
    return res->code;
}
