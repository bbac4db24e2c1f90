/* Thread stress test (issue 8): eight threads share one loaded whitelist and
 * one set of enrolment rules and make a million mixed calls (identifiers,
 * domains, addresses, suggestions, transitions, records, whitelist lookups
 * and suggestions), each answer compared with the one computed beforehand on
 * a single thread. Each thread also builds and frees private handles, so
 * hidden shared state in constructors shows up too. Run under
 * ThreadSanitizer in CI (scripts/ci-hardening.sh).
 *
 * The whitelist is the real 2025 list when ../shared is present, a generated
 * one otherwise. MSS_STRESS_CALLS sets the number of calls (default one
 * million; 20000 under valgrind, where MSS_UNDER_VALGRIND is set). */
#include <medimail/mssconf.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define THREADS 8
#define DEFAULT_CALLS 1000000UL
#define VALGRIND_CALLS 20000UL
#define GENERATED_DOMAINS 3000

enum call_kind { CALL_ID, CALL_DOMAIN, CALL_ADDRESS, CALL_SUGGEST, CALL_TRANSITION, CALL_RECORD,
                 CALL_LOOKUP, CALL_KINDS };

/* One call with fixed arguments; `expected` is its single-threaded answer. */
typedef struct stress_case {
    enum call_kind kind;
    int a, b;            /* id kind / mailbox type / status, event / homonym */
    unsigned bits;       /* facts or record flags */
    const char *s1, *s2, *s3;
    uint64_t expected;
} stress_case;

typedef struct shared_state {
    const mss_whitelist *wl;
    const mss_enrol_rules *rules;
    const stress_case *cases;
    size_t ncases;
    unsigned long calls_per_thread;
} shared_state;

typedef struct thread_job {
    const shared_state *shared;
    unsigned seed;
    unsigned long mismatches;
    unsigned long private_failures;
    size_t first_mismatch;
} thread_job;

/* --- inputs ------------------------------------------------------------- */

static const char *const id_values[] = {
    "123456782", "123 456 782", "123456783", "12345678200010", "123.456.782-00010",
    "35600000012345", "35600000000048", "340781236", "2A0001236", "2a0001236", "34078123",
    "000000000", "971001232", "10000123454", "10000123454017", "341234565", "2B1234567",
    "810000123454", "0341234565", "10dupont.jean@pro.oc.mssante.fr", "1340781236",
    "312345678200010", "5340781236", "034123456501", "", "12\xff", "12\x01" "3", "abc",
    "99999999999999999999999999", "\xc2\xa0" "123456782",
};

static const char *const domains[] = {
    "pro.oc.mssante.fr", "ehpad.oc.mssante.fr", "PRO.OC.MSSANTE.FR", "oc.mssante.fr",
    "x.oc.mssante.fr", "medecin.mssante.fr", "inconnu.mssante.fr", "mssante.apicrypt.org",
    "h\xc3\xb4pital-exemple.fr", "xn--hpital-exemple-0ob.fr", "example.com", "localhost",
    "a..b.fr", "-a.fr", "exemple.fr.", "192.168.0.1", "pro.oc.msante.fr", "ehpad.oc.mssante.fe",
    "domaine0042.mssante.fr", "domaine0042.msante.fr", "\xff.fr", "",
};

static const char *const addresses[] = {
    "dupont.jean@pro.oc.mssante.fr", "Dupont.Jean@PRO.OC.MSSANTE.FR", "noreply@oc.mssante.fr",
    "secretariat@ehpad.oc.mssante.fr", "mon.service@medecin.mssante.fr",
    "nom.prenom@mastructure.fr", "nom.prenom@inconnu.mssante.fr", "a@b@c.fr",
    "\"quoted\"@oc.mssante.fr", ".a@oc.mssante.fr", "a..b@oc.mssante.fr", "@oc.mssante.fr",
    "a@", "jean(c)@oc.mssante.fr", "a@[127.0.0.1]", "j\xc3\xa9r\xc3\xb4me@exemple.fr",
    "nom@h\xc3\xb4pital-exemple.fr", "root@localhost", "martin.anne@domaine0042.mssante.fr",
    "x+y@oc.mssante.fr", "", "no-at-sign",
};

static const char *const last_names[] = {"Dupont", "Le Gall", "N'Diaye", "\xc3\x89quipe de nuit",
                                         "M\xc3\xbcller", "\xc5\x92uvre", "123", ""};
static const char *const first_names[] = {"Jean", "\xc3\x89lodie-Marie", "", "J\xc3\xbcrgen"};

static const char *const statuses[] = {"PREINSCRIT", "a valider", "Valid\xc3\xa9", "(aucun)", "x"};
static const char *const candidates[][4] = {
    {"nom.prenom@service.chu-exemple.fr", "31000", "10", "lib\xc3\xa9ral"},
    {"nom.prenom@autre.fr", "75001", "60", "salari\xc3\xa9"},
    {"no-at-sign", "3100", "", ""},
};

/* Records: type|address|person id type|person id|idnat_ps|struct type|struct id|last|first|notif|resp */
static const char *const records[] = {
    "PER|dupont.jean@pro.oc.mssante.fr|8|10000123454|810000123454|||Dupont|Jean|jean.dupont@exemple.fr|",
    "PER|martin.anne@pro.oc.mssante.fr|0|341234565|0341234565|||Martin|Anne||",
    "ORG|secretariat@oc.mssante.fr|||||1|340781236|Secretariat|||dupont.jean@oc.mssante.fr",
    "APP|noreply@oc.mssante.fr|||||3|12345678200010|DPI|||",
    "INT|a.b@exemple.fr|8|10000123454||||B|A||",
    "CAB|cabinet.martin@medecin.mssante.fr|8|10000123454|810000123454|||Martin|Paul||",
    "XYZ|@@|9|abc|x|9|-|||x@localhost|y",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* --- one call and its digest ------------------------------------------- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    return (h ^ v) * 0x100000001b3ull;
}

static uint64_t mix_str(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = mix(h, (unsigned char)*s);
    return mix(h, 0xff);
}

static uint64_t mix_result(uint64_t h, int rc, const mss_result *r)
{
    h = mix(h, (uint64_t)(int64_t)rc);
    h = mix(h, r->count);
    for (unsigned i = 0; i < r->count; i++) {
        h = mix(h, (uint64_t)(int64_t)r->issues[i].code);
        h = mix(h, r->issues[i].offset);
        h = mix(h, r->issues[i].field);
    }
    return h;
}

/* Split "a|b|c" into fields (at most max, the rest ""), in buf. */
static void split_record(const char *line, char *buf, size_t buflen, const char **f, size_t max)
{
    snprintf(buf, buflen, "%s", line);
    for (size_t i = 0; i < max; i++)
        f[i] = "";
    char *p = buf;
    for (size_t i = 0; i < max && p; i++) {
        f[i] = p;
        p = strchr(p, '|');
        if (p)
            *p++ = '\0';
    }
}

static uint64_t call_record(const stress_case *c, const mss_whitelist *wl)
{
    char buf[512];
    const char *f[MSS_RECORD_FIELD_COUNT];
    split_record(c->s1, buf, sizeof buf, f, MSS_RECORD_FIELD_COUNT);
    mss_record rec = {f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10]};
    mss_result r;
    int rc = mss_record_check(&rec, (c->bits & 2) ? wl : NULL, c->bits & 1, &r);
    return mix_result(0xcbf29ce484222325ull, rc, &r);
}

static uint64_t call_transition(const stress_case *c, const shared_state *st)
{
    const char *const *cand = candidates[c->bits % COUNT(candidates)];
    mss_enrol_candidate candidate = {cand[0], cand[1], cand[2], cand[3]};
    const time_t day = 86400, now = 1700000000;
    mss_account_facts facts = {
        .password_set = c->bits & 1,
        .info_confirmed = c->bits & 2,
        .cgu_accepted = c->bits & 4,
        .bal_type = (c->bits & 8) ? MSS_BAL_ORG : MSS_BAL_PER,
        .responsible_account_exists = c->bits & 16,
        .enrol_rules = (c->bits & 32) ? st->rules : NULL,
        .enrol_candidate = &candidate,
        .last_auth = now - (time_t)((c->bits >> 6) % 4) * 120 * day,
        .warned_at = (c->bits & 256) ? now - 40 * day : 0,
        .now = now,
    };
    mss_account_status next = MSS_STATUS_NONE;
    mss_result r;
    int rc = mss_account_next((mss_account_status)c->a, (mss_account_event)c->b, &facts, &next, &r);
    uint64_t h = mix(mix_result(0xcbf29ce484222325ull, rc, &r), (uint64_t)next);
    mss_account_status parsed = MSS_STATUS_NONE;
    rc = mss_account_status_parse(c->s1, &parsed, &r);
    return mix(mix_result(h, rc, &r), (uint64_t)parsed);
}

static uint64_t call_lookup(const stress_case *c, const mss_whitelist *wl)
{
    const mss_whitelist_entry *near[4];
    size_t n = mss_whitelist_suggest(wl, c->s1, near, 4);
    uint64_t h = mix(0xcbf29ce484222325ull, n);
    for (size_t i = 0; i < n; i++)
        h = mix_str(h, mss_whitelist_entry_domain(near[i]));
    const mss_whitelist_entry *e = mss_whitelist_lookup(wl, c->s1);
    h = mix_str(h, e ? mss_whitelist_entry_domain(e) : "-");
    if (e) {
        h = mix_str(h, mss_whitelist_entry_description(e));
        h = mix(h, mss_whitelist_entry_operator_count(e));
    }
    return h;
}

static uint64_t run_case(const stress_case *c, const shared_state *st)
{
    uint64_t h = 0xcbf29ce484222325ull;
    mss_result r;
    int rc;
    switch (c->kind) {
    case CALL_ID: {
        char out[MSS_ID_BUFSIZE] = "";
        rc = mss_id_check((mss_id_kind)c->a, c->s1, out, sizeof out, &r);
        h = mix_str(mix_result(h, rc, &r), out);
        char digit = 0;
        rc = mss_id_calc_check_digit((mss_id_kind)c->a, c->s1, &digit);
        return mix(mix(h, (uint64_t)(int64_t)rc), (unsigned char)digit);
    }
    case CALL_DOMAIN: {
        char out[MSS_DOMAIN_UNICODE_BUFSIZE] = "";
        rc = mss_domain_normalize(c->s1, out, MSS_DOMAIN_BUFSIZE, &r);
        h = mix_str(mix_result(h, rc, &r), out);
        mss_domain_class cls = mss_domain_classify(c->s1, (c->bits & 1) ? st->wl : NULL, &r);
        h = mix_result(mix(h, (uint64_t)(int64_t)cls), r.code, &r);
        rc = mss_domain_to_unicode(c->s1, out, sizeof out, &r);
        return mix_str(mix_result(h, rc, &r), rc == MSS_OK ? out : "");
    }
    case CALL_ADDRESS: {
        mss_address_parts parts;
        rc = mss_address_check(c->s1, (mss_bal_type)c->a, (c->bits & 1) ? st->wl : NULL, &parts, &r);
        h = mix_result(h, rc, &r);
        return rc == MSS_OK ? mix_str(mix_str(h, parts.address), parts.domain_unicode) : h;
    }
    case CALL_SUGGEST: {
        char out[MSS_ADDRESS_BUFSIZE] = "";
        rc = mss_address_suggest(c->s1, c->s2, c->s3, (mss_bal_type)c->a, (unsigned)c->b,
                                 (c->bits & 1) ? st->wl : NULL, out, sizeof out, &r);
        return mix_str(mix_result(h, rc, &r), rc == MSS_OK ? out : "");
    }
    case CALL_TRANSITION:
        return call_transition(c, st);
    case CALL_RECORD:
        return call_record(c, st->wl);
    case CALL_LOOKUP:
        return call_lookup(c, st->wl);
    case CALL_KINDS:
        break;
    }
    return 0;
}

/* --- building the cases ------------------------------------------------- */

static stress_case *build_cases(size_t *n)
{
    size_t cap = 8192, k = 0;
    stress_case *cs = calloc(cap, sizeof *cs);
    ck_assert_ptr_nonnull(cs);
#define ADD(...)                                                \
    do {                                                        \
        ck_assert_uint_lt(k, cap);                              \
        cs[k++] = (stress_case){__VA_ARGS__};                   \
    } while (0)
    for (int kind = 0; kind <= MSS_ID_ADDRESS; kind++)
        for (size_t i = 0; i < COUNT(id_values); i++)
            ADD(.kind = CALL_ID, .a = kind, .s1 = id_values[i]);
    for (size_t i = 0; i < COUNT(domains); i++)
        for (unsigned wl = 0; wl < 2; wl++) {
            ADD(.kind = CALL_DOMAIN, .bits = wl, .s1 = domains[i]);
            ADD(.kind = CALL_LOOKUP, .s1 = domains[i]);
        }
    for (int type = 0; type < MSS_BAL_TYPE_COUNT; type++)
        for (size_t i = 0; i < COUNT(addresses); i++)
            for (unsigned wl = 0; wl < 2; wl++)
                ADD(.kind = CALL_ADDRESS, .a = type, .bits = wl, .s1 = addresses[i]);
    for (int type = 0; type < MSS_BAL_TYPE_COUNT; type++)
        for (size_t l = 0; l < COUNT(last_names); l++)
            for (size_t f = 0; f < COUNT(first_names); f++)
                ADD(.kind = CALL_SUGGEST, .a = type, .b = (int)((l + f) % 3), .bits = (unsigned)l & 1,
                    .s1 = last_names[l], .s2 = first_names[f], .s3 = domains[(l + f + (size_t)type) % 6]);
    for (int s = 0; s < MSS_ACCOUNT_STATUS_COUNT; s++)
        for (int e = 0; e < MSS_ACCOUNT_EVENT_COUNT; e++)
            for (unsigned bits = 0; bits < 512; bits += 23)
                ADD(.kind = CALL_TRANSITION, .a = s, .b = e, .bits = bits,
                    .s1 = statuses[(bits + (unsigned)s) % COUNT(statuses)]);
    for (size_t i = 0; i < COUNT(records); i++)
        for (unsigned bits = 0; bits < 4; bits++)
            ADD(.kind = CALL_RECORD, .bits = bits, .s1 = records[i]);
#undef ADD
    *n = k;
    return cs;
}

/* --- the whitelist ------------------------------------------------------ */

static mss_whitelist *load_whitelist(void)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_ptr_nonnull(wl);
    const char *real = testutil_shared_path("data/listeblanchemssante-2025-03-13.xml");
    if (real) {
        mss_load_info info;
        ck_assert_int_eq(mss_whitelist_load_xml_file(wl, real, &info), MSS_OK);
        ck_assert_uint_gt(mss_whitelist_count(wl), 4000);
    }
    /* Generated domains too: with the real list they are simply more names. */
    size_t cap = GENERATED_DOMAINS * 32 + 256, len = 0;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    len += (size_t)snprintf(text + len, cap - len,
                            "pro.oc.mssante.fr\nehpad.oc.mssante.fr\nsocial.oc.mssante.fr\n"
                            "oc.mssante.fr\nmedecin.mssante.fr\nmssante.apicrypt.org\n");
    for (int i = 0; i < GENERATED_DOMAINS; i++)
        len += (size_t)snprintf(text + len, cap - len, "domaine%04d.mssante.fr\n", i);
    ck_assert_int_eq(mss_whitelist_load_text_buffer(wl, text, len, NULL), MSS_OK);
    free(text);
    return wl;
}

static mss_enrol_rules *make_rules(void)
{
    mss_enrol_rules *rules = mss_enrol_rules_new();
    ck_assert_ptr_nonnull(rules);
    ck_assert_int_eq(mss_enrol_rules_add_domain(rules, "chu-exemple.fr", MSS_ENROL_DOMAIN_WITH_SUBDOMAINS,
                                                NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_place(rules, "31", NULL), MSS_OK);
    ck_assert_int_eq(mss_enrol_rules_add_practice(rules, "Lib\xc3\xa9ral", NULL), MSS_OK);
    return rules;
}

/* --- the threads -------------------------------------------------------- */

/* Handles a thread builds for itself: constructors must share nothing. */
static bool private_handles_work(unsigned salt)
{
    mss_whitelist *wl = mss_whitelist_new();
    mss_enrol_rules *rules = mss_enrol_rules_new();
    char domain[64];
    snprintf(domain, sizeof domain, "prive%u.mssante.fr", salt % 1000);
    bool ok = wl && rules && mss_whitelist_add(wl, domain, NULL) == MSS_OK &&
              mss_whitelist_contains(wl, domain) && mss_whitelist_count(wl) == 1 &&
              mss_enrol_rules_add_domain(rules, domain, MSS_ENROL_DOMAIN_EXACT, NULL) == MSS_OK;
    mss_enrol_rules_free(rules);
    mss_whitelist_free(wl);
    return ok;
}

static void *worker(void *arg)
{
    thread_job *job = arg;
    const shared_state *st = job->shared;
    unsigned x = job->seed;
    for (unsigned long i = 0; i < st->calls_per_thread; i++) {
        x = x * 1103515245u + 12345u;
        size_t at = (x >> 8) % st->ncases;
        if (run_case(&st->cases[at], st) != st->cases[at].expected && job->mismatches++ == 0)
            job->first_mismatch = at;
        if (i % 4096 == 0 && !private_handles_work(x))
            job->private_failures++;
    }
    return NULL;
}

static unsigned long total_calls(void)
{
    const char *env = getenv("MSS_STRESS_CALLS");
    if (env && *env)
        return strtoul(env, NULL, 10);
    return getenv("MSS_UNDER_VALGRIND") ? VALGRIND_CALLS : DEFAULT_CALLS;
}

START_TEST(threads_agree_with_reference)
{
    mss_whitelist *wl = load_whitelist();
    mss_enrol_rules *rules = make_rules();
    size_t n;
    stress_case *cases = build_cases(&n);
    shared_state st = {wl, rules, cases, n, total_calls() / THREADS};
    for (size_t i = 0; i < n; i++)
        cases[i].expected = run_case(&cases[i], &st);
    /* The reference must be deterministic before threads can be compared to it. */
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(run_case(&cases[i], &st) == cases[i].expected, "case %zu not deterministic", i);

    pthread_t tid[THREADS];
    thread_job jobs[THREADS];
    for (unsigned t = 0; t < THREADS; t++) {
        jobs[t] = (thread_job){.shared = &st, .seed = 0x9e3779b9u * (t + 1)};
        ck_assert_int_eq(pthread_create(&tid[t], NULL, worker, &jobs[t]), 0);
    }
    unsigned long mismatches = 0, private_failures = 0;
    for (unsigned t = 0; t < THREADS; t++) {
        ck_assert_int_eq(pthread_join(tid[t], NULL), 0);
        mismatches += jobs[t].mismatches;
        private_failures += jobs[t].private_failures;
        if (jobs[t].mismatches)
            fprintf(stderr, "# thread %u: %lu mismatches, first on case %zu (kind %d, \"%s\")\n", t,
                    jobs[t].mismatches, jobs[t].first_mismatch, (int)cases[jobs[t].first_mismatch].kind,
                    cases[jobs[t].first_mismatch].s1);
    }
    ck_assert_uint_eq(mismatches, 0);
    ck_assert_uint_eq(private_failures, 0);
    free(cases);
    mss_enrol_rules_free(rules);
    mss_whitelist_free(wl);
}
END_TEST

START_TEST(cases_cover_every_kind_of_call)
{
    size_t n;
    stress_case *cases = build_cases(&n);
    bool seen[CALL_KINDS] = {false};
    for (size_t i = 0; i < n; i++)
        seen[cases[i].kind] = true;
    for (int k = 0; k < CALL_KINDS; k++)
        ck_assert_msg(seen[k], "no case of kind %d", k);
    free(cases);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("stress");
    tcase_set_timeout(tc, 1800);
    tcase_add_test(tc, cases_cover_every_kind_of_call);
    tcase_add_test(tc, threads_agree_with_reference);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
