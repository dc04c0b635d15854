#!/usr/bin/env python3
"""readme.py - checks the README's examples against the real claimcheck binary.

    readme.py BINARY README WORK_DIR

Two kinds of example are checked, each in a fresh folder under WORK_DIR with BINARY
on PATH as `claimcheck`:

- A transcript: a fenced block whose first line starts with "$ ". "$ cat FILE" is
  followed by the file's lines (they are written to FILE); "$ claimcheck ARGS" is
  followed by what it prints, stdout and then stderr, which must be exactly that.
- A shortened output: a fenced block right after a line
  "<!-- example: SHELL COMMANDS -->". The commands run under bash; the block's text,
  cut at each "…", must appear piece by piece, in order, in what they print on
  stdout. Line breaks and the spaces that indent the next line are dropped from both
  first, so a long JSON line may be shown wrapped.

Prints "ok   NAME" or "FAIL NAME: why" per example, like the other CLI drivers, and
exits 1 when any failed or when the README has no example to check.
"""
import os
import re
import shlex
import subprocess
import sys

FENCE = re.compile(r"^```")
MARK = re.compile(r"^<!-- example: (.*) -->$")


def blocks(lines):
    """(line number of the opening fence, the line before it, the block's lines)."""
    i = 0
    while i < len(lines):
        if FENCE.match(lines[i]):
            start = i
            i += 1
            body = []
            while i < len(lines) and not FENCE.match(lines[i]):
                body.append(lines[i])
                i += 1
            before = lines[start - 1] if start > 0 else ""
            yield start + 1, before, body
        i += 1


def run(command, cwd, env):
    done = subprocess.run(command, cwd=cwd, env=env, shell=isinstance(command, str),
                          executable="/bin/bash" if isinstance(command, str) else None,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def check_transcript(body, cwd, env):
    """None when the transcript holds, else why not."""
    i = 0
    ran = 0
    while i < len(body):
        line = body[i]
        if not line.startswith("$ "):
            return f"line {i + 1} of the block is not a command"
        j = i + 1
        while j < len(body) and not body[j].startswith("$ "):
            j += 1
        shown = body[i + 1:j]
        words = shlex.split(line[2:])
        if words[:1] == ["cat"] and len(words) == 2:
            with open(os.path.join(cwd, words[1]), "w", encoding="utf-8") as f:
                f.write("".join(s + "\n" for s in shown))
        elif words[:1] == ["claimcheck"]:
            out, err = run(words, cwd, env)
            got = (out + err).splitlines()
            if got != shown:
                for k in range(max(len(got), len(shown))):
                    a = got[k] if k < len(got) else "(nothing)"
                    b = shown[k] if k < len(shown) else "(nothing)"
                    if a != b:
                        return (f"'{line}' printed, at its line {k + 1}:\n      {a}\n"
                                f"    where the README shows:\n      {b}")
            ran += 1
        else:
            return f"cannot replay '{line}' (only cat FILE and claimcheck ...)"
        i = j
    return None if ran else "the transcript runs no claimcheck command"


def squeeze(text):
    return re.sub(r"\n[ \t]*", "", text)


def check_shortened(command, body, cwd, env):
    out, err = run(command, cwd, env)
    printed = squeeze(out.replace("\r\n", "\n"))
    at = 0
    for piece in squeeze("\n".join(body)).split("…"):
        if not piece:
            continue
        found = printed.find(piece, at)
        if found < 0:
            where = printed.find(piece)
            return (f"the README's piece {piece[:160]!r} is "
                    + ("out of order" if where >= 0 else "not in the output")
                    + (f" (stderr: {err.strip()[:200]})" if err.strip() else ""))
        at = found + len(piece)
    return None


def main():
    binary, readme, work = sys.argv[1:4]
    binary = os.path.abspath(binary)
    with open(readme, encoding="utf-8") as f:
        lines = f.read().split("\n")
    bindir = os.path.join(work, "bin")
    os.makedirs(bindir, exist_ok=True)
    link = os.path.join(bindir, "claimcheck")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink(binary, link)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""),
               NO_COLOR="1", LC_ALL="C.UTF-8")
    env.pop("CLAIMCHECK_LEXICONS", None)
    checked = failed = 0
    for n, before, body in blocks(lines):
        mark = MARK.match(before)
        if not mark and not (body and body[0].startswith("$ ")):
            continue
        cwd = os.path.join(work, f"example-{n}")
        os.makedirs(cwd, exist_ok=True)
        name = f"README.md:{n}: " + (f"example '{mark.group(1)[:60]}'" if mark
                                     else f"transcript '{body[0][2:][:60]}'")
        why = (check_shortened(mark.group(1), body, cwd, env) if mark
               else check_transcript(body, cwd, env))
        checked += 1
        if why:
            failed += 1
            print(f"FAIL {name}: {why}")
        else:
            print(f"ok   {name}")
    if checked == 0:
        print("FAIL the README has no example to check")
        return 1
    print(f"{checked - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
