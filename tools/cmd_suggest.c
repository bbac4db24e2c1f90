/* mssconf suggest --type TYPE --last-name NOM [--first-name PRENOM] --domain D [--index N] */
#include <medimail/record.h>

#include "output.h"

static const char *name_field(size_t field)
{
    if (field == MSS_RECORD_FIELD_LAST_NAME)
        return "last-name";
    if (field == MSS_RECORD_FIELD_FIRST_NAME)
        return "first-name";
    return NULL;
}

int cmd_suggest(cli *c)
{
    if (!c->type || !c->last_name || !c->domain || c->nargs > 0)
        return cli_fail(c, "%s: mssconf suggest --type TYPE --last-name NOM [--first-name PRENOM] --domain DOMAIN "
                           "[--index N]",
                        TR(c, "usage", "utilisation"));
    mss_bal_type type;
    int rc = mss_bal_type_parse(c->type, &type);
    if (rc != MSS_OK)
        return cli_fail(c, "--type %s: %s", c->type, mss_strerror_lang(rc, c->lang));
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result res;
    rc = mss_address_suggest(c->last_name, c->first_name, c->domain, type, c->index, c->wl, out, sizeof out, &res);
    cli_record(c, rc);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_key(&j, "input");
        json_obj(&j);
        json_kv_str(&j, "last_name", c->last_name);
        json_kv_str(&j, "first_name", c->first_name);
        json_kv_str(&j, "domain", c->domain);
        json_kv_int(&j, "index", c->index);
        json_obj_end(&j);
        json_kv_str(&j, "type", mss_bal_type_code(type));
        out_json_result(&j, c, &res, name_field);
        json_kv_str(&j, "address", rc == MSS_OK ? out : NULL);
        json_close(&j);
    } else {
        if (rc == MSS_OK)
            printf("%s\n", out);
        else
            printf("%-8s\n", out_verdict(c, &res));
        out_human_issues(stdout, c, &res, name_field, rc == MSS_OK ? "  " : "         ");
    }
    return cli_status_of(rc) == EXIT_USAGE ? EXIT_USAGE : c->status;
}
