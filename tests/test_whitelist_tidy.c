/* The white-space tidying of whitelist XML values (lib/whitelist_xml.c:
 * runs of spaces, tabs, line ends and no-break spaces become one space,
 * both ends trimmed; a read-only check eight bytes at a time skips values
 * that are tidy already) against a byte-by-byte reference, on descriptions
 * drawn from spaces at every position of an eight-byte word, no-break
 * spaces written raw and as a character reference, other 0xC2 characters,
 * accents, tabs, CR, LF and plain letters. The CN, O and OU taken from
 * DNCertificatOperateur (names in either case and trimmed, RFC 4514
 * escapes undone, each value tidied) against a byte-by-byte reference too,
 * on DNs drawn with escaped commas, backslashes and spaces, a backslash at
 * the end, names repeated, unknown or without a value. */
#include <medimail/mssconf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "testutil.h"

#define NS "https://listeblanche.mssante.fr/schema"
#define ENTRIES 200
#define DOCS 40

typedef struct buf {
    char *s;
    size_t len, cap;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        ck_assert_ptr_nonnull(b->s);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* Pieces as written in the XML, and as the parser hands them over. */
static const struct {
    const char *xml, *text;
} pieces[] = {
    {"a", "a"},       {"bc", "bc"},         {" ", " "},           {" ", " "},
    {"  ", "  "},     {"\t", "\t"},         {"\n", "\n"},         {"\r\n", "\n"},
    {"\xC2\xA0", "\xC2\xA0"}, {"&#160;", "\xC2\xA0"}, {"\xC2\xA9", "\xC2\xA9"}, {"\xC3\xA9", "\xC3\xA9"},
    {"&amp;", "&"},   {"defghij", "defghij"},
};

static bool is_blank(const char *s, size_t i, size_t len, size_t *width)
{
    unsigned char c = (unsigned char)s[i];
    *width = 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return true;
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
        *width = 2;
        return true;
    }
    return false;
}

static void reference_tidy(const buf *in, buf *out)
{
    out->len = 0;
    put(out, "", 0);
    bool pending = false;
    for (size_t i = 0, w; i < in->len; i += w) {
        if (is_blank(in->s, i, in->len, &w)) {
            pending = out->len > 0;
            continue;
        }
        if (pending)
            put(out, " ", 1);
        pending = false;
        put(out, in->s + i, w);
    }
}

static void open_list(buf *doc)
{
    const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListeBlancheMSSante xmlns=\"" NS "\"><ListeDomaines>";
    doc->len = 0;
    put(doc, head, strlen(head));
}

/* Entry k (d<k>.mssante.fr) up to the text of its element field; the
 * text it is drawn from starts empty. */
static void open_entry(buf *doc, unsigned k, const char *field, buf *text)
{
    char s[96];
    int len = snprintf(s, sizeof s, "<Domaine><Nom>d%u.mssante.fr</Nom><%s>", k, field);
    put(doc, s, (size_t)len);
    text->len = 0;
    put(text, "", 0);
}

static void close_entry(buf *doc, const char *field)
{
    char s[64];
    int len = snprintf(s, sizeof s, "</%s></Domaine>", field);
    put(doc, s, (size_t)len);
}

/* The document closed and loaded. */
static mss_whitelist *close_and_load(buf *doc)
{
    const char *end = "</ListeDomaines></ListeBlancheMSSante>";
    put(doc, end, strlen(end));
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(wl, doc->s, doc->len, NULL), MSS_OK);
    return wl;
}

static const mss_whitelist_entry *entry(const mss_whitelist *wl, unsigned k)
{
    char nom[32];
    snprintf(nom, sizeof nom, "d%u.mssante.fr", k);
    const mss_whitelist_entry *e = mss_whitelist_lookup(wl, nom);
    ck_assert_ptr_nonnull(e);
    return e;
}

START_TEST(tidy_agrees_with_the_reference)
{
    uint64_t state = 0xA0761D6478BD642Fu + (uint64_t)_i;
    unsigned docs = getenv("MSS_UNDER_VALGRIND") ? DOCS / 10 : DOCS;
    buf doc = {0}, text[ENTRIES] = {{0}}, want = {0};
    for (unsigned n = 0; n < docs; n++) {
        open_list(&doc);
        for (unsigned k = 0; k < ENTRIES; k++) {
            open_entry(&doc, k, "Description", &text[k]);
            /* Half the values are letters and single spaces with at most
             * one other piece: tidy, or untidy in one place only. */
            bool plain = testutil_random(&state) % 2;
            unsigned odd = (unsigned)(testutil_random(&state) % 40);
            for (unsigned p = (unsigned)(testutil_random(&state) % 40); p > 0; p--) {
                static const size_t plain_pieces[] = {0, 1, 2, 13};
                size_t i = plain && p != odd ? plain_pieces[testutil_random(&state) % 4]
                                             : (size_t)(testutil_random(&state) % (sizeof pieces / sizeof pieces[0]));
                put(&doc, pieces[i].xml, strlen(pieces[i].xml));
                put(&text[k], pieces[i].text, strlen(pieces[i].text));
            }
            close_entry(&doc, "Description");
        }
        mss_whitelist *wl = close_and_load(&doc);
        for (unsigned k = 0; k < ENTRIES; k++) {
            const mss_whitelist_entry *e = entry(wl, k);
            reference_tidy(&text[k], &want);
            ck_assert_str_eq(mss_whitelist_entry_description(e), want.s);
        }
        mss_whitelist_free(wl);
    }
    free(doc.s);
    free(want.s);
    for (unsigned k = 0; k < ENTRIES; k++)
        free(text[k].s);
}
END_TEST

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The first CN, O and OU values of a DN into parts[0], [1] and [2], tidied. */
static void reference_dn(const buf *dn, buf parts[3])
{
    static const char *const keys[] = {"CN", "O", "OU"};
    buf raw[3] = {{0}};
    bool seen[3] = {false};
    const char *s = dn->s;
    size_t i = 0, n = dn->len;
    for (int k = 0; k < 3; k++)
        put(&raw[k], "", 0);
    while (i < n && !(seen[0] && seen[1] && seen[2])) {
        while (i < n && is_space(s[i]))
            i++;
        size_t name = i;
        while (i < n && s[i] != '=' && s[i] != ',')
            i++;
        size_t name_end = i;
        while (name_end > name && is_space(s[name_end - 1]))
            name_end--;
        int out = -1;
        if (i < n && s[i] == '=') {
            for (int k = 0; k < 3 && out < 0; k++)
                if (!seen[k] && name_end - name == strlen(keys[k]) && strncasecmp(s + name, keys[k], name_end - name) == 0) {
                    seen[k] = true;
                    out = k;
                }
            i++;
        }
        for (; i < n && s[i] != ','; i++) {
            if (s[i] == '\\' && i + 1 < n)
                i++;
            if (out >= 0)
                put(&raw[out], s + i, 1);
        }
        i++;
    }
    for (int k = 0; k < 3; k++) {
        reference_tidy(&raw[k], &parts[k]);
        free(raw[k].s);
    }
}

static void put_piece(buf *doc, buf *text, const char *xml, const char *value)
{
    put(doc, xml, strlen(xml));
    put(text, value, strlen(value));
}

/* A DN of one to six attributes: a name (known, in another case, padded,
 * unknown), mostly an '=', and a value of drawn pieces. */
static void draw_dn(uint64_t *state, buf *doc, buf *text)
{
    static const char *const names[] = {"CN", "cn", "O", "o", "OU", "Ou", " CN ", "\tO", "ST", "C", "OUX", "", "C N"};
    static const struct {
        const char *xml, *text;
    } values[] = {
        {"a", "a"}, {"GIP MIPIH", "GIP MIPIH"}, {" ", " "}, {"  ", "  "}, {"\t", "\t"}, {"\\,", "\\,"},
        {"\\\\", "\\\\"}, {"\\ ", "\\ "}, {"x=y", "x=y"}, {"\xC2\xA0", "\xC2\xA0"}, {"&amp;", "&"},
        {"\r\n", "\n"}, {"\xC3\xA9", "\xC3\xA9"}, {"318310021300028", "318310021300028"},
    };
    for (unsigned a = 0, n = 1 + (unsigned)(testutil_random(state) % 6); a < n; a++) {
        if (a > 0)
            put_piece(doc, text, a % 3 ? "," : ", ", a % 3 ? "," : ", ");
        const char *name = names[testutil_random(state) % (sizeof names / sizeof names[0])];
        put_piece(doc, text, name, name);
        if (testutil_random(state) % 10)
            put_piece(doc, text, "=", "=");
        for (unsigned p = (unsigned)(testutil_random(state) % 6); p > 0; p--) {
            size_t i = (size_t)(testutil_random(state) % (sizeof values / sizeof values[0]));
            put_piece(doc, text, values[i].xml, values[i].text);
        }
    }
    if (testutil_random(state) % 8 == 0)
        put_piece(doc, text, "\\", "\\");
}

START_TEST(dn_attributes_agree_with_the_reference)
{
    uint64_t state = 0x8EBC6AF09C88C6E3u + (uint64_t)_i;
    unsigned docs = getenv("MSS_UNDER_VALGRIND") ? DOCS / 10 : DOCS;
    buf doc = {0}, dn[ENTRIES] = {{0}}, want[3] = {{0}};
    for (unsigned n = 0; n < docs; n++) {
        open_list(&doc);
        for (unsigned k = 0; k < ENTRIES; k++) {
            open_entry(&doc, k, "DNCertificatOperateur", &dn[k]);
            draw_dn(&state, &doc, &dn[k]);
            close_entry(&doc, "DNCertificatOperateur");
        }
        mss_whitelist *wl = close_and_load(&doc);
        for (unsigned k = 0; k < ENTRIES; k++) {
            const mss_whitelist_entry *e = entry(wl, k);
            ck_assert_uint_eq(mss_whitelist_entry_operator_count(e), dn[k].len > 0);
            if (dn[k].len == 0)
                continue; /* no certificate, no operator */
            const char *organisation = NULL, *operator_id = NULL;
            ck_assert_int_eq(mss_whitelist_entry_operator(e, 0, &organisation, &operator_id), MSS_OK);
            reference_dn(&dn[k], want);
            ck_assert_str_eq(mss_whitelist_entry_operator_server(e, 0), want[0].s);
            ck_assert_str_eq(organisation, want[1].s);
            ck_assert_str_eq(operator_id, want[2].s);
        }
        mss_whitelist_free(wl);
    }
    free(doc.s);
    for (unsigned k = 0; k < ENTRIES; k++)
        free(dn[k].s);
    for (int k = 0; k < 3; k++)
        free(want[k].s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist_tidy");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, tidy_agrees_with_the_reference, 0, 4);
    tcase_add_loop_test(tc, dn_attributes_agree_with_the_reference, 0, 4);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
