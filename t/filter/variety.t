# variety.t - other charsets and sizes through /directive/:
#   seed-cp1252.html         the seed in windows-1252, declared by <meta charset>
#   seed-cp1252-nometa.html  the same bytes, charset only in the Content-Type header
#   big.html                 the seed plus 1,500 archive paragraphs (~220 KB), so the
#                            body reaches the filter in many brigades
# Every byte the filter keeps must be the backend's byte, in order; the JSON-LD
# stays pure ASCII whatever the page's charset.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use JSON::PP ();
use Encode ();
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count only_deletions $LD_RE);

my $HEADLINE = "Trump possibly to send US troops to protect Ukraine\x{2019}s minerals";  # characters

my @paragraphs = do {
    my $f = t_catfile(Apache::Test::vars('documentroot'), 'fixtures', 'seed.txt');
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/;
    (split /\n/, <$fh>, -1)[6 .. 10];
};

sub check_page {
    my ($path, $encoding, $extra) = @_;
    my $t    = "/directive$path";
    my $orig = backend_get($path)->content;
    my $res  = GET("/directive$path");
    my $body = $res->content;

    is $res->code, 200, "$t: 200";
    is $res->header('Content-Length'), length($body), "$t: Content-Length equals the body length";
    is count($body, '<script type="application/ld+json">'), 1, "$t: one ld+json block";
    my $json = $body =~ $LD_RE ? $1 : '';
    ok index($body, '<script type="application/ld+json">') < index($body, '</head>'), "$t: block inside <head>";
    ok $json ne '' && $json !~ /[^\x20-\x7e]/ && $json !~ /[<>&]/, "$t: JSON is printable ASCII without < > &";
    my $ld = eval { JSON::PP->new->decode($json) } || {};
    is $ld->{headline}, $HEADLINE, "$t: headline decoded from $encoding";
    my @m = ref $ld->{mentions} eq 'ARRAY' ? @{ $ld->{mentions} } : ();
    ok scalar(grep { ($_->{'@type'} // '') eq 'Person' && ($_->{name} // '') eq 'Donald Trump' } @m),
       "$t: Person Donald Trump";

    (my $rest = $body) =~ s/$LD_RE//;
    ok only_deletions($rest, $orig), "$t: every kept byte is the backend's, in order";
    ok $rest ne $orig, "$t: something was removed";
    is count($rest, 'Sorry!!'), 0, "$t: shell removed";
    my $i = 0;
    for my $p (@paragraphs) {
        $i++;
        my $bytes = Encode::encode($encoding, Encode::decode('UTF-8', $p));
        is count($rest, $bytes), 1, "$t: paragraph $i exactly once ($encoding bytes)";
    }
    $extra->($rest) if $extra;
}

check_page('/seed-cp1252.html', 'cp1252');
check_page('/seed-cp1252-nometa.html', 'cp1252');
{
    my $o = backend_get('/seed-cp1252-nometa.html');
    like $o->header('Content-Type') // '', qr/charset=windows-1252/i, 'backend: nometa variant declares the charset in the header';
    ok $o->content !~ /<meta charset/i, 'backend: nometa variant has no <meta charset>';
}
check_page('/big.html', 'UTF-8', sub {
    my ($rest) = @_;
    my @notes = $rest =~ /<p>Archive note (\d+):/g;
    is scalar(@notes), 1500, '/directive/big.html: all 1,500 archive paragraphs kept';
    is join(',', @notes), join(',', 1 .. 1500), '/directive/big.html: in their order';
});

done_testing();
