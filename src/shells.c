/*
 * shells.c - finding error shells.
 *
 * A shell is a run of short blocks (headings, one-line paragraphs, text lines)
 * that says the page failed: "403", "Sorry!!", "We're sorry, but the page you
 * were looking for doesn't exist." Two kinds of evidence:
 *  - phrases: a sentence only an error page says, matched over the joined text
 *    of a run of adjacent short blocks (a sentence may be split over lines);
 *  - whole-block tokens: a block that is nothing but "404 Not Found" (strong)
 *    or "403" / "Sorry!!" / "Error!" (weak: a shell only next to strong
 *    evidence, so a lone "Error!" in an article is kept).
 * Long blocks are never shells: an article *about* errors keeps every byte.
 */
#include "shell_rules.h"
#include "nc_pattern.h"
#include "shell_model.h"
#include "verdict_cache.h"
#include "buf.h"
#include "shell_shape.h"
#include "edits.h"
#include <apr_lib.h>

#include <string.h>
#include <strings.h>
#include <apr_strings.h>

/* --- runs of short blocks --------------------------------------------------- */

typedef struct run_block {
    int index;               /* in model->blocks */
    apr_uint32_t from, to;   /* its text's place in the joined run text (a page is
                              * at most 2 GB, NC_DOC_MAX_BYTES; a run's text is its
                              * short blocks' texts) */
    /* 16 bytes a block: mark_run holds one for every block of a run, its
     * largest piece at the shell tests' moment. Flags are single bits;
     * medium and soft are 0, 1 or 2. */
    unsigned strong : 1, weak : 1;
    unsigned medium : 2;     /* a compositional phrase: strong only when backed */
    unsigned soft : 2;       /* a soft one: strong only when backed, backs nothing */
    unsigned template : 1;   /* a template sentence: a shell elsewhere on the page backs it */
    unsigned model : 1;      /* the learned model reads it as a shell's: strong only when
                              * backed (shell_model.c) */
    unsigned code : 1, reason : 1; /* a bare status code; an HTTP reason phrase */
    unsigned headline : 1;   /* the <title> holds it: a phrase must be all it says */
    unsigned lines_back : 1; /* one of its <br> lines is a token or opens with an apology */
    unsigned anchored : 1;   /* a sign of its own besides the model's score (judge_run) */
} run_block;

/* What a shell elsewhere on the page may back (pending[], page_backed). */
#define PENDING_TEMPLATE 1       /* a template sentence or a 404's advice */
#define PENDING_PHRASE   2       /* a page-failure phrase: only from its own box */
#define PENDING_MODEL    3       /* the learned model's word alone: as a phrase, and
                                  * never from a box that frames the whole page */

/* A <title> is the page's own unless it sits inside the body: then it is the
 * title of an error document pasted into the page, and evidence like any block. */
static int candidate(const nc_docmodel *m, const nc_block *b)
{
    if (b->text_len == 0)
        return 0;
    if (b->role != NC_ROLE_TITLE)
        return 1;
    return b->parent >= 0 && strcmp(APR_ARRAY_IDX(m->blocks, b->parent, nc_block).tag, "html") != 0;
}

/* --- what a block reads as ------------------------------------------------- */

/* The page's own <title> (in <head>), or NULL: a block whose text it holds is
 * the article's headline, which no growth and no compositional phrase takes.
 * h1_in_title: some heading (<h1> to <h3>) of the page is in it word for word;
 * then that heading is the headline and an <h1> that is not in it ("Oops! An
 * Error Occurred" of a pasted error page, Rails' "We're sorry, but something
 * went wrong." over a story headed by an <h2>) is not. */
typedef struct nc_head {
    const char *text;
    apr_size_t len;             /* text's; folded is no longer */
    const char *folded;         /* text with its quotes and dashes folded (fold_quotes) */
    int folds;                  /* folded differs from text: it had such a quote or dash */
    const nc_docmodel *m;
    int h1_in_title;            /* -1 until is_headline first needs it */
    apr_size_t lead_len;        /* text's headline before its " | Site" tail, 0 when short or none */
    signed char *holds;         /* title_holds per block, -1 until asked */
} nc_head;

#define FOLD_MAX 512

/* s with curly quotes and apostrophes as straight ones and en and em
 * dashes as hyphens, into out (at least n + 1 bytes): a CMS prints its
 * headline through a typographer ("Bursa&#8217;da") and its <title>
 * without one ("Bursa'da"), or the other way round. Its length. */
static apr_size_t fold_quotes(const char *s, apr_size_t n, char *out)
{
    apr_size_t o = 0, i = 0;
    while (i < n) {
        /* the bytes up to the next 0xE2 as they are, in one copy */
        const char *e = memchr(s + i, 0xE2, n - i);
        apr_size_t run = e ? (apr_size_t)(e - s) - i : n - i;
        memcpy(out + o, s + i, run);
        o += run;
        i += run;
        if (i >= n)
            break;
        if (i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            char f = d == 0x98 || d == 0x99 ? '\'' : d >= 0x9C && d <= 0x9E ? '"'
                   : d == 0x93 || d == 0x94 ? '-' : 0;
            if (f) {
                out[o++] = f;
                i += 3;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return o;
}

/* Does the title hold block b's text, word for word or once both have
 * their quotes and dashes folded? */
static int title_holds_text(const nc_head *h, const nc_block *b);

/* The headline tests ask it of the same blocks again and again: read once
 * a block (b is one of the model's blocks, or a copy of none). */
static int title_holds(const nc_head *h, const nc_block *b)
{
    const nc_block *first = (const nc_block *)h->m->blocks->elts;
    if (!h->holds || b < first || b >= first + h->m->blocks->nelts)
        return title_holds_text(h, b);
    apr_size_t i = (apr_size_t)(b - first);
    if (h->holds[i] < 0)
        h->holds[i] = (signed char)title_holds_text(h, b);
    return h->holds[i];
}

static int title_holds_text(const nc_head *h, const nc_block *b)
{
    /* a text longer than the title is in neither it nor its folded copy */
    if (b->text_len <= h->len && strstr(h->text, b->text) != NULL)
        return 1;
    /* a title shortened from its heading ("Illinois lawmakers pass $53.1B
     * budget | Prairie Wire" over "Illinois lawmakers pass $53.1B budget,
     * send it to Pritzker") holds the heading it opens */
    if (h->lead_len && b->role == NC_ROLE_HEADING && b->text_len > h->lead_len
        && !apr_isalnum((unsigned char)b->text[h->lead_len]) && memcmp(b->text, h->text, h->lead_len) == 0)
        return 1;
    if (!h->folded || b->text_len > FOLD_MAX)
        return 0;
    /* Every such quote and dash starts with 0xE2: a block without one
     * folds to itself, so only a title that folded can hold it now. */
    if (!memchr(b->text, 0xE2, b->text_len))
        return h->folds && b->text_len <= h->len && strstr(h->folded, b->text) != NULL;
    char buf[FOLD_MAX + 1];
    fold_quotes(b->text, b->text_len, buf);
    return strstr(h->folded, buf) != NULL;
}

/* Is the heading an error document's own title ("404 Not Found", IIS's
 * "404 - ファイルまたはディレクトリが見つかりません。")? */
static int error_heading(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me;
    return nc_shell_rules_strong_title(r, md, b->text, b->text_len)
           || nc_regex_find(r->coded_title, md, b->text, b->text_len, 0, &ms, &me);
}

/* How long the longest heading (<h1> to <h3>, 3+ words) of the page that
 * the title text t holds word for word is; 0 when none. With rules, a
 * heading that is an error title does not count. */
static apr_size_t title_heading(const nc_docmodel *m, const char *t, const nc_shell_rules *r,
                                pcre2_match_data *md)
{
    apr_size_t best = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_HEADING && b->heading_level <= 3 && b->words >= 3 && b->text_len >= 8
            && b->text_len > best && strstr(t, b->text) != NULL && !(r && error_heading(r, md, b)))
            best = b->text_len;
    }
    return best;
}

/* The length of a <title>'s headline before its site's name ("Headline |
 * Site", " - ", " – ", " — ", " :: "), when it has three words or more;
 * else 0. */
#define TITLE_LEAD_MIN_BYTES 16
static apr_size_t title_lead(const char *t, apr_size_t n)
{
    static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: " };
    const char *cut = NULL;
    for (apr_size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *x = strstr(t, seps[k]);
        if (x && (!cut || x < cut))
            cut = x;
    }
    if (!cut || (apr_size_t)(cut - t) < TITLE_LEAD_MIN_BYTES || (apr_size_t)(cut - t) >= n)
        return 0;
    int spaces = 0;
    for (const char *c = t; c < cut; c++)
        spaces += *c == ' ';
    return spaces >= 2 ? (apr_size_t)(cut - t) : 0;
}

/* Documents glued one after another (an error page's whole document before
 * the story's) leave two or more <title>s at the root: the page's is the
 * one that holds the longest of its headings (the story's headline, not an
 * error page's "Not Found"; an error title held counts for nothing, as
 * IIS's Japanese title, its <h2> word for word, is longer than many a
 * Japanese headline); when none holds one, the first that is no error
 * title itself (Django's bare "Server Error (500)" document before a story
 * whose <title> words the headline otherwise than its <h1>), else the
 * first. A few tries. */
#define HEAD_TITLE_MAX_TRIES 4
#define STRONG_TITLE_MAX_WORDS 10

static const nc_head *head_title(apr_pool_t *p, const nc_docmodel *m, const nc_shell_rules *r,
                                 pcre2_match_data *md)
{
    const nc_block *first = NULL, *best = NULL, *plain = NULL;
    apr_size_t best_len = 0;
    int tries = 0;
    for (int i = 0; i < m->blocks->nelts && tries < HEAD_TITLE_MAX_TRIES; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && !candidate(m, b)) {
            if (!plain && tries >= 1 && r && !error_heading(r, md, b))
                plain = b;          /* a later title; the first is tried below */
            if (!first)
                first = b;
            else if (tries == 1) {
                best_len = title_heading(m, first->text, r, md);   /* only with a second title */
                best = first;
            }
            if (tries >= 1) {
                apr_size_t len = title_heading(m, b->text, r, md);
                if (len > best_len) {
                    best_len = len;
                    best = b;
                }
            }
            tries++;
        }
    }
    if (!first)
        return NULL;
    if (best_len == 0 && plain && error_heading(r, md, first))
        best = plain;
    /* A story glued inside an error page's body (Squid's page around it)
     * has its <title> there, a pasted one: it is the page's when the
     * error page's own title holds a heading too (Squid's "ERROR: El URL
     * solicitado no se ha podido conseguir" its <h2>) and it holds a
     * longer one, the story's headline. */
    apr_size_t first_len = best ? title_heading(m, first->text, NULL, NULL) : 0;
    if (!best && (first_len = title_heading(m, first->text, NULL, NULL)) > 0) {
        best = first;
        best_len = first_len;
    }
    tries = 0;
    for (int i = 0; first_len > 0 && i < m->blocks->nelts && tries < HEAD_TITLE_MAX_TRIES; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && candidate(m, b)) {
            apr_size_t len = title_heading(m, b->text, NULL, NULL);
            if (len > best_len) {
                best_len = len;
                best = b;
            }
            tries++;
        }
    }
    nc_head *h = apr_pcalloc(p, sizeof *h);
    h->text = (best ? best : first)->text;
    apr_size_t tn = strlen(h->text);
    h->len = tn;
    char *folded = apr_palloc(p, tn + 1);
    h->folds = fold_quotes(h->text, tn, folded) != tn;
    h->folded = folded;
    h->m = m;
    h->h1_in_title = -1;
    h->lead_len = title_lead(h->text, tn);
    h->holds = apr_palloc(p, (apr_size_t)m->blocks->nelts + 1);
    memset(h->holds, -1, (apr_size_t)m->blocks->nelts + 1);
    return h;
}

static int h1_in_title(const nc_head *title)
{
    nc_head *h = (nc_head *)title;      /* a memo, filled on first use */
    if (h->h1_in_title < 0) {
        h->h1_in_title = 0;
        for (int i = 0; i < h->m->blocks->nelts && !h->h1_in_title; i++) {
            const nc_block *b = &APR_ARRAY_IDX(h->m->blocks, i, nc_block);
            h->h1_in_title = b->role == NC_ROLE_HEADING && b->heading_level <= 3 && b->words >= 3
                             && b->text_len >= 8 && title_holds(h, b);
        }
    }
    return h->h1_in_title;
}

static int in_title(const nc_head *title, const nc_block *b)
{
    return title && b->words >= 2 && b->text_len >= 8 && title_holds(title, b);
}

static int is_headline(const nc_head *title, const nc_block *b)
{
    if (b->role == NC_ROLE_HEADING && b->heading_level == 1 && b->words >= 3
        && !(title && !title_holds(title, b) && h1_in_title(title)))
        return 1;           /* a page without a usable <title> still has its <h1> */
    return in_title(title, b);
}

/* Is the block program source: a code sample or a signature ("pub struct
 * Ref<'b, T> { (private fields) }", "fn len(&self) -> usize", a
 * grammar's "mod IDENTIFIER { Item* }")? Braces around something, two
 * statement ends, or an arrow. The learned model reads how a notice is
 * worded (news pages and their shells, the catalog's sentences); on
 * source it reads nothing, and a listing's lines are no shell's <br>
 * lines. A shell's own output in a <pre> (a JSON error body, a trace, an
 * XML error document) is evidence by its own rules (error_traces.c),
 * never the model's word. */
#define SOURCE_SCAN_MAX 400

static int source_code(const nc_block *b)
{
    apr_size_t n = b->text_len < SOURCE_SCAN_MAX ? b->text_len : SOURCE_SCAN_MAX;
    if (n < 2)                  /* an empty container, most blocks: "{}" is the shortest */
        return 0;
    const char *open = memchr(b->text, '{', n);
    if (open && memchr(open, '}', n - (apr_size_t)(open - b->text)))
        return 1;
    /* by memchr: this runs on every block of a page with a story */
    const char *t = b->text;
    for (const char *gt = memchr(t, '>', n); gt; gt = memchr(gt + 1, '>', n - (apr_size_t)(gt + 1 - t)))
        if (gt - t >= 2 && (gt[-1] == '-' || gt[-1] == '=') && gt[-2] == ' ')
            return 1;
    int ends = 0;
    for (const char *sc = memchr(t, ';', n); sc && ends < 2; sc = memchr(sc + 1, ';', n - (apr_size_t)(sc + 1 - t)))
        if ((apr_size_t)(sc + 1 - t) < n && (sc[1] == ' ' || sc[1] == '\n'))
            ends++;
    return ends >= 2;
}

/* Does the block end like a sentence (nc_text_ends_sentence)? */
static int ends_sentence(const nc_block *b)
{
    return nc_text_ends_sentence(b->text, b->text_len);
}

#define PROSE_MIN_WORDS 12

/* A sentence of some length: what an article's paragraph looks like. */
static int prose_like(const nc_block *b)
{
    return b->words > SHELL_MAX_BLOCK_WORDS || (b->words >= PROSE_MIN_WORDS && ends_sentence(b));
}

static int says_shell_words(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me;
    return nc_regex_find(r->vocabulary, md, b->text, b->text_len, 0, &ms, &me);
}

/* Article prose: a long block, or an unmarked sentence of some length (even
 * one that says "address" or "removed": next to a story, when unsure, keep). */
static int article_prose(const nc_block *b)
{
    return b->words > SHELL_MAX_BLOCK_WORDS || (b->verdict == NC_KEEP && prose_like(b));
}

static int error_container_of(const nc_docmodel *m, int i);
static int in_named_furniture(const nc_docmodel *m, int i, int c);
static int names_furniture(const nc_docmodel *m, int i);

/* Words of a sentence before a colon that make what follows it reported
 * speech ("Wer einen Termin buchen wollte, sah nur: Seite nicht gefunden."),
 * where an error page's own labels are one to three words ("Error:",
 * "Requested URL:", "Most likely causes:"). */
#define REPORTED_SPEECH_MIN_WORDS 4

/* Is pos (an offset into text) inside a quotation that opened earlier in the
 * text, or after a colon that ends a clause of the same sentence? An article
 * that quotes an error message is not an error page. */
/* Does the text open as a JSON object's member ('"message":"...', '{
 * "error": "...')? Its straight quotes are JSON's syntax, not quotation
 * marks: an API's error body pretty-printed over lines of text/plain
 * (Kong's '"message":"no Route matched with those values",'). */
static int json_member(const char *text)
{
    const char *t = text;
    while (*t == ' ' || *t == '{' || *t == '[')
        t++;
    if (*t++ != '"')
        return 0;
    while ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9') || *t == '_' || *t == '-')
        t++;
    if (*t++ != '"')
        return 0;
    while (*t == ' ')
        t++;
    return *t == ':';
}

static int quoted_at(const char *text, apr_size_t pos)
{
    int depth = 0, reversed = 0, straight = 0, words = 0, in_word = 0, reported = 0;
    int json = pos > 0 && json_member(text);
    for (apr_size_t i = 0; i < pos; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ') {
            in_word = 0;
            continue;
        }
        if (!in_word)
            words++;
        in_word = 1;
        if (c == '.' || c == '!' || c == '?') {
            words = 0;              /* a new sentence: its own clause count */
            reported = 0;
        } else if (c == ':' && i + 1 < pos && text[i + 1] == ' ' && words >= REPORTED_SPEECH_MIN_WORDS) {
            reported = 1;
        }
        if (c == '"') {
            straight = !straight && !json;
        } else if (c == 0xE2 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            unsigned char k = (unsigned char)text[i + 2];
            depth += k == 0x9C || k == 0x9E ? 1 : k == 0x9D && depth > 0 ? -1 : 0;   /* “ „ ” */
        } else if (c == 0xE3 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            /* Japanese quotes with corner brackets: 「ページが見つかりません」の表示 */
            unsigned char k = (unsigned char)text[i + 2];
            depth += k == 0x8C || k == 0x8E ? 1 : (k == 0x8D || k == 0x8F) && depth > 0 ? -1 : 0;   /* 「 『 」 』 */
        } else if (c == 0xC2 && i + 1 < pos) {
            /* « » in French order, and » « in German order (»Seite nicht
             * gefunden«): a » with no « open opens a quotation */
            unsigned char k = (unsigned char)text[i + 1];
            if (k == 0xAB)
                reversed > 0 ? reversed-- : depth++;
            else if (k == 0xBB)
                depth > 0 ? depth-- : reversed++;
        }
    }
    return depth > 0 || reversed > 0 || straight || reported;
}

/* How a match counts (mark_phrase_matches' medium): strong, or medium of
 * one of the composed lists' classes. */
enum { MEDIUM_NONE, MEDIUM_COMPOSED, MEDIUM_SOFT, MEDIUM_TEMPLATE, MEDIUM_ADVICE };

static int composed_class(const nc_shell_rules *r, int i)
{
    return i >= r->first_advice ? MEDIUM_ADVICE : i >= r->first_soft ? MEDIUM_SOFT
           : i >= r->first_template ? MEDIUM_TEMPLATE : MEDIUM_COMPOSED;
}

/* text starts at offset base of the run's joined text (rb's coordinates).
 * Returns -1 when PCRE2 stopped at its match or depth limit, else 0. */
/* Words of text[from, to) outside [ms, me). */
#define HEADLINE_OWN_WORDS 5

static int words_outside(const char *text, apr_size_t from, apr_size_t to, apr_size_t ms, apr_size_t me)
{
    int words = 0, in_word = 0;
    for (apr_size_t i = from; i < to; i++) {
        int space = text[i] == ' ' || (i >= ms && i < me);
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

static int mark_phrase_matches(const nc_regex *re, const nc_regex *attribution, pcre2_match_data *md,
                               const char *text, apr_size_t len, run_block *rb, int n, apr_size_t base,
                               int medium)
{
    apr_size_t pos = 0, ms, me;
    int rc = 0;
    while (pos < len && (rc = nc_regex_search(re, md, text, len, pos, &ms, &me)) > 0) {
        apr_size_t next = me > ms ? me : ms + 1;
        for (int i = 0; i < n; i++) {
            if (!(rb[i].from < base + me && base + ms < rb[i].to))
                continue;
            apr_size_t at = base + ms > rb[i].from ? base + ms - base : rb[i].from - base;
            apr_size_t block_start = rb[i].from - base;
            if (quoted_at(text + block_start, at - block_start))
                continue;
            apr_size_t block_end = rb[i].to - base, am, ae;
            if (attribution && me < block_end
                && nc_regex_find(attribution, md, text + me, block_end - me, 0, &am, &ae))
                continue;               /* "..., the spokesman said." */
            if (medium && !(rb[i].from <= base + ms && base + me <= rb[i].to)) {
                /* a composed phrase says it in one block; a match that began
                 * in an earlier block ("Página no encontrada" + "La página
                 * que buscabas no existe") may hide one inside this block */
                if (rb[i].from > base + ms && rb[i].from - base < next)
                    next = rb[i].from - base;
                continue;
            }
            /* a headline the <title> holds that goes on past the phrase is
             * the story's ("The page you were looking for doesn't exist: why
             * news sites keep losing their archives"); an error page's
             * title is the phrase */
            if (rb[i].headline && words_outside(text, block_start, block_end, ms, me) >= HEADLINE_OWN_WORDS)
                continue;
            if (medium == MEDIUM_SOFT || medium == MEDIUM_ADVICE)
                rb[i].soft = 1;
            else if (medium)
                rb[i].medium = 1;
            else
                rb[i].strong = 1;
            rb[i].template |= medium == MEDIUM_TEMPLATE || medium == MEDIUM_ADVICE;
        }
        pos = next;
    }
    return rc < 0 ? -1 : 0;
}

/* A window of ASCII text this long or shorter is lowercased once so that
 * each pattern's required literals can be looked for (nc_regex.h). */
#define PREFILTER_MAX_WINDOW 2048

/* Every phrase list over the window of blocks first..last (ending at to).
 * In an ASCII window a pattern none of whose required literals is there is
 * not tried: most windows hold a trigger word and no phrase. */
static void scan_window(const nc_shell_rules *r, pcre2_match_data *md, const char *text,
                        int high, run_block *rb, int first, int last, apr_size_t to)
{
    apr_size_t base = rb[first].from, len = to - base;
    char lowered[PREFILTER_MAX_WINDOW];
    nc_ascii_text ascii;
    int prefilter = len <= sizeof lowered && (!high || nc_ascii_only(text + base, len));
    if (prefilter)
        nc_ascii_text_init(&ascii, lowered, text + base, len);
    for (int i = 0; i < r->phrases->nelts; i++) {
        const nc_regex *re = APR_ARRAY_IDX(r->phrases, i, nc_regex *);
        if ((high || !r->phrase_high[i]) && !(prefilter && nc_regex_cannot_match_ascii(re, &ascii)))
            mark_phrase_matches(re, r->attribution, md, text + base, len, rb + first,
                                last - first + 1, base, 0);
    }
    for (int i = 0; i < r->composed->nelts; i++) {
        const nc_regex *re = APR_ARRAY_IDX(r->composed, i, nc_regex *);
        if ((high || !r->composed_high[i]) && !(prefilter && nc_regex_cannot_match_ascii(re, &ascii)))
            mark_phrase_matches(re, r->attribution, md, text + base, len, rb + first,
                                last - first + 1, base, composed_class(r, i));
    }
}

/* The phrase marks of a block, as four bits. */
enum { MARK_STRONG = 1, MARK_MEDIUM = 2, MARK_SOFT = 4, MARK_TEMPLATE = 8, MARK_BITS = 4 };

static unsigned take_marks(run_block *b)
{
    unsigned m = (b->strong ? MARK_STRONG : 0) | (b->medium ? MARK_MEDIUM : 0)
               | (b->soft ? MARK_SOFT : 0) | (b->template ? MARK_TEMPLATE : 0);
    b->strong = b->medium = b->soft = b->template = 0;
    return m;
}

static void add_marks(run_block *b, unsigned m)
{
    b->strong |= (m & MARK_STRONG) != 0;
    b->medium |= (m & MARK_MEDIUM) != 0;
    b->soft |= (m & MARK_SOFT) != 0;
    b->template |= (m & MARK_TEMPLATE) != 0;
}

/* scan_window, remembered across pages in the verdict cache: a site's
 * furniture ("Report an error", "Page 2 of 5") triggers the same short
 * windows on every page, and a window costs every phrase list, about a
 * fifth of the engine on a small page. The marks depend on the window's
 * text, its blocks' places in it and which of them the <title> holds, so
 * those are the key; it starts with a blank, which no block's text does, so
 * it is never a text_tests key. */
static void scan_window_cached(const nc_shell_rules *r, pcre2_match_data *md,
                               nc_verdict_cache *shared, const char *text, int high,
                               run_block *rb, int first, int last, apr_size_t to)
{
    char key[NC_VERDICT_MAX_TEXT];
    apr_size_t base = rb[first].from, len = to - base, klen = 0;
    int n = last - first + 1;
    unsigned marks = 0;
    if (shared && n * MARK_BITS <= 32 && 2 + 5 * (apr_size_t)n + len <= sizeof key) {
        key[klen++] = ' ';
        key[klen++] = (char)('0' + high);
        for (int i = first; i <= last; i++) {
            apr_size_t f = rb[i].from - base, t = rb[i].to - base;
            key[klen++] = (char)(f >> 8);
            key[klen++] = (char)f;
            key[klen++] = (char)(t >> 8);
            key[klen++] = (char)t;
            key[klen++] = (char)rb[i].headline;     /* mark_phrase_matches reads it */
        }
        memcpy(key + klen, text + base, len);
        klen += len;
        if (nc_verdict_cache_get(shared, key, klen, &marks)) {
            for (int i = first; i <= last; i++)
                add_marks(&rb[i], marks >> ((i - first) * MARK_BITS));
            return;
        }
    }
    unsigned before[2 * TRIGGER_REACH + 1];
    for (int i = first; i <= last; i++)
        before[i - first] = take_marks(&rb[i]);
    scan_window(r, md, text, high, rb, first, last, to);
    for (int i = first; i <= last; i++) {
        marks |= take_marks(&rb[i]) << ((i - first) * MARK_BITS);
        add_marks(&rb[i], before[i - first] | (marks >> ((i - first) * MARK_BITS)));
    }
    if (klen)
        nc_verdict_cache_put(shared, key, klen, marks);
}

/* Scans the phrases only over windows of blocks around trigger words. */
static void mark_triggered_phrases(const nc_shell_rules *r, pcre2_match_data *md,
                                   nc_verdict_cache *shared, const char *text, apr_size_t len,
                                   run_block *rb, int n)
{
    apr_size_t pos = 0, ms, scanned_to = 0;
    int b = 0;
    nc_trigger_scan ts;
    nc_trigger_scan_init(&ts, r, text, len);
    int high = -1;                      /* a byte >= 0x80 in the run: looked at once needed */
    while (pos < len && (ms = nc_next_trigger(&ts, pos)) < len) {
        while (b + 1 < n && rb[b].to < ms)
            b++;
        int first = b - TRIGGER_REACH < 0 ? 0 : b - TRIGGER_REACH;
        int last = b + TRIGGER_REACH >= n ? n - 1 : b + TRIGGER_REACH;
        apr_size_t from = rb[first].from > scanned_to ? rb[first].from : scanned_to;
        apr_size_t to = rb[last].to;
        if (from < to) {
            if (high < 0)
                high = !nc_ascii_only(text, len);
            scan_window_cached(r, md, shared, text, high, rb, first, last, to);
            scanned_to = to;
        }
        pos = to > ms + 1 ? to : ms + 1;
    }
}

/* Weak blocks count only when a chain of shell blocks joins them to strong evidence. */
static int spread_from_strong(run_block *rb, int n)
{
    int any = 0;
    for (int i = 0; i < n; i++)
        any |= rb[i].strong;
    if (!any)
        return 0;
    /* a chain of weak blocks next to a strong one: one sweep each way
     * (a pass until nothing changed took one pass a block of the chain) */
    for (int i = 1; i < n; i++)
        if (!rb[i].strong && rb[i].weak && rb[i - 1].strong)
            rb[i].strong = 1;
    for (int i = n - 2; i >= 0; i--)
        if (!rb[i].strong && rb[i].weak && rb[i + 1].strong)
            rb[i].strong = 1;
    return 1;
}

/* Short blocks between two paragraphs of prose under the same parent are part
 * of that prose ("Not found." as a one-line paragraph of a story), whatever
 * they say: a glued-on shell sits beside the story, not inside its paragraphs. */
/* Is block i a child of parent, or inside a figure, a block quote, a list
 * or a table that is (a caption "The page residents saw: Error 503, Guru
 * Meditation.", a list or a table of what "404 Not Found" and "410 Gone"
 * mean, is part of the story around it)? Whatever a figure or a block
 * quote holds is theirs, however it is wrapped inside them (a screenshot
 * of an nginx 404 rebuilt in a <div> over the figure's caption). */
static int part_of(const nc_docmodel *m, int i, int parent)
{
    static const char *const within[] = {
        "figure", "blockquote", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", NULL
    };
    int wrapped = 0;        /* an element of another tag since the last figure or quote */
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        if (a == parent)
            return !wrapped;
        const char *tag = APR_ARRAY_IDX(m->blocks, a, nc_block).tag;
        int k = 0;
        while (within[k] && strcmp(tag, within[k]) != 0)
            k++;
        if (k < 2)
            wrapped = 0;
        else if (!within[k])
            wrapped = 1;
    }
    return 0;
}

static int inside_prose(const nc_docmodel *m, const int *idx, int n, int before, int after)
{
    if (before < 0 || after < 0)
        return 0;
    int parent = APR_ARRAY_IDX(m->blocks, before, nc_block).parent;
    if (parent < 0 || APR_ARRAY_IDX(m->blocks, after, nc_block).parent != parent)
        return 0;
    for (int i = 0; i < n; i++)
        if (!part_of(m, idx[i], parent))
            return 0;
    return 1;
}

/* A compositional phrase is strong when something backs it: a shell-ish
 * neighbour in the run (a code, "Oops!", another such phrase), an apology that
 * opens its own block ("Vaya, parece que esta página ya no está disponible")
 * or the next block of its box, or an error-named wrapper. Never in the page's headline. */
/* Two blocks away in the same box ("Üzgünüz!" over the local sentence over
 * "This content is not available in your region."). */
static int backed_in_box(const nc_docmodel *m, const run_block *rb, int n, int i, int dir)
{
    int j = i + 2 * dir, parent = APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).parent;
    if (j < 0 || j >= n || parent < 0)
        return 0;
    if (APR_ARRAY_IDX(m->blocks, rb[i + dir].index, nc_block).parent != parent
        || APR_ARRAY_IDX(m->blocks, rb[j].index, nc_block).parent != parent)
        return 0;
    return rb[j].strong || rb[j].weak || rb[j].medium;
}

static int is_tag(const nc_block *b, const char *tag)
{
    return nc_tag_is(b->tag, tag);
}

/* Where a code named inside a block may back its phrase: a short block of
 * sentences in the page's body, not a teaser's line ("Ministry page
 * removed after error 500" in a related list: a list item, furniture, or
 * no sentence end anywhere). */
static int coded_sentence(const nc_block *b)
{
    if (b->words > SHELL_MAX_BLOCK_WORDS || b->boilerplate || is_tag(b, "li")
        || b->role == NC_ROLE_HEADING)
        return 0;
    if (ends_sentence(b))
        return 1;
    for (apr_size_t k = 0; k + 1 < b->text_len; k++)
        if ((b->text[k] == '.' || b->text[k] == '!' || b->text[k] == '?') && b->text[k + 1] == ' ')
            return 1;
    return memmem(b->text, b->text_len, "\xe3\x80\x82", 3) != NULL;    /* 。 */
}

/* Does neighbour j back block i's medium evidence? Two blocks the model
 * reads as a shell's back each other: a rate limiter's "Slow down, please"
 * over its "You sent too many requests". The guards on model evidence
 * (mark_run: no furniture, list items or headline; back_medium: a title
 * backed from below) keep a site's own lines out of it. */
static int backs(const run_block *j, const run_block *i)
{
    return j->strong || j->weak || j->medium || (j->model && (i->medium || i->model));
}

/* An <h1> that is the headline only by being the page's <h1> (the <title>
 * does not hold it), right over a shell block of its own box, in a box
 * that holds no paragraph of a story: the title of a page that is only a
 * shell ("Este conteúdo não está mais disponível" over "A reportagem que
 * você tentou acessar foi removida..."), which a phrase in it may say. A
 * story's headline has its paragraphs in its box, or sits in a header
 * or article of the page. */
static int page_level(const nc_block *c);

static int titles_its_shell(const nc_docmodel *m, const run_block *rb, int n, int i, const nc_head *title)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
    if (i + 1 >= n || !rb[i + 1].strong || b->parent < 0 || in_title(title, b)
        || APR_ARRAY_IDX(m->blocks, rb[i + 1].index, nc_block).parent != b->parent)
        return 0;
    const nc_block *box = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    if (page_level(box) || is_tag(box, "header"))
        return 0;
    for (int j = b->parent + 1; j <= box->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).words > SHELL_MAX_BLOCK_WORDS)
            return 0;
    return 1;
}

/* Does block i's parent hold a paragraph of a story (more than 30 words,
 * not furniture)? The model's word on a block there is no evidence alone:
 * it has learned how shells read in some languages only from the shell
 * catalog's sentences, so in a language the corpus has no story text of,
 * any short sentence can read as a shell's (a Hebrew or Persian story's
 * last paragraph over the page's 404 box, its first two paragraphs each
 * backing the other). */
static int in_story_box(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    for (int j = parent + 1, last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->parent == parent && b->words > SHELL_MAX_BLOCK_WORDS && !b->boilerplate
            && b->role != NC_ROLE_TITLE && strcmp(b->tag, NC_RUN_TAG) != 0)
            return 1;
    }
    return 0;
}

/* In a story's box, only a neighbour of the same box with evidence of its
 * own (no model word) backs the model's word on a block. */
static int backs_in_story_box(const nc_docmodel *m, const run_block *j, const run_block *i)
{
    return APR_ARRAY_IDX(m->blocks, j->index, nc_block).parent == APR_ARRAY_IDX(m->blocks, i->index, nc_block).parent
           && (j->strong || j->weak || j->medium);
}

/* Does the page's <title>, up to its site's name (" – Berita Bandung",
 * " | Site"), say the page is an error: a catalog sentence ("Halaman tidak
 * ditemukan", WordPress's "Page not found" in its translators' words) or a
 * status line? Then its <h1> with a shell's phrase in it ("Ups! Halaman
 * itu tidak dapat ditemukan." in a theme's <header class="page-header">)
 * titles that error, not a story: a story's <title> holds its headline. */
#define HEAD_SHELL_MAX 160

static int head_says_error(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title)
{
    if (!title)
        return 0;
    const char *t = title->text, *cut = NULL;
    static const char *const separators[] = { " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " - ", " :: ", " \xC2\xBB " };
    for (size_t k = 0; k < sizeof separators / sizeof *separators; k++) {
        const char *s = strstr(t, separators[k]);
        if (s && (!cut || s < cut))
            cut = s;
    }
    apr_size_t len = cut ? (apr_size_t)(cut - t) : strlen(t);
    if (len == 0 || len > HEAD_SHELL_MAX)
        return 0;
    return nc_catalog_says_error(r->catalog, t, len)
           || nc_shell_rules_strong_title(r, md, t, len);
}

static void back_medium(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                        run_block *rb, int n, const nc_head *title)
{
    int head_error = -1;                    /* head_says_error, on first need */
    for (int i = 0; i < n; i++) {
        if (!(rb[i].medium || rb[i].soft || rb[i].model) || rb[i].strong)
            continue;
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        apr_size_t ms, me;
        if (is_headline(title, b) && !titles_its_shell(m, rb, n, i, title)) {
            if (head_error < 0)
                head_error = head_says_error(r, md, title);
            if (!(head_error && rb[i].medium && !in_title(title, b)))
                continue;
        }
        /* a line the model alone likes that is no sentence is a title: an
         * error page's heads its own text, so only what follows it backs
         * it; a story's headline right under a shell is backed from above */
        int model_only = rb[i].model && !rb[i].medium && !rb[i].soft;
        int title_only = model_only && !ends_sentence(b);
        if (model_only && in_story_box(m, rb[i].index)) {
            if ((i > 0 && !title_only && backs_in_story_box(m, &rb[i - 1], &rb[i]))
                || (i + 1 < n && backs_in_story_box(m, &rb[i + 1], &rb[i])))
                rb[i].medium = 2;
            continue;
        }
        int backed = (i > 0 && !title_only && backs(&rb[i - 1], &rb[i]))
                     || (i + 1 < n && backs(&rb[i + 1], &rb[i]))
                     || (!title_only && backed_in_box(m, rb, n, i, -1)) || backed_in_box(m, rb, n, i, 1)
                     || rb[i].lines_back
                     || nc_regex_find(r->apology, md, b->text, b->text_len, 0, &ms, &me)
                     || nc_regex_find(r->coded_lead, md, b->text, b->text_len, 0, &ms, &me)
                     /* an error-named box backs a phrase, not the model's
                      * word: a site's "¿Has visto un error? Avísanos" line
                      * is <p class="fe-de-errores"> */
                     || (!model_only && error_container_of(m, rb[i].index) >= 0)
                     /* the template names the block itself an error
                      * (<h2 class="error-title">), or the block names its
                      * status code ("Foutcode 410.", "(410)") */
                     || (!model_only && nc_block_names_error(m, rb[i].index))
                     || (coded_sentence(b)
                         && nc_regex_find(r->coded_mention, md, b->text, b->text_len, 0, &ms, &me));
        if (!backed && (rb[i].medium || rb[i].model) && i + 1 < n) {
            /* the apology opens the next block of the same box: a site
             * builder's title over its excuse (Wix's "This page isn't
             * available." over "Sorry about that. Try going back to the
             * homepage.") */
            const nc_block *nb = &APR_ARRAY_IDX(m->blocks, rb[i + 1].index, nc_block);
            backed = b->parent >= 0 && nb->parent == b->parent && !is_tag(b, "li")
                     && nc_regex_find(r->apology, md, nb->text, nb->text_len, 0, &ms, &me);
        }
        if (backed && (rb[i].medium || rb[i].model))
            rb[i].medium = 2;
        else if (backed)
            rb[i].soft = 2;
    }
    for (int i = 0; i < n; i++)
        if (rb[i].medium == 2 || rb[i].soft == 2)
            rb[i].strong = 1;
}

/* An unmarked sentence of some length that ends with a colon introduces
 * what follows it: a story's "Users saw a single line:" over the line it
 * quotes ("Sayfa bulunamadı.", an API's JSON error body). What follows it
 * under the same parent is the story's quotation, whatever comes after.
 * An error page's own labels ("Requested URL:", "If you are the owner of
 * this website:") are shorter; its longer ones are in the catalog
 * ("The following error was encountered while trying to retrieve the
 * URL:"), so they are shell blocks, not the region's edge. */
#define QUOTE_INTRO_MIN_WORDS 9

static int introduces_quote(const nc_block *b)
{
    if (b->verdict != NC_KEEP || b->words < QUOTE_INTRO_MIN_WORDS || b->words > SHELL_MAX_BLOCK_WORDS)
        return 0;
    const char *t = b->text;
    apr_size_t n = b->text_len;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return n > 0 && (t[n - 1] == ':' || (n >= 3 && (unsigned char)t[n - 3] == 0xEF
                                        && (unsigned char)t[n - 2] == 0xBC && (unsigned char)t[n - 1] == 0x9A));
}

/* The next region of adjacent strong blocks at or after *a, as [*a, *z]; 0
 * when none is left. The rules below judge a region as a whole. */
static int next_strong_region(const run_block *rb, int n, int *a, int *z)
{
    int i = *a;
    while (i < n && !rb[i].strong)
        i++;
    if (i >= n)
        return 0;
    *a = *z = i;
    while (*z + 1 < n && rb[*z + 1].strong)
        (*z)++;
    return 1;
}

/* The run-level rule below, per region: shell blocks with article prose right
 * before and right after them under the same parent ("Error 404." as a
 * one-line paragraph between two sentences of a story) are part of it. */
/* The run's blocks from i to its end, the page ending there, are all short
 * sentences in the shell's own words ("しばらく時間をおいてから再度アクセスして
 * ください。" under "503 Service Unavailable"): the error page's tail, not
 * the story going on after a status line it quoted. */
static int shell_worded_tail(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                             const run_block *rb, int i, int n, int prose_after)
{
    if (prose_after >= 0 || i >= n)
        return 0;
    for (; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        if (b->words > SHELL_MAX_BLOCK_WORDS || !says_shell_words(r, md, b))
            return 0;
    }
    return 1;
}

static void drop_regions_inside_prose(const nc_shell_rules *r, pcre2_match_data *md,
                                      const nc_docmodel *m, run_block *rb, int n,
                                      int prose_before, int prose_after)
{
    for (int a = 0, z; next_strong_region(rb, n, &a, &z); a = z + 1) {
        int before = a > 0 ? rb[a - 1].index : prose_before;
        int after = z + 1 < n ? rb[z + 1].index : prose_after;
        if (before < 0 || shell_worded_tail(r, md, m, rb, z + 1, n, prose_after))
            continue;
        const nc_block *bb = &APR_ARRAY_IDX(m->blocks, before, nc_block);
        if (after < 0) {        /* the page ends: only a quotation's introduction keeps it */
            if (!introduces_quote(bb))
                continue;
            after = before;
        }
        const nc_block *ab = &APR_ARRAY_IDX(m->blocks, after, nc_block);
        int parent = bb->parent, same = parent >= 0 && ab->parent == parent;
        for (int i = a; i <= z && same; i++)
            same = part_of(m, rb[i].index, parent);
        if (!m->is_html && parent < 0 && ab->parent < 0) {
            same = 1;           /* text/plain has no containers: its lines all sit at the top */
            for (int i = a; i <= z && same; i++)
                same = APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).parent < 0;
        }
        if (same && ((article_prose(bb) && (article_prose(ab) || introduces_quote(ab))) || introduces_quote(bb)))
            for (int i = a; i <= z; i++)
                rb[i].strong = 0;
    }
}

/* A table of status codes: the story's reference ("404 | Not Found |
 * Pagina non trovata", "503 | Service Unavailable | ..." row after row in
 * an explainer), not an error page, which states one code. A table whose
 * cells open with three or more different codes (100-599) is one; its
 * cells are no evidence, wherever the table sits in the story. */
#define CODE_TABLE_MIN_CODES 3
#define CODE_TABLE_MAX_CELLS 400

static int cell_code(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t n = b->text_len, k = 0;
    while (k < n && t[k] == ' ')
        k++;
    if (n - k < 3 || t[k] < '1' || t[k] > '5' || t[k + 1] < '0' || t[k + 1] > '9'
        || t[k + 2] < '0' || t[k + 2] > '9' || (k + 3 < n && t[k + 3] != ' '))
        return 0;
    return (t[k] - '0') * 100 + (t[k + 1] - '0') * 10 + (t[k + 2] - '0');
}

static int in_code_table(const nc_docmodel *m, int i)
{
    int t = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    while (t >= 0 && strcmp(APR_ARRAY_IDX(m->blocks, t, nc_block).tag, "table") != 0) {
        const char *tag = APR_ARRAY_IDX(m->blocks, t, nc_block).tag;
        if (strcmp(tag, "tr") != 0 && strcmp(tag, "tbody") != 0 && strcmp(tag, "thead") != 0
            && strcmp(tag, "tfoot") != 0)
            return 0;
        t = APR_ARRAY_IDX(m->blocks, t, nc_block).parent;
    }
    if (t < 0)
        return 0;
    int codes[CODE_TABLE_MIN_CODES], found = 0;
    int last = APR_ARRAY_IDX(m->blocks, t, nc_block).last_desc;
    for (int j = t + 1; j <= last && j <= t + CODE_TABLE_MAX_CELLS && found < CODE_TABLE_MIN_CODES; j++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        int code = (strcmp(c->tag, "td") == 0 || strcmp(c->tag, "th") == 0) ? cell_code(c) : 0;
        int seen = 0;
        for (int k = 0; k < found; k++)
            seen |= codes[k] == code;
        if (code && !seen)
            codes[found++] = code;
    }
    return found >= CODE_TABLE_MIN_CODES;
}

/* A quotation that opens or closes the story: shell blocks wholly inside
 * one block quote right over the story's prose under the quote's own
 * parent ("Page not found. Sorry, the page you are looking for does not
 * exist." quoted above "That was all that thousands of Floridians saw on
 * Monday..."), with nothing shell-ish right before them; or right under
 * it, the quote last in that parent, with nothing shell-ish after them. A
 * shell's own block quote is named for the error (Squid's <blockquote
 * id="error">) or sits among the shell's other lines, not beside a
 * story's paragraph in the story's box. */
static int enclosing_quote(const nc_docmodel *m, int i)
{
    return nc_doc_tag_around(m, APR_ARRAY_IDX(m->blocks, i, nc_block).parent, "blockquote");
}

static int shellish(const run_block *x)
{
    return x->strong || x->weak || x->medium || x->model;
}

static void keep_story_quotes(const nc_docmodel *m, run_block *rb, int n, int prose_before, int prose_after)
{
    for (int a = 0, z; next_strong_region(rb, n, &a, &z); a = z + 1) {
        int q = enclosing_quote(m, rb[a].index);
        if (q < 0 || nc_block_names_error(m, q))
            continue;
        const nc_block *qb = &APR_ARRAY_IDX(m->blocks, q, nc_block);
        int within = 1;
        for (int i = a; i <= z && within; i++)
            within = rb[i].index > q && rb[i].index <= qb->last_desc;
        if (!within || qb->parent < 0)
            continue;
        int before = a > 0 ? rb[a - 1].index : prose_before, after = z + 1 < n ? rb[z + 1].index : prose_after;
        const nc_block *bb = before >= 0 ? &APR_ARRAY_IDX(m->blocks, before, nc_block) : NULL;
        const nc_block *ab = after >= 0 ? &APR_ARRAY_IDX(m->blocks, after, nc_block) : NULL;
        int opens = ab && ab->parent == qb->parent && article_prose(ab) && !(a > 0 && shellish(&rb[a - 1]));
        int closes = bb && bb->parent == qb->parent && article_prose(bb) && !(z + 1 < n && shellish(&rb[z + 1]))
                     && qb->last_desc == APR_ARRAY_IDX(m->blocks, qb->parent, nc_block).last_desc;
        if (opens || closes)
            for (int i = a; i <= z; i++)
                rb[i].strong = 0;
    }
}

/* Block i's previous sibling (the child of i's parent that ends right
 * before i), or -1 when i is its parent's first child. */
static int previous_sibling(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, p = i - 1;
    if (p == parent)
        return -1;
    while (p >= 0 && APR_ARRAY_IDX(m->blocks, p, nc_block).parent != parent)
        p = APR_ARRAY_IDX(m->blocks, p, nc_block).parent;
    return p;
}

/* A quote of the story's own: a <blockquote> named for no error, with a
 * prose paragraph of the story beside it under the same parent, either
 * right before it or right after it (keep_story_quotes reads the same in
 * a run; this is the last word over every test, the shapes' too). */
static int story_quote(const nc_docmodel *m, int q)
{
    const nc_block *qb = &APR_ARRAY_IDX(m->blocks, q, nc_block);
    if (qb->parent < 0 || nc_block_names_error(m, q)
        || APR_ARRAY_IDX(m->blocks, qb->parent, nc_block).verdict != NC_KEEP)
        return 0;
    int before = previous_sibling(m, q), after = -1;
    if (qb->last_desc + 1 < m->blocks->nelts
        && APR_ARRAY_IDX(m->blocks, qb->last_desc + 1, nc_block).parent == qb->parent)
        after = qb->last_desc + 1;
    for (int k = 0; k < 2; k++) {
        int s = k ? after : before;
        if (s >= 0 && APR_ARRAY_IDX(m->blocks, s, nc_block).verdict == NC_KEEP
            && APR_ARRAY_IDX(m->blocks, s, nc_block).words > SHELL_MAX_BLOCK_WORDS)
            return 1;
    }
    return 0;
}

int nc_shells_spare_story_quotes(nc_docmodel *m)
{
    int given = 0;
    for (int q = 0; q < m->blocks->nelts; q++) {
        const nc_block *qb = &APR_ARRAY_IDX(m->blocks, q, nc_block);
        if (!nc_tag_is(qb->tag, "blockquote"))
            continue;
        int marked = 0;
        for (int j = q; j <= qb->last_desc && !marked; j++)
            marked = APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL;
        if (!marked || !story_quote(m, q))
            continue;
        for (int j = q; j <= qb->last_desc; j++) {
            nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (b->verdict == NC_SHELL) {
                b->verdict = NC_KEEP;
                given++;
            }
        }
        q = qb->last_desc;
    }
    return given;
}

/* "Error 503 first byte timeout" over "first byte timeout": Varnish's and
 * many servers' error title is the code and its reason, and the next line
 * repeats the reason, whatever words it is in. */
static int status_line_over_reason(const nc_block *title, const nc_block *next)
{
    const char *t = title->text, *end = t + title->text_len;
    if (title->words > 10 || next->words > 8 || next->text_len < 3)
        return 0;
    while (t < end && !nc_ascii_letter((unsigned char)*t) && !(*t >= '0' && *t <= '9'))
        t++;
    if (end - t > 5 && (!strncasecmp(t, "error ", 6) || !strncasecmp(t, "http ", 5)))
        t += t[0] == 'h' || t[0] == 'H' ? 5 : 6;
    if (end - t < 5 || (t[0] != '4' && t[0] != '5') || !(t[1] >= '0' && t[1] <= '9')
        || !(t[2] >= '0' && t[2] <= '9') || (t[3] >= '0' && t[3] <= '9'))
        return 0;
    t += 3;
    while (t < end && !nc_ascii_letter((unsigned char)*t) && (unsigned char)*t < 0x80)
        t++;
    const char *n = next->text, *nend = n + next->text_len;
    while (nend > n && (nend[-1] == '.' || nend[-1] == ' ' || nend[-1] == '!'))
        nend--;
    while (end > t && (end[-1] == '.' || end[-1] == ' ' || end[-1] == '!'))
        end--;
    return end - t == nend - n && end > t && strncasecmp(t, n, (size_t)(end - t)) == 0;
}

static int absorbable(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title,
                      const nc_block *b);

/* A few short lines between two shell blocks of one run ("Guru Mediation:",
 * "Details: cache-ams21058-AMS 1732616093", "Type Status Report") are that
 * shell's: a story does not put three one-liners between two error titles. */
#define SHELL_GAP_MAX_BLOCKS 3

/* The <body> block i is in, or -1. */
static int body_of(const nc_docmodel *m, int i)
{
    for (; i >= 0; i = APR_ARRAY_IDX(m->blocks, i, nc_block).parent)
        if (is_tag(&APR_ARRAY_IDX(m->blocks, i, nc_block), "body"))
            return i;
    return -1;
}

static void fill_gaps(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                      run_block *rb, int n, const nc_head *title)
{
    for (int i = 0; i < n; i++) {
        if (!rb[i].strong || i + 1 >= n || rb[i + 1].strong)
            continue;
        int k = i + 1;
        while (k < n && !rb[k].strong && k - i <= SHELL_GAP_MAX_BLOCKS)
            k++;
        if (k >= n || !rb[k].strong)
            continue;
        /* a wrapper whose own stray text is shell-ish does not hold its
         * children in a gap: they are inside it, not between two shell lines */
        int ok = rb[i + 1].index > APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).last_desc;
        /* nor does a page's end: a shell in its body and another glued after
         * its </body> (an error line, a JSON body) hold the footer between */
        ok = ok && body_of(m, rb[i].index) == body_of(m, rb[k].index);
        for (int j = i + 1; j < k && ok; j++)
            ok = absorbable(r, md, title, &APR_ARRAY_IDX(m->blocks, rb[j].index, nc_block));
        for (int j = i + 1; j < k && ok; j++)
            rb[j].strong = 1;
    }
}

/* extra_off[i]: the operator's pattern i hit PCRE2's limit earlier on this
 * page and is not tried again on it (hostile fixture regex.html: 2,000 runs
 * of "aaa...ab" against "^(a+)+$" cost every run the whole match limit). */
/* What the whole-block tests said of a short text. A page repeats its
 * short texts (a menu in the header and again in the footer, "Read more"
 * under every teaser), and these tests read the text alone, so each
 * distinct text is tested once a page, and once a process when a verdict
 * cache is shared across pages (a site's furniture). */
enum { TEXT_STRONG = 1, TEXT_WEAK = 2, TEXT_CATALOG = 4, TEXT_MODEL = 8 };

/* The learned model (shell_model.c) is asked about blocks of a few words
 * up: a shorter one ("Search", "Zurück") is navigation as often as not.
 * Its log-odds must reach 2 (about 88%): leaving each held-out set out of
 * its training, that still found two thirds of the set's shell blocks and
 * called under 2% of the rest shell-like, which the run's structure then
 * keeps (medium evidence; docs/cleaning.md, "The learned model"). */
#define MODEL_MIN_WORDS 3
/* ... and only on a page with a story of its own: a short brief that
 * quotes what an outage page said is all short blocks, and the model's
 * word must never make a page a soft error. */
#define MODEL_MIN_STORY 2
/* ... and not on a page of program source and its documentation (an API
 * reference, a manual's examples: three blocks of source, source_code):
 * the model learned how news pages and their shells are worded, and there
 * it reads a stability note ("This is a nightly-only experimental API.")
 * or a method's one-line summary as a notice. A news explainer quoting
 * code shows a sample or two; a shell glued to a story holds none. */
#define MODEL_MAX_SOURCE 3
#define MODEL_MEDIUM (2 * NC_SHELL_MODEL_SCALE)

/* 16 bytes; texts over 64 KB are not kept (a page repeats short texts). */
typedef struct text_verdict {
    const char  *text;           /* NULL: empty slot */
    apr_uint32_t hash;
    apr_uint16_t len;
    apr_uint16_t flags;          /* TEXT_* */
} text_verdict;

typedef struct text_memo {
    text_verdict *slots;
    apr_size_t mask;
    apr_size_t free;             /* slots left before the table stops taking more */
    nc_verdict_cache *shared;    /* across pages; may be NULL */
} text_memo;

#define TEXT_MEMO_MAX_SLOTS 1024

/* Sized for the blocks a run can hold (short ones, by words): the page's
 * long paragraphs are never looked up, and a table for every block (4 KB
 * at 68 blocks) took the stage pool past its first 8 KB block. A full
 * table only stops remembering: a text is then tested again. */
static void text_memo_init(text_memo *t, apr_pool_t *p, const nc_docmodel *m, nc_verdict_cache *shared)
{
    t->shared = shared;
    apr_size_t size = 16, short_blocks = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        short_blocks += b->text_len > 0 && b->words <= SHELL_MAX_BLOCK_WORDS;
    }
    while (size < 2 * short_blocks && size < TEXT_MEMO_MAX_SLOTS)
        size <<= 1;
    t->slots = apr_pcalloc(p, size * sizeof *t->slots);
    t->mask = size - 1;
    t->free = size - size / 4;
}

/* The length and a few bytes spread over the text: short texts differ in
 * them, and a hit is confirmed with memcmp. */
static apr_uint32_t text_hash(const char *s, apr_size_t n)
{
    apr_uint32_t h = (apr_uint32_t)n * 2654435761u;
    for (apr_size_t i = 0, step = n / 8 + 1; i < n; i += step)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ^ (unsigned char)s[n - 1];
}

/* The slot for s: its entry, or the empty slot it would take; NULL when the
 * table is full and s is not in it. */
static text_verdict *text_memo_slot(const text_memo *t, const char *s, apr_size_t n, apr_uint32_t h)
{
    for (apr_size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        text_verdict *v = &t->slots[i];
        if (!v->text)
            return t->free ? v : NULL;
        if (v->hash == h && v->len == n && memcmp(v->text, s, n) == 0)
            return v;
    }
}

static unsigned text_tests(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                           const nc_block *b)
{
    apr_size_t ms, me;
    text_verdict *v = NULL;
    apr_uint32_t h = 0;
    if (b->text_len > 0 && b->text_len <= 0xffff) {
        h = text_hash(b->text, b->text_len);
        v = text_memo_slot(memo, b->text, b->text_len, h);
        if (v && v->text)
            return v->flags;
    }
    unsigned f = 0;
    if (nc_verdict_cache_get(memo->shared, b->text, b->text_len, &f))
        goto known;
    /* whole-block tokens are a few words: a longer block needs no match
     * (ten: Spanish spells a 504 "504 Tiempo de espera de la puerta de
     * enlace agotado", nine words) */
    if (b->words <= STRONG_TITLE_MAX_WORDS && nc_shell_rules_strong_title(r, md, b->text, b->text_len))
        f |= TEXT_STRONG;
    if (b->words <= WEAK_TOKEN_MAX_WORDS
        && (nc_regex_find(r->weak_token, md, b->text, b->text_len, 0, &ms, &me)
            || (nc_slash_digit(b->text, b->text_len)
                && nc_regex_find(r->server_signature, md, b->text, b->text_len, 0, &ms, &me))
            || (b->words <= BARE_SIGNATURE_MAX_WORDS
                && nc_regex_find(r->bare_signature, md, b->text, b->text_len, 0, &ms, &me))))
        f |= TEXT_WEAK;
    if (!(f & TEXT_STRONG) && nc_catalog_says_error(r->catalog, b->text, b->text_len))
        f |= TEXT_CATALOG;
    if (!(f & (TEXT_STRONG | TEXT_CATALOG)) && b->words >= MODEL_MIN_WORDS
        && b->words <= SHELL_MAX_BLOCK_WORDS
        && nc_shell_model_score(b->text, b->text_len) >= MODEL_MEDIUM
        && nc_shell_model_knows_script(b->text, b->text_len))
        f |= TEXT_MODEL;
    nc_verdict_cache_put(memo->shared, b->text, b->text_len, f);
known:
    if (v) {
        *v = (text_verdict){ b->text, h, (apr_uint16_t)b->text_len, (apr_uint16_t)f };
        memo->free--;
    }
    return f;
}

/* Does b open with a reason phrase as a sentence and go on, if at all, in
 * a shell's words ("Wewnętrzny błąd serwera. Przepraszamy za
 * utrudnienia.")? A story's "Internal server error. That was all the
 * message said." goes on in its own. */
static int reason_leads(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me, vs, ve;
    if (!nc_regex_find(r->status_reason_lead, md, b->text, b->text_len, 0, &ms, &me))
        return 0;
    const char *rest = b->text + me;
    apr_size_t n = b->text_len - me;
    while (n && (*rest == ' ' || *rest == '\n' || *rest == '\t'))
        rest++, n--;
    return n == 0 || nc_regex_find(r->vocabulary, md, rest, n, 0, &vs, &ve);
}

/* A short block of <br> lines ("Ошибка 403<br>Доступ запрещён<br>Извините,
 * у вас нет прав для просмотра этой страницы."): its text runs the lines
 * together, so no whole-block token and no apology at its start is seen.
 * Its lines are read as a run of their own: a line that is a strong title
 * or a catalog sentence makes the block strong, so does a code over its
 * reason on the next line; a weak line ("Oops!", "Error 404") or a later
 * line that opens with an apology backs a phrase in the block as a
 * neighbour in the run would. */
static void read_lines(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                       const nc_block *b, run_block *rb)
{
    int n = b->nlines + 1;
    nc_block line[NC_MAX_LINE_STARTS + 1];
    unsigned f[NC_MAX_LINE_STARTS + 1];
    apr_size_t ms, me;
    for (int k = 0; k < n; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k + 1 < n ? b->line_starts[k] : b->text_len;
        while (to > from && b->text[to - 1] == ' ')
            to--;
        memset(&line[k], 0, sizeof line[k]);
        line[k].text = b->text + from;
        line[k].text_len = to - from;
        for (apr_size_t c = from; c < to; c++)
            line[k].words += c == from || b->text[c - 1] == ' ';
        f[k] = to > from ? text_tests(r, md, memo, &line[k]) : 0;
    }
    for (int k = 0; k < n; k++) {
        const nc_block *l = &line[k];
        if (f[k] & (TEXT_STRONG | TEXT_CATALOG))
            rb->strong = 1;
        if ((f[k] & TEXT_WEAK)
            || (k > 0 && l->text_len
                && (nc_regex_find(r->apology, md, l->text, l->text_len, 0, &ms, &me)
                    || nc_regex_find(r->coded_lead, md, l->text, l->text_len, 0, &ms, &me))))
            rb->lines_back = 1;
        if (k + 1 < n && (f[k] & TEXT_WEAK) && l->words <= 3) {
            const nc_block *next = &line[k + 1];
            int code = nc_regex_find(r->status_code, md, l->text, l->text_len, 0, &ms, &me);
            int reason = nc_regex_find(r->status_reason, md, l->text, l->text_len, 0, &ms, &me);
            if ((code && next->text_len
                 && (nc_regex_find(r->status_reason, md, next->text, next->text_len, 0, &ms, &me)
                     || (next->words <= SHELL_MAX_BLOCK_WORDS && reason_leads(r, md, next))))
                || (reason && next->text_len
                    && nc_regex_find(r->status_code, md, next->text, next->text_len, 0, &ms, &me)))
                rb->strong = 1;
        }
        if (k + 1 < n && status_line_over_reason(l, &line[k + 1]))
            rb->strong = 1;
    }
}

/* A block of short lines that runs past SHELL_MAX_BLOCK_WORDS only because
 * its lines run together: a shell glued in as bare text or <br> lines
 * ("404 / Oops! Page not found / The page you requested could not be
 * found. / It may have been moved, renamed or deleted. / Back to the
 * homepage / Error 404 - Request ID: ..."). Each line is a title, a button
 * or one sentence; a hard-wrapped paragraph's lines end mid-sentence (a
 * long line that ends no sentence, or a line the next one goes on in
 * lower case: Apache's "This server could not verify that you / are
 * authorized to access the document / requested."), and a line of prose
 * length is a paragraph's. Such a block is weighed line by
 * line (read_lines) like a short one; otherwise it stays article text. */
#define LINED_MAX_WORDS 60          /* the whole block: a notice, not a story */
#define LINED_LINE_MAX_WORDS 20
#define LINED_LINE_MAX_BYTES 180    /* a line of CJK counts one word a space */
#define LINED_LABEL_MAX_WORDS 8     /* a title, button or code line ends no sentence */

/* Is a line past LINED_LINE_MAX_BYTES a paragraph's? A line of Latin or
 * Cyrillic that long is; so is one of CJK (60 ideographs, some 30 words).
 * Thai takes three bytes a letter and four letters a word: its 62-letter
 * "หน้าเว็บที่คุณเรียกอาจถูกลบ ย้ายไปที่อื่น หรือพิมพ์ที่อยู่ไม่ถูกต้อง" is
 * 186 bytes but some 16 words, one sentence of a shell's. Such a line is
 * weighed by its words as doc.c counts them. */
static int lined_line_too_long(const nc_block *line)
{
    if (line->text_len <= LINED_LINE_MAX_BYTES)
        return 0;
    int weighed = nc_weighed_words(line->text, line->text_len, line->words);
    return weighed == line->words || weighed > LINED_LINE_MAX_WORDS;
}

/* Does a line open with a label ("Mohlo by vás zajímat: …", "Читайте
 * также: …", "Veja também: …"): a shell's "you may also like" line over
 * the links it lists, which ends no sentence but goes on no paragraph
 * either? The label's shape is the error report's (error_traces.c). */
static int label_led_line(const nc_block *line)
{
    int bare;
    apr_uint32_t hash;
    return nc_traces_field_labels(line->text, line->text_len, NULL, 0, &bare, &hash, 1) > 0 && !bare;
}

/* Does text start with a lower-case letter: ASCII, Latin-1, Latin
 * Extended-A (its lower case are the odd code points but for the few
 * runs that pair the other way, near enough here), Greek or Cyrillic? */
static int starts_lower(const char *t, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    if (n == 0)
        return 0;
    if (u[0] < 0x80)
        return u[0] >= 'a' && u[0] <= 'z';
    if (n < 2 || (u[0] & 0xE0) != 0xC0)
        return 0;
    unsigned c = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    return (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x100 && c <= 0x17F && (c & 1))
           || (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}

static int short_lines(const nc_block *b)
{
    if (b->nlines < 2 || b->nlines >= NC_MAX_LINE_STARTS || b->words <= SHELL_MAX_BLOCK_WORDS
        || b->words > LINED_MAX_WORDS)
        return 0;
    for (int k = 0; k <= b->nlines; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k < b->nlines ? b->line_starts[k] : b->text_len;
        while (to > from && b->text[to - 1] == ' ')
            to--;
        nc_block line;
        memset(&line, 0, sizeof line);
        line.text = b->text + from;
        line.text_len = (apr_uint32_t)(to - from);
        for (apr_size_t c = from; c < to; c++)
            line.words += c == from || b->text[c - 1] == ' ';
        if (line.words > LINED_LINE_MAX_WORDS || lined_line_too_long(&line)
            || (line.words > LINED_LABEL_MAX_WORDS && !ends_sentence(&line) && !label_led_line(&line))
            || (k > 0 && starts_lower(line.text, line.text_len)))
            return 0;
    }
    return 1;
}

/* A code sample the story shows (an HTTP response in a <pre> between the
 * explainer's paragraphs: "HTTP/1.1 451 Unavailable For Legal Reasons" and
 * its body) is a quotation: a <pre> or <code> block that shares its parent
 * with a long paragraph is no evidence, whatever it says, as a trace or a
 * JSON body beside prose is none (beside_prose). A shell's own <pre> sits
 * in the error document or a box of its own, beside its loose text at most
 * (CloudFront's "Generated by cloudfront" under "Request blocked..."). */
static int beside_paragraph(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    for (int j = parent + 1, last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j != i && b->parent == parent && b->words > SHELL_MAX_BLOCK_WORDS && strcmp(b->tag, NC_RUN_TAG) != 0)
            return 1;
    }
    return 0;
}

static void spare_code_samples(const nc_docmodel *m, run_block *rb, int n, const char *trace_blocks,
                               char *weak_blocks)
{
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        if ((rb[i].strong || rb[i].medium || rb[i].soft || rb[i].weak) && !trace_blocks[rb[i].index]
            && (is_tag(b, "pre") || is_tag(b, "code")) && beside_paragraph(m, rb[i].index))
        {
            rb[i].strong = rb[i].medium = rb[i].soft = rb[i].weak = rb[i].template = rb[i].code = rb[i].reason = 0;
            weak_blocks[rb[i].index] = 0;
        }
    }
}

/* The longest reason phrase a block may be, alone under its code. */
#define STATUS_REASON_MAX_WORDS 8

/* Is block i in the page's sidebar: under an <aside>, or a box whose class
 * or id names a sidebar or a widget ("sidebar", "widget-newsletter",
 * "right-rail")? */
static int in_sidebar(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "sidebar", "widget", "widgets", "rail", NULL };
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (is_tag(c, "body") || is_tag(c, "main") || is_tag(c, "article"))
            return 0;
        if (is_tag(c, "aside"))
            return 1;
        apr_size_t n;
        if (!nc_block_names_error(m, a))
            for (const char *s = c->hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;)
                if (nc_hint_word_is_one_of(w, n, names))
                    return 1;
    }
    return 0;
}

/* A sidebar widget titled in a shell's words (a newsletter called "Page Not
 * Found", a column "Error 404") over a sentence that says nothing a shell
 * says, in the same box: the widget's title, not an error. A shell's title
 * is followed by its explanation, its way out or nothing. */
static int titles_a_widget(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const run_block *rb, const int *idx, int n, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
    if (b->role != NC_ROLE_HEADING || i + 1 >= n || rb[i + 1].strong || rb[i + 1].weak)
        return 0;
    const nc_block *next = &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block);
    return next->parent == b->parent && prose_like(next) && !says_shell_words(r, md, next)
           && in_sidebar(m, idx[i]);
}

/* A status line set one word to a cell (<td>503</td><td>Service</td>
 * <td>Temporarily</td><td>Unavailable</td>): no cell is a token alone.
 * Three or more cells of one row, in the run one after another, each of
 * one or two words, are read as the line they spell; when that line is an
 * error title or a catalog sentence, every cell of it is strong. A story's
 * table of codes is spared later (in_code_table); a row of words is no
 * title. */
#define SPLIT_ROW_MIN_CELLS 3
#define SPLIT_ROW_MAX_CELLS 8
#define SPLIT_CELL_MAX_WORDS 2

static void split_status_rows(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                              text_memo *memo, const nc_docmodel *m, const int *idx, run_block *rb, int n)
{
    for (int i = 0; i < n;) {
        const nc_block *first = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        int row = first->parent, j = i;
        while (j < n && j - i < SPLIT_ROW_MAX_CELLS) {
            const nc_block *c = &APR_ARRAY_IDX(m->blocks, idx[j], nc_block);
            if (c->parent != row || c->words > SPLIT_CELL_MAX_WORDS || rb[j].strong
                || !(is_tag(c, "td") || is_tag(c, "th")))
                break;
            j++;
        }
        if (j - i >= SPLIT_ROW_MIN_CELLS && row >= 0 && is_tag(&APR_ARRAY_IDX(m->blocks, row, nc_block), "tr")) {
            nc_buf line;
            nc_buf_init(&line, p, 64);
            nc_block joined;
            memset(&joined, 0, sizeof joined);
            for (int k = i; k < j; k++) {
                const nc_block *c = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
                if (k > i)
                    nc_buf_append_char(&line, ' ');
                nc_buf_append(&line, c->text, c->text_len);
                joined.words += c->words;
            }
            joined.text = apr_pstrmemdup(p, line.data, line.len);
            joined.text_len = (apr_uint32_t)line.len;
            if (text_tests(r, md, memo, &joined) & (TEXT_STRONG | TEXT_CATALOG))
                for (int k = i; k < j; k++)
                    rb[k].strong = 1;
        }
        i = j > i ? j : i + 1;
    }
}

/* The most words a region the learned model alone backs may hold (judge_run). */
#define MODEL_ONLY_MAX_WORDS 60
#define MODEL_LIST_ITEM_WORDS 12   /* a sentence, no title or button */
#define MODEL_LIST_MIN_ITEMS 8     /* kept like siblings before it in the run */

/* Every match of coded_title_pattern holds its code's "[45]": a headline
 * with neither digit (nearly all) is passed without running it. */
static int holds_4_or_5(const nc_block *b)
{
    return memchr(b->text, '4', b->text_len) || memchr(b->text, '5', b->text_len);
}

/* A FAQ's entries, a live blog's posts, a table of results' cards: boxes
 * of one name and one shape side by side, at least three of them with
 * text. A shell glued to a page is a box of its own, never an entry of
 * such a series whose other entries are no shell: a FAQ's question "What
 * does 'Page not found (404)' mean?" over its answer ("The address may
 * have changed or the service may have been removed...") is the FAQ's, as
 * its other questions are (bt-clean-faq-tr). The name is the first of the
 * box's class names that holds no digit (a post's number) and no layout
 * word ("row", "col"); the shape is its text blocks' tags, in order, so a
 * site builder's content elements ("frame frame-default", "t-rec"), each
 * of its own make, are no series. Tried on the block's own box and the
 * few boxes above it, below the page's or the story's wrapper (body,
 * main, article). A region goes only when one of its blocks is no entry
 * of a series. */
#define SERIES_MIN_OTHERS 2
#define SERIES_MAX_UP 3
#define SERIES_MAX_VISIT 64      /* siblings read a box, at most: a long list costs no more */

static int generic_name(const char *t, apr_size_t n);
static int hint_has_token(const char *hint, const char *t, apr_size_t n);
static int has_text(const nc_docmodel *m, int a);

static int series_name(const char *hint, const char **name, apr_size_t *len)
{
    for (const char *h = hint; *h;) {
        while (*h == ' ')
            h++;
        const char *e = h;
        int digit = 0;
        for (; *e && *e != ' '; e++)
            digit |= *e >= '0' && *e <= '9';
        if (e > h && !digit && !generic_name(h, (apr_size_t)(e - h))) {
            *name = h;
            *len = (apr_size_t)(e - h);
            return 1;
        }
        h = e;
    }
    return 0;
}

/* Do boxes a and b hold the same text blocks, tag for tag? */
static int same_shape(const nc_docmodel *m, int a, int b)
{
    int za = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc, zb = APR_ARRAY_IDX(m->blocks, b, nc_block).last_desc;
    for (int i = a, j = b;; i++, j++) {
        while (i <= za && !candidate(m, &APR_ARRAY_IDX(m->blocks, i, nc_block)))
            i++;
        while (j <= zb && !candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            j++;
        if (i > za || j > zb)
            return i > za && j > zb;
        if (strcmp(APR_ARRAY_IDX(m->blocks, i, nc_block).tag, APR_ARRAY_IDX(m->blocks, j, nc_block).tag) != 0)
            return 0;
    }
}

static int series_entry(const nc_docmodel *m, int i)
{
    int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    for (int up = 0; a >= 0 && up < SERIES_MAX_UP; up++, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *box = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        int parent = box->parent;
        const char *name;
        apr_size_t len;
        if (nc_block_page_or_main(box) || is_tag(box, "article") || parent < 0)
            return 0;
        if (!series_name(box->hint, &name, &len))
            continue;
        int others = 0, seen = 0;
        const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
        for (int j = parent + 1; j <= pb->last_desc && seen++ < SERIES_MAX_VISIT;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (j == a || strcmp(s->tag, box->tag) != 0 || !hint_has_token(s->hint, name, len))
                continue;
            for (int k = j; k <= s->last_desc; k++)
                if (APR_ARRAY_IDX(m->blocks, k, nc_block).verdict != NC_KEEP)
                    return 0;           /* a series of shells is no story's */
            others += has_text(m, j) && same_shape(m, a, j);
        }
        if (others >= SERIES_MIN_OTHERS)
            return 1;
    }
    return 0;
}

/* Is every block of the region rb[i..j) an entry's of a series? */
static int in_series(const nc_docmodel *m, const run_block *rb, int i, int j)
{
    for (; i < j; i++)
        if (!series_entry(m, rb[i].index))
            return 0;
    return 1;
}

static int judge_run(const nc_shell_rules *r, apr_pool_t *p, nc_buf *joined, run_block *rb,
                     pcre2_match_data *md, text_memo *memo, nc_docmodel *m, const int *idx, int n,
                     const apr_array_header_t *extra, char *extra_off, char *weak_blocks,
                     const char *trace_blocks, char *pending, int prose_before, int prose_after,
                     const nc_head *title, int model_on)
{
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        apr_size_t ms, me;
        if (i)
            nc_buf_append_char(joined, ' ');
        rb[i].index = idx[i];
        rb[i].from = joined->len;
        nc_buf_append(joined, b->text, b->text_len);
        rb[i].to = joined->len;
        rb[i].headline = in_title(title, b);
        unsigned f = text_tests(r, md, memo, b);
        rb[i].strong = (f & TEXT_STRONG) != 0;
        rb[i].weak = (f & TEXT_WEAK) != 0;
        /* a sentence of the software's own error pages is as strong as a
         * phrase; quoted, or the page's own <title> (an exhibition called
         * "Seite nicht gefunden"), it is the story's. A second <h1> is not
         * spared: "Page not found (404)" is Django's, above or below a story */
        if ((f & TEXT_CATALOG) && !in_title(title, b))
            rb[i].strong = 1;
        /* an error document's own title (coded_title_pattern): tried only
         * on an <h1> or a pasted <title>, a few a page */
        if (!(f & TEXT_STRONG) && (b->heading_level == 1 || b->role == NC_ROLE_TITLE)
            && !b->boilerplate && b->words <= CODED_TITLE_MAX_WORDS && holds_4_or_5(b)
            && nc_regex_find(r->coded_title, md, b->text, b->text_len, 0, &ms, &me)
            && !is_headline(title, b))
            rb[i].strong = 1;
        rb[i].strong |= trace_blocks[idx[i]];
        if (b->nlines && !rb[i].strong && !rb[i].headline
            && (b->words <= SHELL_MAX_BLOCK_WORDS || short_lines(b)) && !source_code(b))
            read_lines(r, md, memo, b, &rb[i]);
        weak_blocks[idx[i]] = (char)rb[i].weak;
        /* furniture (by tag, or a box named the site's header or menu: a
         * blog's tagline under its name), a list item and the headline are
         * the site's own; so is an unfinished sentence right over the
         * story's prose, a text/plain story's headline under its shell,
         * a paywall's offer ("Este contenido es exclusivo para suscriptores"
         * reads like a 403) and a comment thread's notice ("Sorry, op dit
         * artikel kan niet meer worden gereageerd") */
        rb[i].model = model_on && (f & TEXT_MODEL) && !rb[i].strong && !rb[i].headline && !b->boilerplate
                      && !is_tag(b, "li") && !(i == n - 1 && prose_after >= 0 && !ends_sentence(b))
                      && !in_named_furniture(m, idx[i], -1) && nc_doc_paywall_of(m, idx[i]) < 0
                      && nc_doc_comment_thread_of(m, idx[i]) < 0 && !source_code(b);
        if (rb[i].weak && b->words <= 3) {
            rb[i].code = nc_regex_find(r->status_code, md, b->text, b->text_len, 0, &ms, &me);
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        } else if (rb[i].weak && b->words <= STATUS_REASON_MAX_WORDS) {
            /* a translated reason runs longer ("Przekroczono limit czasu bramy") */
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        } else if (rb[i].strong) {
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        }
    }
    split_status_rows(r, p, md, memo, m, idx, rb, n);
    /* A story headed by a title an error page could bear ("Access Denied",
     * "Request Denied", "Запрос отклонён"): the page's <title> holds the
     * heading and the story's prose follows it under the same parent,
     * with nothing shell-ish between. A kicker over that headline ("Access
     * denied" over "How a firewall locked out the council") is the story's
     * too, unless it follows a shell-ish line. A title that says a code or
     * "error" ("403 Forbidden") is an error page's, whatever follows it. */
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        if (!rb[i].strong || trace_blocks[idx[i]])
            continue;
        const nc_block *next = i + 1 < n ? &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block) : NULL;
        int kicker = next && b->words <= 3 && !rb[i + 1].strong && !rb[i + 1].weak
                     && !(i > 0 && (rb[i - 1].strong || rb[i - 1].weak))
                     && next->parent == b->parent && next->heading_level == 1 && is_headline(title, next);
        apr_size_t ms, me;
        if (!(kicker || (b->heading_level >= 1 && in_title(title, b)))
            || nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me))
            continue;
        int j = i + 1 + kicker;
        while (j < n && !rb[j].strong && !rb[j].weak
               && !article_prose(&APR_ARRAY_IDX(m->blocks, idx[j], nc_block)))
            j++;
        int story = j < n ? (rb[j].strong || rb[j].weak ? -1 : idx[j]) : prose_after;
        if (story >= 0 && APR_ARRAY_IDX(m->blocks, story, nc_block).parent == b->parent)
            rb[i].strong = 0;
    }
    for (int i = 0; i < n; i++)
        if (rb[i].strong && !trace_blocks[idx[i]] && titles_a_widget(r, md, m, rb, idx, n, i))
            rb[i].strong = 0;
    for (int i = 0; i + 1 < n; i++) {
        const nc_block *next = &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block);
        if ((rb[i].code && rb[i + 1].reason) || (rb[i].reason && rb[i + 1].code)
            || (rb[i].code && !rb[i + 1].reason && next->words <= SHELL_MAX_BLOCK_WORDS
                && reason_leads(r, md, next))
            || status_line_over_reason(&APR_ARRAY_IDX(m->blocks, idx[i], nc_block),
                                       &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block)))
            rb[i].strong = rb[i + 1].strong = 1;
    }
    nc_buf_seal(joined);        /* a regex subject from here on (buf.c, NC_BUF_TAIL) */
    mark_triggered_phrases(r, md, memo->shared, joined->data, joined->len, rb, n);
    spare_code_samples(m, rb, n, trace_blocks, weak_blocks);
    for (int i = 0; extra && i < extra->nelts; i++)
        if (!extra_off[i]
            && mark_phrase_matches(nc_pattern_regex(APR_ARRAY_IDX(extra, i, const nc_pattern *)),
                                   NULL, md, joined->data, joined->len, rb, n, 0, 0) < 0)
            extra_off[i] = 1;
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        if ((rb[i].strong || rb[i].weak || rb[i].medium || rb[i].model)
            && (is_tag(b, "td") || is_tag(b, "th")) && in_code_table(m, idx[i])) {
            rb[i].strong = rb[i].weak = rb[i].medium = rb[i].soft = rb[i].template = rb[i].model = 0;
            rb[i].code = rb[i].reason = rb[i].lines_back = 0;
            weak_blocks[idx[i]] = 0;
        }
    }
    for (int i = 0; i < n; i++)
        rb[i].anchored = rb[i].strong || rb[i].weak || rb[i].medium || rb[i].soft || rb[i].template
                         || rb[i].code || rb[i].reason || rb[i].lines_back;
    back_medium(r, md, m, rb, n, title);
    /* a template sentence or a page-failure phrase ("L'article que vous
     * cherchez n'est plus disponible.") nothing in its run backs, outside
     * prose: a shell in a box it shares (the phrase: its own box) may
     * back it (page_backed), as when a mirror split a theme's 404 around
     * the story */
    if (!inside_prose(m, idx, n, prose_before, prose_after))
        for (int i = 0; i < n; i++)
            if ((rb[i].medium || rb[i].model || (rb[i].template && rb[i].soft)) && !rb[i].strong)
                pending[idx[i]] = rb[i].template ? PENDING_TEMPLATE
                                  : rb[i].model && !rb[i].medium && !rb[i].soft ? PENDING_MODEL
                                  : PENDING_PHRASE;
    if (!spread_from_strong(rb, n))
        return 0;
    fill_gaps(r, md, m, rb, n, title);
    if (inside_prose(m, idx, n, prose_before, prose_after))
        return 0;
    drop_regions_inside_prose(r, md, m, rb, n, prose_before, prose_after);
    keep_story_quotes(m, rb, n, prose_before, prose_after);

    /* A region that only the learned model reads as a shell, its blocks
     * backing each other with nothing a shell says anywhere in it (no
     * phrase, code, token or template sentence), is the model's word
     * alone. A shell in a site's own words sits before the story's prose
     * or after it, never between two runs of it: there the region is the
     * text's own (a manual's short section on error handling; the model
     * learned from news pages and their shells, not from such text). And
     * it is short: the longest such shell in the corpus is 44 words in 4
     * blocks, where a page's list of notes after the story ran to 144
     * words in 6 blocks that a model retrained on more pages read as
     * shell-like, one by one. */
    int between_prose = prose_before >= 0 && prose_after >= 0;
    int regions = 0;
    for (int i = 0; i < n;) {
        int j = i, anchored = 0;
        for (; j < n && rb[j].strong; j++)
            anchored |= rb[j].anchored;
        if (j == i) {
            i++;
            continue;
        }
        int words = 0;
        for (int k = i; k < j; k++)
            words += APR_ARRAY_IDX(m->blocks, rb[k].index, nc_block).words;
        /* and it is no item of a list whose items before it stay: the
         * 1,500th "Archive note 1500: ..." paragraph of an archive, a
         * sibling of the same tag just before it in the run */
        int list_item = !anchored && i >= MODEL_LIST_MIN_ITEMS;
        const nc_block *first = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        list_item = list_item && first->words >= MODEL_LIST_ITEM_WORDS;
        for (int k = i - 1; list_item && k >= i - MODEL_LIST_MIN_ITEMS; k--) {
            const nc_block *prev = &APR_ARRAY_IDX(m->blocks, rb[k].index, nc_block);
            list_item = !rb[k].strong && prev->parent == first->parent && strcmp(prev->tag, first->tag) == 0
                        && prev->words >= MODEL_LIST_ITEM_WORDS;
        }
        if ((!anchored && (between_prose || words > MODEL_ONLY_MAX_WORDS || list_item))
            || in_series(m, rb, i, j)) {
            for (; i < j; i++)
                pending[rb[i].index] = 0;
            continue;
        }
        regions++;
        for (; i < j; i++)
            APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).verdict = NC_SHELL;
    }
    return regions;
}

/* A run's joined text and its blocks' readings are on the heap, of their
 * size, given back once the run is judged: in the stage pool every run's
 * stayed to the stage's end, with the joined text's doublings, and took
 * the pool past its first 8 KB block on a small page of a few runs. */
static int mark_run(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md, text_memo *memo,
                    nc_docmodel *m, const int *idx, int n, const apr_array_header_t *extra,
                    char *extra_off, char *weak_blocks, const char *trace_blocks, char *pending,
                    int prose_before, int prose_after, const nc_head *title, int model_on)
{
    apr_size_t len = (apr_size_t)n;              /* the spaces between texts, the NUL */
    for (int i = 0; i < n; i++)
        len += APR_ARRAY_IDX(m->blocks, idx[i], nc_block).text_len;
    nc_buf joined;
    nc_buf_init(&joined, p, 1);
    nc_buf_presize(&joined, len);
    static char none[1];                         /* elts before the heap's */
    apr_array_header_t readings = { p, sizeof(run_block), 0, 0, none };
    void **readings_heap = NULL;
    nc_array_reserve_heap(&readings, &readings_heap, n);
    run_block *rb = (run_block *)(void *)readings.elts;
    memset(rb, 0, sizeof(run_block) * (apr_size_t)n);
    int regions = judge_run(r, p, &joined, rb, md, memo, m, idx, n, extra, extra_off, weak_blocks,
                            trace_blocks, pending, prose_before, prose_after, title, model_on);
    nc_array_release(&readings, &readings_heap);
    nc_buf_release(&joined);
    return regions;
}

/* Does a class or id name the element as an error message? Whole name parts
 * only ("error-page", "err_box", "notfound", "page-404"), so "terrorism" is not. */
/* A CMS numbers its menu items, nodes and posts in their class names:
 * Drupal's "menu-404" on its 404th menu link, WordPress's "menu-item-403",
 * "post-500", "comment-404". A code after such a word is an id. */
int nc_hint_code_is_id(const char *prev, apr_size_t pn, const char *w)
{
    static const char *const id_words[] = { "menu", "item", "node", "post", "postid", "comment", "term", "mlid", NULL };
    return prev && prev + pn + 1 == w && (prev[pn] == '-' || prev[pn] == '_')
           && nc_hint_word_is_one_of(prev, pn, id_words);
}

int nc_hint_names_error(const char *hint)
{
    apr_size_t n, pn = 0;
    const char *prev = NULL;
    /* by the first letter first: this is asked of most blocks' names */
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL; prev = w, pn = n) {
        int named;
        switch (w[0]) {
        case 'e':
            named = (n >= 5 && memcmp(w, "error", 5) == 0) || (n == 3 && memcmp(w, "err", 3) == 0)
                 /* the same in the class names of other languages' themes:
                  * "fehler-seite", "erreur", "erro", "fout", "blad",
                  * "hata-sayfasi", "oshibka", "pomylka" */
                 || (n >= 6 && memcmp(w, "erreur", 6) == 0) || (n == 4 && memcmp(w, "erro", 4) == 0)
                 /* Hungarian, Czech and Romanian: "hibauzenet", "chyba-stranky", "eroare" */
                 || (n >= 6 && memcmp(w, "eroare", 6) == 0);
            break;
        case 'f':
            /* Dutch writes its compounds as one word: "foutpagina", "foutmelding" */
            named = (n >= 6 && memcmp(w, "fehler", 6) == 0) || (n >= 4 && memcmp(w, "fout", 4) == 0);
            break;
        case 'b':
            named = n == 4 && memcmp(w, "blad", 4) == 0;
            break;
        case 'h':
            named = (n == 4 && memcmp(w, "hata", 4) == 0) || (n >= 4 && memcmp(w, "hiba", 4) == 0);
            break;
        case 'o':
            named = n >= 7 && memcmp(w, "oshibka", 7) == 0;
            break;
        case 'p':
            named = n >= 7 && memcmp(w, "pomylka", 7) == 0;
            break;
        case 'c':
            named = n >= 5 && memcmp(w, "chyba", 5) == 0;
            break;
        case 'n':
            named = (n >= 8 && memcmp(w, "notfound", 8) == 0)
                 || (n == 3 && memcmp(w, "not", 3) == 0
                     && (strncmp(s, "-found", 6) == 0 || strncmp(s, "_found", 6) == 0));
            break;
        case 'u':
            named = n == 11 && memcmp(w, "unavailable", 11) == 0;
            break;
        case '4':
        case '5':
            named = n == 3 && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' && !nc_hint_code_is_id(prev, pn, w);
            break;
        default:
            named = 0;
        }
        if (named)
            return 1;
    }
    return 0;
}

static int block_hint_names_error(const nc_docmodel *m, int i)
{
    const char *hint = APR_ARRAY_IDX(m->blocks, i, nc_block).hint;
    return hint[0] && nc_hint_names_error(hint);
}

int nc_block_names_error(const nc_docmodel *m, int i)
{
    return nc_doc_names(m, i, NC_NAMES_ERROR, block_hint_names_error);
}

/* The search for an error-named box stops at body, html and main
 * (nc_block_page_or_main): past them a box holds the story, whatever its
 * name. */

/* The element that holds block i and names itself an error message, or -1. */
static int error_container_of(const nc_docmodel *m, int i)
{
    return nc_doc_named_around(m, i, NC_NAMES_ERROR, block_hint_names_error);
}

/* --- growth: a confident shell takes its own short furniture ---------------- */

/* Could block b be part of a shell next to it? Short, not the headline, and
 * either no sentence at all ("Torna alla home", a search box, "Ops!") or a
 * sentence in a shell's own words ("It may have been moved or deleted."). */
/* Does a class or id name the block a breadcrumb trail ("breadcrumb",
 * "mod-breadcrumbs", "crumbs", "fil-ariane", "brotkrumen", "kruimelpad")? */
int nc_hint_names_breadcrumb(const char *hint)
{
    /* by first letter: the collect walks ask this of every class they pass */
    static const struct { const char *w; apr_size_t n; } prefixes[] = {
        { "ariane", 6 }, { "breadcrumb", 10 }, { "brotkrum", 8 }, { "briciol", 7 }, { "crumb", 5 },
        { "kruimel", 7 }, { "kroshk", 6 }, { "migas", 5 }, { "okruszk", 7 } };
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;) {
        if (n < 5 || !strchr("abckmo", w[0]))
            continue;
        for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++)
            if (prefixes[k].w[0] == w[0] && n >= prefixes[k].n && strncmp(w, prefixes[k].w, prefixes[k].n) == 0)
                return 1;
    }
    return 0;
}

/* A trail by its text, whatever its class ("nav", "pos", none): three or
 * more short steps joined by " > ", " » " or " › " ("首页 > 杭州 > 交通"). */
#define TRAIL_MAX_WORDS 12

static int breadcrumb_text(const nc_block *b)
{
    static const char *const seps[] = { " > ", " \xC2\xBB ", " \xE2\x80\xBA ", NULL };
    if (b->words > TRAIL_MAX_WORDS)
        return 0;
    for (int k = 0; seps[k]; k++) {
        apr_size_t n = strlen(seps[k]);
        int steps = 0;
        for (const char *t = b->text, *end = b->text + b->text_len;
             (t = memmem(t, (apr_size_t)(end - t), seps[k], n)) != NULL; t += n)
            steps++;
        if (steps >= 2)
            return 1;
    }
    return 0;
}

static int absorbable(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title,
                      const nc_block *b)
{
    apr_size_t ms, me;
    /* a breadcrumb trail is the site's navigation ("Home > Local" says
     * "home" as a shell's link back does), unless it names the failure
     * (a 404 template's "Home » Error 404") */
    return b->verdict == NC_KEEP && b->words <= SHELL_MAX_BLOCK_WORDS && !is_headline(title, b)
           && (!prose_like(b) || says_shell_words(r, md, b))
           && (((!*b->hint || !nc_hint_names_breadcrumb(b->hint)) && !breadcrumb_text(b))
               || nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me));
}

/* Unmarked words a shell container may hold besides its shell blocks. */
#define SHELL_GROWTH_MAX_WORDS 60

/* A box never reaches over the page's furniture or its story container. */
static int box_boundary(const nc_block *b)
{
    return is_tag(b, "nav") || is_tag(b, "footer") || is_tag(b, "aside") || is_tag(b, "main")
        || is_tag(b, "article");
}

/* A <footer> of a few words that holds a copyright line: a block page's own
 * foot inside its box (Sucuri's "(c) 2026 Sucuri Inc. All rights reserved.
 * Privacy" under its table), no boundary of the page's. The page's own
 * footer holds more, or sits outside any shell's box. */
#define BOX_FOOTER_MAX_WORDS 12

static int boxed_footer(const nc_docmodel *m, int j)
{
    const nc_block *f = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    int words = 0, copyright = 0;
    if (!is_tag(f, "footer"))
        return 0;
    for (int k = j; k <= f->last_desc; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (box_boundary(b) && k > j)
            return 0;
        words += b->words;
        copyright |= b->text_len > 0 && nc_doc_copyright_line(b);
    }
    return copyright && words <= BOX_FOOTER_MAX_WORDS;
}

/* A <section> the site titles with a heading of its own, kept, over a
 * shell that has a heading of its own (a related-stories section's "Mehr
 * aus Leipzig" over the "500" a Next.js error rendered into it): the
 * section's heading titles it, not the shell, and the section is the
 * site's. A shell grows inside it, never to it. */
#define TITLED_SECTION_MAX_BLOCKS 64

static int titled_section(const nc_docmodel *m, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    if (!is_tag(c, "section") || c->last_desc - a > TITLED_SECTION_MAX_BLOCKS)
        return 0;
    int titled = 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (!titled) {
            if (b->parent != a || b->role != NC_ROLE_HEADING || b->verdict != NC_KEEP)
                return 0;
            titled = 1;
        } else if (b->role == NC_ROLE_HEADING && b->verdict == NC_SHELL) {
            return 1;
        }
    }
    return 0;
}

/* Is container a nothing but a shell: shell blocks plus absorbable ones, no
 * navigation, footer or aside, no article prose, no headline? */
static int shell_container(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int a)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc, extra = 0;
    if (titled_section(m, a))
        return 0;
    for (int j = a + 1; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b))
            return 0;
        if (!candidate(m, b) || b->verdict == NC_SHELL)
            continue;
        if (!absorbable(r, md, title, b))
            return 0;
        extra += b->words;
    }
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    return extra <= SHELL_GROWTH_MAX_WORDS && (c->text_len == 0 || absorbable(r, md, title, c));
}

static int mark_block(nc_block *b)
{
    b->verdict = NC_SHELL;
    return 1;
}

/* Growth never reaches the page's or the story's own wrapper. */
static int page_level(const nc_block *c)
{
    /* the first letter first: asked of every named box */
    switch (c->tag[0]) {
    case 'b':
        return is_tag(c, "body");
    case 'h':
        return is_tag(c, "html");
    case 'm':
        return is_tag(c, "main");
    case 'a':
        return is_tag(c, "article");
    default:
        return 0;
    }
}

/* Marks the candidate blocks inside container best, the result of a growth
 * (memo[best] == 2 once done: another seed's growth may reach it too).
 * Returns blocks marked, or -1 when no container qualified. */
static int mark_grown(nc_docmodel *m, signed char *memo, int best)
{
    if (best < 0)
        return -1;
    if (memo[best] == 2)
        return 0;
    memo[best] = 2;
    int marked = 0, last = APR_ARRAY_IDX(m->blocks, best, nc_block).last_desc;
    for (int j = best; j <= last; j++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b) && b->verdict == NC_KEEP)
            marked += mark_block(b);
    }
    return marked;
}

/* What a container must be for growth from a shell block to take it: 0
 * not, 1 yes, or GROW_THROUGH: no verdict of its own, look at the next
 * container up (a wrapper that holds the shell block alone). */
#define GROW_THROUGH 3

typedef int container_test(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int a);

/* A layout table's row (HTML 3.2 pages: menu | content | headlines): a
 * cell other than the one growth came up through holds two or more text
 * blocks no shell test marked. Those are the page's columns; an error
 * table's label and value cells hold one line each. */
static int layout_row(const nc_docmodel *m, int row, int via)
{
    int last = APR_ARRAY_IDX(m->blocks, row, nc_block).last_desc;
    for (int c = row + 1; c <= last; c = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc + 1) {
        if (c == via)
            continue;
        int texts = 0, cell_last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
        for (int j = c; j <= cell_last && texts < 2; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            texts += b->text_len > 0 && b->verdict == NC_KEEP;
        }
        if (texts >= 2)
            return 1;
    }
    return 0;
}

/* From shell block i, the largest enclosing container (below body, html,
 * main, article and a layout table's row) that passes test, each answer
 * kept in memo: all of its candidate blocks go. Returns blocks marked, or
 * -1 when none passes. */
static int grow_to(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                   const nc_head *title, signed char *memo, int i, container_test *test, int *took)
{
    int best = -1;
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, via = i; a >= 0;
         via = a, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (page_level(c) || (is_tag(c, "tr") && layout_row(m, a, via)))
            break;
        if (memo[a] < 0)
            memo[a] = (signed char)test(r, md, m, title, a);
        if (!memo[a])
            break;
        if (memo[a] == GROW_THROUGH)
            continue;
        best = a;
    }
    *took = best;
    return mark_grown(m, memo, best);
}

/* A shell whose blocks sit straight in the page's body or in the story's own
 * wrapper: its siblings on either side go while each is absorbable *and* says
 * something a shell says (a weak token, shell words: "Additionally, a 404 Not
 * Found error was encountered...", "Apache/2.4.57 Server at..."). The first
 * sibling that is not, or that holds other blocks, stops it. */
static int grow_in_siblings(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                            const nc_head *title, const char *weak_blocks, const char *seed, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, marked = 0;
    int named_shell = nc_block_names_error(m, i);
    for (int dir = -1; dir <= 1; dir += 2) {
        int j = i;
        for (;;) {
            if (dir > 0) {
                int last = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc;
                j = last > j ? last + 1 : j + 1;
            } else {
                int k = j - 1;
                while (k >= 0 && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != parent
                       && APR_ARRAY_IDX(m->blocks, k, nc_block).depth
                          > APR_ARRAY_IDX(m->blocks, j, nc_block).depth)
                    k--;
                j = k;
            }
            if (j < 0 || j >= m->blocks->nelts)
                break;
            nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (b->parent != parent)
                break;
            int text = 0;
            for (int k = j + 1; k <= b->last_desc && !text; k++)
                text = APR_ARRAY_IDX(m->blocks, k, nc_block).text_len > 0;
            if (text)
                break;                      /* a wrapper of other blocks: not ours to judge */
            if (!candidate(m, b))
                continue;
            if (seed[j])
                break;                      /* it grows on its own */
            if (b->verdict == NC_SHELL)
                continue;
            apr_size_t ms, me;
            /* the theme's next line of the same error message: the shell
             * and it each named so by their own class ("td-404-title",
             * "td-404-sub-sub-title": "Może pomoże Ci nasza strona główna.") */
            int same_message = named_shell && nc_block_names_error(m, j)
                            && b->words <= SHELL_MAX_BLOCK_WORDS && !is_headline(title, b);
            if (!same_message
                && (!absorbable(r, md, title, b) || !(weak_blocks[j] || says_shell_words(r, md, b))
                    || (prose_like(b) && !nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me))))
                break;
            marked += mark_block(b);
        }
    }
    return marked;
}

/* A shell split over sibling boxes (a theme's title box "Hoppá!", its
 * message box, its box of links "Vissza a címlapra · Keresés"): once a
 * box grew whole, each sibling element next to it goes too while it is
 * small, holds no furniture and no headline, and each of its blocks is
 * absorbable and says what a shell says (a weak token or shell words).
 * The first sibling that is not stops the walk on that side. */
#define SIBLING_BOX_MAX_WORDS 16
#define SIBLING_BOX_MAX_BLOCKS 40     /* a hostile page nests thousands */

/* A shell's box of ways out says them in a few words, no question, with
 * no separators: the site's bar of section links ("Home | News | Local",
 * "You are here: Home > News"), its "Spotted an error? Tell us" and its
 * menu of ten links say "home" and "error" too. */
#define WAY_OUT_MAX_WORDS 8

static int way_out_links(const nc_block *b)
{
    if (b->words > WAY_OUT_MAX_WORDS)
        return 0;
    for (apr_size_t k = 0; k < b->text_len; k++)
        if (strchr("|>?:", b->text[k]) && b->text[k])
            return 0;
    return !memmem(b->text, b->text_len, "\xC2\xBB", 2) && !memmem(b->text, b->text_len, "\xE2\x80\xBA", 3)
        && !memmem(b->text, b->text_len, "\xEF\xBC\x9F", 3) && !memmem(b->text, b->text_len, "\xEF\xBC\x9A", 3);
}

static int shell_sibling_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                             const nc_head *title, const char *weak_blocks, int j)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    int words = 0, texts = 0;
    if (c->last_desc - j > SIBLING_BOX_MAX_BLOCKS || names_furniture(m, j))
        return 0;
    for (int k = j; k <= c->last_desc; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (box_boundary(b))
            return 0;
        if (!candidate(m, b) || b->verdict == NC_SHELL)
            continue;
        if (b->verdict != NC_KEEP || !absorbable(r, md, title, b)
            || !(weak_blocks[k] || (way_out_links(b) && says_shell_words(r, md, b))))
            return 0;
        words += b->words;
        texts++;
        if (words > SIBLING_BOX_MAX_WORDS)
            return 0;
    }
    return texts > 0;
}

static int grow_to_sibling_boxes(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                                 const nc_head *title, const char *weak_blocks, int box)
{
    int parent = APR_ARRAY_IDX(m->blocks, box, nc_block).parent, marked = 0;
    if (parent < 0)
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        int j = box;
        for (;;) {
            if (dir > 0)
                j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1;
            else {
                int k = j - 1;
                while (k > parent && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != parent)
                    k--;
                j = k;
            }
            if (j <= parent || j >= m->blocks->nelts || APR_ARRAY_IDX(m->blocks, j, nc_block).parent != parent)
                break;
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            int text = s->text_len > 0;
            for (int k = j + 1; k <= s->last_desc && !text; k++)
                text = APR_ARRAY_IDX(m->blocks, k, nc_block).text_len > 0;
            if (!text)
                continue;                   /* an empty spacer or image */
            if (!shell_sibling_box(r, md, m, title, weak_blocks, j))
                break;
            for (int k = j; k <= s->last_desc; k++) {
                nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
                if (candidate(m, b) && b->verdict == NC_KEEP)
                    marked += mark_block(b);
            }
        }
    }
    return marked;
}

/* A shell's box: an element with no headline and no page furniture in it
 * (nav, footer, aside, main, article), of at most 300 words, that is either
 *  - weighed by the shell: no long block, and the shell's own blocks are at
 *    least a third of the words (Firebase's "Why am I seeing this?" and its
 *    note under "Page Not Found" go with it, even as sentences in no
 *    shell's words), or
 *  - led by it: its first block is a shell's title (a heading or a line of
 *    at most 8 words) and it holds at most one long block that is no trace
 *    (IIS's "Most likely causes" and "Things you can try" lists under "HTTP
 *    Error 404.0 - Not Found"; GitHub Pages' explanation under "404"),
 *    besides list items of at most 80 words in a shell's words (cPanel's
 *    reasons under "SORRY!"). An error document starts with its title; a
 *    story does not start with one.
 * A story's box holds its headline or its long paragraphs, so it is never
 * one; the ratio keeps a brief that happens to hold one error line. */
#define SHELL_BOX_MAX_WORDS 300
#define SHELL_BOX_WEIGHED_MAX_WORDS 200
/* Paragraphs of prose in no shell's words: a Korean story's paragraphs hold
 * 15 to 30 words each (a word there is a whole inflected phrase), under the
 * long-block bar, so three of them make the box a story's, whatever leads it
 * (API Gateway's {"message":"Internal server error"} over a story). */
#define SHELL_BOX_MAX_SENTENCES 3
#define SHELL_BOX_MAX_BLOCKS 400      /* empty wrappers too: a hostile page nests thousands */

/* A shell block whose own text trails its first child, a shell heading
 * (IIS 6's one cell: its <h1> "The page cannot be found", then its bare
 * "The page you are looking for might have been removed..."): led by it. */
static int led_inside(const nc_docmodel *m, int j)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    for (int k = j + 1; k <= b->last_desc; k++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (!candidate(m, c))
            continue;
        return c->verdict == NC_SHELL && c->role == NC_ROLE_HEADING;
    }
    return 0;
}

/* An item of a led box's list of reasons (cPanel's "It is possible you have
 * reached this page because:" over "The IP address has changed. ... Check
 * your DNS settings..."): a list item of at most 80 words in a shell's
 * words, which the led box may hold besides its one long block. */
#define EXPLAINS_MAX_WORDS 80

static int explains(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    return is_tag(b, "li") && b->words <= EXPLAINS_MAX_WORDS && says_shell_words(r, md, b);
}

/* A story printed as <br>-parted lines is one block (a brief glued under
 * "503 Service Unavailable" in a legacy table cell): in a shell's box each
 * of its lines weighs as the paragraph it is. Adds the block's long lines
 * to *longs (one at least: the block is long) and the prose lines no shell
 * word explains to *sentences. */
static void weigh_long_block(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b,
                             int *longs, int *sentences)
{
    int long_lines = 0;
    for (int k = 0; b->nlines && k <= b->nlines; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k < b->nlines ? b->line_starts[k] : b->text_len, ms, me;
        if (to > b->text_len || from >= to)
            continue;
        int words = words_outside(b->text, from, to, 0, 0);
        if (words > SHELL_MAX_BLOCK_WORDS)
            long_lines++;
        else if (words >= PROSE_MIN_WORDS && nc_text_ends_sentence(b->text + from, to - from)
                 && !nc_regex_find(r->vocabulary, md, b->text + from, to - from, 0, &ms, &me))
            (*sentences)++;
    }
    *longs += long_lines > 1 ? long_lines : 1;
}

static int shell_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                     const nc_head *title, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int shell = 0, total = 0, blocks = 0, longs = 0, led = -1, untitled = 0, sentences = 0;
    if (c->last_desc - a > SHELL_BOX_MAX_BLOCKS || titled_section(m, a))
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j > a && box_boundary(b) && !boxed_footer(m, j))
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_SHELL && b->verdict != NC_KEEP)
            return 0;                       /* a copy: dedup's to judge */
        /* an <h1> that is the headline only by being the page's first
         * (the <title> does not hold it) and that the shell's own words
         * made a shell ("Vi utfører planlagt vedlikehold") titles the box */
        if (is_headline(title, b)) {
            if (!(b->verdict == NC_SHELL && !in_title(title, b)))
                return 0;
            untitled = 1;
        }
        if (led < 0)
            led = b->verdict == NC_SHELL && (b->role == NC_ROLE_HEADING || b->role == NC_ROLE_TITLE
                                             || b->words <= 8 || led_inside(m, j));
        blocks++;
        total += b->words;
        if (total > SHELL_BOX_MAX_WORDS)
            return 0;
        if (b->verdict == NC_SHELL)
            shell += b->words;
        else if (b->words > SHELL_MAX_BLOCK_WORDS && !(led > 0 && explains(r, md, b))) {
            weigh_long_block(r, md, b, &longs, &sentences);
            if (longs > 1 || sentences >= SHELL_BOX_MAX_SENTENCES)
                return 0;
        } else if (prose_like(b) && !says_shell_words(r, md, b) && ++sentences >= SHELL_BOX_MAX_SENTENCES)
            return 0;                       /* a story's paragraphs, each short in words */
    }
    if (blocks < 2)
        return shell == total && blocks == 1 ? GROW_THROUGH : 0;   /* Azure's <div id="header"><h1>... */
    /* under such an <h1>, a paragraph no shell's words explain may be the
     * page's only story ("404 Not Found" glued over a one-paragraph brief) */
    if (untitled && longs)
        return 0;
    return led > 0 || (!longs && total <= SHELL_BOX_WEIGHED_MAX_WORDS && shell * 3 >= total);
}


static int grow_shells(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                       nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int nblocks = m->blocks->nelts, grown = 0;
    char *seed = apr_pcalloc(p, (apr_size_t)nblocks);
    signed char *checked = apr_palloc(p, (apr_size_t)nblocks * 2);
    memset(checked, -1, (apr_size_t)nblocks * 2);
    signed char *boxed = checked + nblocks;
    for (int i = 0; i < nblocks; i++)
        seed[i] = APR_ARRAY_IDX(m->blocks, i, nc_block).verdict == NC_SHELL;
    for (int i = 0; i < nblocks; i++) {
        if (!seed[i])
            continue;
        int box, boxed_box;
        int n = grow_to(r, md, m, title, checked, i, shell_container, &box);
        int boxed_n = grow_to(r, md, m, title, boxed, i, shell_box, &boxed_box);
        if (n < 0 && boxed_n >= 0)
            n = 0;
        if (n < 0)
            n = grow_in_siblings(r, md, m, title, weak_blocks, seed, i);
        n += boxed_n > 0 ? boxed_n : 0;
        /* a box grown whole (the outer of the two): the shell's other
         * boxes beside it */
        if (boxed_n < 0 || (box >= 0 && box < boxed_box))
            boxed_box = box;
        if (boxed_box >= 0)
            n += grow_to_sibling_boxes(r, md, m, title, weak_blocks, boxed_box);
        grown += n;
    }
    return grown;
}

/* Does the subtree of a hold article text: a long block or the headline?
 * memo[a]: -1 not looked at yet, else the answer (error containers are small,
 * but a hostile page may nest thousands of blocks in one). */
static int holds_article(const nc_docmodel *m, const nc_head *title, signed char *memo, int a)
{
    if (memo[a] >= 0)
        return memo[a];
    memo[a] = 1;
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int j = a; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b))
            return 1;
    }
    return memo[a] = 0;
}

/* Block i sits in error-named container c, but not inside a part of c that
 * holds the article (the story wrapped by the shell's div.error-page). When
 * the article's own paragraphs sit straight in c, only weak blocks are sure. */
static int shell_part_of(const nc_docmodel *m, const nc_head *title, signed char *memo,
                         signed char *direct, int i, int c, int weak)
{
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a != c;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (holds_article(m, title, memo, a))
            return 0;
    if (weak)
        return 1;
    if (direct[c] < 0) {
        int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
        direct[c] = 0;
        for (int j = c + 1; j <= last && !direct[c]; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            direct[c] = b->parent == c && b->verdict != NC_SHELL      /* a shell's title is no headline */
                        && (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b));
        }
    }
    return !direct[c];
}

/* An error-named box with no shell block of its own but only a few words that
 * are no sentence (the "Перейти на главную" box after the story, whose phrase
 * box came before it): on a page that has a shell, it is that shell's. */
#define ERROR_BOX_MAX_WORDS 12

/* Does a class or id name a missing page ("map-404", "page-not-found"),
 * not just an error ("error-report" may hold "Found an error? Tell us.")? */
static int hint_names_missing(const char *hint)
{
    apr_size_t n, pn = 0;
    const char *prev = NULL;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL; prev = w, pn = n) {
        if ((n == 3 && w[0] == '4' && w[1] == '0' && (w[2] == '4' || w[2] == '3') && !nc_hint_code_is_id(prev, pn, w))
            || (n == 3 && w[0] == '4' && w[1] == '1' && w[2] == '0' && !nc_hint_code_is_id(prev, pn, w))
            || (n >= 8 && strncmp(w, "notfound", 8) == 0)
            || (n == 3 && strncmp(w, "not", 3) == 0 && (strncmp(s, "-found", 6) == 0 || strncmp(s, "_found", 6) == 0)))
            return 1;
    }
    return 0;
}

/* A missing-page template's own rail of teasers right after the box that
 * holds its shell (Jannah's "related-posts-404", "قد يعجبك أيضاً" under its
 * search box): a box named for a missing page whose previous sibling is
 * an error-named box holding a removed shell, and which holds only short
 * blocks, is that shell's. A rail named for no error stays, wherever it
 * sits: a story's own related rail after a shell looks the same. */
#define MISSING_RAIL_MAX_WORDS 160
static int missing_page_rail(const nc_docmodel *m, int c)
{
    const nc_block *box = &APR_ARRAY_IDX(m->blocks, c, nc_block);
    if (box->parent < 0 || !hint_names_missing(box->hint))
        return 0;
    int p = previous_sibling(m, c);
    if (p < 0 || !nc_block_names_error(m, p))
        return 0;
    int shell = 0, words = 0;
    for (int j = p; j < c && !shell; j++)
        shell = APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL;
    for (int j = c; shell && j <= box->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_KEEP || b->words > SHELL_MAX_BLOCK_WORDS)
            return 0;
        words += b->words;
    }
    return shell && words > 0 && words <= MISSING_RAIL_MAX_WORDS;
}

/* In a box named for a missing page, a short sentence in a shell's own
 * words may be the shell's too: Bitrix's "Воспользуйтесь поиском или
 * перейдите на главную страницу." under its map of the site. */
static int small_error_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int c)
{
    int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc, words = 0, missing = -1;
    for (int j = c; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_KEEP)
            return 0;
        if (b->words > 2 && ends_sentence(b)) {     /* "Mais…", "More…" is a button, no sentence */
            if (missing < 0)
                missing = hint_names_missing(APR_ARRAY_IDX(m->blocks, c, nc_block).hint);
            if (!missing || !absorbable(r, md, title, b) || !says_shell_words(r, md, b))
                return 0;
        }
        words += b->words;
    }
    return words > 0 && words <= ERROR_BOX_MAX_WORDS;
}

/* Does a class or id name the page's own furniture ("header", "site-nav",
 * "masthead", "topbar"), and no error? */
static int hint_names_furniture(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "header", "nav", "navbar", "navigation", "menu", "masthead",
                                         "topbar", "gnav", "globalnav", NULL };
    const char *hint = APR_ARRAY_IDX(m->blocks, i, nc_block).hint;
    if (!*hint || nc_block_names_error(m, i))
        return 0;
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;)
        if (nc_hint_word_is_one_of(w, n, names))
            return 1;
    return 0;
}

/* hint_names_furniture, read once a page (doc.h) */
static int names_furniture(const nc_docmodel *m, int i)
{
    return nc_doc_names(m, i, NC_NAMES_FURNITURE, hint_names_furniture);
}

/* Around the story (the error-named box holds the article too), the site's
 * own masthead or menu inside the theme's error wrapper is the site's: a
 * block that says nothing a shell says, in or under a box named as page
 * furniture, stays. */
static int in_named_furniture(const nc_docmodel *m, int i, int c)
{
    for (int a = i; a != c && a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (names_furniture(m, a))
            return 1;
    return 0;
}

/* Is block f a search form with no word in it (its button's label is an
 * attribute) right after a shell block of its parent: Bitrix's search box
 * under "Вы можете перейти на главную страницу или воспользоваться поиском"?
 * Without a word it is no candidate, so no run or growth reaches it. */
static int wordless_form_after_shell(const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted || b->end == NC_BLOCK_OPEN
        || b->parent < 0 || f == 0)
        return 0;
    for (int j = f; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).text_len > 0)
            return 0;
    int k = f - 1;
    while (k >= 0 && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != b->parent)
        k = APR_ARRAY_IDX(m->blocks, k, nc_block).parent;
    return k > b->parent && APR_ARRAY_IDX(m->blocks, k, nc_block).verdict == NC_SHELL;
}

/* A shell wrapped around the article has its parts on both sides of the story:
 * a block ("Back to the home page", the search box) that no run joins to
 * strong evidence still belongs to the shell when it shares an error-named
 * container with it and is weak or absorbable, outside the article's part. */
static int spread_in_error_containers(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                                      nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int regions = 0, nblocks = m->blocks->nelts;
    signed char *holds_shell = NULL;      /* per container: -1 not looked at yet, 0, 1, 2 */
    signed char *memo = NULL, *direct = NULL;
    /* error_container_of for every block in one pass (parents come first):
     * asked of each candidate, the walk up read every ancestor's names */
    int *error_box = apr_palloc(p, (apr_size_t)nblocks * sizeof *error_box);
    for (int i = 0; i < nblocks; i++) {
        int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
        const nc_block *c = a >= 0 ? &APR_ARRAY_IDX(m->blocks, a, nc_block) : NULL;
        error_box[i] = !c || nc_block_page_or_main(c) ? -1 : nc_block_names_error(m, a) ? a : error_box[a];
    }
    for (int i = 0; i < nblocks; i++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->verdict != NC_KEEP || (!candidate(m, b) && strcmp(b->tag, "form") != 0))
            continue;
        /* the nearest error-named box that holds a shell: a theme's
         * "error-foot" inside its "error-wrap" holds none of its own */
        int c = error_box[i];
        for (; c >= 0; c = error_box[c]) {
            if (!holds_shell) {
                holds_shell = apr_palloc(p, (apr_size_t)nblocks * 3);
                memset(holds_shell, -1, (apr_size_t)nblocks * 3);
                memo = holds_shell + nblocks;
                direct = memo + nblocks;
            }
            if (holds_shell[c] < 0) {
                int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
                holds_shell[c] = 0;
                for (int j = c + 1; j <= last && !holds_shell[c]; j++)
                    holds_shell[c] = APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL;
                if (!holds_shell[c] && (small_error_box(r, md, m, title, c) || missing_page_rail(m, c)))
                    holds_shell[c] = 2;
            }
            if (holds_shell[c])
                break;
        }
        if (c < 0)
            continue;
        if (!candidate(m, b)) {
            /* a wordless search form is the shell's when it follows one of
             * the shell's blocks inside the same error-named box */
            if (holds_shell[c] == 1 && wordless_form_after_shell(m, i)) {
                b->verdict = NC_SHELL;
                regions++;
            }
            continue;
        }
        if (holds_shell[c] == 2 || ((weak_blocks[i] || absorbable(r, md, title, b))
                                    && shell_part_of(m, title, memo, direct, i, c, weak_blocks[i])
                                    && (weak_blocks[i] || !holds_article(m, title, memo, c)
                                        || says_shell_words(r, md, b) || !in_named_furniture(m, i, c)))) {
            b->verdict = NC_SHELL;
            regions++;
        }
    }
    return regions;
}

/* Does block i share its parent with a long block? Then a trace in it is
 * quoted by the story around it ("the log showed: at a.B.c(B.java:212)").
 * Only the nearest siblings are looked at; past them, assume so and keep. */
#define BESIDE_PROSE_REACH 64

static int beside_prose(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc, seen = 0;
    for (int j = parent + 1; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->parent != parent || j == i)
            continue;
        if (++seen > BESIDE_PROSE_REACH)
            return 1;
        if (b->words > SHELL_MAX_BLOCK_WORDS)
            return 1;
    }
    return 0;
}

/* Is block b loose text (a run) that opens with PHP's message label? PHP
 * prints its error where the script stopped, as bare text beside whatever
 * the page had printed; a story that quotes one puts it in an element. */
static int php_output_run(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    return strcmp(b->tag, NC_RUN_TAG) == 0 && nc_traces_opens_php_message(r->traces, md, b->text, b->text_len);
}

/* Is block b loose text that is ASP.NET's version line, or ends a run of
 * its report's fields with it? The yellow screen prints them as bare text
 * in its <font> box, beside its own 40-word Description; a story that
 * quotes the line puts it in an element. */
static int aspnet_signature_run(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    return strcmp(b->tag, NC_RUN_TAG) == 0
           && (nc_traces_signature_line(r->traces, md, b->text, b->text_len)
               || nc_traces_signed_report(r->traces, md, b->text, b->text_len, b->line_starts, b->nlines));
}

/* The nearest block before i (or after i's subtree) that has text, or -1. */
static int text_neighbour(const nc_docmodel *m, int i, int dir)
{
    int j = dir < 0 ? i - 1 : APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1;
    for (; j >= 0 && j < m->blocks->nelts; j += dir)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            return j;
    return -1;
}

/* A shell's long explanation ("If you are the site owner (or you manage this
 * site), please whitelist your IP or if you think this block is an error...",
 * 51 words) between two of its blocks: long blocks are never shells on their
 * own, but one that sits between shell blocks, shares its parent with no
 * headline and no other long block (so it is outside the story's paragraphs),
 * and says an error page's own sentence unquoted, is the shell's. */
#define SANDWICH_MAX_WORDS 80

/* Does a document end between block i and block after: a <title> of the
 * root between them (documents glued one after another)? */
static int document_ends(const nc_docmodel *m, int i, int after)
{
    for (int j = APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1; j < after; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && !candidate(m, b))
            return 1;
    }
    return 0;
}

/* Does block b say one of the shell phrases outside quotation marks? */
static int says_phrase_unquoted(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    for (int k = 0; k < r->phrases->nelts; k++) {
        apr_size_t ms, me;
        if (nc_regex_find(APR_ARRAY_IDX(r->phrases, k, nc_regex *), md, b->text, b->text_len, 0, &ms, &me)
            && !quoted_at(b->text, ms))
            return 1;
    }
    return 0;
}

/* Is the text after block i the story pasted into i's box: the page's
 * headline, in a later child of i's parent, that parent no page or story
 * wrapper? A theme's 404 template holds its title and explanation, then
 * the story a broken mirror pasted into it (Soledad's "OOPS! ..." line and
 * its 37-word apology over the <article>); a story's own paragraph comes
 * after its headline, not before it. */
static int story_pasted_after(const nc_docmodel *m, const nc_head *title, int i, int after)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0 || nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, parent, nc_block))
        || after > APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc)
        return 0;
    const nc_block *a = &APR_ARRAY_IDX(m->blocks, after, nc_block);
    return a->parent != parent && is_headline(title, a);
}

static int sandwiched_description(const nc_shell_rules *r, pcre2_match_data *md,
                                  const nc_docmodel *m, const nc_head *title, const char *weak_blocks,
                                  int i, int story, int *also)
{
    *also = -1;
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b))
        return 0;
    int before = text_neighbour(m, i, -1), after = text_neighbour(m, i, 1);
    /* the page's last text after a shell block is between the shell and
     * the page's end (ASP.NET's description under its pasted yellow
     * screen), when the page keeps two long blocks of story besides it;
     * so is a glued document's last text before the next document's
     * <title> (that yellow screen glued before the story's page) */
    if (after >= 0 && document_ends(m, i, after))
        after = -1;
    else if (after < 0 && story < 3)
        return 0;
    /* the block after it may be the document's weak last line, its
     * server's signature ("Apache Tomcat/9.0.83" under Tomcat's
     * description): weak lines join a shell only through short blocks,
     * and the description between is long; it goes with the description */
    int weak_after = after >= 0 && APR_ARRAY_IDX(m->blocks, after, nc_block).verdict == NC_KEEP
                     && weak_blocks[after] && APR_ARRAY_IDX(m->blocks, after, nc_block).last_desc == after
                     && !is_headline(title, &APR_ARRAY_IDX(m->blocks, after, nc_block));
    if (before < 0 || APR_ARRAY_IDX(m->blocks, before, nc_block).verdict != NC_SHELL
        || (after >= 0 && APR_ARRAY_IDX(m->blocks, after, nc_block).verdict != NC_SHELL && !weak_after
            && !story_pasted_after(m, title, i, after))
        || beside_prose(m, i))
        return 0;
    int parent = b->parent;
    if (parent >= 0)            /* its siblings only (beside_prose saw at most 64 of them) */
        for (int j = parent + 1; j <= APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1)
            if (is_headline(title, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
                return 0;
    /* a phrase, or one of the catalog's sentences: httpd's own
     * multi-language documents say theirs in one paragraph of three ("Der
     * angeforderte URL konnte ... Der Link auf der verweisenden Seite
     * scheint falsch ...") */
    if (!says_phrase_unquoted(r, md, b) && !nc_catalog_says_error(r->catalog, b->text, b->text_len))
        return 0;
    if (weak_after)
        *also = after;
    return 1;
}

/* Does block a hold shell text and nothing else (a shell block, or a box
 * whose every block with text is one)? Boxes are looked into up to a bound. */
#define SHELL_SUBTREE_MAX_BLOCKS 64

static int all_shell(const nc_docmodel *m, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int shells = 0;
    if (c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_SHELL)
            return 0;
        shells++;
    }
    return shells > 0;
}

/* A shell split in two boxes with the software's own furniture between
 * them: Wordfence's "About Wordfence" box (two sentences about the plugin)
 * between its "Block Technical Data" table and its "Generated by" line.
 * A sibling whose neighbours with text on both sides, under the same
 * parent, hold shell text and nothing else goes when it is small (at most
 * 60 words, no long block, at most 64 blocks), holds no headline and no <h1>, no
 * navigation, footer, aside, main or article and no copy, and the page
 * keeps two paragraphs of prose outside it, out of furniture (a brief's
 * own box between two shell boxes is the only story: it stays). */
static int story_paragraph(const nc_block *b)
{
    return b->verdict == NC_KEEP && !b->boilerplate && b->role != NC_ROLE_TITLE && prose_like(b);
}

static int sandwiched_box_ok(const nc_docmodel *m, const nc_head *title, int from, int to, int paragraphs)
{
    int words = 0, text = 0;
    if (to - from > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = from; j <= to; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b) || b->verdict == NC_DUPLICATE)
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b) || b->role == NC_ROLE_TITLE
            || b->heading_level == 1)
            return 0;
        text |= b->verdict == NC_KEEP;
        words += b->words;
        paragraphs -= story_paragraph(b);
    }
    return text && words <= SHELL_GROWTH_MAX_WORDS && paragraphs >= 2;
}

static int has_text(const nc_docmodel *m, int a)
{
    for (int j = a; j <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc; j++)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            return 1;
    return 0;
}

static int mark_sandwiched_boxes(const nc_docmodel *m, const nc_head *title)
{
    int marked = 0, n = m->blocks->nelts, paragraphs = 0;
    for (int i = 0; i < n && paragraphs < 2 + SHELL_SUBTREE_MAX_BLOCKS; i++)
        paragraphs += story_paragraph(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    if (paragraphs < 2)
        return 0;
    for (int parent = 0; parent < n; parent++) {
        const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
        if (pb->last_desc == parent)
            continue;               /* no children */
        /* the last all-shell child with text, and the first child with
         * text after it: the box, or the first of its loose siblings
         * (Wordfence's "About Wordfence" heading and two paragraphs may
         * stand in its container without a box of their own) */
        int lead = -1, box = -1;
        for (int z = parent + 1; z <= pb->last_desc; z = APR_ARRAY_IDX(m->blocks, z, nc_block).last_desc + 1) {
            if (!has_text(m, z))
                continue;
            if (!all_shell(m, z)) {
                if (box < 0)
                    box = z;
                continue;
            }
            if (lead >= 0 && box >= 0 && sandwiched_box_ok(m, title, box, z - 1, paragraphs))
                for (int j = box; j < z; j++) {
                    nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
                    if (candidate(m, b) && b->verdict == NC_KEEP)
                        marked += mark_block(b);
                }
            lead = z;
            box = -1;
        }
    }
    return marked;
}

/* A form with no text of its own between two siblings of nothing but
 * shell: a template's search box under its "Vielleicht hilft Ihnen
 * unsere Suche weiter:" line and over its "Zur Startseite" link (TYPO3's
 * indexed search in a content element that names no error, so the
 * error-container rule, wordless_form_after_shell, does not see it). A
 * form with a word in it (a newsletter box) is no part of this. */
static int wordless_form_between_shells(const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'f' || strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0)
        return 0;
    for (int j = f; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).text_len > 0)
            return 0;
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    int prev = -1, seen = 0;
    for (int j = b->parent + 1; j <= pb->last_desc && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j < f) {
            if (has_text(m, j))
                prev = j;
        } else if (j > f && has_text(m, j))
            return prev >= 0 && all_shell(m, prev) && all_shell(m, j);
    }
    return 0;
}

/* The text-bearing sibling of block f before it (dir -1) or after it
 * (dir 1) in its box, or -1. */
static int text_sibling(const nc_docmodel *m, int f, int dir)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    int found = -1, seen = 0;
    for (int j = b->parent + 1; j <= pb->last_desc && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j < f && dir < 0 && has_text(m, j))
            found = j;
        else if (j > f && dir > 0 && has_text(m, j))
            return j;
    }
    return found;
}

/* A search form that closes a shell: the last thing in its box, right
 * under a sibling of nothing but shell, a few words of its own ("Rechercher
 * :", "Search for:"). WordPress's and Drupal's 404 templates end with
 * their search box (get_search_form()) under the message that offers it;
 * a site's search bar sits elsewhere, beside its navigation, or has kept
 * text after it. */
#define SEARCH_FORM_MAX_WORDS 4
static int search_form_closing_shell(const nc_docmodel *m, int f)
{
    static const char *const search[] = { "search", "searchform", "recherche", "suche", "buscar", "busca",
                                          "ricerca", "zoeken", "szukaj", "poisk", NULL };
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'f' || strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0 || b->words > SEARCH_FORM_MAX_WORDS)
        return 0;
    int named = 0;
    apr_size_t n;
    for (const char *h = b->hint, *w; !named && (w = nc_hint_next_word(&h, 0, &n)) != NULL;)
        named = nc_hint_word_is_one_of(w, n, search);
    if (!named)
        return 0;
    for (int j = f + 1; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).words > SEARCH_FORM_MAX_WORDS)
            return 0;
    int prev = text_sibling(m, f, -1);
    return prev >= 0 && text_sibling(m, f, 1) < 0 && all_shell(m, prev);
}

/* An <iframe>'s fallback text that says a shell's words strongly, beside a
 * sibling of nothing but shell: the block page a comments widget embeds
 * (Cloudflare's "Sorry, you have been blocked" over its Ray ID), with the
 * <noscript> lines that say it again. No browser shows the fallback; the
 * frame itself shows the same block page. */
static int framed_shell_beside_shell(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                                     const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'i' || strcmp(b->tag, "iframe") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0 || b->last_desc != f || b->nlines == 0)
        return 0;
    int prev = text_sibling(m, f, -1), next = text_sibling(m, f, 1);
    if (!((prev >= 0 && all_shell(m, prev)) || (next >= 0 && all_shell(m, next))))
        return 0;
    run_block rb;
    memset(&rb, 0, sizeof rb);
    read_lines(r, md, memo, b, &rb);
    return rb.strong;
}

/* The other part of a shell around or beside the story: a weak line (a
 * server's signature, a line of diagnostic fields, "Application error")
 * on its own, whose parent also holds a shell straight in it, or a box of
 * nothing but shell (Jetty's "Powered by" after the story, whose 404 title
 * sits before it in <body>; Azure's "Ref A: ..." line). Weak blocks join a
 * shell only through a chain of short blocks; the story between the two
 * parts breaks that chain. Not beside prose: a one-word "Sorry." of a
 * story that shares its wrapper with a shell stays. */
/* Does box a hold nothing but weak lines, none of them decided yet? */
static int weak_only(const nc_docmodel *m, const char *weak_blocks, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int weak = 0;
    if (c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (!weak_blocks[j] || b->verdict != NC_KEEP)
            return 0;
        weak++;
    }
    return weak > 0;
}

static int weak_beside_shell(const nc_docmodel *m, const nc_head *title, const char *weak_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (!weak_blocks[i] || b->verdict != NC_KEEP || b->last_desc != i || b->parent < 0
        || is_headline(title, b) || b->role == NC_ROLE_TITLE || beside_prose(m, i))
        return 0;
    /* from the outermost wrapper that holds nothing but it (Heroku's
     * <div class="message"><h1>Application error</h1></div>) or nothing
     * but weak lines (FortiWeb's box of "Event ID:", "Attack ID:",
     * "Message ID:" lines after the story) */
    int k = i;
    for (int a = b->parent; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (c->text_len > 0 || page_level(c) || c->parent < 0
            || !((a + 1 == k && c->last_desc == i) || weak_only(m, weak_blocks, a)))
            break;
        k = a;
    }
    int before = text_neighbour(m, i, -1), after = text_neighbour(m, i, 1);
    if (before >= 0 && after >= 0 && article_prose(&APR_ARRAY_IDX(m->blocks, before, nc_block))
        && article_prose(&APR_ARRAY_IDX(m->blocks, after, nc_block)))
        return 0;               /* a line between two sentences of prose: the story's */
    int up = APR_ARRAY_IDX(m->blocks, k, nc_block).parent;
    const nc_block *parent = &APR_ARRAY_IDX(m->blocks, up, nc_block);
    int seen = 0;
    for (int j = up + 1; j <= parent->last_desc; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j == k)
            continue;
        if (++seen > BESIDE_PROSE_REACH)
            return 0;
        if (all_shell(m, j))
            return 1;
    }
    return 0;
}

/* --- the shell's template on the other side of the story ---------------- */

/* A shell pasted around a story comes from one template: its boxes carry
 * that template's class names (Cloudflare's "cf-wrapper" on the title box,
 * the "What happened?" section and the footer; Webflow's
 * "utility-page-wrap" on the box before the story and the one after it).
 * Once a box of nothing but shell carries a name, another box that carries
 * it too is the same shell's, when
 *  - no element that holds story text (a long block, the headline) carries
 *    the name, except the shell's own ancestors (the mirror may glue the
 *    story inside the shell's outer wrapper);
 *  - the box holds no story text, no furniture (nav, footer, aside, main,
 *    article), no copy, at most SHELL_BOX_MAX_WORDS words;
 *  - and something in it names the failure: a weak token ("Retour à
 *    l'accueil", "Ray ID: ...") or a short block with a status code or
 *    the word "error" ("An unknown error occurred while rendering the
 *    page."). A related-stories box that shares a name stays.
 * Layout names every template uses ("container", "row", "wrapper") prove
 * nothing and are not looked at. */
#define TEMPLATE_MAX_NAMES 16
/* A shell's template names its few boxes (Cloudflare's title box, its
 * "What happened?" section, its footer): a name more boxes outside the
 * shell carry is the site's layout. */
#define TEMPLATE_MAX_OTHER_BOXES 3

static int generic_name(const char *t, apr_size_t n)
{
    static const char *const names[] = {
        "container", "wrapper", "wrap", "inner", "outer", "row", "col", "column", "columns", "section",
        "content", "contents", "main", "page", "box", "block", "clearfix", "clear", "grid", "flex",
        "text", "center", "left", "right", "hidden", "visible", "active", "primary", "secondary",
        "small", "large", "full", "body", "header", "footer", "footer-nav", "js", "no-js",
        /* ARIA landmark roles: Drupal's message box is role="contentinfo",
         * as is every page's footer */
        "banner", "navigation", "contentinfo", "complementary", "region", "search", "presentation",
        "none", "group", "note", NULL
    };
    if (n < 3)
        return 1;
    for (int i = 0; names[i]; i++)
        if (strlen(names[i]) == n && memcmp(names[i], t, n) == 0)
            return 1;
    return 0;
}

int nc_hint_is_generic_name(const char *t, apr_size_t n)
{
    return generic_name(t, n);
}

/* The next name of a hint (space separated names) at *h, its length in
 * *k; NULL at the end. */
static const char *next_hint_name(const char **h, apr_size_t *k)
{
    const char *s = *h;
    while (*s == ' ')
        s++;
    const char *e = s;
    while (*e && *e != ' ')
        e++;
    *h = e;
    *k = (apr_size_t)(e - s);
    return *k ? s : NULL;
}

/* Does hint hold the whole name t? */
static int hint_has_token(const char *hint, const char *t, apr_size_t n)
{
    apr_size_t k;
    for (const char *h = hint, *s; (s = next_hint_name(&h, &k)) != NULL;)
        if (k == n && memcmp(s, t, n) == 0)
            return 1;
    return 0;
}

/* Does hint carry the template's name t, or a name of the same BEM block?
 * A template names its parts after its block: "material-blocked" and its
 * "material-blocked__footer" (a Bitrix notice before the story and its
 * footer after it), "c-geo-aviso" and "c-geo-volver" (an Arc theme's geo
 * notice and its closing line). A stem shared so is two parts at least
 * ("c-geo"), one of them a non-generic word of three letters or more. */
static apr_size_t name_stem(const char *t, apr_size_t n)
{
    apr_size_t cut = 0, parts = 1, worded = 0, from = 0;
    for (apr_size_t i = 0; i < n; i++)
        if (t[i] == '-' || t[i] == '_')
            cut = i;
    if (cut == 0)
        return 0;
    for (apr_size_t i = 0; i <= cut; i++) {
        if (i == cut || t[i] == '-' || t[i] == '_') {
            worded |= i - from >= 3 && !generic_name(t + from, i - from);
            parts += i < cut && (t[i] == '-' || t[i] == '_') && i > from;
            from = i + 1;
        }
    }
    return parts >= 2 && worded ? cut : 0;
}

/* stem: name_stem(t, n), read once a name (asked of every named box) */
static int hint_has_template_name(const char *hint, const char *t, apr_size_t n, apr_size_t stem)
{
    apr_size_t k;
    for (const char *h = hint, *s; (s = next_hint_name(&h, &k)) != NULL;)
        if ((k == n && memcmp(s, t, n) == 0)
            || (k > n + 2 && memcmp(s, t, n) == 0 && ((s[n] == '_' && s[n + 1] == '_') || (s[n] == '-' && s[n + 1] == '-')))
            || (stem && k > stem && memcmp(s, t, stem) == 0 && name_stem(s, k) == stem))
            return 1;
    return 0;
}

typedef struct template_name {
    const char *name;       /* NULL: struck off (the story's elements carry it) */
    apr_size_t len;
    apr_size_t stem;        /* name_stem's */
    int root;               /* the all-shell box that carries it */
} template_name;

/* Is block i inside a's subtree (or a itself)? */
static int encloses(const nc_docmodel *m, int a, int i)
{
    return a <= i && i <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
}

/* Marks every kept block with text in box a's subtree a shell's. */
static void mark_box(nc_docmodel *m, int a)
{
    for (int j = a; j <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc; j++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b) && b->verdict == NC_KEEP)
            mark_block(b);
    }
}

/* Could box a be the template's other part (see above)? */
static int template_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                        const nc_head *title, const char *weak_blocks, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int words = 0, says = 0, keep = 0, vocab = 0;
    if (page_level(c) || c->last_desc - a > SHELL_BOX_MAX_BLOCKS)
        return 0;
    /* inside the site's masthead, menu or footer: the site's search form
     * there shares its class with the 404 template's search form */
    if (c->parent >= 0 && APR_ARRAY_IDX(m->blocks, c->parent, nc_block).boilerplate)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j > a && box_boundary(b))
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->verdict == NC_DUPLICATE || b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b))
            return 0;
        if (b->verdict != NC_KEEP)
            continue;
        keep++;
        if ((words += b->words) > SHELL_BOX_MAX_WORDS)
            return 0;
        apr_size_t ms, me;
        says |= weak_blocks[j]
                || (absorbable(r, md, title, b) && nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me));
        vocab |= absorbable(r, md, title, b) && says_shell_words(r, md, b);
    }
    /* a box of a few words in a shell's own vocabulary ("Спробуйте оновити
     * сторінку пізніше або поверніться на головну.") names no failure, but
     * it carries the shell's name and says nothing else */
    return keep > 0 && (says || (vocab && words <= SHELL_MAX_BLOCK_WORDS));
}

static int spread_in_template(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                              nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int nblocks = m->blocks->nelts, n = 0, regions = 0;
    template_name names[TEMPLATE_MAX_NAMES];
    /* the names the shell's own boxes carry */
    for (int i = 0; i < nblocks && n < TEMPLATE_MAX_NAMES; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint || page_level(c) || !all_shell(m, i))
            continue;
        apr_size_t k;
        for (const char *h = c->hint, *s; n < TEMPLATE_MAX_NAMES && (s = next_hint_name(&h, &k)) != NULL;)
            if (!generic_name(s, k))
                names[n++] = (template_name){ s, k, name_stem(s, k), i };
        i = c->last_desc;
    }
    if (!n)
        return 0;
    /* a name the story's own elements carry is the site's, not the shell's;
     * so is one that many boxes outside the shell carry (a theme's card
     * class, "td-module", on every teaser of its mega menu and grids) */
    signed char *memo = apr_palloc(p, (apr_size_t)nblocks);
    memset(memo, -1, (apr_size_t)nblocks);
    int others[TEMPLATE_MAX_NAMES] = { 0 };
    for (int i = 0; i < nblocks; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint)
            continue;
        for (int k = 0; k < n; k++)
            if (names[k].name && !encloses(m, i, names[k].root) && !encloses(m, names[k].root, i)
                && hint_has_template_name(c->hint, names[k].name, names[k].len, names[k].stem)
                && (++others[k] > TEMPLATE_MAX_OTHER_BOXES || holds_article(m, title, memo, i)))
                names[k].name = NULL;
    }
    for (int i = 0; i < nblocks; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint)
            continue;
        int named = 0;
        for (int k = 0; k < n && !named; k++)
            named = names[k].name && !encloses(m, i, names[k].root)
                    && hint_has_template_name(c->hint, names[k].name, names[k].len, names[k].stem);
        if (!named || !template_box(r, md, m, title, weak_blocks, i))
            continue;
        mark_box(m, i);
        regions++;
        i = c->last_desc;
    }
    return regions;
}

/* --- the shell's site map ------------------------------------------------- */

/* A 404 page often lists the site's sections under its message (Bitrix's
 * main.map component, themes' "sitemap" on their 404 template). Glued
 * beside a story, that list is neither furniture by its tags nor in a
 * shell's words. A box is the shell's site map when
 *  - it shares its parent, which is no page or story wrapper (body, html,
 *    main, article), with a box or a block of nothing but shell;
 *  - it holds nothing with text but list items of at most
 *    SITE_MAP_ITEM_WORDS words, at least SITE_MAP_MIN_ITEMS of them (no
 *    headline, no furniture, no copy);
 *  - and at least half of its items, and at least SITE_MAP_MIN_ECHOES,
 *    say exactly what a block of the page's furniture says: the site's
 *    sections again, as its navigation names them.
 * A story's own list (its points, its sources) does not repeat the menu;
 * a list of sections in the story's box has no shell beside it. */
#define SITE_MAP_ITEM_WORDS 4
#define SITE_MAP_MIN_ITEMS 4
#define SITE_MAP_MIN_ECHOES 3
#define SITE_MAP_MAX_BLOCKS 200

#define SITE_MAP_MAX_FURNITURE 512

/* The furniture's short blocks (a menu's items), at most
 * SITE_MAP_MAX_FURNITURE, looked up by the site map's items. */
typedef struct furniture_items {
    int n;
    int at[];                    /* room for the page's blocks, at most SITE_MAP_MAX_FURNITURE */
} furniture_items;

/* Does a furniture item outside a's subtree say exactly what b says? */
static int furniture_says(const nc_docmodel *m, const furniture_items *fi, int a, const nc_block *b)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int k = 0; k < fi->n; k++) {
        const nc_block *f = &APR_ARRAY_IDX(m->blocks, fi->at[k], nc_block);
        if ((fi->at[k] < a || fi->at[k] > last) && f->text_len == b->text_len
            && memcmp(f->text, b->text, b->text_len) == 0)
            return 1;
    }
    return 0;
}

/* Is block j (inside a) in a list inside an item (an <li>) inside a? */
static int sub_item(const nc_docmodel *m, int a, int j)
{
    for (int k = APR_ARRAY_IDX(m->blocks, j, nc_block).parent; k > a; k = APR_ARRAY_IDX(m->blocks, k, nc_block).parent)
        if (is_tag(&APR_ARRAY_IDX(m->blocks, k, nc_block), "li"))
            return 1;
    return 0;
}

static int site_map(const nc_docmodel *m, const furniture_items *fi, const nc_head *title, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int items = 0, echoes = 0;
    if (c->parent < 0 || c->boilerplate || c->text_len > 0 || c->last_desc == a || page_level(c)
        || c->last_desc - a > SITE_MAP_MAX_BLOCKS || page_level(&APR_ARRAY_IDX(m->blocks, c->parent, nc_block)))
        return 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b) || b->boilerplate)
            return 0;
        if (!candidate(m, b))
            continue;
        /* an item may hold its section's own list (Bitrix's main.map:
         * "Новости" over "Город", "Регион"); those are items too */
        if (b->verdict != NC_KEEP || !is_tag(b, "li")
            || b->words > SITE_MAP_ITEM_WORDS || is_headline(title, b))
            return 0;
        items++;
    }
    if (items < SITE_MAP_MIN_ITEMS)
        return 0;
    /* the menu names the sections, not their subsections: the items of a
     * list inside an item are not weighed */
    int top = 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b) || sub_item(m, a, j))
            continue;
        top++;
        echoes += furniture_says(m, fi, a, b);
    }
    return echoes >= SITE_MAP_MIN_ECHOES && echoes * 2 >= top;
}

/* Does a sibling of a (a child of its parent) hold nothing but shell? */
static int shell_sibling(const nc_docmodel *m, int a)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
    for (int j = parent + 1; j <= last; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1)
        if (j != a && all_shell(m, j))
            return 1;
    return 0;
}

/* Marks every block with text inside box a (not a itself); returns the
 * box's last block, where a walk over the page goes on. */
static int mark_inside(nc_docmodel *m, int a)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int j = a + 1; j <= last; j++)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            mark_block(&APR_ARRAY_IDX(m->blocks, j, nc_block));
    return last;
}

/* A site map under its own heading: the box holding the heading
 * ("Карта сайта", "Sitemap") and the map, nothing else. Returns that box,
 * whose siblings are then the map's, or -1. */
#define SITE_MAP_HEADING_WORDS 4

static int titled_site_map(const nc_docmodel *m, int a)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent, heading = 0;
    if (parent < 0)
        return -1;
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
    if (pb->text_len > 0 || page_level(pb) || box_boundary(pb) || pb->parent < 0)
        return -1;
    for (int j = parent + 1; j <= pb->last_desc; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j == a || !has_text(m, j))
            continue;
        if (j > a || heading || !b->heading_level || b->words > SITE_MAP_HEADING_WORDS || b->last_desc != j)
            return -1;
        heading = 1;
    }
    return heading ? parent : -1;
}

static int mark_site_maps(apr_pool_t *p, nc_docmodel *m, const nc_head *title)
{
    int regions = 0;
    int room = m->blocks->nelts < SITE_MAP_MAX_FURNITURE ? m->blocks->nelts : SITE_MAP_MAX_FURNITURE;
    furniture_items *fi = apr_palloc(p, sizeof *fi + sizeof(int) * (apr_size_t)room);
    fi->n = 0;
    /* the site's menu: in nav/header, or in a box its template names so
     * (<div class="header"><ul class="top-menu">); a parent comes before
     * its children, so one pass knows every block's */
    char *named = apr_palloc(p, (apr_size_t)m->blocks->nelts + 1);
    for (int j = 0; j < m->blocks->nelts && fi->n < SITE_MAP_MAX_FURNITURE; j++) {
        const nc_block *f = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        named[j] = (char)((f->parent >= 0 && f->parent < j && named[f->parent])
                          || (*f->hint && names_furniture(m, j)));
        if (f->text_len > 0 && f->words <= SITE_MAP_ITEM_WORDS && (f->boilerplate || named[j]))
            fi->at[fi->n++] = j;
    }
    if (fi->n < SITE_MAP_MIN_ECHOES)
        return 0;
    for (int a = 0; a < m->blocks->nelts; a++) {
        if (!site_map(m, fi, title, a))
            continue;
        int titled = titled_site_map(m, a);
        if (!shell_sibling(m, a) && (titled < 0 || !shell_sibling(m, titled)))
            continue;
        if (titled >= 0 && !shell_sibling(m, a))
            a = titled;
        a = mark_inside(m, a);
        regions++;
    }
    return regions;
}

/* --- the list a shell's heading titles ------------------------------------- */

/* A theme's 404 page puts a list under its apology, titled by a heading of
 * its own: WordPress's "Recent Posts" and "Most Used Categories" widgets,
 * tagDiv's "OUR LATEST POSTS" over six cards, Jannah's "Son Haberler".
 * When the shell's run took that heading, the box right after it (its next
 * sibling, the heading's own text ending there) is what it titles, and
 * goes with it: a box with no text of its own, holding only short lines
 * (a card's headline and date, a category's name), at least
 * TITLED_LIST_MIN_ITEMS of them, none the page's headline, an <h1>, a copy
 * or already judged, no nav, footer, aside, main or article inside. A
 * heading no run took (a rail's "Most read" under a story) titles nothing
 * here. Asked only on pages with a shell, of its headings. */
#define TITLED_LIST_MIN_ITEMS 3
#define TITLED_LIST_ITEM_WORDS 16
#define TITLED_LIST_MAX_BLOCKS 64

static int titled_list(const nc_docmodel *m, const nc_head *title, int h)
{
    const nc_block *hb = &APR_ARRAY_IDX(m->blocks, h, nc_block);
    int a = hb->last_desc + 1, items = 0;
    if (!hb->heading_level || hb->verdict != NC_SHELL || a >= m->blocks->nelts)
        return -1;
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    if (c->parent != hb->parent || c->text_len > 0 || c->boilerplate || page_level(c) || box_boundary(c)
        || c->last_desc - a > TITLED_LIST_MAX_BLOCKS)
        return -1;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b))
            return -1;
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_KEEP || b->words > TITLED_LIST_ITEM_WORDS || b->heading_level == 1
            || b->role == NC_ROLE_TITLE || is_headline(title, b))
            return -1;
        items++;
    }
    return items >= TITLED_LIST_MIN_ITEMS ? a : -1;
}

static int mark_titled_lists(nc_docmodel *m, const nc_head *title)
{
    int regions = 0;
    for (int h = 0, a; h < m->blocks->nelts; h++) {
        if ((a = titled_list(m, title, h)) < 0)
            continue;
        h = mark_inside(m, a);
        regions++;
    }
    return regions;
}

/* A long block that says it is an error page twice, in its own words:
 * Heroku's "An error occurred in the application and your page could not
 * be served. If you are the application owner, check your logs..." (38
 * words). Long blocks are never shells on their own, but one of at most 80
 * words that shares its parent with no other long block, no headline and
 * no heading of its own (so it is no paragraph of a story and no fact
 * box), that opens with a phrase and in which two phrases match unquoted,
 * at least one of them strong, is the shell's. A story quotes such
 * sentences (quotation marks, or after a colon). Run only when the page
 * keeps a story elsewhere (see nc_shells_mark). */
#define SELF_EVIDENT_LEAD_BYTES 64

static int self_evident_description(const nc_shell_rules *r, pcre2_match_data *md,
                                    const nc_docmodel *m, const nc_head *title, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b) || b->boilerplate || is_headline(title, b)
        || beside_prose(m, i))
        return 0;
    int parent = b->parent;
    if (parent >= 0)            /* an explainer box has a heading of its own ("What is a 404?") */
        for (int j = parent + 1; j <= APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (is_headline(title, s) || (s->role == NC_ROLE_HEADING && s->verdict != NC_SHELL))
                return 0;
        }
    /* every phrase holds a trigger word: one near the start and another
     * after it, or no two phrases can match with one leading */
    nc_trigger_scan ts;
    nc_trigger_scan_init(&ts, r, b->text, b->text_len);
    apr_size_t first = nc_next_trigger(&ts, 0);
    if (first > SELF_EVIDENT_LEAD_BYTES || nc_next_trigger(&ts, first + 1) >= b->text_len)
        return 0;
    int strong = 0, hits = 0, leads = 0;
    for (int k = 0; k < r->phrases->nelts + r->composed->nelts && hits < 2; k++) {
        const nc_regex *re = k < r->phrases->nelts ? APR_ARRAY_IDX(r->phrases, k, nc_regex *)
                                                   : APR_ARRAY_IDX(r->composed, k - r->phrases->nelts, nc_regex *);
        apr_size_t ms, me;
        if (nc_regex_find(re, md, b->text, b->text_len, 0, &ms, &me) && !quoted_at(b->text, ms)) {
            hits++;
            strong += k < r->phrases->nelts;
            leads |= ms <= 3;
        }
    }
    /* an error message opens with its own words; a fact box explaining
     * errors opens with its subject ("A 404 error means the page you were
     * looking for...") */
    return hits >= 2 && strong > 0 && leads;
}

/* A site's own wording of its 404 in one paragraph of 31 to 80 words, in
 * the box its template names an error ("error-404 not-found", "page-404",
 * "hata-sayfasi"): "We've had a good rummage around but the page you were
 * after seems to have sailed off without us. It may have been moved,
 * renamed or taken down by our newsroom." A site writes its own lead-in
 * first, so the paragraph need not open with a phrase nor say two, and
 * the theme's title over it ("Well, this is awkward…") is no fact box's
 * heading. The box's name is the strong evidence: the paragraph goes when
 * it says one phrase of any strength unquoted (a 404's guess at why, "It
 * may have been moved, renamed or taken down", is only advice) and the named
 * box (at most 64 blocks) holds no headline of the page and no other long
 * block (a story's box holds its headline and its paragraphs) but says
 * it is an error elsewhere too: a bare "404" or "Oops", or a shell line (a
 * story's fact box "error-explainer" under its own heading says none). Run only
 * when the page keeps a story elsewhere, as self_evident_description. */
static int named_box_description(const nc_shell_rules *r, pcre2_match_data *md,
                                 const nc_docmodel *m, const nc_head *title, const char *weak_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b) || b->boilerplate || is_headline(title, b)
        || beside_prose(m, i))
        return 0;
    int box = error_container_of(m, i);
    if (box < 0 || APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc - box > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    int says_error = 0;
    for (int j = box; j <= APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc; j++) {
        const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j != i && candidate(m, s) && (is_headline(title, s) || s->words > SHELL_MAX_BLOCK_WORDS))
            return 0;
        says_error |= j != i && (weak_blocks[j] || s->verdict == NC_SHELL);
    }
    if (!says_error)
        return 0;
    for (int k = 0; k < r->phrases->nelts + r->composed->nelts; k++) {
        const nc_regex *re = k < r->phrases->nelts ? APR_ARRAY_IDX(r->phrases, k, nc_regex *)
                                                   : APR_ARRAY_IDX(r->composed, k - r->phrases->nelts, nc_regex *);
        apr_size_t ms, me;
        if (nc_regex_find(re, md, b->text, b->text_len, 0, &ms, &me) && !quoted_at(b->text, ms))
            return 1;
    }
    return 0;
}

/* A newsroom's notice in its own words, one long paragraph in a box of its
 * own: a broadcaster's "Hinweis zur Verweildauer" over "Dieser Beitrag ist
 * nicht mehr verfügbar. Gemäß ... § 30 MStV ..." (45 words), a table
 * "Komunikat" over "Uprzejmie informujemy, iż strona o podanym adresie nie
 * istnieje ..." (50 words), a <dl> whose <dt> is "お探しの記事は掲載期間が
 * 終了しました" over its explanation. Long blocks are never shells on
 * their own; such a block goes with its box when
 *  - it has 31 to 80 words and no block inside, and its box (the largest
 *    element around it below the page's and the story's wrappers, at most
 *    64 blocks and NOTICE_BOX_MAX_WORDS words, no furniture, no copy)
 *    holds no other long block, no headline and no <h1> of its own;
 *  - and either it opens with a whole notice sentence the engine knows as
 *    a shell's (a title such as "Dieser Beitrag ist nicht mehr verfügbar.",
 *    a catalog sentence, or a phrase inside its first sentence, unquoted
 *    and not reported speech), or the box opens with a shell block (its
 *    title, already taken) and the paragraph says a notice's words itself
 *    (a phrase or a compositional one, unquoted, a shell's vocabulary, or
 *    an apology proper at its start);
 *  - and the page keeps two long paragraphs of story outside the box. A
 *    page without them is the notice alone (a soft error), or a brief
 *    under a glued title: there only a titled box whose paragraph opens
 *    with an apology proper ("Ne pare rău, dar articolul ...") holds, as
 *    for the soft-error test's own box lines (engine.c).
 * A story about errors or takedowns says such sentences in its paragraphs,
 * beside other long ones, under its headline, or in quotes. */
#define NOTICE_BOX_MAX_WORDS 140
#define NOTICE_LEAD_MAX_BYTES 320     /* the first sentence: some 40 words of Latin */
#define NOTICE_TITLE_MAX_WORDS 12

/* Length of text's first sentence (its end mark and closing quote
 * included), 0 when none ends within NOTICE_LEAD_MAX_BYTES. */
static apr_size_t first_sentence(const char *t, apr_size_t n)
{
    for (apr_size_t i = 0; i < n && i < NOTICE_LEAD_MAX_BYTES; i++) {
        unsigned char c = (unsigned char)t[i];
        apr_size_t end = 0;
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '\n'))
            end = i + 1;
        /* "。", "！", "？" (E3 80 82, EF BC 81, EF BC 9F) */
        else if (c == 0xE3 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x82)
            end = i + 3;
        else if (c == 0xEF && i + 2 < n && (unsigned char)t[i + 1] == 0xBC
                 && ((unsigned char)t[i + 2] == 0x81 || (unsigned char)t[i + 2] == 0x9F))
            end = i + 3;
        if (end)
            return end;
    }
    return 0;
}

static int phrase_unquoted_in(const nc_shell_rules *r, pcre2_match_data *md, const char *t, apr_size_t n,
                              int composed)
{
    int total = r->phrases->nelts + (composed ? r->composed->nelts : 0);
    for (int k = 0; k < total; k++) {
        const nc_regex *re = k < r->phrases->nelts ? APR_ARRAY_IDX(r->phrases, k, nc_regex *)
                                                   : APR_ARRAY_IDX(r->composed, k - r->phrases->nelts, nc_regex *);
        apr_size_t ms, me, as, ae;
        if (nc_regex_find(re, md, t, n, 0, &ms, &me) && !quoted_at(t, ms)
            && !nc_regex_find(r->attribution, md, t + me, n - me, 0, &as, &ae))
            return 1;
    }
    return 0;
}

/* Does the block open with a whole notice sentence the engine knows? */
static int opens_with_notice(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t n = first_sentence(b->text, b->text_len);
    if (n == 0 || quoted_at(b->text, 0))
        return 0;
    int words = 1;
    for (apr_size_t i = 0; i < n; i++)
        words += b->text[i] == ' ';
    if (words <= NOTICE_TITLE_MAX_WORDS && nc_shell_rules_strong_title(r, md, b->text, n))
        return 1;
    if (nc_catalog_says_error(r->catalog, b->text, n))
        return 1;
    nc_trigger_scan ts;
    nc_trigger_scan_init(&ts, r, b->text, n);
    return nc_next_trigger(&ts, 0) < n && phrase_unquoted_in(r, md, b->text, n, 0);
}

/* Does a class or id name a site's notice or announcement banner, in the
 * 14 languages' usual words ("notice", "aviso", "hinweis", "avviso",
 * "mededeling", "komunikat", "duyuru"), or a maintenance banner? */
static int hint_names_notice(const char *hint)
{
    static const char *const words[] = {
        "notice", "announcement", "alert", "aviso", "avis", "hinweis", "avviso", "mededeling", "melding",
        "komunikat", "duyuru", "uyari", "obyavlenie", "ogoloshennya", "maintenance", "manutencao",
        "wartung", "mantenimiento", "manutenzione", "onderhoud", NULL
    };
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 0, &n)) != NULL;)
        if (nc_hint_word_is_one_of(w, n, words))
            return 1;
    return 0;
}

/* The box of long block i (see above), or -1. */
static int notice_box_of(const nc_docmodel *m, const nc_head *title, int i)
{
    int box = -1;
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (page_level(c) || nc_block_page_or_main(c) || box_boundary(c) || c->boilerplate
            || c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
            break;
        int words = 0, fits = 1;
        for (int j = a + 1; j <= c->last_desc && fits; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (box_boundary(b) || b->verdict == NC_DUPLICATE)
                fits = 0;
            else if (candidate(m, b))
                fits = (j == i || b->words <= SHELL_MAX_BLOCK_WORDS) && (!is_headline(title, b) || b->verdict == NC_SHELL)
                       && b->role != NC_ROLE_TITLE && !(b->heading_level == 1 && b->verdict != NC_SHELL)
                       && (words += b->words) <= NOTICE_BOX_MAX_WORDS;
        }
        if (!fits)
            break;
        box = a;
    }
    /* the paragraph is its own box: a <div> of bare text right in the
     * page's content beside the story's box, no long block beside it,
     * named as a notice (a newsroom's <div id="aviso-manutencao"
     * class="aviso"> banner after the article); an editor's note in a
     * bare or otherwise named <div> stays */
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (box < 0 && (nc_tag_is(b->tag, "div") || nc_tag_is(b->tag, "section") || nc_tag_is(b->tag, "aside"))
        && hint_names_notice(b->hint) && !beside_prose(m, i))
        box = i;
    return box;
}

/* Does box a open with a shell block, a title or line before block i? */
static int box_titled_by_shell(const nc_docmodel *m, int a, int i)
{
    for (int j = a + 1; j < i; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b))
            return b->verdict == NC_SHELL && b->words <= NOTICE_TITLE_MAX_WORDS;
    }
    return 0;
}

static int story_outside(const nc_docmodel *m, int a)
{
    int story = 0, last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int j = 0; j < m->blocks->nelts && story < 2; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j == a) {
            j = last;
            continue;
        }
        story += b->verdict == NC_KEEP && !b->boilerplate && b->role != NC_ROLE_TITLE
                 && b->words > SHELL_MAX_BLOCK_WORDS;
    }
    return story >= 2;
}

static int mark_notice_boxes(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                             const nc_head *title)
{
    int regions = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
            || b->last_desc != i || !candidate(m, b) || b->boilerplate || is_headline(title, b)
            || enclosing_quote(m, i) >= 0)
            continue;                   /* a story quotes an error page in a <blockquote> */
        int a = notice_box_of(m, title, i);
        if (a < 0)
            continue;
        apr_size_t ms, me;
        int beside = story_outside(m, a);
        int apology = nc_regex_find(r->box_apology, md, b->text, b->text_len, 0, &ms, &me);
        int titled = box_titled_by_shell(m, a, i)
                     && (apology || (beside && (phrase_unquoted_in(r, md, b->text, b->text_len, 1)
                                                || says_shell_words(r, md, b))));
        if (!(titled || (beside && opens_with_notice(r, md, b))))
            continue;
        mark_box(m, a);
        regions++;
        i = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    }
    return regions;
}

/* A members-only wall glued round a story the page holds whole: a
 * box saying "Cet article est réservé aux abonnés" ("会員限定記事",
 * "Матеріал лише для передплатників") beside the story's container, and
 * after it the offer in a box of the same BEM block
 * ("reserve-abonnes__offre", "p-member-only-box", "locked-story__buttons").
 * A paywall says no error; the wall is a shell only when the story is all
 * there: a sibling container of MEMBERS_STORY_PARAGRAPHS long paragraphs
 * (or <br> lines), the wall's boxes holding no long block, no headline.
 * A teaser's paywall sits inside the <article> after its first paragraph,
 * and a login wall has no story beside it: both stay. */
#define MEMBERS_STORY_PARAGRAPHS 4
#define MEMBERS_LINE_WORDS 20

/* Paragraphs kept in the subtree of a: blocks (or a block's <br>
 * lines) of MEMBERS_LINE_WORDS words or more (a Japanese story's
 * paragraphs count 28 to 40 words); 0 unless one block is long. */
static int story_paragraphs(const nc_docmodel *m, int a)
{
    int n = 0, long_one = 0;
    for (int j = a; j <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->verdict != NC_KEEP || b->boilerplate || !candidate(m, b) || b->words < MEMBERS_LINE_WORDS)
            continue;
        long_one |= b->words > SHELL_MAX_BLOCK_WORDS;
        int lines = 0;
        for (int k = 0; k <= b->nlines && b->nlines; k++) {
            apr_uint32_t from = k ? b->line_starts[k - 1] : 0, to = k < b->nlines ? b->line_starts[k] : b->text_len;
            int words = 1;
            for (apr_uint32_t c = from; c < to && c < b->text_len; c++)
                words += b->text[c] == ' ';
            lines += words >= MEMBERS_LINE_WORDS;
        }
        n += lines > 1 ? lines : 1;
    }
    return long_one ? n : 0;
}

/* Does box a hold only short text, no headline, no <h1>, no copy? */
static int short_box(const nc_docmodel *m, const nc_head *title, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int words = 0;
    if (c->boilerplate || c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if ((j > a && box_boundary(b)) || b->verdict == NC_DUPLICATE)
            return 0;
        if (candidate(m, b) && (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b) || b->heading_level == 1
                                || b->role == NC_ROLE_TITLE || (words += b->words) > NOTICE_BOX_MAX_WORDS))
            return 0;
    }
    return 1;
}

/* The BEM block of a's first class ("reserve-abonnes" of
 * "reserve-abonnes__bandeau"), its length in *n; NULL when none or a
 * layout's word. */
static const char *bem_block(const nc_block *a, apr_size_t *n)
{
    const char *h = a->hint, *end = h;
    while (*end && *end != ' ')
        end++;
    const char *cut = h;
    while (cut < end && !(cut + 1 < end && ((cut[0] == '_' && cut[1] == '_') || (cut[0] == '-' && cut[1] == '-'))))
        cut++;
    *n = (apr_size_t)(cut - h);
    if (*n < 4 || nc_hint_is_generic_name(h, *n))
        return NULL;
    return h;
}

/* Does a class of box k name block name (n bytes) or an element,
 * modifier or "-box" of it? */
static int hint_in_block(const nc_block *k, const char *name, apr_size_t n)
{
    for (const char *h = k->hint; *h;) {
        while (*h == ' ')
            h++;
        const char *w = h;
        while (*h && *h != ' ')
            h++;
        if ((apr_size_t)(h - w) >= n && strncmp(w, name, n) == 0
            && ((apr_size_t)(h - w) == n || w[n] == '_' || w[n] == '-'))
            return 1;
    }
    return 0;
}

/* The members-only pattern's many alternatives cost a short block 15 K
 * instructions; in an ASCII text its required literals rule most out at
 * once (most of a page's short blocks, and all of an English page's). */
static int may_say_members_only(const nc_shell_rules *r, const nc_block *b)
{
    char lowered[512];
    nc_ascii_text ascii;
    if (b->text_len > sizeof lowered || !nc_ascii_only(b->text, b->text_len))
        return 1;
    nc_ascii_text_init(&ascii, lowered, b->text, b->text_len);
    return !nc_regex_cannot_match_ascii(r->members_only, &ascii);
}

static int mark_members_walls(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m, const nc_head *title)
{
    int regions = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        apr_size_t ms, me, n;
        if (!candidate(m, b) || b->boilerplate || b->words > SHELL_MAX_BLOCK_WORDS || b->verdict == NC_DUPLICATE
            || nc_doc_tag_around(m, i, "article") >= 0 || enclosing_quote(m, i) >= 0 || !may_say_members_only(r, b)
            || !nc_regex_find(r->members_only, md, b->text, b->text_len, 0, &ms, &me) || quoted_at(b->text, ms))
            continue;
        /* the notice's box: the largest short box round it */
        int box = -1;
        for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
            const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
            if (page_level(c) || nc_block_page_or_main(c) || (a != i && box_boundary(c)) || !short_box(m, title, a))
                break;
            box = a;
        }
        if (box < 0)
            continue;
        int parent = APR_ARRAY_IDX(m->blocks, box, nc_block).parent;
        const char *name = bem_block(&APR_ARRAY_IDX(m->blocks, box, nc_block), &n);
        if (parent < 0 || !name)
            continue;
        /* the story: one child of the parent, all the parent's long text */
        int story = -1, last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc, kids = 0;
        for (int k = parent + 1; k <= last && story != -2 && ++kids <= BESIDE_PROSE_REACH;
             k = APR_ARRAY_IDX(m->blocks, k, nc_block).last_desc + 1)
            if (k != box && story_paragraphs(m, k) > 0)
                story = story < 0 && story_paragraphs(m, k) >= MEMBERS_STORY_PARAGRAPHS ? k : -2;
        if (story < 0 || kids > BESIDE_PROSE_REACH)
            continue;
        for (int k = parent + 1; k <= last; k = APR_ARRAY_IDX(m->blocks, k, nc_block).last_desc + 1)
            if (k == box || (k != story && hint_in_block(&APR_ARRAY_IDX(m->blocks, k, nc_block), name, n)
                             && short_box(m, title, k))) {
                mark_box(m, k);
                regions++;
            }
        i = last;
    }
    return regions;
}

/* A template sentence ("Il semble que rien n'ait été trouvé à cet
 * emplacement", "Esta página parece não existir") that nothing in its own
 * run backs, on a page where a shell was found elsewhere: a theme's error
 * template split around the story (GeneratePress's title above the
 * article, its explanation and search box below). The page's shell backs
 * it when the block is short, no headline, no furniture, shares its
 * parent with no long block, and an element below the page's and the
 * story's wrappers (body, main, article) holds both it and a shell block:
 * a story's own short line ("The page was removed on Monday.") sits among
 * the story's paragraphs, the inside-prose rules already kept the runs
 * between them, and an editor's note in a box of its own shares only the
 * page's wrapper with a shell glued before the page.
 *
 * A page-failure phrase ("L'article que vous cherchez n'est plus
 * disponible.", pending 2) is said in ordinary words too ("The original
 * post has been removed by its author." in an editor's note), so only a
 * shell in its own box backs it: its parent holds a shell block, the box
 * of a theme's 404 with the story pasted inside it. */
#define PAGE_BACKED_MAX_WORDS 20

/* Is the box k (a child of a page or story wrapper) right after or right
 * before a box of nothing but shell, text-bearing siblings counted? A
 * theme's 404 template puts its title and its text in two boxes side by
 * side (WordPress's <header class="page-header"> over <div
 * class="page-content">), both straight in <main>. */
static int beside_shell_box(const nc_docmodel *m, int k)
{
    int parent = APR_ARRAY_IDX(m->blocks, k, nc_block).parent, prev = -1, seen = 0;
    if (parent < 0)
        return 0;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
    for (int j = parent + 1; j <= last && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j != k) {
            if (has_text(m, j))
                prev = j;
            continue;
        }
        if (prev >= 0 && all_shell(m, prev))
            return 1;
        for (int n = APR_ARRAY_IDX(m->blocks, k, nc_block).last_desc + 1; n <= last;
             n = APR_ARRAY_IDX(m->blocks, n, nc_block).last_desc + 1)
            if (has_text(m, n))
                return all_shell(m, n);
        return 0;
    }
    return 0;
}

/* The blocks that frame the whole page: the common ancestors of its first
 * <header> and its last <footer> (Drupal's "dialog-off-canvas-main-canvas",
 * a theme's "#page" wrapper). They hold the masthead, the story and the
 * footer alike, so, as body does, they are no box a shell and a block
 * share: a cookie note after the footer is none of the shell's. Marks
 * frame[] (nblocks bytes); none when the page has no such pair. */
static void mark_page_frames(const nc_docmodel *m, char *frame)
{
    int header = -1, footer = -1;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (header < 0 && is_tag(b, "header"))
            header = i;
        if (is_tag(b, "footer"))
            footer = i;
    }
    if (header < 0 || footer <= header)
        return;
    for (int a = APR_ARRAY_IDX(m->blocks, header, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc >= footer)
            frame[a] = 1;
}

static int page_backed(const nc_docmodel *m, const nc_head *title, int i, int kind, const char *frame)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words > PAGE_BACKED_MAX_WORDS || b->boilerplate
        || is_headline(title, b) || beside_prose(m, i))
        return 0;
    for (int a = b->parent, k = i; a >= 0; k = a, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (kind == PENDING_MODEL && frame[a])
            return 0;
        if (page_level(c))
            return kind == PENDING_TEMPLATE && k != i && beside_shell_box(m, k);
        for (int j = a + 1; j <= c->last_desc; j++)
            if (APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL)
                return 1;
        if (kind != PENDING_TEMPLATE)
            return 0;
    }
    return 0;
}

/* A <title> that holds a heading the page keeps (its story's headline, 3+
 * words) is that story's, however it sits next to a shell: a mirror that
 * glued the story inside an error page's body leaves the story's own <head>
 * there, its title beside the shell's last block. A few titles a page. */
#define STORY_TITLES_MAX 4

/* --- a framework's error report, whole ---------------------------------- */

/* ASP.NET's error page is a report: its title ("Server Error in '/'
 * Application."), then fields opened by a label and a colon, in the
 * language its translators wrote ("Description: An unhandled exception
 * occurred...", "Exception Details:", "Source Error:" over the code,
 * "Stack Trace:" over the trace, "Version Information: ... ASP.NET
 * Version:4.8.4465.0"), and JBoss's, Django's debug page's alike. Its
 * description and source lines are long blocks (31-90 words), which alone
 * are never a shell; the report as a whole is one.
 *
 * A run of blocks in document order is a report when it holds a shell
 * block or a trace, at least two labels, none said twice (an interview's
 * "Q:" and "A:" repeat), and three signs in all: labels, a value under a
 * bare label, a trace, a version line, a shell heading opening the run.
 * Besides its fields, values and shell blocks it holds at most one line of
 * 12 words or more, and none under a headline of the page: a story's
 * headline and short paragraphs between a block page's title and its
 * "Event ID:" and "Client IP:" lines are no report's.
 * The run holds no furniture (but a form that holds the story, as ASP.NET
 * WebForms wraps the page, is none) and no long block that is neither a field, a
 * value nor a trace, and none of its blocks shares its parent with a long
 * block outside it, or sits in a block quote (a story quoting a report
 * keeps it: the quote sits among the story's paragraphs). It opens at a
 * shell block, a trace or a bare label, so a story's "Update: ..." line
 * before it stays, and closes at one of those, a value, a version line or
 * a block of two labels. A heading inside it is the report's own, even
 * when the <title> holds it (ASP.NET titles its page with the exception's
 * message, its <h2>). Then all its blocks go, and a glued or nested report
 * document goes whole with them (edits.c). */
#define REPORT_MIN_SIGNS 3
#define REPORT_MIN_LABELS 2
#define REPORT_MAX_LABELS 32
#define REPORT_VALUE_MAX_WORDS 80
#define REPORT_MAX_LONG_WORDS 240
#define REPORT_PROSE_WORDS 12

typedef struct report_part {
    int labels;
    unsigned char bare, value, trace, version;  /* flags: 24 bytes a block, not 36 */
    apr_uint32_t hashes[4];
} report_part;

static int report_beside_prose(const nc_docmodel *m, const char *trace_blocks, int a, int z)
{
    for (int i = a; i <= z; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!candidate(m, b))
            continue;
        if (enclosing_quote(m, i) >= 0)
            return 1;
        if (b->parent < 0)
            continue;
        int last = APR_ARRAY_IDX(m->blocks, b->parent, nc_block).last_desc, seen = 0;
        for (int j = b->parent + 1; j <= last; j++) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (s->parent != b->parent || (j >= a && j <= z))
                continue;
            if (++seen > BESIDE_PROSE_REACH)
                return 1;
            if (s->words > SHELL_MAX_BLOCK_WORDS && !trace_blocks[j] && s->verdict != NC_SHELL)
                return 1;           /* (the other half of a report split around the story is none) */
        }
    }
    return 0;
}

static int opens_report(const nc_block *b, const report_part *rp)
{
    return b->verdict == NC_SHELL || rp->trace || (rp->labels && rp->bare);
}

static int closes_report(const nc_block *b, const report_part *rp)
{
    return opens_report(b, rp) || rp->value || rp->version || rp->labels >= 2;
}

static int judge_report(nc_docmodel *m, const nc_head *title, const char *trace_blocks,
                        const report_part *parts, const int *idx, int n)
{
    int s = 0, e = n - 1;
    while (s <= e && !opens_report(&APR_ARRAY_IDX(m->blocks, idx[s], nc_block), &parts[s]))
        s++;
    while (e >= s && !closes_report(&APR_ARRAY_IDX(m->blocks, idx[e], nc_block), &parts[e]))
        e--;
    if (s > e)
        return 0;
    const nc_block *first = &APR_ARRAY_IDX(m->blocks, idx[s], nc_block);
    int anchor = 0, labels = 0, long_words = 0, prose = 0, headline = 0;
    int signs = first->verdict == NC_SHELL && first->role == NC_ROLE_HEADING;
    apr_uint32_t seen[REPORT_MAX_LABELS];
    for (int k = s; k <= e; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
        anchor += b->verdict == NC_SHELL || parts[k].trace;
        signs += parts[k].labels + parts[k].value + parts[k].trace + parts[k].version;
        for (int l = 0; l < parts[k].labels && l < 4; l++) {
            for (int o = 0; o < labels && o < REPORT_MAX_LABELS; o++)
                if (seen[o] == parts[k].hashes[l])
                    return 0;       /* a label said twice: a transcript, an interview */
            if (labels < REPORT_MAX_LABELS)
                seen[labels] = parts[k].hashes[l];
            labels++;
        }
        if (b->words > SHELL_MAX_BLOCK_WORDS && !parts[k].trace)
            long_words += b->words;
        if (b->verdict != NC_SHELL && !parts[k].labels && !parts[k].value && !parts[k].trace) {
            prose += b->words >= REPORT_PROSE_WORDS;
            headline |= is_headline(title, b);
        }
    }
    if (prose > 1 || (prose && headline))
        return 0;                   /* a story's headline and paragraphs between a shell and its fields */
    /* past REPORT_MAX_LABELS fields it is a list, not a report: an archive
     * of 1,500 "Archive note 17: ..." lines, each label new by its number,
     * after one line the learned model took for a shell's */
    if (!anchor || labels < REPORT_MIN_LABELS || labels > REPORT_MAX_LABELS || signs < REPORT_MIN_SIGNS
        || long_words > REPORT_MAX_LONG_WORDS
        || report_beside_prose(m, trace_blocks, idx[s], idx[e]))
        return 0;
    int marked = 0;
    for (int k = s; k <= e; k++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
        if (b->verdict != NC_SHELL)
            marked += mark_block(b);
    }
    return marked > 0;
}

#define REPORT_STACK_BLOCKS 256

static int mark_error_reports(apr_pool_t *p, nc_docmodel *m, const nc_head *title, const char *trace_blocks,
                              const char *story_form)
{
    int nblocks = m->blocks->nelts, n = 0, regions = 0, after_bare = 0, anchors = 0;
    /* a report needs a shell block or a trace in it (judge_report's anchor):
     * a page with neither, most pages, has none to read */
    for (int i = 0; i < nblocks && !anchors; i++)
        anchors = trace_blocks[i] || APR_ARRAY_IDX(m->blocks, i, nc_block).verdict == NC_SHELL;
    if (!anchors)
        return 0;
    /* a small page's runs fit on the stack: in the pool they opened a new
     * 8 KB block for a 15 KB page */
    int idx_small[REPORT_STACK_BLOCKS];
    report_part parts_small[REPORT_STACK_BLOCKS];
    int *idx = idx_small;
    report_part *parts = parts_small;
    if (nblocks + 1 > REPORT_STACK_BLOCKS) {
        idx = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
        parts = apr_palloc(p, sizeof(report_part) * (apr_size_t)(nblocks + 1));
    }
    for (int i = 0; i <= nblocks; i++) {
        const nc_block *b = i < nblocks ? &APR_ARRAY_IDX(m->blocks, i, nc_block) : NULL;
        if (b && !candidate(m, b))
            continue;
        report_part rp;
        memset(&rp, 0, sizeof rp);
        int part = 0;
        if (b && (!b->boilerplate || (story_form && story_form[i]))) {
            int bare = 0;
            rp.labels = nc_traces_field_labels(b->text, b->text_len, b->line_starts, b->nlines, &bare,
                                               rp.hashes, 4);
            rp.bare = bare != 0;
            rp.trace = trace_blocks[i];
            rp.value = after_bare && !rp.labels && b->words <= REPORT_VALUE_MAX_WORDS;
            rp.version = nc_traces_version_line(b->text, b->text_len, b->words);
            part = b->words <= SHELL_MAX_BLOCK_WORDS || rp.labels || rp.trace || rp.value;
        }
        if (part) {
            parts[n] = rp;
            idx[n++] = i;
            after_bare = rp.labels && rp.bare;
            continue;
        }
        if (n)
            regions += judge_report(m, title, trace_blocks, parts, idx, n);
        n = 0;
        after_bare = 0;
    }
    return regions;
}

static void spare_story_titles(nc_docmodel *m)
{
    int titles = 0;
    for (int i = 0; i < m->blocks->nelts && titles < STORY_TITLES_MAX; i++) {
        nc_block *t = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (t->role != NC_ROLE_TITLE || t->text_len == 0)
            continue;
        titles++;
        if (t->verdict != NC_SHELL)
            continue;
        for (int j = 0; j < m->blocks->nelts; j++) {
            const nc_block *h = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (h->role == NC_ROLE_HEADING && h->heading_level <= 3 && h->words >= 3 && h->text_len >= 8
                && h->verdict == NC_KEEP && strstr(t->text, h->text) != NULL) {
                t->verdict = NC_KEEP;
                break;
            }
        }
    }
}

/* The loose text right under the story's headline, beside it in the same
 * container (a table cell's standfirst and byline: "Dalla pagina non
 * trovata al servizio non disponibile: piccolo dizionario dei codici
 * HTTP." over a guide to error codes), is the story's dek, whatever it
 * says: an error page's own text sits under its own title, not under the
 * page's headline. */
#define DEK_MAX_WORDS 60

static void spare_headline_deks(nc_docmodel *m, const nc_head *title)
{
    for (int i = 1; i < m->blocks->nelts; i++) {
        nc_block *run = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (run->verdict != NC_SHELL || strcmp(run->tag, NC_RUN_TAG) != 0 || run->words > DEK_MAX_WORDS
            || run->parent < 0)
            continue;
        int prev = i - 1;           /* the sibling before it: skip its descendants */
        while (prev > run->parent && APR_ARRAY_IDX(m->blocks, prev, nc_block).parent != run->parent)
            prev--;
        if (prev <= run->parent)
            continue;
        const nc_block *h = &APR_ARRAY_IDX(m->blocks, prev, nc_block);
        if (h->verdict == NC_KEEP && h->role == NC_ROLE_HEADING && is_headline(title, h))
            run->verdict = NC_KEEP;
    }
}

/* A comment thread's own heading ("Commentaires", "Reacties (4)") over the
 * error box that stands in for its comments is the site's: the box goes,
 * the heading stays, as a thread's notice does. */
static void spare_comment_headings(nc_docmodel *m)
{
    for (int i = 0; i < m->blocks->nelts; i++) {
        nc_block *h = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (h->verdict == NC_SHELL && nc_doc_comments_heading(h) && nc_doc_comment_thread_of(m, i) >= 0)
            h->verdict = NC_KEEP;
    }
}

/* Is block i inside a sign-up form: a <form> in (or named as) a
 * newsletter's box ("newsletter-box", "mc4wp-form")? Its "Sorry, something
 * went wrong. Please try again later." is the form's own answer to a
 * failed subscription, kept hidden in the markup until then, not the
 * page's error. */
static int in_signup_form(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "newsletter", "newsletters", "nieuwsbrief", "mailchimp", "mc4wp",
                                         "mailpoet", NULL };
    int form = 0;
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        form |= is_tag(c, "form");
        if (!form)
            continue;
        const char *h = c->hint, *w;
        apr_size_t n;
        while ((w = nc_hint_next_word(&h, 1, &n)) != NULL)
            if (nc_hint_word_is_one_of(w, n, names))
                return 1;
    }
    return 0;
}

/* A trace printed a line a block: text/plain makes every line a block, so
 * PHP's "PHP Fatal error:  Uncaught Error: ... in /x/db.php:12", "Stack
 * trace:", "#0 /x/plain.php(7): db_open()", "#1 {main}", "thrown in ...
 * on line 12" are five blocks, none a trace alone (one frame each, no
 * header beside it). Consecutive short blocks under one parent, each a
 * trace's line by its shape (nc_traces_line_part), that together read as
 * a trace are each a trace block. Not beside prose, as for one block. */
#define SPLIT_TRACE_MAX_LINES 24
#define SPLIT_TRACE_MAX_BYTES 2048

static int next_candidate(const nc_docmodel *m, int i)
{
    for (int j = APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1; j < m->blocks->nelts; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b))
            return j;
        if (b->last_desc != j)
            return -1;              /* a container between them: not one printout */
    }
    return -1;
}

static int split_trace_line(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                            const char *trace_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    return !trace_blocks[i] && b->last_desc == i && b->words <= SHELL_MAX_BLOCK_WORDS && b->text_len > 0
           && nc_traces_line_part(r->traces, md, b->text, b->text_len) && !beside_prose(m, i);
}

/* Is there a long block under the same parent both before block a and
 * after block z (a story quoting the printout between its paragraphs, "The
 * log showed:")? Only the nearest siblings are looked at; past them,
 * assume so and keep. */
static int long_sibling_within(const nc_docmodel *m, int from, int dir, int parent)
{
    int seen = 0;
    for (int j = from; j >= 0 && j < m->blocks->nelts; j += dir) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (parent >= 0 && (j <= parent || j > APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc))
            return 0;
        if (b->parent != parent)
            continue;
        if (++seen > BESIDE_PROSE_REACH || b->words > SHELL_MAX_BLOCK_WORDS)
            return 1;
    }
    return 0;
}

static int between_prose(const nc_docmodel *m, int a, int z)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent;
    return long_sibling_within(m, a - 1, -1, parent)
           && long_sibling_within(m, APR_ARRAY_IDX(m->blocks, z, nc_block).last_desc + 1, 1, parent);
}

static void mark_split_traces(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                              char *trace_blocks)
{
    char buf[SPLIT_TRACE_MAX_BYTES];
    int lines[SPLIT_TRACE_MAX_LINES];
    int nblocks = m->blocks->nelts;
    for (int i = 0; i < nblocks; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!candidate(m, b) || !split_trace_line(r, md, m, trace_blocks, i))
            continue;
        int n = 0, words = 0, last = i;
        apr_size_t len = 0;
        for (int j = i; j >= 0 && n < SPLIT_TRACE_MAX_LINES; j = next_candidate(m, j)) {
            const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (c->parent != b->parent || len + c->text_len + 1 > sizeof buf
                || (j != i && !split_trace_line(r, md, m, trace_blocks, j)))
                break;
            if (len)
                buf[len++] = '\n';
            memcpy(buf + len, c->text, c->text_len);
            len += c->text_len;
            words = c->words > words ? c->words : words;
            lines[n++] = last = j;
        }
        if (n >= 2 && !between_prose(m, i, last)
            && nc_traces_says_error(r->traces, md, buf, len, words, SHELL_MAX_BLOCK_WORDS))
            for (int k = 0; k < n; k++)
                trace_blocks[lines[k]] = 1;
        i = APR_ARRAY_IDX(m->blocks, last, nc_block).last_desc;
    }
}

/* Is the page's first <title> an error page's, up to its site's name
 * (head_says_error)? Then the root document may be the error document
 * itself, the story pasted into its <body> (edits.c,
 * unwrap_root_error_document, which asks for the rest). */
static int root_title_says_error(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m)
{
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0) {
            nc_head h;
            memset(&h, 0, sizeof h);
            h.text = b->text;
            /* whole, too: IIS's "500 - Erreur interne du serveur." is
             * cut at its " - " as a site's name; and a bare reason phrase,
             * as Laravel titles its pages ("Serverfehler", "Not Found") */
            apr_size_t ms, me;
            return head_says_error(r, md, &h) || (b->text_len <= HEAD_SHELL_MAX
                   && (nc_catalog_says_error(r->catalog, b->text, b->text_len)
                       || nc_shell_rules_strong_title(r, md, b->text, b->text_len)
                       || nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me)));
        }
    }
    return 0;
}

int nc_shells_mark(const nc_shell_rules *rules, apr_pool_t *p, nc_docmodel *m,
                   const apr_array_header_t *extra, nc_verdict_cache *verdicts)
{
    pcre2_match_data *md = nc_regex_match_data(p);
    if (!md)
        return 0;
    int nblocks = m->blocks->nelts, regions = 0, n = 0, prose = -1;
    int *run = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
    char *weak_blocks = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *trace_blocks = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *pending = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *extra_off = extra && extra->nelts > 0 ? apr_pcalloc(p, (apr_size_t)extra->nelts) : NULL;
    const nc_head *title = head_title(p, m, rules, md);
    text_memo memo;
    text_memo_init(&memo, p, m, verdicts);
    int story_paragraphs = 0, source_blocks = 0;
    for (int i = 0; i < nblocks && story_paragraphs < MODEL_MIN_STORY; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        story_paragraphs += !b->boilerplate && b->role != NC_ROLE_TITLE
                            && b->words > SHELL_MAX_BLOCK_WORDS;
    }
    for (int i = 0; i < nblocks && source_blocks < MODEL_MAX_SOURCE && story_paragraphs >= MODEL_MIN_STORY; i++)
        source_blocks += source_code(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    int model_on = story_paragraphs >= MODEL_MIN_STORY && source_blocks < MODEL_MAX_SOURCE;
    mark_split_traces(rules, md, m, trace_blocks);
    for (int i = 0; i <= nblocks; i++) {
        const nc_block *b = i < nblocks ? &APR_ARRAY_IDX(m->blocks, i, nc_block) : NULL;
        if (b && (!candidate(m, b) || in_signup_form(m, i)))
            continue;                       /* empty containers do not break a run */
        /* a pasted document's <title> starts a document of its own: the
         * page's blocks before it neither back its blocks nor are backed
         * by them (a site's footer between two error documents) */
        if (b && n && b->role == NC_ROLE_TITLE) {
            regions += mark_run(rules, p, md, &memo, m, run, n, extra, extra_off, weak_blocks, trace_blocks,
                                pending, prose, -1, title, model_on);
            n = 0;
            prose = -1;
        }
        /* beside_prose first: it rules out a story's paragraphs at the
         * first sibling, and the trace tests read the whole text. An error
         * page's own long explanation, a block wholly of catalog sentences
         * (httpd's 37-word 401 text), is no prose either. */
        if (b && (!beside_prose(m, i) || php_output_run(rules, md, b) || aspnet_signature_run(rules, md, b))
            && (nc_traces_says_error(rules->traces, md, b->text, b->text_len, b->words, SHELL_MAX_BLOCK_WORDS)
                || nc_traces_signed_report(rules->traces, md, b->text, b->text_len, b->line_starts, b->nlines)
                || (b->words > SHELL_MAX_BLOCK_WORDS
                    && nc_catalog_says_only_error(rules->catalog, b->text, b->text_len))))
            trace_blocks[i] = 1;            /* a trace is no prose, however long */
        if (b && (b->words <= SHELL_MAX_BLOCK_WORDS || trace_blocks[i] || short_lines(b))) {
            run[n++] = i;
            continue;
        }
        /* Long loose text in a container (a run, html_parser.c) was the
         * container's own text before runs were blocks, where it ended no
         * run of the blocks beside it: it still does not (CloudFront's
         * "Request blocked. We can't connect..." between its title and its
         * "Generated by" line). It is never a shell here. */
        if (b && strcmp(b->tag, NC_RUN_TAG) == 0)
            continue;
        if (n)
            regions += mark_run(rules, p, md, &memo, m, run, n, extra, extra_off, weak_blocks, trace_blocks,
                                pending, prose, b ? i : -1, title, model_on);
        n = 0;
        prose = b ? i : -1;
    }
    /* only beside a story kept elsewhere, outside furniture; a form that
     * holds the story (ASP.NET wraps the whole page in one) is no
     * furniture, as for the soft-error test (engine.c) */
    const char *story_form = nc_doc_story_forms(p, m, SHELL_MAX_BLOCK_WORDS);
    regions += mark_error_reports(p, m, title, trace_blocks, story_form);
    int story = 0;
    for (int i = 0; i < nblocks && story < 3; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        story += b->verdict == NC_KEEP && (!b->boilerplate || (story_form && story_form[i]))
                 && b->role != NC_ROLE_TITLE && b->words > SHELL_MAX_BLOCK_WORDS;
    }
    for (int i = 0; i < nblocks && story >= 2; i++)
        if (self_evident_description(rules, md, m, title, i) || named_box_description(rules, md, m, title, weak_blocks, i))
            regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    regions += mark_notice_boxes(rules, md, m, title);
    regions += mark_members_walls(rules, md, m, title);
    if (regions) {
        char *frame = NULL;
        for (int i = 0; i < nblocks && !frame; i++)
            if (pending[i] == PENDING_MODEL) {
                frame = apr_pcalloc(p, (apr_size_t)nblocks);
                mark_page_frames(m, frame);
            }
        for (int i = 0; i < nblocks; i++)
            if (pending[i] && page_backed(m, title, i, pending[i], frame))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        regions += grow_shells(rules, p, md, m, title, weak_blocks) > 0;
        regions += spread_in_error_containers(rules, p, md, m, title, weak_blocks);
        regions += spread_in_template(rules, p, md, m, title, weak_blocks);
        regions += mark_site_maps(p, m, title);
        regions += mark_titled_lists(m, title);
        for (int i = 0, also; i < nblocks; i++)
            if (sandwiched_description(rules, md, m, title, weak_blocks, i, story, &also)) {
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
                if (also >= 0)
                    regions += mark_block(&APR_ARRAY_IDX(m->blocks, also, nc_block));
            }
        for (int i = 0; i < nblocks; i++)
            if (weak_beside_shell(m, title, weak_blocks, i))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        regions += mark_sandwiched_boxes(m, title) > 0;
        for (int i = 0; i < nblocks; i++)
            if (wordless_form_between_shells(m, i) || search_form_closing_shell(m, i)
                || framed_shell_beside_shell(rules, md, &memo, m, i))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        spare_story_titles(m);
        spare_comment_headings(m);
        spare_headline_deks(m, title);
        m->root_title_error = root_title_says_error(rules, md, m);
    }
    return regions;
}
