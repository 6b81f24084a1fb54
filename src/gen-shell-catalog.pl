#!/usr/bin/perl
# gen-shell-catalog.pl - build-time generator of the shell catalog: the exact
# sentences real servers and CMSs print on their error pages, in every
# language their translators wrote, read from the software's own files.
#
#   perl src/gen-shell-catalog.pl APACHE_ERROR_DIR DJANGO_DIR WP_LANG_DIR SQUID_DIR \
#        [TOMCAT_DIR] > src/shell_catalog_data.c
#
#   apache2-data    /usr/share/apache2/error/*.html.var   httpd's error documents
#   python3-django  django/conf/locale, django/contrib/admin/locale (*.po),
#                   django/views/defaults.py and the debug templates (English)
#   wordpress-l10n  /usr/share/wordpress/wp-content/languages/*.mo
#   squid-langpack  /usr/share/squid-langpack/<lang>/ERR_*
#   libtomcat10-java /usr/share/maven-repo/org/apache/tomcat: the error report
#                   valve's strings in tomcat-catalina's and tomcat-i18n-*'s jars
#
# Only a fixed list of English sources is read (the msgids and documents below
# are things only an error page says); every translation of them is taken.
# Each text is cut into sentences and normalised exactly as shell_catalog.c
# normalises a block's text (keep the two in step). A sentence with a
# placeholder in it (%s, {{ var }}, <!--#echo -->, Squid's %U) gives its fixed
# start as a prefix entry. Output is sorted so rebuilds do not churn.
use strict;
use warnings;
use Encode qw(decode encode);
use HTML::Entities qw(decode_entities);
use IO::Uncompress::Unzip qw($UnzipError);

my ($apache_dir, $django_dir, $wp_dir, $squid_dir, $tomcat_dir) = @ARGV;
die "usage: $0 APACHE_ERROR_DIR DJANGO_DIR WP_LANG_DIR SQUID_DIR [TOMCAT_DIR]\n" unless defined $squid_dir;

my $VAR = "\x{1}";                 # where a placeholder stood
my (%exact, %prefix);

# ------------------------------------------------------------ normalising
# Byte-level, on UTF-8: the same steps as nc_catalog_normalise() in C.
sub normalise {
    my ($s) = @_;                  # a byte string
    my $out = '';
    my $space = 0;
    my @b = unpack 'C*', $s;
    for (my $i = 0; $i < @b; $i++) {
        my $c = $b[$i];
        my $emit;
        my ($c1, $c2) = ($b[$i + 1] // 0, $b[$i + 2] // 0);
        if ($c == 0x20 || ($c >= 0x09 && $c <= 0x0d)) { $space = 1; next }
        if ($c == 0xC2 && $c1 == 0xA0) { $i++; $space = 1; next }
        if ($c == 0xE2 && $c1 == 0x80 && (($c2 >= 0x80 && $c2 <= 0x8B) || $c2 == 0xAF)) { $i += 2; $space = 1; next }
        if ($c == 0xE3 && $c1 == 0x80 && $c2 == 0x80) { $i += 2; $space = 1; next }
        if ($c == 0xE2 && $c1 == 0x80 && ($c2 == 0x98 || $c2 == 0x99 || $c2 == 0x9B)) { $i += 2; $emit = "'" }
        elsif ($c == 0xE2 && $c1 == 0x80 && ($c2 == 0x9C || $c2 == 0x9D || $c2 == 0x9E)) { $i += 2; $emit = '"' }
        elsif ($c == 0xE2 && $c1 == 0x80 && $c2 >= 0x90 && $c2 <= 0x95) { $i += 2; $emit = '-' }
        elsif ($c == 0xE2 && $c1 == 0x80 && $c2 == 0xA6) { $i += 2; $emit = '...' }
        elsif ($c == 0xCA && $c1 == 0xBC) { $i++; $emit = "'" }
        elsif ($c == 0xC2 && $c1 == 0xB4) { $i++; $emit = "'" }
        elsif ($c == 0xC2 && ($c1 == 0xAB || $c1 == 0xBB)) { $i++; $emit = '"' }
        elsif ($c == 0x60) { $emit = "'" }
        elsif ($c >= 0x41 && $c <= 0x5A) { $emit = chr($c + 0x20) }
        elsif ($c == 0xC3 && $c1 >= 0x80 && $c1 <= 0x9E && $c1 != 0x97) { $i++; $emit = chr(0xC3) . chr($c1 + 0x20) }
        elsif ($c == 0xD0 && $c1 >= 0x90 && $c1 <= 0x9F) { $i++; $emit = chr(0xD0) . chr($c1 + 0x20) }
        elsif ($c == 0xD0 && $c1 >= 0xA0 && $c1 <= 0xAF) { $i++; $emit = chr(0xD1) . chr($c1 - 0x20) }
        elsif ($c == 0xD0 && $c1 >= 0x80 && $c1 <= 0x8F) { $i++; $emit = chr(0xD1) . chr($c1 + 0x10) }
        else { $emit = chr($c) }
        $out .= ' ' if $space && length $out;
        $space = 0;
        $out .= $emit;
    }
    return $out;
}

# Leading " ' ( ¡ ¿ and spaces; trailing . ! ? : ; , " ' 。 ！ ？ ؟ and spaces.
sub trim {
    my ($s) = @_;
    1 while $s =~ s/^(?:[ "'(]|\xC2\xA1|\xC2\xBF)//;
    1 while $s =~ s/(?:[ .!?:;,"']|\xE3\x80\x82|\xEF\xBC\x81|\xEF\xBC\x9F|\xD8\x9F)$//;
    return $s;
}

# Sentences of normalised text: after ". " "! " "? " "؟ " or after 。！？.
sub sentences {
    my ($s) = @_;
    return grep { length } map { trim($_) }
        split /(?<=[.!?]) |(?<=\xD8\x9F) |(?<=\xE3\x80\x82)|(?<=\xEF\xBC\x81)|(?<=\xEF\xBC\x9F)/, $s;
}

sub words { my @w = split / /, $_[0]; scalar @w }
sub code_points { my $n = () = $_[0] =~ /[\x00-\x7F\xC0-\xFF]/g; $n }
sub spaced { $_[0] =~ / / || $_[0] =~ /[a-z]{4}/ }

# Specific enough to be an error page's and nothing else's: a whole title of
# two words (12 bytes or more), a sentence cut from a longer text of five,
# or in scripts without spaces four / eight characters.
sub specific {
    my ($s, $whole) = @_;
    return code_points($s) >= ($whole ? 4 : 8) unless spaced($s);
    my $w = words($s);
    return $whole ? ($w >= 3 || ($w == 2 && length($s) >= 12)) : $w >= 5;
}

# A text (Perl characters, VAR where a placeholder stood) into entries.
sub add_text {
    my ($text) = @_;
    $text =~ s/\s+/ /g;
    my $bytes = encode('UTF-8', $text);
    my @parts = split /\x{1}/, $bytes, -1;
    # the text's fixed start, before its first placeholder
    my $head = normalise($parts[0]);
    my @s = sentences($head);
    my $whole = @s == 1;
    if (@parts > 1) {
        my $last = pop @s;
        $prefix{$last} = 1 if defined $last && $last =~ / / && words($last) >= 4;
    }
    for (@s) { $exact{$_} = 1 if specific($_, $whole) }
    # whole sentences after a placeholder ("%U. The following error ...")
    for my $p (@parts[1 .. $#parts]) {
        my @t = sentences(normalise($p));
        pop @t if $p ne $parts[-1];          # runs into the next placeholder
        shift @t if @t && $p !~ /^\s*[.!?]/; # the rest of a sentence around a placeholder
        for (@t) { $exact{$_} = 1 if specific($_, 0) }
    }
}

# Markup into texts: block-level tags and control comments end a text.
sub add_markup {
    my ($html, $var_re) = @_;
    $html =~ s/<!--#(?:echo|include)\b.*?-->/$VAR/gs;
    $html =~ s/<!--.*?-->/\n\x{2}\n/gs;
    $html =~ s/\{%.*?%\}/\x{2}/gs;
    $html =~ s/\{\{.*?\}\}/$VAR/gs;
    $html =~ s/$var_re/$VAR/g if $var_re;
    $html =~ s{<(?:style|script)\b.*?</(?:style|script)>}{\x{2}}gis;
    $html =~ s{</?(?:p|div|h[1-6]|li|ul|ol|table|tr|td|th|pre|blockquote|br|hr|title|head|body|html|address|fieldset|legend|form)\b[^>]*>}{\x{2}}gi;
    $html =~ s/<[^>]*>//g;
    for my $t (split /\x{2}/, $html) {
        $t = decode_entities($t);
        $t =~ s/\x{a0}/ /g;
        next unless $t =~ /\w/;
        add_text($t);
    }
}

sub slurp { my ($f) = @_; open my $fh, '<:raw', $f or die "gen-shell-catalog.pl: cannot read $f: $!\n"; local $/; scalar <$fh> }

# ------------------------------------------------------------ httpd
my $n_apache = 0;
for my $file (sort glob "$apache_dir/*.html.var") {
    my $var = slurp($file);
    for my $variant (split /\n(?=Content-language:)/, $var) {
        my ($charset) = $variant =~ /charset=([\w-]+)/i or next;
        my ($body) = $variant =~ /Body:(-+[\w-]+--)\n(.*?)\n\1/s ? ($2) : ();
        next unless defined $body;
        my $text = decode($charset, $body);
        add_text(decode_entities($1)) while $text =~ /<!--#set var="TITLE" value="([^"]*)"/g;
        add_markup($text);
        $n_apache++;
    }
}
die "gen-shell-catalog.pl: no httpd error documents in $apache_dir (install apache2-data)\n" unless $n_apache;

# httpd's canned error texts (modules/http/http_protocol.c,
# get_canned_error_string): what it prints when no ErrorDocument is set, the
# most common Apache error page there is; English only, httpd has no
# translations of them. Copied as httpd 2.4 words them.
my @HTTPD_CANNED = (
    "Your browser sent a request that this server could not understand.",
    "This server could not verify that you are authorized to access the document requested.  Either you supplied the wrong credentials (e.g., bad password), or your browser doesn't understand how to supply the credentials required.",
    "You don't have permission to access this resource.",
    "The requested URL was not found on this server.",
    "The server encountered an internal error or misconfiguration and was unable to complete your request.",
    "The proxy server received an invalid response from an upstream server.",
    "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.",
    "The gateway did not receive a timely response from the upstream server or application.",
);
add_text($_) for @HTTPD_CANNED;

# ------------------------------------------------------------ gettext
# The English sources read from .po/.mo catalogs: what only an error page says.
my @DJANGO_MSGIDS = (
    'Page not found',
    "We\x{2019}re sorry, but the requested page could not be found.",
    'Server error (500)',
    'Server Error <em>(500)</em>',
    "There\x{2019}s been an error. It\x{2019}s been reported to the site administrators via email and should be fixed shortly. Thanks for your patience.",
    'CSRF verification failed. Request aborted.',
);
my @WP_MSGIDS = (
    'Page not found',
    'Error establishing a database connection',
    'Sorry, no posts matched your criteria.',
    'Briefly unavailable for scheduled maintenance. Check back in a minute.',
    'Sorry, you are not allowed to access this page.',
    'There has been a critical error on this website.',
    'The link you followed has expired.',
);
my $PRINTF_VAR = qr/%(?:\(\w+\))?[sd]|%\d\$[sd]/;

sub add_msgstr {
    my ($s) = @_;
    $s =~ s/$PRINTF_VAR/$VAR/g;
    add_markup($s);
}

sub po_unescape { my ($s) = @_; $s =~ s/\\n/ /g; $s =~ s/\\(["\\])/$1/g; $s }

sub read_po {
    my ($file, $want) = @_;
    my $po = decode('UTF-8', slurp($file));
    my $n = 0;
    for my $entry (split /\n\n/, $po) {
        next if $entry =~ /^#, .*fuzzy/m;
        my ($id) = $entry =~ /^msgid ((?:".*"\n?)+)/m or next;
        my ($str) = $entry =~ /^msgstr ((?:".*"\n?)+)/m or next;
        $id = po_unescape(join '', $id =~ /"(.*)"/g);
        $str = po_unescape(join '', $str =~ /"(.*)"/g);
        next unless $want->{$id} && length $str;
        add_msgstr($str);
        $n++;
    }
    return $n;
}

sub read_mo {
    my ($file, $want) = @_;
    my $mo = slurp($file);
    my $magic = unpack 'V', $mo;
    my $e = $magic == 0x950412de ? 'V' : 'N';
    my (undef, undef, $count, $ids, $strs) = unpack "$e$e$e$e$e", $mo;
    my $n = 0;
    for my $i (0 .. $count - 1) {
        my ($il, $io) = unpack "$e$e", substr($mo, $ids + 8 * $i, 8);
        my ($sl, $so) = unpack "$e$e", substr($mo, $strs + 8 * $i, 8);
        my $id = decode('UTF-8', substr($mo, $io, $il));
        next unless $want->{$id};
        my ($str) = split /\0/, decode('UTF-8', substr($mo, $so, $sl));
        next unless defined $str && length $str;
        add_msgstr($str);
        $n++;
    }
    return $n;
}

my %django = map { $_ => 1 } @DJANGO_MSGIDS;
my $n_django = 0;
add_msgstr($_) for @DJANGO_MSGIDS;
for my $po (sort(glob("$django_dir/conf/locale/*/LC_MESSAGES/django.po"),
                 glob("$django_dir/contrib/admin/locale/*/LC_MESSAGES/django.po"))) {
    $n_django += read_po($po, \%django);
}
# Django's own error pages and debug pages are English only.
my $defaults = decode('UTF-8', slurp("$django_dir/views/defaults.py"));
add_text($1) while $defaults =~ /['"](?:title|details)['"]:\s*'([^']+)'/g;
# (technical_500.html is left out: its table headings, "Django Version", are not
# sentences only an error page says.)
add_markup(decode('UTF-8', slurp("$django_dir/views/templates/technical_404.html")));
die "gen-shell-catalog.pl: no Django translations under $django_dir (install python3-django)\n" unless $n_django;

my %wp = map { $_ => 1 } @WP_MSGIDS;
my $n_wp = 0;
add_msgstr($_) for @WP_MSGIDS;
$n_wp += read_mo($_, \%wp) for sort grep { !m{/continents-cities-} } glob "$wp_dir/*.mo";
warn "gen-shell-catalog.pl: no WordPress translations in $wp_dir; the catalog has WordPress's English only (scripts/deps fetches them)\n"
    unless $n_wp;

# ------------------------------------------------------------ Squid
# The pages a reader behind a proxy or an accelerator meets; %X are Squid's
# placeholders. Regional aliases (es-mx...) repeat their language's text.
my @SQUID = qw(ERR_ACCESS_DENIED ERR_CANNOT_FORWARD ERR_CONNECT_FAIL ERR_DNS_FAIL
               ERR_FORWARDING_DENIED ERR_GATEWAY_FAILURE ERR_INVALID_REQ ERR_INVALID_RESP
               ERR_INVALID_URL ERR_LIFETIME_EXP ERR_READ_ERROR ERR_READ_TIMEOUT
               ERR_SHUTTING_DOWN ERR_TOO_BIG ERR_ZERO_SIZE_OBJECT);
my $n_squid = 0;
for my $dir (sort grep { -d && !-l } glob "$squid_dir/*") {
    for my $err (@SQUID) {
        next unless -f "$dir/$err";
        my $page = slurp("$dir/$err");
        my ($charset) = $page =~ /charset=([\w-]+)/i;
        add_markup(decode($charset // 'UTF-8', $page), qr/%[a-zA-Z]/);
        $n_squid++;
    }
}
die "gen-shell-catalog.pl: no Squid error pages in $squid_dir (install squid-langpack)\n" unless $n_squid;

# ------------------------------------------------------------ Tomcat
# Tomcat's error report (ErrorReportValve) in the languages its i18n jars
# ship: the status descriptions (RFC 9110's, which other servers quote too)
# and the note under an exception. Read from the jars' .properties (Latin-1
# with \uXXXX escapes) for org/apache/catalina/valves. 402's description
# ("reserved for future use") is no error page's.
my $TOMCAT_PROPS = qr{^org/apache/catalina/valves/LocalStrings(?:_[\w-]+)?\.properties$};
my $TOMCAT_KEYS = qr/^(?:http\.(?!402)[45]\d\d\.desc|errorReportValve\.rootCauseInLogs)$/;

sub read_properties {
    my ($text) = @_;
    $text =~ s/\\\r?\n[ \t]*//g;                 # continued lines
    my %p;
    for (split /\r?\n/, $text) {
        next if /^\s*[#!]/;
        my ($k, $v) = /^\s*([^=:\s]+)\s*[=:]\s*(.*)$/ or next;
        $v =~ s/\\u([0-9a-fA-F]{4})/chr hex $1/ge;
        $v =~ s/\\(.)/$1/g;
        $p{$k} = $v;
    }
    return \%p;
}

my $n_tomcat = 0;
if (defined $tomcat_dir) {
    for my $jar (sort glob("$tomcat_dir/tomcat-catalina/*/tomcat-catalina-[0-9]*.jar"),
                 glob("$tomcat_dir/tomcat-i18n-*/*/tomcat-i18n-*-[0-9]*.jar")) {
        my $z = IO::Uncompress::Unzip->new($jar)
            or die "gen-shell-catalog.pl: cannot read $jar: $UnzipError\n";
        for (my $status = 1; $status > 0; $status = $z->nextStream) {
            my $name = $z->getHeaderInfo->{Name};
            next unless $name =~ $TOMCAT_PROPS;
            my $body = '';
            $body .= $_ while defined($_ = $z->getline);
            my $p = read_properties(decode('ISO-8859-1', $body));
            add_text($p->{$_}) for grep { $_ =~ $TOMCAT_KEYS } sort keys %$p;
            $n_tomcat++;
        }
        $z->close;
    }
}
warn "gen-shell-catalog.pl: no Tomcat translations" . (defined $tomcat_dir ? " in $tomcat_dir" : '')
   . "; the catalog has no Tomcat wording (scripts/deps fetches it)\n" unless $n_tomcat;

# ------------------------------------------------------------ output
sub cstr {
    my ($b) = @_;
    $b =~ s/(["\\])/\\$1/g;
    $b =~ s/([^\x20-\x7e])/sprintf('\\%03o', ord $1)/ge;
    $b =~ s/\?\?/?\\?/g;               # no trigraphs
    return "\"$b\"";
}
delete $exact{$_} for grep { /\x01/ } keys %exact;
delete $prefix{$_} for grep { /\x01/ } keys %prefix;
printf "/* Generated by src/gen-shell-catalog.pl from %d httpd error documents, %d Django\n"
     . " * and %d WordPress translations, %d Squid error pages and %d Tomcat string\n"
     . " * tables. Do not edit. */\n", $n_apache, $n_django, $n_wp, $n_squid, $n_tomcat;
print "#include \"shell_catalog.h\"\n\n";
print "const char *const nc_catalog_sentences[] = {\n";
print "    ", cstr($_), ",\n" for sort keys %exact;
print "    NULL\n};\n\n";
print "const char *const nc_catalog_prefixes[] = {\n";
print "    ", cstr($_), ",\n" for sort keys %prefix;
print "    NULL\n};\n";
