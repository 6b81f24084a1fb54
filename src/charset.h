/*
 * charset.h - which charset a page is in, and decoding its text to UTF-8.
 *
 * Only the text the engine analyses is decoded; the page itself is never
 * transcoded. Pages in charsets that are not ASCII-compatible (UTF-16/32,
 * EBCDIC, UTF-7) are refused, because byte offsets of markup would be wrong.
 */
#ifndef NC_CHARSET_H
#define NC_CHARSET_H

#include <apr_pools.h>
#include "buf.h"

typedef struct nc_decoder nc_decoder;

/* The charset parameter of a Content-Type value, lower-cased, or NULL. */
const char *nc_charset_param(apr_pool_t *p, const char *content_type);

/* The order browsers use (WHATWG "encoding sniffing"): a byte order mark,
 * then the Content-Type header's charset, then <meta charset> or <meta
 * http-equiv=Content-Type> (a <meta> naming UTF-16 means UTF-8), then a guess
 * (valid UTF-8, else nc_charset_guess: uchardet's answer when it reads
 * clearly better than windows-1252). A one-byte charset's label over bytes
 * that are plainly UTF-8 (valid, with many multi-byte sequences) is read as
 * UTF-8. Returns a lower-case name. */
const char *nc_charset_choose(apr_pool_t *p, const char *bytes, apr_size_t len,
                              const char *header_charset, const char *meta_charset);

/* The <meta> charset to believe: the first one, unless it says UTF-8 while
 * the bytes are not and a later <meta> declares another (an error page's
 * own <meta charset=utf-8> glued before a windows-1251 story's). */
const char *nc_charset_meta(const char *bytes, apr_size_t len, const char *first, const char *later);

/* "utf-8", "utf-16be" or "utf-16le" when bytes start with that byte order
 * mark (a UTF-32LE mark reads as UTF-16LE, as browsers read it), else NULL. */
const char *nc_charset_bom(const char *bytes, apr_size_t len);

/* 0 for charsets whose bytes are not a superset of ASCII (UTF-16/32, UCS-2,
 * UTF-7, EBCDIC): offsets found by an ASCII-level parser would be wrong, so
 * such pages pass through untouched. */
int  nc_charset_ascii_compatible(const char *charset);

/* NULL when the charset cannot be decoded here. */
nc_decoder *nc_decoder_open(apr_pool_t *p, const char *charset);
/* The decoder only validates (UTF-8 and ASCII pages): valid input is its own output. */
int  nc_decoder_is_utf8(const nc_decoder *d);
/* Length of the valid UTF-8 sequence at s (n bytes available), or 0. */
apr_size_t nc_utf8_sequence_length(const unsigned char *s, apr_size_t n);

/* The code point windows-1252 gives byte c; U+FFFD for its five undefined bytes. */
unsigned nc_windows1252_code_point(unsigned char c);
/* Appends the UTF-8 form of in[0..n) to out; undecodable bytes become U+FFFD. */
void nc_decode_append(nc_decoder *d, const char *in, apr_size_t n, nc_buf *out);

#endif
