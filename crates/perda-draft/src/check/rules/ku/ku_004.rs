//! ## What it checks
//! How the definitions introduce short forms, and whether the short forms are then used:
//! a short form in parentheses (`Pekerja Migran Indonesia (PMI) adalah ...`), `selanjutnya
//! disingkat`/`disebut` without `yang` or followed by `dengan`, an abbreviation after `disingkat` that starts with
//! a lower-case letter, and — in the Pasal after the Ketentuan Umum — the long form written
//! out again where the short form was introduced for it (reported once per term, at its
//! first use, with the count). Long forms inside a longer defined term or inside the title
//! of a cited regulation are not counted.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 98 huruf b (with its examples `BPK`, `ODHA`) and the
//! Kemenkumham Q&A on Perda (Q167–168): a short form is introduced inside the definition
//! with `yang selanjutnya disingkat` (an abbreviation) or `yang selanjutnya disebut` (an
//! acronym or a shorter name), and is then used consistently. The angka is from a
//! secondary restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! 2. Pekerja Migran Indonesia (PMI) adalah setiap warga negara Indonesia yang ...
//! ...
//! Pasal 5
//! Pemerintah Daerah mendata Pekerja Migran Indonesia yang berasal dari Daerah.
//! ```
//!
//! ## Instead
//! ```text
//! 2. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara
//!    Indonesia yang ...
//! ...
//! Pasal 5
//! Pemerintah Daerah mendata PMI yang berasal dari Daerah.
//! ```

use super::super::prelude::*;
use super::super::rum::{locate, node_line};
use super::{TermIndex, definition_items, in_cited_title, unit_hays, units_after_definitions};

/// KU-004 `short-form-introduction`.
pub struct ShortFormIntroduction;

static META: RuleMeta = RuleMeta {
    code: "KU-004",
    name: "short-form-introduction",
    group: Group::Definitions,
    family: Family::Terminology,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Singkatan diperkenalkan dengan `yang selanjutnya disingkat/disebut` dalam definisi, lalu digunakan secara konsisten",
        en: "Short forms are introduced with `yang selanjutnya disingkat/disebut` in the definition, then used consistently",
    },
    source: "UU 12/2011 Lampiran II angka 98 huruf b; Buku Tanya Jawab Pembentukan Perda (Kemenkumham) Q167–168",
    file: include_str!("ku_004.rs"),
};

static PAREN_SHORT: LazyLock<Regex> = LazyLock::new(|| re(r"\(([A-Z][A-Za-z0-9/&.-]*[A-Z0-9])\)"));
static NO_YANG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(^|[^g]\s|,\s?)(selanjutnya (disingkat|disebut))\b"));
static WITH_DENGAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bselanjutnya (disingkat|disebut) dengan\b"));
static LOWER_ABBR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bdisingkat(\s+dengan)?\s+([a-z][\w/-]*)"));

impl Rule for ShortFormIntroduction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for item in definition_items(doc) {
            let Some(line) = node_line(doc, item) else {
                continue;
            };
            let head = item.text.split(" adalah ").next().unwrap_or("");
            if let Some(c) = PAREN_SHORT.captures(head)
                && let (Some(all), Some(short)) = (c.get(0), c.get(1))
            {
                let term = head.get(..all.start()).unwrap_or("").trim();
                let at = line.text.find(all.as_str()).unwrap_or(0);
                let s = short.as_str();
                sink.at_offset(
                    line,
                    at,
                    format!("singkatan `{s}` ditulis dalam tanda kurung setelah istilahnya"),
                    format!("the short form `{s}` is given in parentheses after its term"),
                )
                .help(
                    format!("tulis `{term} yang selanjutnya disingkat {s} adalah ...`"),
                    format!("write `{term} yang selanjutnya disingkat {s} adalah ...`"),
                );
            }
            if let Some(c) = NO_YANG.captures(head)
                && let Some(m) = c.get(2)
            {
                let verb = c.get(3).map_or("disebut", |v| v.as_str());
                if let Some((l, at)) = locate(doc, item, &item.text, m.start(), m.end()) {
                    sink.at_offset(
                        l,
                        at,
                        format!(
                            "singkatan diperkenalkan dengan `{}` tanpa `yang`",
                            m.as_str()
                        ),
                        format!(
                            "the short form is introduced with `{}` without `yang`",
                            m.as_str()
                        ),
                    )
                    .help(
                        format!("tulis `yang selanjutnya {verb}`"),
                        format!("write `yang selanjutnya {verb}`"),
                    );
                }
            }
            if let Some(m) = WITH_DENGAN.find(head)
                && let Some((l, at)) = locate(doc, item, &item.text, m.start(), m.end())
            {
                let fixed = m.as_str().trim_end_matches(" dengan");
                sink.at_offset(
                    l,
                    at,
                    format!("singkatan diperkenalkan dengan `{}`", m.as_str()),
                    format!("the short form is introduced with `{}`", m.as_str()),
                )
                .help(
                    format!("tulis `yang {fixed} ...` tanpa `dengan`"),
                    format!("write `yang {fixed} ...` without `dengan`"),
                );
            }
            if let Some(c) = LOWER_ABBR.captures(head)
                && let Some(m) = c.get(2)
                && let Some((l, at)) = locate(doc, item, &item.text, m.start(), m.end())
            {
                sink.at_offset(
                    l,
                    at,
                    format!("singkatan setelah `disingkat` diawali huruf kecil (`{}`)", m.as_str()),
                    format!("the abbreviation after `disingkat` starts with a lower-case letter (`{}`)", m.as_str()),
                )
                .help(
                    "tulis singkatan dengan huruf kapital, atau gunakan `yang selanjutnya disebut` untuk sebutan singkat yang bukan singkatan",
                    "write the abbreviation in capitals, or use `yang selanjutnya disebut` for a short name that is not an abbreviation",
                );
            }
        }
        long_forms(doc, sink);
    }
}

/// Long forms written out again after their short form was introduced.
fn long_forms(doc: &Document, sink: &mut Sink) {
    let terms: Vec<&str> = doc.definitions.iter().map(|d| d.term.as_str()).collect();
    let units = units_after_definitions(doc);
    let index = TermIndex::of(doc);
    let hays = unit_hays(&units);
    for d in &doc.definitions {
        let Some(short) = super::super::rum::short_form(d) else {
            continue;
        };
        if short.len() >= d.term.len() || d.term.split_whitespace().count() < 2 {
            continue;
        }
        let mut first = None;
        let mut count = 0;
        for (i, &(node, hay)) in hays.iter().enumerate() {
            for pos in index.positions(i, hay, &d.term, false) {
                if index.inside_longer_term(i, hay, pos, d.term.len(), &terms)
                    || in_cited_title(hay, pos)
                {
                    continue;
                }
                // `... yang selanjutnya disebut` again: a definition elsewhere.
                count += 1;
                if first.is_none() {
                    first = locate(doc, node, hay, pos, pos + d.term.len());
                }
            }
        }
        let Some((line, at)) = first else { continue };
        let term = &d.term;
        let (times_id, times_en) = if count > 1 {
            (format!(" ({count} kali)"), format!(" ({count} times)"))
        } else {
            (String::new(), String::new())
        };
        sink.at_offset(
            line,
            at,
            format!("`{term}` ditulis lengkap{times_id} padahal Pasal 1 angka {} menetapkan sebutan singkatnya `{short}`", d.number),
            format!("`{term}` is written out{times_en} although Pasal 1 angka {} introduced the short form `{short}`", d.number),
        )
        .help(
            format!("gunakan `{short}` setelah Ketentuan Umum"),
            format!("use `{short}` after the Ketentuan Umum"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_bad_introductions_and_long_forms() {
        let bad = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pekerja Migran Indonesia (PMI) adalah setiap warga negara Indonesia yang bekerja di luar negeri.\n2. Layanan Terpadu Satu Atap selanjutnya disingkat LTSA adalah layanan terpadu.\n3. Dinas Tenaga Kerja yang selanjutnya disingkat disnaker adalah perangkat daerah.\n4. Badan Pelindungan Pekerja Migran Indonesia yang selanjutnya disingkat BP2MI adalah lembaga pemerintah.\n5. Tenaga Kerja Indonesia yang selanjutnya disebut dengan TKI adalah tenaga kerja.\nPasal 2\nPemerintah Daerah mendata Calon Pekerja Migran Indonesia dan berkoordinasi dengan Badan Pelindungan Pekerja Migran Indonesia.\nPasal 3\nBadan Pelindungan Pekerja Migran Indonesia menerima laporan sesuai Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia.\n";
        insta::assert_snapshot!(run_text(&ShortFormIntroduction, &perda(bad)));
    }

    #[test]
    fn accepts_the_formula_and_short_forms() {
        let good = "Pasal 1\nDalam Peraturan Daerah ini yang dimaksud dengan:\n1. Pekerja Migran Indonesia yang selanjutnya disingkat PMI adalah setiap warga negara Indonesia yang bekerja di luar negeri.\n2. Calon Pekerja Migran Indonesia yang selanjutnya disebut CPMI adalah tenaga kerja.\n3. Badan Pemeriksa Keuangan, yang selanjutnya disingkat BPK, adalah lembaga negara.\nPasal 2\nPemerintah Daerah mendata PMI dan CPMI sesuai Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia.\n";
        assert_eq!(run_text(&ShortFormIntroduction, &perda(good)), "");
    }
}
