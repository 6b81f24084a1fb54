#!/usr/bin/perl
# soak-sample.pl - bench/soak's watcher: while wrk runs, fetch a random path
# of the mix every 0.2 s and compare the body with the one fetched before the
# load (which was itself checked against the backend: identical, or only
# removals plus one valid JSON-LD block); every 10 s record each httpd child's
# RSS and open files.  Prints a summary with the RSS slope after warm-up, for
# all children together and for each child that lived through the whole
# window (the MPM may start and stop children, which moves the total by a
# child's whole RSS; a leak shows as a steady rise within one child).
#   soak-sample.pl PORT PATHS_FILE DURATION_S WARMUP_S PARENT_PID OUTDIR
use strict;
use warnings FATAL => 'all';
use LWP::UserAgent ();
use Time::HiRes qw(time sleep);
use FindBin ();
use lib "$FindBin::Bin/../t/hostile";
use HostileUtil ();

my ($port, $paths_file, $duration, $warmup, $ppid, $out) = @ARGV;
my $ua = LWP::UserAgent->new(timeout => 120, keep_alive => 0);
$ua->default_header('Accept-Encoding' => 'identity');
open my $pf, '<', $paths_file or die "$paths_file: $!";
my @paths = map { (split ' ')[1] } grep { /\S/ } <$pf>;
my %seen; @paths = grep { !$seen{$_}++ } @paths;

sub front { "http://127.0.0.1:$port$_[0]" }
sub backend_path { my ($p) = @_; $p =~ s{^/hostile-\w+/}{/hostile/} or $p =~ s{^/(?:directive|off)/}{/}; $p }

# Expected bodies, on the idle server, checked against the backend.
my (%want, %bport);
my ($bport) = `cat $out/backend_port`;
chomp $bport;
for my $p (@paths) {
    my $r = $ua->get(front($p));
    die "soak: $p answered " . $r->code . " before the load\n" if $r->code >= 500;
    my $orig = $ua->get("http://127.0.0.1:$bport" . backend_path($p));
    my $bad = HostileUtil::acceptable($orig->content, $r->content);
    die "soak: $p before the load: $bad\n" if $bad;
    my $again = $ua->get(front($p));
    die "soak: $p is not deterministic\n" unless $again->content eq $r->content;
    $want{$p} = [$r->code, $r->content];
}
print "soak: ", scalar(@paths), " paths, expected bodies recorded and checked\n";

my ($samples, $wrong, %wrong_by) = (0, 0);
my @mem;   # [t, total_rss_kb, total_fds, nchildren]
my %child; # pid => [[t, rss_kb], ...]
my $t0 = time;
my $next_mem = 0;
open my $log, '>', "$out/samples.log" or die $!;
while ((my $t = time - $t0) < $duration) {
    if ($t >= $next_mem) {
        my ($rss, $fds, $n) = (0, 0, 0);
        for my $pid (split ' ', `pgrep -P $ppid`) {
            open my $st, '<', "/proc/$pid/status" or next;
            my ($kb) = do { local $/; <$st> } =~ /VmRSS:\s+(\d+)/;
            opendir my $d, "/proc/$pid/fd" or next;
            my $nf = grep { !/^\./ } readdir $d;
            $rss += $kb // 0; $fds += $nf; $n++;
            push @{ $child{$pid} }, [$t, $kb // 0, resident_by_kind($pid)];
        }
        push @mem, [$t, $rss, $fds, $n];
        printf $log "mem t=%.0f rss_kb=%d fds=%d children=%d\n", $t, $rss, $fds, $n;
        $next_mem += 10;
    }
    my $p = $paths[int rand @paths];
    my $r = $ua->get(front($p));
    $samples++;
    if ($r->code != $want{$p}[0] || $r->content ne $want{$p}[1]) {
        $wrong++; $wrong_by{$p}++;
        printf $log "WRONG t=%.1f %s status %d len %d (want %d len %d)\n", $t, $p, $r->code,
            length($r->content), $want{$p}[0], length($want{$p}[1]);
    }
    sleep 0.2;
}

# A child's resident anonymous memory by kind, from /proc/PID/smaps: glibc's
# per-thread arenas (64 MB-aligned heaps: a rw mapping followed by its
# reserved ---p rest) and every other anonymous mapping (APR's allocators
# map their blocks; large heap blocks are mapped too). Returns [arena_kb,
# other_kb].
sub resident_by_kind {
    my ($pid) = @_;
    open my $fh, '<', "/proc/$pid/smaps" or return [0, 0];
    my (@m, $cur);
    while (<$fh>) {
        if (/^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)\s*(.*)$/) {
            no warnings 'portable';
            $cur = { lo => hex $1, hi => hex $2, perm => $3, inode => $4, name => $5 };
            push @m, $cur;
        } elsif ($cur && /^Rss:\s+(\d+)/) {
            $cur->{rss} = $1;
        }
    }
    my ($arena, $other) = (0, 0);
    for my $i (0 .. $#m) {
        my $x = $m[$i];
        next unless $x->{perm} =~ /^rw/ && $x->{inode} == 0 && $x->{name} eq '';
        my $next = $m[$i + 1];
        if ($next && $next->{perm} eq '---p' && $next->{lo} == $x->{hi}
            && $next->{hi} - $x->{lo} == 64 * 1024 * 1024) {
            $arena += $x->{rss} // 0;
        } else {
            $other += $x->{rss} // 0;
        }
    }
    return [$arena, $other];
}

# RSS slope after warm-up: least squares over the 10 s samples, KB per minute.
sub slope_per_min {
    my @pts = @_;      # [t, y]
    return 0 if @pts < 2;
    my ($n, $sx, $sy, $sxx, $sxy) = (scalar @pts, 0, 0, 0, 0);
    for (@pts) { $sx += $_->[0]; $sy += $_->[1]; $sxx += $_->[0] ** 2; $sxy += $_->[0] * $_->[1]; }
    my $den = $n * $sxx - $sx ** 2;
    return $den ? ($n * $sxy - $sx * $sy) / $den * 60 : 0;
}
my @w = grep { $_->[0] >= $warmup } @mem;
my ($slope, $fds_first, $fds_last) = (0, 0, 0);
if (@w >= 2) {
    $slope = slope_per_min(map { [$_->[0], $_->[1]] } @w);
    ($fds_first, $fds_last) = ($w[0][2], $w[-1][2]);
}
printf "soak-sample: samples=%d wrong=%d%s\n", $samples, $wrong,
    $wrong ? ' (' . join(', ', map { "$_ x$wrong_by{$_}" } sort keys %wrong_by) . ')' : '';
printf "soak-sample: children rss_kb after warm-up: first=%d last=%d min=%d max=%d slope=%.1f KB/min (%d points)\n",
    $w[0][1], $w[-1][1], (sort { $a <=> $b } map { $_->[1] } @w)[0], (sort { $b <=> $a } map { $_->[1] } @w)[0],
    $slope, scalar @w if @w;
printf "soak-sample: open fds (all children) after warm-up: first=%d last=%d max=%d; children first=%d last=%d\n",
    $fds_first, $fds_last, (sort { $b <=> $a } map { $_->[2] } @w)[0], $w[0][3], $w[-1][3] if @w;
# Per child, over the window after warm-up, for children sampled all through it.
if (@w >= 2) {
    my ($from, $to) = ($w[0][0], $w[-1][0]);
    for my $pid (sort { $a <=> $b } keys %child) {
        my @pts = grep { $_->[0] >= $from } @{ $child{$pid} };
        next unless @pts >= 2 && $pts[0][0] == $from && $pts[-1][0] == $to;
        printf "soak-sample: child %d rss_kb first=%d last=%d max=%d slope=%.1f KB/min, second half %.1f KB/min\n",
            $pid, $pts[0][1], $pts[-1][1], (sort { $b <=> $a } map { $_->[1] } @pts)[0], slope_per_min(@pts),
            slope_per_min(grep { $_->[0] >= ($from + $to) / 2 } @pts);
        printf "soak-sample: child %d resident KB, glibc arenas %d -> %d, other anonymous mappings %d -> %d\n",
            $pid, $pts[0][2][0], $pts[-1][2][0], $pts[0][2][1], $pts[-1][2][1];
    }
}
exit($wrong ? 1 : 0);
