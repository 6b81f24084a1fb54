# explain_batch.t - `newsclean --explain FILE FILE...`: one engine for many
# pages, one report each, in order, each the page's own report with a "file"
# member first; an unreadable page is named and skipped, the rest still come.
use strict;
use warnings;
use Test::More;
use FindBin ();
use File::Temp ();
use JSON::PP ();

my $bin = "$FindBin::Bin/../../newsclean";
my $fixtures = "$FindBin::Bin/../htdocs/fixtures";
plan skip_all => "$bin is not built" unless -x $bin;
my $tmp = File::Temp->newdir('newsclean-batch-XXXXXX', TMPDIR => 1);

sub run_out {
    my (@cmd) = @_;
    my $q = join ' ', map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @cmd;
    my $out = `$q 2>'$tmp/err'`;
    return ($? >> 8, $out);
}

sub err_text { open my $fh, '<', "$tmp/err" or return ''; local $/; scalar <$fh> }

# a shell page, a duplicate page and a clean one: three different reports
my @pages = map { "$fixtures/$_" } qw(corpus/nginx-502-nl.html corpus/dup-clone-ids.html clean.html);
-f $_ or BAIL_OUT("fixture $_ is missing") for @pages;

my @single;
for my $p (@pages) {
    my ($rc, $out) = run_out($bin, '--explain', $p);
    is($rc, 0, "one page: exit 0 ($p)");
    push @single, $out;
}
my ($rc, $out) = run_out($bin, '--explain', @pages);
is($rc, 0, 'three pages: exit 0');
my @reports = split /(?=^\{"file":)/m, $out;
is(scalar @reports, 3, 'three pages: three reports');
for my $i (0 .. $#pages) {
    my $r = $reports[$i] // '';
    my $name = JSON::PP->new->encode([$pages[$i]]);
    $name =~ s/^\[|\]$//g;
    ok(index($r, "{\"file\":$name,") == 0, "report $i names its page first");
    (my $without = $r) =~ s/^\{"file":"(?:[^"\\]|\\.)*",/{/;
    is($without, $single[$i], "report $i is the page's own report, byte for byte");
    ok(eval { JSON::PP->new->decode($r); 1 }, "report $i is one JSON document");
}
isnt($single[0], $single[2], 'the reports differ, so the order is tested');

# text/plain for every page with --type
($rc, $out) = run_out($bin, '--explain', '--type', 'text/plain', $pages[2], $pages[2]);
my @plain = split /(?=^\{"file":)/m, $out;
is(scalar @plain, 2, '--type applies to every page: two reports');
my (undef, $plain_single) = run_out($bin, '--explain', '--type', 'text/plain', $pages[2]);
isnt($plain_single, $single[2], 'as text/plain the page has another report than as HTML');
for my $r (@plain) {
    (my $without = $r) =~ s/^\{"file":"(?:[^"\\]|\\.)*",/{/;
    is($without, $plain_single, 'each is the text/plain report of the page');
}

# an unreadable page: named on stderr, skipped, exit 1, the others reported
($rc, $out) = run_out($bin, '--explain', $pages[0], "$tmp/no-such-page.html", $pages[2]);
is($rc, 1, 'an unreadable page: exit 1');
like(err_text(), qr{cannot read \Q$tmp\E/no-such-page\.html}, 'the unreadable page is named');
my @left = JSON::PP->new->incr_parse($out);
is_deeply([map { $_->{file} } @left], [$pages[0], $pages[2]], 'the readable pages are still reported, in order');

# several pages are for --explain (JSON) only: the page output has no separator
for my $mode ([], ['--explain=html']) {
    ($rc, $out) = run_out($bin, @$mode, @pages[0, 1]);
    is($rc, 2, "two pages without --explain (@$mode): usage error");
    like(err_text(), qr/one input file at a time .*several only with --explain/, 'the usage error says why');
    is($out, '', 'and writes nothing');
}

done_testing();
