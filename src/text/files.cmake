# Sources of the text module: UTF-8, normalization (utf8proc), tokens, sentences.
set(CCK_TEXT_SOURCES
  src/text/utf8.c
  src/text/normalize.c
  src/text/token.c
  src/text/sentence.c)
