/*
 * lexicon.h - what a single word can be: part of a title ("Defense",
 * "Secretary"), of an organisation ("Ministry", "Party"), a connector inside a
 * name ("of", "von"), a weekday, or an ordinary English word that is
 * capitalised only because it starts a sentence ("However", "Earlier").
 *
 * The word classes are short curated tables (lexicon.c); "ordinary" comes from
 * the wamerican dictionary via the generated table. Built at config time and
 * read-only afterwards.
 */
#ifndef NC_LEXICON_H
#define NC_LEXICON_H

#include <apr_pools.h>
#include "wordmap.h"

enum {
    NC_W_TITLE_HEAD   = 1u << 0,   /* President, Secretary, CEO, Senator */
    NC_W_TITLE_MOD    = 1u << 1,   /* Vice, Defense, Treasury, Prime: only before a head */
    NC_W_HONORIFIC    = 1u << 2,   /* Mr, Mrs, Dr: marks a person, is no job */
    NC_W_ORG_TAIL     = 1u << 3,   /* Party, Bank, Council, Inc: ends an organisation */
    NC_W_ORG_HEAD     = 1u << 4,   /* Ministry, University: "<head> of X" */
    NC_W_EVENT_TAIL   = 1u << 5,   /* Conference, Summit, Games */
    NC_W_CONNECTOR    = 1u << 6,   /* of, and, for, the: inside multi-word names */
    NC_W_PARTICLE     = 1u << 7,   /* de, van, von, bin, al: inside a person's name */
    NC_W_CALENDAR     = 1u << 8,   /* Monday, January: never an actor */
    NC_W_NOT_NAME     = 1u << 9,   /* Republican, Western, God: capitalised, not a name */
    NC_W_FUNCTION     = 1u << 10,  /* said, is, who: never part of a name */
    NC_W_ACRONYM_STOP = 1u << 11,  /* CEO, GDP, TV: capitals that are not organisations */
    NC_W_NAME_SUFFIX  = 1u << 12,  /* Jr, Sr, III */
    NC_W_TITLE_WEAK   = 1u << 13,  /* general, major, head: a title only when capitalised */
    NC_W_PLACE_TAIL   = 1u << 14,  /* Oblast, River, Square: ends a place's name */
    NC_W_NUMBER       = 1u << 15,  /* two, twelve, dozen: figures.c reads the value */
    NC_W_ORG_NOUN     = 1u << 16,  /* party(s), union(s): actors.c's org_noun decides */
};

#define NC_ORDINARY_BITS 13

typedef struct nc_words {
    nc_wordmap *words;   /* lower-case word, trailing '.' removed -> flags (as a pointer) */
    /* A word's length, first and last letter (each & 31) as a filter: most
     * words of a text are in no class, and this says so without the map. */
    apr_uint32_t filter[32][32];
    /* nc_ordinary_words (sorted) from the first with these top bits on */
    apr_uint32_t ordinary_from[(1u << NC_ORDINARY_BITS) + 1];
} nc_words;

nc_words *nc_words_build(apr_pool_t *p);

/* Lower-case nouns that make the name before them an organisation, NULL-ended. */
extern const char *const nc_org_nouns[];

/* Flags of a word as written (any case; "Sen." and "sen" are one word). */
unsigned nc_word_flags(const nc_words *lx, const char *w, apr_size_t len);

/* A lower-case dictionary word whose capitalised form is no proper noun. */
int nc_word_is_ordinary(const nc_words *lx, const char *w, apr_size_t len);

#endif
