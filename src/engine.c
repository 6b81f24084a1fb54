/*
 * engine.c - one page from bytes to edit list: the pipeline behind newsclean.h.
 *
 *   feed:   bytes -> kept copy -> HTML push parser (text/plain waits for the end)
 *   finish: charset -> block texts -> shells -> duplicates -> edits
 *           -> headline + article text -> actors and figures -> JSON-LD insert
 *
 * Any doubt ends in a skip_reason and an empty edit list: the caller then
 * sends the page exactly as it came.
 */
#include "newsclean.h"
#include "parsers.h"
#include "docbuild.h"
#include "shells.h"
#include "loose_text.h"
#include "shell_shape.h"
#include "shell_model.h"
#include "dedup.h"
#include "edits.h"
#include "extract.h"
#include "jsonld.h"
#include "nc_pattern.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_strings.h>

#define NC_HEADLINE_MAX_WORDS 30
#define NC_ARTICLE_BLOCK_MIN_WORDS 5
/* Extraction reads at most this much article text and reports at most this
 * many mentions: a story names its actors and figures early, and the cost of
 * a page (and the size of its metadata block) must not grow with comment
 * threads or archive lists. 16 KB is about 2,600 words, longer than nearly
 * every news story. */
#define NC_EXTRACT_TEXT_BUDGET (16 * 1024)
_Static_assert(NC_EXTRACT_TEXT_BUDGET <= NC_EXTRACT_BLOCK_MAX, "a block within the budget is read whole");
#define NC_MAX_MENTIONS 100
/* Positions in the parser's elisions are 32-bit; NewsCleanMaxSize is at
 * most 1 GB, the CLI has no cap of its own. */
#define NC_DOC_MAX_BYTES ((apr_size_t)0x7fffffff)

/* Class, id or role words of containers that hold other stories' text, or
 * the site's own on every page: a consent banner, a headline ticker, the
 * author's biography, a "read also" teaser inside the story, a tag list. */
static const char *const not_story_hints[] = {
    "comment", "related", "recommend", "sidebar", "teaser", "promo", "rail", "widget",
    "newsletter", "more-from", "most-read", "popular", "trending",
    "cookie", "consent", "gdpr", "ticker", "paywall", "read-also", "readalso", "see-also",
    "author-box", "authorbox", "author-bio", "about-author", "post-tags", "entry-tags", NULL
};

/* Any of words anywhere in hint, even inside a longer name ("post-comments",
 * "relatedStories" lower-cased): rails are named every which way. */
#define HINT_WORDS_MAX 64
typedef struct hint_words {
    const char *const *words;
    signed char first[26];          /* the first word starting with 'a' + k, or -1 */
    signed char next[HINT_WORDS_MAX]; /* the next word with the same first letter */
    int plain;                      /* a word starts with no a-z: every word at every byte */
} hint_words;

/* Built once per engine: building the first letters' table at every
 * container and trying every word at each of their letters cost 27 K
 * instructions on a 15 KB page. */
static void hint_words_init(hint_words *hw, const char *const *words)
{
    memset(hw->first, -1, sizeof hw->first);
    hw->words = words;
    hw->plain = 0;
    int n = 0;
    while (words[n])
        n++;
    for (int i = n - 1; i >= 0; i--) {  /* backwards: each chain in the list's order */
        unsigned k = (unsigned char)words[i][0] - 'a';
        if (k >= 26 || n > HINT_WORDS_MAX) {
            hw->plain = 1;
            return;
        }
        hw->next[i] = hw->first[k];
        hw->first[k] = (signed char)i;
    }
}

struct nc_engine {
    nc_shell_rules *shells;
    nc_extractor   *extractor;
    nc_html_names  *html_names;     /* read-only, shared by every page's parser */
    hint_words      not_story;      /* outside_story's rail names */
};

struct nc_pattern {
    nc_regex *re;
};

struct nc_doc {
    const nc_engine *engine;
    apr_pool_t      *pool;
    nc_options       opts;
    int              is_html;
    const char      *header_charset;
    nc_buf           orig;           /* the page as received: text is read from it */
    apr_size_t       received;       /* bytes fed, including any after a give-up */
    nc_docmodel      model;
    nc_html_parser  *html;
    const char      *failure;
};

void nc_options_default(nc_options *o)
{
    memset(o, 0, sizeof *o);
    o->shells = 1;
    o->dedup = 1;
    o->metadata = 1;
    o->placement = NC_PLACE_HEAD;
    o->min_block_words = NC_DEFAULT_MIN_BLOCK_WORDS;
}

nc_engine *nc_engine_create(apr_pool_t *p, char **err)
{
    nc_engine *e = apr_pcalloc(p, sizeof *e);
    if (!(e->shells = nc_shell_rules_create(p, err)))
        return NULL;
    if (!(e->extractor = nc_extractor_create(p, err)))
        return NULL;
    e->html_names = nc_html_names_create(p);    /* without it each page interns its own */
    hint_words_init(&e->not_story, not_story_hints);
    return e;
}

nc_pattern *nc_pattern_compile(apr_pool_t *p, const char *regex, char **err)
{
    nc_pattern *pat = apr_pcalloc(p, sizeof *pat);
    if (!(pat->re = nc_regex_compile(p, regex, 0, err)))
        return NULL;
    return pat;
}

const nc_regex *nc_pattern_regex(const nc_pattern *pat)
{
    return pat->re;
}

/* --- feeding ----------------------------------------------------------------- */

static int media_type_is(const char *ct, const char *type)
{
    apr_size_t n = strlen(type);
    return ct && strncasecmp(ct, type, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

nc_doc *nc_doc_begin(const nc_engine *e, apr_pool_t *p, const nc_options *o,
                     const char *content_type)
{
    nc_doc *d = apr_pcalloc(p, sizeof *d);
    d->engine = e;
    d->pool = p;
    if (o)
        d->opts = *o;
    else
        nc_options_default(&d->opts);
    if (d->opts.min_block_words < 1)
        d->opts.min_block_words = 1;
    d->is_html = !media_type_is(content_type, "text/plain");
    d->header_charset = nc_charset_param(p, content_type);
    /* Small until the page's size is known: nc_doc_expect sizes them once,
     * and what they held before that is left in the pool. */
    nc_buf_init(&d->orig, p, 256);
    d->model.blocks = apr_array_make(p, 1, sizeof(nc_block));
    d->model.is_html = d->is_html;
    d->model.anchors.head_close = NC_NO_OFFSET;
    d->model.anchors.body_close = NC_NO_OFFSET;
    d->model.anchors.head_open_end = NC_NO_OFFSET;
    if (d->is_html && !(d->html = nc_html_parser_create(p, &d->model, &d->orig,
                                                        e ? e->html_names : NULL)))
        d->failure = "parser-unavailable";
    return d;
}

void nc_doc_expect(nc_doc *d, apr_size_t total_bytes)
{
    if (d->received || d->failure || total_bytes == 0)
        return;
    nc_buf_presize(&d->orig, total_bytes);
    if (d->html)
        nc_html_parser_expect(d->html, total_bytes);
}

const char *nc_doc_bytes(const nc_doc *d, apr_size_t *len)
{
    *len = d->orig.len;
    return d->orig.data;
}

int nc_doc_feed(nc_doc *d, const char *buf, apr_size_t len)
{
    d->received += len;
    if (d->failure)
        return -1;
    if (d->received > NC_DOC_MAX_BYTES || d->received < len) {
        d->failure = "too-large";       /* the module's own cap is lower */
        return -1;
    }
    nc_buf_append(&d->orig, buf, len);
    if (d->html && nc_html_parser_feed(d->html, 0) != 0)
        d->failure = nc_html_parser_failure(d->html);
    return d->failure ? -1 : 0;
}

/* --- finishing ----------------------------------------------------------------- */

static nc_block *block_at(nc_doc *d, int i)
{
    return &APR_ARRAY_IDX(d->model.blocks, i, nc_block);
}

/* The text of blocks inside a <template> (nc_doc_inert), veiled from all
 * but dedup: the shell tests, the soft-error test and extraction read
 * template content as they did when the parser skipped it (an app's error
 * template is no shell on the page, and no fact of the story). */
typedef struct veiled_text {
    const char *text;
    apr_size_t len;
    int words;
    unsigned char nlines;
} veiled_text;

static void veil_inert(nc_doc *d, const char *inert, veiled_text *saved, int veil)
{
    for (int i = 0; i < d->model.blocks->nelts; i++) {
        nc_block *b = block_at(d, i);
        if (!inert[i])
            continue;
        if (veil) {
            saved[i] = (veiled_text){ b->text, b->text_len, b->words, b->nlines };
            b->text = "";
            b->text_len = 0;
            b->words = 0;
            b->nlines = 0;
        } else {
            b->text = saved[i].text;
            b->text_len = saved[i].len;
            b->words = saved[i].words;
            b->nlines = saved[i].nlines;
        }
    }
}

/* A paragraph of prose: longer blocks are never shells (shells.c). */
#define STORY_PARAGRAPH_WORDS 30

/* The words of b less its tokens with no letter or digit: a menu's "|"
 * and "·" separators stand between words ("ראשי | חדשות | כפר סבא |
 * רעננה" is 7 words, not 11, and under the 8 a block needs to be story
 * text). Chinese and Japanese text, counted by its characters, has no
 * such tokens. */
static int lettered_words(const nc_block *b)
{
    int separators = 0, lettered = 0, any = 0;
    for (apr_size_t i = 0; i <= b->text_len; i++) {
        unsigned char c = i < b->text_len ? (unsigned char)b->text[i] : ' ';
        if (c == ' ') {
            separators += any && !lettered;
            lettered = any = 0;
            continue;
        }
        any = 1;
        /* a UTF-8 lead byte outside U+2000-U+2FFF (punctuation, symbols) is a letter */
        if (c >= 0x80 ? c >= 0xC0 && c != 0xE2 : (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            lettered = 1;
    }
    return b->words - separators;
}

/* A site's consent banner by its class or id ("cookie-notice",
 * "cmplz-cookiebanner", "gdpr-consent"): the site's notice on every page,
 * a 404 page's too, never its story. */
/* Does block i or an element around it carry one of names in its class
 * or id? digits as nc_hint_next_word takes it. */
static int in_box_named(const nc_docmodel *m, int i, const char *const *names, int digits)
{
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const char *h = APR_ARRAY_IDX(m->blocks, a, nc_block).hint, *w;
        apr_size_t n;
        while ((w = nc_hint_next_word(&h, digits, &n)) != NULL)
            if (nc_hint_word_is_one_of(w, n, names))
                return 1;
    }
    return 0;
}

/* A consent banner by its class or id: "consent", "gdpr", and any name
 * that opens with "cookie" ("cookiebanner", "cookienotice", the German
 * templates' "cookiehinweis", "cookielaw", "cookiewall"). */
static int in_consent_box(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "consent", "gdpr", NULL };
    if (in_box_named(m, i, names, 0))
        return 1;
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const char *h = APR_ARRAY_IDX(m->blocks, a, nc_block).hint, *w;
        apr_size_t n;
        while ((w = nc_hint_next_word(&h, 0, &n)) != NULL)
            if (n >= 6 && !memcmp(w, "cookie", 6))
                return 1;
    }
    return 0;
}

/* A newsletter's sign-up box by its class or id ("newsletter-box",
 * "mc4wp-form", "mailchimp-signup"): its pitch ("The day's top stories,
 * in your inbox every morning") is the site's on every page, a theme's
 * 404 page in a <div> sidebar too (the bh-* set), never its story. */
static int in_signup_box(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "newsletter", "newsletters", "nieuwsbrief", "mailchimp", "mc4wp",
                                         "mailpoet", NULL };
    return in_box_named(m, i, names, 1);
}

/* "top bar", and the header's top row as themes name it: "header-top",
 * "hd-top" (the bq-* set's Japanese paper), "top-header". */
static int top_bar_pair(const char *a, apr_size_t an, const char *b, apr_size_t bn)
{
#define HINT_IS(w, n, lit) ((n) == sizeof(lit) - 1 && !memcmp((w), (lit), sizeof(lit) - 1))
    if (HINT_IS(b, bn, "top"))
        return HINT_IS(a, an, "header") || HINT_IS(a, an, "hd");
    return HINT_IS(a, an, "top") && (HINT_IS(b, bn, "bar") || HINT_IS(b, bn, "header"));
#undef HINT_IS
}

/* The site's top bar by its class or id ("topbar", "top-bar"): the date,
 * the exchange rates, the site's tagline above every page, a 404 page's
 * too (the bp-* set's "11 Mart 2025, Salı USD 36,48 · EUR 39,71"), never
 * its story; "header-top" and its kin name the same row (top_bar_pair).
 * A box so named that holds a paragraph (over
 * STORY_PARAGRAPH_WORDS words) is no top bar: themes name their main
 * column every which way ("navbar-nalon-main" holds bh-ibexa's story, and
 * "navbar" and "masthead" are left out for that). */
static int in_top_bar(const nc_docmodel *m, int i)
{
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *ab = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        const char *h = ab->hint, *w, *prev = NULL;
        apr_size_t n, prev_n = 0;
        int named = 0;
        while (!named && (w = nc_hint_next_word(&h, 1, &n)) != NULL) {
            named = (n == 6 && !memcmp(w, "topbar", 6)) || (prev && top_bar_pair(prev, prev_n, w, n));
            prev = w;
            prev_n = n;
        }
        if (!named)
            continue;
        for (int j = a; j <= ab->last_desc; j++)
            if (APR_ARRAY_IDX(m->blocks, j, nc_block).words > STORY_PARAGRAPH_WORDS)
                return 0;
        return 1;
    }
    return 0;
}

/* A separator standing alone between the parts of a line: "|", "·",
 * "•", the geometric shapes themes set between them ("■", "●", "◆") and
 * the full-width bar of Chinese and Japanese menus ("｜"), in UTF-8, and
 * the "+++" German and Spanish dailies set between a ticker's items. The
 * text's words (doc.c) split "首頁｜政治" at it too. */
static int separator_token(const unsigned char *t, apr_size_t n)
{
    return (n == 1 && t[0] == '|') || (n == 2 && t[0] == 0xC2 && t[1] == 0xB7)
        || (n == 3 && t[0] == 0xE2 && ((t[1] == 0x80 && t[2] == 0xA2) || t[1] == 0x96 || t[1] == 0x97))
        || (n == 3 && t[0] == 0xEF && t[1] == 0xBD && t[2] == 0x9C)             /* "｜" */
        || (n == 3 && t[0] == '+' && t[1] == '+' && t[2] == '+');   /* a news ticker's "+++" */
}

/* A line of parts set apart by separators, none a sentence: a top bar's
 * "Lunedì 30 novembre 2026 | Livorno 14° nuvoloso | FTSE MIB 34.120", a
 * marquee's "Ultim'ora: A • B • C", a rates line "USD 41,25 · EUR 43,90
 * · PLN 10,12". At least SEGMENTED_MIN_PARTS parts of at most
 * SEGMENTED_PART_WORDS words: the template's ticker or information line,
 * never a story's sentence (a byline "By X | May 3" has fewer words than
 * article text needs). */
#define SEGMENTED_MIN_PARTS 3
#define SEGMENTED_PART_WORDS 16
/* a part this short may end in a period: "30 ноября 2026 г.", "Nr. 48." */
#define SEGMENTED_ABBREV_WORDS 6

static int segmented_line(const nc_block *b)
{
    const unsigned char *t = (const unsigned char *)b->text;
    apr_size_t n = b->text_len, part = 0;
    int parts = 0, words = 0;
    for (apr_size_t i = 0; i <= n;) {
        apr_size_t j = i;
        if (i + 3 <= n && separator_token(t + i, 3))
            j = i + 3;                      /* "首頁｜政治": the bar needs no spaces */
        else
            while (j < n && t[j] != ' ' && !(j + 3 <= n && t[j] == 0xEF && separator_token(t + j, 3)))
                j++;
        int sep = j < n || j > i ? separator_token(t + i, j - i) : 0;
        if (sep || j >= n) {
            apr_size_t part_end = sep ? i : n;
            while (part_end > part && t[part_end - 1] == ' ')
                part_end--;
            if (part_end > part) {
                if (words > SEGMENTED_PART_WORDS
                    || (words > SEGMENTED_ABBREV_WORDS && nc_text_ends_sentence(b->text + part, part_end - part)))
                    return 0;
                parts++;
            }
            part = j < n && t[j] == ' ' ? j + 1 : j;
            words = 0;
        } else if (j > i) {
            words++;
        }
        i = j < n && t[j] == ' ' ? j + 1 : j == i ? j + 1 : j;
    }
    return parts >= SEGMENTED_MIN_PARTS;
}

/* A column of short lines set apart by <br>s, none a sentence: an old
 * table layout's news feed ("18:40 В Самаре открыли мост<br>17:35 ..."),
 * its weather and rates box, its footer's address lines. At least
 * BR_LIST_MIN_LINES lines of at most BR_LIST_LINE_WORDS words each; a
 * story set in <br> paragraphs ends its lines with sentences. HTML only:
 * a plain-text story's lines are wrapped mid-sentence. */
#define BR_LIST_MIN_LINES 3
#define BR_LIST_LINE_WORDS 20

static int br_list(const nc_doc *d, const nc_block *b)
{
    if (!d->is_html || b->br_lines + 1 < BR_LIST_MIN_LINES || b->nlines >= NC_MAX_LINE_STARTS)
        return 0;
    for (int k = 0; k <= b->nlines; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0, to = k < b->nlines ? b->line_starts[k] : b->text_len;
        int words = 0, in_word = 0;
        if (to > b->text_len || from > to)
            return 0;
        for (apr_size_t j = from; j < to; j++) {
            words += b->text[j] != ' ' && !in_word;
            in_word = b->text[j] != ' ';
        }
        if (words > BR_LIST_LINE_WORDS
            || (nc_text_ends_sentence(b->text + from, to - from) && !memmem(b->text + from, to - from, "\xC2\xA9", 2)))
            return 0;                       /* "© 2026 X. All rights reserved." is the footer's */
    }
    return 1;
}

/* Is every letter of block i's own text (its children's left out) inside
 * links: a side column's bare links set apart by <br>s above its boxes
 * ("Livorno<br>Pisa<br>Piombino"), a list of the site's sections. */
static int own_text_all_links(nc_doc *d, int i)
{
    const nc_block *b = block_at(d, i);
    if (!d->is_html || !b->trusted || b->end > d->orig.len)
        return 0;
    apr_size_t from = b->start;
    for (int j = i + 1; j <= b->last_desc; j = block_at(d, j)->last_desc + 1) {
        const nc_block *c = block_at(d, j);
        if (!c->trusted || c->start < from || c->end > b->end)
            return 0;
        if (nc_shape_unlinked_letters(d->orig.data, from, c->start) > 0)
            return 0;
        from = c->end;
    }
    return nc_shape_unlinked_letters(d->orig.data, from, b->end) == 0;
}

/* A short line in the same box as an e-mail field: a newsletter's pitch
 * ("Iscriviti alla newsletter: le notizie del giorno alle 7") or a
 * log-in box's words, whatever the box is named. The box is the block's
 * parent, read when it is small (SIGNUP_BOX_MAX_BYTES) and no page's or
 * story's wrapper. */
#define SIGNUP_LINE_MAX_WORDS 16
#define SIGNUP_BOX_MAX_BYTES 4096

static int beside_email_field(nc_doc *d, int i)
{
    const nc_block *b = block_at(d, i);
    if (!d->is_html || b->words > SIGNUP_LINE_MAX_WORDS)
        return 0;
    const nc_block *box = b->parent >= 0 ? block_at(d, b->parent) : NULL;
    if (!box || nc_block_page_or_main(box) || !box->trusted || box->end > d->orig.len
        || box->end - box->start > SIGNUP_BOX_MAX_BYTES)
        box = b;
    if (!box->trusted || box->end > d->orig.len || box->end - box->start > SIGNUP_BOX_MAX_BYTES)
        return 0;
    const char *s = d->orig.data + box->start, *end = d->orig.data + box->end;
    while ((s = memchr(s, '<', (apr_size_t)(end - s))) != NULL && end - s > 6) {
        const char *gt = memchr(s, '>', (apr_size_t)(end - s));
        if (!gt)
            break;
        if (nc_tag_name_at(d->orig.data, box->end, (apr_size_t)(s - d->orig.data), "input")) {
            for (const char *a = s + 6; a + 4 <= gt; a++)
                if (!strncasecmp(a, "mail", 4))
                    return 1;
        }
        s = gt;
    }
    return 0;
}

/* A box of short lines that ends in the site's copyright line after a
 * <br> ("Редакция: +7 …, news@…<br>Свежие новости - в нашем канале …<br>©
 * 2026 ООО …", bq-soft-maintenance-koi8-ru): the imprint an old template
 * prints in a plain <div> as its footer, as a line that opens with "©"
 * (nc_doc_copyright_line) is. Every line before it is short (12 words at
 * most, 30 in all): a brief's paragraph with a photo credit under it is a
 * line of prose, and a story of loose text cut by <br>s
 * (ck-nl-haproxy-504-br-before, which ends in its "© 2026" line too) is
 * long. A block with blocks inside is not read. Only the soft-error
 * test reads this. */
#define IMPRINT_LINE_MAX_WORDS 12
static int ends_in_copyright_line(nc_doc *d, int i)
{
    const nc_block *b = block_at(d, i);
    if (b->last_desc > i)
        return 0;                       /* a box of blocks: its bytes are theirs too */
    if (!d->is_html || !b->trusted || b->end > d->orig.len || b->end <= b->start || b->text_len == 0
        || b->words > STORY_PARAGRAPH_WORDS)
        return 0;
    const char *e = d->orig.data + b->end;
    int words = 0, in_word = 0, lines = 0;
    for (const char *p = d->orig.data + b->start; p < e; p++) {
        if (*p == '<') {
            const char *gt = memchr(p, '>', (apr_size_t)(e - p));
            if (!gt)
                return 0;
            if (gt - p >= 3 && (p[1] == 'b' || p[1] == 'B') && (p[2] == 'r' || p[2] == 'R')
                && (p[3] == '>' || p[3] == '/' || p[3] == ' ')) {
                if (words > IMPRINT_LINE_MAX_WORDS)
                    return 0;           /* a line of prose before it */
                lines += words > 0;
                words = in_word = 0;
            }
            p = gt;
            continue;
        }
        /* the page's own bytes: any ASCII-compatible charset spaces alike */
        int space = *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n';
        words += !space && !in_word;
        in_word = !space;
    }
    if (lines == 0 || words == 0)
        return 0;
    /* the last line's words are the last as many of the block's text, read
     * from the first of them */
    const char *t = b->text, *w = t + b->text_len;
    for (int k = 0; k < words && w > t; k++) {
        while (w > t && (w[-1] == ' ' || w[-1] == '\n'))
            w--;
        while (w > t && w[-1] != ' ' && w[-1] != '\n')
            w--;
    }
    if (w == t)
        return 0;
    apr_size_t n = b->text_len - (apr_size_t)(w - t);
    return (n >= 2 && (unsigned char)w[0] == 0xC2 && (unsigned char)w[1] == 0xA9)      /* © */
        || (n >= 9 && strncasecmp(w, "copyright", 9) == 0)
        || (n >= 3 && strncasecmp(w, "(c)", 3) == 0);
}

/* A short line with no sentence in it: nothing in it ends like one
 * (nc_text_ends_sentence at a word's end). A masthead's date and links
 * ("Lugo, miércoles 2 de diciembre de 2026 Suscríbase | Hemeroteca"), a
 * top row's "lunes, 30 de noviembre de 2026 Zaragoza 7°C Iniciar sesión",
 * above the page's first <h1>: the masthead's, never the prose of a
 * brief, whose paragraphs are sentences. Under an <h1> a story may be
 * points without stops ("Taglio della Tari del dieci per cento per le
 * famiglie con figli a carico"), so only lines before the first <h1> (or
 * on a page without one) are read so. SENTENCELESS_MAX_WORDS words at
 * most: a longer run without a stop is left to the other tests. Only the
 * soft-error decision reads this. */
#define SENTENCELESS_MAX_WORDS 20

static int sentenceless_line(nc_doc *d, int i)
{
    const nc_block *b = block_at(d, i);
    if (b->words > SENTENCELESS_MAX_WORDS)
        return 0;
    for (int j = 0; j < i; j++)
        if (block_at(d, j)->heading_level == 1)
            return 0;
    for (apr_size_t k = 1; k <= b->text_len; k++)
        if ((k == b->text_len || b->text[k] == ' ') && nc_text_ends_sentence(b->text, k))
            return 0;
    return 1;
}

/* Does block i read as article text left after cleaning: a block long
 * enough to be prose, outside furniture (an old template's <div
 * id="footer"> too, and a copyright line: a 404 page's footer is no
 * story). A form that holds the story (ASP.NET WebForms wraps the whole
 * page in one) is no furniture here: counting it as such would answer a
 * real article with a shell beside it as a soft error. A line of links
 * only (a breaking-news ticker's headlines run together), a consent
 * banner, a newsletter's sign-up box and the site's top bar are the
 * site's on every page, a theme's whole 404 page too. */
static int reads_as_article(nc_doc *d, int i, const char *story_form, const char *footer, const char *cards)
{
    const nc_block *b = block_at(d, i);
    /* the cheap tests first: lettered_words reads the block's text */
    return b->verdict == NC_KEEP && (!b->boilerplate || (story_form && story_form[i])) && !(cards && cards[i])
        && b->role != NC_ROLE_TITLE && b->words >= d->opts.min_block_words
        && !(footer && footer[i]) && !nc_doc_copyright_line(b) && !ends_in_copyright_line(d, i)
        && lettered_words(b) >= d->opts.min_block_words
        && !(d->is_html && b->trusted && b->end <= d->orig.len
             && nc_shape_unlinked_letters(d->orig.data, b->start, b->end) == 0)
        && !in_consent_box(&d->model, i) && !in_signup_box(&d->model, i) && !in_top_bar(&d->model, i)
        && !segmented_line(b) && !br_list(d, b) && !own_text_all_links(d, i) && !beside_email_field(d, i)
        && !sentenceless_line(d, i);
}

/* A shell's box keeps one short line the phrases did not reach: the advice
 * or contact under its message (bq-soft-removed-cp1252-fr's "Pour toute
 * question, vous pouvez écrire à mediateur@…"), 16 words at most (the
 * leftover lines of the soft pages so far have 8 to 16; a brief's
 * paragraph has more). Such a line is the box's when its box (its parent,
 * never the page's or story's own wrapper) holds a removed shell and no
 * other line that reads as article text: two such lines, or a paragraph,
 * in the box are a story's. Only the soft-error decision reads this; no
 * edit changes. Each box is walked once: a line that is the box's is its
 * only candidate. */
#define SHELL_BOX_LINE_MAX_WORDS 16
/* A longer paragraph is the box's too when it opens with an apology proper
 * ("We're sorry. The story or page you were trying to reach may have been
 * moved, renamed or taken down, ...", the bv-* set): a 404 box's
 * explanation runs to 40-70 words, past the 30 a shell block may have,
 * while a story's paragraph hardly ever opens with "we're sorry". */
#define SHELL_BOX_APOLOGY_MAX_WORDS 70
/* ... or, up to 40 words (a CJK sentence or two, just past the 30 a
 * shell block may have), when it says two things a notice says (the page
 * is gone, go to the home page: "指定されたページは、掲載期間が終了したか、
 * URLが変更・削除された可能性があります。お手数ですが、トップページから…")
 * and the learned model is sure it is a shell's (log-odds +4; that
 * explanation scores +13, a story's sentence -8 and below): the model
 * never decides alone, and a longer paragraph still needs the apology. */
#define SHELL_BOX_NOTICE_MAX_WORDS 40
#define SHELL_BOX_NOTICE_MODEL (4 * NC_SHELL_MODEL_SCALE)
static int says_a_notice(const nc_block *b)
{
    unsigned kinds = nc_shape_notice_kinds(b->text, b->text_len);
    return b->words <= SHELL_BOX_NOTICE_MAX_WORDS
           && (kinds & (kinds - 1)) != 0               /* two kinds at least */
           && nc_shell_model_knows_script(b->text, b->text_len)
           && nc_shell_model_score(b->text, b->text_len) >= SHELL_BOX_NOTICE_MODEL;
}

static int line_of_shell_box(nc_doc *d, int i, const char *story_form, const char *footer, const char *cards)
{
    const nc_block *b = block_at(d, i);
    int long_line = b->words > SHELL_BOX_LINE_MAX_WORDS;
    if (b->words > SHELL_BOX_APOLOGY_MAX_WORDS || b->parent < 0)
        return 0;
    const nc_block *box = block_at(d, b->parent);
    if (nc_block_page_or_main(box))
        return 0;
    int shell = 0;
    for (int j = b->parent + 1; j <= box->last_desc && j < d->model.blocks->nelts; j++) {
        if (j == i)
            continue;
        const nc_block *o = block_at(d, j);
        if (o->verdict == NC_SHELL && o->words > 0)
            shell = 1;
        else if (o->verdict == NC_KEEP && o->words > 0 && reads_as_article(d, j, story_form, footer, cards))
            return 0;
    }
    return shell && (!long_line || nc_shells_opens_with_apology(d->engine->shells, d->pool, b->text, b->text_len)
                     || says_a_notice(b));
}

/* A short line with a removed shell block right before and right after
 * it under the same parent (a geo block's "Yayın hakları nedeniyle bu
 * sayfaya yalnızca Türkiye'den erişilebilir." between its apology and its
 * "Hata kodu: GEO-403", bb-soft-region-tr) is that shell's, even with the
 * page as its box, where line_of_shell_box does not look: a story's line
 * has no shell on both sides. 16 words at most, as a box's leftover line;
 * only the soft-error decision reads it. */
static int text_sibling(nc_doc *d, int i, int step)
{
    const nc_block *b = block_at(d, i);
    const nc_block *up = block_at(d, b->parent);
    for (int j = step > 0 ? b->last_desc + 1 : i - 1; j > b->parent && j <= up->last_desc; j += step)
        if (block_at(d, j)->parent == b->parent
            && (block_at(d, j)->words > 0 || block_at(d, j)->last_desc > j))
            return j;                   /* a box of blocks is no shell line */
    return -1;
}

static int between_shells(nc_doc *d, int i)
{
    const nc_block *b = block_at(d, i);
    if (b->words > SHELL_BOX_LINE_MAX_WORDS || b->parent < 0)
        return 0;
    int before = text_sibling(d, i, -1), after = text_sibling(d, i, 1);
    return before >= 0 && after >= 0 && block_at(d, before)->verdict == NC_SHELL
        && block_at(d, after)->verdict == NC_SHELL;
}

/* Shell lines at the edge of a long block of loose text, and its own
 * paragraphs printed again in it (shells.c): byte ranges inside a kept
 * block, added where no removal already is. */
static int by_edit_start(const void *a, const void *b)
{
    const nc_edit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1
         : x->kind == NC_EDIT_INSERT ? -1 : y->kind == NC_EDIT_INSERT ? 1 : 0;
}

static apr_pool_t *stage_pool(nc_doc *d);
static void stage_done(nc_doc *d, apr_pool_t *sp);

static void add_edge_cuts(nc_doc *d, apr_array_header_t *edits)
{
    apr_pool_t *sp = stage_pool(d);
    apr_array_header_t *cuts = apr_array_make(sp, 2, sizeof(nc_edit));
    int found = 0;
    if (d->opts.shells)
        found += nc_shells_edge_lines(d->engine->shells, sp, &d->model, d->orig.data, d->orig.len, cuts);
    if (d->opts.dedup)
        found += nc_loose_text_repeats(sp, &d->model, d->orig.data, d->orig.len, cuts);
    if (found > 0) {
        int added = 0;
        for (int i = 0; i < cuts->nelts; i++) {
            const nc_edit *c = &APR_ARRAY_IDX(cuts, i, nc_edit);
            int free_range = c->start < c->end;
            for (int j = 0; j < edits->nelts && free_range; j++) {
                const nc_edit *e = &APR_ARRAY_IDX(edits, j, nc_edit);
                free_range = e->end <= c->start || c->end <= e->start;
            }
            if (free_range) {
                *(nc_edit *)apr_array_push(edits) = *c;
                added++;
            }
        }
        if (added)
            qsort(edits->elts, (apr_size_t)edits->nelts, sizeof(nc_edit), by_edit_start);
    }
    stage_done(d, sp);
}

/* A text/plain page that opens with a removed shell line (a status line,
 * a stock "page not found" sentence) and goes on in a few short lines
 * only: the notice's own explanation, a URL, a signature under "--"
 * (co-soft-cs-plaintext-404, ao-soft-plain-pl, a maintenance notice
 * signed "L'équipe technique"). 64 words at most after the shell, no line
 * over 16, and the lines leaning to a notice's to the learned model on the
 * whole (their log-odds add up to 0 or more: the three pages' lines to
 * +8..+32; a brief's "Harrow library reopens later this spring, the council
 * said on Monday." alone scores -13). Only the soft-error decision reads
 * this. */
#define PLAIN_NOTICE_MAX_WORDS 64
static int short_plain_notice(nc_doc *d)
{
    int opened = 0, words = 0, score = 0;
    for (int i = 0; i < d->model.blocks->nelts; i++) {
        const nc_block *b = block_at(d, i);
        if (b->words == 0)
            continue;
        if (!opened && b->verdict != NC_SHELL)
            return 0;               /* the page opens with its own text */
        opened = 1;
        if (b->verdict != NC_KEEP)
            continue;
        if (b->words > SHELL_BOX_LINE_MAX_WORDS)
            return 0;
        words += b->words;
        if (words > PLAIN_NOTICE_MAX_WORDS)
            return 0;
        score += nc_shell_model_score(b->text, b->text_len);
    }
    return opened && score >= 0;
}

/* A heading no phrase took that reads as a notice's title: a notice's
 * words in it, or the learned model leaning to a shell's (log-odds +2;
 * "Dit artikel is niet meer beschikbaar" scores +6, a story's headline
 * below 0). */
#define NOTICE_TITLE_MODEL (2 * NC_SHELL_MODEL_SCALE)
static int reads_as_notice(const nc_block *b)
{
    return nc_shape_notice_kinds(b->text, b->text_len) != 0
        || (nc_shell_model_knows_script(b->text, b->text_len)
            && nc_shell_model_score(b->text, b->text_len) >= NOTICE_TITLE_MODEL);
}

/* Does a removed shell open the box: its first line of text (after a kept
 * heading at most, the notice's own title that no phrase took and that
 * reads as one)? */
static int shell_opens_box(nc_doc *d, int box)
{
    const nc_block *c = block_at(d, box);
    int heading = 0;
    for (int j = box + 1; j <= c->last_desc && j < d->model.blocks->nelts; j++) {
        const nc_block *o = block_at(d, j);
        if (o->words == 0 || o->last_desc > j)
            continue;               /* empty, or a box of blocks */
        if (o->parent != box)
            return 0;               /* the box's own lines, not a box's inside it */
        if (o->verdict == NC_SHELL)
            return 1;
        if (heading || o->role != NC_ROLE_HEADING || o->verdict != NC_KEEP || !reads_as_notice(o))
            return 0;
        heading = 1;
    }
    return 0;
}

/* Does the page's <title> (without its " | Site" tail) name the notice:
 * most of its words in the box's headings and removed shell lines
 * ("Artikel niet meer beschikbaar | Stentor Oost" over "Dit artikel is
 * niet meer beschikbaar"): most of its words in the box's first line (the
 * notice's heading, or the shell's first line), and no heading kept under
 * it? A story's page is titled with its headline, which a shell glued into
 * its box does not open with (its lines may quote the story's URL: Drupal's
 * 'De opgevraagde pagina "/nieuws/2024/04/parkeren-binnenstad-duurder"'),
 * and a story under a shell in one box has its headline there. */
static const char *title_without_site(apr_pool_t *p, const char *title);
static int title_names_box(nc_doc *d, int box)
{
    const char *title = NULL;
    for (int i = 0; i < d->model.blocks->nelts && !title; i++)
        if (block_at(d, i)->role == NC_ROLE_TITLE && block_at(d, i)->text_len)
            title = block_at(d, i)->text;
    if (!title)
        return 0;
    const char *t = title_without_site(d->pool, title);
    const nc_block *c = block_at(d, box);
    nc_word_set *notice = NULL;
    for (int j = box + 1; j <= c->last_desc && j < d->model.blocks->nelts; j++) {
        const nc_block *o = block_at(d, j);
        if (o->words == 0 || o->last_desc > j)
            continue;
        if (!notice) {
            notice = nc_word_set_make(d->pool);
            nc_word_set_add_text(notice, o->text, o->text_len);
        } else if (o->role == NC_ROLE_HEADING && o->verdict == NC_KEEP) {
            return 0;               /* a headline under the shell: a story's */
        }
    }
    if (!notice)
        return 0;
    int shared = 0, total = 0;
    nc_word_set_overlap(notice, d->pool, t, strlen(t), &shared, &total);
    return total > 0 && shared * 2 >= total;
}

/* A page with no story whose only text left is in the box a shell opens:
 * the notice's own advice and explanation, however long each paragraph
 * ("Ben je op zoek naar een ouder artikel? Abonnees kunnen alle edities
 * sinds 2005 terugvinden in het digitale archief.", a maintenance page's
 * schedule and contact notes), where line_of_shell_box takes one short
 * line only. The box is the first such line's parent, the shell one of its
 * own lines, and no page's or main wrapper; each line 40 words at most (a
 * longer one needs an apology, line_of_shell_box) and no story's sentence
 * to the learned model (log-odds -10 or below: "Le tramway T6 circulera de
 * nouveau ... dès lundi matin." scores -19, a notice's contact line -8),
 * 6 lines and 160 words in all; and the page titled with the notice
 * (title_names_box): a story a shell was glued into keeps its headline in
 * its <title>. Only the soft-error decision reads this; no edit changes. */
#define NOTICE_BOX_MAX_LINES 6
#define NOTICE_BOX_MAX_WORDS 160
#define NOTICE_BOX_STORY_MODEL (-10 * NC_SHELL_MODEL_SCALE)
typedef struct notice_box {
    int box, lines, words;
} notice_box;

static int in_notice_box(nc_doc *d, int i, notice_box *nb)
{
    const nc_block *b = block_at(d, i);
    if (b->words > SHELL_BOX_NOTICE_MAX_WORDS || ++nb->lines > NOTICE_BOX_MAX_LINES
        || (nb->words += b->words) > NOTICE_BOX_MAX_WORDS)
        return 0;
    if (!nc_shell_model_knows_script(b->text, b->text_len)
        || nc_shell_model_score(b->text, b->text_len) <= NOTICE_BOX_STORY_MODEL)
        return 0;                   /* a story's sentence */
    if (nb->box >= 0)
        return i > nb->box && i <= block_at(d, nb->box)->last_desc;
    if (b->parent < 0 || nc_block_page_or_main(block_at(d, b->parent)) || !shell_opens_box(d, b->parent))
        return 0;
    nb->box = b->parent;
    return 1;
}

/* Is a block left that reads as article text: no short line left in a
 * shell's own box, and, when nb is given, none of the lines of one box a
 * shell opens (in_notice_box)? */
static int has_article_line(nc_doc *d, const char *footer, notice_box *nb)
{
    const char *story_form = nc_doc_story_forms(d->pool, &d->model, STORY_PARAGRAPH_WORDS);
    const char *cards = d->is_html ? nc_shape_card_blocks(d->pool, &d->model, d->orig.data, d->orig.len) : NULL;
    for (int i = 0; i < d->model.blocks->nelts; i++)
        if (reads_as_article(d, i, story_form, footer, cards)
            && !line_of_shell_box(d, i, story_form, footer, cards) && !between_shells(d, i)
            && (!nb || !in_notice_box(d, i, nb)))
            return 1;
    return 0;
}

/* Is article text left after cleaning, or is the page a notice alone
 * (short_plain_notice; or every line left in the box its shell opens, and
 * the page titled with the notice)? */
static int has_article_text(nc_doc *d, const char *footer)
{
    if (!d->is_html)
        return !short_plain_notice(d) && has_article_line(d, footer, NULL);
    notice_box nb = { -1, 0, 0 };
    if (has_article_line(d, footer, &nb))
        return 1;
    return nb.box >= 0 && !title_names_box(d, nb.box);
}

static int is_prose_end(const nc_block *b)
{
    char last = b->text_len ? b->text[b->text_len - 1] : '\0';
    return last == '.' || last == ':' || last == ';' || last == ',';
}

/* HTML: the first kept <h1> (else <h2>) of the content; then <title> up to its
 * " | Site" tail. Plain text: the first short kept line before the prose. */
static int find_headline(nc_doc *d, const char **title_text)
{
    int best = -1, best_level = 7;
    *title_text = NULL;
    for (int i = 0; i < d->model.blocks->nelts; i++) {
        const nc_block *b = block_at(d, i);
        if (b->verdict != NC_KEEP || b->text_len == 0)
            continue;
        if (b->role == NC_ROLE_TITLE && !*title_text) {
            *title_text = b->text;
            continue;
        }
        if (d->is_html) {
            if (b->role == NC_ROLE_HEADING && !b->boilerplate && b->heading_level <= 2
                && b->heading_level < best_level && b->words >= 2) {
                best = i;
                best_level = b->heading_level;
                if (best_level == 1)
                    break;
            }
        } else {
            if (b->words > NC_HEADLINE_MAX_WORDS)
                break;
            if (b->words >= 2 && !is_prose_end(b))
                return i;
        }
    }
    return best;
}

static const char *title_without_site(apr_pool_t *p, const char *title)
{
    static const char *const seps[] = { " | ", " - ", " – ", " — ", " :: ", NULL };
    const char *cut = NULL;
    for (int i = 0; seps[i]; i++) {
        const char *s = strstr(title, seps[i]);
        if (s && (!cut || s < cut))
            cut = s;
    }
    return cut && cut > title ? apr_pstrndup(p, title, (apr_size_t)(cut - title)) : title;
}

static int is_prose(const nc_block *b)
{
    return b->verdict == NC_KEEP && !b->boilerplate && b->role == NC_ROLE_OTHER
        && b->words >= NC_ARTICLE_BLOCK_MIN_WORDS;
}

static int hint_word_at(const char *h, const char *w)
{
    apr_size_t j = 0;
    while (w[j] && h[j] == w[j])
        j++;
    return !w[j];
}

static int hint_contains(const char *hint, const hint_words *hw)
{
    for (const char *h = hint; *h; h++) {
        if (hw->plain) {
            for (int i = 0; hw->words[i]; i++)
                if (hint_word_at(h, hw->words[i]))
                    return 1;
            continue;
        }
        unsigned k = (unsigned char)*h - 'a';
        if (k >= 26)
            continue;
        for (int i = hw->first[k]; i >= 0; i = hw->next[i])
            if (hint_word_at(h, hw->words[i]))
                return 1;
    }
    return 0;
}

/* Blocks that are not the story: inside containers named like comment
 * threads, related-story rails or teaser grids, whose names and numbers
 * belong to other stories and would only cost the extractor time. NULL when
 * there are none, or when they would hold most of the page's prose (a CMS
 * that names its article "post-comments-open" keeps its story): then every
 * kept block is read. */
static const char *outside_story(nc_doc *d)
{
    int n = d->model.blocks->nelts;
    if (!d->is_html || n == 0)
        return NULL;
    char *out = apr_pcalloc(d->pool, (apr_size_t)n);
    int prose = 0, excluded = 0, any = 0;
    const hint_words *not_story = &d->engine->not_story;
    for (int i = 0; i < n; i++) {
        const nc_block *b = block_at(d, i);
        out[i] = (char)((b->parent >= 0 && out[b->parent])
                        || (b->role == NC_ROLE_CONTAINER && hint_contains(b->hint, not_story)));
        any |= out[i];
        if (is_prose(b)) {
            prose += b->words;
            excluded += out[i] ? b->words : 0;
        }
    }
    return any && excluded * 3 < prose * 2 ? out : NULL;
}

/* A block whose text is mostly link text: a ticker's or a most-read
 * list's headlines, a tag list, a "Read also: <a>" line; other stories'
 * names and numbers, glued together where the links had no space between
 * them. Seven tenths or more of the bytes between its tags inside links,
 * counted a tag at a time (memchr), not a byte at a time: every story
 * paragraph is measured. Only short elements are: one that also holds
 * other blocks (a container with a line of its own) is no link list. */
static int mostly_links(const nc_doc *d, const nc_block *b)
{
    if (!d->is_html || !b->trusted || b->end > d->orig.len || b->end <= b->start
        || b->end - b->start > 8 * b->text_len + 1024)
        return 0;
    const char *s = d->orig.data + b->start, *end = d->orig.data + b->end;
    apr_size_t linked = 0, text = 0;
    int in_link = 0;
    while (s < end) {
        const char *lt = memchr(s, '<', (apr_size_t)(end - s));
        apr_size_t seg = (apr_size_t)((lt ? lt : end) - s);
        text += seg;
        linked += in_link ? seg : 0;
        if (!lt || lt + 3 >= end)
            break;
        if ((lt[1] | 0x20) == 'a' && (lt[2] == ' ' || lt[2] == '>' || lt[2] == '\n'))
            in_link = 1;
        else if (lt[1] == '/' && (lt[2] | 0x20) == 'a' && lt[3] == '>')
            in_link = 0;
        const char *gt = memchr(lt, '>', (apr_size_t)(end - lt));
        if (!gt)
            break;
        s = gt + 1;
    }
    return linked > 0 && linked * 10 >= text * 7;
}

static apr_array_header_t *article_blocks(nc_doc *d, int headline)
{
    apr_array_header_t *blocks = apr_array_make(d->pool, 32, sizeof(nc_text_block));
    apr_size_t budget = NC_EXTRACT_TEXT_BUDGET;
    const char *skip = outside_story(d);
    for (int i = 0; i < d->model.blocks->nelts; i++) {
        const nc_block *b = block_at(d, i);
        if (b->verdict != NC_KEEP || b->text_len == 0 || b->boilerplate || b->role == NC_ROLE_TITLE)
            continue;
        if (skip && skip[i] && i != headline)
            continue;
        if (i != headline && b->words < NC_ARTICLE_BLOCK_MIN_WORDS)
            continue;
        if (i != headline && mostly_links(d, b))
            continue;
        if (i != headline) {
            if (b->text_len > budget)
                break;
            budget -= b->text_len;
        } else if (b->text_len > NC_EXTRACT_TEXT_BUDGET) {
            continue;       /* not a headline; and extraction's offsets are 32-bit */
        }
        nc_text_block *t = apr_array_push(blocks);
        t->text = b->text;
        t->len = b->text_len;
        t->offset = b->start;
        t->is_headline = i == headline;
    }
    return blocks;
}

static apr_size_t metadata_anchor(const nc_doc *d)
{
    const nc_anchors *a = &d->model.anchors;
    if (d->opts.placement == NC_PLACE_BODY)
        return a->body_close;
    return a->head_close != NC_NO_OFFSET ? a->head_close : a->head_open_end;
}

/* The root document's head goes when the page's root document is the
 * error document itself (edits.c, unwrap_root_error_document): the
 * removal from the page's first byte holds the anchor, and no <body>
 * follows it (a nested story document would have its own head). The
 * block then opens the page. Else the anchor. */
static apr_size_t anchor_outside_root_head(const nc_doc *d, const apr_array_header_t *edits, apr_size_t at)
{
    if (at == NC_NO_OFFSET || !d->model.root_title_error)
        return at;
    const char *page = d->orig.data;
    apr_size_t len = d->orig.len;
    for (int i = 0; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind != NC_EDIT_REMOVE || e->start != 0 || at <= e->start || at >= e->end)
            continue;
        for (const char *p = page + e->end; p < page + len && (p = memchr(p, '<', (apr_size_t)(page + len - p))); p++)
            if (nc_tag_name_at(page, len, (apr_size_t)(p - page), "body"))
                return at;
        return 0;
    }
    return at;
}

static void count_edits(nc_result *res)
{
    for (int i = 0; i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE) {
            res->bytes_removed += e->end - e->start;
            if (e->reason == NC_WHY_SHELL)
                res->shells_removed++;
            else
                res->duplicates_removed++;
        } else {
            res->bytes_inserted += e->text_len;
        }
    }
    res->changed = res->edits->nelts > 0;
}

static void skip(nc_result *res, const char *why)
{
    res->skip_reason = why;
    apr_array_clear(res->edits);
}

/* A pool for one stage's working memory, or the page's when none can be
 * made. */
static apr_pool_t *stage_pool(nc_doc *d)
{
    apr_pool_t *sp;
    return apr_pool_create(&sp, d->pool) == APR_SUCCESS ? sp : d->pool;
}

static void stage_done(nc_doc *d, apr_pool_t *sp)
{
    if (sp != d->pool)
        apr_pool_destroy(sp);
}

void nc_doc_finish(nc_doc *d, const nc_result **out)
{
    nc_result *res = apr_pcalloc(d->pool, sizeof *res);
    res->edits = apr_array_make(d->pool, 16, sizeof(nc_edit));
    res->mentions = apr_array_make(d->pool, 1, sizeof(nc_mention));
    res->input_len = d->received;
    *out = res;

    nc_buf_seal(&d->orig);      /* a Content-Length larger than the page */
    if (!d->failure && d->html && nc_html_parser_feed(d->html, 1) != 0)
        d->failure = nc_html_parser_failure(d->html);
    if (d->html)
        nc_html_parser_end(d->html);
    if (d->failure) {
        skip(res, d->failure);
        return;
    }
    if (d->orig.len == 0) {
        skip(res, "empty");
        return;
    }

    apr_array_header_t *spans = d->html
        ? (apr_array_header_t *)nc_html_parser_spans(d->html)
        : apr_array_make(d->pool, 64, sizeof(nc_text_span));
    if (!d->html)
        nc_text_parse(d->pool, &d->model, d->orig.data, d->orig.len, spans);

    res->charset = nc_charset_choose(d->pool, d->orig.data, d->orig.len, d->header_charset,
                                     nc_charset_meta(d->orig.data, d->orig.len, d->model.meta_charset,
                                                     d->model.meta_charset_later));
    if (!nc_charset_ascii_compatible(res->charset)) {
        skip(res, apr_pstrcat(d->pool, "charset-not-ascii-compatible:", res->charset, NULL));
        return;
    }
    nc_decoder *dec = nc_decoder_open(d->pool, res->charset);
    if (!dec) {
        skip(res, apr_pstrcat(d->pool, "charset-unknown:", res->charset, NULL));
        return;
    }
    /* Its working memory is on the heap, exactly: a stage pool's 8 KB
     * block was most of the moment's growth on a small page. */
    nc_doc_assemble_text(d->pool, d->pool, &d->model, spans,
                         d->html ? nc_html_parser_literals(d->html) : NULL, d->orig.data, dec);
    if (d->html)
        nc_html_parser_drop_text(d->html);

    /* Shells and dedup leave only verdicts in the blocks: each has a pool
     * of its own, given back before the next stage takes memory (dedup
     * used to run beside the shell tests' memo and buffers). */
    apr_pool_t *sp = stage_pool(d);
    /* the names read once a stage, in its pool: the page's pool took a
     * block more for them on a 15 KB page */
    nc_doc_names_begin(sp, &d->model);
    const char *inert = nc_doc_inert(d->pool, &d->model);
    veiled_text *veiled = inert
        ? apr_palloc(d->pool, sizeof *veiled * (apr_size_t)d->model.blocks->nelts) : NULL;
    if (inert)
        veil_inert(d, inert, veiled, 1);
    int shell_regions = d->opts.shells
        ? nc_shells_mark(d->engine->shells, sp, &d->model, d->opts.shell_patterns,
                         d->opts.verdicts) : 0;
    if (d->opts.shells)              /* a site's own 404 box, by its shape */
        shell_regions += nc_shell_shape_mark(sp, &d->model, d->orig.data, d->orig.len, shell_regions > 0);
    if (shell_regions > 0)          /* a story's quote of a whole error message stays */
        nc_shells_spare_story_quotes(&d->model);
    /* The soft-error test below reads the named footers again: kept from
     * the stage's memo (the shapes read them), in the page's pool. */
    const char *footer = NULL;
    if (shell_regions > 0) {
        const char *f = nc_doc_named_footers(sp, &d->model);
        footer = f ? apr_pmemdup(d->pool, f, (apr_size_t)d->model.blocks->nelts) : NULL;
    }
    if (inert)
        veil_inert(d, inert, veiled, 0);
    d->model.names = NULL;
    stage_done(d, sp);
    sp = stage_pool(d);
    nc_doc_names_begin(sp, &d->model);
    if (d->opts.dedup)
        nc_dedup_mark(sp, &d->model, d->opts.min_block_words);
    if (inert)
        veil_inert(d, inert, veiled, 1);
    d->model.names = NULL;
    stage_done(d, sp);
    if (shell_regions > 0 && !has_article_text(d, footer)) {
        res->soft_error = 1;         /* only a shell: the caller answers 404, body untouched */
        return;
    }
    nc_edits_from_verdicts(d->pool, &d->model, d->opts.min_block_words, d->orig.data, d->orig.len,
                           res->edits);
    if ((d->opts.shells || d->opts.dedup) && d->is_html)
        add_edge_cuts(d, res->edits);

    const char *title = NULL;
    int headline = find_headline(d, &title);
    res->headline = headline >= 0 ? block_at(d, headline)->text
                  : title ? title_without_site(d->pool, title) : NULL;
    apr_array_header_t *blocks = article_blocks(d, headline);
    /* Nothing reads the blocks after this: extraction takes their texts
     * from the article's list, and their array (88 bytes a block, on the
     * heap when the parser made it) need not outlive it. */
    if (d->html)
        nc_html_parser_drop_blocks(d->html);
    /* The mentions' array is on the heap and their names and sentences in
     * the page's pool, freed with it; extraction's working memory is its
     * own, and is given back before the sentences are copied out and the
     * JSON-LD is written. */
    apr_array_header_t *found = nc_extract(d->engine->extractor, d->opts.lexicon, d->pool,
                                           (const nc_text_block *)blocks->elts, blocks->nelts);
    if (found->nelts > NC_MAX_MENTIONS)
        found->nelts = NC_MAX_MENTIONS;      /* in order of first appearance */
    res->mentions = found;

    if (d->is_html && d->opts.metadata && res->headline && blocks->nelts > 1) {
        apr_size_t at = anchor_outside_root_head(d, res->edits, metadata_anchor(d)), len;
        const char *script = nc_jsonld_script(d->pool, res->headline, res->mentions, &len);
        if (at != NC_NO_OFFSET && script)
            nc_edits_insert(res->edits, at, script, len, NC_WHY_METADATA, "schema.org NewsArticle");
    }
    count_edits(res);
}
