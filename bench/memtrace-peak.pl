#!/usr/bin/perl
# memtrace-peak.pl - what a page holds at its memory peak, by owner.
#
#   make bench/microbench CPPFLAGS=-DNC_MEMTRACE_POOLS   (after touching
#                               bench/microbench.c; without it no pool contents)
#   NC_MEMTRACE=2 bench/microbench -r 1 PAGE 2> trace
#   perl bench/memtrace-peak.pl trace [bench/microbench] [STAGE]
#
# Replays the trace (heap allocations, blocks mapped, pool allocations,
# each with its stack) and prints the highest moment of each stage, then,
# at the page's peak (or STAGE's highest moment: parse,
# nc_doc_assemble_text, nc_shells_mark, nc_dedup_mark, nc_extract,
# nc_jsonld_script), the blocks mapped, the heap by caller and what each
# live pool holds by caller. Stacks are symbolised with addr2line.
use strict;
use warnings;

my ($trace, $exe, $only) = @ARGV;
die "usage: $0 TRACE [EXECUTABLE] [STAGE]\n" unless $trace;
$exe ||= 'bench/microbench';

my @ev;
open my $in, '<', $trace or die "$trace: $!\n";
while (<$in>) {
    next unless /^(\S+) (\S+) (-?\d+) [^|]*\|(.*)$/;
    push @ev, [$1, $2, $3, [split ' ', $4]];
}
close $in;

my %addr;
for my $e (@ev) { $addr{$_} = 1 for grep { /^e[0-9a-f]+$/ } @{$e->[3]} }
my @addrs = sort keys %addr;
my %sym;
if (@addrs) {
    my @q = map { sprintf '%x', hex(substr $_, 1) - 1 } @addrs;
    open my $a2l, '-|', 'addr2line', '-f', '-e', $exe, @q or die "addr2line: $!\n";
    my @out = <$a2l>;
    close $a2l;
    for my $i (0 .. $#addrs) {
        (my $f = $out[2 * $i] // '?') =~ s/\s+$//;
        $sym{$addrs[$i]} = $f;
    }
}
my $skip = qr/^(?:malloc|calloc|realloc|free|mmap|munmap|mremap|trace_heap|apr_palloc|apr_pool_create_ex|apr_pool_destroy|heap_alloc|heap_realloc|count_malloc|count_realloc|count_strdup|\?)$/;
sub names { return map { $sym{$_} // $_ } @{$_[0]} }
sub who {
    my ($stack, $depth) = @_;
    my @n = grep { $_ !~ $skip } names($stack);
    return join ' < ', @n[0 .. ($depth < @n ? $depth : @n) - 1];
}

my @stages = qw(nc_doc_assemble_text nc_shells_mark nc_dedup_mark nc_extract nc_jsonld_script);
my %stage_index = map { $stages[$_] => $_ } 0 .. $#stages;
my (%mapped, %heap, %pallocs, %parent);
my ($total, $best, $stage, %stage_best, @stage_order) = (0, -1, 'parse');
my $snap;
sub snapshot {
    return { mapped => {%mapped}, heap => {%heap},
             pools => { map { $_ => [@{$pallocs{$_}}] } keys %pallocs } };
}
for my $e (@ev) {
    my ($k, $ptr, $n, $st) = @$e;
    if ($k eq 'M+') { $mapped{$ptr} = [$n, $st]; $total += $n }
    elsif ($k eq 'M-') { $total -= (delete $mapped{$ptr})->[0] if $mapped{$ptr} }
    elsif ($k eq 'H+') { $heap{$ptr} = [$n, $st]; $total += $n }
    elsif ($k eq 'H-') { $total -= (delete $heap{$ptr})->[0] if $heap{$ptr} }
    elsif ($k eq 'PC') { $parent{$ptr} = sprintf '0x%x', $n; $pallocs{$ptr} = [] }
    elsif ($k eq 'PD') {
        my %dead = ($ptr => 1);
        my $more = 1;
        while ($more) {
            $more = 0;
            for my $c (keys %parent) {
                next if $dead{$c} || !$dead{$parent{$c}};
                $dead{$c} = $more = 1;
            }
        }
        delete $pallocs{$_} for keys %dead;
    }
    elsif ($k eq 'P') { push @{$pallocs{$ptr}}, [$n, $st] }
    for my $name (names($st)) {
        next unless exists $stage_index{$name};
        $stage = $name if $stage eq 'parse' || $stage_index{$name} >= $stage_index{$stage};
    }
    push @stage_order, $stage unless exists $stage_best{$stage};
    if ($total > ($stage_best{$stage} // -1)) {
        $stage_best{$stage} = $total;
        $snap = snapshot() if defined $only && $only eq $stage;
    }
    if (!defined $only && $total > $best) { $best = $total; $snap = snapshot() }
}
$best = $stage_best{$only} // 0 if defined $only;
print join(' ', map { sprintf '%s=%.1fKB', $_, $stage_best{$_} / 1024 } @stage_order), "\n";
printf "%s: %d B (%.1f KB)\n", defined $only ? "$only at its highest" : 'peak', $best, $best / 1024;
exit 0 unless $snap;

my $sum = 0;
$sum += $_->[0] for values %{$snap->{mapped}};
print "blocks mapped: $sum B\n";
printf "  %7d %s\n", $_->[0], who($_->[1], 4) for sort { $b->[0] <=> $a->[0] } values %{$snap->{mapped}};
my (%by, %count);
$sum = 0;
for (values %{$snap->{heap}}) { my $w = who($_->[1], 3); $by{$w} += $_->[0]; $count{$w}++; $sum += $_->[0] }
print "heap: $sum B\n";
printf "  %7d x%-4d %s\n", $by{$_}, $count{$_}, $_ for sort { $by{$b} <=> $by{$a} } keys %by;
for my $p (sort keys %{$snap->{pools}}) {
    my $list = $snap->{pools}{$p};
    (%by, %count) = ();
    $sum = 0;
    for (@$list) { my $w = who($_->[1], 2); $by{$w} += $_->[0]; $count{$w}++; $sum += $_->[0] }
    printf "pool %s (parent %s): %d B in %d allocations\n", $p, $parent{$p} // '?', $sum, scalar @$list;
    my @top = sort { $by{$b} <=> $by{$a} } keys %by;
    printf "  %7d x%-4d %s\n", $by{$_}, $count{$_}, $_ for @top[0 .. ($#top < 11 ? $#top : 11)];
}
