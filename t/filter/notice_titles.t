# notice_titles.t - the error pages' common titles and their one-line
# explanations in the 14 languages the issue names, through the real proxy:
# a 403 ("403 Verboten" over "Sie haben keine Berechtigung, ..."), a 404
# ("Page not found" over "The page you requested could not be found. ..."),
# an access denial, a takedown ("This article is no longer available"), and
# nine more families (500, 502, 503, 504, 410, a geo-block, WordPress's and
# Apache's 404s, "We can't find the page you're looking for"),
# each in three markups (a box with a heading, <br> lines, bare <div>s),
# before and after the seed's story. Pages are written at test time from
# fixtures/seed.txt into fixtures/seedvar/ (not in git). Exact content: both
# lines gone, the story's paragraphs there once, only deletions.
use strict;
use warnings FATAL => 'all';
use utf8;

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use Encode qw(encode_utf8);
use File::Path qw(make_path);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(count only_deletions $LD_RE);

my $fixtures = t_catfile(Apache::Test::vars('documentroot'), 'fixtures');
my $dir = t_catfile($fixtures, 'seedvar');
make_path($dir);

# The seed's story (bytes): its headline and paragraphs up to the first repeat.
my @seed = do {
    open my $fh, '<:raw', t_catfile($fixtures, 'seed.txt') or die "seed.txt: $!";
    grep { /\S/ } map { s/\r?\n\z//r } <$fh>;
};
my ($first) = grep { $seed[$_] =~ /^Trump possibly/ } 0 .. $#seed;
my ($headline, @paras) = ($seed[$first]);
my %seen;
for my $line (@seed[$first + 1 .. $#seed]) {
    last if $seen{$line}++;
    push @paras, $line;
}

# Title and explanation of common error notices, as sites and stock software
# write them: the four above, then (helper 145) a 500, a 502, a 503 for
# maintenance, a 410, a geo-block, WordPress's "Oops! That page can't be
# found." over its search advice, Apache's "Not Found" over "The requested
# URL was not found on this server.", a "we can't find the page" over the
# way home, and a 504.
my %notice = (
    ar => [
        ['403 ممنوع', 'ليس لديك إذن للوصول إلى هذه الصفحة.'],
        ['الصفحة غير موجودة', 'تعذر العثور على الصفحة المطلوبة. ربما تم نقلها أو حذفها.'],
        ['تم رفض الوصول', 'غير مصرح لك بعرض هذه الصفحة.'],
        ['هذا الخبر لم يعد متاحاً', 'الخبر الذي تبحث عنه تمت إزالته أو انتهت صلاحيته.'],
        ['500 خطأ داخلي في الخادم', 'واجه الخادم خطأً داخليًا ولم يتمكن من إكمال طلبك.'],
        ['502 بوابة غير صالحة', 'تلقى الخادم استجابة غير صالحة من الخادم الرئيسي.'],
        ['503 الخدمة غير متاحة', 'الموقع متوقف مؤقتًا للصيانة. يرجى المحاولة لاحقًا.'],
        ['410 لم يعد موجودًا', 'تمت إزالة هذه الصفحة نهائيًا.'],
        ['غير متاح في منطقتك', 'هذا المحتوى غير متاح في بلدك.'],
        ['عذرًا! لا يمكن العثور على تلك الصفحة.', 'يبدو أنه لم يتم العثور على شيء في هذا المكان. ربما يمكنك تجربة البحث؟'],
        ['غير موجود', 'لم يتم العثور على عنوان URL المطلوب على هذا الخادم.'],
        ['لا يمكننا العثور على الصفحة التي تبحث عنها', 'العودة إلى الصفحة الرئيسية'],
        ['504 انتهت مهلة البوابة', 'لم يتلق الخادم استجابة في الوقت المناسب من الخادم الرئيسي.'],
    ],
    de => [
        ['403 Verboten', 'Sie haben keine Berechtigung, auf diese Seite zuzugreifen.'],
        ['Seite nicht gefunden', 'Die angeforderte Seite konnte nicht gefunden werden. Möglicherweise wurde sie verschoben oder gelöscht.'],
        ['Zugriff verweigert', 'Sie sind nicht berechtigt, diese Seite anzuzeigen.'],
        ['Dieser Artikel ist nicht mehr verfügbar', 'Der gesuchte Artikel wurde entfernt oder ist abgelaufen.'],
        ['500 Interner Serverfehler', 'Auf dem Server ist ein interner Fehler aufgetreten, die Anfrage konnte nicht abgeschlossen werden.'],
        ['502 Fehlerhaftes Gateway', 'Der Server hat eine ungültige Antwort vom Upstream-Server erhalten.'],
        ['503 Dienst nicht verfügbar', 'Die Website ist wegen Wartungsarbeiten vorübergehend nicht erreichbar. Bitte versuchen Sie es später erneut.'],
        ['410 Nicht mehr verfügbar', 'Diese Seite wurde dauerhaft entfernt.'],
        ['In Ihrer Region nicht verfügbar', 'Dieser Inhalt ist in Ihrem Land nicht verfügbar.'],
        ['Hoppla! Diese Seite kann nicht gefunden werden.', 'Es sieht so aus, als wäre an dieser Stelle nichts gefunden worden. Probiere es doch mal mit einer Suche?'],
        ['Objekt nicht gefunden!', 'Der angeforderte URL konnte auf dem Server nicht gefunden werden.'],
        ['Wir können die gesuchte Seite nicht finden', 'Zurück zur Startseite'],
        ['504 Gateway-Zeitüberschreitung', 'Der Server hat keine rechtzeitige Antwort vom Upstream-Server erhalten.'],
    ],
    en => [
        ['403 Forbidden', 'You don\'t have permission to access this page.'],
        ['Page not found', 'The page you requested could not be found. It may have been moved or deleted.'],
        ['Access denied', 'You are not authorized to view this page.'],
        ['This article is no longer available', 'The article you are looking for has been removed or has expired.'],
        ['500 Internal Server Error', 'The server encountered an internal error and was unable to complete your request.'],
        ['502 Bad Gateway', 'The server received an invalid response from the upstream server.'],
        ['503 Service Unavailable', 'The site is temporarily down for maintenance. Please try again later.'],
        ['410 Gone', 'This page has been permanently removed.'],
        ['Not available in your region', 'This content is not available in your country.'],
        ['Oops! That page can\'t be found.', 'It looks like nothing was found at this location. Maybe try a search?'],
        ['Not Found', 'The requested URL was not found on this server.'],
        ['We can\'t find the page you\'re looking for', 'Go back to the homepage'],
        ['504 Gateway Timeout', 'The server did not receive a timely response from the upstream server.'],
    ],
    es => [
        ['403 Prohibido', 'No tiene permiso para acceder a esta página.'],
        ['Página no encontrada', 'No se ha podido encontrar la página solicitada. Es posible que se haya movido o eliminado.'],
        ['Acceso denegado', 'No está autorizado para ver esta página.'],
        ['Esta noticia ya no está disponible', 'La noticia que busca ha sido eliminada o ha caducado.'],
        ['500 Error interno del servidor', 'El servidor encontró un error interno y no pudo completar su solicitud.'],
        ['502 Puerta de enlace incorrecta', 'El servidor recibió una respuesta no válida del servidor ascendente.'],
        ['503 Servicio no disponible', 'El sitio está temporalmente fuera de servicio por mantenimiento. Inténtelo de nuevo más tarde.'],
        ['410 Ya no disponible', 'Esta página ha sido eliminada de forma permanente.'],
        ['No disponible en tu región', 'Este contenido no está disponible en tu país.'],
        ['¡Vaya! No se puede encontrar esa página.', 'Parece que no se encontró nada en esta ubicación. ¿Quizá intentar una búsqueda?'],
        ['¡Objeto no localizado!', 'No se ha localizado la URL solicitada en este servidor.'],
        ['No encontramos la página que buscas', 'Volver a la página de inicio'],
        ['504 Tiempo de espera de la puerta de enlace agotado', 'El servidor no recibió una respuesta a tiempo del servidor ascendente.'],
    ],
    fr => [
        ['403 Interdit', 'Vous n\'avez pas l\'autorisation d\'accéder à cette page.'],
        ['Page introuvable', 'La page que vous avez demandée est introuvable. Elle a peut-être été déplacée ou supprimée.'],
        ['Accès refusé', 'Vous n\'êtes pas autorisé à consulter cette page.'],
        ['Cet article n\'est plus disponible', 'L\'article que vous recherchez a été supprimé ou a expiré.'],
        ['500 Erreur interne du serveur', 'Le serveur a rencontré une erreur interne et n\'a pas pu traiter votre demande.'],
        ['502 Passerelle incorrecte', 'Le serveur a reçu une réponse invalide du serveur en amont.'],
        ['503 Service indisponible', 'Le site est temporairement indisponible pour cause de maintenance. Veuillez réessayer plus tard.'],
        ['410 Ressource supprimée', 'Cette page a été définitivement supprimée.'],
        ['Non disponible dans votre région', 'Ce contenu n\'est pas disponible dans votre pays.'],
        ['Oups ! Cette page est introuvable.', 'Il semble que rien n\'ait été trouvé à cet emplacement. Essayez une recherche ?'],
        ['Objet non trouvé !', 'L\'URL requise n\'a pu être trouvée sur ce serveur.'],
        ['Nous ne trouvons pas la page que vous recherchez', 'Retour à la page d\'accueil'],
        ['504 Délai d\'attente de la passerelle dépassé', 'Le serveur n\'a pas reçu de réponse à temps du serveur en amont.'],
    ],
    it => [
        ['403 Vietato', 'Non hai il permesso di accedere a questa pagina.'],
        ['Pagina non trovata', 'La pagina richiesta non è stata trovata. Potrebbe essere stata spostata o eliminata.'],
        ['Accesso negato', 'Non sei autorizzato a visualizzare questa pagina.'],
        ['Questo articolo non è più disponibile', 'L\'articolo che cerchi è stato rimosso o è scaduto.'],
        ['500 Errore interno del server', 'Il server ha riscontrato un errore interno e non è stato in grado di completare la richiesta.'],
        ['502 Gateway non valido', 'Il server ha ricevuto una risposta non valida dal server upstream.'],
        ['503 Servizio non disponibile', 'Il sito è temporaneamente in manutenzione. Riprova più tardi.'],
        ['410 Non più disponibile', 'Questa pagina è stata rimossa definitivamente.'],
        ['Non disponibile nella tua area geografica', 'Questo contenuto non è disponibile nel tuo paese.'],
        ['Oops! Non è possibile trovare la pagina.', 'Sembra che non sia stato trovato nulla in questa posizione. Forse provare una ricerca?'],
        ['Oggetto non trovato!', 'L\'URL richiesto non esiste su questo server.'],
        ['Non riusciamo a trovare la pagina che stai cercando', 'Torna alla homepage'],
        ['504 Timeout del gateway', 'Il server non ha ricevuto una risposta tempestiva dal server upstream.'],
    ],
    ja => [
        ['403 アクセス禁止', 'このページへのアクセス権限がありません。'],
        ['ページが見つかりません', 'お探しのページは見つかりませんでした。移動または削除された可能性があります。'],
        ['アクセスが拒否されました', 'このページを表示する権限がありません。'],
        ['この記事は掲載を終了しました', 'お探しの記事は削除されたか、掲載期間が終了しました。'],
        ['500 内部サーバーエラー', 'サーバー内部でエラーが発生したため、リクエストを完了できませんでした。'],
        ['502 不正なゲートウェイ', 'サーバーが上流サーバーから無効な応答を受け取りました。'],
        ['503 サービス利用不可', 'ただいまメンテナンス中のため、一時的にご利用いただけません。しばらくしてから再度お試しください。'],
        ['410 削除済み', 'このページは完全に削除されました。'],
        ['お住まいの地域ではご利用いただけません', 'このコンテンツはお住まいの国または地域ではご利用いただけません。'],
        ['おっと ! そのページは見つかりませんでした。', 'この場所には何もないようです。検索してみてはいかがでしょうか ?'],
        ['オブジェクトが見つかりません!', '要求された URL は本サーバでは見つかりませんでした。'],
        ['お探しのページが見つかりません', 'トップページへ戻る'],
        ['504 ゲートウェイタイムアウト', 'サーバーが上流サーバーから時間内に応答を受け取れませんでした。'],
    ],
    nl => [
        ['403 Verboden', 'U heeft geen toestemming om deze pagina te bekijken.'],
        ['Pagina niet gevonden', 'De opgevraagde pagina kon niet worden gevonden. Mogelijk is deze verplaatst of verwijderd.'],
        ['Toegang geweigerd', 'U bent niet gemachtigd om deze pagina te bekijken.'],
        ['Dit artikel is niet meer beschikbaar', 'Het artikel dat u zoekt is verwijderd of verlopen.'],
        ['500 Interne serverfout', 'De server heeft een interne fout aangetroffen en kon uw verzoek niet voltooien.'],
        ['502 Ongeldige gateway', 'De server ontving een ongeldig antwoord van de upstream-server.'],
        ['503 Service niet beschikbaar', 'De website is tijdelijk niet beschikbaar wegens onderhoud. Probeer het later opnieuw.'],
        ['410 Verdwenen', 'Deze pagina is permanent verwijderd.'],
        ['Niet beschikbaar in jouw regio', 'Deze inhoud is niet beschikbaar in jouw land.'],
        ['Oeps! Die pagina kan niet worden gevonden.', 'Het lijkt erop dat er niets gevonden is op deze locatie. Probeer het eens met een zoekopdracht?'],
        ['Object niet gevonden!', 'De gevraagde URL was niet gevonden op deze server.'],
        ['We kunnen de pagina die je zoekt niet vinden', 'Terug naar de homepage'],
        ['504 Gateway-time-out', 'De server heeft niet op tijd een antwoord ontvangen van de upstream-server.'],
    ],
    pl => [
        ['403 Zabronione', 'Nie masz uprawnień do wyświetlenia tej strony.'],
        ['Nie znaleziono strony', 'Żądana strona nie została znaleziona. Mogła zostać przeniesiona lub usunięta.'],
        ['Odmowa dostępu', 'Nie masz uprawnień do przeglądania tej strony.'],
        ['Ten artykuł nie jest już dostępny', 'Artykuł, którego szukasz, został usunięty lub wygasł.'],
        ['500 Wewnętrzny błąd serwera', 'Serwer napotkał błąd wewnętrzny i nie mógł zrealizować żądania.'],
        ['502 Błędna brama', 'Serwer otrzymał nieprawidłową odpowiedź od serwera nadrzędnego.'],
        ['503 Usługa niedostępna', 'Serwis jest chwilowo niedostępny z powodu prac konserwacyjnych. Spróbuj ponownie później.'],
        ['410 Zasób usunięty', 'Ta strona została trwale usunięta.'],
        ['Niedostępne w Twoim regionie', 'Ta treść nie jest dostępna w Twoim kraju.'],
        ['Ups! Nie można znaleźć tej strony.', 'Wygląda na to, że w tej lokalizacji nic nie znaleziono. Może spróbuj wyszukiwania?'],
        ['Nie znaleziono obiektu!', 'Nie znaleziono żądanego URL-a na tym serwerze.'],
        ['Nie możemy znaleźć strony, której szukasz', 'Wróć na stronę główną'],
        ['504 Przekroczono limit czasu bramy', 'Serwer nie otrzymał na czas odpowiedzi od serwera nadrzędnego.'],
    ],
    pt => [
        ['403 Proibido', 'Você não tem permissão para acessar esta página.'],
        ['Página não encontrada', 'A página solicitada não foi encontrada. Ela pode ter sido movida ou excluída.'],
        ['Acesso negado', 'Você não está autorizado a ver esta página.'],
        ['Esta notícia não está mais disponível', 'A notícia que você procura foi removida ou expirou.'],
        ['500 Erro interno do servidor', 'O servidor encontrou um erro interno e não conseguiu concluir sua solicitação.'],
        ['502 Gateway inválido', 'O servidor recebeu uma resposta inválida do servidor upstream.'],
        ['503 Serviço indisponível', 'O site está temporariamente em manutenção. Tente novamente mais tarde.'],
        ['410 Removido', 'Esta página foi removida permanentemente.'],
        ['Indisponível na sua região', 'Este conteúdo não está disponível no seu país.'],
        ['Ops! Essa página não pode ser encontrada.', 'Parece que nada foi encontrado neste local. Que tal tentar uma pesquisa?'],
        ['Objeto não encontrado!', 'O URL requisitado não foi encontrado neste servidor.'],
        ['Não conseguimos encontrar a página que você procura', 'Voltar para a página inicial'],
        ['504 Tempo limite do gateway esgotado', 'O servidor não recebeu uma resposta a tempo do servidor upstream.'],
    ],
    ru => [
        ['403 Доступ запрещён', 'У вас нет прав для доступа к этой странице.'],
        ['Страница не найдена', 'Запрашиваемая страница не найдена. Возможно, она была перемещена или удалена.'],
        ['Доступ запрещён', 'Вы не авторизованы для просмотра этой страницы.'],
        ['Эта статья больше недоступна', 'Статья, которую вы ищете, была удалена или устарела.'],
        ['500 Внутренняя ошибка сервера', 'На сервере произошла внутренняя ошибка, и он не смог выполнить ваш запрос.'],
        ['502 Ошибка шлюза', 'Сервер получил недопустимый ответ от вышестоящего сервера.'],
        ['503 Сервис недоступен', 'Сайт временно недоступен из-за технических работ. Пожалуйста, попробуйте позже.'],
        ['410 Удалено', 'Эта страница была удалена навсегда.'],
        ['Недоступно в вашем регионе', 'Этот контент недоступен в вашей стране.'],
        ['Ой! Эта страница не может быть найдена.', 'Похоже, ничего не найдено по этому адресу. Может, попробовать поиск?'],
        ['Объект не найден!', 'Запрошенный URL не был найден на этом сервере.'],
        ['Мы не можем найти страницу, которую вы ищете', 'Вернуться на главную'],
        ['504 Время ожидания шлюза истекло', 'Сервер не получил своевременного ответа от вышестоящего сервера.'],
    ],
    tr => [
        ['403 Yasak', 'Bu sayfaya erişim izniniz yok.'],
        ['Sayfa bulunamadı', 'Aradığınız sayfa bulunamadı. Taşınmış veya silinmiş olabilir.'],
        ['Erişim engellendi', 'Bu sayfayı görüntüleme yetkiniz yok.'],
        ['Bu haber artık mevcut değil', 'Aradığınız haber kaldırılmış veya süresi dolmuş.'],
        ['500 Dahili Sunucu Hatası', 'Sunucu dahili bir hatayla karşılaştı ve isteğinizi tamamlayamadı.'],
        ['502 Hatalı Ağ Geçidi', 'Sunucu, üst sunucudan geçersiz bir yanıt aldı.'],
        ['503 Hizmet Kullanılamıyor', 'Site bakım nedeniyle geçici olarak hizmet dışıdır. Lütfen daha sonra tekrar deneyin.'],
        ['410 Kaldırıldı', 'Bu sayfa kalıcı olarak kaldırıldı.'],
        ['Bölgenizde kullanılamıyor', 'Bu içerik ülkenizde kullanılamıyor.'],
        ['Hata! Bu sayfa bulunamadı.', 'Bu konumda hiçbir şey bulunamadı. Bir arama yapmayı deneyebilirsiniz.'],
        ['Nesne bulunamadı!', 'İstenen URL bu sunucu üzerinde bulunmuyor.'],
        ['Aradığınız sayfayı bulamıyoruz', 'Ana sayfaya dön'],
        ['504 Ağ Geçidi Zaman Aşımı', 'Sunucu, üst sunucudan zamanında yanıt alamadı.'],
    ],
    uk => [
        ['403 Доступ заборонено', 'У вас немає прав для доступу до цієї сторінки.'],
        ['Сторінку не знайдено', 'Запитувану сторінку не знайдено. Можливо, її було переміщено або видалено.'],
        ['Доступ заборонено', 'Ви не маєте дозволу переглядати цю сторінку.'],
        ['Ця стаття більше не доступна', 'Статтю, яку ви шукаєте, було видалено або термін її дії закінчився.'],
        ['500 Внутрішня помилка сервера', 'На сервері сталася внутрішня помилка, і він не зміг виконати ваш запит.'],
        ['502 Помилка шлюзу', 'Сервер отримав недійсну відповідь від вищестоящого сервера.'],
        ['503 Сервіс недоступний', 'Сайт тимчасово недоступний через технічні роботи. Будь ласка, спробуйте пізніше.'],
        ['410 Видалено', 'Цю сторінку було остаточно видалено.'],
        ['Недоступно у вашому регіоні', 'Цей контент недоступний у вашій країні.'],
        ['Ой! Цю сторінку не знайдено.', 'Схоже, за цією адресою нічого не знайдено. Може, спробуєте пошук?'],
        ['Об\'єкт не знайдено!', 'Запитаний URL не знайдено на цьому сервері.'],
        ['Ми не можемо знайти сторінку, яку ви шукаєте', 'Повернутися на головну'],
        ['504 Час очікування шлюзу вичерпано', 'Сервер не отримав своєчасної відповіді від вищестоящого сервера.'],
    ],
    zh => [
        ['403 禁止访问', '您没有权限访问此页面。'],
        ['页面未找到', '找不到您请求的页面，它可能已被移动或删除。'],
        ['拒绝访问', '您无权查看此页面。'],
        ['该文章已不存在', '您查找的文章已被删除或已过期。'],
        ['500 服务器内部错误', '服务器遇到内部错误，无法完成您的请求。'],
        ['502 错误网关', '服务器从上游服务器收到无效响应。'],
        ['503 服务不可用', '网站正在维护，暂时无法访问，请稍后再试。'],
        ['410 已删除', '此页面已被永久删除。'],
        ['您所在的地区无法观看', '该内容在您所在的国家或地区不可用。'],
        ['有点尴尬诶！该页无法显示。', '这儿似乎什么都没有，试试搜索？'],
        ['未找到', '在此服务器上找不到所请求的URL。'],
        ['我们找不到您要查找的页面', '返回首页'],
        ['504 网关超时', '服务器未能及时从上游服务器收到响应。'],
    ],
);

sub esc { my $s = shift; $s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s =~ s/>/&gt;/g; return $s }
my $article = '<article><h1>' . esc($headline) . "</h1>\n" . join('', map { '<p>' . esc($_) . "</p>\n" } @paras) . '</article>';
my %markup = (
    box   => sub { qq{<div class="notice"><h2>$_[0]</h2><p>$_[1]</p></div>\n} },
    lines => sub { "$_[0]<br>\n$_[1]<br>\n" },
    divs  => sub { "<div><b>$_[0]</b></div><div>$_[1]</div>\n" },
);

my @cases;
for my $lang (sort keys %notice) {
    my $k = 0;
    for my $n (@{ $notice{$lang} }) {
        my ($title, $text) = map { esc(encode_utf8($_)) } @$n;
        for my $kind (sort keys %markup) {
            my $sh = $markup{$kind}->($title, $text);
            for my $pos (qw(before after)) {
                my $content = $pos eq 'before' ? $sh . $article : "$article\n$sh";
                my $page = qq{<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>} . esc($headline)
                         . qq{</title></head>\n<body>\n<div id="main">\n$content\n</div>\n</body></html>\n};
                push @cases, ["title-$lang-$k-$kind-$pos.html", $page, $title, $text];
            }
        }
        $k++;
    }
}
for my $c (@cases) {
    open my $fh, '>:raw', t_catfile($dir, $c->[0]) or die "$c->[0]: $!";
    print $fh $c->[1];
    close $fh;
}

plan tests => 3 * @cases;

for my $c (@cases) {
    my ($name, $orig, $title, $text) = @$c;
    my $res = GET("/plain/seedvar/$name");
    (my $rest = $res->content) =~ s/$LD_RE//;
    ok $res->code == 200 && count($rest, $title) == 0 && count($rest, $text) == 0, "$name: the notice's title and explanation are gone";
    ok count($rest, esc($paras[0])) == 1 && count($rest, esc($paras[2])) == 1, "$name: the story's paragraphs stay, once";
    ok only_deletions($rest, $orig), "$name: only deletions of the backend's bytes";
}
