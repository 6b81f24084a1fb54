/*
 * cli_explain_html.c - `newsclean --explain=html`: writes the report that
 * explain_html.c renders (the same page the module shows trusted clients).
 */
#include "cli.h"
#include "explain_html.h"

#include <errno.h>
#include <string.h>

int nc_cli_explain_html(apr_pool_t *p, const char *page, apr_size_t len, const nc_result *res,
                        const char *content_type, const char *source, FILE *out)
{
    apr_size_t n;
    const char *html = nc_explain_html(p, page, len, res, content_type, source, &n);
    if (fwrite(html, 1, n, out) != n) {
        fprintf(stderr, "newsclean: cannot write the report: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
