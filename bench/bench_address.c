/* Addresses per mailbox type, address suggestion and whole-record checks,
 * on inputs shaped like directory rows: nominative local parts, listed
 * domains for the MSSanté types, ordinary public domains for INT and MED. */
#include <stdio.h>
#include <string.h>

#include "bench.h"

#define ADDRESS_TARGET_NS 250

static const char *const last_names[] = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "García", "Le Gall", "N'Diaye",
};
static const char *const first_names[] = {
    "Marie", "Jean", "Élodie", "François", "Anne-Sophie", "Jérôme", "Chloé", "Luc",
    "Inès", "Noël", "Hélène", "Paul", "Zoé", "Benoît", "Camille", "Léa",
};
#define NAMES 16

typedef struct address_inputs {
    const mss_whitelist *wl;
    mss_bal_type type;
    char values[BENCH_INPUTS][MSS_ADDRESS_BUFSIZE];
} address_inputs;

static unsigned long run_address(const void *ctx, size_t n)
{
    const address_inputs *in = ctx;
    unsigned long ok = 0;
    mss_result res;
    for (size_t i = 0; i < n; i++)
        ok += mss_address_check(in->values[i & (BENCH_INPUTS - 1)], in->type, in->wl, NULL, &res) == MSS_OK;
    return ok;
}

/* Lower-case ASCII form of a name for a local part ("Le Gall" -> "le-gall"). */
static void ascii_name(const char *name, char *out, size_t outlen)
{
    char buf[MSS_ADDRESS_BUFSIZE];
    if (mss_address_suggest(name, NULL, "x.mssante.fr", MSS_BAL_ORG, 0, NULL, buf, sizeof buf, NULL) != MSS_OK)
        snprintf(buf, sizeof buf, "nom@");
    snprintf(out, outlen, "%.*s", (int)strcspn(buf, "@"), buf);
}

static const char *listed_domain(const mss_whitelist *wl, size_t i)
{
    static const char *const generic[] = { "pro.oc.mssante.fr", "ehpad.oc.mssante.fr" };
    if (!wl)
        return generic[i % 2];
    return mss_whitelist_entry_domain(mss_whitelist_entry_at(wl, i * 7919 % mss_whitelist_count(wl)));
}

static void fill_addresses(address_inputs *in, mss_bal_type type, const mss_whitelist *wl)
{
    static const char *const services[] = { "secretariat.cardiologie", "urgences", "bloc.operatoire",
                                            "laboratoire", "accueil.imagerie" };
    static const char *const software[] = { "dpi", "resultats", "lettres-sortie", "noreply.biologie" };
    static const char *const public_domains[] = { "chu-exemple.fr", "clinique-du-parc.com",
                                                  "hopital.example-sante.org", "cabinet-medical.re" };
    in->wl = wl;
    in->type = type;
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        char last[64], first[64];
        ascii_name(last_names[i % NAMES], last, sizeof last);
        ascii_name(first_names[(i / NAMES) % NAMES], first, sizeof first);
        const char *domain = type == MSS_BAL_INT || type == MSS_BAL_MED ? public_domains[i % 4]
                                                                         : listed_domain(wl, i);
        if (type == MSS_BAL_ORG)
            snprintf(in->values[i], MSS_ADDRESS_BUFSIZE, "%s@%s", services[i % 5], domain);
        else if (type == MSS_BAL_APP)
            snprintf(in->values[i], MSS_ADDRESS_BUFSIZE, "%s@%s", software[i % 4], domain);
        else if (type == MSS_BAL_CAB)
            snprintf(in->values[i], MSS_ADDRESS_BUFSIZE, "cabinet.%s@%s", last, domain);
        else
            snprintf(in->values[i], MSS_ADDRESS_BUFSIZE, "%s.%s@%s", last, first, domain);
    }
}

typedef struct suggest_inputs {
    const mss_whitelist *wl;
    const char *domains[BENCH_INPUTS];
} suggest_inputs;

static unsigned long run_suggest(const void *ctx, size_t n)
{
    const suggest_inputs *in = ctx;
    char out[MSS_ADDRESS_BUFSIZE];
    unsigned long ok = 0;
    mss_result res;
    for (size_t i = 0; i < n; i++) {
        size_t k = i & (BENCH_INPUTS - 1);
        ok += mss_address_suggest(last_names[k % NAMES], first_names[(k / NAMES) % NAMES], in->domains[k],
                                  MSS_BAL_PER, 0, in->wl, out, sizeof out, &res) == MSS_OK;
    }
    return ok;
}

/* Directory-like records: PER (RPPS, FINESS structure) and ORG (SIRET). */
typedef struct record_inputs {
    const mss_whitelist *wl;
    mss_record recs[BENCH_INPUTS];
    char ids[BENCH_INPUTS][3][MSS_ID_BUFSIZE];
} record_inputs;

static unsigned long run_record(const void *ctx, size_t n)
{
    const record_inputs *in = ctx;
    unsigned long ok = 0;
    mss_result res;
    for (size_t i = 0; i < n; i++)
        ok += mss_record_check(&in->recs[i & (BENCH_INPUTS - 1)], in->wl, MSS_RECORD_NATIONAL_DATA, &res) == MSS_OK;
    return ok;
}

static void fill_records(record_inputs *in, const address_inputs *addresses, mss_bal_type type)
{
    uint64_t rng = 0x2EC0 + (uint64_t)type;
    in->wl = addresses->wl;
    for (size_t i = 0; i < BENCH_INPUTS; i++) {
        char (*id)[MSS_ID_BUFSIZE] = in->ids[i];
        mss_record *r = &in->recs[i];
        memset(r, 0, sizeof *r);
        r->address = addresses->values[i];
        if (type == MSS_BAL_PER) {
            r->type = "PER";
            bench_valid_id(&rng, MSS_ID_RPPS, id[0]);
            snprintf(id[1], MSS_ID_BUFSIZE, "8%s", id[0]);
            bench_valid_id(&rng, MSS_ID_FINESS, id[2]);
            r->person_id_type = "8";
            r->person_id = id[0];
            r->idnat_ps = id[1];
            r->struct_id_type = "1";
            r->last_name = last_names[i % NAMES];
            r->first_name = first_names[(i / NAMES) % NAMES];
        } else {
            r->type = "ORG";
            bench_valid_id(&rng, MSS_ID_SIRET, id[2]);
            r->struct_id_type = "3";
        }
        r->struct_id = id[2];
    }
}

void bench_addresses(const bench_options *opt, const mss_whitelist *wl)
{
    static address_inputs in;
    static suggest_inputs sug;
    static record_inputs recs;
    const char *origin = wl ? "whitelist hit" : "generic domain, no whitelist";
    char name[96];
    for (int t = 0; t < MSS_BAL_TYPE_COUNT; t++) {
        mss_bal_type type = (mss_bal_type)t;
        bool mssante = mss_bal_type_needs_mssante_domain(type);
        fill_addresses(&in, type, wl);
        snprintf(name, sizeof name, "%s, ASCII, %s", mss_bal_type_code(type), mssante ? origin : "public domain");
        bench_case(opt, "addresses", name, run_address, &in, type == MSS_BAL_PER ? ADDRESS_TARGET_NS : 0);
    }
    sug.wl = wl;
    for (size_t i = 0; i < BENCH_INPUTS; i++)
        sug.domains[i] = listed_domain(wl, i);
    bench_case(opt, "addresses", "suggest nom.prenom (PER, accented names)", run_suggest, &sug, 0);

    static const mss_bal_type record_types[] = { MSS_BAL_PER, MSS_BAL_ORG };
    for (size_t k = 0; k < 2; k++) {
        fill_addresses(&in, record_types[k], wl);
        fill_records(&recs, &in, record_types[k]);
        snprintf(name, sizeof name, "%s record (national data)", mss_bal_type_code(record_types[k]));
        bench_case(opt, "records", name, run_record, &recs, 0);
    }
}
