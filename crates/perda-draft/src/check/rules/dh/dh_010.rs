//! ## What it checks
//! The Lembaran Negara year and number and the Tambahan number cited for frequently cited
//! laws, against the table of drafting-rules.md §5 (kept in `rules/dh/mod.rs`, `GAZETTED`):
//! UU 8/1981, 39/1999, 13/2003, 17/2003, 21/2007, 12/2011, 6/2014, 23/2014, 35/2014,
//! 9/2015, 15/2019, 1/2022, 13/2022, 18/2017, 1/2023, 6/2023. Each entry carries its
//! verification mark; only entries marked V produce an error, the others at most a warning
//! that says the table entry is unverified.
//!
//! ## Why it matters
//! The Lembaran Negara and its Tambahan are where the official text is found; a wrong
//! number points to another law. The numbers themselves are the Lembaran Negara's (V
//! entries were read in official texts or several enacted regulations; S and I entries in
//! one secondary source or from memory). The rule's basis is marked V so that verified
//! entries can report errors; unverified entries are capped by the rule itself.
//!
//! ## Example
//! ```text
//! 2. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (Lembaran Negara Republik
//!    Indonesia Tahun 2003 Nomor 93, Tambahan Lembaran Negara Republik Indonesia Nomor 4279);
//! ```
//!
//! ## Instead
//! ```text
//! 2. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (Lembaran Negara Republik
//!    Indonesia Tahun 2003 Nomor 39, Tambahan Lembaran Negara Republik Indonesia Nomor 4279);
//! ```

use super::super::prelude::*;
use super::{GAZETTED, Jenis, Mark, at, bases, units};

/// DH-010 `gazette-numbers`.
pub struct GazetteNumbers;

static META: RuleMeta = RuleMeta {
    code: "DH-010",
    name: "gazette-numbers",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Nomor Lembaran Negara dan Tambahan Lembaran Negara undang-undang yang sering dirujuk sesuai dengan nomor resmi",
        en: "Gazette numbers of frequently cited laws match the official numbers",
    },
    source: "Lembaran Negara Republik Indonesia (drafting-rules.md §5; I, table partly V)",
    file: include_str!("dh_010.rs"),
};

static LN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bLembaran\s+Negara(?:\s+Republik\s+Indonesia)?\s+Tahun\s+(\d{4})\s+Nomor\s+(\d+)")
});
static TLN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bTambahan\s+Lembaran\s+Negara(?:\s+Republik\s+Indonesia)?\s+Nomor\s+(\d+)")
});

impl Rule for GazetteNumbers {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        for b in bases(doc) {
            for u in units(&b.text) {
                let (Some(g), o) = (&u.gazette, &u.owner) else {
                    continue;
                };
                if o.jenis != Jenis::Uu {
                    continue;
                }
                let Some(entry) = GAZETTED
                    .iter()
                    .find(|e| o.num() == Some(e.number) && o.year == e.year)
                else {
                    continue;
                };
                let ln = LN.captures(&g.inner).and_then(|c| {
                    Some((
                        c.get(1)?.as_str().parse::<i32>().ok()?,
                        c.get(2)?.as_str().parse::<u32>().ok()?,
                    ))
                });
                let tln = TLN
                    .captures(&g.inner)
                    .and_then(|c| c.get(1)?.as_str().parse::<u32>().ok());
                let mut wrong = Vec::new();
                if let Some((y, n)) = ln
                    && (y, n) != entry.ln
                {
                    wrong.push(format!("Lembaran Negara Tahun {y} Nomor {n}"));
                }
                if let Some(t) = tln
                    && t != entry.tln
                {
                    wrong.push(format!("Tambahan Lembaran Negara Nomor {t}"));
                }
                if wrong.is_empty() {
                    continue;
                }
                let official = format!(
                    "Lembaran Negara Republik Indonesia Tahun {} Nomor {}, Tambahan Lembaran Negara Republik Indonesia Nomor {}",
                    entry.ln.0, entry.ln.1, entry.tln
                );
                let (note_id, note_en) = match entry.mark {
                    Mark::V => ("", ""),
                    Mark::S | Mark::I => (
                        " (entri tabel rujukan belum terverifikasi; periksa pada Lembaran Negara)",
                        " (the reference table entry is unverified; check the Lembaran Negara)",
                    ),
                };
                let (l, c) = at(doc, &b, &g.inner);
                let raw = sink.report(
                    l,
                    c,
                    format!(
                        "`{}` dicantumkan dengan {}, sedangkan tabel rujukan mencatat {official}{note_id}",
                        o.written,
                        wrong.join(" dan ")
                    ),
                    format!(
                        "`{}` is cited with {}, the reference table gives {official}{note_en}",
                        o.written,
                        wrong.join(" and ")
                    ),
                );
                raw.help(
                    format!(
                        "untuk UU {}/{} tentang {} tulis `({official})`",
                        entry.number, entry.year, entry.name
                    ),
                    format!(
                        "for UU {}/{} ({}) write `({official})`",
                        entry.number, entry.year, entry.name
                    ),
                );
                if entry.mark != Mark::V {
                    raw.severity(Severity::Warning);
                }
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
    fn flags_wrong_numbers_as_error_or_unverified_warning() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan (Lembaran Negara Republik Indonesia Tahun 2003 Nomor 93, Tambahan Lembaran Negara Republik Indonesia Nomor 4279);\n3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6114);\n";
        insta::assert_snapshot!(run_text(&GazetteNumbers, &with(items)));
    }

    #[test]
    fn accepts_the_official_numbers() {
        assert_eq!(run_text(&GazetteNumbers, &with(GOOD)), "");
    }
}
