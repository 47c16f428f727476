//! ## What it checks
//! That every regulation cited in Mengingat carries its gazette in parentheses, in the
//! standard form for its kind:
//! - Undang-Undang, Perppu, Peraturan Pemerintah: `(Lembaran Negara Republik Indonesia
//!   Tahun <y> Nomor <n>, Tambahan Lembaran Negara Republik Indonesia Nomor <m>)`;
//! - Peraturan Presiden: `(Lembaran Negara Republik Indonesia Tahun <y> Nomor <n>)`;
//! - Peraturan Menteri (from 2011): `(Berita Negara Republik Indonesia Tahun <y> Nomor <n>)`;
//! - Perda: `(Lembaran Daerah <Level> <R> Tahun <y> Nomor <n>[, Tambahan Lembaran Daerah ...])`.
//!
//! Each regulation in an amendment chain has its own gazette. Laws up to 1950 may cite the
//! Berita Negara, the Himpunan Peraturan-Peraturan Negara or the Staatsblad; a missing
//! Tambahan is reported for an Undang-Undang or Perppu from 1960 (not for a Peraturan
//! Pemerintah, some of which have none). A missing
//! gazette is an error, a malformed one a warning. The end of an item cut off in the copy
//! is not judged.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum): a regulation cited as a legal basis is followed by
//! its place of promulgation in parentheses, so that the exact text relied on can be found.
//! Read in a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! 2. Undang-Undang Nomor 69 Tahun 1958 tentang Pembentukan Daerah-Daerah Tingkat II dalam
//!    Wilayah Daerah-Daerah Tingkat I Bali, Nusa Tenggara Barat, Nusa Tenggara Timur
//!    (Lembaran Negara Tahun 1958 Nomor 122, Tambahan Lembaran Negara Nomor 1665);
//! 3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;
//! ```
//!
//! ## Instead
//! ```text
//! 2. ... (Lembaran Negara Republik Indonesia Tahun 1958 Nomor 122, Tambahan Lembaran
//!    Negara Republik Indonesia Nomor 1665);
//! 3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia
//!    (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara
//!    Republik Indonesia Nomor 6141);
//! ```

use super::super::prelude::*;
use super::{Cite, Jenis, at, bases, units};

/// DH-008 `gazette-form`.
pub struct GazetteForm;

static META: RuleMeta = RuleMeta {
    code: "DH-008",
    name: "gazette-form",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Setiap dasar hukum diikuti Lembaran Negara/Berita Negara/Lembaran Daerah dalam bentuk baku",
        en: "Every legal basis is followed by its gazette in the standard form",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum: LN/TLN dalam kurung) (W2 p.265-266)",
    file: include_str!("dh_008.rs"),
};

static LN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^Lembaran Negara Republik Indonesia Tahun \d{4} Nomor \d+(, Tambahan Lembaran Negara Republik Indonesia Nomor \d+)?$",
    )
});
static LN_ONLY: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Lembaran Negara Republik Indonesia Tahun \d{4} Nomor \d+$"));
static BN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Berita Negara Republik Indonesia Tahun \d{4} Nomor \d+$"));
static LD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^Lembaran Daerah\b.*\bTahun\s+\d{4}\b"));

/// The standard gazette of a kind, for messages; `None` when the kind is not checked.
fn standard(c: &Cite) -> Option<&'static str> {
    match c.jenis {
        Jenis::Uu | Jenis::Perppu | Jenis::Pp => Some(
            "(Lembaran Negara Republik Indonesia Tahun ... Nomor ..., Tambahan Lembaran Negara Republik Indonesia Nomor ...)",
        ),
        Jenis::Perpres if c.year >= 2005 => {
            Some("(Lembaran Negara Republik Indonesia Tahun ... Nomor ...)")
        }
        Jenis::Permen if c.year >= 2011 => {
            Some("(Berita Negara Republik Indonesia Tahun ... Nomor ...)")
        }
        Jenis::PerdaProvinsi | Jenis::PerdaKabKota => Some(
            "(Lembaran Daerah ... Tahun ... Nomor ..., Tambahan Lembaran Daerah ... Nomor ...)",
        ),
        _ => None,
    }
}

/// Whether a gazette is well formed for a citation: `Ok(())`, or what is wrong.
fn judge(c: &Cite, inner: &str) -> Result<(), (&'static str, &'static str)> {
    let malformed = ("tidak baku", "is not in the standard form");
    match c.jenis {
        Jenis::Uu | Jenis::Perppu | Jenis::Pp => {
            if c.year <= 1950 {
                return Ok(());
            }
            let Some(m) = LN.captures(inner) else {
                return Err(malformed);
            };
            // Some Peraturan Pemerintah (without a Penjelasan) have no Tambahan.
            let tln_needed = c.jenis != Jenis::Pp && c.year >= 1960;
            if tln_needed && m.get(1).is_none() {
                return Err((
                    "tidak memuat Tambahan Lembaran Negara",
                    "lacks the Tambahan Lembaran Negara",
                ));
            }
            Ok(())
        }
        Jenis::Perpres => LN_ONLY.is_match(inner).then_some(()).ok_or(malformed),
        Jenis::Permen => BN.is_match(inner).then_some(()).ok_or(malformed),
        Jenis::PerdaProvinsi | Jenis::PerdaKabKota => {
            LD.is_match(inner).then_some(()).ok_or(malformed)
        }
        _ => Ok(()),
    }
}

impl Rule for GazetteForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        for b in bases(doc) {
            let all = units(&b.text);
            let n = all.len();
            for (i, u) in all.iter().enumerate() {
                // A citation before an amendment chain without a gazette of its own.
                let mut missing: Vec<&Cite> = Vec::new();
                if u.head.start != u.owner.start {
                    missing.push(&u.head);
                }
                match &u.gazette {
                    None if !(b.cut && i + 1 == n) => missing.push(&u.owner),
                    None => {}
                    Some(g) => {
                        if let (Some(std), Err((id, en))) =
                            (standard(&u.owner), judge(&u.owner, &g.inner))
                        {
                            let (l, c) = at(doc, &b, &g.inner);
                            sink.report(
                                l,
                                c,
                                format!(
                                    "tempat pengundangan `{}` {id}: `({})`",
                                    u.owner.written, g.inner
                                ),
                                format!(
                                    "the gazette of `{}` {en}: `({})`",
                                    u.owner.written, g.inner
                                ),
                            )
                            .severity(Severity::Warning)
                            .help(format!("tulis `{std}`"), format!("write `{std}`"));
                        }
                    }
                }
                for c in missing {
                    let Some(std) = standard(c) else {
                        continue;
                    };
                    if c.year <= 1950 {
                        continue;
                    }
                    let (l, col) = at(doc, &b, &c.written);
                    sink.report(
                        l,
                        col,
                        format!("`{}` dicantumkan tanpa tempat pengundangannya", c.written),
                        format!("`{}` is cited without its gazette", c.written),
                    )
                    .help(
                        format!("tambahkan sesudah judulnya `{std}`"),
                        format!("add after its title `{std}`"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_missing_and_malformed_gazettes() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 69 Tahun 1958 tentang Pembentukan Daerah-Daerah Tingkat II (Lembaran Negara Tahun 1958 Nomor 122, Tambahan Lembaran Negara Nomor 1665);\n3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;\n4. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2015 Nomor 58);\n5. Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah (Berita Negara Tahun 2015 Nomor 2036);\n";
        insta::assert_snapshot!(run_text(&GazetteForm, &with(items)));
    }

    #[test]
    fn accepts_standard_gazettes_old_laws_and_cut_items() {
        assert_eq!(run_text(&GazetteForm, &with(GOOD)), "");
        let cut = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 2 Tahun 1950 tentang Pembentukan Propinsi Djawa Timur (Himpunan Peraturan-peraturan Negara Tahun 1950);\n3. Undang-Undang Nomor 7 Tahun 1981 tentang Wajib Lapor Ketenagakerjaan (Lembaran Negara Republik Indonesia Tahun\n[... gap ...]\n";
        assert_eq!(run_text(&GazetteForm, &with(cut)), "");
    }
}
