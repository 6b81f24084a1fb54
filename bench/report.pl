#!/usr/bin/perl
# bench/report.pl - turns bench/run's wrk results into the report table.
#
#   perl bench/report.pl results.tsv CLK_TCK ROUNDS
#
# Input, one line per wrk run: round page conc location req/s requests
# p50_ms p99_ms non2xx socket_errors httpd_cpu_ticks peak_rss_kb.
# Per page, concurrency and location, medians over rounds of: req/s, the
# ratio to the plain proxy's req/s in the same round, p50/p99, httpd CPU per
# request, the filter's own CPU per request (httpd CPU per request minus the
# plain proxy's in the same round); the largest peak RSS of a child.
use strict;
use warnings;

my ($file, $hz, $rounds) = @ARGV;
$hz ||= 100;
open my $fh, '<', $file or die "$file: $!\n";
my (%run, %pages, %conc, %bad);
while (<$fh>) {
    chomp;
    my ($r, $page, $c, $loc, $rps, $req, $p50, $p99, $non2xx, $err, $ticks, $hwm) = split /\t/;
    $_ += 0 for $rps, $req, $p50, $p99, $non2xx, $err, $ticks, $hwm;
    $run{$page}{$c}{$loc}{$r} = { rps => $rps, req => $req, p50 => $p50, p99 => $p99,
        cpu => $req ? $ticks / $hz / $req * 1000 : 0, hwm => $hwm };
    $pages{$page} = 1;
    $conc{$c} = 1;
    $bad{"$loc $page c=$c"} += $non2xx + $err + ($req ? 0 : 1);
}

sub median {
    my @v = sort { $a <=> $b } grep { defined } @_;
    return 0 unless @v;
    return @v % 2 ? $v[$#v / 2] : ($v[@v / 2 - 1] + $v[@v / 2]) / 2;
}
sub size_of { my ($p) = @_; my ($n, $u) = $p =~ /-(\d+)([km])-/; return $u eq 'm' ? $n * 1024 : $n; }

my @locs = qw(plain phtml subst nc nccache);
my %label = (plain => 'plain proxy', phtml => 'mod_proxy_html', subst => 'mod_substitute (3 re)',
    nc => 'NEWSCLEAN', nccache => 'NEWSCLEAN + mod_cache');
my @pages = sort { size_of($a) <=> size_of($b) || $a cmp $b } keys %pages;

print "Through the proxy: wrk -t2, medians over $rounds interleaved rounds\n";
print "(ratio = req/s / plain proxy's req/s in the same round; filter CPU = httpd CPU per\n";
print " request minus the plain proxy's in the same round; RSS = largest child VmHWM)\n";
my %summary;
for my $page (@pages) {
    for my $c (sort { $a <=> $b } keys %conc) {
        my $set = $run{$page}{$c};
        print "\n$page, c=$c\n";
        printf "  %-24s %9s %7s %8s %8s %10s %10s %9s\n", 'location', 'req/s', 'ratio',
            'p50 ms', 'p99 ms', 'CPU ms/req', 'filter ms', 'RSS MB';
        for my $loc (@locs) {
            next unless $set->{$loc};
            my @rs = sort keys %{ $set->{$loc} };
            my @ratio = map { my $pl = $set->{plain}{$_}; $pl && $pl->{rps} ? $set->{$loc}{$_}{rps} / $pl->{rps} : undef } @rs;
            my @filter = map { my $pl = $set->{plain}{$_}; $pl ? $set->{$loc}{$_}{cpu} - $pl->{cpu} : undef } @rs;
            my @vs_phtml = map { my $ph = $set->{phtml}{$_}; $ph && $ph->{rps} ? $set->{$loc}{$_}{rps} / $ph->{rps} : undef } @rs;
            my @filter_phtml = map { my $pl = $set->{plain}{$_}; my $ph = $set->{phtml}{$_};
                $pl && $ph && $ph->{cpu} - $pl->{cpu} > 0 ? ($set->{$loc}{$_}{cpu} - $pl->{cpu}) / ($ph->{cpu} - $pl->{cpu}) : undef } @rs;
            my ($hwm) = sort { $b <=> $a } map { $set->{$loc}{$_}{hwm} } @rs;
            printf "  %-24s %9.0f %6.2fx %8.2f %8.2f %10.3f %10.3f %9.1f\n", $label{$loc},
                median(map { $set->{$loc}{$_}{rps} } @rs), median(@ratio),
                median(map { $set->{$loc}{$_}{p50} } @rs), median(map { $set->{$loc}{$_}{p99} } @rs),
                median(map { $set->{$loc}{$_}{cpu} } @rs), $loc eq 'plain' ? 0 : median(@filter),
                ($hwm // 0) / 1024;
            $summary{$page}{$c}{$loc} = { ratio => median(@ratio), vs_phtml => median(@vs_phtml),
                filter_phtml => median(@filter_phtml), filter => median(@filter) };
        }
    }
}

print "\nSummary: NEWSCLEAN against the others (medians of per-round ratios)\n";
printf "  %-22s %4s %12s %14s %16s %18s\n", 'page', 'c', 'NC/plain', 'NC/proxy_html', 'NC/proxy_html CPU', 'cache+NC/plain';
for my $page (@pages) {
    for my $c (sort { $a <=> $b } keys %conc) {
        my $s = $summary{$page}{$c} or next;
        printf "  %-22s %4d %11.2fx %13.2fx %15.2fx %17.2fx\n", $page, $c,
            $s->{nc}{ratio} // 0, $s->{nc}{vs_phtml} // 0, $s->{nc}{filter_phtml} // 0,
            $s->{nccache}{ratio} // 0;
    }
}
my @bad = grep { $bad{$_} } sort keys %bad;
print "\nWARNING: timeouts, errors, non-2xx answers or no answer at all in some rounds of: ",
    join(', ', @bad), "\n(wrk --timeout is 10 s; a location too slow for its page shows it here)\n" if @bad;
