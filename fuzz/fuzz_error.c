/* The error registry is reached with codes from outside (bindings pass any
 * integer, the CLI prints any code): every int and every language value must
 * give a message, a name and a family, and the registry must stay sorted. */
#include <medimail/error.h>

#include "fuzz_util.h"
#include "result.h"

static void check_code(int code, int lang)
{
    const char *en = mss_strerror(code);
    const char *msg = mss_strerror_lang(code, (mss_lang)lang);
    const char *name = mss_error_name(code);
    FUZZ_ASSERT(en && *en && msg && *msg && name && *name);
    bool known = mss_error_is_known(code);
    FUZZ_ASSERT(known == (strcmp(name, "MSS_UNKNOWN") != 0));
    mss_error_family fam = mss_error_family_of(code);
    FUZZ_ASSERT(fam >= MSS_FAMILY_NONE && fam <= MSS_FAMILY_WARNING);
    FUZZ_ASSERT((fam == MSS_FAMILY_NONE) == (code == MSS_OK));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mss_result r;
    mss_result_init(&r);
    for (size_t i = 0; i + 5 <= size; i += 5) {
        int code;
        memcpy(&code, data + i, sizeof code);
        check_code(code, (int8_t)data[i + 4]);
        size_t at = (size_t)(uint32_t)code;
        int listed = mss_error_code_at(at);
        FUZZ_ASSERT(at < mss_error_count() ? mss_error_is_known(listed) : listed == MSS_OK);
        if (at > 0 && at < mss_error_count())
            FUZZ_ASSERT(mss_error_code_at(at - 1) < listed);
        if (mss_error_is_known(code) && code != MSS_OK) {
            /* Checks only ever report registry codes. */
            unsigned stored = r.count;
            FUZZ_ASSERT(mssi_report(&r, code, i, MSS_NO_POSITION) == code);
            FUZZ_ASSERT(mss_result_has(&r, code) || stored == MSS_RESULT_MAX_ISSUES);
            FUZZ_ASSERT(mss_result_warning_count(&r) + mss_result_error_count(&r) == r.count);
            fuzz_check_result(r.code, &r, size);
        }
    }
    return 0;
}
