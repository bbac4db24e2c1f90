/**
 * @file whitelist.h
 * @brief The ANS whitelist of MSSanté domains ("liste blanche"): loading and lookup.
 *
 * A ::mss_whitelist is built once (empty, then loaded from the ANS XML, a
 * text list, or domains added one by one) and then only read. Reading
 * functions take a `const mss_whitelist *` and may run concurrently from
 * any number of threads without locks. Functions that modify a whitelist
 * must not run concurrently with any other use of the same handle.
 *
 * A load either succeeds completely or leaves the whitelist exactly as it
 * was: never a half-loaded list.
 */
#ifndef MEDIMAIL_WHITELIST_H
#define MEDIMAIL_WHITELIST_H

#include <medimail/common.h>
#include <medimail/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque handle of a whitelist. */
typedef struct mss_whitelist mss_whitelist;

/** Opaque handle of one listed domain; valid until its whitelist is next
 *  modified (add, load) or freed. */
typedef struct mss_whitelist_entry mss_whitelist_entry;

/**
 * Largest input a load accepts, in octets (the 2025 ANS list is 3.7 MB);
 * larger input is refused with ::MSS_ERR_WHITELIST_TOO_LARGE before parsing.
 */
#define MSS_WHITELIST_MAX_SIZE (64UL * 1024 * 1024)

/** How many skipped entries a ::mss_load_info reports in detail. */
#define MSS_LOAD_MAX_NOTES 8

/** A problem met while loading, with its place in the input. */
typedef struct mss_load_note {
    int code;             /**< warning (skipped entry...) or error code */
    unsigned long line;   /**< 1-based line in the input */
    unsigned long column; /**< 1-based column in the input */
    char text[128];       /**< the offending value, truncated to fit (for display) */
} mss_load_note;

/** What a load did: the error (with its position), and the notes. */
typedef struct mss_load_info {
    int code;                 /**< ::MSS_OK or the error that stopped the load */
    unsigned long line;       /**< where the error is (1-based), 0 if none */
    unsigned long column;     /**< where the error is (1-based), 0 if none */
    size_t entries;           /**< entries read (XML Domaine elements or text lines) */
    size_t added;             /**< distinct domains new to the whitelist */
    size_t skipped;           /**< entries skipped (each is a warning) */
    unsigned nnotes;          /**< entries used in @ref notes */
    mss_load_note notes[MSS_LOAD_MAX_NOTES]; /**< the first warnings, in input order */
} mss_load_info;

/**
 * Create an empty whitelist.
 * @return the handle, or NULL when out of memory.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT mss_whitelist *mss_whitelist_new(void);

/**
 * Free a whitelist and every entry of it. NULL is accepted.
 * Thread-safety: no other thread may use @p wl any more.
 */
MSS_EXPORT void mss_whitelist_free(mss_whitelist *wl);

/**
 * Add one domain (normalised first; a duplicate is not an error). Adding a
 * new domain rebuilds the compact table, which costs time in proportion to
 * the list: to add many domains, load a text list instead.
 * @param wl     the whitelist
 * @param domain the domain (UTF-8, any case)
 * @param res optional; receives a normalisation error with its offset
 * @return ::MSS_OK or a negative code (invalid domain, out of memory).
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_add(mss_whitelist *wl, const char *domain, mss_result *res);

/**
 * Load the ANS whitelist XML from a file and add its domains.
 *
 * The XML is parsed with expat, streaming; a DOCTYPE (hence any entity
 * declaration or external entity) is refused (::MSS_ERR_WHITELIST_ENTITY).
 * Elements are matched by local name in the namespace
 * `https://listeblanche.mssante.fr/schema`, or without a namespace. The
 * quirks of the real file are accepted: a domain listed once per operator
 * certificate (one entry, every operator kept), upper-case names, stray
 * whitespace, a `Nom` that is not a domain (skipped, counted in
 * mss_load_info::skipped, noted with ::MSS_WARN_WHITELIST_ENTRY_SKIPPED and
 * its line), and a missing closing root tag after `</ListeDomaines>`
 * (noted with ::MSS_WARN_WHITELIST_UNCLOSED_ROOT). A document that ends
 * inside the root is ::MSS_ERR_WHITELIST_TRUNCATED; one whose root is not
 * `ListeBlancheMSSante`, that has no `ListeDomaines` or is nested deeper
 * than any whitelist, ::MSS_ERR_WHITELIST_NOT_WHITELIST; other XML errors
 * ::MSS_ERR_WHITELIST_XML; empty input ::MSS_ERR_EMPTY. Errors carry their
 * line and column in @p info. The `DateDeGeneration` of the last list
 * loaded becomes mss_whitelist_generated().
 * @param wl   the whitelist the domains are added to
 * @param path the XML file
 * @param info optional; receives counts, notes and the error position
 * @return ::MSS_OK or a negative code; on error @p wl is unchanged.
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_load_xml_file(mss_whitelist *wl, const char *path, mss_load_info *info);

/**
 * Load the ANS whitelist XML from memory. Same rules as mss_whitelist_load_xml_file().
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_load_xml_buffer(mss_whitelist *wl, const char *data, size_t len,
                                             mss_load_info *info);

/**
 * Load a plain text list: one domain per line, `#` starts a comment, blank
 * lines ignored, CRLF accepted. A line that is not a domain is an error
 * (::MSS_ERR_WHITELIST_TEXT_LINE) with its line and column; the first note
 * of @p info then holds the domain error and the line. Input without a
 * single domain is ::MSS_ERR_EMPTY.
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_load_text_file(mss_whitelist *wl, const char *path, mss_load_info *info);

/**
 * Load a plain text list from memory. Same rules as mss_whitelist_load_text_file().
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_load_text_buffer(mss_whitelist *wl, const char *data, size_t len,
                                              mss_load_info *info);

/**
 * Load a file, XML or text, telling them apart by content: XML when its
 * first non-blank character (after a byte order mark) is `<`.
 * Thread-safety: modifies @p wl: no concurrent use of it.
 */
MSS_EXPORT int mss_whitelist_load_file(mss_whitelist *wl, const char *path, mss_load_info *info);

/**
 * Number of distinct domains.
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT size_t mss_whitelist_count(const mss_whitelist *wl);

/**
 * The list's `DateDeGeneration` as written in the XML, or "" when unknown.
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT const char *mss_whitelist_generated(const mss_whitelist *wl);

/**
 * Exact, case-insensitive lookup of a domain (normalised first, so Unicode
 * and upper-case input work). No wildcard: listing `oc.mssante.fr` does not
 * admit `x.oc.mssante.fr`.
 * @return the entry, or NULL when absent or invalid.
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT const mss_whitelist_entry *mss_whitelist_lookup(const mss_whitelist *wl, const char *domain);

/**
 * Whether a domain is listed (see mss_whitelist_lookup()).
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT bool mss_whitelist_contains(const mss_whitelist *wl, const char *domain);

/**
 * The i-th entry, in no particular but stable order, for listing them all.
 * @return the entry, or NULL when @p i >= mss_whitelist_count().
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT const mss_whitelist_entry *mss_whitelist_entry_at(const mss_whitelist *wl, size_t i);

/**
 * The position of an entry: the i for which mss_whitelist_entry_at()
 * gives @p e back. With it a caller can keep its own counters per listed
 * domain in a plain array of mss_whitelist_count() items (what
 * `mssconf extract` does with mss_extract_row::listed).
 * @return the position, or ::MSS_NO_POSITION when @p e is NULL or not an
 *         entry of @p wl as it stands (mss_whitelist_add() and the loaders
 *         rebuild the table: entries taken before are no longer its own).
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT size_t mss_whitelist_entry_index(const mss_whitelist *wl, const mss_whitelist_entry *e);

/**
 * The entry's domain, normalised (lowercase A-label).
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_whitelist_entry_domain(const mss_whitelist_entry *e);

/**
 * The entry's `Description` (of its first listing), or "".
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_whitelist_entry_description(const mss_whitelist_entry *e);

/**
 * The entry's most recent `DateMAJ` over all its listings, or "".
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_whitelist_entry_updated(const mss_whitelist_entry *e);

/**
 * Number of operators: one per distinct operator certificate
 * (`DNCertificatOperateur`) listing the domain, in the order first listed.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT size_t mss_whitelist_entry_operator_count(const mss_whitelist_entry *e);

/**
 * The i-th operator of an entry: its organisation (`O=` of
 * `DNCertificatOperateur`) and its operator identifier (`OU=`, an
 * IdNat_Struct). Either output pointer may be NULL.
 * @return ::MSS_OK, or ::MSS_ERR_INVALID_ARGUMENT when @p i is out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT int mss_whitelist_entry_operator(const mss_whitelist_entry *e, size_t i,
                                            const char **organisation, const char **operator_id);

/**
 * The mail server of the i-th operator: the `CN=` of its certificate
 * (`medimail-asip.mipih.fr`).
 * @return a string valid as long as the entry, "" when @p i is out of range.
 * Thread-safety: safe from any thread.
 */
MSS_EXPORT const char *mss_whitelist_entry_operator_server(const mss_whitelist_entry *e, size_t i);

/**
 * Octets of memory the whitelist holds (its handle and its tables).
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT size_t mss_whitelist_memory(const mss_whitelist *wl);

/**
 * Suggest listed domains close to an unlisted one (typos such as
 * `pro.oc.msante.fr`), closest first (ties in alphabetical order), by
 * Damerau-Levenshtein distance (optimal string alignment) on the
 * normalised names, at most one edit per eight octets and never more than
 * three. A listed domain comes back first, at distance 0. A name that is
 * not valid (a comma for a dot, a trailing dot) is compared as typed.
 * @param wl     the whitelist
 * @param domain the unlisted domain
 * @param out receives up to @p max entry pointers (at most 64 are computed)
 * @param max    capacity of @p out
 * @return the number of suggestions written (0 when nothing is close).
 * Thread-safety: safe from any thread for a whitelist no longer modified.
 */
MSS_EXPORT size_t mss_whitelist_suggest(const mss_whitelist *wl, const char *domain,
                                        const mss_whitelist_entry **out, size_t max);

#ifdef __cplusplus
}
#endif

#endif
