#!/usr/bin/perl
# bench/genpages.pl - writes the benchmark's news pages into a folder.
#
#   perl bench/genpages.pl [--dense] OUTDIR [BACKEND_ORIGIN]
#
# For each size (15 KB, 80 KB, 400 KB, 2 MB) two pages:
#   news-SIZE-clean.html  a modern news page, built the way real article pages
#                         are: a story of about 1,000 words (400 on the 15 KB
#                         page) whatever the page's size, and the rest markup
#                         and code: inline critical CSS, a JSON state script
#                         that carries the story again (as frameworks embed
#                         it), analytics, a navigation menu, inline SVG icons,
#                         ad slots, grids of teaser cards, a short comment
#                         section and a footer of link columns;
#   news-SIZE-dirty.html  the same kind of page as a legacy CMS breaks it: an
#                         error shell ("403 / Sorry!! / the page you were looking
#                         for doesn't exist") before the story, and the story's
#                         body sent twice. Same total size as the clean page.
# --dense writes the earlier story-heavy pages instead (two thirds of every
# page is story text: 260 KB of prose on the 400 KB page), a worst case for
# the per-text work (text assembly, shells, duplicates) that no real article
# page reaches.
# Links are absolute to BACKEND_ORIGIN (default http://backend.example) so that
# mod_proxy_html's ProxyHTMLURLMap has something to rewrite. The output is
# deterministic (fixed seed per page): reruns compare like with like.
use strict;
use warnings;

my $dense = @ARGV && $ARGV[0] eq '--dense' ? shift : 0;
my $out = shift or die "usage: $0 [--dense] OUTDIR [BACKEND_ORIGIN]\n";
my $origin = shift // 'http://backend.example';
-d $out or mkdir $out or die "$out: $!\n";

my @people = (
    ['President', 'Donald', 'Trump', 'US'], ['Treasury Secretary', 'Scott', 'Bessent', 'US'],
    ['President', 'Vladimir', 'Zelensky', 'Ukrainian'], ['Defense Secretary', 'Pete', 'Hegseth', 'US'],
    ['Vice President', 'J.D.', 'Vance', 'US'], ['Chancellor', 'Olaf', 'Scholz', 'German'],
    ['Prime Minister', 'Keir', 'Starmer', 'British'], ['President', 'Emmanuel', 'Macron', 'French'],
    ['Foreign Minister', 'Annalena', 'Baerbock', 'German'], ['Governor', 'Kathy', 'Hochul', 'New York'],
    ['Central Bank Governor', 'Andrew', 'Bailey', 'British'], ['Fed Chair', 'Jerome', 'Powell', 'US'],
    ['Secretary of State', 'Marco', 'Rubio', 'US'], ['Prime Minister', 'Giorgia', 'Meloni', 'Italian'],
    ['President', 'Recep Tayyip', 'Erdogan', 'Turkish'], ['Prime Minister', 'Narendra', 'Modi', 'Indian'],
    ['Mayor', 'Sadiq', 'Khan', 'London'], ['Chief Executive', 'Maria', 'Lindqvist', 'Swedish'],
    ['Economy Minister', 'Robert', 'Habeck', 'German'], ['Senator', 'Elizabeth', 'Warren', 'US'],
);
my @orgs = ('NBC', 'Reuters', 'the European Commission', 'NATO', 'the World Bank',
    'the International Monetary Fund', 'the United Nations', 'Siemens', 'Gazprom',
    'the Bank of England', 'Airbus', 'the Federal Reserve', 'OPEC', 'Bloomberg');
my @places = ('Kiev', 'Brussels', 'Berlin', 'Paris', 'London', 'Washington', 'Moscow',
    'Warsaw', 'Rome', 'Ankara', 'New Delhi', 'Geneva', 'Munich', 'Kharkiv', 'Odesa',
    'Madrid', 'Vienna', 'Prague', 'Tokyo', 'Beijing');
my @countries = ('Ukraine', 'Russia', 'Germany', 'France', 'Poland', 'Italy', 'Turkey',
    'India', 'China', 'Japan', 'Spain', 'the United States', 'Britain', 'Canada');
my @topics = ('rare earth minerals', 'energy prices', 'the ceasefire talks', 'grain exports',
    'the budget deficit', 'interest rates', 'defence spending', 'the trade agreement',
    'refugee housing', 'the rail strike', 'semiconductor supply', 'the pension reform',
    'wheat shipments', 'the security guarantees', 'the reconstruction fund');
my @verbs = ('said', 'told reporters', 'warned', 'argued', 'insisted', 'confirmed',
    'acknowledged', 'suggested', 'stressed', 'noted');
my @days = ('on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday',
    'on Saturday', 'on Sunday', 'last week', 'earlier this month', 'late on Friday');
my @units = ('million', 'billion');
my @sections = ('world', 'business', 'markets', 'politics', 'europe', 'tech', 'opinion', 'sport');
my @filler = ('The talks are expected to resume after the holiday.',
    'Officials declined to give further details.',
    'Markets reacted cautiously to the announcement.',
    'Analysts said the move had been widely expected.',
    'The proposal still needs the approval of parliament.',
    'Critics called the plan unrealistic and poorly costed.',
    'A spokesperson did not respond to a request for comment.',
    'The figures were published in a report seen by journalists.');

my $rng_state;
sub rnd { $rng_state = ($rng_state * 1103515245 + 12345) % 2147483648; return $rng_state / 2147483648; }
sub pick { my $a = shift; return $a->[int(rnd() * @$a)]; }
sub num { my ($lo, $hi) = @_; return $lo + int(rnd() * ($hi - $lo + 1)); }

sub person_full {
    my $p = pick(\@people);
    return rnd() < 0.5 ? "$p->[3] $p->[0] $p->[1] $p->[2]" : "$p->[0] $p->[1] $p->[2]";
}
sub person_short { my $p = pick(\@people); return "$p->[2]"; }
sub link_to {
    my ($text) = @_;
    my $slug = lc $text; $slug =~ s/[^a-z0-9]+/-/g; $slug =~ s/^-|-$//g;
    return sprintf('<a href="%s/%s/%s-%d.html">%s</a>', $origin, pick(\@sections), $slug, num(1000, 99999), $text);
}

my $serial = 0;
sub sentence {
    my $k = int(rnd() * 9);
    my $s;
    if ($k == 0) {
        $s = sprintf('%s %s %s that %s would need $%d %s for %s.', person_full(), pick(\@verbs),
            pick(\@days), pick(\@countries), num(2, 900), pick(\@units), pick(\@topics));
    } elsif ($k == 1) {
        $s = sprintf('According to %s, about %d%% of %s\'s %s is now at risk.', pick(\@orgs),
            num(3, 95), pick(\@countries), pick(\@topics));
    } elsif ($k == 2) {
        $s = sprintf('Speaking in %s, %s %s the deal must be "mutually beneficial" for %s.',
            pick(\@places), person_short(), pick(\@verbs), pick(\@countries));
    } elsif ($k == 3) {
        $s = sprintf('The agreement, first discussed in %d, covers %s and %s.', num(1995, 2024),
            pick(\@topics), pick(\@topics));
    } elsif ($k == 4) {
        $s = sprintf('%s reported that %d people had gathered outside the ministry in %s.',
            link_to(pick(\@orgs) =~ s/^the //r), num(40, 20000), pick(\@places));
    } elsif ($k == 5) {
        $s = sprintf('Prices rose %d.%d%% in %s, the highest since %d, data from %s showed.',
            num(1, 14), num(0, 9), pick(\@countries), num(1990, 2022), pick(\@orgs));
    } elsif ($k == 6) {
        $s = sprintf('%s met %s in %s to discuss %s &amp; %s.', person_full(), person_full(),
            pick(\@places), pick(\@topics), pick(\@topics));
    } elsif ($k == 7) {
        $s = sprintf('&ldquo;We will not accept a deal on %s at any price,&rdquo; %s %s.',
            pick(\@topics), person_short(), pick(\@verbs));
    } else {
        $s = pick(\@filler);
    }
    return $s;
}
sub paragraph {
    my $n = num(2, 5);
    $serial++;
    my @s = map { sentence() } 1 .. $n;
    # a dateline-like marker keeps every paragraph's text distinct
    $s[0] = "($serial) $s[0]" if rnd() < 0.3;
    return '    <p>' . join(' ', @s) . "</p>\n";
}

sub head {
    my ($title) = @_;
    my $h = qq{<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n}
          . qq{<meta name="viewport" content="width=device-width, initial-scale=1">\n}
          . qq{<title>$title | The Daily Ledger</title>\n}
          . qq{<link rel="canonical" href="$origin/world/story.html">\n}
          . qq{<link rel="stylesheet" href="$origin/static/site.css">\n};
    $h .= qq{<meta property="og:$_" content="$title">\n} for qw(title description);
    $h .= "<style>\n";
    for my $i (1 .. 40) {
        $h .= sprintf(".c%d{margin:%dpx %dpx;padding:0 %dpx;color:#%06x}\n", $i, num(0, 30), num(0, 30), num(0, 20), num(0, 0xffffff));
    }
    $h .= "</style>\n<script>\nwindow.__CONFIG__ = {\"site\":\"ledger\",\"ads\":[";
    $h .= join(',', map { sprintf('{"slot":"s%d","size":[%d,%d],"if":"a<b && c>d"}', $_, num(100, 970), num(50, 250)) } 1 .. 30);
    $h .= "]};\nfunction track(e){ if (e && e.x < 3 || e.y > 4) { document.write('<div>' + e + '</div>'); } }\n</script>\n";
    $h .= qq{<script src="$origin/static/app.js" async></script>\n</head>\n};
    return $h;
}
sub nav {
    my $h = qq{<body class="article-page">\n<header class="site-header">\n  <a class="logo" href="$origin/"><img src="$origin/logo.png" alt="The Daily Ledger"></a>\n  <nav class="main-nav">\n    <ul>\n};
    $h .= qq{      <li><a href="$origin/$_/">\u$_</a></li>\n} for @sections;
    $h .= "    </ul>\n  </nav>\n</header>\n<main id=\"content\">\n";
    return $h;
}
sub shell {
    return qq{<div class="error-page">\n  <h1>403</h1>\n  <h2>Sorry!!</h2>\n}
         . qq{  <p>Error! We're sorry, but the page you were\n  looking for doesn't exist.</p>\n</div>\n};
}
sub related {
    my $h = qq{<aside class="related">\n  <h3>Related</h3>\n  <ul>\n};
    $h .= '    <li>' . link_to(ucfirst(pick(\@topics)) . ' in ' . pick(\@countries)) . "</li>\n" for 1 .. 8;
    return $h . "  </ul>\n</aside>\n";
}
sub comment {
    my $h = sprintf(qq{  <div class="comment" id="c%d">\n    <p class="who"><a href="%s/user/%d">reader%d</a> wrote:</p>\n},
        num(1, 1e6), $origin, num(1, 99999), num(1, 99999));
    $h .= '    <p>' . join(' ', map { sentence() } 1 .. num(1, 3)) . "</p>\n  </div>\n";
    return $h;
}
sub footer {
    my $h = qq{</main>\n<footer class="site-footer">\n  <p>&copy; 2025 The Daily Ledger. <a href="$origin/legal">Legal Disclaimer</a></p>\n</footer>\n};
    $h .= qq{<script>track({x:1,y:2});</script>\n</body>\n</html>\n};
    return $h;
}

sub page {
    my ($size, $dirty) = @_;
    $rng_state = $size;                    # same story for clean and dirty
    $serial = 0;
    my $title = sprintf('%s to send troops to protect %s\'s %s', person_full(), pick(\@countries), pick(\@topics));
    my $head = head($title) . nav();
    my $top = qq{<article class="news-article">\n  <h1 class="headline">$title</h1>\n}
            . qq{  <p class="byline">By Anna Berg, $days[0]</p>\n  <div class="article-body">\n};
    my $tail = related() . "<section class=\"comments\">\n  <h3>Comments</h3>\n";
    my $end = "</section>\n" . footer();
    my $fixed = length($head) + length($top) + length($tail) + length($end) + ($dirty ? length(shell()) : 0);
    my $budget = $size - $fixed;
    $budget = 1000 if $budget < 1000;
    # about two thirds story, one third comments; a dirty page's story is sent twice
    my $story_budget = int($budget * 0.66 / ($dirty ? 2 : 1));
    my $body = '';
    while (length($body) < $story_budget) {
        my $r = rnd();
        if ($r < 0.08) { $body .= '    <h2>' . ucfirst(pick(\@topics)) . "</h2>\n"; }
        elsif ($r < 0.12) { $body .= '    <blockquote><p>' . sentence() . "</p></blockquote>\n"; }
        elsif ($r < 0.15) { $body .= qq{    <figure><img src="$origin/img/} . num(1, 9999) . '.jpg" alt=""><figcaption>' . sentence() . "</figcaption></figure>\n"; }
        else { $body .= paragraph(); }
    }
    my $article = $top . $body . "  </div>\n";
    $article .= "  <div class=\"article-body\">\n" . $body . "  </div>\n" if $dirty;
    $article .= "</article>\n";
    my $page = $head . ($dirty ? shell() : '') . $article . $tail;
    while (length($page) + length($end) < $size) {
        $page .= comment();
    }
    return $page . $end;
}

# ---- realistic pages ----------------------------------------------------------

sub json_string { my $t = shift; $t =~ s/<[^>]*>//g; $t =~ s/(["\\])/\\$1/g; $t =~ s/\n/\\n/g; return qq{"$t"}; }
sub css_rules {
    my ($bytes) = @_;
    my $css = '';
    my $i = 0;
    while (length($css) < $bytes) {
        $i++;
        $css .= sprintf(".c-%s-%d{display:%s;margin:%dpx %dpx;padding:%dpx;font:%d%%/1.%d serif;color:#%06x}\n",
            pick(\@sections), $i, pick(['flex', 'block', 'grid', 'inline-block']), num(0, 40), num(0, 40),
            num(0, 24), num(80, 140), num(1, 8), num(0, 0xffffff));
        $css .= sprintf("\@media (min-width:%dpx){.c-%d{grid-template-columns:repeat(%d,1fr)}}\n", num(320, 1440), $i, num(1, 6))
            if rnd() < 0.15;
    }
    return $css;
}
sub svg_icon {
    my $d = join(' ', map { sprintf('%s%d.%d %d.%d', pick(['M', 'L', 'C', 'Q']), num(0, 24), num(0, 9), num(0, 24), num(0, 9)) } 1 .. num(6, 20));
    return qq{<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="$d z"/></svg>};
}
sub teaser_card {
    my $title = sprintf('%s in %s: what %s\'s %d plan means', ucfirst(pick(\@topics)), pick(\@countries),
                        person_short(), num(1, 99999));
    my $href = sprintf('%s/%s/story-%d.html', $origin, pick(\@sections), num(10000, 999999));
    my ($i1, $i2, $i3) = (num(1, 9999), num(1, 9999), num(1, 9999));
    return sprintf(qq|      <li class="card card--teaser" data-id="%d" data-track='{"list":"recommended","pos":%d}'>\n|, num(1, 9e6), num(1, 60))
         . qq|        <a class="card__link" href="$href"><picture><source type="image/webp" srcset="$origin/img/$i1-480.webp 480w, $origin/img/$i2-960.webp 960w"><img class="card__img" src="$origin/img/$i3.jpg" alt="" loading="lazy" width="480" height="270"></picture>\n|
         . qq|        <h3 class="card__title">$title</h3></a>\n|
         . sprintf(qq|        <p class="card__meta"><span class="card__section">%s</span> <time datetime="2025-0%d-1%d">%dh ago</time></p>\n      </li>\n|,
                   ucfirst(pick(\@sections)), num(1, 9), num(0, 9), num(1, 23));
}
sub ad_slot { return sprintf(qq{    <div class="ad ad--inline" id="ad-slot-%d" data-ad-unit="/1234/news/article" data-sizes="[[300,250],[728,90]]" aria-hidden="true"></div>\n}, num(1, 99)); }

sub page_realistic {
    my ($size, $dirty) = @_;
    $rng_state = $size;                    # same story for clean and dirty
    $serial = 0;
    my $title = sprintf('%s to send troops to protect %s\'s %s', person_full(), pick(\@countries), pick(\@topics));
    my $small = $size < 40 * 1024;
    my $words = $small ? 400 : 1000;

    my @paras;
    my $story_words = 0;
    while ($story_words < $words) {
        my $r = rnd();
        my $p;
        if ($r < 0.07 && @paras > 2) { $p = '    <h2>' . ucfirst(pick(\@topics)) . "</h2>\n"; }
        elsif ($r < 0.10 && @paras > 2) { $p = '    <blockquote class="pull-quote"><p>' . sentence() . "</p></blockquote>\n"; }
        elsif ($r < 0.14 && @paras > 1) { $p = qq{    <figure><img src="$origin/img/} . num(1, 9999) . '.jpg" alt="" width="960" height="540"><figcaption>' . sentence() . "</figcaption></figure>\n"; }
        elsif ($r < 0.18 && @paras > 3) { $p = ad_slot(); }
        else { $p = paragraph(); }
        push @paras, $p;
        (my $t = $p) =~ s/<[^>]*>//g;
        $story_words += () = $t =~ /\S+/g;
    }
    my $body = join('', @paras);

    my $head = qq{<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n}
             . qq{<meta name="viewport" content="width=device-width, initial-scale=1">\n}
             . qq{<title>$title | The Daily Ledger</title>\n}
             . qq{<link rel="canonical" href="$origin/world/story.html">\n};
    $head .= qq{<meta property="og:$_" content="$title">\n} for qw(title description image:alt);
    $head .= qq{<link rel="preload" as="font" href="$origin/fonts/ledger-$_.woff2" crossorigin>\n} for qw(regular bold italic);
    $head .= qq{<script async src="$origin/static/$_.js"></script>\n} for qw(vendor app analytics consent);
    my $state = sprintf(qq|<script id="__STATE__" type="application/json">{"page":{"type":"article","section":"world","id":%d,"headline":%s,"body":[%s]},"ads":[|,
                        num(1e6, 9e6), json_string($title), join(',', map { json_string($_) } @paras[0 .. ($small ? 2 : $#paras)]));
    my $nav = qq{<body class="article-page">\n<a class="skip" href="#content">Skip to content</a>\n<header class="site-header">\n  <a class="logo" href="$origin/">} . svg_icon() . qq{<span>The Daily Ledger</span></a>\n  <nav class="main-nav" aria-label="Sections">\n    <ul>\n};
    for my $sec (@sections) {
        $nav .= qq{      <li class="nav__item"><a href="$origin/$sec/">\u$sec</a>\n        <ul class="nav__sub">\n};
        $nav .= qq{          <li><a href="$origin/$sec/} . lc(pick(\@countries) =~ s/[^A-Za-z]+/-/gr) . qq{/">} . pick(\@countries) . "</a></li>\n" for 1 .. ($small ? 1 : 8);
        $nav .= "        </ul>\n      </li>\n";
    }
    $nav .= qq{    </ul>\n  </nav>\n  <button class="search-toggle" aria-label="Search">} . svg_icon() . qq{</button>\n</header>\n<main id="content">\n};
    my $top = qq{<article class="news-article">\n  <header class="article-header">\n  <h1 class="headline">$title</h1>\n}
            . qq{  <p class="byline">By <a href="$origin/authors/anna-berg">Anna Berg</a>, <time datetime="2025-03-03">$days[0]</time></p>\n  </header>\n}
            . qq{  <ul class="share">} . join('', map { qq{<li><a href="$origin/share/$_">} . svg_icon() . "</a></li>" } qw(x facebook mail link)) . "</ul>\n"
            . qq{  <div class="article-body">\n};
    my $article = $top . $body . "  </div>\n";
    $article .= "  <div class=\"article-body\">\n" . $body . "  </div>\n" if $dirty;
    $article .= "</article>\n";
    my $comments = qq{<section class="comments">\n  <h3>Comments</h3>\n} . join('', map { comment() } 1 .. ($small ? 1 : 3)) . "</section>\n";
    my $foot = qq{</main>\n<footer class="site-footer">\n};
    for my $col (1 .. ($small ? 1 : 4)) {
        $foot .= qq{  <ul class="footer__col">\n} . join('', map { '    <li>' . link_to(ucfirst(pick(\@topics))) . "</li>\n" } 1 .. 10) . "  </ul>\n";
    }
    $foot .= qq{  <p>&copy; 2025 The Daily Ledger. <a href="$origin/legal">Legal Disclaimer</a></p>\n</footer>\n}
           . sprintf(qq|<script>window.dataLayer=window.dataLayer\|\|[];dataLayer.push({"event":"article_view","id":%d});</script>\n</body>\n</html>\n|, num(1, 9e6));

    # what is left goes to CSS (~25%), the state's ad config (~35%) and teaser grids (~40%)
    my $fixed = length($head) + length($state) + length($nav) + length($article) + length($comments) + length($foot)
              + ($dirty ? length(shell()) : 0) + 200;
    my $left = $size - $fixed;
    $left = 0 if $left < 0;
    my $css = "<style>\n" . css_rules(int($left * 0.25)) . "</style>\n";
    my $ads = '';
    for (my $n = 1; length($ads) < $left * 0.35 - 150; $n++) {
        $ads .= ',' if $ads;
        $ads .= sprintf('{"slot":"s%d","unit":"/1234/news/%s","sizes":[[%d,%d],[%d,%d]],"targeting":{"kw":"%s","pos":%d}}',
            $n, pick(\@sections), num(100, 970), num(50, 250), num(100, 970), num(50, 250), pick(\@topics), num(1, 9));
    }
    $state .= $ads . "]}</script>\n";
    $head .= $css . $state . "</head>\n";
    my $page = $head . $nav . ($dirty ? shell() : '') . $article . $comments;
    my $grid = '';
    my $grids = 0;
    while (length($page) + length($grid) + length($foot) + 3000 < $size) {
        if (!$grid || rnd() < 0.04) {
            $grid .= "    </ul>\n  </section>\n" if $grid;
            $grids++;
            $grid .= qq{  <section class="rail rail--$grids">\n    <h2 class="rail__title">} . pick(['Recommended', 'Most read', 'More from World', 'Around the web', 'Latest']) . qq{</h2>\n    <ul class="rail__list">\n};
        }
        $grid .= teaser_card();
    }
    $grid .= "    </ul>\n  </section>\n" if $grid;
    return $page . $grid . $foot;
}

my %sizes = ('15k' => 15 * 1024, '80k' => 80 * 1024, '400k' => 400 * 1024, '2m' => 2048 * 1024);
for my $name (sort { $sizes{$a} <=> $sizes{$b} } keys %sizes) {
    for my $variant ('clean', 'dirty') {
        my $f = "$out/news-$name-$variant.html";
        open my $fh, '>', $f or die "$f: $!\n";
        print $fh ($dense ? page($sizes{$name}, $variant eq 'dirty') : page_realistic($sizes{$name}, $variant eq 'dirty'));
        close $fh or die "$f: $!\n";
    }
}
