# explain.t - the explain report in a real browser: headless Chromium (Debian's
# chromium package) loads `newsclean --explain=html` of the seed article, and
# the test checks the rendered DOM (the highlighted removals and the tables
# are there) and the screenshot (the highlight colours are on screen). Leaves
# the report and the screenshot in t/browser/ for people to look at.
#
# Run by `make check-browser` (`scripts/deps browser` installs chromium).
# Under `make check` it skips: starting Chromium takes many seconds.
use strict;
use warnings;
use Test::More;
use FindBin ();
use File::Temp ();
use Compress::Zlib ();
use Cwd ();

plan skip_all => 'set NEWSCLEAN_CHECK_BROWSER=1 (make check-browser) to render the report in Chromium'
    unless $ENV{NEWSCLEAN_CHECK_BROWSER};
my ($chromium) = grep { -x } map { "/usr/bin/$_" } qw(chromium chromium-browser google-chrome);
plan skip_all => 'chromium not installed (scripts/deps browser)' unless $chromium;
my $top = $ENV{NEWSCLEAN_BUILDDIR} // "$FindBin::Bin/../..";
my $bin = "$top/newsclean";
plan skip_all => "$bin is not built" unless -x $bin;

my $fixtures = Cwd::abs_path("$FindBin::Bin/../htdocs/fixtures");
my $outdir = -w $FindBin::Bin ? $FindBin::Bin : File::Temp->newdir(TMPDIR => 1)->dirname;
my $report = "$outdir/explain.html";
my $png = "$outdir/explain.png";
my $profile = File::Temp->newdir('newsclean-chromium-XXXXXX', TMPDIR => 1);
my @flags = ('--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
             '--force-color-profile=srgb', "--user-data-dir=$profile", '--window-size=1280,2400');

is(system("'$bin' --explain=html '$fixtures/seed.html' > '$report'"), 0, 'the report is written');
my $json = `'$bin' --explain '$fixtures/seed.html'`;
my $n_dups = () = $json =~ /"reason":"duplicate"/g;
my $n_shells = () = $json =~ /"reason":"shell"/g;

# ---- the rendered DOM ----------------------------------------------------------
my $dom = `'$chromium' @flags --dump-dom 'file://$report' 2>/dev/null`;
like($dom, qr/<\/html>\s*$/, 'Chromium rendered the page (DOM dumped)');
my @shells = $dom =~ /<div class="removed shell"/g;
my @dups = $dom =~ /<div class="removed duplicate"/g;
is(scalar @shells, $n_shells, "the DOM has $n_shells highlighted shell");
is(scalar @dups, $n_dups, "the DOM has $n_dups highlighted duplicates");
like($dom, qr/<table id="actors">.*<td>Donald Trump<\/td><td>Person<\/td><td>President<\/td><td>United States<\/td>/s,
     'the actors table is rendered, Donald Trump first');
like($dom, qr/<table id="figures">.*<td>\$500 billion<\/td><td>MonetaryAmount<\/td>/s,
     'the figures table is rendered, with $500 billion');
unlike($dom, qr/<script/i, 'nothing scripted in the DOM');

# ---- the screenshot ---------------------------------------------------------------
unlink $png;
system("'$chromium' @flags --screenshot='$png' 'file://$report' >/dev/null 2>&1");
ok(-s $png, "Chromium wrote a screenshot ($png)") or BAIL_OUT('no screenshot');
my ($w, $h, $pixels) = read_png($png);
ok($w == 1280 && $h == 2400, "the screenshot is 1280x2400 (${w}x$h)");

# Pixels of each highlight colour (the report's CSS), within a small tolerance.
my %colour = (shell => [0xff, 0xd6, 0xd6], duplicate => [0xff, 0xf0, 0xc2], inserted => [0xd7, 0xf5, 0xdc],
              'table header' => [0xe8, 0xee, 0xf7]);
my %count = map { $_ => 0 } keys %colour;
for (my $i = 0; $i < length $pixels; $i += 3) {
    my ($r, $g, $b) = unpack 'C3', substr($pixels, $i, 3);
    for my $k (keys %colour) {
        my $c = $colour{$k};
        $count{$k}++, last if abs($r - $c->[0]) <= 3 && abs($g - $c->[1]) <= 3 && abs($b - $c->[2]) <= 3;
    }
}
cmp_ok($count{shell}, '>', 20_000, "the shell highlight is on screen ($count{shell} pixels)");
cmp_ok($count{duplicate}, '>', 4 * 20_000, "the duplicate highlights are on screen ($count{duplicate} pixels)");
cmp_ok($count{inserted}, '>', 5_000, "the metadata mark is on screen ($count{inserted} pixels)");
cmp_ok($count{'table header'}, '>', 5_000, "the table headers are on screen ($count{'table header'} pixels)");

done_testing();

# A minimal PNG reader for Chromium's screenshots (8-bit RGB or RGBA,
# non-interlaced): returns width, height and the pixels as packed RGB.
sub read_png {
    my ($file) = @_;
    open my $fh, '<:raw', $file or die "$file: $!";
    local $/;
    my $d = <$fh>;
    die "not a PNG\n" unless substr($d, 0, 8) eq "\x89PNG\r\n\x1a\n";
    my ($pos, $idat, $w, $h, $depth, $ctype, $interlace) = (8, '');
    while ($pos < length $d) {
        my ($len, $type) = unpack 'N a4', substr($d, $pos, 8);
        my $body = substr($d, $pos + 8, $len);
        if ($type eq 'IHDR') { ($w, $h, $depth, $ctype, undef, undef, $interlace) = unpack 'N N C C C C C', $body }
        elsif ($type eq 'IDAT') { $idat .= $body }
        $pos += 12 + $len;
    }
    die "unsupported PNG (depth $depth, colour type $ctype, interlace $interlace)\n"
        unless $depth == 8 && ($ctype == 2 || $ctype == 6) && !$interlace;
    my $bpp = $ctype == 6 ? 4 : 3;
    my $raw = Compress::Zlib::uncompress($idat) // die "bad zlib data\n";
    my $stride = $w * $bpp;
    my ($prev, $out) = ("\0" x $stride, '');
    for my $y (0 .. $h - 1) {
        my $f = ord substr($raw, $y * ($stride + 1), 1);
        my @cur = unpack 'C*', substr($raw, $y * ($stride + 1) + 1, $stride);
        my @up = unpack 'C*', $prev;
        for my $x (0 .. $stride - 1) {
            my $a = $x >= $bpp ? $cur[$x - $bpp] : 0;
            my $b = $up[$x];
            my $c = $x >= $bpp ? $up[$x - $bpp] : 0;
            if    ($f == 1) { $cur[$x] = ($cur[$x] + $a) & 255 }
            elsif ($f == 2) { $cur[$x] = ($cur[$x] + $b) & 255 }
            elsif ($f == 3) { $cur[$x] = ($cur[$x] + (($a + $b) >> 1)) & 255 }
            elsif ($f == 4) {
                my $p = $a + $b - $c;
                my ($pa, $pb, $pc) = (abs($p - $a), abs($p - $b), abs($p - $c));
                $cur[$x] = ($cur[$x] + ($pa <= $pb && $pa <= $pc ? $a : $pb <= $pc ? $b : $c)) & 255;
            }
        }
        $prev = pack 'C*', @cur;
        if ($bpp == 4) { $out .= pack 'C*', map { @cur[$_ * 4 .. $_ * 4 + 2] } 0 .. $w - 1 }
        else           { $out .= $prev }
    }
    return ($w, $h, $out);
}
