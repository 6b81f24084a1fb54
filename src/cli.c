/*
 * cli.c - the newsclean command: clean one page, or explain what would change.
 *
 *   newsclean [--type MIME] [--explain[=json|html]] [FILE]
 *   newsclean [--type MIME] --explain FILE FILE...
 *   newsclean --mirror SRC DST [--progress|--no-progress] [--max-pages N]
 *             [--no-verdict-cache]
 *
 * Reads FILE (standard input without one) in chunks, as the filter receives a
 * response, and writes the cleaned page, or with --explain a JSON report of
 * every removal, insertion, actor and figure; several FILEs get one report each,
 * in order, from one engine (built once: a corpus run is not dominated by
 * compiling the rules per page). Exit status: 0 done, 1 input
 * could not be read or the engine could not start, 2 bad usage.
 */
#include "newsclean.h"
#include "jsonld.h"
#include "buf.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <apr_general.h>
#include <apr_strings.h>

#define CLI_CHUNK 65536

static const char *const reason_names[] = { "shell", "duplicate", "metadata" };

static void usage(FILE *to)
{
    fputs("usage: newsclean [--type MIME] [--explain] [FILE]\n"
          "       newsclean [--type MIME] --explain FILE FILE...\n"
          "  Cleans a news page (error shells, duplicated copies) and adds schema.org\n"
          "  NewsArticle metadata; reads standard input without FILE.\n"
          "  --type MIME   content type of the input, e.g. 'text/plain' or\n"
          "                'text/html; charset=windows-1252' (default text/html)\n"
          "  --explain     write a JSON report of the decisions instead of the page;\n"
          "                with several FILEs, one report each, in order, each\n"
          "                naming its \"file\" first\n"
          "  --explain=html  write the same as one self-contained HTML page: the text\n"
          "                with each removed block highlighted, actors and figures\n"
          "  --mirror SRC DST  clean every page of the site mirrored in directory SRC\n"
          "                into DST (same tree; other files copied unchanged; an\n"
          "                interrupted run resumes)\n"
          "  --progress, --no-progress  force the mirror's progress bar on or off\n"
          "                (default: on when standard error is a terminal)\n"
          "  --max-pages N stop the mirror after N pages, as if interrupted\n"
          "  --no-verdict-cache  test each mirrored page's furniture afresh, as\n"
          "                one page alone is (slower; for checking the cache)\n"
          "  --lexicon FILE  site-specific people, titles, organisations and places\n"
          "                (NewsCleanLexicon format, docs/metadata.md)\n", to);
}

static int read_into_doc(FILE *in, const char *name, nc_doc *doc, nc_buf *page)
{
    static char chunk[CLI_CHUNK];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, in)) > 0) {
        nc_buf_append(page, chunk, n);
        nc_doc_feed(doc, chunk, n);    /* after a give-up the page still goes out unchanged */
    }
    if (ferror(in)) {
        fprintf(stderr, "newsclean: %s: %s\n", name, strerror(errno));
        return -1;
    }
    return 0;
}

static void json_key_string(nc_buf *o, const char *key, const char *value)
{
    nc_buf_printf(o, ",\"%s\":", key);
    if (value)
        nc_json_string(o, value, strlen(value));
    else
        nc_buf_append_str(o, "null");
}

static void json_number(nc_buf *o, double v)
{
    if (v == (double)(long long)v && v < 9e15 && v > -9e15)
        nc_buf_printf(o, "%" APR_INT64_T_FMT, (apr_int64_t)v);
    else {
        /* libc, not apr_vformatter: APR's %g writes 0.5 as ".5", which is not JSON */
        char num[64];
        snprintf(num, sizeof num, "%.6g", v);
        nc_buf_append_str(o, num);
    }
}

/* file: named first in the report when several are explained, else NULL */
static const char *explain(apr_pool_t *p, const nc_result *res, const char *page, const char *file)
{
    nc_buf o;
    nc_buf_init(&o, p, 4096);
    nc_buf_append_char(&o, '{');
    if (file) {
        nc_buf_append_str(&o, "\"file\":");
        nc_json_string(&o, file, strlen(file));
        nc_buf_append_char(&o, ',');
    }
    nc_buf_printf(&o, "\"input_bytes\":%lu", (unsigned long)res->input_len);
    json_key_string(&o, "charset", res->charset);
    json_key_string(&o, "skip_reason", res->skip_reason);
    nc_buf_printf(&o, ",\"soft_error\":%s,\"changed\":%s", res->soft_error ? "true" : "false",
                  res->changed ? "true" : "false");
    nc_buf_printf(&o, ",\"shells_removed\":%d,\"duplicates_removed\":%d", res->shells_removed,
                  res->duplicates_removed);
    nc_buf_printf(&o, ",\"bytes_removed\":%lu,\"bytes_inserted\":%lu",
                  (unsigned long)res->bytes_removed, (unsigned long)res->bytes_inserted);
    json_key_string(&o, "headline", res->headline);
    nc_buf_append_str(&o, ",\n\"edits\":[");
    for (int i = 0; i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        nc_buf_printf(&o, "%s\n {\"action\":\"%s\",\"reason\":\"%s\",\"start\":%lu,\"end\":%lu",
                      i ? "," : "", e->kind == NC_EDIT_REMOVE ? "remove" : "insert",
                      reason_names[e->reason], (unsigned long)e->start, (unsigned long)e->end);
        json_key_string(&o, "detail", e->detail);
        nc_buf_append_str(&o, ",\"bytes\":");
        if (e->kind == NC_EDIT_REMOVE)
            nc_json_string(&o, page + e->start, e->end - e->start);
        else
            nc_json_string(&o, e->text, e->text_len);
        nc_buf_append_char(&o, '}');
    }
    nc_buf_append_str(&o, "],\n\"mentions\":[");
    for (int i = 0; i < res->mentions->nelts; i++) {
        const nc_mention *m = &APR_ARRAY_IDX(res->mentions, i, nc_mention);
        nc_buf_printf(&o, "%s\n {\"type\":\"%s\"", i ? "," : "", nc_mention_type_name(m->type));
        json_key_string(&o, "name", m->name);
        if (m->job_title)
            json_key_string(&o, "jobTitle", m->job_title);
        if (m->nationality)
            json_key_string(&o, "nationality", m->nationality);
        if (m->currency)
            json_key_string(&o, "currency", m->currency);
        if (m->type >= NC_MONEY) {
            nc_buf_append_str(&o, ",\"value\":");
            json_number(&o, m->value);
        }
        if (m->unit_text)
            json_key_string(&o, "unitText", m->unit_text);
        nc_buf_printf(&o, ",\"offset\":%lu,\"at\":%lu,\"len\":%lu", (unsigned long)m->offset,
                      (unsigned long)m->at, (unsigned long)m->len);
        json_key_string(&o, "sentence", m->sentence);
        nc_buf_append_char(&o, '}');
    }
    nc_buf_append_str(&o, "]}\n");
    return o.data;
}

/* Cleans or explains one page from its own pool; named: put "file" in the report. */
static int run_one(const nc_engine *engine, apr_pool_t *parent, const nc_options *opts,
                   const char *type, const char *file, int want_explain, int named)
{
    FILE *in = stdin;
    if (file && strcmp(file, "-") != 0 && !(in = fopen(file, "rb"))) {
        fprintf(stderr, "newsclean: cannot read %s: %s\n", file, strerror(errno));
        return 1;
    }
    apr_pool_t *pool;
    apr_pool_create(&pool, parent);
    int status = 0;
    nc_doc *doc = nc_doc_begin(engine, pool, opts, type);
    struct stat st;
    if (fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        nc_doc_expect(doc, (apr_size_t)st.st_size);
    nc_buf page;
    nc_buf_init(&page, pool, 65536);
    if (read_into_doc(in, file ? file : "standard input", doc, &page) != 0) {
        status = 1;
        goto done;
    }
    const nc_result *res;
    nc_doc_finish(doc, &res);
    if (want_explain == 2) {
        status = nc_cli_explain_html(pool, page.data, page.len, res, type, file, stdout);
    } else if (want_explain) {
        fputs(explain(pool, res, page.data, named ? (file ? file : "-") : NULL), stdout);
    } else if (res->skip_reason || res->soft_error || !res->changed) {
        fwrite(page.data, 1, page.len, stdout);
    } else {
        apr_size_t out_len;
        const char *out = nc_apply_edits(pool, page.data, page.len, res, &out_len);
        fwrite(out, 1, out_len, stdout);
    }
    if (res->skip_reason && !want_explain)
        fprintf(stderr, "newsclean: page left unchanged: %s\n", res->skip_reason);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "newsclean: cannot write output: %s\n", strerror(errno));
        status = 1;
    }
done:
    if (in != stdin)
        fclose(in);
    apr_pool_destroy(pool);
    return status;
}

int main(int argc, char **argv)
{
    const char *type = "text/html", *lexicon = NULL;
    const char **files = calloc((size_t)argc, sizeof *files);
    int nfiles = 0;
    int want_explain = 0;                      /* 1: JSON, 2: HTML */
    int verdict_cache = 1;
    const char *mirror_src = NULL, *mirror_dst = NULL;
    nc_mirror_opts mirror_opts = { -1, 0 };
    if (!files) {
        fputs("newsclean: out of memory\n", stderr);
        return 1;
    }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--explain") || !strcmp(argv[i], "--explain=json")) {
            want_explain = 1;
        } else if (!strcmp(argv[i], "--explain=html")) {
            want_explain = 2;
        } else if (!strcmp(argv[i], "--mirror") && i + 2 < argc) {
            mirror_src = argv[++i];
            mirror_dst = argv[++i];
        } else if (!strcmp(argv[i], "--progress") || !strcmp(argv[i], "--no-progress")) {
            mirror_opts.progress = argv[i][2] == 'p';
        } else if (!strcmp(argv[i], "--max-pages") && i + 1 < argc) {
            mirror_opts.max_pages = atol(argv[++i]);
        } else if (!strcmp(argv[i], "--no-verdict-cache")) {
            verdict_cache = 0;
        } else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc) {
            lexicon = argv[++i];
        } else if (!strcmp(argv[i], "--type") && i + 1 < argc) {
            type = argv[++i];
        } else if (!strncmp(argv[i], "--type=", 7)) {
            type = argv[i] + 7;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            free(files);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "newsclean: unknown option '%s'\n", argv[i]);
            usage(stderr);
            free(files);
            return 2;
        } else {
            files[nfiles++] = argv[i];
        }
    }

    if (mirror_src && (nfiles || want_explain)) {
        fprintf(stderr, "newsclean: --mirror takes no FILE and no --explain\n");
        free(files);
        return 2;
    }
    if (nfiles > 1 && want_explain != 1) {
        fprintf(stderr, "newsclean: one input file at a time ('%s'; several only with --explain)\n",
                files[1]);
        free(files);
        return 2;
    }

    apr_pool_t *pool;
    apr_initialize();
    apr_pool_create(&pool, NULL);
    char *err = NULL;
    int status = 0;
    nc_engine *engine = nc_engine_create(pool, &err);
    if (!engine) {
        fprintf(stderr, "newsclean: cannot start the engine: %s\n", err ? err : "unknown error");
        status = 1;
        goto done;
    }
    nc_options opts;
    nc_options_default(&opts);
    if (lexicon && !(opts.lexicon = nc_lexicon_load(pool, lexicon, &err))) {
        fprintf(stderr, "newsclean: %s\n", err);
        status = 1;
        goto done;
    }
    if (mirror_src) {
        /* a folder is one site's pages: its furniture is tested once */
        if (verdict_cache)
            opts.verdicts = nc_verdict_cache_create(pool, NC_VERDICT_CACHE_DEFAULT);
        status = nc_cli_mirror(pool, engine, &opts, mirror_src, mirror_dst, &mirror_opts);
        goto done;
    }
    if (!nfiles)
        status = run_one(engine, pool, &opts, type, NULL, want_explain, 0);
    for (int i = 0; i < nfiles; i++)     /* an unreadable page is reported and skipped */
        if (run_one(engine, pool, &opts, type, files[i], want_explain, nfiles > 1) != 0)
            status = 1;
done:
    apr_pool_destroy(pool);
    apr_terminate();
    free(files);
    return status;
}
