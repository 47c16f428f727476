//! ## What it checks
//! That no legal basis is lower than the regulation itself or no longer valid for it: a
//! Perda does not cite a Peraturan or Keputusan of a Gubernur, Bupati or Wali Kota, a
//! Peraturan Desa does not cite a Peraturan or Keputusan Kepala Desa, and no regulation
//! cites a Perda it revokes (in its title, or in a Pasal saying `... dicabut dan
//! dinyatakan tidak berlaku`).
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum): only regulations of the same or a higher level may
//! be legal bases, and a regulation that is being revoked cannot at the same time be a
//! basis of the regulation revoking it. A Perda resting on a head of region's regulation
//! inverts the hierarchy of Pasal 7 UU 12/2011. Read in a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! Mengingat : ...
//!             5. Peraturan Daerah Kabupaten Jember Nomor 9 Tahun 2013 tentang ... (...);
//! ...
//! Pasal 20
//! Peraturan Daerah Kabupaten Jember Nomor 9 Tahun 2013 tentang ... dicabut dan dinyatakan
//! tidak berlaku.
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : ... (without the revoked Perda)
//! ```

use super::super::prelude::*;
use super::{Jenis, at, bases, cites, norm};
use crate::check::rules::kon::full_text;

/// DH-007 `no-lower-bases`.
pub struct NoLowerBases;

static META: RuleMeta = RuleMeta {
    code: "DH-007",
    name: "no-lower-bases",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum hanya peraturan yang setingkat atau lebih tinggi dan masih berlaku",
        en: "Only regulations of the same or a higher level, still valid, are legal bases",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum) (W2 p.265)",
    file: include_str!("dh_007.rs"),
};

static REVOKED: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bdicabut\b"));

fn is_perda(j: Jenis) -> bool {
    matches!(
        j,
        Jenis::PerdaProvinsi | Jenis::PerdaKabKota | Jenis::Perdes
    )
}

impl Rule for NoLowerBases {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let items = bases(doc);
        if items.is_empty() {
            return;
        }
        let desa = doc.info.is_desa();
        // Regulations this one revokes: named in a `PENCABUTAN` title, or in a sentence of
        // the body that says they are revoked.
        let mut revoked: Vec<(u32, i32)> = Vec::new();
        if doc.info.revoking
            && let Some(name) = doc.info.name.as_deref()
        {
            let name = norm(name);
            revoked.extend(
                cites(&name)
                    .iter()
                    .filter(|c| is_perda(c.jenis))
                    .filter_map(|c| c.num().map(|n| (n, c.year))),
            );
        }
        for article in doc.articles() {
            // Only an article that revokes something can name a revoked regulation (one
            // word: found in the units' own texts before their joined text is built).
            if !article.walk().any(|n| REVOKED.is_match(&n.text)) {
                continue;
            }
            let full = full_text(article);
            let text = norm(&full);
            let found = cites(&text);
            for (i, c) in found.iter().enumerate() {
                let until = found.get(i + 1).map_or(text.len(), |n| n.start);
                let after = text.get(c.end..until).unwrap_or("");
                let after = after.get(..after.len().min(300)).unwrap_or(after);
                if is_perda(c.jenis)
                    && REVOKED.is_match(after)
                    && let Some(n) = c.num()
                {
                    revoked.push((n, c.year));
                }
            }
        }
        for b in &items {
            let Some(head) = cites(&b.text).into_iter().next() else {
                continue;
            };
            let lower = match head.jenis {
                Jenis::KepalaDaerah => !desa,
                Jenis::KepalaDesa => true,
                _ => false,
            };
            let (l, c) = at(doc, b, &head.written);
            if lower {
                sink.report(
                    l,
                    c,
                    format!(
                        "`{}` lebih rendah daripada peraturan ini dan tidak dapat menjadi dasar hukum",
                        head.written
                    ),
                    format!(
                        "`{}` is lower than this regulation and cannot be a legal basis",
                        head.written
                    ),
                )
                .help(
                    "hapus butir ini dari dasar hukum; cantumkan peraturan yang setingkat atau lebih tinggi",
                    "remove this item; cite regulations of the same or a higher level",
                );
            } else if is_perda(head.jenis)
                && head
                    .num()
                    .is_some_and(|n| revoked.contains(&(n, head.year)))
            {
                sink.report(
                    l,
                    c,
                    format!(
                        "`{}` dicabut oleh peraturan ini tetapi dicantumkan sebagai dasar hukumnya",
                        head.written
                    ),
                    format!(
                        "`{}` is revoked by this regulation but cited as its legal basis",
                        head.written
                    ),
                )
                .help(
                    "hapus peraturan yang dicabut dari dasar hukum",
                    "remove the revoked regulation from the legal basis",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, HEAD};
    use super::*;
    use crate::check::testing::run_text;

    const PERDA: &str = "7. Peraturan Daerah Kabupaten Jember Nomor 9 Tahun 2013 tentang Penempatan Tenaga Kerja (Lembaran Daerah Kabupaten Jember Tahun 2013 Nomor 9);\n";
    const DIKTUM: &str =
        "MEMUTUSKAN:\nMenetapkan: PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA.\n";
    const BODY: &str = "Pasal 1\nPada saat Peraturan Daerah ini mulai berlaku, Peraturan Daerah Kabupaten Jember Nomor 9 Tahun 2013 tentang Penempatan Tenaga Kerja (Lembaran Daerah Kabupaten Jember Tahun 2013 Nomor 9) dicabut dan dinyatakan tidak berlaku.\nPasal 2\nPeraturan Daerah ini mulai berlaku pada tanggal diundangkan.\n";

    #[test]
    fn flags_a_perbup_and_a_revoked_perda() {
        let text = format!(
            "{HEAD}{GOOD}{PERDA}8. Peraturan Bupati Jember Nomor 1 Tahun 2020 tentang X;\n{DIKTUM}{BODY}"
        );
        insta::assert_snapshot!(run_text(&NoLowerBases, &text));
    }

    #[test]
    fn accepts_perda_bases_that_stay_and_a_perbup_in_a_perdes() {
        let body = BODY.replace(" dicabut dan dinyatakan tidak berlaku", " tetap berlaku");
        let text = format!("{HEAD}{GOOD}{PERDA}{DIKTUM}{body}");
        assert_eq!(run_text(&NoLowerBases, &text), "");
        let perdes = "PERATURAN DESA SUKAMAJU\nNOMOR 1 TAHUN 2024\nTENTANG\nX\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nKEPALA DESA SUKAMAJU,\nMenimbang : bahwa x;\nMengingat : 1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa;\n2. Peraturan Bupati Jember Nomor 1 Tahun 2020 tentang Keuangan Desa;\nMEMUTUSKAN:\n";
        assert_eq!(run_text(&NoLowerBases, perdes), "");
    }
}
