/* mssconf account next STATUS EVENT [facts] | account events STATUS */
#include <string.h>

#include "output.h"

static void json_conditions(json *j, const cli *c, unsigned conditions)
{
    json_arr(j);
    for (unsigned bit = 0; bit < MSS_ACCOUNT_CONDITION_COUNT; bit++)
        if (conditions & (1u << bit))
            json_str(j, mss_account_condition_label((mss_account_condition)(1u << bit), c->lang));
    json_arr_end(j);
}

static void print_conditions(const cli *c, unsigned conditions)
{
    const char *sep = " (";
    for (unsigned bit = 0; bit < MSS_ACCOUNT_CONDITION_COUNT; bit++)
        if (conditions & (1u << bit)) {
            printf("%s%s", sep, mss_account_condition_label((mss_account_condition)(1u << bit), c->lang));
            sep = ", ";
        }
    if (strcmp(sep, " (") != 0)
        fputc(')', stdout);
}

static int parse_status(cli *c, const char *text, mss_account_status *status, mss_result *res)
{
    int rc = mss_account_status_parse(text, status, res);
    cli_record(c, rc);
    return rc;
}

static int account_next(cli *c)
{
    if (c->nargs != 3)
        return cli_fail(c, "%s: mssconf account next STATUS EVENT [--password-set] [--info-confirmed] "
                           "[--cgu-accepted]",
                        TR(c, "usage", "utilisation"));
    mss_account_status from, to = MSS_STATUS_NONE;
    mss_account_event event;
    mss_account_facts facts = { .password_set = c->password_set,
                                .info_confirmed = c->info_confirmed,
                                .cgu_accepted = c->cgu_accepted,
                                .bal_type = MSS_BAL_PER,
                                .responsible_account_exists = c->responsible_exists };
    if (c->type && mss_bal_type_parse(c->type, &facts.bal_type) != MSS_OK)
        return cli_fail(c, "--type %s: %s", c->type, mss_strerror_lang(MSS_ERR_BAL_TYPE_UNKNOWN, c->lang));
    mss_result res;
    int rc = parse_status(c, c->args[1], &from, &res);
    if (rc == MSS_OK) {
        rc = mss_account_event_parse(c->args[2], &event, &res);
        if (rc == MSS_OK)
            rc = mss_account_next(from, event, &facts, &to, &res);
        cli_record(c, rc);
    }
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_key(&j, "input");
        json_obj(&j);
        json_kv_str(&j, "status", c->args[1]);
        json_kv_str(&j, "event", c->args[2]);
        json_obj_end(&j);
        out_json_result(&j, c, &res, NULL);
        json_kv_str(&j, "next", rc == MSS_OK ? mss_account_status_code(to) : NULL);
        json_close(&j);
    } else if (rc == MSS_OK) {
        printf("%s → %s\n", mss_account_status_code(from), mss_account_status_code(to));
    } else {
        printf("%-8s %s + %s\n", out_verdict(c, &res), c->args[1], c->args[2]);
        out_human_issues(stdout, c, &res, NULL, "         ");
    }
    return c->status;
}

static int account_events(cli *c)
{
    if (c->nargs != 2)
        return cli_fail(c, "%s: mssconf account events STATUS", TR(c, "usage", "utilisation"));
    mss_account_status from;
    mss_result res;
    int rc = parse_status(c, c->args[1], &from, &res);
    json j;
    if (c->json) {
        json_open(&j, stdout);
        json_kv_str(&j, "input", c->args[1]);
        out_json_result(&j, c, &res, NULL);
        json_kv_str(&j, "status", rc == MSS_OK ? mss_account_status_code(from) : NULL);
        json_key(&j, "events");
        json_arr(&j);
    } else if (rc != MSS_OK) {
        printf("%-8s %s\n", out_verdict(c, &res), c->args[1]);
        out_human_issues(stdout, c, &res, NULL, "         ");
    } else {
        printf("%s — %s\n", mss_account_status_code(from), mss_account_status_description(from, c->lang));
    }
    for (size_t i = 0; rc == MSS_OK && i < mss_account_transition_count(); i++) {
        mss_account_transition t;
        if (mss_account_transition_at(i, &t) != MSS_OK || t.from != from)
            continue;
        if (c->json) {
            json_obj(&j);
            json_kv_str(&j, "event", mss_account_event_code(t.event));
            json_kv_str(&j, "next", mss_account_status_code(t.to));
            json_key(&j, "conditions");
            json_conditions(&j, c, t.conditions);
            json_obj_end(&j);
        } else {
            printf("  %-18s → %s", mss_account_event_code(t.event), mss_account_status_code(t.to));
            print_conditions(c, t.conditions);
            fputc('\n', stdout);
        }
    }
    if (c->json) {
        json_arr_end(&j);
        json_close(&j);
    }
    return c->status;
}

int cmd_account(cli *c)
{
    if (c->nargs >= 1 && !strcmp(c->args[0], "next"))
        return account_next(c);
    if (c->nargs >= 1 && !strcmp(c->args[0], "events"))
        return account_events(c);
    return cli_fail(c, "%s: mssconf account next|events ... (mssconf account --help)",
                    TR(c, "usage", "utilisation"));
}
