/* Shared by the whitelist loaders. Not installed. */
#ifndef MSS_LIB_WHITELIST_INTERNAL_H
#define MSS_LIB_WHITELIST_INTERNAL_H

#include <stdio.h>

#include "whitelist_build.h"

/* Start a load: reset info (may be NULL) and seed a builder with wl. */
int mssi_load_begin(const mss_whitelist *wl, mssi_wl_builder *b, mss_load_info *info);

/* End a load: on success swap the built table into wl, else leave wl as it
 * was. Frees the builder; records code in info and returns it. */
int mssi_load_end(mss_whitelist *wl, mssi_wl_builder *b, int code, mss_load_info *info);

/* Record the error that stops a load, with its 1-based position. */
int mssi_load_error(mss_load_info *info, int code, unsigned long line, unsigned long column);

/* Record a note (the first MSS_LOAD_MAX_NOTES are kept); text is the
 * offending value, cut to fit for display. */
void mssi_load_note(mss_load_info *info, int code, unsigned long line, unsigned long column, const char *text,
                    size_t len);

/* Parsers of a whole buffer, or of an open file, into a builder. */
typedef int (*mssi_buffer_parser)(mssi_wl_builder *b, const char *data, size_t len, mss_load_info *info);
typedef int (*mssi_file_parser)(mssi_wl_builder *b, FILE *f, mss_load_info *info);

/* A whole load, all or nothing, from memory or from a file; info may be NULL. */
int mssi_load_buffer(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info, mssi_buffer_parser parse);
int mssi_load_file(mss_whitelist *wl, const char *path, mss_load_info *info, mssi_file_parser parse);

#endif
