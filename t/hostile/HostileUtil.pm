# HostileUtil - what every hostile-input test checks (t/hostile/*.t).
#
#   acceptable($orig, $body) - the body is the backend's bytes unchanged, or a
#       correct cleaned page: at most one JSON-LD block that parses as JSON and
#       holds no '<', and apart from it only whole byte ranges removed, every
#       kept byte the backend's, in order.  Returns '' or what is wrong.
#   logged($uri)    - GET with a unique query, then its newsclean_log line
#   alive()         - a follow-up request through the filter still succeeds
#   crashes()       - "exit signal" lines in error_log (a crashed worker)
#   ensure_fixtures() - runs gen-fixtures.pl (big pages are made at test time)
package HostileUtil;
use strict;
use warnings FATAL => 'all';

use Apache::Test ();
use Apache::TestRequest ();
use Apache::TestUtil qw(t_catfile);
use Exporter 'import';
use JSON::PP ();
use Time::HiRes ();
use FindBin ();

our @EXPORT_OK = qw(acceptable logged alive crashes ensure_fixtures backend_get
                    ld_blocks docroot);

my $LD_OPEN  = '<script type="application/ld+json">';
my $LD_CLOSE = "</script>";

sub docroot { Apache::Test::vars('documentroot') }

sub ensure_fixtures {
    my $gen = "$FindBin::Bin/gen-fixtures.pl";
    system($^X, $gen, docroot()) == 0 or die "gen-fixtures.pl failed: $?";
}

sub backend_get {
    my ($path) = @_;
    local $Apache::TestRequest::Module = 'backend';
    return Apache::TestRequest::GET($path);
}

# The JSON-LD blocks the filter inserted: [offset, length, json text].
sub ld_blocks {
    my ($body) = @_;
    my @found;
    my $pos = 0;
    while ((my $at = index($body, $LD_OPEN, $pos)) >= 0) {
        my $end = index($body, $LD_CLOSE, $at);
        last if $end < 0;
        my $json = substr($body, $at + length $LD_OPEN, $end - $at - length $LD_OPEN);
        my $len = $end + length($LD_CLOSE) - $at;
        $len++ if substr($body, $at + $len, 1) eq "\n";
        push @found, [$at, $len, $json];
        $pos = $end;
    }
    return @found;
}

sub acceptable {
    my ($orig, $body) = @_;
    return '' if $body eq $orig;
    my @orig_ld = ld_blocks($orig);
    my @ld = ld_blocks($body);
    return 'more than one new JSON-LD block' if @ld > @orig_ld + 1;
    my $kept = $body;
    if (@ld > @orig_ld) {
        # The inserted block is the one not in the original.
        my ($new) = grep { index($orig, substr($body, $_->[0], $_->[1])) < 0 } @ld;
        $new //= $ld[-1];
        my $json = $new->[2];
        return 'raw < inside the JSON-LD block' if index($json, '<') >= 0;
        return 'non-ASCII byte inside the JSON-LD block' if $json =~ /[^\x00-\x7f]/;
        my $data = eval { JSON::PP->new->decode($json) };
        return "JSON-LD does not parse: $@" unless $data;
        return 'JSON-LD is not a NewsArticle' unless ref $data eq 'HASH' && ($data->{'@type'} // '') eq 'NewsArticle';
        substr($kept, $new->[0], $new->[1], '');
    }
    # Every kept byte is the backend's, in order (removals only).
    my ($i, $j, $n, $m) = (0, 0, length $kept, length $orig);
    while ($i < $n && $j < $m) {
        # compare long runs at once: find the longest common prefix quickly
        my $step = 4096;
        while ($step >= 1) {
            if ($i + $step <= $n && $j + $step <= $m
                && substr($kept, $i, $step) eq substr($orig, $j, $step)) {
                $i += $step; $j += $step;
            } else {
                $step = int($step / 2);
            }
        }
        last if $i >= $n;
        $j++ while $j < $m && substr($orig, $j, 1) ne substr($kept, $i, 1);
    }
    return $i == $n ? '' : "byte " . $i . " of the kept text is not the backend's (not only deletions)";
}

my $tag = "h$$" . int(Time::HiRes::time() * 1000);
my $seq = 0;

sub log_path { t_catfile(Apache::Test::vars('serverroot'), 'logs', 'newsclean_log') }

# GET $uri?unique, return (response, {line, status, action, reason, ...}).
sub logged {
    my ($uri, %hdr) = @_;
    my $q = "$uri?$tag-" . ++$seq;
    my $res = Apache::TestRequest::GET($q, %hdr);
    my $log = log_path();
    for (1 .. 100) {
        if (open my $fh, '<', $log) {
            while (my $line = <$fh>) {
                next unless index($line, "$q ") == 0;
                chomp $line;
                my %f = $line =~ /\b(\w+)=("[^"]*"|\S+)/g;
                s/^"|"$//g for values %f;
                ($f{status}) = $line =~ /^\S+ (\d+)/;
                $f{line} = $line;
                return ($res, \%f);
            }
        }
        Time::HiRes::sleep(0.1);
    }
    return ($res, { line => "(no log line for $q)", action => '', reason => '' });
}

sub alive {
    my $r = Apache::TestRequest::GET('/hostile-filter/gen/ok.html');
    return $r->code == 200 && index($r->content, '<h1>Alive and well</h1>') >= 0;
}

sub crashes {
    my $log = t_catfile(Apache::Test::vars('serverroot'), 'logs', 'error_log');
    open my $fh, '<', $log or return ();
    return grep { /exit signal|Segmentation|AddressSanitizer|child pid \d+ exit/ } <$fh>;
}

1;
