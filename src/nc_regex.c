/* nc_regex.c - bounded PCRE2 matching (see nc_regex.h). */
#define _GNU_SOURCE 1     /* memmem */
#include "nc_regex.h"
#include "buf.h"

#include <apr_strings.h>
#include <apr_lib.h>
#include <string.h>

#define NC_MATCH_LIMIT 200000
#define NC_DEPTH_LIMIT 2000

static apr_status_t free_code(void *data)
{
    nc_regex *re = data;
    pcre2_code_free(re->code);
    pcre2_code_free(re->ascii_code);     /* NULL is fine */
    pcre2_match_context_free(re->mctx);
    return APR_SUCCESS;
}

/* --- required literals ------------------------------------------------------
 *
 * A shell phrase list is dozens of patterns, each tried over every window
 * of text the engine has not judged before, at a few thousand instructions
 * a try even when nothing matches. Most windows hold none of the words a
 * pattern cannot match without, and looking for those is far cheaper.
 * The source is read for them: a top-level alternation needs one of its
 * alternatives' needs; a sequence needs each item it cannot skip, and the
 * most telling one is kept (a run of plain ASCII characters, or a group
 * that is not optional and needs one of a set). In ASCII-only text, which
 * the pattern's ASCII code serves (no UTF, no case folding beyond ASCII),
 * an item that is a byte >= 0x80 can never match. Anything the reader does
 * not follow exactly (\Q, \x, \p, backreferences, recursion, verbs,
 * extended mode, an odd quantifier) makes the whole pattern NC_NEEDS_UNKNOWN:
 * it is always tried, as before. Lookarounds and optional items need
 * nothing. Dropping a character or a whole item only weakens the promise,
 * so the reader drops whatever it is unsure of. */

#define NEEDS_MIN_SCORE 3       /* a shorter literal is in too many texts to tell */
#define NEEDS_MAX_DEPTH 32

typedef struct needs {
    int kind;                   /* NC_NEEDS_* */
    int n;
    apr_size_t at[NC_NEEDS_MAX], len[NC_NEEDS_MAX];    /* literals, in the source */
} needs;

typedef struct needs_scan {
    const char *s;
    apr_size_t i;
    int depth;
    int gave_up;
} needs_scan;

static void needs_alternation(needs_scan *sc, needs *out);

/* The quantifier at sc->i, skipped: 1 when it allows no repeat at all, 0
 * when it does not, -1 when there is none (or it is not one the reader
 * follows: then it gave up). */
static int needs_quantifier(needs_scan *sc)
{
    const char *s = sc->s;
    char c = s[sc->i];
    int optional;
    if (c == '?' || c == '*') {
        optional = 1;
        sc->i++;
    } else if (c == '+') {
        optional = 0;
        sc->i++;
    } else if (c == '{') {
        apr_size_t j = sc->i + 1, digits = 0;
        unsigned long min = 0;
        while (apr_isdigit((unsigned char)s[j]) && digits < 6)
            min = min * 10 + (unsigned long)(s[j++] - '0'), digits++;
        if (s[j] == ',')
            for (j++; apr_isdigit((unsigned char)s[j]); j++)
                ;
        if (!digits || s[j] != '}') {
            sc->gave_up = 1;    /* "{" as a literal, or a form this reader does not know */
            return -1;
        }
        optional = min == 0;
        sc->i = j + 1;
    } else {
        return -1;
    }
    if (s[sc->i] == '?' || s[sc->i] == '+')
        sc->i++;                /* lazy or possessive */
    return optional;
}

/* Length of literal [at, at + len) without its blanks at either end. */
static apr_size_t needs_score_of(const char *s, apr_size_t at, apr_size_t len)
{
    while (len && s[at] == ' ')
        at++, len--;
    while (len && s[at + len - 1] == ' ')
        len--;
    return len;
}

static apr_size_t needs_score(const char *s, const needs *x)
{
    apr_size_t score = (apr_size_t)-1;
    for (int k = 0; k < x->n; k++) {
        apr_size_t v = needs_score_of(s, x->at[k], x->len[k]);
        if (v < score)
            score = v;
    }
    return x->n ? score : 0;
}

/* A sequence item that cannot be skipped: the best of them is kept. */
static void needs_consider(const needs_scan *sc, needs *best, int *impossible, const needs *item)
{
    if (item->kind == NC_NEEDS_NON_ASCII) {
        *impossible = 1;
        return;
    }
    if (item->kind != NC_NEEDS_LITERAL)
        return;
    apr_size_t a = needs_score(sc->s, item), b = needs_score(sc->s, best);
    if (best->kind != NC_NEEDS_LITERAL || a > b || (a == b && item->n < best->n))
        *best = *item;
}

static void needs_run(const needs_scan *sc, needs *best, int *impossible, apr_size_t at, apr_size_t *len)
{
    if (*len) {
        needs run = { NC_NEEDS_LITERAL, 1, { at }, { *len } };
        needs_consider(sc, best, impossible, &run);
    }
    *len = 0;
}

/* Skips the character class at sc->i ('['). */
static void needs_class(needs_scan *sc)
{
    const char *s = sc->s;
    apr_size_t j = sc->i + 1;
    if (s[j] == '^')
        j++;
    if (s[j] == ']')
        j++;                    /* a literal ']' first */
    for (; s[j] && s[j] != ']'; j++) {
        if (s[j] == '\\' && s[j + 1])
            j++;
        else if (s[j] == '[' && s[j + 1] == ':') {
            const char *end = strstr(s + j + 2, ":]");
            if (!end)
                break;
            j = (apr_size_t)(end - s) + 1;
        }
    }
    if (s[j] != ']')
        sc->gave_up = 1;
    else
        sc->i = j + 1;
}

/* The group at sc->i ('('), up to its ')'. */
static void needs_group(needs_scan *sc, needs *out)
{
    const char *s = sc->s;
    apr_size_t i = sc->i + 1;
    int nothing = 0;            /* a lookaround: it consumes nothing */
    out->kind = NC_NEEDS_UNKNOWN;
    out->n = 0;
    if (s[i] == '*') {
        sc->gave_up = 1;        /* a verb */
        return;
    }
    if (s[i] == '?') {
        char k = s[i + 1];
        if (k == ':' || k == '|' || k == '>') {
            i += 2;
        } else if (k == '=' || k == '!') {
            nothing = 1;
            i += 2;
        } else if (k == '<' && (s[i + 2] == '=' || s[i + 2] == '!')) {
            nothing = 1;
            i += 3;
        } else if (k == '<' || k == '\'' || (k == 'P' && s[i + 2] == '<')) {
            char close = k == '\'' ? '\'' : '>';
            const char *end = strchr(s + i + 2, close);
            if (!end) {
                sc->gave_up = 1;
                return;
            }
            i = (apr_size_t)(end - s) + 1;
        } else {
            /* option settings: (?i), (?-i), (?i:...); extended mode is not followed */
            apr_size_t j = i + 1;
            while (apr_isalpha((unsigned char)s[j]) || s[j] == '-' || s[j] == '^') {
                if (s[j] == 'x') {
                    sc->gave_up = 1;
                    return;
                }
                j++;
            }
            if (j == i + 1 || (s[j] != ')' && s[j] != ':')) {
                sc->gave_up = 1;
                return;
            }
            if (s[j] == ')') {
                sc->i = j + 1;  /* case is ignored anyway; the rest is unchanged */
                return;
            }
            i = j + 1;
        }
    }
    if (++sc->depth > NEEDS_MAX_DEPTH) {
        sc->gave_up = 1;
        return;
    }
    sc->i = i;
    needs_alternation(sc, out);
    sc->depth--;
    if (sc->gave_up)
        return;
    if (s[sc->i] != ')') {
        sc->gave_up = 1;
        return;
    }
    sc->i++;
    if (nothing) {
        out->kind = NC_NEEDS_UNKNOWN;
        out->n = 0;
    }
}

/* One alternative, up to '|', ')' or the end. */
static void needs_sequence(needs_scan *sc, needs *best)
{
    const char *s = sc->s;
    apr_size_t run_at = 0, run_len = 0;
    int impossible = 0;
    best->kind = NC_NEEDS_UNKNOWN;
    best->n = 0;
    while (!sc->gave_up) {
        char c = s[sc->i];
        if (c == '\0' || c == '|' || c == ')')
            break;
        if (c == '\\') {
            char e = s[sc->i + 1];
            /* escapes of one character: a class, an anchor or a control
             * character (none is kept as a literal); others (\x, \p, \Q,
             * backreferences) are not followed */
            if (!e || (apr_isalnum((unsigned char)e) && !strchr("bBsSdDwWhHvVRntrfeaAzZGK", e))) {
                sc->gave_up = 1;
                break;
            }
            needs_run(sc, best, &impossible, run_at, &run_len);
            sc->i += 2;
            needs_quantifier(sc);
            continue;
        }
        if (c == '[') {
            needs_run(sc, best, &impossible, run_at, &run_len);
            needs_class(sc);
            if (!sc->gave_up)
                needs_quantifier(sc);
            continue;
        }
        if (c == '(') {
            needs item;
            needs_run(sc, best, &impossible, run_at, &run_len);
            needs_group(sc, &item);
            if (sc->gave_up)
                break;
            if (needs_quantifier(sc) != 1 && !sc->gave_up)
                needs_consider(sc, best, &impossible, &item);
            continue;
        }
        if (c == '.' || c == '^' || c == '$') {
            needs_run(sc, best, &impossible, run_at, &run_len);
            sc->i++;
            needs_quantifier(sc);
            continue;
        }
        if (c == '?' || c == '*' || c == '+' || c == '{') {
            sc->gave_up = 1;    /* a quantifier on nothing the reader saw */
            break;
        }
        apr_size_t at = sc->i++;
        char q = s[sc->i];
        if (q == '?' || q == '*' || q == '+' || q == '{') {
            /* a quantified character ends the run, without it */
            needs_run(sc, best, &impossible, run_at, &run_len);
            if (needs_quantifier(sc) == 0 && (unsigned char)c >= 0x80)
                impossible = 1;
            continue;
        }
        if ((unsigned char)c >= 0x80) {
            needs_run(sc, best, &impossible, run_at, &run_len);
            impossible = 1;
            continue;
        }
        if (!run_len)
            run_at = at;
        run_len++;
    }
    needs_run(sc, best, &impossible, run_at, &run_len);
    if (impossible) {
        best->kind = NC_NEEDS_NON_ASCII;
        best->n = 0;
    } else if (best->kind == NC_NEEDS_LITERAL && needs_score(s, best) < NEEDS_MIN_SCORE) {
        best->kind = NC_NEEDS_UNKNOWN;
        best->n = 0;
    }
}

static void needs_alternation(needs_scan *sc, needs *out)
{
    int unknown = 0;
    out->n = 0;
    for (;;) {
        needs alt;
        needs_sequence(sc, &alt);
        if (sc->gave_up)
            return;
        if (alt.kind == NC_NEEDS_UNKNOWN || out->n + alt.n > NC_NEEDS_MAX) {
            unknown = 1;
        } else if (alt.kind == NC_NEEDS_LITERAL) {
            for (int k = 0; k < alt.n; k++) {
                out->at[out->n] = alt.at[k];
                out->len[out->n++] = alt.len[k];
            }
        }                       /* NC_NEEDS_NON_ASCII: this alternative never matches */
        if (sc->s[sc->i] != '|')
            break;
        sc->i++;
    }
    out->kind = unknown ? NC_NEEDS_UNKNOWN : out->n ? NC_NEEDS_LITERAL : NC_NEEDS_NON_ASCII;
    if (unknown)
        out->n = 0;
}

static void find_needs(apr_pool_t *p, nc_regex *re)
{
    needs_scan sc = { re->source, 0, 0, 0 };
    needs top;
    re->needs = NC_NEEDS_UNKNOWN;
    if (!re->ascii_code)
        return;                 /* ASCII text goes to the UTF code: its folding reaches past ASCII */
    needs_alternation(&sc, &top);
    if (sc.gave_up || re->source[sc.i] != '\0' || top.kind == NC_NEEDS_UNKNOWN)
        return;
    if (top.n) {
        re->literals = apr_palloc(p, sizeof *re->literals * (apr_size_t)top.n);
        re->literal_len = apr_palloc(p, sizeof *re->literal_len * (apr_size_t)top.n);
    }
    for (int k = 0; k < top.n; k++) {
        char *lit = apr_pstrmemdup(p, re->source + top.at[k], top.len[k]);
        for (char *c = lit; *c; c++)
            *c = (char)apr_tolower((unsigned char)*c);
        re->literals[k] = lit;
        re->literal_len[k] = top.len[k];
    }
    re->nliterals = top.n;
    re->needs = top.kind;
}

#define PAIR_HASH(a, b) ((((unsigned)(unsigned char)(a) << 5) ^ (unsigned char)(b)) & 4095u)

void nc_ascii_text_init(nc_ascii_text *t, char *buf, const char *s, apr_size_t len)
{
    memset(t->pairs, 0, sizeof t->pairs);
    for (apr_size_t k = 0; k < len; k++)
        buf[k] = (char)apr_tolower((unsigned char)s[k]);
    for (apr_size_t k = 0; k + 1 < len; k++) {
        unsigned h = PAIR_HASH(buf[k], buf[k + 1]);
        t->pairs[h >> 3] |= (unsigned char)(1u << (h & 7));
    }
    t->lowered = buf;
    t->len = len;
}

static int holds_literal(const nc_ascii_text *t, const char *lit, apr_size_t n)
{
    if (n > t->len)
        return 0;
    for (apr_size_t k = 0; k + 1 < n; k++) {
        unsigned h = PAIR_HASH(lit[k], lit[k + 1]);
        if (!(t->pairs[h >> 3] & (1u << (h & 7))))
            return 0;           /* a pair of it is nowhere in the text */
    }
    return memmem(t->lowered, t->len, lit, n) != NULL;
}

int nc_regex_cannot_match_ascii(const nc_regex *re, const nc_ascii_text *t)
{
    if (re->needs == NC_NEEDS_NON_ASCII)
        return 1;
    if (re->needs != NC_NEEDS_LITERAL)
        return 0;
    for (int k = 0; k < re->nliterals; k++)
        if (holds_literal(t, re->literals[k], re->literal_len[k]))
            return 0;
    return 1;
}

nc_regex *nc_regex_compile(apr_pool_t *p, const char *pattern, int case_sensitive, char **err)
{
    int errcode;
    PCRE2_SIZE erroff;
    uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
    if (!case_sensitive)
        flags |= PCRE2_CASELESS;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     flags, &errcode, &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        *err = apr_psprintf(p, "%s at offset %lu", (const char *)msg, (unsigned long)erroff);
        return NULL;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   /* falls back to the interpreter if JIT is unavailable */
    nc_regex *re = apr_pcalloc(p, sizeof *re);
    re->code = code;
    /* the ASCII code: a pattern it cannot express (\x{3000}) has none */
    re->ascii_code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   case_sensitive ? 0 : PCRE2_CASELESS, &errcode, &erroff, NULL);
    if (re->ascii_code)
        pcre2_jit_compile(re->ascii_code, PCRE2_JIT_COMPLETE);
    re->source = apr_pstrdup(p, pattern);
    find_needs(p, re);
    re->mctx = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(re->mctx, NC_MATCH_LIMIT);
    pcre2_set_depth_limit(re->mctx, NC_DEPTH_LIMIT);
    apr_pool_cleanup_register(p, re, free_code, apr_pool_cleanup_null);
    return re;
}

int nc_regex_search(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                    apr_size_t offset, apr_size_t *mstart, apr_size_t *mend)
{
    if (offset > len)
        return 0;
    /* the whole subject is checked: a lookbehind may read before offset */
    const pcre2_code *code = re->ascii_code && nc_ascii_only(s, len) ? re->ascii_code : re->code;
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, offset, 0, md, re->mctx);
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
        return 0;
    if (rc <= 0)
        return -1;       /* match or depth limit hit (or another error) */
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    *mstart = ov[0];
    *mend = ov[1];
    return 1;
}

int nc_regex_find(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                  apr_size_t offset, apr_size_t *mstart, apr_size_t *mend)
{
    /* no match, invalid UTF-8 or a limit hit: treated as no match */
    return nc_regex_search(re, md, s, len, offset, mstart, mend) > 0;
}

/* PCRE2 makes the match data through these, in the caller's pool: beside
 * a stage's other pieces instead of a heap piece of its own (616 bytes).
 * Without JIT the interpreter keeps its frames in the match data too
 * (20 KB, doubled when a match needs more, within NC_DEPTH_LIMIT): in the
 * pool as well, a doubled one's old frames until the pool goes. */
static void *pool_malloc(PCRE2_SIZE size, void *pool)
{
    return apr_palloc(pool, size);
}

static void pool_free(void *block, void *pool)
{
    (void)block;
    (void)pool;   /* the pool frees everything at once */
}

pcre2_match_data *nc_regex_match_data(apr_pool_t *p)
{
    pcre2_general_context *gctx = pcre2_general_context_create(pool_malloc, pool_free, p);
    return gctx ? pcre2_match_data_create(32, gctx) : NULL;
}
