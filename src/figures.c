/*
 * figures.c - money, percentages, years and counts.
 *
 * One JIT-compiled PCRE2 pattern finds every written number with what is
 * glued to it: a currency sign or code before, a range ("3-5"), a magnitude
 * ("billion", "bn", "m"), a percent sign or word, a currency word or code
 * after. The C code then decides what the number is:
 *   currency            -> MonetaryAmount  "$500 billion" USD 500000000000
 *   percent             -> percent         "50%" 50
 *   a counted noun next -> count           "10,000 US troops" 10000 "troops"
 *   1800..2100 alone    -> year            "2022"
 * Number words ("three people") are found by a table lookup per word, not a
 * regex. A range keeps its lower bound as value and the whole text as name.
 */
#include "extract_internal.h"
#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

static const char figure_pattern[] =
    "(?<![\\p{L}\\p{N}_.,:/$\\x{20AC}\\x{00A3}\\x{00A5}-])"
    "(?:(?<sym>US\\$|U\\.S\\.\\s?\\$|A\\$|AU\\$|C\\$|CA\\$|HK\\$|NZ\\$|S\\$|R\\$|Rs\\.?|\\$"
        "|\\x{20AC}|\\x{00A3}|\\x{00A5}|\\x{20B9}|\\x{20BD}|\\x{20A9}|\\x{20BA}|\\x{20B4}"
        "|\\x{20A6}|\\x{20B1}|\\x{20AA})\\s?"
      "|(?<iso>[A-Z]{3})\\s?(?=\\d))?"
    "(?<n1>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
    "(?:\\s?(?:-|\\x{2013}|\\x{2014}|to)\\s?(?:US\\$|\\$|\\x{20AC}|\\x{00A3})?"
        "(?<n2>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?))?"
    "(?:\\s?(?<mag>thousand|million|billion|trillion|crore|lakh"
        /* Portuguese, Spanish, French, Italian, German: "R$ 45 milh\u00f5es"
         * ("." is the one accented letter, or none in ASCII text) */
        "|milh.es|milh.o|bilh.es|bilh.o|trilh.es|trilh.o|mil\\smillones|millones|mill.n"
        "|milliard|Millionen|Million|Milliarden|Milliarde|Mio\\.|Mrd\\.|milioni|milione"
        "|miliardi|miliardo|mil)s?(?![\\p{L}])"
      "|(?<abbr>bn|mn|tn|trn|m|k|b|K|M|B|BN|MN|TN)(?![\\p{L}\\p{N}]))?"
    "(?:\\s?(?<pct>%|percent(?![\\p{L}])|per\\s?cent(?![\\p{L}])|pct(?![\\p{L}])"
        "|percentage\\spoints?(?![\\p{L}]))"
      "|\\s(?:de\\s|di\\s|d')?(?<cur>(?:(?:US|U\\.S\\.|[A-Z][\\p{L}]+)\\s){0,2}?"
        "(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rubles?|roubles?|rupees?"
        "|hryvnias?|francs?|liras?|won|pesos?|reais|real|rand|riyals?|dirhams?|shekels?"
        "|zlotys?|dinars?|naira|rupiah|ringgit|baht|krona|kronor|krone|kroner|crowns?|koruna|lei|forints?)"
        "(?![\\p{L}]))"
      "|\\s(?<isopost>[A-Z]{3})(?![\\p{L}]))?"
    "(?![\\p{L}\\p{N}])";

/* The pattern without its non-ASCII characters: each is a member of a
 * class or an alternative of its own ("|\x{20AC}"), so dropping it leaves
 * a pattern that matches all-ASCII text exactly as the whole one does, and
 * needs neither UTF nor UCP (\d, \s and \p{L} agree on ASCII), which
 * made matching about twice as costly. */
static char *ascii_pattern(apr_pool_t *p, const char *pat)
{
    char *out = apr_palloc(p, strlen(pat) + 1), *o = out;
    while (*pat) {
        if (pat[0] == '|' && !strncmp(pat + 1, "\\x{", 3) && strchr(pat, '}')) {
            pat = strchr(pat, '}') + 1;
            continue;
        }
        if (!strncmp(pat, "\\x{", 3) && strchr(pat, '}')) {
            pat = strchr(pat, '}') + 1;
            continue;
        }
        *o++ = *pat++;
    }
    *o = '\0';
    return out;
}

static uint32_t group_number(const pcre2_code *re, const char *name)
{
    int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
    return n > 0 ? (uint32_t)n : 0;
}

#define BARE_GROUPS 16   /* the pattern's groups, and some room */

int nc_figures_compile(nc_extractor *x, apr_pool_t *p, char **err)
{
    int errcode;
    PCRE2_SIZE erroff;
    x->figure_re = pcre2_compile((PCRE2_SPTR)figure_pattern, PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
    if (!x->figure_re) {
        PCRE2_UCHAR msg[160];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        *err = apr_psprintf(p, "figure pattern, offset %lu: %s", (unsigned long)erroff,
                            (const char *)msg);
        return -1;
    }
    /* JIT is a speed-up, not a requirement: without it the interpreter runs. */
    pcre2_jit_compile(x->figure_re, PCRE2_JIT_COMPLETE);
    x->figure_ascii_re = pcre2_compile((PCRE2_SPTR)ascii_pattern(p, figure_pattern), PCRE2_ZERO_TERMINATED,
                                       0, &errcode, &erroff, NULL);
    uint32_t groups_utf = 0, groups_ascii = 0;
    if (x->figure_ascii_re
        && (pcre2_pattern_info(x->figure_re, PCRE2_INFO_CAPTURECOUNT, &groups_utf) != 0
            || pcre2_pattern_info(x->figure_ascii_re, PCRE2_INFO_CAPTURECOUNT, &groups_ascii) != 0
            || groups_utf != groups_ascii)) {
        pcre2_code_free(x->figure_ascii_re);    /* the same groups, or not at all */
        x->figure_ascii_re = NULL;
    }
    if (x->figure_ascii_re)
        pcre2_jit_compile(x->figure_ascii_re, PCRE2_JIT_COMPLETE);
    x->match_ctx = pcre2_match_context_create(NULL);
    if (!x->match_ctx) {
        *err = apr_pstrdup(p, "out of memory creating the PCRE2 match context");
        return -1;
    }
    pcre2_set_match_limit(x->match_ctx, 200000);
    pcre2_set_depth_limit(x->match_ctx, 2000);
    /* the group numbers once, not on every page */
    x->fg_sym = group_number(x->figure_re, "sym");
    x->fg_iso = group_number(x->figure_re, "iso");
    x->fg_n1 = group_number(x->figure_re, "n1");
    x->fg_n2 = group_number(x->figure_re, "n2");
    x->fg_mag = group_number(x->figure_re, "mag");
    x->fg_abbr = group_number(x->figure_re, "abbr");
    x->fg_pct = group_number(x->figure_re, "pct");
    x->fg_cur = group_number(x->figure_re, "cur");
    x->fg_isopost = group_number(x->figure_re, "isopost");
    uint32_t ngroups = 0;
    x->fg_bare_ok = pcre2_pattern_info(x->figure_re, PCRE2_INFO_CAPTURECOUNT, &ngroups) == 0 &&
                    ngroups < BARE_GROUPS && x->fg_n1 > 0 && x->fg_pct > 0;
    return 0;
}

/* ---------------------------------------------------------------- words */

typedef struct word { const char *s; apr_size_t len; } word;

static int ascii_lower_word(const char *s, apr_size_t len)
{
    if (len == 0)
        return 0;
    for (apr_size_t i = 0; i < len; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z') && !(i > 0 && s[i] == '-'))
            return 0;
    return 1;
}

static int word_is(const word *w, const char *lit)
{
    return strlen(lit) == w->len && !memcmp(w->s, lit, w->len);
}

static int word_in(const word *w, const char *const *list)
{
    for (; *list; list++)
        if (word_is(w, *list))
            return 1;
    return 0;
}

/* Up to max words after text[at], stopping at punctuation. */
static int next_words(const char *text, apr_size_t len, apr_size_t at, word *out, int max)
{
    int n = 0;
    apr_size_t i = at;
    while (n < max) {
        if (i >= len || text[i] != ' ')
            break;
        i++;
        apr_size_t s = i;
        while (i < len && text[i] != ' ' && text[i] != ',' && text[i] != ';' &&
               text[i] != ':' && text[i] != '!' && text[i] != '?' && text[i] != ')' &&
               text[i] != '"' && (unsigned char)text[i] != 0xE2) {
            /* a period ends the word, unless it belongs to initials: "U.S." */
            if (text[i] == '.' && !(i + 1 < len && text[i + 1] >= 'A' && text[i + 1] <= 'Z') &&
                !(i >= s + 2 && text[i - 2] == '.'))
                break;
            i++;
        }
        if (i == s)
            break;
        out[n].s = text + s;
        out[n].len = i - s;
        n++;
    }
    return n;
}

static const char *const irregular_plurals[] = {
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle",
    "sheep", "fish", "aircraft", "crew", "livestock", "infantry", "militia", NULL,
};
/* Words ending in s that are not counted nouns, and nouns that measure time
 * (a duration, not a count). */
static const char *const not_count_nouns[] = {
    "was", "has", "is", "this", "its", "as", "us", "yes", "thus", "less", "unless",
    "across", "perhaps", "always", "afterwards", "towards", "besides", "whereas",
    "sometimes", "times", "percent", "seconds", "minutes", "hours", "days", "weeks",
    "months", "years", "decades", "centuries", "does", "goes", "says", "plus", "minus",
    "its", "hers", "ours", "yours", "theirs", "whereas", "nevertheless", "ones",
    "dollars", "euros", "pounds", "cents", "points", "degrees", "levels",
    /* measurements: "8 kilometres", "41 light-years" (barrels and runs are counted) */
    "kilometres", "kilometers", "metres", "meters", "miles", "feet", "inches", "yards",
    "centimetres", "centimeters", "millimetres", "millimeters", "tonnes", "tons",
    "kilograms", "kilos", "grams", "ounces", "litres", "liters", "gallons", "acres",
    "hectares", "knots", "volts", "watts", "kilowatts", "megawatts", "gigawatts",
    "light-years", "kilobytes", "megabytes", "gigabytes", "terabytes", "calories",
    "nights", "weekends", "quarters", "seasons", NULL,
};
static const char *const not_modifiers[] = {
    "the", "of", "to", "a", "an", "and", "or", "in", "on", "at", "for", "by", "with",
    "from", "than", "that", "which", "who", "is", "was", "are", "were", "has", "had",
    "have", "will", "would", "per", "each", "as", "into", "since", "after", "before",
    "year", "years", "percent", "between", "but", "if", "when", "while", "its", "their",
    "his", "her", "our", "this", "these", "those", "be", "been", "not", "no", NULL,
};

static int counted_noun(const word *w)
{
    if (!ascii_lower_word(w->s, w->len))
        return 0;
    if (word_in(w, irregular_plurals))
        return 1;
    if (w->len < 4 || w->s[w->len - 1] != 's' || word_in(w, not_count_nouns))
        return 0;
    char a = w->s[w->len - 2];
    if (a == 's' || a == 'u' || a == 'i')
        return 0;   /* "across", "status", "crisis" */
    return 1;
}

/* Adjectives and quantifiers that may stand before a counted noun but never
 * make a compound with it ("other people", "new models", "senior officials"). */
static const char *const plain_modifiers[] = {
    "other", "more", "new", "old", "young", "small", "big", "large", "few", "many",
    "further", "extra", "former", "senior", "junior", "top", "key", "main", "major",
    "minor", "last", "next", "first", "same", "different", "own", "local", "foreign",
    "armed", "injured", "wounded", "dead", "missing", "fellow", "straight", "previous",
    "total", "full", "half", "public", "private", "rival", "potential", "suspected",
    "alleged", "elderly", "adult", "female", "male", "front", "back", "high", "low", NULL,
};

/* "navy ships", "service members", "aid workers": a singular noun before the
 * counted noun names the kind and stays in the unit. An ordinary dictionary
 * word that does not look like an adjective, and whose plural is a word too. */
static int compound_noun(const nc_words *lx, const word *w)
{
    static const char *const adj_ends[] = { "al", "ary", "ic", "ive", "ous", "ful", "less",
        "able", "ible", "ed", "ing", "ern", "ish", "ese", "ian", "an", "est", "er", "ly",
        "ant", "ent", NULL };
    if (!ascii_lower_word(w->s, w->len) || w->len < 3 || w->len > 14 ||
        w->s[w->len - 1] == 's' || memchr(w->s, '-', w->len) ||
        word_in(w, plain_modifiers) || word_in(w, not_modifiers))
        return 0;
    for (int k = 0; adj_ends[k]; k++) {
        apr_size_t n = strlen(adj_ends[k]);
        if (w->len > n + 1 && !memcmp(w->s + w->len - n, adj_ends[k], n))
            return 0;
    }
    char plural[20];
    apr_size_t n = w->len;
    memcpy(plural, w->s, n);
    if (plural[n - 1] == 'y' && !strchr("aeiou", plural[n - 2])) {
        memcpy(plural + n - 1, "ies", 3);
        n += 2;
    } else {
        plural[n++] = 's';
    }
    return nc_word_is_ordinary(lx, w->s, w->len) && nc_word_is_ordinary(lx, plural, n);
}

static int count_modifier(const nc_places *pl, const nc_words *lx, const word *w)
{
    if (ascii_lower_word(w->s, w->len))
        return !word_in(w, not_modifiers) && !counted_noun(w);
    /* "10,000 US troops", "three Ukrainian soldiers", "three U.S. service
     * members", "eight Amazon countries", "three previous Olympic semifinals":
     * a capitalised word that is no weekday, month or function word */
    const nc_place *pc = nc_places_find(pl, w->s, w->len);
    if (pc && pc->type == NC_COUNTRY)
        return 1;
    if (w->s[0] < 'A' || w->s[0] > 'Z' || memchr(w->s, '\'', w->len))
        return 0;
    return !(nc_word_flags(lx, w->s, w->len) &
             (NC_W_CALENDAR | NC_W_FUNCTION | NC_W_CONNECTOR | NC_W_TITLE_HEAD));
}

/* The noun counted after text[at] ("troops"), with the end of the phrase. */
static int find_counted_noun(const nc_places *pl, const nc_words *lx, const char *text,
                             apr_size_t len, apr_size_t at, word *noun, apr_size_t *end)
{
    word w[4];
    int n = next_words(text, len, at, w, 4);
    for (int k = 0; k < n && k < 3; k++) {
        if (counted_noun(&w[k])) {
            *noun = w[k];
            /* "crew members", "police officers": a noun of nouns */
            if (k + 1 < n && w[k].s[w[k].len - 1] != 's' && counted_noun(&w[k + 1]) &&
                w[k + 1].s == w[k].s + w[k].len + 1)
                noun->len = (apr_size_t)(w[k + 1].s + w[k + 1].len - w[k].s);
            else if (k > 0 && compound_noun(lx, &w[k - 1]))
                *noun = (word){ w[k - 1].s, (apr_size_t)(w[k].s + w[k].len - w[k - 1].s) };
            *end = (apr_size_t)(noun->s + noun->len - text);
            return 1;
        }
        if (k == 2 || !count_modifier(pl, lx, &w[k]))
            return 0;
    }
    return 0;
}

/* ---------------------------------------------------------------- numbers */

static double parse_number(const char *s, apr_size_t len)
{
    /* Whole numbers (most figures) exactly, without strtod; its value is the same. */
    apr_uint64_t v = 0;
    apr_size_t digits = 0, i = 0;
    for (; i < len && digits < 15; i++) {
        if (s[i] == ',')
            continue;
        if (s[i] < '0' || s[i] > '9')
            break;
        v = v * 10 + (apr_uint64_t)(s[i] - '0');
        digits++;
    }
    if (i == len && digits > 0)
        return (double)v;
    char buf[64];
    apr_size_t o = 0;
    for (apr_size_t i = 0; i < len && o + 1 < sizeof buf; i++)
        if (s[i] != ',')
            buf[o++] = s[i];
    buf[o] = '\0';
    return strtod(buf, NULL);
}

static double magnitude(const char *s, apr_size_t len)
{
    static const struct { const char *w; double v; } mags[] = {
        {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
        {"crore", 1e7}, {"lakh", 1e5}, {"k", 1e3}, {"m", 1e6}, {"mn", 1e6},
        {"b", 1e9}, {"bn", 1e9}, {"tn", 1e12}, {"trn", 1e12},
    };
    /* the other languages' words the pattern knows, by how they begin
     * (their accented letter may be any one character) */
    static const struct { const char *w; double v; } starts[] = {
        {"mil millones", 1e9}, {"mil\xc2\xa0millones", 1e9}, {"milh", 1e6}, {"bilh", 1e9},
        {"trilh", 1e12}, {"mill\xc3\xb3n", 1e6}, {"millon", 1e6}, {"milliard", 1e9},
        {"mio.", 1e6}, {"mrd.", 1e9}, {"milion", 1e6}, {"miliard", 1e9},
    };
    char low[16];
    if (len >= sizeof low)
        return 1;
    for (apr_size_t i = 0; i < len; i++)
        low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] - 'A' + 'a' : s[i]);
    for (size_t i = 0; i < sizeof mags / sizeof *mags; i++)
        if (strlen(mags[i].w) == len && !memcmp(mags[i].w, low, len))
            return mags[i].v;
    if (len >= 7 && !memcmp(low, "million", 7))
        return 1e6;                                 /* "Millionen" */
    for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
        if (len >= strlen(starts[i].w) && !memcmp(starts[i].w, low, strlen(starts[i].w)))
            return starts[i].v;
    if (len == 3 && !memcmp(low, "mil", 3))
        return 1e3;
    return 1;
}

static const char *symbol_currency(const char *s, apr_size_t len)
{
    static const struct { const char *sym, *code; } syms[] = {
        {"US$", "USD"}, {"$", "USD"}, {"A$", "AUD"}, {"AU$", "AUD"}, {"C$", "CAD"},
        {"CA$", "CAD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"R$", "BRL"},
        {"Rs", "INR"}, {"Rs.", "INR"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
        {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xBD", "RUB"},
        {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xBA", "TRY"}, {"\xE2\x82\xB4", "UAH"},
        {"\xE2\x82\xA6", "NGN"}, {"\xE2\x82\xB1", "PHP"}, {"\xE2\x82\xAA", "ILS"},
    };
    while (len > 0 && s[len - 1] == ' ')
        len--;
    if (len > 3 && !memcmp(s, "U.S.", 4))
        return "USD";
    for (size_t i = 0; i < sizeof syms / sizeof *syms; i++)
        if (strlen(syms[i].sym) == len && !memcmp(syms[i].sym, s, len))
            return syms[i].code;
    return NULL;
}

#define NW(w, v) { w, sizeof(w) - 1, v }
static const struct { const char *w; apr_size_t len; int v; } number_words[] = {
    NW("two", 2), NW("three", 3), NW("four", 4), NW("five", 5), NW("six", 6),
    NW("seven", 7), NW("eight", 8), NW("nine", 9), NW("ten", 10), NW("eleven", 11),
    NW("twelve", 12), NW("thirteen", 13), NW("fourteen", 14), NW("fifteen", 15),
    NW("sixteen", 16), NW("seventeen", 17), NW("eighteen", 18), NW("nineteen", 19),
    NW("twenty", 20), NW("thirty", 30), NW("forty", 40), NW("fifty", 50), NW("sixty", 60),
    NW("seventy", 70), NW("eighty", 80), NW("ninety", 90), NW("hundred", 100),
    NW("dozen", 12),
};
#undef NW

/* "three", "Twenty-five" -> value, or 0. Runs on every word: the first letter
 * and the length rule out nearly all of them before any copy or comparison. */
static int number_word_value(const char *s, apr_size_t len)
{
    if (len < 3 || len > 20)
        return 0;
    switch (s[0] | 0x20) {
    case 't': case 'f': case 's': case 'e': case 'n': case 'h': case 'd':
        break;
    default:
        return 0;
    }
    const char *dash = memchr(s, '-', len);
    if (dash) {
        int tens = number_word_value(s, (apr_size_t)(dash - s));
        int ones = tens ? number_word_value(dash + 1, len - (apr_size_t)(dash - s) - 1) : 0;
        return tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10 ? tens + ones : 0;
    }
    char c = (char)(s[0] | 0x20);
    if (len > 9)
        return 0;   /* "seventeen" is the longest */
    for (size_t i = 0; i < sizeof number_words / sizeof *number_words; i++) {
        const char *w = number_words[i].w;
        if (number_words[i].len != len || w[0] != c)
            continue;
        apr_size_t k = 1;
        while (k < len && (s[k] == w[k] || (s[k] >= 'A' && s[k] <= 'Z' && (s[k] | 0x20) == w[k])))
            k++;
        if (k == len)
            return number_words[i].v;
    }
    return 0;
}

/* ---------------------------------------------------------------- records */

typedef struct figures {
    nc_run *run;
    const nc_places *pl;
    nc_wordmap *seen;       /* "type:name" -> the figure already recorded */
    const nc_sentence *st;
} figures;

static void add_figure(figures *f, nc_mention_type type, const char *name, double value,
                       const char *unit, const char *currency, apr_size_t at)
{
    apr_pool_t *p = f->run->p;
    /* "<type>:<name>", a year by its value ("2022" and "2,022" are one); built
     * on the stack and kept only when new. Types are one digit. */
    char buf[128];
    const char *key = buf;
    apr_size_t kl;
    if (type == NC_YEAR && value >= 0 && value < 1e9 && value == (double)(long)value) {
        char digits[16];
        int nd = 0;
        for (long v = (long)value; nd == 0 || v > 0; v /= 10)
            digits[nd++] = (char)('0' + v % 10);
        buf[0] = (char)('0' + (int)type);
        buf[1] = ':';
        for (kl = 2; nd > 0; )
            buf[kl++] = digits[--nd];
    } else if (type == NC_YEAR) {
        key = apr_psprintf(p, "%d:%.0f", (int)type, value);
        kl = strlen(key);
    } else {
        apr_size_t nl = strlen(name);
        kl = nl + 2;
        char *k = kl <= sizeof buf ? buf : apr_palloc(p, kl);
        k[0] = (char)('0' + (int)type);
        k[1] = ':';
        memcpy(k + 2, name, nl);
        key = k;
    }
    if (nc_wordmap_get(f->seen, key, kl))
        return;
    if (key == buf)
        key = apr_pmemdup(p, buf, kl);
    *nc_wordmap_slot(f->seen, key, kl) = (void *)key;
    nc_found *fd = nc_found_push(f->run);
    fd->type = (apr_uint16_t)type;
    fd->name = name;
    fd->value = value;
    fd->info[0] = unit;
    fd->info[1] = currency;
    nc_found_sentence(fd, f->st);
    fd->pos = nc_pos(f->st, f->st->start + at);   /* at is sentence-relative */
    fd->len = (apr_uint32_t)strlen(name);   /* names are the text as written, trailing spaces cut */
}

/* Collapses runs of spaces so names read the same wherever they came from. */
static char *figure_name(apr_pool_t *p, const char *s, apr_size_t len)
{
    while (len && s[len - 1] == ' ')
        len--;
    return apr_pstrmemdup(p, s, len);
}

typedef struct groups {
    pcre2_match_data *md;
    const PCRE2_SIZE *ov;   /* md's ovector, or bare below */
    uint32_t sym, iso, n1, n2, mag, abbr, pct, cur, isopost;
    int bare_ok;            /* the pattern has fewer than BARE_GROUPS groups */
    PCRE2_SIZE bare[2 * BARE_GROUPS];   /* a bare number's match, built by hand */
} groups;

static int group(const groups *g, uint32_t n, const char **s, apr_size_t *len,
                 const char *text)
{
    const PCRE2_SIZE *ov = g->ov;
    if (n == 0 || ov[2 * n] == PCRE2_UNSET)
        return 0;
    *s = text + ov[2 * n];
    *len = ov[2 * n + 1] - ov[2 * n];
    return 1;
}

/* "about", "some", "at least" before a number: it counts something. */
static int quantity_cue_before(const char *text, apr_size_t at)
{
    static const char *const cues[] = { "about", "around", "some", "nearly", "almost",
        "over", "than", "least", "roughly", "approximately", "estimated", "to", "only",
        "just", "all", NULL };
    if (at < 2 || text[at - 1] != ' ')
        return 0;
    apr_size_t e = at - 1, b = e;
    char low[16];
    while (b > 0 && e - b < sizeof low - 1 &&
           ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z')))
        b--;
    for (apr_size_t k = b; k < e; k++)
        low[k - b] = (char)((text[k] >= 'A' && text[k] <= 'Z') ? text[k] - 'A' + 'a' : text[k]);
    word w = { low, e - b };
    return word_in(&w, cues);
}

/* Decides what one pattern match is and records it. Returns where the figure
 * ends in the sentence. */
static apr_size_t classify(figures *f, const groups *g, apr_size_t mstart, apr_size_t mend)
{
    const char *text = f->st->text;
    apr_size_t len = f->st->len;
    apr_pool_t *p = f->run->p;
    const char *s = NULL, *n1s = text;
    apr_size_t sl = 0, n1l = 0;
    if (!group(g, g->n1, &n1s, &n1l, text))
        return mend;
    double value = parse_number(n1s, n1l);
    double mag = 1;
    int has_mag = 0;
    if (group(g, g->mag, &s, &sl, text) || group(g, g->abbr, &s, &sl, text)) {
        mag = magnitude(s, sl);
        has_mag = 1;
    }
    const char *currency = NULL;
    apr_size_t name_start = mstart;
    /* "climbed $1.72 to $84.35": a change and then a level, not a range; a
     * range's ends are close ("$3 to $5 billion"). */
    const char *n2s0;
    apr_size_t n2l0;
    if (!has_mag && value > 0 && group(g, g->n2, &n2s0, &n2l0, text) &&
        parse_number(n2s0, n2l0) >= 10 * value &&
        memchr(n1s + n1l, 't', (apr_size_t)(n2s0 - (n1s + n1l))) &&   /* "to", not "-" */
        group(g, g->sym, &s, &sl, text) &&
        (currency = symbol_currency(s, sl)) != NULL) {
        apr_size_t n1_end = (apr_size_t)(n1s + n1l - text);
        add_figure(f, NC_MONEY, figure_name(p, text + mstart, n1_end - mstart), value, NULL,
                   currency, mstart);
        return n1_end;
    }
    if (group(g, g->sym, &s, &sl, text))
        currency = symbol_currency(s, sl);
    else if (group(g, g->iso, &s, &sl, text)) {
        currency = nc_currency_code(f->pl, s, sl);
        if (!currency)
            name_start = (apr_size_t)(n1s - text);
    }
    apr_size_t name_end = mend;
    if (!currency && group(g, g->cur, &s, &sl, text)) {
        /* "pounds", "won", "real" are also ordinary words: trust them with a magnitude. */
        int ambiguous = (sl >= 5 && !memcmp(s + sl - 5, "pound", 5)) ||
                        (sl >= 6 && !memcmp(s + sl - 6, "pounds", 6)) ||
                        (sl == 3 && !memcmp(s, "won", 3)) || (sl == 4 && !memcmp(s, "real", 4));
        if (!ambiguous || has_mag)
            currency = nc_currency_from_words(f->pl, p, s, sl);
    } else if (!currency && group(g, g->isopost, &s, &sl, text)) {
        currency = nc_currency_code(f->pl, s, sl);
    }
    if (!currency && !group(g, g->pct, &s, &sl, text)) {
        /* drop an unrecognised trailing code or currency word from the figure */
        uint32_t tail = group(g, g->cur, &s, &sl, text) ? g->cur
                      : group(g, g->isopost, &s, &sl, text) ? g->isopost : 0;
        if (tail)
            name_end = (apr_size_t)(s - text) - 1;
    }

    /* "2.500 euros", "1.140 pessoas": one dot before exactly three digits
     * separates thousands (Portuguese, Spanish, German, Italian); money and
     * counts are not written to a thousandth. A percentage keeps it. */
    double whole = value;
    if (!has_mag && n1l >= 5 && n1l <= 7 && n1s[n1l - 4] == '.' && !memchr(n1s, ',', n1l)
        && memchr(n1s, '.', n1l) == n1s + n1l - 4) {
        whole = 0;
        for (apr_size_t k = 0; k < n1l; k++)
            if (n1s[k] != '.')
                whole = whole * 10 + (n1s[k] - '0');
    }
    if (currency) {
        add_figure(f, NC_MONEY, figure_name(p, text + name_start, name_end - name_start),
                   whole * mag, NULL, currency, name_start);
        return name_end;
    }
    if (group(g, g->pct, &s, &sl, text)) {
        add_figure(f, NC_PERCENT, figure_name(p, text + name_start, name_end - name_start),
                   value, "percent", NULL, name_start);
        return name_end;
    }
    word noun;
    apr_size_t noun_end;
    /* "the 2024 elections" is a year; "about 2000 troops" a count. */
    int year_like = !has_mag && n1l == 4 && value >= 1800 && value <= 2100 &&
                    !quantity_cue_before(text, name_start);
    if (!year_like && find_counted_noun(f->pl, f->run->x->words, text, len, name_end, &noun, &noun_end)) {
        add_figure(f, NC_COUNT, figure_name(p, text + name_start, noun_end - name_start),
                   whole * mag, apr_pstrmemdup(p, noun.s, noun.len), NULL, name_start);
        return noun_end;
    }
    apr_size_t n2l = 0;
    const char *n2s;
    int is_range = group(g, g->n2, &n2s, &n2l, text);
    if (!has_mag && n1l == 4 && value >= 1800 && value <= 2100 &&
        (!is_range || n2l == 2 || n2l == 4)) {
        /* "No. 2022" or "#2022" is an identifier, not a year. */
        int ident = name_start >= 1 && text[name_start - 1] == '#';
        if (name_start >= 4 && !memcmp(text + name_start - 4, "No. ", 4))
            ident = 1;
        if (!ident)
            add_figure(f, NC_YEAR, figure_name(p, text + name_start, name_end - name_start),
                       value, "year", NULL, name_start);
    }
    return name_end;
}

/* "three people", "two million barrels": counts written in words. */
static void find_word_counts(figures *f)
{
    const char *text = f->st->text;
    apr_size_t len = f->st->len;
    for (int i = 0; i < f->st->ntok; i++) {
        const nc_token *t = &f->st->tok[i];
        if (t->flags & NC_T_NUMBER)
            continue;
        /* the lexicon knows every number word; compounds have a hyphen */
        if (!(f->st->wf[i] & NC_W_NUMBER) && !(t->flags & NC_T_HYPHEN))
            continue;
        const char *numeral = nc_token_text(f->st, t);
        int v = number_word_value(numeral, t->len);
        if (!v)
            continue;
        apr_size_t at = (apr_size_t)(numeral + t->len - text);
        double value = v;
        word w[1];
        if (next_words(text, len, at, w, 1) == 1) {
            double m = magnitude(w[0].s, w[0].len);
            if (m > 1 && w[0].len > 2) {
                value *= m;
                at = (apr_size_t)(w[0].s + w[0].len - text);
            }
        }
        word noun;
        apr_size_t end;
        if (find_counted_noun(f->pl, f->run->x->words, text, len, at, &noun, &end)) {
            apr_size_t start = (apr_size_t)(numeral - text);
            add_figure(f, NC_COUNT, figure_name(f->run->p, numeral, end - start), value,
                       apr_pstrmemdup(f->run->p, noun.s, noun.len), NULL, start);
        }
    }
}

/* Could a currency prefix ("$", "US$", "Rs.", "\u20AC", "USD"), then at most
 * one space, end just before text[d]? Every such prefix ends in '$', '.',
 * 's', a capital or a non-ASCII byte. */
static int prefix_may_end_before(const char *text, apr_size_t d)
{
    if (d == 0)
        return 0;
    unsigned char c = (unsigned char)text[d - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        if (d < 2)
            return 0;
        c = (unsigned char)text[d - 2];
    }
    return c >= 0x80 || c == '$' || c == '.' || c == 's' || (c >= 'A' && c <= 'Z');
}

/* "in 2022.", "of 40, and": digits after a space (or opening the sentence),
 * ended by punctuation that continues no figure, or by the sentence's end.
 * The pattern matches exactly the digits there, as n1 and nothing else: no
 * prefix can end before them (prefix_may_end_before), the lookbehind sees a
 * space, ",ddd" and ".d" are ruled out, and every suffix starts with a
 * space, a letter, '-', '%' or a dash. "50%" before a space, punctuation or
 * the end is the same with the '%' as pct. Sets *end, and *pct to 1 then. */
static int bare_number(const char *text, apr_size_t len, apr_size_t d, apr_size_t *end,
                       int *pct)
{
    if ((d > 0 && text[d - 1] != ' ') || prefix_may_end_before(text, d))
        return 0;
    apr_size_t e = d;
    while (e < len && text[e] >= '0' && text[e] <= '9')
        e++;
    *pct = 0;
    if (e < len && text[e] == '%') {
        unsigned char after = e + 1 < len ? (unsigned char)text[e + 1] : ' ';
        if (after >= 0x80 || (after >= '0' && after <= '9') || ((after | 0x20) >= 'a' &&
                                                                 (after | 0x20) <= 'z'))
            return 0;   /* a letter or digit after it: the pattern backs off */
        *pct = 1;
        *end = e + 1;
        return 1;
    }
    if (e < len) {
        char c = text[e];
        if (c != ',' && c != '.' && c != ';' && c != ':' && c != ')' && c != '!' &&
            c != '?' && c != '"')
            return 0;
        if (e + 1 < len && text[e + 1] >= '0' && text[e + 1] <= '9')
            return 0;   /* "10,000", "3.5" */
    }
    *end = e;
    return 1;
}

void nc_find_figures(nc_run *run)
{
    const nc_extractor *x = run->x;
    /* working memory, its map's table given back at the end */
    figures f = { run, x->places, nc_wordmap_make_heap(run->sentences->pool, 16), NULL };
    groups g;
    g.md = pcre2_match_data_create_from_pattern(x->figure_re, run->gctx);
    if (!g.md)
        return;
    g.sym = x->fg_sym;
    g.iso = x->fg_iso;
    g.n1 = x->fg_n1;
    g.n2 = x->fg_n2;
    g.mag = x->fg_mag;
    g.abbr = x->fg_abbr;
    g.pct = x->fg_pct;
    g.cur = x->fg_cur;
    g.isopost = x->fg_isopost;
    g.bare_ok = x->fg_bare_ok;

    for (int s = 0; s < run->sentences->nelts; s++) {
        f.st = &APR_ARRAY_IDX(run->sentences, s, nc_sentence);
        PCRE2_SIZE at = 0;
        uint32_t opts = 0;   /* the first call checks the UTF-8, later ones need not */
        int ascii = 0;       /* the sentence is all ASCII */
        int ti = 0;          /* every digit is inside a word, and the splitter marked those */
        while (at < f.st->len) {
            /* Every figure has a digit: start just before the next one, leaving
             * room for a currency prefix ("U.S. $", "USD "). */
            const char *d = NULL;
            for (; ti < f.st->ntok && !d; ti++) {
                const nc_token *t = &f.st->tok[ti];
                apr_size_t ws = t->start - f.st->start, we = t->end - f.st->start;
                if (!(t->flags & NC_T_DIGITS) || we <= at)
                    continue;
                for (apr_size_t k = ws > at ? ws : at; k < we && !d; k++)
                    if (f.st->text[k] >= '0' && f.st->text[k] <= '9')
                        d = f.st->text + k;
                if (d)
                    break;
            }
            if (!d)
                break;
            PCRE2_SIZE from = (PCRE2_SIZE)(d - f.st->text);
            if (at == 0 && opts == 0 && nc_ascii_only(f.st->text, f.st->len))
                opts = PCRE2_NO_UTF_CHECK, ascii = 1;
            /* Started before the digit, the search tries every capital on the
             * way; it need not when no prefix can end there (the text before
             * is checked UTF-8 already, so no error is skipped either). */
            if (!(opts & PCRE2_NO_UTF_CHECK) || prefix_may_end_before(f.st->text, from)) {
                from = from > at + 8 ? from - 8 : at;
                while (from > at && ((unsigned char)f.st->text[from] & 0xC0) == 0x80)
                    from--;   /* back to a character boundary */
            }
            apr_size_t bare_end;
            int bare_pct;
            if (g.bare_ok && (opts & PCRE2_NO_UTF_CHECK) &&
                bare_number(f.st->text, f.st->len, (apr_size_t)(d - f.st->text), &bare_end,
                            &bare_pct)) {
                /* what the pattern would match: the digits as n1, and a '%' as pct */
                for (int k = 0; k < 2 * BARE_GROUPS; k++)
                    g.bare[k] = PCRE2_UNSET;
                g.bare[0] = g.bare[2 * g.n1] = (PCRE2_SIZE)(d - f.st->text);
                g.bare[1] = bare_end;
                g.bare[2 * g.n1 + 1] = bare_pct ? bare_end - 1 : bare_end;
                if (bare_pct) {
                    g.bare[2 * g.pct] = bare_end - 1;
                    g.bare[2 * g.pct + 1] = bare_end;
                }
                g.ov = g.bare;
            } else {
                /* an all-ASCII sentence (checked on the first call) needs no UTF */
                const pcre2_code *re = ascii && x->figure_ascii_re ? x->figure_ascii_re : x->figure_re;
                int rc = pcre2_match(re, (PCRE2_SPTR)f.st->text, f.st->len, from, opts,
                                     g.md, x->match_ctx);
                if (rc < 0)
                    break;   /* no more figures, invalid UTF-8, or a limit hit */
                opts = PCRE2_NO_UTF_CHECK;
                g.ov = pcre2_get_ovector_pointer(g.md);
            }
            apr_size_t end = classify(&f, &g, g.ov[0], g.ov[1]);
            at = end > g.ov[0] ? end : g.ov[0] + 1;
        }
        find_word_counts(&f);
    }
    nc_wordmap_release(f.seen);
}
