/*
 * shell_shape.h - an error shell judged by its shape beside the story: a
 * site's own 404 box in its own words, in a box whose class names no error.
 */
#ifndef NC_SHELL_SHAPE_H
#define NC_SHELL_SHAPE_H

#include "doc.h"

/* What a group of short blocks beside the story looks like (filled by
 * nc_shell_shape_judge; exported for the unit tests). */
typedef struct nc_shape_signs {
    int blocks, words, max_words;  /* its text blocks (not furniture) */
    int heads;          /* its first block is a title that names no story */
    int bare_code;      /* ... or a bare 4xx/5xx status code */
    int says;           /* a block of 5+ words with no link: a message, no menu */
    int sends_away;     /* a link to the site's root, a search, "back" */
    int foreign;        /* shares (almost) no content word with the story */
    int model;          /* the best log-odds of the learned model over its blocks */
    int unlinked;       /* a block not yet a shell has letters outside links */
    int long_lines;     /* blocks of 31-50 words (a joke's paragraph); 0 or 1 */
    int long_model;     /* the model's log-odds of that block */
} nc_shape_signs;

/* Content-word keys of UTF-8 text (words of 5+ letters by their first six,
 * Hangul words by their first two, CJK by pairs of characters), as a set. */
typedef struct nc_word_set nc_word_set;
nc_word_set *nc_word_set_make(apr_pool_t *p);
void nc_word_set_add_text(nc_word_set *s, const char *text, apr_size_t len);
/* How many of text's distinct keys are in s (*shared) and how many it has. */
void nc_word_set_overlap(const nc_word_set *s, apr_pool_t *p, const char *text, apr_size_t len,
                         int *shared, int *total);

/* The links of html[start, end) (the page's bytes, any ASCII-compatible
 * charset): how many, how many lead away (to the site's root, back, or a
 * search page), and the search forms and fields. The caller skips
 * furniture inside (nav, header, footer, aside). */
typedef struct nc_shape_links_count {
    int links, away, searches;
} nc_shape_links_count;
void nc_shape_links(const char *html, apr_size_t start, apr_size_t end, nc_shape_links_count *c);
/* Does a box with these links send the reader away? A search, or links
 * most of which lead away: "Back to the front page", "Search our
 * archive", not one "Home" in a menu or a list of stories. */
int nc_shape_sends_away(const nc_shape_links_count *c);

/* Is the shape a shell's? Several weak signs together, never one alone. */
int nc_shape_is_shell(const nc_shape_signs *s, int page_has_shell);

/* A box that sends the reader nowhere, beside the story: its words only.
 * nc_shape_notice_kinds: which kinds of a notice's words UTF-8 text has
 * (NC_NOTICE_*: the page failed or is unavailable, temporary or try again,
 * an apology, gone; access refused, the browser, enable, home, domain, sale). */
#define NC_NOTICE_FAILED 1
#define NC_NOTICE_LATER 2
#define NC_NOTICE_SORRY 4
#define NC_NOTICE_GONE 8
/* A screen that stands between the reader and the page, not the page's
 * failure (the bb-* set): access refused or a bot check; the browser's
 * JavaScript or cookies; switching them on or off; the site's home page
 * as the way out; a parked domain's name, and its sale. */
#define NC_NOTICE_DENIED 16
#define NC_NOTICE_BROWSER 32
#define NC_NOTICE_ENABLE 64
#define NC_NOTICE_HOME 128
#define NC_NOTICE_DOMAIN 256
#define NC_NOTICE_SALE 512
unsigned nc_shape_notice_kinds(const char *text, apr_size_t len);
/* Does UTF-8 text hold a figure: digits, no letter beside them, no bare 4xx/5xx code? */
int nc_shape_has_figure(const char *text, apr_size_t len);

/* Letters of html[start, end) outside tags, entities and links, roughly,
 * in any ASCII-compatible charset: 0 for a line of links only (a ticker's
 * headlines, a menu). */
int nc_shape_unlinked_letters(const char *html, apr_size_t start, apr_size_t end);

typedef struct nc_notice_signs {
    int blocks, words, max_words;  /* its text blocks */
    int links;          /* links, forms and search fields in it: none in a notice */
    unsigned kinds;     /* NC_NOTICE_* over its blocks */
    int unworded;       /* blocks (no heading) with none of a notice's words */
    int foreign;        /* shares no content word with the story or the <title> */
    int figures;        /* blocks with a number that is no bare 4xx/5xx code */
    int model;          /* the lowest log-odds of the learned model over its blocks */
} nc_notice_signs;

/* Is it a notice that stands in for the page (a shell)? Two kinds of words
 * (one on a page that has a shell already), every block worded, short, no
 * link, no figure, no word of the story's, and no block the model is sure
 * is a story's. */
int nc_shape_is_notice(const nc_notice_signs *s, int page_has_shell);

/* A flag per block inside a rail of teaser cards (at least three sibling
 * elements of one tag and class, each a link's headline over a short
 * teaser); NULL when the page has none. */
char *nc_shape_card_blocks(apr_pool_t *p, nc_docmodel *m, const char *html, apr_size_t len);

/* Marks NC_SHELL the short boxes beside a kept story that have an error
 * page's shape (shell_shape.c); html is the page's bytes. Returns how many
 * groups were marked. page_has_shell: the word rules found one already. */
int nc_shell_shape_mark(apr_pool_t *p, nc_docmodel *m, const char *html, apr_size_t len,
                        int page_has_shell);

#endif
