# CLI tests: each runs the real claimcheck binary (see tests/cli/README.md).
