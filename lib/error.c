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
    E(MSS_ERR_EXTRACT_POSTAL_DEPARTMENT, COMPONENT, "the postal code does not belong to the department",
      "le code postal n'appartient pas au département"),
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
    /* --- enrolment and inactivity --- */
    E(MSS_ERR_INACTIVITY_NOT_DUE, ACCOUNT,
      "deletion refused: the inactivity period or the notice after the warning is not over",
      "suppression refusée : la période d'inactivité ou le préavis après l'avertissement n'est pas écoulé"),
    E(MSS_ERR_INACTIVITY_NOT_WARNED, ACCOUNT,
      "deletion refused: the user must be warned before an inactive mailbox is deleted",
      "suppression refusée : l'utilisateur doit être averti avant la suppression d'une BAL inactive"),
    E(MSS_ERR_INACTIVITY_POLICY, ACCOUNT,
      "inactivity policy out of range (1 to 365 days, notice at least 1 day and shorter)",
      "politique d'inactivité hors limites (1 à 365 jours, préavis d'au moins 1 jour et plus court)"),
    E(MSS_ERR_INACTIVITY_FUTURE, ACCOUNT, "the last authentication or the warning is after the current time",
      "la dernière authentification ou l'avertissement est postérieur à l'heure courante"),
    E(MSS_ERR_ENROL_PLACE_FORMAT, ACCOUNT,
      "not a postal code (5 digits) or a department code (01-95, 2A, 2B, overseas 971-978, 986-988)",
      "ni un code postal (5 chiffres) ni un code de département (01-95, 2A, 2B, outre-mer 971-978, 986-988)"),
    E(MSS_ERR_ENROL_PRACTICE, ACCOUNT, "the kind of practice is not one the structure admits",
      "le type d'exercice ne fait pas partie de ceux admis par la structure"),
    E(MSS_ERR_ENROL_PLACE, ACCOUNT, "the place of practice is not one the structure admits",
      "l'adresse d'exercice ne fait pas partie de celles admises par la structure"),
    E(MSS_ERR_ENROL_DOMAIN, ACCOUNT, "the domain of the mail address is not one the structure admits",
      "le domaine de l'adresse mail ne fait pas partie de ceux admis par la structure"),
    E(MSS_ERR_ENROL_DISABLED, ACCOUNT, "the structure does not offer automatic enrolment",
      "la structure ne propose pas l'enrôlement automatique"),
    /* --- account life cycle --- */
    E(MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE, ACCOUNT,
      "an organisational mailbox needs its responsible person's nominative account first",
      "une BAL organisationnelle exige d'abord le compte nominatif de son responsable"),
    E(MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED, ACCOUNT, "the user has not accepted the terms of use (CGU)",
      "l'utilisateur n'a pas validé les CGU"),
    E(MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED, ACCOUNT, "the user has not confirmed their information",
      "l'utilisateur n'a pas confirmé ses informations"),
    E(MSS_ERR_ACCOUNT_PASSWORD_NOT_SET, ACCOUNT, "the user has not set a password",
      "l'utilisateur n'a pas paramétré son mot de passe"),
    E(MSS_ERR_ACCOUNT_TERMINAL, ACCOUNT, "the account is rejected or deleted: nothing more can happen to it",
      "le compte est refusé ou supprimé : plus rien ne peut lui arriver"),
    E(MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED, ACCOUNT, "this event is not possible from the account's status",
      "cet événement n'est pas possible depuis le statut du compte"),
    E(MSS_ERR_ACCOUNT_EVENT_UNKNOWN, ACCOUNT, "unknown account event", "événement de compte inconnu"),
    E(MSS_ERR_ACCOUNT_STATUS_UNKNOWN, ACCOUNT, "unknown account status", "statut de compte inconnu"),
    /* --- mailbox records --- */
    E(MSS_ERR_RECORD_ID_MISSING, RECORD, "an identifier type is given without the identifier",
      "un type d'identifiant est donné sans l'identifiant"),
    E(MSS_ERR_RECORD_ID_TYPE_MISMATCH, RECORD, "the identifier's own type prefix contradicts its type field",
      "le préfixe de type de l'identifiant contredit son champ type"),
    E(MSS_ERR_RECORD_IDNAT_PS_MISMATCH, RECORD,
      "the national person identifier is not the identifier type followed by the identifier",
      "l'identification nationale PP n'est pas le type d'identifiant suivi de l'identifiant"),
    E(MSS_ERR_RECORD_STRUCT_ID_TYPE, RECORD, "unknown structure identifier type (expected 0 to 4)",
      "type d'identifiant de structure inconnu (attendu : 0 à 4)"),
    E(MSS_ERR_RECORD_PERSON_ID_TYPE, RECORD, "unknown person identifier type (expected 8 for RPPS or 0 for ADELI)",
      "type d'identifiant PP inconnu (attendu : 8 pour RPPS ou 0 pour ADELI)"),
    E(MSS_ERR_RECORD_RESPONSIBLE_SELF, RECORD, "the responsible person's box is the organisational box itself",
      "la BAL du responsable est la BAL organisationnelle elle-même"),
    E(MSS_ERR_RECORD_RESPONSIBLE_REQUIRED, RECORD,
      "an ORG box needs the address of its responsible person's nominative box",
      "une BAL ORG exige l'adresse de la BAL nominative de son responsable"),
    E(MSS_ERR_RECORD_RPPS_FORBIDDEN, RECORD, "INT and MED boxes are for people without an RPPS",
      "les BAL INT et MED sont destinées aux personnes sans RPPS"),
    E(MSS_ERR_RECORD_STRUCT_ID_REQUIRED, RECORD, "ORG and APP boxes need a structure identifier",
      "les BAL ORG et APP exigent un identifiant de structure"),
    E(MSS_ERR_RECORD_RPPS_REQUIRED, RECORD,
      "PER and CAB boxes need the holder's RPPS (ADELI only in national directory data)",
      "les BAL PER et CAB exigent le RPPS du titulaire (ADELI seulement dans les données de l'annuaire national)"),
    E(MSS_ERR_RECORD_ADDRESS_MISSING, RECORD, "the mailbox address is missing", "l'adresse de la BAL manque"),
    E(MSS_ERR_RECORD_TYPE_MISSING, RECORD, "the mailbox type is missing", "le type de BAL manque"),
    /* --- addresses and mailbox types --- */
    E(MSS_ERR_SUGGEST_CHARACTER, ADDRESS, "a character of the name has no Latin transliteration",
      "un caractère du nom n'a pas de translittération latine"),
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
    E(MSS_WARN_ADDRESS_UNUSUAL_CHARACTER, WARNING,
      "a character that is legal but unusual in a mailbox address (+, ', =...)",
      "un caractère autorisé mais inhabituel dans une adresse de BAL (+, ', =...)"),
    /* --- warnings: mailbox records --- */
    E(MSS_WARN_RECORD_NOTIFICATION_MSSANTE, WARNING,
      "the notification address is itself an MSSanté address (it should reach the holder outside MSSanté)",
      "l'adresse de notification est elle-même une adresse MSSanté (elle doit joindre le titulaire hors MSSanté)"),
    E(MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS, WARNING, "the address does not contain the holder's last name",
      "l'adresse ne contient pas le nom du titulaire"),
    /* --- warnings: inactivity --- */
    E(MSS_WARN_INACTIVITY_WARNING_OUTDATED, WARNING,
      "the warning predates the last authentication and no longer counts",
      "l'avertissement précède la dernière authentification et ne compte plus"),
    /* --- warnings: bulk files --- */
    E(MSS_WARN_FILE_UNKNOWN_COLUMN, WARNING, "unknown column, ignored", "colonne inconnue, ignorée"),
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
