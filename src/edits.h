/*
 * edits.h - turning block verdicts into an edit list over the original bytes.
 */
#ifndef NC_EDITS_H
#define NC_EDITS_H

#include "newsclean.h"
#include "doc.h"

/* Appends one removal per removed region (the largest trusted element that
 * holds nothing but removed text), ascending and non-overlapping. */
void nc_edits_from_verdicts(apr_pool_t *p, const nc_docmodel *m, int min_words,
                            const char *page, apr_size_t page_len, apr_array_header_t *edits);

/* Inserts text at offset, keeping edits ordered; fails (returns -1) if the
 * offset falls inside a removed range. */
int nc_edits_insert(apr_array_header_t *edits, apr_size_t offset, const char *text,
                    apr_size_t len, nc_edit_reason why, const char *detail);

/* Appends a removal of [start, end) to edits, unordered; returns it. */
nc_edit *nc_edits_push_removal(apr_array_header_t *edits, nc_edit_reason why, apr_size_t start,
                               apr_size_t end, const char *detail);

/* Is there a "<name" tag at pos (a blank, '/' or '>' after the name,
 * any case), all of it before len? */
int nc_tag_name_at(const char *page, apr_size_t len, apr_size_t pos, const char *name);

#endif
