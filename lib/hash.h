/* A fast non-cryptographic hash for short strings (domain names): eight
 * octets per multiply, then a full avalanche so every bit of the result can
 * index a table or serve as a tag. The keys are the ANS list and the
 * caller's own lists, not attacker-chosen input. Not installed. */
#ifndef MSS_LIB_HASH_H
#define MSS_LIB_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t mssi_hash_mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93u;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93u;
    h ^= h >> 32;
    return h;
}

static inline uint64_t mssi_hash(const char *s, size_t len)
{
    uint64_t h = 0x9e3779b97f4a7c15u ^ ((uint64_t)len * 0xff51afd7ed558ccdu);
    uint64_t w;
    for (; len >= 8; s += 8, len -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9u;
        h ^= h >> 29;
    }
    /* The last 0-7 octets without a variable-length copy: two overlapping
     * four-octet reads, or the first, middle and last octets (the length
     * is in h already, so "ab" and "abb" still differ). */
    uint32_t lo, hi;
    if (len >= 4) {
        memcpy(&lo, s, 4);
        memcpy(&hi, s + len - 4, 4);
        w = (uint64_t)hi << 32 | lo;
    } else if (len > 0) {
        w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[len / 2] << 8 |
            (uint64_t)(unsigned char)s[len - 1] << 16;
    } else {
        w = 0;
    }
    return mssi_hash_mix(h ^ w);
}

#endif
