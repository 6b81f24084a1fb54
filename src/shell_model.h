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

/* The code point of UTF-8 at s[*i], *i moved past it; a stray byte reads
 * as U+FFFD. The model's reading of text, shared with the shape check. */
apr_uint32_t nc_shell_model_next_code_point(const unsigned char *s, apr_size_t len, apr_size_t *i);

/* Generated: bit b is set when the corpus has story text (short blocks that
 * are no shell) in the 128 code points from b * 128 (CJK ideographs and
 * Hangul syllables as one block each; Latin is always known). */
#define NC_SHELL_MODEL_SCRIPT_BLOCKS 512
extern const unsigned char nc_shell_model_scripts[NC_SHELL_MODEL_SCRIPT_BLOCKS / 8];

/* Has the model seen story text in the script of most of text's letters?
 * Where it has seen only the shell catalog's sentences (the httpd,
 * Django, WordPress and Squid translations) it has learned that the
 * script itself is a shell's, so its word there is no evidence. */
int nc_shell_model_knows_script(const char *text, apr_size_t len);

#endif
