#include <medimail/common.h>

const char *mss_version(void)
{
    return MSS_VERSION_STRING;
}
