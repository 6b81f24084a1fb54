/*
 * lexicon.c - word classes for the actor rules (see lexicon.h).
 *
 * The tables are deliberately short and English-news specific: they name the
 * words that build titles and institution names, not the people or the
 * institutions themselves.
 */
#include "lexicon.h"
#include "places.h"

#include <stdint.h>
#include <string.h>
#include <apr_strings.h>

static const char *const title_heads[] = {
    "president", "president-elect", "vice-president", "secretary", "secretary-general",
    "minister", "premier", "chancellor", "senator", "sen", "congressman", "congresswoman",
    "representative", "rep", "governor", "gov", "mayor", "judge", "justice", "prosecutor",
    "general", "gen", "admiral", "adm", "colonel", "col", "captain", "capt", "lieutenant",
    "lt", "sergeant", "sgt", "major", "maj", "commander", "cmdr", "marshal", "brigadier",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "ceo", "cfo", "coo",
    "cto", "chairman", "chairwoman", "chairperson", "chair", "director", "director-general",
    "leader", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "emir",
    "sultan", "ayatollah", "cardinal", "archbishop", "bishop", "rabbi", "imam", "reverend",
    "rev", "commissioner", "speaker", "founder", "co-founder", "coach", "manager",
    "executive", "lawmaker", "legislator", "mp", "councillor", "councilman", "councilwoman",
    "sheriff", "inspector", "superintendent", "treasurer", "comptroller", "administrator",
    "undersecretary", "under-secretary", "dean", "professor", "prof", "negotiator",
    "adviser", "advisor", "aide", "attorney", "head", "chief", "officer", "president-elect",
    "crown prince", "monarch", "dictator", "strongman", "mogul", "billionaire", "tycoon",
    "economist", "analyst", "correspondent", "editor", "anchor", "diplomat", "pm",
    "deputy", "senior", "delegate", "candidate", "nominee", "ruler", "patriarch",
    "taoiseach", "tanaiste", "chancellor", "commissar", "ombudsman", "governor-general",
    "owner", "co-owner", "co-chair", "chief executive",
};

static const char *const title_modifiers[] = {
    "vice", "deputy", "prime", "foreign", "defense", "defence", "treasury", "finance",
    "interior", "home", "health", "trade", "commerce", "energy", "economy", "economic",
    "education", "labor", "labour", "agriculture", "transport", "transportation", "state",
    "homeland", "security", "supreme", "senior", "acting", "first", "press", "army",
    "navy", "air", "assistant", "under", "permanent", "special", "presidential", "royal",
    "crown", "grand", "lord", "majority", "minority", "opposition", "national", "federal",
    "cabinet", "affairs", "environment", "climate", "culture", "sports", "digital",
    "technology", "infrastructure", "veterans", "intelligence", "military", "armed",
    "forces", "border", "immigration", "development", "industry", "business",
    "employment", "welfare", "housing", "science", "information", "tourism", "budget",
    "policy", "operating", "financial", "technical", "managing", "legal",
    "communications", "political", "staff", "joint", "top", "high", "field", "rear",
    "chief", "executive", "general", "attorney", "solicitor", "police", "regional",
    "foreign affairs", "public", "private", "personal", "election", "campaign", "party",
    "house", "white", "central", "bank", "european", "commission", "council", "un",
    "nato", "eu", "state", "district", "circuit", "court", "appeals", "administrative",
    "emergency", "disaster", "justice", "interim", "caretaker",
    "co", "founding", "honorary", "war", "peace", "nuclear", "space",
    "trade", "investment", "resources", "mines", "oil", "petroleum", "water", "food",
    "social", "family", "women", "youth", "children", "internal", "external", "relations",
    "cooperation", "integration", "reintegration", "reconstruction", "territories",
    "occupied", "strategic", "industries", "mineral", "minerals",
};

static const char *const honorifics[] = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "mx", "madam",
    "monsieur", "herr", "frau", "senor", "señor",
};

static const char *const org_tails[] = {
    "party", "bank", "council", "agency", "university", "ministry", "department",
    "commission", "committee", "court", "parliament", "congress", "senate", "army",
    "navy", "forces", "police", "company", "corporation", "corp", "inc", "ltd", "llc",
    "plc", "ag", "sa", "gmbh", "nv", "bv", "group", "holdings", "institute",
    "foundation", "association", "union", "organization", "organisation", "fund",
    "office", "service", "services", "news", "times", "post", "journal", "network",
    "airlines", "airways", "motors", "technologies", "systems", "bureau", "authority",
    "board", "federation", "league", "alliance", "front", "movement", "guard",
    "administration", "reserve", "exchange", "tribunal", "cabinet", "government",
    "embassy", "consulate", "club", "fc", "trust", "partners", "capital", "securities",
    "petroleum", "media", "broadcasting", "television", "radio", "magazine", "gazette",
    "herald", "tribune", "telegraph", "chronicle", "college", "school", "academy",
    "hospital", "church", "brigade", "brigades", "battalion", "regiment", "division",
    "command", "corps", "coalition", "caucus", "directorate", "secretariat",
    "observatory", "watch", "international", "pharmaceuticals", "labs", "laboratories",
    "industries", "enterprises", "studios", "entertainment", "co", "assembly",
    "ministry", "guards", "forum", "institution", "centre", "center", "council",
    "bloc", "cartel", "militia", "junta", "kremlin", "houthis", "energy", "oil",
    "airways", "railways", "telecom", "investments", "ventures", "solutions",
    "platforms", "republic", "united", "rovers", "wanderers", "athletic", "hotspur",
    "albion", "democrats", "rally", "se", "spa", "asa", "oyj", "kgaa", "sc", "cf", "afc",
    "programme", "program", "unit",
};

static const char *const org_heads[] = {
    "ministry", "department", "university", "bank", "institute", "office", "council",
    "court", "commission", "organization", "organisation", "league", "federation",
    "union", "house", "chamber", "church", "academy", "college", "school", "bureau",
    "board", "committee", "assembly", "party", "government",
};

static const char *const event_tails[] = {
    "conference", "summit", "forum", "games", "olympics", "cup", "championship",
    "championships", "festival", "expo", "convention", "symposium", "talks", "prix",
    "marathon", "tournament", "awards", "week", "dialogue", "war", "crisis",
    "election", "elections", "referendum", "meeting", "fair", "show", "bowl", "olympiad",
    "biennale", "grand prix", "open",
};

static const char *const place_tails[] = {
    "oblast", "province", "region", "county", "district", "governorate", "prefecture",
    "island", "islands", "mountains", "mountain", "river", "valley", "desert", "sea",
    "lake", "bay", "strait", "peninsula", "canal", "coast", "heights", "plateau", "basin",
    "delta", "gulf", "ocean", "krai", "raion", "territory", "territories", "square",
    "airport", "bridge", "dam", "oblast's", "stadium", "arena", "oval", "shoal",
    "reef", "atoll",
};

static const char *const connectors[] = {
    "of", "and", "for", "the", "on", "&",
};

static const char *const particles[] = {
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "binti",
    "bint", "ibn", "al", "el", "la", "le", "ter", "ten", "dos", "das", "do", "y", "st",
    "mac", "zu", "af",
};

static const char *const calendar[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
    "ramadan", "eid", "hanukkah", "thanksgiving", "today", "tomorrow", "yesterday",
};

/* Capitalised words that name groups, faiths, directions or ideas: they
 * precede names ("Republican Mike Johnson") without being part of them. */
static const char *const not_names[] = {
    "republican", "republicans", "democrat", "democrats", "democratic", "conservative",
    "conservatives", "labour", "liberal", "liberals", "green", "greens", "socialist",
    "communist", "catholic", "muslim", "muslims", "christians", "jewish",
    "jews", "sunni", "shia", "shiite", "kurdish", "kurds", "arab", "arabs", "western",
    "eastern", "northern", "southern", "north", "south", "east", "west", "soviet",
    "islamic", "orthodox", "nazi", "nazis", "european", "europeans", "asian", "african",
    "latino", "hispanic", "god", "allah", "internet", "covid", "covid-19", "coronavirus",
    "english", "arabic", "latin", "breaking", "update", "updated", "exclusive", "live",
    "watch", "read", "photo", "video", "file", "source", "sources", "opinion", "analysis",
    "editorial", "advertisement", "subscribe", "share", "related", "more", "latest",
    "top", "new", "top stories",
    "tory", "tories", "gop", "maga", "ukrainian", "russian", "israeli", "palestinian",
    "chinese", "american", "british", "french", "german", "iranian", "indian",
    "mr", "mrs", "ms", "dr", "president", "minister", "secretary", "officials",
    "official", "federal", "national", "international", "global", "world", "earth",
    "moon", "sun", "mars", "bible", "quran", "koran", "parliament", "senate",
    "congress", "government", "ministry", "army", "police", "court", "state",
    "administration", "kingdom", "republic", "union", "coalition", "alliance",
};

static const char *const function_words[] = {
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "noted", "wrote",
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would",
    "could", "should", "may", "might", "must", "can", "did", "does", "do", "and", "or",
    "but", "nor", "who", "whom", "whose", "which", "that", "this", "these", "those",
    "on", "in", "at", "to", "for", "of", "with", "from", "by", "as", "about", "after",
    "before", "during", "since", "until", "while", "when", "where", "if", "than",
    "also", "not", "no", "yes", "a", "an", "the", "his", "her", "its", "their", "our",
    "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "my",
    "your", "there", "here", "then", "now", "just", "only", "even", "still", "already",
    "reported", "announced", "stated", "insisted", "warned", "claimed", "argued",
    "suggested", "emphasized", "emphasised", "stressed", "acknowledged", "rejected",
    "presented", "met", "visited", "spoke", "speaks", "called", "urged", "signed",
    "has", "having", "being", "against", "over", "under", "into", "onto", "via",
    "however", "meanwhile", "yet", "so", "because", "although", "though", "what",
    "why", "how", "some", "many", "most", "all", "both", "each", "every", "one", "two",
    "three", "its", "such", "last", "next", "earlier", "later", "according", "officials",
};

static const char *const acronym_stops[] = {
    "ceo", "cfo", "coo", "cto", "gdp", "tv", "am", "pm", "bc", "ad", "phd", "dna",
    "ok", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "id", "pdf",
    "faq", "usd", "eur", "gbp", "jpy", "cny", "rub", "uah", "inr", "vs", "etc", "ft",
    "km", "kg", "mph", "kph", "pct", "est", "gmt", "utc", "edt", "pdt", "cst", "pst",
    "bst", "cet", "eet", "msk", "q1", "q2", "q3", "q4", "ipo", "hq", "rip", "lol",
    "ai", "ev", "evs", "lng", "gw", "mw", "kw", "bn", "mn", "tn", "mp", "mps", "dc",
    "url", "www", "html", "http", "https", "rss", "api", "app", "apps", "ceo's", "jr",
    "sr", "covid", "aids", "hiv", "sars", "mers", "ebola", "nb", "ps", "pr",
    "nsfw", "diy", "asap", "fyi", "aka", "tba", "tbd", "gop", "maga", "lgbt", "lgbtq",
};

static const char *const name_suffixes[] = {
    "jr", "sr", "ii", "iii", "iv",
};

/* Lower-case uses of these do not make a title ("a major city", "the head of"). */
static const char *const weak_titles[] = {
    "owner", "co-owner",
    "general", "major", "head", "chief", "officer", "chair", "executive", "leader",
    "senior", "deputy", "founder", "manager", "coach", "director", "editor", "anchor",
    "analyst", "economist", "correspondent", "adviser", "advisor", "aide", "delegate",
    "candidate", "nominee", "ruler", "king", "queen", "prince", "princess", "justice",
    "representative", "speaker", "attorney", "administrator", "dean", "inspector",
    "captain", "marshal", "commander", "emperor", "monarch", "mogul", "billionaire",
    "tycoon", "strongman", "dictator", "negotiator", "diplomat", "treasurer",
};

/* Lower-case nouns that make the name before them an organisation:
 * "the Congress party", "the IG Metall union", "the Morena party". */
const char *const nc_org_nouns[] = {
    "party", "union", "group", "militia", "movement", "newspaper", "broadcaster",
    "agency", "firm", "company", "carmaker", "automaker", "airline", "bank", "lender",
    "club", "network", "conglomerate", "insurer", "retailer", "startup", "coalition",
    "alliance", "faction", "outlet", "daily", "publisher", "brand", "chain", "operator",
    "manufacturer", "maker", "chipmaker", "developer", "producer", "subsidiary", "unit",
    "regulator", "institute", "charity", "watchdog", "exchange", "telecom", "utility",
    "organisation", "organization", "foundation", "association", "supplier", "giant",
    "conglomerate", "fund", "team", NULL,
};

/* Only a cheap gate for figures.c's number_word_value, which has the values. */
static const char *const number_words[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "dozen",
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static unsigned char lower(char c)
{
    return (unsigned char)((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
}

static void add_words(nc_words *lx, const char *const *words, int n, unsigned flag)
{
    for (int i = 0; i < n; i++) {
        apr_size_t len = strlen(words[i]);
        void **v = nc_wordmap_slot(lx->words, words[i], len);
        *v = (void *)((uintptr_t)*v | flag);
        lx->filter[len & 31][lower(words[i][0]) & 31] |= 1u << (lower(words[i][len - 1]) & 31);
    }
}

nc_words *nc_words_build(apr_pool_t *p)
{
    nc_words *lx = apr_pcalloc(p, sizeof *lx);
    lx->words = nc_wordmap_make(p, 1024);
    add_words(lx, title_heads, COUNT(title_heads), NC_W_TITLE_HEAD);
    add_words(lx, title_modifiers, COUNT(title_modifiers), NC_W_TITLE_MOD);
    add_words(lx, honorifics, COUNT(honorifics), NC_W_HONORIFIC);
    add_words(lx, org_tails, COUNT(org_tails), NC_W_ORG_TAIL);
    add_words(lx, org_heads, COUNT(org_heads), NC_W_ORG_HEAD);
    add_words(lx, event_tails, COUNT(event_tails), NC_W_EVENT_TAIL);
    add_words(lx, place_tails, COUNT(place_tails), NC_W_PLACE_TAIL);
    add_words(lx, connectors, COUNT(connectors), NC_W_CONNECTOR);
    add_words(lx, particles, COUNT(particles), NC_W_PARTICLE);
    add_words(lx, calendar, COUNT(calendar), NC_W_CALENDAR);
    add_words(lx, not_names, COUNT(not_names), NC_W_NOT_NAME);
    add_words(lx, function_words, COUNT(function_words), NC_W_FUNCTION);
    add_words(lx, acronym_stops, COUNT(acronym_stops), NC_W_ACRONYM_STOP);
    add_words(lx, name_suffixes, COUNT(name_suffixes), NC_W_NAME_SUFFIX);
    add_words(lx, weak_titles, COUNT(weak_titles), NC_W_TITLE_WEAK);
    uint32_t i = 0;
    for (uint32_t b = 0; b <= 1u << NC_ORDINARY_BITS; b++) {
        while (i < (uint32_t)nc_n_ordinary_words &&
               (nc_ordinary_words[i] >> (32 - NC_ORDINARY_BITS)) < b)
            i++;
        lx->ordinary_from[b] = i;
    }
    add_words(lx, number_words, COUNT(number_words), NC_W_NUMBER);
    for (int i = 0; nc_org_nouns[i]; i++) {   /* and their plurals: a gate for actors.c */
        add_words(lx, &nc_org_nouns[i], 1, NC_W_ORG_NOUN);
        const char *plural = apr_pstrcat(p, nc_org_nouns[i], "s", NULL);
        add_words(lx, &plural, 1, NC_W_ORG_NOUN);
    }
    return lx;
}

/* Any case, one trailing '.' dropped ("Sen." is "sen"); words of 64 bytes
 * and more are in no class. */
unsigned nc_word_flags(const nc_words *lx, const char *w, apr_size_t len)
{
    if (len > 1 && w[len - 1] == '.')
        len--;
    if (len == 0 || len >= 64)
        return 0;
    if (!(lx->filter[len & 31][lower(w[0]) & 31] & (1u << (lower(w[len - 1]) & 31))))
        return 0;
    return (unsigned)(uintptr_t)nc_wordmap_get_folded(lx->words, w, len);
}

/* FNV-1a over the ASCII-lowercased bytes: the same function gen-places.pl uses. */
static uint32_t word_hash(const char *w, apr_size_t len)
{
    uint32_t h = 0x811c9dc5u;
    for (apr_size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

/* The hashes are sorted and spread evenly over 32 bits: their top bits
 * index a table of where each run starts, and a run holds about eight. */
int nc_word_is_ordinary(const nc_words *lx, const char *w, apr_size_t len)
{
    if (len < 2)
        return 0;
    uint32_t h = word_hash(w, len);
    uint32_t b = h >> (32 - NC_ORDINARY_BITS);
    for (uint32_t i = lx->ordinary_from[b]; i < lx->ordinary_from[b + 1]; i++) {
        uint32_t v = nc_ordinary_words[i];
        if (v >= h)
            return v == h;
    }
    return 0;
}
