/*
 * places.h - countries, demonyms, cities, regions, well-known organisations
 * and currencies, looked up by the exact phrase that appears in text.
 *
 * The raw tables come from places_data.c, generated at build time by
 * gen-places.pl from iso-codes, tzdata and wamerican. nc_places_build() turns
 * them, plus the short curated tables in places.c, into one phrase hash that
 * is built at config time and only read afterwards.
 */
#ifndef NC_PLACES_H
#define NC_PLACES_H

#include <stdint.h>
#include <apr_pools.h>
#include <apr_hash.h>
#include "wordmap.h"
#include "newsclean.h"

/* ---- generated tables (places_data.c) ---- */
typedef enum { NC_ALIAS_NAME, NC_ALIAS_DEMONYM, NC_ALIAS_CODE } nc_alias_kind;

typedef struct { const char *name, *alpha2, *alpha3; } nc_country_rec;
typedef struct { const char *text; int country; nc_alias_kind kind; } nc_alias_rec;
typedef struct { const char *name, *key, *country; } nc_city_rec;   /* key joins respellings */
typedef struct { const char *name, *country; } nc_subdivision_rec;
typedef struct { const char *code, *name; } nc_currency_rec;

extern const nc_country_rec nc_countries[];
extern const int nc_n_countries;
extern const nc_alias_rec nc_country_aliases[];
extern const int nc_n_country_aliases;
extern const nc_city_rec nc_cities[];
extern const int nc_n_cities;
extern const nc_subdivision_rec nc_subdivisions[];
extern const int nc_n_subdivisions;
extern const nc_currency_rec nc_currencies[];
extern const int nc_n_currencies;
extern const uint32_t nc_ordinary_words[];     /* sorted FNV-1a hashes of lower-case words */
extern const int nc_n_ordinary_words;

/* ---- the phrase lexicon ---- */
typedef struct nc_place {
    nc_mention_type type;     /* NC_COUNTRY, NC_CITY, NC_PLACE, NC_ORGANIZATION, NC_EVENT */
    const char *name;         /* canonical output name; NULL for cities: use the text seen */
    const char *key;          /* identity: two phrases with one key are one entity */
    int is_demonym;           /* "Ukrainian": names the country, reads as an adjective */
    int is_code;              /* "US", "USA": an upper-case code */
} nc_place;

typedef struct nc_places {
    nc_wordmap *phrases;      /* phrase (tokens joined by one space) -> const nc_place * */
    int max_tokens;           /* longest phrase, in tokens */
    nc_wordmap *first_words;  /* first word of a phrase -> tokens of the longest (as a pointer) */
    apr_hash_t *currency_names;   /* lower-case ISO 4217 name -> code ("swiss franc") */
    apr_hash_t *currency_codes;   /* "USD" -> code */
} nc_places;

nc_places *nc_places_build(apr_pool_t *p);

/* Longest phrase starting with this word (0: no phrase does); a cheap pre-check. */
int nc_places_max_tokens_from(const nc_places *pl, const char *word, apr_size_t len);

/* Exact phrase lookup; NULL if unknown. */
const nc_place *nc_places_find(const nc_places *pl, const char *phrase, apr_size_t len);

/* "USD" -> "USD" if an ISO 4217 code in use, else NULL. */
const char *nc_currency_code(const nc_places *pl, const char *code, apr_size_t len);
/* A currency phrase as written ("dollars", "Swiss francs", "US dollars") -> code or NULL. */
const char *nc_currency_from_words(const nc_places *pl, apr_pool_t *p, const char *s,
                                   apr_size_t len);

#endif
