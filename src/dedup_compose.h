/*
 * dedup_compose.h - canonical composition for the dedup keys.
 */
#ifndef NC_DEDUP_COMPOSE_H
#define NC_DEDUP_COMPOSE_H

#include <apr.h>

/* The character that base followed by the combining character mark
 * composes into (Unicode NFC: "e" + U+0302 = "ê", a Hangul leading
 * consonant + vowel, a syllable + final), or 0 when they do not compose. */
unsigned int nc_compose_pair(unsigned int base, unsigned int mark);

#endif
