# NcRawBackend.pm - a scripted HTTP/1.1 backend for t/filter/http_*.t.
#
# httpd's own static files cannot send a chunked body, pause in the middle,
# break off half-way or answer 204/206 on their own, so the tests that need
# that start this small server.  It listens on the port extra.conf.in
# reserves as NC_RAW_PORT (the /raw/, /rawoff/ and /rawsmall/ locations
# proxy to it), forks one child per connection and closes every connection
# after one response.  Paths are /MODE/FIXTURE, FIXTURE a file under
# t/htdocs/fixtures:
#
#   length   Content-Length, the body in one write
#   chunked  chunked, 700-byte chunks
#   slow     chunked, four chunks with pauses (mod_proxy FLUSHes in between)
#   eof      no Content-Length, no chunking: the body ends when we close
#   cut      Content-Length of the whole file, half the body, then close
#   cutchunk chunked, half the body, then close without the last chunk
#   hold     chunked: 3000 bytes, then waits until the test calls release()
#            (at most 20 s), then the rest
#   204      204 No Content
#   206      206 with Content-Range and the first 100 bytes
#   crange   200 with a Content-Range header (a confused backend)
#
# Every response says ETag "raw-1" and Last-Modified of the fixture.
package NcRawBackend;

use strict;
use warnings FATAL => 'all';

use IO::Socket::INET ();
use POSIX ();
use Time::HiRes ();
use File::Temp ();
use Apache::Test ();
use Apache::TestUtil qw(t_catfile);

my $DIR = File::Temp::tempdir('nc-raw-XXXXXX', TMPDIR => 1, CLEANUP => 1);

# The port extra.conf.in reserved for us (Define NC_RAW_PORT n).
sub port {
    my $conf = t_catfile(Apache::Test::vars('serverroot'), 'conf', 'extra.conf');
    open my $fh, '<', $conf or die "cannot read $conf: $!";
    while (my $line = <$fh>) {
        return $1 if $line =~ /^\s*Define\s+NC_RAW_PORT\s+(\d+)/;
    }
    die "no 'Define NC_RAW_PORT' in $conf";
}

sub fixture {
    my ($name) = @_;
    my $path = t_catfile(Apache::Test::vars('documentroot'), 'fixtures', $name);
    open my $fh, '<:raw', $path or die "cannot read $path: $!";
    local $/;
    return scalar <$fh>;
}

# Lets a "hold" response go on; waits (bounded) until a request is held.
sub wait_held {
    for (1 .. 200) {
        return 1 if -e "$DIR/held";
        Time::HiRes::sleep(0.05);
    }
    return 0;
}
sub release { open my $fh, '>', "$DIR/release" or die $!; close $fh; }
sub released_by_timeout { return -e "$DIR/timeout" }

# Starts the server; returns a guard that stops it when it goes out of scope.
sub start {
    my $port = port();
    my $srv = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $port,
                                    Listen => 32, ReuseAddr => 1, Proto => 'tcp')
        or die "cannot listen on 127.0.0.1:$port: $!";
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        $SIG{CHLD} = 'IGNORE';
        while (1) {
            my $c = $srv->accept or next;
            my $kid = fork;
            if (defined $kid && !$kid) {
                close $srv;
                eval { serve($c) };
                POSIX::_exit(0);
            }
            close $c;
        }
    }
    close $srv;
    return bless { pid => $pid }, 'NcRawBackend::Guard';
}

sub NcRawBackend::Guard::DESTROY {
    my ($self) = @_;
    kill 'TERM', $self->{pid};
    waitpid $self->{pid}, 0;
}

sub serve {
    my ($c) = @_;
    binmode $c;
    $c->autoflush(1);
    my $head = '';
    while (defined(my $line = <$c>)) {
        $head .= $line;
        last if $line =~ /^\r?\n\z/;
    }
    my ($method, $path) = $head =~ m{^(\w+) (\S+)};
    return unless $path;
    $path =~ s/\?.*//;
    my ($mode, $name) = $path =~ m{^/([\w-]+)/(.+)$};
    return reply($c, "404 Not Found", "text/plain", "no route\n") unless $mode;
    my $body = eval { fixture($name) };
    return reply($c, "404 Not Found", "text/plain", "no fixture\n") unless defined $body;

    my $type = $name =~ /\.txt$/ ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
    my $common = "Content-Type: $type\r\nETag: \"raw-1\"\r\n"
               . "Last-Modified: Sat, 01 Nov 2025 10:00:00 GMT\r\nConnection: close\r\n";
    my $half = substr($body, 0, int(length($body) / 2));
    my $headonly = $method eq 'HEAD';

    if ($mode eq 'length') {
        print $c "HTTP/1.1 200 OK\r\n${common}Content-Length: " . length($body) . "\r\n\r\n";
        print $c $body unless $headonly;
    }
    elsif ($mode eq 'chunked' || $mode eq 'slow') {
        print $c "HTTP/1.1 200 OK\r\n${common}Transfer-Encoding: chunked\r\n\r\n";
        return if $headonly;
        my $size = $mode eq 'slow' ? int(length($body) / 4) + 1 : 700;
        for (my $i = 0; $i < length $body; $i += $size) {
            my $piece = substr($body, $i, $size);
            printf $c "%x\r\n%s\r\n", length $piece, $piece;
            Time::HiRes::sleep(0.3) if $mode eq 'slow';
        }
        print $c "0\r\n\r\n";
    }
    elsif ($mode eq 'hold') {
        print $c "HTTP/1.1 200 OK\r\n${common}Transfer-Encoding: chunked\r\n\r\n";
        return if $headonly;
        my $first = substr($body, 0, 3000);
        printf $c "%x\r\n%s\r\n", length $first, $first;
        open my $fh, '>', "$DIR/held" or die $!;
        close $fh;
        my $waited = 0;
        until (-e "$DIR/release") {
            Time::HiRes::sleep(0.05);
            if (($waited += 0.05) > 20) {
                open my $t, '>', "$DIR/timeout" or die $!;
                close $t;
                last;
            }
        }
        my $rest = substr($body, 3000);
        printf $c "%x\r\n%s\r\n", length $rest, $rest if length $rest;
        print $c "0\r\n\r\n";
    }
    elsif ($mode eq 'eof') {
        print $c "HTTP/1.1 200 OK\r\n$common\r\n";
        print $c $body unless $headonly;
    }
    elsif ($mode eq 'cut') {
        print $c "HTTP/1.1 200 OK\r\n${common}Content-Length: " . length($body) . "\r\n\r\n";
        print $c $half unless $headonly;
    }
    elsif ($mode eq 'cutchunk') {
        print $c "HTTP/1.1 200 OK\r\n${common}Transfer-Encoding: chunked\r\n\r\n";
        printf $c "%x\r\n%s\r\n", length $half, $half unless $headonly;
    }
    elsif ($mode eq '204') {
        print $c "HTTP/1.1 204 No Content\r\nETag: \"raw-1\"\r\nConnection: close\r\n\r\n";
    }
    elsif ($mode eq '206') {
        my $part = substr($body, 0, 100);
        print $c "HTTP/1.1 206 Partial Content\r\n${common}Content-Range: bytes 0-99/"
               . length($body) . "\r\nContent-Length: 100\r\n\r\n";
        print $c $part unless $headonly;
    }
    elsif ($mode eq 'crange') {
        print $c "HTTP/1.1 200 OK\r\n${common}Content-Range: bytes 0-"
               . (length($body) - 1) . "/" . length($body)
               . "\r\nContent-Length: " . length($body) . "\r\n\r\n";
        print $c $body unless $headonly;
    }
    else {
        reply($c, "404 Not Found", "text/plain", "unknown mode\n");
    }
    close $c;
}

sub reply {
    my ($c, $status, $type, $body) = @_;
    print $c "HTTP/1.1 $status\r\nContent-Type: $type\r\nContent-Length: "
           . length($body) . "\r\nConnection: close\r\n\r\n$body";
    close $c;
}

# A raw HTTP/1.1 exchange with the front end, for responses LWP would
# second-guess (truncated bodies): returns (status line, headers, body).
sub raw_get {
    my ($path, %opt) = @_;
    my $cfg = Apache::Test::config();
    my $port = $cfg->{vars}{port};
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'tcp')
        or die "cannot connect to the test server: $!";
    binmode $s;
    print $s "GET $path HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    my $all = '';
    while (1) {
        my $n = sysread($s, my $buf, 65536);
        last unless $n;
        $all .= $buf;
    }
    close $s;
    my ($head, $body) = split /\r\n\r\n/, $all, 2;
    $body //= '';
    my ($status, @lines) = split /\r\n/, $head // '';
    my %h;
    for (@lines) { my ($k, $v) = split /:\s*/, $_, 2; $h{lc $k} = $v; }
    if (($h{'transfer-encoding'} // '') =~ /chunked/i) {
        my $out = '';
        while ($body =~ s/^([0-9a-fA-F]+)\r\n//) {
            my $len = hex $1;
            last if $len == 0;
            $out .= substr($body, 0, $len, '');
            $body =~ s/^\r\n//;
        }
        $body = $out;
    }
    return ($status // '', \%h, $body);
}

1;
