#include "bulk_output.h"

#include "input.h"

void bulk_report(cli *c, summary *s, const bulk_row *row, const mss_result *res, column_name_fn column_name)
{
    cli_record(c, res->code);
    if (row->is_header)
        summary_add_file_problem(s, res);
    else
        summary_add_row(s, row->type, row->address, res);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_int(&j, "line", (long long)row->line);
        if (row->is_header)
            json_kv_bool(&j, "header", true);
        json_kv_str(&j, "input", row->address);
        json_kv_str(&j, "type", row->type);
        out_json_result(&j, c, res, column_name);
        json_close(&j);
        return;
    }
    if (c->quiet || res->count == 0)
        return;
    if (row->is_header) {
        printf("%s %lu (%s): %s\n", TR(c, "line", "ligne"), row->line, TR(c, "header", "en-tête"),
               out_verdict(c, res));
    } else {
        printf("%s %lu: %s ", TR(c, "line", "ligne"), row->line, out_verdict(c, res));
        out_text(row->type);
        fputc(' ', stdout);
        out_text(row->address);
        fputc('\n', stdout);
    }
    out_human_issues(c, res, column_name, "    ");
}

typedef struct bulk_feed {
    const bulk_reader *r;
    summary *s;
} bulk_feed;

static int feed(const char *data, size_t len, void *ctx)
{
    const bulk_feed *f = ctx;
    return f->r->feed(f->r->reader, data, len);
}

static unsigned long rows_so_far(void *ctx)
{
    return ((const bulk_feed *)ctx)->s->rows;
}

int bulk_run(cli *c, summary *s, const bulk_reader *r)
{
    bulk_feed f = { r, s };
    int rc = input_read(c, c->args[0], feed, &f, rows_so_far);
    if (rc != EXIT_VALID)
        return rc;
    int frc = r->finish(r->reader);
    if (frc != MSS_OK)
        return cli_fail(c, "%s: %s", c->args[0], mss_strerror_lang(frc, c->lang));
    summary_print(s, c);
    return c->status;
}
