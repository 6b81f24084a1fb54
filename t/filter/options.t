# options.t - the per-step switches: NewsCleanShells Off keeps the shell but
# still drops the duplicate, NewsCleanDedup Off the reverse; NewsCleanDebugHeader
# On exposes what the filter did in the X-NewsClean response header.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(count);

my $DUP = 'Earlier this week, Treasury Secretary Scott Bessent presented the proposal';

sub main_text {
    my ($html) = @_;
    $html =~ s{<script type="application/ld\+json">.*?</script>}{}gs;
    return $html;
}

{
    my $res  = GET('/noshells/seed.html');
    my $body = main_text($res->content);
    is $res->code, 200, '/noshells/: 200';
    is count($body, '<h2>Sorry!!</h2>'), 1, '/noshells/: shell kept (NewsCleanShells Off)';
    is count($body, $DUP), 1, '/noshells/: duplicate removed';
    is $res->header('Content-Length'), length($res->content), '/noshells/: Content-Length equals the body length';
}
{
    my $res  = GET('/nodedup/seed.html');
    my $body = main_text($res->content);
    is $res->code, 200, '/nodedup/: 200';
    is count($body, 'Sorry!!'), 0, '/nodedup/: shell removed';
    is count($body, $DUP), 2, '/nodedup/: duplicate kept (NewsCleanDedup Off)';
    is $res->header('Content-Length'), length($res->content), '/nodedup/: Content-Length equals the body length';
}
{
    my $res = GET('/debug/seed.html');
    is $res->code, 200, '/debug/: 200';
    my $dbg = $res->header('X-NewsClean') // '';
    like $dbg, qr/\baction=cleaned\b/, "/debug/: X-NewsClean says action=cleaned ($dbg)";
    like $dbg, qr/\bshells=[1-9]/, '/debug/: X-NewsClean counts the shell';
    like $dbg, qr/\bduplicates=[1-9]/, '/debug/: X-NewsClean counts the duplicates';
    my $plain = GET('/directive/seed.html');
    is $plain->header('X-NewsClean'), undef,
       '/directive/: no debug header without NewsCleanDebugHeader On';
}

done_testing();
