//! ## What it checks
//! That the name of the regulation is the same wherever it is repeated: in the title
//! (after `TENTANG`), at the end of the last konsiderans (`... perlu membentuk Peraturan
//! Daerah tentang <nama>;`), on the `Menetapkan` line and in the heading of the Penjelasan.
//! Case, spacing and punctuation are ignored; words are not.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II: the diktum repeats the name of the title, the last konsiderans
//! names the regulation to be made, and the Penjelasan carries the title of the
//! regulation. A name that changes between these places leaves it unclear which text was
//! approved, and shows that a part was copied from another draft. The angka were read only
//! in secondary restatements (basis S).
//!
//! ## Example
//! ```text
//! TENTANG
//! PELAKSANAAN PELINDUNGAN PEKERJA MIGRAN INDONESIA
//! ...
//! c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu
//!    membentuk Peraturan Daerah tentang Pelaksanaan Pelindungan Pekerja Migran;
//! ```
//!
//! ## Instead
//! ```text
//! c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu
//!    membentuk Peraturan Daerah tentang Pelaksanaan Pelindungan Pekerja Migran Indonesia;
//! ```

use super::super::prelude::*;
use super::title_block;
use crate::check::rules::dik::menetapkan;
use crate::check::rules::doc::{cut_after, position};

/// JUD-007 `name-consistent`.
pub struct NameConsistent;

static META: RuleMeta = RuleMeta {
    code: "JUD-007",
    name: "name-consistent",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Nama peraturan sama di judul, konsiderans terakhir, `Menetapkan`, dan judul Penjelasan",
        en: "The name is the same in the title, the last konsiderans, `Menetapkan` and the Penjelasan",
    },
    source: "UU 12/2011 Lampiran II (judul, konsiderans, diktum, penjelasan)",
    file: include_str!("jud_007.rs"),
};

static KONSIDERANS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)perlu\s+(?:membentuk|menetapkan)\s+Peraturan\s+(?:Daerah|Desa)\b[^;]*?\btentang\s+([^;]+?)\s*[;.]?\s*$",
    )
});
static MENETAPKAN_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bPERATURAN\s+(?:DAERAH|DESA)\b.*?\bTENTANG\s+(.+?)\s*\.?\s*$"));

/// Upper-case words without punctuation.
fn key(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

impl Rule for NameConsistent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let Some(t) = title_block(doc) else {
            return;
        };
        if t.cut {
            return;
        }
        let title = t
            .name_lines()
            .iter()
            .map(|l| l.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        if title.is_empty() {
            return;
        }
        let want = key(&title);
        let mut report = |line: u32, column: u32, place: (&str, &str), found: &str| {
            sink.report(
                line,
                column,
                format!(
                    "nama peraturan pada {} (`{found}`) berbeda dengan judul (`{title}`)",
                    place.0
                ),
                format!(
                    "the name in {} (`{found}`) differs from the title (`{title}`)",
                    place.1
                ),
            )
            .help(
                format!("samakan dengan judul: `{title}`"),
                format!("use the title's name: `{title}`"),
            );
        };
        if let Some(last) = doc.act.preamble.considerations.last()
            && !cut_after(doc, last.span.end_line)
            && let Some(c) = KONSIDERANS_NAME.captures(last.text.trim())
            && let Some(m) = c.get(1)
            && key(m.as_str()) != want
        {
            let (l, col) = position(doc, last, m.as_str());
            report(
                l,
                col,
                ("konsiderans terakhir", "the last konsiderans"),
                m.as_str(),
            );
        }
        if let Some(e) = menetapkan(doc)
            && !e.cut
            && let Some(c) = MENETAPKAN_NAME.captures(&e.text)
            && let Some(m) = c.get(1)
            && key(m.as_str()) != want
        {
            let off = e.line.text.find(m.as_str()).unwrap_or(0);
            report(
                e.line.no,
                e.line.column(off),
                ("`Menetapkan`", "`Menetapkan`"),
                m.as_str(),
            );
        }
        if let Some(el) = &doc.act.elucidation {
            let texts: Vec<&str> = el.title.iter().map(|p| p.text.trim()).collect();
            if let Some(pos) = texts.iter().position(|t| t.eq_ignore_ascii_case("TENTANG")) {
                let name = texts.get(pos + 1..).unwrap_or_default().join(" ");
                if let Some(p) = el.title.get(pos + 1)
                    && !name.is_empty()
                    && key(&name) != want
                {
                    let col = doc.line(p.span.line).map_or(0, |l| l.column(0));
                    report(
                        p.span.line,
                        col,
                        ("judul Penjelasan", "the Penjelasan heading"),
                        &name,
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const TEXT: &str = "PERATURAN DAERAH PROVINSI JAWA TIMUR\nNOMOR 2 TAHUN 2022\nTENTANG\nPELAKSANAAN PELINDUNGAN PEKERJA MIGRAN INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nGUBERNUR JAWA TIMUR,\nMenimbang : a. bahwa x;\nb. bahwa y;\nc. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu membentuk Peraturan Daerah tentang Pelaksanaan Pelindungan Pekerja Migran;\nMengingat : Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\nMEMUTUSKAN:\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\nPasal 1\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Provinsi Jawa Timur.\nPENJELASAN\nATAS\nPERATURAN DAERAH PROVINSI JAWA TIMUR\nNOMOR 2 TAHUN 2022\nTENTANG\nPELAKSANAAN PELINDUNGAN PEKERJA MIGRAN INDONESIA\nI. UMUM\nCukup jelas.\n";

    #[test]
    fn flags_names_that_differ_from_the_title() {
        insta::assert_snapshot!(run_text(&NameConsistent, TEXT));
    }

    #[test]
    fn accepts_the_same_name_in_any_case() {
        let good = TEXT
            .replace(
                "Pelaksanaan Pelindungan Pekerja Migran;",
                "Pelaksanaan Pelindungan Pekerja Migran Indonesia;",
            )
            .replace(
                "TENTANG PELINDUNGAN PEKERJA",
                "TENTANG PELAKSANAAN PELINDUNGAN PEKERJA",
            );
        assert_eq!(run_text(&NameConsistent, &good), "");
    }
}
