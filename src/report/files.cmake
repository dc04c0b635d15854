# Sources of the report module: printers and per-format escaping.
set(CCK_REPORT_SOURCES
  src/report/escape.c
  src/report/text.c
  src/report/jsonl.c)
# The whole-run printers of formats.h, their escaping and the finding list.
list(APPEND CCK_REPORT_SOURCES src/report/escape_more.c)
list(APPEND CCK_REPORT_SOURCES src/report/findings.c)
list(APPEND CCK_REPORT_SOURCES src/report/json.c)
list(APPEND CCK_REPORT_SOURCES src/report/csv.c)
list(APPEND CCK_REPORT_SOURCES src/report/summary.c)
list(APPEND CCK_REPORT_SOURCES src/report/sarif.c)
list(APPEND CCK_REPORT_SOURCES src/report/html.c)
