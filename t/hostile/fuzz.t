# fuzz.t - a short, reproducible libFuzzer run of the engine inside the suite
# (fuzz/fuzz_engine.c checks the edit list, the kept bytes and the JSON-LD on
# every input).  First every saved crasher in fuzz/regressions is replayed,
# then FUZZ_RUNS new inputs (default 2000, fixed seed, capped at 50 s) grow from
# the fixture seeds.  Longer runs by hand: `make fuzz FUZZ_TIME=3600`.
# Skips, saying why, when clang (clang-14 + libclang-rt-14-dev) is missing.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use File::Path qw(make_path rmtree);

my $clang;
for my $dir (split /:/, $ENV{PATH} // '') {
    for my $name ('clang-14', 'clang') {
        $clang //= "$dir/$name" if -x "$dir/$name";
    }
}
plan skip_all => 'clang not installed (Debian: apt-get install clang-14 libclang-rt-14-dev): '
    . 'skipping the in-suite fuzz run' unless $clang;

my $top = Apache::Test::vars('top_dir');
my $src = $ENV{NC_SRCDIR} // $top;
my $make = $ENV{MAKE} // 'make';
my $log = "$top/t/logs/fuzz-build.log";

my $built = system("$make -C '$top' fuzz-build fuzz-seeds >'$log' 2>&1") == 0;
ok $built, "make fuzz-build (log: $log)";
if (!$built) {
    if (open my $fh, '<', $log) {
        my @lines = <$fh>;
        diag join '', @lines[($#lines > 20 ? $#lines - 20 : 0) .. $#lines];
    }
    done_testing();
    exit;
}
my $fuzzer = "$top/fuzz/fuzz_engine";
my $env = 'ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1';

# 1. Every crasher ever found still passes.
my @regressions = grep { -f } glob("$top/fuzz/regressions/*");
@regressions = grep { -f } glob("$src/fuzz/regressions/*") unless @regressions;
ok scalar(@regressions) > 0, scalar(@regressions) . ' regression inputs';
my $out = `$env '$fuzzer' @{[ map { "'$_'" } @regressions ]} 2>&1`;
is $?, 0, 'fuzz/regressions replay cleanly' or diag $out;

# 2. A short fuzz run from the seeds (new corpus in a scratch dir).
my $runs = $ENV{FUZZ_RUNS} // 2000;
my $corpus = "$top/t/logs/fuzz-corpus";
my $artifacts = "$top/t/logs/fuzz-artifacts/";
rmtree($corpus);
make_path($corpus, $artifacts);
$out = `$env '$fuzzer' -seed=1 -runs=$runs -max_total_time=50 -max_len=16384 -timeout=10 -rss_limit_mb=2048 -artifact_prefix='$artifacts' -print_final_stats=1 '$corpus' '$top/fuzz/seeds' 2>&1`;
my $rc = $?;
my ($execs) = $out =~ /stat::number_of_executed_units:\s*(\d+)/;
my ($rate) = $out =~ /stat::average_exec_per_sec:\s*(\d+)/;
is $rc, 0, "fuzz run: no crash, leak, UB or failed check ("
    . ($execs // '?') . " executions, " . ($rate // '?') . "/s)"
    or diag join "\n", grep { /CHECK FAILED|ERROR|SUMMARY|runtime error|Test unit written/ } split /\n/, $out;
ok !glob("$artifacts*"), 'no crash artifacts';
diag "fuzz: " . ($execs // '?') . " executions at " . ($rate // '?') . "/s, seed 1";
done_testing();
