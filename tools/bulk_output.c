#include "bulk_output.h"

void bulk_sink_init(bulk_sink *s, const cli *c, size_t max_types, FILE *out)
{
    s->c = *c;
    s->c.status = EXIT_VALID;
    summary_init(&s->sum, max_types, c->wl);
    s->out = bulk_prints_rows(c) ? out : NULL;
}

bool bulk_prints_rows(const cli *c)
{
    return c->json || !c->quiet;
}

static void print_row(FILE *f, const cli *c, const bulk_row *row, const mss_result *res, column_name_fn column_name)
{
    if (c->json) {
        json j;
        json_open(&j, f);
        json_kv_int(&j, "line", (long long)row->line);
        if (row->is_header)
            json_kv_bool(&j, "header", true);
        json_kv_str(&j, "input", row->address);
        json_kv_str(&j, "type", row->type);
        out_json_result(&j, c, res, column_name);
        json_close(&j);
        return;
    }
    if (res->count == 0)
        return;
    if (row->is_header) {
        fprintf(f, "%s %lu (%s)%s %s\n", TR(c, "line", "ligne"), row->line, TR(c, "header", "en-tête"), COLON(c),
                out_verdict(c, res));
    } else {
        fprintf(f, "%s %lu%s %s ", TR(c, "line", "ligne"), row->line, COLON(c), out_verdict(c, res));
        out_text(f, row->type);
        fputc(' ', f);
        out_text(f, row->address);
        fputc('\n', f);
    }
    out_human_issues(f, c, res, column_name, "    ");
}

void bulk_report(bulk_sink *s, const bulk_row *row, const mss_result *res, column_name_fn column_name)
{
    cli *c = &s->c;
    FILE *f = s->out;
    cli_record(c, res->code);
    if (row->is_header)
        summary_add_file_problem(&s->sum, res);
    else
        summary_add_row(&s->sum, row->type, row->address, row->listed, res);
    if (!f)
        return;
    /* Held for the whole row: with several threads running, stdio would
     * otherwise lock f at every call. */
    flockfile(f);
    print_row(f, c, row, res, column_name);
    funlockfile(f);
}
