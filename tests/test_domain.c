/* Domain names: normalisation (ASCII fast path and IDNA), limits with their
 * offsets, public-domain checks, generic Occitanie domains, classification. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* Normalise and expect success with the given A-label form. */
static void expect_normal(const char *in, const char *expected)
{
    char out[MSS_DOMAIN_BUFSIZE];
    mss_result r;
    int rc = mss_domain_normalize(in, out, sizeof out, &r);
    ck_assert_msg(rc == MSS_OK, "%s: %s at %zu", in, mss_error_name(rc), r.offset);
    ck_assert_str_eq(out, expected);
    ck_assert_int_eq(r.code, MSS_OK);
}

/* Normalise and expect an error code at an offset of the input. */
static void expect_error(const char *in, int code, size_t offset)
{
    char out[MSS_DOMAIN_BUFSIZE];
    mss_result r;
    int rc = mss_domain_normalize(in, out, sizeof out, &r);
    ck_assert_msg(rc == code, "%s: got %s, expected %s", in, mss_error_name(rc), mss_error_name(code));
    ck_assert_int_eq(r.code, code);
    ck_assert_msg(r.offset == offset, "%s: offset %zu, expected %zu", in, r.offset, offset);
}

static char *repeat(char c, size_t n)
{
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    memset(s, c, n);
    s[n] = '\0';
    return s;
}

START_TEST(ascii_is_folded_to_lowercase)
{
    expect_normal("pro.oc.mssante.fr", "pro.oc.mssante.fr");
    expect_normal("UC-CMP.mssante.fr", "uc-cmp.mssante.fr");
    expect_normal("15-20.MSSANTE.FR", "15-20.mssante.fr");
    expect_normal("a.b", "a.b");
    expect_normal("localhost", "localhost"); /* syntax only: single labels are valid names */
}
END_TEST

START_TEST(idn_gives_lowercase_a_labels_and_back)
{
    expect_normal("hôpital-exemple.fr", "xn--hpital-exemple-0ob.fr");
    expect_normal("HÔPITAL-Exemple.FR", "xn--hpital-exemple-0ob.fr");
    expect_normal("XN--HPITAL-EXEMPLE-0OB.FR", "xn--hpital-exemple-0ob.fr");
    expect_normal("straße.de", "xn--strae-oqa.de"); /* non-transitional: ß kept */
    expect_normal("ｅｘａｍｐｌｅ.fr", "example.fr");   /* UTS#46 maps full-width forms */
    char u[MSS_DOMAIN_UNICODE_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_domain_to_unicode("xn--hpital-exemple-0ob.fr", u, sizeof u, &r), MSS_OK);
    ck_assert_str_eq(u, "hôpital-exemple.fr");
    ck_assert_int_eq(mss_domain_to_unicode("HÔPITAL-exemple.fr", u, sizeof u, &r), MSS_OK);
    ck_assert_str_eq(u, "hôpital-exemple.fr");
    ck_assert_int_eq(mss_domain_to_unicode("Pro.OC.mssante.fr", u, sizeof u, &r), MSS_OK);
    ck_assert_str_eq(u, "pro.oc.mssante.fr");
    ck_assert_int_eq(mss_domain_to_unicode("xn--zz.fr", u, sizeof u, &r), MSS_ERR_DOMAIN_IDNA);
    ck_assert_int_eq(mss_domain_to_unicode("xn--hpital-exemple-0ob.fr", u, 5, &r), MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(r.code, MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(mss_domain_to_unicode(NULL, u, sizeof u, &r), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(invalid_idns_are_refused_where_they_are)
{
    expect_error("xn--zz.fr", MSS_ERR_DOMAIN_IDNA, 0);           /* bad punycode */
    expect_error("ok.xn--zz.fr", MSS_ERR_DOMAIN_IDNA, 3);
    expect_error("xn--ls8h.fr", MSS_ERR_DOMAIN_IDNA, 0);         /* decodes to an emoji */
    expect_error("mail.😀.fr", MSS_ERR_DOMAIN_IDNA, 5);          /* disallowed code point */
    expect_error("a\xd7\x90.fr", MSS_ERR_DOMAIN_IDNA, 0);        /* bidi: Latin then Hebrew */
    expect_error("x.a\xd7\x90.fr", MSS_ERR_DOMAIN_IDNA, 2);
    expect_error("\xe2\x80\x8d.fr", MSS_ERR_DOMAIN_IDNA, 0);     /* ZWJ out of context */
    expect_error("xn--a-0gc.fr", MSS_ERR_DOMAIN_IDNA, 0);        /* leading combining mark */
    expect_error("ab--cd.fr", MSS_ERR_DOMAIN_IDNA, 0);           /* reserved ??-- label */
    expect_error("é.ab--cd.fr", MSS_ERR_DOMAIN_IDNA, 3);
    expect_error("-é.fr", MSS_ERR_DOMAIN_HYPHEN, 0);
    expect_error("é_x.fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 2); /* ASCII rules hold in IDNs */
    expect_error("é..fr", MSS_ERR_DOMAIN_EMPTY_LABEL, 3);
    expect_error("é.fr.", MSS_ERR_DOMAIN_TRAILING_DOT, 5);
    expect_error("ok.\xff.fr", MSS_ERR_INVALID_UTF8, 3);
    expect_error("é\xc3", MSS_ERR_INVALID_UTF8, 2);
    expect_error("é\xc2\x85.fr", MSS_ERR_CONTROL_CHARACTER, 2); /* C1 control */
}
END_TEST

START_TEST(syntax_errors_point_into_the_input)
{
    expect_error("", MSS_ERR_EMPTY, 0);
    expect_error(".fr", MSS_ERR_DOMAIN_EMPTY_LABEL, 0);
    expect_error("a..fr", MSS_ERR_DOMAIN_EMPTY_LABEL, 2);
    expect_error(".", MSS_ERR_DOMAIN_EMPTY_LABEL, 0);
    expect_error("mssante.fr.", MSS_ERR_DOMAIN_TRAILING_DOT, 10);
    expect_error("-a.fr", MSS_ERR_DOMAIN_HYPHEN, 0);
    expect_error("a-.fr", MSS_ERR_DOMAIN_HYPHEN, 1);
    expect_error("a.fr-", MSS_ERR_DOMAIN_HYPHEN, 4);
    expect_error("a_b.fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 1);
    expect_error("jean@x.fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 4);
    expect_error("a b.fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 1);
    expect_error("a\tb.fr", MSS_ERR_CONTROL_CHARACTER, 1);
    expect_error("ab.fr\x7f", MSS_ERR_CONTROL_CHARACTER, 5);
}
END_TEST

START_TEST(length_limits_are_exact)
{
    char *label63 = repeat('a', 63), *label64 = repeat('a', 64);
    char name[600];
    snprintf(name, sizeof name, "x.%s.fr", label63);
    char out[MSS_DOMAIN_BUFSIZE];
    ck_assert_int_eq(mss_domain_normalize(name, out, sizeof out, NULL), MSS_OK);
    snprintf(name, sizeof name, "x.%s.fr", label64);
    expect_error(name, MSS_ERR_DOMAIN_LABEL_TOO_LONG, 2);
    /* 253 octets: three labels of 63, one of 61, three dots. */
    snprintf(name, sizeof name, "%s.%s.%s.%.61s", label63, label63, label63, label63);
    ck_assert_uint_eq(strlen(name), 253);
    ck_assert_int_eq(mss_domain_normalize(name, out, sizeof out, NULL), MSS_OK);
    ck_assert_str_eq(out, name);
    snprintf(name, sizeof name, "%s.%s.%s.%.62s", label63, label63, label63, label63);
    expect_error(name, MSS_ERR_DOMAIN_TOO_LONG, 253);
    /* An A-label can outgrow its label: offsets still point into the input. */
    char *accents = malloc(30 * 3 + 8);
    ck_assert_ptr_nonnull(accents);
    strcpy(accents, "fr.");
    for (int i = 0; i < 30; i++)
        strcat(accents, "éa"); /* 60 letters: a 67-octet A-label */
    strcat(accents, ".fr");
    expect_error(accents, MSS_ERR_DOMAIN_LABEL_TOO_LONG, 3);
    free(accents);
    char *huge = repeat('a', 1 << 20);
    expect_error(huge, MSS_ERR_TOO_LONG, MSS_MAX_INPUT);
    free(huge);
    free(label63);
    free(label64);
}
END_TEST

START_TEST(buffers_and_arguments)
{
    char out[MSS_DOMAIN_BUFSIZE];
    mss_result r;
    ck_assert_int_eq(mss_domain_normalize(NULL, out, sizeof out, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(r.code, MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_domain_normalize("abc.fr", NULL, 10, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_domain_normalize("abc.fr", NULL, 0, &r), MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(mss_domain_normalize("abc.fr", out, 6, &r), MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(mss_domain_normalize("abc.fr", out, 7, &r), MSS_OK);
    ck_assert_str_eq(out, "abc.fr");
    ck_assert_int_eq(mss_domain_normalize("abc.fr", out, sizeof out, NULL), MSS_OK);
    /* In place. */
    char buf[MSS_DOMAIN_BUFSIZE] = "HÔPITAL-exemple.FR";
    ck_assert_int_eq(mss_domain_normalize(buf, buf, sizeof buf, &r), MSS_OK);
    ck_assert_str_eq(buf, "xn--hpital-exemple-0ob.fr");
    /* Not NUL-terminated, and NUL inside. */
    ck_assert_int_eq(mss_domain_normalize_n("Example.FRxyz", 10, out, sizeof out, &r), MSS_OK);
    ck_assert_str_eq(out, "example.fr");
    ck_assert_int_eq(mss_domain_normalize_n("ab\0c.fr", 7, out, sizeof out, &r), MSS_ERR_CONTROL_CHARACTER);
    ck_assert_uint_eq(r.offset, 2);
    ck_assert_int_eq(mss_domain_normalize_n("x", 0, out, sizeof out, &r), MSS_ERR_EMPTY);
}
END_TEST

START_TEST(public_domains)
{
    mss_result r;
    ck_assert_int_eq(mss_domain_check_public("pro.oc.mssante.fr", &r), MSS_OK);
    ck_assert_int_eq(mss_domain_check_public("hôpital-exemple.fr", &r), MSS_OK);
    ck_assert_int_eq(mss_domain_check_public("notexample.com", &r), MSS_OK);
    ck_assert_int_eq(mss_domain_check_public("localhost", &r), MSS_ERR_DOMAIN_SPECIAL_USE);
    ck_assert_int_eq(mss_domain_check_public("mail.TEST", &r), MSS_ERR_DOMAIN_SPECIAL_USE);
    ck_assert_int_eq(mss_domain_check_public("www.example.org", &r), MSS_ERR_DOMAIN_SPECIAL_USE);
    ck_assert_int_eq(mss_domain_check_public("router.home.arpa", &r), MSS_ERR_DOMAIN_SPECIAL_USE);
    ck_assert_int_eq(mss_domain_check_public("intranet", &r), MSS_ERR_DOMAIN_SINGLE_LABEL);
    ck_assert_int_eq(r.offset, 0);
    ck_assert_int_eq(mss_domain_check_public("192.168.1.10", &r), MSS_ERR_DOMAIN_NUMERIC_TLD);
    ck_assert_uint_eq(r.offset, 10);
    ck_assert_int_eq(mss_domain_check_public("a.b.123", &r), MSS_ERR_DOMAIN_NUMERIC_TLD);
    ck_assert_int_eq(mss_domain_check_public("a.b.1x3", &r), MSS_OK);
    ck_assert_int_eq(mss_domain_check_public("a..fr", &r), MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_int_eq(mss_domain_check_public(NULL, &r), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(special_use_names)
{
    ck_assert(mss_domain_is_special_use("localhost"));
    ck_assert(mss_domain_is_special_use("LOCALHOST"));
    ck_assert(mss_domain_is_special_use("db.localhost"));
    ck_assert(mss_domain_is_special_use("printer.local"));
    ck_assert(mss_domain_is_special_use("x.invalid"));
    ck_assert(mss_domain_is_special_use("example"));
    ck_assert(mss_domain_is_special_use("example.net"));
    ck_assert(mss_domain_is_special_use("abc.onion"));
    ck_assert(mss_domain_is_special_use("home.arpa"));
    ck_assert(!mss_domain_is_special_use("arpa"));
    ck_assert(!mss_domain_is_special_use("mylocal.fr"));
    ck_assert(!mss_domain_is_special_use("example.fr"));
    ck_assert(!mss_domain_is_special_use("local..fr"));
    ck_assert(!mss_domain_is_special_use(NULL));
}
END_TEST

START_TEST(generic_domains_by_kind)
{
    ck_assert_str_eq(mss_generic_domain(MSS_STRUCTURE_LIBERALE), "pro.oc.mssante.fr");
    ck_assert_str_eq(mss_generic_domain(MSS_STRUCTURE_EHPAD), "ehpad.oc.mssante.fr");
    ck_assert_str_eq(mss_generic_domain(MSS_STRUCTURE_SOCIALE), "social.oc.mssante.fr");
    ck_assert_str_eq(mss_generic_domain(MSS_STRUCTURE_OTHER), "oc.mssante.fr");
    ck_assert_ptr_null(mss_generic_domain((mss_structure_kind)4));
    ck_assert_ptr_null(mss_generic_domain((mss_structure_kind)-1));
    mss_structure_kind k;
    ck_assert(mss_generic_domain_kind("EHPAD.oc.mssante.fr", &k));
    ck_assert_int_eq(k, MSS_STRUCTURE_EHPAD);
    ck_assert(mss_generic_domain_kind("oc.mssante.fr", &k));
    ck_assert_int_eq(k, MSS_STRUCTURE_OTHER);
    ck_assert(mss_domain_is_generic("Pro.Oc.Mssante.Fr"));
    ck_assert(!mss_domain_is_generic("x.oc.mssante.fr")); /* no wildcard */
    ck_assert(!mss_domain_is_generic("medecin.oc.mssante.fr"));
    ck_assert(!mss_domain_is_generic("oc.mssante.fr."));
    ck_assert(!mss_domain_is_generic(NULL));
    ck_assert(!mss_generic_domain_kind(NULL, NULL));
}
END_TEST

START_TEST(kind_names_in_any_case_with_or_without_accents)
{
    static const struct {
        const char *name;
        mss_structure_kind kind;
    } ok[] = {
        {"libérale", MSS_STRUCTURE_LIBERALE}, {"LIBÉRALE", MSS_STRUCTURE_LIBERALE},
        {"liberale", MSS_STRUCTURE_LIBERALE}, {"libe\xcc\x81rale", MSS_STRUCTURE_LIBERALE},
        {"CPTS", MSS_STRUCTURE_LIBERALE},     {" msp ", MSS_STRUCTURE_LIBERALE},
        {"Ehpad", MSS_STRUCTURE_EHPAD},       {"social", MSS_STRUCTURE_SOCIALE},
        {"Sociale", MSS_STRUCTURE_SOCIALE},   {"autre", MSS_STRUCTURE_OTHER},
        {"OTHER", MSS_STRUCTURE_OTHER},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        mss_structure_kind k = (mss_structure_kind)99;
        ck_assert_msg(mss_structure_kind_parse(ok[i].name, &k) == MSS_OK, "%s", ok[i].name);
        ck_assert_int_eq(k, ok[i].kind);
    }
    mss_structure_kind k;
    ck_assert_int_eq(mss_structure_kind_parse("hôpital", &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    ck_assert_int_eq(mss_structure_kind_parse("", &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    ck_assert_int_eq(mss_structure_kind_parse("ehpad2", &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    ck_assert_int_eq(mss_structure_kind_parse("\xff", &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    ck_assert_int_eq(mss_structure_kind_parse("liberale liberale liberale", &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    char *spaces = repeat(' ', 100000);
    ck_assert_int_eq(mss_structure_kind_parse(spaces, &k), MSS_ERR_DOMAIN_UNKNOWN_KIND);
    free(spaces);
    ck_assert_int_eq(mss_structure_kind_parse(NULL, &k), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_structure_kind_parse("msp", NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(classify_without_whitelist)
{
    mss_result r;
    ck_assert_int_eq(mss_domain_classify("pro.oc.mssante.fr", NULL, &r), MSS_DOMAIN_GENERIC);
    ck_assert_uint_eq(r.count, 0);
    ck_assert_int_eq(mss_domain_classify("Clinique.MSSante.fr", NULL, &r), MSS_DOMAIN_UNVERIFIED);
    ck_assert(mss_result_has(&r, MSS_WARN_DOMAIN_UNVERIFIED));
    ck_assert_int_eq(r.code, MSS_OK);
    ck_assert_int_eq(mss_domain_classify("mssante.apicrypt.org", NULL, &r), MSS_DOMAIN_OUTSIDE);
    ck_assert_int_eq(mss_domain_classify("mssante.fr", NULL, &r), MSS_DOMAIN_OUTSIDE);
    ck_assert_int_eq(mss_domain_classify("gmail.com", NULL, &r), MSS_DOMAIN_OUTSIDE);
    ck_assert_uint_eq(r.count, 0);
    ck_assert_int_eq(mss_domain_classify("bad..mssante.fr", NULL, &r), MSS_DOMAIN_INVALID);
    ck_assert_int_eq(r.code, MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_int_eq(mss_domain_classify(NULL, NULL, &r), MSS_DOMAIN_INVALID);
    ck_assert_int_eq(r.code, MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(classify_with_whitelist)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    ck_assert_int_eq(mss_whitelist_add(wl, "clinique.mssante.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "mssante.apicrypt.org", NULL), MSS_OK);
    mss_result r;
    ck_assert_int_eq(mss_domain_classify("CLINIQUE.mssante.fr", wl, &r), MSS_DOMAIN_WHITELISTED);
    ck_assert_uint_eq(r.count, 0);
    ck_assert_int_eq(mss_domain_classify("mssante.apicrypt.org", wl, &r), MSS_DOMAIN_WHITELISTED);
    ck_assert_int_eq(mss_domain_classify("autre.mssante.fr", wl, &r), MSS_DOMAIN_NOT_WHITELISTED);
    ck_assert_uint_eq(r.count, 0);
    ck_assert_int_eq(mss_domain_classify("x.clinique.mssante.fr", wl, &r), MSS_DOMAIN_NOT_WHITELISTED);
    ck_assert_int_eq(mss_domain_classify("social.oc.mssante.fr", wl, &r), MSS_DOMAIN_GENERIC);
    mss_whitelist *empty = mss_whitelist_new();
    ck_assert_int_eq(mss_domain_classify("clinique.mssante.fr", empty, &r), MSS_DOMAIN_NOT_WHITELISTED);
    mss_whitelist_free(empty);
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(class_names_and_descriptions)
{
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_GENERIC), "generic");
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_WHITELISTED), "whitelisted");
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_UNVERIFIED), "unverified");
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_NOT_WHITELISTED), "not-whitelisted");
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_OUTSIDE), "outside");
    ck_assert_str_eq(mss_domain_class_name(MSS_DOMAIN_INVALID), "invalid");
    ck_assert_str_eq(mss_domain_class_name((mss_domain_class)42), "invalid");
    for (int c = MSS_DOMAIN_INVALID; c <= MSS_DOMAIN_OUTSIDE; c++) {
        const char *en = mss_domain_class_description((mss_domain_class)c, MSS_LANG_EN);
        const char *fr = mss_domain_class_description((mss_domain_class)c, MSS_LANG_FR);
        ck_assert(strlen(en) > 0 && strlen(fr) > 0 && strcmp(en, fr) != 0);
    }
    ck_assert_str_eq(mss_domain_class_description(MSS_DOMAIN_UNVERIFIED, MSS_LANG_FR),
                     "MSSanté plausible (.mssante.fr), non vérifié faute de liste blanche");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("domain");
    TCase *norm = tcase_create("normalize");
    tcase_add_test(norm, ascii_is_folded_to_lowercase);
    tcase_add_test(norm, idn_gives_lowercase_a_labels_and_back);
    tcase_add_test(norm, invalid_idns_are_refused_where_they_are);
    tcase_add_test(norm, syntax_errors_point_into_the_input);
    tcase_add_test(norm, length_limits_are_exact);
    tcase_add_test(norm, buffers_and_arguments);
    suite_add_tcase(s, norm);
    TCase *pub = tcase_create("public");
    tcase_add_test(pub, public_domains);
    tcase_add_test(pub, special_use_names);
    suite_add_tcase(s, pub);
    TCase *gen = tcase_create("generic");
    tcase_add_test(gen, generic_domains_by_kind);
    tcase_add_test(gen, kind_names_in_any_case_with_or_without_accents);
    suite_add_tcase(s, gen);
    TCase *cls = tcase_create("classify");
    tcase_add_test(cls, classify_without_whitelist);
    tcase_add_test(cls, classify_with_whitelist);
    tcase_add_test(cls, class_names_and_descriptions);
    suite_add_tcase(s, cls);
    return testutil_run(&s, 1);
}
