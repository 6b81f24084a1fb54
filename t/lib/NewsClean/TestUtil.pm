# NewsClean::TestUtil - helpers the .t files share: fetching the backend's own
# bytes, counting occurrences, checking that a cleaned page only lost bytes
# (every byte kept is the backend's byte, in order), and httpd -t on a
# configuration of a few lines.
package NewsClean::TestUtil;
use strict;
use warnings FATAL => 'all';

use Apache::Test ();
use Apache::TestRequest ();
use Apache::TestUtil qw(t_catfile);
use File::Temp ();
use Exporter 'import';
our @EXPORT_OK = qw(backend_get count only_deletions configtest $LD_RE);

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

# httpd -t on a minimal prefork configuration that loads the module built
# here, followed by LINES; returns (exit status, httpd's output).
sub configtest {
    my ($lines) = @_;
    my $cfg = Apache::Test::config();
    my $so = t_catfile($cfg->{vars}{top_dir}, '.libs', 'mod_newsclean.so');
    my $dir = File::Temp::tempdir(CLEANUP => 1);
    open my $fh, '>', "$dir/t.conf" or die "$dir/t.conf: $!";
    print $fh "ServerRoot $dir\nServerName localhost\nListen 127.0.0.1:1\nPidFile $dir/pid\n"
            . "ErrorLog $dir/error_log\n"
            . "LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so\n"
            . "LoadModule newsclean_module $so\n" . $lines;
    close $fh;
    my $out = `'$cfg->{vars}{httpd}' -t -f '$dir/t.conf' 2>&1`;
    return ($? >> 8, $out);
}

1;
