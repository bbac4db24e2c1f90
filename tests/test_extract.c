/* The national directory extract: header, splitting, the extract-only field
 * rules (Dématérialisation, postal code, department), the record check
 * reached through a row, and the streaming reader (blocks, CRLF, BOM,
 * over-long lines, empty files). */
#include <medimail/mssconf.h>
#include <medimail/extract.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define HEADER                                                                                                  \
    "Type de BAL|Adresse BAL|Type Identifiant PP|Identifiant PP|Identification nationale PP|Type identifiant "  \
    "structure|Identification Structure|Service de rattachement|Civilité d'exercice|Nom d'exercice|Prénom "     \
    "d'exercice|Catégorie profession|Libellé de catégorie profession|Code Profession|Libellé Profession|Code "  \
    "savoir-faire|Libellé savoir-faire|Dématérialisation|Raison Sociale structure BAL|Enseigne commerciale "    \
    "structure BAL|L2COMPLEMENTLOCALISATION structure BAL|L3COMPLEMENTDISTRIBUTION structure BAL|L4NUMEROVOIE " \
    "structure BAL|L4COMPLEMENTNUMEROVOIE structure BAL|NL4TYPEVOIE structure BAL|L4LIBELLEVOIE structure "     \
    "BAL|L5LIEUDITMENTION structure BAL|L6LIGNEACHEMINEMENT structure BAL|Code postal structure BAL|"           \
    "Département structure BAL|Pays structure BAL"

/* A valid PER row: RPPS with its key, SIRET of a real establishment. */
static const char *const base_row[MSS_EXTRACT_COLUMNS] = {
    "PER", "dupont.jean@pro.oc.mssante.fr", "8", "10000000017", "810000000017", "3", "73282932000074", "",
    "M", "DUPONT", "Jean", "C", "Civil", "10", "Médecin", "SM54", "Médecine générale", "O",
    "CABINET DUPONT", "", "", "", "12", "", "R", "DE LA REPUBLIQUE", "", "31000 TOULOUSE", "31000", "31",
    "France",
};

/* The base row with column col replaced (col < 0: none), '|'-joined in buf. */
static size_t make_row(char *buf, size_t cap, int col, const char *value)
{
    size_t n = 0;
    for (int i = 0; i < MSS_EXTRACT_COLUMNS; i++)
        n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? "|" : "", i == col ? value : base_row[i]);
    ck_assert_uint_lt(n, cap);
    return n;
}

static int check_with(int col, const char *value, mss_result *res, mss_extract_row *row)
{
    char buf[4096];
    size_t n = make_row(buf, sizeof buf, col, value);
    return mss_extract_check_row(buf, n, 7, NULL, row, res);
}

static void expect_row_error(int col, const char *value, int code, size_t column)
{
    mss_result res;
    int rc = check_with(col, value, &res, NULL);
    ck_assert_msg(rc == code, "column %d = \"%s\": got %s, want %s", col, value, mss_error_name(rc),
                  mss_error_name(code));
    ck_assert_uint_eq(res.field, column);
}

static void expect_row_valid(int col, const char *value)
{
    mss_result res;
    int rc = check_with(col, value, &res, NULL);
    ck_assert_msg(rc == MSS_OK, "column %d = \"%s\": %s in column %zu", col, value, mss_error_name(rc), res.field);
}

START_TEST(header_exact_passes_and_each_mismatch_names_its_column)
{
    mss_result res;
    const char h[] = HEADER;
    ck_assert_int_eq(mss_extract_check_header(h, strlen(h), &res), MSS_OK);
    char bom[sizeof h + 3] = "\xEF\xBB\xBF";
    strcat(bom, h);
    ck_assert_int_eq(mss_extract_check_header(bom, strlen(bom), &res), MSS_OK);

    char bad[sizeof h];
    strcpy(bad, h);
    memcpy(strstr(bad, "Adresse BAL"), "adresse BAL", 11);
    ck_assert_int_eq(mss_extract_check_header(bad, strlen(bad), &res), MSS_ERR_FILE_HEADER);
    ck_assert_uint_eq(res.field, MSS_EXTRACT_ADDRESS);
    ck_assert_uint_eq(res.offset, strlen("Type de BAL|"));

    ck_assert_int_eq(mss_extract_check_header(h, strlen(h) - strlen("|Pays structure BAL"), &res),
                     MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_uint_eq(res.field, 30);
    char longer[sizeof h + 8];
    snprintf(longer, sizeof longer, "%s|Extra", h);
    ck_assert_int_eq(mss_extract_check_header(longer, strlen(longer), &res), MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_int_eq(mss_extract_check_header("", 0, &res), MSS_ERR_FILE_HEADER);
    ck_assert_int_eq(mss_extract_check_header(NULL, 0, &res), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(column_names_follow_the_published_header)
{
    ck_assert_str_eq(mss_extract_column_name(0), "Type de BAL");
    ck_assert_str_eq(mss_extract_column_name(MSS_EXTRACT_DEMATERIALISATION), "Dématérialisation");
    ck_assert_str_eq(mss_extract_column_name(30), "Pays structure BAL");
    ck_assert_ptr_null(mss_extract_column_name(31));
}
END_TEST

START_TEST(split_in_place_and_field_count)
{
    char buf[4096];
    size_t n = make_row(buf, sizeof buf, -1, NULL);
    mss_extract_row row;
    mss_result res;
    ck_assert_int_eq(mss_extract_split_row(buf, n, 12, &row, &res), MSS_OK);
    ck_assert_uint_eq(row.nfields, 31);
    ck_assert_uint_eq(row.line, 12);
    ck_assert_str_eq(row.fields[MSS_EXTRACT_ADDRESS], "dupont.jean@pro.oc.mssante.fr");
    ck_assert_str_eq(row.fields[30], "France");

    char shorter[] = "PER|a@b.fr|8";
    ck_assert_int_eq(mss_extract_split_row(shorter, strlen(shorter), 3, &row, &res), MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_uint_eq(row.nfields, 3);
    ck_assert_str_eq(row.fields[1], "a@b.fr");
    ck_assert_str_eq(row.fields[5], "");

    /* 32 fields: one '|' too many inside the company name. */
    n = make_row(buf, sizeof buf, 18, "A|B");
    ck_assert_int_eq(mss_extract_split_row(buf, n, 3, &row, &res), MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_uint_eq(row.nfields, 32);
}
END_TEST

START_TEST(encoding_errors_name_column_and_offset)
{
    mss_result res;
    char buf[4096];
    size_t n = make_row(buf, sizeof buf, 7, "Cardiologie \xE9");
    size_t bad_at = (size_t)(strchr(buf, '\xE9') - buf);
    mss_extract_row row;
    ck_assert_int_eq(mss_extract_check_row(buf, n, 5, NULL, &row, &res), MSS_ERR_FILE_ROW_UTF8);
    ck_assert_uint_eq(res.field, 7);
    ck_assert_uint_eq(res.offset, bad_at);

    expect_row_error(9, "DUP\tONT", MSS_ERR_FILE_CONTROL_CHARACTER, 9);
    /* Accented text is fine. */
    expect_row_valid(10, "Jérôme");
}
END_TEST

START_TEST(dematerialisation_is_O_or_N)
{
    expect_row_valid(MSS_EXTRACT_DEMATERIALISATION, "O");
    expect_row_valid(MSS_EXTRACT_DEMATERIALISATION, "N");
    expect_row_valid(MSS_EXTRACT_DEMATERIALISATION, "");
    expect_row_error(MSS_EXTRACT_DEMATERIALISATION, "OUI", MSS_ERR_EXTRACT_DEMATERIALISATION, 17);
    expect_row_error(MSS_EXTRACT_DEMATERIALISATION, "o", MSS_ERR_EXTRACT_DEMATERIALISATION, 17);
    expect_row_error(MSS_EXTRACT_DEMATERIALISATION, "1", MSS_ERR_EXTRACT_DEMATERIALISATION, 17);
}
END_TEST

START_TEST(postal_code_and_department)
{
    expect_row_error(MSS_EXTRACT_POSTAL_CODE, "3100", MSS_ERR_EXTRACT_POSTAL_CODE, 28);
    expect_row_error(MSS_EXTRACT_POSTAL_CODE, "3100A", MSS_ERR_EXTRACT_POSTAL_CODE, 28);
    expect_row_error(MSS_EXTRACT_POSTAL_CODE, "00100", MSS_ERR_EXTRACT_POSTAL_CODE, 28);
    expect_row_error(MSS_EXTRACT_DEPARTMENT, "20", MSS_ERR_EXTRACT_DEPARTMENT, 29);
    expect_row_error(MSS_EXTRACT_DEPARTMENT, "96", MSS_ERR_EXTRACT_DEPARTMENT, 29);
    expect_row_error(MSS_EXTRACT_DEPARTMENT, "979", MSS_ERR_EXTRACT_DEPARTMENT, 29);
    expect_row_error(MSS_EXTRACT_DEPARTMENT, "34", MSS_ERR_EXTRACT_POSTAL_DEPARTMENT, 29);
    expect_row_error(MSS_EXTRACT_DEPARTMENT, "2C", MSS_ERR_EXTRACT_DEPARTMENT, 29);
    expect_row_valid(MSS_EXTRACT_POSTAL_CODE, "31300");
    expect_row_valid(MSS_EXTRACT_POSTAL_CODE, "");
    /* A department spelt out has no code to check: not an error. */
    expect_row_valid(MSS_EXTRACT_DEPARTMENT, "Haute-Garonne");

    /* Corsica and overseas: the row's postal code and department together. */
    static const char *const pairs[][3] = {
        { "20000", "2A", "" }, { "20137", "2A", "" }, { "20200", "2B", "" }, { "20600", "2B", "" },
        { "97110", "971", "" }, { "97600", "976", "" }, { "97133", "977", "" },
        { "20200", "2A", "x" }, { "20000", "2B", "x" }, { "97110", "972", "x" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char buf[4096];
        size_t n = make_row(buf, sizeof buf, MSS_EXTRACT_POSTAL_CODE, pairs[i][0]);
        char *dep = strstr(buf, "|31|France");
        ck_assert_ptr_nonnull(dep);
        char tail[64];
        snprintf(tail, sizeof tail, "|%s|France", pairs[i][1]);
        strcpy(dep, tail);
        mss_result res;
        int rc = mss_extract_check_row(buf, strlen(buf), 2, NULL, NULL, &res);
        ck_assert_msg(rc == (*pairs[i][2] ? MSS_ERR_EXTRACT_POSTAL_DEPARTMENT : MSS_OK), "%s %s: %s", pairs[i][0],
                      pairs[i][1], mss_error_name(rc));
        (void)n;
    }
    /* Abroad, the French rules do not apply. */
    char buf[4096];
    make_row(buf, sizeof buf, MSS_EXTRACT_POSTAL_CODE, "1000");
    strcpy(strstr(buf, "|31|France"), "||Belgique");
    ck_assert_int_eq(mss_extract_check_row(buf, strlen(buf), 2, NULL, NULL, NULL), MSS_OK);
}
END_TEST

START_TEST(record_rules_are_reported_in_extract_columns)
{
    expect_row_valid(-1, NULL);
    expect_row_error(MSS_EXTRACT_TYPE_BAL, "PRS", MSS_ERR_BAL_TYPE_UNKNOWN, MSS_EXTRACT_TYPE_BAL);
    expect_row_error(MSS_EXTRACT_ADDRESS, "dupont.jeanpro.oc.mssante.fr", MSS_ERR_ADDRESS_NO_AT,
                     MSS_EXTRACT_ADDRESS);
    expect_row_error(MSS_EXTRACT_PP_ID, "10000000018", MSS_ERR_ID_CHECKSUM, MSS_EXTRACT_PP_ID);
    expect_row_error(MSS_EXTRACT_IDNAT_PP, "010000000017", MSS_ERR_RECORD_IDNAT_PS_MISMATCH, MSS_EXTRACT_IDNAT_PP);
    expect_row_error(MSS_EXTRACT_IDNAT_PP, "10000000017", MSS_ERR_RECORD_IDNAT_PS_MISMATCH, MSS_EXTRACT_IDNAT_PP);
    expect_row_error(MSS_EXTRACT_IDNAT_PP, "810000000025", MSS_ERR_RECORD_IDNAT_PS_MISMATCH, MSS_EXTRACT_IDNAT_PP);
    expect_row_error(MSS_EXTRACT_STRUCTURE_ID, "73282932000075", MSS_ERR_ID_CHECKSUM, MSS_EXTRACT_STRUCTURE_ID);
    /* The structure identifier may repeat its type prefix. */
    expect_row_valid(MSS_EXTRACT_STRUCTURE_ID, "373282932000074");
}
END_TEST

/* The listed entry of a row with this address, checked against wl. */
static const mss_whitelist_entry *listed_for(const char *address, const mss_whitelist *wl)
{
    char buf[4096];
    size_t n = make_row(buf, sizeof buf, MSS_EXTRACT_ADDRESS, address);
    mss_extract_row row;
    mss_extract_check_row(buf, n, 7, wl, &row, NULL);
    return row.listed;
}

START_TEST(row_gives_the_whitelist_entry_of_its_domain)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    ck_assert_int_eq(mss_whitelist_add(wl, "pro.oc.mssante.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "h\xC3\xB4pital.mssante.fr", NULL), MSS_OK);
    const mss_whitelist_entry *pro = mss_whitelist_lookup(wl, "pro.oc.mssante.fr");
    const mss_whitelist_entry *idn = mss_whitelist_lookup(wl, "h\xC3\xB4pital.mssante.fr");
    ck_assert_ptr_nonnull(idn);
    /* A valid row, one with an error elsewhere, a domain written otherwise. */
    ck_assert_ptr_eq(listed_for("dupont.jean@pro.oc.mssante.fr", wl), pro);
    ck_assert_ptr_eq(listed_for("Dupont.Jean@PRO.OC.MSSante.fr", wl), pro);
    ck_assert_ptr_eq(listed_for("x@y@pro.oc.mssante.fr", wl), pro);
    ck_assert_ptr_eq(listed_for("dupont.jean@H\xC3\x94PITAL.mssante.fr", wl), idn);
    /* Not listed, not an address, no whitelist. */
    ck_assert_ptr_null(listed_for("dupont.jean@oc.mssante.fr", wl));
    ck_assert_ptr_null(listed_for("dupont.jean@pro.oc.mssante.fr.", wl));
    ck_assert_ptr_null(listed_for("dupont.jean.pro.oc.mssante.fr", wl));
    ck_assert_ptr_null(listed_for("", wl));
    ck_assert_ptr_null(listed_for("dupont.jean@pro.oc.mssante.fr", NULL));
    /* The split alone does not look it up; a row it refuses has none. */
    char line[4096];
    mss_extract_row row;
    size_t n = make_row(line, sizeof line, -1, NULL);
    ck_assert_int_eq(mss_extract_split_row(line, n, 7, &row, NULL), MSS_OK);
    ck_assert_ptr_null(row.listed);
    n = make_row(line, sizeof line, MSS_EXTRACT_COUNTRY, "France|extra");
    ck_assert_int_eq(mss_extract_check_row(line, n, 7, wl, &row, NULL), MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_ptr_null(row.listed);
    mss_whitelist_free(wl);
}
END_TEST

/* --- streaming reader ----------------------------------------------------- */

typedef struct seen {
    unsigned long lines[64];
    int codes[64];
    bool header[64];
    size_t n;
} seen;

static void collect(const mss_extract_row *row, const mss_result *res, void *user)
{
    seen *s = user;
    if (s->n < 64) {
        s->lines[s->n] = row->line;
        s->codes[s->n] = res->code;
        s->header[s->n] = row->is_header;
        s->n++;
    }
}

/* Feed text in blocks of `block` octets. */
static void read_all(const char *text, size_t len, size_t block, seen *s)
{
    memset(s, 0, sizeof *s);
    mss_extract_reader *r = mss_extract_reader_new(NULL, collect, s);
    ck_assert_ptr_nonnull(r);
    for (size_t off = 0; off < len; off += block)
        ck_assert_int_eq(mss_extract_reader_feed(r, text + off, len - off < block ? len - off : block), MSS_OK);
    ck_assert_int_eq(mss_extract_reader_finish(r), MSS_OK);
    mss_extract_reader_free(r);
}

START_TEST(reader_reports_rows_with_line_numbers_across_blocks)
{
    char row[4096], bad[4096];
    make_row(row, sizeof row, -1, NULL);
    make_row(bad, sizeof bad, MSS_EXTRACT_DEMATERIALISATION, "X");
    size_t cap = 5 * 4096 + 1024;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    int n = snprintf(text, cap, "\xEF\xBB\xBF" HEADER "\r\n%s\r\n%s\r\nPER|x\r\n\r\n%s", row, bad, row);
    static const size_t blocks[] = { 1, 7, 64, 100000 };
    for (size_t b = 0; b < sizeof blocks / sizeof blocks[0]; b++) {
        seen s;
        read_all(text, (size_t)n, blocks[b], &s);
        ck_assert_uint_eq(s.n, 4);
        ck_assert_uint_eq(s.lines[0], 2);
        ck_assert_int_eq(s.codes[0], MSS_OK);
        ck_assert_uint_eq(s.lines[1], 3);
        ck_assert_int_eq(s.codes[1], MSS_ERR_EXTRACT_DEMATERIALISATION);
        ck_assert_uint_eq(s.lines[2], 4);
        ck_assert_int_eq(s.codes[2], MSS_ERR_FILE_FIELD_COUNT);
        /* The blank line 5 is not a row; the last row has no line end. */
        ck_assert_uint_eq(s.lines[3], 6);
        ck_assert_int_eq(s.codes[3], MSS_OK);
    }
    free(text);
}
END_TEST

START_TEST(reader_goes_on_after_wrong_header_and_long_line)
{
    char row[4096];
    make_row(row, sizeof row, -1, NULL);
    size_t cap = MSS_EXTRACT_MAX_LINE * 2 + 8192;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    size_t n = (size_t)snprintf(text, cap, "Type|Adresse\n");
    memset(text + n, 'x', MSS_EXTRACT_MAX_LINE + 10);
    n += MSS_EXTRACT_MAX_LINE + 10;
    n += (size_t)snprintf(text + n, cap - n, "\n%s\n", row);
    seen s;
    read_all(text, n, 4096, &s);
    ck_assert_uint_eq(s.n, 3);
    ck_assert(s.header[0]);
    ck_assert_int_eq(s.codes[0], MSS_ERR_FILE_HEADER);
    ck_assert_uint_eq(s.lines[1], 2);
    ck_assert_int_eq(s.codes[1], MSS_ERR_FILE_LINE_TOO_LONG);
    ck_assert_uint_eq(s.lines[2], 3);
    ck_assert_int_eq(s.codes[2], MSS_OK);
    free(text);
}
END_TEST

START_TEST(reader_edge_cases)
{
    seen s;
    read_all("", 0, 1, &s);
    ck_assert_uint_eq(s.n, 1);
    ck_assert_int_eq(s.codes[0], MSS_ERR_FILE_EMPTY);
    read_all(HEADER "\n", strlen(HEADER) + 1, 1000, &s);
    ck_assert_uint_eq(s.n, 0);

    /* A chunk of a file: no header, numbering from the given line. */
    char row[4096];
    size_t n = make_row(row, sizeof row, -1, NULL);
    memset(&s, 0, sizeof s);
    mss_extract_reader *r = mss_extract_reader_new(NULL, collect, &s);
    mss_extract_reader_start_at(r, 1000);
    mss_extract_reader_feed(r, row, n);
    mss_extract_reader_finish(r);
    ck_assert_uint_eq(mss_extract_reader_lines(r), 1000);
    mss_extract_reader_free(r);
    ck_assert_uint_eq(s.n, 1);
    ck_assert_uint_eq(s.lines[0], 1000);
    ck_assert_int_eq(s.codes[0], MSS_OK);

    ck_assert_ptr_null(mss_extract_reader_new(NULL, NULL, NULL));
    ck_assert_int_eq(mss_extract_reader_feed(NULL, "x", 1), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_extract_reader_finish(NULL), MSS_ERR_NULL_ARGUMENT);
    mss_extract_reader_free(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract");
    TCase *rows = tcase_create("rows");
    tcase_add_test(rows, header_exact_passes_and_each_mismatch_names_its_column);
    tcase_add_test(rows, column_names_follow_the_published_header);
    tcase_add_test(rows, split_in_place_and_field_count);
    tcase_add_test(rows, encoding_errors_name_column_and_offset);
    tcase_add_test(rows, dematerialisation_is_O_or_N);
    tcase_add_test(rows, postal_code_and_department);
    tcase_add_test(rows, record_rules_are_reported_in_extract_columns);
    tcase_add_test(rows, row_gives_the_whitelist_entry_of_its_domain);
    suite_add_tcase(s, rows);
    TCase *reader = tcase_create("reader");
    tcase_add_test(reader, reader_reports_rows_with_line_numbers_across_blocks);
    tcase_add_test(reader, reader_goes_on_after_wrong_header_and_long_line);
    tcase_add_test(reader, reader_edge_cases);
    suite_add_tcase(s, reader);
    return testutil_run(&s, 1);
}
