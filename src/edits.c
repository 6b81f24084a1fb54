/*
 * edits.c - the edit list: which byte ranges go, what is inserted where.
 *
 * A removal is widened from the marked block to the largest enclosing element
 * that holds nothing else, so a shell's own wrapper <div> goes with it and no
 * empty husk is left. A block whose own range holds kept blocks (a wrapper with
 * stray text of its own) is never removed. An error document pasted whole into
 * the body (<html> inside <body>) goes from its <html> to its </html>. Removals
 * separated only by void tags (<hr>, <br>), empty elements and whitespace
 * become one. A wrapper a removal leaves empty (start tag right before it,
 * end tag right after it) goes with it. Only trusted ranges are ever edited.
 */
#define _GNU_SOURCE 1     /* memmem */
#include "edits.h"
#include "shells.h"

#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <strings.h>

static const nc_block *block_at(const nc_docmodel *m, int i)
{
    return &APR_ARRAY_IDX(m->blocks, i, nc_block);
}

/* Could this block go along with a removed block of verdict v? */
static int goes_along(const nc_docmodel *m, const nc_block *b, nc_verdict v, int min_words,
                      const nc_block *container)
{
    if (b->text_len == 0 || b->verdict == v)
        return 1;
    if (b->verdict != NC_KEEP)
        return 0;
    if (v == NC_DUPLICATE)     /* a copy's short repeated lines and "Read more" */
        return b->words < min_words && (b->repeated || b->words <= 3);
    (void)m;                   /* a shell's "Back to the home page" link inside an error wrapper */
    return v == NC_SHELL && b->words <= 6 && nc_hint_names_error(container->hint);
}

static int subtree_removable(const nc_docmodel *m, int a, nc_verdict v, int min_words)
{
    const nc_block *root = block_at(m, a);
    int has_marked = 0, label = 0, teaser = 0;
    for (int j = a; j <= root->last_desc; j++) {
        const nc_block *b = block_at(m, j);
        if (!goes_along(m, b, v, min_words, root))
            return 0;
        has_marked |= b->verdict == v;
        label |= b->verdict == NC_KEEP && nc_block_is_box_label(b);
        teaser |= b->verdict == NC_DUPLICATE && nc_block_ends_in_ellipsis(b);
    }
    /* a teaser copy's box with its own label stays (doc.h nc_block_is_box_label) */
    return has_marked && !(v == NC_DUPLICATE && label && teaser);
}

/* Never past body or html; never past main either (it holds the story),
 * unless it names itself an error message (Ghost's "main.error-content" in
 * front of the article) and, as the caller checks, holds nothing else. */
static int liftable(const nc_block *b, nc_verdict v)
{
    return b->trusted && b->end != NC_BLOCK_OPEN && strcmp(b->tag, "body") != 0
        && strcmp(b->tag, "html") != 0
        && (strcmp(b->tag, "main") != 0 || (v == NC_SHELL && nc_hint_names_error(b->hint)));
}

/* The element to remove for marked block i, or -1 when it cannot go alone. */
static int removal_root(const nc_docmodel *m, int i, int min_words)
{
    nc_verdict v = block_at(m, i)->verdict;
    int root = i;
    if (!subtree_removable(m, i, v, min_words))
        return -1;                    /* its own text is marked, but it holds kept blocks */
    for (int a = block_at(m, i)->parent; a >= 0; a = block_at(m, a)->parent) {
        if (!liftable(block_at(m, a), v) || !subtree_removable(m, a, v, min_words))
            break;
        root = a;
    }
    return root;
}

/* A comment right after an element, ending its line, is the element's
 * closing label in many themes ("</div><!-- .error-404 -->"): it goes with
 * the element. Not a conditional comment, nothing that holds markup, one
 * line. Returns the offset after it and the spaces that follow, or e. */
#define CLOSING_COMMENT_MAX 200

static apr_size_t after_closing_comment(const char *page, apr_size_t len, apr_size_t e)
{
    if (len - e < 7 || memcmp(page + e, "<!--", 4) != 0 || page[e + 4] == '[')
        return e;
    for (apr_size_t i = e + 4; i + 3 <= len && i < e + CLOSING_COMMENT_MAX; i++) {
        if (page[i] == '\n' || page[i] == '<')
            return e;
        if (page[i] == '-' && page[i + 1] == '-' && page[i + 2] == '>') {
            i += 3;
            while (i < len && (page[i] == ' ' || page[i] == '\t' || page[i] == '\r'))
                i++;
            return i;
        }
    }
    return e;
}

/* Widen a removal over the indentation before it and the line end after it
 * when the element sat on lines of its own, so no blank husk lines remain.
 * Never back over floor, the end of the previous removal (fuzz crasher
 * overlap-implied-p: two removals both took the same indentation). */
static void widen_to_lines(const char *page, apr_size_t len, apr_size_t floor,
                           apr_size_t *start, apr_size_t *end)
{
    apr_size_t s = *start, e = *end;
    if (e > s && page[e - 1] == '\n')
        return;                       /* already whole lines (text/plain) */
    while (s > floor && (page[s - 1] == ' ' || page[s - 1] == '\t'))
        s--;
    if (s > 0 && page[s - 1] == '\r') {
        /* lines ended by a bare CR (an old Mac CMS's export): the same */
        apr_size_t t = e;
        while (t < len && (page[t] == ' ' || page[t] == '\t'))
            t++;
        if (t < len && page[t] == '\r' && (t + 1 >= len || page[t + 1] != '\n')) {
            *start = s;
            *end = t + 1;
        }
        return;
    }
    if (s > 0 && page[s - 1] != '\n')
        return;
    while (e < len && (page[e] == ' ' || page[e] == '\t' || page[e] == '\r'))
        e++;
    e = after_closing_comment(page, len, e);
    if (e < len && page[e] != '\n')
        return;
    *start = s;
    *end = e < len ? e + 1 : e;
}

static int blank_line_at(const char *page, apr_size_t len, apr_size_t pos, apr_size_t *after)
{
    apr_size_t e = pos;
    while (e < len && (page[e] == ' ' || page[e] == '\t' || page[e] == '\r'))
        e++;
    if (e >= len || page[e] != '\n')
        return 0;
    *after = e + 1;
    return 1;
}

/* Whole lines removed between a blank line (or the top) and another blank line
 * would leave two blank lines: the second goes too. */
static void widen_over_blank_line(const char *page, apr_size_t len, apr_size_t start, apr_size_t *end)
{
    apr_size_t after, s = start;
    if (*end == 0 || page[*end - 1] != '\n' || (start > 0 && page[start - 1] != '\n'))
        return;
    if (s > 0) {                      /* is the line before blank? */
        apr_size_t b = s - 1;
        while (b > 0 && (page[b - 1] == ' ' || page[b - 1] == '\t' || page[b - 1] == '\r'))
            b--;
        if (b > 0 && page[b - 1] != '\n')
            return;
    }
    if (blank_line_at(page, len, *end, &after))
        *end = after;
}

/* Is [from, to) a separator line with no words: three or more of one of
 * "-=_*~#" ("-----"), spaces around, a line end after it? */
static int separator_line(const char *page, apr_size_t from, apr_size_t to)
{
    while (from < to && (page[from] == ' ' || page[from] == '\t'))
        from++;
    while (to > from && (page[to - 1] == '\n' || page[to - 1] == '\r' || page[to - 1] == ' ' || page[to - 1] == '\t'))
        to--;
    if (to - from < 3 || !strchr("-=_*~#", page[from]))
        return 0;
    for (apr_size_t i = from; i < to; i++)
        if (page[i] != page[from])
            return 0;
    return 1;
}

/* In text/plain, a shell that ends the text takes the separator line right
 * over it ("-----" then "HTTP/1.1 500 Internal Server Error"), and one that
 * opens the text the separator right under it: the rule belongs to the
 * shell, not to the story. A separator between two copies stays (no text of
 * either). */
static void widen_over_separator(const char *page, apr_size_t len, apr_size_t *start, apr_size_t *end)
{
    if (*end >= len && *start > 0 && page[*start - 1] == '\n') {
        apr_size_t b = *start - 1;
        while (b > 0 && page[b - 1] != '\n')
            b--;
        if (separator_line(page, b, *start))
            *start = b;
    } else if (*start == 0 && *end < len && *end > 0 && page[*end - 1] == '\n') {
        apr_size_t e = *end;
        while (e < len && page[e] != '\n')
            e++;
        if (e < len && separator_line(page, *end, e + 1))
            *end = e + 1;
    }
}

/* --- an error document pasted into the body -------------------------------- */

int nc_tag_name_at(const char *page, apr_size_t len, apr_size_t pos, const char *name)
{
    apr_size_t n = strlen(name);
    if (pos + n + 1 >= len || page[pos] != '<' || (page[pos + 1] | 0x20) != (name[0] | 0x20)
        || strncasecmp(page + pos + 1, name, n) != 0)
        return 0;
    char d = page[pos + 1 + n];
    return d == '>' || d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '/';
}

/* The first "<name" tag in [from, to). Most '<' are rejected on the letter
 * after them, before any call: a page's scans for html, head and body run
 * over every tag it has. */
static apr_size_t find_tag(const char *page, apr_size_t from, apr_size_t to, const char *name)
{
    apr_size_t n = strlen(name);
    unsigned char first = (unsigned char)name[0] | 0x20;
    if (from >= to)                   /* callers pass ranges that may be empty or crossed */
        return NC_NO_OFFSET;
    const char *p = page + from, *end = page + to;
    while ((apr_size_t)(end - p) > n + 1 && (p = memchr(p, '<', (apr_size_t)(end - p) - n - 1)) != NULL) {
        if (((unsigned char)p[1] | 0x20) == first && nc_tag_name_at(page, to, (apr_size_t)(p - page), name))
            return (apr_size_t)(p - page);
        p++;
    }
    return NC_NO_OFFSET;
}

/* The page's "<html", "</html", "<head" and "</body" tags, found in one
 * pass over its '<' when a nested document is looked for: the scans below
 * ask for them again and again, each over the whole page (six passes over
 * every tag of a 15 KB page cost 67 K instructions). A page with more of
 * one kind than fit is asked with find_tag for that kind. */
enum { TAG_HTML, TAG_HTML_END, TAG_HEAD, TAG_BODY_END, INDEXED_TAGS };
#define TAG_INDEX_MAX 32

static const char *const indexed_tag_name[INDEXED_TAGS] = { "html", "/html", "head", "/body" };

typedef struct tag_index {
    const char *page;
    apr_size_t len;
    int n[INDEXED_TAGS];                        /* -1: more than TAG_INDEX_MAX */
    apr_size_t at[INDEXED_TAGS][TAG_INDEX_MAX]; /* offsets of '<', ascending */
} tag_index;

static void index_add(tag_index *ix, int kind, apr_size_t pos)
{
    if (ix->n[kind] >= TAG_INDEX_MAX)
        ix->n[kind] = -1;
    else if (ix->n[kind] >= 0)
        ix->at[kind][ix->n[kind]++] = pos;
}

static void index_tags(tag_index *ix, const char *page, apr_size_t len)
{
    ix->page = page;
    ix->len = len;
    memset(ix->n, 0, sizeof ix->n);
    const char *q = page, *end = page + len;
    while (end - q > 1 && (q = memchr(q, '<', (apr_size_t)(end - q) - 1)) != NULL) {
        /* by the letters after "<" and "</" first: most tags are none of these */
        apr_size_t pos = (apr_size_t)(q - page);
        unsigned char c1 = (unsigned char)q[1] | 0x20, c2 = end - q > 2 ? (unsigned char)q[2] | 0x20 : 0;
        if (c1 == 'h' && c2 == 't' && nc_tag_name_at(page, len, pos, "html"))
            index_add(ix, TAG_HTML, pos);
        else if (c1 == 'h' && c2 == 'e' && nc_tag_name_at(page, len, pos, "head"))
            index_add(ix, TAG_HEAD, pos);
        else if (c1 == '/' && c2 == 'h' && nc_tag_name_at(page, len, pos, "/html"))
            index_add(ix, TAG_HTML_END, pos);
        else if (c1 == '/' && c2 == 'b' && nc_tag_name_at(page, len, pos, "/body"))
            index_add(ix, TAG_BODY_END, pos);
        q++;
    }
}

/* find_tag(page, from, to, the kind's name), from the index: the first
 * such tag at or after from whose name and the byte after it lie before to. */
static apr_size_t find_indexed(const tag_index *ix, int kind, apr_size_t from, apr_size_t to)
{
    if (ix->n[kind] < 0 || to > ix->len)
        return find_tag(ix->page, from, to, indexed_tag_name[kind]);
    if (from >= to)
        return NC_NO_OFFSET;
    int lo = 0, hi = ix->n[kind];
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (ix->at[kind][mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == ix->n[kind])
        return NC_NO_OFFSET;
    apr_size_t pos = ix->at[kind][lo];
    return pos + strlen(indexed_tag_name[kind]) + 1 < to ? pos : NC_NO_OFFSET;
}

/* Words of text in [from, to) outside tags and outside the given blocks' ranges. */
static int stray_words(const nc_docmodel *m, int first, int last, const char *page,
                       apr_size_t from, apr_size_t to)
{
    int words = 0, in_word = 0, b = first;
    for (apr_size_t i = from; i < to; i++) {
        while (b <= last && block_at(m, b)->end <= i)
            b++;
        if (b <= last && block_at(m, b)->start <= i) {
            i = block_at(m, b)->end - 1;
            in_word = 0;
            continue;
        }
        if (page[i] == '<') {
            const char *gt = memchr(page + i, '>', to - i);
            if (!gt)
                return -1;
            i = (apr_size_t)(gt - page);
            in_word = 0;
            continue;
        }
        int space = page[i] == ' ' || page[i] == '\t' || page[i] == '\n' || page[i] == '\r';
        if (!space && !in_word)
            words++;
        in_word = !space;
    }
    return words;
}

static int only_space(const char *page, apr_size_t from, apr_size_t to)
{
    for (apr_size_t i = from; i < to; i++)
        if (page[i] != ' ' && page[i] != '\t' && page[i] != '\n' && page[i] != '\r')
            return 0;
    return 1;
}

/* Bare text a nested error document may carry outside its blocks: Akamai's one
 * sentence; CloudFront's 403 has ~60 words ("Request blocked. We can't connect
 * to the server...") under four short shell blocks, so the bound also grows
 * with the words of the document's shell blocks. */
#define NESTED_DOC_MAX_STRAY_WORDS 40
#define NESTED_DOC_STRAY_PER_SHELL_WORD 3
#define NESTED_DOC_MAX_TRIES 16

/* Removes the error document [s, e) (kind: "glued" or "nested"), widened
 * to its lines but not back over floor; returns the removal's end. */
nc_edit *nc_edits_push_removal(apr_array_header_t *edits, nc_edit_reason why, apr_size_t start,
                               apr_size_t end, const char *detail)
{
    nc_edit *e = apr_array_push(edits);
    memset(e, 0, sizeof *e);
    e->kind = NC_EDIT_REMOVE;
    e->reason = why;
    e->start = start;
    e->end = end;
    e->detail = detail;
    return e;
}

static apr_size_t remove_document(apr_pool_t *p, apr_array_header_t *edits, const char *page,
                                  apr_size_t len, apr_size_t floor, apr_size_t s, apr_size_t e,
                                  const char *kind, nc_verdict what)
{
    nc_edit *ed = nc_edits_push_removal(edits, what == NC_SHELL ? NC_WHY_SHELL : NC_WHY_DUPLICATE, s, e, NULL);
    widen_to_lines(page, len, floor, &ed->start, &ed->end);
    ed->detail = apr_psprintf(p, "%s %s document <html> %lu bytes", kind, what == NC_SHELL ? "error" : "copy",
                              (unsigned long)(e - s));
    return ed->end;
}

#define NESTED_DOC_PROLOGUE_STEPS 8
#define NESTED_DOC_FURNITURE_WORDS 8

/* A short line of an error document's own furniture that says nothing of
 * the error: its site's name over Drupal's "Seite nicht gefunden", a skip
 * link, Cloudflare's "Please enable cookies." No heading (a headline pasted
 * above the shell is no furniture), no long text: weighed as stray text. */
static int document_furniture(const nc_block *b)
{
    return b->words <= NESTED_DOC_FURNITURE_WORDS && !b->heading_level && b->role != NC_ROLE_HEADING;
}
#define COMMENT_MAX_BYTES 4096

/* The start of the comment "<!--...-->" that ends at end (just after its
 * "-->"), or NC_NO_OFFSET: the first "<!--" after the comment before it
 * (a conditional "<!--[if gt IE 8]><!-->" is one comment), when the first
 * "-->" after that start is this one. Looked for within a bounded window. */
static apr_size_t comment_start(const char *page, apr_size_t end)
{
    if (end < 7 || memcmp(page + end - 3, "-->", 3) != 0)
        return NC_NO_OFFSET;
    apr_size_t lo = end > COMMENT_MAX_BYTES ? end - COMMENT_MAX_BYTES : 0, from = lo;
    for (apr_size_t i = end - 3; i > lo + 2; i--)
        if (memcmp(page + i - 3, "-->", 3) == 0) {
            from = i;             /* just after the comment before it */
            break;
        }
    const char *open = memmem(page + from, end - from, "<!--", 4);
    if (!open)
        return NC_NO_OFFSET;
    apr_size_t q = (apr_size_t)(open - page);
    const char *close = memmem(page + q + 2, end - q - 2, "-->", 3);
    if (!close || (apr_size_t)(close - page) + 3 != end)
        return NC_NO_OFFSET;
    return q;
}

/* Where the error document whose "<html" (or "<head") is at open starts:
 * its doctype goes with it, and the XML declaration before that (httpd's
 * XHTML error documents start with "<?xml version=...?>"); so do the
 * comments between its doctype and its <html> (Cloudflare's conditional
 * "<!--[if lt IE 7]> <html class=...> <![endif]-->" lines), but only when a
 * doctype is before them. An "<html" inside such a comment starts the
 * document at the comment. */
/* ColdFusion prints its error page after a line that closes whatever the
 * page had open, <!-- " ---></TD></TD>...</XMP> -->, and an empty <font
 * face="arial"></font>: both are its document's. Where that prologue starts,
 * else open. */
#define CF_PROLOGUE_OPEN "<!-- \" --->"
#define CF_PROLOGUE_CLOSE "</XMP> -->"
#define CF_FONT "<font face=\"arial\"></font>"

static apr_size_t back_over_space(const char *page, apr_size_t at)
{
    while (at > 0 && (page[at - 1] == ' ' || page[at - 1] == '\t' || page[at - 1] == '\n' || page[at - 1] == '\r'))
        at--;
    return at;
}

static apr_size_t coldfusion_prologue(const char *page, apr_size_t open)
{
    const apr_size_t flen = sizeof CF_FONT - 1, clen = sizeof CF_PROLOGUE_CLOSE - 1,
                     olen = sizeof CF_PROLOGUE_OPEN - 1;
    apr_size_t at = back_over_space(page, open);
    if (at >= flen && strncasecmp(page + at - flen, CF_FONT, flen) == 0)
        at = back_over_space(page, at - flen);
    if (at < clen + olen || memcmp(page + at - clen, CF_PROLOGUE_CLOSE, clen) != 0)
        return open;
    apr_size_t lo = at > COMMENT_MAX_BYTES ? at - COMMENT_MAX_BYTES : 0;
    for (apr_size_t i = at - clen; i >= lo + olen; i--)
        if (memcmp(page + i - olen, CF_PROLOGUE_OPEN, olen) == 0)
            return i - olen;
    return open;
}

static apr_size_t document_start(const char *page, apr_size_t open)
{
    apr_size_t lo = open > COMMENT_MAX_BYTES ? open - COMMENT_MAX_BYTES : 0;
    for (apr_size_t i = open; i >= lo + 4; i--) {
        if (memcmp(page + i - 3, "-->", 3) == 0)
            break;                /* a comment closed before it: not inside one */
        if (memcmp(page + i - 4, "<!--", 4) == 0) {
            open = i - 4;
            break;
        }
    }
    open = coldfusion_prologue(page, open);
    apr_size_t at = open;
    for (int step = 0, doctype = 0; step < NESTED_DOC_PROLOGUE_STEPS; step++) {
        apr_size_t s = at;
        while (s > 0 && (page[s - 1] == ' ' || page[s - 1] == '\t' || page[s - 1] == '\n' || page[s - 1] == '\r'))
            s--;
        if (s == 0 || page[s - 1] != '>')
            break;
        apr_size_t lt = comment_start(page, s);
        if (lt != NC_NO_OFFSET) {
            if (doctype)
                break;            /* a comment before the doctype is the page's */
            at = lt;
            continue;
        }
        lt = s - 1;
        while (lt > 0 && page[lt] != '<')
            lt--;
        if (!doctype && strncasecmp(page + lt, "<!doctype", 9) == 0)
            doctype = 1;
        else if (strncmp(page + lt, "<?xml", 5) == 0 && page[s - 2] == '?')
            doctype = 1;
        else
            break;
        at = open = lt;
    }
    return open;
}

/* Where the error document ending at e ends with the comments right after
 * its "</html>" that it printed itself: nginx's "<!-- a padding to disable
 * MSIE and Chrome friendly error page -->" lines, ASP.NET's stack trace. */
static apr_size_t document_trailer(const char *page, apr_size_t len, apr_size_t e)
{
    for (int step = 0; step < NESTED_DOC_PROLOGUE_STEPS; step++) {
        apr_size_t s = e;
        while (s < len && (page[s] == ' ' || page[s] == '\t' || page[s] == '\n' || page[s] == '\r'))
            s++;
        if (len - s < 7 || memcmp(page + s, "<!--", 4) != 0)
            break;
        apr_size_t room = len - s - 4 < COMMENT_MAX_BYTES ? len - s - 4 : COMMENT_MAX_BYTES;
        const char *close = memmem(page + s + 2, room + 2, "-->", 3);
        if (!close)
            break;
        e = (apr_size_t)(close - page) + 3;
    }
    return e;
}

/* Does block i go with a shell removed whole around it (an error box whose
 * heading, "Ops, qui non c'è niente", has no verdict of its own but goes
 * along with the box's marked paragraph)? Ancestors from open on only. */
static int goes_with_shell_box(const nc_docmodel *m, int i, apr_size_t open)
{
    for (int a = block_at(m, i)->parent; a >= 0 && block_at(m, a)->start >= open; a = block_at(m, a)->parent)
        if (liftable(block_at(m, a), NC_SHELL) && subtree_removable(m, a, NC_SHELL, 0))
            return 1;
    return 0;
}

static int markup_only(const char *page, apr_size_t from, apr_size_t to);
static int opened_inside(const char *page, apr_size_t from, apr_size_t to, const char *name, apr_size_t n);

/* [start, end) from a nested "<html" to just after its "</html>", when every
 * block inside is a shell (or empty), no block crosses its edges and little
 * text sits outside blocks (an Akamai page's bare sentence; see above). Else 0.
 * With want NC_DUPLICATE, a document whose blocks are all copies: an AMP or
 * print copy of the story glued after the page, its <head> and masthead
 * with it; its stray text stays within the fixed bound, as a copy's many
 * words say nothing of what else the document may hold. */
static int nested_document(const nc_docmodel *m, const tag_index *ix, const char *page, apr_size_t len,
                           apr_size_t open, apr_size_t *start, apr_size_t *end, int skip, nc_verdict want)
{
    apr_size_t close = find_indexed(ix, TAG_HTML_END, open + 5, len);
    if (close == NC_NO_OFFSET)
        return 0;
    const char *gt = memchr(page + close, '>', len - close);
    if (!gt)
        return 0;
    apr_size_t e = (apr_size_t)(gt - page) + 1;
    int first = -1, last = -1, shells = 0, shell_words = 0, run_words = 0;
    const nc_block *own_title = NULL;
    /* the "</html>" is its own: no other document opens before it */
    int own_end = find_indexed(ix, TAG_HTML, open + 5, close) == NC_NO_OFFSET;
    for (int i = skip; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->end == NC_BLOCK_OPEN)
            return 0;
        /* an implied end may have swallowed the whitespace after </html>;
         * a run of its loose text goes on over the tags after it up to
         * the page's next block (HAProxy's "<html><body><h1>504 Gateway
         * Time-out</h1>" line over the site's <script>): its text is all
         * inside when no text follows </html> in it */
        int inside = b->start >= open
                     && (b->end <= e || only_space(page, e, b->end)
                         || (strcmp(b->tag, NC_RUN_TAG) == 0 && markup_only(page, e, b->end)));
        int outside = b->end <= open || b->start >= e || (b->start < open && b->end >= e);
        /* a box the document opened and never closed (Sucuri's block page
         * opens a <section> in its <head>) runs on to the page's next end
         * tag of its name, over the page after the document's </html>:
         * the document ends at its own </html> all the same, and what the
         * box holds after it is the page's (its blocks start after e) */
        if (!inside && !outside && b->start >= open && b->start < e && b->text_len == 0
            && !nc_block_page_or_main(b) && own_end
            && opened_inside(page, b->start, e, b->tag, strlen(b->tag)))
            inside = 1;
        if (!inside && !outside)
            return 0;                 /* a block crosses an edge: not a whole document */
        if (!inside)
            continue;
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && !own_title)
            own_title = b;
        if (b->text_len > 0 && b->verdict != want && !(want == NC_SHELL && goes_with_shell_box(m, i, open))) {
            /* the document's own <title> goes with the shell its body is,
             * weighed as stray text (a glued GitLab or Bitbucket page's
             * title has no error word of its own) */
            /* and so does its heading that repeats that title (Magento's
             * "There has been an error processing your request" as <title>
             * and <h1>, over its "Error log record number") */
            int titles_it = own_title && b->role == NC_ROLE_HEADING && b->text_len == own_title->text_len
                            && memcmp(b->text, own_title->text, b->text_len) == 0;
            /* a short heading under the document's own <title> heads
             * the document, whatever it says (Google's load balancer titles
             * its 502 "502 Server Error" and heads it "Error: Server
             * Error"): the page's headline is in the page's own document,
             * never in one nested in it, which holds shells only */
            int heads_it = own_title && want == NC_SHELL && b->role == NC_ROLE_HEADING
                           && b->words <= NESTED_DOC_FURNITURE_WORDS;
            if (strcmp(b->tag, NC_RUN_TAG) != 0 && b->role != NC_ROLE_TITLE
                && !document_furniture(b) && !titles_it && !heads_it)
                return 0;

            run_words += b->words;    /* bare text, weighed as before runs were blocks */
        }
        shells += b->verdict == want;
        shell_words += b->verdict == want && want == NC_SHELL ? b->words : 0;
        if (first < 0)
            first = i;
        last = i;
    }
    if (!shells)
        return 0;
    int stray = stray_words(m, first, last, page, open, e);
    if (stray >= 0)
        stray += run_words;
    int max_stray = shell_words * NESTED_DOC_STRAY_PER_SHELL_WORD;
    if (max_stray < NESTED_DOC_MAX_STRAY_WORDS)
        max_stray = NESTED_DOC_MAX_STRAY_WORDS;
    if (stray < 0 || stray > max_stray)
        return 0;
    *start = document_start(page, open);
    *end = document_trailer(page, len, e);
    return 1;
}

/* Does [from, to) open more elements named name[0..n) than it closes? */
static int opened_inside(const char *page, apr_size_t from, apr_size_t to, const char *name, apr_size_t n)
{
    char end_tag[16];               /* "/name" */
    if (n == 0 || n + 1 >= sizeof end_tag)
        return 0;
    end_tag[0] = '/';
    memcpy(end_tag + 1, name, n);
    end_tag[n + 1] = '\0';
    int depth = 0;
    for (apr_size_t i = from; i < to; i++) {
        const char *lt = memchr(page + i, '<', to - i);
        if (!lt)
            break;
        i = (apr_size_t)(lt - page);
        if (nc_tag_name_at(page, to, i, end_tag + 1))
            depth++;
        else if (nc_tag_name_at(page, to, i, end_tag))
            depth--;
    }
    return depth > 0;
}

/* Where the raw text element ("script" or "style") whose start tag begins
 * at i ends, or NC_NO_OFFSET when its end tag is not within to. */
static apr_size_t raw_element_end(const char *page, apr_size_t to, apr_size_t i, const char *name)
{
    char end_tag[8];
    apr_size_t n = strlen(name);
    end_tag[0] = '/';
    memcpy(end_tag + 1, name, n + 1);
    apr_size_t close = find_tag(page, i + 1 + n, to, end_tag);
    if (close == NC_NO_OFFSET)
        return NC_NO_OFFSET;
    const char *gt = memchr(page + close, '>', to - close);
    return gt ? (apr_size_t)(gt - page) + 1 : NC_NO_OFFSET;
}

/* Does [from, to) hold anything outside the removals edits[first..] but
 * whitespace, comments and tags: text, or (with tag_ok) a tag it refuses?
 * Scripts and styles are read whole, a script as a tag tag_ok is asked of. */
static int stray_outside_edits(const char *page, apr_size_t from, apr_size_t to, const apr_array_header_t *edits,
                               int first, int (*tag_ok)(const char *, apr_size_t, apr_size_t))
{
    int k = first;
    for (apr_size_t i = from; i < to; i++) {
        while (edits && k < edits->nelts && APR_ARRAY_IDX(edits, k, nc_edit).end <= i)
            k++;
        if (edits && k < edits->nelts && APR_ARRAY_IDX(edits, k, nc_edit).start <= i) {
            i = APR_ARRAY_IDX(edits, k, nc_edit).end - 1;
            continue;
        }
        char c = page[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c != '<')
            return 1;
        apr_size_t past = NC_NO_OFFSET;
        if (i + 4 <= to && memcmp(page + i, "<!--", 4) == 0) {
            const char *close = memmem(page + i + 4, to - i - 4, "-->", 3);
            past = close ? (apr_size_t)(close - page) + 3 : NC_NO_OFFSET;
        } else if (tag_ok && !tag_ok(page, to, i)) {
            return 1;
        } else if (nc_tag_name_at(page, to, i, "script")) {
            past = raw_element_end(page, to, i, "script");
        } else if (nc_tag_name_at(page, to, i, "style")) {
            past = raw_element_end(page, to, i, "style");
        } else {
            const char *gt = memchr(page + i, '>', to - i);
            past = gt ? (apr_size_t)(gt - page) + 1 : NC_NO_OFFSET;
        }
        if (past == NC_NO_OFFSET)
            return 1;
        i = past - 1;
    }
    return 0;
}

/* Does [from, to) hold text outside the removals edits[first..]: anything
 * but whitespace, tags, comments, scripts and styles? */
static int text_outside_edits(const char *page, apr_size_t from, apr_size_t to,
                              const apr_array_header_t *edits, int first)
{
    return stray_outside_edits(page, from, to, edits, first, NULL);
}

/* Is [from, to) markup only: tags, comments, scripts, styles and
 * whitespace, no text? */
static int markup_only(const char *page, apr_size_t from, apr_size_t to)
{
    return !text_outside_edits(page, from, to, NULL, 0);
}

/* Does block b, which starts before limit where the next document glued
 * after an unclosed one begins, run into that document? Only a box the
 * first one opened and never closed (no text of its own), or its last
 * block whose implied end took the next one's doctype and <html> tag. */
static int into_next_document(const char *page, const nc_block *b, apr_size_t limit, apr_size_t len)
{
    if (limit >= len || b->start >= limit || b->end == NC_BLOCK_OPEN || b->end <= limit)
        return 0;
    return b->text_len == 0 || (b->verdict == NC_SHELL && markup_only(page, limit, b->end));
}

/* Does block i, which has no text of its own, hold text, all of it in
 * shell blocks? nginx's and OpenResty's "<center><h1>502 Bad
 * Gateway</h1></center>": a box of the document's, not the page's next
 * element. */
static int shell_box_of(const nc_docmodel *m, int i)
{
    const nc_block *box = block_at(m, i);
    int shells = 0;
    for (int k = i + 1; k <= box->last_desc; k++) {
        const nc_block *c = block_at(m, k);
        if (c->text_len > 0 && c->verdict != NC_SHELL)
            return 0;
        shells += c->text_len > 0;
    }
    return shells > 0;
}

/* An error document pasted without its end tags (Google's 404 page ends
 * with its last "<p>...</ins>", no "</body>" nor "</html>"): from open to
 * the end of its last block when its blocks with text, from the first
 * after open, are shell blocks (its <title> and short furniture weighed as
 * stray text) up to the first that is not, no block crosses that end and
 * neither "</body" nor "</html" comes before it; blocks from limit on are
 * the next document's (glued: limit is where that document starts) or the
 * page's own, which takes over again after it. Else 0. */
static int unclosed_document(const nc_docmodel *m, const tag_index *ix, const char *page, apr_size_t len, int skip,
                             apr_size_t open, apr_size_t limit, int glued, apr_size_t *start, apr_size_t *end)
{
    int first = -1, last = -1, shells = 0, shell_words = 0, run_words = 0;
    apr_size_t cut = 0;
    for (int i = skip; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->start == NC_BLOCK_OPEN || b->start < open)
            continue;
        if (b->start >= limit)
            break;                /* the next document's own blocks */
        if (b->end == NC_BLOCK_OPEN)
            return 0;
        apr_size_t b_end = b->end;
        if (into_next_document(page, b, limit, len)) {
            if (b->text_len == 0)
                continue;         /* a box it opened and never closed, around the next document */
            b_end = limit;        /* its last <p>'s implied end ran over the next prologue */
        }
        if (b->text_len > 0) {
            /* glued before another document, all it holds up to there is
             * its own: furniture above its shell too (Cloudflare's "Please
             * enable cookies." over its title) */
            if (b->verdict != NC_SHELL && b->role != NC_ROLE_TITLE
                && !((shells || glued) && document_furniture(b)))
                break;
            if (b->verdict != NC_SHELL)
                run_words += b->words;
        } else if (b_end > cut && shells && !glued && !shell_box_of(m, i)) {
            break;                /* an element after the shell: the page's own */
        }
        shells += b->verdict == NC_SHELL;
        shell_words += b->verdict == NC_SHELL ? b->words : 0;
        if (b_end > cut)
            cut = b_end;
        if (first < 0)
            first = i;
        last = i;
    }
    if (!shells || cut <= open || cut > limit)
        return 0;
    for (int i = first; i <= last; i++)
        if (block_at(m, i)->end > cut && !into_next_document(page, block_at(m, i), limit, len))
            return 0;
    if (find_indexed(ix, TAG_BODY_END, open + 5, cut) != NC_NO_OFFSET
        || find_indexed(ix, TAG_HTML_END, open + 5, cut) != NC_NO_OFFSET)
        return 0;
    /* the last shell block's implied end may stop short of its end tags;
     * only of elements the document opened: the next end tag may close the
     * page's own box around it (Google's 404 in a <div class="map">) */
    while (cut < len && page[cut] == '<' && cut + 2 < len && page[cut + 1] == '/') {
        const char *gt = memchr(page + cut, '>', len - cut < 16 ? len - cut : 16);
        if (!gt || !opened_inside(page, open, cut, page + cut + 2, (apr_size_t)(gt - page) - cut - 2))
            break;
        cut = (apr_size_t)(gt - page) + 1;
    }
    /* its comments up to the next document (blank lines alone: the
     * removal widens to its lines anyway) */
    if (glued && !only_space(page, cut, limit) && markup_only(page, cut, limit))
        cut = limit;
    int stray = stray_words(m, first, last, page, open, cut);
    if (stray < 0 || stray + run_words > (shell_words * NESTED_DOC_STRAY_PER_SHELL_WORD > NESTED_DOC_MAX_STRAY_WORDS
                                          ? shell_words * NESTED_DOC_STRAY_PER_SHELL_WORD : NESTED_DOC_MAX_STRAY_WORDS))
        return 0;
    *start = document_start(page, open);
    *end = cut;
    return 1;
}

/* The next "<html" at or after from, or a "<head" after the page's own head
 * that no "<html" opens (ModSecurity's "Not Acceptable!" page starts with
 * its <head>), before to; NC_NO_OFFSET when none. */
static apr_size_t next_document(const nc_docmodel *m, const tag_index *ix, const char *page, apr_size_t from,
                                apr_size_t to)
{
    apr_size_t html = find_indexed(ix, TAG_HTML, from, to);
    apr_size_t floor = m->anchors.head_close != NC_NO_OFFSET && m->anchors.head_close > from
                       ? m->anchors.head_close : from;
    apr_size_t head = find_indexed(ix, TAG_HEAD, floor, html == NC_NO_OFFSET ? to : html);
    while (head != NC_NO_OFFSET) {
        apr_size_t s = head;
        while (s > 0 && (page[s - 1] == ' ' || page[s - 1] == '\t' || page[s - 1] == '\n' || page[s - 1] == '\r'))
            s--;
        apr_size_t lt = s;
        if (s > 0 && page[s - 1] == '>')
            for (lt = s - 1; lt > 0 && page[lt] != '<'; lt--)
                ;
        if (!(s > 0 && page[s - 1] == '>' && nc_tag_name_at(page, s, lt, "html")))
            return head;
        head = find_indexed(ix, TAG_HEAD, head + 5, html == NC_NO_OFFSET ? to : html);
    }
    return html;
}

#define ROOT_MAX_PROLOGUE_BLOCKS 4

/* Does the page open more "<html" than it closes (counted up to
 * NESTED_DOC_MAX_TRIES + 1 opens)? */
static int html_left_open(const tag_index *ix, apr_size_t len)
{
    int open_tags = 0;
    for (apr_size_t at = find_indexed(ix, TAG_HTML, 0, len); at != NC_NO_OFFSET && open_tags <= NESTED_DOC_MAX_TRIES;
         at = find_indexed(ix, TAG_HTML, at + 5, len))
        open_tags++;
    for (apr_size_t at = find_indexed(ix, TAG_HTML_END, 0, len); at != NC_NO_OFFSET && open_tags > 0;
         at = find_indexed(ix, TAG_HTML_END, at + 6, len))
        open_tags--;
    return open_tags > 0;
}


/* Is the "</html>" at close followed by another one with no "<html" between
 * them, and text other than shell blocks between them? Then the document
 * that close ends was nested inside the page's own (Varnish's 503 inside its
 * body), which goes on after it with its own text: the page is no unclosed
 * error document glued before the next (Squid's page around a story goes on
 * with its own shell lines only). Only when every "<html" is closed: a
 * Werkzeug page without end tags before a story with a nested error
 * document in it leaves one open. */
static int page_goes_on_after(const nc_docmodel *m, const tag_index *ix, apr_size_t len, apr_size_t close)
{
    if (close == NC_NO_OFFSET)
        return 0;
    if (html_left_open(ix, len))
        return 0;
    apr_size_t again = find_indexed(ix, TAG_HTML_END, close + 6, len);
    if (again == NC_NO_OFFSET || find_indexed(ix, TAG_HTML, close + 6, again) != NC_NO_OFFSET)
        return 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->start > close && b->start < again && b->text_len > 0
            && b->verdict != NC_SHELL)
            return 1;
    }
    return 0;
}

/* Does the document whose "<html" is at open leave its </html> out, so that
 * the first one after it is the page's own? The page closes fewer "<html"
 * than it opens, and no "</html>" follows that first one: Werkzeug's 500
 * (a doctype, <title>, <h1> and <p>) pasted between a story and the site's
 * footer, which its element would otherwise run over to the page's end. */
static int leaves_html_open(const tag_index *ix, apr_size_t len, apr_size_t open)
{
    apr_size_t close = find_indexed(ix, TAG_HTML_END, open + 5, len);
    if (close == NC_NO_OFFSET || find_indexed(ix, TAG_HTML_END, close + 6, len) != NC_NO_OFFSET)
        return 0;
    return html_left_open(ix, len);
}

/* Where the page takes over again after the unclosed document at open,
 * pasted after the page's own text: the first block with text of its own
 * (no shell, no <title>) after one of the document's shell blocks; len
 * when none; NC_NO_OFFSET when no text of the page's comes before open
 * (a document glued before the page is the glued-document rules'). */
static apr_size_t page_resumes_at(const nc_docmodel *m, int skip, apr_size_t open, apr_size_t len)
{
    int story_before = 0;       /* pasted after the page's own text, not glued before its document */
    for (int i = skip; i < m->blocks->nelts && !story_before; i++) {
        const nc_block *b = block_at(m, i);
        if (b->start == NC_BLOCK_OPEN || b->start >= open)
            break;
        story_before = b->text_len > 0 && b->verdict == NC_KEEP && b->role != NC_ROLE_TITLE;
    }
    if (!story_before)
        return NC_NO_OFFSET;
    int shells = 0;
    for (int i = skip; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->start == NC_BLOCK_OPEN || b->start < open)
            continue;
        if (shells && b->text_len > 0 && b->verdict != NC_SHELL && b->role != NC_ROLE_TITLE)
            return b->start;
        shells += b->verdict == NC_SHELL;
    }
    return len;
}

static void remove_nested_documents(apr_pool_t *p, const nc_docmodel *m, const char *page,
                                    apr_size_t len, apr_array_header_t *edits, tag_index *ix_out)
{
    /* the page's root: a line of text glued before its doctype (Envoy's
     * "upstream connect error...") is a block of its own before it */
    int r = 0;
    while (r + 1 < m->blocks->nelts && r < ROOT_MAX_PROLOGUE_BLOCKS && block_at(m, r)->parent < 0
           && strcmp(block_at(m, r)->tag, NC_RUN_TAG) == 0)
        r++;
    const nc_block *root = m->blocks->nelts ? block_at(m, r) : NULL;
    if (!root || strcmp(root->tag, "html") != 0 || root->end == NC_BLOCK_OPEN)
        return;
    int shells = 0, copies = 0;        /* a nested document holds one: no scan without */
    for (int i = 0; i < m->blocks->nelts && !(shells && copies); i++) {
        shells |= block_at(m, i)->verdict == NC_SHELL;
        copies |= block_at(m, i)->verdict == NC_DUPLICATE;
    }
    if (!shells && !copies)
        return;
    tag_index ix;
    index_tags(&ix, page, len);
    *ix_out = ix;                      /* over_emptied_documents asks again */
    apr_size_t from = root->start + 5, floor = 0;
    apr_size_t open;
    int tries = 0;                     /* each try walks every block: bounded on hostile pages */
    /* documents glued one after another (html_parser.c reads past the
     * root's end tag): the first one, the root itself, is tried as a
     * nested one when another document follows it */
    apr_size_t first_close = find_indexed(&ix, TAG_HTML_END, root->start + 5, root->end);
    apr_size_t second = find_indexed(&ix, TAG_HTML, root->start + 5, root->end);
    if (first_close != NC_NO_OFFSET && find_indexed(&ix, TAG_HTML, first_close, root->end) != NC_NO_OFFSET) {
        apr_size_t s, e;
        tries++;
        if (shells && nested_document(m, &ix, page, len, root->start, &s, &e, r + 1, NC_SHELL)) {
            floor = remove_document(p, edits, page, len, floor, s, e, "glued", NC_SHELL);
            from = e;
        }
    } else if (second != NC_NO_OFFSET && (first_close == NC_NO_OFFSET || first_close > second)
               && !page_goes_on_after(m, &ix, len, first_close)) {
        /* the first document has no end tags before the next one starts
         * (Werkzeug's 404 and 500 are a doctype, <title>, <h1> and <p>):
         * it ends where the next one's prologue begins */
        apr_size_t s, e;
        tries++;
        if (shells && unclosed_document(m, &ix, page, len, r + 1, root->start, document_start(page, second), 1, &s, &e)) {
            floor = remove_document(p, edits, page, len, floor, s, e, "glued", NC_SHELL);
            from = e;
        }
    }
    while (tries++ < NESTED_DOC_MAX_TRIES
           && (open = next_document(m, &ix, page, from, root->end)) != NC_NO_OFFSET) {
        apr_size_t s, e;
        nc_verdict what = NC_SHELL;
        /* an unclosed one ends at its last shell block, not at the page's </html> */
        apr_size_t resumes = shells && leaves_html_open(&ix, len, open) ? page_resumes_at(m, r + 1, open, len)
                                                                         : NC_NO_OFFSET;
        int unclosed_first = resumes != NC_NO_OFFSET
                             && unclosed_document(m, &ix, page, len, r + 1, open, resumes, 0, &s, &e);
        if (!unclosed_first && !(shells && nested_document(m, &ix, page, len, open, &s, &e, 0, NC_SHELL))
            && !(shells && unclosed_document(m, &ix, page, len, r + 1, open, len, 0, &s, &e))) {
            what = NC_DUPLICATE;
            if (!copies || !nested_document(m, &ix, page, len, open, &s, &e, 0, NC_DUPLICATE)) {
                from = open + 5;
                continue;
            }
        }
        floor = remove_document(p, edits, page, len, floor, s, e, "nested", what);
        from = e;
    }
}

static int inside_edit(const apr_array_header_t *edits, int first, apr_size_t start, apr_size_t end)
{
    for (int i = first; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && start < e->end && e->start < end)
            return 1;
    }
    return 0;
}

/* Where "<div ...></div>" (or span, p, address: an error document's empty
 * signature box) with nothing but whitespace inside,
 * starting at i, ends; 0 when there is no such element there. */
static apr_size_t empty_element_end(const char *page, apr_size_t to, apr_size_t i)
{
    static const char *const empties[] = { "div", "span", "p", "address", NULL };
    for (int t = 0; empties[t]; t++) {
        if (!nc_tag_name_at(page, to, i, empties[t]))
            continue;
        apr_size_t n = strlen(empties[t]);
        const char *gt = memchr(page + i, '>', to - i);
        if (!gt || gt[-1] == '/')
            return 0;
        apr_size_t k = (apr_size_t)(gt - page) + 1;
        while (k < to && (page[k] == ' ' || page[k] == '\t' || page[k] == '\n' || page[k] == '\r'))
            k++;
        if (k + n + 3 > to || page[k] != '<' || page[k + 1] != '/' || strncasecmp(page + k + 2, empties[t], n) != 0
            || page[k + 2 + n] != '>')
            return 0;
        return k + n + 3;
    }
    return 0;
}

/* Is there an unclosed <p> at i that the next tag closes empty ("<p><hr>"
 * in HTML 3.2 pages: an <hr> or another block ends the paragraph)? */
static int empty_paragraph(const char *page, apr_size_t to, apr_size_t i)
{
    static const char *const closers[] = { "hr", "p", "address", "div", "table", "pre", NULL };
    if (!nc_tag_name_at(page, to, i, "p"))
        return 0;
    const char *gt = memchr(page + i, '>', to - i);
    if (!gt)
        return 0;
    apr_size_t k = (apr_size_t)(gt - page) + 1;
    while (k < to && (page[k] == ' ' || page[k] == '\t' || page[k] == '\n' || page[k] == '\r'))
        k++;
    for (int c = 0; closers[c]; c++)
        if (k < to && nc_tag_name_at(page, to, k, closers[c]))
            return 1;
    return 0;
}

/* Is [from, to) nothing but whitespace, comments, void tags (<hr>, <br>)
 * and empty elements? */
static int only_void_markup(const char *page, apr_size_t from, apr_size_t to)
{
    static const char *const voids[] = { "hr", "br", "wbr", NULL };
    for (apr_size_t i = from; i < to; i++) {
        char c = page[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c != '<')
            return 0;
        int ok = 0;
        for (int v = 0; voids[v] && !ok; v++)
            ok = nc_tag_name_at(page, to, i, voids[v]);
        ok = ok || empty_paragraph(page, to, i);
        if (!ok && i + 3 < to && page[i + 1] == '!' && page[i + 2] == '-' && page[i + 3] == '-') {
            const char *end = NULL;
            for (apr_size_t k = i + 4; k + 2 < to && !end; k++)
                if (page[k] == '-' && page[k + 1] == '-' && page[k + 2] == '>')
                    end = page + k + 2;
            if (!end)
                return 0;
            i = (apr_size_t)(end - page);
            continue;
        }
        if (!ok) {
            /* an element with nothing inside, attributes or not, between
             * two parts of one removal: the shell's own empty markup
             * (Drupal's <div class="tabs"></div> under its title) */
            apr_size_t past = empty_element_end(page, to, i);
            if (!past)
                return 0;
            i = past - 1;
            continue;
        }
        const char *gt = memchr(page + i, '>', to - i);
        if (!gt)
            return 0;
        i = (apr_size_t)(gt - page);
    }
    return 1;
}

/* Joins neighbouring removals of the same kind that only void markup and
 * empty elements separate. */
static void merge_neighbours(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    int out = first;
    for (int i = first; i < edits->nelts; i++) {
        nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        nc_edit *prev = out > first ? &APR_ARRAY_IDX(edits, out - 1, nc_edit) : NULL;
        if (prev && prev->kind == NC_EDIT_REMOVE && e->kind == NC_EDIT_REMOVE
            && prev->reason == e->reason && prev->end <= e->start
            && only_void_markup(page, prev->end, e->start)) {
            apr_size_t floor = out - 1 > first ? APR_ARRAY_IDX(edits, out - 2, nc_edit).end : 0;
            prev->end = e->end;
            widen_to_lines(page, len, floor, &prev->start, &prev->end);
            continue;
        }
        if (out != i)
            APR_ARRAY_IDX(edits, out, nc_edit) = *e;
        out++;
    }
    edits->nelts = out;
}

/* --- husks: a wrapper a removal leaves empty --------------------------------- */

/* An element that holds nothing but a removal (and whitespace) would stay
 * as an empty husk: an inline wrapper, which is no block of the model
 * (ASP.NET's <span> around its <H1> and <h2>), or a wrapper no block rule
 * lifts a removal to (<main>, which may hold the story, or an <a> around a
 * shell's <div>). Read from the bytes: the start tag right before the
 * removal, its end tag right after, whitespace between. Removals are
 * balanced (whole elements and runs), so the two tags pair up, and the
 * husk holds no byte of text: nothing is lost but its markup. Never
 * <body>, <html> or <head>; a start tag whose attributes hold a '>' is
 * not read (kept). */
#define HUSK_MAX_TAG 1024
#define HUSK_MAX_DEPTH 16

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int husk_around(const char *page, apr_size_t len, apr_size_t *start, apr_size_t *end)
{
    apr_size_t s = *start, e = *end;
    while (s > 0 && is_space(page[s - 1]))
        s--;
    while (e < len && is_space(page[e]))
        e++;
    if (s < 3 || page[s - 1] != '>' || page[s - 2] == '/' || e + 4 > len || page[e] != '<' || page[e + 1] != '/')
        return 0;
    apr_size_t lt = s - 1, floor = s > HUSK_MAX_TAG ? s - HUSK_MAX_TAG : 0;
    while (lt > floor && page[lt - 1] != '<' && page[lt - 1] != '>')
        lt--;
    if (lt == 0 || page[lt - 1] != '<')
        return 0;
    lt--;
    apr_size_t n = 0;
    while (lt + 1 + n < s && n < 16 && apr_isalnum((unsigned char)page[lt + 1 + n]))
        n++;
    if (n == 0 || n >= 16 || !apr_isalpha((unsigned char)page[lt + 1]) || (lt + 1 + n < s && !is_space(page[lt + 1 + n])
                                                             && page[lt + 1 + n] != '>'))
        return 0;
    if ((n == 4 && (strncasecmp(page + lt + 1, "body", 4) == 0 || strncasecmp(page + lt + 1, "html", 4) == 0
                    || strncasecmp(page + lt + 1, "head", 4) == 0)))
        return 0;
    if (e + 2 + n >= len || strncasecmp(page + e + 2, page + lt + 1, n) != 0)
        return 0;
    apr_size_t k = e + 2 + n;
    while (k < len && is_space(page[k]))
        k++;
    if (k >= len || page[k] != '>')
        return 0;
    *start = lt;
    *end = k + 1;
    return 1;
}

/* The i-th edit when it is a removal (a shell's only, with shell_only), and
 * the bytes it may grow into without touching a neighbour: [*floor, *next). */
static nc_edit *removal_between(apr_array_header_t *edits, int first, int i, apr_size_t len,
                                int shell_only, apr_size_t *floor, apr_size_t *next)
{
    nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
    if (e->kind != NC_EDIT_REMOVE || (shell_only && e->reason != NC_WHY_SHELL) || e->pinned)
        return NULL;
    *floor = i > first ? APR_ARRAY_IDX(edits, i - 1, nc_edit).end : 0;
    *next = i + 1 < edits->nelts ? APR_ARRAY_IDX(edits, i + 1, nc_edit).start : len;
    return e;
}

/* Widens each removal over the husks around it, merging removals that then
 * meet, until none is left (a husk inside a husk: Vercel's <a> in <main>
 * in <div class="container">). */
static void over_husks(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    for (int round = 0; round < HUSK_MAX_DEPTH; round++) {
        int changed = 0;
        for (int i = first; i < edits->nelts; i++) {
            apr_size_t floor, next;
            nc_edit *e = removal_between(edits, first, i, len, 0, &floor, &next);
            if (!e)
                continue;
            apr_size_t s = e->start, en = e->end;
            if (!husk_around(page, len, &s, &en) || s < floor || en > next)
                continue;
            e->start = s;
            e->end = en;
            widen_to_lines(page, len, floor, &e->start, &e->end);
            if (e->end > next)
                e->end = en;
            changed = 1;
        }
        merge_neighbours(page, len, edits, first);
        if (!changed)
            break;
    }
}

/* Is block b an element with no attributes and nothing inside but
 * whitespace ("<p></p>", "<div> </div>")? It cannot be a script's hook or
 * hold a picture: empty markup a shell left behind (Django's 500 page). */
static int bare_empty_element(const char *page, const nc_block *b)
{
    apr_size_t n = strlen(b->tag), i = b->start;
    if (!b->trusted || b->end == NC_BLOCK_OPEN || b->text_len > 0 || b->end - b->start < 2 * n + 5
        || page[i] != '<' || strncasecmp(page + i + 1, b->tag, n) != 0 || page[i + 1 + n] != '>')
        return 0;
    apr_size_t close = b->end - (n + 3);
    if (page[close] != '<' || page[close + 1] != '/' || strncasecmp(page + close + 2, b->tag, n) != 0)
        return 0;
    for (i += n + 2; i < close; i++)
        if (page[i] != ' ' && page[i] != '\t' && page[i] != '\n' && page[i] != '\r')
            return 0;
    return 1;
}

/* Is block j a box of the shell's search form: a div or section that holds
 * a <form> and no word outside it, and in it no more than a control's own
 * words (TYPO3's search frame under its 404 text; Sahifa's, whose label
 * and button say "بحث")? A box with a line of its own, or a form with a
 * sentence, says something and is judged as a block. */
#define SEARCH_BOX_MAX_WORDS 2

static int wordless_search_box(const nc_docmodel *m, const char *page, int j)
{
    const nc_block *b = block_at(m, j);
    if (!b->trusted || b->end == NC_BLOCK_OPEN || (strcmp(b->tag, "div") != 0 && strcmp(b->tag, "section") != 0))
        return 0;
    int words = 0;
    for (int k = j; k <= b->last_desc; k++) {
        const nc_block *d = block_at(m, k);
        if (!d->trusted || (d->text_len > 0 && !d->boilerplate))
            return 0;
        words += d->text_len > 0 ? d->words : 0;
    }
    if (words > SEARCH_BOX_MAX_WORDS)
        return 0;
    for (apr_size_t i = b->start; i + 5 <= b->end; i++)
        if (page[i] == '<' && strncasecmp(page + i + 1, "form", 4) == 0)
            return 1;
    return 0;
}

/* Is block i the page's or the story's wrapper (body, main, article)? */
static int page_level_block(const nc_block *b)
{
    return strcmp(b->tag, "body") == 0 || strcmp(b->tag, "html") == 0 || strcmp(b->tag, "main") == 0
           || strcmp(b->tag, "article") == 0;
}

/* The end of a shell removal [.., end) of root, taken over the bare empty
 * elements right after it under the same parent, and over a wordless
 * search box there when that parent is no page or story wrapper (a site's
 * own search box sits in its header, or beside a shell glued to the
 * body). */
static apr_size_t over_empty_siblings(const nc_docmodel *m, const char *page, const nc_block *root,
                                      apr_size_t end)
{
    int boxed = root->parent >= 0 && !page_level_block(block_at(m, root->parent));
    for (int j = root->last_desc + 1; j < m->blocks->nelts; j++) {
        const nc_block *b = block_at(m, j);
        if (b->parent != root->parent || !only_void_markup(page, end, b->start))
            break;
        if (boxed && wordless_search_box(m, page, j)) {
            end = b->end;
            j = b->last_desc;
            continue;
        }
        if (b->last_desc != j || (strcmp(b->tag, "p") != 0 && strcmp(b->tag, "div") != 0)
            || !bare_empty_element(page, b))
            break;
        end = b->end;
    }
    return end;
}

static int by_start(const void *a, const void *b)
{
    const nc_edit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1
         : x->kind == NC_EDIT_INSERT ? -1 : y->kind == NC_EDIT_INSERT ? 1 : 0;
}

/* The removals from first on in page order, neighbours joined: after the
 * blocks' removals are filed, and again after each removal the wrappers add. */
static void sort_and_merge(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    qsort(edits->elts + (apr_size_t)first * sizeof(nc_edit), (apr_size_t)(edits->nelts - first),
          sizeof(nc_edit), by_start);
    merge_neighbours(page, len, edits, first);
}

/* An error body's XML declaration ("<?xml version=...?>" right before an
 * object store's <Error>) goes with the shell removal it opens: with only
 * whitespace between, a removal starts at the declaration. */
static void with_xml_declarations(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    for (int i = first; i < edits->nelts; i++) {
        nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind != NC_EDIT_REMOVE || e->reason != NC_WHY_SHELL)
            continue;
        apr_size_t floor = i > first ? APR_ARRAY_IDX(edits, i - 1, nc_edit).end : 0;
        apr_size_t s = e->start;
        while (s > floor && (page[s - 1] == ' ' || page[s - 1] == '\t' || page[s - 1] == '\n' || page[s - 1] == '\r'))
            s--;
        if (s < floor + 7 || page[s - 1] != '>' || page[s - 2] != '?')
            continue;
        apr_size_t lt = s - 2;
        while (lt > floor && page[lt] != '<' && page[lt] != '>')
            lt--;
        if (page[lt] != '<' || s - lt < 7 || strncmp(page + lt, "<?xml", 5) != 0
            || (page[lt + 5] != ' ' && page[lt + 5] != '?'))
            continue;
        e->start = lt;
        widen_to_lines(page, len, floor, &e->start, &e->end);
    }
}

/* The first "<!doctype" in [from, to), or NC_NO_OFFSET. */
static apr_size_t find_doctype(const char *page, apr_size_t from, apr_size_t to)
{
    for (apr_size_t i = from; i + 9 <= to; i++) {
        const char *lt = memchr(page + i, '<', to - i);
        if (!lt || (apr_size_t)(lt - page) + 9 > to)
            break;
        i = (apr_size_t)(lt - page);
        if (strncasecmp(page + i, "<!doctype", 9) == 0)
            return i;
    }
    return NC_NO_OFFSET;
}

/* Does [from, to) hold text outside a <title> element (see text_outside_edits)? */
static int text_outside_title(const char *page, apr_size_t from, apr_size_t to)
{
    apr_size_t open = find_tag(page, from, to, "title");
    if (open == NC_NO_OFFSET)
        return text_outside_edits(page, from, to, NULL, 0);
    apr_size_t close = find_tag(page, open, to, "/title");
    const char *gt = close != NC_NO_OFFSET ? memchr(page + close, '>', to - close) : NULL;
    if (!gt)
        return 1;
    return text_outside_edits(page, from, open, NULL, 0)
        || text_outside_edits(page, (apr_size_t)(gt - page) + 1, to, NULL, 0);
}

/* A shell glued around the story (its top before the story's document, its
 * bottom after the story's "</html>") leaves the markup of its bottom half
 * behind once its blocks went: the end tags of the boxes its top opened, a
 * script, its own "</body></html>". When everything after the story's
 * "</html>" that is not removed is such markup, the removal of the first
 * shell after it runs to the end of the page. Bytes between that "</html>"
 * and the shell (a script of the site's own) stay. */
static void over_trailing_shell(const nc_docmodel *m, const char *page, apr_size_t len,
                                apr_array_header_t *edits, int first)
{
    int last_kept = -1;
    for (int i = m->blocks->nelts - 1; i >= 0 && last_kept < 0; i--) {
        const nc_block *b = block_at(m, i);
        if (b->verdict == NC_KEEP && b->text_len > 0 && b->end != NC_BLOCK_OPEN && b->role != NC_ROLE_TITLE)
            last_kept = i;        /* a <title> after the story is a glued document's */
    }
    if (last_kept < 0)
        return;
    apr_size_t close = find_tag(page, block_at(m, last_kept)->end, len, "/html");
    if (close == NC_NO_OFFSET)
        return;
    const char *gt = memchr(page + close, '>', len - close);
    if (!gt)
        return;
    apr_size_t story_end = (apr_size_t)(gt - page) + 1;
    int shell = first;
    while (shell < edits->nelts && APR_ARRAY_IDX(edits, shell, nc_edit).start < story_end)
        shell++;
    if (shell == edits->nelts)
        return;
    nc_edit *e = &APR_ARRAY_IDX(edits, shell, nc_edit);
    if (e->kind != NC_EDIT_REMOVE || e->reason != NC_WHY_SHELL
        || text_outside_edits(page, e->start, len, edits, shell))
        return;
    for (int i = shell + 1; i < edits->nelts; i++)
        if (APR_ARRAY_IDX(edits, i, nc_edit).kind != NC_EDIT_REMOVE)
            return;               /* an insertion there: leave it all as it is */
    /* a document glued after the story without an <html> of its own (the
     * maintenance page that starts "<!doctype html><title>..."): from its
     * doctype, when only markup and its <title> stand before the shell */
    apr_size_t start = e->start, doctype = find_doctype(page, story_end, e->start);
    if (doctype != NC_NO_OFFSET && !text_outside_title(page, doctype, e->start)) {
        apr_size_t floor = shell > first ? APR_ARRAY_IDX(edits, shell - 1, nc_edit).end : 0;
        apr_size_t ignored = len;
        start = doctype;
        widen_to_lines(page, len, floor, &start, &ignored);
    }
    if (start == e->start && e->end == len)
        return;
    e->start = start;
    e->end = len;
    e->detail = apr_psprintf(edits->pool, "%s, to the page's end", e->detail);
    edits->nelts = shell + 1;
}

/* nginx prints its error body, then six "<!-- a padding to disable MSIE and
 * Chrome friendly error page -->" lines; its body is "<hr><center>nginx/1.x
 * </center>" under its title. Glued into a page as a fragment (no </html>
 * for document_trailer to follow), the padding after a removed shell and an
 * <hr> glued right before it, on its line, are that shell's. */
#define NGINX_PADDING "<!-- a padding to disable MSIE and Chrome friendly error page -->"

static void over_server_padding(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    const apr_size_t plen = sizeof NGINX_PADDING - 1;
    for (int i = first; i < edits->nelts; i++) {
        nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind != NC_EDIT_REMOVE || e->reason != NC_WHY_SHELL)
            continue;
        apr_size_t next = i + 1 < edits->nelts ? APR_ARRAY_IDX(edits, i + 1, nc_edit).start : len;
        apr_size_t end = e->end, s = end;
        int paddings = 0;
        for (;;) {
            while (s < next && (page[s] == ' ' || page[s] == '\t' || page[s] == '\n' || page[s] == '\r'))
                s++;
            if (next - s < plen || memcmp(page + s, NGINX_PADDING, plen) != 0)
                break;
            s += plen;
            end = s;
            paddings++;
        }
        if (!paddings)
            continue;
        if (end < next && page[end] == '\n')
            end++;
        e->end = end;
        apr_size_t floor = i > first ? APR_ARRAY_IDX(edits, i - 1, nc_edit).end : 0;
        if (e->start >= floor + 4 && strncasecmp(page + e->start - 4, "<hr>", 4) == 0)
            e->start -= 4;
    }
}

/* An error template's rule lines and comments: Tomcat's report ends its
 * description with "<hr class="line" />" glued to it on its line, httpd's
 * signature is "<hr>" on the line over its <address>. Such a rule goes
 * with the shell removal it touches when it stands alone on its other side
 * (its line ends there, or starts there). A rule on a line of its own
 * after a shell, or over one that is no signature, is the page's separator
 * between shell and story (old layouts put an <hr> between every part).
 * Only the bytes beside each removal are read. */
#define RULE_MAX_TAG 128

/* Where the "<hr ...>" ending at gt (its '>') starts, or NC_NO_OFFSET. */
static apr_size_t rule_start(const char *page, apr_size_t floor, apr_size_t gt)
{
    apr_size_t lt = gt, limit = gt > floor + RULE_MAX_TAG ? gt - RULE_MAX_TAG : floor;
    while (lt > limit && page[lt] != '<' && (lt == gt || page[lt] != '>'))
        lt--;
    if (page[lt] != '<' || !nc_tag_name_at(page, gt + 1, lt, "hr"))
        return NC_NO_OFFSET;
    return lt;
}

/* Where the "<hr ...>" starting at lt ends (past its '>'), or 0. */
static apr_size_t rule_end(const char *page, apr_size_t to, apr_size_t lt)
{
    if (!nc_tag_name_at(page, to, lt, "hr"))
        return 0;
    apr_size_t limit = lt + RULE_MAX_TAG < to ? lt + RULE_MAX_TAG : to;
    for (apr_size_t k = lt + 3; k < limit; k++) {
        if (page[k] == '<')
            return 0;
        if (page[k] == '>')
            return k + 1;
    }
    return 0;
}

/* From at, over whitespace holding at most one line break, towards to
 * (forward, or back): where the first other byte is. */
static apr_size_t over_one_line_break(const char *page, apr_size_t at, apr_size_t to, int forward)
{
    int breaks = 0;
    while (at != to) {
        char c = forward ? page[at] : page[at - 1];
        if (c == '\n' && ++breaks > 1)
            break;
        if (!is_space(c))
            break;
        at = forward ? at + 1 : at - 1;
    }
    return at;
}

/* Is the byte run from at to the line's end (forward) or start (back)
 * only spaces, or does it meet bound (a removal's edge) first? */
static int line_edge(const char *page, apr_size_t len, apr_size_t at, apr_size_t bound, int forward)
{
    if (forward) {
        while (at < len && at < bound && (page[at] == ' ' || page[at] == '\t' || page[at] == '\r'))
            at++;
        return at >= len || at == bound || page[at] == '\n';
    }
    while (at > 0 && at > bound && (page[at - 1] == ' ' || page[at - 1] == '\t'))
        at--;
    return at == 0 || at == bound || page[at - 1] == '\n';
}

/* A template's comments around the error it prints ("<!-- erreur generee
 * par le cache -->" over a cache's 410 message, "<!-- fin erreur -->" under
 * it): a one-line comment alone on its line right before the removal and
 * another right after it go with it when one of them names an error, as a
 * class name does (nc_hint_names_error). Both, or neither: one comment
 * beside a shell may open or close the page's region next to it, and a
 * CMS's markers around every content element ("<!-- CONTENT ELEMENT,
 * uid:412/text [begin] -->") are the page's. */
#define COMMENT_WORDS_MAX 128

/* Does the comment [from, to) ("<!--" to "-->") name an error in words?
 * Its figures are left out: "uid:412" numbers a record, no status. */
static int comment_names_error(const char *page, apr_size_t from, apr_size_t to)
{
    char words[COMMENT_WORDS_MAX + 1];
    apr_size_t n = 0;
    for (apr_size_t i = from + 4; i + 3 < to && n < COMMENT_WORDS_MAX; i++)
        words[n++] = apr_isdigit((unsigned char)page[i]) ? ' ' : (char)apr_tolower((unsigned char)page[i]);
    words[n] = '\0';
    return nc_hint_names_error(words);
}

static void with_bracketing_comments(const char *page, apr_size_t len, apr_size_t floor, apr_size_t next,
                                     nc_edit *e)
{
    apr_size_t open_end = over_one_line_break(page, e->start, floor, 0);
    apr_size_t open = open_end >= floor + 7 ? comment_start(page, open_end) : NC_NO_OFFSET;
    if (open == NC_NO_OFFSET || open < floor || page[open + 4] == '[' || memchr(page + open, '\n', open_end - open)
        || !line_edge(page, len, open, floor, 0))
        return;
    apr_size_t k = over_one_line_break(page, e->end, next, 1);
    apr_size_t past = k < next ? after_closing_comment(page, next, k) : k;
    if (past == k || !line_edge(page, len, past, next, 1)
        || (!comment_names_error(page, open, open_end) && !comment_names_error(page, k, past)))
        return;
    e->start = open;
    e->end = past;
}

/* Each shell removal takes the rule glued to it and the comments around
 * it; neighbours are never crossed (floor, next). */
static void with_shell_ornaments(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    for (int i = first; i < edits->nelts; i++) {
        apr_size_t floor, next;
        nc_edit *e = removal_between(edits, first, i, len, 1, &floor, &next);
        if (!e)
            continue;
        /* widened to lines only when it was whole lines: a removal that
         * ended mid-line leaves that line's break as it did */
        int whole_lines = e->end > e->start && page[e->end - 1] == '\n';
        apr_size_t k = over_one_line_break(page, e->start, floor, 0);
        apr_size_t lt = k > floor && page[k - 1] == '>' && nc_tag_name_at(page, len, e->start, "address")
                        ? rule_start(page, floor, k - 1) : NC_NO_OFFSET;
        if (lt != NC_NO_OFFSET && line_edge(page, len, lt, floor, 0))
            e->start = lt;
        k = e->end;
        while (k < next && (page[k] == ' ' || page[k] == '\t'))
            k++;
        apr_size_t past = !whole_lines && k < next ? rule_end(page, next, k) : 0;
        if (past && line_edge(page, len, past, next, 1))
            e->end = past;
        with_bracketing_comments(page, len, floor, next, e);
        if (whole_lines)
            widen_to_lines(page, len, floor, &e->start, &e->end);
    }
}


/* --- a shell's text-less companions ------------------------------------------ */

/* What an error template prints beside its text that holds no text itself
 * stays behind once the text went: no block of the model, no verdict. Such
 * a companion goes with the shell removal it touches (whitespace only
 * between, on lines of its own) when something ties it to that shell:
 * - an inline <script> (no src) whose string repeats a line of the removed
 *   shell (GnuBoard's alert("...") of its own message before history.back()),
 *   that looks up an element by an id only the removed shell holds (a
 *   countdown's getElementById("sec") over "<span id="sec">5</span>
 *   seconds"), or whose data names an error status ("statusCode":404:
 *   Next.js's __NEXT_DATA__ and Nuxt's state for their error pages);
 * - an empty element (div, span, p, address: attributes, nothing inside)
 *   whose class or id names an error (Soledad's <div class="error-image">
 *   </div>, its picture set by CSS).
 * Software's stock text-less markup is not taken: the twins disagree on
 * Google's logo link over its 404 (n-google-before-ja keeps it,
 * ba-google-404-before-ja cuts it) and on the comment Rails' public/404.html
 * opens with (bu-rails-404-before-pt keeps it, ck-en-rails-noframes-before
 * cuts it). A site's own script beside a shell (its analytics, its ads) names none of
 * the shell's lines or ids; a site's empty box names no error. */
#define COMPANION_MAX_SCRIPT 65536
#define COMPANION_MIN_LINE 12
#define COMPANION_MAX_STEPS 4
#define COMPANION_MAX_ID 64

/* Does the bytes [from, to) hold "statusCode", a colon and a 4xx or 5xx
 * status (quoted key or not)? */
static int names_error_status(const char *page, apr_size_t from, apr_size_t to)
{
    for (const char *p = page + from, *end = page + to;
         (p = memmem(p, (apr_size_t)(end - p), "statusCode", 10)) != NULL; p += 10) {
        const char *q = p + 10;
        if (q < end && *q == '"')
            q++;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q >= end || *q != ':')
            continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (end - q >= 3 && (q[0] == '4' || q[0] == '5') && apr_isdigit((unsigned char)q[1])
            && apr_isdigit((unsigned char)q[2]) && (end - q == 3 || !apr_isdigit((unsigned char)q[3])))
            return 1;
    }
    return 0;
}

/* Is the piece [from, to) of a script's string a line of the removal
 * [rs, re): COMPANION_MIN_LINE bytes or more, with a space or a non-ASCII
 * letter in it? */
static int piece_of_shell(const char *page, apr_size_t from, apr_size_t to, apr_size_t rs, apr_size_t re)
{
    if (to < from + COMPANION_MIN_LINE)
        return 0;
    int worded = 0;
    for (apr_size_t c = from; c < to && !worded; c++)
        worded = page[c] == ' ' || (unsigned char)page[c] >= 0x80;
    return worded && memmem(page + rs, re - rs, page + from, to - from) != NULL;
}

/* Does a string literal of the script [from, to) hold a line (cut at its
 * escapes, "\n") that the removal [rs, re) holds too (piece_of_shell)? */
static int repeats_shell_line(const char *page, apr_size_t from, apr_size_t to, apr_size_t rs, apr_size_t re)
{
    for (apr_size_t i = from; i < to; i++) {
        char q = page[i];
        if (q != '"' && q != '\'')
            continue;
        apr_size_t piece = i + 1, k = i + 1;
        for (; k < to && page[k] != q && page[k] != '\n'; k++) {
            if (page[k] != '\\')
                continue;
            if (piece_of_shell(page, piece, k, rs, re))
                return 1;
            k++;
            piece = k + 1;
        }
        if (k <= to && piece_of_shell(page, piece, k, rs, re))
            return 1;
        i = k;
    }
    return 0;
}

/* Is id="name" (or 'name', or bare) at some tag of [from, to)? */
static int holds_id(const char *page, apr_size_t from, apr_size_t to, const char *name, apr_size_t n)
{
    for (const char *p = page + from, *end = page + to; (p = memmem(p, (apr_size_t)(end - p), "id=", 3)) != NULL;
         p += 3) {
        if (p == page + from || (p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n'))
            continue;
        const char *v = p + 3;
        char q = v < end && (*v == '"' || *v == '\'') ? *v++ : 0;
        if ((apr_size_t)(end - v) <= n || memcmp(v, name, n) != 0)
            continue;
        char after = v[n];
        if (q ? after == q : (after == ' ' || after == '>' || after == '/'))
            return 1;
    }
    return 0;
}

/* Does the script [from, to) look up, by getElementById("x") or
 * querySelector("#x"), an element whose id only the removal [rs, re) holds
 * on the page? */
static int looks_up_shell_id(const char *page, apr_size_t len, apr_size_t from, apr_size_t to, apr_size_t rs,
                             apr_size_t re)
{
    static const char *const calls[] = { "getElementById(", "querySelector(", NULL };
    for (int c = 0; calls[c]; c++) {
        apr_size_t cn = strlen(calls[c]);
        for (const char *p = page + from, *end = page + to; (p = memmem(p, (apr_size_t)(end - p), calls[c], cn)) != NULL;
             p += cn) {
            const char *v = p + cn;
            if (v >= end || (*v != '"' && *v != '\''))
                continue;
            char q = *v++;
            if (c == 1) {
                if (v >= end || *v != '#')
                    continue;
                v++;
            }
            const char *close = memchr(v, q, (apr_size_t)(end - v));
            apr_size_t n = close ? (apr_size_t)(close - v) : 0;
            if (n == 0 || n > COMPANION_MAX_ID)
                continue;
            int plain = 1;
            for (apr_size_t k = 0; k < n && plain; k++)
                plain = apr_isalnum((unsigned char)v[k]) || v[k] == '-' || v[k] == '_';
            if (plain && holds_id(page, rs, re, v, n) && !holds_id(page, 0, rs, v, n)
                && !holds_id(page, re, len, v, n))
                return 1;
        }
    }
    return 0;
}

/* Is the <script> [lt, end) inline (no src) and tied to the removal
 * [rs, re)? */
static int script_of_shell(const char *page, apr_size_t len, apr_size_t lt, apr_size_t end, apr_size_t rs,
                           apr_size_t re)
{
    const char *gt = memchr(page + lt, '>', end - lt);
    if (!gt || end - lt > COMPANION_MAX_SCRIPT)
        return 0;
    apr_size_t body = (apr_size_t)(gt - page) + 1, close = end;
    while (close > body && page[close - 1] != '<')
        close--;
    if (close <= body)
        return 0;
    close--;
    for (apr_size_t k = lt; k + 4 < body; k++)
        if (strncasecmp(page + k, " src", 4) == 0 || strncasecmp(page + k, "\tsrc", 4) == 0
            || strncasecmp(page + k, "\nsrc", 4) == 0)
            return 0;
    return repeats_shell_line(page, body, close, rs, re) || looks_up_shell_id(page, len, body, close, rs, re)
           || names_error_status(page, body, close);
}

/* Does the start tag [lt, gt] carry a class or id that names an error? */
static int tag_names_error(const char *page, apr_size_t lt, apr_size_t gt)
{
    char hint[256];
    apr_size_t n = 0;
    static const char *const attrs[] = { "class=", "id=", NULL };
    for (int a = 0; attrs[a]; a++) {
        apr_size_t an = strlen(attrs[a]);
        for (apr_size_t k = lt + 1; k + an < gt; k++) {
            if (strncasecmp(page + k, attrs[a], an) != 0 || !is_space(page[k - 1]))
                continue;
            apr_size_t v = k + an;
            char q = page[v] == '"' || page[v] == '\'' ? page[v++] : 0;
            for (; v < gt && (q ? page[v] != q : !is_space(page[v])) && n + 2 < sizeof hint; v++)
                hint[n++] = (char)apr_tolower((unsigned char)page[v]);
            hint[n++] = ' ';
            break;
        }
    }
    hint[n] = '\0';
    return n > 0 && nc_hint_names_error(hint);
}

/* The start of the companion that ends at k (just past its '>'), above
 * floor, tied to the removal [rs, re); NC_NO_OFFSET when none. */
static apr_size_t companion_before(const char *page, apr_size_t len, apr_size_t floor, apr_size_t k, apr_size_t rs,
                                   apr_size_t re)
{
    if (k < floor + 4 || page[k - 1] != '>')
        return NC_NO_OFFSET;
    if (k >= floor + 9 && strncasecmp(page + k - 9, "</script>", 9) == 0) {
        apr_size_t lo = k - floor > COMPANION_MAX_SCRIPT ? k - COMPANION_MAX_SCRIPT : floor;
        for (apr_size_t i = k - 9; i > lo; i--)
            if (page[i - 1] == '<' && nc_tag_name_at(page, k, i - 1, "script"))
                return raw_element_end(page, k, i - 1, "script") == k && script_of_shell(page, len, i - 1, k, rs, re)
                       ? i - 1 : NC_NO_OFFSET;
        return NC_NO_OFFSET;
    }
    /* an empty element: its start tag is the tag before its end tag */
    apr_size_t close = k - 1;
    while (close > floor && page[close] != '<')
        close--;
    if (page[close] != '<' || page[close + 1] != '/')
        return NC_NO_OFFSET;
    apr_size_t s = close;
    while (s > floor && is_space(page[s - 1]))
        s--;
    if (s <= floor || page[s - 1] != '>')
        return NC_NO_OFFSET;
    apr_size_t lt = s - 1;
    while (lt > floor && page[lt] != '<')
        lt--;
    if (page[lt] != '<' || empty_element_end(page, k, lt) != k || !tag_names_error(page, lt, s - 1))
        return NC_NO_OFFSET;
    return lt;
}

/* The end of the companion that starts at k, below next, tied to the
 * removal [rs, re); 0 when none. */
static apr_size_t companion_after(const char *page, apr_size_t len, apr_size_t next, apr_size_t k, apr_size_t rs,
                                  apr_size_t re)
{
    if (k + 4 > next || page[k] != '<')
        return 0;
    if (nc_tag_name_at(page, next, k, "script")) {
        apr_size_t to = next - k > COMPANION_MAX_SCRIPT ? k + COMPANION_MAX_SCRIPT : next;
        apr_size_t past = raw_element_end(page, to, k, "script");
        return past != NC_NO_OFFSET && script_of_shell(page, len, k, past, rs, re) ? past : 0;
    }
    apr_size_t past = empty_element_end(page, next, k);
    const char *gt = past ? memchr(page + k, '>', past - k) : NULL;
    return gt && tag_names_error(page, k, (apr_size_t)(gt - page)) ? past : 0;
}

static void with_shell_companions(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    for (int i = first; i < edits->nelts; i++) {
        apr_size_t floor, next;
        nc_edit *e = removal_between(edits, first, i, len, 1, &floor, &next);
        if (!e)
            continue;
        apr_size_t rs = e->start, re = e->end;
        int moved = 0;
        for (int step = 0; step < COMPANION_MAX_STEPS; step++) {
            apr_size_t k = e->start;
            while (k > floor && is_space(page[k - 1]))
                k--;
            apr_size_t lt = companion_before(page, len, floor, k, rs, re);
            if (lt == NC_NO_OFFSET || !line_edge(page, len, lt, floor, 0))
                break;
            while (lt > floor && (page[lt - 1] == ' ' || page[lt - 1] == '\t'))
                lt--;
            e->start = lt;
            moved = 1;
        }
        for (int step = 0; step < COMPANION_MAX_STEPS; step++) {
            apr_size_t k = e->end;
            while (k < next && is_space(page[k]))
                k++;
            apr_size_t past = companion_after(page, len, next, k, rs, re);
            if (!past || !line_edge(page, len, past, next, 1))
                break;
            if (past < next && page[past] == '\r')
                past++;
            if (past < next && page[past] == '\n')
                past++;
            e->end = past;
            moved = 1;
        }
        if (moved)
            e->detail = apr_psprintf(edits->pool, "%s, with its text-less companions", e->detail);
    }
}
/* --- an error document left empty -------------------------------------------- */

/* An error document pasted into the page's body whose blocks went one by
 * one (CloudFront's 403: its <TITLE>, its <H1> to its <PRE> as shell runs,
 * but never whole, for the long loose sentence between its rules) leaves
 * its skeleton behind: the doctype, "<HTML><HEAD><META ...></HEAD><BODY>",
 * an empty <ADDRESS>, "</BODY></HTML>". When every byte of a nested
 * document, from its prologue to its "</html>", is either inside a shell
 * removal or such document markup (the tags below, comments, whitespace:
 * no text, no link, image, form, script or frame that could be the page's),
 * the document goes whole. Never the page's own root document. */
static int document_markup_tag(const char *page, apr_size_t to, apr_size_t i)
{
    static const char *const tags[] = { "html", "head", "body", "meta", "title", "link", "style", "address",
                                        "hr", "br", "center", "p", "div", "span", "pre", "font", NULL };
    apr_size_t at = i + 1 + (i + 1 < to && page[i + 1] == '/');
    for (int t = 0; tags[t]; t++) {
        apr_size_t n = strlen(tags[t]);
        if (to - at > n && strncasecmp(page + at, tags[t], n) == 0
            && (page[at + n] == '>' || page[at + n] == '/' || is_space(page[at + n])))
            return 1;
    }
    return strncasecmp(page + i, "<!doctype", 9) == 0 || strncmp(page + i, "<?xml", 5) == 0;
}

/* Is [from, to), outside the removals edits[first..], nothing but
 * whitespace, comments, styles and document markup tags? */
static int only_document_markup(const char *page, apr_size_t from, apr_size_t to, const apr_array_header_t *edits,
                                int first)
{
    return !stray_outside_edits(page, from, to, edits, first, document_markup_tag);
}

/* ix: the page's tags, when remove_nested_documents indexed them (ix->page
 * set); else indexed here, once a shell removal makes it worth a walk. */
static void over_emptied_documents(const char *page, apr_size_t len, apr_array_header_t *edits, int first,
                                   tag_index *ix)
{
    if (!ix->page) {
        int shell = 0;
        for (int i = first; i < edits->nelts && !shell; i++)
            shell = APR_ARRAY_IDX(edits, i, nc_edit).reason == NC_WHY_SHELL;
        if (!shell)
            return;
        index_tags(ix, page, len);
    }
    apr_size_t root = find_indexed(ix, TAG_HTML, 0, len);
    if (root == NC_NO_OFFSET)
        return;
    apr_size_t from = root + 5;
    for (int tries = 0; tries < NESTED_DOC_MAX_TRIES; tries++) {
        apr_size_t open = find_indexed(ix, TAG_HTML, from, len);
        if (open == NC_NO_OFFSET)
            return;
        from = open + 5;
        apr_size_t close = find_indexed(ix, TAG_HTML_END, from, len);
        const char *gt = close != NC_NO_OFFSET ? memchr(page + close, '>', len - close) : NULL;
        if (!gt || find_indexed(ix, TAG_HTML, from, close) != NC_NO_OFFSET)
            continue;                 /* no end of its own, or another document inside */
        apr_size_t s = document_start(page, open), e = (apr_size_t)(gt - page) + 1;
        int a = -1, b = -1, shells = 0, others = 0;
        for (int i = first; i < edits->nelts; i++) {
            const nc_edit *ed = &APR_ARRAY_IDX(edits, i, nc_edit);
            if (ed->end <= s || ed->start >= e)
                continue;
            if (ed->kind != NC_EDIT_REMOVE || ed->reason != NC_WHY_SHELL || ed->start < s
                || (ed->end > e && !only_space(page, e, ed->end)))
                others++;
            else
                shells++;
            if (a < 0)
                a = i;
            b = i;
        }
        if (!shells || others || !only_document_markup(page, s, e, edits, first)
            || (a == b && APR_ARRAY_IDX(edits, a, nc_edit).start <= s && APR_ARRAY_IDX(edits, a, nc_edit).end >= e))
            continue;                 /* not emptied, or gone whole already */
        /* one removal over the whole document, in place of its parts */
        nc_edit *ed = &APR_ARRAY_IDX(edits, a, nc_edit);
        apr_size_t end = APR_ARRAY_IDX(edits, b, nc_edit).end > e ? APR_ARRAY_IDX(edits, b, nc_edit).end : e;
        apr_size_t floor = a > first ? APR_ARRAY_IDX(edits, a - 1, nc_edit).end : 0;
        ed->start = s;
        ed->end = end;
        widen_to_lines(page, len, floor, &ed->start, &ed->end);
        if (b + 1 < edits->nelts && ed->end > APR_ARRAY_IDX(edits, b + 1, nc_edit).start)
            ed->end = end;
        ed->detail = apr_psprintf(edits->pool, "nested error document <html> %lu bytes, emptied by its shell parts",
                                  (unsigned long)(e - s));
        for (int i = b + 1; i < edits->nelts; i++)
            APR_ARRAY_IDX(edits, a + 1 + (i - b - 1), nc_edit) = APR_ARRAY_IDX(edits, i, nc_edit);
        edits->nelts -= b - a;
        from = e;
    }
}

/* --- a shell's wrapper around the story -------------------------------------- */

/* An error template whose box encloses the story (Joomla's "errorboxbody",
 * Symfony's "exception-message-wrapper", a theme's "error-page-frame")
 * loses every text byte once its parts before and after the story went,
 * but its start and end tags stay around the story: no whole element to
 * cut. Such a wrapper is unwrapped (its two tags go, the story's bytes stay)
 * when its own class or id names an error and every child but the one
 * that holds the story (kept whole, or a wrapper unwrapped) is a removed
 * shell part; an unnamed box between it and the story goes only with it
 * (UNWRAP_PENDING). A story's own wrappers (<article>, <div class="content">) name no error;
 * page-level elements, tables and lists never go. */
#define UNWRAP_MAX_TAG 1024

/* Does a class or id name the wrapper an error template's box: an error
 * name (nc_hint_names_error), a framework's exception page
 * ("exception-message-wrapper", Laravel's "exception"), Bootstrap's
 * error alert ("alert alert-danger") or a CMS's flash-messages box
 * (TYPO3's "typo3-messages", Drupal's "messages")? */
static int hint_names_error_box(const char *hint)
{
    apr_size_t n;
    if (!hint[0])
        return 0;
    if (nc_hint_names_error(hint))
        return 1;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 0, &n)) != NULL;)
        if ((n >= 9 && memcmp(w, "exception", 9) == 0) || (n == 6 && memcmp(w, "danger", 6) == 0)
            || (n == 8 && memcmp(w, "messages", 8) == 0))
            return 1;
    return 0;
}

/* Is the wrapper an element whose two tags can go and leave valid markup:
 * a box (div, section, aside) or an old layout's inline wrapper (center,
 * font, span)? Never a table, a list or their parts, whose rows or items
 * would be left with no parent. */
static int unwrappable_tag(const char *tag)
{
    static const char *const boxes[] = { "div", "section", "aside", "center", "font", "span", NULL };
    for (int k = 0; boxes[k]; k++)
        if (strcmp(tag, boxes[k]) == 0)
            return 1;
    return 0;
}

/* Just after the start tag at b->start (its '>' outside quotes), or 0. */
static apr_size_t start_tag_end(const char *page, apr_size_t len, const nc_block *b)
{
    if (!nc_tag_name_at(page, len, b->start, b->tag))
        return 0;
    char quote = 0;
    apr_size_t limit = b->start + UNWRAP_MAX_TAG < b->end ? b->start + UNWRAP_MAX_TAG : b->end;
    for (apr_size_t i = b->start + 1; i < limit; i++) {
        char c = page[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return page[i - 1] == '/' ? 0 : i + 1;
        }
    }
    return 0;
}

/* Where b's explicit end tag "</tag>" starts, or 0 (an implied end). */
static apr_size_t end_tag_start(const char *page, const nc_block *b)
{
    apr_size_t n = strlen(b->tag);
    if (b->end < b->start + 2 * n + 5)
        return 0;
    apr_size_t at = b->end - n - 3;
    if (page[at] != '<' || page[at + 1] != '/' || strncasecmp(page + at + 2, b->tag, n) != 0
        || page[b->end - 1] != '>')
        return 0;
    return at;
}

/* The removal that holds [from, to) whole, or NULL; *crossed set when one
 * only overlaps it. */
static const nc_edit *removal_over(const apr_array_header_t *edits, int first, apr_size_t from,
                                   apr_size_t to, int *crossed)
{
    for (int i = first; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind != NC_EDIT_REMOVE || e->end <= from || e->start >= to)
            continue;
        if (e->start <= from && e->end >= to)
            return e;
        *crossed = 1;
    }
    return NULL;
}

/* Is every byte of [from, to) whitespace or removed? */
static int removed_or_space(const char *page, const apr_array_header_t *edits, int first,
                            apr_size_t from, apr_size_t to)
{
    for (apr_size_t k = from; k < to; k++) {
        if (is_space(page[k]))
            continue;
        int crossed = 0;
        const nc_edit *e = removal_over(edits, first, k, k + 1, &crossed);
        if (!e)
            return 0;
        k = e->end - 1;
    }
    return 1;
}

/* Can wrapper c go as two tags: one child kept whole (the story) or an
 * unwrapped wrapper (that holds it), every other child a removed shell
 * part, and only whitespace or removals between them? Two kept children
 * (the story and a line of the shell the engine kept) leave it whole. */
static int shell_wrapper(const nc_docmodel *m, const char *page, const apr_array_header_t *edits,
                         int first, int c, apr_size_t open_end, apr_size_t close, const char *unwrapped)
{
    const nc_block *w = block_at(m, c);
    apr_size_t pos = open_end;
    int shell_parts = 0, kept = 0;
    for (int j = c + 1; j <= w->last_desc; j = block_at(m, j)->last_desc + 1) {
        const nc_block *b = block_at(m, j);
        if (!b->trusted || b->end == NC_BLOCK_OPEN || b->start < pos
            || !removed_or_space(page, edits, first, pos, b->start))
            return 0;
        int crossed = 0;
        const nc_edit *e = removal_over(edits, first, b->start, b->end, &crossed);
        if (unwrapped[j]) {
            shell_parts++;
            kept++;
        } else if (e) {
            if (e->reason != NC_WHY_SHELL)
                return 0;
            shell_parts++;
        } else if (crossed) {
            return 0;
        } else if (++kept > 1) {
            return 0;
        }
        pos = b->end;
    }
    return shell_parts && kept == 1 && pos <= close && removed_or_space(page, edits, first, pos, close);
}

/* Do two class-or-id hints open a word with the same namespace prefix
 * ("cf-wrapper", "cf-error-details"): letters or digits, then '-' or '_'? */
#define NAMESPACE_MAX 16

static int same_namespace(const char *outer, const char *inner)
{
    apr_size_t n = 0;
    while (outer[n] && n <= NAMESPACE_MAX && apr_isalnum((unsigned char)outer[n]))
        n++;
    if (n < 2 || n > NAMESPACE_MAX || (outer[n] != '-' && outer[n] != '_'))
        return 0;
    for (const char *s = inner; *s; s++)
        if ((s == inner || *(s - 1) == ' ') && strncmp(s, outer, n + 1) == 0)
            return 1;
    return 0;
}

/* Does the named box c own a removed shell part itself (Drupal's <h2>
 * "Page not found" beside its "block__content", Joomla's <h1> beside its
 * card)? Only such a box reaches down into its unnamed wrappers. */
static int owns_shell_part(const nc_docmodel *m, const apr_array_header_t *edits, int first, int c)
{
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j = block_at(m, j)->last_desc + 1) {
        int crossed = 0;
        const nc_edit *e = removal_over(edits, first, block_at(m, j)->start, block_at(m, j)->end, &crossed);
        if (e && e->reason == NC_WHY_SHELL)
            return 1;
    }
    return 0;
}

/* How a wrapper went (unwrapped[c]): named for an error, the namespace's
 * box right around one, or an unnamed box that would go as two tags but
 * waits for a named box above it that owns a shell part of its own
 * (Drupal's "error-page" around its "block__content", Joomla's
 * "error-page" around its card and the card's body); or a notice's own
 * box, or chain of boxes, around the story (UNWRAP_AROUND,
 * template_around_story). */
enum { UNWRAP_NONE, UNWRAP_NAMED, UNWRAP_NAMESPACE, UNWRAP_PENDING, UNWRAP_AROUND };

/* Is wrapper c's only child a wrapper already unwrapped? */
static int only_child_unwrapped(const nc_docmodel *m, int c, const char *unwrapped)
{
    return c + 1 <= block_at(m, c)->last_desc && block_at(m, c + 1)->last_desc == block_at(m, c)->last_desc
           && unwrapped[c + 1];
}

/* Is wrapper c's only child a wrapper waiting to go (UNWRAP_PENDING)? */
static int only_child_pending(const nc_docmodel *m, int c, const char *unwrapped)
{
    return only_child_unwrapped(m, c, unwrapped) && unwrapped[c + 1] == UNWRAP_PENDING;
}

/* Removes [s, e), widened to its lines, as a new shell removal. */
static void remove_tag(apr_array_header_t *edits, const char *page, apr_size_t len, apr_size_t s,
                       apr_size_t e, const char *detail)
{
    apr_size_t floor = 0;
    for (int i = 0; i < edits->nelts; i++) {
        const nc_edit *x = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (x->kind == NC_EDIT_REMOVE && x->end <= s && x->end > floor)
            floor = x->end;
    }
    nc_edit *ed = nc_edits_push_removal(edits, NC_WHY_SHELL, s, e, detail);
    widen_to_lines(page, len, floor, &ed->start, &ed->end);
}

/* Does a shell removal reach into b? A wrapper that can go has one (a
 * child's, or an inner wrapper's tags). A page has a handful of removals
 * and hundreds of blocks: this answers most blocks before their tag and
 * hint are read. */
static int holds_shell_removal(const apr_array_header_t *edits, int first, const nc_block *b)
{
    for (int i = first; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && e->reason == NC_WHY_SHELL && e->start < b->end && e->end > b->start)
            return 1;
    }
    return 0;
}

/* An error box around the story whose template names its parts in its own
 * namespace ("paywall-shell error-403" holding "paywall-shell__head",
 * the story, then "paywall-shell__foot"): a short kept child in that
 * namespace that says something, once a removed shell part in it went, is
 * the template's last part ("Chyba 401 – Neautorizovaný přístup. ..."),
 * and goes. Only when the one other kept child (the story) is outside the
 * namespace; a story named in it ("post-404" around "post-content") leaves
 * it all as it is. An empty part (Soledad's <div class="error-image">, a
 * picture set by CSS) is no line of the template's and stays. */
#define LEFTOVER_MAX_WORDS 30

static int subtree_words(const nc_docmodel *m, int j)
{
    int words = 0;
    for (int k = j; k <= block_at(m, j)->last_desc; k++)
        words += block_at(m, k)->words;
    return words;
}

static void remove_namespaced_leftovers(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                                        apr_array_header_t *edits, int first, int c)
{
    const nc_block *w = block_at(m, c);
    int leftovers = 0, others = 0, shell_in_namespace = 0;
    for (int j = c + 1; j <= w->last_desc; j = block_at(m, j)->last_desc + 1) {
        const nc_block *b = block_at(m, j);
        int crossed = 0, named = same_namespace(w->hint, b->hint);
        const nc_edit *e = removal_over(edits, first, b->start, b->end, &crossed);
        if (!b->trusted || b->end == NC_BLOCK_OPEN || crossed)
            return;
        if (e)
            shell_in_namespace |= named && e->reason == NC_WHY_SHELL;
        else if (named && subtree_words(m, j) > 0 && subtree_words(m, j) <= LEFTOVER_MAX_WORDS)
            leftovers++;
        else
            others++;
    }
    if (!leftovers || others != 1 || !shell_in_namespace)
        return;
    for (int j = c + 1; j <= w->last_desc; j = block_at(m, j)->last_desc + 1) {
        const nc_block *b = block_at(m, j);
        int crossed = 0, words = subtree_words(m, j);
        if (same_namespace(w->hint, b->hint) && words > 0 && words <= LEFTOVER_MAX_WORDS
            && !removal_over(edits, first, b->start, b->end, &crossed))
            remove_tag(edits, page, len, b->start, b->end,
                       apr_psprintf(p, "<%s %s> the error box's part in its namespace", b->tag, b->hint));
    }
    sort_and_merge(page, len, edits, first);
}

/* A notice's own box that holds the story (a region notice, a maintenance
 * frame, an archive notice, a CMS's content element): one box, or a chain
 * of boxes each the only child of the one above (TYPO3's "frame" round
 * "frame-container" round "frame-inner"), whose innermost box holds
 * removed shell parts on both sides of its one kept child, the story's
 * container kept whole (the story's words, no wrapper unwrapped), and
 * one of those parts is named as an element or modifier of a box of the
 * chain (BEM: "geo-restricted" and "geo-restricted__notice",
 * "syntirisi" and "syntirisi-minima", "frame" and "frame-header"). The
 * chain's tags go with the notice. A story's wrapper between a bare shell
 * line and another (Netlify's <div id="message"> round a <p>, the story
 * and a <p>) names no part, and a layout's box ("td-main-content",
 * "col-md-8") no part of it: they stay. */
#define AROUND_STORY_MIN_WORDS 30
#define AROUND_CHAIN_MAX 8

/* Is one of inner's names one of outer's that names something (not a
 * layout's word: "content", "main", "wrapper") followed by "-" or "_"? */
static int names_part_of(const char *outer, const char *inner)
{
    for (const char *t = outer; *t;) {
        while (*t == ' ')
            t++;
        apr_size_t n = strcspn(t, " ");
        if (n >= 3 && !nc_hint_is_generic_name(t, n))
            for (const char *s = inner; *s; s++)
                if ((s == inner || s[-1] == ' ') && strncmp(s, t, n) == 0 && (s[n] == '-' || s[n] == '_'))
                    return 1;
        t += n;
    }
    return 0;
}

/* The innermost box of c's chain of pending only children, or -1 when
 * the chain is longer than AROUND_CHAIN_MAX. */
static int chain_end(const nc_docmodel *m, int c, const char *unwrapped)
{
    for (int depth = 0; depth < AROUND_CHAIN_MAX; depth++) {
        if (!only_child_pending(m, c, unwrapped))
            return c;
        c++;
    }
    return -1;
}

static int template_around_story(const nc_docmodel *m, const apr_array_header_t *edits, int first, int c,
                                 const char *unwrapped)
{
    int in = chain_end(m, c, unwrapped);
    if (in < 0)
        return 0;
    const nc_block *w = block_at(m, in);
    int before = 0, after = 0, story = -1, named_part = 0;
    for (int j = in + 1; j <= w->last_desc; j = block_at(m, j)->last_desc + 1) {
        const nc_block *b = block_at(m, j);
        int crossed = 0;
        const nc_edit *e = removal_over(edits, first, b->start, b->end, &crossed);
        if (e && e->reason == NC_WHY_SHELL && !unwrapped[j]) {
            *(story < 0 ? &before : &after) += 1;
            for (int k = c; k <= in && b->hint[0]; k++)
                named_part |= names_part_of(block_at(m, k)->hint, b->hint);
        } else if (story < 0 && !e && !unwrapped[j]) {
            story = j;
        } else {
            return 0;
        }
    }
    return before && after && named_part && story >= 0 && subtree_words(m, story) >= AROUND_STORY_MIN_WORDS;
}

/* Removes wrapper c's two tags. */
static void unwrap_tags(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                        apr_array_header_t *edits, int first, int c)
{
    const nc_block *w = block_at(m, c);
    const char *detail = apr_psprintf(p, "<%s %s> wrapper unwrapped around kept blocks", w->tag, w->hint);
    remove_tag(edits, page, len, end_tag_start(page, w), w->end, detail);
    remove_tag(edits, page, len, w->start, start_tag_end(page, len, w), detail);
    sort_and_merge(page, len, edits, first);
}

/* Unwraps the pending wrappers among c's children, and theirs, down to the
 * story: the chain a named box just took. */
static void unwrap_pending_chain(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                                 apr_array_header_t *edits, int first, int c, char *unwrapped)
{
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j = block_at(m, j)->last_desc + 1)
        if (unwrapped[j] == UNWRAP_PENDING) {
            unwrap_tags(p, m, page, len, edits, first, j);
            unwrapped[j] = UNWRAP_NAMED;
            unwrap_pending_chain(p, m, page, len, edits, first, j, unwrapped);
        }
}

/* Does c hold a pending wrapper as a child? */
static int holds_pending(const nc_docmodel *m, int c, const char *unwrapped)
{
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j = block_at(m, j)->last_desc + 1)
        if (unwrapped[j] == UNWRAP_PENDING)
            return 1;
    return 0;
}

/* Is [start, end) wholly inside one shell removal of edits[first..]? */
static int within_shell_removal(const apr_array_header_t *edits, int first, apr_size_t start, apr_size_t end)
{
    for (int i = first; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && e->reason == NC_WHY_SHELL && e->start <= start && end <= e->end)
            return 1;
    }
    return 0;
}

/* IIS's custom error pages (IIS 7 to 10, every language) are laid out as
 * <div id="header"><h1>Server Error</h1></div> and <div id="content">
 * around <div class="content-container"><fieldset> with the error's
 * <h2> and <h3>: stock markup, whose "content" names no error. When the
 * header and the first content-container went as shells, the content box
 * around the story pasted into it is IIS's as an error-named box is. */
static int iis_content_box(const nc_docmodel *m, const apr_array_header_t *edits, int first, int c)
{
    const nc_block *w = block_at(m, c);
    if (strcmp(w->hint, "content") != 0 || !nc_tag_is(w->tag, "div") || c + 1 > w->last_desc || c == 0)
        return 0;
    const nc_block *inner = block_at(m, c + 1);
    if (inner->parent != c || strcmp(inner->hint, "content-container") != 0
        || !within_shell_removal(edits, first, inner->start, inner->end))
        return 0;
    int h = c - 1;                    /* the sibling before it: c - 1 or an ancestor of it */
    while (h >= 0 && h != w->parent && block_at(m, h)->parent != w->parent)
        h = block_at(m, h)->parent;
    if (h < 0 || h == w->parent)
        return 0;
    const nc_block *header = block_at(m, h);
    return strcmp(header->hint, "header") == 0 && nc_tag_is(header->tag, "div")
           && within_shell_removal(edits, first, header->start, header->end);
}

static void unwrap_shell_wrappers(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                                  apr_array_header_t *edits, int first)
{
    char *unwrapped = NULL;
    /* from the last block back: a wrapper's inner wrappers come first */
    for (int c = m->blocks->nelts - 1; c >= 0; c--) {
        const nc_block *w = block_at(m, c);
        if (!w->trusted || w->end == NC_BLOCK_OPEN || w->last_desc == c || !holds_shell_removal(edits, first, w)
            || !unwrappable_tag(w->tag))
            continue;
        /* named, or the one box right around an error-named box that was
         * unwrapped, in the same template's namespace (Cloudflare's
         * "cf-wrapper" around "cf-error-details"; a site's "page" stays) */
        int named = hint_names_error_box(w->hint) || iis_content_box(m, edits, first, c);
        int inner = unwrapped && only_child_unwrapped(m, c, unwrapped) && unwrapped[c + 1] == UNWRAP_NAMED
                    && same_namespace(w->hint, block_at(m, c + 1)->hint);
        apr_size_t open_end = start_tag_end(page, len, w), close = end_tag_start(page, w);
        if (!open_end || !close || close < open_end || inside_edit(edits, first, w->start, open_end)
            || inside_edit(edits, first, close, w->end))
            continue;
        if (!unwrapped)
            unwrapped = apr_pcalloc(p, (apr_size_t)m->blocks->nelts);
        if (named)
            remove_namespaced_leftovers(p, m, page, len, edits, first, c);
        if (!shell_wrapper(m, page, edits, first, c, open_end, close, unwrapped))
            continue;
        if (!named && !inner && template_around_story(m, edits, first, c, unwrapped)) {
            for (int k = c, depth = 0; depth <= AROUND_CHAIN_MAX; k++, depth++) {
                int more = only_child_pending(m, k, unwrapped);
                unwrap_tags(p, m, page, len, edits, first, k);
                unwrapped[k] = UNWRAP_AROUND;
                if (!more)
                    break;
            }
            continue;
        }
        if (!named && !inner) {
            unwrapped[c] = UNWRAP_PENDING;
            continue;
        }
        if (holds_pending(m, c, unwrapped)) {
            if (!named || !owns_shell_part(m, edits, first, c))
                continue;
            unwrap_pending_chain(p, m, page, len, edits, first, c, unwrapped);
        }
        unwrap_tags(p, m, page, len, edits, first, c);
        unwrapped[c] = named ? UNWRAP_NAMED : UNWRAP_NAMESPACE;
    }
}

/* The shell removal that holds the last byte before at that is no
 * whitespace (or the first from at on, with forward), or NULL. */
static nc_edit *shell_removal_beside(const char *page, apr_size_t len, apr_array_header_t *edits, int first,
                                     apr_size_t at, int forward)
{
    apr_size_t k = at;
    if (forward) {
        while (k < len && is_space(page[k]))
            k++;
        if (k >= len)
            return NULL;
    } else {
        while (k > 0 && is_space(page[k - 1]))
            k--;
        if (k == 0)
            return NULL;
        k--;
    }
    for (int i = first; i < edits->nelts; i++) {
        nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && e->reason == NC_WHY_SHELL && e->start <= k && k < e->end)
            return e;
    }
    return NULL;
}

/* An error document nested around the story (nginx's 502 page whose
 * <body> holds the page's article) loses its head and its lines, but its
 * <body ...> start tag before the story and its "</body></html>" after it
 * stay: the parser files no element for a second <body>. When the removal
 * right before a nested <body> holds the nested document's </head>, a
 * shell removal follows that tag, and one precedes its </body> (before
 * the page's own), the two tags go; so does the <hr> glued before the
 * server's signature line that ends it ("<hr><center>nginx</center>"). */
static void unwrap_nested_body(const char *page, apr_size_t len, apr_array_header_t *edits, int first)
{
    /* the nested <body> follows a removed "</head>": without one, no walk
     * over the page's tags (two walks cost a 15 KB page about 20 K
     * instructions) */
    int head_removed = 0;
    for (int i = first; i < edits->nelts && !head_removed; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        head_removed = e->kind == NC_EDIT_REMOVE && e->reason == NC_WHY_SHELL
                       && find_tag(page, e->start, e->end, "/head") != NC_NO_OFFSET;
    }
    if (!head_removed)
        return;
    apr_size_t root_body = find_tag(page, 0, len, "body");
    if (root_body == NC_NO_OFFSET)
        return;
    for (int tries = 0; tries < NESTED_DOC_MAX_TRIES; tries++) {
        apr_size_t open = find_tag(page, root_body + 5, len, "body");
        if (open == NC_NO_OFFSET)
            return;
        root_body = open;
        const char *gt = memchr(page + open, '>', len - open);
        if (!gt)
            return;
        apr_size_t open_end = (apr_size_t)(gt - page) + 1;
        apr_size_t close = find_tag(page, open_end, len, "/body");
        if (close == NC_NO_OFFSET || find_tag(page, close + 6, len, "/body") == NC_NO_OFFSET
            || find_tag(page, open_end, close, "body") != NC_NO_OFFSET)
            continue;                 /* no page of its own around it, or not one document */
        nc_edit *head = shell_removal_beside(page, len, edits, first, open, 0);
        nc_edit *sign = shell_removal_beside(page, len, edits, first, close, 0);
        /* the document's removal may hold its <body> tag and its lines
         * under it already (an unclosed document's, up to its last shell
         * block): only its end tags are left */
        nc_edit *whole = shell_removal_beside(page, len, edits, first, open, 1);
        int opened = whole && whole->start < open && whole->end >= open_end
                     && find_tag(page, whole->start, open, "/head") != NC_NO_OFFSET;
        if (opened)
            head = whole;
        if (!head || !sign || sign->start < open_end || find_tag(page, head->start, head->end, "/head") == NC_NO_OFFSET
            || (!opened && !shell_removal_beside(page, len, edits, first, open_end, 1))
            || (!opened && inside_edit(edits, first, open, open_end)) || inside_edit(edits, first, close, close + 7)
            || (opened && sign == whole))
            continue;
        apr_size_t end = close + 7, k = end;
        if (strncasecmp(page + close, "</body>", 7) != 0)
            continue;
        while (k < len && is_space(page[k]))
            k++;
        if (nc_tag_name_at(page, len, k, "/html") && k + 7 <= len && page[k + 6] == '>'
            && !inside_edit(edits, first, k, k + 7))
            end = k + 7;
        if (sign->start >= open_end + 4 && strncasecmp(page + sign->start - 4, "<hr>", 4) == 0
            && !inside_edit(edits, first, sign->start - 4, sign->start))
            sign->start -= 4;
        const char *detail = "nested error document's <body> unwrapped around kept blocks";
        remove_tag(edits, page, len, close, end, detail);
        if (!opened)
            remove_tag(edits, page, len, open, open_end, detail);
        sort_and_merge(page, len, edits, first);
    }
}

/* An API's JSON error body printed into the page's own element (Kong's
 * '{"message":"no Route matched with those values"}' as the whole content
 * of a comments list's <div>): a JSON body brings no markup of its own,
 * so the element is the page's and only the body goes. [*s, *e): the
 * bytes between block r's start tag and its end tag, when they are one
 * JSON object or array and no tag; r holds no other block. */
static int json_body_in(const nc_docmodel *m, int r, const char *page, apr_size_t *s, apr_size_t *e)
{
    const nc_block *b = block_at(m, r);
    /* a <pre> is a JSON viewer's own (browsers show a JSON response in one) */
    if (b->last_desc != r || b->text_len < 2 || (b->text[0] != '{' && b->text[0] != '[') || nc_tag_is(b->tag, "pre")
        || !strchr("}]", b->text[b->text_len - 1]) || b->end - b->start < 4)
        return 0;
    const char *gt = memchr(page + b->start, '>', b->end - b->start);
    if (!gt || page[b->end - 1] != '>')
        return 0;
    apr_size_t from = (apr_size_t)(gt - page) + 1, to = b->end - 1;
    while (to > from && page[to] != '<')
        to--;
    if (to <= from || page[to + 1] != '/' || memchr(page + from, '<', to - from))
        return 0;
    apr_size_t a = from, z = to;
    while (a < z && is_space(page[a]))
        a++;
    while (z > a && is_space(page[z - 1]))
        z--;
    if (z - a < 2 || (page[a] != '{' && page[a] != '[') || (page[z - 1] != '}' && page[z - 1] != ']'))
        return 0;
    *s = from;
    *e = to;
    return 1;
}

/* A shell's <p> that no end tag closes and that the parser let run on
 * over the page after it (Google's 404 ends its last "<p>...</ins>" with
 * no </p>, and libxml2 closes no <p> at HTML5's <header> or <main>): its
 * own part ends where its first block starts, as a browser ends it, when
 * all its text lies before that block. Where that part ends, or
 * NC_NO_OFFSET. */
static apr_size_t paragraph_own_part(const nc_docmodel *m, int i, const char *page)
{
    const nc_block *b = block_at(m, i);
    if (!nc_tag_is(b->tag, "p") || !b->trusted || b->end == NC_BLOCK_OPEN || b->last_desc <= i
        || b->text_len == 0)
        return NC_NO_OFFSET;
    const nc_block *child = block_at(m, i + 1);
    if (child->parent != i || child->start <= b->start || child->start >= b->end
        || stray_words(m, i + 1, b->last_desc, page, child->start, b->end) != 0
        || stray_words(m, i + 1, b->last_desc, page, b->start, child->start) < 1)
        return NC_NO_OFFSET;
    return back_over_space(page, child->start);
}

/* The page's own root document an error document, the story pasted into
 * its <body> (Laravel's "Serverfehler" page, IIS's "500 - Erreur interne
 * du serveur.", Squid's ERR_ACCESS_DENIED): the error's blocks at the top
 * of that <body> go, but its <head> (the error's <title>, its style) and
 * its <body> and end tags are the root's, which no other pass removes.
 * When the page's first <title> says error (m->root_title_error), the
 * first removal is a shell's that starts right after the root <body ...>
 * tag, no text but the <title>'s lies before it, and a story follows it
 * (a kept heading and ROOT_STORY_MIN_PARAS kept blocks of
 * ROOT_STORY_MIN_WORDS words or more), that removal grows back to the
 * page's first byte, and the root's "</body></html>" at the page's end
 * go. The metadata block then opens the page (engine.c). A story titled
 * "Server Error (500)" has no error block at the top of its <body>: its
 * head stays. */
#define ROOT_STORY_MIN_WORDS 20
#define ROOT_STORY_MIN_PARAS 2
#define ROOT_BODY_CLOSE_MAX_TRIES 16

static void unwrap_root_error_document(const nc_docmodel *m, const char *page, apr_size_t len,
                                       apr_array_header_t *edits, int first)
{
    if (!m->root_title_error || edits->nelts <= first)
        return;
    apr_size_t body = find_tag(page, 0, len, "body");
    if (body == NC_NO_OFFSET)
        return;
    const char *gt = memchr(page + body, '>', len - body);
    if (!gt)
        return;
    apr_size_t body_end = (apr_size_t)(gt - page) + 1;
    nc_edit *top = &APR_ARRAY_IDX(edits, first, nc_edit);
    /* shell_removal_beside: only whitespace from the tag to the removal */
    if (top != shell_removal_beside(page, len, edits, first, body_end, 1) || top->end >= len)
        return;
    /* before it, only the head's markup and its <title>; after it, a story */
    int heading = 0, paras = 0, title_before = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->start < top->start) {
            if (b->role == NC_ROLE_TITLE)
                title_before = 1;
            else if (b->text_len > 0)
                return;
            continue;
        }
        if (b->verdict != NC_KEEP || b->start < top->end || inside_edit(edits, first, b->start, b->end))
            continue;
        heading |= b->role == NC_ROLE_HEADING && b->words >= 2;
        paras += b->role != NC_ROLE_HEADING && b->role != NC_ROLE_TITLE && b->words >= ROOT_STORY_MIN_WORDS
                 && b->last_desc == i;
    }
    if (!title_before || !heading || paras < ROOT_STORY_MIN_PARAS)
        return;
    /* the root's </body>: the page's last, with only "</html>" and
     * whitespace after it */
    apr_size_t close = NC_NO_OFFSET, at = top->end;
    for (int tries = 0; tries < ROOT_BODY_CLOSE_MAX_TRIES; tries++) {
        apr_size_t k = find_tag(page, at, len, "/body");
        if (k == NC_NO_OFFSET)
            break;
        close = k;
        at = k + 6;
    }
    if (close == NC_NO_OFFSET || close + 7 > len || page[close + 6] != '>' || inside_edit(edits, first, close, close + 7))
        return;
    apr_size_t k = close + 7;
    while (k < len && is_space(page[k]))
        k++;
    if (k < len && nc_tag_name_at(page, len, k, "/html") && k + 7 <= len && page[k + 6] == '>'
        && !inside_edit(edits, first, k, k + 7))
        k += 7;
    while (k < len && is_space(page[k]))
        k++;
    if (k < len)
        return;
    apr_size_t from = close;         /* and the indent of its line */
    while (from > top->end && (page[from - 1] == ' ' || page[from - 1] == '\t'))
        from--;
    if (from > 0 && page[from - 1] != '\n' && page[from - 1] != '\r')
        from = close;
    top->start = 0;
    top->detail = apr_psprintf(edits->pool, "root error document's head and <body> before the story, %s",
                               top->detail ? top->detail : "");
    remove_tag(edits, page, len, from, len, "root error document's </body></html>");
    sort_and_merge(page, len, edits, first);
}

void nc_edits_from_verdicts(apr_pool_t *p, const nc_docmodel *m, int min_words,
                            const char *page, apr_size_t page_len, apr_array_header_t *edits)
{
    apr_size_t covered_to = 0;
    int first = edits->nelts;
    tag_index ix;
    ix.page = NULL;
    if (m->is_html)
        remove_nested_documents(p, m, page, page_len, edits, &ix);
    int nested = edits->nelts;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->verdict == NC_KEEP || b->start < covered_to)
            continue;
        int r = removal_root(m, i, min_words);
        apr_size_t own_end = NC_NO_OFFSET;
        if (r < 0 && b->verdict == NC_SHELL && m->is_html && (own_end = paragraph_own_part(m, i, page)) != NC_NO_OFFSET) {
            nc_edit *e = nc_edits_push_removal(edits, NC_WHY_SHELL, b->start, own_end, NULL);
            widen_to_lines(page, page_len, covered_to, &e->start, &e->end);
            e->detail = apr_psprintf(p, "<p> %d words, up to the page it holds", b->words);
            covered_to = e->end;
            continue;
        }
        if (r < 0)
            continue;
        const nc_block *root = block_at(m, r);
        if (!root->trusted || root->end == NC_BLOCK_OPEN || root->end <= root->start
            || root->start < covered_to || inside_edit(edits, first, root->start, root->end))
            continue;                 /* an unverified range is never edited */
        nc_edit *e = apr_array_push(edits);
        memset(e, 0, sizeof *e);
        e->kind = NC_EDIT_REMOVE;
        e->reason = b->verdict == NC_SHELL ? NC_WHY_SHELL : NC_WHY_DUPLICATE;
        e->start = root->start;
        e->end = e->reason == NC_WHY_SHELL ? over_empty_siblings(m, page, root, root->end) : root->end;
        apr_size_t body_s, body_e;
        if (e->reason == NC_WHY_SHELL && m->is_html && json_body_in(m, r, page, &body_s, &body_e)) {
            e->start = body_s;
            e->end = body_e;
            e->pinned = 1;            /* the element stays: no pass grows it over it */
            e->detail = apr_psprintf(p, "JSON body in <%s%s%s>, %d words", root->tag, *root->hint ? " " : "",
                                     root->hint, root->words);
            covered_to = e->end;
            continue;
        }
        widen_to_lines(page, page_len, covered_to, &e->start, &e->end);
        e->detail = apr_psprintf(p, "<%s%s%s> %d words", root->tag, *root->hint ? " " : "",
                                 root->hint, root->words);
        covered_to = e->end;
    }
    (void)nested;
    sort_and_merge(page, page_len, edits, first);
    if (m->is_html)
        over_husks(page, page_len, edits, first);
    if (m->is_html)
        with_xml_declarations(page, page_len, edits, first);
    if (m->is_html)
        over_trailing_shell(m, page, page_len, edits, first);
    if (m->is_html)
        over_server_padding(page, page_len, edits, first);
    if (m->is_html)
        with_shell_ornaments(page, page_len, edits, first);
    if (m->is_html)
        unwrap_shell_wrappers(p, m, page, page_len, edits, first);
    if (m->is_html)
        with_shell_companions(page, page_len, edits, first);
    if (m->is_html)
        unwrap_nested_body(page, page_len, edits, first);
    if (m->is_html)
        unwrap_root_error_document(m, page, page_len, edits, first);
    if (m->is_html)
        over_emptied_documents(page, page_len, edits, first, &ix);
    if (!m->is_html)
        for (int i = first; i < edits->nelts; i++) {
            nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
            apr_size_t next = i + 1 < edits->nelts ? APR_ARRAY_IDX(edits, i + 1, nc_edit).start : page_len;
            apr_size_t start = e->start, end = e->end;
            if (e->reason == NC_WHY_SHELL)
                widen_over_separator(page, page_len, &start, &end);
            widen_over_blank_line(page, page_len, start, &end);
            if (end <= next) {
                e->start = start;
                e->end = end;
            }
        }
    /* whatever widened where, removals stay ascending and apart */
    int out = first;
    for (int i = first; i < edits->nelts; i++) {
        nc_edit e = APR_ARRAY_IDX(edits, i, nc_edit);
        apr_size_t prev_end = out > first ? APR_ARRAY_IDX(edits, out - 1, nc_edit).end : 0;
        if (e.start < prev_end)
            e.start = prev_end;
        if (e.start >= e.end)
            continue;
        APR_ARRAY_IDX(edits, out++, nc_edit) = e;
    }
    edits->nelts = out;
}

int nc_edits_insert(apr_array_header_t *edits, apr_size_t offset, const char *text,
                    apr_size_t len, nc_edit_reason why, const char *detail)
{
    for (int i = 0; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && e->start < offset && offset < e->end)
            return -1;
    }
    nc_edit *e = apr_array_push(edits);
    memset(e, 0, sizeof *e);
    e->kind = NC_EDIT_INSERT;
    e->reason = why;
    e->start = e->end = offset;
    e->text = text;
    e->text_len = len;
    e->detail = detail;
    qsort(edits->elts, (apr_size_t)edits->nelts, sizeof(nc_edit), by_start);
    return 0;
}

char *nc_apply_edits(apr_pool_t *p, const char *in, apr_size_t in_len,
                     const nc_result *res, apr_size_t *out_len)
{
    apr_size_t inserted = 0;
    for (int i = 0; res->edits && i < res->edits->nelts; i++)
        inserted += APR_ARRAY_IDX(res->edits, i, nc_edit).text_len;
    char *out = apr_palloc(p, in_len + inserted + 1);
    apr_size_t o = 0, pos = 0;
    for (int i = 0; res->edits && i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        if (e->start < pos || e->end > in_len)
            continue;                 /* cannot happen with a well-formed list; never overrun */
        memcpy(out + o, in + pos, e->start - pos);
        o += e->start - pos;
        if (e->kind == NC_EDIT_INSERT) {
            memcpy(out + o, e->text, e->text_len);
            o += e->text_len;
            pos = e->start;
        } else {
            pos = e->end;
        }
    }
    memcpy(out + o, in + pos, in_len - pos);
    o += in_len - pos;
    out[o] = '\0';
    *out_len = o;
    return out;
}
