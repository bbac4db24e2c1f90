/**
 * @file common.h
 * @brief Export macros, language selection and shared limits of libmssconf.
 *
 * Included by every other public header; rarely needed on its own.
 */
#ifndef MEDIMAIL_COMMON_H
#define MEDIMAIL_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#if defined(_WIN32)
#  define MSS_EXPORT
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define MSS_EXPORT __attribute__((visibility("default")))
#else
#  define MSS_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Language of human-readable messages and labels. */
typedef enum mss_lang {
    MSS_LANG_EN = 0, /**< English */
    MSS_LANG_FR = 1  /**< French */
} mss_lang;

/**
 * Longest input string (in octets) any check accepts. Longer input is
 * refused with ::MSS_ERR_TOO_LONG before it is scanned further, so hostile
 * megabyte strings cost nothing.
 */
#define MSS_MAX_INPUT 4096

/**
 * Version of the library as a string ("0.1.0").
 *
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_version(void);

#ifdef __cplusplus
}
#endif

#endif
