#!/usr/bin/perl
# make-tree.pl - builds a mirrored news site on disk from the fixtures, for
# the mirror tests and for demonstrations:
#
#   perl t/cli/make-tree.pl FIXTURES_DIR DEST_DIR PAGES
#
# Writes PAGES article pages (HTML and text) spread over nested directories
# (up to five levels), each a fixture with variations (other figures, other
# people, an extra comment, CRLF line ends, upper-case tags), plus the
# non-article files (CSS, PNG, a gzip file, a robots.txt-like file without an
# article) every few pages. Deterministic: the same arguments give the same
# tree. Prints "pages N files M".
use strict;
use warnings;
use File::Path qw(make_path);

my ($fixtures, $dest, $pages) = @ARGV;
die "usage: make-tree.pl FIXTURES_DIR DEST_DIR PAGES\n" unless $fixtures && $dest && $pages;

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or die "$f: $!\n";
    local $/;
    return scalar <$fh>;
}

sub spit {
    my ($f, $data) = @_;
    (my $dir = $f) =~ s{/[^/]+$}{};
    make_path($dir);
    open my $fh, '>:raw', $f or die "$f: $!\n";
    print $fh $data;
    close $fh or die "$f: $!\n";
}

my @html = grep { -f "$fixtures/$_" } qw(seed.html clean.html shell-only.html seed-cp1252.html big.html
                                         seed-cp1252-nometa.html);
my @other = grep { -f "$fixtures/$_" } qw(logo.png style.css seed.html.gz);
my %src = map { $_ => slurp("$fixtures/$_") } @html, @other, 'seed.txt';
my @people = ('Scott Bessent', 'Janet Yellen', 'Antony Blinken', 'Lloyd Austin', 'Gina Raimondo');
my @sections = qw(world business markets politics opinion);

my $files = 0;
for my $i (0 .. $pages - 1) {
    my $depth = int($i / 5) % 5;
    my $dir = join '/', $sections[$i % @sections], map { "d$_" } 1 .. $depth;
    my ($name, $page);
    if ($i % 7 == 6) {
        $name = "story-$i.txt";
        $page = $src{'seed.txt'};
    } else {
        my $f = $html[$i % @html];
        $f = 'seed.html' if $f eq 'big.html' && $i % 3;     # keep the big page rare
        $name = "story-$i." . ($i % 11 == 3 ? 'htm' : 'html');
        $page = $src{$f};
    }
    my $v = $i % 4;
    if ($v == 1) {
        my $pct = 10 + $i % 80;
        $page =~ s/50%/$pct%/g;
        my $who = $people[$i % @people];
        $page =~ s/Scott Bessent/$who/g;
    } elsif ($v == 2) {
        $page =~ s{</body>}{<!-- mirrored copy $i --></body>}i;
    } elsif ($v == 3 && $name =~ /\.html?$/) {
        $page =~ s/\r?\n/\r\n/g;
    }
    spit("$dest/$dir/$name", $page);
    $files++;
    if ($i % 10 == 0) {
        my $o = $other[($i / 10) % @other];
        spit("$dest/$dir/asset-$i-$o", $src{$o});
        $files++;
    }
}
print "pages $pages files $files\n";
