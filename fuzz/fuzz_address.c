/* Address entry points: syntax check, check per mailbox type with and
 * without a whitelist, the type parser, and the conventional address built
 * from names. Byte 0: the type (low 3 bits; 6 and 7 are out of range), the
 * whitelist (bit 3), the output size (high nibble). The rest is the address;
 * split on '|' it is also "last name|first name|domain" for the suggestion.
 * Invariants: valid means is_valid, a checked address's normalised form is
 * itself valid and stable, and a suggested address is valid for its type. */
#include <medimail/address.h>

#include "fixture_whitelist.h"

static void check_parts(const mss_address_parts *p)
{
    FUZZ_ASSERT(strlen(p->address) <= MSS_ADDRESS_MAX);
    FUZZ_ASSERT(strlen(p->local) <= MSS_LOCAL_MAX);
    FUZZ_ASSERT(strlen(p->domain) <= MSS_DOMAIN_MAX);
    FUZZ_ASSERT(memchr(p->domain_unicode, '\0', sizeof p->domain_unicode) != NULL);
    mss_address_parts again;
    FUZZ_ASSERT(mss_address_check_syntax(p->address, &again, NULL) == MSS_OK);
    FUZZ_ASSERT(strcmp(again.address, p->address) == 0);
}

static void check_suggestion(const uint8_t *data, size_t size, mss_bal_type type,
                             const mss_whitelist *wl, size_t outlen)
{
    const char *f[3];
    char *copy = fuzz_split(data, size, '|', f, 3);
    char out[MSS_ADDRESS_BUFSIZE];
    mss_result r;
    unsigned homonym = size ? data[size - 1] % (MSS_HOMONYM_MAX + 3) : 0;
    int rc = mss_address_suggest(f[0], f[1], f[2], type, homonym, wl, outlen ? out : NULL, outlen, &r);
    FUZZ_ASSERT(rc <= 0 && mss_error_is_known(rc) && r.code == rc);
    if (rc == MSS_OK) {
        FUZZ_ASSERT(homonym <= MSS_HOMONYM_MAX);
        FUZZ_ASSERT(memchr(out, '\0', outlen) != NULL);
        FUZZ_ASSERT(mss_address_is_valid(out, type, wl));
    }
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    mss_bal_type type = (mss_bal_type)(data[0] & 7);
    const mss_whitelist *wl = (data[0] & 8) ? fixture_whitelist() : NULL;
    size_t outlen = (data[0] >> 4) == 0x0f ? MSS_ADDRESS_BUFSIZE : (size_t)(data[0] >> 4) * 4;
    char *in = fuzz_cstring(data + 1, size - 1);
    size_t len = size - 1;

    mss_address_parts parts;
    mss_result r;
    int rc = mss_address_check_syntax(in, &parts, &r);
    fuzz_check_result(rc, &r, len);
    if (rc == MSS_OK)
        check_parts(&parts);

    rc = mss_address_check(in, type, wl, &parts, &r);
    fuzz_check_result(rc, &r, len);
    FUZZ_ASSERT(mss_address_is_valid(in, type, wl) == (rc == MSS_OK));
    if (rc == MSS_OK) {
        FUZZ_ASSERT((unsigned)type < MSS_BAL_TYPE_COUNT);
        check_parts(&parts);
        FUZZ_ASSERT(mss_address_is_valid(parts.address, type, wl));
    }
    FUZZ_ASSERT(mss_address_check_syntax(in, NULL, NULL) <= 0);
    FUZZ_ASSERT(mss_address_check(in, type, wl, NULL, NULL) <= 0);

    mss_bal_type parsed;
    if (mss_bal_type_parse(in, &parsed) == MSS_OK) {
        FUZZ_ASSERT((unsigned)parsed < MSS_BAL_TYPE_COUNT);
        FUZZ_ASSERT(mss_bal_type_code(parsed) != NULL);
    }
    (void)mss_bal_type_code(type);
    (void)mss_bal_type_label_fr(type);
    (void)mss_bal_type_name(type, (mss_lang)(data[0] >> 7));
    (void)mss_bal_type_description(type, (mss_lang)(data[0] >> 6));
    (void)mss_bal_type_needs_mssante_domain(type);
    (void)mss_bal_type_is_nominative(type);

    check_suggestion(data + 1, len, type, wl, outlen);
    free(in);
    return 0;
}
