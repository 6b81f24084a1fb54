/*
 * jsonld.c - the schema.org NewsArticle block (see jsonld.h).
 *
 * The output is pure ASCII so it survives any ASCII-compatible page charset,
 * and <, > and & are escaped so article text can never close the <script>
 * element or open a comment in it.
 */
#include "jsonld.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *nc_mention_type_name(nc_mention_type t)
{
    switch (t) {
    case NC_PERSON:       return "Person";
    case NC_ORGANIZATION: return "Organization";
    case NC_EVENT:        return "Event";
    case NC_COUNTRY:      return "Country";
    case NC_CITY:         return "City";
    case NC_PLACE:        return "Place";
    case NC_MONEY:        return "MonetaryAmount";
    case NC_PERCENT:
    case NC_YEAR:
    case NC_COUNT:        return "QuantitativeValue";
    }
    return "Thing";
}

/* The block is written through a buffer on the stack, handed to the
 * nc_buf a kilobyte at a time: appending byte by byte (a quote, a comma)
 * cost more than the escaping itself. */
typedef struct json_out {
    nc_buf    *buf;
    apr_size_t n;
    char       b[1024];
} json_out;

static void out_flush(json_out *o)
{
    if (o->n)
        nc_buf_append(o->buf, o->b, o->n);
    o->n = 0;
}

static void out_put(json_out *o, const char *s, apr_size_t n)
{
    if (n > sizeof o->b - o->n) {
        out_flush(o);
        if (n > sizeof o->b) {
            nc_buf_append(o->buf, s, n);
            return;
        }
    }
    memcpy(o->b + o->n, s, n);
    o->n += n;
}

static void out_char(json_out *o, char c)
{
    if (o->n == sizeof o->b)
        out_flush(o);
    o->b[o->n++] = c;
}

static void out_str(json_out *o, const char *s)
{
    out_put(o, s, strlen(s));
}

static void append_u(json_out *out, unsigned cp)
{
    static const char hex[] = "0123456789abcdef";
    char e[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15],
                  hex[(cp >> 4) & 15], hex[cp & 15] };
    out_put(out, e, 6);
}

/* Decodes one UTF-8 sequence strictly (no overlongs, surrogates or values
 * above U+10FFFF). Returns the code point, or 0xFFFD after consuming one byte. */
static unsigned decode_strict(const unsigned char *s, apr_size_t len, apr_size_t *adv)
{
    unsigned c = s[0];
    int n;
    unsigned min;
    if (c < 0x80) { *adv = 1; return c; }
    if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
    else { *adv = 1; return 0xFFFD; }
    if ((apr_size_t)n > len) { *adv = 1; return 0xFFFD; }
    unsigned cp = c & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) { *adv = 1; return 0xFFFD; }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *adv = 1;
        return 0xFFFD;
    }
    *adv = (apr_size_t)n;
    return cp;
}

/* Bytes copied as they are: printable ASCII but the JSON quote and
 * backslash, and <, >, & (which could end the <script> or open a comment). */
static const unsigned char json_plain[256] = {   /* 0x80-0xFF: 0, decoded */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
    1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,   /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,   /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x70 */
};

static void json_string(json_out *out, const char *s, apr_size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    out_char(out, '"');
    apr_size_t i = 0;
    while (i < len) {
        apr_size_t run = i;   /* copy plain ASCII in one go */
        while (run < len && json_plain[u[run]])
            run++;
        if (run > i) {
            out_put(out, s + i, run - i);
            i = run;
            continue;
        }
        apr_size_t adv;
        unsigned cp = decode_strict(u + i, len - i, &adv);
        i += adv;
        switch (cp) {
        case '"':  out_put(out, "\\\"", 2); continue;
        case '\\': out_put(out, "\\\\", 2); continue;
        case '\n': out_put(out, "\\n", 2); continue;
        case '\r': out_put(out, "\\r", 2); continue;
        case '\t': out_put(out, "\\t", 2); continue;
        case '\b': out_put(out, "\\b", 2); continue;
        case '\f': out_put(out, "\\f", 2); continue;
        default: break;
        }
        if (cp >= 0x10000) {   /* UTF-16 surrogate pair */
            cp -= 0x10000;
            append_u(out, 0xD800 + (cp >> 10));
            append_u(out, 0xDC00 + (cp & 0x3FF));
        } else {
            append_u(out, cp);
        }
    }
    out_char(out, '"');
}

void nc_json_string(nc_buf *buf, const char *s, apr_size_t len)
{
    json_out out;
    out.buf = buf;
    out.n = 0;
    json_string(&out, s, len);
    out_flush(&out);
}

static void json_str(json_out *out, const char *s)
{
    json_string(out, s, strlen(s));
}

/* ,"key":"value" (the keys need no escaping) */
static void json_key(json_out *out, const char *key, const char *value)
{
    out_str(out, key);
    json_str(out, value);
}

/* v with up to 6 decimals (12.5 per cent, 2.75 billion), as %.15g prints
 * it: when v * 10^k rounds to an integer N, v is within 2^-53 of N / 10^k,
 * far under the 15 digits' rounding step, so those are the digits %.15g
 * writes (fixed notation from 0.001 up to 1e14). Otherwise 0. */
static int decimal_number(json_out *out, double v)
{
    double a = fabs(v), scale = 1;
    for (int k = 1; k <= 6; k++) {
        scale *= 10;
        double m = a * scale;
        if (m != floor(m) || m >= 1e15)
            continue;
        unsigned long long n = (unsigned long long)m;
        char num[40], *end = num + sizeof num, *d = end;
        int digits = 0;
        while (digits < k && n % 10 == 0) {     /* %g leaves no trailing zeros */
            n /= 10;
            digits++;
        }
        for (; digits < k; digits++, n /= 10)
            *--d = (char)('0' + n % 10);
        if (d == end)
            continue;
        *--d = '.';
        do
            *--d = (char)('0' + n % 10);
        while ((n /= 10) > 0);
        if (v < 0)
            *--d = '-';
        out_put(out, d, (apr_size_t)(end - d));
        return 1;
    }
    return 0;
}

/* Integral values print as integers (500000000000, not 5e+11), and without
 * printf: nearly every figure is one, and %f is the block's costliest call. */
static void json_number(json_out *out, double v)
{
    char num[64];
    if (!isfinite(v)) {
        out_put(out, "null", 4);
    } else if (v == floor(v) && fabs(v) < 1e17) {
        unsigned long long n = (unsigned long long)fabs(v);
        char *end = num + sizeof num, *d = end;
        do
            *--d = (char)('0' + n % 10);
        while ((n /= 10) > 0);
        if (v < 0)
            *--d = '-';
        out_put(out, d, (apr_size_t)(end - d));
    } else if (fabs(v) >= 0.001 && fabs(v) < 1e14 && decimal_number(out, v)) {
        /* printed as %.15g would */
    } else {
        snprintf(num, sizeof num, "%.15g", v);
        out_str(out, num);
    }
}

static void json_mention(json_out *out, const nc_mention *m)
{
    out_str(out, "{\"@type\":");
    json_str(out, nc_mention_type_name(m->type));
    json_key(out, ",\"name\":", m->name ? m->name : "");
    switch (m->type) {
    case NC_PERSON:
        if (m->job_title)
            json_key(out, ",\"jobTitle\":", m->job_title);
        if (m->nationality) {
            out_str(out, ",\"nationality\":{\"@type\":\"Country\",\"name\":");
            json_str(out, m->nationality);
            out_char(out, '}');
        }
        break;
    case NC_MONEY:
        if (m->currency)
            json_key(out, ",\"currency\":", m->currency);
        out_str(out, ",\"value\":");
        json_number(out, m->value);
        if (m->sentence)
            json_key(out, ",\"description\":", m->sentence);
        break;
    case NC_PERCENT:
    case NC_YEAR:
    case NC_COUNT:
        out_str(out, ",\"value\":");
        json_number(out, m->value);
        if (m->unit_text)
            json_key(out, ",\"unitText\":", m->unit_text);
        if (m->sentence)
            json_key(out, ",\"description\":", m->sentence);
        break;
    default:
        break;
    }
    out_char(out, '}');
}

const char *nc_jsonld_script(apr_pool_t *p, const char *headline,
                             const apr_array_header_t *mentions, apr_size_t *len)
{
    nc_buf buf;
    /* About 100 bytes a mention: one allocation for the usual script. On
     * the heap (freed with p): in the page's pool it took an 8 KB block
     * of its own for 6.9 KB on a 15 KB page, the largest piece of the
     * JSON-LD moment. */
    nc_buf_init(&buf, p, 1);
    nc_buf_presize(&buf, 512 + (apr_size_t)(mentions ? mentions->nelts : 0) * 128);
    json_out o, *out = &o;
    o.buf = &buf;
    o.n = 0;
    out_str(out, "<script type=\"application/ld+json\">"
                            "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
    if (headline)
        json_key(out, ",\"headline\":", headline);
    out_str(out, ",\"mentions\":[");
    for (int i = 0; mentions && i < mentions->nelts; i++) {
        if (i)
            out_char(out, ',');
        json_mention(out, &APR_ARRAY_IDX(mentions, i, nc_mention));
    }
    out_str(out, "]}</script>\n");
    out_flush(out);
    if (len)
        *len = buf.len;
    return buf.data;
}
