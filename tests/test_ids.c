/* National identifiers: every rule with a passing, a failing and an edge
 * case, offsets into the original input, key computation, formatting,
 * buffers, hostile input, and the shared test vectors when present. */
#include <medimail/mssconf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* Valid, with the compact form and the only warning expected (0: none). */
static void expect_valid(mss_id_kind kind, const char *in, const char *compact, int warning)
{
    char out[MSS_ID_BUFSIZE];
    mss_result r;
    int rc = mss_id_check(kind, in, out, sizeof out, &r);
    ck_assert_msg(rc == MSS_OK, "%s \"%s\": %s at %zu", mss_id_kind_name(kind), in,
                  mss_error_name(rc), r.offset);
    ck_assert_int_eq(r.code, MSS_OK);
    ck_assert_str_eq(out, compact);
    ck_assert_uint_eq(mss_result_warning_count(&r), warning ? 1 : 0);
    if (warning)
        ck_assert_msg(mss_result_has(&r, warning), "%s \"%s\": no %s", mss_id_kind_name(kind), in,
                      mss_error_name(warning));
    ck_assert(mss_id_is_valid(kind, in));
}

/* Invalid with this first error at this byte offset of the input. */
static void expect_error(mss_id_kind kind, const char *in, int code, size_t offset)
{
    char out[MSS_ID_BUFSIZE] = "untouched";
    mss_result r;
    int rc = mss_id_check(kind, in, out, sizeof out, &r);
    ck_assert_msg(rc == code, "%s \"%s\": got %s, want %s", mss_id_kind_name(kind), in,
                  mss_error_name(rc), mss_error_name(code));
    ck_assert_int_eq(r.code, code);
    ck_assert_msg(r.offset == offset, "%s \"%s\": %s at %zu, want %zu", mss_id_kind_name(kind), in,
                  mss_error_name(code), r.offset, offset);
    ck_assert_str_eq(out, "");
    ck_assert(!mss_id_is_valid(kind, in));
}

/* ---- kinds ------------------------------------------------------------ */

START_TEST(kind_names_parse_in_any_case_and_spelling)
{
    static const struct {
        const char *name;
        mss_id_kind kind;
    } cases[] = {
        { "siren", MSS_ID_SIREN },           { "SIRET", MSS_ID_SIRET },
        { "Finess", MSS_ID_FINESS },         { "rpps", MSS_ID_RPPS },
        { "rpps-rang", MSS_ID_RPPS_RANG },   { "RPPS_RANG", MSS_ID_RPPS_RANG },
        { "adeli", MSS_ID_ADELI },           { "idnat-ps", MSS_ID_IDNAT_PS },
        { "idnat_ps", MSS_ID_IDNAT_PS },     { "IdNat_Struct", MSS_ID_IDNAT_STRUCT },
        { "idnat-struct", MSS_ID_IDNAT_STRUCT }, { "adeli_rang", MSS_ID_ADELI_RANG },
        { "address", MSS_ID_ADDRESS },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mss_id_kind k = (mss_id_kind)-1;
        ck_assert_int_eq(mss_id_kind_parse(cases[i].name, &k), MSS_OK);
        ck_assert_int_eq(k, cases[i].kind);
    }
    mss_id_kind k = MSS_ID_SIREN;
    ck_assert_int_eq(mss_id_kind_parse("nir", &k), MSS_ERR_ID_UNKNOWN_KIND);
    ck_assert_int_eq(mss_id_kind_parse("siren ", &k), MSS_ERR_ID_UNKNOWN_KIND);
    ck_assert_int_eq(mss_id_kind_parse("sire", &k), MSS_ERR_ID_UNKNOWN_KIND);
    ck_assert_int_eq(mss_id_kind_parse("", &k), MSS_ERR_ID_UNKNOWN_KIND);
    ck_assert_int_eq(mss_id_kind_parse(NULL, &k), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_id_kind_parse("siren", NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(kind_names_are_canonical)
{
    ck_assert_str_eq(mss_id_kind_name(MSS_ID_SIREN), "siren");
    ck_assert_str_eq(mss_id_kind_name(MSS_ID_RPPS_RANG), "rpps-rang");
    ck_assert_str_eq(mss_id_kind_name(MSS_ID_IDNAT_PS), "idnat-ps");
    ck_assert_str_eq(mss_id_kind_name(MSS_ID_IDNAT_STRUCT), "idnat-struct");
    ck_assert_ptr_null(mss_id_kind_name((mss_id_kind)10));
    ck_assert_ptr_null(mss_id_kind_name((mss_id_kind)-1));
    /* Every name parses back to its kind. */
    for (int k = 0; mss_id_kind_name((mss_id_kind)k); k++) {
        mss_id_kind back;
        ck_assert_int_eq(mss_id_kind_parse(mss_id_kind_name((mss_id_kind)k), &back), MSS_OK);
        ck_assert_int_eq(back, k);
    }
    ck_assert_int_eq(mss_id_check((mss_id_kind)42, "732829320", NULL, 0, NULL),
                     MSS_ERR_ID_UNKNOWN_KIND);
}
END_TEST

/* ---- SIREN and SIRET ---------------------------------------------------- */

START_TEST(siren_luhn)
{
    expect_valid(MSS_ID_SIREN, "732829320", "732829320", 0);
    expect_valid(MSS_ID_SIREN, "542051180", "542051180", 0); /* TotalEnergies SE */
    expect_valid(MSS_ID_SIREN, "552081317", "552081317", 0); /* EDF */
    expect_valid(MSS_ID_SIREN, "356000000", "356000000", 0); /* La Poste */
    expect_valid(MSS_ID_SIREN, "732 829 320", "732829320", 0);
    expect_valid(MSS_ID_SIREN, " 732.829-320 ", "732829320", 0);
    expect_error(MSS_ID_SIREN, "732829321", MSS_ERR_ID_CHECKSUM, 8);
    /* The offset is in the original input, separators included. */
    expect_error(MSS_ID_SIREN, "732 829 321", MSS_ERR_ID_CHECKSUM, 10);
    expect_error(MSS_ID_SIREN, "73282932", MSS_ERR_ID_LENGTH, 8);
    expect_error(MSS_ID_SIREN, "7328293200", MSS_ERR_ID_LENGTH, 9);
    expect_error(MSS_ID_SIREN, "732 829 320 0", MSS_ERR_ID_LENGTH, 12);
    expect_error(MSS_ID_SIREN, "73282932O", MSS_ERR_ID_INVALID_CHARACTER, 8);
    expect_error(MSS_ID_SIREN, "2A2829320", MSS_ERR_ID_INVALID_CHARACTER, 1);
    expect_error(MSS_ID_SIREN, "732/829/320", MSS_ERR_ID_INVALID_CHARACTER, 3);
    expect_error(MSS_ID_SIREN, "732_829_320", MSS_ERR_ID_INVALID_CHARACTER, 3);
}
END_TEST

START_TEST(french_typography_spaces_are_separators)
{
    expect_valid(MSS_ID_SIREN, "732\xC2\xA0" "829\xC2\xA0" "320", "732829320", 0);
    expect_valid(MSS_ID_SIRET, "732\xE2\x80\xAF" "829 320 00074", "73282932000074", 0);
    expect_error(MSS_ID_SIREN, "732\xC2\xA0" "829\xC2\xA0" "321", MSS_ERR_ID_CHECKSUM, 12);
    /* Other non-ASCII characters are refused, and told apart from broken UTF-8. */
    expect_error(MSS_ID_SIREN, "732\xC3\xA9" "829320", MSS_ERR_ID_INVALID_CHARACTER, 3);
    expect_error(MSS_ID_SIREN, "732\xC2" "829320", MSS_ERR_INVALID_UTF8, 3);
    expect_error(MSS_ID_SIREN, "732829320\xE2\x80", MSS_ERR_INVALID_UTF8, 9);
}
END_TEST

START_TEST(siret_luhn_and_siren)
{
    expect_valid(MSS_ID_SIRET, "73282932000074", "73282932000074", 0);
    expect_valid(MSS_ID_SIRET, "732 829 320 00074", "73282932000074", 0);
    expect_error(MSS_ID_SIRET, "73282932000079", MSS_ERR_ID_CHECKSUM, 13);
    /* A SIRET whose SIREN is wrong is reported as such, at the SIREN's key. */
    expect_error(MSS_ID_SIRET, "73282932100072", MSS_ERR_SIRET_SIREN, 8);
    expect_error(MSS_ID_SIRET, "732 829 321 00072", MSS_ERR_SIRET_SIREN, 10);
    expect_error(MSS_ID_SIRET, "7328293200007", MSS_ERR_ID_LENGTH, 13);
    expect_error(MSS_ID_SIRET, "7328293200007A", MSS_ERR_ID_INVALID_CHARACTER, 13);
    expect_error(MSS_ID_SIRET, "732829320000740", MSS_ERR_ID_LENGTH, 14);
}
END_TEST

START_TEST(siret_la_poste)
{
    expect_valid(MSS_ID_SIRET, "35600000000048", "35600000000048", 0); /* head office: Luhn */
    expect_valid(MSS_ID_SIRET, "35600000009075", "35600000009075", 0); /* digit sum 30 */
    expect_valid(MSS_ID_SIRET, "35600000009070", "35600000009070", 0); /* digit sum 25 */
    expect_error(MSS_ID_SIRET, "35600000049838", MSS_ERR_ID_CHECKSUM, 13);
    /* A branch that passes Luhn but not the digit-sum rule is invalid. */
    expect_error(MSS_ID_SIRET, "35600000010013", MSS_ERR_ID_CHECKSUM, 13);
    /* The head office itself must pass Luhn, not the La Poste rule. */
    expect_error(MSS_ID_SIRET, "35600000000043", MSS_ERR_ID_CHECKSUM, 13);
}
END_TEST

/* ---- FINESS -------------------------------------------------------------- */

START_TEST(finess_valid_numbers)
{
    expect_valid(MSS_ID_FINESS, "240000059", "240000059", 0); /* CH Bergerac EJ */
    expect_valid(MSS_ID_FINESS, "010780062", "010780062", 0); /* leading zero kept */
    expect_valid(MSS_ID_FINESS, "750712184", "750712184", 0); /* AP-HP */
    expect_valid(MSS_ID_FINESS, "690781810", "690781810", 0); /* Hospices civils de Lyon */
    expect_valid(MSS_ID_FINESS, "330781196", "330781196", 0); /* CHU de Bordeaux */
    expect_valid(MSS_ID_FINESS, "130786049", "130786049", 0); /* AP-HM */
    expect_valid(MSS_ID_FINESS, "75 071 218 4", "750712184", 0);
}
END_TEST

START_TEST(finess_corsica)
{
    expect_valid(MSS_ID_FINESS, "2A0000154", "2A0000154", 0);
    expect_valid(MSS_ID_FINESS, "2B0004246", "2B0004246", 0);
    expect_valid(MSS_ID_FINESS, "2b0004246", "2B0004246", 0);
    expect_valid(MSS_ID_FINESS, "2a 000 015 4", "2A0000154", 0);
    expect_error(MSS_ID_FINESS, "2A0000155", MSS_ERR_ID_CHECKSUM, 8);
    expect_error(MSS_ID_FINESS, "2C0000154", MSS_ERR_ID_INVALID_CHARACTER, 1);
    expect_error(MSS_ID_FINESS, "1A0000154", MSS_ERR_FINESS_DEPARTMENT, 0);
    expect_error(MSS_ID_FINESS, "A20000154", MSS_ERR_ID_INVALID_CHARACTER, 0);
    expect_error(MSS_ID_FINESS, "2A00A0154", MSS_ERR_ID_INVALID_CHARACTER, 4);
    /* Corsica is 2A/2B: "20" is no department, although it passes Luhn. */
    expect_error(MSS_ID_FINESS, "200000006", MSS_ERR_FINESS_DEPARTMENT, 0);
}
END_TEST

START_TEST(finess_departments)
{
    expect_error(MSS_ID_FINESS, "000000000", MSS_ERR_FINESS_DEPARTMENT, 0);
    expect_error(MSS_ID_FINESS, "960000002", MSS_ERR_FINESS_DEPARTMENT, 0);
    expect_error(MSS_ID_FINESS, "990000007", MSS_ERR_FINESS_DEPARTMENT, 0);
    expect_error(MSS_ID_FINESS, " 00 000 000 0", MSS_ERR_FINESS_DEPARTMENT, 1);
    expect_valid(MSS_ID_FINESS, "010000024", "010000024", 0); /* Ain: the first */
    expect_valid(MSS_ID_FINESS, "950000067", "950000067", 0); /* Val-d'Oise: the last */
}
END_TEST

START_TEST(finess_overseas)
{
    expect_valid(MSS_ID_FINESS, "970100228", "970100228", 0); /* Guadeloupe */
    expect_valid(MSS_ID_FINESS, "980500003", "980500003", 0); /* Mayotte */
    expect_error(MSS_ID_FINESS, "971000005", MSS_ERR_FINESS_OVERSEAS, 2);
    expect_error(MSS_ID_FINESS, "970600003", MSS_ERR_FINESS_OVERSEAS, 3);
    expect_error(MSS_ID_FINESS, "970000006", MSS_ERR_FINESS_OVERSEAS, 3);
    expect_error(MSS_ID_FINESS, "980700009", MSS_ERR_FINESS_OVERSEAS, 3);
    expect_error(MSS_ID_FINESS, "981500001", MSS_ERR_FINESS_OVERSEAS, 2);
    /* For 97/98 the third character is the territory's 0: an error, never the
     * position-3 warning. */
    expect_error(MSS_ID_FINESS, "971100003", MSS_ERR_FINESS_OVERSEAS, 2);
}
END_TEST

START_TEST(finess_keyless_and_position3)
{
    expect_error(MSS_ID_FINESS, "24000005", MSS_ERR_FINESS_KEYLESS, 8);
    expect_error(MSS_ID_FINESS, "24 000 005", MSS_ERR_FINESS_KEYLESS, 10);
    expect_error(MSS_ID_FINESS, "2400000", MSS_ERR_ID_LENGTH, 7);
    expect_error(MSS_ID_FINESS, "2400000590", MSS_ERR_ID_LENGTH, 9);
    expect_error(MSS_ID_FINESS, "458174839", MSS_ERR_ID_CHECKSUM, 8);
    expect_valid(MSS_ID_FINESS, "241000017", "241000017", MSS_WARN_FINESS_POSITION3);

    mss_result r;
    ck_assert_int_eq(mss_id_check(MSS_ID_FINESS, "24 1000017", NULL, 0, &r), MSS_OK);
    ck_assert_int_eq(r.issues[0].code, MSS_WARN_FINESS_POSITION3);
    ck_assert_uint_eq(r.issues[0].offset, 3);
    /* A warning does not hide a later error. */
    ck_assert_int_eq(mss_id_check(MSS_ID_FINESS, "241000018", NULL, 0, &r), MSS_ERR_ID_CHECKSUM);
    ck_assert(mss_result_has(&r, MSS_WARN_FINESS_POSITION3));
    ck_assert_uint_eq(mss_result_error_count(&r), 1);
}
END_TEST

/* ---- RPPS, RPPS-rang, ADELI --------------------------------------------- */

START_TEST(rpps_rules)
{
    expect_valid(MSS_ID_RPPS, "10000005479", "10000005479", 0);
    expect_valid(MSS_ID_RPPS, "10100473148", "10100473148", 0);
    expect_valid(MSS_ID_RPPS, "1 00 00 00 19 16", "10000001916", 0);
    expect_error(MSS_ID_RPPS, "10003461033", MSS_ERR_ID_CHECKSUM, 10);
    expect_error(MSS_ID_RPPS, "1000000547", MSS_ERR_ID_LENGTH, 10);
    expect_error(MSS_ID_RPPS, "100000054790", MSS_ERR_ID_LENGTH, 11);
    /* Not starting with 10: valid, with a warning (observed, not normative). */
    expect_valid(MSS_ID_RPPS, "20000000008", "20000000008", MSS_WARN_RPPS_PREFIX);
    expect_valid(MSS_ID_RPPS, "00000000000", "00000000000", MSS_WARN_RPPS_PREFIX);
}
END_TEST

START_TEST(rpps_rang_rules)
{
    expect_valid(MSS_ID_RPPS_RANG, "10005531586003", "10005531586003", 0);
    expect_valid(MSS_ID_RPPS_RANG, "10005531586 00 3", "10005531586003", 0);
    expect_error(MSS_ID_RPPS_RANG, "10005531586004", MSS_ERR_ID_CHECKSUM, 13);
    expect_error(MSS_ID_RPPS_RANG, "1000553158600", MSS_ERR_ID_LENGTH, 13);
    expect_error(MSS_ID_RPPS_RANG, "1000553158600A", MSS_ERR_ID_INVALID_CHARACTER, 13);
}
END_TEST

START_TEST(adeli_rules)
{
    expect_valid(MSS_ID_ADELI, "012807590", "012807590", 0);
    expect_valid(MSS_ID_ADELI, "287008627", "287008627", 0);
    expect_valid(MSS_ID_ADELI, "01 28 0759 0", "012807590", 0);
    expect_valid(MSS_ID_ADELI, "972801237", "972801237", 0); /* overseas department */
    expect_error(MSS_ID_ADELI, "139012345", MSS_ERR_ID_CHECKSUM, 8);
    expect_error(MSS_ID_ADELI, "002801231", MSS_ERR_ADELI_DEPARTMENT, 0);
    expect_error(MSS_ID_ADELI, "202801239", MSS_ERR_ADELI_DEPARTMENT, 0);
    expect_error(MSS_ID_ADELI, "3A2801234", MSS_ERR_ADELI_DEPARTMENT, 0);
    expect_error(MSS_ID_ADELI, "01280759", MSS_ERR_ID_LENGTH, 8);
    expect_error(MSS_ID_ADELI, "0128075A0", MSS_ERR_ID_INVALID_CHARACTER, 7);
    /* Corsica: layout accepted, key not verifiable. */
    expect_valid(MSS_ID_ADELI, "2A2801234", "2A2801234", MSS_WARN_ADELI_KEY_NOT_VERIFIED);
    expect_valid(MSS_ID_ADELI, "2b2801239", "2B2801239", MSS_WARN_ADELI_KEY_NOT_VERIFIED);
    mss_result r;
    ck_assert_int_eq(mss_id_check(MSS_ID_ADELI, "2A 28 0123 4", NULL, 0, &r), MSS_OK);
    ck_assert_uint_eq(r.issues[0].offset, 11);
}
END_TEST

/* ---- IdNat ---------------------------------------------------------------- */

START_TEST(idnat_ps_rpps_and_adeli)
{
    mss_idnat nat;
    mss_result r;
    ck_assert_int_eq(mss_idnat_ps_parse("810000005479", &nat, &r), MSS_OK);
    ck_assert_int_eq(nat.prefix, 8);
    ck_assert_int_eq(nat.inner_kind, MSS_ID_RPPS);
    ck_assert_str_eq(nat.inner, "10000005479");
    ck_assert_int_eq(mss_idnat_ps_parse("0012807590", &nat, &r), MSS_OK);
    ck_assert_int_eq(nat.prefix, 0);
    ck_assert_int_eq(nat.inner_kind, MSS_ID_ADELI);
    ck_assert_str_eq(nat.inner, "012807590");
    expect_valid(MSS_ID_IDNAT_PS, "8 10000005479", "810000005479", 0);
    expect_valid(MSS_ID_IDNAT_PS, "02A2801234", "02A2801234", MSS_WARN_ADELI_KEY_NOT_VERIFIED);
    expect_valid(MSS_ID_IDNAT_PS, "820000000008", "820000000008", MSS_WARN_RPPS_PREFIX);
    /* Luhn over the 12 characters passes; the inner RPPS does not. */
    expect_error(MSS_ID_IDNAT_PS, "810005678901", MSS_ERR_ID_CHECKSUM, 11);
    expect_error(MSS_ID_IDNAT_PS, "8 1000567890 1", MSS_ERR_ID_CHECKSUM, 13);
    expect_error(MSS_ID_IDNAT_PS, "81000000547", MSS_ERR_ID_LENGTH, 11);
    expect_error(MSS_ID_IDNAT_PS, "8100000054790", MSS_ERR_ID_LENGTH, 12);
    expect_error(MSS_ID_IDNAT_PS, "8", MSS_ERR_ID_LENGTH, 1);
    expect_error(MSS_ID_IDNAT_PS, "0139012345", MSS_ERR_ID_CHECKSUM, 9);
    expect_error(MSS_ID_IDNAT_PS, "0002801231", MSS_ERR_ADELI_DEPARTMENT, 1);
    expect_error(MSS_ID_IDNAT_PS, "8100000A5479", MSS_ERR_ID_INVALID_CHARACTER, 7);
    expect_error(MSS_ID_IDNAT_PS, "310000005479", MSS_ERR_IDNAT_PREFIX, 0);
    expect_error(MSS_ID_IDNAT_PS, "10000005479", MSS_ERR_ADDRESS_NO_AT, 11);
    /* A failed parse leaves nothing behind. */
    ck_assert_int_eq(mss_idnat_ps_parse("810005678901", &nat, &r), MSS_ERR_ID_CHECKSUM);
    ck_assert_int_eq(nat.prefix, -1);
    ck_assert_str_eq(nat.inner, "");
}
END_TEST

START_TEST(idnat_ps_address)
{
    mss_idnat nat;
    mss_result r;
    const char *id = "10jean.dupont@hopital-exemple.mssante.fr";
    ck_assert_int_eq(mss_idnat_ps_parse(id, &nat, &r), MSS_OK);
    ck_assert_int_eq(nat.prefix, 10);
    ck_assert_int_eq(nat.inner_kind, MSS_ID_ADDRESS);
    ck_assert_str_eq(nat.inner, "jean.dupont@hopital-exemple.mssante.fr");
    /* The address keeps its dots and hyphens. */
    expect_valid(MSS_ID_IDNAT_PS, id, id, 0);
    expect_error(MSS_ID_IDNAT_PS, "10@hopital.mssante.fr", MSS_ERR_ADDRESS_LOCAL_EMPTY, 2);
    expect_error(MSS_ID_IDNAT_PS, "10jean@", MSS_ERR_ADDRESS_DOMAIN_EMPTY, 7);
    expect_error(MSS_ID_IDNAT_PS, "10a@b@c.fr", MSS_ERR_ADDRESS_MULTIPLE_AT, 5);
    expect_error(MSS_ID_IDNAT_PS, "10jean dupont@h.fr", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 6);
    expect_error(MSS_ID_IDNAT_PS, "10jean@h .fr", MSS_ERR_DOMAIN_INVALID_CHARACTER, 8);
    expect_error(MSS_ID_IDNAT_PS, "10jean\xC2\xA0" "dupont@h.fr", MSS_ERR_ADDRESS_LOCAL_INVALID_CHARACTER, 6);
    /* MSSanté exchanges ASCII local parts; an IDN domain is fine. */
    expect_error(MSS_ID_IDNAT_PS, "10jos\xC3\xA9@h\xC3\xB4pital.fr", MSS_ERR_ADDRESS_LOCAL_NON_ASCII, 5);
    expect_valid(MSS_ID_IDNAT_PS, "10jose@h\xC3\xB4pital.fr", "10jose@h\xC3\xB4pital.fr", 0);
    expect_error(MSS_ID_IDNAT_PS, "10jean@h\x7f.fr", MSS_ERR_CONTROL_CHARACTER, 8);
    expect_error(MSS_ID_IDNAT_PS, "10jean@h\xff.fr", MSS_ERR_INVALID_UTF8, 8);
    expect_error(MSS_ID_IDNAT_PS, "jean@hopital.mssante.fr", MSS_ERR_IDNAT_PREFIX, 0);
    expect_error(MSS_ID_IDNAT_PS, " 10jean@h.fr", MSS_ERR_IDNAT_PREFIX, 0);
    expect_error(MSS_ID_IDNAT_PS, "8jean@hopital.mssante.fr", MSS_ERR_IDNAT_PREFIX, 0);

    /* 254 octets of address fit; 255 do not: a 64-octet local part and a
     * 189-octet domain of four labels (62 + 61 + 61 + "fr" and three dots). */
    char longest[2 + 256];
    char *p = longest;
    memcpy(p, "10", 2), p += 2;
    memset(p, 'a', 64), p += 64;
    *p++ = '@';
    static const size_t labels[] = { 62, 61, 61 };
    for (size_t i = 0; i < 3; i++) {
        memset(p, 'b', labels[i]), p += labels[i];
        *p++ = '.';
    }
    memcpy(p, "fr", 3);
    ck_assert_uint_eq(strlen(longest), 2 + 254);
    char out[MSS_ID_BUFSIZE];
    ck_assert_int_eq(mss_idnat_ps_validate(longest, out, sizeof out), MSS_OK);
    ck_assert_str_eq(out, longest);
    /* One more octet in the first domain label (now 63, still legal). */
    memmove(longest + 2 + 65 + 1, longest + 2 + 65, strlen(longest + 2 + 65) + 1);
    expect_error(MSS_ID_IDNAT_PS, longest, MSS_ERR_ADDRESS_TOO_LONG, 2 + 254);
    /* The address alone, as an identifier kind of its own. */
    expect_valid(MSS_ID_ADDRESS, "jean@h.fr", "jean@h.fr", 0);
    expect_error(MSS_ID_ADDRESS, "jean", MSS_ERR_ADDRESS_NO_AT, 4);
}
END_TEST

START_TEST(idnat_struct_prefixes)
{
    mss_idnat nat;
    mss_result r;
    static const struct {
        const char *in;
        int prefix;
        mss_id_kind kind;
        const char *inner;
    } ok[] = {
        { "1750712184", 1, MSS_ID_FINESS, "750712184" },
        { "12A0000154", 1, MSS_ID_FINESS, "2A0000154" },
        { "2732829320", 2, MSS_ID_SIREN, "732829320" },
        { "373282932000074", 3, MSS_ID_SIRET, "73282932000074" },
        { "335600000009075", 3, MSS_ID_SIRET, "35600000009075" },
        { "410005531586003", 4, MSS_ID_RPPS_RANG, "10005531586003" },
        { "001280759001", 0, MSS_ID_ADELI_RANG, "01280759001" },
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        ck_assert_msg(mss_idnat_struct_parse(ok[i].in, &nat, &r) == MSS_OK, "%s: %s", ok[i].in,
                      mss_error_name(r.code));
        ck_assert_int_eq(nat.prefix, ok[i].prefix);
        ck_assert_int_eq(nat.inner_kind, ok[i].kind);
        ck_assert_str_eq(nat.inner, ok[i].inner);
        ck_assert_uint_eq(mss_result_warning_count(&r), 0);
        ck_assert(mss_idnat_struct_is_valid(ok[i].in));
    }
    ck_assert_int_eq(mss_idnat_struct_parse("5750712184", &nat, &r), MSS_OK);
    ck_assert_int_eq(nat.prefix, 5);
    ck_assert_int_eq(nat.inner_kind, MSS_ID_FINESS);
    expect_valid(MSS_ID_IDNAT_STRUCT, "6 240000372", "6240000372", MSS_WARN_IDNAT_DEPRECATED_PREFIX);
    expect_error(MSS_ID_IDNAT_STRUCT, "1458174839", MSS_ERR_ID_CHECKSUM, 9);
    expect_error(MSS_ID_IDNAT_STRUCT, "1 458 174 839", MSS_ERR_ID_CHECKSUM, 12);
    expect_error(MSS_ID_IDNAT_STRUCT, "124000005", MSS_ERR_FINESS_KEYLESS, 9);
    expect_error(MSS_ID_IDNAT_STRUCT, "1000000000", MSS_ERR_FINESS_DEPARTMENT, 1);
    expect_error(MSS_ID_IDNAT_STRUCT, "2732829321", MSS_ERR_ID_CHECKSUM, 9);
    expect_error(MSS_ID_IDNAT_STRUCT, "22A2829320", MSS_ERR_ID_INVALID_CHARACTER, 2);
    expect_error(MSS_ID_IDNAT_STRUCT, "373282932100072", MSS_ERR_SIRET_SIREN, 9);
    expect_error(MSS_ID_IDNAT_STRUCT, "410005531586004", MSS_ERR_ID_CHECKSUM, 14);
    expect_error(MSS_ID_IDNAT_STRUCT, "7750712184", MSS_ERR_IDNAT_PREFIX, 0);
    expect_error(MSS_ID_IDNAT_STRUCT, "A750712184", MSS_ERR_IDNAT_PREFIX, 0);
    expect_error(MSS_ID_IDNAT_STRUCT, "3732829320000740", MSS_ERR_ID_LENGTH, 15);
    expect_error(MSS_ID_IDNAT_STRUCT, "2", MSS_ERR_ID_LENGTH, 1);
    /* ADELI-rang: the ADELI keeps its key, the rank is two digits. */
    expect_error(MSS_ID_IDNAT_STRUCT, "013901234501", MSS_ERR_ID_CHECKSUM, 9);
    expect_error(MSS_ID_IDNAT_STRUCT, "0012807590", MSS_ERR_ID_LENGTH, 10);
    expect_error(MSS_ID_IDNAT_STRUCT, "00128075900A", MSS_ERR_ID_INVALID_CHARACTER, 11);
    expect_valid(MSS_ID_IDNAT_STRUCT, "02A280123401", "02A280123401", MSS_WARN_ADELI_KEY_NOT_VERIFIED);
    expect_valid(MSS_ID_ADELI_RANG, "01280759001", "01280759001", 0);
}
END_TEST

/* ---- keys, formats, compaction ------------------------------------------ */

START_TEST(check_digits_round_trip)
{
    static const struct {
        mss_id_kind kind;
        const char *number;
    } valid[] = {
        { MSS_ID_SIREN, "732829320" },     { MSS_ID_SIREN, "542051180" },
        { MSS_ID_SIRET, "73282932000074" }, { MSS_ID_SIRET, "35600000000048" },
        { MSS_ID_FINESS, "240000059" },    { MSS_ID_FINESS, "2A0000154" },
        { MSS_ID_FINESS, "2B0004246" },    { MSS_ID_FINESS, "970100228" },
        { MSS_ID_RPPS, "10000005479" },    { MSS_ID_RPPS, "10100473148" },
        { MSS_ID_RPPS_RANG, "10005531586003" }, { MSS_ID_ADELI, "012807590" },
        { MSS_ID_ADELI, "287008627" },
    };
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        char payload[32], key = 'x';
        size_t n = strlen(valid[i].number);
        memcpy(payload, valid[i].number, n - 1);
        payload[n - 1] = '\0';
        ck_assert_int_eq(mss_id_calc_check_digit(valid[i].kind, payload, &key), MSS_OK);
        ck_assert_msg(key == valid[i].number[n - 1], "%s: key %c", valid[i].number, key);
    }
    /* A La Poste branch gets the smallest key that makes the digit sum a multiple of 5. */
    char key = 'x';
    ck_assert_int_eq(mss_siret_calc_check_digit("3560000000907", &key), MSS_OK);
    ck_assert_int_eq(key, '0');
    ck_assert_int_eq(mss_siret_calc_check_digit("356 000 000 0001", &key), MSS_OK);
    ck_assert_int_eq(key, '0');
    ck_assert(mss_siret_is_valid("35600000000010"));
    ck_assert(mss_siret_is_valid("35600000000015"));
    /* Payload checks. */
    ck_assert_int_eq(mss_siren_calc_check_digit("7328293", &key), MSS_ERR_ID_LENGTH);
    ck_assert_int_eq(mss_siren_calc_check_digit("732829320", &key), MSS_ERR_ID_LENGTH);
    ck_assert_int_eq(mss_siren_calc_check_digit("7328293A", &key), MSS_ERR_ID_INVALID_CHARACTER);
    ck_assert_int_eq(mss_finess_calc_check_digit("00000000", &key), MSS_ERR_FINESS_DEPARTMENT);
    ck_assert_int_eq(mss_finess_calc_check_digit("97600000", &key), MSS_ERR_FINESS_OVERSEAS);
    ck_assert_int_eq(mss_siret_calc_check_digit("7328293210007", &key), MSS_ERR_SIRET_SIREN);
    ck_assert_int_eq(mss_adeli_calc_check_digit("2A280123", &key), MSS_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(mss_id_calc_check_digit(MSS_ID_IDNAT_PS, "81000000547", &key),
                     MSS_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(mss_id_calc_check_digit(MSS_ID_ADELI_RANG, "0128075900", &key),
                     MSS_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(mss_rpps_calc_check_digit("1000000547", NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

/* A function that writes into a caller buffer, and what it must write there. */
typedef int (*writer_fn)(const char *in, char *out, size_t outlen);

static void expect_written(writer_fn fn, const char *in, size_t outlen, int code, const char *want)
{
    char out[MSS_ID_BUFSIZE];
    strcpy(out, "junk");
    ck_assert_uint_le(outlen, sizeof out);
    int rc = fn(in, out, outlen);
    ck_assert_msg(rc == code, "\"%s\" into %zu: %s, want %s", in, outlen, mss_error_name(rc),
                  mss_error_name(code));
    if (outlen > 0)
        ck_assert_str_eq(out, want);
}

static int idnat_struct_format(const char *in, char *out, size_t outlen)
{
    return mss_id_format(MSS_ID_IDNAT_STRUCT, in, out, outlen);
}

static int idnat_ps_compact(const char *in, char *out, size_t outlen)
{
    return mss_id_compact(MSS_ID_IDNAT_PS, in, out, outlen);
}

START_TEST(formats)
{
    expect_written(mss_siren_format, "732829320", MSS_ID_BUFSIZE, MSS_OK, "732 829 320");
    expect_written(mss_siret_format, "73282932000074", MSS_ID_BUFSIZE, MSS_OK, "732 829 320 00074");
    expect_written(mss_siret_format, "732.829.320.000.74", MSS_ID_BUFSIZE, MSS_OK, "732 829 320 00074");
    /* No customary grouping: shown compact. */
    expect_written(mss_finess_format, "2b 000 424 6", MSS_ID_BUFSIZE, MSS_OK, "2B0004246");
    expect_written(mss_rpps_format, "100 000 054 79", MSS_ID_BUFSIZE, MSS_OK, "10000005479");
    expect_written(mss_rpps_rang_format, "10005531586003", MSS_ID_BUFSIZE, MSS_OK, "10005531586003");
    expect_written(mss_adeli_format, "012807590", MSS_ID_BUFSIZE, MSS_OK, "012807590");
    expect_written(idnat_struct_format, "1 750712184", MSS_ID_BUFSIZE, MSS_OK, "1750712184");
    /* Invalid input is not formatted. */
    expect_written(mss_siren_format, "732829321", MSS_ID_BUFSIZE, MSS_ERR_ID_CHECKSUM, "");
}
END_TEST

START_TEST(buffers_too_small_never_truncate)
{
    /* "732 829 320" needs 12 bytes, "732829320" 10. */
    expect_written(mss_siren_format, "732829320", 12, MSS_OK, "732 829 320");
    expect_written(mss_siren_format, "732829320", 11, MSS_ERR_BUFFER_TOO_SMALL, "");
    expect_written(mss_siren_validate, "732829320", 10, MSS_OK, "732829320");
    expect_written(mss_siren_validate, "732829320", 9, MSS_ERR_BUFFER_TOO_SMALL, "");
    expect_written(mss_siren_compact, "732 829 320", 10, MSS_OK, "732829320");
    expect_written(mss_siren_compact, "732 829 320", 9, MSS_ERR_BUFFER_TOO_SMALL, "");
    expect_written(mss_siren_compact, "732 829 320", 0, MSS_ERR_BUFFER_TOO_SMALL, "");
    expect_written(idnat_ps_compact, "10a@b.fr", 9, MSS_OK, "10a@b.fr");
    expect_written(idnat_ps_compact, "10a@b.fr", 8, MSS_ERR_BUFFER_TOO_SMALL, "");

    /* The check needs no buffer at all, but a size without a buffer is a mistake. */
    ck_assert_int_eq(mss_siren_validate("732829320", NULL, 0), MSS_OK);
    ck_assert_int_eq(mss_siren_validate("732829320", NULL, 5), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_siren_format("732829320", NULL, 0), MSS_ERR_NULL_ARGUMENT);
    char out[4];
    mss_result r;
    ck_assert_int_eq(mss_id_check(MSS_ID_SIREN, "732829320", out, sizeof out, &r),
                     MSS_ERR_BUFFER_TOO_SMALL);
    ck_assert_int_eq(r.code, MSS_ERR_BUFFER_TOO_SMALL);
}
END_TEST

START_TEST(compact_checks_characters_only)
{
    expect_written(mss_siren_compact, " 732.829-321 ", MSS_ID_BUFSIZE, MSS_OK, "732829321");
    expect_written(mss_finess_compact, "2a-000-0154", MSS_ID_BUFSIZE, MSS_OK, "2A0000154");
    /* Any length: compaction is not validation. */
    expect_written(mss_rpps_compact, "1 2 3", MSS_ID_BUFSIZE, MSS_OK, "123");
    expect_written(mss_siren_compact, "732a29320", MSS_ID_BUFSIZE, MSS_ERR_ID_INVALID_CHARACTER, "");
    expect_written(mss_siren_compact, " - . ", MSS_ID_BUFSIZE, MSS_ERR_EMPTY, "");
    expect_written(mss_adeli_compact, "01\t2807590", MSS_ID_BUFSIZE, MSS_ERR_CONTROL_CHARACTER, "");
    /* The address form of an IdNat_PS keeps its dots and hyphens. */
    expect_written(idnat_ps_compact, "10jean.dupont@h-x.fr", MSS_ID_BUFSIZE, MSS_OK,
                   "10jean.dupont@h-x.fr");
    expect_written(idnat_ps_compact, "8 100 000 054 79", MSS_ID_BUFSIZE, MSS_OK, "810000005479");
    char out[8];
    ck_assert_int_eq(mss_id_compact((mss_id_kind)99, "1", out, sizeof out), MSS_ERR_ID_UNKNOWN_KIND);
}
END_TEST

/* Every per-identifier function answers exactly like the generic one for its kind. */
typedef struct {
    mss_id_kind kind;
    int (*validate)(const char *, char *, size_t);
    bool (*is_valid)(const char *);
    int (*compact)(const char *, char *, size_t);
    int (*format)(const char *, char *, size_t);
    int (*calc)(const char *, char *);
} shortcuts;

#define SHORTCUTS(x, kind)                                                                     \
    { kind, mss_##x##_validate, mss_##x##_is_valid, mss_##x##_compact, mss_##x##_format,        \
      mss_##x##_calc_check_digit }

static const shortcuts all_shortcuts[] = {
    SHORTCUTS(siren, MSS_ID_SIREN),   SHORTCUTS(siret, MSS_ID_SIRET),
    SHORTCUTS(finess, MSS_ID_FINESS), SHORTCUTS(rpps, MSS_ID_RPPS),
    SHORTCUTS(rpps_rang, MSS_ID_RPPS_RANG), SHORTCUTS(adeli, MSS_ID_ADELI),
};

static const char *const samples[] = {
    "732829320", "73282932000074", "240000059", "2A0000154", "10000005479",
    "10005531586003", "012807590", "24000005", "732 829 320", "x",
};

START_TEST(shortcuts_match_the_generic_api)
{
    const shortcuts *s = &all_shortcuts[_i];
    for (size_t j = 0; j < sizeof samples / sizeof samples[0]; j++) {
        const char *in = samples[j];
        char a[MSS_ID_BUFSIZE], b[MSS_ID_BUFSIZE], ka = 0, kb = 0;
        ck_assert_int_eq(s->validate(in, a, sizeof a), mss_id_check(s->kind, in, b, sizeof b, NULL));
        ck_assert_str_eq(a, b);
        ck_assert_int_eq(s->is_valid(in), mss_id_is_valid(s->kind, in));
        ck_assert_int_eq(s->compact(in, a, sizeof a), mss_id_compact(s->kind, in, b, sizeof b));
        ck_assert_int_eq(s->format(in, a, sizeof a), mss_id_format(s->kind, in, b, sizeof b));
        ck_assert_str_eq(a, b);
        ck_assert_int_eq(s->calc(in, &ka), mss_id_calc_check_digit(s->kind, in, &kb));
        ck_assert_int_eq(ka, kb);
    }
    ck_assert_int_eq(mss_idnat_ps_is_valid("810000005479"), true);
    ck_assert_int_eq(mss_idnat_struct_is_valid("810000005479"), false);
}
END_TEST

/* ---- hostile input ------------------------------------------------------ */

/* Every public identifier function given `in` fails with `code`, never crashes. */
static void all_functions_refuse(const char *in, int code)
{
    for (int k = 0; k <= MSS_ID_ADDRESS; k++) {
        mss_id_kind kind = (mss_id_kind)k;
        char out[MSS_ID_BUFSIZE], key = 'x';
        mss_result r;
        int rc = mss_id_check(kind, in, out, sizeof out, &r);
        ck_assert_msg(rc == code, "%s: %s, want %s", mss_id_kind_name(kind), mss_error_name(rc),
                      mss_error_name(code));
        ck_assert_int_eq(r.code, code);
        ck_assert(!mss_id_is_valid(kind, in));
        ck_assert_int_eq(mss_id_compact(kind, in, out, sizeof out), code);
        ck_assert_int_eq(mss_id_format(kind, in, out, sizeof out), code);
        int calc = mss_id_calc_check_digit(kind, in, &key);
        ck_assert(calc == code || calc == MSS_ERR_INVALID_ARGUMENT);
        ck_assert_int_eq(key, 'x');
    }
    for (size_t i = 0; i < sizeof all_shortcuts / sizeof all_shortcuts[0]; i++) {
        char out[MSS_ID_BUFSIZE], key = 'x';
        ck_assert_int_eq(all_shortcuts[i].validate(in, out, sizeof out), code);
        ck_assert(!all_shortcuts[i].is_valid(in));
        ck_assert_int_eq(all_shortcuts[i].compact(in, out, sizeof out), code);
        ck_assert_int_eq(all_shortcuts[i].format(in, out, sizeof out), code);
        ck_assert_int_eq(all_shortcuts[i].calc(in, &key), code);
    }
    mss_idnat nat;
    mss_result r;
    char out[MSS_ID_BUFSIZE];
    ck_assert_int_eq(mss_idnat_ps_parse(in, &nat, &r), code);
    ck_assert_int_eq(nat.prefix, -1);
    ck_assert_int_eq(mss_idnat_struct_parse(in, &nat, &r), code);
    ck_assert_int_eq(mss_idnat_ps_validate(in, out, sizeof out), code);
    ck_assert_int_eq(mss_idnat_struct_validate(in, out, sizeof out), code);
    ck_assert(!mss_idnat_ps_is_valid(in));
    ck_assert(!mss_idnat_struct_is_valid(in));
}

START_TEST(null_and_empty_input)
{
    all_functions_refuse(NULL, MSS_ERR_NULL_ARGUMENT);
    all_functions_refuse("", MSS_ERR_EMPTY);
    mss_result r;
    ck_assert_int_eq(mss_idnat_ps_parse("810000005479", NULL, &r), MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(r.code, MSS_ERR_NULL_ARGUMENT);
    ck_assert_int_eq(mss_idnat_struct_parse("1750712184", NULL, NULL), MSS_ERR_NULL_ARGUMENT);
}
END_TEST

START_TEST(huge_input_is_refused_early)
{
    size_t n = (size_t)1 << 20;
    char *big = malloc(n + 1);
    ck_assert_ptr_nonnull(big);
    memset(big, '1', n);
    big[n] = '\0';
    all_functions_refuse(big, MSS_ERR_TOO_LONG);
    mss_result r;
    mss_id_check(MSS_ID_SIREN, big, NULL, 0, &r);
    ck_assert_uint_eq(r.offset, MSS_MAX_INPUT);
    /* Just at the limit: scanned, and too long for any identifier. */
    big[MSS_MAX_INPUT] = '\0';
    ck_assert_int_eq(mss_id_check(MSS_ID_SIRET, big, NULL, 0, &r), MSS_ERR_ID_LENGTH);
    ck_assert_uint_eq(r.offset, 14);
    memset(big, ' ', MSS_MAX_INPUT);
    ck_assert_int_eq(mss_id_check(MSS_ID_SIRET, big, NULL, 0, &r), MSS_ERR_EMPTY);
    free(big);
}
END_TEST

START_TEST(bad_bytes_are_named)
{
    static const struct {
        const char *in;
        int code;
    } cases[] = {
        { "12\xff" "4", MSS_ERR_INVALID_UTF8 },
        { "12\xc3", MSS_ERR_INVALID_UTF8 },
        { "12\xed\xa0\x80", MSS_ERR_INVALID_UTF8 }, /* UTF-16 surrogate */
        { "12\xc0\xaf", MSS_ERR_INVALID_UTF8 },     /* overlong */
        { "12\n4", MSS_ERR_CONTROL_CHARACTER },
        { "12\t4", MSS_ERR_CONTROL_CHARACTER },
        { "12\x7f", MSS_ERR_CONTROL_CHARACTER },
        { "12\x1b[0m", MSS_ERR_CONTROL_CHARACTER },
        { "12\xc2\x85", MSS_ERR_CONTROL_CHARACTER },   /* U+0085, a C1 control */
        { "12\xc3\xa9", MSS_ERR_ID_INVALID_CHARACTER }, /* U+00E9, valid UTF-8 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int k = 0; k <= MSS_ID_ADDRESS; k++) {
            mss_result r;
            int rc = mss_id_check((mss_id_kind)k, cases[i].in, NULL, 0, &r);
            int want = cases[i].code;
            /* An address local part is plain ASCII: valid UTF-8 beyond it is refused there. */
            if (k == MSS_ID_ADDRESS && want == MSS_ERR_ID_INVALID_CHARACTER)
                want = MSS_ERR_ADDRESS_LOCAL_NON_ASCII;
            ck_assert_msg(rc == want, "case %zu kind %s: %s", i, mss_id_kind_name((mss_id_kind)k),
                          mss_error_name(rc));
            ck_assert_uint_eq(r.offset, 2);
        }
    }
}
END_TEST

START_TEST(results_are_reset_by_each_check)
{
    mss_result r;
    ck_assert_int_eq(mss_id_check(MSS_ID_SIREN, "x", NULL, 0, &r), MSS_ERR_ID_INVALID_CHARACTER);
    ck_assert_int_eq(mss_id_check(MSS_ID_SIREN, "732829320", NULL, 0, &r), MSS_OK);
    ck_assert_int_eq(r.code, MSS_OK);
    ck_assert_uint_eq(r.offset, MSS_NO_POSITION);
    ck_assert_uint_eq(r.count, 0);
    /* Messages exist in both languages for the codes identifiers use. */
    ck_assert_str_eq(mss_strerror(MSS_ERR_FINESS_KEYLESS),
                     "8 characters: a FINESS without its key or with a lost leading zero (never padded)");
    ck_assert_ptr_nonnull(mss_strerror_lang(MSS_WARN_ADELI_KEY_NOT_VERIFIED, MSS_LANG_FR));
}
END_TEST

/* ---- shared test vectors -------------------------------------------------- */

START_TEST(shared_identifier_vectors)
{
    const char *path = testutil_shared_path("testdata/identifiers.tsv");
    if (!path)
        return; /* ../shared is absent: nothing to compare with */
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char line[1024];
    int rows = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        line[strcspn(line, "\r\n")] = '\0';
        char *kind_name = strtok(line, "\t");
        char *value = strtok(NULL, "\t");
        char *expected = strtok(NULL, "\t");
        char *note = strtok(NULL, "\t");
        ck_assert_msg(kind_name && value && expected, "malformed row %d", rows + 1);
        mss_id_kind kind;
        ck_assert_msg(mss_id_kind_parse(kind_name, &kind) == MSS_OK, "kind %s", kind_name);
        mss_result r;
        int rc = mss_id_check(kind, value, NULL, 0, &r);
        bool want = strcmp(expected, "valid") == 0;
        ck_assert_msg((rc == MSS_OK) == want, "%s %s: %s (%s)", kind_name, value, mss_error_name(rc),
                      note ? note : "");
        ck_assert_int_eq(mss_id_is_valid(kind, value), want);
        if (!want)
            ck_assert_uint_lt(r.offset, strlen(value) + 1);
        rows++;
    }
    fclose(f);
    ck_assert_int_gt(rows, 30);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ids");
    TCase *tc = tcase_create("kinds");
    tcase_add_test(tc, kind_names_parse_in_any_case_and_spelling);
    tcase_add_test(tc, kind_names_are_canonical);
    suite_add_tcase(s, tc);

    tc = tcase_create("rules");
    tcase_add_test(tc, siren_luhn);
    tcase_add_test(tc, french_typography_spaces_are_separators);
    tcase_add_test(tc, siret_luhn_and_siren);
    tcase_add_test(tc, siret_la_poste);
    tcase_add_test(tc, finess_valid_numbers);
    tcase_add_test(tc, finess_corsica);
    tcase_add_test(tc, finess_departments);
    tcase_add_test(tc, finess_overseas);
    tcase_add_test(tc, finess_keyless_and_position3);
    tcase_add_test(tc, rpps_rules);
    tcase_add_test(tc, rpps_rang_rules);
    tcase_add_test(tc, adeli_rules);
    suite_add_tcase(s, tc);

    tc = tcase_create("idnat");
    tcase_add_test(tc, idnat_ps_rpps_and_adeli);
    tcase_add_test(tc, idnat_ps_address);
    tcase_add_test(tc, idnat_struct_prefixes);
    suite_add_tcase(s, tc);

    tc = tcase_create("api");
    tcase_add_test(tc, check_digits_round_trip);
    tcase_add_test(tc, formats);
    tcase_add_test(tc, buffers_too_small_never_truncate);
    tcase_add_test(tc, compact_checks_characters_only);
    tcase_add_loop_test(tc, shortcuts_match_the_generic_api, 0,
                        (int)(sizeof all_shortcuts / sizeof all_shortcuts[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("robustness");
    tcase_add_test(tc, null_and_empty_input);
    tcase_add_test(tc, huge_input_is_refused_early);
    tcase_add_test(tc, bad_bytes_are_named);
    tcase_add_test(tc, results_are_reset_by_each_check);
    suite_add_tcase(s, tc);

    tc = tcase_create("shared");
    tcase_add_test(tc, shared_identifier_vectors);
    suite_add_tcase(s, tc);
    return testutil_run(&s, 1);
}
