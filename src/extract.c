/*
 * extract.c - the extractor's entry points (see extract.h).
 *
 * nc_extractor_create builds everything once: the word classes, the phrase
 * lexicon and the JIT-compiled figure pattern. nc_extract then runs over one
 * article: it splits the blocks into sentences, keeps each distinct sentence
 * once (pages that print the story twice count it once), notes which words
 * the text capitalises, and hands the sentences to the actor and figure
 * steps. Mentions come back in order of first appearance.
 */
#include "extract_internal.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

static apr_status_t free_pcre2(void *data)
{
    nc_extractor *x = data;
    pcre2_match_context_free(x->match_ctx);
    pcre2_code_free(x->figure_re);
    pcre2_code_free(x->figure_ascii_re);     /* NULL is fine */
    return APR_SUCCESS;
}

nc_extractor *nc_extractor_create(apr_pool_t *p, char **err)
{
    nc_extractor *x = apr_pcalloc(p, sizeof *x);
    x->words = nc_words_build(p);
    x->places = nc_places_build(p);
    if (nc_figures_compile(x, p, err) != 0) {
        free_pcre2(x);
        return NULL;
    }
    apr_pool_cleanup_register(p, x, free_pcre2, apr_pool_cleanup_null);
    return x;
}

/* PCRE2 allocates the per-call match data through these, from the request pool. */
static void *pool_malloc(PCRE2_SIZE size, void *pool)
{
    return apr_palloc(pool, size);
}

static void pool_free(void *block, void *pool)
{
    (void)block;
    (void)pool;   /* the pool frees everything at once */
}

/* Built on first use only: few texts ever ask ("Donald trump"). */
int nc_text_capitalises(nc_run *run, const char *w, apr_size_t len)
{
    if (!run->cap_words) {
        run->cap_words = apr_hash_make(run->sentences->pool);    /* working memory */
        for (int i = 0; i < run->sentences->nelts; i++) {
            const nc_sentence *st = &APR_ARRAY_IDX(run->sentences, i, nc_sentence);
            for (int k = 0; k < st->ntok; k++) {
                const nc_token *t = &st->tok[k];
                if ((t->flags & NC_T_CAP) && !(t->flags & NC_T_NUMBER))
                    apr_hash_set(run->cap_words, nc_token_text(st, t), (apr_ssize_t)t->len, t);
            }
        }
    }
    return apr_hash_get(run->cap_words, w, (apr_ssize_t)len) != NULL;
}

/* Sentences are keyed by their whole text; hashing every byte cost more than
 * the rest of the bookkeeping. The length and a sample of bytes spread over
 * the sentence tell nearly all apart, and the map still compares the whole
 * key on a match. */
static apr_uint32_t sentence_hash(const char *key, apr_size_t n)
{
    apr_size_t step = n / 16 + 1;
    apr_uint32_t h = (apr_uint32_t)n * 2654435761u;
    for (apr_size_t i = 0; i < n; i += step)
        h = (h ^ (unsigned char)key[i]) * 16777619u;
    return h ^ (unsigned char)key[n ? n - 1 : 0];
}

nc_found *nc_found_push(nc_run *run)
{
    return nc_array_push(run->found, &run->found_heap);
}

static int by_position(const void *a, const void *b)
{
    const nc_found *fa = a, *fb = b;
    if (fa->pos != fb->pos)
        return fa->pos < fb->pos ? -1 : 1;
    /* Same word (a country inside an organisation's name): actors first. */
    return (int)fa->type - (int)fb->type;
}

apr_array_header_t *nc_extract(const nc_extractor *x, const nc_lexicon *site, apr_pool_t *p,
                               const nc_text_block *blocks, int nblocks)
{
    if (!x || !blocks || nblocks <= 0)
        return apr_array_make(p, 1, sizeof(nc_mention));

    /* Two lifetimes: p keeps what the mentions point to (names, sentence
     * copies; the mention array is on the heap, freed with p), work what
     * only finding them needs (sentences, their tokens and word classes,
     * the steps' maps). work goes back to the allocator before the
     * sentences are copied out and the caller writes the JSON-LD. The
     * steps reach it as run->sentences->pool. */
    apr_pool_t *work;
    if (apr_pool_create(&work, p) != APR_SUCCESS)
        work = p;
    nc_run run;
    memset(&run, 0, sizeof run);
    run.x = x;
    run.p = p;
    run.blocks = blocks;
    run.site = site;
    run.gctx = pcre2_general_context_create(pool_malloc, pool_free, work);
    if (!run.gctx) {
        if (work != p)
            apr_pool_destroy(work);
        return apr_array_make(p, 1, sizeof(nc_mention));
    }

    /* The sentences, the word scratch and the table of sentences seen are
     * on the heap (a pool of their own took an 8 KB block beside work's):
     * the scratch and the table are given back before the actor and figure
     * steps take their memory, the sentences trimmed to the kept ones. Only
     * the tokens (8 bytes each) and word classes go to work, with the
     * steps' lists; their maps are on the heap too, each given back when
     * its step is done, so that work keeps to one 8 KB block on a 15 KB
     * page. */
    apr_size_t text_len = 0;
    for (int b = 0; b < nblocks; b++)
        text_len += blocks[b].len;
    void **all_heap = NULL, **toks_heap = NULL;
    static char none[1];   /* elts of an empty array, before the heap's */
    apr_array_header_t all_array = { work, sizeof(nc_sentence), 0, 0, none };
    apr_array_header_t toks_array = { work, sizeof(nc_token), 0, 0, none };
    apr_array_header_t *all = &all_array, *toks = &toks_array;
    nc_array_reserve_heap(all, &all_heap, (int)(text_len / 128) + 16);   /* ~130 bytes a sentence */
    nc_array_reserve_heap(toks, &toks_heap, 64);
    for (int b = 0; b < nblocks; b++)
        if (blocks[b].text && blocks[b].len && blocks[b].len <= NC_EXTRACT_BLOCK_MAX)
            nc_split_sentences(x->words, work, blocks[b].text, blocks[b].len, b,
                               blocks[b].is_headline, all, &all_heap, toks, &toks_heap);
    nc_array_release(toks, &toks_heap);

    /* Each distinct sentence once; the headline may also open the body.
     * The table holds a sentence's index + 1, open addressing at most half
     * full. Word classes are made first, into work after the tokens. */
    apr_size_t slots = 16;
    while (slots < 2 * (apr_size_t)all->nelts)
        slots *= 2;
    int *seen = calloc(slots, sizeof *seen);
    if (!seen)
        abort();                /* as APR does when a pool cannot get memory */
    int kept = 0;
    for (int i = 0; i < all->nelts; i++) {
        nc_sentence *st = &APR_ARRAY_IDX(all, i, nc_sentence);
        apr_size_t h = sentence_hash(st->text, st->len) & (slots - 1);
        int dup = 0;
        for (; seen[h]; h = (h + 1) & (slots - 1)) {
            const nc_sentence *o = &APR_ARRAY_IDX(all, seen[h] - 1, nc_sentence);
            if (o->len == st->len && !memcmp(o->text, st->text, st->len)) {
                dup = 1;
                break;
            }
        }
        if (dup)
            continue;
        seen[h] = i + 1;
        /* Word classes once, for the actor and the figure steps both. */
        st->wf = apr_palloc(work, sizeof(unsigned) * (apr_size_t)(st->ntok + 1));
        for (int k = 0; k < st->ntok; k++)
            st->wf[k] = nc_word_flags(x->words, nc_token_text(st, &st->tok[k]), st->tok[k].len);
        if (site)
            for (int k = 0; k < st->ntok; k++)
                st->wf[k] |= nc_site_word_flags(site, nc_token_text(st, &st->tok[k]),
                                                st->tok[k].len);
        kept++;
    }
    free(seen);
    /* The kept ones move down in place, the rest of the array given back
     * (a copy in work took it past its first block). */
    int to = 0;
    for (int i = 0; i < all->nelts; i++) {
        nc_sentence *st = &APR_ARRAY_IDX(all, i, nc_sentence);
        if (st->wf)
            APR_ARRAY_IDX(all, to++, nc_sentence) = *st;
    }
    all->nelts = to;
    nc_array_trim_heap(all, &all_heap);
    run.sentences = all;
    /* On the heap, sized for the usual one or two mentions a sentence; it
     * becomes the mention array, resized to its count, so the mentions are
     * not copied out beside it. Its header and heap slot are the page's. */
    run.found = apr_palloc(p, sizeof *run.found);
    *run.found = (apr_array_header_t){ p, sizeof(nc_found), 0, 0, none };
    nc_array_reserve_heap(run.found, &run.found_heap, kept + kept / 2 + 16);

    nc_find_actors(&run);
    nc_find_figures(&run);

    qsort(run.found->elts, (size_t)run.found->nelts, sizeof(nc_found), by_position);
    pcre2_general_context_free(run.gctx);
    if (work != p)
        apr_pool_destroy(work);

    /* Only now, with the working memory given back, the found entries
     * become mentions, in place (the array grows to their exact count, and
     * they are rewritten from the last, a mention being larger), and the
     * sentences strings of their own, one for all the mentions of a
     * sentence (those are neighbours: sentences do not overlap). The
     * copies are one heap piece of their exact size, freed with p: in the
     * page's pool they took it past its first block on a 15 KB page. */
    apr_array_header_t *mentions = run.found;
    int n = mentions->nelts;
    apr_size_t room = 0;
    const char *from = NULL;
    for (int i = 0; i < n; i++) {
        const nc_found *fd = &APR_ARRAY_IDX(mentions, i, nc_found);
        if (fd->sentence != from) {
            from = fd->sentence;
            room += (apr_size_t)fd->sentence_len + 1;
        }
    }
    nc_buf copies;
    nc_buf_init(&copies, p, 1);
    nc_buf_presize(&copies, room);
    nc_array_resize_heap(mentions, &run.found_heap, (int)sizeof(nc_mention));
    nc_mention *out = (nc_mention *)(void *)mentions->elts;
    const char *copy = NULL;
    from = NULL;
    for (int i = n - 1; i >= 0; i--) {
        nc_found fd;
        memcpy(&fd, mentions->elts + (apr_size_t)i * sizeof(nc_found), sizeof fd);
        nc_mention *m = &out[i];
        memset(m, 0, sizeof *m);
        m->type = (nc_mention_type)fd.type;
        m->name = fd.name;
        if (m->type >= NC_MONEY) {
            m->unit_text = fd.info[0];
            m->currency = fd.info[1];
        } else {
            m->job_title = fd.info[0];
            m->nationality = fd.info[1];
        }
        m->value = fd.value;
        if (fd.sentence != from) {
            from = fd.sentence;
            char *c = copies.data + copies.len;
            memcpy(c, from, fd.sentence_len);
            c[fd.sentence_len] = '\0';
            copies.len += (apr_size_t)fd.sentence_len + 1;
            copy = c;
        }
        m->sentence = copy;
        m->offset = blocks[fd.pos >> 32].offset;
        m->at = (apr_size_t)(fd.pos & 0xffffffffu);
        m->len = fd.len;
    }
    return mentions;
}
