/* The CSV account file reader (libcsv): fed whole and in small blocks, it
 * must report the same rows and issues. Byte 0 bit 0 selects the whitelist.
 * Invariants: every issue names a record field (or, on the header, a column
 * position), and row values are NUL-terminated strings. */
#include <medimail/account_file.h>

#include "fixture_whitelist.h"
#include "reader_invariants.h"

static void on_row(const mss_account_file_row *row, const mss_result *res, void *user)
{
    FUZZ_ASSERT(row != NULL);
    const mss_record *rec = &row->record;
    const char *values[] = {rec->type, rec->address, rec->person_id_type, rec->person_id,
                            rec->idnat_ps, rec->struct_id_type, rec->struct_id, rec->last_name,
                            rec->first_name, rec->notification_address, rec->responsible_address};
    uint64_t lengths = 0;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        lengths = lengths * 31 + (values[i] ? strlen(values[i]) : 0);
    if (!row->is_header)
        for (unsigned i = 0; i < res->count; i++)
            FUZZ_ASSERT(res->issues[i].field == MSS_NO_POSITION ||
                        res->issues[i].field < MSS_RECORD_FIELD_COUNT);
    fuzz_digest *d = user;
    fuzz_digest_result(d, row->line, res);
    fuzz_digest_add(d, lengths);
}

static fuzz_digest read_all(const uint8_t *data, size_t size, const mss_whitelist *wl, bool in_blocks)
{
    fuzz_digest d = {0, 0xcbf29ce484222325ull};
    mss_account_file_reader *r = mss_account_file_reader_new(wl, on_row, &d);
    FUZZ_ASSERT(r != NULL);
    size_t at = 0;
    while (at < size) {
        size_t n = in_blocks ? fuzz_block_size(data, size, at) : size - at;
        if (n > size - at)
            n = size - at;
        FUZZ_ASSERT(mss_account_file_reader_feed(r, (const char *)data + at, n) == MSS_OK);
        at += n;
    }
    FUZZ_ASSERT(mss_account_file_reader_finish(r) == MSS_OK);
    char sep = mss_account_file_reader_separator(r);
    FUZZ_ASSERT(sep == 0 || sep == ';' || sep == ',');
    fuzz_digest_add(&d, (uint64_t)sep);
    mss_account_file_reader_free(r);
    return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > (1u << 20))
        return 0;
    const mss_whitelist *wl = (data[0] & 1) ? fixture_whitelist() : NULL;
    fuzz_digest whole = read_all(data + 1, size - 1, wl, false);
    fuzz_digest blocks = read_all(data + 1, size - 1, wl, true);
    FUZZ_ASSERT(whole.calls == blocks.calls && whole.hash == blocks.hash);
    for (int c = -1; c <= MSS_RECORD_FIELD_COUNT; c++)
        (void)mss_account_file_column_name((mss_record_field)c);
    return 0;
}
