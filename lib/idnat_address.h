/* The MSSanté address inside an IdNat_PS "10" + address. Not installed. */
#ifndef MSS_LIB_IDNAT_ADDRESS_H
#define MSS_LIB_IDNAT_ADDRESS_H

#include <medimail/error.h>

/* Check s[0..len) as an address, reporting offsets relative to s. For now a
 * minimal check (one at-sign, non-empty local part and domain, no space or
 * control character, valid UTF-8, at most 254 octets); meant to be routed to
 * the full address syntax check once it exists. */
int mssi_idnat_address_check(const char *s, size_t len, mss_result *res);

#endif
