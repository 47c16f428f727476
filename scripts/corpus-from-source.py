#!/usr/bin/env python3
"""Convert a statute source text (one structural unit per line) into corpus Markdown.

Usage:
    python3 scripts/corpus-from-source.py SOURCE.txt [--front-matter FILE.yaml] > law-corpus/ID.md

The front matter defaults to scripts/<stem of SOURCE>.front-matter.yaml (next to this
script). It holds plain YAML without the `---` delimiters; this script adds them.

Conventions (see docs/corpus-format.md):
  * every source line becomes one Markdown block, blocks separated by one blank line;
  * line text is copied verbatim; only Markdown-significant characters are escaped with a
    backslash (each escape is reported on stderr);
  * headings: first title line `#`, BAB + its title `##`, Bagian + title `###`,
    Paragraf + title `####`, Pasal `#####`; in the Penjelasan: PENJELASAN `#`,
    I. UMUM / II. PASAL DEMI PASAL `##`, Pasal `###`.

Fails (exit status 1) rather than guessing when the source does not have the expected shape.
"""

import argparse
import os
import re
import sys

BAB_RE = re.compile(r"^BAB [IVXLC]+$")
BAGIAN_RE = re.compile(
    r"^Bagian Ke(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
    r"|sebelas|dua belas|tiga belas|empat belas|lima belas)$"
)
PARAGRAF_RE = re.compile(r"^Paragraf \d+$")
PASAL_RE = re.compile(r"^Pasal \d+[A-Z]?$")
PENJELASAN_SECTION_RE = re.compile(r"^(I\. UMUM|II\. PASAL DEMI PASAL)$")

# Lines that are structural headings themselves cannot be the title of a BAB/Bagian/Paragraf.
STRUCTURAL_RES = (BAB_RE, BAGIAN_RE, PARAGRAF_RE, PASAL_RE)


def fail(message):
    print(f"corpus-from-source: {message}", file=sys.stderr)
    sys.exit(1)


def escape_markdown(text, line_no):
    """Backslash-escape characters that Markdown would swallow or reinterpret.

    List markers (`1.`, `1)`) are deliberately left alone: the project's parser reads the
    original line text at each block's offset, so they survive as written.
    """
    original = text
    # Backslash first, so escapes added below are not doubled.
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([*_`<])", r"\\\1", text)
    # Link / image / reference syntax: `[text](`, `[text][`, `[text]:` ("[…]" alone is literal).
    text = re.sub(r"\[([^\]]*)\](?=[(\[:])", r"\\[\1\\]", text)
    # Entity references such as `&amp;`.
    text = re.sub(r"&(?=[A-Za-z0-9#]+;)", r"\\&", text)
    # Block-level markers at the start of a line (headings, quotes, bullets, rules, tables).
    text = re.sub(r"^([#>+=|~-])", r"\\\1", text)
    if text != original:
        print(f"corpus-from-source: escaped line {line_no}: {original!r}", file=sys.stderr)
    return text


def convert(lines):
    """Return the Markdown blocks for the source lines."""
    if not lines:
        fail("source is empty")
    for no, line in enumerate(lines, 1):
        if line == "" or line != line.strip():
            fail(f"line {no} is empty or has leading/trailing whitespace: {line!r}")

    penjelasan = [i for i, line in enumerate(lines) if line == "PENJELASAN"]
    if len(penjelasan) != 1:
        fail(f"expected exactly one PENJELASAN line, found {len(penjelasan)}")
    pen_start = penjelasan[0]

    prefixes = [""] * len(lines)
    prefixes[0] = "# "

    def title_after(i, level):
        if i + 1 >= pen_start:
            fail(f"line {i + 1} ({lines[i]!r}) has no title line after it")
        title = lines[i + 1]
        if any(r.match(title) for r in STRUCTURAL_RES):
            fail(f"line {i + 2} ({title!r}) is not a title for {lines[i]!r}")
        prefixes[i] = level
        prefixes[i + 1] = level

    for i in range(1, pen_start):
        line = lines[i]
        if BAB_RE.match(line):
            title_after(i, "## ")
        elif BAGIAN_RE.match(line):
            title_after(i, "### ")
        elif PARAGRAF_RE.match(line):
            title_after(i, "#### ")
        elif PASAL_RE.match(line):
            prefixes[i] = "##### "

    prefixes[pen_start] = "# "
    for i in range(pen_start + 1, len(lines)):
        line = lines[i]
        if PENJELASAN_SECTION_RE.match(line):
            prefixes[i] = "## "
        elif PASAL_RE.match(line):
            prefixes[i] = "### "

    return [prefix + escape_markdown(line, no) for no, (prefix, line) in enumerate(zip(prefixes, lines), 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="source text, one structural unit per line")
    parser.add_argument("--front-matter", help="YAML front matter file (without --- lines)")
    args = parser.parse_args()

    stem = os.path.splitext(os.path.basename(args.source))[0]
    front_path = args.front_matter or os.path.join(
        os.path.dirname(os.path.abspath(__file__)), f"{stem}.front-matter.yaml"
    )

    with open(args.source, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        fail("source contains carriage returns; normalise line endings first")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    with open(front_path, encoding="utf-8") as f:
        front = f.read().strip("\n")
    if any(line.strip() == "---" for line in front.split("\n")):
        fail(f"{front_path} must not contain '---' lines; the script adds them")

    blocks = convert(lines)
    out = sys.stdout
    out.write("---\n")
    out.write(front + "\n")
    out.write("---\n\n")
    out.write("\n\n".join(blocks))
    out.write("\n")


if __name__ == "__main__":
    main()
