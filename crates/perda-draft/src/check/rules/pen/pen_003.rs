//! ## What it checks
//! The names under the enactment and promulgation signatures, and the lines after them:
//! academic or religious titles (`Dr.`, `Drs.`, `Ir.`, `Prof.`, `H.`/`Hj.` before the name;
//! `, S.H.`, `, M.Si.`, `, MM` after it), and rank, grade or NIP lines (`NIP. 19650101
//! 199003 1 009`, `Pembina Utama Muda`, `IV/c`). A middle initial such as `YASONNA H. LAOLY`
//! is not a title.
//!
//! ## Why it matters
//! Lampiran II UU 12/2011 angka 164 huruf d: the name of the official who signs a regulation
//! is written without academic title, rank, grade or registration number; the regulation is
//! signed in the office, not by the person's career.
//!
//! ## Example
//! ```text
//! BUPATI JEMBER,
//! ttd.
//! Drs. H. SUTRISNO, M.Si.
//! ...
//! SEKRETARIS DAERAH KABUPATEN JEMBER,
//! ttd.
//! MIRFANO
//! NIP. 19650101 199003 1 009
//! ```
//!
//! ## Instead
//! ```text
//! BUPATI JEMBER,
//! ttd.
//! SUTRISNO
//! ...
//! SEKRETARIS DAERAH KABUPATEN JEMBER,
//! ttd.
//! MIRFANO
//! ```

use super::super::prelude::*;

/// PEN-003 `no-titles-in-signature`.
pub struct NoTitlesInSignature;

static META: RuleMeta = RuleMeta {
    code: "PEN-003",
    name: "no-titles-in-signature",
    group: Group::Closing,
    family: Family::Structure,
    severity: Severity::Warning,
    basis: Basis::Verified,
    summary: StaticMsg {
        id: "Nama penanda tangan ditulis tanpa gelar, pangkat, golongan, dan NIP",
        en: "The signatory's name carries no academic title, rank, grade or NIP",
    },
    source: "Lampiran II UU 12/2011 angka 164 huruf d",
    file: include_str!("pen_003.rs"),
};

/// Titles before the name, anywhere for the academic ones, at the start for H./Hj./KH.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Dr|DR|Drs|DRS|Dra|DRA|Ir|IR|Prof|PROF|H|Hj|HJ|KH|K\.H)\.\s*)+|\b(?:Dr|Drs|Dra|Ir|Prof)\.\s|,\s*(?:S\.[A-Za-z.]+|M\.[A-Za-z.]+|MM|MBA|MH|SH|SE|MSi|MAP|Ph\.?\s?D)\b",
    )
});

/// Rank, grade and registration-number lines.
static RANK: LazyLock<Regex> =
    LazyLock::new(|| re(r"\bNIP\b|\bPembina\b|\bPenata\b|\b(?:IV|III)\s*/\s*[a-e]\b"));

impl Rule for NoTitlesInSignature {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        let closing = doc.segment(Segment::Closing);
        if closing.is_empty() {
            return;
        }
        let names: Vec<&str> = [&doc.act.closing.enacted, &doc.act.closing.promulgated]
            .into_iter()
            .flatten()
            .filter_map(|s| s.name.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect();
        for line in closing {
            let t = line.text.trim();
            if names.contains(&t)
                && let Some(m) = TITLE.find(t)
            {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("nama penanda tangan memuat gelar: `{t}`"),
                    format!("the signatory's name carries a title: `{t}`"),
                )
                .help(
                    "tulis nama tanpa gelar akademik atau keagamaan",
                    "write the name without academic or religious titles",
                );
                continue;
            }
            if let Some(m) = RANK.find(t) {
                sink.at_offset(
                    line,
                    m.start(),
                    format!("blok tanda tangan memuat pangkat, golongan, atau NIP: `{t}`"),
                    format!("the signature block gives a rank, grade or NIP: `{t}`"),
                )
                .help(
                    "hapus pangkat, golongan, dan NIP di bawah nama",
                    "remove the rank, grade and NIP under the name",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{DRAFT, ENACTED, uu_18_2017};
    use super::*;
    use crate::check::testing::{run, run_text};

    #[test]
    fn flags_titles_and_nip() {
        let bad = ENACTED
            .replace("ttd.\nFAIDA\n", "ttd.\nDrs. H. SUTRISNO, M.Si.\n")
            .replace(
                "MIRFANO\n",
                "MIRFANO\nPembina Utama Muda\nNIP. 19650101 199003 1 009\n",
            );
        insta::assert_snapshot!(run_text(&NoTitlesInSignature, &bad));
    }

    #[test]
    fn accepts_plain_names_and_middle_initials() {
        assert_eq!(run_text(&NoTitlesInSignature, ENACTED), "");
        assert_eq!(run_text(&NoTitlesInSignature, DRAFT), "");
        assert_eq!(run(&NoTitlesInSignature, &uu_18_2017()), "");
    }
}
