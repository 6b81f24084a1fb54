/*
 * error_traces.c - recognising a framework's error output by its shape, not
 * its words: Java, .NET and Node stack frames ("at a.B.c(B.java:87)", "at
 * Layer.handle (/srv/app/layer.js:95:5)"), Python's 'File "x.py", line 3',
 * PHP's "#0 /var/www/news.php(88): f()" and "Warning: ... in /path on line
 * 12", ColdFusion's "The error occurred in D:/x.cfm: line 27", IBM's message
 * ids ("SRVE0255E: ..."), Ruby's "app.rb:12:in `show'", and an API's JSON error body
 * ({"message":"Internal server error","requestId":"..."}). These shapes do not depend on the
 * language of the page or the wording of the message, so a trace nobody has
 * seen is still one.
 *
 * The same holds for the report such a framework prints around its trace
 * (ASP.NET's "Description:", "Exception Details:", "Stack Trace:",
 * "Version Information:" in each language it ships, JBoss's numbered
 * labels): fields opened by a label of a few words and a colon, and a
 * version line. shells.c weighs those signs over a run of blocks.
 */
#define _GNU_SOURCE 1     /* memmem */
#include "error_traces.h"

#include <string.h>
#include <strings.h>
#include <apr_strings.h>

struct nc_traces {
    nc_regex *frame;            /* one stack frame */
    nc_regex *header;           /* an exception or traceback header */
    nc_regex *php_message;      /* PHP's own error line, a trace on its own */
    nc_regex *php_lead;         /* a text that opens with PHP's own message label */
    nc_regex *json_error;       /* a whole block that is a JSON error body */
    nc_regex *message_id;       /* IBM's "SRVE0255E: ..." opening a short block */
    nc_regex *undefined;        /* ColdFusion's "Element ID is undefined in URL." */
    nc_regex *stock;            /* a mirror's, an archive's or a parking page's fixed lines */
};

static const char *const frame_pattern =
    /* Java, Node, .NET: "at name(File.java:87)", "at name [as x] (/p/f.js:95:5)" */
    "\\bat [^\\s()]{1,200}(?: \\[as [^\\]]{1,80}\\])? ?\\([^()\\s]{1,300}:\\d+(?::\\d+)?\\)"
    "|\\bat [^\\s()]{1,200}\\((?:Native Method|Unknown Source)\\)"
    "|\\bat [^\\s()]{1,200}\\([^()]{0,200}\\) in \\S{1,300}:line \\d+"
    /* .NET as ASP.NET's error page prints it: "System.Web.Mvc.Controller.
     * EndExecuteCore(IAsyncResult asyncResult) +36", a byte offset, no "at" */
    "|\\b(?:[A-Za-z_][\\w`]{0,80}\\.){2,12}[\\w`<>]{1,120}\\([^()]{0,300}\\) \\+\\d+\\b"
    /* Java as Tomcat's report prints it: the frame after a tab, no "at"
     * ("\torg.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)"):
     * a qualified method name of three parts or more and its source file */
    "|\\b(?:[A-Za-z_][\\w$]{0,80}\\.){2,12}[A-Za-z_$][\\w$<>]{0,120}\\([A-Z_$][\\w$]{0,120}\\.(?:java|kt|scala|groovy):\\d+\\)"
    "|\\bat (?:/|[A-Za-z]:\\\\)[^\\s():]{1,300}:\\d+:\\d+"
    /* Python */
    "|\\bFile \"[^\"\\n]{1,300}\", line \\d+"
    /* Python as Django's DEBUG page prints a frame in HTML: the path, no
     * quotes and no "File" ("/srv/app/news/views.py, line 41, in detail") */
    "|(?:^|\\s)(?:/|[A-Za-z]:\\\\)[^\\s,\"]{1,300}\\.py, line \\d+, in [\\w<>]{1,120}"
    /* PHP: "#0 /var/www/x.php(88): f()", "#1 {main}" */
    "|#\\d+ (?:[^\\s()]{1,300}\\(\\d+\\)|\\[internal function\\]): |#\\d+ \\{main\\}"
    /* Ruby */
    "|[^\\s:]{1,300}\\.rb:\\d+:in [`']";

static const char *const header_pattern =
    "\\bTraceback \\(most recent call last\\)|\\bStack trace:|\\bUncaught [A-Z]\\w*"
    "|\\b(?:[a-z_][\\w$]*\\.){1,12}[A-Z][\\w$]*(?:Exception|Error)\\b"
    "|(?:^|\\s)[A-Z]\\w*(?:Exception|Error): ";

static const char *const php_message_pattern =
    "\\b(?:(?:PHP )?(?:Catchable )?Fatal error|Parse error|Warning|Notice|Deprecated)\\s*:\\s"
    "[^\\n]{1,400}? in (?:/|[A-Za-z]:\\\\)\\S{1,300} on line \\d+"
    /* ColdFusion's line under its message: "The error occurred in
     * D:/inetpub/wwwroot/news/article.cfm: line 27" */
    "|\\bThe error occurred in (?:/|[A-Za-z]:[/\\\\])[^\\n:]{1,300}: line \\d+";

/* PHP's label as display_errors prints it, "<br />\n<b>Fatal error</b>:  ",
 * at the very start of a text: PHP's output itself, not a story quoting it. */
static const char *const php_lead_pattern =
    "^\\s*(?:PHP )?(?:Catchable )?(?:Fatal error|Parse error|Warning|Notice|Deprecated)\\s*:\\s";

/* {"message":"Forbidden"}, {"error":"Not Found","status":404}: an error key
 * first, and a status code or a failure word somewhere in the object. */
static const char *const json_error_pattern =
    "^\\s*\\{\\s*\"(?:message|error|errors|errormessage|error_message|detail|title|status|statuscode|code|fault)\"\\s*:"
    "[^\\n]{0,400}?(?:\\b[45]\\d\\d\\b|\\b(?:error|not found|forbidden|unauthori[sz]ed|denied|unavailable|"
    "time-?out|bad gateway|not_found|internal)\\b)[^\\n]{0,400}\\}\\s*$";

/* WebSphere and other IBM servers open each error line with a message id:
 * a four- or five-letter component, four digits and the severity E or W
 * ("SRVE0255E: A WebGroup/Virtual Host to handle /x has not been defined.",
 * "Error 404: SRVE0190E: File not found: /x"). No sentence of a story opens
 * so. */
static const char *const message_id_pattern =
    "^(?:Error \\d{3}: (?:[\\w.]{1,120}: )?)?[A-Z]{4,5}\\d{4}[EW]: \\S";

/* ColdFusion names what its code looked up in capitals, as no sentence
 * does: "Element CATID is undefined in URL.", "Element SLUG is undefined
 * in a Java object of type class coldfusion.runtime.RequestScope.",
 * "Variable ARTICLEID is undefined." A whole block. */
static const char *const undefined_pattern =
    "^(?:Element [A-Z][A-Z0-9_.]{1,80} is undefined in (?:a Java object of type [\\w. ]{1,160}|[A-Z][A-Z0-9_.]{1,80})"
    "|Variable [A-Z][A-Z0-9_]{1,80} is undefined)\\.?$";

/* What the tools between a story and its reader print in place of a page
 * they could not fetch, replay or serve, in their own fixed English
 * whatever the site's language: the Wayback Machine's notes over a capture
 * it cannot replay, HTTrack's page for a link it did not retrieve, a
 * parking service's lines under a lapsed domain, Envoy's and Traefik's
 * bare one-liners ("no healthy upstream", "no available server"),
 * Sucuri's firewall's plea to the site owner over its block details (51
 * words, so only as a whole block: a story quoting it keeps it), the
 * GDPR block that US newspaper chains' CMS (TownNews) shows EU readers
 * (40 words, whole block only, likewise) and the one tronc's papers (the
 * Chicago Tribune, the Los Angeles Times) showed them in 2018, ASP.NET's
 * runtime-error screen under customErrors, its title and the 38-word
 * Description it prints for every remote reader (as <br> lines of one cell
 * it is one block, no report of fields), in English and in the Chinese of
 * its language pack.
 * Each is shipped text, not wording a writer would choose; a story that
 * quotes one keeps it (the line must be most of its block, below). */
/* ASP.NET's version pair, "Microsoft .NET Framework Version:4.0.30319;
 * ASP.NET Version:4.8.4494.0", the words around the numbers in the page's
 * language: the only line of its kind. */
#define ASPNET_VERSION \
    "[^\\n:;]{0,48}\\.net framework[^\\n:;]{0,40}[:：]\\s*[1-4]\\.\\d\\.\\d{5}\\s*;\\s*" \
    "[^\\n:;]{0,40}asp\\.net[^\\n:;]{0,40}[:：]\\s*\\d{1,2}(?:\\.\\d{1,6}){1,3}"

static const char *const stock_pattern =
    "\\bgot an http [1-5]\\d\\d response at crawl time\\b"
    "|\\bthe wayback machine has not archived that url\\b"
    "|\\bthis url has been excluded from the wayback machine\\b"
    "|\\bthis page has not been retrieved by httrack\\b"
    "|\\bthe sponsored listings displayed above are served automatically by a third party\\b"
    "|\\bneither the service provider nor the domain owner maintains? any relationship with the advertisers\\b"
    "|\\bin case of trademark issues,? please contact the domain owner directly\\b"
    "|^(?:this|the) domain(?: name)? (?:may be|is) for sale\\W{0,3}$"
    "|^(?:no healthy upstream|upstream request timeout|no available server)$"
    "|\\bserver error in '[^']{0,200}' application\\.?(?: runtime error\\b)?"
    "|\\b(?:description: )?an application error occurred on the server\\. the current custom error settings for"
    " this application prevent the details of the application error from being viewed remotely \\(for security"
    " reasons\\)\\.(?: it could, however, be viewed by browsers running on the local server machine\\.)?"
    "|(?:说明: ?)?服务器上出现应用程序错误。此应用程序的当前自定义错误设置禁止远程查看应用程序错误的详细信息"
    "[(（]出于安全原因[)）]。(?:但可以通过在本地服务器计算机上运行的浏览器查看它?。)?"
    "|\\b(?:unfortunately, )?our website is currently unavailable in most european countries\\."
    "|\\bwe are engaged on the issue and committed to looking at options that support our full range of"
    " digital offerings to the eu market\\."
    "|\\bwe continue to identify technical compliance solutions that will provide all readers with our"
    " award-winning journalism\\."
    "|^we recognize you are attempting to access this website from a country belonging to the european economic"
    " area \\(eea\\) including the eu which enforces the general data protection regulation \\(gdpr\\) and therefore"
    " access cannot be granted at this time\\W{0,3}$"
    /* ASP.NET's version line, its last, in every language pack: its label
     * ("Version Information:", "Informations sur la version :",
     * "Versionsinformationen:", "版本信息:") and both products' versions,
     * the framework's one of the three CLR builds, the product names in
     * English in every pack ("Version Microsoft .NET Framework :4.0.30319;
     * Version ASP.NET :4.8.4494.0", "Платформа Microsoft .NET Framework,
     * версия:4.0.30319; ASP.NET, версия:4.8.4494.0") */
    "|^(?:[^\\n:：]{1,48}[:：]\\s*)?" ASPNET_VERSION "\\s*$"
    /* the title of Django's DEBUG page: the exception's class, CamelCase,
     * "at" and the request's path ("OperationalError at /news/12/",
     * "DoesNotExist at /", "Http404 at /x"): the whole block */
    "|^(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+|Http404) at /[^\\s]{0,300}$"
    /* Django's DEBUG page's traceback heading and its link */
    "|^traceback switch to copy-and-paste view$"
    /* Rails' development exception page: its title ("ActiveRecord::RecordNotFound
     * in ArticlesController#show"), its root line, its trace switches and
     * ActiveRecord's message ("Couldn't find Article with 'id'=1234") */
    "|^(?-i:[A-Z]\\w{0,80}(?:::[A-Z]\\w{0,80}){1,6} in (?:[A-Z]\\w{0,80}::){0,6}[A-Z]\\w{0,80}Controller)#\\w{1,80}$"
    "|^rails\\.root: (?:/|[a-z]:[\\\\/])\\S{0,300}$"
    "|^application trace \\| framework trace \\| full trace$"
    "|^(?-i:Couldn't find [A-Z]\\w{0,80}) with '?\\w{1,40}'?=\\S{1,80}$"
    /* uWSGI's own error page, "<h1>uWSGI Error</h1>Python application not found" */
    "|^uwsgi error$|^python application not found$"
    "|^if you are the site owner \\(or you manage this site\\),? please whitelist your ip or if you think"
    " this block is an error,? please open a support ticket and make sure to include the block details"
    " \\(displayed in the box below\\),? so we can assist you in troubleshooting the issue\\W{0,3}$";

nc_traces *nc_traces_create(apr_pool_t *p, char **err)
{
    nc_traces *t = apr_pcalloc(p, sizeof *t);
    if (!(t->frame = nc_regex_compile(p, frame_pattern, 1, err))
        || !(t->header = nc_regex_compile(p, header_pattern, 1, err))
        || !(t->php_message = nc_regex_compile(p, php_message_pattern, 1, err))
        || !(t->php_lead = nc_regex_compile(p, php_lead_pattern, 1, err))
        || !(t->json_error = nc_regex_compile(p, json_error_pattern, 0, err))
        || !(t->message_id = nc_regex_compile(p, message_id_pattern, 1, err))
        || !(t->undefined = nc_regex_compile(p, undefined_pattern, 1, err))
        || !(t->stock = nc_regex_compile(p, stock_pattern, 0, err)))
        return NULL;
    return t;
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Does the text hold the shape of a frame's or a PHP line's line number:
 * ":87)" (Java, .NET, Node), ":41:8" (Node), "\", line 58" (Python),
 * "(88): " (PHP frame), "{main}", ".rb:12:in", " on line 12" (PHP)? Most
 * paragraphs hold none (a time "12:30" is not one), so the regexes below
 * run only on the few blocks that do. */
static int has_line_number(const char *s, apr_size_t len)
{
    const char *end = s + len, *p;
    if (!memchr(s, ':', len))       /* every trace has one: "Error:", "(x.py):", "in f:", */
        return memmem(s, len, ".py, line ", 10) != NULL;    /* but Django's HTML frame */
    for (p = s; (p = memchr(p, ':', (size_t)(end - p))) != NULL; p++) {
        const char *q = p + 1;
        while (q < end && digit(*q))
            q++;
        if (q > p + 1 && q < end && (*q == ')' || (*q == ':' && q + 1 < end && (digit(q[1]) || q[1] == 'i'))))
            return 1;
    }
    for (p = s; (p = memchr(p, ')', (size_t)(end - p))) != NULL; p++)
        if (p + 3 < end && p[1] == ' ' && p[2] == '+' && digit(p[3]))
            return 1;               /* ".NET's ") +412" */
    for (p = s; (p = memchr(p, '(', (size_t)(end - p))) != NULL; p++) {
        const char *q = p + 1;
        while (q < end && digit(*q))
            q++;
        if (q > p + 1 && q + 2 < end && q[0] == ')' && q[1] == ':' && q[2] == ' ')
            return 1;
    }
    for (p = s; (p = memmem(p, (size_t)(end - p), "line ", 5)) != NULL; p++)
        if (p > s && p[-1] == ' ' && p + 5 < end && digit(p[5]))
            return 1;
    return memchr(s, '{', len) && memmem(s, len, "{main}", 6) != NULL;
}

/* A stock line is short: a block longer than this holds none as most of it. */
#define STOCK_MAX_BYTES 640

/* Does the text hold a word every stock line has? Most blocks hold none,
 * so the regex runs on few. The words are looked for by their tails, which
 * their capitalised and lower-case spellings share ("Wayback", "wayback";
 * "HTTrack", "httrack"), in one pass keyed by the tail's first byte: the
 * blocks asked are mostly short, where seven memmem calls cost a 15 KB
 * page 25 K instructions and a caseless scan per word 170 K. A stock line
 * in capitals only is not read as one. */
#define TAIL_AT(s, i, len, lit) ((len) - (i) >= sizeof lit - 1 && memcmp((s) + (i), lit, sizeof lit - 1) == 0)

static int has_stock_anchor(const char *s, apr_size_t len)
{
    for (apr_size_t i = 0; i < len; i++)
        switch (s[i]) {
        case 'r': if (TAIL_AT(s, i, len, "rawl time") || TAIL_AT(s, i, len, "rawl Time")) return 1; break;
        case 'a': if (TAIL_AT(s, i, len, "ayback") || TAIL_AT(s, i, len, "at /")) return 1; break;
        case 'N': if (TAIL_AT(s, i, len, "NET Framework")) return 1; break;
        case ':': if (TAIL_AT(s, i, len, "::") || TAIL_AT(s, i, len, ": /")) return 1; break;
        case 'W': if (TAIL_AT(s, i, len, "WSGI")) return 1; break;
        case 'c': if (TAIL_AT(s, i, len, "copy-and-paste view") || TAIL_AT(s, i, len, "cation not found")) return 1; break;
        case 'C': if (TAIL_AT(s, i, len, "Couldn't find")) return 1; break;
        case 'T': if (TAIL_AT(s, i, len, "TTrack") || TAIL_AT(s, i, len, "Trace | Full Trace")) return 1; break;
        case 't': if (TAIL_AT(s, i, len, "ttrack")) return 1; break;
        case 'p':
            if (TAIL_AT(s, i, len, "ponsored listings") || TAIL_AT(s, i, len, "ponsored Listings")
                || TAIL_AT(s, i, len, "pstream"))
                return 1;
            break;
        case 'o': if (TAIL_AT(s, i, len, "omain")) return 1; break;
        case 'h': if (TAIL_AT(s, i, len, "hitelist")) return 1; break;
        case 'v': if (TAIL_AT(s, i, len, "vailable server")) return 1; break;
        case 'e': if (TAIL_AT(s, i, len, "eneral Data Protection Regulation")) return 1; break;
        case 'u': if (TAIL_AT(s, i, len, "ustom error settings")) return 1; break;
        case 'n': if (TAIL_AT(s, i, len, "n most European countries")) return 1; break;
        case 'i':
            if (TAIL_AT(s, i, len, "igital offerings") || TAIL_AT(s, i, len, "ical compliance solutions"))
                return 1;
            break;
        case '\xE8': if (TAIL_AT(s, i, len, "\xE8\x87\xAA\xE5\xAE\x9A\xE4\xB9\x89\xE9\x94\x99\xE8\xAF\xAF"))  /* 自定义错误 */
                return 1;
            break;
        default: break;
        }
    return 0;
}

/* Is most of the text stock lines (stock_pattern)? */
static int stock_lines(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len)
{
    apr_size_t ms, me, pos = 0, covered = 0;
    if (len < 12 || len > STOCK_MAX_BYTES || !has_stock_anchor(text, len))
        return 0;
    while (pos < len && nc_regex_find(t->stock, md, text, len, pos, &ms, &me)) {
        covered += me - ms;
        pos = me > ms ? me : ms + 1;
    }
    return covered * 2 >= len;
}

/* Does the text hold "E: " or "W: " (the severity letter and colon closing
 * an IBM message id)? One memchr pass over the colons, where two memmem
 * calls each read the whole text. */
static int has_severity_colon(const char *s, apr_size_t len)
{
    const char *end = s + len;
    for (const char *p = s + 1; p + 1 < end && (p = memchr(p, ':', (size_t)(end - 1 - p))) != NULL; p++)
        if ((p[-1] == 'E' || p[-1] == 'W') && p[1] == ' ')
            return 1;
    return 0;
}

/* At most this many frames are looked for: enough to weigh any trace. */
#define TRACE_MAX_FRAMES 64

int nc_traces_says_error(const nc_traces *t, pcre2_match_data *md, const char *text,
                         apr_size_t len, int words, int short_words)
{
    apr_size_t ms, me, pos = 0, covered = 0;
    if (len >= 12 && len <= 800 && text[0] == '{' && text[len - 1] == '}')
        return nc_regex_find(t->json_error, md, text, len, 0, &ms, &me);
    if (words <= short_words && len >= 12 && has_severity_colon(text, len)
        && nc_regex_find(t->message_id, md, text, len, 0, &ms, &me))
        return 1;
    if (words <= short_words && len >= 20 && memmem(text, len, " is undefined", 13)
        && nc_regex_find(t->undefined, md, text, len, 0, &ms, &me))
        return 1;
    if (stock_lines(t, md, text, len))
        return 1;
    if (len < 12 || !has_line_number(text, len))
        return 0;
    int frames = 0, php = 0;
    while (pos < len && nc_regex_find(t->php_message, md, text, len, pos, &ms, &me)) {
        php++;
        covered += me - ms;
        pos = me > ms ? me : ms + 1;
    }
    for (pos = 0; frames < TRACE_MAX_FRAMES && pos < len
                  && nc_regex_find(t->frame, md, text, len, pos, &ms, &me);) {
        frames++;
        covered += me - ms;
        pos = me > ms ? me : ms + 1;
    }
    int header = 0;
    if (frames == 1 && !php) {
        header = nc_regex_find(t->header, md, text, len, 0, &ms, &me);
        if (header)
            covered += me - ms;
    }
    if (!(php || frames >= 2 || (frames == 1 && header)))
        return 0;
    /* a long block: the trace must be most of it, not a frame in a story */
    return words <= short_words || covered * 2 >= len;
}

/* Every header the pattern knows holds one of these words, as written
 * (the pattern is case-sensitive): a line without any is no header, and
 * the pattern's identifier chains cost about 80 instructions a byte to try. */
static int may_hold_header(const char *text, apr_size_t len)
{
    static const char *const words[] = { "Error", "Exception", "Traceback", "Stack trace:", "Uncaught " };
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (memmem(text, len, words[k], strlen(words[k])))
            return 1;
    return 0;
}

/* PHP's last line of an uncaught exception, "thrown in /x/db.php on line
 * 12": a path and a line number with no colon, on a line of its own. */
static int thrown_in_line(const char *s, apr_size_t len)
{
    const char *end = s + len, *p;
    if (len < 20 || strncmp(s, "thrown in ", 10) != 0 || (!memchr(s, '/', len) && !memchr(s, '\\', len)))
        return 0;
    p = memmem(s + 10, len - 10, " on line ", 9);
    if (!p || p + 9 >= end || !digit(p[9]))
        return 0;
    for (p += 9; p < end && digit(*p); p++)
        ;
    return p == end;
}

int nc_traces_line_part(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len)
{
    apr_size_t ms, me;
    if (len < 6)
        return 0;
    if (has_line_number(text, len) || (memchr(text, '{', len) && memmem(text, len, "{main}", 6)))
        return 1;
    if (thrown_in_line(text, len))
        return 1;
    return memchr(text, ':', len) && may_hold_header(text, len)
           && nc_regex_find(t->header, md, text, len, 0, &ms, &me);
}

/* --- an error report's fields ------------------------------------------- */

#define LABEL_MAX_BYTES 40
#define LABEL_MAX_WORDS 4

static int ascii_alpha(char c)
{
    return ((unsigned char)c | 0x20) >= 'a' && ((unsigned char)c | 0x20) <= 'z';
}

static int label_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || digit((char)c) || c >= 0x80
           || c == '_' || c == '-' || c == '.' || c == '/' || c == '\'';
}

/* Does [s, end) open with a label: one to four words, the first opening
 * with a letter, at most 40 bytes, then a colon (ASCII, after at most one
 * space, or the full-width "："), then a space or nothing? Sets *bare when
 * nothing but space follows. A time "12:30", a URL "https://", a sentence
 * "He said: ..." (five words) are no labels. */
static int opens_with_label(const char *s, const char *end, int *bare, apr_uint32_t *hash)
{
    const char *p = s;
    while (p < end && *p == ' ')
        p++;
    const char *start = p;
    if (p >= end || !(ascii_alpha(*p) || (unsigned char)*p >= 0x80))
        return 0;
    int words = 0;
    for (;;) {
        const char *w = p;
        while (p < end && label_byte((unsigned char)*p)
               && !(p + 2 < end && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC
                    && (unsigned char)p[2] == 0x9A))
            p++;
        if (p == w || ++words > LABEL_MAX_WORDS || p - start > LABEL_MAX_BYTES)
            return 0;
        const char *colon = p < end && *p == ' ' ? p + 1 : p;
        apr_size_t clen = 0;
        if (colon < end && *colon == ':')
            clen = 1;
        else if (colon + 2 < end && (unsigned char)colon[0] == 0xEF && (unsigned char)colon[1] == 0xBC
                 && (unsigned char)colon[2] == 0x9A)
            clen = 3;
        if (clen) {
            const char *after = colon + clen;
            if (clen == 1 && after < end && *after != ' ')
                return 0;                   /* "12:30", "http://", "Version:4.0" */
            while (after < end && *after == ' ')
                after++;
            *bare = after >= end;
            apr_uint32_t h = 2166136261u;       /* FNV-1a of the label, ASCII case folded */
            for (const char *c = start; c < p; c++)
                h = (h ^ (unsigned char)(ascii_alpha(*c) ? (*c | 0x20) : *c)) * 16777619u;
            *hash = h;
            return 1;
        }
        if (p >= end || *p != ' ')
            return 0;
        p++;
    }
}

int nc_traces_field_labels(const char *text, apr_size_t len, const apr_uint32_t *line_starts,
                           int nlines, int *bare_last, apr_uint32_t *hashes, int max)
{
    int labels = 0, bare = 0;
    *bare_last = 0;
    for (int l = 0; l <= nlines; l++) {
        apr_size_t from = l == 0 ? 0 : line_starts[l - 1];
        apr_size_t to = l < nlines ? line_starts[l] : len;
        if (from >= to || to > len)
            continue;
        bare = 0;
        apr_uint32_t h = 0;
        if (opens_with_label(text + from, text + to, &bare, &h)) {
            if (labels < max)
                hashes[labels] = h;
            labels++;
        }
        if (l == nlines)
            *bare_last = bare;
    }
    return labels;
}

#define VERSION_LINE_MAX_WORDS 12

/* "9.0.83" after "name/" (at least two parts), or "4.8.4465.0" (four).
 * The line's own label ("Informations sur la version :", four words) is
 * not counted: the French pack's line is 13 words with it. */
int nc_traces_version_line(const char *text, apr_size_t len, int words)
{
    int bare = 0;
    apr_uint32_t hash;
    if (words > VERSION_LINE_MAX_WORDS
        && (words > VERSION_LINE_MAX_WORDS + LABEL_MAX_WORDS || !opens_with_label(text, text + len, &bare, &hash)))
        return 0;
    for (apr_size_t i = 0; i < len; i++) {
        if (!digit(text[i]) || (i > 0 && (digit(text[i - 1]) || text[i - 1] == '.')))
            continue;
        int parts = 1;
        apr_size_t j = i;
        for (;;) {
            while (j < len && digit(text[j]))
                j++;
            if (j + 1 < len && text[j] == '.' && digit(text[j + 1])) {
                parts++;
                j++;
                continue;
            }
            break;
        }
        int after_product = i >= 2 && text[i - 1] == '/' && ascii_alpha(text[i - 2]);
        if (parts >= 4 || (parts >= 2 && after_product))
            return 1;
        i = j;
    }
    return 0;
}

int nc_traces_opens_php_message(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len)
{
    apr_size_t ms, me;
    return len > 0 && nc_regex_find(t->php_lead, md, text, len, 0, &ms, &me);
}

/* An error report that signs itself: one block (a run of loose lines, as
 * ASP.NET's yellow screen prints its fields after its heading, split from
 * it by a story pasted in between) whose last line is ASP.NET's version
 * line and whose lines open with two labels or more besides
 * ("Description: HTTP 404. ...", "Requested URL: /x", "Version
 * Information: Microsoft .NET Framework Version:4.0.30319; ASP.NET
 * Version:4.8.4494.0"). The version line alone is a stock line
 * (stock_pattern); with the fields above it, it is the report's anchor. */
#define SIGNED_REPORT_MAX_BYTES 4096

int nc_traces_signed_report(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len,
                            const apr_uint32_t *line_starts, int nlines)
{
    apr_size_t ms, me;
    if (nlines < 2 || len > SIGNED_REPORT_MAX_BYTES || !memmem(text, len, "NET Framework", 13))
        return 0;
    apr_size_t from = line_starts[nlines - 1];
    if (from >= len)
        return 0;
    while (from < len && text[from] == ' ')
        from++;
    if (!nc_regex_find(t->stock, md, text + from, len - from, 0, &ms, &me) || ms != 0 || me + 2 < len - from)
        return 0;
    int bare = 0;
    apr_uint32_t hashes[4];
    return nc_traces_field_labels(text, from, line_starts, nlines - 1, &bare, hashes, 4) >= 2;
}

int nc_traces_signature_line(const nc_traces *t, pcre2_match_data *md, const char *text, apr_size_t len)
{
    apr_size_t ms, me;
    return len >= 40 && len <= 400 && memmem(text, len, "NET Framework", 13)
           && nc_regex_find(t->stock, md, text, len, 0, &ms, &me) && ms == 0 && me == len;
}
