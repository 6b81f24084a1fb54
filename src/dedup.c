/*
 * dedup.c - finding duplicated copies of the article's blocks.
 *
 * Each block's text is reduced to a key that ignores what a second rendering
 * changes without changing the words: case, whitespace, &nbsp;, entities
 * (already decoded), curly vs straight quotes, dashes and punctuation. A block
 * whose key was seen earlier is a later copy; the first copy stays. Short
 * blocks (navigation, buttons, captions) never count on their own, and copies
 * inside a pull quote or an aside are legitimate repetition.
 */
#include "dedup.h"

#include <string.h>
#include <apr_hash.h>

/* Letters and digits only, lower-cased (ASCII), single spaces between words;
 * non-ASCII letters are kept as they are, typographic punctuation dropped. */
static const char *block_key(apr_pool_t *p, const char *s, apr_size_t n, apr_size_t *klen)
{
    char *k = apr_palloc(p, n + 1);
    apr_size_t o = 0;
    int space = 0;
    for (apr_size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && o)
                    k[o++] = ' ';
                space = 0;
                k[o++] = (char)c;
            } else if (c >= 'A' && c <= 'Z') {
                if (space && o)
                    k[o++] = ' ';
                space = 0;
                k[o++] = (char)(c + 32);
            } else if (c == ' ') {
                space = 1;
            }
            i++;
            continue;
        }
        /* U+2000..U+206F (quotes, dashes, spaces) and U+00A0..U+00BF are punctuation. */
        apr_size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        if (i + len > n)
            len = n - i;
        int punct = (c == 0xE2 && len == 3 && (unsigned char)s[i + 1] == 0x80)
                 || (c == 0xE2 && len == 3 && (unsigned char)s[i + 1] == 0x81 && (unsigned char)s[i + 2] < 0xB0)
                 || (c == 0xC2 && len == 2 && (unsigned char)s[i + 1] >= 0xA0 && (unsigned char)s[i + 1] <= 0xBF);
        if (punct) {
            space = space || (c == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
                          || (c == 0xE2 && (unsigned char)s[i + 2] <= 0x8A);
        } else {
            if (space && o)
                k[o++] = ' ';
            space = 0;
            memcpy(k + o, s + i, len);
            o += len;
        }
        i += len;
    }
    k[o] = '\0';
    *klen = o;
    return k;
}

static int in_quote_or_aside(const nc_docmodel *m, int i)
{
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const char *tag = APR_ARRAY_IDX(m->blocks, a, nc_block).tag;
        if (!strcmp(tag, "blockquote") || !strcmp(tag, "aside") || !strcmp(tag, "figcaption"))
            return 1;
    }
    return 0;
}

int nc_dedup_mark(apr_pool_t *p, nc_docmodel *m, int min_words)
{
    apr_hash_t *seen = apr_hash_make(p);
    int marked = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->text_len == 0 || b->verdict != NC_KEEP || b->role == NC_ROLE_TITLE)
            continue;
        apr_size_t klen;
        const char *key = block_key(p, b->text, b->text_len, &klen);
        if (klen == 0)
            continue;
        if (apr_hash_get(seen, key, (apr_ssize_t)klen)) {
            b->repeated = 1;
            if (b->words >= min_words && !in_quote_or_aside(m, i)) {
                b->verdict = NC_DUPLICATE;
                marked++;
            }
            continue;
        }
        if (!in_quote_or_aside(m, i))
            apr_hash_set(seen, key, (apr_ssize_t)klen, b);
    }
    return marked;
}
