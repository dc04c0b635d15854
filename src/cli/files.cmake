# Sources of the claimcheck command (the only code that prints or exits).
set(CCK_CLI_SOURCES
  src/cli/main.c
  src/cli/options.c)
