# http_backend.t - limits and failures, through the real proxy, against a
# scripted backend (NcRawBackend.pm): chunked, slow (FLUSH), connection-
# delimited and cut-off bodies, NewsCleanMaxSize streaming, odd statuses,
# a client that goes away.  What the filter cannot clean goes out exactly as
# it arrived; what it can clean comes out the same however it was framed.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib $FindBin::Bin;

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use IO::Socket::INET ();
use NcRawBackend ();

my $raw = NcRawBackend::start();
my $seed = NcRawBackend::fixture('seed.html');
my $big  = NcRawBackend::fixture('big.html');

# The reference: the seed cleaned from a plain static backend.
my $ref = GET('/directive/seed.html');
is $ref->code, 200, 'reference: /directive/seed.html 200';
ok index($ref->content, 'application/ld+json') > 0 && index($ref->content, 'Sorry!!') < 0,
   'reference: cleaned (metadata in, shell out)';

sub dbg { my ($res) = @_; return $res->header('X-NewsClean') // '' }

# 1. However the body is framed or paced, the cleaned result is the same.
for my $mode (qw(length chunked slow eof)) {
    my $off = GET("/rawoff/$mode/seed.html");
    ok $off->content eq $seed, "/rawoff/$mode/seed.html: the backend sends the seed as is";
    my $res = GET("/raw/$mode/seed.html");
    is $res->code, 200, "/raw/$mode/seed.html: 200";
    like dbg($res), qr/^action=cleaned /, "/raw/$mode/seed.html: cleaned";
    ok $res->content eq $ref->content, "/raw/$mode/seed.html: same bytes as the static reference"
        or diag 'lengths ' . length($res->content) . ' vs ' . length($ref->content);
    is $res->header('Content-Length'), length($res->content),
       "/raw/$mode/seed.html: exact Content-Length";
}

# 2. NewsCleanMaxSize 2K: what was held goes out unchanged, the rest streams.
for my $case (['chunked', 'seed.html', $seed], ['chunked', 'big.html', $big],
              ['eof', 'big.html', $big], ['length', 'big.html', $big]) {
    my ($mode, $name, $bytes) = @$case;
    my $res = GET("/rawsmall/$mode/$name");
    is $res->code, 200, "/rawsmall/$mode/$name: 200";
    ok $res->content eq $bytes, "/rawsmall/$mode/$name: byte-identical to the backend"
        or diag 'lengths ' . length($res->content) . ' vs ' . length($bytes);
    like dbg($res), qr/reason=too-large/, "/rawsmall/$mode/$name: reason too-large";
}

# Streaming, not buffering: past the cap the first bytes reach the client
# while the backend is still holding the rest back.
{
    my $port = Apache::Test::config()->{vars}{port};
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'tcp')
        or die "connect: $!";
    binmode $s;
    print $s "GET /rawsmall/hold/big.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    ok NcRawBackend::wait_held(), 'hold: the backend sent 3000 bytes and waits';
    my $got = '';
    while (length($got) < 3000) {   # headers + most of the 3000 body bytes
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $got .= $buf;
    }
    ok !NcRawBackend::released_by_timeout(), 'hold: the first bytes arrived while the backend waited';
    like $got, qr{^HTTP/1\.1 200 .*X-NewsClean: action=skipped reason=too-large}s,
       'hold: headers say too-large';
    NcRawBackend::release();
    while (1) { my $n = sysread($s, my $buf, 65536); last unless $n; $got .= $buf; }
    close $s;
    my ($head, $body) = split /\r\n\r\n/, $got, 2;
    my $plain = '';
    while ($body =~ s/^([0-9a-fA-F]+)\r\n//) { my $n = hex $1; last unless $n;
        $plain .= substr($body, 0, $n, ''); $body =~ s/^\r\n//; }
    ok $plain eq $big, 'hold: the whole page arrived, byte-identical'
        or diag 'lengths ' . length($plain) . ' vs ' . length($big);
}

# 3. The backend breaks off mid-body: what arrived goes out unchanged, in
# order, and the client sees the connection close (as without the filter).
for my $mode (qw(cut cutchunk)) {
    my $half = substr($seed, 0, int(length($seed) / 2));
    my ($st_off, $h_off, $b_off) = NcRawBackend::raw_get("/rawoff/$mode/seed.html");
    my ($st, $h, $b) = NcRawBackend::raw_get("/raw/$mode/seed.html");
    like $st, qr{^HTTP/1\.1 200}, "/raw/$mode/seed.html: status 200 (headers were not sent before the break)";
    ok $b eq $half, "/raw/$mode/seed.html: exactly the bytes the backend sent"
        or diag 'got ' . length($b) . ' bytes, backend sent ' . length($half);
    ok $b eq $b_off, "/raw/$mode/seed.html: the same bytes as without the filter";
    like $h->{'x-newsclean'} // '', qr/reason=upstream-error/, "/raw/$mode/seed.html: reason upstream-error";
}

# 4. Statuses and partial content pass untouched.
{
    my $res = GET('/raw/204/seed.html');
    is $res->code, 204, '/raw/204: 204';
    is length($res->content), 0, '/raw/204: no body';
    like dbg($res), qr/reason=status/, '/raw/204: reason status';

    $res = GET('/raw/206/seed.html');
    is $res->code, 206, '/raw/206: a 206 from the backend stays 206';
    ok $res->content eq substr($seed, 0, 100), '/raw/206: its bytes untouched';
    is $res->header('Content-Range'), 'bytes 0-99/' . length($seed), '/raw/206: Content-Range kept';
    like dbg($res), qr/reason=status/, '/raw/206: reason status';

    $res = GET('/raw/crange/seed.html');
    is $res->code, 200, '/raw/crange: 200';
    ok $res->content eq $seed, '/raw/crange: a 200 with Content-Range is not touched';
    like dbg($res), qr/reason=content-range/, '/raw/crange: reason content-range';
}

# 5. A client that goes away mid-response: no crash, the next request is fine.
{
    my $port = Apache::Test::config()->{vars}{port};
    for my $path ('/raw/slow/seed.html', '/raw/length/big.html') {
        my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'tcp')
            or die "connect: $!";
        print $s "GET $path HTTP/1.1\r\nHost: localhost\r\n\r\n";
        close $s;
    }
    my $res = GET('/raw/slow/seed.html');
    ok $res->content eq $ref->content, 'after two aborted clients: the next request is cleaned as before';
}

# 6. No worker died along the way.
{
    my $log = t_catfile(Apache::Test::vars('serverroot'), 'logs', 'error_log');
    open my $fh, '<', $log or die "$log: $!";
    my @bad = grep { /exit signal|Segmentation|AH00052|double free|corrupted/ } <$fh>;
    is scalar(@bad), 0, 'error_log: no child died' or diag @bad;
}

done_testing();
