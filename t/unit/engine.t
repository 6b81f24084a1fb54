# engine.t - runs the engine unit tests (t/unit/test_engine.c, built by
# `make check` as a check program) under t/TEST, so prove counts them.
use strict;
use warnings;
use FindBin ();

my $bin = "$FindBin::Bin/test_engine";
my @args = ("$FindBin::Bin/../htdocs/fixtures");

unless (-x $bin) {
    print "1..1\nnot ok 1 - $bin is not built: run `make check`\n";
    exit 1;
}
exec $bin, @args or do {
    print "1..1\nnot ok 1 - cannot run $bin: $!\n";
    exit 1;
};
