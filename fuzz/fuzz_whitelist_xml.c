/* The ANS whitelist XML loader (expat, streaming): any byte string, up to
 * 1 MiB. See whitelist_invariants.h for what is checked. */
#include "whitelist_invariants.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    fuzz_whitelist_load(mss_whitelist_load_xml_buffer, data, size);
    return 0;
}
