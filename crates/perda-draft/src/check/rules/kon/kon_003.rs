//! ## What it checks
//! With two or more konsiderans, the last one is the closing formula `bahwa berdasarkan
//! pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu membentuk
//! Peraturan Daerah tentang <nama>;` (`perlu menetapkan` is also accepted, `Peraturan Desa`
//! in a Peraturan Desa, and `serta untuk melaksanakan ketentuan ...` before `perlu`). It
//! must cite every preceding letter (a range `huruf a sampai dengan huruf d` counts as
//! citing them). `pada` instead of `dalam` is a warning. The `bahwa` and the final
//! semicolon are KON-002's.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II angka 23: the konsiderans end with the formula that ties every
//! pokok pikiran to the decision to make the regulation. A pokok pikiran left out of it is
//! not a reason of the regulation; a region inserted after `Peraturan Daerah` or other
//! wording departs from the fixed formula. The angka was read only in secondary
//! restatements (basis S).
//!
//! ## Example
//! ```text
//! e. bahwa berdasarkan pertimbangan sebagai mana di maksud pada huruf a, huruf b, dan
//!    huruf c, perlu menetapkan peraturan Daerah Kabupaten Lombok Timur tentang ...;
//! ```
//!
//! ## Instead
//! ```text
//! e. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, huruf c,
//!    dan huruf d, perlu menetapkan Peraturan Daerah tentang ...;
//! ```

use super::super::prelude::*;
use super::{considerations, full_text};
use crate::check::rules::doc::{cut_after, position};

/// KON-003 `closing-konsiderans`.
pub struct ClosingKonsiderans;

static META: RuleMeta = RuleMeta {
    code: "KON-003",
    name: "closing-konsiderans",
    group: Group::Considerations,
    family: Family::Structure,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Konsiderans terakhir berbunyi `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf ...` dan merujuk setiap huruf sebelumnya",
        en: "The last konsiderans is the closing formula and cites every preceding letter",
    },
    source: "UU 12/2011 Lampiran II angka 23",
    file: include_str!("kon_003.rs"),
};

static LOOSE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bberdasarkan\s+pertimbangan\b"));
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^bahwa\s+berdasarkan\s+pertimbangan\s+(sebagaimana\s+dimaksud|sebagai\s*mana\s+di\s*maksud)\s+(dalam|pada|di)?\s*huruf\b",
    )
});
static LETTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bhuruf\s+([a-z])\b(?:\s*(?:sampai\s+dengan|s\.?\s?d\.?|-)\s*huruf\s+([a-z])\b)?")
});
static PERLU: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bperlu\s+(membentuk|menetapkan)\s+(peraturan\s+(?:daerah|desa))\b(.*?)\btentang\b")
});

impl Rule for ClosingKonsiderans {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let (items, _) = considerations(doc);
        let Some((last, before)) = items.split_last() else {
            return;
        };
        if before.is_empty() || cut_after(doc, last.span.end_line) {
            return;
        }
        let text = full_text(last);
        if !LOOSE.is_match(&text) {
            let (l, c) = position(doc, last, "");
            sink.report(
                l,
                c,
                "konsiderans terakhir bukan rumusan `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf ...`",
                "the last konsiderans is not the closing formula `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf ...`",
            )
            .help(
                "tambahkan konsiderans penutup: `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu membentuk Peraturan Daerah tentang <nama>;`",
                "add the closing konsiderans: `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu membentuk Peraturan Daerah tentang <name>;`",
            );
            return;
        }
        let kind = if doc.info.is_desa() { "Desa" } else { "Daerah" };
        // The lead-in.
        match LEAD.captures(&text) {
            Some(c) => {
                let phrase = c.get(1).map_or("", |m| m.as_str());
                let prep = c.get(2).map_or("", |m| m.as_str());
                if phrase != "sebagaimana dimaksud" || prep != "dalam" {
                    let quote = c.get(0).map_or("", |m| m.as_str());
                    let only_pada = phrase == "sebagaimana dimaksud" && prep == "pada";
                    let (l, col) = position(doc, last, phrase);
                    let raw = sink
                        .report(
                            l,
                            col,
                            format!("rumusan konsiderans penutup tidak baku: `{quote}`"),
                            format!("the closing konsiderans is not worded as the formula: `{quote}`"),
                        )
                        .help(
                            "tulis `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf ...`",
                            "write `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf ...`",
                        );
                    if only_pada {
                        raw.severity(Severity::Warning);
                    }
                }
            }
            None => {
                let (l, col) = position(doc, last, "");
                sink.report(
                    l,
                    col,
                    "konsiderans penutup tidak dimulai dengan `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf`",
                    "the closing konsiderans does not begin `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf`",
                )
                .help(
                    "tulis `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu membentuk Peraturan Daerah tentang <nama>;`",
                    "write `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c, perlu membentuk Peraturan Daerah tentang <name>;`",
                );
            }
        }
        // The letters cited, up to `perlu`.
        let perlu = PERLU.captures(&text);
        let cited_part = text
            .get(
                ..perlu
                    .as_ref()
                    .and_then(|c| c.get(0))
                    .map_or(text.len(), |m| m.start()),
            )
            .unwrap_or(&text);
        let mut cited: Vec<u8> = Vec::new();
        for c in LETTER.captures_iter(cited_part) {
            let from = c.get(1).and_then(|m| m.as_str().bytes().next());
            let to = c.get(2).and_then(|m| m.as_str().bytes().next());
            match (from, to) {
                (Some(a), Some(b)) if a <= b => cited.extend(a..=b),
                (Some(a), _) => cited.push(a),
                _ => {}
            }
        }
        let letters: Vec<u8> = before
            .iter()
            .filter_map(|n| n.number.bytes().next())
            .filter(u8::is_ascii_lowercase)
            .collect();
        if letters.len() == before.len() && !cited.is_empty() {
            let missing: Vec<String> = letters
                .iter()
                .filter(|l| !cited.contains(l))
                .map(|l| format!("huruf {}", char::from(*l)))
                .collect();
            let extra: Vec<String> = cited
                .iter()
                .filter(|l| !letters.contains(l))
                .map(|l| format!("huruf {}", char::from(*l)))
                .collect();
            let all = letters
                .iter()
                .map(|l| format!("huruf {}", char::from(*l)))
                .collect::<Vec<_>>();
            let want = match all.split_last() {
                Some((z, rest)) if rest.len() >= 2 => format!("{}, dan {z}", rest.join(", ")),
                Some((z, rest)) if rest.len() == 1 => format!("{} dan {z}", rest.join("")),
                Some((z, _)) => z.clone(),
                None => String::new(),
            };
            if !missing.is_empty() || !extra.is_empty() {
                let (l, col) = position(doc, last, "huruf");
                let (id, en) = if missing.is_empty() {
                    (
                        format!(
                            "konsiderans penutup merujuk huruf yang tidak ada: {}",
                            extra.join(", ")
                        ),
                        format!(
                            "the closing konsiderans cites letters that do not exist: {}",
                            extra.join(", ")
                        ),
                    )
                } else {
                    (
                        format!("konsiderans penutup tidak merujuk {}", missing.join(", ")),
                        format!(
                            "the closing konsiderans does not cite {}",
                            missing.join(", ")
                        ),
                    )
                };
                sink.report(l, col, id, en).help(
                    format!("tulis `sebagaimana dimaksud dalam {want}`"),
                    format!("write `sebagaimana dimaksud dalam {want}`"),
                );
            }
        }
        // `perlu membentuk/menetapkan Peraturan Daerah tentang`.
        let want = format!("perlu membentuk Peraturan {kind} tentang");
        match perlu {
            Some(c) => {
                let jenis = c.get(2).map_or("", |m| m.as_str());
                let between = c.get(3).map_or("", |m| m.as_str()).trim();
                let proper = jenis.split_whitespace().collect::<Vec<_>>().join(" ")
                    == format!("Peraturan {kind}");
                if !proper || !between.is_empty() {
                    let quote = c.get(0).map_or("", |m| m.as_str());
                    let (l, col) = position(doc, last, jenis);
                    let (id, en) = if between.is_empty() {
                        (
                            format!(
                                "jenis peraturan dalam konsiderans penutup tidak baku: `{quote}`"
                            ),
                            format!(
                                "the kind of regulation in the closing konsiderans is not standard: `{quote}`"
                            ),
                        )
                    } else {
                        (
                            format!("konsiderans penutup menyisipkan `{between}` dalam `{quote}`"),
                            format!("the closing konsiderans inserts `{between}` into `{quote}`"),
                        )
                    };
                    sink.report(l, col, id, en).help(
                        format!("tulis `{want} <nama>;` (atau `perlu menetapkan`)"),
                        format!("write `{want} <name>;` (or `perlu menetapkan`)"),
                    );
                }
            }
            None => {
                let (l, col) = position(doc, last, "perlu");
                sink.report(
                    l,
                    col,
                    format!("konsiderans penutup tidak diakhiri `{want} <nama>`"),
                    format!("the closing konsiderans does not end with `{want} <name>`"),
                )
                .help(
                    format!("tulis `..., {want} <nama>;`"),
                    format!("write `..., {want} <name>;`"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run_text;

    const HEAD: &str = "PERATURAN DAERAH KABUPATEN LOMBOK TIMUR\nNOMOR 12 TAHUN 2006\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI LOMBOK TIMUR,\nMenimbang : a. bahwa x;\nb. bahwa y;\nc. bahwa z;\nd. bahwa w;\n";
    const MENGINGAT: &str = "Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";

    #[test]
    fn flags_wording_missing_letters_and_an_inserted_region() {
        let text = format!(
            "{HEAD}e. Bahwa berdasarkan pertimbangan sebagai mana di maksud pada huruf a, huruf b, dan huruf c, perlu menetapkan peraturan Daerah Kabupaten Lombok Timur tentang X.\n{MENGINGAT}"
        );
        insta::assert_snapshot!(run_text(&ClosingKonsiderans, &text));
    }

    #[test]
    fn flags_pada_as_a_warning_and_a_missing_formula() {
        let pada = format!(
            "{HEAD}e. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, huruf b, huruf c, dan huruf d, perlu membentuk Peraturan Daerah tentang X;\n{MENGINGAT}"
        );
        let none = format!("{HEAD}{MENGINGAT}");
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&ClosingKonsiderans, &pada),
            run_text(&ClosingKonsiderans, &none)
        ));
    }

    #[test]
    fn accepts_the_formula_its_variants_and_cut_lists() {
        for last in [
            "e. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, huruf c, dan huruf d, perlu membentuk Peraturan Daerah tentang X;\n",
            "e. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a sampai dengan huruf d, perlu menetapkan Peraturan Daerah tentang X;\n",
            "e. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, huruf b, huruf c, dan huruf d, serta untuk melaksanakan ketentuan Pasal 41 Undang-Undang Nomor 18 Tahun 2017, perlu menetapkan Peraturan Daerah tentang X;\n",
            "e. bahwa berdasarkan pertimbangan\n[... gap ...]\n",
        ] {
            let text = format!("{HEAD}{last}{MENGINGAT}");
            assert_eq!(run_text(&ClosingKonsiderans, &text), "", "{last}");
        }
        let perdes = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMenimbang : a. bahwa x;\nb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Desa tentang X;\nMengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa;\n";
        assert_eq!(run_text(&ClosingKonsiderans, perdes), "");
    }
}
