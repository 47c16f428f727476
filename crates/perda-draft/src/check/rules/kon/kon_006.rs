//! ## What it checks
//! A konsiderans that states a direct delegation — `bahwa untuk melaksanakan ketentuan
//! Pasal ... <Undang-Undang | Peraturan Pemerintah | Peraturan Presiden | Peraturan Menteri
//! | Peraturan Daerah> Nomor <n> Tahun <y> ...` (the one-konsiderans form of a Perda made on
//! delegation, or a lettered item of the same wording) — must be matched by that
//! regulation in Mengingat. Only a whole Mengingat is judged.
//!
//! ## Why it matters
//! A Perda made on a direct delegation may have a single konsiderans citing the delegating
//! provision (Kemenkumham Q&A Q138; Perda Kabupaten Bangka Barat 3/2020), and UU 12/2011
//! Lampiran II requires the dasar hukum to contain the regulation that orders the
//! regulation to be made. A delegation that is not in Mengingat leaves the Perda without
//! its stated basis. Read in secondary sources (basis S).
//!
//! ## Example
//! ```text
//! Menimbang : bahwa untuk melaksanakan ketentuan Pasal 75 ayat (1) Peraturan Presiden
//!             Nomor 1 Tahun 2019, perlu menetapkan Peraturan Daerah tentang ...;
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (...);
//!             3. Peraturan Presiden Nomor 1 Tahun 2019 tentang ... (...);
//! ```

use super::super::prelude::*;
use super::full_text;
use crate::check::rules::dh::{bases, cites, mengingat_complete, norm};
use crate::check::rules::doc::position;

/// KON-006 `delegation-in-mengingat`.
pub struct DelegationInMengingat;

static META: RuleMeta = RuleMeta {
    code: "KON-006",
    name: "delegation-in-mengingat",
    group: Group::Considerations,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Peraturan yang mendelegasikan dan disebut dalam konsiderans dicantumkan dalam Mengingat",
        en: "The delegating regulation named in the konsiderans is cited in Mengingat",
    },
    source: "W3 Q138; UU 12/2011 Lampiran II (dasar hukum memuat peraturan yang memerintahkan pembentukan)",
    file: include_str!("kon_006.rs"),
};

static DELEGATION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^bahwa\s+untuk\s+melaksanakan\s+ketentuan\s+(Pasal\s[^;]*)"));

impl Rule for DelegationInMengingat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        if !mengingat_complete(doc) {
            return;
        }
        let basis_cites: Vec<_> = bases(doc).iter().flat_map(|b| cites(&b.text)).collect();
        for item in &doc.act.preamble.considerations {
            let text = norm(&full_text(item));
            let Some(rest) = DELEGATION
                .captures(&text)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
            else {
                continue;
            };
            // The delegating regulation is the first one named after the Pasal.
            let Some(d) = cites(rest).into_iter().next() else {
                continue;
            };
            let found = basis_cites
                .iter()
                .any(|c| c.jenis == d.jenis && c.year == d.year && c.num() == d.num());
            if found {
                continue;
            }
            let (l, c) = position(doc, item, &d.written);
            sink.report(
                l,
                c,
                format!(
                    "konsiderans melaksanakan ketentuan `{}`, tetapi peraturan itu tidak dicantumkan dalam Mengingat",
                    d.written
                ),
                format!(
                    "the konsiderans implements `{}`, but that regulation is not cited in Mengingat",
                    d.written
                ),
            )
            .help(
                format!("cantumkan `{}` beserta tempat pengundangannya dalam dasar hukum", d.written),
                format!("cite `{}` with its gazette in the legal basis", d.written),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN BANGKA BARAT\nNOMOR 3 TAHUN 2020\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI BANGKA BARAT,\nMenimbang : bahwa untuk melaksanakan ketentuan Pasal 75 ayat (1) Peraturan Presiden Nomor 1 Tahun 2019 tentang X, perlu menetapkan Peraturan Daerah tentang X;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;\n";
    const TAIL: &str = "MEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\n";

    #[test]
    fn flags_a_delegation_missing_from_mengingat() {
        insta::assert_snapshot!(run_text(&DelegationInMengingat, &format!("{HEAD}{TAIL}")));
    }

    #[test]
    fn accepts_a_cited_delegation_and_cut_lists() {
        let good = format!(
            "{HEAD}3. Peraturan Presiden Nomor 1 Tahun 2019 tentang X (Lembaran Negara Republik Indonesia Tahun 2019 Nomor 1);\n{TAIL}"
        );
        assert_eq!(run_text(&DelegationInMengingat, &good), "");
        let cut = format!("{HEAD}[... gap ...]\n{TAIL}");
        assert_eq!(run_text(&DelegationInMengingat, &cut), "");
    }
}
