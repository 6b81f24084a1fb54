/*
 * buf.h - a growable byte buffer in an APR pool.
 *
 * Used wherever the engine builds text (normalised block text, JSON) whose
 * final size is unknown. Growth doubles, so appends are amortised O(1); old
 * storage stays in the pool until the pool dies, which is the request's life.
 */
#ifndef NC_BUF_H
#define NC_BUF_H

#include <apr_pools.h>

typedef struct nc_buf {
    apr_pool_t *pool;
    char       *data;     /* always NUL-terminated when len > 0 or cap > 0 */
    apr_size_t  len, cap;
} nc_buf;

void nc_buf_init(nc_buf *b, apr_pool_t *p, apr_size_t initial_cap);
void nc_buf_append(nc_buf *b, const char *s, apr_size_t n);
void nc_buf_append_str(nc_buf *b, const char *s);
void nc_buf_append_char(nc_buf *b, char c);
void nc_buf_printf(nc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
