/* The whitelist XML loader parses without expat's namespace processing and
 * starts over with it when a document needs it (lib/whitelist_xml.c): on
 * any byte string, up to 1 MiB, it must load what the namespace parser
 * alone loads (mssi_whitelist_load_xml_namespaced): same code, position,
 * counts, notes and list, over a list that holds an entry already. Run it
 * with the whitelist_xml dictionary and corpus too. */
#include "whitelist_invariants.h"
#include "whitelist_xml.h"

static bool same_string(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static void same_info(const mss_load_info *a, const mss_load_info *b)
{
    FUZZ_ASSERT(a->code == b->code && a->line == b->line && a->column == b->column);
    FUZZ_ASSERT(a->entries == b->entries && a->added == b->added && a->skipped == b->skipped);
    FUZZ_ASSERT(a->nnotes == b->nnotes);
    for (unsigned i = 0; i < a->nnotes; i++) {
        const mss_load_note *x = &a->notes[i], *y = &b->notes[i];
        FUZZ_ASSERT(x->code == y->code && x->line == y->line && x->column == y->column);
        FUZZ_ASSERT(same_string(x->text, y->text));
    }
}

static void same_list(const mss_whitelist *a, const mss_whitelist *b)
{
    FUZZ_ASSERT(mss_whitelist_count(a) == mss_whitelist_count(b));
    FUZZ_ASSERT(same_string(mss_whitelist_generated(a), mss_whitelist_generated(b)));
    for (size_t i = 0; i < mss_whitelist_count(a); i++) {
        const mss_whitelist_entry *x = mss_whitelist_entry_at(a, i), *y = mss_whitelist_entry_at(b, i);
        FUZZ_ASSERT(same_string(mss_whitelist_entry_domain(x), mss_whitelist_entry_domain(y)));
        FUZZ_ASSERT(same_string(mss_whitelist_entry_description(x), mss_whitelist_entry_description(y)));
        FUZZ_ASSERT(same_string(mss_whitelist_entry_updated(x), mss_whitelist_entry_updated(y)));
        size_t ops = mss_whitelist_entry_operator_count(x);
        FUZZ_ASSERT(ops == mss_whitelist_entry_operator_count(y));
        for (size_t k = 0; k < ops; k++) {
            const char *xo = NULL, *xi = NULL, *yo = NULL, *yi = NULL;
            FUZZ_ASSERT(mss_whitelist_entry_operator(x, k, &xo, &xi) == MSS_OK);
            FUZZ_ASSERT(mss_whitelist_entry_operator(y, k, &yo, &yi) == MSS_OK);
            FUZZ_ASSERT(same_string(xo, yo) && same_string(xi, yi));
            FUZZ_ASSERT(same_string(mss_whitelist_entry_operator_server(x, k), mss_whitelist_entry_operator_server(y, k)));
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    mss_whitelist *loaded = mss_whitelist_new(), *reference = mss_whitelist_new();
    FUZZ_ASSERT(loaded && reference);
    FUZZ_ASSERT(mss_whitelist_add(loaded, FUZZ_PRELOADED, NULL) == MSS_OK);
    FUZZ_ASSERT(mss_whitelist_add(reference, FUZZ_PRELOADED, NULL) == MSS_OK);
    mss_load_info a, b;
    int rc = mss_whitelist_load_xml_buffer(loaded, (const char *)data, size, &a);
    FUZZ_ASSERT(rc == mssi_whitelist_load_xml_namespaced(reference, (const char *)data, size, &b));
    fuzz_check_info(rc, &a);
    same_info(&a, &b);
    same_list(loaded, reference);
    mss_whitelist_free(loaded);
    mss_whitelist_free(reference);
    return 0;
}
