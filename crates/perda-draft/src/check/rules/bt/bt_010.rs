//! ## What it checks
//! A BAB `KETENTUAN LAIN-LAIN` that holds sanctions: criminal ones (`dipidana`, `pidana
//! denda`, ...) or administrative ones (`dikenai sanksi`, `sanksi administratif`). A
//! Ketentuan Lain-lain with other content is not reported: whether that content fits no
//! other group is for the drafter to judge.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 63: a BAB Ketentuan Lain-lain is only for matter that
//! belongs to no other group. Sanctions do belong to one: administrative sanctions with the
//! norm they enforce, criminal provisions in the BAB `KETENTUAN PIDANA` (Lampiran II angka
//! 64–65). The angka is from a secondary restatement (Basis S), so the rule warns.
//!
//! ## Example
//! ```text
//! BAB X
//! KETENTUAN LAIN-LAIN
//! Pasal 35
//! Setiap Orang yang memungut biaya penempatan dikenai sanksi administratif berupa
//! pencabutan izin.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 14
//! (1) Setiap Orang dilarang memungut biaya penempatan.
//! (2) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud pada ayat (1) dikenai
//!     sanksi administratif berupa pencabutan izin.
//! ```

use super::super::prelude::*;
use super::{at, chapter_key};

/// BT-010 `lain-lain-without-sanctions`.
pub struct LainLainWithoutSanctions;

static META: RuleMeta = RuleMeta {
    code: "BT-010",
    name: "lain-lain-without-sanctions",
    group: Group::Body,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "BAB Ketentuan Lain-lain hanya untuk materi yang tidak masuk kelompok lain, bukan untuk sanksi",
        en: "A BAB Ketentuan Lain-lain is only for matter fitting no other group, not for sanctions",
    },
    source: "UU 12/2011 Lampiran II angka 63",
    file: include_str!("bt_010.rs"),
};

static SANCTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bdipidana\b|\bpidana (denda|kurungan|penjara)\b|\bdi(kenai|kenakan) sanksi\b|\bsanksi administratif\b",
    )
});

impl Rule for LainLainWithoutSanctions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for ch in doc.chapters() {
            let key = chapter_key(ch).replace("LAIN LAIN", "LAIN-LAIN");
            if key != "KETENTUAN LAIN-LAIN" {
                continue;
            }
            let text = ch.full_text().to_lowercase();
            let Some(m) = SANCTION.find(&text) else {
                continue;
            };
            let Some((line, off)) = at(doc, ch, "BAB") else {
                continue;
            };
            sink.at_offset(
                line,
                off,
                format!("BAB {} KETENTUAN LAIN-LAIN memuat sanksi (`{}`)", ch.number, m.as_str()),
                format!("BAB {} KETENTUAN LAIN-LAIN holds sanctions (`{}`)", ch.number, m.as_str()),
            )
            .help(
                "tempatkan sanksi administratif bersama norma yang ditegakkannya dan ketentuan pidana dalam BAB KETENTUAN PIDANA",
                "put administrative sanctions with the norm they enforce and criminal provisions in a BAB KETENTUAN PIDANA",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_sanctions_in_ketentuan_lain_lain() {
        let bad = "BAB X\nKETENTUAN LAIN-LAIN\nPasal 35\nSetiap Orang yang memungut biaya penempatan dikenai sanksi administratif berupa pencabutan izin.\n";
        insta::assert_snapshot!(run_text(&LainLainWithoutSanctions, &perda(bad)));
    }

    #[test]
    fn accepts_other_content() {
        let good = "BAB X\nKETENTUAN LAIN-LAIN\nPasal 35\nPelaksanaan Peraturan Daerah ini dievaluasi setiap tahun.\n";
        assert_eq!(run_text(&LainLainWithoutSanctions, &perda(good)), "");
    }
}
