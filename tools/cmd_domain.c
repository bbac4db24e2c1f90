/* mssconf domain DOMAIN... */
#include "output.h"
#include "result.h"

/* Valid here means MSSanté mailboxes may live on the domain. */
static mss_domain_class classify(const cli *c, const char *value, mss_result *res)
{
    mss_domain_class cls = mss_domain_classify(value, c->wl, res);
    if (cls == MSS_DOMAIN_INVALID)
        return cls;
    mss_result pub;
    if (mss_domain_check_public(value, &pub) != MSS_OK) {
        mssi_report(res, pub.code, pub.offset, MSS_NO_POSITION);
        return MSS_DOMAIN_INVALID;
    }
    if (cls == MSS_DOMAIN_NOT_WHITELISTED)
        mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED, MSS_NO_POSITION);
    else if (cls == MSS_DOMAIN_OUTSIDE)
        mssi_fail(res, MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, MSS_NO_POSITION);
    return cls;
}

static void check_one(cli *c, const char *value, void *ctx)
{
    (void)ctx;
    mss_result res;
    mss_domain_class cls = classify(c, value, &res);
    char normalized[MSS_DOMAIN_BUFSIZE] = "", unicode[MSS_DOMAIN_UNICODE_BUFSIZE] = "";
    bool named = cls != MSS_DOMAIN_INVALID && mss_domain_normalize(value, normalized, sizeof normalized, NULL) == MSS_OK
                 && mss_domain_to_unicode(value, unicode, sizeof unicode, NULL) == MSS_OK;
    out_suggestions near;
    out_suggest(&near, c, value, cls == MSS_DOMAIN_NOT_WHITELISTED);
    cli_record(c, res.code);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_str(&j, "input", value);
        out_json_result(&j, c, &res, NULL);
        json_kv_str(&j, "normalized", named ? normalized : NULL);
        json_kv_str(&j, "unicode", named ? unicode : NULL);
        json_kv_str(&j, "class", mss_domain_class_name(cls));
        out_json_suggestions(&j, &near);
        json_close(&j);
        return;
    }
    if (c->quiet)
        return;
    printf("%-8s ", out_verdict(c, &res));
    out_text(stdout, value);
    printf("%s %s\n", COLON(c), mss_domain_class_description(cls, c->lang));
    out_human_issues(stdout, c, &res, NULL, "         ");
    out_human_suggestions(c, &near);
}

int cmd_domain(cli *c)
{
    if (c->nargs < 1)
        return cli_fail(c, "%s: mssconf domain DOMAIN... (mssconf domain --help)", TR(c, "usage", "utilisation"));
    int rc = cli_for_each_value(c, c->args, c->nargs, check_one, NULL);
    return rc != EXIT_VALID ? rc : c->status;
}
