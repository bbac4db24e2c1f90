/* Internal helpers to fill a mss_result. Not installed. */
#ifndef MSS_LIB_RESULT_H
#define MSS_LIB_RESULT_H

#include <medimail/error.h>

/* Record an error or warning; the first error becomes r->code. Returns code
 * so a check can `return mssi_fail(r, ...)`. r may be NULL. */
int mssi_report(mss_result *r, int code, size_t offset, size_t field);

#define mssi_fail(r, code, offset) mssi_report((r), (code), (offset), MSS_NO_POSITION)
#define mssi_warn(r, code, offset) ((void)mssi_report((r), (code), (offset), MSS_NO_POSITION))

/* Copy a NUL-terminated string into a caller buffer, or fail without
 * writing a truncated value. out may be NULL when outlen is 0. */
int mssi_copy_out(const char *s, size_t len, char *out, size_t outlen);

#endif
