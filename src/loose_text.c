/*
 * loose_text.c - error shells and repeated paragraphs inside one long block
 * of loose text: a story set as bare text with <br><br> between its
 * paragraphs (a <font> box, a div of text, a table cell) is a single block
 * to the document model, so what was pasted into it is cut by byte range.
 */
#include "loose_text.h"
#include "shell_rules.h"
#include "buf.h"
#include "shell_shape.h"
#include "edits.h"
#include <apr_lib.h>

#include <string.h>

/* A story set as bare text with <br><br> between its paragraphs is one long
 * block (a <font> box, a div of text, a run beside the headline), and shell
 * lines pasted at its top or bottom ("403 Forbidden<br>Brak dostępu…<br><br>"
 * over the story) are in its text: no block test sees them. The lines before
 * the first blank break (two <br>s with no text between, or an empty source
 * line) or after the last one are judged as the short block they would be
 * with the story beside them, and cut by byte range. */

#define EDGE_MAX_LINES 6
#define EDGE_STORY_PARTS 3          /* the story judged as this many paragraphs */
#define EDGE_SCAN_MAX (256 * 1024)

/* The bytes of a block's own content: an element's without its own tags. */
static void content_range(const nc_block *b, const char *page, apr_size_t len,
                          apr_size_t *from, apr_size_t *to)
{
    apr_size_t s = b->start, e = b->end > len ? len : b->end;
    if (strcmp(b->tag, NC_RUN_TAG) != 0) {
        const char *gt = memchr(page + s, '>', e - s);
        s = gt ? (apr_size_t)(gt - page) + 1 : e;
        const char *lt = NULL;
        for (apr_size_t i = e; i > s; i--)
            if (page[i - 1] == '<') {
                lt = page + i - 1;
                break;
            }
        if (lt && lt[1] == '/')
            e = (apr_size_t)(lt - page);
    }
    *from = s;
    *to = e;
}

typedef struct edge_item {
    apr_size_t from, to;
    char kind;                  /* 't' text word, 'b' <br>, 'n' source line break, 'o'/'c' inline tag, 'x' other */
} edge_item;

/* Cuts content [from, to) into words, breaks and tags. Returns the count,
 * -1 when something no loose text holds (a comment, a script) is in it. */
static int edge_items(apr_pool_t *p, const char *page, apr_size_t from, apr_size_t to, edge_item **out)
{
    int cap = 64, n = 0;
    edge_item *it = apr_palloc(p, sizeof *it * (apr_size_t)cap);
    for (apr_size_t i = from; i < to;) {
        if (n + 1 >= cap) {
            edge_item *more = apr_palloc(p, sizeof *it * (apr_size_t)cap * 2);
            memcpy(more, it, sizeof *it * (apr_size_t)n);
            it = more;
            cap *= 2;
        }
        unsigned char c = (unsigned char)page[i];
        if (c == '<') {
            const char *gt = memchr(page + i, '>', to - i);
            if (!gt || page[i + 1] == '!' || page[i + 1] == '?')
                return -1;
            apr_size_t e = (apr_size_t)(gt - page) + 1;
            char kind = nc_tag_name_at(page, e, i, "br") ? 'b' : nc_tag_name_at(page, e, i, "hr") ? 'h'
                      : page[i + 1] == '/' ? 'c' : 'o';
            if (nc_tag_name_at(page, e, i, "script") || nc_tag_name_at(page, e, i, "style"))
                return -1;
            it[n++] = (edge_item){ i, e, kind };
            i = e;
        } else if (c == '\n') {
            it[n++] = (edge_item){ i, i + 1, 'n' };
            i++;
        } else if (apr_isspace(c)) {
            i++;
        } else if (c == '&' && to - i >= 6 && strncmp(page + i, "&nbsp;", 6) == 0) {
            i += 6;
        } else {
            apr_size_t e = i;
            while (e < to && page[e] != '<' && !apr_isspace((unsigned char)page[e])
                   && !(page[e] == '&' && to - e >= 6 && strncmp(page + e, "&nbsp;", 6) == 0))
                e++;
            /* a word split by an inline tag ("<b>40</b>3") is one token of
             * the text: join it to the word before when no space was between */
            if (n >= 2 && it[n - 1].kind != 't' && (it[n - 1].kind == 'o' || it[n - 1].kind == 'c')
                && it[n - 1].from > 0 && it[n - 2].kind == 't' && it[n - 2].to == it[n - 1].from
                && it[n - 1].to == i) {
                it[n - 2].to = e;       /* the tag stays listed for the cut's tag balance */
                edge_item tag = it[n - 1];
                it[n - 1] = it[n - 2];
                it[n - 2] = tag;
            } else if (n >= 1 && it[n - 1].kind == 't' && it[n - 1].to == i) {
                it[n - 1].to = e;
            } else {
                it[n++] = (edge_item){ i, e, 't' };
            }
            i = e;
        }
    }
    *out = it;
    return n;
}

/* Is item k a blank break's end: a break with no word since the break
 * before it (two <br>s, or two source line breaks with no <br>)? Counts
 * backwards from k to the previous word. */
static int blank_break_at(const edge_item *it, int k)
{
    if (it[k].kind == 'h')
        return 1;
    if (it[k].kind != 'b' && it[k].kind != 'n')
        return 0;
    int brs = 0, nls = 0;
    for (int j = k; j >= 0 && it[j].kind != 't'; j--) {
        brs += it[j].kind == 'b';
        nls += it[j].kind == 'n';
    }
    return brs >= 2 || (brs == 0 && nls >= 2);
}

/* The words of items [a, z): tokens, and lines (a break before a word starts one). */
static void count_group(const edge_item *it, int a, int z, int *tokens, int *lines)
{
    int t = 0, l = 0, pending = 1;
    for (int k = a; k < z; k++) {
        if (it[k].kind == 't') {
            t++;
            l += pending;
            pending = 0;
        } else if (it[k].kind == 'b' || it[k].kind == 'n' || it[k].kind == 'h') {
            pending = 1;
        }
    }
    *tokens = t;
    *lines = l;
}

/* Offset in text of its token number k (0-based), or text_len. */
static apr_size_t token_offset(const char *text, apr_size_t len, int k)
{
    apr_size_t i = 0;
    for (int t = 0; i < len; t++) {
        if (t == k)
            return i;
        while (i < len && text[i] != ' ')
            i++;
        while (i < len && text[i] == ' ')
            i++;
    }
    return len;
}

/* Offset in text of the start of its part k of parts by length: at a
 * space when one is near (a word stays whole), else at a character. */
static apr_size_t part_offset(const char *text, apr_size_t len, int k, int parts)
{
    apr_size_t i = len * (apr_size_t)k / (apr_size_t)parts;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
        i++;
    for (apr_size_t j = i; j < len && j < i + 24; j++)
        if (text[j] == ' ')
            return j + 1;
    return i;
}

static int count_tokens(const char *text, apr_size_t len)
{
    int t = 0;
    for (apr_size_t i = 0; i < len; i++)
        t += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
    return t;
}

static int is_line_start(const nc_block *b, apr_size_t pos)
{
    for (int k = 0; k < b->nlines; k++)
        if (b->line_starts[k] == pos)
            return 1;
    return 0;
}

/* Judges text [from, to) of b as a block of lines beside the rest of the
 * story, by the same tests as any block: a page of three blocks. */
static int edge_is_shell(const nc_shell_rules *rules, apr_pool_t *p, const nc_block *b,
                         apr_size_t from, apr_size_t to, int leading, apr_size_t story_from, int beside_shell)
{
    apr_size_t glen, slen;
    int gwords, swords;
    const char *gtext = nc_collapse_text(p, b->text + from, to - from, &glen, &gwords);
    const char *stext = leading ? nc_collapse_text(p, b->text + to, b->text_len - to, &slen, &swords)
                                : nc_collapse_text(p, b->text + story_from, from - story_from, &slen, &swords);
    gwords = nc_weighed_words(gtext, glen, gwords);
    int spaced_swords = swords;
    swords = nc_weighed_words(stext, slen, swords);
    if (glen == 0 || gwords > SHELL_MAX_BLOCK_WORDS || swords <= SHELL_MAX_BLOCK_WORDS)
        return 0;
    apr_uint32_t *starts = apr_palloc(p, sizeof *starts * NC_MAX_LINE_STARTS);
    int nl = 0, br = 0;
    for (int k = 0; k < b->nlines && nl < NC_MAX_LINE_STARTS; k++) {
        apr_uint32_t s = b->line_starts[k];
        if (s > from && s < to) {
            /* the collapsed copy starts at from: offsets shift by it */
            starts[nl++] = (apr_uint32_t)(s - from);
            br += k < b->br_lines;
        }
    }
    /* a line of the story's that introduces what follows ("the page showed
     * the same lines:") makes the lines under it a quote */
    for (int k = 0; k <= nl; k++) {
        apr_size_t ls = k ? starts[k - 1] : 0, le = k < nl ? starts[k] : glen;
        while (le > ls && gtext[le - 1] == ' ')
            le--;
        int spaces = 0;
        for (apr_size_t c = ls; c < le; c++)
            spaces += gtext[c] == ' ';
        int introduces = spaces >= 3 || nc_weighed_words(gtext + ls, le - ls, spaces + 1) >= 4;
        if (le > ls && introduces && (gtext[le - 1] == ':'
                                       || (le - ls >= 3 && memcmp(gtext + le - 3, "\xef\xbc\x9a", 3) == 0)))
            return 0;
    }
    /* the story as three paragraphs (two when it is too short for three
     * beside a shell already cut in its box): the page-wide tests want a
     * story of a few paragraphs before they read a page */
    int parts = beside_shell && swords <= EDGE_STORY_PARTS * (SHELL_MAX_BLOCK_WORDS + 1)
              ? EDGE_STORY_PARTS - 1 : EDGE_STORY_PARTS;
    const char *texts[EDGE_STORY_PARTS + 1];
    apr_size_t lens[EDGE_STORY_PARTS + 1];
    int words[EDGE_STORY_PARTS + 1], g = leading ? 0 : parts;
    texts[g] = gtext;
    lens[g] = glen;
    words[g] = gwords;
    int tokens = count_tokens(stext, slen), s0 = leading ? 1 : 0;
    /* Chinese or Japanese has few spaces: cut it by its text, not its tokens */
    int unspaced = swords > spaced_swords;
    for (int k = 0; k < parts; k++) {
        apr_size_t a = unspaced ? part_offset(stext, slen, k, parts) : token_offset(stext, slen, tokens * k / parts);
        apr_size_t z = unspaced ? part_offset(stext, slen, k + 1, parts)
                                : token_offset(stext, slen, tokens * (k + 1) / parts);
        texts[s0 + k] = nc_collapse_text(p, stext + a, z - a, &lens[s0 + k], &words[s0 + k]);
        words[s0 + k] = nc_weighed_words(texts[s0 + k], lens[s0 + k], words[s0 + k]);
        if (words[s0 + k] <= SHELL_MAX_BLOCK_WORDS)
            return 0;
    }
    /* the page those blocks make, for the shape tests (shell_shape.c) */
    nc_buf html;
    nc_buf_init(&html, p, 256);
    apr_uint32_t at[EDGE_STORY_PARTS + 1][2];
    nc_buf_append(&html, "<body>\n", 7);
    for (int k = 0; k <= parts; k++) {
        at[k][0] = (apr_uint32_t)html.len;
        nc_buf_append(&html, "<p>", 3);
        for (apr_size_t c = 0; c < lens[k]; c++) {
            char ch = texts[k][c];
            if (ch == '<')
                nc_buf_append(&html, "&lt;", 4);
            else if (ch == '&')
                nc_buf_append(&html, "&amp;", 5);
            else
                nc_buf_append_char(&html, ch);
        }
        nc_buf_append(&html, "</p>\n", 5);
        at[k][1] = (apr_uint32_t)html.len;
    }
    nc_buf_append(&html, "</body>", 7);
    nc_docmodel mini;
    memset(&mini, 0, sizeof mini);
    mini.is_html = 1;
    mini.anchors.head_close = mini.anchors.head_open_end = NC_NO_OFFSET;
    mini.anchors.body_close = html.len - 7;
    mini.blocks = apr_array_make(p, parts + 2, sizeof(nc_block));
    nc_block *body = apr_array_push(mini.blocks);
    memset(body, 0, sizeof *body);
    body->tag = "body";
    body->hint = "";
    body->text = "";
    body->parent = -1;
    body->last_desc = parts + 1;
    body->role = NC_ROLE_CONTAINER;
    body->trusted = 1;
    body->end = (apr_uint32_t)html.len;
    for (int k = 0; k <= parts; k++) {
        nc_block *x = apr_array_push(mini.blocks);
        memset(x, 0, sizeof *x);
        x->tag = "p";
        x->hint = "";
        x->text = texts[k];
        x->text_len = (apr_uint32_t)lens[k];
        x->words = words[k];
        x->parent = 0;
        x->last_desc = k + 1;
        x->depth = 1;
        x->start = at[k][0];
        x->end = at[k][1];
        x->trusted = 1;
        if (k == g && nl) {
            x->line_starts = starts;
            x->nlines = (unsigned char)nl;
            x->br_lines = (unsigned char)br;
        }
    }
    int regions = nc_shells_mark(rules, p, &mini, NULL, NULL);
    regions += nc_shell_shape_mark(p, &mini, html.data, html.len, regions > 0);
    if (regions <= 0)
        return 0;
    for (int k = 0; k <= parts; k++)
        if ((APR_ARRAY_IDX(mini.blocks, k + 1, nc_block).verdict == NC_SHELL) != (k == g))
            return 0;
    return 1;
}

/* The length of a tag item's name, which starts skip bytes into it
 * (1 for "<b", 2 for "</b"). */
static apr_size_t tag_name_len(const char *page, const edge_item *x, apr_size_t skip)
{
    apr_size_t n = 0;
    while (x->from + skip + n < x->to && apr_isalnum((unsigned char)page[x->from + skip + n]))
        n++;
    return n;
}

/* Does the tag item x, its name skip bytes in, name exactly name[0, n)? */
static int tag_names(const char *page, const edge_item *x, apr_size_t skip, const char *name, apr_size_t n)
{
    return x->to - x->from >= n + skip + 1 && strncasecmp(page + x->from + skip, name, n) == 0
           && !apr_isalnum((unsigned char)page[x->from + skip + n]);
}

/* Is the opening tag it[k] closed before item z (a tag the group holds)? */
static int closed_before(const char *page, const edge_item *it, int k, int z)
{
    apr_size_t n = tag_name_len(page, &it[k], 1);
    for (int j = k + 1; j < z && n; j++)
        if (it[j].kind == 'c' && tag_names(page, &it[j], 2, page + it[k].from + 1, n))
            return 1;
    return 0;
}

/* Was the closing tag it[k] opened at or after item a? */
static int opened_after(const char *page, const edge_item *it, int a, int k)
{
    apr_size_t n = tag_name_len(page, &it[k], 2);
    for (int j = k - 1; j >= a && n; j--)
        if (it[j].kind == 'o' && tag_names(page, &it[j], 1, page + it[k].from + 2, n))
            return 1;
    return 0;
}

/* Past spaces and one line break after e. */
static apr_size_t through_line_end(const char *page, apr_size_t len, apr_size_t e)
{
    while (e < len && (page[e] == ' ' || page[e] == '\t'))
        e++;
    if (e < len && page[e] == '\r')
        e++;
    if (e < len && page[e] == '\n')
        e++;
    return e;
}

/* Does every tag of items [a, z) open and close inside it (void elements
 * aside)? A cut must not take half of an element the story is in. */
static int void_tag(const char *page, const edge_item *x)
{
    static const char *const voids[] = { "img", "input", "hr", "wbr", "area", "embed", "source", "col" };
    if (x->to - x->from >= 2 && page[x->to - 2] == '/')
        return 1;
    for (apr_size_t k = 0; k < sizeof voids / sizeof *voids; k++)
        if (nc_tag_name_at(page, x->to, x->from, voids[k]))
            return 1;
    return 0;
}

static int balanced(const char *page, const edge_item *it, int a, int z)
{
    for (int k = a; k < z; k++) {
        if (it[k].kind == 'o' && !void_tag(page, &it[k]) && !closed_before(page, it, k, z))
            return 0;
        if (it[k].kind == 'c' && !opened_after(page, it, a, k))
            return 0;
    }
    return 1;
}

/* A server's signature on the line right under shell lines cut over a
 * story (httpd's foot, "<hr> Apache/2.2.15 (CentOS) Server at host Port
 * 80", under its 410 lines) is theirs: returns the item after the line's
 * breaks, and in *pos the text offset of its story, or s when the line at
 * item s (text offset *pos) is no signature. */
static int signature_line_under(const nc_shell_rules *r, apr_pool_t *p, const nc_block *b,
                                const edge_item *it, int n, int s, apr_size_t *pos)
{
    int e = s;
    while (e < n && it[e].kind != 'b' && it[e].kind != 'n' && it[e].kind != 'h')
        e++;
    int before, tokens, lines;
    count_group(it, 0, s, &before, &lines);
    count_group(it, s, e, &tokens, &lines);
    if (e >= n || tokens == 0 || tokens > WEAK_TOKEN_MAX_WORDS)
        return s;
    apr_size_t from = *pos, to = token_offset(b->text, b->text_len, before + tokens);
    while (to > from && b->text[to - 1] == ' ')
        to--;
    apr_size_t ms, me;
    pcre2_match_data *md = nc_regex_match_data(p);
    if (!md || !((nc_slash_digit(b->text + from, to - from)
                  && nc_regex_find(r->server_signature, md, b->text + from, to - from, 0, &ms, &me) > 0)
                 || (tokens <= BARE_SIGNATURE_MAX_WORDS
                     && nc_regex_find(r->bare_signature, md, b->text + from, to - from, 0, &ms, &me) > 0)))
        return s;
    while (e < n && (it[e].kind == 'b' || it[e].kind == 'n' || it[e].kind == 'h'))
        e++;
    if (e >= n)
        return s;
    *pos = token_offset(b->text, b->text_len, before + tokens);
    return e;
}

/* Does the box around block i (below body, html and main) hold a block
 * the shell tests cut? */
static int box_holds_shell(const nc_docmodel *m, int i)
{
    int box = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (box < 0 || nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, box, nc_block)))
        return 0;
    for (int j = box + 1; j <= APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL)
            return 1;
    return 0;
}

/* A long block (over min_words) of loose text in <br> lines, read as
 * words, breaks and tags: their count (items in *it, words in *total, the
 * content's end in *to), or 0 when the block is no such box or its bytes do
 * not read as its text does. Most blocks have no <br> line: the first test
 * answers them. */
static int read_loose_box(apr_pool_t *p, const nc_block *b, int i, const char *page, apr_size_t len,
                          int min_words, apr_size_t *to, edge_item **it, int *total)
{
    if (b->br_lines < 2 || b->words <= min_words || b->verdict != NC_KEEP || !b->trusted
        || b->boilerplate || b->last_desc != i || b->end == NC_BLOCK_OPEN
        || b->end > len || b->end - b->start > EDGE_SCAN_MAX || b->role == NC_ROLE_TITLE)
        return 0;
    apr_size_t from;
    content_range(b, page, len, &from, to);
    int n = edge_items(p, page, from, *to, it);
    if (n <= 0)
        return 0;
    *total = 0;
    for (int k = 0; k < n; k++)
        *total += (*it)[k].kind == 't';
    return *total == count_tokens(b->text, b->text_len) ? n : 0;
}

int nc_shells_edge_lines(const nc_shell_rules *rules, apr_pool_t *p, const nc_docmodel *m,
                         const char *page, apr_size_t len, apr_array_header_t *cuts)
{
    int found = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->words <= (EDGE_STORY_PARTS - 1) * SHELL_MAX_BLOCK_WORDS || b->br_lines < 2)
            continue;
        /* a story of two paragraphs will do in a box whose shell is
         * already cut (a cell's 503 heading over it, its lines under it) */
        int beside_shell = b->words <= (EDGE_STORY_PARTS + 1) * (SHELL_MAX_BLOCK_WORDS + 1)
                           && box_holds_shell(m, i);
        if (b->words <= EDGE_STORY_PARTS * SHELL_MAX_BLOCK_WORDS && !beside_shell)
            continue;
        apr_size_t to;
        edge_item *it;
        int total, n = read_loose_box(p, b, i, page, len, (EDGE_STORY_PARTS - 1) * SHELL_MAX_BLOCK_WORDS,
                                      &to, &it, &total);
        if (n <= 0)
            continue;
        /* leading: items [0, z) up to the first blank break */
        int z = -1;
        for (int k = 0; k < n && z < 0; k++)
            if (blank_break_at(it, k))
                z = k;
        int tokens, lines;
        apr_size_t story_from = 0;
        if (z > 0) {
            count_group(it, 0, z, &tokens, &lines);
            apr_size_t pos = token_offset(b->text, b->text_len, tokens);
            if (tokens > 0 && tokens <= SHELL_MAX_BLOCK_WORDS && lines <= EDGE_MAX_LINES && pos < b->text_len
                && is_line_start(b, pos)
                && edge_is_shell(rules, p, b, 0, pos, 1, 0, beside_shell)) {
                int a = 0;
                while (a < z && (it[a].kind == 'n' || it[a].kind == 'b'
                                 || (it[a].kind == 'o' && !closed_before(page, it, a, z))))
                    a++;
                int s = z + 1;          /* the cut runs to the story's first word */
                while (s < n && (it[s].kind == 'b' || it[s].kind == 'n' || it[s].kind == 'h'))
                    s++;
                if (s < n)
                    s = signature_line_under(rules, p, b, it, n, s, &pos);
                if (a < z && s < n && balanced(page, it, a, s)) {
                    nc_edits_push_removal(cuts, NC_WHY_SHELL, it[a].from, it[s].from,
                                          "shell lines over a block of loose text");
                    found++;
                    story_from = pos;   /* the story under it is judged without it */
                }
            }
        }
        /* trailing: items after the last blank break */
        int y = -1;
        for (int k = n - 1; k >= 0 && y < 0; k--)
            if (blank_break_at(it, k))
                y = k;
        if (y >= 0 && y > z) {
            count_group(it, y + 1, n, &tokens, &lines);
            apr_size_t pos = token_offset(b->text, b->text_len, total - tokens);
            int known = b->nlines < NC_MAX_LINE_STARTS ? is_line_start(b, pos) : 1;
            if (tokens > 0 && tokens <= SHELL_MAX_BLOCK_WORDS && lines <= EDGE_MAX_LINES && pos > 0 && known
                && pos > story_from && edge_is_shell(rules, p, b, pos, b->text_len, 0, story_from, beside_shell)) {
                int last = n - 1;       /* the group's last own item */
                while (last > y && (it[last].kind == 'n'
                                    || (it[last].kind == 'c' && !opened_after(page, it, y + 1, last))))
                    last--;
                int c = y + 1;          /* from the blank break's last <br>, or the group */
                for (int k = y; k >= 0 && it[k].kind != 't'; k--)
                    if (it[k].kind == 'b') {
                        c = k;
                        break;
                    }
                if (last > y && balanced(page, it, c, last + 1)) {
                    apr_size_t end = through_line_end(page, len, it[last].to);
                    /* an element's end tag stays; a run's line break after it
                     * is the box's blank, and the line's own */
                    if (end > to && strcmp(b->tag, NC_RUN_TAG) != 0)
                        end = to;
                    nc_edits_push_removal(cuts, NC_WHY_SHELL, it[c].from, end,
                                          "shell lines under a block of loose text");
                    found++;
                }
            }
        }
    }
    return found;
}

/* --- a block of loose text that repeats its own paragraphs --------------- */

/* The seed's kind set in HTML: a story in <br><br> paragraphs in one box (a
 * vBulletin post, a forum portal's news item, a <font> cell), its
 * paragraphs printed again after themselves inside the same box. No block
 * test sees it: the copy is in its original's own text. The box's
 * paragraphs (the text between blank breaks) are compared as its decoded,
 * collapsed text says them; a tail of at least REPEAT_MIN_PARAGRAPHS
 * paragraphs and REPEAT_MIN_WORDS words that says, paragraph for
 * paragraph, a run of paragraphs before it is a copy and is cut from its
 * first word to the box's last break: the first complete copy stays. A
 * refrain (one stanza again) is one paragraph and stays. Asked only of
 * boxes the edge test reads (long, two <br> lines or more). */
#define REPEAT_MIN_PARAGRAPHS 2
#define REPEAT_MIN_WORDS 40
#define REPEAT_MAX_PARAGRAPHS 64

typedef struct loose_para {
    int item;                   /* its first word's item */
    int tokens;                 /* its words */
    apr_size_t at, len;         /* its text in the block's text */
} loose_para;

static int same_para(const char *text, const loose_para *x, const loose_para *y)
{
    return x->len == y->len && memcmp(text + x->at, text + y->at, x->len) == 0;
}

/* The first paragraph of a run that repeats, paragraph for paragraph, a
 * run right before it or earlier, or -1; *count: its paragraphs. The
 * longest such run from the earliest start. */
static int repeated_run(const char *text, const loose_para *pa, int np, int *count)
{
    for (int s = 1; s + REPEAT_MIN_PARAGRAPHS <= np; s++) {
        for (int t = 0; t < s; t++) {
            int k = 0, words = 0;
            while (s + k < np && t + k < s && same_para(text, &pa[s + k], &pa[t + k]))
                words += pa[s + k++].tokens;
            if (k >= REPEAT_MIN_PARAGRAPHS && words >= REPEAT_MIN_WORDS) {
                *count = k;
                return s;
            }
        }
    }
    return -1;
}

static int loose_text_repeat(apr_pool_t *p, const nc_block *b, const char *page, apr_size_t len,
                             apr_size_t to, const edge_item *it, int n, apr_array_header_t *cuts)
{
    loose_para *pa = apr_palloc(p, sizeof *pa * REPEAT_MAX_PARAGRAPHS);
    int np = 0, open = 0;
    apr_size_t pos = 0;
    for (int k = 0; k < n; k++) {
        if (it[k].kind == 't') {
            if (!open) {
                if (np == REPEAT_MAX_PARAGRAPHS)
                    return 0;
                pa[np++] = (loose_para){ k, 0, pos, 0 };
                open = 1;
            }
            /* the collapsed text has one space between words */
            while (pos < b->text_len && b->text[pos] != ' ')
                pos++;
            pa[np - 1].len = pos - pa[np - 1].at;
            pa[np - 1].tokens++;
            while (pos < b->text_len && b->text[pos] == ' ')
                pos++;
        } else if (open && blank_break_at(it, k)) {
            open = 0;
        }
    }
    int count = 0, s = np > REPEAT_MIN_PARAGRAPHS ? repeated_run(b->text, pa, np, &count) : -1;
    if (s < 0)
        return 0;
    /* the copy: its words, the tags it opens and closes, its breaks up
     * to the next tag or word */
    int a = pa[s].item, w = s + count < np ? pa[s + count].item : n, last = a;
    for (int k = a; k < w; k++)
        if (it[k].kind == 't')
            last = k;
    while (a > 0 && it[a - 1].kind == 'o')
        a--;
    while (last + 1 < w && (it[last + 1].kind == 'b' || it[last + 1].kind == 'n'
                            || (it[last + 1].kind == 'c' && opened_after(page, it, a, last + 1))))
        last++;
    /* a wrapper of the copy's own (a second <font> holding it) goes with it */
    for (;;) {
        int o = a - 1, c = last + 1;
        while (o > 0 && it[o].kind == 'n')
            o--;
        while (c + 1 < n && it[c].kind == 'n')
            c++;
        if (o < 0 || c >= n || it[o].kind != 'o' || it[c].kind != 'c'
            || !opened_after(page, it, o, c) || opened_after(page, it, o + 1, c))
            break;
        a = o;
        last = c;
    }
    if (!balanced(page, it, a, last + 1))
        return 0;
    apr_size_t end = through_line_end(page, len, it[last].to);
    nc_edits_push_removal(cuts, NC_WHY_DUPLICATE, it[a].from, end > to ? to : end,
                          "paragraphs repeated in a block of loose text");
    return 1;
}

int nc_loose_text_repeats(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                          apr_array_header_t *cuts)
{
    int found = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        apr_size_t to;
        edge_item *it;
        int total, n = read_loose_box(p, b, i, page, len, EDGE_STORY_PARTS * SHELL_MAX_BLOCK_WORDS,
                                      &to, &it, &total);
        if (n > 0)
            found += loose_text_repeat(p, b, page, len, to, it, n, cuts);
    }
    return found;
}
