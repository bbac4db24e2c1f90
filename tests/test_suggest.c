/* Address suggestion: nom.prenom@domaine from French, German, Portuguese
 * (and other Latin-script) names; homonyms; limits; refusals. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <string.h>
#include <uninorm.h>
#include <unistr.h>

#include "testutil.h"

typedef struct name_case {
    const char *last;
    const char *first;
    const char *expected; /* local part */
} name_case;

static const name_case name_cases[] = {
    /* French */
    {"Dupont", "Jean", "dupont.jean"},
    {"DUPONT", "jean", "dupont.jean"},
    {"Lefèvre", "Élodie", "lefevre.elodie"},
    {"Le Gall", "Anne-Marie", "le-gall.anne-marie"},
    {"N'Diaye", "Aïssatou", "ndiaye.aissatou"},
    {"d\xe2\x80\x99" "Artagnan", "Charles", "dartagnan.charles"},
    {"Œuvray", "Cécile", "oeuvray.cecile"},
    {"Lætitia", "François", "laetitia.francois"},
    {"De La Tour  d'Auvergne", "Jean - Pierre", "de-la-tour-dauvergne.jean-pierre"},
    {"Noël", "Gaëlle", "noel.gaelle"},
    {"Ç\xc3\xa0", "Ÿves", "ca.yves"},
    /* German */
    {"Müller", "Jürgen", "muller.jurgen"},
    {"Straße", "Björn", "strasse.bjorn"},
    {"GROẞ", "Käthe", "gross.kathe"},
    {"von Bülow", "Lüder", "von-bulow.luder"},
    /* Portuguese */
    {"Gonçalves", "João", "goncalves.joao"},
    {"Simões", "Inês", "simoes.ines"},
    {"Assunção", "Conceição", "assuncao.conceicao"},
    /* other Latin scripts */
    {"Łukasiewicz", "Małgorzata", "lukasiewicz.malgorzata"},
    {"Ørsted", "Søren", "orsted.soren"},
    {"Đoković", "Novak", "dokovic.novak"},
    {"Þórsdóttir", "Guðrún", "thorsdottir.gudrun"},
    {"Nguyễn", "Thị", "nguyen.thi"},
    {"Ibáñez", "José Luis", "ibanez.jose-luis"},
    /* already decomposed input: e + combining acute */
    {"Le\xcc\x81on", "Rene\xcc\x81", "leon.rene"},
};

START_TEST(names_become_conventional_addresses)
{
    const name_case *c = &name_cases[_i];
    char out[MSS_ADDRESS_BUFSIZE];
    char expected[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    int rc = mss_address_suggest(c->last, c->first, "pro.oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r);
    ck_assert_msg(rc == MSS_OK, "%s %s: %s", c->last, c->first, mss_error_name(rc));
    strcpy(expected, c->expected);
    strcat(expected, "@pro.oc.mssante.fr");
    ck_assert_str_eq(out, expected);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0); /* what we build follows the conventions */
}
END_TEST

START_TEST(homonym_index_is_appended)
{
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_address_suggest("Martin", "Paul", "oc.mssante.fr", MSS_BAL_PER, 2, NULL, out, sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "martin.paul2@oc.mssante.fr");
    ck_assert_int_eq(mss_address_suggest("Martin", "Paul", "oc.mssante.fr", MSS_BAL_PER, 99, NULL, out, sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "martin.paul99@oc.mssante.fr");
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    ck_assert_int_eq(mss_address_suggest("Martin", "Paul", "oc.mssante.fr", MSS_BAL_PER, 100, NULL, out, sizeof out, &r),
                     MSS_ERR_INVALID_ARGUMENT);
}
END_TEST

START_TEST(domain_is_normalised_and_checked_for_the_type)
{
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "H\xc3\x94PITAL-exemple.fr", MSS_BAL_INT, 0, NULL, out,
                                         sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "dupont.jean@xn--hpital-exemple-0ob.fr");
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "PRO.OC.MSSANTE.FR", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "dupont.jean@pro.oc.mssante.fr");
    /* the result must be valid for the type */
    out[0] = 'x';
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "gmail.com", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE);
    ck_assert_int_eq(out[0], 'x'); /* nothing written */
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "localhost", MSS_BAL_MED, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_DOMAIN_SPECIAL_USE);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "bad..domain.fr", MSS_BAL_INT, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_uint_eq(r.offset, 4); /* in the domain argument */
    /* unverified warning passes through */
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "chu-x.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_OK);
    ck_assert(mss_result_has(&r, MSS_WARN_DOMAIN_UNVERIFIED));
}
END_TEST

START_TEST(shared_boxes_may_use_a_service_name)
{
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_address_suggest("Équipe de nuit", NULL, "ehpad.oc.mssante.fr", MSS_BAL_ORG, 0, NULL, out,
                                         sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "equipe-de-nuit@ehpad.oc.mssante.fr");
    ck_assert_int_eq(mss_address_suggest("Secrétariat", "Cardiologie", "oc.mssante.fr", MSS_BAL_ORG, 0, NULL, out,
                                         sizeof out, &r),
                     MSS_OK);
    ck_assert_str_eq(out, "secretariat.cardiologie@oc.mssante.fr");
    ck_assert_int_eq(mss_address_suggest("DPI", "", "oc.mssante.fr", MSS_BAL_APP, 0, NULL, out, sizeof out, &r), MSS_OK);
    ck_assert_str_eq(out, "dpi@oc.mssante.fr");
    /* a nominative box needs both names */
    ck_assert_int_eq(mss_address_suggest("Dupont", "", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_NAME);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_FIRST_NAME);
    ck_assert_int_eq(mss_address_suggest("Dupont", NULL, "oc.mssante.fr", MSS_BAL_MED, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_NAME);
}
END_TEST

/* The letters U+00C0..U+00FF have a shortcut: each must give what its
 * canonical decomposition gives through the general path (base letter and
 * a dropped combining mark); those without one are spelled out. */
START_TEST(latin1_letters_match_their_decomposition)
{
    static const struct {
        ucs4_t uc;
        const char *ascii; /* NULL: refused */
    } undecomposable[] = {
        {0xC6, "ae"}, {0xD0, "d"}, {0xD7, NULL}, {0xD8, "o"}, {0xDE, "th"}, {0xDF, "ss"},
        {0xE6, "ae"}, {0xF0, "d"}, {0xF7, NULL}, {0xF8, "o"}, {0xFE, "th"},
    };
    size_t checked = 0;
    for (ucs4_t uc = 0xC0; uc <= 0xFF; uc++) {
        uint8_t name[16] = "x", nfd[32];
        int n = u8_uctomb(name + 1, uc, 4);
        ck_assert_int_eq(n, 2);
        memcpy(name + 1 + n, "y", 2);
        size_t nfd_len = sizeof nfd - 1;
        ck_assert_ptr_nonnull(u8_normalize(UNINORM_NFD, name, strlen((char *)name), nfd, &nfd_len));
        nfd[nfd_len] = '\0';
        char a[MSS_ADDRESS_BUFSIZE], b[MSS_ADDRESS_BUFSIZE];
        int rca = mss_address_suggest((char *)name, "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, a, sizeof a, NULL);
        if (nfd_len != strlen((char *)name)) {
            int rcb = mss_address_suggest((char *)nfd, "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, b, sizeof b, NULL);
            ck_assert_msg(rca == MSS_OK && rcb == MSS_OK && strcmp(a, b) == 0, "U+%04X: %s, decomposed %s", (unsigned)uc,
                          rca == MSS_OK ? a : mss_error_name(rca), rcb == MSS_OK ? b : mss_error_name(rcb));
            checked++;
            continue;
        }
        size_t k = 0;
        while (k < sizeof undecomposable / sizeof undecomposable[0] && undecomposable[k].uc != uc)
            k++;
        ck_assert_msg(k < sizeof undecomposable / sizeof undecomposable[0], "U+%04X does not decompose", (unsigned)uc);
        if (!undecomposable[k].ascii) {
            ck_assert_int_eq(rca, MSS_ERR_SUGGEST_CHARACTER);
        } else {
            char expected[32];
            snprintf(expected, sizeof expected, "x%sy.jean@oc.mssante.fr", undecomposable[k].ascii);
            ck_assert_int_eq(rca, MSS_OK);
            ck_assert_str_eq(a, expected);
        }
    }
    ck_assert_uint_eq(checked, 64 - sizeof undecomposable / sizeof undecomposable[0]);
}
END_TEST

START_TEST(unusable_names_are_refused_with_their_place)
{
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_address_suggest("Иванов", "Иван", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_CHARACTER);
    ck_assert_uint_eq(r.offset, 0);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_LAST_NAME);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean2", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_CHARACTER);
    ck_assert_uint_eq(r.offset, 4);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_FIRST_NAME);
    ck_assert_int_eq(mss_address_suggest("Dupont (née Martin)", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out,
                                         sizeof out, &r),
                     MSS_ERR_SUGGEST_CHARACTER);
    ck_assert_uint_eq(r.offset, 7);
    ck_assert_int_eq(mss_address_suggest("' - '", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_NAME);
    ck_assert_int_eq(mss_address_suggest("", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_NAME);
    ck_assert_int_eq(mss_address_suggest(NULL, "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_SUGGEST_NAME);
    ck_assert_int_eq(mss_address_suggest("Du\tpont", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_CONTROL_CHARACTER);
    ck_assert_uint_eq(r.offset, 2);
    ck_assert_int_eq(mss_address_suggest("Du\xffpont", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_INVALID_UTF8);
    ck_assert_uint_eq(r.offset, 2);
}
END_TEST

START_TEST(limits_and_buffers)
{
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    /* 30 + 1 + 33 = 64: fits; one more letter does not */
    const char *last30 = "abcdefghijklmnopqrstuvwxyzabcd";
    const char *first33 = "abcdefghijklmnopqrstuvwxyzabcdefg";
    const char *first34 = "abcdefghijklmnopqrstuvwxyzabcdefgh";
    ck_assert_int_eq(mss_address_suggest(last30, first33, "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_OK);
    ck_assert_uint_eq(strchr(out, '@') - out, 64);
    ck_assert_int_eq(mss_address_suggest(last30, first34, "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_ADDRESS_LOCAL_TOO_LONG);
    ck_assert_int_eq(mss_address_suggest(last30, first33, "oc.mssante.fr", MSS_BAL_PER, 1, NULL, out, sizeof out, &r),
                     MSS_ERR_ADDRESS_LOCAL_TOO_LONG);
    /* never a truncated answer */
    char small[20];
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, small, sizeof small, &r),
                     MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", NULL, MSS_BAL_PER, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, NULL, 0, &r),
                     MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "oc.mssante.fr", (mss_bal_type)9, 0, NULL, out, sizeof out, &r),
                     MSS_ERR_BAL_TYPE_UNKNOWN);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "oc.mssante.fr", MSS_BAL_PER, 0, NULL, out, sizeof out, NULL),
                     MSS_OK);
}
END_TEST

START_TEST(whitelist_is_used_for_the_type)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_add(wl, "chu-x.mssante.fr", NULL), MSS_OK);
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "chu-x.mssante.fr", MSS_BAL_PER, 0, wl, out, sizeof out, &r),
                     MSS_OK);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    ck_assert_int_eq(mss_address_suggest("Dupont", "Jean", "chu-y.mssante.fr", MSS_BAL_PER, 0, wl, out, sizeof out, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED);
    mss_whitelist_free(wl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("suggest");
    TCase *tc = tcase_create("suggest");
    tcase_add_loop_test(tc, names_become_conventional_addresses, 0, (int)(sizeof name_cases / sizeof name_cases[0]));
    tcase_add_test(tc, homonym_index_is_appended);
    tcase_add_test(tc, domain_is_normalised_and_checked_for_the_type);
    tcase_add_test(tc, shared_boxes_may_use_a_service_name);
    tcase_add_test(tc, latin1_letters_match_their_decomposition);
    tcase_add_test(tc, unusable_names_are_refused_with_their_place);
    tcase_add_test(tc, limits_and_buffers);
    tcase_add_test(tc, whitelist_is_used_for_the_type);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
