/*
 * html_stream.h - what libxml2 is fed of a page: masked, and compacted
 * where that changes nothing libxml2 reports (html_stream.c).
 */
#ifndef NC_HTML_STREAM_H
#define NC_HTML_STREAM_H

#include <apr.h>

/* dst gets src[0, n) as libxml2 may see it: bytes >= 0x80 as 'x', NUL as
 * ' ', the rest as is (same length, so offsets stay exact). */
void nc_stream_mask(char *dst, const char *src, apr_size_t n);

/* From libxml2's stream position stream_at on, n more page bytes were left
 * out. */
typedef void nc_stream_elide_fn(void *baton, apr_size_t stream_at, apr_size_t n);

/* How a slice is fed: the tag aliases in use (bits; html_stream.c), what
 * the slice holds that clashes with them (set, never cleared), and where
 * the bytes left out are reported. */
#define NC_STREAM_LONGEST_ALIASED 10
typedef struct nc_stream_feed {
    unsigned aliases;
    unsigned clashes;
    nc_stream_elide_fn *elide;
    void *baton;
    /* the aliases whose name or alias has this length, or this first letter */
    apr_uint16_t by_length[NC_STREAM_LONGEST_ALIASED + 1];
    apr_uint16_t by_letter[26];
    unsigned shared;            /* the aliases named NC_STREAM_SHARED_ALIAS */
} nc_stream_feed;

/* The alias several elements share; which one a tag is, is read from the
 * page's own tag name s[0, n): its index among the aliases in use, or -1. */
#define NC_STREAM_SHARED_ALIAS "del"
int nc_stream_shared_alias(const nc_stream_feed *feed, const char *s, apr_size_t n);

/* A feed with every tag alias in use. */
void nc_stream_feed_init(nc_stream_feed *feed, nc_stream_elide_fn *elide, void *baton);

/* The element name behind name (as libxml2 reports it) when that is one
 * of the aliases in use; else NULL. */
const char *nc_stream_alias_original(const char *name, unsigned aliases);
/* The same as an index (of the aliases' table), or -1; and the element
 * name of index k. */
int nc_stream_alias_index(const char *name, unsigned aliases);
const char *nc_stream_alias_name(int k);

/* The slice src[0, n), which libxml2 will read from stream position stream0
 * while idle in element content, masked and compacted into dst (at most n
 * bytes), aliased tags renamed; returns the length written. */
apr_size_t nc_stream_compact(const char *src, apr_size_t n, char *dst, apr_size_t stream0,
                             nc_stream_feed *feed);

/* The slice src[0, n) masked into dst, nothing left out or renamed (libxml2
 * is not in element content), any tag name of an alias in use noted as a
 * clash; returns the length written (n). */
apr_size_t nc_stream_copy(const char *src, apr_size_t n, char *dst, apr_size_t stream0,
                          nc_stream_feed *feed);

/* The hint attributes (class, id, role) of a start tag as libxml2 2.9 reads
 * them (first of each name, in order), taken from the page's bytes: the
 * compactor leaves them out of libxml2's stream, since parsing attribute
 * values is a tenth of libxml2's time on a page. A value holding a
 * reference stays in the stream ("decoded": take libxml2's decoding of
 * it). "whole" is 0 when the tag holds something the tokenizer does not
 * follow: the hints after it are libxml2's own. */
enum { NC_HINT_CLASS, NC_HINT_ID, NC_HINT_ROLE, NC_HINTS };
typedef struct nc_tag_hints {
    int count;
    struct {
        unsigned char which;            /* NC_HINT_* */
        unsigned char decoded;
        const char *value;              /* NULL: the attribute has no value */
        apr_size_t len;
    } at[NC_HINTS];
    unsigned seen;                      /* 1 << NC_HINT_*: the names met */
    int whole;
} nc_tag_hints;

/* The start tag s[0, n), from its '<' to its '>'. */
void nc_stream_tag_hints(const char *s, apr_size_t n, nc_tag_hints *out);

/* Length of the doctype or start tag that s[0, n) begins with (after
 * blanks), when it ends cleanly within it; else 0. */
apr_size_t nc_stream_lead_token(const char *s, apr_size_t n);

/* The character reference at s[0, n) ("&#"), as libxml2 reads it: the
 * bytes it consumes; *dropped when libxml2 reports nothing for it. */
apr_size_t nc_stream_char_ref(const char *s, apr_size_t n, int *dropped);

#endif
