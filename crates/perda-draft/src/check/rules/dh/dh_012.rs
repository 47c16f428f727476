//! ## What it checks
//! That an amended regulation is cited together with its amendments in one item
//! (`... (LN ...) sebagaimana telah diubah [beberapa kali terakhir] dengan ... (LN ...)`):
//! - an item whose law amends the law of another item (`... tentang Perubahan atas
//!   Undang-Undang Nomor 12 Tahun 2011 ...`) should be part of that item's chain;
//! - the chain verb is `diubah`, not `dirubah` or `di ubah`;
//! - UU 12/2011 is cited with its amendments (UU 15/2019, UU 13/2022) in a regulation made
//!   after 4 October 2019 (UU 23/2014 is DH-005's).
//!
//! ## Why it matters
//! Lampiran II's examples of dasar hukum cite an amended regulation with its amendment
//! chain, each link with its own Lembaran Negara; listing the amendments as separate bases
//! or dropping them cites a text that is no longer in force as such. The rule follows the
//! examples and practice (basis I), so findings are warnings.
//!
//! ## Example
//! ```text
//! 3. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (...);
//! 4. Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12
//!    Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (...);
//! ```
//!
//! ## Instead
//! ```text
//! 3. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (...)
//!    sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 13 Tahun 2022
//!    tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan
//!    Peraturan Perundang-undangan (...);
//! ```

use super::super::prelude::*;
use super::{CHAIN, Jenis, at, bases, cites};
use crate::check::date::Date;
use crate::check::rules::doc::{Made, made};

/// DH-012 `amendment-chain`.
pub struct AmendmentChain;

static META: RuleMeta = RuleMeta {
    code: "DH-012",
    name: "amendment-chain",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Peraturan yang telah diubah dicantumkan bersama perubahannya: `sebagaimana telah diubah ... dengan ...`",
        en: "An amended regulation is cited with its amendments: `sebagaimana telah diubah ... dengan ...`",
    },
    source: "UU 12/2011 Lampiran II (contoh dasar hukum); Perda practice (W17)",
    file: include_str!("dh_012.rs"),
};

static PERUBAHAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bperubahan\b"));
static BAD_VERB: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(dirubah|di\s+ubah|di\s+rubah)\b"));

/// UU 15/2019, the first amendment of UU 12/2011 (promulgated 4 October 2019).
const UU_15_2019: Date = Date {
    year: 2019,
    month: 10,
    day: 4,
};

impl Rule for AmendmentChain {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let items = bases(doc);
        let heads: Vec<Option<super::Cite>> = items
            .iter()
            .map(|b| cites(&b.text).into_iter().next())
            .collect();
        // An amendment of UU 12/2011 listed as its own item is reported as such, not as a
        // UU 12/2011 without its chain.
        let amendment_listed = heads
            .iter()
            .flatten()
            .any(|h| h.is(Jenis::Uu, 15, 2019) || h.is(Jenis::Uu, 13, 2022));
        for (i, b) in items.iter().enumerate() {
            let found = cites(&b.text);
            if let Some(head) = found.first() {
                // What the head law amends: citations after `Perubahan` in its title, before
                // its gazette or a chain.
                let end = b
                    .text
                    .get(head.end..)
                    .and_then(|s| s.find('('))
                    .map_or(b.text.len(), |p| head.end + p);
                let end = CHAIN
                    .find(b.text.get(head.end..end).unwrap_or(""))
                    .map_or(end, |m| head.end + m.start());
                let title = b.text.get(head.end..end).unwrap_or("");
                if let Some(p) = PERUBAHAN.find(title) {
                    let from = head.end + p.end();
                    for target in found.iter().filter(|c| c.start >= from && c.end <= end) {
                        let other = heads.iter().enumerate().find(|(j, h)| {
                            *j != i
                                && h.as_ref().is_some_and(|h| {
                                    h.jenis == target.jenis
                                        && h.year == target.year
                                        && h.num() == target.num()
                                })
                        });
                        if let Some((j, _)) = other {
                            let number = items.get(j).map_or("", |o| o.node.number.as_str());
                            let (l, c) = at(doc, b, &head.written);
                            sink.report(
                                l,
                                c,
                                format!(
                                    "`{}` mengubah `{}` (butir {number}) tetapi dicantumkan sebagai butir tersendiri",
                                    head.written, target.written
                                ),
                                format!(
                                    "`{}` amends `{}` (item {number}) but is listed as a separate item",
                                    head.written, target.written
                                ),
                            )
                            .help(
                                format!("gabungkan ke butir {number}: `... sebagaimana telah diubah dengan {} ...`", head.written),
                                format!("merge into item {number}: `... sebagaimana telah diubah dengan {} ...`", head.written),
                            );
                            break;
                        }
                    }
                }
            }
            for m in BAD_VERB.find_iter(&b.text) {
                let (l, c) = at(doc, b, m.as_str());
                sink.report(
                    l,
                    c,
                    format!("kata `{}` tidak baku dalam rumusan perubahan", m.as_str()),
                    format!("`{}` is not the standard word in the amendment chain", m.as_str()),
                )
                .help(
                    "tulis `sebagaimana telah diubah dengan` atau `sebagaimana telah diubah beberapa kali terakhir dengan`",
                    "write `sebagaimana telah diubah dengan` or `sebagaimana telah diubah beberapa kali terakhir dengan`",
                );
            }
            if let Some(c) = found.iter().find(|c| c.is(Jenis::Uu, 12, 2011))
                && found.first().is_some_and(|h| h.start == c.start)
                && !CHAIN.is_match(&b.text)
                && !amendment_listed
                && made(doc, UU_15_2019) == Made::After
            {
                let (l, col) = at(doc, b, &c.written);
                sink.report(
                    l,
                    col,
                    "UU 12/2011 dicantumkan tanpa perubahannya (UU 15/2019 dan UU 13/2022)",
                    "UU 12/2011 is cited without its amendments (UU 15/2019 and UU 13/2022)",
                )
                .help(
                    "tambahkan `sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor 6801)` (untuk peraturan yang dibentuk sesudah 16 Juni 2022)",
                    "add `sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 13 Tahun 2022 ...` (for regulations made after 16 June 2022)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_separate_amendments_dirubah_and_a_bare_uu_12_2011() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 82, Tambahan Lembaran Negara Republik Indonesia Nomor 5234);\n3. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah dirubah dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58, Tambahan Lembaran Negara Republik Indonesia Nomor 5679);\n4. Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan (Lembaran Negara Republik Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor 6801);\n";
        insta::assert_snapshot!(run_text(&AmendmentChain, &with(items)));
    }

    #[test]
    fn accepts_chains() {
        assert_eq!(run_text(&AmendmentChain, &with(GOOD)), "");
    }
}
