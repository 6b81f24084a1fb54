# seed.t - the done-when criteria for the seed article (t/htdocs/fixtures/seed.html),
# fetched through the proxy in each way of enabling the filter.
#
# The backend serves the page a broken legacy CMS would: a "403 / Sorry!!" error
# shell glued before the article, and paragraphs 2-5 rendered twice.  Through
# the filter the shell and the second copy must be gone, everything else kept
# byte for byte, and one schema.org NewsArticle JSON-LD block added to <head>.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use JSON::PP ();
use Encode ();
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count only_deletions);

my $HEADLINE = "Trump possibly to send US troops to protect Ukraine\xe2\x80\x99s minerals";
my $LD_OPEN  = '<script type="application/ld+json">';

# The body with the JSON-LD block(s) and <title> taken out: what a reader sees.
sub strip_meta {
    my ($html) = @_;
    $html =~ s{<script type="application/ld\+json">.*?</script>}{}gs;
    $html =~ s{<title>.*?</title>}{}gs;
    return $html;
}

sub visible_text {
    my ($html) = @_;
    $html = strip_meta($html);
    $html =~ s{<(script|style)\b.*?</\1>}{}gsi;
    $html =~ s{<!--.*?-->}{}gs;
    $html =~ s{<[^>]*>}{ }g;
    $html =~ s{&amp;}{&}g; $html =~ s{&#0*39;|&apos;}{'}g; $html =~ s{&quot;}{"}g;
    $html =~ s{\s+}{ }g;
    return $html;
}

# The seed's body paragraphs and their sentences, from the plain-text seed.
my $seed_txt = do {
    my $f = t_catfile(Apache::Test::vars('documentroot'), 'fixtures', 'seed.txt');
    open my $fh, '<:raw', $f or die "$f: $!";
    local $/; <$fh>;
};
my @seed_lines = split /\n/, $seed_txt, -1;
my @paragraphs = @seed_lines[6 .. 10];
die "seed.txt is not the seed" unless $seed_lines[5] eq $HEADLINE && $paragraphs[0] =~ /^\(MENAFN\)/;
my @sentences = map { split /(?<!\b[A-Z]\.[A-Z]\.)(?<=[.!?])\s+(?=[A-Z(])/ } @paragraphs;
my $disclaimer = $seed_lines[17];

my $orig = backend_get('/seed.html');
is $orig->code, 200, 'backend serves seed.html';
my $orig_body = $orig->content;
my $orig_etag = $orig->header('ETag');
ok index($orig_body, 'Sorry!!') >= 0 && count($orig_body, $paragraphs[1]) == 2,
   'backend copy has the shell and the duplicate (the fixture is broken as intended)';

for my $loc (qw(directive setfilter bytype double)) {
    my $res  = GET("/$loc/seed.html");
    my $body = $res->content;
    my $t    = "/$loc/";

    is $res->code, 200, "$t status 200";
    like $res->header('Content-Type') // '', qr{^text/html}, "$t Content-Type text/html";
    is $res->header('Content-Length'), length($body), "$t Content-Length equals the body length";
    if (defined $orig_etag) {
        isnt $res->header('ETag') // '', $orig_etag, "$t ETag is not the backend's strong ETag";
    } else {
        pass "$t backend sent no ETag";
    }

    # 1. the error shell is gone from what a reader sees
    my $text = visible_text($body);
    for my $shell ('403', 'Sorry!!', "Error! We're sorry", 'page you were looking for') {
        ok index($text, $shell) < 0, "$t shell text '$shell' removed";
    }

    # 2. the story itself, exactly once, in the backend's own bytes
    (my $kept = $body) =~ s{<script type="application/ld\+json">.*?</script>\n?}{}s;
    ok only_deletions($kept, $orig_body), "$t every kept byte is the backend's, in order";
    my $main = strip_meta($body);
    is count($main, $HEADLINE), 1, "$t headline once in the body";
    like $main, qr{<h1 class="headline">\Q$HEADLINE\E</h1>}, "$t headline kept as the h1";
    my $i = 0;
    for my $p (@paragraphs) {
        $i++;
        is count($main, $p), 1, "$t body paragraph $i exactly once";
    }
    my $bad = join ' | ', grep { count($main, $_) != 1 } @sentences;
    is $bad, '', "$t every one of the " . scalar(@sentences) . " body sentences exactly once";
    is count($main, "<h3>Legal Disclaimer:</h3>"), 1, "$t Legal Disclaimer heading kept";
    is count($main, "<p>$disclaimer</p>"), 1, "$t Legal Disclaimer paragraph kept";
    is count($main, "<p>No comment</p>"), 1, "$t 'No comment' kept";

    # 3. one JSON-LD block, inside <head>
    is count($body, $LD_OPEN), 1, "$t exactly one ld+json block";
    my $at   = index($body, $LD_OPEN);
    my $head = index($body, '</head>');
    ok $at > index($body, '<head>') && $head > 0 && $at < $head, "$t ld+json block is inside <head>";
    my ($json) = $body =~ m{\Q$LD_OPEN\E(.*?)</script>}s;
    $json //= '';
    ok $json !~ /[<>&]/, "$t JSON text has no raw < > &";
    ok $json !~ /[^\x00-\x7f]/, "$t JSON text is pure ASCII";
    my $ld = eval { JSON::PP->new->decode($json) };
    ok ref $ld eq 'HASH', "$t JSON parses" or diag $@;
    $ld = {} unless ref $ld eq 'HASH';
    is $ld->{'@context'}, 'https://schema.org', "$t \@context";
    is $ld->{'@type'}, 'NewsArticle', "$t \@type NewsArticle";
    is $ld->{headline}, Encode::decode('UTF-8', $HEADLINE), "$t headline equals the h1 text";

    my @m = ref $ld->{mentions} eq 'ARRAY' ? grep { ref $_ eq 'HASH' } @{ $ld->{mentions} } : ();
    ok scalar(@m), "$t has mentions";
    my $nat = sub {
        my $n = $_[0]{nationality};
        return ref $n eq 'HASH' ? ($n->{name} // '') : ($n // '');
    };
    my $person = sub {
        my ($name, $job, $nation) = @_;
        my @p = grep { ($_->{'@type'} // '') eq 'Person' && ($_->{name} // '') eq $name } @m;
        is scalar(@p), 1, "$t Person '$name' once";
        return unless @p;
        is $p[0]{jobTitle} // '', $job, "$t $name jobTitle '$job'";
        is $nat->($p[0]), $nation, "$t $name nationality '$nation'" if defined $nation;
    };
    $person->('Donald Trump',      'President',          'United States');
    $person->('Scott Bessent',     'Treasury Secretary', undef);
    $person->('Vladimir Zelensky', 'President',          'Ukraine');
    $person->('Pete Hegseth',      'Defense Secretary',  'United States');
    $person->('J.D. Vance',        'Vice President',     undef);
    is scalar(grep { ($_->{'@type'} // '') eq 'Person' && ($_->{name} // '') =~ /trump/i } @m), 1,
       "$t exactly one Person named like Trump";

    my $has = sub {
        my ($type, $name) = @_;
        ok scalar(grep { ($_->{'@type'} // '') eq $type && ($_->{name} // '') eq $name } @m),
           "$t $type '$name'";
    };
    $has->('Organization', 'NBC');
    $has->('Country', $_) for 'Ukraine', 'Russia', 'United States';
    $has->('City', $_) for 'Kiev', 'Brussels';

    my $figure = sub {
        my ($what, $test) = @_;
        ok scalar(grep { $test->($_) } @m), "$t $what";
    };
    my $num = sub { defined $_[0] && $_[0] =~ /^-?[\d.]+(?:e\d+)?$/i ? $_[0] + 0 : 'NaN' };
    for my $v (500000000000, 300000000000) {
        $figure->("MonetaryAmount USD $v", sub {
            ($_[0]{'@type'} // '') eq 'MonetaryAmount' && ($_[0]{currency} // '') eq 'USD'
                && $num->($_[0]{value}) == $v });
    }
    for my $v (50, 20) {
        $figure->("QuantitativeValue $v percent", sub {
            ($_[0]{'@type'} // '') eq 'QuantitativeValue' && ($_[0]{unitText} // '') eq 'percent'
                && $num->($_[0]{value}) == $v });
    }
    $figure->('year 2022', sub {
        ($_[0]{unitText} // '') eq 'year' && $num->($_[0]{value}) == 2022 });

    my @junk = grep { ($_->{name} // '') =~ /^(?:sorry|error|legal disclaimer|comments?)\b/i } @m;
    is join(', ', map { $_->{name} } @junk), '', "$t no Sorry/Error/Legal Disclaimer/Comments mention";
}

done_testing();
