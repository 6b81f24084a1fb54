# passthrough.t - the gate: everything the filter must not touch comes out
# byte-identical to the backend's response, and the operator switches work.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET HEAD);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count);

# Proxied through $loc, $path must come back with the backend's status and bytes.
sub same_as_backend {
    my ($loc, $path, $why) = @_;
    my $orig = backend_get($path);
    my $res  = GET("/$loc$path");
    is $res->code, $orig->code, "/$loc$path: status " . $orig->code . " ($why)";
    ok $res->content eq $orig->content, "/$loc$path: body byte-identical to the backend ($why)"
        or diag "lengths: proxied " . length($res->content) . ", backend " . length($orig->content);
    return ($orig, $res);
}

# The fixtures are what they claim to be, so a pass below means the gate worked.
{
    my $o = backend_get('/seed.html.gz');
    is $o->header('Content-Encoding') // '', 'gzip', 'backend: seed.html.gz has Content-Encoding gzip';
    like $o->header('Content-Type') // '', qr{^text/html}, 'backend: seed.html.gz is text/html';
    is substr($o->content, 0, 2), "\x1f\x8b", 'backend: seed.html.gz body is gzip';
    my $nf = backend_get('/no-such-story.html');
    is $nf->code, 404, 'backend: missing page answers 404';
    like $nf->header('Content-Type') // '', qr{^text/html}, 'backend: its 404 body is text/html';
    ok index($nf->content, 'Sorry!!') >= 0, 'backend: its 404 body is a shell (the filter would cut it)';
    like backend_get('/logo.png')->header('Content-Type') // '', qr{^image/png}, 'backend: logo.png is image/png';
    like backend_get('/style.css')->header('Content-Type') // '', qr{^text/css}, 'backend: style.css is text/css';
}

# No filter at all.
same_as_backend('off', $_, 'no filter') for '/seed.html', '/clean.html', '/seed.txt';

# The gate, with the filter enabled.
for my $loc (qw(directive setfilter bytype)) {
    same_as_backend($loc, '/seed.html.gz',       'Content-Encoding gzip');
    same_as_backend($loc, '/no-such-story.html', 'status 404');
    same_as_backend($loc, '/logo.png',           'image');
    same_as_backend($loc, '/style.css',          'text/css');
}
{
    my ($o, $r) = same_as_backend('directive', '/seed.html.gz', 'Content-Encoding gzip');
    is $r->header('Content-Encoding') // '', 'gzip', '/directive/seed.html.gz keeps Content-Encoding gzip';
}

# NewsCleanMaxSize 1K: seed.html is bigger, so it passes untouched.
ok length(backend_get('/seed.html')->content) > 1024, 'seed.html is bigger than 1K';
same_as_backend('small', '/seed.html', 'NewsCleanMaxSize 1K');

# HEAD: headers only, no body, no error.
{
    my $r = HEAD('/directive/seed.html');
    is $r->code, 200, 'HEAD /directive/seed.html: 200';
    is length($r->content), 0, 'HEAD /directive/seed.html: no body';
}

# NewsCleanSoftErrorStatus 404: a page that is only an error shell answers 404,
# with the backend's body unchanged.
{
    my $orig = backend_get('/shell-only.html');
    is $orig->code, 200, 'backend serves shell-only.html with 200 (the soft error)';
    my $res = GET('/softerror/shell-only.html');
    is $res->code, 404, '/softerror/shell-only.html: answered 404';
    ok $res->content eq $orig->content, '/softerror/shell-only.html: body is the backend\'s, unchanged'
        or diag "lengths: proxied " . length($res->content) . ", backend " . length($orig->content);
    is GET('/nosofterror/shell-only.html')->code, 200,
       '/nosofterror/shell-only.html: NewsCleanSoftErrorStatus off keeps the 200';
    is GET('/softerror/clean.html')->code, 200, '/softerror/clean.html: a real article stays 200';

    # A brief in <br> lines under a glued "503" in a table cell, its <title>
    # one word: a story, not a soft error; only the shell's lines go.
    my $brief = GET('/softerror/brief-in-503-cell.html');
    my $body  = $brief->content;
    is $brief->code, 200, '/softerror/brief-in-503-cell.html: a brief beside a 503 shell stays 200';
    is count($body, 'Service Unavailable'), 0, '/softerror/brief-in-503-cell.html: the shell\'s line goes';
    is count($body, 'The server is temporarily unable'), 0, '/softerror/brief-in-503-cell.html: the shell\'s foot line goes';
    is count($body, 'Council members asked the city to review the sites'), 1,
       '/softerror/brief-in-503-cell.html: the brief\'s paragraphs stay';
    is count($body, 'The city replied that every new station is checked on site first.'), 1,
       '/softerror/brief-in-503-cell.html: its last line stays';
}

# NewsCleanMetadata Off: still cleaned, but no JSON-LD block.
{
    my $res  = GET('/nometa/seed.html');
    my $body = $res->content;
    is $res->code, 200, '/nometa/seed.html: 200';
    is count($body, 'application/ld+json'), 0, '/nometa/seed.html: no ld+json block';
    is count($body, 'Sorry!!'), 0, '/nometa/seed.html: shell still removed';
    is count($body, 'Earlier this week, Treasury Secretary Scott Bessent'), 1,
       '/nometa/seed.html: duplicate still removed';
    is $res->header('Content-Length'), length($body), '/nometa/seed.html: Content-Length equals the body length';
    my $clean = GET('/nometa/clean.html')->content;
    ok $clean eq backend_get('/clean.html')->content, '/nometa/clean.html: byte-identical (nothing to do)';
}

done_testing();
