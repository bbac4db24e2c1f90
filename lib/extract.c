/* The national directory extract: header and row splitting. The field rules
 * live in extract_fields.c, the streaming reader in extract_reader.c. */
#include <medimail/extract.h>

#include <stdint.h>
#include <string.h>
#include <unistr.h>

#include "extract_fields.h"
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

/* Column holding byte `offset` of an unsplit line. */
static size_t column_at(const char *line, size_t offset)
{
    size_t col = 0;
    for (const char *p = line; (p = memchr(p, '|', (size_t)(line + offset - p))) != NULL; p++)
        col++;
    return col;
}

/* Whether none of the eight bytes of w is a control character (< 0x20,
 * 0x7F) or non-ASCII: the usual row is checked eight bytes at a time. */
static bool plain_ascii_word(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    uint64_t x = w ^ (ones * 0x7F);
    uint64_t del = (x - ones) & ~x & highs;
    return ((w & highs) | below_space | del) == 0;
}

/* Control characters and UTF-8; libunistring sees only what follows the
 * first non-ASCII byte. */
static int check_encoding(const char *line, size_t len, mss_result *res)
{
    size_t i = 0;
    for (uint64_t w; i + 8 <= len && (memcpy(&w, line + i, 8), plain_ascii_word(w));)
        i += 8;
    size_t first_non_ascii = len;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if (c < 0x20 || c == 0x7F)
            return mssi_report(res, MSS_ERR_FILE_CONTROL_CHARACTER, i, column_at(line, i));
        if (c >= 0x80 && first_non_ascii == len)
            first_non_ascii = i;
    }
    if (first_non_ascii < len) {
        const uint8_t *bad = u8_check((const uint8_t *)line + first_non_ascii, len - first_non_ascii);
        if (bad) {
            size_t off = (size_t)((const char *)bad - line);
            return mssi_report(res, MSS_ERR_FILE_ROW_UTF8, off, column_at(line, off));
        }
    }
    return MSS_OK;
}

int mss_extract_split_row(char *line, size_t len, unsigned long lineno, mss_extract_row *row, mss_result *res)
{
    mss_result_init(res);
    if (!line || !row)
        return mssi_fail(res, MSS_ERR_NULL_ARGUMENT, MSS_NO_POSITION);
    row->line = lineno;
    row->is_header = false;
    row->nfields = 0;
    for (size_t i = 0; i < MSS_EXTRACT_COLUMNS; i++)
        row->fields[i] = "";
    if (len > MSS_EXTRACT_MAX_LINE)
        return mssi_fail(res, MSS_ERR_FILE_LINE_TOO_LONG, MSS_EXTRACT_MAX_LINE);

    int rc = check_encoding(line, len, res);
    line[len] = '\0';
    char *p = line, *end = line + len;
    for (;;) {
        char *bar = memchr(p, '|', (size_t)(end - p));
        if (row->nfields < MSS_EXTRACT_COLUMNS)
            row->fields[row->nfields] = p;
        row->nfields++;
        if (!bar)
            break;
        *bar = '\0';
        p = bar + 1;
    }
    if (row->nfields != MSS_EXTRACT_COLUMNS) {
        mss_result_init(res);
        size_t col = row->nfields < MSS_EXTRACT_COLUMNS ? row->nfields : MSS_EXTRACT_COLUMNS;
        return mssi_report(res, MSS_ERR_FILE_FIELD_COUNT, MSS_NO_POSITION, col);
    }
    return rc;
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
