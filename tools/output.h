/* JSON and human output of check results. */
#ifndef MSSCONF_OUTPUT_H
#define MSSCONF_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

#include "cli.h"

/* A streaming JSON writer: commas and escaping handled, one object per line. */
typedef struct json {
    FILE *f;
    unsigned depth;
    bool comma[16]; /* a value was written at this depth */
} json;

void json_open(json *j, FILE *f);           /* starts a top-level object */
void json_close(json *j);                   /* ends it with a newline */
void json_key(json *j, const char *key);
void json_str(json *j, const char *s);      /* NULL writes null */
void json_strn(json *j, const char *s, size_t n);
void json_int(json *j, long long v);
void json_bool(json *j, bool b);
void json_null(json *j);
void json_obj(json *j);                     /* { as a value */
void json_obj_end(json *j);
void json_arr(json *j);                     /* [ as a value */
void json_arr_end(json *j);

void json_kv_str(json *j, const char *key, const char *s);
void json_kv_strn(json *j, const char *key, const char *s, size_t n);
void json_kv_int(json *j, const char *key, long long v);
void json_kv_bool(json *j, const char *key, bool b);

/* Name of the field/column an issue points to, or NULL. */
typedef const char *(*column_name_fn)(size_t field);

/* "valid", "error" (first error or null), "errors" and "warnings". */
void out_json_result(json *j, const cli *c, const mss_result *res, column_name_fn column_name);

/* One line per issue on f, each prefixed with indent: "error: message (NAME, column X, offset N)". */
void out_human_issues(FILE *f, const cli *c, const mss_result *res, column_name_fn column_name, const char *indent);

/* Print text for a terminal on f: control characters as '?', invalid UTF-8 as U+FFFD. */
void out_text(FILE *f, const char *s);

/* "valid"/"INVALID" word for a result, in the current language. */
const char *out_verdict(const cli *c, const mss_result *res);

/* Listed domains close to an unlisted one, offered as "did you mean". */
#define OUT_MAX_SUGGESTIONS 3
typedef struct out_suggestions {
    const mss_whitelist_entry *entries[OUT_MAX_SUGGESTIONS];
    size_t count;
} out_suggestions;

/* Fill s with the closest listed domains when wanted, else leave it empty. */
void out_suggest(out_suggestions *s, const cli *c, const char *domain, bool wanted);

/* The "suggestions" array of a JSON object. */
void out_json_suggestions(json *j, const out_suggestions *s);

/* One "did you mean" line per suggestion on stdout. */
void out_human_suggestions(const cli *c, const out_suggestions *s);

/* Large output buffer on stdout: rows are printed by the hundred thousand. */
void out_init(void);

#endif
