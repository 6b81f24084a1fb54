# seed_variants.t - the seed's broken page in the 14 languages the issue
# names, through the real proxy: its "403 / Sorry!! / Error! We're sorry,
# but the page you were looking for doesn't exist." shell translated, set in
# five markups (<br> lines, a div.error-page, a table layout, a nested
# <html> document, bare <div>s), before the story, after it, and before a
# story rendered twice; then each shell alone with the site's chrome, which
# must be answered 404; and pages about an error that quote it, which must
# keep every byte. The pages are written at test time from
# fixtures/seed.txt into fixtures/seedvar/ (not in git).
#
# Assertions on exact content: the shell's three lines are gone, the
# story's paragraphs are there exactly once, and the response holds only
# deletions of the backend's bytes (plus the one metadata block).
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use File::Path qw(make_path);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count only_deletions $LD_RE);

my $fixtures = t_catfile(Apache::Test::vars('documentroot'), 'fixtures');
my $dir = t_catfile($fixtures, 'seedvar');
make_path($dir);

# The seed's story (bytes, UTF-8): its headline and its paragraphs up to the
# first repeat (the seed renders paragraphs 2-5 twice).
my @seed = do {
    open my $fh, '<:raw', t_catfile($fixtures, 'seed.txt') or die "seed.txt: $!";
    grep { /\S/ } map { s/\r?\n\z//r } <$fh>;
};
my ($first) = grep { $seed[$_] =~ /^Trump possibly/ } 0 .. $#seed;
my @story = ($seed[$first]);
my %seen;
for my $line (@seed[$first + 1 .. $#seed]) {
    last if $seen{$line}++;
    push @story, $line;
}
my ($headline, @paras) = @story;

# The seed's shell in each language: its apology line, then its message.
my %shell = (
    en => ["Sorry!!", "Error! We're sorry, but the page you were looking for doesn't exist."],
    de => ["Entschuldigung!!", "Fehler! Es tut uns leid, aber die von Ihnen gesuchte Seite existiert nicht."],
    fr => ["D\xc3\xa9sol\xc3\xa9 !!", "Erreur ! Nous sommes d\xc3\xa9sol\xc3\xa9s, mais la page que vous recherchez n'existe pas."],
    es => ["\xc2\xa1\xc2\xa1Lo sentimos!!", "\xc2\xa1Error! Lo sentimos, pero la p\xc3\xa1gina que buscaba no existe."],
    it => ["Spiacenti!!", "Errore! Siamo spiacenti, ma la pagina che stavi cercando non esiste."],
    pt => ["Desculpe!!", "Erro! Lamentamos, mas a p\xc3\xa1gina que voc\xc3\xaa procurava n\xc3\xa3o existe."],
    nl => ["Sorry!!", "Fout! Het spijt ons, maar de pagina die u zocht bestaat niet."],
    pl => ["Przepraszamy!!", "B\xc5\x82\xc4\x85d! Przepraszamy, ale strona, kt\xc3\xb3rej szukasz, nie istnieje."],
    ru => ["\xd0\x98\xd0\xb7\xd0\xb2\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5!!",
           "\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0! \xd0\x9a \xd1\x81\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8e, "
         . "\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x86\xd0\xb0, \xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd1\x83\xd1\x8e "
         . "\xd0\xb2\xd1\x8b \xd0\xb8\xd1\x81\xd0\xba\xd0\xb0\xd0\xbb\xd0\xb8, \xd0\xbd\xd0\xb5 \xd1\x81\xd1\x83\xd1\x89\xd0\xb5\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd0\xb5\xd1\x82."],
    uk => ["\xd0\x92\xd0\xb8\xd0\xb1\xd0\xb0\xd1\x87\xd1\x82\xd0\xb5!!",
           "\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0! \xd0\x9d\xd0\xb0 \xd0\xb6\xd0\xb0\xd0\xbb\xd1\x8c, "
         . "\xd1\x81\xd1\x82\xd0\xbe\xd1\x80\xd1\x96\xd0\xbd\xd0\xba\xd0\xb0, \xd1\x8f\xd0\xba\xd1\x83 \xd0\xb2\xd0\xb8 "
         . "\xd1\x88\xd1\x83\xd0\xba\xd0\xb0\xd0\xbb\xd0\xb8, \xd0\xbd\xd0\xb5 \xd1\x96\xd1\x81\xd0\xbd\xd1\x83\xd1\x94."],
    tr => ["\xc3\x9czg\xc3\xbcn\xc3\xbcz!!", "Hata! \xc3\x9czg\xc3\xbcn\xc3\xbcz, arad\xc4\xb1\xc4\x9f\xc4\xb1n\xc4\xb1z sayfa mevcut de\xc4\x9fil."],
    ar => ["\xd8\xb9\xd8\xb0\xd8\xb1\xd8\xa7\xd9\x8b!!",
           "\xd8\xae\xd8\xb7\xd8\xa3! \xd9\x86\xd8\xa3\xd8\xb3\xd9\x81\xd8\x8c \xd9\x88\xd9\x84\xd9\x83\xd9\x86 "
         . "\xd8\xa7\xd9\x84\xd8\xb5\xd9\x81\xd8\xad\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xaa\xd9\x8a \xd8\xaa\xd8\xa8\xd8\xad\xd8\xab "
         . "\xd8\xb9\xd9\x86\xd9\x87\xd8\xa7 \xd8\xba\xd9\x8a\xd8\xb1 \xd9\x85\xd9\x88\xd8\xac\xd9\x88\xd8\xaf\xd8\xa9."],
    zh => ["\xe6\x8a\xb1\xe6\xad\x89\xef\xbc\x81\xef\xbc\x81",
           "\xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x81\xe5\xbe\x88\xe6\x8a\xb1\xe6\xad\x89\xef\xbc\x8c\xe6\x82\xa8\xe8\xa6\x81\xe6\x9f\xa5"
         . "\xe6\x89\xbe\xe7\x9a\x84\xe9\xa1\xb5\xe9\x9d\xa2\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8\xe3\x80\x82"],
    ja => ["\xe7\x94\xb3\xe3\x81\x97\xe8\xa8\xb3\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xef\xbc\x81\xef\xbc\x81",
           "\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc\xef\xbc\x81\xe3\x81\x8a\xe6\x8e\xa2\xe3\x81\x97\xe3\x81\xae\xe3\x83\x9a\xe3\x83\xbc"
         . "\xe3\x82\xb8\xe3\x81\xaf\xe5\xad\x98\xe5\x9c\xa8\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82"],
);

sub esc { my $s = shift; $s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s =~ s/>/&gt;/g; return $s }

my %markup = (
    lines  => sub { my ($c, $a, $m) = @_; "$c<br>\n$a<br>\n$m<br>\n" },
    div    => sub { my ($c, $a, $m) = @_; qq{<div class="error-page"><h1>$c</h1><h2>$a</h2><p>$m</p></div>\n} },
    table  => sub { my ($c, $a, $m) = @_;
                    qq{<table width="100%"><tr><td align="center"><font size="6">$c</font></td></tr>}
                  . qq{<tr><td><b>$a</b></td></tr><tr><td>$m</td></tr></table>\n} },
    nested => sub { my ($c, $a, $m) = @_;
                    "<html><head><title>$c</title></head><body><h1>$c</h1><p>$a</p><p>$m</p></body></html>\n" },
    divs   => sub { my ($c, $a, $m) = @_; "<div>$c</div><div>$a</div><div>$m</div>\n" },
);

my $article = '<article><h1>' . esc($headline) . "</h1>\n" . join('', map { '<p>' . esc($_) . "</p>\n" } @paras) . '</article>';
sub page {
    my ($title, $content) = @_;
    return qq{<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>$title</title></head>\n<body>\n}
         . qq{<header><a href="/">News24</a><nav><a href="/politics">Politics</a> <a href="/economy">Economy</a></nav></header>\n}
         . qq{<div id="main">\n$content\n</div>\n<footer><p>\xc2\xa9 2026 News24 Online</p></footer>\n</body></html>\n};
}

my (@cases, @soft);
for my $lang (sort keys %shell) {
    my ($a, $m) = map { esc($_) } @{ $shell{$lang} };
    for my $code (qw(403 404)) {
        for my $kind (sort keys %markup) {
            my $sh = $markup{$kind}->($code, $a, $m);
            my %at = (before => $sh . $article, after => "$article\n$sh", twice => "$sh$article\n$article");
            for my $pos (sort keys %at) {
                push @cases, ["$lang-$code-$kind-$pos.html", page(esc($headline), $at{$pos}), $code, $a, $m, $pos eq 'twice'];
            }
            push @soft, ["$lang-$code-$kind-alone.html", page('News24 Online', $sh)];
        }
        # text/plain as the seed itself: the shell's lines over the story, its paragraphs twice
        my $txt = "\n$code\n$shell{$lang}[0]\n$shell{$lang}[1]\n" . join("\n", @story) . "\n" . join("\n", @paras[1 .. $#paras]) . "\n";
        push @cases, ["$lang-$code-text.txt", $txt, $code, $shell{$lang}[0], $shell{$lang}[1], 1];
    }
}
# Pages that are about an error and must keep every byte: the headline
# names the error, a paragraph quotes the shell's message, a closing
# <blockquote> quotes the whole shell, and nav and footer say "Report an
# error".
my @clean;
for my $lang (sort keys %shell) {
    my ($a, $m) = map { esc($_) } @{ $shell{$lang} };
    my $h = "403: how dead links cost publishers";
    my $content = "<article><h1>$h</h1>\n<p>" . esc($paras[0]) . "</p>\n"
        . "<p>Readers who followed the old link this week were met with a page that said only &quot;$m&quot;, and the agency "
        . "said it would restore the archive by Friday after complaints from subscribers and libraries.</p>\n<p>" . esc($paras[1])
        . "</p>\n<blockquote>$a $m</blockquote>\n</article>";
    my $page = page($h, $content);
    $page =~ s{</nav>}{ <a href="/report">Report an error</a></nav>};
    $page =~ s{</footer>}{<a href="/report">Report an error</a></footer>};
    push @clean, ["$lang-about.html", $page];
}

for my $c (@cases, @soft, @clean) {
    open my $fh, '>:raw', t_catfile($dir, $c->[0]) or die "$c->[0]: $!";
    print $fh $c->[1];
    close $fh;
}

plan tests => 4 * @cases + 2 * @soft + 2 * @clean;

for my $c (@cases) {
    my ($name, $orig, $code, $apology, $message, $twice) = @$c;
    my $res = GET("/plain/seedvar/$name");
    (my $rest = $res->content) =~ s/$LD_RE//;
    my $text = $name =~ /\.txt\z/;
    my $status = $text ? qr/(?:^|\n)\Q$code\E\n/ : qr/>\Q$code\E<|(?:^|\n)\Q$code\E<br>/;
    ok $res->code == 200 && count($rest, $apology) == 0 && count($rest, $message) == 0 && $rest !~ $status,
       "$name: the shell's three lines are gone";
    my $para = $text ? $paras[2] : esc($paras[2]);
    is count($rest, $para), 1, "$name: the story's paragraph is there once" . ($twice ? ' (its copy gone)' : '');
    ok count($rest, $text ? $paras[0] : esc($paras[0])) == 1, "$name: the story's lede stays";
    ok only_deletions($rest, $orig), "$name: only deletions of the backend's bytes";
}
for my $c (@soft) {
    my ($name, $orig) = @$c;
    my $res = GET("/plain/seedvar/$name");
    is $res->code, 404, "$name: the shell alone is a soft error, answered 404";
    is $res->content, $orig, "$name: its body goes out as the backend sent it";
}
for my $c (@clean) {
    my ($name, $orig) = @$c;
    my $res = GET("/plain/seedvar/$name");
    (my $rest = $res->content) =~ s/$LD_RE//;
    is $res->code, 200, "$name: a story about an error page is no soft error";
    ok $rest eq $orig, "$name: every byte kept, the quoted shell too";
}
