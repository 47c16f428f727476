//! ## What it checks
//! That a draft is headed `RANCANGAN` with its number left open (`NOMOR ... TAHUN ...`),
//! and that an enacted text is not: `RANCANGAN` above a filled-in number, `RANCANGAN` in a
//! text with a date of enactment, or an open number without `RANCANGAN`.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II as amended by UU 13/2022 (restated in the Kemenkum Q&A book,
//! point d): a draft regulation is headed `RANCANGAN` and its number and year are left
//! open until it is enacted and promulgated. A number in a draft invents what only
//! promulgation gives; `RANCANGAN` on an enacted text makes its status unclear. The angka
//! is taken from a secondary restatement (basis S), so findings are warnings.
//!
//! ## Example
//! ```text
//! RANCANGAN
//! PERATURAN DAERAH KABUPATEN JEMBER
//! NOMOR 2 TAHUN 2021
//! ```
//!
//! ## Instead
//! ```text
//! RANCANGAN
//! PERATURAN DAERAH KABUPATEN JEMBER
//! NOMOR ... TAHUN ...
//! ```

use super::super::prelude::*;
use super::{NOMOR_LINE, title_block};

/// JUD-004 `draft-number-open`.
pub struct DraftNumberOpen;

static META: RuleMeta = RuleMeta {
    code: "JUD-004",
    name: "draft-number-open",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Rancangan diberi kata RANCANGAN dengan nomor dan tahun dikosongkan",
        en: "A draft is headed RANCANGAN and leaves its number and year open",
    },
    source: "UU 12/2011 Lampiran II (as amended by UU 13/2022), restated in W4 p.139 point d",
    file: include_str!("jud_004.rs"),
};

impl Rule for DraftNumberOpen {
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
        let Some(nomor) = t.nomor() else {
            return;
        };
        let caps = NOMOR_LINE.captures(nomor.text.trim());
        let number = caps.as_ref().and_then(|c| c.get(1)).map(|m| m.as_str());
        let filled = number.is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
        let open = caps.is_some() && !filled;
        let rancangan = t
            .kop
            .iter()
            .copied()
            .chain(std::iter::once(t.type_line))
            .find(|l| l.text.trim().to_uppercase().starts_with("RANCANGAN"));
        match rancangan {
            Some(_) if filled => {
                sink.at(
                    nomor,
                    format!(
                        "naskah berjudul `RANCANGAN` tetapi nomornya sudah diisi: `{}`",
                        nomor.text.trim()
                    ),
                    format!(
                        "the text is headed `RANCANGAN` but its number is filled in: `{}`",
                        nomor.text.trim()
                    ),
                )
                .help(
                    "dalam rancangan tulis `NOMOR ... TAHUN ...`; jika peraturan sudah ditetapkan, hapus kata `RANCANGAN`",
                    "in a draft write `NOMOR ... TAHUN ...`; if the regulation has been enacted, remove `RANCANGAN`",
                );
            }
            Some(r) if doc.info.enacted.is_some() => {
                sink.at(
                    r,
                    "naskah yang sudah memuat tanggal penetapan masih berjudul `RANCANGAN`",
                    "a text that already carries its date of enactment is still headed `RANCANGAN`",
                )
                .help(
                    "hapus kata `RANCANGAN` dari naskah yang sudah ditetapkan",
                    "remove `RANCANGAN` from an enacted text",
                );
            }
            None if open => {
                sink.at(
                    t.type_line,
                    "nomor dan tahun peraturan dikosongkan, tetapi naskah tidak berjudul `RANCANGAN`",
                    "the number and year are left open but the text is not headed `RANCANGAN`",
                )
                .help(
                    "tulis `RANCANGAN` di atas baris jenis peraturan",
                    "write `RANCANGAN` above the type line",
                );
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const BAD: &str = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 2 TAHUN 2021\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";

    #[test]
    fn flags_a_numbered_draft_and_an_open_number_without_rancangan() {
        let open = "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n";
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&DraftNumberOpen, BAD),
            run_text(&DraftNumberOpen, open)
        ));
    }

    #[test]
    fn flags_rancangan_on_an_enacted_text() {
        let text = "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI JEMBER,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\nPasal 1\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Jember.\nDitetapkan di Jember\npada tanggal 12 Juli 2021\nBUPATI JEMBER,\n";
        insta::assert_snapshot!(run_text(&DraftNumberOpen, text));
    }

    #[test]
    fn accepts_drafts_and_enacted_texts() {
        for text in [
            "RANCANGAN\nPERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN ...\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "RANCANGAN PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR ... TAHUN 2025\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
            "PERATURAN DAERAH KABUPATEN JEMBER\nNOMOR 2 TAHUN 2021\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n",
        ] {
            assert_eq!(run_text(&DraftNumberOpen, text), "", "{text}");
        }
    }
}
