//! The full Unicode algorithms that the tables of `src/text.rs` are cut from: NFKC
//! (unicode-normalization) and the TR39 skeleton (unicode-security). build.rs generates the
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Class {
    Ascii(char),
    Hidden,
    Space,
    Word,
    Other,
}

fn class(c: char) -> Class {
    if is_hidden(c) {
        Class::Hidden
    } else if c.is_whitespace() || c.is_control() {
        Class::Space
    } else if c.is_ascii() {
        Class::Ascii(c)
    } else if c.is_alphanumeric() {
        Class::Word
    } else {
        Class::Other
    }
}

/// What the rules can tell of normalised text, which they search for ASCII wording: its ASCII
/// characters, and where the rest has hidden characters, whitespace, runs of letters and digits,
/// or other characters.
pub fn shape(s: &str) -> Vec<Class> {
    let mut out: Vec<Class> = Vec::new();
    for class in s.chars().map(class) {
        if matches!(class, Class::Ascii(_)) || out.last() != Some(&class) {
            out.push(class);
        }
    }
    out
}

/// What the rules can tell of a skeleton, which they split into words to compare with ASCII
/// words: a word with any other letter or digit compares with none, so only its extent counts.
pub fn skeleton_shape(s: &str) -> Vec<Class> {
    let mut out: Vec<Class> = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, out: &mut Vec<Class>| {
        if word.is_ascii() {
            out.extend(word.chars().map(Class::Ascii));
        } else {
            out.push(Class::Word);
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        end_word(&mut word, &mut out);
        let class = class(c);
        if matches!(class, Class::Ascii(_)) || out.last() != Some(&class) {
            out.push(class);
        }
    }
    end_word(&mut word, &mut out);
    out
}

