//! ## What it checks
//! A sentence of the body that makes the (prospective) migrant worker or the worker's family
//! pay a placement cost: a placement-related cost (`biaya penempatan`, `biaya pelatihan`,
//! `biaya pengurusan dokumen`, `retribusi`, `pungutan`, ...) that is
//! - `dibebankan` / `ditanggung` / `dibayar` / `dipungut` / `dikenakan` ... `kepada` / `oleh`
//!   / `dari` the (Calon) Pekerja Migran Indonesia, CPMI, PMI, (Calon) TKI, CTKI or
//!   `keluarganya`;
//! - paid by the worker as subject (`Calon Pekerja Migran Indonesia wajib membayar biaya
//!   ...`, `CTKI dikenakan retribusi ...`);
//! - charged to the worker by someone (`P3MI memungut biaya penempatan dari Calon Pekerja
//!   Migran Indonesia`).
//!
//! The check is deliberately narrow. A sentence is not reported when it negates, forbids or
//! punishes the charge (`tidak dapat dibebani`, `dilarang membebankan`, `tanpa dipungut
//! biaya`, `dibebaskan`, `dikenai sanksi`, `dipidana`), or when the cost falls on someone
//! else (`dibebankan kepada Pemberi Kerja`, `dibebankan pada anggaran pendapatan dan belanja
//! daerah`).
//!
//! ## Why it matters
//! UU 18/2017 Pasal 30 ayat (1): "Pekerja Migran Indonesia tidak dapat dibebani biaya
//! penempatan", and Pasal 72 huruf a forbids charging the Calon Pekerja Migran Indonesia cost
//! components borne by the employer (punished by Pasal 86 huruf a). A Perda cannot make the
//! worker pay what the statute says the worker cannot be charged: such a provision conflicts
//! with higher law (UU 23/2014 Pasal 250) and is annulled. Regional levies on the worker's
//! placement (a retribusi for the recommendation letter, for instance) are the typical case.
//! For a regulation judged as of a date before 22 November 2017, when UU 39/2004 allowed
//! some costs to be charged, the finding is a warning: the text
//! followed the law of its date, but stays in force only insofar as it does not conflict with
//! UU 18/2017 (Pasal 89 huruf b).
//!
//! ## Example
//! ```text
//! Pasal 14
//! (2) Biaya pengurusan surat rekomendasi dibebankan kepada Calon Pekerja Migran Indonesia.
//! ```
//!
//! ## Instead
//! ```text
//! Pasal 14
//! (2) Calon Pekerja Migran Indonesia tidak dapat dibebani biaya pengurusan surat
//!     rekomendasi.
//! ```

use super::super::prelude::*;
use super::super::san::{Unit, report_in, units};
use super::{applies, era};

/// PMI-004 `no-placement-costs-on-workers`.
pub struct NoPlacementCostsOnWorkers;

static META: RuleMeta = RuleMeta {
    code: "PMI-004",
    name: "no-placement-costs-on-workers",
    group: Group::MigrantWorkers,
    family: Family::Legality,
    severity: Severity::Error,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan",
        en: "Migrant workers cannot be charged placement costs",
    },
    source: "UU 18/2017 Pasal 30 ayat (1) dan Pasal 72 huruf a",
    file: include_str!("pmi_004.rs"),
};

/// The worker (or the family) as written in a Perda, old and new terms.
const WORKER: &str = r"(?:(?:Calon\s+)?Pekerja\s+Migran\s+Indonesia|(?:Calon\s+)?Tenaga\s+Kerja\s+Indonesia|calon\s+pekerja\s+migran|pekerja\s+migran|[Cc]alon\s+(?:PMI|TKI)|CPMI|PMI|CTKI|TKI|keluarga(?:nya)?)";

/// A levy named in the sentence.
static LEVY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bretribusi\b|\bpungutan\b"));

/// A cost named in the sentence.
static COST: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:biaya|tarif)\b"));

/// What makes a cost a placement cost: the placement and the services and documents it
/// needs.
static PLACEMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:penempatan|pelatihan|pemeriksaan|pengurusan|pembuatan|penerbitan|rekomendasi|pendaftaran|perekrutan|dokumen|keberangkatan|visa|paspor|tiket|transportasi|akomodasi|sertifikasi|legalisasi|administrasi)\b",
    )
});

/// Whether a sentence names a placement cost or a levy.
fn names_a_cost(s: &str) -> bool {
    LEVY.is_match(s) || (COST.is_match(s) && PLACEMENT.is_match(s))
}

/// Words that negate, forbid or punish the charge.
static NOT_A_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:tidak|dilarang|larangan|bebas|tanpa|dibebaskan|pembebasan|gratis|bukan|sanksi|dipidana|pidana)\b",
    )
});

/// The three shapes of a charge on the worker.
static CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:dibebankan|ditanggung|dibayar|dipungut|ditarik|dikenakan|dikenai|dibiayai)\s+(?:sepenuhnya\s+|seluruhnya\s+)?(?:oleh|kepada|dari|pada|bagi|terhadap)\s*:?\s*(?:[a-z0-9]\.\s+)?(?:(?:setiap|masing-masing|para|seluruh)\s+)?(?:[^.;:]{{0,40}}?\s(?:dan|serta|dan/atau|atau)\s+)?{WORKER}\b|\b{WORKER}\b[^.;]{{0,80}}?\b(?:(?:wajib|harus|diwajibkan)\s+(?:untuk\s+)?(?:membayar|menanggung|melunasi)|membayar|menanggung|melunasi|dibebani|dikenai|dikenakan|dipungut)\s+(?:sebesar\s+)?(?:biaya|retribusi|pungutan|tarif)\b|\b(?:memungut|menarik|membebankan|mengenakan|meminta)\s+[^.;]{{0,80}}?\s(?:kepada|dari|pada|bagi|terhadap)\s+(?:(?:setiap|para)\s+)?{WORKER}\b"
    ))
});

/// The sentences of a unit: split after a `.` that is followed by a space and a capital
/// letter (a `.` inside `Rp50.000,00` is not).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c != '.' {
            continue;
        }
        let next = text.get(i + 1..).unwrap_or("");
        let trimmed = next.trim_start();
        if next.len() != trimmed.len() && trimmed.chars().next().is_some_and(char::is_uppercase) {
            out.push(text.get(start..=i).unwrap_or(""));
            start = i + 1;
        }
    }
    out.push(text.get(start..).unwrap_or(""));
    out
}

/// The charges on workers in a document's body, whatever its kind: (unit, matched words).
fn charges<'a>(doc: &'a Document) -> Vec<(Unit<'a>, String)> {
    let mut out = Vec::new();
    for unit in units(doc) {
        let found = sentences(&unit.text).into_iter().find_map(|s| {
            if NOT_A_CHARGE.is_match(s) || !names_a_cost(s) {
                return None;
            }
            CHARGE.find(s).map(|m| m.as_str().to_string())
        });
        if let Some(words) = found {
            out.push((unit, words));
        }
    }
    out
}

impl Rule for NoPlacementCostsOnWorkers {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !applies(doc) {
            return;
        }
        for (unit, words) in charges(doc) {
            let Some(raw) = report_in(
                sink,
                doc,
                unit.node,
                &words,
                format!(
                    "Pasal {} membebankan biaya kepada (Calon) Pekerja Migran Indonesia atau keluarganya (`{words}`), padahal Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan",
                    unit.article.number
                ),
                format!(
                    "Pasal {} makes the (prospective) migrant worker or the family pay (`{words}`), but migrant workers cannot be charged placement costs",
                    unit.article.number
                ),
            ) else {
                continue;
            };
            raw.help(
                "hapus pembebanan itu atau alihkan biaya kepada Pemberi Kerja atau anggaran daerah; Pasal 30 ayat (1) UU 18/2017: \"Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan\"",
                "drop the charge or put the cost on the employer or the regional budget; UU 18/2017 Pasal 30 ayat (1): \"Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan\"",
            );
            era(doc, raw);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{CLEAN, uu_18_2017};
    use super::*;
    use crate::check::testing::{doc, run_text};

    const HEAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\n";

    fn with_body(body: &str) -> String {
        format!(
            "{HEAD}{body}Pasal 9\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n"
        )
    }

    #[test]
    fn flags_costs_charged_to_workers() {
        let body = "Pasal 1\n(1) Biaya pengurusan surat rekomendasi dibebankan kepada Calon Pekerja Migran Indonesia.\n(2) Setiap CTKI yang memperoleh surat rekomendasi dikenakan retribusi sebesar Rp50.000,00 (lima puluh ribu rupiah).\nPasal 2\nBiaya penempatan ditanggung oleh Pemberi Kerja dan Calon Pekerja Migran Indonesia.\nPasal 3\nPerusahaan Penempatan Pekerja Migran Indonesia memungut biaya penempatan dari Calon Pekerja Migran Indonesia sesuai dengan struktur biaya yang ditetapkan.\nPasal 4\nBiaya pelatihan kerja dibebankan kepada keluarga Calon Pekerja Migran Indonesia.\nPasal 5\nCalon Pekerja Migran Indonesia wajib membayar biaya pemeriksaan kesehatan.\nPasal 6\nSetiap CTKI yang mengajukan permohonan Surat Rekomendasi dikenakan biaya administrasi sebesar Rp. 50.000,- (lima puluh ribu rupiah) yang dibayar oleh CTKI yang bersangkutan.\n";
        insta::assert_snapshot!(run_text(&NoPlacementCostsOnWorkers, &with_body(body)));
    }

    #[test]
    fn accepts_prohibitions_exemptions_and_costs_borne_by_others() {
        assert_eq!(run_text(&NoPlacementCostsOnWorkers, CLEAN), "");
        for ok in [
            "Pekerja Migran Indonesia tidak dapat dibebani biaya penempatan.",
            "Setiap orang dilarang membebankan biaya penempatan kepada Calon Pekerja Migran Indonesia.",
            "Perusahaan Penempatan Pekerja Migran Indonesia dilarang memungut biaya pengurusan dokumen dari Calon Pekerja Migran Indonesia.",
            "Biaya penempatan Pekerja Migran Indonesia dibebankan kepada Pemberi Kerja.",
            "Biaya pelatihan Calon Pekerja Migran Indonesia dibebankan pada anggaran pendapatan dan belanja daerah.",
            "Pemerintah Daerah menanggung biaya pelatihan Calon Pekerja Migran Indonesia.",
            "Calon Pekerja Migran Indonesia dibebaskan dari biaya penempatan.",
            "Calon Pekerja Migran Indonesia memperoleh pelatihan kerja tanpa dipungut biaya.",
            "Setiap orang yang memungut biaya penempatan dari Calon Pekerja Migran Indonesia dipidana dengan pidana denda paling banyak kategori III.",
            "Pekerja Migran Indonesia wajib membayar iuran Jaminan Sosial sesuai dengan ketentuan peraturan perundang-undangan.",
            "Pemerintah Desa memungut retribusi pasar dari pedagang.",
        ] {
            let text = with_body(&format!("Pasal 1\n{ok}\n"));
            assert_eq!(run_text(&NoPlacementCostsOnWorkers, &text), "", "{ok}");
        }
    }

    #[test]
    fn the_statute_itself_charges_nobody() {
        // UU 18/2017 is outside the group, but its own wording (Pasal 30, 72, 86) must not
        // read as a charge either.
        assert!(charges(&uu_18_2017()).is_empty());
        assert!(charges(&doc(CLEAN)).is_empty());
    }

    #[test]
    fn splits_sentences_after_a_word() {
        assert_eq!(
            sentences(
                "Biaya dibebankan kepada CPMI. Bagi yang tidak mampu, biaya ditanggung Daerah."
            ),
            vec![
                "Biaya dibebankan kepada CPMI.",
                " Bagi yang tidak mampu, biaya ditanggung Daerah."
            ]
        );
        assert_eq!(sentences("Rp50.000,00 (lima puluh ribu rupiah).").len(), 1);
    }
}
