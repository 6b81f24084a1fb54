/*
 * buf.h - a growable byte buffer in an APR pool.
 *
 * Used wherever the engine builds text (normalised block text, JSON, the kept
 * copy of the page) whose final size is unknown. A buffer starts in the
 * pool (a first guess of at most NC_BUF_HEAP_MIN) and doubles there up to
 * NC_BUF_POOL_GROW; past that it moves to the C heap and grows there by
 * half, so appends are amortised O(1), freeing the old storage (large
 * blocks are mapped directly and remapped without copying): a buffer then
 * costs about its size, not the sum of all its doublings and the pool
 * blocks they spill into.
 * The heap block is freed by a cleanup on the pool, so the data lives exactly
 * as long as the pool, as before. Pointers into data are valid only until the
 * next append.
 */
#ifndef NC_BUF_H
#define NC_BUF_H

#include <apr_pools.h>
#include <apr_tables.h>

#define NC_BUF_HEAP_MIN 16384
#define NC_BUF_POOL_GROW 1024

typedef struct nc_buf {
    apr_pool_t *pool;
    char       *data;     /* always NUL-terminated when len > 0 or cap > 0 */
    apr_size_t  len, cap;
    void      **heap;     /* pool-held slot owning data once it moved to the heap, else NULL */
} nc_buf;

void nc_buf_init(nc_buf *b, apr_pool_t *p, apr_size_t initial_cap);
void nc_buf_append(nc_buf *b, const char *s, apr_size_t n);
void nc_buf_append_str(nc_buf *b, const char *s);
void nc_buf_append_char(nc_buf *b, char c);
/* Appends code point cp as UTF-8; NUL, surrogates and values past U+10FFFF
 * become U+FFFD, so the buffer only ever holds valid UTF-8. */
void nc_buf_append_utf8(nc_buf *b, unsigned long cp);
void nc_buf_printf(nc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Exactly size bytes (plus the NUL), for a size known up front: no
 * doublings. From the pool up to NC_BUF_POOL_MAX, past the largest page the
 * module holds (NewsCleanMaxSize is at most 1G, by default 4M). The module's
 * pools draw on a per-child allocator that keeps NewsCleanMemFree for the
 * next pages, so a page's copy is reused from page to page within that bound,
 * instead of resting on the C heap, where glibc's per-thread arenas each
 * kept the high-water mark of the largest pages they had seen (the soak's
 * children grew that way). Growth past it goes to the heap. */
#define NC_BUF_POOL_MAX ((apr_size_t)1024 * 1024 * 1024)
/* Up to NC_HEAP_EXACT_MAX a size known up front (nc_buf_presize,
 * nc_array_reserve_heap) is taken from the C heap exactly instead: a pool
 * takes whole 4 KB steps of at least 8 KB (13.7 KB took 16 KB), which is
 * most of a small page's waste, while a chunk this small is reused from
 * page to page by the thread's malloc arena without raising its mark. */
#define NC_HEAP_EXACT_MAX ((apr_size_t)64 * 1024)
void nc_buf_presize(nc_buf *b, apr_size_t size);
/* Gives back a buffer's heap block now, not with its pool: its readers
 * are done (in the pool its bytes stay until the pool goes). */
void nc_buf_release(nc_buf *b);
/* Its contents are complete and may be a regex subject: on the heap, the
 * part not written is zeroed (see NC_BUF_TAIL in buf.c). */
void nc_buf_seal(nc_buf *b);
/* nc_buf_seal, and a heap block that was sized up front (nc_buf_presize)
 * gives back the room its contents did not take: no more appends. Data
 * may move: take pointers into it afterwards. */
void nc_buf_trim(nc_buf *b);
/* Room for at least extra more bytes (plus the NUL) without moving data. */
void nc_buf_reserve(nc_buf *b, apr_size_t extra);

/* apr_array_push for arrays that grow to page scale (blocks, text spans):
 * once past a few entries, elts lives on the C heap and grows with realloc,
 * so the pool does not keep every outgrown copy. Freed with the array's pool.
 * *heap_slot must start NULL and belong to this array. The new element is
 * zeroed. Readers use the array as any apr_array_header_t; should anyone
 * apr_array_push onto it, APR copies it back into the pool, which is fine. */
void *nc_array_push(apr_array_header_t *a, void ***heap_slot);
/* Room for n elements, from the pool (as nc_buf_presize), before the first
 * nc_array_push moved the array to the heap; later growth goes to the heap. */
void nc_array_reserve(apr_array_header_t *a, void ***heap_slot, int n);
/* Room for n elements on the C heap, exactly, up to NC_HEAP_EXACT_MAX (from
 * the pool past it), so that nc_array_release can give it back before the
 * pool goes. Later growth goes to the heap. */
void nc_array_reserve_heap(apr_array_header_t *a, void ***heap_slot, int n);
/* Frees the array's heap copy, if it has one, and empties the array: its
 * readers are done. In the pool it stays until the pool goes. */
void nc_array_release(apr_array_header_t *a, void ***heap_slot);
/* Gives back the room past the last element of an array on the C heap: its
 * writers are done (elt_size may have been changed by the caller). */
void nc_array_trim_heap(apr_array_header_t *a, void ***heap_slot);

/* Gives an array room on the C heap for exactly its elements at elt_size
 * bytes each, keeping its bytes (as many as fit): the caller may then
 * rewrite its elements at the new size, from the last one when it grows. */
void nc_array_resize_heap(apr_array_header_t *a, void ***heap_slot, int elt_size);

/* No byte >= 0x80 in s[0, n), read eight bytes at a time: such text is valid
 * UTF-8 as it is, and PCRE2's ASCII compilation matches it as the UTF one. */
int nc_ascii_only(const char *s, apr_size_t n);

#endif
