/* The python-stdnum-shaped functions of each identifier (mss_siren_validate,
 * mss_siren_is_valid, ...): one-line wrappers around the generic API,
 * generated so that no two copies can drift apart. */
#include "ids_internal.h"

#define ID_SHORTCUTS(x, KIND)                                                  \
    int mss_##x##_validate(const char *in, char *out, size_t outlen)           \
    {                                                                          \
        return mss_id_check(KIND, in, out, outlen, NULL);                      \
    }                                                                          \
    bool mss_##x##_is_valid(const char *in)                                    \
    {                                                                          \
        return mss_id_is_valid(KIND, in);                                      \
    }                                                                          \
    int mss_##x##_compact(const char *in, char *out, size_t outlen)            \
    {                                                                          \
        return mss_id_compact(KIND, in, out, outlen);                          \
    }                                                                          \
    int mss_##x##_format(const char *in, char *out, size_t outlen)             \
    {                                                                          \
        return mss_id_format(KIND, in, out, outlen);                           \
    }                                                                          \
    int mss_##x##_calc_check_digit(const char *in, char *digit)                \
    {                                                                          \
        return mss_id_calc_check_digit(KIND, in, digit);                       \
    }

ID_SHORTCUTS(siren, MSS_ID_SIREN)
ID_SHORTCUTS(siret, MSS_ID_SIRET)
ID_SHORTCUTS(finess, MSS_ID_FINESS)
ID_SHORTCUTS(rpps, MSS_ID_RPPS)
ID_SHORTCUTS(rpps_rang, MSS_ID_RPPS_RANG)
ID_SHORTCUTS(adeli, MSS_ID_ADELI)

int mss_idnat_ps_validate(const char *in, char *out, size_t outlen)
{
    return mss_id_check(MSS_ID_IDNAT_PS, in, out, outlen, NULL);
}

bool mss_idnat_ps_is_valid(const char *in)
{
    return mss_id_is_valid(MSS_ID_IDNAT_PS, in);
}

int mss_idnat_struct_validate(const char *in, char *out, size_t outlen)
{
    return mss_id_check(MSS_ID_IDNAT_STRUCT, in, out, outlen, NULL);
}

bool mss_idnat_struct_is_valid(const char *in)
{
    return mss_id_is_valid(MSS_ID_IDNAT_STRUCT, in);
}
