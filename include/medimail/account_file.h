/**
 * @file account_file.h
 * @brief The account load file: a CSV of mailboxes to create, checked row by row.
 *
 * Medimail's bulk account load (`loadusers.xls`) is not public; libmssconf
 * defines its own CSV carrying the same information (see
 * `docs/account-file.md`). The first line is a header naming the columns,
 * in any order and any case, with or without accents:
 *
 * | column                 | content                                        | required |
 * |------------------------|------------------------------------------------|----------|
 * | `type`                 | mailbox type: PER, ORG, APP, CAB, INT, MED     | yes      |
 * | `adresse`              | the MSSanté address to create                  | yes      |
 * | `type_id_pp`           | 8 (RPPS) or 0 (ADELI)                          | no       |
 * | `id_pp`                | RPPS or ADELI of the holder                    | no       |
 * | `idnat_pp`             | IdNat_PS (type + identifier)                   | no       |
 * | `type_id_structure`    | IdNat_Struct prefix 0..4                       | no       |
 * | `id_structure`         | structure identifier (FINESS, SIRET...)        | no       |
 * | `nom`                  | last name, or service name for ORG/APP         | yes      |
 * | `prenom`               | first name                                     | yes      |
 * | `adresse_notification` | where the user is told of the new account      | no       |
 * | `bal_responsable`      | ORG: the responsible person's nominative box   | no       |
 *
 * The separator (`;` or `,`) is detected from the header; a UTF-8 byte
 * order mark, CRLF line ends and quoted fields (with separators, doubled
 * quotes or line ends inside) are handled by libcsv. Each row becomes a
 * ::mss_record checked with mss_record_check(); the column of each issue is
 * its ::mss_record_field, which is also the column's index here.
 */
#ifndef MEDIMAIL_ACCOUNT_FILE_H
#define MEDIMAIL_ACCOUNT_FILE_H

#include <medimail/common.h>
#include <medimail/error.h>
#include <medimail/record.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest row (all its fields together, in octets) the reader accepts. */
#define MSS_ACCOUNT_FILE_MAX_ROW 65536

/**
 * Header name of a column ("type", "adresse", "id_pp"...).
 * @param column a ::mss_record_field
 * @return a static string, or NULL for a value out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_account_file_column_name(mss_record_field column);

/**
 * Whether a column must appear in the header.
 * @param column a ::mss_record_field
 * @return true for type, adresse, nom and prenom.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT bool mss_account_file_column_required(mss_record_field column);

/** One row of the account file. Pointers are valid only during the callback. */
typedef struct mss_account_file_row {
    unsigned long line;   /**< 1-based line where the row starts */
    bool is_header;       /**< the header line (reported only when it has problems) */
    mss_record record;    /**< the row's values; absent columns are "" */
} mss_account_file_row;

/**
 * Called once per data row, and for the header when it has problems. In
 * @p res, `field` is the ::mss_record_field of each issue (for an unknown
 * header column: its position in the header).
 */
typedef void (*mss_account_file_row_fn)(const mss_account_file_row *row, const mss_result *res, void *user);

/** Opaque streaming reader of an account file. */
typedef struct mss_account_file_reader mss_account_file_reader;

/**
 * Create a reader.
 * @param wl   whitelist for the address checks, or NULL; must outlive the reader
 * @param fn   called for every row
 * @param user passed to @p fn
 * @return the reader, or NULL when out of memory or @p fn is NULL.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT mss_account_file_reader *mss_account_file_reader_new(const mss_whitelist *wl,
                                                                mss_account_file_row_fn fn, void *user);

/**
 * Feed the next block of the file; rows may span blocks.
 * @return ::MSS_OK, ::MSS_ERR_NULL_ARGUMENT, or ::MSS_ERR_NO_MEMORY.
 * Thread-safety: one thread per reader.
 */
MSS_EXPORT int mss_account_file_reader_feed(mss_account_file_reader *r, const char *data, size_t len);

/**
 * End of input: check the last row when it has no line end. An empty file
 * reports ::MSS_ERR_FILE_EMPTY through the callback.
 * @return ::MSS_OK, ::MSS_ERR_NULL_ARGUMENT or ::MSS_ERR_NO_MEMORY.
 * Thread-safety: one thread per reader.
 */
MSS_EXPORT int mss_account_file_reader_finish(mss_account_file_reader *r);

/**
 * The separator detected from the header (';' or ','), or 0 before the header.
 * Thread-safety: reads @p r only.
 */
MSS_EXPORT char mss_account_file_reader_separator(const mss_account_file_reader *r);

/**
 * Free a reader. NULL is accepted.
 * Thread-safety: no other thread may use @p r any more.
 */
MSS_EXPORT void mss_account_file_reader_free(mss_account_file_reader *r);

#ifdef __cplusplus
}
#endif

#endif
