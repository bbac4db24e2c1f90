/* Domains: IDNA normalisation, classification, generic Occitanie domains. */

%{
#include <medimail/domain.h>
%}

MSSB_ENUM_OUTPUT(mss_structure_kind, kind)

/* Length-delimited input is for C callers; scripts pass whole strings. */
%ignore mss_domain_normalize_n;

%include <medimail/domain.h>
