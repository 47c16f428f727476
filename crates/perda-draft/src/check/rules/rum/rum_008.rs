//! ## What it checks
//! Prohibitions and obligations worded with `barangsiapa` / `barang siapa`, `tidak
//! diperbolehkan` or `diharuskan` in the batang tubuh.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II, Bab III (ragam bahasa) expresses a prohibition with `dilarang`
//! and an obligation with `wajib`; the subject of a provision that applies to anyone is
//! `Setiap Orang` (Lampiran II on ketentuan pidana). `Barangsiapa` is the wording of the
//! old Dutch-era codes. The angka is from a secondary restatement (Basis S).
//!
//! ## Example
//! ```text
//! Pasal 12
//! Barangsiapa menempatkan Pekerja Migran Indonesia tanpa izin tidak diperbolehkan
//! memungut biaya.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 12
//! Setiap Orang dilarang menempatkan Pekerja Migran Indonesia tanpa izin.
//! ```

use super::super::prelude::*;
use super::{body_units, locate, texts};

/// RUM-008 `prohibition-obligation-wording`.
pub struct ProhibitionObligationWording;

static META: RuleMeta = RuleMeta {
    code: "RUM-008",
    name: "prohibition-obligation-wording",
    group: Group::Wording,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Larangan dirumuskan dengan `dilarang`, kewajiban dengan `wajib`; hindari `barangsiapa`, `tidak diperbolehkan`, `diharuskan`",
        en: "Prohibitions use `dilarang`, obligations `wajib`; avoid `barangsiapa`, `tidak diperbolehkan`, `diharuskan`",
    },
    source: "UU 12/2011 Lampiran II Bab III (ragam bahasa)",
    file: include_str!("rum_008.rs"),
};

static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b([Bb]arang ?siapa|BARANG ?SIAPA)\b|\b([Tt]idak diperbolehkan)\b|\b(diharuskan)\b")
});

impl Rule for ProhibitionObligationWording {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        for u in body_units(doc) {
            for hay in texts(u.node) {
                for c in WORDS.captures_iter(hay) {
                    let Some(m) = c.get(0) else { continue };
                    let (id, en) = if c.get(1).is_some() {
                        (
                            "gunakan `Setiap Orang` (atau `setiap orang`) sebagai subjek, dan `dilarang` atau `wajib` untuk normanya",
                            "use `Setiap Orang` (or `setiap orang`) as the subject, and `dilarang` or `wajib` for the norm",
                        )
                    } else if c.get(2).is_some() {
                        ("gunakan `dilarang`", "use `dilarang`")
                    } else {
                        ("gunakan `wajib`", "use `wajib`")
                    };
                    let Some((line, at)) = locate(doc, u.node, hay, m.start(), m.end()) else {
                        continue;
                    };
                    sink.at_offset(
                        line,
                        at,
                        format!("norma dirumuskan dengan `{}`", m.as_str()),
                        format!("a norm is worded with `{}`", m.as_str()),
                    )
                    .help(id, en);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::perda;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_old_wording() {
        let bad = "Pasal 12\n(1) Barangsiapa menempatkan Pekerja Migran Indonesia tanpa izin dipidana.\n(2) Perusahaan tidak diperbolehkan memungut biaya dan diharuskan melapor.\n";
        insta::assert_snapshot!(run_text(&ProhibitionObligationWording, &perda(bad)));
    }

    #[test]
    fn accepts_dilarang_and_wajib() {
        let good = "Pasal 12\n(1) Setiap Orang dilarang menempatkan Pekerja Migran Indonesia tanpa izin.\n(2) Perusahaan wajib melapor; keharusan dan kebarangsiapaan bukan kata norma.\n";
        assert_eq!(run_text(&ProhibitionObligationWording, &perda(good)), "");
    }
}
