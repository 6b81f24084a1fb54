# pages.t - hostile pages through the real proxy and filter.  Each must come
# out as the backend's bytes or as a correct cleaned page (HostileUtil's
# acceptable()), leave a newsclean_log line, and leave a live worker behind.
# The big and binary pages are generated at test time (gen-fixtures.pl).
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use FindBin ();
use lib "$FindBin::Bin";
use HostileUtil qw(acceptable logged alive crashes ensure_fixtures backend_get ld_blocks);
use JSON::PP ();

plan skip_all => 'mod_proxy_http not loaded' unless Apache::Test::have_module('proxy_http');

ensure_fixtures();

# [page, location, expect, reason-regex]; expect: 'same' (byte-identical),
# 'cleaned' (changed and correct), 'either' (identical or correct).
my @cases = (
    ['truncated-tag.html',        'hostile-filter', 'either'],
    ['truncated-utf8.html',       'hostile-filter', 'either'],
    ['truncated-head.html',       'hostile-filter', 'either'],
    ['binary.html',               'hostile-filter', 'either'],
    ['binary-gif.html',           'hostile-filter', 'either'],
    ['nul.html',                  'hostile-filter', 'either'],
    ['deep-div.html',             'hostile-filter', 'same', qr/^nesting-too-deep$/],
    ['deep-inline.html',          'hostile-filter', 'same', qr/^nesting-too-deep$/],
    ['deep-unclosed.html',        'hostile-filter', 'same', qr/^nesting-too-deep$/],
    ['huge.html',                 'hostile-filter', 'same', qr/^too-large$/],
    ['oneline.html',              'hostile-filter', 'either'],
    ['lt.html',                   'hostile-filter', 'either'],
    ['lt-mixed.html',             'hostile-filter', 'either'],
    ['broken.utf8.html',          'hostile-filter', 'either'],
    ['lying.cp1252.html',         'hostile-filter', 'either'],
    ['bogus.bogus.html',          'hostile-filter', 'same', qr/^charset-unknown:/],
    ['meta-bogus.html',           'hostile-filter', 'same', qr/^charset-unknown:/],
    ['meta-utf16.html',           'hostile-filter', 'either'],
    ['meta-empty.html',           'hostile-filter', 'either'],
    ['meta-long.html',            'hostile-filter', 'same', qr/^charset-unknown:/],
    ['utf16le.utf8.html',         'hostile-filter', 'same', qr/charset/],
    ['utf16be.utf8.html',         'hostile-filter', 'either'],
    ['bomb-zeros.html.gz',        'hostile-filter', 'same', qr/^content-encoding$/],
    ['bomb-markup.html.gz',       'hostile-filter', 'same', qr/^content-encoding$/],
    ['bomb-zeros.html.gz',        'hostile-gunzip', 'same'],
    ['bomb-markup.html.gz',       'hostile-gunzip', 'same'],
    ['regex.html',                'hostile-regex', 'either'],
    ['../script-in-text.html',    'hostile-filter', 'cleaned'],
    ['../script-in-title.html',   'hostile-filter', 'cleaned'],
    ['../script-in-text.html',    'hostile-regex', 'cleaned'],
);

my @table;
for my $c (@cases) {
    my ($page, $loc, $expect, $reason_re) = @$c;
    my $path = "/hostile/gen/$page";
    $path =~ s{/gen/\.\./}{/};
    (my $front = $path) =~ s{^/hostile/}{/$loc/};
    my $orig = backend_get($path);
    is $orig->code, 200, "backend serves $path";
    my ($res, $log) = logged($front);
    is $res->code, 200, "$front: 200";
    my $body = $res->content;
    my $bad = acceptable($orig->content, $body);
    is $bad, '', "$front: the backend's bytes or a correct cleaned page";
    if ($expect eq 'same') {
        ok $body eq $orig->content, "$front: byte-identical to the backend"
            or diag "lengths: " . length($body) . " vs " . length($orig->content);
    } elsif ($expect eq 'cleaned') {
        ok $body ne $orig->content, "$front: cleaned";
    }
    like $log->{action} // '', qr/^(cleaned|unchanged|skipped)$/, "$front: logged ($log->{line})";
    like $log->{reason} // '', $reason_re, "$front: reason $log->{reason}" if $reason_re;
    ok length($log->{line}) < 1024, "$front: log line is short (" . length($log->{line}) . " bytes)";
    ok alive(), "$front: a follow-up request succeeds";
    push @table, sprintf "%-26s %-14s %10d -> %10d %-9s action=%s reason=%s",
        $page, $loc, length($orig->content), length($body),
        $body eq $orig->content ? 'identical' : 'cleaned', $log->{action} // '', $log->{reason} // '';
}

# The JSON-LD escapes '<', '>' and '&': article text can never close the script.
for my $page ('script-in-text.html', 'script-in-title.html') {
    my $body = GET("/hostile-filter/$page")->content;
    my @ld = ld_blocks($body);
    is scalar(@ld), 1, "$page: one JSON-LD block";
    my $json = $ld[0] ? $ld[0][2] : '';
    unlike $json, qr{</script|<script|[<>&]}i, "$page: no raw <, > or & in the block";
    my $data = eval { JSON::PP->new->decode($json) } || {};
    like $data->{headline} // '', qr{</script><script>alert\(1\)</script>}i,
        "$page: the headline keeps the text, escaped in JSON";
    my $scripts = () = $body =~ /<script\b/gi;
    my $orig_scripts = () = backend_get("/hostile/$page")->content =~ /<script\b/gi;
    is $scripts, $orig_scripts + 1, "$page: exactly one script element added";
}

# A gzip bomb behind INFLATE;NEWSCLEAN (conf example variant A): mod_deflate's
# ratio limit or NewsCleanMaxSize stops it; the worker lives.
for my $page ('bomb-zeros.html.gz', 'bomb-markup.html.gz') {
    my ($res, $log) = logged("/hostile-inflate/gen/$page");
    my $len = length $res->content;
    ok $len <= 256 * 1024 * 1024, "/hostile-inflate/gen/$page: bounded ($len bytes, status " . $res->code . ")";
    like $log->{line}, qr/^\S+ \d+ /, "/hostile-inflate/gen/$page: logged ($log->{line})";
    ok alive(), "/hostile-inflate/gen/$page: a follow-up request succeeds";
    push @table, sprintf "%-26s %-14s %10d -> %10d %-9s action=%s reason=%s status=%s",
        $page, 'hostile-inflate', -s HostileUtil::docroot() . "/fixtures/hostile/gen/$page", $len,
        'inflated', $log->{action} // '', $log->{reason} // '', $res->code;
}

is join('', crashes()), '', 'no worker crashed (error_log)';
diag "hostile pages:\n" . join("\n", @table);
done_testing();
