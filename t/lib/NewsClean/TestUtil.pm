# NewsClean::TestUtil - helpers the .t files share: fetching the backend's own
# bytes, counting occurrences, and checking that a cleaned page only lost
# bytes (every byte kept is the backend's byte, in order).
package NewsClean::TestUtil;
use strict;
use warnings FATAL => 'all';

use Apache::TestRequest ();
use Exporter 'import';
our @EXPORT_OK = qw(backend_get count only_deletions $LD_RE);

# The JSON-LD block as the filter writes it, with the one newline it adds.
our $LD_RE = qr{<script type="application/ld\+json">(.*?)</script>\n?}s;

# GET straight from the backend vhost: the page before the filter.
sub backend_get {
    my ($path) = @_;
    local $Apache::TestRequest::Module = 'backend';
    return Apache::TestRequest::GET($path);
}

# Number of non-overlapping occurrences of $needle in $hay.
sub count {
    my ($hay, $needle) = @_;
    my ($n, $pos) = (0, 0);
    while (($pos = index($hay, $needle, $pos)) >= 0) { $n++; $pos += length $needle; }
    return $n;
}

# True when $kept is $orig with some byte ranges deleted (an ordered subsequence).
sub only_deletions {
    my ($kept, $orig) = @_;
    my ($i, $j, $n, $m) = (0, 0, length $kept, length $orig);
    while ($i < $n && $j < $m) {
        $i++ if substr($kept, $i, 1) eq substr($orig, $j, 1);
        $j++;
    }
    return $i == $n;
}

1;
