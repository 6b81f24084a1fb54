/*
 * text_parser.c - builds the document model from text/plain: every non-empty
 * line is a block whose range includes its line ending, so removing a block
 * removes the whole line and leaves no gap.
 *
 * One exception: an HTML document glued at the very start or end of the text
 * (an upstream's error page, "<!DOCTYPE html>...<pre>Cannot GET /x</pre>...
 * </html>", in front of a wire story) is one block over all its lines, its
 * text what a browser would show, one line per piece of text between tags.
 * The shell rules judge it as they judge a block of <br> lines; a document
 * that is no shell stays, byte for byte, like any line.
 */
#include "parsers.h"

#include <string.h>
#include <strings.h>

/* An error document is short; a longer one is read line by line. */
#define PLAIN_DOC_MAX_BYTES 16384

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\n';
}

/* Does the line whose text starts at t open an HTML document? */
static int opens_document(const char *buf, apr_size_t t, apr_size_t text_end)
{
    apr_size_t n = text_end - t;
    if (n >= 14 && strncasecmp(buf + t, "<!doctype html", 14) == 0)
        return 1;
    return n >= 5 && strncasecmp(buf + t, "<html", 5) == 0 && (n == 5 || buf[t + 5] == '>' || blank(buf[t + 5]));
}

/* Just past the line that holds the first "</html>" in [from, to) with only
 * blanks after it on its line; 0 when none. */
static apr_size_t document_end(const char *buf, apr_size_t len, apr_size_t from, apr_size_t to)
{
    for (apr_size_t i = from; i + 7 <= to; i++) {
        const char *lt = memchr(buf + i, '<', to - i);
        if (!lt)
            return 0;
        i = (apr_size_t)(lt - buf);
        if (i + 7 > to || strncasecmp(buf + i, "</html>", 7) != 0)
            continue;
        apr_size_t e = i + 7;
        while (e < len && buf[e] != '\n' && blank(buf[e]))
            e++;
        if (e < len && buf[e] != '\n')
            return 0;             /* text goes on after it on its line */
        return e < len ? e + 1 : len;
    }
    return 0;
}

/* Skips the element at lt when it is <script>, <style> or a comment:
 * returns where its content ends, or lt when it is none of them. */
static apr_size_t skip_raw(const char *buf, apr_size_t lt, apr_size_t e)
{
    static const char *const raw[] = { "script", "style", NULL };
    if (lt + 4 <= e && memcmp(buf + lt, "<!--", 4) == 0) {
        for (apr_size_t i = lt + 4; i + 3 <= e; i++)
            if (memcmp(buf + i, "-->", 3) == 0)
                return i + 3;
        return e;
    }
    for (int k = 0; raw[k]; k++) {
        apr_size_t n = strlen(raw[k]);
        if (lt + 1 + n < e && strncasecmp(buf + lt + 1, raw[k], n) == 0
            && (buf[lt + 1 + n] == '>' || blank(buf[lt + 1 + n]))) {
            for (apr_size_t i = lt + 1 + n; i + 2 + n < e; i++)
                if (buf[i] == '<' && buf[i + 1] == '/' && strncasecmp(buf + i + 2, raw[k], n) == 0)
                    return i;
            return e;
        }
    }
    return lt;
}

/* A new top-level "line" block over [s, e); its text comes from spans. */
static void push_line_block(nc_docmodel *model, apr_size_t s, apr_size_t e, void ***blocks_heap)
{
    nc_block *b = nc_array_push(model->blocks, blocks_heap);
    b->start = s;
    b->end = e;
    b->parent = -1;
    b->trusted = 1;
    b->tag = "line";
    b->hint = "";
    b->text = "";
    b->last_desc = model->blocks->nelts - 1;
}

/* The document [s, e) as one block: its text between tags, a line a piece. */
static void document_block(nc_docmodel *model, apr_array_header_t *spans, const char *buf,
                           apr_size_t s, apr_size_t e, void ***blocks_heap, void ***spans_heap)
{
    push_line_block(model, s, e, blocks_heap);
    int pieces = 0;
    for (apr_size_t i = s; i < e;) {
        if (buf[i] == '<') {
            apr_size_t after = skip_raw(buf, i, e);
            const char *gt = after == i ? memchr(buf + i, '>', e - i) : NULL;
            i = after != i ? after : gt ? (apr_size_t)(gt - buf) + 1 : e;
            continue;
        }
        const char *lt = memchr(buf + i, '<', e - i);
        apr_size_t to = lt ? (apr_size_t)(lt - buf) : e;
        apr_size_t a = i;
        while (a < to && blank(buf[a]))
            a++;
        if (a < to) {
            nc_text_span *sp = nc_array_push(spans, spans_heap);
            nc_span_set(sp, model->blocks->nelts - 1, a, to - a, pieces++ ? NC_BREAK_LINE : NC_BREAK_NONE);
        }
        i = to;
    }
}

/* Where the first line with text starts ([*text, ...) its text), from pos. */
static apr_size_t next_text_line(const char *buf, apr_size_t len, apr_size_t pos, apr_size_t *text)
{
    while (pos < len) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        apr_size_t text_end = nl ? (apr_size_t)(nl - buf) : len;
        apr_size_t t = pos;
        while (t < text_end && blank(buf[t]))
            t++;
        if (t < text_end) {
            *text = t;
            return pos;
        }
        pos = nl ? text_end + 1 : len;
    }
    *text = len;
    return len;
}

/* A glued document at the start: [*s, *e) from the page's first line with
 * text; 0 when there is none. */
static int leading_document(const char *buf, apr_size_t len, apr_size_t *s, apr_size_t *e)
{
    apr_size_t t, line = next_text_line(buf, len, 0, &t);
    if (line >= len)
        return 0;
    const char *nl = memchr(buf + t, '\n', len - t);
    if (!opens_document(buf, t, nl ? (apr_size_t)(nl - buf) : len))
        return 0;
    apr_size_t to = len - t > PLAIN_DOC_MAX_BYTES ? t + PLAIN_DOC_MAX_BYTES : len;
    *e = document_end(buf, len, t, to);
    *s = line;
    return *e > 0;
}

/* A glued document at the end: its last line with text ends with "</html>",
 * and a line that opens a document ("<html", with the "<!DOCTYPE html"
 * line right before it) starts it, within the bound; not before from. */
static int trailing_document(const char *buf, apr_size_t len, apr_size_t from, apr_size_t *s, apr_size_t *e)
{
    apr_size_t end = len;
    while (end > from && blank(buf[end - 1]))
        end--;
    if (end < from + 7 || strncasecmp(buf + end - 7, "</html>", 7) != 0)
        return 0;
    apr_size_t lo = end - from > PLAIN_DOC_MAX_BYTES ? end - PLAIN_DOC_MAX_BYTES : from;
    apr_size_t open = len, line = end;
    while (line > lo) {
        apr_size_t ls = line;
        while (ls > lo && buf[ls - 1] != '\n')
            ls--;
        apr_size_t t = ls;
        while (t < line && blank(buf[t]))
            t++;
        if (t < line && opens_document(buf, t, line)) {
            open = ls;
            if (strncasecmp(buf + t, "<!doctype", 9) == 0 || ls == lo)
                break;
            /* the "<!DOCTYPE html>" line right before "<html>" goes with it */
            apr_size_t ps = ls > lo ? ls - 1 : ls, pt;
            while (ps > lo && buf[ps - 1] != '\n')
                ps--;
            for (pt = ps; pt < ls && blank(buf[pt]); pt++)
                ;
            if (pt < ls && ls - pt >= 14 && strncasecmp(buf + pt, "<!doctype html", 14) == 0)
                open = ps;
            break;
        }
        line = ls > lo ? ls - 1 : lo;
    }
    if (open >= len)
        return 0;
    *s = open;
    *e = len;
    return 1;
}

void nc_text_parse(apr_pool_t *p, nc_docmodel *model, const char *buf, apr_size_t len,
                   apr_array_header_t *spans)
{
    (void)p;
    apr_size_t pos = 0;
    void **blocks_heap = NULL, **spans_heap = NULL;
    apr_size_t lead_s = len, lead_e = 0, trail_s = len, trail_e = 0;
    if (leading_document(buf, len, &lead_s, &lead_e)) {
        document_block(model, spans, buf, lead_s, lead_e, &blocks_heap, &spans_heap);
        pos = lead_e;
    }
    if (!trailing_document(buf, len, pos, &trail_s, &trail_e))
        trail_s = len;
    while (pos < len) {
        if (pos == trail_s) {
            document_block(model, spans, buf, trail_s, trail_e, &blocks_heap, &spans_heap);
            break;
        }
        const char *nl = memchr(buf + pos, '\n', len - pos);
        apr_size_t text_end = nl ? (apr_size_t)(nl - buf) : len;
        apr_size_t line_end = nl ? text_end + 1 : len;
        apr_size_t t = pos;
        while (t < text_end && (buf[t] == ' ' || buf[t] == '\t' || buf[t] == '\r' || buf[t] == '\f'))
            t++;
        if (t < text_end) {
            push_line_block(model, pos, line_end, &blocks_heap);
            nc_span_set(nc_array_push(spans, &spans_heap), model->blocks->nelts - 1, pos,
                        text_end - pos, NC_BREAK_NONE);
        }
        pos = line_end;
    }
}
