/* The ANS whitelist: a handle the script owns (freed with its object),
 * loaded once, then read from any thread. */

%{
#include <medimail/whitelist.h>

/* The library computes at most 64 suggestions. */
#define MSSB_MAX_SUGGESTIONS 64
%}

/* Seen by SWIG only: the opaque handle becomes a class whose constructor
 * and destructor are mss_whitelist_new() and mss_whitelist_free(). */
struct mss_whitelist {};
%extend mss_whitelist {
    mss_whitelist() {
        return mss_whitelist_new();
    }
    ~mss_whitelist() {
        mss_whitelist_free($self);
    }
}
%ignore mss_whitelist_new;
%ignore mss_whitelist_free;

/* (const mss_whitelist_entry **out, size_t max): the suggestions come back
 * as a list of domain names appended to the count. The strings are copied
 * at once, so no script value points into the whitelist. */
%typemap(in, numinputs=0) (const mss_whitelist_entry **out, size_t max)
    (const mss_whitelist_entry *found[MSSB_MAX_SUGGESTIONS]) {
    $1 = ($1_ltype)found;
    $2 = MSSB_MAX_SUGGESTIONS;
}
#if defined(SWIGPYTHON)
%typemap(argout) (const mss_whitelist_entry **out, size_t max) {
    size_t n = result < $2 ? result : $2;
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        SWIG_fail;
    for (size_t i = 0; i < n; i++) {
        PyObject *name = PyUnicode_FromString(mss_whitelist_entry_domain($1[i]));
        if (!name) {
            Py_DECREF(list);
            SWIG_fail;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, name);
    }
    $result = SWIG_Python_AppendOutput($result, list);
}
#elif defined(SWIGPHP)
%typemap(argout, fragment="t_output_helper") (const mss_whitelist_entry **out, size_t max) {
    size_t n = result < $2 ? result : $2;
    zval list;
    array_init_size(&list, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        add_next_index_string(&list, mss_whitelist_entry_domain($1[i]));
    t_output_helper($result, &list);
}
#endif

MSSB_STRING_OUTPUT(organisation)
MSSB_STRING_OUTPUT(operator_id)

/* Load notes are read through accessors that copy plain values. */
%ignore mss_load_info::notes;
%ignore mss_load_note;
%immutable mss_load_info::code;
%immutable mss_load_info::line;
%immutable mss_load_info::column;
%immutable mss_load_info::entries;
%immutable mss_load_info::added;
%immutable mss_load_info::skipped;
%immutable mss_load_info::nnotes;

%include <medimail/whitelist.h>

%extend mss_load_info {
    int note_code(unsigned i) {
        return i < $self->nnotes ? $self->notes[i].code : 0;
    }
    unsigned long note_line(unsigned i) {
        return i < $self->nnotes ? $self->notes[i].line : 0;
    }
    unsigned long note_column(unsigned i) {
        return i < $self->nnotes ? $self->notes[i].column : 0;
    }
    const char *note_text(unsigned i) {
        return i < $self->nnotes ? $self->notes[i].text : "";
    }
}

%inline %{
/* Load the ANS XML or a text list from memory, told apart as
 * mss_whitelist_load_file() does: XML when the first non-blank character
 * after a byte order mark is '<'. (A C mss_whitelist_load_buffer() would
 * make this unnecessary.) */
int mssb_whitelist_load_buffer(mss_whitelist *wl, const char *data, size_t len, mss_load_info *info)
{
    const unsigned char *s = (const unsigned char *)data;
    size_t i = s && len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
    while (s && i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    bool xml = s && i < len && s[i] == '<';
    return xml ? mss_whitelist_load_xml_buffer(wl, data, len, info)
               : mss_whitelist_load_text_buffer(wl, data, len, info);
}
%}
