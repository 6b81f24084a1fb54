/*
 * doc.h - the document model: the page as a list of blocks with byte ranges.
 *
 * Both parsers (HTML and plain text) produce the same model, so shell
 * detection, deduplication and extraction never know which markup the page
 * had. A block is a block-level element (or a line of plain text); its text is
 * the block's own text, UTF-8, whitespace collapsed, without nested blocks.
 * Offsets are into the original bytes; a block whose range could not be
 * verified is marked untrusted and is never edited.
 */
#ifndef NC_DOC_H
#define NC_DOC_H

#include <string.h>

#include <apr_pools.h>
#include <apr_tables.h>
#include "buf.h"

#define NC_NO_OFFSET ((apr_size_t)-1)

/* The tag of a run: loose text and inline markup straight in a container
 * that also holds blocks, between two of them (html_parser.c). */
#define NC_RUN_TAG "#text"

typedef enum {
    NC_ROLE_OTHER = 0,
    NC_ROLE_HEADING,        /* h1..h6 */
    NC_ROLE_TITLE,          /* <title> */
    NC_ROLE_CONTAINER       /* div, section, article, body, ...: holds other blocks */
} nc_block_role;

typedef enum { NC_KEEP = 0, NC_SHELL, NC_DUPLICATE } nc_verdict;

/* 64 bytes: a page has one every 185-500 bytes, and the array of them is
 * the largest thing a page holds while it is parsed, after the page itself.
 * Offsets and text lengths are 32-bit (the engine takes no page over 2 GB,
 * NC_DOC_MAX_BYTES, and a text no longer than 4 GB), the depth 16-bit (the
 * parser gives up past NC_MAX_NESTING), the flags single bits. */
typedef struct nc_block {
    const char *tag;            /* lower-case element name, "line" for plain text */
    const char *hint;           /* class and id, lower-case, space separated, or "" */
    const char *text;           /* own text, UTF-8, collapsed, may be "" */
    const apr_uint32_t *line_starts; /* where in text each line after a <br> or a line break starts */
    apr_uint32_t start, end;    /* [start, end) of the whole element or line; end NC_BLOCK_OPEN until known */
    apr_uint32_t text_len;
    int         parent;         /* index of the enclosing block, -1 at the top */
    int         last_desc;      /* index of the last block nested inside this one */
    int         words;
    apr_uint16_t depth;
    unsigned char role;         /* nc_block_role */
    unsigned char verdict;      /* nc_verdict */
    unsigned char heading_level;/* 1..6 for headings, else 0 */
    unsigned char nlines;       /* line_starts: how many (at most NC_MAX_LINE_STARTS), 0 on one line */
    unsigned char br_lines;     /* of those, the lines a <br> starts (a line break in the source starts the others) */
    unsigned int repeated : 1;  /* its text appeared earlier in the page (any length) */
    unsigned int trusted : 1;   /* start and end were verified against the bytes */
    unsigned int boilerplate : 1; /* inside nav/header/footer/aside/form: not article text */
} nc_block;

/* Is tag (a block's lower-case element name) name? By the first letter
 * first: most asks are a no, answered without a call to strcmp (a block's
 * tag is asked of every block, and of every ancestor of many; issue 6). */
static inline int nc_tag_is(const char *tag, const char *name)
{
    return tag[0] == name[0] && strcmp(tag, name) == 0;
}

/* body, html or main: the page's or the story's own wrapper, where walks
 * up from a block stop. By the first letter first: asked of every
 * ancestor of many blocks. */
static inline int nc_block_page_or_main(const nc_block *c)
{
    return (c->tag[0] == 'b' && !strcmp(c->tag, "body")) || (c->tag[0] == 'h' && !strcmp(c->tag, "html"))
        || (c->tag[0] == 'm' && !strcmp(c->tag, "main"));
}

/* Does b's text end in an ellipsis ("…", "...", "[…]")? A teaser's
 * excerpt cut short (dedup.c reads a copy so; edits.c a copy's box). */
static inline int nc_block_ends_in_ellipsis(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t n = b->text_len;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == ']' || t[n - 1] == ')'))
        n--;
    return (n >= 3 && memcmp(t + n - 3, "...", 3) == 0)
        || (n >= 3 && memcmp(t + n - 3, "\xE2\x80\xA6", 3) == 0);
}

/* A box's label: a heading of at most NC_BOX_LABEL_MAX_WORDS words said
 * nowhere before ("Destaque", "Related", "Mais lidas"). Over a teaser
 * copy of the story it is the rail's, which the site fills with other
 * stories on other pages: the box and its label stay, the teaser goes
 * (dedup.c take_copy_extras, edits.c subtree_removable). A syndicated
 * copy's reworded headline is a sentence, longer. */
#define NC_BOX_LABEL_MAX_WORDS 3

static inline int nc_block_is_box_label(const nc_block *b)
{
    return b->heading_level > 0 && !b->repeated && b->words >= 1 && b->words <= NC_BOX_LABEL_MAX_WORDS;
}

/* nc_block.end of an element whose end was never seen: past every offset. */
#define NC_BLOCK_OPEN ((apr_uint32_t)-1)
/* The longest text a block keeps (nc_block.text_len). */
#define NC_BLOCK_TEXT_MAX ((apr_size_t)0xffffffffu - 1)

#define NC_MAX_LINE_STARTS 16      /* fits nc_block's nlines */

/* Where the metadata block may go. */
typedef struct nc_anchors {
    apr_size_t head_close;      /* offset of "</head", or NC_NO_OFFSET */
    apr_size_t body_close;      /* offset of "</body", or NC_NO_OFFSET */
    apr_size_t head_open_end;   /* just after "<head ...>", or NC_NO_OFFSET */
} nc_anchors;

typedef struct nc_name_memo nc_name_memo;   /* doc.c: the families of names read so far */

typedef struct nc_docmodel {
    apr_array_header_t *blocks;     /* of nc_block, in document order */
    nc_name_memo *names;            /* the names read so far (nc_doc_names), NULL: each question walks */
    nc_anchors anchors;
    int is_html;
    const char *meta_charset;       /* from <meta charset> / http-equiv, or NULL */
    const char *meta_charset_later; /* the first later <meta> that declares another one, or NULL */
    int inert_blocks;               /* <template> blocks (nc_doc_inert) */
    int root_title_error;           /* the page's first <title> is an error page's (nc_shells_mark) */
} nc_docmodel;

/* The nearest block from `from` up (itself included) whose tag is name,
 * -1 when none: a block quote round a shell line, an <article> round a
 * wall. */
static inline int nc_doc_tag_around(const nc_docmodel *m, int from, const char *name)
{
    for (int a = from; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (nc_tag_is(APR_ARRAY_IDX(m->blocks, a, nc_block).tag, name))
            return a;
    return -1;
}

/* Collapse whitespace (ASCII and U+00A0) in UTF-8 text and count words. */
const char *nc_collapse_text(apr_pool_t *p, const char *s, apr_size_t n,
                             apr_size_t *out_len, int *words);

/* The words of UTF-8 text s[0, n) as a block counts them: its
 * spaced_words, or more when it is Chinese, Japanese, Thai, Lao, Khmer or
 * Myanmar, whose words have no spaces between them (about two ideographs
 * or four letters a word). */
int nc_weighed_words(const char *s, apr_size_t n, int spaced_words);
/* Does UTF-8 text[0, n) end like a sentence ("." "!" "?" "…" "。" "！"
 * "？" "؟"), closing quotes and brackets allowed after it? */
int nc_text_ends_sentence(const char *text, apr_size_t n);

/* Page-wide forms: ASP.NET WebForms wraps the whole page, masthead, story
 * and footer, in one <form>, which the parser counts as furniture like a
 * search box. A form that starts a furniture zone and holds a kept block of
 * more than long_words words outside its own nav, header, footer, aside,
 * menu, iframe or inner form holds the story: returns a flag per block, 1
 * for the form and its blocks outside that inner furniture (NULL when no
 * form holds a story), so callers can count them as story text. */
char *nc_doc_story_forms(apr_pool_t *p, const nc_docmodel *m, int long_words);

/* The page footer by name: a flag per block, 1 for a block whose class or id
 * (or an enclosing element's) names it the site's footer ("footer",
 * "site-foot", "podval", "stopka", "copyright"), as old templates write it
 * with <div>s; NULL when no block is. */
char *nc_doc_named_footers(apr_pool_t *p, const nc_docmodel *m);

/* A copyright line ("© 2026 ...", "Copyright (c) ..."): the site's, never
 * the story's text. */
int nc_doc_copyright_line(const nc_block *b);

/* A <template>'s content is parsed as markup (HTML5: a document fragment)
 * but never shown: a flag per block, 1 for each <template> block and the
 * blocks inside one; NULL when the page has none. The engine lets only
 * dedup read their text, and only as copies of text shown elsewhere
 * (a hydration copy of the story), never as the copy that stays. */
char *nc_doc_inert(apr_pool_t *p, const nc_docmodel *m);

/* The element holding block i (below body, html and main) whose class or
 * id names a paywall or a subscription offer ("paywall__preview",
 * "regwall", "subscriber-only", "piano-offer", "abo-teaser"), or -1. What
 * such a box says is the site's offer to subscribers, and a story
 * paragraph in it is the box repeating the article. */
int nc_doc_paywall_of(const nc_docmodel *m, int i);

/* The next part of a class or id at *s: a run of a-z (and of 0-9 too with
 * digits), its length in *n; NULL at the end. Hints are matched by whole
 * parts, so "terrorism" is no "error" and "footnote" no "footer". */
const char *nc_hint_next_word(const char **s, int digits, apr_size_t *n);

/* Is the part w (n bytes) one of the NULL-ended names? */
int nc_hint_word_is_one_of(const char *w, apr_size_t n, const char *const *names);

/* Class and id names by family, read once a page.
 *
 * Many rules ask of a block whether its own class or id, or an element's
 * around it, names something (an error box, a paywall, a comment thread,
 * the site's furniture), and each used to walk up the block's ancestors
 * and read their names again, block by block. A family is a bit of
 * nc_name_family and a test of one block (nc_names_test, from the file
 * that owns the words); a block is read with a family's test once a
 * page, when a question first needs it, and whether an element around a
 * block (below body, html and main, nc_block_page_or_main) is so named is
 * found once and kept for every block on the way up. Later questions
 * read a bit.
 *
 * To add a family: a bit below (at most 8) and a test; ask with the same
 * test every time. The memo is a stage's (nc_docmodel.names: the engine
 * makes it in the pool of the shell stages, then of dedup, with
 * nc_doc_names_begin, and sets it to NULL when the stage's pool goes; with
 * none each question walks) and holds what the test said when the family
 * was first asked in that stage: a test that reads a block's text (the
 * comment thread's heading) sees <template>s as that stage does. */
typedef enum {
    NC_NAMES_ERROR = 1 << 0,            /* nc_hint_names_error (shells.c) */
    NC_NAMES_PAYWALL = 1 << 1,          /* nc_doc_paywall_of */
    NC_NAMES_COMMENT_THREAD = 1 << 2,   /* nc_doc_comment_thread_of: a container named or headed so */
    NC_NAMES_FURNITURE = 1 << 3         /* shells.c's hint_names_furniture */
} nc_name_family;

/* Does block i's own class or id name the family? (m, i): no more than
 * that block's fields. */
typedef int (*nc_names_test)(const nc_docmodel *m, int i);

/* A memo in pool p for a model whose blocks are complete: 4 bytes a
 * block, made at the first question. */
void nc_doc_names_begin(apr_pool_t *p, nc_docmodel *m);

/* Does block i's own class or id name family f (test says so)? */
int nc_doc_names(const nc_docmodel *m, int i, nc_name_family f, nc_names_test test);

/* The nearest element around block i (not i itself), below body, html and
 * main, whose class or id names family f, or -1. */
int nc_doc_named_around(const nc_docmodel *m, int i, nc_name_family f, nc_names_test test);

/* A reader's comment thread by name: a class or id ("comments",
 * "comment-content", "komentarze", "reacties", "yorum-list") as a whole
 * word or the first part of one. A reader who pastes the story's
 * paragraphs there is no copy of the article, and what the thread and its
 * notice say ("Sorry, comments are closed") is no error page's. */
int nc_doc_names_comment_thread(const char *hint);

/* The container holding block i (below body, html and main) that names a
 * comment thread, or -1. */
int nc_doc_comment_thread_of(const nc_docmodel *m, int i);
/* Is b a heading that names a comment thread ("Commentaires", "Reacties (4)")? */
int nc_doc_comments_heading(const nc_block *b);

#endif
