/*
 * shell_shape.c - an error shell judged by its shape beside the story.
 *
 * A site's own 404 box ("Well, this is awkward. The page you were after has
 * wandered off." over "Back to the front page" and "Search our archive")
 * says nothing the phrase lists, the catalogs or the learned model know,
 * in a box whose class names no error ("panel", "box", "hero", none). What
 * it still has is an error page's shape, glued beside a story that stays:
 *  - a short run: two to eight short blocks, at most 60 words, no long one;
 *  - it heads itself: its first block is a title that shares no word with
 *    the page's <title> or the story while the <title> names the story, or
 *    it is a bare status code;
 *  - it says something: a block of five words or more with no link in it
 *    (a menu, a breadcrumb or a tag list is all links);
 *  - it sends the reader away: a link to the site's root or back, a search
 *    form, a link to a search;
 *  - it is foreign to the story: at most a third of its content words are
 *    the story's;
 *  - it sits right beside the story: the nearest text before or after the
 *    story's path of elements, or on both sides of it in one box (around);
 *  - and the learned model does not call its words a story's.
 * Each sign alone is common (a subscription box heads itself and sends to
 * an offer; a correction says something foreign to no story; a cookie note
 * has a button), so only all of them together make a shell. A notice about
 * the story (updated, corrected, live blog) shares its words or sends
 * nowhere; a paywall's or a newsletter's box sends to an offer, not away.
 * Once the page has a shell, a second box beside the story that sends
 * away and is foreign to it ("You can:" over "Back to the front page",
 * "Search") is the same shell's other half.
 */
#include "shell_shape.h"
#include "shell_model.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_hash.h>
#include <apr_strings.h>

#define SHAPE_LONG_WORDS 30      /* longer blocks are prose (shells.c's limit) */
#define SHAPE_MAX_BLOCKS 8
#define SHAPE_MAX_WORDS 60
#define SHAPE_TITLE_WORDS 8      /* a short line that heads a box */
#define SHAPE_SAYS_WORDS 5
#define SHAPE_STORY_TEXT 65536   /* story text read for its words, at most */
#define SHAPE_MAX_VISIT 256      /* blocks inside one sibling, at most */
#define SHAPE_UNLINKED 4         /* letters outside links: no menu, no masthead */
/* The model need not call the box a shell (its word for a shell is 2, in
 * shells.c), only not call its words a story's: the shape decides. The
 * ap-* set's shells the model had not seen scored 0.7 and up. */
#define SHAPE_MODEL_FLOOR 0

/* --- content words ----------------------------------------------------------- */

struct nc_word_set {
    apr_hash_t *keys;
    apr_pool_t *pool;
};

nc_word_set *nc_word_set_make(apr_pool_t *p)
{
    nc_word_set *s = apr_palloc(p, sizeof *s);
    s->keys = apr_hash_make(p);
    s->pool = p;
    return s;
}

/* Capitals to small letters: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
static apr_uint32_t fold_cp(apr_uint32_t c)
{
    if (c >= 0x41 && c <= 0x5A)
        return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if (c >= 0x100 && c <= 0x17F && !(c & 1) && c != 0x130 && c != 0x138)
        return c + 1;
    if (c >= 0x391 && c <= 0x3A9)
        return c + 0x20;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

static int cjk(apr_uint32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

static int hangul(apr_uint32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

static int letter(apr_uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return 0;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD)
        return 0;
    return 1;
}

static apr_size_t put_utf8(char *out, apr_uint32_t c)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F)); return 4;
}

#define KEY_CPS 6

typedef void key_fn(void *ctx, const char *key, apr_size_t len);

/* Calls fn for each content-word key of text: a word of 5+ letters by its
 * first six (inflections of one stem meet), a Hangul word of 2+ syllables
 * by its first two (particles follow the stem), and each pair of
 * neighbouring CJK characters. Words of digits only are no content word. */
static void each_key(const char *text, apr_size_t len, key_fn *fn, void *ctx)
{
    const unsigned char *s = (const unsigned char *)text;
    apr_uint32_t word[KEY_CPS], prev_cjk = 0;
    int n = 0, letters = 0, alpha = 0;
    apr_size_t i = 0;
    for (;;) {
        apr_uint32_t c = i < len ? fold_cp(nc_shell_model_next_code_point(s, len, &i)) : 0;
        int in_word = c && letter(c) && !cjk(c);
        if (in_word) {
            if (n < KEY_CPS)
                word[n++] = c;
            letters++;
            alpha |= !(c >= '0' && c <= '9');
        }
        else if (letters) {
            int keep = hangul(word[0]) ? letters >= 2 : letters >= 5;
            if (keep && alpha) {
                char key[KEY_CPS * 4];
                apr_size_t k = 0;
                int cps = hangul(word[0]) ? 2 : n;
                for (int j = 0; j < cps; j++)
                    k += put_utf8(key + k, word[j]);
                fn(ctx, key, k);
            }
            n = letters = alpha = 0;
        }
        if (c && cjk(c)) {
            if (prev_cjk) {
                char key[8];
                apr_size_t k = put_utf8(key, prev_cjk);
                k += put_utf8(key + k, c);
                fn(ctx, key, k);
            }
            prev_cjk = c;
        }
        else
            prev_cjk = 0;
        if (!c)
            break;
    }
}

static void add_key(void *ctx, const char *key, apr_size_t len)
{
    nc_word_set *s = ctx;
    if (!apr_hash_get(s->keys, key, (apr_ssize_t)len))
        apr_hash_set(s->keys, apr_pstrmemdup(s->pool, key, len), (apr_ssize_t)len, s);
}

void nc_word_set_add_text(nc_word_set *s, const char *text, apr_size_t len)
{
    each_key(text, len, add_key, s);
}

typedef struct overlap_ctx {
    const nc_word_set *against;
    nc_word_set *seen;
    int shared, total;
} overlap_ctx;

static void count_key(void *ctx, const char *key, apr_size_t len)
{
    overlap_ctx *o = ctx;
    if (apr_hash_get(o->seen->keys, key, (apr_ssize_t)len))
        return;
    add_key(o->seen, key, len);
    o->total++;
    o->shared += apr_hash_get(o->against->keys, key, (apr_ssize_t)len) != NULL;
}

void nc_word_set_overlap(const nc_word_set *s, apr_pool_t *p, const char *text, apr_size_t len,
                         int *shared, int *total)
{
    overlap_ctx o = { s, nc_word_set_make(p), 0, 0 };
    each_key(text, len, count_key, &o);
    *shared = o.shared;
    *total = o.total;
}

/* --- where the box sends the reader ------------------------------------------ */

/* The value of attribute name in the tag at html[at, end) (at: just after
 * the tag's name); *n its length. NULL when the tag has none. */
static const char *attr_value(const char *html, apr_size_t at, apr_size_t end,
                              const char *name, apr_size_t *n)
{
    apr_size_t nl = strlen(name);
    char quote = 0;
    for (apr_size_t i = at; i < end; i++) {
        char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            continue;
        }
        if (c == '>')
            return NULL;
        if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && i + 1 + nl < end
            && strncasecmp(html + i + 1, name, nl) == 0) {
            apr_size_t j = i + 1 + nl;
            while (j < end && (html[j] == ' ' || html[j] == '\t'))
                j++;
            if (j >= end || html[j] != '=')
                continue;
            j++;
            while (j < end && (html[j] == ' ' || html[j] == '\t'))
                j++;
            char q = j < end && (html[j] == '"' || html[j] == '\'') ? html[j++] : 0;
            apr_size_t v = j;
            while (j < end && (q ? html[j] != q : (html[j] != ' ' && html[j] != '>')))
                j++;
            *n = j - v;
            return html + v;
        }
    }
    return NULL;
}

static int has_ci(const char *s, apr_size_t n, const char *needle)
{
    apr_size_t k = strlen(needle);
    for (apr_size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return 1;
    return 0;
}

/* A search page's name as a part of a URL's path, in the languages of the
 * corpus ("/search/", "/suche", "/buscar", "/recherche", "/zoeken", "/sok"). */
static int search_segment(const char *v, apr_size_t n)
{
    static const char *const names[] = {
        "search", "suche", "recherche", "buscar", "buscador", "busca", "busqueda", "cerca",
        "ricerca", "pesquisa", "zoeken", "zoek", "szukaj", "wyszukiwarka", "sok", "arama",
        "hledat", "hledani", "vyhledavani", "poisk", "poshuk", "haku", "soeg", "kereses",
        "cautare", "anazitisi", "search.php", NULL
    };
    apr_size_t i = 0;
    while (i < n) {
        while (i < n && (v[i] == '/' || v[i] == '?' || v[i] == '&' || v[i] == '#'))
            i++;
        apr_size_t s = i;
        while (i < n && v[i] != '/' && v[i] != '?' && v[i] != '&' && v[i] != '#' && v[i] != '=')
            i++;
        for (int k = 0; names[k]; k++)
            if (i - s == strlen(names[k]) && strncasecmp(v + s, names[k], i - s) == 0)
                return 1;
        if (i < n && v[i] == '=' && i - s <= 1 && (v[s] == 'q' || v[s] == 's'))
            return 1;                       /* "?q=", "?s=" */
        if (i < n && v[i] == '=')
            i++;
    }
    return 0;
}

/* A link to the site's front page or back: "/", "./", "/index.html",
 * "https://host/", "javascript:history.back()". */
static int away_href(const char *v, apr_size_t n)
{
    if (has_ci(v, n, "history.back") || has_ci(v, n, "history.go(-1)"))
        return 1;
    if (n >= 2 && v[0] == '/' && v[1] == '/') {                /* //host/ */
        const char *slash = memchr(v + 2, '/', n - 2);
        return !slash || (apr_size_t)(slash - v) == n - 1;
    }
    if (n > 7 && (strncasecmp(v, "http://", 7) == 0 || strncasecmp(v, "https://", 8) == 0)) {
        apr_size_t h = v[4] == ':' ? 7 : 8;
        const char *slash = memchr(v + h, '/', n - h);
        return !slash || (apr_size_t)(slash - v) == n - 1;
    }
    if ((n == 1 && v[0] == '/') || (n == 2 && v[0] == '.' && v[1] == '/'))
        return 1;
    return (n > 7 && strncasecmp(v, "/index.", 7) == 0) || (n > 6 && strncasecmp(v, "index.", 6) == 0);
}

/* A form that searches: its action a search page, or a field named or
 * typed as a search ("q", "s", "query", type="search"); a newsletter's
 * e-mail form is no way away. */
static int search_form(const char *html, apr_size_t at, apr_size_t end)
{
    apr_size_t n;
    const char *v = attr_value(html, at, end, "action", &n);
    if (v && (search_segment(v, n) || away_href(v, n)))
        return 1;
    for (apr_size_t i = at; i + 6 < end; i++) {
        if (strncasecmp(html + i, "</form", 6) == 0)
            return 0;
        if (strncasecmp(html + i, "<input", 6) != 0)
            continue;
        if ((v = attr_value(html, i + 6, end, "type", &n)) && n == 6 && strncasecmp(v, "search", 6) == 0)
            return 1;
        if ((v = attr_value(html, i + 6, end, "name", &n))
            && ((n == 1 && (*v == 'q' || *v == 's')) || (n == 5 && strncasecmp(v, "query", 5) == 0)
                || (n == 6 && strncasecmp(v, "search", 6) == 0)))
            return 1;
    }
    return 0;
}

void nc_shape_links(const char *html, apr_size_t start, apr_size_t end, nc_shape_links_count *c)
{
    for (apr_size_t i = start; i < end; i++) {
        if (html[i] != '<')
            continue;
        if (i + 2 < end && (html[i + 1] == 'a' || html[i + 1] == 'A')
            && (html[i + 2] == ' ' || html[i + 2] == '\n' || html[i + 2] == '\t')) {
            apr_size_t n;
            const char *v = attr_value(html, i + 2, end, "href", &n);
            if (!v)
                continue;
            c->links++;
            c->away += away_href(v, n) || search_segment(v, n);
        }
        else if (i + 5 < end && strncasecmp(html + i + 1, "form", 4) == 0
                 && (html[i + 5] == ' ' || html[i + 5] == '>')) {
            c->searches += search_form(html, i + 5, end);
        }
        else if (i + 6 < end && strncasecmp(html + i + 1, "input", 5) == 0) {
            apr_size_t n;
            const char *v = attr_value(html, i + 6, end, "type", &n);
            c->searches += v && n == 6 && strncasecmp(v, "search", 6) == 0;
        }
    }
}

int nc_shape_sends_away(const nc_shape_links_count *c)
{
    /* most of its links lead away, not one "Home" in a menu or a list of stories */
    return c->searches > 0 || (c->away > 0 && 2 * c->away >= c->links);
}

/* --- the verdict --------------------------------------------------------------- */

/* The signs every shell's shape has, all cheap to read: a box with text,
 * short, that sends the reader away. */
static int may_be_shell(const nc_shape_signs *s)
{
    return s->blocks >= 1 && s->max_words <= SHAPE_LONG_WORDS && s->words <= SHAPE_MAX_WORDS
        && s->sends_away;
}

int nc_shape_is_shell(const nc_shape_signs *s, int page_has_shell)
{
    if (!may_be_shell(s) || !s->foreign || s->model < SHAPE_MODEL_FLOOR)
        return 0;
    if (s->blocks >= 2 && (s->heads || s->bare_code) && s->says)
        return 1;
    /* the other half of a shell the page has: short, and nothing of the story */
    return page_has_shell && s->words <= SHAPE_LONG_WORDS && s->unlinked;
}

/* --- the boxes beside the story ----------------------------------------------- */

#define B(i) (&APR_ARRAY_IDX(m->blocks, (i), nc_block))

static int is_tag(const nc_block *b, const char *t)
{
    return strcmp(b->tag, t) == 0;
}

static int furniture_tag(const nc_block *b)
{
    return is_tag(b, "nav") || is_tag(b, "header") || is_tag(b, "footer") || is_tag(b, "aside");
}

/* Is block j (inside sibling c) in furniture of its own, below c? Returns
 * 1 in nav/header/footer/aside, 2 in a form (a search box: goes with the
 * shell, but says nothing), 0 otherwise. */
static int inside_furniture(const nc_docmodel *m, int c, int j)
{
    int form = 0;
    for (int a = j; a >= 0 && a != APR_ARRAY_IDX(m->blocks, c, nc_block).parent; a = B(a)->parent) {
        if (furniture_tag(B(a)))
            return 1;
        form |= is_tag(B(a), "form");
    }
    return form ? 2 : 0;
}

static int text_block(const nc_block *b)
{
    return b->text_len > 0 && b->role != NC_ROLE_TITLE;
}

static int bare_code(const nc_block *b)
{
    return b->text_len == 3 && (b->text[0] == '4' || b->text[0] == '5')
           && b->text[1] >= '0' && b->text[1] <= '9' && b->text[2] >= '0' && b->text[2] <= '9';
}

/* Does the block's own markup hold a link? (A menu line is links.) */
static int has_link(const char *html, const nc_block *b)
{
    for (apr_size_t i = b->start; i + 2 < b->end; i++)
        if (html[i] == '<' && (html[i + 1] == 'a' || html[i + 1] == 'A')
            && (html[i + 2] == ' ' || html[i + 2] == '>' || html[i + 2] == '\n'))
            return 1;
    return 0;
}

/* Letters of html[start, end) outside tags, entities and links, roughly,
 * in any ASCII-compatible charset: ASCII letters and digits and bytes from
 * 0xA1 (letters of the 8-bit charsets, parts of multibyte characters),
 * not the separators "·", "«", "»" nor UTF-8's punctuation. */
static int unlinked_letters(const char *html, apr_size_t start, apr_size_t end)
{
    int n = 0, in_link = 0;
    for (apr_size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)html[i];
        if (c == '<') {
            if (i + 2 < end && (html[i + 1] == 'a' || html[i + 1] == 'A')
                && (html[i + 2] == ' ' || html[i + 2] == '>' || html[i + 2] == '\n'))
                in_link = 1;
            else if (i + 3 < end && html[i + 1] == '/' && (html[i + 2] == 'a' || html[i + 2] == 'A')
                     && html[i + 3] == '>')
                in_link = 0;
            const char *gt = memchr(html + i, '>', end - i);
            if (!gt)
                break;
            i = (apr_size_t)(gt - html);
            continue;
        }
        if (c == '&') {
            apr_size_t j = i + 1;
            while (j < end && j < i + 10 && html[j] != ';' && html[j] != ' ')
                j++;
            if (j < end && html[j] == ';') {
                i = j;
                continue;
            }
        }
        if (c == 0xC2 && i + 1 < end && (unsigned char)html[i + 1] >= 0x80 && (unsigned char)html[i + 1] <= 0xBF) {
            i++;                                /* UTF-8 "·", "»", no-break space */
            continue;
        }
        if (c == 0xE2 && i + 2 < end && (unsigned char)html[i + 1] == 0x80) {
            i += 2;                             /* UTF-8 dashes, quotes, "…" */
            continue;
        }
        if (!in_link && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                         || (c >= 0xA1 && c != 0xAB && c != 0xB7 && c != 0xBB)))
            n++;
    }
    return n;
}

typedef struct shape_page {
    apr_pool_t *p;
    nc_docmodel *m;
    const char *html;
    apr_size_t len;
    const char *footer;          /* nc_doc_named_footers */
    nc_word_set *story, *title;
    int story_block, title_block;   /* the story's container, the <title>; or -1 */
    int story_read;                 /* story and title_names_story are filled */
    int title_names_story;
} shape_page;

/* A group: sibling elements on one side of the story's path (or both). */
typedef struct shape_group {
    int sib[2 * SHAPE_MAX_BLOCKS], nsib;
    int text[SHAPE_MAX_BLOCKS], ntext;  /* text blocks, in document order */
    int form[SHAPE_MAX_BLOCKS], nform;  /* text inside search forms: goes along */
    int words, max_words;
    int headline;                       /* holds the story's headline: no group */
    int unlinked;                       /* a kept block has text outside links */
} shape_group;

/* Is b the story's headline (an <h1>, or a heading the <title> holds)? */
static int headline(const shape_page *sp, const nc_block *b)
{
    if (b->role != NC_ROLE_HEADING)
        return 0;
    if (b->heading_level == 1)
        return 1;
    int shared, total;
    nc_word_set_overlap(sp->title, sp->p, b->text, b->text_len, &shared, &total);
    return total > 0 && 2 * shared >= total;
}

/* Adds sibling c's text to g; 0 when it does not fit (then g is unchanged). */
static int add_sibling(const shape_page *sp, shape_group *g, int c)
{
    const nc_docmodel *m = sp->m;
    shape_group t = *g;
    if (t.nsib >= 2 * SHAPE_MAX_BLOCKS)
        return 0;
    if (B(c)->last_desc - c > SHAPE_MAX_VISIT)
        return 0;                           /* no short box */
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *b = B(j);
        if (!text_block(b))
            continue;
        if (!b->trusted || b->end > sp->len)
            return 0;                       /* bytes we cannot read are never judged */
        int f = inside_furniture(m, c, j);
        if (f == 1)
            continue;
        if (f == 2) {
            if (t.nform >= SHAPE_MAX_BLOCKS)
                return 0;
            t.form[t.nform++] = j;
            continue;
        }
        if (b->words > SHAPE_LONG_WORDS || t.ntext >= SHAPE_MAX_BLOCKS
            || t.words + b->words > SHAPE_MAX_WORDS || (sp->footer && sp->footer[j])
            || nc_doc_copyright_line(b))
            return 0;
        if (b->verdict == NC_KEEP
            && unlinked_letters(sp->html, b->start, b->end) >= SHAPE_UNLINKED)
            t.unlinked = 1;
        t.text[t.ntext++] = j;
        t.words += b->words;
        if (b->words > t.max_words)
            t.max_words = b->words;
        t.headline |= headline(sp, b);
    }
    t.sib[t.nsib++] = c;
    *g = t;
    return 1;
}

/* The sibling elements of k in its parent on side dir (-1 before, 1
 * after), nearest first, up to furniture or a block that does not fit. */
static void collect(const shape_page *sp, int parent, int k, int dir, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    int kids[256], n = 0, at = -1;
    memset(g, 0, sizeof *g);
    for (int j = parent + 1; j <= B(parent)->last_desc && n < 256; j = B(j)->last_desc + 1) {
        if (j == k)
            at = n;
        kids[n++] = j;
    }
    if (at < 0)
        return;
    for (int x = at + dir; x >= 0 && x < n; x += dir) {
        const nc_block *c = B(kids[x]);
        if (furniture_tag(c) || (sp->footer && sp->footer[kids[x]]) || c->boilerplate
            || nc_doc_comment_thread_of(m, kids[x]) >= 0 || nc_doc_paywall_of(m, kids[x]) >= 0)
            break;
        if (!add_sibling(sp, g, kids[x]) || g->headline)
            break;
    }
    if (dir < 0) {                      /* document order */
        for (int a = 0, z = g->nsib - 1; a < z; a++, z--) {
            int t = g->sib[a]; g->sib[a] = g->sib[z]; g->sib[z] = t;
        }
    }
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static void read_story(shape_page *sp);

/* The words are read last and only when the cheap signs allow a shell:
 * most pages have a box beside the story, few have one that sends away. */
static void signs_of(shape_page *sp, shape_group *g, nc_shape_signs *s)
{
    const nc_docmodel *m = sp->m;
    memset(s, 0, sizeof *s);
    qsort(g->text, (size_t)g->ntext, sizeof(int), cmp_int);
    s->blocks = g->ntext;
    s->words = g->words;
    s->max_words = g->max_words;
    s->unlinked = g->unlinked;
    s->model = -1000;
    if (!g->ntext)
        return;
    const nc_block *first = B(g->text[0]);
    s->bare_code = bare_code(first);
    nc_shape_links_count links = { 0, 0, 0 };
    for (int i = 0; i < g->nsib; i++) {
        int c = g->sib[i];
        apr_size_t from = B(c)->start;
        for (int j = c + 1; j <= B(c)->last_desc; j++)       /* skip furniture inside */
            if (furniture_tag(B(j)) && B(j)->trusted && B(j)->start >= from && B(j)->end <= B(c)->end) {
                nc_shape_links(sp->html, from, B(j)->start, &links);
                from = B(j)->end;
                j = B(j)->last_desc;
            }
        if (B(c)->end <= sp->len && from < B(c)->end)
            nc_shape_links(sp->html, from, B(c)->end, &links);
    }
    s->sends_away = nc_shape_sends_away(&links);
    if (!may_be_shell(s)) {
        s->model = 0;
        return;
    }
    read_story(sp);
    if (sp->title_names_story && (first->role == NC_ROLE_HEADING || first->words <= SHAPE_TITLE_WORDS)) {
        int t_shared, t_total, s_shared, s_total;
        nc_word_set_overlap(sp->title, sp->p, first->text, first->text_len, &t_shared, &t_total);
        nc_word_set_overlap(sp->story, sp->p, first->text, first->text_len, &s_shared, &s_total);
        s->heads = t_shared == 0 && s_shared == 0;
    }
    int shared = 0, total = 0;
    for (int i = 0; i < g->ntext; i++) {
        const nc_block *b = B(g->text[i]);
        int sh, to;
        nc_word_set_overlap(sp->story, sp->p, b->text, b->text_len, &sh, &to);
        shared += sh;
        total += to;
        if (b->role != NC_ROLE_HEADING && b->words >= SHAPE_SAYS_WORDS && !has_link(sp->html, b))
            s->says = 1;
        if (b->words >= 3 && nc_shell_model_knows_script(b->text, b->text_len)) {
            int score = nc_shell_model_score(b->text, b->text_len);
            if (score > s->model)
                s->model = score;
        }
    }
    if (s->model == -1000)
        s->model = 0;                   /* nothing the model reads: it says nothing */
    s->foreign = 3 * shared <= total;
}

static int mark_group(nc_docmodel *m, const shape_group *g)
{
    int marked = 0;
    for (int i = 0; i < g->ntext; i++)
        if (B(g->text[i])->verdict == NC_KEEP) {
            B(g->text[i])->verdict = NC_SHELL;
            marked = 1;
        }
    for (int i = 0; i < g->nform && marked; i++)
        if (B(g->form[i])->verdict == NC_KEEP)
            B(g->form[i])->verdict = NC_SHELL;
    return marked;
}

static int trusted_group(const nc_docmodel *m, const shape_group *g)
{
    for (int i = 0; i < g->nsib; i++)
        if (!B(g->sib[i])->trusted)
            return 0;
    return g->nsib > 0;
}

/* The story: the container whose prose blocks (15 words or more) hold the
 * most words, three blocks and 100 words at least; or -1. */
#define SHAPE_PROSE_WORDS 15
#define SHAPE_STORY_BLOCKS 3
#define SHAPE_STORY_WORDS 100

static int story_container(const nc_docmodel *m, const char *footer, apr_pool_t *p)
{
    int n = m->blocks->nelts, best = -1, best_words = SHAPE_STORY_WORDS - 1;
    int *words = apr_pcalloc(p, sizeof(int) * (apr_size_t)(n + 1));
    int *count = apr_pcalloc(p, sizeof(int) * (apr_size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        const nc_block *b = B(i);
        if (b->verdict != NC_KEEP || b->boilerplate || b->role != NC_ROLE_OTHER || b->parent < 0
            || b->words < SHAPE_PROSE_WORDS || (footer && footer[i]))
            continue;
        words[b->parent] += b->words;
        count[b->parent]++;
        if (count[b->parent] >= SHAPE_STORY_BLOCKS && words[b->parent] > best_words) {
            best = b->parent;
            best_words = words[b->parent];
        }
    }
    return best;
}

/* The page's own <title> (in <head>) into sp->title; its block or -1. */
static int add_head_title(shape_page *sp)
{
    const nc_docmodel *m = sp->m;
    for (int i = 0; i < m->blocks->nelts; i++)
        if (B(i)->role == NC_ROLE_TITLE && B(i)->parent >= 0
            && (is_tag(B(B(i)->parent), "head") || is_tag(B(B(i)->parent), "html"))) {
            nc_word_set_add_text(sp->title, B(i)->text, B(i)->text_len);
            return i;
        }
    return -1;
}

/* A page with no story whose only text beside its furniture, its logo and
 * its links is one short box of a 404's shape: a site's own not-found
 * page. Its title names the site, not what the box says; the model must
 * find its words a shell's and none of its sentences a story's, since
 * this makes the page a soft error; a box, not the page's main, and
 * shorter than a brief with a notice under it. */
#define SHAPE_SOFT_MODEL (2 * NC_SHELL_MODEL_SCALE)
#define SHAPE_SOFT_WORDS 40
#define SHAPE_SOFT_STORY (-NC_SHELL_MODEL_SCALE)    /* log-odds -1: a sentence that reads as a story's */

static int only_a_box(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    shape_group g;
    memset(&g, 0, sizeof g);
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = B(i);
        if (!text_block(b) || b->boilerplate || (sp->footer && sp->footer[i]) || nc_doc_copyright_line(b))
            continue;
        if (b->verdict != NC_KEEP || b->end > sp->len || !b->trusted || b->words > SHAPE_LONG_WORDS)
            return 0;
        if (unlinked_letters(sp->html, b->start, b->end) < SHAPE_UNLINKED)
            continue;                           /* a logo, a menu's link */
        int shared, total;
        nc_word_set_overlap(sp->title, sp->p, b->text, b->text_len, &shared, &total);
        if (total > 0 && shared == total)
            continue;                           /* the site's name */
        if (g.ntext >= SHAPE_MAX_BLOCKS || g.words + b->words > SHAPE_SOFT_WORDS)
            return 0;
        if (b->words >= SHAPE_SAYS_WORDS && nc_shell_model_knows_script(b->text, b->text_len)
            && nc_shell_model_score(b->text, b->text_len) < SHAPE_SOFT_STORY)
            return 0;                           /* a sentence that reads as a story's */
        g.text[g.ntext++] = i;
        g.words += b->words;
        if (b->words > g.max_words)
            g.max_words = b->words;
        g.unlinked = 1;
    }
    if (g.ntext < 2)
        return 0;
    int c = B(g.text[0])->parent;
    while (c >= 0 && !(B(c)->last_desc >= g.text[g.ntext - 1]))
        c = B(c)->parent;
    if (c < 0 || is_tag(B(c), "body") || is_tag(B(c), "html") || is_tag(B(c), "main")
        || is_tag(B(c), "article") || !B(c)->trusted)
        return 0;                               /* one box, not the page */
    g.sib[g.nsib++] = c;
    for (int j = c + 1; j <= B(c)->last_desc && g.nform < SHAPE_MAX_BLOCKS; j++)
        if (text_block(B(j)) && inside_furniture(m, c, j) == 2)
            g.form[g.nform++] = j;
    nc_shape_signs s;
    signs_of(sp, &g, &s);
    const nc_block *first = B(g.text[0]);
    int shared = 0;
    for (int i = 0; i < g.ntext; i++) {
        int sh, to;
        nc_word_set_overlap(sp->title, sp->p, B(g.text[i])->text, B(g.text[i])->text_len, &sh, &to);
        shared += sh;
    }
    s.heads = first->role == NC_ROLE_HEADING && shared == 0;
    if (!(s.heads && s.says && s.sends_away && s.model >= SHAPE_SOFT_MODEL && nc_shape_is_shell(&s, 0)))
        return 0;
    return mark_group(m, &g);
}

/* The story's content words, and whether the <title> names the story. */
static void read_story(shape_page *sp)
{
    const nc_docmodel *m = sp->m;
    int story = sp->story_block, title = sp->title_block;
    if (sp->story_read || story < 0)
        return;
    sp->story_read = 1;
    apr_size_t read = 0;
    for (int i = story + 1; i <= B(story)->last_desc && read < SHAPE_STORY_TEXT; i++)
        if (B(i)->parent == story && B(i)->text_len > 0) {
            nc_word_set_add_text(sp->story, B(i)->text, B(i)->text_len);
            read += B(i)->text_len;
        }
    if (title >= 0) {
        int shared, total;
        nc_word_set_overlap(sp->story, sp->p, B(title)->text, B(title)->text_len, &shared, &total);
        sp->title_names_story = shared >= 2 || (total > 0 && 2 * shared >= total);
    }
}

int nc_shell_shape_mark(apr_pool_t *p, nc_docmodel *m, const char *html, apr_size_t len,
                        int page_has_shell)
{
    if (!m->is_html || !html)
        return 0;
    shape_page sp = { p, m, html, len, nc_doc_named_footers(p, m), nc_word_set_make(p),
                      nc_word_set_make(p), -1, -1, 0, 0 };
    int story = story_container(m, sp.footer, p);
    sp.story_block = story;
    if (story < 0) {
        if (page_has_shell)
            return 0;
        add_head_title(&sp);
        return only_a_box(&sp);
    }
    sp.title_block = add_head_title(&sp);

    /* From the story's container outwards: on each side, the nearest text
     * that is not the story's own head is the one candidate. */
    shape_group found[2];
    int level[2] = { 0, 0 }, marked = 0;     /* level: the path's element + 1 */
    for (int k = story; k >= 0 && !(level[0] && level[1]); k = B(k)->parent) {
        int parent = B(k)->parent;
        if (parent < 0 || is_tag(B(parent), "html"))
            break;
        for (int side = 0; side < 2; side++) {
            shape_group g;
            if (level[side])
                continue;
            collect(&sp, parent, k, side ? 1 : -1, &g);
            if (g.headline || !g.ntext)
                continue;                   /* the story's head, or nothing: further out */
            found[side] = g;
            level[side] = k + 1;
        }
    }
    nc_shape_signs s[2];
    memset(s, 0, sizeof s);
    int shell[2] = { 0, 0 }, fresh[2] = { 0, 0 }, theirs[2] = { 0, 0 };
    for (int side = 0; side < 2; side++) {
        int shells = 0;
        for (int i = 0; level[side] && i < found[side].ntext; i++)
            shells += B(found[side].text[i])->verdict != NC_KEEP;
        /* fresh: the word rules found nothing in it; theirs: all of it. A
         * group they found in part is left to them: their growth knows
         * its extent (a breadcrumb over a shell box is no shell's) */
        fresh[side] = level[side] && shells == 0;
        theirs[side] = level[side] && shells == found[side].ntext;
    }
    for (int side = 0; side < 2; side++)
        if (fresh[side] && trusted_group(m, &found[side])) {
            signs_of(&sp, &found[side], &s[side]);
            shell[side] = nc_shape_is_shell(&s[side], page_has_shell);
        }
    /* around: one box on both sides of the story, judged as one */
    if (!(shell[0] && shell[1]) && level[0] && level[0] == level[1]
        && fresh[0] + fresh[1] >= 1 && fresh[0] + fresh[1] + theirs[0] + theirs[1] >= 2
        && trusted_group(m, &found[0]) && trusted_group(m, &found[1])
        && found[0].ntext + found[1].ntext <= SHAPE_MAX_BLOCKS
        && found[0].words + found[1].words <= SHAPE_MAX_WORDS
        && found[0].nsib + found[1].nsib <= 2 * SHAPE_MAX_BLOCKS) {
        shape_group u = found[0];
        for (int i = 0; i < found[1].nsib; i++) u.sib[u.nsib++] = found[1].sib[i];
        for (int i = 0; i < found[1].ntext; i++) u.text[u.ntext++] = found[1].text[i];
        for (int i = 0; i < found[1].nform && u.nform < SHAPE_MAX_BLOCKS; i++) u.form[u.nform++] = found[1].form[i];
        u.words += found[1].words;
        u.unlinked |= found[1].unlinked;
        if (found[1].max_words > u.max_words) u.max_words = found[1].max_words;
        nc_shape_signs us;
        signs_of(&sp, &u, &us);
        if (nc_shape_is_shell(&us, page_has_shell))
            return mark_group(m, &u);
    }
    for (int side = 0; side < 2; side++)
        if (shell[side])
            marked += mark_group(m, &found[side]);
    /* the other half of the shell just found */
    for (int side = 0; side < 2 && marked && !page_has_shell; side++)
        if (fresh[side] && !shell[side] && trusted_group(m, &found[side])
            && nc_shape_is_shell(&s[side], 1))
            marked += mark_group(m, &found[side]);
    return marked;
}
