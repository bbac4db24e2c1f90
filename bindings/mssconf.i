/* One SWIG interface for Python and PHP. It stays thin: the C API as it is,
 * with typemaps that turn "caller buffer" outputs into returned strings and
 * result structs into small objects. The idiomatic layers (exceptions,
 * stdnum-shaped modules, PHP classes) live in bindings/python and bindings/php. */
%module mssconf

%include "swig/typemaps.i"
%include "swig/errors.i"
%include "swig/ids.i"
%include "swig/domain.i"
%include "swig/whitelist.i"
%include "swig/address.i"
%include "swig/account.i"
