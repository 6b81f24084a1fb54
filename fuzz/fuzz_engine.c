/*
 * fuzz_engine.c - libFuzzer target for the engine (newsclean.h).
 *
 * One input is: a 4-byte header, then the page.
 *   byte 0  bits 0-6 content type (index into CONTENT_TYPES, modulo its
 *           size); bit 7 also runs the page with a verdict cache shared by
 *           all inputs (16 KB, so it starts again empty often), whose edits
 *           must equal those without it
 *   byte 1  options: bit 0 shells, 1 dedup, 2 metadata, 3 placement body,
 *           bits 4-5 operator shell pattern set, bits 6-7 min block words
 *   byte 2,3 seed of the chunking: the page is fed in pieces whose sizes
 *           (1 byte up to the whole page) come from a small PRNG seeded here,
 *           so every input picks its own chunk boundaries
 *   rest    the page bytes
 *
 * On every input it checks what the filter relies on:
 *   - no crash, leak or undefined behaviour (the sanitizers);
 *   - input_len is what was fed; a skipped page has no edits;
 *   - the edit list lies inside the input, ascending and non-overlapping,
 *     removals non-empty, insertions with text;
 *   - nc_apply_edits gives exactly what an independent application gives:
 *     every byte outside the removed ranges, in order, plus the insertions;
 *   - the counters match the list;
 *   - a metadata insertion is one <script type="application/ld+json"> whose
 *     body parses as JSON (validator below), is plain ASCII and holds no '<'
 *     (so article text can never close the script), and has no lone
 *     UTF-16 surrogate escapes.
 * A failed check prints what failed and abort()s, so libFuzzer keeps the input.
 *
 * Build: `make fuzz` (clang -fsanitize=fuzzer,address,undefined).
 */
#include "newsclean.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_pools.h>
#include <apr_tables.h>

static const char *const CONTENT_TYPES[] = {
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=UTF-8",
    "text/html; charset=windows-1252",
    "text/html; charset=iso-8859-1",
    "text/html; charset=utf-16",
    "text/html; charset=utf-16le",
    "text/html; charset=x-no-such-charset",
    "text/html; charset=",
    "text/html; charset=\"utf-8\"",
    "text/html;charset=koi8-r",
    "text/html; charset=shift_jis",
    "text/html; charset=ebcdic-us",
    "application/xhtml+xml",
    "text/plain",
    "text/plain; charset=utf-8",
    "text/plain; charset=windows-1252",
    "text/plain; charset=utf-16",
    "text/plain; charset=bogus",
    NULL,
};
#define N_TYPES (sizeof CONTENT_TYPES / sizeof CONTENT_TYPES[0])

/* Operator patterns: none, a plain one, a catastrophic-backtracking one, both. */
static const char *const PATTERN_SOURCES[] = {
    "temporarily unavailable",
    "^(a+)+$",
    "(x+x+)+y",
    "(?:\\w+\\s?)*!",
};

static nc_engine *engine;
static nc_verdict_cache *verdicts;
static apr_array_header_t *pattern_sets[4];
static apr_pool_t *global_pool;

static const nc_result *current;      /* for the failure report */

static void fail(const char *what, unsigned long a, unsigned long b)
{
    fprintf(stderr, "fuzz_engine: CHECK FAILED: %s (%lu, %lu)\n", what, a, b);
    for (int i = 0; current && current->edits && i < current->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(current->edits, i, nc_edit);
        fprintf(stderr, "  edit %d: %s reason %d [%lu, %lu) %s\n", i,
                e->kind == NC_EDIT_REMOVE ? "remove" : "insert", (int)e->reason,
                (unsigned long)e->start, (unsigned long)e->end, e->detail ? e->detail : "");
    }
    abort();
}

/* ---- a small strict JSON validator (RFC 8259) ------------------------------ */

typedef struct {
    const char *s;
    size_t len, pos;
    int depth;
} json_in;

static int j_value(json_in *j);

static void j_ws(json_in *j)
{
    while (j->pos < j->len && (j->s[j->pos] == ' ' || j->s[j->pos] == '\t' ||
                               j->s[j->pos] == '\n' || j->s[j->pos] == '\r'))
        j->pos++;
}

static int j_lit(json_in *j, const char *lit)
{
    size_t n = strlen(lit);
    if (j->len - j->pos < n || memcmp(j->s + j->pos, lit, n) != 0)
        return 0;
    j->pos += n;
    return 1;
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

static int j_string(json_in *j)
{
    if (j->pos >= j->len || j->s[j->pos] != '"')
        return 0;
    j->pos++;
    while (j->pos < j->len) {
        unsigned char c = (unsigned char)j->s[j->pos];
        if (c == '"') {
            j->pos++;
            return 1;
        }
        if (c < 0x20)
            return 0;                          /* raw control character */
        if (c != '\\') {
            j->pos++;
            continue;
        }
        if (++j->pos >= j->len)
            return 0;
        c = (unsigned char)j->s[j->pos];
        if (strchr("\"\\/bfnrt", c)) {
            j->pos++;
            continue;
        }
        if (c != 'u' || j->len - j->pos < 5)
            return 0;
        unsigned u, lo;
        if (!hex4(j->s + j->pos + 1, &u))
            return 0;
        j->pos += 5;
        if (u >= 0xDC00 && u <= 0xDFFF)
            return 0;                          /* lone low surrogate */
        if (u >= 0xD800 && u <= 0xDBFF) {      /* must be followed by a low one */
            if (j->len - j->pos < 6 || j->s[j->pos] != '\\' || j->s[j->pos + 1] != 'u'
                || !hex4(j->s + j->pos + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                return 0;
            j->pos += 6;
        }
    }
    return 0;
}

static int j_number(json_in *j)
{
    size_t start = j->pos;
    if (j->pos < j->len && j->s[j->pos] == '-')
        j->pos++;
    if (j->pos >= j->len)
        return 0;
    if (j->s[j->pos] == '0') {
        j->pos++;
    } else if (j->s[j->pos] >= '1' && j->s[j->pos] <= '9') {
        while (j->pos < j->len && j->s[j->pos] >= '0' && j->s[j->pos] <= '9')
            j->pos++;
    } else {
        return 0;
    }
    if (j->pos < j->len && j->s[j->pos] == '.') {
        j->pos++;
        size_t d = j->pos;
        while (j->pos < j->len && j->s[j->pos] >= '0' && j->s[j->pos] <= '9')
            j->pos++;
        if (j->pos == d)
            return 0;
    }
    if (j->pos < j->len && (j->s[j->pos] == 'e' || j->s[j->pos] == 'E')) {
        j->pos++;
        if (j->pos < j->len && (j->s[j->pos] == '+' || j->s[j->pos] == '-'))
            j->pos++;
        size_t d = j->pos;
        while (j->pos < j->len && j->s[j->pos] >= '0' && j->s[j->pos] <= '9')
            j->pos++;
        if (j->pos == d)
            return 0;
    }
    return j->pos > start;
}

static int j_container(json_in *j, char open, char close, int is_object)
{
    if (j->pos >= j->len || j->s[j->pos] != open || ++j->depth > 64)
        return 0;
    j->pos++;
    j_ws(j);
    if (j->pos < j->len && j->s[j->pos] == close) {
        j->pos++;
        j->depth--;
        return 1;
    }
    for (;;) {
        j_ws(j);
        if (is_object) {
            if (!j_string(j))
                return 0;
            j_ws(j);
            if (j->pos >= j->len || j->s[j->pos++] != ':')
                return 0;
            j_ws(j);
        }
        if (!j_value(j))
            return 0;
        j_ws(j);
        if (j->pos >= j->len)
            return 0;
        char c = j->s[j->pos++];
        if (c == close) {
            j->depth--;
            return 1;
        }
        if (c != ',')
            return 0;
    }
}

static int j_value(json_in *j)
{
    j_ws(j);
    if (j->pos >= j->len)
        return 0;
    switch (j->s[j->pos]) {
    case '{': return j_container(j, '{', '}', 1);
    case '[': return j_container(j, '[', ']', 0);
    case '"': return j_string(j);
    case 't': return j_lit(j, "true");
    case 'f': return j_lit(j, "false");
    case 'n': return j_lit(j, "null");
    default:  return j_number(j);
    }
}

/* Whole text is exactly one JSON value (an object, for JSON-LD). */
int fuzz_json_valid(const char *s, size_t len)
{
    json_in j = { s, len, 0, 0 };
    j_ws(&j);
    if (j.pos >= len || s[j.pos] != '{' || !j_value(&j))
        return 0;
    j_ws(&j);
    return j.pos == len;
}

/* ---- the checks ------------------------------------------------------------ */

static const char SCRIPT_OPEN[] = "<script type=\"application/ld+json\">";
static const char SCRIPT_CLOSE[] = "</script>";

static void check_metadata(const nc_edit *e)
{
    size_t ol = sizeof SCRIPT_OPEN - 1, cl = sizeof SCRIPT_CLOSE - 1;
    const char *t = e->text;
    size_t n = e->text_len;
    while (n > 0 && (t[n - 1] == '\n' || t[n - 1] == '\r'))
        n--;
    if (n < ol + cl || memcmp(t, SCRIPT_OPEN, ol) != 0 || memcmp(t + n - cl, SCRIPT_CLOSE, cl) != 0)
        fail("metadata is not one ld+json script element", n, 0);
    const char *body = t + ol;
    size_t blen = n - ol - cl;
    for (size_t i = 0; i < blen; i++) {
        unsigned char c = (unsigned char)body[i];
        if (c == '<')
            fail("raw '<' inside the JSON-LD block", i, blen);
        if (c >= 0x80)
            fail("non-ASCII byte inside the JSON-LD block", i, c);
    }
    if (!fuzz_json_valid(body, blen)) {
        fprintf(stderr, "fuzz_engine: JSON-LD: %.*s\n", (int)blen, body);
        fail("JSON-LD block does not parse as JSON", blen, 0);
    }
}

static void check_result(apr_pool_t *p, const char *in, size_t len, const nc_result *res)
{
    if (!res)
        fail("nc_doc_finish gave no result", 0, 0);
    if (res->input_len != len)
        fail("input_len is not the bytes fed", res->input_len, len);
    if (!res->edits)
        fail("no edit array", 0, 0);
    if (res->skip_reason && res->edits->nelts != 0)
        fail("a skipped page has edits", (unsigned long)res->edits->nelts, 0);

    size_t pos = 0, removed = 0, inserted = 0, out_len_expected;
    int last_was_insert_at = -1;
    for (int i = 0; i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        if (e->start > len || e->end > len)
            fail("edit outside the input", e->start, e->end);
        if (e->start < pos)
            fail("edits not ascending / overlapping", e->start, pos);
        if (e->kind == NC_EDIT_REMOVE) {
            if (e->end <= e->start)
                fail("empty or inverted removal", e->start, e->end);
            if (e->reason == NC_WHY_METADATA)
                fail("a removal with reason metadata", e->start, e->end);
            removed += e->end - e->start;
            pos = e->end;
            last_was_insert_at = -1;
        } else if (e->kind == NC_EDIT_INSERT) {
            if (e->end != e->start)
                fail("insertion with start != end", e->start, e->end);
            if (!e->text || e->text_len == 0)
                fail("insertion without text", e->start, e->text_len);
            if (memchr(e->text, '\0', e->text_len))
                fail("insertion holds a NUL byte", e->start, e->text_len);
            if (e->reason == NC_WHY_METADATA)
                check_metadata(e);
            inserted += e->text_len;
            pos = e->start;
            last_was_insert_at = (int)i;
        } else {
            fail("unknown edit kind", (unsigned long)e->kind, 0);
        }
    }
    (void)last_was_insert_at;
    if (res->bytes_removed != removed || res->bytes_inserted != inserted)
        fail("byte counters disagree with the edit list", res->bytes_removed, removed);
    if (res->changed != (res->edits->nelts > 0))
        fail("changed flag disagrees with the edit list", (unsigned long)res->changed, 0);

    /* Independent application: kept bytes in order, insertions in place. */
    out_len_expected = len - removed + inserted;
    char *want = malloc(out_len_expected + 1);
    if (!want)
        abort();
    size_t o = 0;
    pos = 0;
    for (int i = 0; i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        memcpy(want + o, in + pos, e->start - pos);
        o += e->start - pos;
        if (e->kind == NC_EDIT_INSERT) {
            memcpy(want + o, e->text, e->text_len);
            o += e->text_len;
            pos = e->start;
        } else {
            pos = e->end;
        }
    }
    memcpy(want + o, in + pos, len - pos);
    o += len - pos;
    if (o != out_len_expected)
        fail("independent application length", o, out_len_expected);

    apr_size_t got_len = 0;
    char *got = nc_apply_edits(p, in, len, res, &got_len);
    if (!got || got_len != out_len_expected)
        fail("nc_apply_edits length", got_len, out_len_expected);
    if (memcmp(got, want, out_len_expected) != 0)
        fail("nc_apply_edits output differs from the kept bytes + insertions", got_len, 0);
    free(want);
}

/* ---- libFuzzer entry points ------------------------------------------------- */

/* One whole-page run. */
static const nc_result *run_whole(apr_pool_t *p, const nc_options *o, const char *type,
                                  const char *page, size_t len)
{
    nc_doc *d = nc_doc_begin(engine, p, o, type);
    if (len)
        nc_doc_feed(d, page, len);
    const nc_result *r = NULL;
    nc_doc_finish(d, &r);
    return r;
}

/* The page whole, with the shared verdict cache and without: the same edits. */
static void same_with_verdicts(apr_pool_t *p, const nc_options *o, const char *type,
                               const char *page, size_t len)
{
    nc_options with = *o;
    with.verdicts = verdicts;
    const nc_result *a0 = run_whole(p, o, type, page, len);
    const nc_result *b0 = run_whole(p, &with, type, page, len);
    if (a0->soft_error != b0->soft_error || a0->edits->nelts != b0->edits->nelts)
        fail("the verdict cache changed the result", (unsigned long)a0->edits->nelts,
             (unsigned long)b0->edits->nelts);
    for (int i = 0; i < a0->edits->nelts; i++) {
        const nc_edit *a = &APR_ARRAY_IDX(a0->edits, i, nc_edit);
        const nc_edit *b = &APR_ARRAY_IDX(b0->edits, i, nc_edit);
        if (a->kind != b->kind || a->start != b->start || a->end != b->end
            || a->text_len != b->text_len || (a->text_len && memcmp(a->text, b->text, a->text_len)))
            fail("the verdict cache changed an edit", (unsigned long)i, (unsigned long)a->start);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *err = NULL;
    apr_initialize();
    atexit(apr_terminate);
    apr_pool_create(&global_pool, NULL);
    engine = nc_engine_create(global_pool, &err);
    if (!engine) {
        fprintf(stderr, "fuzz_engine: nc_engine_create: %s\n", err ? err : "?");
        exit(1);
    }
    verdicts = nc_verdict_cache_create(global_pool, 16 * 1024);
    for (int set = 0; set < 4; set++) {
        pattern_sets[set] = apr_array_make(global_pool, 4, sizeof(const nc_pattern *));
        for (size_t k = 0; k < sizeof PATTERN_SOURCES / sizeof PATTERN_SOURCES[0]; k++) {
            if (set == 0 || (set == 1 && k != 0) || (set == 2 && k == 0))
                continue;
            nc_pattern *pat = nc_pattern_compile(global_pool, PATTERN_SOURCES[k], &err);
            if (!pat) {
                fprintf(stderr, "fuzz_engine: pattern %s: %s\n", PATTERN_SOURCES[k], err);
                exit(1);
            }
            *(const nc_pattern **)apr_array_push(pattern_sets[set]) = pat;
        }
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t hdr[4] = { 0, 0x07, 0, 0 };
    size_t h = size < 4 ? size : 4;
    memcpy(hdr, data, h);
    const char *page = (const char *)data + h;
    size_t len = size - h;

    nc_options o;
    nc_options_default(&o);
    o.shells = hdr[1] & 1;
    o.dedup = (hdr[1] >> 1) & 1;
    o.metadata = (hdr[1] >> 2) & 1;
    o.placement = (hdr[1] >> 3) & 1 ? NC_PLACE_BODY : NC_PLACE_HEAD;
    o.shell_patterns = (hdr[1] >> 4) & 3 ? pattern_sets[(hdr[1] >> 4) & 3] : NULL;
    static const int min_words[4] = { NC_DEFAULT_MIN_BLOCK_WORDS, 1, 3, 40 };
    o.min_block_words = min_words[hdr[1] >> 6];

    apr_pool_t *p;
    apr_pool_create(&p, global_pool);
    const char *type = CONTENT_TYPES[(hdr[0] & 0x7f) % N_TYPES];
    nc_doc *d = nc_doc_begin(engine, p, &o, type);
    if (!d)
        fail("nc_doc_begin returned NULL", 0, 0);

    /* Chunk sizes from the input: xorshift seeded by bytes 2-3; the seed's low
     * bits also pick the scale (tiny chunks, mid-size, or whole-page). */
    uint32_t x = ((uint32_t)hdr[2] << 8 | hdr[3]) * 2654435761u + 1;
    size_t scale;
    switch (hdr[3] & 3) {
    case 0:  scale = 1; break;
    case 1:  scale = 16; break;
    case 2:  scale = 4096; break;
    default: scale = len ? len : 1; break;
    }
    size_t off = 0;
    int given_up = 0;
    while (off < len) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        size_t n = 1 + x % scale;
        if (n > len - off)
            n = len - off;
        if (nc_doc_feed(d, page + off, n) != 0)
            given_up = 1;
        else if (given_up)
            fail("nc_doc_feed accepted bytes after giving up", off, n);
        off += n;
    }
    const nc_result *res = NULL;
    nc_doc_finish(d, &res);
    current = res;
    check_result(p, page, len, res);
    if (given_up && !res->skip_reason)
        fail("gave up while feeding but finished without a skip reason", 0, 0);
    if (hdr[0] & 0x80)
        same_with_verdicts(p, &o, type, page, len);
    current = NULL;
    apr_pool_destroy(p);
    return 0;
}
