/*
 * microbench.c - the filter's own CPU per page, in one process, side by side
 * with what libxml2 alone costs on the same bytes.
 *
 *   bench/microbench [-r ROUNDS] [-m MB_PER_SAMPLE] [-c] PAGE...   (-c: caches filled with
 *                                    other data before each timed run, as in httpd)
 *   bench/microbench -p N PAGE...     (the engine alone, N times: for perf)
 *   bench/microbench -n ...           (no verdict cache: every short text is new,
 *                                    as on a site's first page; by default one
 *                                    cache serves all runs, as in one httpd child)
 *   bench/microbench -s N PAGE...     (the SAX parse alone, N times: its baseline)
 *   bench/microbench -u ...           (the memory figure without the size hint, as
 *                                    the module runs a response with no
 *                                    Content-Length: chunked, or inflated)
 *   NC_MEMTRACE=1|2 bench/microbench -r 1 PAGE   (the memory child's blocks, and
 *                                    with 2 its heap and pools too, for
 *                                    bench/memtrace-peak.pl: see "Method" in
 *                                    docs/performance.md)
 *
 * For every page, in interleaved rounds (each round measures every contender
 * on every page, so machine noise hits all of them alike), thread CPU time of:
 *   sax      libxml2's HTML SAX push parser with no-op handlers, fed the page
 *            in 8000-byte chunks (what mod_proxy hands a filter);
 *   tree     libxml2's tree parser (htmlReadMemory), for reference;
 *   engine   the whole engine through its public API: nc_doc_begin, nc_doc_feed
 *            per 8000-byte chunk, nc_doc_finish (parse, text, shells, dedup,
 *            extraction, JSON-LD), plus nc_apply_edits (the output the CLI
 *            writes; the module partitions buckets instead);
 * and the engine again stage by stage through its internal calls (parse,
 * text assembly, shells+dedup+edits, extraction, JSON-LD) to say where the
 * time goes. Prints medians over rounds and the engine/sax ratio per round
 * (median). Memory: the engine's extra bytes per page as the module runs it
 * (all the page holds at its peak: pool blocks and the heap, libxml2's and
 * the engine's, counted as they come and go in a fresh child after a
 * warm-up), over the page size ("mem/page"); then
 * anonymous RSS growth stage by stage
 * (the stage run reads all article text, the engine at most 16 KB).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include "newsclean.h"
#include "parsers.h"
#include "docbuild.h"
#include "shells.h"
#include "dedup.h"
#include "edits.h"
#include "extract.h"
#include "jsonld.h"

#include <apr_general.h>
#include <apr_strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <execinfo.h>
#include <dlfcn.h>

#define CHUNK 8000
#define MAX_ROUNDS 64

/* ---- memory accounting -------------------------------------------------------- */

/* All the memory a page holds, counted as it is taken and given back: the
 * pool blocks APR maps (Debian's APR allocator maps each block with mmap, as
 * buf.c maps its largest heap blocks) by their mapped size, and the C heap
 * (the engine's arrays that outgrew their pool space, libxml2's context) by
 * usable size. Both are interposed here: mmap and malloc from the
 * executable come before libapr's and libc's for every library. Heap
 * counters (mallinfo, massif) do not see the mapped blocks, and the mapped
 * size does not see heap memory glibc reuses from earlier pages. */
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static int counting;                    /* only in the memory child, for the page */
static int tracing = -1;                /* NC_MEMTRACE's level: unknown until the first block */
static void trace_ev(const char *what, long n);
static volatile int in_libxml2;         /* volatile: set around malloc, which reads no globals */
static long mapped_now, heap_now, total_peak, own_heap_now, own_heap_peak;

static void trace_heap(const char *what, void *ptr, long n);

static int trace_level(void)
{
    if (tracing < 0) {
        const char *t = getenv("NC_MEMTRACE");
        tracing = t ? (atoi(t) >= 2 ? 2 : 1) : 0;
    }
    return tracing;
}

static void note_heap(long delta)
{
    if (!counting)
        return;
    heap_now += delta;
    if (!in_libxml2) {
        own_heap_now += delta;
        if (own_heap_now > own_heap_peak)
            own_heap_peak = own_heap_now;
    }
    if (mapped_now + heap_now > total_peak)
        total_peak = mapped_now + heap_now;
}

void *malloc(size_t n)
{
    void *p = __libc_malloc(n);
    if (p && counting) {
        note_heap((long)malloc_usable_size(p));
        trace_heap("H+", p, (long)malloc_usable_size(p));
    }
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p = __libc_calloc(n, size);
    if (p && counting) {
        note_heap((long)malloc_usable_size(p));
        trace_heap("H+", p, (long)malloc_usable_size(p));
    }
    return p;
}

void *realloc(void *p, size_t n)
{
    long old = p && counting ? (long)malloc_usable_size(p) : 0;
    if (p && counting)
        trace_heap("H-", p, old);
    void *q = __libc_realloc(p, n);
    if (q && counting) {
        note_heap((long)malloc_usable_size(q) - old);
        trace_heap("H+", q, (long)malloc_usable_size(q));
    }
    return q;
}

void free(void *p)
{
    if (p && counting) {
        note_heap(-(long)malloc_usable_size(p));
        trace_heap("H-", p, (long)malloc_usable_size(p));
    }
    __libc_free(p);
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    void *m = (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
    if (m != MAP_FAILED && counting && fd == -1) {
        mapped_now += (long)len;
        if (mapped_now + heap_now > total_peak)
            total_peak = mapped_now + heap_now;
        trace_ev("map", (long)len);
        trace_heap("M+", m, (long)len);
    }
    return m;
}

int munmap(void *addr, size_t len)
{
    int rc = (int)syscall(SYS_munmap, addr, len);
    if (rc == 0 && counting) {
        mapped_now -= (long)len;
        trace_ev("unmap", -(long)len);
        trace_heap("M-", addr, (long)len);
    }
    return rc;
}

/* buf.c grows its mapped heap blocks in place where it can */
void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    void *to = (flags & MREMAP_FIXED) ? va_arg(ap, void *) : NULL;
    va_end(ap);
    void *m = (void *)syscall(SYS_mremap, old, old_len, new_len, flags, to);
    if (m != MAP_FAILED && counting) {
        mapped_now += (long)new_len - (long)old_len;
        if (mapped_now + heap_now > total_peak)
            total_peak = mapped_now + heap_now;
        trace_ev("remap", (long)new_len - (long)old_len);
        trace_heap("M-", old, (long)old_len);
        trace_heap("M+", m, (long)new_len);
    }
    return m;
}

/* NC_MEMTRACE=1: every block mapped or unmapped while a page is counted,
 * with the running totals and the stack that took it (addresses in this
 * executable: `addr2line -f -e bench/microbench OFFSET`): where a page's
 * peak is, block by block. */
static void trace_ev(const char *what, long n)
{
    if (trace_level() != 1)
        return;
    int c = counting;
    counting = 0;
    void *bt[12];
    int k = backtrace(bt, 12);
    char line[128];
    int l = snprintf(line, sizeof line, "%s %ld now=%ld heap=%ld peak=%ld\n", what, n, mapped_now, heap_now, total_peak);
    if (write(2, line, (size_t)l) < 0) {}
    backtrace_symbols_fd(bt + 1, k - 1, 2);
    counting = c;
}

/* NC_MEMTRACE=2: instead, one line per heap allocation and free, block
 * mapped and unmapped (and pool allocation, see NC_MEMTRACE_POOLS) with
 * its stack, as offsets in this executable: bench/memtrace-peak.pl
 * replays them to the peak and says what is alive there, by owner. */
static void trace_heap(const char *what, void *ptr, long n)
{
    if (trace_level() != 2)
        return;
    int c = counting;
    counting = 0;
    void *bt[14];
    int k = backtrace(bt, 14);
    char line[512];
    int l = snprintf(line, sizeof line, "%s %p %ld now=%ld heap=%ld peak=%ld |", what, ptr, n, mapped_now, heap_now, total_peak);
    static char *base;
    if (!base) {
        Dl_info di;
        if (dladdr((void *)trace_heap, &di))
            base = di.dli_fbase;
    }
    for (int i = 1; i < k && l < 480; i++) {
        Dl_info di;
        if (dladdr(bt[i], &di) && di.dli_fbase == base)
            l += snprintf(line + l, sizeof line - (size_t)l, " e%lx", (unsigned long)((char *)bt[i] - base));
        else
            l += snprintf(line + l, sizeof line - (size_t)l, " %s", dladdr(bt[i], &di) && di.dli_sname ? di.dli_sname : "?");
    }
    line[l++] = '\n';
    if (write(2, line, (size_t)l) < 0) {}
    counting = c;
}

#ifdef NC_MEMTRACE_POOLS
/* Built with -DNC_MEMTRACE_POOLS, the pools' allocations too: what each
 * pool block holds. Not in the ordinary build, whose -p runs callgrind
 * counts: every apr_palloc would go through here. */
void *apr_palloc(apr_pool_t *pool, apr_size_t size)
{
    static void *(*real)(apr_pool_t *, apr_size_t);
    if (!real)
        real = (void *(*)(apr_pool_t *, apr_size_t))dlsym(RTLD_NEXT, "apr_palloc");
    void *r = real(pool, size);
    if (counting)
        trace_heap("P", pool, (long)size);
    return r;
}
apr_status_t apr_pool_create_ex(apr_pool_t **np, apr_pool_t *parent, apr_abortfunc_t af, apr_allocator_t *al)
{
    static apr_status_t (*real)(apr_pool_t **, apr_pool_t *, apr_abortfunc_t, apr_allocator_t *);
    if (!real)
        real = (apr_status_t (*)(apr_pool_t **, apr_pool_t *, apr_abortfunc_t, apr_allocator_t *))dlsym(RTLD_NEXT, "apr_pool_create_ex");
    apr_status_t rv = real(np, parent, af, al);
    if (counting)
        trace_heap("PC", *np, (long)(size_t)parent);
    return rv;
}
void apr_pool_destroy(apr_pool_t *pool)
{
    static void (*real)(apr_pool_t *);
    if (!real)
        real = (void (*)(apr_pool_t *))dlsym(RTLD_NEXT, "apr_pool_destroy");
    if (counting)
        trace_heap("PD", pool, 0);
    real(pool);
}
#endif

/* libxml2's heap, through xmlMemSetup: its own peak, and told apart from
 * the engine's. */
static size_t xml_cur, xml_peak;

typedef union { size_t n; max_align_t align; } mem_header;

static void *count_malloc(size_t n)
{
    in_libxml2 = 1;
    mem_header *h = malloc(sizeof *h + n);
    in_libxml2 = 0;
    if (!h)
        return NULL;
    h->n = n;
    xml_cur += n;
    if (xml_cur > xml_peak)
        xml_peak = xml_cur;
    return h + 1;
}

static void count_free(void *p)
{
    if (!p)
        return;
    mem_header *h = (mem_header *)p - 1;
    xml_cur -= h->n;
    in_libxml2 = 1;
    free(h);
    in_libxml2 = 0;
}

static void *count_realloc(void *p, size_t n)
{
    if (!p)
        return count_malloc(n);
    mem_header *h = (mem_header *)p - 1;
    size_t old = h->n;
    in_libxml2 = 1;
    mem_header *nh = realloc(h, sizeof *nh + n);
    in_libxml2 = 0;
    if (!nh)
        return NULL;
    nh->n = n;
    xml_cur = xml_cur - old + n;
    if (xml_cur > xml_peak)
        xml_peak = xml_cur;
    return nh + 1;
}

static char *count_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = count_malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* ---- helpers ------------------------------------------------------------------ */

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(const double *v, int n)
{
    double tmp[MAX_ROUNDS];
    memcpy(tmp, v, sizeof(double) * (size_t)n);
    qsort(tmp, (size_t)n, sizeof(double), cmp_double);
    return n % 2 ? tmp[n / 2] : (tmp[n / 2 - 1] + tmp[n / 2]) / 2;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

/* ---- contenders ------------------------------------------------------------- */

static void noop_start(void *c, const xmlChar *n, const xmlChar **a) { (void)c; (void)n; (void)a; }
static void noop_end(void *c, const xmlChar *n) { (void)c; (void)n; }
static void noop_chars(void *c, const xmlChar *s, int n) { (void)c; (void)s; (void)n; }
static void noop_comment(void *c, const xmlChar *s) { (void)c; (void)s; }
static void noop_diag(void *c, const char *m, ...) { (void)c; (void)m; }

static void run_sax(const char *page, size_t len)
{
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = noop_start;
    sax.endElement = noop_end;
    sax.characters = noop_chars;
    sax.ignorableWhitespace = noop_chars;
    sax.comment = noop_comment;
    sax.warning = noop_diag;
    sax.error = noop_diag;
    sax.fatalError = noop_diag;
    htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL,
                                                      XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                       | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC
                       | HTML_PARSE_NODEFDTD);
    for (size_t off = 0; off < len; off += CHUNK) {
        size_t n = len - off < CHUNK ? len - off : CHUNK;
        htmlParseChunk(ctxt, page + off, (int)n, 0);
    }
    htmlParseChunk(ctxt, NULL, 0, 1);
    htmlFreeParserCtxt(ctxt);
}

static void run_tree(const char *page, size_t len)
{
    htmlDocPtr doc = htmlReadMemory(page, (int)len, NULL, "utf-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR
                                    | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlFreeDoc(doc);
}

/* apply: also build the output (the CLI's copy; the module partitions the
 * page's own buckets instead, so the memory figure leaves it out). */
/* -c: fill the caches with other data before each timed run. */
static int cold;
/* -u: the memory child gives the engine no size hint (nc_doc_expect). */
static int unknown_size;
static void evict_caches(void)
{
    static volatile unsigned char *junk;
    enum { JUNK = 32 << 20 };
    if (!junk && !(junk = malloc(JUNK)))
        return;
    for (size_t i = 0; i < JUNK; i += 64)
        junk[i] = (unsigned char)(junk[i] + 1);
}

/* The shell verdicts the runs share, as one httpd child's (NULL with -n). */
static nc_verdict_cache *verdicts;

static size_t run_engine(const nc_engine *e, apr_pool_t *p, const char *page, size_t len, int apply)
{
    nc_options o;
    nc_options_default(&o);
    o.verdicts = verdicts;
    nc_doc *d = nc_doc_begin(e, p, &o, "text/html");
    nc_doc_expect(d, len);      /* as the module does with the backend's Content-Length */
    for (size_t off = 0; off < len; off += CHUNK)
        nc_doc_feed(d, page + off, len - off < CHUNK ? len - off : CHUNK);
    const nc_result *res;
    nc_doc_finish(d, &res);
    apr_size_t out_len = len;
    if (res->changed && apply)
        nc_apply_edits(p, page, len, res, &out_len);
    return res->edits->nelts;
}

/* The engine's pipeline stage by stage (mirrors engine.c's nc_doc_finish for
 * a UTF-8 HTML page with default options). t[] gets cumulative CPU seconds. */
enum { ST_PARSE, ST_TEXT, ST_CLEAN, ST_EXTRACT, ST_JSONLD, ST_COUNT };
static const char *const stage_names[ST_COUNT] = { "parse", "text", "clean", "extract", "jsonld" };

static long status_kb(const char *field);

static void run_stages_marked(const nc_engine *e, apr_pool_t *p, const char *page, size_t len,
                              nc_shell_rules *rules, nc_extractor *x, double *t, long *marks)
{
    (void)e;
    double t0 = cpu_now();
    nc_docmodel model;
    memset(&model, 0, sizeof model);
    model.blocks = apr_array_make(p, 128, sizeof(nc_block));
    model.is_html = 1;
    model.anchors.head_close = model.anchors.body_close = model.anchors.head_open_end = NC_NO_OFFSET;
    nc_buf orig;
    nc_buf_init(&orig, p, 16384);
    nc_html_parser *hp = nc_html_parser_create(p, &model, &orig, NULL);
    for (size_t off = 0; off < len; off += CHUNK) {
        nc_buf_append(&orig, page + off, len - off < CHUNK ? len - off : CHUNK);
        nc_html_parser_feed(hp, 0);
    }
    nc_html_parser_feed(hp, 1);
    double t1 = cpu_now();
    if (marks)
        marks[ST_PARSE] = status_kb("RssAnon");
    const char *cs = nc_charset_choose(p, orig.data, orig.len, NULL, model.meta_charset);
    nc_decoder *dec = nc_decoder_open(p, cs);
    nc_doc_assemble_text(p, p, &model, nc_html_parser_spans(hp), nc_html_parser_literals(hp),
                         orig.data, dec);
    double t2 = cpu_now();
    if (marks)
        marks[ST_TEXT] = status_kb("RssAnon");
    nc_shells_mark(rules, p, &model, NULL, verdicts);
    nc_dedup_mark(p, &model, NC_DEFAULT_MIN_BLOCK_WORDS);
    apr_array_header_t *edits = apr_array_make(p, 16, sizeof(nc_edit));
    nc_edits_from_verdicts(p, &model, NC_DEFAULT_MIN_BLOCK_WORDS, orig.data, orig.len, edits);
    double t3 = cpu_now();
    if (marks)
        marks[ST_CLEAN] = status_kb("RssAnon");
    apr_array_header_t *blocks = apr_array_make(p, 32, sizeof(nc_text_block));
    const char *headline = NULL;
    for (int i = 0; i < model.blocks->nelts; i++) {
        const nc_block *b = &APR_ARRAY_IDX(model.blocks, i, nc_block);
        if (b->verdict != NC_KEEP || b->text_len == 0 || b->boilerplate || b->role == NC_ROLE_TITLE)
            continue;
        int is_headline = !headline && b->role == NC_ROLE_HEADING && b->heading_level == 1;
        if (!is_headline && b->words < 5)
            continue;
        if (is_headline)
            headline = b->text;
        nc_text_block *tb = apr_array_push(blocks);
        tb->text = b->text;
        tb->len = b->text_len;
        tb->offset = b->start;
        tb->is_headline = is_headline;
    }
    apr_array_header_t *mentions = nc_extract(x, NULL, p, (const nc_text_block *)blocks->elts, blocks->nelts);
    double t4 = cpu_now();
    if (marks)
        marks[ST_EXTRACT] = status_kb("RssAnon");
    apr_size_t jlen;
    nc_jsonld_script(p, headline ? headline : "", mentions, &jlen);
    double t5 = cpu_now();
    if (marks)
        marks[ST_JSONLD] = status_kb("RssAnon");
    t[ST_PARSE] += t1 - t0;
    t[ST_TEXT] += t2 - t1;
    t[ST_CLEAN] += t3 - t2;
    t[ST_EXTRACT] += t4 - t3;
    t[ST_JSONLD] += t5 - t4;
}

static void run_stages(const nc_engine *e, apr_pool_t *p, const char *page, size_t len,
                       nc_shell_rules *rules, nc_extractor *x, double *t)
{
    run_stages_marked(e, p, page, len, rules, x, t, NULL);
}

/* Memory, measured where APR really gets it: Debian's APR allocator maps its
 * blocks with mmap, so heap counters miss them. A forked child resets its
 * peak RSS (clear_refs), runs the engine once on the page stage by stage and
 * reports anonymous RSS growth (RssAnon: pool and heap pages, not code) after
 * each stage; pools only grow until cleared, so the largest is the peak. */
static long status_kb(const char *field)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, field, n) && line[n] == ':')
            v = atol(line + n + 1);
    if (f)
        fclose(f);
    return v;
}

typedef struct mem_stats { long stage_kb[ST_COUNT]; long peak_kb, xml_peak_kb, engine_kb, own_heap_kb; } mem_stats;

/* One-time tables (lexicon hashes, JIT stacks) are built on first use; a
 * tiny page run first keeps them out of the page's figures. */
static void warm_up(const nc_engine *e)
{
    static const char tiny[] =
        "<html><head><title>t</title></head><body><h1>President Ana Ruiz of Chile</h1>"
        "<p>The Ministry of Finance in Santiago said $5 billion, 20 percent, in 2024, 300 troops.</p>"
        "</body></html>";
    apr_pool_t *w;
    apr_pool_create(&w, NULL);
    run_engine(e, w, tiny, sizeof tiny - 1, 0);
    apr_pool_destroy(w);
}

static void engine_memory(const nc_engine *e, nc_shell_rules *rules, nc_extractor *x,
                          const char *page, size_t len, int whole, mem_stats *out)
{
    int fds[2];
    memset(out, 0, sizeof *out);
    if (pipe(fds) != 0)
        return;
    pid_t pid = fork();
    if (pid == 0) {
        mem_stats m;
        memset(&m, 0, sizeof m);
        warm_up(e);
        apr_pool_t *p;
        if (whole) {
            /* The engine as the module runs it, and all the memory the page
             * holds at its peak. In the module a page's pool blocks come from
             * the child's allocator, already resident from earlier pages, so
             * a block counts whole from the moment the page takes it, however
             * little of it is written. Here they come from a fresh allocator
             * that unmaps what it is given back, and every block and heap
             * allocation is counted as it comes and goes (see "memory
             * accounting"): the peak is exact, whatever stage it falls in. */
            apr_pool_t *again;     /* the page itself first: its code paths and tables in */
            apr_pool_create(&again, NULL);
            run_engine(e, again, page, len, 0);
            apr_pool_destroy(again);
            apr_allocator_t *fresh;
            if (apr_allocator_create(&fresh) != APR_SUCCESS)
                _exit(1);
            apr_allocator_max_free_set(fresh, 1);
            mapped_now = heap_now = total_peak = own_heap_now = own_heap_peak = 0;
            counting = 1;
            apr_pool_create_ex(&p, NULL, NULL, fresh);
            nc_options o;
            nc_options_default(&o);
            o.verdicts = verdicts;
            nc_doc *d = nc_doc_begin(e, p, &o, "text/html");
            if (!unknown_size)
                nc_doc_expect(d, len);
            for (size_t off = 0; off < len; off += CHUNK)
                nc_doc_feed(d, page + off, len - off < CHUNK ? len - off : CHUNK);
            const nc_result *res;
            nc_doc_finish(d, &res);
            counting = 0;
            m.engine_kb = (total_peak + 1023) / 1024;
            m.own_heap_kb = (own_heap_peak + 1023) / 1024;
            if (write(fds[1], &m, sizeof m) != (ssize_t)sizeof m)
                _exit(1);
            _exit(0);
        }
        apr_pool_create(&p, NULL);
        long base = status_kb("RssAnon");
        size_t xml_before = xml_cur;
        xml_peak = xml_cur;
        double t[ST_COUNT] = { 0 };
        long marks[ST_COUNT];
        run_stages_marked(e, p, page, len, rules, x, t, marks);
        for (int k = 0; k < ST_COUNT; k++)
            m.stage_kb[k] = marks[k] - base;
        m.peak_kb = 0;
        for (int k = 0; k < ST_COUNT; k++)
            if (m.stage_kb[k] > m.peak_kb)
                m.peak_kb = m.stage_kb[k];
        m.xml_peak_kb = (long)((xml_peak - xml_before) / 1024);
        if (write(fds[1], &m, sizeof m) != (ssize_t)sizeof m)
            _exit(1);
        _exit(0);
    }
    close(fds[1]);
    if (pid > 0 && read(fds[0], out, sizeof *out) != (ssize_t)sizeof *out)
        memset(out, 0, sizeof *out);
    close(fds[0]);
    if (pid > 0)
        waitpid(pid, NULL, 0);
}

/* ---- main ------------------------------------------------------------------------ */

typedef struct page_stats {
    const char *path, *name;
    char *data;
    size_t len;
    int reps;
    double sax[MAX_ROUNDS], tree[MAX_ROUNDS], engine[MAX_ROUNDS], ratio[MAX_ROUNDS];
    double stage[ST_COUNT][MAX_ROUNDS];
    mem_stats mem;
} page_stats;

int main(int argc, char **argv)
{
    int rounds = 5, profile = 0, sax_only = 0, no_verdicts = 0;
    double mb_per_sample = 8;
    int argi = 1;
    for (; argi < argc && argv[argi][0] == '-'; argi++) {
        if (!strcmp(argv[argi], "-r") && argi + 1 < argc)
            rounds = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "-p") && argi + 1 < argc)
            profile = atoi(argv[++argi]);
        else if (!strcmp(argv[argi], "-s") && argi + 1 < argc)
            profile = atoi(argv[++argi]), sax_only = 1;
        else if (!strcmp(argv[argi], "-c"))
            cold = 1;
        else if (!strcmp(argv[argi], "-n"))
            no_verdicts = 1;
        else if (!strcmp(argv[argi], "-u"))
            unknown_size = 1;
        else if (!strcmp(argv[argi], "-m") && argi + 1 < argc)
            mb_per_sample = atof(argv[++argi]);
        else {
            fprintf(stderr, "usage: %s [-r ROUNDS] [-m MB_PER_SAMPLE] [-c] [-n] [-u] PAGE...\n", argv[0]);
            return 2;
        }
    }
    if (rounds < 1 || rounds > MAX_ROUNDS || argi >= argc) {
        fprintf(stderr, "usage: %s [-r ROUNDS(1..%d)] [-m MB_PER_SAMPLE] [-c] [-n] [-u] PAGE...\n", argv[0], MAX_ROUNDS);
        return 2;
    }
    xmlMemSetup(count_free, count_malloc, count_realloc, count_strdup);
    xmlInitParser();
    apr_initialize();
    apr_pool_t *root;
    apr_pool_create(&root, NULL);
    char *err = NULL;
    nc_engine *engine = nc_engine_create(root, &err);
    nc_shell_rules *rules = nc_shell_rules_create(root, &err);
    nc_extractor *x = nc_extractor_create(root, &err);
    if (!no_verdicts)
        verdicts = nc_verdict_cache_create(root, NC_VERDICT_CACHE_DEFAULT);
    if (!engine || !rules || !x) {
        fprintf(stderr, "microbench: engine: %s\n", err ? err : "?");
        return 1;
    }

    if (profile > 0) {
        /* -p N: only the engine, N times over each page, for perf/callgrind */
        apr_pool_t *pp;
        apr_pool_create(&pp, root);
        for (; argi < argc; argi++) {
            size_t len;
            char *data = slurp(argv[argi], &len);
            if (!data)
                return 1;
            for (int k = 0; k < profile; k++) {
                if (cold)
                    evict_caches();
                if (sax_only)
                    run_sax(data, len);
                else
                    run_engine(engine, pp, data, len, 1);
                apr_pool_clear(pp);
            }
            free(data);
        }
        apr_pool_destroy(root);
        apr_terminate();
        return 0;
    }

    int npages = argc - argi;
    page_stats *ps = calloc((size_t)npages, sizeof *ps);
    for (int i = 0; i < npages; i++) {
        ps[i].path = argv[argi + i];
        ps[i].name = strrchr(ps[i].path, '/') ? strrchr(ps[i].path, '/') + 1 : ps[i].path;
        if (!(ps[i].data = slurp(ps[i].path, &ps[i].len))) {
            fprintf(stderr, "microbench: cannot read %s\n", ps[i].path);
            return 1;
        }
        ps[i].reps = (int)(mb_per_sample * 1e6 / (double)ps[i].len);
        if (ps[i].reps < 3)
            ps[i].reps = 3;
        mem_stats whole;
        engine_memory(engine, rules, x, ps[i].data, ps[i].len, 0, &ps[i].mem);
        engine_memory(engine, rules, x, ps[i].data, ps[i].len, 1, &whole);
        ps[i].mem.engine_kb = whole.engine_kb;
        ps[i].mem.own_heap_kb = whole.own_heap_kb;
    }

    apr_pool_t *p;
    apr_pool_create(&p, root);
    for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < npages; i++) {
            page_stats *s = &ps[i];
            double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            if (cold) {
                /* each run after the caches were filled with other data,
                 * as in httpd, where other requests run in between; only
                 * the runs are timed */
                for (int k = 0; k < s->reps; k++) {
                    evict_caches();
                    double a = cpu_now();
                    run_sax(s->data, s->len);
                    t1 += cpu_now() - a;
                    evict_caches();
                    a = cpu_now();
                    run_tree(s->data, s->len);
                    t2 += cpu_now() - a;
                    evict_caches();
                    a = cpu_now();
                    run_engine(engine, p, s->data, s->len, 1);
                    apr_pool_clear(p);
                    t3 += cpu_now() - a;
                }
                t2 += t1;
                t3 += t2;
            } else {
                t0 = cpu_now();
                for (int k = 0; k < s->reps; k++)
                    run_sax(s->data, s->len);
                t1 = cpu_now();
                for (int k = 0; k < s->reps; k++)
                    run_tree(s->data, s->len);
                t2 = cpu_now();
                for (int k = 0; k < s->reps; k++) {
                    run_engine(engine, p, s->data, s->len, 1);
                    apr_pool_clear(p);
                }
                t3 = cpu_now();
            }
            double st[ST_COUNT] = { 0 };
            for (int k = 0; k < s->reps; k++) {
                run_stages(engine, p, s->data, s->len, rules, x, st);
                apr_pool_clear(p);
            }
            s->sax[r] = (t1 - t0) / s->reps;
            s->tree[r] = (t2 - t1) / s->reps;
            s->engine[r] = (t3 - t2) / s->reps;
            s->ratio[r] = s->engine[r] / s->sax[r];
            for (int k = 0; k < ST_COUNT; k++)
                s->stage[k][r] = st[k] / s->reps;
        }
        fprintf(stderr, "microbench: round %d/%d done\n", r + 1, rounds);
    }

    printf("Filter CPU per page, one process, thread CPU time, median of %d interleaved rounds\n", rounds);
    printf("(sax = libxml2 HTML SAX push parse, no-op handlers; engine = nc_doc_begin/feed/finish + apply)\n\n");
    printf("%-22s %8s | %8s %7s | %8s %7s | %8s %7s | %9s | %9s\n", "page", "KB",
           "sax ms", "MB/s", "tree ms", "MB/s", "engine", "MB/s", "eng/sax", "mem/page");
    for (int i = 0; i < npages; i++) {
        page_stats *s = &ps[i];
        double sax = median(s->sax, rounds), tree = median(s->tree, rounds);
        double eng = median(s->engine, rounds);
        printf("%-22s %8.1f | %8.3f %7.1f | %8.3f %7.1f | %8.3f %7.1f | %8.2fx | %8.2fx\n",
               s->name, s->len / 1024.0, sax * 1e3, s->len / sax / 1e6, tree * 1e3,
               s->len / tree / 1e6, eng * 1e3, s->len / eng / 1e6,
               median(s->ratio, rounds), s->mem.engine_kb * 1024.0 / (double)s->len);
    }
    printf("\nWhere the engine's time goes (ms per page, median; stages run separately)\n\n");
    printf("%-22s", "page");
    for (int k = 0; k < ST_COUNT; k++)
        printf(" %9s", stage_names[k]);
    printf(" %9s\n", "sum");
    for (int i = 0; i < npages; i++) {
        page_stats *s = &ps[i];
        double sum = 0;
        printf("%-22s", s->name);
        for (int k = 0; k < ST_COUNT; k++) {
            double m = median(s->stage[k], rounds);
            sum += m;
            printf(" %9.3f", m * 1e3);
        }
        printf(" %9.3f\n", sum * 1e3);
    }
    printf("\nEngine memory per page, KB (a fresh child after a warm-up: \"engine\" is all the\n"
           "page holds at its peak as the module runs it, pool blocks plus heap, libxml2's\n"
           "included; \"heap\" the engine's own heap at its peak (arrays past their pool\n"
           "space); the stages are anonymous RSS growth with extraction over all article\n"
           "text, and libxml2's own peak heap)\n\n");
    printf("%-22s", "page");
    for (int k = 0; k < ST_COUNT; k++)
        printf(" %9s", stage_names[k]);
    printf(" %9s %9s %9s %9s %9s\n", "peak", "libxml2", "heap", "engine", "eng/page");
    for (int i = 0; i < npages; i++) {
        page_stats *s = &ps[i];
        printf("%-22s", s->name);
        for (int k = 0; k < ST_COUNT; k++)
            printf(" %9ld", s->mem.stage_kb[k]);
        printf(" %9ld %9ld %9ld %9ld %8.2fx\n", s->mem.peak_kb, s->mem.xml_peak_kb, s->mem.own_heap_kb,
               s->mem.engine_kb,
               s->mem.engine_kb * 1024.0 / (double)s->len);
    }
    apr_pool_destroy(root);
    apr_terminate();
    return 0;
}
