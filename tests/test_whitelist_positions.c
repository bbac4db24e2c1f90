/* Lines and columns of the whitelist XML loader against expat's own. The
 * loader counts them itself from a byte offset in UTF-8 documents
 * (lib/whitelist_xml.c); a plain expat parser that asks for its position at
 * every Nom, and at the error, is the reference. Documents are drawn with
 * LF, CR LF and CR line ends, a byte order mark or not, two- to four-byte
 * characters before the tags, Latin-1 ones, skipped entries, and cut at
 * random places (truncated, unclosed root, broken tags). */
#include <expat.h>
#include <medimail/mssconf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"

#define NS "https://listeblanche.mssante.fr/schema"
#define DOCS 400
#define MAX_SKIPPED 64

typedef struct doc {
    char *s;
    size_t len, cap;
} doc;

typedef struct reference {
    XML_Parser parser;
    unsigned long line[MAX_SKIPPED], column[MAX_SKIPPED];
    size_t n;
    bool in_nom;
} reference;

static void put(doc *d, const char *s)
{
    size_t n = strlen(s);
    if (d->len + n + 1 > d->cap) {
        d->cap = (d->len + n + 1) * 2;
        d->s = realloc(d->s, d->cap);
        ck_assert_ptr_nonnull(d->s);
    }
    memcpy(d->s + d->len, s, n + 1);
    d->len += n;
}

static void line_end(doc *d, uint64_t *state)
{
    static const char *const ends[] = {"\n", "\r\n", "\r", "\n", "\n\n"};
    put(d, ends[testutil_random(state) % 5]);
}

/* Text that moves the column by other than its byte count. */
static void filler(doc *d, uint64_t *state, bool latin1)
{
    static const char *const utf8[] = {" ", "\t", "é", "€", "\xF0\x9D\x84\x9E", "a", "  "};
    static const char *const l1[] = {" ", "\t", "\xE9", "\xA0", "a"};
    for (unsigned k = testutil_random(state) % 4; k > 0; k--)
        put(d, latin1 ? l1[testutil_random(state) % 5] : utf8[testutil_random(state) % 7]);
}

/* Whether the k-th entry's Nom is skipped: made so, one in five. */
static bool skipped_entry(uint64_t seed, unsigned k)
{
    return (seed + k * 2654435761u) % 5 == 0;
}

static void build(doc *d, uint64_t *state, uint64_t seed, bool latin1, unsigned entries)
{
    d->len = 0;
    if (!latin1 && testutil_random(state) % 3 == 0)
        put(d, "\xEF\xBB\xBF");
    put(d, latin1 ? "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    line_end(d, state);
    put(d, "<ListeBlancheMSSante xmlns=\"" NS "\">");
    line_end(d, state);
    put(d, "<ListeDomaines>");
    for (unsigned k = 0; k < entries; k++) {
        line_end(d, state);
        filler(d, state, false);
        put(d, "<Domaine><Description>");
        filler(d, state, latin1);
        put(d, "</Description>");
        if (testutil_random(state) % 2)
            line_end(d, state);
        filler(d, state, false);
        char nom[64];
        snprintf(nom, sizeof nom, skipped_entry(seed, k) ? "<Nom>a%u@x.fr</Nom>" : "<Nom>d%u.mssante.fr</Nom>", k);
        put(d, nom);
        put(d, "</Domaine>");
    }
    line_end(d, state);
    put(d, "</ListeDomaines>");
    line_end(d, state);
    put(d, "</ListeBlancheMSSante>");
    line_end(d, state);
}

static void XMLCALL ref_start(void *data, const XML_Char *name, const XML_Char **attributes)
{
    reference *r = data;
    (void)attributes;
    r->in_nom = strcmp(name, NS " Nom") == 0;
    if (r->in_nom && r->n < MAX_SKIPPED) {
        r->line[r->n] = (unsigned long)XML_GetCurrentLineNumber(r->parser);
        r->column[r->n] = (unsigned long)XML_GetCurrentColumnNumber(r->parser) + 1;
    }
}

static void XMLCALL ref_end(void *data, const XML_Char *name)
{
    reference *r = data;
    (void)name;
    r->in_nom = false;
}

static void XMLCALL ref_text(void *data, const XML_Char *s, int len)
{
    reference *r = data;
    if (r->in_nom && memchr(s, '@', (size_t)len) && r->n < MAX_SKIPPED) {
        r->n++;
        r->in_nom = false;
    }
}

/* Compares the loader's notes and error position with the reference. */
static void same_positions(const doc *d, size_t len)
{
    reference r = {0};
    r.parser = XML_ParserCreateNS(NULL, ' ');
    ck_assert_ptr_nonnull(r.parser);
    XML_SetUserData(r.parser, &r);
    XML_SetElementHandler(r.parser, ref_start, ref_end);
    XML_SetCharacterDataHandler(r.parser, ref_text);
    enum XML_Status status = XML_Parse(r.parser, d->s, (int)len, XML_TRUE);
    unsigned long line = (unsigned long)XML_GetCurrentLineNumber(r.parser);
    unsigned long column = (unsigned long)XML_GetCurrentColumnNumber(r.parser) + 1;
    XML_ParserFree(r.parser);

    mss_whitelist *wl = mss_whitelist_new();
    mss_load_info info;
    int rc = mss_whitelist_load_xml_buffer(wl, d->s, len, &info);
    mss_whitelist_free(wl);
    size_t k = 0;
    for (size_t i = 0; i < info.nnotes; i++) {
        if (info.notes[i].code == MSS_WARN_WHITELIST_ENTRY_SKIPPED) {
            ck_assert_uint_lt(k, r.n);
            ck_assert_uint_eq(info.notes[i].line, r.line[k]);
            ck_assert_uint_eq(info.notes[i].column, r.column[k]);
            k++;
        } else if (info.notes[i].code == MSS_WARN_WHITELIST_UNCLOSED_ROOT) {
            ck_assert_int_ne(status, XML_STATUS_OK);
            ck_assert_uint_eq(info.notes[i].line, line);
            ck_assert_uint_eq(info.notes[i].column, column);
        }
    }
    if (rc == MSS_OK && info.nnotes < MSS_LOAD_MAX_NOTES)
        ck_assert_uint_eq(k, r.n);
    if (rc != MSS_OK && status != XML_STATUS_OK) {
        ck_assert_uint_eq(info.line, line);
        ck_assert_uint_eq(info.column, column);
    }
}

START_TEST(positions_agree_with_expat)
{
    uint64_t state = 0x9E3779B97F4A7C15u + (uint64_t)_i;
    unsigned docs = getenv("MSS_UNDER_VALGRIND") ? DOCS / 10 : DOCS;
    doc d = {0};
    for (unsigned n = 0; n < docs; n++) {
        uint64_t seed = testutil_random(&state);
        bool latin1 = n % 4 == 3;
        build(&d, &state, seed, latin1, 1 + (unsigned)(testutil_random(&state) % 12));
        same_positions(&d, d.len);
        /* Cut anywhere: truncated, unclosed root, broken tags. */
        size_t cut = (size_t)(testutil_random(&state) % d.len);
        same_positions(&d, cut ? cut : 1);
        /* A broken byte somewhere: an XML error at a known place. */
        size_t at = (size_t)(testutil_random(&state) % d.len);
        char saved = d.s[at];
        d.s[at] = '<';
        same_positions(&d, d.len);
        d.s[at] = saved;
    }
    free(d.s);
}
END_TEST

/* A pipe is read whole before it is parsed (a regular file goes straight
 * into expat's buffer): same list, same notes, same positions. */
START_TEST(pipe_loads_as_the_buffer)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fds[0]);
    if (access(path, R_OK) != 0) {
        close(fds[0]);
        close(fds[1]);
        return; /* no /proc: nothing to compare */
    }
    uint64_t state = 42;
    doc d = {0};
    build(&d, &state, 7, false, 12);
    ck_assert_uint_lt(d.len, 4096); /* fits in the pipe without a reader */
    ck_assert_int_eq(write(fds[1], d.s, d.len), (int)d.len);
    close(fds[1]);
    mss_whitelist *from_pipe = mss_whitelist_new(), *from_buffer = mss_whitelist_new();
    mss_load_info pi, bi;
    ck_assert_int_eq(mss_whitelist_load_xml_file(from_pipe, path, &pi), MSS_OK);
    ck_assert_int_eq(mss_whitelist_load_xml_buffer(from_buffer, d.s, d.len, &bi), MSS_OK);
    close(fds[0]);
    ck_assert_uint_eq(mss_whitelist_count(from_pipe), mss_whitelist_count(from_buffer));
    ck_assert_uint_gt(pi.nnotes, 0);
    ck_assert_uint_eq(pi.nnotes, bi.nnotes);
    for (size_t i = 0; i < pi.nnotes; i++) {
        ck_assert_int_eq(pi.notes[i].code, bi.notes[i].code);
        ck_assert_uint_eq(pi.notes[i].line, bi.notes[i].line);
        ck_assert_uint_eq(pi.notes[i].column, bi.notes[i].column);
    }
    mss_whitelist_free(from_pipe);
    mss_whitelist_free(from_buffer);
    free(d.s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("whitelist_positions");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, positions_agree_with_expat, 0, 4);
    tcase_add_test(tc, pipe_loads_as_the_buffer);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
