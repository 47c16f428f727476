//! ## What it checks
//! The `Menetapkan` formula: `Menetapkan:` (capital M, colon), then the jenis and the name
//! of the title in capitals, ending with a full stop, without repeating the region:
//! `Menetapkan: PERATURAN DAERAH TENTANG <NAMA>.` (`PERATURAN DESA TENTANG <NAMA>.` in a
//! Peraturan Desa). A region repeated after the jenis is a warning; lower case, a missing
//! full stop or another jenis are errors. A formula broken over lines is joined first.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (diktum): after `Menetapkan` the jenis and name of the title are
//! repeated in capitals, without `Republik Indonesia` — for a Perda without the region —
//! ending with a full stop (also the regional guidelines, W13). The angka was read only in
//! secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! Menetapkan : Peraturan Daerah tentang Retribusi Parkir
//! ```
//!
//! ## Instead
//! ```text
//! Menetapkan: PERATURAN DAERAH TENTANG RETRIBUSI PARKIR.
//! ```

use super::super::prelude::*;
use super::menetapkan;

/// DIK-003 `menetapkan-form`.
pub struct MenetapkanForm;

static META: RuleMeta = RuleMeta {
    code: "DIK-003",
    name: "menetapkan-form",
    group: Group::Diktum,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "`Menetapkan: PERATURAN DAERAH TENTANG <NAMA>.` ditulis dengan huruf kapital dan diakhiri titik",
        en: "`Menetapkan: PERATURAN DAERAH TENTANG <NAME>.` in capitals, ending with a full stop",
    },
    source: "UU 12/2011 Lampiran II (diktum); W13",
    file: include_str!("dik_003.rs"),
};

static HEAD: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:menetapkan)(\s*:)?\s*"));
static JENIS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^PERATURAN\s+(DAERAH|DESA)\b\s*(.*?)\s*\bTENTANG\b"));

/// Byte offset of the first lower-case letter outside tokens with digits.
fn first_lower(text: &str) -> Option<usize> {
    let mut offset = 0;
    for token in text.split(' ') {
        if !token.chars().any(|c| c.is_ascii_digit())
            && let Some(i) = token.find(char::is_lowercase)
        {
            return Some(offset + i);
        }
        offset += token.len() + 1;
    }
    None
}

impl Rule for MenetapkanForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some(e) = menetapkan(doc) else {
            return;
        };
        let line = e.line;
        let text = e.text.as_str();
        let kind = if doc.info.is_desa() { "DESA" } else { "DAERAH" };
        let name = doc.info.name.as_deref().unwrap_or("<NAMA>").to_uppercase();
        let want = format!("Menetapkan: PERATURAN {kind} TENTANG {name}.");
        let help = |raw: &mut crate::check::rule::Raw| {
            raw.help(format!("tulis `{want}`"), format!("write `{want}`"));
        };
        let Some(h) = HEAD.captures(text) else {
            return;
        };
        let word = text.get(..10).unwrap_or("");
        if word != "Menetapkan" || h.get(1).is_none() {
            let raw = sink.at(
                line,
                format!(
                    "kata `Menetapkan:` tidak ditulis baku: `{}`",
                    h.get(0).map_or("", |m| m.as_str()).trim()
                ),
                format!(
                    "`Menetapkan:` is not written in the standard form: `{}`",
                    h.get(0).map_or("", |m| m.as_str()).trim()
                ),
            );
            help(raw);
        }
        let rest_at = h.get(0).map_or(0, |m| m.end());
        let rest = text.get(rest_at..).unwrap_or("");
        match JENIS.captures(rest) {
            None => {
                let raw = sink.at_offset(
                    line,
                    rest_at.min(line.text.len()),
                    format!("`Menetapkan` tidak diikuti `PERATURAN {kind} TENTANG ...`: `{rest}`"),
                    format!(
                        "`Menetapkan` is not followed by `PERATURAN {kind} TENTANG ...`: `{rest}`"
                    ),
                );
                help(raw);
                return;
            }
            Some(c) => {
                let jenis = c.get(1).map_or("", |m| m.as_str());
                if !jenis.eq_ignore_ascii_case(kind) {
                    let raw = sink.at_offset(
                        line,
                        rest_at,
                        format!("jenis peraturan pada `Menetapkan` (`PERATURAN {}`) tidak sesuai dengan judul", jenis.to_uppercase()),
                        format!("the kind on the `Menetapkan` line (`PERATURAN {}`) does not match the title", jenis.to_uppercase()),
                    );
                    help(raw);
                }
                if let Some(region) = c.get(2).filter(|m| !m.as_str().is_empty()) {
                    let raw = sink
                        .at_offset(
                            line,
                            (rest_at + region.start()).min(line.text.len()),
                            format!(
                                "nama daerah diulang pada `Menetapkan`: `{}`",
                                region.as_str()
                            ),
                            format!(
                                "the region is repeated on the `Menetapkan` line: `{}`",
                                region.as_str()
                            ),
                        )
                        .severity(Severity::Warning);
                    help(raw);
                }
            }
        }
        if let Some(off) = first_lower(rest) {
            let raw = sink.at_offset(
                line,
                (rest_at + off).min(line.text.len()),
                "jenis dan nama peraturan pada `Menetapkan` tidak ditulis dengan huruf kapital",
                "the kind and name on the `Menetapkan` line are not in capitals",
            );
            help(raw);
        }
        if !e.cut && !text.ends_with('.') {
            let raw = sink.at_offset(
                line,
                line.text.trim_end().len(),
                "rumusan `Menetapkan` tidak diakhiri tanda titik",
                "the `Menetapkan` formula does not end with a full stop",
            );
            help(raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nRETRIBUSI PARKIR\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMEMUTUSKAN:\n";
    const TAIL: &str = "BAB I\nKETENTUAN UMUM\nPasal 1\nX.\n";

    #[test]
    fn flags_lower_case_missing_stop_and_region() {
        let out: String = [
            "Menetapkan : Peraturan Daerah tentang Retribusi Parkir\n",
            "Menetapkan : PERATURAN DAERAH KABUPATEN SUKAMAJU TENTANG RETRIBUSI PARKIR.\n",
            "MENETAPKAN PERATURAN DESA TENTANG RETRIBUSI PARKIR.\n",
        ]
        .iter()
        .map(|m| run_text(&MenetapkanForm, &format!("{HEAD}{m}{TAIL}")))
        .collect();
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_standard_form_also_broken_over_lines() {
        for m in [
            "Menetapkan: PERATURAN DAERAH TENTANG RETRIBUSI PARKIR.\n",
            "Menetapkan : PERATURAN DAERAH TENTANG RETRIBUSI\nPARKIR.\n",
            "Menetapkan : PERATURAN DAERAH TENTANG RETRIBUSI\n[... gap ...]\n",
        ] {
            assert_eq!(
                run_text(&MenetapkanForm, &format!("{HEAD}{m}{TAIL}")),
                "",
                "{m}"
            );
        }
    }
}
