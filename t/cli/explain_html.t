# explain_html.t - `newsclean --explain=html PAGE`: one self-contained HTML page
# whose marks and tables say exactly what `--explain` (JSON) says, with every
# byte from the page escaped.
use strict;
use warnings;
use Test::More;
use FindBin ();
use File::Temp ();
use JSON::PP ();
use Encode ();

my $bin = "$FindBin::Bin/../../newsclean";
my $fixtures = "$FindBin::Bin/../htdocs/fixtures";
plan skip_all => "$bin is not built" unless -x $bin;
my $tmp = File::Temp->newdir('newsclean-explain-XXXXXX', TMPDIR => 1);

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    return scalar <$fh>;
}

sub run_out {
    my (@cmd) = @_;
    my $q = join ' ', map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @cmd;
    my $out = `$q 2>'$tmp/err'`;
    return ($? >> 8, $out);
}

# HTML text as the reader sees it: tags dropped, the report's references decoded.
sub text_of {
    my ($h) = @_;
    $h =~ s/<[^>]*>//g;
    $h =~ s/&lt;/</g; $h =~ s/&gt;/>/g; $h =~ s/&quot;/"/g; $h =~ s/&#39;/'/g;
    $h =~ s/&#(\d+);/chr($1)/ge; $h =~ s/&amp;/&/g;
    return $h;
}

sub tables_rows {
    my ($html, $id) = @_;
    my ($body) = $html =~ m{<table id="$id">.*?<tbody>(.*?)</tbody>}s or return;
    my @rows;
    while ($body =~ m{<tr>(.*?)</tr>}sg) {
        my $r = $1;
        next if $r =~ /class="none"/;
        push @rows, [map { Encode::decode('UTF-8', text_of($_)) } $r =~ m{<td>(.*?)</td>}sg];
    }
    return @rows;
}

my $json = JSON::PP->new;
for my $case (['seed.html'], ['seed-cp1252.html'], ['big.html'], ['shell-only.html'], ['clean.html'],
              ['seed.txt', 'text/plain']) {
    my ($file, $type) = @$case;
    my @t = $type ? ('--type', $type) : ();
    my ($rc, $html) = run_out($bin, @t, '--explain=html', "$fixtures/$file");
    is($rc, 0, "$file: --explain=html exits 0");
    my (undef, $j) = run_out($bin, @t, '--explain', "$fixtures/$file");
    my $e = $json->decode($j);

    like($html, qr/^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">/, "$file: an HTML5 page in UTF-8");
    ok(Encode::is_utf8(Encode::decode('UTF-8', my $copy = $html, Encode::FB_CROAK)) || 1, "$file: valid UTF-8");
    like($html, qr/Content-Security-Policy" content="default-src 'none'/, "$file: a CSP that loads nothing");
    my @tags = $html =~ /<([a-zA-Z][^>]*)>/g;
    is(scalar(grep { /\b(src|href|action)\s*=/i || /^script/i || /^(img|link|iframe|object)\b/i } @tags), 0,
       "$file: no scripts, no links, no external resources");

    my @shells = $html =~ /<div class="removed shell"/g;
    my @dups = $html =~ /<div class="removed duplicate"/g;
    my @ins = $html =~ /<div class="inserted"/g;
    my $n_ins = grep { $_->{action} eq 'insert' } @{ $e->{edits} };
    my $n_shell = grep { $_->{action} eq 'remove' && $_->{reason} eq 'shell' } @{ $e->{edits} };
    my $n_dup = grep { $_->{action} eq 'remove' && $_->{reason} eq 'duplicate' } @{ $e->{edits} };
    is(scalar @shells, $n_shell, "$file: $n_shell shell removal(s) highlighted");
    is(scalar @dups, $n_dup, "$file: $n_dup duplicate removal(s) highlighted");
    is(scalar @ins, $n_ins, "$file: $n_ins insertion(s) marked");
    for my $ed (grep { $_->{action} eq 'remove' } @{ $e->{edits} }) {
        like($html, qr/data-reason="$ed->{reason}" data-start="$ed->{start}" data-end="$ed->{end}">\n<div class="label">removed: (error shell|duplicate)/,
             "$file: removal $ed->{start}-$ed->{end} is labelled with its reason");
    }
    my @actors = grep { $_->{type} !~ /^(MonetaryAmount|QuantitativeValue)$/ } @{ $e->{mentions} };
    my @figures = grep { $_->{type} =~ /^(MonetaryAmount|QuantitativeValue)$/ } @{ $e->{mentions} };
    my @arows = tables_rows($html, 'actors');
    my @frows = tables_rows($html, 'figures');
    is_deeply([map { [$_->[0], $_->[1], $_->[2], $_->[3], $_->[5]] } @arows],
              [map { [$_->{name}, $_->{type}, $_->{jobTitle} // '', $_->{nationality} // '', $_->{sentence} // ''] } @actors],
              "$file: the actors table is the JSON's actors (name, type, role, nationality, sentence)");
    is_deeply([map { [$_->[0], $_->[1]] } @frows], [map { [$_->{name}, $_->{type}] } @figures],
              "$file: the figures table is the JSON's figures");
    my @values = map { $_->[4] } @frows;
    my @want = map { my $v = $_->{value}; $v .= " $_->{currency}" if $_->{currency};
                     $v .= " $_->{unitText}" if !$_->{currency} && $_->{unitText}; $v } @figures;
    is_deeply(\@values, \@want, "$file: figure values with their unit or currency");
}

# The seed: what an operator looks for.
my (undef, $seed) = run_out($bin, '--explain=html', "$fixtures/seed.html");
my ($shell) = $seed =~ m{(<div class="removed shell".*?\n</div>\n)}s;
like(text_of($shell // ''), qr/Sorry!!/, 'seed: the highlighted shell holds "Sorry!!"');
like(text_of($seed), qr/Donald Trump.*Person.*President.*United States/s, 'seed: Donald Trump, President, United States');
my ($text) = $seed =~ m{<section id="text">(.*?)</section>}s;
like(text_of($text), qr/\(MENAFN\) The United States may send troops/, 'seed: the article text is shown');

# Hostile input: markup in text, in attributes, in names; broken UTF-8.
my $evil = qq{<html><head><title>x</title></head><body>\n}
    . qq{<div class="error">Sorry!! Error! The page you were looking for doesn't exist.</div>\n}
    . qq{<h1>President &lt;img src=x onerror=alert(1)&gt; Joe Biden visits Kiev</h1>\n}
    . qq{<p>President Joe Biden met Ukrainian President Volodymyr Zelensky in Kiev on Monday, \x{ff}\x{fe} said officials &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt; who spoke about \$5 billion in aid.</p>\n}
    . qq{<p title="&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;">President Joe Biden met Ukrainian President Volodymyr Zelensky in Kiev on Monday, said officials who spoke about \$5 billion in aid.</p>\n}
    . qq{<script>document.write("<img src=//evil>")</script></body></html>\n};
open my $fh, '>:raw', "$tmp/evil.html" or die $!;
print $fh $evil;
close $fh;
my ($rc, $report) = run_out($bin, '--explain=html', "$tmp/evil.html");
is($rc, 0, 'hostile page: report written');
my @tags = $report =~ /<([a-zA-Z][^>]*)>/g;
is(scalar(grep { /^(script|img)\b/i || /\bon\w+\s*=/i || /\bsrc\s*=/i } @tags), 0,
   'hostile page: no script, img, src or event handler reaches the report as markup');
unlike($report, qr/<\/?script/i, 'hostile page: no <script at all');
like($report, qr/&lt;img src=x onerror=alert\(1\)&gt;/, 'hostile page: markup from the text is shown escaped');
ok(eval { Encode::decode('UTF-8', my $c = $report, Encode::FB_CROAK); 1 }, 'hostile page: the report is valid UTF-8');

done_testing();
