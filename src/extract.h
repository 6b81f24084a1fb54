/*
 * extract.h - actors (people, organisations, events, places) and figures
 * (money, percentages, years, counts) from an article's text.
 *
 * The engine hands over the article's kept text blocks (shells and duplicated
 * copies already dropped) as UTF-8; the extractor answers with nc_mention
 * records in order of first appearance, one per actor or figure.
 */
#ifndef NC_EXTRACT_H
#define NC_EXTRACT_H

#include "newsclean.h"

typedef struct nc_extractor nc_extractor;   /* compiled once, read-only afterwards */

typedef struct nc_text_block {
    const char *text;      /* UTF-8, whitespace collapsed to single spaces, entities decoded */
    apr_size_t  len;
    apr_size_t  offset;    /* byte offset of the block in the original page */
    int         is_headline;
} nc_text_block;

/* Config time: compiles the regexes (with JIT) and loads the place tables. */
nc_extractor *nc_extractor_create(apr_pool_t *p, char **err);

/* The longest block read: words keep 16-bit offsets in their block (a story
 * has thousands of words). Longer blocks are left out. */
#define NC_EXTRACT_BLOCK_MAX 65535

/* Per response: returns an array of nc_mention allocated from p. site: the
 * NewsCleanLexicon in force here, or NULL. */
apr_array_header_t *nc_extract(const nc_extractor *x, const nc_lexicon *site, apr_pool_t *p,
                               const nc_text_block *blocks, int nblocks);

#endif
