/* Domain entry points: normalisation (C string and counted), Unicode form,
 * classification without a whitelist, generic and special-use tests, and the
 * structure-kind parser. The first byte picks the output buffer size; the
 * rest is the domain. Invariants: no truncated output, a normalised domain
 * is lowercase ASCII within the RFC limits and normalises to itself, and its
 * Unicode form normalises back to it. */
#include <medimail/domain.h>

#include <ctype.h>

#include "fuzz_util.h"

static void check_normalised(const char *ace)
{
    size_t n = strlen(ace);
    FUZZ_ASSERT(n > 0 && n <= MSS_DOMAIN_MAX);
    for (size_t i = 0; i < n; i++)
        FUZZ_ASSERT(ace[i] > 0 && !isupper((unsigned char)ace[i]));
    char again[MSS_DOMAIN_BUFSIZE];
    FUZZ_ASSERT(mss_domain_normalize(ace, again, sizeof again, NULL) == MSS_OK);
    FUZZ_ASSERT(strcmp(again, ace) == 0);

    char unicode[MSS_DOMAIN_UNICODE_BUFSIZE];
    mss_result r;
    int rc = mss_domain_to_unicode(ace, unicode, sizeof unicode, &r);
    fuzz_check_result(rc, &r, n);
    FUZZ_ASSERT(rc == MSS_OK);
    FUZZ_ASSERT(mss_domain_normalize(unicode, again, sizeof again, NULL) == MSS_OK);
    FUZZ_ASSERT(strcmp(again, ace) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    size_t outlen = data[0] >= 0x80 ? MSS_DOMAIN_BUFSIZE : data[0];
    const char *raw = (const char *)data + 1;
    size_t len = size - 1;
    char *in = fuzz_cstring(data + 1, len);

    char out[MSS_DOMAIN_UNICODE_BUFSIZE];
    mss_result r;
    int rc = mss_domain_normalize(in, outlen ? out : NULL, outlen, &r);
    fuzz_check_result(rc, &r, len);
    if (rc == MSS_OK) {
        FUZZ_ASSERT(memchr(out, '\0', outlen) != NULL);
        check_normalised(out);
    }

    char counted[MSS_DOMAIN_BUFSIZE];
    int rc_n = mss_domain_normalize_n(raw, len, counted, sizeof counted, &r);
    fuzz_check_result(rc_n, &r, len);
    if (rc_n == MSS_OK) {
        FUZZ_ASSERT(memchr(raw, '\0', len) == NULL);
        check_normalised(counted);
    }

    rc = mss_domain_to_unicode(in, outlen ? out : NULL, outlen, &r);
    fuzz_check_result(rc, &r, len);
    if (rc == MSS_OK)
        FUZZ_ASSERT(memchr(out, '\0', outlen) != NULL);

    mss_domain_class c = mss_domain_classify(in, NULL, &r);
    FUZZ_ASSERT(c >= MSS_DOMAIN_INVALID && c <= MSS_DOMAIN_OUTSIDE);
    FUZZ_ASSERT(c != MSS_DOMAIN_WHITELISTED && c != MSS_DOMAIN_NOT_WHITELISTED);
    FUZZ_ASSERT((c == MSS_DOMAIN_INVALID) == (r.code < 0));
    FUZZ_ASSERT(mss_domain_class_name(c) != NULL);
    FUZZ_ASSERT(mss_domain_class_description(c, (mss_lang)(data[0] & 1)) != NULL);
    (void)mss_domain_class_name((mss_domain_class)(int8_t)data[0]);
    (void)mss_domain_class_description((mss_domain_class)(int8_t)data[0], (mss_lang)data[0]);

    if (mss_domain_is_generic(in))
        FUZZ_ASSERT(c == MSS_DOMAIN_GENERIC);
    (void)mss_domain_is_special_use(in);

    mss_structure_kind kind;
    if (mss_structure_kind_parse(in, &kind) == MSS_OK)
        FUZZ_ASSERT(mss_domain_is_generic(mss_generic_domain(kind)));
    (void)mss_generic_domain((mss_structure_kind)(int8_t)data[0]);
    free(in);
    return 0;
}
