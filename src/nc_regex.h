/*
 * nc_regex.h - PCRE2 compiled once with JIT, matched with bounded effort.
 *
 * Every match runs under a match and depth limit, so no pattern (ours or an
 * operator's) can make a request spin on hostile text. A failed or limited
 * match counts as no match: when in doubt the engine keeps content.
 */
#ifndef NC_NC_REGEX_H
#define NC_NC_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <apr_pools.h>

/* What any match of a pattern in ASCII-only text must contain: one of
 * these literals (lowercase; case is ignored), or nothing can match there
 * at all. NC_NEEDS_UNKNOWN: no such promise. */
enum { NC_NEEDS_UNKNOWN = 0, NC_NEEDS_LITERAL, NC_NEEDS_NON_ASCII };
#define NC_NEEDS_MAX 48

typedef struct nc_regex {
    pcre2_code          *code;
    pcre2_code          *ascii_code;    /* for ASCII-only text; may be NULL */
    pcre2_match_context *mctx;
    const char          *source;
    int                  needs;         /* NC_NEEDS_* */
    int                  nliterals;
    const char         **literals;      /* lowercase */
    apr_size_t          *literal_len;
} nc_regex;

/* Compiles with UTF, UCP and CASELESS (unless case_sensitive) and JIT; the
 * compiled code is freed with the pool. On error returns NULL and *err.
 * A second code, without UTF and UCP, serves text that is all ASCII: there
 * both modes give the same matches (\w, \b, \s and case folding agree on
 * ASCII), and UCP's property lookups for \b made matching 2-3x slower. */
nc_regex *nc_regex_compile(apr_pool_t *p, const char *pattern, int case_sensitive, char **err);

/* Finds the first match at or after offset; 1 and the match bounds, or 0. */
int nc_regex_find(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                  apr_size_t offset, apr_size_t *mstart, apr_size_t *mend);

/* The same, but -1 when PCRE2 gave up at its match or depth limit (or on
 * another error), so a caller can stop trying that pattern on this text. */
int nc_regex_search(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                    apr_size_t offset, apr_size_t *mstart, apr_size_t *mend);

/* An ASCII-only text made ready for nc_regex_cannot_match_ascii: lowercased
 * into buf (len bytes), and which pairs of adjacent bytes it holds, as
 * hashed bits, so that most literals are found absent in a few steps. */
typedef struct nc_ascii_text {
    const char   *lowered;
    apr_size_t    len;
    unsigned char pairs[512];
} nc_ascii_text;

void nc_ascii_text_init(nc_ascii_text *t, char *buf, const char *s, apr_size_t len);

/* 1 when re cannot match anywhere in the ASCII-only text t: none of its
 * required literals is in it. A cheap test that spares the regex on most
 * texts; 0 promises nothing. */
int nc_regex_cannot_match_ascii(const nc_regex *re, const nc_ascii_text *t);

/* Match data big enough for any of our patterns, freed with the pool. */
pcre2_match_data *nc_regex_match_data(apr_pool_t *p);

#endif
