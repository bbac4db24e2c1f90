/* Field rules of an extract row. Not installed. */
#ifndef MSS_LIB_EXTRACT_FIELDS_H
#define MSS_LIB_EXTRACT_FIELDS_H

#include <medimail/extract.h>

struct mss_whitelist;

/* Check a split, well-formed row (31 fields): the mailbox record (type,
 * address, identifiers, names) through mss_record_check(), then the fields
 * only the extract has. Every issue is added to res with its column. */
void mssi_extract_check_fields(const mss_extract_row *row, const struct mss_whitelist *wl, mss_result *res);

#endif
