//! ## What it checks
//! Office and region forms of the pre-1999 regional government in the title, the kop, the
//! enacting office, the joint-approval formula and the signature blocks: `KEPALA DAERAH
//! TINGKAT I/II`, `DAERAH TINGKAT I/II`, `KOTAMADYA`, `WALIKOTAMADYA`. Regulations made
//! before 2000, when these forms were current, are not checked; names of old laws quoted
//! in Mengingat are not looked at.
//!
//! ## Why it matters
//! Since UU 22/1999 (and now UU 23/2014) regions are provinsi, kabupaten and kota, headed
//! by a gubernur, bupati or wali kota; the Tingkat I/II titles no longer exist. UU 12/2011
//! Lampiran II angka 15 shows the current forms (`GUBERNUR JAWA BARAT`, `BUPATI GUNUNG
//! KIDUL`, `WALIKOTA DUMAI`). A draft that keeps a legacy form was copied from an old
//! regulation. Inferred rule (basis I): warnings.
//!
//! ## Example
//! ```text
//! BUPATI KEPALA DAERAH TINGKAT II MUSI RAWAS,
//! ```
//!
//! ## Instead
//! ```text
//! BUPATI MUSI RAWAS,
//! ```

use super::super::prelude::*;
use crate::check::date::Date;
use crate::check::rules::doc::{Made, is_note, made, preamble_lines};

/// PEM-003 `no-legacy-office`.
pub struct NoLegacyOffice;

static META: RuleMeta = RuleMeta {
    code: "PEM-003",
    name: "no-legacy-office",
    group: Group::Opening,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Tidak memakai sebutan jabatan atau daerah lama (Daerah Tingkat I/II, Kotamadya)",
        en: "No legacy office or region forms (Daerah Tingkat I/II, Kotamadya)",
    },
    source: "UU 12/2011 Lampiran II angka 15 examples; UU 23/2014 (kepala daerah titles)",
    file: include_str!("pem_003.rs"),
};

static LEGACY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(KEPALA\s+DAERAH\s+TINGKAT\s+I{1,2}|DAERAH\s+TINGKAT\s+I{1,2}|WALIKOTAMADYA|KOTAMADYA)\b",
    )
});

/// 1 January 2000: regulations made from then on follow UU 22/1999.
const UU_22_1999_ERA: Date = Date {
    year: 2000,
    month: 1,
    day: 1,
};

impl Rule for NoLegacyOffice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if made(doc, UU_22_1999_ERA) != Made::After {
            return;
        }
        let title = doc.segment(Segment::Title);
        // In the opening only whole lines in capitals (office, DPRD line), not the text of
        // Menimbang and Mengingat, which may quote old laws.
        let opening = preamble_lines(doc)
            .get(title.len()..)
            .unwrap_or_default()
            .iter()
            .filter(|l| !l.text.chars().any(char::is_lowercase));
        let closing = doc
            .segment(Segment::Closing)
            .iter()
            .filter(|l| !l.text.chars().any(char::is_lowercase));
        for line in title.iter().chain(opening).chain(closing) {
            if is_note(&line.text) {
                continue;
            }
            if let Some(m) = LEGACY.find(&line.text) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("sebutan lama `{}` tidak dipakai lagi", m.as_str()),
                    format!("the legacy form `{}` is no longer used", m.as_str()),
                )
                .help(
                    "gunakan sebutan menurut UU 23/2014: `GUBERNUR <PROVINSI>`, `BUPATI <KABUPATEN>`, `WALI KOTA <KOTA>`; `KABUPATEN`/`KOTA` tanpa `DAERAH TINGKAT II`",
                    "use the forms of UU 23/2014: `GUBERNUR <PROVINSI>`, `BUPATI <KABUPATEN>`, `WALI KOTA <KOTA>`; `KABUPATEN`/`KOTA` without `DAERAH TINGKAT II`",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN MUSI RAWAS\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI KEPALA DAERAH TINGKAT II MUSI RAWAS,\nMenimbang : bahwa x;\nMengingat : 1. Undang-Undang Nomor 28 Tahun 1959 tentang Pembentukan Daerah Tingkat II dan Kotamadya di Sumatera Selatan;\n";

    #[test]
    fn flags_legacy_offices_in_a_draft() {
        insta::assert_snapshot!(run_text(&NoLegacyOffice, BAD));
    }

    #[test]
    fn skips_old_regulations_and_quoted_law_titles() {
        let old = BAD
            .replace("RANCANGAN\n", "")
            .replace("NOMOR ... TAHUN ...", "NOMOR 4 TAHUN 1991");
        assert_eq!(run_text(&NoLegacyOffice, &old), "");
        let good = BAD.replace(
            "BUPATI KEPALA DAERAH TINGKAT II MUSI RAWAS,",
            "BUPATI MUSI RAWAS,",
        );
        assert_eq!(run_text(&NoLegacyOffice, &good), "");
    }
}
