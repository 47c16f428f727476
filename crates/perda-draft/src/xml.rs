//! Escaping text for XML and HTML, shared by the writers (JUnit, HTML, DOCX, Akoma Ntoso).

/// `s` with `&`, `<`, `>`, `"` and `'` escaped and the characters XML 1.0 forbids left out:
/// the controls below U+0020 but tab, line feed and carriage return, and the noncharacters
/// U+FFFE and U+FFFF.
pub(crate) fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_forbidden_controls() {
        assert_eq!(
            super::escape("a<b & \"c\" 'd'\u{1}\te\u{FFFE}\u{FFFF}\u{FFFD}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;\te\u{FFFD}"
        );
    }
}
