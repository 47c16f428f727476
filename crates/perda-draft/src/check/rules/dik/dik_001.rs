//! ## What it checks
//! In a Perda, the joint-approval formula before `MEMUTUSKAN:`, on four lines:
//! `Dengan Persetujuan Bersama` / `DEWAN PERWAKILAN RAKYAT DAERAH <LEVEL> <R>` / `dan` /
//! `<GUBERNUR|BUPATI|WALI KOTA> <R>` (no comma after the office). That the region and
//! level are the title's is checked by DOC-002 and DOC-003; a Peraturan Desa uses
//! `Dengan Kesepakatan Bersama` (DES-003).
//!
//! ## Why it matters
//! A Perda is made by the DPRD with the joint approval of the head of region, and UU
//! 12/2011 Lampiran II gives the diktum of a Perda this formula (as in Perda Kabupaten
//! Demak 2/2019). A Perda whose diktum does not state the joint approval does not show that
//! it was approved by the DPRD. The exact angka was read only in a secondary restatement
//! (basis S).
//!
//! ## Example
//! ```text
//! DENGAN PERSETUJUAN DPRD KABUPATEN JEMBER DAN BUPATI JEMBER
//! MEMUTUSKAN:
//! ```
//!
//! ## Instead
//! ```text
//! Dengan Persetujuan Bersama
//! DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN JEMBER
//! dan
//! BUPATI JEMBER
//! MEMUTUSKAN:
//! ```

use super::super::prelude::*;
use super::memutuskan;
use crate::check::rules::doc::{
    gap_within, is_gap, is_note, level_word, office_of, preamble_lines, region_name,
};

/// DIK-001 `joint-approval`.
pub struct JointApproval;

static META: RuleMeta = RuleMeta {
    code: "DIK-001",
    name: "joint-approval",
    group: Group::Diktum,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Diktum Perda memuat rumusan `Dengan Persetujuan Bersama` DPRD dan kepala daerah dalam empat baris",
        en: "A Perda's diktum states the joint approval of the DPRD and the head of region on four lines",
    },
    source: "UU 12/2011 Lampiran II (diktum Peraturan Daerah)",
    file: include_str!("dik_001.rs"),
};

static DPRD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^DEWAN PERWAKILAN RAKYAT DAERAH (PROVINSI|PROPINSI|KABUPATEN|KOTA) [A-Z][A-Z .'()-]*$")
});
static OFFICE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(GUBERNUR|BUPATI|WALI ?KOTA) [A-Z][A-Z .'()-]*[A-Z)]$"));

/// A line of the formula: what it is, whether a line is it, and the text to write.
type Expected<'a> = (&'a str, &'a dyn Fn(&str) -> bool, &'a str);

impl Rule for JointApproval {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if doc.info.is_desa() || doc.info.level.is_none() {
            return;
        }
        let Some((d, decide)) = memutuskan(doc) else {
            return;
        };
        let pre = preamble_lines(doc);
        let before: Vec<&Line> = pre
            .get(..d)
            .unwrap_or_default()
            .iter()
            .filter(|l| !is_note(&l.text) || is_gap(doc, l.no))
            .collect();
        let (region, level) = (region_name(doc).unwrap_or_default(), doc.info.level);
        let dprd = level.map_or_else(String::new, |l| {
            format!("DEWAN PERWAKILAN RAKYAT DAERAH {} {region}", level_word(l))
        });
        let office = level.map_or_else(String::new, |l| format!("{} {region}", office_of(l)));
        let Some(a) = before.iter().rposition(|l| {
            let t = l.text.trim_start().to_lowercase();
            t.starts_with("dengan persetujuan") || t.starts_with("dengan kesepakatan")
        }) else {
            // Nothing to judge when text before MEMUTUSKAN is missing from this copy.
            let from = doc
                .act
                .preamble
                .legal_bases
                .last()
                .map_or(0, |n| n.span.end_line);
            if !gap_within(doc, from, decide.no) {
                sink.at(
                    decide,
                    "diktum tidak memuat rumusan persetujuan bersama DPRD dan kepala daerah",
                    "the diktum does not state the joint approval of the DPRD and the head of region",
                )
                .help(
                    format!("sebelum `MEMUTUSKAN:` tulis `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
                    format!("before `MEMUTUSKAN:` write `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
                );
            }
            return;
        };
        let lines: Vec<&Line> = before.get(a..).unwrap_or_default().to_vec();
        if lines.iter().any(|l| is_gap(doc, l.no)) {
            return;
        }
        let Some(first) = lines.first().copied() else {
            return;
        };
        let head = first.text.trim();
        if head != "Dengan Persetujuan Bersama" {
            let (id, en) = if head.len() > "Dengan Persetujuan Bersama".len() + 2 {
                (
                    format!("rumusan persetujuan bersama ditulis dalam satu baris: `{head}`"),
                    format!("the joint-approval formula is written on one line: `{head}`"),
                )
            } else {
                (
                    format!("rumusan `{head}` tidak baku"),
                    format!("the formula `{head}` is not standard"),
                )
            };
            sink.at(first, id, en).help(
                format!("tulis empat baris: `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
                format!("write four lines: `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
            );
            if head.len() > "Dengan Persetujuan Bersama".len() + 2 {
                return;
            }
        }
        let expect: [Expected<'_>; 3] = [
            ("DPRD", &|t: &str| DPRD.is_match(t), dprd.as_str()),
            ("dan", &|t: &str| t == "dan", "dan"),
            ("office", &|t: &str| OFFICE.is_match(t), office.as_str()),
        ];
        for (k, (what, ok, want)) in expect.iter().enumerate() {
            let Some(line) = lines.get(k + 1).copied() else {
                sink.at(
                    first,
                    "rumusan persetujuan bersama tidak lengkap",
                    "the joint-approval formula is incomplete",
                )
                .help(
                    format!("tulis empat baris: `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
                    format!("write four lines: `Dengan Persetujuan Bersama` / `{dprd}` / `dan` / `{office}`"),
                );
                return;
            };
            let t = line.text.trim();
            if ok(t) {
                continue;
            }
            let (id, en) = if *what == "office" && t.ends_with(',') {
                (
                    format!("jabatan dalam rumusan persetujuan bersama diakhiri koma: `{t}`"),
                    format!("the office in the joint-approval formula ends with a comma: `{t}`"),
                )
            } else {
                (
                    format!("baris `{t}` dalam rumusan persetujuan bersama tidak baku"),
                    format!("the line `{t}` of the joint-approval formula is not standard"),
                )
            };
            sink.at(line, id, en)
                .help(format!("tulis `{want}`"), format!("write `{want}`"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMenimbang : bahwa x;\nMengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";
    const TAIL: &str = "MEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nX.\n";

    #[test]
    fn flags_a_one_line_formula_and_a_comma() {
        let one =
            format!("{HEAD}DENGAN PERSETUJUAN DPRD KABUPATEN JEMBER DAN BUPATI JEMBER\n{TAIL}");
        let comma = format!(
            "{HEAD}Dengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN JEMBER\ndan\nBUPATI JEMBER,\n{TAIL}"
        );
        let missing = format!("{HEAD}{TAIL}");
        insta::assert_snapshot!(format!(
            "{}{}{}",
            run_text(&JointApproval, &one),
            run_text(&JointApproval, &comma),
            run_text(&JointApproval, &missing)
        ));
    }

    #[test]
    fn accepts_the_formula_and_skips_perdes_and_gaps() {
        let good = format!(
            "{HEAD}Dengan Persetujuan Bersama\nDEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN JEMBER\ndan\nBUPATI JEMBER\n{TAIL}"
        );
        assert_eq!(run_text(&JointApproval, &good), "");
        let gap = format!("{HEAD}[... gap: not recovered ...]\n{TAIL}");
        assert_eq!(run_text(&JointApproval, &gap), "");
        let perdes = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMEMUTUSKAN:\n";
        assert_eq!(run_text(&JointApproval, perdes), "");
    }
}
