//! ## What it checks
//! The order of the pokok pikiran of a Perda: the unsur filosofis and sosiologis come
//! before the unsur yuridis. A konsiderans counts as yuridis when it cites a numbered
//! regulation or a Pasal (other than of the UUD 1945), says that a regulation `tidak sesuai
//! lagi` or `perlu diganti`, or implements a provision (`untuk melaksanakan ketentuan`).
//! Also flagged: a Perda with a single reason before the closing formula that is not a
//! delegation. Not checked: a Peraturan Desa, an amending or revoking Perda, the
//! one-konsiderans delegated form (KON-006).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 19: the pokok pikiran of a UU or Perda contain the unsur
//! filosofis, sosiologis and yuridis that underlie the regulation, in that order. The
//! classification by wording is a heuristic and the angka was read only in secondary
//! restatements (basis S), so findings are warnings to review.
//!
//! ## Example
//! ```text
//! Menimbang : a. bahwa berdasarkan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, Pemerintah
//!                Daerah bertugas ...;
//!             b. bahwa banyak warga Kabupaten Jember bekerja ke luar negeri secara
//!                nonprosedural ...;
//! ```
//!
//! ## Instead
//! ```text
//! Menimbang : a. bahwa banyak warga Kabupaten Jember bekerja ke luar negeri secara
//!                nonprosedural ...;
//!             b. bahwa berdasarkan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, Pemerintah
//!                Daerah bertugas ...;
//! ```

use super::super::prelude::*;
use super::{considerations, full_text, is_closing_formula};
use crate::check::rules::doc::position;

/// KON-004 `unsur-order`.
pub struct UnsurOrder;

static META: RuleMeta = RuleMeta {
    code: "KON-004",
    name: "unsur-order",
    group: Group::Considerations,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pokok pikiran memuat unsur filosofis, sosiologis, dan yuridis dengan urutan itu",
        en: "The reasons give the philosophical, sociological and legal grounds in that order",
    },
    source: "UU 12/2011 Lampiran II angka 19",
    file: include_str!("kon_004.rs"),
};

/// A citation of the UUD 1945 with its Pasal, which a filosofis reason may quote.
static UUD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(Pasal\s+\d+[A-Z]?(\s+ayat\s+\(\d+\))?(,?\s+(dan\s+)?Pasal\s+\d+[A-Z]?(\s+ayat\s+\(\d+\))?)*\s+)?Undang-Undang\s+Dasar(\s+Negara\s+Republik\s+Indonesia)?(\s+Tahun\s+1945)?",
    )
});
static YURIDIS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(Undang-Undang|Peraturan\s+(Pemerintah|Presiden|Menteri|Daerah|Desa|Gubernur|Bupati|Wali\s?kota))\b[^;]{0,120}?\bNomor\s+\d|\bPasal\s+\d+|tidak\s+sesuai\s+lagi|perlu\s+diganti|perlu\s+dicabut|untuk\s+melaksanakan\s+ketentuan",
    )
});

fn yuridis(text: &str) -> bool {
    YURIDIS.is_match(&UUD.replace_all(text, " "))
}

impl Rule for UnsurOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if doc.info.is_desa() || doc.info.amending || doc.info.revoking {
            return;
        }
        let (items, whole) = considerations(doc);
        if !whole || items.len() < 2 {
            return;
        }
        let Some((last, reasons)) = items.split_last() else {
            return;
        };
        if !is_closing_formula(&full_text(last)) {
            return;
        }
        let texts: Vec<String> = reasons.iter().map(full_text).collect();
        if let [only] = texts.as_slice() {
            let delegation = only
                .to_lowercase()
                .starts_with("bahwa untuk melaksanakan ketentuan");
            if !delegation && let Some(node) = reasons.first() {
                let (l, c) = position(doc, node, "");
                sink.report(
                    l,
                    c,
                    "konsiderans hanya memuat satu pokok pikiran sebelum rumusan penutup",
                    "the konsiderans has only one reason before the closing formula",
                )
                .help(
                    "uraikan unsur filosofis, sosiologis, dan yuridis dalam pokok pikiran tersendiri; untuk Perda atas delegasi langsung gunakan satu konsiderans `bahwa untuk melaksanakan ketentuan Pasal ...`",
                    "state the philosophical, sociological and legal grounds as separate reasons; a Perda on a direct delegation uses the single konsiderans `bahwa untuk melaksanakan ketentuan Pasal ...`",
                );
            }
            return;
        }
        let kinds: Vec<bool> = texts.iter().map(|t| yuridis(t)).collect();
        let Some(first_y) = kinds.iter().position(|y| *y) else {
            return;
        };
        if let Some(later) = kinds
            .iter()
            .enumerate()
            .skip(first_y + 1)
            .find(|(_, y)| !**y)
            .map(|(i, _)| i)
            && let (Some(yn), Some(node)) = (reasons.get(first_y), reasons.get(later))
        {
            let (l, c) = position(doc, node, "");
            sink.report(
                l,
                c,
                format!(
                    "pokok pikiran huruf {} (unsur filosofis atau sosiologis) terletak sesudah huruf {} yang memuat unsur yuridis",
                    node.number, yn.number
                ),
                format!(
                    "reason {} (philosophical or sociological) comes after reason {}, which gives the legal ground",
                    node.number, yn.number
                ),
            )
            .help(
                "susun pokok pikiran dengan urutan unsur filosofis, sosiologis, lalu yuridis",
                "order the reasons: philosophical, sociological, then legal",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\n";
    const TAIL: &str = "Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";
    const FILOSOFIS: &str = "bahwa bekerja merupakan hak asasi manusia sebagaimana dijamin dalam Pasal 27 ayat (2) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;";
    const SOSIOLOGIS: &str =
        "bahwa banyak warga Kabupaten Jember bekerja ke luar negeri secara nonprosedural;";
    const YURIDIS_: &str = "bahwa berdasarkan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, Pemerintah Daerah bertugas memberikan pelindungan;";

    fn text(items: &[&str]) -> String {
        let mut s = String::from(HEAD);
        let mut letters = b'a'..;
        for (i, it) in items.iter().enumerate() {
            let l = char::from(letters.next().unwrap_or(b'z'));
            s.push_str(if i == 0 { "Menimbang : " } else { "" });
            s.push_str(&format!("{l}. {it}\n"));
        }
        let l = char::from(letters.next().unwrap_or(b'z'));
        s.push_str(&format!("{l}. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang X;\n{TAIL}"));
        s
    }

    #[test]
    fn flags_a_legal_reason_first_and_a_lone_reason() {
        let out = format!(
            "{}{}",
            run_text(&UnsurOrder, &text(&[YURIDIS_, SOSIOLOGIS])),
            run_text(&UnsurOrder, &text(&[SOSIOLOGIS]))
        );
        insta::assert_snapshot!(out);
    }

    #[test]
    fn accepts_the_order_uud_quotes_and_delegations() {
        assert_eq!(
            run_text(&UnsurOrder, &text(&[FILOSOFIS, SOSIOLOGIS, YURIDIS_])),
            ""
        );
        assert_eq!(run_text(&UnsurOrder, &text(&[FILOSOFIS, SOSIOLOGIS])), "");
        let delegation = "bahwa untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu diatur;";
        assert_eq!(run_text(&UnsurOrder, &text(&[delegation])), "");
    }
}
