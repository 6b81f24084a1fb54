/*
 * verdict_cache.h - what the whole-block shell tests said of short texts,
 * remembered across pages.
 *
 * A site repeats its furniture on every page: the menu, "Read more", the
 * footer's lines. The shell tests of a short text (two anchored regexes
 * and the catalog of error sentences) read the text alone and cost 3-8k
 * instructions each, about a tenth of the engine's work on a news page;
 * shells.c also keeps the phrase marks of short trigger windows here.
 * The cache is bounded (its bytes are fixed when it is made; when full it
 * starts again empty), holds copies of the texts it answers for, and
 * confirms every hit byte for byte. One cache serves one engine's
 * built-in rules; all threads of a process may share it.
 */
#ifndef NC_VERDICT_CACHE_H
#define NC_VERDICT_CACHE_H

#include <apr_pools.h>

typedef struct nc_verdict_cache nc_verdict_cache;

/* Texts longer than this are not cached: a site's furniture is shorter,
 * and an article's paragraphs are met once. */
#define NC_VERDICT_MAX_TEXT 256

/* The module's default size (NewsCleanVerdictCache). */
#define NC_VERDICT_CACHE_DEFAULT (256 * 1024)

/* A cache of about `bytes` (at least 16 KB), from p; with threads, locked
 * by a mutex of its own. NULL when bytes is 0 or memory is short. */
nc_verdict_cache *nc_verdict_cache_create(apr_pool_t *p, apr_size_t bytes);

/* 1 and *flags when text[0, len) was stored before; else 0. */
int nc_verdict_cache_get(nc_verdict_cache *c, const char *text, apr_size_t len,
                         unsigned *flags);

/* Remembers flags for text[0, len); longer texts are ignored. */
void nc_verdict_cache_put(nc_verdict_cache *c, const char *text, apr_size_t len,
                          unsigned flags);

/* Lookups, hits and times it started again empty, for reports. */
void nc_verdict_cache_counts(nc_verdict_cache *c, apr_uint64_t *lookups,
                             apr_uint64_t *hits, apr_uint64_t *resets);

#endif
