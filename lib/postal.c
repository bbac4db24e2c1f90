#include "postal.h"

#include <string.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool two_digits_department(const char *s)
{
    if (!is_digit(s[0]) || !is_digit(s[1]))
        return false;
    int n = (s[0] - '0') * 10 + (s[1] - '0');
    /* 20 became 2A/2B in 1976; 96 was never used. */
    return n >= 1 && n <= 95 && n != 20;
}

static bool overseas_department(const char *s)
{
    if (s[0] != '9' || !is_digit(s[2]))
        return false;
    if (s[1] == '7')
        return s[2] >= '1' && s[2] <= '8';
    if (s[1] == '8')
        return s[2] >= '6' && s[2] <= '8';
    return false;
}

bool mssi_department_exists(const char *code)
{
    size_t len = strlen(code);
    if (len == 2)
        return two_digits_department(code) || (code[0] == '2' && (code[1] == 'A' || code[1] == 'B'));
    return len == 3 && overseas_department(code);
}

bool mssi_postal_code_valid(const char *code)
{
    if (strlen(code) != 5)
        return false;
    for (int i = 0; i < 5; i++)
        if (!is_digit(code[i]))
            return false;
    if (code[0] == '2' && code[1] == '0')
        return code[2] <= '6';
    return two_digits_department(code) || overseas_department(code);
}

bool mssi_postal_code_in_department(const char *postal, const char *department)
{
    if (postal[0] == '2' && postal[1] == '0')
        return strcmp(department, postal[2] <= '1' ? "2A" : "2B") == 0;
    if (postal[0] == '9' && (postal[1] == '7' || postal[1] == '8')) {
        /* Saint-Barthélemy (977) and Saint-Martin (978) keep Guadeloupe's codes. */
        if (strcmp(postal, "97133") == 0)
            return strcmp(department, "977") == 0 || strcmp(department, "971") == 0;
        if (strcmp(postal, "97150") == 0)
            return strcmp(department, "978") == 0 || strcmp(department, "971") == 0;
        return strlen(department) == 3 && memcmp(postal, department, 3) == 0;
    }
    return strlen(department) == 2 && memcmp(postal, department, 2) == 0;
}
