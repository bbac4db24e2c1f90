/* Internal helpers of the domain area, shared with the whitelist. Not installed. */
#ifndef MSS_LIB_DOMAIN_INTERNAL_H
#define MSS_LIB_DOMAIN_INTERNAL_H

#include <medimail/domain.h>

/* Length of a NUL-terminated input, stopping just past MSS_MAX_INPUT so a
 * hostile megabyte string is not scanned to its end. */
size_t mssi_input_length(const char *s);

/* Normalise in[0..len) into out (MSS_DOMAIN_BUFSIZE octets), *outlen gets
 * the length. Reports into res without resetting it. Lowercase or
 * upper-case ASCII without `xn--` labels allocates nothing. */
int mssi_domain_normalize(const char *in, size_t len, char out[MSS_DOMAIN_BUFSIZE], size_t *outlen,
                          mss_result *res);

/* mss_domain_classify() of a name already normalised (d[0..n), as
 * mssi_domain_normalize() gives it): the address checks have just
 * normalised it, and normalising is most of the cost. */
mss_domain_class mssi_domain_classify_normalised(const char *d, size_t n, const struct mss_whitelist *wl,
                                                 mss_result *res);

/* The generic domain a normalised name is, if any. */
bool mssi_generic_kind(const char *normalised, size_t len, mss_structure_kind *kind);

#endif
