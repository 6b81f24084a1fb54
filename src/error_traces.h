/*
 * error_traces.h - what a program prints when it fails: stack frames,
 * exception headers, PHP's "... in /path/file.php on line 12".
 */
#ifndef NC_ERROR_TRACES_H
#define NC_ERROR_TRACES_H

#include "nc_regex.h"

typedef struct nc_traces nc_traces;             /* built once, read-only */

nc_traces *nc_traces_create(apr_pool_t *p, char **err);

/* Does text (one block's own text, UTF-8) read as a framework's error
 * output? Two stack frames, one frame under an exception header, one of
 * PHP's error lines, or a whole JSON error body; in a block of more than
 * short_words words, that output must also make up most of its text (a
 * story that quotes one frame is not a trace). */
int nc_traces_says_error(const nc_traces *t, pcre2_match_data *md, const char *text,
                         apr_size_t len, int words, int short_words);

#endif
