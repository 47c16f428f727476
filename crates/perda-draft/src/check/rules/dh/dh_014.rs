//! ## What it checks
//! That a regulation on migrant workers — its title or its konsiderans names `Pekerja
//! Migran` or `Tenaga Kerja Indonesia` — made after UU 18/2017 (22 November 2017) cites
//! `Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia` in
//! Mengingat. Only a whole Mengingat is judged.
//!
//! ## Why it matters
//! UU 18/2017 is the law that gives provinces, kabupaten/kota and desa their duties
//! towards migrant workers (Pasal 40, 41 and 42) and that repealed UU 39/2004 (Pasal 89
//! huruf a). A regional regulation implementing the migrant-worker regime must cite the
//! law it implements (UU 12/2011 Lampiran II: the dasar hukum contains the regulations
//! that order the regulation to be made). The requirement is inferred from the design of
//! the regime (basis I), so findings are warnings.
//!
//! ## Example
//! ```text
//! TENTANG
//! PELINDUNGAN PEKERJA MIGRAN INDONESIA
//! ...
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan
//!                Tenaga Kerja Indonesia di Luar Negeri (...);
//! ```
//!
//! ## Instead
//! ```text
//! Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
//!             2. Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran
//!                Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242,
//!                Tambahan Lembaran Negara Republik Indonesia Nomor 6141);
//! ```

use super::super::prelude::*;
use super::{Jenis, at, bases, cites, mengingat_complete, mengingat_line};
use crate::check::date::Date;
use crate::check::rules::doc::{Made, made};
use crate::check::rules::kon::full_text;

/// DH-014 `cites-uu-18-2017`.
pub struct CitesUu18Of2017;

static META: RuleMeta = RuleMeta {
    code: "DH-014",
    name: "cites-uu-18-2017",
    group: Group::LegalBases,
    family: Family::LegalBases,
    severity: Severity::Warning,
    basis: Basis::Inferred,
    summary: StaticMsg {
        id: "Peraturan tentang pekerja migran mencantumkan UU 18/2017 dalam dasar hukum",
        en: "A regulation on migrant workers cites UU 18/2017 in its legal basis",
    },
    source: "UU 18/2017 Pasal 40-42, Pasal 89 huruf a; UU 12/2011 Lampiran II (dasar hukum)",
    file: include_str!("dh_014.rs"),
};

static MIGRANT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bpekerja\s+migran\b|\btenaga\s+kerja\s+indonesia\b"));

/// UU 18/2017, promulgated 22 November 2017.
const UU_18_2017: Date = Date {
    year: 2017,
    month: 11,
    day: 22,
};

impl Rule for CitesUu18Of2017 {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, sink: &mut Sink) {
        if !crate::check::rules::doc::regional(doc) {
            return;
        }
        let in_title = doc
            .info
            .name
            .as_deref()
            .is_some_and(|n| MIGRANT.is_match(n));
        let in_konsiderans = doc
            .act
            .preamble
            .considerations
            .iter()
            .any(|n| MIGRANT.is_match(&full_text(n)));
        if !(in_title || in_konsiderans) || made(doc, UU_18_2017) != Made::After {
            return;
        }
        let items = bases(doc);
        if items
            .iter()
            .any(|b| cites(&b.text).iter().any(|c| c.is(Jenis::Uu, 18, 2017)))
        {
            return;
        }
        if !mengingat_complete(doc) {
            return;
        }
        let old = items.iter().find_map(|b| {
            cites(&b.text)
                .into_iter()
                .find(|c| c.is(Jenis::Uu, 39, 2004))
                .map(|c| (b, c))
        });
        let (l, c, extra_id, extra_en) = match old {
            Some((b, c)) => {
                let (l, col) = at(doc, b, &c.written);
                (
                    l,
                    col,
                    "; yang dicantumkan justru UU 39/2004 yang telah dicabut",
                    "; it cites the repealed UU 39/2004 instead",
                )
            }
            None => match mengingat_line(doc) {
                Some(line) => (line.no, line.column(0), "", ""),
                None => return,
            },
        };
        sink.report(
            l,
            c,
            format!("peraturan tentang pekerja migran tidak mencantumkan UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia dalam dasar hukum{extra_id}"),
            format!("a regulation on migrant workers does not cite UU 18/2017 on the protection of Indonesian migrant workers{extra_en}"),
        )
        .help(
            "cantumkan `Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141)` beserta perubahannya",
            "cite `Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 242, Tambahan Lembaran Negara Republik Indonesia Nomor 6141)` with its amendments",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{GOOD, with};
    use super::*;
    use crate::check::testing::run_text;

    #[test]
    fn flags_a_migrant_worker_draft_without_uu_18_2017() {
        let items = "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n2. Undang-Undang Nomor 39 Tahun 2004 tentang Penempatan dan Perlindungan Tenaga Kerja Indonesia di Luar Negeri (Lembaran Negara Republik Indonesia Tahun 2004 Nomor 133, Tambahan Lembaran Negara Republik Indonesia Nomor 4445);\n";
        let none =
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n";
        insta::assert_snapshot!(format!(
            "{}{}",
            run_text(&CitesUu18Of2017, &with(items)),
            run_text(&CitesUu18Of2017, &with(none))
        ));
    }

    #[test]
    fn skips_other_subjects_old_perda_and_cut_lists() {
        assert_eq!(run_text(&CitesUu18Of2017, &with(GOOD)), "");
        let other = with(
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n",
        )
        .replace("PELINDUNGAN PEKERJA MIGRAN INDONESIA", "RETRIBUSI PARKIR")
        .replace("Pelindungan Pekerja Migran Indonesia", "Retribusi Parkir");
        assert_eq!(run_text(&CitesUu18Of2017, &other), "");
        let cut = with(
            "1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\n[... gap ...]\n",
        );
        assert_eq!(run_text(&CitesUu18Of2017, &cut), "");
        let old = "PERATURAN DAERAH PROVINSI JAWA TIMUR\nNOMOR 4 TAHUN 2016\nTENTANG\nPELAYANAN PENEMPATAN DAN PERLINDUNGAN TENAGA KERJA INDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nGUBERNUR JAWA TIMUR,\nMenimbang : bahwa x;\nMengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;\nMEMUTUSKAN:\n";
        assert_eq!(run_text(&CitesUu18Of2017, old), "");
    }
}
