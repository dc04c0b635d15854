# Sources of the input module: whole files, folder walks, stdin streams, JSON Lines
# records (jansson).
set(CCK_INPUT_SOURCES
  src/input/read.c
  src/input/records.c
  src/input/walk.c)
