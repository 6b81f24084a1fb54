/*
 * wordmap.h - a string table for the extractor's hot lookups: word classes,
 * place phrases, sentences seen, entities met.
 *
 * Open addressing with linear probing and a cheap inline hash, in place of
 * apr_hash: apr_hash_get's generic hash function and its call were a fifth
 * of extraction's instructions. Keys are not copied (the caller keeps them
 * alive as long as the map: static tables, or text in the request pool).
 * A map built at config time is read-only afterwards, safe from any thread.
 */
#ifndef NC_WORDMAP_H
#define NC_WORDMAP_H

#include <apr_pools.h>

typedef struct nc_wordmap nc_wordmap;

/* hint: how many keys are expected; the map grows past it when needed. */
nc_wordmap *nc_wordmap_make(apr_pool_t *p, apr_size_t hint);

/* The same with its table on the C heap, exactly, grown there (the old
 * table given back): a step's map that nc_wordmap_release gives back when
 * the step is done, or p's cleanup when p goes. */
nc_wordmap *nc_wordmap_make_heap(apr_pool_t *p, apr_size_t hint);
void nc_wordmap_release(nc_wordmap *m);

/* The value slot for key, added (holding NULL) when the key is new. */
void **nc_wordmap_slot(nc_wordmap *m, const char *key, apr_size_t len);

/* The value for exactly this key, or NULL. */
void *nc_wordmap_get(const nc_wordmap *m, const char *key, apr_size_t len);

/* The same for the key with A-Z lower-cased; the map's keys must be lower case. */
void *nc_wordmap_get_folded(const nc_wordmap *m, const char *key, apr_size_t len);

/* nc_wordmap_slot with the caller's own hash h (a long key sampled rather
 * than read whole). Use only this one on such a map: the others hash for
 * themselves. */
void **nc_wordmap_slot_hashed(nc_wordmap *m, const char *key, apr_size_t len, apr_uint32_t h);

#endif
