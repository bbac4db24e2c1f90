/* Check a recipient before the DPI sends a document through MSSanté.
 *
 * The DPI (patient record software) must only send to MSSanté addresses:
 * a well-formed address on a domain of the ANS whitelist. Load the list
 * once at start-up (it is read-only afterwards and can be shared by every
 * thread), then check each recipient in microseconds.
 *
 *   check_recipient listeblanchemssante.xml dr.martin@chu-toulouse.mssante.fr ...
 *
 * Exit status: 0 when every recipient can receive, 1 otherwise, 2 when the
 * whitelist cannot be loaded. Build: cc check_recipient.c $(pkg-config --cflags --libs mssconf)
 */
#include <medimail/mssconf.h>
#include <stdio.h>

/* 0 when the recipient can receive MSSanté mail; prints why not. */
static int check_recipient(const mss_whitelist *wl, const char *recipient)
{
    mss_address_parts parts;
    mss_result res;
    if (mss_address_check_syntax(recipient, &parts, &res) != MSS_OK) {
        printf("%s: refusé — %s (%s, position %zu)\n", recipient, mss_strerror_lang(res.code, MSS_LANG_FR),
               mss_error_name(res.code), res.offset);
        return 1;
    }
    mss_domain_class cls = mss_domain_classify(parts.domain, wl, &res);
    if (cls != MSS_DOMAIN_GENERIC && cls != MSS_DOMAIN_WHITELISTED) {
        printf("%s: refusé — %s\n", recipient, mss_domain_class_description(cls, MSS_LANG_FR));
        const mss_whitelist_entry *near[1];
        if (mss_whitelist_suggest(wl, parts.domain, near, 1) == 1)
            printf("  vouliez-vous dire …@%s ?\n", mss_whitelist_entry_domain(near[0]));
        return 1;
    }
    printf("%s: OK (%s)\n", parts.address, mss_domain_class_description(cls, MSS_LANG_FR));
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s WHITELIST.xml RECIPIENT...\n", argv[0]);
        return 2;
    }
    mss_whitelist *wl = mss_whitelist_new();
    mss_load_info info;
    int rc = wl ? mss_whitelist_load_file(wl, argv[1], &info) : MSS_ERR_NO_MEMORY;
    if (rc != MSS_OK) {
        fprintf(stderr, "%s: %s (%s)\n", argv[1], mss_strerror_lang(rc, MSS_LANG_FR), mss_error_name(rc));
        mss_whitelist_free(wl);
        return 2;
    }
    int status = 0;
    for (int i = 2; i < argc; i++)
        status |= check_recipient(wl, argv[i]);
    mss_whitelist_free(wl);
    return status;
}
