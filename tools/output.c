#include "output.h"

#include <string.h>
#include <unistr.h>

static char stdout_buffer[1 << 20];

void out_init(void)
{
    setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
}

static void separate(json *j)
{
    if (j->comma[j->depth])
        fputc(',', j->f);
    j->comma[j->depth] = true;
}

static void push(json *j, char open)
{
    fputc(open, j->f);
    if (j->depth + 1 < sizeof j->comma / sizeof j->comma[0])
        j->depth++;
    j->comma[j->depth] = false;
}

static void pop(json *j, char close)
{
    fputc(close, j->f);
    if (j->depth > 0)
        j->depth--;
}

void json_open(json *j, FILE *f)
{
    j->f = f;
    j->depth = 0;
    j->comma[0] = false;
    push(j, '{');
}

void json_close(json *j)
{
    pop(j, '}');
    fputc('\n', j->f);
}

void json_key(json *j, const char *key)
{
    separate(j);
    json_strn(j, key, strlen(key));
    fputc(':', j->f);
    /* The value that follows must not add a comma. */
    j->comma[j->depth] = false;
}

static void value(json *j)
{
    separate(j);
}

/* Length of the text at p that can be written as it is: printable ASCII
 * (but '"' and '\\' in JSON) and valid UTF-8 sequences. */
static size_t plain_run(const uint8_t *p, const uint8_t *end, bool json)
{
    const uint8_t *q = p;
    while (q < end) {
        ucs4_t uc;
        int len = *q >= 0x80 ? u8_mbtoucr(&uc, q, (size_t)(end - q)) : 1;
        bool plain = *q >= 0x80 ? len > 0 : *q >= 0x20 && *q < 0x7F && !(json && (*q == '"' || *q == '\\'));
        if (!plain)
            break;
        q += len;
    }
    return (size_t)(q - p);
}

/* Escapes what JSON requires; invalid UTF-8 becomes U+FFFD so the output
 * always parses, whatever the input file held. Plain text goes out in runs:
 * rows are printed by the hundred thousand. */
void json_strn(json *j, const char *s, size_t n)
{
    FILE *f = j->f;
    const uint8_t *p = (const uint8_t *)s, *end = p + n;
    putc('"', f);
    while (p < end) {
        size_t run = plain_run(p, end, true);
        fwrite(p, 1, run, f);
        p += run;
        if (p == end)
            break;
        uint8_t c = *p++;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c == '\r')
            fputs("\\r", f);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c >= 0x80)
            fputs("\\ufffd", f);
        else
            fprintf(f, "\\u%04x", c);
    }
    putc('"', f);
}

void json_str(json *j, const char *s)
{
    value(j);
    if (s)
        json_strn(j, s, strlen(s));
    else
        fputs("null", j->f);
}

void json_int(json *j, long long v)
{
    value(j);
    fprintf(j->f, "%lld", v);
}

void json_bool(json *j, bool b)
{
    value(j);
    fputs(b ? "true" : "false", j->f);
}

void json_null(json *j)
{
    value(j);
    fputs("null", j->f);
}

void json_obj(json *j)
{
    value(j);
    push(j, '{');
}

void json_obj_end(json *j)
{
    pop(j, '}');
}

void json_arr(json *j)
{
    value(j);
    push(j, '[');
}

void json_arr_end(json *j)
{
    pop(j, ']');
}

void json_kv_str(json *j, const char *key, const char *s)
{
    json_key(j, key);
    json_str(j, s);
}

void json_kv_strn(json *j, const char *key, const char *s, size_t n)
{
    json_key(j, key);
    value(j);
    json_strn(j, s, n);
}

void json_kv_int(json *j, const char *key, long long v)
{
    json_key(j, key);
    json_int(j, v);
}

void json_kv_bool(json *j, const char *key, bool b)
{
    json_key(j, key);
    json_bool(j, b);
}

static void json_issue(json *j, const cli *c, const mss_issue *is, column_name_fn column_name)
{
    json_obj(j);
    json_kv_int(j, "code", is->code);
    json_kv_str(j, "name", mss_error_name(is->code));
    json_kv_str(j, "message", mss_strerror_lang(is->code, c->lang));
    if (is->offset != MSS_NO_POSITION)
        json_kv_int(j, "offset", (long long)is->offset);
    if (is->field != MSS_NO_POSITION) {
        const char *name = column_name ? column_name(is->field) : NULL;
        json_kv_int(j, "column_index", (long long)is->field);
        if (name)
            json_kv_str(j, "column", name);
    }
    json_obj_end(j);
}

static void json_issues(json *j, const cli *c, const mss_result *res, column_name_fn column_name, int sign)
{
    json_arr(j);
    for (unsigned i = 0; i < res->count; i++)
        if ((res->issues[i].code < 0) == (sign < 0))
            json_issue(j, c, &res->issues[i], column_name);
    json_arr_end(j);
}

void out_json_result(json *j, const cli *c, const mss_result *res, column_name_fn column_name)
{
    json_kv_bool(j, "valid", res->code == MSS_OK);
    json_key(j, "error");
    const mss_issue *first = NULL;
    for (unsigned i = 0; i < res->count && !first; i++)
        if (res->issues[i].code == res->code)
            first = &res->issues[i];
    if (res->code == MSS_OK) {
        json_null(j);
    } else if (first) {
        json_issue(j, c, first, column_name);
    } else {
        mss_issue is = { res->code, res->offset, res->field };
        json_issue(j, c, &is, column_name);
    }
    json_key(j, "errors");
    json_issues(j, c, res, column_name, -1);
    json_key(j, "warnings");
    json_issues(j, c, res, column_name, 1);
}

void out_text(FILE *f, const char *s)
{
    const uint8_t *p = (const uint8_t *)s, *end = p + strlen(s);
    while (p < end) {
        size_t run = plain_run(p, end, false);
        fwrite(p, 1, run, f);
        p += run;
        if (p == end)
            break;
        /* A C0 control character or DEL, or an octet that is not UTF-8. */
        fputs(*p++ < 0x80 ? "?" : "\xEF\xBF\xBD", f);
    }
}

const char *out_verdict(const cli *c, const mss_result *res)
{
    if (res->code != MSS_OK)
        return TR(c, "INVALID", "INVALIDE");
    return mss_result_warning_count(res) ? TR(c, "valid*", "valide*") : TR(c, "valid", "valide");
}

void out_human_issues(FILE *f, const cli *c, const mss_result *res, column_name_fn column_name, const char *indent)
{
    for (unsigned i = 0; i < res->count; i++) {
        const mss_issue *is = &res->issues[i];
        const char *kind = is->code < 0 ? TR(c, "error", "erreur") : TR(c, "warning", "avertissement");
        fprintf(f, "%s%s%s %s (%s", indent, kind, COLON(c), mss_strerror_lang(is->code, c->lang),
                mss_error_name(is->code));
        const char *name = is->field != MSS_NO_POSITION && column_name ? column_name(is->field) : NULL;
        if (name && c->lang == MSS_LANG_FR)
            fprintf(f, ", colonne « %s »", name);
        else if (name)
            fprintf(f, ", column \"%s\"", name);
        if (is->offset != MSS_NO_POSITION)
            fprintf(f, ", %s %zu", TR(c, "offset", "position"), is->offset);
        fputs(")\n", f);
    }
    if (res->dropped)
        fprintf(f, "%s%s%s %u\n", indent, TR(c, "further problems not shown", "autres problèmes non affichés"),
                COLON(c), res->dropped);
}

void out_suggest(out_suggestions *s, const cli *c, const char *domain, bool wanted)
{
    s->count = wanted ? mss_whitelist_suggest(c->wl, domain, s->entries, OUT_MAX_SUGGESTIONS) : 0;
}

void out_json_suggestions(json *j, const out_suggestions *s)
{
    json_key(j, "suggestions");
    json_arr(j);
    for (size_t i = 0; i < s->count; i++)
        json_str(j, mss_whitelist_entry_domain(s->entries[i]));
    json_arr_end(j);
}

void out_human_suggestions(const cli *c, const out_suggestions *s)
{
    for (size_t i = 0; i < s->count; i++)
        printf("         %s %s\n", TR(c, "did you mean", "vouliez-vous dire"),
               mss_whitelist_entry_domain(s->entries[i]));
}
