# extract.t - runs the extractor unit tests (t/unit/test_extract.c, built by
# `make check` as a check program) under t/TEST, so prove counts them.
use strict;
use warnings;
use FindBin ();

my $bin = "$FindBin::Bin/test_extract";
my @args = ();

unless (-x $bin) {
    print "1..1\nnot ok 1 - $bin is not built: run `make check`\n";
    exit 1;
}
exec $bin, @args or do {
    print "1..1\nnot ok 1 - cannot run $bin: $!\n";
    exit 1;
};
