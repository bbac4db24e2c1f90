/* Identifier checks: ns per is_valid call, valid inputs in compact form
 * (what a directory row holds), plus SIRET typed with spaces and SIRET with
 * a wrong key to show the slower paths. */
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define ID_TARGET_NS 20

typedef struct id_inputs {
    mss_id_kind kind;
    char values[BENCH_INPUTS][MSS_ID_BUFSIZE];
} id_inputs;

static unsigned long run_is_valid(const void *ctx, size_t n)
{
    const id_inputs *in = ctx;
    unsigned long ok = 0;
    for (size_t i = 0; i < n; i++)
        ok += mss_id_is_valid(in->kind, in->values[i & (BENCH_INPUTS - 1)]);
    return ok;
}

/* A department 01..95 other than 20 (FINESS and ADELI open with one). */
static void department(uint64_t *rng, char *out)
{
    unsigned d;
    do
        d = 1 + (unsigned)(bench_random(rng) % 95);
    while (d == 20);
    out[0] = (char)('0' + d / 10);
    out[1] = (char)('0' + d % 10);
}

void bench_valid_id(uint64_t *rng, mss_id_kind kind, char *out)
{
    size_t payload;
    switch (kind) {
    case MSS_ID_SIRET: /* a valid SIREN, then a NIC */
        bench_valid_id(rng, MSS_ID_SIREN, out);
        bench_digits(rng, out + 9, 4);
        payload = 13;
        break;
    case MSS_ID_FINESS:
        department(rng, out);
        out[2] = '0';
        bench_digits(rng, out + 3, 5);
        payload = 8;
        break;
    case MSS_ID_ADELI:
        department(rng, out);
        bench_digits(rng, out + 2, 6);
        payload = 8;
        break;
    case MSS_ID_RPPS:
        memcpy(out, "10", 2);
        bench_digits(rng, out + 2, 8);
        payload = 10;
        break;
    case MSS_ID_RPPS_RANG:
        bench_valid_id(rng, MSS_ID_RPPS, out);
        bench_digits(rng, out + 11, 2);
        payload = 13;
        break;
    default: /* SIREN */
        bench_digits(rng, out, 8);
        payload = 8;
        break;
    }
    out[payload] = '\0';
    if (mss_id_calc_check_digit(kind, out, &out[payload]) != MSS_OK) {
        fprintf(stderr, "bench: cannot compute a %s key for %s\n", mss_id_kind_name(kind), out);
        out[payload] = '0';
    }
    out[payload + 1] = '\0';
}

static void fill(id_inputs *in, mss_id_kind kind, uint64_t seed)
{
    uint64_t rng = seed;
    in->kind = kind;
    for (size_t i = 0; i < BENCH_INPUTS; i++)
        bench_valid_id(&rng, kind, in->values[i]);
}

/* IdNat_Struct as the extract spreads them: FINESS, SIREN and SIRET. */
static void fill_idnat_struct(id_inputs *in, uint64_t seed)
{
    static const mss_id_kind inner[] = { MSS_ID_FINESS, MSS_ID_SIREN, MSS_ID_SIRET };
    static const char prefix[] = "123";
    uint64_t rng = seed;
    in->kind = MSS_ID_IDNAT_STRUCT;
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        in->values[i][0] = prefix[i % 3];
        bench_valid_id(&rng, inner[i % 3], in->values[i] + 1);
    }
}

static void fill_idnat_ps(id_inputs *in, uint64_t seed)
{
    uint64_t rng = seed;
    in->kind = MSS_ID_IDNAT_PS;
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        bool rpps = i % 10 != 0; /* ADELI is the rare case */
        in->values[i][0] = rpps ? '8' : '0';
        bench_valid_id(&rng, rpps ? MSS_ID_RPPS : MSS_ID_ADELI, in->values[i] + 1);
    }
}

/* "732 829 320 00074": the separators a user types. */
static void spaced_siret(id_inputs *in)
{
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        char c[16];
        memcpy(c, in->values[i], 15);
        snprintf(in->values[i], MSS_ID_BUFSIZE, "%.3s %.3s %.3s %.5s", c, c + 3, c + 6, c + 9);
    }
}

static void wrong_key(id_inputs *in)
{
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        size_t last = strlen(in->values[i]) - 1;
        in->values[i][last] = (char)('0' + (in->values[i][last] - '0' + 1) % 10);
    }
}

void bench_ids(const bench_options *opt)
{
    static const struct {
        mss_id_kind kind;
        const char *name;
    } plain[] = {
        { MSS_ID_SIREN, "SIREN" },   { MSS_ID_SIRET, "SIRET" },
        { MSS_ID_FINESS, "FINESS" }, { MSS_ID_RPPS, "RPPS" },
        { MSS_ID_RPPS_RANG, "RPPS-rang" }, { MSS_ID_ADELI, "ADELI" },
    };
    static id_inputs in;
    char name[64];
    for (size_t k = 0; k < sizeof plain / sizeof plain[0]; k++) {
        fill(&in, plain[k].kind, 0x5EED + k);
        snprintf(name, sizeof name, "%s is_valid", plain[k].name);
        bench_case(opt, "identifiers", name, run_is_valid, &in, ID_TARGET_NS);
    }
    fill_idnat_ps(&in, 0x1D0);
    bench_case(opt, "identifiers", "IdNat_PS is_valid (8+RPPS, 0+ADELI)", run_is_valid, &in,
               ID_TARGET_NS);
    fill_idnat_struct(&in, 0x1D1);
    bench_case(opt, "identifiers", "IdNat_Struct is_valid (1/2/3 mix)", run_is_valid, &in,
               ID_TARGET_NS);
    fill(&in, MSS_ID_SIRET, 0x5E7);
    wrong_key(&in);
    bench_case(opt, "identifiers", "SIRET with a wrong key, is_valid", run_is_valid, &in, 0);
    fill(&in, MSS_ID_SIRET, 0x5E7);
    spaced_siret(&in);
    bench_case(opt, "identifiers", "SIRET with spaces, is_valid", run_is_valid, &in, 0);
}
