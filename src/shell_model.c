/*
 * shell_model.c - scores a short block's text with the model learned at
 * build time (shell_model_data.c, from src/gen-shell-model.pl).
 *
 * The features must be the generator's exactly: the text's code points,
 * folded as fold() there, with a space before and after, cut into 2-, 3-
 * and 4-grams, each hashed with FNV-1a into NC_SHELL_MODEL_BITS bits (the
 * three at a position are steps of one hash); each distinct bucket counts
 * once.
 */
#include "shell_model.h"

#include <string.h>

#define MASK ((1u << NC_SHELL_MODEL_BITS) - 1)

/* The next code point of valid UTF-8 at s[*i]; a stray byte reads as
 * U+FFFD (the engine's text is UTF-8 already, so this is only a guard). */
apr_uint32_t nc_shell_model_next_code_point(const unsigned char *s, apr_size_t len, apr_size_t *i)
{
    unsigned char c = s[(*i)++];
    if (c < 0x80)
        return c;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (more < 0)
        return 0xFFFD;
    apr_uint32_t cp = c & (0x3F >> more);
    for (int k = 0; k < more; k++) {
        if (*i >= len || (s[*i] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (s[(*i)++] & 0x3F);
    }
    return cp;
}

/* Capitals of ASCII, Latin-1, Latin Extended-A and Cyrillic to small letters. */
static apr_uint32_t fold(apr_uint32_t c)
{
    if (c >= 0x41 && c <= 0x5A)
        return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if (c >= 0x100 && c <= 0x17F && !(c & 1) && c != 0x130 && c != 0x138)
        return c + 1;
    return c;
}

int nc_shell_model_score(const char *text, apr_size_t len)
{
    apr_uint32_t cp[NC_SHELL_MODEL_MAX_CHARS + 2];
    unsigned char seen[(MASK + 1) / 8];
    int n = 0;
    cp[n++] = 0x20;
    for (apr_size_t i = 0; i < len && n <= NC_SHELL_MODEL_MAX_CHARS;)
        cp[n++] = fold(nc_shell_model_next_code_point((const unsigned char *)text, len, &i));
    cp[n++] = 0x20;

    int score = nc_shell_model_bias;
    memset(seen, 0, sizeof seen);
    for (int i = 0; i + 1 < n; i++) {
        apr_uint32_t h = 2166136261u;
        for (int k = i; k < n && k < i + 4; k++) {
            h = (h ^ cp[k]) * 16777619u;
            if (k == i)
                continue;
            apr_uint32_t b = h & MASK;
            unsigned char bit = (unsigned char)(1u << (b & 7));
            if (seen[b >> 3] & bit)
                continue;
            seen[b >> 3] |= bit;
            score += nc_shell_model_weights[b];
        }
    }
    return score;
}

/* The block gen-shell-model.pl files a code point under (script_block
 * there), or -1 for what is no letter of a script: Latin and what is not a
 * letter (digits, punctuation, symbols, spaces) count for no block. */
static int script_block(apr_uint32_t c)
{
    if (c < 0x250 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFE00 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF20) || c == 0xFFFD || c >= 0x10000)
        return -1;
    if (c >= 0x1E00 && c <= 0x1EFF)
        return -1;                                  /* Latin Extended Additional: Vietnamese */
    if (c >= 0x3400 && c <= 0x9FFF)
        return 0x3400 >> 7;
    if (c >= 0xAC00 && c <= 0xD7AF)
        return 0xAC00 >> 7;
    return (int)(c >> 7);
}

/* Latin text is known when most of its letters are plain ASCII ones, as in
 * every language written in it: a page read in the wrong one-byte charset
 * ("Çàïðàøèâàåìûé äîêóìåíò", KOI8 or windows-1251 read as windows-1252)
 * is accented letters nearly throughout, and the model's score on such
 * n-grams is noise from hash collisions that moves as the corpus grows. */
int nc_shell_model_knows_script(const char *text, apr_size_t len)
{
    int known = 0, unknown = 0, ascii = 0, accented = 0;
    for (apr_size_t i = 0; i < len && known + unknown + ascii + accented < NC_SHELL_MODEL_MAX_CHARS;) {
        apr_uint32_t c = nc_shell_model_next_code_point((const unsigned char *)text, len, &i);
        int b = script_block(c);
        if (b < 0) {
            ascii += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            accented += (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
            continue;
        }
        if (nc_shell_model_scripts[b >> 3] & (1u << (b & 7)))
            known++;
        else
            unknown++;
    }
    if (accented > ascii)
        unknown += accented;
    else
        known += ascii + accented;
    return unknown <= known;
}
