# story_scope.t - the metadata names the story's actors, not those of the
# related-story rail or the comment thread around it (docs/metadata.md, "What
# is read"), and a script holding markup-like text is skipped, not parsed, with
# every byte of the page kept.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use JSON::PP ();
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get $LD_RE);

my $orig = backend_get('/story-scope.html');
is $orig->code, 200, 'backend serves story-scope.html';

my $res = GET('/directive/story-scope.html');
is $res->code, 200, 'status 200';
my $body = $res->content;
my ($json) = $body =~ $LD_RE;
my $ld = eval { JSON::PP->new->decode($json // '') } // {};
my %named = map { ($_->{name} // '') => 1 } @{ $ld->{mentions} // [] };

ok $named{'Anna Kowalska'}, 'the story\'s minister is named';
ok $named{'Warsaw'}, 'the story\'s place is named';
ok $named{'National Bank of Poland'}, 'the story\'s organisation is named';
for my $other ('Boris Feldmann', 'Vienna', 'Lena Varga', 'Budapest', 'Clara Dunmore', 'Ohio') {
    ok !$named{$other}, "$other (related rail, comments) is not";
}
(my $kept = $body) =~ s/$LD_RE//;
is $kept, $orig->content, 'every byte of the page kept, the script included';

done_testing();
