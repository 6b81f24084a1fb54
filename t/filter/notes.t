# notes.t - what the filter did is left in request notes, for the operator's
# LogFormat: newsclean-action (cleaned|unchanged|skipped), newsclean-reason,
# newsclean-shells, newsclean-duplicates, newsclean-actors, newsclean-figures.
# extra.conf.in logs them to t/logs/newsclean_log; each request here carries a
# unique query string so its line can be found.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use Time::HiRes ();

my $log = t_catfile(Apache::Test::vars('serverroot'), 'logs', 'newsclean_log');
my $tag = "nc$$" . int(Time::HiRes::time() * 1000);
my $seq = 0;

# Fetches $uri (plus a unique query), then waits for its access-log line.
sub logged {
    my ($uri) = @_;
    my $q = "$uri?$tag-" . ++$seq;
    my $res = GET($q);
    for (1 .. 50) {
        if (open my $fh, '<', $log) {
            while (my $line = <$fh>) {
                next unless index($line, "$q ") == 0;
                chomp $line;
                my %f = $line =~ /\b(\w+)=("[^"]*"|\S+)/g;
                s/^"|"$//g for values %f;
                ($f{status}) = $line =~ /^\S+ (\d+)/;
                $f{line} = $line;
                return ($res, \%f);
            }
        }
        Time::HiRes::sleep(0.1);
    }
    return ($res, { line => "(no log line for $q)" });
}

{
    my ($res, $f) = logged('/directive/seed.html');
    is $f->{action}, 'cleaned', 'seed: newsclean-action cleaned' or diag $f->{line};
    cmp_ok $f->{shells} =~ /^\d+$/ ? $f->{shells} : 0, '>=', 1, 'seed: newsclean-shells >= 1';
    cmp_ok $f->{dups} =~ /^\d+$/ ? $f->{dups} : 0, '>=', 1, 'seed: newsclean-duplicates >= 1';
    cmp_ok $f->{actors} =~ /^\d+$/ ? $f->{actors} : 0, '>=', 5, 'seed: newsclean-actors >= 5';
    cmp_ok $f->{figures} =~ /^\d+$/ ? $f->{figures} : 0, '>=', 5, 'seed: newsclean-figures >= 5';
}
for my $case (['/directive/seed.html.gz', 'Content-Encoding'],
              ['/directive/no-such-story.html', 'status 404'],
              ['/directive/logo.png', 'image type'],
              ['/small/seed.html', 'NewsCleanMaxSize']) {
    my ($uri, $why) = @$case;
    my ($res, $f) = logged($uri);
    is $f->{action}, 'skipped', "$uri: newsclean-action skipped ($why)" or diag $f->{line};
    isnt $f->{reason} // "-", "-", "$uri: newsclean-reason given (" . ($f->{reason} // "none") . ")";
}
{
    my ($res, $f) = logged('/off/seed.html');
    is $f->{action}, '-', '/off/: no filter, no notes' or diag $f->{line};
}

done_testing();
