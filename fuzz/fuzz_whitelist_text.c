/* The plain-text whitelist loader (one domain per line, comments, CRLF):
 * any byte string, up to 1 MiB. See whitelist_invariants.h. */
#include "whitelist_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    fuzz_whitelist_load(mss_whitelist_load_text_buffer, data, size);
    return 0;
}
