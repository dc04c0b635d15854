# Sources of the input module: whole files, folder walks with globs and .gitignore
# rules, the ordered work queue of -j, stdin streams and JSON Lines records (jansson).
set(CCK_INPUT_SOURCES
  src/input/glob.c
  src/input/queue.c
  src/input/read.c
  src/input/records.c
  src/input/walk.c)
# The Markdown (cmark) and HTML (gumbo) front ends: documents to pieces of prose.
list(APPEND CCK_INPUT_SOURCES src/input/prose.c src/input/markdown.c src/input/html.c)
