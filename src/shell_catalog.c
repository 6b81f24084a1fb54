/*
 * shell_catalog.c - looking a short block's sentences up in the catalog of
 * what real error pages say.
 *
 * The hand-written phrase lists know the wording someone has seen; servers
 * and CMSs ship their error pages translated into dozens of languages, and
 * src/gen-shell-catalog.pl reads those translations at build time. Here the
 * generated sentences go into one hash table (built once per engine), and a
 * block's text is normalised the same way and cut into sentences, each
 * looked up whole: no regex per entry, no scan of long text (the caller only
 * asks about short blocks, and a long text is refused at once).
 *
 * Keep normalise(), trim and the sentence cuts in step with the generator.
 */
#include "shell_catalog.h"

#include <string.h>
#include <apr_strings.h>

#define CATALOG_MAX_TEXT 1024    /* a block this long is no error message */
#define PREFIX_MIN_WORDS 4       /* the generator's prefixes have at least 4 words */
#define NEAR_MIN_WORDS 5         /* a near sentence shares at least 5 words with one */
#define NEAR_SHARE 0.75          /* and 3/4 of the catalog sentence's words */
#define NEAR_MAX_POSTING 16      /* a word in more entries ("de", "the", "page") finds no candidates */
#define NEAR_MAX_WORDS 64
#define NEAR_MAX_CANDIDATES 256

typedef struct slot {
    apr_uint64_t hash;
    const char *s;               /* NULL: empty slot */
    apr_size_t len;
    int prefix;                  /* 1: the fixed start of a longer sentence;
                                    2: the first word of such a start */
} slot;

/* Near matches: each entry's distinct words (as hashes, sorted), and for each
 * word the entries that have it. A translation that drifted between releases
 * ("impide" for "evita", "la URL" for "la dirección URL") still shares most
 * of its words with the shipped one. */
typedef struct entry_words {
    const apr_uint64_t *w;       /* sorted, distinct */
    int n;
    int prefix;
} entry_words;

typedef struct posting {
    apr_uint64_t word;           /* 0: empty slot */
    int *entries;
    int n, cap;
} posting;

/* One bit per hash in a table small enough to stay in cache: most of a
 * page's sentences and words are in no entry, and a clear bit says so
 * without touching the big tables (a cache miss each on a busy server). */
#define FILTER_BITS 16           /* 65,536 bits: 8 KB a filter */

struct nc_catalog {
    slot *slots;
    apr_size_t mask;             /* slots - 1, a power of two minus one */
    unsigned char key_filter[1 << (FILTER_BITS - 3)];     /* of the slots' hashes */
    unsigned char rare_filter[1 << (FILTER_BITS - 3)];    /* of words in few entries */
    entry_words *entries;
    int n_entries;
    posting *postings;
    apr_size_t pmask;
    apr_size_t min_len;          /* the shortest sentence: shorter text needs no look */
    apr_size_t max_prefix;       /* the longest prefix: no longer start is tried */
};

static apr_uint64_t fnv1a(const char *s, apr_size_t n)
{
    apr_uint64_t h = APR_UINT64_C(0xcbf29ce484222325);
    for (apr_size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= APR_UINT64_C(0x100000001b3);
    }
    return h;
}

static unsigned filter_bit(apr_uint64_t h)
{
    return (unsigned)(h >> (64 - FILTER_BITS));
}

static int filter_has(const unsigned char *f, apr_uint64_t h)
{
    unsigned b = filter_bit(h);
    return f[b >> 3] & (1u << (b & 7));
}

static void filter_add(unsigned char *f, apr_uint64_t h)
{
    unsigned b = filter_bit(h);
    f[b >> 3] |= (unsigned char)(1u << (b & 7));
}

static void insert(nc_catalog *c, const char *s, int prefix)
{
    apr_size_t len = strlen(s);
    apr_uint64_t h = fnv1a(s, len);
    filter_add(c->key_filter, h);
    apr_size_t i = (apr_size_t)h & c->mask;
    while (c->slots[i].s) {
        if (c->slots[i].hash == h && c->slots[i].len == len && c->slots[i].prefix == prefix
            && memcmp(c->slots[i].s, s, len) == 0)
            return;
        i = (i + 1) & c->mask;
    }
    c->slots[i] = (slot){ h, s, len, prefix };
}

static int lookup_hashed(const nc_catalog *c, const char *s, apr_size_t len, apr_uint64_t h,
                         int prefix)
{
    if (!filter_has(c->key_filter, h))
        return 0;
    for (apr_size_t i = (apr_size_t)h & c->mask; c->slots[i].s; i = (i + 1) & c->mask)
        if (c->slots[i].hash == h && c->slots[i].len == len && c->slots[i].prefix == prefix
            && memcmp(c->slots[i].s, s, len) == 0)
            return 1;
    return 0;
}

static int lookup(const nc_catalog *c, const char *s, apr_size_t len, int prefix)
{
    return len > 0 && lookup_hashed(c, s, len, fnv1a(s, len), prefix);
}

/* The distinct words of normalised text s[0, n), each without the
 * punctuation around it, as sorted hashes; returns how many (at most cap). */
/* What stands around a word: dropped before it is hashed. */
static const unsigned char word_punct[256] = {
    ['.'] = 1, [','] = 1, [':'] = 1, [';'] = 1, ['!'] = 1, ['?'] = 1,
    ['"'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1,
};

/* The words of normalised text s[0, n), each without the punctuation
 * around it, as hashes in text order; returns how many (at most cap). */
static int word_hashes(const char *s, apr_size_t n, apr_uint64_t *out, int cap)
{
    const unsigned char *u = (const unsigned char *)s;
    int k = 0;
    for (apr_size_t a = 0; a < n && k < cap;) {
        apr_size_t z = a;
        while (z < n && u[z] != ' ')
            z++;
        apr_size_t wa = a, wz = z;
        while (wa < wz && word_punct[u[wa]])
            wa++;
        while (wz > wa && word_punct[u[wz - 1]])
            wz--;
        if (wz > wa)
            out[k++] = fnv1a(s + wa, wz - wa) | 1;
        a = z + 1;
    }
    return k;
}

/* Sorts w[0, n) and drops repeats; returns the new count. */
static int sort_distinct(apr_uint64_t *w, int n)
{
    int k = 0;
    for (int j = 0; j < n; j++) {
        apr_uint64_t h = w[j];
        int i = k;
        while (i > 0 && w[i - 1] > h)
            i--;
        if (i > 0 && w[i - 1] == h)
            continue;
        memmove(w + i + 1, w + i, (apr_size_t)(k - i) * sizeof *w);
        w[i] = h;
        k++;
    }
    return k;
}

static posting *posting_of(const nc_catalog *c, apr_uint64_t w)
{
    apr_size_t i = (apr_size_t)w & c->pmask;
    while (c->postings[i].word && c->postings[i].word != w)
        i = (i + 1) & c->pmask;
    return &c->postings[i];
}

static void index_entry(apr_pool_t *p, nc_catalog *c, const char *s, int prefix)
{
    apr_uint64_t w[NEAR_MAX_WORDS];
    int n = sort_distinct(w, word_hashes(s, strlen(s), w, NEAR_MAX_WORDS));
    if (n < NEAR_MIN_WORDS)
        return;
    int id = c->n_entries++;
    entry_words *e = &c->entries[id];
    e->w = apr_pmemdup(p, w, (apr_size_t)n * sizeof *w);
    e->n = n;
    e->prefix = prefix;
    for (int i = 0; i < n; i++) {
        posting *po = posting_of(c, w[i]);
        po->word = w[i];
        if (po->n == po->cap) {
            int cap = po->cap ? 2 * po->cap : 4;
            int *more = apr_palloc(p, (apr_size_t)cap * sizeof *more);
            if (po->n)
                memcpy(more, po->entries, (apr_size_t)po->n * sizeof *more);
            po->entries = more;
            po->cap = cap;
        }
        po->entries[po->n++] = id;
    }
}

nc_catalog *nc_catalog_create(apr_pool_t *p)
{
    apr_size_t n = 0, size = 16;
    for (int i = 0; nc_catalog_sentences[i]; i++)
        n++;
    for (int i = 0; nc_catalog_prefixes[i]; i++)
        n++;
    while (size < 2 * n)
        size <<= 1;
    nc_catalog *c = apr_pcalloc(p, sizeof *c);
    c->slots = apr_pcalloc(p, size * sizeof(slot));
    c->mask = size - 1;
    c->min_len = (apr_size_t)-1;
    for (int i = 0; nc_catalog_sentences[i]; i++) {
        insert(c, nc_catalog_sentences[i], 0);
        apr_size_t len = strlen(nc_catalog_sentences[i]);
        c->min_len = len < c->min_len ? len : c->min_len;
    }
    for (int i = 0; nc_catalog_prefixes[i]; i++) {
        insert(c, nc_catalog_prefixes[i], 1);
        const char *sp = strchr(nc_catalog_prefixes[i], ' ');
        if (sp)
            insert(c, apr_pstrmemdup(p, nc_catalog_prefixes[i], (apr_size_t)(sp - nc_catalog_prefixes[i])), 2);
        apr_size_t len = strlen(nc_catalog_prefixes[i]);
        c->max_prefix = len > c->max_prefix ? len : c->max_prefix;
        c->min_len = len < c->min_len ? len : c->min_len;
    }
    c->entries = apr_pcalloc(p, n * sizeof *c->entries);
    c->postings = apr_pcalloc(p, 8 * size * sizeof *c->postings);
    c->pmask = 8 * size - 1;
    for (int i = 0; nc_catalog_sentences[i]; i++)
        index_entry(p, c, nc_catalog_sentences[i], 0);
    for (int i = 0; nc_catalog_prefixes[i]; i++)
        index_entry(p, c, nc_catalog_prefixes[i], 1);
    for (apr_size_t i = 0; i <= c->pmask; i++)
        if (c->postings[i].word && c->postings[i].n <= NEAR_MAX_POSTING)
            filter_add(c->rare_filter, c->postings[i].word);
    return c;
}

/* Does the sentence s[0, n) share most of its words with one entry: 3/4 of
 * the entry's and (unless the entry is a prefix, followed by a URL) 3/4 of
 * its own? Only words rarer than NEAR_MAX_POSTING entries find candidates. */
static int near_hit(const nc_catalog *c, const char *s, apr_size_t n)
{
    int spaces = 0;
    for (apr_size_t i = 0; i < n; i++)
        spaces += s[i] == ' ';
    if (spaces + 1 < NEAR_MIN_WORDS)
        return 0;
    apr_uint64_t w[NEAR_MAX_WORDS];
    int nw = word_hashes(s, n, w, NEAR_MAX_WORDS), rare = 0;
    for (int i = 0; i < nw && rare < 2; i++) {
        if (!filter_has(c->rare_filter, w[i]))
            continue;
        const posting *po = posting_of(c, w[i]);
        rare += po->word && po->n <= NEAR_MAX_POSTING;
    }
    if (rare < 2)
        return 0;                       /* most of a story's sentences stop here */
    nw = sort_distinct(w, nw);
    if (nw < NEAR_MIN_WORDS)
        return 0;
    /* candidates in a small open-addressed table: entry id + 1, how many words */
    int key[2 * NEAR_MAX_CANDIDATES], count[2 * NEAR_MAX_CANDIDATES], cand[NEAR_MAX_CANDIDATES], nc = 0;
    int zeroed = 0;
    for (int i = 0; i < nw; i++) {
        if (!filter_has(c->rare_filter, w[i]))
            continue;
        const posting *po = posting_of(c, w[i]);
        if (!po->word || po->n > NEAR_MAX_POSTING)
            continue;
        if (!zeroed++)
            memset(key, 0, sizeof key);     /* most sentences share no rare word: no cost */
        for (int k = 0; k < po->n; k++) {
            unsigned h = ((unsigned)po->entries[k] * 2654435761u) >> 23;    /* 9 bits */
            while (key[h] && key[h] != po->entries[k] + 1)
                h = (h + 1) & (2 * NEAR_MAX_CANDIDATES - 1);
            if (!key[h]) {
                if (nc == NEAR_MAX_CANDIDATES)
                    continue;
                key[h] = po->entries[k] + 1, count[h] = 0, cand[nc++] = (int)h;
            }
            count[h]++;
        }
    }
    for (int j = 0; j < nc; j++) {
        const entry_words *e = &c->entries[key[cand[j]] - 1];
        if (count[cand[j]] < 2)
            continue;
        int common = 0;
        for (int a = 0, b = 0; a < nw && b < e->n;) {
            if (w[a] == e->w[b])
                common++, a++, b++;
            else if (w[a] < e->w[b])
                a++;
            else
                b++;
        }
        if (common >= NEAR_MIN_WORDS && common >= NEAR_SHARE * e->n
            && (e->prefix || common >= NEAR_SHARE * nw))
            return 1;
    }
    return 0;
}

/* --- normalising ----------------------------------------------------------- */

apr_size_t nc_catalog_normalise(const char *text, apr_size_t len, char *out, apr_size_t cap)
{
    const unsigned char *t = (const unsigned char *)text;
    apr_size_t o = 0;
    int space = 0;
    for (apr_size_t i = 0; i < len; i++) {
        unsigned char c = t[i], c1 = i + 1 < len ? t[i + 1] : 0, c2 = i + 2 < len ? t[i + 2] : 0;
        char emit[3];
        int n = 1;
        if (c > ' ' && c < 0x80 && c != '`' && !(c >= 'A' && c <= 'Z')) {
            if (o + 2 > cap)                            /* most bytes: as they are */
                return (apr_size_t)-1;
            if (space && o > 0)
                out[o++] = ' ';
            space = 0;
            out[o++] = (char)c;
            continue;
        }
        if (c == ' ' || (c >= 0x09 && c <= 0x0d)) {
            space = 1;
            continue;
        }
        if ((c == 0xC2 && c1 == 0xA0)
            || (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xAF))
            || (c == 0xE3 && c1 == 0x80 && c2 == 0x80)) {
            i += c == 0xC2 ? 1 : 2;                     /* no-break and other spaces */
            space = 1;
            continue;
        }
        if (c == 0xE2 && c1 == 0x80 && (c2 == 0x98 || c2 == 0x99 || c2 == 0x9B)) {
            i += 2, emit[0] = '\'';                     /* ‘ ’ ‛ */
        } else if (c == 0xE2 && c1 == 0x80 && c2 >= 0x9C && c2 <= 0x9E) {
            i += 2, emit[0] = '"';                      /* “ ” „ */
        } else if (c == 0xE2 && c1 == 0x80 && c2 >= 0x90 && c2 <= 0x95) {
            i += 2, emit[0] = '-';                      /* hyphens and dashes */
        } else if (c == 0xE2 && c1 == 0x80 && c2 == 0xA6) {
            i += 2, emit[0] = emit[1] = emit[2] = '.', n = 3;   /* … */
        } else if ((c == 0xCA && c1 == 0xBC) || (c == 0xC2 && c1 == 0xB4)) {
            i += 1, emit[0] = '\'';                     /* ʼ ´ */
        } else if (c == 0xC2 && (c1 == 0xAB || c1 == 0xBB)) {
            i += 1, emit[0] = '"';                      /* « » */
        } else if (c == '`') {
            emit[0] = '\'';
        } else if (c >= 'A' && c <= 'Z') {
            emit[0] = (char)(c + 0x20);
        } else if (c == 0xC3 && c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97) {
            i += 1, emit[0] = (char)c, emit[1] = (char)(c1 + 0x20), n = 2;    /* À..Þ */
        } else if (c == 0xD0 && c1 >= 0x90 && c1 <= 0x9F) {
            i += 1, emit[0] = (char)0xD0, emit[1] = (char)(c1 + 0x20), n = 2; /* А..П */
        } else if (c == 0xD0 && c1 >= 0xA0 && c1 <= 0xAF) {
            i += 1, emit[0] = (char)0xD1, emit[1] = (char)(c1 - 0x20), n = 2; /* Р..Я */
        } else if (c == 0xD0 && c1 >= 0x80 && c1 <= 0x8F) {
            i += 1, emit[0] = (char)0xD1, emit[1] = (char)(c1 + 0x10), n = 2; /* Ѐ..Џ */
        } else {
            emit[0] = (char)c;
        }
        if (space && o > 0) {
            if (o >= cap)
                return (apr_size_t)-1;
            out[o++] = ' ';
        }
        space = 0;
        if (o + (apr_size_t)n > cap)
            return (apr_size_t)-1;
        memcpy(out + o, emit, (apr_size_t)n);
        o += (apr_size_t)n;
    }
    return o;
}

/* Leading " ' ( ¡ ¿ and spaces; trailing . ! ? : ; , " ' 。 ！ ？ ؟ and spaces. */
static void trim(const char *s, apr_size_t *a, apr_size_t *z)
{
    const unsigned char *u = (const unsigned char *)s;
    for (;;) {
        if (*a < *z && strchr(" \"'(", u[*a]) && u[*a])
            *a += 1;
        else if (*z - *a >= 2 && u[*a] == 0xC2 && (u[*a + 1] == 0xA1 || u[*a + 1] == 0xBF))
            *a += 2;
        else
            break;
    }
    for (;;) {
        if (*z > *a && u[*z - 1] && strchr(" .!?:;,\"'", u[*z - 1]))
            *z -= 1;
        else if (*z - *a >= 3 && ((u[*z - 3] == 0xE3 && u[*z - 2] == 0x80 && u[*z - 1] == 0x82)
                                  || (u[*z - 3] == 0xEF && u[*z - 2] == 0xBC
                                      && (u[*z - 1] == 0x81 || u[*z - 1] == 0x9F))))
            *z -= 3;
        else if (*z - *a >= 2 && u[*z - 2] == 0xD8 && u[*z - 1] == 0x9F)
            *z -= 2;
        else
            break;
    }
}

/* Inside a quotation at pos: an odd number of straight double quotes before
 * it (curly and angle quotes are straight by now), or an open 「 or 『. */
static int quoted(const char *s, apr_size_t pos)
{
    const unsigned char *u = (const unsigned char *)s;
    int straight = 0, cjk = 0;
    for (apr_size_t i = 0; i < pos; i++) {
        if (u[i] == '"')
            straight = !straight;
        else if (u[i] == 0xE3 && i + 2 < pos && u[i + 1] == 0x80) {
            if (u[i + 2] == 0x8C || u[i + 2] == 0x8E)
                cjk++;
            else if ((u[i + 2] == 0x8D || u[i + 2] == 0x8F) && cjk > 0)
                cjk--;
        }
    }
    return straight || cjk > 0;
}

/* A sentence [a, z) of the normalised text, before trimming. */
static int sentence_hit(const nc_catalog *c, const char *s, apr_size_t a, apr_size_t z)
{
    apr_size_t end;
    if (quoted(s, a) || (a < z && s[a] == '"'))
        return 0;
    trim(s, &a, &z);
    if (a >= z)
        return 0;
    if (lookup(c, s + a, z - a, 0))
        return 1;
    end = z;
    /* "The following error was encountered while trying to retrieve the URL:
     * http://..." : each start of 5+ words up to the longest prefix, hashed
     * as the scan goes (hs: the hash of s[a, i) for the last four i) */
    apr_uint64_t h = APR_UINT64_C(0xcbf29ce484222325), hs[4];
    int words = 1;
    const char *sp = memchr(s + a, ' ', z - a);
    if (!sp || !lookup(c, s + a, (apr_size_t)(sp - s) - a, 2))
        z = a;                          /* no prefix starts with its first word */
    for (apr_size_t i = a; i < z && i - a <= c->max_prefix + 3; i++) {
        hs[i & 3] = h;
        if (s[i] == ' ' && ++words > PREFIX_MIN_WORDS) {
            apr_size_t pz = i;
            while (pz > a && strchr(".!?:;,\"'", s[pz - 1]))
                pz--;
            if (i - pz <= 3 && pz > a && lookup_hashed(c, s + a, pz - a, hs[pz & 3], 1))
                return 1;
        }
        h ^= (unsigned char)s[i];
        h *= APR_UINT64_C(0x100000001b3);
    }
    return near_hit(c, s + a, end - a);
}

/* Where the sentence that starts at a ends: after ". " "! " "? " "؟ " (the
 * space is the cut) or after 。！？. Sets *next to where the next one starts. */
static apr_size_t sentence_end(const char *s, apr_size_t a, apr_size_t n, apr_size_t *next)
{
    const unsigned char *u = (const unsigned char *)s;
    for (apr_size_t i = a; i < n; i++) {
        if (u[i] == ' ' && i > a
            && (u[i - 1] == '.' || u[i - 1] == '!' || u[i - 1] == '?'
                || (i >= 2 && u[i - 2] == 0xD8 && u[i - 1] == 0x9F))) {
            *next = i + 1;
            return i;
        }
        if (i + 3 <= n && ((u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x82)
                           || (u[i] == 0xEF && u[i + 1] == 0xBC && (u[i + 2] == 0x81 || u[i + 2] == 0x9F)))) {
            *next = i + 3;
            return i + 3;
        }
    }
    *next = n;
    return n;
}

/* Does text hold a catalog sentence (every: each of its sentences is one)? */
static int says(const nc_catalog *c, const char *text, apr_size_t len, int every)
{
    char buf[CATALOG_MAX_TEXT];
    if (!c || len < c->min_len || len > CATALOG_MAX_TEXT)
        return 0;
    apr_size_t n = nc_catalog_normalise(text, len, buf, sizeof buf);
    if (n == (apr_size_t)-1 || n == 0)
        return 0;
    apr_size_t a = 0, z = n;
    if (buf[0] != '"') {
        trim(buf, &a, &z);
        if (a < z && lookup(c, buf + a, z - a, 0))
            return 1;                   /* the whole block, "Server Error (500)" */
    }
    for (apr_size_t from = 0, next; from < n; from = next) {
        apr_size_t end = sentence_end(buf, from, n, &next);
        int hit = sentence_hit(c, buf, from, end);
        if (hit && !every)
            return 1;
        if (!hit && every)
            return 0;
    }
    return every;
}

int nc_catalog_says_error(const nc_catalog *c, const char *text, apr_size_t len)
{
    return says(c, text, len, 0);
}

int nc_catalog_says_only_error(const nc_catalog *c, const char *text, apr_size_t len)
{
    return says(c, text, len, 1);
}
