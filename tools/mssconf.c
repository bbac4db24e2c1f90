/* mssconf: check MSSanté / Medimail configuration data from the command
 * line. This file parses the options and dispatches to the subcommands
 * (cmd_*.c). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "output.h"
#include "result.h"

typedef struct command {
    const char *name;
    int (*run)(cli *c);
    bool needs_whitelist;
} command;

static const command commands[] = {
    { "id", cmd_id, false },
    { "domain", cmd_domain, true },
    { "address", cmd_address, true },
    { "suggest", cmd_suggest, true },
    { "account", cmd_account, false },
    { "whitelist", cmd_whitelist, true },
    { "lookup", cmd_lookup, true },
    { "extract", cmd_extract, true },
    { "accounts", cmd_accounts, true },
    { "errors", cmd_errors, false },
};

typedef enum { FLAG, VALUE } arity;

typedef struct option {
    const char *name;
    char shortname;
    arity arity;
    const char *commands; /* space-separated; NULL: every command */
} option;

static const option options[] = {
    { "help", 'h', FLAG, NULL },
    { "version", 'V', FLAG, NULL },
    { "json", 0, FLAG, NULL },
    { "quiet", 'q', FLAG, NULL },
    { "lang", 0, VALUE, NULL },
    { "whitelist", 0, VALUE, NULL },
    { "type", 0, VALUE, " address suggest account " },
    { "last-name", 0, VALUE, " suggest " },
    { "first-name", 0, VALUE, " suggest " },
    { "domain", 0, VALUE, " suggest " },
    { "index", 0, VALUE, " suggest " },
    { "password-set", 0, FLAG, " account " },
    { "info-confirmed", 0, FLAG, " account " },
    { "cgu-accepted", 0, FLAG, " account " },
    { "responsible-exists", 0, FLAG, " account " },
    { "markdown", 0, FLAG, " errors " },
    { "no-progress", 0, FLAG, " extract accounts " },
    { "jobs", 'j', VALUE, " extract accounts " },
};

int cli_fail(const cli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mssconf: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    (void)c;
    return EXIT_USAGE;
}

int cli_status_of(int code)
{
    if (code == MSS_OK)
        return EXIT_VALID;
    if (code < 0 && mss_error_family_of(code) == MSS_FAMILY_USAGE)
        return EXIT_USAGE;
    return code < 0 ? EXIT_INVALID : EXIT_VALID;
}

bool cli_record(cli *c, int code)
{
    if (code < 0 && c->status == EXIT_VALID)
        c->status = EXIT_INVALID;
    return code >= 0;
}

/* One line of standard input, without its line end, into buf (cap
 * octets). A line too long for any check keeps its first cap - 1 octets,
 * still more than MSS_MAX_INPUT, so the check refuses it as too long; the
 * rest of it is skipped. Returns the length, or -1 at the end of input. */
static long read_value(char *buf, size_t cap)
{
    size_t len = 0;
    int ch = EOF;
    bool any = false;
    while ((ch = getc_unlocked(stdin)) != EOF) {
        any = true;
        if (ch == '\n')
            break;
        if (len + 1 < cap)
            buf[len++] = (char)ch;
    }
    if (!any)
        return -1;
    while (len > 0 && buf[len - 1] == '\r')
        len--;
    buf[len] = '\0';
    return (long)len;
}

/* A value holding a NUL octet cannot be handed to a check, which would
 * stop there and see only its beginning: it is refused here as the checks
 * refuse any other control character. */
static void refuse_nul(cli *c, char *value, size_t len, size_t offset)
{
    mss_result res;
    mss_result_init(&res);
    mssi_fail(&res, MSS_ERR_CONTROL_CHARACTER, offset);
    cli_record(c, res.code);
    if (c->json) {
        json j;
        json_open(&j, stdout);
        json_kv_strn(&j, "input", value, len);
        out_json_result(&j, c, &res, NULL);
        json_close(&j);
        return;
    }
    if (c->quiet)
        return;
    for (char *p = value; (p = memchr(p, '\0', (size_t)(value + len - p))) != NULL; p++)
        *p = '\x01'; /* shown as '?', like every control character */
    printf("%-8s ", out_verdict(c, &res));
    out_text(stdout, value);
    fputc('\n', stdout);
    out_human_issues(stdout, c, &res, NULL, "         ");
}

int cli_for_each_value(cli *c, char **values, int n, cli_value_fn fn, void *ctx)
{
    char line[MSS_MAX_INPUT + 2];
    for (int i = 0; i < n; i++) {
        if (strcmp(values[i], "-") != 0) {
            fn(c, values[i], ctx);
            continue;
        }
        long len;
        while ((len = read_value(line, sizeof line)) >= 0) {
            const char *nul = memchr(line, '\0', (size_t)len);
            if (nul)
                refuse_nul(c, line, (size_t)len, (size_t)(nul - line));
            else if (len > 0)
                fn(c, line, ctx);
        }
        if (ferror(stdin))
            return cli_fail(c, "%s: %s", TR(c, "cannot read standard input", "lecture de l'entrée standard impossible"),
                            strerror(errno));
    }
    return EXIT_VALID;
}

int cli_load_whitelist(cli *c)
{
    const char *path = c->whitelist_path;
    if (!path || !*path)
        path = getenv("MSSCONF_WHITELIST");
    if (!path || !*path)
        return EXIT_VALID;
    c->wl = mss_whitelist_new();
    if (!c->wl)
        return cli_fail(c, "%s", mss_strerror_lang(MSS_ERR_NO_MEMORY, c->lang));
    mss_load_info *info = &c->load;
    int rc = mss_whitelist_load_file(c->wl, path, info);
    if (rc != MSS_OK) {
        if (info->line)
            return cli_fail(c, "%s: %s:%lu:%lu: %s (%s)", TR(c, "whitelist", "liste blanche"), path, info->line,
                            info->column, mss_strerror_lang(rc, c->lang), mss_error_name(rc));
        return cli_fail(c, "%s: %s: %s (%s)", TR(c, "whitelist", "liste blanche"), path,
                        mss_strerror_lang(rc, c->lang), mss_error_name(rc));
    }
    return EXIT_VALID;
}

static const option *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
        if (strlen(options[i].name) == len && strncmp(options[i].name, name, len) == 0)
            return &options[i];
    return NULL;
}

static const option *find_short(char ch)
{
    for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
        if (options[i].shortname && options[i].shortname == ch)
            return &options[i];
    return NULL;
}

static int parse_unsigned(const cli *c, const char *opt, const char *v, unsigned max, unsigned *out)
{
    char *end;
    errno = 0;
    unsigned long n = strtoul(v, &end, 10);
    if (!*v || *end || errno || n > max || v[0] == '-')
        return cli_fail(c, "--%s: %s (0..%u): %s", opt, TR(c, "expected a number", "nombre attendu"), max, v);
    *out = (unsigned)n;
    return EXIT_VALID;
}

static int apply(cli *c, const option *o, const char *v)
{
    const char *n = o->name;
    if (!strcmp(n, "help"))
        c->help = true;
    else if (!strcmp(n, "json"))
        c->json = true;
    else if (!strcmp(n, "quiet"))
        c->quiet = true;
    else if (!strcmp(n, "markdown"))
        c->markdown = true;
    else if (!strcmp(n, "no-progress"))
        c->no_progress = true;
    else if (!strcmp(n, "password-set"))
        c->password_set = true;
    else if (!strcmp(n, "info-confirmed"))
        c->info_confirmed = true;
    else if (!strcmp(n, "cgu-accepted"))
        c->cgu_accepted = true;
    else if (!strcmp(n, "responsible-exists"))
        c->responsible_exists = true;
    else if (!strcmp(n, "whitelist"))
        c->whitelist_path = v;
    else if (!strcmp(n, "type"))
        c->type = v;
    else if (!strcmp(n, "last-name"))
        c->last_name = v;
    else if (!strcmp(n, "first-name"))
        c->first_name = v;
    else if (!strcmp(n, "domain"))
        c->domain = v;
    else if (!strcmp(n, "index"))
        return parse_unsigned(c, n, v, MSS_HOMONYM_MAX, &c->index);
    else if (!strcmp(n, "jobs"))
        return parse_unsigned(c, n, v, MSSCONF_MAX_JOBS, &c->jobs);
    else if (!strcmp(n, "lang")) {
        if (!strcasecmp(v, "fr"))
            c->lang = MSS_LANG_FR;
        else if (!strcasecmp(v, "en"))
            c->lang = MSS_LANG_EN;
        else
            return cli_fail(c, "--lang: %s: %s", TR(c, "expected en or fr", "en ou fr attendu"), v);
    }
    return EXIT_VALID;
}

/* Default language from the environment, so French users get French. */
static mss_lang default_lang(void)
{
    const char *v = getenv("MSSCONF_LANG");
    if (!v || !*v)
        v = getenv("LANG");
    return v && strncasecmp(v, "fr", 2) == 0 ? MSS_LANG_FR : MSS_LANG_EN;
}

static bool option_applies(const option *o, const char *command)
{
    if (!o->commands)
        return true;
    if (!command)
        return false;
    char word[32];
    snprintf(word, sizeof word, " %s ", command);
    return strstr(o->commands, word) != NULL;
}

/* Options may come before or after the subcommand; "--" ends them. */
static int parse(cli *c, int argc, char **argv, bool *version)
{
    const option *seen[64];
    size_t nseen = 0;
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options_done || a[0] != '-' || !strcmp(a, "-")) {
            if (!c->command)
                c->command = a;
            else
                c->args[c->nargs++] = a;
            continue;
        }
        if (!strcmp(a, "--")) {
            options_done = true;
            continue;
        }
        const option *o;
        const char *v = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
            o = find_long(a + 2, len);
            if (eq)
                v = eq + 1;
        } else {
            /* -j4 as well as -j 4, as make(1) takes it. */
            o = find_short(a[1]);
            if (o && a[2] != '\0' && o->arity == VALUE)
                v = a + 2;
            else if (a[2] != '\0')
                o = NULL;
        }
        if (!o)
            return cli_fail(c, "%s: %s (mssconf --help)", TR(c, "unknown option", "option inconnue"), a);
        if (o->arity == VALUE && !v) {
            if (i + 1 >= argc)
                return cli_fail(c, "%s: %s", a, TR(c, "a value is required", "une valeur est requise"));
            v = argv[++i];
        } else if (o->arity == FLAG && v) {
            return cli_fail(c, "%s: %s", a, TR(c, "takes no value", "ne prend pas de valeur"));
        }
        if (!strcmp(o->name, "version"))
            *version = true;
        if (nseen < sizeof seen / sizeof seen[0])
            seen[nseen++] = o;
        if (apply(c, o, v) != EXIT_VALID)
            return EXIT_USAGE;
    }
    for (size_t i = 0; i < nseen; i++)
        if (!c->help && !option_applies(seen[i], c->command))
            return cli_fail(c, TR(c, "--%s does not apply to \"%s\" (mssconf %s --help)",
                                  "--%s ne s'applique pas à « %s » (mssconf %s --help)"),
                            seen[i]->name, c->command ? c->command : "", c->command ? c->command : "");
    return EXIT_VALID;
}

int main(int argc, char **argv)
{
    cli c = { .lang = default_lang(), .jobs = 1, .status = EXIT_VALID };
    bool version = false;
    c.args = calloc((size_t)argc + 1, sizeof *c.args);
    if (!c.args)
        return EXIT_USAGE;
    out_init();
    int rc = parse(&c, argc, argv, &version);
    if (rc == EXIT_VALID && version) {
        printf("mssconf %s\n", mss_version());
    } else if (rc == EXIT_VALID && (c.help || !c.command)) {
        /* Asked for, help is the output; given instead of a command, it is
         * a usage error and goes where errors go. */
        cli_print_help(&c, c.command, c.help ? stdout : stderr);
        if (!c.help)
            rc = EXIT_USAGE;
    } else if (rc == EXIT_VALID && !strcmp(c.command, "help")) {
        cli_print_help(&c, c.nargs ? c.args[0] : NULL, stdout);
    } else if (rc == EXIT_VALID) {
        const command *cmd = NULL;
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
            if (!strcmp(commands[i].name, c.command))
                cmd = &commands[i];
        if (!cmd)
            rc = cli_fail(&c, "%s: %s (mssconf --help)", TR(&c, "unknown command", "commande inconnue"), c.command);
        /* A --whitelist that cannot be loaded is an error even where it is not used. */
        else if ((!cmd->needs_whitelist && !c.whitelist_path) || (rc = cli_load_whitelist(&c)) == EXIT_VALID)
            rc = cmd->run(&c);
    }
    mss_whitelist_free(c.wl);
    free(c.args);
    if (fflush(stdout) != 0 && rc != EXIT_USAGE)
        rc = cli_fail(&c, "%s", TR(&c, "cannot write the output", "écriture de la sortie impossible"));
    return rc;
}
