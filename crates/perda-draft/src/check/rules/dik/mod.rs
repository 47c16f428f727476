//! Rules of group `DIK`: the enacting formula (diktum).

use crate::check::rules::doc::{is_gap, is_note, preamble_lines};
use crate::check::rules::prelude::*;

pub mod dik_001;
pub mod dik_002;
pub mod dik_003;

/// The group's rules, in code order.
pub const RULES: &[&dyn Rule] = &[
    &dik_001::JointApproval,
    &dik_002::MemutuskanForm,
    &dik_003::MenetapkanForm,
];

/// The `Menetapkan` formula, with the lines it continues on.
pub(in crate::check::rules) struct Enact<'a> {
    /// The line starting `Menetapkan`.
    pub line: &'a Line,
    /// The formula's text, continuation lines joined with a space.
    pub text: String,
    /// A gap mark follows the formula before it ends: its end is missing from this copy.
    pub cut: bool,
}

/// Whether a line opens a unit of the body (`BAB I`, `Pasal 1`).
fn body_heading(text: &str) -> bool {
    let upper = text.trim_start().to_uppercase();
    upper.starts_with("BAB ") || upper.starts_with("PASAL ") || upper == "BAB" || upper == "PASAL"
}

/// The `Menetapkan: PERATURAN DAERAH TENTANG ... .` formula, joined over the lines a PDF
/// or a narrow column broke it into.
pub(in crate::check::rules) fn menetapkan(doc: &Document) -> Option<Enact<'_>> {
    let pre = preamble_lines(doc);
    let (i, line) = pre
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| l.text.trim_start().to_lowercase().starts_with("menetapkan"))?;
    let mut text = line.text.trim().to_string();
    let mut cut = false;
    let start = doc.lines.iter().position(|l| l.no == line.no).unwrap_or(i);
    for next in doc.lines.iter().skip(start + 1).take(4) {
        if text.ends_with('.') {
            break;
        }
        if is_gap(doc, next.no) {
            cut = true;
            break;
        }
        if is_note(&next.text) {
            continue;
        }
        let t = next.text.trim();
        if body_heading(t) || t.chars().any(char::is_lowercase) {
            break;
        }
        text.push(' ');
        text.push_str(t);
    }
    if !text.ends_with('.') && doc.lines.iter().skip(start + 1).all(|l| is_note(&l.text)) {
        cut = true;
    }
    Some(Enact { line, text, cut })
}

/// The line of `MEMUTUSKAN:` (however it is spaced or cased): its index in the preamble.
pub(in crate::check::rules) fn memutuskan(doc: &Document) -> Option<(usize, &Line)> {
    preamble_lines(doc).iter().enumerate().find(|(_, l)| {
        let letters: String = l
            .text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != ':' && *c != ';')
            .collect();
        letters.eq_ignore_ascii_case("MEMUTUSKAN")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::doc;

    #[test]
    fn joins_a_broken_menetapkan_line() {
        let d = doc(
            "PERATURAN DAERAH KABUPATEN X\nNOMOR 1 TAHUN 2020\nTENTANG\nPELINDUNGAN PEKERJA MIGRAN\nINDONESIA\nDENGAN RAHMAT TUHAN YANG MAHA ESA\nBUPATI X,\nM E M U T U S K A N :\nMenetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN\nINDONESIA.\nBAB I\nKETENTUAN UMUM\n",
        );
        let e = menetapkan(&d).unwrap();
        assert_eq!(
            e.text,
            "Menetapkan : PERATURAN DAERAH TENTANG PELINDUNGAN PEKERJA MIGRAN INDONESIA."
        );
        assert!(!e.cut);
        assert_eq!(memutuskan(&d).unwrap().1.no, 8);
    }
}
