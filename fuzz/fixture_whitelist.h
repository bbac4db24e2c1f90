/* A small whitelist shared by the targets that check addresses and records,
 * built on first use and kept for the process (libFuzzer runs millions of
 * inputs; rebuilding it each time would be most of the cost). It is
 * reachable until exit, so leak checkers do not count it. */
#ifndef MSS_FUZZ_FIXTURE_WHITELIST_H
#define MSS_FUZZ_FIXTURE_WHITELIST_H

#include <medimail/whitelist.h>

#include "fuzz_util.h"

static inline const mss_whitelist *fixture_whitelist(void)
{
    static const char domains[] = "pro.oc.mssante.fr\n"
                                  "oc.mssante.fr\n"
                                  "hopital-exemple.mssante.fr\n"
                                  "xn--hpital-exemple-0ob.mssante.fr\n"
                                  "mssante.exemple.org\n"
                                  "medecin.mssante.fr\n";
    static mss_whitelist *wl;
    if (!wl) {
        wl = mss_whitelist_new();
        FUZZ_ASSERT(wl != NULL);
        FUZZ_ASSERT(mss_whitelist_load_text_buffer(wl, domains, sizeof domains - 1,
                                                   NULL) == MSS_OK);
    }
    return wl;
}

#endif
