#![doc = include_str!("../README.md")]

pub mod akn;
pub mod check;
pub mod docx;
pub mod html;
pub mod profile;
pub mod render;
pub mod report;
#[cfg(feature = "schema")]
pub mod schema;
mod xml;

use perda_law::Level;
use perda_law::obligation::{Modality, Obligation};

/// The obligations a regulation of `level` must regulate: the catalogue's duties for that
/// level (permissions are options, prohibitions are checked as legality rules).
///
/// # Examples
///
/// ```
/// use perda_law::Level;
///
/// let duties = perda_draft::mandated(Level::Desa);
/// assert!(duties.iter().any(|o| o.id == "uu-18-2017/42/a"));
/// assert_eq!(perda_draft::mandated(Level::Kabupaten).len(), 25);
/// ```
pub fn mandated(level: Level) -> Vec<Obligation> {
    perda_law::corpus::uu_18_2017_obligations()
        .into_iter()
        .filter(|o| o.modality == Modality::Duty && o.levels.contains(&level))
        .collect()
}

/// The options a regulation of `level` may take up (`may` obligations), such as forming a
/// one-stop service (layanan terpadu satu atap).
///
/// # Examples
///
/// ```
/// let options = perda_draft::options(perda_law::Level::Kabupaten);
/// assert!(options.iter().any(|o| o.id == "uu-18-2017/41/k"));
/// ```
pub fn options(level: Level) -> Vec<Obligation> {
    perda_law::corpus::uu_18_2017_obligations()
        .into_iter()
        .filter(|o| o.modality == Modality::May && o.levels.contains(&level))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kabupaten_mandates_41_a_to_j_but_not_the_optional_k() {
        let ids: Vec<String> = mandated(Level::Kabupaten)
            .into_iter()
            .map(|o| o.id)
            .collect();
        for l in 'a'..='j' {
            assert!(ids.contains(&format!("uu-18-2017/41/{l}")), "41/{l}");
        }
        assert!(!ids.contains(&"uu-18-2017/41/k".to_string()));
        assert!(
            !ids.iter()
                .any(|i| i.starts_with("uu-18-2017/40/") || i.starts_with("uu-18-2017/42/"))
        );
        let opts: Vec<String> = options(Level::Kabupaten)
            .into_iter()
            .map(|o| o.id)
            .collect();
        assert!(opts.contains(&"uu-18-2017/41/k".to_string()));
    }
}
