# http_lexicon.t - NewsCleanLexicon through the real proxy: the site's own
# names (t/unit/lexicon/site.lex) reach the JSON-LD block where the
# directive is in force, not elsewhere, "none" switches an inherited one
# off, and a bad file stops httpd at configuration time with FILE:LINE.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use NewsClean::TestUtil qw(configtest $LD_RE);

sub ld { my ($u) = @_; my $r = GET($u); my ($ld) = $r->content =~ $LD_RE; return ($r, $ld // '') }

my ($with, $ld) = ld('/lexicon/http/lexicon.html');
is $with->code, 200, '/lexicon/http/lexicon.html: 200';
like $ld, qr/"name":\s*"Oleksandr Syrskyi"/, 'with the lexicon: the alias "Syrsky" is Oleksandr Syrskyi';
like $ld, qr/"jobTitle":\s*"Commander-in-Chief"/, 'with the lexicon: his role from the file';
like $ld, qr/"name":\s*"Ramstein meeting"/, 'with the lexicon: the event from the file';

my ($without, $ld2) = ld('/debug/http/lexicon.html');
is $without->code, 200, '/debug/http/lexicon.html: 200';
unlike $ld2, qr/Commander-in-Chief/, 'without the lexicon: no role from the file';

my ($none, $ld3) = ld('/lexicon/http/none/lexicon.html');
unlike $ld3, qr/Commander-in-Chief/, 'NewsCleanLexicon none: the inherited file is off';

# A bad file: httpd -t refuses the configuration and names FILE:LINE.
{
    my $bad = t_catfile(Apache::Test::config()->{vars}{serverroot}, 'unit', 'lexicon', 'bad-kind.lex');
    my ($rc, $out) = configtest("<Location /x/>\n  NewsCleanLexicon \"$bad\"\n</Location>\n");
    isnt $rc, 0, 'httpd -t with a bad lexicon: refused';
    like $out, qr/bad-kind\.lex:4: expected 'KIND: NAME'/, 'httpd -t: the message names FILE:LINE and the problem'
        or diag $out;
}

done_testing();
