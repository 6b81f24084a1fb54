/*
 * shell_catalog.h - the sentences real servers and CMSs print on their error
 * pages (httpd, Django, WordPress, Squid), in every language their
 * translators wrote, looked up by exact normalised sentence.
 */
#ifndef NC_SHELL_CATALOG_H
#define NC_SHELL_CATALOG_H

#include <apr_pools.h>

/* Generated at build time by src/gen-shell-catalog.pl (shell_catalog_data.c):
 * normalised sentences, and the fixed starts of sentences that go on with a
 * URL or a host name; both NULL-terminated. */
extern const char *const nc_catalog_sentences[];
extern const char *const nc_catalog_prefixes[];

typedef struct nc_catalog nc_catalog;           /* built once, read-only */

nc_catalog *nc_catalog_create(apr_pool_t *p);

/* Does text (one short block's own text, UTF-8) hold, as a whole sentence
 * and not inside quotation marks, a sentence of the catalog? */
int nc_catalog_says_error(const nc_catalog *c, const char *text, apr_size_t len);

/* Is text (a block of any length, UTF-8) wholly catalog sentences, each
 * unquoted: httpd's 37-word 401 explanation is a long block, but no story's? */
int nc_catalog_says_only_error(const nc_catalog *c, const char *text, apr_size_t len);

/* Normalises len bytes of UTF-8 into out (cap bytes): ASCII, Latin-1 and
 * Cyrillic capitals folded, whitespace collapsed, curly quotes and
 * apostrophes made straight, dashes made '-'. Returns the length, or
 * (apr_size_t)-1 when it does not fit. Exposed for the unit tests. */
apr_size_t nc_catalog_normalise(const char *text, apr_size_t len, char *out, apr_size_t cap);

#endif
