/*
 * charset.c - choosing a page's charset and decoding analysed text to UTF-8.
 *
 * UTF-8, ISO-8859-1, US-ASCII and windows-1252 (WHATWG: browsers read all
 * of these labels as windows-1252) are decoded here directly because they are most of the web; every other
 * ASCII-compatible charset goes through apr_xlate (iconv).
 */
#include "charset.h"
#include "charset_guess.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_xlate.h>

typedef enum { DEC_UTF8, DEC_WINDOWS_1252, DEC_XLATE } decoder_kind;

struct nc_decoder {
    decoder_kind kind;
    apr_xlate_t *xlate;
};

/* windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Length of a valid UTF-8 sequence at s (at most n bytes), or 0. */
static apr_size_t utf8_sequence_length(const unsigned char *s, apr_size_t n)
{
    if (s[0] < 0x80)
        return 1;
    apr_size_t len = (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
                   : (s[0] & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || len > n || (len == 2 && s[0] < 0xC2))
        return 0;
    for (apr_size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (len == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)))
        return 0;
    if (len == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || s[0] > 0xF4 || (s[0] == 0xF4 && s[1] >= 0x90)))
        return 0;
    return len;
}

static int valid_utf8(const char *s, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t len = utf8_sequence_length(u + i, n - i);
        if (len == 0)
            return n - i < 4;      /* a sequence cut at the end of the sample is fine */
        i += len;
    }
    return 1;
}

const char *nc_charset_param(apr_pool_t *p, const char *content_type)
{
    if (!content_type)
        return NULL;
    const char *c = content_type;
    while ((c = strchr(c, ';')) != NULL) {
        c++;
        while (*c == ' ' || *c == '\t')
            c++;
        if (strncasecmp(c, "charset", 7) != 0)
            continue;
        c += 7;
        while (*c == ' ')
            c++;
        if (*c != '=')
            continue;
        c++;
        while (*c == ' ' || *c == '"' || *c == '\'')
            c++;
        apr_size_t n = strcspn(c, "\"'; \t");
        if (n == 0)
            return NULL;
        char *name = apr_pstrndup(p, c, n);
        for (char *x = name; *x; x++)
            if (*x >= 'A' && *x <= 'Z')
                *x = (char)(*x + 32);
        return name;
    }
    return NULL;
}

/* A label from the page or the backend's header, lower-cased. It ends up in
 * skip reasons, request notes and log lines, so anything that is not a
 * plausible charset name (RFC 2978: at most 40 characters of a small set)
 * becomes "invalid" (hostile fixture meta-long.html: a 5,000-byte name made
 * a 5 KB log line). */
static const char *lower_dup(apr_pool_t *p, const char *s)
{
    if (strlen(s) > 40 || s[strspn(s, "abcdefghijklmnopqrstuvwxyz"
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:+")] != '\0')
        return "invalid";
    char *d = apr_pstrdup(p, s);
    for (char *x = d; *x; x++)
        if (*x >= 'A' && *x <= 'Z')
            *x = (char)(*x + 32);
    return d;
}

const char *nc_charset_bom(const char *bytes, apr_size_t len)
{
    const unsigned char *b = (const unsigned char *)bytes;
    if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return "utf-8";
    if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return "utf-16be";
    if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return "utf-16le";
    return NULL;
}

/* A one-byte charset's label: windows-125x, ISO-8859-x, KOI8-x, ASCII. */
static int single_byte_label(const char *cs)
{
    return strncmp(cs, "windows-125", 11) == 0 || strncmp(cs, "cp125", 5) == 0
        || strncmp(cs, "iso-8859-", 9) == 0 || strncmp(cs, "iso8859-", 8) == 0
        || strncmp(cs, "iso_8859-", 9) == 0 || strncmp(cs, "koi8", 4) == 0
        || strcmp(cs, "latin1") == 0 || strcmp(cs, "latin-1") == 0
        || strcmp(cs, "us-ascii") == 0 || strcmp(cs, "ascii") == 0;
}

/* Do the bytes say UTF-8 whatever the label: valid UTF-8 with at least
 * UTF8_EVIDENCE_MIN sequences of two bytes or more in the sample? Text in
 * a one-byte charset is almost never that: its first accented letter
 * before an ASCII byte is an invalid sequence. */
#define UTF8_EVIDENCE_MIN 8
static int utf8_evident(const char *s, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    int multi = 0;
    if (n > NC_CHARSET_GUESS_SAMPLE)
        n = NC_CHARSET_GUESS_SAMPLE;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t len = utf8_sequence_length(u + i, n - i);
        if (len == 0)
            return n - i < 4 && multi >= UTF8_EVIDENCE_MIN;
        multi += len > 1;
        i += len;
    }
    return multi >= UTF8_EVIDENCE_MIN;
}

/* A label the bytes contradict: a one-byte charset named on a page whose
 * bytes are UTF-8 (a template saying ISO-8859-1 over a database's UTF-8
 * text). Browsers show it garbled, but its words are the UTF-8 ones: reading
 * it in the label's charset would hide them from every test. Only the
 * reading changes; the bytes are never transcoded. */
static const char *believed_label(apr_pool_t *p, const char *label, const char *bytes, apr_size_t len)
{
    const char *cs = lower_dup(p, label);
    return single_byte_label(cs) && utf8_evident(bytes, len) ? "utf-8" : cs;
}

const char *nc_charset_choose(apr_pool_t *p, const char *bytes, apr_size_t len,
                              const char *header_charset, const char *meta_charset)
{
    const char *bom = nc_charset_bom(bytes, len);
    if (bom)
        return bom;
    if (header_charset && *header_charset)
        return believed_label(p, header_charset, bytes, len);
    if (meta_charset && *meta_charset) {
        /* HTML: a <meta> claiming UTF-16 is read as UTF-8 (the bytes were ASCII enough to parse it). */
        const char *m = believed_label(p, meta_charset, bytes, len);
        return strncmp(m, "utf-16", 6) == 0 ? "utf-8" : m;
    }
    return valid_utf8(bytes, len < NC_CHARSET_GUESS_SAMPLE ? len : NC_CHARSET_GUESS_SAMPLE)
           ? "utf-8" : nc_charset_guess(p, bytes, len);
}

const char *nc_charset_meta(const char *bytes, apr_size_t len, const char *first, const char *later)
{
    if (!first || !later || !*later || (strcasecmp(first, "utf-8") != 0 && strcasecmp(first, "utf8") != 0)
        || strcasecmp(later, "utf-8") == 0 || strcasecmp(later, "utf8") == 0
        || valid_utf8(bytes, len < 65536 ? len : 65536))
        return first;
    return later;
}

int nc_charset_ascii_compatible(const char *cs)
{
    static const char *const refused[] = {
        "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be",
        "ucs-2", "ucs-4", "utf-7", "ibm037", "ibm1047", "cp037", "ebcdic",
        "unicode", "unicodefffe", "csunicode", "iso-10646-ucs-2",
        "utf-ebcdic", NULL
    };
    for (int i = 0; refused[i]; i++)
        if (strcmp(cs, refused[i]) == 0 || strncmp(cs, "ebcdic", 6) == 0)
            return 0;
    return 1;
}

static int is_utf8_name(const char *cs)
{
    return strcmp(cs, "utf-8") == 0 || strcmp(cs, "utf8") == 0
        || strcmp(cs, "unicode-1-1-utf-8") == 0;
}

static int is_latin1_name(const char *cs)
{
    static const char *const names[] = {
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
        "l1", "iso_8859-1", "x-cp1252", "us-ascii", "ascii", "iso-ir-100",
        "cp819", "ibm819", "csisolatin1", "x-user-defined", NULL
    };
    for (int i = 0; names[i]; i++)
        if (strcmp(cs, names[i]) == 0)
            return 1;
    return 0;
}

nc_decoder *nc_decoder_open(apr_pool_t *p, const char *charset)
{
    nc_decoder *d = apr_pcalloc(p, sizeof *d);
    if (is_utf8_name(charset)) {
        d->kind = DEC_UTF8;
    } else if (is_latin1_name(charset)) {
        d->kind = DEC_WINDOWS_1252;
    } else {
        d->kind = DEC_XLATE;
        if (apr_xlate_open(&d->xlate, "UTF-8", charset, p) != APR_SUCCESS)
            return NULL;
    }
    return d;
}

static void decode_utf8(const char *in, apr_size_t n, nc_buf *out)
{
    const unsigned char *u = (const unsigned char *)in;
    apr_size_t run = 0;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t len = utf8_sequence_length(u + i, n - i);
        if (len) {
            i += len;
            continue;
        }
        nc_buf_append(out, in + run, i - run);
        nc_buf_append_utf8(out, 0xFFFD);
        i++;
        run = i;
    }
    nc_buf_append(out, in + run, n - run);
}

unsigned nc_windows1252_code_point(unsigned char c)
{
    if (c < 0x80 || c >= 0xA0)
        return c;
    return cp1252_high[c - 0x80] ? cp1252_high[c - 0x80] : 0xFFFD;
}

static void decode_1252(const char *in, apr_size_t n, nc_buf *out)
{
    for (apr_size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x80)
            nc_buf_append_char(out, (char)c);
        else
            nc_buf_append_utf8(out, nc_windows1252_code_point(c));
    }
}

static void decode_xlate(nc_decoder *d, const char *in, apr_size_t n, nc_buf *out)
{
    char tmp[1024];
    while (n > 0) {
        apr_size_t in_left = n, out_left = sizeof tmp;
        apr_status_t rv = apr_xlate_conv_buffer(d->xlate, in, &in_left, tmp, &out_left);
        apr_size_t used = n - in_left, made = sizeof tmp - out_left;
        nc_buf_append(out, tmp, made);
        in += used;
        n -= used;
        if (rv != APR_SUCCESS && used == 0 && made == 0) {
            /* An invalid or truncated sequence: mark it and resynchronise. */
            nc_buf_append_utf8(out, 0xFFFD);
            in++;
            n--;
        }
    }
    /* A converter may hold back the last character of the range: glibc's
     * windows-1258 (Vietnamese) waits for a tone mark that may combine with
     * it. Flushed here, it ends this range's text instead of opening the
     * next one's (every block of a windows-1258 page began with the
     * previous block's last letter). */
    apr_size_t out_left = sizeof tmp;
    if (apr_xlate_conv_buffer(d->xlate, NULL, NULL, tmp, &out_left) == APR_SUCCESS)
        nc_buf_append(out, tmp, sizeof tmp - out_left);
}

int nc_decoder_is_utf8(const nc_decoder *d)
{
    return d->kind == DEC_UTF8;
}

apr_size_t nc_utf8_sequence_length(const unsigned char *s, apr_size_t n)
{
    return utf8_sequence_length(s, n);
}

void nc_decode_append(nc_decoder *d, const char *in, apr_size_t n, nc_buf *out)
{
    switch (d->kind) {
    case DEC_UTF8:         decode_utf8(in, n, out); break;
    case DEC_WINDOWS_1252: decode_1252(in, n, out); break;
    case DEC_XLATE:        decode_xlate(d, in, n, out); break;
    }
}
