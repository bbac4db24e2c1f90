/* The record check. Byte 0: flags (bit 0: national data), whitelist (bit 1),
 * and whether empty fields are passed as NULL (bit 2). The rest is split on
 * '|' into the eleven fields of a record, in mss_record order.
 * Invariants: every issue names a field of the record and an offset inside
 * that field's value; the first error is the returned code. */
#include <medimail/record.h>

#include "fixture_whitelist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    unsigned flags = data[0] & 1 ? MSS_RECORD_NATIONAL_DATA : 0;
    const mss_whitelist *wl = (data[0] & 2) ? fixture_whitelist() : NULL;
    bool null_for_empty = data[0] & 4;

    const char *f[MSS_RECORD_FIELD_COUNT];
    char *copy = fuzz_split(data + 1, size - 1, '|', f, MSS_RECORD_FIELD_COUNT);
    if (null_for_empty)
        for (size_t i = 0; i < MSS_RECORD_FIELD_COUNT; i++)
            if (!*f[i])
                f[i] = NULL;
    mss_record rec = {
        .type = f[MSS_RECORD_FIELD_TYPE],
        .address = f[MSS_RECORD_FIELD_ADDRESS],
        .person_id_type = f[MSS_RECORD_FIELD_PERSON_ID_TYPE],
        .person_id = f[MSS_RECORD_FIELD_PERSON_ID],
        .idnat_ps = f[MSS_RECORD_FIELD_IDNAT_PS],
        .struct_id_type = f[MSS_RECORD_FIELD_STRUCT_ID_TYPE],
        .struct_id = f[MSS_RECORD_FIELD_STRUCT_ID],
        .last_name = f[MSS_RECORD_FIELD_LAST_NAME],
        .first_name = f[MSS_RECORD_FIELD_FIRST_NAME],
        .notification_address = f[MSS_RECORD_FIELD_NOTIFICATION_ADDRESS],
        .responsible_address = f[MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS],
    };

    mss_result r;
    int rc = mss_record_check(&rec, wl, flags, &r);
    fuzz_check_result(rc, &r, size);
    for (unsigned i = 0; i < r.count; i++) {
        size_t field = r.issues[i].field;
        if (field == MSS_NO_POSITION)
            continue;
        FUZZ_ASSERT(field < MSS_RECORD_FIELD_COUNT);
        FUZZ_ASSERT(mss_record_field_name((mss_record_field)field) != NULL);
        size_t flen = f[field] ? strlen(f[field]) : 0;
        FUZZ_ASSERT(r.issues[i].offset == MSS_NO_POSITION || r.issues[i].offset <= flen);
    }
    FUZZ_ASSERT(mss_record_check(&rec, wl, flags, NULL) == rc);
    FUZZ_ASSERT(mss_record_check(NULL, wl, flags, &r) == MSS_ERR_NULL_ARGUMENT);
    (void)mss_record_field_name((mss_record_field)(int8_t)data[0]);
    free(copy);
    return 0;
}
