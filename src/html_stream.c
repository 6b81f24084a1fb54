/*
 * html_stream.c - what libxml2 is fed of a page (html_parser.c): its bytes
 * masked so that offsets stay exact in any ASCII-compatible charset, and,
 * once libxml2 is in element content, compacted: the attributes and the
 * text characters the model never reads left out, each stretch reported as
 * an elision so that libxml2's positions still map to the page.
 */
#include "html_stream.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What libxml2 sees: bytes >= 0x80 as 'x', NUL as ' ', the rest as is.
 * Eight bytes at a time while they are plain ASCII with no NUL, which is
 * nearly all of any page's markup. */
void nc_stream_mask(char *dst, const char *src, apr_size_t n)
{
    const apr_uint64_t high = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
    apr_size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        apr_uint64_t w;
        memcpy(&w, src + i, 8);
        if (((w | ((w - ones) & ~w)) & high) == 0) {
            memcpy(dst + i, &w, 8);
            continue;
        }
        for (apr_size_t k = i; k < i + 8; k++) {
            unsigned char c = (unsigned char)src[k];
            dst[k] = c >= 0x80 ? 'x' : c == 0 ? ' ' : (char)c;
        }
    }
    if (i + 4 <= n) {           /* most copies are a tag's few bytes: four at once */
        apr_uint32_t w;
        memcpy(&w, src + i, 4);
        if (((w | ((w - 0x01010101u) & ~w)) & 0x80808080u) == 0) {
            memcpy(dst + i, &w, 4);
            i += 4;
        }
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = c >= 0x80 ? 'x' : c == 0 ? ' ' : (char)c;
    }
}

/* Tag aliases.
 *
 * libxml2 2.9 raises an error for every element it does not know, which is
 * all of HTML5's ("Tag time invalid"), and formats the message even with
 * errors off: about 3,300 instructions a tag, 5% of the engine on an article
 * page. The most frequent such names are fed to it renamed to HTML 4
 * elements its push parser treats exactly like unknown ones: no auto-close
 * pair (htmlStartClose), the default end priority, not empty, endTag 0, no
 * name test in the parser (del, ins, object, applet, noframes). The
 * callbacks name them back (html_parser.c). An alias is never longer than
 * its name and is padded with blanks to its length, so offsets do not move.
 * Only the tokenizer renames, in the markup it follows. A real tag of an
 * alias's name on the page would be taken for a renamed element, and an
 * aliased name in markup it does not follow (a bogus attribute, an odd
 * comment) could not be renamed alike: either is a clash, and the parser
 * starts again without that alias.
 * Measured on the bench pages (callgrind): -2.8% at 80 KB, -5.5% at 400 KB,
 * nothing at 15 KB, where few such tags are. */
static const struct tag_alias {
    const char *name;
    apr_size_t name_len;
    const char *alias;
    apr_size_t alias_len;
} tag_aliases[] = {
#define ALIAS(name, alias) { name, sizeof name - 1, alias, sizeof alias - 1 }
    ALIAS("time", "ins"), ALIAS("path", "del"), ALIAS("source", "object"),
    ALIAS("picture", "applet"), ALIAS("figcaption", "noframes"),
    /* One alias shared: the free HTML 4 names are too few for the other
     * frequent HTML5 elements, so these go to libxml2 as "del" too, and
     * the callbacks read which one it is from the page's own tag
     * (nc_stream_shared_alias; html_parser.c). libxml2 matches an end tag
     * to the nearest open "del" where it would have looked for the name:
     * the callbacks check that the page's end tag is that element's (a
     * mismatch is a clash), and the tokenizer renames only an end tag it
     * can read whole ("</name>", blanks before the '>'). */
    ALIAS("svg", "del"), ALIAS("nav", "del"), ALIAS("main", "del"), ALIAS("aside", "del"),
    ALIAS("header", "del"), ALIAS("footer", "del"), ALIAS("figure", "del"),
    ALIAS("section", "del"), ALIAS("article", "del"), ALIAS("details", "del"),
    ALIAS("summary", "del"),
#undef ALIAS
};
#define LONGEST_ALIASED NC_STREAM_LONGEST_ALIASED    /* figcaption */
#define TAG_ALIASES (int)(sizeof tag_aliases / sizeof tag_aliases[0])

void nc_stream_feed_init(nc_stream_feed *feed, nc_stream_elide_fn *elide, void *baton)
{
    memset(feed, 0, sizeof *feed);
    feed->elide = elide;
    feed->baton = baton;
    for (int a = 0; a < TAG_ALIASES; a++) {
        const struct tag_alias *t = &tag_aliases[a];
        if (t->name_len > LONGEST_ALIASED || t->alias_len > t->name_len)
            continue;               /* cannot be: an alias must fit in its name */
        int shared = strcmp(t->alias, NC_STREAM_SHARED_ALIAS) == 0;
        feed->aliases |= 1u << a;
        feed->by_length[t->name_len] |= (apr_uint16_t)(1u << a);
        feed->by_letter[t->name[0] - 'a'] |= (apr_uint16_t)(1u << a);
        /* the shared alias's own name is looked for once, under its first
         * element (alias_of_name): a "div" would try them all */
        if (!shared || !feed->shared) {
            feed->by_length[t->alias_len] |= (apr_uint16_t)(1u << a);
            feed->by_letter[t->alias[0] - 'a'] |= (apr_uint16_t)(1u << a);
        }
        if (shared)
            feed->shared |= 1u << a;
    }
}

static int name_matches(const char *s, apr_size_t n, const char *name, int whole);

int nc_stream_shared_alias(const nc_stream_feed *feed, const char *s, apr_size_t n)
{
    unsigned letter = ((unsigned char)s[0] | 0x20) - 'a';
    if (n == 0 || n > LONGEST_ALIASED || letter >= 26)
        return -1;
    unsigned candidates = feed->aliases & feed->shared & feed->by_length[n] & feed->by_letter[letter];
    for (int k = 0; candidates; k++, candidates >>= 1)
        if ((candidates & 1u) && name_matches(s, n, tag_aliases[k].name, 1))
            return k;
    return -1;
}

const char *nc_stream_alias_original(const char *name, unsigned aliases)
{
    int k = nc_stream_alias_index(name, aliases);
    return k >= 0 ? tag_aliases[k].name : NULL;
}

int nc_stream_alias_index(const char *name, unsigned aliases)
{
    for (int k = 0; k < TAG_ALIASES; k++)
        if ((aliases & (1u << k)) && strcmp(name, tag_aliases[k].alias) == 0)
            return k;
    return -1;
}

const char *nc_stream_alias_name(int k)
{
    return tag_aliases[k].name;
}

/* Compaction.
 *
 * libxml2 spends most of its time on bytes the model never reads: attribute
 * values (URLs, srcset, data-*, inline SVG paths) and the characters of text,
 * which is taken from the original bytes by range anyway. When libxml2 is
 * idle in element content, a slice is handed to it compacted:
 *  - an attribute other than charset, content, http-equiv (<meta>) is
 *    left out of its start tag; the hints (class, id, role) are read from
 *    the page's bytes (nc_stream_tag_hints), unless a reference in the
 *    value needs libxml2's decoding;
 *  - a stretch of text between two tags or references becomes its first
 *    byte, followed by an 'x' if that byte is a blank and the stretch is
 *    not all blanks (libxml2 treats blank and other text differently); the
 *    references stay, since libxml2 decodes them for the model.
 * Each left-out stretch is an elision, so every position libxml2 reports
 * still maps to the page. The tokenizer follows libxml2 2.9's push parser
 * (HTMLparser.c: htmlParseStartTag, htmlParseHTMLName, htmlParseAttValue,
 * the content state of htmlParseTryOrFinish) and hands the rest of the slice
 * over unchanged at the first thing it does not follow exactly: a comment
 * that ends oddly, other "<!" or "<?" markup, a name of 100 bytes or more, an
 * unterminated quote, a bogus attribute, script or style contents. */

typedef struct compactor {
    nc_stream_feed *feed;       /* aliases in use, clashes found, elisions */
    const char *src;            /* the slice, original bytes */
    apr_size_t n;
    char *dst;                  /* what libxml2 gets */
    apr_size_t out;             /* bytes written to dst */
    apr_size_t done;            /* src bytes written or left out */
    apr_size_t stream0;         /* libxml2's stream position of src[0] */
    int raw_follows;            /* a script or style start tag was compacted:
                                 * what follows it goes over unchanged */
} compactor;

/* Bytes as libxml2 sees them (nc_stream_mask: >= 0x80 as 'x', NUL as
 * ' '), classed once: blank, ASCII letter, htmlParseHTMLName's characters.
 * The tokenizer asks this for every byte of every tag. */
enum { SEEN_BLANK = 1, SEEN_LETTER = 2, SEEN_NAME = 4 };
static const unsigned char seen_class[256] = {
    1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0,
    0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 4,
    0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
    6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
};

static int blank_seen(char c)
{
    return seen_class[(unsigned char)c] & SEEN_BLANK;
}

static int letter_seen(char c)
{
    return seen_class[(unsigned char)c] & SEEN_LETTER;
}

static int name_char_seen(char c)
{
    return seen_class[(unsigned char)c] & SEEN_NAME;
}

static void compact_drop(compactor *c, apr_size_t upto)
{
    if (upto > c->done)
        c->feed->elide(c->feed->baton, c->stream0 + c->out, upto - c->done);
    c->done = upto;
}

static void compact_copy(compactor *c, apr_size_t upto)
{
    if (upto == c->done)
        return;                 /* the last, empty slice: dst may be NULL */
    nc_stream_mask(c->dst + c->out, c->src + c->done, upto - c->done);
    c->out += upto - c->done;
    c->done = upto;
}

static int alias_clash_or_index(const compactor *c, apr_size_t at, apr_size_t upto,
                                apr_size_t *name_end);

/* The name src[at, end) renamed to alias k: what precedes it copied, the
 * alias written and padded with blanks to the name's length, which libxml2
 * skips after a tag name; offsets stay as they were. */
static void rename_tag(compactor *c, apr_size_t at, apr_size_t end, int k)
{
    compact_copy(c, at);
    apr_size_t n = tag_aliases[k].alias_len;
    memcpy(c->dst + c->out, tag_aliases[k].alias, n);
    memset(c->dst + c->out + n, ' ', end - at - n);
    c->out += end - at;
    c->done = end;
}

/* src[done, upto) as libxml2 gets it where the tokenizer did not follow
 * the markup: masked and nothing renamed, since a "<time" there may be an
 * attribute value or a comment as libxml2 reads it. A tag name of an alias
 * in use there (from from on, where the tokenizer stopped) is a clash. */
static void copy_checking(compactor *c, apr_size_t from, apr_size_t upto)
{
    apr_size_t i = from;
    while (c->feed->aliases && i < upto) {
        const char *lt = memchr(c->src + i, '<', upto - i);
        if (!lt)
            break;
        apr_size_t at = (apr_size_t)(lt - c->src) + 1, end;
        if (at < upto && c->src[at] == '/')
            at++;
        int k = at < c->done ? -1 : alias_clash_or_index(c, at, upto, &end);
        if (k >= 0)
            c->feed->clashes |= 1u << k;
        i = at;
    }
    compact_copy(c, upto);
}

static apr_size_t skip_blanks(const compactor *c, apr_size_t i)
{
    while (i < c->n && blank_seen(c->src[i]))
        i++;
    return i;
}

/* Is s[0, n) (any case) name itself, or with whole 0, a prefix of it? */
static int name_matches(const char *s, apr_size_t n, const char *name, int whole)
{
    apr_size_t i = 0;
    for (; i < n && name[i]; i++)
        if ((s[i] | 0x20) != name[i])
            return 0;
    return i == n && (!whole || !name[i]);
}

/* The tag name src[at, at + n): the index of its alias in use, to rename
 * it; else -1. A real tag of an alias in use is a clash; so is a name cut
 * short (whole 0: the range ends in it) that might be either, since it
 * could not be renamed alike. Lengths first: this runs for every tag. */
static int alias_of_name(const compactor *c, apr_size_t at, apr_size_t n, int whole)
{
    unsigned letter = ((unsigned char)c->src[at] | 0x20) - 'a';
    if (n > LONGEST_ALIASED || letter >= 26)
        return -1;
    unsigned candidates = c->feed->aliases & c->feed->by_letter[letter];
    if (whole)
        candidates &= c->feed->by_length[n];
    for (int a = 0; candidates; a++) {
        const struct tag_alias *t = &tag_aliases[a];
        unsigned bit = 1u << a;
        if (!(candidates & bit))
            continue;
        candidates &= ~bit;
        if ((whole ? t->name_len == n : t->name_len >= n)
            && name_matches(c->src + at, n, t->name, whole)) {
            if (whole)
                return a;
            c->feed->clashes |= bit;
        }
        if ((whole ? t->alias_len == n : t->alias_len >= n)
            && name_matches(c->src + at, n, t->alias, whole))
            c->feed->clashes |= (c->feed->shared & bit) ? c->feed->shared : bit;
    }
    return -1;
}

/* The same for the name at src[at, ...) that the tokenizer has not read,
 * with *name_end where it ends. */
static int alias_clash_or_index(const compactor *c, apr_size_t at, apr_size_t upto,
                                apr_size_t *name_end)
{
    apr_size_t k = at;
    while (k < upto && k - at <= LONGEST_ALIASED && name_char_seen(c->src[k]))
        k++;
    int whole = k < upto;
    if (k == at) {
        if (!whole)
            c->feed->clashes |= c->feed->aliases;   /* the slice ends after its '<' */
        return -1;
    }
    if (whole && name_char_seen(c->src[k]))
        return -1;                  /* longer than any aliased name */
    *name_end = k;
    return alias_of_name(c, at, k - at, whole);
}

/* End of the name starting at i; 0 when it runs to the slice's end or is
 * too long for htmlParseHTMLName's buffer. */
static apr_size_t name_end(const compactor *c, apr_size_t i)
{
    apr_size_t k = i;
    while (k < c->n && name_char_seen(c->src[k]))
        k++;
    return k >= c->n || k - i >= 100 ? 0 : k;
}

static int name_is(const char *s, apr_size_t n, const char *name)
{
    return (s[0] | 0x20) == name[0] && strlen(name) == n && strncasecmp(s, name, n) == 0;
}

/* A hint attribute's NC_HINT_*, or -1. This runs for every attribute:
 * lengths first. */
static int hint_of(const char *s, apr_size_t n)
{
    switch (n) {
    case 2: return name_matches(s, n, "id", 1) ? NC_HINT_ID : -1;
    case 4: return name_matches(s, n, "role", 1) ? NC_HINT_ROLE : -1;
    case 5: return name_matches(s, n, "class", 1) ? NC_HINT_CLASS : -1;
    default: return -1;
    }
}


/* The whole tag name src[at, end), found by the tokenizer, renamed when it
 * has an alias in use. */
static void rename_if_aliased(compactor *c, apr_size_t at, apr_size_t end)
{
    int k = c->feed->aliases ? alias_of_name(c, at, end - at, 1) : -1;
    if (k >= 0)
        rename_tag(c, at, end, k);
}

/* The same for an end tag's name, whose '>' is at gt. An end tag of the
 * shared alias with more than blanks after its name is a clash: the
 * callbacks read its name back from "</name>" (html_parser.c). */
static void rename_end_tag(compactor *c, apr_size_t at, apr_size_t end, apr_size_t gt)
{
    int k = c->feed->aliases ? alias_of_name(c, at, end - at, 1) : -1;
    if (k < 0)
        return;
    if (c->feed->shared & (1u << k)) {
        apr_size_t j = end;
        while (j < gt && blank_seen(c->src[j]))
            j++;
        if (j < gt) {
            c->feed->clashes |= 1u << k;
            return;
        }
    }
    rename_tag(c, at, end, k);
}

/* One attribute of a start tag, as htmlParseStartTag reads it: its name
 * [name, name_end), its value [value, value_end) when it has one, and where
 * the next one may start (after the blanks). */
typedef struct tag_attribute {
    apr_size_t name, name_end, value, value_end, next;
    int has_value;
} tag_attribute;

/* The attribute at j, or the end of the tag: 1 with *att read, 2 at the tag's
 * end (*att->next after its '>'), 0 where the tokenizer stops following
 * libxml2 (a bogus attribute, a name too long, the slice's end). */
#if defined(__GNUC__)
__attribute__((always_inline))  /* in both loops: it runs for every attribute of every tag */
#endif
static inline int next_attribute(const compactor *c, apr_size_t j, tag_attribute *att)
{
    const char *s = c->src;
    apr_size_t k;
    if (j >= c->n)
        return 0;
    if (s[j] == '>' || (s[j] == '/' && j + 1 < c->n && s[j + 1] == '>')) {
        att->next = j + (s[j] == '>' ? 1 : 2);
        return 2;
    }
    if (!letter_seen(s[j]) && s[j] != '_' && s[j] != ':' && s[j] != '.')
        return 0;                   /* libxml2 dumps a bogus attribute its own way */
    if (!(k = name_end(c, j)))
        return 0;
    att->name = j;
    att->name_end = k;
    att->has_value = 0;
    j = skip_blanks(c, k);
    if (j < c->n && s[j] == '=') {
        j = skip_blanks(c, j + 1);
        if (j >= c->n)
            return 0;
        att->has_value = 1;
        if (s[j] == '"' || s[j] == '\'') {
            const char *q = memchr(s + j + 1, s[j], c->n - j - 1);
            if (!q)
                return 0;
            att->value = j + 1;
            att->value_end = (apr_size_t)(q - s);
            j = att->value_end + 1;
        } else {
            att->value = j;
            while (j < c->n && !blank_seen(s[j]) && s[j] != '>')
                j++;
            att->value_end = j;
        }
    }
    att->next = skip_blanks(c, j);
    return 1;
}

/* The attributes the model reads from libxml2 are a <meta>'s charset
 * (note_meta_charset): its charset and http-equiv, and its content only
 * beside an http-equiv, for a content type's charset. Every other element's
 * and every other <meta>'s are left out: the og: and twitter: metas' long
 * contents were half of what libxml2 read of a head, value by value. */
enum { META_NOT = 0, META_PLAIN = 1, META_EQUIV = 2 };

static int http_equiv_name(const char *s, apr_size_t n)
{
    return n == 10 && name_matches(s, n, "http-equiv", 1);
}

/* The start tag whose name ends at k: META_NOT, META_PLAIN, or META_EQUIV
 * for a <meta> with an http-equiv, or one the tokenizer stops in (libxml2
 * may read one past where it stops). */
static int meta_kind(const compactor *c, apr_size_t at, apr_size_t k)
{
    if (!name_is(c->src + at + 1, k - at - 1, "meta"))
        return META_NOT;
    tag_attribute att;
    int got;
    for (apr_size_t j = skip_blanks(c, k); (got = next_attribute(c, j, &att)) == 1; j = att.next)
        if (http_equiv_name(c->src + att.name, att.name_end - att.name))
            return META_EQUIV;
    return got == 2 ? META_PLAIN : META_EQUIV;
}

static int attribute_wanted(const char *s, apr_size_t n, int meta)
{
    return meta != META_NOT && (n == 7 || n == 10)
        && (name_matches(s, n, "charset", 1) || http_equiv_name(s, n)
            || (meta == META_EQUIV && name_matches(s, n, "content", 1)));
}

static int value_has_reference(const compactor *c, const tag_attribute *att)
{
    return att->has_value && att->value_end > att->value
        && memchr(c->src + att->value, '&', att->value_end - att->value) != NULL;
}

/* The start tag at at ("<" and a letter): leaves its unwanted attributes
 * out and returns where it ends, or 0 to hand the rest over unchanged. A
 * script or style start tag is compacted too (a page's head has a dozen,
 * with long src URLs), but raw text follows it, skip_raw_text's business:
 * the slice ends there (cut_after_raw_start), and what follows, if
 * anything, goes over unchanged (raw_follows). */
static apr_size_t compact_start_tag(compactor *c, apr_size_t at)
{
    const char *s = c->src;
    apr_size_t k = name_end(c, at + 1);
    if (!k)
        return 0;
    int raw = name_is(s + at + 1, k - at - 1, "script") || name_is(s + at + 1, k - at - 1, "style");
    int meta = raw ? META_NOT : meta_kind(c, at, k);
    if (!raw)
        rename_if_aliased(c, at + 1, k);
    tag_attribute att;
    int got;
    for (apr_size_t j = skip_blanks(c, k); (got = next_attribute(c, j, &att)) == 1; j = att.next) {
        apr_size_t n = att.name_end - att.name;
        int wanted = attribute_wanted(s + att.name, n, meta)
            /* nc_stream_tag_hints leaves a reference's decoding to libxml2 */
            || (hint_of(s + att.name, n) >= 0 && value_has_reference(c, &att));
        if (!wanted) {
            compact_copy(c, att.name);
            compact_drop(c, att.next);
        }
    }
    c->raw_follows = raw;
    return got == 2 ? att.next : 0;
}

/* The same tokenizer over a whole start tag. */
void nc_stream_tag_hints(const char *s, apr_size_t n, nc_tag_hints *out)
{
    const compactor c = { .src = s, .n = n };
    apr_size_t k;
    tag_attribute att;
    int got;

    memset(out, 0, sizeof *out);
    if (n < 2 || s[0] != '<' || !(k = name_end(&c, 1)))
        return;
    for (apr_size_t j = skip_blanks(&c, k); (got = next_attribute(&c, j, &att)) == 1; j = att.next) {
        int which = hint_of(s + att.name, att.name_end - att.name);
        if (which < 0 || (out->seen & (1u << which)))
            continue;               /* libxml2 drops a name's repeats */
        out->seen |= 1u << which;
        out->at[out->count].which = (unsigned char)which;
        out->at[out->count].decoded = (unsigned char)value_has_reference(&c, &att);
        out->at[out->count].value = att.has_value ? s + att.value : NULL;
        out->at[out->count].len = att.has_value ? att.value_end - att.value : 0;
        out->count++;
    }
    out->whole = got == 2 && att.next == n;
}

/* End of the comment at at ("<!--"), or 0 when libxml2 might end it
 * elsewhere ("<!-->", "<!--->", "--!>"). */
static apr_size_t comment_end(const compactor *c, apr_size_t at)
{
    const char *s = c->src;
    for (apr_size_t p = at + 2; p + 2 < c->n; p++) {
        const char *dash = memchr(s + p, '-', c->n - p);
        if (!dash)
            return 0;
        p = (apr_size_t)(dash - s);
        if (p + 2 >= c->n)
            return 0;
        if (s[p + 1] != '-')
            continue;
        if (s[p + 2] == '>' || (s[p + 2] == '!' && p + 3 < c->n && s[p + 3] == '>'))
            return p >= at + 4 && s[p + 2] == '>' ? p + 3 : 0;
    }
    return 0;
}

/* A stretch of plain text (no reference, no character libxml2 drops): its
 * first byte stays, since after a '<' that starts no tag libxml2 looks at it
 * to decide whether a tag starts after all. */
static void compact_stretch(compactor *c, apr_size_t from, apr_size_t to)
{
    if (to - from < 2)
        return;
    int blank = 1;
    for (apr_size_t i = from; i < to && blank; i++)
        blank = blank_seen(c->src[i]);
    compact_copy(c, from + 1);
    if (!blank && blank_seen(c->src[from])) {
        c->dst[c->out++] = 'x';         /* in place of the second byte */
        c->done = from + 2;
    }
    compact_drop(c, to);
}

/* End of the reference at at ('&'): the name or digits libxml2 reads after
 * it (htmlParseEntityRef, htmlParseCharRef) and a ';'. Its decoding depends
 * on these bytes and the one after them, which compact_stretch keeps. */
static apr_size_t reference_end(const compactor *c, apr_size_t at, apr_size_t to)
{
    apr_size_t i = at + 1;
    if (i < to && c->src[i] == '#')
        i++;
    while (i < to && name_char_seen(c->src[i]))
        i++;
    return i < to && c->src[i] == ';' ? i + 1 : i;
}

/* HTML 4 entities common in news text, whose decimal reference is no
 * longer than their name: libxml2 2.9 decodes "&#233;" with a few steps
 * but looks "&eacute;" up by comparing it with each of its 253 entity names
 * in turn. Sorted by strcmp. */
typedef struct named_entity {
    const char *name;
    int code;
} named_entity;

static const named_entity named_entities[] = {
    { "AElig", 198 },
    { "Aacute", 193 },
    { "Acirc", 194 },
    { "Agrave", 192 },
    { "Aring", 197 },
    { "Atilde", 195 },
    { "Auml", 196 },
    { "Ccedil", 199 },
    { "Dagger", 8225 },
    { "Eacute", 201 },
    { "Ecirc", 202 },
    { "Egrave", 200 },
    { "Euml", 203 },
    { "Iacute", 205 },
    { "Icirc", 206 },
    { "Igrave", 204 },
    { "Iuml", 207 },
    { "Ntilde", 209 },
    { "OElig", 338 },
    { "Oacute", 211 },
    { "Ocirc", 212 },
    { "Ograve", 210 },
    { "Oslash", 216 },
    { "Otilde", 213 },
    { "Ouml", 214 },
    { "Scaron", 352 },
    { "THORN", 222 },
    { "Uacute", 218 },
    { "Ucirc", 219 },
    { "Ugrave", 217 },
    { "Uuml", 220 },
    { "Yacute", 221 },
    { "Yuml", 376 },
    { "aacute", 225 },
    { "acirc", 226 },
    { "acute", 180 },
    { "aelig", 230 },
    { "agrave", 224 },
    { "amp", 38 },
    { "apos", 39 },
    { "aring", 229 },
    { "atilde", 227 },
    { "auml", 228 },
    { "bdquo", 8222 },
    { "brvbar", 166 },
    { "ccedil", 231 },
    { "cedil", 184 },
    { "cent", 162 },
    { "copy", 169 },
    { "curren", 164 },
    { "dagger", 8224 },
    { "divide", 247 },
    { "eacute", 233 },
    { "ecirc", 234 },
    { "egrave", 232 },
    { "euml", 235 },
    { "frac12", 189 },
    { "frac14", 188 },
    { "frac34", 190 },
    { "hellip", 8230 },
    { "iacute", 237 },
    { "icirc", 238 },
    { "iexcl", 161 },
    { "igrave", 236 },
    { "iquest", 191 },
    { "iuml", 239 },
    { "laquo", 171 },
    { "ldquo", 8220 },
    { "lsaquo", 8249 },
    { "lsquo", 8216 },
    { "macr", 175 },
    { "mdash", 8212 },
    { "micro", 181 },
    { "middot", 183 },
    { "nbsp", 160 },
    { "ndash", 8211 },
    { "ntilde", 241 },
    { "oacute", 243 },
    { "ocirc", 244 },
    { "oelig", 339 },
    { "ograve", 242 },
    { "ordf", 170 },
    { "ordm", 186 },
    { "oslash", 248 },
    { "otilde", 245 },
    { "ouml", 246 },
    { "permil", 8240 },
    { "plusmn", 177 },
    { "pound", 163 },
    { "quot", 34 },
    { "raquo", 187 },
    { "rdquo", 8221 },
    { "rsaquo", 8250 },
    { "rsquo", 8217 },
    { "sbquo", 8218 },
    { "scaron", 353 },
    { "sect", 167 },
    { "szlig", 223 },
    { "thinsp", 8201 },
    { "thorn", 254 },
    { "times", 215 },
    { "trade", 8482 },
    { "uacute", 250 },
    { "ucirc", 251 },
    { "ugrave", 249 },
    { "uuml", 252 },
    { "yacute", 253 },
    { "yuml", 255 },
};

static int compare_entity(const void *key, const void *entry)
{
    return strcmp(key, ((const named_entity *)entry)->name);
}

/* The reference [at, end) as libxml2 reads it: "&name;" of a known entity
 * becomes its decimal reference, which decodes to the same character. */
static void compact_reference(compactor *c, apr_size_t at, apr_size_t end)
{
    const char *s = c->src;
    char name[8];
    apr_size_t n = end - at - 2;
    if (end - at < 4 || s[end - 1] != ';' || s[at + 1] == '#' || n >= sizeof name)
        return;
    memcpy(name, s + at + 1, n);
    name[n] = '\0';
    const named_entity *hit = bsearch(name, named_entities,
                                      sizeof named_entities / sizeof named_entities[0],
                                      sizeof named_entities[0], compare_entity);
    if (!hit)
        return;
    char digits[8];
    int k = 0;
    for (int code = hit->code; code > 0; code /= 10)
        digits[k++] = (char)('0' + code % 10);
    compact_copy(c, at);
    char *d = c->dst + c->out;
    *d++ = '&';
    *d++ = '#';
    while (k > 0)
        *d++ = digits[--k];
    *d++ = ';';
    apr_size_t written = (apr_size_t)(d - (c->dst + c->out));
    c->out += written;
    c->done = at + written;
    compact_drop(c, end);
}

/* The character reference at s[0, n) ("&#"), as libxml2's
 * htmlParseCharRef reads it: returns the bytes it consumes, and *dropped
 * says whether its value is no XML character, when libxml2 reports
 * nothing for it. */
apr_size_t nc_stream_char_ref(const char *s, apr_size_t n, int *dropped)
{
    int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
    apr_size_t i = hex ? 3 : 2;
    unsigned long val = 0;
    for (; i < n; i++) {
        int d = s[i] >= '0' && s[i] <= '9' ? s[i] - '0'
              : hex && s[i] >= 'a' && s[i] <= 'f' ? s[i] - 'a' + 10
              : hex && s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 10 : -1;
        if (d < 0)
            break;
        if (val < 0x110000)
            val = val * (hex ? 16 : 10) + (unsigned long)d;
    }
    *dropped = !(val == 0x9 || val == 0xA || val == 0xD || (val >= 0x20 && val <= 0xD7FF)
                 || (val >= 0xE000 && val <= 0xFFFD) || (val >= 0x10000 && val <= 0x10FFFF));
    return i < n && s[i] == ';' ? i + 1 : i;
}

/* Does libxml2 drop the reference [at, end) without a word? The text after
 * it then shares its range, and the parser may take that text from
 * libxml2's characters (on_characters), so it must reach libxml2 whole. */
static int char_ref_dropped(const char *s, apr_size_t at, apr_size_t end)
{
    int dropped = 0;
    if (end - at >= 2 && s[at + 1] == '#')
        nc_stream_char_ref(s + at, end - at, &dropped);
    return dropped;
}

/* Text between tags: each stretch of plain text becomes one character; a
 * reference ('&', decoded by libxml2) keeps its meaning, and text with a
 * control character (dropped by libxml2, so its text might be empty) all
 * of its bytes. */
static void compact_text(compactor *c, apr_size_t from, apr_size_t to)
{
    if (to - from < 2)
        return;
    const char *amp = NULL;
    const apr_uint64_t ones = APR_UINT64_C(0x0101010101010101),
                       high = APR_UINT64_C(0x8080808080808080);
    for (apr_size_t i = from; i < to; i++) {
        /* eight bytes at a time while none is below 0x20 or an '&' */
        for (apr_uint64_t w, a; i + 8 <= to; i += 8) {
            memcpy(&w, c->src + i, 8);
            a = w ^ (ones * '&');
            if (((w - ones * 0x20) & ~w & high) | ((a - ones) & ~a & high))
                break;
        }
        if (i >= to)
            break;
        unsigned char u = (unsigned char)c->src[i];
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != 0)
            return;
        if (u == '&' && !amp)
            amp = c->src + i;
    }
    int whole = 0;                      /* the stretch follows a dropped reference */
    while (amp) {
        apr_size_t at = (apr_size_t)(amp - c->src);
        if (!whole)
            compact_stretch(c, from, at);
        from = reference_end(c, at, to);
        whole = char_ref_dropped(c->src, at, from);
        compact_reference(c, at, from);
        amp = memchr(c->src + from, '&', to - from);
    }
    if (!whole)
        compact_stretch(c, from, to);
}

/* The shapes an inline icon's <svg> draws with. */
static int shape_name(const char *s, apr_size_t n)
{
    switch (n) {
    case 3: return name_matches(s, n, "use", 1);
    case 4: return name_matches(s, n, "path", 1) || name_matches(s, n, "rect", 1)
                || name_matches(s, n, "line", 1) || name_matches(s, n, "stop", 1);
    case 6: return name_matches(s, n, "circle", 1);
    case 7: return name_matches(s, n, "ellipse", 1) || name_matches(s, n, "polygon", 1);
    case 8: return name_matches(s, n, "polyline", 1);
    default: return 0;
    }
}

/* An <svg>'s contents from from (after its start tag's '>'): where its
 * "</svg" starts when they are nothing but blanks and self-closed shapes
 * ("<path d=.../>") the tokenizer reads as libxml2 does, else 0. Such
 * contents are left out whole: the model reads nothing in an svg (no
 * text, no block, no hint), and each shape cost libxml2 a start and an end
 * event and, for the names it does not know, an error (issue 6: an icon
 * per link in a page's menus). Anything else in it (a <title>, text, a
 * comment, a <g> to close) goes to libxml2 as before. */
static apr_size_t svg_shapes_end(const compactor *c, apr_size_t from)
{
    const char *s = c->src;
    for (apr_size_t i = skip_blanks(c, from);; i = skip_blanks(c, i)) {
        if (i + 6 > c->n || s[i] != '<')
            return 0;
        if (s[i + 1] == '/')
            return name_end(c, i + 2) == i + 5 && name_matches(s + i + 2, 3, "svg", 1) ? i : 0;
        apr_size_t k = name_end(c, i + 1), j;
        if (!k || !shape_name(s + i + 1, k - i - 1))
            return 0;
        tag_attribute att;
        int got;
        for (j = skip_blanks(c, k); (got = next_attribute(c, j, &att)) == 1; j = att.next)
            ;
        if (got != 2 || s[j] != '/')    /* "/>" read as such, not an unquoted value's '/' */
            return 0;
        i = att.next;
    }
}

apr_size_t nc_stream_compact(const char *src, apr_size_t n, char *dst, apr_size_t stream0,
                             nc_stream_feed *feed)
{
    compactor c = { feed, src, n, dst, 0, 0, stream0, 0 };
    apr_size_t i = 0;
    while (i < n) {
        const char *lt = memchr(src + i, '<', n - i);
        if (!lt)
            break;                  /* trailing text waits for its '<' as it is */
        apr_size_t at = (apr_size_t)(lt - src), end = 0;
        compact_text(&c, i, at);
        i = at;                     /* where the rest is handed over from */
        if (at + 3 >= n)
            break;
        char next = src[at + 1];
        if (letter_seen(next)) {
            end = compact_start_tag(&c, at);
            if (end && c.raw_follows) {
                i = end;
                break;
            }
            apr_size_t shapes_end;
            if (end && (next | 0x20) == 's' && src[end - 2] != '/' && name_end(&c, at + 1) == at + 4
                && name_matches(src + at + 1, 3, "svg", 1) && (shapes_end = svg_shapes_end(&c, end))) {
                compact_copy(&c, end);
                compact_drop(&c, shapes_end);
                end = shapes_end;
            }
        } else if (next == '/') {
            const char *gt = letter_seen(src[at + 2]) ? memchr(src + at + 2, '>', n - at - 2) : NULL;
            apr_size_t k = gt ? name_end(&c, at + 2) : 0;
            if (k)
                rename_end_tag(&c, at + 2, k, (apr_size_t)(gt - src));
            end = gt ? (apr_size_t)(gt - src) + 1 : 0;
        } else if (next == '!' && src[at + 2] == '-' && src[at + 3] == '-')
            end = comment_end(&c, at);
        else if (next != '!' && next != '?')
            end = at + 1;           /* a '<' that starts no tag is a character */
        if (!end)
            break;
        i = end;
    }
    copy_checking(&c, i, n);
    return c.out;
}

apr_size_t nc_stream_copy(const char *src, apr_size_t n, char *dst, apr_size_t stream0,
                          nc_stream_feed *feed)
{
    compactor c = { feed, src, n, dst, 0, 0, stream0, 0 };
    copy_checking(&c, 0, n);
    return c.out;
}

/* The doctype or first start tag at the start of s[0, n) (after blanks),
 * when it ends cleanly within it: its length, or 0. Only those two tokens:
 * libxml2 2.9 ends an odd comment ("<!-->") at a slice's end differently
 * than in one piece, so anything else goes as it comes. */
apr_size_t nc_stream_lead_token(const char *s, apr_size_t n)
{
    apr_size_t i = 0;
    while (i < n && blank_seen(s[i]))
        i++;
    if (i + 9 > n || s[i] != '<')
        return 0;
    if (!letter_seen(s[i + 1]) && strncasecmp(s + i + 1, "!doctype", 8) != 0)
        return 0;
    for (; i < n; i++) {
        if (s[i] == '>')
            return i + 1;
        if (s[i] == '"' || s[i] == '\'') {     /* a quoted '>' ends nothing */
            const char *q = memchr(s + i + 1, s[i], n - i - 1);
            if (!q)
                return 0;
            i = (apr_size_t)(q - s);
        }
    }
    return 0;
}

