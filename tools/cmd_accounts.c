/* mssconf accounts FILE|-: an account load file (CSV). */
#include <medimail/account_file.h>

#include "bulk_output.h"
#include "input.h"

typedef struct accounts_run {
    cli *c;
    summary sum;
    mss_account_file_reader *reader;
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

static int feed(const char *data, size_t len, void *ctx)
{
    return mss_account_file_reader_feed(((accounts_run *)ctx)->reader, data, len);
}

static unsigned long rows_so_far(void *ctx)
{
    return ((accounts_run *)ctx)->sum.rows;
}

int cmd_accounts(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf accounts FILE|- (mssconf accounts --help)", TR(c, "usage", "utilisation"));
    accounts_run run = { .c = c };
    summary_init(&run.sum);
    run.reader = mss_account_file_reader_new(c->wl, on_row, &run);
    if (!run.reader)
        return cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    int rc = input_read(c, c->args[0], feed, &run, rows_so_far);
    if (rc == EXIT_VALID) {
        int frc = mss_account_file_reader_finish(run.reader);
        if (frc != MSS_OK)
            rc = cli_fail(c, "%s: %s", c->args[0], mss_strerror_lang(frc, c->lang));
        else
            summary_print(&run.sum, c);
    }
    mss_account_file_reader_free(run.reader);
    summary_free(&run.sum);
    return rc != EXIT_VALID ? rc : c->status;
}
