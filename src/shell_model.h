/*
 * shell_model.h - how much a short block reads like an error shell, by a
 * model learned at build time from the annotated corpus
 * (src/gen-shell-model.pl): character 2- to 4-grams of the folded text, in
 * any language the corpus has. Medium evidence for shells.c, never enough
 * on its own.
 */
#ifndef NC_SHELL_MODEL_H
#define NC_SHELL_MODEL_H

#include <apr.h>
#include <stddef.h>

#define NC_SHELL_MODEL_BITS 16     /* gen-shell-model.pl: $BITS */
#define NC_SHELL_MODEL_SCALE 16    /* gen-shell-model.pl: $SCALE */

/* Generated (shell_model_data.c): the bias and the weights, times SCALE. */
extern const int nc_shell_model_bias;
extern const signed char nc_shell_model_weights[1u << NC_SHELL_MODEL_BITS];
/* Texts (NULL-terminated) and the scores the generator gives them: the
 * unit tests check that this file computes the generator's features. */
extern const char *const nc_shell_model_checks[];
extern const int nc_shell_model_check_scores[];

/* The model's log-odds that text (UTF-8, one short block's own text) is a
 * shell's, times NC_SHELL_MODEL_SCALE. Reads at most the first
 * NC_SHELL_MODEL_MAX_CHARS characters. */
#define NC_SHELL_MODEL_MAX_CHARS 400
int nc_shell_model_score(const char *text, apr_size_t len);

#endif
