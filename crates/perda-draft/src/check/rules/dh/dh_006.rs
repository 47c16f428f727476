//! ## What it checks
//! The order of the legal bases: by the hierarchy of their first citation — UUD 1945,
//! Ketetapan MPR, Undang-Undang / Perppu, Peraturan Pemerintah, Peraturan / Keputusan
//! Presiden, Peraturan Menteri or of an agency, Perda Provinsi, Perda Kabupaten/Kota — and
//! within one level by promulgation (year, then number for the same kind). A lower level
//! before a higher one is an error; a later regulation before an earlier one of the same
//! level a warning. Items whose citation cannot be read (`Nomor ... Tahun ...`) are skipped.
//!
//! ## Why it matters
//! UU 12/2011 Lampiran II (dasar hukum): the legal bases are listed by the hierarchy of
//! regulations and, at the same level, chronologically by the date of promulgation. Read
//! in a secondary restatement (basis S).
//!
//! ## Example
//! ```text
//! 3. Peraturan Pemerintah Nomor 59 Tahun 2021 tentang Pelaksanaan Pelindungan Pekerja
//!    Migran Indonesia (...);
//! 4. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (...);
//! ```
//!
//! ## Instead
//! ```text
//! 3. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (...);
//! 4. Peraturan Pemerintah Nomor 59 Tahun 2021 tentang Pelaksanaan Pelindungan Pekerja
//!    Migran Indonesia (...);
//! ```

use super::super::prelude::*;
use super::{Jenis, at, bases, cites};

/// DH-006 `mengingat-order`.
pub struct MengingatOrder;

static META: RuleMeta = RuleMeta {
    code: "DH-006",
    name: "mengingat-order",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Error,
    basis: Basis::Secondary,
    summary: StaticMsg {
        id: "Dasar hukum disusun menurut hierarki, lalu menurut urutan pengundangan",
        en: "Legal bases are ordered by hierarchy, then by date of promulgation",
    },
    source: "UU 12/2011 Lampiran II (dasar hukum) (W2 p.265)",
    file: include_str!("dh_006.rs"),
};

static UUD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(Pasal\s[^;]*?)?Undang-Undang\s+Dasar\b"));
static TAP: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^Ketetapan\s+Majelis\s+Permusyawaratan\s+Rakyat\b"));

/// What an item is ordered by.
struct Key {
    rank: u8,
    name: String,
    jenis: Option<Jenis>,
    jenis_written: String,
    year: i32,
    number: u32,
    written: String,
}

impl Rule for MengingatOrder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let items = bases(doc);
        let mut prev: Option<Key> = None;
        for b in &items {
            let text = b.text.trim();
            let key = if UUD.is_match(text) {
                Key {
                    rank: 0,
                    name: "Undang-Undang Dasar".into(),
                    jenis: None,
                    jenis_written: String::new(),
                    year: 1945,
                    number: 0,
                    written: "UUD 1945".into(),
                }
            } else if TAP.is_match(text) {
                Key {
                    rank: 1,
                    name: "Ketetapan MPR".into(),
                    jenis: None,
                    jenis_written: String::new(),
                    year: 0,
                    number: 0,
                    written: "Ketetapan MPR".into(),
                }
            } else if let Some(c) = cites(text).into_iter().next() {
                Key {
                    rank: c.jenis.rank(),
                    name: c.jenis.name().into(),
                    jenis: Some(c.jenis),
                    jenis_written: c.jenis_written.to_lowercase(),
                    year: c.year,
                    number: c.num().unwrap_or(0),
                    written: c.written.clone(),
                }
            } else {
                continue;
            };
            if let Some(p) = &prev {
                let (l, c) = at(doc, b, "");
                if key.rank < p.rank {
                    sink.report(
                        l,
                        c,
                        format!(
                            "{} (`{}`) dicantumkan sesudah {} (`{}`) yang lebih rendah tingkatannya",
                            key.name, key.written, p.name, p.written
                        ),
                        format!(
                            "{} (`{}`) is listed after {} (`{}`), which is lower in the hierarchy",
                            key.name, key.written, p.name, p.written
                        ),
                    )
                    .help(
                        "susun dasar hukum menurut hierarki: UUD 1945, Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Perda Provinsi, Perda Kabupaten/Kota",
                        "order the bases by hierarchy: UUD 1945, Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Perda Provinsi, Perda Kabupaten/Kota",
                    );
                } else if key.rank == p.rank && key.rank > 1 {
                    let same_kind = key.jenis == p.jenis && key.jenis_written == p.jenis_written;
                    let earlier = key.year < p.year
                        || (same_kind && key.year == p.year && key.number < p.number);
                    if earlier {
                        sink.report(
                            l,
                            c,
                            format!(
                                "`{}` dicantumkan sesudah `{}` yang diundangkan kemudian",
                                key.written, p.written
                            ),
                            format!(
                                "`{}` is listed after `{}`, which was promulgated later",
                                key.written, p.written
                            ),
                        )
                        .severity(Severity::Warning)
                        .help(
                            "dalam tingkatan yang sama susun menurut urutan pengundangan (tahun, lalu nomor)",
                            "within one level, order by promulgation (year, then number)",
                        );
                    }
                }
            }
            prev = Some(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_pp_before_a_uu_and_a_later_uu_first() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri;\n3. Undang-Undang Nomor 10 Tahun 2004 tentang Pembentukan Peraturan Perundang-undangan;\n4. Peraturan Pemerintah Nomor 59 Tahun 2021 tentang Pelaksanaan Pelindungan Pekerja Migran Indonesia;\n5. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia;\n";
        insta::assert_snapshot!(run_text(&MengingatOrder, &with(items)));
    }

    #[test]
    fn skips_placeholders_and_orders_ministries_by_year() {
        assert_eq!(run_text(&MengingatOrder, &with(GOOD)), "");
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor ... Tahun ... tentang Pembentukan;\n3. Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan;\n4. Peraturan Menteri Ketenagakerjaan Nomor 9 Tahun 2019 tentang X;\n5. Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Y;\n";
        let out = run_text(&MengingatOrder, &with(items));
        assert!(out.contains("Nomor 80 Tahun 2015"), "{out}");
        assert_eq!(
            out.lines().filter(|l| !l.starts_with("  help")).count(),
            1,
            "{out}"
        );
    }
}
