# http_charset.t - which charset the engine reads a page in, in the order
# browsers use (byte order mark, then the Content-Type header, then <meta>,
# then a guess), shown by the newsclean-charset note in X-NewsClean; the page
# is never transcoded; UTF-16 pages (by header or BOM) pass through untouched
# with a reason.  Fixtures in t/htdocs/fixtures/http/: the charset label in
# the header comes from the file name (.cp1252, .utf16; see extra.conf.in).
use strict;
use warnings FATAL => 'all';

use FindBin ();
use lib "$FindBin::Bin/../lib";

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use NewsClean::TestUtil qw(backend_get only_deletions $LD_RE);

sub check {
    my ($name, $header_cs, $want, $why) = @_;
    my $orig = backend_get("/http/$name");
    my $ct = $orig->header('Content-Type') // '';
    if (defined $header_cs) {
        like $ct, qr/charset=\Q$header_cs\E/i, "backend: $name is labelled $header_cs";
    }
    else {
        unlike $ct, qr/charset/i, "backend: $name has no charset in Content-Type";
    }
    my $res = GET("/debug/http/$name");
    is $res->code, 200, "$name: 200";
    like $res->header('X-NewsClean') // '', qr/^action=cleaned .*charset=\Q$want\E /,
         "$name: cleaned, read as $want ($why)";
    my $body = $res->content;
    my ($ld) = $body =~ $LD_RE;
    like $ld // '', qr/Ukraine\\u2019s minerals/, "$name: the headline's apostrophe decoded right";
    (my $kept = $body) =~ s/$LD_RE//;
    ok only_deletions($kept, $orig->content), "$name: every byte kept is the backend's (no transcoding)";
    if ($orig->content =~ /^\xEF\xBB\xBF/) {
        is substr($body, 0, 3), "\xEF\xBB\xBF", "$name: the byte order mark is still the first thing sent";
    }
}

check('bom-utf8.html.cp1252', 'windows-1252', 'utf-8', 'the BOM beats the header and <meta>');
check('header-beats-meta.html.cp1252', 'windows-1252', 'windows-1252', 'the header beats <meta charset=utf-8>');
check('meta-only.html', undef, 'windows-1252', '<meta http-equiv> when the header has none');
check('guess.html', undef, 'windows-1252', 'no label, not UTF-8: windows-1252');
{
    # The seed itself: UTF-8 by <meta>.
    my $res = GET('/debug/seed.html');
    like $res->header('X-NewsClean') // '', qr/charset=utf-8 /, 'seed.html: read as utf-8';
}

# UTF-16: untouched, with the reason in the note.
for my $case (['utf16le-bom.html', 'utf-16le', 'a UTF-16LE byte order mark'],
              ['utf16-header.html.utf16', 'utf-16', 'charset=utf-16 in the header']) {
    my ($name, $cs, $why) = @$case;
    my $orig = backend_get("/http/$name");
    my $res = GET("/debug/http/$name");
    is $res->code, 200, "$name: 200";
    ok $res->content eq $orig->content, "$name: byte-identical ($why)";
    like $res->header('X-NewsClean') // '', qr/^action=skipped reason=charset-not-ascii-compatible:\Q$cs\E$/,
         "$name: skipped, reason charset-not-ascii-compatible:$cs";
    is $res->header('ETag'), $orig->header('ETag'), "$name: backend ETag unchanged" if $name =~ /header/;
}

done_testing();
