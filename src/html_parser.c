/*
 * html_parser.c - builds the document model from HTML with libxml2's SAX push
 * parser, recording each block-level element's exact byte range.
 *
 * Offsets must be exact in any ASCII-compatible charset, so libxml2 never sees
 * the page's own bytes: every byte >= 0x80 is masked to 'x' (and NUL to ' ')
 * before it is pushed. The masked stream has the same length as the original,
 * markup is all ASCII, and libxml2 does no transcoding, so its input position is
 * an offset into the original. Text is later taken from the original bytes by
 * range and decoded once the charset is known (<meta> may come late).
 *
 * Position facts relied on (libxml2 2.9, checked in t/unit): in startElement the
 * input sits on the start tag's closing '>' (or "/>"); in endElement after an
 * explicit end tag it sits just after its '>'; an implied end fires while the
 * next token is being read, so its true end is where the previous token ended.
 * Every range is verified against the bytes; one that does not verify is kept
 * for analysis but marked untrusted and never edited.
 *
 * Script and style contents are not fed to libxml2 at all: on article pages
 * they are about half of the bytes, carry no text of the page, and libxml2
 * reads them a character at a time (raising an error for every "</div" in a
 * script string). When libxml2 has just opened a script or style element at
 * the end of what it was fed, the bytes up to the end tag it would stop at
 * ("</" and the name, any case, as its recovery mode does) are skipped, and
 * its positions past that point are shifted back to the page's offsets.
 *
 * Once libxml2 is in element content, what it is fed is also compacted
 * (html_stream.c): the attributes the model does not read and the characters
 * of text (taken from the original bytes by range anyway) are left out in
 * the same way, which takes about 40% of libxml2's work off an article page.
 */
#include "parsers.h"
#include "html_stream.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_allocator.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#define NC_MAX_NESTING 4096
#define NC_STACK_SLICE 8192
#define NC_REFS_IN_PAGE 1024
#define NC_XML_INPUT_BUFFER 1024
/* Elisions alive at once: those of the slice being fed and the few
 * libxml2 has not consumed yet (release_between_slices): an 8000-byte
 * chunk (mod_proxy's) of story at an elision per 44 bytes. A denser or
 * larger slice (the CLI's 64 KB chunks) grows them on the heap. */
#define NC_ELISION_WINDOW 192
#define NC_FLAG_CACHE 64        /* element_name's slots: a power of two (the hash's top 6 bits);
                                 * a page uses 25-35 names */
#define NC_FLAG_CACHE_SHIFT 58
#define NC_FLAG_CACHE_PROBES 16 /* a name sits at most this many slots past its own: with one
                                 * slot a name, 64 made a 400 KB page's names collide and evict
                                 * each other (+0.6% instructions), and with four a run of five
                                 * taken slots did (+1.3%) */

/* 16 bytes: the stack lives on the heap while parsing. */
typedef struct open_element {
    const char *name;
    int block;                      /* index in model->blocks, or -1 for inline elements */
    unsigned zone : 8;              /* NC_ZONE_* bits this element adds */
    unsigned has_text : 1;          /* block: a span was recorded for it */
    unsigned space_pending : 1;     /* block: a word break is due before its next text */
    unsigned break_pending : 1;     /* block: and it is a <br>'s */
    unsigned in_container : 1;      /* the innermost block open here is a container (runs) */
    unsigned implied : 1;           /* libxml2's implied <p>, no element of the page (implied_paragraph) */
    unsigned shared : 5;            /* the shared alias stands for it: its alias index + 1 */
} open_element;

enum { NC_ZONE_BOILERPLATE = 1, NC_ZONE_SKIP_TEXT = 2, NC_ZONE_ARTICLE = 4, NC_ZONE_HEAD = 8,
       NC_ZONE_LAST = NC_ZONE_HEAD };

/* From stream position stream_at on, libxml2's positions are delta bytes
 * behind the page's (the script and style contents it never saw). 8 bytes:
 * a page has one every 60 bytes or so, and the engine takes no page over
 * 2 GB (NC_DOC_MAX_BYTES). */
typedef struct elision {
    apr_uint32_t stream_at, delta;
} elision;

struct nc_html_parser {
    apr_pool_t        *pool;
    apr_pool_t        *scratch;     /* the masked slice of a chunk over NC_STACK_SLICE, made on need */
    apr_pool_t        *text_pool;   /* decoded references past NC_REFS_IN_PAGE, made on need */
    apr_size_t         refs_in_page;    /* bytes of decoded references in pool */
    htmlParserCtxtPtr  ctxt;
    xmlDictPtr         names;       /* the engine's (nc_html_names_create), or NULL */
    nc_docmodel       *model;
    const nc_buf      *orig;        /* the original bytes so far, owned by the doc */
    char              *masked;      /* scratch: a chunk over NC_STACK_SLICE as libxml2 sees it */
    apr_size_t         masked_cap;
    apr_size_t         last_end;    /* just after the last token libxml2 reported */
    apr_size_t         fed;         /* bytes of orig handed to libxml2 so far */
    apr_size_t         gt_checked;  /* orig has no '>' in [fed, gt_checked) */
    apr_array_header_t *stack;      /* of open_element */
    void             **stack_heap;  /* the stack, flag cache and elisions: on the heap, their
                                     * size, given back when parsing ends (a pool of their own
                                     * took an 8 KB block for 7 KB) */
    apr_array_header_t *spans;      /* of nc_text_span */
    void             **spans_heap;  /* spans and model->blocks are sized and grow on the heap */
    void             **blocks_heap;
    apr_array_header_t *literals;   /* of const char *: the spans' decoded texts (nc_span_literal) */
    void             **literals_heap;
    int                zones[2 * NC_ZONE_LAST];   /* open count per zone bit, indexed by the bit */
    /* by interned name: 1 KB the page need not keep past parsing; a slot
     * names the element an alias stands for by its index in the aliases'
     * table, + 1 (0: the name is the element; nc_stream_alias_name) */
    struct flag_slot { const char *name; int flags, alias; } *flag_cache;
    apr_array_header_t *flag_slots; /* holds flag_cache */
    void             **flag_heap;
    apr_array_header_t *elisions;   /* of elision, strictly increasing stream_at */
    void             **elisions_heap;
    int                elision_at;  /* input_offset's cursor into elisions */
    int                lead_slices; /* slices fed alone before the content state */
    apr_size_t         elided;      /* bytes not fed so far */
    const char        *raw_name;    /* libxml2 has just entered this script/style at fed */
    apr_size_t         raw_scanned; /* its end tag does not start before here */
    char               root[16];    /* the first start tag's name when HTML does not know it (hide_root_end_tags) */
    int                root_seen;
    int                head_first;  /* the first start tag is a head element's: libxml2 implies <html> */
    const char        *failure;     /* set once parsing was given up */
    nc_stream_feed     feed;        /* tag aliases in use (html_stream.c) and their clashes */
    int                reparsed;    /* a clash has made it start again once */
    /* Loose text straight in a container that also holds blocks (a PHP
     * warning in the story's <div>) is a block of its own, a run (see
     * run_open): the inline markup and text between two block boundaries. */
    apr_size_t         run_start;   /* where the pending run begins, or NC_NO_OFFSET */
    apr_size_t         run_end;     /* just after its last token that is not blank */
    int                run_block;   /* its block once it has text, or -1 */
    int                run_depth;   /* run_level where it began */
    int                implied_open; /* implied <p>s on the stack (implied_paragraph) */
    int                run_bad;     /* inline markup unbalanced or unverified: untrusted */
    int                run_unsure;  /* a tag in it unseen, or an end libxml2 implied: no trim */
    int                run_space;   /* a word break is due before its next text */
    int                run_break;   /* and it is a <br>'s */
    /* What a broken mirror glued before the page's document (see
     * scan_prologue): decided once, from the first bytes. */
    int                prologue;    /* PROLOGUE_* */
    apr_size_t         pro_pos;     /* scanned up to here (a token boundary) */
    apr_size_t         pro_first;   /* its first byte that is not blank */
    apr_size_t         pro_last;    /* just after its last token that is not blank */
    apr_size_t         pro_end;     /* where the page's own document begins */
    apr_size_t         pro_scanned; /* the token at pro_pos has no end before here */
    int                pro_depth;   /* open elements of a foreign root */
    int                pro_text;    /* it holds text */
    char               pro_root[16];
};

enum { PROLOGUE_UNDECIDED = 0, PROLOGUE_NONE, PROLOGUE_FOUND };

/* The tag of a run block, one pointer for the page (run_fold_into). */
static const char run_tag[] = NC_RUN_TAG;
/* The word break a <br> leaves (add_span): a space, told apart by its
 * address; its span keeps it as NC_BREAK_LINE, so the text keeps where its
 * lines start (nc_block.line_starts). */
static const char nc_line_break[] = " ";

/* --- element classes ---------------------------------------------------- */

/* What an element means to the model; one sorted table, looked up by bsearch
 * since this runs for every element of every page. */
enum {
    EL_BLOCK = 1,          /* a block of the model */
    EL_CONTAINER = 2,      /* holds other blocks */
    EL_BOILERPLATE = 4,    /* navigation and page furniture */
    EL_SKIP_TEXT = 8,      /* its text is not page text */
    EL_SPACING = 16,       /* separates words */
    EL_ARTICLE = 32,       /* the story's own region */
    /* single elements the parser treats apart, as bits: a strcmp chain
     * on every tag cost as much as the table search */
    EL_META = 64, EL_HEAD = 128, EL_BODY = 256, EL_HEADER = 512, EL_TITLE = 1024,
    EL_RAW_TEXT = 2048,    /* script, style: contents libxml2 reads raw */
    EL_VOID = 4096,        /* ends where it starts */
    EL_ALIAS = 8192,       /* may stand for another element (tag aliases, html_stream.c) */
    EL_INERT = 16384,      /* never shown: HTML5's <template> content (nc_doc_inert) */
    EL_SHARED = 32768      /* the shared alias: which element, the page's tag says */
};

typedef struct element_class {
    const char *name;
    int flags;
} element_class;

#define BC (EL_BLOCK | EL_CONTAINER)
static const element_class element_classes[] = {
    { "address", EL_BLOCK },
    /* AMP's container components (amp.dev): custom elements libxml2 knows
     * nothing of, each a box of ordinary blocks on AMP pages; as blocks, a
     * copy's wrapper test and the shell rules see their tags. amp-img and
     * the other media stay inline. */
    { "amp-accordion", BC }, { "amp-app-banner", BC }, { "amp-base-carousel", BC },
    { "amp-carousel", BC }, { "amp-consent", BC }, { "amp-fx-flying-carpet", BC },
    { "amp-inline-gallery", BC }, { "amp-layout", BC }, { "amp-lightbox", BC },
    { "amp-live-list", BC }, { "amp-mega-menu", BC }, { "amp-nested-menu", BC },
    { "amp-selector", BC }, { "amp-sidebar", BC }, { "amp-stream-gallery", BC },
    { "amp-user-notification", BC },
    { "applet", EL_ALIAS }, { "area", EL_VOID },
    { "article", BC | EL_ARTICLE },
    { "aside", BC | EL_BOILERPLATE }, { "blockquote", BC }, { "body", BC | EL_BODY },
    { "br", EL_SPACING | EL_VOID }, { "caption", EL_BLOCK }, { "center", BC }, { "col", EL_VOID },
    { "dd", EL_BLOCK }, { "del", EL_ALIAS }, { "details", BC }, { "dialog", BC }, { "div", BC },
    { "dl", BC }, { "dt", EL_BLOCK }, { "embed", EL_VOID }, { "fieldset", BC },
    { "figcaption", EL_BLOCK }, { "figure", BC }, { "footer", BC | EL_BOILERPLATE },
    { "form", BC | EL_BOILERPLATE },
    { "h1", EL_BLOCK }, { "h2", EL_BLOCK }, { "h3", EL_BLOCK }, { "h4", EL_BLOCK },
    { "h5", EL_BLOCK }, { "h6", EL_BLOCK }, { "head", EL_HEAD }, { "header", BC | EL_HEADER },
    { "hgroup", BC }, { "hr", EL_SPACING | EL_VOID }, { "html", BC },
    { "iframe", EL_BLOCK | EL_BOILERPLATE }, { "img", EL_SPACING | EL_VOID }, { "input", EL_VOID },
    { "ins", EL_ALIAS },
    { "legend", EL_BLOCK }, { "li", EL_BLOCK }, { "link", EL_VOID }, { "main", BC | EL_ARTICLE },
    { "math", EL_SKIP_TEXT }, { "menu", BC | EL_BOILERPLATE }, { "meta", EL_META | EL_VOID },
    { "nav", BC | EL_BOILERPLATE },
    { "noframes", EL_ALIAS }, { "noscript", EL_BLOCK }, { "object", EL_ALIAS }, { "ol", BC },
    { "option", EL_SKIP_TEXT }, { "p", EL_BLOCK },
    { "param", EL_VOID }, { "pre", EL_BLOCK }, { "script", EL_SKIP_TEXT | EL_RAW_TEXT },
    { "section", BC }, { "select", EL_SKIP_TEXT }, { "source", EL_VOID },
    { "style", EL_SKIP_TEXT | EL_RAW_TEXT }, { "summary", EL_BLOCK },
    { "svg", EL_SKIP_TEXT }, { "table", BC }, { "tbody", BC }, { "td", BC },
    { "template", BC | EL_INERT }, { "textarea", EL_SKIP_TEXT }, { "tfoot", BC },
    { "th", BC }, { "thead", BC }, { "title", EL_BLOCK | EL_TITLE }, { "tr", BC },
    { "track", EL_VOID }, { "ul", BC }, { "wbr", EL_SPACING | EL_VOID },
};
#undef BC

static int compare_class(const void *key, const void *entry)
{
    /* the first letters decide most steps, without a call (strcmp's order) */
    const unsigned char *k = key, *e = (const unsigned char *)((const element_class *)entry)->name;
    return k[0] != e[0] ? k[0] - e[0] : strcmp(key, ((const element_class *)entry)->name);
}

static int element_flags(const char *name)
{
    const element_class *c = bsearch(name, element_classes,
                                     sizeof element_classes / sizeof element_classes[0],
                                     sizeof element_classes[0], compare_class);
    return c ? c->flags : 0;
}

/* The element libxml2 reports as name, and its flags: an alias in use
 * stands for the page's own tag name (html_stream.c). Element names come
 * from the parser's dictionary (or libxml2's constant strings for implied
 * elements), so one name is one pointer for the whole page: a
 * pointer-keyed cache saves the table search on every tag. */
static const struct flag_slot *cache_element(nc_html_parser *hp, const char *name, unsigned slot)
{
    int f = element_flags(name), alias = 0;
    if (f & EL_ALIAS) {
        int k = nc_stream_alias_index(name, hp->feed.aliases);
        if (k >= 0 && (hp->feed.shared & (1u << k)))
            f = EL_SHARED;          /* shared_start_name, shared_end_name */
        else if (k >= 0) {
            f = element_flags(nc_stream_alias_name(k));
            alias = k + 1;
        }
        f &= ~EL_ALIAS;
    }
    hp->flag_cache[slot].name = name;
    hp->flag_cache[slot].flags = f;
    hp->flag_cache[slot].alias = alias;
    return &hp->flag_cache[slot];
}

/* A name not at its own slot: the next ones (linear probing; slots are
 * never emptied while parsing, so a name once placed is found again), or
 * the first empty one there; when none is, it takes its own slot. */
static const struct flag_slot *element_probe(nc_html_parser *hp, const char *name, unsigned slot)
{
    for (int i = 1; i < NC_FLAG_CACHE_PROBES; i++) {
        unsigned at = (slot + (unsigned)i) & (NC_FLAG_CACHE - 1);
        if (hp->flag_cache[at].name == name)
            return &hp->flag_cache[at];
        if (!hp->flag_cache[at].name)
            return cache_element(hp, name, at);
    }
    return cache_element(hp, name, slot);
}

static inline const char *element_name(nc_html_parser *hp, const char *name, int *flags)
{
    /* the dictionary packs short names a few bytes apart: hash every bit */
    unsigned slot = (unsigned)(((apr_uint64_t)(apr_uintptr_t)name * 0x9E3779B97F4A7C15ULL)
                               >> NC_FLAG_CACHE_SHIFT);
    const struct flag_slot *s = &hp->flag_cache[slot];
    if (s->name != name)
        s = s->name ? element_probe(hp, name, slot) : cache_element(hp, name, slot);
    *flags = s->flags;
    return s->alias ? nc_stream_alias_name(s->alias - 1) : name;
}

/* --- positions ---------------------------------------------------------- */

static apr_size_t input_offset(nc_html_parser *hp)
{
    const xmlParserInputPtr in = hp->ctxt->input;
    apr_size_t s = (apr_size_t)in->consumed + (apr_size_t)(in->cur - in->base);
    const apr_array_header_t *a = hp->elisions;
    const elision *e = (const elision *)a->elts;
    int i = hp->elision_at;
    /* Positions nearly always grow, so the cursor moves forward a step or
     * two; a position behind it (an implied end reported late) is searched. */
    if (i < a->nelts && e[i].stream_at <= s) {
        while (i + 1 < a->nelts && e[i + 1].stream_at <= s)
            i++;
    } else {
        int lo = 0, hi = i;         /* the answer is below the cursor, or none */
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (e[mid].stream_at <= s)
                lo = mid + 1;
            else
                hi = mid;
        }
        i = lo - 1;
        if (i < 0)
            return s;
    }
    hp->elision_at = i;
    return s + e[i].delta;
}

static int ascii_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int ascii_lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Does "<name" (followed by a delimiter) start at pos? */
static int start_tag_at(const nc_buf *o, apr_size_t pos, const char *name)
{
    apr_size_t n = strlen(name);
    if (pos + n + 1 >= o->len || o->data[pos] != '<')
        return 0;
    for (apr_size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)o->data[pos + 1 + i]) != name[i])
            return 0;
    char d = o->data[pos + 1 + n];
    return ascii_space(d) || d == '>' || d == '/';
}

/* Skip whitespace, comments and stray end tags libxml2 reported nothing for. */
static apr_size_t skip_silent_tokens(const nc_buf *o, apr_size_t pos, apr_size_t limit)
{
    while (pos < limit) {
        if (ascii_space(o->data[pos])) {
            pos++;
        } else if (o->data[pos] == '<' && pos + 1 < limit && o->data[pos + 1] == '/') {
            const char *gt = memchr(o->data + pos, '>', limit - pos);
            if (!gt)
                break;
            pos = (apr_size_t)(gt - o->data) + 1;
        } else {
            break;
        }
    }
    return pos;
}

/* If the bytes just before pos are "</name>" (any case, spaces before '>'),
 * return where that end tag starts, else NC_NO_OFFSET. Inlined: it runs for
 * every end of an element. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline apr_size_t end_tag_before(const nc_buf *o, apr_size_t pos, const char *name)
{
    apr_size_t n = strlen(name);
    if (pos == 0 || pos > o->len || o->data[pos - 1] != '>')
        return NC_NO_OFFSET;
    apr_size_t p = pos - 1;
    while (p > 0 && ascii_space(o->data[p - 1]))
        p--;
    if (p < n + 2)
        return NC_NO_OFFSET;
    p -= n;
    for (apr_size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)o->data[p + i]) != name[i])
            return NC_NO_OFFSET;
    if (o->data[p - 1] != '/' || o->data[p - 2] != '<')
        return NC_NO_OFFSET;
    return p - 2;
}

/* --- model building ------------------------------------------------------ */

static open_element *current_block_element(const nc_html_parser *hp)
{
    for (int i = hp->stack->nelts - 1; i >= 0; i--) {
        open_element *el = &APR_ARRAY_IDX(hp->stack, i, open_element);
        if (el->block >= 0)
            return el;
    }
    return NULL;
}

/* A new, zeroed entry on the stack: a store, where nc_array_push calls
 * memset, on every element of the page. */
static inline open_element *stack_push(nc_html_parser *hp)
{
    apr_array_header_t *a = hp->stack;
    open_element *el = a->nelts < a->nalloc ? &((open_element *)(void *)a->elts)[a->nelts++]
                                            : nc_array_push(a, &hp->stack_heap);
    *el = (open_element){ 0 };
    return el;
}

static int current_block(const nc_html_parser *hp)
{
    const open_element *el = current_block_element(hp);
    return el ? el->block : -1;
}

/* A new entry of the span array, not zeroed (nc_span_set and
 * nc_span_set_literal set every field): most pushes are a store. */
static inline nc_text_span *span_push(nc_html_parser *hp)
{
    apr_array_header_t *a = hp->spans;
    return a->nelts < a->nalloc ? &((nc_text_span *)(void *)a->elts)[a->nelts++]
                                : nc_array_push(a, &hp->spans_heap);
}

/* Text of block, after the word break brk (NC_BREAK_*): a range of the
 * page, or literal, a decoded text. */
static void push_span(nc_html_parser *hp, int block, apr_size_t start, apr_size_t len,
                      const char *literal, int brk)
{
    if (!literal) {
        if (hp->spans->nelts > 0 && brk == NC_BREAK_NONE) {
            /* text libxml2 reported in pieces: one span */
            nc_text_span *last = &APR_ARRAY_IDX(hp->spans, hp->spans->nelts - 1, nc_text_span);
            if ((int)last->block == block && !last->is_literal && (apr_size_t)last->at + last->len == start) {
                last->len += (apr_uint32_t)len;
                return;
            }
        }
        nc_span_set(span_push(hp), block, start, len, brk);
        return;
    }
    if (len <= NC_SPAN_INLINE) {        /* most references: no table */
        nc_span_set_literal(span_push(hp), block, len, nc_span_inline(literal, len), brk);
        return;
    }
    if (!hp->literals)
        hp->literals = apr_array_make(hp->pool, 1, sizeof(const char *));
    *(const char **)nc_array_push(hp->literals, &hp->literals_heap) = literal;
    nc_span_set_literal(span_push(hp), block, len, (apr_uint32_t)(hp->literals->nelts - 1), brk);
}

/* Text of the current block. A word break (literal " " from an element
 * boundary) is only recorded when text follows it in the same block: a break
 * before the block's first text or after its last is collapsed away anyway,
 * and a run of breaks is one. This keeps the span list near one entry per
 * piece of text. */
static void add_span(nc_html_parser *hp, apr_size_t start, apr_size_t len,
                     const char *literal)
{
    open_element *el = current_block_element(hp);
    if (!el || len == 0 || hp->zones[NC_ZONE_SKIP_TEXT])
        return;
    if (hp->run_block >= 0) {           /* the container's loose text: its run's */
        if (literal && literal[0] == ' ' && len == 1) {
            hp->run_space = 1;
            hp->run_break |= literal == nc_line_break;
            return;
        }
        int brk = !hp->run_space ? NC_BREAK_NONE : hp->run_break ? NC_BREAK_LINE : NC_BREAK_SPACE;
        hp->run_space = hp->run_break = 0;
        push_span(hp, hp->run_block, start, len, literal, brk);
        return;
    }
    if (literal && literal[0] == ' ' && len == 1) {
        el->space_pending = el->has_text;
        el->break_pending |= el->has_text && literal == nc_line_break;
        return;
    }
    int brk = !el->space_pending ? NC_BREAK_NONE : el->break_pending ? NC_BREAK_LINE : NC_BREAK_SPACE;
    el->space_pending = el->break_pending = 0;
    el->has_text = 1;
    push_span(hp, el->block, start, len, literal, brk);
}

/* --- hints: class, id and role, lower-case, space separated ---------------- */

static const char *const hint_names[NC_HINTS] = { "class", "id", "role" };

static int hint_index(const char *name)
{
    for (int k = 0; k < NC_HINTS; k++)
        if (strcmp(name, hint_names[k]) == 0)
            return k;
    return -1;
}

/* The longest hint an element keeps. A theme's <body> class list runs to
 * 1.3 KB; an attribute whose quote was never closed swallows the page, and
 * every walk up from the blocks inside would read all of it again. */
#define NC_HINT_MAX 2048

/* hint with v[0, len) added, lower-case; masked: as libxml2 would have
 * seen the page's bytes (html_stream.c). Cut at NC_HINT_MAX. */
static const char *hint_add(apr_pool_t *p, const char *hint, const char *v, apr_size_t len,
                            int masked)
{
    apr_size_t have = strlen(hint), at = have ? have + 1 : 0;
    if (at >= NC_HINT_MAX)
        return hint;
    if (len > NC_HINT_MAX - at)
        len = NC_HINT_MAX - at;
    char *out = apr_palloc(p, at + len + 1);
    memcpy(out, hint, have);
    if (have)
        out[have] = ' ';
    for (apr_size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)v[i];
        if (masked)
            c = c >= 0x80 ? 'x' : c == 0 ? ' ' : c;
        out[at + i] = (char)ascii_lower(c);
    }
    out[at + len] = '\0';
    return out;
}

static const char *att_value(const xmlChar **atts, const char *name)
{
    for (int i = 0; atts && atts[i]; i += 2)
        if (strcmp((const char *)atts[i], name) == 0)
            return (const char *)atts[i + 1];
    return NULL;
}

/* The hints libxml2 reported (a tag not found on the page). */
static const char *attribute_hint(apr_pool_t *p, const xmlChar **atts)
{
    const char *hint = "";
    for (int i = 0; atts && atts[i]; i += 2) {
        const char *v = (const char *)atts[i + 1];
        if (v && hint_index((const char *)atts[i]) >= 0)
            hint = hint_add(p, hint, v, strlen(v), 0);
    }
    return hint;
}

/* The hints of the start tag page[start, end), as libxml2 would have
 * reported them had the compactor not left them out (nc_stream_tag_hints). */
static const char *tag_hint(nc_html_parser *hp, apr_size_t start, apr_size_t end,
                            const xmlChar **atts)
{
    nc_tag_hints h;
    const char *hint = "";
    nc_stream_tag_hints(hp->orig->data + start, end - start, &h);
    for (int i = 0; i < h.count; i++) {
        const char *v = h.at[i].value;
        if (v && h.at[i].decoded) {
            v = att_value(atts, hint_names[h.at[i].which]);
            if (v)
                hint = hint_add(hp->pool, hint, v, strlen(v), 0);
        } else if (v) {
            hint = hint_add(hp->pool, hint, v, h.at[i].len, 1);
        }
    }
    for (int i = 0; !h.whole && atts && atts[i]; i += 2) {
        const char *v = (const char *)atts[i + 1];
        int k = hint_index((const char *)atts[i]);
        if (v && k >= 0 && !(h.seen & (1u << k)))
            hint = hint_add(hp->pool, hint, v, strlen(v), 0);
    }
    return hint;
}

/* <meta charset=x> or <meta http-equiv=content-type content="...; charset=x"> */
static void note_meta_charset(nc_html_parser *hp, const xmlChar **atts)
{
    const char *charset = NULL, *content = NULL;
    int http_equiv_ct = 0;
    for (int i = 0; atts && atts[i]; i += 2) {
        const char *k = (const char *)atts[i], *v = (const char *)atts[i + 1];
        if (!v)
            continue;
        if (strcmp(k, "charset") == 0)
            charset = v;
        else if (strcmp(k, "content") == 0)
            content = v;
        else if (strcmp(k, "http-equiv") == 0 && strcasecmp(v, "content-type") == 0)
            http_equiv_ct = 1;
    }
    if (!charset && http_equiv_ct && content)
        charset = nc_charset_param(hp->pool, content);
    if (charset && !hp->model->meta_charset)
        hp->model->meta_charset = apr_pstrdup(hp->pool, charset);
    else if (charset && !hp->model->meta_charset_later && strcasecmp(charset, hp->model->meta_charset) != 0)
        hp->model->meta_charset_later = apr_pstrdup(hp->pool, charset);
}

/* --- loose text runs -------------------------------------------------------- */

/* Is the innermost open block a container (loose text there is a run's)? */
static int in_container(const nc_html_parser *hp)
{
    return hp->stack->nelts > 0
        && APR_ARRAY_IDX(hp->stack, hp->stack->nelts - 1, open_element).in_container;
}

/* The depth of the elements open on the page: libxml2's implied <p>s are
 * none of them, so a run's markup may open and close around their ends. */
static int run_level(const nc_html_parser *hp)
{
    return hp->stack->nelts - hp->implied_open;
}

/* An inline token or loose text at start may begin the pending run. */
static void run_note_start(nc_html_parser *hp, apr_size_t start, int trusted)
{
    if (hp->run_start != NC_NO_OFFSET || !in_container(hp))
        return;
    hp->run_start = start;
    hp->run_end = start;
    hp->run_depth = run_level(hp);
    hp->run_bad = hp->run_unsure = !trusted;
}

/* Loose text with a non-blank byte in [start, end) of a container: the run
 * becomes a block (its parent the container), which takes the text. */
static void run_open(nc_html_parser *hp, apr_size_t start, apr_size_t end, int trusted)
{
    const char *d = hp->orig->data;
    apr_size_t first = start, last = end;
    while (first < end && ascii_space(d[first]))
        first++;
    if (first == end)
        return;                         /* blank: a container's indentation */
    while (last > first && ascii_space(d[last - 1]))
        last--;
    run_note_start(hp, first, trusted);
    if (hp->run_start == NC_NO_OFFSET)
        return;
    hp->run_end = last;
    if (hp->run_block >= 0)
        return;
    int parent = current_block(hp);
    nc_block *b = nc_array_push(hp->model->blocks, &hp->blocks_heap);
    memset(b, 0, sizeof *b);
    b->start = hp->run_start;
    b->end = NC_BLOCK_OPEN;
    b->parent = parent;
    b->depth = APR_ARRAY_IDX(hp->model->blocks, parent, nc_block).depth + 1;
    b->boilerplate = hp->zones[NC_ZONE_BOILERPLATE] > 0;
    b->tag = run_tag;
    b->hint = "";
    b->text = "";
    hp->run_block = hp->model->blocks->nelts - 1;
    b->last_desc = hp->run_block;
    hp->run_space = hp->run_break = 0;
}

/* --- a run in an inline box the page never closes -------------------------- */

/* Old templates and error screens set their lines in a <font> (or <b>,
 * <span>) that wraps block elements too: ASP.NET's yellow screen opens
 * <font face=...> over its Description lines and closes it after its
 * Version line, past the tables between; a legacy page's <font size=2>
 * holds its whole body. The run beside those blocks then begins with a
 * start tag whose element it leaves open, or ends with an end tag of an
 * element opened before it, and is unbalanced as a whole. Its lines are
 * its own all the same: without those tags at its edges the run is
 * balanced markup holding all of its text. run_trim reads the run's bytes
 * as tags and text and finds that core [from, to): the tags before its
 * first text may open elements it leaves open or close elements opened
 * before it, and so may the tags after its last text; between, every tag
 * must open and close there, in order. Anything else (a misnested tag, a
 * comment or raw text element, an unbalanced tag between its texts) and
 * the run stays whole and untrusted. Only asked of a run every tag of
 * which libxml2 reported where the page has it (run_unsure). */
static int ascii_letter(char c);

#define RUN_TRIM_MAX_BYTES (64 * 1024)
#define RUN_TRIM_MAX_OPEN 32

typedef struct trim_open {
    apr_size_t name, len;       /* the name in the page */
    apr_size_t start, end;      /* the start tag */
} trim_open;

/* The end of the tag at d[i] ('<' and a letter or '/'): after its '>',
 * quoted attribute values skipped as libxml2 does; 0 when it has none
 * before to. */
static apr_size_t trim_tag_end(const char *d, apr_size_t i, apr_size_t to)
{
    char quote = 0;
    for (apr_size_t k = i + 1; k < to; k++) {
        if (quote) {
            quote = d[k] == quote ? 0 : quote;
        } else if (d[k] == '"' || d[k] == '\'') {
            apr_size_t j = k;           /* a value's quote: after '=' and blanks */
            while (j > i + 1 && ascii_space(d[j - 1]))
                j--;
            if (d[j - 1] == '=')
                quote = d[k];
        } else if (d[k] == '>') {
            return k + 1;
        }
    }
    return 0;
}

/* The flags of the element named d[at, at + n), any case. */
static int trim_name_flags(const char *d, apr_size_t at, apr_size_t n)
{
    char name[16];
    if (n == 0 || n >= sizeof name)
        return 0;
    for (apr_size_t k = 0; k < n; k++)
        name[k] = (char)ascii_lower((unsigned char)d[at + k]);
    name[n] = '\0';
    return element_flags(name);
}

static int run_trim(const nc_html_parser *hp, apr_size_t from, apr_size_t to,
                    apr_size_t *core_from, apr_size_t *core_to)
{
    const char *d = hp->orig->data;
    trim_open open[RUN_TRIM_MAX_OPEN];
    int nopen = 0;
    apr_size_t first = NC_NO_OFFSET, last = NC_NO_OFFSET, lead = from, tail = NC_NO_OFFSET;
    if (to > hp->orig->len || to <= from || to - from > RUN_TRIM_MAX_BYTES)
        return 0;
    for (apr_size_t i = from; i < to;) {
        char c = d[i];
        if (ascii_space(c)) {
            i++;
            continue;
        }
        int is_tag = c == '<' && i + 1 < to && (ascii_letter(d[i + 1]) || d[i + 1] == '/');
        if (!is_tag && c == '<' && i + 1 < to && (d[i + 1] == '!' || d[i + 1] == '?'))
            return 0;                   /* a comment or a declaration: not read here */
        if (!is_tag) {                  /* text, up to the next tag or space */
            if (tail != NC_NO_OFFSET)
                return 0;
            if (first == NC_NO_OFFSET)
                first = i;
            i++;                        /* c itself: a '<' that opens no tag is text */
            while (i < to && !ascii_space(d[i]) && d[i] != '<')
                i++;
            last = i;
            continue;
        }
        apr_size_t e = trim_tag_end(d, i, to);
        if (!e)
            return 0;
        int closing = d[i + 1] == '/';
        apr_size_t at = i + 1 + (apr_size_t)closing, n = 0;
        while (at + n < e && (ascii_letter(d[at + n]) || (n > 0 && (d[at + n] == '-'
                                                                  || (d[at + n] >= '0' && d[at + n] <= '9')))))
            n++;
        int flags = trim_name_flags(d, at, n);
        if (n == 0 || (flags & (EL_BLOCK | EL_SKIP_TEXT | EL_ALIAS | EL_SHARED | EL_HEAD)))
            return 0;                   /* a run holds no block, no raw text */
        if (!closing && !(flags & EL_VOID) && d[e - 2] != '/') {
            if (nopen == RUN_TRIM_MAX_OPEN)
                return 0;
            open[nopen++] = (trim_open){ at, n, i, e };
        } else if (closing && !(flags & EL_VOID)) {
            if (nopen > 0) {            /* it must end the innermost open one */
                if (open[nopen - 1].len != n || strncasecmp(d + open[nopen - 1].name, d + at, n) != 0)
                    return 0;
                nopen--;
            } else if (first == NC_NO_OFFSET) {
                lead = e;               /* ends an element opened before the run */
            } else if (tail == NC_NO_OFFSET) {
                tail = i;
            }
        }
        i = e;
    }
    if (first == NC_NO_OFFSET)
        return 0;
    /* the elements left open: their tags before the first text or after
     * the last, none between (open[] is in page order) */
    for (int k = 0; k < nopen; k++) {
        if (open[k].end <= first) {
            if (open[k].end > lead)
                lead = open[k].end;
        } else if (open[k].start >= last) {
            if (tail == NC_NO_OFFSET || open[k].start < tail)
                tail = open[k].start;
        } else {
            return 0;
        }
    }
    if (tail == NC_NO_OFFSET)
        tail = to;
    while (lead < first && ascii_space(d[lead]))
        lead++;
    while (tail > last && ascii_space(d[tail - 1]))
        tail--;
    if (lead > first || tail < last)
        return 0;
    /* the text libxml2 gave the run lies in the core, or the two reads
     * of its bytes differ and nothing is trimmed */
    for (int k = hp->spans->nelts - 1; k >= 0; k--) {
        const nc_text_span *sp = &APR_ARRAY_IDX(hp->spans, k, nc_text_span);
        if ((int)sp->block != hp->run_block)
            break;
        apr_size_t a = sp->at, z = a + sp->len;
        while (!sp->is_literal && a < z && ascii_space(d[a]))
            a++;
        while (!sp->is_literal && z > a && ascii_space(d[z - 1]))
            z--;
        if (!sp->is_literal && a < z && (a < lead || z > tail))
            return 0;
    }
    *core_from = lead;
    *core_to = tail;
    return 1;
}

/* A block boundary ends the run: its range is verified when the inline
 * markup in it was balanced (nothing opened in it left open, nothing
 * opened before it closed in it) and every tag in it was seen; a run whose
 * only fault is a tag at its edge of an inline box around it is its
 * balanced core (run_trim). */
static void run_close(nc_html_parser *hp)
{
    if (hp->run_block >= 0) {
        nc_block *b = &APR_ARRAY_IDX(hp->model->blocks, hp->run_block, nc_block);
        b->end = hp->run_end;
        b->last_desc = hp->run_block;
        b->trusted = !hp->run_bad && run_level(hp) == hp->run_depth && b->end > b->start;
        apr_size_t from, to;
        if (!b->trusted && !hp->run_unsure && run_trim(hp, b->start, b->end, &from, &to)) {
            b->start = (apr_uint32_t)from;
            b->end = (apr_uint32_t)to;
            b->trusted = 1;
        }
    }
    hp->run_start = NC_NO_OFFSET;
    hp->run_block = -1;
}

/* A container that holds nothing but one run keeps its text as its own, as
 * before runs existed: the run only matters beside other blocks. */
static void run_fold_into(nc_html_parser *hp, int container)
{
    apr_array_header_t *blocks = hp->model->blocks;
    int run = container + 1;
    if (blocks->nelts - 1 != run || APR_ARRAY_IDX(blocks, run, nc_block).tag != run_tag)
        return;
    for (int i = hp->spans->nelts - 1; i >= 0; i--) {
        nc_text_span *sp = &APR_ARRAY_IDX(hp->spans, i, nc_text_span);
        if (sp->block != run)
            break;
        sp->block = container;
    }
    blocks->nelts--;
}

/* libxml2 wraps text straight in <html> or <head> in a <p> of its own
 * (htmlCheckParagraph), reported once the text was read: an error line or
 * a JSON body glued after </body> or </html>, a PHP notice printed in the
 * head. That <p> is no element of the page and its range would swallow
 * the text, so it is left out: the text is <html>'s loose text, a run
 * (run_open) with an exact range that the shell tests can judge. */
static int implied_paragraph(const nc_html_parser *hp, const char *name, const xmlChar **atts)
{
    if (atts || name[0] != 'p' || name[1] || hp->stack->nelts == 0)
        return 0;
    const open_element *top = &APR_ARRAY_IDX(hp->stack, hp->stack->nelts - 1, open_element);
    if (strcmp(top->name, "html") == 0 || strcmp(top->name, "head") == 0)
        return 1;
    /* a page with no <body> tag that opens with text ("404 Not Found<br>"
     * after its <title>, a mirror's fragment): libxml2 implies the <body>
     * and the <p> together, and the <p>'s range started past that text,
     * which was lost; the implied body's loose text is a run instead */
    return strcmp(top->name, "body") == 0 && top->block >= 0
        && !APR_ARRAY_IDX(hp->model->blocks, top->block, nc_block).trusted;
}

/* The shared alias (html_stream.c) met where the page's tags do not say
 * which element it stands for, or say another than libxml2 matched: parse
 * again without it (nc_html_parser_feed). */
static const char alias_clash[] = "alias-clash";
static void shared_alias_clash(nc_html_parser *hp)
{
    hp->feed.clashes |= hp->feed.shared & hp->feed.aliases;
    hp->failure = alias_clash;
    xmlStopParser(hp->ctxt);
}

static int stream_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
}

static int ascii_letter(char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26;
}

/* The element of the shared alias whose start tag is at p: its alias
 * index, read from the page's tag; -1 (a clash) when none is there. */
static int shared_start(nc_html_parser *hp, apr_size_t p, apr_size_t cur)
{
    const nc_buf *o = hp->orig;
    apr_size_t i = p + 1;
    while (i < cur && i - p <= NC_STREAM_LONGEST_ALIASED && ascii_letter(o->data[i]))
        i++;
    int k = p < cur && o->data[p] == '<' && i < o->len
            && (stream_blank(o->data[i]) || o->data[i] == '>' || o->data[i] == '/')
        ? nc_stream_shared_alias(&hp->feed, o->data + p + 1, i - p - 1) : -1;
    if (k < 0)
        shared_alias_clash(hp);
    return k;
}

/* The element of the shared alias libxml2 ends: the one open on top. When
 * an end tag of the shared alias ends it ("</name>", blanks before the
 * '>': the tokenizer renames no other), it must be that element's own:
 * libxml2 took the nearest open alias for it, where it would have looked
 * for the name. */
static const char *shared_end_name(nc_html_parser *hp, apr_size_t cur, int *flags)
{
    const nc_buf *o = hp->orig;
    if (hp->failure)
        return NULL;
    const open_element *top = hp->stack->nelts
        ? &APR_ARRAY_IDX(hp->stack, hp->stack->nelts - 1, open_element) : NULL;
    int k = top && top->shared ? (int)top->shared - 1 : -1;
    if (k >= 0 && cur > 0 && cur <= o->len && o->data[cur - 1] == '>') {
        apr_size_t j = cur - 1, e;
        while (j > 0 && stream_blank(o->data[j - 1]))
            j--;
        e = j;
        while (j > 0 && e - j <= NC_STREAM_LONGEST_ALIASED && ascii_letter(o->data[j - 1]))
            j--;
        if (j >= 2 && e > j && o->data[j - 1] == '/' && o->data[j - 2] == '<'
            && !(e - j == strlen(top->name) && strncasecmp(o->data + j, top->name, e - j) == 0)
            && nc_stream_shared_alias(&hp->feed, o->data + j, e - j) >= 0)
            k = -1;                 /* another element's end tag */
    }
    if (k < 0) {
        shared_alias_clash(hp);
        return NULL;
    }
    return element_name(hp, top->name, flags);
}

static void on_start_element(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
    nc_html_parser *hp = ctx;
    const nc_buf *o = hp->orig;
    apr_size_t cur = input_offset(hp);
    int flags;
    const char *name = element_name(hp, (const char *)xname, &flags);

    if (hp->failure)
        return;
    if (hp->stack->nelts >= NC_MAX_NESTING) {
        hp->failure = "nesting-too-deep";
        xmlStopParser(hp->ctxt);
        return;
    }

    /* Where the start tag begins and ends. */
    apr_size_t tag_end = NC_NO_OFFSET, start = NC_NO_OFFSET;
    int trusted = 1;
    if (cur < o->len && o->data[cur] == '>')
        tag_end = cur + 1;
    else if (cur + 1 < o->len && o->data[cur] == '/' && o->data[cur + 1] == '>')
        tag_end = cur + 2;
    apr_size_t p = skip_silent_tokens(o, hp->last_end, cur);
    int shared = -1;
    if (flags & EL_SHARED) {
        if ((shared = shared_start(hp, p, cur)) < 0)
            return;
        name = element_name(hp, nc_stream_alias_name(shared), &flags);
    }
    if (start_tag_at(o, p, name)) {
        start = p;
    } else {
        trusted = 0;          /* implied element, or a token we did not see */
        start = hp->last_end;
    }
    if (tag_end == NC_NO_OFFSET) {
        trusted = 0;
        tag_end = cur;
    }
    if (!trusted && implied_paragraph(hp, name, atts)) {
        int container = in_container(hp);
        open_element *el = stack_push(hp);
        el->name = name;
        el->block = -1;
        el->in_container = container;
        el->implied = 1;
        hp->implied_open++;
        return;
    }
    /* an <html>, <head> or <body> libxml2 implied (head_first) has no tag
     * of its own: the start tag at hand is the next element's */
    if (trusted || !hp->head_first
        || (strcmp(name, "html") != 0 && strcmp(name, "head") != 0 && strcmp(name, "body") != 0))
        hp->last_end = tag_end;
    if ((flags & EL_SKIP_TEXT) && tag_end == hp->fed && o->data[tag_end - 1] == '>'
        && o->data[tag_end - 2] != '/' && (flags & EL_RAW_TEXT)) {
        hp->raw_name = name;        /* its contents may be skipped (skip_raw_text) */
        hp->raw_scanned = tag_end;
    }

    /* The head bounds a run as a block does, and only text starts one in
     * it: its <meta> and <link> are no loose content. */
    if (flags & (EL_BLOCK | EL_HEAD)) {
        run_close(hp);
    } else if (hp->run_start != NC_NO_OFFSET) {
        hp->run_bad |= !trusted;
        hp->run_unsure |= !trusted;
        hp->run_end = tag_end;
    } else if (!(flags & EL_SKIP_TEXT) && !hp->zones[NC_ZONE_HEAD]) {
        run_note_start(hp, start, trusted);     /* a run only once text follows */
        if (hp->run_start != NC_NO_OFFSET)
            hp->run_end = tag_end;
    }

    int container = (flags & EL_BLOCK) ? (flags & EL_CONTAINER) != 0 : in_container(hp);
    open_element *el = stack_push(hp);
    el->shared = (unsigned)(shared + 1);
    el->name = name;            /* interned in the parser's dictionary, which lives as long as
                                 * the pool, or an alias's constant name */
    el->in_container = container;
    el->block = -1;

    if (flags & EL_META)
        note_meta_charset(hp, atts);
    else if ((flags & EL_HEAD) && trusted)
        hp->model->anchors.head_open_end = tag_end;
    else if (flags & EL_SPACING)
        add_span(hp, 0, 1, strcmp(name, "br") == 0 ? nc_line_break : " ");

    if (flags & EL_BOILERPLATE)
        el->zone |= NC_ZONE_BOILERPLATE;
    if (flags & EL_SKIP_TEXT)
        el->zone |= NC_ZONE_SKIP_TEXT;
    if (flags & EL_ARTICLE)
        el->zone |= NC_ZONE_ARTICLE;
    if (flags & EL_HEAD)
        el->zone |= NC_ZONE_HEAD;
    /* A page header is boilerplate; an article's own header holds its headline. */
    if ((flags & EL_HEADER) && !hp->zones[NC_ZONE_ARTICLE])
        el->zone |= NC_ZONE_BOILERPLATE;
    for (int bit = 1; el->zone && bit <= NC_ZONE_LAST; bit <<= 1)
        if (el->zone & bit)
            hp->zones[bit]++;

    if (!(flags & EL_BLOCK))
        return;
    nc_block *b = nc_array_push(hp->model->blocks, &hp->blocks_heap);
    b->start = start;
    b->end = NC_BLOCK_OPEN;
    b->parent = current_block(hp);
    b->depth = b->parent >= 0
        ? APR_ARRAY_IDX(hp->model->blocks, b->parent, nc_block).depth + 1 : 0;
    b->trusted = trusted;
    b->boilerplate = hp->zones[NC_ZONE_BOILERPLATE] > 0;
    b->tag = el->name;
    b->hint = trusted ? tag_hint(hp, start, tag_end, atts) : attribute_hint(hp->pool, atts);
    b->text = "";
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2]) {
        b->role = NC_ROLE_HEADING;
        b->heading_level = name[1] - '0';
    } else if (flags & EL_TITLE) {
        b->role = NC_ROLE_TITLE;
    } else if (flags & EL_CONTAINER) {
        b->role = NC_ROLE_CONTAINER;
    }
    el->block = hp->model->blocks->nelts - 1;
    hp->model->inert_blocks += (flags & EL_INERT) != 0;
}

/* libxml2's implied <p> ends (implied_paragraph). A stray "</p>" on the
 * page may end it: that tag is then the run's. Apart from on_end_element,
 * which runs for every element of the page. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void implied_paragraph_end(nc_html_parser *hp, apr_size_t cur)
{
    hp->stack->nelts--;
    hp->implied_open--;
    apr_size_t end_tag = end_tag_before(hp->orig, cur, "p");
    if (end_tag != NC_NO_OFFSET && end_tag >= hp->last_end) {
        hp->last_end = cur;
        if (hp->run_start != NC_NO_OFFSET)
            hp->run_end = cur;
    }
}

static void on_end_element(void *ctx, const xmlChar *xname)
{
    nc_html_parser *hp = ctx;
    int flags;
    const char *name = element_name(hp, (const char *)xname, &flags);
    apr_size_t cur = input_offset(hp);

    if ((flags & EL_SHARED) && !(name = shared_end_name(hp, cur, &flags)))
        return;
    if (hp->raw_name && strcmp(name, hp->raw_name) == 0)
        hp->raw_name = NULL;
    if (hp->failure || hp->stack->nelts == 0)
        return;
    const open_element *top = &APR_ARRAY_IDX(hp->stack, hp->stack->nelts - 1, open_element);
    if (top->implied) {
        implied_paragraph_end(hp, cur);
        return;
    }
    if (top->block >= 0 || (flags & EL_HEAD))
        run_close(hp);
    open_element *el = apr_array_pop(hp->stack);
    for (int bit = 1; el->zone && bit <= NC_ZONE_LAST; bit <<= 1)
        if (el->zone & bit)
            hp->zones[bit]--;

    apr_size_t end_tag = end_tag_before(hp->orig, cur, name);
    apr_size_t end = end_tag != NC_NO_OFFSET && end_tag >= hp->last_end ? cur : hp->last_end;
    int explicit_end = end == cur && end_tag != NC_NO_OFFSET;
    if (explicit_end)
        hp->last_end = cur;

    if ((flags & EL_HEAD) && explicit_end)
        hp->model->anchors.head_close = end_tag;
    else if ((flags & EL_BODY) && explicit_end)
        hp->model->anchors.body_close = end_tag;
    else if (flags & (EL_SPACING | EL_BLOCK))
        add_span(hp, 0, 1, " ");

    if (el->block < 0) {
        if (hp->run_start != NC_NO_OFFSET) {
            int implied_end = !explicit_end && !(flags & EL_VOID);
            hp->run_bad |= implied_end || run_level(hp) < hp->run_depth;
            hp->run_unsure |= implied_end;
            if (explicit_end || end > hp->run_end)
                hp->run_end = end;
        }
        return;
    }
    nc_block *b = &APR_ARRAY_IDX(hp->model->blocks, el->block, nc_block);
    if (b->role == NC_ROLE_CONTAINER)
        run_fold_into(hp, el->block);
    b->end = end;
    b->last_desc = hp->model->blocks->nelts - 1;
    if ((el->name != name && strcmp(el->name, name) != 0) || end <= b->start)
        b->trusted = 0;
}

/* A text libxml2 decoded from a reference, kept until the spans are
 * turned into text. The first NC_REFS_IN_PAGE bytes of them (a few
 * characters each: "&amp;", "&#8217;") go to the page's pool, which keeps
 * them, so that most pages need no pool of their own for them (its first
 * block is 8 KB); past that, a text pool given back with the spans. */
static const char *decoded_copy(nc_html_parser *hp, const char *ch, apr_size_t len)
{
    if (hp->refs_in_page + len < NC_REFS_IN_PAGE) {
        hp->refs_in_page += len + 1;
        return apr_pstrndup(hp->pool, ch, len);
    }
    if (!hp->text_pool && apr_pool_create(&hp->text_pool, hp->pool) != APR_SUCCESS) {
        hp->text_pool = NULL;
        return apr_pstrndup(hp->pool, ch, len);
    }
    return apr_pstrndup(hp->text_pool, ch, len);
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
    nc_html_parser *hp = ctx;
    apr_size_t cur = input_offset(hp);
    if (hp->failure)
        return;
    apr_size_t start = hp->last_end;
    if (cur < start)
        cur = start;
    apr_size_t src_len = cur - start;
    /* Same length, or no reference in the source: the text is the original
     * bytes (libxml2 only saw them masked). Otherwise it is an entity or a
     * character reference, which libxml2 decoded to UTF-8 for us. */
    const char *src = hp->orig->data + start;
    if ((apr_size_t)len != src_len && memchr(src, '<', src_len)) {
        /* A stray end tag libxml2 dropped silently sits before the text. */
        const char *gt = src + src_len;
        while (gt > src && gt[-1] != '>')
            gt--;
        src_len -= (apr_size_t)(gt - src);
        start += (apr_size_t)(gt - src);
        src = gt;
    }
    /* An invalid character reference ("&#0;") gives no event, so its bytes
     * lead the range of the text after it: they are not text. */
    while (src_len > 2 && src[0] == '&' && src[1] == '#') {
        int dropped;            /* it had no event, or its range would end with it */
        apr_size_t r = nc_stream_char_ref(src, src_len, &dropped);
        if (r >= src_len)
            break;
        start += r;
        src += r;
        src_len -= r;
    }
    if (!hp->zones[NC_ZONE_SKIP_TEXT] && (hp->run_block >= 0 || in_container(hp)))
        run_open(hp, start, start + src_len, 1);
    if ((apr_size_t)len == src_len || !memchr(src, '&', src_len))
        add_span(hp, start, src_len, NULL);
    else if (len <= NC_SPAN_INLINE)     /* kept in its span (push_span) */
        add_span(hp, 0, (apr_size_t)len, (const char *)ch);
    else
        add_span(hp, 0, (apr_size_t)len, decoded_copy(hp, (const char *)ch, (apr_size_t)len));
    hp->last_end = cur;
}

static void on_other_token(void *ctx, const xmlChar *a, int b)
{
    (void)a; (void)b;
    nc_html_parser *hp = ctx;
    apr_size_t cur = input_offset(hp);
    if (cur > hp->last_end)
        hp->last_end = cur;
}

static void on_comment(void *ctx, const xmlChar *value)
{
    on_other_token(ctx, value, 0);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    (void)data;
    on_other_token(ctx, target, 0);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    (void)ext; (void)sys;
    on_other_token(ctx, name, 0);
}

/* The strings of the error libxml2 has just raised, in the context and in
 * the thread's last error: the parser reads only errNo and wellFormed. */
static void forget_error(htmlParserCtxtPtr ctxt)
{
    if (ctxt && ctxt->lastError.code != XML_ERR_OK) {
        xmlErrorPtr last = xmlGetLastError();
        if (last && last->ctxt == ctxt)
            xmlResetLastError();
        xmlResetError(&ctxt->lastError);
    }
}

/* Malformed markup is normal here; ranges are verified instead. libxml2
 * 2.9 formats every error (every HTML5 tag without an alias is one) and
 * keeps its strings until the next, whose own are made first: given back
 * here, as each is reported, two never live at once. The message being
 * reported is one of them; libxml2 reads nothing of it afterwards. */
static void on_diagnostic(void *ctx, const char *msg, ...)
{
    (void)msg;
    forget_error(((nc_html_parser *)ctx)->ctxt);
}

/* --- lifecycle ------------------------------------------------------------ */

static apr_status_t free_parser(void *data)
{
    nc_html_parser *hp = data;
    if (hp->ctxt) {
        htmlFreeParserCtxt(hp->ctxt);
        hp->ctxt = NULL;
    }
    return APR_SUCCESS;
}

/* libxml2 asks input_offset only for positions at or past what it has
 * consumed (dropped from its input buffer; its cursor never goes back
 * before its buffer's base): of the elisions at or before that point only
 * the last is read again. Dropping the others before each slice keeps the
 * array at a slice's worth of entries instead of one per 100 bytes of the
 * page (60 KB at 400 KB, 300 KB at 2 MB). */
static void drop_passed_elisions(nc_html_parser *hp)
{
    apr_array_header_t *a = hp->elisions;
    elision *e = (elision *)a->elts;
    if (a->nelts < 2 || !hp->ctxt->input)
        return;
    apr_size_t consumed = (apr_size_t)hp->ctxt->input->consumed;
    int k = 0;
    while (k + 1 < a->nelts && e[k + 1].stream_at <= consumed)
        k++;
    if (k == 0)
        return;
    memmove(e, e + k, sizeof *e * (apr_size_t)(a->nelts - k));
    a->nelts -= k;
    hp->elision_at = hp->elision_at > k ? hp->elision_at - k : 0;
}

/* What libxml2 holds after a slice that no later slice reads, while the
 * page waits for its next chunk:
 *  - the bytes it has parsed: it drops them from its input buffer (SHRINK,
 *    xmlParserInputShrink) only past 250 of them and near the end of what
 *    it has, so slices piled up behind its cursor, the buffer doubled (1 ->
 *    2 KB on a 15 KB page) and every elision behind them stayed
 *    (drop_passed_elisions). They are dropped as its own shrink does, up
 *    to the last NC_XML_KEEP_BEHIND bytes, and not while a lookup is
 *    pending (checkIndex counts from the buffer's start);
 *  - the last error's strings, in the context and in the thread's last
 *    error (every HTML5 tag without an alias is an error); the parser
 *    reads only errNo and wellFormed, which stay. */
#define NC_XML_KEEP_BEHIND 80   /* libxml2's LINE_LEN: what its own shrink keeps */
static void release_between_slices(htmlParserCtxtPtr ctxt)
{
    if (!ctxt)
        return;
    forget_error(ctxt);         /* one on_diagnostic did not see */
    xmlParserInputPtr in = ctxt->input;
    if (ctxt->checkIndex != 0 || !in || !in->buf || !in->buf->buffer || !in->cur || !in->base)
        return;
    apr_size_t used = (apr_size_t)(in->cur - in->base);
    if (used <= NC_XML_KEEP_BEHIND || in->base != xmlBufContent(in->buf->buffer))
        return;
    apr_size_t dropped = xmlBufShrink(in->buf->buffer, used - NC_XML_KEEP_BEHIND);
    in->cur -= dropped;
    in->consumed += dropped;
    in->end = xmlBufEnd(in->buf->buffer);
}

static void elide(void *hp, apr_size_t stream_at, apr_size_t n);

/* libxml2 implies no <html>, <head> or <body> (a fragment stays one),
 * except on a page whose first element is one of the head's with an end
 * tag (head_first). */
static int parser_options(const nc_html_parser *hp)
{
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                  | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
    return hp->head_first ? options : options | HTML_PARSE_NOIMPLIED;
}

static htmlParserCtxtPtr new_push_parser(nc_html_parser *hp)
{
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start_element;
    sax.endElement = on_end_element;
    sax.characters = on_characters;
    sax.ignorableWhitespace = on_characters;
    sax.cdataBlock = on_other_token;
    sax.comment = on_comment;
    sax.processingInstruction = on_pi;
    sax.internalSubset = on_doctype;

    /* libxml2 gives the push input buffer (a copy of what it has not read
     * yet) twice xmlDefaultBufferSize, 8 KB, and doubles it when a slice
     * needs more: start it small, a small page's largest libxml2 block.
     * The setting is the thread's own and is put back at once. */
    int buffer_size = xmlDefaultBufferSize;
    xmlDefaultBufferSize = NC_XML_INPUT_BUFFER / 2;
    htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, hp, NULL, 0, NULL,
                                                      XML_CHAR_ENCODING_UTF8);
    xmlDefaultBufferSize = buffer_size;
    if (!ctxt)
        return NULL;
    htmlCtxtUseOptions(ctxt, parser_options(hp));
    /* after the options, which take the handlers away (HTML_PARSE_NOERROR,
     * HTML_PARSE_NOWARNING): libxml2 formats and keeps each error anyway,
     * and on_diagnostic gives its strings back */
    ctxt->sax->warning = ctxt->sax->error = ctxt->sax->fatalError = on_diagnostic;
    /* The page's own dictionary only holds the names the engine's lacks
     * (nc_html_names_create): libxml2 has interned none yet. */
    xmlDictPtr own = hp->names ? xmlDictCreateSub(hp->names) : NULL;
    if (own) {
        xmlDictFree(ctxt->dict);
        ctxt->dict = own;
    }
    return ctxt;
}

/* The names libxml2 interns (tag and attribute names, lower-case; entity
 * names) that most pages use, by how many corpus pages have them, and the
 * tag aliases (html_stream.c). A page's dictionary is 4 KB of table at its
 * smallest, and libxml2 gives its strings a first 1 KB piece: with every
 * name of the page found here, that piece is never made. Both tables stay
 * at libxml2's smallest size, so a lookup hashes a name once for both: at
 * under 80 names a bucket of 128 seldom takes the sixth that would make this
 * one grow (libxml2's seed is random: about one process in two hundred; a
 * grown table costs a second hash a lookup, nothing else).
 * Read-only once built: pages on other threads only read it (lookups in a
 * dictionary made by xmlDictCreateSub insert into that one), and libxml2
 * counts the references to it under its own lock. It is built with the
 * engine, in the module's post_config, before any thread or child exists. */
static const char *const common_names[] = {
    "html", "head", "title", "meta", "link", "script", "style", "body", "p", "a", "div", "span",
    "h1", "h2", "h3", "h4", "h5", "ul", "ol", "li", "br", "img", "header", "footer", "nav",
    "main", "article", "section", "aside", "figure", "svg", "use", "symbol", "input", "form",
    "button", "label", "strong", "b", "i", "em", "small", "table", "tr", "td", "hr",
    "blockquote", "noscript",
    "ins", "del", "object", "applet", "noframes",               /* the tag aliases, */
    "htm_",                                                     /* </html> hidden (hide_root_end_tags) */
    "amp", "nbsp", "copy", "middot", "ndash", "mdash", "laquo", "raquo", "rsaquo", "ldquo",
    "rdquo", "rsquo", "hellip", "gt", "quot",                   /* entities */
    "lang", "charset", "content", "http-equiv",                 /* attributes libxml2 reads, */
    "src", "async", "defer", "type", "id",                      /* and a <script>'s */
};

static apr_status_t free_names(void *names)
{
    xmlDictFree(names);
    return APR_SUCCESS;
}

nc_html_names *nc_html_names_create(apr_pool_t *p)
{
    xmlDictPtr names = xmlDictCreate();
    if (!names)
        return NULL;
    for (size_t i = 0; i < sizeof common_names / sizeof common_names[0]; i++) {
        if (!xmlDictLookup(names, (const xmlChar *)common_names[i], -1)) {
            xmlDictFree(names);
            return NULL;
        }
    }
    apr_pool_cleanup_register(p, names, free_names, apr_pool_cleanup_null);
    return (nc_html_names *)(void *)names;
}

nc_html_parser *nc_html_parser_create(apr_pool_t *p, nc_docmodel *model, const nc_buf *orig,
                                      const nc_html_names *names)
{
    nc_html_parser *hp = apr_pcalloc(p, sizeof *hp);
    hp->pool = p;
    hp->names = (xmlDictPtr)(void *)names;      /* only read (nc_html_names_create) */
    hp->model = model;
    hp->orig = orig;
    /* What only parsing needs is on the heap, given back by
     * nc_html_parser_end: the stack (16 entries, most pages' depth), the
     * flag cache, and the elisions (sized by nc_html_parser_expect). */
    hp->stack = apr_array_make(p, 1, sizeof(open_element));
    nc_array_reserve_heap(hp->stack, &hp->stack_heap, 16);
    hp->flag_slots = apr_array_make(p, 1, sizeof *hp->flag_cache);
    nc_array_reserve_heap(hp->flag_slots, &hp->flag_heap, NC_FLAG_CACHE);
    hp->flag_cache = memset(hp->flag_slots->elts, 0, sizeof *hp->flag_cache * NC_FLAG_CACHE);
    /* one entry each: nc_html_parser_expect sizes them from the page's
     * size, and without it the first push moves them to the heap */
    hp->spans = apr_array_make(p, 1, sizeof(nc_text_span));
    hp->elisions = apr_array_make(p, 1, sizeof(elision));
    hp->run_start = NC_NO_OFFSET;
    hp->run_block = -1;
    hp->pro_first = NC_NO_OFFSET;
    nc_stream_feed_init(&hp->feed, elide, hp);
    if (!(hp->ctxt = new_push_parser(hp)))
        return NULL;
    apr_pool_cleanup_register(p, hp, free_parser, apr_pool_cleanup_null);
    return hp;
}

/* From stream position stream_at on, n more bytes of the page were not fed. */
static void add_elision(nc_html_parser *hp, apr_size_t stream_at, apr_size_t n)
{
    hp->elided += n;
    apr_array_header_t *a = hp->elisions;
    if (a->nelts > 0) {
        elision *last = &APR_ARRAY_IDX(a, a->nelts - 1, elision);
        if (last->stream_at == stream_at) {     /* adjacent: one entry */
            last->delta = (apr_uint32_t)hp->elided;
            return;
        }
    }
    elision *e = nc_array_push(a, &hp->elisions_heap);
    e->stream_at = (apr_uint32_t)stream_at;
    e->delta = (apr_uint32_t)hp->elided;
}

static void elide(void *hp, apr_size_t stream_at, apr_size_t n)
{
    add_elision(hp, stream_at, n);
}

/* Before the first element libxml2 is not yet in content, so nothing can
 * be compacted: the doctype and the first start tag are fed alone (the
 * content after them then can be). Returns the lead token's length, or 0. */
static apr_size_t lead_token_end(const nc_html_parser *hp, apr_size_t n)
{
    int state = hp->ctxt->instate;
    if (state != XML_PARSER_START && state != XML_PARSER_MISC && state != XML_PARSER_PROLOG)
        return 0;               /* PROLOG: after the doctype */
    return nc_stream_lead_token(hp->orig->data + hp->fed, n);
}

/* libxml2 is in a script or style element whose contents were skipped and
 * the slice starts with its end tag: the tag's length, to feed it alone, so
 * that libxml2 is idle in content after it and the rest can be compacted. */
static apr_size_t raw_end_tag_end(const nc_html_parser *hp, apr_size_t n)
{
    const char *name = (const char *)hp->ctxt->name;
    if (!name || (strcmp(name, "script") != 0 && strcmp(name, "style") != 0)
        || hp->ctxt->input->cur != hp->ctxt->input->end)
        return 0;
    const char *s = hp->orig->data + hp->fed;
    apr_size_t k = strlen(name);
    if (n < k + 3 || s[0] != '<' || s[1] != '/' || strncasecmp(s + 2, name, k) != 0)
        return 0;
    const char *gt = memchr(s + 2 + k, '>', n - 2 - k);
    return gt ? (apr_size_t)(gt - s) + 1 : 0;
}

/* Is libxml2 idle in element content (nothing held back, not inside a
 * script or style element), so that the next slice may be compacted? */
static int compactable(const nc_html_parser *hp)
{
    const htmlParserCtxtPtr x = hp->ctxt;
    const char *name = (const char *)x->name;
    return !hp->raw_name && x->instate == XML_PARSER_CONTENT && x->token == 0
        && x->input->cur == x->input->end
        && !(name && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0));
}

/* libxml2 sits just inside a script or style element whose start tag ended
 * at fed (and it holds nothing unparsed): skip to where it would end the
 * element. Returns 1 when skipped (or nothing to skip), 0 while the end tag
 * has not arrived. */
static int skip_raw_text(nc_html_parser *hp)
{
    const nc_buf *o = hp->orig;
    const char *name = hp->raw_name;
    apr_size_t n = strlen(name), from = hp->raw_scanned;
    const xmlParserInputPtr in = hp->ctxt->input;

    if (!hp->ctxt->name || strcmp((const char *)hp->ctxt->name, name) != 0
        || hp->ctxt->instate != XML_PARSER_CONTENT || in->cur != in->end) {
        hp->raw_name = NULL;        /* not where we thought: feed as usual */
        return 1;
    }
    while (from < o->len) {
        const char *lt = memchr(o->data + from, '<', o->len - from);
        if (!lt)
            break;
        apr_size_t at = (apr_size_t)(lt - o->data);
        if (at + 2 + n > o->len) {
            hp->raw_scanned = at;
            return 0;
        }
        apr_size_t i = 0;
        if (o->data[at + 1] == '/')
            while (i < n && ascii_lower((unsigned char)o->data[at + 2 + i]) == name[i])
                i++;
        if (i == n) {
            if (at > hp->fed) {
                add_elision(hp, hp->fed - hp->elided, at - hp->fed);
                hp->fed = at;
            }
            hp->raw_name = NULL;
            return 1;
        }
        from = at + 1;
    }
    hp->raw_scanned = o->len;
    return 0;
}

/* Where the next slice should end so that libxml2 stops right after a
 * script or style start tag ("<script" or "<style", any case, then a space,
 * '/' or '>'), giving skip_raw_text its chance: just after that tag's first
 * '>' if it lies within [from, limit), else limit. */
static apr_size_t cut_after_raw_start(const nc_buf *o, apr_size_t from, apr_size_t limit)
{
    while (from < limit) {
        const char *lt = memchr(o->data + from, '<', limit - from);
        if (!lt)
            break;
        apr_size_t at = (apr_size_t)(lt - o->data);
        /* the letter first: this runs for every tag of the page */
        if (at + 1 < o->len && (o->data[at + 1] | 0x20) == 's'
            && (start_tag_at(o, at, "script") || start_tag_at(o, at, "style"))) {
            const char *gt = memchr(o->data + at, '>', limit - at);
            return gt ? (apr_size_t)(gt - o->data) + 1 : limit;
        }
        from = at + 1;
    }
    return limit;
}

/* The slice about to be fed held a real tag of an alias in use (or an
 * aliased name where the tokenizer does not follow the markup): parse the
 * page again from its first byte without the aliases it clashed with; on
 * a second clash, without any, so that a page built to clash with each
 * alias in turn costs three parses at most (html_stream.c). */
static int parse_again_without_clashes(nc_html_parser *hp)
{
    if (hp->feed.clashes & hp->feed.shared)
        hp->feed.clashes |= hp->feed.shared;    /* their alias is looked for under one of them */
    hp->feed.aliases &= hp->reparsed ? 0 : ~hp->feed.clashes;
    hp->reparsed = 1;
    hp->feed.clashes = 0;
    htmlFreeParserCtxt(hp->ctxt);
    if (!(hp->ctxt = new_push_parser(hp))) {
        hp->failure = "parser-unavailable";
        return -1;
    }
    hp->model->blocks->nelts = 0;
    hp->model->meta_charset = NULL;
    hp->model->meta_charset_later = NULL;
    hp->model->anchors.head_close = NC_NO_OFFSET;
    hp->model->anchors.body_close = NC_NO_OFFSET;
    hp->model->anchors.head_open_end = NC_NO_OFFSET;
    hp->model->inert_blocks = 0;
    hp->model->root_title_error = 0;
    hp->stack->nelts = 0;
    hp->spans->nelts = 0;
    if (hp->literals)
        hp->literals->nelts = 0;
    hp->elisions->nelts = 0;
    memset(hp->zones, 0, sizeof hp->zones);
    memset(hp->flag_cache, 0, sizeof *hp->flag_cache * NC_FLAG_CACHE);  /* the old dictionary's names */
    hp->last_end = hp->fed = hp->elided = 0;
    hp->elision_at = hp->lead_slices = 0;
    hp->raw_name = NULL;
    hp->raw_scanned = 0;
    hp->run_start = NC_NO_OFFSET;
    hp->run_block = -1;
    hp->run_end = 0;
    hp->run_depth = hp->run_bad = hp->run_unsure = hp->run_space = hp->run_break = 0;
    hp->implied_open = 0;
    return 0;
}

/* A broken mirror may glue whole documents together: an error page's
 * "</html>" and then the real page, or an object store's XML error body
 * ("<Error><Code>NoSuchKey</Code>...</Error>") before the page. libxml2
 * stops at the end tag of the root element and drops the rest (its epilog
 * takes comments only), so the second document would never reach the model.
 * In the slice libxml2 reads, every "</html" end tag, and every end tag of a
 * root element HTML does not know, loses its name's last letter to '_'
 * (same length, so offsets stay exact): libxml2 ignores an end tag it has no
 * element for, and closes the root at the end of the input. */
static int end_tag_named(const char *s, apr_size_t m, apr_size_t i, const char *name, apr_size_t k)
{
    if (i + 2 + k >= m || s[i] != '<' || s[i + 1] != '/')
        return 0;
    for (apr_size_t j = 0; j < k; j++)
        if (ascii_lower((unsigned char)s[i + 2 + j]) != ascii_lower((unsigned char)name[j]))
            return 0;
    char c = s[i + 2 + k];
    return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The page's first start tag, when its name is no HTML element: the root
 * of an XML error body glued before the page. Looked for once, in the
 * bytes that have arrived, past comments, doctypes and processing
 * instructions. */
static void find_foreign_root(nc_html_parser *hp)
{
    const char *s = hp->orig->data;
    apr_size_t n = hp->orig->len, i = hp->prologue == PROLOGUE_FOUND ? hp->pro_end : 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            return;                 /* not yet */
        i = (apr_size_t)(lt - s);
        if (i + 1 >= n)
            return;
        if (s[i + 1] == '!' || s[i + 1] == '?') {
            apr_size_t e = i + 2;
            if (i + 4 <= n && s[i + 2] == '-' && s[i + 3] == '-') {
                for (e = i + 4; e + 3 <= n && memcmp(s + e, "-->", 3) != 0; e++)
                    ;
                if (e + 3 > n)
                    return;         /* not yet */
                i = e + 3;
                continue;
            }
            const char *gt = memchr(s + e, '>', n - e);
            if (!gt)
                return;
            i = (apr_size_t)(gt - s) + 1;
            continue;
        }
        apr_size_t k = 0;
        while (i + 1 + k < n && k < sizeof hp->root - 1
               && (apr_isalnum((unsigned char)s[i + 1 + k]) || s[i + 1 + k] == '-' || s[i + 1 + k] == '_'))
            k++;
        if (i + 1 + k >= n)
            return;                 /* not yet: the name may go on in the next bytes */
        hp->root_seen = 1;
        if (k == 0 || k == sizeof hp->root - 1 || !apr_isalpha((unsigned char)s[i + 1]))
            return;
        memcpy(hp->root, s + i + 1, k);
        hp->root[k] = '\0';
        for (apr_size_t j = 0; j < k; j++)
            hp->root[j] = (char)ascii_lower((unsigned char)hp->root[j]);
        /* The maintenance page everyone copies is "<!doctype html>
         * <title>Site Maintenance</title><style>...</style><article>...":
         * no <html>. Its <title> would be libxml2's root, whose end tag ends
         * the document (the epilog takes comments only) and drops the rest.
         * Such a page gets the <html>, <head> and <body> a browser implies;
         * libxml2 has seen no start tag yet, so the option still applies. */
        /* So does a fragment, a body element first: a CMS's error box glued
         * before "<!DOCTYPE html><html>..." (Joomla's errorboxoutline), or
         * two sibling <div>s served bare. Its first element was the root,
         * and the page after that element's end tag was dropped: with a
         * shell in that element, a real article was answered as a soft
         * error. */
        if (strcmp(hp->root, "head") == 0 || strcmp(hp->root, "title") == 0
            || strcmp(hp->root, "style") == 0
            || (strcmp(hp->root, "html") != 0 && htmlTagLookup((const xmlChar *)hp->root))) {
            hp->head_first = 1;     /* htmlCtxtUseOptions only adds options */
            hp->ctxt->options &= ~HTML_PARSE_NOIMPLIED;
        }
        if (htmlTagLookup((const xmlChar *)hp->root))
            hp->root[0] = '\0';
        return;
    }
}

static void hide_root_end_tags(nc_html_parser *hp, char *s, apr_size_t m)
{
    if (!hp->root_seen)
        find_foreign_root(hp);
    apr_size_t rk = strlen(hp->root);
    /* By the '/' of each "</" (at j, its '<' at i): in the stream libxml2
     * gets, attributes and text left out, nearly every '/' is an end tag's,
     * and they are half as many as the '<' (issue 6). */
    for (apr_size_t j = 1; j + 6 <= m; j++) {
        const char *slash = memchr(s + j, '/', m - 5 - j);
        if (!slash)
            break;
        j = (apr_size_t)(slash - s);
        apr_size_t i = j - 1;
        if (s[i] != '<')
            continue;
        if (end_tag_named(s, m, i, "html", 4))
            s[i + 5] = '_';
        else if (rk && end_tag_named(s, m, i, hp->root, rk))
            s[i + 1 + rk] = '_';
    }
}

/* --- a prologue: an error body glued before the page's document ------------ */

/* A broken mirror may glue an error body before the page's own document:
 * an object store's XML error (S3's or Azure Blob's "<?xml ...?><Error>
 * ...</Error>"), PHP's warnings ("<br />\n<b>Warning</b>: ..."), a bare
 * line of text, before <!DOCTYPE> or <html>. libxml2 would take that
 * body's first element for the root (PHP's <br> ends at once, and libxml2
 * then drops the whole page; an <Error> holds the page, and its own text,
 * outside every block, reached no rule). So the first bytes are looked at
 * before libxml2 sees any: when they hold text and nothing but text,
 * comments, processing instructions, inline HTML markup and whole elements
 * HTML does not know, up to a doctype or an <html> start tag, they become
 * a block of their own (a run at the top, no parent) and libxml2 starts at
 * the document: the prologue is elided, as script contents are. Anything
 * else (a block element first: a fragment; no doctype or <html> within
 * PROLOGUE_MAX bytes; no text: an XHTML page's <?xml?>) leaves the page to
 * libxml2 as before. The scan resumes at a token boundary, so a page fed
 * a byte at a time is not rescanned. */
#define PROLOGUE_MAX 16384

/* Inline markup a prologue may hold outside a foreign element; the first
 * five do not break a word either ("<b>Warning</b>:"). */
static const char *const prologue_inline[] = {
    "b", "i", "u", "em", "strong", "a", "abbr", "big", "br", "code", "font", "kbd", "s",
    "small", "span", "sub", "sup", "tt", NULL
};
#define PROLOGUE_NO_BREAK 5

static int prologue_inline_at(const char *name, int limit)
{
    for (int k = 0; prologue_inline[k] && k < limit; k++)
        if (strcmp(name, prologue_inline[k]) == 0)
            return 1;
    return 0;
}

/* The lower-case name of the tag whose name starts at s[i], into name[16];
 * its length, or 0 when there is none or it is longer. */
static apr_size_t prologue_tag_name(const char *s, apr_size_t n, apr_size_t i, char *name)
{
    apr_size_t k = 0;
    if (i >= n || !apr_isalpha((unsigned char)s[i]))
        return 0;
    while (i + k < n && (apr_isalnum((unsigned char)s[i + k]) || s[i + k] == '-' || s[i + k] == '_'
                         || s[i + k] == ':')) {
        if (k + 1 >= 16)
            return 0;
        name[k] = (char)ascii_lower((unsigned char)s[i + k]);
        k++;
    }
    name[k] = '\0';
    return k;
}

/* The end of the comment, processing instruction or tag at s[i] ('<'):
 * just after its "-->" or '>', or 0 while it has not all arrived. */
static apr_size_t prologue_token_end(const char *s, apr_size_t n, apr_size_t i, apr_size_t from)
{
    if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
        for (apr_size_t e = from > i + 6 ? from - 2 : i + 4; e + 3 <= n; e++)
            if (s[e] == '-' && s[e + 1] == '-' && s[e + 2] == '>')
                return e + 3;
        return 0;
    }
    if (from < i)
        from = i;
    const char *gt = from < n ? memchr(s + from, '>', n - from) : NULL;
    return gt ? (apr_size_t)(gt - s) + 1 : 0;
}

static void scan_prologue(nc_html_parser *hp, int last)
{
    const char *s = hp->orig->data;
    apr_size_t n = hp->orig->len, i = hp->pro_pos;
    char name[16];
    while (hp->prologue == PROLOGUE_UNDECIDED) {
        if (i >= PROLOGUE_MAX || (i >= n && last)) {
            hp->prologue = PROLOGUE_NONE;
            break;
        }
        if (i >= n)
            break;
        if (i == 0 && (unsigned char)s[0] == 0xEF) {         /* a UTF-8 byte order mark */
            if (n < 3 && !last)
                break;
            if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
                i = 3;
                continue;
            }
        }
        if (ascii_space(s[i])) {
            i++;
            continue;
        }
        if (s[i] != '<' || (i + 1 < n && s[i + 1] != '!' && s[i + 1] != '?' && s[i + 1] != '/'
                            && !apr_isalpha((unsigned char)s[i + 1]))) {
            apr_size_t j = i + 1;               /* text, up to the next '<' */
            const char *lt = j < n ? memchr(s + j, '<', n - j) : NULL;
            j = lt ? (apr_size_t)(lt - s) : n;
            if (hp->pro_first == NC_NO_OFFSET)
                hp->pro_first = i;
            apr_size_t e = j;
            while (e > i && ascii_space(s[e - 1]))
                e--;
            hp->pro_last = e;
            hp->pro_text = 1;
            i = j;
            continue;
        }
        apr_size_t end = prologue_token_end(s, n, i, hp->pro_scanned > i ? hp->pro_scanned : i);
        if (!end) {
            if (last || n >= PROLOGUE_MAX)
                hp->prologue = PROLOGUE_NONE;
            hp->pro_scanned = n;        /* a token still arriving: not read twice */
            break;
        }
        int verdict = PROLOGUE_UNDECIDED;      /* stays: the token belongs to the prologue */
        if (s[i + 1] == '!' && end >= i + 9 && strncasecmp(s + i, "<!doctype", 9) == 0) {
            verdict = hp->pro_depth == 0 && hp->pro_text ? PROLOGUE_FOUND : PROLOGUE_NONE;
        } else if (s[i + 1] == '!') {
            if (end < i + 7 || memcmp(s + i, "<!--", 4) != 0)
                verdict = PROLOGUE_NONE;        /* CDATA or worse: not ours to judge */
        } else if (s[i + 1] == '/') {
            if (!prologue_tag_name(s, end, i + 2, name))
                verdict = PROLOGUE_NONE;
            else if (hp->pro_depth > 0)
                hp->pro_depth -= strcmp(name, hp->pro_root) == 0;
            else if (!prologue_inline_at(name, 1 << 30))
                verdict = PROLOGUE_NONE;
        } else if (s[i + 1] != '?') {
            int self_closing = s[end - 2] == '/';
            if (!prologue_tag_name(s, end, i + 1, name))
                verdict = PROLOGUE_NONE;
            else if (hp->pro_depth > 0)
                hp->pro_depth += strcmp(name, hp->pro_root) == 0 && !self_closing;
            else if (strcmp(name, "html") == 0)
                verdict = hp->pro_text ? PROLOGUE_FOUND : PROLOGUE_NONE;
            else if (!htmlTagLookup((const xmlChar *)name)) {
                memcpy(hp->pro_root, name, sizeof name);    /* an XML error body's root */
                hp->pro_depth = !self_closing;
            } else if (!prologue_inline_at(name, 1 << 30)) {
                verdict = PROLOGUE_NONE;        /* a block element: a fragment, not a prologue */
            }
        }
        if (verdict != PROLOGUE_UNDECIDED) {
            hp->pro_end = i;
            hp->prologue = verdict;
            break;
        }
        if (hp->pro_first == NC_NO_OFFSET)
            hp->pro_first = i;
        hp->pro_last = end;
        i = end;
    }
    hp->pro_pos = i;
}

/* A block of the prologue; its text is added by the caller. */
static int prologue_block(nc_html_parser *hp, int parent, apr_size_t start, apr_size_t end,
                          const char *tag, const char *hint)
{
    nc_block *b = nc_array_push(hp->model->blocks, &hp->blocks_heap);
    memset(b, 0, sizeof *b);
    b->start = start;
    b->end = end;
    b->parent = parent;
    b->depth = parent < 0 ? 0 : 1;
    b->trusted = 1;
    b->tag = tag;
    b->hint = hint;
    b->text = "";
    b->role = parent < 0 && tag != run_tag ? NC_ROLE_CONTAINER : NC_ROLE_OTHER;
    b->last_desc = hp->model->blocks->nelts - 1;
    return b->last_desc;
}

/* The prologue found: its blocks and text, and libxml2 starts at the
 * document. Again after a parse started over. Bare text and inline markup
 * make one run; with a foreign element (an XML error body) the prologue is
 * a container named after that element's root ("error", its name as its
 * hint: the only name it has), and each element of it holding text is a
 * block of its own, as <p>s in a <div> are: <Code>AccessDenied</Code>,
 * <Message>Access Denied</Message>, <RequestId>...</RequestId>. */
static void prologue_install(nc_html_parser *hp)
{
    const char *s = hp->orig->data;
    const char *root = hp->pro_root[0] ? apr_pstrdup(hp->pool, hp->pro_root) : NULL;
    int top = prologue_block(hp, -1, hp->pro_first, hp->pro_last, root ? root : run_tag,
                             root ? root : "");
    int depth = 0, any = 0, space = 0;
    apr_size_t open_at = NC_NO_OFFSET;     /* the start tag right before, inside the root */
    const char *open_name = NULL;
    char name[16];
    for (apr_size_t i = hp->pro_first; i < hp->pro_last; ) {
        if (s[i] == '<' && i + 1 < hp->pro_last && (s[i + 1] == '!' || s[i + 1] == '?' || s[i + 1] == '/'
                                                     || apr_isalpha((unsigned char)s[i + 1]))) {
            apr_size_t end = prologue_token_end(s, hp->pro_last, i, i);
            if (!end)
                break;
            int closing = s[i + 1] == '/', tag = s[i + 1] != '!' && s[i + 1] != '?';
            int named = tag && prologue_tag_name(s, end, closing ? i + 2 : i + 1, name);
            if (!named || !prologue_inline_at(name, PROLOGUE_NO_BREAK))
                space = any;
            open_at = NC_NO_OFFSET;
            if (named && root && strcmp(name, root) == 0 && s[end - 2] != '/')
                depth += closing ? -1 : 1;
            else if (named && depth > 0 && !closing && s[end - 2] != '/') {
                open_at = i;
                open_name = apr_pstrdup(hp->pool, name);
            }
            i = end;
            continue;
        }
        const char *lt = i + 1 < hp->pro_last ? memchr(s + i + 1, '<', hp->pro_last - i - 1) : NULL;
        apr_size_t j = lt ? (apr_size_t)(lt - s) : hp->pro_last;
        int block = top;
        if (depth > 0) {
            apr_size_t first = i, last = j;
            while (first < j && ascii_space(s[first]))
                first++;
            while (last > first && ascii_space(s[last - 1]))
                last--;
            if (first == last) {            /* the indentation between elements */
                i = j;
                continue;
            }
            apr_size_t bs = first, be = last, k = strlen(open_name ? open_name : "");
            /* <Code>AccessDenied</Code>: the element, when its end tag follows */
            if (open_at != NC_NO_OFFSET && j + 3 + k <= hp->pro_last && s[j] == '<' && s[j + 1] == '/'
                && strncasecmp(s + j + 2, open_name, k) == 0 && s[j + 2 + k] == '>') {
                bs = open_at;
                be = j + 3 + k;
            }
            block = prologue_block(hp, top, bs, be, open_at != NC_NO_OFFSET && bs == open_at ? open_name : run_tag, "");
            APR_ARRAY_IDX(hp->model->blocks, top, nc_block).last_desc = block;
            space = 0;
        }
        push_span(hp, block, i, j - i, NULL, space ? NC_BREAK_SPACE : NC_BREAK_NONE);
        any = 1;
        space = 0;
        open_at = NC_NO_OFFSET;
        i = j;
    }
    add_elision(hp, 0, hp->pro_end);   /* libxml2's position 0 is the document's start */
    hp->fed = hp->pro_end;
    hp->last_end = hp->pro_end;
}

/* libxml2 2.9's push parser loses its place when a chunk ends inside an end
 * tag of a script or style element ("</scr|ipt>"), so a chunk handed to it
 * always ends just after a '>'; the rest waits for the next call. */
int nc_html_parser_feed(nc_html_parser *hp, int last)
{
    /* The slice as libxml2 sees it lives only through htmlParseChunk, which
     * copies it into its input buffer: on the thread's stack for chunks up
     * to mod_proxy's 8 KB, so it is no part of the page's memory (one such
     * buffer per busy thread, not one per page in flight). */
    char stack_slice[NC_STACK_SLICE];
    const nc_buf *o = hp->orig;
    if (hp->failure || !hp->ctxt)
        return -1;
    if (hp->prologue == PROLOGUE_UNDECIDED) {
        scan_prologue(hp, last);
        if (hp->prologue == PROLOGUE_UNDECIDED)
            return 0;               /* not yet known where the document starts */
        if (hp->prologue == PROLOGUE_FOUND)
            prologue_install(hp);
    }
    apr_size_t upto = o->len;
    if (!last) {
        /* Only the bytes that arrived since the last look: rescanning the
         * whole unfed tail made a page without '>' fed in small chunks
         * quadratic (fuzz timeout quadratic-no-gt: 20 KB of gzip bytes as
         * text/html in 1-byte chunks, 4.5 s). */
        apr_size_t floor = hp->gt_checked > hp->fed ? hp->gt_checked : hp->fed;
        while (upto > floor && o->data[upto - 1] != '>')
            upto--;
        hp->gt_checked = o->len;
        if (upto == floor)
            upto = hp->fed;         /* no '>' anywhere in [fed, len) */
        if (upto == hp->fed)
            return 0;
    }
    while (hp->fed < upto || last) {
        if (hp->raw_name && !skip_raw_text(hp)) {
            if (!last)
                return 0;               /* the end tag has not arrived yet */
            hp->raw_name = NULL;        /* never closed: libxml2 reads it to the end */
        }
        if (hp->fed > upto)
            upto = last ? o->len : hp->fed;
        if (hp->fed == upto && !last)
            break;
        apr_size_t n = upto - hp->fed;
        if (n > 65536)
            n = 65536;      /* bounded scratch; slices end anywhere only when last */
        char *masked = stack_slice;
        if (n > sizeof stack_slice) {
            if (n > hp->masked_cap) {
                /* a larger chunk than mod_proxy's: at most 64 KB, kept */
                if (!hp->scratch && apr_pool_create(&hp->scratch, hp->pool) != APR_SUCCESS) {
                    hp->failure = "parser-unavailable";
                    break;
                }
                hp->masked_cap = n;
                hp->masked = apr_palloc(hp->scratch, hp->masked_cap);
            }
            masked = hp->masked;
        }
        if (!last && hp->fed + n < upto) {
            /* keep the '>' rule for intermediate slices too */
            apr_size_t cut = n;
            while (cut > 0 && o->data[hp->fed + cut - 1] != '>')
                cut--;
            if (cut > 0)
                n = cut;
        }
        n = cut_after_raw_start(o, hp->fed, hp->fed + n) - hp->fed;
        apr_size_t m, stream0 = hp->fed - hp->elided;
        if (compactable(hp)) {
            m = nc_stream_compact(o->data + hp->fed, n, masked, stream0, &hp->feed);
        } else {
            apr_size_t lead = hp->lead_slices < 4 ? lead_token_end(hp, n) : 0, raw;
            if (lead) {
                hp->lead_slices++;
                n = lead;
            } else if ((raw = raw_end_tag_end(hp, n)) > 0) {
                n = raw;
            }
            m = nc_stream_copy(o->data + hp->fed, n, masked, stream0, &hp->feed);
        }
        if (hp->feed.clashes) {
            if (parse_again_without_clashes(hp) != 0)
                break;
            if (hp->prologue == PROLOGUE_FOUND)
                prologue_install(hp);
            continue;
        }
        if (hp->fed == 0 && m >= 3 && memcmp(o->data, "\xEF\xBB\xBF", 3) == 0)
            memset(masked, ' ', 3);     /* a UTF-8 byte order mark: no text before <html>
                                         * (as "xxx" it opened the body, and the page's
                                         * <head> and blocks landed inside it) */
        hp->fed += n;
        int end = last && hp->fed == upto;
        drop_passed_elisions(hp);
        hide_root_end_tags(hp, masked, m);
        htmlParseChunk(hp->ctxt, masked, (int)m, end);
        if (hp->failure == alias_clash) {
            hp->failure = NULL;     /* the shared alias, found out by the callbacks */
            if (parse_again_without_clashes(hp) != 0)
                break;
            if (hp->prologue == PROLOGUE_FOUND)
                prologue_install(hp);
            continue;
        }
        release_between_slices(hp->ctxt);
        drop_passed_elisions(hp);       /* before the next slice adds its own */
        if (end || hp->failure)
            break;
    }
    return hp->failure ? -1 : 0;
}

/* Article pages have a text span per 100-140 bytes, a block per 270-530
 * and an elision per 60-130 (script, style and markup are most of their
 * bytes; bench/genpages.pl); story-dense pages about one per 65, 190 and
 * 60. (A word break is no span of its own: with them a span came every
 * 80-120 and 45 bytes.) The arrays are sized for the first kind with some
 * room, since one that overflows doubles on the heap; a denser page grows
 * them there. A small page is mostly its story, as dense as the second
 * kind (15 KB: a span per 65 bytes, a block per 185, an elision per 54):
 * up to the few hundred entries a story needs, the arrays are sized for
 * that density. */
static int expected_entries(apr_size_t total_bytes, apr_size_t per_entry,
                            apr_size_t per_entry_small, apr_size_t small_max)
{
    apr_size_t n = total_bytes / per_entry, small = total_bytes / per_entry_small;
    if (small > small_max)
        small = small_max;
    return (int)(n > small ? n : small);
}

void nc_html_parser_expect(nc_html_parser *hp, apr_size_t total_bytes)
{
    if (total_bytes >= (apr_size_t)1 << 31)
        return;         /* the engine gives up on such a page (NC_DOC_MAX_BYTES) */
    int spans = expected_entries(total_bytes, 85, 58, 267);
    int blocks = expected_entries(total_bytes, 256, 160, 96);
    int elisions = expected_entries(total_bytes, 56, 44, 352);   /* an attribute or text run left out */
    if (elisions > NC_ELISION_WINDOW)
        elisions = NC_ELISION_WINDOW;       /* only the slices libxml2 holds (drop_passed_elisions) */
    if (spans > hp->spans->nalloc && !hp->spans_heap) {
        /* a small page's on the heap, a large one's in a text pool: either
         * goes after text assembly */
        if ((apr_size_t)spans * sizeof(nc_text_span) > NC_HEAP_EXACT_MAX && hp->spans->nelts == 0
            && (hp->text_pool || apr_pool_create(&hp->text_pool, hp->pool) == APR_SUCCESS))
            hp->spans = apr_array_make(hp->text_pool, 1, sizeof(nc_text_span));
        nc_array_reserve_heap(hp->spans, &hp->spans_heap, spans);
    }
    if (blocks > hp->model->blocks->nalloc)     /* on the heap: it goes before extraction */
        nc_array_reserve_heap(hp->model->blocks, &hp->blocks_heap, blocks);
    if (elisions > hp->elisions->nalloc)
        nc_array_reserve_heap(hp->elisions, &hp->elisions_heap, elisions);
}

const char *nc_html_parser_failure(const nc_html_parser *hp)
{
    return hp->failure;
}

const apr_array_header_t *nc_html_parser_spans(const nc_html_parser *hp)
{
    return hp->spans;
}

const char *const *nc_html_parser_literals(const nc_html_parser *hp)
{
    return hp->literals ? (const char *const *)(void *)hp->literals->elts : NULL;
}

/* The blocks' tags are names in libxml2's dictionary (4-5 KB with its
 * string pool, a third of a 15 KB page): each name the page's dictionary
 * owns is copied into the page's pool, so that the dictionary can go with
 * the context. A memo by name pointer (hashed as in element_name) copies each
 * name once; two names in one slot only cost a copy more. */
#define NC_TAG_MEMO 64          /* a power of two: the hash's top 6 bits */
static void keep_tags(nc_html_parser *hp, xmlDictPtr dict)
{
    const char *from[NC_TAG_MEMO] = { 0 }, *to[NC_TAG_MEMO];
    apr_array_header_t *blocks = hp->model->blocks;
    for (int i = 0; i < blocks->nelts; i++) {
        nc_block *b = &APR_ARRAY_IDX(blocks, i, nc_block);
        unsigned slot = (unsigned)(((apr_uint64_t)(apr_uintptr_t)b->tag * 0x9E3779B97F4A7C15ULL) >> 58);
        if (from[slot] != b->tag) {
            from[slot] = b->tag;
            /* the engine's names outlive the page */
            to[slot] = dict && xmlDictOwns(dict, (const xmlChar *)b->tag) == 1
                       && !(hp->names && xmlDictOwns(hp->names, (const xmlChar *)b->tag) == 1)
                ? apr_pstrdup(hp->pool, b->tag) : b->tag;
        }
        b->tag = to[slot];
    }
}

/* The page's later stages (text, shells, extraction) then reuse this memory
 * from the pool's allocator instead of adding to the page's peak. */
void nc_html_parser_end(nc_html_parser *hp)
{
    if (hp->ctxt) {
        keep_tags(hp, hp->ctxt->dict);
        htmlFreeParserCtxt(hp->ctxt);       /* and its dictionary */
        hp->ctxt = NULL;
    }
    /* sized for the page's first guess: what it did not use is given
     * back for the stages after (on a 15 KB page 17 of 85 blocks, 1 KB) */
    nc_array_trim_heap(hp->model->blocks, &hp->blocks_heap);
    if (hp->stack) {
        nc_array_release(hp->stack, &hp->stack_heap);
        nc_array_release(hp->flag_slots, &hp->flag_heap);
        nc_array_release(hp->elisions, &hp->elisions_heap);
        hp->stack = hp->elisions = hp->flag_slots = NULL;
        hp->flag_cache = NULL;
    }
    if (hp->scratch) {
        apr_pool_destroy(hp->scratch);
        hp->scratch = NULL;
        hp->masked = NULL;
        hp->masked_cap = 0;
    }
}

void nc_html_parser_drop_blocks(nc_html_parser *hp)
{
    nc_array_release(hp->model->blocks, &hp->blocks_heap);
}

void nc_html_parser_drop_text(nc_html_parser *hp)
{
    if (hp->spans)
        nc_array_release(hp->spans, &hp->spans_heap);
    if (hp->literals)
        nc_array_release(hp->literals, &hp->literals_heap);
    if (hp->text_pool) {
        apr_pool_destroy(hp->text_pool);
        hp->text_pool = NULL;
    }
}
