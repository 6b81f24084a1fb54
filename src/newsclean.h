/*
 * newsclean.h - the engine's public API.
 *
 * The engine cleans one news page at a time: it parses the bytes as they arrive,
 * decides which byte ranges are error shells or duplicated copies, extracts the
 * story's actors and figures, and answers with an edit list over the original
 * bytes (remove a range, insert text at an offset). It never re-serialises the
 * page, so every byte it keeps is the backend's byte.
 *
 * No httpd headers here or anywhere in src/: the module, the CLI and the tests
 * all use this API. Memory comes from the APR pool handed in.
 */
#ifndef NEWSCLEAN_H
#define NEWSCLEAN_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "verdict_cache.h"

typedef struct nc_engine  nc_engine;   /* compiled once, shared read-only by all threads */
typedef struct nc_doc     nc_doc;      /* one response being analysed */
typedef struct nc_pattern nc_pattern;  /* an operator's compiled shell regex */
typedef struct nc_lexicon nc_lexicon;  /* a NewsCleanLexicon file: site-specific names */

typedef enum { NC_PLACE_HEAD = 0, NC_PLACE_BODY = 1 } nc_placement;

typedef struct nc_options {
    int shells;                 /* remove error shells */
    int dedup;                  /* remove duplicated blocks */
    int metadata;               /* inject the JSON-LD block (HTML only) */
    nc_placement placement;     /* before </head> or before </body> */
    int min_block_words;        /* a block shorter than this is never a duplicate on its own */
    const apr_array_header_t *shell_patterns;  /* of const nc_pattern *, may be NULL */
    const nc_lexicon *lexicon;  /* from nc_lexicon_load, may be NULL */
    nc_verdict_cache *verdicts; /* shared across pages of one engine, may be NULL */
} nc_options;

#define NC_DEFAULT_MIN_BLOCK_WORDS 8

typedef enum { NC_EDIT_REMOVE, NC_EDIT_INSERT } nc_edit_kind;
typedef enum { NC_WHY_SHELL, NC_WHY_DUPLICATE, NC_WHY_METADATA } nc_edit_reason;

typedef struct nc_edit {
    nc_edit_kind   kind;
    nc_edit_reason reason;
    apr_size_t     start, end;      /* removal: [start, end); insertion: start == end */
    const char    *text;            /* insertion only */
    apr_size_t     text_len;
    const char    *detail;          /* short human explanation, e.g. the element removed */
    int            pinned;          /* removal: an element's content only, the element
                                     * stays; no later pass widens it */
} nc_edit;

typedef enum {
    NC_PERSON, NC_ORGANIZATION, NC_EVENT, NC_COUNTRY, NC_CITY, NC_PLACE,
    NC_MONEY, NC_PERCENT, NC_YEAR, NC_COUNT
} nc_mention_type;

typedef struct nc_mention {
    nc_mention_type type;
    const char *name;          /* canonical name, UTF-8 */
    const char *job_title;     /* persons: role, or NULL */
    const char *nationality;   /* persons: country name, or NULL */
    const char *currency;      /* money: ISO 4217 code */
    double      value;         /* figures: normalised value */
    const char *unit_text;     /* figures: "percent", "year", the counted noun */
    const char *sentence;      /* the sentence it was first found in, UTF-8 */
    apr_size_t  offset;        /* byte offset in the original page of the block it came from */
    apr_size_t  at, len;       /* first mention: byte range in that block's decoded text */
} nc_mention;

typedef struct nc_result {
    const char *skip_reason;        /* non-NULL: leave the page untouched, and why */
    int changed;                    /* edits is not empty */
    int soft_error;                 /* the page is only an error shell */
    apr_array_header_t *edits;      /* of nc_edit, ascending, non-overlapping */
    apr_array_header_t *mentions;   /* of nc_mention, in order of first appearance */
    const char *headline;           /* UTF-8, or NULL */
    const char *charset;            /* what the page was read as */
    int shells_removed;             /* shell regions removed */
    int duplicates_removed;         /* duplicated blocks removed */
    apr_size_t input_len, bytes_removed, bytes_inserted;
} nc_result;

void        nc_options_default(nc_options *o);

/* Config time. */
nc_engine  *nc_engine_create(apr_pool_t *p, char **err);
nc_pattern *nc_pattern_compile(apr_pool_t *p, const char *regex, char **err);
/* Reads a NewsCleanLexicon file (docs/metadata.md); on error NULL and *err
 * says "FILE:LINE: what is wrong". */
nc_lexicon *nc_lexicon_load(apr_pool_t *p, const char *path, char **err);

/* Per response. content_type may carry a charset parameter; NULL means text/html. */
nc_doc     *nc_doc_begin(const nc_engine *e, apr_pool_t *p, const nc_options *o,
                         const char *content_type);
/* Optional, before the first feed: the page's size when known (Content-Length,
 * a file's size). The kept copy and the model's arrays are then sized once
 * instead of grown by doubling: no copies, no outgrown blocks. A wrong hint
 * costs nothing but address space; the buffers still grow past it. */
void        nc_doc_expect(nc_doc *d, apr_size_t total_bytes);
/* Returns 0, or -1 once the engine has given up on the page (nc_doc_finish says why). */
/* The engine keeps its own copy of every byte fed, up to and including the
 * chunk it gave up on: callers may send from it instead of holding the page
 * twice. Valid until the next nc_doc_feed, then for the pool's life. */
const char *nc_doc_bytes(const nc_doc *d, apr_size_t *len);
int         nc_doc_feed(nc_doc *d, const char *buf, apr_size_t len);
/* Always fills *out; on any doubt (*out)->skip_reason is set and edits is empty. */
void        nc_doc_finish(nc_doc *d, const nc_result **out);

/* Applies res's edits to the original bytes into one new buffer from p. */
char       *nc_apply_edits(apr_pool_t *p, const char *in, apr_size_t in_len,
                           const nc_result *res, apr_size_t *out_len);

const char *nc_mention_type_name(nc_mention_type t);   /* schema.org @type */

#endif
