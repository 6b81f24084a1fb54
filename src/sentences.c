/*
 * sentences.c - sentence and word splitting (see sentences.h).
 *
 * Written by hand rather than with regexes because it runs over every byte of
 * the article and has to know a little English: "Mr." and "J.D." do not end
 * a sentence, "Zelensky's" is Zelensky, and a word after a colon or an opening
 * quote is capitalised for the same reason as the first word of a sentence.
 */
#include "sentences.h"
#include "buf.h"

#include <string.h>
#include <apr_strings.h>

/* ---------------------------------------------------------------- UTF-8 */

unsigned nc_utf8_decode(const char *s, apr_size_t len, apr_size_t *adv)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned c = u[0];
    if (c < 0x80 || len < 2) {
        *adv = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || (apr_size_t)n > len) {
        *adv = 1;
        return 0xFFFD;
    }
    unsigned cp = c & (0x3F >> (n - 1));
    for (int i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *adv = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    *adv = (apr_size_t)n;
    return cp;
}

int nc_codepoint_is_letter(unsigned cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD)
        return 0;
    if (cp >= 0x2000 && cp <= 0x2BFF)        /* punctuation, currency, symbols */
        return 0;
    if (cp >= 0x3000 && cp <= 0x303F)        /* CJK punctuation */
        return 0;
    if (cp >= 0xFE30 && cp <= 0xFE6F)
        return 0;
    if (cp >= 0xFF00 && cp <= 0xFF20)
        return 0;
    if (cp >= 0x1F000)                       /* emoji and pictographs */
        return 0;
    return 1;
}

int nc_codepoint_is_upper(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x137)
        return (cp & 1) == 0;
    if (cp >= 0x139 && cp <= 0x148)
        return (cp & 1) == 1;
    if (cp >= 0x14A && cp <= 0x177)
        return (cp & 1) == 0;
    if (cp == 0x178)
        return 1;
    if (cp >= 0x179 && cp <= 0x17E)
        return (cp & 1) == 1;
    if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38F) || (cp >= 0x391 && cp <= 0x3AB))
        return 1;
    if (cp >= 0x400 && cp <= 0x42F)
        return 1;
    if (cp >= 0x1E00 && cp <= 0x1EFF)
        return (cp & 1) == 0;
    return 0;
}

/* ---------------------------------------------------------------- words */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int ascii_alpha(unsigned char c) { return (unsigned char)((c | 0x20) - 'a') < 26; }

static int letter_at(const char *s, apr_size_t i, apr_size_t len)
{
    if (i >= len)
        return 0;
    if ((unsigned char)s[i] < 0x80)   /* most bytes: no decoding */
        return ascii_alpha((unsigned char)s[i]);
    apr_size_t adv;
    return nc_codepoint_is_letter(nc_utf8_decode(s + i, len - i, &adv));
}

static int alnum_at(const char *s, apr_size_t i, apr_size_t len)
{
    return i < len && (is_digit(s[i]) || letter_at(s, i, len));
}

/* An apostrophe: ASCII ' or U+2019 (3 bytes). Returns its length or 0. */
static apr_size_t apostrophe_at(const char *s, apr_size_t i, apr_size_t len)
{
    if (i < len && s[i] == '\'')
        return 1;
    if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x99)
        return 3;
    return 0;
}

/* ASCII bytes by what they are inside a word; every other byte is 0. */
enum { CL_LETTER = 1, CL_UPPER = 2, CL_DIGIT = 4, CL_LOWER = 8, CL_WORD = CL_LETTER | CL_DIGIT };
static const unsigned char ascii_class[256] = {
    ['0'] = CL_DIGIT, ['1'] = CL_DIGIT, ['2'] = CL_DIGIT, ['3'] = CL_DIGIT, ['4'] = CL_DIGIT,
    ['5'] = CL_DIGIT, ['6'] = CL_DIGIT, ['7'] = CL_DIGIT, ['8'] = CL_DIGIT, ['9'] = CL_DIGIT,
#define U(c) [c] = CL_LETTER | CL_UPPER, [c + 32] = CL_LETTER | CL_LOWER
    U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'), U('I'), U('J'), U('K'),
    U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'), U('R'), U('S'), U('T'), U('U'), U('V'),
    U('W'), U('X'), U('Y'), U('Z'),
#undef U
};

/* Is the first ASCII letter of s[from..to) upper case? (0 without one) */
static int first_ascii_upper(const char *s, apr_size_t from, apr_size_t to)
{
    for (apr_size_t i = from; i < to; i++)
        if (ascii_class[(unsigned char)s[i]] & CL_LETTER)
            return (ascii_class[(unsigned char)s[i]] & CL_UPPER) != 0;
    return 0;
}

static int ascii_letters_at_least_two(const char *s, apr_size_t len)
{
    int n = 0;
    for (apr_size_t i = 0; i < len && n < 2; i++)
        n += ascii_class[(unsigned char)s[i]] & CL_LETTER;
    return n >= 2;
}

/* What scanning a word saw: for an all-ASCII word, enough to set its case
 * flags with at most a glance at its first letters (classify_case does the
 * general case). */
typedef struct ascii_case {
    unsigned seen;   /* every ascii_class met, or-ed */
    int other;       /* a non-ASCII byte was seen */
} ascii_case;

/* Reads one word starting at s[i] (a letter or a digit). */
static apr_size_t scan_word(const char *s, apr_size_t i, apr_size_t len, nc_token *t,
                            ascii_case *ac)
{
    apr_size_t start = i, seg = i;   /* seg: start of the current period-separated part */
    int initials = 0;
    /* counted in locals: stores through ac or t in this loop may alias */
    int other = 0;
    unsigned flags = 0, seen = 0;   /* seen: every ascii_class met, or-ed */
    if (is_digit(s[i])) {
        flags |= NC_T_NUMBER | NC_T_DIGITS;
        while (i < len && (is_digit(s[i]) ||
                           ((s[i] == '.' || s[i] == ',') && i + 1 < len && is_digit(s[i + 1]))))
            i++;
    }
    for (;;) {
        for (;;) {
            unsigned k;
            while (i < len && ((k = ascii_class[(unsigned char)s[i]]) & CL_WORD)) {
                seen |= k;
                i++;
            }
            if (seen & CL_DIGIT)
                flags |= NC_T_DIGITS;
            if (i >= len || (unsigned char)s[i] < 0x80 || !alnum_at(s, i, len))
                break;
            other = 1;
            apr_size_t adv;
            nc_utf8_decode(s + i, len - i, &adv);
            i += adv;
        }
        ac->seen = seen;
        ac->other = other;
        t->flags = flags;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c != '\'' && c != 0xE2 && c != '-' && c != '.')
            break;   /* most words: no apostrophe, hyphen or initials' period follows */
        apr_size_t ap = apostrophe_at(s, i, len);
        if (ap) {
            /* "Zelensky's" -> possessive; "O'Neill", "don't" -> one word. */
            if (i + ap < len && (s[i + ap] == 's' || s[i + ap] == 'S') &&
                !alnum_at(s, i + ap + 1, len)) {
                t->len = (apr_uint16_t)(i - start);
                t->start = (apr_uint16_t)start;
                t->end = (apr_uint16_t)(i + ap + 1);
                t->flags |= NC_T_POSSESSIVE;
                return t->end;
            }
            if (alnum_at(s, i + ap, len)) {
                i += ap;
                continue;
            }
            break;
        }
        if (s[i] == '-' && alnum_at(s, i + 1, len)) {
            flags |= NC_T_HYPHEN;
            i++;
            continue;
        }
        /* Initials: one or two letters then a period, "J.D.", "U.S.", "W." */
        if (s[i] == '.' && i - seg <= 2 && !(t->flags & NC_T_NUMBER) && letter_at(s, seg, len)) {
            if (letter_at(s, i + 1, len)) {
                i++;
                seg = i;
                initials = 1;
                continue;
            }
            if (initials || (i - seg == 1 && s[seg] >= 'A' && s[seg] <= 'Z')) {
                i++;
                initials = 1;
            }
        }
        break;
    }
    t->len = (apr_uint16_t)(i - start);
    t->start = (apr_uint16_t)start;
    t->end = (apr_uint16_t)i;
    if (initials)
        t->flags |= NC_T_INITIALS;
    return i;
}

/* "al-Assad", "el-Sisi", "bin-Salman": the name part is capitalised.
 * Callers ask only for lower-case words with a hyphen. */
static void prefixed_name(const char *text, nc_token *t)
{
    if (t->len > 3) {
        const char *w = text + t->start;
        const char *h = memchr(w, '-', t->len);
        if (h && h - w <= 3 && h + 1 < w + t->len && h[1] >= 'A' && h[1] <= 'Z')
            t->flags |= NC_T_CAP;
    }
}

static void classify_case(const char *text, nc_token *t, const ascii_case *ac)
{
    const char *w = text + t->start;
    if (!ac->other) {   /* all ASCII: what scan_word saw is enough */
        if (ac->seen & CL_LETTER) {
            t->flags |= NC_T_HAS_LETTER;
            unsigned k0 = ascii_class[(unsigned char)w[0]];   /* most words open with a letter */
            if ((k0 & CL_LETTER) ? (k0 & CL_UPPER) != 0 : first_ascii_upper(w, 0, t->len))
                t->flags |= NC_T_CAP;
            if (!(ac->seen & CL_LOWER) && ascii_letters_at_least_two(w, t->len))
                t->flags |= NC_T_ALLCAPS;   /* no lower case: all upper */
        }
        if ((t->flags & (NC_T_CAP | NC_T_HYPHEN)) == NC_T_HYPHEN)
            prefixed_name(text, t);
        return;
    }
    apr_size_t i = 0, adv;
    int letters = 0, uppers = 0;
    while (i < t->len) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80) {   /* ASCII without decoding */
            if (ascii_alpha(c)) {
                int up = c <= 'Z';
                if (letters == 0 && up)
                    t->flags |= NC_T_CAP;
                letters++;
                uppers += up;
            }
            i++;
            continue;
        }
        unsigned cp = nc_utf8_decode(w + i, t->len - i, &adv);
        if (nc_codepoint_is_letter(cp)) {
            if (letters == 0 && nc_codepoint_is_upper(cp))
                t->flags |= NC_T_CAP;
            letters++;
            uppers += nc_codepoint_is_upper(cp);
        }
        i += adv;
    }
    if (letters)
        t->flags |= NC_T_HAS_LETTER;
    if (letters >= 2 && uppers == letters)
        t->flags |= NC_T_ALLCAPS;
    if ((t->flags & (NC_T_CAP | NC_T_HYPHEN)) == NC_T_HYPHEN)
        prefixed_name(text, t);
}

/* ---------------------------------------------------------------- sentences */

#define AB(w) { w, sizeof(w) - 1 }
static const struct { const char *w; apr_size_t len; } abbreviations[] = {
    AB("Mr"), AB("Mrs"), AB("Ms"), AB("Dr"), AB("Prof"), AB("Gen"), AB("Lt"), AB("Col"),
    AB("Sgt"), AB("Capt"), AB("Sen"), AB("Rep"), AB("Gov"), AB("St"), AB("Jr"), AB("Sr"),
    AB("Inc"), AB("Corp"), AB("Ltd"), AB("Co"), AB("No"), AB("vs"), AB("etc"), AB("Adm"),
    AB("Maj"), AB("Cmdr"), AB("Rev"), AB("Ft"), AB("Mt"), AB("Jan"), AB("Feb"), AB("Mar"),
    AB("Apr"), AB("Jun"), AB("Jul"), AB("Aug"), AB("Sep"), AB("Sept"), AB("Oct"), AB("Nov"),
    AB("Dec"), AB("approx"), AB("est"), AB("Pres"), AB("Gov't"), AB("Dept"), AB("Univ"),
    AB("Bros"),
};
#undef AB

static int is_abbreviation(const char *text, const nc_token *t)
{
    if (t->len == 1 && (t->flags & NC_T_CAP))
        return 1;   /* an initial */
    if (t->len > 6 || t->len < 2)
        return 0;   /* "approx" is the longest: most words stop here */
    for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++)
        if (abbreviations[i].len == t->len && abbreviations[i].w[0] == text[t->start] &&
            !memcmp(abbreviations[i].w, text + t->start, t->len))
            return 1;
    return 0;
}

/* The word starting at s[i] typically opens a sentence ("The", "He", "But"),
 * so a period before it ends one even after "U.S." or "Inc.". */
static int next_word_starts_sentence(const nc_words *lx, const char *s, apr_size_t i,
                                     apr_size_t len)
{
    apr_size_t j = i;
    while (j < len && alnum_at(s, j, len)) {
        apr_size_t adv;
        nc_utf8_decode(s + j, len - j, &adv);
        j += adv;
    }
    return j > i && (nc_word_flags(lx, s + i, j - i) & (NC_W_FUNCTION | NC_W_CONNECTOR));
}

static int opens_sentence(const char *s, apr_size_t i, apr_size_t len)
{
    if (i >= len)
        return 1;
    apr_size_t adv;
    unsigned cp = nc_utf8_decode(s + i, len - i, &adv);
    return nc_codepoint_is_upper(cp) || is_digit(s[i]) || cp == '"' || cp == '\'' ||
           cp == 0x201C || cp == 0x2018 || cp == '(' || cp == '[' || cp == 0xAB ||
           cp == '$' || cp == 0x20AC || cp == 0xA3;
}

static int is_space_at(const char *s, apr_size_t i, apr_size_t len, apr_size_t *adv)
{
    *adv = 1;
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        return 1;
    if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
        *adv = 2;
        return 1;
    }
    return 0;
}

typedef struct splitter {
    const nc_words *lx;
    apr_pool_t *p;
    const char *text;
    apr_size_t len;
    int block, headline;
    apr_array_header_t *out;
    void ***out_heap;
    apr_array_header_t *toks;   /* nc_token of the sentence being read */
    void ***toks_heap;
    apr_size_t sent_start;
    int sent_open;
} splitter;

/* A headline or heading in Title Case: its capitals say nothing about names.
 * Body sentences never count, however many names they hold. */
static void mark_title_case(nc_sentence *st)
{
    unsigned char last = st->len ? (unsigned char)st->text[st->len - 1] : 0;
    if (!st->headline && (last == '.' || last == '!' || last == '?' || last == '"' ||
                          last == 0x9D /* closing quote's last byte */))
        return;
    int long_words = 0, long_lower = 0;
    for (int i = 0; i < st->ntok; i++) {
        const nc_token *t = &st->tok[i];
        if (t->len < 4 || !(t->flags & NC_T_HAS_LETTER))
            continue;
        long_words++;
        if (!(t->flags & NC_T_CAP))
            long_lower++;
    }
    st->title_case = long_words >= 3 && long_lower == 0;
}

static void close_sentence(splitter *sp, apr_size_t end)
{
    if (!sp->sent_open)
        return;
    sp->sent_open = 0;
    if (sp->toks->nelts == 0)
        return;
    nc_sentence *st = nc_array_push(sp->out, sp->out_heap);
    st->text = sp->text + sp->sent_start;
    st->len = end - sp->sent_start;
    st->start = sp->sent_start;
    st->block = sp->block;
    st->headline = sp->headline;
    st->ntok = sp->toks->nelts;
    st->tok = apr_pmemdup(sp->p, sp->toks->elts, sizeof(nc_token) * (apr_size_t)st->ntok);
    st->tok[0].flags |= NC_T_FIRST;
    st->wf = NULL;
    mark_title_case(st);
    apr_array_clear(sp->toks);
}

void nc_split_sentences(const nc_words *lx, apr_pool_t *p, const char *text,
                        apr_size_t len, int block, int headline, apr_array_header_t *out,
                        void ***out_heap, apr_array_header_t *toks, void ***toks_heap)
{
    apr_array_clear(toks);
    splitter sp = { lx, p, text, len, block, headline, out, out_heap, toks, toks_heap, 0, 0 };
    int next_first = 0;   /* the next word opens a clause: after ':', a quote, a dash */
    apr_size_t i = 0;
    while (i < len) {
        apr_size_t adv;
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {   /* is_space_at, inline */
            i++;
            continue;
        }
        if (c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] == 0xA0) {
            i += 2;
            continue;
        }
        if (!sp.sent_open) {
            sp.sent_open = 1;
            sp.sent_start = i;
        }
        unsigned cp;
        int word;
        if (c < 0x80) {   /* no decoding for ASCII */
            cp = c;
            adv = 1;
            word = ascii_alpha(c) || is_digit((char)c);
        } else {
            cp = nc_utf8_decode(text + i, len - i, &adv);
            word = nc_codepoint_is_letter(cp);
        }
        nc_token *prev = sp.toks->nelts ? &APR_ARRAY_IDX(sp.toks, sp.toks->nelts - 1, nc_token)
                                        : NULL;
        if (word) {
            nc_token *t = sp.toks->nelts < sp.toks->nalloc   /* nc_array_push, inline */
                        ? &((nc_token *)(void *)sp.toks->elts)[sp.toks->nelts++]
                        : nc_array_push(sp.toks, sp.toks_heap);
            ascii_case ac;
            i = scan_word(text, i, len, t, &ac);
            classify_case(text, t, &ac);
            if ((t->flags & (NC_T_HAS_LETTER | NC_T_NUMBER)) == NC_T_HAS_LETTER &&
                (t->flags & (NC_T_CAP | NC_T_ALLCAPS)))
                t->flags |= NC_T_CAPISH;   /* asked of every word, many times, by actors.c */
            if (next_first)
                t->flags |= NC_T_FIRST;
            next_first = 0;
            /* "... the U.S. The deal": an initials token may end the sentence. */
            if ((t->flags & NC_T_INITIALS) && text[t->start + t->len - 1] == '.') {
                apr_size_t j = i;
                while (j < len && is_space_at(text, j, len, &adv))
                    j += adv;
                if (j >= len || (j > i && next_word_starts_sentence(lx, text, j, len) &&
                                 opens_sentence(text, j, len)))
                    close_sentence(&sp, i);
            }
            continue;
        }
        if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
            apr_size_t j = i;
            while (j < len) {   /* the whole run: "?!", "...", closing quotes */
                unsigned c2 = nc_utf8_decode(text + j, len - j, &adv);
                if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || c2 == '"' ||
                    c2 == 0x201D || c2 == 0x2019 || c2 == ')' || c2 == '\'')
                    j += adv;
                else
                    break;
            }
            apr_size_t k = j;
            while (k < len && is_space_at(text, k, len, &adv))
                k += adv;
            int ends;
            if (k >= len)
                ends = 1;
            else if (k == j)
                ends = 0;   /* "3.5", "e.g.x": no space, no end */
            else if (cp == '.' && prev && j == i + 1 && is_abbreviation(text, prev))
                ends = next_word_starts_sentence(lx, text, k, len) && opens_sentence(text, k, len);
            else
                ends = cp != '.' || opens_sentence(text, k, len);
            /* "Sen. Warren": an abbreviation's period joins, it does not separate. */
            int abbreviation = cp == '.' && prev && j == i + 1 && is_abbreviation(text, prev);
            if (prev && (ends || !abbreviation))
                prev->flags |= NC_T_BREAK;
            if (ends)
                close_sentence(&sp, j);
            i = j;
            continue;
        }
        /* Other punctuation stops names from running across it. */
        if (prev && cp != '&' && cp != '\'' && cp != 0x2019)
            prev->flags |= NC_T_BREAK;
        if (cp == ':' || cp == '"' || cp == 0x201C || cp == 0x2018 || cp == 0x2014 ||
            cp == 0x2013 || cp == ')' || cp == 0xAB || cp == '-')
            next_first = 1;
        i += adv;
    }
    close_sentence(&sp, len);
}
