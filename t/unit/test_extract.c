/*
 * test_extract.c - TAP tests for the extractor and the JSON-LD writer.
 *
 *   test_extract                  run the tests (TAP on stdout)
 *   test_extract --print [FILE]   print the JSON-LD for FILE (one block per
 *                                 line, the first line the headline), or for
 *                                 the seed article when no FILE is given
 *   test_extract --bench N [FILE] time N extractions of the article
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <apr_general.h>
#include <apr_pools.h>
#include <apr_strings.h>

#include "extract.h"
#include "jsonld.h"

/* The seed article as the engine hands it over: headline and body, shell and
 * second copy already dropped. */
static const char *const seed[] = {
    "Trump possibly to send US troops to protect Ukraine\xE2\x80\x99s minerals",
    "(MENAFN) The United States may send troops to Ukraine to protect its rare earth "
    "minerals, which Washington seeks as compensation for the military aid it has provided "
    "to Ukraine, NBC reported on Saturday, citing anonymous officials. This proposal follows "
    "a demand from US President Donald trump for \xE2\x80\x9Cthe equivalent of $500 billion "
    "worth of rare earths\xE2\x80\x9D from Ukraine in return for the estimated $300 billion in "
    "assistance the US has provided since the conflict with Russia escalated in 2022.",
    "Earlier this week, Treasury Secretary Scott Bessent presented the proposal to Ukrainian "
    "President Vladimir Zelensky in Kiev. The deal would give the US 50% ownership of "
    "Ukraine's rare earth minerals as repayment for continued military support. According to "
    "multiple sources, the proposed agreement would also include deploying US troops to "
    "safeguard these mineral sites, likely following a peace deal between Russia and Ukraine.",
    "The US stance on sending troops remains unclear. While US Defense Secretary Pete Hegseth "
    "ruled out sending American forces during a meeting in Brussels, Vice President J.D. "
    "Vance suggested in an interview that the option of deploying troops remains \"on the "
    "table\" if Moscow does not engage in genuine negotiations.",
    "However, Zelensky has rejected the proposal, saying it lacks adequate security "
    "guarantees for Ukraine and does not align with the country's sovereignty. Speaking at "
    "the Munich Security Conference, Zelensky emphasized the need for a connection between "
    "security guarantees and investment, stressing that any deal must be mutually "
    "beneficial. He indicated that the document presented by Bessent would need to be "
    "amended to reflect Ukraine's interests.",
    "Ukraine is home to several rare earth minerals, including lanthanum, cerium, and "
    "neodymium, which are used in a range of technologies. However, Zelensky recently "
    "acknowledged that about 20% of Ukraine's mineral-rich areas are currently under "
    "Russian control.",
};
#define NSEED ((int)(sizeof seed / sizeof *seed))

static int tests_run, tests_failed;

static void ok(int cond, const char *what)
{
    tests_run++;
    if (!cond)
        tests_failed++;
    printf("%sok %d - %s\n", cond ? "" : "not ", tests_run, what);
}

static nc_text_block *seed_blocks(apr_pool_t *p, int copies, int *n)
{
    nc_text_block *b = apr_pcalloc(p, sizeof *b * (size_t)(NSEED * copies));
    apr_size_t off = 100;
    int k = 0;
    for (int c = 0; c < copies; c++)
        for (int i = (c ? 1 : 0); i < NSEED; i++, k++) {
            b[k].text = seed[i];
            b[k].len = strlen(seed[i]);
            b[k].offset = off;
            b[k].is_headline = (i == 0);
            off += b[k].len + 7;
        }
    *n = k;
    return b;
}

static nc_text_block *file_blocks(apr_pool_t *p, const char *path, int *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    apr_array_header_t *arr = apr_array_make(p, 16, sizeof(nc_text_block));
    char line[65536];
    apr_size_t off = 0;
    while (fgets(line, sizeof line, f)) {
        apr_size_t len = strlen(line);
        apr_size_t here = off;
        off += len;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!len)
            continue;
        nc_text_block *b = apr_array_push(arr);
        b->text = apr_pstrmemdup(p, line, len);
        b->len = len;
        b->offset = here;
        b->is_headline = arr->nelts == 1;
    }
    fclose(f);
    *n = arr->nelts;
    return (nc_text_block *)arr->elts;
}

static const nc_mention *find(const apr_array_header_t *m, nc_mention_type t, const char *name)
{
    for (int i = 0; i < m->nelts; i++) {
        const nc_mention *x = &APR_ARRAY_IDX(m, i, nc_mention);
        if (x->type == t && !strcmp(x->name, name))
            return x;
    }
    return NULL;
}

static int count_type(const apr_array_header_t *m, nc_mention_type t)
{
    int n = 0;
    for (int i = 0; i < m->nelts; i++)
        n += APR_ARRAY_IDX(m, i, nc_mention).type == t;
    return n;
}

static int streq(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

static void check_person(const apr_array_header_t *m, const char *name, const char *title,
                         const char *nationality)
{
    const nc_mention *x = find(m, NC_PERSON, name);
    char what[256];
    snprintf(what, sizeof what, "person %s", name);
    ok(x != NULL, what);
    snprintf(what, sizeof what, "person %s is %s", name, title ? title : "untitled");
    ok(x && (title ? streq(x->job_title, title) : x->job_title == NULL), what);
    snprintf(what, sizeof what, "person %s nationality %s", name,
             nationality ? nationality : "none");
    ok(x && (nationality ? streq(x->nationality, nationality) : x->nationality == NULL), what);
}

static void check_figure(const apr_array_header_t *m, nc_mention_type t, const char *name,
                         double value, const char *unit_or_currency)
{
    const nc_mention *x = find(m, t, name);
    char what[256];
    snprintf(what, sizeof what, "figure %s = %.0f %s", name, value, unit_or_currency);
    ok(x && x->value == value &&
       (t == NC_MONEY ? streq(x->currency, unit_or_currency)
                      : streq(x->unit_text, unit_or_currency)) &&
       x->sentence && strstr(x->sentence, name) && x->offset >= 100, what);
}

static void test_seed(const nc_extractor *x, apr_pool_t *p)
{
    int n;
    nc_text_block *b = seed_blocks(p, 2, &n);   /* the body twice: must count once */
    apr_array_header_t *m = nc_extract(x, NULL, p, b, n);

    check_person(m, "Donald Trump", "President", "United States");
    check_person(m, "Scott Bessent", "Treasury Secretary", NULL);
    check_person(m, "Vladimir Zelensky", "President", "Ukraine");
    check_person(m, "Pete Hegseth", "Defense Secretary", "United States");
    check_person(m, "J.D. Vance", "Vice President", NULL);
    ok(count_type(m, NC_PERSON) == 5, "exactly five persons");
    ok(find(m, NC_ORGANIZATION, "NBC") != NULL, "organization NBC");
    ok(find(m, NC_EVENT, "Munich Security Conference") != NULL, "event Munich Security Conference");
    ok(find(m, NC_COUNTRY, "Ukraine") != NULL, "country Ukraine");
    ok(find(m, NC_COUNTRY, "Russia") != NULL, "country Russia");
    ok(find(m, NC_COUNTRY, "United States") != NULL, "country United States");
    ok(count_type(m, NC_COUNTRY) == 3, "three countries");
    ok(find(m, NC_CITY, "Kiev") != NULL, "city Kiev");
    ok(find(m, NC_CITY, "Brussels") != NULL, "city Brussels");
    check_figure(m, NC_MONEY, "$500 billion", 500000000000.0, "USD");
    check_figure(m, NC_MONEY, "$300 billion", 300000000000.0, "USD");
    check_figure(m, NC_PERCENT, "50%", 50, "percent");
    check_figure(m, NC_PERCENT, "20%", 20, "percent");
    check_figure(m, NC_YEAR, "2022", 2022, "year");
    ok(count_type(m, NC_MONEY) == 2 && count_type(m, NC_PERCENT) == 2 &&
       count_type(m, NC_YEAR) == 1, "each figure once");
    const nc_mention *first = m->nelts ? &APR_ARRAY_IDX(m, 0, nc_mention) : NULL;
    ok(first && first->type == NC_PERSON && streq(first->name, "Donald Trump"),
       "first mention is the headline's Trump");
    static const char *const never[] = { "Sorry", "Error", "Legal Disclaimer", "Comments",
        "However", "Earlier", "While", "Speaking", "According", "Saturday", "Munich", NULL };
    int clean = 1;
    for (int i = 0; i < m->nelts; i++)
        for (int k = 0; never[k]; k++)
            if (streq(APR_ARRAY_IDX(m, i, nc_mention).name, never[k]))
                clean = 0, printf("# unexpected mention %s\n", never[k]);
    ok(clean, "no ordinary words as actors");
}

static apr_array_header_t *extract_text(const nc_extractor *x, apr_pool_t *p,
                                        const char *headline, const char *body)
{
    nc_text_block b[2] = {
        { headline, strlen(headline), 0, 1 },
        { body, strlen(body), 100, 0 },
    };
    return nc_extract(x, NULL, p, b, 2);
}

static void test_general(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Talks resume",
        "Russian Foreign Minister Sergei Lavrov met Turkish President Recep Tayyip "
        "Erdo\xC4\x9F" "an in Ankara on Monday. Lavrov said Moscow would pay \xE2\x82\xAC" "3.5bn. "
        "Sen. Elizabeth Warren and Ursula von der Leyen spoke to 10,000 US troops. "
        "Three people died and at least 20 civilians were hurt, the Ministry of Defence said. "
        "Growth was 2.5 per cent, and the central bank set aside $3-5 billion and "
        "500 million euros in 2023.");
    check_person(m, "Sergei Lavrov", "Foreign Minister", "Russia");
    check_person(m, "Recep Tayyip Erdo\xC4\x9F" "an", "President", "Turkey");
    check_person(m, "Elizabeth Warren", "Senator", NULL);
    check_person(m, "Ursula von der Leyen", NULL, NULL);
    ok(find(m, NC_CITY, "Ankara") != NULL, "city Ankara");
    ok(find(m, NC_ORGANIZATION, "Ministry of Defence") != NULL, "org Ministry of Defence");
    check_figure(m, NC_MONEY, "\xE2\x82\xAC" "3.5bn", 3.5e9, "EUR");
    check_figure(m, NC_MONEY, "$3-5 billion", 3e9, "USD");
    check_figure(m, NC_MONEY, "500 million euros", 5e8, "EUR");
    check_figure(m, NC_PERCENT, "2.5 per cent", 2.5, "percent");
    check_figure(m, NC_COUNT, "10,000 US troops", 10000, "troops");
    check_figure(m, NC_COUNT, "Three people", 3, "people");
    check_figure(m, NC_COUNT, "20 civilians", 20, "civilians");
    check_figure(m, NC_YEAR, "2023", 2023, "year");
    ok(!find(m, NC_PERSON, "Monday") && !find(m, NC_PERSON, "Lavrov"), "no stray persons");
}

/* Counts: a number and the noun it counts, past capitalised modifiers, with
 * a compound noun kept whole; measurements and dates are not counts. */
static void test_counts(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Counts",
        "The strike killed three U.S. service members and nine navy ships sailed 8 kilometres, "
        "41 light-years away, with leaders of eight Amazon countries. On 12 March protesters "
        "gathered. Two aid workers and 1,500 police officers were hurt in three previous "
        "Olympic semifinals. Equinor paid 23 billion Norwegian crowns for 20 other people and "
        "two new models.");
    check_figure(m, NC_COUNT, "three U.S. service members", 3, "service members");
    check_figure(m, NC_COUNT, "nine navy ships", 9, "navy ships");
    check_figure(m, NC_COUNT, "eight Amazon countries", 8, "countries");
    check_figure(m, NC_COUNT, "1,500 police officers", 1500, "police officers");
    check_figure(m, NC_COUNT, "three previous Olympic semifinals", 3, "semifinals");
    check_figure(m, NC_COUNT, "20 other people", 20, "people");
    check_figure(m, NC_COUNT, "two new models", 2, "models");
    check_figure(m, NC_MONEY, "23 billion Norwegian crowns", 23e9, "NOK");
    ok(!find(m, NC_COUNT, "8 kilometres") && !find(m, NC_COUNT, "41 light-years"),
       "measurements are not counts");
    ok(!find(m, NC_COUNT, "12 March protesters"), "a date is not a count");
    ok(count_type(m, NC_COUNT) == 8, "exactly eight counts");
}

/* Organisations named by their kind: a kind before the name, an apposition
 * after it, a dateline's agency; what opens a sentence is no part of a name. */
static void test_org_contexts(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Firms",
        "SEOUL (Yonhap) \xE2\x80\x94 Rail operator Renfe suspended trains. NetChoice, a trade "
        "group whose members include Google, sued. Fujitsu, the Japanese company behind the "
        "system, apologised. Stocks rose, led by chipmakers Nvidia and Nexperia. The bill "
        "would sell the airline Aerol\xC3\xADneas Argentinas. Former Post Office chief "
        "executive Paula Vennells spoke. A United Nations convoy met the Kurdish-led Syrian "
        "Democratic Forces. Amnesty International said the World Food Programme helped.");
    const char *orgs[] = { "Yonhap", "Renfe", "NetChoice", "Fujitsu", "Nvidia", "Nexperia",
        "Aerol\xC3\xADneas Argentinas", "Post Office", "United Nations",
        "Syrian Democratic Forces", "Amnesty International", "World Food Programme", NULL };
    for (int k = 0; orgs[k]; k++) {
        char what[128];
        snprintf(what, sizeof what, "org %s", orgs[k]);
        ok(find(m, NC_ORGANIZATION, orgs[k]) != NULL, what);
    }
    ok(!find(m, NC_PERSON, "Aerol\xC3\xADneas Argentinas") && !find(m, NC_ORGANIZATION, "A United") &&
       !find(m, NC_ORGANIZATION, "Former Post Office") &&
       !find(m, NC_ORGANIZATION, "Kurdish-led Syrian Democratic Forces"),
       "no article, opening word or -led word in a name");
    check_person(m, "Paula Vennells", "Chief Executive", NULL);

    m = extract_text(x, p, "Summit", "BEL\xC3\x89M, Brazil \xE2\x80\x94 Leaders met.");
    ok(find(m, NC_CITY, "Bel\xC3\xA9m") != NULL, "shouted dateline BEL\xC3\x89M is the city Bel\xC3\xA9m");
}

/* Lessons from varied news copy, kept as regressions. */
static void test_lessons(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Leaders meet",
        "KYIV, Ukraine (AP) \xE2\x80\x94 French President Emmanuel Macron met King Charles III and "
        "Chinese President Xi Jinping. Manager Erik ten Hag and Vice President JD Vance watched "
        "as the World Health Organization (WHO) pledged NZ$1.2 billion. Apple Inc. said on "
        "Tuesday that Apple would hire about 2000 engineers before the 2024 elections. "
        "The Supreme Court on Monday heard Analysts at Goldman Sachs.");
    check_person(m, "Emmanuel Macron", "President", "France");
    check_person(m, "Charles III", "King", NULL);
    check_person(m, "Xi Jinping", "President", "China");
    check_person(m, "Erik ten Hag", "Manager", NULL);
    check_person(m, "JD Vance", "Vice President", NULL);
    ok(find(m, NC_CITY, "Kyiv") != NULL, "dateline KYIV is the city Kyiv");
    ok(find(m, NC_ORGANIZATION, "World Health Organization") && !find(m, NC_ORGANIZATION, "WHO"),
       "acronym after its organisation is one actor");
    ok(!find(m, NC_ORGANIZATION, "NZ"), "NZ$ is a currency, not an organisation");
    check_figure(m, NC_MONEY, "NZ$1.2 billion", 1.2e9, "NZD");
    ok(!!find(m, NC_ORGANIZATION, "Apple") + !!find(m, NC_ORGANIZATION, "Apple Inc") == 1,
       "Apple Inc. and Apple are one company");
    check_figure(m, NC_COUNT, "2000 engineers", 2000, "engineers");
    check_figure(m, NC_YEAR, "2024", 2024, "year");
    ok(find(m, NC_ORGANIZATION, "Supreme Court") != NULL, "org stops before a weekday");
    ok(find(m, NC_ORGANIZATION, "Goldman Sachs") && !find(m, NC_PERSON, "Goldman Sachs"),
       "Goldman Sachs is a company");

    m = extract_text(x, p, "Appositions",
        "Pete Hegseth, the US defense secretary, said so. Jerome Powell, the Federal Reserve "
        "chair, spoke. The Russia-Ukraine war reached Kherson Oblast and the Dnipro River.");
    check_person(m, "Pete Hegseth", "Defense Secretary", "United States");
    check_person(m, "Jerome Powell", "Chair", NULL);
    ok(find(m, NC_COUNTRY, "Russia") && find(m, NC_COUNTRY, "Ukraine"), "hyphenated countries");
    ok(find(m, NC_PLACE, "Kherson Oblast") && find(m, NC_PLACE, "Dnipro River"),
       "places named by their tail word");
}

/* Context decides what a name is: datelines, "X, State", "(ACR)", "X party",
 * "in X", "X-based"; and each mention's byte range in its block. */
static void test_context(const nc_extractor *x, apr_pool_t *p)
{
    const char *body =
        "PORTO ALEGRE, Brazil (AP) \xE2\x80\x94 Floods hit the state of Rio Grande do Sul. "
        "Pakistan Tehreek-e-Insaf (PTI) said the IG Metall union and the Morena party "
        "agreed. Santa Clara, California, is home to the Hangzhou-based firm's office. "
        "Marine Le Pen's National Rally and the People's Party met in Kfar Aza. "
        "Alexander Van der Bellen spoke; Van der Bellen said Toyota Motor Corp. and Toyota agreed.";
    apr_array_header_t *m = extract_text(x, p, "Floods", body);
    ok(find(m, NC_CITY, "Porto Alegre") != NULL, "unknown shouted dateline is a city");
    ok(find(m, NC_PLACE, "Rio Grande do Sul") != NULL, "state of X is a place");
    ok(find(m, NC_ORGANIZATION, "Pakistan Tehreek-e-Insaf") && !find(m, NC_ORGANIZATION, "PTI"),
       "a name with its acronym is one organisation");
    ok(find(m, NC_ORGANIZATION, "IG Metall") && find(m, NC_ORGANIZATION, "Morena"),
       "X union, X party are organisations");
    ok(find(m, NC_CITY, "Santa Clara") && find(m, NC_CITY, "Hangzhou"), "X, State and X-based");
    check_person(m, "Marine Le Pen", NULL, NULL);
    ok(find(m, NC_ORGANIZATION, "National Rally") && find(m, NC_ORGANIZATION, "People's Party"),
       "party names, with a possessive as written");
    ok(find(m, NC_PLACE, "Kfar Aza") && !find(m, NC_PERSON, "Kfar Aza"), "in X");
    check_person(m, "Alexander Van der Bellen", NULL, NULL);
    ok(count_type(m, NC_PERSON) == 2, "two persons");
    ok(find(m, NC_ORGANIZATION, "Toyota Motor Corp") && !find(m, NC_ORGANIZATION, "Toyota"),
       "a short name opening a longer one is that organisation");
    apr_array_header_t *m3 = extract_text(x, p, "Space",
        "UNOOSA, the space office, said the launch went well.");
    apr_array_header_t *m4 = extract_text(x, p, "Cars", "WOLFSBURG (Reuters) - Cars sold well.");
    ok(!find(m3, NC_CITY, "Unoosa") && find(m4, NC_CITY, "Wolfsburg"),
       "an unknown shouted word is a dateline only before (agency), a dash or a place");
    apr_array_header_t *m5 = extract_text(x, p, "Jets",
        "Engines from Pratt & Whitney were late, Airbus SE said. Nashville SC lost at "
        "Geodis Stadium, where four crew members were hurt. Co-owner David Beckham left.");
    ok(find(m5, NC_ORGANIZATION, "Pratt & Whitney") && find(m5, NC_ORGANIZATION, "Airbus SE") &&
       find(m5, NC_ORGANIZATION, "Nashville SC"), "names as written, legal and club forms");
    ok(find(m5, NC_PLACE, "Geodis Stadium") != NULL, "a venue by its tail");
    check_figure(m5, NC_COUNT, "four crew members", 4, "crew members");
    apr_array_header_t *m6 = extract_text(x, p, "Oil",
        "Brent crude futures climbed $1.72 to $84.35 a barrel, after estimates of "
        "$3 to $5 billion in losses.");
    check_figure(m6, NC_MONEY, "$1.72", 1.72, "USD");
    check_figure(m6, NC_MONEY, "$84.35", 84.35, "USD");
    check_figure(m6, NC_MONEY, "$3 to $5 billion", 3e9, "USD");
    check_person(m5, "David Beckham", "Co-owner", NULL);
    apr_array_header_t *m2 = extract_text(x, p, "Faith",
        "Voters lost faith in Donald Trump's plans. There is anger in Joe Biden, aides "
        "said, and Joe Biden knows it.");
    ok(find(m2, NC_PERSON, "Donald Trump") && find(m2, NC_PERSON, "Joe Biden") &&
       count_type(m2, NC_PLACE) == 0 && count_type(m2, NC_CITY) == 0,
       "'in' before a possessive or a known person is no place");
    const nc_mention *pa = find(m, NC_CITY, "Porto Alegre");
    const nc_mention *le = find(m, NC_PERSON, "Marine Le Pen");
    ok(pa && pa->at == 0 && pa->len == 12 && pa->offset == 100, "dateline at 0, 12 bytes");
    ok(le && le->len == 13 && !memcmp(body + le->at, "Marine Le Pen", 13), "person's byte range");
}

/* Writes text to a new temporary file; returns its path (from p). */
static const char *temp_file(apr_pool_t *p, const char *text)
{
    char *path = apr_pstrdup(p, "/tmp/nc-lexicon-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

/* nc_lexicon_load in process (lexicon.t covers the CLI): canonical names,
 * roles, aliases, and errors naming file and line. */
static void test_lexicon_file(const nc_extractor *x, apr_pool_t *p)
{
    const char *path = temp_file(p,
        "# test\n\nperson: Oleksandr Syrskyi | jobTitle=Commander-in-Chief | "
        "nationality=Ukrainian | alias=Syrsky\norganisation: Kyiv Independent\n"
        "title: Ombudsperson\n");
    char *err = NULL;
    nc_lexicon *lx = path ? nc_lexicon_load(p, path, &err) : NULL;
    ok(lx != NULL, "a valid lexicon file loads");
    const char *body = "General Syrsky spoke to the Kyiv Independent. "
                       "Ombudsperson Dmytro Lubinets agreed.";
    nc_text_block b[2] = { { "Front", 5, 0, 1 }, { body, strlen(body), 100, 0 } };
    apr_array_header_t *m = nc_extract(x, lx, p, b, 2);
    check_person(m, "Oleksandr Syrskyi", "Commander-in-Chief", "Ukraine");
    check_person(m, "Dmytro Lubinets", "Ombudsperson", NULL);
    ok(find(m, NC_ORGANIZATION, "Kyiv Independent") != NULL, "a lexicon organisation");
    const nc_mention *sy = find(m, NC_PERSON, "Oleksandr Syrskyi");
    ok(sy && sy->at == 8 && sy->len == 6, "the alias's byte range");
    if (path)
        remove(path);

    static const struct { const char *text, *error; } bad[] = {
        { "city: Springfield\nplace: Springfield\n",
          ":2: 'Springfield' is already defined on line 1 (as 'Springfield')" },
        { "person: Jane Roe | nationality=Atlantis\n",
          ":1: nationality 'Atlantis' is no ISO 3166 country name or demonym" },
        { "\n\nbanana: Jane Roe\n",
          ":3: unknown kind 'banana' (person, organization, event, country, city, place or title)" },
        { "city: Z\xFCrich\n", ":1: not UTF-8 text (or a control character)" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const char *bp = temp_file(p, bad[i].text);
        err = NULL;
        nc_lexicon *no = bp ? nc_lexicon_load(p, bp, &err) : NULL;
        char want[512];
        snprintf(want, sizeof want, "%s%s", bp ? bp : "", bad[i].error);
        ok(!no && err && streq(err, want), bad[i].error);
        if (err && !streq(err, want))
            printf("#   got: %s\n", err);
        if (bp)
            remove(bp);
    }
    err = NULL;
    ok(!nc_lexicon_load(p, "/nonexistent/lexicon", &err) && err &&
       streq(err, "/nonexistent/lexicon: cannot read: No such file or directory"),
       "an unreadable file is named");
}

/* A buffer presized on the heap (small sizes are exact there) keeps every
 * byte through growth below and past NC_BUF_HEAP_MIN; a heap-reserved
 * array keeps its entries when pushed past its size and empties on
 * release. */
static void test_buf(apr_pool_t *p)
{
    nc_buf b;
    nc_buf_init(&b, p, 256);
    nc_buf_presize(&b, 1000);
    char want[40000];
    for (int i = 0; i < (int)sizeof want; i++)
        want[i] = (char)('a' + i % 23);
    for (apr_size_t at = 0; at < sizeof want; at += 700)
        nc_buf_append(&b, want + at, sizeof want - at < 700 ? sizeof want - at : 700);
    ok(b.len == sizeof want && !memcmp(b.data, want, sizeof want) && b.data[b.len] == '\0',
       "buf: a presized buffer keeps its bytes as it grows past its size");
    nc_buf_seal(&b);
    ok(b.data[b.len] == '\0', "buf: sealed, still NUL-terminated");

    apr_array_header_t *a = apr_array_make(p, 1, sizeof(int));
    void **heap = NULL;
    nc_array_reserve_heap(a, &heap, 10);
    for (int i = 0; i < 100; i++)
        *(int *)nc_array_push(a, &heap) = i;
    int good = a->nelts == 100;
    for (int i = 0; good && i < 100; i++)
        good = APR_ARRAY_IDX(a, i, int) == i;
    ok(good, "buf: a heap-reserved array keeps its entries past its size");
    nc_array_release(a, &heap);
    ok(a->nelts == 0 && a->nalloc == 0, "buf: a released array is empty");
}

static const char *json_of(apr_pool_t *p, const char *s, apr_size_t len)
{
    nc_buf b;
    nc_buf_init(&b, p, 16);
    nc_json_string(&b, s, len);
    return b.data;
}

static void test_json(apr_pool_t *p)
{
    ok(!strcmp(json_of(p, "a\"b\\c", 5), "\"a\\\"b\\\\c\""), "json: quote and backslash");
    ok(!strcmp(json_of(p, "</script>&", 10), "\"\\u003c/script\\u003e\\u0026\""),
       "json: < > & escaped");
    ok(!strcmp(json_of(p, "\n\t\x01", 3), "\"\\n\\t\\u0001\""), "json: control characters");
    ok(!strcmp(json_of(p, "Erdo\xC4\x9F" "an", 8), "\"Erdo\\u011fan\""), "json: BMP as \\u");
    ok(!strcmp(json_of(p, "\xF0\x9F\x98\x80", 4), "\"\\ud83d\\ude00\""),
       "json: above BMP as surrogate pair");
    ok(!strcmp(json_of(p, "a\xFF" "b\xC0\xAF", 5), "\"a\\ufffdb\\ufffd\\ufffd\""),
       "json: invalid UTF-8 becomes U+FFFD");
    ok(!strcmp(json_of(p, "\xED\xA0\x80", 3), "\"\\ufffd\\ufffd\\ufffd\""),
       "json: encoded surrogate is invalid");

    apr_array_header_t *m = apr_array_make(p, 2, sizeof(nc_mention));
    nc_mention *x = apr_array_push(m);
    memset(x, 0, sizeof *x);
    x->type = NC_MONEY;
    x->name = "$500 billion";
    x->currency = "USD";
    x->value = 5e11;
    x->sentence = "It cost $500 billion.";
    apr_size_t len;
    const char *s = nc_jsonld_script(p, "Head", m, &len);
    ok(strstr(s, "\"value\":500000000000,") != NULL, "json-ld: integral value as integer");
    ok(!strncmp(s, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"", 62)
       && len == strlen(s) && s[len - 1] == '\n', "json-ld: script element");
    ok(!strcmp(nc_mention_type_name(NC_COUNT), "QuantitativeValue"), "type name");
}

/* Word offsets are 16-bit: a block longer than NC_EXTRACT_BLOCK_MAX is left
 * out, whole, and the blocks around it are still read; the longest block
 * read keeps its last words' places. Mentions of one sentence share its
 * string. */
static void test_block_limit(const nc_extractor *x, apr_pool_t *p)
{
    static const char filler[] = "the rain fell on the quiet town and nobody came out. ";
    static const char tail[] = "Prime Minister Mark Carney of Canada spoke.";
    apr_size_t cap = NC_EXTRACT_BLOCK_MAX + 200, fl = sizeof filler - 1, tl = sizeof tail - 1;
    char *longest = apr_palloc(p, cap), *over = apr_palloc(p, cap);
    apr_size_t n = 0;
    while (n + fl + tl <= NC_EXTRACT_BLOCK_MAX) {
        memcpy(longest + n, filler, fl);
        n += fl;
    }
    memset(longest + n, ' ', NC_EXTRACT_BLOCK_MAX - n - tl);   /* the tail ends at the limit */
    memcpy(longest + NC_EXTRACT_BLOCK_MAX - tl, tail, tl);
    memcpy(over, longest, NC_EXTRACT_BLOCK_MAX);
    memcpy(over + NC_EXTRACT_BLOCK_MAX - tl, "President Emmanuel Macron of France spoke.", tl - 1);
    over[NC_EXTRACT_BLOCK_MAX - 1] = ' ';
    over[NC_EXTRACT_BLOCK_MAX] = 'x';
    const char *body = "Finance Minister Jim Chalmers of Australia and Treasurer Amy Liu "
                       "of Canada said the plan cost $4 billion.";
    nc_text_block b[4] = {
        { "Budget talks", 12, 0, 1 },
        { over, NC_EXTRACT_BLOCK_MAX + 1, 100, 0 },
        { longest, NC_EXTRACT_BLOCK_MAX, 70000, 0 },
        { body, strlen(body), 140000, 0 },
    };
    apr_array_header_t *m = nc_extract(x, NULL, p, b, 4);
    ok(!find(m, NC_PERSON, "Emmanuel Macron"), "a block past the limit is left out");
    const nc_mention *carney = find(m, NC_PERSON, "Mark Carney");
    ok(carney && carney->offset == 70000 && carney->at == NC_EXTRACT_BLOCK_MAX - tl + 15,
       "the longest block read keeps its last words' places");
    const nc_mention *a = find(m, NC_PERSON, "Jim Chalmers"), *c = find(m, NC_PERSON, "Amy Liu"),
                     *money = find(m, NC_MONEY, "$4 billion");
    ok(a && c && money && a->sentence == c->sentence && c->sentence == money->sentence &&
       !strcmp(a->sentence, body), "the mentions of one sentence share its string");
}

/* Money's magnitude in Portuguese, Spanish, French, Italian and German
 * ("R$ 45 milh\u00f5es" is 45 million reais, not 45), and "mil" alone a
 * thousand. */
static void test_foreign_magnitudes(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Magnitudes",
        "O governador anunciou R$ 45 milh\xc3\xb5" "es e R$ 2 bilh\xc3\xb5" "es para obras. "
        "El plan cuesta \xe2\x82\xac" "300 millones y \xe2\x82\xac" "1 mill\xc3\xb3n m\xc3\xa1s. "
        "La r\xc3\xa9gion investit \xe2\x82\xac" "2 milliards. Il comune stanzia \xe2\x82\xac" "40 milioni. "
        "Die Stadt zahlt \xe2\x82\xac" "12 Millionen und \xe2\x82\xac" "3 Mrd. an den Bund. "
        "A taxa custa R$ 5 mil por ano. Cada carro recebe 2.500 euros, e 1.140 people left; "
        "the yield was 4.125 percent.");
    check_figure(m, NC_MONEY, "R$ 45 milh\xc3\xb5" "es", 45e6, "BRL");
    check_figure(m, NC_MONEY, "R$ 2 bilh\xc3\xb5" "es", 2e9, "BRL");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "300 millones", 300e6, "EUR");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "1 mill\xc3\xb3n", 1e6, "EUR");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "2 milliards", 2e9, "EUR");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "40 milioni", 40e6, "EUR");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "12 Millionen", 12e6, "EUR");
    check_figure(m, NC_MONEY, "\xe2\x82\xac" "3 Mrd.", 3e9, "EUR");
    check_figure(m, NC_MONEY, "R$ 5 mil", 5e3, "BRL");
    check_figure(m, NC_MONEY, "2.500 euros", 2500, "EUR");
    check_figure(m, NC_COUNT, "1.140 people", 1140, "people");
    check_figure(m, NC_PERCENT, "4.125 percent", 4.125, "percent");
    ok(!find(m, NC_MONEY, "R$ 45"), "no bare R$ 45 beside R$ 45 milh\xc3\xb5" "es");
}

/* A German, French, Spanish or Portuguese article or preposition at a
 * name's edge is no part of it: "Der Beschluss" and "El Consejo" at a
 * sentence start are nobody, "Por Rui Carvalhal" is Rui Carvalhal, and
 * "Wohnungen Auf" (two capitalised German words) is no person. */
static void test_foreign_edges(const nc_extractor *x, apr_pool_t *p)
{
    apr_array_header_t *m = extract_text(x, p, "Edges",
        "Por Rui Carvalhal em Lisboa. Der Beschluss kam am Dienstag. El Consejo aprob\xc3\xb3 el plan. "
        "Gebaut werden 500 Wohnungen Auf dem Gel\xc3\xa4nde, sagte Martin Horn.");
    ok(find(m, NC_PERSON, "Rui Carvalhal") && !find(m, NC_PERSON, "Por Rui Carvalhal"),
       "a byline's Por is cut off the name");
    ok(!find(m, NC_PERSON, "Der Beschluss") && !find(m, NC_PERSON, "El Consejo")
       && !find(m, NC_PERSON, "Wohnungen Auf"), "an article or preposition at a name's edge makes no person");
    ok(find(m, NC_PERSON, "Martin Horn") != NULL, "a person beside them is still read");
}

int main(int argc, char **argv)
{
    apr_initialize();
    atexit(apr_terminate);
    apr_pool_t *pool;
    apr_pool_create(&pool, NULL);
    char *err = NULL;
    nc_extractor *x = nc_extractor_create(pool, &err);
    if (!x) {
        printf("Bail out! nc_extractor_create: %s\n", err);
        return 1;
    }

    if (argc >= 2 && (!strcmp(argv[1], "--print") || !strcmp(argv[1], "--bench"))) {
        int bench = !strcmp(argv[1], "--bench");
        int iters = bench && argc >= 3 ? atoi(argv[2]) : 1;
        const char *file = argc >= (bench ? 4 : 3) ? argv[bench ? 3 : 2] : NULL;
        int n;
        nc_text_block *b = file ? file_blocks(pool, file, &n) : seed_blocks(pool, 1, &n);
        apr_array_header_t *m = NULL;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int i = 0; i < iters; i++) {
            apr_pool_t *rp;
            apr_pool_create(&rp, pool);
            m = nc_extract(x, NULL, rp, b, n);
            if (i + 1 < iters)
                apr_pool_destroy(rp);
            else {
                const char *s = nc_jsonld_script(rp, b[0].is_headline ? b[0].text : NULL, m, NULL);
                if (!bench)
                    fputs(s, stdout);
            }
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (bench) {
            double us = ((double)(t1.tv_sec - t0.tv_sec) * 1e6 +
                         (double)(t1.tv_nsec - t0.tv_nsec) / 1e3) / iters;
            printf("%d extractions, %.1f us each, %d mentions\n", iters, us, m ? m->nelts : 0);
            /* The injected block from those mentions, built as often. */
            apr_size_t len = 0;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            for (int i = 0; i < iters; i++) {
                apr_pool_t *rp;
                apr_pool_create(&rp, pool);
                nc_jsonld_script(rp, b[0].is_headline ? b[0].text : NULL, m, &len);
                apr_pool_destroy(rp);
            }
            clock_gettime(CLOCK_MONOTONIC, &t1);
            us = ((double)(t1.tv_sec - t0.tv_sec) * 1e6 +
                  (double)(t1.tv_nsec - t0.tv_nsec) / 1e3) / iters;
            printf("%d JSON-LD blocks, %.1f us each, %lu bytes\n", iters, us, (unsigned long)len);
        }
        return 0;
    }

    test_seed(x, pool);
    test_general(x, pool);
    test_counts(x, pool);
    test_org_contexts(x, pool);
    test_lessons(x, pool);
    test_context(x, pool);
    test_lexicon_file(x, pool);
    test_json(pool);
    test_buf(pool);
    test_block_limit(x, pool);
    test_foreign_magnitudes(x, pool);
    test_foreign_edges(x, pool);
    printf("1..%d\n", tests_run);
    return tests_failed ? 1 : 0;
}
