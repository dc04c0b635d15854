# Sources of the report module: printers and per-format escaping.
set(CCK_REPORT_SOURCES
  src/report/escape.c
  src/report/text.c
  src/report/jsonl.c)
