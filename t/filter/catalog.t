# catalog.t - the shell catalog's software wording, through the real proxy:
# Tomcat's French 403 description (from libtomcat10-java's i18n jar, read
# at build time by src/gen-shell-catalog.pl), pasted by a broken include in
# a box after the story, with no other sign of an error page around it.
# The box goes, tags and all; every other byte is the backend's.
use strict;
use warnings FATAL => 'all';

use Apache::Test qw(-withtestmore);
use Apache::TestRequest qw(GET);
use Apache::TestUtil qw(t_catfile);
use FindBin ();
use lib "$FindBin::Bin/../lib";
use NewsClean::TestUtil qw(backend_get count $LD_RE);

# Tomcat's translations are optional at build time (scripts/deps fetches
# them; configure only warns without them): the generated catalog says how
# many of its string tables it read.
my $catalog = t_catfile(Apache::Test::vars('top_dir'), 'src', 'shell_catalog_data.c');
my $tables = do { open my $fh, '<', $catalog or die "$catalog: $!"; local $/; <$fh> =~ /(\d+) Tomcat string/ ? $1 : 0 };
plan skip_all => 'the shell catalog was built without Tomcat\'s translations' unless $tables;
plan tests => 5;

my $path = '/catalog-tomcat-fr.html';
my $orig = backend_get($path)->content;
my $box  = qq{<div class="include-bas">\n<p>L'acc\xC3\xA8s \xC3\xA0 la ressource demand\xC3\xA9e a \xC3\xA9t\xC3\xA9 interdit.</p>\n</div>\n};
is count($orig, $box), 1, "$path: the backend sends the box once";

my $res = GET("/directive$path");
is $res->code, 200, "/directive$path: 200";
(my $rest = $res->content) =~ s/$LD_RE//;
(my $want = $orig) =~ s/\Q$box\E//;
is $rest, $want, "/directive$path: exactly the box removed, every other byte kept";
like $res->content, qr/<script type="application\/ld\+json">/, "/directive$path: metadata block added";
is count($rest, 'Hervé Martel'), 1, "/directive$path: the story stays";
