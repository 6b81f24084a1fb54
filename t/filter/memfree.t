# memfree.t - NewsCleanMemFree: server-wide, validated at config time, and
# the server of this suite runs with it (t/conf/extra.conf.in) while every
# other test cleans pages through the page allocator it sizes.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use NewsClean::TestUtil qw(configtest);

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
