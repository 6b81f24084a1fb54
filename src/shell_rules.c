/*
 * shell_rules.c - the wording of error shells: the sentences, titles, codes
 * and server signatures that error pages print, in the languages a news
 * mirror meets, compiled once per server (nc_shell_rules_create); and the
 * trigger scan, which says where in a text one of them may start, so that
 * most of a page's text is never handed to PCRE2.
 */
#define _GNU_SOURCE 1     /* memmem */
#include "shell_rules.h"

#include <string.h>
#include <apr_strings.h>

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
    "перепрошуємо|(?:çok )?üzgünüz|özür dileriz|ne pare rău|عذرا|عذراً|عذرًا|نأسف|نعتذر|抱歉|很抱歉|对不起|對不起|"
    "申し訳(?:ございません|ありません)|すみません|죄송합니다|omlouváme se|λυπούμαστε)(?:\\W|$)";

/* A members-only notice, as newsrooms word their wall in the 14
 * languages ("Cet article est réservé aux abonnés", "Nur für Abonnenten",
 * "Exclusivo para assinantes", "会員限定記事", "Матеріал лише для
 * передплатників"). No error: shells.c takes it only as the wall round a
 * story the page holds whole (mark_members_walls). */
static const char *const members_only_pattern =
    "\\b(?:subscribers?|members?)[- ]only\\b|"
    "\\b(?:exclusive|reserved|available) (?:only )?(?:to|for) (?:our )?(?:paying |digital )?(?:subscribers|members)\\b|"
    "réservée?s? (?:exclusivement )?aux (?:abonnés|membres)|"
    "\\b(?:nur|exklusiv) für (?:abonnenten|abonnentinnen|mitglieder|abonnent\\*innen)\\b|"
    "\\b(?:exclusivo|solo|sólo|reservado) para (?:suscriptores|socios|abonados)\\b|"
    "\\b(?:riservat[oa]|esclusiv[oa]|solo) (?:agli|per (?:gli )?)abbonati\\b|"
    "\\b(?:exclusivo|apenas|só|somente|reservado) (?:para|a|aos) assinantes\\b|"
    "\\b(?:alleen|exclusief) voor (?:abonnees|leden)\\b|"
    "\\b(?:tylko|wyłącznie) dla (?:prenumeratorów|subskrybentów|abonentów)|"
    "(?:только|доступно только) для (?:платных )?подписчиков|"
    "(?:лише|тільки) для (?:передплатників|підписників)|"
    "\\b(?:sadece |yalnızca )?abonelere özel\\b|"
    "\\b(?:doar|exclusiv) pentru abonați|\\bpouze pro předplatitele|μόνο για συνδρομητές|"
    "(?:حصري|متاح فقط) للمشتركين|للمشتركين فقط|"
    "(?:有料)?会員限定|購読者限定|(?:会员|會員|订阅用户|訂閱用戶)(?:专享|專享)|仅限(?:会员|订阅用户)|僅限(?:會員|訂閱用戶)|"
    "유료 ?회원 전용|회원 전용";

/* WordPress's "Learn more about troubleshooting WordPress.": the verb and
 * the noun as its translations word them. */
#define NC_LEARN_MORE \
    "\\blearn more|\\bsaiba mais|\\baprend[ae] más|\\bmás información|\\berfahre(?:n sie)? mehr|\\ben savoir plus|" \
    "\\bscopri di più|\\bmeer informatie|\\blees meer|dowiedz się więcej|узнайте больше|подробнее|дізнайтеся більше|" \
    "\\bdaha fazla bilgi|تعرف على المزيد|了解|詳しく"
#define NC_TROUBLESHOOTING \
    "troubleshoot\\w*|debug\\w*|depuración|depuração|resolução de problemas|resolución de problemas|fehlerbehebung|" \
    "débogage|dépannage|risoluzione dei problemi|(?:het )?oplossen van problemen|problemen oplossen|debugowani\\w*|" \
    "rozwiązywani\\w* problemów|отладк\\w*|решени\\w* проблем|налагодженн\\w*|усуненн\\w* (?:проблем|несправностей)|" \
    "hata ayıklama|sorun giderme|تصحيح الأخطاء|استكشاف الأخطاء|故障排除|调试|除錯|疑難排解|トラブルシューティング|デバッグ"

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
    /* ASP.NET's yellow screen heading as its language packs print it
     * ("'/' 應用程式中發生伺服器錯誤。", "Serverfehler in der Anwendung '/'."):
     * the quoted application path makes it no sentence of a story */
    "'[^']{1,80}' (?:應用程式中發生伺服器錯誤|应用程序中的服务器错误|應用程式中的伺服器錯誤|アプリケーションでサーバー ?エラーが発生しました|"
        "응용 프로그램에 서버 오류가 있습니다)|アプリケーション '[^']{1,80}' でサーバー ?エラーが発生しました|"
        "\\b(?:serverfehler in der anwendung|erreur du serveur dans l(?:'|’)application|error de servidor en la aplicación|"
        "errore (?:del )?server nell(?:'|’)applicazione|erro (?:de|do) servidor no aplicativo|erro de servidor na aplicação|"
        "serverfout in toepassing|błąd serwera w aplikacji|ошибка сервера в приложении|помилка сервера в програмі|"
        "uygulamasında sunucu hatası) ?\"?'[^']{1,80}'",
    /* the status descriptions of RFC 9110 as Tomcat's report and other
     * servers print them under the code, and Tomcat's note under a stack
     * trace; with their usual translations: no story says them */
    "\\bthe server encountered an unexpected condition that prevented it from fulfilling the request\\b|"
        "\\bthe server understood the request but refuses to authori[sz]e it\\b|"
        "\\bthe request has not been applied because it lacks valid authentication credentials\\b|"
        "\\bwhile acting as a gateway or proxy, (?:received an invalid response|did not receive a timely response) from an upstream server\\b|"
        "\\bthe server is currently unable to handle the request due to a temporary overload\\b|"
        "\\bthe full stack trace of the root cause is available in the\\b|"
        "сервер столкнулся с (?:неожиданным|непредвиденным) (?:условием|состоянием)|"
        "сервер зіткнувся з (?:неочікуваною|непередбаченою) (?:умовою|ситуацією)|"
        "полная трассировка стека[^.]{0,60}(?:доступна|находится|приведена) в (?:журналах|логах)|"
        "\\bder server (?:ist auf|hat) (?:einen|eine) unerwartete[nr]? (?:zustand|bedingung|fehler)\\b[^.]{0,80}anfrage|"
        "\\ble serveur a rencontré une (?:condition|erreur) inattendue qui l(?:'|’)a empêché|"
        "\\bel servidor (?:encontró|se encontró con|ha encontrado) una condición inesperada\\b|"
        "\\bil server ha (?:riscontrato|incontrato) una condizione (?:imprevista|inattesa|inaspettata)\\b|"
        "\\bo servidor encontrou uma condição inesperada\\b",
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
    /* WordPress's fatal error handler (wp_die since 5.3): "There has been a
     * critical error on this website." in the 14 languages as the current
     * translations word it (Debian's wordpress-l10n predates the sentence,
     * so the catalog has only the English) */
    "\\bkritische[nr]? fehler (?:auf|in) (?:dieser|deiner|ihrer) (?:website|webseite)\\b|"
        "\\b(?:dieser|deiner|ihrer) (?:website|webseite) (?:ist ein kritischer fehler aufgetreten|gab es einen kritischen fehler)\\b|"
        "\\bune erreur critique (?:s(?:'|’)est produite )?sur (?:ce|votre) site\\b|"
        "\\bun error crítico en (?:esta|este|tu|su) (?:web|sitio)\\b|"
        "\\berrore critico (?:su questo|in questo|sul|nel|sul tuo) sito\\b|"
        "\\berro crítico (?:neste|no seu|no) site\\b|"
        "\\bkritieke fout (?:op|in) (?:deze|je|uw) (?:site|website)\\b|\\bop (?:deze|je|uw) (?:site|website) (?:is )?een kritieke fout\\b|"
        "\\bna (?:tej |twojej )?stronie wystąpił (?:błąd krytyczny|krytyczny błąd)|\\bwystąpił (?:błąd krytyczny|krytyczny błąd) na (?:tej |twojej )?stronie|"
        "на (?:этом |вашем )?сайте (?:возникла|произошла) критическая ошибка|"
        "на (?:цьому |вашому )?сайті (?:виникла|сталася) критична помилка|"
        "\\b(?:bu )?(?:web )?site(?:si)?(?:n)?de kritik bir hata (?:oluştu|meydana geldi)|"
        "(?:كان هناك|حدث) خطأ (?:فادح|جسيم|حرج) في هذا الموقع|"
        "此(?:站点|网站)遇到了致命错误|(?:這個|此|本)網站發生嚴重錯誤|サイトに重大なエラーがありました|このサイトで重大なエラーが発生しました",
    /* and the link under it, "Learn more about troubleshooting WordPress."
     * (5.3-6.1: "...about debugging in WordPress."), in the 14 languages:
     * a "learn more" verb, troubleshooting or debugging, and WordPress in
     * one sentence */
    "(?:" NC_LEARN_MORE ")[^.。\\n]{0,80}?(?:" NC_TROUBLESHOOTING ")[^.。\\n]{0,40}?\\bwordpress\\b|"
        "(?:" NC_LEARN_MORE ")[^.。\\n]{0,20}?\\bwordpress\\b[^.。\\n]{0,20}?(?:" NC_TROUBLESHOOTING ")|"
        "\\bwordpress\\b[^.。\\n]{0,40}?(?:" NC_TROUBLESHOOTING ")[^.。\\n]{0,80}?(?:" NC_LEARN_MORE ")",
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
    /* a hosting panel's own page standing in for the site: Plesk's
     * default page for a domain it serves no site for ("Web Server's
     * Default Page", "This page is generated by Plesk, the leading hosting
     * automation software. You see this page because there is no Web site
     * at this address.") */
    "\\bthis page is generated by plesk\\b|\\bweb server(?:'|’)s default page\\b|"
        "\\byou see this page because there is no web ?site at this address\\b",
    /* CodeIgniter 3's stock error views (application/views/errors/html/
     * error_php.php, error_exception.php, error_db.php), printed into the
     * page where a view failed, on legacy PHP news sites */
    "\\ba php error was encountered\\b|\\ban uncaught exception was encountered\\b|"
        "\\ba database error occurred\\b",
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
        "\\bstron[aęy] o (?:podanym|tym|wskazanym) adresie (?:nie istnieje|nie została (?:znaleziona|odnaleziona)|została usunięta)|\\bnie ma takiej strony|\\bstrony nie (?:znaleziono|odnaleziono)|\\bstrona nie została (?:znaleziona|odnaleziona)|\\b(?:ta )?strona (?:została usunięta|już nie istnieje)|"
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
        /* "we cannot find the page (you are looking for)", the finder first:
         * "Vi hittar tyvärr inte sidan du letar efter", "Stránku, kterou
         * hledáte, jsme nenašli" (the cn-* set) */
        "\\bvi (?:hittar (?:tyvärr |dessvärre )?inte|(?:kan|kunde) (?:tyvärr |dessvärre )?inte hitta) (?:den )?(?:sidan|artikeln)\\b|"
        "\\b(?:nenašli jsme|nenašel jsem|nepodařilo se (?:nám )?najít) (?:požadovanou |hledanou )?stránku\\b|"
        "\\bstránku,? (?:kterou|již) (?:hledáte|jste hledal\\w*),? (?:jsme |jsem |bohužel )*(?:nenaš(?:el|la|li)|nenalezl\\w*)\\b|"
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
    /* down for maintenance announced ahead, in the future tense, as
     * newsrooms' banners and CMS maintenance plugins word it ("Our site
     * will be down for scheduled maintenance on Sunday", "O site estará
     * em manutenção", "Die Seite wird am Sonntag gewartet", "Le site sera
     * en maintenance"): the site itself, or "we" at work on it. Not
     * "service": a bus or rail service closed for maintenance is news. */
    "\\b(?:site|website|server)s? will be (?:temporarily )?(?:down|offline|unavailable|undergoing) (?:for )?(?:scheduled |planned |routine )?maintenance\\b|"
        "\\bwe will be (?:performing|carrying out|doing) (?:some )?(?:scheduled |planned |routine )?maintenance (?:on|to) (?:the|our|this) (?:site|website)\\b|"
        "\\b(?:website|webseite|seite|plattform|portal) wird (?:[^.!?]{0,60}? )?gewartet\\b|"
        "\\b(?:wegen|aufgrund(?: von)?) (?:dringender |geplanter )?wartungsarbeiten (?:wird|werden) (?:die|diese|dieser|unsere|unser) (?:website|webseite|seite|bereich|dienst|angebot|portal)\\w* [^.!?]{0,60}?nicht (?:erreichbar|verfügbar) sein|"
        "\\bwir werden (?:[^.!?]{0,40}? )?wartungsarbeiten (?:an|auf) (?:unserer|der|dieser) (?:website|webseite|seite|plattform) durchführen|"
        "\\b(?:site|plateforme) sera (?:[^.!?]{0,40}? )?(?:en maintenance|(?:indisponible|inaccessible) (?:pour|en raison d'une|pour cause de) (?:opération de |travaux de )?maintenance)\\b|"
        "\\b(?:sitio|portal) (?:web )?estará (?:temporalmente )?(?:en|bajo) mantenimiento\\b|"
        "\\b(?:sito|portale) sarà (?:temporaneamente )?in manutenzione\\b|"
        "\\b(?:site|portal) (?:estará|ficará|vai estar) (?:temporariamente )?(?:em|sob) manutenção\\b|"
        "\\b(?:website|site) (?:zal|wordt) (?:[^.!?]{0,40}? )?(?:in onderhoud zijn|wegens onderhoud (?:niet bereikbaar|offline))\\b|"
        "\\b(?:strona|serwis) będzie (?:chwilowo |czasowo |tymczasowo )?niedostępn[ay] (?:z powodu|ze względu na) (?:planowanej )?(?:przerwy technicznej|prac (?:konserwacyjnych|serwisowych|technicznych))|"
        "сайт будет (?:временно )?недоступен (?:в связи с|из-за) (?:плановыми |профилактическими )?(?:техническими|профилактическими) работами|"
        "сайт буде (?:тимчасово )?недоступний (?:у зв(?:'|’)язку з|через) (?:плановими |профілактичними )?(?:технічними|профілактичними) роботами|"
        "(?:sitemiz|web sitemiz) [^.!?]{0,60}?bakım(?:da olacaktır| çalışması nedeniyle erişilemeyecektir)|"
        "سيكون الموقع (?:متوقفا |متوقفاً )?(?:تحت|قيد) الصيانة|"
        "(?:网站|本站|系统|網站|系統)将(?:于[^。]{0,20})?进行(?:系统)?(?:维护|升级维护)|"
        "(?:サイト|システム)[^。]{0,30}?メンテナンスを(?:実施|予定)(?:いたします|します|しております)",
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
    "\\bunavailable (?:for|due to) legal reasons\\b|\\b(?:not available|unavailable) in your (?:country|region)\\b|"
        "\\baus rechtlichen gründen nicht verfügbar|\\bin ihrem land nicht verfügbar|"
        "\\bindisponible pour (?:des )?raisons (?:juridiques|légales)|\\bn(?:'|’)est pas disponible dans votre pays|"
        "\\bno (?:está )?disponible (?:en tu país|en su país|por (?:motivos|razones) legales)|"
        "\\bnon (?:è )?disponibile (?:nel tuo paese|nel suo paese|per motivi legali)|"
        "\\b(?:não (?:está )?disponível|indisponível) (?:no seu país|no teu país|na sua região|por motivos legais)|"
        "\\bniet beschikbaar in (?:uw|jouw|je) land\\b|\\bom juridische redenen niet beschikbaar|"
        "\\b(?:niedostępn\\w*|nie jest dostępn\\w*) w twoim (?:kraju|regionie)|\\bniedostępn\\w* z (?:powodów|przyczyn) prawnych|"
        "недоступ\\w* в вашей стране|недоступ\\w* по юридическим причинам|недоступн\\w* у вашій країні|недоступн\\w* з юридичних причин|"
        "ülkenizde (?:kullanılamıyor|erişilebilir değil)|yasal nedenlerle (?:kullanılamıyor|erişilemiyor)|"
        "غير متاح في (?:بلدك|منطقتك)|غير متاح لأسباب قانونية|"
        "(?:在)?您所在的(?:国家|地区|国家/地区|国家或地区)(?:无法|不可)|因法律原因(?:无法|不可)|"
        "お住まいの(?:国|地域)(?:または地域)?(?:では|からは)(?:ご)?(?:利用|視聴|アクセス)(?:いただけません|できません)",
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
        "(?:お探しの|リクエストされた)(?:記事|ニュース|コンテンツ)は(?:削除|アーカイブ)され|"
        /* ... or past its publication period (Japanese papers keep a story
         * online a fixed time: "お探しの記事は掲載期間が終了しました"), or
         * expired ("articolul pe care îl căutați a expirat") */
        "(?:お探しの|リクエストされた|ご指定の)(?:記事|ニュース|ページ|コンテンツ)(?:は|の)掲載(?:期間|期限)(?:が|は|を)?終了|"
        "\\barticolul pe care (?:îl )?(?:căutați|cauți) (?:a expirat|nu mai este disponibil|a fost (?:retras|șters|eliminat))",
    /* a site or a section of it down for maintenance, as Russian and
     * Ukrainian sites word it: "Раздел временно недоступен в связи с
     * техническими работами", "Сайт тимчасово недоступний через технічні роботи" */
    "(?:раздел|сайт|сервис|портал|ресурс|страница) (?:временно )?недоступ\\w* (?:в связи с|из-за|по причине|ввиду) "
        "(?:проведением )?(?:техническ|профилактическ|плановы|регламентн)\\w* (?:работ|обслуживан)|"
        "(?:розділ|сайт|сервіс|портал|ресурс|сторінка) (?:тимчасово )?недоступн\\w* (?:у зв(?:'|’)язку з|через) "
        "(?:проведенням )?(?:технічн|профілактичн|планов)\\w* (?:робіт|роботи|обслуговуван)",
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
        "ليس لديك (?:إذن|صلاحية|تصريح)|غير مصرح لك (?:ب|ل)|您(?:没有|無|无)(?:权限|權限)|无权访问|無權訪問|无权查看|無權查看|"
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
    "\\bno se (?:ha |han |pudo |puede )?(?:encontrado|encontró|encontrar|localizado|localizó|localizar)" NC_GAP "(?:página|contenido|artículo|url|dirección|enlace)",
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
    "(?:страниц|стать|материал|раздел|сторінк|матеріал|розділ)\\w*" NC_GAP
        "(?:не найден|не существует|\\bнет\\b|удал[её]н|перемещ[её]н|перенес[её]н|не ?доступн|не знайден|не існує|\\bнемає\\b|видален|переміщен|"
        "перенесен|більше не доступн|"
        /* "can't be found / displayed", as the English: the WordPress
         * starter themes' "Упс! Эта страница не может быть найдена." */
        "не может быть (?:найден|отображ[её]н|показан|загружен)|не може бути (?:знайден|відображен|показан|завантажен))",
    "(?:не удалось|невозможно|не вдалося|неможливо) (?:найти|открыть|знайти|відкрити)" NC_GAP "(?:страниц|сторінк)",
    /* Turkish */
    "\\b(?:sayfa|içerik|haber|bağlantı)\\w*" NC_GAP
        "\\b(?:bulunam\\w*|bulunmuyor|mevcut değil|mevcut görünmüyor|kullanılamıyor|kaldırıl\\w*|silin\\w*|taşın\\w*|erişilemiyor|ulaşılamıyor|görüntülenemiyor|yayında değil|süresi dol\\w*)",
    /* Arabic */
    "(?:الصفحة|الصفحه|الرابط|المقال|المحتوى|الخبر)" NC_GAP "(?:غير موجود|غير متوفر|غير متاح|لم يتم العثور|تم حذف|تم نقل|محذوف|لم يعد متاح|لم تعد متاح|لم يعد متوفر|لم تعد متوفر|انتهت صلاحيت)",
    "(?:تم حذف|تمت إزالة|تم نقل|لم نعثر على|لا توجد|لا يمكن العثور على|تعذر العثور على|لم يتم العثور على)" NC_GAP "(?:الصفحة|الصفحه|المقال|المحتوى)",
    /* Chinese, Japanese */
    "(?:页面|网页|頁面|網頁|文章|新闻|新聞|内容|內容|链接|鏈接|资源|資源)" NC_CJK_GAP
        "(?:不存在|已被删除|已删除|被删除|已刪除|已被刪除|已被移除|已移除|找不到|无法访问|無法訪問|已失效|已过期|已下线|已下線|已下架|加载失败|載入失敗|无法加载|無法載入|无法显示|無法顯示|不可用|无法使用|無法使用|未找到|没有找到|沒有找到|未能找到)",
    "(?:找不到|无法找到|無法找到|未找到)" NC_CJK_GAP "(?:页面|网页|頁面|網頁|内容|文章)",
    "(?:ページ|記事|コンテンツ|リソース)" NC_CJK_GAP "(?:見つかりません|見つからない|存在しません|存在しない|削除され|移動し|移動され|公開を終了|掲載を終了|掲載期間(?:が|は)?終了|アクセスできません|アクセスできない|(?:ご)?利用(?:いただけ|でき)ません|表示できません)",
    /* Czech, Slovak, Hungarian, Romanian */
    "\\b(?:stránk|článek|článk|obsah|adres|stránok)\\w*" NC_GAP
        "\\b(?:nenalezen\\w*|nebyl[ao]? nalezen\\w*|neexistuje|(?:byl[ao]?|bola|bol) (?:odstraněn|smazán|přesunut|odstránen|presunut)\\w*|"
        "není (?:k dispozici|dostupn\\w*)|nenájden\\w*|nebol[ao]? nájden\\w*|(?:sa )?nenašl\\w*|nenašel\\b)",
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
    "\\b(?:(?:kunde|kan) (?:vi )?(?:tyvärr |dessvärre )?inte hitta|hittar (?:tyvärr |dessvärre )?inte|(?:kunne|kan) (?:vi )?ikke (?:finde|finne)|finner ikke|"
        "(?:emme|ei) (?:löytänyt|löydä|löytäneet)|nepodařilo se (?:nám )?najít|nenašli jsme|nenašel jsem|nem (?:találjuk|találtuk)|"
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
    /* "server", as "The server received an invalid response" (502) and
     * "did not receive a timely response" (504) say it in the 14 */
    "serveur|servidor|serwer\\w*|сервер\\w*|sunucu\\w*|"
    /* "try again later" and "sorry for the inconvenience", every language */
    "versuchen sie es (?:später )?(?:noch einmal|erneut)|réessay\\w*|inténtelo (?:de nuevo|más tarde)|vuelva a intentarlo|"
    "riprova\\w*|tente novamente|probeer het (?:later |(?:over|binnen) (?:\\w+ ){1,2})?opnieuw|voorpagina|startpagina|spróbuj(?:cie)? ponownie|"
    "попробуйте (?:ещё раз|еще раз|позже|снова)|спробуйте (?:ще раз|пізніше|знову)|tekrar deneyin|"
    "inconvenience|unannehmlichkeiten|désagrément\\w*|molestias|inconvenient[ei]|disagio|transtorno\\w*|ongemak|"
    "utrudnienia|неудобств\\w*|незручн\\w*|rahatsızlık\\w*)\\b"
    "|خطأ|حذف|نقل|الرابط|عنوان|البحث|الرئيسية|حاول مرة أخرى|أعد المحاولة|الإزعاج|الخادم"
    "|错误|删除|刪除|网址|網址|链接|首页|首頁|搜索|跳转|稍后再试|稍後再試|不便|服务器|伺服器"
    "|エラー|削除|移動|URL|アドレス|トップページ|検索|サーバ|しばらく(?:してから|時間をおいて)|再度アクセス|ご不便|ご迷惑"
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
    "back", "slow", "maint", "wartung", "gewart", "mantenim", "manuten", "onderhoud", "konserw", "serwis", "przerw",
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
    /* WordPress's "Learn more about troubleshooting WordPress." in every language */
    "wordpress",
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
    "ехническ", "ехнічн", "обслуживан", "обслуговуван", "аздел", "озділ", "bakım", "صيانة", "维护", "維護", "メンテナンス",
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
    "資料庫", "嚴重錯誤", "提示信息", "浏览器", "대상", "삭제되었거나", "글이",
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
 * "Статус HTTP 404 – Не найдено" (or "Состояние HTTP 500"), "HTTP状态 404 - 未找到". */
#define NC_ERROR_WORD "(?:error|status|état|estado|stato|durum(?:u)?|статус|состояние|حالة|状态|狀態|ステータス|fehler|erreur|errore|erro|fout|hata(?:s[ıi])?|błąd|ошибка|помилка|خطأ|错误|錯誤|エラー|" NC_ERROR_WORD_MORE ")"
#define NC_HTTP_ERROR_PREFIX "(?:" NC_ERROR_WORD "[\\s-]+)?(?:http[\\s-]*)?(?:" NC_ERROR_WORD "\\s*)?"

/* "Access denied" in the other 13 languages: with a code beside it a
 * reason, and alone in its block an error page's title as the English is. */
#define NC_ACCESS_DENIED_L10N \
    "zugriff verweigert|accès (?:refusé|interdit)|acceso (?:denegado|prohibido)|accesso negato|acesso negado|" \
    "toegang geweigerd|odmowa dostępu|dostęp zabroniony|доступ запрещ[её]н|доступ заборонено|" \
    "erişim (?:engellendi|reddedildi)|الوصول مرفوض|(?:تم )?رفض الوصول|禁止访问|拒绝访问|拒絕訪問|禁止訪問|アクセス(?:が)?拒否(?:されました)?"

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
    "palvelu ei ole (?:tilapäisesti )?käytettävissä|η υπηρεσία δεν είναι διαθέσιμη|" \
    /* the 503 as Greek sites word it: "Η υπηρεσία είναι προσωρινά μη διαθέσιμη" */ \
    "η υπηρεσία (?:είναι )?(?:προσωρινά )?μη διαθέσιμη|השירות אינו זמין|سرویس در دسترس نیست|" \
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
        /* a newsroom's title over its takedown note: "Contenu retiré",
         * "Beitrag entfernt", "Материал удалён", "文章已删除" */
        "(?:content|article|story|post) (?:removed|withdrawn|deleted)|(?:contenu|article) (?:retiré|supprimé)|"
        "(?:inhalt|artikel|beitrag) (?:entfernt|gelöscht)|(?:contenido|artículo|noticia) (?:retirad[ao]|eliminad[ao])|"
        "(?:contenuto|articolo|notizia) (?:rimoss[ao]|eliminat[ao])|(?:conteúdo|artigo|notícia) (?:removid[ao]|excluíd[ao])|"
        "(?:inhoud|artikel|bericht) verwijderd|(?:treść|artykuł|materiał) usunięt[ayo]|"
        "(?:материал|статья|новость) удал[её]н[аы]?|(?:матеріал|стаття|новина) видален[оа]?|"
        "(?:içerik|haber|makale) (?:kaldırıldı|silindi)|(?:تم حذف|تمت إزالة) (?:المحتوى|المقال|الخبر)|"
        "(?:内容|文章|新闻|內容|新聞)(?:已被?删除|已被?刪除|已下架)|(?:記事|コンテンツ)は?削除されました|"
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
        "could not connect|not found on accelerator|unknown host|cache read error|"
        /* Cloudflare's whole answer to a client that is no browser, its own
         * 1xxx codes (1020: a firewall rule) and its 52x */
        "error code:\\s*(?:1[0-2]\\d\\d|52\\d|530)"
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

/* More whole-block titles, compiled apart (strong_token_pattern is at
 * PCRE2's size limit): a newsroom's title over its note that the piece is
 * withheld, expired or depublished, Bitrix sites' "Материал недоступен",
 * a Drupal archive's "Dit artikel is verlopen", a German broadcaster's
 * "Dieser Beitrag ist nicht mehr verfügbar", a Romanian WordPress theme's
 * "Acest articol nu mai este disponibil" (the cn-* set). */
static const char *const strong_title_more_pattern =
    "^\\W*(?:"
    /* "Forbidden" as the translations of a 403 title say it ("403 Verboten",
     * "403 Interdit", "403 Prohibido"), after the code only (here: the
     * first list is at PCRE2's size limit) */
    NC_HTTP_ERROR_PREFIX "403\\W{0,3}(?:verboten|interdit|prohibido|vietato|proibido|verboden|zabronione|zabroniony|"
        "запрещено|заборонено|yasak|yasaklandı|ممنوع|محظور|禁止|アクセス禁止)|"
    /* a 504 as Russian servers word it, the subject first ("Время ожидания
     * шлюза истекло"), a 410 as Arabic sites title it ("410 لم يعد
     * موجودًا"), Apache's Spanish "¡Objeto no localizado!"
     * (HTTP_NOT_FOUND.html.var) and WordPress's zh_CN 404 title in its
     * default themes ("有点尴尬诶！该页无法显示。") */
    "(?:" NC_HTTP_ERROR_PREFIX "504\\W{0,3})?время ожидания шлюза истекло|"
    NC_HTTP_ERROR_PREFIX "410\\W{0,3}لم (?:يعد|تعد) موجود[ةه]?[اًا]{0,2}|"
    "objeto no localizado|有点尴尬诶\\W{0,3}该页无法显示|"
    "(?:материал|статья|публикация|новость) (?:временно )?недоступ(?:ен|на)|"
    "(?:матеріал|стаття|публікація|новина) (?:тимчасово )?недоступн(?:ий|а)|"
    "(?:ця |цей )?(?:матеріал|стаття|публікація|новина) (?:більше )?не доступн(?:ий|а)|"
    "(?:эта |этот )?(?:материал|статья|публикация|новость) (?:больше )?не доступ(?:ен|на)|"
    "(?:dit |het )?(?:artikel|bericht) is (?:verlopen|niet meer beschikbaar)|"
    "(?:ten |ta )?(?:artykuł|materiał|publikacja|wiadomość) nie jest już dostępn(?:y|a)|"
    "(?:هذا |هذه )?(?:الخبر|المقال|المحتوى|المادة) (?:لم (?:يعد|تعد) (?:متاح|متوفر)[اًا]?|غير متاح[ةه]? بعد الآن)|"
    "(?:dieser |der )?(?:beitrag|artikel|inhalt) ist (?:leider )?(?:nicht mehr verfügbar|abgelaufen|depubliziert)|"
    "(?:acest |acesta )?(?:articol(?:ul)?|material(?:ul)?|con[țţ]inut(?:ul)?) nu (?:mai )?este disponibil"
    ")\\W*$";

/* Is the whole text an error page's title (either list)? */
int nc_shell_rules_strong_title(const nc_shell_rules *r, pcre2_match_data *md, const char *t, apr_size_t n)
{
    apr_size_t ms, me;
    return nc_regex_find(r->strong_token, md, t, n, 0, &ms, &me)
           || nc_regex_find(r->strong_title_more, md, t, n, 0, &ms, &me);
}

/* "Server Error" as IIS's language packs head its message and Laravel's
 * translations title a bare "500" with it ("Erreur de serveur" too: the
 * French a CMS's or a site's own 500 page says as often as "du"). */
#define NC_SERVER_ERROR_L10N \
    "server error|serverfehler|erreur (?:du |de )?serveur|error del servidor|errore (?:del )?server|" \
    "erro (?:do|no) servidor|serverfout|błąd serwera|ошибка сервера|помилка сервера|sunucu hatası|" \
    "خطأ في الخادم|服务器错误|サーバー ?エラー"

/* An apology or "Error" as a block of its own; two of them make one too
 * ("Sorry!! Error!", "Desculpe!! Erro!", "Üzgünüz!! Hata!"). */
#define NC_WEAK_WORDS \
    "sorry|we're sorry|we’re sorry|oops|whoops|oeps|error|uh[- ]oh|hoppla|ups|oups|désolé|lo sentimos|" \
    "upps|uups|hoppá|hoppsan|jejda|hups|hupsis|ωχ|ουπς|אופס|" \
    "ci dispiace|desculpe|sajnáljuk|przepraszamy|извините|упс|ой|вибачте|üzgünüz|عذرا|抱歉|对不起|" \
    "申し訳ありません|fehler|erreur|errore|erro|hata|błąd|ошибка|помилка|خطأ|错误|エラー|" \
    /* the apologies that open a shell in the languages above, alone on a line */ \
    "entschuldigung|verzeihung|spiacenti|scusate|disculpe|disculpa|perdón|lamentamos|helaas|" \
    "niestety|к сожалению|на жаль|maalesef|عذراً|عذرًا|很抱歉|すみません"

/* The ways out of an error page, in words: home, and back a page. */
#define NC_WAY_HOME \
    "(?:go |get )?back to (?:the )?(?:home ?page|home|front page|start page)|" \
    "(?:go|return) to (?:the )?(?:home ?page|home|front page)|(?:go )?back to (?:our|the) (?:site|website)|zurück zur startseite|" \
    "retour (?:à la page d'accueil|à l'accueil|à l’accueil)|volver (?:a la portada|al inicio)|" \
    "torna alla (?:home ?page|pagina iniziale)|voltar (?:à|para a) página inicial|" \
    "terug naar (?:de )?(?:home ?page|startpagina|voorpagina)|(?:wróć|powrót) do strony głównej|" \
    "(?:вернуться )?на главную(?: страницу)?|(?:повернутися )?на головну(?: сторінку)?|" \
    "ana sayfaya (?:dön|git)|العودة إلى الصفحة الرئيسية|返?回首[页頁]|トップページ(?:へ|に)戻る|" \
    /* and beyond the 14 (the cg-* set) */ \
    "vissza a (?:címlapra|főoldalra|kezdőlapra)|zpět na (?:úvodní|hlavní|titulní) (?:stránku|stranu)|" \
    "späť na (?:úvodnú|hlavnú) stránku|înapoi la (?:prima pagină|pagina principală)|" \
    "(?:natrag|povratak) na (?:naslovnicu|početnu(?: stranicu| stranu)?)|повратак на почетну(?: страну| страницу)?|" \
    "(?:tillbaka|tilbage|tilbake) til(?:l)? (?:startsidan|förstasidan|forsiden|startsiden)|(?:palaa|takaisin) etusivulle|" \
    "επιστροφή στην αρχική(?: σελίδα)?|חזרה לעמוד הראשי|بازگشت به صفحه اصلی|về trang chủ|" \
    "kembali ke (?:beranda|halaman utama|laman utama)|grįžti į pradžią|(?:atgriezties )?uz sākumlapu|tagasi avalehele|" \
    "rudi mwanzo|torna a la portada|(?:обратно |назад )?към началната страница"

#define NC_WAY_BACK \
    "(?:go|get) back|(?:go )?back to (?:the )?previous page|zurück zur vorherigen seite|" \
    "(?:revenir|retourner|retour) (?:en arrière|à la page précédente)|volver (?:atrás|a la página anterior)|" \
    "torna(?:re)? indietro|torna alla pagina precedente|voltar (?:atrás|para a página anterior)|" \
    "ga terug|terug naar de vorige pagina|wróć do poprzedniej strony|" \
    "вернуться назад|вернуться на предыдущую страницу|повернутися назад|повернутися на попередню сторінку|" \
    "geri dön|önceki sayfaya dön|العودة إلى الصفحة السابقة|返?回上一?[页頁]|前のページに戻る"

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
    /* and as its language packs label it ("版本資訊: Microsoft .NET Framework 版本:4.0.30319;
     * ASP.NET 版本:4.8.4645.0"): the version numbers after the product names */
    "|^\\W*[^:：\\n]{1,40}[:：]\\s*microsoft \\.net(?: framework)? [^:：\\n]{1,20}[:：]\\s*[\\d.]+(?:;\\s*asp\\.net [^:：\\n]{1,20}[:：]\\s*[\\d.]+)?\\W*$"
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
    /* the way out of an error page; two ways joined by a bar ("回首頁 | 回上一頁") */
    "|^\\W*(?:" NC_WAY_HOME ")(?:\\s*[|｜]\\s*(?:" NC_WAY_HOME "|" NC_WAY_BACK "))?\\W*$"
    /* the other ways on: "Try searching instead" over a search box (up to
     * three words may follow: a button's word, or where, as Drupal's "Pruebe
     * a buscar en el sitio"), "Go back", "Torna indietro oppure vai alla
     * home page" */
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
        "(?:请)?(?:试试|尝试)搜索|検索(?:を)?(?:お試しください|してみてください))\\W*(?:\\w+\\W*){0,3}$"
    /* (not a bare "Zurück", "Назад": a news module's own link back to its list) */
    "|^\\W*(?:" NC_WAY_BACK ")(?:\\s*[|｜]\\s*(?:" NC_WAY_HOME "|" NC_WAY_BACK ")"
        "|\\W+(?:or|oder|ou|o|oppure|of|lub|albo|или|або|veya|ya da|أو|或者?|または)\\W+[^.!?]{0,40})?\\W*$";

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
static const char *const bare_signature_pattern =
    "^\\W{0,4}(?:[a-z0-9-]{1,63}\\.){1,6}[a-z]{2,24}\\W{1,8}(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)\\W{0,4}$|"
    "^\\W{0,4}(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)\\W{1,8}(?:[a-z0-9-]{1,63}\\.){1,6}[a-z]{2,24}\\W{0,4}$|"
    "\\b(?:apache|nginx|microsoft-iis|litespeed|openresty|lighttpd|caddy)(?:/\\S{1,40})?(?: \\([^)]{1,40}\\))? server at \\S{1,253} port \\d{1,5}\\W{0,4}$";

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
    const struct { nc_regex **slot; const char *pattern; } singles[] = {
        { &r->apology, apology_pattern },           { &r->box_apology, box_apology_pattern },
        { &r->members_only, members_only_pattern },
        { &r->attribution, attribution_pattern },   { &r->vocabulary, vocabulary_pattern },
        { &r->failure, failure_pattern },           { &r->strong_token, strong_token_pattern },
        { &r->strong_title_more, strong_title_more_pattern },
        { &r->weak_token, weak_token_pattern },     { &r->server_signature, server_signature_pattern },
        { &r->bare_signature, bare_signature_pattern }, { &r->status_code, status_code_pattern },
        { &r->status_reason, status_reason_pattern },
        { &r->status_reason_lead, status_reason_lead_pattern },
        { &r->coded_lead, coded_lead_pattern },     { &r->coded_mention, coded_mention_pattern },
        { &r->coded_title, coded_title_pattern },
    };
    for (size_t i = 0; i < sizeof singles / sizeof *singles; i++)
        if (!(*singles[i].slot = nc_regex_compile(p, singles[i].pattern, 0, err)))
            return NULL;
    return r;
}

int nc_slash_digit(const char *s, apr_size_t len)
{
    const char *p = s, *end = s + len;
    while ((p = memchr(p, '/', (size_t)(end - p))) != NULL && ++p < end)
        if (*p >= '0' && *p <= '9')
            return 1;
    return 0;
}

#define NC_NOT_SEARCHED ((apr_size_t)-1)


void nc_trigger_scan_init(nc_trigger_scan *ts, const nc_shell_rules *r, const char *text, apr_size_t len)
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
apr_size_t nc_next_trigger(nc_trigger_scan *ts, apr_size_t pos)
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

int nc_shells_opens_with_apology(const nc_shell_rules *r, apr_pool_t *p, const char *text, apr_size_t len)
{
    apr_size_t ms, me;
    pcre2_match_data *md = nc_regex_match_data(p);
    return md && nc_regex_find(r->box_apology, md, text, len, 0, &ms, &me) > 0;
}
