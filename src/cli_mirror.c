/*
 * cli_mirror.c - `newsclean --mirror SRC DST`: cleans a mirrored site on disk.
 *
 * Owns: the walk of SRC (any depth; symbolic links followed only when they
 * resolve inside SRC, each directory entered once), the copy of each file to
 * the same relative path under DST (articles cleaned by the engine, anything
 * else byte for byte), the journal that lets an interrupted run resume, the
 * progress bar and the summary.
 *
 * SRC is only ever opened for reading. Each DST file is written to a hidden
 * temporary file in its directory and renamed into place, then recorded in
 * DST/.newsclean-mirror.journal with the source's size and mtime; a rerun
 * skips what the journal says is done and unchanged since. The journal is
 * removed when a run completes with no errors.
 *
 * A page the engine declines, or cannot decode, is reported and copied
 * unchanged; so is a page that is only an error shell (a soft error). A file
 * that cannot be read is reported and counted as an error (exit status 1).
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <apr_hash.h>
#include <apr_strings.h>

#define JOURNAL_NAME ".newsclean-mirror.journal"
#define JOURNAL_MAGIC "newsclean-mirror-journal 1"
#define MAX_CLEAN_SIZE (64L * 1024 * 1024)   /* larger "pages" are copied unchanged */
#define IO_CHUNK 65536

typedef enum { K_OTHER, K_HTML, K_XHTML, K_TEXT } file_kind;

typedef struct mfile {
    const char *rel;        /* path under SRC (and DST) */
    const char *src;        /* full path to read (may go through a link inside SRC) */
    apr_off_t   size;
    apr_time_t  mtime_ns;
    mode_t      mode;
    struct timespec mtim;
    file_kind   kind;
} mfile;

typedef struct done_rec {   /* one journal line */
    char status;            /* C changed, U unchanged, S soft error, B declined, K copied */
    apr_off_t size;
    apr_time_t mtime_ns;
    int shells, dups, actors, figures;
} done_rec;

typedef struct totals {
    long files, pages, others;
    long changed, unchanged, soft_errors, declined, errors;
    long shells, dups, actors, figures;
    long resumed, links_skipped, specials_skipped;
} totals;

typedef struct mirror {
    apr_pool_t *pool;
    const nc_engine *engine;
    const nc_options *opts;
    const char *src_root, *dst_root;
    apr_array_header_t *files;      /* of mfile */
    apr_hash_t *visited;            /* "dev:ino" of directories entered */
    apr_hash_t *journal;            /* rel -> done_rec */
    FILE *jf;
    totals t;
    /* progress */
    int bar;
    long pages_total, pages_done, pages_this_run;
    double started, last_draw;
} mirror;

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- reporting ------------------------------------------------------------ */

static void clear_bar(mirror *m)
{
    if (m->bar)
        fputs("\r\033[K", stderr);
}

static void draw_bar(mirror *m, int force)
{
    if (!m->bar)
        return;
    double t = now();
    if (!force && t - m->last_draw < 0.1)
        return;
    m->last_draw = t;
    double el = t - m->started;
    double rate = el > 0 ? (double)m->pages_this_run / el : 0;
    long left = m->pages_total - m->pages_done;
    int width = 30, filled = m->pages_total ? (int)(width * m->pages_done / m->pages_total) : width;
    char bar[64];
    for (int i = 0; i < width; i++)
        bar[i] = i < filled ? '#' : '.';
    bar[width] = '\0';
    char eta[32] = "--:--";
    if (rate > 0) {
        long s = (long)((double)left / rate + 0.5);
        snprintf(eta, sizeof eta, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    }
    fprintf(stderr, "\r[%s] %ld/%ld pages  %.1f pages/s  ETA %s\033[K", bar, m->pages_done,
            m->pages_total, rate, eta);
    fflush(stderr);
}

static void report(mirror *m, const char *rel, const char *what)
{
    clear_bar(m);
    fprintf(stderr, "newsclean: mirror: %s: %s\n", rel, what);
    draw_bar(m, 1);
}

/* ---- the walk -------------------------------------------------------------- */

static file_kind kind_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return K_OTHER;
    dot++;
    if (!strcasecmp(dot, "html") || !strcasecmp(dot, "htm") || !strcasecmp(dot, "shtml"))
        return K_HTML;
    if (!strcasecmp(dot, "xhtml"))
        return K_XHTML;
    if (!strcasecmp(dot, "txt"))
        return K_TEXT;
    return K_OTHER;
}

static int inside_root(const char *root, const char *path)
{
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/')
        return 1;
    return !strncmp(root, path, n) && (path[n] == '\0' || path[n] == '/');
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void walk(mirror *m, const char *dir, const char *rel);

static void add_file(mirror *m, const char *full, const char *rel, const struct stat *st)
{
    mfile *f = apr_array_push(m->files);
    f->rel = rel;
    f->src = full;
    f->size = (apr_off_t)st->st_size;
    f->mtim = st->st_mtim;
    f->mtime_ns = (apr_time_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    f->mode = st->st_mode & 07777;
    const char *base = strrchr(rel, '/');
    f->kind = kind_of(base ? base + 1 : rel);
    if (f->kind != K_OTHER)
        m->pages_total++;
}

static void enter_dir(mirror *m, const char *full, const char *rel, const struct stat *st)
{
    const char *key = apr_psprintf(m->pool, "%lu:%lu", (unsigned long)st->st_dev,
                                   (unsigned long)st->st_ino);
    if (apr_hash_get(m->visited, key, APR_HASH_KEY_STRING))
        return;                       /* a link back to a directory already walked */
    apr_hash_set(m->visited, key, APR_HASH_KEY_STRING, "");
    walk(m, full, rel);
}

static void walk(mirror *m, const char *dir, const char *rel)
{
    DIR *d = opendir(dir);
    if (!d) {
        report(m, *rel ? rel : ".", apr_psprintf(m->pool, "cannot read directory: %s", strerror(errno)));
        m->t.errors++;
        return;
    }
    apr_array_header_t *names = apr_array_make(m->pool, 32, sizeof(char *));
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        APR_ARRAY_PUSH(names, char *) = apr_pstrdup(m->pool, de->d_name);
    }
    closedir(d);
    qsort(names->elts, (size_t)names->nelts, sizeof(char *), cmp_names);

    for (int i = 0; i < names->nelts; i++) {
        const char *name = APR_ARRAY_IDX(names, i, char *);
        const char *full = apr_pstrcat(m->pool, dir, "/", name, NULL);
        const char *r = *rel ? apr_pstrcat(m->pool, rel, "/", name, NULL) : name;
        struct stat st;
        if (lstat(full, &st) != 0) {
            report(m, r, apr_psprintf(m->pool, "cannot stat: %s", strerror(errno)));
            m->t.errors++;
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            char resolved[PATH_MAX];
            if (!realpath(full, resolved)) {
                report(m, r, "symbolic link not followed: its target does not exist");
                m->t.links_skipped++;
                continue;
            }
            if (!inside_root(m->src_root, resolved)) {
                report(m, r, "symbolic link not followed: it points outside SRC");
                m->t.links_skipped++;
                continue;
            }
            if (stat(resolved, &st) != 0) {
                report(m, r, apr_psprintf(m->pool, "cannot stat link target: %s", strerror(errno)));
                m->t.errors++;
                continue;
            }
            full = apr_pstrdup(m->pool, resolved);
        }
        if (S_ISDIR(st.st_mode))
            enter_dir(m, full, r, &st);
        else if (S_ISREG(st.st_mode))
            add_file(m, full, r, &st);
        else {
            report(m, r, "not a regular file or directory: skipped");
            m->t.specials_skipped++;
        }
    }
}

/* ---- the journal ------------------------------------------------------------ */

/* Paths are written with \, tab and newline escaped so one line is one file. */
static const char *journal_escape(apr_pool_t *p, const char *s)
{
    if (!strpbrk(s, "\\\t\n"))
        return s;
    char *o = apr_palloc(p, strlen(s) * 2 + 1), *q = o;
    for (; *s; s++) {
        if (*s == '\\' || *s == '\t' || *s == '\n') {
            *q++ = '\\';
            *q++ = *s == '\t' ? 't' : *s == '\n' ? 'n' : '\\';
        } else {
            *q++ = *s;
        }
    }
    *q = '\0';
    return o;
}

static char *journal_unescape(char *s)
{
    char *o = s, *q = s;
    for (; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *q++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
        } else {
            *q++ = *s;
        }
    }
    *q = '\0';
    return o;
}

static void journal_load(mirror *m, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[PATH_MAX + 256];
    int first = 1, ok = 1;
    while (fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        if (n == 0 || line[n - 1] != '\n')
            break;                     /* a torn last line from an interrupted write */
        line[--n] = '\0';
        if (first) {
            first = 0;
            const char *want = apr_pstrcat(m->pool, JOURNAL_MAGIC "\t", m->src_root, NULL);
            if (strcmp(line, want) != 0) {
                ok = 0;
                break;
            }
            continue;
        }
        done_rec *d = apr_pcalloc(m->pool, sizeof *d);
        long long size, mt;
        int used = 0;
        char st;
        if (sscanf(line, "%c\t%lld\t%lld\t%d\t%d\t%d\t%d\t%n", &st, &size, &mt, &d->shells,
                   &d->dups, &d->actors, &d->figures, &used) < 7 || used == 0)
            continue;
        d->status = st;
        d->size = (apr_off_t)size;
        d->mtime_ns = (apr_time_t)mt;
        const char *rel = journal_unescape(apr_pstrdup(m->pool, line + used));
        apr_hash_set(m->journal, rel, APR_HASH_KEY_STRING, d);
    }
    fclose(f);
    if (!ok) {
        fprintf(stderr, "newsclean: mirror: %s is from another SRC: starting afresh\n", path);
        apr_hash_clear(m->journal);
    }
}

static int journal_open(mirror *m, const char *path)
{
    int fresh = apr_hash_count(m->journal) == 0;
    m->jf = fopen(path, fresh ? "w" : "a");
    if (!m->jf) {
        fprintf(stderr, "newsclean: mirror: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (fresh)
        fprintf(m->jf, JOURNAL_MAGIC "\t%s\n", m->src_root);
    fflush(m->jf);
    return 0;
}

static void journal_add(mirror *m, const mfile *f, const done_rec *d)
{
    fprintf(m->jf, "%c\t%lld\t%lld\t%d\t%d\t%d\t%d\t%s\n", d->status, (long long)f->size,
            (long long)f->mtime_ns, d->shells, d->dups, d->actors, d->figures,
            journal_escape(m->pool, f->rel));
    fflush(m->jf);
}

/* ---- one file ------------------------------------------------------------------ */

static int mkdirs(char *path)       /* creates path's parent directories */
{
    for (char *s = path + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        int rc = mkdir(path, 0777);
        int e = errno;
        *s = '/';
        if (rc != 0 && e != EEXIST)
            return -1;
    }
    return 0;
}

static int write_all(int fd, const char *b, apr_size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, b, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        b += w;
        n -= (apr_size_t)w;
    }
    return 0;
}

/* Writes DST's copy of f: the bytes in out (or, when out is NULL, the source
 * copied through from in_fd), through a temporary file renamed into place. */
static int put_file(mirror *m, apr_pool_t *fp, const mfile *f, const char *out, apr_size_t out_len,
                    int in_fd)
{
    char *dst = apr_pstrcat(fp, m->dst_root, "/", f->rel, NULL);
    if (mkdirs(dst) != 0) {
        report(m, f->rel, apr_psprintf(fp, "cannot create its directory in DST: %s", strerror(errno)));
        return -1;
    }
    const char *slash = strrchr(dst, '/');
    const char *tmp = apr_psprintf(fp, "%.*s/.%s.newsclean-tmp", (int)(slash - dst), dst, slash + 1);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        report(m, f->rel, apr_psprintf(fp, "cannot write %s: %s", tmp, strerror(errno)));
        return -1;
    }
    int rc = 0;
    if (out) {
        rc = write_all(fd, out, out_len);
    } else {
        static char chunk[IO_CHUNK];
        ssize_t n;
        if (lseek(in_fd, 0, SEEK_SET) != 0)
            rc = -1;
        while (rc == 0 && (n = read(in_fd, chunk, sizeof chunk)) != 0) {
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                rc = -1;
                break;
            }
            rc = write_all(fd, chunk, (apr_size_t)n);
        }
    }
    struct timespec times[2] = { f->mtim, f->mtim };
    if (rc == 0 && (fchmod(fd, f->mode & 0777) != 0 || futimens(fd, times) != 0))
        rc = -1;
    if (close(fd) != 0)
        rc = -1;
    if (rc == 0 && rename(tmp, dst) != 0)
        rc = -1;
    if (rc != 0) {
        report(m, f->rel, apr_psprintf(fp, "cannot write its copy in DST: %s", strerror(errno)));
        unlink(tmp);
        return -1;
    }
    return 0;
}

static int read_all(int fd, apr_pool_t *p, apr_off_t size, char **out, apr_size_t *len)
{
    char *b = apr_palloc(p, (apr_size_t)size + 1);
    apr_size_t got = 0;
    while (got < (apr_size_t)size) {
        ssize_t n = read(fd, b + got, (apr_size_t)size - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;                       /* shrank while we read: take what is there */
        got += (apr_size_t)n;
    }
    b[got] = '\0';
    *out = b;
    *len = got;
    return 0;
}

static const char *type_of(file_kind k)
{
    return k == K_TEXT ? "text/plain" : k == K_XHTML ? "application/xhtml+xml" : "text/html";
}

static void count(mirror *m, const done_rec *d)
{
    switch (d->status) {
    case 'C': m->t.changed++; break;
    case 'U': m->t.unchanged++; break;
    case 'S': m->t.soft_errors++; break;
    case 'B': m->t.declined++; break;
    default: m->t.others++; break;
    }
    if (d->status != 'K')
        m->t.pages++;
    m->t.files++;
    m->t.shells += d->shells;
    m->t.dups += d->dups;
    m->t.actors += d->actors;
    m->t.figures += d->figures;
}

static int process(mirror *m, apr_pool_t *fp, const mfile *f)
{
    int fd = open(f->src, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        report(m, f->rel, apr_psprintf(fp, "cannot read: %s (not copied)", strerror(errno)));
        return -1;
    }
    done_rec d;
    memset(&d, 0, sizeof d);
    d.status = 'K';
    const char *out = NULL;
    apr_size_t out_len = 0;
    int rc = 0;

    if (f->kind != K_OTHER && f->size <= MAX_CLEAN_SIZE) {
        char *page;
        apr_size_t len;
        if (read_all(fd, fp, f->size, &page, &len) != 0) {
            report(m, f->rel, apr_psprintf(fp, "cannot read: %s (not copied)", strerror(errno)));
            close(fd);
            return -1;
        }
        nc_doc *doc = nc_doc_begin(m->engine, fp, m->opts, type_of(f->kind));
        nc_doc_expect(doc, len);
        for (apr_size_t off = 0; off < len; off += IO_CHUNK)
            if (nc_doc_feed(doc, page + off, len - off < IO_CHUNK ? len - off : IO_CHUNK) != 0)
                break;
        const nc_result *res;
        nc_doc_finish(doc, &res);
        for (int i = 0; i < res->mentions->nelts; i++) {
            nc_mention_type t = APR_ARRAY_IDX(res->mentions, i, nc_mention).type;
            if (t == NC_MONEY || t == NC_PERCENT || t == NC_YEAR || t == NC_COUNT)
                d.figures++;
            else
                d.actors++;
        }
        out = page;
        out_len = len;
        if (res->skip_reason && !strcmp(res->skip_reason, "empty")) {
            d.status = 'U';
        } else if (res->skip_reason) {
            d.status = 'B';
            d.actors = d.figures = 0;
            report(m, f->rel, apr_pstrcat(fp, "copied unchanged: the engine declined it (",
                                              res->skip_reason, ")", NULL));
        } else if (res->soft_error) {
            d.status = 'S';
        } else if (res->changed) {
            d.status = 'C';
            d.shells = res->shells_removed;
            d.dups = res->duplicates_removed;
            out = nc_apply_edits(fp, page, len, res, &out_len);
            if (!out) {
                report(m, f->rel, "copied unchanged: the edits could not be applied (please report)");
                d.status = 'B';
                out = page;
                out_len = len;
            }
        } else {
            d.status = 'U';
        }
    } else if (f->kind != K_OTHER) {
        report(m, f->rel, "copied unchanged: larger than 64 MB");
        d.status = 'B';
    }
    if (put_file(m, fp, f, out, out_len, fd) != 0)
        rc = -1;
    close(fd);
    if (rc == 0) {
        journal_add(m, f, &d);
        count(m, &d);
    }
    return rc;
}

/* ---- the run ---------------------------------------------------------------------- */

static void summary(mirror *m, const char *src, const char *dst, const char *ending)
{
    double el = now() - m->started;
    clear_bar(m);
    printf("newsclean mirror: %s -> %s%s\n", src, dst, ending);
    printf("  files:              %ld (%ld pages, %ld other files copied unchanged)\n",
           m->t.files, m->t.pages, m->t.others);
    printf("  pages changed:      %ld\n", m->t.changed);
    printf("  shells removed:     %ld\n", m->t.shells);
    printf("  duplicates removed: %ld\n", m->t.dups);
    printf("  soft errors:        %ld (pages that are only an error shell, copied unchanged)\n",
           m->t.soft_errors);
    printf("  pages unchanged:    %ld (nothing to remove)\n", m->t.unchanged);
    printf("  pages declined:     %ld (reported above, copied unchanged)\n", m->t.declined);
    printf("  actors found:       %ld\n", m->t.actors);
    printf("  figures found:      %ld\n", m->t.figures);
    if (m->t.resumed)
        printf("  resumed:            %ld files done by an earlier run\n", m->t.resumed);
    if (m->t.links_skipped || m->t.specials_skipped)
        printf("  not followed:       %ld symbolic links, %ld special files\n",
               m->t.links_skipped, m->t.specials_skipped);
    printf("  errors:             %ld\n", m->t.errors);
    printf("  time:               %.1f s, %.1f pages/s\n", el,
           el > 0 ? (double)m->pages_this_run / el : 0.0);
    fflush(stdout);
}

int nc_cli_mirror(apr_pool_t *pool, const nc_engine *engine, const nc_options *opts,
                  const char *src, const char *dst, const nc_mirror_opts *mo)
{
    mirror m;
    memset(&m, 0, sizeof m);
    m.pool = pool;
    m.engine = engine;
    m.opts = opts;
    char buf[PATH_MAX];
    struct stat st;
    if (!realpath(src, buf) || stat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "newsclean: mirror: SRC %s is not a readable directory\n", src);
        return 1;
    }
    m.src_root = apr_pstrdup(pool, buf);
    /* Where DST is, before anything is created: it must not be inside SRC. */
    const char *dst_abs = NULL;
    if (realpath(dst, buf)) {
        dst_abs = apr_pstrdup(pool, buf);
    } else {
        char *parent = apr_pstrdup(pool, dst), *slash;
        while ((slash = strrchr(parent, '/')) && slash != parent && slash[1] == '\0')
            *slash = '\0';                          /* "dst/" */
        slash = strrchr(parent, '/');
        const char *base = slash ? slash + 1 : parent;
        if (slash == parent)
            parent = "/";
        else if (slash)
            *slash = '\0';
        else
            parent = ".";
        if (realpath(parent, buf))
            dst_abs = apr_pstrcat(pool, strcmp(buf, "/") ? buf : "", "/", base, NULL);
    }
    if (!dst_abs) {
        fprintf(stderr, "newsclean: mirror: DST %s: its parent directory does not exist\n", dst);
        return 1;
    }
    if (inside_root(m.src_root, dst_abs) || inside_root(dst_abs, m.src_root)) {
        fprintf(stderr, "newsclean: mirror: SRC and DST must not contain each other (%s, %s)\n",
                m.src_root, dst_abs);
        return 1;
    }
    if (mkdir(dst_abs, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "newsclean: mirror: cannot create DST %s: %s\n", dst, strerror(errno));
        return 1;
    }
    if (!realpath(dst_abs, buf) || stat(buf, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "newsclean: mirror: DST %s is not a directory\n", dst);
        return 1;
    }
    m.dst_root = apr_pstrdup(pool, buf);

    m.bar = mo->progress > 0 || (mo->progress < 0 && isatty(STDERR_FILENO));
    m.files = apr_array_make(pool, 1024, sizeof(mfile));
    m.visited = apr_hash_make(pool);
    m.journal = apr_hash_make(pool);
    m.started = now();
    if (stat(m.src_root, &st) == 0)
        apr_hash_set(m.visited, apr_psprintf(pool, "%lu:%lu", (unsigned long)st.st_dev,
                                             (unsigned long)st.st_ino), APR_HASH_KEY_STRING, "");
    walk(&m, m.src_root, "");

    const char *jpath = apr_pstrcat(pool, m.dst_root, "/" JOURNAL_NAME, NULL);
    journal_load(&m, jpath);
    if (journal_open(&m, jpath) != 0)
        return 1;

    struct sigaction sa, old_int, old_term;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_int);
    sigaction(SIGTERM, &sa, &old_term);

    apr_pool_t *fp;
    apr_pool_create(&fp, pool);
    int stopped_by_limit = 0;
    for (int i = 0; i < m.files->nelts && !stop_signal; i++) {
        const mfile *f = &APR_ARRAY_IDX(m.files, i, mfile);
        const done_rec *d = apr_hash_get(m.journal, f->rel, APR_HASH_KEY_STRING);
        struct stat ds;
        if (d && d->size == f->size && d->mtime_ns == f->mtime_ns
            && lstat(apr_pstrcat(fp, m.dst_root, "/", f->rel, NULL), &ds) == 0 && S_ISREG(ds.st_mode)) {
            count(&m, d);
            m.t.resumed++;
            if (f->kind != K_OTHER)
                m.pages_done++;
            apr_pool_clear(fp);
            continue;
        }
        if (f->kind != K_OTHER && mo->max_pages > 0 && m.pages_this_run >= mo->max_pages) {
            stopped_by_limit = 1;
            break;
        }
        if (process(&m, fp, f) != 0)
            m.t.errors++;
        if (f->kind != K_OTHER) {
            m.pages_done++;
            m.pages_this_run++;
        }
        apr_pool_clear(fp);
        draw_bar(&m, 0);
    }
    apr_pool_destroy(fp);
    draw_bar(&m, 1);
    fclose(m.jf);
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);

    if (stop_signal || stopped_by_limit) {
        const char *why = stop_signal ? apr_psprintf(pool, " (interrupted by signal %d)", (int)stop_signal)
                                      : " (stopped: --max-pages)";
        summary(&m, src, dst, why);
        fprintf(stderr, "newsclean: mirror: %ld of %ld pages done; run the same command again to resume\n",
                m.pages_done, m.pages_total);
        return stop_signal ? 128 + (int)stop_signal : 3;
    }
    summary(&m, src, dst, "");
    if (m.t.errors == 0) {
        unlink(jpath);
        return 0;
    }
    fprintf(stderr, "newsclean: mirror: %ld errors (reported above); run the same command again to retry "
            "only what failed\n", m.t.errors);
    return 1;
}
