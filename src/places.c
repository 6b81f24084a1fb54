/*
 * places.c - the phrase lexicon: every country, demonym, city, region and
 * well-known organisation the extractor recognises, keyed by the phrase as it
 * is written. Built once at config time from the generated tables
 * (places_data.c) plus the short curated tables below; read-only afterwards.
 *
 * When two sources know one phrase the first wins, in this order: countries
 * (ISO 3166), curated places and organisations, tz cities, ISO subdivisions.
 * So "Georgia" is the country and "Washington" the capital, not the state.
 */
#include "places.h"

#include <stdint.h>
#include <string.h>
#include <apr_strings.h>

/* Seats of government and news cities that tzdata has no zone for. tzdata
 * names only one city per zone; a fuller list (libgeonames) can replace this. */
static const char *const capitals_not_in_tz[] = {
    "Washington", "Ottawa", "Beijing", "New Delhi", "Islamabad", "Ankara", "Brasilia",
    "Canberra", "Wellington", "Geneva", "The Hague", "Munich", "Frankfurt", "Milan",
    "Barcelona", "Hamburg", "Davos", "Strasbourg", "Mumbai", "Abu Dhabi", "Doha",
    "Mecca", "Jeddah", "Tel Aviv", "Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro",
    "Mariupol", "Bakhmut", "Kherson", "Donetsk", "Luhansk", "Belgorod", "Kursk",
    "St Petersburg", "St. Petersburg", "Saint Petersburg", "San Francisco", "Boston",
    "Seattle", "Houston", "Miami", "Dallas", "Atlanta", "Philadelphia", "Las Vegas",
    "Osaka", "Shenzhen", "Wuhan", "Guangzhou", "Aleppo", "Idlib", "Mosul", "Benghazi",
    "Gaza City", "Lahore", "Kandahar", "Sanaa", "Aden", "Basra", "Erbil", "Homs",
    "Lyon", "Marseille", "Manchester", "Birmingham", "Liverpool", "Glasgow", "Edinburgh",
    "Cardiff", "Naples", "Florence", "Venice", "Krakow", "Astana", "Hanoi", "Naypyidaw",
    "Abuja", "Pretoria", "Cape Town", "Rabat", "Quito", "Rio de Janeiro", "Sao Paulo",
    "Guatemala City", "Panama City",
};

/* Regions in the news that are neither countries nor cities. */
static const char *const news_regions[] = {
    "Crimea", "Donbas", "Donbass", "Gaza", "Gaza Strip", "West Bank", "Golan Heights",
    "Middle East", "Near East", "Far East", "Europe", "Asia", "Africa", "Latin America",
    "North America", "South America", "Central America", "Central Asia", "Southeast Asia",
    "East Asia", "South Asia", "Balkans", "Caucasus", "Kashmir", "Tibet", "Sahel",
    "Arctic", "Red Sea", "Black Sea", "Baltic Sea", "South China Sea", "Persian Gulf",
    "Strait of Hormuz", "Taiwan Strait", "Sinai", "Kurdistan", "Darfur", "Siberia",
    "Chechnya", "Wales", "Scandinavia", "Mediterranean", "Eastern Europe",
    "Western Europe", "Indo-Pacific", "Pacific", "Atlantic", "Gulf of Mexico",
    "Horn of Africa", "Soviet Union", "Zaporizhzhia", "Kursk region", "Mideast",
    "Indian Ocean", "Atlantic Ocean", "Pacific Ocean", "Arctic Ocean", "Arabian Sea",
    "East China Sea", "Sea of Japan", "Caspian Sea", "English Channel", "Capitol Hill",
    "Korean Peninsula", "Arabian Peninsula", "West Africa", "East Africa", "North Africa",
    "Sub-Saharan Africa", "Western Sahara", "Nagorno-Karabakh", "Transnistria", "Abkhazia",
    "South Ossetia", "Gulf", "Levant", "Silicon Valley",
};

/* Organisations news copy names by one word or an acronym with a fuller name. */
static const struct { const char *text, *name; } known_orgs[] = {
    {"EU", "European Union"}, {"E.U.", "European Union"}, {"European Union", NULL},
    {"UN", "United Nations"}, {"U.N.", "United Nations"}, {"United Nations", NULL},
    {"NATO", NULL}, {"Nato", "NATO"}, {"Kremlin", NULL}, {"Pentagon", NULL},
    {"White House", NULL}, {"Downing Street", NULL}, {"Congress", NULL}, {"Senate", NULL},
    {"Parliament", NULL}, {"Hamas", NULL}, {"Hezbollah", NULL}, {"Taliban", NULL},
    {"Houthis", NULL}, {"Islamic State", NULL}, {"ISIS", "Islamic State"},
    {"Wagner", NULL}, {"Reuters", NULL}, {"Bloomberg", NULL}, {"Interfax", NULL},
    {"TASS", NULL}, {"Tass", "TASS"}, {"Xinhua", NULL}, {"Al Jazeera", NULL},
    {"Google", NULL}, {"Microsoft", NULL}, {"Tesla", NULL}, {"Nvidia", NULL},
    {"OpenAI", NULL}, {"Boeing", NULL}, {"Airbus", NULL}, {"Gazprom", NULL},
    {"Rosneft", NULL}, {"Aramco", NULL}, {"Facebook", NULL}, {"Twitter", NULL},
    {"Apple", NULL}, {"Amazon", NULL}, {"Meta", NULL}, {"Huawei", NULL}, {"Samsung", NULL},
    {"Toyota", NULL}, {"Volkswagen", NULL}, {"OPEC", NULL}, {"Opec", "OPEC"},
    {"Federal Reserve", NULL}, {"Fed", "Federal Reserve"}, {"Wall Street", NULL},
    {"Kyiv Independent", NULL}, {"Knesset", NULL}, {"Duma", NULL}, {"Bundestag", NULL},
    {"Politburo", NULL}, {"Vatican", NULL}, {"Interpol", NULL}, {"Europol", NULL},
    /* companies whose names read like a person's */
    {"Goldman Sachs", NULL}, {"Morgan Stanley", NULL}, {"JPMorgan", NULL},
    {"JPMorgan Chase", NULL}, {"Wells Fargo", NULL}, {"Charles Schwab", NULL},
    {"Berkshire Hathaway", NULL}, {"Lockheed Martin", NULL}, {"Dow Jones", NULL},
    {"Johnson & Johnson", NULL}, {"Procter & Gamble", NULL}, {"Rolls-Royce", NULL},
    {"Marks & Spencer", NULL}, {"Ernst & Young", NULL}, {"Standard & Poor's", NULL},
    {"Moody's", NULL}, {"Fitch", NULL}, {"Nasdaq", NULL}, {"Alphabet", NULL},
    {"BlackRock", NULL}, {"Barclays", NULL}, {"Citigroup", NULL}, {"HSBC", NULL},
    /* movements and agencies whose names have no institutional word */
    {"Red Cross", NULL}, {"Red Crescent", NULL}, {"Doctors Without Borders", NULL},
    {"Al-Qaeda", NULL}, {"al-Qaeda", "Al-Qaeda"}, {"Al Qaeda", "Al-Qaeda"},
    {"Islamic Jihad", NULL}, {"Muslim Brotherhood", NULL}, {"Boko Haram", NULL},
    {"al-Shabaab", NULL}, {"Hayat Tahrir al-Sham", NULL}, {"Mossad", NULL}, {"Shin Bet", NULL},
    {"Hezbollah's", "Hezbollah"}, {"Scotland Yard", NULL}, {"Frontex", NULL},
    {"Eurostat", NULL}, {"Ofcom", NULL}, {"Ofgem", NULL}, {"Greenpeace", NULL},
    {"Oxfam", NULL}, {"UNICEF", NULL}, {"Unicef", "UNICEF"}, {"UNESCO", NULL},
};

/* Events named without a keyword a rule could see. */
static const char *const known_events[] = {
    "World War II", "World War I", "Second World War", "First World War", "Cold War",
    "Olympics", "Brexit", "COP28", "COP29", "COP30", "G7", "G20", "Davos Forum",
};

static int count_tokens(const char *s)
{
    int n = 1;
    for (; *s; s++)
        if (*s == ' ')
            n++;
    return n;
}

static void add_phrase(nc_places *pl, apr_pool_t *p, const char *text, nc_mention_type type,
                       const char *name, const char *key, int is_demonym, int is_code)
{
    void **v = nc_wordmap_slot(pl->phrases, text, strlen(text));
    if (*v)
        return;   /* first source wins */
    nc_place *pc = apr_pcalloc(p, sizeof *pc);
    pc->type = type;
    pc->name = name;
    pc->key = key;
    pc->is_demonym = is_demonym;
    pc->is_code = is_code;
    *v = pc;
    int n = count_tokens(text);
    if (n > pl->max_tokens)
        pl->max_tokens = n;
    const char *sp = strchr(text, ' ');
    apr_size_t flen = sp ? (apr_size_t)(sp - text) : strlen(text);
    void **longest = nc_wordmap_slot(pl->first_words, text, flen);
    if (n > (int)(intptr_t)*longest)
        *longest = (void *)(intptr_t)n;
}

int nc_places_max_tokens_from(const nc_places *pl, const char *word, apr_size_t len)
{
    return (int)(intptr_t)nc_wordmap_get(pl->first_words, word, len);
}

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static void add_currencies(nc_places *pl, apr_pool_t *p)
{
    for (int i = 0; i < nc_n_currencies; i++) {
        const nc_currency_rec *c = &nc_currencies[i];
        apr_hash_set(pl->currency_codes, c->code, APR_HASH_KEY_STRING, c->code);
        char *lower = apr_pstrdup(p, c->name);
        for (char *s = lower; *s; s++)
            if (*s >= 'A' && *s <= 'Z')
                *s = (char)(*s - 'A' + 'a');
        if (!apr_hash_get(pl->currency_names, lower, APR_HASH_KEY_STRING))
            apr_hash_set(pl->currency_names, lower, APR_HASH_KEY_STRING, c->code);
    }
    /* The bare word means the currency most news copy means by it. */
    static const struct { const char *word, *code; } generic[] = {
        {"dollar", "USD"}, {"us dollar", "USD"}, {"u.s. dollar", "USD"},
        {"american dollar", "USD"}, {"euro", "EUR"}, {"pound", "GBP"},
        {"pound sterling", "GBP"}, {"sterling", "GBP"}, {"british pound", "GBP"},
        {"yen", "JPY"}, {"japanese yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"},
        {"chinese yuan", "CNY"}, {"ruble", "RUB"}, {"rouble", "RUB"},
        {"russian rouble", "RUB"}, {"rupee", "INR"}, {"hryvnia", "UAH"},
        {"ukrainian hryvnia", "UAH"}, {"shekel", "ILS"}, {"israeli shekel", "ILS"},
        {"franc", "CHF"}, {"lira", "TRY"}, {"won", "KRW"}, {"south korean won", "KRW"},
        {"peso", "MXN"}, {"rand", "ZAR"}, {"south african rand", "ZAR"},
        {"riyal", "SAR"}, {"dirham", "AED"}, {"real", "BRL"}, {"reais", "BRL"},
        {"zloty", "PLN"}, {"polish zloty", "PLN"}, {"naira", "NGN"},
        {"nigerian naira", "NGN"}, {"rupiah", "IDR"}, {"ringgit", "MYR"},
        {"baht", "THB"}, {"thai baht", "THB"}, {"forint", "HUF"},
        {"hungarian forint", "HUF"}, {"dinar", "IQD"}, {"krona", "SEK"},
        {"kronor", "SEK"}, {"krone", "NOK"}, {"kroner", "DKK"}, {"lei", "RON"},
    };
    for (int i = 0; i < COUNT(generic); i++)
        apr_hash_set(pl->currency_names, generic[i].word, APR_HASH_KEY_STRING, generic[i].code);
}

nc_places *nc_places_build(apr_pool_t *p)
{
    nc_places *pl = apr_pcalloc(p, sizeof *pl);
    pl->phrases = nc_wordmap_make(p, 2048);
    pl->first_words = nc_wordmap_make(p, 2048);
    pl->currency_names = apr_hash_make(p);
    pl->currency_codes = apr_hash_make(p);

    for (int i = 0; i < nc_n_country_aliases; i++) {
        const nc_alias_rec *a = &nc_country_aliases[i];
        const nc_country_rec *c = &nc_countries[a->country];
        add_phrase(pl, p, a->text, NC_COUNTRY, c->name, c->alpha2,
                   a->kind == NC_ALIAS_DEMONYM, a->kind == NC_ALIAS_CODE ||
                   (a->text[0] >= 'A' && a->text[0] <= 'Z' && a->text[1] >= 'A' &&
                    a->text[1] <= 'Z'));
    }
    for (int i = 0; i < COUNT(known_orgs); i++) {
        const char *name = known_orgs[i].name ? known_orgs[i].name : known_orgs[i].text;
        add_phrase(pl, p, known_orgs[i].text, NC_ORGANIZATION, name, name, 0, 0);
    }
    for (int i = 0; i < COUNT(known_events); i++)
        add_phrase(pl, p, known_events[i], NC_EVENT, known_events[i], known_events[i], 0, 0);
    for (int i = 0; i < COUNT(news_regions); i++)
        add_phrase(pl, p, news_regions[i], NC_PLACE, news_regions[i], news_regions[i], 0, 0);
    /* Kyiv/Kiev are one city: both are in tzdata, keyed by the current name. */
    for (int i = 0; i < nc_n_cities; i++)
        if (!strcmp(nc_cities[i].name, "Kyiv") || !strcmp(nc_cities[i].name, "Kiev"))
            add_phrase(pl, p, nc_cities[i].name, NC_CITY, NULL, nc_cities[i].key, 0, 0);
    for (int i = 0; i < COUNT(capitals_not_in_tz); i++)
        add_phrase(pl, p, capitals_not_in_tz[i], NC_CITY, NULL, capitals_not_in_tz[i], 0, 0);
    for (int i = 0; i < nc_n_cities; i++)
        add_phrase(pl, p, nc_cities[i].name, NC_CITY, NULL, nc_cities[i].key, 0, 0);
    for (int i = 0; i < nc_n_subdivisions; i++)
        add_phrase(pl, p, nc_subdivisions[i].name, NC_PLACE, nc_subdivisions[i].name,
                   nc_subdivisions[i].name, 0, 0);
    add_currencies(pl, p);
    return pl;
}

const nc_place *nc_places_find(const nc_places *pl, const char *phrase, apr_size_t len)
{
    return nc_wordmap_get(pl->phrases, phrase, len);
}

const char *nc_currency_code(const nc_places *pl, const char *code, apr_size_t len)
{
    if (len != 3)
        return NULL;
    return apr_hash_get(pl->currency_codes, code, 3);
}

const char *nc_currency_from_words(const nc_places *pl, apr_pool_t *p, const char *s,
                                   apr_size_t len)
{
    char *lower = apr_pstrmemdup(p, s, len);
    for (char *c = lower; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    const char *code = apr_hash_get(pl->currency_names, lower, APR_HASH_KEY_STRING);
    if (code)
        return code;
    /* Plurals: "dollars", "francs", "pesos". */
    if (len > 1 && lower[len - 1] == 's') {
        lower[len - 1] = '\0';
        code = apr_hash_get(pl->currency_names, lower, APR_HASH_KEY_STRING);
        if (code)
            return code;
    }
    /* "Norwegian crowns", "Czech crowns": English for krone, krona, koruna. */
    char *sp = strrchr(lower, ' ');
    if (sp && !strncmp(sp + 1, "crown", 5) && (!sp[6] || !strcmp(sp + 6, "s"))) {
        static const char *const crowns[] = { "krone", "krona", "koruna" };
        for (int i = 0; i < 3; i++) {
            code = apr_hash_get(pl->currency_names,
                                apr_pstrcat(p, apr_pstrmemdup(p, lower, (apr_size_t)(sp - lower) + 1),
                                            crowns[i], NULL), APR_HASH_KEY_STRING);
            if (code)
                return code;
        }
        return NULL;   /* a crown of no known country is no currency */
    }
    /* "Canadian dollars" unknown as a whole? fall back to the last word. */
    if (sp)
        return apr_hash_get(pl->currency_names, sp + 1, APR_HASH_KEY_STRING);
    return NULL;
}
