/*
 * sentences.h - splits a text block into sentences and words.
 *
 * One hand-written pass over the UTF-8 text, no regex: words are runs of
 * letters and digits with inner apostrophes, hyphens and initials' periods
 * ("O'Neill", "al-Assad", "J.D."); a trailing "'s" is cut off and remembered.
 * A sentence ends at . ! ? followed by a space and a capital, a quote or a
 * digit, unless the word before the period is an abbreviation or an initial.
 */
#ifndef NC_SENTENCES_H
#define NC_SENTENCES_H

#include <apr_pools.h>
#include <apr_tables.h>
#include "lexicon.h"

enum {
    NC_T_CAP        = 1u << 0,   /* first letter upper case */
    NC_T_ALLCAPS    = 1u << 1,   /* two or more letters, all upper case */
    NC_T_NUMBER     = 1u << 2,   /* starts with a digit */
    NC_T_POSSESSIVE = 1u << 3,   /* "Zelensky's": the 's is not part of the word */
    NC_T_INITIALS   = 1u << 4,   /* "J.D.", "W.", "U.S." */
    NC_T_FIRST      = 1u << 5,   /* first word of its sentence */
    NC_T_BREAK      = 1u << 6,   /* punctuation follows: no name runs across it */
    NC_T_HAS_LETTER = 1u << 7,
    NC_T_HYPHEN     = 1u << 8,   /* a hyphen inside: "al-Assad", "twenty-five" */
    NC_T_DIGITS     = 1u << 9,   /* a digit anywhere: "2022", "G7", "COVID-19" */
    NC_T_CAPISH     = 1u << 10,  /* may start a name: letters, no leading digit, CAP or ALLCAPS */
};

/* 8 bytes: a story has thousands of these. A word's bytes are its block's
 * from start (nc_token_text): no pointer of its own. Offsets fit in 16
 * bits: extraction reads no block longer than NC_EXTRACT_BLOCK_MAX. */
typedef struct nc_token {
    apr_uint16_t len;        /* the word, without possessive */
    apr_uint16_t start, end; /* byte range in the block, possessive included */
    apr_uint16_t flags;      /* NC_T_* */
} nc_token;

typedef struct nc_sentence {   /* 48 bytes: the pointers first, no padding */
    const char *text;       /* points into the block */
    nc_token   *tok;
    unsigned   *wf;         /* lexicon flags (NC_W_*) of each word; set by nc_extract */
    apr_uint32_t len;       /* a block is at most NC_EXTRACT_BLOCK_MAX */
    apr_uint32_t start;     /* byte offset in the block */
    int         ntok;
    int         block;      /* index in the block array */
    int         headline;   /* from the headline block */
    int         title_case; /* most words capitalised: capitals say nothing */
} nc_sentence;

/* The bytes of a word of st (len of them). */
static inline const char *nc_token_text(const nc_sentence *st, const nc_token *t)
{
    return st->text - st->start + t->start;
}

/* Appends the sentences of text[0..len) to out (an array of nc_sentence,
 * grown on the heap: nc_array_push with out_heap), their tokens copied into
 * p. toks is scratch (an array of nc_token, grown the same way with
 * toks_heap), reused from block to block. */
void nc_split_sentences(const nc_words *lx, apr_pool_t *p, const char *text,
                        apr_size_t len, int block, int headline, apr_array_header_t *out,
                        void ***out_heap, apr_array_header_t *toks, void ***toks_heap);

/* UTF-8 helpers shared by the extractor. */
unsigned nc_utf8_decode(const char *s, apr_size_t len, apr_size_t *adv);
int nc_codepoint_is_upper(unsigned cp);
int nc_codepoint_is_letter(unsigned cp);

#endif
