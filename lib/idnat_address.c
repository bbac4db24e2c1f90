/* The MSSanté address inside an IdNat_PS "10" + address: the full address
 * syntax check (see address_syntax.c), whatever the mailbox type. */
#include "address_internal.h"
#include "idnat_address.h"

int mssi_idnat_address_check(const char *s, size_t len, mss_result *res)
{
    return mssi_address_syntax(s, len, NULL, NULL, NULL, res);
}
