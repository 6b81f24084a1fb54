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
#include "shell_catalog.h"
#include "error_traces.h"
#include "shell_model.h"
#include "verdict_cache.h"
#include "buf.h"
#include "shell_shape.h"
#include "edits.h"
#include <apr_lib.h>

#include <string.h>
#include <strings.h>
#include <apr_strings.h>

#define SHELL_MAX_BLOCK_WORDS 30     /* longer blocks are article text */

#define NC_TRIGGER_PREFIXES 370       /* room for trigger_prefixes (checked below it) */
#define NC_TRIGGER_STEMS_LISTED 306   /* trigger_stems (checked below it) */

struct nc_shell_rules {
    apr_array_header_t *phrases;       /* of nc_regex *: error-page sentences */
    nc_regex *strong_token;            /* a whole block that is an error title */
    nc_regex *weak_token;              /* a whole block that is a bare code or exclamation */
    nc_regex *server_signature;        /* "Apache/2.4.62" inside a short line */
    nc_regex *bare_signature;          /* "www.example.it Apache": a line of its own */
    nc_regex *status_code;             /* a whole block that is a bare 4xx/5xx code */
    nc_regex *status_reason;           /* a whole block that is an HTTP reason phrase */
    nc_regex *status_reason_lead;      /* a block that opens with one as a sentence */
    nc_regex *coded_lead;              /* a block that opens with "Error 404." */
    nc_regex *coded_mention;           /* "Foutcode 410", "(410)" anywhere in a short block */
    nc_regex *coded_title;             /* "Error 403 - This web app is stopped." as a heading */
    apr_array_header_t *composed;      /* of nc_regex *: a page noun near a failure predicate */
    int first_template;                /* composed[i] for i >= this: template_patterns */
    int first_soft;                    /* composed[i] for i >= this: soft_patterns */
    int first_advice;                  /* composed[i] for i >= this: advice_patterns */
    nc_regex *apology;                 /* a block that opens with "Sorry," "Oops!" "Vaya," */
    nc_regex *box_apology;             /* a paragraph that opens with the site's apology proper */
    nc_regex *attribution;             /* ", the spokesman said." after a phrase: reported speech */
    nc_regex *vocabulary;              /* words a shell's own sentences use ("moved", "URL") */
    nc_regex *failure;                 /* a status code or the word "error", any language */
    apr_uint32_t trigger_pairs[26];    /* bit b of [a]: a trigger prefix starts with letters a, b */
    apr_uint16_t pair_first[26 * 26];  /* the prefixes that start with a pair: */
    unsigned char pair_count[26 * 26]; /* by_pair[pair_first[ab] .. + pair_count[ab]) */
    const char *by_pair[NC_TRIGGER_PREFIXES];
    unsigned char by_pair_len[NC_TRIGGER_PREFIXES];
    const char *stems[2 * NC_TRIGGER_STEMS_LISTED]; /* trigger_stems and their capitalised forms */
    apr_size_t stem_len[2 * NC_TRIGGER_STEMS_LISTED];
    int nstems;
    char *phrase_high, *composed_high; /* [i]: pattern i matches only text with a byte >= 0x80 */
    nc_catalog *catalog;               /* what real servers' and CMSs' error pages say */
    nc_traces *traces;                 /* stack frames, exception headers, PHP error lines */
};

/* A paragraph that opens with an apology proper, in a shell's own box: a
 * 404 box's long explanation ("We're sorry. The story or page you were
 * trying to reach may have been moved, renamed or taken down, ..."), 40
 * to 70 words. Only "sorry" and its translations: a story's sentence
 * opens with "Leider", "Purtroppo", "Niestety" ("unfortunately") often
 * enough, with "we are sorry" hardly ever. */
static const char *const box_apology_pattern =
    "^\\W*(?:sorry|we(?:'re|’re| are) (?:so |very |truly )?sorry|our apologies|we apologi[sz]e|"
    "(?:nous sommes |nous )?(?:désolés?|navrés?)|(?:es |das )?tut uns leid|wir bitten um entschuldigung|entschuldigung|"
    "lo sentimos|disculp(?:a|e|en|as)|ci dispiace|(?:siamo )?spiacenti|ci scusiamo|desculpe|lamentamos|sentimos muito|"
    "het spijt (?:ons|me)|onze excuses|przepraszamy|извините|приносим (?:свои )?извинения|вибачте|просимо вибачення|"
    "перепрошуємо|(?:çok )?üzgünüz|özür dileriz|عذرا|عذراً|عذرًا|نأسف|نعتذر|抱歉|很抱歉|对不起|對不起|"
    "申し訳(?:ございません|ありません)|すみません|죄송합니다|omlouváme se|λυπούμαστε)(?:\\W|$)";

/* Sentences that only error pages say, in the languages news mirrors meet. */
static const char *const phrase_patterns[] = {
    /* English */
    "\\bthe (?:page|article|story|content|file|url|link) you(?:'re|’re| are| were| have)?\\s+"
        "(?:looking for|requested|request|tried to (?:access|reach|open)|trying to (?:access|reach)|followed)",
    "\\b(?:page|article|url|document|resource|file) (?:you requested )?(?:was|could|can|cannot|can't|has)?\\s*"
        "(?:not|n't|no longer)?\\s*(?:be )?(?:found|exists?)\\b.{0,40}(?:on this server|removed|moved|unavailable)",
    "\\bwe(?:'re|’re| are) sorry,? (?:but )?(?:the|this|that|we) (?:page|article|url|link|can(?:no|')t find)",
    "\\bthe requested (?:url|page|resource|document)\\b.{0,300}?\\b(?:was not found|could not be found|is not available)",
    "\\byou (?:don't|don’t|do not) have permission to (?:access|view this directory)\\b",
    "\\b(?:has|have|could have|might have|may have) been removed, had its name changed,? or is temporarily unavailable",
    "\\byou may have mistyped the address\\b",
    "\\bif you are the application owner,? check (?:the|your) logs\\b|"
        "\\ban error occurred in the application and your page could not be served\\b",
    "\\b(?:whitelabel error page|no explicit mapping for /error)\\b|\\bcould not resolve view with name '[^']{1,160}' in servlet with name\\b|\\bthere was an unexpected error \\(type=",
    /* Magento's error report (pub/errors): its lines under "There has been
     * an error processing your request" */
    "\\bexception printing is disabled by default for security reasons\\b|^error log record number: [0-9a-f]{6,}",
    "\\bthe initial connection between cloudflare|\\bperformance (?:&|and) security by cloudflare\\b",
    /* the other sentences of Cloudflare's 5xx pages (520-526): what
     * happened, and the two headings over what to do */
    "\\bthere is an unknown connection issue between cloudflare and the origin web server\\b|"
        "\\bthe web server is not returning a connection\\b|"
        "\\bthe origin web server timed out (?:responding to this request|before responding)\\b|"
        "\\bcloudflare is (?:currently )?unable to (?:resolve your requested domain|establish an ssl connection to the origin server)\\b|"
        "\\bthe origin web server does not have a valid ssl certificate\\b|"
        "\\bif you(?:'re|’re| are) (?:a visitor|the owner) of this website\\b|"
        /* the same pages as Cloudflare serves them translated: the origin
         * web server timed out or did not answer */
        "\\bservidor web de origen[^.!?]{0,40}?(?:agotó el tiempo de espera|no (?:respondió|responde|devuelve))|"
        "\\ble serveur web d(?:'|’)origine (?:a expiré|n(?:'|’)a pas répondu|ne (?:répond|renvoie) pas)|"
        "\\b(?:der )?ursprungs-?webserver (?:hat )?(?:eine zeitüberschreitung|nicht (?:rechtzeitig )?geantwortet|antwortet nicht)|"
        "\\bil server web di origine (?:è andato in timeout|non ha risposto|non risponde)|"
        "\\bo servidor web de origem (?:excedeu o tempo limite|não respondeu|não está a responder|não está respondendo)|"
        "\\bde (?:oorspronkelijke|bron)webserver (?:heeft een time-?out|reageerde niet|reageert niet)|"
        "\\bserwer (?:www )?źródłowy (?:przekroczył limit czasu|nie odpowiedział|nie odpowiada)|"
        "исходный веб-сервер (?:не ответил|не отвечает|превысил время ожидания)|"
        "вихідний веб-сервер (?:не відповів|не відповідає|перевищив час очікування)|"
        "kaynak web sunucusu (?:zaman aşımına uğradı|yanıt vermedi)",
    "\\bthe requested resource (?:was not found|could not be found|is not available)\\b",
    "\\bsorry,? (?:but )?(?:this|the) page (?:doesn't|doesn’t|does not|can't|cannot|could not|no longer)\\b",
    "\\b(?:this|the) page (?:doesn't|doesn’t|does not|no longer) exists?\\b",
    "\\b(?:this|the) page (?:could not|cannot|can't|can’t) be found\\b",
    "\\bnothing (?:was )?found (?:at|for) this (?:location|address|url)\\b",
    "\\boops[!.,]*\\s+(?:that|this|the) page\\b",
    "\\b(?:guru medi(?:t)?ation|backend fetch failed|varnish cache server)\\b",
    /* PHP's two fatal errors that no template catches, as its error page
     * (Whoops, Symfony's, Laravel's) heads itself with them */
    "\\ballowed memory size of \\d+ bytes exhausted\\b|\\bmaximum execution time of \\d+ seconds exceeded\\b",
    /* S3's and Tomcat's own sentences; a framework's "The server returned a "404 Not Found"."
     * and Symfony's "Please let us know what you were doing when this error occurred." */
    "\\bthe specified (?:key|bucket) does not exist\\b|"
        "\\ban error occurred while attempting to retrieve a custom error document\\b|"
        "\\bdid not find a current representation for the target resource\\b|"
        "\\bthe server (?:returned|responded with) (?:an? )?(?:http )?(?:status )?\\W?[45]\\d\\d\\b|"
        /* Symfony's error page under that title */
        "\\blet us know what you were doing when (?:this|the) error occurred\\b",
    /* the same two of Tomcat's sentences as its translators wrote them
     * (LocalStrings_xx: "The requested resource [/x] is not available", "The
     * origin server did not find a current representation for the target
     * resource..."), and the 13 other languages' usual wording for them */
    "\\b(?:die angeforderte ressource|la ressource demandée|el recurso (?:requerido|solicitado)|"
        "la risorsa richiesta|o recurso (?:requisitado|solicitado|pedido)|de (?:gevraagde|opgevraagde) bron|"
        "żądany zasób|запрашиваемый ресурс|запрошенный ресурс|запитаний ресурс|istenen kaynak)\\s*(?:\\[[^\\]]{0,300}\\]\\s*)?"
        "(?:ist nicht verfügbar|n(?:'|’)est pas disponible|no (?:está|se encuentra) disponible|non è disponibile|"
        "não está disponível|is niet beschikbaar|nie jest dostępny|недоступ\\w*|не доступ\\w*|"
        "(?:mevcut değil|kullanılamıyor|kullanılabilir değil)|"
        /* and "could not be found" (Liferay's, a portal's and an API
         * gateway's "The requested resource could not be found.") */
        "(?:konnte|kann) nicht gefunden werden|wurde nicht gefunden|est introuvable|n(?:'|’)a pas (?:pu être|été) trouvée|"
        "no (?:se )?(?:ha )?(?:podido|pudo|puede) (?:ser )?encontrar(?:se)?|no (?:se )?(?:ha )?(?:sido )?encontrado|"
        "non (?:è stata|può essere) trovata|não (?:pôde|pode) ser encontrado|não foi encontrado|"
        "(?:kon|kan) niet (?:worden )?gevonden(?: worden)?|(?:is|werd) niet gevonden|"
        "nie (?:został|mógł zostać|może zostać) (?:znaleziony|odnaleziony)|"
        "не (?:найден|может быть найден)|не (?:знайдено|знайдений|може бути знайдений)|bulunamadı|bulunamıyor)|"
        "المورد المطلوب\\s*(?:\\[[^\\]]{0,300}\\]\\s*)?(?:غير (?:متوفر|متاح|موجود)|لم يتم العثور عليه)|"
        "(?:请求的|所请求的|要求的)资源\\s*(?:\\[[^\\]]{0,300}\\]\\s*)?(?:不可用|不存在|未找到|找不到)|"
        "要求されたリソース\\s*(?:\\[[^\\]]{0,300}\\]\\s*)?(?:は|が)(?:利用できません|存在しません|見つかりません(?:でした)?)|"
        /* Tomcat's Korean translation (LocalStrings_ko) */
        "요청된 리소스\\s*(?:\\[[^\\]]{0,300}\\]\\s*)?(?:은\\(는\\)|은|는|이|가)?\\s*(?:가용하지 않|사용할 수 없|존재하지 않|찾을 수 없)",
    "\\b(?:der ursprungsserver|le serveur d(?:'|’)origine|el servidor (?:de )?origen|il server di origine|"
        "o servidor de origem|de (?:bronserver|oorspronkelijke server)|serwer (?:pochodzenia|źródłowy)|"
        "исходный сервер|сервер[- ]источник|вихідний сервер|kaynak sunucu)\\b[^.]{0,80}?"
        "(?:darstellung|représentation|representaci[oó]n|rappresentazione|representação|representatie|"
        "reprezentacj\\w*|представлени\\w*|представлення|temsil)|"
        "الخادم الأصلي[^.]{0,80}?تمثيل|源服务器[^。]{0,30}?(?:表示|表现)|オリジンサーバ[^。]{0,40}?表現|(?:origin|오리진|원본) 서버가[^.]{0,80}?(?:representation|표현)|"
        /* "a current representation for the target resource", whatever finds it */
        "\\baktuelle (?:darstellung|repräsentation) (?:der|für die) zielressource|\\breprésentation actuelle (?:de|pour) la ressource cible|"
        "\\brepresentación actual (?:del|para el) recurso (?:de )?destino|\\brappresentazione (?:corrente|attuale) (?:della|per la) risorsa (?:di )?destinazione|"
        "\\brepresentação atual (?:do|para o) recurso (?:de )?destino|\\bhuidige representatie (?:van|voor) de doelbron|"
        "aktualnej reprezentacji zasobu docelowego|текущего представления (?:для )?целевого ресурса|поточного представлення (?:для )?цільового ресурсу|"
        "hedef kaynağ\\w* (?:için )?(?:geçerli|güncel) bir temsil|تمثيل حالي للمورد الهدف|目标资源的当前表示|ターゲットリソースの現在の表現",
    /* Tomcat's message for a JSP or file it cannot find, the path in its
     * brackets (jsp.error.file.not.found, "File [{0}] not found", as its
     * translators wrote it): no sentence of a story brackets a path so */
    "\\bfile \\[/[^\\]]{0,300}\\] not found\\b|ファイル\\s*\\[/[^\\]]{0,300}\\]\\s*が見つかりません|"
        "\\bdatei \\[/[^\\]]{0,300}\\] (?:wurde )?nicht gefunden\\b|\\ble fichier \\[/[^\\]]{0,300}\\] (?:n(?:'|’)a pas été trouvé|est introuvable)|"
        "\\bno se (?:encontró|encuentra|ha encontrado) el archivo \\[/[^\\]]{0,300}\\]|\\bel archivo \\[/[^\\]]{0,300}\\] no (?:se (?:encontró|ha encontrado)|existe)|"
        "文件\\s*\\[/[^\\]]{0,300}\\]\\s*(?:未找到|不存在)",
    /* a hosting panel's answer for a domain it serves no site for (BT Panel,
     * a shared host's catch-all): the request reached no site at all */
    "(?:web\\s*服务器|服务器)(?:中|上)?没有找到对应的站点|没有找到对应的站点|未绑定(?:到)?(?:对应|任何)?站点|"
        "\\bno (?:web)?site (?:is )?configured (?:at this address|for this (?:domain|host(?:name)?))\\b",
    "\\bserver error in '[^']*' application\\b",
    /* WordPress's database error line as wpdb prints it, its translations
     * (wordpress-l10n) and the 14 languages', the bracketed MySQL message
     * required: "WordPress database error: [Table 'wp_posts' is marked as
     * crashed...]" */
    "(?:\\bwordpress database error|\\bwordpress[- ]datenbank[- ]?fehler|\\berreur de (?:la )?base de données (?:de )?wordpress|"
        "\\berror (?:en|de) la base de datos (?:de |del )?wordpress|\\berrore (?:del|nel) database (?:di )?wordpress|"
        "\\berro (?:no|do|de) banco de dados (?:do )?wordpress|\\berro na base de dados (?:do )?wordpress|"
        "\\bwordpress[- ]?database[- ]?fout|błąd bazy danych wordpress\\w*|ошибка базы данных wordpress|"
        "помилка бази даних wordpress|\\bwordpress veritabanı hatası|خطأ (?:في )?قاعدة (?:ال)?بيانات (?:ووردبريس|وردبريس|wordpress)|"
        "wordpress\\s*(?:数据库错误|資料庫錯誤|データベースエラー)|\\bwordpress databasfel|\\berror a la base de dades del wordpress|"
        "greška wordpress baze podataka)\\s*[:：]?\\s*\\[",
    /* Apache Sling's (AEM's) default error page: "Resource at '/content/x'
     * not found: No resource found", "Cannot serve request to /x on this server" */
    "\\bresource at '[^']{1,300}' not found\\b|\\bcannot serve request to /\\S{0,300} (?:on this server|in )",
    /* DedeCMS's message box (ShowMsg): its title and its link under the message */
    "\\bdedecms\\s*提示信息|如果你的浏览器没(?:有)?反应[，,]?\\s*请点击这里",
    /* GnuBoard's alert page (alert.skin.php's <noscript> box): its heading
     * and its "the post does not exist, it was deleted or moved" lines */
    "다음 항목에 오류가 있습니다|글이 삭제되었거나 이동된 경우입니다|(?:^|\\s)글이 존재하지 않습니다",
    /* ASP.NET's yellow screen as its language packs print it: "Serverfehler
     * in der Anwendung '/'.", "Ошибка сервера в приложении '/'.", its
     * "(or one of its dependencies)" under "The resource cannot be found." */
    "(?:\\bserverfehler in der anwendung|\\berreur du serveur dans l(?:'|’)application|\\berror (?:de|del) servidor en la aplicación|"
        "\\berrore del server nell(?:'|’)applicazione|\\berro (?:de|do) servidor n[oa] (?:aplicativo|aplicação)|\\bserverfout in (?:de )?toepassing|"
        "błąd serwera w aplikacji|ошибка сервера в приложении|помилка сервера в (?:програмі|застосунку|додатку)|خطأ في الخادم في (?:ال)?تطبيق)"
        "\\s*['\"“”‘’«]?/[^\\s'\"“”‘’»]{0,80}|['\"“‘]/[^'\"”’]{0,80}['\"”’]\\s*uygulamasında sunucu hatası|"
        "[“\"'‘]/[^”\"'’]{0,80}[”\"'’]\\s*应用程序中的服务器错误|アプリケーション\\s*['\"“‘]/[^'\"”’]{0,80}['\"”’]\\s*でサーバー\\s*エラーが発生しました",
    "\\((?:or one of its dependencies|oder eine seiner abhängigkeiten|ou l(?:'|’)une de ses dépendances|o una de sus dependencias|"
        "o una delle (?:sue|relative) dipendenze|ou uma de suas dependências|ou uma das suas dependências|of een van de afhankelijkheden|"
        "lub jedna z jego zależności|или одна из его зависимостей|або одна з його залежностей|veya bağımlılıklarından biri|"
        "أو أحد (?:التبعيات الخاصة به|تبعياته)|或(?:者)?(?:它的)?(?:某个|其中一个)依赖项|またはその依存関係の\\s*(?:1|ひと)\\s*つ)\\)",
    /* IIS 6's "The page you are looking for might have been removed, had its
     * name changed, or is temporarily unavailable." as its language versions
     * say it (the English is above): removed, renamed, temporarily
     * unavailable, in one sentence (zh-TW's "已經移除、名稱已經變更，或者暫時
     * 無法使用" too); its "HTTP 404 - File or directory not found." and
     * "The page cannot be found" title */
    "(?:quitado|eliminad[ao]|borrad[ao])[^.!?]{0,60}?cambiado (?:de|su) nombre[^.!?]{0,60}?(?:no estar disponible temporalmente|temporalmente no disponible|no esté disponible temporalmente)|"
        "(?:entfernt|gelöscht)[^.!?]{0,60}?umbenannt[^.!?]{0,60}?vorübergehend nicht verfügbar|"
        "supprimée?[^.!?]{0,60}?(?:renommée?|nom a (?:été )?changé|changé de nom)[^.!?]{0,80}?(?:temporairement (?:indisponible|non disponible)|pas disponible (?:pour le moment|temporairement)|momentanément indisponible)|"
        "rimoss[ao][^.!?]{0,60}?rinominat[ao][^.!?]{0,60}?temporaneamente (?:non disponibile|indisponibile)|"
        "removid[ao][^.!?]{0,60}?(?:nome alterado|alterado o nome|renomead[ao])[^.!?]{0,60}?(?:temporariamente indisponível|indisponível temporariamente)|"
        "verwijderd[^.!?]{0,60}?(?:naam (?:is )?gewijzigd|hernoemd)[^.!?]{0,60}?tijdelijk niet beschikbaar|"
        "usunięt[ay][^.!?]{0,80}?(?:zmienion[ay] (?:jej |jego )?nazw|nazw[aęy] (?:została )?zmienion)[^.!?]{0,60}?tymczasowo niedostępn|"
        "удал[её]н\\w*[^.!?]{0,60}?(?:переименован\\w*|получи\\w* другое имя)[^.!?]{0,60}?временно недоступ|"
        "видален\\w*[^.!?]{0,60}?(?:перейменован\\w*|отрима\\w* інше ім)[^.!?]{0,60}?тимчасово недоступ|"
        "kaldırılmış[^.!?]{0,60}?adı değiştirilmiş[^.!?]{0,60}?geçici olarak kullanılamıyor|"
        "(?:إزالة|حذف)[^.!?]{0,60}?تغيير (?:اسم|الاسم)[^.!?]{0,60}?غير (?:متوفرة|متاحة|متوفر|متاح) مؤقت|"
        "已被删除[^。]{0,20}?更改(?:了)?名称[^。]{0,20}?暂时不可用|(?:已經|已被|已)移除[^。]{0,20}?名稱(?:已經|已)?變更[^。]{0,20}?暫時無法使用|削除され[^。]{0,30}?名前が変更され[^。]{0,30}?一時的に(?:使用|利用)できない",
    "\\bhttp[\\s-]*[45]\\d\\d\\W{1,4}(?:file or directory not found|archivo o directorio no encontrado|datei oder verzeichnis nicht gefunden|"
        "fichier ou répertoire (?:introuvable|non trouvé)|file o directory non trovat[ao]|arquivo ou diretório não encontrado|"
        "bestand of map niet gevonden|nie znaleziono pliku lub katalogu|файл или каталог не найден|файл або каталог не знайдено|"
        "dosya veya dizin bulunamadı|الملف أو الدليل غير موجود|文件或目录未找到|找不到檔案或目錄|ファイルまたはディレクトリが見つかりません)|"
        "\\bno se encuentra la página\\b|\\bimpossibile trovare la pagina\\b|\\bnão é possível (?:localizar|encontrar) a página\\b|"
        "\\bnie można (?:odnaleźć|znaleźć) strony\\b|\\bimpossible de trouver la page\\b",
    /* CloudFront's and Cloudflare's block pages, in their own sentences */
    "\\bwe can(?:'|’)t connect to the server for this app or website\\b|\\bif you provide content to customers through cloudfront\\b|"
        "\\b(?:this|the) (?:website|site) is using a security service to protect itself from online attacks\\b|"
        "\\bthe action you just performed triggered the security solution\\b|"
        "\\byou can email the site owner to let them know you were blocked\\b|\\bthe cloudflare ray id found at the bottom of this page\\b",
    /* Joomla's error page: "You may not be able to visit this page because
     * of:", as its language packs say it, over its list (the colon: a story's
     * "...cannot visit this page as it was archived." is no list's head) */
    "(?:\\byou may not be able to visit this page\\b|\\bkann diese seite aus folgenden gründen nicht\\b|"
        "\\bvous ne pouvez pas visiter cette page\\b|\\bes posible que no (?:pueda|puedas) visitar esta página|"
        "\\bpotresti non (?:riuscire a visitare|essere in grado di visitare) questa pagina\\b|"
        "\\bpode não ser possível visitar esta página|\\bu kunt deze pagina mogelijk niet bezoeken\\b|"
        "\\bmożesz nie (?:mieć możliwości odwiedzenia|móc odwiedzić) tej strony|"
        "вы не можете посетить (?:текущую|эту) страницу|ви не можете відвідати (?:поточну|цю) сторінку|"
        "\\bbu sayfayı (?:şu nedenlerle )?ziyaret edemeyebilirsiniz|\\bnon è possibile visitare (?:la pagina corrente|questa pagina)|"
        "\\bno (?:es posible|puede) visitar (?:la página actual|esta página)|\\bnão é possível visitar (?:a página atual|esta página)|"
        "\\bimpossible de visiter (?:la page actuelle|cette page)|\\bdie aktuelle seite kann nicht (?:besucht|aufgerufen) werden)[^.!?:\\n]{0,40}:",
    /* the same page's title and its last line, as its language packs say
     * them: "The requested page can't be found.", "If difficulties persist,
     * please contact the System Administrator of this site..." */
    "\\bla pagina richiesta non (?:può|puo) essere trovata|\\bżądana strona nie może zostać znaleziona|"
        "запрашиваемая страница не может быть найдена|запитувану сторінку не (?:може бути знайдено|вдається знайти)|"
        "\\bif difficulties persist,? please contact the (?:system )?administrator|"
        "\\bse le difficoltà persistono,? (?:si prega di )?contatta(?:re)? l(?:'|’)amministratore|"
        "\\bwenn (?:die )?(?:schwierigkeiten|probleme) (?:weiterhin )?(?:bestehen|auftreten),? (?:wenden sie sich|kontaktieren sie)[^.!?]{0,40}?(?:administrator|webmaster)|"
        "\\bsi les (?:difficultés|problèmes) persistent,? (?:veuillez )?contacte[rz] l(?:'|’)administrat|"
        "\\bsi (?:las dificultades|los problemas) persisten,? (?:por favor,? )?(?:contacte|póngase en contacto) con el administrador|"
        "\\bse as dificuldades persistirem,? (?:por favor,? )?(?:contate|entre em contato com) o administrador|"
        "\\bals de problemen (?:zich )?blijven (?:voordoen|bestaan),? neem (?:dan )?contact op met de (?:systeem)?beheerder|"
        "\\bjeśli problemy (?:będą się powtarzać|nie ustąpią),? (?:skontaktuj się|prosimy o kontakt) z administratorem|"
        "если (?:проблемы|трудности) (?:сохранятся|не исчезнут|повторятся),? (?:пожалуйста,? )?(?:свяжитесь с|обратитесь к) (?:системным )?администратор|"
        "якщо (?:проблеми|труднощі) (?:залишаться|не зникнуть|повторюватимуться),? (?:будь ласка,? )?(?:зв(?:'|’)яжіться з|зверніться до) (?:системним )?адміністратор|"
        "\\bsorun(?:lar)? devam ederse,? (?:lütfen )?(?:sistem )?yönetici|إذا استمرت (?:المشكلة|المشاكل|الصعوبات)[^.!?]{0,30}?(?:المسؤول|مدير)|"
        "如果(?:问题|困难)(?:仍然)?(?:存在|持续)[^。]{0,20}?管理员|問題が(?:解決しない|続く)場合[^。]{0,30}?管理者",
    /* MediaWiki's answer for a title with no page ("noarticletext"), in its
     * languages: the wiki's 404 */
    "\\bthere is currently no text in this page\\b|\\bdiese seite enthält (?:momentan|derzeit) (?:noch )?keinen text\\b|"
        "\\bil n(?:'|’)y a (?:pour l(?:'|’)instant|actuellement) aucun texte sur cette page\\b|"
        "\\b(?:actualmente|en este momento) no hay (?:ningún )?texto en esta página|"
        "\\bin questo momento la pagina richiesta è vuota\\b|"
        "\\b(?:ainda não existe|atualmente não há|de momento não há) (?:nenhum )?texto nesta página|"
        "\\ber staat (?:momenteel|op dit moment) geen tekst op deze pagina\\b|\\bta strona nie zawiera jeszcze tekstu\\b|"
        "(?:текст на (?:данной|этой) странице отсутствует|на этой странице (?:пока )?нет текста)|"
        "на цій сторінці (?:немає|відсутній) текст|\\bbu sayfada (?:henüz |şu anda )?(?:herhangi bir )?metin (?:bulunmamaktadır|yok|bulunmuyor)|"
        "لا يوجد (?:حاليا|حالياً) (?:أي )?نص في هذه الصفحة|此页(?:面)?目前没有(?:内容|文字)|現在このページには(?:何も書かれていません|内容がありません)",
    /* hosting platforms and front-end frameworks answering for the site:
     * Next.js's error boundary, a CDN or host that does not serve the domain */
    "\\bapplication error: a (?:client|server)-side exception has occurred\\b|"
        "\\bfastly error: unknown domain\\b|\\bthere isn(?:'|’)t a github pages site here\\b|"
        "\\bthe deployment could not be found on vercel\\b",
    "\\breference\\s*#\\s*[0-9a-f]+\\.[0-9a-f.]+",
    "\\bray id:?\\s*[0-9a-f]{8,}",
    "\\bthe (?:server|website|site) (?:is )?(?:temporarily )?(?:encountered an? (?:temporary |internal )?error and )?"
        "(?:unable to|cannot|could not) (?:service|handle|complete) (?:your|the|this) request",
    "\\b(?:we )?(?:couldn't|couldn’t|could not|can't|can’t|cannot) find (?:the|that|this|your) page\\b",
    "\\b(?:we )?(?:couldn't|couldn’t|could not|can't|can’t|cannot) find what you(?:'re|’re| are| were) looking for\\b",
    "\\berror in the url\\b|\\bthe page (?:has|may have|might have) been (?:moved|deleted|removed)\\b",
    "\\btemporarily unable to service your request\\b",
    /* Drupal's fatal-error message ("The website encountered an unexpected
     * error. Try again later.") as its translators wrote it */
    "\\b(?:the )?(?:web ?site|site) (?:has )?encountered an unexpected error\\b|"
        "\\b(?:die )?(?:website|webseite|seite) hat einen unerwarteten fehler (?:festgestellt|verursacht|erkannt)|"
        "\\ble site(?: web| internet)? a rencontré une erreur inattendue\\b|"
        "\\bel sitio(?: web)? (?:ha )?encontr(?:ó|o|ado) un error inesperado\\b|"
        "\\bil sito(?: web)? ha (?:riscontrato|incontrato) un errore (?:imprevisto|inatteso|inaspettato)\\b|"
        "\\bo (?:site|sítio)(?: web)? encontrou um erro inesperado\\b|"
        "\\bde (?:web)?site heeft een onverwachte fout (?:aangetroffen|ondervonden|gevonden)\\b|"
        "\\b(?:strona|witryna)(?: internetowa)? napotkała (?:na )?nieoczekiwany błąd|"
        "сайт (?:столкнулся|обнаружил) (?:с )?непредвиденн\\w* ошибк\\w*|(?:веб-)?сайт зіткнувся з (?:неочікуваною|непередбаченою) помилкою|"
        "\\bweb sitesi beklenmeyen bir hata(?:yla| ile) karşılaştı|واجه الموقع خطأ غير متوقع|"
        "网站遇到了?(?:意外的?|不可预知的|未知的?)错误|ウェブサイトで予期しない(?:エラー|問題)が発生しました",
    /* security services and proxies in front of a site: what a firewall, a
     * bot filter or a load balancer says when it answers instead of it */
    "\\byour access to this (?:site|website|service|page|resource|server) has been (?:temporarily )?"
        "(?:limited|blocked|denied|restricted)",
    "\\b(?:you have been|you've been|you’ve been|your (?:ip(?: address)?|request|access) (?:has been|was|is)) "
        "(?:temporarily )?blocked\\b|\\bif you (?:think|believe|feel) (?:that )?(?:you (?:have been|were|are)|this (?:was|is)) blocked\\b",
    "\\b(?:website|web application|cloudproxy) firewall\\b|\\bincident id\\b|\\brequest unsuccessful\\b",
    "\\bhttp (?:response|status) code:? [45]\\d\\d\\b",
    /* a bot challenge or a CDN's outage page answering instead of the site */
    "\\bchecking (?:if the site connection is secure|your browser before accessing)\\b|"
        "\\bneeds to review the security of your connection before proceeding\\b|"
        "\\bverify(?:ing)? (?:that )?you are (?:a )?human\\b|\\benable javascript and cookies to continue\\b|"
        "\\bour services aren(?:'|’)t available right now\\b|\\bwe(?:'re|’re| are) working to restore all services\\b",
    "превышен (?:лимит|предел) (?:запросов|обращений) с вашего|перевищено ліміт запитів з вашої",
    /* a host's page addressing the site's owner, not its reader (Render's
     * "If you are the owner of this service, you can resume it") */
    "\\b(?:if you(?:'re|’re| are)|are you) the (?:(?:site|website|domain) owner\\b|"
        "owner of this (?:site|website|domain|service|app|application|account)\\b)|\\bif this is your (?:site|website),? and you (?:weren(?:'|’)t|were not) expecting\\b",
    /* the same, from Chinese and Japanese WAFs and CDNs (Alibaba Cloud,
     * Tencent Cloud, Baota, SiteGuard): the request blocked, the owner addressed */
    "您的(?:访问|訪問|请求|請求)(?:已)?被(?:阻断|阻斷|拦截|攔截|拒绝|拒絕)|(?:访问|訪問|请求|請求)已被(?:阻断|拦截|攔截|拒绝)|"
        "可能对网站造成安全威胁|如果您是(?:该|本)?网站(?:的)?(?:管理员|所有者|站长)|"
        "アクセス(?:が|は)(?:拒否|ブロック|制限)され(?:ました|ています)",
    /* a firewall's or load balancer's block page naming what it turned
     * away, to the reader: F5's "The requested URL was rejected.", "Your
     * request has been blocked", a site firewall's "Your request contains
     * illegal parameters", in the 14 languages */
    "\\bthe requested (?:url|page|request) (?:was|has been) (?:rejected|blocked|denied)\\b|"
        "\\bdie angeforderte (?:url|seite|anfrage) wurde (?:abgelehnt|blockiert|gesperrt|zurückgewiesen)|"
        "\\bl(?:'|’)url demandée a été (?:rejetée|bloquée|refusée)|\\bla (?:page|requête) demandée a été (?:rejetée|bloquée|refusée)|"
        "\\bla (?:url|página|solicitud) solicitada (?:fue|ha sido) (?:rechazada|bloqueada|denegada)|"
        "\\bl(?:'|’)url richiest[oa] è stat[oa] (?:rifiutat[oa]|bloccat[oa]|respint[oa])|\\bla pagina richiesta è stata (?:rifiutata|bloccata)|"
        "\\b(?:a|o) url solicitad[ao] foi (?:rejeitad[ao]|bloquead[ao]|negad[ao])|\\ba página solicitada foi (?:rejeitada|bloqueada)|"
        "\\bde (?:opgevraagde|gevraagde) (?:url|pagina) (?:is|werd) (?:geweigerd|geblokkeerd|afgewezen)|"
        "żądany (?:adres url|adres|url) został (?:odrzucony|zablokowany)|żądana strona została (?:odrzucona|zablokowana)|"
        "запрошенный (?:url|адрес|ресурс) (?:был )?(?:отклон[её]н|заблокирован)|запрошенная страница (?:была )?(?:отклонена|заблокирована)|"
        "запитаний (?:url|адрес|ресурс) (?:було )?(?:відхилено|заблоковано)|запитану сторінку (?:було )?(?:відхилено|заблоковано)|"
        "(?:\\bi|İ)stenen (?:url|sayfa) (?:reddedildi|engellendi)|تم (?:رفض|حظر) (?:عنوان url|العنوان|الرابط|الصفحة) المطلوب|"
        "(?:请求|要求)的(?:url|网址|页面)(?:已)?被(?:拒绝|拦截|阻止)|要求された(?:url|ページ)は(?:拒否|ブロック)されました",
    "\\bihre (?:anfrage|ip(?:-adresse)?) wurde (?:[^\\s.!?]+ ){0,3}?(?:blockiert|gesperrt|abgelehnt)|"
        "\\bvotre (?:requête|demande|adresse ip) a été (?:temporairement )?(?:bloquée|rejetée|refusée)|"
        "\\b(?:su|tu) (?:solicitud|petición|dirección ip) (?:ha sido|fue) (?:temporalmente )?(?:bloqueada|rechazada|denegada)|"
        "\\bla (?:tua|sua) richiesta è stata (?:temporaneamente )?(?:bloccata|rifiutata|respinta)|\\bil (?:tuo|suo) indirizzo ip è stato bloccato|"
        "\\b(?:a )?sua (?:solicitação|requisição) foi (?:temporariamente )?(?:bloqueada|rejeitada|negada)|\\bseu (?:pedido|endereço ip) foi bloqueado|"
        "\\buw (?:verzoek|aanvraag|ip-adres) (?:is|werd) (?:[^\\s.!?]+ ){0,4}?(?:geblokkeerd|geweigerd|afgewezen)|"
        "(?:twoje )?(?:żądanie|zapytanie) zostało (?:tymczasowo )?(?:zablokowane|odrzucone)|twój adres ip został zablokowany|"
        "ваш (?:запрос|ip(?:-адрес)?|доступ) (?:был )?(?:временно )?(?:заблокирован|отклон[её]н)|"
        "ваш (?:запит|ip(?:-адрес)?|доступ) (?:було |був )?(?:тимчасово )?(?:заблоковано|заблокован|відхилено)|"
        "(?:(?:i|İ)steğiniz|talebiniz|ip adresiniz) (?:[^\\s.!?]+ ){0,3}?(?:engellendi|reddedildi|bloke edildi)|"
        "تم (?:حظر|رفض) طلبك|تم حظر عنوان ip الخاص بك|"
        "(?:请求|访问|訪問|請求)[^。！!]{0,20}?已被[^。！!]{0,12}?(?:拦截|攔截|阻断|阻斷|屏蔽)|"
        "リクエスト(?:が|は)(?:ブロック|拒否|遮断)されました",
    "\\byour request (?:contains|contained|has) (?:illegal|invalid|malicious|dangerous|unsafe|forbidden) (?:parameters|characters|content)\\b|"
        "\\bihre anfrage enthält (?:unzulässige|ungültige|gefährliche|schädliche) (?:parameter|zeichen|inhalte)|"
        "\\bvotre requête contient des (?:paramètres|caractères|contenus) (?:illégaux|invalides|dangereux|malveillants)|"
        "\\b(?:su|tu) solicitud contiene (?:parámetros|caracteres|contenido) (?:ilegales|no válidos|peligrosos|maliciosos)|"
        "\\bla (?:tua|sua) richiesta contiene (?:parametri|caratteri|contenuti) (?:non validi|illegali|pericolosi|dannosi)|"
        "\\b(?:a )?sua (?:solicitação|requisição) contém (?:parâmetros|caracteres|conteúdo) (?:ilegais|inválidos|perigosos|maliciosos)|"
        "\\buw verzoek bevat (?:ongeldige|onveilige|schadelijke|gevaarlijke) (?:parameters|tekens|inhoud)|"
        "(?:twoje )?żądanie zawiera (?:niedozwolone|nieprawidłowe|niebezpieczne) (?:parametry|znaki|treści)|"
        "ваш запрос содержит (?:недопустимые|запрещ[её]нные|опасные|вредоносные) (?:параметры|символы|данные)|"
        "ваш запит містить (?:неприпустимі|недопустимі|заборонені|небезпечні|шкідливі) (?:параметри|символи|дані)|"
        "(?:i|İ)steğiniz (?:geçersiz|yasadışı|tehlikeli|zararlı) (?:parametreler|karakterler|içerik) içer|"
        "طلبك يحتوي على (?:معلمات|أحرف|محتوى) (?:غير قانونية|غير صالحة|ضار|خطير)|"
        "请求(?:中)?(?:带有|包含|含有)(?:不合法|非法|危险)(?:的)?(?:参数|字符|内容)|包含危险的攻击请求|"
        "リクエストに(?:不正な|危険な)(?:パラメータ|文字)が含まれ",
    /* servers' and proxies' own explanations: Traffic Server's
     * "Description: Could not connect to the requested server host.",
     * IIS's and Azure Application Gateway's 502, Tengine's request for a
     * report, Azure App Service's reasons list */
    "\\bcould not connect to the requested server host\\b|\\byour request on the specified host was not found\\b|"
        "\\bunable to locate the server named\\b|\\b(?:web|proxy) server received an invalid response\\b|"
        "\\bplease report this message and include the following information\\b",
    /* a host's page telling the reader why it shows instead of the site:
     * "You may be seeing this error due to one of the reasons listed
     * below", in the 14 languages */
    "\\byou (?:may|might|are) (?:be )?seeing this (?:error|page|message) (?:due to|because)\\b|"
        "\\bsie sehen diese (?:seite|fehlermeldung|meldung),? (?:weil|da)\\b|\\bvous voyez (?:cette page|cette erreur|ce message) (?:car|parce que?)\\b|"
        "\\b(?:está|estás) viendo (?:esta página|este error|este mensaje) (?:porque|debido a)|"
        "\\bstai vedendo (?:questa pagina|questo errore|questo messaggio) (?:perché|a causa)|"
        "\\b(?:você )?está vendo (?:esta página|este erro|esta mensagem) (?:porque|devido)|"
        "\\b(?:u|je) ziet deze (?:pagina|foutmelding|melding) (?:omdat|doordat)\\b|"
        "\\bwidzisz (?:tę stronę|ten błąd|ten komunikat),? (?:ponieważ|dlatego)|"
        "вы видите (?:эту страницу|эту ошибку|это сообщение),? (?:потому что|так как|поскольку)|"
        "ви бачите (?:цю сторінку|цю помилку|це повідомлення),? (?:тому що|оскільки|бо)|"
        "\\bbu (?:sayfayı|hatayı|mesajı) görmenizin nedeni|(?:أنت )?ترى هذه (?:الصفحة|الرسالة|الخطأ) (?:لأن|بسبب)|"
        "您(?:之所以)?看到(?:此|这个)(?:页面|错误|消息)(?:是因为|的原因)|このページが表示されている(?:理由|原因)",
    "\\bupstream connect error\\b|\\bdisconnect/reset before headers\\b|\\bno healthy upstream\\b|"
        "\\bupstream (?:request )?timeout\\b|\\bno server is available to handle this request\\b|"
        "\\bno route matched with those values\\b|\\bthe request could not be satisfied\\b",
    /* object storage's error bodies (S3, Google Cloud Storage, Azure Blob,
     * MinIO: "<Code>NoSuchKey</Code><Message>The specified key does not
     * exist.</Message>"), a service mesh's RBAC refusal, PaaS hosts'
     * answers for an app that is down or gone (Cloud Run, Fly.io, Render,
     * GitLab Pages, Bitbucket); these hosts answer in English only */
    "the specified (?:key|bucket|blob|container|resource|object|upload) does not exist\\b|"
        "^(?:nosuchkey|nosuchbucket|nosuchupload|blobnotfound|containernotfound|resourcenotfound|accessdenied|invalidbucketname)$|"
        "\\brbac: access denied\\b|\\bthe service you requested is not available (?:yet|at this time)\\b|"
        "\\bcould not find a good candidate within \\d+ attempts at load balancing\\b|"
        "\\bthis service has been suspended by its owner\\b|"
        "\\bthe resource (?:that )?you are (?:attempting|trying) to access does not exist\\b|"
        "\\bplease contact your \\w+ administrator if you think this is a mistake\\b|"
        "\\bwe can(?:'|’)t let you see this page\\b",
    /* German, French, Spanish, Italian, Portuguese, Dutch, Polish */
    "\\b(?:wir )?(?:konnten|können) die (?:gesuchte |angeforderte )?seite nicht finden",
    "\\b(?:n'avons pas pu|n’avons pas pu|ne pouvons pas) trouver la page|\\bcette page n(?:'|’)existe (?:pas|plus)",
    "\\bno (?:hemos podido|se ha podido|pudimos|podemos) encontrar la página",
    "\\bnon (?:siamo riusciti a|è stato possibile) trovare la pagina|\\bla pagina richiesta non è disponibile",
    "\\bnão (?:conseguimos|foi possível) encontrar a página",
    "\\bwe kunnen (?:de|deze) pagina niet vinden",
    "\\bnie (?:możemy|mogliśmy|można|udało się) znaleźć (?:tej )?strony|\\bnie znaleziono (?:tej|takiej|żądanej|szukanej) strony",
    "\\b(?:die )?(?:angeforderte |gesuchte )?seite (?:wurde )?(?:leider )?(?:nicht gefunden|existiert (?:leider )?nicht|konnte (?:leider )?nicht gefunden werden)",
    "\\b(?:la )?page (?:que vous (?:recherchez|cherchez|avez demandée) )?(?:est )?(?:introuvable|n'existe pas|n’existe pas|n'a pas été trouvée)",
    "\\b(?:la )?página (?:que (?:buscas|busca|estás buscando|solicitaste|você procura|procura) )?(?:no|não) (?:existe|se encuentra|se ha encontrado|foi encontrada|pode ser encontrada|encontrada)",
    "\\b(?:la )?pagina (?:che (?:stai cercando|cerchi) )?non (?:esiste|è stata trovata|trovata|è disponibile)",
    "\\b(?:de )?pagina (?:die (?:u|je) (?:zoekt|zocht) )?(?:is |werd |kon |kan )?niet (?:gevonden|worden gevonden)|\\bpagina bestaat niet",
    "\\b(?:strona|stron[yę]),? (?:nie (?:istnieje|została znaleziona)|której szukasz)|\\bnie znaleziono strony",
    /* "we did not find the page", in the past tense the other lists lack
     * (Medium's "Não encontramos a página que você procura") */
    "\\bwe (?:didn't|didn’t|did not) find (?:the|that|this|your) page\\b|\\bwir haben die (?:gesuchte |angeforderte )?seite nicht gefunden|"
        "\\bnous n(?:'|’)avons pas trouvé (?:la|cette) page|\\bno (?:encontramos|hemos encontrado) (?:la|esta|esa) página|"
        "\\bnon abbiamo trovato (?:la|questa) pagina|\\bnão encontramos (?:a|esta|essa) página|"
        "\\bwe hebben (?:de|deze) pagina niet (?:gevonden|kunnen vinden)|\\bnie znaleźliśmy (?:tej |takiej |szukanej )?strony|"
        "мы не нашли (?:эту |такую |нужную )?страницу|ми не знайшли (?:цю |таку |потрібну )?сторінку|"
        "لم نجد (?:هذه )?الصفحة|我们(?:没有|没)找到(?:该|这个|您要的)?页面|ページが見つかりませんでした",
    /* "we can't find the story you're looking for", a news site's 404 in
     * its own voice (the English is the first phrase above) */
    "\\bwir (?:können|konnten) (?:den|die|das) (?:gesuchten?|angeforderten?) (?:artikel|seite|beitrag|meldung|inhalt|nachricht)\\w* (?:leider )?nicht finden|"
        "\\bnous ne (?:trouvons pas|parvenons pas à trouver|pouvons pas trouver|retrouvons pas) (?:l(?:'|’)article|la page|le contenu|la publication|l(?:'|’)information) que vous (?:cherchez|recherchez)|"
        "\\bno (?:encontramos|podemos encontrar|hemos podido encontrar|pudimos encontrar) (?:la noticia|el artículo|la página|el contenido|la publicación) que (?:buscas|busca|estás buscando|está buscando)|"
        "\\bnon (?:troviamo|riusciamo a trovare|siamo riusciti a trovare) (?:l(?:'|’)articolo|la notizia|la pagina|il contenuto) che (?:cerchi|stai cercando|cercavi)|"
        "\\bnão (?:encontramos|conseguimos encontrar|podemos encontrar) (?:a notícia|o artigo|a página|o conteúdo|a matéria) que (?:você )?(?:procura|está procurando|buscava|busca)|"
        "\\bwe kunnen (?:het artikel|de pagina|het bericht|het nieuwsbericht) (?:dat|die|waar) (?:je|u) (?:zoekt|zocht|naar zoekt) niet vinden|"
        "\\bnie (?:możemy|mogliśmy|udało się) znaleźć (?:artykułu|strony|wiadomości|treści),? (?:którego|której|których) szukasz|"
        "не (?:можем|смогли|удалось) найти (?:новость|статью|страницу|материал|публикацию),? (?:которую|который|которая) вы ищете|"
        "не (?:можемо|змогли|вдалося) знайти (?:новину|статтю|сторінку|матеріал|публікацію),? (?:яку|який) ви шукаєте|"
        "\\baradığınız (?:haberi|sayfayı|içeriği|makaleyi|yazıyı) bulam(?:ıyoruz|adık)|"
        "(?:لا يمكننا|لم نتمكن من|لم نستطع) العثور على (?:الخبر|المقال|الصفحة|المحتوى) (?:الذي|التي) تبحث عن|"
        "找不到您(?:要|想)?(?:查看|访问|寻找|找)的(?:新闻|文章|页面|内容)|找不到您要(?:查看|訪問|尋找|找)的(?:新聞|文章|頁面|內容)|"
        "お探しの(?:記事|ニュース|ページ)は見つかりませんでした",
    /* what you look for does not exist at this address (Tumblr's "Whatever
     * you were looking for doesn't currently exist at this address") */
    "\\bwhat(?:ever)? you(?:'re|’re| are| were) looking for (?:doesn't|doesn’t|does not|no longer) (?:currently )?exists?\\b|"
        "\\b(?:doesn't|doesn’t|does not) (?:currently )?exist at this address\\b|"
        "\\bwas sie suchen,? (?:existiert|gibt es) (?:hier |unter dieser adresse )?nicht|"
        "\\bce que vous (?:cherchez|recherchez) n(?:'|’)existe pas|\\blo que (?:buscas|busca|estás buscando) no existe|"
        "\\bquello che (?:stai cercando|cerchi) non esiste|\\bo que (?:você )?(?:procura|está procurando) não existe|"
        "\\bwat (?:je|u) zoekt,? bestaat niet|\\bto,? czego szukasz,? nie istnieje|"
        "то,? что вы ищете,? не существует|те,? що ви шукаєте,? не існує|"
        "\\baradığınız şey (?:bu adreste )?(?:mevcut değil|yok)|ما تبحث عنه غير موجود|"
        "您(?:要找|查找|寻找)的(?:内容|东西)不存在|お探しの(?:もの|内容|コンテンツ)は(?:存在しません|見つかりません)",
    /* forum software answering for a topic it has not (phpBB's "The
     * requested topic does not exist." in its language packs, vBulletin's
     * "Invalid Thread specified") and DataLife Engine's error box (ru, uk) */
    "\\bthe requested (?:topic|forum|thread|post) does not exist\\b|\\binvalid (?:thread|post|forum) specified\\b|"
        "\\bif you followed a valid link, please notify the administrator\\b|"
        "\\b(?:das angeforderte thema|das gewählte thema|der angeforderte beitrag) existiert nicht|"
        "\\ble sujet demandé n(?:'|’)existe pas|\\bel tema (?:solicitado|seleccionado) no existe|"
        "\\bl(?:'|’)argomento richiesto non esiste|\\bo tópico (?:solicitado|pedido) não existe|"
        "\\bhet (?:opgevraagde|gevraagde) onderwerp bestaat niet|\\bwybrany (?:wątek|temat)(?: lub post)? nie istnieje|"
        "запрошенная тема не существует|запитувана тема не існує|(?:\\bi|İ)stenen konu mevcut değil|"
        "الموضوع المطلوب غير موجود|(?:请求的|您请求的)主题不存在|指定されたトピックは存在しません|"
        "внимание, обнаружена ошибка|увага, виявлено помилку|"
        "по данному адресу публикаций на сайте не найдено|за даною адресою публікацій на сайті не знайдено",
    /* Cloudflare's 5xx pages: a title and its "Error code 521" in one heading */
    "\\b(?:web server is (?:down|returning an unknown error)|origin is unreachable|invalid ssl certificate|"
        "ssl handshake failed|a timeout occurred|connection timed out)\\W+error code 5\\d\\d\\b",
    /* "not found on this server" (Google's and httpd's "The requested URL
     * /x was not found on this server.") as their translations say it: the
     * server named, a not-found predicate on either side in one sentence */
    "(?:nicht gefunden|nicht vorhanden)[^.!?]{0,300}?auf diesem server|auf diesem server[^.!?]{0,80}?(?:nicht gefunden|nicht vorhanden)|"
        "(?:introuvable|n(?:'|’)a pas été trouvée?|n(?:'|’)existe pas)[^.!?]{0,300}?sur ce serveur|sur ce serveur[^.!?]{0,80}?(?:introuvable|n(?:'|’)a pas été trouvée?|n(?:'|’)existe pas)|"
        "(?:no se (?:ha )?encontr(?:ó|ado)|no (?:se )?(?:ha sido |fue )?encontrad[ao]|no existe)[^.!?]{0,300}?en este servidor|en este servidor[^.!?]{0,80}?(?:no se (?:ha )?encontr(?:ó|ado)|no (?:se )?(?:ha sido |fue )?encontrad[ao]|no existe)|"
        "(?:non (?:è stat[oa] )?trovat[oa]|non esiste)[^.!?]{0,300}?su questo server|su questo server[^.!?]{0,80}?(?:non (?:è stat[oa] )?trovat[oa]|non esiste)|"
        "(?:não (?:foi )?encontrad[ao]|não existe)[^.!?]{0,300}?neste servidor|neste servidor[^.!?]{0,80}?(?:não (?:foi )?encontrad[ao]|não existe)|"
        "(?:niet gevonden|bestaat niet)[^.!?]{0,300}?op deze server|op deze server[^.!?]{0,80}?(?:niet gevonden|bestaat niet)|"
        "(?:nie znaleziono|nie istnieje)[^.!?]{0,300}?na tym serwerze|na tym serwerze[^.!?]{0,80}?(?:nie znaleziono|nie istnieje)|"
        "(?:не найден\\w*|не существует)[^.!?]{0,300}?на этом сервере|на этом сервере[^.!?]{0,80}?(?:не найден\\w*|не существует)|"
        "(?:не знайдено|не існує)[^.!?]{0,300}?на цьому сервері|на цьому сервері[^.!?]{0,80}?(?:не знайдено|не існує)|"
        "(?:bulunamadı|mevcut değil)[^.!?]{0,300}?bu sunucuda|bu sunucuda[^.!?]{0,80}?(?:bulunamadı|mevcut değil)|"
        "\\burl\\W{0,3} sunucu(?:da| üzerinde) (?:bulunmuyor|bulunamadı|mevcut değil)|"
        "(?:لم يتم العثور|غير موجود)[^.!?]{0,300}?على هذا الخادم|على هذا الخادم[^.!?]{0,80}?(?:لم يتم العثور|غير موجود)|"
        "(?:在)?此服务器上(?:找不到|未找到)|(?:找不到|未找到)[^。]{0,60}?此服务器|このサーバー(?:上)?で(?:は)?見つかりませんでした",
    /* a browser's own error page saved by a mirror in the site's place
     * (Chrome's "This site can't be reached" in its languages) */
    "\\bthis site can(?:'|’)t be reached\\b|\\bdiese website ist nicht erreichbar\\b|\\bce site est inaccessible\\b|"
        "\\bno se puede acceder a este sitio\\b|\\bimpossibile raggiungere il sito\\b|"
        "\\bnão é possível acessar (?:esse|este) site\\b|\\bdeze site is niet bereikbaar\\b|"
        "\\bnie można uzyskać dostępu do tej witryny|не удается получить доступ к сайту|"
        "не вдається отримати доступ до сайту|\\bbu siteye ulaşılamıyor|لا يمكن الوصول إلى هذا الموقع|"
        "无法访问此网站|無法連上這個網站|このサイトにアクセスできません|"
        /* Firefox's: "Hmm. We're having trouble finding that site." over
         * "We can't connect to the server at www.example.org." */
        "\\bhaving trouble finding that site\\b|\\bnous ne parvenons pas à trouver ce site\\b|"
        "\\btenemos problemas para encontrar ese sitio\\b|"
        "\\bwe can(?:'|’)t connect to the server at\\b|\\bes kann keine verbindung zum server unter\\b|"
        "\\bimpossible de se connecter au serveur à l(?:'|’)adresse\\b|\\bno (?:podemos|se puede) conectar (?:con el|al) servidor (?:en|de)\\b|"
        "\\bimpossibile (?:connettersi|stabilire una connessione) (?:al|con il) server\\b|"
        "\\bnão é possível (?:conectar|estabelecer uma conexão) (?:ao|com o) servidor\\b|"
        "\\bkan geen verbinding maken met de server (?:op|bij)\\b|\\bnie można (?:nawiązać połączenia|połączyć się) z serwerem\\b|"
        "не уда[её]тся установить соединение с сервером|не вдається встановити з(?:'|’)єднання з сервером|"
        "\\bsunucusuna bağlanılamıyor|无法连接到服务器|無法連線到伺服器|サーバー(?:に|への)接続できません",
    /* Russian, Ukrainian, Turkish, Arabic, Chinese, Japanese */
    "страниц[аы] (?:не найдена|не существует|не найдены)|запрашиваемая страница|не удалось найти страницу|такой страницы не существует",
    "не вдалося знайти сторінку|такої сторінки не існує",
    "sayfay[ıi] bulamad[ıi]k|aradığınız sayfaya ulaşılamıyor",
    "لم نتمكن من العثور على الصفحة",
    "无法找到(?:该)?页面|ページを表示できません|"
        /* EC-CUBE's "※ ご指定のページはございません。" and the plain form */
        "(?:ご)?指定(?:の|された)ページ(?:は|が)(?:存在しません|ございません|ありません|見つかりません)",
    "сторінк[уа] не (?:знайдено|існує)|сторінку не знайдено|запитувана сторінка",
    "\\b(?:aradığınız |istediğiniz )?sayfa (?:bulunamadı|mevcut değil)",
    "الصفحة (?:المطلوبة |التي تبحث عنها )?غير موجودة|لم يتم العثور على الصفحة",
    "页面不存在|找不到(?:该|您要的)?页面|您(?:访问|请求)的页面不存在|頁面不存在|找不到網頁|网页不存在",
    "ページが見つかりません|お探しのページ(?:は|が)|ページは存在しません",
    /* a site's own wording of "this page is gone / there is no such page",
     * in the forms themes and in-house CMSs write beside the stock title
     * (the ce-* set): "Diese Seite gibt es leider nicht mehr", "La página ya
     * no existe", "Nie ma takiej strony", "Такой страницы нет", "Bu sayfa
     * artık mevcut değil", "页面找不到了", "页面走丢了", "ページが存在しません" */
    "\\b(?:diese|die|eine solche|die gesuchte|die angeforderte) seite gibt es (?:leider )?(?:nicht mehr|nicht|hier nicht)\\b|"
        "\\b(?:diese|die gesuchte|die angeforderte) seite (?:ist|wurde) (?:leider )?(?:nicht mehr (?:verfügbar|vorhanden|online)|gelöscht|entfernt)|"
        "\\bcette page (?:a été supprimée|n(?:'|’)est plus (?:disponible|en ligne))|"
        "\\b(?:la|esta|esa) página (?:ya no existe|ya no está disponible|no está disponible|ha sido (?:eliminada|borrada|retirada))|"
        "\\b(?:questa|la) pagina non (?:esiste più|è più disponibile)|\\b(?:questa|la) pagina è stata (?:rimossa|eliminata|cancellata)|"
        "\\b(?:a|esta|essa) página (?:não existe mais|não está mais disponível|foi (?:removida|excluída|apagada))|"
        "\\b(?:deze|de) pagina (?:bestaat niet meer|is (?:niet meer beschikbaar|verwijderd|verplaatst))|"
        "\\bnie ma takiej strony|\\bstrony nie (?:znaleziono|odnaleziono)|\\bstrona nie została (?:znaleziona|odnaleziona)|\\b(?:ta )?strona (?:została usunięta|już nie istnieje)|"
        "(?:такой|этой) страницы (?:нет|не существует|больше нет)|нет такой страницы|страница (?:была )?удалена или (?:перемещена|не существует)|"
        "(?:такої|цієї) сторінки (?:немає|нема|не існує|більше немає)|немає такої сторінки|"
        "\\bbu sayfa (?:artık )?(?:mevcut değil|bulunmuyor|yok)\\b|\\bsayfa (?:kaldırılmış|silinmiş) olabilir|"
        "(?:هذه )?الصفحة (?:لم تعد موجودة|لم تعد متوفرة|محذوفة)|"
        "(?:页面|网页)(?:找不到了|走丢了|去火星了|飞走了|不见了)|找不到(?:页面|网页)了|(?:頁面|網頁)(?:找不到了|走丟了|不見了)|"
        "ページ(?:が|は)(?:存在しません|見つかりませんでした)",
    /* and in the languages beyond the 14: "the page you are looking for does
     * not exist / was not found" as a sentence, not only a title */
    "\\b(?:požadovaná |hledaná )?stránka (?:nebyla nalezena|neexistuje|nenalezena|byla (?:odstraněna|smazána))|\\bstránka (?:nebola nájdená|neexistuje)|"
        "\\b(?:a keresett |a kért |ez az )?oldal nem (?:található|létezik)|"
        "\\bpagina (?:pe care o (?:căutați|cauți) |căutată )?nu (?:mai )?există|\\bpagina (?:căutată )?nu a fost găsită|"
        "\\bsidan (?:du (?:söker|letar efter) )?(?:finns inte|kunde inte hittas|hittades inte)|"
        "\\bhalaman (?:yang (?:anda|kamu) (?:cari|tuju|minta) )?tidak (?:ditemukan|dapat ditemukan|ada|tersedia|dijumpai)|"
        "\\btrang (?:bạn (?:tìm kiếm|đang tìm|yêu cầu|truy cập) )?không tồn tại|"
        "η σελίδα (?:που (?:ζητήσατε|αναζητάτε|ψάχνετε) )?δεν (?:βρέθηκε|υπάρχει)|"
        "(?:הדף|העמוד) (?:שחיפשת |המבוקש |שביקשת )?(?:לא נמצא|אינו קיים)|"
        "صفحه(?:\\x{200C}?ای)? (?:که [^.!?]{0,40}?|مورد نظر )?(?:یافت نشد|پیدا نشد|وجود ندارد)|"
        "(?:पेज|पृष्ठ) (?:[^.!?।]{0,40}?)(?:मौजूद नहीं है|नहीं मिला|उपलब्ध नहीं है)|"
        "(?:търсената |исканата )?страница(?:та)? (?:не е намерена|не съществува)|"
        "\\bstranica (?:koju tražite )?(?:ne postoji|nije pronađena)|страница (?:коју тражите )?(?:не постоји|није пронађена)|"
        "(?:요청하신|찾으시는|방문하신) 페이지(?:가|는|를) (?:존재하지 않|찾을 수 없)",
    NULL
};

/* What a site or the layer in front of it says when it is not serving
 * pages right now, rather than that a page is missing (the ae-* set):
 * down for maintenance, rate-limiting the reader, refusing the request
 * as too large, the reader's session expired, the app needing
 * JavaScript, a framework's development error page, a server that cannot
 * answer now, the content withheld in the reader's country, and the
 * requested article archived or removed. Strong, like phrase_patterns
 * (they are appended to them), so quotation, attribution, the headline
 * rule and the 30-word limit apply: a story about a bridge's maintenance
 * or a 429 outage says these in its long paragraphs or in quotes. Each
 * names the site, the reader or the request, not a thing in the news. */
#define NC_JS_OBJECT(o) "(?:" o ")[^.!?]{0,40}?"
static const char *const service_patterns[] = {
    /* down for maintenance, in the languages beyond the 14 (the ah-* set):
     * "we" at work on the site, or the site itself unavailable for now */
    "\\bvi (?:utför|utfører|udfører) (?:\\w+ )?(?:planerat |planlagt |planlagte )?(?:underhåll|vedlikehold|vedligeholdelse)|"
        "\\b(?:webbplatsen|sajten|nettsiden|nettstedet|hjemmesiden|siden|sidan) (?:er|är) (?:midlertidig[t]? |tillfälligt )?"
        "(?:utilgjengelig|utilgængelig|otillgänglig|nede) (?:på grund av|pga\\.?|grundet|mens|medan|for|för|due)|"
        "\\bvi (?:er|är) snart tilbake|\\bvi (?:er|är) (?:snart )?(?:tilbage|tillbaka) (?:snart|om lidt|inom kort)|"
        "\\b(?:sivusto|palvelu) on (?:tilapäisesti )?(?:poissa käytöstä|huoltotilassa)|\\bhuoltokatko\\w*|"
        "\\bprobíhá (?:plánovaná )?údržba|\\b(?:web|stránka|stránky) (?:je|jsou) (?:dočasně )?mimo provoz|"
        "\\b(?:az )?oldal (?:jelenleg )?karbantartás (?:miatt|alatt)|\\bkarbantartást végzünk|"
        "\\b(?:site-ul|site-ul nostru|serviciul) (?:este )?(?:temporar )?în (?:mentenanță|mentenanta|lucrări de întreținere)|"
        "\\befectuăm lucrări de (?:mentenanță|întreținere)|"
        "\\b(?:situs|website|laman|halaman) (?:ini )?sedang (?:dalam )?(?:pemeliharaan|perbaikan|penyelenggaraan)|"
        "\\b(?:trang web|website|hệ thống) (?:đang|hiện đang) (?:được )?bảo trì|"
        "\\b(?:stranica|sajt|web stranica) je (?:privremeno )?(?:u održavanju|nedostupna zbog održavanja)|"
        "(?:сајт|страница) је (?:привремено )?(?:у одржавању|недоступна због одржавања)|"
        "(?:сайтът|страницата) е (?:временно )?(?:в процес на поддръжка|недостъпн[аи] поради профилактика)|"
        "(?:ο ιστότοπος|η σελίδα|ο διαδικτυακός τόπος) (?:είναι )?(?:προσωρινά )?(?:υπό συντήρηση|εκτός λειτουργίας)|"
        "האתר (?:נמצא )?(?:כרגע )?(?:בתחזוקה|בשדרוג)|(?:سایت|وب‌سایت|وبسایت) (?:موقتاً |موقتا )?در حال (?:به‌روزرسانی|بروزرسانی|تعمیر|نگهداری)|"
        "(?:वेबसाइट|साइट) (?:अस्थायी रूप से )?रखरखाव (?:के लिए बंद|में) है|ปิดปรับปรุง(?:ระบบ|เว็บไซต์)|"
        "(?:시스템|서비스|사이트) (?:정기 )?점검 중",
    /* down for maintenance: the site itself, or "we" */
    "\\bwe(?:'ll|’ll| will) be back (?:online |up )?(?:soon|shortly|very soon|in a (?:few|little) (?:minutes|while))\\b|"
        "\\bwe(?:'re|’re| are) (?:currently )?(?:performing|undergoing|carrying out|doing) (?:some )?(?:scheduled |planned |routine )?maintenance\\b|"
        "\\b(?:site|website|service|server)s? (?:is |are )?(?:currently |temporarily )?(?:down for|undergoing|under) (?:scheduled |planned )?maintenance\\b|"
        "\\b(?:wir sind|sind wir) (?:gleich|bald|in kürze) wieder (?:für sie )?(?:da|online|erreichbar)\\b|"
        "\\bwir führen (?:gerade |derzeit |momentan )?(?:geplante |planmäßige )?wartungsarbeiten durch|"
        "\\bwartungsarbeiten (?:an|auf) (?:unserer|der|dieser) (?:website|webseite|seite|plattform)\\b|"
        "\\bwegen (?:dringender |geplanter )?wartungsarbeiten (?:ist|sind) (?:die|diese|dieser|unsere|unser) (?:website|webseite|seite|bereich|dienst|angebot|portal)\\w* (?:vorübergehend |derzeit |momentan |zurzeit )?nicht (?:erreichbar|verfügbar)|"
        "\\b(?:site|service) (?:est )?(?:actuellement |temporairement )?en (?:cours de )?maintenance\\b|"
        "\\bnous effectuons (?:actuellement |en ce moment )?(?:une (?:opération|intervention) de |des (?:travaux|opérations) de )?maintenance|"
        "\\bsera de nouveau (?:accessible|disponible|en ligne) (?:très )?(?:prochainement|bientôt)|"
        "\\bnous serons de retour (?:très )?(?:bientôt|prochainement)|"
        "\\bestamos (?:realizando|haciendo|llevando a cabo) (?:unas |algunas )?(?:tareas|labores|trabajos|operaciones) de mantenimiento|"
        "\\b(?:sitio|servicio|portal) (?:web )?(?:está )?(?:en|bajo) mantenimiento\\b|"
        "\\bvolveremos a estar (?:operativos|disponibles|en línea) (?:en breve|muy pronto|pronto)|"
        "\\b(?:sito|servizio|portale) (?:è )?(?:attualmente |temporaneamente )?in manutenzione\\b|"
        "\\bstiamo (?:effettuando|eseguendo|svolgendo) (?:(?:alcuni |degli )?(?:lavori|interventi|operazioni) di )?manutenzione|"
        "\\b(?:site|serviço|portal) (?:está )?(?:em|sob) manutenção\\b|"
        "\\bestamos (?:em|a realizar|realizando|a fazer|fazendo) (?:uma |trabalhos de |operações de )?manutenção|"
        "\\bwe zijn (?:zo|snel|binnenkort) (?:weer )?(?:terug|online)\\b|"
        "\\b(?:website|site|dienst) is (?:tijdelijk |momenteel )?in onderhoud\\b|"
        "\\bwe (?:voeren|zijn) (?:momenteel |op dit moment )?(?:gepland |regulier )?onderhoud (?:uit|aan het uitvoeren)\\b|"
        "\\btrwają (?:planowane )?prace (?:konserwacyjne|serwisowe|techniczne)|\\bprzerwa techniczna\\b|"
        "\\b(?:strona|serwis) (?:jest )?(?:chwilowo |tymczasowo )?(?:w trakcie (?:prac|konserwacji)|niedostępn[ay] z powodu prac)|"
        "(?:ведутся|проводятся|идут) (?:плановые |профилактические )?(?:технические|профилактические) работы|"
        "сайт (?:временно )?(?:находится )?на (?:техническом |плановом )?обслуживании|"
        "(?:тривають|проводяться|ведуться) (?:планові |профілактичні )?(?:технічні|профілактичні) роботи|"
        "сайт (?:тимчасово )?(?:перебуває )?на (?:технічному |плановому )?обслуговуванні|"
        "(?:sitemiz|web sitemiz|sistemimiz|hizmetimiz) (?:şu anda |şu an )?(?:planlı )?bakım(?:da| çalışması)|"
        "bakım çalışması (?:yapılmaktadır|yapıyoruz)|"
        "(?:الموقع|الخدمة) (?:حاليا |حالياً )?(?:تحت|قيد) الصيانة|"
        "(?:网站|系统|服务器|網站|系統)(?:正在)?(?:维护|維護)中|正在进行系统(?:维护|升级)|"
        "(?:ただいま|現在)(?:システム)?メンテナンス中|メンテナンスを(?:実施|行って)(?:しております|おります|います)",
    /* the reader rate-limited: too many requests, slow down */
    "\\b(?:sent|made) too many requests\\b|\\brate limit (?:exceeded|reached)\\b|"
        "\\b(?:you(?:'re|’re| are) being|you(?:'ve|’ve| have) been) rate[- ]limited\\b|\\bslow down(?:,| and) (?:then )?try again\\b|"
        "\\bzu viele (?:anfragen|anforderungen|aufrufe|seitenaufrufe|zugriffe)\\b|\\bzu viele seiten (?:in kurzer zeit )?aufgerufen|"
        "\\b(?:ihr|dein) zugang (?:ist|wurde) (?:vorübergehend |temporär )?gesperrt|"
        "\\btrop de requêtes\\b|\\bvous avez (?:envoyé|effectué) trop de (?:requêtes|demandes)|"
        "\\bdemasiadas (?:solicitudes|peticiones)\\b|\\btroppe richieste\\b|"
        "\\bmuitas (?:solicitações|requisições)\\b|\\b(?:solicitações|requisições|pedidos) em excesso\\b|"
        "\\bte veel (?:verzoeken|aanvragen)\\b|\\b(?:zbyt wiele|za dużo|zbyt dużo) (?:żądań|zapytań)|"
        "слишком много запросов|(?:забагато|занадто багато|надто багато) запитів|"
        "çok fazla istek|erişiminiz (?:geçici olarak )?(?:sınırlandırıldı|kısıtlandı)|"
        "عدد كبير جداً? من الطلبات|طلبات كثيرة جداً?|تجاوزت الحد (?:المسموح|الأقصى)(?: به)? (?:من|لعدد) الطلبات|"
        "请求(?:过于频繁|次数过多|太频繁)|访问(?:过于频繁|太频繁)|リクエストが多すぎます",
    /* the request refused as too large or too long (nginx's 400/414/431 in words) */
    "\\brequest header or cookie too large\\b|\\brequest (?:entity|header fields?|headers?|line|uri|url) too (?:large|long)\\b|"
        "\\btoo (?:long|large) (?:for the server )?to (?:be )?process(?:ed)?\\b|"
        "\\b(?:die )?anfrage (?:[^\\s.!?]+ ){0,3}?(?:ist )?zu (?:groß|lang)\\b|"
        "\\b(?:la )?requête (?:[^\\s.!?]+ ){0,3}?(?:est )?trop (?:grande|longue|volumineuse)|"
        "\\b(?:la )?solicitud (?:[^\\s.!?]+ ){0,3}?(?:es )?demasiado (?:grande|larga)|"
        "\\b(?:la )?richiesta (?:[^\\s.!?]+ ){0,4}?(?:è )?troppo (?:grande|lunga)|"
        "\\b(?:o )?(?:endereço|pedido|solicitação|requisição) (?:[^\\s.!?]+ ){0,3}?(?:é )?(?:demasiado|muito) (?:longo|longa|grande)\\b[^.!?]{0,40}?\\bservidor|"
        "\\bhet verzoek (?:[^\\s.!?]+ ){0,3}?(?:is )?te (?:groot|lang)\\b|\\bżądanie (?:[^\\s.!?]+ ){0,3}?(?:jest )?(?:zbyt|za) (?:duże|długie)|"
        "запрос (?:\\S+ ){0,3}?слишком (?:большой|длинный|велик)|запит (?:\\S+ ){0,3}?(?:занадто|надто) (?:великий|довгий)|"
        "istek (?:\\S+ ){0,3}?(?:çok|fazla) (?:büyük|uzun)|الطلب (?:\\S+ ){0,3}?(?:كبير|طويل) جدا|"
        "请求(?:头|实体)?(?:过大|过长|太大|太长)|リクエスト(?:ヘッダー)?が(?:大きすぎ|長すぎ)",
    /* the server cannot answer now, or waited too long for the request */
    "\\bserver (?:is )?(?:currently |temporarily )?(?:unable to|cannot|can(?:'|’)t|could not) (?:respond to|answer|process) (?:your|the|this) request\\b|"
        "\\bserver timed out waiting for the request\\b|\\bserver (?:heeft )?te lang gewacht\\b|"
        "\\bder server kann ihre anfrage (?:derzeit |momentan |zurzeit )?nicht (?:bearbeiten|beantworten|verarbeiten)|"
        "\\ble serveur (?:ne peut pas|n(?:'|’)est pas en mesure de) (?:traiter|répondre à) votre (?:requête|demande)|"
        "\\bel servidor no (?:puede|pudo) (?:procesar|atender|responder a) (?:tu|su) (?:solicitud|petición)|"
        "\\bil server non (?:può|riesce a) (?:elaborare|gestire|rispondere alla) (?:la tua |la sua )?richiesta|"
        "\\bo servidor não (?:pode|conseguiu|consegue) (?:processar|atender|responder (?:a|à)) (?:a )?(?:sua )?(?:solicitação|requisição|pedido)|"
        "\\bde server kan (?:uw|je) (?:verzoek|aanvraag) (?:momenteel |op dit moment )?niet (?:verwerken|beantwoorden)|"
        "\\bserwer nie (?:może|mógł) (?:obsłużyć|przetworzyć) (?:twojego )?żądania|"
        "сервер (?:не может|не смог) (?:обработать|выполнить) ваш запрос|сервер (?:не може|не зміг) (?:обробити|виконати) ваш запит|"
        "sunucu\\w* (?:şu anda |şu an )?(?:isteğinizi|talebinizi) (?:yanıtlayamıyor|karşılayamıyor|işleyemiyor)|"
        "(?:الخادم|السيرفر) (?:غير قادر على|لا يستطيع) (?:معالجة|الاستجابة ل)طلبك|"
        "服务器(?:暂时)?无法(?:处理|响应)(?:您的)?请求|サーバーが(?:リクエストを)?処理できません",
    /* the site too busy to answer: "ただいまアクセスが集中しております",
     * "We are experiencing unusually high traffic" */
    "\\bwe(?:'re|’re| are) (?:currently )?experiencing (?:unusually |very )?high (?:traffic|load|demand)\\b|"
        "\\baufgrund (?:der |einer )?(?:hohen|sehr hohen|vieler) (?:zugriffszahlen|zugriffe|auslastung)\\b|"
        "\\ben raison d(?:'|’)un (?:fort|grand|trop grand) (?:nombre de (?:connexions|visiteurs)|trafic)\\b|"
        "\\bdebido (?:al|a un) (?:alto|elevado|gran) (?:tráfico|número de (?:visitas|usuarios))\\b|"
        "アクセスが(?:集中|殺到)し(?:ており|ています|ております)|(?:访问|訪問)(?:人数|量)过(?:多|大)|(?:访问|訪問)人數過多|접속자가 (?:많아|폭주)",
    /* the reader's session expired, a form's CSRF token refused */
    "\\byour session has (?:expired|timed out)\\b|\\bcsrf (?:token )?(?:mismatch|missing|invalid|verification failed)\\b|\\binvalid csrf\\b|"
        "\\b(?:ihre|deine) sitzung (?:ist|wurde) (?:abgelaufen|beendet)|\\bvotre session a expiré|"
        "\\b(?:tu|su) sesión (?:ha caducado|ha expirado)|\\b(?:la tua |la sua )?sessione è scaduta\\b|"
        "\\b(?:a )?(?:sua )?sessão (?:expirou|terminou)\\b|\\b(?:uw|je|jouw) sessie is verlopen\\b|\\b(?:twoja )?sesja wygasła|"
        "(?:ваша )?сессия (?:истекла|завершена)|срок (?:действия )?сессии ист[её]к|"
        "(?:ваша )?сесія (?:закінчилася|завершилася)|термін (?:дії )?сесії (?:минув|закінчився)|"
        "oturumunuzun süresi (?:doldu|dolmuştur)|انتهت (?:صلاحية )?(?:الجلسة|جلستك)|"
        "(?:会话|登录)(?:已)?(?:过期|超时|失效)|セッション(?:の有効期限)?が切れ(?:ました|ています)",
    /* the app cannot run without JavaScript: said of this site or app */
    "\\byou need to enable javascript to run this app\\b|"
        "\\b(?:please )?enable javascript to (?:use|view|run|access) this (?:site|website|page|app|application)\\b|"
        "\\b(?:site|website|app|application) requires javascript\\b|"
        NC_JS_OBJECT("diese (?:seite|website|anwendung)|die seite") "javascript (?:aktivieren|einschalten)|\\b(?:bitte )?aktivieren sie javascript,? um diese (?:seite|website|anwendung)|"
        "\\bactive[rz] javascript pour (?:utiliser|afficher|accéder à) (?:ce site|cette page|cette application)|"
        "\\b(?:ce site|cette application) (?:nécessite|requiert) javascript|"
        "\\b(?:habilitar|activar|habilita|activa) javascript para (?:usar|ver|ejecutar) (?:esta|este) (?:aplicación|página|sitio)|"
        "\\b(?:abilitare|attivare|abilita|attiva) javascript per (?:usare|utilizzare|visualizzare) (?:questo sito|questa pagina|questa applicazione)|"
        "\\b(?:ativar|habilitar|ative|habilite) o javascript para (?:usar|ver|utilizar) (?:este site|esta página|esta aplicação)|"
        "\\bjavascript (?:in|aan)(?:schakelen|zetten) om (?:deze (?:site|website|pagina|app))|"
        NC_JS_OBJECT("tej strony|tego serwisu|tej aplikacji") "włącz\\w* (?:obsługę )?javascript|\\bwłącz\\w* (?:obsługę )?javascript,? (?:aby|żeby) (?:korzystać z|wyświetlić) (?:tej strony|tego serwisu|aplikacji)|"
        NC_JS_OBJECT("сайт\\w*|приложени\\w*|этой страниц\\w*") "(?:необходимо|нужно) включить javascript|"
        NC_JS_OBJECT("сайт\\w*|застосун\\w*|цієї сторінк\\w*") "(?:необхідно|потрібно) увімкнути javascript|"
        "bu (?:site|sayfa|uygulama)[^.!?]{0,40}?javascript(?:'i|’i)? (?:etkinleştirmeniz|açmanız) gerek|"
        "(?:يجب|يرجى) تفعيل (?:جافا ?سكريبت|javascript) (?:لاستخدام|لتشغيل|لعرض) (?:هذا|هذه)|"
        "(?:请|需要)(?:启用|开启)\\s*javascript\\s*(?:才能|以)(?:使用|运行|访问)(?:本|此)|"
        "(?:この(?:サイト|ページ|アプリ))[^。]{0,30}?javascript\\s*を有効に",
    /* a web framework's development error page (ASP.NET Core's developer
     * exception page, Phoenix's and Rails' router, Laravel's Whoops) */
    "\\bunhandled exception (?:has )?occurred while (?:processing|executing) the (?:current )?(?:web )?request\\b|"
        "\\bno route (?:found|matches) for \\[?(?:get|post|put|patch|delete|head|options)\\]? \\S|"
        "\\.router\\.noroute(?:error)?\\b|\\bwhoops,? looks like something went wrong\\b",
    /* the content withheld where the reader is (HTTP 451, geo-blocking) */
    "\\bunavailable for legal reasons\\b|\\b(?:not available|unavailable) in your (?:country|region)\\b|"
        "\\baus rechtlichen gründen nicht verfügbar|\\bin ihrem land nicht verfügbar|"
        "\\bindisponible pour (?:des )?raisons (?:juridiques|légales)|\\bn(?:'|’)est pas disponible dans votre pays|"
        "\\bno (?:está )?disponible (?:en tu país|en su país|por (?:motivos|razones) legales)|"
        "\\bnon (?:è )?disponibile (?:nel tuo paese|nel suo paese|per motivi legali)|"
        "\\b(?:não (?:está )?disponível|indisponível) (?:no seu país|no teu país|por motivos legais)|"
        "\\bniet beschikbaar in (?:uw|jouw|je) land\\b|\\bom juridische redenen niet beschikbaar|"
        "\\bniedostępn\\w* w twoim kraju|\\bniedostępn\\w* z (?:powodów|przyczyn) prawnych|"
        "недоступ\\w* в вашей стране|недоступ\\w* по юридическим причинам|недоступн\\w* у вашій країні|недоступн\\w* з юридичних причин|"
        "ülkenizde (?:kullanılamıyor|erişilebilir değil)|yasal nedenlerle (?:kullanılamıyor|erişilemiyor)|"
        "غير متاح في (?:بلدك|منطقتك)|غير متاح لأسباب قانونية|"
        "(?:在)?您所在的(?:国家|地区|国家/地区)(?:无法|不可)|因法律原因(?:无法|不可)|"
        "お住まいの(?:国|地域)(?:では|からは)(?:ご)?(?:利用|視聴|アクセス)(?:いただけません|できません)",
    /* the article the reader asked for, archived or removed, in a CMS's
     * words: "the requested" or "that you tried to open" names the
     * reader's request, which a story about a deleted page does not */
    "\\brequested (?:article|story|post|content|item) (?:has been|was|is) (?:archived|removed|deleted|unpublished|no longer available)\\b|"
        "\\b(?:der|die|das) (?:angeforderte|gesuchte|aufgerufene) (?:seite|beitrag|artikel|inhalt|meldung|nachricht)\\b[^.!?]{0,60}?"
            "\\b(?:archiviert|entfernt|gelöscht|depubliziert|nicht mehr (?:abrufbar|verfügbar|online))|"
        "\\bl(?:'|’)(?:article|contenu) (?:demandé|que vous (?:cherchez|recherchez|avez demandé)) (?:a été|est) (?:archivé|supprimé|retiré|dépublié)|"
        "\\b(?:el artículo|la noticia|el contenido) (?:solicitad[ao]|que (?:buscas|busca|solicitaste)) (?:(?:ha caducado|ha expirado) o )?(?:ha sido|fue) (?:archivad[ao]|eliminad[ao]|retirad[ao]|despublicad[ao])|"
        "\\b(?:l(?:'|’)articolo|la notizia|il contenuto) (?:richiest[ao]|che (?:cerchi|stai cercando)) (?:è stat[ao]) (?:archiviat[ao]|rimoss[ao]|eliminat[ao])|"
        "\\b(?:a reportagem|a notícia|o artigo|o conteúdo|a matéria) (?:solicitad[ao]|que (?:você )?(?:tentou acessar|procura|procurava|buscava)) "
            "(?:foi|está) (?:removid[ao]|arquivad[ao]|excluíd[ao]|apagad[ao]|despublicad[ao])|"
        "\\bhet (?:opgevraagde|gevraagde|gezochte) (?:artikel|bericht) (?:is|werd) (?:gearchiveerd|verwijderd)|"
        "\\b(?:żądany|szukany) (?:artykuł|materiał) (?:został )?(?:usunięty|zarchiwizowany)|"
        "(?:запрашиваемая|запрошенная) (?:статья|публикация|новость) (?:была )?(?:удалена|перенесена в архив)|"
        "(?:запитувана|запитана) (?:стаття|публікація|новина) (?:була )?(?:видалена|перенесена до архіву)|"
        "\\b(?:aradığınız|istediğiniz) (?:haber|içerik|makale|yazı) (?:kaldırılmış|silinmiş|arşivlenmiş)|"
        "(?:المقال|الخبر|المحتوى) (?:المطلوب|الذي تبحث عنه) (?:تم حذفه|تمت أرشفته)|"
        "(?:您)?(?:请求|访问|要找)的(?:文章|新闻|内容)(?:已被|已)(?:删除|归档|下线)|"
        "(?:お探しの|リクエストされた)(?:記事|ニュース|コンテンツ)は(?:削除|アーカイブ)され",
    /* a bot check in the reader's language (Cloudflare's, DataDome's and
     * PerimeterX's pages as they serve them translated): the reader asked
     * to show they are human, the connection's security to be reviewed
     * first, unusual activity seen from the reader's device or network.
     * Each addresses the reader ("vous", "Sie", "jesteś"), not a thing in
     * the news. */
    "\\b(?:vérif\\w*|confirme[rz]?|prouve[rz]?) (?:que|si) vous (?:êtes|etes) (?:un )?(?:humain|être humain)|"
        "\\b(?:doit|doivent) vérifier la sécurité de votre connexion|\\bactivez javascript et les cookies pour continuer|"
        "\\b(?:überprüf\\w*|bestätig\\w*|prüf\\w*|verifizier\\w*),? (?:ob|dass) sie (?:ein )?mensch (?:sind|und kein (?:roboter|bot) sind)|"
        "\\bmuss die sicherheit ihrer verbindung überprüfen|\\baktivieren sie javascript und cookies,? um fortzufahren|"
        "\\b(?:verific\\w*|comprob\\w*|confirm\\w*|demostr\\w*) (?:que|si) (?:eres|es|usted es) (?:un )?(?:humano|ser humano)|"
        "\\bnecesita (?:revisar|verificar|comprobar) la seguridad de (?:su|tu) conexión|"
        "\\b(?:habilita|activa|habilite|active) javascript y (?:las )?cookies para continuar|"
        "\\b(?:verific\\w*|conferm\\w*|dimostr\\w*) (?:che|di) (?:tu )?(?:sia|sei|essere) (?:un )?(?:essere umano|umano)|"
        "\\bdeve verificare la sicurezza della (?:tua )?connessione|\\babilita javascript e (?:i )?cookie per continuare|"
        "\\b(?:verific\\w*|confirm\\w*|comprov\\w*) (?:se|que) (?:você|voce) (?:é|e) (?:um )?(?:humano|ser humano)|"
        "\\bprecisa (?:verificar|analisar) a segurança da (?:sua )?conexão|\\b(?:ative|habilite) (?:o )?javascript e (?:os )?cookies para continuar|"
        "\\b(?:controleren|bevestigen|verifiëren|zeker weten|nagaan) (?:of|dat) (?:u|je|jij) een mens bent|"
        "\\bmoet de beveiliging van (?:uw|je) verbinding (?:controleren|beoordelen)|\\bschakel javascript en cookies in om (?:door )?te gaan|"
        "\\b(?:potwierd\\w*|sprawdz\\w*|weryfik\\w*|udowodni\\w*),? (?:czy|że) jesteś człowiekiem|"
        "\\bmusi sprawdzić bezpieczeństwo (?:twojego )?połączenia|\\bwłącz javascript i (?:pliki )?cookies?,? aby kontynuować|"
        "(?:подтвердите|подтвердить|убедиться|проверяем|проверить),? что вы (?:не робот|человек)|"
        "необходимо проверить безопасность вашего (?:подключения|соединения)|"
        "(?:підтвердіть|підтвердити|переконатися|перевіряємо|перевірити),? що ви (?:не робот|людина)|"
        "insan olduğunuzu (?:doğrul\\w*|kanıtla\\w*|onayla\\w*)|bağlantınızın güvenliğini (?:gözden geçirmesi|kontrol etmesi) gerek|"
        "(?:تحقق|التحقق|نتحقق|أثبت|إثبات|تأكيد) (?:من )?(?:أنك|انك) (?:إنسان|انسان|لست روبوت)|"
        "(?:验证|確認|确认|驗證)(?:一下)?(?:您|你)(?:是|為|为)(?:真人|人类|人類)|正在检查(?:您的)?浏览器|"
        "(?:人間|ロボットではない)(?:である)?ことを確認|ブラウザを確認しています|"
        "\\bunusual (?:activity|traffic) from your (?:device|network|computer)\\b|"
        "\\bungewöhnliche (?:aktivitäten?|zugriffe|datenverkehr) (?:von|aus) ihrem (?:gerät|netzwerk)|"
        "\\bactivité inhabituelle (?:provenant )?(?:de|depuis) votre (?:appareil|réseau|ordinateur)|"
        "\\bactividad inusual (?:desde|de|en) (?:tu|su) (?:dispositivo|red)\\b|"
        "\\battività (?:insolita|anomala) (?:dal|dalla|dalle) (?:tu[ao]|su[ao]) (?:dispositivo|rete)|"
        "\\batividade (?:incomum|invulgar|suspeita) (?:a partir d[oa] |d[oa] |n[oa] )(?:seu|sua) (?:dispositivo|rede)|"
        "\\bongebruikelijke activiteit (?:vanaf|van|op) (?:uw|je) (?:apparaat|netwerk)|"
        "\\bnietypową aktywność (?:z|w|na) (?:twojej|twoim|twojego) (?:sieci|urządzeni\\w*)|"
        "(?:подозрительн|необычн)\\w* (?:активность|трафик) (?:с|из) вашей сети|"
        "(?:підозріл|незвичн|незвичайн)\\w* (?:активність|трафік) (?:з|із) вашої мережі|"
        "(?:cihazınızdan|ağınızdan) (?:gelen )?(?:olağandışı|alışılmadık|şüpheli) (?:etkinlik|trafik)|"
        /* DataDome's line under its captcha: "Please enable JS and disable any ad blocker" */
        "\\bjs\\b[^.!?]{0,60}?(?:ad ?blockers?\\b|adblock\\w*|bloqueurs? de pub\\w*|werbeblocker\\w*|bloqueador\\w* de an[úu]ncios|"
        "blocc\\w* (?:degli |di |gli )?annunci|blokad\\w* reklam|блокировщик\\w* рекламы|блокувальник\\w* реклами|reklam engelleyic\\w*)",
    NULL
};
#undef NC_JS_OBJECT

/* Compositional phrases: a page noun ("page", "Seite", "страница", "ページ")
 * within a few words of a failure predicate ("not found", "no longer
 * available", "was removed", "existiert nicht", "已被删除"), either order, per
 * language. They say what every error page says in words no list can foresee
 * ("esta página ya no está disponible", "Сторінку, яку ви шукаєте, не
 * знайдено"), but a headline can say it too ("La pagina Facebook del Comune
 * non esiste più"), so a match is only *medium* evidence: it counts when
 * something else backs it (see mark_run). Nouns are also trigger words. */
#define NC_GAP "[^.!?。！？]{0,60}?"
#define NC_CJK_GAP "[^.!?。！？]{0,12}?"
#define NC_IT_E "(?:è|e['’])"
static const char *const composed_patterns[] = {
    /* English */
    "\\b(?:page|url|link|article|story|content|file|document|resource|post)s?\\b" NC_GAP
        "\\b(?:(?:is|was|were|has been|have been|could|can|may have been|might have been)\\s+)?"
        "(?:not (?:be )?found|(?:does|do)(?: not|n't|n’t) (?:(?:seem|appear) to )?exist|seems? not to exist|no longer (?:exists?|available|be found|here|online|published|live)|(?:has |have )?expired|"
        "(?:re)?moved|deleted|removed|taken down|unpublished|(?:un|not |no longer )available|is(?:n't|n’t) available|"
        "(?:can't|can’t|cannot|could not|couldn't|couldn’t) be (?:found|displayed|shown|retrieved|loaded|reached))\\b",
    "\\b(?:can't|can’t|cannot|could not|couldn't|couldn’t|unable to|failed to) (?:find|locate|load|display|open|retrieve|fetch)\\b"
        "[^.!?]{0,40}?\\b(?:page|url|article|story|content|file|document|resource|post)s?\\b",
    "\\bno (?:such )?(?:page|article|url|content|post)s? (?:was )?(?:found|exists?|here|available)\\b"
        "|\\b(?:an|unexpected) error (?:has )?occurred\\b",
    /* "an error occurred", in the other languages (WordPress themes' "It
     * looks like nothing was found at this location": template_patterns) */
    "\\bein (?:unerwarteter |interner |technischer )?fehler ist aufgetreten\\b|"
        "\\bist (?:leider )?ein (?:unerwarteter |interner |technischer )?fehler aufgetreten\\b|\\bune erreur (?:inattendue |interne )?(?:s(?:'|’)est produite|est survenue)|"
        "\\b(?:se ha producido|se produjo|ha ocurrido|ocurrió) un error\\b|\\bsi è verificato un errore\\b|"
        "\\bocorreu um erro\\b|\\ber is een (?:onverwachte )?fout opgetreden\\b|\\bwystąpił (?:nieoczekiwany )?błąd|"
        "произошла (?:непредвиденная |внутренняя )?ошибка|сталася (?:неочікувана |внутрішня )?помилка|"
        "\\bbir hata (?:oluştu|meydana geldi)|(?:حدث|وقع) خطأ|(?:发生|出现)了?(?:未知|内部)?错误|エラーが発生しました",
    /* no permission to see this page, said to the reader, in the 14
     * languages (the English is a phrase) */
    "\\b(?:sie haben|du hast) (?:leider )?keine (?:berechtigung|zugriffsrechte?)\\b|"
        "\\b(?:sie verfügen|du verfügst) (?:leider )?nicht über (?:die )?(?:berechtigung|zugriffsrechte?)\\b|"
        "\\bvous n(?:'|’)(?:avez|êtes) pas (?:la permission|l(?:'|’)autorisation|autorisée?|les droits)\\b|"
        "\\bno (?:tienes|tiene|tiene usted) (?:permiso|autorización|acceso) (?:para|a)\\b|"
        "\\bnon (?:hai|ha|disponi) (?:il )?(?:permesso|permessi|l(?:'|’)autorizzazione|autorizzazione) (?:per|di|ad)\\b|"
        "\\b(?:você|voce) não tem (?:permissão|autorização|acesso) (?:para|a)\\b|\\bnão tem permissão para\\b|"
        "\\b(?:u heeft|je hebt|jij hebt) geen (?:toestemming|toegang|rechten)\\b|"
        "\\bnie (?:masz|posiadasz) (?:uprawnień|dostępu|pozwolenia)\\b|"
        "\\bbrak (?:uprawnień|dostępu) do (?:(?:wyświetlenia|wyświetlania|przeglądania) )?(?:tej|tego|żądanej|żądanego) (?:strony|zasobu)\\b|"
        "у вас нет (?:прав|доступа|разрешения)|у вас (?:немає|нема) (?:прав|доступу|дозволу)|"
        "\\b(?:görüntüleme|erişim|erişme) (?:yetkiniz|izniniz) (?:yok|bulunmuyor|bulunmamaktadır)|"
        "ليس لديك (?:إذن|صلاحية|تصريح)|您(?:没有|無|无)(?:权限|權限)|无权访问|無權訪問|"
        "(?:アクセス|閲覧)(?:する)?権限がありません",
    /* German */
    "\\b(?:seite|artikel|inhalt|beitrag|dokument|datei|url|adresse|link)\\w*\\b" NC_GAP
        "\\b(?:nicht (?:mehr )?(?:gefunden|verfügbar|vorhanden|erreichbar|abrufbar)|existiert (?:leider )?nicht|"
        "gibt es (?:leider )?nicht|(?:ist|sind) (?:leider )?abgelaufen|(?:steht|stehen) (?:leider )?nicht mehr zur verfügung|"
        "(?:ist|sind) (?:leider )?nicht mehr online|führt (?:leider )?ins leere|scheint (?:leider )?nicht (?:mehr )?zu existieren|(?:wurde|ist|wurden) (?:leider )?(?:gelöscht|entfernt|verschoben|deaktiviert)|"
        "(?:konnte|kann) (?:leider )?nicht (?:gefunden|abgerufen|geladen|angezeigt) werden)",
    /* French */
    "\\b(?:page|article|contenu|lien|adresse|url|fichier|document|ressource)s?\\b" NC_GAP
        "(?:n(?:'|’)existe (?:pas|plus)|\\bne semble (?:pas|plus) exister|\\bsemble ne (?:pas|plus) exister|"
        "n(?:'|’)a pas pu être trouvée?|\\bne (?:peut|pouvait) (?:pas )?être trouvée?|\\bintrouvable|\\b(?:a été|est|ont été) (?:supprimée?s?|déplacée?s?|retirée?s?)|"
        "n(?:'|’)(?:est|a) (?:plus|pas) (?:disponible|été trouvée?|accessible|en ligne)|\\bindisponible|\\ba expiré|\\best (?:erronée?|expirée?))",
    "\\b(?:impossible de|ne (?:pouvons|pouvez) pas|n(?:'|’)avons pas pu) (?:trouver|afficher|accéder à)" NC_GAP
        "\\b(?:page|contenu|article)",
    /* Spanish, Portuguese */
    "(?:página|artículo|articulo|contenido|enlace|dirección|noticia|artigo|conteúdo|endereço|notícia)s?\\b" NC_GAP
        "\\b(?:(?:ya )?no (?:existe|está disponible|esta disponible|se encuentra|se ha encontrado|pudo ser encontrada|puede ser encontrada)|"
        "parece (?:que )?(?:no|não) existir|"
        "(?:ha sido|fue|haya sido) (?:eliminad[ao]|borrad[ao]|movid[ao]|retirad[ao])|"
        "não (?:existe|está (?:mais )?disponível|foi encontrad[ao]|p[oô]de ser encontrad[ao])|"
        "(?:foi|ter sido) (?:removid[ao]|movid[ao]|excluíd[ao]|apagad[ao])|"
        "(?:no|não) disponible|não disponível|indisponível|ha (?:caducado|expirado)|ya no está (?:publicad[ao]|en línea)|"
        "expirou|não está mais (?:online|no ar|publicad[ao])|mudou de (?:sítio|endereço|lugar)|"
        /* "is no longer here", as the English list has it */
        "ya no (?:está|se encuentra) aquí|já não está aqui|não está mais aqui)",
    "\\bno (?:hemos podido|pudimos|podemos|se pudo|ha sido posible|fue posible) (?:encontrar|mostrar|obtener|cargar|abrir)"
        NC_GAP "(?:página|contenido|artículo|url|dirección|enlace)",
    "\\bno se (?:ha |han |pudo |puede )?(?:encontrado|encontró|encontrar)" NC_GAP "(?:página|contenido|artículo|url|dirección|enlace)",
    "\\bnão (?:conseguimos|foi possível|pudemos) (?:encontrar|mostrar|obter|carregar|abrir)" NC_GAP
        "(?:página|conteúdo|artigo|url|endereço|link)",
    /* Italian, Dutch ("è" typed "e'" too, as Italian sites without accented
     * keys write it: "Questo indirizzo non e' disponibile") */
    "\\b(?:pagina|articolo|contenuto|indirizzo|artikel|inhoud|bericht|nieuwsbericht)\\b" NC_GAP
        "\\b(?:non esiste(?: più)?|non disponibile|non sembra (?:più )?esistere|sembra non esistere|non " NC_IT_E " (?:più )?disponibile|non " NC_IT_E " stat[ao] trovat[ao]|"
        NC_IT_E " stat[ao] (?:rimoss[ao]|spostat[ao]|cancellat[ao]|eliminat[ao])|" NC_IT_E " scadut[ao]|non " NC_IT_E " più (?:online|pubblicat[ao])|"
        "(?:is|werd) verlopen|(?:is|staat) niet meer online|"
        "bestaat niet|lijkt niet (?:meer )?te bestaan|niet (?:meer )?(?:gevonden|beschikbaar)|(?:kan|kon) niet (?:worden )?(?:gevonden|geladen|weergegeven)|(?:is|werd) (?:verwijderd|verplaatst))",
    /* Polish */
    "\\b(?:stron[aęy]|artykuł|treść|adres)\\w*\\b" NC_GAP
        "\\b(?:nie istnieje|nie (?:została|został) znalezion[ay]|(?:została|został) (?:usunięt[ay]|przeniesion[ay])|"
        "jest niedostępn[ay]|nie jest (?:już )?(?:dostępn[ay]|opublikowan[ay])|nie wydaje się istnieć|wygasł[aoy]?)",
    "\\bnie (?:możemy|mogliśmy|można|udało się|udało nam się) (?:znaleźć|odnaleźć|wyświetlić|otworzyć)" NC_GAP "\\bstron",
    /* Russian, Ukrainian */
    "(?:страниц|стать|материал|сторінк|матеріал)\\w*" NC_GAP
        "(?:не найден|не существует|\\bнет\\b|удал[её]н|перемещ[её]н|перенес[её]н|не ?доступн|не знайден|не існує|\\bнемає\\b|видален|переміщен|"
        "перенесен|більше не доступн)",
    "(?:не удалось|невозможно|не вдалося|неможливо) (?:найти|открыть|знайти|відкрити)" NC_GAP "(?:страниц|сторінк)",
    /* Turkish */
    "\\b(?:sayfa|içerik|haber|bağlantı)\\w*" NC_GAP
        "\\b(?:bulunam\\w*|bulunmuyor|mevcut değil|mevcut görünmüyor|kullanılamıyor|kaldırıl\\w*|silin\\w*|taşın\\w*|erişilemiyor|ulaşılamıyor|görüntülenemiyor|yayında değil|süresi dol\\w*)",
    /* Arabic */
    "(?:الصفحة|الصفحه|الرابط|المقال|المحتوى)" NC_GAP "(?:غير موجود|غير متوفر|غير متاح|لم يتم العثور|تم حذف|تم نقل|محذوف|لم يعد متاح|لم تعد متاح|لم يعد متوفر|لم تعد متوفر|انتهت صلاحيت)",
    "(?:تم حذف|تم نقل|لم نعثر على|لا توجد|لا يمكن العثور على|تعذر العثور على|لم يتم العثور على)" NC_GAP "(?:الصفحة|الصفحه|المقال|المحتوى)",
    /* Chinese, Japanese */
    "(?:页面|网页|頁面|網頁|文章|新闻|新聞|内容|內容|链接|鏈接|资源|資源)" NC_CJK_GAP
        "(?:不存在|已被删除|已删除|被删除|已刪除|已被刪除|已被移除|已移除|找不到|无法访问|無法訪問|已失效|已过期|已下线|已下線|已下架|加载失败|載入失敗|无法加载|無法載入|无法显示|無法顯示|不可用|无法使用|無法使用|未找到|没有找到|沒有找到|未能找到)",
    "(?:找不到|无法找到|無法找到|未找到)" NC_CJK_GAP "(?:页面|网页|頁面|網頁|内容|文章)",
    "(?:ページ|記事|コンテンツ|リソース)" NC_CJK_GAP "(?:見つかりません|見つからない|存在しません|存在しない|削除され|移動し|移動され|公開を終了|掲載を終了|掲載期間(?:が|は)?終了|アクセスできません|アクセスできない|(?:ご)?利用(?:いただけ|でき)ません|表示できません)",
    /* Czech, Slovak, Hungarian, Romanian */
    "\\b(?:stránk|článek|článk|obsah|adres|stránok)\\w*" NC_GAP
        "\\b(?:nenalezen\\w*|nebyl[ao]? nalezen\\w*|neexistuje|(?:byl[ao]?|bola|bol) (?:odstraněn|smazán|přesunut|odstránen|presunut)\\w*|"
        "není (?:k dispozici|dostupn\\w*)|nenájden\\w*|nebol[ao]? nájden\\w*|(?:sa )?nenašl\\w*)",
    "\\b(?:oldal|cikk|tartalom|tartalm|lap)\\w*" NC_GAP
        "\\b(?:nem (?:található|létezik|elérhető|érhető el)|(?:törölték|áthelyezték|eltávolították)|megszűnt)",
    "\\b(?:pagin|articol|conținut|continut|adres)\\w*" NC_GAP
        "\\b(?:nu (?:a fost|au fost|poate fi) găsit\\w*|nu (?:mai )?există|nu (?:mai )?este disponibil\\w*|a fost (?:ștears|șters|mutat|eliminat)\\w*)",
    /* Swedish, Danish, Norwegian, Finnish */
    "\\b(?:sid(?:an|en|a)|artikel(?:n)?|artikkel(?:en)?|innehåll(?:et)?|indhold(?:et)?|innhold(?:et)?|adressen)\\b" NC_GAP
        "\\b(?:kunde inte hittas|hittades inte|finns inte|existerar inte|(?:har )?(?:tagits bort|flyttats)|"
        "kunne ikke (?:findes|finnes)|blev ikke fundet|ble ikke funnet|findes ikke|finnes ikke|eksisterer ikke|"
        "(?:er|har blitt|er blevet) (?:fjernet|flyttet|slettet))\\b",
    "\\b(?:sivu|artikkeli|sisältö|osoite)\\w*" NC_GAP
        "\\b(?:ei (?:\\w+ )?(?:löytynyt|löydy)|ei ole (?:enää )?(?:olemassa|saatavilla)|on (?:voitu )?(?:poistaa|poistettu|siirretty|siirtää))",
    /* Greek, Hebrew, Persian, Hindi */
    "(?:σελίδα|σελίδες|άρθρο|περιεχόμενο)" NC_GAP
        "(?:δεν βρέθηκε|δεν βρέθηκαν|δεν υπάρχει|δεν υπάρχουν|έχει (?:διαγραφεί|μετακινηθεί|αφαιρεθεί)|δεν είναι (?:πλέον )?διαθέσιμ)",
    "(?:הדף|העמוד|הכתבה|הכתובת|הקישור)" NC_GAP "(?:לא נמצא|אינו קיים|אינה קיימת|לא קיים|הוסר|נמחק|הועבר)",
    "(?:صفحه|مطلب|نشانی|محتوا)" NC_GAP "(?:یافت نشد|پیدا نشد|وجود ندارد|حذف شده|منتقل شده|در دسترس نیست)",
    "(?:पृष्ठ|पेज|पन्ना|लेख|सामग्री)" NC_GAP "(?:नहीं मिला|नहीं मिल रहा|मौजूद नहीं|उपलब्ध नहीं|हटा दिया|हटाया)",
    /* Vietnamese, Indonesian and Malay, Thai, Korean */
    "\\b(?:trang|bài viết|nội dung|đường dẫn)\\b" NC_GAP
        "(?:không tồn tại|không (?:được )?tìm thấy|đã bị (?:xóa|xoá|gỡ|di chuyển)|không khả dụng)"
        "|\\bkhông tìm thấy (?:trang|nội dung|bài viết)",
    "\\b(?:halaman|laman|artikel|konten|kandungan)\\b" NC_GAP
        "\\b(?:tidak (?:dapat )?(?:ditemukan|dijumpai|ditemui)|tidak (?:ada|wujud)|telah (?:dihapus|dipindahkan|dialihkan))",
    "(?:หน้า|เพจ|บทความ|เนื้อหา|ลิงก์)" NC_CJK_GAP "(?:ไม่พบ|ไม่มีอยู่|ถูกลบ|ถูกย้าย)|ไม่พบ(?:หน้า|เพจ|บทความ|เนื้อหา)",
    /* and XpressEngine's "대상을 찾을 수 없습니다" (the target of the request) */
    "(?:페이지|게시물|기사|문서|콘텐츠|대상)" NC_CJK_GAP "(?:찾을 수 없|존재하지 않|삭제되었|이동되었)",
    /* Serbian, Croatian (both scripts), Bulgarian */
    "(?:stranic|članak|članc|sadržaj|страниц|чланак|чланк|садржај)\\w*" NC_GAP
        "(?:nije pronađen|ne postoji|je (?:uklonjen|obrisan|premješten|premešten)|није пронађен|не постоји|је (?:уклоњен|обрисан|премештен))",
    "(?:страниц|стати|материал)\\w*" NC_GAP "(?:не е намерен|не съществува|е (?:изтрит|премест)|не е налич)",
    /* "we could not find the page" in those languages, the verb first */
    "\\b(?:(?:kunde|kan) (?:vi )?inte hitta|hittar inte|(?:kunne|kan) (?:vi )?ikke (?:finde|finne)|finner ikke|"
        "(?:emme|ei) (?:löytänyt|löydä|löytäneet)|nepodařilo se (?:nám )?najít|nem (?:találjuk|találtuk)|"
        "nu (?:am putut|putem) găsi|tidak (?:dapat |bisa )?menemukan|(?:ne možemo|nismo mogli|ne mogu) (?:pronaći|naći)|"
        "không (?:thể )?tìm thấy)" NC_GAP
        "(?:sida|sidan|siden|sivu|stránk|oldal|pagin|halaman|laman|stranic|trang)"
        "|(?:не можахме|не можем) да намерим" NC_GAP "страниц|δεν (?:μπορέσαμε να βρούμε|βρήκαμε)" NC_GAP "σελίδα",
    /* "an error occurred" in those languages */
    "\\bdošlo k (?:neočekávané )?chybě|\\bhiba (?:történt|lépett fel)|\\ba apărut o eroare|\\bett fel (?:har )?uppstått|"
        "\\bder opstod en fejl|\\bdet (?:har )?oppstod en feil|\\btapahtui virhe|παρουσιάστηκε (?:ένα )?σφάλμα|אירעה שגיאה|"
        "خطایی (?:در [^.!?]{0,40})?رخ داده|एक त्रुटि हुई|त्रुटि हुई है|đã (?:xảy ra|có) lỗi|\\bcó lỗi xảy ra|"
        "\\bterjadi (?:suatu )?kesalahan|\\bralat (?:telah )?berlaku|เกิดข้อผิดพลาด|\\bdošlo je do (?:greške|pogreške)|"
        "дошло је до грешке|възникна грешка|오류가 발생했습니다",
    /* Swahili, Lithuanian, Latvian, Estonian, Catalan (the cg-* set) */
    "\\b(?:ukurasa|makala|kiungo)\\b" NC_GAP "\\b(?:haupatikani|haukupatikana|haipatikani|haikupatikana|haupo|umefutwa|imefutwa)\\b",
    "\\b(?:puslapi|straipsn|nuorod)\\w*" NC_GAP "\\b(?:nerast\\w*|neegzistuoja|pašalint\\w*|perkelt\\w*)",
    "\\b(?:lap(?:a|u|as)|rakst(?:s|u|a))\\b" NC_GAP "\\b(?:nav (?:atrast\\w*|pieejam\\w*)|neeksistē|(?:ir )?(?:dzēst\\w*|pārvietot\\w*))",
    "\\b(?:lehte|lehekülg\\w*|artikli\\w*)" NC_GAP "\\b(?:ei leitud|ei leia|ei eksisteeri|pole olemas|on kustutatud|on eemaldatud)",
    "\\b(?:pàgin(?:a|es)|article|contingut|enllaç)\\b" NC_GAP
        "(?:no existeix|no s(?:'|’)ha (?:pogut )?trobat|ja no està disponible|(?:ha estat|s(?:'|’)ha) (?:eliminat|esborrat|mogut)\\w*)"
        "|\\bno (?:hem|podem) (?:pogut )?trob(?:ar|at)" NC_GAP "pàgina",
    /* Bengali, Urdu */
    "(?:পৃষ্ঠা|পাতা|পেজ)" NC_GAP "(?:খুঁজে পাওয়া যায়নি|পাওয়া যায়নি|নেই|মুছে ফেলা)",
    "(?:صفحہ|مضمون)" NC_GAP "(?:نہیں ملا|نہیں مل سکا|موجود نہیں|حذف کر)",
    NULL
};

/* Template sentences: medium evidence like the compositional phrases,
 * but said almost only by a theme's or a CMS's error template, so a shell
 * anywhere on the page backs them, not only one in their run (see
 * page_backed): WordPress themes' "It looks like nothing was found at
 * this location" and Astra's "This page doesn't seem to exist", in the
 * languages their translations use. */
static const char *const template_patterns[] = {
    "\\ban dieser (?:stelle|adresse) (?:wurde )?nichts gefunden|\\brien n(?:'|’)(?:a|ait) été trouvé (?:à|a) cet(?:te)? (?:emplacement|adresse)|"
        "\\bno se (?:ha )?encontr(?:ó|ado) nada en (?:esta|la) (?:ubicación|dirección)|"
        "\\bnon (?:è|sia) stato trovato (?:nulla|niente) (?:in questa posizione|a questo indirizzo)|\\bnon abbiamo trovato nulla (?:in questa posizione|a questo indirizzo)|"
        "\\bnada foi encontrado (?:neste|nesse|nesta|nessa) (?:local|endereço|localização)|\\b(?:er )?niets gevonden (?:is )?op deze (?:locatie|plek)|"
        "\\bnic nie (?:zostało )?znalezion[eo] w (?:tym miejscu|tej lokalizacji)|(?:по этому адресу|здесь) ничего не найдено|"
        "(?:за цією адресою|тут) нічого не знайдено|\\b(?:bu konumda|burada) hiçbir şey bulunamadı|"
        "لم يتم العثور على (?:أي )?شيء في هذا (?:المكان|الموقع)|(?:这里|这儿|這裡)似乎什么都没有|在这个位置(?:没有找到|找不到)|"
        "この(?:場所|ページ)には(?:何|なに)も(?:ない|見つかりません)",
    "\\b(?:does|do)(?: not|n't|n’t) (?:seem|appear) to exist\\b|\\bseems? not to exist\\b|"
        "\\bscheint (?:leider )?nicht (?:mehr )?zu existieren\\b|\\bne semble (?:pas|plus) exister\\b|\\bsemble ne (?:pas|plus) exister\\b|"
        "\\bparece (?:que )?(?:no|não) existir\\b|\\bnon sembra (?:più )?esistere\\b|\\bsembra non esistere\\b|"
        "\\blijkt niet (?:meer )?te bestaan\\b|\\bnie wydaje się istnieć|\\b(?:mevcut|var gibi) görünmüyor",
    /* a host's reasons for showing instead of the site: the domain not set
     * up on it, the DNS cache to flush (Azure App Service's list, cPanel's
     * "Check your DNS settings"), in the 14 languages */
    "\\b(?:custom )?domain (?:has not (?:yet )?been|is not|isn(?:'|’)t|was not) (?:yet )?(?:configured|set up|added|connected|linked)\\b|"
        "\\b(?:still )?pointing (?:the|your|this) domain to (?:an? |the )?old ip\\b|\\bthe ip address for this domain (?:may have|has) changed\\b|"
        "\\bipconfig\\s*/\\s*flushdns\\b|\\b(?:clear|flush) (?:the|your) (?:local )?dns cache\\b|\\bcheck your dns (?:settings|records|configuration)\\b|"
        "\\b(?:die )?domain (?:ist|wurde) (?:noch )?nicht (?:konfiguriert|eingerichtet|verbunden)|\\bprüfen sie ihre dns-einstellungen\\b|"
        "\\ble domaine (?:personnalisé )?n(?:'|’)(?:est|a) pas (?:encore )?(?:été )?configuré|\\bvérifiez vos paramètres dns\\b|\\bvide[rz] le cache dns\\b|"
        "\\bel dominio (?:personalizado )?no (?:está|ha sido) (?:todavía )?configurado|\\bcompruebe (?:su|la) configuración (?:de )?dns\\b|"
        "\\bil dominio (?:personalizzato )?non è (?:ancora )?(?:stato )?configurato|\\bcontrolla(?:re)? le impostazioni dns\\b|"
        "\\bo domínio (?:personalizado )?não (?:está|foi) (?:ainda )?configurado|\\bverifique (?:as )?(?:suas )?configurações de dns\\b|"
        "\\bhet (?:aangepaste )?domein is (?:nog )?niet (?:geconfigureerd|ingesteld|gekoppeld)|\\bcontroleer uw dns-instellingen\\b|"
        "\\bdomena (?:nie jest|nie została) (?:jeszcze )?skonfigurowana|\\bsprawdź ustawienia dns\\b|"
        "домен (?:ещё |еще )?не (?:настроен|привязан|подключ[её]н)|проверьте настройки dns|очистите (?:кеш|кэш) dns|"
        "домен (?:ще )?не (?:налаштовано|налаштований|прив(?:'|’)язано|підключено)|перевірте налаштування dns|очистіть кеш dns|"
        "alan adı (?:henüz )?yapılandırılmamış|dns ayarlarınızı kontrol edin|لم يتم (?:تكوين|إعداد) النطاق|النطاق غير (?:مهيأ|مكون)|"
        "域名(?:尚)?未(?:配置|绑定|解析)|请检查(?:您的)?dns(?:设置|配置)|ドメインが(?:設定|構成)されていません|dnsの設定を確認",
    /* WordPress's no-results sentence, "It seems we can't find what you're
     * looking for." (the English is a phrase) */
    "\\b(?:können|konnten) (?:leider )?nicht finden, (?:was|wonach) (?:du|sie) such|"
        "\\b(?:ne pouvons pas|ne parvenons pas à|n(?:'|’)avons pas pu) trouver ce que vous (?:cherchez|recherchez)|"
        "\\bno (?:podemos|hemos podido|pudimos) encontrar lo que (?:estás buscando|buscas|busca|está buscando)|"
        "\\bnon (?:riusciamo|siamo riusciti) a trovare (?:quello|ciò) che (?:stai cercando|cerchi)|"
        "\\bnão (?:conseguimos|podemos) encontrar o que (?:você )?(?:está procurando|procura|procuras)|"
        "\\bwe (?:niet )?kunnen (?:niet vinden wat je zoekt|vinden wat je zoekt|niet vinden waar je naar zoekt|wat je zoekt niet vinden)|"
        "\\bnie (?:możemy|mogliśmy) znaleźć tego,? czego szukasz|не (?:можем|смогли) найти то,? что вы ищете|"
        "не (?:можемо|змогли) знайти те,? що ви шукаєте|\\baradığınız(?: şeyi)? bulam(?:ıyoruz|adık)",
    NULL
};

/* Soft compositional phrases: medium evidence that backs nothing. A story
 * says these more often than it says a page was not found, so they count
 * only next to a token or a page-failure phrase, under an apology or in an
 * error-named box, and two of them side by side ("Something went wrong" over
 * "The link was broken") do not back each other. */
static const char *const soft_patterns[] = {
    /* an application's failure in its own words, and a 404 page's advice:
     * "We're sorry, but something went wrong.", "If you typed the URL
     * directly, please make sure the spelling is correct.", "the link is
     * outdated"; a story may say them too, so they need backing */
    "\\bsomething (?:went|has gone|is) wrong\\b|"
        /* German puts the verb second: "Da ist etwas schiefgelaufen", "Hier ging etwas schief" */
        "\\b(?:etwas (?:ist|lief|ging)|(?:ist|lief|ging) (?:(?:da|hier|leider|wohl|gerade) )*etwas) schief(?: ?gelaufen| ?gegangen)?\\b|"
        /* "a problem occurred", the other way an application says it failed */
        "\\b(?:a|an unexpected) problem (?:has )?occurred\\b|\\bein (?:unerwartetes |technisches )?problem ist aufgetreten\\b|"
        "\\bist (?:leider )?ein (?:unerwartetes |technisches )?problem aufgetreten\\b|"
        "\\bun (?:problème|incident) (?:technique )?(?:est survenu|s(?:'|’)est produit)|"
        "\\b(?:ha ocurrido|se ha producido|ocurrió|se produjo|hubo) un problema\\b|\\bsi è verificato un problema\\b|"
        "\\bocorreu um problema\\b|\\ber is een probleem opgetreden\\b|\\bwystąpił (?:nieoczekiwany )?problem\\b|"
        "возникла (?:непредвиденная )?проблема|виникла (?:непередбачена )?проблема|\\bbir sorun oluştu\\b|"
        "\\bquelque chose (?:s'est|s’est) mal passé|"
        /* "something is wrong" as the Romance languages say it */
        "\\bquelque chose ne va pas\\b|\\bqualcosa non va\\b|\\balgo no (?:va|funciona) bien\\b|"
        "\\balgo (?:salió|ha salido|deu) mal\\b|\\balgo deu errado\\b|\\ber ging iets mis\\b|\\bqualcosa è andato storto\\b|\\ber is iets (?:fout ?gegaan|misgegaan)\\b|"
        "\\bcoś poszło nie tak\\b|что-то пошло не так|щось пішло не так|\\bbir (?:şeyler|hata|sorun) ters gitti\\b|"
        "حدث خطأ ما|出错了|出了点问题|問題が発生しました|"
        /* and in the languages beyond the 14 (the ce-* set: "Jejda! Něco se
         * pokazilo.", "Ωχ! Κάτι πήγε στραβά.", "אופס! משהו השתבש") */
        "\\bněco se (?:pokazilo|nepovedlo)|\\bniečo sa (?:pokazilo|nepodarilo)|\\bvalami (?:hiba|baj) (?:történt|van)|\\bvalami (?:elromlott|nem sikerült)|"
        "\\bceva (?:nu a mers|n-a mers) bine|\\bceva a mers (?:prost|greșit)|\\bnågot (?:gick|har gått) fel|\\bnoget gik galt|\\bnoe gikk galt|"
        "\\bjokin meni pieleen|κάτι πήγε στραβά|משהו השתבש|कुछ गलत हो गया|(?:문제|오류)가 발생했습니다|нещо се обърка|"
        "\\bnešto je pošlo (?:po zlu|naopako)|нешто је пошло (?:по злу|наопако)|\\bterjadi (?:sebuah )?(?:kesalahan|masalah)|\\bđã (?:xảy ra|có) sự cố",
    "\\b(?:typed|entered|mistyped|misspelled|spelled|spelt) (?:the |this |a |that )?(?:url|address|link|web address)\\b|"
        "\\b(?:check|make sure|verify)\\b[^.!?]{0,40}?\\bspell(?:ing|ed|t)?\\b|"
        "\\b(?:link|bookmark|url)s?\\b[^.!?]{0,40}?\\b(?:is|was|may be|might be|seems to be|are) (?:outdated|out of date|broken|faulty|incorrect|dead|old)\\b",
    "\\b(?:link|lien|enlace|collegamento|ligação)\\b[^.!?]{0,40}?\\b(?:veraltet|fehlerhaft|obsolète|erroné|cassé|roto|obsoleto|"
        "caducad[ao]|defectuos[ao]|errat[ao]|non valid[ao]|difettos[ao]|quebrad[ao]|avariad[ao]|defeituos[ao]|com defeito|desatualizad[ao]|"
        "incorret[ao]|incorrect[ao]|défectueux|incorrect|defekt|ungültig|nieaktualny|błędny|verouderd|verbroken|onjuist|kapot)|"
        "ссылк\\w*[^.!?]{0,40}?(?:устарел|неверн|битая|неправильн)|посилання[^.!?]{0,40}?(?:застаріл|неправильн)",
    /* a security block in its own words, said to the reader or of this
     * request: "An attempt to access a restricted area was blocked", "Access
     * from your area has been temporarily limited" (not "Access to the beach
     * was restricted", which a story says) */
    "\\b(?:your (?:access|request|ip(?: address)?|connection|browser)|this request|(?:an )?attempt to access|"
        "access (?:from|to) (?:your|this) \\w+)\\b[^.!?]{0,50}?\\b(?:has been|have been|was|is|been) "
        "(?:temporarily )?(?:limited|blocked|denied|restricted|rejected)\\b",
    /* what a block page tells the reader to do: "Please contact your
     * administrator", "If you think this is an error"; a story says it of
     * its readers too, so soft */
    "\\bplease (?:contact|consult(?: with)?|notify) (?:your|the) (?:system |network |site |website )?administrator\\b|"
        "\\bcontact your (?:system |network )?administrator\\b|"
        "\\bwenden sie sich (?:bitte )?an (?:ihren|den) (?:system|netzwerk)?administrator|"
        "\\b(?:veuillez contacter|contactez) (?:votre |l(?:'|’))administrateur|"
        "\\b(?:póngase|ponte) en contacto con (?:su|el|tu) administrador|\\bcontacte (?:con )?(?:su|el) administrador|"
        "\\bcontatta(?:re)? (?:il tuo |l(?:'|’))amministratore|\\brivolgersi all(?:'|’)amministratore|"
        "\\bentre em contato com (?:o )?(?:seu )?administrador|\\bcontate (?:o )?(?:seu )?administrador|"
        "\\bneem contact op met (?:uw|de|je) (?:systeem|netwerk)?beheerder|"
        "skontaktuj się z (?:twoim )?administratorem|"
        "обратитесь к (?:вашему |своему |системному )?администратору|сообщите администратору|"
        "зверніться до (?:вашого |свого |системного )?адміністратора|повідомте адміністратора|"
        "(?:sistem )?yöneticinizle (?:iletişime geçin|görüşün)|site yöneticisine başvurun|"
        "(?:يرجى|الرجاء) (?:الاتصال|التواصل) (?:ب|مع )?(?:المسؤول|مسؤول النظام|مدير الموقع)|"
        "请(?:联系|與|与)(?:您的|网站|系统)?管理员|管理者に(?:お)?問い合わせ(?:ください|下さい)|管理者にご連絡ください",
    "\\bif you (?:think|believe|feel) (?:that )?this (?:is|was) (?:an error|a mistake|in error)\\b|"
        "\\bwenn sie (?:glauben|denken|der meinung sind),? dass (?:es sich (?:hierbei )?um einen fehler handelt|dies ein fehler ist)|"
        "\\bsi vous pensez qu(?:'|’)il s(?:'|’)agit d(?:'|’)une erreur|"
        "\\bsi (?:cree|crees|piensa|piensas) que (?:se trata de|esto es) un error|"
        "\\bse (?:ritieni|pensi|credi) che (?:si tratti di|questo sia) un errore|"
        "\\bse (?:você )?(?:acha|acredita|achar|acreditar) que (?:isso|isto) (?:é|seja) um erro|"
        "\\bals u (?:denkt|meent) dat dit een (?:fout|vergissing) is|"
        "jeśli (?:uważasz|sądzisz),? że (?:to (?:jest )?)?błąd|"
        "если вы считаете,? что (?:это|произошла) ошибк|якщо ви вважаєте,? що (?:це|сталася) помилк|"
        "bunun bir hata olduğunu düşünüyorsanız|إذا كنت تعتقد أن (?:هذا|هذه) خطأ|"
        "如果您认为这是(?:一个)?(?:错误|误报)|これが(?:誤り|エラー|間違い)だと思われる場合",
    "доступ (?:к|на) (?:сайт|ресурс|страниц)\\w* (?:был )?(?:временно )?(?:ограничен|заблокирован|закрыт)|"
        "доступ до (?:сайт|ресурс|сторінк)\\w* (?:тимчасово )?(?:обмежено|заблоковано)|"
        "\\bzugriff (?:auf (?:diese |die )?(?:seite|website|webseite) )?(?:wurde )?(?:vorübergehend )?(?:gesperrt|eingeschränkt|verweigert)\\b|"
        "\\bl(?:'|’)accès (?:à (?:ce site|cette page) )?(?:a été )?(?:temporairement )?(?:bloqué|restreint|refusé|limité)|"
        "\\b(?:el )?acceso (?:a (?:este sitio|esta página) )?(?:ha sido )?(?:temporalmente )?(?:bloqueado|restringido|denegado|limitado)\\b",
    NULL
};

/* A 404 page's own advice and its guess at why: soft phrases (they back
 * nothing, and need backing in their run as the soft ones do), but like
 * the template sentences said almost only by an error template, so a
 * shell elsewhere on the page backs them too (page_backed): the part of a
 * theme's 404 that a mirror left on the far side of the story ("Nutzen
 * Sie unsere Suche oder kehren Sie zur Startseite zurück." below it, the
 * title above). */
static const char *const advice_patterns[] = {
    /* a 404 page's guess at why: "It may have been moved or deleted.", in
     * the 14 languages; a story says it of a file or a post too */
    "\\b(?:it|this page|the page|this article|the article|this post) (?:may|might|could) have been (?:moved|deleted|removed|renamed|unpublished|archived|taken down|withdrawn)\\b|"
        "\\bmöglicherweise wurde (?:er|sie|es|die seite|der artikel|der beitrag) (?:gelöscht|verschoben|entfernt|umbenannt|depubliziert|archiviert)|"
        "\\b(?:er|sie|es) wurde (?:möglicherweise|vielleicht) (?:gelöscht|verschoben|entfernt|umbenannt|depubliziert|archiviert)|"
        "\\b(?:elle|il) a (?:peut-être|pu) être (?:supprimée?|déplacée?|renommée?|dépubliée?|archivée?)|\\ba peut-être été (?:supprimée?|déplacée?|renommée?|dépubliée?|archivée?)|"
        "\\b(?:puede que|es posible que) (?:haya sido|se haya) (?:eliminad[ao]|movid[ao]|borrad[ao]|trasladad[ao]|despublicad[ao]|archivad[ao])|"
        "\\b(?:pudo|puede|podría) haber sido (?:eliminad[ao]|movid[ao]|borrad[ao]|trasladad[ao]|despublicad[ao]|archivad[ao])|"
        "\\b(?:potrebbe|può) essere stat[ao] (?:rimoss[ao]|spostat[ao]|cancellat[ao]|eliminat[ao]|rinominat[ao]|archiviat[ao])|"
        "\\bpode ter sido (?:removid[ao]|movid[ao]|excluíd[ao]|apagad[ao]|renomead[ao]|despublicad[ao]|arquivad[ao])|"
        "\\b(?:is|werd) (?:mogelijk|misschien) (?:verwijderd|verplaatst|hernoemd|gearchiveerd|offline gehaald)|"
        "\\b(?:mogła|mógł|mogło) zostać (?:usunięt[aey]|przeniesion[aey]|zarchiwizowan[aey]|wycofan[aey])|"
        "\\bвозможно,? (?:она|он|оно|страница|статья) (?:был[аио]? )?(?:удал[её]н|перемещ[её]н|переименован|снят[аоы]? с публикации)|"
        "\\bможливо,? (?:вона|він|воно|сторінка|стаття) (?:бул[аио]? )?(?:видален|переміщен|перейменован|знят[аоы]? з публікації)|"
        /* DataLife Engine's "возможно был изменен ее адрес или она была
         * удалена" (ru, uk): its address changed */
        "\\bвозможно,? (?:был[аио]? )?изменен[аоы]? (?:е[её]|его) адрес|\\bможливо,? (?:бул[аио]? )?змінен[аоы]? (?:її|його) адрес|"
        "\\b(?:kaldırılmış|silinmiş|taşınmış|adı değiştirilmiş)(?:,? [^.!?]{0,60}?)? olabilir|ربما تم (?:حذف|نقل)|"
        "可能已被(?:删除|刪除|移动|移動|移除)|(?:削除|移動)された(?:か|可能性)",
    /* "check that the address is right", the advice under a 404's message
     * ("また、URLに誤りがないか再度ご確認ください。") */
    "\\bplease (?:check|verify) (?:the|that the) (?:url|web address)\\b|\\bsprawdź,? czy (?:adres|link) (?:jest )?(?:poprawny|prawidłowy)|"
        "\\bпроверьте,? правильность (?:адреса|ссылки)|\\bvérifiez (?:l(?:'|’)url|l(?:'|’)adresse saisie)|"
        "(?:url|URL)(?:に誤りがないか|が正しいか|をご確認|をお確かめ)|(?:请)?检查(?:您输入的)?(?:网址|url|URL)是否正确|"
        /* the same as a list item of a 404's tips ("controllare l'indirizzo
         * digitato"): the address the reader typed */
        "\\b(?:check|verify) the (?:address|url) you (?:typed|entered)\\b|"
        "\\b(?:überprüfen sie|prüfen sie|überprüfe|prüfe) die eingegebene (?:adresse|url)\\b|"
        "\\b(?:comprueb[ae]|compruebe|verifi(?:ca|que)|revis[ae]) la (?:dirección|url) (?:escrita|introducida|ingresada)\\b|"
        "\\bcontroll(?:a|are|i) (?:che )?l(?:'|’)indirizzo (?:digitato|inserito|sia corretto)|"
        "\\bverifi(?:que|car|ca) (?:o|se o) endereço (?:digitado|inserido|está correto)|"
        "\\bcontroleer (?:het|of het) (?:ingevoerde |getypte )?adres\\b|"
        "\\bsprawdź (?:wpisany|wprowadzony) adres\\b|"
        "\\bпроверьте (?:введённый|введенный|набранный) адрес|\\bперевірте (?:введену|набрану) адресу|"
        "\\b(?:girdiğiniz|yazdığınız) adresi kontrol ed|تحقق من (?:العنوان|الرابط) الذي (?:أدخلته|كتبته)",
    /* "use the search or go back to the home page", in the 14 languages */
    "\\b(?:use|try) (?:our|the) (?:site )?search(?: function| box| form| bar)?(?: below| above)? or (?:go|return|head|get) (?:back )?to (?:the|our) (?:home ?page|front page|start page)\\b|"
        "\\b(?:go|return|head) (?:back )?to (?:the|our) (?:home ?page|front page) or (?:use|try) (?:our |the )?(?:site )?search\\b|"
        "\\b(?:nutzen|verwenden|benutzen) sie (?:unsere|die) (?:suche|suchfunktion|volltextsuche) oder (?:kehren sie |gehen sie |wechseln sie )?(?:zur|zurück zur|auf die) startseite|"
        "\\b(?:utilisez|essayez) (?:notre|le|la) (?:moteur de )?recherche ou (?:retournez|revenez|rendez-vous) (?:à|a|sur) (?:la )?page d(?:'|’)accueil|"
        "\\b(?:utiliza|usa|utilice|use|prueba) (?:nuestro|el) (?:buscador|motor de búsqueda) o (?:vuelve|vuelva|regresa|regrese|ve|vaya) a la (?:portada|página (?:de inicio|principal))|"
        "\\b(?:usa|utilizza|utilizzi|prova) (?:la|il|il nostro) (?:ricerca|motore di ricerca) o (?:torna|tornare|ritorna|vai|torni) (?:alla|in|sulla) (?:home ?page|pagina iniziale|home)|"
        "\\b(?:use|utilize|usa|tente) (?:a|nossa|a nossa) (?:busca|pesquisa) ou (?:volte|retorne|vá|va) (?:para|à|a) (?:a )?página (?:inicial|principal)|"
        "\\b(?:gebruik|probeer) (?:de|onze) zoekfunctie of ga (?:terug )?naar de (?:homepage|startpagina|voorpagina)|"
        "\\bskorzystaj z wyszukiwarki (?:lub|albo) (?:wróć|przejdź) (?:na|do) stron[yęa] główn|"
        "воспользуйтесь поиском или (?:перейдите|вернитесь) на главную|скористайтеся пошуком або (?:перейдіть|поверніться) на головну|"
        "\\barama(?:yı| kutusunu)? kullan(?:ın|ınız|abilir) (?:ya da|veya) ana sayfaya dön|"
        "استخدم (?:البحث|خاصية البحث|مربع البحث) أو (?:عد|ارجع|العودة) (?:إلى )?الصفحة الرئيسية|"
        "(?:请)?(?:使用|利用)(?:站内)?搜索(?:功能)?[，,]?(?:或|或者)(?:返回|回到)首页|"
        "検索(?:機能)?(?:を(?:ご)?利用いただくか|するか)[、,]?トップページ(?:へ|に|から)",
    /* a countdown to the home page ("5 秒后自动跳转到首页", "You will be
     * redirected to the home page in 5 seconds"), in the 14 languages */
    "\\byou will be (?:automatically )?redirected to (?:the|our) (?:home ?page|front page) in \\d+ seconds?|"
        "\\bredirecting (?:you )?to the home ?page in \\d+|"
        "\\bsie werden in \\d+ sekunden (?:automatisch )?(?:zur|auf die) startseite (?:weitergeleitet|umgeleitet)|"
        "\\bvous (?:allez être|serez) (?:automatiquement )?redirigée?s? vers (?:la )?page d(?:'|’)accueil dans \\d+ secondes|"
        "\\bserás? redirigid[ao]s? (?:automáticamente )?a la (?:portada|página (?:de inicio|principal)) en \\d+ segundos|"
        "\\bverrai reindirizzat[ao] (?:automaticamente )?(?:alla|sulla) (?:home ?page|pagina iniziale) (?:tra|fra) \\d+ secondi|"
        "\\bvocê será redirecionad[ao] (?:automaticamente )?para a página (?:inicial|principal) em \\d+ segundos|"
        "\\b(?:je|u) (?:wordt|wordt automatisch) (?:over|binnen) \\d+ seconden (?:automatisch )?doorgestuurd naar de (?:homepage|startpagina)|"
        "\\bza \\d+ sekund\\w* (?:zostaniesz|nastąpi) (?:automatycznie )?przekierowan\\w* (?:na|do) stron\\w* główn|"
        "через \\d+ секунд\\w* (?:вы будете|произойдёт|произойдет) (?:автоматически )?(?:перенаправлены|переход) на главную|"
        "через \\d+ секунд\\w* (?:вас буде|відбудеться) (?:автоматично )?(?:перенаправлено|перехід) на головну|"
        "\\b\\d+ saniye (?:içinde|sonra) (?:otomatik olarak )?ana sayfaya yönlendirileceksiniz|"
        "سيتم (?:تحويلك|توجيهك) (?:تلقائيا |تلقائياً )?إلى الصفحة الرئيسية (?:خلال|بعد) \\d+ ثوان|"
        "\\d+\\s*秒(?:后|後|钟后|鐘後)(?:将)?(?:自动|自動)?(?:跳转|跳轉|返回|转到|轉到)(?:到|至)?(?:网站)?(?:首页|首頁)|"
        "\\d+\\s*秒後に(?:自動的に)?トップページ(?:へ|に)(?:移動|戻り|転送|ジャンプ)",
    NULL
};

/* A short block that opens with an apology or an exclamation: it backs a
 * compositional phrase in the same block or next to it. */
static const char *const apology_pattern =
    "^\\W*(?:sorry|we(?:'re|’re| are) sorry|oops|whoops|hmm+|uh[- ]oh|ops|ups|oups|oeps|hoppla|huch|leider|"
    "désolé|désolés|nous sommes (?:désolés?|navrés?)|(?:es |das )?tut uns leid|lo sentimos|disculp(?:a|e|en|as)|vaya|ups|ci dispiace|"
    "(?:siamo )?spiacenti|purtroppo|desculpe|infelizmente|helaas|lamentamos|sentimos muito|het spijt (?:ons|me)|"
    "przepraszamy|niestety|к сожалению|извините|приносим (?:свои )?извинения|увы|упс|ой|на жаль|вибачте|"
    "просимо вибачення|перепрошуємо|hay aksi|(?:bunun için |çok )?üzgünüz|maalesef|"
    "عذرا|عذراً|عذرًا|عفوا|عفواً|نأسف|抱歉|很抱歉|对不起|對不起|哎呀|申し訳(?:ございません|ありません)(?:が|でした)?|すみません|"
    /* the languages beyond the 14 (the ah-* set) */
    "omlouváme se|bohužel|jejda|ľutujeme|sajnáljuk|sajnos|hoppá|hopp|ne pare rău|ne cerem scuze|hopa|"
    "tyvärr|hoppsan|beklager|vi beklager|desværre|dessverre|hups|valitettavasti|pahoittelemme|"
    "λυπούμαστε|δυστυχώς|ωχ|מצטערים|אנו מתנצלים|אופס|متأسفانه|متاسفانه|پوزش می(?:‌| )?خواهیم|اوه|"
    "क्षमा करें|माफ़ करें|माफ करें|खेद है|rất tiếc|xin lỗi|rất xin lỗi|maaf|mohon maaf|harap maaf|alamak|"
    "ขออภัย|ขออภัยค่ะ|ขออภัยครับ|žao nam je|ispričavamo se|nažalost|жао нам је|нажалост|извините|"
    "съжаляваме|извиняваме се|за съжаление|죄송합니다|죄송하지만|"
    /* a site's own "Oops!" in those languages (the ce-* set) */
    "waduh|aduh|опа|upsz|ojej|ojdå|oei|ajoj|eita|accidenti|eyvah|糟糕|啊哦|앗|おっと|ối|úi|उफ़|อุ๊ปส์|ουπς|"
    /* a doubled "Upps", and the apologies of Swahili, Lithuanian, Latvian,
     * Estonian, Catalan, Bengali and Urdu (the cg-* set) */
    "upps|uups|samahani|kwa bahati mbaya|atsiprašome|deja|atvainojamies|atvainojiet|diemžēl|vabandame|kahjuks|"
    "ho sentim|ho lamentem|vaja|malauradament|দুঃখিত|معذرت|"
    /* "Lost?", the 404's question to the reader (the question mark required) */
    "(?:(?:are you |got |vous êtes |êtes-vous |te has |¿?(?:estás |está )|(?:ti )?sei |(?:você )?está |ben je |bent u |jesteś )?"
    "(?:lost|perdu[es]{0,2}|perdid[oa]s?|pers[oa]|verdwaald|zgubił(?:eś|aś|eś się|aś się)|zagubion[ya]|"
    "заблудил(?:ись|ся|ась)|заблукал(?:и|ися|ся)|kayboldunuz|kayboldun)\\s*[?？]|"
    "هل (?:ضللت|تهت)(?: الطريق)?\\s*[؟?]|迷路了(?:吗)?\\s*[?？]|迷子になりましたか\\s*[?？]))(?:\\W|$)"
    /* "Fehler! Der Artikel konnte nicht geladen werden.", "Error: ..." */
    "|^\\W*(?:error|fehler|erreur|errore|erro|fout|błąd|ошибка|помилка|hata|خطأ|错误|エラー|"
    /* and in the languages beyond the 14 (NC_ERROR_WORD_MORE's words) */
    "chyba|hiba|eroare|fel|fejl|feil|virhe|σφάλμα|שגיאה|خطای|त्रुटि|lỗi|kesalahan|ralat|ข้อผิดพลาด|greška|грешка|오류)\\s*[!:！：]";

/* A sentence that goes on after a phrase with a comma and, within a few
 * words, who said it ("Sorry, an error occurred, the city's spokesman
 * said.", "Purtroppo si è verificato un errore, ha ammesso l'assessore.")
 * is the story's reported speech, as a quotation is. Tried only on the
 * rest of the sentence after a match. */
static const char *const attribution_pattern =
    "^[^.!?]{0,120}?[,，،—–]\\s*(?:[^\\s,.!?]+\\s+){0,5}?"
    "(?:said|says|told|added|admitted|wrote|explained|replied|responded|answered|according to|"
    "sagte|sagt|erklärte|räumte|teilte|schrieb|antwortete|hieß es|"
    "a (?:déclaré|dit|reconnu|expliqué|ajouté|indiqué|écrit|répondu)|selon|"
    "dijo|afirmó|reconoció|explicó|añadió|señaló|respondió|contestó|según|"
    "ha (?:detto|ammesso|spiegato|dichiarato|aggiunto|scritto|risposto)|secondo|"
    "disse|afirmou|reconheceu|explicou|acrescentou|respondeu|segundo|"
    "zei|zegt|aldus|verklaarde|erkende|schreef|antwoordde|"
    "powiedział\\w*|przyznał\\w*|dodał\\w*|napisał\\w*|wyjaśnił\\w*|poinformował\\w*|odpowiedział\\w*|według|"
    "сказал\\w*|заявил\\w*|признал\\w*|добавил\\w*|пояснил\\w*|написал\\w*|сообщил\\w*|ответил\\w*|по словам|"
    "сказав|заявив|визнав|додав|пояснив|написав|повідомив|відповів|за словами|"
    "dedi|diye|açıkladı|belirtti|söyledi|ekledi|yanıtladı|"
    "قال|صرح|أضاف|أوضح|أجاب|وفق)(?!\\w)";

/* Words a shell's own short sentences use, in every language: how the page
 * failed and where to go instead. A block with none of them that reads as a
 * sentence is prose, and growth stops there. */
static const char *const vocabulary_pattern =
    "\\b(?:error|errors|not found|request(?:ed)?|server|url|address|link|mistyped|typo|misspelled|"
    "removed|deleted|moved|renamed|expired|unavailable|exists?|broken|try again|search(?:ing)?|home ?page|home|"
    "fehler|adresse|gelöscht|entfernt|verschoben|suche|startseite|"
    "erreur|supprimée?|déplacée?|recherche|accueil|"
    "errores?|eliminad[ao]|borrad[ao]|movid[ao]|búsqueda|buscador|portada|inicio|enlace|"
    "errore|rimoss[ao]|spostat[ao]|rinominat[ao]|cerca|"
    "erro|removid[ao]|pesquisa|página inicial|fout|verwijderd|verplaatst|zoeken|"
    "błąd|usunięt[ay]|przeniesion[ay]|adres|wyszukiw\\w*|znalezion\\w*|stronę główną|"
    "ошибк\\w*|удален\\w*|перемещен\\w*|адрес\\w*|поиск\\w*|главн\\w*|помилк\\w*|видален\\w*|переміщен\\w*|пошук\\w*|головн\\w*|"
    "hata|kaldırıl\\w*|silin\\w*|taşın\\w*|adres\\w*|arama|ana sayfa\\w*|"
    /* "try again later" and "sorry for the inconvenience", every language */
    "versuchen sie es (?:später )?(?:noch einmal|erneut)|réessay\\w*|inténtelo (?:de nuevo|más tarde)|vuelva a intentarlo|"
    "riprova\\w*|tente novamente|probeer het (?:later |(?:over|binnen) (?:\\w+ ){1,2})?opnieuw|voorpagina|startpagina|spróbuj(?:cie)? ponownie|"
    "попробуйте (?:ещё раз|еще раз|позже|снова)|спробуйте (?:ще раз|пізніше|знову)|tekrar deneyin|"
    "inconvenience|unannehmlichkeiten|désagrément\\w*|molestias|inconvenient[ei]|disagio|transtorno\\w*|ongemak|"
    "utrudnienia|неудобств\\w*|незручн\\w*|rahatsızlık\\w*)\\b"
    "|خطأ|حذف|نقل|الرابط|عنوان|البحث|الرئيسية|حاول مرة أخرى|أعد المحاولة|الإزعاج"
    "|错误|删除|刪除|网址|網址|链接|首页|首頁|搜索|跳转|稍后再试|稍後再試|不便"
    "|エラー|削除|移動|URL|アドレス|トップページ|検索|しばらく(?:してから|時間をおいて)|再度アクセス|ご不便|ご迷惑"
    /* Korean, which the 14 have not ("잠시 후 다시 시도해 주세요" under "500") */
    "|오류|서버|주소|삭제|검색|홈페이지|다시 시도|불편"
    /* the home page and the search a shell's link box offers, in the
     * languages beyond the 14 (the cg-* set: "Vissza a címlapra", "Keresés") */
    "|\\b(?:címlap\\w*|főoldal\\w*|kezdőlap\\w*|keresés\\w*|úvodní stránk\\w*|titulní stran\\w*|vyhledávání|"
    "hlavnú stránku|vyhľadávani\\w*|prima pagină|pagina principală|căutare|naslovnic\\w*|pretraživanj\\w*|tražilic\\w*|"
    "startsidan|förstasidan|forsiden|startsiden|etusivu\\w*|pradžios puslap\\w*|sākumlap\\w*|avaleh\\w*|"
    "beranda|halaman utama|trang chủ|tìm kiếm)(?!\\w)"
    "|αρχική σελίδα|αναζήτηση|עמוד הראשי|חיפוש|صفحه اصلی|جستجو|почетн\\w* стран\\w*|началната страница|메인|홈으로";

/* Beside a story (growth among siblings), a sentence goes only when it names
 * the failure itself: a status code or the word "error". */
static const char *const failure_pattern =
    "\\b[45]\\d\\d\\b|\\b(?:error|fehler|erreur|errore|erro|hata|błąd|ошибк\\w*|помилк\\w*)\\b|خطأ|错误|エラー";

/* Every phrase above contains one of these words, so text without any of them
 * needs no phrase scan. Latin-script words are matched as lower-case word
 * prefixes in one pass; the other scripts' stems (no case to fold, or a
 * capital we avoid) are searched only in text that has non-ASCII bytes. */
static const char *const trigger_prefixes[] = {
    "look", "request", "tried", "trying", "followed", "found", "exist", "sorry",
    "permission", "changed", "oops", "guru", "backend", "varnish", "error",
    "reference", "ray", "seite", "introuvable", "trouv", "pagina", "stron",
    "znaleziono", "sayfa", "removed", "mistyped", "owner", "whitelabel", "mapping",
    "unexpected", "initial", "performance", "representation", "find", "url", "moved", "deleted", "temporarily",
    "limit", "blocked", "denied", "restricted", "rejected", "firewall", "cloudproxy", "incident", "http",
    "upstream", "disconnect", "matched", "checking", "proceed", "javascript", "restor",
    "zugriff", "gesperrt", "eingeschr", "acceso", "bloqu", "restrein",
    "konnten", "können", "trouver", "cette", "encontrar", "trovare", "richiesta", "kunnen",
    "znale",
    /* the nouns of the compositional phrases (each of them holds one) */
    "page", "article", "story", "conte", "file", "document", "resource", "post", "link",
    "artikel", "inhalt", "beitrag", "dokument", "datei", "adres", "lien", "fichier",
    "articulo", "enlace", "direcci", "artigo", "endere", "articolo", "indirizzo", "inhoud",
    "artyku", "haber", "bericht", "unpublish", "ressourc", "wrong", "schief", "probl", "sorun", "quelque", "algo", "qualcosa", "misgegaan", "fout", "ters",
    "typed", "entered", "misspel", "spell", "bookmark", "collegamento",
    "fastly", "github", "vercel", "fehler", "erreur", "erro", "wyst", "hata", "gefunden", "gevonden", "encontr",
    "trovat", "bulunam", "vinden", "bulam", "entfernt", "verschob", "umbenannt", "renomm", "eliminad", "movid",
    "borrad", "rimoss", "spostat", "cancellat", "eliminat", "removid", "apagad", "verwijderd", "verplaatst",
    "usuni", "przenies", "silinm", "renamed", "recurso", "risorsa", "kaynak", "representa", "reprezentac",
    "bron", "bronserver", "ursprungsserver", "origin", "origen", "origine", "origem", "configured",
    "esiste", "bestaat", "istnieje", "arad", "mevcut", "invalid",
    "server", "serveur", "servidor", "serwer", "sunucu",
    "reached", "erreichbar", "inaccessible", "acceder", "raggiungere", "acessar", "bereikbaar", "witryn",
    /* block pages: what was turned away, and the administrator to ask */
    "requ", "abgelehn", "blockier", "refus", "rechaz", "deneg", "rifiut", "blocc", "respint", "rejeit", "negad",
    "geweig", "geblok", "afgewez", "odrzuc", "zablok", "engellen", "reddedil", "anfrage", "solicit", "petici",
    "verzoek", "aanvraag", "zapyt", "administr", "amministr", "beheerder", "illegal", "malicious",
    "seeing", "sehen", "voyez", "viendo", "vedendo", "vendo", "ziet", "widzisz", "accelerator",
    "dom", "dns", "ipconfig", "pointing",
    /* the home page a 404's advice sends the reader to (advice_patterns) */
    "home", "startseite", "accueil", "portada", "inicial", "startpagina", "voorpagina", "wyszukiw",
    "redirect", "troviamo",
    /* service_patterns: maintenance, rate limits, sessions, routes, the reader's country */
    "back", "slow", "maint", "wartung", "mantenim", "manuten", "onderhoud", "konserw", "serwis", "przerw",
    "richiest", "sess", "sesi", "sesj", "sitzung", "oturum", "csrf", "rout", "countr",
    /* not "legal": a footer's "Legal" link would open a window on every page */
    "unavail", "dispon", "indispon",
    /* the languages beyond the 14: nouns and "error" (ASCII prefixes) */
    "nenalez", "obsah", "oldal", "cikk", "tartal", "hiba", "pagin", "articol", "eroare", "sidan", "siden",
    "sidor", "innh", "indhold", "hitt", "finde", "finne", "vedlike", "vedligehold", "underh", "webbplats", "nettsted",
    "nettsid", "hjemmesid", "huolto", "sivusto", "palvelu", "prob", "karbantart", "mentenan", "situs", "pemeliharaan",
    "perbaikan", "sajt", "menemukan", "emme", "nepoda", "nem", "mimo", "bao", "sivu", "artikkel", "osoite", "virhe", "fejl", "feil", "halaman", "laman",
    "konten", "kandungan", "kesalahan", "ralat", "trang", "stranic", "sadr", "chyb",
    /* the site too busy to answer */
    "experienc", "aufgrund", "raison", "debido",
    /* a bot check in the reader's language, a CDN's translated 5xx page */
    "huma", "mensch", "mens", "umano", "insan", "potwierd", "sprawdz", "weryfik", "unusual", "ungew", "activit",
    "actividad", "attivit", "atividad", "ongebruik", "nietyp", "cihaz", "sicherheit", "segur", "sicurezz",
    "beveilig", "bezpiecz", "ursprung", "oorspronk", "servlet", "adblock", "blocker", "bloqueu", "werbeblock", "bloqueador", "annunci", "blokad",
    /* "something went wrong" beyond the 14 (soft_patterns) */
    "pokazil", "nepoved", "nepodar", "valami", "ceva", "gick", "gik", "pieleen", "zlu", "terjadi",
    /* the cg-* set's languages: Swahili, Lithuanian, Latvian, Estonian, Catalan */
    "ukurasa", "puslap", "lapa", "lapu", "rakst", "lehte", "lehek", "trob", "enlla", "conting",
    NULL
};
typedef char trigger_prefixes_fit[sizeof trigger_prefixes / sizeof *trigger_prefixes <= NC_TRIGGER_PREFIXES + 1
                                  ? 1 : -1];
static const char *const trigger_stems[] = {
    "ágina", "траниц", "торінк", "الصفحة", "页面", "找不到", "頁面", "網頁", "网页", "ページ",
    "możemy", "mogliśmy", "udało", "ulaşılamıyor",
    "ículo", "otícia", "reść", "тать", "атериал", "атеріал", "çerik", "ağlant", "الرابط", "المقال",
    "المحتوى", "الصفحه", "文章", "内容", "內容", "链接", "鏈接", "記事", "コンテンツ",
    "coś", "пошло", "пішло", "роблем", "запрос", "запит", "оступ", "ligação", "خطأ", "出错", "出了点问题", "問題が発生", "ссылк", "посилан",
    "ошибк", "помилк", "错误", "エラー", "ничего", "нічого", "被阻", "被拦", "被攔", "被拒", "造成安全威胁", "如果您是", "アクセス", "торінц", "目前没有", "资源", "資源", "リソース", "ищете", "шукаєте", "العثور", "似乎什么都没有", "在这个位置", "には何も", "にはなにも", "удален", "перемещен", "видален", "переміщен", "下架", "移除", "ربما تم", "可能已被", "削除された", "移動された", "asób", "ресурс", "сервер", "المورد", "الخادم", "站点", "服务器", "オリジンサーバ", "تبحث", "お探し", "уществ", "існує", "публікац", "бнаружен", "иявлено", "不存在", "存在しません", "الموضوع", "سيرفر", "サーバー", "удается получить", "вдається отримати", "الوصول إلى", "无法访问此", "無法連上", "アクセスできません",
    "заблокир", "отклон", "заблоков", "відхил", "حظر", "رفض", "拦截", "攔截", "屏蔽", "ブロック", "拒否", "żądan", "isteğ", "طلبك", "请求", "リクエスト", "администратор", "адміністратор", "yönetici", "المسؤول", "管理员", "管理者", "błąd", "تعتقد", "видите", "бачите", "görmenizin", "ترى هذه", "看到", "表示されている", "домен", "alan adı", "النطاق", "域名", "ドメイン",
    "поиском", "пошуком", "الرئيسية", "首页", "на главную", "на головну", "秒后", "秒後",
    /* service_patterns */
    "ехническ", "ехнічн", "обслуживан", "обслуговуван", "bakım", "صيانة", "维护", "維護", "メンテナンス",
    "сесси", "сесі", "الجلسة", "جلستك", "会话", "登录", "セッション", "istek", "erişim", "الطلب", "过于频繁", "太频繁",
    "多すぎ", "長すぎ", "大きすぎ", "过大", "过长", "太大", "太长", "стран", "країн", "ülke", "بلد", "منطقتك", "所在的", "法律", "お住まい", "法的",
    "جافا",
    /* the languages beyond the 14 */
    "ránk", "ránok", "lánek", "lánk", "σελίδ", "άρθρο", "σφάλμα", "περιεχόμεν", "הדף", "העמוד", "הכתבה",
    "הכתובת", "הקישור", "שגיאה", "صفحه", "مطلب", "نشانی", "محتوا", "خطای", "पृष्ठ", "पेज", "पन्ना", "लेख", "सामग्री",
    "त्रुटि", "bài viết", "nội dung", "đường dẫn", "lỗi", "หน้า", "เพจ", "บทความ", "เนื้อหา", "ลิงก์", "ไม่พบ",
    "ข้อผิดพลาด", "페이지", "게시물", "기사", "문서", "콘텐츠", "오류", "članak", "članc", "чланак", "чланк", "садржај",
    "грешк", "grešk", "стати", "материал", "održavanj", "одржавањ", "поддръжк", "συντήρησ", "תחזוקה", "بروزرسانی",
    "به‌روزرسانی", "تعمیر", "نگهداری", "रखरखाव", "ปิดปรับปรุง", "점검", "намерим", "βρούμε", "βρήκαμε", "tìm thấy", "bảo trì",
    "löyt", "údržb", "provoz", "întreținere",
    /* a CMS's own message lines (WordPress's database error, DedeCMS's box, XpressEngine's, GnuBoard's) */
    "資料庫", "提示信息", "浏览器", "대상", "삭제되었거나", "글이",
    /* Tomcat's Korean report ("요청된 리소스 [/x]은(는) 가용하지 않습니다.") */
    "리소스",
    /* "something went wrong" beyond the 14 (soft_patterns) */
    "gått fel", "στραβά", "השתבש", "गलत", "문제가", "обърка", "по злу", "sự cố",
    /* a bot check in the reader's language, a CDN's translated 5xx page */
    "человек", "робот", "людина", "активност", "активніст", "трафик", "трафік", "ağınız", "üvenliğ", "écurité",
    "إنسان", "انسان", "روبوت", "真人", "人类", "人類", "人間", "ロボット", "ブラウザ", "блокировщик", "блокувальник", "engelleyic", "źródłow", "сходный", "ихідний",
    /* the cg-* set's languages */
    "পৃষ্ঠা", "পাতা", "পেজ", "صفحہ", "مضمون", NULL
};

/* A-Z and a-z: the trigger scan reads every byte of a page's text. */
#define LETTERS13(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1, [c + 4] = 1, [c + 5] = 1, \
    [c + 6] = 1, [c + 7] = 1, [c + 8] = 1, [c + 9] = 1, [c + 10] = 1, [c + 11] = 1, [c + 12] = 1
static const unsigned char ascii_letter_table[256] = {
    LETTERS13('A'), LETTERS13('A' + 13), LETTERS13('a'), LETTERS13('a' + 13)
};
#undef LETTERS13

static int ascii_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Most words share no first two letters with any trigger prefix, so a
 * 26 x 26 bit table answers them without a look at the list; the others
 * compare only the prefixes that start with their two letters. */
static void index_trigger_pairs(nc_shell_rules *r)
{
    int n = 0;
    for (unsigned ab = 0; ab < 26 * 26; ab++) {
        r->pair_first[ab] = (apr_uint16_t)n;
        for (int t = 0; trigger_prefixes[t]; t++) {
            unsigned a = (unsigned)(trigger_prefixes[t][0] - 'a'), b = (unsigned)(trigger_prefixes[t][1] - 'a');
            if (a < 26 && b < 26 && a * 26 + b == ab && n < NC_TRIGGER_PREFIXES) {
                r->trigger_pairs[a] |= 1u << b;
                r->by_pair[n] = trigger_prefixes[t];
                r->by_pair_len[n++] = (unsigned char)strlen(trigger_prefixes[t]);
            }
        }
        r->pair_count[ab] = (unsigned char)(n - r->pair_first[ab]);
    }
}

static int word_is_trigger(const nc_shell_rules *r, const char *w, apr_size_t n)
{
    if (n < 3)
        return 0;               /* every prefix has three letters or more */
    unsigned a = (unsigned)((w[0] | 0x20) - 'a'), b = (unsigned)((w[1] | 0x20) - 'a');
    if (a >= 26 || b >= 26 || !(r->trigger_pairs[a] & (1u << b)))
        return 0;
    char lower[16];
    apr_size_t k = n < sizeof lower ? n : sizeof lower;
    for (apr_size_t i = 0; i < k; i++)
        lower[i] = (char)(w[i] | 0x20);
    unsigned ab = a * 26 + b;
    for (int t = r->pair_first[ab], end = t + r->pair_count[ab]; t < end; t++)
        if (r->by_pair_len[t] <= k && memcmp(lower, r->by_pair[t], r->by_pair_len[t]) == 0)
            return 1;
    return 0;
}

typedef char trigger_stems_fit[sizeof trigger_stems / sizeof *trigger_stems == NC_TRIGGER_STEMS_LISTED + 1 ? 1 : -1];
#define NC_TRIGGER_STEMS (2 * NC_TRIGGER_STEMS_LISTED)

/* The capital of the letter a stem starts with, in UTF-8 at out (room for
 * 4 bytes): Latin (ASCII, Latin-1, Latin Extended-A: "Ś", "Ż", "Ł", "Ğ")
 * and Cyrillic ("З", "О", "П", "Ґ"). Returns its length, 0 when the
 * first letter has none (Arabic, CJK, kana) or is no lower-case letter. */
static apr_size_t capital_first(const char *s, char *out, apr_size_t *in_len)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned cp, up;
    if (u[0] >= 'a' && u[0] <= 'z') {
        out[0] = (char)(u[0] - 0x20);
        *in_len = 1;
        return 1;
    }
    if ((u[0] & 0xE0) != 0xC0 || (u[1] & 0xC0) != 0x80)
        return 0;
    cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
        up = cp - 0x20;                                 /* à..þ */
    else if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        up = cp & 1 ? cp - 1 : 0;                       /* ą ć ę ğ ś ş */
    else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        up = cp & 1 ? 0 : cp - 1;                       /* ł ń ź ż */
    else if (cp >= 0x430 && cp <= 0x44F)
        up = cp - 0x20;                                 /* а..я */
    else if (cp >= 0x450 && cp <= 0x45F)
        up = cp - 0x50;                                 /* ё є і ї */
    else if (cp == 0x491)
        up = 0x490;                                     /* ґ */
    else
        return 0;
    if (!up)
        return 0;
    out[0] = (char)(0xC0 | (up >> 6));
    out[1] = (char)(0x80 | (up & 0x3F));
    *in_len = 2;
    return 2;
}

/* The stems as listed and, for each that starts with a lower-case letter,
 * the same with a capital: a word that opens a sentence or a title
 * ("Coś poszło nie tak", "Запрос отклонён", "Ошибка доступа") is found as
 * it is in the middle of one. memmem is case-blind to nothing. */
static void index_trigger_stems(apr_pool_t *p, nc_shell_rules *r)
{
    int n = 0;
    for (int t = 0; trigger_stems[t]; t++) {
        apr_size_t len = strlen(trigger_stems[t]), in_len = 0;
        char cap[4];
        r->stems[n] = trigger_stems[t];
        r->stem_len[n++] = len;
        apr_size_t k = capital_first(trigger_stems[t], cap, &in_len);
        if (k) {
            char *c = apr_palloc(p, len - in_len + k + 1);
            memcpy(c, cap, k);
            memcpy(c + k, trigger_stems[t] + in_len, len - in_len + 1);
            r->stems[n] = c;
            r->stem_len[n++] = len - in_len + k;
        }
    }
    r->nstems = n;
}
#define NC_NOT_SEARCHED ((apr_size_t)-1)

/* Where each non-Latin stem next occurs, so each is searched once per text. */
typedef struct trigger_scan {
    const nc_shell_rules *rules;
    const char *text;
    apr_size_t  len;
    int         non_latin;      /* has bytes beyond ASCII, Latin-1 and punctuation */
    apr_size_t  stem_at[NC_TRIGGER_STEMS];
} trigger_scan;

static void trigger_scan_init(trigger_scan *ts, const nc_shell_rules *r, const char *text,
                              apr_size_t len)
{
    ts->rules = r;
    ts->text = text;
    ts->len = len;
    ts->non_latin = 0;
    for (apr_size_t i = 0; i < len && !ts->non_latin; i++) {
        apr_uint64_t eight;
        /* ASCII, eight bytes at a time: most of a Latin-script text */
        while (i + 8 <= len && (memcpy(&eight, text + i, 8), !(eight & APR_UINT64_C(0x8080808080808080))))
            i += 8;
        if (i >= len)
            break;
        unsigned char c = (unsigned char)text[i];
        ts->non_latin = c >= 0x80 && c != 0xC2 && c != 0xC3 && c != 0xE2 && (c & 0xC0) != 0x80;
        /* á Á (página), í (artículo, notícia), ç (içerik) */
        ts->non_latin |= c == 0xC3 && i + 1 < len && ((unsigned char)text[i + 1] == 0x81
                                                      || (unsigned char)text[i + 1] == 0xA1
                                                      || (unsigned char)text[i + 1] == 0xAD
                                                      || (unsigned char)text[i + 1] == 0xA7);
    }
    for (int t = 0; t < NC_TRIGGER_STEMS; t++)
        ts->stem_at[t] = NC_NOT_SEARCHED;
}

/* Offset of the first trigger at or after pos, or len. */
static apr_size_t next_trigger(trigger_scan *ts, apr_size_t pos)
{
    const char *s = ts->text;
    apr_size_t len = ts->len, found = len;
    for (int t = 0; ts->non_latin && t < ts->rules->nstems; t++) {
        if (ts->stem_at[t] == NC_NOT_SEARCHED || ts->stem_at[t] < pos) {
            const char *hit = memmem(s + pos, len - pos, ts->rules->stems[t], ts->rules->stem_len[t]);
            ts->stem_at[t] = hit ? (apr_size_t)(hit - s) : len;
        }
        if (ts->stem_at[t] < found)
            found = ts->stem_at[t];
    }
    const unsigned char *u = (const unsigned char *)s;
    for (apr_size_t i = pos; i < found;) {
        while (i < found && !ascii_letter_table[u[i]])
            i++;
        if (i >= found)
            break;
        apr_size_t w = i;
        while (i < len && ascii_letter_table[u[i]])
            i++;
        if ((w == 0 || !ascii_letter_table[u[w - 1]]) && word_is_trigger(ts->rules, s + w, i - w))
            return w;
    }
    return found;
}

/* How many blocks either side of a trigger word a phrase may reach into. */
#define TRIGGER_REACH 2

/* "Error" in the languages beyond the 14 (the ah-* set): Czech, Slovak,
 * Hungarian, Romanian, Swedish, Danish, Norwegian, Finnish, Greek, Hebrew,
 * Persian, Hindi, Vietnamese, Indonesian, Malay, Thai, Serbian, Croatian,
 * Bulgarian, Korean. */
#define NC_ERROR_WORD_MORE "chyba|hiba|eroare|fel|fejl|feil|virhe|σφάλμα|שגיאה|خطای|त्रुटि|lỗi|kesalahan|ralat|" \
    "ข้อผิดพลาด|greška|грешка|오류"
/* "Error", "HTTP Error", "Status" before a code, in the 14 languages and
 * in the orders IIS's translations put them ("HTTP-Fehler 404.0", "Erreur
 * HTTP 404.0", "HTTP 错误 404.0", "HTTP エラー 404.0", "HTTP Hatası 404.0"):
 * the reason after the code stays English ("- Not Found"). Tomcat's
 * "HTTP Status" as its translations say it: "État HTTP 404 – Non trouvé",
 * "Статус HTTP 404 – Не найдено", "HTTP状态 404 - 未找到". */
#define NC_ERROR_WORD "(?:error|status|état|estado|stato|durum(?:u)?|статус|حالة|状态|狀態|ステータス|fehler|erreur|errore|erro|fout|hata(?:s[ıi])?|błąd|ошибка|помилка|خطأ|错误|錯誤|エラー|" NC_ERROR_WORD_MORE ")"
#define NC_HTTP_ERROR_PREFIX "(?:" NC_ERROR_WORD "[\\s-]+)?(?:http[\\s-]*)?(?:" NC_ERROR_WORD "\\s*)?"

/* "Access denied" in the other 13 languages: with a code beside it a
 * reason, and alone in its block an error page's title as the English is. */
#define NC_ACCESS_DENIED_L10N \
    "zugriff verweigert|accès (?:refusé|interdit)|acceso (?:denegado|prohibido)|accesso negato|acesso negado|" \
    "toegang geweigerd|odmowa dostępu|dostęp zabroniony|доступ запрещ[её]н|доступ заборонено|" \
    "erişim (?:engellendi|reddedildi)|الوصول مرفوض|禁止访问|拒绝访问|拒絕訪問|禁止訪問|アクセス(?:が)?拒否(?:されました)?"

/* HTTP reason phrases as servers' and CMSs' translations print them:
 * "Internal Server Error", "Service Unavailable", "Forbidden" / "Access
 * denied" in the other 13 languages ("Not Found" has its own lists). */
#define NC_REASON_L10N \
    "interner serverfehler|erreur interne du serveur|error interno del servidor|errore interno del server|" \
    "erro interno do servidor|interne serverfout|wewnętrzny błąd serwera|внутренняя ошибка сервера|" \
    "внутрішня помилка сервера|(?:dahili|iç) sunucu hatası|خطأ داخلي في الخادم|服务器内部错误|伺服器內部錯誤|" \
    "内部サーバーエラー|dienst (?:vorübergehend )?nicht verfügbar|service (?:temporairement )?indisponible|" \
    "servicio (?:temporalmente )?no disponible|servizio (?:temporaneamente )?non disponibile|" \
    "serviço (?:temporariamente )?indisponível|dienst (?:tijdelijk )?niet beschikbaar|usługa (?:tymczasowo )?niedostępna|" \
    "сервис (?:временно )?недоступен|сервіс (?:тимчасово )?недоступний|hizmet (?:geçici olarak )?kullanılamıyor|" \
    "الخدمة غير متاحة|服务不可用|服務無法使用|サービス(?:は)?(?:利用|使用)できません|" NC_ACCESS_DENIED_L10N "|" \
    /* "File not found", a static server's 404 as its translations say it \
     * (Turkish "Dosya bulunamadı" under a bare "404") */ \
    "datei nicht gefunden|fichier (?:introuvable|non trouvé)|archivo no encontrado|file non trovato|" \
    "arquivo não encontrado|ficheiro não encontrado|bestand niet gevonden|nie znaleziono pliku|файл не найден|" \
    "файл не знайдено|dosya bulunamadı|الملف غير موجود|文件未找到|找不到文件|ファイルが見つかりません|" \
    /* IIS's "404 - File or directory not found." in its translations */ \
    "datei oder verzeichnis nicht gefunden|fichier ou répertoire (?:introuvable|non trouvé)|archivo o directorio no encontrado|" \
    "file o directory non trovat[ao]|arquivo ou diretório não encontrado|bestand of map niet gevonden|" \
    "nie znaleziono pliku lub katalogu|файл или каталог не найден|файл або каталог не знайдено|dosya veya dizin bulunamadı|" \
    "الملف أو الدليل غير موجود|文件或目录未找到|ファイルまたはディレクトリが見つかりません|" \
    /* 401, 502 and 504 as servers and frameworks translate them */ \
    "nicht autorisiert|(?:autorisierung|authentifizierung) erforderlich|non autorisé|(?:autorisation|authentification) requise|" \
    "no autorizado|se requiere autorización|autorización requerida|non autorizzato|autorizzazione richiesta|" \
    "não autorizado|autorização necessária|niet geautoriseerd|ongeautoriseerd|autorisatie vereist|" \
    "brak autoryzacji|nieautoryzowany(?: dostęp)?|wymagana autoryzacja|не ?авторизован|требуется авторизация|" \
    "не ?авторизовано|потрібна авторизація|yetkisiz(?: erişim)?|yetkilendirme gerekli|غير مصرح(?: به)?|غير مخول|" \
    "未授权|未经授权|未授權|需要身份验证|認証が必要です|未認証|" \
    "(?:ungültiges|fehlerhaftes) gateway|mauvaise passerelle|passerelle (?:incorrecte|invalide)|" \
    "puerta de enlace (?:incorrecta|no válida)|pasarela incorrecta|gateway (?:non valido|errato)|gateway (?:inválido|incorreto)|" \
    "(?:ongeldige|slechte) gateway|(?:nieprawidłowa|błędna) brama|ошибка шлюза|(?:плохой|неверный|недопустимый) шлюз|" \
    "помилка шлюзу|(?:поганий|недійсний|неправильний) шлюз|(?:hatalı|geçersiz) ağ geçidi|بوابة (?:غير صالحة|سيئة|خاطئة)|" \
    "网关错误|错误网关|无效网关|錯誤的閘道|閘道錯誤|不正なゲートウェイ|ゲートウェイエラー|バッドゲートウェイ|" \
    "gateway-?time-?out|gateway-zeitüberschreitung|zeitüberschreitung (?:des|beim) gateways?|" \
    "délai d(?:'|’)attente (?:de la passerelle )?(?:dépassé|expiré)(?: pour la passerelle)?|passerelle expirée|" \
    "tiempo de espera (?:de la puerta de enlace|del gateway|de la pasarela) agotado|timeout del gateway|tempo scaduto del gateway|" \
    "tempo (?:limite|esgotado) do gateway(?: esgotado)?|przekroczono (?:limit )?czas(?:u)? (?:oczekiwania )?(?:bramy|na bramę)|" \
    "limit czasu bramy|шлюз не (?:отвечает|ответил(?: вовремя)?)|истекло время ожидания (?:от )?шлюза|тайм-аут шлюза|" \
    "шлюз не (?:відповідає|відповів(?: вчасно)?)|час очікування шлюзу (?:минув|вичерпано)|тайм-аут шлюзу|" \
    "ağ geçidi zaman aşımı(?:na uğradı)?|انتهت مهلة (?:البوابة|العبارة)|网关超时|閘道逾時|網關超時|ゲートウェイ(?:の)?タイムアウト"

/* "Page not found", "Internal server error", "Service unavailable" and
 * "Access denied" in the languages beyond the 14 (NC_ERROR_WORD_MORE's). */
#define NC_REASON_MORE_LANGS \
    "stránka (?:nenalezena|nebyla nalezena|nenájdená|nebola nájdená)|(?:az )?oldal nem található|" \
    "pagina nu a fost găsită|pagina nu există|sidan (?:kunde inte hittas|hittades inte)|" \
    "siden (?:blev ikke fundet|kunne ikke findes|ble ikke funnet|finnes ikke|findes ikke)|sivua ei löytynyt|" \
    "η σελίδα δεν βρέθηκε|σελίδα δεν βρέθηκε|הדף לא נמצא|העמוד לא נמצא|صفحه(?: مورد نظر)? یافت نشد|" \
    "पृष्ठ नहीं मिला|पेज नहीं मिला|không tìm thấy trang|trang không tồn tại|halaman tidak (?:ditemukan|dijumpai|ditemui)|" \
    "ไม่พบหน้า(?:ที่คุณต้องการ|เว็บ(?:ที่คุณร้องขอ)?)?|stranica nije pronađena|страница није пронађена|" \
    "страницата не е намерена|페이지를 찾을 수 없습니다|" \
    "interní chyba serveru|belső szerverhiba|eroare internă (?:de|a) server(?:ului)?|internt serverfel|intern serverfejl|" \
    "intern serverfeil|sisäinen palvelinvirhe|εσωτερικό σφάλμα διακομιστή|שגיאת שרת פנימית|خطای داخلی سرور|" \
    "आंतरिक सर्वर त्रुटि|lỗi máy chủ nội bộ|kesalahan server internal|ralat pelayan dalaman|" \
    "ข้อผิดพลาดภายในเซิร์ฟเวอร์|interna greška servera|унутрашња грешка сервера|вътрешна грешка на сървъра|" \
    "(?:내부 서버|서버 내부) 오류(?:입니다)?|služba (?:je dočasně )?nedostupná|a szolgáltatás (?:átmenetileg )?nem elérhető|" \
    "serviciu (?:temporar )?indisponibil|tjänsten är (?:tillfälligt )?(?:inte tillgänglig|otillgänglig)|" \
    "tjenesten er midlertidigt? (?:utilgængelig|utilgjengelig|ikke tilgængelig|ikke tilgjengelig)|" \
    "palvelu ei ole (?:tilapäisesti )?käytettävissä|η υπηρεσία δεν είναι διαθέσιμη|השירות אינו זמין|سرویس در دسترس نیست|" \
    "dịch vụ không khả dụng|layanan tidak tersedia|perkhidmatan tidak tersedia|usluga (?:je )?nedostupna|" \
    "услуга (?:је )?недоступна|услугата не е достъпна|서비스를 사용할 수 없습니다|" \
    "přístup odepřen|hozzáférés megtagadva|acces interzis|åtkomst nekad|adgang nægtet|ingen tilgang|tilgang nektet|" \
    "pääsy estetty|δεν επιτρέπεται η πρόσβαση|הגישה נדחתה|دسترسی (?:غیرمجاز|ممنوع)|पहुंच अस्वीकृत|truy cập bị từ chối|" \
    "akses ditolak|การเข้าถึงถูกปฏิเสธ|pristup (?:je )?(?:odbijen|zabranjen)|приступ (?:је )?(?:одбијен|забрањен)|" \
    "достъпът е отказан|접근이 거부되었습니다|" \
    /* 401 as these languages say it ("Chyba 401 – Neautorizovaný přístup.") */ \
    "neautorizovaný př[ií]stup|neoprávněný přístup|neoprávnený prístup|jogosulatlan hozzáférés|acces neautorizat|" \
    "obehörig åtkomst|uautoriseret adgang|uautorisert tilgang|luvaton pääsy|μη εξουσιοδοτημένη πρόσβαση|" \
    "neovlašteni? pristup|неовлашћени? приступ|неоторизиран достъп|권한(?:이)? 없(?:음|습니다)"

/* The reasons of the statuses a site answers when it refuses this request
 * rather than misses a page (408, 413, 414, 429, 431, 451), in the 14
 * languages, and the 503's words in the order some translations put them
 * ("Servicio no disponible temporalmente"): the ae-* set's titles. */
#define NC_REASON_MORE \
    NC_REASON_MORE_LANGS "|" \
    "request time-?out|too many requests|(?:request-)?uri too (?:long|large)|payload too large|request entity too large|" \
    "request header fields too large|request header or cookie too large|unavailable for legal reasons|" \
    "zeitüberschreitung (?:der|bei der) anfrage|zu viele anfragen|uri zu lang|anfrage zu groß|aus rechtlichen gründen nicht verfügbar|" \
    "délai (?:d(?:'|’)attente )?de la requête (?:dépassé|expiré)|trop de requêtes|uri trop longue?|requête trop (?:grande|volumineuse)|" \
    "indisponible pour (?:des )?raisons (?:juridiques|légales)|" \
    "tiempo de espera (?:de la solicitud )?agotado|demasiadas (?:solicitudes|peticiones)|uri demasiado larg[ao]|" \
    "solicitud demasiado grande|no disponible por (?:motivos|razones) legales|servicio no disponible temporalmente|" \
    "timeout della richiesta|troppe richieste|uri troppo lung[ao]|richiesta troppo grande|non disponibile per motivi legali|" \
    "servizio non disponibile temporaneamente|" \
    "tempo (?:limite )?(?:da|de) (?:solicitação|requisição|pedido) esgotado|(?:solicitações|pedidos) em excesso|muitas (?:solicitações|requisições)|" \
    "uri (?:muito|demasiado) long[ao]|indisponível por motivos legais|serviço indisponível temporariamente|" \
    "time-?out van (?:het verzoek|de aanvraag)|te veel (?:verzoeken|aanvragen)|uri te lang|verzoek te groot|" \
    "om juridische redenen niet beschikbaar|" \
    "przekroczono (?:limit )?czas(?:u)? (?:oczekiwania na )?żądani[ae]|zbyt wiele żądań|za dużo żądań|uri (?:jest )?za długi|" \
    "żądanie (?:jest )?zbyt duże|niedostępne z powodów prawnych|" \
    "время ожидания запроса истекло|слишком много запросов|(?:слишком длинный|длинный) uri|запрос слишком (?:большой|велик)|" \
    "недоступно по юридическим причинам|час очікування запиту (?:минув|вичерпано)|(?:забагато|занадто багато) запитів|" \
    "занадто довгий uri|запит занадто великий|недоступно з юридичних причин|" \
    "istek zaman aşımı(?:na uğradı)?|çok fazla istek|uri çok uzun|istek çok büyük|yasal nedenlerle kullanılamıyor|" \
    "انتهت مهلة الطلب|طلبات كثيرة جدا|الطلب كبير جدا|غير متاح لأسباب قانونية|" \
    "请求超时|请求过多|请求过于频繁|uri\\s*过长|请求(?:实体)?过大|因法律原因不可用|" \
    "リクエストタイムアウト|リクエストが多すぎます|uri\\s*が長すぎます|リクエストが大きすぎます|法的な理由により利用できません"

/* Whole-block titles a site's own failure page bears in words no status
 * names: a framework's development error, maintenance, a rate limit, an
 * expired session. Strong, as the other whole-block titles. */
#define NC_SERVICE_TITLES \
    "unhandled runtime error|unhandled exception|routing error|page expired|maintenance mode|" \
    "(?:(?:the )?(?:site|website) is |we(?:'re|’re| are) )?(?:currently )?(?:down for|under) maintenance|" \
    "(?:site|website|seite|webseite) (?:in|im) wartung(?:smodus)?|site en maintenance|sitio en mantenimiento|sito in manutenzione|" \
    "site em manutenção|website in onderhoud|rate limit exceeded|session expired|sitzung abgelaufen|session expirée|" \
    "sesión (?:caducada|expirada)|sessione scaduta|sessão expirada|sessie verlopen|sesja wygasła|сессия истекла|" \
    "сесія закінчилася|oturum süresi doldu|انتهت الجلسة|会话已过期|セッションが切れました"

/* What an error title says next to its code, in the 14 languages. */
#define NC_CODED_REASONS \
    "error|not found|page not found|file or directory not found|forbidden|unauthori[sz]ed|gone|bad request|bad gateway|" \
    "service (?:temporarily )?unavailable|gateway time-?out|internal server error|access denied|" \
    "nicht gefunden|seite nicht gefunden|introuvable|page introuvable|non trouvée?|no encontrad[ao]|non trovat[ao]|" \
    "não encontrad[ao]|niet gevonden|nie znaleziono|не найден[аоы]?|не знайдено|bulunamadı|غير موجودة?|" \
    "页面不存在|未找到|找不到|未找到|見つかりません|(?:web ?)?site not found|" NC_REASON_L10N "|" NC_REASON_MORE

/* Whole-block titles of error pages (after trailing punctuation is ignored). */
static const char *const strong_token_pattern =
    "^\\W*(?:"
    /* a section number may lead it: RFC 2068's "10.4.5 404 Not Found" under WebLogic's title */
    "(?:\\d{1,2}(?:\\.\\d{1,2}){1,3}\\s+)?" NC_HTTP_ERROR_PREFIX "[45]\\d\\d(?:\\.\\d+)?\\W{0,3}"
        "(?:" NC_CODED_REASONS ")"
    /* the same with the code after it: "Toegang geweigerd (403)", "Not Found - 404" */
    "|(?:" NC_CODED_REASONS ")\\s*(?:[-–—:|]\\s*|\\(\\s*|\\[\\s*)?" NC_HTTP_ERROR_PREFIX "[45]\\d\\d(?:\\.\\d+)?\\s*[)\\]]?"
    "|(?:page|file|document|article|file or directory) not found|not found|nothing found|forbidden|access denied|"
        NC_ACCESS_DENIED_L10N "|"
        /* a news CMS's own title for a story id it cannot find: Joomla's
         * "Article not found" as its language packs print it, uCoz's and
         * DLE's "Материал не найден", "Новость не найдена" */
        "(?:post|story|news item) not found|(?:beitrag|artikel) nicht gefunden|article (?:introuvable|non trouvé)|"
        "artículo no encontrado|articolo non trovato|artigo não encontrado|artikel niet gevonden|"
        "nie znaleziono artykułu|artykuł nie (?:został znaleziony|istnieje)|материал не найден|новость не найдена|"
        "статья не найдена|матеріал не знайдено|новину не знайдено|makale bulunamadı|haber bulunamadı|"
        "المقال غير موجود|لم يتم العثور على المقال|文章不存在|文章未找到|記事が見つかりません|"
        "nichts gefunden|rien (?:de )?trouvé|nada encontrado|no se ha encontrado nada|non è stato trovato nulla|"
        "niets gevonden|nic nie znaleziono|ничего не найдено|нічого не знайдено|hiçbir şey bulunamadı|"
        "لم يتم العثور على (?:أي )?شيء|(?:什么也|什么都)没(?:有)?找到|何も見つかりませんでした|"
        "(?:the )?resource cannot be found|die ressource kann nicht gefunden werden|impossible de trouver la ressource|"
        "no se (?:encuentra|puede encontrar) el recurso|impossibile trovare la risorsa|não é possível (?:localizar|encontrar) o recurso|"
        "o recurso não (?:pode ser|foi) encontrado|(?:kan )?de resource (?:kan )?niet (?:worden )?(?:vinden|gevonden)|"
        "nie można odnaleźć zasobu|не удается найти ресурс|не вдається знайти ресурс|kaynak bulunamıyor|"
        "لا يمكن العثور على المورد|(?:无法|找不到)(?:找到)?资源|リソースが見つかりません|"
        /* Apache's and XAMPP's "Object not found!" in the 14 languages */
        "object not found|objekt nicht gefunden|objet (?:non trouvé|introuvable)|objeto no encontrado|oggetto non trovato|"
        "objeto não encontrado|object niet gevonden|nie znaleziono obiektu|объект не найден|об(?:'|’)єкт не знайдено|"
        "nesne bulunamadı|الكائن غير موجود|(?:找不到|未找到)对象|オブジェクトが見つかりません|"
        /* Heroku's pasted title; Cloudflare's block page's questions */
        "application error|why have i been blocked|what can i do to resolve this|warum wurde ich blockiert|"
        "pourquoi ai-je été bloquée?|¿?por qué (?:he sido|fui) bloquead[ao]|perché sono stat[oa] bloccat[oa]|"
        "por que (?:eu )?fui bloquead[ao]|waarom ben ik geblokkeerd|dlaczego zostałem zablokowany|"
        "почему меня заблокировали|чому мене заблокували|neden engellendim|لماذا تم حظري|为什么我会被阻止|なぜブロックされたのですか|"
        "unauthori[sz]ed access|service unavailable|bad gateway|internal server error"
    "|" NC_REASON_MORE_LANGS
    "|seite nicht gefunden|page introuvable|page non trouvée|página no encontrada|pagina non trovata|"
        "página não encontrada|pagina niet gevonden|nie znaleziono strony|strona nie istnieje|"
        "страница не найдена|сторінку не знайдено|sayfa bulunamadı|الصفحة غير موجودة|页面不存在|"
        "頁面不存在|ページが見つかりません"
    /* a host's title for a domain it serves no site for */
    "|(?:web ?)?site not found|no such site|website nicht gefunden|site introuvable|sitio no encontrado|"
        "sito non trovato|site não encontrado|website niet gevonden|nie znaleziono witryny|сайт не найден|"
        "сайт не знайдено|site bulunamadı|لم يتم العثور على الموقع|(?:没有|未)找到(?:该)?站点|站点不存在|"
        "サイトが見つかりません"
    /* a firewall's title for the request it turned away: "Request
     * Rejected", "Web Page Blocked", "Запрос заблокирован", "网站防火墙" */
    "|(?:web ?)?page blocked|(?:request|access|website|site) (?:rejected|blocked)|request denied|"
        "anfrage (?:abgelehnt|blockiert)|(?:zugriff|webseite|seite) (?:blockiert|gesperrt)|"
        "requête (?:rejetée|bloquée|refusée)|page (?:web )?bloquée|accès bloqué|"
        "solicitud (?:rechazada|bloqueada|denegada)|página (?:web )?bloqueada|acceso bloqueado|"
        "richiesta (?:rifiutata|bloccata|respinta)|pagina (?:web )?bloccata|accesso bloccato|"
        "(?:solicitação|requisição|pedido) (?:rejeitad[ao]|bloquead[ao]|negad[ao])|acesso bloqueado|"
        "(?:verzoek|aanvraag) (?:geweigerd|geblokkeerd|afgewezen)|(?:web)?pagina geblokkeerd|toegang geblokkeerd|"
        "żądanie (?:odrzucone|zablokowane)|strona (?:internetowa )?zablokowana|dostęp zablokowany|"
        "запрос (?:отклон[её]н|заблокирован)|страница заблокирована|доступ заблокирован|"
        "запит (?:відхилено|заблоковано)|сторінку заблоковано|доступ заблоковано|"
        "(?:i|İ)stek (?:reddedildi|engellendi)|sayfa engellendi|erişim engellendi|"
        "تم (?:رفض|حظر) الطلب|الطلب مرفوض|تم حظر (?:الصفحة|الوصول)|"
        "请求(?:被|已被)(?:拒绝|拦截|阻断)|(?:网页|页面|访问)已被(?:拦截|阻止|屏蔽)|网站防火墙|網站防火牆|"
        "リクエストが(?:拒否|ブロック)されました|(?:ページ|アクセス)が(?:ブロック|遮断)されました"
    /* IIS's 401 and 403 titles, a reason and then the denial after a
     * colon, as its language packs print them: "403 - Forbidden: Access is
     * denied.", "403 - Unzulässig: Zugriff verweigert.", "401 - Non
     * autorisé : accès refusé en raison d'informations d'identification
     * non valides." */
    "|[45]\\d\\d(?:\\.\\d+)?\\s*[-–—]\\s*[^\\n:：]{1,40}\\s*[:：]\\s*(?:access is denied|" NC_ACCESS_DENIED_L10N ")[^\\n]{0,100}"
    /* servers' and proxies' one-line answers: PHP-FPM's and PHP-CGI's, the
     * Kubernetes ingress's default backend, Traffic Server's titles */
    "|no input file specified|primary script unknown|default backend\\W+[45]\\d\\d|"
        "could not connect|not found on accelerator|unknown host|cache read error"
    "|(?:http )?error [45]\\d\\d(?:\\.\\d+)?"
    /* the same title in the other 13 languages: "Błąd 404", "Ошибка 503" */
    "|(?:fehler|erreur|errore|erro|fout|błąd|ошибка|помилка|hata|خطأ|错误|錯誤|エラー)\\s*[45]\\d\\d(?:\\.\\d+)?"
    /* a browser's network error code under its message: "ERR_CONNECTION_RESET",
     * "DNS_PROBE_FINISHED_NXDOMAIN" */
    "|(?:net::)?err_[a-z]+(?:_[a-z]+)+|dns_probe_finished_[a-z_]+"
    /* Google's "404. That's an error." in its languages */
    "|[45]\\d\\d\\W{1,3}(?:that(?:'|’)s an error|das ist ein fehler|il s(?:'|’)agit d(?:'|’)une erreur|c(?:'|’)est une erreur|"
        "se trata de un error|es un error|si è verificato un errore|(?:isso|este) é um erro|dat is een fout|"
        "to (?:jest )?błąd|это ошибка|це помилка|bu bir hata(?:dır)?|هذا خطأ|这是一个错误|這是一個錯誤|エラーが発生しました)"
    "|" NC_SERVICE_TITLES
    ")\\W*$"
    /* a web framework's whole answer for a route it has not: Express's
     * finalhandler "Cannot GET /path", Koa's and Fastify's "Cannot POST /path" */
    "|^\\W*cannot (?:get|post|put|patch|delete|head|options) /\\S{0,300}\\s*$"
    /* a code and an API-style error identifier: "404: NOT_FOUND", "502: BAD_GATEWAY Code: ..." */
    "|^\\W*[45]\\d\\d\\W{1,3}[a-z0-9]+(?:_[a-z0-9]+)+\\b[^\\n]{0,200}$";

/* "Server Error" as IIS's language packs head its message and Laravel's
 * translations title a bare "500" with it. */
#define NC_SERVER_ERROR_L10N \
    "server error|serverfehler|erreur (?:du )?serveur|error del servidor|errore (?:del )?server|" \
    "erro (?:do|no) servidor|serverfout|błąd serwera|ошибка сервера|помилка сервера|sunucu hatası|" \
    "خطأ في الخادم|服务器错误|サーバー ?エラー"

/* An apology or "Error" as a block of its own; two of them make one too
 * ("Sorry!! Error!", "Desculpe!! Erro!", "Üzgünüz!! Hata!"). */
#define NC_WEAK_WORDS \
    "sorry|we're sorry|we’re sorry|oops|whoops|oeps|error|uh[- ]oh|hoppla|ups|oups|désolé|lo sentimos|" \
    "upps|uups|hoppá|hoppsan|jejda|hups|hupsis|ωχ|ουπς|אופס|" \
    "ci dispiace|desculpe|sajnáljuk|przepraszamy|извините|упс|ой|вибачте|üzgünüz|عذرا|抱歉|对不起|" \
    "申し訳ありません|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー"

static const char *const weak_token_pattern =
    "^\\W*" NC_HTTP_ERROR_PREFIX "[45]\\d\\d(?:\\.\\d+)?\\W*$"
    "|^\\W*(?:" NC_WEAK_WORDS ")(?:\\W+(?:" NC_WEAK_WORDS "))?\\W*$"
    "|^\\W*(?:(?:proudly )?powered by )?(?:nginx|apache|microsoft-iis|varnish|cloudflare|openresty|jetty|tomcat|caddy|"
        "haproxy|envoy|gunicorn|werkzeug|lighttpd|litespeed|kestrel|tengine|awselb|big-?ip|cloudfront|akamaighost|"
        "openlitespeed|cowboy|undertow|glassfish|websphere|weblogic|microsoft-azure-application-gateway|"
        "apache traffic server|ats)\\b[\\w/:. ()-]{0,80}$"
    /* a diagnostic field's label in a cell or line of its own ("Block ID:",
     * "Your IP:", Jetty's "SERVLET:"): the value sits in the next cell */
    "|^\\W*(?:block(?:ed)? (?:id|reason|details)|your (?:ip|ip address|browser)|(?:server|incident|event|support|request) id|"
        "client ip|uri|url|status|message|servlet|time|date|host|server)\\s*:\\s*$"
    "|^\\W*generated by \\w[^\\n]{0,120}$"
    /* Tomcat's report lines as its translations print them: "Type Status
     * Report", "Type Rapport d'état", and "Message /path" */
    "|^\\W*(?:type|typ|tipo|tür|тип|النوع|类型|タイプ|타입)\\s+(?:상태 보고|status report|statusbericht|rapport d(?:'|’)état|informe de estado|"
        "rapporto di stato|relatório de (?:status|estado)|statusrapport|raport o stanie|отч[её]т о состоянии|звіт про стан|"
        "durum raporu|تقرير الحالة|状态报告|ステータスレポート)\\W*$"
    "|^\\W*(?:message|nachricht|meldung|mensaje|messaggio|mensagem|bericht|komunikat|wiadomość|сообщение|повідомлення|mesaj|"
        "الرسالة|消息|メッセージ|메시지)\\s*:?\\s*/[^\\s]{0,300}\\s*$"
    /* "not found" said alone, as a title of one or two words */
    "|^\\W*(?:introuvable|nicht gefunden|no encontrad[ao]|non trovat[ao]|não encontrad[ao]|niet gevonden|"
        "nie znaleziono|не найден[ао]?|не знайдено|bulunamadı|غير موجود[ةه]?|未找到|找不到|見つかりません(?:でした)?)\\W*$"
    "|^\\W*(?:xid|ray id|error code|error_code|reference|request[ _]?id|host ?id|trace[ _]?id|incident id|code|key|details|"
        /* "error code" as the 13 other languages label it */
        "fehlercode|code d(?:'|’)erreur|código de error|codice (?:di )?errore|código de erro|foutcode|kod błędu|"
        "код ошибки|код помилки|hata kodu|رمز الخطأ|كود الخطأ|错误代码|エラーコード|"
        "requested (?:url|uri|path)|request (?:url|uri)|(?:您的)?请求\\s?id\\s?是?)\"?\\s*[:：]?\\s*\"?[\\w.#/=-]{3,80}(?: [\\w.#/=-]{1,40}){0,3}\\W*$"
    /* a block page's ID lines, the colon required ("Identity theft" is no
     * field): F5's "Your support ID is: 1681...", FortiWeb's "Attack ID:" */
    "|^\\W*(?:(?:your )?support id(?: is)?|(?:event|attack|message|violation|transaction) id|client ip|id)"
        "\\s*[:：]\\s*[\\w.#/=-]{3,80}\\W*$"
    /* a line of nothing but a JSON body's brackets, in text/plain */
    "|^\\s*[{}\\[\\]]{1,3}[,;]?\\s*$"
    /* a framework's version footer under its error page: ASP.NET's
     * "Version Information: Microsoft .NET Framework Version:4.0.30319;
     * ASP.NET Version:4.8.4645.0" */
    "|^\\W*version information:\\s*microsoft \\.net(?: framework)? version:\\s*[\\d.]+(?:;\\s*asp\\.net version:\\s*[\\d.]+)?\\W*$"
    "|^\\W*no message available\\W*$"
    /* a platform's error identifier on a line of its own, as Vercel prints
     * it under its message: "NOT_FOUND", "Code: DEPLOYMENT_NOT_FOUND" (an
     * underscore required: a bare "Deleted" is no identifier), and its
     * request ID "fra1::8xk2m-1764424893125-6c1f0d3e9a27" */
    "|^\\W*(?:code\\s*:\\s*)?(?=[a-z_]*(?:not_found|failed|error|timeout|unavailable|denied|forbidden|disabled|"
        "blocked|paused|invalid|too_large|exceeded|deleted|unauthori[sz]ed|not_ready|limit))[a-z]+(?:_[a-z]+)+\\W*$"
    "|^\\W*(?:id\\s*:\\s*)?[a-z]{3}\\d(?:::[a-z0-9]{4,5}){1,2}-\\d{13}-[0-9a-f]{12}\\W*$"
    /* an exclamation and a few words of apology, no sentence: Magento's
     * "Whoops, our bad...", "Oops, sorry!", "Ups, leider!" */
    "|^\\W*(?:oops|whoops|uh[- ]oh|ups|ops|oups|oeps|hoppla|упс|ой)\\b[,!.…]*(?:\\s+[\\w'’]+[,!.…]*){1,3}\\W*$"
    "|^\\W*(?:出错了|出错啦|出錯了|糟糕|哎呀)\\W*$"
    /* nginx's 50x.html signs off */
    "|^\\W*faithfully yours, nginx\\W*$"
    /* a theme's 404 title "Nothing here" (WordPress Twenty Twenty-One) in its languages */
    "|^\\W*(?:(?:there(?:'s|’s| is) )?nothing (?:to see )?here|hier gibt es nichts|(?:il n(?:'|’)y a )?rien ici|nada por aquí|(?:no hay )?nada aquí|nada aqui|(?:não há )?nada aqui|"
        "non c(?:'|’)è niente qui|niente qui|niets hier|hier is niets|nic tu nie ma|tu nic nie ma|tady nic není|nic tu není|здесь ничего нет|"
        "тут нічого (?:немає|нема)|burada hiçbir şey yok|لا يوجد شيء هنا|这里什么都没有|ここには何もありません)\\W*$"
    /* the questions that head an error page's explanation: Cloudflare's
     * "What happened?" / "What can I do?" in its languages, Magento's
     * "What can you do?" */
    "|^\\W*(?:what happened|what can (?:i|you) do|was ist passiert|was kann ich tun|was können sie tun|"
        "que s(?:'|’)est-il passé|que puis-je faire|que pouvez-vous faire|qué (?:ha )?pas(?:ó|ado)|qué puedo hacer|"
        "qué puede hacer|cosa è successo|cosa posso fare|cosa puoi fare|o que aconteceu|o que (?:eu )?posso fazer|"
        "o que você pode fazer|wat is er gebeurd|wat kan ik doen|wat kunt u doen|co się stało|co mogę zrobić|"
        "co możesz zrobić|что (?:случилось|произошло)|что (?:я могу|можно) сделать|що сталося|що (?:я можу|можна) зробити|"
        "ne oldu|ne yapabilirim|ne yapabilirsiniz|ماذا حدث|ماذا يمكنني أن أفعل|发生了什么|我(?:该怎么办|能做什么)|"
        "何が起こったのですか|どうすればよいですか)\\W*$"
    /* a line of diagnostic fields: Azure's "Ref A: ... Ref B: ... Ref C: ...", "Ваш IP: ... ID запроса: ..." */
    "|^\\W*(?:(?:ref [a-c]|your ip|ip address|ihre ip|votre (?:adresse )?ip|su ip|tu ip|il tuo ip|seu ip|uw ip|twój ip|"
        "ip adresiniz|ваш ip(?:-адрес)?|ваша ip-адреса|id запроса|id запиту|request id|ray id|incident id)\\s*:\\s*[\\w.#/=:-]{3,80}\\s*){1,4}$"
    /* an HTTP status's reason phrase on a line of its own */
    "|^\\W*(?:gone|unauthori[sz]ed|payment required|not acceptable|request time-?out|conflict|"
        "too many requests|gateway time-?out|connection timed out|web server is down|" NC_SERVER_ERROR_L10N "|"
        "origin is unreachable|a timeout occurred|service temporarily unavailable|"
        "(?:application|runtime|database|fatal) error|" NC_REASON_L10N "|" NC_REASON_MORE ")\\W*$"
    /* a server's timestamp line: "Tue Nov 26 10:12:01 UTC 2024" */
    "|^\\W*(?:\\w+,? ){0,4}(?:\\d{2,4}[/.-]\\d{1,2}[/.-]\\d{1,4}[ T])?\\d{1,2}:\\d\\d:\\d\\d(?: \\w+){0,3}\\W*$"
    /* the way out of an error page */
    "|^\\W*(?:(?:go |get )?back to (?:the )?(?:home ?page|home|front page|start page)|"
        "(?:go|return) to (?:the )?(?:home ?page|home|front page)|(?:go )?back to (?:our|the) (?:site|website)|zurück zur startseite|"
        "retour (?:à la page d'accueil|à l'accueil|à l’accueil)|volver (?:a la portada|al inicio)|"
        "torna alla (?:home ?page|pagina iniziale)|voltar (?:à|para a) página inicial|"
        "terug naar (?:de )?(?:home ?page|startpagina|voorpagina)|(?:wróć|powrót) do strony głównej|"
        "(?:вернуться )?на главную(?: страницу)?|(?:повернутися )?на головну(?: сторінку)?|"
        "ana sayfaya (?:dön|git)|العودة إلى الصفحة الرئيسية|返回首页|トップページ(?:へ|に)戻る|"
        /* and beyond the 14 (the cg-* set) */
        "vissza a (?:címlapra|főoldalra|kezdőlapra)|zpět na (?:úvodní|hlavní|titulní) (?:stránku|stranu)|"
        "späť na (?:úvodnú|hlavnú) stránku|înapoi la (?:prima pagină|pagina principală)|"
        "(?:natrag|povratak) na (?:naslovnicu|početnu(?: stranicu| stranu)?)|повратак на почетну(?: страну| страницу)?|"
        "(?:tillbaka|tilbage|tilbake) til(?:l)? (?:startsidan|förstasidan|forsiden|startsiden)|(?:palaa|takaisin) etusivulle|"
        "επιστροφή στην αρχική(?: σελίδα)?|חזרה לעמוד הראשי|بازگشت به صفحه اصلی|về trang chủ|"
        "kembali ke (?:beranda|halaman utama|laman utama)|grįžti į pradžią|(?:atgriezties )?uz sākumlapu|tagasi avalehele|"
        "rudi mwanzo|torna a la portada|(?:обратно |назад )?към началната страница)\\W*$"
    /* the other ways on: "Try searching instead" over a search box (a
     * button's word may follow), "Go back", "Torna indietro oppure vai
     * alla home page" */
    "|^\\W*(?:try (?:searching|a search|our search|the search)(?: instead| again| below)?|search instead|"
        "versuchen sie (?:es mit )?(?:der|unserer) suche|(?:nutzen|verwenden) sie stattdessen (?:die|unsere) suche|"
        "essayez (?:plutôt )?(?:une|la|notre) recherche|faites plutôt une recherche|"
        "(?:intenta|prueba|pruebe|intente) (?:con )?(?:una|la) búsqueda|(?:intenta|prueba|pruebe) a buscar|"
        "prova (?:a cercare|(?:con )?una ricerca|la ricerca)|"
        "(?:tente|experimente) (?:fazer )?(?:uma|a) (?:busca|pesquisa)|tente (?:pesquisar|buscar)|"
        "probeer (?:te zoeken|(?:het )?(?:eens )?(?:met )?(?:een|de|onze) (?:zoekopdracht|zoekfunctie))|"
        "spróbuj (?:wyszukać|wyszukiwania|poszukać|wyszukiwarki)|"
        "попробуйте (?:воспользоваться )?поиск(?:ом)?|попробуйте найти|спробуйте (?:скористатися )?пошук(?:ом)?|"
        "(?:bunun yerine )?arama yapmayı deneyin|aramayı deneyin|(?:حاول|جرّب|جرب) البحث|"
        "(?:请)?(?:试试|尝试)搜索|検索(?:を)?(?:お試しください|してみてください))\\W*(?:\\w+\\W*)?$"
    /* (not a bare "Zurück", "Назад": a news module's own link back to its list) */
    "|^\\W*(?:(?:go|get) back|(?:go )?back to (?:the )?previous page|zurück zur vorherigen seite|"
        "(?:revenir|retourner|retour) (?:en arrière|à la page précédente)|volver (?:atrás|a la página anterior)|"
        "torna(?:re)? indietro|torna alla pagina precedente|voltar (?:atrás|para a página anterior)|"
        "ga terug|terug naar de vorige pagina|wróć do poprzedniej strony|"
        "вернуться назад|вернуться на предыдущую страницу|повернутися назад|повернутися на попередню сторінку|"
        "geri dön|önceki sayfaya dön|العودة إلى الصفحة السابقة|返回上一页|前のページに戻る)"
        "(?:\\W+(?:or|oder|ou|o|oppure|of|lub|albo|или|або|veya|ya da|أو|或者?|または)\\W+[^.!?]{0,40})?\\W*$";

/* A coded error title: a heading that names an HTTP error status the way
 * servers title their error pages, in words no list holds: the code after
 * "Error"/"Status"/"HTTP" and a separator ("Error 403 - This web app is
 * stopped.", "HTTP Error 503. The service is unavailable.", "Fehler 404:
 * ..."), or a failure in words closed by the code in brackets ("Resource
 * at '/content/x.html' not found: No resource found (404)"). Strong, but
 * only as an error document's title: an <h1> (or a pasted <title>) that
 * is not the headline and not in furniture. An article "Error 404: how
 * dead links cost publishers" is headed by its <title>'s text, a teaser
 * of it in a related box is an <h2>/<h3>, and a subheading between two
 * paragraphs is the story's. "Error 404 at the museum" has no separator. */
#define CODED_TITLE_MAX_WORDS 14

static const char *const coded_title_pattern =
    "^\\W*(?:" NC_ERROR_WORD "[\\s-]+)?(?:http[\\s-]*" NC_ERROR_WORD "?|" NC_ERROR_WORD ")\\s*[45]\\d\\d(?:\\.\\d+)?"
        "\\s*(?:[-–—:.]|\\()\\s*\\S"
    "|^(?=[^\\n]{0,200}?\\b(?:not found|error|forbidden|denied|unavailable|failed|timed? ?out)\\b)"
        "[^\\n]{0,200}\\(\\s*(?:http |error |status )?[45]\\d\\d\\s*\\)\\W*$";

/* A server's signature anywhere in a short line: "host Apache/2.4.62
 * (Debian)", "Generado ... por proxy-edge-2 (squid/5.7)". Weak; tried only
 * on lines that hold a '/' before a digit. */
static const char *const server_signature_pattern =
    "\\b(?:nginx|apache|squid|varnish|jetty|tomcat|caddy|haproxy|envoy|gunicorn|werkzeug|lighttpd|"
    "litespeed|openresty|microsoft-iis|tengine|awselb|ats|openlitespeed|cowboy|undertow|glassfish|"
    "microsoft-azure-application-gateway|kong|apachesling)/\\d";

/* The same signature with no version (ServerTokens Prod): the whole line a
 * host name and the server's bare name ("www.example.it Apache", httpd's
 * error documents' <address>), or httpd's "Apache Server at host Port 80".
 * Weak, and tried only on lines of a few words. */
#define BARE_SIGNATURE_MAX_WORDS 8
static const char *const bare_signature_pattern =
    "^\\W{0,4}(?:[a-z0-9-]{1,63}\\.){1,6}[a-z]{2,24}\\W{1,8}(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)\\W{0,4}$|"
    "^\\W{0,4}(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)\\W{1,8}(?:[a-z0-9-]{1,63}\\.){1,6}[a-z]{2,24}\\W{0,4}$|"
    "\\b(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)(?:/\\S{1,40})?(?: \\([^)]{1,40}\\))? server at \\S{1,253} port \\d{1,5}\\W{0,4}$";

static int slash_digit(const char *s, apr_size_t len)
{
    const char *p = s, *end = s + len;
    while ((p = memchr(p, '/', (size_t)(end - p))) != NULL && ++p < end)
        if (*p >= '0' && *p <= '9')
            return 1;
    return 0;
}

/* "410" over "Gone": a bare code next to its reason phrase is an error title. */
static const char *const status_code_pattern =
    "^\\W*(?:(?:http|error|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー)\\s*)?[45]\\d\\d\\W*$";
static const char *const status_reason_pattern =
    "^\\W*(?:bad request|unauthori[sz]ed|payment required|forbidden|not found|method not allowed|"
    "not acceptable|request time-?out|conflict|gone|too many requests|internal server error|"
    "not implemented|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|"
    "connection timed out|web server is down|origin is unreachable|" NC_REASON_L10N "|" NC_REASON_MORE "|"
    NC_SERVER_ERROR_L10N "|"
    /* "Not Found" as a framework's translations title it under the code */
    "nicht gefunden|introuvable|non trouvée?|no encontrad[ao]|non trovat[ao]|não encontrad[ao]|niet gevonden|"
    "nie znaleziono|не найден[аоы]?|не знайдено|bulunamadı|غير موجود[ةه]?|未找到|找不到|見つかりません)\\W*$";
/* A block that opens with a reason phrase as its own sentence, under a
 * bare code ("Błąd 500" / "Wewnętrzny błąd serwera. Przepraszamy za
 * utrudnienia."): the pair is an error title as a code over its reason is. */
static const char *const status_reason_lead_pattern =
    "^\\W*(?:internal server error|service (?:temporarily )?unavailable|forbidden|access denied|not found|"
    "bad gateway|gateway time-?out|" NC_REASON_L10N "|" NC_REASON_MORE ")\\s*[.!:]";
/* A block that opens with a coded status ("Помилка 404. Сторінку, яку ви
 * шукаєте, не знайдено."): it backs a compositional phrase in itself. */
static const char *const coded_lead_pattern =
    "^\\W*" NC_HTTP_ERROR_PREFIX "[45]\\d\\d(?:\\.\\d+)?\\s*[.:!–—-]";

/* A status code named as one inside a short block, not at its start: "...
 * verplaatst of verwijderd. Foutcode 410.", "... yayından kaldırılmış
 * olabilir. (410)". It backs a compositional or soft phrase in the same
 * block as a leading "Error 404." does; "410 milioni", "in 2024" are no
 * code (the error word or the brackets are required). */
static const char *const coded_mention_pattern =
    "(?:\\b|(?<=\\p{Han}|\\p{Hiragana}|\\p{Katakana}))" NC_ERROR_WORD "\\s*(?:code|kodu|kód|код|رمز|コード)?\\s*[:：]?\\s*[45]\\d\\d\\b"
    "|\\(\\s*(?:http\\s*|" NC_ERROR_WORD "\\s*)?[45]\\d\\d\\s*\\)";

/* Can re match only where a byte >= 0x80 starts it (Cyrillic, Arabic, CJK
 * stems) or is required in it? Then pure-ASCII text needs no call at all. */
static char needs_high_byte(const nc_regex *re)
{
    uint32_t type = 0, unit = 0;
    const uint8_t *bitmap = NULL;
    if (pcre2_pattern_info(re->code, PCRE2_INFO_LASTCODETYPE, &type) == 0 && type != 0
        && pcre2_pattern_info(re->code, PCRE2_INFO_LASTCODEUNIT, &unit) == 0 && unit >= 0x80)
        return 1;
    if (pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODETYPE, &type) != 0)
        return 0;
    if (type == 1)
        return pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit >= 0x80;
    if (pcre2_pattern_info(re->code, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0 || !bitmap)
        return 0;
    for (int i = 0; i < 16; i++)
        if (bitmap[i])
            return 0;                   /* an ASCII byte may start it */
    return 1;
}

/* Compiles a NULL-ended list of patterns onto arr; 0 and *err naming the
 * failed one (what, index) on error. */
static int compile_list(apr_pool_t *p, apr_array_header_t *arr, const char *const *patterns,
                        const char *what, char **err)
{
    for (int i = 0; patterns[i]; i++) {
        nc_regex *re = nc_regex_compile(p, patterns[i], 0, err);
        if (!re) {
            *err = apr_psprintf(p, "%s %d: %s", what, i, *err);
            return 0;
        }
        APR_ARRAY_PUSH(arr, nc_regex *) = re;
    }
    return 1;
}

nc_shell_rules *nc_shell_rules_create(apr_pool_t *p, char **err)
{
    nc_shell_rules *r = apr_pcalloc(p, sizeof *r);
    index_trigger_pairs(r);
    index_trigger_stems(p, r);
    r->catalog = nc_catalog_create(p);
    if (!(r->traces = nc_traces_create(p, err)))
        return NULL;
    r->phrases = apr_array_make(p, 32, sizeof(nc_regex *));
    if (!compile_list(p, r->phrases, phrase_patterns, "built-in shell phrase", err)
        || !compile_list(p, r->phrases, service_patterns, "built-in service-state phrase", err))
        return NULL;
    r->phrase_high = apr_pcalloc(p, (apr_size_t)r->phrases->nelts + 1);
    for (int i = 0; i < r->phrases->nelts; i++)
        r->phrase_high[i] = needs_high_byte(APR_ARRAY_IDX(r->phrases, i, nc_regex *));
    r->composed = apr_array_make(p, 24, sizeof(nc_regex *));
    if (!compile_list(p, r->composed, composed_patterns, "built-in compositional phrase", err))
        return NULL;
    r->first_template = r->composed->nelts;
    if (!compile_list(p, r->composed, template_patterns, "built-in template sentence", err))
        return NULL;
    r->first_soft = r->composed->nelts;
    if (!compile_list(p, r->composed, soft_patterns, "built-in soft phrase", err))
        return NULL;
    r->first_advice = r->composed->nelts;
    if (!compile_list(p, r->composed, advice_patterns, "built-in 404 advice phrase", err))
        return NULL;
    r->composed_high = apr_pcalloc(p, (apr_size_t)r->composed->nelts + 1);
    for (int i = 0; i < r->composed->nelts; i++)
        r->composed_high[i] = needs_high_byte(APR_ARRAY_IDX(r->composed, i, nc_regex *));
    if (!(r->apology = nc_regex_compile(p, apology_pattern, 0, err))
        || !(r->box_apology = nc_regex_compile(p, box_apology_pattern, 0, err))
        || !(r->attribution = nc_regex_compile(p, attribution_pattern, 0, err))
        || !(r->vocabulary = nc_regex_compile(p, vocabulary_pattern, 0, err))
        || !(r->failure = nc_regex_compile(p, failure_pattern, 0, err)))
        return NULL;
    if (!(r->strong_token = nc_regex_compile(p, strong_token_pattern, 0, err))
        || !(r->weak_token = nc_regex_compile(p, weak_token_pattern, 0, err))
        || !(r->server_signature = nc_regex_compile(p, server_signature_pattern, 0, err))
        || !(r->bare_signature = nc_regex_compile(p, bare_signature_pattern, 0, err))
        || !(r->status_code = nc_regex_compile(p, status_code_pattern, 0, err))
        || !(r->status_reason = nc_regex_compile(p, status_reason_pattern, 0, err))
        || !(r->status_reason_lead = nc_regex_compile(p, status_reason_lead_pattern, 0, err))
        || !(r->coded_lead = nc_regex_compile(p, coded_lead_pattern, 0, err))
        || !(r->coded_mention = nc_regex_compile(p, coded_mention_pattern, 0, err))
        || !(r->coded_title = nc_regex_compile(p, coded_title_pattern, 0, err)))
        return NULL;
    return r;
}

/* --- runs of short blocks --------------------------------------------------- */

typedef struct run_block {
    int index;               /* in model->blocks */
    apr_uint32_t from, to;   /* its text's place in the joined run text (a page is
                              * at most 2 GB, NC_DOC_MAX_BYTES; a run's text is its
                              * short blocks' texts) */
    /* 16 bytes a block: mark_run holds one for every block of a run, its
     * largest piece at the shell tests' moment. Flags are single bits;
     * medium and soft are 0, 1 or 2. */
    unsigned strong : 1, weak : 1;
    unsigned medium : 2;     /* a compositional phrase: strong only when backed */
    unsigned soft : 2;       /* a soft one: strong only when backed, backs nothing */
    unsigned template : 1;   /* a template sentence: a shell elsewhere on the page backs it */
    unsigned model : 1;      /* the learned model reads it as a shell's: strong only when
                              * backed (shell_model.c) */
    unsigned code : 1, reason : 1; /* a bare status code; an HTTP reason phrase */
    unsigned headline : 1;   /* the <title> holds it: a phrase must be all it says */
    unsigned lines_back : 1; /* one of its <br> lines is a token or opens with an apology */
    unsigned anchored : 1;   /* a sign of its own besides the model's score (judge_run) */
} run_block;

/* What a shell elsewhere on the page may back (pending[], page_backed). */
#define PENDING_TEMPLATE 1       /* a template sentence or a 404's advice */
#define PENDING_PHRASE   2       /* a page-failure phrase: only from its own box */
#define PENDING_MODEL    3       /* the learned model's word alone: as a phrase, and
                                  * never from a box that frames the whole page */

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

/* --- what a block reads as ------------------------------------------------- */

/* The page's own <title> (in <head>), or NULL: a block whose text it holds is
 * the article's headline, which no growth and no compositional phrase takes.
 * h1_in_title: some heading (<h1> to <h3>) of the page is in it word for word;
 * then that heading is the headline and an <h1> that is not in it ("Oops! An
 * Error Occurred" of a pasted error page, Rails' "We're sorry, but something
 * went wrong." over a story headed by an <h2>) is not. */
typedef struct nc_head {
    const char *text;
    const char *folded;         /* text with its quotes and dashes folded (fold_quotes) */
    int folds;                  /* folded differs from text: it had such a quote or dash */
    const nc_docmodel *m;
    int h1_in_title;            /* -1 until is_headline first needs it */
    apr_size_t lead_len;        /* text's headline before its " | Site" tail, 0 when short or none */
} nc_head;

#define FOLD_MAX 512

/* s with curly quotes and apostrophes as straight ones and en and em
 * dashes as hyphens, into out (at least n + 1 bytes): a CMS prints its
 * headline through a typographer ("Bursa&#8217;da") and its <title>
 * without one ("Bursa'da"), or the other way round. Its length. */
static apr_size_t fold_quotes(const char *s, apr_size_t n, char *out)
{
    apr_size_t o = 0, i = 0;
    while (i < n) {
        /* the bytes up to the next 0xE2 as they are, in one copy */
        const char *e = memchr(s + i, 0xE2, n - i);
        apr_size_t run = e ? (apr_size_t)(e - s) - i : n - i;
        memcpy(out + o, s + i, run);
        o += run;
        i += run;
        if (i >= n)
            break;
        if (i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            char f = d == 0x98 || d == 0x99 ? '\'' : d >= 0x9C && d <= 0x9E ? '"'
                   : d == 0x93 || d == 0x94 ? '-' : 0;
            if (f) {
                out[o++] = f;
                i += 3;
                continue;
            }
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return o;
}

/* Does the title hold block b's text, word for word or once both have
 * their quotes and dashes folded? */
static int title_holds(const nc_head *h, const nc_block *b)
{
    if (strstr(h->text, b->text) != NULL)
        return 1;
    /* a title shortened from its heading ("Illinois lawmakers pass $53.1B
     * budget | Prairie Wire" over "Illinois lawmakers pass $53.1B budget,
     * send it to Pritzker") holds the heading it opens */
    if (h->lead_len && b->role == NC_ROLE_HEADING && b->text_len > h->lead_len
        && !apr_isalnum((unsigned char)b->text[h->lead_len]) && memcmp(b->text, h->text, h->lead_len) == 0)
        return 1;
    if (!h->folded || b->text_len > FOLD_MAX)
        return 0;
    /* Every such quote and dash starts with 0xE2: a block without one
     * folds to itself, so only a title that folded can hold it now. */
    if (!memchr(b->text, 0xE2, b->text_len))
        return h->folds && strstr(h->folded, b->text) != NULL;
    char buf[FOLD_MAX + 1];
    fold_quotes(b->text, b->text_len, buf);
    return strstr(h->folded, buf) != NULL;
}

/* Is the heading an error document's own title ("404 Not Found", IIS's
 * "404 - ファイルまたはディレクトリが見つかりません。")? */
static int error_heading(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me;
    return nc_regex_find(r->strong_token, md, b->text, b->text_len, 0, &ms, &me)
           || nc_regex_find(r->coded_title, md, b->text, b->text_len, 0, &ms, &me);
}

/* How long the longest heading (<h1> to <h3>, 3+ words) of the page that
 * the title text t holds word for word is; 0 when none. With rules, a
 * heading that is an error title does not count. */
static apr_size_t title_heading(const nc_docmodel *m, const char *t, const nc_shell_rules *r,
                                pcre2_match_data *md)
{
    apr_size_t best = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_HEADING && b->heading_level <= 3 && b->words >= 3 && b->text_len >= 8
            && b->text_len > best && strstr(t, b->text) != NULL && !(r && error_heading(r, md, b)))
            best = b->text_len;
    }
    return best;
}

/* The length of a <title>'s headline before its site's name ("Headline |
 * Site", " - ", " – ", " — ", " :: "), when it has three words or more;
 * else 0. */
#define TITLE_LEAD_MIN_BYTES 16
static apr_size_t title_lead(const char *t, apr_size_t n)
{
    static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: " };
    const char *cut = NULL;
    for (apr_size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *x = strstr(t, seps[k]);
        if (x && (!cut || x < cut))
            cut = x;
    }
    if (!cut || (apr_size_t)(cut - t) < TITLE_LEAD_MIN_BYTES || (apr_size_t)(cut - t) >= n)
        return 0;
    int spaces = 0;
    for (const char *c = t; c < cut; c++)
        spaces += *c == ' ';
    return spaces >= 2 ? (apr_size_t)(cut - t) : 0;
}

/* Documents glued one after another (an error page's whole document before
 * the story's) leave two or more <title>s at the root: the page's is the
 * one that holds the longest of its headings (the story's headline, not an
 * error page's "Not Found"; an error title held counts for nothing, as
 * IIS's Japanese title, its <h2> word for word, is longer than many a
 * Japanese headline); the first when none holds one. A few tries. */
#define HEAD_TITLE_MAX_TRIES 4

static const nc_head *head_title(apr_pool_t *p, const nc_docmodel *m, const nc_shell_rules *r,
                                 pcre2_match_data *md)
{
    const nc_block *first = NULL, *best = NULL;
    apr_size_t best_len = 0;
    int tries = 0;
    for (int i = 0; i < m->blocks->nelts && tries < HEAD_TITLE_MAX_TRIES; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && !candidate(m, b)) {
            if (!first)
                first = b;
            else if (tries == 1) {
                best_len = title_heading(m, first->text, r, md);   /* only with a second title */
                best = first;
            }
            if (tries >= 1) {
                apr_size_t len = title_heading(m, b->text, r, md);
                if (len > best_len) {
                    best_len = len;
                    best = b;
                }
            }
            tries++;
        }
    }
    if (!first)
        return NULL;
    /* A story glued inside an error page's body (Squid's page around it)
     * has its <title> there, a pasted one: it is the page's when the
     * error page's own title holds a heading too (Squid's "ERROR: El URL
     * solicitado no se ha podido conseguir" its <h2>) and it holds a
     * longer one, the story's headline. */
    apr_size_t first_len = best ? title_heading(m, first->text, NULL, NULL) : 0;
    if (!best && (first_len = title_heading(m, first->text, NULL, NULL)) > 0) {
        best = first;
        best_len = first_len;
    }
    tries = 0;
    for (int i = 0; first_len > 0 && i < m->blocks->nelts && tries < HEAD_TITLE_MAX_TRIES; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && candidate(m, b)) {
            apr_size_t len = title_heading(m, b->text, NULL, NULL);
            if (len > best_len) {
                best_len = len;
                best = b;
            }
            tries++;
        }
    }
    nc_head *h = apr_pcalloc(p, sizeof *h);
    h->text = (best ? best : first)->text;
    apr_size_t tn = strlen(h->text);
    char *folded = apr_palloc(p, tn + 1);
    h->folds = fold_quotes(h->text, tn, folded) != tn;
    h->folded = folded;
    h->m = m;
    h->h1_in_title = -1;
    h->lead_len = title_lead(h->text, tn);
    return h;
}

static int h1_in_title(const nc_head *title)
{
    nc_head *h = (nc_head *)title;      /* a memo, filled on first use */
    if (h->h1_in_title < 0) {
        h->h1_in_title = 0;
        for (int i = 0; i < h->m->blocks->nelts && !h->h1_in_title; i++) {
            const nc_block *b = &APR_ARRAY_IDX(h->m->blocks, i, nc_block);
            h->h1_in_title = b->role == NC_ROLE_HEADING && b->heading_level <= 3 && b->words >= 3
                             && b->text_len >= 8 && title_holds(h, b);
        }
    }
    return h->h1_in_title;
}

static int in_title(const nc_head *title, const nc_block *b)
{
    return title && b->words >= 2 && b->text_len >= 8 && title_holds(title, b);
}

static int is_headline(const nc_head *title, const nc_block *b)
{
    if (b->role == NC_ROLE_HEADING && b->heading_level == 1 && b->words >= 3
        && !(title && !title_holds(title, b) && h1_in_title(title)))
        return 1;           /* a page without a usable <title> still has its <h1> */
    return in_title(title, b);
}

/* Is the block program source: a code sample or a signature ("pub struct
 * Ref<'b, T> { (private fields) }", "fn len(&self) -> usize", a
 * grammar's "mod IDENTIFIER { Item* }")? Braces around something, two
 * statement ends, or an arrow. The learned model reads how a notice is
 * worded (news pages and their shells, the catalog's sentences); on
 * source it reads nothing, and a listing's lines are no shell's <br>
 * lines. A shell's own output in a <pre> (a JSON error body, a trace, an
 * XML error document) is evidence by its own rules (error_traces.c),
 * never the model's word. */
#define SOURCE_SCAN_MAX 400

static int source_code(const nc_block *b)
{
    apr_size_t n = b->text_len < SOURCE_SCAN_MAX ? b->text_len : SOURCE_SCAN_MAX;
    if (n < 2)                  /* an empty container, most blocks: "{}" is the shortest */
        return 0;
    const char *open = memchr(b->text, '{', n);
    if (open && memchr(open, '}', n - (apr_size_t)(open - b->text)))
        return 1;
    /* by memchr: this runs on every block of a page with a story */
    const char *t = b->text;
    for (const char *gt = memchr(t, '>', n); gt; gt = memchr(gt + 1, '>', n - (apr_size_t)(gt + 1 - t)))
        if (gt - t >= 2 && (gt[-1] == '-' || gt[-1] == '=') && gt[-2] == ' ')
            return 1;
    int ends = 0;
    for (const char *sc = memchr(t, ';', n); sc && ends < 2; sc = memchr(sc + 1, ';', n - (apr_size_t)(sc + 1 - t)))
        if ((apr_size_t)(sc + 1 - t) < n && (sc[1] == ' ' || sc[1] == '\n'))
            ends++;
    return ends >= 2;
}

/* Does the block end like a sentence (nc_text_ends_sentence)? */
static int ends_sentence(const nc_block *b)
{
    return nc_text_ends_sentence(b->text, b->text_len);
}

#define PROSE_MIN_WORDS 12

/* A sentence of some length: what an article's paragraph looks like. */
static int prose_like(const nc_block *b)
{
    return b->words > SHELL_MAX_BLOCK_WORDS || (b->words >= PROSE_MIN_WORDS && ends_sentence(b));
}

static int says_shell_words(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me;
    return nc_regex_find(r->vocabulary, md, b->text, b->text_len, 0, &ms, &me);
}

/* Article prose: a long block, or an unmarked sentence of some length (even
 * one that says "address" or "removed": next to a story, when unsure, keep). */
static int article_prose(const nc_block *b)
{
    return b->words > SHELL_MAX_BLOCK_WORDS || (b->verdict == NC_KEEP && prose_like(b));
}

static int error_container_of(const nc_docmodel *m, int i);
static int in_named_furniture(const nc_docmodel *m, int i, int c);
static int names_furniture(const nc_docmodel *m, int i);

/* Words of a sentence before a colon that make what follows it reported
 * speech ("Wer einen Termin buchen wollte, sah nur: Seite nicht gefunden."),
 * where an error page's own labels are one to three words ("Error:",
 * "Requested URL:", "Most likely causes:"). */
#define REPORTED_SPEECH_MIN_WORDS 4

/* Is pos (an offset into text) inside a quotation that opened earlier in the
 * text, or after a colon that ends a clause of the same sentence? An article
 * that quotes an error message is not an error page. */
/* Does the text open as a JSON object's member ('"message":"...', '{
 * "error": "...')? Its straight quotes are JSON's syntax, not quotation
 * marks: an API's error body pretty-printed over lines of text/plain
 * (Kong's '"message":"no Route matched with those values",'). */
static int json_member(const char *text)
{
    const char *t = text;
    while (*t == ' ' || *t == '{' || *t == '[')
        t++;
    if (*t++ != '"')
        return 0;
    while ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') || (*t >= '0' && *t <= '9') || *t == '_' || *t == '-')
        t++;
    if (*t++ != '"')
        return 0;
    while (*t == ' ')
        t++;
    return *t == ':';
}

static int quoted_at(const char *text, apr_size_t pos)
{
    int depth = 0, reversed = 0, straight = 0, words = 0, in_word = 0, reported = 0;
    int json = pos > 0 && json_member(text);
    for (apr_size_t i = 0; i < pos; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ') {
            in_word = 0;
            continue;
        }
        if (!in_word)
            words++;
        in_word = 1;
        if (c == '.' || c == '!' || c == '?') {
            words = 0;              /* a new sentence: its own clause count */
            reported = 0;
        } else if (c == ':' && i + 1 < pos && text[i + 1] == ' ' && words >= REPORTED_SPEECH_MIN_WORDS) {
            reported = 1;
        }
        if (c == '"') {
            straight = !straight && !json;
        } else if (c == 0xE2 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            unsigned char k = (unsigned char)text[i + 2];
            depth += k == 0x9C || k == 0x9E ? 1 : k == 0x9D && depth > 0 ? -1 : 0;   /* “ „ ” */
        } else if (c == 0xE3 && i + 2 < pos && (unsigned char)text[i + 1] == 0x80) {
            /* Japanese quotes with corner brackets: 「ページが見つかりません」の表示 */
            unsigned char k = (unsigned char)text[i + 2];
            depth += k == 0x8C || k == 0x8E ? 1 : (k == 0x8D || k == 0x8F) && depth > 0 ? -1 : 0;   /* 「 『 」 』 */
        } else if (c == 0xC2 && i + 1 < pos) {
            /* « » in French order, and » « in German order (»Seite nicht
             * gefunden«): a » with no « open opens a quotation */
            unsigned char k = (unsigned char)text[i + 1];
            if (k == 0xAB)
                reversed > 0 ? reversed-- : depth++;
            else if (k == 0xBB)
                depth > 0 ? depth-- : reversed++;
        }
    }
    return depth > 0 || reversed > 0 || straight || reported;
}

/* How a match counts (mark_phrase_matches' medium): strong, or medium of
 * one of the composed lists' classes. */
enum { MEDIUM_NONE, MEDIUM_COMPOSED, MEDIUM_SOFT, MEDIUM_TEMPLATE, MEDIUM_ADVICE };

static int composed_class(const nc_shell_rules *r, int i)
{
    return i >= r->first_advice ? MEDIUM_ADVICE : i >= r->first_soft ? MEDIUM_SOFT
           : i >= r->first_template ? MEDIUM_TEMPLATE : MEDIUM_COMPOSED;
}

/* text starts at offset base of the run's joined text (rb's coordinates).
 * Returns -1 when PCRE2 stopped at its match or depth limit, else 0. */
/* Words of text[from, to) outside [ms, me). */
#define HEADLINE_OWN_WORDS 5

static int words_outside(const char *text, apr_size_t from, apr_size_t to, apr_size_t ms, apr_size_t me)
{
    int words = 0, in_word = 0;
    for (apr_size_t i = from; i < to; i++) {
        int space = text[i] == ' ' || (i >= ms && i < me);
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

static int mark_phrase_matches(const nc_regex *re, const nc_regex *attribution, pcre2_match_data *md,
                               const char *text, apr_size_t len, run_block *rb, int n, apr_size_t base,
                               int medium)
{
    apr_size_t pos = 0, ms, me;
    int rc = 0;
    while (pos < len && (rc = nc_regex_search(re, md, text, len, pos, &ms, &me)) > 0) {
        apr_size_t next = me > ms ? me : ms + 1;
        for (int i = 0; i < n; i++) {
            if (!(rb[i].from < base + me && base + ms < rb[i].to))
                continue;
            apr_size_t at = base + ms > rb[i].from ? base + ms - base : rb[i].from - base;
            apr_size_t block_start = rb[i].from - base;
            if (quoted_at(text + block_start, at - block_start))
                continue;
            apr_size_t block_end = rb[i].to - base, am, ae;
            if (attribution && me < block_end
                && nc_regex_find(attribution, md, text + me, block_end - me, 0, &am, &ae))
                continue;               /* "..., the spokesman said." */
            if (medium && !(rb[i].from <= base + ms && base + me <= rb[i].to)) {
                /* a composed phrase says it in one block; a match that began
                 * in an earlier block ("Página no encontrada" + "La página
                 * que buscabas no existe") may hide one inside this block */
                if (rb[i].from > base + ms && rb[i].from - base < next)
                    next = rb[i].from - base;
                continue;
            }
            /* a headline the <title> holds that goes on past the phrase is
             * the story's ("The page you were looking for doesn't exist: why
             * news sites keep losing their archives"); an error page's
             * title is the phrase */
            if (rb[i].headline && words_outside(text, block_start, block_end, ms, me) >= HEADLINE_OWN_WORDS)
                continue;
            if (medium == MEDIUM_SOFT || medium == MEDIUM_ADVICE)
                rb[i].soft = 1;
            else if (medium)
                rb[i].medium = 1;
            else
                rb[i].strong = 1;
            rb[i].template |= medium == MEDIUM_TEMPLATE || medium == MEDIUM_ADVICE;
        }
        pos = next;
    }
    return rc < 0 ? -1 : 0;
}

/* A window of ASCII text this long or shorter is lowercased once so that
 * each pattern's required literals can be looked for (nc_regex.h). */
#define PREFILTER_MAX_WINDOW 2048

/* Every phrase list over the window of blocks first..last (ending at to).
 * In an ASCII window a pattern none of whose required literals is there is
 * not tried: most windows hold a trigger word and no phrase. */
static void scan_window(const nc_shell_rules *r, pcre2_match_data *md, const char *text,
                        int high, run_block *rb, int first, int last, apr_size_t to)
{
    apr_size_t base = rb[first].from, len = to - base;
    char lowered[PREFILTER_MAX_WINDOW];
    nc_ascii_text ascii;
    int prefilter = len <= sizeof lowered && (!high || nc_ascii_only(text + base, len));
    if (prefilter)
        nc_ascii_text_init(&ascii, lowered, text + base, len);
    for (int i = 0; i < r->phrases->nelts; i++) {
        const nc_regex *re = APR_ARRAY_IDX(r->phrases, i, nc_regex *);
        if ((high || !r->phrase_high[i]) && !(prefilter && nc_regex_cannot_match_ascii(re, &ascii)))
            mark_phrase_matches(re, r->attribution, md, text + base, len, rb + first,
                                last - first + 1, base, 0);
    }
    for (int i = 0; i < r->composed->nelts; i++) {
        const nc_regex *re = APR_ARRAY_IDX(r->composed, i, nc_regex *);
        if ((high || !r->composed_high[i]) && !(prefilter && nc_regex_cannot_match_ascii(re, &ascii)))
            mark_phrase_matches(re, r->attribution, md, text + base, len, rb + first,
                                last - first + 1, base, composed_class(r, i));
    }
}

/* The phrase marks of a block, as four bits. */
enum { MARK_STRONG = 1, MARK_MEDIUM = 2, MARK_SOFT = 4, MARK_TEMPLATE = 8, MARK_BITS = 4 };

static unsigned take_marks(run_block *b)
{
    unsigned m = (b->strong ? MARK_STRONG : 0) | (b->medium ? MARK_MEDIUM : 0)
               | (b->soft ? MARK_SOFT : 0) | (b->template ? MARK_TEMPLATE : 0);
    b->strong = b->medium = b->soft = b->template = 0;
    return m;
}

static void add_marks(run_block *b, unsigned m)
{
    b->strong |= (m & MARK_STRONG) != 0;
    b->medium |= (m & MARK_MEDIUM) != 0;
    b->soft |= (m & MARK_SOFT) != 0;
    b->template |= (m & MARK_TEMPLATE) != 0;
}

/* scan_window, remembered across pages in the verdict cache: a site's
 * furniture ("Report an error", "Page 2 of 5") triggers the same short
 * windows on every page, and a window costs every phrase list, about a
 * fifth of the engine on a small page. The marks depend on the window's
 * text, its blocks' places in it and which of them the <title> holds, so
 * those are the key; it starts with a blank, which no block's text does, so
 * it is never a text_tests key. */
static void scan_window_cached(const nc_shell_rules *r, pcre2_match_data *md,
                               nc_verdict_cache *shared, const char *text, int high,
                               run_block *rb, int first, int last, apr_size_t to)
{
    char key[NC_VERDICT_MAX_TEXT];
    apr_size_t base = rb[first].from, len = to - base, klen = 0;
    int n = last - first + 1;
    unsigned marks = 0;
    if (shared && n * MARK_BITS <= 32 && 2 + 5 * (apr_size_t)n + len <= sizeof key) {
        key[klen++] = ' ';
        key[klen++] = (char)('0' + high);
        for (int i = first; i <= last; i++) {
            apr_size_t f = rb[i].from - base, t = rb[i].to - base;
            key[klen++] = (char)(f >> 8);
            key[klen++] = (char)f;
            key[klen++] = (char)(t >> 8);
            key[klen++] = (char)t;
            key[klen++] = (char)rb[i].headline;     /* mark_phrase_matches reads it */
        }
        memcpy(key + klen, text + base, len);
        klen += len;
        if (nc_verdict_cache_get(shared, key, klen, &marks)) {
            for (int i = first; i <= last; i++)
                add_marks(&rb[i], marks >> ((i - first) * MARK_BITS));
            return;
        }
    }
    unsigned before[2 * TRIGGER_REACH + 1];
    for (int i = first; i <= last; i++)
        before[i - first] = take_marks(&rb[i]);
    scan_window(r, md, text, high, rb, first, last, to);
    for (int i = first; i <= last; i++) {
        marks |= take_marks(&rb[i]) << ((i - first) * MARK_BITS);
        add_marks(&rb[i], before[i - first] | (marks >> ((i - first) * MARK_BITS)));
    }
    if (klen)
        nc_verdict_cache_put(shared, key, klen, marks);
}

/* Scans the phrases only over windows of blocks around trigger words. */
static void mark_triggered_phrases(const nc_shell_rules *r, pcre2_match_data *md,
                                   nc_verdict_cache *shared, const char *text, apr_size_t len,
                                   run_block *rb, int n)
{
    apr_size_t pos = 0, ms, scanned_to = 0;
    int b = 0;
    trigger_scan ts;
    trigger_scan_init(&ts, r, text, len);
    int high = -1;                      /* a byte >= 0x80 in the run: looked at once needed */
    while (pos < len && (ms = next_trigger(&ts, pos)) < len) {
        while (b + 1 < n && rb[b].to < ms)
            b++;
        int first = b - TRIGGER_REACH < 0 ? 0 : b - TRIGGER_REACH;
        int last = b + TRIGGER_REACH >= n ? n - 1 : b + TRIGGER_REACH;
        apr_size_t from = rb[first].from > scanned_to ? rb[first].from : scanned_to;
        apr_size_t to = rb[last].to;
        if (from < to) {
            if (high < 0)
                high = !nc_ascii_only(text, len);
            scan_window_cached(r, md, shared, text, high, rb, first, last, to);
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
    /* a chain of weak blocks next to a strong one: one sweep each way
     * (a pass until nothing changed took one pass a block of the chain) */
    for (int i = 1; i < n; i++)
        if (!rb[i].strong && rb[i].weak && rb[i - 1].strong)
            rb[i].strong = 1;
    for (int i = n - 2; i >= 0; i--)
        if (!rb[i].strong && rb[i].weak && rb[i + 1].strong)
            rb[i].strong = 1;
    return 1;
}

/* Short blocks between two paragraphs of prose under the same parent are part
 * of that prose ("Not found." as a one-line paragraph of a story), whatever
 * they say: a glued-on shell sits beside the story, not inside its paragraphs. */
/* Is block i a child of parent, or inside a figure, a block quote, a list
 * or a table that is (a caption "The page residents saw: Error 503, Guru
 * Meditation.", a list or a table of what "404 Not Found" and "410 Gone"
 * mean, is part of the story around it)? Whatever a figure or a block
 * quote holds is theirs, however it is wrapped inside them (a screenshot
 * of an nginx 404 rebuilt in a <div> over the figure's caption). */
static int part_of(const nc_docmodel *m, int i, int parent)
{
    static const char *const within[] = {
        "figure", "blockquote", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", NULL
    };
    int wrapped = 0;        /* an element of another tag since the last figure or quote */
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        if (a == parent)
            return !wrapped;
        const char *tag = APR_ARRAY_IDX(m->blocks, a, nc_block).tag;
        int k = 0;
        while (within[k] && strcmp(tag, within[k]) != 0)
            k++;
        if (k < 2)
            wrapped = 0;
        else if (!within[k])
            wrapped = 1;
    }
    return 0;
}

static int inside_prose(const nc_docmodel *m, const int *idx, int n, int before, int after)
{
    if (before < 0 || after < 0)
        return 0;
    int parent = APR_ARRAY_IDX(m->blocks, before, nc_block).parent;
    if (parent < 0 || APR_ARRAY_IDX(m->blocks, after, nc_block).parent != parent)
        return 0;
    for (int i = 0; i < n; i++)
        if (!part_of(m, idx[i], parent))
            return 0;
    return 1;
}

/* A compositional phrase is strong when something backs it: a shell-ish
 * neighbour in the run (a code, "Oops!", another such phrase), an apology that
 * opens its own block ("Vaya, parece que esta página ya no está disponible")
 * or the next block of its box, or an error-named wrapper. Never in the page's headline. */
/* Two blocks away in the same box ("Üzgünüz!" over the local sentence over
 * "This content is not available in your region."). */
static int backed_in_box(const nc_docmodel *m, const run_block *rb, int n, int i, int dir)
{
    int j = i + 2 * dir, parent = APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).parent;
    if (j < 0 || j >= n || parent < 0)
        return 0;
    if (APR_ARRAY_IDX(m->blocks, rb[i + dir].index, nc_block).parent != parent
        || APR_ARRAY_IDX(m->blocks, rb[j].index, nc_block).parent != parent)
        return 0;
    return rb[j].strong || rb[j].weak || rb[j].medium;
}

static int is_tag(const nc_block *b, const char *tag)
{
    return nc_tag_is(b->tag, tag);
}

/* Where a code named inside a block may back its phrase: a short block of
 * sentences in the page's body, not a teaser's line ("Ministry page
 * removed after error 500" in a related list: a list item, furniture, or
 * no sentence end anywhere). */
static int coded_sentence(const nc_block *b)
{
    if (b->words > SHELL_MAX_BLOCK_WORDS || b->boilerplate || is_tag(b, "li")
        || b->role == NC_ROLE_HEADING)
        return 0;
    if (ends_sentence(b))
        return 1;
    for (apr_size_t k = 0; k + 1 < b->text_len; k++)
        if ((b->text[k] == '.' || b->text[k] == '!' || b->text[k] == '?') && b->text[k + 1] == ' ')
            return 1;
    return memmem(b->text, b->text_len, "\xe3\x80\x82", 3) != NULL;    /* 。 */
}

/* Does neighbour j back block i's medium evidence? Two blocks the model
 * reads as a shell's back each other: a rate limiter's "Slow down, please"
 * over its "You sent too many requests". The guards on model evidence
 * (mark_run: no furniture, list items or headline; back_medium: a title
 * backed from below) keep a site's own lines out of it. */
static int backs(const run_block *j, const run_block *i)
{
    return j->strong || j->weak || j->medium || (j->model && (i->medium || i->model));
}

/* An <h1> that is the headline only by being the page's <h1> (the <title>
 * does not hold it), right over a shell block of its own box, in a box
 * that holds no paragraph of a story: the title of a page that is only a
 * shell ("Este conteúdo não está mais disponível" over "A reportagem que
 * você tentou acessar foi removida..."), which a phrase in it may say. A
 * story's headline has its paragraphs in its box, or sits in a header
 * or article of the page. */
static int page_level(const nc_block *c);

static int titles_its_shell(const nc_docmodel *m, const run_block *rb, int n, int i, const nc_head *title)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
    if (i + 1 >= n || !rb[i + 1].strong || b->parent < 0 || in_title(title, b)
        || APR_ARRAY_IDX(m->blocks, rb[i + 1].index, nc_block).parent != b->parent)
        return 0;
    const nc_block *box = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    if (page_level(box) || is_tag(box, "header"))
        return 0;
    for (int j = b->parent + 1; j <= box->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).words > SHELL_MAX_BLOCK_WORDS)
            return 0;
    return 1;
}

/* Does block i's parent hold a paragraph of a story (more than 30 words,
 * not furniture)? The model's word on a block there is no evidence alone:
 * it has learned how shells read in some languages only from the shell
 * catalog's sentences, so in a language the corpus has no story text of,
 * any short sentence can read as a shell's (a Hebrew or Persian story's
 * last paragraph over the page's 404 box, its first two paragraphs each
 * backing the other). */
static int in_story_box(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    for (int j = parent + 1, last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->parent == parent && b->words > SHELL_MAX_BLOCK_WORDS && !b->boilerplate
            && b->role != NC_ROLE_TITLE && strcmp(b->tag, NC_RUN_TAG) != 0)
            return 1;
    }
    return 0;
}

/* In a story's box, only a neighbour of the same box with evidence of its
 * own (no model word) backs the model's word on a block. */
static int backs_in_story_box(const nc_docmodel *m, const run_block *j, const run_block *i)
{
    return APR_ARRAY_IDX(m->blocks, j->index, nc_block).parent == APR_ARRAY_IDX(m->blocks, i->index, nc_block).parent
           && (j->strong || j->weak || j->medium);
}

/* Does the page's <title>, up to its site's name (" – Berita Bandung",
 * " | Site"), say the page is an error: a catalog sentence ("Halaman tidak
 * ditemukan", WordPress's "Page not found" in its translators' words) or a
 * status line? Then its <h1> with a shell's phrase in it ("Ups! Halaman
 * itu tidak dapat ditemukan." in a theme's <header class="page-header">)
 * titles that error, not a story: a story's <title> holds its headline. */
#define HEAD_SHELL_MAX 160

static int head_says_error(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title)
{
    if (!title)
        return 0;
    const char *t = title->text, *cut = NULL;
    static const char *const separators[] = { " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " - ", " :: ", " \xC2\xBB " };
    for (size_t k = 0; k < sizeof separators / sizeof *separators; k++) {
        const char *s = strstr(t, separators[k]);
        if (s && (!cut || s < cut))
            cut = s;
    }
    apr_size_t len = cut ? (apr_size_t)(cut - t) : strlen(t), ms, me;
    if (len == 0 || len > HEAD_SHELL_MAX)
        return 0;
    return nc_catalog_says_error(r->catalog, t, len)
           || nc_regex_find(r->strong_token, md, t, len, 0, &ms, &me);
}

static void back_medium(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                        run_block *rb, int n, const nc_head *title)
{
    int head_error = -1;                    /* head_says_error, on first need */
    for (int i = 0; i < n; i++) {
        if (!(rb[i].medium || rb[i].soft || rb[i].model) || rb[i].strong)
            continue;
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        apr_size_t ms, me;
        if (is_headline(title, b) && !titles_its_shell(m, rb, n, i, title)) {
            if (head_error < 0)
                head_error = head_says_error(r, md, title);
            if (!(head_error && rb[i].medium && !in_title(title, b)))
                continue;
        }
        /* a line the model alone likes that is no sentence is a title: an
         * error page's heads its own text, so only what follows it backs
         * it; a story's headline right under a shell is backed from above */
        int model_only = rb[i].model && !rb[i].medium && !rb[i].soft;
        int title_only = model_only && !ends_sentence(b);
        if (model_only && in_story_box(m, rb[i].index)) {
            if ((i > 0 && !title_only && backs_in_story_box(m, &rb[i - 1], &rb[i]))
                || (i + 1 < n && backs_in_story_box(m, &rb[i + 1], &rb[i])))
                rb[i].medium = 2;
            continue;
        }
        int backed = (i > 0 && !title_only && backs(&rb[i - 1], &rb[i]))
                     || (i + 1 < n && backs(&rb[i + 1], &rb[i]))
                     || (!title_only && backed_in_box(m, rb, n, i, -1)) || backed_in_box(m, rb, n, i, 1)
                     || rb[i].lines_back
                     || nc_regex_find(r->apology, md, b->text, b->text_len, 0, &ms, &me)
                     || nc_regex_find(r->coded_lead, md, b->text, b->text_len, 0, &ms, &me)
                     /* an error-named box backs a phrase, not the model's
                      * word: a site's "¿Has visto un error? Avísanos" line
                      * is <p class="fe-de-errores"> */
                     || (!model_only && error_container_of(m, rb[i].index) >= 0)
                     /* the template names the block itself an error
                      * (<h2 class="error-title">), or the block names its
                      * status code ("Foutcode 410.", "(410)") */
                     || (!model_only && nc_block_names_error(m, rb[i].index))
                     || (coded_sentence(b)
                         && nc_regex_find(r->coded_mention, md, b->text, b->text_len, 0, &ms, &me));
        if (!backed && (rb[i].medium || rb[i].model) && i + 1 < n) {
            /* the apology opens the next block of the same box: a site
             * builder's title over its excuse (Wix's "This page isn't
             * available." over "Sorry about that. Try going back to the
             * homepage.") */
            const nc_block *nb = &APR_ARRAY_IDX(m->blocks, rb[i + 1].index, nc_block);
            backed = b->parent >= 0 && nb->parent == b->parent && !is_tag(b, "li")
                     && nc_regex_find(r->apology, md, nb->text, nb->text_len, 0, &ms, &me);
        }
        if (backed && (rb[i].medium || rb[i].model))
            rb[i].medium = 2;
        else if (backed)
            rb[i].soft = 2;
    }
    for (int i = 0; i < n; i++)
        if (rb[i].medium == 2 || rb[i].soft == 2)
            rb[i].strong = 1;
}

/* An unmarked sentence of some length that ends with a colon introduces
 * what follows it: a story's "Users saw a single line:" over the line it
 * quotes ("Sayfa bulunamadı.", an API's JSON error body). What follows it
 * under the same parent is the story's quotation, whatever comes after.
 * An error page's own labels ("Requested URL:", "If you are the owner of
 * this website:") are shorter; its longer ones are in the catalog
 * ("The following error was encountered while trying to retrieve the
 * URL:"), so they are shell blocks, not the region's edge. */
#define QUOTE_INTRO_MIN_WORDS 9

static int introduces_quote(const nc_block *b)
{
    if (b->verdict != NC_KEEP || b->words < QUOTE_INTRO_MIN_WORDS || b->words > SHELL_MAX_BLOCK_WORDS)
        return 0;
    const char *t = b->text;
    apr_size_t n = b->text_len;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return n > 0 && (t[n - 1] == ':' || (n >= 3 && (unsigned char)t[n - 3] == 0xEF
                                        && (unsigned char)t[n - 2] == 0xBC && (unsigned char)t[n - 1] == 0x9A));
}

/* The next region of adjacent strong blocks at or after *a, as [*a, *z]; 0
 * when none is left. The rules below judge a region as a whole. */
static int next_strong_region(const run_block *rb, int n, int *a, int *z)
{
    int i = *a;
    while (i < n && !rb[i].strong)
        i++;
    if (i >= n)
        return 0;
    *a = *z = i;
    while (*z + 1 < n && rb[*z + 1].strong)
        (*z)++;
    return 1;
}

/* The run-level rule below, per region: shell blocks with article prose right
 * before and right after them under the same parent ("Error 404." as a
 * one-line paragraph between two sentences of a story) are part of it. */
/* The run's blocks from i to its end, the page ending there, are all short
 * sentences in the shell's own words ("しばらく時間をおいてから再度アクセスして
 * ください。" under "503 Service Unavailable"): the error page's tail, not
 * the story going on after a status line it quoted. */
static int shell_worded_tail(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                             const run_block *rb, int i, int n, int prose_after)
{
    if (prose_after >= 0 || i >= n)
        return 0;
    for (; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        if (b->words > SHELL_MAX_BLOCK_WORDS || !says_shell_words(r, md, b))
            return 0;
    }
    return 1;
}

static void drop_regions_inside_prose(const nc_shell_rules *r, pcre2_match_data *md,
                                      const nc_docmodel *m, run_block *rb, int n,
                                      int prose_before, int prose_after)
{
    for (int a = 0, z; next_strong_region(rb, n, &a, &z); a = z + 1) {
        int before = a > 0 ? rb[a - 1].index : prose_before;
        int after = z + 1 < n ? rb[z + 1].index : prose_after;
        if (before < 0 || shell_worded_tail(r, md, m, rb, z + 1, n, prose_after))
            continue;
        const nc_block *bb = &APR_ARRAY_IDX(m->blocks, before, nc_block);
        if (after < 0) {        /* the page ends: only a quotation's introduction keeps it */
            if (!introduces_quote(bb))
                continue;
            after = before;
        }
        const nc_block *ab = &APR_ARRAY_IDX(m->blocks, after, nc_block);
        int parent = bb->parent, same = parent >= 0 && ab->parent == parent;
        for (int i = a; i <= z && same; i++)
            same = part_of(m, rb[i].index, parent);
        if (!m->is_html && parent < 0 && ab->parent < 0) {
            same = 1;           /* text/plain has no containers: its lines all sit at the top */
            for (int i = a; i <= z && same; i++)
                same = APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).parent < 0;
        }
        if (same && ((article_prose(bb) && (article_prose(ab) || introduces_quote(ab))) || introduces_quote(bb)))
            for (int i = a; i <= z; i++)
                rb[i].strong = 0;
    }
}

/* A table of status codes: the story's reference ("404 | Not Found |
 * Pagina non trovata", "503 | Service Unavailable | ..." row after row in
 * an explainer), not an error page, which states one code. A table whose
 * cells open with three or more different codes (100-599) is one; its
 * cells are no evidence, wherever the table sits in the story. */
#define CODE_TABLE_MIN_CODES 3
#define CODE_TABLE_MAX_CELLS 400

static int cell_code(const nc_block *b)
{
    const char *t = b->text;
    apr_size_t n = b->text_len, k = 0;
    while (k < n && t[k] == ' ')
        k++;
    if (n - k < 3 || t[k] < '1' || t[k] > '5' || t[k + 1] < '0' || t[k + 1] > '9'
        || t[k + 2] < '0' || t[k + 2] > '9' || (k + 3 < n && t[k + 3] != ' '))
        return 0;
    return (t[k] - '0') * 100 + (t[k + 1] - '0') * 10 + (t[k + 2] - '0');
}

static int in_code_table(const nc_docmodel *m, int i)
{
    int t = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    while (t >= 0 && strcmp(APR_ARRAY_IDX(m->blocks, t, nc_block).tag, "table") != 0) {
        const char *tag = APR_ARRAY_IDX(m->blocks, t, nc_block).tag;
        if (strcmp(tag, "tr") != 0 && strcmp(tag, "tbody") != 0 && strcmp(tag, "thead") != 0
            && strcmp(tag, "tfoot") != 0)
            return 0;
        t = APR_ARRAY_IDX(m->blocks, t, nc_block).parent;
    }
    if (t < 0)
        return 0;
    int codes[CODE_TABLE_MIN_CODES], found = 0;
    int last = APR_ARRAY_IDX(m->blocks, t, nc_block).last_desc;
    for (int j = t + 1; j <= last && j <= t + CODE_TABLE_MAX_CELLS && found < CODE_TABLE_MIN_CODES; j++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        int code = (strcmp(c->tag, "td") == 0 || strcmp(c->tag, "th") == 0) ? cell_code(c) : 0;
        int seen = 0;
        for (int k = 0; k < found; k++)
            seen |= codes[k] == code;
        if (code && !seen)
            codes[found++] = code;
    }
    return found >= CODE_TABLE_MIN_CODES;
}

/* A quotation that opens or closes the story: shell blocks wholly inside
 * one block quote right over the story's prose under the quote's own
 * parent ("Page not found. Sorry, the page you are looking for does not
 * exist." quoted above "That was all that thousands of Floridians saw on
 * Monday..."), with nothing shell-ish right before them; or right under
 * it, the quote last in that parent, with nothing shell-ish after them. A
 * shell's own block quote is named for the error (Squid's <blockquote
 * id="error">) or sits among the shell's other lines, not beside a
 * story's paragraph in the story's box. */
static int enclosing_quote(const nc_docmodel *m, int i)
{
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (strcmp(APR_ARRAY_IDX(m->blocks, a, nc_block).tag, "blockquote") == 0)
            return a;
    return -1;
}

static int shellish(const run_block *x)
{
    return x->strong || x->weak || x->medium || x->model;
}

static void keep_story_quotes(const nc_docmodel *m, run_block *rb, int n, int prose_before, int prose_after)
{
    for (int a = 0, z; next_strong_region(rb, n, &a, &z); a = z + 1) {
        int q = enclosing_quote(m, rb[a].index);
        if (q < 0 || nc_block_names_error(m, q))
            continue;
        const nc_block *qb = &APR_ARRAY_IDX(m->blocks, q, nc_block);
        int within = 1;
        for (int i = a; i <= z && within; i++)
            within = rb[i].index > q && rb[i].index <= qb->last_desc;
        if (!within || qb->parent < 0)
            continue;
        int before = a > 0 ? rb[a - 1].index : prose_before, after = z + 1 < n ? rb[z + 1].index : prose_after;
        const nc_block *bb = before >= 0 ? &APR_ARRAY_IDX(m->blocks, before, nc_block) : NULL;
        const nc_block *ab = after >= 0 ? &APR_ARRAY_IDX(m->blocks, after, nc_block) : NULL;
        int opens = ab && ab->parent == qb->parent && article_prose(ab) && !(a > 0 && shellish(&rb[a - 1]));
        int closes = bb && bb->parent == qb->parent && article_prose(bb) && !(z + 1 < n && shellish(&rb[z + 1]))
                     && qb->last_desc == APR_ARRAY_IDX(m->blocks, qb->parent, nc_block).last_desc;
        if (opens || closes)
            for (int i = a; i <= z; i++)
                rb[i].strong = 0;
    }
}

/* "Error 503 first byte timeout" over "first byte timeout": Varnish's and
 * many servers' error title is the code and its reason, and the next line
 * repeats the reason, whatever words it is in. */
static int status_line_over_reason(const nc_block *title, const nc_block *next)
{
    const char *t = title->text, *end = t + title->text_len;
    if (title->words > 10 || next->words > 8 || next->text_len < 3)
        return 0;
    while (t < end && !ascii_letter((unsigned char)*t) && !(*t >= '0' && *t <= '9'))
        t++;
    if (end - t > 5 && (!strncasecmp(t, "error ", 6) || !strncasecmp(t, "http ", 5)))
        t += t[0] == 'h' || t[0] == 'H' ? 5 : 6;
    if (end - t < 5 || (t[0] != '4' && t[0] != '5') || !(t[1] >= '0' && t[1] <= '9')
        || !(t[2] >= '0' && t[2] <= '9') || (t[3] >= '0' && t[3] <= '9'))
        return 0;
    t += 3;
    while (t < end && !ascii_letter((unsigned char)*t) && (unsigned char)*t < 0x80)
        t++;
    const char *n = next->text, *nend = n + next->text_len;
    while (nend > n && (nend[-1] == '.' || nend[-1] == ' ' || nend[-1] == '!'))
        nend--;
    while (end > t && (end[-1] == '.' || end[-1] == ' ' || end[-1] == '!'))
        end--;
    return end - t == nend - n && end > t && strncasecmp(t, n, (size_t)(end - t)) == 0;
}

static int absorbable(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title,
                      const nc_block *b);

/* A few short lines between two shell blocks of one run ("Guru Mediation:",
 * "Details: cache-ams21058-AMS 1732616093", "Type Status Report") are that
 * shell's: a story does not put three one-liners between two error titles. */
#define SHELL_GAP_MAX_BLOCKS 3

/* The <body> block i is in, or -1. */
static int body_of(const nc_docmodel *m, int i)
{
    for (; i >= 0; i = APR_ARRAY_IDX(m->blocks, i, nc_block).parent)
        if (is_tag(&APR_ARRAY_IDX(m->blocks, i, nc_block), "body"))
            return i;
    return -1;
}

static void fill_gaps(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                      run_block *rb, int n, const nc_head *title)
{
    for (int i = 0; i < n; i++) {
        if (!rb[i].strong || i + 1 >= n || rb[i + 1].strong)
            continue;
        int k = i + 1;
        while (k < n && !rb[k].strong && k - i <= SHELL_GAP_MAX_BLOCKS)
            k++;
        if (k >= n || !rb[k].strong)
            continue;
        /* a wrapper whose own stray text is shell-ish does not hold its
         * children in a gap: they are inside it, not between two shell lines */
        int ok = rb[i + 1].index > APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).last_desc;
        /* nor does a page's end: a shell in its body and another glued after
         * its </body> (an error line, a JSON body) hold the footer between */
        ok = ok && body_of(m, rb[i].index) == body_of(m, rb[k].index);
        for (int j = i + 1; j < k && ok; j++)
            ok = absorbable(r, md, title, &APR_ARRAY_IDX(m->blocks, rb[j].index, nc_block));
        for (int j = i + 1; j < k && ok; j++)
            rb[j].strong = 1;
    }
}

/* The longest weak token is a server line ("Apache/2.4.57 (Debian) Server at
 * www.example.org Port 443") of a dozen words. */
#define WEAK_TOKEN_MAX_WORDS 20

/* extra_off[i]: the operator's pattern i hit PCRE2's limit earlier on this
 * page and is not tried again on it (hostile fixture regex.html: 2,000 runs
 * of "aaa...ab" against "^(a+)+$" cost every run the whole match limit). */
/* What the whole-block tests said of a short text. A page repeats its
 * short texts (a menu in the header and again in the footer, "Read more"
 * under every teaser), and these tests read the text alone, so each
 * distinct text is tested once a page, and once a process when a verdict
 * cache is shared across pages (a site's furniture). */
enum { TEXT_STRONG = 1, TEXT_WEAK = 2, TEXT_CATALOG = 4, TEXT_MODEL = 8 };

/* The learned model (shell_model.c) is asked about blocks of a few words
 * up: a shorter one ("Search", "Zurück") is navigation as often as not.
 * Its log-odds must reach 2 (about 88%): leaving each held-out set out of
 * its training, that still found two thirds of the set's shell blocks and
 * called under 2% of the rest shell-like, which the run's structure then
 * keeps (medium evidence; docs/cleaning.md, "The learned model"). */
#define MODEL_MIN_WORDS 3
/* ... and only on a page with a story of its own: a short brief that
 * quotes what an outage page said is all short blocks, and the model's
 * word must never make a page a soft error. */
#define MODEL_MIN_STORY 2
/* ... and not on a page of program source and its documentation (an API
 * reference, a manual's examples: three blocks of source, source_code):
 * the model learned how news pages and their shells are worded, and there
 * it reads a stability note ("This is a nightly-only experimental API.")
 * or a method's one-line summary as a notice. A news explainer quoting
 * code shows a sample or two; a shell glued to a story holds none. */
#define MODEL_MAX_SOURCE 3
#define MODEL_MEDIUM (2 * NC_SHELL_MODEL_SCALE)

/* 16 bytes; texts over 64 KB are not kept (a page repeats short texts). */
typedef struct text_verdict {
    const char  *text;           /* NULL: empty slot */
    apr_uint32_t hash;
    apr_uint16_t len;
    apr_uint16_t flags;          /* TEXT_* */
} text_verdict;

typedef struct text_memo {
    text_verdict *slots;
    apr_size_t mask;
    apr_size_t free;             /* slots left before the table stops taking more */
    nc_verdict_cache *shared;    /* across pages; may be NULL */
} text_memo;

#define TEXT_MEMO_MAX_SLOTS 1024

/* Sized for the blocks a run can hold (short ones, by words): the page's
 * long paragraphs are never looked up, and a table for every block (4 KB
 * at 68 blocks) took the stage pool past its first 8 KB block. A full
 * table only stops remembering: a text is then tested again. */
static void text_memo_init(text_memo *t, apr_pool_t *p, const nc_docmodel *m, nc_verdict_cache *shared)
{
    t->shared = shared;
    apr_size_t size = 16, short_blocks = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        short_blocks += b->text_len > 0 && b->words <= SHELL_MAX_BLOCK_WORDS;
    }
    while (size < 2 * short_blocks && size < TEXT_MEMO_MAX_SLOTS)
        size <<= 1;
    t->slots = apr_pcalloc(p, size * sizeof *t->slots);
    t->mask = size - 1;
    t->free = size - size / 4;
}

/* The length and a few bytes spread over the text: short texts differ in
 * them, and a hit is confirmed with memcmp. */
static apr_uint32_t text_hash(const char *s, apr_size_t n)
{
    apr_uint32_t h = (apr_uint32_t)n * 2654435761u;
    for (apr_size_t i = 0, step = n / 8 + 1; i < n; i += step)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ^ (unsigned char)s[n - 1];
}

/* The slot for s: its entry, or the empty slot it would take; NULL when the
 * table is full and s is not in it. */
static text_verdict *text_memo_slot(const text_memo *t, const char *s, apr_size_t n, apr_uint32_t h)
{
    for (apr_size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        text_verdict *v = &t->slots[i];
        if (!v->text)
            return t->free ? v : NULL;
        if (v->hash == h && v->len == n && memcmp(v->text, s, n) == 0)
            return v;
    }
}

static unsigned text_tests(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                           const nc_block *b)
{
    apr_size_t ms, me;
    text_verdict *v = NULL;
    apr_uint32_t h = 0;
    if (b->text_len > 0 && b->text_len <= 0xffff) {
        h = text_hash(b->text, b->text_len);
        v = text_memo_slot(memo, b->text, b->text_len, h);
        if (v && v->text)
            return v->flags;
    }
    unsigned f = 0;
    if (nc_verdict_cache_get(memo->shared, b->text, b->text_len, &f))
        goto known;
    /* whole-block tokens are a few words: a longer block needs no match */
    if (b->words <= 8 && nc_regex_find(r->strong_token, md, b->text, b->text_len, 0, &ms, &me))
        f |= TEXT_STRONG;
    if (b->words <= WEAK_TOKEN_MAX_WORDS
        && (nc_regex_find(r->weak_token, md, b->text, b->text_len, 0, &ms, &me)
            || (slash_digit(b->text, b->text_len)
                && nc_regex_find(r->server_signature, md, b->text, b->text_len, 0, &ms, &me))
            || (b->words <= BARE_SIGNATURE_MAX_WORDS
                && nc_regex_find(r->bare_signature, md, b->text, b->text_len, 0, &ms, &me))))
        f |= TEXT_WEAK;
    if (!(f & TEXT_STRONG) && nc_catalog_says_error(r->catalog, b->text, b->text_len))
        f |= TEXT_CATALOG;
    if (!(f & (TEXT_STRONG | TEXT_CATALOG)) && b->words >= MODEL_MIN_WORDS
        && b->words <= SHELL_MAX_BLOCK_WORDS
        && nc_shell_model_score(b->text, b->text_len) >= MODEL_MEDIUM
        && nc_shell_model_knows_script(b->text, b->text_len))
        f |= TEXT_MODEL;
    nc_verdict_cache_put(memo->shared, b->text, b->text_len, f);
known:
    if (v) {
        *v = (text_verdict){ b->text, h, (apr_uint16_t)b->text_len, (apr_uint16_t)f };
        memo->free--;
    }
    return f;
}

/* Does b open with a reason phrase as a sentence and go on, if at all, in
 * a shell's words ("Wewnętrzny błąd serwera. Przepraszamy za
 * utrudnienia.")? A story's "Internal server error. That was all the
 * message said." goes on in its own. */
static int reason_leads(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    apr_size_t ms, me, vs, ve;
    if (!nc_regex_find(r->status_reason_lead, md, b->text, b->text_len, 0, &ms, &me))
        return 0;
    const char *rest = b->text + me;
    apr_size_t n = b->text_len - me;
    while (n && (*rest == ' ' || *rest == '\n' || *rest == '\t'))
        rest++, n--;
    return n == 0 || nc_regex_find(r->vocabulary, md, rest, n, 0, &vs, &ve);
}

/* A short block of <br> lines ("Ошибка 403<br>Доступ запрещён<br>Извините,
 * у вас нет прав для просмотра этой страницы."): its text runs the lines
 * together, so no whole-block token and no apology at its start is seen.
 * Its lines are read as a run of their own: a line that is a strong title
 * or a catalog sentence makes the block strong, so does a code over its
 * reason on the next line; a weak line ("Oops!", "Error 404") or a later
 * line that opens with an apology backs a phrase in the block as a
 * neighbour in the run would. */
static void read_lines(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                       const nc_block *b, run_block *rb)
{
    int n = b->nlines + 1;
    nc_block line[NC_MAX_LINE_STARTS + 1];
    unsigned f[NC_MAX_LINE_STARTS + 1];
    apr_size_t ms, me;
    for (int k = 0; k < n; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k + 1 < n ? b->line_starts[k] : b->text_len;
        while (to > from && b->text[to - 1] == ' ')
            to--;
        memset(&line[k], 0, sizeof line[k]);
        line[k].text = b->text + from;
        line[k].text_len = to - from;
        for (apr_size_t c = from; c < to; c++)
            line[k].words += c == from || b->text[c - 1] == ' ';
        f[k] = to > from ? text_tests(r, md, memo, &line[k]) : 0;
    }
    for (int k = 0; k < n; k++) {
        const nc_block *l = &line[k];
        if (f[k] & (TEXT_STRONG | TEXT_CATALOG))
            rb->strong = 1;
        if ((f[k] & TEXT_WEAK)
            || (k > 0 && l->text_len
                && (nc_regex_find(r->apology, md, l->text, l->text_len, 0, &ms, &me)
                    || nc_regex_find(r->coded_lead, md, l->text, l->text_len, 0, &ms, &me))))
            rb->lines_back = 1;
        if (k + 1 < n && (f[k] & TEXT_WEAK) && l->words <= 3) {
            const nc_block *next = &line[k + 1];
            int code = nc_regex_find(r->status_code, md, l->text, l->text_len, 0, &ms, &me);
            int reason = nc_regex_find(r->status_reason, md, l->text, l->text_len, 0, &ms, &me);
            if ((code && next->text_len
                 && (nc_regex_find(r->status_reason, md, next->text, next->text_len, 0, &ms, &me)
                     || (next->words <= SHELL_MAX_BLOCK_WORDS && reason_leads(r, md, next))))
                || (reason && next->text_len
                    && nc_regex_find(r->status_code, md, next->text, next->text_len, 0, &ms, &me)))
                rb->strong = 1;
        }
        if (k + 1 < n && status_line_over_reason(l, &line[k + 1]))
            rb->strong = 1;
    }
}

/* A block of short lines that runs past SHELL_MAX_BLOCK_WORDS only because
 * its lines run together: a shell glued in as bare text or <br> lines
 * ("404 / Oops! Page not found / The page you requested could not be
 * found. / It may have been moved, renamed or deleted. / Back to the
 * homepage / Error 404 - Request ID: ..."). Each line is a title, a button
 * or one sentence; a hard-wrapped paragraph's lines end mid-sentence (a
 * long line that ends no sentence, or a line the next one goes on in
 * lower case: Apache's "This server could not verify that you / are
 * authorized to access the document / requested."), and a line of prose
 * length is a paragraph's. Such a block is weighed line by
 * line (read_lines) like a short one; otherwise it stays article text. */
#define LINED_MAX_WORDS 60          /* the whole block: a notice, not a story */
#define LINED_LINE_MAX_WORDS 20
#define LINED_LINE_MAX_BYTES 180    /* a line of CJK counts one word a space */
#define LINED_LABEL_MAX_WORDS 8     /* a title, button or code line ends no sentence */

/* Is a line past LINED_LINE_MAX_BYTES a paragraph's? A line of Latin or
 * Cyrillic that long is; so is one of CJK (60 ideographs, some 30 words).
 * Thai takes three bytes a letter and four letters a word: its 62-letter
 * "หน้าเว็บที่คุณเรียกอาจถูกลบ ย้ายไปที่อื่น หรือพิมพ์ที่อยู่ไม่ถูกต้อง" is
 * 186 bytes but some 16 words, one sentence of a shell's. Such a line is
 * weighed by its words as doc.c counts them. */
static int lined_line_too_long(const nc_block *line)
{
    if (line->text_len <= LINED_LINE_MAX_BYTES)
        return 0;
    int weighed = nc_weighed_words(line->text, line->text_len, line->words);
    return weighed == line->words || weighed > LINED_LINE_MAX_WORDS;
}

/* Does a line open with a label ("Mohlo by vás zajímat: …", "Читайте
 * также: …", "Veja também: …"): a shell's "you may also like" line over
 * the links it lists, which ends no sentence but goes on no paragraph
 * either? The label's shape is the error report's (error_traces.c). */
static int label_led_line(const nc_block *line)
{
    int bare;
    apr_uint32_t hash;
    return nc_traces_field_labels(line->text, line->text_len, NULL, 0, &bare, &hash, 1) > 0 && !bare;
}

/* Does text start with a lower-case letter: ASCII, Latin-1, Latin
 * Extended-A (its lower case are the odd code points but for the few
 * runs that pair the other way, near enough here), Greek or Cyrillic? */
static int starts_lower(const char *t, apr_size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    if (n == 0)
        return 0;
    if (u[0] < 0x80)
        return u[0] >= 'a' && u[0] <= 'z';
    if (n < 2 || (u[0] & 0xE0) != 0xC0)
        return 0;
    unsigned c = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
    return (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x100 && c <= 0x17F && (c & 1))
           || (c >= 0x3AC && c <= 0x3CE) || (c >= 0x430 && c <= 0x45F);
}

static int short_lines(const nc_block *b)
{
    if (b->nlines < 2 || b->nlines >= NC_MAX_LINE_STARTS || b->words <= SHELL_MAX_BLOCK_WORDS
        || b->words > LINED_MAX_WORDS)
        return 0;
    for (int k = 0; k <= b->nlines; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k < b->nlines ? b->line_starts[k] : b->text_len;
        while (to > from && b->text[to - 1] == ' ')
            to--;
        nc_block line;
        memset(&line, 0, sizeof line);
        line.text = b->text + from;
        line.text_len = (apr_uint32_t)(to - from);
        for (apr_size_t c = from; c < to; c++)
            line.words += c == from || b->text[c - 1] == ' ';
        if (line.words > LINED_LINE_MAX_WORDS || lined_line_too_long(&line)
            || (line.words > LINED_LABEL_MAX_WORDS && !ends_sentence(&line) && !label_led_line(&line))
            || (k > 0 && starts_lower(line.text, line.text_len)))
            return 0;
    }
    return 1;
}

/* A code sample the story shows (an HTTP response in a <pre> between the
 * explainer's paragraphs: "HTTP/1.1 451 Unavailable For Legal Reasons" and
 * its body) is a quotation: a <pre> or <code> block that shares its parent
 * with a long paragraph is no evidence, whatever it says, as a trace or a
 * JSON body beside prose is none (beside_prose). A shell's own <pre> sits
 * in the error document or a box of its own, beside its loose text at most
 * (CloudFront's "Generated by cloudfront" under "Request blocked..."). */
static int beside_paragraph(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    for (int j = parent + 1, last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j != i && b->parent == parent && b->words > SHELL_MAX_BLOCK_WORDS && strcmp(b->tag, NC_RUN_TAG) != 0)
            return 1;
    }
    return 0;
}

static void spare_code_samples(const nc_docmodel *m, run_block *rb, int n, const char *trace_blocks,
                               char *weak_blocks)
{
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        if ((rb[i].strong || rb[i].medium || rb[i].soft || rb[i].weak) && !trace_blocks[rb[i].index]
            && (is_tag(b, "pre") || is_tag(b, "code")) && beside_paragraph(m, rb[i].index))
        {
            rb[i].strong = rb[i].medium = rb[i].soft = rb[i].weak = rb[i].template = rb[i].code = rb[i].reason = 0;
            weak_blocks[rb[i].index] = 0;
        }
    }
}

/* The longest reason phrase a block may be, alone under its code. */
#define STATUS_REASON_MAX_WORDS 8

/* Is block i in the page's sidebar: under an <aside>, or a box whose class
 * or id names a sidebar or a widget ("sidebar", "widget-newsletter",
 * "right-rail")? */
static int in_sidebar(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "sidebar", "widget", "widgets", "rail", NULL };
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (is_tag(c, "body") || is_tag(c, "main") || is_tag(c, "article"))
            return 0;
        if (is_tag(c, "aside"))
            return 1;
        apr_size_t n;
        if (!nc_block_names_error(m, a))
            for (const char *s = c->hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;)
                if (nc_hint_word_is_one_of(w, n, names))
                    return 1;
    }
    return 0;
}

/* A sidebar widget titled in a shell's words (a newsletter called "Page Not
 * Found", a column "Error 404") over a sentence that says nothing a shell
 * says, in the same box: the widget's title, not an error. A shell's title
 * is followed by its explanation, its way out or nothing. */
static int titles_a_widget(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const run_block *rb, const int *idx, int n, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
    if (b->role != NC_ROLE_HEADING || i + 1 >= n || rb[i + 1].strong || rb[i + 1].weak)
        return 0;
    const nc_block *next = &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block);
    return next->parent == b->parent && prose_like(next) && !says_shell_words(r, md, next)
           && in_sidebar(m, idx[i]);
}

/* A status line set one word to a cell (<td>503</td><td>Service</td>
 * <td>Temporarily</td><td>Unavailable</td>): no cell is a token alone.
 * Three or more cells of one row, in the run one after another, each of
 * one or two words, are read as the line they spell; when that line is an
 * error title or a catalog sentence, every cell of it is strong. A story's
 * table of codes is spared later (in_code_table); a row of words is no
 * title. */
#define SPLIT_ROW_MIN_CELLS 3
#define SPLIT_ROW_MAX_CELLS 8
#define SPLIT_CELL_MAX_WORDS 2

static void split_status_rows(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                              text_memo *memo, const nc_docmodel *m, const int *idx, run_block *rb, int n)
{
    for (int i = 0; i < n;) {
        const nc_block *first = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        int row = first->parent, j = i;
        while (j < n && j - i < SPLIT_ROW_MAX_CELLS) {
            const nc_block *c = &APR_ARRAY_IDX(m->blocks, idx[j], nc_block);
            if (c->parent != row || c->words > SPLIT_CELL_MAX_WORDS || rb[j].strong
                || !(is_tag(c, "td") || is_tag(c, "th")))
                break;
            j++;
        }
        if (j - i >= SPLIT_ROW_MIN_CELLS && row >= 0 && is_tag(&APR_ARRAY_IDX(m->blocks, row, nc_block), "tr")) {
            nc_buf line;
            nc_buf_init(&line, p, 64);
            nc_block joined;
            memset(&joined, 0, sizeof joined);
            for (int k = i; k < j; k++) {
                const nc_block *c = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
                if (k > i)
                    nc_buf_append_char(&line, ' ');
                nc_buf_append(&line, c->text, c->text_len);
                joined.words += c->words;
            }
            joined.text = apr_pstrmemdup(p, line.data, line.len);
            joined.text_len = (apr_uint32_t)line.len;
            if (text_tests(r, md, memo, &joined) & (TEXT_STRONG | TEXT_CATALOG))
                for (int k = i; k < j; k++)
                    rb[k].strong = 1;
        }
        i = j > i ? j : i + 1;
    }
}

/* The most words a region the learned model alone backs may hold (judge_run). */
#define MODEL_ONLY_MAX_WORDS 60
#define MODEL_LIST_ITEM_WORDS 12   /* a sentence, no title or button */
#define MODEL_LIST_MIN_ITEMS 8     /* kept like siblings before it in the run */

/* Every match of coded_title_pattern holds its code's "[45]": a headline
 * with neither digit (nearly all) is passed without running it. */
static int holds_4_or_5(const nc_block *b)
{
    return memchr(b->text, '4', b->text_len) || memchr(b->text, '5', b->text_len);
}

/* A FAQ's entries, a live blog's posts, a table of results' cards: boxes
 * of one name and one shape side by side, at least three of them with
 * text. A shell glued to a page is a box of its own, never an entry of
 * such a series whose other entries are no shell: a FAQ's question "What
 * does 'Page not found (404)' mean?" over its answer ("The address may
 * have changed or the service may have been removed...") is the FAQ's, as
 * its other questions are (bt-clean-faq-tr). The name is the first of the
 * box's class names that holds no digit (a post's number) and no layout
 * word ("row", "col"); the shape is its text blocks' tags, in order, so a
 * site builder's content elements ("frame frame-default", "t-rec"), each
 * of its own make, are no series. Tried on the block's own box and the
 * few boxes above it, below the page's or the story's wrapper (body,
 * main, article). A region goes only when one of its blocks is no entry
 * of a series. */
#define SERIES_MIN_OTHERS 2
#define SERIES_MAX_UP 3
#define SERIES_MAX_VISIT 64      /* siblings read a box, at most: a long list costs no more */

static int generic_name(const char *t, apr_size_t n);
static int hint_has_token(const char *hint, const char *t, apr_size_t n);
static int has_text(const nc_docmodel *m, int a);

static int series_name(const char *hint, const char **name, apr_size_t *len)
{
    for (const char *h = hint; *h;) {
        while (*h == ' ')
            h++;
        const char *e = h;
        int digit = 0;
        for (; *e && *e != ' '; e++)
            digit |= *e >= '0' && *e <= '9';
        if (e > h && !digit && !generic_name(h, (apr_size_t)(e - h))) {
            *name = h;
            *len = (apr_size_t)(e - h);
            return 1;
        }
        h = e;
    }
    return 0;
}

/* Do boxes a and b hold the same text blocks, tag for tag? */
static int same_shape(const nc_docmodel *m, int a, int b)
{
    int za = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc, zb = APR_ARRAY_IDX(m->blocks, b, nc_block).last_desc;
    for (int i = a, j = b;; i++, j++) {
        while (i <= za && !candidate(m, &APR_ARRAY_IDX(m->blocks, i, nc_block)))
            i++;
        while (j <= zb && !candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            j++;
        if (i > za || j > zb)
            return i > za && j > zb;
        if (strcmp(APR_ARRAY_IDX(m->blocks, i, nc_block).tag, APR_ARRAY_IDX(m->blocks, j, nc_block).tag) != 0)
            return 0;
    }
}

static int series_entry(const nc_docmodel *m, int i)
{
    int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    for (int up = 0; a >= 0 && up < SERIES_MAX_UP; up++, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *box = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        int parent = box->parent;
        const char *name;
        apr_size_t len;
        if (nc_block_page_or_main(box) || is_tag(box, "article") || parent < 0)
            return 0;
        if (!series_name(box->hint, &name, &len))
            continue;
        int others = 0, seen = 0;
        const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
        for (int j = parent + 1; j <= pb->last_desc && seen++ < SERIES_MAX_VISIT;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (j == a || strcmp(s->tag, box->tag) != 0 || !hint_has_token(s->hint, name, len))
                continue;
            for (int k = j; k <= s->last_desc; k++)
                if (APR_ARRAY_IDX(m->blocks, k, nc_block).verdict != NC_KEEP)
                    return 0;           /* a series of shells is no story's */
            others += has_text(m, j) && same_shape(m, a, j);
        }
        if (others >= SERIES_MIN_OTHERS)
            return 1;
    }
    return 0;
}

/* Is every block of the region rb[i..j) an entry's of a series? */
static int in_series(const nc_docmodel *m, const run_block *rb, int i, int j)
{
    for (; i < j; i++)
        if (!series_entry(m, rb[i].index))
            return 0;
    return 1;
}

static int judge_run(const nc_shell_rules *r, apr_pool_t *p, nc_buf *joined, run_block *rb,
                     pcre2_match_data *md, text_memo *memo, nc_docmodel *m, const int *idx, int n,
                     const apr_array_header_t *extra, char *extra_off, char *weak_blocks,
                     const char *trace_blocks, char *pending, int prose_before, int prose_after,
                     const nc_head *title, int model_on)
{
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        apr_size_t ms, me;
        if (i)
            nc_buf_append_char(joined, ' ');
        rb[i].index = idx[i];
        rb[i].from = joined->len;
        nc_buf_append(joined, b->text, b->text_len);
        rb[i].to = joined->len;
        rb[i].headline = in_title(title, b);
        unsigned f = text_tests(r, md, memo, b);
        rb[i].strong = (f & TEXT_STRONG) != 0;
        rb[i].weak = (f & TEXT_WEAK) != 0;
        /* a sentence of the software's own error pages is as strong as a
         * phrase; quoted, or the page's own <title> (an exhibition called
         * "Seite nicht gefunden"), it is the story's. A second <h1> is not
         * spared: "Page not found (404)" is Django's, above or below a story */
        if ((f & TEXT_CATALOG) && !in_title(title, b))
            rb[i].strong = 1;
        /* an error document's own title (coded_title_pattern): tried only
         * on an <h1> or a pasted <title>, a few a page */
        if (!(f & TEXT_STRONG) && (b->heading_level == 1 || b->role == NC_ROLE_TITLE)
            && !b->boilerplate && b->words <= CODED_TITLE_MAX_WORDS && holds_4_or_5(b)
            && nc_regex_find(r->coded_title, md, b->text, b->text_len, 0, &ms, &me)
            && !is_headline(title, b))
            rb[i].strong = 1;
        rb[i].strong |= trace_blocks[idx[i]];
        if (b->nlines && !rb[i].strong && !rb[i].headline
            && (b->words <= SHELL_MAX_BLOCK_WORDS || short_lines(b)) && !source_code(b))
            read_lines(r, md, memo, b, &rb[i]);
        weak_blocks[idx[i]] = (char)rb[i].weak;
        /* furniture (by tag, or a box named the site's header or menu: a
         * blog's tagline under its name), a list item and the headline are
         * the site's own; so is an unfinished sentence right over the
         * story's prose, a text/plain story's headline under its shell,
         * a paywall's offer ("Este contenido es exclusivo para suscriptores"
         * reads like a 403) and a comment thread's notice ("Sorry, op dit
         * artikel kan niet meer worden gereageerd") */
        rb[i].model = model_on && (f & TEXT_MODEL) && !rb[i].strong && !rb[i].headline && !b->boilerplate
                      && !is_tag(b, "li") && !(i == n - 1 && prose_after >= 0 && !ends_sentence(b))
                      && !in_named_furniture(m, idx[i], -1) && nc_doc_paywall_of(m, idx[i]) < 0
                      && nc_doc_comment_thread_of(m, idx[i]) < 0 && !source_code(b);
        if (rb[i].weak && b->words <= 3) {
            rb[i].code = nc_regex_find(r->status_code, md, b->text, b->text_len, 0, &ms, &me);
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        } else if (rb[i].weak && b->words <= STATUS_REASON_MAX_WORDS) {
            /* a translated reason runs longer ("Przekroczono limit czasu bramy") */
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        } else if (rb[i].strong) {
            rb[i].reason = nc_regex_find(r->status_reason, md, b->text, b->text_len, 0, &ms, &me);
        }
    }
    split_status_rows(r, p, md, memo, m, idx, rb, n);
    /* A story headed by a title an error page could bear ("Access Denied",
     * "Request Denied", "Запрос отклонён"): the page's <title> holds the
     * heading and the story's prose follows it under the same parent,
     * with nothing shell-ish between. A kicker over that headline ("Access
     * denied" over "How a firewall locked out the council") is the story's
     * too, unless it follows a shell-ish line. A title that says a code or
     * "error" ("403 Forbidden") is an error page's, whatever follows it. */
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        if (!rb[i].strong || trace_blocks[idx[i]])
            continue;
        const nc_block *next = i + 1 < n ? &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block) : NULL;
        int kicker = next && b->words <= 3 && !rb[i + 1].strong && !rb[i + 1].weak
                     && !(i > 0 && (rb[i - 1].strong || rb[i - 1].weak))
                     && next->parent == b->parent && next->heading_level == 1 && is_headline(title, next);
        apr_size_t ms, me;
        if (!(kicker || (b->heading_level >= 1 && in_title(title, b)))
            || nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me))
            continue;
        int j = i + 1 + kicker;
        while (j < n && !rb[j].strong && !rb[j].weak
               && !article_prose(&APR_ARRAY_IDX(m->blocks, idx[j], nc_block)))
            j++;
        int story = j < n ? (rb[j].strong || rb[j].weak ? -1 : idx[j]) : prose_after;
        if (story >= 0 && APR_ARRAY_IDX(m->blocks, story, nc_block).parent == b->parent)
            rb[i].strong = 0;
    }
    for (int i = 0; i < n; i++)
        if (rb[i].strong && !trace_blocks[idx[i]] && titles_a_widget(r, md, m, rb, idx, n, i))
            rb[i].strong = 0;
    for (int i = 0; i + 1 < n; i++) {
        const nc_block *next = &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block);
        if ((rb[i].code && rb[i + 1].reason) || (rb[i].reason && rb[i + 1].code)
            || (rb[i].code && !rb[i + 1].reason && next->words <= SHELL_MAX_BLOCK_WORDS
                && reason_leads(r, md, next))
            || status_line_over_reason(&APR_ARRAY_IDX(m->blocks, idx[i], nc_block),
                                       &APR_ARRAY_IDX(m->blocks, idx[i + 1], nc_block)))
            rb[i].strong = rb[i + 1].strong = 1;
    }
    nc_buf_seal(joined);        /* a regex subject from here on (buf.c, NC_BUF_TAIL) */
    mark_triggered_phrases(r, md, memo->shared, joined->data, joined->len, rb, n);
    spare_code_samples(m, rb, n, trace_blocks, weak_blocks);
    for (int i = 0; extra && i < extra->nelts; i++)
        if (!extra_off[i]
            && mark_phrase_matches(nc_pattern_regex(APR_ARRAY_IDX(extra, i, const nc_pattern *)),
                                   NULL, md, joined->data, joined->len, rb, n, 0, 0) < 0)
            extra_off[i] = 1;
    for (int i = 0; i < n; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[i], nc_block);
        if ((rb[i].strong || rb[i].weak || rb[i].medium || rb[i].model)
            && (is_tag(b, "td") || is_tag(b, "th")) && in_code_table(m, idx[i])) {
            rb[i].strong = rb[i].weak = rb[i].medium = rb[i].soft = rb[i].template = rb[i].model = 0;
            rb[i].code = rb[i].reason = rb[i].lines_back = 0;
            weak_blocks[idx[i]] = 0;
        }
    }
    for (int i = 0; i < n; i++)
        rb[i].anchored = rb[i].strong || rb[i].weak || rb[i].medium || rb[i].soft || rb[i].template
                         || rb[i].code || rb[i].reason || rb[i].lines_back;
    back_medium(r, md, m, rb, n, title);
    /* a template sentence or a page-failure phrase ("L'article que vous
     * cherchez n'est plus disponible.") nothing in its run backs, outside
     * prose: a shell in a box it shares (the phrase: its own box) may
     * back it (page_backed), as when a mirror split a theme's 404 around
     * the story */
    if (!inside_prose(m, idx, n, prose_before, prose_after))
        for (int i = 0; i < n; i++)
            if ((rb[i].medium || rb[i].model || (rb[i].template && rb[i].soft)) && !rb[i].strong)
                pending[idx[i]] = rb[i].template ? PENDING_TEMPLATE
                                  : rb[i].model && !rb[i].medium && !rb[i].soft ? PENDING_MODEL
                                  : PENDING_PHRASE;
    if (!spread_from_strong(rb, n))
        return 0;
    fill_gaps(r, md, m, rb, n, title);
    if (inside_prose(m, idx, n, prose_before, prose_after))
        return 0;
    drop_regions_inside_prose(r, md, m, rb, n, prose_before, prose_after);
    keep_story_quotes(m, rb, n, prose_before, prose_after);

    /* A region that only the learned model reads as a shell, its blocks
     * backing each other with nothing a shell says anywhere in it (no
     * phrase, code, token or template sentence), is the model's word
     * alone. A shell in a site's own words sits before the story's prose
     * or after it, never between two runs of it: there the region is the
     * text's own (a manual's short section on error handling; the model
     * learned from news pages and their shells, not from such text). And
     * it is short: the longest such shell in the corpus is 44 words in 4
     * blocks, where a page's list of notes after the story ran to 144
     * words in 6 blocks that a model retrained on more pages read as
     * shell-like, one by one. */
    int between_prose = prose_before >= 0 && prose_after >= 0;
    int regions = 0;
    for (int i = 0; i < n;) {
        int j = i, anchored = 0;
        for (; j < n && rb[j].strong; j++)
            anchored |= rb[j].anchored;
        if (j == i) {
            i++;
            continue;
        }
        int words = 0;
        for (int k = i; k < j; k++)
            words += APR_ARRAY_IDX(m->blocks, rb[k].index, nc_block).words;
        /* and it is no item of a list whose items before it stay: the
         * 1,500th "Archive note 1500: ..." paragraph of an archive, a
         * sibling of the same tag just before it in the run */
        int list_item = !anchored && i >= MODEL_LIST_MIN_ITEMS;
        const nc_block *first = &APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block);
        list_item = list_item && first->words >= MODEL_LIST_ITEM_WORDS;
        for (int k = i - 1; list_item && k >= i - MODEL_LIST_MIN_ITEMS; k--) {
            const nc_block *prev = &APR_ARRAY_IDX(m->blocks, rb[k].index, nc_block);
            list_item = !rb[k].strong && prev->parent == first->parent && strcmp(prev->tag, first->tag) == 0
                        && prev->words >= MODEL_LIST_ITEM_WORDS;
        }
        if ((!anchored && (between_prose || words > MODEL_ONLY_MAX_WORDS || list_item))
            || in_series(m, rb, i, j)) {
            for (; i < j; i++)
                pending[rb[i].index] = 0;
            continue;
        }
        regions++;
        for (; i < j; i++)
            APR_ARRAY_IDX(m->blocks, rb[i].index, nc_block).verdict = NC_SHELL;
    }
    return regions;
}

/* A run's joined text and its blocks' readings are on the heap, of their
 * size, given back once the run is judged: in the stage pool every run's
 * stayed to the stage's end, with the joined text's doublings, and took
 * the pool past its first 8 KB block on a small page of a few runs. */
static int mark_run(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md, text_memo *memo,
                    nc_docmodel *m, const int *idx, int n, const apr_array_header_t *extra,
                    char *extra_off, char *weak_blocks, const char *trace_blocks, char *pending,
                    int prose_before, int prose_after, const nc_head *title, int model_on)
{
    apr_size_t len = (apr_size_t)n;              /* the spaces between texts, the NUL */
    for (int i = 0; i < n; i++)
        len += APR_ARRAY_IDX(m->blocks, idx[i], nc_block).text_len;
    nc_buf joined;
    nc_buf_init(&joined, p, 1);
    nc_buf_presize(&joined, len);
    static char none[1];                         /* elts before the heap's */
    apr_array_header_t readings = { p, sizeof(run_block), 0, 0, none };
    void **readings_heap = NULL;
    nc_array_reserve_heap(&readings, &readings_heap, n);
    run_block *rb = (run_block *)(void *)readings.elts;
    memset(rb, 0, sizeof(run_block) * (apr_size_t)n);
    int regions = judge_run(r, p, &joined, rb, md, memo, m, idx, n, extra, extra_off, weak_blocks,
                            trace_blocks, pending, prose_before, prose_after, title, model_on);
    nc_array_release(&readings, &readings_heap);
    nc_buf_release(&joined);
    return regions;
}

/* Does a class or id name the element as an error message? Whole name parts
 * only ("error-page", "err_box", "notfound", "page-404"), so "terrorism" is not. */
int nc_hint_names_error(const char *hint)
{
    apr_size_t n;
    /* by the first letter first: this is asked of most blocks' names */
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;) {
        int named;
        switch (w[0]) {
        case 'e':
            named = (n >= 5 && memcmp(w, "error", 5) == 0) || (n == 3 && memcmp(w, "err", 3) == 0)
                 /* the same in the class names of other languages' themes:
                  * "fehler-seite", "erreur", "erro", "fout", "blad",
                  * "hata-sayfasi", "oshibka", "pomylka" */
                 || (n >= 6 && memcmp(w, "erreur", 6) == 0) || (n == 4 && memcmp(w, "erro", 4) == 0)
                 /* Hungarian, Czech and Romanian: "hibauzenet", "chyba-stranky", "eroare" */
                 || (n >= 6 && memcmp(w, "eroare", 6) == 0);
            break;
        case 'f':
            /* Dutch writes its compounds as one word: "foutpagina", "foutmelding" */
            named = (n >= 6 && memcmp(w, "fehler", 6) == 0) || (n >= 4 && memcmp(w, "fout", 4) == 0);
            break;
        case 'b':
            named = n == 4 && memcmp(w, "blad", 4) == 0;
            break;
        case 'h':
            named = (n == 4 && memcmp(w, "hata", 4) == 0) || (n >= 4 && memcmp(w, "hiba", 4) == 0);
            break;
        case 'o':
            named = n >= 7 && memcmp(w, "oshibka", 7) == 0;
            break;
        case 'p':
            named = n >= 7 && memcmp(w, "pomylka", 7) == 0;
            break;
        case 'c':
            named = n >= 5 && memcmp(w, "chyba", 5) == 0;
            break;
        case 'n':
            named = (n >= 8 && memcmp(w, "notfound", 8) == 0)
                 || (n == 3 && memcmp(w, "not", 3) == 0
                     && (strncmp(s, "-found", 6) == 0 || strncmp(s, "_found", 6) == 0));
            break;
        case 'u':
            named = n == 11 && memcmp(w, "unavailable", 11) == 0;
            break;
        case '4':
        case '5':
            named = n == 3 && w[1] >= '0' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9';
            break;
        default:
            named = 0;
        }
        if (named)
            return 1;
    }
    return 0;
}

static int block_hint_names_error(const nc_docmodel *m, int i)
{
    const char *hint = APR_ARRAY_IDX(m->blocks, i, nc_block).hint;
    return hint[0] && nc_hint_names_error(hint);
}

int nc_block_names_error(const nc_docmodel *m, int i)
{
    return nc_doc_names(m, i, NC_NAMES_ERROR, block_hint_names_error);
}

/* The search for an error-named box stops at body, html and main
 * (nc_block_page_or_main): past them a box holds the story, whatever its
 * name. */

/* The element that holds block i and names itself an error message, or -1. */
static int error_container_of(const nc_docmodel *m, int i)
{
    return nc_doc_named_around(m, i, NC_NAMES_ERROR, block_hint_names_error);
}

/* --- growth: a confident shell takes its own short furniture ---------------- */

/* Could block b be part of a shell next to it? Short, not the headline, and
 * either no sentence at all ("Torna alla home", a search box, "Ops!") or a
 * sentence in a shell's own words ("It may have been moved or deleted."). */
/* Does a class or id name the block a breadcrumb trail ("breadcrumb",
 * "mod-breadcrumbs", "crumbs", "fil-ariane", "brotkrumen", "kruimelpad")? */
static int hint_names_breadcrumb(const char *hint)
{
    static const char *const prefixes[] = { "breadcrumb", "crumb", "ariane", "brotkrum", "migas",
                                            "briciol", "kruimel", "okruszk", "kroshk", NULL };
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;)
        for (int k = 0; prefixes[k]; k++)
            if (n >= strlen(prefixes[k]) && strncmp(w, prefixes[k], strlen(prefixes[k])) == 0)
                return 1;
    return 0;
}

/* A trail by its text, whatever its class ("nav", "pos", none): three or
 * more short steps joined by " > ", " » " or " › " ("首页 > 杭州 > 交通"). */
#define TRAIL_MAX_WORDS 12

static int breadcrumb_text(const nc_block *b)
{
    static const char *const seps[] = { " > ", " \xC2\xBB ", " \xE2\x80\xBA ", NULL };
    if (b->words > TRAIL_MAX_WORDS)
        return 0;
    for (int k = 0; seps[k]; k++) {
        apr_size_t n = strlen(seps[k]);
        int steps = 0;
        for (const char *t = b->text, *end = b->text + b->text_len;
             (t = memmem(t, (apr_size_t)(end - t), seps[k], n)) != NULL; t += n)
            steps++;
        if (steps >= 2)
            return 1;
    }
    return 0;
}

static int absorbable(const nc_shell_rules *r, pcre2_match_data *md, const nc_head *title,
                      const nc_block *b)
{
    apr_size_t ms, me;
    /* a breadcrumb trail is the site's navigation ("Home > Local" says
     * "home" as a shell's link back does), unless it names the failure
     * (a 404 template's "Home » Error 404") */
    return b->verdict == NC_KEEP && b->words <= SHELL_MAX_BLOCK_WORDS && !is_headline(title, b)
           && (!prose_like(b) || says_shell_words(r, md, b))
           && (((!*b->hint || !hint_names_breadcrumb(b->hint)) && !breadcrumb_text(b))
               || nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me));
}

/* Unmarked words a shell container may hold besides its shell blocks. */
#define SHELL_GROWTH_MAX_WORDS 60

/* A box never reaches over the page's furniture or its story container. */
static int box_boundary(const nc_block *b)
{
    return is_tag(b, "nav") || is_tag(b, "footer") || is_tag(b, "aside") || is_tag(b, "main")
        || is_tag(b, "article");
}

/* A <footer> of a few words that holds a copyright line: a block page's own
 * foot inside its box (Sucuri's "(c) 2026 Sucuri Inc. All rights reserved.
 * Privacy" under its table), no boundary of the page's. The page's own
 * footer holds more, or sits outside any shell's box. */
#define BOX_FOOTER_MAX_WORDS 12

static int boxed_footer(const nc_docmodel *m, int j)
{
    const nc_block *f = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    int words = 0, copyright = 0;
    if (!is_tag(f, "footer"))
        return 0;
    for (int k = j; k <= f->last_desc; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (box_boundary(b) && k > j)
            return 0;
        words += b->words;
        copyright |= b->text_len > 0 && nc_doc_copyright_line(b);
    }
    return copyright && words <= BOX_FOOTER_MAX_WORDS;
}

/* Is container a nothing but a shell: shell blocks plus absorbable ones, no
 * navigation, footer or aside, no article prose, no headline? */
static int shell_container(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int a)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc, extra = 0;
    for (int j = a + 1; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b))
            return 0;
        if (!candidate(m, b) || b->verdict == NC_SHELL)
            continue;
        if (!absorbable(r, md, title, b))
            return 0;
        extra += b->words;
    }
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    return extra <= SHELL_GROWTH_MAX_WORDS && (c->text_len == 0 || absorbable(r, md, title, c));
}

static int mark_block(nc_block *b)
{
    b->verdict = NC_SHELL;
    return 1;
}

/* Growth never reaches the page's or the story's own wrapper. */
static int page_level(const nc_block *c)
{
    /* the first letter first: asked of every named box */
    switch (c->tag[0]) {
    case 'b':
        return is_tag(c, "body");
    case 'h':
        return is_tag(c, "html");
    case 'm':
        return is_tag(c, "main");
    case 'a':
        return is_tag(c, "article");
    default:
        return 0;
    }
}

/* Marks the candidate blocks inside container best, the result of a growth
 * (memo[best] == 2 once done: another seed's growth may reach it too).
 * Returns blocks marked, or -1 when no container qualified. */
static int mark_grown(nc_docmodel *m, signed char *memo, int best)
{
    if (best < 0)
        return -1;
    if (memo[best] == 2)
        return 0;
    memo[best] = 2;
    int marked = 0, last = APR_ARRAY_IDX(m->blocks, best, nc_block).last_desc;
    for (int j = best; j <= last; j++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b) && b->verdict == NC_KEEP)
            marked += mark_block(b);
    }
    return marked;
}

/* What a container must be for growth from a shell block to take it: 0
 * not, 1 yes, or GROW_THROUGH: no verdict of its own, look at the next
 * container up (a wrapper that holds the shell block alone). */
#define GROW_THROUGH 3

typedef int container_test(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int a);

/* A layout table's row (HTML 3.2 pages: menu | content | headlines): a
 * cell other than the one growth came up through holds two or more text
 * blocks no shell test marked. Those are the page's columns; an error
 * table's label and value cells hold one line each. */
static int layout_row(const nc_docmodel *m, int row, int via)
{
    int last = APR_ARRAY_IDX(m->blocks, row, nc_block).last_desc;
    for (int c = row + 1; c <= last; c = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc + 1) {
        if (c == via)
            continue;
        int texts = 0, cell_last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
        for (int j = c; j <= cell_last && texts < 2; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            texts += b->text_len > 0 && b->verdict == NC_KEEP;
        }
        if (texts >= 2)
            return 1;
    }
    return 0;
}

/* From shell block i, the largest enclosing container (below body, html,
 * main, article and a layout table's row) that passes test, each answer
 * kept in memo: all of its candidate blocks go. Returns blocks marked, or
 * -1 when none passes. */
static int grow_to(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                   const nc_head *title, signed char *memo, int i, container_test *test, int *took)
{
    int best = -1;
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, via = i; a >= 0;
         via = a, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (page_level(c) || (is_tag(c, "tr") && layout_row(m, a, via)))
            break;
        if (memo[a] < 0)
            memo[a] = (signed char)test(r, md, m, title, a);
        if (!memo[a])
            break;
        if (memo[a] == GROW_THROUGH)
            continue;
        best = a;
    }
    *took = best;
    return mark_grown(m, memo, best);
}

/* A shell whose blocks sit straight in the page's body or in the story's own
 * wrapper: its siblings on either side go while each is absorbable *and* says
 * something a shell says (a weak token, shell words: "Additionally, a 404 Not
 * Found error was encountered...", "Apache/2.4.57 Server at..."). The first
 * sibling that is not, or that holds other blocks, stops it. */
static int grow_in_siblings(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                            const nc_head *title, const char *weak_blocks, const char *seed, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent, marked = 0;
    int named_shell = nc_block_names_error(m, i);
    for (int dir = -1; dir <= 1; dir += 2) {
        int j = i;
        for (;;) {
            if (dir > 0) {
                int last = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc;
                j = last > j ? last + 1 : j + 1;
            } else {
                int k = j - 1;
                while (k >= 0 && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != parent
                       && APR_ARRAY_IDX(m->blocks, k, nc_block).depth
                          > APR_ARRAY_IDX(m->blocks, j, nc_block).depth)
                    k--;
                j = k;
            }
            if (j < 0 || j >= m->blocks->nelts)
                break;
            nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (b->parent != parent)
                break;
            int text = 0;
            for (int k = j + 1; k <= b->last_desc && !text; k++)
                text = APR_ARRAY_IDX(m->blocks, k, nc_block).text_len > 0;
            if (text)
                break;                      /* a wrapper of other blocks: not ours to judge */
            if (!candidate(m, b))
                continue;
            if (seed[j])
                break;                      /* it grows on its own */
            if (b->verdict == NC_SHELL)
                continue;
            apr_size_t ms, me;
            /* the theme's next line of the same error message: the shell
             * and it each named so by their own class ("td-404-title",
             * "td-404-sub-sub-title": "Może pomoże Ci nasza strona główna.") */
            int same_message = named_shell && nc_block_names_error(m, j)
                            && b->words <= SHELL_MAX_BLOCK_WORDS && !is_headline(title, b);
            if (!same_message
                && (!absorbable(r, md, title, b) || !(weak_blocks[j] || says_shell_words(r, md, b))
                    || (prose_like(b) && !nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me))))
                break;
            marked += mark_block(b);
        }
    }
    return marked;
}

/* A shell split over sibling boxes (a theme's title box "Hoppá!", its
 * message box, its box of links "Vissza a címlapra · Keresés"): once a
 * box grew whole, each sibling element next to it goes too while it is
 * small, holds no furniture and no headline, and each of its blocks is
 * absorbable and says what a shell says (a weak token or shell words).
 * The first sibling that is not stops the walk on that side. */
#define SIBLING_BOX_MAX_WORDS 16
#define SIBLING_BOX_MAX_BLOCKS 40     /* a hostile page nests thousands */

/* A shell's box of ways out says them in a few words, no question, with
 * no separators: the site's bar of section links ("Home | News | Local",
 * "You are here: Home > News"), its "Spotted an error? Tell us" and its
 * menu of ten links say "home" and "error" too. */
#define WAY_OUT_MAX_WORDS 8

static int way_out_links(const nc_block *b)
{
    if (b->words > WAY_OUT_MAX_WORDS)
        return 0;
    for (apr_size_t k = 0; k < b->text_len; k++)
        if (strchr("|>?:", b->text[k]) && b->text[k])
            return 0;
    return !memmem(b->text, b->text_len, "\xC2\xBB", 2) && !memmem(b->text, b->text_len, "\xE2\x80\xBA", 3)
        && !memmem(b->text, b->text_len, "\xEF\xBC\x9F", 3) && !memmem(b->text, b->text_len, "\xEF\xBC\x9A", 3);
}

static int shell_sibling_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                             const nc_head *title, const char *weak_blocks, int j)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    int words = 0, texts = 0;
    if (c->last_desc - j > SIBLING_BOX_MAX_BLOCKS || names_furniture(m, j))
        return 0;
    for (int k = j; k <= c->last_desc; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (box_boundary(b))
            return 0;
        if (!candidate(m, b) || b->verdict == NC_SHELL)
            continue;
        if (b->verdict != NC_KEEP || !absorbable(r, md, title, b)
            || !(weak_blocks[k] || (way_out_links(b) && says_shell_words(r, md, b))))
            return 0;
        words += b->words;
        texts++;
        if (words > SIBLING_BOX_MAX_WORDS)
            return 0;
    }
    return texts > 0;
}

static int grow_to_sibling_boxes(const nc_shell_rules *r, pcre2_match_data *md, nc_docmodel *m,
                                 const nc_head *title, const char *weak_blocks, int box)
{
    int parent = APR_ARRAY_IDX(m->blocks, box, nc_block).parent, marked = 0;
    if (parent < 0)
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        int j = box;
        for (;;) {
            if (dir > 0)
                j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1;
            else {
                int k = j - 1;
                while (k > parent && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != parent)
                    k--;
                j = k;
            }
            if (j <= parent || j >= m->blocks->nelts || APR_ARRAY_IDX(m->blocks, j, nc_block).parent != parent)
                break;
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            int text = s->text_len > 0;
            for (int k = j + 1; k <= s->last_desc && !text; k++)
                text = APR_ARRAY_IDX(m->blocks, k, nc_block).text_len > 0;
            if (!text)
                continue;                   /* an empty spacer or image */
            if (!shell_sibling_box(r, md, m, title, weak_blocks, j))
                break;
            for (int k = j; k <= s->last_desc; k++) {
                nc_block *b = &APR_ARRAY_IDX(m->blocks, k, nc_block);
                if (candidate(m, b) && b->verdict == NC_KEEP)
                    marked += mark_block(b);
            }
        }
    }
    return marked;
}

/* A shell's box: an element with no headline and no page furniture in it
 * (nav, footer, aside, main, article), of at most 300 words, that is either
 *  - weighed by the shell: no long block, and the shell's own blocks are at
 *    least a third of the words (Firebase's "Why am I seeing this?" and its
 *    note under "Page Not Found" go with it, even as sentences in no
 *    shell's words), or
 *  - led by it: its first block is a shell's title (a heading or a line of
 *    at most 8 words) and it holds at most one long block that is no trace
 *    (IIS's "Most likely causes" and "Things you can try" lists under "HTTP
 *    Error 404.0 - Not Found"; GitHub Pages' explanation under "404"),
 *    besides list items of at most 80 words in a shell's words (cPanel's
 *    reasons under "SORRY!"). An error document starts with its title; a
 *    story does not start with one.
 * A story's box holds its headline or its long paragraphs, so it is never
 * one; the ratio keeps a brief that happens to hold one error line. */
#define SHELL_BOX_MAX_WORDS 300
#define SHELL_BOX_WEIGHED_MAX_WORDS 200
/* Paragraphs of prose in no shell's words: a Korean story's paragraphs hold
 * 15 to 30 words each (a word there is a whole inflected phrase), under the
 * long-block bar, so three of them make the box a story's, whatever leads it
 * (API Gateway's {"message":"Internal server error"} over a story). */
#define SHELL_BOX_MAX_SENTENCES 3
#define SHELL_BOX_MAX_BLOCKS 400      /* empty wrappers too: a hostile page nests thousands */

/* A shell block whose own text trails its first child, a shell heading
 * (IIS 6's one cell: its <h1> "The page cannot be found", then its bare
 * "The page you are looking for might have been removed..."): led by it. */
static int led_inside(const nc_docmodel *m, int j)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
    for (int k = j + 1; k <= b->last_desc; k++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, k, nc_block);
        if (!candidate(m, c))
            continue;
        return c->verdict == NC_SHELL && c->role == NC_ROLE_HEADING;
    }
    return 0;
}

/* An item of a led box's list of reasons (cPanel's "It is possible you have
 * reached this page because:" over "The IP address has changed. ... Check
 * your DNS settings..."): a list item of at most 80 words in a shell's
 * words, which the led box may hold besides its one long block. */
#define EXPLAINS_MAX_WORDS 80

static int explains(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    return is_tag(b, "li") && b->words <= EXPLAINS_MAX_WORDS && says_shell_words(r, md, b);
}

/* A story printed as <br>-parted lines is one block (a brief glued under
 * "503 Service Unavailable" in a legacy table cell): in a shell's box each
 * of its lines weighs as the paragraph it is. Adds the block's long lines
 * to *longs (one at least: the block is long) and the prose lines no shell
 * word explains to *sentences. */
static void weigh_long_block(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b,
                             int *longs, int *sentences)
{
    int long_lines = 0;
    for (int k = 0; b->nlines && k <= b->nlines; k++) {
        apr_size_t from = k ? b->line_starts[k - 1] : 0;
        apr_size_t to = k < b->nlines ? b->line_starts[k] : b->text_len, ms, me;
        if (to > b->text_len || from >= to)
            continue;
        int words = words_outside(b->text, from, to, 0, 0);
        if (words > SHELL_MAX_BLOCK_WORDS)
            long_lines++;
        else if (words >= PROSE_MIN_WORDS && nc_text_ends_sentence(b->text + from, to - from)
                 && !nc_regex_find(r->vocabulary, md, b->text + from, to - from, 0, &ms, &me))
            (*sentences)++;
    }
    *longs += long_lines > 1 ? long_lines : 1;
}

static int shell_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                     const nc_head *title, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int shell = 0, total = 0, blocks = 0, longs = 0, led = -1, untitled = 0, sentences = 0;
    if (c->last_desc - a > SHELL_BOX_MAX_BLOCKS)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j > a && box_boundary(b) && !boxed_footer(m, j))
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_SHELL && b->verdict != NC_KEEP)
            return 0;                       /* a copy: dedup's to judge */
        /* an <h1> that is the headline only by being the page's first
         * (the <title> does not hold it) and that the shell's own words
         * made a shell ("Vi utfører planlagt vedlikehold") titles the box */
        if (is_headline(title, b)) {
            if (!(b->verdict == NC_SHELL && !in_title(title, b)))
                return 0;
            untitled = 1;
        }
        if (led < 0)
            led = b->verdict == NC_SHELL && (b->role == NC_ROLE_HEADING || b->role == NC_ROLE_TITLE
                                             || b->words <= 8 || led_inside(m, j));
        blocks++;
        total += b->words;
        if (total > SHELL_BOX_MAX_WORDS)
            return 0;
        if (b->verdict == NC_SHELL)
            shell += b->words;
        else if (b->words > SHELL_MAX_BLOCK_WORDS && !(led > 0 && explains(r, md, b))) {
            weigh_long_block(r, md, b, &longs, &sentences);
            if (longs > 1 || sentences >= SHELL_BOX_MAX_SENTENCES)
                return 0;
        } else if (prose_like(b) && !says_shell_words(r, md, b) && ++sentences >= SHELL_BOX_MAX_SENTENCES)
            return 0;                       /* a story's paragraphs, each short in words */
    }
    if (blocks < 2)
        return shell == total && blocks == 1 ? GROW_THROUGH : 0;   /* Azure's <div id="header"><h1>... */
    /* under such an <h1>, a paragraph no shell's words explain may be the
     * page's only story ("404 Not Found" glued over a one-paragraph brief) */
    if (untitled && longs)
        return 0;
    return led > 0 || (!longs && total <= SHELL_BOX_WEIGHED_MAX_WORDS && shell * 3 >= total);
}


static int grow_shells(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                       nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int nblocks = m->blocks->nelts, grown = 0;
    char *seed = apr_pcalloc(p, (apr_size_t)nblocks);
    signed char *checked = apr_palloc(p, (apr_size_t)nblocks * 2);
    memset(checked, -1, (apr_size_t)nblocks * 2);
    signed char *boxed = checked + nblocks;
    for (int i = 0; i < nblocks; i++)
        seed[i] = APR_ARRAY_IDX(m->blocks, i, nc_block).verdict == NC_SHELL;
    for (int i = 0; i < nblocks; i++) {
        if (!seed[i])
            continue;
        int box, boxed_box;
        int n = grow_to(r, md, m, title, checked, i, shell_container, &box);
        int boxed_n = grow_to(r, md, m, title, boxed, i, shell_box, &boxed_box);
        if (n < 0 && boxed_n >= 0)
            n = 0;
        if (n < 0)
            n = grow_in_siblings(r, md, m, title, weak_blocks, seed, i);
        n += boxed_n > 0 ? boxed_n : 0;
        /* a box grown whole (the outer of the two): the shell's other
         * boxes beside it */
        if (boxed_n < 0 || (box >= 0 && box < boxed_box))
            boxed_box = box;
        if (boxed_box >= 0)
            n += grow_to_sibling_boxes(r, md, m, title, weak_blocks, boxed_box);
        grown += n;
    }
    return grown;
}

/* Does the subtree of a hold article text: a long block or the headline?
 * memo[a]: -1 not looked at yet, else the answer (error containers are small,
 * but a hostile page may nest thousands of blocks in one). */
static int holds_article(const nc_docmodel *m, const nc_head *title, signed char *memo, int a)
{
    if (memo[a] >= 0)
        return memo[a];
    memo[a] = 1;
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int j = a; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b))
            return 1;
    }
    return memo[a] = 0;
}

/* Block i sits in error-named container c, but not inside a part of c that
 * holds the article (the story wrapped by the shell's div.error-page). When
 * the article's own paragraphs sit straight in c, only weak blocks are sure. */
static int shell_part_of(const nc_docmodel *m, const nc_head *title, signed char *memo,
                         signed char *direct, int i, int c, int weak)
{
    for (int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent; a != c;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (holds_article(m, title, memo, a))
            return 0;
    if (weak)
        return 1;
    if (direct[c] < 0) {
        int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
        direct[c] = 0;
        for (int j = c + 1; j <= last && !direct[c]; j++) {
            const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            direct[c] = b->parent == c && b->verdict != NC_SHELL      /* a shell's title is no headline */
                        && (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b));
        }
    }
    return !direct[c];
}

/* An error-named box with no shell block of its own but only a few words that
 * are no sentence (the "Перейти на главную" box after the story, whose phrase
 * box came before it): on a page that has a shell, it is that shell's. */
#define ERROR_BOX_MAX_WORDS 12

/* Does a class or id name a missing page ("map-404", "page-not-found"),
 * not just an error ("error-report" may hold "Found an error? Tell us.")? */
static int hint_names_missing(const char *hint)
{
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;) {
        if ((n == 3 && w[0] == '4' && w[1] == '0' && (w[2] == '4' || w[2] == '3'))
            || (n == 3 && w[0] == '4' && w[1] == '1' && w[2] == '0')
            || (n >= 8 && strncmp(w, "notfound", 8) == 0)
            || (n == 3 && strncmp(w, "not", 3) == 0 && (strncmp(s, "-found", 6) == 0 || strncmp(s, "_found", 6) == 0)))
            return 1;
    }
    return 0;
}

/* In a box named for a missing page, a short sentence in a shell's own
 * words may be the shell's too: Bitrix's "Воспользуйтесь поиском или
 * перейдите на главную страницу." under its map of the site. */
static int small_error_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                           const nc_head *title, int c)
{
    int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc, words = 0, missing = -1;
    for (int j = c; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_KEEP)
            return 0;
        if (b->words > 2 && ends_sentence(b)) {     /* "Mais…", "More…" is a button, no sentence */
            if (missing < 0)
                missing = hint_names_missing(APR_ARRAY_IDX(m->blocks, c, nc_block).hint);
            if (!missing || !absorbable(r, md, title, b) || !says_shell_words(r, md, b))
                return 0;
        }
        words += b->words;
    }
    return words > 0 && words <= ERROR_BOX_MAX_WORDS;
}

/* Does a class or id name the page's own furniture ("header", "site-nav",
 * "masthead", "topbar"), and no error? */
static int hint_names_furniture(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "header", "nav", "navbar", "navigation", "menu", "masthead",
                                         "topbar", "gnav", "globalnav", NULL };
    const char *hint = APR_ARRAY_IDX(m->blocks, i, nc_block).hint;
    if (!*hint || nc_block_names_error(m, i))
        return 0;
    apr_size_t n;
    for (const char *s = hint, *w; (w = nc_hint_next_word(&s, 1, &n)) != NULL;)
        if (nc_hint_word_is_one_of(w, n, names))
            return 1;
    return 0;
}

/* hint_names_furniture, read once a page (doc.h) */
static int names_furniture(const nc_docmodel *m, int i)
{
    return nc_doc_names(m, i, NC_NAMES_FURNITURE, hint_names_furniture);
}

/* Around the story (the error-named box holds the article too), the site's
 * own masthead or menu inside the theme's error wrapper is the site's: a
 * block that says nothing a shell says, in or under a box named as page
 * furniture, stays. */
static int in_named_furniture(const nc_docmodel *m, int i, int c)
{
    for (int a = i; a != c && a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (names_furniture(m, a))
            return 1;
    return 0;
}

/* Is block f a search form with no word in it (its button's label is an
 * attribute) right after a shell block of its parent: Bitrix's search box
 * under "Вы можете перейти на главную страницу или воспользоваться поиском"?
 * Without a word it is no candidate, so no run or growth reaches it. */
static int wordless_form_after_shell(const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted || b->end == NC_BLOCK_OPEN
        || b->parent < 0 || f == 0)
        return 0;
    for (int j = f; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).text_len > 0)
            return 0;
    int k = f - 1;
    while (k >= 0 && APR_ARRAY_IDX(m->blocks, k, nc_block).parent != b->parent)
        k = APR_ARRAY_IDX(m->blocks, k, nc_block).parent;
    return k > b->parent && APR_ARRAY_IDX(m->blocks, k, nc_block).verdict == NC_SHELL;
}

/* A shell wrapped around the article has its parts on both sides of the story:
 * a block ("Back to the home page", the search box) that no run joins to
 * strong evidence still belongs to the shell when it shares an error-named
 * container with it and is weak or absorbable, outside the article's part. */
static int spread_in_error_containers(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                                      nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int regions = 0, nblocks = m->blocks->nelts;
    signed char *holds_shell = NULL;      /* per container: -1 not looked at yet, 0, 1, 2 */
    signed char *memo = NULL, *direct = NULL;
    /* error_container_of for every block in one pass (parents come first):
     * asked of each candidate, the walk up read every ancestor's names */
    int *error_box = apr_palloc(p, (apr_size_t)nblocks * sizeof *error_box);
    for (int i = 0; i < nblocks; i++) {
        int a = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
        const nc_block *c = a >= 0 ? &APR_ARRAY_IDX(m->blocks, a, nc_block) : NULL;
        error_box[i] = !c || nc_block_page_or_main(c) ? -1 : nc_block_names_error(m, a) ? a : error_box[a];
    }
    for (int i = 0; i < nblocks; i++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->verdict != NC_KEEP || (!candidate(m, b) && strcmp(b->tag, "form") != 0))
            continue;
        /* the nearest error-named box that holds a shell: a theme's
         * "error-foot" inside its "error-wrap" holds none of its own */
        int c = error_box[i];
        for (; c >= 0; c = error_box[c]) {
            if (!holds_shell) {
                holds_shell = apr_palloc(p, (apr_size_t)nblocks * 3);
                memset(holds_shell, -1, (apr_size_t)nblocks * 3);
                memo = holds_shell + nblocks;
                direct = memo + nblocks;
            }
            if (holds_shell[c] < 0) {
                int last = APR_ARRAY_IDX(m->blocks, c, nc_block).last_desc;
                holds_shell[c] = 0;
                for (int j = c + 1; j <= last && !holds_shell[c]; j++)
                    holds_shell[c] = APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL;
                if (!holds_shell[c] && small_error_box(r, md, m, title, c))
                    holds_shell[c] = 2;
            }
            if (holds_shell[c])
                break;
        }
        if (c < 0)
            continue;
        if (!candidate(m, b)) {
            /* a wordless search form is the shell's when it follows one of
             * the shell's blocks inside the same error-named box */
            if (holds_shell[c] == 1 && wordless_form_after_shell(m, i)) {
                b->verdict = NC_SHELL;
                regions++;
            }
            continue;
        }
        if (holds_shell[c] == 2 || ((weak_blocks[i] || absorbable(r, md, title, b))
                                    && shell_part_of(m, title, memo, direct, i, c, weak_blocks[i])
                                    && (weak_blocks[i] || !holds_article(m, title, memo, c)
                                        || says_shell_words(r, md, b) || !in_named_furniture(m, i, c)))) {
            b->verdict = NC_SHELL;
            regions++;
        }
    }
    return regions;
}

/* Does block i share its parent with a long block? Then a trace in it is
 * quoted by the story around it ("the log showed: at a.B.c(B.java:212)").
 * Only the nearest siblings are looked at; past them, assume so and keep. */
#define BESIDE_PROSE_REACH 64

static int beside_prose(const nc_docmodel *m, int i)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0)
        return 0;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc, seen = 0;
    for (int j = parent + 1; j <= last; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->parent != parent || j == i)
            continue;
        if (++seen > BESIDE_PROSE_REACH)
            return 1;
        if (b->words > SHELL_MAX_BLOCK_WORDS)
            return 1;
    }
    return 0;
}

/* The nearest block before i (or after i's subtree) that has text, or -1. */
static int text_neighbour(const nc_docmodel *m, int i, int dir)
{
    int j = dir < 0 ? i - 1 : APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1;
    for (; j >= 0 && j < m->blocks->nelts; j += dir)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            return j;
    return -1;
}

/* A shell's long explanation ("If you are the site owner (or you manage this
 * site), please whitelist your IP or if you think this block is an error...",
 * 51 words) between two of its blocks: long blocks are never shells on their
 * own, but one that sits between shell blocks, shares its parent with no
 * headline and no other long block (so it is outside the story's paragraphs),
 * and says an error page's own sentence unquoted, is the shell's. */
#define SANDWICH_MAX_WORDS 80

/* Does a document end between block i and block after: a <title> of the
 * root between them (documents glued one after another)? */
static int document_ends(const nc_docmodel *m, int i, int after)
{
    for (int j = APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1; j < after; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (b->role == NC_ROLE_TITLE && b->text_len > 0 && !candidate(m, b))
            return 1;
    }
    return 0;
}

/* Does block b say one of the shell phrases outside quotation marks? */
static int says_phrase_unquoted(const nc_shell_rules *r, pcre2_match_data *md, const nc_block *b)
{
    for (int k = 0; k < r->phrases->nelts; k++) {
        apr_size_t ms, me;
        if (nc_regex_find(APR_ARRAY_IDX(r->phrases, k, nc_regex *), md, b->text, b->text_len, 0, &ms, &me)
            && !quoted_at(b->text, ms))
            return 1;
    }
    return 0;
}

/* Is the text after block i the story pasted into i's box: the page's
 * headline, in a later child of i's parent, that parent no page or story
 * wrapper? A theme's 404 template holds its title and explanation, then
 * the story a broken mirror pasted into it (Soledad's "OOPS! ..." line and
 * its 37-word apology over the <article>); a story's own paragraph comes
 * after its headline, not before it. */
static int story_pasted_after(const nc_docmodel *m, const nc_head *title, int i, int after)
{
    int parent = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (parent < 0 || nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, parent, nc_block))
        || after > APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc)
        return 0;
    const nc_block *a = &APR_ARRAY_IDX(m->blocks, after, nc_block);
    return a->parent != parent && is_headline(title, a);
}

static int sandwiched_description(const nc_shell_rules *r, pcre2_match_data *md,
                                  const nc_docmodel *m, const nc_head *title, const char *weak_blocks,
                                  int i, int story, int *also)
{
    *also = -1;
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b))
        return 0;
    int before = text_neighbour(m, i, -1), after = text_neighbour(m, i, 1);
    /* the page's last text after a shell block is between the shell and
     * the page's end (ASP.NET's description under its pasted yellow
     * screen), when the page keeps two long blocks of story besides it;
     * so is a glued document's last text before the next document's
     * <title> (that yellow screen glued before the story's page) */
    if (after >= 0 && document_ends(m, i, after))
        after = -1;
    else if (after < 0 && story < 3)
        return 0;
    /* the block after it may be the document's weak last line, its
     * server's signature ("Apache Tomcat/9.0.83" under Tomcat's
     * description): weak lines join a shell only through short blocks,
     * and the description between is long; it goes with the description */
    int weak_after = after >= 0 && APR_ARRAY_IDX(m->blocks, after, nc_block).verdict == NC_KEEP
                     && weak_blocks[after] && APR_ARRAY_IDX(m->blocks, after, nc_block).last_desc == after
                     && !is_headline(title, &APR_ARRAY_IDX(m->blocks, after, nc_block));
    if (before < 0 || APR_ARRAY_IDX(m->blocks, before, nc_block).verdict != NC_SHELL
        || (after >= 0 && APR_ARRAY_IDX(m->blocks, after, nc_block).verdict != NC_SHELL && !weak_after
            && !story_pasted_after(m, title, i, after))
        || beside_prose(m, i))
        return 0;
    int parent = b->parent;
    if (parent >= 0)            /* its siblings only (beside_prose saw at most 64 of them) */
        for (int j = parent + 1; j <= APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1)
            if (is_headline(title, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
                return 0;
    /* a phrase, or one of the catalog's sentences: httpd's own
     * multi-language documents say theirs in one paragraph of three ("Der
     * angeforderte URL konnte ... Der Link auf der verweisenden Seite
     * scheint falsch ...") */
    if (!says_phrase_unquoted(r, md, b) && !nc_catalog_says_error(r->catalog, b->text, b->text_len))
        return 0;
    if (weak_after)
        *also = after;
    return 1;
}

/* Does block a hold shell text and nothing else (a shell block, or a box
 * whose every block with text is one)? Boxes are looked into up to a bound. */
#define SHELL_SUBTREE_MAX_BLOCKS 64

static int all_shell(const nc_docmodel *m, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int shells = 0;
    if (c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_SHELL)
            return 0;
        shells++;
    }
    return shells > 0;
}

/* A shell split in two boxes with the software's own furniture between
 * them: Wordfence's "About Wordfence" box (two sentences about the plugin)
 * between its "Block Technical Data" table and its "Generated by" line.
 * A sibling whose neighbours with text on both sides, under the same
 * parent, hold shell text and nothing else goes when it is small (at most
 * 60 words, no long block, at most 64 blocks), holds no headline and no <h1>, no
 * navigation, footer, aside, main or article and no copy, and the page
 * keeps two paragraphs of prose outside it, out of furniture (a brief's
 * own box between two shell boxes is the only story: it stays). */
static int story_paragraph(const nc_block *b)
{
    return b->verdict == NC_KEEP && !b->boilerplate && b->role != NC_ROLE_TITLE && prose_like(b);
}

static int sandwiched_box_ok(const nc_docmodel *m, const nc_head *title, int y, int paragraphs)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, y, nc_block);
    int words = 0, text = 0;
    if (c->last_desc - y > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = y; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b) || b->verdict == NC_DUPLICATE)
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b) || b->role == NC_ROLE_TITLE
            || b->heading_level == 1)
            return 0;
        text |= b->verdict == NC_KEEP;
        words += b->words;
        paragraphs -= story_paragraph(b);
    }
    return text && words <= SHELL_GROWTH_MAX_WORDS && paragraphs >= 2;
}

static int has_text(const nc_docmodel *m, int a)
{
    for (int j = a; j <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc; j++)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            return 1;
    return 0;
}

static int mark_sandwiched_boxes(const nc_docmodel *m, const nc_head *title)
{
    int marked = 0, n = m->blocks->nelts, paragraphs = 0;
    for (int i = 0; i < n && paragraphs < 2 + SHELL_SUBTREE_MAX_BLOCKS; i++)
        paragraphs += story_paragraph(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    if (paragraphs < 2)
        return 0;
    for (int parent = 0; parent < n; parent++) {
        const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
        if (pb->last_desc == parent)
            continue;               /* no children */
        int x = -1, y = -1;       /* the two children with text before the current one */
        for (int z = parent + 1; z <= pb->last_desc; z = APR_ARRAY_IDX(m->blocks, z, nc_block).last_desc + 1) {
            if (!has_text(m, z))
                continue;
            if (x >= 0 && all_shell(m, x) && all_shell(m, z) && !all_shell(m, y) && sandwiched_box_ok(m, title, y, paragraphs))
                for (int j = y; j <= APR_ARRAY_IDX(m->blocks, y, nc_block).last_desc; j++) {
                    nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
                    if (candidate(m, b) && b->verdict == NC_KEEP)
                        marked += mark_block(b);
                }
            x = y;
            y = z;
        }
    }
    return marked;
}

/* A form with no text of its own between two siblings of nothing but
 * shell: a template's search box under its "Vielleicht hilft Ihnen
 * unsere Suche weiter:" line and over its "Zur Startseite" link (TYPO3's
 * indexed search in a content element that names no error, so the
 * error-container rule, wordless_form_after_shell, does not see it). A
 * form with a word in it (a newsletter box) is no part of this. */
static int wordless_form_between_shells(const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'f' || strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0)
        return 0;
    for (int j = f; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).text_len > 0)
            return 0;
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    int prev = -1, seen = 0;
    for (int j = b->parent + 1; j <= pb->last_desc && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j < f) {
            if (has_text(m, j))
                prev = j;
        } else if (j > f && has_text(m, j))
            return prev >= 0 && all_shell(m, prev) && all_shell(m, j);
    }
    return 0;
}

/* The text-bearing sibling of block f before it (dir -1) or after it
 * (dir 1) in its box, or -1. */
static int text_sibling(const nc_docmodel *m, int f, int dir)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, b->parent, nc_block);
    int found = -1, seen = 0;
    for (int j = b->parent + 1; j <= pb->last_desc && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j < f && dir < 0 && has_text(m, j))
            found = j;
        else if (j > f && dir > 0 && has_text(m, j))
            return j;
    }
    return found;
}

/* A search form that closes a shell: the last thing in its box, right
 * under a sibling of nothing but shell, a few words of its own ("Rechercher
 * :", "Search for:"). WordPress's and Drupal's 404 templates end with
 * their search box (get_search_form()) under the message that offers it;
 * a site's search bar sits elsewhere, beside its navigation, or has kept
 * text after it. */
#define SEARCH_FORM_MAX_WORDS 4
static int search_form_closing_shell(const nc_docmodel *m, int f)
{
    static const char *const search[] = { "search", "searchform", "recherche", "suche", "buscar", "busca",
                                          "ricerca", "zoeken", "szukaj", "poisk", NULL };
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'f' || strcmp(b->tag, "form") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0 || b->words > SEARCH_FORM_MAX_WORDS)
        return 0;
    int named = 0;
    apr_size_t n;
    for (const char *h = b->hint, *w; !named && (w = nc_hint_next_word(&h, 0, &n)) != NULL;)
        named = nc_hint_word_is_one_of(w, n, search);
    if (!named)
        return 0;
    for (int j = f + 1; j <= b->last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).words > SEARCH_FORM_MAX_WORDS)
            return 0;
    int prev = text_sibling(m, f, -1);
    return prev >= 0 && text_sibling(m, f, 1) < 0 && all_shell(m, prev);
}

/* An <iframe>'s fallback text that says a shell's words strongly, beside a
 * sibling of nothing but shell: the block page a comments widget embeds
 * (Cloudflare's "Sorry, you have been blocked" over its Ray ID), with the
 * <noscript> lines that say it again. No browser shows the fallback; the
 * frame itself shows the same block page. */
static int framed_shell_beside_shell(const nc_shell_rules *r, pcre2_match_data *md, text_memo *memo,
                                     const nc_docmodel *m, int f)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, f, nc_block);
    if (b->tag[0] != 'i' || strcmp(b->tag, "iframe") != 0 || b->verdict != NC_KEEP || !b->trusted
        || b->end == NC_BLOCK_OPEN || b->parent < 0 || b->last_desc != f || b->nlines == 0)
        return 0;
    int prev = text_sibling(m, f, -1), next = text_sibling(m, f, 1);
    if (!((prev >= 0 && all_shell(m, prev)) || (next >= 0 && all_shell(m, next))))
        return 0;
    run_block rb;
    memset(&rb, 0, sizeof rb);
    read_lines(r, md, memo, b, &rb);
    return rb.strong;
}

/* The other part of a shell around or beside the story: a weak line (a
 * server's signature, a line of diagnostic fields, "Application error")
 * on its own, whose parent also holds a shell straight in it, or a box of
 * nothing but shell (Jetty's "Powered by" after the story, whose 404 title
 * sits before it in <body>; Azure's "Ref A: ..." line). Weak blocks join a
 * shell only through a chain of short blocks; the story between the two
 * parts breaks that chain. Not beside prose: a one-word "Sorry." of a
 * story that shares its wrapper with a shell stays. */
/* Does box a hold nothing but weak lines, none of them decided yet? */
static int weak_only(const nc_docmodel *m, const char *weak_blocks, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int weak = 0;
    if (c->last_desc - a > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b))
            continue;
        if (!weak_blocks[j] || b->verdict != NC_KEEP)
            return 0;
        weak++;
    }
    return weak > 0;
}

static int weak_beside_shell(const nc_docmodel *m, const nc_head *title, const char *weak_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (!weak_blocks[i] || b->verdict != NC_KEEP || b->last_desc != i || b->parent < 0
        || is_headline(title, b) || b->role == NC_ROLE_TITLE || beside_prose(m, i))
        return 0;
    /* from the outermost wrapper that holds nothing but it (Heroku's
     * <div class="message"><h1>Application error</h1></div>) or nothing
     * but weak lines (FortiWeb's box of "Event ID:", "Attack ID:",
     * "Message ID:" lines after the story) */
    int k = i;
    for (int a = b->parent; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (c->text_len > 0 || page_level(c) || c->parent < 0
            || !((a + 1 == k && c->last_desc == i) || weak_only(m, weak_blocks, a)))
            break;
        k = a;
    }
    int before = text_neighbour(m, i, -1), after = text_neighbour(m, i, 1);
    if (before >= 0 && after >= 0 && article_prose(&APR_ARRAY_IDX(m->blocks, before, nc_block))
        && article_prose(&APR_ARRAY_IDX(m->blocks, after, nc_block)))
        return 0;               /* a line between two sentences of prose: the story's */
    int up = APR_ARRAY_IDX(m->blocks, k, nc_block).parent;
    const nc_block *parent = &APR_ARRAY_IDX(m->blocks, up, nc_block);
    int seen = 0;
    for (int j = up + 1; j <= parent->last_desc; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j == k)
            continue;
        if (++seen > BESIDE_PROSE_REACH)
            return 0;
        if (all_shell(m, j))
            return 1;
    }
    return 0;
}

/* --- the shell's template on the other side of the story ---------------- */

/* A shell pasted around a story comes from one template: its boxes carry
 * that template's class names (Cloudflare's "cf-wrapper" on the title box,
 * the "What happened?" section and the footer; Webflow's
 * "utility-page-wrap" on the box before the story and the one after it).
 * Once a box of nothing but shell carries a name, another box that carries
 * it too is the same shell's, when
 *  - no element that holds story text (a long block, the headline) carries
 *    the name, except the shell's own ancestors (the mirror may glue the
 *    story inside the shell's outer wrapper);
 *  - the box holds no story text, no furniture (nav, footer, aside, main,
 *    article), no copy, at most SHELL_BOX_MAX_WORDS words;
 *  - and something in it names the failure: a weak token ("Retour à
 *    l'accueil", "Ray ID: ...") or a short block with a status code or
 *    the word "error" ("An unknown error occurred while rendering the
 *    page."). A related-stories box that shares a name stays.
 * Layout names every template uses ("container", "row", "wrapper") prove
 * nothing and are not looked at. */
#define TEMPLATE_MAX_NAMES 16
/* A shell's template names its few boxes (Cloudflare's title box, its
 * "What happened?" section, its footer): a name more boxes outside the
 * shell carry is the site's layout. */
#define TEMPLATE_MAX_OTHER_BOXES 3

static int generic_name(const char *t, apr_size_t n)
{
    static const char *const names[] = {
        "container", "wrapper", "wrap", "inner", "outer", "row", "col", "column", "columns", "section",
        "content", "contents", "main", "page", "box", "block", "clearfix", "clear", "grid", "flex",
        "text", "center", "left", "right", "hidden", "visible", "active", "primary", "secondary",
        "small", "large", "full", "body", "header", "footer", "footer-nav", "js", "no-js",
        /* ARIA landmark roles: Drupal's message box is role="contentinfo",
         * as is every page's footer */
        "banner", "navigation", "contentinfo", "complementary", "region", "search", "presentation",
        "none", "group", "note", NULL
    };
    if (n < 3)
        return 1;
    for (int i = 0; names[i]; i++)
        if (strlen(names[i]) == n && memcmp(names[i], t, n) == 0)
            return 1;
    return 0;
}

/* Does hint (space separated names) hold the whole name t? */
static int hint_has_token(const char *hint, const char *t, apr_size_t n)
{
    for (const char *h = hint; *h;) {
        while (*h == ' ')
            h++;
        const char *e = h;
        while (*e && *e != ' ')
            e++;
        if ((apr_size_t)(e - h) == n && memcmp(h, t, n) == 0)
            return 1;
        h = e;
    }
    return 0;
}

typedef struct template_name {
    const char *name;       /* NULL: struck off (the story's elements carry it) */
    apr_size_t len;
    int root;               /* the all-shell box that carries it */
} template_name;

/* Is block i inside a's subtree (or a itself)? */
static int encloses(const nc_docmodel *m, int a, int i)
{
    return a <= i && i <= APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
}

/* Could box a be the template's other part (see above)? */
static int template_box(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                        const nc_head *title, const char *weak_blocks, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int words = 0, says = 0, keep = 0, vocab = 0;
    if (page_level(c) || c->last_desc - a > SHELL_BOX_MAX_BLOCKS)
        return 0;
    /* inside the site's masthead, menu or footer: the site's search form
     * there shares its class with the 404 template's search form */
    if (c->parent >= 0 && APR_ARRAY_IDX(m->blocks, c->parent, nc_block).boilerplate)
        return 0;
    for (int j = a; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j > a && box_boundary(b))
            return 0;
        if (!candidate(m, b))
            continue;
        if (b->verdict == NC_DUPLICATE || b->words > SHELL_MAX_BLOCK_WORDS || is_headline(title, b))
            return 0;
        if (b->verdict != NC_KEEP)
            continue;
        keep++;
        if ((words += b->words) > SHELL_BOX_MAX_WORDS)
            return 0;
        apr_size_t ms, me;
        says |= weak_blocks[j]
                || (absorbable(r, md, title, b) && nc_regex_find(r->failure, md, b->text, b->text_len, 0, &ms, &me));
        vocab |= absorbable(r, md, title, b) && says_shell_words(r, md, b);
    }
    /* a box of a few words in a shell's own vocabulary ("Спробуйте оновити
     * сторінку пізніше або поверніться на головну.") names no failure, but
     * it carries the shell's name and says nothing else */
    return keep > 0 && (says || (vocab && words <= SHELL_MAX_BLOCK_WORDS));
}

static int spread_in_template(const nc_shell_rules *r, apr_pool_t *p, pcre2_match_data *md,
                              nc_docmodel *m, const nc_head *title, const char *weak_blocks)
{
    int nblocks = m->blocks->nelts, n = 0, regions = 0;
    template_name names[TEMPLATE_MAX_NAMES];
    /* the names the shell's own boxes carry */
    for (int i = 0; i < nblocks && n < TEMPLATE_MAX_NAMES; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint || page_level(c) || !all_shell(m, i))
            continue;
        for (const char *h = c->hint; *h && n < TEMPLATE_MAX_NAMES;) {
            while (*h == ' ')
                h++;
            const char *e = h;
            while (*e && *e != ' ')
                e++;
            if (e > h && !generic_name(h, (apr_size_t)(e - h)))
                names[n++] = (template_name){ h, (apr_size_t)(e - h), i };
            h = e;
        }
        i = c->last_desc;
    }
    if (!n)
        return 0;
    /* a name the story's own elements carry is the site's, not the shell's;
     * so is one that many boxes outside the shell carry (a theme's card
     * class, "td-module", on every teaser of its mega menu and grids) */
    signed char *memo = apr_palloc(p, (apr_size_t)nblocks);
    memset(memo, -1, (apr_size_t)nblocks);
    int others[TEMPLATE_MAX_NAMES] = { 0 };
    for (int i = 0; i < nblocks; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint)
            continue;
        for (int k = 0; k < n; k++)
            if (names[k].name && !encloses(m, i, names[k].root)
                && hint_has_token(c->hint, names[k].name, names[k].len)
                && (++others[k] > TEMPLATE_MAX_OTHER_BOXES || holds_article(m, title, memo, i)))
                names[k].name = NULL;
    }
    for (int i = 0; i < nblocks; i++) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!*c->hint)
            continue;
        int named = 0;
        for (int k = 0; k < n && !named; k++)
            named = names[k].name && !encloses(m, i, names[k].root)
                    && hint_has_token(c->hint, names[k].name, names[k].len);
        if (!named || !template_box(r, md, m, title, weak_blocks, i))
            continue;
        for (int j = i; j <= c->last_desc; j++) {
            nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (candidate(m, b) && b->verdict == NC_KEEP)
                mark_block(b);
        }
        regions++;
        i = c->last_desc;
    }
    return regions;
}

/* --- the shell's site map ------------------------------------------------- */

/* A 404 page often lists the site's sections under its message (Bitrix's
 * main.map component, themes' "sitemap" on their 404 template). Glued
 * beside a story, that list is neither furniture by its tags nor in a
 * shell's words. A box is the shell's site map when
 *  - it shares its parent, which is no page or story wrapper (body, html,
 *    main, article), with a box or a block of nothing but shell;
 *  - it holds nothing with text but list items of at most
 *    SITE_MAP_ITEM_WORDS words, at least SITE_MAP_MIN_ITEMS of them (no
 *    headline, no furniture, no copy);
 *  - and at least half of its items, and at least SITE_MAP_MIN_ECHOES,
 *    say exactly what a block of the page's furniture says: the site's
 *    sections again, as its navigation names them.
 * A story's own list (its points, its sources) does not repeat the menu;
 * a list of sections in the story's box has no shell beside it. */
#define SITE_MAP_ITEM_WORDS 4
#define SITE_MAP_MIN_ITEMS 4
#define SITE_MAP_MIN_ECHOES 3
#define SITE_MAP_MAX_BLOCKS 200

#define SITE_MAP_MAX_FURNITURE 512

/* The furniture's short blocks (a menu's items), at most
 * SITE_MAP_MAX_FURNITURE, looked up by the site map's items. */
typedef struct furniture_items {
    int n;
    int at[];                    /* room for the page's blocks, at most SITE_MAP_MAX_FURNITURE */
} furniture_items;

/* Does a furniture item outside a's subtree say exactly what b says? */
static int furniture_says(const nc_docmodel *m, const furniture_items *fi, int a, const nc_block *b)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int k = 0; k < fi->n; k++) {
        const nc_block *f = &APR_ARRAY_IDX(m->blocks, fi->at[k], nc_block);
        if ((fi->at[k] < a || fi->at[k] > last) && f->text_len == b->text_len
            && memcmp(f->text, b->text, b->text_len) == 0)
            return 1;
    }
    return 0;
}

/* Is block j (inside a) in a list inside an item (an <li>) inside a? */
static int sub_item(const nc_docmodel *m, int a, int j)
{
    for (int k = APR_ARRAY_IDX(m->blocks, j, nc_block).parent; k > a; k = APR_ARRAY_IDX(m->blocks, k, nc_block).parent)
        if (is_tag(&APR_ARRAY_IDX(m->blocks, k, nc_block), "li"))
            return 1;
    return 0;
}

static int site_map(const nc_docmodel *m, const furniture_items *fi, const nc_head *title, int a)
{
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    int items = 0, echoes = 0;
    if (c->parent < 0 || c->boilerplate || c->text_len > 0 || c->last_desc == a || page_level(c)
        || c->last_desc - a > SITE_MAP_MAX_BLOCKS || page_level(&APR_ARRAY_IDX(m->blocks, c->parent, nc_block)))
        return 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b) || b->boilerplate)
            return 0;
        if (!candidate(m, b))
            continue;
        /* an item may hold its section's own list (Bitrix's main.map:
         * "Новости" over "Город", "Регион"); those are items too */
        if (b->verdict != NC_KEEP || !is_tag(b, "li")
            || b->words > SITE_MAP_ITEM_WORDS || is_headline(title, b))
            return 0;
        items++;
    }
    if (items < SITE_MAP_MIN_ITEMS)
        return 0;
    /* the menu names the sections, not their subsections: the items of a
     * list inside an item are not weighed */
    int top = 0;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (!candidate(m, b) || sub_item(m, a, j))
            continue;
        top++;
        echoes += furniture_says(m, fi, a, b);
    }
    return echoes >= SITE_MAP_MIN_ECHOES && echoes * 2 >= top;
}

/* Does a sibling of a (a child of its parent) hold nothing but shell? */
static int shell_sibling(const nc_docmodel *m, int a)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
    for (int j = parent + 1; j <= last; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1)
        if (j != a && all_shell(m, j))
            return 1;
    return 0;
}

/* Marks every block with text inside box a (not a itself); returns the
 * box's last block, where a walk over the page goes on. */
static int mark_inside(nc_docmodel *m, int a)
{
    int last = APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc;
    for (int j = a + 1; j <= last; j++)
        if (candidate(m, &APR_ARRAY_IDX(m->blocks, j, nc_block)))
            mark_block(&APR_ARRAY_IDX(m->blocks, j, nc_block));
    return last;
}

/* A site map under its own heading: the box holding the heading
 * ("Карта сайта", "Sitemap") and the map, nothing else. Returns that box,
 * whose siblings are then the map's, or -1. */
#define SITE_MAP_HEADING_WORDS 4

static int titled_site_map(const nc_docmodel *m, int a)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent, heading = 0;
    if (parent < 0)
        return -1;
    const nc_block *pb = &APR_ARRAY_IDX(m->blocks, parent, nc_block);
    if (pb->text_len > 0 || page_level(pb) || box_boundary(pb) || pb->parent < 0)
        return -1;
    for (int j = parent + 1; j <= pb->last_desc; j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j == a || !has_text(m, j))
            continue;
        if (j > a || heading || !b->heading_level || b->words > SITE_MAP_HEADING_WORDS || b->last_desc != j)
            return -1;
        heading = 1;
    }
    return heading ? parent : -1;
}

static int mark_site_maps(apr_pool_t *p, nc_docmodel *m, const nc_head *title)
{
    int regions = 0;
    int room = m->blocks->nelts < SITE_MAP_MAX_FURNITURE ? m->blocks->nelts : SITE_MAP_MAX_FURNITURE;
    furniture_items *fi = apr_palloc(p, sizeof *fi + sizeof(int) * (apr_size_t)room);
    fi->n = 0;
    /* the site's menu: in nav/header, or in a box its template names so
     * (<div class="header"><ul class="top-menu">); a parent comes before
     * its children, so one pass knows every block's */
    char *named = apr_palloc(p, (apr_size_t)m->blocks->nelts + 1);
    for (int j = 0; j < m->blocks->nelts && fi->n < SITE_MAP_MAX_FURNITURE; j++) {
        const nc_block *f = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        named[j] = (char)((f->parent >= 0 && f->parent < j && named[f->parent])
                          || (*f->hint && names_furniture(m, j)));
        if (f->text_len > 0 && f->words <= SITE_MAP_ITEM_WORDS && (f->boilerplate || named[j]))
            fi->at[fi->n++] = j;
    }
    if (fi->n < SITE_MAP_MIN_ECHOES)
        return 0;
    for (int a = 0; a < m->blocks->nelts; a++) {
        if (!site_map(m, fi, title, a))
            continue;
        int titled = titled_site_map(m, a);
        if (!shell_sibling(m, a) && (titled < 0 || !shell_sibling(m, titled)))
            continue;
        if (titled >= 0 && !shell_sibling(m, a))
            a = titled;
        a = mark_inside(m, a);
        regions++;
    }
    return regions;
}

/* --- the list a shell's heading titles ------------------------------------- */

/* A theme's 404 page puts a list under its apology, titled by a heading of
 * its own: WordPress's "Recent Posts" and "Most Used Categories" widgets,
 * tagDiv's "OUR LATEST POSTS" over six cards, Jannah's "Son Haberler".
 * When the shell's run took that heading, the box right after it (its next
 * sibling, the heading's own text ending there) is what it titles, and
 * goes with it: a box with no text of its own, holding only short lines
 * (a card's headline and date, a category's name), at least
 * TITLED_LIST_MIN_ITEMS of them, none the page's headline, an <h1>, a copy
 * or already judged, no nav, footer, aside, main or article inside. A
 * heading no run took (a rail's "Most read" under a story) titles nothing
 * here. Asked only on pages with a shell, of its headings. */
#define TITLED_LIST_MIN_ITEMS 3
#define TITLED_LIST_ITEM_WORDS 16
#define TITLED_LIST_MAX_BLOCKS 64

static int titled_list(const nc_docmodel *m, const nc_head *title, int h)
{
    const nc_block *hb = &APR_ARRAY_IDX(m->blocks, h, nc_block);
    int a = hb->last_desc + 1, items = 0;
    if (!hb->heading_level || hb->verdict != NC_SHELL || a >= m->blocks->nelts)
        return -1;
    const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
    if (c->parent != hb->parent || c->text_len > 0 || c->boilerplate || page_level(c) || box_boundary(c)
        || c->last_desc - a > TITLED_LIST_MAX_BLOCKS)
        return -1;
    for (int j = a + 1; j <= c->last_desc; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (box_boundary(b))
            return -1;
        if (!candidate(m, b))
            continue;
        if (b->verdict != NC_KEEP || b->words > TITLED_LIST_ITEM_WORDS || b->heading_level == 1
            || b->role == NC_ROLE_TITLE || is_headline(title, b))
            return -1;
        items++;
    }
    return items >= TITLED_LIST_MIN_ITEMS ? a : -1;
}

static int mark_titled_lists(nc_docmodel *m, const nc_head *title)
{
    int regions = 0;
    for (int h = 0, a; h < m->blocks->nelts; h++) {
        if ((a = titled_list(m, title, h)) < 0)
            continue;
        h = mark_inside(m, a);
        regions++;
    }
    return regions;
}

/* A long block that says it is an error page twice, in its own words:
 * Heroku's "An error occurred in the application and your page could not
 * be served. If you are the application owner, check your logs..." (38
 * words). Long blocks are never shells on their own, but one of at most 80
 * words that shares its parent with no other long block, no headline and
 * no heading of its own (so it is no paragraph of a story and no fact
 * box), that opens with a phrase and in which two phrases match unquoted,
 * at least one of them strong, is the shell's. A story quotes such
 * sentences (quotation marks, or after a colon). Run only when the page
 * keeps a story elsewhere (see nc_shells_mark). */
#define SELF_EVIDENT_LEAD_BYTES 64

static int self_evident_description(const nc_shell_rules *r, pcre2_match_data *md,
                                    const nc_docmodel *m, const nc_head *title, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b) || b->boilerplate || is_headline(title, b)
        || beside_prose(m, i))
        return 0;
    int parent = b->parent;
    if (parent >= 0)            /* an explainer box has a heading of its own ("What is a 404?") */
        for (int j = parent + 1; j <= APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
             j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (is_headline(title, s) || (s->role == NC_ROLE_HEADING && s->verdict != NC_SHELL))
                return 0;
        }
    /* every phrase holds a trigger word: one near the start and another
     * after it, or no two phrases can match with one leading */
    trigger_scan ts;
    trigger_scan_init(&ts, r, b->text, b->text_len);
    apr_size_t first = next_trigger(&ts, 0);
    if (first > SELF_EVIDENT_LEAD_BYTES || next_trigger(&ts, first + 1) >= b->text_len)
        return 0;
    int strong = 0, hits = 0, leads = 0;
    for (int k = 0; k < r->phrases->nelts + r->composed->nelts && hits < 2; k++) {
        const nc_regex *re = k < r->phrases->nelts ? APR_ARRAY_IDX(r->phrases, k, nc_regex *)
                                                   : APR_ARRAY_IDX(r->composed, k - r->phrases->nelts, nc_regex *);
        apr_size_t ms, me;
        if (nc_regex_find(re, md, b->text, b->text_len, 0, &ms, &me) && !quoted_at(b->text, ms)) {
            hits++;
            strong += k < r->phrases->nelts;
            leads |= ms <= 3;
        }
    }
    /* an error message opens with its own words; a fact box explaining
     * errors opens with its subject ("A 404 error means the page you were
     * looking for...") */
    return hits >= 2 && strong > 0 && leads;
}

/* A site's own wording of its 404 in one paragraph of 31 to 80 words, in
 * the box its template names an error ("error-404 not-found", "page-404",
 * "hata-sayfasi"): "We've had a good rummage around but the page you were
 * after seems to have sailed off without us. It may have been moved,
 * renamed or taken down by our newsroom." A site writes its own lead-in
 * first, so the paragraph need not open with a phrase nor say two, and
 * the theme's title over it ("Well, this is awkward…") is no fact box's
 * heading. The box's name is the strong evidence: the paragraph goes when
 * it says one phrase of any strength unquoted (a 404's guess at why, "It
 * may have been moved, renamed or taken down", is only advice) and the named
 * box (at most 64 blocks) holds no headline of the page and no other long
 * block (a story's box holds its headline and its paragraphs) but says
 * it is an error elsewhere too: a bare "404" or "Oops", or a shell line (a
 * story's fact box "error-explainer" under its own heading says none). Run only
 * when the page keeps a story elsewhere, as self_evident_description. */
static int named_box_description(const nc_shell_rules *r, pcre2_match_data *md,
                                 const nc_docmodel *m, const nc_head *title, const char *weak_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words <= SHELL_MAX_BLOCK_WORDS || b->words > SANDWICH_MAX_WORDS
        || b->last_desc != i || !candidate(m, b) || b->boilerplate || is_headline(title, b)
        || beside_prose(m, i))
        return 0;
    int box = error_container_of(m, i);
    if (box < 0 || APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc - box > SHELL_SUBTREE_MAX_BLOCKS)
        return 0;
    int says_error = 0;
    for (int j = box; j <= APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc; j++) {
        const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (j != i && candidate(m, s) && (is_headline(title, s) || s->words > SHELL_MAX_BLOCK_WORDS))
            return 0;
        says_error |= j != i && (weak_blocks[j] || s->verdict == NC_SHELL);
    }
    if (!says_error)
        return 0;
    for (int k = 0; k < r->phrases->nelts + r->composed->nelts; k++) {
        const nc_regex *re = k < r->phrases->nelts ? APR_ARRAY_IDX(r->phrases, k, nc_regex *)
                                                   : APR_ARRAY_IDX(r->composed, k - r->phrases->nelts, nc_regex *);
        apr_size_t ms, me;
        if (nc_regex_find(re, md, b->text, b->text_len, 0, &ms, &me) && !quoted_at(b->text, ms))
            return 1;
    }
    return 0;
}

/* A template sentence ("Il semble que rien n'ait été trouvé à cet
 * emplacement", "Esta página parece não existir") that nothing in its own
 * run backs, on a page where a shell was found elsewhere: a theme's error
 * template split around the story (GeneratePress's title above the
 * article, its explanation and search box below). The page's shell backs
 * it when the block is short, no headline, no furniture, shares its
 * parent with no long block, and an element below the page's and the
 * story's wrappers (body, main, article) holds both it and a shell block:
 * a story's own short line ("The page was removed on Monday.") sits among
 * the story's paragraphs, the inside-prose rules already kept the runs
 * between them, and an editor's note in a box of its own shares only the
 * page's wrapper with a shell glued before the page.
 *
 * A page-failure phrase ("L'article que vous cherchez n'est plus
 * disponible.", pending 2) is said in ordinary words too ("The original
 * post has been removed by its author." in an editor's note), so only a
 * shell in its own box backs it: its parent holds a shell block, the box
 * of a theme's 404 with the story pasted inside it. */
#define PAGE_BACKED_MAX_WORDS 20

/* Is the box k (a child of a page or story wrapper) right after or right
 * before a box of nothing but shell, text-bearing siblings counted? A
 * theme's 404 template puts its title and its text in two boxes side by
 * side (WordPress's <header class="page-header"> over <div
 * class="page-content">), both straight in <main>. */
static int beside_shell_box(const nc_docmodel *m, int k)
{
    int parent = APR_ARRAY_IDX(m->blocks, k, nc_block).parent, prev = -1, seen = 0;
    if (parent < 0)
        return 0;
    int last = APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc;
    for (int j = parent + 1; j <= last && ++seen <= BESIDE_PROSE_REACH;
         j = APR_ARRAY_IDX(m->blocks, j, nc_block).last_desc + 1) {
        if (j != k) {
            if (has_text(m, j))
                prev = j;
            continue;
        }
        if (prev >= 0 && all_shell(m, prev))
            return 1;
        for (int n = APR_ARRAY_IDX(m->blocks, k, nc_block).last_desc + 1; n <= last;
             n = APR_ARRAY_IDX(m->blocks, n, nc_block).last_desc + 1)
            if (has_text(m, n))
                return all_shell(m, n);
        return 0;
    }
    return 0;
}

/* The blocks that frame the whole page: the common ancestors of its first
 * <header> and its last <footer> (Drupal's "dialog-off-canvas-main-canvas",
 * a theme's "#page" wrapper). They hold the masthead, the story and the
 * footer alike, so, as body does, they are no box a shell and a block
 * share: a cookie note after the footer is none of the shell's. Marks
 * frame[] (nblocks bytes); none when the page has no such pair. */
static void mark_page_frames(const nc_docmodel *m, char *frame)
{
    int header = -1, footer = -1;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (header < 0 && is_tag(b, "header"))
            header = i;
        if (is_tag(b, "footer"))
            footer = i;
    }
    if (header < 0 || footer <= header)
        return;
    for (int a = APR_ARRAY_IDX(m->blocks, header, nc_block).parent; a >= 0;
         a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent)
        if (APR_ARRAY_IDX(m->blocks, a, nc_block).last_desc >= footer)
            frame[a] = 1;
}

static int page_backed(const nc_docmodel *m, const nc_head *title, int i, int kind, const char *frame)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    if (b->verdict != NC_KEEP || b->words > PAGE_BACKED_MAX_WORDS || b->boilerplate
        || is_headline(title, b) || beside_prose(m, i))
        return 0;
    for (int a = b->parent, k = i; a >= 0; k = a, a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        if (kind == PENDING_MODEL && frame[a])
            return 0;
        if (page_level(c))
            return kind == PENDING_TEMPLATE && k != i && beside_shell_box(m, k);
        for (int j = a + 1; j <= c->last_desc; j++)
            if (APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL)
                return 1;
        if (kind != PENDING_TEMPLATE)
            return 0;
    }
    return 0;
}

/* A <title> that holds a heading the page keeps (its story's headline, 3+
 * words) is that story's, however it sits next to a shell: a mirror that
 * glued the story inside an error page's body leaves the story's own <head>
 * there, its title beside the shell's last block. A few titles a page. */
#define STORY_TITLES_MAX 4

/* --- a framework's error report, whole ---------------------------------- */

/* ASP.NET's error page is a report: its title ("Server Error in '/'
 * Application."), then fields opened by a label and a colon, in the
 * language its translators wrote ("Description: An unhandled exception
 * occurred...", "Exception Details:", "Source Error:" over the code,
 * "Stack Trace:" over the trace, "Version Information: ... ASP.NET
 * Version:4.8.4465.0"), and JBoss's, Django's debug page's alike. Its
 * description and source lines are long blocks (31-90 words), which alone
 * are never a shell; the report as a whole is one.
 *
 * A run of blocks in document order is a report when it holds a shell
 * block or a trace, at least two labels, none said twice (an interview's
 * "Q:" and "A:" repeat), and three signs in all: labels, a value under a
 * bare label, a trace, a version line, a shell heading opening the run.
 * Besides its fields, values and shell blocks it holds at most one line of
 * 12 words or more, and none under a headline of the page: a story's
 * headline and short paragraphs between a block page's title and its
 * "Event ID:" and "Client IP:" lines are no report's.
 * The run holds no furniture (but a form that holds the story, as ASP.NET
 * WebForms wraps the page, is none) and no long block that is neither a field, a
 * value nor a trace, and none of its blocks shares its parent with a long
 * block outside it, or sits in a block quote (a story quoting a report
 * keeps it: the quote sits among the story's paragraphs). It opens at a
 * shell block, a trace or a bare label, so a story's "Update: ..." line
 * before it stays, and closes at one of those, a value, a version line or
 * a block of two labels. A heading inside it is the report's own, even
 * when the <title> holds it (ASP.NET titles its page with the exception's
 * message, its <h2>). Then all its blocks go, and a glued or nested report
 * document goes whole with them (edits.c). */
#define REPORT_MIN_SIGNS 3
#define REPORT_MIN_LABELS 2
#define REPORT_MAX_LABELS 32
#define REPORT_VALUE_MAX_WORDS 80
#define REPORT_MAX_LONG_WORDS 240
#define REPORT_PROSE_WORDS 12

typedef struct report_part {
    int labels;
    unsigned char bare, value, trace, version;  /* flags: 24 bytes a block, not 36 */
    apr_uint32_t hashes[4];
} report_part;

static int report_beside_prose(const nc_docmodel *m, const char *trace_blocks, int a, int z)
{
    for (int i = a; i <= z; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!candidate(m, b))
            continue;
        if (enclosing_quote(m, i) >= 0)
            return 1;
        if (b->parent < 0)
            continue;
        int last = APR_ARRAY_IDX(m->blocks, b->parent, nc_block).last_desc, seen = 0;
        for (int j = b->parent + 1; j <= last; j++) {
            const nc_block *s = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (s->parent != b->parent || (j >= a && j <= z))
                continue;
            if (++seen > BESIDE_PROSE_REACH)
                return 1;
            if (s->words > SHELL_MAX_BLOCK_WORDS && !trace_blocks[j] && s->verdict != NC_SHELL)
                return 1;           /* (the other half of a report split around the story is none) */
        }
    }
    return 0;
}

static int opens_report(const nc_block *b, const report_part *rp)
{
    return b->verdict == NC_SHELL || rp->trace || (rp->labels && rp->bare);
}

static int closes_report(const nc_block *b, const report_part *rp)
{
    return opens_report(b, rp) || rp->value || rp->version || rp->labels >= 2;
}

static int judge_report(nc_docmodel *m, const nc_head *title, const char *trace_blocks,
                        const report_part *parts, const int *idx, int n)
{
    int s = 0, e = n - 1;
    while (s <= e && !opens_report(&APR_ARRAY_IDX(m->blocks, idx[s], nc_block), &parts[s]))
        s++;
    while (e >= s && !closes_report(&APR_ARRAY_IDX(m->blocks, idx[e], nc_block), &parts[e]))
        e--;
    if (s > e)
        return 0;
    const nc_block *first = &APR_ARRAY_IDX(m->blocks, idx[s], nc_block);
    int anchor = 0, labels = 0, long_words = 0, prose = 0, headline = 0;
    int signs = first->verdict == NC_SHELL && first->role == NC_ROLE_HEADING;
    apr_uint32_t seen[REPORT_MAX_LABELS];
    for (int k = s; k <= e; k++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
        anchor += b->verdict == NC_SHELL || parts[k].trace;
        signs += parts[k].labels + parts[k].value + parts[k].trace + parts[k].version;
        for (int l = 0; l < parts[k].labels && l < 4; l++) {
            for (int o = 0; o < labels && o < REPORT_MAX_LABELS; o++)
                if (seen[o] == parts[k].hashes[l])
                    return 0;       /* a label said twice: a transcript, an interview */
            if (labels < REPORT_MAX_LABELS)
                seen[labels] = parts[k].hashes[l];
            labels++;
        }
        if (b->words > SHELL_MAX_BLOCK_WORDS && !parts[k].trace)
            long_words += b->words;
        if (b->verdict != NC_SHELL && !parts[k].labels && !parts[k].value && !parts[k].trace) {
            prose += b->words >= REPORT_PROSE_WORDS;
            headline |= is_headline(title, b);
        }
    }
    if (prose > 1 || (prose && headline))
        return 0;                   /* a story's headline and paragraphs between a shell and its fields */
    /* past REPORT_MAX_LABELS fields it is a list, not a report: an archive
     * of 1,500 "Archive note 17: ..." lines, each label new by its number,
     * after one line the learned model took for a shell's */
    if (!anchor || labels < REPORT_MIN_LABELS || labels > REPORT_MAX_LABELS || signs < REPORT_MIN_SIGNS
        || long_words > REPORT_MAX_LONG_WORDS
        || report_beside_prose(m, trace_blocks, idx[s], idx[e]))
        return 0;
    int marked = 0;
    for (int k = s; k <= e; k++) {
        nc_block *b = &APR_ARRAY_IDX(m->blocks, idx[k], nc_block);
        if (b->verdict != NC_SHELL)
            marked += mark_block(b);
    }
    return marked > 0;
}

#define REPORT_STACK_BLOCKS 256

static int mark_error_reports(apr_pool_t *p, nc_docmodel *m, const nc_head *title, const char *trace_blocks,
                              const char *story_form)
{
    int nblocks = m->blocks->nelts, n = 0, regions = 0, after_bare = 0, anchors = 0;
    /* a report needs a shell block or a trace in it (judge_report's anchor):
     * a page with neither, most pages, has none to read */
    for (int i = 0; i < nblocks && !anchors; i++)
        anchors = trace_blocks[i] || APR_ARRAY_IDX(m->blocks, i, nc_block).verdict == NC_SHELL;
    if (!anchors)
        return 0;
    /* a small page's runs fit on the stack: in the pool they opened a new
     * 8 KB block for a 15 KB page */
    int idx_small[REPORT_STACK_BLOCKS];
    report_part parts_small[REPORT_STACK_BLOCKS];
    int *idx = idx_small;
    report_part *parts = parts_small;
    if (nblocks + 1 > REPORT_STACK_BLOCKS) {
        idx = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
        parts = apr_palloc(p, sizeof(report_part) * (apr_size_t)(nblocks + 1));
    }
    for (int i = 0; i <= nblocks; i++) {
        const nc_block *b = i < nblocks ? &APR_ARRAY_IDX(m->blocks, i, nc_block) : NULL;
        if (b && !candidate(m, b))
            continue;
        report_part rp;
        memset(&rp, 0, sizeof rp);
        int part = 0;
        if (b && (!b->boilerplate || (story_form && story_form[i]))) {
            int bare = 0;
            rp.labels = nc_traces_field_labels(b->text, b->text_len, b->line_starts, b->nlines, &bare,
                                               rp.hashes, 4);
            rp.bare = bare != 0;
            rp.trace = trace_blocks[i];
            rp.value = after_bare && !rp.labels && b->words <= REPORT_VALUE_MAX_WORDS;
            rp.version = nc_traces_version_line(b->text, b->text_len, b->words);
            part = b->words <= SHELL_MAX_BLOCK_WORDS || rp.labels || rp.trace || rp.value;
        }
        if (part) {
            parts[n] = rp;
            idx[n++] = i;
            after_bare = rp.labels && rp.bare;
            continue;
        }
        if (n)
            regions += judge_report(m, title, trace_blocks, parts, idx, n);
        n = 0;
        after_bare = 0;
    }
    return regions;
}

static void spare_story_titles(nc_docmodel *m)
{
    int titles = 0;
    for (int i = 0; i < m->blocks->nelts && titles < STORY_TITLES_MAX; i++) {
        nc_block *t = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (t->role != NC_ROLE_TITLE || t->text_len == 0)
            continue;
        titles++;
        if (t->verdict != NC_SHELL)
            continue;
        for (int j = 0; j < m->blocks->nelts; j++) {
            const nc_block *h = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (h->role == NC_ROLE_HEADING && h->heading_level <= 3 && h->words >= 3 && h->text_len >= 8
                && h->verdict == NC_KEEP && strstr(t->text, h->text) != NULL) {
                t->verdict = NC_KEEP;
                break;
            }
        }
    }
}

/* The loose text right under the story's headline, beside it in the same
 * container (a table cell's standfirst and byline: "Dalla pagina non
 * trovata al servizio non disponibile: piccolo dizionario dei codici
 * HTTP." over a guide to error codes), is the story's dek, whatever it
 * says: an error page's own text sits under its own title, not under the
 * page's headline. */
#define DEK_MAX_WORDS 60

static void spare_headline_deks(nc_docmodel *m, const nc_head *title)
{
    for (int i = 1; i < m->blocks->nelts; i++) {
        nc_block *run = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (run->verdict != NC_SHELL || strcmp(run->tag, NC_RUN_TAG) != 0 || run->words > DEK_MAX_WORDS
            || run->parent < 0)
            continue;
        int prev = i - 1;           /* the sibling before it: skip its descendants */
        while (prev > run->parent && APR_ARRAY_IDX(m->blocks, prev, nc_block).parent != run->parent)
            prev--;
        if (prev <= run->parent)
            continue;
        const nc_block *h = &APR_ARRAY_IDX(m->blocks, prev, nc_block);
        if (h->verdict == NC_KEEP && h->role == NC_ROLE_HEADING && is_headline(title, h))
            run->verdict = NC_KEEP;
    }
}

/* A comment thread's own heading ("Commentaires", "Reacties (4)") over the
 * error box that stands in for its comments is the site's: the box goes,
 * the heading stays, as a thread's notice does. */
static void spare_comment_headings(nc_docmodel *m)
{
    for (int i = 0; i < m->blocks->nelts; i++) {
        nc_block *h = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (h->verdict == NC_SHELL && nc_doc_comments_heading(h) && nc_doc_comment_thread_of(m, i) >= 0)
            h->verdict = NC_KEEP;
    }
}

/* Is block i inside a sign-up form: a <form> in (or named as) a
 * newsletter's box ("newsletter-box", "mc4wp-form")? Its "Sorry, something
 * went wrong. Please try again later." is the form's own answer to a
 * failed subscription, kept hidden in the markup until then, not the
 * page's error. */
static int in_signup_form(const nc_docmodel *m, int i)
{
    static const char *const names[] = { "newsletter", "newsletters", "nieuwsbrief", "mailchimp", "mc4wp",
                                         "mailpoet", NULL };
    int form = 0;
    for (int a = i; a >= 0; a = APR_ARRAY_IDX(m->blocks, a, nc_block).parent) {
        const nc_block *c = &APR_ARRAY_IDX(m->blocks, a, nc_block);
        form |= is_tag(c, "form");
        if (!form)
            continue;
        const char *h = c->hint, *w;
        apr_size_t n;
        while ((w = nc_hint_next_word(&h, 1, &n)) != NULL)
            if (nc_hint_word_is_one_of(w, n, names))
                return 1;
    }
    return 0;
}

/* A trace printed a line a block: text/plain makes every line a block, so
 * PHP's "PHP Fatal error:  Uncaught Error: ... in /x/db.php:12", "Stack
 * trace:", "#0 /x/plain.php(7): db_open()", "#1 {main}", "thrown in ...
 * on line 12" are five blocks, none a trace alone (one frame each, no
 * header beside it). Consecutive short blocks under one parent, each a
 * trace's line by its shape (nc_traces_line_part), that together read as
 * a trace are each a trace block. Not beside prose, as for one block. */
#define SPLIT_TRACE_MAX_LINES 24
#define SPLIT_TRACE_MAX_BYTES 2048

static int next_candidate(const nc_docmodel *m, int i)
{
    for (int j = APR_ARRAY_IDX(m->blocks, i, nc_block).last_desc + 1; j < m->blocks->nelts; j++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (candidate(m, b))
            return j;
        if (b->last_desc != j)
            return -1;              /* a container between them: not one printout */
    }
    return -1;
}

static int split_trace_line(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                            const char *trace_blocks, int i)
{
    const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
    return !trace_blocks[i] && b->last_desc == i && b->words <= SHELL_MAX_BLOCK_WORDS && b->text_len > 0
           && nc_traces_line_part(r->traces, md, b->text, b->text_len) && !beside_prose(m, i);
}

/* Is there a long block under the same parent both before block a and
 * after block z (a story quoting the printout between its paragraphs, "The
 * log showed:")? Only the nearest siblings are looked at; past them,
 * assume so and keep. */
static int long_sibling_within(const nc_docmodel *m, int from, int dir, int parent)
{
    int seen = 0;
    for (int j = from; j >= 0 && j < m->blocks->nelts; j += dir) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, j, nc_block);
        if (parent >= 0 && (j <= parent || j > APR_ARRAY_IDX(m->blocks, parent, nc_block).last_desc))
            return 0;
        if (b->parent != parent)
            continue;
        if (++seen > BESIDE_PROSE_REACH || b->words > SHELL_MAX_BLOCK_WORDS)
            return 1;
    }
    return 0;
}

static int between_prose(const nc_docmodel *m, int a, int z)
{
    int parent = APR_ARRAY_IDX(m->blocks, a, nc_block).parent;
    return long_sibling_within(m, a - 1, -1, parent)
           && long_sibling_within(m, APR_ARRAY_IDX(m->blocks, z, nc_block).last_desc + 1, 1, parent);
}

static void mark_split_traces(const nc_shell_rules *r, pcre2_match_data *md, const nc_docmodel *m,
                              char *trace_blocks)
{
    char buf[SPLIT_TRACE_MAX_BYTES];
    int lines[SPLIT_TRACE_MAX_LINES];
    int nblocks = m->blocks->nelts;
    for (int i = 0; i < nblocks; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (!candidate(m, b) || !split_trace_line(r, md, m, trace_blocks, i))
            continue;
        int n = 0, words = 0, last = i;
        apr_size_t len = 0;
        for (int j = i; j >= 0 && n < SPLIT_TRACE_MAX_LINES; j = next_candidate(m, j)) {
            const nc_block *c = &APR_ARRAY_IDX(m->blocks, j, nc_block);
            if (c->parent != b->parent || len + c->text_len + 1 > sizeof buf
                || (j != i && !split_trace_line(r, md, m, trace_blocks, j)))
                break;
            if (len)
                buf[len++] = '\n';
            memcpy(buf + len, c->text, c->text_len);
            len += c->text_len;
            words = c->words > words ? c->words : words;
            lines[n++] = last = j;
        }
        if (n >= 2 && !between_prose(m, i, last)
            && nc_traces_says_error(r->traces, md, buf, len, words, SHELL_MAX_BLOCK_WORDS))
            for (int k = 0; k < n; k++)
                trace_blocks[lines[k]] = 1;
        i = APR_ARRAY_IDX(m->blocks, last, nc_block).last_desc;
    }
}

int nc_shells_mark(const nc_shell_rules *rules, apr_pool_t *p, nc_docmodel *m,
                   const apr_array_header_t *extra, nc_verdict_cache *verdicts)
{
    pcre2_match_data *md = nc_regex_match_data(p);
    if (!md)
        return 0;
    int nblocks = m->blocks->nelts, regions = 0, n = 0, prose = -1;
    int *run = apr_palloc(p, sizeof(int) * (apr_size_t)(nblocks + 1));
    char *weak_blocks = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *trace_blocks = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *pending = apr_pcalloc(p, (apr_size_t)nblocks + 1);
    char *extra_off = extra && extra->nelts > 0 ? apr_pcalloc(p, (apr_size_t)extra->nelts) : NULL;
    const nc_head *title = head_title(p, m, rules, md);
    text_memo memo;
    text_memo_init(&memo, p, m, verdicts);
    int story_paragraphs = 0, source_blocks = 0;
    for (int i = 0; i < nblocks && story_paragraphs < MODEL_MIN_STORY; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        story_paragraphs += !b->boilerplate && b->role != NC_ROLE_TITLE
                            && b->words > SHELL_MAX_BLOCK_WORDS;
    }
    for (int i = 0; i < nblocks && source_blocks < MODEL_MAX_SOURCE && story_paragraphs >= MODEL_MIN_STORY; i++)
        source_blocks += source_code(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    int model_on = story_paragraphs >= MODEL_MIN_STORY && source_blocks < MODEL_MAX_SOURCE;
    mark_split_traces(rules, md, m, trace_blocks);
    for (int i = 0; i <= nblocks; i++) {
        const nc_block *b = i < nblocks ? &APR_ARRAY_IDX(m->blocks, i, nc_block) : NULL;
        if (b && (!candidate(m, b) || in_signup_form(m, i)))
            continue;                       /* empty containers do not break a run */
        /* beside_prose first: it rules out a story's paragraphs at the
         * first sibling, and the trace tests read the whole text. An error
         * page's own long explanation, a block wholly of catalog sentences
         * (httpd's 37-word 401 text), is no prose either. */
        if (b && !beside_prose(m, i)
            && (nc_traces_says_error(rules->traces, md, b->text, b->text_len, b->words, SHELL_MAX_BLOCK_WORDS)
                || (b->words > SHELL_MAX_BLOCK_WORDS
                    && nc_catalog_says_only_error(rules->catalog, b->text, b->text_len))))
            trace_blocks[i] = 1;            /* a trace is no prose, however long */
        if (b && (b->words <= SHELL_MAX_BLOCK_WORDS || trace_blocks[i] || short_lines(b))) {
            run[n++] = i;
            continue;
        }
        /* Long loose text in a container (a run, html_parser.c) was the
         * container's own text before runs were blocks, where it ended no
         * run of the blocks beside it: it still does not (CloudFront's
         * "Request blocked. We can't connect..." between its title and its
         * "Generated by" line). It is never a shell here. */
        if (b && strcmp(b->tag, NC_RUN_TAG) == 0)
            continue;
        if (n)
            regions += mark_run(rules, p, md, &memo, m, run, n, extra, extra_off, weak_blocks, trace_blocks,
                                pending, prose, b ? i : -1, title, model_on);
        n = 0;
        prose = b ? i : -1;
    }
    /* only beside a story kept elsewhere, outside furniture; a form that
     * holds the story (ASP.NET wraps the whole page in one) is no
     * furniture, as for the soft-error test (engine.c) */
    const char *story_form = nc_doc_story_forms(p, m, SHELL_MAX_BLOCK_WORDS);
    regions += mark_error_reports(p, m, title, trace_blocks, story_form);
    int story = 0;
    for (int i = 0; i < nblocks && story < 3; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        story += b->verdict == NC_KEEP && (!b->boilerplate || (story_form && story_form[i]))
                 && b->role != NC_ROLE_TITLE && b->words > SHELL_MAX_BLOCK_WORDS;
    }
    for (int i = 0; i < nblocks && story >= 2; i++)
        if (self_evident_description(rules, md, m, title, i) || named_box_description(rules, md, m, title, weak_blocks, i))
            regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
    if (regions) {
        char *frame = NULL;
        for (int i = 0; i < nblocks && !frame; i++)
            if (pending[i] == PENDING_MODEL) {
                frame = apr_pcalloc(p, (apr_size_t)nblocks);
                mark_page_frames(m, frame);
            }
        for (int i = 0; i < nblocks; i++)
            if (pending[i] && page_backed(m, title, i, pending[i], frame))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        regions += grow_shells(rules, p, md, m, title, weak_blocks) > 0;
        regions += spread_in_error_containers(rules, p, md, m, title, weak_blocks);
        regions += spread_in_template(rules, p, md, m, title, weak_blocks);
        regions += mark_site_maps(p, m, title);
        regions += mark_titled_lists(m, title);
        for (int i = 0, also; i < nblocks; i++)
            if (sandwiched_description(rules, md, m, title, weak_blocks, i, story, &also)) {
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
                if (also >= 0)
                    regions += mark_block(&APR_ARRAY_IDX(m->blocks, also, nc_block));
            }
        for (int i = 0; i < nblocks; i++)
            if (weak_beside_shell(m, title, weak_blocks, i))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        regions += mark_sandwiched_boxes(m, title) > 0;
        for (int i = 0; i < nblocks; i++)
            if (wordless_form_between_shells(m, i) || search_form_closing_shell(m, i)
                || framed_shell_beside_shell(rules, md, &memo, m, i))
                regions += mark_block(&APR_ARRAY_IDX(m->blocks, i, nc_block));
        spare_story_titles(m);
        spare_comment_headings(m);
        spare_headline_deks(m, title);
    }
    return regions;
}

/* --- shell lines at the edge of a long block of loose text ---------------- */

/* A story set as bare text with <br><br> between its paragraphs is one long
 * block (a <font> box, a div of text, a run beside the headline), and shell
 * lines pasted at its top or bottom ("403 Forbidden<br>Brak dostępu…<br><br>"
 * over the story) are in its text: no block test sees them. The lines before
 * the first blank break (two <br>s with no text between, or an empty source
 * line) or after the last one are judged as the short block they would be
 * with the story beside them, and cut by byte range. */

#define EDGE_MAX_LINES 6
#define EDGE_STORY_PARTS 3          /* the story judged as this many paragraphs */
#define EDGE_SCAN_MAX (256 * 1024)

/* The bytes of a block's own content: an element's without its own tags. */
static void content_range(const nc_block *b, const char *page, apr_size_t len,
                          apr_size_t *from, apr_size_t *to)
{
    apr_size_t s = b->start, e = b->end > len ? len : b->end;
    if (strcmp(b->tag, NC_RUN_TAG) != 0) {
        const char *gt = memchr(page + s, '>', e - s);
        s = gt ? (apr_size_t)(gt - page) + 1 : e;
        const char *lt = NULL;
        for (apr_size_t i = e; i > s; i--)
            if (page[i - 1] == '<') {
                lt = page + i - 1;
                break;
            }
        if (lt && lt[1] == '/')
            e = (apr_size_t)(lt - page);
    }
    *from = s;
    *to = e;
}

typedef struct edge_item {
    apr_size_t from, to;
    char kind;                  /* 't' text word, 'b' <br>, 'n' source line break, 'o'/'c' inline tag, 'x' other */
} edge_item;

/* Cuts content [from, to) into words, breaks and tags. Returns the count,
 * -1 when something no loose text holds (a comment, a script) is in it. */
static int edge_items(apr_pool_t *p, const char *page, apr_size_t from, apr_size_t to, edge_item **out)
{
    int cap = 64, n = 0;
    edge_item *it = apr_palloc(p, sizeof *it * (apr_size_t)cap);
    for (apr_size_t i = from; i < to;) {
        if (n + 1 >= cap) {
            edge_item *more = apr_palloc(p, sizeof *it * (apr_size_t)cap * 2);
            memcpy(more, it, sizeof *it * (apr_size_t)n);
            it = more;
            cap *= 2;
        }
        unsigned char c = (unsigned char)page[i];
        if (c == '<') {
            const char *gt = memchr(page + i, '>', to - i);
            if (!gt || page[i + 1] == '!' || page[i + 1] == '?')
                return -1;
            apr_size_t e = (apr_size_t)(gt - page) + 1;
            char kind = nc_tag_name_at(page, e, i, "br") ? 'b' : nc_tag_name_at(page, e, i, "hr") ? 'h'
                      : page[i + 1] == '/' ? 'c' : 'o';
            if (nc_tag_name_at(page, e, i, "script") || nc_tag_name_at(page, e, i, "style"))
                return -1;
            it[n++] = (edge_item){ i, e, kind };
            i = e;
        } else if (c == '\n') {
            it[n++] = (edge_item){ i, i + 1, 'n' };
            i++;
        } else if (apr_isspace(c)) {
            i++;
        } else if (c == '&' && to - i >= 6 && strncmp(page + i, "&nbsp;", 6) == 0) {
            i += 6;
        } else {
            apr_size_t e = i;
            while (e < to && page[e] != '<' && !apr_isspace((unsigned char)page[e])
                   && !(page[e] == '&' && to - e >= 6 && strncmp(page + e, "&nbsp;", 6) == 0))
                e++;
            /* a word split by an inline tag ("<b>40</b>3") is one token of
             * the text: join it to the word before when no space was between */
            if (n >= 2 && it[n - 1].kind != 't' && (it[n - 1].kind == 'o' || it[n - 1].kind == 'c')
                && it[n - 1].from > 0 && it[n - 2].kind == 't' && it[n - 2].to == it[n - 1].from
                && it[n - 1].to == i) {
                it[n - 2].to = e;       /* the tag stays listed for the cut's tag balance */
                edge_item tag = it[n - 1];
                it[n - 1] = it[n - 2];
                it[n - 2] = tag;
            } else if (n >= 1 && it[n - 1].kind == 't' && it[n - 1].to == i) {
                it[n - 1].to = e;
            } else {
                it[n++] = (edge_item){ i, e, 't' };
            }
            i = e;
        }
    }
    *out = it;
    return n;
}

/* Is item k a blank break's end: a break with no word since the break
 * before it (two <br>s, or two source line breaks with no <br>)? Counts
 * backwards from k to the previous word. */
static int blank_break_at(const edge_item *it, int k)
{
    if (it[k].kind == 'h')
        return 1;
    if (it[k].kind != 'b' && it[k].kind != 'n')
        return 0;
    int brs = 0, nls = 0;
    for (int j = k; j >= 0 && it[j].kind != 't'; j--) {
        brs += it[j].kind == 'b';
        nls += it[j].kind == 'n';
    }
    return brs >= 2 || (brs == 0 && nls >= 2);
}

/* The words of items [a, z): tokens, and lines (a break before a word starts one). */
static void count_group(const edge_item *it, int a, int z, int *tokens, int *lines)
{
    int t = 0, l = 0, pending = 1;
    for (int k = a; k < z; k++) {
        if (it[k].kind == 't') {
            t++;
            l += pending;
            pending = 0;
        } else if (it[k].kind == 'b' || it[k].kind == 'n' || it[k].kind == 'h') {
            pending = 1;
        }
    }
    *tokens = t;
    *lines = l;
}

/* Offset in text of its token number k (0-based), or text_len. */
static apr_size_t token_offset(const char *text, apr_size_t len, int k)
{
    apr_size_t i = 0;
    for (int t = 0; i < len; t++) {
        if (t == k)
            return i;
        while (i < len && text[i] != ' ')
            i++;
        while (i < len && text[i] == ' ')
            i++;
    }
    return len;
}

/* Offset in text of the start of its part k of parts by length: at a
 * space when one is near (a word stays whole), else at a character. */
static apr_size_t part_offset(const char *text, apr_size_t len, int k, int parts)
{
    apr_size_t i = len * (apr_size_t)k / (apr_size_t)parts;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
        i++;
    for (apr_size_t j = i; j < len && j < i + 24; j++)
        if (text[j] == ' ')
            return j + 1;
    return i;
}

static int count_tokens(const char *text, apr_size_t len)
{
    int t = 0;
    for (apr_size_t i = 0; i < len; i++)
        t += text[i] != ' ' && (i == 0 || text[i - 1] == ' ');
    return t;
}

static int is_line_start(const nc_block *b, apr_size_t pos)
{
    for (int k = 0; k < b->nlines; k++)
        if (b->line_starts[k] == pos)
            return 1;
    return 0;
}

/* Judges text [from, to) of b as a block of lines beside the rest of the
 * story, by the same tests as any block: a page of three blocks. */
static int edge_is_shell(const nc_shell_rules *rules, apr_pool_t *p, const nc_block *b,
                         apr_size_t from, apr_size_t to, int leading, apr_size_t story_from, int beside_shell)
{
    apr_size_t glen, slen;
    int gwords, swords;
    const char *gtext = nc_collapse_text(p, b->text + from, to - from, &glen, &gwords);
    const char *stext = leading ? nc_collapse_text(p, b->text + to, b->text_len - to, &slen, &swords)
                                : nc_collapse_text(p, b->text + story_from, from - story_from, &slen, &swords);
    gwords = nc_weighed_words(gtext, glen, gwords);
    int spaced_swords = swords;
    swords = nc_weighed_words(stext, slen, swords);
    if (glen == 0 || gwords > SHELL_MAX_BLOCK_WORDS || swords <= SHELL_MAX_BLOCK_WORDS)
        return 0;
    apr_uint32_t *starts = apr_palloc(p, sizeof *starts * NC_MAX_LINE_STARTS);
    int nl = 0, br = 0;
    for (int k = 0; k < b->nlines && nl < NC_MAX_LINE_STARTS; k++) {
        apr_uint32_t s = b->line_starts[k];
        if (s > from && s < to) {
            /* the collapsed copy starts at from: offsets shift by it */
            starts[nl++] = (apr_uint32_t)(s - from);
            br += k < b->br_lines;
        }
    }
    /* a line of the story's that introduces what follows ("the page showed
     * the same lines:") makes the lines under it a quote */
    for (int k = 0; k <= nl; k++) {
        apr_size_t ls = k ? starts[k - 1] : 0, le = k < nl ? starts[k] : glen;
        while (le > ls && gtext[le - 1] == ' ')
            le--;
        int spaces = 0;
        for (apr_size_t c = ls; c < le; c++)
            spaces += gtext[c] == ' ';
        int introduces = spaces >= 3 || nc_weighed_words(gtext + ls, le - ls, spaces + 1) >= 4;
        if (le > ls && introduces && (gtext[le - 1] == ':'
                                       || (le - ls >= 3 && memcmp(gtext + le - 3, "\xef\xbc\x9a", 3) == 0)))
            return 0;
    }
    /* the story as three paragraphs (two when it is too short for three
     * beside a shell already cut in its box): the page-wide tests want a
     * story of a few paragraphs before they read a page */
    int parts = beside_shell && swords <= EDGE_STORY_PARTS * (SHELL_MAX_BLOCK_WORDS + 1)
              ? EDGE_STORY_PARTS - 1 : EDGE_STORY_PARTS;
    const char *texts[EDGE_STORY_PARTS + 1];
    apr_size_t lens[EDGE_STORY_PARTS + 1];
    int words[EDGE_STORY_PARTS + 1], g = leading ? 0 : parts;
    texts[g] = gtext;
    lens[g] = glen;
    words[g] = gwords;
    int tokens = count_tokens(stext, slen), s0 = leading ? 1 : 0;
    /* Chinese or Japanese has few spaces: cut it by its text, not its tokens */
    int unspaced = swords > spaced_swords;
    for (int k = 0; k < parts; k++) {
        apr_size_t a = unspaced ? part_offset(stext, slen, k, parts) : token_offset(stext, slen, tokens * k / parts);
        apr_size_t z = unspaced ? part_offset(stext, slen, k + 1, parts)
                                : token_offset(stext, slen, tokens * (k + 1) / parts);
        texts[s0 + k] = nc_collapse_text(p, stext + a, z - a, &lens[s0 + k], &words[s0 + k]);
        words[s0 + k] = nc_weighed_words(texts[s0 + k], lens[s0 + k], words[s0 + k]);
        if (words[s0 + k] <= SHELL_MAX_BLOCK_WORDS)
            return 0;
    }
    /* the page those blocks make, for the shape tests (shell_shape.c) */
    nc_buf html;
    nc_buf_init(&html, p, 256);
    apr_uint32_t at[EDGE_STORY_PARTS + 1][2];
    nc_buf_append(&html, "<body>\n", 7);
    for (int k = 0; k <= parts; k++) {
        at[k][0] = (apr_uint32_t)html.len;
        nc_buf_append(&html, "<p>", 3);
        for (apr_size_t c = 0; c < lens[k]; c++) {
            char ch = texts[k][c];
            if (ch == '<')
                nc_buf_append(&html, "&lt;", 4);
            else if (ch == '&')
                nc_buf_append(&html, "&amp;", 5);
            else
                nc_buf_append_char(&html, ch);
        }
        nc_buf_append(&html, "</p>\n", 5);
        at[k][1] = (apr_uint32_t)html.len;
    }
    nc_buf_append(&html, "</body>", 7);
    nc_docmodel mini;
    memset(&mini, 0, sizeof mini);
    mini.is_html = 1;
    mini.anchors.head_close = mini.anchors.head_open_end = NC_NO_OFFSET;
    mini.anchors.body_close = html.len - 7;
    mini.blocks = apr_array_make(p, parts + 2, sizeof(nc_block));
    nc_block *body = apr_array_push(mini.blocks);
    memset(body, 0, sizeof *body);
    body->tag = "body";
    body->hint = "";
    body->text = "";
    body->parent = -1;
    body->last_desc = parts + 1;
    body->role = NC_ROLE_CONTAINER;
    body->trusted = 1;
    body->end = (apr_uint32_t)html.len;
    for (int k = 0; k <= parts; k++) {
        nc_block *x = apr_array_push(mini.blocks);
        memset(x, 0, sizeof *x);
        x->tag = "p";
        x->hint = "";
        x->text = texts[k];
        x->text_len = (apr_uint32_t)lens[k];
        x->words = words[k];
        x->parent = 0;
        x->last_desc = k + 1;
        x->depth = 1;
        x->start = at[k][0];
        x->end = at[k][1];
        x->trusted = 1;
        if (k == g && nl) {
            x->line_starts = starts;
            x->nlines = (unsigned char)nl;
            x->br_lines = (unsigned char)br;
        }
    }
    int regions = nc_shells_mark(rules, p, &mini, NULL, NULL);
    regions += nc_shell_shape_mark(p, &mini, html.data, html.len, regions > 0);
    if (regions <= 0)
        return 0;
    for (int k = 0; k <= parts; k++)
        if ((APR_ARRAY_IDX(mini.blocks, k + 1, nc_block).verdict == NC_SHELL) != (k == g))
            return 0;
    return 1;
}

/* The length of a tag item's name, which starts skip bytes into it
 * (1 for "<b", 2 for "</b"). */
static apr_size_t tag_name_len(const char *page, const edge_item *x, apr_size_t skip)
{
    apr_size_t n = 0;
    while (x->from + skip + n < x->to && apr_isalnum((unsigned char)page[x->from + skip + n]))
        n++;
    return n;
}

/* Does the tag item x, its name skip bytes in, name exactly name[0, n)? */
static int tag_names(const char *page, const edge_item *x, apr_size_t skip, const char *name, apr_size_t n)
{
    return x->to - x->from >= n + skip + 1 && strncasecmp(page + x->from + skip, name, n) == 0
           && !apr_isalnum((unsigned char)page[x->from + skip + n]);
}

/* Is the opening tag it[k] closed before item z (a tag the group holds)? */
static int closed_before(const char *page, const edge_item *it, int k, int z)
{
    apr_size_t n = tag_name_len(page, &it[k], 1);
    for (int j = k + 1; j < z && n; j++)
        if (it[j].kind == 'c' && tag_names(page, &it[j], 2, page + it[k].from + 1, n))
            return 1;
    return 0;
}

/* Was the closing tag it[k] opened at or after item a? */
static int opened_after(const char *page, const edge_item *it, int a, int k)
{
    apr_size_t n = tag_name_len(page, &it[k], 2);
    for (int j = k - 1; j >= a && n; j--)
        if (it[j].kind == 'o' && tag_names(page, &it[j], 1, page + it[k].from + 2, n))
            return 1;
    return 0;
}

/* Past spaces and one line break after e. */
static apr_size_t through_line_end(const char *page, apr_size_t len, apr_size_t e)
{
    while (e < len && (page[e] == ' ' || page[e] == '\t'))
        e++;
    if (e < len && page[e] == '\r')
        e++;
    if (e < len && page[e] == '\n')
        e++;
    return e;
}

/* Does every tag of items [a, z) open and close inside it (void elements
 * aside)? A cut must not take half of an element the story is in. */
static int void_tag(const char *page, const edge_item *x)
{
    static const char *const voids[] = { "img", "input", "hr", "wbr", "area", "embed", "source", "col" };
    if (x->to - x->from >= 2 && page[x->to - 2] == '/')
        return 1;
    for (apr_size_t k = 0; k < sizeof voids / sizeof *voids; k++)
        if (nc_tag_name_at(page, x->to, x->from, voids[k]))
            return 1;
    return 0;
}

static int balanced(const char *page, const edge_item *it, int a, int z)
{
    for (int k = a; k < z; k++) {
        if (it[k].kind == 'o' && !void_tag(page, &it[k]) && !closed_before(page, it, k, z))
            return 0;
        if (it[k].kind == 'c' && !opened_after(page, it, a, k))
            return 0;
    }
    return 1;
}

/* A server's signature on the line right under shell lines cut over a
 * story (httpd's foot, "<hr> Apache/2.2.15 (CentOS) Server at host Port
 * 80", under its 410 lines) is theirs: returns the item after the line's
 * breaks, and in *pos the text offset of its story, or s when the line at
 * item s (text offset *pos) is no signature. */
static int signature_line_under(const nc_shell_rules *r, apr_pool_t *p, const nc_block *b,
                                const edge_item *it, int n, int s, apr_size_t *pos)
{
    int e = s;
    while (e < n && it[e].kind != 'b' && it[e].kind != 'n' && it[e].kind != 'h')
        e++;
    int before, tokens, lines;
    count_group(it, 0, s, &before, &lines);
    count_group(it, s, e, &tokens, &lines);
    if (e >= n || tokens == 0 || tokens > WEAK_TOKEN_MAX_WORDS)
        return s;
    apr_size_t from = *pos, to = token_offset(b->text, b->text_len, before + tokens);
    while (to > from && b->text[to - 1] == ' ')
        to--;
    apr_size_t ms, me;
    pcre2_match_data *md = nc_regex_match_data(p);
    if (!md || !((slash_digit(b->text + from, to - from)
                  && nc_regex_find(r->server_signature, md, b->text + from, to - from, 0, &ms, &me) > 0)
                 || (tokens <= BARE_SIGNATURE_MAX_WORDS
                     && nc_regex_find(r->bare_signature, md, b->text + from, to - from, 0, &ms, &me) > 0)))
        return s;
    while (e < n && (it[e].kind == 'b' || it[e].kind == 'n' || it[e].kind == 'h'))
        e++;
    if (e >= n)
        return s;
    *pos = token_offset(b->text, b->text_len, before + tokens);
    return e;
}

/* Does the box around block i (below body, html and main) hold a block
 * the shell tests cut? */
static int box_holds_shell(const nc_docmodel *m, int i)
{
    int box = APR_ARRAY_IDX(m->blocks, i, nc_block).parent;
    if (box < 0 || nc_block_page_or_main(&APR_ARRAY_IDX(m->blocks, box, nc_block)))
        return 0;
    for (int j = box + 1; j <= APR_ARRAY_IDX(m->blocks, box, nc_block).last_desc; j++)
        if (APR_ARRAY_IDX(m->blocks, j, nc_block).verdict == NC_SHELL)
            return 1;
    return 0;
}

/* A long block (over min_words) of loose text in <br> lines, read as
 * words, breaks and tags: their count (items in *it, words in *total, the
 * content's end in *to), or 0 when the block is no such box or its bytes do
 * not read as its text does. Most blocks have no <br> line: the first test
 * answers them. */
static int read_loose_box(apr_pool_t *p, const nc_block *b, int i, const char *page, apr_size_t len,
                          int min_words, apr_size_t *to, edge_item **it, int *total)
{
    if (b->br_lines < 2 || b->words <= min_words || b->verdict != NC_KEEP || !b->trusted
        || b->boilerplate || b->last_desc != i || b->end == NC_BLOCK_OPEN
        || b->end > len || b->end - b->start > EDGE_SCAN_MAX || b->role == NC_ROLE_TITLE)
        return 0;
    apr_size_t from;
    content_range(b, page, len, &from, to);
    int n = edge_items(p, page, from, *to, it);
    if (n <= 0)
        return 0;
    *total = 0;
    for (int k = 0; k < n; k++)
        *total += (*it)[k].kind == 't';
    return *total == count_tokens(b->text, b->text_len) ? n : 0;
}

int nc_shells_edge_lines(const nc_shell_rules *rules, apr_pool_t *p, const nc_docmodel *m,
                         const char *page, apr_size_t len, apr_array_header_t *cuts)
{
    int found = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        if (b->words <= (EDGE_STORY_PARTS - 1) * SHELL_MAX_BLOCK_WORDS || b->br_lines < 2)
            continue;
        /* a story of two paragraphs will do in a box whose shell is
         * already cut (a cell's 503 heading over it, its lines under it) */
        int beside_shell = b->words <= (EDGE_STORY_PARTS + 1) * (SHELL_MAX_BLOCK_WORDS + 1)
                           && box_holds_shell(m, i);
        if (b->words <= EDGE_STORY_PARTS * SHELL_MAX_BLOCK_WORDS && !beside_shell)
            continue;
        apr_size_t to;
        edge_item *it;
        int total, n = read_loose_box(p, b, i, page, len, (EDGE_STORY_PARTS - 1) * SHELL_MAX_BLOCK_WORDS,
                                      &to, &it, &total);
        if (n <= 0)
            continue;
        /* leading: items [0, z) up to the first blank break */
        int z = -1;
        for (int k = 0; k < n && z < 0; k++)
            if (blank_break_at(it, k))
                z = k;
        int tokens, lines;
        apr_size_t story_from = 0;
        if (z > 0) {
            count_group(it, 0, z, &tokens, &lines);
            apr_size_t pos = token_offset(b->text, b->text_len, tokens);
            if (tokens > 0 && tokens <= SHELL_MAX_BLOCK_WORDS && lines <= EDGE_MAX_LINES && pos < b->text_len
                && is_line_start(b, pos)
                && edge_is_shell(rules, p, b, 0, pos, 1, 0, beside_shell)) {
                int a = 0;
                while (a < z && (it[a].kind == 'n' || it[a].kind == 'b'
                                 || (it[a].kind == 'o' && !closed_before(page, it, a, z))))
                    a++;
                int s = z + 1;          /* the cut runs to the story's first word */
                while (s < n && (it[s].kind == 'b' || it[s].kind == 'n' || it[s].kind == 'h'))
                    s++;
                if (s < n)
                    s = signature_line_under(rules, p, b, it, n, s, &pos);
                if (a < z && s < n && balanced(page, it, a, s)) {
                    nc_edits_push_removal(cuts, NC_WHY_SHELL, it[a].from, it[s].from,
                                          "shell lines over a block of loose text");
                    found++;
                    story_from = pos;   /* the story under it is judged without it */
                }
            }
        }
        /* trailing: items after the last blank break */
        int y = -1;
        for (int k = n - 1; k >= 0 && y < 0; k--)
            if (blank_break_at(it, k))
                y = k;
        if (y >= 0 && y > z) {
            count_group(it, y + 1, n, &tokens, &lines);
            apr_size_t pos = token_offset(b->text, b->text_len, total - tokens);
            int known = b->nlines < NC_MAX_LINE_STARTS ? is_line_start(b, pos) : 1;
            if (tokens > 0 && tokens <= SHELL_MAX_BLOCK_WORDS && lines <= EDGE_MAX_LINES && pos > 0 && known
                && pos > story_from && edge_is_shell(rules, p, b, pos, b->text_len, 0, story_from, beside_shell)) {
                int last = n - 1;       /* the group's last own item */
                while (last > y && (it[last].kind == 'n'
                                    || (it[last].kind == 'c' && !opened_after(page, it, y + 1, last))))
                    last--;
                int c = y + 1;          /* from the blank break's last <br>, or the group */
                for (int k = y; k >= 0 && it[k].kind != 't'; k--)
                    if (it[k].kind == 'b') {
                        c = k;
                        break;
                    }
                if (last > y && balanced(page, it, c, last + 1)) {
                    apr_size_t end = through_line_end(page, len, it[last].to);
                    /* an element's end tag stays; a run's line break after it
                     * is the box's blank, and the line's own */
                    if (end > to && strcmp(b->tag, NC_RUN_TAG) != 0)
                        end = to;
                    nc_edits_push_removal(cuts, NC_WHY_SHELL, it[c].from, end,
                                          "shell lines under a block of loose text");
                    found++;
                }
            }
        }
    }
    return found;
}

/* --- a block of loose text that repeats its own paragraphs --------------- */

/* The seed's kind set in HTML: a story in <br><br> paragraphs in one box (a
 * vBulletin post, a forum portal's news item, a <font> cell), its
 * paragraphs printed again after themselves inside the same box. No block
 * test sees it: the copy is in its original's own text. The box's
 * paragraphs (the text between blank breaks) are compared as its decoded,
 * collapsed text says them; a tail of at least REPEAT_MIN_PARAGRAPHS
 * paragraphs and REPEAT_MIN_WORDS words that says, paragraph for
 * paragraph, a run of paragraphs before it is a copy and is cut from its
 * first word to the box's last break: the first complete copy stays. A
 * refrain (one stanza again) is one paragraph and stays. Asked only of
 * boxes the edge test reads (long, two <br> lines or more). */
#define REPEAT_MIN_PARAGRAPHS 2
#define REPEAT_MIN_WORDS 40
#define REPEAT_MAX_PARAGRAPHS 64

typedef struct loose_para {
    int item;                   /* its first word's item */
    int tokens;                 /* its words */
    apr_size_t at, len;         /* its text in the block's text */
} loose_para;

static int same_para(const char *text, const loose_para *x, const loose_para *y)
{
    return x->len == y->len && memcmp(text + x->at, text + y->at, x->len) == 0;
}

/* The first paragraph of a run that repeats, paragraph for paragraph, a
 * run right before it or earlier, or -1; *count: its paragraphs. The
 * longest such run from the earliest start. */
static int repeated_run(const char *text, const loose_para *pa, int np, int *count)
{
    for (int s = 1; s + REPEAT_MIN_PARAGRAPHS <= np; s++) {
        for (int t = 0; t < s; t++) {
            int k = 0, words = 0;
            while (s + k < np && t + k < s && same_para(text, &pa[s + k], &pa[t + k]))
                words += pa[s + k++].tokens;
            if (k >= REPEAT_MIN_PARAGRAPHS && words >= REPEAT_MIN_WORDS) {
                *count = k;
                return s;
            }
        }
    }
    return -1;
}

static int loose_text_repeat(apr_pool_t *p, const nc_block *b, const char *page, apr_size_t len,
                             apr_size_t to, const edge_item *it, int n, apr_array_header_t *cuts)
{
    loose_para *pa = apr_palloc(p, sizeof *pa * REPEAT_MAX_PARAGRAPHS);
    int np = 0, open = 0;
    apr_size_t pos = 0;
    for (int k = 0; k < n; k++) {
        if (it[k].kind == 't') {
            if (!open) {
                if (np == REPEAT_MAX_PARAGRAPHS)
                    return 0;
                pa[np++] = (loose_para){ k, 0, pos, 0 };
                open = 1;
            }
            /* the collapsed text has one space between words */
            while (pos < b->text_len && b->text[pos] != ' ')
                pos++;
            pa[np - 1].len = pos - pa[np - 1].at;
            pa[np - 1].tokens++;
            while (pos < b->text_len && b->text[pos] == ' ')
                pos++;
        } else if (open && blank_break_at(it, k)) {
            open = 0;
        }
    }
    int count = 0, s = np > REPEAT_MIN_PARAGRAPHS ? repeated_run(b->text, pa, np, &count) : -1;
    if (s < 0)
        return 0;
    /* the copy: its words, the tags it opens and closes, its breaks up
     * to the next tag or word */
    int a = pa[s].item, w = s + count < np ? pa[s + count].item : n, last = a;
    for (int k = a; k < w; k++)
        if (it[k].kind == 't')
            last = k;
    while (a > 0 && it[a - 1].kind == 'o')
        a--;
    while (last + 1 < w && (it[last + 1].kind == 'b' || it[last + 1].kind == 'n'
                            || (it[last + 1].kind == 'c' && opened_after(page, it, a, last + 1))))
        last++;
    /* a wrapper of the copy's own (a second <font> holding it) goes with it */
    for (;;) {
        int o = a - 1, c = last + 1;
        while (o > 0 && it[o].kind == 'n')
            o--;
        while (c + 1 < n && it[c].kind == 'n')
            c++;
        if (o < 0 || c >= n || it[o].kind != 'o' || it[c].kind != 'c'
            || !opened_after(page, it, o, c) || opened_after(page, it, o + 1, c))
            break;
        a = o;
        last = c;
    }
    if (!balanced(page, it, a, last + 1))
        return 0;
    apr_size_t end = through_line_end(page, len, it[last].to);
    nc_edits_push_removal(cuts, NC_WHY_DUPLICATE, it[a].from, end > to ? to : end,
                          "paragraphs repeated in a block of loose text");
    return 1;
}

int nc_loose_text_repeats(apr_pool_t *p, const nc_docmodel *m, const char *page, apr_size_t len,
                          apr_array_header_t *cuts)
{
    int found = 0;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(m->blocks, i, nc_block);
        apr_size_t to;
        edge_item *it;
        int total, n = read_loose_box(p, b, i, page, len, EDGE_STORY_PARTS * SHELL_MAX_BLOCK_WORDS,
                                      &to, &it, &total);
        if (n > 0)
            found += loose_text_repeat(p, b, page, len, to, it, n, cuts);
    }
    return found;
}

int nc_shells_opens_with_apology(const nc_shell_rules *r, apr_pool_t *p, const char *text, apr_size_t len)
{
    apr_size_t ms, me;
    pcre2_match_data *md = nc_regex_match_data(p);
    return md && nc_regex_find(r->box_apology, md, text, len, 0, &ms, &me) > 0;
}
