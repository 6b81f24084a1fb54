#!/usr/bin/perl
# gen-shell-model.pl - learns, at build time, how the short blocks of error
# shells read, from the annotated corpus (t/htdocs/expected/corpus), and
# writes the weights as C (shell_model_data.c) for src/shell_model.c.
#
#   gen-shell-model.pl [--exclude PREFIX,...] [--catalog shell_catalog_data.c]
#                      EXPECTED_CORPUS_DIR > shell_model_data.c
#   gen-shell-model.pl --eval PREFIX,... [same options] EXPECTED_CORPUS_DIR
#
# Every page's twin marks its shell bytes ({{shell}}...{{/shell}}); its text
# is cut into blocks at block-level tags and <br> (lines for text/plain), and
# each block of at most 30 words is an example: shell when most of its
# visible characters are marked. Soft-error pages (the whole body marked,
# navigation and all) are left out. The model is a logistic regression over
# hashed character 2- to 4-grams of the folded text, padded with a space at
# each end, so "seite", "página", "не найден", "見つかりません" and status
# codes all count, in any language the corpus has. shell_model.c computes
# the same features; the two must change together.
#
# --catalog adds the shell catalog's sentences (what httpd, Django, WordPress
# and Squid print on their error pages, in every language they were
# translated to; gen-shell-catalog.pl) as shell examples of half weight: the
# corpus has 14 languages and a few hundred shells, the software has more.
# --exclude leaves out the pages whose names start with one of the given
# held-out-set prefixes ("ab-"): the model a set would have met unseen.
# --eval does that for each prefix in turn and prints, instead of C, how the
# model scores the left-out set's short blocks: shell blocks found and other
# blocks called shell-like at the engine's threshold (log-odds 2).
# --dump FILE writes the examples and their features for bench/model-train.c.
# --stability SEED,... trains without a random tenth of the sets, then with
# all, and counts the blocks of the pages in both whose decision moves.
#
# Training (docs/cleaning.md, "How the model is trained"): averaged SGD
# (the mean of every step's weights, not the last step's), 24 epochs, L2
# decay 3e-4; each epoch visits the examples in the order of a hash of
# their page and text, so pages added to the corpus slot in between and
# leave the others' order as it was. The mean weights are then scaled by
# 0.5 (--calibrate), chosen on left-out sets so that their blocks cross
# the engine's thresholds (2, 0, -1, -4) no more often, wrongly, than under
# the model before. --order shuffle --avg-from 0 --epochs 8 --rate 0.2
# --decay 1e-5 --calibrate 1 is that earlier model, weight for weight.
use strict;
use warnings;
use Encode ();
use HTML::Entities ();
use Getopt::Long qw(GetOptions);

my $BITS = 16;                  # shell_model.h: NC_SHELL_MODEL_BITS
my $SCALE = 16;                 # a weight w is stored as round(w * SCALE)
my $MAX_CHARS = 400;            # shell_model.h: NC_SHELL_MODEL_MAX_CHARS
my ($EPOCHS, $RATE, $DECAY, $MAX_WORDS) = (24, 1.6, 3e-4, 30);
my ($ORDER, $AVG_FROM, $CALIBRATE) = ('hash', 1, 0.5);
my (@exclude, @eval, $catalog, $stability, $dump);
GetOptions('exclude=s' => sub { @exclude = split /,/, $_[1] },
           'eval=s' => sub { @eval = split /,/, $_[1] },
           'catalog=s' => \$catalog,
           'stability=s' => \$stability,
           'dump=s' => \$dump,
           'epochs=i' => \$EPOCHS, 'rate=f' => \$RATE, 'decay=f' => \$DECAY,
           'order=s' => \$ORDER, 'avg-from=i' => \$AVG_FROM,
           'calibrate=f' => \$CALIBRATE)
    or die "usage\n";
my $dir = shift or die "usage: $0 [--exclude PREFIX,...|--eval PREFIX,...] [--catalog shell_catalog_data.c] EXPECTED_CORPUS_DIR\n";
my $THRESHOLD = 2 * $SCALE;     # shells.c: MODEL_MEDIUM
my $MASK = (1 << $BITS) - 1;

my $BLOCK = qr/^(?:p|div|h[1-6]|li|td|th|tr|br|title|section|article|header|footer|nav|ul|ol|
    table|blockquote|pre|dt|dd|dl|main|aside|form|center|body|html|head|figcaption|figure|
    address|hr|caption|tbody|thead|button|option|select|label|legend|fieldset|iframe|noscript|
    summary|details)$/xi;

# The folding shell_model.c applies: ASCII, Latin-1, Latin Extended-A and
# Cyrillic capitals to small letters; everything else as it is.
sub fold {
    my @c = map { ord } split //, $_[0];
    for (@c) {
        if    ($_ >= 0x41 && $_ <= 0x5A)                { $_ += 0x20 }
        elsif ($_ >= 0xC0 && $_ <= 0xDE && $_ != 0xD7) { $_ += 0x20 }
        elsif ($_ >= 0x410 && $_ <= 0x42F)              { $_ += 0x20 }
        elsif ($_ >= 0x400 && $_ <= 0x40F)              { $_ += 0x50 }
        elsif ($_ >= 0x100 && $_ <= 0x17F && !($_ & 1) && $_ != 0x130 && $_ != 0x138) { $_ += 1 }
    }
    return @c;
}

# FNV-1a over the code points of each n-gram: the 2-, 3- and 4-gram at a
# position are one hash's steps.
sub features {
    my @c = fold($_[0]);
    splice @c, $MAX_CHARS if @c > $MAX_CHARS;
    @c = (0x20, @c, 0x20);
    my %f;
    for my $i (0 .. $#c - 1) {
        my $h = 2166136261;
        for my $k ($i .. ($i + 3 < $#c ? $i + 3 : $#c)) {
            $h = (($h ^ $c[$k]) * 16777619) & 0xffffffff;
            $f{$h & $MASK} = 1 if $k > $i;
        }
    }
    return [sort { $a <=> $b } keys %f];
}

# A 32-bit hash of an example's page and text: its place in each epoch's
# order, the same whatever other examples the corpus holds.
sub text_hash {
    my $h = 2166136261;
    $h = (($h ^ $_) * 16777619) & 0xffffffff for unpack 'U0C*', Encode::encode('UTF-8', $_[0]);
    return $h;
}

sub words {
    my ($s) = @_;
    my $cjk = () = $s =~ /[\x{3000}-\x{9fff}\x{ff00}-\x{ffef}]/g;
    my $brahmic = () = $s =~ /[\x{0e00}-\x{0eff}\x{1000}-\x{107f}\x{1780}-\x{17ff}]/g;   # doc.c: Thai, Lao, Myanmar, Khmer
    return (() = $s =~ /\S+/g) + int($cjk / 2) + int($brahmic / 4);
}

my (@examples, $page_name, %page_seen);
sub example {
    my ($text, $shell, $other) = @_;
    my $s = HTML::Entities::decode_entities($text);
    $s =~ s/[\s\x{a0}\x{200b}]+/ /g;
    $s =~ s/^ | $//g;
    return if $s eq '' || words($s) > $MAX_WORDS;
    # a text a page repeats (a song's refrain, a menu in header and footer)
    # is one example of that page, not one per time it is printed
    return if $page_seen{$page_name}{$s}++;
    push @examples, [$shell > $other ? 1 : 0, features($s), $s, $shell > $other ? 2 : 1, $page_name, text_hash("$page_name\n$s")];
}

opendir my $dh, $dir or die "$dir: $!\n";
my @pages = sort grep { /\.(?:html|txt)$/ && !/^(?:[a-z]{1,2}-)?soft-/ } readdir $dh;
closedir $dh;
sub left_out {
    my ($page, @prefixes) = @_;
    for my $x (@prefixes) { return 1 if index($page, $x) == 0 }
    return 0;
}
my $used = 0;
for my $page (@pages) {
    $used++ unless left_out($page, @exclude);
    $page_name = $page;
    open my $fh, '<:raw', "$dir/$page" or die "$dir/$page: $!\n";
    my $raw = do { local $/; <$fh> };
    my ($cs) = $raw =~ /charset=["']?([-\w]+)/i;
    $cs = lc($cs // 'utf-8');
    $cs = 'cp1252' if $cs eq 'iso-8859-1' || $cs eq 'windows-1252';
    my $t = eval { Encode::decode($cs, $raw, Encode::FB_DEFAULT) } // Encode::decode('utf-8', $raw);
    my ($in, $buf, $shell, $other) = (0, '', 0, 0);
    if ($page =~ /\.txt$/) {
        for my $line (split /\n/, $t) {
            my $was = $in;
            $in = 1 if $line =~ /\{\{shell\}\}/;
            my $marked = $was || $in;
            $in = 0 if $line =~ /\{\{\/shell\}\}/;
            $line =~ s/\{\{\/?(?:shell|dup)\}\}//g;
            example($line, $marked, !$marked);
        }
        next;
    }
    while ($t =~ /\G(\{\{(\/?)(shell|dup)\}\}|<!--.*?-->|<(script|style)\b[^>]*>.*?<\/\4\s*>
                    |<\/?([a-zA-Z][\w:-]*)[^>]*>|<[!?][^>]*>|[^<{]+|[<{])/gcsx) {
        my ($token, $close, $mark, $tag) = ($1, $2, $3, $5);
        if (defined $mark) {
            $in = $close ? 0 : 1 if $mark eq 'shell';
        } elsif (defined $tag) {
            next unless $tag =~ $BLOCK;
            example($buf, $shell, $other);
            ($buf, $shell, $other) = ('', 0, 0);
        } elsif ($token !~ /^<./s) {
            $buf .= $token;
            my $n = () = $token =~ /\S/g;
            if ($in) { $shell += $n } else { $other += $n }
        }
    }
    example($buf, $shell, $other);
}
die "$0: no examples in $dir\n" unless @examples;
my $corpus_examples = @examples;

if ($catalog) {
    open my $fh, '<:raw', $catalog or die "$catalog: $!\n";
    my $c = do { local $/; <$fh> };
    my ($list) = $c =~ /nc_catalog_sentences\[\]\s*=\s*\{(.*?)\bNULL\b/s
        or die "$catalog: no nc_catalog_sentences\n";
    while ($list =~ /"((?:[^"\\]|\\.)*)"/g) {
        (my $b = $1) =~ s/\\([0-7]{3}|.)/length $1 == 3 ? chr(oct $1) : $1/ge;
        my $s = Encode::decode('UTF-8', $b);
        push @examples, [1, features($s), $s, 1, '', text_hash($s)] if words($s) <= $MAX_WORDS;
    }
}
my $catalog_examples = @examples - $corpus_examples;

# --dump FILE writes the examples, one a line ("label weight page hash n
# feature..."; page "-" for the catalog's), for bench/model-train.c: the
# same training in C, a leave-set-out pass over every set in a minute.
if (defined $dump) {
    open my $out, '>', $dump or die "$dump: $!\n";
    print $out join(' ', $_->[0], $_->[3], $_->[4] eq '' ? '-' : $_->[4], $_->[5], scalar @{$_->[1]}, @{$_->[1]}), "\n"
        for @examples;
    close $out or die "$dump: $!\n";
    exit 0;
}

# What a model learns from when the pages of the given held-out sets are
# left out (the catalog's sentences are no page's).
sub training_set {
    my @out = @_;
    return grep { $_->[4] eq '' || !left_out($_->[4], @out) } @examples;
}

# Stochastic gradient descent; a corpus shell weighs twice (they are fewer).
# From epoch $AVG_FROM on, u sums every step's change times the steps
# before it, so that w - u / steps is the mean of the weights after each
# step (the averaged model) without a pass over all weights per step.
# Returns the quantised weights and bias.
sub train {
    my @ex = @_;
    my @w = (0) x ($MASK + 1);
    my @u = (0) x ($MASK + 1);
    my ($bias, $ubias, $steps) = (0, 0, 0);
    my $seed = 12345;
    my @order = (0 .. $#ex);
    for my $epoch (1 .. $EPOCHS) {
        if ($ORDER eq 'hash') {             # each epoch its own mix of the example's hash
            my %key;
            $key{$_} = ((($ex[$_][5] ^ ($epoch * 2654435769)) & 0xffffffff) * 2246822519) % 4294967291 for @order;
            @order = sort { $key{$a} <=> $key{$b} || $ex[$a][5] <=> $ex[$b][5] } @order;
        } else {
            for (my $i = $#order; $i > 0; $i--) {          # Fisher-Yates, own sequence
                $seed = ($seed * 1103515245 + 12345) % 2147483648;
                my $j = $seed % ($i + 1);
                @order[$i, $j] = @order[$j, $i];
            }
        }
        my $averaging = $AVG_FROM && $epoch >= $AVG_FROM;
        for my $k (@order) {
            my ($y, $f, undef, $weight) = @{$ex[$k]};
            my $s = $bias;
            $s += $w[$_] for @$f;
            my $p = 1 / (1 + exp(-$s));
            my $g = ($y - $p) * $weight;
            my $rate = $RATE / sqrt(scalar @$f);
            if ($averaging) {
                my ($step, $t) = ($rate * $g, $steps++);
                for (@$f) {
                    my $d = $step - $DECAY * $w[$_];
                    $w[$_] += $d;
                    $u[$_] += $t * $d;
                }
                my $db = $RATE * $g * 0.1;
                $bias += $db;
                $ubias += $t * $db;
            } else {
                $w[$_] += $rate * $g - $DECAY * $w[$_] for @$f;
                $bias += $RATE * $g * 0.1;
            }
        }
    }
    if ($steps) {
        $w[$_] -= $u[$_] / $steps for 0 .. $MASK;
        $bias -= $ubias / $steps;
    }
    $_ *= $CALIBRATE for @w;
    $bias *= $CALIBRATE;

    my @q = map { my $q = int($_ * $SCALE + ($_ < 0 ? -0.5 : 0.5)); $q > 127 ? 127 : $q < -127 ? -127 : $q } @w;
    my $qbias = int($bias * $SCALE + ($bias < 0 ? -0.5 : 0.5));
    return (\@q, $qbias);
}

sub score {
    my ($q, $qbias, $f) = @_;
    my $score = $qbias;
    $score += $q->[$_] for @$f;
    return $score;
}

if (defined $stability) {
    # Trains on the corpus less a random tenth of its sets (the pages with
    # no set prefix are one set), then on all of it, and counts the kept
    # pages' blocks whose side of each of the engine's thresholds moves:
    # what merging a tenth more pages would flip in what the engine knew.
    my %sets;
    for (@examples) { next if $_->[4] eq ''; my ($p) = $_->[4] =~ /^([a-z]{2}-)/; $sets{$p // 'base'} = 1 }
    my @sets = sort keys %sets;
    my ($q_all, $b_all) = train(@examples);
    my ($blocks, %total) = (0);
    for my $seed (split /,/, $stability) {
        my $r = $seed * 7919;
        my @pool = @sets;
        my @out;
        while (@out < int(@sets / 10 + 0.5)) {
            $r = ($r * 1103515245 + 12345) % 2147483648;
            my $k = $r % @pool;
            push @out, $pool[$k];
            $pool[$k] = $pool[-1];
            pop @pool;
        }
        my %out = map { $_ => 1 } @out;
        my @part = grep { my ($p) = $_->[4] =~ /^([a-z]{2}-)/; $_->[4] eq '' || !$out{$p // 'base'} } @examples;
        my ($q, $b) = train(@part);
        my %moved = map { $_ => 0 } (-4, -1, 0, 2);
        my $n = 0;
        for my $e (@part) {
            next if $e->[4] eq '';
            $n++;
            my ($s1, $s2) = (score($q, $b, $e->[1]), score($q_all, $b_all, $e->[1]));
            for my $t (keys %moved) { $moved{$t}++ if ($s1 >= $t * $SCALE) != ($s2 >= $t * $SCALE) }
        }
        printf "seed %-3s without %-14s blocks %5d   moved across log-odds 2: %4d   0: %4d   -1: %4d   -4: %4d\n",
            $seed, join(',', @out), $n, @moved{2, 0, -1, -4};
        $blocks += $n;
        $total{$_} += $moved{$_} for keys %moved;
    }
    printf "all                          blocks %5d   moved across log-odds 2: %4d   0: %4d   -1: %4d   -4: %4d\n",
        $blocks, @total{2, 0, -1, -4};
    exit 0;
}
if (@eval) {
    my ($sum_found, $sum_shells, $sum_called, $sum_others);
    for my $x (@eval) {
        my @train = training_set($x, @exclude);
        my @test = grep { $_->[4] ne '' && left_out($_->[4], $x) } @examples;
        next unless @test;
        my ($q, $qbias) = train(@train);
        my ($found, $shells, $called, $others) = (0, 0, 0, 0);
        for my $e (@test) {
            my $hit = score($q, $qbias, $e->[1]) >= $THRESHOLD;
            if ($e->[0]) { $shells++; $found += $hit } else { $others++; $called += $hit }
        }
        printf "%-6s shell blocks found %4d/%-4d %6.2f%%   other blocks called shell %4d/%-5d %5.2f%%\n",
            $x, $found, $shells, $shells ? 100 * $found / $shells : 0, $called, $others,
            $others ? 100 * $called / $others : 0;
        $sum_found += $found; $sum_shells += $shells; $sum_called += $called; $sum_others += $others;
    }
    printf "all    shell blocks found %4d/%-4d %6.2f%%   other blocks called shell %4d/%-5d %5.2f%%\n",
        $sum_found, $sum_shells, 100 * $sum_found / ($sum_shells || 1), $sum_called, $sum_others,
        100 * $sum_called / ($sum_others || 1);
    exit 0;
}
@examples = training_set(@exclude);
$corpus_examples = grep { $_->[4] ne '' } @examples;
my ($qw, $qbias) = train(@examples);
my @q = @$qw;

# C string literal: printable ASCII as it is, anything else in octal.
sub c_string {
    my $b = Encode::encode('UTF-8', $_[0]);
    $b =~ s/([\\"])/\\$1/g;
    $b =~ s/([^\x20-\x7e])/sprintf('\\%03o', ord $1)/ge;
    return qq{"$b"};
}

# What test_engine checks the C scorer against, text by text: one example
# in 40, and texts that reach the folding and the 400-character cut.
my @checks = map { $examples[$_ * 40][2] } 0 .. int($#examples / 40);
push @checks, "\x{0416}\x{0401}\x{0490} \x{00C9}CHEC \x{0130}\x{0131} \x{0178}\x{017D} \x{1F600} \x{00D7}\x{00DE}",
              join(' ', ('Page introuvable') x 40);

my $shells = grep { $_->[0] } @examples[0 .. $corpus_examples - 1];

# The scripts the corpus has story text in (shell_model.c: script_block,
# nc_shell_model_knows_script): the letters of its short blocks that are
# no shell, by block of 128 code points; a block with 50 of them is known.
sub script_block {
    my ($c) = @_;
    return -1 if $c < 0x250 || ($c >= 0x2000 && $c <= 0x2BFF) || ($c >= 0x3000 && $c <= 0x303F)
        || ($c >= 0xFE00 && $c <= 0xFE6F) || ($c >= 0xFF00 && $c <= 0xFF20) || $c == 0xFFFD || $c >= 0x10000
        || ($c >= 0x1E00 && $c <= 0x1EFF);
    return 0x3400 >> 7 if $c >= 0x3400 && $c <= 0x9FFF;
    return 0xAC00 >> 7 if $c >= 0xAC00 && $c <= 0xD7AF;
    return $c >> 7;
}
my @script_letters = (0) x 512;
for my $e (@examples[0 .. $corpus_examples - 1]) {
    next if $e->[0];
    for my $ch (split //, $e->[2]) {
        my $b = script_block(ord $ch);
        $script_letters[$b]++ if $b >= 0;
    }
}
my @script_bits = (0) x 64;
for my $b (0 .. 511) {
    $script_bits[$b >> 3] |= 1 << ($b & 7) if $script_letters[$b] >= 50;
}
print "/* Generated by src/gen-shell-model.pl from $used annotated pages\n",
      " * ($corpus_examples short blocks, $shells of them shell) and $catalog_examples catalog sentences:\n",
      " * do not edit. */\n",
      "#include \"shell_model.h\"\n\n",
      sprintf("const int nc_shell_model_bias = %d;\n\n", $qbias),
      "const signed char nc_shell_model_weights[1u << NC_SHELL_MODEL_BITS] = {\n";
for (my $i = 0; $i <= $MASK; $i += 32) {       # dense: a third of the designated form's size
    print "   ", (map { " $_," } @q[$i .. $i + 31]), "\n";
}
print "};\n\nconst unsigned char nc_shell_model_scripts[NC_SHELL_MODEL_SCRIPT_BLOCKS / 8] = {\n   ",
      (map { " $_," } @script_bits), "\n};\n";
print "\nconst char *const nc_shell_model_checks[] = {\n";
print "    ", c_string($_), ",\n" for @checks;
print "    NULL\n};\n\nconst int nc_shell_model_check_scores[] = {\n";
for my $text (@checks) {
    my $score = $qbias;
    $score += $q[$_] for @{features($text)};
    print "    $score,\n";
}
print "};\n";
