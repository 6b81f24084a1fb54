/*
 * shells.h - finding error shells: the "403 / Sorry!! / page not found" blocks
 * a broken mirror or CMS glued around the real story.
 */
#ifndef NC_SHELLS_H
#define NC_SHELLS_H

#include "newsclean.h"
#include "doc.h"
#include "verdict_cache.h"

typedef struct nc_shell_rules nc_shell_rules;   /* compiled once, read-only */

nc_shell_rules *nc_shell_rules_create(apr_pool_t *p, char **err);

/* Marks shell blocks NC_SHELL and returns how many shell regions were found.
 * extra: the operator's patterns (of const nc_pattern *), may be NULL;
 * verdicts: a cache shared across pages of these rules, may be NULL. */
int nc_shells_mark(const nc_shell_rules *rules, apr_pool_t *p, nc_docmodel *m,
                   const apr_array_header_t *extra, nc_verdict_cache *verdicts);

/* Gives back to the story every block marked a shell inside a block quote
 * of the story's (a <blockquote> beside the story's prose, named for no
 * error): an article quoting a whole error message keeps it, whichever
 * test took it. Returns how many blocks it gave back. */
int nc_shells_spare_story_quotes(nc_docmodel *m);

/* Does text open with an apology proper ("We're sorry.", "Lo sentimos,")?
 * For the soft-error decision: a long paragraph in a shell's own box. */
int nc_shells_opens_with_apology(const nc_shell_rules *rules, apr_pool_t *p, const char *text, apr_size_t len);

/* Does a class/id hint name an error message ("error-page", "page-404")? */
int nc_hint_names_error(const char *hint);
/* Is the code word w of a hint an id, the word prev (pn bytes) right
 * before it a CMS's numbered item ("menu-404", "menu-item-403")? */
int nc_hint_code_is_id(const char *prev, apr_size_t pn, const char *w);
/* Does block i's class or id name an error message? nc_hint_names_error,
 * read once a page (doc.h, NC_NAMES_ERROR). */
int nc_block_names_error(const nc_docmodel *m, int i);

/* Is the name t (n bytes, one name of a hint) a layout's or a state's
 * word that names nothing of its own ("container", "content", "main",
 * "inner", "clearfix")? */
int nc_hint_is_generic_name(const char *t, apr_size_t n);

/* Does a class/id hint name a breadcrumb trail ("breadcrumb", "crumbs",
 * "fil-ariane", "brotkrumen", "kruimelpad")? */
int nc_hint_names_breadcrumb(const char *hint);

#endif
