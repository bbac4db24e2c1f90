/* mssconf extract FILE|-: the ANS national directory extract. */
#include <medimail/extract.h>

#include "bulk_output.h"
#include "input.h"

typedef struct extract_run {
    cli *c;
    summary sum;
    mss_extract_reader *reader;
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

static int feed(const char *data, size_t len, void *ctx)
{
    return mss_extract_reader_feed(((extract_run *)ctx)->reader, data, len);
}

static unsigned long rows_so_far(void *ctx)
{
    return ((extract_run *)ctx)->sum.rows;
}

int cmd_extract(cli *c)
{
    if (c->nargs != 1)
        return cli_fail(c, "%s: mssconf extract FILE|- (mssconf extract --help)", TR(c, "usage", "utilisation"));
    extract_run run = { .c = c };
    summary_init(&run.sum);
    run.reader = mss_extract_reader_new(c->wl, on_row, &run);
    if (!run.reader)
        return cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    int rc = input_read(c, c->args[0], feed, &run, rows_so_far);
    if (rc == EXIT_VALID) {
        mss_extract_reader_finish(run.reader);
        summary_print(&run.sum, c);
    }
    mss_extract_reader_free(run.reader);
    summary_free(&run.sum);
    return rc != EXIT_VALID ? rc : c->status;
}
