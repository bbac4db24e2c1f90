/* Masks of octets, a bit each, computed sixteen or thirty-two at a time
 * with SSE2: what the row split, the extract's fast path and the address
 * conventions share. Only with __SSE2__. Not installed. */
#ifndef MSS_LIB_OCTETS_H
#define MSS_LIB_OCTETS_H

#ifdef __SSE2__
#include <emmintrin.h>
#include <stdint.h>

static inline __m128i mssi_load16(const char *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static inline void mssi_store16(char *p, __m128i v)
{
    _mm_storeu_si128((__m128i *)(void *)p, v);
}

/* The octets where a and b agree. */
static inline unsigned mssi_same16(__m128i a, __m128i b)
{
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(a, b));
}

/* The octets equal to c. */
static inline unsigned mssi_equal16(__m128i v, char c)
{
    return mssi_same16(v, _mm_set1_epi8(c));
}

/* The octets in [first, first + n): the range moved to start at -128, so
 * that one signed comparison bounds it on both sides. */
static inline unsigned mssi_in16(__m128i v, char first, int n)
{
    __m128i moved = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - first)));
    return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8((char)(n - 128))));
}

/* Thirty-two octets, as two blocks. */
typedef struct mssi_octets32 {
    __m128i low, high;
} mssi_octets32;

static inline mssi_octets32 mssi_load32(const char *p)
{
    return (mssi_octets32){ mssi_load16(p), mssi_load16(p + 16) };
}

static inline uint32_t mssi_equal32(mssi_octets32 o, char c)
{
    return mssi_equal16(o.low, c) | (uint32_t)mssi_equal16(o.high, c) << 16;
}

static inline uint32_t mssi_in32(mssi_octets32 o, char first, int n)
{
    return mssi_in16(o.low, first, n) | (uint32_t)mssi_in16(o.high, first, n) << 16;
}
#endif

#endif
