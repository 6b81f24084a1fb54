/*
 * doc.c - turning recorded text spans into each block's UTF-8 text.
 *
 * Done once at the end of the page, when the charset is finally known.
 */
#include "docbuild.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_strings.h>

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

/* Is the UTF-8 character at u (len bytes) of a script written without
 * spaces between words: kana and CJK ideographs, or Thai, Lao, Khmer and
 * Myanmar letters and marks? */
enum { UNSPACED_NO, UNSPACED_CJK, UNSPACED_BRAHMIC };

static int unspaced_script(const unsigned char *u, apr_size_t len)
{
    unsigned char c = u[0];
    if (len != 3)
        return UNSPACED_NO;
    if (c >= 0xE3 && c <= 0xE9) {
        unsigned int cp = ((c & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
        return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ? UNSPACED_CJK : UNSPACED_NO;
    }
    if ((c == 0xE0 && u[1] >= 0xB8 && u[1] <= 0xBB)                      /* U+0E00..0EFF */
        || (c == 0xE1 && (u[1] == 0x9E || u[1] == 0x9F                   /* U+1780..17FF */
                          || u[1] == 0x80 || u[1] == 0x81)))             /* U+1000..107F */
        return UNSPACED_BRAHMIC;
    return UNSPACED_NO;
}

/* The weight of unspaced letters in words, as a block counts them. */
static int unspaced_words(int cjk, int brahmic)
{
    return cjk / 2 + brahmic / 4;
}

int nc_weighed_words(const char *s, apr_size_t n, int spaced_words)
{
    const unsigned char *u = (const unsigned char *)s;
    int cjk = 0, brahmic = 0;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t len = u[i] < 0x80 ? 1 : nc_utf8_sequence_length(u + i, n - i);
        if (len == 0)
            len = 1;
        int script = unspaced_script(u + i, len);
        cjk += script == UNSPACED_CJK;
        brahmic += script == UNSPACED_BRAHMIC;
        i += len;
    }
    int w = unspaced_words(cjk, brahmic);
    return w > spaced_words ? w : spaced_words;
}

/* Does text[0, n) end like a sentence ("." "!" "?" "…" "。" "！" "？" "؟"),
 * allowing closing quotes and brackets after it? */
int nc_text_ends_sentence(const char *text, apr_size_t n)
{
    const unsigned char *t = (const unsigned char *)text;
    while (n > 0 && (t[n - 1] == '"' || t[n - 1] == ')' || t[n - 1] == '\'' || t[n - 1] == ' '))
        n--;
    if (n >= 3 && t[n - 3] == 0xE2 && t[n - 2] == 0x80 && (t[n - 1] == 0x9D || t[n - 1] == 0x99))
        n -= 3;                                                         /* ” ’ */
    if (n == 0)
        return 0;
    if (t[n - 1] == '.' || t[n - 1] == '!' || t[n - 1] == '?')
        return 1;
    if (n >= 3 && ((t[n - 3] == 0xE2 && t[n - 2] == 0x80 && t[n - 1] == 0xA6)         /* … */
                   || (t[n - 3] == 0xE3 && t[n - 2] == 0x80 && t[n - 1] == 0x82)      /* 。 */
                   || (t[n - 3] == 0xEF && t[n - 2] == 0xBC && (t[n - 1] == 0x81 || t[n - 1] == 0x9F))))
        return 1;                                                       /* ！ ？ */
    return n >= 2 && t[n - 2] == 0xD8 && t[n - 1] == 0x9F;             /* ؟ */
}

/* --- text assembly ------------------------------------------------------------
 *
 * One pass per block, straight from the page's bytes into one arena: the
 * block's spans are visited in order, and each is decoded (UTF-8 is only
 * validated, in place) and whitespace-collapsed as it is copied, so the text
 * is written once and nothing is kept twice. Same result as decoding every
 * block into its own buffer and then running nc_collapse_text over it. */

static const unsigned char ascii_space[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1, ['\v'] = 1
};

typedef struct text_state {
    apr_size_t start;       /* where the block's text begins in the arena */
    int words, in_word, pending_space;
    int unspaced;           /* kana and CJK ideographs: scripts with no spaces between words */
    int unspaced_brahmic;   /* Thai, Lao, Khmer and Myanmar letters and marks: no spaces either */
    int line_pending;       /* the pending word break starts a line: LINE_BR, LINE_SOURCE */
    int nlines, br_lines;
    apr_uint32_t lines[NC_MAX_LINE_STARTS];
} text_state;

/* What starts a block's next line: a <br>, or a line break of the source
 * (refrains are read from <br> lines only, dedup.c). */
enum { LINE_BR = 1, LINE_SOURCE = 2 };

/* A word character comes next at out[o]: the pending space before it, and
 * the word count if it starts a word. Returns the new o. */
__attribute__((always_inline))  /* once a word of every block's text */
static inline apr_size_t word_char_ahead(text_state *st, char *out, apr_size_t o)
{
    if (st->pending_space) {
        out[o++] = ' ';
        st->pending_space = 0;
        if (st->line_pending && st->nlines < NC_MAX_LINE_STARTS) {
            st->lines[st->nlines++] = (apr_uint32_t)(o - st->start);
            st->br_lines += st->line_pending == LINE_BR;
        }
    }
    st->line_pending = 0;
    if (!st->in_word) {
        st->words++;
        st->in_word = 1;
    }
    return o;
}

/* Eight bytes at a time where the lowest address is the lowest byte and
 * the compiler counts trailing zeros. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define WORD_BYTES_BY_EIGHT 1
#define ctz64(x) __builtin_ctzll(x)
#else
#define WORD_BYTES_BY_EIGHT 0
#define ctz64(x) 0
#endif

/* Appends valid-or-not UTF-8 in[0..n) to the arena, collapsed; an invalid
 * byte becomes U+FFFD, as nc_decode_append would make it. */
static void collapse_utf8(nc_buf *a, text_state *st, const char *in, apr_size_t n)
{
    nc_buf_reserve(a, n + 1);
    char *out = a->data;
    apr_size_t o = a->len;
    const unsigned char *u = (const unsigned char *)in;
    for (apr_size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c > ' ' && c < 0x80) {
            /* the common case: a run of printable ASCII, copied as one word,
             * eight bytes a round while they last: the first byte outside
             * 0x21..0x7F is the lowest flagged one (a borrow only runs up
             * from a flagged byte). The room reserved above holds the
             * eight: the text so far is no longer than what was read. */
            o = word_char_ahead(st, out, o);
            while (WORD_BYTES_BY_EIGHT && i + 8 <= n) {
                apr_uint64_t x;
                memcpy(&x, u + i, 8);
                memcpy(out + o, &x, 8);
                apr_uint64_t stop = ((x - 0x2121212121212121ULL) | x) & 0x8080808080808080ULL;
                if (stop) {
                    apr_size_t k = (apr_size_t)ctz64(stop) >> 3;
                    if (u[i + k] == ' ' && i + k + 1 < n && u[i + k + 1] > ' ' && u[i + k + 1] < 0x80) {
                        /* one space between two words, already copied:
                         * what the space and word_char_ahead would do
                         * (inside a word no line is pending), without
                         * leaving this loop; most words end so */
                        o += k + 1;
                        i += k + 1;
                        st->words++;
                        continue;
                    }
                    o += k;
                    i += k;
                    break;
                }
                o += 8;
                i += 8;
            }
            c = i < n ? u[i] : 0;
            while (c > ' ' && c < 0x80) {
                out[o++] = (char)c;
                c = ++i < n ? u[i] : 0;
            }
            continue;
        }
        apr_size_t len = 1;
        const char *src = in + i;
        apr_size_t k = 1;
        if (c < 0x80) {
            if (ascii_space[c]) {
                st->pending_space = o > st->start;
                /* a line of the source is a line too: a plain-text body
                 * glued in with no markup ("500 Internal Server Error" over
                 * its reason) reads as lines, as <br> lines do */
                if (c == '\n' && o > st->start && !st->line_pending)
                    st->line_pending = LINE_SOURCE;
                st->in_word = 0;
                i++;
                continue;
            }
        } else if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) {
            st->pending_space = o > st->start;
            st->in_word = 0;
            i += 2;
            continue;
        } else if ((len = nc_utf8_sequence_length(u + i, n - i)) != 0) {
            k = len;
            int script = unspaced_script(u + i, len);
            st->unspaced += script == UNSPACED_CJK;
            st->unspaced_brahmic += script == UNSPACED_BRAHMIC;
        } else {
            len = 1;
            src = "\xEF\xBF\xBD";
            k = 3;
            a->len = o;
            nc_buf_reserve(a, (n - i) + 4);
            out = a->data;
        }
        o = word_char_ahead(st, out, o);
        if (k == 1) {
            out[o++] = *src;
        } else {
            memcpy(out + o, src, k);
            o += k;
        }
        i += len;
    }
    a->len = o;
    out[o] = '\0';
}

void nc_doc_assemble_text(apr_pool_t *p, apr_pool_t *scratch_pool, nc_docmodel *model,
                          const apr_array_header_t *spans, const char *const *literals,
                          const char *orig, nc_decoder *dec)
{
    int n = model->blocks->nelts, m = spans->nelts;
    if (n <= 0 || m <= 0)
        return;
    apr_size_t nb = (apr_size_t)n, ns = (apr_size_t)m;
    const nc_text_span *sp = (const nc_text_span *)spans->elts;

    /* Spans grouped by block, in document order within each (counting
     * sort). The index and the blocks' text starts are one heap piece of
     * their size, given back at the end: a stage pool's 8 KB block held
     * 1.5 KB of them on a 15 KB page. */
    apr_size_t *starts = malloc(sizeof(apr_size_t) * nb + sizeof(int) * (nb + 1 + ns + nb));
    if (!starts)
        abort();                /* as APR does when a pool cannot get memory */
    int *first = (int *)(void *)(starts + nb), *order = first + nb + 1, *fill = order + ns;
    memset(first, 0, sizeof(int) * (nb + 1));
    apr_size_t total = 0;
    for (int i = 0; i < m; i++) {
        first[sp[i].block + 1]++;
        total += sp[i].len + sp[i].space_before;
    }
    for (int b = 0; b < n; b++)
        first[b + 1] += first[b];
    memcpy(fill, first, sizeof(int) * nb);
    for (int i = 0; i < m; i++)
        order[fill[sp[i].block]++] = i;

    nc_buf arena, scratch;
    nc_buf_init(&arena, p, 64);
    nc_buf_presize(&arena, total + nb);     /* the spans and a NUL a block: one allocation */
    scratch.data = NULL;
    int utf8 = nc_decoder_is_utf8(dec);

    for (int b = 0; b < n; b++) {
        if (first[b] == first[b + 1]) {
            starts[b] = NC_NO_OFFSET;
            continue;
        }
        text_state st = { arena.len, 0, 0, 0, 0, 0, 0, 0, 0, { 0 } };
        for (int k = first[b]; k < first[b + 1]; k++) {
            const nc_text_span *s = &sp[order[k]];
            if (s->space_before) {      /* as a blank read from the page */
                if (s->break_before)
                    st.line_pending = LINE_BR;
                st.pending_space = arena.len > st.start;
                st.in_word = 0;
            }
            char room[NC_SPAN_INLINE + 1];
            const char *literal = nc_span_literal(s, literals, room);
            if (literal || utf8) {
                collapse_utf8(&arena, &st, literal ? literal : orig + s->at, s->len);
            } else {
                if (!scratch.data) {    /* on the heap, owned by scratch_pool */
                    nc_buf_init(&scratch, scratch_pool, 1);
                    nc_buf_presize(&scratch, 4096);
                }
                scratch.len = 0;
                nc_decode_append(dec, orig + s->at, s->len, &scratch);
                collapse_utf8(&arena, &st, scratch.data, scratch.len);
            }
        }
        if (arena.len - st.start > NC_BLOCK_TEXT_MAX) {
            /* past a 32-bit length: a block of over 1.4 GB whose every byte
             * decodes to three (the CLI's; the module takes at most 1 GB),
             * cut at a character */
            apr_size_t keep = NC_BLOCK_TEXT_MAX;
            while (keep > 0 && ((unsigned char)arena.data[st.start + keep] & 0xC0) == 0x80)
                keep--;
            arena.len = st.start + keep;
            while (st.nlines > 0 && st.lines[st.nlines - 1] >= keep)
                st.nlines--;
            if (st.br_lines > st.nlines)
                st.br_lines = st.nlines;
        }
        nc_block *blk = &APR_ARRAY_IDX(model->blocks, b, nc_block);
        blk->text_len = (apr_uint32_t)(arena.len - st.start);
        /* Chinese and Japanese put no spaces between words, so a paragraph
         * would count as one word and look like a short line to every later
         * step (shells, duplicates, article text): about two characters a word.
         * Thai, Lao, Khmer and Myanmar put spaces between phrases only; their
         * words run about four letters and marks (a Thai story's paragraph
         * of 400 letters is some 100 words, not the 20 its spaces make). */
        int weighed = unspaced_words(st.unspaced, st.unspaced_brahmic);
        blk->words = weighed > st.words ? weighed : st.words;
        if (st.nlines) {
            blk->line_starts = apr_pmemdup(p, st.lines, sizeof(apr_uint32_t) * (apr_size_t)st.nlines);
            blk->nlines = st.nlines;
            blk->br_lines = (unsigned char)st.br_lines;
        }
        starts[b] = st.start;
        nc_buf_append_char(&arena, '\0');
    }
    nc_buf_trim(&arena);        /* the texts are regex subjects; whitespace
                                 * collapsed, they take less than their spans */
    for (int b = 0; b < n; b++)
        if (starts[b] != NC_NO_OFFSET)
            APR_ARRAY_IDX(model->blocks, b, nc_block).text = arena.data + starts[b];
    free(starts);
    if (scratch.data)
        nc_buf_release(&scratch);
}

/* Furniture that stays furniture inside a page-wide form. A page header is
 * furniture unless it is an article's (or main's) own header. */
static int furniture_tag(const nc_docmodel *m, int form, int j)
{
    const char *t = APR_ARRAY_IDX(m->blocks, j, nc_block).tag;
    if (nc_tag_is(t, "nav") || nc_tag_is(t, "aside") || nc_tag_is(t, "footer")
        || nc_tag_is(t, "menu") || nc_tag_is(t, "iframe") || nc_tag_is(t, "form"))
        return 1;
    if (!nc_tag_is(t, "header"))
        return 0;
    for (int a = APR_ARRAY_IDX(m->blocks, j, nc_block).parent; a > form && a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const char *at = APR_ARRAY_IDX(m->blocks, a, nc_block).tag;
        if (nc_tag_is(at, "article") || nc_tag_is(at, "main"))
            return 0;
    }
    return 1;
}

/* A story of short paragraphs in a page-wide form: at least three kept
 * blocks of 10+ words that end a sentence, over 60 words together. A menu,
 * a headline list or a button row ends no sentence. */
#define FORM_SENTENCE_WORDS  10
#define FORM_STORY_SENTENCES 3
#define FORM_STORY_WORDS     60

char *nc_doc_story_forms(apr_pool_t *p, const nc_docmodel *m, int long_words)
{
    int n = m->blocks->nelts;
    char *in_story = NULL;
    for (int i = 0; i < n; i++) {
        const nc_block *f = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!f->boilerplate || !nc_tag_is(f->tag, "form")
            || (f->parent >= 0 && APR_ARRAY_IDX(m->blocks, f->parent, nc_block).boilerplate))
            continue;
        /* a form that starts a furniture zone: does it hold a story, a kept
         * paragraph of prose outside its own furniture, or a run of shorter
         * ones (an agency's story of 13-27-word paragraphs)? */
        int story = 0, sentences = 0, sentence_words = 0;
        for (int j = i + 1; j <= f->last_desc && !story; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (furniture_tag(m, i, j)) {
                j = b->last_desc;
                continue;
            }
            int kept = b->verdict == NC_KEEP && b->role != NC_ROLE_TITLE;
            story = kept && b->words > long_words;
            if (!story && kept && b->words >= FORM_SENTENCE_WORDS && nc_text_ends_sentence(b->text, b->text_len)) {
                sentences++;
                sentence_words += b->words;
                story = sentences >= FORM_STORY_SENTENCES && sentence_words > FORM_STORY_WORDS;
            }
        }
        if (story) {
            if (!in_story)
                in_story = apr_pcalloc(p, (apr_size_t)n);
            for (int j = i; j <= f->last_desc; j++) {
                if (j > i && furniture_tag(m, i, j))
                    j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc;
                else
                    in_story[j] = 1;
            }
        }
        i = f->last_desc;
    }
    return in_story;
}

/* The next part of a class or id at *s: a run of a-z (and of digits too
 * with digits), its length in *n; NULL at the end. */
const char *nc_hint_next_word(const char **s, int digits, apr_size_t *n)
{
#define HINT_CHAR(c) (((c) >= 'a' && (c) <= 'z') || (digits && (c) >= '0' && (c) <= '9'))
    const char *t = *s;
    while (*t && !HINT_CHAR(*t))
        t++;
    if (!*t)
        return NULL;
    const char *w = t;
    while (HINT_CHAR(*t))
        t++;
#undef HINT_CHAR
    *s = t;
    *n = (apr_size_t)(t - w);
    return w;
}

int nc_hint_word_is_one_of(const char *w, apr_size_t n, const char *const *names)
{
    /* the first letter first: this runs for every word of every hint */
    if (n == 0)
        return 0;
    for (int k = 0; names[k]; k++)
        if (names[k][0] == w[0] && strncmp(w, names[k], n) == 0 && names[k][n] == '\0')
            return 1;
    return 0;
}

/* The first letters of names, a bit each (by their low five bits), so
 * that most words of a page's hints are passed without reading the list. */
static apr_uint32_t first_letters(const char *const *names)
{
    apr_uint32_t mask = 0;
    for (int k = 0; names[k]; k++)
        mask |= 1u << ((unsigned char)names[k][0] & 31);
    return mask;
}

/* Whole parts of a class or id (runs of a-z): "site-footer" is "site",
 * "footer"; "footnote" is no footer. firsts: first_letters(names). */
static int hint_says(const char *hint, const char *const *names, apr_uint32_t firsts)
{
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 0, &n));)
        if (((firsts >> ((unsigned char)w[0] & 31)) & 1) && nc_hint_word_is_one_of(w, n, names))
            return 1;
    return 0;
}

/* The model's memo of names (doc.h, "Class and id names by family"): a
 * block's bits are read when a question first needs them, so a family
 * asked of three blocks reads no more than their walks did. */
struct nc_name_memo {
    apr_pool_t *pool;
    int n;                      /* the blocks it was made for */
    int footers_read;
    char *footers;              /* nc_doc_named_footers' answer, once read */
    unsigned char *own_read;    /* per block, the families whose test it had */
    unsigned char *own;         /* ... and said yes */
    unsigned char *around_read; /* per block, the families looked for around it */
    unsigned char *around;      /* ... and found below body, html and main */
};

void nc_doc_names_begin(apr_pool_t *p, nc_docmodel *m)
{
    m->names = apr_pcalloc(p, sizeof *m->names);
    m->names->pool = p;
    m->names->n = m->blocks->nelts;
}

/* The memo, its arrays made, or NULL when the model has none. */
static nc_name_memo *memo_of(const nc_docmodel *m)
{
    nc_name_memo *nm = m->names;
    if (!nm || nm->n != m->blocks->nelts)
        return NULL;
    if (!nm->own) {
        apr_size_t n = (apr_size_t)nm->n + 1;
        nm->own_read = apr_pcalloc(nm->pool, 4 * n);
        nm->own = nm->own_read + n;
        nm->around_read = nm->own + n;
        nm->around = nm->around_read + n;
    }
    return nm;
}

static int own_names(nc_name_memo *nm, const nc_docmodel *m, int i, nc_name_family f, nc_names_test test)
{
    if (!(nm->own_read[i] & f)) {
        nm->own_read[i] |= (unsigned char)f;
        if (test(m, i))
            nm->own[i] |= (unsigned char)f;
    }
    return (nm->own[i] & f) != 0;
}

/* Is an element around block i, below body, html and main, named so? Up
 * to the nearest one named, or one already answered, and the answer given
 * to every block on the way. */
static int around_names(nc_name_memo *nm, const nc_docmodel *m, int i, nc_name_family f, nc_names_test test)
{
    if (nm->around_read[i] & f)
        return (nm->around[i] & f) != 0;
    int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, named = 0;
    for (; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        if (nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, a, nc_block)))
            break;
        if (own_names(nm, m, a, f, test)) {
            named = 1;
            break;
        }
        if (nm->around_read[a] & f) {
            named = (nm->around[a] & f) != 0;
            break;
        }
    }
    for (int x = i; x != a; x = APR_ARRAY_IDX(m->blocks, x, nc_block).parent) {
        nm->around_read[x] |= (unsigned char)f;
        if (named)
            nm->around[x] |= (unsigned char)f;
    }
    return named;
}

int nc_doc_names(const nc_docmodel *m, int i, nc_name_family f, nc_names_test test)
{
    nc_name_memo *nm = memo_of(m);
    return nm ? own_names(nm, m, i, f, test) : test(m, i);
}

int nc_doc_named_around(const nc_docmodel *m, int i, nc_name_family f, nc_names_test test)
{
    nc_name_memo *nm = memo_of(m);
    if (nm && !around_names(nm, m, i, f, test))
        return -1;
    /* when the memo says one is, the nearest one so named is below body,
     * html and main */
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        if (nm) {
            if (own_names(nm, m, a, f, test))
                return a;
            continue;
        }
        if (nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, a, nc_block)))
            return -1;
        if (test(m, a))
            return a;
    }
    return -1;
}

static char *named_footers(apr_pool_t *p, const nc_docmodel *m);

char *nc_doc_named_footers(apr_pool_t *p, const nc_docmodel *m)
{
    /* read once a stage, in the memo's pool */
    nc_name_memo *nm = m->names;
    if (!nm || nm->n != m->blocks->nelts)
        return named_footers(p, m);
    if (!nm->footers_read) {
        nm->footers = named_footers(nm->pool, m);
        nm->footers_read = 1;
    }
    return nm->footers;
}

static char *named_footers(apr_pool_t *p, const nc_docmodel *m)
{
    /* the footer in the 14 languages' template names, as sites spell them */
    static const char *const names[] = { "footer", "foot", "copyright", "colophon", "fuss", "fusszeile",
                                         "voet", "piede", "rodape", "rodapie", "pie", "stopka", "podval",
                                         "altbilgi", NULL };
    int n = m->blocks->nelts;
    char *flags = NULL;
    apr_uint32_t firsts = first_letters(names);
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        /* <body> and <html> carry the theme's switches ("avada-footer-fx-none",
         * "has-sticky-footer"), which name no footer of their own */
        int named = (b->parent >= 0 && flags && flags[b->parent])
                 || (*b->hint && !nc_tag_is(b->tag, "body") && !nc_tag_is(b->tag, "html")
                     && hint_says(b->hint, names, firsts));
        if (named) {
            if (!flags)
                flags = apr_pcalloc(p, (apr_size_t)n);
            flags[i] = 1;
        }
    }
    return flags;
}

int nc_doc_copyright_line(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t n = b->text_len;
    return (n >= 2 && (unsigned char)t[0] == 0xC2 && (unsigned char)t[1] == 0xA9)      /* © */
        || (n >= 9 && strncasecmp(t, "copyright", 9) == 0)
        || (n >= 3 && strncasecmp(t, "(c)", 3) == 0);
}

char *nc_doc_inert(apr_pool_t *p, const nc_docmodel *m)
{
    if (m->inert_blocks == 0)
        return NULL;
    int n = m->blocks->nelts;
    char *inert = apr_pcalloc(p, (apr_size_t)n + 1);
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        inert[i] = (char)((b->parent >= 0 && inert[b->parent]) || strcmp(b->tag, "template") == 0);
    }
    return inert;
}

/* Whole parts of a class or id ("paywall__preview": "paywall", then
 * "preview"), or a part's start for the words that take endings. */
static int hint_names_paywall(const char *hint)
{
#define PAYWALL_WHOLE(X)                                                                      \
    X("regwall") X("subscriber") X("subscribers") X("subscription") X("subscriptions")        \
    X("metered") X("meter") X("abo") X("abonnement") X("abonnes") X("suscriptores")           \
    X("suscripcion") X("assinante") X("assinantes") X("assinatura") X("abbonati")             \
    X("abbonamento") X("prenumerata") X("abonelik") X("podpiska") X("piano")
#define AS_NAME(w) w,
#define AS_FIRST(w) | (apr_uint32_t)1 << ((unsigned char)w[0] & 31)
    static const char *const whole[] = { PAYWALL_WHOLE(AS_NAME) NULL };
    /* the first letters of every name below, folded to a constant: most
     * words of the hints of every ancestor of many blocks are passed on
     * one bit (15 K instructions on a page with a shell) */
    const apr_uint32_t firsts = 0 PAYWALL_WHOLE(AS_FIRST) AS_FIRST("paywall") AS_FIRST("pay") AS_FIRST("reg");
#undef AS_FIRST
#undef AS_NAME
#undef PAYWALL_WHOLE
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n));) {
        if (!((firsts >> ((unsigned char)w[0] & 31)) & 1))
            continue;
        if (n >= 7 && strncmp(w, "paywall", 7) == 0)
            return 1;
        /* "pay-wall", "reg-wall", "subscriber-only" */
        if ((n == 3 && (strncmp(w, "pay", 3) == 0 || strncmp(w, "reg", 3) == 0))
            && (strncmp(s, "-wall", 5) == 0 || strncmp(s, "_wall", 5) == 0))
            return 1;
        if (nc_hint_word_is_one_of(w, n, whole))
            return 1;
    }
    return 0;
}

static int block_names_paywall(const nc_docmodel *m, int i)
{
    const char *hint = APR_ARRAY_IDX(m->blocks, i, nc_block).hint;
    return hint[0] && hint_names_paywall(hint);
}

int nc_doc_paywall_of(const nc_docmodel *m, int i)
{
    return nc_doc_named_around(m, i, NC_NAMES_PAYWALL, block_names_paywall);
}

/* A reader's comment thread: its class or id names it ("comments",
 * "comment-content", "komentarze", "yorum-list"), as a whole word or the
 * first part of one (the comment on it is in doc.h). */
int nc_doc_names_comment_thread(const char *hint)
{
    static const char *const words[] = {
        "comment", "comments", "commentlist", "commentaire", "commentaires", "commenti",
        "commento", "comentario", "comentarios", "comentarii", "kommentar", "kommentare",
        "kommentarii", "komentarz", "komentarze", "komentari", "reacties", "yorum",
        "yorumlar", "disqus", NULL
    };
    for (const char *t = hint; *t;) {
        apr_size_t len = strcspn(t, " ");
        for (int i = 0; words[i]; i++) {
            if (words[i][0] != t[0])
                continue;           /* the first letter first: this runs for every container */
            apr_size_t w = strlen(words[i]);
            if (w <= len && memcmp(t, words[i], w) == 0
                && (w == len || t[w] == '-' || t[w] == '_'))
                return 1;
        }
        t += len;
        while (*t == ' ')
            t++;
    }
    return 0;
}

/* A heading that names a comment thread ("Comments", "Reacties (4)",
 * "Kommentare:", "Комментарии", "评论"), with at most a count and
 * punctuation around the word. */
int nc_doc_comments_heading(const nc_block *h)
{
    static const char *const words[] = {
        "comments", "reader comments", "commentaires", "commenti", "comentarios", "comentários",
        "kommentare", "reacties", "komentarze", "комментарии", "Комментарии", "коментарі",
        "Коментарі", "yorumlar",
        "التعليقات", "评论", "評論", "网友评论", "コメント", NULL
    };
    if (!h->heading_level || h->words > 4)
        return 0;
    const char *t = h->text, *end = t + h->text_len;
    while (t < end && *t && strchr("0123456789 ()[]:", *t))
        t++;
    while (end > t && end[-1] && strchr("0123456789 ()[]:", end[-1]))
        end--;
    apr_size_t n = (apr_size_t)(end - t);
    for (int k = 0; words[k]; k++)     /* ASCII case only: the Cyrillic both ways */
        if (strlen(words[k]) == n && strncasecmp(t, words[k], n) == 0)
            return 1;
    return 0;
}

/* A container named as a comment thread, or headed so. */
static int block_names_comment_thread(const nc_docmodel *m, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    if (c->role != NC_ROLE_CONTAINER)
        return 0;
    if (c->hint[0] && nc_doc_names_comment_thread(c->hint))
        return 1;
    /* a box headed by its name ("<div><h3>Reacties</h3><p>Sorry, ...") */
    return a + 1 <= c->last_desc && APR_ARRAY_IDX(m->blocks, a + 1, nc_block).parent == a
        && nc_doc_comments_heading(&APR_ARRAY_IDX(m->blocks, a + 1, nc_block));
}

int nc_doc_comment_thread_of(const nc_docmodel *m, int i)
{
    return nc_doc_named_around(m, i, NC_NAMES_COMMENT_THREAD, block_names_comment_thread);
}
