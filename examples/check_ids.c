/* check_ids: validate national identifiers from the command line.
 *
 *   check_ids KIND VALUE...
 *
 * KIND is siren, siret, finess, rpps, rpps-rang, adeli, idnat-ps or
 * idnat-struct. Prints one line per value: "valid" with the compact form and
 * any warning, or "invalid" with the reason and where it was found. Exit
 * status 0 when every value is valid, 1 otherwise, 2 on a usage error. */
#include <medimail/mssconf.h>
#include <stdio.h>

static void print_warnings(const mss_result *r)
{
    for (unsigned i = 0; i < r->count; i++)
        if (r->issues[i].code > 0)
            printf(" (warning: %s)", mss_strerror(r->issues[i].code));
}

int main(int argc, char **argv)
{
    mss_id_kind kind;
    if (argc < 3 || mss_id_kind_parse(argv[1], &kind) != MSS_OK) {
        fprintf(stderr, "usage: %s KIND VALUE...\n"
                        "KIND: siren, siret, finess, rpps, rpps-rang, adeli, idnat-ps, idnat-struct\n",
                argv[0]);
        return 2;
    }
    int status = 0;
    for (int i = 2; i < argc; i++) {
        char compact[MSS_ID_BUFSIZE];
        mss_result r;
        if (mss_id_check(kind, argv[i], compact, sizeof compact, &r) == MSS_OK) {
            printf("%s: valid %s %s", argv[i], mss_id_kind_name(kind), compact);
            print_warnings(&r);
            printf("\n");
        } else {
            printf("%s: invalid %s: %s", argv[i], mss_id_kind_name(kind), mss_strerror(r.code));
            if (r.offset != MSS_NO_POSITION)
                printf(" (at byte %zu)", r.offset);
            printf("\n");
            status = 1;
        }
    }
    return status;
}
