/**
 * @file extract.h
 * @brief The ANS national directory extract of MSSanté mailboxes: header, rows, streaming reader.
 *
 * The extract (`Extraction_Correspondance_MSSante_YYYYMMDDhhmm.txt`) is
 * UTF-8, `|`-separated, 31 columns, one header line, no quoting. Each row
 * describes one mailbox (BAL). A row is checked in place: its fields are
 * split inside the caller's line buffer, so checking a row allocates
 * nothing. The streaming reader feeds any number of blocks (fread, mmap,
 * a chunk of a file for parallel checking) and calls back once per row,
 * with memory bounded by the longest accepted line.
 *
 * Problems are reported in a ::mss_result whose `field` is the 0-based
 * column (see ::mss_extract_column) and whose `offset` is the byte offset
 * in the line.
 */
#ifndef MEDIMAIL_EXTRACT_H
#define MEDIMAIL_EXTRACT_H

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

struct mss_whitelist;

/** Number of columns of the extract. */
#define MSS_EXTRACT_COLUMNS 31

/** Longest line (in octets, without its line end) the reader accepts. */
#define MSS_EXTRACT_MAX_LINE 16384

/** The columns of the extract, in file order (0-based). */
typedef enum mss_extract_column {
    MSS_EXTRACT_TYPE_BAL = 0,          /**< Type de BAL (PER, ORG, APP, CAB) */
    MSS_EXTRACT_ADDRESS = 1,           /**< Adresse BAL */
    MSS_EXTRACT_PP_TYPE = 2,           /**< Type Identifiant PP (0 ADELI, 8 RPPS) */
    MSS_EXTRACT_PP_ID = 3,             /**< Identifiant PP */
    MSS_EXTRACT_IDNAT_PP = 4,          /**< Identification nationale PP (type + identifier) */
    MSS_EXTRACT_STRUCTURE_TYPE = 5,    /**< Type identifiant structure (IdNat_Struct prefix) */
    MSS_EXTRACT_STRUCTURE_ID = 6,      /**< Identification Structure */
    MSS_EXTRACT_SERVICE = 7,           /**< Service de rattachement */
    MSS_EXTRACT_CIVILITY = 8,          /**< Civilité d'exercice */
    MSS_EXTRACT_LAST_NAME = 9,         /**< Nom d'exercice */
    MSS_EXTRACT_FIRST_NAME = 10,       /**< Prénom d'exercice */
    MSS_EXTRACT_DEMATERIALISATION = 17, /**< Dématérialisation (O/N) */
    MSS_EXTRACT_STRUCTURE_NAME = 18,   /**< Raison Sociale structure BAL */
    MSS_EXTRACT_POSTAL_CODE = 28,      /**< Code postal structure BAL */
    MSS_EXTRACT_DEPARTMENT = 29,       /**< Département structure BAL */
    MSS_EXTRACT_COUNTRY = 30           /**< Pays structure BAL */
} mss_extract_column;

/**
 * Exact header text of a column ("Type de BAL", "Adresse BAL", ...).
 * @param column 0-based column index
 * @return a static string, or NULL when @p column >= ::MSS_EXTRACT_COLUMNS.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_extract_column_name(size_t column);

/** One row split into its fields. The pointers point into the checked line. */
typedef struct mss_extract_row {
    unsigned long line;                       /**< 1-based line number in the file */
    bool is_header;                           /**< this is the header line (reported only when wrong) */
    size_t nfields;                           /**< number of fields found (31 when well formed) */
    const char *fields[MSS_EXTRACT_COLUMNS];  /**< NUL-terminated fields; unused ones point to "" */
    /** The whitelist entry of the domain after the last `@` of Adresse BAL
     * when the row check found it listed (see mss_whitelist_lookup()), else
     * NULL: no whitelist, no `@`, or a domain not listed. Only
     * mss_extract_check_row() and the reader set it; it stays valid as long
     * as the whitelist is not modified. */
    const struct mss_whitelist_entry *listed;
} mss_extract_row;

/**
 * Check the header line (without its line end; a leading UTF-8 byte order
 * mark is accepted). Column names are compared exactly.
 *
 * @param line the header line, not necessarily NUL-terminated
 * @param len  its length in octets
 * @param res  optional; on a mismatch, `field` is the first wrong column and
 *             `offset` its byte offset
 * @return ::MSS_OK, ::MSS_ERR_FILE_HEADER, ::MSS_ERR_FILE_FIELD_COUNT or
 *         ::MSS_ERR_NULL_ARGUMENT.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_extract_check_header(const char *line, size_t len, mss_result *res);

/**
 * Split a row in place: every `|` of @p line becomes a NUL and
 * @p row->fields point into @p line. Checks UTF-8 and control characters.
 *
 * @param line   a writable buffer of at least @p len + 1 octets (the byte at
 *               @p len is overwritten with a NUL)
 * @param len    length of the row, without its line end
 * @param lineno 1-based line number, copied into @p row
 * @param row    receives the fields
 * @param res    optional; receives ::MSS_ERR_FILE_ROW_UTF8,
 *               ::MSS_ERR_FILE_CONTROL_CHARACTER or ::MSS_ERR_FILE_FIELD_COUNT
 *               with the column and offset
 * @return ::MSS_OK or the error.
 * Thread-safety: safe from any thread; touches only @p line and @p row.
 */
MSS_EXPORT int mss_extract_split_row(char *line, size_t len, unsigned long lineno, mss_extract_row *row,
                                     mss_result *res);

/**
 * Split and check one data row: mailbox type, address for that type (its
 * domain against @p wl), person identifier type and value, `Identification
 * nationale PP` consistent with them, structure identifier type and value,
 * `Dématérialisation` O/N, postal code and department. Every problem is
 * reported with its column.
 *
 * @param line   writable, at least @p len + 1 octets (see mss_extract_split_row())
 * @param len    length of the row, without its line end
 * @param lineno 1-based line number
 * @param wl     the whitelist, or NULL for the built-in generic domains only
 * @param row    receives the fields (valid while @p line is)
 * @param res    receives the first error and every error and warning
 * @return ::MSS_OK (warnings allowed) or the first error.
 * Thread-safety: safe from any thread; @p wl may be shared.
 */
MSS_EXPORT int mss_extract_check_row(char *line, size_t len, unsigned long lineno,
                                     const struct mss_whitelist *wl, mss_extract_row *row, mss_result *res);

/**
 * Called once per checked row, and once for a wrong header or an unreadable
 * line (too long: @p row has no fields). @p row and @p res are valid only
 * during the call.
 */
typedef void (*mss_extract_row_fn)(const mss_extract_row *row, const mss_result *res, void *user);

/** Opaque streaming reader of an extract. */
typedef struct mss_extract_reader mss_extract_reader;

/**
 * Create a streaming reader that expects a header on its first line.
 * @param wl   whitelist used by every row check, or NULL; must outlive the reader
 * @param fn   called for every row
 * @param user passed to @p fn
 * @return the reader, or NULL when out of memory or @p fn is NULL.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT mss_extract_reader *mss_extract_reader_new(const struct mss_whitelist *wl, mss_extract_row_fn fn,
                                                      void *user);

/**
 * Make the reader start in the middle of a file, for checking a chunk that
 * begins at a line boundary: the first line fed is line @p first_line and
 * is a data row (no header expected). Call before the first feed.
 * Thread-safety: modifies @p r only.
 */
MSS_EXPORT void mss_extract_reader_start_at(mss_extract_reader *r, unsigned long first_line);

/**
 * Feed the next block of the file. Lines may span blocks.
 * @return ::MSS_OK, or ::MSS_ERR_NULL_ARGUMENT.
 * Thread-safety: one thread per reader; readers are independent.
 */
MSS_EXPORT int mss_extract_reader_feed(mss_extract_reader *r, const char *data, size_t len);

/**
 * End of input: check the last line when it has no line end. A file with no
 * line at all reports ::MSS_ERR_FILE_EMPTY through the callback.
 * @return ::MSS_OK or ::MSS_ERR_NULL_ARGUMENT.
 * Thread-safety: one thread per reader.
 */
MSS_EXPORT int mss_extract_reader_finish(mss_extract_reader *r);

/**
 * Number of the last line the reader has seen (the count of lines so far).
 * Thread-safety: reads @p r only.
 */
MSS_EXPORT unsigned long mss_extract_reader_lines(const mss_extract_reader *r);

/**
 * Free a reader. NULL is accepted.
 * Thread-safety: no other thread may use @p r any more.
 */
MSS_EXPORT void mss_extract_reader_free(mss_extract_reader *r);

#ifdef __cplusplus
}
#endif

#endif
