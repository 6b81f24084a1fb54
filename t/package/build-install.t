# build-install.t - the Debian package, end to end: build it with
# dpkg-buildpackage from the checkout's tracked files, check it with lintian,
# install it, enable it with a2enmod, start the system httpd (its binary and
# its /etc/apache2/mods-enabled) on free loopback ports with a private
# configuration, check that a proxied page comes out cleaned, then disable and
# purge the package.
#
# Run by `make check-package` (root; a few minutes). Under `make check` it
# skips: it installs packages system-wide and takes minutes.
use strict;
use warnings;
use Test::More;
use File::Temp ();
use File::Path qw(make_path);
use File::Copy qw(copy);
use File::Basename qw(dirname);
use FindBin ();
use IO::Socket::INET ();
use Cwd qw(abs_path);

plan skip_all => 'set NEWSCLEAN_CHECK_PACKAGE=1 (make check-package) to build and install the .deb'
    unless $ENV{NEWSCLEAN_CHECK_PACKAGE};
plan skip_all => 'needs root: installs a package' if $> != 0;
for my $tool (qw(dpkg-buildpackage dh dh_apache2 apache2 a2enmod git)) {
    plan skip_all => "$tool not found (scripts/deps package)" unless grep { -x "$_/$tool" } split /:/, "$ENV{PATH}:/usr/sbin";
}

my $PKG = 'libapache2-mod-newsclean';
my $src = abs_path($ENV{NEWSCLEAN_SRCDIR} || "$FindBin::Bin/../..");
plan skip_all => "$src is not a git checkout" unless -e "$src/.git";

my $tmp = File::Temp->newdir('newsclean-pkg-XXXXXX', TMPDIR => 1);
chmod 0755, "$tmp";
my ($installed, $enabled, $httpd_conf) = (0, 0, undef);

sub run_logged {
    my ($log, @cmd) = @_;
    my $rc = system("@cmd > '$log' 2>&1");
    return $rc == 0;
}

sub tail_of {
    my ($file, $n) = @_;
    open my $fh, '<', $file or return '';
    my @l = <$fh>;
    return join '', @l[($#l - $n + 1 < 0 ? 0 : $#l - $n + 1) .. $#l];
}

sub free_port {
    my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => 0, Listen => 1, ReuseAddr => 1)
        or die "no free port: $!";
    my $p = $s->sockport;
    close $s;
    return $p;
}

END {
    # Leave the system as it was, whatever happened above.
    if ($httpd_conf && -e "$tmp/httpd.pid") {
        system("apache2 -f '$httpd_conf' -k stop >/dev/null 2>&1");
    }
    system("a2dismod -q -f newsclean >/dev/null 2>&1") if $enabled;
    system("dpkg --purge $PKG >/dev/null 2>&1") if $installed;
}

# ---- build -----------------------------------------------------------------
my $tree = "$tmp/mod-newsclean-0.1.0";
make_path($tree);
my @files = split /\0/, `git -C '$src' ls-files -z --cached --others --exclude-standard`;
ok(scalar @files, 'the checkout lists its tracked files') or BAIL_OUT('git ls-files failed');
for my $f (@files) {
    next unless -f "$src/$f" || -l "$src/$f";
    make_path(dirname("$tree/$f"));
    copy("$src/$f", "$tree/$f") or die "copy $f: $!";
    chmod((stat "$src/$f")[2] & 07777, "$tree/$f");
}
ok(-x "$tree/debian/rules", 'debian/rules is in the tree and executable');

my $buildlog = "$tmp/build.log";
my $built = run_logged($buildlog, "cd '$tree' && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b");
ok($built, 'dpkg-buildpackage -us -uc -b') or diag(tail_of($buildlog, 40));
my ($deb) = glob("$tmp/${PKG}_*.deb");
ok($deb && -s $deb, "the package was built") or BAIL_OUT("no .deb; build log:\n" . tail_of($buildlog, 40));
note("build log tail:\n" . tail_of($buildlog, 12));

my $contents = `dpkg-deb -c '$deb'`;
for my $path ('./usr/lib/apache2/modules/mod_newsclean.so', './etc/apache2/mods-available/newsclean.load',
              './etc/apache2/mods-available/newsclean.conf', './usr/bin/newsclean',
              './usr/share/man/man1/newsclean.1.gz', './usr/share/man/man8/mod_newsclean.8.gz',
              "./usr/share/doc/$PKG/directives.md", "./usr/share/doc/$PKG/operators.md") {
    like($contents, qr/\Q$path\E$/m, "the package holds $path");
}
unlike($contents, qr/\.la$/m, 'no libtool archive in the package');

SKIP: {
    skip 'lintian not installed', 1 unless -x '/usr/bin/lintian';
    my $lint = `lintian --tag-display-limit 0 --display-info '$deb' 2>&1`;
    note("lintian:\n$lint");
    my @errors = grep { /^E: / } split /\n/, $lint;
    is(scalar @errors, 0, 'lintian reports no errors') or diag(join "\n", @errors);
}

# ---- install and serve -------------------------------------------------------
my $instlog = "$tmp/install.log";
$installed = 1;
ok(run_logged($instlog, "dpkg -i '$deb'"), "dpkg -i $PKG") or diag(tail_of($instlog, 20));
ok(-f '/usr/lib/apache2/modules/mod_newsclean.so', 'the module is installed');
ok(!-e '/etc/apache2/mods-enabled/newsclean.load', 'installing does not enable the module');
$enabled = 1;
ok(run_logged("$tmp/a2enmod.log", 'a2enmod -q newsclean'), 'a2enmod newsclean');
ok(-l '/etc/apache2/mods-enabled/newsclean.load', 'newsclean.load is enabled');
ok(system('man -w newsclean >/dev/null 2>&1') == 0 || !-x '/usr/bin/man', 'man finds newsclean(1)');

my $htdocs = "$tmp/htdocs";
make_path($htdocs);
my $fixtures = "$src/t/htdocs/fixtures";
copy("$fixtures/$_", "$htdocs/$_") or die "copy $_: $!" for qw(seed.html clean.html);
chmod 0644, glob("$htdocs/*");
chmod 0755, $htdocs;

my ($port, $backend) = (free_port(), free_port());
$httpd_conf = "$tmp/httpd.conf";
open my $c, '>', $httpd_conf or die $!;
print $c <<"EOF";
# The system httpd's modules, as a2enmod left them, on private loopback ports.
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile $tmp/httpd.pid
Mutex file:$tmp default
ErrorLog $tmp/error.log
LogLevel warn newsclean:debug
User www-data
Group www-data
Listen 127.0.0.1:$port
Listen 127.0.0.1:$backend
IncludeOptional /etc/apache2/mods-enabled/*.load
IncludeOptional /etc/apache2/mods-enabled/*.conf
<IfModule !proxy_module>
    LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so
</IfModule>
<IfModule !proxy_http_module>
    LoadModule proxy_http_module /usr/lib/apache2/modules/mod_proxy_http.so
</IfModule>
<VirtualHost 127.0.0.1:$backend>
    DocumentRoot "$htdocs"
    <Directory "$htdocs">
        Require all granted
    </Directory>
</VirtualHost>
<VirtualHost 127.0.0.1:$port>
    <Location "/news/">
        ProxyPass "http://127.0.0.1:$backend/"
        NewsClean On
    </Location>
</VirtualHost>
EOF
close $c;

ok(run_logged("$tmp/configtest.log", "apache2 -f '$httpd_conf' -t"), 'the configuration parses')
    or diag(tail_of("$tmp/configtest.log", 20));
ok(run_logged("$tmp/start.log", "apache2 -f '$httpd_conf' -k start"), 'httpd starts with the packaged module')
    or diag(tail_of("$tmp/start.log", 20) . tail_of("$tmp/error.log", 20));

# Wait until httpd answers (a readiness poll, not a timing assertion).
my $up = 0;
for (1 .. 200) {
    if (IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 1)) { $up = 1; last }
    select(undef, undef, undef, 0.05);
}
ok($up, "httpd listens on 127.0.0.1:$port");

sub http_get {
    my ($p, $path) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $p, Timeout => 30) or return;
    print $s "GET $path HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    local $/;
    my $r = <$s>;
    my ($head, $body) = split /\r\n\r\n/, $r // '', 2;
    return ($head // '', $body // '');
}

my ($rawhead, $raw) = http_get($backend, '/seed.html');
my ($head, $body) = http_get($port, '/news/seed.html');
like($head, qr{^HTTP/1\.\d 200}, 'the proxied page answers 200');
my $expected = `/usr/bin/newsclean '$htdocs/seed.html'`;
is(length($body), length($expected), 'the proxied page has the length the installed newsclean gives');
ok($body eq $expected, 'the proxied page is exactly what the installed newsclean makes of it');
ok($raw =~ /Sorry!!/ && $body !~ /Sorry!!/, 'the error shell is gone');
like($body, qr{<script type="application/ld\+json">}, 'the JSON-LD block is there');
like($head, qr/^Content-Length: ${\ length $body}\r?$/mi, 'Content-Length is exact');

ok(run_logged("$tmp/stop.log", "apache2 -f '$httpd_conf' -k stop"), 'httpd stops');
for (1 .. 200) { last unless -e "$tmp/httpd.pid"; select(undef, undef, undef, 0.05) }
ok(!-e "$tmp/httpd.pid", 'httpd has exited');
$httpd_conf = undef;

# ---- remove -------------------------------------------------------------------
ok(run_logged("$tmp/a2dismod.log", 'a2dismod -q newsclean'), 'a2dismod newsclean');
$enabled = 0;
ok(run_logged("$tmp/purge.log", "dpkg --purge $PKG"), "dpkg --purge $PKG") or diag(tail_of("$tmp/purge.log", 20));
$installed = 0;
ok(!-e '/usr/lib/apache2/modules/mod_newsclean.so' && !-e '/etc/apache2/mods-available/newsclean.conf'
   && !-e '/usr/bin/newsclean', 'purging removes the module, its configuration and the command');

done_testing();
