# corpus.t - every page of t/htdocs/fixtures/corpus through the real proxy.
#
# Each page has an annotated twin in t/htdocs/expected/corpus/ (same name, same
# charset): the page's bytes with {{shell}}...{{/shell}} around every error
# shell and {{dup}}...{{/dup}} around every duplicated copy, exactly as wide as
# the bytes that must go. The expected response is the twin with the marked
# spans deleted and the markers dropped; the JSON-LD block is stripped from the
# response before comparing. So a page without markers (a clean page, an
# article about errors, a short brief...) must come back byte-identical apart
# from the metadata block.
#   soft-*, y-soft-*, z-soft-*, ac-soft-*, ae-soft-*, ah-soft-*, aj-soft-*, ak-soft-*, an-soft-*, ao-soft-*, ap-soft-*, aq-soft-*, as-soft-*, at-soft-*, au-soft-*, av-soft-*, aw-soft-*, ax-soft-*, ba-soft-*, bb-soft-*, bc-soft-*, bd-soft-*, be-soft-*, bg-soft-*, bh-soft-*, bi-soft-*, bn-soft-*, bp-soft-*, bl-soft-*, bu-soft-*, bs-soft-*, bq-soft-*, bv-soft-*, by-soft-*, bz-soft-*, ca-soft-*, ce-soft-*, cf-soft-*, cg-soft-*, ch-soft-*, ci-soft-*, cl-soft-*, cj-soft-*, ck-soft-*, cp-soft-*, cq-soft-*, cn-soft-*, co-soft-*, cr-soft-*, cs-soft-*, ct-soft-*, cw-soft-* (a held-out set's soft page)
#              only a shell: 404 (NewsCleanSoftErrorStatus default), body as sent
#   pattern-*  a site-specific shell: kept by /corpus-default/, removed by
#              /corpus-pattern/ (NewsCleanShellPattern)
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);

my $docroot = Apache::Test::vars('documentroot');
my $fixdir  = t_catfile($docroot, 'fixtures', 'corpus');
my $expdir  = t_catfile($docroot, 'expected', 'corpus');
my $LD_RE   = qr{<script type="application/ld\+json">.*?</script>\n?}s;
my $MARK_RE = qr{\{\{/?(?:shell|dup)\}\}};

# Known misses on held-out pages, left annotated as a human editor would cut
# them: the test shows them as TODO (docs/cleaning.md, "What is still missed").
my %KNOWN_MISS = (
    'cp-squid-around-el.html' =>
        "Squid's Greek ERR_ACCESS_DENIED around a story: its content box goes, but the <h2> \"The requested URL could not be retrieved\" stays because the page's first <title> is Squid's and holds it (the headline guard), and the footer \"Generated ... by host (squid/4.13)\" after the story stays alone; a Squid signature pattern did not fire beside the story's prose and was left out",
    'ca-font-joomla-after-ja.html' =>
        "Joomla's Japanese 404 after the story, in unclosed <font>s that the parser closes only at </body>, so shell and story are one loose block: an <hr> now parts it as a blank line does, but the part after the last <hr> is the copyright line, and the 404's part before it has eight <br> lines (the edge-line cut takes six at most) and opens <font>s it never closes (the cut takes only balanced markup)",
    'ca-td-wpcritical-around-pt.html' =>
        "WordPress's critical-error lines around a story in one <td>: both lines now go (the sentence and its \"Saiba mais sobre a resolução de problemas no WordPress.\" link are WordPress's own wording in the 14 languages, helper 121), but the link's cut takes the story's last <br> before it along (the loose line's removal starts at the <br> that ends the line above), one tag the twin keeps",
    'ck-ru-iis10-403-1251-dup-both.html' =>
        "a second copy of the story in a <font> that wraps the whole page and is never closed: the copy's three <p>s go, but its headline and byline lines stay: libxml2 lets the original's last <p> run on over them (no </p>), so they are the end of that paragraph's text, no loose run of their own; and the empty <p> opened before IIS's trailing <h2> stays (an empty element beside a shell goes along only when its class or id names an error, helper 131; this bare <p> names nothing)",
    'bu-aspnet-ysod-around-cp1252-fr.html' =>
        "ASP.NET's French runtime-error screen around the story (as av-aspnet-ysod-around-de): its title, heading and (helper 148: ASP.NET's version line is a stock line in every language pack) its Version line after the story go, but its Description line before the story stays: no stock line or pattern knows the French customErrors Description, and the <font> box's tags stay",
    'ck-en-rails-noframes-before.html' =>
        "Rails' 500 dialog pasted into a frameset's <noframes> body before the story: the dialog goes, but the comment Rails' public/500.html opens with (\"<!-- This file lives in public/500.html -->\") stays: comments carry no text, and the twins disagree on this very comment (bu-rails-404-before-pt's twin keeps it over its 404 dialog), so helper 131's companions take no stock markup",
    'ba-google-404-before-ja.html' =>
        "Google's 404 fragment before the story: its two lines go, but the logo link above them (<a href=//www.google.com/><span id=logo aria-label=Google></span></a>, no text) and the indent of its first line stay: n-google-before-ja's twin keeps the same link over the same lines, so helper 131's companions take no stock markup",
    'bu-google-404-before-es.html' =>
        "Google's 404 before the story: its two unclosed <p>s go now (the second, which libxml2 lets run on over the whole page at HTML5's <header>, up to its first block, helper 135), but the logo link above them (<a href=//www.google.com/><span id=logo aria-label=Google></span></a>, no text) stays: n-google-before-ja's twin keeps the same link over the same lines (as ba-google-404-before-ja)",
    'bw-noscript-iframe-after-ar.html' =>
        'an <iframe>\'s fallback content ("Error 503 Service Unavailable. The comments could not be loaded.") is furniture to the parser (an <iframe> is filed with <nav> and <form>, html_parser.c), where no shell test cuts it; in a <div> it goes with the <noscript> error before it, which goes',
    'bl-chorus-paywall-copy-en.html' =>
        'the paywall preview (three paragraphs) goes as the copy of the full story below it, and its subscription offer ("Keep reading with a subscription") goes with it as the copy\'s wrapper; the blind twin cuts only the repeated paragraphs',
    'bl-clean-related-lede-hi.html' =>
        'two related cards quote the story, one its standfirst and one a 51-word paragraph: the second is too long for a teaser card, so the two read as a copy laid out as cards and both excerpts go',
    'bl-clean-topic-teasers-id.html' =>
        'a topic page listing its twelve teasers twice (hero card, then list cards): the second listing\'s first card repeats the hero card, whose class differs from the list\'s, so it is no series and the card goes as a copy',
    'ao-framework-around-typo3-de.html' =>
        'TYPO3\'s exception box in an alert-danger <div> wrapped around the story: "Fehlercode 1518472189" is no status code, the exception line and its one stack frame sit on either side of the story',
    'ao-nested-around-plain-ru.txt' =>
        'a proxy\'s HTML 502 document around a text/plain story, in windows-1251 with no charset label (now guessed right): its tags are text in text/plain, and its lines are missed just the same in UTF-8',
    'av-aspnet-ysod-around-de.html' =>
        "ASP.NET's German yellow screen pasted into the page's own wrapper around the story: all its text goes now (helper 139: its Description and Version lines are runs without the <font> box's tags at their edges), but the box's own <font face=...> start tag, the lone <br> after its source table and its </font> after the story stay: tags with no text, which the twin counts as the screen's",
    'av-aspnet-ysod-before-zh.html' =>
        "ASP.NET's Chinese yellow screen pasted into the page's wrapper before the story: all of it goes now (helper 139, as av-aspnet-ysod-around-de), but the cut ends at the line end after its </font> and leaves the blank line under it, which the twin counts as the screen's",
    'av-whoops-before-ro.html' =>
        "Whoops's pretty page glued before the page: the HTML comment Laravel prints before its doctype (the exception in text) always stays; the page itself goes whole, by PHP's \"Allowed memory size ... exhausted\" phrase since the be-* set (it rested on the learned model alone, whose score flipped as the corpus grew: kept at first sight, removed once av-* was learned, kept with au- to ay-* merged, lost again when the be-* pages were learned)",
    'bd-before-ownwords-big5-zh.html' =>
        "a Big5 page's summary box over the story (a bracketed \"news summary\" label and the lead, whole, no \"read more\"): a summary the template names over the lead it repeats stays, as a dek would, and its label makes it no exact copy of the lead",
    'bb-before-parked-it.html' =>
        "a parked domain's page (its name, \"Questo dominio è in vendita!\", related searches, the registrar's line) before the story's <h1> in the story's own box: five lines where a notice has at most four, and its related-searches line shares the site's name with the <title>",
    'bb-plain-around-parked-es.txt' =>
        "a parked domain's lines around a text/plain story: its name and sale lines go once the model has learned them (at first sight it vetoed \"¿Le interesa este dominio? Contacte con el propietario.\" as a story's), its related searches share the story's words, and of its last two lines the price line rests on the learned model alone (it went once the model had learned the bg-* parked page; the retrain with the ct-* twins keeps it) and the copyright line stays",
    'bb-plain-both-region-koi8r-ru.txt' =>
        'a geo block\'s lines on both sides of a text/plain story in KOI8-R: all go but "Ограничение установлено правообладателем.", which says no notice\'s word',
    'bi-wp-varnish-milk-split-en.html' =>
        "Varnish's 503 before the story goes, but the site's jokey 404 box after it (\"Well, this is awkward.\" over \"This page went out to buy milk and never came back. ...\") says no shell's words and its paragraph is 31 words: a long block, never a shell, which the shape rule rules out too",
    'bh-clean-archive-latin1-pt.html' =>
        'a category archive of 24 teaser cards and no story: four pinned teasers shown again and repeated excerpts are read as copies (teaser cards are spared only beside a story of their own, and these cards hold five blocks: category, headline, date, excerpt, read-more); since the bo-* set two of its ten removals stay (1,491 bytes lost, was 3,389)',
    'bh-contao-404-around-latin1-de.html' =>
        'Contao\'s 404 help box after the story ("So finden Sie weiter", search, site map): its id "article-404-hilfe" is an article\'s number to the naming rule and none of its lines is in a list',
    'bn-soft-httpd-nested-404-en.html' =>
        'an HTML 3.2 table layout: its side columns hold short lines outside links (a subscription line, the marine forecast), which count as article text, so the page is no soft error; httpd\'s nested 404 document goes, with its <td>',
    'bn-soft-nginx-404-cp1251-ru.html' =>
        'the same table layout: the news feed\'s times ("18:40") outside its links and the weather and poll column count as article text, so nginx\'s page nested in the middle cell makes no soft error; it goes, with its <td>',
    'bp-soft-removed-cp1251-uk.html' =>
        'a Ukrainian site\'s "Публікацію видалено" box over its news feed: the <title> holds its <h1>, so the heading is the headline, and "Ця сторінка більше не доступна" alone is backed by nothing; the feed beside the box keeps the shape rule for a site\'s own box away',
    'bp-soft-symfony-cp1252-fr.html' =>
        'Symfony\'s error page translated ("Oups ! Une erreur est survenue"): the <h1> is the headline (the <title> says "Erreur" only, no strong title), its status line is inside guillemets (a quotation), and its 31-word apology is a long block',
    'bp-soft-iis-detail-en.html' =>
        'IIS 7.5\'s detailed error under its "Server Error in Application" header: its first box goes, but the "Things you can try" list holds a 33-word item, so the report\'s blocks share a parent with a long block (the guard for a tutorial quoting the screen) and the rest stays',
    'bq-soft-loginwall-it.html' =>
        'a login wall with no story ("Questo contenuto è riservato agli abbonati"): kept on purpose, a paywalled teaser (bq-clean-paywall-it) says the same under its lede',
    'bq-soft-search-nl.html' =>
        'a search page answering a dead link with "Geen resultaten gevonden": no list names a search\'s empty result (a real search page says it too), so the page is kept',
    'bv-soft-search-de.html' =>
        'a Drupal search page answering a dead link with "0 Treffer für „…“" and "Ihre Suche ergab keine Treffer": kept on purpose, as bq-soft-search-nl; phrases for an empty search result, tried, removed the empty-result box of bo-clean-search-noresults-en, a real search page that must keep every byte',
    'bv-soft-loginwall-cp1252-de.html' =>
        'a login wall with no story ("Dieser Inhalt ist exklusiv für Abonnenten", "Melden Sie sich an, um weiterzulesen"): kept on purpose, as bq-soft-loginwall-it; a paywalled teaser (bv-clean-paywall-fr) says the same under its lede',
    'cf-eucjp-legacy-both-ja.html' =>
        "a legacy EUC-JP table page: Apache's 404 after the table goes, but the site's own \"ページが見つかりません\" and its long explanation before the story are loose <FONT> text in the <TD> that also holds the headline, cut from it only by an <HR> (no blank <br> break), so no edge test reads them as a group of lines",
    'cf-ghost-curly-en.html' =>
        "Ghost Casper's 404 after the story: its error section goes, but the theme's post feed under it (an <aside class=\"read-more-wrap\"> of three post cards, no heading) is a rail of headlines like a related-stories rail after any story, which no shell test takes",
    'cj-pt-blogger-desculpe-after.html' =>
        "Blogger's status message after the post goes, but the empty <div style=\"clear: both;\"></div> its template prints with it stays (no text: tags only); the twins disagree: n-blogger-before-pl, u-blogger-before-es and ag-dup-blogger-around-it keep the same clear <div> after the status message",
    'ch-en-sorry-table-font-before.html' =>
        "the seed's \"Sorry!! Error!\" table goes with its text, but also the opening <html>\\n<body> of the nested document just above it (no text), which holds the story too and is no part of the shell",
    'ch-ro-brightspot-citeste-before.html' =>
        "the truncated copy (\"Citește mai mult\") goes with the <div class=\"Page-below\"> that holds nothing else; the blind twin cuts only the promo inside it",
    'cl-ko-euckr-sakje-around.html' =>
        "a Korean site's own notice around the story in EUC-KR: its title and sentence before the story go, but its row of two buttons after it (\"메인으로\" to the root, \"이전 페이지\" back) stays: it is links only, so the far-half test (letters outside links) finds nothing of it, and the story's copyright line between ends the walk",
    'co-soft-ru-dle-udalen-1251.html' =>
        "DataLife Engine's message box (<div class=\"berrors\"><b>Информация</b> over \"Материал удалён по решению редакции...\") in a site's own wording: no phrase, catalog entry or shape finds it (the box sends away by a link to the news feed, not to the root or a search), so no shell and the \"Другие новости\" list keeps the page a story; needs DLE's own info-box wording in the catalog (its language files) or a shape that counts a feed link as sending away",
    'co-ru-nginx-404-ajax-inside-1251.html' =>
        "nginx's 404 document captured into the story's related-stories wrapper: it goes, with the wrapper <div class=\"article__related\"> that holds nothing else; the twin keeps the empty wrapper's tags (no text differs: a human editor could cut it either way)",
    'co-tr-php-fatal-truncated-both-1254.html' =>
        "a page truncated by PHP's Fatal error inside the related-news rail: the Deprecated notice before and the Fatal error go, but the rail's unclosed <div> is taken whole, with its heading \"İlgili Haberler\" (14 bytes of other text) that the twin keeps",
    'cn-soft-en-tribune-eu-unavailable.html' =>
        "a US daily's EU (GDPR) block page: its title and its closing apology go, but its three 45-50-word paragraphs read as article text, so it is no soft error",
    'cn-tr-aspnet-kaldirildi-both.html' =>
        "ASP.NET WebForms page, the <form> wrapping the whole page: a form holds a story when it has a kept paragraph of over 30 words, or (since the twenty-sixth session) three kept sentence-ending paragraphs of 10+ words, over 60 together, so this Turkish story of 13-27-word paragraphs is no longer answered 404 and its notice box before the story goes; the \"En çok okunanlar\" box after the story (a heading, four headline links and a link home) stays: a most-read rail after the story is the site's own as often as the notice's",
    'cs-aspnet-after-zh.html' =>
        "ASP.NET's Chinese runtime-error screen after the story (GBK): its title, heading and (helper 139: runs without the <font> box's tags at their edges) its Description and Details lines go, but the web.config <pre> table (its comment in Chinese, \"Web.Config 配置文件\"), the <br> under it and the <font> box's own tags stay",
    'ct-iis-around-fr.html' =>
        "IIS's layout as the page's own root document, the story pasted into its <div id=\"content\">: its header, its error box and the box's tags go, and (helper 144) its head and <body> with it, the root being the error document (an error <title>, \"500 - Erreur interne du serveur.\"), but the site's line after the story (\"Pour plus d'informations, contactez l'administrateur du site.\") is a soft phrase alone, with no shell next to it",
);

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    return scalar <$fh>;
}

sub without_marked {
    my ($annotated) = @_;
    (my $out = $annotated) =~ s/\{\{(shell|dup)\}\}.*?\{\{\/\1\}\}//gs;
    die "stray marker" if $out =~ $MARK_RE;
    return $out;
}

sub count_ld {
    my ($body) = @_;
    my $n = () = $body =~ /<script type="application\/ld\+json">/g;
    return $n;
}

# The body without the metadata block the filter added: the first JSON-LD
# script that is not in the page (a page's own JSON-LD, the publisher's
# NewsArticle, is the page's bytes and stays).
sub without_added_ld {
    my ($body, $page) = @_;
    while ($body =~ /$LD_RE/g) {
        my ($from, $len) = ($-[0], $+[0] - $-[0]);
        next if index($page, substr($body, $from, $len)) >= 0;
        substr($body, $from, $len) = '';
        last;
    }
    return $body;
}

opendir my $dh, $fixdir or die "$fixdir: $!";
my @pages = sort grep { !/^\./ && -f t_catfile($fixdir, $_) } readdir $dh;
closedir $dh;
cmp_ok scalar(@pages), '>=', 40, 'the corpus has at least 40 pages';

my %kinds;
for my $name (@pages) {
    my $page      = slurp(t_catfile($fixdir, $name));
    my $annotated = slurp(t_catfile($expdir, $name));
    (my $stripped = $annotated) =~ s/$MARK_RE//g;
    is $stripped, $page, "$name: the annotated twin is the page itself";
    my $marked = $annotated =~ /\{\{shell\}\}/ ? 'shell' : '';
    $marked .= '+dup' if $annotated =~ /\{\{dup\}\}/;
    $kinds{ $name =~ /^(?:[a-z]{1,2}-)?soft-/ ? 'soft' : $name =~ /^pattern-/ ? 'pattern' : $marked || 'none' }++;

    my $res  = GET("/corpus-default/$name");
    my $body = $res->content;
    if ($name =~ /^(?:[a-z]{1,2}-)?soft-/) {
        local $TODO = $KNOWN_MISS{$name};
        is $res->code, 404, "$name: only a shell, answered 404";
        is $body, $page, "$name: the body exactly as the backend sent it";
        next;
    }
    is $res->code, 200, "$name: 200";
    is $res->header('Content-Length') // -1, length($body), "$name: Content-Length is the body's length";
    cmp_ok count_ld($body) - count_ld($page), '<=', 1, "$name: at most one metadata block added";
    my $rest = without_added_ld($body, $page);
    if ($name =~ /^pattern-/) {
        is $rest, $page, "$name: /corpus-default/ does not know the site's own shell";
        my $pres = GET("/corpus-pattern/$name");
        my $prest = without_added_ld($pres->content, $page);
        is $prest, without_marked($annotated), "$name: /corpus-pattern/ removes exactly the marked shell";
        next;
    }
    local $TODO = $KNOWN_MISS{$name};
    is $rest, without_marked($annotated), "$name: exactly the marked spans removed, every other byte kept";
}

# The corpus covers what the issue asks for.
cmp_ok $kinds{soft} // 0, '>=', 3, 'soft-error pages in the corpus';
cmp_ok $kinds{none} // 0, '>=', 10, 'pages that must not lose a byte';
cmp_ok(($kinds{shell} // 0) + ($kinds{'shell+dup'} // 0), '>=', 20, 'pages with shells');
cmp_ok(($kinds{'+dup'} // 0) + ($kinds{'shell+dup'} // 0), '>=', 10, 'pages with duplicates');

done_testing();
