/* docbuild.h - filling the document model's block texts (doc.c). */
#ifndef NC_DOCBUILD_H
#define NC_DOCBUILD_H

#include "parsers.h"

/* The texts come from p. The working memory is on the heap, given back
 * before the function returns; scratch_pool (may be p) only owns a pool
 * cleanup for it. */
void nc_doc_assemble_text(apr_pool_t *p, apr_pool_t *scratch_pool, nc_docmodel *model,
                          const apr_array_header_t *spans, const char *const *literals,
                          const char *orig, nc_decoder *dec);

#endif
