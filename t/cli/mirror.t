# mirror.t - `newsclean --mirror SRC DST` on a generated site (t/cli/make-tree.pl):
# every page cleaned exactly as `newsclean FILE` cleans it, every other file
# byte-identical, SRC untouched, symbolic links followed only inside SRC, a
# declined page reported and copied unchanged, the summary's counts exact,
# no progress bar off a terminal and one on a terminal, and an interrupted
# run (--max-pages) resumed without redoing finished files.
use strict;
use warnings;
use Test::More;
use FindBin ();
use File::Temp ();
use File::Find ();
use File::Path qw(make_path);
use JSON::PP ();

my $bin = "$FindBin::Bin/../../newsclean";
my $fixtures = "$FindBin::Bin/../htdocs/fixtures";
plan skip_all => "$bin is not built" unless -x $bin;

my $tmp = File::Temp->newdir('newsclean-mirror-XXXXXX', TMPDIR => 1);
my $src = "$tmp/src";

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or return undef;
    local $/;
    return scalar <$fh>;
}

sub spit {
    my ($f, $d) = @_;
    open my $fh, '>:raw', $f or die "$f: $!";
    print $fh $d;
    close $fh;
}

# Runs a command with no terminal; returns (exit status, stdout, stderr).
sub run {
    my (@cmd) = @_;
    my $q = join ' ', map { my $a = $_; $a =~ s/'/'\\''/g; "'$a'" } @cmd;
    system("$q > '$tmp/out' 2> '$tmp/err' < /dev/null");
    return ($? >> 8, slurp("$tmp/out") // '', slurp("$tmp/err") // '');
}

# Every file under $root, relative path => [bytes, mtime, inode].
sub snapshot {
    my ($root) = @_;
    my %s;
    File::Find::find({ no_chdir => 1, wanted => sub {
        return unless -f $_ && !-l $_;
        (my $rel = $File::Find::name) =~ s{^\Q$root\E/}{};
        my @st = lstat $_;
        $s{$rel} = [slurp($_), $st[9], $st[1]];
    } }, $root);
    return \%s;
}

# ---- the tree ------------------------------------------------------------------
my $gen = `$^X '$FindBin::Bin/make-tree.pl' '$fixtures' '$src' 40`;
like($gen, qr/^pages 40 files \d+$/, 'make-tree.pl built the site');
spit("$src/world/declined.html", qq{<html><head><meta charset="x-no-such-charset"></head>}
     . qq{<body><p>A page in a charset nobody knows, with enough words to be an article.</p></body></html>});
spit("$src/world/empty.html", '');
symlink('story-0.html', "$src/world/alias.html") or die $!;          # inside SRC: followed
spit("$tmp/outside.html", slurp("$fixtures/seed.html"));
symlink("$tmp/outside.html", "$src/world/outside.html") or die $!;   # outside SRC: not followed
symlink('..', "$src/world/d1/loop") or die $!;                        # a loop: entered once
symlink('nowhere.html', "$src/world/dangling.html") or die $!;
my $before = snapshot($src);

# ---- the run -------------------------------------------------------------------
my $dst = "$tmp/dst";
my ($rc, $out, $err) = run($bin, '--mirror', $src, $dst);
is($rc, 0, 'the mirror run exits 0') or diag($err);
unlike($err, qr/\r|pages\/s|ETA/, 'no progress bar when standard error is not a terminal');
like($err, qr{^newsclean: mirror: world/declined\.html: copied unchanged: the engine declined it \(charset-unknown}m,
     'the declined page is reported');
like($err, qr{^newsclean: mirror: world/outside\.html: symbolic link not followed: it points outside SRC$}m,
     'the link out of SRC is reported');
like($err, qr{^newsclean: mirror: world/dangling\.html: symbolic link not followed}m, 'the dangling link is reported');
is_deeply(snapshot($src), $before, 'SRC is exactly as it was (bytes, mtimes, inodes)');
ok(!-e "$dst/world/outside.html", 'the link out of SRC has no copy');
ok(!-e "$dst/.newsclean-mirror.journal", 'the journal is gone after a complete run');
ok(!-e "$dst/world/d1/loop/world", 'the link loop was entered once');

# Expected: each page cleaned as the single-page command cleans it.
my (%want, %explain);
my %count = map { $_ => 0 } qw(changed shells dups soft actors figures pages others declined unchanged);
my $json = JSON::PP->new;
my @rels = sort grep { !m{(^|/)loop/} } keys %$before;
push @rels, 'world/alias.html';
for my $rel (sort @rels) {
    my $path = "$src/$rel";
    my $page = slurp($path);
    if ($rel !~ /\.(html?|txt)$/) {
        $want{$rel} = $page;
        $count{others}++;
        next;
    }
    $count{pages}++;
    my @type = $rel =~ /\.txt$/ ? ('--type', 'text/plain') : ();
    my (undef, $ex) = run($bin, @type, '--explain', $path);
    my $e = $json->decode($ex);
    $want{$rel} = $page;
    if (($e->{skip_reason} // '') eq 'empty') { $count{unchanged}++; next }
    if ($e->{skip_reason}) { $count{declined}++; next }
    if ($e->{soft_error}) { $count{soft}++; next }
    my ($a, $f) = (0, 0);
    $_->{type} =~ /^(MonetaryAmount|QuantitativeValue)$/ ? $f++ : $a++ for @{ $e->{mentions} };
    $count{actors} += $a;
    $count{figures} += $f;
    if ($e->{changed}) {
        # The cleaned page: the explain report's edits applied to the original.
        my ($clean, $pos) = ('', 0);
        for my $ed (@{ $e->{edits} }) {
            $clean .= substr($page, $pos, $ed->{start} - $pos);
            $clean .= $ed->{bytes} if $ed->{action} eq 'insert';
            $pos = $ed->{end};
        }
        $want{$rel} = $clean . substr($page, $pos);
        $count{changed}++;
        $count{shells} += $e->{shells_removed};
        $count{dups} += $e->{duplicates_removed};
    } else {
        $count{unchanged}++;
    }
}
my $got = snapshot($dst);
is_deeply([sort keys %$got], [sort keys %want], 'DST has the same tree (minus the links not followed)');
my $bad = 0;
for my $rel (sort keys %want) {
    next if defined $got->{$rel} && $got->{$rel}[0] eq $want{$rel};
    $bad++;
    diag("$rel differs from what newsclean makes of it");
}
is($bad, 0, 'every page is its --explain edits applied to the original, every other file is byte-identical');
is($got->{'world/declined.html'}[0], $before->{'world/declined.html'}[0], 'the declined page is copied unchanged');
is($got->{'world/story-0.html'}[1], $before->{'world/story-0.html'}[1], 'copies keep the source mtime');
ok($count{shells} > 0 && $count{dups} > 0 && $count{soft} > 0, 'the tree has shells, duplicates and soft errors');

my %line = (
    'pages changed' => $count{changed}, 'shells removed' => $count{shells},
    'duplicates removed' => $count{dups}, 'soft errors' => $count{soft},
    'actors found' => $count{actors}, 'figures found' => $count{figures},
    'pages unchanged' => $count{unchanged}, 'pages declined' => $count{declined},
);
for my $k (sort keys %line) {
    like($out, qr/^  \Q$k\E:\s+$line{$k}\b/m, "summary: $k $line{$k}");
}
like($out, qr/^  files:\s+${\ ($count{pages} + $count{others})} \($count{pages} pages, $count{others} other files/m,
     'summary: files and pages');
like($out, qr/^  not followed:\s+2 symbolic links/m, 'summary: 2 links not followed');
like($out, qr/^  errors:\s+0$/m, 'summary: no errors');

# ---- interrupted, then resumed ------------------------------------------------------
my $dst2 = "$tmp/dst2";
($rc, $out, $err) = run($bin, '--mirror', $src, $dst2, '--max-pages', 7);
is($rc, 3, '--max-pages stops the run with status 3');
like($err, qr/7 of \d+ pages done; run the same command again to resume/, 'it says how to resume');
ok(-f "$dst2/.newsclean-mirror.journal", 'the journal stays for the next run');
my $half = snapshot($dst2);
delete $half->{'.newsclean-mirror.journal'};
($rc, $out, $err) = run($bin, '--mirror', $src, $dst2);
is($rc, 0, 'the second run completes');
my $done = keys %$half;
like($out, qr/^  resumed:\s+$done files done by an earlier run$/m, "the second run resumes: $done files not redone");
my $full = snapshot($dst2);
is_deeply({ map { $_ => $full->{$_}[0] } keys %$full }, { map { $_ => $got->{$_}[0] } keys %$got },
          'the resumed mirror is identical to the uninterrupted one');
my $rewritten = grep { $full->{$_}[2] != $half->{$_}[2] } keys %$half;
is($rewritten, 0, 'no file finished by the first run was written again');
like($out, qr/^  pages changed:\s+$count{changed}\b/m, 'the resumed summary counts the whole mirror');

# A source file changed since the interrupted run is redone.
my $dst3 = "$tmp/dst3";
run($bin, '--mirror', $src, $dst3, '--max-pages', 2);
my $part = snapshot($dst3);
delete $part->{'.newsclean-mirror.journal'};
my $first = (sort grep { /\.html$/ } keys %$part)[0];
utime(time, time - 3600, "$src/$first") or die $!;      # a new mtime: the journal entry no longer matches
($rc, $out) = run($bin, '--mirror', $src, $dst3);
is($rc, 0, 'a run after a source change completes');
my $n = keys(%$part) - 1;
like($out, qr/^  resumed:\s+$n files/m, "the changed file ($first) is redone, the other $n are not");

# ---- usage errors ----------------------------------------------------------------------
($rc, undef, $err) = run($bin, '--mirror', $src, "$src/inside");
is($rc, 1, 'DST inside SRC is refused');
ok(!-e "$src/inside", 'and nothing is created in SRC');
($rc) = run($bin, '--mirror', "$tmp/no-such-dir", "$tmp/x");
is($rc, 1, 'a missing SRC is an error');

# ---- on a terminal ---------------------------------------------------------------------------
SKIP: {
    my $script = -x '/usr/bin/script' ? '/usr/bin/script' : undef;
    skip 'script(1) (bsdutils) not installed: no pseudo-terminal to test the bar on', 3 unless $script;
    system("$script -qec \"'$bin' --mirror '$src' '$tmp/dst4'\" /dev/null > '$tmp/tty' 2>&1 < /dev/null");
    my $tty = slurp("$tmp/tty") // '';
    like($tty, qr{\r\[[#.]{30}\] \d+/$count{pages} pages\s+[\d.]+ pages/s\s+ETA }, 'a progress bar on a terminal');
    like($tty, qr{\r\[#{30}\] $count{pages}/$count{pages} pages}, 'the bar ends at all pages done');
    like($tty, qr/pages changed:\s+$count{changed}\b/, 'and the summary follows');
}

done_testing();
