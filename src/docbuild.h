/* docbuild.h - filling the document model's block texts (doc.c). */
#ifndef NC_DOCBUILD_H
#define NC_DOCBUILD_H

#include "parsers.h"

void nc_doc_assemble_text(apr_pool_t *p, nc_docmodel *model, const apr_array_header_t *spans,
                          const char *orig, nc_decoder *dec);

#endif
