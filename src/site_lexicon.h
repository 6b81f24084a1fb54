/*
 * site_lexicon.h - a NewsCleanLexicon file: the people, titles,
 * organisations, events and places one site writes about that the built-in
 * tables do not know (format: docs/metadata.md).
 *
 * nc_lexicon_load (newsclean.h) reads and validates the file at config time;
 * the extractor then only looks phrases and words up, read-only, from any
 * thread.
 */
#ifndef NC_SITE_LEXICON_H
#define NC_SITE_LEXICON_H

#include <apr_hash.h>
#include "newsclean.h"

typedef struct nc_site_entry {
    nc_mention_type type;        /* NC_PERSON, NC_ORGANIZATION, NC_EVENT, NC_COUNTRY... */
    const char *name;            /* canonical name, as output */
    const char *surname;         /* persons: last word of name, suffixes skipped */
    int ntok;                    /* words in name */
    const char *job_title;       /* persons, or NULL */
    const char *nationality;     /* persons: an ISO 3166 country name, or NULL */
    int line;                    /* where it was defined */
} nc_site_entry;

struct nc_lexicon {
    const char *path;
    apr_hash_t *phrases;         /* name or alias, words joined by one space -> entry */
    apr_hash_t *first_words;     /* first word of a phrase -> longest such phrase (int *) */
    apr_hash_t *title_words;     /* lower-case word -> NC_W_TITLE_HEAD or NC_W_TITLE_MOD */
    int entries;
};

/* Entry for exactly this phrase, or NULL. */
const nc_site_entry *nc_site_find(const nc_lexicon *lx, const char *phrase, apr_size_t len);

/* Longest phrase starting with this word, 0 if none: a cheap pre-check. */
int nc_site_max_tokens_from(const nc_lexicon *lx, const char *word, apr_size_t len);

/* Title word classes (lexicon.h NC_W_*) the file adds to this word, any case. */
unsigned nc_site_word_flags(const nc_lexicon *lx, const char *word, apr_size_t len);

#endif
