/* The whitelist XML loader parses without expat's namespace processing and
 * starts over with it when a document needs it (lib/whitelist_xml.c).
 * Every outcome must be the namespace parser's alone
 * (mssi_whitelist_load_xml_namespaced, the loader as it was before): code,
 * position, counts, notes and the list itself, loaded over a list that
 * already holds entries. Documents are drawn with prefixes bound to the
 * list's namespace, to another one and to none, xmlns on the root and
 * deeper, processing instructions, entity references, a DOCTYPE, colons in
 * text, empty entries, and are cut or broken at random (a ":", "<" or
 * invalid byte put anywhere, or right after a tag). */
#include <medimail/mssconf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "whitelist_xml.h"

#define NS "https://listeblanche.mssante.fr/schema"
#define DOCS 300

typedef struct buf {
    char *s;
    size_t len, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    ck_assert_int_ge(n, 0);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        ck_assert_ptr_nonnull(b->s);
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* The draw, and how often a prefix, an attribute or something between
 * elements shows up (per cent): from clean documents to crowded ones. */
typedef struct draw {
    uint64_t state;
    unsigned noise;
} draw;

static const char *pick(draw *g, const char *const *choices, size_t n)
{
    return testutil_random(&g->state) % 100 < g->noise ? choices[testutil_random(&g->state) % n] : "";
}
#define PICK(g, choices) pick(g, choices, sizeof choices / sizeof choices[0])

/* An element's prefix: p is bound to the list's namespace where the root
 * declares it, q to another, r nowhere. */
static const char *prefix(draw *g)
{
    static const char *const prefixes[] = {"p:", "q:", "r:", "p:q:", ":", "p:"};
    return PICK(g, prefixes);
}

static const char *attributes(draw *g)
{
    static const char *const attrs[] = {
        " xmlns=\"" NS "\"", " xmlns=\"urn:other\"", " xmlns=\"\"", " xmlns:p=\"" NS "\"",
        " xmlns:q=\"urn:other\"", " xmlns:r=\"\"", " xml:lang=\"fr\"", " p:a=\"1\" q:a=\"2\"",
        " a=\"x:y\"", " xmlns:xml=\"urn:x\"", " xmlns:p=\"" NS "\" xmlns:s=\"" NS "\" p:a=\"1\" s:a=\"2\"",
        " xmlns=\"" NS " x\"",
    };
    return PICK(g, attrs);
}

/* Something between elements. */
static void misc(buf *d, draw *g)
{
    static const char *const misc[] = {
        "\n", "\n  ", "<?pi a:b?>", "<?p:i x?>", "<!-- a:b -->", "&amp;", "&a:b;", "<![CDATA[x:y]]>",
    };
    put(d, "%s", PICK(g, misc));
}

static void element(buf *d, draw *g, const char *name, const char *text)
{
    const char *pre = prefix(g);
    put(d, "<%s%s%s>", pre, name, attributes(g));
    misc(d, g);
    put(d, "%s", text);
    put(d, "</%s%s>", pre, name);
    misc(d, g);
}

static void domaine(buf *d, draw *g, unsigned k)
{
    if (testutil_random(&g->state) % 8 == 0) {
        put(d, "<Domaine/>");
        return;
    }
    static const char *const dns[] = {
        "CN=mx.a.fr,OU=318310021300028,O=GIP MIPIH,C=FR", "CN=b.org, OU=343975235300037, O=APICEM", "", "O=x:y",
    };
    const char *pre = prefix(g);
    put(d, "<%sDomaine%s>", pre, attributes(g));
    misc(d, g);
    char nom[64];
    snprintf(nom, sizeof nom, testutil_random(&g->state) % 6 ? "d%u.mssante.fr" : "a%u@x.fr", k % 7);
    element(d, g, "Nom", nom);
    element(d, g, "Description", testutil_random(&g->state) % 2 ? "https://x.fr: soins" : "Soins");
    element(d, g, "DNCertificatOperateur", dns[testutil_random(&g->state) % 4]);
    element(d, g, "ResponsableContact", "tel: 0");
    element(d, g, "DateMAJ", "2025-03-13T14:54:10Z");
    put(d, "</%sDomaine>", pre);
    misc(d, g);
}

static void build(buf *d, draw *g)
{
    static const char *const roots[] = {
        "<ListeBlancheMSSante>",
        "<p:ListeBlancheMSSante xmlns:p=\"" NS "\" xmlns:q=\"urn:other\">",
        "<ListeBlancheMSSante xmlns=\"" NS "\" xmlns:p=\"" NS "\">",
        "<ListeBlancheMSSante xmlns=\"urn:other\" xmlns:p=\"" NS "\">",
        "<ListeBlancheMSSante xmlns=\"\">",
        "<p:ListeBlancheMSSante>",
    };
    static const char *const heads[] = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?><?a:b x?>", "<!DOCTYPE ListeBlancheMSSante>", "<!DOCTYPE p:L [<!ENTITY e \"x\">]>",
    };
    d->len = 0;
    put(d, "%s", PICK(g, heads));
    const char *root = PICK(g, roots);
    put(d, "%s\n", *root ? root : "<ListeBlancheMSSante xmlns=\"" NS "\">");
    if (testutil_random(&g->state) % 2)
        element(d, g, "DateDeGeneration", "2025-03-13T14:54:10Z");
    const char *pre = prefix(g);
    put(d, "<%sListeDomaines%s>\n", pre, attributes(g));
    for (unsigned k = 0, n = 1 + (unsigned)(testutil_random(&g->state) % 8); k < n; k++)
        domaine(d, g, k);
    put(d, "</%sListeDomaines>\n", pre);
    if (testutil_random(&g->state) % 3 == 0)
        put(d, "</ListeBlancheMSSante>\n");
    if (testutil_random(&g->state) % 4 == 0)
        put(d, "<?pi x?><!-- end -->");
}

/* Everything a load tells, as text. */
static void describe(buf *out, const mss_whitelist *wl, int rc, const mss_load_info *info)
{
    out->len = 0;
    put(out, "rc %d, code %d at %lu:%lu, entries %zu, added %zu, skipped %zu\n", rc, info->code, info->line,
        info->column, info->entries, info->added, info->skipped);
    for (unsigned i = 0; i < info->nnotes; i++)
        put(out, "note %d at %lu:%lu %s\n", info->notes[i].code, info->notes[i].line, info->notes[i].column,
            info->notes[i].text);
    put(out, "%zu domains, generated %s\n", mss_whitelist_count(wl), mss_whitelist_generated(wl));
    for (size_t i = 0; i < mss_whitelist_count(wl); i++) {
        const mss_whitelist_entry *e = mss_whitelist_entry_at(wl, i);
        put(out, "%s | %s | %s", mss_whitelist_entry_domain(e), mss_whitelist_entry_description(e),
            mss_whitelist_entry_updated(e));
        for (size_t k = 0; k < mss_whitelist_entry_operator_count(e); k++) {
            const char *org = NULL, *id = NULL;
            ck_assert_int_eq(mss_whitelist_entry_operator(e, k, &org, &id), MSS_OK);
            put(out, " | %s %s %s", org, id, mss_whitelist_entry_operator_server(e, k));
        }
        put(out, "\n");
    }
}

typedef int (*xml_loader)(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info);

/* A list that holds entries already (a refused load leaves it as it was). */
static mss_whitelist *seeded_list(void)
{
    static const char seed[] = "<ListeBlancheMSSante xmlns=\"" NS "\"><ListeDomaines><Domaine><Nom>d1.mssante.fr</Nom>"
                               "<Description>avant</Description></Domaine><Domaine><Nom>seed.fr</Nom></Domaine>"
                               "</ListeDomaines></ListeBlancheMSSante>";
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, seed, sizeof seed - 1, NULL), MSS_OK);
    return wl;
}

static void load(buf *out, xml_loader loader, const char *doc, size_t len)
{
    mss_whitelist *wl = seeded_list();
    mss_load_info info;
    int rc = loader(wl, doc, len, &info);
    describe(out, wl, rc, &info);
    mss_whitelist_free(wl);
}

static void same_outcome(const char *doc, size_t len)
{
    static buf loaded, reference;
    load(&loaded, mss_whitelist_load_xml_buffer, doc, len);
    load(&reference, mssi_whitelist_load_xml_namespaced, doc, len);
    ck_assert_msg(strcmp(loaded.s, reference.s) == 0, "document:\n%.*s\nloaded:\n%s\nreference:\n%s", (int)len, doc,
                  loaded.s, reference.s);
}

START_TEST(drawn_documents_load_as_with_namespaces)
{
    static const unsigned noise[] = {0, 1, 3, 10, 30};
    draw g = {.state = 0xD1B54A32D192ED03u + (uint64_t)_i};
    unsigned docs = getenv("MSS_UNDER_VALGRIND") ? DOCS / 10 : DOCS;
    buf d = {0};
    for (unsigned n = 0; n < docs; n++) {
        g.noise = noise[n % 5];
        build(&d, &g);
        same_outcome(d.s, d.len);
        size_t cut = (size_t)(testutil_random(&g.state) % d.len);
        same_outcome(d.s, cut ? cut : 1);
        /* A byte put anywhere, and an invalid one right after a tag, where
         * the end of an empty element is reported. */
        static const struct {
            char c;
            bool after_tag;
        } breaks[] = {{':', false}, {'<', false}, {'\xFF', false}, {'\xFF', true}};
        for (size_t k = 0; k < sizeof breaks / sizeof breaks[0]; k++) {
            size_t at = (size_t)(testutil_random(&g.state) % d.len);
            const char *gt = breaks[k].after_tag ? memchr(d.s + at, '>', d.len - at) : NULL;
            if (gt && gt + 1 < d.s + d.len)
                at = (size_t)(gt + 1 - d.s);
            char saved = d.s[at];
            d.s[at] = breaks[k].c;
            same_outcome(d.s, d.len);
            d.s[at] = saved;
        }
    }
    free(d.s);
}
END_TEST

typedef struct expected {
    int rc;
    unsigned long line, column;
    size_t entries, added, skipped; /* counted up to an error too; the list stays as it was */
} expected;

/* What the loader gave before it parsed without namespaces first. */
static void expect(const char *doc, expected e)
{
    size_t len = strlen(doc);
    same_outcome(doc, len);
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    mss_load_info info;
    int rc = mss_whitelist_load_xml_buffer(wl, doc, len, &info);
    ck_assert_msg(rc == e.rc, "%s: got %s", doc, mss_error_name(rc));
    ck_assert_uint_eq(info.line, e.line);
    ck_assert_uint_eq(info.column, e.column);
    ck_assert_uint_eq(info.entries, e.entries);
    ck_assert_uint_eq(info.added, e.added);
    ck_assert_uint_eq(info.skipped, e.skipped);
    ck_assert_uint_eq(mss_whitelist_count(wl), rc == MSS_OK ? e.added : 0);
    mss_whitelist_free(wl);
}

#define LIST(root, body) "<" root " xmlns=\"" NS "\"><ListeDomaines>" body "</ListeDomaines>"
#define ENTRY(nom) "<Domaine><Nom>" nom "</Nom></Domaine>"

START_TEST(namespaced_documents_load_as_before)
{
    /* Prefixed elements bound to the list's namespace, from the root on. */
    expect("<p:ListeBlancheMSSante xmlns:p=\"" NS "\"><p:ListeDomaines><p:Domaine><p:Nom>a.mssante.fr</p:Nom>"
           "</p:Domaine></p:ListeDomaines></p:ListeBlancheMSSante>",
           (expected){MSS_OK, 0, 0, 1, 1, 0});
    /* ... and only after entries the plain parse loaded: none twice. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") ENTRY("b.mssante.fr")
                "<q:Domaine xmlns:q=\"" NS "\"><q:Nom>c.mssante.fr</q:Nom></q:Domaine>" ENTRY("d.mssante.fr")),
           (expected){MSS_OK, 0, 0, 4, 4, 0});
    /* The same entry begun before the switch and ended after it. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr")
                "<Domaine><Nom>b.mssante.fr</Nom><p:x xmlns:p=\"urn:p\"/></Domaine>"),
           (expected){MSS_OK, 0, 0, 2, 2, 0});
    /* The end of an empty element is reported where the next tag starts:
     * the entry it ends is loaded once, whether a prefix or an error
     * follows. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<Domaine/><q:x xmlns:q=\"urn:q\"/>" ENTRY("b.mssante.fr")),
           (expected){MSS_OK, 0, 0, 3, 2, 1});
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<Domaine/>\xFF"), (expected){MSS_ERR_WHITELIST_XML, 1, 136, 2, 1, 1});
    /* Another default namespace: that Domaine is not the list's. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr")
                "<Domaine xmlns=\"urn:other\"><Nom>b.mssante.fr</Nom></Domaine>"),
           (expected){MSS_OK, 0, 0, 1, 1, 0});
    expect("<ListeBlancheMSSante xmlns=\"urn:other\"><ListeDomaines/></ListeBlancheMSSante>",
           (expected){MSS_ERR_WHITELIST_NOT_WHITELIST, 1, 1, 0, 0, 0});
    /* No namespace, or the list's declared again deeper: same names. */
    expect(LIST("ListeBlancheMSSante", "<Domaine xmlns=\"\"><Nom>a.mssante.fr</Nom></Domaine>"
                "<Domaine xmlns=\"" NS "\"><Nom>b.mssante.fr</Nom></Domaine>"),
           (expected){MSS_OK, 0, 0, 2, 2, 0});
    /* An unbound prefix is an XML error, where expat finds it. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "\n<r:Domaine><r:Nom>b.mssante.fr</r:Nom></r:Domaine>"),
           (expected){MSS_ERR_WHITELIST_XML, 2, 1, 1, 1, 0});
    /* Names the namespace parser alone refuses. */
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<a:b:c/>"), (expected){MSS_ERR_WHITELIST_XML, 1, 130, 1, 1, 0});
    expect(LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<x>&a:b;</x>"),
           (expected){MSS_ERR_WHITELIST_XML, 1, 131, 1, 1, 0});
    /* A prefixed attribute, bound or not; xml:lang is bound from the start. */
    expect(LIST("ListeBlancheMSSante", "<Domaine xml:lang=\"fr\"><Nom>a.mssante.fr</Nom></Domaine>"),
           (expected){MSS_OK, 0, 0, 1, 1, 0});
    expect(LIST("ListeBlancheMSSante", "<Domaine r:a=\"1\"><Nom>a.mssante.fr</Nom></Domaine>"),
           (expected){MSS_ERR_WHITELIST_XML, 1, 84, 0, 0, 0});
    /* A processing instruction, and a DOCTYPE (refused either way). */
    expect("<?a:b x?>" LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr")), (expected){MSS_ERR_WHITELIST_XML, 1, 4, 0, 0, 0});
    expect("<?a b:c?>" LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr")), (expected){MSS_OK, 0, 0, 1, 1, 0});
    expect("<!DOCTYPE p:ListeBlancheMSSante>" LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr")),
           (expected){MSS_ERR_WHITELIST_ENTITY, 1, 32, 0, 0, 0});
}
END_TEST

/* A regular file is read into expat's own buffer, and the namespace
 * parser starts over from there: same outcome as the buffer. */
START_TEST(files_fall_back_as_buffers)
{
    static const char *const docs[] = {
        LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<q:Domaine xmlns:q=\"" NS "\"><q:Nom>c.mssante.fr</q:Nom>"
             "</q:Domaine>" ENTRY("d@x.fr")),
        LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "\n<r:Domaine/>"),
        LIST("ListeBlancheMSSante", ENTRY("a.mssante.fr") "<Domaine/>\xFF"),
        "<!DOCTYPE x>" LIST("ListeBlancheMSSante", ""),
    };
    char path[] = "/tmp/mss-test-namespaces-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    buf from_file = {0}, from_buffer = {0};
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        size_t len = strlen(docs[i]);
        FILE *f = fopen(path, "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(docs[i], 1, len, f), len);
        fclose(f);
        mss_whitelist *wl = seeded_list();
        mss_load_info info;
        int rc = mss_whitelist_load_xml_file(wl, path, &info);
        describe(&from_file, wl, rc, &info);
        mss_whitelist_free(wl);
        load(&from_buffer, mss_whitelist_load_xml_buffer, docs[i], len);
        ck_assert_str_eq(from_file.s, from_buffer.s);
        same_outcome(docs[i], len);
    }
    unlink(path);
    free(from_file.s);
    free(from_buffer.s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist_namespaces");
    TCase *tc = tcase_create("namespaces");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, namespaced_documents_load_as_before);
    tcase_add_loop_test(tc, drawn_documents_load_as_with_namespaces, 0, 4);
    tcase_add_test(tc, files_fall_back_as_buffers);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
