/* Every identifier entry point: the generic check, compact, format, key
 * computation, the IdNat splitters, the kind parser and the per-kind
 * wrappers. The first byte picks the kind (sometimes out of range, as a
 * binding may pass) and the output buffer size; the rest is the identifier.
 * Invariants: no truncated output, a valid identifier's compact form is
 * valid and stable, a computed key makes a valid identifier, and the per-kind
 * wrappers agree with the generic check. */
#include <medimail/ids.h>

#include "fuzz_util.h"

typedef int (*validate_fn)(const char *, char *, size_t);
typedef bool (*is_valid_fn)(const char *);

/* Per-kind wrappers, indexed by mss_id_kind; kinds without them are NULL. */
static const struct {
    validate_fn validate;
    is_valid_fn is_valid;
} wrappers[] = {
    [MSS_ID_SIREN] = {mss_siren_validate, mss_siren_is_valid},
    [MSS_ID_SIRET] = {mss_siret_validate, mss_siret_is_valid},
    [MSS_ID_FINESS] = {mss_finess_validate, mss_finess_is_valid},
    [MSS_ID_RPPS] = {mss_rpps_validate, mss_rpps_is_valid},
    [MSS_ID_RPPS_RANG] = {mss_rpps_rang_validate, mss_rpps_rang_is_valid},
    [MSS_ID_ADELI] = {mss_adeli_validate, mss_adeli_is_valid},
    [MSS_ID_IDNAT_PS] = {mss_idnat_ps_validate, mss_idnat_ps_is_valid},
    [MSS_ID_IDNAT_STRUCT] = {mss_idnat_struct_validate, mss_idnat_struct_is_valid},
};

static void check_output(int rc, const char *out, size_t outlen)
{
    if (rc == MSS_OK && outlen > 0)
        FUZZ_ASSERT(memchr(out, '\0', outlen) != NULL);
}

static void check_valid_identifier(mss_id_kind kind, const char *compact)
{
    char again[MSS_ID_BUFSIZE];
    mss_result r;
    int rc = mss_id_check(kind, compact, again, sizeof again, &r);
    FUZZ_ASSERT(rc == MSS_OK);
    FUZZ_ASSERT(strcmp(again, compact) == 0);
    char shown[MSS_ID_BUFSIZE];
    FUZZ_ASSERT(mss_id_format(kind, compact, shown, sizeof shown) == MSS_OK);
}

static void check_key(mss_id_kind kind, const char *in)
{
    char digit = '\0';
    if (mss_id_calc_check_digit(kind, in, &digit) != MSS_OK)
        return;
    char compact[MSS_ID_BUFSIZE];
    FUZZ_ASSERT(mss_id_compact(kind, in, compact, sizeof compact) == MSS_OK);
    size_t n = strlen(compact);
    FUZZ_ASSERT(n + 1 < sizeof compact);
    compact[n] = digit;
    compact[n + 1] = '\0';
    FUZZ_ASSERT(mss_id_is_valid(kind, compact));
}

static void check_idnat(const char *in, size_t len)
{
    mss_idnat id;
    mss_result r;
    int rc = mss_idnat_ps_parse(in, &id, &r);
    fuzz_check_result(rc, &r, len);
    FUZZ_ASSERT((rc == MSS_OK) == mss_idnat_ps_is_valid(in));
    if (rc == MSS_OK)
        FUZZ_ASSERT(memchr(id.inner, '\0', sizeof id.inner) != NULL);
    rc = mss_idnat_struct_parse(in, &id, &r);
    fuzz_check_result(rc, &r, len);
    FUZZ_ASSERT((rc == MSS_OK) == mss_idnat_struct_is_valid(in));
    FUZZ_ASSERT(mss_idnat_ps_parse(in, NULL, NULL) == MSS_ERR_NULL_ARGUMENT);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    /* Low 4 bits: the kind (10..15 are out of range); high 4: output size. */
    mss_id_kind kind = (mss_id_kind)(data[0] & 0x0f);
    size_t outlen = (data[0] >> 4) == 0x0f ? MSS_ID_BUFSIZE : (size_t)(data[0] >> 4) * 2;
    char *in = fuzz_cstring(data + 1, size - 1);
    size_t len = size - 1;

    char out[MSS_ID_BUFSIZE];
    mss_result r;
    int rc = mss_id_check(kind, in, outlen ? out : NULL, outlen, &r);
    fuzz_check_result(rc, &r, len);
    check_output(rc, out, outlen);
    if (rc != MSS_ERR_BUFFER_TOO_SMALL)
        FUZZ_ASSERT(mss_id_is_valid(kind, in) == (rc == MSS_OK));
    if (mss_id_check(kind, in, out, sizeof out, NULL) == MSS_OK)
        check_valid_identifier(kind, out);

    rc = mss_id_compact(kind, in, outlen ? out : NULL, outlen);
    FUZZ_ASSERT(rc <= 0 && mss_error_is_known(rc));
    check_output(rc, out, outlen);
    rc = mss_id_format(kind, in, outlen ? out : NULL, outlen);
    FUZZ_ASSERT(rc <= 0 && mss_error_is_known(rc));
    check_output(rc, out, outlen);
    check_key(kind, in);

    if ((size_t)kind < sizeof wrappers / sizeof wrappers[0] && wrappers[kind].validate) {
        int generic = mss_id_check(kind, in, out, sizeof out, NULL);
        FUZZ_ASSERT(wrappers[kind].validate(in, out, sizeof out) == generic);
        FUZZ_ASSERT(wrappers[kind].is_valid(in) == (generic == MSS_OK));
    }
    check_idnat(in, len);

    mss_id_kind parsed;
    if (mss_id_kind_parse(in, &parsed) == MSS_OK)
        FUZZ_ASSERT(mss_id_kind_name(parsed) != NULL);
    (void)mss_id_kind_name(kind);
    free(in);
    return 0;
}
