/* National identifiers: SIREN, SIRET, FINESS, RPPS, RPPS-rang, ADELI, IdNat. */

%{
#include <medimail/ids.h>
%}

MSSB_ENUM_OUTPUT(mss_id_kind, kind)

/* An IdNat is filled by the parse functions; the script only reads it. */
%immutable mss_idnat::prefix;
%immutable mss_idnat::inner_kind;
%immutable mss_idnat::inner;

%include <medimail/ids.h>
