/* Typemaps shared by every concern: the C API's output conventions become
 * return values, per language. */

%{
#include <stdlib.h>
#include <string.h>
#include <medimail/common.h>
#include <medimail/error.h>

/* Large enough for any output of the library (all are bounded by
 * MSS_MAX_INPUT); the C functions refuse rather than truncate anyway. */
#define MSSB_OUT_BUFSIZE (2 * MSS_MAX_INPUT + 1)
%}

/* (char *out, size_t outlen): the caller's buffer. The wrapped function
 * returns [code, text]; text is meaningful only when code >= 0. */
%typemap(in, numinputs=0) (char *out, size_t outlen) (char buf[MSSB_OUT_BUFSIZE]) {
    buf[0] = '\0';
    $1 = buf;
    $2 = sizeof buf;
}

#if defined(SWIGPYTHON)
%typemap(argout) char *digit {
    $result = SWIG_Python_AppendOutput($result, PyUnicode_FromString($1));
}

%typemap(argout) (char *out, size_t outlen) {
    /* "replace": a failed call may leave anything in the buffer. */
    PyObject *text = PyUnicode_DecodeUTF8($1, (Py_ssize_t)strnlen($1, $2), "replace");
    $result = SWIG_Python_AppendOutput($result, text);
}

/* Raw bytes in, for documents (whitelist XML): bytes, bytearray or str. */
%typemap(in) (const char *data, size_t len) (Py_buffer view, int have_view = 0) {
    if (PyUnicode_Check($input)) {
        Py_ssize_t n;
        $1 = (char *)PyUnicode_AsUTF8AndSize($input, &n);
        if (!$1)
            SWIG_fail;
        $2 = (size_t)n;
    } else {
        if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) != 0)
            SWIG_fail;
        have_view = 1;
        $1 = (char *)view.buf;
        $2 = (size_t)view.len;
    }
}
%typemap(freearg) (const char *data, size_t len) {
    if (have_view$argnum)
        PyBuffer_Release(&view$argnum);
}
#elif defined(SWIGPHP)
%fragment("t_output_helper");
%typemap(argout, fragment="t_output_helper") (char *out, size_t outlen) {
    zval text;
    ZVAL_STRINGL(&text, $1, strnlen($1, $2));
    t_output_helper($result, &text);
}

%typemap(argout, fragment="t_output_helper") char *digit {
    zval key;
    ZVAL_STRING(&key, $1);
    t_output_helper($result, &key);
}

%typemap(in, phptype="string") (const char *data, size_t len) {
    if (!mssb_php_string(&$input, $argnum))
        return;
    $1 = Z_STRVAL($input);
    $2 = Z_STRLEN($input);
}

/* A PHP string may hold NUL bytes that C would silently cut at: refuse
 * them, as PHP's own file functions do. NULL stays NULL (the C API reports
 * MSS_ERR_NULL_ARGUMENT). */
%typemap(in, phptype="?string") const char * {
    if (Z_ISNULL($input)) {
        $1 = NULL;
    } else {
        if (!mssb_php_string(&$input, $argnum))
            return;
        if (strlen(Z_STRVAL($input)) != Z_STRLEN($input)) {
            zend_argument_value_error($argnum, "must not contain any null bytes");
            return;
        }
        $1 = Z_STRVAL($input);
    }
}

%{
/* Scalars convert to strings as PHP does; anything else is a TypeError,
 * never a crash. SWIG hands over the caller's zvals without a reference of
 * their own: converting an object in place would release the caller's
 * object (use after free), so objects are refused too. Returns false with
 * the exception set. */
static bool mssb_php_string(zval *v, uint32_t argnum)
{
    if (Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) > IS_DOUBLE) {
        zend_argument_type_error(argnum, "must be of type string, %s given", zend_zval_type_name(v));
        return false;
    }
    convert_to_string(v);
    return !EG(exception) && Z_TYPE_P(v) == IS_STRING;
}
%}
#endif

/* (char *digit): one key character, returned as a one-character string. */
%typemap(in, numinputs=0) char *digit (char key[2]) {
    key[0] = key[1] = '\0';
    $1 = key;
}

/* Enumerations written through a pointer (parse functions, transitions)
 * come back as integers, appended to the returned code. */
%define MSSB_ENUM_OUTPUT(TYPE, NAME)
%typemap(in, numinputs=0) TYPE *NAME (TYPE value) {
    value = (TYPE)0;
    $1 = &value;
}
#if defined(SWIGPYTHON)
%typemap(argout) TYPE *NAME {
    $result = SWIG_Python_AppendOutput($result, PyLong_FromLong((long)value$argnum));
}
#elif defined(SWIGPHP)
%typemap(argout, fragment="t_output_helper") TYPE *NAME {
    zval o;
    ZVAL_LONG(&o, (zend_long)value$argnum);
    t_output_helper($result, &o);
}
#endif
%enddef

/* Static strings written through a pointer (const char **NAME) come back
 * appended to the returned code; NULL gives None / null. */
%define MSSB_STRING_OUTPUT(NAME)
%typemap(in, numinputs=0) const char **NAME (const char *text) {
    text = NULL;
    $1 = ($1_ltype)&text; /* SWIG declares the argument without its const */
}
#if defined(SWIGPYTHON)
%typemap(argout) const char **NAME {
    PyObject *o = text$argnum ? PyUnicode_DecodeUTF8(text$argnum, (Py_ssize_t)strlen(text$argnum), "replace")
                              : (Py_INCREF(Py_None), Py_None);
    $result = SWIG_Python_AppendOutput($result, o);
}
#elif defined(SWIGPHP)
%typemap(argout, fragment="t_output_helper") const char **NAME {
    zval o;
    if (text$argnum)
        ZVAL_STRING(&o, text$argnum);
    else
        ZVAL_NULL(&o);
    t_output_helper($result, &o);
}
#endif
%enddef

/* Positions: MSS_NO_POSITION becomes -1, which both languages can hold. */
%{
static long mssb_position(size_t p)
{
    return p == MSS_NO_POSITION ? -1L : (long)p;
}
%}
