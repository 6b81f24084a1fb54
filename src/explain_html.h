/*
 * explain_html.h - the explain report as one self-contained HTML page.
 *
 * Shows what the engine decided for one page: the page's text with every
 * removed block highlighted and labelled with its reason, where the metadata
 * block goes, the page source with the same marks, and the actors and
 * figures as tables. Used by `newsclean --explain=html` and by the module's
 * explain view for trusted clients; no httpd headers here.
 *
 * The report is UTF-8, has no scripts and loads nothing: its CSS is inline
 * and every byte that comes from the page is escaped (invalid UTF-8 becomes
 * U+FFFD), so a hostile page cannot run code or fetch anything through it.
 * Serve it with NC_EXPLAIN_CSP as the Content-Security-Policy as well.
 */
#ifndef NC_EXPLAIN_HTML_H
#define NC_EXPLAIN_HTML_H

#include "newsclean.h"

#define NC_EXPLAIN_CSP "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

/* page/len: the original bytes the engine saw; res: nc_doc_finish's result for
 * them; content_type: as given to nc_doc_begin (NULL: text/html); source: a
 * file name or URL for the title (NULL: none). Returns a NUL-terminated page
 * from p, its length in *out_len. */
const char *nc_explain_html(apr_pool_t *p, const char *page, apr_size_t len,
                            const nc_result *res, const char *content_type,
                            const char *source, apr_size_t *out_len);

#endif
