/* One SWIG interface for Python and PHP. It stays thin: the C API as it is,
 * with typemaps that turn "caller buffer" outputs into returned strings and
 * result structs into small objects. The idiomatic layers (exceptions,
 * stdnum-shaped modules, PHP classes) live in bindings/python and bindings/php. */
%module mssconf

%include "swig/typemaps.i"
%include "swig/errors.i"
%include "swig/ids.i"
/* Written against their headers; enabled (and their Python modules
 * imported) once lib/domain.c and lib/whitelist.c are in lib/meson.build:
 * %include "swig/domain.i"
 * %include "swig/whitelist.i"
 * %include "swig/address.i"
 * %include "swig/account.i"
 */
