//! Reading text the way a person sees it, so a page cannot dodge a brand check with tricks of
//! encoding: NFKC, hidden (zero-width and format) characters removed, case folded, whitespace
//! collapsed, and the Unicode TR39 confusable skeleton ("DevΟps" with a Greek Omicron reads
//! "devops").
//!
//! The tables come from unicode-normalization and unicode-security at build time (`build.rs`),
//! restricted to characters that fold to ASCII: brand terms and host names are compared in
//! ASCII. A character that folds to something else is only case-folded, so an organisation's
//! non-Latin brand term is matched as written, without confusable detection.

include!(concat!(env!("OUT_DIR"), "/unicode_tables.rs"));

/// (NFKC lower case, skeleton) of a non-ASCII character that folds to ASCII.
fn fold(c: char) -> Option<(&'static str, &'static str)> {
    let i = FOLD.binary_search_by_key(&(c as u32), |e| e.0).ok()?;
    let (_, n, s) = FOLD[i];
    Some((FOLD_STRINGS[n as usize], FOLD_STRINGS[s as usize]))
}

fn is_combining_mark(c: char) -> bool {
    let c = c as u32;
    MARKS.binary_search_by(|&(a, b)| if b < c { std::cmp::Ordering::Less } else if a > c { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok()
}

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
        if s.is_ascii() {
            return Normalized { text: normalize_ascii(s.as_bytes()), hidden_at: Vec::new() };
        }
        let mut out = Normalized { text: String::with_capacity(s.len()), hidden_at: Vec::new() };
        let mut space = false;
        for c in s.chars() {
            if is_hidden(c) {
                out.hidden_at.push(out.text.len());
            } else if c.is_whitespace() || c.is_control() {
                space = !out.text.is_empty();
            } else {
                if space {
                    out.text.push(' ');
                    space = false;
                }
                if c.is_ascii() {
                    out.text.push(c.to_ascii_lowercase());
                } else {
                    match fold(c) {
                        Some((n, _)) if !n.is_empty() => out.text.push_str(n),
                        _ => out.text.extend(c.to_lowercase()),
                    }
                }
            }
        }
        if out.text.ends_with(' ') {
            out.text.pop();
        }
        out
    }
}

/// [`normalize`] for ASCII text (most pages), byte by byte.
fn normalize_ascii(s: &[u8]) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut space = false;
    for &b in s {
        if b.is_ascii_whitespace() || b.is_ascii_control() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(b' ');
                space = false;
            }
            out.push(b.to_ascii_lowercase());
        }
    }
    String::from_utf8(out).unwrap_or_default()
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

/// Appends the skeleton of `c`, a character of normalised text.
fn push_skeleton(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push_str(ASCII_SKELETON[c as usize]);
    } else if !is_combining_mark(c) {
        match fold(c) {
            Some((_, s)) if !s.is_empty() => out.push_str(s),
            _ => out.push(c),
        }
    }
}

/// Words or phrases to look for (brand terms), prepared once and indexed by their first word.
#[derive(Debug, Clone, Default)]
/// A term without letters or digits is kept (so indices stay those given) but never found.
pub struct Terms {
    terms: Vec<TermEntry>,
    /// Distinct first words of the terms' skeletons, with the terms that start with each.
    by_first_word: Vec<(String, Vec<usize>)>,
}

#[derive(Debug, Clone)]
struct TermEntry {
    /// Letters and digits of the normalised term.
    letters: String,
    /// Words of the term's skeleton.
    words: Vec<String>,
}

impl Terms {
    pub fn new<'a>(terms: impl IntoIterator<Item = &'a str>) -> Terms {
        let mut index = Terms::default();
        for t in terms {
            let skeleton = skeleton(t);
            let words: Vec<String> = words_of(&skeleton).into_iter().map(|(a, b)| skeleton[a..b].to_string()).collect();
            if let Some(first) = words.first() {
                let t = index.terms.len();
                match index.by_first_word.iter_mut().find(|(w, _)| w == first) {
                    Some((_, ids)) => ids.push(t),
                    None => index.by_first_word.push((first.clone(), vec![t])),
                }
            }
            index.terms.push(TermEntry { letters: letters(&normalize(t)), words });
        }
        index
    }
}

/// Byte spans of the runs of letters and digits in `s`.
fn words_of(s: &str) -> Vec<(usize, usize)> {
    if s.is_ascii() {
        let mut words = Vec::new();
        let mut start = None;
        for (i, b) in s.bytes().enumerate() {
            match (b.is_ascii_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(a)) => {
                    words.push((a, i));
                    start = None;
                }
                _ => {}
            }
        }
        words.extend(start.map(|a| (a, s.len())));
        return words;
    }
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = s.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
    .collect()
}

/// Letters, digits and the marks on them: what a term is spelled with, separators aside.
fn letters(s: &str) -> String {
    s.chars().filter(|&c| c.is_alphanumeric() || is_combining_mark(c)).collect()
}

/// Where one of the [`Terms`] was found in a [`Folded`] text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMatch {
    /// Index of the term, in the order given to [`Terms::new`].
    pub term: usize,
    /// Byte range in [`Folded::normalized`].
    pub start: usize,
    pub end: usize,
    /// The text only matches after confusable mapping, or hides characters inside the term:
    /// it is written to look like the term without being it.
    pub disguised: bool,
}

/// A text prepared for term search: normalised, and the words of its skeleton.
#[derive(Debug, Clone)]
pub struct Folded {
    normalized: Normalized,
    skeleton: String,
    /// Byte spans of the skeleton's words.
    words: Vec<(usize, usize)>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let normalized = Normalized::new(s);
        let mut skeleton = String::with_capacity(normalized.text.len() + 8);
        for c in normalized.text.chars() {
            push_skeleton(c, &mut skeleton);
        }
        let words = words_of(&skeleton);
        Folded { normalized, skeleton, words }
    }

    /// The byte range of the normalised text whose skeleton is `start..end` of the skeleton
    /// (from the character whose skeleton holds `start` to the one whose skeleton ends at `end`).
    fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        let text = &self.normalized.text;
        let (mut from, mut at, mut buf) = (None, 0, String::new());
        for (i, c) in text.char_indices() {
            if at >= end {
                return (from.unwrap_or(i), i);
            }
            buf.clear();
            push_skeleton(c, &mut buf);
            at += buf.len();
            if from.is_none() && at > start {
                from = Some(i);
            }
        }
        (from.unwrap_or(text.len()), text.len())
    }

    /// The normalised text (see [`normalize`]).
    pub fn normalized(&self) -> &str {
        &self.normalized.text
    }

    /// Every whole-word occurrence of any of `terms`, in text order (by skeleton, so disguised
    /// spellings count; any separator between a term's words matches).
    pub fn matches(&self, terms: &Terms) -> Vec<TermMatch> {
        let mut found = Vec::new();
        for (w, &(start, end)) in self.words.iter().enumerate() {
            let word = &self.skeleton[start..end];
            let Some((_, candidates)) = terms.by_first_word.iter().find(|(w, _)| w == word) else { continue };
            for &t in candidates {
                let term = &terms.terms[t];
                let Some(span) = self.words.get(w..w + term.words.len()) else { continue };
                if !span.iter().zip(&term.words).all(|(&(a, b), word)| &self.skeleton[a..b] == word) {
                    continue;
                }
                let (src_start, src_end) = self.source_span(start, span[span.len() - 1].1);
                let raw = &self.normalized.text[src_start..src_end];
                let hidden = self.normalized.hidden_at.iter().any(|&h| h > src_start && h < src_end);
                found.push(TermMatch {
                    term: t,
                    start: src_start,
                    end: src_end,
                    disguised: hidden || letters(raw) != term.letters,
                });
            }
        }
        found
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
    Folded::new(text).matches(&Terms::new([term])).first().map(|m| m.disguised)
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
        assert_eq!(skeleton("Micro\u{301}soft"), skeleton("Microsoft"));
        assert_eq!(skeleton("ｍｉｃｒｏｓｏｆｔ"), skeleton("Microsoft"));
        assert_eq!(skeleton("ɡıthub"), "github");
        assert_ne!(skeleton("gitlab"), skeleton("github"));
    }

    #[test]
    fn names_finds_whole_words_and_says_when_disguised() {
        assert_eq!(names("Sign in to GitHub", "GitHub"), Some(false));
        assert_eq!(names("Azure DevΟps", "Azure DevOps"), Some(true));
        assert_eq!(names("Azure   DEVOPS · Authorize", "Azure DevOps"), Some(false));
        assert_eq!(names("Micro\u{200B}soft account", "Microsoft"), Some(true));
        assert_eq!(names("Micro\u{301}soft account", "Microsoft"), Some(true));
        assert_eq!(names("Sign in to Ｍｉｃｒｏｓｏｆｔ", "Microsoft"), Some(false));
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
    fn separators_between_words_do_not_matter() {
        assert_eq!(names("Azure-DevOps", "Azure DevOps"), Some(false));
        assert_eq!(names("Azure", "Azure DevOps"), None);
    }

    #[test]
    fn every_term_is_found_in_text_order() {
        let terms = Terms::new(["GitHub", "Google", "Azure DevOps"]);
        let f = Folded::new("Sign in with your Microsoft account, then Google and GitHub");
        let found: Vec<usize> = f.matches(&terms).iter().map(|m| m.term).collect();
        assert_eq!(found, [1, 0]);
        let m = f.matches(&Terms::new(["Microsoft"]))[0];
        assert_eq!(f.words_before(m.start, 2), vec!["with", "your"]);
        assert_eq!(&f.normalized()[m.start..m.end], "microsoft");
    }
}
