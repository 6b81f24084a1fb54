# lexicon.t - NewsCleanLexicon files through the CLI (newsclean --lexicon):
# site names become actors with their canonical name, role and nationality,
# and a bad file stops the load with FILE:LINE and the reason.
use strict;
use warnings;
use FindBin ();
use JSON::PP ();

my $dir = "$FindBin::Bin/lexicon";
my $cli = "$FindBin::Bin/../../newsclean";
my $n = 0;

sub ok { my ($c, $what) = @_; $n++; print(($c ? "ok" : "not ok") . " $n - $what\n"); }
sub is { my ($got, $want, $what) = @_; ok(defined $got && $got eq $want, $what)
    or print "#   got:  ", (defined $got ? $got : 'undef'), "\n#   want: $want\n"; }

print "1..13\n";
unless (-x $cli) {
    ok(0, "$cli is not built: run `make`") for 1..13;
    exit 1;
}

sub run { my $cmd = shift; my $out = `$cmd`; return ($out, $? >> 8); }

my ($out, $rc) = run("'$cli' --type text/plain --explain --lexicon '$dir/site.lex' '$dir/article.txt' 2>&1");
is($rc, 0, "a valid lexicon loads");
my $r = eval { JSON::PP->new->decode($out) } || {};
my @m = map { join('|', map { $_ // '' } @$_{qw(type name jobTitle nationality at len)}) }
        @{ $r->{mentions} || [] };
my @want = (
    'Person|Oleksandr Syrskyi|Commander-in-Chief|Ukraine|0|6',
    'City|Pokrovsk|||14|8',
    'Place|Pokrovsk direction|||26|18',
    'Organization|Kyiv Independent|||60|16',
    'Person|Dmytro Lubinets|Ombudsperson||100|15',
    'QuantitativeValue|3,000 civilians|||121|15',
    'Person|Kaja Kallas|High Representative|Estonia|156|11',
    'Event|Ramstein meeting|||189|16',
);
is(scalar(@m), scalar(@want), "as many mentions as expected");
for my $i (0 .. $#want) {
    is($m[$i], $want[$i], "mention $i: alias, role, nationality, run-on phrase, offsets");
}

my %bad = (
    'bad-kind.lex'    => "bad-kind.lex:4: expected 'KIND: NAME', got 'person Jane Doe'",
    'bad-country.lex' => "bad-country.lex:1: nationality 'Atlantis' is no ISO 3166 country name or demonym",
    'bad-dup.lex'     => "bad-dup.lex:2: 'Springfield' is already defined on line 1 (as 'Springfield')",
    'bad-utf8.lex'    => "bad-utf8.lex:1: not UTF-8 text (or a control character)",
);
my $errs = '';
my $rcs = 0;
for my $f (sort keys %bad) {
    my ($e, $c) = run("'$cli' --lexicon '$dir/$f' '$dir/article.txt' 2>&1 >/dev/null");
    chomp $e;
    $e =~ s{^newsclean: \Q$dir\E/}{};
    $errs .= $e eq $bad{$f} ? '' : "$f: $e; ";
    $rcs += $c == 1 ? 0 : 1;
}
is($errs, '', "each bad file is refused with FILE:LINE: reason");
is($rcs, 0, "and exit status 1");
my ($e) = run("'$cli' --lexicon '$dir/bad-attr.lex' '$dir/article.txt' 2>&1 >/dev/null");
like_attr($e);
sub like_attr { ok($_[0] =~ /bad-attr\.lex:1: unknown attribute 'height'/, "an unknown attribute is named") }
