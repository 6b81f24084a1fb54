/* buf.c - growable byte buffer in an APR pool (see buf.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE             /* mremap */
#endif
#include "buf.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <apr_strings.h>

/* The C-heap side. Blocks from NC_HEAP_MAP_MIN up are mapped directly and
 * unmapped when freed: through malloc they would land, once glibc's
 * mmap threshold had risen past them, in one of its per-thread arenas, and
 * each arena keeps the high-water mark of the largest pages it has held
 * (a long soak's children grew that way). Only pages denser than the
 * arrays' first guess, or without a known size, come here. */
#define NC_HEAP_MAP_MIN ((apr_size_t)256 * 1024)
#define NC_BUF_MAP_STEP ((apr_size_t)64 * 1024)

/* 16 bytes (max_align_t took 32): what follows stays as aligned as malloc
 * made the block, and the arrays and texts need no more than 8. */
typedef union heap_head {
    struct { apr_size_t size, mapped; } h;   /* mapped: the mapping's length, or 0 */
    double align;
} heap_head;

static void *heap_alloc(apr_size_t size)
{
    heap_head *h;
    if (size >= NC_HEAP_MAP_MIN) {
        apr_size_t len = size + sizeof *h;
        void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            abort();    /* as APR does when a pool cannot get memory */
        h = m;
        h->h.mapped = len;
    } else {
        if (!(h = malloc(size + sizeof *h)))
            abort();
        h->h.mapped = 0;
    }
    h->h.size = size;
    return h + 1;
}

static void heap_free(void *p)
{
    heap_head *h = (heap_head *)p - 1;
    if (h->h.mapped)
        munmap(h, h->h.mapped);
    else
        free(h);
}

/* Grows (or shrinks) a heap block, keeping its bytes; a mapped block is
 * remapped without copying where the system can. */
static void *heap_realloc(void *p, apr_size_t size)
{
    heap_head *h = (heap_head *)p - 1;
#ifdef MREMAP_MAYMOVE
    if (h->h.mapped && size >= NC_HEAP_MAP_MIN) {
        apr_size_t len = size + sizeof *h;
        void *m = mremap(h, h->h.mapped, len, MREMAP_MAYMOVE);
        if (m == MAP_FAILED)
            abort();
        h = m;
        h->h.mapped = len;
        h->h.size = size;
        return h + 1;
    }
#endif
    if (!h->h.mapped && size < NC_HEAP_MAP_MIN) {
        if (!(h = realloc(h, size + sizeof *h)))
            abort();
        h->h.size = size;
        return h + 1;
    }
    void *q = heap_alloc(size);
    memcpy(q, p, h->h.size < size ? h->h.size : size);
    heap_free(p);
    return q;
}

void nc_buf_init(nc_buf *b, apr_pool_t *p, apr_size_t initial_cap)
{
    b->pool = p;
    b->cap = initial_cap ? initial_cap : 64;
    b->heap = NULL;
    if (b->cap > NC_BUF_HEAP_MIN) {
        b->cap = NC_BUF_HEAP_MIN;      /* a big first guess grows on the heap instead */
    }
    b->data = apr_palloc(p, b->cap);
    b->data[0] = '\0';
    b->len = 0;
}

static apr_status_t free_heap_slot(void *slot)
{
    void **heap = slot;
    if (*heap)
        heap_free(*heap);
    *heap = NULL;
    return APR_SUCCESS;
}

/* PCRE2's JIT loads a subject (block texts are subjects) in aligned
 * vectors that may reach a little past its end: harmless, but a malloc'd
 * buffer's end is the block's, where a pool's is followed by more of the
 * pool, and valgrind reports such a load as reading undefined bytes. A
 * byte buffer on the heap gets this much more, zeroed (mapped blocks are
 * page-sized and zero already); nc_buf_seal zeroes what was not written. */
#define NC_BUF_TAIL 64

static void clear_slack(nc_buf *b)
{
    if (b->heap && b->cap < NC_HEAP_MAP_MIN)
        memset(b->data + b->cap, 0, NC_BUF_TAIL);
}

void nc_buf_seal(nc_buf *b)
{
    if (b->heap && b->cap < NC_HEAP_MAP_MIN && b->cap > b->len + 1)
        memset(b->data + b->len + 1, 0, b->cap - b->len - 1);
}

void nc_buf_trim(nc_buf *b)
{
    if (!b->heap || *b->heap != b->data || b->cap >= NC_HEAP_MAP_MIN || b->cap <= b->len + 1) {
        nc_buf_seal(b);
        return;
    }
    /* shrinking a malloc'd block splits it in place; the tail stays */
    b->cap = b->len + 1;
    *b->heap = b->data = heap_realloc(b->data, b->cap + NC_BUF_TAIL);
    clear_slack(b);
}

/* A C-heap block of cap bytes (and the tail) owned by b's pool (freed by
 * its cleanup). */
static char *heap_block(nc_buf *b, apr_size_t cap)
{
    char *data = heap_alloc(cap + NC_BUF_TAIL);
    b->heap = apr_palloc(b->pool, sizeof *b->heap);
    *b->heap = data;
    apr_pool_cleanup_register(b->pool, b->heap, free_heap_slot, apr_pool_cleanup_null);
    return data;
}

void nc_buf_reserve(nc_buf *b, apr_size_t extra)
{
    apr_size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    /* In the pool a buffer doubles up to NC_BUF_POOL_GROW, leaving each
     * outgrown copy behind; past that it moves to the heap and grows there
     * by half, the old copy given back (in the pool the doublings of a
     * stage's text of a few KB took a block of 8 KB more). A mapped block
     * is remapped without a copy: it grows by NC_BUF_MAP_STEP at a time,
     * where doubling mapped up to twice the page. */
    apr_size_t cap = b->cap;
    if (b->heap && cap >= NC_HEAP_MAP_MIN) {
        cap = (need + NC_BUF_MAP_STEP - 1) / NC_BUF_MAP_STEP * NC_BUF_MAP_STEP;
    } else {
        do
            cap += b->heap ? cap / 2 : cap;
        while (cap < need);
    }
    if (b->heap) {              /* once on the heap (nc_buf_presize), it grows there */
        char *data = heap_realloc(*b->heap, cap + NC_BUF_TAIL);
        *b->heap = data;
        b->data = data;
    } else if (cap <= NC_BUF_POOL_GROW) {
        char *data = apr_palloc(b->pool, cap);
        memcpy(data, b->data, b->len);
        b->data = data;
    } else {
        char *data = heap_block(b, cap);
        memcpy(data, b->data, b->len);
        b->data = data;
    }
    b->data[b->len] = '\0';
    b->cap = cap;
    clear_slack(b);
}

void nc_buf_presize(nc_buf *b, apr_size_t size)
{
    if (size + 1 <= b->cap || b->heap)
        return;
    int heap = size + 1 <= NC_HEAP_EXACT_MAX || size + 1 > NC_BUF_POOL_MAX;
    char *data = heap ? heap_block(b, size + 1) : apr_palloc(b->pool, size + 1);
    memcpy(data, b->data, b->len + 1);
    b->data = data;
    b->cap = size + 1;
    clear_slack(b);
}

void nc_buf_release(nc_buf *b)
{
    if (b->heap && *b->heap) {
        heap_free(*b->heap);
        *b->heap = NULL;
    }
    b->data = NULL;
    b->len = b->cap = 0;
}

void nc_buf_append(nc_buf *b, const char *s, apr_size_t n)
{
    nc_buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void nc_buf_append_str(nc_buf *b, const char *s)
{
    nc_buf_append(b, s, strlen(s));
}

void nc_buf_append_char(nc_buf *b, char c)
{
    nc_buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void nc_buf_append_utf8(nc_buf *b, unsigned long cp)
{
    char u[4];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        nc_buf_append_char(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        nc_buf_append(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        nc_buf_append(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        nc_buf_append(b, u, 4);
    }
}

void nc_buf_printf(nc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = apr_pvsprintf(b->pool, fmt, ap);
    va_end(ap);
    nc_buf_append_str(b, s);
}

void nc_array_reserve(apr_array_header_t *a, void ***heap_slot, int n)
{
    if (n <= a->nalloc || *heap_slot)
        return;
    apr_size_t size = (apr_size_t)a->elt_size;
    char *data = apr_palloc(a->pool, size * (apr_size_t)n);
    memcpy(data, a->elts, size * (apr_size_t)a->nelts);
    a->elts = data;
    a->nalloc = n;
}

static void heap_slot_make(apr_array_header_t *a, void ***heap_slot)
{
    *heap_slot = apr_palloc(a->pool, sizeof **heap_slot);
    **heap_slot = NULL;
    apr_pool_cleanup_register(a->pool, *heap_slot, free_heap_slot, apr_pool_cleanup_null);
}

void nc_array_reserve_heap(apr_array_header_t *a, void ***heap_slot, int n)
{
    if (n <= a->nalloc || *heap_slot)
        return;
    apr_size_t size = (apr_size_t)a->elt_size;
    if (size * (apr_size_t)n > NC_HEAP_EXACT_MAX) {
        nc_array_reserve(a, heap_slot, n);      /* a large page's: the pool, as its copy */
        return;
    }
    char *data = heap_alloc(size * (apr_size_t)n);
    memcpy(data, a->elts, size * (apr_size_t)a->nelts);
    heap_slot_make(a, heap_slot);
    **heap_slot = data;
    a->elts = data;
    a->nalloc = n;
}

void nc_array_release(apr_array_header_t *a, void ***heap_slot)
{
    if (*heap_slot && **heap_slot) {
        heap_free(**heap_slot);
        **heap_slot = NULL;
    }
    a->elts = NULL;
    a->nelts = a->nalloc = 0;
}

void nc_array_trim_heap(apr_array_header_t *a, void ***heap_slot)
{
    if (!*heap_slot || !**heap_slot || **heap_slot != a->elts || a->nalloc <= a->nelts)
        return;
    int n = a->nelts > 0 ? a->nelts : 1;
    **heap_slot = a->elts = heap_realloc(**heap_slot, (apr_size_t)a->elt_size * (apr_size_t)n);
    a->nalloc = n;
}

void nc_array_resize_heap(apr_array_header_t *a, void ***heap_slot, int elt_size)
{
    int n = a->nelts > 0 ? a->nelts : 1;
    apr_size_t size = (apr_size_t)elt_size * (apr_size_t)n;
    apr_size_t have = (apr_size_t)a->elt_size * (apr_size_t)a->nelts;
    char *data;
    if (*heap_slot && **heap_slot && **heap_slot == a->elts) {
        data = heap_realloc(**heap_slot, size);
    } else {
        data = heap_alloc(size);
        memcpy(data, a->elts, have < size ? have : size);
        if (!*heap_slot)
            heap_slot_make(a, heap_slot);
        else if (**heap_slot)
            heap_free(**heap_slot);
    }
    **heap_slot = data;
    a->elts = data;
    a->elt_size = elt_size;
    a->nalloc = n;
}

void *nc_array_push(apr_array_header_t *a, void ***heap_slot)
{
    apr_size_t size = (apr_size_t)a->elt_size;
    if (a->nelts == a->nalloc) {
        int cap = a->nalloc < 16 ? 32 : a->nalloc * 2;
        char *data;
        if (*heap_slot && **heap_slot == a->elts) {
            data = heap_realloc(**heap_slot, size * (apr_size_t)cap);
        } else {
            data = heap_alloc(size * (apr_size_t)cap);
            memcpy(data, a->elts, size * (apr_size_t)a->nelts);
            if (*heap_slot && **heap_slot) {
                heap_free(**heap_slot);  /* someone apr_array_push'ed it back into the pool */
            } else if (!*heap_slot) {
                heap_slot_make(a, heap_slot);
            }
        }
        **heap_slot = data;
        a->elts = data;
        a->nalloc = cap;
    }
    void *elt = a->elts + size * (apr_size_t)a->nelts++;
    memset(elt, 0, size);
    return elt;
}

int nc_ascii_only(const char *s, apr_size_t n)
{
    apr_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        apr_uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & APR_UINT64_C(0x8080808080808080))
            return 0;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}
