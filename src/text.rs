//! Reading text the way a person sees it, so a page cannot dodge a brand check with tricks of
//! encoding: NFKC, hidden (zero-width and format) characters removed, case folded, whitespace
//! collapsed, and the Unicode TR39 confusable skeleton ("DevΟps" with a Greek Omicron reads
//! "devops").

use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Characters that render as nothing and are used to split words invisibly.
fn is_hidden(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Text after NFKC, hidden characters removed, lower case, whitespace collapsed to one space
/// and trimmed.
pub fn normalize(s: &str) -> String {
    Normalized::new(s).text
}

#[derive(Debug, Clone)]
struct Normalized {
    text: String,
    /// Byte offsets in `text` where a hidden character was removed.
    hidden_at: Vec<usize>,
}

impl Normalized {
    fn new(s: &str) -> Normalized {
        let mut out = Normalized { text: String::with_capacity(s.len()), hidden_at: Vec::new() };
        if s.is_ascii() {
            out.push_all(s.chars());
        } else {
            out.push_all(s.nfkc());
        }
        if out.text.ends_with(' ') {
            out.text.pop();
        }
        out
    }

    fn push_all(&mut self, chars: impl Iterator<Item = char>) {
        let mut space = false;
        for c in chars {
            if is_hidden(c) {
                self.hidden_at.push(self.text.len());
            } else if c.is_whitespace() || c.is_control() {
                space = !self.text.is_empty();
            } else {
                if space {
                    self.text.push(' ');
                    space = false;
                }
                if c.is_ascii() {
                    self.text.push(c.to_ascii_lowercase());
                } else {
                    self.text.extend(c.to_lowercase());
                }
            }
        }
    }
}

/// The TR39 confusable skeleton of `s`, lower case, with combining marks dropped
/// (`skeleton("Gооgle")` with Cyrillic o's is `"google"`, `skeleton("microsoft")` is `"rnicrosoft"`:
/// compare skeletons only with skeletons).
pub fn skeleton(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in normalize(s).chars() {
        push_skeleton(c, &mut out);
    }
    out
}

fn push_skeleton(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push_str(&ascii_skeletons()[c as usize]);
        return;
    }
    let mut buf = [0u8; 4];
    for s in unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf)) {
        if !is_combining_mark(s) {
            out.extend(s.to_lowercase());
        }
    }
}

fn ascii_skeletons() -> &'static [String] {
    static TABLE: OnceLock<Vec<String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0u8..128)
            .map(|b| {
                let mut buf = [0u8; 4];
                unicode_security::confusable_detection::skeleton((b as char).encode_utf8(&mut buf))
                    .flat_map(char::to_lowercase)
                    .collect()
            })
            .collect()
    })
}

/// A word or phrase to look for (a brand term), prepared once.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// As written, for messages.
    pub display: String,
    normalized: String,
    skeleton: String,
}

impl Term {
    pub fn new(s: &str) -> Term {
        Term { display: s.trim().to_string(), normalized: normalize(s), skeleton: skeleton(s) }
    }
}

/// Where a [`Term`] was found in a [`Folded`] text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMatch {
    /// Byte range in [`Folded::normalized`].
    pub start: usize,
    pub end: usize,
    /// The text only matches after confusable mapping, or hides characters inside the term:
    /// it is written to look like the term without being it.
    pub disguised: bool,
}

/// A text prepared for term search: normalised, and its skeleton with a map back.
#[derive(Debug, Clone)]
pub struct Folded {
    normalized: Normalized,
    skeleton: String,
    /// For each byte of `skeleton`, the byte offset of its source character in `normalized`.
    source: Vec<usize>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let normalized = Normalized::new(s);
        let mut skeleton = String::with_capacity(normalized.text.len() + 8);
        let mut source = Vec::with_capacity(normalized.text.len() + 8);
        for (i, c) in normalized.text.char_indices() {
            push_skeleton(c, &mut skeleton);
            source.resize(skeleton.len(), i);
        }
        Folded { normalized, skeleton, source }
    }

    /// The normalised text (see [`normalize`]).
    pub fn normalized(&self) -> &str {
        &self.normalized.text
    }

    /// Every whole-word occurrence of `term` (by skeleton, so disguised spellings count).
    pub fn matches<'a>(&'a self, term: &'a Term) -> impl Iterator<Item = TermMatch> + 'a {
        let needle = term.skeleton.as_str();
        let mut from = 0;
        std::iter::from_fn(move || {
            if needle.is_empty() {
                return None;
            }
            while let Some(pos) = self.skeleton[from..].find(needle) {
                let start = from + pos;
                let end = start + needle.len();
                from = start + needle.chars().next().map_or(1, char::len_utf8);
                let before = self.skeleton[..start].chars().next_back();
                let after = self.skeleton[end..].chars().next();
                if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                // Whole source characters only: a skeleton that starts or ends inside the
                // expansion of one character ("m" -> "rn") is not a match of that character.
                let src_start = self.source[start];
                if start > 0 && self.source[start - 1] == src_start {
                    continue;
                }
                let src_end = self.source.get(end).copied().unwrap_or(self.normalized.text.len());
                if end < self.source.len() && self.source[end - 1] == src_end {
                    continue;
                }
                let raw = &self.normalized.text[src_start..src_end];
                let hidden = self.normalized.hidden_at.iter().any(|&h| h > src_start && h < src_end);
                return Some(TermMatch {
                    start: src_start,
                    end: src_end,
                    disguised: hidden || raw != term.normalized,
                });
            }
            None
        })
    }

    /// The first occurrence of `term`, if any.
    pub fn find(&self, term: &Term) -> Option<TermMatch> {
        self.matches(term).next()
    }

    /// Up to `n` words right before byte `at` of the normalised text, nearest last.
    pub fn words_before(&self, at: usize, n: usize) -> Vec<&str> {
        let head = &self.normalized.text[..at.min(self.normalized.text.len())];
        let mut words: Vec<&str> = head
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .rev()
            .take(n)
            .collect();
        words.reverse();
        words
    }
}

/// Whether `text` names `term` as a whole word, read the way a person reads it: `Some(false)`
/// for a plain mention, `Some(true)` when it only matches through look-alike characters or
/// hidden characters, `None` when it does not name it.
pub fn names(text: &str, term: &str) -> Option<bool> {
    Folded::new(text).find(&Term::new(term)).map(|m| m.disguised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_width_hidden_and_space() {
        assert_eq!(normalize("  Azure\u{200B} Dev\u{00AD}Ops \n\t Sign  in "), "azure devops sign in");
        assert_eq!(normalize("Ｍｉｃｒｏｓｏｆｔ"), "microsoft");
        assert_eq!(normalize("Git\u{FEFF}Hub\u{2060}"), "github");
        assert_eq!(normalize(""), "");
    }

    #[test]
    fn skeleton_maps_confusables() {
        assert_eq!(skeleton("Azure DevΟps"), skeleton("azure devops"));
        assert_eq!(skeleton("Gооgle"), skeleton("Google"));
        assert_eq!(skeleton("rnicrosoft"), skeleton("Microsoft"));
        assert_eq!(skeleton("Micrósoft"), skeleton("Microsoft"));
        assert_ne!(skeleton("gitlab"), skeleton("github"));
    }

    #[test]
    fn names_finds_whole_words_and_says_when_disguised() {
        assert_eq!(names("Sign in to GitHub", "GitHub"), Some(false));
        assert_eq!(names("Azure DevΟps", "Azure DevOps"), Some(true));
        assert_eq!(names("Azure   DEVOPS · Authorize", "Azure DevOps"), Some(false));
        assert_eq!(names("Micro\u{200B}soft account", "Microsoft"), Some(true));
        assert_eq!(names("GitHubber meetup", "GitHub"), None);
        assert_eq!(names("Microsoftonline", "Microsoft"), None);
        assert_eq!(names("Gitlab", "GitHub"), None);
        assert_eq!(names("", "GitHub"), None);
    }

    #[test]
    fn expansion_of_one_character_is_not_split() {
        // "m" has the skeleton "rn": a term ending in "r" must not match half of an "m".
        assert_eq!(names("am", "ar"), None);
        assert_eq!(names("a rn", "a m"), Some(true));
    }

    #[test]
    fn words_before_a_match() {
        let f = Folded::new("Sign in with your Microsoft account");
        let m = f.find(&Term::new("Microsoft")).unwrap();
        assert_eq!(f.words_before(m.start, 2), vec!["with", "your"]);
    }
}
