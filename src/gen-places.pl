#!/usr/bin/perl
# gen-places.pl - build-time generator of the extractor's knowledge tables.
#
#   perl src/gen-places.pl /usr/share/iso-codes/json [zoneinfo-dir] [dict-file] > src/places_data.c
#
# Reads maintained Debian data instead of hand-typed lists:
#   iso-codes  iso_3166-1.json  countries: canonical names, aliases, codes, demonyms
#              iso_3166-2.json  first-level subdivisions (US states, UK nations...)
#              iso_4217.json    currency codes and names
#   tzdata     zone.tab + tzdata.zi  cities (zone names and their links)
#   wamerican  american-english      "ordinary" words: lower-case entries whose
#              capitalised form is not an entry (However, Earlier, Legal...),
#              emitted as sorted FNV-1a hashes so the table is small.
# Only derivation rules and short documented exception tables live here.
# The output is deterministic (sorted) so rebuilds do not churn.
use strict;
use warnings;
use JSON::PP;
use Unicode::Normalize qw(NFD);

my $iso_dir  = shift // '/usr/share/iso-codes/json';
my $zone_dir = shift // '/usr/share/zoneinfo';
my $dict     = shift // '/usr/share/dict/american-english';

sub read_json {
    my ($file) = @_;
    open(my $fh, '<:raw', $file) or die "gen-places.pl: cannot read $file: $!\n";
    local $/;
    return JSON::PP->new->utf8->decode(<$fh>);
}

# ---------------------------------------------------------------- countries
# Canonical name: common_name, else name without ", qualifier" / "(...)".
# Overrides where news English differs from both (documented, short).
my %NAME_OVERRIDE = (
    RU => 'Russia', TR => 'Turkey', BN => 'Brunei', VA => 'Vatican City',
    CD => 'Democratic Republic of the Congo', CG => 'Republic of the Congo',
    FM => 'Micronesia', PS => 'Palestine', VG => 'British Virgin Islands',
    VI => 'US Virgin Islands',
);
# Extra aliases seen in news copy; alpha-2 codes are never tokens on their own
# ("AI", "PM", "IT", "IN" are words or other acronyms), only those listed here.
my %EXTRA_ALIASES = (
    US => ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States of America'],
    GB => ['UK', 'U.K.', 'Britain', 'Great Britain'],
    AE => ['UAE', 'U.A.E.', 'Emirates'],
    CD => ['DRC', 'DR Congo', 'Congo-Kinshasa'],
    CG => ['Congo-Brazzaville'],
    CI => ['Ivory Coast'], MM => ['Burma'], SZ => ['Swaziland'], CV => ['Cape Verde'],
    TL => ['East Timor'], VA => ['Vatican', 'Holy See'], MK => ['Macedonia'],
    KP => ['DPRK'], KR => ['Republic of Korea'], NL => ['Holland'], MO => ['Macau'],
    BA => ['Bosnia'], CZ => ['Czech Republic'], TR => ['Türkiye', 'Turkiye'],
    PS => ['Palestinian Territories'], SA => ['KSA'],
);
# Demonyms that suffix rules cannot derive. A country listed here uses only these.
my %DEMONYM_EXCEPT = (
    US => ['American'], GB => ['British', 'Briton'], FR => ['French'], DE => ['German'],
    CN => ['Chinese'], JP => ['Japanese'], NL => ['Dutch'], CH => ['Swiss'], GR => ['Greek'],
    TR => ['Turkish'], ES => ['Spanish'], SE => ['Swedish'], DK => ['Danish'],
    NO => ['Norwegian'], PL => ['Polish'], FI => ['Finnish'], IE => ['Irish'],
    IS => ['Icelandic'], TH => ['Thai'], PH => ['Filipino', 'Philippine'],
    LB => ['Lebanese'], VN => ['Vietnamese'], TW => ['Taiwanese'], PT => ['Portuguese'],
    SD => ['Sudanese'], SS => ['South Sudanese'], CD => ['Congolese'], CG => ['Congolese'],
    SN => ['Senegalese'], NP => ['Nepalese', 'Nepali'], BT => ['Bhutanese'], MT => ['Maltese'],
    CA => ['Canadian'], CL => ['Chilean'], AR => ['Argentine', 'Argentinian'],
    GH => ['Ghanaian'], AF => ['Afghan'], KZ => ['Kazakh'], UZ => ['Uzbek'], TJ => ['Tajik'],
    KG => ['Kyrgyz'], TM => ['Turkmen'], CZ => ['Czech'], SK => ['Slovak'], SI => ['Slovenian'],
    SA => ['Saudi', 'Saudi Arabian'], AE => ['Emirati'], NZ => ['New Zealand'],
    BY => ['Belarusian'], MD => ['Moldovan'], BA => ['Bosnian'], CY => ['Cypriot'],
    MC => ['Monegasque'], LU => ['Luxembourgish'], SV => ['Salvadoran'], PE => ['Peruvian'],
    MZ => ['Mozambican'], NE => ['Nigerien'], TG => ['Togolese'], BD => ['Bangladeshi'],
    PK => ['Pakistani'], IL => ['Israeli'], IQ => ['Iraqi'], YE => ['Yemeni'], KW => ['Kuwaiti'],
    QA => ['Qatari'], OM => ['Omani'], BH => ['Bahraini'], AZ => ['Azerbaijani'],
    EG => ['Egyptian'], BR => ['Brazilian'], IR => ['Iranian'], JO => ['Jordanian'],
    KR => ['South Korean'], KP => ['North Korean'], UA => ['Ukrainian'],
    PS => ['Palestinian'], MG => ['Malagasy'], MV => ['Maldivian'], HK => ['Hong Konger'],
    MO => ['Macanese'], GE => ['Georgian'], CI => ['Ivorian'], MM => ['Burmese'],
    HR => ['Croatian'], RS => ['Serbian'], DO => ['Dominican'], DM => ['Dominican'],
    MX => ['Mexican'], MA => ['Moroccan'], DZ => ['Algerian'], TN => ['Tunisian'],
    LY => ['Libyan'], ZA => ['South African'], ET => ['Ethiopian'], SO => ['Somali'],
    ER => ['Eritrean'], BE => ['Belgian'], AT => ['Austrian'], HU => ['Hungarian'],
    IT => ['Italian'], RO => ['Romanian'], BG => ['Bulgarian'], SY => ['Syrian'],
    IN => ['Indian'], ID => ['Indonesian'], MY => ['Malaysian'], SG => ['Singaporean'],
    AU => ['Australian'], RU => ['Russian'], LK => ['Sri Lankan'], KH => ['Cambodian'],
    LA => ['Lao', 'Laotian'], MN => ['Mongolian'], NG => ['Nigerian'], KE => ['Kenyan'],
    CU => ['Cuban'], VE => ['Venezuelan'], CO => ['Colombian'], BO => ['Bolivian'],
    EE => ['Estonian'], LV => ['Latvian'], LT => ['Lithuanian'], AL => ['Albanian'],
    AM => ['Armenian'], ME => ['Montenegrin'], MK => ['Macedonian'],
);
# Cities whose old and new spellings are not similar enough for the link rule below.
my %CITY_RENAMES = (
    'Calcutta' => 'Kolkata', 'Rangoon' => 'Yangon', 'Saigon' => 'Ho Chi Minh',
    'Godthab' => 'Nuuk', 'Chungking' => 'Chongqing', 'Bombay' => 'Mumbai',
    'Peking' => 'Beijing', 'Odessa' => 'Odesa', 'Kharkov' => 'Kharkiv',
);
# tz place names that are ordinary words or given names in news prose.
my %CITY_SKIP = map { $_ => 1 } qw(Easter Christmas Stanley Regina Darwin Knox Marengo
    Petersburg Beulah Vincennes Monticello Midway Wake Johnston Chatham Currie Lindeman
    Macquarie Winamac Center Vevay Factory Casey Davis Mawson Palmer Troll Vostok Eucla
    Creston Atka Shiprock Yancowinna Virgin Faeroe Truk Yap Ponape Enderbury Kanton
    Rosario Nipigon Ensenada Mendoza Cordoba Catamarca Jujuy Salta Tucuman Louisville
    Chihuahua Thule Guernsey Jersey Reunion Mayotte Tell Boise Merida Bahia Fortaleza
    Araguaina Maceio Recife Belem Cayenne Marigot Anguilla Aruba Dominica Grenada Montserrat
    Barbados Curacao Kralendijk Nassau Bermuda Madeira Canary Azores Comoro Mahe Chagos
    Cocos Kerguelen Maldives Mauritius Efate Fiji Funafuti Galapagos Gambier Guam Kosrae
    Kwajalein Majuro Marquesas Nauru Niue Norfolk Noumea Palau Pitcairn Rarotonga Saipan
    Tahiti Tarawa Tongatapu Wallis Apia Fakaofo Chuuk Pohnpei Kiritimati Bougainville
    Samoa Knox_IN ACT LHI NSW North South West Queensland Tasmania Victoria Yukon
    Newfoundland Atlantic Central Eastern Pacific Mountain Arizona Hawaii Alaska Michigan
    Aleutian Samoa East Saskatchewan General ComodRivadavia);

my $c3166 = read_json("$iso_dir/iso_3166-1.json")->{'3166-1'};
my (@countries, %country_idx, %alias);   # alias text -> "kind:index"
my $lc_ascii = sub { my $s = shift; $s =~ tr/A-Z/a-z/; $s };

sub clean_name {
    my ($n) = @_;
    $n =~ s/\s*\([^)]*\)//g;
    $n =~ s/,.*$//;
    return $n;
}
sub ascii_fold {
    my ($s) = @_;
    my $d = NFD($s);
    $d =~ s/\p{Mn}//g;
    return $d;
}

for my $c (sort { $a->{alpha_2} cmp $b->{alpha_2} } @$c3166) {
    my $name = $NAME_OVERRIDE{$c->{alpha_2}} // $c->{common_name} // clean_name($c->{name});
    $country_idx{$c->{alpha_2}} = scalar @countries;
    push @countries, { name => $name, a2 => $c->{alpha_2}, a3 => $c->{alpha_3}, rec => $c };
}

# First writer wins, so insert in priority order: names, then demonyms.
sub add_alias {
    my ($text, $kind, $idx) = @_;
    return if !defined $text || $text eq '' || $text =~ /^the /;
    for my $t ($text, ascii_fold($text)) {
        $alias{$t} //= "$kind:$idx";
    }
}

for my $i (0 .. $#countries) {
    my $c = $countries[$i];
    my $r = $c->{rec};
    add_alias($c->{name}, 'NC_ALIAS_NAME', $i);
    add_alias($_, 'NC_ALIAS_NAME', $i)
        for grep { defined } ($r->{common_name}, $r->{name}, clean_name($r->{name}),
                               $r->{official_name});
    add_alias($_, 'NC_ALIAS_NAME', $i) for @{ $EXTRA_ALIASES{$c->{a2}} // [] };
}

# Demonym rules, applied to the last word of the canonical name (so "South
# Korea" gives "South Korean"). Wrong guesses ("Spainian") are harmless: they
# never occur in text. Two countries deriving the same word lose it.
sub demonym_guesses {
    my ($name) = @_;
    return () if $name =~ /\b(Islands?|Republic|States|Kingdom|and|of)\b/;
    my ($pre, $w) = $name =~ /^(.*?)(\S+)$/;
    my @g;
    if    ($w =~ /ia$/)   { push @g, "${w}n" }
    elsif ($w =~ /stan$/) { push @g, "${w}i" }
    elsif ($w =~ /a$/)    { push @g, "${w}n" }
    elsif ($w =~ /ine$/)  { (my $s = $w) =~ s/e$/ian/; push @g, $s }
    elsif ($w =~ /e$/)    { push @g, "${w}an" }
    elsif ($w =~ /o$/)    { (my $s = $w) =~ s/o$/an/; push @g, $s }
    elsif ($w =~ /ay$/)   { push @g, "${w}an" }
    elsif ($w =~ /y$/)    { (my $s = $w) =~ s/y$/ian/; push @g, $s }
    elsif ($w =~ /[iu]$/) { push @g, "${w}an" }
    elsif ($w =~ /[^aeiou]$/) { push @g, "${w}i", "${w}ian" }
    return map { "$pre$_" } @g;
}

my (%demonym, %demonym_from_rule);
for my $i (0 .. $#countries) {
    my $a2 = $countries[$i]{a2};
    if (my $ex = $DEMONYM_EXCEPT{$a2}) {
        $demonym{$_} //= $i for @$ex;
        next;
    }
    for my $g (demonym_guesses($countries[$i]{name})) {
        if (exists $demonym{$g} && $demonym{$g} != $i) {
            $demonym{$g} = -1 if $demonym_from_rule{$g};    # rule vs rule: ambiguous
            next;
        }
        $demonym{$g} = $i;
        $demonym_from_rule{$g} = 1;
    }
}
for my $d (sort keys %demonym) {
    my $i = $demonym{$d};
    next if $i < 0 || $d =~ /^(American|New Zealand)\s/ && $countries[$i]{a2} ne 'US';
    add_alias($d, 'NC_ALIAS_DEMONYM', $i);
    # Plurals name the country too ("Ukrainians", "Israelis").
    add_alias("${d}s", 'NC_ALIAS_DEMONYM', $i) if $d =~ /(an|i)$/;
}

# alpha-3 codes appear in prose (markets, sport); skip those that are words
# (checked against the dictionary below) or common given names/acronyms.
my %A3_SKIP = map { $_ => 1 } qw(BEN DOM IND ESP SUR CAF COM ARE AND CAN PER TON MAR CUB GIN
    MAC LIE COD FIN GUM NOR BRA PRY JAM HUN TUN PAN NIC ITA SEN MLI TUR BEL SWE);

# ---------------------------------------------------------------- dictionary
my (%lower_words, %cap_words);
if (open(my $fh, '<:raw', $dict)) {
    while (my $w = <$fh>) {
        chomp $w;
        next if $w =~ /'/ || length($w) < 2;
        if ($w =~ /^[a-z]/) { $lower_words{$w} = 1 }
        elsif ($w =~ /^[A-Z]/) { $cap_words{ $lc_ascii->($w) } = 1 }
    }
    close $fh;
} else {
    warn "gen-places.pl: $dict not readable ($!); ordinary-word table left empty, "
       . "install wamerican for better precision\n";
}
my @ordinary = grep { !$cap_words{$_} } keys %lower_words;

for my $i (0 .. $#countries) {
    my $a3 = $countries[$i]{a3};
    next if $A3_SKIP{$a3} || $lower_words{ $lc_ascii->($a3) };
    add_alias($a3, 'NC_ALIAS_CODE', $i);
}

sub fnv1a {
    my ($s) = @_;
    my $h = 0x811c9dc5;
    for my $b (unpack('C*', $s)) {
        $h ^= $b;
        $h = ($h * 16777619) & 0xffffffff;
    }
    return $h;
}
my %seen_hash;
my @ord_hashes = sort { $a <=> $b } grep { !$seen_hash{$_}++ } map { fnv1a($_) } @ordinary;

# ---------------------------------------------------------------- cities
# A city is the last part of a zone name in a populated area. A link whose
# name is close to its target (Kiev -> Kyiv, Dacca -> Dhaka) is a respelling of
# the same city; other links (Montreal -> Toronto) are cities of their own.
my %AREAS = map { $_ => 1 } qw(Africa America Asia Atlantic Australia Europe Indian Pacific);
my (%city_key, %city_cc);
sub zone_city {
    my ($zone) = @_;
    my @p = split m{/}, $zone;
    return undef if @p < 2 || !$AREAS{ $p[0] };
    my $c = $p[-1];
    return undef if $CITY_SKIP{$c};
    $c =~ tr/_/ /;
    return $c;
}
sub edit_distance {
    my ($s, $t) = map { lc } @_;
    my @d = (0 .. length $t);
    for my $i (1 .. length $s) {
        my @n = ($i);
        for my $j (1 .. length $t) {
            my $cost = substr($s, $i - 1, 1) eq substr($t, $j - 1, 1) ? 0 : 1;
            my $m = $d[$j - 1] + $cost;
            $m = $d[$j] + 1 if $d[$j] + 1 < $m;
            $m = $n[$j - 1] + 1 if $n[$j - 1] + 1 < $m;
            push @n, $m;
        }
        @d = @n;
    }
    return $d[-1];
}
my %zone_cc;
if (open(my $fh, '<', "$zone_dir/zone.tab")) {
    while (<$fh>) {
        next if /^#/;
        chomp;
        my ($cc, undef, $zone) = split /\t/;
        next unless defined $zone;
        $zone_cc{$zone} = $cc;
        my $c = zone_city($zone) or next;
        $city_key{$c} //= $c;
        $city_cc{$c} //= $cc;
    }
    close $fh;
} else {
    warn "gen-places.pl: $zone_dir/zone.tab not readable ($!); no tz cities\n";
}
if (open(my $fh, '<', "$zone_dir/tzdata.zi")) {
    while (<$fh>) {
        my ($target, $link) = /^L (\S+) (\S+)/ or next;
        my $lc = zone_city($link) or next;
        my $tc = zone_city($target);
        next if exists $city_key{$lc};
        my $same = defined $tc && !exists $zone_cc{$link}
            && substr($lc, 0, 1) eq substr($tc, 0, 1) && edit_distance($lc, $tc) <= 3;
        $city_key{$lc} = $same ? $city_key{$tc} // $tc : $lc;
        $city_cc{$lc} = $zone_cc{$target} // '';
    }
    close $fh;
}
while (my ($old, $new) = each %CITY_RENAMES) {
    $city_key{$old} = $city_key{$new} // $new if exists $city_key{$old} || exists $city_key{$new};
}

# ---------------------------------------------------------------- subdivisions
# First-level subdivisions with English-looking names become places (US states,
# England, Scotland, Quebec, Gaza...). Names with lower-case words are local
# forms ("Donetska oblast") that news copy does not use; a particle between
# capitalised words is a name's own ("Rio Grande do Sul", "Mato Grosso do Sul").
my %SUBDIV_TYPES = map { $_ => 1 } ('State', 'Province', 'Country', 'Territory',
    'Governorate', 'Autonomous region', 'Union territory', 'Land', 'Emirate', 'District');
# Countries whose ISO subdivision names are the ones English news uses.
my %SUBDIV_COUNTRIES = map { $_ => 1 } qw(US GB CA AU IN CN PS ZA NG PK MX BR IE NZ JP KR);
my @subdivs;
{
    my $s = eval { read_json("$iso_dir/iso_3166-2.json")->{'3166-2'} } // [];
    my %seen;
    for my $d (sort { $a->{code} cmp $b->{code} } @$s) {
        next if $d->{parent} || !$SUBDIV_TYPES{ $d->{type} };
        my $n = $d->{name};
        $n =~ s/\s*\[[^\]]*\]//g;
        $n =~ s/\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu)$//;
        $n = clean_name($n);
        next if $n =~ /\b[a-z]/ && $n !~ /^[A-Z][^ ]*( ((of|and|the|de|del|do|da|dos|das) )?[A-Z][^ ]*)*$/;
        next if $n !~ /^[A-Z]/ || $lower_words{ $lc_ascii->($n) };
        my ($cc) = $d->{code} =~ /^([A-Z]{2})-/;
        next unless $SUBDIV_COUNTRIES{$cc};
        for my $t ($n, ascii_fold($n)) {
            next if $seen{$t}++ || exists $alias{$t} || exists $city_key{$t};
            push @subdivs, [$t, $cc];
        }
    }
}

# ---------------------------------------------------------------- currencies
my %CUR_SKIP = map { $_ => 1 } qw(BOV CHE CHW CLF COU MXV USN UYI UYW XAG XAU XBA XBB XBC
    XBD XDR XPD XPT XSU XTS XUA XXX);
my @currencies = sort { $a->[0] cmp $b->[0] }
    map { [$_->{alpha_3}, $_->{name}] }
    grep { !$CUR_SKIP{ $_->{alpha_3} } } @{ read_json("$iso_dir/iso_4217.json")->{'4217'} };

# ---------------------------------------------------------------- output
sub cstr {
    my ($s) = @_;
    my $b = $s;
    utf8::encode($b) if utf8::is_utf8($b);
    $b =~ s/(["\\])/\\$1/g;
    $b =~ s/([^\x20-\x7e])/sprintf('\\%03o', ord $1)/ge;
    return qq{"$b"};
}

print <<'EOT';
/* places_data.c - GENERATED by src/gen-places.pl from iso-codes, tzdata and
 * wamerican. Do not edit and do not commit: the build regenerates it. */
#include "places.h"

EOT
print "const nc_country_rec nc_countries[] = {\n";
printf "    {%s, %s, %s},\n", cstr($_->{name}), cstr($_->{a2}), cstr($_->{a3}) for @countries;
print "};\nconst int nc_n_countries = ", scalar(@countries), ";\n\n";

print "const nc_alias_rec nc_country_aliases[] = {\n";
for my $t (sort keys %alias) {
    my ($kind, $i) = split /:/, $alias{$t};
    printf "    {%s, %d, %s},\n", cstr($t), $i, $kind;
}
print "};\nconst int nc_n_country_aliases = ", scalar(keys %alias), ";\n\n";

# An empty table still gets one placeholder row: C has no empty initialisers.
print "const nc_city_rec nc_cities[] = {\n";
my @cities = grep { !exists $alias{$_} } sort keys %city_key;
printf "    {%s, %s, %s},\n", cstr($_), cstr($city_key{$_}), cstr($city_cc{$_} // '') for @cities;
print "    {\"\", \"\", \"\"}\n" unless @cities;
print "};\nconst int nc_n_cities = ", scalar(@cities), ";\n\n";

print "const nc_subdivision_rec nc_subdivisions[] = {\n";
printf "    {%s, %s},\n", cstr($_->[0]), cstr($_->[1]) for @subdivs;
print "    {\"\", \"\"}\n" unless @subdivs;
print "};\nconst int nc_n_subdivisions = ", scalar(@subdivs), ";\n\n";

print "const nc_currency_rec nc_currencies[] = {\n";
printf "    {%s, %s},\n", cstr($_->[0]), cstr($_->[1]) for @currencies;
print "};\nconst int nc_n_currencies = ", scalar(@currencies), ";\n\n";

print "const uint32_t nc_ordinary_words[] = {\n";
for (my $i = 0; $i < @ord_hashes; $i += 8) {
    my $end = $i + 7 < $#ord_hashes ? $i + 7 : $#ord_hashes;
    print '    ', join(', ', map { sprintf '0x%08xu', $_ } @ord_hashes[$i .. $end]), ",\n";
}
print "    0u\n" unless @ord_hashes;
print "};\nconst int nc_n_ordinary_words = ", scalar(@ord_hashes), ";\n";
