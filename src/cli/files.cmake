# Sources of the claimcheck command (the only code that prints or exits): options,
# the run (producer, worker pool, writer), one job's scan, the progress bar.
set(CCK_CLI_SOURCES
  src/cli/main.c
  src/cli/options.c
  src/cli/progress.c
  src/cli/run.c
  src/cli/scan.c)
