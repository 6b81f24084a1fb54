#!/usr/bin/perl
# man/md2pod.pl - turns the project's markdown docs into POD for pod2man, so
# the man pages are generated from docs/ at build time and cannot disagree
# with them.
#
#   perl md2pod.pl --name 'newsclean - clean news pages' [--see-also TEXT] FILE.md...
#
# Handles the markdown the docs use: headings (the first "# " heading of each
# file is its title and is dropped; "##" becomes =head1, "###" =head2),
# paragraphs, "- " lists, ``` fenced code, tables (a table whose header row is
# empty, like the httpd manual's directive cards, becomes "Key: value"
# lines; others become an =over list keyed by the first column), `code`,
# **bold**, *italic*, [text](link); "---" rules and <!-- comments --> are dropped.
use strict;
use warnings;

my ($name, $see_also) = ('', '');
while (@ARGV && $ARGV[0] =~ /^--/) {
    my $opt = shift @ARGV;
    if    ($opt eq '--name')     { $name = shift @ARGV }
    elsif ($opt eq '--see-also') { $see_also = shift @ARGV }
    else                         { die "md2pod: unknown option $opt\n" }
}
die "usage: md2pod.pl --name 'cmd - summary' [--see-also TEXT] FILE.md...\n" unless $name && @ARGV;

# Inline markup to POD.  Code spans first (their content is literal).
sub inline {
    my ($s) = @_;
    my @code;
    $s =~ s/`([^`]+)`/push @code, $1; "\x00" . $#code . "\x00"/ge;
    $s =~ s/\\\|/|/g;
    $s =~ s/([<>])/$1 eq '<' ? 'E<lt>' : 'E<gt>'/ge;
    $s =~ s/\[([^\]]+)\]\(([^)]+)\)/$2 =~ m{^https?:} ? "$1 ($2)" : $1/ge;
    $s =~ s/\*\*(.+?)\*\*/B<< $1 >>/g;
    $s =~ s/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/I<< $1 >>/g;
    $s =~ s/\x00(\d+)\x00/code($code[$1])/ge;
    return $s;
}

sub code {
    my ($c) = @_;
    $c =~ s/\\\|/|/g;
    $c =~ s/([<>])/$1 eq '<' ? 'E<lt>' : 'E<gt>'/ge;
    return "C<< $c >>";
}

sub cells {
    my ($row) = @_;
    $row =~ s/^\s*\|//;
    $row =~ s/\|\s*$//;
    my @c = split /(?<!\\)\|/, $row, -1;
    s/^\s+|\s+$//g for @c;
    return @c;
}

my @out = ("=encoding utf8\n", "=head1 NAME\n", "$name\n");
my $in_list = 0;
my $need_description = 1;     # text before any heading goes under DESCRIPTION

sub start_text { if ($need_description) { push @out, "=head1 DESCRIPTION\n"; $need_description = 0 } }

sub close_list { if ($in_list) { push @out, "=back\n"; $in_list = 0 } }

sub table {
    my (@rows) = @_;
    my @head = cells(shift @rows);
    shift @rows if @rows && $rows[0] =~ /^\s*\|[\s|:-]+\|\s*$/;
    my $card = !grep { length } @head;
    push @out, "=over 4\n";
    for my $r (@rows) {
        my @c = cells($r);
        if ($card) {
            (my $k = $c[0]) =~ s/\*\*//g;
            push @out, "=item " . inline($k) . " " . inline($c[1] // '') . "\n";
        } else {
            push @out, "=item " . ($c[0] =~ /^\d/ ? "Z<>" : '') . inline($c[0]) . "\n";
            my @rest;
            for my $i (1 .. $#c) {
                next unless length $c[$i];
                push @rest, ($#c > 1 ? inline($head[$i]) . ": " : '') . inline($c[$i]);
            }
            push @out, join("; ", @rest) . ".\n" if @rest;
        }
    }
    push @out, "=back\n";
}

for my $file (@ARGV) {
    open my $fh, '<:encoding(UTF-8)', $file or die "md2pod: $file: $!\n";
    my @lines = <$fh>;
    close $fh;
    chomp @lines;
    my $first_heading = 1;
    my $i = 0;
    while ($i < @lines) {
        my $l = $lines[$i];
        if ($l =~ /^<!--/) {           # a comment for the docs' editors
            $i++ until $i >= @lines || $lines[$i] =~ /-->/;
            $i++;
            next;
        }
        start_text() unless $l =~ /^(#|\s*$)/;
        if ($l =~ /^```/) {
            close_list();
            my @code;
            $i++;
            while ($i < @lines && $lines[$i] !~ /^```/) { push @code, $lines[$i++] }
            $i++;
            push @out, join("\n", map { "    $_" } @code) . "\n" if @code;
            next;
        }
        if ($l =~ /^(#+)\s+(.*)$/) {
            close_list();
            my ($level, $text) = (length $1, $2);
            $i++;
            if ($level == 1) {
                next if $first_heading-- > 0;
                $level = 2;
            }
            $first_heading = 0;
            my $pod = $level == 2 ? "=head1 " . uc(inline($text)) : "=head" . ($level - 1) . " " . inline($text);
            $pod = "=head1 " . inline($text) if $level == 2 && $text =~ /Directive$/;
            $need_description = 0;
            push @out, "$pod\n";
            next;
        }
        if ($l =~ /^\s*\|/) {
            close_list();
            my @rows;
            while ($i < @lines && $lines[$i] =~ /^\s*\|/) { push @rows, $lines[$i++] }
            table(@rows);
            next;
        }
        if ($l =~ /^\s*$/ || $l =~ /^---+\s*$/) { $i++; next }
        if ($l =~ /^[-*]\s+(.*)$/) {
            push @out, "=over 4\n" unless $in_list;
            $in_list = 1;
            my @item = ($1);
            $i++;
            while ($i < @lines && $lines[$i] =~ /^\s+\S/ && $lines[$i] !~ /^\s*[-*]\s/) {
                (my $c = $lines[$i++]) =~ s/^\s+//;
                push @item, $c;
            }
            push @out, "=item *\n", inline(join ' ', @item) . "\n";
            next;
        }
        close_list();
        my @para;
        while ($i < @lines && $lines[$i] !~ /^\s*$/ && $lines[$i] !~ /^(#|```|\s*\||[-*]\s)/) {
            push @para, $lines[$i++];
        }
        push @out, inline(join ' ', @para) . "\n";
    }
    close_list();
}
push @out, "=head1 SEE ALSO\n", "$see_also\n" if $see_also;
binmode STDOUT, ':encoding(UTF-8)';
print join "\n", @out;
