/* The Medimail guide's address conventions, checked with pcre2. They are
 * warnings: no ANS text fixes the local part's form. The patterns are
 * compiled (and JIT-compiled when pcre2 can) once per process and then only
 * read, which pcre2 allows from any number of threads. Each match borrows
 * its match data from a small stack arena, so a check allocates nothing. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "address_internal.h"
#include "bal_type.h"
#include "result.h"

/* nom.prenom as the guide writes it: words of letters, hyphens inside
 * compound names, at least one dot, an optional homonym number. */
static const char nominative_pattern[] =
    "^[a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)+(?:[.-]?[0-9]{1,2})?$";

/* A word naming a function, service or robot rather than a person, standing
 * alone between separators. */
static const char role_pattern[] =
    "(?:^|[._-])("
    "no-?reply|do-?not-?reply|ne-?pas-?repondre|nepasrepondre|"
    "secretariats?|secretaire|accueil|contacts?|admin|administrat(?:eur|rice|ion|if)|"
    "direction|directeur|directrice|services?|standard|infos?|informations?|support|"
    "equipes?|dpi|postmaster|webmaster|hostmaster|abuse|mailer-daemon|"
    "urgences?|cabinet|pharmacie|laboratoire|consultations?|courrier|facturation|test"
    ")(?:[._0-9-]|$)";

static pcre2_code *nominative_re;
static pcre2_code *role_re;
static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;

static pcre2_code *compile(const char *pattern)
{
    int err;
    PCRE2_SIZE where;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, 0, &err, &where, NULL);
    if (re)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* the interpreter serves if JIT cannot */
    return re;
}

static void compile_patterns(void)
{
    nominative_re = compile(nominative_pattern);
    role_re = compile(role_pattern);
}

typedef struct arena {
    unsigned char *buf;
    size_t size;
    size_t used;
} arena;

static void *arena_alloc(size_t n, void *data)
{
    arena *a = data;
    size_t need = (n + 15) & ~(size_t)15;
    if (need <= a->size - a->used) {
        void *p = a->buf + a->used;
        a->used += need;
        return p;
    }
    return malloc(n); /* the interpreter's frames, when JIT is unavailable */
}

static void arena_release(void *p, void *data)
{
    const arena *a = data;
    uintptr_t u = (uintptr_t)p, start = (uintptr_t)a->buf;
    if (u >= start && u < start + a->size)
        return;
    free(p);
}

/* Match data for a few matches, borrowed from a stack arena: pcre2 gets
 * its memory through the general context, which hands out the arena. */
typedef struct matcher {
    _Alignas(max_align_t) unsigned char buf[1024];
    arena mem;
    pcre2_general_context *gc;
    pcre2_match_data *md;
} matcher;

static void matcher_open(matcher *m)
{
    pthread_once(&patterns_once, compile_patterns);
    m->mem = (arena){m->buf, sizeof m->buf, 0};
    m->gc = pcre2_general_context_create(arena_alloc, arena_release, &m->mem);
    m->md = m->gc ? pcre2_match_data_create(2, m->gc) : NULL;
}

static void matcher_close(matcher *m)
{
    pcre2_match_data_free(m->md);
    pcre2_general_context_free(m->gc);
}

/* Offset of the first capture (or of the match) of re in s, or -1. */
static long match_at(matcher *m, const pcre2_code *re, const char *s)
{
    int pairs = re && m->md ? pcre2_match(re, (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, 0, m->md, NULL) : -1;
    if (pairs < 0)
        return -1;
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    return (long)(pairs > 1 && ov[2] != PCRE2_UNSET ? ov[2] : ov[0]);
}

bool mssi_local_is_nominative(const char *local)
{
    matcher m;
    matcher_open(&m);
    bool yes = match_at(&m, nominative_re, local) >= 0;
    matcher_close(&m);
    return yes;
}

void mssi_address_conventions(const char *local, mss_bal_type type, mss_result *res)
{
    const mssi_bal_type_info *info = mssi_bal_type_info_of(type);
    if (!info || !res)
        return;
    for (size_t i = 0; local[i]; i++) {
        unsigned char c = (unsigned char)local[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_')) {
            mssi_warn(res, MSS_WARN_ADDRESS_UNUSUAL_CHARACTER, i);
            break;
        }
    }
    if (!info->nominative)
        return;
    matcher m;
    matcher_open(&m);
    long role = info->role_is_suspect ? match_at(&m, role_re, local) : -1;
    if (role >= 0 || match_at(&m, nominative_re, local) < 0)
        mssi_warn(res, MSS_WARN_ADDRESS_NOT_NOMINATIVE, 0);
    if (role >= 0)
        mssi_warn(res, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL, (size_t)role);
    matcher_close(&m);
}
