# http_restart.t - a graceful restart (SIGUSR1, what `apachectl graceful`
# sends) while a response is being held: the request in flight finishes
# with the cleaned page, the engine is rebuilt for the new generation, and
# the next request is cleaned the same way.  Uses NcRawBackend's "hold"
# mode, which keeps the page half-sent until the test lets it go.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib $FindBin::Bin;

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use IO::Socket::INET ();
use Time::HiRes ();
use NcRawBackend ();

my $raw = NcRawBackend::start();
my $ref = GET('/directive/seed.html')->content;
ok index($ref, 'application/ld+json') > 0, 'reference: cleaned seed';

my $root = Apache::Test::vars('serverroot');
my $errlog = t_catfile($root, 'logs', 'error_log');
sub log_count {
    my ($re) = @_;
    open my $fh, '<', $errlog or return 0;
    return scalar grep { /$re/ } <$fh>;
}
my $pidfile = t_catfile($root, 'logs', 'httpd.pid');
open my $pf, '<', $pidfile or die "$pidfile: $!";
chomp(my $pid = <$pf>);
ok $pid =~ /^\d+$/ && kill(0, $pid), "httpd parent $pid is running";

# A request whose backend stops half-way: the filter is holding it.
my $port = Apache::Test::config()->{vars}{port};
my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Proto => 'tcp')
    or die "connect: $!";
binmode $s;
print $s "GET /raw/hold/seed.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
ok NcRawBackend::wait_held(), 'the backend sent part of the page and waits';

# Graceful restart now; wait (bounded) for the new generation.
my $before = log_count(qr/resuming normal operations/);
ok kill('USR1', $pid), 'SIGUSR1 (graceful restart) sent';
my $after = $before;
for (1 .. 200) {
    $after = log_count(qr/resuming normal operations/);
    last if $after > $before;
    Time::HiRes::sleep(0.05);
}
cmp_ok $after, '>', $before, 'httpd came back from the graceful restart';

# The held request completes with the cleaned page.
NcRawBackend::release();
my $got = '';
while (1) { my $n = sysread($s, my $buf, 65536); last unless $n; $got .= $buf; }
close $s;
my ($head, $body) = split /\r\n\r\n/, $got, 2;
$body //= '';
if (($head // '') =~ /Transfer-Encoding: chunked/i) {
    my $plain = '';
    while ($body =~ s/^([0-9a-fA-F]+)\r\n//) { my $n = hex $1; last unless $n;
        $plain .= substr($body, 0, $n, ''); $body =~ s/^\r\n//; }
    $body = $plain;
}
like $head // '', qr{^HTTP/1\.1 200 .*X-NewsClean: action=cleaned}s, 'in-flight request: 200, cleaned';
ok $body eq $ref, 'in-flight request: the whole cleaned page, as before the restart'
    or diag 'got ' . length($body) . ' bytes, want ' . length($ref);
ok !NcRawBackend::released_by_timeout(), 'the backend was released by the test, not by its timeout';

# New workers, new engine: same result.
my $res = GET('/directive/seed.html');
is $res->code, 200, 'after the restart: 200';
ok $res->content eq $ref, 'after the restart: the same cleaned page';
is log_count(qr/NC0101/), 0, 'no engine build failure (NC0101) in the error log';
is log_count(qr/exit signal|Segmentation/), 0, 'no child died';

done_testing();
