/* The ANS whitelist: a handle the script owns (freed with its object),
 * loaded once, then read from any thread. */

%{
#include <medimail/whitelist.h>
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
    /** Domain of the rank-th suggestion for an unlisted domain (closest
     *  first), or NULL beyond the last one. */
    const char *suggestion(const char *domain, size_t rank) {
        const mss_whitelist_entry *found[16];
        size_t n = mss_whitelist_suggest($self, domain, found, sizeof found / sizeof found[0]);
        return rank < n ? mss_whitelist_entry_domain(found[rank]) : NULL;
    }
}
%ignore mss_whitelist_new;
%ignore mss_whitelist_free;
%ignore mss_whitelist_suggest;

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
