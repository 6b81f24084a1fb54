# http_cache.t - mod_cache (mod_cache_socache on shmcb) in front of the
# filter stores the cleaned page: the second request is a cache hit with the
# same cleaned bytes and headers, and a revalidation through our ETag works.
# extra.conf.in: CacheEnable socache /cached/, CacheHeader On; the backend
# gives fixtures/http/cache-* "Cache-Control: public, max-age=600".
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Time::HiRes ();

plan skip_all => 'mod_cache_socache not loaded' unless Apache::Test::have_module('cache_socache');

sub backend_get {
    my ($path) = @_;
    local $Apache::TestRequest::Module = 'backend';
    return GET($path);
}

# A URL of our own per run: the shmcb cache lives as long as the server.
my $u = '/cached/http/cache-seed.html?run=' . $$ . int(Time::HiRes::time() * 1000);
my $orig = backend_get('/http/cache-seed.html');
like $orig->header('Cache-Control') // '', qr/max-age=600/, 'backend: cache-seed.html says max-age=600';
ok index($orig->content, 'Sorry!!') > 0, 'backend: cache-seed.html carries the error shell';

my $first = GET($u);
is $first->code, 200, 'first request: 200';
like $first->header('X-Cache') // '', qr/^MISS/, 'first request: a cache miss';
my $body = $first->content;
ok index($body, 'Sorry!!') < 0 && index($body, 'application/ld+json') > 0, 'first request: cleaned';
like $first->header('ETag') // '', qr/^W\/".*-newsclean"$/, 'first request: our ETag';
like $first->header('Cache-Control') // '', qr/max-age=600/, 'first request: Cache-Control kept';
ok !defined $first->header('Vary'), 'first request: no Vary (the cleaned page depends on the URL only)';

my $second = GET($u);
is $second->code, 200, 'second request: 200';
like $second->header('X-Cache') // '', qr/^HIT/, 'second request: a cache hit';
ok $second->content eq $body, 'second request: the same cleaned bytes';
is $second->header('ETag'), $first->header('ETag'), 'second request: the same ETag';
is $second->header('Content-Length'), length($body), 'second request: exact Content-Length';

# A client revalidating its copy: answered 304 from the cache.
my $c = GET($u, 'If-None-Match' => $first->header('ETag'));
is $c->code, 304, 'If-None-Match our ETag against the cache: 304';

# The cache serves a Range of the cleaned page too.
my $r = GET($u, Range => 'bytes=0-49');
is $r->code, 206, 'Range against the cache: 206';
ok $r->content eq substr($body, 0, 50), 'Range against the cache: bytes of the cleaned page';

done_testing();
