/* Mailbox records: one passing, one failing and one edge case per rule,
 * every problem reported with its field. */
#include <medimail/mssconf.h>
#include <string.h>

#include "testutil.h"

/* Identifiers with valid keys, computed for these tests. */
#define RPPS "10001234565"
#define RPPS_BAD_KEY "10001234566"
#define ADELI "751234568"
#define FINESS "310001110"
#define SIREN "123456782"
#define SIRET "12345678200010"

static bool has_in(const mss_result *r, int code, mss_record_field field)
{
    for (unsigned i = 0; i < r->count; i++)
        if (r->issues[i].code == code && r->issues[i].field == (size_t)field)
            return true;
    return false;
}

static mss_record per(void)
{
    mss_record rec = {0};
    rec.type = "PER";
    rec.address = "dupont.jean@pro.oc.mssante.fr";
    rec.person_id_type = "8";
    rec.person_id = RPPS;
    rec.idnat_ps = "8" RPPS;
    rec.last_name = "Dupont";
    rec.first_name = "Jean";
    return rec;
}

static mss_record org(void)
{
    mss_record rec = {0};
    rec.type = "ORG";
    rec.address = "secretariat.cardio@oc.mssante.fr";
    rec.struct_id_type = "1";
    rec.struct_id = FINESS;
    rec.responsible_address = "dupont.jean@oc.mssante.fr";
    return rec;
}

static void assert_clean(const mss_record *rec, unsigned flags)
{
    mss_result r;
    int rc = mss_record_check(rec, NULL, flags, &r);
    ck_assert_msg(rc == MSS_OK, "%s: %s (field %zu)", rec->address, mss_error_name(rc), r.field);
    ck_assert_msg(mss_result_warning_count(&r) == 0, "%s: warning %s", rec->address, mss_error_name(r.issues[0].code));
}

static void assert_only(const mss_record *rec, unsigned flags, int code, mss_record_field field)
{
    mss_result r;
    int rc = mss_record_check(rec, NULL, flags, &r);
    ck_assert_msg(rc == code, "got %s, want %s", mss_error_name(rc), mss_error_name(code));
    ck_assert_uint_eq(r.field, field);
    ck_assert_uint_eq(mss_result_error_count(&r), 1);
}

START_TEST(field_names)
{
    ck_assert_str_eq(mss_record_field_name(MSS_RECORD_FIELD_TYPE), "type");
    ck_assert_str_eq(mss_record_field_name(MSS_RECORD_FIELD_IDNAT_PS), "idnat_ps");
    ck_assert_str_eq(mss_record_field_name(MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS), "responsible_address");
    for (int f = 0; f < MSS_RECORD_FIELD_COUNT; f++)
        ck_assert_ptr_nonnull(mss_record_field_name((mss_record_field)f));
    ck_assert_ptr_null(mss_record_field_name(MSS_RECORD_FIELD_COUNT));
    ck_assert_ptr_null(mss_record_field_name((mss_record_field)-1));
}
END_TEST

START_TEST(personal_box_with_rpps)
{
    mss_record rec = per();
    assert_clean(&rec, 0);
    rec.person_id = "8" RPPS; /* the repeated prefix is accepted */
    assert_clean(&rec, 0);
    rec.person_id_type = NULL; /* a full IdNat_PS on its own */
    assert_clean(&rec, 0);
    rec.person_id = "";
    assert_clean(&rec, 0); /* the national form alone */
    rec = per();
    rec.idnat_ps = NULL;
    rec.person_id = "100 0123 4565"; /* separators */
    assert_clean(&rec, 0);
    rec.type = "cab";
    rec.address = "cabinet.dupont@pro.oc.mssante.fr";
    assert_clean(&rec, 0);
}
END_TEST

START_TEST(personal_box_needs_rpps)
{
    mss_record rec = per();
    rec.person_id_type = rec.person_id = rec.idnat_ps = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_REQUIRED, MSS_RECORD_FIELD_PERSON_ID);
    rec.type = "CAB";
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_REQUIRED, MSS_RECORD_FIELD_PERSON_ID);
    /* ADELI: only in the national directory's data */
    rec = per();
    rec.person_id_type = "0";
    rec.person_id = ADELI;
    rec.idnat_ps = "0" ADELI;
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_REQUIRED, MSS_RECORD_FIELD_PERSON_ID);
    assert_clean(&rec, MSS_RECORD_NATIONAL_DATA);
    /* an address-based IdNat_PS is for people without a national number */
    rec = per();
    rec.person_id_type = NULL;
    rec.idnat_ps = NULL;
    rec.person_id = "10dupont.jean@pro.oc.mssante.fr";
    assert_only(&rec, MSS_RECORD_NATIONAL_DATA, MSS_ERR_RECORD_RPPS_REQUIRED, MSS_RECORD_FIELD_PERSON_ID);
}
END_TEST

START_TEST(person_identifier_rules)
{
    mss_record rec = per();
    rec.person_id = RPPS_BAD_KEY;
    rec.idnat_ps = NULL;
    assert_only(&rec, 0, MSS_ERR_ID_CHECKSUM, MSS_RECORD_FIELD_PERSON_ID); /* no extra "RPPS required" */
    rec = per();
    rec.person_id_type = "9";
    assert_only(&rec, 0, MSS_ERR_RECORD_PERSON_ID_TYPE, MSS_RECORD_FIELD_PERSON_ID_TYPE);
    rec = per();
    rec.person_id_type = NULL;
    rec.idnat_ps = NULL; /* a bare RPPS: the type is missing */
    assert_only(&rec, 0, MSS_ERR_RECORD_PERSON_ID_TYPE, MSS_RECORD_FIELD_PERSON_ID_TYPE);
    rec = per();
    rec.person_id = "";
    rec.idnat_ps = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_ID_MISSING, MSS_RECORD_FIELD_PERSON_ID);
    rec = per();
    rec.idnat_ps = "810998877665"; /* another valid RPPS */
    assert_only(&rec, 0, MSS_ERR_RECORD_IDNAT_PS_MISMATCH, MSS_RECORD_FIELD_IDNAT_PS);
    rec.idnat_ps = "8" RPPS_BAD_KEY;
    assert_only(&rec, 0, MSS_ERR_ID_CHECKSUM, MSS_RECORD_FIELD_IDNAT_PS);
    rec.idnat_ps = "0" RPPS; /* ADELI type with an RPPS: not the same identifier */
    mss_result r;
    ck_assert_int_lt(mss_record_check(&rec, NULL, 0, &r), 0);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_IDNAT_PS);
}
END_TEST

START_TEST(internal_boxes_refuse_rpps)
{
    mss_record rec = per();
    rec.type = "INT";
    rec.address = "dupont.jean@hopital-exemple.fr";
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_FORBIDDEN, MSS_RECORD_FIELD_PERSON_ID);
    rec.type = "MED";
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_FORBIDDEN, MSS_RECORD_FIELD_PERSON_ID);
    rec.person_id_type = "0";
    rec.person_id = ADELI;
    rec.idnat_ps = "0" ADELI;
    assert_clean(&rec, 0);
    rec.person_id_type = rec.person_id = rec.idnat_ps = NULL;
    assert_clean(&rec, 0); /* no identifier at all is fine */
    rec.idnat_ps = "10dupont.jean@hopital-exemple.fr";
    assert_clean(&rec, 0);
    rec.idnat_ps = "8" RPPS;
    assert_only(&rec, 0, MSS_ERR_RECORD_RPPS_FORBIDDEN, MSS_RECORD_FIELD_IDNAT_PS);
}
END_TEST

START_TEST(shared_boxes_need_a_structure)
{
    mss_record rec = org();
    assert_clean(&rec, 0);
    rec.struct_id = "1" FINESS; /* with the repeated prefix */
    assert_clean(&rec, 0);
    rec.struct_id_type = NULL; /* a full IdNat_Struct */
    assert_clean(&rec, 0);
    rec.struct_id = "3" SIRET;
    assert_clean(&rec, 0);
    rec.struct_id_type = "2";
    rec.struct_id = SIREN;
    assert_clean(&rec, 0);
    rec.struct_id_type = "3";
    rec.struct_id = SIRET;
    assert_clean(&rec, 0);
    rec.struct_id_type = rec.struct_id = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_STRUCT_ID_REQUIRED, MSS_RECORD_FIELD_STRUCT_ID);
    rec.type = "APP";
    rec.address = "noreply@oc.mssante.fr";
    rec.responsible_address = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_STRUCT_ID_REQUIRED, MSS_RECORD_FIELD_STRUCT_ID);
    rec.struct_id = "2" SIREN;
    assert_clean(&rec, 0);
}
END_TEST

START_TEST(structure_identifier_rules)
{
    mss_record rec = org();
    rec.struct_id_type = "7";
    assert_only(&rec, 0, MSS_ERR_RECORD_STRUCT_ID_TYPE, MSS_RECORD_FIELD_STRUCT_ID_TYPE);
    rec.struct_id_type = "2";
    rec.struct_id = "1" FINESS; /* 10 characters: a prefixed SIREN-length id, but prefix 1 */
    assert_only(&rec, 0, MSS_ERR_RECORD_ID_TYPE_MISMATCH, MSS_RECORD_FIELD_STRUCT_ID);
    rec.struct_id_type = "1";
    rec.struct_id = "310001111";
    assert_only(&rec, 0, MSS_ERR_ID_CHECKSUM, MSS_RECORD_FIELD_STRUCT_ID);
    rec.struct_id_type = NULL;
    rec.struct_id = FINESS; /* bare FINESS: the type is missing */
    assert_only(&rec, 0, MSS_ERR_RECORD_STRUCT_ID_TYPE, MSS_RECORD_FIELD_STRUCT_ID_TYPE);
    rec.struct_id_type = "1";
    rec.struct_id = "";
    assert_only(&rec, 0, MSS_ERR_RECORD_ID_MISSING, MSS_RECORD_FIELD_STRUCT_ID);
    /* deprecated prefixes are accepted with a warning */
    rec.struct_id_type = "5";
    rec.struct_id = FINESS;
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_OK);
    ck_assert(mss_result_has(&r, MSS_WARN_IDNAT_DEPRECATED_PREFIX));
}
END_TEST

START_TEST(organisational_box_needs_its_responsible)
{
    mss_record rec = org();
    rec.responsible_address = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_RESPONSIBLE_REQUIRED, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
    assert_clean(&rec, MSS_RECORD_NATIONAL_DATA); /* the extract has no such column */
    rec.responsible_address = "SECRETARIAT.cardio@oc.mssante.fr";
    assert_only(&rec, 0, MSS_ERR_RECORD_RESPONSIBLE_SELF, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
    rec.responsible_address = "dupont..jean@oc.mssante.fr";
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS);
    ck_assert_uint_eq(r.offset, 7);
    rec.responsible_address = "accueil@oc.mssante.fr"; /* not a nominative box */
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_OK);
    ck_assert(has_in(&r, MSS_WARN_ADDRESS_NOT_NOMINATIVE, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS));
    rec.responsible_address = "dupont.jean@hopital-exemple.fr"; /* an INT box will do */
    assert_clean(&rec, 0);
}
END_TEST

START_TEST(notification_address)
{
    mss_record rec = per();
    rec.notification_address = "jean.dupont@gmail.com";
    assert_clean(&rec, 0);
    rec.notification_address = "dupont.jean@oc.mssante.fr";
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_OK);
    ck_assert(has_in(&r, MSS_WARN_RECORD_NOTIFICATION_MSSANTE, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS));
    rec.notification_address = "jean.dupont@localhost";
    assert_only(&rec, 0, MSS_ERR_DOMAIN_SPECIAL_USE, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS);
    rec.notification_address = "jean dupont@gmail.com";
    assert_only(&rec, 0, MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS);
}
END_TEST

START_TEST(names_and_address_agree)
{
    mss_record rec = per();
    rec.last_name = "Martin";
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_OK);
    ck_assert(has_in(&r, MSS_WARN_RECORD_NAME_NOT_IN_ADDRESS, MSS_RECORD_FIELD_ADDRESS));
    rec.last_name = "Le Gall";
    rec.address = "legall.anne@pro.oc.mssante.fr";
    assert_clean(&rec, 0);
    rec.address = "anne.le-gall@pro.oc.mssante.fr";
    assert_clean(&rec, 0);
    rec.last_name = "Lefèvre";
    rec.address = "lefevre.marie@pro.oc.mssante.fr";
    assert_clean(&rec, 0);
    rec.last_name = "Иванов"; /* no Latin form: nothing to compare, no complaint */
    assert_clean(&rec, 0);
    rec.last_name = "Du\x01pont";
    assert_only(&rec, 0, MSS_ERR_CONTROL_CHARACTER, MSS_RECORD_FIELD_LAST_NAME);
    rec.last_name = "Dupont";
    rec.first_name = "J\xc3";
    assert_only(&rec, 0, MSS_ERR_INVALID_UTF8, MSS_RECORD_FIELD_FIRST_NAME);
}
END_TEST

START_TEST(type_and_address_fields)
{
    mss_record rec = per();
    rec.type = NULL;
    assert_only(&rec, 0, MSS_ERR_RECORD_TYPE_MISSING, MSS_RECORD_FIELD_TYPE);
    rec.type = "XYZ";
    assert_only(&rec, 0, MSS_ERR_BAL_TYPE_UNKNOWN, MSS_RECORD_FIELD_TYPE);
    rec.address = "dupont..jean@x.fr"; /* still checked, for syntax */
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_ERR_BAL_TYPE_UNKNOWN);
    ck_assert(has_in(&r, MSS_ERR_ADDRESS_LOCAL_CONSECUTIVE_DOTS, MSS_RECORD_FIELD_ADDRESS));
    rec = per();
    rec.address = "";
    assert_only(&rec, 0, MSS_ERR_RECORD_ADDRESS_MISSING, MSS_RECORD_FIELD_ADDRESS);
    rec.address = "dupont.jean@gmail.com";
    assert_only(&rec, 0, MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, MSS_RECORD_FIELD_ADDRESS);
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE);
    ck_assert_uint_eq(r.offset, 12);
    rec.address = "secretariat@pro.oc.mssante.fr";
    rec.last_name = NULL;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_OK);
    ck_assert(has_in(&r, MSS_WARN_ADDRESS_ROLE_ON_PERSONAL, MSS_RECORD_FIELD_ADDRESS));
}
END_TEST

START_TEST(every_problem_is_reported)
{
    mss_record rec = {0};
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, &r), MSS_ERR_RECORD_TYPE_MISSING);
    ck_assert(has_in(&r, MSS_ERR_RECORD_ADDRESS_MISSING, MSS_RECORD_FIELD_ADDRESS));
    ck_assert_uint_eq(mss_result_error_count(&r), 2);
    rec.type = "ORG";
    rec.address = "equipe.nuit@gmail.com";
    rec.person_id_type = "5";
    rec.person_id = RPPS;
    rec.struct_id_type = "1";
    rec.struct_id = "310001111";
    rec.notification_address = "x@y";
    ck_assert_int_lt(mss_record_check(&rec, NULL, 0, &r), 0);
    ck_assert(has_in(&r, MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE, MSS_RECORD_FIELD_ADDRESS));
    ck_assert(has_in(&r, MSS_ERR_RECORD_PERSON_ID_TYPE, MSS_RECORD_FIELD_PERSON_ID_TYPE));
    ck_assert(has_in(&r, MSS_ERR_ID_CHECKSUM, MSS_RECORD_FIELD_STRUCT_ID));
    ck_assert(has_in(&r, MSS_ERR_RECORD_RESPONSIBLE_REQUIRED, MSS_RECORD_FIELD_RESPONSIBLE_ADDRESS));
    ck_assert(has_in(&r, MSS_ERR_DOMAIN_SINGLE_LABEL, MSS_RECORD_FIELD_NOTIFICATION_ADDRESS));
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_ADDRESS); /* the first error */
    /* without a result, the first error is still returned */
    ck_assert_int_eq(mss_record_check(&rec, NULL, 0, NULL), MSS_ERR_ADDRESS_DOMAIN_NOT_MSSANTE);
    ck_assert_int_eq(mss_record_check(NULL, NULL, 0, &r), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(whitelist_applies_to_the_address)
{
    mss_whitelist *wl = mss_whitelist_new();
    ck_assert_int_eq(mss_whitelist_add(wl, "chu-x.mssante.fr", NULL), MSS_OK);
    mss_record rec = per();
    rec.address = "dupont.jean@chu-x.mssante.fr";
    mss_result r;
    ck_assert_int_eq(mss_record_check(&rec, wl, 0, &r), MSS_OK);
    ck_assert_uint_eq(mss_result_warning_count(&r), 0);
    rec.address = "dupont.jean@chu-y.mssante.fr";
    ck_assert_int_eq(mss_record_check(&rec, wl, 0, &r), MSS_ERR_ADDRESS_DOMAIN_NOT_WHITELISTED);
    ck_assert_uint_eq(r.field, MSS_RECORD_FIELD_ADDRESS);
    mss_whitelist_free(wl);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("record");
    TCase *tc = tcase_create("record");
    tcase_add_test(tc, field_names);
    tcase_add_test(tc, personal_box_with_rpps);
    tcase_add_test(tc, personal_box_needs_rpps);
    tcase_add_test(tc, person_identifier_rules);
    tcase_add_test(tc, internal_boxes_refuse_rpps);
    tcase_add_test(tc, shared_boxes_need_a_structure);
    tcase_add_test(tc, structure_identifier_rules);
    tcase_add_test(tc, organisational_box_needs_its_responsible);
    tcase_add_test(tc, notification_address);
    tcase_add_test(tc, names_and_address_agree);
    tcase_add_test(tc, type_and_address_fields);
    tcase_add_test(tc, every_problem_is_reported);
    tcase_add_test(tc, whitelist_applies_to_the_address);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
