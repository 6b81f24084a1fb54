#!/usr/bin/perl
# gen-fixtures.pl - writes the big or binary hostile pages into
# t/htdocs/fixtures/hostile/gen/ (never committed: see .gitignore there).
# Deterministic: the same bytes on every run.  Files already of the right
# size are kept, so repeated test runs do not rewrite 50 MB.
#   perl t/hostile/gen-fixtures.pl [DOCROOT]     (default: t/htdocs)
# Also used by bench/soak.
use strict;
use warnings FATAL => 'all';
use File::Path qw(make_path);
use FindBin ();

my $docroot = shift // "$FindBin::Bin/../htdocs";
my $src = "$docroot/fixtures";
my $dir = "$src/hostile/gen";
make_path($dir);

sub slurp { my ($f) = @_; open my $fh, '<:raw', $f or die "$f: $!"; local $/; return scalar <$fh>; }
my $seed = slurp("$src/seed.html");

my %made;
sub put {
    my ($name, $gen, $size) = @_;      # $size: skip generation when it already matches
    my $path = "$dir/$name";
    $made{$name} = 1;
    return if defined $size && -s $path && -s $path == $size;
    my $bytes = ref $gen ? $gen->() : $gen;
    open my $fh, '>:raw', "$path.tmp" or die "$path: $!";
    print $fh $bytes;
    close $fh or die "$path: $!";
    rename "$path.tmp", $path or die "$path: $!";
}

# A small PRNG (xorshift32) so "random" bytes are the same everywhere.
sub prng_bytes {
    my ($n, $x) = @_;
    my $out = '';
    while (length $out < $n) {
        $x ^= ($x << 13) & 0xffffffff; $x ^= $x >> 17; $x ^= ($x << 5) & 0xffffffff;
        $out .= pack('V', $x);
    }
    return substr($out, 0, $n);
}

# Truncated: cut inside a start tag late in the article, and inside a
# multi-byte UTF-8 character (the right single quote in the title).
{
    my $at = index($seed, '<section class="disclaimer">') + 12;
    put('truncated-tag.html', substr($seed, 0, $at));
    my $q = index($seed, "\xe2\x80\x99");
    put('truncated-utf8.html', substr($seed, 0, $q + 1));
    put('truncated-head.html', substr($seed, 0, index($seed, '</head>') + 3));
}

# Binary bytes labelled text/html (served with the default .html type).
put('binary.html', sub { prng_bytes(65536, 2463534242) }, 65536);
put('binary-gif.html', sub { "GIF89a" . prng_bytes(20000, 88172645) });

# NUL bytes in text, in tags and in attribute values.
{
    my $p = $seed;
    $p =~ s/(Treasury) (Secretary)/$1\0$2/;
    $p =~ s/<h1 class="headline">/<h1\0 class="head\0line">/;
    $p =~ s/(Zelensky)/$1\0\0\0/g;
    my $n = '';
    for my $i (0 .. length($p) - 1) { $n .= substr($p, $i, 1); $n .= "\0" if $i % 997 == 996; }
    put('nul.html', $n);
}

# 100,000-deep nesting, block and inline, plus an unclosed variant.
{
    my $depth = 100_000;
    my $head = "<!DOCTYPE html>\n<html><head><title>Deep</title></head><body>\n";
    put('deep-div.html', $head . ('<div>' x $depth) . "<p>Deep text here.</p>" . ('</div>' x $depth) . "\n</body></html>\n");
    put('deep-inline.html', $head . "<p>" . ('<b>' x $depth) . "bold" . ('</b>' x $depth) . "</p>\n</body></html>\n");
    put('deep-unclosed.html', $head . ('<div><span>' x $depth) . "end\n");
}

# 50 MB: paragraphs of a real article, repeated (over NewsCleanMaxSize 4M).
{
    my ($body) = $seed =~ m{(<article.*</article>)}s;
    my $size = 50 * 1024 * 1024;
    put('huge.html', sub {
        my $head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Huge</title></head><body>\n";
        my $tail = "</body></html>\n";
        my $fill = $size - length($head) - length($tail);
        my $reps = int($fill / length($body));
        my $out = $head . ($body x $reps);
        $out .= ' ' x ($fill - $reps * length($body));
        return $out . $tail;
    }, $size);
}

# 1 MB on a single line: the seed with every newline removed, then padded
# with paragraphs on the same line.
{
    my $size = 1024 * 1024;
    put('oneline.html', sub {
        (my $one = $seed) =~ s/\n/ /g;
        my $para = '<p>Officials said the talks in Geneva would resume on Monday, and that a draft text was being circulated among delegations.</p>';
        my $insert_at = index($one, '</main>');
        my $fill = $size - length($one);
        my $reps = int($fill / length($para));
        my $out = substr($one, 0, $insert_at) . ($para x $reps) . substr($one, $insert_at);
        return $out . (' ' x ($size - length $out));
    }, $size);
}

# Only '<' (1 MB), and '<' with a few letters.
put('lt.html', sub { '<' x (1024 * 1024) }, 1024 * 1024);
put('lt-mixed.html', sub { ('<<a<p<</<!--<' x 20000) });

# Charsets: broken UTF-8 labelled UTF-8, UTF-8 labelled windows-1252 (the
# .cp1252.html name gives it that header), bogus and lying labels.
{
    my $bad = $seed;
    $bad =~ s/Bessent/Bes\xc3\x28ent/;          # invalid continuation
    $bad =~ s/Zelensky/Zel\xffens\xfeky/;       # bytes never valid in UTF-8
    $bad =~ s/Hegseth/Heg\xc0\xafseth/;         # overlong '/'
    $bad =~ s/Munich/Mun\xed\xa0\x80ich/;       # encoded surrogate
    $bad =~ s/Vance/Vance\xf4\x90\x80\x80/;     # above U+10FFFF
    $bad =~ s{</title>}{\xe2\x80</title>};      # truncated sequence
    put('broken.utf8.html', $bad);
    put('lying.cp1252.html', $seed);
    put('bogus.bogus.html', $seed);
    (my $m = $seed) =~ s/<meta charset="utf-8">/<meta charset="x-no-such-charset">/;
    put('meta-bogus.html', $m);
    ($m = $seed) =~ s/<meta charset="utf-8">/<meta charset="utf-16">/;
    put('meta-utf16.html', $m);
    ($m = $seed) =~ s/<meta charset="utf-8">/<meta http-equiv="Content-Type" content="text\/html; charset=">/;
    put('meta-empty.html', $m);
    ($m = $seed) =~ s/<meta charset="utf-8">/<meta charset="@{['x' x 5000]}">/;
    put('meta-long.html', $m);
}

# UTF-16 labelled UTF-8: little-endian with a BOM, big-endian without.
{
    require Encode;
    my $chars = Encode::decode('UTF-8', $seed);
    put('utf16le.utf8.html', "\xff\xfe" . Encode::encode('UTF-16LE', $chars));
    put('utf16be.utf8.html', Encode::encode('UTF-16BE', $chars));
}

# Gzip bombs, sent with Content-Encoding gzip (AddEncoding .gz): 256 MB of
# zeros, and 256 MB of markup ("<p>a</p>"), each about 250 KB compressed.
{
    require Compress::Zlib;
    for my $spec (['bomb-zeros.html.gz', "\0" x 65536], ['bomb-markup.html.gz', '<p>a</p>' x 8192]) {
        my ($name, $block) = @$spec;
        my $path = "$dir/$name";
        $made{$name} = 1;
        next if -s $path;
        my $gz = Compress::Zlib::gzopen("$path.tmp", 'wb9') or die "$path: $!";
        $gz->gzwrite($block) for 1 .. (256 * 1024 * 1024) / length $block;
        $gz->gzclose;
        rename "$path.tmp", $path or die "$path: $!";
    }
}

# Catastrophic backtracking for NewsCleanShellPattern "^(a+)+$" (see
# extra.conf.in, /hostile-regex/): 2,000 runs of short blocks "aaa...ab",
# each run closed by a long paragraph, so the pattern is tried 2,000 times.
{
    my $long = '<p>' . join(' ', ('word') x 40) . ".</p>\n";
    my $short = '<p>' . ('a' x 40) . "b</p>\n";
    put('regex.html', "<!DOCTYPE html>\n<html><head><title>Backtracking</title></head><body>\n"
        . "<h1>A page made to make regexes backtrack</h1>\n"
        . (($short x 3) . $long) x 2000 . "</body></html>\n");
}

# Clean follow-up page for the liveness checks.
put('ok.html', "<!DOCTYPE html>\n<html><head><title>OK</title></head><body><h1>Alive and well</h1>\n<p>Still serving.</p></body></html>\n");

print "gen-fixtures: ", scalar(keys %made), " files in $dir\n" if -t STDOUT;
