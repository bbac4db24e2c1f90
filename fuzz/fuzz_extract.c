/* The ANS extract ('|'-separated, 31 columns): the header check, the row
 * splitter and checker on single lines, and the streaming reader fed whole
 * and in small blocks (same rows, same issues). Byte 0: bit 0 selects the
 * whitelist, bit 1 starts the reader mid-file (no header expected).
 * Invariants: each stored field is a NUL-terminated string inside the line
 * or empty; issues name real columns; the record columns of a split row
 * report exactly what mss_record_check finds in them (the row check takes
 * a fast path for plain rows: lib/extract_plain.c). */
#include <medimail/extract.h>
#include <medimail/record.h>

#include "fixture_whitelist.h"
#include "reader_invariants.h"

static void check_row(const mss_extract_row *row, const mss_result *res, const char *line,
                      size_t len)
{
    /* nfields counts every field found, even past the 31 that are stored. */
    if (row->is_header)
        return;
    for (size_t i = 0; i < MSS_EXTRACT_COLUMNS && row->nfields > 0; i++) {
        const char *f = row->fields[i];
        FUZZ_ASSERT(f != NULL);
        if (line && *f)
            FUZZ_ASSERT(f >= line && f + strlen(f) <= line + len);
    }
    for (unsigned i = 0; i < res->count; i++)
        /* A row with too many fields is reported at the first extra one (31). */
        FUZZ_ASSERT(res->issues[i].field == MSS_NO_POSITION || res->issues[i].field <= MSS_EXTRACT_COLUMNS);
}

/* The record columns of a row (0-10) must hold exactly the issues, in
 * order, that mss_record_check finds in those fields, with the extract's
 * own rule first applied to Identification nationale PP. */
static void check_record_columns(const mss_extract_row *row, const mss_result *res, const mss_whitelist *wl)
{
    static const size_t column_of_field[] = { 0, 1, 2, 3, 4, 5, 6, 9, 10 };
    const char *const *f = row->fields;
    if (row->nfields != MSS_EXTRACT_COLUMNS || res->dropped > 0)
        return;
    for (unsigned i = 0; i < res->count; i++)
        if (res->issues[i].code == MSS_ERR_FILE_CONTROL_CHARACTER || res->issues[i].code == MSS_ERR_FILE_ROW_UTF8)
            return; /* not checked further */
    const char *at = strrchr(f[MSS_EXTRACT_ADDRESS], '@');
    FUZZ_ASSERT(row->listed == (at ? mss_whitelist_lookup(wl, at + 1) : NULL));
    size_t tlen = strlen(f[MSS_EXTRACT_PP_TYPE]);
    bool mismatch = *f[MSS_EXTRACT_IDNAT_PP] &&
                    !(strncmp(f[MSS_EXTRACT_IDNAT_PP], f[MSS_EXTRACT_PP_TYPE], tlen) == 0 &&
                      strcmp(f[MSS_EXTRACT_IDNAT_PP] + tlen, f[MSS_EXTRACT_PP_ID]) == 0);
    mss_record rec = {
        .type = f[0], .address = f[1], .person_id_type = f[2], .person_id = f[3],
        .idnat_ps = mismatch ? "" : f[4], .struct_id_type = f[5], .struct_id = f[6],
        .last_name = f[9], .first_name = f[10],
    };
    mss_result want;
    mss_record_check(&rec, wl, MSS_RECORD_NATIONAL_DATA, &want);
    if (want.dropped > 0)
        return;
    unsigned k = 0;
    for (unsigned i = 0; i < res->count; i++) {
        const mss_issue *got = &res->issues[i];
        if (got->field > 10 && !(mismatch && got->code == MSS_ERR_RECORD_IDNAT_PS_MISMATCH))
            continue; /* the extract's own columns */
        if (k < want.count) {
            FUZZ_ASSERT(got->code == want.issues[k].code && got->offset == want.issues[k].offset);
            FUZZ_ASSERT(want.issues[k].field < sizeof column_of_field / sizeof column_of_field[0] &&
                        got->field == column_of_field[want.issues[k].field]);
        } else {
            FUZZ_ASSERT(mismatch && k == want.count && got->code == MSS_ERR_RECORD_IDNAT_PS_MISMATCH);
        }
        k++;
    }
    FUZZ_ASSERT(k == want.count + mismatch);
}

/* Each line of the input, through the single-row entry points. */
static void check_lines(const uint8_t *data, size_t size, const mss_whitelist *wl)
{
    size_t start = 0;
    unsigned long lineno = 1;
    while (start <= size) {
        const uint8_t *nl = memchr(data + start, '\n', size - start);
        size_t len = nl ? (size_t)(nl - (data + start)) : size - start;
        char *line = fuzz_cstring(data + start, len);
        mss_result r;
        mss_extract_row row;
        int rc = mss_extract_check_header(line, len, &r);
        fuzz_check_result(rc, &r, len);
        rc = mss_extract_split_row(line, len, lineno, &row, &r);
        fuzz_check_result(rc, &r, len);
        if (rc == MSS_OK)
            check_row(&row, &r, line, len);
        free(line);
        line = fuzz_cstring(data + start, len);
        rc = mss_extract_check_row(line, len, lineno, wl, &row, &r);
        fuzz_check_result(rc, &r, len);
        check_row(&row, &r, line, len);
        check_record_columns(&row, &r, wl);
        free(line);
        if (!nl)
            break;
        start += len + 1;
        lineno++;
    }
}

static void on_row(const mss_extract_row *row, const mss_result *res, void *user)
{
    FUZZ_ASSERT(row != NULL);
    check_row(row, res, NULL, 0);
    fuzz_digest_result(user, row->line, res);
}

static fuzz_digest read_all(const uint8_t *data, size_t size, const mss_whitelist *wl, bool mid_file,
                            bool in_blocks)
{
    fuzz_digest d = {0, 0xcbf29ce484222325ull};
    mss_extract_reader *r = mss_extract_reader_new(wl, on_row, &d);
    FUZZ_ASSERT(r != NULL);
    if (mid_file)
        mss_extract_reader_start_at(r, 1000);
    size_t at = 0;
    while (at < size) {
        size_t n = in_blocks ? fuzz_block_size(data, size, at) : size - at;
        if (n > size - at)
            n = size - at;
        FUZZ_ASSERT(mss_extract_reader_feed(r, (const char *)data + at, n) == MSS_OK);
        at += n;
    }
    FUZZ_ASSERT(mss_extract_reader_finish(r) == MSS_OK);
    fuzz_digest_add(&d, mss_extract_reader_lines(r));
    mss_extract_reader_free(r);
    return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > (1u << 20))
        return 0;
    const mss_whitelist *wl = (data[0] & 1) ? fixture_whitelist() : NULL;
    bool mid_file = data[0] & 2;
    data++;
    size--;
    if (size <= 65536)
        check_lines(data, size, wl);
    fuzz_digest whole = read_all(data, size, wl, mid_file, false);
    fuzz_digest blocks = read_all(data, size, wl, mid_file, true);
    FUZZ_ASSERT(whole.calls == blocks.calls && whole.hash == blocks.hash);
    for (size_t c = 0; c <= MSS_EXTRACT_COLUMNS; c++)
        FUZZ_ASSERT((mss_extract_column_name(c) != NULL) == (c < MSS_EXTRACT_COLUMNS));
    return 0;
}
