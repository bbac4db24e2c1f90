/* mssconf address --type TYPE ADDRESS... */
#include "output.h"

static void check_one(cli *c, const char *value, void *ctx)
{
    mss_bal_type type = *(const mss_bal_type *)ctx;
    mss_address_parts parts;
    mss_result res;
    int rc = mss_address_check(value, type, c->wl, &parts, &res);
    /* Parts are filled whenever the syntax holds, even if the type's rule fails. */
    bool syntax_ok = rc == MSS_OK || mss_address_check_syntax(value, NULL, NULL) == MSS_OK;
    cli_record(c, rc);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_str(&j, "input", value);
        json_kv_str(&j, "type", mss_bal_type_code(type));
        out_json_result(&j, c, &res, NULL);
        json_kv_str(&j, "normalized", syntax_ok ? parts.address : NULL);
        json_kv_str(&j, "local", syntax_ok ? parts.local : NULL);
        json_kv_str(&j, "domain", syntax_ok ? parts.domain : NULL);
        json_kv_str(&j, "domain_unicode", syntax_ok ? parts.domain_unicode : NULL);
        json_kv_str(&j, "domain_class", syntax_ok ? mss_domain_class_name(parts.domain_class) : NULL);
        json_close(&j);
        return;
    }
    if (c->quiet)
        return;
    printf("%-8s %s ", out_verdict(c, &res), mss_bal_type_code(type));
    out_text(stdout, value);
    fputc('\n', stdout);
    out_human_issues(stdout, c, &res, NULL, "         ");
}

int cmd_address(cli *c)
{
    if (!c->type || c->nargs < 1)
        return cli_fail(c, "%s: mssconf address --type TYPE ADDRESS... (mssconf address --help)",
                        TR(c, "usage", "utilisation"));
    mss_bal_type type;
    int rc = mss_bal_type_parse(c->type, &type);
    if (rc != MSS_OK)
        return cli_fail(c, "--type %s: %s", c->type, mss_strerror_lang(rc, c->lang));
    rc = cli_for_each_value(c, c->args, c->nargs, check_one, &type);
    return rc != EXIT_VALID ? rc : c->status;
}
