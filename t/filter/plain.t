# plain.t - the seed as text/plain (t/htdocs/fixtures/seed.txt, byte-identical to
# the shared seed).  Through /plain/ (NewsCleanTypes text/html text/plain) the
# four shell lines and the second copy of paragraphs 2-5 go, nothing else
# changes, and no JSON-LD lands in a text body: the result must equal
# t/htdocs/expected/seed.txt.  With the default NewsCleanTypes, text/plain
# passes untouched.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count);

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    return <$fh>;
}

my $docroot  = Apache::Test::vars('documentroot');
my $expected = slurp(t_catfile($docroot, 'expected', 'seed.txt'));
my @seed     = split /\n/, slurp(t_catfile($docroot, 'fixtures', 'seed.txt')), -1;

my $orig = backend_get('/seed.txt');
is $orig->code, 200, 'backend serves seed.txt';
like $orig->header('Content-Type') // '', qr{^text/plain}, 'backend: text/plain';
my $orig_body = $orig->content;

my $res  = GET('/plain/seed.txt');
my $body = $res->content;
is $res->code, 200, '/plain/ status 200';
like $res->header('Content-Type') // '', qr{^text/plain}, '/plain/ still text/plain';
is $res->header('Content-Length'), length($body), '/plain/ Content-Length equals the body length';

my @lines = split /\n/, $body, -1;
for my $shell ('403', 'Sorry!!', $seed[3], $seed[4]) {
    is scalar(grep { $_ eq $shell } @lines), 0, "/plain/ shell line '$shell' removed";
}
is scalar(grep { $_ eq $seed[5] } @lines), 1, '/plain/ headline line once';
for my $i (6 .. 10) {
    is count($body, $seed[$i]), 1, "/plain/ body paragraph " . ($i - 5) . " exactly once";
}
is scalar(grep { $_ eq 'Legal Disclaimer:' } @lines), 1, '/plain/ Legal Disclaimer kept';
is count($body, $seed[17]), 1, '/plain/ disclaimer text kept';
is scalar(grep { $_ eq 'No comment' } @lines), 1, "/plain/ 'No comment' kept";
ok index($body, 'application/ld+json') < 0 && $body !~ /"\@context"/, '/plain/ no JSON-LD in a text body';
ok $body eq $expected, '/plain/ body equals t/htdocs/expected/seed.txt'
    or diag "got:\n$body\n--- expected:\n$expected\n---";

# Default NewsCleanTypes is text/html application/xhtml+xml: text/plain passes untouched.
my $def = GET('/directive/seed.txt');
is $def->code, 200, '/directive/seed.txt status 200';
ok $def->content eq $orig_body, '/directive/ leaves text/plain byte-identical (not in the default types)';

done_testing();
