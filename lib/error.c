/* The registry of codes: the one place where a code gets its name, family
 * and messages. Kept in ascending numeric order (a unit test enforces it) so
 * lookups are a binary search and listings come out sorted. */
#include <medimail/error.h>

#include "result.h"

typedef struct {
    int code;
    const char *name;
    mss_error_family family;
    const char *en;
    const char *fr;
} registry_entry;

#define E(sym, fam, en, fr) { sym, #sym, MSS_FAMILY_##fam, en, fr }

static const registry_entry registry[] = {
    /* --- bulk files --- */
    E(MSS_ERR_EXTRACT_DEMATERIALISATION, FILE, "Dématérialisation is neither O nor N",
      "la Dématérialisation n'est ni O ni N"),
    E(MSS_ERR_EXTRACT_DEPARTMENT, COMPONENT, "the department code does not exist",
      "le code de département n'existe pas"),
    E(MSS_ERR_EXTRACT_POSTAL_CODE, FORMAT, "the postal code is not 5 digits",
      "le code postal ne compte pas 5 chiffres"),
    E(MSS_ERR_FILE_DUPLICATE_COLUMN, FILE, "a column appears twice in the header",
      "une colonne figure deux fois dans l'en-tête"),
    E(MSS_ERR_FILE_MISSING_COLUMN, FILE, "a required column is missing from the header",
      "une colonne obligatoire manque dans l'en-tête"),
    E(MSS_ERR_FILE_CSV_QUOTE, FILE, "malformed CSV quoting (unbalanced or misplaced double quote)",
      "guillemets CSV mal formés (guillemet non fermé ou mal placé)"),
    E(MSS_ERR_FILE_CONTROL_CHARACTER, FILE, "control character inside a field",
      "caractère de contrôle dans un champ"),
    E(MSS_ERR_FILE_ROW_UTF8, FILE, "the row is not valid UTF-8", "la ligne n'est pas en UTF-8 valide"),
    E(MSS_ERR_FILE_LINE_TOO_LONG, FILE, "the line is longer than any valid row",
      "la ligne est plus longue que toute ligne valide"),
    E(MSS_ERR_FILE_FIELD_COUNT, FILE, "the row does not have the expected number of fields",
      "la ligne n'a pas le nombre de champs attendu"),
    E(MSS_ERR_FILE_HEADER, FILE, "the header line is not the expected one",
      "la ligne d'en-tête n'est pas celle attendue"),
    E(MSS_ERR_FILE_EMPTY, FILE, "the file holds no header line", "le fichier ne contient aucune ligne d'en-tête"),
    /* --- addresses and mailbox types --- */
    E(MSS_ERR_SUGGEST_NAME, ADDRESS, "the name holds no letter that can form an address",
      "le nom ne contient aucune lettre utilisable pour former une adresse"),
    E(MSS_ERR_BAL_TYPE_UNKNOWN, ADDRESS, "unknown mailbox type (expected PER, ORG, APP, CAB, INT or MED)",
      "type de BAL inconnu (attendu : PER, ORG, APP, CAB, INT ou MED)"),
    E(MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED, DOMAIN, "the domain is not in the MSSanté whitelist",
      "le domaine n'est pas dans la liste blanche MSSanté"),
    E(MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, DOMAIN, "this mailbox type needs an MSSanté domain",
      "ce type de BAL exige un domaine MSSanté"),
    E(MSS_ERR_ADDRESS_DOMAIN_EMPTY, ADDRESS, "nothing after the at-sign", "rien après l'arobase"),
    E(MSS_ERR_ADDRESS_DOMAIN_LITERAL, ADDRESS, "domain literals ([address]) are not accepted",
      "les domaines littéraux ([adresse]) ne sont pas acceptés"),
    E(MSS_ERR_ADDRESS_COMMENT, ADDRESS, "comments in parentheses are not accepted",
      "les commentaires entre parenthèses ne sont pas acceptés"),
    E(MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, ADDRESS, "character not allowed in the local part",
      "caractère interdit dans la partie locale"),
    E(MSS_ERR_ADDRESS_LOCAL_NON_ASCII, ADDRESS, "non-ASCII character in the local part",
      "caractère non ASCII dans la partie locale"),
    E(MSS_ERR_ADDRESS_LOCAL_QUOTED, ADDRESS, "quoted local parts are not accepted",
      "les parties locales entre guillemets ne sont pas acceptées"),
    E(MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, ADDRESS, "two consecutive dots in the local part",
      "deux points consécutifs dans la partie locale"),
    E(MSS_ERR_ADDRESS_LOCAL_TRAILING_DOT, ADDRESS, "the local part ends with a dot",
      "la partie locale se termine par un point"),
    E(MSS_ERR_ADDRESS_LOCAL_LEADING_DOT, ADDRESS, "the local part starts with a dot",
      "la partie locale commence par un point"),
    E(MSS_ERR_ADDRESS_TOO_LONG, ADDRESS, "address longer than 254 octets",
      "adresse de plus de 254 octets"),
    E(MSS_ERR_ADDRESS_LOCAL_TOO_LONG, ADDRESS, "local part longer than 64 octets",
      "partie locale de plus de 64 octets"),
    E(MSS_ERR_ADDRESS_LOCAL_EMPTY, ADDRESS, "nothing before the at-sign", "rien avant l'arobase"),
    E(MSS_ERR_ADDRESS_MULTIPLE_AT, ADDRESS, "more than one at-sign", "plus d'une arobase"),
    E(MSS_ERR_ADDRESS_NO_AT, ADDRESS, "no at-sign", "pas d'arobase"),
    /* --- whitelist --- */
    E(MSS_ERR_WHITELIST_TOO_LARGE, WHITELIST, "input larger than any plausible whitelist",
      "entrée plus grande que toute liste blanche plausible"),
    E(MSS_ERR_WHITELIST_TEXT_LINE, WHITELIST, "a line of the domain list is not a domain name",
      "une ligne de la liste de domaines n'est pas un nom de domaine"),
    E(MSS_ERR_WHITELIST_ENTITY, WHITELIST, "DTDs and entities are refused in the whitelist",
      "les DTD et entités sont refusées dans la liste blanche"),
    E(MSS_ERR_WHITELIST_NOT_WHITELIST, WHITELIST, "the document is not an MSSanté whitelist",
      "le document n'est pas une liste blanche MSSanté"),
    E(MSS_ERR_WHITELIST_TRUNCATED, WHITELIST, "the whitelist is truncated inside ListeDomaines",
      "la liste blanche est tronquée dans ListeDomaines"),
    E(MSS_ERR_WHITELIST_XML, WHITELIST, "the whitelist is not well-formed XML",
      "la liste blanche n'est pas un XML bien formé"),
    /* --- domains --- */
    E(MSS_ERR_DOMAIN_UNKNOWN_KIND, USAGE, "unknown kind of structure",
      "type de structure inconnu"),
    E(MSS_ERR_DOMAIN_NUMERIC_TLD, DOMAIN, "the last label is all digits (an IP address is not a domain)",
      "le dernier libellé est entièrement numérique (une adresse IP n'est pas un domaine)"),
    E(MSS_ERR_DOMAIN_SPECIAL_USE, DOMAIN, "special-use name, not a public domain (localhost, .local, .test...)",
      "nom à usage spécial, pas un domaine public (localhost, .local, .test...)"),
    E(MSS_ERR_DOMAIN_SINGLE_LABEL, DOMAIN, "a public domain has at least two labels",
      "un domaine public comporte au moins deux libellés"),
    E(MSS_ERR_DOMAIN_IDNA, DOMAIN, "not a valid internationalised domain name",
      "nom de domaine internationalisé invalide"),
    E(MSS_ERR_DOMAIN_TRAILING_DOT, DOMAIN, "the domain ends with a dot",
      "le domaine se termine par un point"),
    E(MSS_ERR_DOMAIN_HYPHEN, DOMAIN, "a label starts or ends with a hyphen",
      "un libellé commence ou se termine par un tiret"),
    E(MSS_ERR_DOMAIN_INVALID_CHARACTER, DOMAIN, "character not allowed in a domain name",
      "caractère interdit dans un nom de domaine"),
    E(MSS_ERR_DOMAIN_TOO_LONG, DOMAIN, "domain longer than 253 octets",
      "domaine de plus de 253 octets"),
    E(MSS_ERR_DOMAIN_LABEL_TOO_LONG, DOMAIN, "a label is longer than 63 octets",
      "un libellé dépasse 63 octets"),
    E(MSS_ERR_DOMAIN_EMPTY_LABEL, DOMAIN, "empty label (leading or consecutive dots)",
      "libellé vide (point initial ou points consécutifs)"),
    /* --- identifiers --- */
    E(MSS_ERR_ID_UNKNOWN_KIND, USAGE, "unknown identifier kind", "type d'identifiant inconnu"),
    E(MSS_ERR_IDNAT_PREFIX, COMPONENT, "unknown national identifier type prefix",
      "préfixe de type d'identifiant national inconnu"),
    E(MSS_ERR_ADELI_DEPARTMENT, COMPONENT, "the ADELI department does not exist",
      "le département ADELI n'existe pas"),
    E(MSS_ERR_SIRET_SIREN, CHECKSUM, "the SIREN inside the SIRET is invalid",
      "le SIREN contenu dans le SIRET est invalide"),
    E(MSS_ERR_FINESS_KEYLESS, LENGTH,
      "8 characters: a FINESS without its key or with a lost leading zero (never padded)",
      "8 caractères : FINESS sans clé ou zéro initial perdu (jamais complété)"),
    E(MSS_ERR_FINESS_OVERSEAS, COMPONENT, "the FINESS overseas territory code does not exist",
      "le code de territoire d'outre-mer du FINESS n'existe pas"),
    E(MSS_ERR_FINESS_DEPARTMENT, COMPONENT, "the FINESS department does not exist",
      "le département du FINESS n'existe pas"),
    E(MSS_ERR_ID_CHECKSUM, CHECKSUM, "the check digit is wrong", "la clé de contrôle est fausse"),
    E(MSS_ERR_ID_LENGTH, LENGTH, "wrong number of characters", "nombre de caractères incorrect"),
    E(MSS_ERR_ID_INVALID_CHARACTER, FORMAT, "character not allowed in this identifier",
      "caractère interdit dans cet identifiant"),
    /* --- general --- */
    E(MSS_ERR_IO, USAGE, "the file could not be read", "le fichier n'a pas pu être lu"),
    E(MSS_ERR_INVALID_ARGUMENT, USAGE, "an argument is out of range", "un argument est hors limites"),
    E(MSS_ERR_CONTROL_CHARACTER, FORMAT, "control character in the input",
      "caractère de contrôle dans l'entrée"),
    E(MSS_ERR_INVALID_UTF8, FORMAT, "the input is not valid UTF-8", "l'entrée n'est pas en UTF-8 valide"),
    E(MSS_ERR_EMPTY, FORMAT, "the input is empty", "l'entrée est vide"),
    E(MSS_ERR_TOO_LONG, LENGTH, "the input is too long", "l'entrée est trop longue"),
    E(MSS_ERR_BUFFER_TOO_SMALL, USAGE, "the output buffer is too small",
      "le tampon de sortie est trop petit"),
    E(MSS_ERR_NO_MEMORY, USAGE, "out of memory", "mémoire insuffisante"),
    E(MSS_ERR_NULL_ARGUMENT, USAGE, "a required argument is NULL", "un argument obligatoire est NULL"),
    E(MSS_OK, NONE, "no error", "pas d'erreur"),
    /* --- warnings: identifiers --- */
    E(MSS_WARN_FINESS_POSITION3, WARNING, "the third character of a FINESS is 0 in every real number",
      "le troisième caractère d'un FINESS vaut 0 dans tous les numéros réels"),
    E(MSS_WARN_RPPS_PREFIX, WARNING, "every real RPPS number starts with 10",
      "tous les numéros RPPS réels commencent par 10"),
    E(MSS_WARN_ADELI_KEY_NOT_VERIFIED, WARNING,
      "the ADELI key cannot be verified for a Corsican department (2A/2B)",
      "la clé ADELI ne peut pas être vérifiée pour un département corse (2A/2B)"),
    E(MSS_WARN_IDNAT_DEPRECATED_PREFIX, WARNING, "deprecated structure identifier prefix (5 or 6)",
      "préfixe d'identifiant de structure obsolète (5 ou 6)"),
    /* --- warnings: domains --- */
    E(MSS_WARN_DOMAIN_UNVERIFIED, WARNING,
      "plausibly an MSSanté domain, not verified (no whitelist loaded)",
      "domaine MSSanté plausible, non vérifié (aucune liste blanche chargée)"),
    /* --- warnings: whitelist --- */
    E(MSS_WARN_WHITELIST_ENTRY_SKIPPED, WARNING, "whitelist entry skipped: its Nom is not a domain name",
      "entrée de la liste blanche ignorée : son Nom n'est pas un nom de domaine"),
    E(MSS_WARN_WHITELIST_UNCLOSED_ROOT, WARNING, "the whitelist's closing root tag is missing (tolerated)",
      "la balise racine de fin de la liste blanche manque (toléré)"),
    /* --- warnings: addresses --- */
    E(MSS_WARN_ADDRESS_NOT_NOMINATIVE, WARNING, "the local part does not look nominative (nom.prenom)",
      "la partie locale ne semble pas nominative (nom.prenom)"),
    E(MSS_WARN_ADDRESS_ROLE_ON_PERSONAL, WARNING, "a role name on a personal mailbox",
      "un nom de fonction sur une BAL personnelle"),
    /* --- warnings: bulk files --- */
    E(MSS_WARN_FILE_UNKNOWN_COLUMN, WARNING, "unknown column, ignored", "colonne inconnue, ignorée"),
    E(MSS_WARN_EXTRACT_POSTAL_DEPARTMENT, WARNING,
      "the postal code does not belong to the department (La Poste has a few such exceptions)",
      "le code postal n'appartient pas au département (La Poste a quelques exceptions de ce type)"),
};

#undef E

#define REGISTRY_SIZE (sizeof registry / sizeof registry[0])

static const registry_entry *find(int code)
{
    size_t lo = 0, hi = REGISTRY_SIZE;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (registry[mid].code == code)
            return &registry[mid];
        if (registry[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const char *mss_strerror_lang(int code, mss_lang lang)
{
    const registry_entry *e = find(code);
    if (!e)
        return lang == MSS_LANG_FR ? "code inconnu" : "unknown code";
    return lang == MSS_LANG_FR ? e->fr : e->en;
}

const char *mss_strerror(int code)
{
    return mss_strerror_lang(code, MSS_LANG_EN);
}

const char *mss_error_name(int code)
{
    const registry_entry *e = find(code);
    return e ? e->name : "MSS_UNKNOWN";
}

mss_error_family mss_error_family_of(int code)
{
    const registry_entry *e = find(code);
    return e ? e->family : MSS_FAMILY_USAGE;
}

bool mss_error_is_known(int code)
{
    return find(code) != NULL;
}

size_t mss_error_count(void)
{
    return REGISTRY_SIZE;
}

int mss_error_code_at(size_t i)
{
    return i < REGISTRY_SIZE ? registry[i].code : MSS_OK;
}
