/* --help texts, one per subcommand. */
#include <string.h>

#include "cli.h"

static const char common_options[] =
    "Common options:\n"
    "  --whitelist FILE  ANS whitelist, XML or text (default: $MSSCONF_WHITELIST,\n"
    "                    else only the built-in generic Occitanie domains)\n"
    "  --json            one JSON object per checked value or row\n"
    "  --lang en|fr      language of messages (default: from $MSSCONF_LANG or $LANG)\n"
    "  -q, --quiet       print less (files: only the summary)\n"
    "  -h, --help        this help;  -V, --version  the version\n"
    "Exit status: 0 all valid (warnings allowed), 1 something invalid,\n"
    "2 usage, I/O or whitelist loading error. A VALUE of - reads values from\n"
    "standard input, one per line.\n";

typedef struct help_text {
    const char *command;
    const char *text;
} help_text;

static const help_text texts[] = {
    { NULL,
      "Usage: mssconf COMMAND [OPTIONS] ARGUMENTS...\n"
      "Check what MSSanté (via Medimail) will reject, before it does.\n\n"
      "Commands:\n"
      "  id KIND VALUE...          national identifiers (siren siret finess rpps\n"
      "                            rpps-rang adeli idnat-ps idnat-struct adeli-rang)\n"
      "  domain DOMAIN...          is it an MSSanté domain (whitelist, generic)?\n"
      "  address --type TYPE ADDRESS...   a mailbox address for its type\n"
      "  suggest --type TYPE --last-name NOM [--first-name PRENOM] --domain D [--index N]\n"
      "  account next STATUS EVENT [--password-set] [--info-confirmed] [--cgu-accepted]\n"
      "  account events STATUS     what can happen to an account\n"
      "  whitelist stats | lookup DOMAIN...\n"
      "  extract FILE|-            the ANS national directory extract\n"
      "  accounts FILE|-           an account load file (CSV)\n"
      "  errors [--markdown]       every error and warning code\n\n"
      "mssconf COMMAND --help for details; man mssconf for everything.\n" },
    { "id",
      "Usage: mssconf id KIND VALUE...\n"
      "Check national identifiers. KIND: siren, siret, finess, rpps, rpps-rang,\n"
      "adeli, idnat-ps, idnat-struct, adeli-rang. Spaces, dots and hyphens are\n"
      "accepted as separators. JSON adds \"kind\", \"compact\" and \"formatted\".\n" },
    { "domain",
      "Usage: mssconf domain DOMAIN...\n"
      "Whether each domain can carry MSSanté mailboxes: normalised (IDNA), then\n"
      "looked up in the whitelist (or the generic Occitanie domains). A domain\n"
      "absent from a loaded whitelist, or outside MSSanté, is invalid; a\n"
      "*.mssante.fr domain without a whitelist is valid with a warning.\n"
      "JSON adds \"normalized\", \"unicode\", \"class\" and \"suggestions\".\n" },
    { "address",
      "Usage: mssconf address --type TYPE ADDRESS...\n"
      "Check mailbox addresses for a type: PER, ORG, APP, CAB (MSSanté domain\n"
      "required), INT, MED (any public domain). Syntax errors are errors; the\n"
      "guide's conventions (nom.prenom...) are warnings.\n"
      "JSON adds \"type\", \"normalized\", \"local\", \"domain\", \"domain_class\".\n" },
    { "suggest",
      "Usage: mssconf suggest --type TYPE --last-name NOM [--first-name PRENOM]\n"
      "                       --domain DOMAIN [--index N]\n"
      "Build the conventional address nom.prenom@domain (accents removed,\n"
      "homonym index N appended), checked for the type. ORG and APP boxes\n"
      "take a service name as --last-name and no first name.\n" },
    { "account",
      "Usage: mssconf account next STATUS EVENT [--password-set] [--info-confirmed]\n"
      "                       [--cgu-accepted] [--type TYPE] [--responsible-exists]\n"
      "       mssconf account events STATUS\n"
      "Medimail account life cycle. STATUS: NONE, PREINSCRIT, A_VALIDER, VALIDE,\n"
      "SUSPENDU, REFUSE, SUPPRIME. EVENT: CREATE, BULK_CREATE, SELF_ENROL,\n"
      "FINALISE, VALIDATE, REJECT, SUSPEND, REACTIVATE, DELETE. `next` prints\n"
      "the next status or every reason it is refused (exit 1).\n" },
    { "whitelist",
      "Usage: mssconf whitelist stats\n"
      "       mssconf whitelist lookup DOMAIN...\n"
      "Statistics of the loaded whitelist (domains, operators, date), or the\n"
      "entry of each domain (exit 1 when one is absent). Without --whitelist,\n"
      "the built-in generic Occitanie domains.\n" },
    { "extract",
      "Usage: mssconf extract [--no-progress] FILE|-\n"
      "Check every row of the ANS national directory extract (UTF-8, '|', 31\n"
      "columns, header line): mailbox type, address (domain against the\n"
      "whitelist), person and structure identifiers, Identification nationale\n"
      "PP, Dématérialisation, postal code and department. Prints every row\n"
      "with a problem, then a summary (rows, valid rows, problems by kind, by\n"
      "mailbox type, by domain). JSON: one object per row, then one\n"
      "{\"summary\": ...} object. A progress bar shows on a terminal.\n" },
    { "accounts",
      "Usage: mssconf accounts [--no-progress] FILE|-\n"
      "Check an account load file (CSV with a header; ';' or ','; see\n"
      "docs/account-file.md): each row as a mailbox record, problems by column.\n"
      "Output as for `extract`.\n" },
    { "errors",
      "Usage: mssconf errors [--markdown] [--json]\n"
      "Every error and warning code with its name and messages (--markdown:\n"
      "the table of docs/errors.md).\n" },
};

void cli_print_help(const cli *c, const char *command)
{
    (void)c;
    const char *text = texts[0].text;
    for (size_t i = 1; i < sizeof texts / sizeof texts[0]; i++)
        if (command && !strcmp(texts[i].command, command))
            text = texts[i].text;
    fputs(text, stdout);
    fputc('\n', stdout);
    fputs(common_options, stdout);
}
