/* nc_pattern.h - an operator's shell pattern (NewsCleanShellPattern), compiled at config time. */
#ifndef NC_PATTERN_H
#define NC_PATTERN_H

#include "newsclean.h"
#include "nc_regex.h"

const nc_regex *nc_pattern_regex(const nc_pattern *pat);

#endif
