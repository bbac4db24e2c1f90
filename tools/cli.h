/* The mssconf command line: options, shared state and the subcommands. */
#ifndef MSSCONF_CLI_H
#define MSSCONF_CLI_H

#include <medimail/mssconf.h>
#include <stdbool.h>
#include <stdio.h>

/* Exit statuses (documented in mssconf(1)). */
enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

/* Most parts a bulk file is checked in at once (--jobs). */
#define MSSCONF_MAX_JOBS 64u

typedef struct cli {
    const char *command;      /* first positional argument */
    char **args;              /* positional arguments after the command */
    int nargs;

    bool json, quiet, help, markdown, no_progress;
    mss_lang lang;
    const char *whitelist_path;
    const char *type, *last_name, *first_name, *domain;
    unsigned index;
    unsigned jobs;            /* --jobs: parts of a bulk file checked in parallel; 0 = online processors */
    bool password_set, info_confirmed, cgu_accepted, responsible_exists;

    mss_whitelist *wl;        /* NULL: only the built-in generic domains */
    mss_load_info load;       /* what loading --whitelist did (entries, skipped ones) */
    int status;               /* worst outcome so far: EXIT_VALID or EXIT_INVALID */
} cli;

/* Pick the message of the current language. */
#define TR(c, en, fr) ((c)->lang == MSS_LANG_FR ? (fr) : (en))

/* What ends a label: French puts a space before the colon. */
#define COLON(c) TR(c, ":", " :")

/* A usage, I/O or loading problem: message on stderr, returns EXIT_USAGE. */
int cli_fail(const cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Fold a check's outcome into the exit status; returns whether it is valid. */
bool cli_record(cli *c, int code);

/* The exit status a code alone gives: usage-family errors are EXIT_USAGE. */
int cli_status_of(int code);

/* Run fn on every value: the arguments, and standard input one value per
 * line where an argument is "-". Returns EXIT_USAGE on a read error. */
typedef void (*cli_value_fn)(cli *c, const char *value, void *ctx);
int cli_for_each_value(cli *c, char **values, int n, cli_value_fn fn, void *ctx);

/* Load --whitelist (or $MSSCONF_WHITELIST) into c->wl. */
int cli_load_whitelist(cli *c);

/* Per-subcommand help text, on the given stream. */
void cli_print_help(const cli *c, const char *command, FILE *to);

int cmd_id(cli *c);
int cmd_domain(cli *c);
int cmd_address(cli *c);
int cmd_suggest(cli *c);
int cmd_account(cli *c);
int cmd_whitelist(cli *c);
int cmd_lookup(cli *c); /* mssconf lookup DOMAIN...: whitelist lookup */
int cmd_extract(cli *c);
int cmd_accounts(cli *c);
int cmd_errors(cli *c);

#endif
