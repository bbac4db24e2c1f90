/* mssconf accounts FILE|-: an account load file (CSV). */
#include <medimail/account_file.h>

#include "bulk_check.h"

static const char *column_name(size_t column)
{
    return mss_account_file_column_name((mss_record_field)column);
}

static void on_row(const mss_account_file_row *row, const mss_result *res, void *user)
{
    bulk_row b = { row->line, row->is_header, row->record.type, row->record.address, NULL };
    /* A header issue points to a position in the header, not to a known column. */
    bulk_report(user, &b, res, row->is_header ? NULL : column_name);
}

static void *open_reader(const mss_whitelist *wl, bulk_sink *sink)
{
    return mss_account_file_reader_new(wl, on_row, sink);
}

static int feed(void *reader, const char *data, size_t len)
{
    return mss_account_file_reader_feed(reader, data, len);
}

static int finish(void *reader)
{
    return mss_account_file_reader_finish(reader);
}

static void close_reader(void *reader)
{
    mss_account_file_reader_free(reader);
}

/* Quoted fields may hold line ends, so a line start is not necessarily a
 * row start: an account file is always read as one stream (no start_at). */
static const bulk_format accounts_format = { open_reader, NULL, feed, finish, close_reader };

int cmd_accounts(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf accounts FILE|- (mssconf accounts --help)", TR(c, "usage", "utilisation"));
    return bulk_run(c, &accounts_format);
}
