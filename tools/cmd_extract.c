/* mssconf extract FILE|-: the ANS national directory extract. */
#include <medimail/extract.h>

#include "bulk_output.h"

typedef struct extract_run {
    cli *c;
    summary sum;
} extract_run;

static const char *column_name(size_t column)
{
    return mss_extract_column_name(column);
}

static void on_row(const mss_extract_row *row, const mss_result *res, void *user)
{
    extract_run *run = user;
    bulk_row b = { row->line, row->is_header, row->fields[MSS_EXTRACT_TYPE_BAL], row->fields[MSS_EXTRACT_ADDRESS] };
    bulk_report(run->c, &run->sum, &b, res, column_name);
}

static int feed(void *reader, const char *data, size_t len)
{
    return mss_extract_reader_feed(reader, data, len);
}

static int finish(void *reader)
{
    return mss_extract_reader_finish(reader);
}

int cmd_extract(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf extract FILE|- (mssconf extract --help)", TR(c, "usage", "utilisation"));
    extract_run run = { .c = c };
    summary_init(&run.sum);
    bulk_reader r = { mss_extract_reader_new(c->wl, on_row, &run), feed, finish };
    int rc = r.reader ? bulk_run(c, &run.sum, &r) : cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    mss_extract_reader_free(r.reader);
    summary_free(&run.sum);
    return rc;
}
