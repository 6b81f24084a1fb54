/*
 * charset_guess.c - guessing an unlabelled page's charset with uchardet.
 *
 * uchardet (Mozilla's universal charset detector) tells the scripts apart
 * well: Cyrillic, Greek, Arabic, Hebrew, Thai and the CJK multi-byte
 * charsets. Among the Latin charsets it often names a sibling of
 * windows-1252 for a Western page with few accented letters (ISO-8859-13 for
 * Italian, windows-1250 for Dutch), and reading "città" as "cittą" would hide
 * a shell's words. So its answer is taken only when the text, read in it,
 * looks clearly more like words than read in windows-1252: the oddity count
 * below. windows-1252 readings of other charsets are odd in plain ways
 * (Polish "mo¿e", Russian "ÐÏÓÓÉÑ", Turkish "bulunamadý", Japanese
 * "‚¨’T‚µ"); a Western page read in the right charset is not.
 */
#include "charset_guess.h"
#include "charset.h"

#include <string.h>
#include <apr_xlate.h>
#include <uchardet.h>

typedef enum {
    CP_SEPARATOR,     /* space, ASCII punctuation and digits, punctuation that sits between words */
    CP_ASCII_LETTER,
    CP_LATIN_LETTER,  /* accented or other non-ASCII Latin */
    CP_ICELANDIC,     /* eth and thorn: Turkish g-breve and s-cedilla read in windows-1252 */
    CP_ALPHABET,      /* Greek, Cyrillic, Armenian, Hebrew, Arabic, Thai and their marks */
    CP_IDEOGRAPHIC,   /* kana, CJK ideographs, Hangul */
    CP_SYMBOL,        /* any other non-ASCII character */
    CP_UNDECODABLE
} cp_class;

static int in(unsigned long c, unsigned long lo, unsigned long hi)
{
    return c >= lo && c <= hi;
}

static cp_class classify(unsigned long c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return CP_ASCII_LETTER;
        return CP_SEPARATOR;
    }
    if (c == 0xFFFD)
        return CP_UNDECODABLE;
    if (c == 0xF0 || c == 0xD0 || c == 0xFE || c == 0xDE)
        return CP_ICELANDIC;
    if ((in(c, 0xC0, 0x24F) && c != 0xD7 && c != 0xF7) || c == 0xAA || c == 0xB5 || c == 0xBA
        || in(c, 0x1E00, 0x1EFF) || in(c, 0x300, 0x36F))
        return CP_LATIN_LETTER;
    if (in(c, 0x386, 0x3FF) || in(c, 0x400, 0x52F) || in(c, 0x531, 0x587) || in(c, 0x591, 0x5F2)
        || in(c, 0x610, 0x61A) || in(c, 0x620, 0x65F) || in(c, 0x66E, 0x6D3) || in(c, 0x6D5, 0x6FF)
        || in(c, 0xE01, 0xE4E))
        return CP_ALPHABET;
    if (in(c, 0x3040, 0x30FF) || in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xAC00, 0xD7A3)
        || in(c, 0x1100, 0x11FF) || in(c, 0x3130, 0x318F) || in(c, 0xF900, 0xFAFF) || in(c, 0xFF66, 0xFF9F)
        || in(c, 0xFF10, 0xFF19) || in(c, 0xFF21, 0xFF3A) || in(c, 0xFF41, 0xFF5A))
        return CP_IDEOGRAPHIC;
    /* Punctuation that correct text has between letters: no-break space,
     * general punctuation (the apostrophe in "don't", dashes in
     * "Budapest-Szeged"), the CJK and fullwidth punctuation of sentences
     * written without spaces, the middle dot of Catalan "l.l". */
    if (c == 0xA0 || c == 0xAD || c == 0xB7 || c == 0x2BC || in(c, 0x2000, 0x206F)
        || in(c, 0x3000, 0x303F) || in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20)
        || in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) || c == 0x30FB)
        return CP_SEPARATOR;
    return CP_SYMBOL;
}

/* Words are runs of everything but separators; a word is odd once. */
typedef struct {
    int odd_words;
    int odd;
    int ascii_letters, latin_letters, alphabet_letters;
    cp_class prev, prev2;
    unsigned long prev_char;
} word_scan;

static int is_letter(cp_class k)
{
    return k == CP_ASCII_LETTER || k == CP_LATIN_LETTER || k == CP_ICELANDIC
        || k == CP_ALPHABET || k == CP_IDEOGRAPHIC;
}

static void end_word(word_scan *w)
{
    int letters = w->ascii_letters + w->latin_letters;
    if (w->odd || (w->ascii_letters && w->alphabet_letters)
        || (letters >= 3 && w->latin_letters * 2 > letters))
        w->odd_words++;
    w->odd = w->ascii_letters = w->latin_letters = w->alphabet_letters = 0;
    w->prev = w->prev2 = CP_SEPARATOR;
}

/* Hungarian and Czech read in windows-1252 look like Western words, but two
 * of their letters land where no Western language has them: Hungarian
 * o-double-acute (ISO-8859-2 and windows-1250 0xF5) as o-tilde, which
 * Portuguese writes only before an e ("põe", "ações"), here at a word's end
 * ("érhetõ", "elõtt"); Czech e-caron (0xEC) as i-grave, which Italian
 * writes at a word's end ("così"), here inside one ("mìsto"). */
static int misplaced_latin(unsigned long prev, unsigned long c)
{
    if (prev == 0xF5 || prev == 0xD5)
        return c != 'e' && c != 'E';
    if (prev == 0xEC || prev == 0xCC)
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : classify(c) == CP_LATIN_LETTER;
    return 0;
}

static void scan(word_scan *w, unsigned long c)
{
    cp_class k = classify(c);
    if (misplaced_latin(w->prev_char, c))
        w->odd = 1;
    w->prev_char = c;
    if (k == CP_SEPARATOR) {
        end_word(w);
        return;
    }
    switch (k) {
    case CP_ASCII_LETTER: w->ascii_letters++; break;
    case CP_LATIN_LETTER: w->latin_letters++; break;
    case CP_ICELANDIC:    w->latin_letters++; w->odd = 1; break;
    case CP_ALPHABET:     w->alphabet_letters++; break;
    case CP_UNDECODABLE:  w->odd = 1; break;
    default: break;
    }
    if (is_letter(k) && w->prev == CP_SYMBOL && is_letter(w->prev2))
        w->odd = 1;
    w->prev2 = w->prev;
    w->prev = k;
}

static void scan_utf8(word_scan *w, const char *s, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (apr_size_t i = 0; i < n;) {
        apr_size_t len = nc_utf8_sequence_length(u + i, n - i);
        if (len == 0) {
            scan(w, 0xFFFD);
            i++;
            continue;
        }
        unsigned long c = len == 1 ? u[i]
                        : len == 2 ? (u[i] & 0x1Fu) << 6 | (u[i + 1] & 0x3Fu)
                        : len == 3 ? (u[i] & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu)
                        : (u[i] & 0x07u) << 18 | (u[i + 1] & 0x3Fu) << 12 | (u[i + 2] & 0x3Fu) << 6 | (u[i + 3] & 0x3Fu);
        scan(w, c);
        i += len;
    }
}

int nc_charset_guess_oddity(apr_pool_t *p, const char *bytes, apr_size_t len, const char *charset)
{
    word_scan w;
    memset(&w, 0, sizeof w);
    if (len > NC_CHARSET_GUESS_SAMPLE)
        len = NC_CHARSET_GUESS_SAMPLE;
    if (!charset) {
        for (apr_size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)bytes[i];
            scan(&w, nc_windows1252_code_point(c));
        }
        end_word(&w);
        return w.odd_words;
    }
    apr_xlate_t *x;
    if (apr_xlate_open(&x, "UTF-8", charset, p) != APR_SUCCESS)
        return -1;
    char out[1024];
    while (len > 0) {
        apr_size_t in_left = len, out_left = sizeof out;
        apr_status_t rv = apr_xlate_conv_buffer(x, bytes, &in_left, out, &out_left);
        apr_size_t used = len - in_left, made = sizeof out - out_left;
        scan_utf8(&w, out, made);
        bytes += used;
        len -= used;
        if (rv != APR_SUCCESS && used == 0 && made == 0) {
            /* An invalid sequence, or one cut by the end of the sample. */
            if (len >= 4)
                scan(&w, 0xFFFD);
            bytes++;
            len--;
        }
    }
    apr_xlate_close(x);
    end_word(&w);
    return w.odd_words;
}

/* uchardet's name -> the superset browsers read that label as (WHATWG), in
 * a spelling iconv knows; NULL for what this engine does not read as a guess
 * (7-bit and UTF-16/32 encodings: not what invalid UTF-8 bytes are). */
static const char *browser_name(const char *detected)
{
    static const char *const map[][2] = {
        {"ISO-8859-1", "windows-1252"}, {"WINDOWS-1252", "windows-1252"}, {"ASCII", "windows-1252"},
        {"ISO-8859-9", "windows-1254"}, {"TIS-620", "windows-874"},
        {"EUC-KR", "cp949"}, {"UHC", "cp949"}, {"GB18030", "gb18030"}, {"GB2312", "gb18030"},
        /* KOI8-U is KOI8-R with the Ukrainian letters in place of eight
         * box-drawing characters; uchardet names only KOI8-R. */
        {"KOI8-R", "koi8-u"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(detected, map[i][0]) == 0)
            return map[i][1];
    if (strncmp(detected, "UTF-", 4) == 0 || strncmp(detected, "ISO-2022", 8) == 0
        || strncmp(detected, "HZ", 2) == 0 || strncmp(detected, "X-", 2) == 0)
        return NULL;
    return detected;
}

static const char *lower(apr_pool_t *p, const char *s)
{
    apr_size_t n = strlen(s);
    char *d = apr_palloc(p, n + 1);
    for (apr_size_t i = 0; i <= n; i++)
        d[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    return d;
}

const char *nc_charset_guess(apr_pool_t *p, const char *bytes, apr_size_t len)
{
    apr_size_t n = len < NC_CHARSET_GUESS_SAMPLE ? len : NC_CHARSET_GUESS_SAMPLE;
    uchardet_t ud = uchardet_new();
    if (!ud)
        return "windows-1252";
    const char *name = NULL;
    if (uchardet_handle_data(ud, bytes, n) == 0) {
        uchardet_data_end(ud);
        const char *detected = uchardet_get_charset(ud);
        name = detected && *detected ? browser_name(detected) : NULL;
        if (name)
            name = lower(p, name);
    }
    uchardet_delete(ud);
    if (!name || strcmp(name, "windows-1252") == 0 || !nc_charset_ascii_compatible(name))
        return "windows-1252";

    /* The test conversions' iconv handles go with this pool. */
    apr_pool_t *tp;
    if (apr_pool_create(&tp, p) != APR_SUCCESS)
        return "windows-1252";
    int odd_guess = nc_charset_guess_oddity(tp, bytes, n, name);
    int odd_1252 = nc_charset_guess_oddity(tp, bytes, n, NULL);
    apr_pool_destroy(tp);
    if (odd_guess < 0 || odd_1252 < 2 || odd_guess * 4 > odd_1252)
        return "windows-1252";
    return name;
}
