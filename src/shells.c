/*
 * shells.c - finding error shells.
 *
 * A shell is a run of short blocks (headings, one-line paragraphs, text lines)
 * that says the page failed: "403", "Sorry!!", "We're sorry, but the page you
 * were looking for doesn't exist." Two kinds of evidence:
 *  - phrases: a sentence only an error page says, matched over the joined text
 *    of a run of adjacent short blocks (a sentence may be split over lines);
 *  - whole-block tokens: a block that is nothing but "404 Not Found" (strong)
 *    or "403" / "Sorry!!" / "Error!" (weak: a shell only next to strong
 *    evidence, so a lone "Error!" in an article is kept).
 * Long blocks are never shells: an article *about* errors keeps every byte.
 */
#define _GNU_SOURCE 1     /* memmem */
#include "shells.h"
#include "nc_regex.h"
#include "nc_pattern.h"

#include <string.h>
#include <apr_strings.h>

#define SHELL_MAX_BLOCK_WORDS 30     /* longer blocks are article text */

struct nc_shell_rules {
    apr_array_header_t *phrases;       /* of nc_regex *: error-page sentences */
    nc_regex *strong_token;            /* a whole block that is an error title */
    nc_regex *weak_token;              /* a whole block that is a bare code or exclamation */
    nc_regex *status_code;             /* a whole block that is a bare 4xx/5xx code */
    nc_regex *status_reason;           /* a whole block that is an HTTP reason phrase */
};

/* Sentences that only error pages say, in the languages news mirrors meet. */
static const char *const phrase_patterns[] = {
    /* English */
    "\\bthe (?:page|article|story|content|file|url|link) you(?:'re|’re| are| were| have)?\\s+"
        "(?:looking for|requested|request|tried to (?:access|reach|open)|trying to (?:access|reach)|followed)",
    "\\b(?:page|article|url|document|resource|file) (?:you requested )?(?:was|could|can|cannot|can't|has)?\\s*"
        "(?:not|n't|no longer)?\\s*(?:be )?(?:found|exists?)\\b.{0,40}(?:on this server|removed|moved|unavailable)",
    "\\bwe(?:'re|’re| are) sorry,? (?:but )?(?:the|this|that|we) (?:page|article|url|link|can(?:no|')t find)",
    "\\bthe requested (?:url|page|resource|document)\\b.{0,300}?\\b(?:was not found|could not be found|is not available)",
    "\\byou (?:don't|don’t|do not) have permission to access\\b",
    "\\b(?:has|have|could have|might have|may have) been removed, had its name changed,? or is temporarily unavailable",
    "\\byou may have mistyped the address\\b",
    "\\bif you are the application owner,? check the logs\\b",
    "\\b(?:whitelabel error page|no explicit mapping for /error)\\b|\\bthere was an unexpected error \\(type=",
    "\\bthe initial connection between cloudflare|\\bperformance (?:&|and) security by cloudflare\\b",
    "\\bthe requested resource (?:was not found|could not be found|is not available)\\b",
    "\\bsorry,? (?:but )?(?:this|the) page (?:doesn't|doesn’t|does not|can't|cannot|could not|no longer)\\b",
    "\\b(?:this|the) page (?:doesn't|doesn’t|does not|no longer) exists?\\b",
    "\\b(?:this|the) page (?:could not|cannot|can't|can’t) be found\\b",
    "\\bnothing (?:was )?found (?:at|for) this (?:location|address|url)\\b",
    "\\boops[!.,]*\\s+(?:that|this|the) page\\b",
    "\\b(?:guru meditation|backend fetch failed|varnish cache server)\\b",
    "\\bserver error in '[^']*' application\\b",
    "\\breference\\s*#\\s*[0-9a-f]+\\.[0-9a-f.]+",
    "\\bray id:?\\s*[0-9a-f]{8,}",
    "\\bthe (?:server|website|site) (?:is )?(?:temporarily )?(?:unable to|cannot|could not) (?:service|handle|complete) (?:your|the|this) request",
    "\\b(?:we )?(?:couldn't|couldn’t|could not|can't|can’t|cannot) find (?:the|that|this|your) page\\b",
    "\\b(?:we )?(?:couldn't|couldn’t|could not|can't|can’t|cannot) find what you(?:'re|’re| are| were) looking for\\b",
    "\\berror in the url\\b|\\bthe page (?:has|may have|might have) been (?:moved|deleted|removed)\\b",
    "\\btemporarily unable to service your request\\b",
    /* German, French, Spanish, Italian, Portuguese, Dutch, Polish */
    "\\b(?:wir )?(?:konnten|können) die (?:gesuchte |angeforderte )?seite nicht finden",
    "\\b(?:n'avons pas pu|n’avons pas pu|ne pouvons pas) trouver la page|\\bcette page n(?:'|’)existe (?:pas|plus)",
    "\\bno (?:hemos podido|se ha podido|pudimos|podemos) encontrar la página",
    "\\bnon (?:siamo riusciti a|è stato possibile) trovare la pagina|\\bla pagina richiesta non è disponibile",
    "\\bnão (?:conseguimos|foi possível) encontrar a página",
    "\\bwe kunnen (?:de|deze) pagina niet vinden",
    "\\bnie (?:możemy|mogliśmy|udało się) znaleźć (?:tej )?strony",
    "\\b(?:die )?(?:angeforderte |gesuchte )?seite (?:wurde )?(?:leider )?(?:nicht gefunden|existiert (?:leider )?nicht|konnte (?:leider )?nicht gefunden werden)",
    "\\b(?:la )?page (?:que vous (?:recherchez|cherchez|avez demandée) )?(?:est )?(?:introuvable|n'existe pas|n’existe pas|n'a pas été trouvée)",
    "\\b(?:la )?página (?:que (?:buscas|busca|estás buscando|solicitaste|você procura|procura) )?(?:no|não) (?:existe|se encuentra|se ha encontrado|foi encontrada|pode ser encontrada|encontrada)",
    "\\b(?:la )?pagina (?:che (?:stai cercando|cerchi) )?non (?:esiste|è stata trovata|trovata|è disponibile)",
    "\\b(?:de )?pagina (?:die (?:u|je) (?:zoekt|zocht) )?(?:is |werd |kon )?niet (?:gevonden|worden gevonden)|\\bpagina bestaat niet",
    "\\b(?:strona|stron[yę]),? (?:nie (?:istnieje|została znaleziona)|której szukasz)|\\bnie znaleziono strony",
    /* Russian, Ukrainian, Turkish, Arabic, Chinese, Japanese */
    "страниц[аы] (?:не найдена|не существует|не найдены)|запрашиваемая страница|не удалось найти страницу|такой страницы не существует",
    "не вдалося знайти сторінку|такої сторінки не існує",
    "sayfay[ıi] bulamad[ıi]k|aradığınız sayfaya ulaşılamıyor",
    "لم نتمكن من العثور على الصفحة",
    "无法找到(?:该)?页面|ページを表示できません|指定されたページは存在しません",
    "сторінк[уа] не (?:знайдено|існує)|сторінку не знайдено|запитувана сторінка",
    "\\b(?:aradığınız |istediğiniz )?sayfa (?:bulunamadı|mevcut değil)",
    "الصفحة (?:المطلوبة |التي تبحث عنها )?غير موجودة|لم يتم العثور على الصفحة",
    "页面不存在|找不到(?:该|您要的)?页面|您(?:访问|请求)的页面不存在|頁面不存在|找不到網頁|网页不存在",
    "ページが見つかりません|お探しのページ(?:は|が)|ページは存在しません",
    NULL
};

/* Every phrase above contains one of these words, so text without any of them
 * needs no phrase scan. Latin-script words are matched as lower-case word
 * prefixes in one pass; the other scripts' stems (no case to fold, or a
 * capital we avoid) are searched only in text that has non-ASCII bytes. */
static const char *const trigger_prefixes[] = {
    "look", "request", "tried", "trying", "followed", "found", "exist", "sorry",
    "permission", "changed", "oops", "guru", "backend", "varnish", "error",
    "reference", "ray", "seite", "introuvable", "trouv", "pagina", "stron",
    "znaleziono", "sayfa", "removed", "mistyped", "owner", "whitelabel", "mapping",
    "unexpected", "initial", "performance", "find", "url", "moved", "deleted", "temporarily",
    "konnten", "können", "trouver", "cette", "encontrar", "trovare", "richiesta", "kunnen",
    "znale", NULL
};
static const char *const trigger_stems[] = {
    "ágina", "траниц", "торінк", "الصفحة", "页面", "找不到", "頁面", "網頁", "网页", "ページ",
    "możemy", "mogliśmy", "udało", "ulaşılamıyor", NULL
};

static int ascii_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int word_is_trigger(const char *w, apr_size_t n)
{
    char lower[16];
    apr_size_t k = n < sizeof lower ? n : sizeof lower;
    for (apr_size_t i = 0; i < k; i++)
        lower[i] = (char)(w[i] | 0x20);
    for (int t = 0; trigger_prefixes[t]; t++) {
        const char *pfx = trigger_prefixes[t];
        if (pfx[0] != lower[0])
            continue;
        apr_size_t len = strlen(pfx);
        if (len <= k && memcmp(lower, pfx, len) == 0)
            return 1;
    }
    return 0;
}

#define NC_TRIGGER_STEMS 14
#define NC_NOT_SEARCHED ((apr_size_t)-1)

/* Where each non-Latin stem next occurs, so each is searched once per text. */
typedef struct trigger_scan {
    const char *text;
    apr_size_t  len;
    int         non_latin;      /* has bytes beyond ASCII, Latin-1 and punctuation */
    apr_size_t  stem_at[NC_TRIGGER_STEMS];
} trigger_scan;

static void trigger_scan_init(trigger_scan *ts, const char *text, apr_size_t len)
{
    ts->text = text;
    ts->len = len;
    ts->non_latin = 0;
    for (apr_size_t i = 0; i < len && !ts->non_latin; i++) {
        unsigned char c = (unsigned char)text[i];
        ts->non_latin = c >= 0x80 && c != 0xC2 && c != 0xC3 && c != 0xE2 && (c & 0xC0) != 0x80;
        ts->non_latin |= c == 0xC3 && i + 1 < len && ((unsigned char)text[i + 1] == 0x81
                                                      || (unsigned char)text[i + 1] == 0xA1);
    }
    for (int t = 0; t < NC_TRIGGER_STEMS; t++)
        ts->stem_at[t] = NC_NOT_SEARCHED;
}

/* Offset of the first trigger at or after pos, or len. */
static apr_size_t next_trigger(trigger_scan *ts, apr_size_t pos)
{
    const char *s = ts->text;
    apr_size_t len = ts->len, found = len;
    for (int t = 0; ts->non_latin && trigger_stems[t]; t++) {
        if (ts->stem_at[t] == NC_NOT_SEARCHED || ts->stem_at[t] < pos) {
            const char *hit = memmem(s + pos, len - pos, trigger_stems[t], strlen(trigger_stems[t]));
            ts->stem_at[t] = hit ? (apr_size_t)(hit - s) : len;
        }
        if (ts->stem_at[t] < found)
            found = ts->stem_at[t];
    }
    for (apr_size_t i = pos; i < found;) {
        if (!ascii_letter((unsigned char)s[i])) {
            i++;
            continue;
        }
        apr_size_t w = i;
        while (i < len && ascii_letter((unsigned char)s[i]))
            i++;
        if ((w == 0 || !ascii_letter((unsigned char)s[w - 1])) && word_is_trigger(s + w, i - w))
            return w;
    }
    return found;
}

/* How many blocks either side of a trigger word a phrase may reach into. */
#define TRIGGER_REACH 2

/* Whole-block titles of error pages (after trailing punctuation is ignored). */
static const char *const strong_token_pattern =
    "^\\W*(?:"
    "(?:(?:http )?(?:error|fehler|erreur|errore|erro) )?[45]\\d\\d(?:\\.\\d+)?\\W{0,3}"
        "(?:error|not found|page not found|file or directory not found|forbidden|unauthori[sz]ed|gone|bad request|bad gateway|"
        "service (?:temporarily )?unavailable|gateway time-?out|internal server error|access denied|"
        "nicht gefunden|seite nicht gefunden|introuvable|page introuvable|no encontrad[ao]|non trovata|"
        "não encontrad[ao]|niet gevonden|nie znaleziono|не найдена|не знайдено|bulunamadı|غير موجودة|"
        "页面不存在|見つかりません)"
    "|(?:page|file|document|article|file or directory) not found|not found|nothing found|forbidden|access denied|"
        "(?:the )?resource cannot be found|"
        "unauthori[sz]ed access|service unavailable|bad gateway|internal server error"
    "|seite nicht gefunden|page introuvable|page non trouvée|página no encontrada|pagina non trovata|"
        "página não encontrada|pagina niet gevonden|nie znaleziono strony|strona nie istnieje|"
        "страница не найдена|сторінку не знайдено|sayfa bulunamadı|الصفحة غير موجودة|页面不存在|"
        "頁面不存在|ページが見つかりません"
    "|(?:http )?error [45]\\d\\d(?:\\.\\d+)?"
    ")\\W*$";

static const char *const weak_token_pattern =
    "^\\W*(?:(?:error|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー)\\s*)?[45]\\d\\d(?:\\.\\d+)?\\W*$"
    "|^\\W*(?:sorry|we're sorry|we’re sorry|oops|whoops|oeps|error|uh[- ]oh|hoppla|ups|oups|désolé|lo sentimos|"
        "ci dispiace|desculpe|sajnáljuk|przepraszamy|извините|упс|ой|вибачте|üzgünüz|عذرا|抱歉|对不起|"
        "申し訳ありません|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー)\\W*$"
    "|^\\W*(?:nginx|apache|microsoft-iis|varnish|cloudflare|openresty)\\b[\\w/. ()-]{0,80}$"
    "|^\\W*(?:xid|ray id|error code|reference|request id):?\\s*[\\w.#-]{3,40}\\W*$"
    /* an HTTP status's reason phrase on a line of its own */
    "|^\\W*(?:gone|unauthori[sz]ed|payment required|not acceptable|request time-?out|conflict|"
        "too many requests|server error|gateway time-?out|connection timed out|web server is down|"
        "origin is unreachable|a timeout occurred|service temporarily unavailable)\\W*$"
    /* a server's timestamp line: "Tue Nov 26 10:12:01 UTC 2024" */
    "|^\\W*(?:\\w+,? ){0,3}\\d{1,2}:\\d\\d:\\d\\d(?: \\w+){0,3}\\W*$"
    /* the way out of an error page */
    "|^\\W*(?:(?:go |get )?back to (?:the )?(?:home ?page|home|front page|start page)|"
        "(?:go|return) to (?:the )?(?:home ?page|home|front page)|zurück zur startseite|"
        "retour (?:à la page d'accueil|à l'accueil|à l’accueil)|volver (?:a la portada|al inicio)|"
        "torna alla (?:home ?page|pagina iniziale)|voltar (?:à|para a) página inicial|"
        "terug naar (?:de )?(?:home ?page|startpagina|voorpagina)|(?:wróć|powrót) do strony głównej|"
        "(?:вернуться )?на главную(?: страницу)?|(?:повернутися )?на головну(?: сторінку)?|"
        "ana sayfaya (?:dön|git)|العودة إلى الصفحة الرئيسية|返回首页|トップページ(?:へ|に)戻る)\\W*$";

/* "410" over "Gone": a bare code next to its reason phrase is an error title. */
static const char *const status_code_pattern =
    "^\\W*(?:(?:http|error|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー)\\s*)?[45]\\d\\d\\W*$";
static const char *const status_reason_pattern =
    "^\\W*(?:bad request|unauthori[sz]ed|payment required|forbidden|not found|method not allowed|"
    "not acceptable|request time-?out|conflict|gone|too many requests|internal server error|"
    "not implemented|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|"
    "connection timed out|web server is down|origin is unreachable)\\W*$";

nc_shell_rules *nc_shell_rules_create(apr_pool_t *p, char **err)
{
    nc_shell_rules *r = apr_pcalloc(p, sizeof *r);
    r->phrases = apr_array_make(p, 32, sizeof(nc_regex *));
    for (int i = 0; phrase_patterns[i]; i++) {
        nc_regex *re = nc_regex_compile(p, phrase_patterns[i], 0, err);
        if (!re) {
            *err = apr_psprintf(p, "built-in shell phrase %d: %s", i, *err);
            return NULL;
        }
        APR_ARRAY_PUSH(r->phrases, nc_regex *) = re;
    }
    if (!(r->strong_token = nc_regex_compile(p, strong_token_pattern, 0, err))
        || !(r->weak_token = nc_regex_compile(p, weak_token_pattern, 0, err))
        || !(r->status_code = nc_regex_compile(p, status_code_pattern, 0, err))
        || !(r->status_reason = nc_regex_compile(p, status_reason_pattern, 0, err)))
        return NULL;
    return r;
}

/* --- runs of short blocks --------------------------------------------------- */

typedef struct run_block {
    int index;               /* in model->blocks */
    apr_size_t from, to;     /* its text's place in the joined run text */
    int strong, weak;
    int code, reason;        /* a bare status code; an HTTP reason phrase */
} run_block;

/* A <title> is the page's own unless it sits inside the body: then it is the
 * title of an error document pasted into the page, and evidence like any block. */
static int candidate(const nc_docmodel *m, const nc_block *b)
{
    if (b->text_len == 0)
        return 0;
    if (b->role != NC_ROLE_TITLE)
        return 1;
    return b->parent >= 0 && strcmp(APR_ARRAY_IDX(m->blocks, b->parent, nc_block).tag, "html") != 0;
}

/* Is pos (an offset into text) inside a quotation that opened earlier in the
 * text? An article that quotes an error message is not an error page. */
static int quoted_at(const char *text, apr_size_t pos)
{
    int depth = 0, straight = 0;
    for (apr_size_t i = 0; i < pos; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"') {
            straight = !straight;
        } else if (c == 0xE2 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            unsigned char k = (unsigned char)text[i + 2];
            depth += k == 0x9C || k == 0x9E ? 1 : k == 0x9D && depth > 0 ? -1 : 0;   /* “ „ ” */
        } else if (c == 0xC2 && i + 1 < pos) {
            unsigned char k = (unsigned char)text[i + 1];
            depth += k == 0xAB ? 1 : k == 0xBB && depth > 0 ? -1 : 0;                   /* « » */
        }
    }
    return depth > 0 || straight;
}

/* text starts at offset base of the run's joined text (rb's coordinates).
 * Returns -1 when PCRE2 stopped at its match or depth limit, else 0. */
static int mark_phrase_matches(const nc_regex *re, pcre2_match_data *md, const char *text,
                               apr_size_t len, run_block *rb, int n, apr_size_t base)
{
    apr_size_t pos = 0, ms, me;
    int rc = 0;
    while (pos < len && (rc = nc_regex_search(re, md, text, len, pos, &ms, &me)) > 0) {
        for (int i = 0; i < n; i++) {
            if (!(rb[i].from < base + me && base + ms < rb[i].to))
                continue;
            apr_size_t at = base + ms > rb[i].from ? base + ms - base : rb[i].from - base;
            apr_size_t block_start = rb[i].from - base;
            if (!quoted_at(text + block_start, at - block_start))
                rb[i].strong = 1;
        }
        pos = me > ms ? me : ms + 1;
    }
    return rc < 0 ? -1 : 0;
}

/* Scans the phrases only over windows of blocks around trigger words. */
static void mark_triggered_phrases(const nc_shell_rules *r, pcre2_match_data *md,
                                   const char *text, apr_size_t len, run_block *rb, int n)
{
    apr_size_t pos = 0, ms, scanned_to = 0;
    int b = 0;
    trigger_scan ts;
    trigger_scan_init(&ts, text, len);
    while (pos < len && (ms = next_trigger(&ts, pos)) < len) {
        while (b + 1 < n && rb[b].to < ms)
            b++;
        int first = b - TRIGGER_REACH < 0 ? 0 : b - TRIGGER_REACH;
        int last = b + TRIGGER_REACH >= n ? n - 1 : b + TRIGGER_REACH;
        apr_size_t from = rb[first].from > scanned_to ? rb[first].from : scanned_to;
        apr_size_t to = rb[last].to;
        if (from < to) {
            for (int i = 0; i < r->phrases->nelts; i++)
                mark_phrase_matches(APR_ARRAY_IDX(r->phrases, i, nc_regex *), md,
                                    text + rb[first].from, to - rb[first].from,
                                    rb + first, last - first + 1, rb[first].from);
            scanned_to = to;
        }
        pos = to > ms + 1 ? to : ms + 1;
    }
}

/* Weak blocks count only when a chain of shell blocks joins them to strong evidence. */
static int spread_from_strong(run_block *rb, int n)
{
    int any = 0;
    for (int i = 0; i < n; i++)
        any |= rb[i].strong;
    if (!any)
        return 0;
    int changed = 1;
    while (changed) {
        changed = 0;
        for (int i = 0; i < n; i++) {
            if (rb[i].strong || !rb[i].weak)
                continue;
            if ((i > 0 && rb[i - 1].strong) || (i + 1 < n && rb[i + 1].strong)) {
                rb[i].strong = 1;
                changed = 1;
            }
        }
    }
    return 1;
}

/* Short blocks between two paragraphs of prose under the same parent are part
 * of that prose ("Not found." as a one-line paragraph of a story), whatever
 * they say: a glued-on shell sits beside the story, not inside its paragraphs. */
static int inside_prose(const nc_docmodel *m, const int *idx, int n, int before, int after)
{
    if (before < 0 || after < 0)
        return 0;
    int parent = APR_ARRAY_IDX(m->blocks, before, nc_block).parent;
    if (parent < 0 || APR_ARRAY_IDX(m->blocks, after, nc_block).parent != parent)
        return 0;
    for (int i = 0; i < n; i++)
        if (APR_ARRAY_IDX(m->blocks, idx[i], nc_block).parent != parent)
            return 0;
    return 1;
}

/* extra_off[i]: the operator's pattern i hit PCRE2's limit earlier on this
 * page and is not tried again on it (hostile fixture regex.html: 2,000 runs
 * of "aaa...ab" against "^(a+)+$" cost every run the whole match limit). */
static int mark_run(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                    nc_docmodel *m, const int *idx, int n, const apr_array_header_t *extra,
                    char *extra_off, char *weak_blocks, int prose_before, int prose_after)
{
    nc_buf joined;
    nc_buf_init(&joined, p, 256);
    run_block *rb = apr_pcalloc(p, sizeof(run_block) * (apr_size_t)n);
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        apr_size_t ms, me;
        if (i)
            nc_buf_append_char(&joined, ' ');
        rb[i].index = idx[i];
        rb[i].from = joined.len;
        nc_buf_append(&joined, b->text, b->text_len);
        rb[i].to = joined.len;
        rb[i].strong = nc_regex_find(r->strong_token, md, b->text, b->text_len, 0, &ms, &me)
                       && b->words <= 8;
        rb[i].weak = nc_regex_find(r->weak_token, md, b->text, b->text_len, 0, &ms, &me);
        weak_blocks[idx[i]] = (char)rb[i].weak;
        if (rb[i].weak && b->words <= 3) {
            rb[i].code = nc_regex_find(r->status_code, md, b->text, b->text_len, 0, &ms, &me);
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        } else if (rb[i].strong) {
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        }
    }
    for (int i = 0; i + 1 < n; i++)
        if ((rb[i].code && rb[i + 1].reason) || (rb[i].reason && rb[i + 1].code))
            rb[i].strong = rb[i + 1].strong = 1;
    mark_triggered_phrases(r, md, joined.data, joined.len, rb, n);
    for (int i = 0; extra && i < extra->nelts; i++)
        if (!extra_off[i]
            && mark_phrase_matches(nc_pattern_regex(APR_ARRAY_IDX(extra, i, const nc_pattern *)),
                                   md, joined.data, joined.len, rb, n, 0) < 0)
            extra_off[i] = 1;
    if (!spread_from_strong(rb, n))
        return 0;
    if (inside_prose(m, idx, n, prose_before, prose_after))
        return 0;

    int regions = 0;
    for (int i = 0; i < n; i++) {
        if (!rb[i].strong)
            continue;
        if (i == 0 || !rb[i - 1].strong)
            regions++;
        APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).verdict = NC_SHELL;
    }
    return regions;
}

/* Does a class or id name the element as an error message? Whole name parts
 * only ("error-page", "err_box", "notfound", "page-404"), so "terrorism" is not. */
int nc_hint_names_error(const char *hint)
{
    const char *s = hint;
    while (*s) {
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
            s++;
        const char *w = s;
        while ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
            s++;
        apr_size_t n = (apr_size_t)(s - w);
        if ((n >= 5 && strncmp(w, "error", 5) == 0) || (n == 3 && strncmp(w, "err", 3) == 0)
            || (n >= 8 && strncmp(w, "notfound", 8) == 0)
            || (n == 3 && (w[0] == '4' || w[0] == '5') && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9'))
            return 1;
        if (n == 3 && strncmp(w, "not", 3) == 0 && (strncmp(s, "-found", 6) == 0 || strncmp(s, "_found", 6) == 0))
            return 1;
    }
    return 0;
}

/* The element that holds block i and names itself an error message, or -1. */
static int error_container_of(const nc_docmodel *m, int i)
{
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (!strcmp(c->tag, "body") || !strcmp(c->tag, "html") || !strcmp(c->tag, "main"))
            return -1;
        if (nc_hint_names_error(c->hint))
            return a;
    }
    return -1;
}

/* A shell wrapped around the article has its parts on both sides of the story:
 * a weak block ("Back to the home page") that no run joins to strong evidence
 * still belongs to the shell when it shares an error-named container with it. */
static int spread_in_error_containers(apr_pool_t *p, nc_docmodel *m, const char *weak_blocks)
{
    int regions = 0;
    signed char *holds_shell = NULL;      /* per container: -1 not looked at yet, 0, 1 */
    for (int i = 0; i < m->blocks->nelts; i++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!weak_blocks[i] || b->verdict != NC_KEEP)
            continue;
        int c = error_container_of(m, i);
        if (c < 0)
            continue;
        if (!holds_shell) {
            holds_shell = apr_palloc(p, (apr_size_t)m->blocks->nelts);
            memset(holds_shell, -1, (apr_size_t)m->blocks->nelts);
        }
        if (holds_shell[c] < 0) {
            int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
            holds_shell[c] = 0;
            for (int j = c + 1; j <= last && !holds_shell[c]; j++)
                holds_shell[c] = APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL;
        }
        if (holds_shell[c]) {
            b->verdict = NC_SHELL;
            regions++;
        }
    }
    return regions;
}

int nc_shells_mark(const nc_shell_rules *rules, apr_pool_t *p, nc_docmodel *m,
                   const apr_array_header_t *extra)
{
    pcre2_match_data *md = nc_regex_match_data(p);
    if (!md)
        return 0;
    int nblocks = m->blocks->nelts, regions = 0, n = 0, prose = -1;
    int *run = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
    char *weak_blocks = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *extra_off = extra && extra->nelts > 0 ? apr_pcalloc(p, (apr_size_t)extra->nelts) : NULL;
    for (int i = 0; i <= nblocks; i++) {
        const nc_block *b = i < nblocks ? &APR_ARRAY_IDX(m->blocks, i, nc_block) : NULL;
        if (b && !candidate(m, b))
            continue;                       /* empty containers do not break a run */
        if (b && b->words <= SHELL_MAX_BLOCK_WORDS) {
            run[n++] = i;
            continue;
        }
        if (n)
            regions += mark_run(rules, p, md, m, run, n, extra, extra_off, weak_blocks, prose, b ? i : -1);
        n = 0;
        prose = b ? i : -1;
    }
    if (regions)
        regions += spread_in_error_containers(p, m, weak_blocks);
    return regions;
}
