/* Field rules of an extract row. Not installed. */
#ifndef MSS_LIB_EXTRACT_FIELDS_H
#define MSS_LIB_EXTRACT_FIELDS_H

#include <medimail/extract.h>

struct mss_whitelist;

/* Check a split, well-formed row (31 fields): the mailbox record (type,
 * address, identifiers, names) through mss_record_check(), then the fields
 * only the extract has. Every issue is added to res with its column; the
 * address's whitelist entry goes to row->listed. */
void mssi_extract_check_fields(mss_extract_row *row, const struct mss_whitelist *wl, mss_result *res);

/* The extract's own rule: Identification nationale PP, when given, is Type
 * Identifiant PP followed by Identifiant PP. f: the 31 fields. */
bool mssi_extract_idnat_agrees(const char *const *f);

/* Whether the record columns of a row that mss_extract_split_row() split
 * without error are plainly valid: true only when check_record would
 * report nothing (extract_plain.c); false leaves it to decide. *listed
 * receives the address's whitelist entry when the address itself is
 * plain, else NULL. The row must be as the split left it: its fields are
 * read in blocks of 16 or 32 octets that may run past a field's end into
 * the NULs of the later fields (never past the line). */
bool mssi_extract_record_plain(const mss_extract_row *row, const struct mss_whitelist *wl,
                               const struct mss_whitelist_entry **listed);

#endif
