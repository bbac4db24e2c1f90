/* mssconf extract FILE|-: the ANS national directory extract. */
#include <medimail/extract.h>

#include "bulk_check.h"

static const char *column_name(size_t column)
{
    return mss_extract_column_name(column);
}

static void on_row(const mss_extract_row *row, const mss_result *res, void *user)
{
    bulk_row b = { row->line, row->is_header, row->fields[MSS_EXTRACT_TYPE_BAL], row->fields[MSS_EXTRACT_ADDRESS],
                  row->listed };
    bulk_report(user, &b, res, column_name);
}

static void *open_reader(const mss_whitelist *wl, bulk_sink *sink)
{
    return mss_extract_reader_new(wl, on_row, sink);
}

static void start_at(void *reader, unsigned long first_line)
{
    mss_extract_reader_start_at(reader, first_line);
}

static int feed(void *reader, const char *data, size_t len)
{
    return mss_extract_reader_feed(reader, data, len);
}

static int finish(void *reader)
{
    return mss_extract_reader_finish(reader);
}

static void close_reader(void *reader)
{
    mss_extract_reader_free(reader);
}

static const bulk_format extract_format = { open_reader, start_at, feed, finish, close_reader };

int cmd_extract(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf extract FILE|- (mssconf extract --help)", TR(c, "usage", "utilisation"));
    return bulk_run(c, &extract_format);
}
