/*
 * dedup.c - finding duplicated copies of the article's blocks.
 *
 * Each block's text is reduced to a key that ignores what a second rendering
 * changes without changing the words: case, whitespace, &nbsp;, entities
 * (already decoded), curly vs straight quotes, dashes and punctuation,
 * full-width vs ASCII forms, Arabic vs ASCII digits and punctuation, "ё"
 * written "е", Latin letters with or without their diacritics (Polish
 * retyped in ASCII, Romanian "ş" for "ș", Turkish "İ" and "ı"), Cyrillic
 * and Greek capitals, Arabic's tashkeel and tatweel, Arabic "ي" and "ك"
 * for Persian "ی" and "ک", a letter and its combining accents (NFD) for the
 * accented letter (NFC), a footnote's number ("Bonfim.1 Em") and, in
 * Chinese and Japanese, a line break inside a number or Latin word glued
 * to their characters ("6时3" / "0分" wrapped from "6时30分"). A block
 * whose key was seen earlier is a later copy; the first copy stays.
 *
 * What else counts:
 *  - a truncated copy (ends in "…" or "...", its words a prefix of a full
 *    block) is a copy too; when the truncated copy comes first (a teaser above
 *    the full text), the complete copy is the one that stays; a teaser of
 *    two or more whole paragraphs, lacking one the full text has, too;
 *  - short blocks (subheads, "Read more", list items) are copies only when
 *    they continue a run of copied blocks in the same order as the original,
 *    or follow themselves where every block is printed twice in place;
 *  - a copy cut at other places (paragraphs merged or split, text/plain
 *    re-wrapped): runs of blocks whose joined keys are equal;
 *  - a story block of <br> lines printed again less its first or last line
 *    (a date, a byline): a run of blocks whose joined keys are the rest;
 *  - in text/plain, a rule line ("---") between two copied lines;
 *  - Joomla K2's intro (itemIntroText) said again as the first paragraph
 *    of its full text (itemFullText): the layout's, no dek echoed;
 *  - a teaser whose full story follows folded away in a collapsed panel
 *    (Bootstrap's "collapse"): the teaser stays, the panel's repeat goes;
 *  - a copy cut off mid-sentence with no ellipsis, right after a copied
 *    block: the start of the block after that block's original;
 *  - a copy with its typos fixed, beside a copy: a long block a few edits
 *    from its original's neighbour;
 *  - a copy's wrapper takes its own short lines (byline, "Read also") along,
 *    and so does the wrapper's wrapper by the same test (a reworded headline);
 *    a wrapper that repeats the headline is the page rendered again (an AMP
 *    or print view) and takes its own masthead and footer along too;
 *    and its quotes and asides whose long blocks repeat a block before it (a
 *    court story's ruling, quoted in the text and in a box, copied whole);
 *  - a one-paragraph story printed twice in twin elements, one right after
 *    the other (a brief's <div class=brief> twice), and a brief set in
 *    <br> sentence lines repeated on a page with no other story;
 *  - list items that are the body's paragraphs again, in a run;
 *  - a teaser's own "… Read more" label is no word of its copy; a wrapper
 *    cloned whole goes whole; a paywall box's repeat is a copy; a live
 *    entry shown twice, time and all, is a copy; a text/plain teaser's
 *    "Leer más: URL" line goes with it; in Chinese and Japanese a line
 *    break is no word break (a copy wrapped after each sentence).
 * What never counts: page furniture (nav, header, footer, aside, form), pull
 * quotes (blockquote, aside, figcaption), a reader's comment thread, blocks
 * shorter than min_words on their own, rows of figures on their own (a
 * timetable's times for every route), list items on their own (a list
 * repeated in header, body and footer is navigation, not a duplicated
 * article), a framed block repeated alone (a correction note at the top
 * and the bottom, bare or in a named wrapper, a ruling boxed alone in a
 * named wrapper and said again later in the prose, a live blog's alert posted
 * twice, its time in the entry's <time> or bare text, a summary named or
 * in the article's header over the lead it repeats, a headline listed in
 * a table of contents above it), a paragraph
 * said again inside the prose of its original's element, the boilerplate
 * closing each item of a series of stories (two press releases' "About the
 * company"), a rail of teaser cards repeated (related stories top and
 * bottom) beside a story of its own, a card's teaser repeating, alone,
 * a paragraph outside every card (a front page's list of the day's stories
 * under the lead story it starts), a refrain, a dek echoed as the body's
 * lead, a notice above and below the story and the same question put to
 * several people, each answering in their own words.
 */
#include "dedup.h"
#include "dedup_compose.h"
#include "buf.h"

#include <string.h>
#include <strings.h>

/* What an ASCII byte becomes in a key: itself lower-cased (letters, digits),
 * a word break (space), or nothing (punctuation, controls). Every byte from
 * 0x80 is KEY_DROP here, so a word's loop needs no test for them. */
enum { KEY_DROP = 0, KEY_SPACE = 1 };
static const unsigned char ascii_key[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0, 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
    0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
};

/* Two-byte letters that another rendering of the same text writes with a
 * sibling code point, and the one a key holds: Russian "ё" written "е"
 * (capitals are small letters by then: fold_letter); Persian yeh and
 * keheh typed with the Arabic letters ("ي", "ى", "ك") by an Arabic
 * keyboard or a feed. (Romanian "ş" and "ș" are both "s" in fold_letter.)
 * NULL for any other. */
static const unsigned char *twin_letter(unsigned char c, unsigned char c1)
{
    static const unsigned char twins[][4] = {
        { 0xD1, 0x91, 0xD0, 0xB5 }, { 0xD0, 0x81, 0xD0, 0x95 },     /* ё Ё -> е Е */
        { 0xD9, 0x8A, 0xDB, 0x8C }, { 0xD9, 0x89, 0xDB, 0x8C },     /* ي ى -> ی */
        { 0xD9, 0x83, 0xDA, 0xA9 },                                 /* ك -> ک */
    };
    if (c != 0xD0 && c != 0xD1 && c != 0xD9)
        return NULL;
    for (size_t t = 0; t < sizeof twins / sizeof twins[0]; t++)
        if (twins[t][0] == c && twins[t][1] == c1)
            return twins[t] + 2;
    return NULL;
}

/* A two-byte letter as a key holds it, or NULL when it is kept as it is:
 * Latin letters U+00C0..U+017F and Romanian U+0218..U+021B as their small
 * ASCII base letters (a copy retyped without Polish or Czech diacritics,
 * "Ê" in an upper-cased headline, Turkish "İ" and "ı" cased by a tool that
 * knows no Turkish), Cyrillic and Greek capitals as small letters (an
 * upper-cased copy). *out gets up to two bytes. */
static apr_size_t fold_letter(unsigned char c, unsigned char c1, unsigned char *out)
{
    static const char *const latin[] = {
        /* U+00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00D0 */ "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
        /* U+00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00F0 */ "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
        /* U+0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        /* U+0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        /* U+0120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        /* U+0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        /* U+0140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        /* U+0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        /* U+0160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        /* U+0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    };
    unsigned cp = ((unsigned)(c & 0x1F) << 6) | (c1 & 0x3F);
    const char *l = NULL;
    if (cp >= 0xC0 && cp <= 0x17F)
        l = latin[cp - 0xC0];
    else if (cp >= 0x218 && cp <= 0x21B)
        l = cp < 0x21A ? "s" : "t";
    if (l) {
        apr_size_t n = 0;
        while (l[n]) {
            out[n] = (unsigned char)l[n];
            n++;
        }
        return n;
    }
    unsigned lower = cp;
    if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        lower = cp + 0x20;
    else if (cp >= 0x400 && cp <= 0x40F)
        lower = cp + 0x50;
    else if (cp == 0x490)
        lower = 0x491;     /* Ukrainian "Ґ" */
    if (lower == cp)
        return 0;
    out[0] = (unsigned char)(0xC0 | (lower >> 6));
    out[1] = (unsigned char)(0x80 | (lower & 0x3F));
    return 2;
}

/* A footnote's number glued to what it annotates: one copy prints the
 * marks (<sup>1</sup>, "[2]") and another leaves them out ("Bonfim.1 Em" and
 * "Bonfim. Em"). At s + i, where an ASCII word starts with no space before
 * it: 1 to 3 digits right after closing punctuation (. , ; : ! ? ) ] [ ' "
 * ” ’ ») that follows a letter, and no letter or digit after them. Returns
 * their length, or 0. A digit before the punctuation ("3.5", "7:2",
 * "1,200") makes a number, not a mark. */
#define FOOTNOTE_MAX_DIGITS 3
#define FOOTNOTE_MAX_MARKS 4

static apr_size_t footnote_mark(const char *s, apr_size_t i, apr_size_t n)
{
    apr_size_t d = i;
    while (d < n && d - i <= FOOTNOTE_MAX_DIGITS && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d == i || d - i > FOOTNOTE_MAX_DIGITS)
        return 0;
    if (d < n) {
        unsigned char a = (unsigned char)s[d], a1 = d + 1 < n ? (unsigned char)s[d + 1] : 0;
        /* after them: the end, ASCII punctuation or space, a no-break space,
         * or U+2000..U+203F (spaces, dashes, quotes) */
        if (a < 0x80 ? ascii_key[a] > KEY_SPACE : !((a == 0xC2 && a1 == 0xA0) || (a == 0xE2 && a1 == 0x80)))
            return 0;
    }
    apr_size_t j = i;
    int marks = 0;
    while (marks < FOOTNOTE_MAX_MARKS) {
        unsigned char b = j >= 1 ? (unsigned char)s[j - 1] : 0;
        if (b && b < 0x80 && strchr(".,;:!?)][\'\"", b)) {
            j--;
        } else if (j >= 3 && (unsigned char)s[j - 3] == 0xE2 && (unsigned char)s[j - 2] == 0x80
                   && (b == 0x9D || b == 0x99)) {
            j -= 3;                 /* ” ’ */
        } else if (j >= 2 && (unsigned char)s[j - 2] == 0xC2 && b == 0xBB) {
            j -= 2;                 /* » */
        } else {
            break;
        }
        marks++;
    }
    if (marks == 0 || j == 0)
        return 0;
    unsigned char l = (unsigned char)s[j - 1];
    return l >= 0x80 || ((l | 0x20) >= 'a' && (l | 0x20) <= 'z') ? d - i : 0;
}

/* Chinese and Japanese glue numbers and Latin words to their characters
 * with no space ("全长25.9公里", "6时30分"); a copy wrapped at a fixed
 * width breaks lines anywhere, inside those too ("6时3" and "0分"). Does
 * the run of ASCII (or full-width) letters, digits and punctuation at
 * s + i end right at a Chinese or Japanese character? A space before such
 * a run is no word break. Looks at most GLUED_RUN_MAX_BYTES ahead. */
#define GLUED_RUN_MAX_BYTES 32

static int glued_right(const char *s, apr_size_t i, apr_size_t n)
{
    apr_size_t j = i;
    while (j < n && j - i < GLUED_RUN_MAX_BYTES) {
        unsigned char c = (unsigned char)s[j];
        if (c > 0x20 && c < 0x7F) {
            j++;
            continue;
        }
        if (c == 0xEF && j + 2 < n) {
            unsigned char c1 = (unsigned char)s[j + 1], c2 = (unsigned char)s[j + 2];
            if ((c1 == 0xBC && ((c2 >= 0x90 && c2 <= 0x99) || (c2 >= 0xA1 && c2 <= 0xBA)))
                || (c1 == 0xBD && c2 >= 0x81 && c2 <= 0x9A)) {
                j += 3;             /* full-width digits and letters */
                continue;
            }
        }
        break;
    }
    if (j == i || j + 2 >= n)
        return 0;
    unsigned char c = (unsigned char)s[j], c1 = (unsigned char)s[j + 1];
    return (c >= 0xE3 && c <= 0xE9) || (c == 0xEF && (c1 >= 0xBC || (c1 >= 0xA4 && c1 <= 0xAB)));
}

/* Does a key break words before an ASCII letter or digit (or one keyed as
 * ASCII) at s + i? Only after a space in the text, and not after a Chinese
 * or Japanese character, nor inside a run glued to one. *glued: 1, the
 * run before the space started right after one; 2, it did not, but the
 * block has shown one, so the run after the space is looked at
 * (glued_right); 0, the block has shown none. */
#if defined(__GNUC__)
__attribute__((always_inline))  /* once a word of every block's key: the call cost 12 K a 15 KB page */
#endif
static inline int breaks_word(int space, apr_size_t o, int cjk, int *glued, const char *s, apr_size_t i,
                              apr_size_t n)
{
    if (cjk) {
        *glued = 1;
        return 0;
    }
    if (!space || !o)
        return 0;
    if (*glued == 1 || (*glued == 2 && glued_right(s, i, n))) {
        *glued = 2;             /* one break a run: a wrap breaks a line once */
        return 0;
    }
    if (*glued)
        *glued = 2;
    return 1;
}

/* A combining character that composes with the letter before it:
 * U+0300..036F (accents), U+3099..309A (kana voicing marks), Hangul's
 * medial vowels and final consonants U+1161..11C2. */
static int combining(unsigned int cp)
{
    return (cp >= 0x300 && cp <= 0x36F) || cp == 0x3099 || cp == 0x309A || (cp >= 0x1161 && cp <= 0x11C2);
}

static apr_size_t utf8_put(char *k, unsigned int cp)
{
    if (cp < 0x800) {
        k[0] = (char)(0xC0 | (cp >> 6));
        k[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    k[0] = (char)(0xE0 | (cp >> 12));
    k[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    k[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* Eight bytes at a time where the lowest address is the lowest byte and
 * the compiler counts trailing zeros. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define KEY_BYTES_BY_EIGHT 1
#define ctz64(x) __builtin_ctzll(x)
#else
#define KEY_BYTES_BY_EIGHT 0
#define ctz64(x) 0
#endif

/* How many of the eight bytes of x, from the lowest, are ASCII letters or
 * digits (0-8); *lower gets them as ascii_key writes them (letters
 * lower-cased, digits as they are: both have 0x20 set). A byte's range
 * tests add to it with no carry while it is below 0x80; a carry runs up
 * only from a byte from 0x80, which is no letter, so the lowest byte that
 * is none is found exactly. */
static apr_size_t alnum_bytes(apr_uint64_t x, apr_uint64_t *lower)
{
    const apr_uint64_t high = 0x8080808080808080ULL, each = 0x0101010101010101ULL;
    apr_uint64_t y = x | 0x2020202020202020ULL;
    apr_uint64_t digit = (x + each * (0x80 - '0')) & ~(x + each * (0x7F - '9'));
    apr_uint64_t letter = (y + each * (0x80 - 'a')) & ~(y + each * (0x7F - 'z'));
    apr_uint64_t stop = ~((digit | letter) & ~x) & high;
    *lower = y;
    return stop ? (apr_size_t)ctz64(stop) >> 3 : 8;
}

/* Letters and digits only, lower-cased (ASCII), single spaces between words;
 * non-ASCII letters are kept as they are, typographic punctuation dropped.
 * *hash gets the key's hash. */
static const char *block_key_into(char *k, const char *s, apr_size_t n, apr_size_t *klen,
                                  apr_uint64_t *hash);

/* Into the pool: n + 8 bytes, the room block_key_into takes. */
static const char *block_key(apr_pool_t *p, const char *s, apr_size_t n, apr_size_t *klen,
                             apr_uint64_t *hash)
{
    return block_key_into(apr_palloc(p, n + 8), s, n, klen, hash);
}

/* Into k, room for n + 8 bytes. */
static const char *block_key_into(char *k, const char *s, apr_size_t n, apr_size_t *klen,
                                  apr_uint64_t *hash)
{
    apr_size_t o = 0;
    int space = 0, cjk = 0;    /* cjk: the last character read was Chinese or Japanese */
    int glued = 0;             /* 1: the ASCII run being read started right after such a
                                * character; 2: not, but the block has shown one */
    unsigned int last = 0;     /* the letter just written, as the text spells it (0: none) */
    apr_size_t last_at = 0;    /*   and where the key holds it */
    for (apr_size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            unsigned char kc = ascii_key[c];
            if (kc > KEY_SPACE) {
                apr_size_t mark = !space && kc <= '9' ? footnote_mark(s, i, n) : 0;
                if (mark) {
                    i += mark;
                    last = 0;
                    continue;
                }
                if (breaks_word(space, o, cjk, &glued, s, i, n))
                    k[o++] = ' ';
                space = 0;
                cjk = 0;
                /* the rest of the word in one tight loop, eight bytes a
                 * round while they are all ASCII letters and digits */
                k[o++] = (char)kc;
                i++;
                while (KEY_BYTES_BY_EIGHT && i + 8 <= n) {
                    apr_uint64_t x, lower;
                    memcpy(&x, s + i, 8);
                    apr_size_t alnum = alnum_bytes(x, &lower);
                    memcpy(k + o, &lower, 8);
                    o += alnum;
                    i += alnum;
                    if (alnum < 8)
                        break;
                }
                kc = i < n ? ascii_key[(unsigned char)s[i]] : 0;
                while (kc > KEY_SPACE) {
                    k[o++] = (char)kc;
                    kc = ++i < n ? ascii_key[(unsigned char)s[i]] : 0;
                }
                last = (unsigned char)s[i - 1];
                last_at = o - 1;
                continue;
            }
            space |= kc == KEY_SPACE;
            last = 0;
            i++;
            continue;
        }
        /* U+2000..U+206F (quotes, dashes, spaces), U+00A0..U+00BF, U+2212 and
         * the CJK and full-width punctuation U+3000..U+3003, U+3008..U+3011,
         * U+3014..U+301F, U+FF01..U+FF0F are punctuation. */
        apr_size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        if (i + len > n)
            len = n - i;
        unsigned char c1 = len > 1 ? (unsigned char)s[i + 1] : 0, c2 = len > 2 ? (unsigned char)s[i + 2] : 0;
        unsigned int cp = len == 2 ? ((c & 0x1Fu) << 6) | (c1 & 0x3Fu)
                        : len == 3 ? ((c & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu) : 0;
        /* a combining accent after the letter it belongs to: the key holds
         * the composed letter, as a copy in NFC spells it */
        if (last && !space && combining(cp)) {
            unsigned int composed = nc_compose_pair(last, cp);
            if (composed) {
                o = last_at;
                char u[3];
                apr_size_t ul = utf8_put(u, composed);
                /* folded as the NFC copy's letter is below: "é" is "e" */
                unsigned char f[2];
                apr_size_t nf = ul == 2 ? fold_letter((unsigned char)u[0], (unsigned char)u[1], f) : 0;
                if (nf && !(nf == 2 && f[0] >= 0x80)) {
                    memcpy(k + o, f, nf);
                    o += nf;
                } else {
                    if (nf)
                        memcpy(u, f, 2);
                    const unsigned char *twin = ul == 2 ? twin_letter((unsigned char)u[0], (unsigned char)u[1]) : NULL;
                    memcpy(k + o, twin ? (const char *)twin : u, ul);
                    o += ul;
                }
                last = composed;
                i += len;
                continue;
            }
        }
        last = 0;
        /* U+FB00..U+FB06: the Latin ligatures a typeset copy uses ("ﬁnancial")
         * are the letters they join */
        if (c == 0xEF && len == 3 && c1 == 0xAC && c2 >= 0x80 && c2 <= 0x86) {
            static const char *const ligature[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };
            const char *l = ligature[c2 - 0x80];
            if (breaks_word(space, o, cjk, &glued, s, i, n))
                k[o++] = ' ';
            space = cjk = 0;
            while (*l)
                k[o++] = *l++;
            i += len;
            continue;
        }
        /* What a second rendering spells another way and a reader reads
         * the same: full-width digits and Latin letters (U+FF10..FF19,
         * U+FF21..FF3A, U+FF41..FF5A: "２０２５年" and "2025年"),
         * Arabic-Indic and Persian digits (U+0660..0669, U+06F0..06F9), and
         * Russian "ё" written "е" (U+0451, U+0401) */
        unsigned char ascii = 0;
        if (c == 0xEF && len == 3 && c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99)
            ascii = (unsigned char)('0' + c2 - 0x90);
        else if (c == 0xEF && len == 3 && c1 == 0xBC && c2 >= 0xA1 && c2 <= 0xBA)
            ascii = (unsigned char)('a' + c2 - 0xA1);
        else if (c == 0xEF && len == 3 && c1 == 0xBD && c2 >= 0x81 && c2 <= 0x9A)
            ascii = (unsigned char)('a' + c2 - 0x81);
        else if (c == 0xD9 && len == 2 && c1 >= 0xA0 && c1 <= 0xA9)
            ascii = (unsigned char)('0' + c1 - 0xA0);
        else if (c == 0xDB && len == 2 && c1 >= 0xB0 && c1 <= 0xB9)
            ascii = (unsigned char)('0' + c1 - 0xB0);
        if (ascii) {
            if (breaks_word(space, o, cjk, &glued, s, i, n))
                k[o++] = ' ';
            space = cjk = 0;
            k[o++] = (char)ascii;
            i += len;
            continue;
        }
        unsigned char folded[2];
        apr_size_t nfolded = len == 2 ? fold_letter(c, c1, folded) : 0;
        if (nfolded == 2 && folded[0] >= 0x80) {
            c = folded[0];          /* a small Cyrillic or Greek letter, then its twin */
            c1 = folded[1];
        } else if (nfolded) {
            if (space && o && !cjk)
                k[o++] = ' ';
            space = cjk = 0;
            for (apr_size_t f = 0; f < nfolded; f++)
                k[o++] = (char)folded[f];
            i += len;
            continue;
        }
        const unsigned char *twin = len == 2 ? twin_letter(c, c1) : NULL;
        if (twin || nfolded) {
            if (!twin)
                twin = folded;
            if (space && o && !cjk)
                k[o++] = ' ';
            space = cjk = 0;
            glued = glued ? 2 : 0;
            last = cp;
            last_at = o;
            k[o++] = (char)twin[0];
            k[o++] = (char)twin[1];
            i += len;
            continue;
        }
        int punct = (c == 0xE2 && len == 3 && c1 == 0x80)
                 || (c == 0xE2 && len == 3 && c1 == 0x81 && c2 < 0xB0)
                 /* superscript digits U+2070, U+2074..2079: a footnote's
                  * mark, as "¹²³" (U+00B9, U+00B2, U+00B3) are */
                 || (c == 0xE2 && len == 3 && c1 == 0x81 && (c2 == 0xB0 || (c2 >= 0xB4 && c2 <= 0xB9)))
                 || (c == 0xC2 && len == 2 && c1 >= 0xA0 && c1 <= 0xBF)
                 || (c == 0xE3 && len == 3 && c1 == 0x80 && c2 <= 0x83)
                 /* CJK brackets and quotation marks U+3008..3011, U+3014..301F
                  * ("「", "」", "『", "《", "【", "〝"): a copy typed with
                  * "" for 「」 is the same text; not "〒", "〓", nor the
                  * letters "々", "〆", "〇" */
                 || (c == 0xE3 && len == 3 && c1 == 0x80 && ((c2 >= 0x88 && c2 <= 0x91) || (c2 >= 0x94 && c2 <= 0x9F)))
                 || (c == 0xEF && len == 3 && c1 == 0xBC && c2 >= 0x81 && c2 <= 0x8F)
                 /* the rest of the full-width ASCII punctuation, U+FF1A..FF20,
                  * U+FF3B..FF40, U+FF5B..FF65 ("：", "［", "～", "｡") */
                 || (c == 0xEF && len == 3 && c1 == 0xBC && ((c2 >= 0x9A && c2 <= 0xA0) || c2 >= 0xBB))
                 || (c == 0xEF && len == 3 && c1 == 0xBD && (c2 == 0x80 || (c2 >= 0x9B && c2 <= 0xA5)))
                 /* Arabic comma, semicolon, question mark, percent and
                  * number separators, full stop and the tatweel that
                  * stretches a word (U+060C, U+061B, U+061F, U+0640,
                  * U+066A..066D, U+06D4) */
                 || (c == 0xD8 && len == 2 && (c1 == 0x8C || c1 == 0x9B || c1 == 0x9F))
                 || (c == 0xD9 && len == 2 && (c1 == 0x80 || (c1 >= 0xAA && c1 <= 0xAD)))
                 /* Arabic's short vowels and other marks (tashkeel,
                  * U+064B..065F, U+0670): a vocalised copy is the same text */
                 || (c == 0xD9 && len == 2 && ((c1 >= 0x8B && c1 <= 0x9F) || c1 == 0xB0))
                 || (c == 0xDB && len == 2 && c1 == 0x94)
                 /* U+2212 MINUS SIGN: EUC-JP's decoders give it for the
                  * full-width "－" that Shift_JIS's give as U+FF0D */
                 || (c == 0xE2 && len == 3 && c1 == 0x88 && c2 == 0x92);
        /* Chinese and Japanese put no space between words: a line break
         * next to their characters (a copy wrapped after each sentence) is
         * no word break. U+3000..U+9FFF (CJK punctuation, kana, ideographs),
         * U+F900..U+FAFF, U+FF00..U+FFEF (full-width forms); not Hangul,
         * which spaces its words. */
        int is_cjk = len == 3 && ((c >= 0xE3 && c <= 0xE9) || (c == 0xEF && ((c1 >= 0xA4 && c1 <= 0xAB) || c1 >= 0xBC)));
        if (punct) {
            /* spaces: U+00A0, U+2000..U+200A, U+202F (French typography's
             * narrow one: "9\u202F000", "Nantes\u202F:"), U+205F, U+3000 */
            int blank = (c == 0xC2 && c1 == 0xA0) || (c == 0xE2 && c2 <= 0x8A)
                     || (c == 0xE2 && c1 == 0x80 && c2 == 0xAF)
                     || (c == 0xE2 && c1 == 0x81 && c2 == 0x9F)
                     || (c == 0xE3 && c2 == 0x80);
            space = space || blank;
            if (!blank)
                cjk = is_cjk;
        } else {
            if (space && o && !cjk && !is_cjk)
                k[o++] = ' ';
            space = 0;
            cjk = is_cjk;
            if (!is_cjk && glued)
                glued = 2;
            last = cp;
            last_at = o;
            memcpy(k + o, s + i, len);
            o += len;
        }
        i += len;
    }
    k[o] = '\0';
    *klen = o;
    /* eight bytes a round (the key is padded with NULs to a whole word) */
    memset(k + o, 0, 8 - o % 8 < 8 ? 8 - o % 8 : 0);
    apr_uint64_t h = 0x9E3779B97F4A7C15ULL ^ o;
    for (apr_size_t i = 0; i < o; i += 8) {
        apr_uint64_t w;
        memcpy(&w, k + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    *hash = h;
    return k;
}

static nc_block *block_at(const nc_docmodel *m, int i)
{
    return &APR_ARRAY_IDX(m->blocks, i, nc_block);
}

static int quote_or_aside_tag(const char *tag)
{
    /* by the first letter first: this runs for every block */
    return tag[0] == 'b' ? !strcmp(tag, "blockquote")
         : tag[0] == 'a' ? !strcmp(tag, "aside")
         : tag[0] == 'f' && !strcmp(tag, "figcaption");
}

/* Ends in an ellipsis: "…", "...", "[…]". */
static int looks_truncated(const nc_block *b)
{
    return nc_block_ends_in_ellipsis(b);
}

/* A teaser's closing link, said in the block itself: "… Read more",
 * "Weiterlesen »", "Lire la suite", "[Leer más]". Returns the length of the
 * text before it (the words the teaser copies), or 0 when the block does
 * not end in one. Matched on the decoded text, ASCII case folded. Every
 * label ends in a letter: before_read_more passes over a block that does
 * not. */
typedef struct label { const char *s; apr_size_t len; } label;
#define L(s) { s, sizeof s - 1 }
static const label read_more_labels[] = {
        L("read more"), L("continue reading"), L("read the full story"), L("read full article"),
        L("more"), L("weiterlesen"), L("mehr lesen"), L("mehr"), L("lire la suite"),
        L("la suite"), L("lire plus"), L("leer más"), L("seguir leyendo"),
        L("continuar leyendo"), L("leer mas"), L("continua a leggere"), L("leggi tutto"),
        L("leggi di più"), L("continua"), L("leia mais"), L("continue lendo"),
        L("continuar lendo"), L("czytaj dalej"), L("czytaj więcej"), L("więcej"),
        L("lees meer"), L("verder lezen"), L("читать далее"), L("Читать далее"), L("подробнее"),
        L("Подробнее"), L("читати далі"), L("Читати далі"), L("devamını oku"),
        L("Devamını oku"), L("devamı"), L("Devamı"), L("続きを読む"), L("もっと見る"), L("阅读全文"),
        L("查看全文"), L("閱讀全文"),
        /* beyond the 14 languages */
        L("اقرأ المزيد"), L("اقرأ أكثر"), L("और पढ़ें"), L("आगे पढ़ें"), L("पूरा पढ़ें"),
        L("더보기"), L("더 보기"), L("xem thêm"), L("đọc tiếp"), L("Đọc tiếp"), L("đọc thêm"),
        L("Đọc thêm"), L("baca selengkapnya"), L("อ่านต่อ"), L("อ่านเพิ่มเติม"), L("číst dále"),
        L("Číst dále"), L("tovább"), L("bővebben"), L("citește mai mult"), L("citeşte mai mult"),
        L("Citește mai mult"), L("Citeşte mai mult"), L("διαβάστε περισσότερα"),
        L("Διαβάστε περισσότερα"), L("קרא עוד"), L("המשך קריאה"), L("ادامه مطلب"),
        L("بیشتر بخوانید"), L("детальніше"), L("Детальніше"),
        { NULL, 0 }
};
#undef L

/* Can label end text t[0, n) as strncasecmp compares them? A first look at
 * the last bytes, folded as the C locale does; one beyond ASCII is left to
 * strncasecmp. Most blocks end in a letter no label ends in. */
static int may_end_with(const char *t, apr_size_t n, const label *lb)
{
    unsigned char a = (unsigned char)t[n - 1], b = (unsigned char)lb->s[lb->len - 1];
    if (a >= 0x80 || b >= 0x80)
        return a == b;      /* strncasecmp folds ASCII letters only */
    return (a >= 'A' && a <= 'Z' ? a | 0x20 : a) == (b >= 'A' && b <= 'Z' ? b | 0x20 : b);
}

static apr_size_t before_read_more(const char *t, apr_size_t n)
{
    const label *labels = read_more_labels;
    /* closing decoration: spaces, », ›, >, →, ], ), |, : */
    for (;;) {
        while (n > 0 && strchr(" >])|:", t[n - 1]) && t[n - 1])
            n--;
        if ((n >= 2 && memcmp(t + n - 2, "\xC2\xBB", 2) == 0)                /* » */
            || (n >= 3 && (memcmp(t + n - 3, "\xE2\x80\xBA", 3) == 0          /* › */
                           || memcmp(t + n - 3, "\xE2\x86\x92", 3) == 0))) {  /* → */
            n -= t[n - 2] == '\xC2' ? 2 : 3;
            continue;
        }
        break;
    }
    /* every label ends in an ASCII letter or a byte of a multi-byte
     * character (keep it so): a block that ends in anything else, as most
     * end in a period, has none, without a look at each label */
    unsigned char last = n > 0 ? (unsigned char)t[n - 1] : 0;
    if (last < 0x80 && ((last | 0x20) < 'a' || (last | 0x20) > 'z'))
        return 0;
    for (int i = 0; labels[i].s; i++) {
        apr_size_t l = labels[i].len;
        if (l >= n || !may_end_with(t, n, &labels[i]) || strncasecmp(t + n - l, labels[i].s, l) != 0)
            continue;
        apr_size_t at = n - l;
        unsigned char c = (unsigned char)t[at - 1];
        /* a word of its own, after a space, an ellipsis or an opening mark */
        if (c != ' ' && c != '.' && c != '[' && c != '(' && c != '|' && c != 0xA6 && c != 0xAB
            && (unsigned char)labels[i].s[0] < 0xE3)   /* CJK has no spaces to look for */
            continue;
        while (at > 0 && strchr(" [(|", t[at - 1]) && t[at - 1])
            at--;
        return at;
    }
    return 0;
}

/* A line that is only a teaser's link: "Leer más: https://…", "[Read
 * more]", "Weiterlesen »" (text/plain prints the link's address after it). */
static int read_more_line(const char *t, apr_size_t n)
{
    while (n > 0 && t[n - 1] == ' ')
        n--;
    apr_size_t w = n;
    while (w > 0 && t[w - 1] != ' ')
        w--;
    if (w < n && (!strncmp(t + w, "http://", 7) || !strncmp(t + w, "https://", 8) || !strncmp(t + w, "www.", 4)))
        n = w;
    while (n > 0 && strchr(" :>])|", t[n - 1]) && t[n - 1])
        n--;
    if (n >= 2 && !memcmp(t + n - 2, "\xC2\xBB", 2))
        n -= 2;     /* » */
    while (n > 0 && t[n - 1] == ' ')
        n--;
    apr_size_t a = 0;
    while (a < n && strchr(" [(|", t[a]) && t[a])
        a++;
    for (int i = 0; read_more_labels[i].s; i++)
        if (read_more_labels[i].len == n - a && !strncasecmp(t + a, read_more_labels[i].s, n - a))
            return 1;
    return 0;
}

typedef struct dedup_state {
    const nc_docmodel *m;
    int n;                     /* blocks that take part, in document order: */
    int shown;                 /* the first this many; a <template>'s after them */
    int *idx;                  /*   their model indexes */
    const char **key;
    apr_size_t *klen;
    int *orig;                 /* per position: the position it copies, or -1 */
    int *full;                 /* per position (truncated first copies): the complete block */
    int *pos_of;               /* per model index: its position, or -1 */
    const char *furniture;     /* per model index: page furniture (see page_furniture) */
    apr_pool_t *pool;
    int min_words;
    const int *sung;           /* per position: how many blocks share its text, or NULL */
} dedup_state;

/* A teaser cut by characters with no ellipsis, its link on a line of its
 * own right after it: "<p>Správa železnic podepsala … se odhadují</p>
 * <p><a>Číst dále »</a></p>". The next block taking part, a sibling in the
 * same element, is only a read-more label; then the block is weighed as a
 * truncated one (its words the start of a complete block). */
#define READ_MORE_LINE_WORDS 4      /* "read the full story" */

static int read_more_follows(const dedup_state *s, int q)
{
    if (q + 1 >= s->n)
        return 0;
    const nc_block *b = block_at(s->m, s->idx[q]), *next = block_at(s->m, s->idx[q + 1]);
    /* a story's next paragraph is long: most blocks stop at the first test */
    return next->words <= READ_MORE_LINE_WORDS && next->parent == b->parent
        && s->idx[q + 1] == b->last_desc + 1 && read_more_line(next->text, next->text_len);
}

static int takes_part(const nc_block *b, int furniture, int in_quote_or_aside)
{
    return b->text_len > 0 && b->verdict == NC_KEEP && b->role != NC_ROLE_TITLE
        && !furniture && !in_quote_or_aside;
}

/* Page furniture per block: inside nav, header, footer, aside or a form,
 * except a form that holds the story (ASP.NET WebForms wraps the whole
 * page, article and its copy, in one <form>): a copy there is a copy. */
#define STORY_FORM_WORDS 30

static const char *page_furniture(apr_pool_t *p, const nc_docmodel *m)
{
    int n = m->blocks->nelts;
    char *f = apr_palloc(p, (apr_size_t)n + 1);
    const char *story_form = nc_doc_story_forms(p, m, STORY_FORM_WORDS);
    for (int i = 0; i < n; i++)
        f[i] = (char)(block_at(m, i)->boilerplate && !(story_form && story_form[i]));
    return f;
}

/* First occurrences by key: open addressing over a table sized for every
 * block, so no rehashing; hashes are compared before keys. */
typedef struct key_table {
    int *slot;                 /* position of the first block with that key, or -1 */
    apr_size_t mask;
} key_table;

static int key_find_or_add(key_table *t, const dedup_state *s, const apr_uint64_t *hash, int q,
                           int add)
{
    for (apr_size_t i = (apr_size_t)hash[q] & t->mask;; i = (i + 1) & t->mask) {
        int at = t->slot[i];
        if (at < 0) {
            if (add)
                t->slot[i] = q;
            return -1;
        }
        if (hash[at] == hash[q] && s->klen[at] == s->klen[q]
            && memcmp(s->key[at], s->key[q], s->klen[q]) == 0)
            return at;
    }
}

/* A kana or CJK ideograph (U+3040..U+9FFF) starts at t: Chinese and
 * Japanese keys have no spaces, any character boundary is a word's. */
static int cjk_char_at(const char *t)
{
    unsigned char c = (unsigned char)t[0], c1 = (unsigned char)t[1];
    return (c == 0xE3 && c1 >= 0x81) || (c >= 0xE4 && c <= 0xE9);
}

/* Does key k end in a kana or CJK ideograph (its last three bytes)? */
static int cjk_key_end(const char *k, apr_size_t klen)
{
    return klen >= 3 && cjk_char_at(k + klen - 3) && ((unsigned char)k[klen - 2] & 0xC0) == 0x80
        && ((unsigned char)k[klen - 1] & 0xC0) == 0x80;
}

/* A teaser cut by characters stops inside a word ("… पहुं...", Bitrix's
 * TruncateText): a cut word is still a copy's when the words before it are
 * this many, too many to start another paragraph by chance. */
#define CUT_WORD_MIN_WORDS 16

/* Can key k, a truncated copy's, end where the key it copies goes on with
 * next: at a word's end, between two Chinese or Japanese characters, or
 * inside a word after CUT_WORD_MIN_WORDS whole ones (next is no space and
 * starts no character: k ends at one's end). */
static int cut_fits(const char *k, apr_size_t klen, const char *next, apr_size_t next_left)
{
    if (next[0] == ' ')
        return 1;
    if (cjk_key_end(k, klen))
        return next_left >= 3 && cjk_char_at(next);
    if (((unsigned char)next[0] & 0xC0) == 0x80)
        return 0;
    int spaces = 0;
    for (apr_size_t i = 0; i < klen && spaces < CUT_WORD_MIN_WORDS; i++)
        spaces += k[i] == ' ';
    return spaces >= CUT_WORD_MIN_WORDS;
}

/* The position of a block other than `at` whose key starts with key k as
 * whole words, or -1. A Chinese or Japanese teaser is cut between two
 * characters ("……" after the 60th), not after a space; a long teaser may
 * be cut inside a word (cut_fits). */
static int completed_by(const dedup_state *s, int at, const char *k, apr_size_t klen)
{
    for (int j = 0; j < s->shown; j++)
        if (j != at && s->klen[j] > klen && cut_fits(k, klen, s->key[j] + klen, s->klen[j] - klen)
            && memcmp(s->key[j], k, klen) == 0)
            return j;
    return -1;
}

/* A teaser that runs several paragraphs together, cut in a later one
 * (Blogger's summary: the first paragraph, a space, the second's opening
 * words and "..."): the position of the first of the consecutive blocks
 * whose keys, joined with spaces, key k starts with, the last one cut as
 * whole words; or -1. */
/* Where the next paragraph's words start in k after a paragraph's key
 * ends at k + end: after a space, or right there between two Chinese or
 * Japanese characters (a summary there runs the paragraphs together with
 * no space: "…区域。据介绍…"); 0 when neither. */
static apr_size_t run_joint(const char *k, apr_size_t klen, apr_size_t end)
{
    if (end < klen && k[end] == ' ')
        return end + 1;
    if (end + 3 <= klen && cjk_key_end(k, end) && cjk_char_at(k + end))
        return end;
    return 0;
}

static int completed_by_run(const dedup_state *s, int at, const char *k, apr_size_t klen)
{
    for (int j = 0; j < s->shown; j++) {
        if (j == at || s->klen[j] == 0 || s->klen[j] + 1 >= klen
            || memcmp(s->key[j], k, s->klen[j]) != 0)
            continue;
        apr_size_t off = run_joint(k, klen, s->klen[j]);
        if (off == 0)
            continue;
        for (int t = j + 1; t < s->shown && t != at && s->klen[t] > 0; t++) {
            apr_size_t rest = klen - off, kl = s->klen[t];
            if (rest < kl) {
                if (memcmp(s->key[t], k + off, rest) == 0 && cut_fits(k, klen, s->key[t] + rest, kl - rest))
                    return j;
                break;
            }
            if (rest == kl || memcmp(s->key[t], k + off, kl) != 0)
                break;
            off = run_joint(k, klen, off + kl);
            if (off == 0)
                break;
        }
    }
    return -1;
}

static int contains(const nc_docmodel *m, int outer, int i)
{
    return i >= outer && i <= block_at(m, outer)->last_desc;
}

/* A teaser above the full text: container c holds only blocks whose copy or
 * completion lies in container d (and short lines such as "Read more"), while
 * d holds more: a block of more_words words or more that copies nothing.
 * Returns how many of c's blocks of more than three words d covers (0: c is
 * no teaser of d). Then the teaser is the copy and d's blocks stay. */
/* The full text's headline over it, repeating the teaser's heading: a
 * heading outside teaser c, in the element that holds full text d. */
static int headline_of_full(const dedup_state *s, int c, int d, int q)
{
    const nc_docmodel *m = s->m;
    int i = s->idx[q], up = block_at(m, d)->parent;
    return block_at(m, i)->role == NC_ROLE_HEADING && up >= 0 && contains(m, up, i) && !contains(m, c, i);
}

static int teaser_of(const dedup_state *s, int c, int d, int more_words)
{
    const nc_docmodel *m = s->m;
    int covered = 0;
    for (int i = c + 1; i <= block_at(m, c)->last_desc; i++) {
        const nc_block *b = block_at(m, i);
        if (b->text_len == 0 || b->role == NC_ROLE_CONTAINER)
            continue;
        /* a line that is only the teaser's link ("Lire la suite »": four
         * words) is the teaser's own, however many words its label takes */
        int p = s->pos_of[i], ok = b->words <= 3 || read_more_line(b->text, b->text_len);
        /* the offer inside a paywall's preview ("Keep reading with a
         * subscription") is the box's, no text of the story */
        int offer = nc_doc_paywall_of(m, i);
        if (offer > c && contains(m, c, offer))
            continue;
        if (p >= 0 && s->full[p] >= 0 && contains(m, d, s->idx[s->full[p]]))
            ok = 1;
        for (int q = 0; p >= 0 && !ok && q < s->n; q++)
            ok = s->orig[q] == p && (contains(m, d, s->idx[q])
                                     || (b->role == NC_ROLE_HEADING && headline_of_full(s, c, d, q)));
        if (!ok)
            return 0;
        covered += b->words > 3;
    }
    int more = 0;
    for (int i = d + 1; i <= block_at(m, d)->last_desc && !more; i++) {
        int q = s->pos_of[i];
        more = q >= 0 && s->orig[q] < 0 && block_at(m, i)->words >= more_words;
    }
    return more ? covered : 0;
}

/* The first complete copy stays. A teaser comes first either truncated (its
 * last paragraph ends in "…") or whole but short: its first paragraphs and
 * "Continue reading" above the full story. The whole kind must cover at
 * least two paragraphs (a lead repeated as the body's first paragraph is no
 * teaser), or one when its container ends in a line that is only a "read
 * more" link (TYPO3's list item, headline, lead and "[mehr]", printed over
 * the story it links to: a dek or a repeated lead has no such line), and
 * the full story must hold a paragraph it lacks, not a byline or a "Printed
 * from" line (a print copy after the story is no full story). */
#define WHOLE_TEASER_MIN_PARAGRAPHS 2

static int ends_in_read_more(const nc_docmodel *m, int c)
{
    for (int i = block_at(m, c)->last_desc; i > c; i--) {
        const nc_block *b = block_at(m, i);
        if (b->text_len == 0 || b->role == NC_ROLE_CONTAINER)
            continue;
        return read_more_line(b->text, b->text_len);
    }
    return 0;
}

/* The full text folded away under a teaser: Bootstrap's collapsed panel
 * (<div class="collapse" id=…> opened by a "Lees verder" button), an
 * expander. The reader sees the teaser, then opens the panel: the
 * panel's opening paragraphs are the ones read twice, so the teaser stays
 * and they are the copies. The panel is d or an element around it, at most
 * EXPANDER_MAX_DEPTH levels up. */
static const char *const expander_names[] = { "collapse", "collapsed", "expander", "expandable", NULL };
#define EXPANDER_MAX_DEPTH 3

static int folded_away(const nc_docmodel *m, int d)
{
    for (int c = d, k = 0; c >= 0 && k <= EXPANDER_MAX_DEPTH; c = block_at(m, c)->parent, k++) {
        const nc_block *w = block_at(m, c);
        if (nc_block_page_or_main(w))
            return 0;
        const char *h = w->hint, *word;
        apr_size_t n;
        while ((word = nc_hint_next_word(&h, 0, &n)))
            if (nc_hint_word_is_one_of(word, n, expander_names))
                return 1;
    }
    return 0;
}

static void prefer_complete_copies(dedup_state *s, int min_words)
{
    const nc_docmodel *m = s->m;
    int failed_c = -1, failed_d = -1;   /* a whole copy shares one pair: tried once */
    for (int t = 0; t < s->n; t++) {
        int first, later, min_cover, more_words;
        if (s->full[t] >= 0) {
            first = t;
            later = s->full[t];
            min_cover = 1;
            more_words = 4;
        } else if (s->orig[t] >= 0 && s->orig[t] < t && s->klen[s->orig[t]] == s->klen[t]
                   && t < s->shown) {
            first = s->orig[t];
            later = t;
            min_cover = WHOLE_TEASER_MIN_PARAGRAPHS;
            more_words = 2 * min_words;
        } else {
            continue;
        }
        int c = block_at(m, s->idx[first])->parent, d = block_at(m, s->idx[later])->parent;
        if (c < 0 || d < 0 || c == d || contains(m, c, d) || contains(m, d, c)
            || (c == failed_c && d == failed_d) || (later > first && folded_away(m, d)))
            continue;
        if (min_cover > 1 && ends_in_read_more(m, c))
            min_cover = 1;
        if (teaser_of(s, c, d, more_words) < min_cover) {
            failed_c = c;
            failed_d = d;
            continue;
        }
        /* the complete copy's blocks stay; the teaser's become the copies */
        for (int q = 0; q < s->n; q++) {
            if (s->orig[q] < 0 || !(contains(m, d, s->idx[q])
                                    || (contains(m, c, s->idx[s->orig[q]])
                                        && block_at(m, s->idx[s->orig[q]])->role == NC_ROLE_HEADING
                                        && headline_of_full(s, c, d, q))))
                continue;
            int o = s->orig[q];
            s->orig[q] = -1;
            if (contains(m, c, s->idx[o])) {
                s->orig[o] = q;
                block_at(m, s->idx[o])->repeated = 1;
            }
        }
        for (int q = 0; q < s->n; q++)
            if (contains(m, c, s->idx[q]) && s->full[q] >= 0) {
                s->orig[q] = s->full[q];
                s->full[q] = -1;
            }
    }
}

/* The same teaser with no element of its own: its blocks siblings of the
 * full story's (text/plain lines, a CMS's bare <p> run in one <div>). A run
 * of blocks, each the first copy of the block at the same place in a later
 * run, then a line that is only a "read more" label, and the later run
 * starts right after that line and goes on with a long block that copies
 * nothing (the story's rest). The full run stays; the teaser's blocks are
 * the copies (its label line then goes with them, as a teaser's link). */
#define SIBLING_TEASER_MAX_BLOCKS 8

static void prefer_complete_runs(dedup_state *s, int min_words)
{
    const nc_docmodel *m = s->m;
    for (int first = 0; first < s->n; first++) {
        int k = 0;
        /* a label has a few words (a trailing link and marks aside): a
         * longer block is read no further, as most are */
        while (k < SIBLING_TEASER_MAX_BLOCKS && first + k < s->n && s->orig[first + k] < 0
               && first + k + 1 < s->n
               && (block_at(m, s->idx[first + k])->words > READ_MORE_LINE_WORDS + 3
                   || !read_more_line(block_at(m, s->idx[first + k])->text, block_at(m, s->idx[first + k])->text_len)))
            k++;
        int label = first + k, later = label + 1, rest = later + k;
        if (k == 0 || rest >= s->n || rest >= s->shown)
            continue;
        const nc_block *lb = block_at(m, s->idx[label]), *fb = block_at(m, s->idx[first]);
        if (lb->words > READ_MORE_LINE_WORDS || !read_more_line(lb->text, lb->text_len)
            || lb->parent != fb->parent || s->orig[label] >= 0)
            continue;
        int ok = 1;
        for (int j = 0; j < k && ok; j++)
            ok = s->orig[later + j] == first + j && s->klen[later + j] == s->klen[first + j]
                && block_at(m, s->idx[later + j])->parent == fb->parent;
        const nc_block *rb = block_at(m, s->idx[rest]);
        if (!ok || s->orig[rest] >= 0 || rb->words < 2 * min_words || rb->parent != fb->parent)
            continue;
        for (int j = 0; j < k; j++) {
            s->orig[later + j] = -1;
            s->orig[first + j] = later + j;
            block_at(m, s->idx[first + j])->repeated = 1;
        }
        first = rest;
    }
}

/* A copy cut off with no ellipsis: the block after a copied block starts
 * like the block after its original, and stops (a syndicated excerpt cut at
 * its length limit, mid-sentence). Its words, as whole words, are the start
 * of that block's; then it is a copy of it. Only in a run: a standfirst
 * repeating the lead's first sentence copies nothing before it. */
static void mark_cut_ends(dedup_state *s)
{
    for (int q = 1; q < s->n; q++) {
        int o = s->orig[q - 1] + 1;
        if (s->orig[q] >= 0 || s->orig[q - 1] < 0 || o >= q - 1 || o >= s->shown || s->orig[o] >= 0
            || s->klen[q] >= s->klen[o] || s->key[o][s->klen[q]] != ' '
            || memcmp(s->key[o], s->key[q], s->klen[q]) != 0)
            continue;
        s->orig[q] = o;
        block_at(s->m, s->idx[q])->repeated = 1;
    }
}

/* A short block continues a copy when its neighbour is a copy of its own
 * original's neighbour: the same sequence, repeated. */
static int continues_copy(const dedup_state *s, int q, int step)
{
    int o = s->orig[q];
    int nq = q + step, no = o + step;
    if (nq < 0 || nq >= s->n || no < 0 || no >= s->n)
        return 0;
    return s->orig[nq] == no;
}

/* A template that prints every block twice in place (p1 p1 p2 p2 ...):
 * a short block right after itself in its element (a subheading) is a
 * copy when the pair before or after it is a copy right after its own
 * original too, in the same element. */
static int doubled_in_place(const dedup_state *s, int q)
{
    int o = s->orig[q];
    if (o < 0 || o != q - 1 || s->klen[o] != s->klen[q])
        return 0;
    int parent = block_at(s->m, s->idx[q])->parent;
    if (block_at(s->m, s->idx[o])->parent != parent)
        return 0;
    for (int c = q - 2; c <= q + 2; c += 4) {
        if (c < 1 || c >= s->n || s->orig[c] != c - 1)
            continue;
        const nc_block *b = block_at(s->m, s->idx[c]);
        if (b->verdict == NC_DUPLICATE && b->parent == parent
            && block_at(s->m, s->idx[c - 1])->parent == parent)
            return 1;
    }
    return 0;
}

/* --- a copy with its typos fixed ------------------------------------------ */

/* A republished copy corrects what the first one got wrong ("Contianer",
 * "nent"): a long block right beside a copy, where its original's
 * neighbour stands, whose key is its original's with a few bytes edited
 * (at most one in NEAR_COPY_SHARE, NEAR_COPY_MAX_EDITS in all) is a copy.
 * Only in a run: two paragraphs alike by chance stand nowhere near a copy. */
#define NEAR_COPY_SHARE 16
#define NEAR_COPY_MAX_EDITS 24

/* Is the edit distance between keys a and b at most max? Levenshtein in a
 * band of max either side of the diagonal, two rows from the pool. */
static int within_edits(apr_pool_t *p, const char *a, apr_size_t la, const char *b, apr_size_t lb,
                        int max)
{
    if ((la > lb ? la - lb : lb - la) > (apr_size_t)max)
        return 0;
    int *prev = apr_palloc(p, sizeof(int) * (lb + 1)), *cur = apr_palloc(p, sizeof(int) * (lb + 1));
    for (apr_size_t j = 0; j <= lb; j++)
        prev[j] = (int)j;
    for (apr_size_t i = 1; i <= la; i++) {
        apr_size_t lo = i > (apr_size_t)max ? i - (apr_size_t)max : 1;
        apr_size_t hi = i + (apr_size_t)max < lb ? i + (apr_size_t)max : lb;
        int best = max + 1;
        cur[lo - 1] = lo - 1 == 0 ? (int)i : max + 1;
        for (apr_size_t j = lo; j <= hi; j++) {
            int d = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (j < i + (apr_size_t)max && prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            cur[j] = d;
            if (d < best)
                best = d;
        }
        if (hi < lb)
            cur[hi + 1] = max + 1;
        if (best > max)
            return 0;
        int *t = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb] <= max;
}

static int mark_near_copies(dedup_state *s, char *copied, char *near, int min_words)
{
    int found = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int q = 1; q < s->n; q++) {
            nc_block *b = block_at(s->m, s->idx[q]);
            if (s->orig[q] >= 0 || copied[q] || b->words < 2 * min_words)
                continue;
            for (int dir = -1; dir <= 1; dir += 2) {
                int nq = q + dir;
                if (nq < 0 || nq >= s->n || s->orig[nq] < 0)
                    continue;
                int o = s->orig[nq] - dir;
                if (o < 0 || o >= q || o >= s->shown || s->orig[o] >= 0 || copied[o])
                    continue;
                int max = (int)(s->klen[o] / NEAR_COPY_SHARE);
                if (max > NEAR_COPY_MAX_EDITS)
                    max = NEAR_COPY_MAX_EDITS;
                if (max < 1 || !within_edits(s->pool, s->key[o], s->klen[o], s->key[q], s->klen[q], max))
                    continue;
                s->orig[q] = o;
                copied[o] = near[q] = 1;
                b->repeated = 1;
                changed = 1;
                found++;
                break;
            }
        }
    }
    return found;
}

/* A near copy whose neighbours were found lone repeats after all is no
 * longer in a run: it stays. */
static void unanchor_near_copies(dedup_state *s, const char *near)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (int q = 0; q < s->n; q++)
            if (near[q] && s->orig[q] >= 0 && (q == 0 || s->orig[q - 1] < 0)
                && (q + 1 >= s->n || s->orig[q + 1] < 0)) {
                s->orig[q] = -1;
                changed = 1;
            }
    }
}

/* --- copies cut at other places ------------------------------------------ */

/* A copy whose paragraphs were joined or split differently (two paragraphs
 * merged into one, one split in two, text/plain wrapped at another width):
 * the keys of a run of blocks, joined by spaces, equal the joined keys of a
 * run of earlier blocks, and both runs end together. Returns how many copy
 * blocks from b make up that run (0: none) and the last original in *a_end.
 * The copy's blocks must not be copies already, the originals must all come
 * before it. */
#define RECUT_MAX_PIECES 64
#define RECUT_PREFIX_WORDS 3
#define RECUT_PREFIX_CJK_CHARS 4

/* A block (a text/plain line, as a rule) that ends in a word's hyphen: a
 * re-wrap broke "Bodensee-Schiffsbetriebe" there, so the next block's first
 * word may go on the same word ("bodensee" + "schiffsbetriebe") as well as
 * start a new one ("Bodensee- und"). */
static int ends_in_word_hyphen(const nc_block *b)
{
    apr_size_t n = b->text_len;
    while (n > 0 && b->text[n - 1] == ' ')
        n--;
    if (n < 2 || b->text[n - 1] != '-')
        return 0;
    unsigned char c = (unsigned char)b->text[n - 2];
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Chinese and Japanese keys have no spaces: a block ending in one of their
 * characters goes on, with no space, in the other run's block (a mobile
 * copy's paragraphs as <br> lines of one cell: its key runs them together,
 * "…更新した" and "jr北海道は…"). */
static int cjk_joint(const char *k, apr_size_t klen)
{
    if (cjk_key_end(k, klen))
        return 1;
    /* or in a number or Latin word glued to such a character ("…6时3",
     * "0分…"): a copy wrapped at a fixed width breaks lines there too */
    apr_size_t e = klen;
    while (e > 0 && klen - e < GLUED_RUN_MAX_BYTES && (unsigned char)k[e - 1] < 0x80 && k[e - 1] != ' ')
        e--;
    return e < klen && cjk_key_end(k, e);
}

static int recut_copy(const dedup_state *s, int a, int b, int *a_end)
{
    int ia = a, ib = b;
    apr_size_t oa = 0, ob = 0;
    while (ia < b && ib < s->n && (ia - a) + (ib - b) < RECUT_MAX_PIECES) {
        if (s->orig[ib] >= 0)
            return 0;
        apr_size_t la = s->klen[ia] - oa, lb = s->klen[ib] - ob, n = la < lb ? la : lb;
        if (memcmp(s->key[ia] + oa, s->key[ib] + ob, n) != 0)
            return 0;
        if (la == lb) {
            if (ia == a && ib == b)
                return 0;            /* the same block: an exact copy's business */
            *a_end = ia;
            return ib - b + 1;
        }
        if (la < lb) {               /* an original ends inside the copy's block */
            if (s->key[ib][ob + n] == ' ')
                ob++;
            else if (!ends_in_word_hyphen(block_at(s->m, s->idx[ia]))
                     && !cjk_joint(s->key[ia], s->klen[ia]))
                return 0;
            ob += n;
            ia++;
            oa = 0;
        } else {                     /* a copy's block ends inside an original */
            if (s->key[ia][oa + n] == ' ')
                oa++;
            else if (!ends_in_word_hyphen(block_at(s->m, s->idx[ib]))
                     && !cjk_joint(s->key[ib], s->klen[ib]))
                return 0;
            oa += n;
            ib++;
            ob = 0;
        }
    }
    return 0;
}

/* A hash of a key's first few words: where a re-cut run can start. */
static apr_uint64_t prefix_hash(const char *k, apr_size_t klen)
{
    apr_uint64_t h = 0xCBF29CE484222325ULL;
    int spaces = 0;
    /* Chinese and Japanese: the first few characters' bytes, as there are
     * no spaces, also when the key starts with a number glued to them
     * ("11月28日…") */
    apr_size_t end = klen;
    if (klen > 3 * RECUT_PREFIX_CJK_CHARS) {
        int cjk = 0;
        for (apr_size_t i = 0; i + 2 < 3 * RECUT_PREFIX_CJK_CHARS && k[i] != ' ' && !cjk; i++)
            cjk = cjk_char_at(k + i);
        if (cjk)
            end = 3 * RECUT_PREFIX_CJK_CHARS;
    }
    for (apr_size_t i = 0; i < end; i++) {
        if (k[i] == ' ' && ++spaces == RECUT_PREFIX_WORDS)
            break;
        h = (h ^ (unsigned char)k[i]) * 0x100000001B3ULL;
    }
    return h;
}

/* Marks the blocks of copies cut at other places; returns how many. Only a
 * run of at least 2 * min_words words counts, and its blocks go whatever
 * their own length: a split paragraph's half is still the copy's. */
static int mark_recut_copies(apr_pool_t *p, dedup_state *s, int min_words)
{
    const nc_docmodel *m = s->m;
    apr_size_t cap = 16;
    while (cap < (apr_size_t)s->n * 2)
        cap *= 2;
    int *head = apr_palloc(p, sizeof(int) * cap), *next = apr_palloc(p, sizeof(int) * ((apr_size_t)s->n + 1));
    apr_uint64_t *ph = apr_palloc(p, sizeof(apr_uint64_t) * ((apr_size_t)s->n + 1));
    memset(head, 0xff, sizeof(int) * cap);
    int marked = 0;
    for (int b = 0; b < s->n; b++) {
        ph[b] = prefix_hash(s->key[b], s->klen[b]);
        apr_size_t slot = (apr_size_t)ph[b] & (cap - 1);
        int tries = 0;
        for (int a = head[slot]; a >= 0 && tries < 8 && s->orig[b] < 0; a = next[a]) {
            if (ph[a] != ph[b] || a >= s->shown)
                continue;
            tries++;
            int a_end, pieces = recut_copy(s, a, b, &a_end);
            if (pieces == 0)
                continue;
            int words = 0;
            for (int q = b; q < b + pieces; q++)
                words += block_at(m, s->idx[q])->words;
            if (words < 2 * min_words)
                continue;
            /* each piece copies the original it starts in */
            apr_size_t at = 0;
            int ia = a;
            for (int q = b; q < b + pieces; q++) {
                while (ia < a_end && at >= s->klen[ia]) {
                    at -= s->klen[ia] + 1;
                    ia++;
                }
                s->orig[q] = ia;
                nc_block *blk = block_at(m, s->idx[q]);
                if (strcmp(blk->tag, "li") != 0) {
                    blk->verdict = NC_DUPLICATE;
                    marked++;
                }
                at += s->klen[q] + 1;
            }
        }
        next[b] = head[slot];
        head[slot] = b;
    }
    return marked;
}

/* A paragraph copied_beside looks at: short blocks are skipped, and lines
 * of up to twice that which copy nothing (a copy's "Czytaj także:" link
 * lines and ad labels, a live blog's one-line updates). */
static int long_beside(const dedup_state *s, int j, int min_words)
{
    const nc_block *b = block_at(s->m, s->idx[j]);
    return b->words >= min_words && (s->orig[j] >= 0 || b->words >= 2 * min_words);
}

/* beside[2q] and beside[2q + 1]: the long block before and after position
 * q, or -1 and n; in one pass, since a run of short lines (a menu of a
 * hundred links) would be walked again for every repeat in it. */
static int *long_blocks_beside(apr_pool_t *p, const dedup_state *s, int min_words)
{
    int *beside = apr_palloc(p, sizeof(int) * 2 * ((apr_size_t)s->n + 1));
    int last = -1;
    for (int q = 0; q < s->n; q++) {
        beside[2 * q] = last;
        if (long_beside(s, q, min_words))
            last = q;
    }
    last = s->n;
    for (int q = s->n - 1; q >= 0; q--) {
        beside[2 * q + 1] = last;
        if (long_beside(s, q, min_words))
            last = q;
    }
    return beside;
}

/* Is j, the nearest paragraph in direction dir from q, a copy taken from
 * near q's original, in the same order? */
#define STANDING_MIN_TIMES 3
static int copied_beside(const dedup_state *s, int q, int j, int dir)
{
    if (j < 0 || j >= s->n || s->orig[j] < 0)
        return 0;
    /* a standing line (a live blog's "Follow our coverage", said three
     * times or more) beside a text said twice, or the other way round, is
     * no run: a copy of the story repeats its paragraphs alike */
    if (s->sung && (s->sung[q] >= STANDING_MIN_TIMES) != (s->sung[j] >= STANDING_MIN_TIMES))
        return 0;
    int gap = (s->orig[j] - s->orig[q]) * dir;
    return gap > 0 && gap <= (j - q) * dir + 2;
}

/* A paragraph repeated on its own, away from its original, is the page
 * repeating itself on purpose: a correction note at the top and the
 * bottom, a live blog's alert posted again at another time, the caption
 * of a photo shown twice. Such a block is framed: the template names it
 * (a class or id: "correction", "wp-caption-text") or it shares an element
 * with text of its own (a live entry's time). A copy of the article comes
 * as a sequence (the long block beside it is copied from beside its
 * original); a bare paragraph repeated alone is a glitch and goes. Only
 * exact repeats: a truncated copy is an excerpt. */
/* A list item, or a text/plain line that is one ("- ", "* ", "+ ", "• "). */
static int list_item(const nc_block *b)
{
    if (!strcmp(b->tag, "li"))
        return 1;
    if (strcmp(b->tag, "line") != 0 || b->text_len < 3)
        return 0;
    const char *t = b->text;
    return ((t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ')
        || (b->text_len > 4 && memcmp(t, "\xE2\x80\xA2 ", 4) == 0);
}

/* A list item is a copy only as a paragraph set as one: of twice the word
 * minimum, copying a block that is no list item, in a run with its
 * neighbour (a body's paragraphs again as <li>s). A list of headlines
 * repeated in header, body and footer is navigation. */
static int prose_item(const dedup_state *s, int q, int min_words)
{
    const nc_block *o = block_at(s->m, s->idx[s->orig[q]]);
    return block_at(s->m, s->idx[q])->words >= 2 * min_words && !list_item(o)
        && (continues_copy(s, q, -1) || continues_copy(s, q, 1));
}

/* Whether a block's words are mostly figures: at least half of them are
 * only ASCII digits and their punctuation ("04:30", "1.250", "12%") and
 * fewer than min_words are not. A timetable's or a results table's row
 * repeats for every route or round and is no copy of a story on its own;
 * beside a copy, as a table in a cloned story, it still goes with it
 * (continues_copy). */
/* How many bytes of s[0, n) are ASCII digits, eight at a time: the high
 * bit is masked off first so that no byte's sum carries into the next.
 * Each byte's digit bit is added into its own lane of acc, and the lanes
 * summed every 31 rounds (8 x 31 < 256): popcount is a libgcc call
 * without -mpopcnt, 21 instructions every 8 bytes. */
static apr_size_t digit_bytes(const char *s, apr_size_t n)
{
    apr_size_t count = 0, i = 0;
#if KEY_BYTES_BY_EIGHT
    const apr_uint64_t high = 0x8080808080808080ULL, each = 0x0101010101010101ULL;
    while (i + 8 <= n) {
        apr_uint64_t acc = 0;
        for (int round = 0; round < 31 && i + 8 <= n; round++, i += 8) {
            apr_uint64_t x, y;
            memcpy(&x, s + i, 8);
            y = x & ~high;
            acc += ((y + each * (0x80 - '0')) & ~(y + each * (0x7F - '9')) & ~x & high) >> 7;
        }
        count += (apr_size_t)((acc * each) >> 56);
    }
#endif
    for (; i < n; i++)
        count += (unsigned char)(s[i] - '0') < 10;
    return count;
}

static int mostly_figures(const nc_block *b, int min_words)
{
    /* each figure holds a digit: a block with fewer digits than half its
     * words (prose) is passed without reading it word by word */
    if (2 * digit_bytes(b->text, b->text_len) < (apr_size_t)b->words)
        return 0;
    int figures = 0, digit = 0, other = 0;
    for (apr_size_t i = 0; i <= b->text_len; i++) {
        unsigned char c = i < b->text_len ? (unsigned char)b->text[i] : ' ';
        if (c == ' ' || c == '\n' || c == '\t') {
            figures += digit && !other;
            digit = other = 0;
        } else if (c >= '0' && c <= '9') {
            digit = 1;
        } else if (c >= 0x80 || ascii_key[c] != KEY_DROP) {
            other = 1;                  /* a letter, or any non-ASCII character */
        }
    }
    return 2 * figures >= b->words && b->words - figures < min_words;
}

/* The header element (<header>, <hgroup>) holding block i, or -1: an
 * article's own header holds its headline and standfirst. */
static int header_of(const nc_docmodel *m, int i)
{
    for (int c = block_at(m, i)->parent; c >= 0; c = block_at(m, c)->parent)
        if (nc_tag_is(block_at(m, c)->tag, "header") || nc_tag_is(block_at(m, c)->tag, "hgroup"))
            return c;
    return -1;
}

/* The element that holds block i and nothing else (no text of its own, no
 * other block), climbing while that is so, is named by the template: a
 * "<div class=correction><p>...</p></div>". */
static int named_wrapper(const dedup_state *s, int i)
{
    const nc_docmodel *m = s->m;
    int last = block_at(m, i)->last_desc;
    for (int c = block_at(m, i)->parent, child = i; c >= 0; child = c, c = block_at(m, c)->parent) {
        const nc_block *w = block_at(m, c);
        if (c + 1 != child || w->last_desc != last || w->text_len > 0 || s->furniture[c])
            return 0;
        if (w->hint[0])
            return 1;
    }
    return 0;
}

static int same_block(apr_pool_t *p, const nc_block *a, const nc_block *b)
{
    if (strcmp(a->tag, b->tag) != 0 || a->role != b->role || a->words != b->words
        || (a->text_len == 0) != (b->text_len == 0))
        return 0;
    if (a->text_len == b->text_len && memcmp(a->text, b->text, a->text_len) == 0)
        return 1;
    apr_size_t la, lb;
    apr_uint64_t ha, hb;
    const char *ka = block_key(p, a->text, a->text_len, &la, &ha);
    const char *kb = block_key(p, b->text, b->text_len, &lb, &hb);
    return la == lb && memcmp(ka, kb, la) == 0;
}

/* Element c, after d and apart from it, laid out as d: the same tags and
 * the same nesting, block for block. Returns the words of c's blocks whose
 * keys differ from d's, or -1 when the layout differs or a differing block
 * has long_words or more in either (long_words 0: any differing block).
 * *copied: the words of c's blocks already marked as copies. */
static int subtree_differs(apr_pool_t *p, const nc_docmodel *m, int c, int d, int long_words, int *copied)
{
    const nc_block *wc = block_at(m, c), *wd = block_at(m, d);
    int span = wc->last_desc - c, differing = 0;
    *copied = 0;
    if (d + span >= c || wd->last_desc - d != span
        || nc_block_page_or_main(wc))
        return -1;
    for (int j = 0; j <= span; j++) {
        const nc_block *x = block_at(m, c + j), *y = block_at(m, d + j);
        if ((j > 0 && x->parent - c != y->parent - d) || x->last_desc - c != y->last_desc - d
            || strcmp(x->tag, y->tag))
            return -1;
        if (!same_block(p, x, y)) {
            if (long_words <= 0 || x->words >= long_words || y->words >= long_words)
                return -1;
            differing += x->words;
        } else if (x->verdict == NC_DUPLICATE)
            *copied += x->words;
    }
    return differing;
}

/* Element c, after d and apart from it, is d again: the same tags, the
 * same nesting, the same keys, block for block. */
static int same_subtree(apr_pool_t *p, const nc_docmodel *m, int c, int d)
{
    int copied;
    return subtree_differs(p, m, c, d, 0, &copied) == 0;
}

/* A time of day in a block's text ("16:52", "08h30"), or a <time>. */
static int stamped(const nc_block *b)
{
    if (!strcmp(b->tag, "time"))
        return 1;
    for (apr_size_t i = 1; i + 2 < b->text_len; i++)
        if ((b->text[i] == ':' || b->text[i] == 'h') && b->text[i - 1] >= '0' && b->text[i - 1] <= '9'
            && b->text[i + 1] >= '0' && b->text[i + 1] <= '5' && b->text[i + 2] >= '0' && b->text[i + 2] <= '9')
            return 1;
    return 0;
}

/* A live entry's head: a time of day first and at most a label after it
 * ("17:58 Uhr Eilmeldung", "21:48 PILNE"), bare text beside the entry's
 * paragraph. No card's headline: a ticker copied whole is no rail of
 * teaser cards. */
#define ENTRY_STAMP_MAX_WORDS 3

static int entry_stamp(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t d = 0;
    while (d < b->text_len && d < 2 && t[d] >= '0' && t[d] <= '9')
        d++;
    return b->words <= ENTRY_STAMP_MAX_WORDS && d > 0 && d + 2 < b->text_len
        && (t[d] == ':' || t[d] == 'h') && t[d + 1] >= '0' && t[d + 1] <= '5' && t[d + 2] >= '0' && t[d + 2] <= '9';
}

/* A live entry shown twice: the repeat's framing element (its time, its
 * title) is its original's element again, stamped with the same time. An
 * alert posted again comes at another time; an infinite scroll that loads
 * a page twice repeats the entry, stamp and all. Looks up to three
 * wrappers out. */
static int same_stamped_entry(const dedup_state *s, int q)
{
    const nc_docmodel *m = s->m;
    int c = block_at(m, s->idx[q])->parent, d = block_at(m, s->idx[s->orig[q]])->parent;
    for (int up = 0; up < 3 && c >= 0 && d >= 0 && c != d; up++) {
        if (contains(m, c, d) || contains(m, d, c) || !same_subtree(s->pool, m, c, d))
            return 0;
        for (int j = c; j <= block_at(m, c)->last_desc; j++)
            if (j != s->idx[q] && stamped(block_at(m, j)))
                return 1;
        c = block_at(m, c)->parent;
        d = block_at(m, d)->parent;
    }
    return 0;
}

/* A live entry's time beside the repeat, in its element: a <time> child of
 * the element that holds block i, or a child block that is only a time and
 * at most a label ("<div class=entry><span>16:05</span><p>…</p>", the time
 * bare text of the entry's own, or its own <p class=time> or <h3>).
 * A live entry is small: an element of more than ENTRY_MAX_BLOCKS blocks
 * is none. */
#define ENTRY_MAX_BLOCKS 64

static int stamp_beside(const nc_docmodel *m, int i)
{
    int c = block_at(m, i)->parent;
    if (c < 0 || block_at(m, c)->last_desc - c > ENTRY_MAX_BLOCKS)
        return 0;
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j++) {
        const nc_block *b = block_at(m, j);
        if (j != i && b->parent == c && (!strcmp(b->tag, "time") || entry_stamp(b)))
            return 1;
    }
    return 0;
}

/* Inside running prose: the repeat sits in its original's element, and the
 * nearest paragraph on each side is in that element too and copies nothing
 * (an answer's "ask an adviser" line repeated under two questions, an
 * interviewer asking the same question twice). A copy of the article comes
 * as a run beside it; a paragraph pasted again inside the story is the
 * writer's, not the mirror's. */
static int within_prose(const dedup_state *s, int q, const int *beside)
{
    int o = s->orig[q], before = beside[2 * q], after = beside[2 * q + 1];
    int parent = block_at(s->m, s->idx[q])->parent;
    if (parent < 0 || block_at(s->m, s->idx[o])->parent != parent || before < 0 || after >= s->n)
        return 0;
    return s->orig[before] < 0 && s->orig[after] < 0
        && block_at(s->m, s->idx[before])->parent == parent
        && block_at(s->m, s->idx[after])->parent == parent;
}

/* A standfirst said again as the body's lead: the original is the nearest
 * paragraph before the repeat, outside the repeat's element, and the
 * repeat leads on into prose of its own element that copies nothing (a
 * dek in a heading or a bare <p> over the body, echoed as its first
 * paragraph). A copy of the story comes after the story, as a sequence. */
static int echoed_lead(const dedup_state *s, int q, const int *beside)
{
    int o = s->orig[q], after = beside[2 * q + 1];
    int parent = block_at(s->m, s->idx[q])->parent;
    return beside[2 * q] == o && block_at(s->m, s->idx[o])->parent != parent && parent >= 0
        && after < s->n && s->orig[after] < 0 && block_at(s->m, s->idx[after])->parent == parent;
}

/* A notice at the top and the bottom of the story (a disclaimer, "This
 * article is for information only"): the repeat and its original are
 * children of one element with, between them, a child element holding the
 * story, two paragraphs of twice the word minimum that copy nothing. A
 * glitch repeats the story's own paragraphs, not what brackets it. At
 * most BRACKET_MAX_SCAN blocks are looked at between them: a page of
 * thousands of repeats costs no more than that each. */
#define BRACKET_MAX_SCAN 1024

/* The outermost element holding block i and nothing else (no text of its
 * own, no other block): a note's <div><p>. */
static int sole_holder(const nc_docmodel *m, int i)
{
    for (int c = block_at(m, i)->parent; c >= 0 && c + 1 == i && block_at(m, c)->last_desc == block_at(m, i)->last_desc
                                         && block_at(m, c)->text_len == 0; c = block_at(m, c)->parent)
        i = c;
    return i;
}

/* Blocks o and i each alone in an element, the two elements siblings of
 * one tag and class, i's right after o's: a one-paragraph story (a brief)
 * printed twice by its template, not a note framed on purpose. */
static int doubled_holder(const nc_docmodel *m, int o, int i)
{
    int ho = sole_holder(m, o), hi = sole_holder(m, i);
    const nc_block *a = block_at(m, ho), *b = block_at(m, hi);
    return ho != o && hi != i && a->last_desc + 1 == hi && a->parent == b->parent
        && !strcmp(a->tag, b->tag) && !strcmp(a->hint, b->hint);
}

static int brackets_story(const dedup_state *s, int q)
{
    const nc_docmodel *m = s->m;
    int i = sole_holder(m, s->idx[q]), io = sole_holder(m, s->idx[s->orig[q]]), parent = block_at(m, i)->parent;
    if (parent < 0 || block_at(m, io)->parent != parent)
        return 0;
    int scanned = 0;
    for (int c = block_at(m, io)->last_desc + 1; c < i && scanned < BRACKET_MAX_SCAN;) {
        const nc_block *w = block_at(m, c);
        if (w->parent != parent)
            return 0;
        int story = 0;
        for (int j = c + 1; j <= w->last_desc && story < 2 && scanned < BRACKET_MAX_SCAN; j++, scanned++) {
            int pj = s->pos_of[j];
            story += pj >= 0 && s->orig[pj] < 0 && block_at(m, j)->words >= 2 * s->min_words;
        }
        if (story >= 2)
            return 1;
        c = w->last_desc + 1;
        scanned++;
    }
    return 0;
}

/* Lines that are prose: every line of the block a sentence ended ("." "!"
 * "?" "。" ...) and of PROSE_LINE_MIN_WORDS words or more on average. A
 * brief set in <br><br> paragraphs (a Korean or DLE template's one-div
 * body) is short enough a line to pass for a stanza or a note; a stanza's
 * lines run on past their ends or are shorter. Asked only where the page
 * has no story besides the block (own_story), or of a repeat right after
 * itself: an editor's note in such lines above and below a story stays. */
#define PROSE_LINE_MIN_WORDS 6

static int prose_lines(const nc_block *b)
{
    if (!b->nlines || b->words < PROSE_LINE_MIN_WORDS * (b->nlines + 1))
        return 0;
    apr_uint32_t from = 0;
    for (int k = 0; k <= b->nlines; k++) {
        apr_uint32_t to = k < b->nlines ? b->line_starts[k] : b->text_len;
        if (to <= from || !nc_text_ends_sentence(b->text + from, to - from))
            return 0;
        from = to;
    }
    return 1;
}

/* A story set as one block: its paragraphs are <br> lines (DLE's
 * full-story, a forum post), so a copy of it is one block repeated alone.
 * Notes, alerts, captions and stanzas framed and repeated are shorter, or
 * are no run of <br> lines that each end a sentence (a brief is). */
#define STORY_BLOCK_MIN_LINES 3
#define STORY_BLOCK_MIN_WORDS(min_words) (12 * (min_words))

static int lone_repeat(const dedup_state *s, int q, const int *beside, int own_story)
{
    int o = s->orig[q];
    if (o < 0 || o > q || s->klen[o] != s->klen[q])
        return 0;                /* o > q: a teaser above its story, judged as one */
    const nc_block *b = block_at(s->m, s->idx[q]), *ob = block_at(s->m, s->idx[o]);
    if (o == q - 1 && (ob->parent == b->parent || doubled_holder(s->m, s->idx[o], s->idx[q])))
        return 0;                /* right after itself, in the same element or its twin */
    if (b->br_lines + 1 >= STORY_BLOCK_MIN_LINES
        && (b->words >= STORY_BLOCK_MIN_WORDS(s->min_words) || (!own_story && prose_lines(b))))
        return 0;                /* the whole story again, no note: long, or a brief's sentences on a page with no other story */
    if (within_prose(s, q, beside))
        return 1;
    /* framed: the template names the repeat, or its element has text of its
     * own; or the first one is a summary the template sets apart from the
     * body ("<p class=teaser>", or a <p> in the article's <header>, over
     * the lead), or an item of a list (a table of contents above the
     * headlines it lists) */
    int framed = b->hint[0] || (b->parent >= 0 && block_at(s->m, b->parent)->text_len > 0)
              || (ob->hint[0] && strcmp(ob->hint, b->hint) != 0) || list_item(ob)
              || named_wrapper(s, s->idx[q]) || (o < q - 1 && named_wrapper(s, s->idx[o]))
              || stamp_beside(s->m, s->idx[q]);
    if (!framed) {
        int h = header_of(s->m, s->idx[o]);
        framed = h >= 0 && h != header_of(s->m, s->idx[q]);
    }
    if (!framed)
        framed = echoed_lead(s, q, beside) || brackets_story(s, q);
    if (!framed)
        return 0;
    return !copied_beside(s, q, beside[2 * q], -1) && !copied_beside(s, q, beside[2 * q + 1], 1)
        && !same_stamped_entry(s, q);
}

/* --- a copy contained in one earlier block -------------------------------- */

/* A story set as one block of <br> lines (a Korean or Bitrix template's
 * body) printed again without one of its lines: the date line it opens
 * with, the byline line it ends with (a hidden SEO or Turbo copy, as one
 * block or as one <p> a line). No key matches: the copy's run of blocks,
 * joined, is the original's key less that line. It counts when the line
 * left out is the original's first or last, of at most
 * CONTAINED_LINE_MAX_WORDS words, the original has STORY_BLOCK_MIN_LINES
 * lines or more, and the copy is a story's length: 2 * min_words words
 * over two blocks or more, or one block that is a story itself (as
 * lone_repeat asks of a block repeated alone). A pull quote, a dek or a
 * caption is one sentence, never all but one line of a story block. */
#define CONTAINED_LINE_MAX_WORDS 12

/* The key of block b's line k (0: the first; b->nlines: the last), into
 * the pool; NULL when b's lines are not all known. */
static const char *line_key(apr_pool_t *p, const nc_block *b, int k, apr_size_t *klen)
{
    if (b->nlines == 0 || b->nlines >= NC_MAX_LINE_STARTS)
        return NULL;
    apr_uint32_t from = k == 0 ? 0 : b->line_starts[k - 1];
    apr_uint32_t to = k < b->nlines ? b->line_starts[k] : b->text_len;
    apr_uint64_t h;
    if (to <= from || to > b->text_len)
        return NULL;
    const char *key = block_key(p, b->text + from, to - from, klen, &h);
    return *klen > 0 ? key : NULL;
}

static int key_words(const char *k, apr_size_t klen)
{
    int words = klen > 0;
    for (apr_size_t i = 0; i < klen; i++)
        words += k[i] == ' ';
    return words;
}

/* The last position of the run from q that spells key[a] from off to
 * where `end` says (end: the run must stop at a's key's end; else it must
 * stop where a's last line's key, lk of llen bytes, starts), or -1. */
static int contained_run(const dedup_state *s, int a, int q, apr_size_t off, int to_end, apr_size_t llen)
{
    const char *k = s->key[a];
    apr_size_t klen = s->klen[a];
    int parent = block_at(s->m, s->idx[q])->parent;
    for (int t = q; t < s->n && t - q < RECUT_MAX_PIECES; t++) {
        const nc_block *b = block_at(s->m, s->idx[t]);
        if (s->orig[t] >= 0 || b->verdict != NC_KEEP || b->parent != parent
            || contains(s->m, s->idx[a], s->idx[t]) || contains(s->m, s->idx[t], s->idx[a])
            || off + s->klen[t] > klen || memcmp(k + off, s->key[t], s->klen[t]) != 0)
            return -1;
        apr_size_t pos = off + s->klen[t];
        if (to_end && pos == klen)
            return t;
        if (pos == klen)
            return -1;
        off = run_joint(k, klen, pos);
        if (off == 0)
            return -1;
        if (!to_end && off == klen - llen)
            return t;
    }
    return -1;
}

static int mark_contained_copies(apr_pool_t *p, dedup_state *s, int min_words)
{
    const nc_docmodel *m = s->m;
    int marked = 0;
    for (int a = 0; a < s->shown; a++) {
        const nc_block *ob = block_at(m, s->idx[a]);
        if (s->orig[a] >= 0 || ob->nlines + 1 < STORY_BLOCK_MIN_LINES || ob->words < 2 * min_words)
            continue;
        apr_size_t flen, llen;
        const char *fk = line_key(p, ob, 0, &flen), *lk = line_key(p, ob, ob->nlines, &llen);
        if (!fk || !lk)
            continue;
        /* where the run starts when a's first line is left out, or 0 */
        apr_size_t skip = flen < s->klen[a] && memcmp(s->key[a], fk, flen) == 0
                        && key_words(fk, flen) <= CONTAINED_LINE_MAX_WORDS
                        ? run_joint(s->key[a], s->klen[a], flen) : 0;
        int last_ok = llen < s->klen[a] && memcmp(s->key[a] + s->klen[a] - llen, lk, llen) == 0
                   && key_words(lk, llen) <= CONTAINED_LINE_MAX_WORDS;
        for (int q = a + 1; q < s->n; q++) {
            if (s->orig[q] >= 0 || s->klen[q] >= s->klen[a])
                continue;
            int r = -1;
            if (skip)
                r = contained_run(s, a, q, skip, 1, 0);
            if (r < 0 && last_ok)
                r = contained_run(s, a, q, 0, 0, llen);
            if (r < 0)
                continue;
            int words = 0;
            for (int t = q; t <= r; t++)
                words += block_at(m, s->idx[t])->words;
            const nc_block *b = block_at(m, s->idx[q]);
            if (words < 2 * min_words
                || (r == q && !(b->br_lines + 1 >= STORY_BLOCK_MIN_LINES
                                && (b->words >= STORY_BLOCK_MIN_WORDS(min_words) || prose_lines(b)))))
                continue;
            for (int t = q; t <= r; t++) {
                nc_block *blk = block_at(m, s->idx[t]);
                s->orig[t] = a;
                blk->repeated = 1;
                if (strcmp(blk->tag, "li") != 0) {
                    blk->verdict = NC_DUPLICATE;
                    marked++;
                }
            }
            q = r;
        }
    }
    return marked;
}

/* Joomla's item layouts print an article's intro text and its full text
 * in two sibling boxes named by the layout: K2's stock item view,
 * <div class="itemIntroText"> and <div class="itemFullText">, and
 * templates named after Joomla's own fields, "introtext" and "fulltext".
 * The intro is the body's first paragraph, no dek: when the full text box
 * opens with it again, the layout printed it twice (an editor who pasted
 * the intro into the full text too), and the second is a copy. */
static const char *const intro_box_names[] = { "itemintrotext", "introtext", NULL };
static const char *const full_box_names[] = { "itemfulltext", "fulltext", NULL };
#define INTRO_BOX_MAX_DEPTH 3

/* The element named by names holding block i, at most
 * INTRO_BOX_MAX_DEPTH levels up, or -1. Every name holds part (a strstr
 * passes most hints without splitting them: this is asked of every
 * repeat). */
static int intro_box(const nc_docmodel *m, int i, const char *const *names, const char *part)
{
    for (int c = block_at(m, i)->parent, k = 0; c >= 0 && k < INTRO_BOX_MAX_DEPTH;
         c = block_at(m, c)->parent, k++) {
        const char *h = block_at(m, c)->hint, *w;
        apr_size_t n;
        if (!strstr(h, part))
            continue;
        while ((w = nc_hint_next_word(&h, 0, &n)))
            if (nc_hint_word_is_one_of(w, n, names))
                return c;
    }
    return -1;
}

static int intro_repeated(const dedup_state *s, int q)
{
    const nc_docmodel *m = s->m;
    int o = s->orig[q];
    if (o < 0 || o > q || s->klen[o] != s->klen[q])
        return 0;
    int iq = s->idx[q], bi = intro_box(m, s->idx[o], intro_box_names, "introtext"),
        bf = intro_box(m, iq, full_box_names, "fulltext");
    if (bi < 0 || bf < 0 || bi == bf || block_at(m, bi)->parent != block_at(m, bf)->parent)
        return 0;
    for (int i = bf + 1; i < iq; i++)       /* the full text's first block */
        if (s->pos_of[i] >= 0)
            return 0;
    return 1;
}

/* A refrain: a stanza (short lines broken by <br>) sung again in the
 * element that holds its first singing, a song's chorus after each verse
 * and twice at the end, a poem's repeated stanza. A copy of an article is
 * prose; verse repeated among its own verses is the writer's. */
#define VERSE_MAX_LINE_WORDS 12

static int refrain(const dedup_state *s, int q, int own_story)
{
    int o = s->orig[q];
    if (o < 0 || s->klen[o] != s->klen[q])
        return 0;
    const nc_block *b = block_at(s->m, s->idx[q]), *ob = block_at(s->m, s->idx[o]);
    return b->br_lines >= 2 && ob->br_lines == b->br_lines && b->parent == ob->parent && b->parent >= 0
        && b->words <= VERSE_MAX_LINE_WORDS * (b->br_lines + 1)
        && !((!own_story || o == q - 1) && prose_lines(b));
}

/* A paywall's box repeating the story's lead for readers who may not read
 * on ("<div class=paywall__preview"> under the full text the page holds
 * anyway): named, alone, but the template's offer, not the writer's, so it
 * is a copy. The original must be outside that box. */
static int paywall_repeat(const dedup_state *s, int q)
{
    int o = s->orig[q];
    if (o < 0)
        return 0;
    int box = nc_doc_paywall_of(s->m, s->idx[q]);
    return box >= 0 && !contains(s->m, box, s->idx[o]);
}

/* Items of a series, each with its own story: a newsroom page listing two
 * press releases, each ending in the same "About the company" paragraph
 * and media contact. The repeat and its original sit in sibling elements
 * of one tag whose class starts the same (two <article class="release">,
 * or two bare <article>s), and each of those holds, before it, a paragraph
 * of twice the word minimum that is no copy: the repeat
 * closes each item. A cloned article holds no story of its own beside the
 * copy. */
static int item_holding(const nc_docmodel *m, int i, int other)
{
    int c = i;
    while (block_at(m, c)->parent >= 0 && !contains(m, block_at(m, c)->parent, other))
        c = block_at(m, c)->parent;
    return c;
}

static int same_series(const nc_block *a, const nc_block *b)
{
    apr_size_t la = strcspn(a->hint, " "), lb = strcspn(b->hint, " ");
    return a->role == NC_ROLE_CONTAINER && b->role == NC_ROLE_CONTAINER && !strcmp(a->tag, b->tag)
        && la == lb && memcmp(a->hint, b->hint, la) == 0;
}

/* The first block in c, before block `before`, of twice the word minimum
 * that is no copy (copied later or not: a release cloned further down is
 * still a release). first[c]: 0 not yet known, -1 none,
 * else the block's index + 1. */
static int story_before(const dedup_state *s, int c, int before, int min_words, int *first)
{
    if (!first[c]) {
        first[c] = -1;
        for (int i = c + 1; i <= block_at(s->m, c)->last_desc; i++) {
            int q = s->pos_of[i];
            if (q >= 0 && s->orig[q] < 0 && block_at(s->m, i)->words >= 2 * min_words) {
                first[c] = i + 1;
                break;
            }
        }
    }
    return first[c] > 0 && first[c] - 1 < before;
}

static int series_boilerplate(const dedup_state *s, int q, int min_words, int *first)
{
    int o = s->orig[q];
    if (o < 0 || s->klen[o] != s->klen[q])
        return 0;
    const nc_docmodel *m = s->m;
    int a = item_holding(m, s->idx[q], s->idx[o]), b = item_holding(m, s->idx[o], s->idx[q]);
    return a != s->idx[q] && b != s->idx[o] && same_series(block_at(m, a), block_at(m, b))
        && story_before(s, a, s->idx[q], min_words, first)
        && story_before(s, b, s->idx[o], min_words, first);
}

/* Ends in a question mark: "?", full-width "？", Arabic "؟", before closing
 * quotes and spaces. */
static int asks(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t n = b->text_len;
    for (;;) {
        while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '"' || t[n - 1] == '\''))
            n--;
        if (n >= 3 && (!memcmp(t + n - 3, "\xE2\x80\x9D", 3) || !memcmp(t + n - 3, "\xE2\x80\x99", 3)))
            n -= 3;         /* ” ’ */
        else if (n >= 2 && !memcmp(t + n - 2, "\xC2\xBB", 2))
            n -= 2;         /* » */
        else
            break;
    }
    return (n >= 1 && t[n - 1] == '?') || (n >= 3 && !memcmp(t + n - 3, "\xEF\xBC\x9F", 3))
        || (n >= 2 && !memcmp(t + n - 2, "\xD8\x9F", 2));
}

/* The same question put to several people: a questionnaire asks each
 * candidate the same thing and each answers in their own words. The
 * repeat and its original are questions, each followed in its own element
 * by an answer that is no copy and copied nowhere, and the repeat follows
 * no copy. A copy of the story repeats the paragraphs around a question
 * too; a questionnaire's answers differ. */
static int answered_again(const dedup_state *s, int q, const char *copied)
{
    int o = s->orig[q];
    if (o < 0 || o + 1 >= q || q + 1 >= s->n || s->klen[o] != s->klen[q] || (q > 0 && s->orig[q - 1] >= 0))
        return 0;
    const nc_block *b = block_at(s->m, s->idx[q]), *ob = block_at(s->m, s->idx[o]);
    if (!asks(b) || !asks(ob))
        return 0;
    for (int k = 0; k < 2; k++) {
        int at = k ? o : q;
        if (s->orig[at + 1] >= 0 || copied[at + 1]
            || block_at(s->m, s->idx[at + 1])->parent != block_at(s->m, s->idx[at])->parent)
            return 0;
    }
    return 1;
}

/* Teaser cards: a rail of related stories shown twice (top and bottom),
 * each card its headline link and a one-sentence teaser. A card is one of
 * a series of sibling elements of the same tag and class, and holds two or
 * three blocks of text (kicker, headline, teaser), one of them a headline
 * (a heading, or bare link text), all shorter than four times min_words
 * (a teaser of one or two sentences), and no element holding blocks; an
 * element with no text of its own that holds blocks (an <li> holding the
 * heading and the teaser) counts as one. When a repeat and its original both sit in such
 * cards, the page lists the same stories twice, on purpose and in the same
 * order, which the sequence test of lone repeats would take for a copy. A
 * short brief copied whole is no card: its paragraphs are no headline.
 * kids[4c .. 4c + 3]: element c's direct blocks of text, of them those of
 * three times min_words or more, its elements holding blocks, its headlines;
 * series[c]: c has a sibling element of the same tag and class beside it. */
#define CARD_MAX_WORDS 4    /* a card's blocks: under this many times min_words */

#define CARD_MAX_NESTING 3  /* a theme's card: the headline this many wrappers deep */

/* A card whose blocks sit in wrappers of their own: WordPress themes nest
 * the headline and teaser (td_module_flex > td-module-container >
 * td-module-meta-info > h3) and write the teaser as a <div>, so the card
 * in the series is an ancestor of the block's parent. Walk up through
 * wrappers with no text of their own to the first element of a series,
 * then count its whole subtree: two or three elements with text (a
 * <div>'s own text too), none long, one a headline, and nothing else. */
static int nested_teaser_card(const nc_docmodel *m, int i, const char *series, int min_words)
{
    int c = block_at(m, i)->parent;
    for (int up = 0; c >= 0 && !series[c]; up++) {
        if (up == CARD_MAX_NESTING || block_at(m, c)->text_len > 0)
            return -1;
        c = block_at(m, c)->parent;
    }
    if (c < 0 || block_at(m, c)->text_len > 0 || block_at(m, c)->last_desc - c > 4 * CARD_MAX_NESTING)
        return -1;
    int texts = 0, headlines = 0, headings = 0;
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j++) {
        const nc_block *x = block_at(m, j);
        if (x->text_len == 0)
            continue;
        if (x->words >= CARD_MAX_WORDS * min_words)
            return -1;
        texts++;
        headlines += x->role == NC_ROLE_HEADING || (!strcmp(x->tag, "#text") && !entry_stamp(x));
        headings += x->role == NC_ROLE_HEADING;
    }
    /* a card of a headline alone (JNews' "popular" rail: each <article>
     * a picture and an <h3>) is a card too: a copy of the story is no
     * series of elements each holding one heading and nothing else */
    return (texts >= 2 && texts <= 3 && headlines > 0) || (texts == 1 && headings == 1) ? c : -1;
}

/* An item of a list of teasers whose own text is its headline line
 * ("23:10 Headline", the link and its time) over one or two short blocks
 * (the teaser): a day's archive or a "latest" list under cards that
 * tease the same stories. It holds no element holding blocks, and a
 * sibling beside it is of its tag and class and holds blocks too. */
#define ITEM_MAX_BLOCKS 3
#define ITEM_MAX_CLIMB 8

static int item_like(const nc_docmodel *m, int x, int c)
{
    const nc_block *a = block_at(m, x), *b = block_at(m, c);
    return a->parent == b->parent && a->text_len > 0 && a->last_desc > x
        && !strcmp(a->tag, b->tag) && !strcmp(a->hint, b->hint);
}

static int headed_item(const nc_docmodel *m, int c, int min_words)
{
    const nc_block *cb = block_at(m, c);
    if (cb->text_len == 0 || cb->parent < 0 || cb->words >= CARD_MAX_WORDS * min_words
        || cb->last_desc <= c || cb->last_desc - c > ITEM_MAX_BLOCKS)
        return 0;
    int texts = 0;
    for (int j = c + 1; j <= cb->last_desc; j++) {
        const nc_block *x = block_at(m, j);
        if (x->parent != c || x->last_desc > j || x->words >= CARD_MAX_WORDS * min_words)
            return 0;
        texts += x->text_len > 0;
    }
    if (texts < 1)
        return 0;
    int next = cb->last_desc + 1, prev = c - 1;
    for (int up = 0; prev > cb->parent && block_at(m, prev)->parent != cb->parent && up < ITEM_MAX_CLIMB; up++)
        prev = block_at(m, prev)->parent;
    return (next < m->blocks->nelts && item_like(m, next, c)) || (prev > cb->parent && item_like(m, prev, c));
}

/* The card holding block i, or -1. */
static int card_of(const nc_docmodel *m, int i, const int *kids, const char *series, int min_words)
{
    int c = block_at(m, i)->parent;
    if (c >= 0 && series[c] && block_at(m, c)->text_len == 0
        && kids[4 * c] >= 2 && kids[4 * c] <= 3 && kids[4 * c + 1] == 0 && kids[4 * c + 2] == 0
        && kids[4 * c + 3] > 0)
        return c;
    if (c >= 0 && headed_item(m, c, min_words))
        return c;
    return c >= 0 && !series[c] ? nested_teaser_card(m, i, series, min_words) : -1;
}

static int teaser_card(const nc_docmodel *m, int i, const int *kids, const char *series, int min_words)
{
    return card_of(m, i, kids, series, min_words) >= 0;
}

/* A card's headline or teaser repeating an item of a list: a breaking-news
 * ticker or a "most read" list above names the stories the grid's cards
 * below name again, in the same order. Links to other pages, twice, are
 * navigation; a copy of the story does not start in a list of links. */
static int card_repeats_item(const dedup_state *s, int q, const int *kids, const char *series)
{
    int o = s->orig[q];
    return o >= 0 && o < q && s->klen[o] == s->klen[q] && list_item(block_at(s->m, s->idx[o]))
        && teaser_card(s->m, s->idx[q], kids, series, s->min_words);
}

/* A card's teaser that repeats a paragraph outside every card, alone: a
 * front page's list of the day's stories repeating the lead story's first
 * paragraph under its headline. Exact, not right after itself, and not in
 * a run (the long blocks beside it copy nothing from beside its original):
 * a copy of the story laid out as cards comes as a sequence. */
static int card_teaser_alone(const dedup_state *s, int q, const int *beside, int card)
{
    int o = s->orig[q];
    if (o == q - 1 && block_at(s->m, s->idx[o])->parent == block_at(s->m, s->idx[q])->parent)
        return 0;
    /* the card's own headline over its teaser repeats the story's headline
     * over its standfirst: a run inside one card is still one card */
    int before = beside[2 * q], after = beside[2 * q + 1];
    while (before >= 0 && s->idx[before] > card)
        before = beside[2 * before];
    while (after < s->n && s->idx[after] <= block_at(s->m, card)->last_desc)
        after = beside[2 * after + 1];
    return !copied_beside(s, q, before, -1) && !copied_beside(s, q, after, 1);
}

/* A teaser of the story itself: a related card or an "In evidenza" box
 * repeating the story's headline over its standfirst. q copies the first
 * long block after a heading; the block right before q, in q's element,
 * copies that heading; and the long blocks beside the pair copy nothing
 * from beside the standfirst (a copy of the story goes on with its body).
 * Only after the story: a teaser above it is its truncated copy. */
static int story_teased(const dedup_state *s, int q, const int *beside)
{
    int o = s->orig[q];
    if (q < 1 || o < 1 || o >= q - 1 || s->orig[q - 1] < 0 || s->orig[q - 1] >= o || s->klen[o] != s->klen[q])
        return 0;
    int h = s->orig[q - 1], i = s->idx[q];
    const nc_block *hb = block_at(s->m, s->idx[h]);
    if (hb->role != NC_ROLE_HEADING || block_at(s->m, s->idx[q - 1])->parent != block_at(s->m, i)->parent
        || beside[2 * o] > h || block_at(s->m, i)->parent < 0)
        return 0;
    /* the pair is all the card copies: a third copy in it (the next
     * paragraph cut short, "… Read more") makes it the story's excerpt */
    int card = block_at(s->m, i)->parent;
    for (int j = card + 1; j <= block_at(s->m, card)->last_desc; j++) {
        int pj = s->pos_of[j];
        if (pj >= 0 && pj != q && pj != q - 1 && (s->orig[pj] >= 0 || s->full[pj] >= 0))
            return 0;
    }
    return card_teaser_alone(s, q, beside, card);
}

/* A copy's own wrapper holds its extras: a print version's byline and
 * "Printed from" line, "Czytaj także:" links and ad labels between an AMP
 * copy's paragraphs. When the element whose children include a copied
 * paragraph holds at least two of them, no furniture, no original of any
 * copy, no other block of twice the word minimum, and other text of at most
 * a third of the copy's words, its other blocks are the copy's too; then
 * the wrapper goes whole. Furniture inside it is allowed when it repeats
 * the headline (headline_said_before). Returns how many blocks were marked. */
#define COPY_EXTRAS_MAX_SHARE 3

/* Element c as a copy's wrapper: marks its other blocks and returns how
 * many, or -1 when it fails the test. */
/* Is block j inside wrapper c the same text as a block before c (only a
 * heading's when headings_only)? A copy of a story that quotes a ruling
 * twice (in the text and in a boxed aside) quotes it twice again: its
 * quotes take no part in finding copies, so the wrapper tells them from a
 * quote of its own. */
static int said_before(apr_pool_t *p, const nc_docmodel *m, int c, int j, int headings_only)
{
    const nc_block *x = block_at(m, j);
    apr_size_t klen = 0, olen = 0;
    apr_uint64_t h;
    const char *k = NULL;
    for (int i = 0; i < c; i++) {
        const nc_block *y = block_at(m, i);
        if (y->words != x->words || y->text_len == 0 || (headings_only && y->heading_level == 0))
            continue;
        if (!k)
            k = block_key(p, x->text, x->text_len, &klen, &h);
        const char *o = block_key(p, y->text, y->text_len, &olen, &h);
        if (klen > 0 && olen == klen && !memcmp(o, k, klen))
            return 1;
    }
    return 0;
}

/* Does wrapper c hold an <h1> or <h2> that repeats a heading before it (the
 * page's headline again)? Then c is the page rendered a second time (an
 * AMP or print view saved with the page), and a header or footer inside it
 * is that rendering's own masthead (the site's name, "Back to top"), not
 * the page's: the page's own stand outside c. */
static int headline_said_before(apr_pool_t *p, const nc_docmodel *m, int c)
{
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j++) {
        const nc_block *x = block_at(m, j);
        if (x->heading_level >= 1 && x->heading_level <= 2 && x->text_len > 0
            && said_before(p, m, c, j, 1))
            return 1;
    }
    return 0;
}

/* Is block j of wrapper c, outside c's child inner that holds the copy,
 * a box's label (doc.h)? */
static int box_label(const nc_docmodel *m, int inner, int j)
{
    const nc_block *in = inner >= 0 ? block_at(m, inner) : NULL;
    return in && (j < inner || j > in->last_desc) && nc_block_is_box_label(block_at(m, j));
}

/* Does c hold a copy cut short (a teaser's excerpt ending in "...")? */
static int teaser_inside(const nc_docmodel *m, int c)
{
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j++)
        if (block_at(m, j)->verdict == NC_DUPLICATE && nc_block_ends_in_ellipsis(block_at(m, j)))
            return 1;
    return 0;
}

static int take_copy_extras(apr_pool_t *p, nc_docmodel *m, const char *furniture, const char *quoted,
                            const char *original, int c, int inner, int min_words)
{
    const nc_block *w = block_at(m, c);
    if (furniture[c] || quoted[c] || nc_block_page_or_main(w))
        return -1;
    int copies = 0, copy_words = 0, extra_words = 0, ok = 1, marked = 0, quotes = 0, aside_lines = 0;
    int extras = 0, labels = 0;
    int own_masthead = -1;      /* headline_said_before(c), asked at the first furniture */
    for (int j = c + 1; j <= w->last_desc && ok; j++) {
        const nc_block *x = block_at(m, j);
        if (furniture[j] && !quoted[j] && own_masthead < 0)
            own_masthead = headline_said_before(p, m, c);
        /* a quote or aside (furniture as an aside) inside the copy: its
         * long blocks must be said before the wrapper, word for word */
        if (original[j] || (furniture[j] && !quoted[j] && !own_masthead))
            ok = 0;
        else if (x->verdict == NC_DUPLICATE && x->words >= min_words) {
            copies++;
            copy_words += x->words;
        } else if (x->verdict == NC_KEEP && x->text_len > 0 && quoted[j] && x->words >= 2 * min_words) {
            ok = said_before(p, m, c, j, 0);
            quotes += ok;
        } else if (x->verdict == NC_KEEP && x->text_len > 0) {
            ok = x->words < 2 * min_words && x->role != NC_ROLE_TITLE;
            extra_words += x->words;
            aside_lines += furniture[j] && quoted[j];
            extras++;
            labels += box_label(m, inner, j);
        }
    }
    /* a teaser copy's box whose only other text is its label: the box
     * (a rail the site fills with other stories elsewhere) stays, the
     * teaser goes; a whole story rendered again goes with its box */
    if (extras > 0 && labels == extras && teaser_inside(m, c))
        return -1;
    /* an aside's short lines (its heading, its source) go only with a
     * quote said before: an aside of the copy's own stays */
    if (aside_lines > 0 && quotes == 0)
        return -1;
    if (!ok || copies < 2 || extra_words * COPY_EXTRAS_MAX_SHARE > copy_words)
        return -1;
    for (int j = c + 1; j <= w->last_desc; j++) {
        nc_block *x = block_at(m, j);
        if (x->verdict == NC_KEEP && x->text_len > 0) {
            x->verdict = NC_DUPLICATE;
            marked++;
        }
    }
    return marked;
}

/* Does c hold, beside its child w, another element of w's tag and class?
 * Then w is one card of a rail ("Polecamy": this story's teaser, then the
 * next story's), and c's other cards are no extras of w's copy. */
static int card_beside(const nc_docmodel *m, int c, int w)
{
    const nc_block *wb = block_at(m, w);
    if (!wb->hint[0])
        return 0;
    for (int j = c + 1; j <= block_at(m, c)->last_desc; j = block_at(m, j)->last_desc + 1) {
        const nc_block *x = block_at(m, j);
        if (j != w && !strcmp(x->tag, wb->tag) && !strcmp(x->hint, wb->hint))
            return 1;
        if (x->last_desc < j)
            break;
    }
    return 0;
}

static int mark_copy_extras(apr_pool_t *p, const dedup_state *s, nc_docmodel *m, const char *quoted,
                            int min_words)
{
    int nblocks = m->blocks->nelts, marked = 0;
    char *original = apr_pcalloc(p, 2 * ((apr_size_t)nblocks + 1));
    char *tried = original + nblocks + 1;
    for (int q = 0; q < s->n; q++)
        if (s->orig[q] >= 0)
            original[s->idx[s->orig[q]]] = 1;
    for (int i = 0; i < nblocks; i++) {
        const nc_block *b = block_at(m, i);
        if (b->verdict != NC_DUPLICATE || b->words < min_words)
            continue;
        /* the wrapper, then its own wrapper by the same test while it
         * passes: a syndicated copy's <article> with its reworded headline
         * and byline over the copied <section> */
        for (int c = b->parent, inner = -1; c >= 0 && !tried[c]; inner = c, c = block_at(m, c)->parent) {
            if (inner >= 0 && card_beside(m, c, inner))
                break;
            tried[c] = 1;
            int k = take_copy_extras(p, m, s->furniture, quoted, original, c, inner, min_words);
            if (k < 0)
                break;
            marked += k;
        }
    }
    return marked;
}

/* Element c is d rendered again by the same template, its short lines
 * apart: the same tag and the same class and id (an id names one element
 * of a page: a second one with it is the template run twice), the same
 * nesting, and block for block the same text except blocks under twice
 * the word minimum in both, holding no more words in all than a third of
 * c's copied words (a post printed twice whose previous/next links,
 * "related" line or view count differ between the two runs). */
static int rendered_again(apr_pool_t *p, const nc_docmodel *m, int c, int d, int min_words)
{
    const nc_block *wc = block_at(m, c), *wd = block_at(m, d);
    if (!wc->hint[0] || strcmp(wc->tag, wd->tag) || strcmp(wc->hint, wd->hint))
        return 0;
    int copied, other = subtree_differs(p, m, c, d, 2 * min_words, &copied);
    return other >= 0 && other * COPY_EXTRAS_MAX_SHARE <= copied;
}

/* A cloned element: a template that printed the article twice prints its
 * whole element twice, the same ids and all (<article id="post-48213">
 * with its header, photo, caption and "Posted in" footer). When a copied
 * paragraph's wrapper is, block for block, the same as its original's
 * wrapper at the same depth (same tags, same nesting, same keys), the
 * wrapper is a clone and goes whole, its caption and footer with it; then
 * the wrapper's wrapper is tried the same way. The clone must hold two
 * copied paragraphs of its own: a list or a rail repeated on purpose holds
 * none, and only a copy takes its furniture along. A wrapper rendered
 * again (rendered_again) with other previous/next links is a clone too. */
static int clone_of(apr_pool_t *p, const nc_docmodel *m, int c, int d, int min_words)
{
    if (!same_subtree(p, m, c, d) && !rendered_again(p, m, c, d, min_words))
        return 0;
    int copies = 0;
    for (int j = 0; j <= block_at(m, c)->last_desc - c; j++) {
        const nc_block *x = block_at(m, c + j), *y = block_at(m, d + j);
        if (x->verdict == NC_SHELL || y->verdict != NC_KEEP)
            return 0;
        copies += x->verdict == NC_DUPLICATE && x->words >= min_words;
    }
    return copies >= 2;
}

static int mark_clones(apr_pool_t *p, const dedup_state *s, nc_docmodel *m, int min_words)
{
    int nblocks = m->blocks->nelts, marked = 0;
    char *tried = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    for (int q = 0; q < s->n; q++) {
        int o = s->orig[q];
        if (o < 0 || block_at(m, s->idx[q])->verdict != NC_DUPLICATE)
            continue;
        int c = block_at(m, s->idx[q])->parent, d = block_at(m, s->idx[o])->parent;
        for (; c >= 0 && d >= 0 && !tried[c]; c = block_at(m, c)->parent, d = block_at(m, d)->parent) {
            tried[c] = 1;
            if (c == d || !clone_of(p, m, c, d, min_words))
                break;
            for (int j = c + 1; j <= block_at(m, c)->last_desc; j++) {
                nc_block *x = block_at(m, j);
                if (x->verdict == NC_KEEP && x->text_len > 0) {
                    x->verdict = NC_DUPLICATE;
                    marked++;
                }
            }
        }
    }
    return marked;
}

/* Keys up to this much in all go to one piece (see nc_dedup_mark). */
#define KEYS_HEAP_MAX 8192

/* That piece is in the stage pool when its first block leaves room for it
 * beside the stage's arrays: APR 1.7 gives a fresh child pool an 8 KB
 * block that holds 8,028 bytes. The arrays (nc_dedup_mark and the marks
 * it calls, the names read once a stage, each rounded up to 8) take about
 * 39 bytes a block and 96 a position (3,128 and 1,736 bytes, 4,920 with
 * the names, on the dirty 15 KB page, whose keys take 2,832: 7,752 in
 * all); a little over that is counted, since a second block for the keys
 * would cost 8 KB where the heap costs their size. Pieces sized by the
 * text (a teaser's cut key, near copies' edit rows) may still take a
 * second block, as before. */
#define STAGE_BLOCK_ROOM 8000
#define STAGE_ARRAYS_ROOM(nblocks, npos) \
    (40 * ((apr_size_t)(nblocks) + 1) + 100 * (apr_size_t)(npos) + 64)

/* A block whose text is byte for byte an earlier one's (a story sent
 * twice) takes that block's key instead of keying it again: keying reads
 * every byte (about 7 instructions each), while a block's length and its
 * first and last eight bytes find its twin, which one memcmp confirms.
 * The table is on the stack, so a page's memory does not move; past
 * TWIN_MAX_ENTRIES blocks the later ones are keyed as before. */
#define TWIN_SLOTS 1024
#define TWIN_MAX_ENTRIES (TWIN_SLOTS / 2)

static apr_uint64_t text_fingerprint(const char *t, apr_size_t n)
{
    apr_uint64_t a = 0, z = 0;
    memcpy(&a, t, n < 8 ? n : 8);
    if (n > 8)
        memcpy(&z, t + n - 8, 8);
    apr_uint64_t h = (a ^ ((apr_uint64_t)n * 0x9E3779B97F4A7C15ULL)) * 0xFF51AFD7ED558CCDULL;
    h = (h ^ z) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 29);
}

typedef struct twin_table {
    int slot[TWIN_SLOTS];      /* a position q of s, or -1 */
    int entries;
} twin_table;

/* The position of an earlier block of s with b's very text, or -1 and in
 * *empty the slot where b is to be remembered. */
static int twin_find(const twin_table *t, const dedup_state *s, const nc_block *b, apr_size_t *empty)
{
    apr_size_t i = (apr_size_t)text_fingerprint(b->text, b->text_len) & (TWIN_SLOTS - 1);
    for (;; i = (i + 1) & (TWIN_SLOTS - 1)) {
        int at = t->slot[i];
        if (at < 0) {
            *empty = i;
            return -1;
        }
        const nc_block *o = block_at(s->m, s->idx[at]);
        if (o->text_len == b->text_len && memcmp(o->text, b->text, b->text_len) == 0)
            return at;
    }
}

/* Has an earlier block of t (by block index) b's very text? If not, b is
 * remembered. Sizes the keys' room: a block sent twice takes its twin's
 * key (twin_find), so its text needs no room of its own. */
static int text_seen_before(twin_table *t, const nc_docmodel *m, int i)
{
    const nc_block *b = block_at(m, i);
    apr_size_t at = (apr_size_t)text_fingerprint(b->text, b->text_len) & (TWIN_SLOTS - 1);
    for (;; at = (at + 1) & (TWIN_SLOTS - 1)) {
        int j = t->slot[at];
        if (j < 0)
            break;
        const nc_block *o = block_at(m, j);
        if (o->text_len == b->text_len && memcmp(o->text, b->text, b->text_len) == 0)
            return 1;
    }
    if (t->entries < TWIN_MAX_ENTRIES) {
        t->slot[at] = i;
        t->entries++;
    }
    return 0;
}

/* A text/plain rule line ("---", "***", "====") between two copied lines
 * is the copy's own: an export ends each copy of the story with a rule,
 * its source line and its copyright line, and the two after the rule are
 * copies of the first copy's (continues_copy); the rule has no key, so no
 * position in the run, and would stay alone between the two cuts. Only a
 * short line of no word, in text/plain, with copied lines on both sides. */
#define RULE_LINE_MAX_BYTES 80

static int rule_line(apr_pool_t *p, const nc_block *b)
{
    if (!nc_tag_is(b->tag, "line") || b->text_len == 0 || b->text_len > RULE_LINE_MAX_BYTES)
        return 0;
    apr_size_t klen;
    apr_uint64_t h;
    block_key(p, b->text, b->text_len, &klen, &h);
    return klen == 0;
}

static int mark_copy_rules(apr_pool_t *p, nc_docmodel *m)
{
    int marked = 0;
    for (int i = 1; i + 1 < m->blocks->nelts; i++) {
        nc_block *b = block_at(m, i);
        const nc_block *before = block_at(m, i - 1), *after = block_at(m, i + 1);
        if (b->verdict == NC_KEEP && before->verdict == NC_DUPLICATE && after->verdict == NC_DUPLICATE
            && before->parent == b->parent && after->parent == b->parent && rule_line(p, b)) {
            b->verdict = NC_DUPLICATE;
            marked++;
        }
    }
    return marked;
}

int nc_dedup_mark(apr_pool_t *p, nc_docmodel *m, int min_words)
{
    int nblocks = m->blocks->nelts;
    dedup_state s;
    s.m = m;
    s.n = 0;
    s.pos_of = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
    s.furniture = page_furniture(p, m);
    s.pool = p;
    s.min_words = min_words;
    s.sung = NULL;
    char *quoted = apr_palloc(p, (apr_size_t)nblocks + 1);

    /* A small page's keys in one piece, room for every block that takes
     * part: in the stage pool's first block when the arrays leave it room
     * (STAGE_BLOCK_ROOM), else on the heap and given back at the end (in
     * the pool they would take a second 8 KB block). A larger page's go to the pool,
     * each on its own, where they fill what its arrays leave of its
     * blocks. (Parents come before their children, so one pass inherits
     * quoted.) A block with an earlier one's very text takes no room: it
     * takes that one's key (a story sent twice: 5.5 -> 3.4 KB on the
     * dirty 15 KB page); should a key still not fit, it goes to the pool.
     * Once the room is past KEYS_HEAP_MAX the keys go to the pool anyway,
     * and no text is looked up any more. */
    apr_size_t key_room = 1;
    int parts = 0;
    twin_table twins;
    memset(twins.slot, 0xff, sizeof twins.slot);
    twins.entries = 0;
    for (int i = 0; i < nblocks; i++) {
        const nc_block *b = block_at(m, i);
        quoted[i] = (char)((b->parent >= 0 && quoted[b->parent]) || quote_or_aside_tag(b->tag)
                           || (b->role == NC_ROLE_CONTAINER && nc_doc_names_comment_thread(b->hint)));
        if (takes_part(b, s.furniture[i], quoted[i])) {
            parts++;
            if (key_room > KEYS_HEAP_MAX || !text_seen_before(&twins, m, i))
                key_room += APR_ALIGN_DEFAULT(b->text_len + 8);     /* aligned as the pool's */
        }
    }
    /* Per position, so sized by the blocks that take part (17 of 80 on
     * the dirty 15 KB page), not by all blocks. */
    apr_size_t npos = (apr_size_t)parts + 1;
    s.idx = apr_palloc(p, sizeof(int) * npos);
    s.key = apr_palloc(p, sizeof(char *) * npos);
    s.klen = apr_palloc(p, sizeof(apr_size_t) * npos);
    s.orig = apr_palloc(p, sizeof(int) * npos);
    s.full = apr_palloc(p, sizeof(int) * npos);
    apr_uint64_t *hash = apr_palloc(p, sizeof(apr_uint64_t) * npos);
    key_table seen;
    apr_size_t cap = 16;
    while (cap < npos * 2)
        cap *= 2;
    seen.mask = cap - 1;
    seen.slot = apr_palloc(p, sizeof(int) * cap);
    memset(seen.slot, 0xff, sizeof(int) * cap);

    static char none[1];                 /* elts before the heap's */
    apr_array_header_t keys = { p, 1, 0, 0, none };
    void **keys_heap = NULL;
    if (key_room <= KEYS_HEAP_MAX) {
        if (STAGE_ARRAYS_ROOM(nblocks, npos) + key_room <= STAGE_BLOCK_ROOM) {
            keys.elts = apr_palloc(p, key_room);
            keys.nalloc = (int)key_room;
        } else {
            nc_array_reserve_heap(&keys, &keys_heap, (int)key_room);
        }
    }
    apr_size_t key_used = 0;

    /* A <template>'s content is never shown (nc_doc_inert): it takes part
     * after every shown block, as if at the page's end, and only as a copy
     * of shown text, so a hydration copy above the story is the one that
     * goes and a template's own text (or a second template's) stays. */
    const char *inert = nc_doc_inert(p, m);
    memset(twins.slot, 0xff, sizeof twins.slot);
    twins.entries = 0;
    for (int pass = 0; pass < (inert ? 2 : 1); pass++) {
        for (int i = 0; i < nblocks; i++) {
            nc_block *b = block_at(m, i);
            if (inert && inert[i] != pass)
                continue;
            s.pos_of[i] = -1;
            if (!takes_part(b, s.furniture[i], quoted[i]))
                continue;
            int q = s.n;
            apr_size_t twin_slot = 0;
            int twin = twin_find(&twins, &s, b, &twin_slot);
            if (twin >= 0) {
                s.key[q] = s.key[twin];
                s.klen[q] = s.klen[twin];
                hash[q] = hash[twin];
            } else if (key_used + b->text_len + 8 <= (apr_size_t)keys.nalloc) {
                s.key[q] = block_key_into(keys.elts + key_used, b->text, b->text_len, &s.klen[q], &hash[q]);
                key_used += APR_ALIGN_DEFAULT(b->text_len + 8);
            } else {
                s.key[q] = block_key(p, b->text, b->text_len, &s.klen[q], &hash[q]);
            }
            if (s.klen[q] == 0)
                continue;
            s.n++;
            s.idx[q] = i;
            if (twin < 0 && twins.entries < TWIN_MAX_ENTRIES) {
                twins.slot[twin_slot] = q;
                twins.entries++;
            }
            s.full[q] = -1;
            s.pos_of[i] = q;
            s.orig[q] = key_find_or_add(&seen, &s, hash, q, pass == 0);
            if (s.orig[q] >= 0)
                b->repeated = 1;
        }
        if (pass == 0)
            s.shown = s.n;
    }

    /* truncated copies: before their complete block, or after it; a
     * teaser's "… Read more" at its end is no word of the copy */
    for (int q = 0; q < s.n; q++) {
        const nc_block *b = block_at(m, s.idx[q]);
        if (s.orig[q] >= 0 || b->words < min_words)
            continue;
        const char *k = s.key[q];
        apr_size_t klen = s.klen[q], cut = before_read_more(b->text, b->text_len);
        apr_uint64_t h;
        if (cut > 0)
            k = block_key(p, b->text, cut, &klen, &h);
        else if (!looks_truncated(b) && !read_more_follows(&s, q))
            continue;
        int j = klen > 0 ? completed_by(&s, q, k, klen) : -1;
        if (j < 0 && klen > 0)
            j = completed_by_run(&s, q, k, klen);
        if (j < 0)
            continue;
        if (j < q)
            s.orig[q] = j;
        else
            s.full[q] = j;
    }
    prefer_complete_copies(&s, min_words);
    prefer_complete_runs(&s, min_words);

    int marked = mark_recut_copies(p, &s, min_words);
    marked += mark_contained_copies(p, &s, min_words);
    mark_cut_ends(&s);

    /* decided on the copies found so far, then applied at once */
    char *lone = apr_pcalloc(p, (apr_size_t)s.n + 1);
    /* how many times each text is said: its first copy's count of copies */
    int *copies = apr_pcalloc(p, sizeof(int) * ((apr_size_t)s.n + 1));
    int *sung = apr_palloc(p, sizeof(int) * ((apr_size_t)s.n + 1));
    for (int q = 0; q < s.n; q++)
        if (s.orig[q] >= 0)
            copies[s.orig[q]]++;
    for (int q = 0; q < s.n; q++)
        sung[q] = 1 + copies[s.orig[q] >= 0 ? s.orig[q] : q];
    s.sung = sung;
    const int *beside = long_blocks_beside(p, &s, min_words);
    int *kids = apr_pcalloc(p, sizeof(int) * 4 * ((apr_size_t)nblocks + 1));
    int *last_kid = apr_palloc(p, sizeof(int) * ((apr_size_t)nblocks + 1));
    char *series = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    memset(last_kid, 0xff, sizeof(int) * ((apr_size_t)nblocks + 1));
    for (int i = 0; i < nblocks; i++) {
        const nc_block *b = block_at(m, i);
        int c = b->parent;
        if (c < 0)
            continue;
        /* an element with no text of its own holding blocks (an <li> that
         * holds a card's heading and teaser) is a container here too */
        if (b->role == NC_ROLE_CONTAINER || (b->text_len == 0 && b->last_desc > i)) {
            /* an empty element of its own (a card's <figure> round its
             * picture: no text, nothing inside) holds no blocks, so the
             * card is still its kicker, headline and teaser */
            if (!(b->text_len == 0 && b->last_desc == i))
                kids[4 * c + 2]++;
            int prev = last_kid[c];
            if (prev >= 0 && (block_at(m, prev)->role == NC_ROLE_CONTAINER
                              || (block_at(m, prev)->text_len == 0 && block_at(m, prev)->last_desc > prev))
                && b->hint[0]
                && !strcmp(block_at(m, prev)->tag, b->tag) && !strcmp(block_at(m, prev)->hint, b->hint))
                series[prev] = series[i] = 1;
        } else if (b->text_len > 0) {
            kids[4 * c]++;
            kids[4 * c + 1] += b->words >= CARD_MAX_WORDS * min_words;
            kids[4 * c + 3] += b->role == NC_ROLE_HEADING || (!strcmp(b->tag, "#text") && !entry_stamp(b));
        }
        last_kid[c] = i;
    }
    /* cards stay only beside a story of their own: a paragraph outside
     * every card that is neither copied nor a copy (a sectioned story
     * copied whole, its sections alike, has none) */
    char *copied = apr_pcalloc(p, (apr_size_t)s.n + 1);
    for (int q = 0; q < s.n; q++)
        if (s.orig[q] >= 0)
            copied[s.orig[q]] = 1;
    char *near = apr_pcalloc(p, (apr_size_t)s.n + 1);
    mark_near_copies(&s, copied, near, min_words);
    int own_story = 0;
    for (int q = 0; q < s.n && !own_story; q++)
        own_story = s.orig[q] < 0 && !copied[q] && block_at(m, s.idx[q])->words >= 2 * min_words
                 && !teaser_card(m, s.idx[q], kids, series, min_words);
    int *own = apr_pcalloc(p, sizeof(int) * ((apr_size_t)nblocks + 1));
    for (int q = 0; q < s.n; q++)
        lone[q] = (char)(!paywall_repeat(&s, q) && !intro_repeated(&s, q) && (lone_repeat(&s, q, beside, own_story) || refrain(&s, q, own_story) || series_boilerplate(&s, q, min_words, own)
                         || answered_again(&s, q, copied) || card_repeats_item(&s, q, kids, series)
                         || (own_story && s.orig[q] >= 0 && s.klen[s.orig[q]] == s.klen[q]
                             && teaser_card(m, s.idx[q], kids, series, min_words)
                             && (teaser_card(m, s.idx[s.orig[q]], kids, series, min_words)
                                 || card_teaser_alone(&s, q, beside,
                                                      card_of(m, s.idx[q], kids, series, min_words))))));
    for (int q = 1; q < s.n; q++)
        if (own_story && !lone[q] && s.orig[q] >= 0 && story_teased(&s, q, beside))
            lone[q] = lone[q - 1] = 1;
    for (int q = 0; q < s.n; q++)
        if (lone[q])
            s.orig[q] = -1;
    unanchor_near_copies(&s, near);

    for (int q = 0; q < s.n; q++) {
        nc_block *b = block_at(m, s.idx[q]);
        if (s.orig[q] >= 0 && b->verdict == NC_KEEP && b->words >= min_words
            && !mostly_figures(b, min_words)
            && (strcmp(b->tag, "li") != 0 || prose_item(&s, q, min_words))) {
            b->verdict = NC_DUPLICATE;
            marked++;
        }
    }
    /* short copies that continue a copied run, forwards then backwards */
    for (int pass = 0; pass < 2; pass++) {
        int step = pass == 0 ? -1 : 1;
        for (int k = 0; k < s.n; k++) {
            int q = pass == 0 ? k : s.n - 1 - k;
            nc_block *b = block_at(m, s.idx[q]);
            if (s.orig[q] < 0 || b->verdict == NC_DUPLICATE)
                continue;
            int nq = q + step;
            if ((nq >= 0 && nq < s.n && block_at(m, s.idx[nq])->verdict == NC_DUPLICATE
                 && continues_copy(&s, q, step))
                || doubled_in_place(&s, q)) {
                b->verdict = NC_DUPLICATE;
                marked++;
            }
        }
    }
    /* a teaser copy's own link line right after its text, copying nothing:
     * text/plain's "Leer más: https://…" under an excerpt (one line: the
     * next story's link stays) */
    for (int q = 1; q < s.n; q++) {
        nc_block *b = block_at(m, s.idx[q]);
        const nc_block *prev = block_at(m, s.idx[q - 1]);
        if (b->verdict == NC_KEEP && s.orig[q] < 0 && !copied[q] && prev->verdict == NC_DUPLICATE
            && prev->parent == b->parent && read_more_line(b->text, b->text_len)
            && !read_more_line(prev->text, prev->text_len)) {
            b->verdict = NC_DUPLICATE;
            marked++;
        }
    }
    marked += mark_copy_rules(p, m);
    marked += mark_copy_extras(p, &s, m, quoted, min_words);
    marked += mark_clones(p, &s, m, min_words);
    nc_array_release(&keys, &keys_heap);
    return marked;
}
