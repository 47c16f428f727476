//! ## What it checks
//! The list of administrative sanctions of a Perda provinsi, kabupaten or kota (`Sanksi
//! administratif ... berupa:` followed by points): each point that is not one of the types
//! UU 23/2014 names is reported for review — teguran lisan, teguran tertulis, penghentian
//! sementara kegiatan, penghentian tetap kegiatan, pencabutan sementara izin, pencabutan
//! tetap izin, denda administratif, and "sanksi administratif lain sesuai dengan ketentuan
//! peraturan perundang-undangan". `peringatan` is read as `teguran`, and revoking a
//! registration (`pencabutan tanda daftar`) as revoking a permit.
//!
//! ## Why it matters
//! UU 23/2014 Pasal 238 ayat (4)–(5) lets a Perda impose administrative sanctions of those
//! types; any other type (confiscating an identity card, sealing, publishing the offender's
//! name) needs a basis in another law. The finding asks the drafter to name that law or
//! drop the sanction; it is a warning because such a law often exists.
//!
//! ## Example
//! ```text
//! (2) Sanksi administratif sebagaimana dimaksud pada ayat (1) berupa:
//!     a. teguran tertulis;
//!     b. penyitaan kartu tanda penduduk; dan
//!     c. denda administratif.
//! ```
//!
//! ## Instead
//! ```text
//! (2) Sanksi administratif sebagaimana dimaksud pada ayat (1) berupa:
//!     a. teguran tertulis;
//!     b. penghentian sementara kegiatan; dan
//!     c. denda administratif.
//! ```

use super::super::prelude::*;
use super::{is_perda, report_in};

/// SAN-010 `administrative-sanction-types`.
pub struct AdministrativeSanctionTypes;

static META: RuleMeta = RuleMeta {
    code: "SAN-010",
    name: "administrative-sanction-types",
    group: Group::Sanctions,
    family: Family::Legality,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Jenis sanksi administratif dalam Perda mengikuti Pasal 238 ayat (5) UU 23/2014 atau undang-undang lain yang mengaturnya",
        en: "Administrative sanctions in a Perda are of the types of UU 23/2014 Pasal 238 ayat (5), or of another law that provides them",
    },
    source: "UU 23/2014 Pasal 238 ayat (4)–(5)",
    file: include_str!("san_010.rs"),
};

/// The lead-in of a list of administrative sanctions.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bsanksi\s+administra(?:tif|tiv|si)\b[^.]*\b(?:berupa|dapat\s+berupa|meliputi|terdiri\s+atas|terdiri\s+dari|yaitu|sebagai\s+berikut)\s*:?\s*$",
    )
});

/// The types of Pasal 238 ayat (5) UU 23/2014, read at the start of a point.
static KNOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:teguran|peringatan)(?:\s+secara)?\s+(?:lisan|tertulis)|penghentian\s+(?:sementara|tetap)\b|pencabutan\s+(?:sementara\s+|tetap\s+)?(?:izin|perizinan|surat\s+izin|tanda\s+daftar)|pencabutan\s+(?:sementara|tetap)\b|denda(?:\s+administrati[fv])?\b|(?:sanksi\s+)?(?:administratif\s+)?lain(?:nya)?\b|sanksi\s+administratif\s+lain)",
    )
});

impl Rule for AdministrativeSanctionTypes {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !is_perda(doc) {
            return;
        }
        for article in doc.articles() {
            for lead in article.walk() {
                if !LEAD_IN.is_match(lead.text.trim()) {
                    continue;
                }
                for point in lead.children.iter().filter(|c| c.kind == NodeKind::Point) {
                    let text = point.text.trim();
                    if text.is_empty() || KNOWN.is_match(text) {
                        continue;
                    }
                    let shown = text
                        .trim_end_matches(['.', ';', ','])
                        .trim_end_matches("; dan/atau")
                        .trim_end_matches("; dan")
                        .trim_end_matches("; atau")
                        .trim();
                    let shown = shown
                        .strip_suffix(" dan/atau")
                        .or_else(|| shown.strip_suffix(" dan"))
                        .or_else(|| shown.strip_suffix(" atau"))
                        .unwrap_or(shown)
                        .trim_end_matches(';')
                        .trim();
                    if let Some(r) = report_in(
                        sink,
                        doc,
                        point,
                        text,
                        format!(
                            "sanksi administratif `{shown}` (Pasal {} huruf {}) tidak termasuk jenis yang disebut Pasal 238 ayat (5) UU 23/2014",
                            article.number, point.number
                        ),
                        format!(
                            "the administrative sanction `{shown}` (Pasal {} huruf {}) is not one of the types of UU 23/2014 Pasal 238 ayat (5)",
                            article.number, point.number
                        ),
                    ) {
                        r.help(
                            "pastikan ada undang-undang yang memberikan jenis sanksi ini dan sebutkan dasarnya; jika tidak ada, gunakan teguran lisan, teguran tertulis, penghentian sementara/tetap kegiatan, pencabutan sementara/tetap izin, atau denda administratif",
                            "make sure a law provides this type of sanction and cite it; otherwise use teguran lisan, teguran tertulis, penghentian sementara/tetap kegiatan, pencabutan sementara/tetap izin or denda administratif",
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::PERDA_B;
    use super::*;
    use crate::check::testing::run_text;

    const LIST: &str = "Pasal 2\n(1) Setiap Orang dilarang membuang sampah ke sungai.\n(2) Setiap Orang yang melanggar ketentuan sebagaimana dimaksud pada ayat (1) dikenai sanksi administratif.\n(3) Sanksi administratif sebagaimana dimaksud pada ayat (2) berupa:\na. teguran lisan;\nb. peringatan tertulis;\nc. penghentian sementara sebagian atau seluruh kegiatan;\nd. pencabutan izin;\ne. denda administratif; dan/atau\nf. sanksi administratif lain sesuai dengan ketentuan peraturan perundang-undangan.\n";

    fn with_list(list: &str) -> String {
        PERDA_B.replace(
            "Pasal 2\nSetiap Orang dilarang membuang sampah ke sungai.\n",
            list,
        )
    }

    #[test]
    fn flags_types_outside_the_list() {
        let bad = LIST
            .replace(
                "b. peringatan tertulis;",
                "b. penyitaan kartu tanda penduduk;",
            )
            .replace(
                "e. denda administratif; dan/atau",
                "e. pengumuman nama pelanggar di media massa; dan/atau",
            );
        insta::assert_snapshot!(run_text(&AdministrativeSanctionTypes, &with_list(&bad)));
    }

    #[test]
    fn accepts_the_types_of_pasal_238() {
        assert_eq!(run_text(&AdministrativeSanctionTypes, &with_list(LIST)), "");
        assert_eq!(run_text(&AdministrativeSanctionTypes, PERDA_B), "");
    }
}
