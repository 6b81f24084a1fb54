# http_inflate.t - NewsCleanInflate On: the filter decodes a gzip or deflate
# body itself (zlib), cleans it, and sends the cleaned page decoded (or
# compressed again by DEFLATE when configured).  Any doubt sends the
# backend's compressed bytes unchanged, with their Content-Encoding: a
# decompression bomb (NewsCleanInflateRatioLimit), a body that decodes past
# NewsCleanMaxSize, a corrupt or truncated stream; br is never decoded.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use IO::Uncompress::Gunzip qw(gunzip);
use NewsClean::TestUtil qw(backend_get);

my $ref = GET('/directive/seed.html')->content;    # the seed, cleaned
ok index($ref, 'application/ld+json') > 0, 'reference: cleaned seed';

sub dbg { return $_[0]->header('X-NewsClean') // '' }

# Decoded and cleaned: gzip, zlib-wrapped deflate, raw deflate.
for my $case (['/seed.html.gz', 'gzip'], ['/http/seed-zlib.html.zz', 'deflate'],
              ['/http/seed-raw.html.zz', 'deflate']) {
    my ($path, $enc) = @$case;
    my $orig = backend_get($path);
    is $orig->header('Content-Encoding') // '', $enc, "backend: $path is $enc";
    like $orig->header('Content-Type') // '', qr{^text/html}, "backend: $path is text/html";
    my $res = GET("/gunzip$path", 'Accept-Encoding' => 'gzip, deflate');
    is $res->code, 200, "/gunzip$path: 200";
    like dbg($res), qr/^action=cleaned /, "/gunzip$path: cleaned";
    ok !defined $res->header('Content-Encoding'), "/gunzip$path: goes out decoded";
    ok $res->content eq $ref, "/gunzip$path: the same bytes as the seed cleaned from an identity backend";
    is $res->header('Content-Length'), length($ref), "/gunzip$path: exact Content-Length";
}

# Compressed again for the client by DEFLATE.
{
    my $res = GET('/gunzipdeflate/seed.html.gz', 'Accept-Encoding' => 'gzip');
    is $res->header('Content-Encoding') // '', 'gzip', '/gunzipdeflate: gzip again for a gzip client';
    my ($raw, $plain) = ($res->content);
    gunzip(\$raw => \$plain);
    ok defined $plain && $plain eq $ref, '/gunzipdeflate: which inflates to the cleaned page';
}

# Any doubt: the backend's compressed bytes, unchanged, Content-Encoding kept.
for my $case (['/gunzip/http/bomb.html.gz', qr/reason=inflate-ratio/, 'decompression bomb (20 MB in 20 KB)'],
              ['/gunzipsmall/seed.html.gz', qr/reason=too-large/, 'decodes past NewsCleanMaxSize 2K'],
              ['/gunzip/http/corrupt.html.gz', qr/reason=inflate-/, 'corrupt gzip'],
              ['/gunzip/http/truncated.html.gz', qr/reason=inflate-truncated/, 'gzip cut in half'],
              ['/gunzip/http/trailing.html.gz', qr/reason=inflate-error/, 'bytes after the gzip stream'],
              ['/gunzip/http/seed.html.br', qr/reason=content-encoding/, 'br is not decoded']) {
    my ($u, $re, $why) = @$case;
    (my $path = $u) =~ s{^/gunzip(small)?}{};
    my $orig = backend_get($path);
    my $res = GET($u, 'Accept-Encoding' => 'gzip, br');
    is $res->code, 200, "$u: 200 ($why)";
    ok $res->content eq $orig->content, "$u: the backend's compressed bytes, unchanged"
        or diag 'lengths ' . length($res->content) . ' vs ' . length($orig->content);
    is $res->header('Content-Encoding') // '', $orig->header('Content-Encoding') // '', "$u: Content-Encoding kept";
    like dbg($res), $re, "$u: reason";
}
{
    my $log = t_catfile(Apache::Test::vars('serverroot'), 'logs', 'error_log');
    open my $fh, '<', $log or die "$log: $!";
    my @l = <$fh>;
    ok scalar(grep { /NC0218: .*bomb\.html\.gz decodes to more than 200 times/ } @l),
       'the bomb was logged (NC0218) with what to do';
    ok scalar(grep { /NC0219: .*truncated\.html\.gz/ } @l), 'the truncated stream was logged (NC0219)';
    ok scalar(grep { /NC0221: .*trailing\.html\.gz has bytes after the end of its gzip stream/ } @l),
       'bytes after the stream were logged (NC0221)';
    ok scalar(grep { /NC0222: .*corrupt\.html\.gz cannot be decoded/ } @l), 'the corrupt stream was logged (NC0222)';
    ok scalar(grep { /NC0223: .*seed\.html\.gz decodes to more than NewsCleanMaxSize/ } @l),
       'a body decoding past NewsCleanMaxSize was logged (NC0223)';
}

done_testing();
