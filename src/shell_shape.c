/*
 * shell_shape.c - an error shell judged by its shape beside the story.
 *
 * A site's own 404 box ("Well, this is awkward. The page you were after has
 * wandered off." over "Back to the front page" and "Search our archive")
 * says nothing the phrase lists, the catalogs or the learned model know,
 * in a box whose class names no error ("panel", "box", "hero", none). What
 * it still has is an error page's shape, glued beside a story that stays:
 *  - a short run: two to eight short blocks, at most 60 words, no long one;
 *  - it heads itself: its first block is a title that shares no word with
 *    the page's <title> or the story while the <title> names the story, or
 *    it is a bare status code;
 *  - it says something: a block of five words or more with no link in it
 *    (a menu, a breadcrumb or a tag list is all links);
 *  - it sends the reader away: a link to the site's root or back, a search
 *    form, a link to a search;
 *  - it is foreign to the story: at most a third of its content words are
 *    the story's;
 *  - it sits right beside the story: the nearest text before or after the
 *    story's path of elements, or on both sides of it in one box (around);
 *  - and the learned model does not call its words a story's.
 * Each sign alone is common (a subscription box heads itself and sends to
 * an offer; a correction says something foreign to no story; a cookie note
 * has a button), so only all of them together make a shell. A notice about
 * the story (updated, corrected, live blog) shares its words or sends
 * nowhere; a paywall's or a newsletter's box sends to an offer, not away.
 * Once the page has a shell, a second box beside the story that sends
 * away and is foreign to it ("You can:" over "Back to the front page",
 * "Search") is the same shell's other half.
 */
#include "shell_shape.h"
#include "shell_model.h"
#include "shells.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_hash.h>
#include <apr_strings.h>

#define SHAPE_LONG_WORDS 30      /* longer blocks are prose (shells.c's limit) */
#define SHAPE_MAX_BLOCKS 8
#define SHAPE_MAX_WORDS 60
/* A site's own 404 box may say its joke or apology in one paragraph longer
 * than a shell's lines ("We sent our best reporter to find the page you
 * asked for, and she came back with nothing but a cold coffee...", 37
 * words): one such block, and only under the box's own title. */
#define SHAPE_LONG_LINE_WORDS 50
/* ... and the model must not be sure that line is a story's (log-odds -2):
 * a joke reads like prose, and "whatever was here may have moved on"
 * scores -1 where a story's sentence scores -8 and below */
#define SHAPE_LONG_LINE_VETO (-2 * NC_SHELL_MODEL_SCALE)
#define SHAPE_TITLE_WORDS 8      /* a short line that heads a box */
#define SHAPE_SAYS_WORDS 5
#define SHAPE_STORY_TEXT 65536   /* story text read for its words, at most */
#define SHAPE_MAX_VISIT 256      /* blocks inside one sibling, at most */
#define SHAPE_UNLINKED 4         /* letters outside links: no menu, no masthead */
/* The model need not call the box a shell (its word for a shell is 2, in
 * shells.c), only not call its words a story's: the shape decides. The
 * ap-* set's shells the model had not seen scored 0.7 and up. */
#define SHAPE_MODEL_FLOOR 0

/* --- content words ----------------------------------------------------------- */

struct nc_word_set {
    apr_hash_t *keys;
    apr_pool_t *pool;
};

nc_word_set *nc_word_set_make(apr_pool_t *p)
{
    nc_word_set *s = apr_palloc(p, sizeof *s);
    s->keys = apr_hash_make(p);
    s->pool = p;
    return s;
}

/* Capitals to small letters: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
static apr_uint32_t fold_cp(apr_uint32_t c)
{
    if (c >= 0x41 && c <= 0x5A)
        return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if (c >= 0x100 && c <= 0x17F && !(c & 1) && c != 0x130 && c != 0x138)
        return c + 1;
    if (c >= 0x391 && c <= 0x3A9)
        return c + 0x20;
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

static int cjk(apr_uint32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

static int hangul(apr_uint32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

static int letter(apr_uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c < 0xC0 || c == 0xD7 || c == 0xF7)
        return 0;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD)
        return 0;
    return 1;
}

static apr_size_t put_utf8(char *out, apr_uint32_t c)
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F)); return 4;
}

#define KEY_CPS 6

typedef void key_fn(void *ctx, const char *key, apr_size_t len);

/* Calls fn for each content-word key of text: a word of 5+ letters by its
 * first six (inflections of one stem meet), a Hangul word of 2+ syllables
 * by its first two (particles follow the stem), and each pair of
 * neighbouring CJK characters. Words of digits only are no content word. */
static void each_key(const char *text, apr_size_t len, key_fn *fn, void *ctx)
{
    const unsigned char *s = (const unsigned char *)text;
    apr_uint32_t word[KEY_CPS], prev_cjk = 0;
    int n = 0, letters = 0, alpha = 0;
    apr_size_t i = 0;
    for (;;) {
        apr_uint32_t c = i >= len ? 0
                         : fold_cp(s[i] < 0x80 ? s[i++] : nc_shell_model_next_code_point(s, len, &i));
        int in_word = c && letter(c) && !cjk(c);
        if (in_word) {
            if (n < KEY_CPS)
                word[n++] = c;
            letters++;
            alpha |= !(c >= '0' && c <= '9');
        }
        else if (letters) {
            int keep = hangul(word[0]) ? letters >= 2 : letters >= 5;
            if (keep && alpha) {
                char key[KEY_CPS * 4];
                apr_size_t k = 0;
                int cps = hangul(word[0]) ? 2 : n;
                for (int j = 0; j < cps; j++)
                    k += put_utf8(key + k, word[j]);
                fn(ctx, key, k);
            }
            n = letters = alpha = 0;
        }
        if (c && cjk(c)) {
            if (prev_cjk) {
                char key[8];
                apr_size_t k = put_utf8(key, prev_cjk);
                k += put_utf8(key + k, c);
                fn(ctx, key, k);
            }
            prev_cjk = c;
        }
        else
            prev_cjk = 0;
        if (!c)
            break;
    }
}

static void add_key(void *ctx, const char *key, apr_size_t len)
{
    nc_word_set *s = ctx;
    if (!apr_hash_get(s->keys, key, (apr_ssize_t)len))
        apr_hash_set(s->keys, apr_pstrmemdup(s->pool, key, len), (apr_ssize_t)len, s);
}

void nc_word_set_add_text(nc_word_set *s, const char *text, apr_size_t len)
{
    each_key(text, len, add_key, s);
}

typedef struct overlap_ctx {
    const nc_word_set *against;
    nc_word_set *seen;
    int shared, total;
} overlap_ctx;

static void count_key(void *ctx, const char *key, apr_size_t len)
{
    overlap_ctx *o = ctx;
    if (apr_hash_get(o->seen->keys, key, (apr_ssize_t)len))
        return;
    add_key(o->seen, key, len);
    o->total++;
    o->shared += apr_hash_get(o->against->keys, key, (apr_ssize_t)len) != NULL;
}

void nc_word_set_overlap(const nc_word_set *s, apr_pool_t *p, const char *text, apr_size_t len,
                         int *shared, int *total)
{
    overlap_ctx o = { s, nc_word_set_make(p), 0, 0 };
    each_key(text, len, count_key, &o);
    *shared = o.shared;
    *total = o.total;
}

/* --- what a notice says ------------------------------------------------------- */

/* A box that sends the reader nowhere ("Сайт тимчасово недоступний через
 * технічні роботи. Будь ласка, спробуйте пізніше.") has only its words.
 * Four kinds of them, each common alone beside a story ("Comments are
 * closed", "Sorry, this video is for subscribers", "Updated later today",
 * "moved from our old site"), so a notice needs two kinds (one more block
 * of a shell the page already has needs one): that the page failed or is
 * unavailable, that it is temporary or to be tried again, an apology,
 * that it is gone. Stems, lower case as fold_cp folds, matched at a word's
 * start (anywhere in CJK and kana); a bare 4xx/5xx code counts as a
 * failure. In the corpus's languages, the 14 and Czech, Greek, Korean. */
enum { NOTICE_FAILED = NC_NOTICE_FAILED, NOTICE_LATER = NC_NOTICE_LATER, NOTICE_SORRY = NC_NOTICE_SORRY,
       NOTICE_GONE = NC_NOTICE_GONE, NOTICE_DENIED = NC_NOTICE_DENIED, NOTICE_BROWSER = NC_NOTICE_BROWSER,
       NOTICE_ENABLE = NC_NOTICE_ENABLE, NOTICE_HOME = NC_NOTICE_HOME, NOTICE_DOMAIN = NC_NOTICE_DOMAIN,
       NOTICE_SALE = NC_NOTICE_SALE };

typedef struct notice_stem {
    const char *stem;
    unsigned short kind;
    unsigned char whole;        /* the whole word, not a stem ("erro", "fout") */
} notice_stem;

#define F NOTICE_FAILED
#define L NOTICE_LATER
#define S NOTICE_SORRY
#define G NOTICE_GONE
#define D NOTICE_DENIED
#define W NOTICE_BROWSER
#define E NOTICE_ENABLE
#define H NOTICE_HOME
#define N NOTICE_DOMAIN
#define V NOTICE_SALE
static const notice_stem notice_stems[] = {
    { "error", F, 0 }, { "unavailable", F, 0 }, { "not available", F, 0 }, { "not found", F, 0 },
    { "could not be", F, 0 }, { "cannot be displayed", F, 0 }, { "failed to load", F, 0 },
    { "went wrong", F, 0 }, { "out of service", F, 0 }, { "maintenance", F, 0 },
    { "fehler", F, 0 }, { "störung", F, 0 }, { "nicht erreichbar", F, 0 }, { "nicht verfügbar", F, 0 },
    { "nicht gefunden", F, 0 }, { "nicht abrufbar", F, 0 }, { "nicht geladen", F, 0 }, { "wartung", F, 0 },
    { "erreur", F, 0 }, { "indisponib", F, 0 }, { "introuvable", F, 0 }, { "pas disponible", F, 0 },
    { "plus disponible", F, 0 }, { "impossible d", F, 0 },
    { "no disponible", F, 0 }, { "no está disponible", F, 0 }, { "no existe", F, 0 }, { "no se encontr", F, 0 },
    { "no se ha encontrado", F, 0 }, { "no se pudo", F, 0 }, { "mantenimiento", F, 0 }, { "fuera de servicio", F, 0 },
    { "errore", F, 0 }, { "non disponibile", F, 0 }, { "non è disponibile", F, 0 }, { "non esiste", F, 0 },
    { "non trovat", F, 0 }, { "non è stato possibile", F, 0 }, { "manutenzione", F, 0 },
    { "erro", F, 1 }, { "indisponível", F, 0 }, { "não está disponível", F, 0 }, { "não existe", F, 0 },
    { "não encontrad", F, 0 }, { "não foi possível", F, 0 }, { "manutenção", F, 0 }, { "fora do ar", F, 0 },
    { "fout", F, 1 }, { "storing", F, 1 }, { "niet beschikbaar", F, 0 }, { "niet bereikbaar", F, 0 },
    { "niet gevonden", F, 0 }, { "bestaat niet", F, 0 }, { "onderhoud", F, 0 },
    { "błąd", F, 0 }, { "niedostępn", F, 0 }, { "nie znaleziono", F, 0 }, { "nie istnieje", F, 0 },
    { "nie można", F, 0 }, { "nie udało", F, 0 }, { "awari", F, 0 }, { "prac techniczn", F, 0 },
    { "prace techniczn", F, 0 }, { "prac serwisow", F, 0 }, { "prace serwisow", F, 0 }, { "przerwa techniczn", F, 0 },
    { "ошибк", F, 0 }, { "недоступ", F, 0 }, { "не найден", F, 0 }, { "не существует", F, 0 },
    { "не удалось", F, 0 }, { "сбой", F, 0 }, { "технические работы", F, 0 }, { "технических работ", F, 0 },
    { "помилк", F, 0 }, { "не знайден", F, 0 }, { "не існує", F, 0 }, { "не вдалося", F, 0 },
    { "збій", F, 0 }, { "технічні роботи", F, 0 }, { "технічних робіт", F, 0 },
    { "hata", F, 0 }, { "ulaşılamıyor", F, 0 }, { "kullanılamıyor", F, 0 }, { "erişilemiyor", F, 0 },
    { "bulunamadı", F, 0 }, { "mevcut değil", F, 0 }, { "bakım", F, 0 },
    { "خطأ", F, 0 }, { "غير متاح", F, 0 }, { "غير متوفر", F, 0 }, { "غير موجود", F, 0 }, { "تعذر", F, 0 },
    { "لم يتم العثور", F, 0 }, { "صيانة", F, 0 },
    { "错误", F, 0 }, { "錯誤", F, 0 }, { "出错", F, 0 }, { "出錯", F, 0 }, { "无法", F, 0 }, { "無法", F, 0 },
    { "不存在", F, 0 }, { "找不到", F, 0 }, { "繁忙", F, 0 }, { "维护", F, 0 }, { "維護", F, 0 },
    { "エラー", F, 0 }, { "見つかりません", F, 0 }, { "できません", F, 0 }, { "存在しません", F, 0 },
    { "メンテナンス", F, 0 }, { "障害", F, 0 },
    { "오류", F, 0 }, { "에러", F, 0 }, { "찾을 수 없", F, 0 }, { "표시할 수 없", F, 0 }, { "이용할 수 없", F, 0 },
    { "접속할 수 없", F, 0 }, { "점검", F, 0 },
    { "chyba", F, 0 }, { "nedostupn", F, 0 }, { "nenalezen", F, 0 }, { "neexistuje", F, 0 }, { "údržb", F, 0 },
    { "σφάλμα", F, 0 }, { "δεν βρέθηκε", F, 0 }, { "δεν υπάρχει", F, 0 }, { "μη διαθέσιμ", F, 0 },
    { "δεν είναι διαθέσιμ", F, 0 }, { "συντήρησ", F, 0 },
    { "gewartet", F, 0 },

    { "temporarily", L, 0 }, { "temporary", L, 0 }, { "try again", L, 0 }, { "later", L, 1 },
    { "in a few minutes", L, 0 }, { "shortly", L, 0 }, { "back soon", L, 0 },
    { "vorübergehend", L, 0 }, { "später", L, 0 }, { "erneut", L, 0 }, { "noch einmal", L, 0 },
    { "in kürze", L, 0 }, { "in wenigen minuten", L, 0 }, { "in einigen minuten", L, 0 },
    { "temporairement", L, 0 }, { "plus tard", L, 0 }, { "réessay", L, 0 }, { "à nouveau", L, 0 },
    { "momentanément", L, 0 }, { "dans quelques minutes", L, 0 },
    { "temporalmente", L, 0 }, { "más tarde", L, 0 }, { "de nuevo", L, 0 }, { "nuevamente", L, 0 },
    { "momentáneamente", L, 0 }, { "inténtelo", L, 0 }, { "vuelva a intentar", L, 0 }, { "en unos minutos", L, 0 },
    { "temporaneamente", L, 0 }, { "più tardi", L, 0 }, { "riprov", L, 0 }, { "momentaneamente", L, 0 },
    { "di nuovo", L, 0 }, { "tra qualche minuto", L, 0 }, { "tra pochi minuti", L, 0 },
    { "temporariamente", L, 0 }, { "mais tarde", L, 0 }, { "novamente", L, 0 }, { "tente de novo", L, 0 },
    { "dentro de instantes", L, 0 },
    { "tijdelijk", L, 0 }, { "opnieuw", L, 0 }, { "probeer het", L, 0 }, { "over enkele minuten", L, 0 },
    { "chwilowo", L, 0 }, { "tymczasowo", L, 0 }, { "później", L, 0 }, { "ponownie", L, 0 },
    { "za chwilę", L, 0 }, { "za kilka minut", L, 0 },
    { "временно", L, 0 }, { "позже", L, 0 }, { "повторите", L, 0 }, { "попробуйте", L, 0 },
    { "ещё раз", L, 0 }, { "еще раз", L, 0 }, { "через несколько минут", L, 0 },
    { "тимчасово", L, 0 }, { "пізніше", L, 0 }, { "спробуйте", L, 0 }, { "повторіть", L, 0 },
    { "ще раз", L, 0 }, { "за кілька хвилин", L, 0 },
    { "geçici", L, 0 }, { "daha sonra", L, 0 }, { "tekrar dene", L, 0 }, { "yeniden dene", L, 0 },
    { "مؤقت", L, 0 }, { "لاحق", L, 0 }, { "مرة أخرى", L, 0 }, { "حاول", L, 0 }, { "المحاولة", L, 0 },
    { "稍后", L, 0 }, { "稍後", L, 0 }, { "暂时", L, 0 }, { "暫時", L, 0 }, { "重试", L, 0 }, { "重試", L, 0 },
    { "再试", L, 0 }, { "再試", L, 0 },
    { "しばらく", L, 0 }, { "一時的", L, 0 }, { "再度", L, 0 }, { "もう一度", L, 0 }, { "後ほど", L, 0 },
    { "時間をおいて", L, 0 },
    { "a few seconds", L, 0 }, { "wenige sekunden", L, 0 }, { "einige sekunden", L, 0 },
    { "quelques secondes", L, 0 }, { "unos segundos", L, 0 }, { "pochi secondi", L, 0 }, { "alguns segundos", L, 0 },
    { "enkele seconden", L, 0 }, { "kilka sekund", L, 0 }, { "несколько секунд", L, 0 }, { "кілька секунд", L, 0 },
    { "birkaç saniye", L, 0 }, { "بضع ثوان", L, 0 }, { "几秒", L, 0 }, { "幾秒", L, 0 }, { "数秒", L, 0 },
    { "잠시 후", L, 0 }, { "일시적", L, 0 }, { "다시 시도", L, 0 }, { "나중에", L, 0 },
    { "dočasně", L, 0 }, { "později", L, 0 }, { "znovu", L, 0 }, { "zkuste", L, 0 },
    { "προσωρινά", L, 0 }, { "αργότερα", L, 0 }, { "ξανά", L, 0 }, { "δοκιμάστε", L, 0 },

    { "sorry", S, 0 }, { "apolog", S, 0 }, { "we regret", S, 0 }, { "inconvenience", S, 0 },
    { "leider", S, 0 }, { "entschuldig", S, 0 }, { "bedauern", S, 0 }, { "unannehmlichkeit", S, 0 },
    { "désolé", S, 0 }, { "nous excuser", S, 0 }, { "excusez", S, 0 }, { "désagrément", S, 0 },
    { "lo sentimos", S, 0 }, { "disculp", S, 0 }, { "lamentamos", S, 0 }, { "molestias", S, 0 },
    { "ci dispiace", S, 0 }, { "spiacenti", S, 0 }, { "ci scusiamo", S, 0 }, { "disagio", S, 0 },
    { "desculp", S, 0 }, { "sentimos muito", S, 0 }, { "transtorno", S, 0 },
    { "helaas", S, 0 }, { "excuses", S, 0 }, { "het spijt", S, 0 }, { "ongemak", S, 0 },
    { "przepraszamy", S, 0 }, { "przeprosz", S, 0 }, { "utrudnienia", S, 0 },
    { "извин", S, 0 }, { "приносим", S, 0 }, { "неудобств", S, 0 },
    { "вибач", S, 0 }, { "перепрош", S, 0 }, { "незручн", S, 0 },
    { "üzgünüz", S, 0 }, { "özür", S, 0 }, { "rahatsızlık", S, 0 },
    { "عذرا", S, 0 }, { "عذراً", S, 0 }, { "نأسف", S, 0 }, { "نعتذر", S, 0 }, { "الإزعاج", S, 0 },
    { "抱歉", S, 0 }, { "对不起", S, 0 }, { "對不起", S, 0 }, { "不便", S, 0 },
    { "申し訳", S, 0 }, { "すみません", S, 0 }, { "ご迷惑", S, 0 }, { "ご不便", S, 0 },
    { "죄송", S, 0 }, { "불편", S, 0 },
    { "omlouv", S, 0 }, { "λυπούμαστε", S, 0 }, { "συγγνώμη", S, 0 },
    /* thanks for the reader's patience: a maintenance page's last line */
    { "your understanding", S, 0 }, { "your patience", S, 0 }, { "ihr verständnis", S, 0 },
    { "ihre geduld", S, 0 }, { "votre compréhension", S, 0 }, { "votre patience", S, 0 },
    { "su comprensión", S, 0 }, { "su paciencia", S, 0 }, { "vostra comprensione", S, 0 },
    { "sua compreensão", S, 0 }, { "uw begrip", S, 0 }, { "wyrozumiałość", S, 0 },
    { "спасибо за понимание", S, 0 }, { "дякуємо за розуміння", S, 0 }, { "anlayışınız", S, 0 },
    { "تفهمكم", S, 0 }, { "感谢您的理解", S, 0 }, { "感謝您的理解", S, 0 }, { "ご理解", S, 0 },

    { "moved", G, 0 }, { "deleted", G, 0 }, { "removed", G, 0 }, { "renamed", G, 0 },
    { "verschoben", G, 0 }, { "gelöscht", G, 0 }, { "entfernt", G, 0 }, { "umbenannt", G, 0 },
    { "déplac", G, 0 }, { "supprim", G, 0 }, { "trasladad", G, 0 }, { "eliminad", G, 0 }, { "borrad", G, 0 },
    { "spostat", G, 0 }, { "rimoss", G, 0 }, { "removid", G, 0 }, { "apagad", G, 0 },
    { "verplaatst", G, 0 }, { "verwijderd", G, 0 }, { "przeniesion", G, 0 }, { "usunięt", G, 0 },
    { "перемещ", G, 0 }, { "удалён", G, 0 }, { "удален", G, 0 }, { "переміщ", G, 0 }, { "видален", G, 0 },
    { "taşın", G, 0 }, { "silin", G, 0 }, { "kaldırıl", G, 0 }, { "حذف", G, 0 },
    { "删除", G, 0 }, { "刪除", G, 0 }, { "移除", G, 0 }, { "削除", G, 0 }, { "삭제", G, 0 },
    { "přesunut", G, 0 }, { "smazán", G, 0 }, { "odstraněn", G, 0 }, { "μετακιν", G, 0 }, { "διαγρά", G, 0 },
    { "movid", G, 0 }, { "arquivad", G, 0 }, { "archiviat", G, 0 }, { "archivé", G, 0 }, { "archiviert", G, 0 },
    { "expired", G, 0 }, { "abgelaufen", G, 0 }, { "expiré", G, 0 }, { "caducad", G, 0 }, { "expirad", G, 0 },
    { "scadut", G, 0 }, { "verlopen", G, 0 }, { "wygasł", G, 0 }, { "истек", G, 0 }, { "истёк", G, 0 },
    { "термін дії", G, 0 }, { "süresi dol", G, 0 }, { "انتهت صلاحية", G, 0 }, { "منتهي الصلاحية", G, 0 },
    { "已过期", G, 0 }, { "已過期", G, 0 }, { "期限切れ", G, 0 }, { "만료", G, 0 },

    /* access refused, a bot check, too many requests */
    { "denied", D, 0 }, { "blocked", D, 0 }, { "forbidden", D, 0 }, { "not a robot", D, 0 },
    { "are human", D, 0 }, { "are a human", D, 0 }, { "unusual activity", D, 0 }, { "unusual traffic", D, 0 },
    { "too many requests", D, 0 },
    { "verweigert", D, 0 }, { "gesperrt", D, 0 }, { "blockiert", D, 0 }, { "kein roboter", D, 0 },
    { "zu viele anfragen", D, 0 }, { "refusé", D, 0 }, { "bloqué", D, 0 }, { "pas un robot", D, 0 },
    { "trop de requêtes", D, 0 }, { "denegado", D, 0 }, { "bloquead", D, 0 }, { "no soy un robot", D, 0 },
    { "demasiadas solicitudes", D, 0 }, { "negato", D, 0 }, { "bloccat", D, 0 }, { "non sono un robot", D, 0 },
    { "troppe richieste", D, 0 }, { "negado", D, 0 }, { "não sou um robô", D, 0 },
    { "muitas solicitações", D, 0 }, { "geweigerd", D, 0 }, { "geblokkeerd", D, 0 }, { "geen robot", D, 0 },
    { "te veel verzoeken", D, 0 }, { "zablokowan", D, 0 }, { "odmowa dostępu", D, 0 },
    { "nie jestem robotem", D, 0 }, { "zbyt wiele", D, 0 }, { "заблокирован", D, 0 }, { "доступ запрещ", D, 0 },
    { "доступ ограничен", D, 0 }, { "не робот", D, 0 }, { "слишком много запросов", D, 0 },
    { "заблоковано", D, 0 }, { "заблокован", D, 0 }, { "доступ заборонено", D, 0 }, { "забагато запитів", D, 0 },
    { "engellendi", D, 0 }, { "erişim reddedildi", D, 0 }, { "robot değil", D, 0 }, { "insan olduğunuzu", D, 0 },
    { "çok fazla istek", D, 0 }, { "تم حظر", D, 0 }, { "محظور", D, 0 }, { "تم رفض", D, 0 }, { "لست روبوت", D, 0 },
    { "拒绝访问", D, 0 }, { "拒絕訪問", D, 0 }, { "访问被拒绝", D, 0 }, { "訪問被拒絕", D, 0 }, { "已被封禁", D, 0 },
    { "请求过多", D, 0 }, { "請求過多", D, 0 }, { "不是机器人", D, 0 }, { "不是機器人", D, 0 },
    { "アクセスが拒否", D, 0 }, { "ブロックされ", D, 0 }, { "ロボットではありません", D, 0 },
    { "접근이 거부", D, 0 }, { "차단되었", D, 0 }, { "로봇이 아닙니다", D, 0 },
    { "přístup odepřen", D, 0 }, { "zablokován", D, 0 }, { "δεν επιτρέπεται", D, 0 }, { "запрещён", D, 0 }, { "запрещен", D, 0 },
    { "insan olduğunuzu", D, 0 }, { "İnsan olduğunuzu", D, 0 },
    /* a bot check reviews "the security of your connection" */
    { "security of your connection", D, 0 }, { "sicherheit ihrer verbindung", D, 0 },
    { "sécurité de votre connexion", D, 0 }, { "seguridad de su conexión", D, 0 },
    { "sicurezza della tua connessione", D, 0 }, { "segurança da sua conexão", D, 0 },
    { "beveiliging van uw verbinding", D, 0 }, { "bezpieczeństwo połączenia", D, 0 },
    { "безопасность вашего подключения", D, 0 }, { "безопасность соединения", D, 0 },
    { "безпеку вашого з", D, 0 }, { "bağlantınızın güvenliğ", D, 0 }, { "أمان اتصالك", D, 0 },
    { "连接的安全性", D, 0 }, { "連線的安全性", D, 0 }, { "接続のセキュリティ", D, 0 },

    /* the browser's JavaScript or cookies, and switching them on or off */
    { "javascript", W, 0 }, { "cookies", W, 1 }, { "browser", W, 0 }, { "navigateur", W, 0 },
    { "navegador", W, 0 }, { "przeglądark", W, 0 }, { "браузер", W, 0 }, { "tarayıcı", W, 0 },
    { "متصفح", W, 0 }, { "المتصفح", W, 0 }, { "浏览器", W, 0 }, { "瀏覽器", W, 0 }, { "ブラウザ", W, 0 },
    { "브라우저", W, 0 }, { "prohlížeč", W, 0 },
    { "enable", E, 0 }, { "disabled", E, 0 }, { "aktivier", E, 0 }, { "deaktivier", E, 0 }, { "activez", E, 0 },
    { "activer", E, 0 }, { "désactivé", E, 0 }, { "habilite", E, 1 }, { "habilitar", E, 1 }, { "deshabilitad", E, 0 },
    { "attivar", E, 0 }, { "attivate", E, 1 }, { "abilita", E, 0 }, { "disattivat", E, 0 }, { "ative", E, 1 }, { "ativar", E, 0 }, { "desativad", E, 0 },
    { "inschakel", E, 0 }, { "uitgeschakeld", E, 0 }, { "włącz", E, 0 }, { "wyłączon", E, 0 },
    { "включите", E, 0 }, { "отключен", E, 0 }, { "увімкніть", E, 0 }, { "вимкнен", E, 0 },
    { "etkinleştir", E, 0 }, { "devre dışı", E, 0 }, { "تفعيل", E, 0 }, { "معطل", E, 0 },
    { "启用", E, 0 }, { "啟用", E, 0 }, { "已禁用", E, 0 }, { "有効に", E, 0 }, { "無効", E, 0 },
    { "활성화", E, 0 },

    /* the way out, in words: the home page */
    { "home page", H, 0 }, { "homepage", H, 0 }, { "front page", H, 0 }, { "startseite", H, 0 },
    { "page d'accueil", H, 0 }, { "página principal", H, 0 }, { "página de inicio", H, 0 },
    { "pagina principale", H, 0 }, { "página inicial", H, 0 }, { "strona główna", H, 0 },
    { "strony głównej", H, 0 }, { "stronę główną", H, 0 }, { "на главную", H, 0 }, { "главную страницу", H, 0 },
    { "на головну", H, 0 }, { "головну сторінку", H, 0 }, { "ana sayfa", H, 0 }, { "الصفحة الرئيسية", H, 0 },
    { "返回首页", H, 0 }, { "返回首頁", H, 0 }, { "トップページ", H, 0 }, { "홈페이지", H, 0 },
    { "úvodní stránk", H, 0 }, { "αρχική σελίδα", H, 0 },

    /* a parked domain: its name, and that it is for sale */
    { "domain", N, 1 }, { "domains", N, 1 }, { "dominio", N, 1 }, { "nom de domaine", N, 0 }, { "domein", N, 1 }, { "domena", N, 1 },
    { "domínio", N, 1 }, { "домен", N, 1 }, { "alan adı", N, 0 }, { "النطاق", N, 0 }, { "域名", N, 0 },
    { "ドメイン", N, 0 }, { "도메인", N, 0 }, { "doména", N, 1 },
    { "for sale", V, 0 }, { "zu verkaufen", V, 0 }, { "à vendre", V, 0 }, { "a la venta", V, 0 },
    { "in vendita", V, 0 }, { "à venda", V, 0 }, { "te koop", V, 0 }, { "na sprzedaż", V, 0 },
    { "продается", V, 0 }, { "продаётся", V, 0 }, { "продається", V, 0 }, { "satılık", V, 0 },
    { "للبيع", V, 0 }, { "出售", V, 0 }, { "販売中", V, 0 }, { "판매", V, 0 },
    { "related searches", V, 0 }, { "ähnliche suchen", V, 0 }, { "recherches associées", V, 0 },
    { "búsquedas relacionadas", V, 0 }, { "ricerche correlate", V, 0 }, { "pesquisas relacionadas", V, 0 },
    { "gerelateerde zoekopdrachten", V, 0 },
    { NULL, 0, 0 }
};
#undef F
#undef L
#undef S
#undef G
#undef D
#undef W
#undef E
#undef H
#undef N
#undef V

#define NOTICE_TEXT_MAX 1024    /* a notice is short: its first 1 KB folded */

/* Is the code point that ends just before s[at] a letter of a word? */
static int letter_before(const unsigned char *s, apr_size_t at)
{
    if (at == 0)
        return 0;
    apr_size_t i = at - 1;
    while (i > 0 && (s[i] & 0xC0) == 0x80)
        i--;
    apr_size_t j = i;
    apr_uint32_t c = nc_shell_model_next_code_point(s, at, &j);
    return letter(c) && !cjk(c);
}

static int letter_at(const unsigned char *s, apr_size_t len, apr_size_t at)
{
    if (at >= len)
        return 0;
    apr_uint32_t c = nc_shell_model_next_code_point(s, len, &at);
    return letter(c) && !cjk(c);
}

/* A bare 4xx/5xx code: three digits, no letter or digit beside them. */
static int has_status_code(const unsigned char *s, apr_size_t len)
{
    for (apr_size_t i = 0; i + 3 <= len; i++)
        if ((s[i] == '4' || s[i] == '5') && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0'
            && s[i + 2] <= '9' && !letter_before(s, i) && !letter_at(s, len, i + 3))
            return 1;
    return 0;
}

/* A figure: digits with no letter beside them that are no bare 4xx/5xx
 * code ("1.800 casas", "12.11.2026 um 16:42 Uhr", "41, not 14"). A notice
 * that stands in for the page counts nothing; a correction, an update line
 * or an offer does. */
int nc_shape_has_figure(const char *text, apr_size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    for (apr_size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        apr_size_t j = i;
        while (j < len && s[j] >= '0' && s[j] <= '9')
            j++;
        if (letter_before(s, i) || letter_at(s, len, j))
            continue;                       /* "7f3a", "h2", "mp3" */
        if (!(j - i == 3 && (s[i] == '4' || s[i] == '5')))
            return 1;
        i = j;
    }
    return 0;
}

/* A line that is one host name and nothing else ("mercadosdesevilla.es"):
 * a parked domain's title. Labels of ASCII letters, digits and hyphens,
 * two at least, the last of two to six letters. */
static int host_name_line(const unsigned char *s, apr_size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
        n--;
    while (n && (*s == ' ' || *s == '\n' || *s == '\t')) {
        s++;
        n--;
    }
    apr_size_t dots = 0, label = 0, last_letters = 1;
    for (apr_size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '.') {
            if (!label)
                return 0;
            dots++;
            label = 0;
            last_letters = 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
            label++;
            last_letters &= c >= 'a' && c <= 'z';
        } else {
            return 0;
        }
    }
    return dots >= 1 && label >= 2 && label <= 6 && last_letters;
}

unsigned nc_shape_notice_kinds(const char *text, apr_size_t len)
{
    unsigned char folded[NOTICE_TEXT_MAX + 8];
    apr_size_t n = 0;
    const unsigned char *s = (const unsigned char *)text;
    for (apr_size_t i = 0; i < len && n + 4 <= NOTICE_TEXT_MAX;)
        n += put_utf8((char *)folded + n, fold_cp(nc_shell_model_next_code_point(s, len, &i)));
    folded[n] = 0;
    unsigned kinds = has_status_code(folded, n) ? NOTICE_FAILED : 0;
    if (host_name_line(folded, n))
        kinds |= NOTICE_DOMAIN;
    for (const notice_stem *w = notice_stems; w->stem; w++) {
        if (kinds & w->kind)
            continue;
        apr_size_t k = strlen(w->stem);
        apr_size_t i = 0;
        apr_uint32_t first = nc_shell_model_next_code_point((const unsigned char *)w->stem, k, &i);
        for (const unsigned char *at = folded; (at = (const unsigned char *)strstr((const char *)at, w->stem)) != NULL; at++) {
            apr_size_t off = (apr_size_t)(at - folded);
            if (!cjk(first) && letter_before(folded, off))
                continue;
            if (w->whole && letter_at(folded, n, off + k))
                continue;
            kinds |= w->kind;
            break;
        }
    }
    return kinds;
}

static int kinds_count(unsigned k)
{
    int n = 0;
    for (; k; k &= k - 1)
        n++;
    return n;
}

/* --- where the box sends the reader ------------------------------------------ */

/* The value of attribute name in the tag at html[at, end) (at: just after
 * the tag's name); *n its length. NULL when the tag has none. */
static const char *attr_value(const char *html, apr_size_t at, apr_size_t end,
                              const char *name, apr_size_t *n)
{
    apr_size_t nl = strlen(name);
    char quote = 0;
    for (apr_size_t i = at; i < end; i++) {
        char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            continue;
        }
        if (c == '>')
            return NULL;
        if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && i + 1 + nl < end
            && strncasecmp(html + i + 1, name, nl) == 0) {
            apr_size_t j = i + 1 + nl;
            while (j < end && (html[j] == ' ' || html[j] == '\t'))
                j++;
            if (j >= end || html[j] != '=')
                continue;
            j++;
            while (j < end && (html[j] == ' ' || html[j] == '\t'))
                j++;
            char q = j < end && (html[j] == '"' || html[j] == '\'') ? html[j++] : 0;
            apr_size_t v = j;
            while (j < end && (q ? html[j] != q : (html[j] != ' ' && html[j] != '>')))
                j++;
            *n = j - v;
            return html + v;
        }
    }
    return NULL;
}

/* needle starts with a lower-case ASCII letter: a byte that is not that
 * letter in either case is passed over without a call */
static int has_ci(const char *s, apr_size_t n, const char *needle)
{
    apr_size_t k = strlen(needle);
    unsigned char first = (unsigned char)needle[0];
    for (apr_size_t i = 0; i + k <= n; i++)
        if (((unsigned char)s[i] | 0x20) == first && strncasecmp(s + i, needle, k) == 0)
            return 1;
    return 0;
}

/* A search page's name as a part of a URL's path, in the languages of the
 * corpus ("/search/", "/suche", "/buscar", "/recherche", "/zoeken", "/sok"). */
static int search_segment(const char *v, apr_size_t n)
{
    /* each name with its length (a strlen per name per path part was most
     * of this function) */
#define SEARCH_NAME(s) { s, sizeof s - 1 }
    static const struct { const char *s; apr_size_t n; } names[] = {
        SEARCH_NAME("search"), SEARCH_NAME("suche"), SEARCH_NAME("recherche"), SEARCH_NAME("buscar"),
        SEARCH_NAME("buscador"), SEARCH_NAME("busca"), SEARCH_NAME("busqueda"), SEARCH_NAME("cerca"),
        SEARCH_NAME("ricerca"), SEARCH_NAME("pesquisa"), SEARCH_NAME("zoeken"), SEARCH_NAME("zoek"),
        SEARCH_NAME("szukaj"), SEARCH_NAME("wyszukiwarka"), SEARCH_NAME("sok"), SEARCH_NAME("arama"),
        SEARCH_NAME("hledat"), SEARCH_NAME("hledani"), SEARCH_NAME("vyhledavani"), SEARCH_NAME("poisk"),
        SEARCH_NAME("poshuk"), SEARCH_NAME("haku"), SEARCH_NAME("soeg"), SEARCH_NAME("kereses"),
        SEARCH_NAME("cautare"), SEARCH_NAME("anazitisi"), SEARCH_NAME("search.php"), { NULL, 0 }
    };
#undef SEARCH_NAME
    apr_size_t i = 0;
    while (i < n) {
        while (i < n && (v[i] == '/' || v[i] == '?' || v[i] == '&' || v[i] == '#'))
            i++;
        apr_size_t s = i;
        while (i < n && v[i] != '/' && v[i] != '?' && v[i] != '&' && v[i] != '#' && v[i] != '=')
            i++;
        for (int k = 0; names[k].s; k++)
            if (i - s == names[k].n && strncasecmp(v + s, names[k].s, i - s) == 0)
                return 1;
        if (i < n && v[i] == '=' && i - s <= 1 && (v[s] == 'q' || v[s] == 's'))
            return 1;                       /* "?q=", "?s=" */
        if (i < n && v[i] == '=')
            i++;
    }
    return 0;
}

/* A link to the site's front page or back: "/", "./", "/index.html",
 * "https://host/", "javascript:history.back()". */
static int away_href(const char *v, apr_size_t n)
{
    if (has_ci(v, n, "history.back") || has_ci(v, n, "history.go(-1)"))
        return 1;
    if (n >= 2 && v[0] == '/' && v[1] == '/') {                /* //host/ */
        const char *slash = memchr(v + 2, '/', n - 2);
        return !slash || (apr_size_t)(slash - v) == n - 1;
    }
    if (n > 7 && (strncasecmp(v, "http://", 7) == 0 || strncasecmp(v, "https://", 8) == 0)) {
        apr_size_t h = v[4] == ':' ? 7 : 8;
        const char *slash = memchr(v + h, '/', n - h);
        return !slash || (apr_size_t)(slash - v) == n - 1;
    }
    if ((n == 1 && v[0] == '/') || (n == 2 && v[0] == '.' && v[1] == '/'))
        return 1;
    return (n > 7 && strncasecmp(v, "/index.", 7) == 0) || (n > 6 && strncasecmp(v, "index.", 6) == 0);
}

/* A form that searches: its action a search page, or a field named or
 * typed as a search ("q", "s", "query", type="search"); a newsletter's
 * e-mail form is no way away. */
static int search_form(const char *html, apr_size_t at, apr_size_t end)
{
    apr_size_t n;
    const char *v = attr_value(html, at, end, "action", &n);
    if (v && (search_segment(v, n) || away_href(v, n)))
        return 1;
    for (apr_size_t i = at; i + 6 < end; i++) {
        if (strncasecmp(html + i, "</form", 6) == 0)
            return 0;
        if (strncasecmp(html + i, "<input", 6) != 0)
            continue;
        if ((v = attr_value(html, i + 6, end, "type", &n)) && n == 6 && strncasecmp(v, "search", 6) == 0)
            return 1;
        if ((v = attr_value(html, i + 6, end, "name", &n))
            && ((n == 1 && (*v == 'q' || *v == 's')) || (n == 5 && strncasecmp(v, "query", 5) == 0)
                || (n == 6 && strncasecmp(v, "search", 6) == 0)))
            return 1;
    }
    return 0;
}

/* Counts into c; with first_only, stops at the first link or search. */
static void count_links(const char *html, apr_size_t start, apr_size_t end, nc_shape_links_count *c,
                        int first_only)
{
    for (apr_size_t i = start; i < end && !(first_only && c->links + c->searches > 0); i++) {
        const char *lt = memchr(html + i, '<', end - i);    /* tag to tag */
        if (!lt)
            break;
        i = (apr_size_t)(lt - html);
        if (i + 2 < end && (html[i + 1] == 'a' || html[i + 1] == 'A')
            && (html[i + 2] == ' ' || html[i + 2] == '\n' || html[i + 2] == '\t')) {
            apr_size_t n;
            const char *v = attr_value(html, i + 2, end, "href", &n);
            if (!v)
                continue;
            c->links++;
            c->away += away_href(v, n) || search_segment(v, n);
        }
        else if (i + 5 < end && (html[i + 1] | 0x20) == 'f' && strncasecmp(html + i + 1, "form", 4) == 0
                 && (html[i + 5] == ' ' || html[i + 5] == '>')) {
            c->searches += search_form(html, i + 5, end);
        }
        else if (i + 6 < end && (html[i + 1] | 0x20) == 'i' && strncasecmp(html + i + 1, "input", 5) == 0) {
            apr_size_t n;
            const char *v = attr_value(html, i + 6, end, "type", &n);
            c->searches += v && n == 6 && strncasecmp(v, "search", 6) == 0;
        }
    }
}

void nc_shape_links(const char *html, apr_size_t start, apr_size_t end, nc_shape_links_count *c)
{
    count_links(html, start, end, c, 0);
}

int nc_shape_sends_away(const nc_shape_links_count *c)
{
    /* most of its links lead away, not one "Home" in a menu or a list of stories */
    return c->searches > 0 || (c->away > 0 && 2 * c->away >= c->links);
}

/* --- the verdict --------------------------------------------------------------- */

/* The signs every shell's shape has, all cheap to read: a box with text,
 * short, that sends the reader away. */
static int may_be_shell(const nc_shape_signs *s)
{
    int short_enough = s->long_lines == 0 ? s->max_words <= SHAPE_LONG_WORDS
                       : s->long_lines == 1 && s->max_words <= SHAPE_LONG_LINE_WORDS;
    return s->blocks >= 1 && short_enough && s->words <= SHAPE_MAX_WORDS && s->sends_away;
}

int nc_shape_is_shell(const nc_shape_signs *s, int page_has_shell)
{
    if (!may_be_shell(s) || !s->foreign || s->model < SHAPE_MODEL_FLOOR)
        return 0;
    if (s->long_lines)      /* a joke's paragraph: under the box's own title, in no story's words */
        return s->blocks >= 2 && s->heads && s->says && s->long_model >= SHAPE_LONG_LINE_VETO;
    if (s->blocks >= 2 && (s->heads || s->bare_code) && s->says)
        return 1;
    /* the other half of a shell the page has: short, and nothing of the story */
    return page_has_shell && s->words <= SHAPE_LONG_WORDS && s->unlinked;
}

/* --- the boxes beside the story ----------------------------------------------- */

#define B(i) (&APR_ARRAY_IDX(m->blocks, (i), nc_block))

static int is_tag(const nc_block *b, const char *t)
{
    return nc_tag_is(b->tag, t);
}

static int furniture_tag(const nc_block *b)
{
    return is_tag(b, "nav") || is_tag(b, "header") || is_tag(b, "footer") || is_tag(b, "aside");
}

/* Is block j (inside sibling c) in furniture of its own, below c? Returns
 * 1 in nav/header/footer/aside, 2 in a form (a search box: goes with the
 * shell, but says nothing), 0 otherwise. */
static int inside_furniture(const nc_docmodel *m, int c, int j)
{
    int form = 0;
    for (int a = j; a >= 0 && a != APR_ARRAY_IDX(m->blocks, c, nc_block).parent; a = B(a)->parent) {
        if (furniture_tag(B(a)))
            return 1;
        form |= is_tag(B(a), "form");
    }
    return form ? 2 : 0;
}

static int text_block(const nc_block *b)
{
    return b->text_len > 0 && b->role != NC_ROLE_TITLE;
}

static int bare_code(const nc_block *b)
{
    return b->text_len == 3 && (b->text[0] == '4' || b->text[0] == '5')
           && b->text[1] >= '0' && b->text[1] <= '9' && b->text[2] >= '0' && b->text[2] <= '9';
}

/* Does the block's own markup hold a link? (A menu line is links.) */
static int has_link(const char *html, const nc_block *b)
{
    /* from '<' to '<' (memchr): a rail's blocks hold whole stories */
    if (b->end < 3 || b->start >= b->end - 2)
        return 0;
    const char *p = html + b->start, *end = html + b->end - 2;
    while (p < end && (p = memchr(p, '<', (apr_size_t)(end - p))) != NULL) {
        if ((p[1] == 'a' || p[1] == 'A') && (p[2] == ' ' || p[2] == '>' || p[2] == '\n'))
            return 1;
        p++;
    }
    return 0;
}

/* Letters of html[start, end) outside tags, entities and links, roughly,
 * in any ASCII-compatible charset: ASCII letters and digits and bytes from
 * 0xA1 (letters of the 8-bit charsets, parts of multibyte characters),
 * not the separators "·", "«", "»" nor UTF-8's punctuation. */
static int unlinked_letters(const char *html, apr_size_t start, apr_size_t end)
{
    int n = 0, in_link = 0;
    for (apr_size_t i = start; i < end; i++) {
        unsigned char c = (unsigned char)html[i];
        if (c == '<') {
            if (i + 2 < end && (html[i + 1] == 'a' || html[i + 1] == 'A')
                && (html[i + 2] == ' ' || html[i + 2] == '>' || html[i + 2] == '\n'))
                in_link = 1;
            else if (i + 3 < end && html[i + 1] == '/' && (html[i + 2] == 'a' || html[i + 2] == 'A')
                     && html[i + 3] == '>')
                in_link = 0;
            const char *gt = memchr(html + i, '>', end - i);
            if (!gt)
                break;
            i = (apr_size_t)(gt - html);
            continue;
        }
        if (c == '&') {
            apr_size_t j = i + 1;
            while (j < end && j < i + 10 && html[j] != ';' && html[j] != ' ')
                j++;
            if (j < end && html[j] == ';') {
                i = j;
                continue;
            }
        }
        if (c == 0xC2 && i + 1 < end && (unsigned char)html[i + 1] >= 0x80 && (unsigned char)html[i + 1] <= 0xBF) {
            i++;                                /* UTF-8 "·", "»", no-break space */
            continue;
        }
        if (c == 0xE2 && i + 2 < end && (unsigned char)html[i + 1] == 0x80) {
            i += 2;                             /* UTF-8 dashes, quotes, "…" */
            continue;
        }
        if (!in_link && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                         || (c >= 0xA1 && c != 0xAB && c != 0xB7 && c != 0xBB)))
            n++;
    }
    return n;
}

int nc_shape_unlinked_letters(const char *html, apr_size_t start, apr_size_t end)
{
    return unlinked_letters(html, start, end);
}

/* A block's unlinked letters, read once a page: the passes over the
 * story's sides visit the same blocks again. */
static int *unlinked_memo(apr_pool_t *p, const nc_docmodel *m)
{
    int *memo = apr_palloc(p, sizeof(int) * ((apr_size_t)m->blocks->nelts + 1));
    memset(memo, 0xff, sizeof(int) * ((apr_size_t)m->blocks->nelts + 1));
    return memo;
}

typedef struct shape_page {
    apr_pool_t *p;
    nc_docmodel *m;
    const char *html;
    apr_size_t len;
    const char *footer;          /* nc_doc_named_footers */
    nc_word_set *story, *title;
    int story_block, title_block;   /* the story's container, the <title>; or -1 */
    int story_read;                 /* story and title_names_story are filled */
    int title_names_story;
    int *unlinked;                  /* block_unlinked's counts, -1 until read */
    signed char *title_holds;       /* headline's title overlaps, -1 until read; or NULL */
} shape_page;

/* A group: sibling elements on one side of the story's path (or both). */
typedef struct shape_group {
    int sib[2 * SHAPE_MAX_BLOCKS], nsib;
    int text[SHAPE_MAX_BLOCKS], ntext;  /* text blocks, in document order */
    int form[SHAPE_MAX_BLOCKS], nform;  /* text inside search forms: goes along */
    int words, max_words;
    int long_lines, long_block;         /* blocks over SHAPE_LONG_WORDS, the last one */
    int headline;                       /* holds the story's headline: no group */
    int unlinked;                       /* a kept block has text outside links */
} shape_group;

static int block_unlinked(const shape_page *sp, int j)
{
    const nc_docmodel *m = sp->m;
    if (sp->unlinked[j] < 0)
        sp->unlinked[j] = unlinked_letters(sp->html, B(j)->start, B(j)->end);
    return sp->unlinked[j];
}

/* Is b the story's headline (an <h1>, or a heading the <title> holds)? */
static int headline(const shape_page *sp, const nc_block *b)
{
    if (b->role != NC_ROLE_HEADING)
        return 0;
    if (b->heading_level == 1)
        return 1;
    /* asked of the same headings by every group tried beside the story */
    apr_size_t j = (apr_size_t)(b - (const nc_block *)sp->m->blocks->elts);
    if (sp->title_holds && sp->title_holds[j] >= 0)
        return sp->title_holds[j];
    int shared, total;
    nc_word_set_overlap(sp->title, sp->p, b->text, b->text_len, &shared, &total);
    int holds = total > 0 && 2 * shared >= total;
    if (sp->title_holds)
        sp->title_holds[j] = (signed char)holds;
    return holds;
}

/* Adds sibling c's text to g; 0 when it does not fit (then g is unchanged).
 * long_lines: how many blocks of up to SHAPE_LONG_LINE_WORDS g may hold. */
static int add_sibling_long(const shape_page *sp, shape_group *g, int c, int long_lines)
{
    const nc_docmodel *m = sp->m;
    shape_group t = *g;
    if (t.nsib >= 2 * SHAPE_MAX_BLOCKS)
        return 0;
    if (B(c)->last_desc - c > SHAPE_MAX_VISIT)
        return 0;                           /* no short box */
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *b = B(j);
        if (!text_block(b))
            continue;
        if (!b->trusted || b->end > sp->len)
            return 0;                       /* bytes we cannot read are never judged */
        int f = inside_furniture(m, c, j);
        if (f == 1) {
            /* an article's own <header> holds its headline: the story's head */
            t.headline |= long_lines && headline(sp, b);
            continue;
        }
        if (f == 2) {
            if (t.nform >= SHAPE_MAX_BLOCKS)
                return 0;
            t.form[t.nform++] = j;
            continue;
        }
        if (b->words > SHAPE_LONG_WORDS) {
            if (t.long_lines >= long_lines || b->words > SHAPE_LONG_LINE_WORDS)
                return 0;
            t.long_lines++;
            t.long_block = j;
        }
        if (t.ntext >= SHAPE_MAX_BLOCKS
            || t.words + b->words > SHAPE_MAX_WORDS || (sp->footer && sp->footer[j])
            || nc_doc_copyright_line(b))
            return 0;
        if (b->verdict == NC_KEEP && block_unlinked(sp, j) >= SHAPE_UNLINKED)
            t.unlinked = 1;
        t.text[t.ntext++] = j;
        t.words += b->words;
        if (b->words > t.max_words)
            t.max_words = b->words;
        t.headline |= headline(sp, b);
    }
    t.sib[t.nsib++] = c;
    *g = t;
    return 1;
}

static int add_sibling(const shape_page *sp, shape_group *g, int c)
{
    return add_sibling_long(sp, g, c, 0);
}

static int sibling_has_links(const shape_page *sp, int c);

/* The sibling elements of k in its parent on side dir (-1 before, 1
 * after), nearest first, up to furniture or a block that does not fit
 * (or, when unlinked, one that holds a link). In document order. */
/* Does sibling j end a group: furniture, a footer, boilerplate, a comment
 * thread or a paywall (the page's, never a shell's)? */
/* Is sibling c a breadcrumb trail and nothing else: every text in it under
 * an element named so (Joomla's <div class="moduletable"> round its
 * <ul class="breadcrumb">, "Strona główna / Rzeszów")? It links to the
 * root and says "home" as a shell's way back does, but it is the site's
 * navigation, like a <nav>. A box holding a trail and text of its own
 * (a 404 template's "Home » Error 404" over its message) is not one. */
static int breadcrumb_only(const nc_docmodel *m, int c)
{
    int trail = -1, texts = 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        if (trail >= 0 && j > B(trail)->last_desc)
            trail = -1;
        if (trail < 0 && *B(j)->hint && nc_hint_names_breadcrumb(B(j)->hint))
            trail = j;
        if (B(j)->text_len > 0) {
            if (trail < 0)
                return 0;
            texts++;
        }
    }
    return texts > 0;
}

static int ends_group(const shape_page *sp, int j)
{
    const nc_docmodel *m = sp->m;
    const nc_block *c = B(j);
    return furniture_tag(c) || (sp->footer && sp->footer[j]) || c->boilerplate
           || nc_doc_comment_thread_of(m, j) >= 0 || nc_doc_paywall_of(m, j) >= 0
           || breadcrumb_only(m, j);
}

/* How collect reads the siblings: */
#define COLLECT_UNLINKED 1      /* stop at one that holds a link */
#define COLLECT_LONG_LINE 2     /* one long line may be in the group; copies of the story are passed over */

/* Does sibling c only repeat the story's paragraphs (a duplicated body
 * beside the story, before the mirror's copies are found)? */
static int repeats_story(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    int story = sp->story_block, repeated = 0;
    if (story < 0)
        return 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *b = B(j);
        if (!text_block(b))
            continue;
        int same = 0;
        for (int i = story + 1; i <= B(story)->last_desc && !same; i++)
            same = B(i)->parent == story && B(i)->text_len == b->text_len
                   && memcmp(B(i)->text, b->text, b->text_len) == 0;
        if (!same)
            return 0;
        repeated += b->words > SHAPE_LONG_WORDS;
    }
    return repeated > 0;
}

static void collect(const shape_page *sp, int parent, int k, int dir, unsigned how, int max_sib, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    int kids[256], n = 0, at = -1;
    memset(g, 0, sizeof *g);
    for (int j = parent + 1; j <= B(parent)->last_desc && n < 256; j = B(j)->last_desc + 1) {
        if (j == k)
            at = n;
        kids[n++] = j;
    }
    if (at < 0)
        return;
    for (int x = at + dir; x >= 0 && x < n; x += dir) {
        /* a box too big to add ends the group whatever its links: not read
         * for them (the story's own container is the usual one) */
        int too_big = B(kids[x])->last_desc - kids[x] > SHAPE_MAX_VISIT
                      && (!(how & COLLECT_LONG_LINE) || g->nsib);
        if (too_big || ends_group(sp, kids[x]) || ((how & COLLECT_UNLINKED) && sibling_has_links(sp, kids[x])))
            break;
        if ((how & COLLECT_LONG_LINE) && !g->nsib && repeats_story(sp, kids[x]))
            continue;
        if ((max_sib && g->nsib >= max_sib)
            || !add_sibling_long(sp, g, kids[x], (how & COLLECT_LONG_LINE) ? 1 : 0) || g->headline)
            break;
    }
    if (dir < 0) {                      /* document order */
        for (int a = 0, z = g->nsib - 1; a < z; a++, z--) {
            int t = g->sib[a]; g->sib[a] = g->sib[z]; g->sib[z] = t;
        }
    }
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static void read_story(shape_page *sp);

/* The words are read last and only when the cheap signs allow a shell:
 * most pages have a box beside the story, few have one that sends away. */
static void signs_of(shape_page *sp, shape_group *g, nc_shape_signs *s)
{
    const nc_docmodel *m = sp->m;
    memset(s, 0, sizeof *s);
    qsort(g->text, (size_t)g->ntext, sizeof(int), cmp_int);
    s->blocks = g->ntext;
    s->words = g->words;
    s->max_words = g->max_words;
    s->unlinked = g->unlinked;
    s->long_lines = g->long_lines;
    s->model = -1000;
    s->long_model = -1000;
    if (!g->ntext)
        return;
    const nc_block *first = B(g->text[0]);
    s->bare_code = bare_code(first);
    nc_shape_links_count links = { 0, 0, 0 };
    for (int i = 0; i < g->nsib; i++) {
        int c = g->sib[i];
        apr_size_t from = B(c)->start;
        for (int j = c + 1; j <= B(c)->last_desc; j++)       /* skip furniture inside */
            if (furniture_tag(B(j)) && B(j)->trusted && B(j)->start >= from && B(j)->end <= B(c)->end) {
                nc_shape_links(sp->html, from, B(j)->start, &links);
                from = B(j)->end;
                j = B(j)->last_desc;
            }
        if (B(c)->end <= sp->len && from < B(c)->end)
            nc_shape_links(sp->html, from, B(c)->end, &links);
    }
    s->sends_away = nc_shape_sends_away(&links);
    if (!may_be_shell(s)) {
        s->model = 0;
        return;
    }
    read_story(sp);
    if (sp->title_names_story && (first->role == NC_ROLE_HEADING || first->words <= SHAPE_TITLE_WORDS)) {
        int t_shared, t_total, s_shared, s_total;
        nc_word_set_overlap(sp->title, sp->p, first->text, first->text_len, &t_shared, &t_total);
        nc_word_set_overlap(sp->story, sp->p, first->text, first->text_len, &s_shared, &s_total);
        s->heads = t_shared == 0 && s_shared == 0;
        /* over a joke's paragraph a title may share one common word with a
         * long story ("Ops! Questa pagina è andata in vacanza": "questa") */
        s->heads |= g->long_lines && t_shared == 0 && s_shared <= 1 && s_total >= 3;
    }
    int shared = 0, total = 0;
    for (int i = 0; i < g->ntext; i++) {
        const nc_block *b = B(g->text[i]);
        int sh, to;
        nc_word_set_overlap(sp->story, sp->p, b->text, b->text_len, &sh, &to);
        shared += sh;
        total += to;
        if (b->role != NC_ROLE_HEADING && b->words >= SHAPE_SAYS_WORDS && !has_link(sp->html, b))
            s->says = 1;
        /* a long line says something even with a link in it, if most of it is no link */
        if (g->long_lines && g->text[i] == g->long_block
            && 2 * (apr_size_t)block_unlinked(sp, g->text[i]) >= b->text_len)
            s->says = 1;
        if (b->words >= 3 && nc_shell_model_knows_script(b->text, b->text_len)) {
            int score = nc_shell_model_score(b->text, b->text_len);
            if (score > s->model)
                s->model = score;
            if (g->long_lines && g->text[i] == g->long_block)
                s->long_model = score;
        }
    }
    if (s->model == -1000)
        s->model = 0;                   /* nothing the model reads: it says nothing */
    s->foreign = 3 * shared <= total;
}

static int mark_group(nc_docmodel *m, const shape_group *g)
{
    int marked = 0;
    for (int i = 0; i < g->ntext; i++)
        if (B(g->text[i])->verdict == NC_KEEP) {
            B(g->text[i])->verdict = NC_SHELL;
            marked = 1;
        }
    for (int i = 0; i < g->nform && marked; i++)
        if (B(g->form[i])->verdict == NC_KEEP)
            B(g->form[i])->verdict = NC_SHELL;
    return marked;
}

static int trusted_group(const nc_docmodel *m, const shape_group *g)
{
    for (int i = 0; i < g->nsib; i++)
        if (!B(g->sib[i])->trusted)
            return 0;
    return g->nsib > 0;
}

/* The story: the container whose prose blocks (15 words or more) hold the
 * most words, three blocks and 100 words at least; or -1. */
#define SHAPE_PROSE_WORDS 15
#define SHAPE_STORY_BLOCKS 3
#define SHAPE_STORY_WORDS 100

static int story_container(const nc_docmodel *m, const char *footer, apr_pool_t *p)
{
    int n = m->blocks->nelts, best = -1, best_words = SHAPE_STORY_WORDS - 1;
    int *words = apr_pcalloc(p, sizeof(int) * (apr_size_t)(n + 1));
    int *count = apr_pcalloc(p, sizeof(int) * (apr_size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        const nc_block *b = B(i);
        if (b->verdict != NC_KEEP || b->boilerplate || b->role != NC_ROLE_OTHER || b->parent < 0
            || b->words < SHAPE_PROSE_WORDS || (footer && footer[i]))
            continue;
        words[b->parent] += b->words;
        count[b->parent]++;
        if (count[b->parent] >= SHAPE_STORY_BLOCKS && words[b->parent] > best_words) {
            best = b->parent;
            best_words = words[b->parent];
        }
    }
    return best;
}

/* The page's own <title> (in <head>) into sp->title; its block or -1. */
static int add_head_title(shape_page *sp)
{
    const nc_docmodel *m = sp->m;
    for (int i = 0; i < m->blocks->nelts; i++)
        if (B(i)->role == NC_ROLE_TITLE && B(i)->parent >= 0
            && (is_tag(B(B(i)->parent), "head") || is_tag(B(B(i)->parent), "html"))) {
            nc_word_set_add_text(sp->title, B(i)->text, B(i)->text_len);
            return i;
        }
    return -1;
}

/* A page with no story whose only text beside its furniture, its logo and
 * its links is one short box of a 404's shape: a site's own not-found
 * page. Its title names the site, not what the box says; the model must
 * find its words a shell's and none of its sentences a story's, since
 * this makes the page a soft error; a box, not the page's main, and
 * shorter than a brief with a notice under it. */
#define SHAPE_SOFT_MODEL (2 * NC_SHELL_MODEL_SCALE)
#define SHAPE_SOFT_WORDS 40
/* log-odds -4: a sentence that reads as a story's. A story's sentence
 * scores -8 to -19; a 404 box's own joke moves between -1 and -3 as the
 * corpus the model trains on grows, so the veto stays clear of that band */
#define SHAPE_SOFT_STORY (-4 * NC_SHELL_MODEL_SCALE)

/* Does the template name box c, or a box around it below the page's
 * wrappers, an error ("error-message", "fehler-seite")? */
static int named_error_box(const nc_docmodel *m, int c)
{
    for (int a = c; a >= 0 && !is_tag(B(a), "body") && !is_tag(B(a), "html"); a = B(a)->parent)
        if (nc_block_names_error(m, a))
            return 1;
    return 0;
}

/* Is heading i the head of a list of links ("Les plus lus", "À lire
 * plutôt" over three headlines): every text block after it in its box is
 * a link, and there is one at least. Like the links, it says nothing. */
static int heads_links(const shape_page *sp, int i)
{
    const nc_docmodel *m = sp->m;
    const nc_block *h = B(i);
    if (h->role != NC_ROLE_HEADING || h->words > SHAPE_TITLE_WORDS || h->parent < 0)
        return 0;
    int links = 0;
    for (int j = i + 1; j <= B(h->parent)->last_desc; j++) {
        const nc_block *b = B(j);
        if (!text_block(b))
            continue;
        if (!b->trusted || b->end > sp->len || block_unlinked(sp, j) >= SHAPE_UNLINKED)
            return 0;
        links++;
    }
    return links > 0;
}

static int only_a_box(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    shape_group g;
    memset(&g, 0, sizeof g);
    int long_words = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = B(i);
        if (!text_block(b) || b->boilerplate || (sp->footer && sp->footer[i]) || nc_doc_copyright_line(b))
            continue;
        if (b->verdict != NC_KEEP || b->end > sp->len || !b->trusted || b->words > SHAPE_LONG_LINE_WORDS)
            return 0;
        if (block_unlinked(sp, i) < SHAPE_UNLINKED || heads_links(sp, i))
            continue;                           /* a logo, a menu's link, a rail's head */
        int shared, total;
        nc_word_set_overlap(sp->title, sp->p, b->text, b->text_len, &shared, &total);
        if (total > 0 && shared == total)
            continue;                           /* the site's name */
        /* one joke's paragraph may come on top of the short lines: the
         * shape's verdict takes it only under the box's own heading */
        if (b->words > SHAPE_LONG_WORDS) {
            if (g.long_lines)
                return 0;
            g.long_lines = 1;
            g.long_block = i;
            long_words = b->words;
        }
        if (g.ntext >= SHAPE_MAX_BLOCKS || g.words + b->words - long_words > SHAPE_SOFT_WORDS)
            return 0;
        if (b->words >= SHAPE_SAYS_WORDS && nc_shell_model_knows_script(b->text, b->text_len)
            && nc_shell_model_score(b->text, b->text_len) < SHAPE_SOFT_STORY)
            return 0;                           /* a sentence that reads as a story's */
        g.text[g.ntext++] = i;
        g.words += b->words;
        if (b->words > g.max_words)
            g.max_words = b->words;
        g.unlinked = 1;
    }
    if (g.ntext < 2)
        return 0;
    int c = B(g.text[0])->parent;
    while (c >= 0 && !(B(c)->last_desc >= g.text[g.ntext - 1]))
        c = B(c)->parent;
    if (c < 0 || is_tag(B(c), "body") || is_tag(B(c), "html") || is_tag(B(c), "main")
        || is_tag(B(c), "article") || !B(c)->trusted)
        return 0;                               /* one box, not the page */
    g.sib[g.nsib++] = c;
    for (int j = c + 1; j <= B(c)->last_desc && g.nform < SHAPE_MAX_BLOCKS; j++)
        if (text_block(B(j)) && inside_furniture(m, c, j) == 2)
            g.form[g.nform++] = j;
    nc_shape_signs s;
    signs_of(sp, &g, &s);
    const nc_block *first = B(g.text[0]);
    int shared = 0, first_shared = 0;
    for (int i = 0; i < g.ntext; i++) {
        int sh, to;
        nc_word_set_overlap(sp->title, sp->p, B(g.text[i])->text, B(g.text[i])->text_len, &sh, &to);
        shared += sh;
        first_shared += i == 0 ? sh : 0;
    }
    /* A <title> that names the failure ("No encontrado | Diario del Ebro")
     * shares a word with the box's sentence ("no hemos encontrado nada"):
     * when the template names the box an error (<section
     * class="error-message">), a heading that shares none still heads it. */
    s.heads = first->role == NC_ROLE_HEADING
              && (shared == 0 || (first_shared == 0 && named_error_box(m, c)));
    if (!(s.heads && s.says && s.sends_away && s.model >= SHAPE_SOFT_MODEL && nc_shape_is_shell(&s, 0)))
        return 0;
    return mark_group(m, &g);
}

/* The story's content words, and whether the <title> names the story. */
static void read_story(shape_page *sp)
{
    const nc_docmodel *m = sp->m;
    int story = sp->story_block, title = sp->title_block;
    if (sp->story_read || story < 0)
        return;
    sp->story_read = 1;
    apr_size_t read = 0;
    for (int i = story + 1; i <= B(story)->last_desc && read < SHAPE_STORY_TEXT; i++)
        if (B(i)->parent == story && B(i)->text_len > 0) {
            nc_word_set_add_text(sp->story, B(i)->text, B(i)->text_len);
            read += B(i)->text_len;
        }
    if (title >= 0) {
        int shared, total;
        nc_word_set_overlap(sp->story, sp->p, B(title)->text, B(title)->text_len, &shared, &total);
        sp->title_names_story = shared >= 2 || (total > 0 && 2 * shared >= total);
    }
}

/* --- notices that send nowhere ------------------------------------------------- */

/* A notice is a few short lines: at most four blocks and 40 words. */
#define NOTICE_MAX_BLOCKS 4
#define NOTICE_MAX_WORDS 40
/* The learned model only vetoes, and only when it is sure a block is a
 * story's: log-odds -4 (about 2%). It never has to call a notice a shell,
 * so a retrained model that moves a notice's score by a few points (the
 * ap-* box went from +3.2 to -0.9 once) changes nothing: the au-* notices
 * score +1.5 and up, so -4 is some 5.5 log-odds away from every one of them. */
#define NOTICE_MODEL_VETO (-4 * NC_SHELL_MODEL_SCALE)

int nc_shape_is_notice(const nc_notice_signs *s, int page_has_shell)
{
    if (s->blocks < 1 || s->blocks > NOTICE_MAX_BLOCKS || s->words > NOTICE_MAX_WORDS
        || s->max_words > SHAPE_LONG_WORDS || s->links || s->unworded || !s->foreign
        || s->figures || s->model < NOTICE_MODEL_VETO)
        return 0;
    return kinds_count(s->kinds) >= (page_has_shell ? 1 : 2);
}

static void notice_signs_of(shape_page *sp, const shape_group *g, nc_notice_signs *s)
{
    const nc_docmodel *m = sp->m;
    memset(s, 0, sizeof *s);
    s->blocks = g->ntext;
    s->words = g->words;
    s->max_words = g->max_words;
    s->model = 0;
    if (!g->ntext || g->ntext > NOTICE_MAX_BLOCKS || g->words > NOTICE_MAX_WORDS)
        return;
    if (m->is_html) {
        nc_shape_links_count links = { 0, 0, 0 };
        for (int i = 0; i < g->nsib; i++)
            if (B(g->sib[i])->end <= sp->len)
                nc_shape_links(sp->html, B(g->sib[i])->start, B(g->sib[i])->end, &links);
        s->links = links.links + links.searches + g->nform;
        if (s->links)
            return;
    }
    int shared = 0, low = INT_MAX;
    for (int i = 0; i < g->ntext; i++) {
        const nc_block *b = B(g->text[i]);
        unsigned k = nc_shape_notice_kinds(b->text, b->text_len);
        s->kinds |= k;
        s->unworded += !k && b->role != NC_ROLE_HEADING;
        int sh, to;
        if (!host_name_line((const unsigned char *)b->text, b->text_len)) {
            /* a parked domain's name is the site's old one: no story word */
            nc_word_set_overlap(sp->story, sp->p, b->text, b->text_len, &sh, &to);
            shared += sh;
            nc_word_set_overlap(sp->title, sp->p, b->text, b->text_len, &sh, &to);
            shared += sh;
        }
        s->figures += nc_shape_has_figure(b->text, b->text_len);
        if (b->words >= 3 && nc_shell_model_knows_script(b->text, b->text_len)) {
            int score = nc_shell_model_score(b->text, b->text_len);
            if (score < low)
                low = score;
        }
    }
    s->foreign = shared <= 1;
    s->model = low == INT_MAX ? 0 : low;    /* nothing the model reads: it says nothing */
}

/* Judges g as a notice; marks it when it is one. Only verified blocks are
 * judged. A group the word rules took in part ("Причина: подозрительная
 * активность ..." under "Доступ к странице запрещён" and "Вы были
 * заблокированы ...") is judged by its kept blocks, as the other half of
 * the shell they found: one kind of a notice's words in each. */
static int is_notice_group(shape_page *sp, const shape_group *g, int page_has_shell)
{
    const nc_docmodel *m = sp->m;
    shape_group kept;
    if (!g->ntext)
        return 0;
    int taken = 0;
    for (int i = 0; i < g->ntext; i++) {
        if (!B(g->text[i])->trusted)
            return 0;
        taken += B(g->text[i])->verdict != NC_KEEP;
    }
    if (taken) {
        if (taken == g->ntext)
            return 0;
        kept = *g;
        kept.ntext = kept.words = kept.max_words = 0;
        for (int i = 0; i < g->ntext; i++) {
            const nc_block *b = B(g->text[i]);
            if (b->verdict != NC_KEEP)
                continue;
            kept.text[kept.ntext++] = g->text[i];
            kept.words += b->words;
            if (b->words > kept.max_words)
                kept.max_words = b->words;
        }
        g = &kept;
        page_has_shell = 1;
    }
    nc_notice_signs s;
    notice_signs_of(sp, g, &s);
    return nc_shape_is_notice(&s, page_has_shell);
}

static int mark_notice(shape_page *sp, const shape_group *g, int page_has_shell)
{
    return is_notice_group(sp, g, page_has_shell) ? mark_group(sp->m, g) : 0;
}

static int sibling_has_links(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    nc_shape_links_count links = { 0, 0, 0 };
    if (B(c)->end > sp->len)
        return 1;
    count_links(sp->html, B(c)->start, B(c)->end, &links, 1);   /* whether, not how many */
    return links.links + links.searches > 0;
}

/* The siblings of k in its parent on side dir, nearest first, that hold no
 * link: a notice right beside the story, not the menu or the list of
 * stories after it. */
static void collect_unlinked(const shape_page *sp, int parent, int k, int dir, int max_sib, shape_group *g)
{
    collect(sp, parent, k, dir, 1, max_sib, g);
    if (g->headline)
        g->ntext = 0;
    qsort(g->text, (size_t)g->ntext, sizeof(int), cmp_int);
}

/* The unlinked siblings of k on side dir as a notice: all of them, or
 * else the nearest ones only (a masthead line with no link beyond the
 * notice is the site's, not the notice's). */
static int mark_notice_nearest(shape_page *sp, int parent, int k, int dir, int page_has_shell)
{
    shape_group g;
    collect_unlinked(sp, parent, k, dir, 0, &g);
    if (mark_notice(sp, &g, page_has_shell))
        return 1;
    for (int n = g.nsib - 1; n >= 1; n--) {
        shape_group near;
        collect_unlinked(sp, parent, k, dir, n, &near);
        if (mark_notice(sp, &near, page_has_shell))
            return 1;
    }
    return 0;
}

/* The story container's own child that is the story's headline, when
 * text comes before it in the container (a page whose body is the story's
 * box: a screen's lines, then the story's <h1>); -1 when there is none,
 * nothing before it, or prose before it (a block quote that opens the
 * story is the story's: "Page not found. Sorry, ..." over a story about a
 * broken portal). */
static int story_head(const shape_page *sp, int story)
{
    const nc_docmodel *m = sp->m;
    int first = story + 1;
    for (int j = story + 1; j <= B(story)->last_desc; j = B(j)->last_desc + 1) {
        const nc_block *b = B(j);
        if (headline(sp, b))
            return j > first ? j : -1;
        if (b->words >= SHAPE_PROSE_WORDS && b->role == NC_ROLE_OTHER)
            return -1;
    }
    return -1;
}

/* The story container's first and last children that are paragraphs of
 * prose (SHAPE_PROSE_WORDS, no heading or caption); -1 each when none. */
static void story_paragraphs(const nc_docmodel *m, int story, int *first, int *last)
{
    *first = *last = -1;
    for (int j = story + 1; j <= B(story)->last_desc; j = B(j)->last_desc + 1)
        if (B(j)->words >= SHAPE_PROSE_WORDS && B(j)->role == NC_ROLE_OTHER) {
            if (*first < 0)
                *first = j;
            *last = j;
        }
}

/* The story container's own children after its last prose block: a notice
 * at the end of the story's box ("Omlouváme se, stránka je dočasně
 * nedostupná." under the last paragraph). */
static void collect_tail(const shape_page *sp, int story, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    int first, last;
    memset(g, 0, sizeof *g);
    story_paragraphs(m, story, &first, &last);
    if (last < 0)
        return;
    collect_unlinked(sp, story, last, 1, 0, g);
}

/* The first text of the body, when it comes before the story in an
 * element of its own under <body>: what a broken include printed first
 * ("Diese Seite ist vorübergehend nicht erreichbar ..." over the masthead). */
static void collect_first(const shape_page *sp, int story, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    memset(g, 0, sizeof *g);
    for (int i = 0; i < story; i++) {
        const nc_block *b = B(i);
        if (!text_block(b) || b->parent < 0)
            continue;
        int c = i;
        while (B(c)->parent >= 0 && !is_tag(B(B(c)->parent), "body"))
            c = B(c)->parent;
        if (B(c)->parent < 0 || B(c)->last_desc >= story || furniture_tag(B(c)) || b->boilerplate
            || sibling_has_links(sp, c))
            return;
        add_sibling(sp, g, c);
        if (g->headline)
            g->ntext = 0;
        qsort(g->text, (size_t)g->ntext, sizeof(int), cmp_int);
        return;
    }
}

/* --- a box with one long line ---------------------------------------------- */

/* On a side where the short rule found no shell: the nearest text beside
 * the story's path again, now past a copy of the story and with room for
 * one paragraph of 31-50 words. Only a group that holds such a paragraph
 * is judged (the others were, above), by the stricter test. */
static int mark_long_line_boxes(shape_page *sp, int story, const int *shell)
{
    const nc_docmodel *m = sp->m;
    int marked = 0;
    for (int side = 0; side < 2; side++) {
        shape_group g;
        memset(&g, 0, sizeof g);
        if (shell[side])
            continue;
        for (int k = story; k >= 0; k = B(k)->parent) {
            int parent = B(k)->parent;
            if (parent < 0 || is_tag(B(parent), "html"))
                break;
            collect(sp, parent, k, side ? 1 : -1, COLLECT_LONG_LINE, 0, &g);
            if (!g.headline && g.ntext)
                break;
        }
        if (!g.long_lines || g.headline || !trusted_group(m, &g))
            continue;
        int fresh = 1;
        for (int i = 0; i < g.ntext; i++)
            fresh &= B(g.text[i])->verdict == NC_KEEP;
        nc_shape_signs s;
        if (!fresh)
            continue;
        signs_of(sp, &g, &s);
        if (nc_shape_is_shell(&s, 0))
            marked += mark_group(sp->m, &g);
    }
    return marked;
}

/* --- the far half of a shell around the story ------------------------------ */

/* The last block before the story's first paragraph that a rule took as
 * a shell (the story's container may hold it: a <dl> of both); or -1. */
static int shell_before(const nc_docmodel *m, int first)
{
    for (int i = first - 1; i >= 0; i--)
        if (B(i)->verdict == NC_SHELL && B(i)->trusted && text_block(B(i)))
            return i;
    return -1;
}

static int contains(const nc_docmodel *m, int a, int j)
{
    return a <= j && j <= B(a)->last_desc;
}

/* The box a shell before the story shares with it: the lowest element
 * holding both, below <body>; or -1. */
static int around_box(const nc_docmodel *m, int story)
{
    int first, last;
    story_paragraphs(m, story, &first, &last);
    int s = first < 0 ? -1 : shell_before(m, first);
    if (s < 0)
        return -1;
    int w = first;
    while (w >= 0 && !contains(m, w, s))
        w = B(w)->parent;
    if (w < 0 || is_tag(B(w), "body") || is_tag(B(w), "html") || furniture_tag(B(w)))
        return -1;
    return w;
}

/* Where the story ends: its container's last paragraph, or past the
 * nearest box after it when that box is the story's own (its links, its
 * tags): the far half of the shell comes after both. */
static int story_end(const nc_docmodel *m, int story, const shape_group *after)
{
    int first, last;
    story_paragraphs(m, story, &first, &last);
    if (last < 0)
        return -1;
    int end = B(last)->last_desc;
    for (int i = 0; after && i < after->nsib; i++)
        if (B(after->sib[i])->last_desc > end)
            end = B(after->sib[i])->last_desc;
    return end;
}

/* The elements after the story's end up to the end of the box, as one
 * group; none (ntext 0) when furniture or anything not short comes first. */
static void collect_far_half(const shape_page *sp, int box, int end, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    memset(g, 0, sizeof *g);
    for (int j = end + 1; j <= B(box)->last_desc; j = B(j)->last_desc + 1) {
        if (ends_group(sp, j) || !add_sibling(sp, g, j) || g->headline) {
            g->ntext = 0;
            return;
        }
    }
}

/* Is g foreign to the story's kept words up to its end? (The story's
 * container may hold the far half itself: a <dl> of both.) */
static int foreign_to_story_up_to(const shape_page *sp, int story, int end, const shape_group *g)
{
    const nc_docmodel *m = sp->m;
    nc_word_set *words = nc_word_set_make(sp->p);
    apr_size_t read = 0;
    for (int i = story + 1; i <= end && read < SHAPE_STORY_TEXT; i++)
        if (B(i)->parent == story && B(i)->text_len > 0 && B(i)->verdict == NC_KEEP) {
            nc_word_set_add_text(words, B(i)->text, B(i)->text_len);
            read += B(i)->text_len;
        }
    int shared = 0, total = 0;
    for (int i = 0; i < g->ntext; i++) {
        int sh, to;
        nc_word_set_overlap(words, sp->p, B(g->text[i])->text, B(g->text[i])->text_len, &sh, &to);
        shared += sh;
        total += to;
    }
    return 3 * shared <= total;
}

/* A shell whose head the rules took before the story, in a box that wraps
 * the story ("Página no encontrada" over the node, in Drupal's content
 * region), has its far half after it in the same box: a search block or a
 * hint that sends the reader away ("Quizás le interese buscar" over a
 * search form; "Controleer of u het adres goed heeft ingetypt of ga terug
 * naar de startpagina"), past the story's own links. Short, foreign to the
 * story, sending away, its words no story's to the model: the other half's
 * test, for what lies between the story and the box's end. */
static int mark_far_half(shape_page *sp, const shape_group *after)
{
    const nc_docmodel *m = sp->m;
    int story = sp->story_block;
    int box = around_box(m, story);
    if (box < 0)
        return 0;
    int end = story_end(m, story, after);
    if (end < 0 || end >= B(box)->last_desc || !contains(m, box, end))
        return 0;
    shape_group g;
    collect_far_half(sp, box, end, &g);
    if (!g.ntext || !trusted_group(m, &g))
        return 0;
    for (int i = 0; i < g.ntext; i++)
        if (B(g.text[i])->verdict != NC_KEEP)
            return 0;                       /* the rules' own: their growth decides */
    nc_shape_signs s;
    signs_of(sp, &g, &s);
    s.foreign = foreign_to_story_up_to(sp, story, end, &g);
    return nc_shape_is_shell(&s, 1) ? mark_group(sp->m, &g) : 0;
}

/* text/plain: is there a blank line between line i and the later line j? */
static int plain_blank_between(const shape_page *sp, int i, int j)
{
    const nc_docmodel *m = sp->m;
    apr_size_t from = B(i)->end, to = B(j)->start;
    return to > from && to <= sp->len && memchr(sp->html + from, '\n', to - from) != NULL;
}

/* text/plain: the notice is the first or the last paragraph (lines between
 * blank lines), short; the story is the lines of 15 words and more outside
 * them, three at least and 100 words. Paragraph nth from that edge (0:
 * the edge's own), or none (ntext 0) when it is no short paragraph. */
static void plain_paragraph(const shape_page *sp, int side, int nth, shape_group *g)
{
    const nc_docmodel *m = sp->m;
    int n = m->blocks->nelts, step = side ? -1 : 1, gap = 0, para = 0, i;
    memset(g, 0, sizeof *g);
    for (i = side ? n - 1 : 0; i >= 0 && i < n && !(gap && para == nth); i += step) {
        const nc_block *b = B(i);
        if (gap) {                              /* the next paragraph begins */
            para++;
            gap = 0;
        }
        if (b->end > sp->len)
            break;
        int next = i + step;
        if (next >= 0 && next < n)
            gap = side ? plain_blank_between(sp, next, i) : plain_blank_between(sp, i, next);
        if (para < nth)
            continue;
        if (g->ntext >= NOTICE_MAX_BLOCKS || b->words > SHAPE_LONG_WORDS) {
            gap = 0;
            break;
        }
        g->text[g->ntext++] = i;
        g->sib[g->nsib++] = i;
        g->words += b->words;
        if (b->words > g->max_words)
            g->max_words = b->words;
    }
    if ((i < 0 || i >= n) && nth > 0 && g->ntext)
        gap = 1;                        /* the page's other edge ends an inner paragraph */
    if (!gap || g->words > NOTICE_MAX_WORDS)
        g->ntext = 0;                   /* no short paragraph of its own */
    qsort(g->text, (size_t)g->ntext, sizeof(int), cmp_int);
}

static int all_shell(const shape_page *sp, const shape_group *g)
{
    const nc_docmodel *m = sp->m;
    for (int i = 0; i < g->ntext; i++)
        if (B(g->text[i])->verdict == NC_KEEP)
            return 0;
    return g->ntext > 0;
}

/* Two paragraphs as one group (a parked domain's name over its lines). */
static int join_groups(shape_group *into, const shape_group *g)
{
    if (into->ntext + g->ntext > NOTICE_MAX_BLOCKS || into->words + g->words > NOTICE_MAX_WORDS)
        return 0;
    for (int i = 0; i < g->ntext; i++) {
        into->text[into->ntext++] = g->text[i];
        into->sib[into->nsib++] = g->text[i];
    }
    into->words += g->words;
    if (g->max_words > into->max_words)
        into->max_words = g->max_words;
    qsort(into->text, (size_t)into->ntext, sizeof(int), cmp_int);
    return 1;
}

#define PLAIN_MAX_PARAGRAPHS 6          /* a screen's paragraphs from one edge, at most */

/* From one edge inwards: once a paragraph is a shell (the word rules'
 * or a notice), the next one is that shell's other half when it is a
 * notice too ("Wartungsarbeiten" over the lines the word rules took); a
 * first paragraph that is no notice alone may be one with the next. */
static int plain_walk(shape_page *sp, int side, int page_has_shell)
{
    int marked = 0;
    for (int nth = 0; nth < PLAIN_MAX_PARAGRAPHS; nth++) {
        shape_group g;
        plain_paragraph(sp, side, nth, &g);
        if (!g.ntext)
            break;
        int has = page_has_shell || marked;
        if (all_shell(sp, &g))
            continue;
        if (mark_notice(sp, &g, has)) {
            marked++;
            continue;
        }
        shape_group next;
        plain_paragraph(sp, side, nth + 1, &next);
        if (has || !next.ntext || !join_groups(&g, &next) || !mark_notice(sp, &g, 0))
            break;
        marked++;
        nth++;
    }
    return marked;
}

/* text/plain with no story, where the word rules found a shell ("404 Not
 * Found" over "お探しのページは見つかりませんでした。"): when every other
 * paragraph is that shell's other half (a notice's words in each line, no
 * figure), all of them go and the page is only a shell. Otherwise nothing
 * goes: a brief under a shell's line keeps every line. */
#define PLAIN_SOFT_WORDS 80

static int plain_only_shell(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    int n = m->blocks->nelts, words = 0, taken = 0;
    for (int i = 0; i < n; i++) {
        if (B(i)->words > SHAPE_LONG_WORDS)
            return 0;
        words += B(i)->words;
        taken += B(i)->verdict != NC_KEEP;
    }
    if (!taken || words > PLAIN_SOFT_WORDS)
        return 0;
    sp->story_read = 1;                 /* no story: its words are none */
    shape_group g[PLAIN_MAX_PARAGRAPHS];
    int np = 0, covered = 0;
    for (int nth = 0; ; nth++) {
        shape_group p;
        plain_paragraph(sp, 0, nth, &p);
        if (!p.ntext)
            break;
        covered += p.ntext;
        if (all_shell(sp, &p))
            continue;
        if (np >= PLAIN_MAX_PARAGRAPHS || !is_notice_group(sp, &p, 1))
            return 0;
        g[np++] = p;
    }
    if (covered != n)
        return 0;                       /* a line no paragraph holds: keep */
    int marked = 0;
    for (int i = 0; i < np; i++)
        marked += mark_group(m, &g[i]);
    return marked;
}

/* The story of a text/plain page between its edge paragraphs (lines
 * between blank lines): each line of 15 words and more of a paragraph
 * that has two or more of them (a story of one line per paragraph, no
 * blank line between), else the paragraph itself when it has 15 words (a
 * story wrapped at a fixed width, lines of 8 to 15 words). Their words are
 * the story's words. */
static void plain_story(shape_page *sp, int from, int to, int *prose, int *words)
{
    const nc_docmodel *m = sp->m;
    int para_from = from, para_words = 0, longs = 0, long_words = 0;
    for (int i = from; i < to; i++) {
        para_words += B(i)->words;
        if (B(i)->words >= SHAPE_PROSE_WORDS) {
            longs++;
            long_words += B(i)->words;
        }
        if (i + 1 < to && !plain_blank_between(sp, i, i + 1))
            continue;                           /* the paragraph goes on */
        int whole = longs < 2 && para_words >= SHAPE_PROSE_WORDS;
        for (int k = para_from; k <= i; k++)
            if (whole || B(k)->words >= SHAPE_PROSE_WORDS)
                nc_word_set_add_text(sp->story, B(k)->text, B(k)->text_len);
        *prose += whole ? 1 : longs;
        *words += whole ? para_words : long_words;
        para_from = i + 1;
        para_words = longs = long_words = 0;
    }
}

static int plain_notices(shape_page *sp, int page_has_shell)
{
    nc_docmodel *m = sp->m;
    shape_group g[2];
    plain_paragraph(sp, 0, 0, &g[0]);
    plain_paragraph(sp, 1, 0, &g[1]);
    int n = m->blocks->nelts, prose = 0, words = 0;
    int from = g[0].ntext ? g[0].text[g[0].ntext - 1] + 1 : 0;
    int to = g[1].ntext ? g[1].text[0] : n;
    plain_story(sp, from, to, &prose, &words);
    if (prose < SHAPE_STORY_BLOCKS || words < SHAPE_STORY_WORDS)
        return page_has_shell ? plain_only_shell(sp) : 0;
    sp->story_read = 1;
    int marked = 0;
    for (int pass = 0; pass < 2; pass++) {      /* a second look once the page has a shell */
        int has = page_has_shell || marked;
        for (int side = 0; side < 2; side++)
            marked += mark_notice(sp, &g[side], has);
        if (!marked || has)
            break;
    }
    for (int side = 0; side < 2; side++)
        marked += plain_walk(sp, side, page_has_shell || marked);
    return marked;
}

/* A bare page, no story, no link, no form anywhere, whose only text is a
 * notice ("Aradığınız sayfaya şu anda ulaşılamıyor." over "Lütfen daha
 * sonra tekrar deneyiniz."): the site's own error page, a soft error. Its
 * <title> counts as the story's words; a brief has a headline it shares. */
static int bare_notice_page(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    shape_group g;
    memset(&g, 0, sizeof g);
    nc_shape_links_count links = { 0, 0, 0 };
    nc_shape_links(sp->html, 0, sp->len, &links);
    if (links.links || links.searches)
        return 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = B(i);
        if (!text_block(b))
            continue;
        if (g.ntext >= NOTICE_MAX_BLOCKS || b->words > SHAPE_LONG_WORDS || g.words + b->words > NOTICE_MAX_WORDS)
            return 0;
        g.text[g.ntext++] = i;
        g.words += b->words;
        if (b->words > g.max_words)
            g.max_words = b->words;
    }
    sp->story_read = 1;                 /* no story: its words are none */
    return mark_notice(sp, &g, 0);
}

/* Beside a story, the boxes with no link that the shape rule cannot judge:
 * nearest the story on each side, at the end of the story's own box, the
 * body's first text. */
static int mark_notices(shape_page *sp, const int *level, int page_has_shell)
{
    nc_docmodel *m = sp->m;
    int marked = 0;
    shape_group g;
    for (int pass = 0; pass < 2; pass++) {      /* a second look once the page has a shell */
        int has = page_has_shell || marked;
        for (int side = 0; side < 2; side++) {
            if (!level[side])
                continue;
            int k = level[side] - 1;
            marked += mark_notice_nearest(sp, B(k)->parent, k, side ? 1 : -1, has);
        }
        collect_tail(sp, sp->story_block, &g);
        marked += mark_notice(sp, &g, has);
        collect_first(sp, sp->story_block, &g);
        marked += mark_notice(sp, &g, has);
        int head = story_head(sp, sp->story_block);
        if (head >= 0)
            marked += mark_notice_nearest(sp, sp->story_block, head, -1, has);
        if (!marked || has)
            break;
    }
    return marked;
}

/* --- a shell's rail of other stories ------------------------------------ */

/* A theme's 404 template prints, under its message and search box, a rail
 * of the site's other stories ("OUR LATEST POSTS", "Artículos recientes",
 * "You may also like") or a site map ("Карта сайта:" over the sections).
 * Glued beside a story, that rail is no furniture by its tags and says
 * nothing a shell says: it stayed, and on a theme's whole 404 page its
 * teasers were the "article text" that kept the page from being a soft
 * error. A box r is such a rail when
 *  - the nearest sibling before it with text is a box of nothing but
 *    shell (a label of at most RAIL_LABEL_WORDS words with no link may
 *    stand between them: "Карта сайта:");
 *  - it is no furniture, holds no heading of the story, no long block and
 *    no copy; at most RAIL_OWN_BLOCKS blocks of its text (its heading)
 *    stand outside its cards;
 *  - its cards: at least RAIL_MIN_CARDS sibling elements of one tag and
 *    class (bare <li>s too), outside furniture, each holding a link and
 *    at most RAIL_CARD_WORDS words of short blocks, one a headline of
 *    RAIL_HEADLINE_WORDS words or more, or a site map's section over a
 *    list of its pages: a menu's one-word items are no cards (a site
 *    header's <ul> right under a shell glued over the page stays);
 *  - and it belongs to the shell, not to the story: headed (its own
 *    heading or the label has letters outside links; a masthead's logo is
 *    a link), it comes before the story's container (the shell and its
 *    rail glued over the story), or the page has no story and nothing
 *    with text follows the rail in its parent (a theme's whole 404 page);
 *    or, headed or not, the shell and the rail are the only boxes with
 *    text in an element below the page's and the story's wrappers (the
 *    template's own box, Ghost's error section over its post feed). A box
 *    of links after the rail (a site map, a list of the site's programmes
 *    under one label: link_box) is no text that follows it. A
 *    rail after a shell that comes after the story may be the page's own
 *    "Related" rail, and stays. */
#define RAIL_LABEL_WORDS 8
#define RAIL_OWN_BLOCKS 2
#define RAIL_MIN_CARDS 3
#define RAIL_CARD_WORDS 60
#define RAIL_CARD_BLOCKS 8
#define RAIL_MAX_BLOCKS 400
#define RAIL_LONG_WORDS 30

static int page_or_story_level(const nc_block *b)
{
    return is_tag(b, "body") || is_tag(b, "html") || is_tag(b, "main") || is_tag(b, "article");
}

/* Has element a text, and is every text block in it (furniture inside it,
 * a search form's label, aside) a shell's? -1: no text; 0: not all shell. */
static int all_shell_box(const nc_docmodel *m, int a)
{
    int any = 0;
    for (int j = a; j <= B(a)->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x) || x->boilerplate)
            continue;
        if (x->verdict != NC_SHELL)
            return 0;
        any = 1;
    }
    return any ? 1 : -1;
}

static int has_text_in(const nc_docmodel *m, int a)
{
    for (int j = a; j <= B(a)->last_desc; j++)
        if (text_block(B(j)) && !B(j)->boilerplate)
            return 1;
    return 0;
}

/* Is card c a teaser of another page: a link, short blocks only, one a
 * headline of RAIL_HEADLINE_WORDS words or more, or a site map's section
 * over a list of its pages? A menu's items ("Economia", "Política") are
 * neither. */
#define RAIL_HEADLINE_WORDS 4

static int rail_card(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    int words = 0, blocks = 0, headline_words = 0, sub_items = 0;
    if (B(c)->boilerplate)
        return 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *x = B(j);
        sub_items += j > c && is_tag(x, "li");
        if (!text_block(x))
            continue;
        if (x->words > RAIL_LONG_WORDS || ++blocks > RAIL_CARD_BLOCKS)
            return 0;
        words += x->words;
        if (x->words > headline_words)
            headline_words = x->words;
    }
    /* the link last: has_link reads the card's markup */
    return blocks > 0 && words <= RAIL_CARD_WORDS
        && (headline_words >= RAIL_HEADLINE_WORDS || sub_items >= 2) && has_link(sp->html, B(c));
}

/* Where the series of siblings from c (up to last) that share c's tag and
 * class ends, and how many they are in *size: a run of cards is one such
 * series (a bare <li> by its tag; any other element without a class is a
 * series of one). Series shorter than RAIL_MIN_CARDS hold no rail, so the
 * card tests (rail_card reads each sibling's markup) skip them. */
static int card_series_end(const nc_docmodel *m, int c, int last, int rows, int *size)
{
    int keyed = B(c)->hint[0] || is_tag(B(c), "li") || (rows && is_tag(B(c), "tr")), next = B(c)->last_desc + 1;
    *size = 1;
    while (keyed && next <= last && !strcmp(B(next)->tag, B(c)->tag) && !strcmp(B(next)->hint, B(c)->hint)) {
        ++*size;
        next = B(next)->last_desc + 1;
    }
    return next;
}

/* The cards of rail r: the largest series of sibling elements of one tag
 * and class inside r that are all teaser cards; their count (when under
 * RAIL_MIN_CARDS, maybe less than the largest) and their parent in *holder. */
static int rail_cards(const shape_page *sp, int r, int *holder)
{
    const nc_docmodel *m = sp->m;
    int best = 0;
    for (int x = r; x <= B(r)->last_desc; x++) {
        if (B(x)->last_desc == x)
            continue;
        for (int g = x + 1, next, size; g <= B(x)->last_desc; g = next) {
            next = card_series_end(m, g, B(x)->last_desc, 0, &size);
            if (size < RAIL_MIN_CARDS)
                continue;
            for (int c = g, run = 0; c < next; c = B(c)->last_desc + 1) {
                if (!rail_card(sp, c)) {
                    run = 0;
                    continue;
                }
                if (++run > best) {
                    best = run;
                    *holder = x;
                }
            }
        }
    }
    return best;
}

/* Returns 0 when r is no rail, else 1 + how many of its own blocks (its
 * heading) have letters outside links. */
static int is_rail(const shape_page *sp, int r)
{
    const nc_docmodel *m = sp->m;
    const nc_block *rb = B(r);
    if (rb->boilerplate || furniture_tag(rb) || rb->last_desc - r > RAIL_MAX_BLOCKS || !rb->trusted
        || (sp->footer && sp->footer[r]) || nc_doc_comment_thread_of(m, r) >= 0)
        return 0;
    int holder = -1;
    if (rail_cards(sp, r, &holder) < RAIL_MIN_CARDS)
        return 0;
    int own = 0, heads = 0;
    for (int j = r; j <= rb->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x) || x->boilerplate)
            continue;
        if (x->verdict == NC_DUPLICATE || x->words > RAIL_LONG_WORDS || headline(sp, x) || !x->trusted)
            return 0;
        if (j > holder && j <= B(holder)->last_desc)
            continue;
        if (++own > RAIL_OWN_BLOCKS)
            return 0;
        heads += x->end <= sp->len && block_unlinked(sp, j) > 0;
    }
    return 1 + heads;
}

/* An item of a list of headlines without links: a ticker's <li>s, a
 * layout table's "3 ore fa Festival del mare, record di presenze" rows
 * in a side column, a "Latest" list of times and titles. One short line
 * that ends like no sentence: a headline is a title, not a sentence (a
 * live page's items, a gallery's captions and a story's points end with
 * one). */
#define HEADLINE_ITEM_WORDS 20

static int headline_item(const nc_docmodel *m, int c)
{
    int lines = 0;
    if (B(c)->boilerplate)
        return 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x))
            continue;
        if (++lines > 1 || x->words > HEADLINE_ITEM_WORDS || x->heading_level == 1
            || nc_text_ends_sentence(x->text, x->text_len))
            return 0;
    }
    return lines == 1;
}

/* Does list x stand under a page's <h1> (its story's headline, or its
 * message's): does x hold one, or is the nearest text before it one? */
static int under_h1(const nc_docmodel *m, int x)
{
    for (int j = x; j <= B(x)->last_desc; j++)
        if (B(j)->heading_level == 1)
            return 1;
    for (int j = x - 1; j >= 0; j--)
        if (B(j)->last_desc < x && text_block(B(j)))
            return B(j)->heading_level == 1;
    return 0;
}

/* Does block b's first link lead to another page: its href no fragment
 * of this one (a live page's entries link to "#post-12")? */
static int links_elsewhere(const char *html, const nc_block *b)
{
    const char *p = html + b->start, *end = html + b->end;
    while (p < end && (p = memchr(p, '<', (apr_size_t)(end - p))) != NULL && end - p > 3) {
        if ((p[1] == 'a' || p[1] == 'A') && (p[2] == ' ' || p[2] == '\n')) {
            apr_size_t n = 0;
            const char *v = attr_value(html, (apr_size_t)(p - html) + 2, b->end, "href", &n);
            return v && n > 0 && v[0] != '#';
        }
        p++;
    }
    return 0;
}

/* Words of html[from, to) outside tags: runs of bytes that are no space. */
static int markup_words(const char *html, apr_size_t from, apr_size_t to)
{
    int words = 0, in_word = 0;
    for (apr_size_t i = from; i < to; i++) {
        if (html[i] == '<') {
            const char *gt = memchr(html + i, '>', to - i);
            if (!gt)
                break;
            i = (apr_size_t)(gt - html);
            in_word = 0;
            continue;
        }
        int space = html[i] == ' ' || html[i] == '\n' || html[i] == '\t' || html[i] == '\r';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

/* Is card c a teaser whose headline is its first link, standing on a line
 * of its own: a time or kicker of TEASER_KICKER_LETTERS letters at most
 * before it ("Hace 1 hora", "09:32"), a link to another page of
 * RAIL_HEADLINE_WORDS to HEADLINE_ITEM_WORDS words, a break right after
 * it (<br>, or its element's end), and the card TEASER_CARD_WORDS words
 * at most: an old layout's teaser tables and "most read" paragraphs, the
 * lede loose text under the link ("...hacia el sur</a><br>Las obras
 * comenzarán en primavera..."). A story's paragraph does not open with a
 * headline-long link on a line of its own. */
#define TEASER_KICKER_LETTERS 16
#define TEASER_CARD_WORDS 70

static int linked_headline_card(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    const nc_block *b = B(c);
    int words = 0, blocks = 0;
    if (b->boilerplate || !b->trusted || b->end > sp->len || b->end < b->start + 8)
        return 0;
    for (int j = c; j <= b->last_desc; j++)
        if (text_block(B(j)) && (++blocks > RAIL_CARD_BLOCKS || (words += B(j)->words) > TEASER_CARD_WORDS))
            return 0;
    const char *h = sp->html, *a = h + b->start, *end = h + b->end;
    while ((a = memchr(a, '<', (apr_size_t)(end - a))) != NULL && end - a > 3
           && !((a[1] == 'a' || a[1] == 'A') && (a[2] == ' ' || a[2] == '\n')))
        a++;
    if (!a || end - a <= 3 || unlinked_letters(h, b->start, (apr_size_t)(a - h)) > TEASER_KICKER_LETTERS)
        return 0;
    apr_size_t n = 0;
    const char *v = attr_value(h, (apr_size_t)(a - h) + 2, b->end, "href", &n);
    const char *open_end = memchr(a, '>', (apr_size_t)(end - a));
    if (!v || n == 0 || v[0] == '#' || !open_end)
        return 0;
    const char *close = open_end;
    while ((close = memchr(close, '<', (apr_size_t)(end - close))) != NULL && end - close > 4
           && !(close[1] == '/' && (close[2] == 'a' || close[2] == 'A') && close[3] == '>'))
        close++;
    if (!close || end - close <= 4)
        return 0;
    int head = markup_words(h, (apr_size_t)(open_end - h) + 1, (apr_size_t)(close - h));
    if (head < RAIL_HEADLINE_WORDS || head > HEADLINE_ITEM_WORDS || words - head < 1)
        return 0;
    const char *after = close + 4;
    while (after < end && (*after == ' ' || *after == '\n' || *after == '\r' || *after == '\t'))
        after++;
    if (end - after < 3 || after[0] != '<')
        return 0;
    const char *t = after + 1 + (after[1] == '/');
    return ((t[0] == 'b' || t[0] == 'B') && (t[1] == 'r' || t[1] == 'R'))
        || (after[1] == '/' && end - t > 1 && ((t[0] == 'h' || t[0] == 'H') || strncasecmp(t, "p>", 2) == 0
                                               || strncasecmp(t, "div", 3) == 0 || strncasecmp(t, "td", 2) == 0
                                               || strncasecmp(t, "li", 2) == 0));
}

/* Is card c a story's teaser with its lede: a heading of
 * RAIL_HEADLINE_WORDS to HEADLINE_ITEM_WORDS words that is all one link to
 * another page, then one paragraph of TEASER_LEDE_WORDS words at most
 * ("Related stories" under a 404 box, a front page's blocks: a lede runs
 * to 20-45 words, past the RAIL_LONG_WORDS a rail card may have). Only
 * the soft-error decision reads it (nc_shape_card_blocks): no rail this
 * finds is removed. */
#define TEASER_LEDE_WORDS 45
#define TEASER_MIN_CARDS 2

static int teaser_card(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    int head = 0, ledes = 0;
    if (B(c)->boilerplate)
        return 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x))
            continue;
        if (!x->trusted || x->end > sp->len)
            return 0;
        if (!head && x->role == NC_ROLE_HEADING && x->heading_level >= 2
            && x->words >= RAIL_HEADLINE_WORDS && x->words <= HEADLINE_ITEM_WORDS
            && block_unlinked(sp, j) < SHAPE_UNLINKED && links_elsewhere(sp->html, x))
            head = 1;
        else if (!head || x->role != NC_ROLE_OTHER || x->words > TEASER_LEDE_WORDS || ++ledes > 1)
            return 0;
    }
    return head && ledes == 1;
}

/* The blocks inside rails of teaser cards anywhere on the page: runs of at
 * least RAIL_MIN_CARDS sibling elements of one tag and class (bare <li>s
 * too) that are all teaser cards (rail_card). A theme's whole 404 page
 * keeps its "Popular" and "Latest" grids outside its error box, on every
 * page of the site: their teasers are other stories' ledes, no article
 * text of this page. Runs of headline items without links (headline_item;
 * a layout table's bare <tr>s too) are such a list as well, unless the
 * list stands under an <h1> (under_h1): a story of nothing but points
 * stays the story. A flag per block; NULL when there is no such rail. */
char *nc_shape_card_blocks(apr_pool_t *p, nc_docmodel *m, const char *html, apr_size_t len)
{
    if (!html || !m->is_html)
        return NULL;
    shape_page sp = { p, m, html, len, NULL, NULL, NULL, -1, -1, 0, 0, unlinked_memo(p, m), NULL };
    int n = m->blocks->nelts;
    char *in_card = NULL;
    for (int x = 0; x < n; x++) {
        if (B(x)->last_desc == x || B(x)->boilerplate)
            continue;
        int h1 = -1;
        for (int g = x + 1, next, size; g <= B(x)->last_desc; g = next) {
            next = card_series_end(m, g, B(x)->last_desc, 1, &size);
            if (size < TEASER_MIN_CARDS)
                continue;
            int run = 0, lead = -1, end = -1, all_rail = 1, all_teasers = 1;
            for (int c = g;; c = B(c)->last_desc + 1) {
                int more = c < next;
                int usable = more && B(c)->trusted && B(c)->end <= len;
                int teaser = usable && (teaser_card(&sp, c) || linked_headline_card(&sp, c));
                int rail = teaser || (usable && rail_card(&sp, c));
                int card = rail || (usable && headline_item(m, c));
                if (!card) {
                    if ((run >= RAIL_MIN_CARDS || (run >= TEASER_MIN_CARDS && all_teasers))
                        && (all_rail || !(h1 < 0 ? (h1 = under_h1(m, x)) : h1))) {
                        if (!in_card)
                            in_card = apr_pcalloc(p, (apr_size_t)n + 1);
                        memset(in_card + lead, 1, (apr_size_t)(end - lead + 1));
                    }
                    run = 0;
                    all_rail = 1;
                    all_teasers = 1;
                    lead = -1;
                }
                if (!more)
                    break;
                if (card) {
                    if (lead < 0)
                        lead = c;
                    run++;
                    all_rail &= rail;
                    all_teasers &= teaser;
                    end = B(c)->last_desc;
                }
            }
        }
    }
    return in_card;
}

/* A label between a shell box and its rail: one short line, no link. */
static int rail_label(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    int blocks = 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x))
            continue;
        if (++blocks > 1 || x->words > RAIL_LABEL_WORDS || x->boilerplate || x->verdict != NC_KEEP)
            return 0;
    }
    return blocks == 1 && B(c)->trusted && !has_link(sp->html, B(c));
}

/* Is box c a box of links: every text block in it all links (fewer than
 * SHAPE_UNLINKED letters outside them) but at most one label of at most
 * RAIL_LABEL_WORDS words ("I nostri programmi", "网站导航")? A site map or a
 * list of the site's programmes under a 404's rail is the template's, and
 * no text that follows the rail: it holds no sentence of a story. */
static int link_box(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    int labels = 0, links = 0;
    if (!B(c)->trusted)
        return 0;
    for (int j = c; j <= B(c)->last_desc; j++) {
        const nc_block *x = B(j);
        if (!text_block(x) || x->boilerplate)
            continue;
        if (!x->trusted || x->end > sp->len || x->verdict != NC_KEEP)
            return 0;
        if (block_unlinked(sp, j) < SHAPE_UNLINKED)
            links++;
        else if (++labels > 1 || x->words > RAIL_LABEL_WORDS || has_link(sp->html, x))
            return 0;
    }
    return links >= 2;
}

static int mark_rail(nc_docmodel *m, int a)
{
    int marked = 0;
    for (int j = a; j <= B(a)->last_desc; j++)
        if (text_block(B(j)) && !B(j)->boilerplate && B(j)->verdict == NC_KEEP) {
            B(j)->verdict = NC_SHELL;
            marked = 1;
        }
    return marked;
}

/* Per block, does it hold a shell block below it? */
static char *holding_shells(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    int n = m->blocks->nelts;
    char *holds = apr_pcalloc(sp->p, (apr_size_t)n + 1);
    for (int i = 0; i < n; i++)
        if (B(i)->verdict == NC_SHELL)
            for (int a = B(i)->parent; a >= 0 && !holds[a]; a = B(a)->parent)
                holds[a] = 1;
    return holds;
}

/* A word of a class or id that is a status code ("404" in "error-404"). */
static int status_code_word(const char *w, apr_size_t n)
{
    static const char *const codes[] = { "400", "401", "403", "404", "410", "500", "502", "503", NULL };
    return n == 3 && nc_hint_word_is_one_of(w, n, codes);
}

/* The lines of a theme's error message outside its box, once the page has
 * a shell: Newspaper prints "You can go to the HOMEPAGE" in <div
 * class="td-404-sub-sub-title"> and the heading of its latest posts in
 * <h4 class="block-title td-404-latest">; glued on both sides of a story,
 * the lines after it stand alone, in the theme's own words of any language
 * ("Puoi andare alla HOMEPAGE", "I NOSTRI ULTIMI ARTICOLI"). A short line
 * with no block inside, whose own class names a status code, is the
 * template's: not an id's number ("post-404", "page-id-404", "node-500",
 * Drupal's menu link "menu-404"). */
#define STATUS_LINE_MAX_WORDS 8

static int hint_names_status_line(const char *hint)
{
    static const char *const ids[] = { "post", "postid", "page", "id", "node", "item", "comment", "tag", "cat", "menu", NULL };
    /* a utility class's scale: Tailwind's "text-gray-500", "bg-red-400",
     * a font weight's "fw-500" */
    static const char *const scales[] = { "gray", "grey", "slate", "zinc", "neutral", "stone", "red", "orange",
                                          "amber", "yellow", "lime", "green", "emerald", "teal", "cyan", "sky",
                                          "blue", "indigo", "violet", "purple", "fuchsia", "pink", "rose", "fw",
                                          "font", "weight", "w", "h", "z", "duration", "delay", "opacity", NULL };
    int code = 0;
    const char *prev = NULL;
    apr_size_t n, prev_n = 0;
    if (!strpbrk(hint, "45"))
        return 0;               /* every status code word has one (status_code_word) */
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)); prev = w, prev_n = n) {
        if (nc_hint_word_is_one_of(w, n, ids))
            return 0;
        code |= status_code_word(w, n) && !(prev && nc_hint_word_is_one_of(prev, prev_n, scales));
    }
    return code;
}

static int status_named_line(const shape_page *sp, int i)
{
    const nc_docmodel *m = sp->m;
    const nc_block *b = B(i);
    return b->last_desc == i && text_block(b) && !b->boilerplate && b->trusted && *b->hint
           && b->words <= STATUS_LINE_MAX_WORDS && !(sp->footer && sp->footer[i])
           && hint_names_status_line(b->hint) && !headline(sp, b);
}

static int mark_status_named_lines(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    int marked = 0;
    for (int i = 0; i < m->blocks->nelts; i++)
        if (B(i)->verdict == NC_KEEP && status_named_line(sp, i)) {
            B(i)->verdict = NC_SHELL;
            marked = 1;
        }
    return marked;
}

/* Is shell box c the template's heading line over a rail: a heading, its
 * own class naming a status code ("td-404-latest")? */
static int status_named_heading(const shape_page *sp, int c)
{
    const nc_docmodel *m = sp->m;
    return B(c)->role == NC_ROLE_HEADING && B(c)->verdict == NC_SHELL && status_named_line(sp, c);
}

static int mark_shell_rails(shape_page *sp, int story)
{
    nc_docmodel *m = sp->m;
    int n = m->blocks->nelts, marked = 0;
    /* only elements that hold a shell block are looked at */
    char *holds = holding_shells(sp);
    for (int parent = 0; parent < n; parent++) {
        const nc_block *pb = B(parent);
        /* a layout table's row: its cells are the page's columns (a side
         * column's headlines beside the cell the shell is in), no box's */
        if (!holds[parent] || pb->boilerplate || is_tag(pb, "tr"))
            continue;
        /* its children with text, in order: a shell box (boxes in a row
         * read as one, the last one before the rest), a label?, the rail;
         * each shell box in turn (a theme's 404 glued on both sides of a
         * story puts its second half, and its rail, after the story) */
        for (int from = parent + 1, later = 0; from <= pb->last_desc; later = 1) {
            int shell_at = -1, next[2], nnext = 0;
            for (int c = from; c <= pb->last_desc && nnext < 2; c = B(c)->last_desc + 1) {
                if (!has_text_in(m, c))
                    continue;
                if (nnext == 0 && all_shell_box(m, c) == 1)
                    shell_at = c;
                else if (shell_at >= 0)
                    next[nnext++] = c;
            }
            if (shell_at < 0 || nnext == 0)
                break;
            from = next[0];
            int label = nnext == 2 && rail_label(sp, next[0]) ? next[0] : -1;
            int r = label >= 0 ? next[1] : next[0];
            int rail = is_rail(sp, r);
            if (!rail)
                continue;
            int after = 0, before_shell = 0;
            for (int c = B(r)->last_desc + 1; c <= pb->last_desc && !after; c = B(c)->last_desc + 1)
                after = has_text_in(m, c) && !link_box(sp, c);
            for (int c = parent + 1; c < shell_at && !before_shell; c = B(c)->last_desc + 1)
                before_shell = has_text_in(m, c);
            /* headed ("OUR LATEST POSTS", "Карта сайта:") unless in the
             * template's own box; or headed by the template's own line
             * (status_named_lines: "SON YAZILARIMIZ" in "td-404-latest"),
             * which says the rail is its 404's wherever the story is; a
             * later shell box's rail only so (a story's "related" box
             * after a second shell box is the story's) */
            int headed = label >= 0 || rail > 1;
            int belongs = status_named_heading(sp, shell_at)
                       || (!later && ((headed && story >= 0 && story > B(r)->last_desc)
                                      || (headed && story < 0 && !after)
                                      || (!page_or_story_level(pb) && !after && !before_shell
                                          && (story < 0 || story < parent || story > pb->last_desc))));
            if (!belongs)
                continue;
            if (label >= 0)
                marked |= mark_rail(m, label);
            marked |= mark_rail(m, r);
            parent = pb->last_desc;
            break;
        }
    }
    return marked;
}

/* The template names its error box: "error-404", "error404-recent",
 * "penci-404-wrap", "not-found", "wpmm-maintenance-block". Named: a word
 * (letters and digits) that is a status code beside the word "error",
 * "errorNNN" or "NNNerror"/"NNNpage", "notfound", "not" "found"; with
 * holds_shell (the box already holds a shell block) also a bare status
 * code, "error" "page" and "maintenance". A post's id ("post-404") alone
 * names nothing unless the box holds a shell. */

static int hint_names_error_box(const char *hint, int holds_shell)
{
    int error = 0, code = 0, page = 0, not_ = 0, found = 0;
    apr_size_t n, pn = 0;
    const char *prev = NULL;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)); prev = w, pn = n) {
        if (n == 8 && !strncmp(w, "notfound", 8))
            return 1;
        if (n == 8 && (!strncmp(w, "error", 5) && status_code_word(w + 5, 3)))
            return 1;
        if ((n == 8 && status_code_word(w, 3) && !strncmp(w + 3, "error", 5))
            || (n == 7 && status_code_word(w, 3) && !strncmp(w + 3, "page", 4)))
            return 1;
        if (holds_shell && n == 11 && !strncmp(w, "maintenance", 11))
            return 1;
        error |= n == 5 && !strncmp(w, "error", 5);
        code |= status_code_word(w, n) && !nc_hint_code_is_id(prev, pn, w);
        page |= n == 4 && !strncmp(w, "page", 4);
        not_ |= n == 3 && !strncmp(w, "not", 3);
        found |= n == 5 && !strncmp(w, "found", 5);
    }
    return (error && code) || (not_ && found) || (holds_shell && (code || (error && page)));
}

/* A box the template names an error box (hint_names_error_box), once the
 * page has a shell: its "popular posts" grid, its category list, its
 * search, which no phrase names, go with it (the `bh-*` set: Soledad's
 * 404 block glued after the story, Sahifa's "error404-recent" grid after
 * the story the 404 title heads). Not the story's box nor one holding the
 * story, no page-level element, no furniture, no block of prose length, no
 * copy, at most RAIL_MAX_BLOCKS blocks: a named box of short lines. */
/* The sibling element with text right before element a, or -1. */
static int text_sibling_before(const nc_docmodel *m, int a)
{
    int parent = B(a)->parent, prev = -1;
    if (parent < 0)
        return -1;
    for (int c = parent + 1; c < a; c = B(c)->last_desc + 1)
        if (has_text_in(m, c))
            prev = c;
    return prev;
}

/* Does element a come right after a box of nothing but shell: a template's
 * next section (Shopify's "featured-collection-404" of "You may also like"
 * products under its "main-404" section), named by a bare status code?
 * Not a rail of stories: one after a shell may be the page's own, whatever
 * its name (test_engine's "be templates"). */
static int after_shell_box(const nc_docmodel *m, int a)
{
    int prev = text_sibling_before(m, a);
    return prev >= 0 && all_shell_box(m, prev) == 1;
}

static int mark_named_error_boxes(shape_page *sp, int story)
{
    nc_docmodel *m = sp->m;
    int n = m->blocks->nelts, marked = 0;
    char *holds = holding_shells(sp);
    for (int a = 0; a < n; a++) {
        const nc_block *ab = B(a);
        if (!*ab->hint || ab->last_desc == a || ab->boilerplate || furniture_tag(ab) || page_or_story_level(ab)
            || !ab->trusted || ab->last_desc - a > RAIL_MAX_BLOCKS || (sp->footer && sp->footer[a])
            || (story >= a && story <= ab->last_desc)
            || !(hint_names_error_box(ab->hint, holds[a])
                 || (hint_names_status_line(ab->hint) && after_shell_box(m, a) && !is_rail(sp, a))))
            continue;
        int fits = 1, keep = 0;
        for (int j = a + 1; j <= ab->last_desc && fits; j++) {
            const nc_block *x = B(j);
            if (!text_block(x) || x->boilerplate)
                continue;
            fits = x->verdict == NC_SHELL || (x->verdict == NC_KEEP && x->words <= RAIL_LONG_WORDS && x->trusted);
            keep += x->verdict == NC_KEEP;
        }
        if (!fits || !keep)
            continue;
        marked |= mark_rail(m, a);
        a = ab->last_desc;
    }
    return marked;
}

/* The title a theme prints over its error box, outside it: Twenty
 * Twenty-One's <header class="page-header"><h1>Nothing here</h1></header>
 * right before its <div class="error-404 not-found">, in the site's
 * language ("Nulla qui"). The box is named an error box and all shell;
 * the element right before it holds one short heading and nothing else,
 * which shares no word with the page's <title> or the story (the story's
 * own headline does). A <header> ends every shape group, so no group
 * reaches it. */
static int mark_error_box_titles(shape_page *sp)
{
    nc_docmodel *m = sp->m;
    int n = m->blocks->nelts, marked = 0;
    for (int a = 0; a < n; a++) {
        const nc_block *ab = B(a);
        if (!*ab->hint || ab->last_desc == a || all_shell_box(m, a) != 1 || !hint_names_error_box(ab->hint, 1))
            continue;
        int prev = text_sibling_before(m, a), title = -1, texts = 0;
        for (int j = prev; prev >= 0 && j <= B(prev)->last_desc; j++)
            if (text_block(B(j)) && !B(j)->boilerplate) {
                texts++;
                title = j;
            }
        if (texts != 1)
            continue;
        nc_block *t = B(title);
        if (t->role != NC_ROLE_HEADING || t->verdict != NC_KEEP || !t->trusted || t->words > SHAPE_TITLE_WORDS
            || (sp->footer && sp->footer[title]))
            continue;
        read_story(sp);
        int t_shared, t_total, s_shared, s_total;
        nc_word_set_overlap(sp->title, sp->p, t->text, t->text_len, &t_shared, &t_total);
        nc_word_set_overlap(sp->story, sp->p, t->text, t->text_len, &s_shared, &s_total);
        if (t_shared || s_shared || !sp->title_names_story)
            continue;
        t->verdict = NC_SHELL;
        marked = 1;
    }
    return marked;
}

int nc_shell_shape_mark(apr_pool_t *p, nc_docmodel *m, const char *html, apr_size_t len,
                        int page_has_shell)
{
    if (!html)
        return 0;
    shape_page sp = { p, m, html, len, m->is_html ? nc_doc_named_footers(p, m) : NULL, nc_word_set_make(p),
                      nc_word_set_make(p), -1, -1, 0, 0, unlinked_memo(p, m), NULL };
    if (!m->is_html)
        return plain_notices(&sp, page_has_shell);
    int story = story_container(m, sp.footer, p);
    sp.story_block = story;
    if (story < 0) {
        if (page_has_shell) {
            int lines = mark_status_named_lines(&sp);
            return lines + mark_shell_rails(&sp, story);
        }
        add_head_title(&sp);
        return only_a_box(&sp) || bare_notice_page(&sp);
    }
    sp.title_block = add_head_title(&sp);
    sp.title_holds = apr_palloc(p, (apr_size_t)m->blocks->nelts + 1);
    memset(sp.title_holds, 0xff, (apr_size_t)m->blocks->nelts + 1);

    /* From the story's container outwards: on each side, the nearest text
     * that is not the story's own head is the one candidate. */
    shape_group found[2];
    int level[2] = { 0, 0 }, marked = 0;     /* level: the path's element + 1 */
    for (int k = story; k >= 0 && !(level[0] && level[1]); k = B(k)->parent) {
        int parent = B(k)->parent;
        if (parent < 0 || is_tag(B(parent), "html"))
            break;
        for (int side = 0; side < 2; side++) {
            shape_group g;
            if (level[side])
                continue;
            collect(&sp, parent, k, side ? 1 : -1, 0, 0, &g);
            if (g.headline || !g.ntext)
                continue;                   /* the story's head, or nothing: further out */
            found[side] = g;
            level[side] = k + 1;
        }
    }
    nc_shape_signs s[2];
    memset(s, 0, sizeof s);
    int shell[2] = { 0, 0 }, fresh[2] = { 0, 0 }, theirs[2] = { 0, 0 };
    for (int side = 0; side < 2; side++) {
        int shells = 0;
        for (int i = 0; level[side] && i < found[side].ntext; i++)
            shells += B(found[side].text[i])->verdict != NC_KEEP;
        /* fresh: the word rules found nothing in it; theirs: all of it. A
         * group they found in part is left to them: their growth knows
         * its extent (a breadcrumb over a shell box is no shell's) */
        fresh[side] = level[side] && shells == 0;
        theirs[side] = level[side] && shells == found[side].ntext;
    }
    for (int side = 0; side < 2; side++)
        if (fresh[side] && trusted_group(m, &found[side])) {
            signs_of(&sp, &found[side], &s[side]);
            shell[side] = nc_shape_is_shell(&s[side], page_has_shell);
        }
    /* around: one box on both sides of the story, judged as one */
    if (!(shell[0] && shell[1]) && level[0] && level[0] == level[1]
        && fresh[0] + fresh[1] >= 1 && fresh[0] + fresh[1] + theirs[0] + theirs[1] >= 2
        && trusted_group(m, &found[0]) && trusted_group(m, &found[1])
        && found[0].ntext + found[1].ntext <= SHAPE_MAX_BLOCKS
        && found[0].words + found[1].words <= SHAPE_MAX_WORDS
        && found[0].nsib + found[1].nsib <= 2 * SHAPE_MAX_BLOCKS) {
        shape_group u = found[0];
        for (int i = 0; i < found[1].nsib; i++) u.sib[u.nsib++] = found[1].sib[i];
        for (int i = 0; i < found[1].ntext; i++) u.text[u.ntext++] = found[1].text[i];
        for (int i = 0; i < found[1].nform && u.nform < SHAPE_MAX_BLOCKS; i++) u.form[u.nform++] = found[1].form[i];
        u.words += found[1].words;
        u.unlinked |= found[1].unlinked;
        if (found[1].max_words > u.max_words) u.max_words = found[1].max_words;
        nc_shape_signs us;
        signs_of(&sp, &u, &us);
        if (nc_shape_is_shell(&us, page_has_shell))
            return mark_group(m, &u) + mark_notices(&sp, level, 1);
    }
    for (int side = 0; side < 2; side++)
        if (shell[side])
            marked += mark_group(m, &found[side]);
    marked += mark_long_line_boxes(&sp, story, shell);
    /* the other half of the shell just found */
    for (int side = 0; side < 2 && marked && !page_has_shell; side++)
        if (fresh[side] && !shell[side] && trusted_group(m, &found[side])
            && nc_shape_is_shell(&s[side], 1))
            marked += mark_group(m, &found[side]);
    marked += mark_notices(&sp, level, page_has_shell || marked);
    if (page_has_shell || marked)
        marked += mark_far_half(&sp, level[1] && !shell[1] ? &found[1] : NULL);
    if (page_has_shell || marked)
        marked += mark_status_named_lines(&sp);
    if (page_has_shell || marked)
        marked += mark_shell_rails(&sp, story);
    if (page_has_shell || marked)
        marked += mark_named_error_boxes(&sp, story);
    if (page_has_shell || marked)
        marked += mark_error_box_titles(&sp);
    return marked;
}
