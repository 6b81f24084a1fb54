/* nc_regex.c - bounded PCRE2 matching (see nc_regex.h). */
#include "nc_regex.h"
#include "buf.h"

#include <apr_strings.h>
#include <string.h>

#define NC_MATCH_LIMIT 200000
#define NC_DEPTH_LIMIT 2000

static apr_status_t free_code(void *data)
{
    nc_regex *re = data;
    pcre2_code_free(re->code);
    pcre2_code_free(re->ascii_code);     /* NULL is fine */
    pcre2_match_context_free(re->mctx);
    return APR_SUCCESS;
}

nc_regex *nc_regex_compile(apr_pool_t *p, const char *pattern, int case_sensitive, char **err)
{
    int errcode;
    PCRE2_SIZE erroff;
    uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
    if (!case_sensitive)
        flags |= PCRE2_CASELESS;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     flags, &errcode, &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        *err = apr_psprintf(p, "%s at offset %lu", (const char *)msg, (unsigned long)erroff);
        return NULL;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   /* falls back to the interpreter if JIT is unavailable */
    nc_regex *re = apr_pcalloc(p, sizeof *re);
    re->code = code;
    /* the ASCII code: a pattern it cannot express (\x{3000}) has none */
    re->ascii_code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                   case_sensitive ? 0 : PCRE2_CASELESS, &errcode, &erroff, NULL);
    if (re->ascii_code)
        pcre2_jit_compile(re->ascii_code, PCRE2_JIT_COMPLETE);
    re->source = apr_pstrdup(p, pattern);
    re->mctx = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(re->mctx, NC_MATCH_LIMIT);
    pcre2_set_depth_limit(re->mctx, NC_DEPTH_LIMIT);
    apr_pool_cleanup_register(p, re, free_code, apr_pool_cleanup_null);
    return re;
}

int nc_regex_search(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                    apr_size_t offset, apr_size_t *mstart, apr_size_t *mend)
{
    if (offset > len)
        return 0;
    /* the whole subject is checked: a lookbehind may read before offset */
    const pcre2_code *code = re->ascii_code && nc_ascii_only(s, len) ? re->ascii_code : re->code;
    int rc = pcre2_match(code, (PCRE2_SPTR)s, len, offset, 0, md, re->mctx);
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
        return 0;
    if (rc <= 0)
        return -1;       /* match or depth limit hit (or another error) */
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    *mstart = ov[0];
    *mend = ov[1];
    return 1;
}

int nc_regex_find(const nc_regex *re, pcre2_match_data *md, const char *s, apr_size_t len,
                  apr_size_t offset, apr_size_t *mstart, apr_size_t *mend)
{
    /* no match, invalid UTF-8 or a limit hit: treated as no match */
    return nc_regex_search(re, md, s, len, offset, mstart, mend) > 0;
}

static apr_status_t free_match_data(void *data)
{
    pcre2_match_data_free(data);
    return APR_SUCCESS;
}

pcre2_match_data *nc_regex_match_data(apr_pool_t *p)
{
    pcre2_match_data *md = pcre2_match_data_create(32, NULL);
    if (md)
        apr_pool_cleanup_register(p, md, free_match_data, apr_pool_cleanup_null);
    return md;
}
