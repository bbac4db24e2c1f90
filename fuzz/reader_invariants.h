/* The bulk readers (extract, account file) stream: cutting the same input
 * into different blocks must give exactly the same rows and issues. Each
 * target records a digest of what its callback saw, once with the input fed
 * whole and once in blocks whose sizes come from the input. */
#ifndef MSS_FUZZ_READER_INVARIANTS_H
#define MSS_FUZZ_READER_INVARIANTS_H

#include "fuzz_util.h"

/* What a callback saw: number of calls and a hash of lines and issues. */
typedef struct fuzz_digest {
    unsigned long calls;
    uint64_t hash;
} fuzz_digest;

static inline void fuzz_digest_add(fuzz_digest *d, uint64_t v)
{
    d->hash = (d->hash ^ v) * 0x100000001b3ull; /* FNV-1a step */
}

static inline void fuzz_digest_result(fuzz_digest *d, unsigned long line, const mss_result *res)
{
    FUZZ_ASSERT(res != NULL);
    FUZZ_ASSERT(res->code <= 0 && mss_error_is_known(res->code));
    FUZZ_ASSERT(res->count <= MSS_RESULT_MAX_ISSUES);
    d->calls++;
    fuzz_digest_add(d, line);
    fuzz_digest_add(d, (uint64_t)(int64_t)res->code);
    for (unsigned i = 0; i < res->count; i++) {
        FUZZ_ASSERT(mss_error_is_known(res->issues[i].code));
        fuzz_digest_add(d, (uint64_t)(int64_t)res->issues[i].code);
        fuzz_digest_add(d, res->issues[i].offset);
        fuzz_digest_add(d, res->issues[i].field);
    }
}

/* Block sizes for the second pass: 1..64 octets, taken from the input. */
static inline size_t fuzz_block_size(const uint8_t *data, size_t size, size_t at)
{
    return size ? (size_t)(data[at % size] & 63) + 1 : 1;
}

#endif
