# backend.t - a misbehaving backend behind the filter: a small socket server
# on 127.0.0.1 (started here, on the port extra.conf gives /hostile-sock/)
# stalls mid-body, closes mid-body (with a Content-Length and chunked), sends
# headers only, trickles a page in tiny chunks, and streams more than
# NewsCleanMaxSize with no length.  Every byte the backend did send must reach
# the client in order, each request leaves a log line, and the worker lives.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use IO::Socket::INET ();
use POSIX ();
use FindBin ();
use lib "$FindBin::Bin";
use HostileUtil qw(acceptable logged alive crashes ensure_fixtures backend_get);

plan skip_all => 'mod_proxy_http not loaded' unless Apache::Test::have_module('proxy_http');
ensure_fixtures();

my $conf = t_catfile(Apache::Test::vars('serverroot'), 'conf', 'extra.conf');
open my $cfh, '<', $conf or die "$conf: $!";
my ($port) = do { local $/; <$cfh> } =~ m{<Location /hostile-sock/>\s*ProxyPass "http://127\.0\.0\.1:(\d+)/"};
die "no /hostile-sock/ port in $conf" unless $port;

my $seed = backend_get('/seed.html')->content;
my $half = substr($seed, 0, 2500);
my $big = ('<p>' . ('All work and no play makes a long page. ' x 40) . "</p>\n") x 4000;   # ~6.6 MB

# What the backend sends for each path: [head, body parts, then 'stall'|'close'|'end'].
my $HTML = "Content-Type: text/html; charset=utf-8\r\n";
my %script = (
    '/stall.html'         => ["HTTP/1.1 200 OK\r\n${HTML}Content-Length: " . length($seed) . "\r\n", [$half], 'stall'],
    '/close-cl.html'      => ["HTTP/1.1 200 OK\r\n${HTML}Content-Length: " . length($seed) . "\r\n", [$half], 'close'],
    '/close-chunked.html' => ["HTTP/1.1 200 OK\r\n${HTML}Transfer-Encoding: chunked\r\n", [$half], 'close'],
    '/headers-only.html'  => ["HTTP/1.1 200 OK\r\n${HTML}Content-Length: 5000\r\n", [], 'close'],
    '/trickle.html'       => ["HTTP/1.1 200 OK\r\n${HTML}Transfer-Encoding: chunked\r\n", [map { substr($seed, $_ * 7, 7) } 0 .. int(length($seed) / 7)], 'end'],
    '/big-chunked.html'   => ["HTTP/1.1 200 OK\r\n${HTML}Transfer-Encoding: chunked\r\n", [map { substr($big, $_ * 65536, 65536) } 0 .. int(length($big) / 65536)], 'end'],
);

sub serve {
    my ($c) = @_;
    my $req = '';
    while ($req !~ /\r\n\r\n/) {
        my $n = sysread($c, $req, 4096, length $req);
        return unless $n;
    }
    my ($path) = $req =~ m{^GET (/[^ ?]*)};
    my $s = $script{$path // ''} or do { print $c "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"; return };
    my ($head, $parts, $how) = @$s;
    my $chunked = $head =~ /chunked/;
    $c->autoflush(1);
    print $c $head, "Connection: close\r\n\r\n";
    for my $p (@$parts) {
        next unless length $p;
        print $c $chunked ? sprintf("%x\r\n%s\r\n", length $p, $p) : $p;
    }
    if ($how eq 'end') {
        print $c "0\r\n\r\n" if $chunked;
    } elsif ($how eq 'stall') {
        sleep 10;                      # longer than ProxyPass timeout=3
    }
    close $c;
}

my $listen = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 16,
                                   ReuseAddr => 1, Proto => 'tcp') or die "listen 127.0.0.1:$port: $!";
my $server = fork // die "fork: $!";
if (!$server) {
    $SIG{CHLD} = 'IGNORE';
    while (my $c = $listen->accept) {
        my $kid = fork;
        if (defined $kid && !$kid) { serve($c); POSIX::_exit(0); }
        close $c;
    }
    POSIX::_exit(0);
}
close $listen;
END { kill 'TERM', $server if $server; }

# Sent bytes arrive in order and in full (a cut response stays cut, nothing lost).
for my $case (['stall.html', $half], ['close-cl.html', $half], ['close-chunked.html', $half],
              ['headers-only.html', '']) {
    my ($page, $sent) = @$case;
    my ($res, $log) = logged("/hostile-sock/$page");
    my $body = $res->content;
    ok $body eq $sent || ($res->code >= 500 && $body !~ /\Q$sent\E/ && $sent eq ''),
        "/hostile-sock/$page: the client got exactly the " . length($sent) . " bytes the backend sent"
        . " (got " . length($body) . ", status " . $res->code . ")";
    like $log->{line}, qr/^\S+ \d+ /, "/hostile-sock/$page: logged ($log->{line})";
    ok alive(), "/hostile-sock/$page: a follow-up request succeeds";
}

# A page trickled in 7-byte chunks is cleaned exactly as the whole page is.
{
    my ($res, $log) = logged('/hostile-sock/trickle.html');
    my $whole = GET('/directive/seed.html')->content;
    is $res->code, 200, 'trickle: 200';
    ok $res->content eq $whole, 'trickle: cleaned byte-for-byte as the static seed'
        or diag 'lengths ' . length($res->content) . ' vs ' . length($whole);
    is $log->{action}, 'cleaned', "trickle: logged ($log->{line})";
    ok alive(), 'trickle: a follow-up request succeeds';
}

# Over NewsCleanMaxSize with no Content-Length: streamed on unchanged.
{
    my ($res, $log) = logged('/hostile-sock/big-chunked.html');
    is $res->code, 200, 'big-chunked: 200';
    ok $res->content eq $big, 'big-chunked: ' . length($big) . ' bytes, byte-identical'
        or diag 'got ' . length($res->content);
    is $log->{reason}, 'too-large', "big-chunked: logged too-large ($log->{line})";
    ok alive(), 'big-chunked: a follow-up request succeeds';
}

is join('', crashes()), '', 'no worker crashed (error_log)';
done_testing();
