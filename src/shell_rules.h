/*
 * shell_rules.h - the compiled wording of error shells, shared by the passes
 * that look for shells (shells.c: blocks; loose_text.c: lines of loose text).
 * Internal to the engine: callers outside it see only shells.h.
 */
#ifndef NC_SHELL_RULES_H
#define NC_SHELL_RULES_H

#include "shells.h"
#include "nc_regex.h"
#include "shell_catalog.h"
#include "error_traces.h"

#define SHELL_MAX_BLOCK_WORDS 30     /* longer blocks are article text */

/* The longest weak token is a server line ("Apache/2.4.57 (Debian) Server at
 * www.example.org Port 443") of a dozen words. */
#define WEAK_TOKEN_MAX_WORDS 20
/* An error document's coded title ("Error 403 - This web app is stopped."). */
#define CODED_TITLE_MAX_WORDS 14
/* A server's bare signature line ("www.example.it Apache"). */
#define BARE_SIGNATURE_MAX_WORDS 8

/* How many blocks either side of a trigger word a phrase may reach into. */
#define TRIGGER_REACH 2

#define NC_TRIGGER_PREFIXES 371       /* room for trigger_prefixes (checked in shell_rules.c) */
#define NC_TRIGGER_STEMS_LISTED 309   /* trigger_stems (checked in shell_rules.c) */
#define NC_TRIGGER_STEMS (2 * NC_TRIGGER_STEMS_LISTED)

struct nc_shell_rules {
    apr_array_header_t *phrases;       /* of nc_regex *: error-page sentences */
    nc_regex *strong_token;            /* a whole block that is an error title */
    nc_regex *strong_title_more;       /* more such titles (nc_shell_rules_strong_title) */
    nc_regex *weak_token;              /* a whole block that is a bare code or exclamation */
    nc_regex *server_signature;        /* "Apache/2.4.62" inside a short line */
    nc_regex *bare_signature;          /* "www.example.it Apache": a line of its own */
    nc_regex *status_code;             /* a whole block that is a bare 4xx/5xx code */
    nc_regex *status_reason;           /* a whole block that is an HTTP reason phrase */
    nc_regex *status_reason_lead;      /* a block that opens with one as a sentence */
    nc_regex *coded_lead;              /* a block that opens with "Error 404." */
    nc_regex *coded_mention;           /* "Foutcode 410", "(410)" anywhere in a short block */
    nc_regex *coded_title;             /* "Error 403 - This web app is stopped." as a heading */
    apr_array_header_t *composed;      /* of nc_regex *: a page noun near a failure predicate */
    int first_template;                /* composed[i] for i >= this: template_patterns */
    int first_soft;                    /* composed[i] for i >= this: soft_patterns */
    int first_advice;                  /* composed[i] for i >= this: advice_patterns */
    nc_regex *apology;                 /* a block that opens with "Sorry," "Oops!" "Vaya," */
    nc_regex *box_apology;             /* a paragraph that opens with the site's apology proper */
    nc_regex *members_only;            /* "Cet article est réservé aux abonnés", "会員限定記事" */
    nc_regex *attribution;             /* ", the spokesman said." after a phrase: reported speech */
    nc_regex *vocabulary;              /* words a shell's own sentences use ("moved", "URL") */
    nc_regex *failure;                 /* a status code or the word "error", any language */
    apr_uint32_t trigger_pairs[26];    /* bit b of [a]: a trigger prefix starts with letters a, b */
    apr_uint16_t pair_first[26 * 26];  /* the prefixes that start with a pair: */
    unsigned char pair_count[26 * 26]; /* by_pair[pair_first[ab] .. + pair_count[ab]) */
    const char *by_pair[NC_TRIGGER_PREFIXES];
    unsigned char by_pair_len[NC_TRIGGER_PREFIXES];
    const char *stems[2 * NC_TRIGGER_STEMS_LISTED]; /* trigger_stems and their capitalised forms */
    apr_size_t stem_len[2 * NC_TRIGGER_STEMS_LISTED];
    int nstems;
    char *phrase_high, *composed_high; /* [i]: pattern i matches only text with a byte >= 0x80 */
    nc_catalog *catalog;               /* what real servers' and CMSs' error pages say */
    nc_traces *traces;                 /* stack frames, exception headers, PHP error lines */
};

/* Where each non-Latin stem next occurs, so each is searched once per text. */
typedef struct nc_trigger_scan {
    const nc_shell_rules *rules;
    const char *text;
    apr_size_t  len;
    int         non_latin;      /* has bytes beyond ASCII, Latin-1 and punctuation */
    apr_size_t  stem_at[NC_TRIGGER_STEMS];
} nc_trigger_scan;

void nc_trigger_scan_init(nc_trigger_scan *ts, const nc_shell_rules *r, const char *text, apr_size_t len);
/* Offset of the first trigger at or after pos, or len. */
apr_size_t nc_next_trigger(nc_trigger_scan *ts, apr_size_t pos);

/* Is the whole text an error page's title (strong_token or strong_title_more)? */
int nc_shell_rules_strong_title(const nc_shell_rules *r, pcre2_match_data *md, const char *t, apr_size_t n);

/* Does the text hold a '/' before a digit ("Apache/2.4")? The version
 * signature test is tried only then. */
int nc_slash_digit(const char *s, apr_size_t len);

static inline int nc_ascii_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

#endif
