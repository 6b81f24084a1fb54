# http_semantics.t - HTTP semantics of a cleaned response, through the real
# proxy: HEAD agrees with GET, exact Content-Length, the ETag suffix (and
# NewsCleanAlterETag), conditional GETs that reach the backend with its own
# tag and come back 304, Last-Modified kept, and Range answered from the
# cleaned body (never the backend's bytes), however the filter was enabled.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET HEAD);

sub backend_get {
    my ($path, @h) = @_;
    local $Apache::TestRequest::Module = 'backend';
    return GET($path, @h);
}

my $orig = backend_get('/seed.html');
my $btag = $orig->header('ETag');
ok defined $btag && $btag =~ /^"[^"]+"$/, "backend: seed.html has a strong ETag ($btag)";
ok defined $orig->header('Last-Modified'), 'backend: seed.html has Last-Modified';
(my $opaque = $btag) =~ s/^"|"$//g;
my $ourtag = qq{W/"$opaque-newsclean"};

for my $loc (qw(directive setfilter bytype)) {
    my $u = "/$loc/seed.html";
    my $get = GET($u);
    my $body = $get->content;
    is $get->code, 200, "$u: 200";
    ok index($body, 'Sorry!!') < 0 && index($body, 'application/ld+json') > 0, "$u: cleaned";
    is $get->header('Content-Length'), length($body), "$u: exact Content-Length";
    is $get->header('ETag'), $ourtag, "$u: ETag is the backend's with the suffix, weak";
    is $get->header('Last-Modified'), $orig->header('Last-Modified'), "$u: Last-Modified kept";

    # HEAD: the same validators as the GET, and no Content-Length of the
    # backend's (uncleaned) body.
    my $head = HEAD($u);
    is $head->code, 200, "HEAD $u: 200";
    is $head->header('ETag'), $get->header('ETag'), "HEAD $u: same ETag as GET";
    is $head->header('Last-Modified'), $get->header('Last-Modified'), "HEAD $u: same Last-Modified as GET";
    my $cl = $head->header('Content-Length');
    ok !defined $cl || $cl == length($body), "HEAD $u: Content-Length absent or the GET's"
        or diag "HEAD Content-Length $cl, GET body " . length($body) . ", backend " . length($orig->content);
    is length($head->content), 0, "HEAD $u: no body";

    # Conditional GET with our tag: the backend is asked with its own and
    # answers 304, which names our tag again.
    my $c = GET($u, 'If-None-Match' => $get->header('ETag'));
    is $c->code, 304, "$u If-None-Match our ETag: 304";
    is $c->header('ETag'), $ourtag, "$u: the 304 carries our ETag";
    is length($c->content), 0, "$u: the 304 has no body";
    $c = GET($u, 'If-None-Match' => qq{"nope", $ourtag});
    is $c->code, 304, "$u If-None-Match list with our ETag: 304";
    $c = GET($u, 'If-None-Match' => 'W/"nope-newsclean"');
    is $c->code, 200, "$u If-None-Match another page's tag: 200";
    ok $c->content eq $body, "$u: ... with the cleaned body";

    # Ranges are of the cleaned body.
    my $r = GET($u, Range => 'bytes=0-99');
    is $r->code, 206, "$u Range 0-99: 206";
    is $r->header('Content-Range'), 'bytes 0-99/' . length($body),
       "$u Range 0-99: Content-Range names the cleaned length";
    ok $r->content eq substr($body, 0, 100), "$u Range 0-99: the cleaned body's first 100 bytes";
    $r = GET($u, Range => 'bytes=-300');
    is $r->code, 206, "$u Range -300: 206";
    ok $r->content eq substr($body, -300), "$u Range -300: the cleaned body's last 300 bytes"
        or diag 'backend tail would be: ' . substr($orig->content, -60);
    $r = GET($u, Range => 'bytes=0-9', 'If-Range' => $ourtag);
    is $r->code, 200, "$u Range with If-Range of our weak ETag: 200 (a weak tag never matches)";
    ok $r->content eq $body, "$u: ... with the whole cleaned body";
}

# Range on a response the filter does not take: still served (by httpd).
{
    my $png = backend_get('/logo.png')->content;
    my $r = GET('/bytype/logo.png', Range => 'bytes=0-9');
    is $r->code, 206, '/bytype/logo.png Range: 206';
    ok $r->content eq substr($png, 0, 10), '/bytype/logo.png Range: the image\'s bytes';
    $r = GET('/directive/no-such-story.html', Range => 'bytes=0-9');
    is $r->code, 404, '404 with a Range: still 404';
}

# NewsCleanAlterETag Remove: no ETag on what the filter takes.
{
    my $g = GET('/etagremove/seed.html');
    is $g->code, 200, '/etagremove/seed.html: 200';
    ok !defined $g->header('ETag'), '/etagremove/seed.html: no ETag';
    ok !defined HEAD('/etagremove/seed.html')->header('ETag'), 'HEAD /etagremove/seed.html: no ETag';
    is $g->header('Last-Modified'), $orig->header('Last-Modified'), '/etagremove/seed.html: Last-Modified kept';
}

# What the filter does not take keeps the backend's headers.
{
    my $png = GET('/directive/logo.png');
    is $png->header('ETag'), backend_get('/logo.png')->header('ETag'), 'image: backend ETag unchanged';
    my $c = GET('/directive/logo.png', 'If-None-Match' => $png->header('ETag'));
    is $c->code, 304, 'image: the backend\'s own tag still gives 304';
    my $gz = GET('/directive/seed.html.gz');
    is $gz->header('ETag'), backend_get('/seed.html.gz')->header('ETag'), 'gzip body (not taken): backend ETag unchanged';
}

# A subrequest (mod_include pulling a proxied article into a page) is a
# fragment of another response: NEWSCLEAN leaves it alone.
SKIP: {
    skip 'mod_include not loaded', 3 unless Apache::Test::have_module('include');
    my $res = GET('/fixtures/http/ssi.shtml');
    is $res->code, 200, 'SSI page: 200';
    ok index($res->content, $orig->content) > 0, 'SSI page: the included article is the backend\'s bytes'
        or diag substr($res->content, 0, 300);
    is index($res->content, 'application/ld+json'), -1, 'SSI page: nothing injected into the fragment';
}

done_testing();
