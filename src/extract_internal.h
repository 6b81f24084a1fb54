/*
 * extract_internal.h - what the extractor's files share: the compiled
 * extractor, the state of one extraction run, and the steps' entry points.
 * Not part of the engine API (extract.h is).
 */
#ifndef NC_EXTRACT_INTERNAL_H
#define NC_EXTRACT_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <apr_hash.h>

#include "extract.h"
#include "lexicon.h"
#include "places.h"
#include "sentences.h"
#include "site_lexicon.h"

/* Compiled once by nc_extractor_create; read-only while requests run. */
struct nc_extractor {
    nc_words *words;
    nc_places  *places;
    pcre2_code *figure_re;            /* JIT-compiled, see figures.c */
    pcre2_code *figure_ascii_re;      /* the same for all-ASCII sentences, or NULL */
    pcre2_match_context *match_ctx;   /* match and depth limits only */
    /* figure_re's named groups by number (0: none), and whether a bare
     * number's match can be built by hand (figures.c) */
    uint32_t fg_sym, fg_iso, fg_n1, fg_n2, fg_mag, fg_abbr, fg_pct, fg_cur, fg_isopost;
    int fg_bare_ok;
};

/* One call of nc_extract. Everything here lives in the request pool. */
typedef struct nc_run {
    const nc_extractor  *x;
    apr_pool_t          *p;
    const nc_text_block *blocks;
    const nc_lexicon    *site;        /* NewsCleanLexicon, or NULL */
    apr_array_header_t  *sentences;   /* nc_sentence, each distinct sentence once */
    apr_hash_t          *cap_words;   /* capitalised words in the text; see below */
    apr_array_header_t  *found;       /* nc_found, in no particular order: push with
                                       * nc_found_push (its elements are on the heap) */
    void               **found_heap;
    pcre2_general_context *gctx;      /* allocates match data from the pool */
} nc_run;

/* A mention while mentions are found, plus where it first appeared, for
 * the final ordering: 56 bytes where a whole nc_mention and its position
 * took 96 (the 15 KB page finds 50 and reserves 61 while extraction's
 * working memory is at its largest). nc_extract makes each an nc_mention
 * in place at the end; the block's page offset is its position's block. */
typedef struct nc_found {
    const char  *name;
    const char  *info[2];         /* persons: job title, nationality;
                                   * figures: unit text, currency */
    const char  *sentence;        /* into the block: see nc_found_sentence */
    double       value;           /* figures */
    apr_uint64_t pos;             /* block index << 32 | byte offset in block */
    apr_uint32_t len;             /* bytes of the first mention */
    apr_uint16_t sentence_len;    /* a block is at most NC_EXTRACT_BLOCK_MAX */
    apr_uint16_t type;            /* nc_mention_type */
} nc_found;

/* A new, zeroed entry of run->found. */
nc_found *nc_found_push(nc_run *run);

/* at: byte offset in the sentence's block. */
static inline apr_uint64_t nc_pos(const nc_sentence *st, apr_size_t at)
{
    return ((apr_uint64_t)(unsigned)st->block << 32) | (apr_uint64_t)at;
}

/* Does the text write this word, capitalised as given, anywhere? */
int nc_text_capitalises(nc_run *run, const char *w, apr_size_t len);

/* The mention's sentence: its own string is made when extraction is done,
 * once the working memory is given back; until then it points into the
 * block. */
static inline void nc_found_sentence(nc_found *fd, const nc_sentence *st)
{
    fd->sentence = st->text;
    fd->sentence_len = (apr_uint16_t)st->len;
}

/* actors.c: people, organisations, events and places. */
void nc_find_actors(nc_run *run);

/* figures.c: money, percentages, years and counts. */
int  nc_figures_compile(nc_extractor *x, apr_pool_t *p, char **err);
void nc_find_figures(nc_run *run);

#endif
