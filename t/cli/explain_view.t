# explain_view.t - NewsCleanExplain On: the module answers trusted clients with
# the same report `newsclean --explain=html` writes (src/explain_html.c), never
# cacheable, loading nothing; `Require ip` keeps everyone else out; outside
# such a scope the page is cleaned as usual.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use FindBin ();

my $bin = "$FindBin::Bin/../../newsclean";
my $fixtures = "$FindBin::Bin/../htdocs/fixtures";
plan skip_all => "$bin is not built" unless -x $bin;

for my $case (['seed.html'], ['big.html'], ['shell-only.html'], ['seed-cp1252-nometa.html', 'text/html; charset=windows-1252']) {
    my ($file, $type) = @$case;
    my $r = GET("/explain/$file");
    is($r->code, 200, "$file: the report answers 200");
    is($r->header('Content-Type'), 'text/html; charset=utf-8', "$file: as UTF-8 HTML");
    like($r->header('Content-Security-Policy') // '', qr/^default-src 'none'/, "$file: with a CSP that loads nothing");
    is($r->header('Cache-Control'), 'no-store', "$file: never cached");
    ok(!defined $r->header('ETag') && !defined $r->header('Last-Modified'), "$file: no validators of the backend's");
    my @t = $type ? ('--type', $type) : ();
    my $q = join ' ', map { "'$_'" } $bin, @t, '--explain=html', "$fixtures/$file";
    my $cli = `$q`;
    # The one difference: the CLI names the file, the module the URL.
    $cli =~ s/\Q$fixtures\/$file\E/\/explain\/$file/g;
    is(length($r->content), length($cli), "$file: as long as the CLI's report");
    ok($r->content eq $cli, "$file: byte for byte the CLI's report");
    is($r->header('Content-Length'), length($r->content), "$file: exact Content-Length");
}

# NewsCleanInflate: the report is of the decoded page, and goes out decoded.
{
    my $r = GET('/explain-gz/seed.html.gz');
    is($r->code, 200, 'gzip backend: the report answers 200');
    ok(!defined $r->header('Content-Encoding'), 'gzip backend: the report is not encoded');
    my $cli = `'$bin' --type 'text/html; charset=utf-8' --explain=html '$fixtures/seed.html'`;
    $cli =~ s/\Q$fixtures\/seed.html\E/\/explain-gz\/seed.html.gz/g;
    ok($r->content eq $cli, "gzip backend: byte for byte the CLI's report of the decoded page");
}

my $r = GET('/explain-denied/seed.html');
is($r->code, 403, 'outside the trusted addresses: 403');
unlike($r->content, qr/Sorry!!|removed shell/, 'and nothing of the page or the report');

$r = GET('/directive/seed.html');
unlike($r->content, qr/newsclean explain/, 'without NewsCleanExplain the page is cleaned, not explained');

$r = GET('/explain/logo.png');
is($r->header('Content-Type'), 'image/png', 'a response the gates refuse passes through unchanged');

done_testing();
