/* mssconf id KIND VALUE... */
#include <string.h>

#include "output.h"

static void check_one(cli *c, const char *value, void *ctx)
{
    mss_id_kind kind = *(const mss_id_kind *)ctx;
    char compact[MSS_ID_BUFSIZE] = "", formatted[MSS_ID_BUFSIZE] = "";
    mss_result res;
    int rc = mss_id_check(kind, value, compact, sizeof compact, &res);
    if (rc == MSS_OK)
        mss_id_format(kind, value, formatted, sizeof formatted);
    cli_record(c, rc);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_str(&j, "input", value);
        json_kv_str(&j, "kind", mss_id_kind_name(kind));
        out_json_result(&j, c, &res, NULL);
        json_kv_str(&j, "compact", rc == MSS_OK ? compact : NULL);
        json_kv_str(&j, "formatted", rc == MSS_OK ? formatted : NULL);
        json_close(&j);
        return;
    }
    if (c->quiet)
        return;
    printf("%-8s %s ", out_verdict(c, &res), mss_id_kind_name(kind));
    out_text(stdout, value);
    if (rc == MSS_OK && strcmp(formatted, value) != 0)
        printf(" → %s", formatted);
    fputc('\n', stdout);
    out_human_issues(stdout, c, &res, NULL, "         ");
}

int cmd_id(cli *c)
{
    if (c->nargs < 2)
        return cli_fail(c, "%s: mssconf id KIND VALUE... (mssconf id --help)",
                        TR(c, "usage", "utilisation"));
    mss_id_kind kind;
    int rc = mss_id_kind_parse(c->args[0], &kind);
    if (rc != MSS_OK)
        return cli_fail(c, "%s: %s (siren siret finess rpps rpps-rang adeli idnat-ps idnat-struct adeli-rang)",
                        mss_strerror_lang(rc, c->lang), c->args[0]);
    rc = cli_for_each_value(c, c->args + 1, c->nargs - 1, check_one, &kind);
    return rc != EXIT_VALID ? rc : c->status;
}
