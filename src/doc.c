/*
 * doc.c - turning recorded text spans into each block's UTF-8 text.
 *
 * Done once at the end of the page, when the charset is finally known.
 */
#include "docbuild.h"

#include <string.h>

/* ASCII whitespace, and U+00A0 (C2 A0) which pages use as a space. */
static apr_size_t space_length(const char *s, apr_size_t n)
{
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && n > 1 && (unsigned char)s[1] == 0xA0)
        return 2;
    return 0;
}

const char *nc_collapse_text(apr_pool_t *p, const char *s, apr_size_t n,
                             apr_size_t *out_len, int *words)
{
    char *out = apr_palloc(p, n + 1);
    apr_size_t o = 0;
    int count = 0, in_word = 0, pending_space = 0;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t sp = space_length(s + i, n - i);
        if (sp) {
            pending_space = o > 0;
            in_word = 0;
            i += sp;
            continue;
        }
        if (pending_space) {
            out[o++] = ' ';
            pending_space = 0;
        }
        if (!in_word) {
            count++;
            in_word = 1;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    *out_len = o;
    *words = count;
    return out;
}

void nc_doc_assemble_text(apr_pool_t *p, nc_docmodel *model, const apr_array_header_t *spans,
                          const char *orig, nc_decoder *dec)
{
    int n = model->blocks->nelts;
    if (n == 0)
        return;
    nc_buf *texts = apr_pcalloc(p, sizeof(nc_buf) * (apr_size_t)n);
    for (int i = 0; i < spans->nelts; i++) {
        const nc_text_span *s = &APR_ARRAY_IDX(spans, i, nc_text_span);
        nc_buf *t = &texts[s->block];
        if (!t->data)
            nc_buf_init(t, p, s->len + 16);
        if (s->literal)
            nc_buf_append(t, s->literal, s->len);
        else
            nc_decode_append(dec, orig + s->start, s->len, t);
    }
    for (int i = 0; i < n; i++) {
        nc_block *b = &APR_ARRAY_IDX(model->blocks, i, nc_block);
        if (texts[i].data)
            b->text = nc_collapse_text(p, texts[i].data, texts[i].len, &b->text_len, &b->words);
    }
}
