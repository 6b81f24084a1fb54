/*
 * dedup.h - finding duplicated copies of the article's blocks.
 */
#ifndef NC_DEDUP_H
#define NC_DEDUP_H

#include "doc.h"

/* Marks later copies NC_DUPLICATE and returns how many blocks were marked.
 * Only blocks of at least min_words words are duplicates on their own. */
int nc_dedup_mark(apr_pool_t *p, nc_docmodel *m, int min_words);

#endif
