/* French department codes and postal codes. Not installed. */
#ifndef MSS_LIB_POSTAL_H
#define MSS_LIB_POSTAL_H

#include <stdbool.h>

/* "01".."95" except "20", "2A", "2B", the overseas "971".."978" and "986".."988". */
bool mssi_department_exists(const char *code);

/* Five ASCII digits starting with an existing department number. */
bool mssi_postal_code_valid(const char *code);

/* Whether a valid postal code is distributed in a valid department
 * (Corsica 200xx-201xx is 2A, 202xx-206xx 2B; overseas use three digits). */
bool mssi_postal_code_in_department(const char *postal, const char *department);

#endif
