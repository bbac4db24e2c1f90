/* Codes, messages, families, and the result of a check. */

%include <medimail/common.h>

/* The issues array is reached through the accessors below, which copy
 * plain values out: no pointer into a result outlives it. */
%ignore mss_result::issues;
%ignore mss_issue;
%immutable mss_result::code;
%immutable mss_result::offset;
%immutable mss_result::field;
%immutable mss_result::count;
%immutable mss_result::dropped;

%include <medimail/error.h>

%extend mss_result {
    mss_result() {
        mss_result *r = calloc(1, sizeof *r);
        mss_result_init(r);
        return r;
    }
    ~mss_result() {
        free($self);
    }
    /** Offset of the first error, -1 when none applies. */
    long position() {
        return mssb_position($self->offset);
    }
    /** Field of the first error, -1 when none applies. */
    long field_index() {
        return mssb_position($self->field);
    }
    /** Code of the i-th issue, 0 when out of range. */
    int issue_code(unsigned i) {
        return i < $self->count ? $self->issues[i].code : 0;
    }
    /** Offset of the i-th issue, -1 when none. */
    long issue_offset(unsigned i) {
        return i < $self->count ? mssb_position($self->issues[i].offset) : -1L;
    }
    /** Field of the i-th issue, -1 when none. */
    long issue_field(unsigned i) {
        return i < $self->count ? mssb_position($self->issues[i].field) : -1L;
    }
}
