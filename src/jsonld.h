/*
 * jsonld.h - the schema.org NewsArticle block and JSON string escaping.
 *
 * All output is ASCII: non-ASCII is written as \uXXXX, and <, >, & as
 * \u003c, \u003e, \u0026, so the block is safe in any ASCII-compatible
 * charset and no article text can close the <script> element.
 */
#ifndef NC_JSONLD_H
#define NC_JSONLD_H

#include "newsclean.h"
#include "buf.h"

/* Appends s (UTF-8, len bytes) as a quoted, escaped JSON string. Invalid UTF-8 becomes U+FFFD. */
void nc_json_string(nc_buf *out, const char *s, apr_size_t len);

/* The whole element: <script type="application/ld+json">{...}</script> plus a newline. */
const char *nc_jsonld_script(apr_pool_t *p, const char *headline,
                             const apr_array_header_t *mentions, apr_size_t *len);

#endif
