/*
 * edits.c - the edit list: which byte ranges go, what is inserted where.
 *
 * A removal is widened from the marked block to the largest enclosing element
 * that holds nothing else, so a shell's own wrapper <div> goes with it and no
 * empty husk is left. Only trusted ranges are ever edited.
 */
#include "edits.h"

#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>

static const nc_block *block_at(const nc_docmodel *m, int i)
{
    return &APR_ARRAY_IDX(m->blocks, i, nc_block);
}

static int error_container_hint(const char *hint)
{
    return strstr(hint, "error") || strstr(hint, "404") || strstr(hint, "not-found")
        || strstr(hint, "notfound") || strstr(hint, "not_found") || strstr(hint, "shell");
}

/* Could this block go along with a removed block of verdict v? */
static int goes_along(const nc_docmodel *m, const nc_block *b, nc_verdict v, int min_words,
                      const nc_block *container)
{
    if (b->text_len == 0 || b->verdict == v)
        return 1;
    if (b->verdict != NC_KEEP)
        return 0;
    if (v == NC_DUPLICATE)     /* a copy's short repeated lines and "Read more" */
        return b->words < min_words && (b->repeated || b->words <= 3);
    (void)m;                   /* a shell's "Back to the home page" link inside an error wrapper */
    return v == NC_SHELL && b->words <= 6 && error_container_hint(container->hint);
}

static int subtree_removable(const nc_docmodel *m, int a, nc_verdict v, int min_words)
{
    const nc_block *root = block_at(m, a);
    int has_marked = 0;
    for (int j = a; j <= root->last_desc; j++) {
        const nc_block *b = block_at(m, j);
        if (!goes_along(m, b, v, min_words, root))
            return 0;
        has_marked |= b->verdict == v;
    }
    return has_marked;
}

static int liftable(const nc_block *b)
{
    return b->trusted && b->end != NC_NO_OFFSET && strcmp(b->tag, "body") != 0
        && strcmp(b->tag, "html") != 0 && strcmp(b->tag, "main") != 0;
}

static int removal_root(const nc_docmodel *m, int i, int min_words)
{
    nc_verdict v = block_at(m, i)->verdict;
    int root = i;
    for (int a = block_at(m, i)->parent; a >= 0; a = block_at(m, a)->parent) {
        if (!liftable(block_at(m, a)) || !subtree_removable(m, a, v, min_words))
            break;
        root = a;
    }
    return root;
}

/* Widen a removal over the indentation before it and the line end after it
 * when the element sat on lines of its own, so no blank husk lines remain.
 * Never back over floor, the end of the previous removal (fuzz crasher
 * overlap-implied-p: two removals both took the same indentation). */
static void widen_to_lines(const char *page, apr_size_t len, apr_size_t floor,
                           apr_size_t *start, apr_size_t *end)
{
    apr_size_t s = *start, e = *end;
    if (e > s && page[e - 1] == '\n')
        return;                       /* already whole lines (text/plain) */
    while (s > floor && (page[s - 1] == ' ' || page[s - 1] == '\t'))
        s--;
    if (s > 0 && page[s - 1] != '\n')
        return;
    while (e < len && (page[e] == ' ' || page[e] == '\t' || page[e] == '\r'))
        e++;
    if (e < len && page[e] != '\n')
        return;
    *start = s;
    *end = e < len ? e + 1 : e;
}

static int by_start(const void *a, const void *b)
{
    const nc_edit *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1
         : x->kind == NC_EDIT_INSERT ? -1 : y->kind == NC_EDIT_INSERT ? 1 : 0;
}

void nc_edits_from_verdicts(apr_pool_t *p, const nc_docmodel *m, int min_words,
                            const char *page, apr_size_t page_len, apr_array_header_t *edits)
{
    apr_size_t covered_to = 0;
    int first = edits->nelts;
    for (int i = 0; i < m->blocks->nelts; i++) {
        const nc_block *b = block_at(m, i);
        if (b->verdict == NC_KEEP || b->start < covered_to)
            continue;
        int r = removal_root(m, i, min_words);
        const nc_block *root = block_at(m, r);
        if (!root->trusted || root->end == NC_NO_OFFSET || root->end <= root->start
            || root->start < covered_to)
            continue;                 /* an unverified range is never edited */
        nc_edit *e = apr_array_push(edits);
        memset(e, 0, sizeof *e);
        e->kind = NC_EDIT_REMOVE;
        e->reason = b->verdict == NC_SHELL ? NC_WHY_SHELL : NC_WHY_DUPLICATE;
        e->start = root->start;
        e->end = root->end;
        widen_to_lines(page, page_len, covered_to, &e->start, &e->end);
        e->detail = apr_psprintf(p, "<%s%s%s> %d words", root->tag, *root->hint ? " " : "",
                                 root->hint, root->words);
        covered_to = e->end;
    }
    qsort(edits->elts + (apr_size_t)first * sizeof(nc_edit), (apr_size_t)(edits->nelts - first),
          sizeof(nc_edit), by_start);
}

int nc_edits_insert(apr_array_header_t *edits, apr_size_t offset, const char *text,
                    apr_size_t len, nc_edit_reason why, const char *detail)
{
    for (int i = 0; i < edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(edits, i, nc_edit);
        if (e->kind == NC_EDIT_REMOVE && e->start < offset && offset < e->end)
            return -1;
    }
    nc_edit *e = apr_array_push(edits);
    memset(e, 0, sizeof *e);
    e->kind = NC_EDIT_INSERT;
    e->reason = why;
    e->start = e->end = offset;
    e->text = text;
    e->text_len = len;
    e->detail = detail;
    qsort(edits->elts, (apr_size_t)edits->nelts, sizeof(nc_edit), by_start);
    return 0;
}

char *nc_apply_edits(apr_pool_t *p, const char *in, apr_size_t in_len,
                     const nc_result *res, apr_size_t *out_len)
{
    apr_size_t inserted = 0;
    for (int i = 0; res->edits && i < res->edits->nelts; i++)
        inserted += APR_ARRAY_IDX(res->edits, i, nc_edit).text_len;
    char *out = apr_palloc(p, in_len + inserted + 1);
    apr_size_t o = 0, pos = 0;
    for (int i = 0; res->edits && i < res->edits->nelts; i++) {
        const nc_edit *e = &APR_ARRAY_IDX(res->edits, i, nc_edit);
        if (e->start < pos || e->end > in_len)
            continue;                 /* cannot happen with a well-formed list; never overrun */
        memcpy(out + o, in + pos, e->start - pos);
        o += e->start - pos;
        if (e->kind == NC_EDIT_INSERT) {
            memcpy(out + o, e->text, e->text_len);
            o += e->text_len;
            pos = e->start;
        } else {
            pos = e->end;
        }
    }
    memcpy(out + o, in + pos, in_len - pos);
    o += in_len - pos;
    out[o] = '\0';
    *out_len = o;
    return out;
}
