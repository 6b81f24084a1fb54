# verdicts.t - NewsCleanVerdictCache: server-wide, validated at config time;
# and the cache each child shares across pages never changes a page. The
# suite's server runs with it (t/conf/extra.conf.in): here every corpus page
# goes through the proxy after the others (so the cache holds their
# furniture's verdicts) and must come out exactly as the CLI cleans it
# alone, with no cache (`newsclean --mirror --no-verdict-cache`: one engine,
# every page tested afresh, as `newsclean PAGE` does); twice, in opposite orders.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use File::Temp qw(tempdir);
use NewsClean::TestUtil qw(configtest);

my ($rc, $out) = configtest("NewsCleanVerdictCache 1M\n");
is $rc, 0, 'NewsCleanVerdictCache 1M at server level: accepted' or diag $out;
($rc, $out) = configtest("NewsCleanVerdictCache off\n");
is $rc, 0, 'NewsCleanVerdictCache off: accepted' or diag $out;
($rc, $out) = configtest("NewsCleanVerdictCache 1K\n");
isnt $rc, 0, 'NewsCleanVerdictCache 1K (below 16K): refused';
like $out, qr/NewsCleanVerdictCache: '1K' is not off or a size between 16K and 64M/,
    'the message names the directive, the value and the range' or diag $out;
($rc, $out) = configtest("<Location /x/>\n  NewsCleanVerdictCache 1M\n</Location>\n");
isnt $rc, 0, 'NewsCleanVerdictCache inside <Location>: refused';
like $out, qr/NewsCleanVerdictCache not allowed in <Location> context/,
    'httpd says where it may not go' or diag $out;

my $top     = Apache::Test::vars('top_dir');
my $cli     = t_catfile($top, 'newsclean');
my $fixdir  = t_catfile(Apache::Test::vars('documentroot'), 'fixtures', 'corpus');
opendir my $dh, $fixdir or die "$fixdir: $!";
my @pages = sort grep { /\.html$/ && !/^(?:[a-z]{1,2}-)?soft-/ } readdir $dh;
closedir $dh;
cmp_ok scalar(@pages), '>=', 40, 'the corpus has its HTML pages';

my $alone_dir = tempdir(CLEANUP => 1) . '/alone';
my $mirror_log = `'$cli' --mirror '$fixdir' '$alone_dir' --no-verdict-cache --no-progress 2>&1`;
is $? >> 8, 0, 'the CLI cleans the corpus alone, each page afresh' or diag $mirror_log;
my (%alone, $same, $differ);
for my $name (@pages) {
    open my $fh, '<:raw', "$alone_dir/$name" or die "$alone_dir/$name: $!";
    local $/;
    $alone{$name} = <$fh>;
}
for my $order ([@pages], [reverse @pages]) {
    for my $name (@$order) {
        my $res = GET("/corpus-default/$name");
        next if $res->code != 200;      # soft errors: corpus.t
        if ($res->content eq $alone{$name}) {
            $same++;
        } else {
            $differ++;
            diag "$name: through the proxy (shared cache) differs from the CLI alone" if $differ <= 3;
        }
    }
}
ok !$differ && $same >= 2 * 40,
    "every corpus page, twice in opposite orders, is cleaned as the CLI cleans it alone ("
    . ($same // 0) . " same, " . ($differ // 0) . " differ)";

done_testing();
