# clean.t - a clean article (no shell, no duplicate) must leave the filter
# byte-identical except for the one inserted JSON-LD block: before </head> by
# default, before </body> with NewsCleanMetadataPlacement body.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use JSON::PP ();
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count $LD_RE);


my $orig = backend_get('/clean.html');
is $orig->code, 200, 'backend serves clean.html';
my $orig_body = $orig->content;
like $orig_body, qr{<h1>Central bank holds rates as inflation cools</h1>}, 'backend body is the fixture';

for my $case (['directive', '</head>'], ['bodymeta', '</body>']) {
    my ($loc, $before) = @$case;
    my $t    = "/$loc/";
    my $res  = GET("/$loc/clean.html");
    my $body = $res->content;

    is $res->code, 200, "$t status 200";
    is $res->header('Content-Length'), length($body), "$t Content-Length equals the body length";
    is count($body, '<script type="application/ld+json">'), 1, "$t exactly one ld+json block";

    my ($json, $start, $after) = (undef, -1, -1);
    if ($body =~ $LD_RE) { ($json, $start, $after) = ($1, $-[0], $+[0]); }
    my $ld = eval { JSON::PP->new->decode($json // '') };
    ok ref $ld eq 'HASH' && ($ld->{'@type'} // '') eq 'NewsArticle', "$t block is a NewsArticle"
        or diag $@;
    is ref $ld eq 'HASH' ? $ld->{headline} : undef, 'Central bank holds rates as inflation cools',
       "$t headline";

    # Where it went: right before the closing tag (whitespace allowed between).
    ok $start >= 0 && substr($body, $after) =~ /^\s*\Q$before\E/, "$t block sits right before $before";

    # Take the block out (plus the one newline the module may add): the rest is the backend's bytes.
    (my $rest = $body) =~ s/$LD_RE//;
    ok $rest eq $orig_body, "$t body minus the block is byte-identical to the backend's"
        or diag "lengths: proxied-minus-block " . length($rest) . ", backend " . length($orig_body);
}

done_testing();
