/* Mailbox (BAL) types, address checks and suggestion, mailbox records. */

%{
#include <medimail/address.h>
#include <medimail/record.h>
#include <medimail/account_file.h>
%}

MSSB_ENUM_OUTPUT(mss_bal_type, t)

/* Parts are filled by the checks; scripts read them. */
%immutable mss_address_parts::address;
%immutable mss_address_parts::local;
%immutable mss_address_parts::domain;
%immutable mss_address_parts::domain_unicode;
%immutable mss_address_parts::domain_class;

/* A record of borrowed C strings would leak or dangle behind a script's
 * back; mssb_record_check() below takes the fields as arguments instead. */
%ignore mss_record;
%ignore mss_record_check;

%include <medimail/address.h>
%include <medimail/record.h>

/* The account file's column names ("adresse", "id_pp"...) so that scripts
 * may pass a CSV row as a record; the file readers themselves take C
 * callbacks and are not bound. */
const char *mss_account_file_column_name(mss_record_field column);

%inline %{
/* mss_record_check() with each field an argument (NULL: absent). */
int mssb_record_check(const char *type, const char *address, const char *person_id_type,
                      const char *person_id, const char *idnat_ps, const char *struct_id_type,
                      const char *struct_id, const char *last_name, const char *first_name,
                      const char *notification_address, const char *responsible_address,
                      const mss_whitelist *wl, unsigned flags, mss_result *res)
{
    mss_record rec = {
        .type = type, .address = address, .person_id_type = person_id_type,
        .person_id = person_id, .idnat_ps = idnat_ps, .struct_id_type = struct_id_type,
        .struct_id = struct_id, .last_name = last_name, .first_name = first_name,
        .notification_address = notification_address,
        .responsible_address = responsible_address,
    };
    return mss_record_check(&rec, wl, flags, res);
}
%}
