/*
 * actors.c - people, organisations, events and places in an article.
 *
 * Each sentence is cut into chunks: runs of capitalised words, with the small
 * words that live inside names ("of", "von") and lower-case titles that lead
 * to a name ("defence secretary John Healey"). A chunk is then read left to
 * right, trying at each word, in this order:
 *   1. [nationality] title name   "US Defense Secretary Pete Hegseth"
 *   2. organisation, event, place "Munich Security Conference", "Kherson Oblast"
 *   3. a known phrase             "United States", "Ukrainian", "Kiev", "NATO"
 *   4. a name                     "Scott Bessent", "Mr Smith"
 *   5. an acronym                 "NBC"
 *   6. a lone capitalised word    "Zelensky": kept aside, and counted only if
 *                                 it is the surname of a person found elsewhere.
 * Capitals carry no information at the start of a sentence or in a title-case
 * headline, so there an ordinary dictionary word ("However") never starts a
 * name, and headline words only confirm people found in the body.
 */
#include "extract_internal.h"

#include <string.h>
#include <apr_strings.h>

typedef struct person {
    const char *name;           /* "Vladimir Zelensky" */
    const char *surname;        /* "Zelensky" */
    int ntok;                   /* words in name */
    const char *title, *nationality;
    apr_uint64_t pos;
    apr_size_t len;             /* bytes of the first mention */
    const nc_sentence *st;
} person;

typedef struct entity {
    nc_mention_type type;
    const char *name;
    apr_uint64_t pos;
    apr_size_t len;
    const nc_sentence *st;
} entity;

typedef struct lone_word {      /* step 6, resolved after the whole text is read */
    const char *word;
    apr_uint64_t pos;
    apr_size_t len;
    const nc_sentence *st;
} lone_word;

typedef struct actors {
    nc_run *run;
    const nc_words *lx;
    const nc_places *pl;
    const nc_lexicon *site;         /* the NewsCleanLexicon file, or NULL */
    apr_pool_t *p;
    apr_array_header_t *persons;    /* person * in order of creation */
    nc_wordmap *entities;           /* "type:key" -> entity * */
    apr_array_header_t *entity_list;
    apr_array_header_t *lone;       /* lone_word */
    /* the sentence being read */
    const nc_sentence *st;
    unsigned *wf;                   /* lexicon flags of each word */
    signed char *ordinary;          /* per word: nc_word_is_ordinary, -1 not asked yet */
    short *phrase_from;             /* per word: nc_places_max_tokens_from, -1 not asked */
    struct phrase_memo *phrase;     /* per word: the last phrase_at answer from it */
} actors;

/* ---------------------------------------------------------------- words */

/* Letters, no leading digit, capitalised or all capitals (set by the splitter). */
static int capish(const nc_token *t)
{
    return (t->flags & NC_T_CAPISH) != 0;
}

/* A word's bytes (t is a word of the sentence being read). */
static const char *word(const actors *a, const nc_token *t) { return nc_token_text(a->st, t); }

/* Several steps ask about one word: the answer is kept for the sentence. */
static int ordinary(const actors *a, const nc_token *t)
{
    signed char *c = &a->ordinary[t - a->st->tok];
    if (*c < 0)
        *c = (signed char)nc_word_is_ordinary(a->lx, word(a, t), t->len);
    return *c;
}

static const nc_token *tok(const actors *a, int i) { return &a->st->tok[i]; }

/* Bytes from word i's start to the end of word j-1, its possessive left out. */
static apr_size_t span_len(const actors *a, int i, int j)
{
    return tok(a, j - 1)->start + tok(a, j - 1)->len - tok(a, i)->start;
}

/* Lower-case word that may start or continue a title ("defence secretary"). */
static int lower_title_word(const actors *a, int i, int inside)
{
    const nc_token *t = tok(a, i);
    if (capish(t) || !(t->flags & NC_T_HAS_LETTER))
        return 0;
    unsigned f = a->wf[i];
    if (!(f & (NC_W_TITLE_HEAD | NC_W_TITLE_MOD)))
        return 0;
    return inside || !(f & NC_W_TITLE_WEAK);
}

static char *token_str(const actors *a, const nc_token *t)
{
    return apr_pstrmemdup(a->p, word(a, t), t->len);
}

/* Words i..j-1 joined by single spaces, possessives dropped. */
static char *span_str(const actors *a, int i, int j)
{
    apr_size_t n = 0;
    for (int k = i; k < j; k++)
        n += tok(a, k)->len + 1;
    char *s = apr_palloc(a->p, n + 1), *o = s;
    for (int k = i; k < j; k++) {
        if (k > i)
            *o++ = ' ';
        memcpy(o, word(a, tok(a, k)), tok(a, k)->len);
        o += tok(a, k)->len;
    }
    *o = '\0';
    return s;
}

/* The rules ask phrase_at the same question several times per word. */
typedef struct phrase_memo {
    int j, n;                       /* j: -1 none yet */
    const nc_place *pc;
} phrase_memo;

static const nc_place *find_phrase(const actors *a, int i, int j, int *len);

/* Longest known phrase starting at word i and ending before j; *len is set
 * only when there is one. */
static const nc_place *phrase_at(const actors *a, int i, int j, int *len)
{
    phrase_memo *m = &a->phrase[i];
    if (m->j != j) {
        m->j = j;
        m->pc = find_phrase(a, i, j, &m->n);
    }
    if (m->pc)
        *len = m->n;
    return m->pc;
}

static const nc_place *find_phrase(const actors *a, int i, int j, int *len)
{
    const nc_token *first = tok(a, i);
    int maxn = a->phrase_from[i];
    if (maxn < 0)
        a->phrase_from[i] = (short)(maxn = nc_places_max_tokens_from(a->pl, word(a, first),
                                                                     first->len));
    if (!maxn && (first->flags & NC_T_ALLCAPS) && !(first->flags & NC_T_INITIALS))
        maxn = a->pl->max_tokens;   /* "KYIV", "NEW YORK": the cheap check knows "Kyiv" */
    if (j - i < maxn)
        maxn = j - i;
    for (int n = maxn; n >= 1; n--) {
        const nc_token *last = tok(a, i + n - 1);
        if (a->wf[i + n - 1] & NC_W_CONNECTOR && !capish(last))
            continue;
        int crosses = 0;   /* a possessive or punctuation may only end a phrase */
        for (int k = i; k < i + n - 1; k++)
            if (tok(a, k)->flags & (NC_T_POSSESSIVE | NC_T_BREAK))
                crosses = 1;
        if (crosses)
            continue;
        /* "KYIV, Ukraine (AP)": a dateline shouts; codes (US, UAE) stay as
         * written, unless part of a longer shouted name ("NEW YORK"). */
        for (apr_size_t shout = 4; shout >= 2; shout -= 2) {
            char buf[256];
            apr_size_t o = 0;
            int fits = 1, folded = 0;
            for (int k = i; k < i + n && fits; k++) {
                const nc_token *t = tok(a, k);
                if (o + t->len + 1 >= sizeof buf) {
                    fits = 0;
                    break;
                }
                if (k > i)
                    buf[o++] = ' ';
                memcpy(buf + o, word(a, t), t->len);
                if ((t->flags & NC_T_ALLCAPS) && t->len >= shout && !(t->flags & NC_T_INITIALS))
                    for (apr_size_t c = 1; c < t->len; c++)
                        if (buf[o + c] >= 'A' && buf[o + c] <= 'Z') {
                            buf[o + c] = (char)(buf[o + c] - 'A' + 'a');
                            folded |= t->len < 4;
                        }
                o += t->len;
            }
            if (!fits || (shout == 2 && (!folded || n < 2)))
                break;
            const nc_place *pc = nc_places_find(a->pl, buf, o);
            if (pc) {
                *len = n;
                return pc;
            }
        }
    }
    return NULL;
}

/* ---------------------------------------------------------------- records */

static void add_entity(actors *a, nc_mention_type type, const char *key, const char *name,
                       apr_size_t at, apr_size_t len)
{
    /* "<type>:<key>", built on the stack and kept only when new */
    apr_size_t kl = strlen(key) + 2;
    char buf[128];
    char *hkey = kl <= sizeof buf ? buf : apr_palloc(a->p, kl);
    hkey[0] = (char)('A' + (int)type);
    hkey[1] = ':';
    memcpy(hkey + 2, key, kl - 2);
    entity *e = nc_wordmap_get(a->entities, hkey, kl);
    apr_uint64_t pos = nc_pos(a->st, at);
    if (e) {
        if (pos < e->pos) {
            e->pos = pos;
            e->len = len;
            e->st = a->st;
        }
        return;
    }
    e = apr_pcalloc(a->p, sizeof *e);
    e->type = type;
    e->name = name;
    e->pos = pos;
    e->len = len;
    e->st = a->st;
    *nc_wordmap_slot(a->entities, hkey == buf ? apr_pmemdup(a->p, buf, kl) : hkey, kl) = e;
    APR_ARRAY_PUSH(a->entity_list, entity *) = e;
}

static void add_place(actors *a, const nc_place *pc, int i, int n)
{
    char *name = pc->name ? (char *)pc->name : span_str(a, i, i + n);
    if (!pc->name)   /* a city as written, but "KYIV" as "Kyiv" */
        for (int k = i; k < i + n; k++)
            if (tok(a, k)->flags & NC_T_ALLCAPS && (tok(a, k)->len > 3 || n > 1)) {
                name = span_str(a, i, i + n);
                for (char *c = name + 1; *c; c++)
                    if (c[-1] != ' ' && c[-1] != '-' && *c >= 'A' && *c <= 'Z')
                        *c = (char)(*c - 'A' + 'a');
                break;
            }
    add_entity(a, pc->type, pc->key, name, tok(a, i)->start, span_len(a, i, i + n));
}

static person *find_person(const actors *a, const char *name)
{
    for (int i = 0; i < a->persons->nelts; i++) {
        person *pp = APR_ARRAY_IDX(a->persons, i, person *);
        if (pp->name[0] == name[0] && !strcmp(pp->name, name))   /* most differ at once */
            return pp;
    }
    return NULL;
}

/* "Van der Bellen" and "Alexander Van der Bellen": one name ends the other. */
static int ends_with_name(const char *longer, const char *shorter)
{
    apr_size_t l = strlen(longer), s = strlen(shorter);
    return s < l && longer[l - s - 1] == ' ' && !strcmp(longer + l - s, shorter);
}

static person *find_by_tail(const actors *a, const char *name)
{
    for (int i = 0; i < a->persons->nelts; i++) {
        person *pp = APR_ARRAY_IDX(a->persons, i, person *);
        if (ends_with_name(pp->name, name) || ends_with_name(name, pp->name))
            return pp;
    }
    return NULL;
}

static person *find_by_surname(const actors *a, const char *surname, int single_only)
{
    for (int i = 0; i < a->persons->nelts; i++) {
        person *pp = APR_ARRAY_IDX(a->persons, i, person *);
        if (single_only && pp->ntok != 1)
            continue;
        if (pp->surname[0] == surname[0] && !strcmp(pp->surname, surname))
            return pp;
    }
    return NULL;
}

static void merge_into(person *pp, const char *title, const char *nationality,
                       apr_uint64_t pos, apr_size_t len, const nc_sentence *st)
{
    if (!pp->title && title)
        pp->title = title;
    if (!pp->nationality && nationality)
        pp->nationality = nationality;
    if (pos < pp->pos) {
        pp->pos = pos;
        pp->len = len;
        pp->st = st;
    }
}

static void add_person(actors *a, const char *name, const char *surname, int ntok,
                       const char *title, const char *nationality, apr_size_t at,
                       apr_size_t len)
{
    apr_uint64_t pos = nc_pos(a->st, at);
    /* The site's lexicon knows this person by a canonical name (and role). */
    const nc_site_entry *se = nc_site_find(a->site, name, strlen(name));
    if (se && se->type == NC_PERSON) {
        name = se->name;
        surname = se->surname;
        ntok = se->ntok;
        if (se->job_title)
            title = se->job_title;
        if (se->nationality)
            nationality = se->nationality;
    }
    person *pp = find_person(a, name);
    if (!pp)   /* "President Macron" then "Emmanuel Macron", or the reverse */
        pp = find_by_surname(a, surname, ntok > 1);
    if (!pp && ntok > 1)
        pp = find_by_tail(a, name);
    if (pp) {
        if (ntok > pp->ntok) {
            pp->name = name;
            pp->ntok = ntok;
        }
        merge_into(pp, title, nationality, pos, len, a->st);
        return;
    }
    pp = apr_pcalloc(a->p, sizeof *pp);
    pp->name = name;
    pp->surname = surname;
    pp->ntok = ntok;
    pp->title = title;
    pp->nationality = nationality;
    pp->pos = pos;
    pp->len = len;
    pp->st = a->st;
    APR_ARRAY_PUSH(a->persons, person *) = pp;
}

/* ---------------------------------------------------------------- names */

/* Can word i be part of a person's name? ntok: name words already taken;
 * titled: a title or honorific precedes, so a dictionary word may be a
 * surname ("President Emmanuel Macron", "Tim Cook"). */
static int name_word(const actors *a, int i, int end, int ntok, int titled)
{
    const nc_token *t = tok(a, i);
    unsigned f = a->wf[i];
    int n;
    if (!capish(t))
        return 0;
    if (t->flags & NC_T_INITIALS)
        return 1;
    if (ntok > 0 && (f & NC_W_NAME_SUFFIX))
        return 1;   /* "Charles III", "Martin Luther King Jr" */
    if ((t->flags & NC_T_ALLCAPS) && t->len == 2 && ntok == 0 && i + 1 < end &&
        !phrase_at(a, i, end, &n) && !(f & (NC_W_ACRONYM_STOP | NC_W_TITLE_HEAD)) &&
        !(t->flags & NC_T_BREAK) && (tok(a, i + 1)->flags & NC_T_CAP) &&
        !(tok(a, i + 1)->flags & NC_T_ALLCAPS) && !ordinary(a, tok(a, i + 1)))
        return 1;   /* "JD Vance", "AJ Smith": initials written without periods */
    if ((t->flags & NC_T_ALLCAPS) && t->len > 1)
        return 0;   /* "NBC", or a shouted headline */
    if (f & (NC_W_CALENDAR | NC_W_NOT_NAME | NC_W_TITLE_HEAD | NC_W_HONORIFIC |
             NC_W_ORG_TAIL | NC_W_EVENT_TAIL | NC_W_PLACE_TAIL | NC_W_FUNCTION))
        return ntok > 0 && (f & NC_W_NAME_SUFFIX);
    if (ordinary(a, t)) {
        if (ntok > 0 && i > 0 && (a->wf[i - 1] & NC_W_PARTICLE))
            return 1;   /* "Erik ten Hag", "Charles de Gaulle", "Marine Le Pen" */
        if (!titled || (t->flags & NC_T_FIRST) || phrase_at(a, i, end, &n))
            return 0;
        /* "President Xi Jinping": a dictionary given name needs a real surname. */
        return ntok > 0 || (i + 1 < end && capish(tok(a, i + 1)) && !ordinary(a, tok(a, i + 1)) &&
                            name_word(a, i + 1, end, 1, 0));
    }
    const nc_place *pc = phrase_at(a, i, end, &n);
    if (pc) {
        /* "Israel Katz", "Paris Hilton": a place's name used as a given name,
         * or a city's as a surname ("Pedro Guerrero"). */
        if (n > 1 || pc->is_demonym || pc->is_code || pc->type == NC_ORGANIZATION ||
            pc->type == NC_EVENT)
            return 0;
        if (ntok > 0)
            return pc->type != NC_COUNTRY;
        return i + 1 < end && name_word(a, i + 1, end, 1, 0) &&
               !phrase_at(a, i + 1, end, &n);
    }
    return 1;
}

typedef struct name_span {
    int start, end;          /* words [start, end) */
    int ntok;                /* name words, particles not counted */
    int joined_lower;        /* the last word was lower case ("Donald trump") */
} name_span;

/* Reads a person's name from word i, not past word end (the chunk's end),
 * possibly taking one lower-case word just after the chunk (see below). */
static int read_name(const actors *a, int i, int end, int titled, name_span *ns)
{
    int j = i, ntok = 0, last = i;
    ns->joined_lower = 0;
    while (j < end) {
        const nc_token *t = tok(a, j);
        if (name_word(a, j, end, ntok, titled)) {
            j++;
            ntok++;
            last = j;
            if (t->flags & (NC_T_POSSESSIVE | NC_T_BREAK))
                break;
            continue;
        }
        if (ntok > 0 && (a->wf[j] & NC_W_PARTICLE) && !capish(t) && j + 1 < end &&
            !(t->flags & NC_T_BREAK) && !(tok(a, j - 1)->flags & NC_T_BREAK)) {
            j++;
            continue;
        }
        break;
    }
    /* "US President Donald trump": a lower-case word right after the name is
     * part of it when the text also writes it capitalised ("Trump"). */
    const nc_token *prev = last > i ? tok(a, last - 1) : NULL;
    if (ntok == 1 && last == end && end < a->st->ntok && prev &&
        !(prev->flags & (NC_T_POSSESSIVE | NC_T_BREAK))) {
        const nc_token *t = tok(a, end);
        if (!capish(t) && (t->flags & NC_T_HAS_LETTER) && !(t->flags & NC_T_NUMBER) &&
            word(a, t)[0] >= 'a' && word(a, t)[0] <= 'z' &&
            !(a->wf[end] & ~(NC_W_NAME_SUFFIX | NC_W_NUMBER | NC_W_ORG_NOUN)) &&
            !ordinary(a, t) && t->len > 2) {
            char *cap = apr_pstrmemdup(a->p, word(a, t), t->len);
            cap[0] = (char)(cap[0] - 'a' + 'A');
            if (nc_text_capitalises(a->run, cap, t->len)) {
                last = end + 1;
                ntok++;
                ns->joined_lower = 1;
            }
        }
    }
    ns->start = i;
    ns->end = last;
    ns->ntok = ntok;
    return ntok;
}

static char *name_str(const actors *a, const name_span *ns)
{
    char *s = span_str(a, ns->start, ns->end);
    if (ns->joined_lower) {
        char *w = strrchr(s, ' ');
        w = w ? w + 1 : s;
        if (*w >= 'a' && *w <= 'z')
            *w = (char)(*w - 'a' + 'A');
    }
    return s;
}

static const char *surname_of(const actors *a, const name_span *ns, const char *name)
{
    int k = ns->end - 1;
    while (k > ns->start && (a->wf[k] & NC_W_NAME_SUFFIX))
        k--;
    if (ns->joined_lower && k == ns->end - 1) {
        const char *w = strrchr(name, ' ');
        return w ? w + 1 : name;
    }
    return token_str(a, tok(a, k));
}

/* ---------------------------------------------------------------- titles */

static const struct { const char *abbr, *full; } title_abbr[] = {
    {"Sen", "Senator"}, {"Gen", "General"}, {"Rep", "Representative"}, {"Gov", "Governor"},
    {"Lt", "Lieutenant"}, {"Col", "Colonel"}, {"Sgt", "Sergeant"}, {"Capt", "Captain"},
    {"Adm", "Admiral"}, {"Maj", "Major"}, {"Prof", "Professor"}, {"Rev", "Reverend"},
    {"Cmdr", "Commander"}, {"Pres", "President"},
};

/* Title words i..j-1 as a job title: "defence secretary" -> "Defence Secretary". */
static char *title_str(const actors *a, int i, int j)
{
    char *s = span_str(a, i, j);
    char *w = s;
    while (*w) {
        char *e = strchr(w, ' ');
        apr_size_t wl = e ? (apr_size_t)(e - w) : strlen(w);
        int small = (wl == 2 && !strncmp(w, "of", 2)) || (wl == 3 && !strncmp(w, "for", 3)) ||
                    (wl == 3 && !strncmp(w, "and", 3)) || (wl == 3 && !strncmp(w, "the", 3));
        if (!small && *w >= 'a' && *w <= 'z')
            *w = (char)(*w - 'a' + 'A');
        w += wl;
        if (*w)
            w++;
    }
    /* A lone abbreviation reads better spelled out (at most "Cmdr."). */
    apr_size_t sl = strlen(s);
    for (size_t k = 0; sl <= 5 && k < sizeof title_abbr / sizeof *title_abbr; k++) {
        apr_size_t al = strlen(title_abbr[k].abbr);
        if (!strncmp(s, title_abbr[k].abbr, al) && (s[al] == '\0' || (s[al] == '.' && !s[al + 1])))
            return apr_pstrdup(a->p, title_abbr[k].full);
    }
    return s;
}

/* Step 1: [nationality] title name. Returns the word after it, or i. */
static int try_titled_person(actors *a, int i, int end)
{
    int k = i, natn = 0;
    const nc_place *nat = phrase_at(a, i, end, &natn);
    if (nat && nat->type == NC_COUNTRY)
        k = i + natn;
    else
        nat = NULL, natn = 0;
    if (nat && !(tok(a, k - 1)->flags & NC_T_POSSESSIVE) && (tok(a, k - 1)->flags & NC_T_BREAK))
        return i;

    int tstart = k, head_end = -1, honorific = 0;
    if (k < end && (a->wf[k] & NC_W_HONORIFIC) && !(a->wf[k] & NC_W_TITLE_HEAD)) {
        honorific = 1;
        head_end = k + 1;
    } else {
        int in_of = 0;
        while (k < end) {
            const nc_token *t = tok(a, k);
            unsigned f = a->wf[k];
            int cap = capish(t);
            if ((f & NC_W_CONNECTOR) && !cap && head_end == k &&
                (k + 1 < end) && (a->wf[k + 1] & (NC_W_TITLE_MOD | NC_W_TITLE_HEAD))) {
                in_of = 1;   /* "Secretary of State", "Minister for Foreign Affairs" */
                k++;
                continue;
            }
            if (!(f & (NC_W_TITLE_MOD | NC_W_TITLE_HEAD)))
                break;
            if (!cap && !lower_title_word(a, k, 1))
                break;
            if (cap && (t->flags & NC_T_ALLCAPS) && !(f & NC_W_TITLE_HEAD))
                break;
            if (f & NC_W_TITLE_HEAD)
                head_end = k + 1;
            else if (in_of)
                head_end = k + 1;
            k++;
            if (t->flags & (NC_T_POSSESSIVE | NC_T_BREAK))
                break;
        }
    }
    if (head_end < 0)
        return i;
    /* A title ends on its head or its "of" part; words after belong to the name. */
    name_span ns;
    int n = head_end < end ? read_name(a, head_end, end, 1, &ns) : 0;
    if (n == 0 || (tok(a, head_end - 1)->flags & (NC_T_POSSESSIVE | NC_T_BREAK)))
        return i;   /* a title alone ("General Assembly"): let the other steps read it */
    if (nat)
        add_place(a, nat, i, natn);
    if (a->st->title_case && !ns.joined_lower) {
        /* Headline capitals prove nothing; leave the surname for step 6. */
        lone_word *lw = apr_array_push(a->lone);
        lw->word = token_str(a, tok(a, ns.end - 1));
        lw->pos = nc_pos(a->st, tok(a, ns.end - 1)->start);
        lw->len = tok(a, ns.end - 1)->len;
        lw->st = a->st;
        return ns.end;
    }
    char *name = name_str(a, &ns);
    const char *title = honorific ? NULL : title_str(a, tstart, head_end);
    add_person(a, name, surname_of(a, &ns, name), ns.ntok, title,
               nat ? nat->name : NULL, tok(a, ns.start)->start, span_len(a, ns.start, ns.end));
    return ns.end > end ? end : ns.end;
}

/* ---------------------------------------------------------------- organisations */

/* "Apple Inc" and "Apple" are one company: the key drops the legal form. */
static const char *org_key(const actors *a, int start, int end, const char *name)
{
    static const char *const legal_forms[] = { "inc", "corp", "corporation", "ltd", "llc",
        "plc", "ag", "sa", "co", "gmbh", "nv", "bv", "se", "spa", "ab", "asa", NULL };
    if (end - start < 2)
        return name;
    char low[16];
    const nc_token *t = tok(a, end - 1);
    apr_size_t n = t->len;
    const char *w = word(a, t);
    if (n && w[n - 1] == '.')
        n--;
    if (n == 0 || n >= sizeof low)
        return name;
    for (apr_size_t k = 0; k < n; k++)
        low[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] - 'A' + 'a' : w[k]);
    low[n] = '\0';
    for (int k = 0; legal_forms[k]; k++)
        if (!strcmp(low, legal_forms[k]))
            return span_str(a, start, end - 1);
    return name;
}

/* Nouns whose possessive starts many parties' and banks' names. */
static int plural_possessive(const actors *a, const nc_token *t)
{
    static const char *const w[] = { "People", "Workers", "Women", "Children", "Farmers",
        "Veterans", "Peoples", NULL };
    for (int k = 0; w[k]; k++)
        if (t->len == strlen(w[k]) && !memcmp(word(a, t), w[k], t->len))
            return 1;
    return 0;
}

/* Step 2: the longest run from i that ends in an organisation or event word,
 * or "<Ministry|University...> of X". Returns the word after it, or i. */
static int try_org_or_event(actors *a, int i, int end)
{
    int start = i;
    while (start < end && (a->wf[start] & NC_W_CONNECTOR) && !capish(tok(a, start)))
        start++;
    if (start < end && tok(a, start)->len == 3 && !strncmp(word(a, tok(a, start)), "The", 3))
        start++;
    /* "A United Nations convoy", "Former Post Office chief", "Kurdish-led Syrian
     * Democratic Forces": an article, an ordinary word opening the sentence, or
     * a "-led"/"-backed" word is no part of the name. */
    if (start + 1 < end && capish(tok(a, start + 1))) {
        const nc_token *t = tok(a, start);
        int led = t->len > 5 && memchr(word(a, t), '-', t->len) &&
                  (!memcmp(word(a, t) + t->len - 4, "-led", 4) ||
                   (t->len > 8 && !memcmp(word(a, t) + t->len - 7, "-backed", 7)));
        if (led || ((t->flags & NC_T_FIRST) && !(t->flags & NC_T_ALLCAPS) &&
                    (a->wf[start] & NC_W_FUNCTION)))
            start++;
    }
    int last = -1, k = start, of_head = 0, all_ordinary = 1;
    nc_mention_type type = NC_ORGANIZATION;
    for (; k < end; k++) {
        const nc_token *t = tok(a, k);
        unsigned f = a->wf[k];
        if (!capish(t)) {
            if (last == k - 1 && t->len == 3 && !memcmp(word(a, t), "and", 3))
                break;   /* "Red Square and Tiananmen Square" are two */
            if ((f & NC_W_CONNECTOR) && k + 1 < end && capish(tok(a, k + 1)))
                continue;
            break;
        }
        if ((f & NC_W_TITLE_HEAD) && k > start && !(f & (NC_W_ORG_TAIL | NC_W_EVENT_TAIL)))
            break;   /* "Bank of England Governor ...": the title starts a person */
        if (f & NC_W_CALENDAR)
            break;   /* "the Supreme Court on Tuesday" */
        if (!ordinary(a, t) || (t->flags & NC_T_ALLCAPS))
            all_ordinary = 0;
        if (f & (NC_W_ORG_TAIL | NC_W_EVENT_TAIL | NC_W_PLACE_TAIL)) {
            last = k;
            type = (f & NC_W_ORG_TAIL) ? NC_ORGANIZATION
                 : (f & NC_W_EVENT_TAIL) ? NC_EVENT : NC_PLACE;
        }
        if ((f & NC_W_ORG_HEAD) && k + 2 < end && !capish(tok(a, k + 1)) &&
            (a->wf[k + 1] & NC_W_CONNECTOR) && capish(tok(a, k + 2)))
            of_head = 1;
        if (of_head && k > start)
            last = k;
        if ((t->flags & NC_T_POSSESSIVE) && !(t->flags & NC_T_BREAK) && k + 1 < end &&
            plural_possessive(a, t) && capish(tok(a, k + 1)))
            continue;   /* "People's Party", "Workers' Party" */
        if (t->flags & (NC_T_POSSESSIVE | NC_T_BREAK))
            break;
    }
    /* "Former Post Office", "Shares of Tata Motors": an ordinary word opening
     * the sentence, when two or more words of the name follow it. */
    if (last >= 0 && (tok(a, start)->flags & NC_T_FIRST) && ordinary(a, tok(a, start)) &&
        !(tok(a, start)->flags & (NC_T_ALLCAPS | NC_T_POSSESSIVE | NC_T_BREAK)) &&
        !(a->wf[start] & (NC_W_ORG_HEAD | NC_W_ORG_TAIL | NC_W_TITLE_MOD | NC_W_TITLE_HEAD |
                          NC_W_EVENT_TAIL | NC_W_PLACE_TAIL))) {
        int s2 = start + 1;
        while (s2 < last && !capish(tok(a, s2)) && (a->wf[s2] & NC_W_CONNECTOR))
            s2++;
        if (last - s2 >= 1 && capish(tok(a, s2)))
            start = s2;
    }
    if (last < 0 || last == start)
        return i;   /* a lone "Conference" or "Bank" names nothing */
    int pn;
    if (phrase_at(a, start, last + 1, &pn) && start + pn == last + 1)
        return i;   /* a known name ("Gaza City") is read by the phrase step */
    /* Capitals at a sentence start may be only that: "Legal Disclaimer". */
    if (all_ordinary && (tok(a, start)->flags & NC_T_FIRST) &&
        !(last + 1 < a->st->ntok && !(tok(a, last)->flags & NC_T_BREAK) &&
          (a->wf[last + 1] & NC_W_FUNCTION) && !capish(tok(a, last + 1))))
        return i;   /* unless a verb follows: "Amnesty International said" */
    if (a->wf[last] & NC_W_CONNECTOR)
        return i;
    /* "US Army", "Russian Defence Ministry": the country counts as well. */
    int natn;
    const nc_place *nat = phrase_at(a, start, last, &natn);
    if (nat && nat->type == NC_COUNTRY)
        add_place(a, nat, start, natn);
    char *name = span_str(a, start, last + 1);
    /* "People's Party", "Pratt & Whitney": as written, when only such marks
     * lie between the words. */
    apr_size_t from = tok(a, start)->start - a->st->start, rl = span_len(a, start, last + 1);
    const char *raw = a->st->text + from;
    if (rl != strlen(name) && !memchr(raw, ',', rl) && !memchr(raw, '(', rl) &&
        !memchr(raw, '"', rl) && !memchr(raw, ':', rl) && !memchr(raw, ';', rl))
        name = apr_pstrmemdup(a->p, raw, rl);
    add_entity(a, type, org_key(a, start, last + 1, name), name, tok(a, start)->start,
               span_len(a, start, last + 1));
    return last + 1;
}

/* ---------------------------------------------------------------- other steps */

/* "Russia-Ukraine war", "US-China talks", "Moscow-based": every capitalised
 * part of a hyphenated word that is a known phrase counts; returns how many. */
static int hyphen_parts(actors *a, int i)
{
    const nc_token *t = tok(a, i);
    const nc_place *found[8];
    int nfound = 0;
    const char *s = word(a, t), *e = word(a, t) + t->len;
    if (!memchr(s, '-', t->len))
        return 0;
    while (s < e) {
        const char *h = memchr(s, '-', (apr_size_t)(e - s));
        const char *pe = h ? h : e;
        if (pe > s && *s >= 'A' && *s <= 'Z') {
            const nc_place *pc = nc_places_find(a->pl, s, (apr_size_t)(pe - s));
            if (!pc || nfound == 8)
                return 0;   /* "Ocasio-Cortez": a name, not a list of places */
            found[nfound++] = pc;
        }
        s = pe + 1;
    }
    for (int k = 0; k < nfound; k++) {
        const char *name = found[k]->name;
        if (!name)   /* a city: its key is the canonical spelling */
            name = found[k]->key;
        add_entity(a, found[k]->type, found[k]->key, name, t->start, t->len);
    }
    return nfound;
}

/* Step 3. */
static int try_phrase(actors *a, int i, int end)
{
    int n;
    const nc_place *pc = phrase_at(a, i, end, &n);
    if (!pc) {
        if (hyphen_parts(a, i))
            return i + 1;
        /* "Hangzhou-based": what a company is based in is a place. */
        const nc_token *t = tok(a, i);
        const char *w = word(a, t);
        if (t->len > 7 && !memcmp(w + t->len - 6, "-based", 6) && !memchr(w, '-', t->len - 6) &&
            !(t->flags & NC_T_ALLCAPS) && !(a->wf[i] & NC_W_NOT_NAME)) {
            char *name = apr_pstrmemdup(a->p, word(a, t), t->len - 6);
            add_entity(a, NC_CITY, name, name, t->start, t->len - 6);
            return i + 1;
        }
        return i;
    }
    /* "Israel Katz": leave it to the name step. */
    if (n == 1 && !pc->is_demonym && !pc->is_code && pc->type != NC_ORGANIZATION &&
        name_word(a, i, end, 0, 0))
        return i;
    add_place(a, pc, i, n);
    return i + n;
}

/* Title words from k that end on a head and then on a comma or the sentence's
 * end; returns the word after the head, or -1. */
static int title_run(const actors *a, int k, int *tstart)
{
    const nc_sentence *st = a->st;
    int head_end = -1;
    *tstart = k;
    while (k < st->ntok) {
        unsigned f = a->wf[k];
        const nc_token *t = tok(a, k);
        if (f & NC_W_TITLE_HEAD)
            head_end = k + 1;
        else if ((f & NC_W_CONNECTOR) && head_end == k && !capish(t))
            ;   /* "secretary of state" */
        else if (!(f & NC_W_TITLE_MOD) ||
                 (head_end > 0 && head_end < k && !(a->wf[k - 1] & NC_W_CONNECTOR)))
            break;
        else if (head_end > 0)
            head_end = k + 1;   /* the "of" part */
        k++;
        if (t->flags & NC_T_BREAK)
            break;
    }
    if (head_end <= *tstart || !(tok(a, head_end - 1)->flags & NC_T_BREAK))
        return -1;   /* no head, or the phrase runs on ("the US defense secretary said") */
    return head_end;
}

/* "Pete Hegseth, the US defense secretary, said": a title in apposition.
 * j: the word after the name, which must have ended on a comma. */
static void appositive_title(actors *a, int j, const char **title, const char **nationality)
{
    const nc_sentence *st = a->st;
    if (j <= 0 || j >= st->ntok)
        return;
    const nc_token *last = tok(a, j - 1);
    if (last->end - st->start >= st->len || st->text[last->end - st->start] != ',')
        return;
    int k = j;
    if (k < st->ntok && (tok(a, k)->len == 3 && !strncmp(word(a, tok(a, k)), "the", 3)))
        k++;
    int n;
    const nc_place *nat = k < st->ntok ? phrase_at(a, k, st->ntok, &n) : NULL;
    if (nat && nat->type == NC_COUNTRY)
        k += n;
    else
        nat = NULL;
    /* "the US defense secretary", or past an organisation's name:
     * "the Federal Reserve chair" */
    int after_org = k;
    while (after_org < st->ntok && capish(tok(a, after_org)) &&
           !(tok(a, after_org)->flags & NC_T_BREAK))
        after_org++;
    int tstart, head_end = title_run(a, after_org, &tstart);
    if (head_end < 0)
        head_end = title_run(a, k, &tstart);
    if (head_end < 0)
        return;
    *title = title_str(a, tstart, head_end);
    if (nat)
        *nationality = nat->name;
}


/* Word k is one of nc_org_nouns (lexicon.c), or its plural when plural_too.
 * The lexicon flags them all, plurals too: most words stop there. */
static int org_noun(const actors *a, int k, int plural_too)
{
    const nc_token *t = tok(a, k);
    if (!(a->wf[k] & NC_W_ORG_NOUN))
        return 0;
    if (t->flags & NC_T_HAS_LETTER && !(t->flags & (NC_T_CAP | NC_T_ALLCAPS)))
        for (int i = 0; nc_org_nouns[i]; i++) {
            apr_size_t n = strlen(nc_org_nouns[i]);
            if ((t->len == n || (plural_too && t->len == n + 1 && word(a, t)[n] == 's')) &&
                !memcmp(word(a, t), nc_org_nouns[i], n))
                return 1;
        }
    return 0;
}

/* "the airline Aerolíneas Argentinas", "rail operator Renfe", "chipmakers
 * Nvidia and Advanced Micro Devices": a kind of organisation before the name. */
static int org_noun_before(const actors *a, int start)
{
    int k = start - 1;
    if (k >= 1 && tok(a, k)->len == 3 && !memcmp(word(a, tok(a, k)), "and", 3)) {
        k--;   /* back over the first name of a pair */
        while (k >= 0 && capish(tok(a, k)) && !(tok(a, k)->flags & NC_T_BREAK))
            k--;
    }
    return k >= 0 && !(tok(a, k)->flags & NC_T_BREAK) &&
           org_noun(a, k, 1);
}

/* "NetChoice, a trade group whose", "Fujitsu, the Japanese company behind":
 * an apposition whose head is a kind of organisation. */
static int org_apposition(const actors *a, int end)
{
    const nc_sentence *st = a->st;
    if (end >= st->ntok || end < 1)
        return 0;
    const nc_token *last = tok(a, end - 1);
    apr_size_t after = last->end - st->start;
    if (!(last->flags & NC_T_BREAK) || (last->flags & NC_T_POSSESSIVE) ||
        after >= st->len || st->text[after] != ',')
        return 0;
    const nc_token *det = tok(a, end);
    const char *d = word(a, det);
    if (!((det->len == 1 && (d[0] == 'a' || d[0] == 'A')) ||
          (det->len == 2 && !memcmp(d, "an", 2)) || (det->len == 3 && !memcmp(d, "the", 3))))
        return 0;
    for (int k = end + 1; k < st->ntok && k <= end + 4; k++) {
        const nc_token *t = tok(a, k);
        if (t->flags & NC_T_POSSESSIVE)
            return 0;
        if (org_noun(a, k, 0))
            return (t->flags & NC_T_BREAK) || k + 1 == st->ntok ||
                   (a->wf[k + 1] & (NC_W_FUNCTION | NC_W_CONNECTOR)) ||
                   (tok(a, k + 1)->len == 6 && !memcmp(word(a, tok(a, k + 1)), "behind", 6));
        if (t->flags & NC_T_BREAK)
            return 0;
    }
    return 0;
}

/* Initials of the capitalised words and hyphenated parts:
 * "World Health Organization" -> "WHO", "Pakistan Tehreek-e-Insaf" -> "PTI". */
static int initials_of(const char *name, const char *acr, apr_size_t n)
{
    apr_size_t k = 0;
    for (const char *s = name; *s; s++) {
        if ((s == name || s[-1] == ' ' || s[-1] == '-') && *s >= 'A' && *s <= 'Z') {
            if (k >= n || *s != acr[k])
                return 0;
            k++;
        }
    }
    return k == n && n >= 2;
}

/* What the words around a name say it is, if not a person: NC_ORGANIZATION,
 * NC_CITY, NC_PLACE, or NC_PERSON when nothing says otherwise. */
static nc_mention_type name_context(const actors *a, const name_span *ns, const char *name)
{
    const nc_sentence *st = a->st;
    const nc_token *last = tok(a, ns->end - 1);
    apr_size_t after = last->end - st->start;
    /* "Pratt & Whitney", "Procter & Gamble": no person's name holds an ampersand */
    apr_size_t from = tok(a, ns->start)->start - st->start;
    if (memchr(st->text + from, '&', span_len(a, ns->start, ns->end)))
        return NC_ORGANIZATION;
    /* "Pakistan Tehreek-e-Insaf (PTI)" */
    if (after + 3 < st->len && st->text[after] == ' ' && st->text[after + 1] == '(' &&
        ns->end < st->ntok) {
        const nc_token *acr = tok(a, ns->end);
        if ((acr->flags & NC_T_ALLCAPS) && initials_of(name, word(a, acr), acr->len))
            return NC_ORGANIZATION;
    }
    if (ns->end < st->ntok && !(last->flags & (NC_T_BREAK | NC_T_POSSESSIVE)) &&
        org_noun(a, ns->end, 0))
        return NC_ORGANIZATION;
    if (org_noun_before(a, ns->start) || org_apposition(a, ns->end))
        return NC_ORGANIZATION;
    /* "Santa Clara, California": a town and its state or country. */
    if ((last->flags & NC_T_BREAK) && !(last->flags & NC_T_POSSESSIVE) &&
        after < st->len && st->text[after] == ',' && ns->end < st->ntok) {
        int n;
        const nc_place *pc = phrase_at(a, ns->end, st->ntok, &n);
        if (pc && !pc->is_demonym && (pc->type == NC_COUNTRY || pc->type == NC_PLACE) &&
            !(tok(a, ns->end + n - 1)->flags & NC_T_POSSESSIVE) &&
            (ns->end + n == st->ntok || !capish(tok(a, ns->end + n)) ||
             (tok(a, ns->end + n - 1)->flags & NC_T_BREAK)))
            return NC_CITY;
    }
    /* "in Santa Clara": people are met, quoted, named; rarely are they "in". */
    if (ns->start >= 1 && ns->ntok > 1 && !(last->flags & NC_T_POSSESSIVE)) {
        const nc_token *in = tok(a, ns->start - 1);
        if (in->len == 2 && !memcmp(word(a, in), "in", 2) && !(in->flags & NC_T_BREAK))
            return NC_PLACE;
    }
    /* "the state of Rio Grande do Sul", "the city of Kharkiv" */
    if (ns->start >= 2) {
        const nc_token *of = tok(a, ns->start - 1), *kind = tok(a, ns->start - 2);
        static const char *const kinds[] = { "city", "town", "village", "port", "state",
            "province", "region", "district", "county", "island", "capital", NULL };
        if (of->len == 2 && !memcmp(word(a, of), "of", 2))
            for (int k = 0; kinds[k]; k++)
                if (kind->len == strlen(kinds[k]) && !memcmp(word(a, kind), kinds[k], kind->len))
                    return k < 4 ? NC_CITY : NC_PLACE;
    }
    /* "Malatya province", "the Kursk region" */
    if (ns->end < st->ntok && !(last->flags & (NC_T_BREAK | NC_T_POSSESSIVE))) {
        const nc_token *t = tok(a, ns->end);
        if (!capish(t) && (a->wf[ns->end] & NC_W_PLACE_TAIL))
            return NC_PLACE;
    }
    return NC_PERSON;
}

/* Articles, prepositions and conjunctions of German, French, Spanish,
 * Portuguese, Italian and Polish that no English name uses at its edge:
 * capitalised at a sentence start ("Der Beschluss", "El Consejo", "O Nivel",
 * "Por Rui Carvalhal"), or beside a German noun ("Wohnungen Auf"). */
static int foreign_function_word(const actors *a, const nc_token *t)
{
    static const char *const words[] = {
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer",
        "und", "f\xc3\xbcr", "auf", "als", "im", "bei", "beim", "mit", "nach", "vom", "zum",
        "zur", "aus", "\xc3\xbc" "ber", "unter", "vor", "seit", "wie", "auch", "von", "sie",
        "le", "la", "les", "une", "du", "dans", "pour", "sur", "avec", "par", "aux", "au",
        "et", "\xc3\xa0", "toutes", "tous", "el", "los", "las", "una", "unos", "unas", "del",
        "seg\xc3\xba" "n", "para", "por", "con", "sin", "sobre", "entre", "y", "o", "os", "um",
        "uma", "da", "do", "dos", "das", "na", "no", "nos", "nas", "em", "com", "pelo",
        "pela", "il", "gli", "della", "nel", "nella", "per", "w", "z", "od", "dla", NULL
    };
    char low[8];
    if (t->len == 0 || t->len >= sizeof low)
        return 0;
    const char *s = word(a, t);
    for (apr_size_t k = 0; k < t->len; k++) {
        unsigned char c = (unsigned char)s[k];
        int upper = (c >= 'A' && c <= 'Z')   /* or U+00C0-U+00DE: "\xc3\x80".."\xc3\x9e" */
                    || (k > 0 && (unsigned char)s[k - 1] == 0xc3 && c >= 0x80 && c < 0x9f);
        low[k] = (char)(upper ? c + 32 : c);
    }
    for (int w = 0; words[w]; w++)
        if (strlen(words[w]) == t->len && !memcmp(words[w], low, t->len))
            return 1;
    return 0;
}

/* Step 4. */
static int try_name(actors *a, int i, int end)
{
    name_span ns;
    int n = read_name(a, i, end, 0, &ns);
    if (n == 0)
        return i;
    /* a foreign article opening a sentence is no first name: read on after it */
    if (n > 1 && (tok(a, ns.start)->flags & NC_T_FIRST) && foreign_function_word(a, tok(a, ns.start)))
        return i;
    if (n > 1 && foreign_function_word(a, tok(a, ns.end - 1)))
        return ns.end > end ? end : ns.end;
    if (!a->st->title_case && !ns.joined_lower) {
        char *name = span_str(a, ns.start, ns.end);
        nc_mention_type type = name_context(a, &ns, name);
        if (type == NC_ORGANIZATION) {   /* as written: "Pratt & Whitney" */
            apr_size_t from = tok(a, ns.start)->start - a->st->start;
            const char *raw = a->st->text + from;
            apr_size_t rl = span_len(a, ns.start, ns.end);
            if (memchr(raw, '&', rl) && !memchr(raw, ',', rl))
                name = apr_pstrmemdup(a->p, raw, rl);
        }
        if (type != NC_PERSON) {
            add_entity(a, type, name, name, tok(a, ns.start)->start,
                       span_len(a, ns.start, ns.end));
            return ns.end > end ? end : ns.end;
        }
    }
    if (n == 1) {
        const nc_token *t = tok(a, ns.start);
        if ((t->flags & NC_T_FIRST) && (t->flags & NC_T_INITIALS))
            return ns.end;
        lone_word *lw = apr_array_push(a->lone);
        lw->word = token_str(a, t);
        lw->pos = nc_pos(a->st, t->start);
        lw->len = t->len;
        lw->st = a->st;
        return ns.end;
    }
    if (a->st->title_case) {
        for (int k = ns.start; k < ns.end; k++) {
            lone_word *lw = apr_array_push(a->lone);
            lw->word = token_str(a, tok(a, k));
            lw->pos = nc_pos(a->st, tok(a, k)->start);
            lw->len = tok(a, k)->len;
            lw->st = a->st;
        }
        return ns.end;
    }
    char *name = name_str(a, &ns);
    const char *title = NULL, *nationality = NULL;
    appositive_title(a, ns.end, &title, &nationality);
    add_person(a, name, surname_of(a, &ns, name), ns.ntok, title, nationality,
               tok(a, ns.start)->start, span_len(a, ns.start, ns.end));
    return ns.end > end ? end : ns.end;
}

/* Step 5. */
static int try_acronym(actors *a, int i)
{
    const nc_token *t = tok(a, i);
    if (!(t->flags & NC_T_ALLCAPS) || (t->flags & NC_T_INITIALS) || t->len > 8)
        return i;
    const char *w = word(a, t);
    for (apr_size_t c = 0; c < t->len; c++)
        if (!((w[c] >= 'A' && w[c] <= 'Z') || (w[c] >= '0' && w[c] <= '9') || w[c] == '&'))
            return i;   /* "R-S.C." is a party and a state, not an organisation */
    const nc_sentence *st = a->st;
    if (t->end < st->start + st->len && st->text[t->end - st->start] == '$')
        return i;   /* "NZ$1.2 billion": a currency prefix */
    if (a->st->title_case || (a->wf[i] & (NC_W_ACRONYM_STOP | NC_W_CALENDAR)) || ordinary(a, t))
        return i;
    if (nc_currency_code(a->pl, word(a, t), t->len))
        return i;
    /* A line in capitals is shouting, not a row of acronyms. */
    int caps = 0, words = 0;
    for (int k = 0; k < a->st->ntok; k++) {
        if (!(tok(a, k)->flags & NC_T_HAS_LETTER))
            continue;
        words++;
        caps += (tok(a, k)->flags & NC_T_ALLCAPS) != 0;
    }
    if (words >= 3 && caps * 2 > words)
        return i;
    add_entity(a, NC_ORGANIZATION, token_str(a, t), token_str(a, t), t->start, t->len);
    return i + 1;
}

/* Step 0: a phrase from the site's lexicon wins over every rule. It may run
 * past the capitalised chunk: "Ramstein meeting". */
static int try_site(actors *a, int i)
{
    const nc_token *first = tok(a, i);
    int maxn = nc_site_max_tokens_from(a->site, word(a, first), first->len);
    if (a->st->ntok - i < maxn)
        maxn = a->st->ntok - i;
    for (int n = maxn; n >= 1; n--) {
        int crosses = 0;
        for (int k = i; k < i + n - 1; k++)
            if (tok(a, k)->flags & (NC_T_POSSESSIVE | NC_T_BREAK))
                crosses = 1;
        if (crosses)
            continue;
        const char *phrase = span_str(a, i, i + n);
        const nc_site_entry *se = nc_site_find(a->site, phrase, strlen(phrase));
        if (!se)
            continue;
        if (se->type == NC_PERSON)
            add_person(a, se->name, se->surname, se->ntok, se->job_title, se->nationality,
                       tok(a, i)->start, span_len(a, i, i + n));
        else
            add_entity(a, se->type, se->name, se->name, tok(a, i)->start, span_len(a, i, i + n));
        return i + n;
    }
    return i;
}

/* Returns the word after the last one read: past end when a site phrase ran on. */
static int read_chunk(actors *a, int i, int end)
{
    while (i < end) {
        const nc_token *t = tok(a, i);
        if (!capish(t) && !lower_title_word(a, i, 1)) {
            i++;
            continue;
        }
        int next;
        if ((a->site && (next = try_site(a, i)) > i) ||
            (next = try_titled_person(a, i, end)) > i ||
            (next = try_org_or_event(a, i, end)) > i ||
            (next = try_phrase(a, i, end)) > i ||
            (next = try_name(a, i, end)) > i ||
            (next = try_acronym(a, i)) > i)
            i = next;
        else
            i++;
    }
    return i;
}

/* "PORTO ALEGRE, Brazil (AP) —", "WOLFSBURG (Reuters) -": a shouted name that
 * opens a block and ends on a comma, a parenthesis or a dash is the dateline's
 * city, known or not. Returns the word after it, or 0. */
static int dateline(actors *a)
{
    const nc_sentence *st = a->st;
    if (st->start != 0 || st->headline || st->ntok < 3)
        return 0;
    int k = 0;
    while (k < st->ntok && k < 4) {
        const nc_token *t = tok(a, k);
        if (!(t->flags & NC_T_ALLCAPS) || (t->flags & (NC_T_INITIALS | NC_T_NUMBER)) ||
            (a->wf[k] & (NC_W_NOT_NAME | NC_W_FUNCTION | NC_W_CALENDAR | NC_W_ACRONYM_STOP)))
            return 0;
        k++;
        if (t->flags & NC_T_BREAK)
            break;
    }
    const nc_token *last = tok(a, k - 1);
    apr_size_t after = last->end - st->start;
    const char *c = st->text + after;
    int ends = after < st->len && (*c == ',' ||
               (after + 2 < st->len && c[0] == ' ' && (c[1] == '(' || c[1] == '-' ||
                                                      !strncmp(c + 1, "\xE2\x80\x94", 3) ||
                                                      !strncmp(c + 1, "\xE2\x80\x93", 3))));
    if (!ends)
        return 0;
    int n;
    const nc_place *pc = phrase_at(a, 0, k, &n);
    if (pc && n == k) {
        add_place(a, pc, 0, k);
        return k;
    }
    if (k == 1 && last->len <= 3)
        return 0;   /* "AFP -": an agency's acronym */
    if (*c == ',') {   /* "NASA, the agency": unknown, so the place must follow */
        int pn;
        const nc_place *where = k < st->ntok ? phrase_at(a, k, st->ntok, &pn) : NULL;
        if (!where || (where->type != NC_COUNTRY && where->type != NC_PLACE) ||
            where->is_demonym)
            return 0;
    }
    char *name = span_str(a, 0, k);
    for (char *p = name + 1; *p; p++) {
        if (p[-1] != ' ' && p[-1] != '-' && *p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
        /* "BELÉM" -> "Belém": Latin-1 capitals (U+00C0..U+00DE, not U+00D7) */
        else if ((unsigned char)*p == 0xC3 && p[-1] != ' ' && p[-1] != '-' &&
                 (unsigned char)p[1] >= 0x80 && (unsigned char)p[1] <= 0x9E &&
                 (unsigned char)p[1] != 0x97)
            p[1] = (char)((unsigned char)p[1] + 0x20), p++;
    }
    add_entity(a, NC_CITY, name, name, 0, span_len(a, 0, k));
    return k;
}

/* Chunks: capitalised runs with inner connectors and lower-case titles. */
static void read_sentence(actors *a, const nc_sentence *st)
{
    a->st = st;
    a->wf = st->wf;
    memset(a->ordinary, -1, (apr_size_t)st->ntok);
    memset(a->phrase_from, -1, sizeof(short) * (apr_size_t)st->ntok);
    for (int k = 0; k < st->ntok; k++)
        a->phrase[k].j = -1;
    int i = dateline(a);
    /* "SEOUL (Yonhap) —": the name in the dateline's parentheses is its agency. */
    for (int j = i; i > 0 && j < st->ntok && j < i + 3; j++) {
        const nc_token *t = tok(a, j);
        apr_size_t b = t->start - st->start, e = b + t->len;
        if (b >= 1 && st->text[b - 1] == '(' && e < st->len && st->text[e] == ')' &&
            capish(t) && !(t->flags & NC_T_ALLCAPS) && !(a->wf[j] & NC_W_CALENDAR)) {
            add_entity(a, NC_ORGANIZATION, token_str(a, t), token_str(a, t), t->start, t->len);
            i = j + 1;
            break;
        }
    }
    while (i < st->ntok) {
        int j = i, end = i;
        while (j < st->ntok) {
            const nc_token *t = tok(a, j);
            if (capish(t)) {
                end = ++j;
                if (t->flags & NC_T_BREAK)
                    break;
                continue;
            }
            if (t->flags & NC_T_NUMBER)
                break;
            int k = j;   /* lower-case title words leading to a capital */
            while (k < st->ntok && lower_title_word(a, k, 1) &&
                   !(tok(a, k)->flags & NC_T_BREAK))
                k++;
            if (k > j && k < st->ntok && capish(tok(a, k))) {
                j = k;
                continue;
            }
            /* "Bank of England", "Ursula von der Leyen" */
            k = j;
            while (k < st->ntok && !capish(tok(a, k)) &&
                   (a->wf[k] & (NC_W_CONNECTOR | NC_W_PARTICLE)) &&
                   !(tok(a, k)->flags & NC_T_BREAK) && k - j < 2)
                k++;
            if (end > i && k > j && k < st->ntok && capish(tok(a, k))) {
                j = k;
                continue;
            }
            break;
        }
        if (end > i) {
            i = read_chunk(a, i, end);
        } else {
            i = j > i ? j : i + 1;
        }
    }
}

/* ---------------------------------------------------------------- output */

static void emit(actors *a, nc_mention_type type, const char *name, const char *title,
                 const char *nationality, apr_uint64_t pos, apr_size_t len,
                 const nc_sentence *st)
{
    nc_found *f = nc_found_push(a->run);
    f->type = (apr_uint16_t)type;
    f->name = name;
    f->info[0] = title;
    f->info[1] = nationality;
    nc_found_sentence(f, st);
    f->len = (apr_uint32_t)len;
    f->pos = pos;
}

/* "the World Health Organization (WHO)": the acronym is not a second actor. */
static void merge_acronyms(actors *a)
{
    for (int k = 0; k < a->entity_list->nelts; k++) {
        entity *acr = APR_ARRAY_IDX(a->entity_list, k, entity *);
        if (acr->type != NC_ORGANIZATION || strchr(acr->name, ' '))
            continue;
        for (int j = 0; j < a->entity_list->nelts; j++) {
            entity *full = APR_ARRAY_IDX(a->entity_list, j, entity *);
            if (full == acr || !full->name || full->type != NC_ORGANIZATION ||
                !initials_of(full->name, acr->name, strlen(acr->name)))
                continue;
            if (acr->pos < full->pos) {
                full->pos = acr->pos;
                full->len = acr->len;
                full->st = acr->st;
            }
            acr->name = NULL;
            break;
        }
    }
}

/* "Toyota" after "Toyota Motor Corp.", "Greenpeace" and "Greenpeace UK": a
 * one-word organisation that opens a longer one's name is that one. */
static void merge_short_orgs(actors *a)
{
    for (int k = 0; k < a->entity_list->nelts; k++) {
        entity *sh = APR_ARRAY_IDX(a->entity_list, k, entity *);
        if (sh->type != NC_ORGANIZATION || !sh->name || strchr(sh->name, ' '))
            continue;
        apr_size_t n = strlen(sh->name);
        for (int j = 0; j < a->entity_list->nelts; j++) {
            entity *full = APR_ARRAY_IDX(a->entity_list, j, entity *);
            if (full == sh || !full->name || full->type != NC_ORGANIZATION ||
                strncmp(full->name, sh->name, n) != 0 || full->name[n] != ' ')
                continue;
            if (sh->pos < full->pos) {
                full->pos = sh->pos;
                full->len = sh->len;
                full->st = sh->st;
            }
            sh->name = NULL;
            break;
        }
    }
}

void nc_find_actors(nc_run *run)
{
    actors a;
    memset(&a, 0, sizeof a);
    a.run = run;
    a.lx = run->x->words;
    a.pl = run->x->places;
    a.site = run->site;
    a.p = run->p;
    /* The lists, map and per-word caches are working memory, with the
     * sentences; names go to run->p, which the mentions keep. */
    apr_pool_t *work = run->sentences->pool;
    a.persons = apr_array_make(work, 16, sizeof(person *));
    a.entities = nc_wordmap_make_heap(work, 16);   /* given back below */
    a.entity_list = apr_array_make(work, 32, sizeof(entity *));
    a.lone = apr_array_make(work, 32, sizeof(lone_word));

    int most = 1;   /* words in the longest sentence: the per-word caches' size */
    for (int s = 0; s < run->sentences->nelts; s++)
        if (APR_ARRAY_IDX(run->sentences, s, nc_sentence).ntok > most)
            most = APR_ARRAY_IDX(run->sentences, s, nc_sentence).ntok;
    a.ordinary = apr_palloc(work, (apr_size_t)most);
    a.phrase_from = apr_palloc(work, sizeof(short) * (apr_size_t)most);
    a.phrase = apr_palloc(work, sizeof(phrase_memo) * (apr_size_t)most);
    for (int s = 0; s < run->sentences->nelts; s++)
        read_sentence(&a, &APR_ARRAY_IDX(run->sentences, s, nc_sentence));

    /* Step 6: a lone word is a person already met under a fuller name. */
    for (int k = 0; k < a.lone->nelts; k++) {
        lone_word *lw = &APR_ARRAY_IDX(a.lone, k, lone_word);
        person *pp = find_by_surname(&a, lw->word, 0);
        if (pp)
            merge_into(pp, NULL, NULL, lw->pos, lw->len, lw->st);
    }

    for (int k = 0; k < a.persons->nelts; k++) {
        person *pp = APR_ARRAY_IDX(a.persons, k, person *);
        emit(&a, NC_PERSON, pp->name, pp->title, pp->nationality, pp->pos, pp->len, pp->st);
    }
    merge_acronyms(&a);
    merge_short_orgs(&a);
    for (int k = 0; k < a.entity_list->nelts; k++) {
        entity *e = APR_ARRAY_IDX(a.entity_list, k, entity *);
        if (!e->name)
            continue;
        /* An organisation named after a person ("Trump Administration") is kept,
         * but a phrase that is exactly a person's name is not an organisation. */
        if ((e->type == NC_ORGANIZATION || e->type == NC_PLACE || e->type == NC_CITY) &&
            find_person(&a, e->name))
            continue;   /* "anger in Joe Biden": the person met elsewhere wins */
        emit(&a, e->type, e->name, NULL, NULL, e->pos, e->len, e->st);
    }
    nc_wordmap_release(a.entities);    /* room for the figure step's map */
}
