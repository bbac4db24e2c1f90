/* mssconf accounts FILE|-: an account load file (CSV). */
#include <medimail/account_file.h>

#include "bulk_output.h"

typedef struct accounts_run {
    cli *c;
    summary sum;
} accounts_run;

static const char *column_name(size_t column)
{
    return mss_account_file_column_name((mss_record_field)column);
}

static void on_row(const mss_account_file_row *row, const mss_result *res, void *user)
{
    accounts_run *run = user;
    bulk_row b = { row->line, row->is_header, row->record.type, row->record.address };
    /* A header issue points to a position in the header, not to a known column. */
    bulk_report(run->c, &run->sum, &b, res, row->is_header ? NULL : column_name);
}

static int feed(void *reader, const char *data, size_t len)
{
    return mss_account_file_reader_feed(reader, data, len);
}

static int finish(void *reader)
{
    return mss_account_file_reader_finish(reader);
}

int cmd_accounts(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf accounts FILE|- (mssconf accounts --help)", TR(c, "usage", "utilisation"));
    accounts_run run = { .c = c };
    summary_init(&run.sum);
    bulk_reader r = { mss_account_file_reader_new(c->wl, on_row, &run), feed, finish };
    int rc = r.reader ? bulk_run(c, &run.sum, &r) : cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    mss_account_file_reader_free(r.reader);
    summary_free(&run.sum);
    return rc;
}
