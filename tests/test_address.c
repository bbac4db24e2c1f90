/* Mailbox types and address checks: syntax (isemail-style cases, one
 * failing case per RFC rule), domain requirements per type, conventions,
 * case invariance, hostile input, and every row of addresses.tsv. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* ---- mailbox types --------------------------------------------------- */

START_TEST(type_parse_codes_labels_and_names)
{
    static const struct {
        const char *text;
        mss_bal_type type;
    } cases[] = {
        {"PER", MSS_BAL_PER},           {"per", MSS_BAL_PER},       {"Per", MSS_BAL_PER},
        {"ORG", MSS_BAL_ORG},           {"app", MSS_BAL_APP},       {"CAB", MSS_BAL_CAB},
        {"int", MSS_BAL_INT},           {"MED", MSS_BAL_MED},       {"personnelle", MSS_BAL_PER},
        {"Organisationnelle", MSS_BAL_ORG}, {"APPLICATIVE", MSS_BAL_APP}, {"cabinet", MSS_BAL_CAB},
        {"Interne", MSS_BAL_INT},       {"medimail", MSS_BAL_MED},  {"Médimail", MSS_BAL_MED},
        {"MÉDIMAIL", MSS_BAL_MED},      {"personal", MSS_BAL_PER},  {"application", MSS_BAL_APP},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mss_bal_type t = (mss_bal_type)-1;
        ck_assert_msg(mss_bal_type_parse(cases[i].text, &t) == MSS_OK, "%s", cases[i].text);
        ck_assert_int_eq(t, cases[i].type);
    }
}
END_TEST

START_TEST(type_parse_refuses_unknown)
{
    static const char *const bad[] = {"", "PE", "PERS", "PER ", " PER", "personnel", "XYZ", "ORGA",
                                      "p\xc3\xa9r", "medimai", "\xff"};
    mss_bal_type t = MSS_BAL_APP;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_int_eq(mss_bal_type_parse(bad[i], &t), MSS_ERR_BAL_TYPE_UNKNOWN);
    ck_assert_int_eq(t, MSS_BAL_APP); /* untouched on error */
    ck_assert_int_eq(mss_bal_type_parse(NULL, &t), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_bal_type_parse("PER", NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(type_names_and_descriptions)
{
    for (int i = 0; i < MSS_BAL_TYPE_COUNT; i++) {
        mss_bal_type t = (mss_bal_type)i, back;
        ck_assert_int_eq(strlen(mss_bal_type_code(t)), 3);
        ck_assert_int_eq(mss_bal_type_parse(mss_bal_type_code(t), &back), MSS_OK);
        ck_assert_int_eq(back, t);
        ck_assert_int_eq(mss_bal_type_parse(mss_bal_type_label_fr(t), &back), MSS_OK);
        ck_assert_int_eq(back, t);
        ck_assert_str_eq(mss_bal_type_name(t, MSS_LANG_FR), mss_bal_type_label_fr(t));
        ck_assert_ptr_nonnull(mss_bal_type_name(t, MSS_LANG_EN));
        const char *en = mss_bal_type_description(t, MSS_LANG_EN);
        const char *fr = mss_bal_type_description(t, MSS_LANG_FR);
        ck_assert(en && fr && strcmp(en, fr) != 0 && strchr(en, '\n') == NULL);
    }
    ck_assert_str_eq(mss_bal_type_code(MSS_BAL_CAB), "CAB");
    ck_assert_str_eq(mss_bal_type_label_fr(MSS_BAL_ORG), "organisationnelle");
    ck_assert_ptr_null(mss_bal_type_code((mss_bal_type)6));
    ck_assert_ptr_null(mss_bal_type_label_fr((mss_bal_type)-1));
    ck_assert_ptr_null(mss_bal_type_description((mss_bal_type)99, MSS_LANG_FR));
    ck_assert_ptr_null(mss_bal_type_name((mss_bal_type)99, MSS_LANG_EN));
}
END_TEST

START_TEST(type_requirements)
{
    ck_assert(mss_bal_type_needs_mssante_domain(MSS_BAL_PER));
    ck_assert(mss_bal_type_needs_mssante_domain(MSS_BAL_ORG));
    ck_assert(mss_bal_type_needs_mssante_domain(MSS_BAL_APP));
    ck_assert(mss_bal_type_needs_mssante_domain(MSS_BAL_CAB));
    ck_assert(!mss_bal_type_needs_mssante_domain(MSS_BAL_INT));
    ck_assert(!mss_bal_type_needs_mssante_domain(MSS_BAL_MED));
    ck_assert(!mss_bal_type_needs_mssante_domain((mss_bal_type)7));
    ck_assert(mss_bal_type_is_nominative(MSS_BAL_PER));
    ck_assert(!mss_bal_type_is_nominative(MSS_BAL_ORG));
    ck_assert(!mss_bal_type_is_nominative(MSS_BAL_APP));
    ck_assert(mss_bal_type_is_nominative(MSS_BAL_CAB));
    ck_assert(mss_bal_type_is_nominative(MSS_BAL_INT));
    ck_assert(mss_bal_type_is_nominative(MSS_BAL_MED));
    ck_assert(!mss_bal_type_is_nominative((mss_bal_type)-1));
}
END_TEST

/* ---- syntax ------------------------------------------------------------ */

#define NOWHERE MSS_NO_POSITION
#define L64 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"
#define L63 "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk"

typedef struct syntax_case {
    const char *address;
    int code;
    size_t offset; /* checked for errors only */
} syntax_case;

static const syntax_case syntax_cases[] = {
    /* valid */
    {"test@iana.org", MSS_OK, 0},
    {"a@iana.org", MSS_OK, 0},
    {"test.test@iana.org", MSS_OK, 0},
    {"123@iana.org", MSS_OK, 0},
    {"test@123.com", MSS_OK, 0},
    {"test@nominet.org.uk", MSS_OK, 0},
    {"test@iana.a", MSS_OK, 0},
    {"test@mason-dixon.com", MSS_OK, 0},
    {"test@c--n.com", MSS_OK, 0},
    {"!#$%&`*+/=?^`{|}~@iana.org", MSS_OK, 0},
    {"first.last-x_y'z@iana.org", MSS_OK, 0},
    {"test@io", MSS_OK, 0},                /* syntax only: the type check refuses it */
    {"test@example.com", MSS_OK, 0},       /* idem */
    {L64 "@iana.org", MSS_OK, 0},
    {"test@" L63 ".com", MSS_OK, 0},
    {"dupont.jean@h\xc3\xb4pital-exemple.fr", MSS_OK, 0},
    {"TEST@IANA.ORG", MSS_OK, 0},
    /* at-signs */
    {"test", MSS_ERR_ADDRESS_NO_AT, 4},
    {"test_exa-mple.com", MSS_ERR_ADDRESS_NO_AT, 17},
    {"@", MSS_ERR_ADDRESS_LOCAL_EMPTY, 0},
    {"@iana.org", MSS_ERR_ADDRESS_LOCAL_EMPTY, 0},
    {"test@", MSS_ERR_ADDRESS_DOMAIN_EMPTY, 5},
    {"test@@iana.org", MSS_ERR_ADDRESS_MULTIPLE_AT, 5},
    {"a@b@iana.org", MSS_ERR_ADDRESS_MULTIPLE_AT, 3},
    {"test\\@test@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    /* dots */
    {".test@iana.org", MSS_ERR_ADDRESS_LOCAL_LEADING_DOT, 0},
    {"test.@iana.org", MSS_ERR_ADDRESS_LOCAL_TRAILING_DOT, 4},
    {"test..test@iana.org", MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, 5},
    {"test..iana.org", MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, 5},
    {".@iana.org", MSS_ERR_ADDRESS_LOCAL_LEADING_DOT, 0},
    /* quoted strings, comments, literals */
    {"\"test\"@iana.org", MSS_ERR_ADDRESS_LOCAL_QUOTED, 0},
    {"\"\"@iana.org", MSS_ERR_ADDRESS_LOCAL_QUOTED, 0},
    {"\"a@b\"@iana.org", MSS_ERR_ADDRESS_LOCAL_QUOTED, 0},
    {"test.\"test\"@iana.org", MSS_ERR_ADDRESS_LOCAL_QUOTED, 5},
    {"\"test\\\"\"@iana.org", MSS_ERR_ADDRESS_LOCAL_QUOTED, 0},
    {"test\"@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"(comment)test@iana.org", MSS_ERR_ADDRESS_COMMENT, 0},
    {"test(comment)@iana.org", MSS_ERR_ADDRESS_COMMENT, 4},
    {"test@(comment)iana.org", MSS_ERR_ADDRESS_COMMENT, 5},
    {"test@iana.org(comment)", MSS_ERR_ADDRESS_COMMENT, 13},
    {"test@[255.255.255.255]", MSS_ERR_ADDRESS_DOMAIN_LITERAL, 5},
    {"test@[IPv6:1111:2222:3333:4444:5555:6666:7777:8888]", MSS_ERR_ADDRESS_DOMAIN_LITERAL, 5},
    {"test@[1.2.3.4", MSS_ERR_ADDRESS_DOMAIN_LITERAL, 5},
    {"test@a[255.255.255.255]", MSS_ERR_DOMAIN_INVALID_CHARACTER, 6},
    /* forbidden characters */
    {" test@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 0},
    {"te st@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 2},
    {"Jean Dupont <jean@iana.org>", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"<test@iana.org>", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 0},
    {"test,x@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"test:x@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"test;x@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"test[x]@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"test)@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"j\xc3\xb6rg@iana.org", MSS_ERR_ADDRESS_LOCAL_NON_ASCII, 1},
    {"jean\xc2\xa0" "dupont@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"jean\xe2\x80\xaf" "dupont@iana.org", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 4},
    {"\xe7\x94\xa8\xe6\x88\xb7@iana.org", MSS_ERR_ADDRESS_LOCAL_NON_ASCII, 0},
    {"test@ iana.org", MSS_ERR_DOMAIN_INVALID_CHARACTER, 5},
    {"test@iana/icann.org", MSS_ERR_DOMAIN_INVALID_CHARACTER, 9},
    {"test@iana_org.fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 9},
    /* domain labels */
    {"test@.iana.org", MSS_ERR_DOMAIN_EMPTY_LABEL, 5},
    {"test@iana..org", MSS_ERR_DOMAIN_EMPTY_LABEL, 10},
    {"test@iana.org.", MSS_ERR_DOMAIN_TRAILING_DOT, 13},
    {"test@-iana.org", MSS_ERR_DOMAIN_HYPHEN, 5},
    {"test@iana-.org", MSS_ERR_DOMAIN_HYPHEN, 9},
    {"test@iana.org-", MSS_ERR_DOMAIN_HYPHEN, 13},
    {"test@" L64 ".com", MSS_ERR_DOMAIN_LABEL_TOO_LONG, NOWHERE},
    /* lengths */
    {L64 "x@iana.org", MSS_ERR_ADDRESS_LOCAL_TOO_LONG, 64},
    /* control characters and encoding */
    {"test@iana.org\r\n", MSS_ERR_CONTROL_CHARACTER, 13},
    {"\r\ntest@iana.org", MSS_ERR_CONTROL_CHARACTER, 0},
    {"te\tst@iana.org", MSS_ERR_CONTROL_CHARACTER, 2},
    {"test@iana.org\x7f", MSS_ERR_CONTROL_CHARACTER, 13},
    {"test\xc2\x85@iana.org", MSS_ERR_CONTROL_CHARACTER, 4},
    {"test@ia\xffna.org", MSS_ERR_INVALID_UTF8, 7},
    {"te\xc3@iana.org", MSS_ERR_INVALID_UTF8, 2},
    {"", MSS_ERR_EMPTY, 0},
};

START_TEST(syntax_cases_each_rule)
{
    const syntax_case *c = &syntax_cases[_i];
    mss_result r;
    mss_address_parts parts;
    int rc = mss_address_check_syntax(c->address, &parts, &r);
    ck_assert_msg(rc == c->code, "%s: got %s, want %s", c->address, mss_error_name(rc),
                  mss_error_name(c->code));
    ck_assert_int_eq(r.code, rc);
    if (c->code != MSS_OK && c->offset != NOWHERE)
        ck_assert_msg(r.offset == c->offset, "%s: offset %zu, want %zu", c->address, r.offset, c->offset);
}
END_TEST

static void make_address(char *buf, size_t local_len, size_t domain_len)
{
    memset(buf, 'a', local_len);
    buf[local_len] = '@';
    char *d = buf + local_len + 1;
    /* labels of 50 letters separated by dots, ending in ".fr" */
    size_t i = 0;
    while (i < domain_len - 3) {
        d[i] = (i % 51 == 50) ? '.' : 'b';
        i++;
    }
    if (d[i - 1] == '.')
        d[i - 1] = 'b';
    memcpy(d + i, ".fr", 4);
}

START_TEST(syntax_lengths_at_the_limits)
{
    char buf[600];
    mss_result r;
    mss_address_parts parts;
    make_address(buf, 64, 189); /* 64 + 1 + 189 = 254 */
    ck_assert_int_eq(strlen(buf), 254);
    ck_assert_int_eq(mss_address_check_syntax(buf, &parts, &r), MSS_OK);
    ck_assert_str_eq(parts.address, buf);
    make_address(buf, 64, 190);
    ck_assert_int_eq(mss_address_check_syntax(buf, NULL, &r), MSS_ERR_ADDRESS_TOO_LONG);
    ck_assert_uint_eq(r.offset, 254); /* 255 - 254 = 1 octet too many */
    make_address(buf, 1, 253);
    ck_assert_int_eq(mss_address_check_syntax(buf, NULL, &r), MSS_ERR_ADDRESS_TOO_LONG);
    make_address(buf, 1, 254);
    ck_assert_int_eq(mss_address_check_syntax(buf, NULL, &r), MSS_ERR_DOMAIN_TOO_LONG);
    make_address(buf, 65, 20);
    ck_assert_int_eq(mss_address_check_syntax(buf, NULL, &r), MSS_ERR_ADDRESS_LOCAL_TOO_LONG);
    ck_assert_uint_eq(r.offset, 64);
}
END_TEST

START_TEST(syntax_hostile_input)
{
    mss_result r;
    ck_assert_int_eq(mss_address_check_syntax(NULL, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(r.code, MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_address_check(NULL, MSS_BAL_PER, NULL, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert(!mss_address_is_valid(NULL, MSS_BAL_PER, NULL));
    size_t n = 1 << 20;
    char *huge = malloc(n + 1);
    ck_assert_ptr_nonnull(huge);
    memset(huge, 'a', n);
    huge[n / 2] = '@';
    huge[n] = '\0';
    ck_assert_int_eq(mss_address_check_syntax(huge, NULL, &r), MSS_ERR_TOO_LONG);
    ck_assert_uint_eq(r.offset, MSS_MAX_INPUT);
    ck_assert_int_eq(mss_address_check(huge, MSS_BAL_INT, NULL, NULL, &r), MSS_ERR_TOO_LONG);
    free(huge);
    /* a result is optional */
    ck_assert_int_eq(mss_address_check_syntax("a..b@x.fr", NULL, NULL),
                     MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS);
    ck_assert_int_eq(mss_address_check("x@x.fr", (mss_bal_type)42, NULL, NULL, &r),
                     MSS_ERR_BAL_TYPE_UNKNOWN);
}
END_TEST

START_TEST(syntax_fills_parts)
{
    mss_result r;
    mss_address_parts p;
    ck_assert_int_eq(mss_address_check_syntax("Dupont.Jean@H\xc3\x94PITAL-exemple.FR", &p, &r), MSS_OK);
    ck_assert_str_eq(p.address, "dupont.jean@xn--hpital-exemple-0ob.fr");
    ck_assert_str_eq(p.local, "dupont.jean");
    ck_assert_str_eq(p.domain, "xn--hpital-exemple-0ob.fr");
    ck_assert_str_eq(p.domain_unicode, "h\xc3\xb4pital-exemple.fr");
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_OUTSIDE);
    ck_assert_int_eq(mss_address_check_syntax("a@PRO.oc.mssante.fr", &p, &r), MSS_OK);
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_GENERIC);
    ck_assert_str_eq(p.domain_unicode, "pro.oc.mssante.fr");
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
}
END_TEST

/* ---- type requirements and conventions --------------------------------- */

typedef struct type_case {
    mss_bal_type type;
    const char *address;
    int code;   /* expected error, or MSS_OK */
    int warn;   /* a warning that must be present, or 0 for "no warning at all" */
} type_case;

static const type_case type_cases[] = {
    {MSS_BAL_PER, "dupont.jean@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_PER, "le-gall.anne-marie@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_PER, "dupont.jean2@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_PER, "dupont.jean.12@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_PER, "de.la.tour.marie@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_PER, "dupont.jean@cabinet-x.mssante.fr", MSS_OK, MSS_WARN_DOMAIN_UNVERIFIED},
    {MSS_BAL_PER, "dupont.jean@gmail.com", MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, 0},
    {MSS_BAL_PER, "dupont.jean@mssante.apicrypt.org", MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, 0},
    {MSS_BAL_PER, "dupont.jean@localhost", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_PER, "jdupont@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_NOT_NOMINATIVE},
    {MSS_BAL_PER, "dupont_jean@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_NOT_NOMINATIVE},
    {MSS_BAL_PER, "dupont.jean1987@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_NOT_NOMINATIVE},
    {MSS_BAL_PER, "secretariat@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_NOT_NOMINATIVE},
    {MSS_BAL_PER, "secretariat@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
    {MSS_BAL_PER, "secretariat.cardio@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
    {MSS_BAL_PER, "no-reply@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
    {MSS_BAL_PER, "Accueil.Urgences@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
    {MSS_BAL_PER, "dupont+test@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_UNUSUAL_CHARACTER},
    {MSS_BAL_PER, "o'brien.sean@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_UNUSUAL_CHARACTER},
    {MSS_BAL_CAB, "cabinet.martin@pro.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_CAB, "cabinet-martin@pro.oc.mssante.fr", MSS_OK, MSS_WARN_ADDRESS_NOT_NOMINATIVE},
    {MSS_BAL_CAB, "cabinet.martin@gmail.com", MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, 0},
    {MSS_BAL_ORG, "secretariat.cardio@oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_ORG, "equipe-nuit@ehpad.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_ORG, "accueil@social.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_ORG, "mon.service@hopital.fr", MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, 0},
    {MSS_BAL_APP, "noreply@ehpad.oc.mssante.fr", MSS_OK, 0},
    {MSS_BAL_APP, "dpi@hopital.fr", MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, 0},
    {MSS_BAL_INT, "dupont.jean@hopital-exemple.fr", MSS_OK, 0},
    {MSS_BAL_INT, "dupont.jean@cabinet-x.mssante.fr", MSS_OK, 0}, /* no "unverified": any domain will do */
    {MSS_BAL_INT, "dupont.jean@gmail.com", MSS_OK, 0},
    {MSS_BAL_INT, "direction@hopital-exemple.fr", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
    {MSS_BAL_INT, "dupont.jean@hopital", MSS_ERR_DOMAIN_SINGLE_LABEL, 0},
    {MSS_BAL_INT, "dupont.jean@192.168.0.1", MSS_ERR_DOMAIN_NUMERIC_TLD, 0},
    {MSS_BAL_INT, "dupont.jean@hopital.local", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_MED, "dupont.jean@clinique-exemple.be", MSS_OK, 0},
    {MSS_BAL_MED, "dupont.jean@example.com", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_MED, "dupont.jean@site.test", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_MED, "dupont.jean@x.invalid", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_MED, "dupont.jean@x.example", MSS_ERR_DOMAIN_SPECIAL_USE, 0},
    {MSS_BAL_MED, "dupont..jean@clinique.be", MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, 0},
    {MSS_BAL_MED, "noreply@clinique.be", MSS_OK, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL},
};

START_TEST(type_cases_each_requirement)
{
    const type_case *c = &type_cases[_i];
    mss_result r;
    mss_address_parts p;
    int rc = mss_address_check(c->address, c->type, NULL, &p, &r);
    ck_assert_msg(rc == c->code, "%s %s: got %s, want %s", mss_bal_type_code(c->type), c->address,
                  mss_error_name(rc), mss_error_name(c->code));
    ck_assert_int_eq(mss_address_is_valid(c->address, c->type, NULL), c->code == MSS_OK);
    if (c->warn)
        ck_assert_msg(mss_result_has(&r, c->warn), "%s: no %s", c->address, mss_error_name(c->warn));
    else
        ck_assert_msg(mss_result_warning_count(&r) == 0, "%s: %u warnings, first %s", c->address,
                      mss_result_warning_count(&r), mss_error_name(r.issues[0].code));
}
END_TEST

START_TEST(type_errors_point_at_the_domain)
{
    mss_result r;
    mss_address_parts p;
    ck_assert_int_eq(mss_address_check("dupont.jean@gmail.com", MSS_BAL_PER, NULL, &p, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE);
    ck_assert_uint_eq(r.offset, 12);
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_OUTSIDE);
    ck_assert_str_eq(p.address, "dupont.jean@gmail.com"); /* parts are filled once the syntax is valid */
    ck_assert_int_eq(mss_address_check("x.y@1.2.3.4", MSS_BAL_INT, NULL, NULL, &r), MSS_ERR_DOMAIN_NUMERIC_TLD);
    ck_assert_uint_eq(r.offset, 10);
    ck_assert_int_eq(mss_address_check("secretariat.cardio@pro.oc.mssante.fr", MSS_BAL_PER, NULL, NULL, &r),
                     MSS_OK);
    for (unsigned i = 0; i < r.count; i++)
        if (r.issues[i].code == MSS_WARN_ADDRESS_ROLE_ON_PERSONAL)
            ck_assert_uint_eq(r.issues[i].offset, 0);
    ck_assert_int_eq(mss_address_check("jean.secretariat@pro.oc.mssante.fr", MSS_BAL_PER, NULL, NULL, &r),
                     MSS_OK);
    ck_assert_int_eq(r.issues[1].code, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL);
    ck_assert_uint_eq(r.issues[1].offset, 5);
}
END_TEST

START_TEST(whitelist_decides_for_mssante_types)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    ck_assert_int_eq(mss_whitelist_add(wl, "chu-exemple.mssante.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "mssante.apicrypt.org", NULL), MSS_OK);
    mss_result r;
    mss_address_parts p;
    ck_assert_int_eq(mss_address_check("dupont.jean@chu-exemple.mssante.fr", MSS_BAL_PER, wl, &p, &r), MSS_OK);
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_WHITELISTED);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    ck_assert_int_eq(mss_address_check("dpi@mssante.apicrypt.org", MSS_BAL_APP, wl, NULL, &r), MSS_OK);
    ck_assert_int_eq(mss_address_check("dupont.jean@autre.mssante.fr", MSS_BAL_PER, wl, &p, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED);
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_NOT_WHITELISTED);
    ck_assert_int_eq(mss_address_check("dupont.jean@x.chu-exemple.mssante.fr", MSS_BAL_PER, wl, NULL, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED);
    ck_assert_int_eq(mss_address_check("dupont.jean@gmail.com", MSS_BAL_CAB, wl, NULL, &r),
                     MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE);
    /* generic domains are MSSanté even when the list lacks them */
    ck_assert_int_eq(mss_address_check("dupont.jean@pro.oc.mssante.fr", MSS_BAL_PER, wl, &p, &r), MSS_OK);
    ck_assert_int_eq(p.domain_class, MSS_DOMAIN_GENERIC);
    /* INT and MED do not care */
    ck_assert_int_eq(mss_address_check("dupont.jean@autre.mssante.fr", MSS_BAL_INT, wl, NULL, &r), MSS_OK);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(case_does_not_change_the_result)
{
    static const char *const pairs[][2] = {
        {"Dupont.Jean@PRO.OC.MSSANTE.FR", "dupont.jean@pro.oc.mssante.fr"},
        {"SECRETARIAT@pro.oc.mssante.fr", "secretariat@pro.oc.mssante.fr"},
        {"DUPONT.JEAN@GMAIL.COM", "dupont.jean@gmail.com"},
        {"Dupont..Jean@X.FR", "dupont..jean@x.fr"},
        {"dupont.jean@H\xc3\x94PITAL.FR", "dupont.jean@h\xc3\xb4pital.fr"},
        {"A+B@LOCALHOST", "a+b@localhost"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        for (int t = 0; t < MSS_BAL_TYPE_COUNT; t++) {
            mss_result ru, rl;
            mss_address_parts pu, pl;
            int cu = mss_address_check(pairs[i][0], (mss_bal_type)t, NULL, &pu, &ru);
            int cl = mss_address_check(pairs[i][1], (mss_bal_type)t, NULL, &pl, &rl);
            ck_assert_int_eq(cu, cl);
            ck_assert_uint_eq(ru.count, rl.count);
            for (unsigned k = 0; k < ru.count; k++) {
                ck_assert_int_eq(ru.issues[k].code, rl.issues[k].code);
                ck_assert_uint_eq(ru.issues[k].offset, rl.issues[k].offset);
            }
            if (cu == MSS_OK)
                ck_assert_str_eq(pu.address, pl.address);
        }
}
END_TEST

/* ---- the shared test vectors -------------------------------------------- */

START_TEST(every_row_of_addresses_tsv)
{
    const char *path = testutil_shared_path("testdata/addresses.tsv");
    if (!path)
        return; /* the whole test case is skipped in main() without ../shared */
    char *text = testutil_slurp(path, NULL);
    ck_assert_ptr_nonnull(text);
    mss_whitelist *full = NULL;
    const char *xml = testutil_shared_path("data/listeblanchemssante-2025-03-13.xml");
    if (xml) {
        full = mss_whitelist_new();
        ck_assert_int_eq(mss_whitelist_load_xml_file(full, xml, NULL), MSS_OK);
    }
    unsigned rows = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *f[5] = {0};
        char *p = line;
        for (int k = 0; k < 5 && p; k++) {
            f[k] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
        }
        ck_assert_msg(f[3] != NULL, "malformed row");
        mss_bal_type type;
        ck_assert_int_eq(mss_bal_type_parse(f[0], &type), MSS_OK);
        bool needs_full = strcmp(f[2], "full") == 0;
        if (needs_full && !full)
            continue;
        mss_result r;
        mss_address_parts parts;
        int rc = mss_address_check(f[1], type, needs_full ? full : NULL, &parts, &r);
        unsigned warnings = mss_result_warning_count(&r);
        if (strcmp(f[3], "error") == 0)
            ck_assert_msg(rc < 0, "%s %s (%s): accepted", f[0], f[1], f[4]);
        else if (strcmp(f[3], "warning") == 0)
            ck_assert_msg(rc == MSS_OK && warnings > 0, "%s %s (%s): %s, %u warnings", f[0], f[1], f[4],
                          mss_error_name(rc), warnings);
        else
            ck_assert_msg(rc == MSS_OK && warnings == 0, "%s %s (%s): %s, %u warnings", f[0], f[1], f[4],
                          mss_error_name(rc), warnings);
        const char *norm = f[4] ? strstr(f[4], "normalised to ") : NULL;
        if (norm && strchr(norm, '.') && rc == MSS_OK)
            ck_assert_str_eq(parts.domain, norm + strlen("normalised to "));
        if (rc == MSS_OK)
            for (const char *c = parts.address; *c; c++)
                ck_assert_msg(!(*c >= 'A' && *c <= 'Z'), "%s not lower case", parts.address);
        rows++;
    }
    ck_assert_uint_gt(rows, 20);
    mss_whitelist_free(full);
    free(text);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("address");
    TCase *types = tcase_create("types");
    tcase_add_test(types, type_parse_codes_labels_and_names);
    tcase_add_test(types, type_parse_refuses_unknown);
    tcase_add_test(types, type_names_and_descriptions);
    tcase_add_test(types, type_requirements);
    suite_add_tcase(s, types);

    TCase *syntax = tcase_create("syntax");
    tcase_add_loop_test(syntax, syntax_cases_each_rule, 0, (int)(sizeof syntax_cases / sizeof syntax_cases[0]));
    tcase_add_test(syntax, syntax_lengths_at_the_limits);
    tcase_add_test(syntax, syntax_hostile_input);
    tcase_add_test(syntax, syntax_fills_parts);
    suite_add_tcase(s, syntax);

    TCase *typed = tcase_create("per_type");
    tcase_add_loop_test(typed, type_cases_each_requirement, 0, (int)(sizeof type_cases / sizeof type_cases[0]));
    tcase_add_test(typed, type_errors_point_at_the_domain);
    tcase_add_test(typed, whitelist_decides_for_mssante_types);
    tcase_add_test(typed, case_does_not_change_the_result);
    suite_add_tcase(s, typed);

    if (testutil_shared_path("testdata/addresses.tsv")) {
        TCase *shared = tcase_create("shared_vectors");
        tcase_set_timeout(shared, 120);
        tcase_add_test(shared, every_row_of_addresses_tsv);
        suite_add_tcase(s, shared);
    }
    return testutil_run(&s, 1);
}
