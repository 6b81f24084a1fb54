/*
 * parsers.h - the two front ends that turn bytes into the document model
 * (html_parser.c, text_parser.c), and the text spans they record.
 */
#ifndef NC_PARSERS_H
#define NC_PARSERS_H

#include "doc.h"
#include "charset.h"

/* A piece of a block's text: a range of original bytes (decoded later with
 * the page's charset) or already-decoded UTF-8. 16 bytes: a page has one
 * every 50-120 bytes, held until text assembly. */
typedef struct nc_text_span {
    int          block;
    apr_uint32_t len : 31;      /* a span never exceeds the page, and pages stay below 2 GB */
    apr_uint32_t is_literal : 1;
    union {
        apr_size_t  start;      /* in the page */
        const char *literal;    /* is_literal: decoded UTF-8 */
    } at;
} nc_text_span;

static inline void nc_span_set(nc_text_span *s, int block, apr_size_t start, apr_size_t len,
                               const char *literal)
{
    s->block = block;
    s->len = (apr_uint32_t)len;
    s->is_literal = literal != NULL;
    if (literal)
        s->at.literal = literal;
    else
        s->at.start = start;
}

/* The span's decoded text, or NULL for a range of the page. */
static inline const char *nc_span_literal(const nc_text_span *s)
{
    return s->is_literal ? s->at.literal : NULL;
}

/* The literal word break a <br> leaves in a block's text: a space, told
 * apart by its address so the text keeps where its lines start
 * (nc_block.line_starts). */
extern const char nc_line_break[];

typedef struct nc_html_parser nc_html_parser;

/* The parser reads the page from orig, which the engine appends to; each feed
 * parses what was appended since the last one. last: the page is complete. */
nc_html_parser *nc_html_parser_create(apr_pool_t *p, nc_docmodel *model, const nc_buf *orig);
int  nc_html_parser_feed(nc_html_parser *hp, int last);
/* Sizes the span and block arrays for a page of total_bytes (a hint). */
void nc_html_parser_expect(nc_html_parser *hp, apr_size_t total_bytes);
const char *nc_html_parser_failure(const nc_html_parser *hp);
const apr_array_header_t *nc_html_parser_spans(const nc_html_parser *hp);
/* After the last feed: frees libxml2's context and what only parsing used. */
void nc_html_parser_end(nc_html_parser *hp);
/* After the spans were turned into text: frees them. */
void nc_html_parser_drop_text(nc_html_parser *hp);
/* After the edits and the article's blocks were taken from the model: frees
 * its block array (the blocks' texts stay in the page's pool). */
void nc_html_parser_drop_blocks(nc_html_parser *hp);

/* Plain text: one block per non-empty line, its range including the newline. */
void nc_text_parse(apr_pool_t *p, nc_docmodel *model, const char *buf, apr_size_t len,
                   apr_array_header_t *spans);

#endif
