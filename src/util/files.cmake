# Sources of the util module (no third-party dependencies).
set(CCK_UTIL_SOURCES
  src/util/alloc.c
  src/util/buf.c
  src/util/misc.c)
