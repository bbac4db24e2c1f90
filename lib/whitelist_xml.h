/* The XML whitelist loader's second entry point. Not installed. */
#ifndef MSS_LIB_WHITELIST_XML_H
#define MSS_LIB_WHITELIST_XML_H

#include <medimail/whitelist.h>

/* mss_whitelist_load_xml_buffer with expat's namespace processing from the
 * start, as the loader parsed before its plain first parse: the reference
 * that tests/test_whitelist_namespaces.c compares the loader with. */
int mssi_whitelist_load_xml_namespaced(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info);

#endif
