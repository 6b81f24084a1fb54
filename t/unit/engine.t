# engine.t - runs the engine unit tests (t/unit/test_engine.c, built by
# `make check` as a check program) under t/TEST, so prove counts them.
use strict;
use warnings;
use FindBin ();

my $dir      = $FindBin::Bin;
my $bin      = "$dir/test_engine";
my $fixtures = "$dir/../htdocs/fixtures";

unless (-x $bin) {
    print "1..1\nnot ok 1 - $bin is not built: run `make check` (or `make t/unit/test_engine`)\n";
    exit 1;
}
exec $bin, $fixtures or do {
    print "1..1\nnot ok 1 - cannot run $bin: $!\n";
    exit 1;
};
