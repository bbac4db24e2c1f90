/**
 * @file error.h
 * @brief Error and warning codes, their messages, and the result of a check.
 *
 * ## The scheme
 *
 * Every check answers with an `int` code:
 *  - `0` (::MSS_OK): valid;
 *  - negative: an **error** (the input breaks a normative rule). Errors are
 *    grouped by area in blocks of one hundred:
 *    | block          | area                                      |
 *    |----------------|-------------------------------------------|
 *    | -1 .. -99      | general (arguments, memory, encoding, I/O)|
 *    | -100 .. -199   | national identifiers                      |
 *    | -200 .. -299   | domain names                              |
 *    | -300 .. -399   | whitelist loading                         |
 *    | -400 .. -499   | addresses and mailbox types               |
 *    | -500 .. -599   | mailbox records                           |
 *    | -600 .. -699   | account life cycle                        |
 *    | -700 .. -799   | automatic enrolment and inactivity        |
 *    | -800 .. -899   | bulk files (extract, account CSV)         |
 *  - positive: a **warning** (a convention is broken, or a check could not
 *    be made). Warnings never make an input invalid. They use the same
 *    blocks, positive (100..199 identifiers, 200..299 domains, ...).
 *
 * Codes are stable: a code keeps its number and meaning forever, and a
 * retired code is never reused. Each code has a symbolic name
 * (mss_error_name()), an English and a French message (mss_strerror(),
 * mss_strerror_lang()) and a family (mss_error_family()) that bindings map
 * to exception classes, in python-stdnum's shape: format ⊃ length, checksum,
 * component.
 *
 * A ::mss_result carries the first error, the warnings, and *where*: a byte
 * offset into the checked string, and for records and files a field or
 * column.
 */
#ifndef MEDIMAIL_ERROR_H
#define MEDIMAIL_ERROR_H

#include <medimail/common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Every error (negative) and warning (positive) code. */
typedef enum mss_code {
    MSS_OK = 0, /**< no error */

    /* --- general: -1 .. -99 ------------------------------------------- */
    MSS_ERR_NULL_ARGUMENT = -1,      /**< a required pointer is NULL */
    MSS_ERR_NO_MEMORY = -2,          /**< memory allocation failed */
    MSS_ERR_BUFFER_TOO_SMALL = -3,   /**< the output buffer is too small */
    MSS_ERR_TOO_LONG = -4,           /**< input longer than any valid value */
    MSS_ERR_EMPTY = -5,              /**< input is empty */
    MSS_ERR_INVALID_UTF8 = -6,       /**< input is not valid UTF-8 */
    MSS_ERR_CONTROL_CHARACTER = -7,  /**< input holds a control character */
    MSS_ERR_INVALID_ARGUMENT = -8,   /**< an argument is out of range */
    MSS_ERR_IO = -9,                 /**< a file could not be read */

    /* --- identifiers: -100 .. -199 ------------------------------------ */
    MSS_ERR_ID_INVALID_CHARACTER = -100, /**< a character that is not allowed here */
    MSS_ERR_ID_LENGTH = -101,            /**< wrong number of characters */
    MSS_ERR_ID_CHECKSUM = -102,          /**< the check digit (key) is wrong */
    MSS_ERR_FINESS_DEPARTMENT = -103,    /**< FINESS department does not exist */
    MSS_ERR_FINESS_OVERSEAS = -104,      /**< FINESS overseas code (97x/98x) does not exist */
    MSS_ERR_FINESS_KEYLESS = -105,       /**< 8-character FINESS: never padded */
    MSS_ERR_SIRET_SIREN = -106,          /**< the SIREN inside a SIRET is invalid */
    MSS_ERR_ADELI_DEPARTMENT = -107,     /**< ADELI department does not exist */
    MSS_ERR_IDNAT_PREFIX = -108,         /**< unknown national identifier type prefix */
    MSS_ERR_ID_UNKNOWN_KIND = -109,      /**< unknown identifier kind name */

    /* --- domains: -200 .. -299 ----------------------------------------- */
    MSS_ERR_DOMAIN_EMPTY_LABEL = -200,       /**< empty label (leading or double dot) */
    MSS_ERR_DOMAIN_LABEL_TOO_LONG = -201,    /**< a label over 63 octets */
    MSS_ERR_DOMAIN_TOO_LONG = -202,          /**< a domain over 253 octets */
    MSS_ERR_DOMAIN_INVALID_CHARACTER = -203, /**< a character outside letters, digits, hyphen */
    MSS_ERR_DOMAIN_HYPHEN = -204,            /**< a label starts or ends with a hyphen */
    MSS_ERR_DOMAIN_TRAILING_DOT = -205,      /**< trailing dot */
    MSS_ERR_DOMAIN_IDNA = -206,              /**< not a valid internationalised name */
    MSS_ERR_DOMAIN_SINGLE_LABEL = -207,      /**< no dot: not a public domain */
    MSS_ERR_DOMAIN_SPECIAL_USE = -208,       /**< special-use name (localhost, .test, ...) */
    MSS_ERR_DOMAIN_NUMERIC_TLD = -209,       /**< all-numeric top-level label (an IP address?) */
    MSS_ERR_DOMAIN_UNKNOWN_KIND = -210,      /**< unknown kind of structure */

    /* --- whitelist: -300 .. -399 --------------------------------------- */
    MSS_ERR_WHITELIST_XML = -300,           /**< XML is not well-formed */
    MSS_ERR_WHITELIST_TRUNCATED = -301,     /**< document ends inside ListeDomaines */
    MSS_ERR_WHITELIST_NOT_WHITELIST = -302, /**< XML is not an ANS whitelist */
    MSS_ERR_WHITELIST_ENTITY = -303,        /**< DTD, entity or external entity refused */
    MSS_ERR_WHITELIST_TEXT_LINE = -304,     /**< a line of a text list is not a domain */
    MSS_ERR_WHITELIST_TOO_LARGE = -305,     /**< input larger than any plausible list */

    /* --- addresses and mailbox types: -400 .. -499 ---------------------- */
    MSS_ERR_ADDRESS_NO_AT = -400,               /**< no at-sign */
    MSS_ERR_ADDRESS_MULTIPLE_AT = -401,         /**< more than one at-sign */
    MSS_ERR_ADDRESS_LOCAL_EMPTY = -402,         /**< nothing before the at-sign */
    MSS_ERR_ADDRESS_LOCAL_TOO_LONG = -403,      /**< local part over 64 octets */
    MSS_ERR_ADDRESS_TOO_LONG = -404,            /**< address over 254 octets */
    MSS_ERR_ADDRESS_LOCAL_LEADING_DOT = -405,   /**< local part starts with a dot */
    MSS_ERR_ADDRESS_LOCAL_TRAILING_DOT = -406,  /**< local part ends with a dot */
    MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS = -407, /**< two dots in a row */
    MSS_ERR_ADDRESS_LOCAL_QUOTED = -408,        /**< quoted local part */
    MSS_ERR_ADDRESS_LOCAL_NON_ASCII = -409,     /**< non-ASCII character in the local part */
    MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER = -410, /**< character not allowed in a dot-atom */
    MSS_ERR_ADDRESS_COMMENT = -411,             /**< RFC 5322 comment */
    MSS_ERR_ADDRESS_DOMAIN_LITERAL = -412,      /**< [IP] domain literal */
    MSS_ERR_ADDRESS_DOMAIN_EMPTY = -413,        /**< nothing after the at-sign */
    MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE = -414,  /**< this type needs an MSSanté domain */
    MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED = -415, /**< domain absent from the whitelist */
    MSS_ERR_BAL_TYPE_UNKNOWN = -416,            /**< unknown mailbox type */
    MSS_ERR_SUGGEST_NAME = -417,                /**< nothing usable in the name */
    MSS_ERR_SUGGEST_CHARACTER = -418,           /**< a name character with no Latin transliteration */

    /* --- mailbox records: -500 .. -599 ---------------------------------- */
    MSS_ERR_RECORD_TYPE_MISSING = -500,         /**< the mailbox type is missing */
    MSS_ERR_RECORD_ADDRESS_MISSING = -501,      /**< the mailbox address is missing */
    MSS_ERR_RECORD_RPPS_REQUIRED = -502,        /**< PER/CAB need an RPPS (ADELI in national data) */
    MSS_ERR_RECORD_STRUCT_ID_REQUIRED = -503,   /**< ORG/APP need a structure identifier */
    MSS_ERR_RECORD_RPPS_FORBIDDEN = -504,       /**< INT/MED must not carry an RPPS */
    MSS_ERR_RECORD_RESPONSIBLE_REQUIRED = -505, /**< ORG needs its responsible's nominative box */
    MSS_ERR_RECORD_RESPONSIBLE_SELF = -506,     /**< the responsible box is the ORG box itself */
    MSS_ERR_RECORD_PERSON_ID_TYPE = -507,       /**< person identifier type is not 8 or 0 */
    MSS_ERR_RECORD_STRUCT_ID_TYPE = -508,       /**< structure identifier type is not an IdNat_Struct prefix */
    MSS_ERR_RECORD_IDNAT_PS_MISMATCH = -509,    /**< idnat_ps is not type + identifier */
    MSS_ERR_RECORD_ID_TYPE_MISMATCH = -510,     /**< the identifier's own prefix contradicts its type */
    MSS_ERR_RECORD_ID_MISSING = -511,           /**< an identifier type without the identifier */

    /* --- account life cycle: -600 .. -699 ------------------------------ */
    MSS_ERR_ACCOUNT_STATUS_UNKNOWN = -600,       /**< unknown account status */
    MSS_ERR_ACCOUNT_EVENT_UNKNOWN = -601,        /**< unknown account event */
    MSS_ERR_ACCOUNT_EVENT_NOT_ALLOWED = -602,    /**< this event is not possible from this status */
    MSS_ERR_ACCOUNT_TERMINAL = -603,             /**< REFUSE or SUPPRIME: nothing more can happen */
    MSS_ERR_ACCOUNT_PASSWORD_NOT_SET = -604,     /**< the user has not set a password */
    MSS_ERR_ACCOUNT_INFO_NOT_CONFIRMED = -605,   /**< the user has not confirmed their information */
    MSS_ERR_ACCOUNT_CGU_NOT_ACCEPTED = -606,     /**< the user has not accepted the CGU */
    MSS_ERR_ACCOUNT_ORG_NEEDS_NOMINATIVE = -607, /**< ORG box before its responsible person's account */

    /* --- enrolment and inactivity: -700 .. -799 ------------------------ */
    MSS_ERR_ENROL_DISABLED = -700,       /**< the structure has no automatic enrolment rules */
    MSS_ERR_ENROL_DOMAIN = -701,         /**< the mail domain is not one the structure admits */
    MSS_ERR_ENROL_PLACE = -702,          /**< the place of practice is not one the structure admits */
    MSS_ERR_ENROL_PRACTICE = -703,       /**< the kind of practice is not one the structure admits */
    MSS_ERR_ENROL_PLACE_FORMAT = -704,   /**< not a postal code or a department code */
    MSS_ERR_INACTIVITY_FUTURE = -750,    /**< last authentication or warning after "now" */
    MSS_ERR_INACTIVITY_POLICY = -751,    /**< policy outside 1..365 days, notice not shorter */
    MSS_ERR_INACTIVITY_NOT_WARNED = -752, /**< deletion refused: the user was not warned */
    MSS_ERR_INACTIVITY_NOT_DUE = -753,   /**< deletion refused: inactivity or notice not over */

    /* --- bulk files: -800 .. -899 --------------------------------------- */
    MSS_ERR_FILE_EMPTY = -800,             /**< the file holds no header line */
    MSS_ERR_FILE_HEADER = -801,            /**< the header line is not the expected one */
    MSS_ERR_FILE_FIELD_COUNT = -802,       /**< a row has the wrong number of fields */
    MSS_ERR_FILE_LINE_TOO_LONG = -803,     /**< a line longer than any valid row */
    MSS_ERR_FILE_ROW_UTF8 = -804,          /**< a row is not valid UTF-8 */
    MSS_ERR_FILE_CONTROL_CHARACTER = -805, /**< a control character inside a field */
    MSS_ERR_FILE_CSV_QUOTE = -806,         /**< malformed CSV quoting */
    MSS_ERR_FILE_MISSING_COLUMN = -807,    /**< a required column is absent from the header */
    MSS_ERR_FILE_DUPLICATE_COLUMN = -808,  /**< a column appears twice in the header */
    MSS_ERR_EXTRACT_POSTAL_CODE = -820,    /**< postal code is not 5 digits */
    MSS_ERR_EXTRACT_DEPARTMENT = -821,     /**< department code does not exist */
    MSS_ERR_EXTRACT_DEMATERIALISATION = -822, /**< Dématérialisation is not O or N */
    MSS_ERR_EXTRACT_POSTAL_DEPARTMENT = -823, /**< postal code outside the department */

    /* --- warnings: identifiers 100 .. 199 ------------------------------ */
    MSS_WARN_FINESS_POSITION3 = 100,       /**< FINESS third character is not 0 */
    MSS_WARN_RPPS_PREFIX = 101,            /**< RPPS does not start with 10 */
    MSS_WARN_ADELI_KEY_NOT_VERIFIED = 102, /**< ADELI key cannot be checked (2A/2B) */
    MSS_WARN_IDNAT_DEPRECATED_PREFIX = 103, /**< deprecated IdNat_Struct prefix 5 or 6 */

    /* --- warnings: domains 200 .. 299 ---------------------------------- */
    MSS_WARN_DOMAIN_UNVERIFIED = 200, /**< ends in .mssante.fr, no whitelist to verify */

    /* --- warnings: whitelist 300 .. 399 -------------------------------- */
    MSS_WARN_WHITELIST_ENTRY_SKIPPED = 300, /**< an entry's Nom is not a domain */
    MSS_WARN_WHITELIST_UNCLOSED_ROOT = 301, /**< closing root tag missing (tolerated) */

    /* --- warnings: addresses 400 .. 499 -------------------------------- */
    MSS_WARN_ADDRESS_NOT_NOMINATIVE = 400,    /**< does not look like nom.prenom */
    MSS_WARN_ADDRESS_ROLE_ON_PERSONAL = 401,  /**< role name on a personal box */
    MSS_WARN_ADDRESS_UNUSUAL_CHARACTER = 402, /**< legal but unusual local-part character (+, ', ...) */

    /* --- warnings: mailbox records 500 .. 599 ------------------------- */
    MSS_WARN_RECORD_NOTIFICATION_MSSANTE = 500, /**< notification address is itself MSSanté */
    MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS = 501,  /**< an individual box's address lacks the last name */

    /* --- warnings: inactivity 700 .. 799 ------------------------------ */
    MSS_WARN_INACTIVITY_WARNING_OUTDATED = 700, /**< warned before the last authentication: void */

    /* --- warnings: bulk files 800 .. 899 ------------------------------ */
    MSS_WARN_FILE_UNKNOWN_COLUMN = 800     /**< a header column the reader does not know (ignored) */
} mss_code;

/** Family of a code: what kind of problem it is (bindings map it to exception classes). */
typedef enum mss_error_family {
    MSS_FAMILY_NONE = 0,      /**< ::MSS_OK */
    MSS_FAMILY_USAGE,         /**< bad arguments, memory, I/O: the caller's problem */
    MSS_FAMILY_FORMAT,        /**< characters or layout */
    MSS_FAMILY_LENGTH,        /**< wrong length (a kind of format error) */
    MSS_FAMILY_CHECKSUM,      /**< check digit */
    MSS_FAMILY_COMPONENT,     /**< a part holds an impossible value (department...) */
    MSS_FAMILY_DOMAIN,        /**< domain name or whitelist membership */
    MSS_FAMILY_WHITELIST,     /**< whitelist file loading */
    MSS_FAMILY_ADDRESS,       /**< address syntax or type requirement */
    MSS_FAMILY_RECORD,        /**< mailbox record consistency */
    MSS_FAMILY_ACCOUNT,       /**< account life cycle, enrolment, inactivity */
    MSS_FAMILY_FILE,          /**< bulk file structure */
    MSS_FAMILY_WARNING        /**< a positive code: a warning */
} mss_error_family;

/**
 * English message of a code (error or warning).
 * @return a static string; "unknown code" for a code the library does not know.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_strerror(int code);

/**
 * Message of a code in the given language.
 * @return a static string, never NULL.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_strerror_lang(int code, mss_lang lang);

/**
 * Symbolic name of a code ("MSS_ERR_ID_CHECKSUM").
 * @return a static string; "MSS_UNKNOWN" for an unknown code.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_error_name(int code);

/**
 * Family of a code (see ::mss_error_family). Unknown codes are ::MSS_FAMILY_USAGE.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT mss_error_family mss_error_family_of(int code);

/**
 * Whether a code is known to this version of the library.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_error_is_known(int code);

/**
 * Number of codes in the registry (errors, warnings and ::MSS_OK), for
 * listing them all with mss_error_code_at().
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT size_t mss_error_count(void);

/**
 * The i-th code of the registry, in ascending numeric order.
 * @return the code, or ::MSS_OK when @p i is out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_error_code_at(size_t i);

/** "No position": the offset or field does not apply. */
#define MSS_NO_POSITION ((size_t)-1)

/** One problem found by a check: an error (code < 0) or a warning (code > 0). */
typedef struct mss_issue {
    int code;      /**< error or warning code */
    size_t offset; /**< byte offset in the checked string, or ::MSS_NO_POSITION */
    size_t field;  /**< field or column index (record/file checks), or ::MSS_NO_POSITION */
} mss_issue;

/** How many issues a ::mss_result holds; further ones are counted in ::mss_result::dropped. */
#define MSS_RESULT_MAX_ISSUES 16

/**
 * Outcome of a check: the first error, and every error and warning found,
 * each with its position. Lives on the caller's stack; no cleanup needed.
 * Initialise with mss_result_init() (every check does it for you).
 */
typedef struct mss_result {
    int code;            /**< first error (negative) or ::MSS_OK */
    size_t offset;       /**< offset of the first error, or ::MSS_NO_POSITION */
    size_t field;        /**< field of the first error, or ::MSS_NO_POSITION */
    unsigned count;      /**< number of entries used in @ref issues */
    unsigned dropped;    /**< issues found beyond ::MSS_RESULT_MAX_ISSUES */
    mss_issue issues[MSS_RESULT_MAX_ISSUES]; /**< errors and warnings, in the order found */
} mss_result;

/**
 * Reset a result to "valid, no warnings".
 * Thread-safety: safe; touches only @p r.
 */
MSS_EXPORT void mss_result_init(mss_result *r);

/**
 * Number of warnings (positive codes) held by a result.
 * Thread-safety: safe; reads only @p r.
 */
MSS_EXPORT unsigned mss_result_warning_count(const mss_result *r);

/**
 * Number of errors (negative codes) held by a result.
 * Thread-safety: safe; reads only @p r.
 */
MSS_EXPORT unsigned mss_result_error_count(const mss_result *r);

/**
 * Whether a result holds the given code (error or warning).
 * Thread-safety: safe; reads only @p r.
 */
MSS_EXPORT bool mss_result_has(const mss_result *r, int code);

#ifdef __cplusplus
}
#endif

#endif
