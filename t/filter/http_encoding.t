# http_encoding.t - compressed backends.  NEWSCLEAN never reads compressed
# bytes: with "SetOutputFilter INFLATE;NEWSCLEAN;DEFLATE" (/inflate/ in
# extra.conf.in) mod_deflate inflates the backend's gzip, the page is
# cleaned, and DEFLATE compresses again for clients that accept gzip.
# Without INFLATE a gzip body passes untouched (passthrough.t).  A gzip bomb
# is stopped by mod_deflate's DeflateInflateRatioLimit before the filter
# holds it.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use IO::Uncompress::Gunzip qw(gunzip $GunzipError);
use NewsClean::TestUtil qw(backend_get);

plan skip_all => 'mod_deflate not loaded' unless Apache::Test::have_module('deflate');

my $ref = GET('/directive/seed.html')->content;     # the seed, cleaned
ok index($ref, 'application/ld+json') > 0, 'reference: /directive/seed.html cleaned';

my $gz = backend_get('/seed.html.gz');
is $gz->header('Content-Encoding'), 'gzip', 'backend: seed.html.gz is gzip';

# Client without gzip: the cleaned page, identity.
{
    my $res = GET('/inflate/seed.html.gz', 'Accept-Encoding' => 'identity');
    is $res->code, 200, '/inflate/seed.html.gz (identity): 200';
    ok !defined $res->header('Content-Encoding'), '... no Content-Encoding';
    like $res->header('X-NewsClean') // '', qr/^action=cleaned /, '... cleaned';
    ok $res->content eq $ref, '... the same bytes as the seed cleaned from an identity backend';
    is $res->header('Content-Length'), length($ref), '... exact Content-Length';
}

# Client with gzip: cleaned, then compressed again, with Vary.
{
    my $res = GET('/inflate/seed.html.gz', 'Accept-Encoding' => 'gzip');
    is $res->code, 200, '/inflate/seed.html.gz (gzip): 200';
    is $res->header('Content-Encoding'), 'gzip', '... Content-Encoding gzip';
    like $res->header('Vary') // '', qr/Accept-Encoding/i, '... Vary: Accept-Encoding';
    my $raw = $res->content;
    my $plain;
    gunzip(\$raw => \$plain) or diag "gunzip: $GunzipError";
    ok defined $plain && $plain eq $ref, '... which inflates to the cleaned page';
    like $res->header('ETag') // '', qr/-newsclean-gzip"$/, '... ETag: ours, then mod_deflate\'s suffix';
}

# An identity backend through the same chain: cleaned, compressed for gzip clients.
{
    my $res = GET('/inflate/seed.html', 'Accept-Encoding' => 'gzip');
    my ($raw, $plain) = ($res->content);
    gunzip(\$raw => \$plain);
    ok defined $plain && $plain eq $ref, '/inflate/seed.html (gzip client): the cleaned page, gzipped';
}

# A gzip bomb (20 MB of spaces in 20 KB): mod_deflate's ratio limit stops
# it; the filter never holds the inflated bytes.
{
    my $res = GET('/inflate/http/bomb.html.gz', 'Accept-Encoding' => 'identity');
    my $len = length($res->content // '');
    cmp_ok $len, '<', 20 * 1024 * 1024, "bomb: not inflated to 20 MB (got $len bytes, status " . $res->code . ')';
    my $log = t_catfile(Apache::Test::vars('serverroot'), 'logs', 'error_log');
    open my $fh, '<', $log or die "$log: $!";
    my @lines = grep { /AH02650|Inflated content ratio/ } <$fh>;
    ok scalar(@lines), 'bomb: mod_deflate logged its inflate ratio limit' or diag 'no ratio line in error_log';
    my $ok = GET('/inflate/seed.html.gz', 'Accept-Encoding' => 'identity');
    ok $ok->content eq $ref, 'after the bomb: the next page is cleaned as before';
}

done_testing();
