//! ## What it checks
//! The numbering and ending of the legal bases: with more than one basis, each is numbered
//! `1.`, `2.`, `3.` ... in order; a single basis is not numbered; every basis, the last
//! included, ends with a semicolon. Items cut off by a gap in the copy are not judged at
//! their end, and the count restarts after a gap.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum): several legal bases are numbered with Arabic
//! numerals and each ends with a semicolon; a single basis carries no number. The numbering
//! is what the body and the Penjelasan refer to when a basis is named. Read only in a
//! secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945
//!             3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//! ```

use super::super::prelude::*;
use super::{at, bases};
use crate::check::rules::doc::{end_position, gap_within};

/// DH-002 `mengingat-numbering`.
pub struct MengingatNumbering;

static META: RuleMeta = RuleMeta {
    code: "DH-002",
    name: "mengingat-numbering",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum bernomor 1., 2., ... berurutan dan setiap butir diakhiri titik koma",
        en: "Legal bases are numbered 1., 2., ... in order and each ends with a semicolon",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum)",
    file: include_str!("dh_002.rs"),
};

impl Rule for MengingatNumbering {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let items = bases(doc);
        let single = items.len() == 1;
        let mut expected: u32 = 1;
        let mut prev_end = 0;
        for b in &items {
            let node = b.node;
            if prev_end > 0 && gap_within(doc, prev_end, node.span.line) {
                expected = node.number.parse().unwrap_or(expected);
            }
            prev_end = node.span.end_line;
            if single {
                if !node.marker.is_empty() && !b.cut {
                    let (l, c) = at(doc, b, &node.marker);
                    sink.report(
                        l,
                        c,
                        format!("dasar hukum yang hanya satu diberi nomor `{}`", node.marker),
                        format!("a single legal basis is numbered `{}`", node.marker),
                    )
                    .help(
                        "dasar hukum yang hanya satu tidak diberi nomor",
                        "a single legal basis carries no number",
                    );
                }
            } else {
                let want = format!("{expected}.");
                if node.marker != want {
                    let shown = if node.marker.is_empty() {
                        "tanpa nomor".to_string()
                    } else {
                        format!("`{}`", node.marker)
                    };
                    let shown_en = if node.marker.is_empty() {
                        "unnumbered".to_string()
                    } else {
                        format!("`{}`", node.marker)
                    };
                    let (l, c) = at(doc, b, &node.marker);
                    sink.report(
                        l,
                        c,
                        format!("nomor dasar hukum tidak berurutan: {shown}, seharusnya `{want}`"),
                        format!("the legal basis is numbered out of sequence: {shown_en}, expected `{want}`"),
                    );
                }
                expected = node
                    .number
                    .parse::<u32>()
                    .map_or(expected, |n| n.max(expected))
                    .saturating_add(1);
            }
            if !b.cut && !b.text.trim_end().ends_with(';') {
                let last = b.text.trim_end().chars().last().unwrap_or(' ');
                let (l, c) = end_position(doc, node);
                sink.report(
                    l,
                    c,
                    format!("butir dasar hukum tidak diakhiri titik koma (diakhiri `{last}`)"),
                    format!(
                        "the legal basis does not end with a semicolon (it ends with `{last}`)"
                    ),
                )
                .help(
                    "akhiri setiap butir dasar hukum dengan tanda titik koma (;)",
                    "end every legal basis with a semicolon (;)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::with;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_missing_semicolon_and_a_skipped_number() {
        let text = with(
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945\n3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);\n",
        );
        insta::assert_snapshot!(run_text(&MengingatNumbering, &text));
    }

    #[test]
    fn accepts_numbered_single_and_cut_lists() {
        for items in [
            super::super::fixtures::GOOD,
            "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
        ] {
            assert_eq!(run_text(&MengingatNumbering, &with(items)), "", "{items}");
        }
        let cut = "PERATURAN DAERAH KABUPATEN MALANG\nNOMOR 7 TAHUN 2019\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI MALANG,\nMenimbang : bahwa x;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 12 Tahun 1950 tentang Pembentukan;\n[... gap ...]\n15. Peraturan Daerah Kabupaten Malang Nomor 3 Tahun 2009 tentang Perlindungan\n[... gap ...]\n";
        assert_eq!(run_text(&MengingatNumbering, cut), "");
    }
}
