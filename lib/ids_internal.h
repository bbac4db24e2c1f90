/* The identifier engine's internal pieces, shared by lib/id*.c and the
 * per-identifier rule files. Not installed.
 *
 * A check runs in four steps driven by a descriptor per kind (id_kinds.c):
 * compact (id_compact.c: separators dropped, characters checked), length,
 * layout (components such as departments or IdNat prefixes, which may check
 * an inner identifier with its own kind), and key. Every step works on the
 * compact form and reports indices into it; mssi_id_report() turns them into
 * byte offsets in the original input. */
#ifndef MSS_LIB_IDS_INTERNAL_H
#define MSS_LIB_IDS_INTERNAL_H

#include <medimail/ids.h>

/* Characters a kind may hold once compacted. */
typedef enum mssi_charset {
    MSSI_CHARS_DIGITS,  /* 0-9 */
    MSSI_CHARS_CORSICA, /* 0-9, A, B (a Corsican department 2A/2B somewhere inside) */
    MSSI_CHARS_ANY      /* taken verbatim (an address): its own check decides */
} mssi_charset;

/* When the input is taken as it is, without compaction: an MSSanté address
 * keeps its dots and hyphens. */
typedef enum mssi_verbatim {
    MSSI_VERBATIM_NEVER,
    MSSI_VERBATIM_WITH_AT, /* IdNat_PS: its "10" + address form holds an at-sign */
    MSSI_VERBATIM_ALWAYS   /* the address itself */
} mssi_verbatim;

/* The input being checked and where its findings go. */
typedef struct mssi_id_source {
    const char *in;    /* original input: offsets are reported into it */
    size_t inlen;
    bool verbatim;     /* the compact form IS the input (IdNat_PS address form) */
    mss_result *res;   /* NULL on the is_valid path: nothing is reported */
    mss_idnat *nat;    /* filled by the IdNat layouts when non-NULL */
} mssi_id_source;

/* A stretch of the compact form checked against one kind's rules. */
typedef struct mssi_id_span {
    const char *s;
    size_t len;
    size_t base;          /* index of s[0] in the whole compact form */
    mssi_charset chars;   /* what the compaction already guaranteed */
    const mssi_id_source *src;
} mssi_id_span;

/* Rules of one kind. */
typedef struct mssi_id_desc {
    const char *name;          /* canonical name, "rpps-rang" */
    unsigned char length;      /* exact compact length; 0: the layout decides */
    unsigned char max_length;  /* longest compact form worth scanning */
    unsigned char keyless_length; /* a length with its own error (8-char FINESS), or 0 */
    int keyless_code;
    mssi_charset chars;
    mssi_verbatim verbatim;
    /* components beyond characters and length; may warn; NULL if none */
    int (*layout)(const mssi_id_span *sp);
    /* verify the key; NULL when the kind has no key of its own */
    int (*check_key)(const mssi_id_span *sp);
    /* compute the key of payload[0..len) (length - 1 characters) */
    int (*compute_key)(const char *payload, size_t len, char *key);
    unsigned char groups[5];   /* display grouping, 0-terminated; {0}: compact */
} mssi_id_desc;

/* Descriptor of a kind, NULL when out of range. */
const mssi_id_desc *mssi_id_desc_of(mss_id_kind kind);

/* Compact in[0..inlen) into buf, keeping at most cap characters but counting
 * them all in *count. Reports the first bad character (control, invalid
 * UTF-8, anything outside the charset) into res with its offset. */
int mssi_id_compact_scan(const char *in, size_t inlen, mssi_charset chars, char *buf, size_t cap,
                         size_t *count, mss_result *res);

/* Byte offset in the original input of compact index i (the input length
 * when i is past the end). */
size_t mssi_id_original_offset(const mssi_id_source *src, size_t i);

/* Report code at index i of the span (error or warning); returns code. */
int mssi_id_report(const mssi_id_span *sp, int code, size_t i);

/* The part [from, from + len) of a span, with the same source. */
mssi_id_span mssi_id_subspan(const mssi_id_span *sp, size_t from, size_t len);

/* The fast path (id_fast.c): the length of in when it is a compact, all-digit
 * identifier of the kind that the engine would find valid without any
 * warning; 0 when the engine must decide. Fills nat (when non-NULL) as the
 * IdNat layouts do. */
size_t mssi_id_fast_valid(mss_id_kind kind, const char *in, mss_idnat *nat);

/* The kind after the prefix digit of an IdNat (kind MSS_ID_IDNAT_PS or
 * MSS_ID_IDNAT_STRUCT), for the prefixes the fast path takes;
 * MSS_ID_ADDRESS, which is never plain, otherwise. */
mss_id_kind mssi_id_fast_inner_kind(mss_id_kind kind, char prefix);

/* Length, layout and key of a span as the given kind. */
int mssi_id_check_span(mss_id_kind kind, const mssi_id_span *sp);

/* MSS_ERR_ID_INVALID_CHARACTER at the first non-digit of [from, to), or MSS_OK. */
int mssi_id_digits_only(const mssi_id_span *sp, size_t from, size_t to);

/* Common key rules. */
int mssi_id_key_luhn(const mssi_id_span *sp);
int mssi_id_compute_luhn(const char *payload, size_t len, char *key);

/* Department at the start of a FINESS or ADELI: 01-95 and 97/98, Corsica as
 * 2A/2B; a letter elsewhere than in second position is a bad character. */
int mssi_id_department(const mssi_id_span *sp, int error_code);

/* Per-identifier rules (finess.c, adeli.c, siret.c, rpps.c, idnat.c). */
int mssi_finess_layout(const mssi_id_span *sp);
int mssi_adeli_layout(const mssi_id_span *sp);
int mssi_adeli_key(const mssi_id_span *sp);
int mssi_adeli_compute_key(const char *payload, size_t len, char *key);
int mssi_adeli_rang_layout(const mssi_id_span *sp);
int mssi_siret_layout(const mssi_id_span *sp);
int mssi_siret_key(const mssi_id_span *sp);
int mssi_siret_compute_key(const char *payload, size_t len, char *key);
/* Whether the key of s (13 or 14 digits) is Luhn: all but La Poste's branches. */
bool mssi_siret_luhn_keyed(const char *s);
int mssi_rpps_layout(const mssi_id_span *sp);
int mssi_idnat_ps_layout(const mssi_id_span *sp);
int mssi_idnat_struct_layout(const mssi_id_span *sp);
int mssi_address_layout(const mssi_id_span *sp);

#endif
