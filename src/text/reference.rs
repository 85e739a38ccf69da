//! The full Unicode algorithms that the tables of `src/text.rs` are cut from: NFKC
//! (unicode-normalization) and the TR39 skeleton (unicode-security). tests/text_tables.rs generates the
//! tables with them; the tests check the tables against them.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_security::confusable_detection::skeleton;

use super::hidden::is_hidden;

fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// NFKC, then lower case: what normalised text holds for `s`.
pub fn fold(s: &str) -> String {
    lower(&s.nfkc().collect::<String>())
}

/// The skeleton of a character of normalised text that stands for its NFKC in lower case.
pub fn skeleton_of(c: char) -> String {
    fold(&c.to_string()).chars().map(char_skeleton).collect()
}

/// The TR39 skeleton of one character of normalised text, lower case, combining marks dropped.
pub fn char_skeleton(c: char) -> String {
    let mut buf = [0u8; 4];
    skeleton(c.encode_utf8(&mut buf)).filter(|&m| !is_combining_mark(m)).flat_map(char::to_lowercase).collect()
}

/// What the rules can tell of a text, as they look only for ASCII wording: its ASCII characters
/// (whitespace as a space), hidden characters as `\u{1}`, and `\0` for each run of others.
pub fn outline(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if is_hidden(c) {
            out.push('\u{1}');
        } else if c.is_whitespace() || c.is_control() {
            out.push(' ');
        } else if c.is_ascii() {
            out.push(c);
        } else if !out.ends_with('\0') {
            out.push('\0');
        }
    }
    out
}
