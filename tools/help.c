/* --help texts, one per subcommand, in English and French. */
#include <string.h>

#include "cli.h"

static const char common_en[] =
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

static const char common_fr[] =
    "Options communes :\n"
    "  --whitelist FICHIER  liste blanche de l'ANS, XML ou texte (par défaut :\n"
    "                    $MSSCONF_WHITELIST, sinon les seuls domaines génériques\n"
    "                    d'Occitanie intégrés)\n"
    "  --json            un objet JSON par valeur ou ligne vérifiée\n"
    "  --lang en|fr      langue des messages (par défaut : $MSSCONF_LANG ou $LANG)\n"
    "  -q, --quiet       afficher moins (fichiers : le bilan seul)\n"
    "  -h, --help        cette aide ;  -V, --version  la version\n"
    "Code de sortie : 0 tout est valide (avertissements permis), 1 quelque chose\n"
    "est invalide, 2 erreur d'utilisation, d'entrée-sortie ou de chargement de la\n"
    "liste blanche. Une VALEUR - lit les valeurs sur l'entrée standard, une par\n"
    "ligne.\n";

typedef struct help_text {
    const char *command;
    const char *en, *fr;
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
      "  whitelist stats | lookup DOMAIN...   (lookup DOMAIN... alone too)\n"
      "  extract FILE|-            the ANS national directory extract\n"
      "  accounts FILE|-           an account load file (CSV)\n"
      "  errors [--markdown]       every error and warning code\n\n"
      "mssconf COMMAND --help for details; man mssconf for everything.\n",
      "Utilisation : mssconf COMMANDE [OPTIONS] ARGUMENTS...\n"
      "Vérifier ce que MSSanté (via Medimail) refusera, avant qu'il le refuse.\n\n"
      "Commandes :\n"
      "  id NATURE VALEUR...       identifiants nationaux (siren siret finess rpps\n"
      "                            rpps-rang adeli idnat-ps idnat-struct adeli-rang)\n"
      "  domain DOMAINE...         est-ce un domaine MSSanté (liste blanche, générique) ?\n"
      "  address --type TYPE ADRESSE...   une adresse de BAL pour son type\n"
      "  suggest --type TYPE --last-name NOM [--first-name PRENOM] --domain D [--index N]\n"
      "  account next STATUT ÉVÉNEMENT [--password-set] [--info-confirmed] [--cgu-accepted]\n"
      "  account events STATUT     ce qui peut arriver à un compte\n"
      "  whitelist stats | lookup DOMAINE...   (lookup DOMAINE... seul aussi)\n"
      "  extract FICHIER|-         l'extraction de l'annuaire national de l'ANS\n"
      "  accounts FICHIER|-        un fichier de chargement de comptes (CSV)\n"
      "  errors [--markdown]       tous les codes d'erreur et d'avertissement\n\n"
      "mssconf COMMANDE --help pour le détail ; man mssconf pour tout.\n" },
    { "id",
      "Usage: mssconf id KIND VALUE...\n"
      "Check national identifiers. KIND: siren, siret, finess, rpps, rpps-rang,\n"
      "adeli, idnat-ps, idnat-struct, adeli-rang. Spaces, dots and hyphens are\n"
      "accepted as separators. JSON adds \"kind\", \"compact\" and \"formatted\".\n",
      "Utilisation : mssconf id NATURE VALEUR...\n"
      "Vérifier des identifiants nationaux. NATURE : siren, siret, finess, rpps,\n"
      "rpps-rang, adeli, idnat-ps, idnat-struct, adeli-rang. Espaces, points et\n"
      "tirets sont acceptés comme séparateurs. Le JSON ajoute \"kind\", \"compact\"\n"
      "et \"formatted\".\n" },
    { "domain",
      "Usage: mssconf domain DOMAIN...\n"
      "Whether each domain can carry MSSanté mailboxes: normalised (IDNA), then\n"
      "looked up in the whitelist (or the generic Occitanie domains). A domain\n"
      "absent from a loaded whitelist, or outside MSSanté, is invalid; a\n"
      "*.mssante.fr domain without a whitelist is valid with a warning.\n"
      "JSON adds \"normalized\", \"unicode\", \"class\" and \"suggestions\".\n",
      "Utilisation : mssconf domain DOMAINE...\n"
      "Si chaque domaine peut porter des BAL MSSanté : normalisé (IDNA), puis\n"
      "cherché dans la liste blanche (ou parmi les domaines génériques\n"
      "d'Occitanie). Un domaine absent d'une liste blanche chargée, ou hors\n"
      "MSSanté, est invalide ; un domaine *.mssante.fr sans liste blanche est\n"
      "valide avec un avertissement. Le JSON ajoute \"normalized\", \"unicode\",\n"
      "\"class\" et \"suggestions\".\n" },
    { "address",
      "Usage: mssconf address --type TYPE ADDRESS...\n"
      "Check mailbox addresses for a type: PER, ORG, APP, CAB (MSSanté domain\n"
      "required), INT, MED (any public domain). Syntax errors are errors; the\n"
      "guide's conventions (nom.prenom...) are warnings.\n"
      "JSON adds \"type\", \"normalized\", \"local\", \"domain\", \"domain_class\".\n",
      "Utilisation : mssconf address --type TYPE ADRESSE...\n"
      "Vérifier des adresses de BAL pour un type : PER, ORG, APP, CAB (domaine\n"
      "MSSanté exigé), INT, MED (tout domaine public). Les fautes de syntaxe sont\n"
      "des erreurs ; les conventions du guide (nom.prenom...) des avertissements.\n"
      "Le JSON ajoute \"type\", \"normalized\", \"local\", \"domain\", \"domain_class\".\n" },
    { "suggest",
      "Usage: mssconf suggest --type TYPE --last-name NOM [--first-name PRENOM]\n"
      "                       --domain DOMAIN [--index N]\n"
      "Build the conventional address nom.prenom@domain (accents removed,\n"
      "homonym index N appended), checked for the type. ORG and APP boxes\n"
      "take a service name as --last-name and no first name.\n",
      "Utilisation : mssconf suggest --type TYPE --last-name NOM [--first-name PRENOM]\n"
      "                              --domain DOMAINE [--index N]\n"
      "Construire l'adresse conventionnelle nom.prenom@domaine (sans accents,\n"
      "indice d'homonymie N ajouté), vérifiée pour le type. Les BAL ORG et APP\n"
      "prennent un nom de service en --last-name et pas de prénom.\n" },
    { "account",
      "Usage: mssconf account next STATUS EVENT [--password-set] [--info-confirmed]\n"
      "                       [--cgu-accepted] [--type TYPE] [--responsible-exists]\n"
      "       mssconf account events STATUS\n"
      "Medimail account life cycle. STATUS: NONE, PREINSCRIT, A_VALIDER, VALIDE,\n"
      "SUSPENDU, REFUSE, SUPPRIME. EVENT: CREATE, BULK_CREATE, SELF_ENROL,\n"
      "FINALISE, VALIDATE, REJECT, SUSPEND, REACTIVATE, DELETE. `next` prints\n"
      "the next status or every reason it is refused (exit 1).\n",
      "Utilisation : mssconf account next STATUT ÉVÉNEMENT [--password-set]\n"
      "                     [--info-confirmed] [--cgu-accepted] [--type TYPE]\n"
      "                     [--responsible-exists]\n"
      "              mssconf account events STATUT\n"
      "Cycle de vie d'un compte Medimail. STATUT : NONE, PREINSCRIT, A_VALIDER,\n"
      "VALIDE, SUSPENDU, REFUSE, SUPPRIME. ÉVÉNEMENT : CREATE, BULK_CREATE,\n"
      "SELF_ENROL, FINALISE, VALIDATE, REJECT, SUSPEND, REACTIVATE, DELETE.\n"
      "`next` affiche le statut suivant, ou chaque raison du refus (sortie 1).\n" },
    { "whitelist",
      "Usage: mssconf whitelist stats\n"
      "       mssconf whitelist lookup DOMAIN...   (or: mssconf lookup DOMAIN...)\n"
      "Statistics of the loaded whitelist (domains, operators, date), or the\n"
      "entry of each domain (exit 1 when one is absent). Without --whitelist,\n"
      "the built-in generic Occitanie domains.\n",
      "Utilisation : mssconf whitelist stats\n"
      "              mssconf whitelist lookup DOMAINE...   (ou : mssconf lookup DOMAINE...)\n"
      "Statistiques de la liste blanche chargée (domaines, opérateurs, date), ou\n"
      "l'entrée de chaque domaine (sortie 1 si l'un est absent). Sans\n"
      "--whitelist, les domaines génériques d'Occitanie intégrés.\n" },
    { "extract",
      "Usage: mssconf extract [--jobs N] [--no-progress] FILE|-\n"
      "Check every row of the ANS national directory extract (UTF-8, '|', 31\n"
      "columns, header line): mailbox type, address (domain against the\n"
      "whitelist), person and structure identifiers, Identification nationale\n"
      "PP, Dématérialisation, postal code and department. Prints every row\n"
      "with a problem, then a summary (rows, valid rows, problems by kind, by\n"
      "mailbox type, by domain). JSON: one object per row, then one\n"
      "{\"summary\": ...} object. A progress bar shows on a terminal.\n"
      "  -j, --jobs N      check a regular file in N parts in parallel (0: one\n"
      "                    per processor; default 1); same output, same order.\n"
      "                    Standard input from a pipe is read by one thread.\n"
      "  --no-progress     no progress bar\n",
      "Utilisation : mssconf extract [--jobs N] [--no-progress] FICHIER|-\n"
      "Vérifier chaque ligne de l'extraction de l'annuaire national de l'ANS\n"
      "(UTF-8, '|', 31 colonnes, ligne d'en-tête) : type de BAL, adresse (domaine\n"
      "comparé à la liste blanche), identifiants de la personne et de la\n"
      "structure, Identification nationale PP, Dématérialisation, code postal et\n"
      "département. Affiche chaque ligne en défaut, puis un bilan (lignes,\n"
      "lignes valides, problèmes par nature, par type de BAL, par domaine).\n"
      "JSON : un objet par ligne, puis un objet {\"summary\": ...}. Une barre de\n"
      "progression s'affiche sur un terminal.\n"
      "  -j, --jobs N      vérifier un fichier ordinaire en N parts en parallèle\n"
      "                    (0 : une par processeur ; 1 par défaut) ; même sortie,\n"
      "                    même ordre. L'entrée standard venant d'un tube est lue\n"
      "                    par un seul fil.\n"
      "  --no-progress     pas de barre de progression\n" },
    { "accounts",
      "Usage: mssconf accounts [--no-progress] FILE|-\n"
      "Check an account load file (CSV with a header; ';' or ','; see\n"
      "docs/account-file.md): each row as a mailbox record, problems by column.\n"
      "Output as for `extract`. --jobs is accepted and reads with one thread:\n"
      "quoted fields may hold line ends, so the file cannot be cut at a line.\n",
      "Utilisation : mssconf accounts [--no-progress] FICHIER|-\n"
      "Vérifier un fichier de chargement de comptes (CSV avec en-tête ; ';' ou\n"
      "',' ; voir docs/account-file.md) : chaque ligne comme une BAL, problèmes\n"
      "par colonne. Sortie comme pour `extract`. --jobs est accepté et lit avec\n"
      "un seul fil : un champ entre guillemets peut contenir des fins de ligne,\n"
      "le fichier ne peut donc pas être coupé à une ligne.\n" },
    { "errors",
      "Usage: mssconf errors [--markdown] [--json]\n"
      "Every error and warning code with its name and messages (--markdown:\n"
      "the table of docs/errors.md).\n",
      "Utilisation : mssconf errors [--markdown] [--json]\n"
      "Chaque code d'erreur et d'avertissement, avec son nom et ses messages\n"
      "(--markdown : la table de docs/errors.md).\n" },
};

void cli_print_help(const cli *c, const char *command, FILE *to)
{
    const help_text *h = &texts[0];
    if (command && !strcmp(command, "lookup"))
        command = "whitelist";
    for (size_t i = 1; i < sizeof texts / sizeof texts[0]; i++)
        if (command && !strcmp(texts[i].command, command))
            h = &texts[i];
    fputs(TR(c, h->en, h->fr), to);
    fputc('\n', to);
    fputs(TR(c, common_en, common_fr), to);
}
