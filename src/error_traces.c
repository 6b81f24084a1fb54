/*
 * error_traces.c - recognising a framework's error output by its shape, not
 * its words: Java, .NET and Node stack frames ("at a.B.c(B.java:87)", "at
 * Layer.handle (/srv/app/layer.js:95:5)"), Python's 'File "x.py", line 3',
 * PHP's "#0 /var/www/news.php(88): f()" and "Warning: ... in /path on line
 * 12", Ruby's "app.rb:12:in `show'", and an API's JSON error body
 * ({"message":"Internal server error","requestId":"..."}). These shapes do not depend on the
 * language of the page or the wording of the message, so a trace nobody has
 * seen is still one.
 */
#define _GNU_SOURCE 1     /* memmem */
#include "error_traces.h"

#include <string.h>
#include <apr_strings.h>

struct nc_traces {
    nc_regex *frame;            /* one stack frame */
    nc_regex *header;           /* an exception or traceback header */
    nc_regex *php_message;      /* PHP's own error line, a trace on its own */
    nc_regex *json_error;       /* a whole block that is a JSON error body */
};

static const char *const frame_pattern =
    /* Java, Node, .NET: "at name(File.java:87)", "at name [as x] (/p/f.js:95:5)" */
    "\\bat [^\\s()]{1,200}(?: \\[as [^\\]]{1,80}\\])? ?\\([^()\\s]{1,300}:\\d+(?::\\d+)?\\)"
    "|\\bat [^\\s()]{1,200}\\((?:Native Method|Unknown Source)\\)"
    "|\\bat [^\\s()]{1,200}\\([^()]{0,200}\\) in \\S{1,300}:line \\d+"
    /* Node, anonymous: "at /srv/app/app.js:41:8" */
    "|\\bat (?:/|[A-Za-z]:\\\\)[^\\s():]{1,300}:\\d+:\\d+"
    /* Python */
    "|\\bFile \"[^\"\\n]{1,300}\", line \\d+"
    /* PHP: "#0 /var/www/x.php(88): f()", "#1 {main}" */
    "|#\\d+ (?:[^\\s()]{1,300}\\(\\d+\\)|\\[internal function\\]): |#\\d+ \\{main\\}"
    /* Ruby */
    "|[^\\s:]{1,300}\\.rb:\\d+:in [`']";

static const char *const header_pattern =
    "\\bTraceback \\(most recent call last\\)|\\bStack trace:|\\bUncaught [A-Z]\\w*"
    "|\\b(?:[a-z_][\\w$]*\\.){1,12}[A-Z][\\w$]*(?:Exception|Error)\\b"
    "|(?:^|\\s)[A-Z]\\w*(?:Exception|Error): ";

static const char *const php_message_pattern =
    "\\b(?:(?:PHP )?(?:Catchable )?Fatal error|Parse error|Warning|Notice|Deprecated)\\s*:\\s"
    "[^\\n]{1,400}? in (?:/|[A-Za-z]:\\\\)\\S{1,300} on line \\d+";

/* {"message":"Forbidden"}, {"error":"Not Found","status":404}: an error key
 * first, and a status code or a failure word somewhere in the object. */
static const char *const json_error_pattern =
    "^\\s*\\{\\s*\"(?:message|error|errors|errormessage|error_message|detail|title|status|statuscode|code|fault)\"\\s*:"
    "[^\\n]{0,400}?(?:\\b[45]\\d\\d\\b|\\b(?:error|not found|forbidden|unauthori[sz]ed|denied|unavailable|"
    "time-?out|bad gateway|not_found|internal)\\b)[^\\n]{0,400}\\}\\s*$";

nc_traces *nc_traces_create(apr_pool_t *p, char **err)
{
    nc_traces *t = apr_pcalloc(p, sizeof *t);
    if (!(t->frame = nc_regex_compile(p, frame_pattern, 1, err))
        || !(t->header = nc_regex_compile(p, header_pattern, 1, err))
        || !(t->php_message = nc_regex_compile(p, php_message_pattern, 1, err))
        || !(t->json_error = nc_regex_compile(p, json_error_pattern, 0, err)))
        return NULL;
    return t;
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Does the text hold the shape of a frame's or a PHP line's line number:
 * ":87)" (Java, .NET, Node), ":41:8" (Node), "\", line 58" (Python),
 * "(88): " (PHP frame), "{main}", ".rb:12:in", " on line 12" (PHP)? Most
 * paragraphs hold none (a time "12:30" is not one), so the regexes below
 * run only on the few blocks that do. */
static int has_line_number(const char *s, apr_size_t len)
{
    const char *end = s + len, *p;
    if (!memchr(s, ':', len))
        return 0;                   /* every trace has one: "Error:", "(x.py):", "in f:" */
    for (p = s; (p = memchr(p, ':', (size_t)(end - p))) != NULL; p++) {
        const char *q = p + 1;
        while (q < end && digit(*q))
            q++;
        if (q > p + 1 && q < end && (*q == ')' || (*q == ':' && q + 1 < end && (digit(q[1]) || q[1] == 'i'))))
            return 1;
    }
    for (p = s; (p = memchr(p, '(', (size_t)(end - p))) != NULL; p++) {
        const char *q = p + 1;
        while (q < end && digit(*q))
            q++;
        if (q > p + 1 && q + 2 < end && q[0] == ')' && q[1] == ':' && q[2] == ' ')
            return 1;
    }
    for (p = s; (p = memmem(p, (size_t)(end - p), "line ", 5)) != NULL; p++)
        if (p > s && p[-1] == ' ' && p + 5 < end && digit(p[5]))
            return 1;
    return memchr(s, '{', len) && memmem(s, len, "{main}", 6) != NULL;
}

/* At most this many frames are looked for: enough to weigh any trace. */
#define TRACE_MAX_FRAMES 64

int nc_traces_says_error(const nc_traces *t, pcre2_match_data *md, const char *text,
                         apr_size_t len, int words, int short_words)
{
    apr_size_t ms, me, pos = 0, covered = 0;
    if (len >= 12 && len <= 800 && text[0] == '{' && text[len - 1] == '}')
        return nc_regex_find(t->json_error, md, text, len, 0, &ms, &me);
    if (len < 12 || !has_line_number(text, len))
        return 0;
    int frames = 0, php = 0;
    while (pos < len && nc_regex_find(t->php_message, md, text, len, pos, &ms, &me)) {
        php++;
        covered += me - ms;
        pos = me > ms ? me : ms + 1;
    }
    for (pos = 0; frames < TRACE_MAX_FRAMES && pos < len
                  && nc_regex_find(t->frame, md, text, len, pos, &ms, &me);) {
        frames++;
        covered += me - ms;
        pos = me > ms ? me : ms + 1;
    }
    int header = 0;
    if (frames == 1 && !php) {
        header = nc_regex_find(t->header, md, text, len, 0, &ms, &me);
        if (header)
            covered += me - ms;
    }
    if (!(php || frames >= 2 || (frames == 1 && header)))
        return 0;
    /* a long block: the trace must be most of it, not a frame in a story */
    return words <= short_words || covered * 2 >= len;
}
