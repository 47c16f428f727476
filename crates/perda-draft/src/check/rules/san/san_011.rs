//! ## What it checks
//! A regulation with criminal provisions whose body makes it retroactive (`berlaku surut`)
//! without excluding the criminal provisions from the retroactivity in the same Pasal
//! (`..., kecuali ketentuan pidana`).
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan pidana, Lampiran hlm. 40; mulai berlaku): a regulation
//! may be given retroactive effect, but its criminal provisions may not — nobody may be
//! punished for conduct that was not an offence when it was done (UUD 1945 Pasal 28I ayat
//! (1); KUHP Pasal 1). The Pasal that declares retroactivity must therefore say that it does
//! not apply to the criminal provisions.
//!
//! ## Example
//! ```text
//! Pasal 25
//! Peraturan Daerah ini mulai berlaku pada tanggal diundangkan dan berlaku surut sejak tanggal
//! 1 Januari 2025.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 25
//! Peraturan Daerah ini mulai berlaku pada tanggal diundangkan dan berlaku surut sejak tanggal
//! 1 Januari 2025, kecuali ketentuan pidana sebagaimana dimaksud dalam Pasal 20.
//! ```

use super::super::prelude::*;
use super::{CRIMINAL, report_in, units};

/// SAN-011 `retroactivity-excludes-criminal`.
pub struct RetroactivityExcludesCriminal;

static META: RuleMeta = RuleMeta {
    code: "SAN-011",
    name: "retroactivity-excludes-criminal",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Pemberlakuan surut tidak berlaku bagi ketentuan pidana",
        en: "Retroactive effect must exclude the criminal provisions",
    },
    source: "Lampiran II UU 12/2011, ketentuan pidana, Lampiran hlm. 40; mulai berlaku",
    file: include_str!("san_011.rs"),
};

static SURUT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(tidak\s+)?berlaku\s+surut\b"));

static EXCLUDES_PIDANA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:kecuali|dikecualikan|tidak\s+berlaku\s+(?:bagi|untuk|terhadap))\b[^.]{0,60}\bpidana\b",
    )
});

impl Rule for RetroactivityExcludesCriminal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if doc.info.is_desa() {
            return;
        }
        let all = units(doc);
        let has_criminal = all.iter().any(|u| CRIMINAL.is_match(&u.text))
            || doc.chapters().any(|c| {
                c.heading
                    .as_deref()
                    .is_some_and(|h| h.to_uppercase().contains("KETENTUAN PIDANA"))
            });
        if !has_criminal {
            return;
        }
        for unit in &all {
            let Some(caps) = SURUT.captures_iter(&unit.text).find(|c| c.get(1).is_none()) else {
                continue;
            };
            let article_text = unit.article.full_text();
            if EXCLUDES_PIDANA.is_match(&article_text) {
                continue;
            }
            let Some(m) = caps.get(0) else {
                continue;
            };
            if let Some(r) = report_in(
                sink,
                doc,
                unit.node,
                m.as_str(),
                format!(
                    "Pasal {} memberlakukan surut peraturan ini tanpa mengecualikan ketentuan pidana",
                    unit.article.number
                ),
                format!(
                    "Pasal {} makes the regulation retroactive without excluding its criminal provisions",
                    unit.article.number
                ),
            ) {
                r.help(
                    "tambahkan \", kecuali ketentuan pidana sebagaimana dimaksud dalam Pasal ...\"",
                    "add \", kecuali ketentuan pidana sebagaimana dimaksud dalam Pasal ...\" (except the criminal provisions)",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA_B;
    use super::*;
    use crate::check::testing::run_text;

    const RETRO: &str = "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan dan berlaku surut sejak tanggal 1 Januari 2025.";

    #[test]
    fn flags_retroactivity_that_reaches_criminal_provisions() {
        let bad = PERDA_B.replace(
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
            RETRO,
        );
        insta::assert_snapshot!(run_text(&RetroactivityExcludesCriminal, &bad));
    }

    #[test]
    fn accepts_the_exception_and_regulations_without_penalties() {
        let ok = PERDA_B.replace(
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
            &RETRO.replace(
                ".",
                ", kecuali ketentuan pidana sebagaimana dimaksud dalam Pasal 4.",
            ),
        );
        assert_eq!(run_text(&RetroactivityExcludesCriminal, &ok), "");
        let no_penalty = PERDA_B
            .replace("BAB IV\nKETENTUAN PIDANA\nPasal 4\n(1) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud dalam Pasal 2 dipidana dengan pidana denda paling banyak kategori III.\n(2) Selain dipidana sebagaimana dimaksud pada ayat (1), pelaku wajib memulihkan sungai.\n", "")
            .replace("Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.", RETRO);
        assert_eq!(run_text(&RetroactivityExcludesCriminal, &no_penalty), "");
        let negated = PERDA_B.replace(
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan dan tidak berlaku surut.",
        );
        assert_eq!(run_text(&RetroactivityExcludesCriminal, &negated), "");
    }
}
