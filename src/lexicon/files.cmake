# Sources of the lexicon module: parsing, checking, compiling and matching (PCRE2).
set(CCK_LEXICON_SOURCES
  src/lexicon/parse.c
  src/lexicon/phrase.c
  src/lexicon/compile.c
  src/lexicon/match.c
  src/lexicon/snapshot.c)
