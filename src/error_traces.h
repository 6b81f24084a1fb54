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

/* Does text open with PHP's own message label ("Fatal error: ", "Warning: ")?
 * A run of loose text that does is PHP's display_errors output, printed
 * where the script died: beside the story's paragraphs it is no quotation. */
int nc_traces_opens_php_message(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len);

/* Could text (one line of a block) be one line of a trace printed a line
 * a block (text/plain): a line number's shape ("(7): ", " on line 12",
 * ":87)"), PHP's "#1 {main}", or an exception header ("Stack trace:",
 * "PHP Fatal error:  Uncaught Error: ...")? Only a sign: the lines
 * together must still read as a trace (nc_traces_says_error). */
int nc_traces_line_part(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len);

/* An error report's fields (error_traces.c): how many lines of the block
 * (its text and the nc_block line starts after its first line) open with
 * a field's label, "Description:", "Exception Details:", "说明:",
 * "JBWEB000069: description"; *bare_last is set when its last line is a
 * label with nothing after it, its value in the next block ("Stack
 * Trace:" over the trace). Up to max labels' hashes (of their folded
 * bytes) go to hashes, so a caller can tell a label said twice. */
int nc_traces_field_labels(const char *text, apr_size_t len, const apr_uint32_t *line_starts,
                           int nlines, int *bare_last, apr_uint32_t *hashes, int max);

/* Is the short text a server's or framework's version line: a product
 * and its version ("Apache Tomcat/9.0.83", "JBoss Web/7.0.13.Final") or
 * a four-part build number ("ASP.NET Version:4.8.4465.0")? */
int nc_traces_version_line(const char *text, apr_size_t len, int words);

/* Is the block (its text and line starts) an error report that signs
 * itself: ASP.NET's version line last, under lines that open with two
 * field labels or more ("Description:", "Requested URL:")? */
int nc_traces_signed_report(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len,
                            const apr_uint32_t *line_starts, int nlines);

/* Is the whole text ASP.NET's version line ("Version Information:
 * Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4494.0"),
 * in any of its language packs? */
int nc_traces_signature_line(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len);

#endif
