/* The whitelist: building, loading the ANS XML and text lists (with every
 * quirk of the real file and hostile input), lookups, operators, and
 * suggestions. Most tests build their documents here; the real-file tests
 * run only when ../shared is present. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#define NS "https://listeblanche.mssante.fr/schema"
#define MIPIH_DN "CN=medimail-asip.mipih.fr,OU=318310021300028,O=GIP MIPIH,ST=Haute-Garonne (31),C=FR"
#define APICEM_DN "CN=mailin.interop-mssante.apicrypt.org, OU=343975235300037, O=APICEM, ST=Nord (59), C=FR"

/* One Domaine element on one line. */
#define DOMAINE(nom, desc, dn, date)                                                                     \
    "<Domaine><Nom>" nom "</Nom><Description>" desc "</Description><DNCertificatOperateur>" dn          \
    "</DNCertificatOperateur><ResponsableContact>08 10  61 50 50, x@mipih.fr</ResponsableContact>"      \
    "<SupportContact>08 10 61 50 50</SupportContact><DateMAJ>" date "</DateMAJ></Domaine>\n"

/* Lines 1-3 open the list; the Domaine elements follow from line 4, the
 * first on two lines: the one with an @ is on line 7. */
#define HEAD                                                                                             \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListeBlancheMSSante xmlns=\"" NS "\">\n"                \
    "<DateDeGeneration>2025-03-13T14:54:10Z</DateDeGeneration>\n"                                        \
    "<ListeDomaines>\n"

#define BODY                                                                                             \
    DOMAINE("clinique.mssante.fr", "Soins &amp; santé\n   du  parc ", MIPIH_DN, "2024-01-01T00:00:00Z")   \
    DOMAINE("CLINIQUE.mssante.fr", "Autre description", APICEM_DN, "2025-02-02T00:00:00Z")               \
    DOMAINE("sessad@ase.exemple.mssante.fr", "SESSAD", MIPIH_DN, "2025-03-13T14:47:05Z")                  \
    DOMAINE("  pro.oc.mssante.fr\n ", "GIP e-sant\xc3\xa9 Occitanie\xc2\xa0", MIPIH_DN, " 2023-05-05T00:00:00Z ")

static const char sample_closed[] = HEAD BODY "</ListeDomaines>\n</ListeBlancheMSSante>\n";
static const char sample_unclosed[] = HEAD BODY "</ListeDomaines>\n";

static mss_whitelist *new_list(void)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    return wl;
}

static int load_xml(mss_whitelist *wl, const char *doc, mss_load_info *info)
{
    return mss_whitelist_load_xml_buffer(wl, doc, strlen(doc), info);
}

static const mss_whitelist_entry *must_find(const mss_whitelist *wl, const char *domain)
{
    const mss_whitelist_entry *e = mss_whitelist_lookup(wl, domain);
    ck_assert_msg(e != NULL, "%s not found", domain);
    return e;
}

static void check_operator(const mss_whitelist_entry *e, size_t i, const char *org, const char *id, const char *server)
{
    const char *o = NULL, *u = NULL;
    ck_assert_int_eq(mss_whitelist_entry_operator(e, i, &o, &u), MSS_OK);
    ck_assert_str_eq(o, org);
    ck_assert_str_eq(u, id);
    ck_assert_str_eq(mss_whitelist_entry_operator_server(e, i), server);
}

/* ---- building by hand -------------------------------------------------- */

START_TEST(empty_list_and_null_handles)
{
    mss_whitelist *wl = new_list();
    ck_assert_uint_eq(mss_whitelist_count(wl), 0);
    ck_assert_str_eq(mss_whitelist_generated(wl), "");
    ck_assert_ptr_null(mss_whitelist_lookup(wl, "a.fr"));
    ck_assert_ptr_null(mss_whitelist_entry_at(wl, 0));
    ck_assert_uint_eq(mss_whitelist_count(NULL), 0);
    ck_assert_ptr_null(mss_whitelist_lookup(NULL, "a.fr"));
    ck_assert_ptr_null(mss_whitelist_lookup(wl, NULL));
    ck_assert(!mss_whitelist_contains(NULL, NULL));
    ck_assert_str_eq(mss_whitelist_generated(NULL), "");
    ck_assert_str_eq(mss_whitelist_entry_domain(NULL), "");
    ck_assert_str_eq(mss_whitelist_entry_description(NULL), "");
    ck_assert_str_eq(mss_whitelist_entry_updated(NULL), "");
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(NULL), 0);
    ck_assert_int_eq(mss_whitelist_entry_operator(NULL, 0, NULL, NULL), MSS_ERR_NULL_ARGUMENT);
    ck_assert_str_eq(mss_whitelist_entry_operator_server(NULL, 0), "");
    ck_assert_uint_eq(mss_whitelist_memory(NULL), 0);
    ck_assert_uint_gt(mss_whitelist_memory(wl), 0);
    mss_whitelist_free(wl);
    mss_whitelist_free(NULL);
}
END_TEST

START_TEST(add_normalises_and_merges_duplicates)
{
    mss_whitelist *wl = new_list();
    mss_result r;
    ck_assert_int_eq(mss_whitelist_add(wl, "Clinique.MSSante.fr", &r), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "clinique.mssante.fr", &r), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "hôpital-exemple.fr", &r), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    ck_assert_int_eq(mss_whitelist_add(wl, "bad..fr", &r), MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_uint_eq(r.offset, 4);
    ck_assert_int_eq(mss_whitelist_add(wl, NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_whitelist_add(NULL, "a.fr", &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    const mss_whitelist_entry *e = must_find(wl, "xn--hpital-exemple-0ob.fr");
    ck_assert_str_eq(mss_whitelist_entry_domain(e), "xn--hpital-exemple-0ob.fr");
    ck_assert_str_eq(mss_whitelist_entry_description(e), "");
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), 0);
    ck_assert_int_eq(mss_whitelist_entry_operator(e, 0, NULL, NULL), MSS_ERR_INVALID_ARGUMENT);
    ck_assert_ptr_eq(mss_whitelist_entry_at(wl, 1), e);
    ck_assert_str_eq(mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, 0)), "clinique.mssante.fr");
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(lookup_is_exact_and_case_insensitive)
{
    mss_whitelist *wl = new_list();
    ck_assert_int_eq(mss_whitelist_add(wl, "oc.mssante.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "hôpital-exemple.fr", NULL), MSS_OK);
    ck_assert(mss_whitelist_contains(wl, "oc.mssante.fr"));
    ck_assert(mss_whitelist_contains(wl, "OC.MSSANTE.FR"));
    ck_assert(mss_whitelist_contains(wl, "HÔPITAL-exemple.fr"));
    ck_assert(mss_whitelist_contains(wl, "xn--hpital-exemple-0ob.fr"));
    ck_assert(!mss_whitelist_contains(wl, "x.oc.mssante.fr")); /* no wildcard */
    ck_assert(!mss_whitelist_contains(wl, "mssante.fr"));
    ck_assert(!mss_whitelist_contains(wl, "oc.mssante.fr."));
    ck_assert(!mss_whitelist_contains(wl, "oc.mssante.f"));
    ck_assert(!mss_whitelist_contains(wl, "oc.mssante.frx"));
    ck_assert(!mss_whitelist_contains(wl, ""));
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(many_additions_stay_findable)
{
    mss_whitelist *wl = new_list();
    char name[64];
    for (int i = 0; i < 300; i++) {
        snprintf(name, sizeof name, "d%d.mssante.fr", i);
        ck_assert_int_eq(mss_whitelist_add(wl, name, NULL), MSS_OK);
    }
    ck_assert_uint_eq(mss_whitelist_count(wl), 300);
    for (int i = 0; i < 300; i++) {
        snprintf(name, sizeof name, "D%d.MSSANTE.FR", i);
        ck_assert_msg(mss_whitelist_contains(wl, name), "%s", name);
        snprintf(name, sizeof name, "d%d.mssante.fr", i); /* entries keep the order of addition */
        ck_assert_str_eq(mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, (size_t)i)), name);
    }
    ck_assert(!mss_whitelist_contains(wl, "d300.mssante.fr"));
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(entry_index_gives_the_position_back)
{
    mss_whitelist *wl = new_list(), *other = new_list();
    ck_assert_uint_eq(mss_whitelist_entry_index(wl, NULL), MSS_NO_POSITION); /* empty */
    char name[64];
    for (int i = 0; i < 40; i++) {
        snprintf(name, sizeof name, "d%d.mssante.fr", i);
        ck_assert_int_eq(mss_whitelist_add(wl, name, NULL), MSS_OK);
    }
    ck_assert_int_eq(mss_whitelist_add(other, "d0.mssante.fr", NULL), MSS_OK);
    for (size_t i = 0; i < 40; i++)
        ck_assert_uint_eq(mss_whitelist_entry_index(wl, mss_whitelist_entry_at(wl, i)), i);
    const mss_whitelist_entry *last = mss_whitelist_lookup(wl, "D39.MSSante.fr");
    ck_assert_uint_eq(mss_whitelist_entry_index(wl, last), 39);
    /* An entry of another list, not an entry at all, no entry, no list. */
    ck_assert_uint_eq(mss_whitelist_entry_index(wl, mss_whitelist_entry_at(other, 0)), MSS_NO_POSITION);
    ck_assert_uint_eq(mss_whitelist_entry_index(wl, (const mss_whitelist_entry *)(const void *)((const char *)last + 1)),
                      MSS_NO_POSITION);
    ck_assert_uint_eq(mss_whitelist_entry_index(wl, NULL), MSS_NO_POSITION);
    ck_assert_uint_eq(mss_whitelist_entry_index(NULL, last), MSS_NO_POSITION);
    mss_whitelist_free(wl);
    mss_whitelist_free(other);
}
END_TEST

/* ---- the ANS XML ------------------------------------------------------- */

START_TEST(xml_quirks_are_survived)
{
    mss_whitelist *wl = new_list();
    mss_load_info info;
    ck_assert_int_eq(load_xml(wl, sample_unclosed, &info), MSS_OK);
    ck_assert_int_eq(info.code, MSS_OK);
    ck_assert_uint_eq(info.entries, 4);
    ck_assert_uint_eq(info.added, 2);
    ck_assert_uint_eq(info.skipped, 1);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    ck_assert_uint_eq(info.nnotes, 2);
    ck_assert_int_eq(info.notes[0].code, MSS_WARN_WHITELIST_ENTRY_SKIPPED);
    ck_assert_uint_eq(info.notes[0].line, 7);
    ck_assert_str_eq(info.notes[0].text, "sessad@ase.exemple.mssante.fr");
    ck_assert_int_eq(info.notes[1].code, MSS_WARN_WHITELIST_UNCLOSED_ROOT);
    ck_assert_str_eq(mss_whitelist_generated(wl), "2025-03-13T14:54:10Z");

    const mss_whitelist_entry *e = must_find(wl, "clinique.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_description(e), "Soins & santé du parc");
    ck_assert_str_eq(mss_whitelist_entry_updated(e), "2025-02-02T00:00:00Z");
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), 2);
    check_operator(e, 0, "GIP MIPIH", "318310021300028", "medimail-asip.mipih.fr");
    check_operator(e, 1, "APICEM", "343975235300037", "mailin.interop-mssante.apicrypt.org");
    ck_assert_int_eq(mss_whitelist_entry_operator(e, 2, NULL, NULL), MSS_ERR_INVALID_ARGUMENT);
    ck_assert_str_eq(mss_whitelist_entry_operator_server(e, 2), "");

    e = must_find(wl, "pro.oc.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_description(e), "GIP e-santé Occitanie");
    ck_assert_str_eq(mss_whitelist_entry_updated(e), "2023-05-05T00:00:00Z");
    ck_assert(!mss_whitelist_contains(wl, "ase.exemple.mssante.fr"));
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(xml_closed_root_gives_no_note)
{
    mss_whitelist *wl = new_list();
    mss_load_info info;
    ck_assert_int_eq(load_xml(wl, sample_closed, &info), MSS_OK);
    ck_assert_uint_eq(info.nnotes, 1);
    ck_assert_int_eq(info.notes[0].code, MSS_WARN_WHITELIST_ENTRY_SKIPPED);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    /* Loading again adds nothing and does not repeat operators. */
    ck_assert_int_eq(load_xml(wl, sample_closed, &info), MSS_OK);
    ck_assert_uint_eq(info.added, 0);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(must_find(wl, "clinique.mssante.fr")), 2);
    /* info may be NULL. */
    ck_assert_int_eq(load_xml(wl, sample_closed, NULL), MSS_OK);
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(xml_without_namespace_and_in_latin1)
{
    static const char plain[] = "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>a.mssante.fr</Nom></Domaine>"
                                "</ListeDomaines></ListeBlancheMSSante>";
    static const char latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                 "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>b.mssante.fr</Nom>"
                                 "<Description>Sant\xe9</Description></Domaine><Domaine><Nom>h\xf4pital.fr</Nom>"
                                 "</Domaine></ListeDomaines></ListeBlancheMSSante>";
    mss_whitelist *wl = new_list();
    ck_assert_int_eq(load_xml(wl, plain, NULL), MSS_OK);
    ck_assert_int_eq(load_xml(wl, latin1, NULL), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 3);
    ck_assert_str_eq(mss_whitelist_entry_description(must_find(wl, "b.mssante.fr")), "Santé");
    ck_assert(mss_whitelist_contains(wl, "hôpital.fr"));
    /* Text inside child elements is part of a field, as XPath's string() has it. */
    ck_assert_int_eq(load_xml(wl, "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>c<i>.mss</i>ante.fr</Nom>"
                                  "</Domaine></ListeDomaines></ListeBlancheMSSante>", NULL), MSS_OK);
    ck_assert(mss_whitelist_contains(wl, "c.mssante.fr"));
    ck_assert(!mss_whitelist_contains(wl, "c"));
    const mss_whitelist_entry *a = must_find(wl, "a.mssante.fr");
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(a), 0);
    ck_assert_str_eq(mss_whitelist_generated(wl), "");
    /* An empty list is a list. */
    ck_assert_int_eq(load_xml(wl, "<ListeBlancheMSSante><ListeDomaines/></ListeBlancheMSSante>", NULL), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 4);
    mss_whitelist_free(wl);
}
END_TEST

/* Load doc into a list that already holds the sample, expect code at
 * line:column (0 = any), and the list unchanged. */
static void expect_refused(const char *doc, size_t len, int code, unsigned long line, unsigned long column)
{
    mss_whitelist *wl = new_list();
    ck_assert_int_eq(load_xml(wl, sample_closed, NULL), MSS_OK);
    size_t before = mss_whitelist_count(wl);
    mss_load_info info;
    int rc = mss_whitelist_load_xml_buffer(wl, doc, len, &info);
    ck_assert_msg(rc == code, "got %s, expected %s", mss_error_name(rc), mss_error_name(code));
    ck_assert_int_eq(info.code, code);
    if (line)
        ck_assert_uint_eq(info.line, line);
    if (column)
        ck_assert_uint_eq(info.column, column);
    ck_assert_uint_eq(mss_whitelist_count(wl), before);
    ck_assert(mss_whitelist_contains(wl, "clinique.mssante.fr"));
    ck_assert(!mss_whitelist_contains(wl, "half.mssante.fr"));
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(must_find(wl, "clinique.mssante.fr")), 2);
    mss_whitelist_free(wl);
}

static void expect_refused_str(const char *doc, int code, unsigned long line, unsigned long column)
{
    expect_refused(doc, strlen(doc), code, line, column);
}

START_TEST(xml_that_is_not_a_whitelist)
{
    expect_refused_str("<?xml version=\"1.0\"?>\n<html><body/></html>", MSS_ERR_WHITELIST_NOT_WHITELIST, 2, 1);
    expect_refused_str("<ListeBlancheMSSante xmlns=\"urn:other\"><ListeDomaines/></ListeBlancheMSSante>",
                       MSS_ERR_WHITELIST_NOT_WHITELIST, 1, 1);
    expect_refused_str("<ListeBlancheMSSante><DateDeGeneration>x</DateDeGeneration></ListeBlancheMSSante>",
                       MSS_ERR_WHITELIST_NOT_WHITELIST, 0, 0);
    expect_refused_str("<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>half.mssante.fr</Nom></Domaine>"
                       "</ListeDomaines></ListeBlancheMSSante><x/>",
                       MSS_ERR_WHITELIST_XML, 1, 0);
    expect_refused_str("<ListeBlancheMSSante><ListeDomaines>\n<Domaine><Nom>half.mssante.fr</Nom></Domain>",
                       MSS_ERR_WHITELIST_XML, 2, 0);
    expect_refused_str("<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>&foo;</Nom></Domaine>"
                       "</ListeDomaines></ListeBlancheMSSante>",
                       MSS_ERR_WHITELIST_XML, 1, 0);
    expect_refused_str("half.mssante.fr", MSS_ERR_WHITELIST_XML, 1, 1);
}
END_TEST

START_TEST(xml_truncated_inside_the_list)
{
    size_t len = strlen(sample_closed);
    size_t list_end = (size_t)(strstr(sample_closed, "</ListeDomaines>") - sample_closed);
    size_t list_start = (size_t)(strstr(sample_closed, "<ListeDomaines>") - sample_closed);
    for (size_t cut = list_start + 1; cut < list_end + 10; cut += 7)
        expect_refused(sample_closed, cut, MSS_ERR_WHITELIST_TRUNCATED, 0, 0);
    /* Cut before the list starts: truncated too. */
    expect_refused(sample_closed, list_start - 3, MSS_ERR_WHITELIST_TRUNCATED, 0, 0);
    /* Inside a multi-byte character. */
    char *cut = malloc(len);
    ck_assert_ptr_nonnull(cut);
    const char *accent = strstr(sample_closed, "é");
    size_t at = (size_t)(accent - sample_closed) + 1;
    memcpy(cut, sample_closed, at);
    expect_refused(cut, at, MSS_ERR_WHITELIST_TRUNCATED, 0, 0);
    free(cut);
}
END_TEST

START_TEST(xml_entities_are_refused)
{
    static const char laughs[] =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
        "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>half.mssante.fr</Nom>"
        "<Description>&lol9;</Description></Domaine></ListeDomaines></ListeBlancheMSSante>";
    static const char external[] =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>half.mssante.fr</Nom>"
        "<Description>&xxe;</Description></Domaine></ListeDomaines></ListeBlancheMSSante>";
    static const char external_dtd[] =
        "<!DOCTYPE ListeBlancheMSSante SYSTEM \"http://example.invalid/x.dtd\">"
        "<ListeBlancheMSSante><ListeDomaines/></ListeBlancheMSSante>";
    expect_refused_str(laughs, MSS_ERR_WHITELIST_ENTITY, 2, 0);
    expect_refused_str(external, MSS_ERR_WHITELIST_ENTITY, 2, 0);
    expect_refused_str(external_dtd, MSS_ERR_WHITELIST_ENTITY, 1, 0);
}
END_TEST

START_TEST(xml_hostile_sizes_and_shapes)
{
    /* 50 MiB of garbage. */
    size_t big = 50u << 20;
    char *garbage = malloc(big);
    ck_assert_ptr_nonnull(garbage);
    unsigned x = 12345;
    for (size_t i = 0; i < big; i++) {
        x = x * 1103515245u + 12345u;
        garbage[i] = (char)(x >> 16);
    }
    expect_refused(garbage, big, MSS_ERR_WHITELIST_XML, 1, 0);
    /* The same after a plausible start: still refused, with a position. */
    memcpy(garbage, "<ListeBlancheMSSante><ListeDomaines>", 36);
    expect_refused(garbage, big, MSS_ERR_WHITELIST_XML, 0, 0);
    free(garbage);
    /* Larger than any list: refused before parsing. */
    size_t huge = MSS_WHITELIST_MAX_SIZE + 1;
    char *blank = calloc(huge, 1);
    ck_assert_ptr_nonnull(blank);
    expect_refused(blank, huge, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
    free(blank);
    /* Deeply nested elements. */
    size_t depth = 100000;
    char *deep = malloc(21 + depth * 3 + 1);
    ck_assert_ptr_nonnull(deep);
    strcpy(deep, "<ListeBlancheMSSante>");
    for (size_t i = 0; i < depth; i++)
        memcpy(deep + 21 + i * 3, "<a>", 3);
    deep[21 + depth * 3] = '\0';
    expect_refused_str(deep, MSS_ERR_WHITELIST_NOT_WHITELIST, 1, 0);
    free(deep);
    /* A field longer than any real one. */
    size_t flen = 100000;
    char *longdesc = malloc(flen + 200);
    ck_assert_ptr_nonnull(longdesc);
    strcpy(longdesc, "<ListeBlancheMSSante><ListeDomaines><Domaine><Nom>half.mssante.fr</Nom><Description>");
    size_t at = strlen(longdesc);
    memset(longdesc + at, 'x', flen);
    strcpy(longdesc + at + flen, "</Description></Domaine></ListeDomaines></ListeBlancheMSSante>");
    expect_refused_str(longdesc, MSS_ERR_WHITELIST_TOO_LARGE, 1, 0);
    free(longdesc);
}
END_TEST

START_TEST(xml_empty_and_null_inputs)
{
    expect_refused("", 0, MSS_ERR_EMPTY, 0, 0);
    expect_refused_str("  \n\t ", MSS_ERR_EMPTY, 0, 0);
    expect_refused_str("<?xml version=\"1.0\"?>\n", MSS_ERR_EMPTY, 0, 0);
    expect_refused(NULL, 10, MSS_ERR_NULL_ARGUMENT, 0, 0);
    mss_load_info info;
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(NULL, "<a/>", 4, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(info.code, MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_whitelist_load_xml_file(NULL, "x", &info), MSS_ERR_NULL_ARGUMENT);
    mss_whitelist *wl = new_list();
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, NULL, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, "/nonexistent/liste.xml", &info), MSS_ERR_IO);
    ck_assert_int_eq(info.code, MSS_ERR_IO);
    mss_whitelist_free(wl);
}
END_TEST

/* ---- text lists -------------------------------------------------------- */

START_TEST(text_lists)
{
    static const char text[] = "\xEF\xBB\xBF# domaines autorisés\n\nclinique.mssante.fr\r\n"
                               "  Hôpital-Exemple.fr  # commentaire\n\tCLINIQUE.mssante.fr\n#fin";
    mss_whitelist *wl = new_list();
    mss_load_info info;
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, text, strlen(text), &info), MSS_OK);
    ck_assert_uint_eq(info.entries, 3);
    ck_assert_uint_eq(info.added, 2);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    ck_assert(mss_whitelist_contains(wl, "xn--hpital-exemple-0ob.fr"));
    static const char bad[] = "ok.mssante.fr\n  b..fr # two dots\n";
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, bad, strlen(bad), &info), MSS_ERR_WHITELIST_TEXT_LINE);
    ck_assert_uint_eq(info.line, 2);
    ck_assert_uint_eq(info.column, 5);
    ck_assert_uint_eq(info.nnotes, 1);
    ck_assert_int_eq(info.notes[0].code, MSS_ERR_DOMAIN_EMPTY_LABEL);
    ck_assert_str_eq(info.notes[0].text, "b..fr");
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    ck_assert(!mss_whitelist_contains(wl, "ok.mssante.fr"));
    static const char nul[] = "a.fr\nb\0c.fr\n";
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, nul, sizeof nul - 1, &info), MSS_ERR_WHITELIST_TEXT_LINE);
    ck_assert_int_eq(info.notes[0].code, MSS_ERR_CONTROL_CHARACTER);
    ck_assert_uint_eq(info.column, 2);
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, "", 0, &info), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, "# rien\n\n", 8, &info), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, NULL, 3, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_whitelist_load_text_buffer(NULL, "a.fr", 4, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(mss_whitelist_count(wl), 2);
    mss_whitelist_free(wl);
}
END_TEST

/* ---- files ------------------------------------------------------------- */

static char tmpdir[64];

static const char *write_file(const char *name, const char *data, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    fclose(f);
    return path;
}

static void make_tmpdir(void)
{
    strcpy(tmpdir, "/tmp/mss-test-whitelist-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void remove_tmpdir(void)
{
    static const char *names[] = {"a.xml", "a.txt", "big.xml", "cut.xml", "empty"};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, names[i]);
        unlink(path);
    }
    rmdir(tmpdir);
}

/* A document of n synthetic entries, several read chunks long. */
static char *synthetic(size_t n, size_t *len)
{
    size_t cap = 256 + n * 400;
    char *doc = malloc(cap);
    ck_assert_ptr_nonnull(doc);
    size_t at = (size_t)snprintf(doc, cap, "%s", HEAD);
    for (size_t i = 0; i < n; i++)
        at += (size_t)snprintf(doc + at, cap - at,
                               DOMAINE("structure-%zu.mssante.fr", "Structure n\xc2\xb0 %zu", MIPIH_DN,
                                       "2025-01-01T00:00:00Z"),
                               i, i);
    at += (size_t)snprintf(doc + at, cap - at, "</ListeDomaines>\n");
    *len = at;
    return doc;
}

START_TEST(files_xml_and_text_told_apart)
{
    make_tmpdir();
    mss_whitelist *wl = new_list();
    mss_load_info info;
    const char *path = write_file("a.xml", sample_unclosed, strlen(sample_unclosed));
    ck_assert_int_eq(mss_whitelist_load_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(info.entries, 4);
    ck_assert_uint_eq(info.skipped, 1);
    ck_assert_uint_eq(info.notes[0].line, 7);
    ck_assert_int_eq(info.notes[1].code, MSS_WARN_WHITELIST_UNCLOSED_ROOT);
    path = write_file("a.txt", "# list\nautre.mssante.fr\n", 24);
    ck_assert_int_eq(mss_whitelist_load_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 3);
    ck_assert_int_eq(mss_whitelist_load_text_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(info.added, 0);
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, &info), MSS_ERR_WHITELIST_XML);
    path = write_file("empty", "", 0);
    ck_assert_int_eq(mss_whitelist_load_file(wl, path, &info), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, &info), MSS_ERR_EMPTY);
    ck_assert_int_eq(mss_whitelist_load_file(wl, "/nonexistent/liste.xml", &info), MSS_ERR_IO);
    ck_assert_int_eq(mss_whitelist_load_text_file(wl, "/nonexistent/liste.txt", &info), MSS_ERR_IO);
    ck_assert_int_eq(mss_whitelist_load_file(wl, NULL, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_whitelist_load_file(NULL, path, &info), MSS_ERR_NULL_ARGUMENT);
    ck_assert_uint_eq(mss_whitelist_count(wl), 3);

    /* Streaming over several 64 KiB reads, then the same cut short. */
    size_t len;
    char *doc = synthetic(3000, &len);
    ck_assert_uint_gt(len, 4 * 65536);
    path = write_file("big.xml", doc, len);
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(info.added, 3000);
    ck_assert_uint_eq(mss_whitelist_count(wl), 3003);
    const mss_whitelist_entry *e = must_find(wl, "structure-2999.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_description(e), "Structure n° 2999");
    check_operator(e, 0, "GIP MIPIH", "318310021300028", "medimail-asip.mipih.fr");
    mss_whitelist *fresh = new_list();
    path = write_file("cut.xml", doc, len * 2 / 3);
    ck_assert_int_eq(mss_whitelist_load_xml_file(fresh, path, &info), MSS_ERR_WHITELIST_TRUNCATED);
    ck_assert_uint_gt(info.line, 1000);
    ck_assert_uint_eq(mss_whitelist_count(fresh), 0);
    mss_whitelist_free(fresh);
    free(doc);
    mss_whitelist_free(wl);
    remove_tmpdir();
}
END_TEST

/* ---- suggestions ------------------------------------------------------- */

START_TEST(suggestions_closest_first)
{
    mss_whitelist *wl = new_list();
    static const char *names[] = {"pro.oc.mssante.fr", "oc.mssante.fr", "ehpad.oc.mssante.fr",
                                  "social.oc.mssante.fr", "clinique.mssante.fr", "mssante.apicrypt.org"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        ck_assert_int_eq(mss_whitelist_add(wl, names[i], NULL), MSS_OK);
    const mss_whitelist_entry *out[8];
    size_t n = mss_whitelist_suggest(wl, "pro.oc.msante.fr", out, 8);
    ck_assert_uint_ge(n, 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "pro.oc.mssante.fr");
    n = mss_whitelist_suggest(wl, "PRO.OC.MSSNATE.FR", out, 8); /* swapped letters: one edit */
    ck_assert_uint_ge(n, 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "pro.oc.mssante.fr");
    n = mss_whitelist_suggest(wl, "oc.mssante.fr", out, 8); /* listed: itself first */
    ck_assert_uint_ge(n, 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "oc.mssante.fr");
    n = mss_whitelist_suggest(wl, "po.oc.mssante.fr", out, 1);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "pro.oc.mssante.fr");
    ck_assert_uint_eq(mss_whitelist_suggest(wl, "gmail.com", out, 8), 0);
    ck_assert_uint_eq(mss_whitelist_suggest(wl, "bad..fr", out, 8), 0);
    /* Invalid names are compared as typed. */
    ck_assert_uint_ge(mss_whitelist_suggest(wl, "Pro.oc.mssante,fr", out, 8), 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "pro.oc.mssante.fr");
    ck_assert_uint_ge(mss_whitelist_suggest(wl, "clinique.mssante.fr.", out, 8), 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "clinique.mssante.fr");
    ck_assert_uint_eq(mss_whitelist_suggest(wl, "pro.oc.msante.fr", out, 0), 0);
    ck_assert_uint_eq(mss_whitelist_suggest(wl, NULL, out, 8), 0);
    ck_assert_uint_eq(mss_whitelist_suggest(NULL, "a.fr", out, 8), 0);
    ck_assert_uint_eq(mss_whitelist_suggest(wl, "a.fr", NULL, 8), 0);
    mss_whitelist_free(wl);
    /* Ties come in alphabetical order, whatever the order of the list. */
    wl = new_list();
    ck_assert_int_eq(mss_whitelist_add(wl, "ad.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "ac.fr", NULL), MSS_OK);
    ck_assert_int_eq(mss_whitelist_add(wl, "abc.fr", NULL), MSS_OK); /* two edits: too far */
    ck_assert_int_eq(mss_whitelist_add(wl, "ab.fr", NULL), MSS_OK);
    n = mss_whitelist_suggest(wl, "aa.fr", out, 8);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "ab.fr");
    ck_assert_str_eq(mss_whitelist_entry_domain(out[1]), "ac.fr");
    ck_assert_str_eq(mss_whitelist_entry_domain(out[2]), "ad.fr");
    ck_assert_uint_eq(mss_whitelist_suggest(wl, "aa.fr", out, 2), 2);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[1]), "ac.fr");
    mss_whitelist_free(wl);
}
END_TEST

/* ---- the real ANS lists (../shared) ------------------------------------ */

#define REAL_FILE "data/listeblanchemssante-2025-03-13.xml"
#define SUBSET_FILE "data/listeblanchemssante-test-subset-2025-05.xml"

static char *real_path(const char *relative)
{
    const char *p = testutil_shared_path(relative);
    ck_assert_ptr_nonnull(p);
    return strdup(p);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

START_TEST(real_list_loads_with_its_quirks)
{
    char *path = real_path(REAL_FILE);
    mss_whitelist *wl = new_list();
    mss_load_info info;
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(info.entries, 6554);
    /* 5,002 distinct Nom values, one of which (with an @) is not a domain. */
    ck_assert_uint_eq(mss_whitelist_count(wl), 5001);
    ck_assert_uint_eq(info.added, 5001);
    ck_assert_uint_eq(info.skipped, 1);
    ck_assert_uint_eq(info.nnotes, 2);
    ck_assert_int_eq(info.notes[0].code, MSS_WARN_WHITELIST_ENTRY_SKIPPED);
    ck_assert_uint_eq(info.notes[0].line, 48459);
    ck_assert_str_eq(info.notes[0].text, "sessad@ase.ditepbeziers.mssante.fr");
    ck_assert_int_eq(info.notes[1].code, MSS_WARN_WHITELIST_UNCLOSED_ROOT);
    ck_assert_str_eq(mss_whitelist_generated(wl), "2025-03-13T14:54:10Z");

    size_t occitanie = 0;
    for (size_t i = 0; i < mss_whitelist_count(wl); i++) {
        const mss_whitelist_entry *e = mss_whitelist_entry_at(wl, i);
        const char *d = mss_whitelist_entry_domain(e);
        if (strcmp(d, "oc.mssante.fr") != 0 && !ends_with(d, ".oc.mssante.fr"))
            continue;
        occitanie++;
        ck_assert_uint_ge(mss_whitelist_entry_operator_count(e), 1);
        for (size_t k = 0; k < mss_whitelist_entry_operator_count(e); k++)
            check_operator(e, k, "GIP MIPIH", "318310021300028", "medimail-asip.mipih.fr");
    }
    ck_assert_uint_eq(occitanie, 35);
    for (int kind = MSS_STRUCTURE_LIBERALE; kind <= MSS_STRUCTURE_OTHER; kind++)
        ck_assert(mss_whitelist_contains(wl, mss_generic_domain((mss_structure_kind)kind)));

    const mss_whitelist_entry *e = must_find(wl, "uc-cmp.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_domain(e), "uc-cmp.mssante.fr");
    ck_assert_str_eq(mss_whitelist_entry_description(e), "UC-CMP");
    e = must_find(wl, "mssante.apicrypt.org");
    ck_assert_uint_ge(mss_whitelist_entry_operator_count(e), 1);
    must_find(wl, "interop-mssante.apicrypt.org");
    must_find(wl, "ase.ditepbeziers.mssante.fr");
    ck_assert(!mss_whitelist_contains(wl, "x.oc.mssante.fr"));
    e = must_find(wl, "chorus.mssante.fr");
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), 5);
    check_operator(e, 0, "EQUASENS", "340356113700205", "smtp-1.mssante.pharmagest.com");
    check_operator(e, 4, "INTERNATIONAL CROSS TALK", "347991383200032", "chorus.mssante.crosstalk.fr");

    mss_result r;
    ck_assert_int_eq(mss_domain_classify("CHORUS.mssante.fr", wl, &r), MSS_DOMAIN_WHITELISTED);
    ck_assert_int_eq(mss_domain_classify("inconnu.mssante.fr", wl, &r), MSS_DOMAIN_NOT_WHITELISTED);
    const mss_whitelist_entry *out[4];
    ck_assert_uint_ge(mss_whitelist_suggest(wl, "pro.oc.msante.fr", out, 4), 1);
    ck_assert_str_eq(mss_whitelist_entry_domain(out[0]), "pro.oc.mssante.fr");

    /* Well under 1 MiB for the whole list. */
    ck_assert_uint_lt(mss_whitelist_memory(wl), 1024 * 1024);

    /* Loading it again changes nothing. */
    ck_assert_int_eq(mss_whitelist_load_file(wl, path, &info), MSS_OK);
    ck_assert_uint_eq(info.added, 0);
    ck_assert_uint_eq(mss_whitelist_count(wl), 5001);
    ck_assert_uint_eq(mss_whitelist_entry_operator_count(must_find(wl, "chorus.mssante.fr")), 5);
    mss_whitelist_free(wl);
    free(path);
}
END_TEST

START_TEST(real_list_cut_short_is_refused)
{
    char *path = real_path(REAL_FILE);
    size_t len;
    char *doc = testutil_slurp(path, &len);
    ck_assert_ptr_nonnull(doc);
    char *subset = real_path(SUBSET_FILE);
    mss_whitelist *wl = new_list();
    mss_load_info info;
    ck_assert_int_eq(mss_whitelist_load_xml_file(wl, subset, &info), MSS_OK);
    ck_assert_uint_eq(info.entries, 619);
    ck_assert_uint_eq(mss_whitelist_count(wl), 516);
    ck_assert(mss_whitelist_contains(wl, "nddtestasmae.mssante.fr"));
    size_t list_end = (size_t)(strstr(doc, "</ListeDomaines>") - doc);
    size_t cuts[] = {300, len / 10, len / 2, len * 9 / 10, list_end - 1, list_end + 5};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        int rc = mss_whitelist_load_xml_buffer(wl, doc, cuts[i], &info);
        ck_assert_msg(rc == MSS_ERR_WHITELIST_TRUNCATED, "cut at %zu: %s", cuts[i], mss_error_name(rc));
        ck_assert_uint_gt(info.line, 0);
        ck_assert_uint_eq(mss_whitelist_count(wl), 516);
    }
    /* The whole buffer is fine and merges into the subset. */
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, doc, len, &info), MSS_OK);
    ck_assert_uint_eq(mss_whitelist_count(wl), 516 + info.added);
    ck_assert_uint_ge(mss_whitelist_count(wl), 5001);
    ck_assert(mss_whitelist_contains(wl, "nddtestasmae.mssante.fr"));
    ck_assert(mss_whitelist_contains(wl, "zenidoc.mssante.fr"));
    mss_whitelist_free(wl);
    free(doc);
    free(subset);
    free(path);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist");
    TCase *build = tcase_create("build");
    tcase_add_test(build, empty_list_and_null_handles);
    tcase_add_test(build, add_normalises_and_merges_duplicates);
    tcase_add_test(build, lookup_is_exact_and_case_insensitive);
    tcase_add_test(build, many_additions_stay_findable);
    tcase_add_test(build, entry_index_gives_the_position_back);
    suite_add_tcase(s, build);
    TCase *xml = tcase_create("xml");
    tcase_set_timeout(xml, 120);
    tcase_add_test(xml, xml_quirks_are_survived);
    tcase_add_test(xml, xml_closed_root_gives_no_note);
    tcase_add_test(xml, xml_without_namespace_and_in_latin1);
    tcase_add_test(xml, xml_that_is_not_a_whitelist);
    tcase_add_test(xml, xml_truncated_inside_the_list);
    tcase_add_test(xml, xml_entities_are_refused);
    tcase_add_test(xml, xml_hostile_sizes_and_shapes);
    tcase_add_test(xml, xml_empty_and_null_inputs);
    suite_add_tcase(s, xml);
    TCase *text = tcase_create("text");
    tcase_add_test(text, text_lists);
    tcase_add_test(text, files_xml_and_text_told_apart);
    suite_add_tcase(s, text);
    TCase *suggest = tcase_create("suggest");
    tcase_add_test(suggest, suggestions_closest_first);
    suite_add_tcase(s, suggest);
    if (testutil_shared_path(REAL_FILE) && testutil_shared_path(SUBSET_FILE)) {
        TCase *real = tcase_create("real");
        tcase_set_timeout(real, 120);
        tcase_add_test(real, real_list_loads_with_its_quirks);
        tcase_add_test(real, real_list_cut_short_is_refused);
        suite_add_tcase(s, real);
    }
    return testutil_run(&s, 1);
}
