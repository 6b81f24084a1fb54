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
 * every 50-120 bytes, held until text assembly. A literal is an entry of
 * the parser's table of decoded texts (nc_html_parser_literals), or the
 * text itself when it is short: no pointer. The word break an element boundary leaves before a piece of
 * text (a space, or a <br>'s) is a bit of that piece, not a span of its
 * own: a quarter of an article's spans were such breaks. A break is only
 * recorded before text of the same block, so the piece is always there. */
typedef struct nc_text_span {
    apr_uint32_t block : 31;    /* a page below 2 GB has fewer blocks */
    apr_uint32_t space_before : 1;  /* a word break comes before this text */
    apr_uint32_t len : 31;      /* a span never exceeds the page, and pages stay below 2 GB */
    apr_uint32_t is_literal : 1;
    apr_uint32_t at : 31;       /* in the page, or is_literal: the table index or the text */
    apr_uint32_t break_before : 1;  /* that word break is a <br>'s: a line starts (nc_block.line_starts) */
} nc_text_span;

/* The word break before a span: none, a space, a <br>'s. */
enum { NC_BREAK_NONE = 0, NC_BREAK_SPACE = 1, NC_BREAK_LINE = 2 };

/* A range of the page, after the word break brk (NC_BREAK_*). */
static inline void nc_span_set(nc_text_span *s, int block, apr_size_t start, apr_size_t len,
                               int brk)
{
    s->block = (apr_uint32_t)block;
    s->space_before = brk != NC_BREAK_NONE;
    s->len = (apr_uint32_t)len;
    s->is_literal = 0;
    s->at = (apr_uint32_t)start;
    s->break_before = brk == NC_BREAK_LINE;
}

/* Decoded text: the index of its entry in the table of decoded texts, or
 * for a short one, its bytes (nc_span_inline). */
static inline void nc_span_set_literal(nc_text_span *s, int block, apr_size_t len,
                                       apr_uint32_t literal, int brk)
{
    s->block = (apr_uint32_t)block;
    s->space_before = brk != NC_BREAK_NONE;
    s->len = (apr_uint32_t)len;
    s->is_literal = 1;
    s->at = literal;
    s->break_before = brk == NC_BREAK_LINE;
}

/* A decoded text this short (most references: U+0800..U+FFFF is three
 * bytes of UTF-8) is kept in the span, in at, not in the table. */
#define NC_SPAN_INLINE 3

static inline apr_uint32_t nc_span_inline(const char *text, apr_size_t len)
{
    apr_uint32_t v = 0;
    for (apr_size_t i = len; i-- > 0;)
        v = v << 8 | (unsigned char)text[i];
    return v;
}

/* The span's decoded text, or NULL for a range of the page; literals is
 * the table of decoded texts (NULL when the parser made none), room the
 * place for a text kept in the span. */
static inline const char *nc_span_literal(const nc_text_span *s, const char *const *literals,
                                          char room[NC_SPAN_INLINE + 1])
{
    if (!s->is_literal)
        return NULL;
    if (s->len > NC_SPAN_INLINE)
        return literals[s->at];
    for (unsigned i = 0; i < NC_SPAN_INLINE; i++)
        room[i] = (char)(s->at >> (8 * i));
    room[NC_SPAN_INLINE] = '\0';
    return room;
}

typedef struct nc_html_parser nc_html_parser;

/* The names libxml2 interns on most pages (tags, entities), in a dictionary
 * built once with the engine and only read afterwards: every page's parser
 * looks its names up there first (html_parser.c). Freed with p; NULL if it
 * could not be built. */
typedef struct nc_html_names nc_html_names;
nc_html_names *nc_html_names_create(apr_pool_t *p);

/* The parser reads the page from orig, which the engine appends to; each feed
 * parses what was appended since the last one. last: the page is complete.
 * names: the engine's (nc_html_names_create), or NULL. */
nc_html_parser *nc_html_parser_create(apr_pool_t *p, nc_docmodel *model, const nc_buf *orig,
                                      const nc_html_names *names);
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
