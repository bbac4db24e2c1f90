/* The account load file (CSV): header mapping in any order and case,
 * separators, BOM, CRLF, quoting, quote errors, field counts, and the
 * record check reported by column. */
#include <medimail/mssconf.h>
#include <medimail/account_file.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef struct got {
    size_t n;
    unsigned long line[32];
    bool header[32];
    int code[32];
    size_t field[32];
    char address[32][64];
    char last_name[32][64];
    unsigned count[32];
    bool has_warning_unknown[32];
} got;

static void collect(const mss_account_file_row *row, const mss_result *res, void *user)
{
    got *g = user;
    if (g->n >= 32)
        return;
    size_t i = g->n++;
    g->line[i] = row->line;
    g->header[i] = row->is_header;
    g->code[i] = res->code;
    g->field[i] = res->field;
    g->count[i] = res->count;
    g->has_warning_unknown[i] = mss_result_has(res, MSS_WARN_FILE_UNKNOWN_COLUMN);
    snprintf(g->address[i], sizeof g->address[i], "%s", row->record.address);
    snprintf(g->last_name[i], sizeof g->last_name[i], "%s", row->record.last_name);
}

static void read_csv(const char *text, size_t block, got *g)
{
    memset(g, 0, sizeof *g);
    mss_account_file_reader *r = mss_account_file_reader_new(NULL, collect, g);
    ck_assert_ptr_nonnull(r);
    size_t len = strlen(text);
    for (size_t off = 0; off < len; off += block)
        ck_assert_int_eq(mss_account_file_reader_feed(r, text + off, len - off < block ? len - off : block), MSS_OK);
    ck_assert_int_eq(mss_account_file_reader_finish(r), MSS_OK);
    mss_account_file_reader_free(r);
}

#define PER_OK "PER;dupont.jean@pro.oc.mssante.fr;DUPONT;Jean;8;10000000017"

START_TEST(semicolons_bom_crlf_any_block_size)
{
    const char *text = "\xEF\xBB\xBFType;Adresse;Nom;Prénom;Type_ID_PP;id_pp\r\n" PER_OK "\r\n"
                       "PER;martin.paul@pro.oc.mssante.fr;MARTIN;Paul;8;10000000018\r\n";
    static const size_t blocks[] = { 1, 5, 4096 };
    for (size_t b = 0; b < 3; b++) {
        got g;
        read_csv(text, blocks[b], &g);
        ck_assert_uint_eq(g.n, 2);
        ck_assert_uint_eq(g.line[0], 2);
        ck_assert_int_eq(g.code[0], MSS_OK);
        ck_assert_str_eq(g.address[0], "dupont.jean@pro.oc.mssante.fr");
        ck_assert_uint_eq(g.line[1], 3);
        ck_assert_int_eq(g.code[1], MSS_ERR_ID_CHECKSUM);
        ck_assert_uint_eq(g.field[1], MSS_RECORD_FIELD_PERSON_ID);
    }
}
END_TEST

START_TEST(commas_quotes_and_line_ends_inside_fields)
{
    got g;
    read_csv("nom,prenom,adresse,type,adresse_notification\n"
             "\"Le Gall, dit \"\"Yann\"\"\",Yann,le-gall.yann@pro.oc.mssante.fr,INT,\n"
             "\"Secrétariat\nde nuit\",,secretariat@pro.oc.mssante.fr,ORG,\n"
             "X,Y,x.y@pro.oc.mssante.fr,INT,\n",
             3, &g);
    ck_assert_uint_eq(g.n, 3);
    ck_assert_str_eq(g.last_name[0], "Le Gall, dit \"Yann\"");
    ck_assert_uint_eq(g.line[1], 3);
    ck_assert_str_eq(g.last_name[1], "Secrétariat\nde nuit");
    /* A line end inside a name is a control character; the next row starts on line 5. */
    ck_assert_int_eq(g.code[1], MSS_ERR_FILE_CONTROL_CHARACTER);
    ck_assert_uint_eq(g.field[1], MSS_RECORD_FIELD_LAST_NAME);
    ck_assert_uint_eq(g.line[2], 5);
}
END_TEST

START_TEST(quote_errors_are_reported_and_reading_goes_on)
{
    got g;
    read_csv("type;adresse;nom;prenom\n"
             "PER;ab\"c@pro.oc.mssante.fr;X;Y\n"
             "INT;x.y@exemple.fr;X;Y\n"
             "INT;\"x.y@exemple.fr\"z;X;Y\n"
             "INT;\"open;X;Y\n",
             4096, &g);
    ck_assert_uint_eq(g.n, 4);
    ck_assert_int_eq(g.code[0], MSS_ERR_FILE_CSV_QUOTE);
    ck_assert_uint_eq(g.line[0], 2);
    ck_assert_uint_eq(g.line[1], 3);
    ck_assert_int_ne(g.code[1], MSS_ERR_FILE_CSV_QUOTE);
    ck_assert_int_eq(g.code[2], MSS_ERR_FILE_CSV_QUOTE);
    ck_assert_uint_eq(g.line[3], 5);
    ck_assert_int_eq(g.code[3], MSS_ERR_FILE_CSV_QUOTE);
}
END_TEST

START_TEST(header_problems)
{
    got g;
    read_csv("type;nom;prenom\nPER;X;Y\n", 4096, &g);
    ck_assert_uint_eq(g.n, 1);
    ck_assert(g.header[0]);
    ck_assert_int_eq(g.code[0], MSS_ERR_FILE_MISSING_COLUMN);
    ck_assert_uint_eq(g.field[0], MSS_RECORD_FIELD_ADDRESS);

    read_csv("type;adresse;nom;prenom;Adresse\n", 4096, &g);
    ck_assert_int_eq(g.code[0], MSS_ERR_FILE_DUPLICATE_COLUMN);

    /* An unknown column is a warning; rows are still read. */
    read_csv("TYPE;ADRESSE;NOM;PRENOM;Téléphone\nINT;x.y@exemple.fr;X;Y;0102030405\n", 4096, &g);
    ck_assert_uint_eq(g.n, 2);
    ck_assert(g.header[0]);
    ck_assert_int_eq(g.code[0], MSS_OK);
    ck_assert(g.has_warning_unknown[0]);
    ck_assert(!g.header[1]);

    read_csv("", 4096, &g);
    ck_assert_uint_eq(g.n, 1);
    ck_assert_int_eq(g.code[0], MSS_ERR_FILE_EMPTY);
}
END_TEST

START_TEST(field_count_utf8_and_empty_rows)
{
    got g;
    read_csv("type;adresse;nom;prenom\n"
             "INT;x.y@exemple.fr;X\n"
             ";;;\n"
             "INT;x.y@exemple.fr;X\xE9;Y\n"
             "INT;x.y@exemple.fr;X;Y",
             4096, &g);
    ck_assert_uint_eq(g.n, 3);
    ck_assert_int_eq(g.code[0], MSS_ERR_FILE_FIELD_COUNT);
    ck_assert_int_eq(g.code[1], MSS_ERR_FILE_ROW_UTF8);
    ck_assert_uint_eq(g.field[1], MSS_RECORD_FIELD_LAST_NAME);
    ck_assert_uint_eq(g.line[1], 4);
    ck_assert_uint_eq(g.line[2], 5);
}
END_TEST

START_TEST(column_names_and_arguments)
{
    ck_assert_str_eq(mss_account_file_column_name(MSS_RECORD_FIELD_ADDRESS), "adresse");
    ck_assert_str_eq(mss_account_file_column_name(MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS), "bal_responsable");
    ck_assert_ptr_null(mss_account_file_column_name(MSS_RECORD_FIELD_COUNT));
    ck_assert(mss_account_file_column_required(MSS_RECORD_FIELD_TYPE));
    ck_assert(!mss_account_file_column_required(MSS_RECORD_FIELD_STRUCT_ID));
    ck_assert_ptr_null(mss_account_file_reader_new(NULL, NULL, NULL));
    ck_assert_int_eq(mss_account_file_reader_feed(NULL, "x", 1), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_account_file_reader_finish(NULL), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_account_file_reader_separator(NULL), 0);
    mss_account_file_reader_free(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("account_file");
    TCase *tc = tcase_create("csv");
    tcase_add_test(tc, semicolons_bom_crlf_any_block_size);
    tcase_add_test(tc, commas_quotes_and_line_ends_inside_fields);
    tcase_add_test(tc, quote_errors_are_reported_and_reading_goes_on);
    tcase_add_test(tc, header_problems);
    tcase_add_test(tc, field_count_utf8_and_empty_rows);
    tcase_add_test(tc, column_names_and_arguments);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
