/* mssconf whitelist stats | lookup DOMAIN... */
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "result.h"

/* Without a loaded list, the generic Occitanie domains are the whitelist. */
static int builtin_whitelist(cli *c)
{
    c->wl = mss_whitelist_new();
    if (!c->wl)
        return cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    for (int k = MSS_STRUCTURE_LIBERALE; k <= MSS_STRUCTURE_OTHER; k++)
        if (mss_whitelist_add(c->wl, mss_generic_domain((mss_structure_kind)k), NULL) != MSS_OK)
            return cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    return EXIT_VALID;
}

static int stats(cli *c)
{
    size_t n = mss_whitelist_count(c->wl), operators = 0, multi = 0, generic = 0;
    for (size_t i = 0; i < n; i++) {
        const mss_whitelist_entry *e = mss_whitelist_entry_at(c->wl, i);
        size_t k = mss_whitelist_entry_operator_count(e);
        operators += k;
        multi += k > 1;
        generic += mss_domain_is_generic(mss_whitelist_entry_domain(e));
    }
    const char *generated = mss_whitelist_generated(c->wl);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_str(&j, "source", c->whitelist_path ? c->whitelist_path : getenv("MSSCONF_WHITELIST"));
        json_kv_str(&j, "generated", generated);
        json_kv_int(&j, "domains", (long long)n);
        json_kv_int(&j, "listings", (long long)operators);
        json_kv_int(&j, "domains_with_several_operators", (long long)multi);
        json_kv_int(&j, "generic_domains", (long long)generic);
        json_kv_int(&j, "entries_read", (long long)c->load.entries);
        json_kv_int(&j, "entries_skipped", (long long)c->load.skipped);
        json_key(&j, "notes");
        json_arr(&j);
        for (unsigned i = 0; i < c->load.nnotes; i++) {
            const mss_load_note *n = &c->load.notes[i];
            json_obj(&j);
            json_kv_int(&j, "code", n->code);
            json_kv_str(&j, "name", mss_error_name(n->code));
            json_kv_str(&j, "message", mss_strerror_lang(n->code, c->lang));
            json_kv_int(&j, "line", (long long)n->line);
            json_kv_str(&j, "text", n->text);
            json_obj_end(&j);
        }
        json_arr_end(&j);
        json_close(&j);
    } else {
        const char *colon = COLON(c);
        printf("%s%s %zu\n", TR(c, "domains", "domaines"), colon, n);
        printf("%s%s %zu\n", TR(c, "listings (domain, operator)", "inscriptions (domaine, opérateur)"), colon,
               operators);
        printf("%s%s %zu\n", TR(c, "domains with several operators", "domaines à plusieurs opérateurs"), colon, multi);
        printf("%s%s %zu\n", TR(c, "generic Occitanie domains", "domaines génériques d'Occitanie"), colon, generic);
        if (*generated)
            printf("%s%s %s\n", TR(c, "generated", "date de génération"), colon, generated);
        if (c->load.entries)
            printf("%s%s %zu, %s%s %zu\n", TR(c, "entries read", "entrées lues"), colon, c->load.entries,
                   TR(c, "skipped", "ignorées"), colon, c->load.skipped);
        for (unsigned i = 0; i < c->load.nnotes; i++)
            printf("  %s %lu%s %s%s %s\n", TR(c, "line", "ligne"), c->load.notes[i].line, colon,
                   mss_strerror_lang(c->load.notes[i].code, c->lang), colon, c->load.notes[i].text);
    }
    return EXIT_VALID;
}

static void lookup_one(cli *c, const char *value, void *ctx)
{
    (void)ctx;
    const mss_whitelist_entry *e = mss_whitelist_lookup(c->wl, value);
    /* Absent, or not a domain name at all: say which. */
    mss_result res;
    char normalized[MSS_DOMAIN_BUFSIZE];
    if (e || mss_domain_normalize(value, normalized, sizeof normalized, &res) == MSS_OK) {
        mss_result_init(&res);
        if (!e)
            mssi_fail(&res, MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED, MSS_NO_POSITION);
    }
    cli_record(c, res.code);
    size_t nops = e ? mss_whitelist_entry_operator_count(e) : 0;
    /* An absent domain is most often a typo of a listed one: say which. */
    out_suggestions close;
    out_suggest(&close, c, value, e == NULL);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_str(&j, "input", value);
        out_json_result(&j, c, &res, NULL);
        json_kv_bool(&j, "found", e != NULL);
        json_kv_str(&j, "domain", e ? mss_whitelist_entry_domain(e) : NULL);
        json_kv_str(&j, "description", e ? mss_whitelist_entry_description(e) : NULL);
        json_kv_str(&j, "updated", e ? mss_whitelist_entry_updated(e) : NULL);
        json_key(&j, "operators");
        json_arr(&j);
        for (size_t i = 0; i < nops; i++) {
            const char *org = NULL, *id = NULL;
            mss_whitelist_entry_operator(e, i, &org, &id);
            json_obj(&j);
            json_kv_str(&j, "organisation", org);
            json_kv_str(&j, "id", id);
            json_obj_end(&j);
        }
        json_arr_end(&j);
        out_json_suggestions(&j, &close);
        json_close(&j);
        return;
    }
    if (c->quiet)
        return;
    if (!e) {
        printf("%-8s ", TR(c, "ABSENT", "ABSENT"));
        out_text(stdout, value);
        printf("%s %s\n", COLON(c), mss_strerror_lang(res.code, c->lang));
        out_human_suggestions(c, &close);
        return;
    }
    printf("%-8s %s", TR(c, "listed", "inscrit"), mss_whitelist_entry_domain(e));
    if (*mss_whitelist_entry_description(e))
        printf(" — %s", mss_whitelist_entry_description(e));
    fputc('\n', stdout);
    for (size_t i = 0; i < nops; i++) {
        const char *org = NULL, *id = NULL;
        mss_whitelist_entry_operator(e, i, &org, &id);
        printf("         %s%s %s (%s)\n", TR(c, "operator", "opérateur"), COLON(c), org ? org : "", id ? id : "");
    }
}

int cmd_whitelist(cli *c)
{
    bool is_stats = c->nargs == 1 && !strcmp(c->args[0], "stats");
    bool is_lookup = c->nargs >= 2 && !strcmp(c->args[0], "lookup");
    if (!is_stats && !is_lookup)
        return cli_fail(c, "%s: mssconf whitelist stats | lookup DOMAIN...", TR(c, "usage", "utilisation"));
    if (!c->wl && builtin_whitelist(c) != EXIT_VALID)
        return EXIT_USAGE;
    if (is_stats)
        return stats(c);
    int rc = cli_for_each_value(c, c->args + 1, c->nargs - 1, lookup_one, NULL);
    return rc != EXIT_VALID ? rc : c->status;
}

int cmd_lookup(cli *c)
{
    if (c->nargs < 1)
        return cli_fail(c, "%s: mssconf lookup DOMAIN...", TR(c, "usage", "utilisation"));
    if (!c->wl && builtin_whitelist(c) != EXIT_VALID)
        return EXIT_USAGE;
    int rc = cli_for_each_value(c, c->args, c->nargs, lookup_one, NULL);
    return rc != EXIT_VALID ? rc : c->status;
}
