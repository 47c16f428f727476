//! ## What it checks
//! A Peraturan Desa that contains criminal provisions: a BAB `KETENTUAN PIDANA`, or a
//! sentence threatening `dipidana` / `pidana kurungan` / `pidana penjara` / `pidana denda`.
//!
//! ## Why it matters
//! Only an Undang-Undang, a Perda Provinsi and a Perda Kabupaten/Kota may contain criminal
//! provisions (UU 12/2011 Pasal 15 ayat (1)). A criminal sanction in a Peraturan Desa has
//! no legal force and the regulation will be corrected or annulled in evaluation.
//!
//! ## Example
//! ```text
//! Pasal 12
//! Setiap orang yang memungut biaya pengurusan dokumen Pekerja Migran Indonesia dipidana
//! dengan pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah).
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 12
//! (1) Perangkat Desa yang memungut biaya pengurusan dokumen Pekerja Migran Indonesia
//!     dikenai sanksi administratif.
//! (2) Sanksi administratif sebagaimana dimaksud pada ayat (1) berupa:
//!     a. teguran lisan; dan
//!     b. teguran tertulis.
//! ```
//! Report conduct that is a crime under a law (for example trafficking, UU 21/2007) to the
//! police instead of threatening a penalty in the Peraturan Desa.

use super::super::prelude::*;

/// SAN-001 `no-criminal-provisions-in-perdes`.
pub struct NoCriminalProvisionsInPerdes;

static META: RuleMeta = RuleMeta {
    code: "SAN-001",
    name: "no-criminal-provisions-in-perdes",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Peraturan Desa tidak boleh memuat ketentuan pidana",
        en: "A Peraturan Desa must not contain criminal provisions",
    },
    source: "UU 12/2011 Pasal 15 ayat (1)",
    file: include_str!("san_001.rs"),
};

static PIDANA: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bdipidana\b|\bpidana (kurungan|penjara|denda)\b|^KETENTUAN PIDANA$")
});

impl Rule for NoCriminalProvisionsInPerdes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !doc.info.is_desa() {
            return;
        }
        for line in doc.segment(Segment::Body) {
            if let Some(m) = PIDANA.find(&line.text) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("Peraturan Desa memuat ketentuan pidana (`{}`)", m.as_str()),
                    format!("the Peraturan Desa contains a criminal provision (`{}`)", m.as_str()),
                )
                .help(
                    "ketentuan pidana hanya dapat dimuat dalam Undang-Undang dan Peraturan Daerah; gunakan sanksi administratif",
                    "criminal provisions belong only in an Undang-Undang or a Perda; use administrative sanctions",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DESA TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA DI DESA.\nBAB V\nKETENTUAN PIDANA\nPasal 12\nSetiap orang yang memungut biaya pengurusan dokumen dipidana dengan pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah).\n";

    #[test]
    fn flags_criminal_provisions_in_a_perdes() {
        insta::assert_snapshot!(run_text(&NoCriminalProvisionsInPerdes, BAD));
    }

    #[test]
    fn accepts_a_perda_kabupaten_and_a_perdes_without_them() {
        let perda = BAD.replace(
            "PERATURAN DESA SUKAMAJU",
            "PERATURAN DAERAH KABUPATEN JEMBER",
        );
        assert_eq!(run_text(&NoCriminalProvisionsInPerdes, &perda), "");
        let clean = BAD.replace("BAB V\nKETENTUAN PIDANA\n", "").replace(
            "dipidana dengan pidana denda paling banyak Rp5.000.000,00 (lima juta rupiah)",
            "dikenai sanksi administratif",
        );
        assert_eq!(run_text(&NoCriminalProvisionsInPerdes, &clean), "");
    }
}
