# memfree.t - NewsCleanMemFree: server-wide, validated at config time, and
# the server of this suite runs with it (t/conf/extra.conf.in) while every
# other test cleans pages through the page allocator it sizes.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use File::Temp ();

my $cfg = Apache::Test::config();
my $httpd = $cfg->{vars}{httpd};
my $so = t_catfile($cfg->{vars}{top_dir}, '.libs', 'mod_newsclean.so');

# httpd -t on a minimal configuration with LINES; returns (exit status, output).
sub configtest {
    my ($lines) = @_;
    my $dir = File::Temp::tempdir(CLEANUP => 1);
    open my $fh, '>', "$dir/t.conf" or die $!;
    print $fh "ServerRoot $dir\nServerName localhost\nListen 127.0.0.1:1\nPidFile $dir/pid\n"
            . "ErrorLog $dir/error_log\n"
            . "LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so\n"
            . "LoadModule newsclean_module $so\n" . $lines;
    close $fh;
    my $out = `'$httpd' -t -f '$dir/t.conf' 2>&1`;
    return ($? >> 8, $out);
}

my ($rc, $out) = configtest("NewsCleanMemFree 16M\n");
is $rc, 0, 'NewsCleanMemFree 16M at server level: accepted' or diag $out;
($rc, $out) = configtest("NewsCleanMemFree 0\n");
is $rc, 0, 'NewsCleanMemFree 0 (keep everything): accepted' or diag $out;
($rc, $out) = configtest("NewsCleanMemFree lots\n");
isnt $rc, 0, 'NewsCleanMemFree lots: refused';
like $out, qr/NewsCleanMemFree: 'lots' is not a size/, 'the message names the directive and the value'
    or diag $out;
($rc, $out) = configtest("<Location /x/>\n  NewsCleanMemFree 16M\n</Location>\n");
isnt $rc, 0, 'NewsCleanMemFree inside <Location>: refused';
like $out, qr/NewsCleanMemFree not allowed in <Location> context/, 'httpd says where it may not go'
    or diag $out;

# The suite's server sets it (32M, the default, so bench/soak measures the default).
my $r = GET('/directive/seed.html');
is $r->code, 200, '/directive/seed.html with NewsCleanMemFree 32M: 200';
like $r->content, qr{<script type="application/ld\+json">}, 'and cleaned: the metadata block is there';

done_testing();
