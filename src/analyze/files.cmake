# Sources of the analyze module: cues, scopes, claim/evidence gap, findings, profile.
set(CCK_ANALYZE_SOURCES
  src/analyze/rules.c
  src/analyze/scanner.c
  src/analyze/sentence_analysis.c
  src/analyze/suppress.c)
