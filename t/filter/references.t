# references.t - text with character and entity references, through the
# proxy: libxml2 is fed a compacted stream (src/html_stream.c) in which
# text stretches between references are cut to one byte, named references
# go as decimal ones, and the text after a reference libxml2 drops ("&#0;")
# goes whole. The JSON-LD must still carry the page's text exactly as a
# browser shows it, and every byte kept must be the backend's.
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use NewsClean::TestUtil qw(backend_get only_deletions $LD_RE);

plan tests => 8;

my $orig = backend_get('/http/references.html');
my $res = GET('/debug/http/references.html');
is $res->code, 200, 'references.html: 200';
like $res->header('X-NewsClean') // '', qr/^action=cleaned /, 'references.html: cleaned';
my $body = $res->content;
my ($ld) = $body =~ $LD_RE;
like $ld // '', qr/"headline":"Porto Alegre starts the \\u201cGua\\u00edba\\u201d cleanup \\u2014 Gua\\u00edba first"/,
     'headline: named references decoded, the text after a dropped "&#0;" is the page\'s (not "Guaxxba")';
like $ld // '', qr/the Gua\\u00edba lake \(\\u00e9tapa 1\), a plan the council approved by 24 votes to 9 after \\u201ca long session\\u201d \\u0026 a public hearing\./,
     'sentence: &nbsp;, &ldquo;/&rdquo;, &amp; and &#233; decoded in place, nothing of the text cut';
like $ld // '', qr/the mayor\\u2019s office said/, 'sentence: &rsquo; decoded';
like $ld // '', qr/"name":"Sebasti\\u00e3o Melo","jobTitle":"Mayor"/, 'actor read from the text between references';
unlike $ld // '', qr/Guax|xxba/, 'no byte of libxml2\'s masked stream in the metadata';
(my $kept = $body) =~ s/$LD_RE//;
ok only_deletions($kept, $orig->content), 'every byte kept is the backend\'s';
