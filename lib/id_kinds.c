/* The table of identifier kinds: everything that differs from one kind to
 * another lives here, so the engine (ids.c) is the same for all of them. */
#include "ids_internal.h"

/* Longest IdNat compact forms in the numeric shape: "8" + RPPS and "3" + SIRET. */
#define IDNAT_PS_MAX 12
#define IDNAT_STRUCT_MAX 15

static const mssi_id_desc kinds[] = {
    [MSS_ID_SIREN] = { .name = "siren", .length = 9, .max_length = 9,
                       .chars = MSSI_CHARS_DIGITS, .check_key = mssi_id_key_luhn,
                       .compute_key = mssi_id_compute_luhn, .groups = { 3, 3, 3 } },
    [MSS_ID_SIRET] = { .name = "siret", .length = 14, .max_length = 14,
                       .chars = MSSI_CHARS_DIGITS, .layout = mssi_siret_layout,
                       .check_key = mssi_siret_key, .compute_key = mssi_siret_compute_key,
                       .groups = { 3, 3, 3, 5 } },
    [MSS_ID_FINESS] = { .name = "finess", .length = 9, .max_length = 9, .keyless_length = 8,
                        .keyless_code = MSS_ERR_FINESS_KEYLESS, .chars = MSSI_CHARS_CORSICA,
                        .layout = mssi_finess_layout, .check_key = mssi_id_key_luhn,
                        .compute_key = mssi_id_compute_luhn },
    [MSS_ID_RPPS] = { .name = "rpps", .length = 11, .max_length = 11,
                      .chars = MSSI_CHARS_DIGITS, .layout = mssi_rpps_layout,
                      .check_key = mssi_id_key_luhn, .compute_key = mssi_id_compute_luhn },
    [MSS_ID_RPPS_RANG] = { .name = "rpps-rang", .length = 14, .max_length = 14,
                           .chars = MSSI_CHARS_DIGITS, .check_key = mssi_id_key_luhn,
                           .compute_key = mssi_id_compute_luhn },
    [MSS_ID_ADELI] = { .name = "adeli", .length = 9, .max_length = 9,
                       .chars = MSSI_CHARS_CORSICA, .layout = mssi_adeli_layout,
                       .check_key = mssi_adeli_key, .compute_key = mssi_adeli_compute_key },
    [MSS_ID_IDNAT_PS] = { .name = "idnat-ps", .max_length = IDNAT_PS_MAX,
                          .chars = MSSI_CHARS_CORSICA, .verbatim = MSSI_VERBATIM_WITH_AT,
                          .layout = mssi_idnat_ps_layout },
    [MSS_ID_IDNAT_STRUCT] = { .name = "idnat-struct", .max_length = IDNAT_STRUCT_MAX,
                              .chars = MSSI_CHARS_CORSICA, .layout = mssi_idnat_struct_layout },
    [MSS_ID_ADELI_RANG] = { .name = "adeli-rang", .length = 11, .max_length = 11,
                            .chars = MSSI_CHARS_CORSICA, .layout = mssi_adeli_rang_layout },
    [MSS_ID_ADDRESS] = { .name = "address", .chars = MSSI_CHARS_ANY, .verbatim = MSSI_VERBATIM_ALWAYS,
                         .layout = mssi_address_layout },
};

#define KIND_COUNT (sizeof kinds / sizeof kinds[0])

const mssi_id_desc *mssi_id_desc_of(mss_id_kind kind)
{
    return (unsigned)kind < KIND_COUNT ? &kinds[kind] : NULL;
}

const char *mss_id_kind_name(mss_id_kind kind)
{
    const mssi_id_desc *d = mssi_id_desc_of(kind);
    return d ? d->name : NULL;
}

/* Case-insensitive, and '_' stands for '-' ("RPPS_RANG" is "rpps-rang"). */
static bool name_matches(const char *name, const char *canonical)
{
    for (;; name++, canonical++) {
        unsigned char c = (unsigned char)*name;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        else if (c == '_')
            c = '-';
        if (c != (unsigned char)*canonical)
            return false;
        if (c == '\0')
            return true;
    }
}

int mss_id_kind_parse(const char *name, mss_id_kind *kind)
{
    if (!name || !kind)
        return MSS_ERR_NULL_ARGUMENT;
    for (size_t i = 0; i < KIND_COUNT; i++) {
        if (name_matches(name, kinds[i].name)) {
            *kind = (mss_id_kind)i;
            return MSS_OK;
        }
    }
    return MSS_ERR_ID_UNKNOWN_KIND;
}
