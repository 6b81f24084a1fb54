/*
 * text_parser.c - builds the document model from text/plain: every non-empty
 * line is a block whose range includes its line ending, so removing a block
 * removes the whole line and leaves no gap.
 */
#include "parsers.h"

#include <string.h>

void nc_text_parse(apr_pool_t *p, nc_docmodel *model, const char *buf, apr_size_t len,
                   apr_array_header_t *spans)
{
    (void)p;
    apr_size_t pos = 0;
    void **blocks_heap = NULL, **spans_heap = NULL;
    while (pos < len) {
        const char *nl = memchr(buf + pos, '\n', len - pos);
        apr_size_t text_end = nl ? (apr_size_t)(nl - buf) : len;
        apr_size_t line_end = nl ? text_end + 1 : len;
        apr_size_t t = pos;
        while (t < text_end && (buf[t] == ' ' || buf[t] == '\t' || buf[t] == '\r' || buf[t] == '\f'))
            t++;
        if (t < text_end) {
            nc_block *b = nc_array_push(model->blocks, &blocks_heap);
            b->start = pos;
            b->end = line_end;
            b->parent = -1;
            b->trusted = 1;
            b->tag = "line";
            b->hint = "";
            b->text = "";
            b->last_desc = model->blocks->nelts - 1;
            nc_text_span *s = nc_array_push(spans, &spans_heap);
            s->block = model->blocks->nelts - 1;
            s->start = pos;
            s->len = text_end - pos;
            s->literal = NULL;
        }
        pos = line_end;
    }
}
