//! ## What it checks
//! A revoking regulation: its name is `PENCABUTAN` followed by the full title of the
//! revoked regulation (`PENCABUTAN PERATURAN DAERAH <LEVEL> <R> NOMOR <n> TAHUN <yyyy>
//! TENTANG <NAMA>`), and (when the whole body is there) its body has two Pasal: one that
//! revokes, one on entry into force.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 9 gives the title of a revoking regulation; a separate
//! revoking regulation (pencabutan tersendiri) consists of two Pasal (a regional technical
//! guideline numbered like the Lampiran of Permendagri 53/2011, item 185). A revoking Perda that grows a Ketentuan Umum and substantive articles is a new
//! regulation and should be titled as one. Basis S: warnings.
//!
//! ## Example
//! ```text
//! TENTANG
//! PENCABUTAN ATAS PERDA RETRIBUSI PASAR
//! ```
//!
//! ## Instead
//! ```text
//! TENTANG
//! PENCABUTAN PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 5 TAHUN 2010
//! TENTANG RETRIBUSI PASAR
//! ```

use super::super::prelude::*;
use super::title_block;
use crate::check::rules::doc::squash;

/// JUD-006 `revoking-title-form`.
pub struct RevokingTitleForm;

static META: RuleMeta = RuleMeta {
    code: "JUD-006",
    name: "revoking-title-form",
    group: Group::Title,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Judul peraturan pencabutan memuat judul lengkap peraturan yang dicabut; batang tubuhnya dua pasal",
        en: "A revoking title contains the full title of the revoked regulation; its body has two Pasal",
    },
    source: "UU 12/2011 Lampiran II angka 9; pencabutan tersendiri (W13 item 185)",
    file: include_str!("jud_006.rs"),
};

static FORM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^PENCABUTAN PERATURAN (DAERAH|DESA) \S.* NOMOR \d+ TAHUN \d{4} TENTANG \S.*$")
});

impl Rule for RevokingTitleForm {
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
        if !name.starts_with("PENCABUTAN") || t.cut {
            return;
        }
        if !FORM.is_match(&name) {
            sink.at(
                first,
                format!("judul peraturan pencabutan tidak memuat judul lengkap peraturan yang dicabut: `{name}`"),
                format!("the revoking title does not contain the full title of the revoked regulation: `{name}`"),
            )
            .help(
                "tulis `PENCABUTAN PERATURAN DAERAH <TINGKAT> <DAERAH> NOMOR <n> TAHUN <tahun> TENTANG <NAMA>`",
                "write `PENCABUTAN PERATURAN DAERAH <LEVEL> <REGION> NOMOR <n> TAHUN <year> TENTANG <NAME>`",
            );
        }
        if doc.body_complete() {
            let n = doc.articles().count();
            if n != 2
                && let Some(a) = doc.articles().next()
            {
                let line = a.span.line;
                sink.report(
                    line,
                    doc.line(line).map_or(0, |l| l.column(0)),
                    format!("peraturan pencabutan terdiri atas {n} pasal, bukan 2 (pasal pencabutan dan pasal mulai berlaku)"),
                    format!("the revoking regulation has {n} Pasal instead of 2 (revocation and entry into force)"),
                )
                .help(
                    "batang tubuh peraturan pencabutan memuat Pasal 1 yang mencabut dan Pasal 2 tentang mulai berlaku",
                    "the body of a revoking regulation is Pasal 1 revoking and Pasal 2 on entry into force",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN SUKAMAJU\nNOMOR 2 TAHUN 2015\nTENTANG\n";
    const OPENING: &str = "DENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI SUKAMAJU,\nMEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG X.\n";
    const BODY: &str = "Pasal 1\nPeraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2010 tentang Retribusi Pasar dicabut dan dinyatakan tidak berlaku.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\nAgar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Sukamaju.\n";

    #[test]
    fn flags_a_short_title_and_a_long_body() {
        let body = BODY.replace("Pasal 2\n", "Pasal 2\nRetribusi dihapus.\nPasal 3\n");
        let text = format!("{HEAD}PENCABUTAN ATAS PERDA RETRIBUSI PASAR\n{OPENING}{body}");
        insta::assert_snapshot!(run_text(&RevokingTitleForm, &text));
    }

    #[test]
    fn accepts_the_standard_form() {
        let text = format!(
            "{HEAD}PENCABUTAN PERATURAN DAERAH KABUPATEN SUKAMAJU NOMOR 5 TAHUN 2010\nTENTANG RETRIBUSI PASAR\n{OPENING}{BODY}"
        );
        assert_eq!(run_text(&RevokingTitleForm, &text), "");
    }
}
