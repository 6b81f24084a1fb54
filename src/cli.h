/*
 * cli.h - the newsclean command's operator features, called from cli.c:
 * the HTML explain report (cli_explain_html.c) and offline mirror cleaning
 * (cli_mirror.c). cli.c parses the options and builds the engine; these
 * functions do the rest and return the command's exit status.
 */
#ifndef NC_CLI_H
#define NC_CLI_H

#include <stdio.h>
#include "newsclean.h"

/* Writes the explain report for one page (see explain_html.h) to out. */
int nc_cli_explain_html(apr_pool_t *p, const char *page, apr_size_t len, const nc_result *res,
                        const char *content_type, const char *source, FILE *out);

typedef struct nc_mirror_opts {
    int  progress;     /* -1: a bar when standard error is a terminal; 0: never; 1: always */
    long max_pages;    /* > 0: stop (as if interrupted) after this many pages in this run */
} nc_mirror_opts;

/* Exit status: 0 all done; 1 some file could not be read or written, or SRC/DST
 * unusable; 3 stopped by --max-pages; 128+signal when interrupted (the journal
 * in DST lets the same command resume). */
int nc_cli_mirror(apr_pool_t *p, const nc_engine *engine, const nc_options *opts,
                  const char *src, const char *dst, const nc_mirror_opts *mo);

#endif
