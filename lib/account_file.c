/* The account load file: header mapping and one record check per row, on
 * top of the CSV reader. */
#include <medimail/account_file.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "csv_reader.h"
#include "result.h"

#define NO_COLUMN ((size_t)-1)

/* Header names, in mss_record_field order. */
static const char *const column_names[MSS_RECORD_FIELD_COUNT] = {
    "type", "adresse", "type_id_pp", "id_pp", "idnat_pp", "type_id_structure",
    "id_structure", "nom", "prenom", "adresse_notification", "bal_responsable",
};

/* Where each mss_record_field lives in a record, to fill it by index. */
static const size_t field_offset[MSS_RECORD_FIELD_COUNT] = {
    offsetof(mss_record, type),           offsetof(mss_record, address),
    offsetof(mss_record, person_id_type), offsetof(mss_record, person_id),
    offsetof(mss_record, idnat_ps),       offsetof(mss_record, struct_id_type),
    offsetof(mss_record, struct_id),      offsetof(mss_record, last_name),
    offsetof(mss_record, first_name),     offsetof(mss_record, notification_address),
    offsetof(mss_record, responsible_address),
};

static const bool column_required[MSS_RECORD_FIELD_COUNT] = {
    [MSS_RECORD_FIELD_TYPE] = true,
    [MSS_RECORD_FIELD_ADDRESS] = true,
    [MSS_RECORD_FIELD_LAST_NAME] = true,
    [MSS_RECORD_FIELD_FIRST_NAME] = true,
};

struct mss_account_file_reader {
    mssi_csv_reader csv;
    const mss_whitelist *wl;
    mss_account_file_row_fn fn;
    void *user;
    bool header_done;
    bool fatal;                               /* the header lacks a column: rows are not read */
    size_t ncolumns;                          /* fields in the header */
    size_t source[MSS_RECORD_FIELD_COUNT];    /* header position of each field, or NO_COLUMN */
};

const char *mss_account_file_column_name(mss_record_field column)
{
    return (unsigned)column < MSS_RECORD_FIELD_COUNT ? column_names[column] : NULL;
}

bool mss_account_file_column_required(mss_record_field column)
{
    return (unsigned)column < MSS_RECORD_FIELD_COUNT && column_required[column];
}

/* Header names compare in any case, with "é" as "e" and spaces or hyphens
 * as underscores ("Prénom", "Type ID PP" and "type-id-pp" all match). */
static size_t fold_header(const char *in, char *out, size_t outlen)
{
    size_t n = 0;
    while (*in == ' ')
        in++;
    for (; *in && n + 1 < outlen; in++) {
        unsigned char c = (unsigned char)*in;
        if (c == 0xC3 && ((unsigned char)in[1] == 0xA9 || (unsigned char)in[1] == 0x89)) {
            out[n++] = 'e';
            in++;
        } else if (c == ' ' || c == '-') {
            out[n++] = '_';
        } else {
            out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (char)c;
        }
    }
    while (n > 0 && out[n - 1] == '_')
        n--;
    out[n] = '\0';
    return n;
}

static size_t column_of(const char *header)
{
    char folded[64];
    fold_header(header, folded, sizeof folded);
    for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
        if (strcmp(folded, column_names[i]) == 0)
            return i;
    return NO_COLUMN;
}

static const char **field_slot(mss_record *rec, size_t field)
{
    return (const char **)(void *)((char *)rec + field_offset[field]);
}

static void init_row(mss_account_file_row *row, unsigned long line, bool is_header)
{
    memset(row, 0, sizeof *row);
    row->line = line;
    row->is_header = is_header;
    for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
        *field_slot(&row->record, i) = "";
}

static void read_header(mss_account_file_reader *r, const char *const *fields, size_t n, unsigned long line,
                        int error)
{
    mss_account_file_row row;
    mss_result res;
    init_row(&row, line, true);
    mss_result_init(&res);
    r->header_done = true;
    r->ncolumns = n;
    for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
        r->source[i] = NO_COLUMN;
    if (error != MSS_OK)
        mssi_report(&res, error, MSS_NO_POSITION, MSS_NO_POSITION);
    for (size_t pos = 0; pos < n; pos++) {
        size_t col = column_of(fields[pos]);
        if (col == NO_COLUMN) {
            if (*fields[pos])
                mssi_report(&res, MSS_WARN_FILE_UNKNOWN_COLUMN, MSS_NO_POSITION, pos);
        } else if (r->source[col] != NO_COLUMN) {
            mssi_report(&res, MSS_ERR_FILE_DUPLICATE_COLUMN, MSS_NO_POSITION, col);
        } else {
            r->source[col] = pos;
        }
    }
    for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
        if (column_required[i] && r->source[i] == NO_COLUMN)
            mssi_report(&res, MSS_ERR_FILE_MISSING_COLUMN, MSS_NO_POSITION, i);
    r->fatal = res.code != MSS_OK;
    if (res.count > 0)
        r->fn(&row, &res, r->user);
}

/* Text rules every value obeys before the record check reads it. */
static void check_text(const char *v, size_t field, mss_result *res)
{
    size_t len = strlen(v);
    const uint8_t *bad = u8_check((const uint8_t *)v, len);
    if (bad) {
        mssi_report(res, MSS_ERR_FILE_ROW_UTF8, (size_t)((const char *)bad - v), field);
        return;
    }
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F) {
            mssi_report(res, MSS_ERR_FILE_CONTROL_CHARACTER, i, field);
            return;
        }
}

static bool all_empty(const char *const *fields, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (*fields[i])
            return false;
    return true;
}

static void on_row(const char *const *fields, size_t n, unsigned long line, int error, void *user)
{
    mss_account_file_reader *r = user;
    if (!r->header_done) {
        read_header(r, fields, n, line, error);
        return;
    }
    if (r->fatal || (error == MSS_OK && all_empty(fields, n)))
        return;
    mss_account_file_row row;
    mss_result res;
    init_row(&row, line, false);
    mss_result_init(&res);
    for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
        if (r->source[i] != NO_COLUMN && r->source[i] < n)
            *field_slot(&row.record, i) = fields[r->source[i]];
    if (error != MSS_OK) {
        mssi_report(&res, error, MSS_NO_POSITION, MSS_NO_POSITION);
    } else if (n != r->ncolumns) {
        mssi_report(&res, MSS_ERR_FILE_FIELD_COUNT, MSS_NO_POSITION, MSS_NO_POSITION);
    } else {
        for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
            check_text(*field_slot(&row.record, i), i, &res);
        if (res.code == MSS_OK)
            mss_record_check(&row.record, r->wl, 0, &res);
    }
    r->fn(&row, &res, r->user);
}

mss_account_file_reader *mss_account_file_reader_new(const mss_whitelist *wl, mss_account_file_row_fn fn,
                                                     void *user)
{
    if (!fn)
        return NULL;
    mss_account_file_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (!mssi_csv_reader_init(&r->csv, MSS_ACCOUNT_FILE_MAX_ROW, on_row, r)) {
        free(r);
        return NULL;
    }
    r->wl = wl;
    r->fn = fn;
    r->user = user;
    return r;
}

int mss_account_file_reader_feed(mss_account_file_reader *r, const char *data, size_t len)
{
    if (!r || (!data && len > 0))
        return MSS_ERR_NULL_ARGUMENT;
    return mssi_csv_reader_feed(&r->csv, data, len);
}

int mss_account_file_reader_finish(mss_account_file_reader *r)
{
    if (!r)
        return MSS_ERR_NULL_ARGUMENT;
    int rc = mssi_csv_reader_finish(&r->csv);
    if (rc == MSS_OK && !r->header_done) {
        mss_account_file_row row;
        mss_result res;
        init_row(&row, 1, true);
        mss_result_init(&res);
        mssi_report(&res, MSS_ERR_FILE_EMPTY, MSS_NO_POSITION, MSS_NO_POSITION);
        r->header_done = true;
        r->fn(&row, &res, r->user);
    }
    return rc;
}

char mss_account_file_reader_separator(const mss_account_file_reader *r)
{
    return r ? r->csv.separator : 0;
}

void mss_account_file_reader_free(mss_account_file_reader *r)
{
    if (!r)
        return;
    mssi_csv_reader_destroy(&r->csv);
    free(r);
}
