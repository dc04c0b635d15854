/* rules.c - STUB until the analyzer lands. */
#include <string.h>
#include "util/util.h"

const char *cck_severity_name(cck_severity severity)
{
    static const char *const names[] = {"none", "info", "warning", "error"};
    return (unsigned)severity < 4 ? names[severity] : "none";
}
int cck_severity_parse(const char *name, cck_severity *severity)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(name, cck_severity_name((cck_severity)i)) == 0) { *severity = (cck_severity)i; return CCK_OK; }
    return CCK_EINVAL;
}
const cck_rule *cck_rule_get(cck_category category) { (void)category; return NULL; }
const cck_rule *cck_rule_find(const char *id_or_name) { (void)id_or_name; return NULL; }
const char *cck_cue_kind_name(cck_cue_kind kind) { (void)kind; return "topic"; }
