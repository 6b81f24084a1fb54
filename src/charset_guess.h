/*
 * charset_guess.h - the charset of a page nothing labels.
 *
 * Asked only when no byte order mark, Content-Type charset or <meta> names
 * one and the bytes are not valid UTF-8. The page is never transcoded, so a
 * guess only changes how its text is read for analysis; a doubtful guess
 * gives windows-1252, what browsers fall back to.
 */
#ifndef NC_CHARSET_GUESS_H
#define NC_CHARSET_GUESS_H

#include <apr_pools.h>

/* How much of the page the guess reads: enough text to tell any charset,
 * and a bounded cost on a large page. */
#define NC_CHARSET_GUESS_SAMPLE ((apr_size_t)64 * 1024)

/* uchardet's answer on the first NC_CHARSET_GUESS_SAMPLE bytes, as the name of
 * the superset a browser would read it in (ISO-8859-1 -> windows-1252,
 * EUC-KR -> cp949, ...), lower-case; "windows-1252" when it has no answer,
 * iconv cannot convert from its answer, or the text read in it looks no
 * more like words than read in windows-1252 (nc_charset_guess_oddity). */
const char *nc_charset_guess(apr_pool_t *p, const char *bytes, apr_size_t len);

/* How many words of bytes[0..len) read in charset (NULL: windows-1252) look
 * like a wrong reading: an undecodable byte, a symbol between two letters,
 * ASCII letters glued to Cyrillic/Greek/Arabic/Hebrew/Thai ones, mostly
 * accented Latin letters, or Icelandic letters (what Turkish and Cyrillic
 * bytes become in windows-1252). -1 when iconv cannot convert from charset. */
int nc_charset_guess_oddity(apr_pool_t *p, const char *bytes, apr_size_t len, const char *charset);

#endif
