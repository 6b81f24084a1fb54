# notice_titles.t - the error pages' common titles and their one-line
# explanations in the 14 languages the issue names, through the real proxy:
# a 403 ("403 Verboten" over "Sie haben keine Berechtigung, ..."), a 404
# ("Page not found" over "The page you requested could not be found. ..."),
# an access denial, and a takedown ("This article is no longer available"),
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

# Title and explanation of four common error notices, as sites write them.
my %notice = (
    ar => [
        ['403 ممنوع', 'ليس لديك إذن للوصول إلى هذه الصفحة.'],
        ['الصفحة غير موجودة', 'تعذر العثور على الصفحة المطلوبة. ربما تم نقلها أو حذفها.'],
        ['تم رفض الوصول', 'غير مصرح لك بعرض هذه الصفحة.'],
        ['هذا الخبر لم يعد متاحاً', 'الخبر الذي تبحث عنه تمت إزالته أو انتهت صلاحيته.'],
    ],
    de => [
        ['403 Verboten', 'Sie haben keine Berechtigung, auf diese Seite zuzugreifen.'],
        ['Seite nicht gefunden', 'Die angeforderte Seite konnte nicht gefunden werden. Möglicherweise wurde sie verschoben oder gelöscht.'],
        ['Zugriff verweigert', 'Sie sind nicht berechtigt, diese Seite anzuzeigen.'],
        ['Dieser Artikel ist nicht mehr verfügbar', 'Der gesuchte Artikel wurde entfernt oder ist abgelaufen.'],
    ],
    en => [
        ['403 Forbidden', 'You don\'t have permission to access this page.'],
        ['Page not found', 'The page you requested could not be found. It may have been moved or deleted.'],
        ['Access denied', 'You are not authorized to view this page.'],
        ['This article is no longer available', 'The article you are looking for has been removed or has expired.'],
    ],
    es => [
        ['403 Prohibido', 'No tiene permiso para acceder a esta página.'],
        ['Página no encontrada', 'No se ha podido encontrar la página solicitada. Es posible que se haya movido o eliminado.'],
        ['Acceso denegado', 'No está autorizado para ver esta página.'],
        ['Esta noticia ya no está disponible', 'La noticia que busca ha sido eliminada o ha caducado.'],
    ],
    fr => [
        ['403 Interdit', 'Vous n\'avez pas l\'autorisation d\'accéder à cette page.'],
        ['Page introuvable', 'La page que vous avez demandée est introuvable. Elle a peut-être été déplacée ou supprimée.'],
        ['Accès refusé', 'Vous n\'êtes pas autorisé à consulter cette page.'],
        ['Cet article n\'est plus disponible', 'L\'article que vous recherchez a été supprimé ou a expiré.'],
    ],
    it => [
        ['403 Vietato', 'Non hai il permesso di accedere a questa pagina.'],
        ['Pagina non trovata', 'La pagina richiesta non è stata trovata. Potrebbe essere stata spostata o eliminata.'],
        ['Accesso negato', 'Non sei autorizzato a visualizzare questa pagina.'],
        ['Questo articolo non è più disponibile', 'L\'articolo che cerchi è stato rimosso o è scaduto.'],
    ],
    ja => [
        ['403 アクセス禁止', 'このページへのアクセス権限がありません。'],
        ['ページが見つかりません', 'お探しのページは見つかりませんでした。移動または削除された可能性があります。'],
        ['アクセスが拒否されました', 'このページを表示する権限がありません。'],
        ['この記事は掲載を終了しました', 'お探しの記事は削除されたか、掲載期間が終了しました。'],
    ],
    nl => [
        ['403 Verboden', 'U heeft geen toestemming om deze pagina te bekijken.'],
        ['Pagina niet gevonden', 'De opgevraagde pagina kon niet worden gevonden. Mogelijk is deze verplaatst of verwijderd.'],
        ['Toegang geweigerd', 'U bent niet gemachtigd om deze pagina te bekijken.'],
        ['Dit artikel is niet meer beschikbaar', 'Het artikel dat u zoekt is verwijderd of verlopen.'],
    ],
    pl => [
        ['403 Zabronione', 'Nie masz uprawnień do wyświetlenia tej strony.'],
        ['Nie znaleziono strony', 'Żądana strona nie została znaleziona. Mogła zostać przeniesiona lub usunięta.'],
        ['Odmowa dostępu', 'Nie masz uprawnień do przeglądania tej strony.'],
        ['Ten artykuł nie jest już dostępny', 'Artykuł, którego szukasz, został usunięty lub wygasł.'],
    ],
    pt => [
        ['403 Proibido', 'Você não tem permissão para acessar esta página.'],
        ['Página não encontrada', 'A página solicitada não foi encontrada. Ela pode ter sido movida ou excluída.'],
        ['Acesso negado', 'Você não está autorizado a ver esta página.'],
        ['Esta notícia não está mais disponível', 'A notícia que você procura foi removida ou expirou.'],
    ],
    ru => [
        ['403 Доступ запрещён', 'У вас нет прав для доступа к этой странице.'],
        ['Страница не найдена', 'Запрашиваемая страница не найдена. Возможно, она была перемещена или удалена.'],
        ['Доступ запрещён', 'Вы не авторизованы для просмотра этой страницы.'],
        ['Эта статья больше недоступна', 'Статья, которую вы ищете, была удалена или устарела.'],
    ],
    tr => [
        ['403 Yasak', 'Bu sayfaya erişim izniniz yok.'],
        ['Sayfa bulunamadı', 'Aradığınız sayfa bulunamadı. Taşınmış veya silinmiş olabilir.'],
        ['Erişim engellendi', 'Bu sayfayı görüntüleme yetkiniz yok.'],
        ['Bu haber artık mevcut değil', 'Aradığınız haber kaldırılmış veya süresi dolmuş.'],
    ],
    uk => [
        ['403 Доступ заборонено', 'У вас немає прав для доступу до цієї сторінки.'],
        ['Сторінку не знайдено', 'Запитувану сторінку не знайдено. Можливо, її було переміщено або видалено.'],
        ['Доступ заборонено', 'Ви не маєте дозволу переглядати цю сторінку.'],
        ['Ця стаття більше не доступна', 'Статтю, яку ви шукаєте, було видалено або термін її дії закінчився.'],
    ],
    zh => [
        ['403 禁止访问', '您没有权限访问此页面。'],
        ['页面未找到', '找不到您请求的页面，它可能已被移动或删除。'],
        ['拒绝访问', '您无权查看此页面。'],
        ['该文章已不存在', '您查找的文章已被删除或已过期。'],
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
