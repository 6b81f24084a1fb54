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

static void append_u(nc_buf *out, unsigned cp)
{
    static const char hex[] = "0123456789abcdef";
    char e[6] = { '\\', 'u', hex[(cp >> 12) & 15], hex[(cp >> 8) & 15],
                  hex[(cp >> 4) & 15], hex[cp & 15] };
    nc_buf_append(out, e, 6);
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
static const unsigned char json_plain[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
    1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,   /* 0x30 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,   /* 0x50 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x70 */
};

void nc_json_string(nc_buf *out, const char *s, apr_size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    nc_buf_append_char(out, '"');
    apr_size_t i = 0;
    while (i < len) {
        apr_size_t run = i;   /* copy plain ASCII in one go */
        while (run < len && u[run] < 0x80 && json_plain[u[run]])
            run++;
        if (run > i) {
            nc_buf_append(out, s + i, run - i);
            i = run;
            continue;
        }
        apr_size_t adv;
        unsigned cp = decode_strict(u + i, len - i, &adv);
        i += adv;
        switch (cp) {
        case '"':  nc_buf_append(out, "\\\"", 2); continue;
        case '\\': nc_buf_append(out, "\\\\", 2); continue;
        case '\n': nc_buf_append(out, "\\n", 2); continue;
        case '\r': nc_buf_append(out, "\\r", 2); continue;
        case '\t': nc_buf_append(out, "\\t", 2); continue;
        case '\b': nc_buf_append(out, "\\b", 2); continue;
        case '\f': nc_buf_append(out, "\\f", 2); continue;
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
    nc_buf_append_char(out, '"');
}

static void json_str(nc_buf *out, const char *s)
{
    nc_json_string(out, s, strlen(s));
}

static void json_key(nc_buf *out, const char *key, const char *value)
{
    nc_buf_append_char(out, ',');
    json_str(out, key);
    nc_buf_append_char(out, ':');
    json_str(out, value);
}

/* Integral values print as integers (500000000000, not 5e+11), and without
 * printf: nearly every figure is one, and %f is the block's costliest call. */
static void json_number(nc_buf *out, double v)
{
    char num[64];
    if (!isfinite(v)) {
        nc_buf_append(out, "null", 4);
    } else if (v == floor(v) && fabs(v) < 1e17) {
        unsigned long long n = (unsigned long long)fabs(v);
        char *end = num + sizeof num, *d = end;
        do
            *--d = (char)('0' + n % 10);
        while ((n /= 10) > 0);
        if (v < 0)
            *--d = '-';
        nc_buf_append(out, d, (apr_size_t)(end - d));
    } else {
        snprintf(num, sizeof num, "%.15g", v);
        nc_buf_append_str(out, num);
    }
}

static void json_mention(nc_buf *out, const nc_mention *m)
{
    nc_buf_append_str(out, "{\"@type\":");
    json_str(out, nc_mention_type_name(m->type));
    json_key(out, "name", m->name ? m->name : "");
    switch (m->type) {
    case NC_PERSON:
        if (m->job_title)
            json_key(out, "jobTitle", m->job_title);
        if (m->nationality) {
            nc_buf_append_str(out, ",\"nationality\":{\"@type\":\"Country\",\"name\":");
            json_str(out, m->nationality);
            nc_buf_append_char(out, '}');
        }
        break;
    case NC_MONEY:
        if (m->currency)
            json_key(out, "currency", m->currency);
        nc_buf_append_str(out, ",\"value\":");
        json_number(out, m->value);
        if (m->sentence)
            json_key(out, "description", m->sentence);
        break;
    case NC_PERCENT:
    case NC_YEAR:
    case NC_COUNT:
        nc_buf_append_str(out, ",\"value\":");
        json_number(out, m->value);
        if (m->unit_text)
            json_key(out, "unitText", m->unit_text);
        if (m->sentence)
            json_key(out, "description", m->sentence);
        break;
    default:
        break;
    }
    nc_buf_append_char(out, '}');
}

const char *nc_jsonld_script(apr_pool_t *p, const char *headline,
                             const apr_array_header_t *mentions, apr_size_t *len)
{
    nc_buf out;
    /* About 100 bytes a mention: one allocation for the usual block. */
    nc_buf_init(&out, p, 512 + (apr_size_t)(mentions ? mentions->nelts : 0) * 128);
    nc_buf_append_str(&out, "<script type=\"application/ld+json\">"
                            "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
    if (headline)
        json_key(&out, "headline", headline);
    nc_buf_append_str(&out, ",\"mentions\":[");
    for (int i = 0; mentions && i < mentions->nelts; i++) {
        if (i)
            nc_buf_append_char(&out, ',');
        json_mention(&out, &APR_ARRAY_IDX(mentions, i, nc_mention));
    }
    nc_buf_append_str(&out, "]}</script>\n");
    if (len)
        *len = out.len;
    return out.data;
}
