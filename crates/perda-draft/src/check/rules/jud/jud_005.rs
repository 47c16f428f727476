//! ## What it checks
//! The name of an amending regulation: `PERUBAHAN ATAS` followed by the full title of the
//! amended regulation (`PERATURAN DAERAH <LEVEL> <R> NOMOR <n> TAHUN <yyyy> TENTANG
//! <NAMA>`); from the second amendment on, `KEDUA`, `KETIGA`, ... stands between
//! `PERUBAHAN` and `ATAS`, and never `PERTAMA`.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 6–7: the title of an amending regulation adds `PERUBAHAN
//! ATAS` in front of the title of the amended regulation; a repeated amendment adds the
//! ordinal word, without listing the earlier amendments. A short or renamed title leaves
//! readers unable to tell which regulation is amended. The angka is taken from a secondary
//! restatement (basis S).
//!
//! ## Example
//! ```text
//! TENTANG
//! PERUBAHAN PERTAMA ATAS PERATURAN DAERAH NOMOR 5 TAHUN 2010
//! TENTANG RETRIBUSI PASAR
//! ```
//!
//! ## Instead
//! ```text
//! TENTANG
//! PERUBAHAN ATAS PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 5 TAHUN 2010
//! TENTANG RETRIBUSI PASAR
//! ```

use super::super::prelude::*;
use super::title_block;
use crate::check::rules::doc::squash;

/// JUD-005 `amending-title-form`.
pub struct AmendingTitleForm;

static META: RuleMeta = RuleMeta {
    code: "JUD-005",
    name: "amending-title-form",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Judul peraturan perubahan memuat `PERUBAHAN [KEDUA ...] ATAS` dan judul lengkap peraturan yang diubah",
        en: "An amending title is `PERUBAHAN [KEDUA ...] ATAS` plus the full title of the amended regulation",
    },
    source: "UU 12/2011 Lampiran II angka 6-7",
    file: include_str!("jud_005.rs"),
};

static FORM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^PERUBAHAN( (KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH))? ATAS PERATURAN (DAERAH (PROVINSI|PROPINSI|KABUPATEN|KOTA) [A-Z][A-Z .'()-]*|DESA [A-Z][A-Z .'()-]*) NOMOR \d+ TAHUN \d{4} TENTANG \S.*$",
    )
});
static PERTAMA: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^PERUBAHAN PERTAMA\b"));

impl Rule for AmendingTitleForm {
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
        let lines = t.name_lines();
        let Some(first) = lines.first().copied() else {
            return;
        };
        let name = squash(
            &lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        if !name.starts_with("PERUBAHAN") || t.cut {
            return;
        }
        if PERTAMA.is_match(&name) {
            sink.at(
                first,
                "judul perubahan pertama tidak memakai kata `PERTAMA`",
                "a first amendment's title does not use the word `PERTAMA`",
            )
            .help(
                "tulis `PERUBAHAN ATAS PERATURAN DAERAH ... NOMOR ... TAHUN ... TENTANG ...`",
                "write `PERUBAHAN ATAS PERATURAN DAERAH ... NOMOR ... TAHUN ... TENTANG ...`",
            );
            return;
        }
        if !FORM.is_match(&name) {
            sink.at(
                first,
                format!("judul peraturan perubahan tidak memuat judul lengkap peraturan yang diubah: `{name}`"),
                format!("the amending title does not contain the full title of the amended regulation: `{name}`"),
            )
            .help(
                "tulis `PERUBAHAN ATAS PERATURAN DAERAH <TINGKAT> <DAERAH> NOMOR <n> TAHUN <tahun> TENTANG <NAMA>`; untuk perubahan kedua dan seterusnya `PERUBAHAN KEDUA ATAS ...`",
                "write `PERUBAHAN ATAS PERATURAN DAERAH <LEVEL> <REGION> NOMOR <n> TAHUN <year> TENTANG <NAME>`; for later amendments `PERUBAHAN KEDUA ATAS ...`",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 2 TAHUN 2015\nTENTANG\n";
    const TAIL: &str = "DENGAN RAHMAT TUHAN YANG MAHA ESA\n";

    #[test]
    fn flags_pertama_and_a_short_amended_title() {
        let pertama = format!(
            "{HEAD}PERUBAHAN PERTAMA ATAS PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 5 TAHUN 2010\nTENTANG RETRIBUSI PASAR\n{TAIL}"
        );
        let short = format!(
            "{HEAD}PERUBAHAN ATAS PERATURAN DAERAH NOMOR 5 TAHUN 2010\nTENTANG RETRIBUSI PASAR\n{TAIL}"
        );
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&AmendingTitleForm, &pertama),
            run_text(&AmendingTitleForm, &short)
        ));
    }

    #[test]
    fn accepts_first_and_second_amendments() {
        for name in [
            "PERUBAHAN ATAS PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 5 TAHUN 2010\nTENTANG RETRIBUSI PASAR\n",
            "PERUBAHAN KEDUA ATAS PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 5 TAHUN 2010 TENTANG RETRIBUSI PASAR\n",
            "PELINDUNGAN PEKERJA MIGRAN INDONESIA\n",
        ] {
            let text = format!("{HEAD}{name}{TAIL}");
            assert_eq!(run_text(&AmendingTitleForm, &text), "", "{text}");
        }
    }
}
