/*
 * explain_html.c - renders the explain report (see explain_html.h).
 *
 * Owns: the text view (the page's visible text, paragraph by paragraph, with
 * removed blocks wrapped and labelled), the source view (the markup with the
 * same marks), the actor and figure tables, and the escaping that keeps every
 * byte of the page inert. The page is walked once with a small tokenizer that
 * only needs to know where text is (not in tags, comments, scripts or
 * styles) and which tags break a paragraph; the edit list decides where the
 * marks go, so the report shows exactly the byte ranges the filter removes.
 */
#include "explain_html.h"
#include "charset.h"
#include "buf.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>

/* ---- escaping ---------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static apr_size_t utf8_len(const unsigned char *s, apr_size_t n)
{
    unsigned c = s[0];
    apr_size_t k;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) { k = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { k = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { k = 4; min = 0x10000; }
    else return 0;
    if (n < k) return 0;
    unsigned cp = c & (0xFF >> (k + 1));
    for (apr_size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return k;
}

/* Appends s[0..n) as HTML text or attribute value: markup characters as
 * references, invalid UTF-8 as U+FFFD, control characters dropped. */
static void esc_n(nc_buf *o, const char *s, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    apr_size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        switch (c) {
        case '&': nc_buf_append_str(o, "&amp;"); i++; continue;
        case '<': nc_buf_append_str(o, "&lt;"); i++; continue;
        case '>': nc_buf_append_str(o, "&gt;"); i++; continue;
        case '"': nc_buf_append_str(o, "&quot;"); i++; continue;
        case '\'': nc_buf_append_str(o, "&#39;"); i++; continue;
        default: break;
        }
        if (c < 0x20 && c != '\n' && c != '\t') {
            if (c == '\r' && !(i + 1 < n && u[i + 1] == '\n'))
                nc_buf_append_char(o, '\n');
            i++;
            continue;
        }
        if (c == 0x7F) { i++; continue; }
        apr_size_t k = utf8_len(u + i, n - i);
        if (k == 0) {
            nc_buf_append_str(o, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        nc_buf_append(o, s + i, k);
        i += k;
    }
}

static void esc(nc_buf *o, const char *s)
{
    if (s)
        esc_n(o, s, strlen(s));
}

/* ---- text view --------------------------------------------------------- */

static const struct { const char *name; unsigned cp; } entities[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    { "nbsp", 0xA0 }, { "rsquo", 0x2019 }, { "lsquo", 0x2018 }, { "rdquo", 0x201D },
    { "ldquo", 0x201C }, { "mdash", 0x2014 }, { "ndash", 0x2013 }, { "hellip", 0x2026 },
    { "copy", 0xA9 }, { "reg", 0xAE }, { "euro", 0x20AC }, { "pound", 0xA3 },
    { "bull", 0x2022 }, { "middot", 0xB7 }, { "eacute", 0xE9 }, { "laquo", 0xAB },
    { "raquo", 0xBB },
};

/* Decodes character references (HTML only) and collapses white space of the
 * UTF-8 text s[0..n) into o. Returns the number of non-space bytes kept. */
static apr_size_t visible_text(nc_buf *o, const char *s, apr_size_t n, int html)
{
    apr_size_t kept = 0;
    int space = 0;
    for (apr_size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = 1;
            continue;
        }
        if (space && kept)
            nc_buf_append_char(o, ' ');
        space = 0;
        kept++;
        if (c != '&' || !html) {
            nc_buf_append_char(o, (char)c);
            continue;
        }
        apr_size_t j = i + 1;
        unsigned long cp = 0;
        int ok = 0;
        if (j < n && s[j] == '#') {
            int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
            apr_size_t d = j + 1 + (hex ? 1 : 0), k = d;
            while (k < n && k - d < 8 && apr_isxdigit(s[k]) && (hex || apr_isdigit(s[k]))) {
                cp = cp * (hex ? 16 : 10)
                   + (unsigned long)(apr_isdigit(s[k]) ? s[k] - '0' : (apr_tolower(s[k]) - 'a' + 10));
                k++;
            }
            if (k > d) {
                ok = 1;
                j = (k < n && s[k] == ';') ? k + 1 : k;
            }
        } else {
            apr_size_t k = j;
            while (k < n && k - j < 8 && apr_isalnum(s[k]))
                k++;
            if (k < n && s[k] == ';') {
                for (size_t e = 0; e < sizeof entities / sizeof entities[0]; e++) {
                    if (strlen(entities[e].name) == k - j && !strncmp(entities[e].name, s + j, k - j)) {
                        cp = entities[e].cp;
                        ok = 1;
                        j = k + 1;
                        break;
                    }
                }
            }
        }
        if (ok) {
            nc_buf_append_utf8(o, cp);
            i = j - 1;
        } else {
            nc_buf_append_char(o, '&');
        }
    }
    return kept;
}

/* Tags after which the text view starts a new paragraph. */
static int breaks_paragraph(const char *tag)
{
    static const char *const blocks[] = {
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside", "header",
        "footer", "nav", "main", "blockquote", "pre", "hr", "title", "head", "body",
        "figure", "figcaption", "form", "address", "html", NULL
    };
    for (int i = 0; blocks[i]; i++)
        if (!strcmp(tag, blocks[i]))
            return 1;
    return 0;
}

typedef enum { S_TEXT, S_TAG, S_COMMENT, S_DECL, S_RAW } tok_state;

typedef struct text_view {
    apr_pool_t *pool;
    nc_buf     *out;
    nc_decoder *dec;        /* NULL: the bytes are shown as UTF-8 */
    int         html;
    nc_buf      raw;        /* the current paragraph's bytes, as in the page */
    nc_buf      tmp, vis;
    int         paragraphs; /* emitted since the current mark opened */
} text_view;

static void flush_paragraph(text_view *tv)
{
    if (tv->raw.len == 0)
        return;
    const char *utf8 = tv->raw.data;
    apr_size_t n = tv->raw.len;
    if (tv->dec) {
        tv->tmp.len = 0;
        nc_decode_append(tv->dec, tv->raw.data, tv->raw.len, &tv->tmp);
        utf8 = tv->tmp.data;
        n = tv->tmp.len;
    }
    tv->vis.len = 0;
    if (visible_text(&tv->vis, utf8, n, tv->html) > 0) {
        nc_buf_append_str(tv->out, "<p>");
        esc_n(tv->out, tv->vis.data, tv->vis.len);
        nc_buf_append_str(tv->out, "</p>\n");
        tv->paragraphs++;
    }
    tv->raw.len = 0;
}

static const char *reason_label(nc_edit_reason r)
{
    switch (r) {
    case NC_WHY_SHELL: return "error shell";
    case NC_WHY_DUPLICATE: return "duplicate";
    default: return "metadata";
    }
}

static const char *reason_class(nc_edit_reason r)
{
    switch (r) {
    case NC_WHY_SHELL: return "shell";
    case NC_WHY_DUPLICATE: return "duplicate";
    default: return "metadata";
    }
}

static void open_mark(nc_buf *o, const nc_edit *e, int n)
{
    nc_buf_printf(o, "<div class=\"removed %s\" id=\"edit-%d\" data-reason=\"%s\" "
                  "data-start=\"%lu\" data-end=\"%lu\">\n<div class=\"label\">removed: %s",
                  reason_class(e->reason), n, reason_class(e->reason), (unsigned long)e->start,
                  (unsigned long)e->end, reason_label(e->reason));
    if (e->detail) {
        nc_buf_append_str(o, " &#8212; ");
        esc(o, e->detail);
    }
    nc_buf_printf(o, " <span class=\"bytes\">(bytes %lu&#8211;%lu)</span></div>\n",
                  (unsigned long)e->start, (unsigned long)e->end);
}

static void insertion_mark(nc_buf *o, const nc_edit *e, int n)
{
    nc_buf_printf(o, "<div class=\"inserted\" id=\"edit-%d\" data-reason=\"%s\" data-start=\"%lu\">"
                  "<div class=\"label\">inserted: %s",
                  n, reason_class(e->reason), (unsigned long)e->start,
                  e->reason == NC_WHY_METADATA ? "schema.org JSON-LD block" : reason_label(e->reason));
    nc_buf_printf(o, " <span class=\"bytes\">(%lu bytes at byte %lu)</span></div></div>\n",
                  (unsigned long)e->text_len, (unsigned long)e->start);
}

static int ascii_prefix_ci(const char *s, apr_size_t n, const char *pre)
{
    apr_size_t k = strlen(pre);
    return n >= k && strncasecmp(s, pre, k) == 0;
}

static void render_text(text_view *tv, const char *page, apr_size_t len, const nc_result *res)
{
    nc_buf *o = tv->out;
    const apr_array_header_t *edits = res->edits;
    int ei = 0, open = -1;            /* next edit; the removal being shown, or -1 */
    apr_size_t open_end = 0;
    tok_state st = S_TEXT;
    char tag[16], raw_end[8] = "";
    apr_size_t tag_len = 0;
    int tag_closing = 0, tag_named = 0;
    char quote = 0;

    for (apr_size_t i = 0; i <= len; i++) {
        if (open >= 0 && i >= open_end) {
            flush_paragraph(tv);
            if (tv->paragraphs == 0)
                nc_buf_append_str(o, "<p class=\"empty\">(markup only, no text)</p>\n");
            nc_buf_append_str(o, "</div>\n");
            open = -1;
        }
        while (ei < edits->nelts && APR_ARRAY_IDX(edits, ei, nc_edit).start <= i) {
            const nc_edit *e = &APR_ARRAY_IDX(edits, ei, nc_edit);
            flush_paragraph(tv);
            if (e->kind == NC_EDIT_INSERT) {
                insertion_mark(o, e, ei);
            } else if (open < 0 && e->end > i) {
                open_mark(o, e, ei);
                open = ei;
                open_end = e->end;
                tv->paragraphs = 0;
            }
            ei++;
        }
        if (i == len)
            break;

        char c = page[i];
        if (!tv->html) {              /* plain text: a line is a block, as for the engine */
            if (c == '\n')
                flush_paragraph(tv);
            else
                nc_buf_append_char(&tv->raw, c);
            continue;
        }
        switch (st) {
        case S_TEXT:
            if (c == '<' && i + 1 < len) {
                char d = page[i + 1];
                if (ascii_prefix_ci(page + i, len - i, "<!--")) {
                    st = S_COMMENT;
                    i += 3;
                } else if (d == '!' || d == '?') {
                    st = S_DECL;
                } else if (apr_isalpha(d) || d == '/') {
                    st = S_TAG;
                    tag_len = 0;
                    tag_named = 0;
                    tag_closing = d == '/';
                    quote = 0;
                    if (tag_closing)
                        i++;
                } else {
                    nc_buf_append_char(&tv->raw, c);
                }
            } else {
                nc_buf_append_char(&tv->raw, c);
            }
            break;
        case S_TAG:
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                if (tag_named)
                    quote = c;
            } else if (c == '>') {
                tag[tag_len] = '\0';
                if (breaks_paragraph(tag))
                    flush_paragraph(tv);
                else
                    nc_buf_append_char(&tv->raw, ' ');   /* <span>a</span><span>b</span> */
                st = S_TEXT;
                if (!tag_closing && (!strcmp(tag, "script") || !strcmp(tag, "style"))) {
                    strcpy(raw_end, tag);
                    st = S_RAW;
                }
            } else if (!tag_named) {
                if (apr_isalnum(c) && tag_len < sizeof tag - 1)
                    tag[tag_len++] = (char)apr_tolower(c);
                else if (tag_len > 0 || !apr_isalnum(c))
                    tag_named = 1;
            }
            break;
        case S_COMMENT:
            if (c == '-' && ascii_prefix_ci(page + i, len - i, "-->")) {
                i += 2;
                st = S_TEXT;
            }
            break;
        case S_DECL:
            if (c == '>')
                st = S_TEXT;
            break;
        case S_RAW:
            if (c == '<' && i + 1 < len && page[i + 1] == '/'
                && ascii_prefix_ci(page + i + 2, len - i - 2, raw_end)) {
                st = S_TAG;
                tag_len = 0;
                tag_named = 0;
                tag_closing = 1;
                quote = 0;
                i++;
            }
            break;
        }
    }
    flush_paragraph(tv);
}

/* ---- source view -------------------------------------------------------- */

static void source_segment(text_view *tv, const char *s, apr_size_t n)
{
    if (n == 0)
        return;
    if (tv->dec) {
        tv->tmp.len = 0;
        nc_decode_append(tv->dec, s, n, &tv->tmp);
        esc_n(tv->out, tv->tmp.data, tv->tmp.len);
    } else {
        esc_n(tv->out, s, n);
    }
}

static void render_source(text_view *tv, const char *page, apr_size_t len, const nc_result *res)
{
    nc_buf *o = tv->out;
    apr_size_t pos = 0;
    for (int i = 0; i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        if (e->start < pos || e->end > len)
            continue;
        source_segment(tv, page + pos, e->start - pos);
        if (e->kind == NC_EDIT_INSERT) {
            nc_buf_printf(o, "<ins class=\"%s\" title=\"inserted: %s\">", reason_class(e->reason),
                          reason_label(e->reason));
            esc_n(o, e->text, e->text_len);
            nc_buf_append_str(o, "</ins>");
        } else {
            nc_buf_printf(o, "<del class=\"%s\" title=\"removed: %s", reason_class(e->reason),
                          reason_label(e->reason));
            if (e->detail) {
                nc_buf_append_str(o, " - ");
                esc(o, e->detail);
            }
            nc_buf_append_str(o, "\">");
            source_segment(tv, page + e->start, e->end - e->start);
            nc_buf_append_str(o, "</del>");
        }
        pos = e->end;
    }
    source_segment(tv, page + pos, len - pos);
}

/* ---- tables ------------------------------------------------------------- */

static int is_figure(nc_mention_type t)
{
    return t == NC_MONEY || t == NC_PERCENT || t == NC_YEAR || t == NC_COUNT;
}

static void cell(nc_buf *o, const char *s)
{
    nc_buf_append_str(o, "<td>");
    esc(o, s);
    nc_buf_append_str(o, "</td>");
}

static const char *figure_value(apr_pool_t *p, const nc_mention *m)
{
    const char *v = (m->value == (double)(long long)m->value && m->value < 9e15 && m->value > -9e15)
                  ? apr_psprintf(p, "%" APR_INT64_T_FMT, (apr_int64_t)m->value)
                  : apr_psprintf(p, "%.6g", m->value);
    if (m->currency)
        return apr_pstrcat(p, v, " ", m->currency, NULL);
    if (m->unit_text)
        return apr_pstrcat(p, v, " ", m->unit_text, NULL);
    return v;
}

static void render_tables(apr_pool_t *p, nc_buf *o, const nc_result *res)
{
    int actors = 0, figures = 0;
    for (int i = 0; i < res->mentions->nelts; i++) {
        if (is_figure(APR_ARRAY_IDX(res->mentions, i, nc_mention).type))
            figures++;
        else
            actors++;
    }
    nc_buf_printf(o, "<h2 id=\"actors-heading\">Actors (%d)</h2>\n", actors);
    nc_buf_append_str(o, "<table id=\"actors\"><thead><tr><th>Name</th><th>Type</th><th>Role</th>"
                      "<th>Nationality</th><th>Value</th><th>Sentence</th></tr></thead><tbody>\n");
    for (int i = 0; i < res->mentions->nelts; i++) {
        const nc_mention *m = &APR_ARRAY_IDX(res->mentions, i, nc_mention);
        if (is_figure(m->type))
            continue;
        nc_buf_append_str(o, "<tr>");
        cell(o, m->name);
        cell(o, nc_mention_type_name(m->type));
        cell(o, m->job_title);
        cell(o, m->nationality);
        cell(o, NULL);
        cell(o, m->sentence);
        nc_buf_append_str(o, "</tr>\n");
    }
    if (!actors)
        nc_buf_append_str(o, "<tr><td colspan=\"6\" class=\"none\">none found</td></tr>\n");
    nc_buf_append_str(o, "</tbody></table>\n");

    nc_buf_printf(o, "<h2 id=\"figures-heading\">Figures (%d)</h2>\n", figures);
    nc_buf_append_str(o, "<table id=\"figures\"><thead><tr><th>Name</th><th>Type</th><th>Role</th>"
                      "<th>Nationality</th><th>Value</th><th>Sentence</th></tr></thead><tbody>\n");
    for (int i = 0; i < res->mentions->nelts; i++) {
        const nc_mention *m = &APR_ARRAY_IDX(res->mentions, i, nc_mention);
        if (!is_figure(m->type))
            continue;
        nc_buf_append_str(o, "<tr>");
        cell(o, m->name);
        cell(o, nc_mention_type_name(m->type));
        cell(o, NULL);
        cell(o, NULL);
        cell(o, figure_value(p, m));
        cell(o, m->sentence);
        nc_buf_append_str(o, "</tr>\n");
    }
    if (!figures)
        nc_buf_append_str(o, "<tr><td colspan=\"6\" class=\"none\">none found</td></tr>\n");
    nc_buf_append_str(o, "</tbody></table>\n");
}

/* ---- the page ----------------------------------------------------------- */

static const char style[] =
    "body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:70em;padding:0 1em;"
    "color:#1a1a1a;background:#fff}\n"
    "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}\n"
    ".summary td,.summary th{text-align:left;padding:.1em .8em .1em 0}\n"
    ".legend span{display:inline-block;padding:.1em .5em;margin-right:.6em;border-radius:3px}\n"
    "#text{border:1px solid #ccc;padding:.5em 1em;background:#fcfcfc}\n"
    "#text p{margin:.4em 0}\n"
    ".removed{margin:.6em 0;padding:.2em .7em;border-left:6px solid;border-radius:3px}\n"
    ".removed p{text-decoration:line-through;text-decoration-thickness:1px}\n"
    ".shell,.removed.shell{background:#ffd6d6;border-color:#c62828}\n"
    ".duplicate,.removed.duplicate{background:#fff0c2;border-color:#e0a000}\n"
    ".inserted,ins{background:#d7f5dc;border-color:#2e7d32}\n"
    ".inserted{margin:.6em 0;padding:.2em .7em;border-left:6px solid #2e7d32;border-radius:3px}\n"
    ".label{font-weight:bold;font-size:.85em;color:#333}\n"
    ".bytes{font-weight:normal;color:#666}\n"
    ".empty,.none{color:#777;font-style:italic}\n"
    "table{border-collapse:collapse;width:100%}\n"
    "#actors td,#actors th,#figures td,#figures th{border:1px solid #bbb;padding:.25em .5em;"
    "vertical-align:top;text-align:left}\n"
    "thead th{background:#e8eef7}\n"
    "pre{white-space:pre-wrap;word-break:break-all;font-size:12px;background:#f6f6f6;padding:.6em}\n"
    "del{text-decoration:none}\n";

const char *nc_explain_html(apr_pool_t *p, const char *page, apr_size_t len,
                            const nc_result *res, const char *content_type,
                            const char *source, apr_size_t *out_len)
{
    nc_buf o;
    nc_buf_init(&o, p, len * 2 + 8192);
    text_view tv;
    memset(&tv, 0, sizeof tv);
    tv.pool = p;
    tv.out = &o;
    tv.html = !(content_type && ascii_prefix_ci(content_type, strlen(content_type), "text/plain"));
    nc_buf_init(&tv.raw, p, 1024);
    nc_buf_init(&tv.tmp, p, 1024);
    nc_buf_init(&tv.vis, p, 1024);
    const char *charset = res->charset ? res->charset : "utf-8";
    int readable = !res->charset || nc_charset_ascii_compatible(res->charset);
    tv.dec = readable ? nc_decoder_open(p, charset) : NULL;

    const char *verdict;
    if (res->skip_reason)
        verdict = apr_pstrcat(p, "left unchanged: ", res->skip_reason, NULL);
    else if (res->soft_error)
        verdict = "soft error: the page is only an error shell (the filter answers "
                  "NewsCleanSoftErrorStatus, body unchanged)";
    else if (res->changed)
        verdict = "cleaned";
    else
        verdict = "unchanged: nothing to remove or add";

    nc_buf_append_str(&o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"" NC_EXPLAIN_CSP "\">\n"
                          "<meta name=\"robots\" content=\"noindex,nofollow\">\n"
                          "<meta name=\"generator\" content=\"newsclean explain\">\n<title>newsclean explain");
    if (source) {
        nc_buf_append_str(&o, ": ");
        esc(&o, source);
    }
    nc_buf_printf(&o, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
    nc_buf_append_str(&o, "<h1>What newsclean does to ");
    if (source) {
        nc_buf_append_str(&o, "<code>");
        esc(&o, source);
        nc_buf_append_str(&o, "</code>");
    } else {
        nc_buf_append_str(&o, "this page");
    }
    nc_buf_append_str(&o, "</h1>\n<table class=\"summary\" id=\"summary\">\n<tr><th>Verdict</th><td id=\"verdict\">");
    esc(&o, verdict);
    nc_buf_append_str(&o, "</td></tr>\n<tr><th>Headline</th><td>");
    esc(&o, res->headline ? res->headline : "(none found)");
    nc_buf_append_str(&o, "</td></tr>\n<tr><th>Read as</th><td>");
    esc(&o, content_type ? content_type : "text/html");
    nc_buf_append_str(&o, ", charset ");
    esc(&o, res->charset ? res->charset : "(not decided)");
    nc_buf_printf(&o, "</td></tr>\n<tr><th>Bytes</th><td>%lu in, %lu removed, %lu inserted</td></tr>\n"
                  "<tr><th>Removed</th><td><span id=\"shell-count\">%d</span> error shell(s), "
                  "<span id=\"duplicate-count\">%d</span> duplicate block(s)</td></tr>\n</table>\n",
                  (unsigned long)res->input_len, (unsigned long)res->bytes_removed,
                  (unsigned long)res->bytes_inserted, res->shells_removed, res->duplicates_removed);
    nc_buf_append_str(&o, "<p class=\"legend\"><span class=\"shell\">removed: error shell</span>"
                          "<span class=\"duplicate\">removed: duplicate</span>"
                          "<span class=\"inserted\">inserted: metadata</span></p>\n");

    nc_buf_append_str(&o, "<h2>The page's text</h2>\n<section id=\"text\">\n");
    if (readable)
        render_text(&tv, page, len, res);
    else
        nc_buf_append_str(&o, "<p class=\"empty\">(not shown: the page's charset is not ASCII-compatible)</p>\n");
    nc_buf_append_str(&o, "</section>\n");

    render_tables(p, &o, res);

    nc_buf_append_str(&o, "<h2>The page's source</h2>\n<details id=\"source\"><summary>Markup with the "
                          "same marks (removed ranges highlighted, inserted text in green)</summary>\n<pre>");
    if (readable)
        render_source(&tv, page, len, res);
    nc_buf_append_str(&o, "</pre></details>\n</body></html>\n");
    *out_len = o.len;
    return o.data;
}
