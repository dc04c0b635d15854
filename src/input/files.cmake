# Sources of the input module: files, stdin streams, JSON Lines records (jansson).
set(CCK_INPUT_SOURCES
  src/input/read.c
  src/input/records.c)
