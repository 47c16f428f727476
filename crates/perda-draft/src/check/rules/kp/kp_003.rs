//! ## What it checks
//! How the body revokes other regulations:
//! - a general revocation clause (`semua ketentuan yang bertentangan dengan Peraturan Daerah
//!   ini dinyatakan tidak berlaku`, `segala peraturan ... yang bertentangan ... dicabut`);
//! - in a Perda, a sentence revoking a named Perda (`Peraturan Daerah Kabupaten ... Nomor n
//!   Tahun y ... dicabut`) that lacks its Lembaran Daerah data in parentheses, or does not use
//!   `dicabut dan dinyatakan tidak berlaku`.
//!
//! Transitional sentences keeping older rules in force (`... dinyatakan masih berlaku
//! sepanjang tidak bertentangan ...`) are not revocations and are not reported.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 (pencabutan) requires every revoked regulation to be named
//! expressly, with its gazette data, and revoked with "dicabut dan dinyatakan tidak
//! berlaku"; a general clause leaves the reader to decide what is revoked, which the law
//! does not allow. The rule was read in a restatement of Lampiran II (DPR, W2 p.279); the
//! angka number is not verified, so it reports warnings.
//!
//! ## Example
//! ```text
//! Pasal 30
//! Dengan berlakunya Peraturan Daerah ini, semua ketentuan yang bertentangan dengan Peraturan
//! Daerah ini dinyatakan tidak berlaku.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 30
//! Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3
//! Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah
//! Kabupaten Jember Tahun 2010 Nomor 3, Tambahan Lembaran Daerah Kabupaten Jember Nomor 2)
//! dicabut dan dinyatakan tidak berlaku.
//! ```

use super::super::prelude::*;
use super::super::san::{report_in, units};

/// KP-003 `explicit-revocation`.
pub struct ExplicitRevocation;

static META: RuleMeta = RuleMeta {
    code: "KP-003",
    name: "explicit-revocation",
    group: Group::ClosingProvisions,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Pencabutan menyebut setiap peraturan yang dicabut beserta data lembarannya, dengan rumusan \"dicabut dan dinyatakan tidak berlaku\"",
        en: "A revocation names each revoked regulation with its gazette data and says \"dicabut dan dinyatakan tidak berlaku\"",
    },
    source: "Lampiran II UU 12/2011, pencabutan",
    file: include_str!("kp_003.rs"),
};

static GENERAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:segala|semua|seluruh)\s+(?:ketentuan|peraturan)[^.]*\bbertentangan\b[^.]*\b(?:dicabut|tidak\s+berlaku)\b",
    )
});

static NAMED_PERDA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bPeraturan\s+Daerah\s+(?:Provinsi|Propinsi|Kabupaten|Kota)\b[^.;]{0,120}?\bNomor\s+\d+\s+Tahun\s+\d{4}",
    )
});

static REVOKES: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bdicabut\b|\bdinyatakan\s+tidak\s+berlaku\b"));

static ALREADY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:telah|yang|sudah)\s+dicabut\b|\bsepanjang\s+tidak\s+bertentangan\b|\btetap\s+berlaku\b|\bsampai\s+(?:dengan\s+)?(?:\w+\s+){0,3}?dicabut\b",
    )
});

impl Rule for ExplicitRevocation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let perda = super::super::san::is_perda(doc);
        for unit in units(doc) {
            if let Some(m) = GENERAL.find(&unit.text) {
                if let Some(r) = report_in(
                    sink,
                    doc,
                    unit.node,
                    m.as_str(),
                    format!(
                        "Pasal {} memuat pencabutan umum (`{}`); peraturan yang dicabut harus disebut secara tegas",
                        unit.article.number,
                        m.as_str()
                    ),
                    format!(
                        "Pasal {} revokes in general terms (`{}`); each revoked regulation must be named",
                        unit.article.number,
                        m.as_str()
                    ),
                ) {
                    r.help(
                        "sebut setiap peraturan yang dicabut: \"Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah ... Nomor ... Tahun ... tentang ... (Lembaran Daerah ... Tahun ... Nomor ...) dicabut dan dinyatakan tidak berlaku.\"",
                        "name each revoked regulation: \"Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah ... Nomor ... Tahun ... tentang ... (Lembaran Daerah ... Tahun ... Nomor ...) dicabut dan dinyatakan tidak berlaku.\"",
                    );
                }
                continue;
            }
            if !perda || !REVOKES.is_match(&unit.text) || ALREADY.is_match(&unit.text) {
                continue;
            }
            let Some(named) = NAMED_PERDA.find(&unit.text) else {
                continue;
            };
            let mut missing_id = Vec::new();
            let mut missing_en = Vec::new();
            if !unit.text.contains("(Lembaran Daerah") {
                missing_id.push("data Lembaran Daerah dalam tanda kurung");
                missing_en.push("its Lembaran Daerah data in parentheses");
            }
            if !unit.text.contains("dicabut dan dinyatakan tidak berlaku") {
                missing_id.push("rumusan \"dicabut dan dinyatakan tidak berlaku\"");
                missing_en.push("the words \"dicabut dan dinyatakan tidak berlaku\"");
            }
            if missing_id.is_empty() {
                continue;
            }
            if let Some(r) = report_in(
                sink,
                doc,
                unit.node,
                named.as_str(),
                format!(
                    "pencabutan `{}` dalam Pasal {} tidak memuat {}",
                    named.as_str(),
                    unit.article.number,
                    missing_id.join(" dan ")
                ),
                format!(
                    "the revocation of `{}` in Pasal {} lacks {}",
                    named.as_str(),
                    unit.article.number,
                    missing_en.join(" and ")
                ),
            ) {
                r.help(
                    "rumuskan: \"Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah ... Nomor ... Tahun ... tentang ... (Lembaran Daerah ... Tahun ... Nomor ..., Tambahan Lembaran Daerah ... Nomor ...) dicabut dan dinyatakan tidak berlaku.\"",
                    "write: \"Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah ... Nomor ... Tahun ... tentang ... (Lembaran Daerah ... Tahun ... Nomor ..., Tambahan Lembaran Daerah ... Nomor ...) dicabut dan dinyatakan tidak berlaku.\"",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA;
    use super::*;
    use crate::check::testing::run_text;

    const REVOCATION: &str = "Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia (Lembaran Daerah Kabupaten Jember Tahun 2010 Nomor 3, Tambahan Lembaran Daerah Kabupaten Jember Nomor 2) dicabut dan dinyatakan tidak berlaku.";

    #[test]
    fn flags_general_and_incomplete_revocations() {
        let bad = PERDA.replace(
            REVOCATION,
            "Pada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia dicabut.\nPasal 5A\nDengan berlakunya Peraturan Daerah ini, semua ketentuan yang bertentangan dengan Peraturan Daerah ini dinyatakan tidak berlaku.",
        );
        insta::assert_snapshot!(run_text(&ExplicitRevocation, &bad));
    }

    #[test]
    fn accepts_the_formula_and_transitional_rules() {
        assert_eq!(run_text(&ExplicitRevocation, PERDA), "");
        let keep = PERDA.replace(
            REVOCATION,
            "Semua peraturan pelaksanaan Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia dinyatakan masih tetap berlaku sepanjang tidak bertentangan dengan Peraturan Daerah ini.",
        );
        assert_eq!(run_text(&ExplicitRevocation, &keep), "");
        let until = PERDA.replace(
            REVOCATION,
            "Izin yang diterbitkan berdasarkan Peraturan Daerah Kabupaten Jember Nomor 3 Tahun 2010 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia dinyatakan tetap berlaku sampai izin tersebut dicabut.",
        );
        assert_eq!(run_text(&ExplicitRevocation, &until), "");
    }
}
