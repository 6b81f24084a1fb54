/*
 * mod_newsclean.c - the httpd glue: configuration, the NEWSCLEAN output
 * filter and its brigades.
 *
 * This file owns everything httpd-shaped and nothing HTML-shaped. The filter
 * decides whether a response is one it may touch (the gates), holds the
 * original buckets while feeding their bytes to the engine as they arrive,
 * and at EOS applies the engine's edit list to the held brigade: removed
 * ranges are cut out with apr_brigade_partition, inserted text goes in as new
 * buckets, and every byte kept is the backend's own bucket. The engine
 * (src/newsclean.h) decides what to remove and what to insert; it never sees
 * a request_rec.
 *
 * The one rule above all: never a 500 and never a lost byte. Every path that
 * does not end in a clean edit sends the original bytes, in order.
 *
 * HTTP semantics follow mod_deflate: whether a response is taken is decided
 * from its status and headers alone, so its ETag (a "-newsclean" suffix) is
 * the same for GET, HEAD and 304; before the handler runs, a conditional
 * request carrying our ETag is rewritten to the backend's tag and Range is
 * held back, then put back by NEWSCLEAN_PROTOCOL so that httpd's byterange
 * filter serves ranges of the cleaned body. With NewsCleanInflate, gzip and
 * deflate bodies are decoded (zlib) for the engine while the compressed
 * buckets are held for the unchanged path.
 *
 * Modelled on httpd's mod_deflate.c and mod_substitute.c: one per-directory
 * config struct with unset sentinels and a create/merge pair, a command_rec
 * table that reads like docs/directives.md, a filter context allocated on
 * the first call, one brigade loop, and log lines tagged "NC0xxx" (we have
 * no official APLOGNO numbers) that say what the operator should do.
 */

/* No config.h here: httpd's ap_config_auto.h defines PACKAGE_* too (G1). */
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "util_filter.h"

#include <errno.h>
#include <zlib.h>

#include "apr_buckets.h"
#include "apr_lib.h"
#include "apr_strings.h"
#include "apr_thread_mutex.h"

#include "newsclean.h"
#include "charset.h"
#include "explain_html.h"

/* Declared here, defined at the bottom; AP_DECLARE_MODULE also tags our log
 * lines with the module so "LogLevel newsclean:debug" works. */
module AP_MODULE_DECLARE_DATA newsclean_module;

#define NC_FILTER_NAME        "NEWSCLEAN"
#define NC_DEFAULT_MAX_SIZE   ((apr_off_t)4 * 1024 * 1024)
#define NC_MAX_SIZE_LIMIT     ((apr_off_t)1024 * 1024 * 1024)
#define NC_MAX_MIN_WORDS      10000
#define NC_ETAG_SUFFIX        "-newsclean"
#define NC_DEBUG_HEADER       "X-NewsClean"
#define NC_NO_NEWSCLEAN_ENV   "no-newsclean"
#define NC_PROTO_FILTER_NAME  "NEWSCLEAN_PROTOCOL"
#define NC_DEFAULT_INFLATE_RATIO 200    /* as DeflateInflateRatioLimit */
#define NC_INFLATE_RATIO_FLOOR   (64 * 1024)  /* no ratio check below this */
#define NC_UTF8_BOM           "\xEF\xBB\xBF"
#define NC_INFLATE_CHUNK         8192
/* NewsCleanMemFree's default: what the page allocator keeps for the next
 * pages, per child. About 100 pages of 80 KB in flight (the engine takes 4x
 * a page), or four at the default NewsCleanMaxSize. */
#define NC_PAGE_MEM_FREE         ((apr_size_t)32 * 1024 * 1024)

/* NewsCleanAlterETag, as mod_deflate's DeflateAlterETag. */
#define NC_ETAG_ADDSUFFIX     0
#define NC_ETAG_NOCHANGE      1
#define NC_ETAG_REMOVE        2

/* ------------------------------------------------------------------ */
/* Data structures                                                     */
/* ------------------------------------------------------------------ */

/* Per-directory configuration. -1 / NULL mean "not set here": the merge
 * takes the child's value when set, else the parent's; the effective
 * defaults are applied when a request is served (nc_options_for). */
typedef struct nc_dir_conf {
    int enabled;                        /* NewsClean: insert the filter */
    apr_array_header_t *types;          /* NewsCleanTypes: lower-case media types */
    int shells;                         /* NewsCleanShells */
    apr_array_header_t *shell_patterns; /* NewsCleanShellPattern: const nc_pattern * */
    int dedup;                          /* NewsCleanDedup */
    int min_block_words;                /* NewsCleanMinBlockWords */
    int metadata;                       /* NewsCleanMetadata */
    int placement;                      /* NewsCleanMetadataPlacement: nc_placement */
    apr_off_t max_size;                 /* NewsCleanMaxSize, bytes */
    int soft_error_status;              /* NewsCleanSoftErrorStatus: 404, 410, 0 = off */
    int debug_header;                   /* NewsCleanDebugHeader */
    int alter_etag;                     /* NewsCleanAlterETag: NC_ETAG_* */
    int explain;                        /* NewsCleanExplain: answer with the report */
    int inflate;                        /* NewsCleanInflate */
    int inflate_ratio;                  /* NewsCleanInflateRatioLimit */
    const nc_lexicon *lexicon;          /* NewsCleanLexicon: loaded file, or NULL */
    int lexicon_set;                    /* NewsCleanLexicon given here (even "none") */
} nc_dir_conf;

/* Per request (r->request_config), created by whichever needs it first:
 * the insert_filter hook (conditional headers, Range) or the filter. */
typedef struct nc_req_state {
    int claimed;                        /* one NEWSCLEAN instance owns the response */
    int etag_stripped;                  /* If-None-Match carried our suffix */
    const char *range;                  /* the client's Range, held back from the backend */
} nc_req_state;

/* One response being cleaned; allocated on the filter's first call once the
 * gates have let the response in. */
typedef struct nc_filter_ctx {
    const nc_dir_conf *conf;
    nc_options opts;                    /* built from conf; the engine reads it */
    nc_doc *doc;                        /* the engine's view of this response */
    apr_pool_t *page_pool;              /* the engine's memory (nc_page_pool) */
    apr_bucket_brigade *held;           /* what goes out unchanged, in order (below) */
    apr_off_t held_len;                 /* body bytes taken so far */
    apr_off_t held_mark;                /* body bytes already placed in held */
    apr_off_t max_size;                 /* effective NewsCleanMaxSize */
    apr_interval_time_t engine_us;      /* time spent inside the engine */
    apr_size_t skip;                    /* leading bytes the engine does not
                                         * see (a UTF-8 byte order mark) */
    /* NewsCleanInflate: a gzip/deflate body is decoded for the engine. The
     * original (compressed) buckets stay in held, to be sent unchanged on
     * any doubt; the decoded bytes are fed to the engine, whose copy is
     * what gets edited (as for any other page). */
    int inflating;                      /* 1 while decoding */
    int z_open, z_done;                 /* inflateInit2 done; stream ended */
    z_stream z;
    apr_off_t plain_len;                /* decoded bytes so far */
} nc_filter_ctx;

/* Built once per configuration load in post_config, read-only afterwards and
 * shared by all threads of all children. */
static const nc_engine *nc_engine_g;
static ap_filter_rec_t *nc_filter_handle;

/* One allocator per child for the engine's memory, shared by its threads.
 * In a request pool that memory would come from the connection's allocator,
 * which keeps up to MaxMemFree (2 MB) after every large page: with a hundred
 * connections the children grew by hundreds of MB, and slowly, as large
 * pages reached more connections. Here what is kept is bounded per child
 * (NewsCleanMemFree) and reused by whichever connection comes next. */
static apr_allocator_t *nc_page_allocator;
static apr_size_t nc_page_mem_free = NC_PAGE_MEM_FREE;    /* NewsCleanMemFree */

static ap_filter_rec_t *nc_proto_filter_handle;

/* The shell tests' verdicts on short texts, kept across this child's pages
 * (src/verdict_cache.h): a site's menus and footers are tested once. Its
 * size is NewsCleanVerdictCache; NULL when that is 0 or the child could not
 * make it, and pages are then tested from scratch. */
static nc_verdict_cache *nc_verdicts;
static apr_size_t nc_verdict_bytes = NC_VERDICT_CACHE_DEFAULT;

/* ------------------------------------------------------------------ */
/* Configuration: create, merge, directives                            */
/* ------------------------------------------------------------------ */

static void *nc_create_dir_conf(apr_pool_t *p, char *dir)
{
    nc_dir_conf *c = apr_pcalloc(p, sizeof(*c));

    (void)dir;
    c->enabled = -1;
    c->types = NULL;
    c->shells = -1;
    c->shell_patterns = NULL;
    c->dedup = -1;
    c->min_block_words = -1;
    c->metadata = -1;
    c->placement = -1;
    c->max_size = -1;
    c->soft_error_status = -1;
    c->debug_header = -1;
    c->alter_etag = -1;
    c->explain = -1;
    c->inflate = -1;
    c->inflate_ratio = -1;
    return c;
}

#define NC_MERGE(field, unset) \
    (add->field != (unset) ? add->field : base->field)

static void *nc_merge_dir_conf(apr_pool_t *p, void *basev, void *addv)
{
    const nc_dir_conf *base = basev, *add = addv;
    nc_dir_conf *c = apr_pcalloc(p, sizeof(*c));

    c->enabled           = NC_MERGE(enabled, -1);
    c->types             = NC_MERGE(types, NULL);
    c->shells            = NC_MERGE(shells, -1);
    c->dedup             = NC_MERGE(dedup, -1);
    c->min_block_words   = NC_MERGE(min_block_words, -1);
    c->metadata          = NC_MERGE(metadata, -1);
    c->placement         = NC_MERGE(placement, -1);
    c->max_size          = NC_MERGE(max_size, -1);
    c->soft_error_status = NC_MERGE(soft_error_status, -1);
    c->debug_header      = NC_MERGE(debug_header, -1);
    c->alter_etag        = NC_MERGE(alter_etag, -1);
    c->explain           = NC_MERGE(explain, -1);
    c->inflate           = NC_MERGE(inflate, -1);
    c->inflate_ratio     = NC_MERGE(inflate_ratio, -1);
    c->lexicon           = add->lexicon_set ? add->lexicon : base->lexicon;
    c->lexicon_set       = add->lexicon_set || base->lexicon_set;

    /* Shell patterns accumulate: the parent's first, then the child's. */
    if (base->shell_patterns && add->shell_patterns) {
        c->shell_patterns = apr_array_append(p, base->shell_patterns,
                                             add->shell_patterns);
    }
    else {
        c->shell_patterns = add->shell_patterns ? add->shell_patterns
                                                : base->shell_patterns;
    }
    return c;
}

/* NewsCleanTypes type... (ITERATE): the list of one context replaces the
 * inherited one; several lines in the same context add up. */
static const char *nc_cmd_types(cmd_parms *cmd, void *cfg, const char *arg)
{
    nc_dir_conf *c = cfg;
    const char *slash = strchr(arg, '/');

    if (!slash || slash == arg || slash[1] == '\0' || strchr(arg, ';')
        || strchr(slash + 1, '/')) {
        return apr_psprintf(cmd->pool, "%s: '%s' is not a media type; write "
                            "type/subtype without parameters, e.g. text/html",
                            cmd->cmd->name, arg);
    }
    if (!c->types) {
        c->types = apr_array_make(cmd->pool, 4, sizeof(const char *));
    }
    {
        char *t = apr_pstrdup(cmd->pool, arg);
        ap_str_tolower(t);
        APR_ARRAY_PUSH(c->types, const char *) = t;
    }
    return NULL;
}

/* NewsCleanShellPattern "regex" (ITERATE): compiled now, so a bad regex stops
 * httpd at startup with the file and line rather than failing per request. */
static const char *nc_cmd_shell_pattern(cmd_parms *cmd, void *cfg,
                                        const char *arg)
{
    nc_dir_conf *c = cfg;
    char *err = NULL;
    nc_pattern *pat;

    if (*arg == '\0') {
        return apr_psprintf(cmd->pool, "%s: the regular expression is empty",
                            cmd->cmd->name);
    }
    pat = nc_pattern_compile(cmd->pool, arg, &err);
    if (!pat) {
        return apr_psprintf(cmd->pool, "%s: cannot compile the regular "
                            "expression \"%s\": %s", cmd->cmd->name, arg,
                            err ? err : "unknown error");
    }
    if (!c->shell_patterns) {
        c->shell_patterns = apr_array_make(cmd->pool, 4,
                                           sizeof(const nc_pattern *));
    }
    APR_ARRAY_PUSH(c->shell_patterns, const nc_pattern *) = pat;
    return NULL;
}

/* A whole number in [min, max], or the message httpd shows with file and line. */
static const char *nc_parse_bounded_int(cmd_parms *cmd, const char *arg,
                                        int min, int max, int *out)
{
    char *end;
    apr_int64_t n;

    errno = 0;
    n = apr_strtoi64(arg, &end, 10);
    if (end == arg || *end != '\0' || errno || n < min || n > max) {
        return apr_psprintf(cmd->pool, "%s: '%s' is not a whole number "
                            "between %d and %d", cmd->cmd->name, arg, min, max);
    }
    *out = (int)n;
    return NULL;
}

static const char *nc_cmd_min_block_words(cmd_parms *cmd, void *cfg,
                                          const char *arg)
{
    nc_dir_conf *c = cfg;

    return nc_parse_bounded_int(cmd, arg, 1, NC_MAX_MIN_WORDS,
                                &c->min_block_words);
}

static const char *nc_cmd_placement(cmd_parms *cmd, void *cfg, const char *arg)
{
    nc_dir_conf *c = cfg;

    if (!strcasecmp(arg, "head")) {
        c->placement = NC_PLACE_HEAD;
    }
    else if (!strcasecmp(arg, "body")) {
        c->placement = NC_PLACE_BODY;
    }
    else {
        return apr_psprintf(cmd->pool, "%s: '%s' is neither 'head' nor 'body'",
                            cmd->cmd->name, arg);
    }
    return NULL;
}

/* SIZE: a whole number of bytes with an optional K, M or G suffix (binary),
 * between min and NC_MAX_SIZE_LIMIT. Returns 0 and sets *out, or -1. */
static int nc_parse_size(const char *arg, apr_int64_t min, apr_int64_t *out)
{
    char *end;
    apr_int64_t n, unit = 1;

    errno = 0;
    n = apr_strtoi64(arg, &end, 10);
    if (end == arg || errno || n < 0) {
        return -1;
    }
    switch (apr_tolower(*end)) {
    case 'k': unit = 1024;               end++; break;
    case 'm': unit = 1024 * 1024;        end++; break;
    case 'g': unit = 1024 * 1024 * 1024; end++; break;
    default: break;
    }
    if (*end != '\0' || n < min || n > NC_MAX_SIZE_LIMIT / unit) {
        return -1;
    }
    *out = n * unit;
    return 0;
}

static const char *nc_cmd_max_size(cmd_parms *cmd, void *cfg, const char *arg)
{
    nc_dir_conf *c = cfg;
    apr_int64_t n;

    if (nc_parse_size(arg, 1, &n) == 0) {
        c->max_size = (apr_off_t)n;
        return NULL;
    }
    return apr_psprintf(cmd->pool, "%s: '%s' is not a size between 1 byte "
                        "and 1G; write bytes or a number with K, M or G, "
                        "e.g. 4M", cmd->cmd->name, arg);
}

/* NewsCleanVerdictCache: server-wide; one cache per child. */
static const char *nc_cmd_verdict_cache(cmd_parms *cmd, void *cfg, const char *arg)
{
    const char *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    apr_int64_t n;

    (void)cfg;
    if (err) {
        return err;
    }
    if (strcasecmp(arg, "off") == 0) {
        nc_verdict_bytes = 0;
        return NULL;
    }
    if (nc_parse_size(arg, 0, &n) == 0 && (n == 0 || n >= 16 * 1024)
        && n <= 64 * 1024 * 1024) {
        nc_verdict_bytes = (apr_size_t)n;
        return NULL;
    }
    return apr_psprintf(cmd->pool, "%s: '%s' is not off or a size between "
                        "16K and 64M, e.g. 256K", cmd->cmd->name, arg);
}

/* NewsCleanMemFree: server-wide, as httpd's MaxMemFree. */
static const char *nc_cmd_mem_free(cmd_parms *cmd, void *cfg, const char *arg)
{
    const char *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    apr_int64_t n;

    (void)cfg;
    if (err) {
        return err;
    }
    if (nc_parse_size(arg, 0, &n) == 0) {
        nc_page_mem_free = (apr_size_t)n;
        return NULL;
    }
    return apr_psprintf(cmd->pool, "%s: '%s' is not a size between 0 (keep "
                        "everything) and 1G; write bytes or a number with K, "
                        "M or G, e.g. 32M", cmd->cmd->name, arg);
}

static const char *nc_cmd_soft_error_status(cmd_parms *cmd, void *cfg,
                                            const char *arg)
{
    nc_dir_conf *c = cfg;

    if (!strcmp(arg, "404")) {
        c->soft_error_status = HTTP_NOT_FOUND;
    }
    else if (!strcmp(arg, "410")) {
        c->soft_error_status = HTTP_GONE;
    }
    else if (!strcasecmp(arg, "off")) {
        c->soft_error_status = 0;
    }
    else {
        return apr_psprintf(cmd->pool, "%s: '%s' is not one of 404, 410, off",
                            cmd->cmd->name, arg);
    }
    return NULL;
}

static const char *nc_cmd_alter_etag(cmd_parms *cmd, void *cfg,
                                     const char *arg)
{
    nc_dir_conf *c = cfg;

    if (!strcasecmp(arg, "AddSuffix")) {
        c->alter_etag = NC_ETAG_ADDSUFFIX;
    }
    else if (!strcasecmp(arg, "NoChange")) {
        c->alter_etag = NC_ETAG_NOCHANGE;
    }
    else if (!strcasecmp(arg, "Remove")) {
        c->alter_etag = NC_ETAG_REMOVE;
    }
    else {
        return apr_psprintf(cmd->pool, "%s: '%s' is not one of AddSuffix, "
                            "NoChange, Remove", cmd->cmd->name, arg);
    }
    return NULL;
}

static const char *nc_cmd_inflate_ratio(cmd_parms *cmd, void *cfg,
                                        const char *arg)
{
    nc_dir_conf *c = cfg;

    return nc_parse_bounded_int(cmd, arg, 1, 100000, &c->inflate_ratio);
}

/* NewsCleanLexicon FILE|none: read and checked now, so a bad file stops
 * httpd at startup with its FILE:LINE; shared read-only by all threads. */
static const char *nc_cmd_lexicon(cmd_parms *cmd, void *cfg, const char *arg)
{
    nc_dir_conf *c = cfg;
    const char *path;
    char *err = NULL;

    c->lexicon_set = 1;
    if (!strcasecmp(arg, "none")) {
        c->lexicon = NULL;
        return NULL;
    }
    path = ap_server_root_relative(cmd->pool, arg);
    if (!path) {
        return apr_psprintf(cmd->pool, "%s: '%s' is not a valid path",
                            cmd->cmd->name, arg);
    }
    c->lexicon = nc_lexicon_load(cmd->pool, path, &err);
    if (!c->lexicon) {
        return apr_psprintf(cmd->pool, "%s: cannot use the lexicon %s: %s",
                            cmd->cmd->name, path, err ? err : "unknown error");
    }
    return NULL;
}

#define NC_FLAG(name, field, where, help) \
    AP_INIT_FLAG(name, ap_set_flag_slot, \
                 (void *)APR_OFFSETOF(nc_dir_conf, field), where, help)

/* Per-directory throughout. What shapes the output may also come from
 * .htaccess (AllowOverride Options); what costs memory or CPU per request
 * (the size cap, operator regexes) or exposes internals (the debug header)
 * is for the server's own configuration. */
#define NC_HTACCESS  (OR_OPTIONS | ACCESS_CONF)
#define NC_SERVER    (RSRC_CONF | ACCESS_CONF)

static const command_rec nc_cmds[] = {
    NC_FLAG("NewsClean", enabled, NC_HTACCESS,
            "On to insert the NEWSCLEAN output filter here"),
    AP_INIT_ITERATE("NewsCleanTypes", nc_cmd_types, NULL, NC_HTACCESS,
                    "media types to clean (default text/html "
                    "application/xhtml+xml)"),
    NC_FLAG("NewsCleanShells", shells, NC_HTACCESS,
            "On to remove error shells wrapped around the article (default On)"),
    AP_INIT_ITERATE("NewsCleanShellPattern", nc_cmd_shell_pattern, NULL,
                    NC_SERVER,
                    "regular expressions (PCRE2) that mark more error shells"),
    NC_FLAG("NewsCleanDedup", dedup, NC_HTACCESS,
            "On to remove duplicated copies of article blocks (default On)"),
    AP_INIT_TAKE1("NewsCleanMinBlockWords", nc_cmd_min_block_words, NULL,
                  NC_HTACCESS,
                  "words a block needs before it counts as a duplicate (1-10000)"),
    NC_FLAG("NewsCleanMetadata", metadata, NC_HTACCESS,
            "On to insert a schema.org JSON-LD block (default On)"),
    AP_INIT_TAKE1("NewsCleanMetadataPlacement", nc_cmd_placement, NULL,
                  NC_HTACCESS,
                  "where the JSON-LD block goes: head or body (default head)"),
    AP_INIT_TAKE1("NewsCleanMaxSize", nc_cmd_max_size, NULL, NC_SERVER,
                  "largest body to hold and clean, e.g. 4M (default 4M)"),
    AP_INIT_TAKE1("NewsCleanMemFree", nc_cmd_mem_free, NULL, RSRC_CONF,
                  "memory each child keeps for the next pages, e.g. 32M "
                  "(default 32M; 0 keeps all)"),
    AP_INIT_TAKE1("NewsCleanVerdictCache", nc_cmd_verdict_cache, NULL,
                  RSRC_CONF, "memory each child keeps for the shell tests' "
                  "verdicts on repeated short texts, e.g. 256K, or off "
                  "(default 256K)"),
    AP_INIT_TAKE1("NewsCleanSoftErrorStatus", nc_cmd_soft_error_status, NULL,
                  NC_HTACCESS,
                  "status for a 200 that is only an error page: 404, 410 or "
                  "off (default 404)"),
    NC_FLAG("NewsCleanDebugHeader", debug_header, NC_SERVER,
            "On to add an X-NewsClean response header (default Off)"),
    AP_INIT_TAKE1("NewsCleanAlterETag", nc_cmd_alter_etag, NULL, NC_HTACCESS,
                  "what happens to the ETag of a response the filter takes: "
                  "AddSuffix, NoChange or Remove (default AddSuffix)"),
    NC_FLAG("NewsCleanInflate", inflate, NC_HTACCESS,
            "On to decode gzip and deflate bodies for cleaning (default Off)"),
    AP_INIT_TAKE1("NewsCleanInflateRatioLimit", nc_cmd_inflate_ratio, NULL,
                  NC_SERVER, "largest decoded/encoded size ratio before a "
                  "body is taken for a decompression bomb (default 200)"),
    AP_INIT_TAKE1("NewsCleanLexicon", nc_cmd_lexicon, NULL, NC_SERVER,
                  "a file of this site's people, organisations, events and "
                  "places (docs/metadata.md), or none"),
    NC_FLAG("NewsCleanExplain", explain, NC_SERVER,
            "On to answer with the explain report instead of the page; for "
            "trusted clients only (protect it with Require)"),
    { NULL }
};

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/* Engine options for one request: the engine's defaults, then whatever the
 * merged configuration sets. */
static void nc_options_for(nc_options *o, const nc_dir_conf *conf)
{
    nc_options_default(o);
    if (conf->shells != -1)          o->shells = conf->shells;
    if (conf->dedup != -1)           o->dedup = conf->dedup;
    if (conf->metadata != -1)        o->metadata = conf->metadata;
    if (conf->placement != -1)       o->placement = (nc_placement)conf->placement;
    if (conf->min_block_words != -1) o->min_block_words = conf->min_block_words;
    o->shell_patterns = conf->shell_patterns;
    o->lexicon = conf->lexicon;
    o->verdicts = nc_verdicts;
}

static apr_off_t nc_max_size(const nc_dir_conf *conf)
{
    return conf->max_size == -1 ? NC_DEFAULT_MAX_SIZE : conf->max_size;
}

/* Reasons come from us or from the engine and end up in a header and in the
 * access log: keep them one printable, space-free token. */
static const char *nc_token(apr_pool_t *p, const char *s)
{
    char *t = apr_pstrdup(p, s ? s : "unknown");
    char *q;

    for (q = t; *q; q++) {
        unsigned char ch = (unsigned char)*q;
        if (ch <= ' ' || ch >= 0x7f || ch == '"' || ch == '\\' || ch == ',') {
            *q = '-';
        }
    }
    return *t ? t : "unknown";
}

static const char *nc_uri(request_rec *r)
{
    return ap_escape_logitem(r->pool, r->unparsed_uri ? r->unparsed_uri
                                                      : r->uri);
}

/* The request's state, created on first use. */
static nc_req_state *nc_state(request_rec *r)
{
    nc_req_state *st = ap_get_module_config(r->request_config,
                                            &newsclean_module);
    if (!st) {
        st = apr_pcalloc(r->pool, sizeof(*st));
        ap_set_module_config(r->request_config, &newsclean_module, st);
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Validators and ranges: what the client sees is the cleaned entity    */
/* ------------------------------------------------------------------ */

/* A response the filter takes (it passed the gates) is a different entity
 * from the backend's, whether or not the engine ends up editing it: the
 * decision comes at the end of the body, but the validator of a HEAD or a
 * 304 must agree with the GET's. So every such response gets the same
 * treatment, decided from the headers alone, as mod_deflate does it:
 * "abc" becomes W/"abc-newsclean" (weak: a byte-exact If-Match or If-Range
 * never matches it). */
static void nc_alter_etag(request_rec *r, const nc_dir_conf *conf)
{
    int mode = conf->alter_etag == -1 ? NC_ETAG_ADDSUFFIX : conf->alter_etag;
    const char *etag = apr_table_get(r->headers_out, "ETag");
    const char *opaque;
    apr_size_t n;

    if (!etag || mode == NC_ETAG_NOCHANGE) {
        return;
    }
    if (mode == NC_ETAG_REMOVE) {
        apr_table_unset(r->headers_out, "ETag");
        return;
    }
    n = strlen(etag);
    opaque = strncmp(etag, "W/", 2) ? etag : etag + 2;
    if (n < 2 || opaque[0] != '"' || etag[n - 1] != '"'
        || opaque >= etag + n - 1) {
        apr_table_unset(r->headers_out, "ETag");    /* not an entity tag */
        return;
    }
    if (n >= sizeof(NC_ETAG_SUFFIX "\"")
        && !strcmp(etag + n - sizeof(NC_ETAG_SUFFIX "\"") + 1,
                   NC_ETAG_SUFFIX "\"")) {
        return;                                     /* already ours */
    }
    apr_table_setn(r->headers_out, "ETag",
                   apr_pstrcat(r->pool, "W/",
                               apr_pstrmemdup(r->pool, opaque,
                                              (etag + n - 1) - opaque),
                               NC_ETAG_SUFFIX "\"", NULL));
}

/* Rewrites an If-None-Match list so the backend sees its own tags: each
 * W/"abc-newsclean" becomes "abc", W/"abc" (the backend compares weakly,
 * and we no longer know whether its tag was weak). Returns NULL when no tag
 * carried our suffix. */
static const char *nc_strip_inm(apr_pool_t *p, const char *inm)
{
    static const char sfx[] = NC_ETAG_SUFFIX;
    const apr_size_t sfx_len = sizeof(sfx) - 1;
    const char *s = inm;
    char *out = "";
    int found = 0;

    while (*s) {
        const char *item, *q, *tag;
        apr_size_t len;

        while (*s == ' ' || *s == '\t' || *s == ',') {
            s++;
        }
        if (!*s) {
            break;
        }
        item = s;
        tag = strncmp(s, "W/", 2) ? s : s + 2;
        if (*tag == '"' && (q = strchr(tag + 1, '"')) != NULL) {
            s = q + 1;
            len = (apr_size_t)(q - (tag + 1));
            if (len > sfx_len && !strncmp(q - sfx_len, sfx, sfx_len)) {
                char *o = apr_pstrmemdup(p, tag + 1, len - sfx_len);
                out = apr_pstrcat(p, out, *out ? ", " : "", "\"", o, "\", W/\"",
                                  o, "\"", NULL);
                found = 1;
                continue;
            }
        }
        else {
            s += strcspn(s, ",");
        }
        out = apr_pstrcat(p, out, *out ? ", " : "",
                          apr_pstrmemdup(p, item, (apr_size_t)(s - item)), NULL);
    }
    return found ? out : NULL;
}


/* Is NEWSCLEAN among this request's output filters, by any way of enabling
 * it (ours, SetOutputFilter, or mod_filter's "BYTYPE:NEWSCLEAN" harness)? */
static int nc_filter_present(request_rec *r)
{
    static const char tail[] = ":" NC_FILTER_NAME;
    ap_filter_t *f;

    for (f = r->output_filters; f; f = f->next) {
        const char *name = f->frec ? f->frec->name : NULL;
        apr_size_t n = name ? strlen(name) : 0;

        if (f->frec == nc_filter_handle
            || (n >= sizeof(tail) - 1
                && !strcasecmp(name + n - (sizeof(tail) - 1), tail))) {
            return 1;
        }
    }
    return 0;
}

/* Before the handler (mod_proxy) sends the request on, for a request that
 * NEWSCLEAN may answer (after mod_cache's quick handler added its own
 * validators):
 *  - a conditional GET with our ETag must reach the backend with the
 *    backend's tag, or no 304 ever comes back. If-Match and If-Range are
 *    left alone: our tag is weak, and a weak tag must never match in them;
 *  - ranges must be of the cleaned body, never of the backend's: Range is
 *    held back (the backend answers 200 with the whole page) and put back
 *    after NEWSCLEAN by NEWSCLEAN_PROTOCOL, so that httpd's own byterange
 *    filter cuts the ranges out of what we send. */
static void nc_prepare_request(request_rec *r)
{
    const char *inm = apr_table_get(r->headers_in, "If-None-Match");
    const char *range = apr_table_get(r->headers_in, "Range");
    nc_req_state *st;

    if (r->main || (!range && !(inm && ap_strstr_c(inm, NC_ETAG_SUFFIX)))
        || !nc_filter_present(r)) {
        return;
    }
    st = nc_state(r);
    if (inm && (inm = nc_strip_inm(r->pool, inm)) != NULL) {
        ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r, "NC0215: If-None-Match "
                      "for %s carried the NewsClean ETag; asking the backend "
                      "with its own: %s", nc_uri(r),
                      ap_escape_logitem(r->pool, inm));
        apr_table_setn(r->headers_in, "If-None-Match", inm);
        st->etag_stripped = 1;
    }
    if (range) {
        ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r, "NC0216: Range for %s "
                      "held back from the backend; ranges are cut from the "
                      "cleaned body", nc_uri(r));
        st->range = range;
        apr_table_unset(r->headers_in, "Range");
    }
    if (st->range || st->etag_stripped) {
        ap_add_output_filter_handle(nc_proto_filter_handle, NULL, r,
                                    r->connection);
    }
}

/* NEWSCLEAN_PROTOCOL, just before httpd's protocol filters: puts the
 * client's Range back for the byterange filter, and gives a 304 to a client
 * holding our ETag our ETag back (NEWSCLEAN itself may never see that 304:
 * mod_filter only calls it for the types it was configured with). */
static apr_status_t nc_proto_filter(ap_filter_t *f, apr_bucket_brigade *bb)
{
    request_rec *r = f->r;
    nc_req_state *st = ap_get_module_config(r->request_config,
                                            &newsclean_module);

    if (st && st->range) {
        apr_table_setn(r->headers_in, "Range", st->range);
        st->range = NULL;
    }
    if (st && st->etag_stripped && r->status == HTTP_NOT_MODIFIED) {
        nc_alter_etag(r, ap_get_module_config(r->per_dir_config,
                                              &newsclean_module));
    }
    ap_remove_output_filter(f);
    return ap_pass_brigade(f->next, bb);
}

static int nc_type_wanted(request_rec *r, const nc_dir_conf *conf)
{
    static const char *const dflt[] = { "text/html", "application/xhtml+xml" };
    const char *media;
    int i;

    if (!r->content_type) {
        return 0;
    }
    media = ap_field_noparam(r->pool, r->content_type);
    if (!media) {
        return 0;
    }
    if (!conf->types) {
        for (i = 0; i < (int)(sizeof(dflt) / sizeof(dflt[0])); i++) {
            if (!strcasecmp(media, dflt[i])) {
                return 1;
            }
        }
        return 0;
    }
    for (i = 0; i < conf->types->nelts; i++) {
        if (!strcasecmp(media, APR_ARRAY_IDX(conf->types, i, const char *))) {
            return 1;
        }
    }
    return 0;
}

/* What the body's Content-Encoding says. Identity tokens are those mod_deflate
 * and mod_negotiation treat as identity; one gzip or deflate coding (the same
 * in every place httpd keeps it) can be decoded (NewsCleanInflate); anything
 * else (br, compress, two codings) cannot be read. */
#define NC_ENC_IDENTITY 0
#define NC_ENC_GZIP     1
#define NC_ENC_DEFLATE  2
#define NC_ENC_OTHER    3

static int nc_encoding(request_rec *r)
{
    const char *enc[3];
    int i, found = NC_ENC_IDENTITY;

    enc[0] = apr_table_get(r->headers_out, "Content-Encoding");
    enc[1] = apr_table_get(r->err_headers_out, "Content-Encoding");
    enc[2] = r->content_encoding;
    for (i = 0; i < 3; i++) {
        char *list, *token, *state = NULL;
        int here = NC_ENC_IDENTITY;

        if (!enc[i]) {
            continue;
        }
        list = apr_pstrdup(r->pool, enc[i]);
        for (token = apr_strtok(list, ", \t", &state); token;
             token = apr_strtok(NULL, ", \t", &state)) {
            int kind;

            if (!strcasecmp(token, "identity") || !strcasecmp(token, "7bit")
                || !strcasecmp(token, "8bit") || !strcasecmp(token, "binary")) {
                continue;
            }
            kind = !strcasecmp(token, "gzip") || !strcasecmp(token, "x-gzip")
                   ? NC_ENC_GZIP
                   : !strcasecmp(token, "deflate") ? NC_ENC_DEFLATE
                                                   : NC_ENC_OTHER;
            if (here != NC_ENC_IDENTITY || kind == NC_ENC_OTHER) {
                return NC_ENC_OTHER;        /* two codings, or one we lack */
            }
            here = kind;
        }
        if (here != NC_ENC_IDENTITY) {
            if (found != NC_ENC_IDENTITY && found != here) {
                return NC_ENC_OTHER;
            }
            found = here;
        }
    }
    return found;
}

/* The backend's Content-Length, or -1 when absent or unparsable. */
static apr_off_t nc_declared_length(request_rec *r)
{
    const char *cl = apr_table_get(r->headers_out, "Content-Length");
    apr_off_t len;
    char *end;

    if (!cl || apr_strtoff(&len, cl, &end, 10) != APR_SUCCESS
        || end == cl || *end != '\0' || len < 0) {
        return -1;
    }
    return len;
}

/* Content-Length larger than the cap? An unparsable header is not our call
 * to judge here; the held-bytes check catches a body that is too large. */
static int nc_declared_too_large(request_rec *r, apr_off_t max)
{
    return nc_declared_length(r) > max;
}

/* ------------------------------------------------------------------ */
/* Request notes and the debug header                                  */
/* ------------------------------------------------------------------ */

static void nc_note_skipped(request_rec *r, const nc_dir_conf *conf,
                            const char *reason)
{
    const char *why = nc_token(r->pool, reason);

    apr_table_setn(r->notes, "newsclean-action", "skipped");
    apr_table_setn(r->notes, "newsclean-reason", why);
    if (conf && conf->debug_header == 1) {
        apr_table_setn(r->headers_out, NC_DEBUG_HEADER,
                       apr_pstrcat(r->pool, "action=skipped reason=", why,
                                   NULL));
    }
}

static void nc_note_engine_time(request_rec *r, const nc_filter_ctx *ctx)
{
    apr_table_setn(r->notes, "newsclean-us",
                   apr_psprintf(r->pool, "%" APR_INT64_T_FMT,
                                (apr_int64_t)ctx->engine_us));
}

static void nc_count_mentions(const nc_result *res, int *actors, int *figures)
{
    int i;

    *actors = *figures = 0;
    for (i = 0; res->mentions && i < res->mentions->nelts; i++) {
        switch (APR_ARRAY_IDX(res->mentions, i, nc_mention).type) {
        case NC_MONEY: case NC_PERCENT: case NC_YEAR: case NC_COUNT:
            (*figures)++;
            break;
        default:
            (*actors)++;
            break;
        }
    }
}

/* Notes (and the debug header) for a response the engine analysed to the end:
 * action is "cleaned" or "unchanged"; reason is NULL or e.g. "soft-error". */
static void nc_note_result(request_rec *r, const nc_filter_ctx *ctx,
                           const nc_result *res, const char *action,
                           const char *reason, apr_size_t removed,
                           apr_size_t inserted)
{
    int actors, figures;

    nc_count_mentions(res, &actors, &figures);
    apr_table_setn(r->notes, "newsclean-action", action);
    if (reason) {
        apr_table_setn(r->notes, "newsclean-reason", reason);
    }
    apr_table_setn(r->notes, "newsclean-shells", apr_itoa(r->pool, res->shells_removed));
    apr_table_setn(r->notes, "newsclean-duplicates",
                   apr_itoa(r->pool, res->duplicates_removed));
    apr_table_setn(r->notes, "newsclean-actors", apr_itoa(r->pool, actors));
    apr_table_setn(r->notes, "newsclean-figures", apr_itoa(r->pool, figures));
    apr_table_setn(r->notes, "newsclean-bytes-removed",
                   apr_psprintf(r->pool, "%" APR_SIZE_T_FMT, removed));
    apr_table_setn(r->notes, "newsclean-bytes-inserted",
                   apr_psprintf(r->pool, "%" APR_SIZE_T_FMT, inserted));
    if (res->charset) {
        apr_table_setn(r->notes, "newsclean-charset",
                       nc_token(r->pool, res->charset));
    }
    nc_note_engine_time(r, ctx);

    if (ctx->conf->debug_header == 1) {
        apr_table_setn(r->headers_out, NC_DEBUG_HEADER,
            apr_psprintf(r->pool, "action=%s%s%s shells=%d duplicates=%d "
                         "actors=%d figures=%d charset=%s us=%" APR_INT64_T_FMT,
                         action, reason ? " reason=" : "", reason ? reason : "",
                         res->shells_removed, res->duplicates_removed,
                         actors, figures,
                         nc_token(r->pool, res->charset ? res->charset : "-"),
                         (apr_int64_t)ctx->engine_us));
    }
}

/* ------------------------------------------------------------------ */
/* The gates: may this response be touched at all?                     */
/* ------------------------------------------------------------------ */

/* Decided from the status and headers alone, so that a HEAD is judged
 * exactly as the GET would be. Returns NULL to take the response, or the
 * reason to leave it alone. */
static const char *nc_gate(request_rec *r, const nc_dir_conf *conf)
{
    const char *cc, *cs;
    int enc;

    if (r->main) {
        return "subrequest";
    }
    if (r->status != HTTP_OK) {
        return "status";            /* 204, 206, 304, errors, redirects... */
    }
    if (apr_table_get(r->subprocess_env, NC_NO_NEWSCLEAN_ENV)) {
        return "no-newsclean";
    }
    if (apr_table_get(r->headers_out, "Content-Range")) {
        return "content-range";
    }
    enc = nc_encoding(r);
    if (enc == NC_ENC_OTHER || (enc != NC_ENC_IDENTITY && conf->inflate != 1)) {
        return "content-encoding";
    }
    cc = apr_table_get(r->headers_out, "Cache-Control");
    if (cc && ap_find_token(r->pool, cc, "no-transform")) {
        return "no-transform";
    }
    if (!nc_type_wanted(r, conf)) {
        return "type";
    }
    /* UTF-16 and friends: markup offsets are not ASCII offsets; the page
     * goes through untouched (a BOM is checked on the first bytes). */
    cs = nc_charset_param(r->pool, r->content_type);
    if (cs && !nc_charset_ascii_compatible(cs)) {
        return apr_pstrcat(r->pool, "charset-not-ascii-compatible:", cs, NULL);
    }
    if (nc_declared_too_large(r, nc_max_size(conf))) {
        return "too-large";
    }
    return NULL;
}

/* After the gates, with a body on its way: can we run at all? */
static const char *nc_gate_body(request_rec *r, apr_bucket_brigade *bb)
{
    if (APR_BUCKET_IS_EOS(APR_BRIGADE_FIRST(bb))) {
        return "no-body";
    }
    if (!nc_engine_g) {
        /* post_config refuses to start without an engine; this is a bug. */
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "NC0201: no NewsClean "
                      "engine in this process; passing %s through untouched. "
                      "Restart httpd and report this if it persists",
                      nc_uri(r));
        return "no-engine";
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Leaving a response alone                                            */
/* ------------------------------------------------------------------ */

/* Before the engine started: note why, step out, pass the brigade on. */
static apr_status_t nc_skip(ap_filter_t *f, apr_bucket_brigade *bb,
                            const nc_dir_conf *conf, const char *reason)
{
    ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, f->r,
                  "NC0202: not cleaning %s (%s)", nc_uri(f->r), reason);
    nc_note_skipped(f->r, conf, reason);
    ap_remove_output_filter(f);
    return ap_pass_brigade(f->next, bb);
}

/* The page is held once. Without NewsCleanInflate the original buckets are
 * not kept: the engine keeps a copy of every byte it is fed (nc_doc_bytes),
 * so mod_proxy's read buffers go back to the allocator as soon as they are
 * read, and held gets the bytes only when they must go out. This places
 * body bytes [held_mark, held_len) in held: the byte order mark the engine
 * never saw, then the engine's copy. `final`: the engine takes no more
 * bytes, so pool buckets point into its copy; before that it may still move
 * its buffer, so the bytes are copied. With NewsCleanInflate, held has the
 * original (compressed) buckets and nothing is to be done. */
static apr_status_t nc_held_fill(request_rec *r, nc_filter_ctx *ctx, int final)
{
    apr_bucket_alloc_t *ba = r->connection->bucket_alloc;
    apr_size_t from = (apr_size_t)ctx->held_mark, to = (apr_size_t)ctx->held_len;
    apr_size_t have = 0, n;
    const char *bytes;

    if (ctx->inflating || from >= to) {
        return APR_SUCCESS;
    }
    if (from < ctx->skip) {
        n = (to < ctx->skip ? to : ctx->skip) - from;
        APR_BRIGADE_INSERT_TAIL(ctx->held, apr_bucket_immortal_create(
            NC_UTF8_BOM + from, n, ba));
        from += n;
    }
    if (from < to) {
        bytes = ctx->doc ? nc_doc_bytes(ctx->doc, &have) : NULL;
        if (!bytes || to - ctx->skip > have) {
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "NC0231: the engine "
                          "kept %" APR_SIZE_T_FMT " bytes of %s where %"
                          APR_SIZE_T_FMT " were fed. Please report this",
                          have, nc_uri(r), to - ctx->skip);
            return APR_EGENERAL;
        }
        n = to - from;
        bytes += from - ctx->skip;
        APR_BRIGADE_INSERT_TAIL(ctx->held, final
            ? apr_bucket_pool_create(bytes, n, ctx->page_pool, ba)
            : apr_bucket_heap_create(bytes, n, NULL, ba));
    }
    ctx->held_mark = ctx->held_len;
    return APR_SUCCESS;
}

/* Mid-stream: send every held byte unchanged, then the rest of bb, and step
 * out so whatever follows streams. The held bytes go in their own pass, so
 * an error bucket in bb reaches the core after the body already sent (as it
 * would without us) instead of turning the response into an error page. */
static apr_status_t nc_give_up(ap_filter_t *f, nc_filter_ctx *ctx,
                               apr_bucket_brigade *bb, const char *reason)
{
    request_rec *r = f->r;
    apr_status_t rv = APR_SUCCESS;

    nc_note_skipped(r, ctx->conf, reason);
    nc_note_engine_time(r, ctx);
    ap_remove_output_filter(f);

    rv = nc_held_fill(r, ctx, 1);
    if (rv != APR_SUCCESS) {
        apr_brigade_cleanup(bb);
        return rv;
    }
    if (!APR_BRIGADE_EMPTY(ctx->held)) {
        rv = ap_pass_brigade(f->next, ctx->held);
        apr_brigade_cleanup(ctx->held);
        if (rv != APR_SUCCESS) {
            apr_brigade_cleanup(bb);
            return rv;
        }
    }
    if (!APR_BRIGADE_EMPTY(bb)) {
        rv = ap_pass_brigade(f->next, bb);
    }
    return rv;
}

/* At EOS, body not changed: the held bytes, then bb (EOS and anything after),
 * with an exact Content-Length since the whole body is known. */
static apr_status_t nc_send_unchanged(ap_filter_t *f, nc_filter_ctx *ctx,
                                      apr_bucket_brigade *bb)
{
    apr_status_t rv = nc_held_fill(f->r, ctx, 1);

    if (rv != APR_SUCCESS) {
        apr_brigade_cleanup(bb);
        return rv;
    }
    ap_set_content_length(f->r, ctx->held_len);
    ap_remove_output_filter(f);
    APR_BRIGADE_PREPEND(bb, ctx->held);
    return ap_pass_brigade(f->next, bb);
}

/* ------------------------------------------------------------------ */
/* Feeding the engine                                                  */
/* ------------------------------------------------------------------ */

/* Returns 0, or -1 once the engine has given up on the page. */
static int nc_feed(nc_filter_ctx *ctx, const char *data, apr_size_t len)
{
    apr_time_t t0 = apr_time_now();
    int rc = nc_doc_feed(ctx->doc, data, len);

    ctx->engine_us += apr_time_now() - t0;
    return rc;
}

static const nc_result *nc_finish(nc_filter_ctx *ctx)
{
    const nc_result *res = NULL;
    apr_time_t t0 = apr_time_now();

    nc_doc_finish(ctx->doc, &res);
    ctx->engine_us += apr_time_now() - t0;
    return res;
}

/* ------------------------------------------------------------------ */
/* Applying the edits to the brigade                                   */
/* ------------------------------------------------------------------ */

/* The edit list must describe the bytes we hold: ascending, non-overlapping,
 * inside the body, and add up to the engine's own counts. Anything else is
 * an engine bug, and we would rather send the page unchanged. */
static const char *nc_check_edits(const nc_result *res, apr_off_t held_len,
                                  apr_size_t *removed, apr_size_t *inserted)
{
    apr_size_t prev_end = 0;
    int i;

    *removed = *inserted = 0;
    if (!res->edits) {
        return "no edit list";
    }
    if ((apr_off_t)res->input_len != held_len) {   /* held_len - ctx->skip */
        return "the engine saw a different number of bytes than were held";
    }
    for (i = 0; i < res->edits->nelts; i++) {
        const nc_edit *ed = &APR_ARRAY_IDX(res->edits, i, nc_edit);

        if (ed->start < prev_end || ed->end < ed->start
            || ed->end > res->input_len) {
            return "edits out of order or outside the body";
        }
        if (ed->kind == NC_EDIT_REMOVE) {
            if (ed->end == ed->start) {
                return "an empty removal";
            }
            *removed += ed->end - ed->start;
        }
        else if (ed->kind == NC_EDIT_INSERT) {
            if (ed->end != ed->start || (ed->text_len && !ed->text)) {
                return "a malformed insertion";
            }
            *inserted += ed->text_len;
        }
        else {
            return "an unknown edit kind";
        }
        prev_end = ed->end;
    }
    if (*removed != res->bytes_removed || *inserted != res->bytes_inserted) {
        return "byte counts do not add up";
    }
    return NULL;
}

/* The cleaned body from the engine's copy of the page: the byte order mark
 * it never saw, then its bytes between the removals with the insertions in
 * place, as pool buckets (nothing is copied; the engine takes no more bytes). */
static apr_status_t nc_edited_brigade(request_rec *r, nc_filter_ctx *ctx,
                                      const nc_result *res, apr_bucket_brigade *out)
{
    apr_bucket_alloc_t *ba = r->connection->bucket_alloc;
    apr_size_t len, at = 0;
    const char *bytes = nc_doc_bytes(ctx->doc, &len);
    int i;

    if (len != res->input_len) {
        return APR_EGENERAL;
    }
    if (ctx->skip) {
        APR_BRIGADE_INSERT_TAIL(out, apr_bucket_immortal_create(NC_UTF8_BOM, ctx->skip, ba));
    }
    for (i = 0; i <= res->edits->nelts; i++) {
        const nc_edit *ed = i < res->edits->nelts
                            ? &APR_ARRAY_IDX(res->edits, i, nc_edit) : NULL;
        apr_size_t upto = ed ? ed->start : len;

        if (upto > at) {
            APR_BRIGADE_INSERT_TAIL(out, apr_bucket_pool_create(bytes + at, upto - at,
                                                                ctx->page_pool, ba));
        }
        if (!ed) {
            break;
        }
        if (ed->kind == NC_EDIT_INSERT && ed->text_len) {
            APR_BRIGADE_INSERT_TAIL(out, apr_bucket_pool_create(ed->text, ed->text_len,
                                                                ctx->page_pool, ba));
        }
        at = ed->kind == NC_EDIT_REMOVE ? ed->end : ed->start;
    }
    return APR_SUCCESS;
}

/* The body changed: an exact Content-Length, and no Content-MD5 of the
 * backend's bytes. The ETag was altered at the gate (nc_alter_etag);
 * Last-Modified still tells when the story changed. Accept-Ranges stays:
 * httpd's byterange filter serves ranges of the whole cleaned body that
 * follows (the client's Range was held back from the backend). */
static void nc_fix_headers(request_rec *r, apr_off_t new_len)
{
    ap_set_content_length(r, new_len);
    apr_table_unset(r->headers_out, "Content-MD5");
}

/* ------------------------------------------------------------------ */
/* End of stream: decide and send                                      */
/* ------------------------------------------------------------------ */

/* NewsCleanExplain On: instead of the page, the report of what the engine
 * decided for it (src/explain_html.c, the same as `newsclean --explain=html`).
 * Not cacheable, not indexable, and loading nothing (CSP). */
static apr_status_t nc_send_explain(ap_filter_t *f, nc_filter_ctx *ctx,
                                    apr_bucket_brigade *bb, const nc_result *res)
{
    request_rec *r = f->r;
    const char *page;
    apr_size_t len, n;
    const char *html, *type = r->content_type;

    /* What the engine saw (decoded, with NewsCleanInflate): its own copy. */
    page = nc_doc_bytes(ctx->doc, &len);
    html = nc_explain_html(r->pool, page, len, res, type, r->unparsed_uri, &n);
    apr_brigade_cleanup(ctx->held);
    if (ctx->inflating) {
        apr_table_unset(r->headers_out, "Content-Encoding");
        apr_table_unset(r->err_headers_out, "Content-Encoding");
        r->content_encoding = NULL;
    }
    ap_set_content_type(r, "text/html; charset=utf-8");
    apr_table_unset(r->headers_out, "ETag");
    apr_table_unset(r->headers_out, "Last-Modified");
    apr_table_unset(r->headers_out, "Content-MD5");
    apr_table_unset(r->headers_out, "Accept-Ranges");
    apr_table_setn(r->headers_out, "Content-Security-Policy", NC_EXPLAIN_CSP);
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_setn(r->headers_out, "X-Robots-Tag", "noindex, nofollow");
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    ap_set_content_length(r, (apr_off_t)n);
    nc_note_result(r, ctx, res, "explained", res->skip_reason ? nc_token(r->pool, res->skip_reason)
                   : res->soft_error ? "soft-error" : NULL, 0, 0);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0230: sent the explain report "
                  "for %s (NewsCleanExplain)", nc_uri(r));
    ap_remove_output_filter(f);
    APR_BRIGADE_INSERT_HEAD(bb, apr_bucket_heap_create(html, n, NULL, f->c->bucket_alloc));
    return ap_pass_brigade(f->next, bb);
}

/* bb starts with the EOS; everything before it is in ctx->held. */
static apr_status_t nc_end_of_stream(ap_filter_t *f, nc_filter_ctx *ctx,
                                     apr_bucket_brigade *bb)
{
    request_rec *r = f->r;
    const nc_result *res;
    const char *problem, *soft;
    apr_bucket_brigade *out;
    apr_size_t removed, inserted;
    apr_off_t expected, body_len, out_len = -1;
    apr_status_t rv;

    if (ctx->held_len == 0) {
        nc_note_skipped(r, ctx->conf, "no-body");
        return nc_send_unchanged(f, ctx, bb);
    }

    if (ctx->inflating && !ctx->z_done) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, "NC0219: the "
                      "compressed body of %s ended before its compressed "
                      "stream did; sent unchanged. Check the backend",
                      nc_uri(r));
        nc_note_skipped(r, ctx->conf, "inflate-truncated");
        nc_note_engine_time(r, ctx);
        return nc_send_unchanged(f, ctx, bb);
    }
    if (!ctx->doc) {           /* e.g. a compressed body that decodes to nothing */
        nc_note_skipped(r, ctx->conf, "no-body");
        return nc_send_unchanged(f, ctx, bb);
    }

    res = nc_finish(ctx);
    if (res && ctx->conf->explain == 1) {
        return nc_send_explain(f, ctx, bb, res);
    }
    if (!res || res->skip_reason) {
        const char *why = res ? res->skip_reason : "engine-no-result";
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0203: left %s "
                      "unchanged: %s", nc_uri(r), why);
        nc_note_skipped(r, ctx->conf, why);
        nc_note_engine_time(r, ctx);
        return nc_send_unchanged(f, ctx, bb);
    }

    if (res->soft_error && ctx->conf->soft_error_status != 0) {
        int status = ctx->conf->soft_error_status == -1
                     ? HTTP_NOT_FOUND : ctx->conf->soft_error_status;

        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, "NC0204: %s came back "
                      "200 but is only an error page; answering %d with the "
                      "body unchanged (NewsCleanSoftErrorStatus)",
                      nc_uri(r), status);
        r->status = status;
        /* mod_proxy copied the backend's "200 OK" line; it must follow. */
        r->status_line = ap_get_status_line(status);
        nc_note_result(r, ctx, res, "unchanged", "soft-error", 0, 0);
        return nc_send_unchanged(f, ctx, bb);
    }

    /* From here on a soft error is only reported (NewsCleanSoftErrorStatus
     * off): the page keeps its 200 and gets whatever edits there are. */
    soft = res->soft_error ? "soft-error" : NULL;

    if (!res->changed || !res->edits || res->edits->nelts == 0) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0205: %s needed no "
                      "edits (%" APR_OFF_T_FMT " bytes%s)", nc_uri(r),
                      ctx->held_len, soft ? ", only an error page" : "");
        nc_note_result(r, ctx, res, "unchanged", soft, 0, 0);
        return nc_send_unchanged(f, ctx, bb);
    }

    body_len = ctx->inflating ? ctx->plain_len : ctx->held_len;
    problem = nc_check_edits(res, body_len - (apr_off_t)ctx->skip,
                             &removed, &inserted);
    if (problem) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "NC0206: the engine's "
                      "edits for %s are inconsistent (%s); sent the page "
                      "unchanged. Please report this with the page",
                      nc_uri(r), problem);
        nc_note_skipped(r, ctx->conf, "engine-inconsistent");
        nc_note_engine_time(r, ctx);
        return nc_send_unchanged(f, ctx, bb);
    }

    expected = body_len - (apr_off_t)removed + (apr_off_t)inserted;
    out = apr_brigade_create(r->pool, f->c->bucket_alloc);
    rv = nc_edited_brigade(r, ctx, res, out);
    if (rv == APR_SUCCESS) {
        rv = apr_brigade_length(out, 1, &out_len);
    }
    if (rv != APR_SUCCESS || out_len != expected) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, "NC0207: could not apply "
                      "the edits to %s (length %" APR_OFF_T_FMT ", expected %"
                      APR_OFF_T_FMT "); sent the page unchanged. Please "
                      "report this", nc_uri(r), out_len, expected);
        apr_brigade_cleanup(out);
        nc_note_skipped(r, ctx->conf, "edit-failed");
        nc_note_engine_time(r, ctx);
        return nc_send_unchanged(f, ctx, bb);
    }

    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0208: cleaned %s: %d "
                  "shell(s), %d duplicate(s), %" APR_SIZE_T_FMT " bytes "
                  "removed, %" APR_SIZE_T_FMT " inserted, %" APR_OFF_T_FMT
                  " -> %" APR_OFF_T_FMT " bytes, %" APR_INT64_T_FMT " us",
                  nc_uri(r), res->shells_removed, res->duplicates_removed,
                  removed, inserted, body_len, out_len,
                  (apr_int64_t)ctx->engine_us);

    apr_brigade_cleanup(ctx->held);
    if (ctx->inflating) {
        /* The cleaned page goes out decoded; DEFLATE may compress it again. */
        apr_table_unset(r->headers_out, "Content-Encoding");
        apr_table_unset(r->err_headers_out, "Content-Encoding");
        r->content_encoding = NULL;
    }
    nc_fix_headers(r, out_len);
    nc_note_result(r, ctx, res, "cleaned", soft, removed, inserted);
    ap_remove_output_filter(f);
    APR_BRIGADE_PREPEND(bb, out);
    return ap_pass_brigade(f->next, bb);
}

/* ------------------------------------------------------------------ */
/* The filter                                                          */
/* ------------------------------------------------------------------ */

static apr_status_t nc_inflate_end(void *data)
{
    nc_filter_ctx *ctx = data;

    if (ctx->z_open) {
        inflateEnd(&ctx->z);
        ctx->z_open = 0;
    }
    return APR_SUCCESS;
}

/* Returns NULL, or the ctx could not be set up (zlib refused). */
static nc_filter_ctx *nc_ctx_create(ap_filter_t *f, const nc_dir_conf *conf)
{
    request_rec *r = f->r;
    nc_filter_ctx *ctx = apr_pcalloc(r->pool, sizeof(*ctx));
    int enc = nc_encoding(r);

    ctx->conf = conf;
    ctx->max_size = nc_max_size(conf);
    ctx->held = apr_brigade_create(r->pool, f->c->bucket_alloc);
    nc_options_for(&ctx->opts, conf);
    if (enc == NC_ENC_GZIP || enc == NC_ENC_DEFLATE) {
        /* gzip: the gzip wrapper; deflate: the zlib wrapper (RFC 9110),
         * or a raw stream as some servers send (tried on a bad header). */
        if (inflateInit2(&ctx->z, enc == NC_ENC_GZIP ? 15 + 16 : 15) != Z_OK) {
            return NULL;
        }
        ctx->z_open = 1;
        ctx->inflating = enc;
        apr_pool_cleanup_register(r->pool, ctx, nc_inflate_end,
                                  apr_pool_cleanup_null);
    }
    return ctx;
}

/* The engine starts on the first bytes of the body. A UTF-8 byte order mark
 * decides the charset before the header does (as in browsers): the engine
 * is told so, and does not see the mark; its offsets are shifted back when
 * the edits are applied. */
static int nc_doc_start(request_rec *r, nc_filter_ctx *ctx, const char *data,
                        apr_size_t len)
{
    const char *ct = r->content_type;
    const char *bom = nc_charset_bom(data, len);
    apr_time_t t0 = apr_time_now();

    if (bom && !strcmp(bom, "utf-8")) {
        const char *media = ct ? ap_field_noparam(r->pool, ct) : NULL;

        ct = apr_pstrcat(r->pool, media ? media : "text/html",
                         "; charset=utf-8", NULL);
        ctx->skip = 3;
    }
    ctx->page_pool = r->pool;
    if (nc_page_allocator) {
        /* a subpool: destroyed with the request, memory back to the allocator */
        if (apr_pool_create_ex(&ctx->page_pool, r->pool, NULL, nc_page_allocator)
            != APR_SUCCESS) {
            ctx->page_pool = r->pool;
        }
    }
    ctx->doc = nc_doc_begin(nc_engine_g, ctx->page_pool, &ctx->opts, ct);
    if (ctx->doc && !ctx->inflating) {
        /* a known size lets the engine size its buffers once */
        apr_off_t declared = nc_declared_length(r);

        if (declared > (apr_off_t)ctx->skip && declared <= ctx->max_size) {
            nc_doc_expect(ctx->doc, (apr_size_t)(declared - ctx->skip));
        }
    }
    ctx->engine_us += apr_time_now() - t0;
    return ctx->doc ? 0 : -1;
}

/* Text for the engine (the body, or what was decoded from it): starts the
 * engine on the first bytes, then feeds it. Returns 0, or -1 with *why set
 * when the page must be left alone. */
static int nc_take_text(ap_filter_t *f, nc_filter_ctx *ctx, const char *data,
                        apr_size_t len, const char **why)
{
    request_rec *r = f->r;
    apr_size_t off = 0;        /* bytes of this chunk the engine skips */

    if (!len) {
        return 0;
    }
    if (!ctx->doc) {
        const char *bom = nc_charset_bom(data, len);

        if (bom && !nc_charset_ascii_compatible(bom)) {
            ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0217: %s starts "
                          "with a %s byte order mark; passing it through "
                          "unchanged (pages in charsets that are not "
                          "ASCII-compatible are never cleaned)", nc_uri(r),
                          bom);
            *why = apr_pstrcat(r->pool, "charset-not-ascii-compatible:", bom,
                               NULL);
            return -1;
        }
        if (nc_doc_start(r, ctx, data, len) < 0) {
            *why = "engine-refused";
            return -1;
        }
        off = ctx->skip;
    }
    if (len > off && nc_feed(ctx, data + off, len - off) < 0) {
        const nc_result *res = nc_finish(ctx);

        *why = res && res->skip_reason ? res->skip_reason : "engine-gave-up";
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, "NC0212: the engine gave "
                      "up on %s after %" APR_OFF_T_FMT " bytes (%s); streaming "
                      "it unchanged", nc_uri(r), ctx->held_len, *why);
        return -1;
    }
    return 0;
}

/* NewsCleanInflate: decodes one compressed chunk and hands the text to the
 * engine (which keeps its own copy). The decoded size is held to NewsCleanMaxSize and
 * to NewsCleanInflateRatioLimit times the compressed size read so far, so a
 * decompression bomb costs at most that. Returns 0, or -1 with *why set. */
static int nc_inflate(ap_filter_t *f, nc_filter_ctx *ctx, const char *data,
                      apr_size_t len, const char **why)
{
    request_rec *r = f->r;
    apr_bucket_alloc_t *ba = f->c->bucket_alloc;
    apr_off_t ratio = ctx->conf->inflate_ratio == -1
                      ? NC_DEFAULT_INFLATE_RATIO : ctx->conf->inflate_ratio;

    if (!ctx->z_done) {
        ctx->z.next_in = (Bytef *)data;
        ctx->z.avail_in = (uInt)len;
    }
    else {
        ctx->z.avail_in = (uInt)len;    /* anything now is after the end */
    }
    while (ctx->z.avail_in > 0 && !ctx->z_done) {
        char *buf = apr_bucket_alloc(NC_INFLATE_CHUNK, ba);
        apr_size_t n;
        int zrv;

        ctx->z.next_out = (Bytef *)buf;
        ctx->z.avail_out = NC_INFLATE_CHUNK;
        zrv = inflate(&ctx->z, Z_NO_FLUSH);
        n = NC_INFLATE_CHUNK - ctx->z.avail_out;
        if (zrv == Z_DATA_ERROR && ctx->inflating == NC_ENC_DEFLATE
            && ctx->held_len == 0 && ctx->z.total_out == 0
            && inflateReset2(&ctx->z, -15) == Z_OK) {
            apr_bucket_free(buf);
            ctx->inflating = NC_ENC_DEFLATE + 100;  /* raw, tried once */
            ctx->z.next_in = (Bytef *)data;
            ctx->z.avail_in = (uInt)len;
            continue;
        }
        if (zrv == Z_STREAM_END) {
            ctx->z_done = 1;
        }
        else if (zrv != Z_OK && zrv != Z_BUF_ERROR) {
            apr_bucket_free(buf);
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, "NC0222: the "
                          "compressed body of %s cannot be decoded (zlib: %s); "
                          "sent unchanged. Check the backend's compression",
                          nc_uri(r), ctx->z.msg ? ctx->z.msg : "error");
            *why = "inflate-error";
            return -1;
        }
        if (n == 0) {
            apr_bucket_free(buf);
            if (zrv == Z_BUF_ERROR) {
                break;
            }
            continue;
        }
        ctx->plain_len += (apr_off_t)n;
        if (ctx->plain_len > ctx->max_size) {
            apr_bucket_free(buf);
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, "NC0223: %s decodes "
                          "to more than NewsCleanMaxSize (%" APR_OFF_T_FMT
                          " bytes); sending it unchanged (compressed). Raise "
                          "NewsCleanMaxSize to clean pages this large",
                          nc_uri(r), ctx->max_size);
            *why = "too-large";
            return -1;
        }
        if (ctx->plain_len > NC_INFLATE_RATIO_FLOOR
            && ctx->plain_len > ratio * (apr_off_t)ctx->z.total_in) {
            apr_bucket_free(buf);
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, "NC0218: %s "
                          "decodes to more than %" APR_OFF_T_FMT " times its "
                          "compressed size (%" APR_OFF_T_FMT " bytes from %lu): "
                          "a decompression bomb? Sent unchanged (compressed). "
                          "Check the backend, or raise "
                          "NewsCleanInflateRatioLimit if such pages are real",
                          nc_uri(r), ratio, ctx->plain_len,
                          (unsigned long)ctx->z.total_in);
            *why = "inflate-ratio";
            return -1;
        }
        {
            int taken = nc_take_text(f, ctx, buf, n, why);

            apr_bucket_free(buf);      /* the engine kept its own copy */
            if (taken < 0) {
                return -1;
            }
        }
    }
    /* Bytes after the stream's end, in this bucket or a later one, would be
     * lost if decoding went on: the page goes out as the backend sent it. */
    if (ctx->z_done && ctx->z.avail_in > 0) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, "NC0221: %s has "
                      "bytes after the end of its %s stream; sent "
                      "unchanged. Check the backend's compression",
                      nc_uri(r), ctx->inflating == NC_ENC_GZIP ? "gzip"
                                                               : "deflate");
        *why = "inflate-error";
        return -1;
    }
    return 0;
}


static apr_status_t nc_out_filter(ap_filter_t *f, apr_bucket_brigade *bb)
{
    request_rec *r = f->r;
    nc_filter_ctx *ctx = f->ctx;
    apr_bucket *e;
    apr_status_t rv;

    if (APR_BRIGADE_EMPTY(bb)) {
        return APR_SUCCESS;
    }

    if (!ctx) {
        const nc_dir_conf *conf = ap_get_module_config(r->per_dir_config,
                                                       &newsclean_module);
        nc_req_state *st = nc_state(r);
        const char *why;

        /* A second NEWSCLEAN on the same response steps aside quietly. */
        if (st->claimed) {
            ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r, "NC0214: NEWSCLEAN "
                          "is enabled twice for %s (e.g. NewsClean On and "
                          "AddOutputFilterByType); the second steps aside",
                          nc_uri(r));
            ap_remove_output_filter(f);
            return ap_pass_brigade(f->next, bb);
        }
        st->claimed = 1;

        /* A 304 to a client that holds our ETag: the backend matched its
         * own tag (nc_prepare_request); the 304 names the client's tag. */
        if (r->status == HTTP_NOT_MODIFIED && st->etag_stripped) {
            nc_alter_etag(r, conf);
            return nc_skip(f, bb, conf, "status");
        }
        why = nc_gate(r, conf);
        if (why) {
            return nc_skip(f, bb, conf, why);
        }

        /* The response is ours: its validator changes now, whatever the
         * engine decides at the end, so GET, HEAD and 304 agree. */
        nc_alter_etag(r, conf);
        if (r->header_only) {
            /* A GET's Content-Length is known only once its body was
             * cleaned: a HEAD gets none rather than the backend's. */
            apr_table_unset(r->headers_out, "Content-Length");
            apr_table_unset(r->headers_out, "Content-MD5");
            return nc_skip(f, bb, conf, "head");
        }
        why = nc_gate_body(r, bb);
        if (why) {
            return nc_skip(f, bb, conf, why);
        }
        ctx = f->ctx = nc_ctx_create(f, conf);
        if (!ctx) {
            ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, "NC0220: zlib could "
                          "not start decoding %s (out of memory?); sent "
                          "unchanged", nc_uri(r));
            return nc_skip(f, bb, conf, "inflate-error");
        }
    }

    while (!APR_BRIGADE_EMPTY(bb)) {
        const char *data;
        apr_size_t len;
        const char *why = NULL;

        e = APR_BRIGADE_FIRST(bb);

        if (APR_BUCKET_IS_EOS(e)) {
            return nc_end_of_stream(f, ctx, bb);
        }
        if (APR_BUCKET_IS_FLUSH(e)) {
            /* We answer only once the whole body is known: a partial body
             * would commit the headers. */
            apr_bucket_delete(e);
            continue;
        }
        if (AP_BUCKET_IS_ERROR(e)) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, "NC0209: an error "
                          "arrived in the middle of %s (e.g. the backend "
                          "broke off); passing %" APR_OFF_T_FMT " held bytes "
                          "on unchanged", nc_uri(r), ctx->held_len);
            return nc_give_up(f, ctx, bb, "upstream-error");
        }
        if (APR_BUCKET_IS_METADATA(e)) {
            rv = nc_held_fill(r, ctx, 0);      /* keep it in its place */
            if (rv != APR_SUCCESS) {
                return nc_give_up(f, ctx, bb, "engine-inconsistent");
            }
            rv = apr_bucket_setaside(e, r->pool);
            if (rv != APR_SUCCESS && rv != APR_ENOTIMPL) {
                return nc_give_up(f, ctx, bb, "setaside-failed");
            }
            APR_BUCKET_REMOVE(e);
            APR_BRIGADE_INSERT_TAIL(ctx->held, e);
            continue;
        }

        rv = apr_bucket_read(e, &data, &len, APR_BLOCK_READ);
        if (rv != APR_SUCCESS) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r, "NC0210: reading "
                          "the body of %s failed after %" APR_OFF_T_FMT
                          " bytes; passing it on unchanged", nc_uri(r),
                          ctx->held_len);
            return nc_give_up(f, ctx, bb, "read-error");
        }
        if (ctx->held_len + (apr_off_t)len > ctx->max_size) {
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, "NC0211: %s is larger "
                          "than NewsCleanMaxSize (%" APR_OFF_T_FMT " bytes); "
                          "streaming it unchanged. Raise NewsCleanMaxSize to "
                          "clean pages this large", nc_uri(r), ctx->max_size);
            return nc_give_up(f, ctx, bb, "too-large");
        }
        if ((ctx->inflating ? nc_inflate(f, ctx, data, len, &why)
                            : nc_take_text(f, ctx, data, len, &why)) < 0) {
            return nc_give_up(f, ctx, bb, why);
        }
        if (!ctx->inflating) {
            apr_bucket_delete(e);        /* the engine has its bytes (nc_held_fill) */
            ctx->held_len += (apr_off_t)len;
            continue;
        }
        rv = apr_bucket_setaside(e, r->pool);
        if (rv != APR_SUCCESS) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r, "NC0213: cannot "
                          "hold a %s bucket of %s; passing it on unchanged",
                          e->type->name, nc_uri(r));
            return nc_give_up(f, ctx, bb, "setaside-failed");
        }
        APR_BUCKET_REMOVE(e);
        APR_BRIGADE_INSERT_TAIL(ctx->held, e);
        ctx->held_len += (apr_off_t)len;
    }
    return APR_SUCCESS;
}

/* ------------------------------------------------------------------ */
/* Hooks                                                               */
/* ------------------------------------------------------------------ */

/* NewsClean On: insert the filter, unless SetOutputFilter already did; then,
 * however NEWSCLEAN got here, keep the client's Range from the backend. Runs
 * last, after core's SetOutputFilter and mod_filter's insertions, and
 * before the handler (mod_proxy) sends the request on. */
static void nc_insert_filter(request_rec *r)
{
    const nc_dir_conf *conf = ap_get_module_config(r->per_dir_config,
                                                   &newsclean_module);
    ap_filter_t *f;

    if (conf->enabled == 1) {
        for (f = r->output_filters; f; f = f->next) {
            if (f->frec == nc_filter_handle) {
                break;
            }
        }
        if (!f) {
            ap_add_output_filter_handle(nc_filter_handle, NULL, r,
                                        r->connection);
        }
    }
    nc_prepare_request(r);
}

static apr_status_t nc_forget_engine(void *unused)
{
    (void)unused;
    nc_engine_g = NULL;
    return APR_SUCCESS;
}

/* NewsCleanMemFree and NewsCleanVerdictCache are server-wide: back to their
 * defaults before each configuration load, so removing a line on a graceful
 * restart works. */
static int nc_pre_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp)
{
    (void)pconf;
    (void)plog;
    (void)ptemp;
    nc_page_mem_free = NC_PAGE_MEM_FREE;
    nc_verdict_bytes = NC_VERDICT_CACHE_DEFAULT;
    return OK;
}

/* The engine is built once per configuration load, in the parent, before the
 * children fork; without it httpd must not start. */
static int nc_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                          apr_pool_t *ptemp, server_rec *s)
{
    char *err = NULL;
    nc_engine *engine;

    (void)plog;
    (void)ptemp;
    engine = nc_engine_create(pconf, &err);
    if (!engine) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s, "NC0101: cannot build the "
                     "NewsClean engine: %s. Fix the cause (a missing data "
                     "package?) or disable the module (a2dismod newsclean)",
                     err ? err : "unknown error");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    nc_engine_g = engine;
    apr_pool_cleanup_register(pconf, NULL, nc_forget_engine,
                              apr_pool_cleanup_null);
    ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, "NC0102: NewsClean engine "
                 "ready");
    return OK;
}

/* The page allocator of this child (see nc_page_allocator). Without it
 * (no memory for a mutex), pages use the request pool as before. And the
 * child's verdict cache (nc_verdicts), from the child's own pool. */
static void nc_child_init(apr_pool_t *pchild, server_rec *s)
{
    apr_allocator_t *a;
    apr_thread_mutex_t *mutex;
    apr_pool_t *owner;
    apr_status_t rv;

    nc_verdicts = NULL;
    if (nc_verdict_bytes > 0
        && !(nc_verdicts = nc_verdict_cache_create(pchild, nc_verdict_bytes))) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, "NC0106: cannot create "
                     "the verdict cache; every page is tested from scratch");
    }

    if ((rv = apr_allocator_create(&a)) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, rv, s, "NC0103: cannot create "
                     "the page allocator; pages use their request's memory");
        return;
    }
    if ((rv = apr_pool_create_ex(&owner, pchild, NULL, a)) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, rv, s, "NC0104: cannot create "
                     "the page allocator's pool; pages use their request's memory");
        apr_allocator_destroy(a);
        return;
    }
    /* owned by a subpool of the child's pool: freed when the child exits */
    apr_allocator_owner_set(a, owner);
    if ((rv = apr_thread_mutex_create(&mutex, APR_THREAD_MUTEX_DEFAULT, owner))
        != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_WARNING, rv, s, "NC0105: cannot create "
                     "the page allocator's lock; pages use their request's memory");
        apr_pool_destroy(owner);
        return;
    }
    apr_allocator_mutex_set(a, mutex);
    apr_allocator_max_free_set(a, nc_page_mem_free);
    nc_page_allocator = a;
}

static void nc_register_hooks(apr_pool_t *p)
{
    (void)p;
    nc_filter_handle = ap_register_output_filter(NC_FILTER_NAME, nc_out_filter,
                                                 NULL, AP_FTYPE_RESOURCE);
    nc_proto_filter_handle = ap_register_output_filter(NC_PROTO_FILTER_NAME,
                                                       nc_proto_filter, NULL,
                                                       AP_FTYPE_PROTOCOL - 1);
    ap_hook_pre_config(nc_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(nc_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_init(nc_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    /* After core's SetOutputFilter insertion (APR_HOOK_MIDDLE), so we see it. */
    ap_hook_insert_filter(nc_insert_filter, NULL, NULL, APR_HOOK_LAST);
}

AP_DECLARE_MODULE(newsclean) = {
    STANDARD20_MODULE_STUFF,
    nc_create_dir_conf,         /* per-directory config */
    nc_merge_dir_conf,          /* merge per-directory config */
    NULL,                       /* per-server config */
    NULL,                       /* merge per-server config */
    nc_cmds,                    /* directives */
    nc_register_hooks,          /* hooks */
    AP_MODULE_FLAG_NONE         /* flags (G2) */
};
