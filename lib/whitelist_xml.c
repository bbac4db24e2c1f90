/* The ANS whitelist XML, parsed with expat as a stream. A DOCTYPE is
 * refused outright: the real list has none, and refusing it shuts out
 * entity expansion (billion laughs) and external entities in one stroke.
 *
 * Namespaces. The document is parsed first without expat's namespace
 * processing, which costs a twentieth of the load: names then come as
 * written. Without a prefix, and with no xmlns but the list's own, the
 * namespace parser sees the same document (names in the list's namespace
 * or in none, which local_name treats alike). Anything else (a ':' in the
 * name of an element, attribute or processing instruction, another xmlns,
 * a DOCTYPE, an XML error other than the input ending inside the root)
 * and the parse starts over with namespace processing. Up to that point
 * both parsers report the same events, so the second one goes over as
 * many start and end tags as the first one handled without loading them
 * again (live_after; counted, not compared by byte offset: the end of an
 * empty element is reported where the next tag starts). What is refused
 * or accepted, and where, is what the namespace parser alone gives. */
#include <expat.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "domain_internal.h"
#include "whitelist_internal.h"
#include "whitelist_xml.h"

#define LIST_NAMESPACE "https://listeblanche.mssante.fr/schema"
#define NS_SEPARATOR ' '

enum {
    NEEDS_NAMESPACES = INT_MIN, /* the plain parse gives way; never returned */
    MAX_DEPTH = 16,         /* the list is four deep; more is not a whitelist */
    FIELD_MAX = 64 * 1024,  /* longest field kept (real ones are < 200 octets) */
    READ_CHUNK = 64 * 1024, /* file read size */
};

typedef enum {
    F_NOM, F_DESCRIPTION, F_DN, F_DATEMAJ, F_GENERATED, /* element text */
    F_SERVER, F_ORGANISATION, F_OPERATOR_ID,           /* parts of the DN */
    F_COUNT
} field_id;

typedef struct text {
    char *s;
    size_t len, cap;
} text;

typedef struct place {
    XML_Index offset; /* in bytes, or -1 when line and column are set */
    unsigned long line, column;
} place;

typedef struct loader {
    XML_Parser parser;
    bool namespaces;          /* expat's namespace processing is on */
    unsigned long tags;       /* start and end tags handled so far */
    unsigned long live_after; /* how many of them the plain parse loaded */
    mssi_wl_builder *b;
    mss_load_info *info;
    int error;
    unsigned depth;
    bool root_seen, in_list, list_seen, list_closed, in_domaine;
    int capture;            /* field whose text is being read, or -1 */
    unsigned capture_depth; /* depth of its element: text of children counts too */
    text fields[F_COUNT];
    const char *doc;  /* the whole document, parsed in one call */
    bool utf8;        /* so its line and column can be counted from a byte offset */
    place nom;        /* where the entry's Nom (or the Domaine) starts */
    place counted;    /* the last position counted (resolved) */
} loader;

/* Where the parser is. expat's line and column cost a scan of the input
 * from the last place they were asked for (the whole list, asked once per
 * entry: a fifth of the load); for a UTF-8 document the byte offset is
 * kept, and lines and columns are counted only when a note or an error
 * needs them. */
static place here(const loader *l)
{
    place p = {.offset = XML_GetCurrentByteIndex(l->parser)};
    if (!l->utf8 || p.offset < 0) {
        p.offset = -1;
        p.line = (unsigned long)XML_GetCurrentLineNumber(l->parser);
        p.column = (unsigned long)XML_GetCurrentColumnNumber(l->parser) + 1;
    }
    return p;
}

/* LF in s[0..n). A byte-wide count per block of 240 octets (it cannot
 * wrap): compilers turn the inner loop into vector compares, four times
 * cheaper than one memchr call per line. */
static size_t count_lf(const char *s, size_t n)
{
    enum { BLOCK = 240 };
    size_t count = 0, i = 0;
    for (; i + BLOCK <= n; i += BLOCK) {
        unsigned char k = 0;
        for (size_t j = 0; j < BLOCK; j++)
            k += s[i + j] == '\n';
        count += k;
    }
    for (; i < n; i++)
        count += s[i] == '\n';
    return count;
}

/* Counted as expat counts: CR, LF and CR LF end a line, a character is one
 * column whatever its length (the bytes before the offset are valid UTF-8,
 * expat has read them); byte by byte only where the text holds a CR.
 * Positions are asked in document order, so the count goes on from the
 * last one (from the start for an earlier one). It does not go on from
 * right after a CR: an LF there would make one line end with it. */
static place resolved(loader *l, place p)
{
    if (p.offset < 0)
        return p;
    place from = l->counted.line && l->counted.offset <= p.offset ? l->counted : (place){0, 1, 1};
    const char *s = l->doc + from.offset, *end = l->doc + p.offset, *line_start = NULL;
    p.line = from.line;
    if (memchr(s, '\r', (size_t)(end - s))) {
        for (const char *c = s; c < end; c++)
            if (*c == '\n' || (*c == '\r' && !(c + 1 < end && c[1] == '\n'))) {
                p.line++;
                line_start = c + 1;
            }
    } else {
        size_t ends = count_lf(s, (size_t)(end - s));
        p.line += ends;
        if (ends > 0)
            for (line_start = end; line_start[-1] != '\n'; line_start--)
                ;
    }
    p.column = line_start ? 1 : from.column;
    for (const char *c = line_start ? line_start : s; c < end; c++)
        p.column += ((unsigned char)*c & 0xC0) != 0x80;
    if (p.offset == 0 || l->doc[p.offset - 1] != '\r')
        l->counted = p;
    return p;
}

static int fail_here(loader *l, int code)
{
    place p = resolved(l, here(l));
    return mssi_load_error(l->info, code, p.line, p.column);
}

static void stop(loader *l, int code)
{
    if (l->error)
        return;
    l->error = fail_here(l, code);
    XML_StopParser(l->parser, XML_FALSE);
}

/* The plain parse meets what only namespace processing reads right. */
static void start_over(loader *l)
{
    l->error = NEEDS_NAMESPACES;
    XML_StopParser(l->parser, XML_FALSE);
}

/* Whether the tag being handled is to be loaded: not one the plain parse
 * loaded already. */
static bool live(const loader *l)
{
    return l->tags > l->live_after;
}

static int append(text *t, const char *s, size_t n)
{
    if (n == 0)
        return MSS_OK; /* t->s may still be NULL: no pointer arithmetic on it */
    if (n > FIELD_MAX - t->len)
        return MSS_ERR_WHITELIST_TOO_LARGE;
    if (t->len + n > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < t->len + n)
            cap *= 2;
        char *p = realloc(t->s, cap);
        if (!p)
            return MSS_ERR_NO_MEMORY;
        t->s = p;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    return MSS_OK;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* 0x80 in each byte of w that is zero, nothing elsewhere (no borrow
 * crosses bytes). */
static uint64_t zero_bytes(uint64_t w)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu;
    return ~(((w & low7) + low7) | w | low7);
}

/* Eight bytes with no control, no 0xC2 (maybe a no-break space) and no
 * two spaces in a row (in either byte order: the test is symmetric). A
 * control is found as a borrow out of a byte under 0x20, which only such a
 * byte starts; 0xC2 is looked for only when a byte has its high bit. */
static bool tidy_word(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
    uint64_t controls = (w - ones * ' ') & ~w & high;
    uint64_t spaces = zero_bytes(w ^ (ones * ' '));
    if (controls | (spaces & (spaces >> 8)))
        return false;
    return !(w & high) || !zero_bytes(w ^ (ones * 0xC2));
}

/* A control, a newline, two spaces or maybe a no-break space at s[i]; s[i]
 * is not the last byte when it is a space. */
static bool untidy_at(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    return (c <= ' ' && (c != ' ' || s[i + 1] == ' ')) || c == 0xC2;
}

/* Most values are tidy already: one read-only pass, eight bytes at a time
 * (two spaces across words are looked for apart), the last eight
 * overlapping the word before; byte by byte under eight. */
static bool tidy_already(const text *t)
{
    const char *s = t->s;
    size_t n = t->len;
    if (n == 0)
        return true;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return false;
    if (n < 8) {
        for (size_t i = 0; i < n; i++)
            if (untidy_at(s, i))
                return false;
        return true;
    }
    bool space_before = false;
    size_t i = 0;
    uint64_t w;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        if (!tidy_word(w) || (space_before && s[i] == ' '))
            return false;
        space_before = s[i + 7] == ' ';
    }
    memcpy(&w, s + n - 8, 8);
    return i == n || tidy_word(w);
}

/* Collapse runs of white space, no-break spaces (U+00A0) included, to one
 * space and trim both ends: real descriptions and contacts carry newlines
 * and trailing spaces. */
static void tidy(text *t)
{
    if (tidy_already(t))
        return;
    size_t out = 0;
    bool pending_space = false;
    for (size_t i = 0; i < t->len; i++) {
        unsigned char c = (unsigned char)t->s[i];
        bool nbsp = c == 0xC2 && i + 1 < t->len && (unsigned char)t->s[i + 1] == 0xA0;
        if (is_space(c) || nbsp) {
            pending_space = out > 0;
            i += nbsp;
            continue;
        }
        if (pending_space)
            t->s[out++] = ' ';
        pending_space = false;
        t->s[out++] = (char)c;
    }
    t->len = out;
}

/* Whether s[0..n) is key (upper-case ASCII letters) in either case, the
 * locale having no say. */
static bool key_is(const char *s, size_t n, const char *key, size_t len)
{
    if (n != len)
        return false;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xDF) != (unsigned char)key[i])
            return false;
    return true;
}

/* The values of the first CN, O and OU attributes of a distinguished name
 * such as "CN=host,OU=318310021300028,O=GIP MIPIH,ST=...,C=FR" (RFC 4514
 * escapes undone), into fields[F_SERVER], [F_ORGANISATION] and
 * [F_OPERATOR_ID], in one pass. Absent: the field stays empty. */
static int dn_attributes(const text *dn, text *fields)
{
    static const struct {
        const char *key;
        size_t len;
        field_id field;
    } keys[] = {{"CN", 2, F_SERVER}, {"O", 1, F_ORGANISATION}, {"OU", 2, F_OPERATOR_ID}};
    enum { NKEYS = sizeof keys / sizeof keys[0] };
    bool seen[NKEYS] = {false};
    unsigned missing = NKEYS;
    for (size_t k = 0; k < NKEYS; k++)
        fields[keys[k].field].len = 0;
    size_t i = 0;
    while (i < dn->len && missing > 0) {
        while (i < dn->len && is_space((unsigned char)dn->s[i]))
            i++;
        size_t name = i;
        while (i < dn->len && dn->s[i] != '=' && dn->s[i] != ',')
            i++;
        size_t name_end = i;
        while (name_end > name && is_space((unsigned char)dn->s[name_end - 1]))
            name_end--;
        text *out = NULL;
        if (i < dn->len && dn->s[i] == '=') {
            for (size_t k = 0; k < NKEYS && !out; k++)
                if (!seen[k] && key_is(dn->s + name, name_end - name, keys[k].key, keys[k].len)) {
                    seen[k] = true;
                    missing--;
                    out = &fields[keys[k].field];
                }
            i++;
        }
        /* The value, up to a ',' that is not escaped, is copied in runs; an
         * escape ends one and its character starts the next. */
        size_t run = i;
        while (i < dn->len) {
            const char *comma = memchr(dn->s + i, ',', dn->len - i);
            size_t end = comma ? (size_t)(comma - dn->s) : dn->len;
            const char *escape = memchr(dn->s + i, '\\', end - i);
            if (!escape || (size_t)(escape - dn->s) + 1 == dn->len) {
                i = end;
                break;
            }
            size_t at = (size_t)(escape - dn->s);
            int rc = out ? append(out, dn->s + run, at - run) : MSS_OK;
            if (rc != MSS_OK)
                return rc;
            run = at + 1;
            i = at + 2;
        }
        if (out) {
            int rc = append(out, dn->s + run, i - run);
            if (rc != MSS_OK)
                return rc;
            tidy(out);
        }
        i++;
    }
    return MSS_OK;
}

static const char *local_name(const XML_Char *name)
{
    static const char prefix[] = LIST_NAMESPACE " ";
    if (strncmp(name, prefix, sizeof prefix - 1) == 0)
        return name + sizeof prefix - 1;
    return strchr(name, NS_SEPARATOR) ? NULL : name;
}

/* Whether the namespace parser reads these attributes as the plain one
 * does: no prefix, and no xmlns but the list's own (wherever it is, the
 * names stay in the list's namespace or in none). */
static bool read_alike(const XML_Char **attributes)
{
    for (; *attributes; attributes += 2)
        if (strchr(attributes[0], ':') ||
            (strcmp(attributes[0], "xmlns") == 0 && strcmp(attributes[1], LIST_NAMESPACE) != 0))
            return false;
    return true;
}

/* The names looked for (three octets or more) differ from one another in
 * their first two: most names that are not the one expected go no
 * further. */
static bool named(const char *local, const char *expected)
{
    return local && local[0] == expected[0] && local[1] == expected[1] && strcmp(local + 2, expected + 2) == 0;
}

static void XMLCALL on_text(void *data, const XML_Char *s, int len);

/* expat reports text only while a handler is set: the indentation and the
 * fields not kept (contacts) then cost no call. */
static void capture(loader *l, field_id f)
{
    l->fields[f].len = 0;
    l->capture = (int)f;
    l->capture_depth = l->depth;
    XML_SetCharacterDataHandler(l->parser, on_text);
    if (f == F_NOM)
        l->nom = here(l);
}

static void begin_domaine(loader *l)
{
    for (int f = 0; f < F_COUNT; f++)
        if (f != F_GENERATED)
            l->fields[f].len = 0;
    l->in_domaine = true;
    l->nom = here(l);
    l->info->entries += live(l);
}

/* What an element the loader meets at depth is: a field to read (a
 * field_id), or one of these. */
enum { E_OTHER = -1, E_ROOT = -2, E_LIST = -3, E_DOMAINE = -4 };

static int element_kind(const loader *l, unsigned depth, const char *local)
{
    static const struct {
        const char *name;
        field_id field;
    } fields[] = {{"Nom", F_NOM}, {"Description", F_DESCRIPTION}, {"DNCertificatOperateur", F_DN}, {"DateMAJ", F_DATEMAJ}};
    switch (depth) {
    case 1:
        return named(local, "ListeBlancheMSSante") ? E_ROOT : E_OTHER;
    case 2:
        return named(local, "DateDeGeneration") ? F_GENERATED : named(local, "ListeDomaines") ? E_LIST : E_OTHER;
    case 3:
        return l->in_list && named(local, "Domaine") ? E_DOMAINE : E_OTHER;
    case 4:
        for (size_t i = 0; l->in_domaine && i < sizeof fields / sizeof fields[0]; i++)
            if (named(local, fields[i].name))
                return (int)fields[i].field;
        return E_OTHER;
    default:
        return E_OTHER;
    }
}

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attributes)
{
    loader *l = data;
    if (l->error)
        return;
    const char *local = l->namespaces ? local_name(name) : name;
    unsigned depth = l->depth + 1;
    int kind = element_kind(l, depth, local);
    /* A name the loader knows holds no ':'. */
    if (!l->namespaces && ((kind == E_OTHER && strchr(name, ':')) || !read_alike(attributes))) {
        start_over(l);
        return;
    }
    l->tags++;
    l->depth = depth;
    if (depth > MAX_DEPTH || (depth == 1 && kind != E_ROOT)) {
        stop(l, MSS_ERR_WHITELIST_NOT_WHITELIST);
        return;
    }
    l->root_seen = true;
    if (kind >= 0)
        capture(l, (field_id)kind);
    else if (kind == E_LIST)
        l->in_list = l->list_seen = true;
    else if (kind == E_DOMAINE)
        begin_domaine(l);
}

static void end_domaine(loader *l)
{
    if (!live(l))
        return;
    text *f = l->fields;
    tidy(&f[F_NOM]);
    char d[MSS_DOMAIN_BUFSIZE];
    size_t n;
    if (mssi_domain_normalize(f[F_NOM].s, f[F_NOM].len, d, &n, NULL) != MSS_OK) {
        l->info->skipped++;
        place at = resolved(l, l->nom);
        mssi_load_note(l->info, MSS_WARN_WHITELIST_ENTRY_SKIPPED, at.line, at.column, f[F_NOM].s, f[F_NOM].len);
        return;
    }
    tidy(&f[F_DESCRIPTION]);
    tidy(&f[F_DATEMAJ]);
    int rc = dn_attributes(&f[F_DN], f);
    mssi_wl_listing listing = {
        .description = f[F_DESCRIPTION].s, .description_len = f[F_DESCRIPTION].len,
        .updated = f[F_DATEMAJ].s,         .updated_len = f[F_DATEMAJ].len,
        .server = f[F_SERVER].s,           .server_len = f[F_SERVER].len,
        .organisation = f[F_ORGANISATION].s, .organisation_len = f[F_ORGANISATION].len,
        .operator_id = f[F_OPERATOR_ID].s, .operator_id_len = f[F_OPERATOR_ID].len,
        .has_operator = f[F_DN].len > 0,
    };
    bool is_new = false;
    if (rc == MSS_OK)
        rc = mssi_wlb_add(l->b, d, n, &listing, &is_new);
    if (rc != MSS_OK)
        stop(l, rc);
    l->info->added += is_new;
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    loader *l = data;
    (void)name;
    if (l->error)
        return;
    l->tags++;
    if (l->capture >= 0 && l->depth == l->capture_depth) {
        if (l->capture == F_GENERATED && live(l)) {
            tidy(&l->fields[F_GENERATED]);
            int rc = mssi_wlb_set_generated(l->b, l->fields[F_GENERATED].s, l->fields[F_GENERATED].len);
            if (rc != MSS_OK)
                stop(l, rc);
        }
        l->capture = -1;
        XML_SetCharacterDataHandler(l->parser, NULL);
    }
    if (l->depth == 3 && l->in_domaine) {
        l->in_domaine = false;
        end_domaine(l);
    } else if (l->depth == 2 && l->in_list) {
        l->in_list = false;
        l->list_closed = true;
    }
    l->depth--;
}

static void XMLCALL on_text(void *data, const XML_Char *s, int len)
{
    loader *l = data;
    if (l->error)
        return;
    int rc = append(&l->fields[l->capture], s, (size_t)len);
    if (rc != MSS_OK)
        stop(l, rc);
}

static void XMLCALL on_doctype(void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
                               int has_internal_subset)
{
    loader *l = data;
    (void)name;
    (void)sysid;
    (void)pubid;
    (void)has_internal_subset;
    if (l->error)
        return;
    if (l->namespaces)
        stop(l, MSS_ERR_WHITELIST_ENTITY);
    else
        start_over(l);
}

/* Set on the plain parser only. */
static void XMLCALL on_processing_instruction(void *data, const XML_Char *target, const XML_Char *pi_data)
{
    loader *l = data;
    (void)pi_data;
    if (!l->error && strchr(target, ':'))
        start_over(l);
}

static void XMLCALL on_entity(void *data, const XML_Char *name, int parameter, const XML_Char *value, int len,
                              const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid,
                              const XML_Char *notation)
{
    (void)name;
    (void)parameter;
    (void)value;
    (void)len;
    (void)base;
    (void)sysid;
    (void)pubid;
    (void)notation;
    stop(data, MSS_ERR_WHITELIST_ENTITY);
}

static int XMLCALL on_external_entity(XML_Parser parser, const XML_Char *context, const XML_Char *base,
                                      const XML_Char *sysid, const XML_Char *pubid)
{
    (void)context;
    (void)base;
    (void)sysid;
    (void)pubid;
    stop(XML_GetUserData(parser), MSS_ERR_WHITELIST_ENTITY);
    return XML_STATUS_ERROR;
}

static void XMLCALL on_xml_decl(void *data, const XML_Char *version, const XML_Char *encoding, int standalone)
{
    loader *l = data;
    (void)version;
    (void)standalone;
    if (encoding && strcasecmp(encoding, "UTF-8") != 0)
        l->utf8 = false;
}

/* UTF-8 unless a byte order mark or a NUL byte says UTF-16, or the XML
 * declaration names another encoding (on_xml_decl). */
static bool starts_as_utf8(const char *doc, size_t len)
{
    const unsigned char *d = (const unsigned char *)doc;
    return d[0] != 0 && d[0] != 0xFE && d[0] != 0xFF && (len < 2 || d[1] != 0);
}

static int loader_init(loader *l, mssi_wl_builder *b, mss_load_info *info, bool namespaces)
{
    memset(l, 0, sizeof *l);
    l->b = b;
    l->info = info;
    l->capture = -1;
    l->namespaces = namespaces;
    l->parser = namespaces ? XML_ParserCreateNS(NULL, NS_SEPARATOR) : XML_ParserCreate(NULL);
    if (!l->parser)
        return MSS_ERR_NO_MEMORY;
    XML_SetUserData(l->parser, l);
    if (!namespaces)
        XML_SetProcessingInstructionHandler(l->parser, on_processing_instruction);
    XML_SetXmlDeclHandler(l->parser, on_xml_decl);
    XML_SetElementHandler(l->parser, on_start, on_end);
    XML_SetStartDoctypeDeclHandler(l->parser, on_doctype);
    XML_SetEntityDeclHandler(l->parser, on_entity);
    XML_SetExternalEntityRefHandler(l->parser, on_external_entity);
    XML_SetParamEntityParsing(l->parser, XML_PARAM_ENTITY_PARSING_NEVER);
    return MSS_OK;
}

static void loader_free(loader *l)
{
    if (l->parser)
        XML_ParserFree(l->parser);
    for (int f = 0; f < F_COUNT; f++)
        free(l->fields[f].s);
}

/* Errors that mean the input stopped before the document did. */
static bool ended_early(enum XML_Error e)
{
    return e == XML_ERROR_NO_ELEMENTS || e == XML_ERROR_UNCLOSED_TOKEN || e == XML_ERROR_PARTIAL_CHAR ||
           e == XML_ERROR_UNCLOSED_CDATA_SECTION;
}

/* What the parse came to once expat is done. */
static int outcome(loader *l, enum XML_Status status)
{
    if (l->error)
        return l->error;
    if (status == XML_STATUS_OK)
        return l->list_seen ? MSS_OK : fail_here(l, MSS_ERR_WHITELIST_NOT_WHITELIST);
    enum XML_Error e = XML_GetErrorCode(l->parser);
    if (!l->namespaces && (e != XML_ERROR_NO_ELEMENTS || !l->root_seen)) {
        /* The error may lie in a name the namespace parser reads otherwise
         * (an entity reference, an end tag, a DOCTYPE cut short); the end
         * of the input inside the root element cannot. */
        return NEEDS_NAMESPACES;
    }
    if (e == XML_ERROR_NO_ELEMENTS && l->list_closed) {
        /* Both published copies lost their closing tag with the signature. */
        place at = resolved(l, here(l));
        mssi_load_note(l->info, MSS_WARN_WHITELIST_UNCLOSED_ROOT, at.line, at.column, "ListeBlancheMSSante", 19);
        return MSS_OK;
    }
    if (e == XML_ERROR_NO_ELEMENTS && !l->root_seen)
        return fail_here(l, MSS_ERR_EMPTY);
    return fail_here(l, ended_early(e) && l->root_seen ? MSS_ERR_WHITELIST_TRUNCATED : MSS_ERR_WHITELIST_XML);
}

/* The document the loader counts positions in (len > 0). */
static void begin_document(loader *l, const char *doc, size_t len)
{
    l->doc = doc;
    l->utf8 = starts_as_utf8(doc, len);
}

/* The document again, with namespace processing, after the plain parse
 * gave way: what it loaded before that point is not loaded twice. */
static int parse_with_namespaces(const loader *plain, const char *doc, size_t len)
{
    loader l;
    int rc = loader_init(&l, plain->b, plain->info, true);
    if (rc == MSS_OK) {
        l.live_after = plain->tags;
        begin_document(&l, doc, len);
        rc = outcome(&l, XML_Parse(l.parser, doc, (int)len, XML_TRUE));
    }
    loader_free(&l);
    return rc;
}

/* The whole document in one final XML_Parse call: expat then never
 * brings its position up to date on its own (it does at the end of every
 * buffer that is not the last). */
static int parse_document(mssi_wl_builder *b, const char *data, size_t len, mss_load_info *info, bool namespaces)
{
    if (len == 0)
        return mssi_load_error(info, MSS_ERR_EMPTY, 0, 0);
    if (len > MSS_WHITELIST_MAX_SIZE)
        return mssi_load_error(info, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
    loader l;
    int rc = loader_init(&l, b, info, namespaces);
    if (rc == MSS_OK) {
        begin_document(&l, data, len);
        rc = outcome(&l, XML_Parse(l.parser, data, (int)len, XML_TRUE));
        if (rc == NEEDS_NAMESPACES)
            rc = parse_with_namespaces(&l, data, len);
    }
    loader_free(&l);
    return rc;
}

static int parse_buffer(mssi_wl_builder *b, const char *data, size_t len, mss_load_info *info)
{
    return parse_document(b, data, len, info, false);
}

static int parse_buffer_with_namespaces(mssi_wl_builder *b, const char *data, size_t len, mss_load_info *info)
{
    return parse_document(b, data, len, info, true);
}

/* A stream of unknown size (a pipe) read whole (at most
 * MSS_WHITELIST_MAX_SIZE), then parsed as a buffer. */
static int parse_unsized(mssi_wl_builder *b, FILE *f, mss_load_info *info)
{
    text file = {0};
    int rc = MSS_OK;
    for (size_t n = READ_CHUNK; rc == MSS_OK && n == READ_CHUNK;) {
        if (file.cap - file.len < READ_CHUNK) {
            size_t cap = file.cap ? file.cap * 2 : 4 * READ_CHUNK;
            char *p = realloc(file.s, cap);
            if (!p) {
                rc = MSS_ERR_NO_MEMORY;
                break;
            }
            file.s = p;
            file.cap = cap;
        }
        n = fread(file.s + file.len, 1, READ_CHUNK, f);
        file.len += n;
        if (ferror(f))
            rc = mssi_load_error(info, MSS_ERR_IO, 0, 0);
        else if (file.len > MSS_WHITELIST_MAX_SIZE)
            rc = mssi_load_error(info, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
    }
    if (rc == MSS_OK)
        rc = parse_buffer(b, file.s, file.len, info);
    free(file.s);
    return rc;
}

/* A regular file is read straight into expat's buffer: one copy of it in
 * memory, not two. One byte more than its size is asked for: a file that
 * grew meanwhile is read again as a stream. */
static int parse_stream(mssi_wl_builder *b, FILE *f, mss_load_info *info)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode))
        return parse_unsized(b, f, info);
    if (st.st_size > (off_t)MSS_WHITELIST_MAX_SIZE)
        return mssi_load_error(info, MSS_ERR_WHITELIST_TOO_LARGE, 0, 0);
    size_t size = (size_t)st.st_size, n = 0;
    loader l;
    int rc = loader_init(&l, b, info, false);
    char *buf = rc == MSS_OK ? XML_GetBuffer(l.parser, (int)size + 1) : NULL;
    if (rc == MSS_OK && !buf)
        rc = MSS_ERR_NO_MEMORY;
    if (rc == MSS_OK)
        n = fread(buf, 1, size + 1, f);
    if (rc == MSS_OK && n > size) {
        loader_free(&l);
        rewind(f);
        return parse_unsized(b, f, info);
    }
    if (rc == MSS_OK && ferror(f))
        rc = mssi_load_error(info, MSS_ERR_IO, 0, 0);
    else if (rc == MSS_OK && n == 0)
        rc = mssi_load_error(info, MSS_ERR_EMPTY, 0, 0);
    if (rc == MSS_OK) {
        begin_document(&l, buf, n);
        rc = outcome(&l, XML_ParseBuffer(l.parser, (int)n, XML_TRUE));
        if (rc == NEEDS_NAMESPACES)
            rc = parse_with_namespaces(&l, buf, n);
    }
    loader_free(&l);
    return rc;
}

int mss_whitelist_load_xml_buffer(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info)
{
    return mssi_load_buffer(wl, data, len, info, parse_buffer);
}

int mss_whitelist_load_xml_file(mss_whitelist *wl, const char *path, mss_load_info *info)
{
    return mssi_load_file(wl, path, info, parse_stream);
}

int mssi_whitelist_load_xml_namespaced(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info)
{
    return mssi_load_buffer(wl, data, len, info, parse_buffer_with_namespaces);
}
