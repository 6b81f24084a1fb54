/*
 * verdict_cache.c - the shell tests' verdicts on short texts, across pages
 * (see verdict_cache.h).
 *
 * Open addressing over a power-of-two slot array, the texts copied into
 * one arena. Nothing is ever evicted one by one: when the slots are three
 * quarters full or the arena is spent, the whole cache starts again empty,
 * which costs a memset and keeps every operation bounded.
 */
#include <string.h>
#include <apr_strings.h>
#if APR_HAS_THREADS
#include <apr_thread_mutex.h>
#endif

#include "verdict_cache.h"

typedef struct verdict_slot {
    apr_uint64_t hash;           /* 0: empty */
    apr_uint32_t text_at;        /* offset of the copy in the arena */
    apr_uint16_t len;
    apr_uint32_t flags;          /* all 32 bits: a trigger window's marks use 20 (shells.c) */
} verdict_slot;

struct nc_verdict_cache {
    verdict_slot *slots;
    apr_size_t    mask;
    apr_size_t    used, max_used;
    char         *arena;
    apr_size_t    arena_used, arena_size;
    apr_uint64_t  lookups, hits, resets;
#if APR_HAS_THREADS
    apr_thread_mutex_t *lock;
#endif
};

#define VERDICT_MIN_BYTES (16 * 1024)
/* One slot for every 128 bytes: furniture texts average 20-60 bytes. */
#define VERDICT_BYTES_PER_SLOT 128

nc_verdict_cache *nc_verdict_cache_create(apr_pool_t *p, apr_size_t bytes)
{
    if (bytes == 0)
        return NULL;
    if (bytes < VERDICT_MIN_BYTES)
        bytes = VERDICT_MIN_BYTES;
    apr_size_t nslots = 64;
    while (nslots * 2 * VERDICT_BYTES_PER_SLOT <= bytes)
        nslots *= 2;
    nc_verdict_cache *c = apr_pcalloc(p, sizeof *c);
    c->slots = apr_pcalloc(p, nslots * sizeof *c->slots);
    c->mask = nslots - 1;
    c->max_used = nslots - nslots / 4;
    c->arena_size = bytes - nslots * sizeof *c->slots;
    c->arena = apr_palloc(p, c->arena_size);
#if APR_HAS_THREADS
    if (apr_thread_mutex_create(&c->lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS)
        return NULL;
#endif
    return c;
}

/* The whole text (at most NC_VERDICT_MAX_TEXT bytes) eight bytes a round,
 * each mixed in by a multiply (a byte a round took a third of every lookup
 * on a page of furniture texts); a collision costs only a memcmp. Never 0. */
static apr_uint64_t verdict_hash(const char *s, apr_size_t n)
{
    const apr_uint64_t k = APR_UINT64_C(0x9E3779B97F4A7C15);
    apr_uint64_t h = (apr_uint64_t)n * k, w;
    apr_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        h = ((h << 5 | h >> 59) ^ w) * k;
    }
    if (i < n) {
        w = 0;
        memcpy(&w, s + i, n - i);
        h = ((h << 5 | h >> 59) ^ w) * k;
    }
    h ^= h >> 29;
    return h ? h : 1;
}

static void lock(nc_verdict_cache *c)
{
#if APR_HAS_THREADS
    apr_thread_mutex_lock(c->lock);
#else
    (void)c;
#endif
}

static void unlock(nc_verdict_cache *c)
{
#if APR_HAS_THREADS
    apr_thread_mutex_unlock(c->lock);
#else
    (void)c;
#endif
}

/* The text's slot, or the empty slot where it would go. Called locked. */
static verdict_slot *find(const nc_verdict_cache *c, const char *s, apr_size_t n, apr_uint64_t h)
{
    for (apr_size_t i = (apr_size_t)h & c->mask;; i = (i + 1) & c->mask) {
        verdict_slot *v = &c->slots[i];
        if (!v->hash || (v->hash == h && v->len == n && memcmp(c->arena + v->text_at, s, n) == 0))
            return v;
    }
}

int nc_verdict_cache_get(nc_verdict_cache *c, const char *text, apr_size_t len,
                         unsigned *flags)
{
    if (!c || len > NC_VERDICT_MAX_TEXT)
        return 0;
    apr_uint64_t h = verdict_hash(text, len);
    lock(c);
    c->lookups++;
    const verdict_slot *v = find(c, text, len, h);
    int hit = v->hash != 0;
    if (hit) {
        *flags = v->flags;
        c->hits++;
    }
    unlock(c);
    return hit;
}

void nc_verdict_cache_put(nc_verdict_cache *c, const char *text, apr_size_t len,
                          unsigned flags)
{
    if (!c || len > NC_VERDICT_MAX_TEXT)
        return;
    apr_uint64_t h = verdict_hash(text, len);
    lock(c);
    if (c->used >= c->max_used || c->arena_used + len > c->arena_size) {
        memset(c->slots, 0, (c->mask + 1) * sizeof *c->slots);
        c->used = c->arena_used = 0;
        c->resets++;
    }
    verdict_slot *v = find(c, text, len, h);
    if (!v->hash) {              /* another thread may have stored it meanwhile */
        memcpy(c->arena + c->arena_used, text, len);
        *v = (verdict_slot){ h, (apr_uint32_t)c->arena_used, (apr_uint16_t)len, (apr_uint32_t)flags };
        c->arena_used += len;
        c->used++;
    }
    unlock(c);
}

void nc_verdict_cache_counts(nc_verdict_cache *c, apr_uint64_t *lookups,
                             apr_uint64_t *hits, apr_uint64_t *resets)
{
    *lookups = *hits = *resets = 0;
    if (!c)
        return;
    lock(c);
    *lookups = c->lookups;
    *hits = c->hits;
    *resets = c->resets;
    unlock(c);
}
