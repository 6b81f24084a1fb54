/*
 * wordmap.c - open-addressing string table (see wordmap.h).
 *
 * Each slot keeps the key's hash, so a probe compares a number before any
 * bytes and growing never hashes a key again. The table is at most half
 * full, so probes stay short.
 */
#include "wordmap.h"

#include <stdlib.h>
#include <string.h>

/* 24 bytes: a key is a word, a sentence or a block's text, and pages are
 * capped far below 4 GB (NewsCleanMaxSize is at most 1 GB). */
typedef struct slot {
    const char  *key;     /* NULL: empty */
    apr_uint32_t len;
    apr_uint32_t hash;
    void        *val;
} slot;

struct nc_wordmap {
    apr_pool_t  *p;
    slot        *s;
    apr_size_t   mask;    /* capacity - 1, a power of two */
    apr_size_t   n;
    int          heap;    /* s is on the C heap (nc_wordmap_make_heap) */
};

/* FNV-1a; short words are most keys, so a byte loop is as fast as any. */
static apr_uint32_t hash_bytes(const char *k, apr_size_t len)
{
    apr_uint32_t h = 0x811c9dc5u;
    for (apr_size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)k[i]) * 16777619u;
    return h;
}

/* A-Z to a-z, every other byte as it is. */
static const unsigned char fold[256] = {
#define R16(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, \
               b + 11, b + 12, b + 13, b + 14, b + 15
    R16(0x00), R16(0x10), R16(0x20), R16(0x30),
    0x40, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    R16(0x60), R16(0x70), R16(0x80), R16(0x90), R16(0xA0), R16(0xB0), R16(0xC0),
    R16(0xD0), R16(0xE0), R16(0xF0),
#undef R16
};

/* FNV-1a's low bits vary little for short keys: fold the high ones in. */
static apr_size_t first_slot(const nc_wordmap *m, apr_uint32_t h)
{
    return (apr_size_t)(h ^ (h >> 15)) & m->mask;
}

static slot *table(const nc_wordmap *m, apr_size_t cap)
{
    if (!m->heap)
        return apr_pcalloc(m->p, sizeof(slot) * cap);
    slot *s = calloc(cap, sizeof(slot));
    if (!s)
        abort();                /* as APR does when a pool cannot get memory */
    return s;
}

static nc_wordmap *make(apr_pool_t *p, apr_size_t hint, int heap)
{
    nc_wordmap *m = apr_palloc(p, sizeof *m);
    apr_size_t cap = 16;
    while (cap < 2 * hint + 2)
        cap *= 2;
    m->p = p;
    m->heap = heap;
    m->s = table(m, cap);
    m->mask = cap - 1;
    m->n = 0;
    return m;
}

nc_wordmap *nc_wordmap_make(apr_pool_t *p, apr_size_t hint)
{
    return make(p, hint, 0);
}

static apr_status_t free_table(void *data)
{
    nc_wordmap_release(data);
    return APR_SUCCESS;
}

nc_wordmap *nc_wordmap_make_heap(apr_pool_t *p, apr_size_t hint)
{
    nc_wordmap *m = make(p, hint, 1);
    apr_pool_cleanup_register(p, m, free_table, apr_pool_cleanup_null);
    return m;
}

void nc_wordmap_release(nc_wordmap *m)
{
    if (m->heap)
        free(m->s);
    m->s = NULL;
    m->mask = 0;
    m->n = 0;
    m->heap = 0;
}

static void grow(nc_wordmap *m)
{
    apr_size_t cap = (m->mask + 1) * 2;
    slot *old = m->s, *s = table(m, cap);
    apr_size_t oldcap = m->mask + 1;
    m->s = s;
    m->mask = cap - 1;
    for (apr_size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        apr_size_t j = first_slot(m, old[i].hash);
        while (s[j].key)
            j = (j + 1) & m->mask;
        s[j] = old[i];
    }
    if (m->heap)
        free(old);
}

void **nc_wordmap_slot_hashed(nc_wordmap *m, const char *key, apr_size_t len, apr_uint32_t h)
{
    apr_size_t j = first_slot(m, h);
    for (;;) {
        slot *e = &m->s[j];
        if (!e->key)
            break;
        if (e->hash == h && e->len == len && !memcmp(e->key, key, len))
            return &e->val;
        j = (j + 1) & m->mask;
    }
    if (2 * (m->n + 1) > m->mask + 1) {
        grow(m);
        j = first_slot(m, h);
        while (m->s[j].key)
            j = (j + 1) & m->mask;
    }
    slot *e = &m->s[j];
    e->key = key;
    e->len = (apr_uint32_t)len;
    e->hash = h;
    e->val = NULL;
    m->n++;
    return &e->val;
}

void **nc_wordmap_slot(nc_wordmap *m, const char *key, apr_size_t len)
{
    return nc_wordmap_slot_hashed(m, key, len, hash_bytes(key, len));
}

void *nc_wordmap_get(const nc_wordmap *m, const char *key, apr_size_t len)
{
    apr_uint32_t h = hash_bytes(key, len);
    for (apr_size_t j = first_slot(m, h);; j = (j + 1) & m->mask) {
        const slot *e = &m->s[j];
        if (!e->key)
            return NULL;
        if (e->hash == h && e->len == len && !memcmp(e->key, key, len))
            return e->val;
    }
}

void *nc_wordmap_get_folded(const nc_wordmap *m, const char *key, apr_size_t len)
{
    apr_uint32_t h = 0x811c9dc5u;
    for (apr_size_t i = 0; i < len; i++)
        h = (h ^ fold[(unsigned char)key[i]]) * 16777619u;
    for (apr_size_t j = first_slot(m, h);; j = (j + 1) & m->mask) {
        const slot *e = &m->s[j];
        if (!e->key)
            return NULL;
        if (e->hash == h && e->len == len) {
            apr_size_t i = 0;
            while (i < len && (unsigned char)e->key[i] == fold[(unsigned char)key[i]])
                i++;
            if (i == len)
                return e->val;
        }
    }
}
