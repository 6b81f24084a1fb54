/*
 * loose_text.h - shells and repeats inside one long block of loose text
 * (loose_text.c): the cuts the document model's blocks cannot make.
 */
#ifndef NC_LOOSE_TEXT_H
#define NC_LOOSE_TEXT_H

#include "shells.h"

/* Shell lines at the top or bottom of a long block of loose text (a story
 * set in <br><br> paragraphs in one box): appends a removal (nc_edit) per
 * group of lines cut to cuts; returns how many. page: the original bytes. */
int nc_shells_edge_lines(const nc_shell_rules *rules, apr_pool_t *p, const nc_docmodel *m,
                         const char *page, apr_size_t len, apr_array_header_t *cuts);
/* Paragraphs repeated inside one long block of loose text (a story in
 * <br><br> paragraphs printed twice in its own box): appends a removal
 * (nc_edit, NC_WHY_DUPLICATE) of the later copy to cuts; returns how many. */
int nc_loose_text_repeats(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                          apr_array_header_t *cuts);

#endif
