/* buf.c - growable byte buffer in an APR pool (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <string.h>
#include <apr_strings.h>

void nc_buf_init(nc_buf *b, apr_pool_t *p, apr_size_t initial_cap)
{
    b->pool = p;
    b->cap = initial_cap ? initial_cap : 64;
    b->data = apr_palloc(p, b->cap);
    b->data[0] = '\0';
    b->len = 0;
}

static void buf_reserve(nc_buf *b, apr_size_t extra)
{
    apr_size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    apr_size_t cap = b->cap * 2;
    while (cap < need)
        cap *= 2;
    char *data = apr_palloc(b->pool, cap);
    memcpy(data, b->data, b->len);
    b->data = data;
    b->cap = cap;
}

void nc_buf_append(nc_buf *b, const char *s, apr_size_t n)
{
    buf_reserve(b, n);
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
    buf_reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void nc_buf_printf(nc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = apr_pvsprintf(b->pool, fmt, ap);
    va_end(ap);
    nc_buf_append_str(b, s);
}
