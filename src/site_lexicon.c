/*
 * site_lexicon.c - reads a NewsCleanLexicon file (see site_lexicon.h and
 * docs/metadata.md for the format).
 *
 * Every line is checked at config time, and the first bad one stops the load
 * with "FILE:LINE: reason": a typo must fail httpd's config test, not quietly
 * drop a name from every page.
 */
#include "site_lexicon.h"
#include "lexicon.h"
#include "places.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <apr_strings.h>

#define MAX_LINE   2048   /* bytes, newline included */
#define MAX_WORDS  12     /* in one name */

static const struct { const char *kind; nc_mention_type type; } kinds[] = {
    {"person", NC_PERSON}, {"organization", NC_ORGANIZATION},
    {"organisation", NC_ORGANIZATION}, {"event", NC_EVENT}, {"country", NC_COUNTRY},
    {"city", NC_CITY}, {"place", NC_PLACE}, {"title", (nc_mention_type)-1},
};

typedef struct loader {
    nc_lexicon *lx;
    apr_pool_t *p;
    int line;
    char **err;
} loader;

static int fail(loader *ld, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int fail(loader *ld, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    *ld->err = apr_psprintf(ld->p, "%s:%d: %s", ld->lx->path, ld->line,
                            apr_pvsprintf(ld->p, fmt, ap));
    va_end(ap);
    return -1;
}

/* Well-formed UTF-8, no control characters. */
static int clean_utf8(const unsigned char *s, apr_size_t n)
{
    for (apr_size_t i = 0; i < n;) {
        unsigned c = s[i];
        int more = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
                 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (more < 0 || (c < 0x20 && c != '\t') || c == 0x7F || (c & 0xFE) == 0xC0 ||
            (more && i + (apr_size_t)more >= n))
            return 0;
        for (int k = 1; k <= more; k++)
            if ((s[i + (apr_size_t)k] & 0xC0) != 0x80)
                return 0;
        i += (apr_size_t)more + 1;
    }
    return 1;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        *--e = '\0';
    return s;
}

/* Words joined by single spaces, as the extractor joins a sentence's words. */
static char *normalise(apr_pool_t *p, const char *s, int *nwords)
{
    char *out = apr_palloc(p, strlen(s) + 1), *o = out;
    *nwords = 0;
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        if (o > out)
            *o++ = ' ';
        while (*s && *s != ' ' && *s != '\t')
            *o++ = *s++;
        (*nwords)++;
    }
    *o = '\0';
    return out;
}

/* An ISO 3166 name, short form or demonym -> the country's name. */
static const char *country_name(const char *s)
{
    for (int i = 0; i < nc_n_countries; i++)
        if (!strcmp(nc_countries[i].name, s))
            return nc_countries[i].name;
    for (int i = 0; i < nc_n_country_aliases; i++)
        if (nc_country_aliases[i].kind != NC_ALIAS_CODE && !strcmp(nc_country_aliases[i].text, s))
            return nc_countries[nc_country_aliases[i].country].name;
    return NULL;
}

static int add_phrase(loader *ld, const char *phrase, int nwords, const nc_site_entry *e)
{
    const nc_site_entry *old = apr_hash_get(ld->lx->phrases, phrase, APR_HASH_KEY_STRING);
    if (old && old != e)
        return fail(ld, "'%s' is already defined on line %d (as '%s')", phrase, old->line,
                    old->name);
    apr_hash_set(ld->lx->phrases, phrase, APR_HASH_KEY_STRING, e);
    const char *sp = strchr(phrase, ' ');
    apr_size_t fl = sp ? (apr_size_t)(sp - phrase) : strlen(phrase);
    int *max = apr_hash_get(ld->lx->first_words, phrase, (apr_ssize_t)fl);
    if (!max) {
        max = apr_pcalloc(ld->p, sizeof *max);
        apr_hash_set(ld->lx->first_words, apr_pstrmemdup(ld->p, phrase, fl), (apr_ssize_t)fl, max);
    }
    if (nwords > *max)
        *max = nwords;
    return 0;
}

/* "title: Chief Rabbi": the last word is a head, the ones before modifiers. */
static int add_title(loader *ld, char *name)
{
    int n;
    char *t = normalise(ld->p, name, &n);
    for (char *w = t; *w;) {
        char *sp = strchr(w, ' ');
        apr_size_t wl = sp ? (apr_size_t)(sp - w) : strlen(w);
        char *low = apr_pstrmemdup(ld->p, w, wl);
        for (char *c = low; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        if (wl > 1 && low[wl - 1] == '.')
            low[--wl] = '\0';
        unsigned *f = apr_hash_get(ld->lx->title_words, low, (apr_ssize_t)wl);
        if (!f) {
            f = apr_pcalloc(ld->p, sizeof *f);
            apr_hash_set(ld->lx->title_words, low, (apr_ssize_t)wl, f);
        }
        *f |= sp ? NC_W_TITLE_MOD : NC_W_TITLE_HEAD;
        w = sp ? sp + 1 : w + wl;
    }
    return 0;
}

static int parse_line(loader *ld, char *line)
{
    char *s = trim(line);
    if (!*s || *s == '#')
        return 0;
    char *colon = strchr(s, ':');
    if (!colon)
        return fail(ld, "expected 'KIND: NAME', got '%s'", s);
    *colon = '\0';
    char *kind = trim(s);
    int type = -2;
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (!strcasecmp(kind, kinds[k].kind))
            type = (int)kinds[k].type;
    if (type == -2)
        return fail(ld, "unknown kind '%s' (person, organization, event, country, city, "
                        "place or title)", kind);

    char *fields = colon + 1, *state = NULL;
    char *name = apr_strtok(fields, "|", &state);
    name = name ? trim(name) : NULL;
    if (!name || !*name)
        return fail(ld, "%s without a name", kind);
    if (type == -1) {
        if (apr_strtok(NULL, "|", &state))
            return fail(ld, "a title takes no attributes ('%s')", name);
        return add_title(ld, name);
    }

    int nwords;
    nc_site_entry *e = apr_pcalloc(ld->p, sizeof *e);
    e->type = (nc_mention_type)type;
    e->name = normalise(ld->p, name, &nwords);
    e->ntok = nwords;
    e->line = ld->line;
    if (nwords > MAX_WORDS)
        return fail(ld, "name '%s' has more than %d words", e->name, MAX_WORDS);
    const char *last = strrchr(e->name, ' ');
    e->surname = last ? last + 1 : e->name;

    const char *aliases[32];
    int naliases = 0;
    char *field;
    while ((field = apr_strtok(NULL, "|", &state))) {
        field = trim(field);
        char *eq = strchr(field, '=');
        if (!eq)
            return fail(ld, "expected KEY=VALUE, got '%s'", field);
        *eq = '\0';
        char *key = trim(field), *value = trim(eq + 1);
        if (!*value)
            return fail(ld, "'%s' without a value", key);
        if (!strcmp(key, "alias")) {
            if (naliases == 32)
                return fail(ld, "more than 32 aliases for '%s'", e->name);
            aliases[naliases++] = value;
        } else if (!strcmp(key, "jobTitle") && type == NC_PERSON) {
            e->job_title = normalise(ld->p, value, &nwords);
        } else if (!strcmp(key, "nationality") && type == NC_PERSON) {
            if (!(e->nationality = country_name(value)))
                return fail(ld, "nationality '%s' is no ISO 3166 country name or demonym",
                            value);
        } else {
            return fail(ld, "unknown attribute '%s' for this kind (alias; persons also "
                            "jobTitle, nationality)", key);
        }
    }
    if (add_phrase(ld, e->name, e->ntok, e) != 0)
        return -1;
    for (int k = 0; k < naliases; k++) {
        const char *a = normalise(ld->p, aliases[k], &nwords);
        if (nwords > MAX_WORDS)
            return fail(ld, "alias '%s' has more than %d words", a, MAX_WORDS);
        if (add_phrase(ld, a, nwords, e) != 0)
            return -1;
    }
    ld->lx->entries++;
    return 0;
}

nc_lexicon *nc_lexicon_load(apr_pool_t *p, const char *path, char **err)
{
    nc_lexicon *lx = apr_pcalloc(p, sizeof *lx);
    lx->path = apr_pstrdup(p, path);
    lx->phrases = apr_hash_make(p);
    lx->first_words = apr_hash_make(p);
    lx->title_words = apr_hash_make(p);
    loader ld = { lx, p, 0, err };

    FILE *f = fopen(path, "r");
    if (!f) {
        *err = apr_psprintf(p, "%s: cannot read: %s", path, strerror(errno));
        return NULL;
    }
    char buf[MAX_LINE];
    int rc = 0;
    while (rc == 0 && fgets(buf, sizeof buf, f)) {
        ld.line++;
        apr_size_t n = strlen(buf);
        if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
            rc = fail(&ld, "line longer than %d bytes", MAX_LINE - 2);
            break;
        }
        if (ld.line == 1 && n >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
            memmove(buf, buf + 3, (n -= 3) + 1);   /* a byte order mark */
        while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
            buf[--n] = '\0';
        if (!clean_utf8((const unsigned char *)buf, n))
            rc = fail(&ld, "not UTF-8 text (or a control character)");
        else
            rc = parse_line(&ld, buf);
    }
    if (rc == 0 && ferror(f)) {
        *err = apr_psprintf(p, "%s: cannot read: %s", path, strerror(errno));
        rc = -1;
    }
    fclose(f);
    return rc == 0 ? lx : NULL;
}

const nc_site_entry *nc_site_find(const nc_lexicon *lx, const char *phrase, apr_size_t len)
{
    return lx ? apr_hash_get(lx->phrases, phrase, (apr_ssize_t)len) : NULL;
}

int nc_site_max_tokens_from(const nc_lexicon *lx, const char *word, apr_size_t len)
{
    const int *max = lx ? apr_hash_get(lx->first_words, word, (apr_ssize_t)len) : NULL;
    return max ? *max : 0;
}

unsigned nc_site_word_flags(const nc_lexicon *lx, const char *word, apr_size_t len)
{
    char low[64];
    if (!lx || !apr_hash_count(lx->title_words))
        return 0;
    if (len > 1 && word[len - 1] == '.')
        len--;
    if (len == 0 || len >= sizeof low)
        return 0;
    for (apr_size_t i = 0; i < len; i++)
        low[i] = (char)((word[i] >= 'A' && word[i] <= 'Z') ? word[i] - 'A' + 'a' : word[i]);
    const unsigned *f = apr_hash_get(lx->title_words, low, (apr_ssize_t)len);
    return f ? *f : 0;
}
