/*
 * parsers.h - the two front ends that turn bytes into the document model
 * (html_parser.c, text_parser.c), and the text spans they record.
 */
#ifndef NC_PARSERS_H
#define NC_PARSERS_H

#include "doc.h"
#include "charset.h"

/* A piece of a block's text: a range of original bytes (decoded later with
 * the page's charset) or already-decoded UTF-8. 12 bytes: a page has one
 * every 50-120 bytes, held until text assembly. A literal is a word break
 * (NC_SPAN_SPACE, NC_SPAN_BREAK) or, from NC_SPAN_TEXT on, an entry of the
 * parser's table of decoded texts (nc_html_parser_literals): no pointer. */
typedef struct nc_text_span {
    int          block;
    apr_uint32_t len : 31;      /* a span never exceeds the page, and pages stay below 2 GB */
    apr_uint32_t is_literal : 1;
    apr_uint32_t at;            /* in the page, or is_literal: NC_SPAN_* or a table index */
} nc_text_span;

enum { NC_SPAN_SPACE = 0, NC_SPAN_BREAK = 1, NC_SPAN_TEXT = 2 };

/* The literal word break a <br> leaves in a block's text: a space, told
 * apart by its address so the text keeps where its lines start
 * (nc_block.line_starts). */
extern const char nc_line_break[];

/* A range of the page. */
static inline void nc_span_set(nc_text_span *s, int block, apr_size_t start, apr_size_t len)
{
    s->block = block;
    s->len = (apr_uint32_t)len;
    s->is_literal = 0;
    s->at = (apr_uint32_t)start;
}

/* Decoded text: NC_SPAN_SPACE, NC_SPAN_BREAK, or NC_SPAN_TEXT + its index
 * in the table of decoded texts. */
static inline void nc_span_set_literal(nc_text_span *s, int block, apr_size_t len,
                                       apr_uint32_t literal)
{
    s->block = block;
    s->len = (apr_uint32_t)len;
    s->is_literal = 1;
    s->at = literal;
}

/* The span's decoded text, or NULL for a range of the page; literals is
 * the table of decoded texts (NULL when the parser made none). */
static inline const char *nc_span_literal(const nc_text_span *s, const char *const *literals)
{
    if (!s->is_literal)
        return NULL;
    return s->at == NC_SPAN_SPACE ? " " : s->at == NC_SPAN_BREAK ? nc_line_break
         : literals[s->at - NC_SPAN_TEXT];
}

typedef struct nc_html_parser nc_html_parser;

/* The parser reads the page from orig, which the engine appends to; each feed
 * parses what was appended since the last one. last: the page is complete. */
nc_html_parser *nc_html_parser_create(apr_pool_t *p, nc_docmodel *model, const nc_buf *orig);
int  nc_html_parser_feed(nc_html_parser *hp, int last);
/* Sizes the span and block arrays for a page of total_bytes (a hint). */
void nc_html_parser_expect(nc_html_parser *hp, apr_size_t total_bytes);
const char *nc_html_parser_failure(const nc_html_parser *hp);
const apr_array_header_t *nc_html_parser_spans(const nc_html_parser *hp);
/* The decoded texts the spans refer to (nc_span_literal), or NULL. */
const char *const *nc_html_parser_literals(const nc_html_parser *hp);
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
