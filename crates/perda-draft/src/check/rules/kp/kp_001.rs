//! ## What it checks
//! The last Pasal of a Perda or Peraturan Desa must state when it takes effect, in one of the
//! standard forms:
//! - `Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.` (the usual one);
//! - `... mulai berlaku pada tanggal 1 Januari 2026.` (a fixed date);
//! - `... mulai berlaku setelah 3 (tiga) bulan terhitung sejak tanggal diundangkan.`
//!
//! (`Peraturan Desa ini ...` in a Peraturan Desa.) A retroactivity clause may follow (`dan
//! berlaku surut sejak ...`; SAN-011 checks it). Reported: a last Pasal with another wording
//! (`berlaku sejak ditetapkan`), the sentence in another Pasal, or no such sentence. Only a
//! body that is complete is judged.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (ketentuan penutup, saat mulai berlaku) gives these formulas; the
//! date of entry into force must be certain, and a regulation takes effect from its
//! promulgation (diundangkan), not from its enactment (ditetapkan). The formulas were read in
//! a restatement of Lampiran II (DPR, W2 p.281) and in the Permendagri 111/2014 form for
//! Peraturan Desa; the angka number is not verified, so the rule reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 30
//! Peraturan Daerah ini berlaku sejak ditetapkan.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
//! ```

use super::super::prelude::*;
use super::{is_regional, jenis, node_line};

/// KP-001 `entry-into-force-formula`.
pub struct EntryIntoForceFormula;

static META: RuleMeta = RuleMeta {
    code: "KP-001",
    name: "entry-into-force-formula",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pasal terakhir menyatakan saat mulai berlaku dengan rumusan baku",
        en: "The last Pasal states the entry into force in a standard formula",
    },
    source: "Lampiran II UU 12/2011, ketentuan penutup (saat mulai berlaku); Permendagri 111/2014 Lampiran",
    file: include_str!("kp_001.rs"),
};

static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"Peraturan (?:Daerah|Desa) ini mulai berlaku (?:pada tanggal diundangkan|pada tanggal \d{1,2} [A-Z][a-z]+ \d{4}|setelah \d+ \([a-z ]+\) (?:hari|bulan|tahun) terhitung sejak tanggal diundangkan)(?:,? dan (?:berlaku surut|mempunyai daya laku surut)[^.]*)?\.",
    )
});

/// A sentence that opens with `Peraturan Daerah ini (mulai) berlaku` (group 1).
static SAYS_IN_FORCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.:]\s+|^\(\d+\)\s+)(Peraturan\s+(?:Daerah|Desa)\s+ini\s+(?:mulai\s+)?berlaku\b[^.]*\.?)",
    )
});

fn says_in_force(text: &str) -> Option<&str> {
    SAYS_IN_FORCE
        .captures(text.trim())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

impl Rule for EntryIntoForceFormula {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_regional(doc) || !doc.body_complete() {
            return;
        }
        let Some(last) = doc.articles().last() else {
            return;
        };
        let Some(line) = node_line(doc, last) else {
            return;
        };
        let text = last.full_text();
        if FORMULA.is_match(&text) {
            return;
        }
        let jenis = jenis(doc);
        let expected = format!("{jenis} ini mulai berlaku pada tanggal diundangkan.");
        let raw = if let Some(sentence) = says_in_force(&text) {
            sink.at(
                line,
                format!(
                    "rumusan saat mulai berlaku dalam Pasal {} tidak baku: `{}`",
                    last.number, sentence
                ),
                format!(
                    "the entry-into-force sentence of Pasal {} is not in a standard form: `{}`",
                    last.number, sentence
                ),
            )
        } else if let Some(other) = doc
            .articles()
            .find(|a| FORMULA.is_match(&a.full_text()))
            .or_else(|| {
                doc.articles()
                    .find(|a| says_in_force(&a.full_text()).is_some())
            })
        {
            sink.at(
                line,
                format!(
                    "saat mulai berlaku dinyatakan dalam Pasal {}, bukan dalam Pasal terakhir (Pasal {})",
                    other.number, last.number
                ),
                format!(
                    "the entry into force is stated in Pasal {}, not in the last Pasal (Pasal {})",
                    other.number, last.number
                ),
            )
        } else {
            sink.at(
                line,
                format!(
                    "{jenis} tidak menyatakan saat mulai berlakunya (Pasal terakhir: Pasal {})",
                    last.number
                ),
                format!(
                    "the regulation does not state when it takes effect (last Pasal: Pasal {})",
                    last.number
                ),
            )
        };
        raw.help(
            format!("rumuskan Pasal terakhir: \"{expected}\" (atau tanggal tertentu, atau \"setelah ... terhitung sejak tanggal diundangkan\")"),
            format!("make the last Pasal read: \"{expected}\" (or a fixed date, or \"setelah ... terhitung sejak tanggal diundangkan\")"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_nonstandard_missing_or_misplaced_formula() {
        let wrong = PERDA.replace(
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
            "Peraturan Daerah ini berlaku sejak ditetapkan.",
        );
        insta::assert_snapshot!("wrong", run_text(&EntryIntoForceFormula, &wrong));
        let misplaced = PERDA.replace(
            "Pasal 6\nPeraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.\nPasal 7\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n",
            "Pasal 6\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nPasal 7\nPeraturan Daerah ini dapat disebut Peraturan Daerah tentang Pelindungan Pekerja Migran.\n",
        );
        insta::assert_snapshot!("misplaced", run_text(&EntryIntoForceFormula, &misplaced));
    }

    #[test]
    fn accepts_the_three_forms_and_a_perdes() {
        assert_eq!(run_text(&EntryIntoForceFormula, PERDA), "");
        for form in [
            "Peraturan Daerah ini mulai berlaku pada tanggal 1 Januari 2027.",
            "Peraturan Daerah ini mulai berlaku setelah 3 (tiga) bulan terhitung sejak tanggal diundangkan.",
            "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan dan berlaku surut sejak tanggal 1 Januari 2026.",
        ] {
            let text = PERDA.replace(
                "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.",
                form,
            );
            assert_eq!(run_text(&EntryIntoForceFormula, &text), "", "{form}");
        }
        let perdes = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPemerintah Desa mendata warga yang akan bekerja ke luar negeri.\nPasal 2\nPeraturan Desa ini mulai berlaku pada tanggal diundangkan.\n";
        assert_eq!(run_text(&EntryIntoForceFormula, perdes), "");
    }
}
