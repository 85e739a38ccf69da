//! Generates the character tables of `src/text.rs` (its module documentation says why),
//! `data/text-tables.bin` (read by `datafiles::text_tables`), from the Unicode data of
//! unicode-normalization (NFKC) and unicode-security (TR39 confusables), keeping only what the
//! rules can see: the extension then reads a few kilobytes at start instead of those crates'
//! tables. The test fails when the committed file differs from what it renders;
//! `UPDATE_TEXT_TABLES=1 cargo test --test text_tables` rewrites it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

#[path = "../src/datafiles.rs"]
#[allow(dead_code)]
mod datafiles;
#[path = "../src/text/hidden.rs"]
mod hidden;
#[path = "../src/text/reference.rs"]
mod reference;
use datafiles::{fnv1a, text_table_items, TEXT_TABLES_MAGIC, TEXT_TABLE_DELTAS, TEXT_TABLE_WIDTHS};
use hidden::is_hidden;
use reference::{char_skeleton, fold, outline, skeleton_of};

fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFF).filter_map(char::from_u32)
}

/// The strings of the tables, each written once: the 128 ASCII characters first (string `n` of
/// them is character `n`), then the others in the order first asked for.
struct Strings {
    ids: BTreeMap<String, u16>,
    text: String,
    ends: Vec<u16>,
}

impl Strings {
    fn new() -> Strings {
        let mut strings = Strings { ids: BTreeMap::new(), text: String::new(), ends: Vec::new() };
        for b in 0u8..128 {
            strings.id(&char::from(b).to_string());
        }
        strings
    }

    fn id(&mut self, s: &str) -> u16 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        self.text.push_str(s);
        self.ends.push(u16::try_from(self.text.len()).expect("strings over 64 KiB"));
        let id = u16::try_from(self.ids.len()).expect("over 65536 strings");
        self.ids.insert(s.to_string(), id);
        id
    }

    /// A map's sorted keys and their values' string ids.
    fn char_map(&mut self, map: &BTreeMap<u32, String>) -> [Vec<u32>; 2] {
        [map.keys().copied().collect(), map.values().map(|v| u32::from(self.id(v))).collect()]
    }
}

fn render() -> Vec<u8> {
    // Canonical composition of an ASCII character with a combining mark after it ("o" + U+0301 is
    // "ó"). Keys: base << 22 | upper << 21 | mark, with the base in lower case as the text holds
    // it and `upper` when it was upper case; upper case has entries only where it composes
    // otherwise ("" where it does not: "h" + U+0331 is "ẖ", "H" + U+0331 stays two characters).
    let marks: Vec<char> = all_chars().filter(|&m| is_combining_mark(m)).collect();
    let mut compose_map = BTreeMap::new();
    for lower in (' '..='~').filter(|b| !b.is_ascii_uppercase()) {
        for &m in &marks {
            let composed = |b: char| Some(fold(&format!("{b}{m}"))).filter(|c| !c.starts_with(lower));
            let key = |upper: bool| (lower as u32) << 22 | (upper as u32) << 21 | m as u32;
            let as_lower = composed(lower);
            if let Some(c) = &as_lower {
                compose_map.insert(key(false), c.clone());
            }
            let as_upper = composed(lower.to_ascii_uppercase());
            if as_upper != as_lower {
                compose_map.insert(key(true), as_upper.unwrap_or_default());
            }
        }
    }

    // Normalisation: characters whose NFKC in lower case differs from their lower case in its
    // ASCII characters, whitespace or hidden characters, or in its skeleton's.
    let mut fold_map = BTreeMap::new();
    for c in all_chars().filter(|c| !c.is_ascii()) {
        let (folded, plain) = (fold(&c.to_string()), c.to_lowercase().collect::<String>());
        // Unless listed, `plain` stands in the text and its characters' skeletons for `folded`'s.
        let skeletons = |s: &str, of: fn(char) -> String| outline(&s.chars().map(of).collect::<String>());
        if folded != plain
            && (outline(&folded) != outline(&plain)
                || skeletons(&folded, char_skeleton) != skeletons(&plain, skeleton_of))
        {
            // NFKC as it is, for the text to know the case of a base ("ᴴ" is "H": U+0331 after it
            // does not compose).
            fold_map.insert(c as u32, c.to_string().nfkc().collect::<String>());
        }
    }

    // Every character normalised text can hold.
    let mut text_chars = BTreeSet::new();
    for c in all_chars() {
        let pushed = if fold_map.contains_key(&(c as u32)) { fold(&c.to_string()) } else { c.to_lowercase().collect() };
        text_chars.extend(pushed.chars());
    }
    text_chars.extend(compose_map.values().flat_map(|v| v.chars()));
    text_chars.retain(|&c| !is_hidden(c) && !c.is_whitespace() && !c.is_control());

    // Skeletons: of the characters normalised text can hold, those whose skeleton is ASCII
    // (combining marks are dropped unless their skeleton is something else).
    let mut skeleton_map = BTreeMap::new();
    for &x in text_chars.iter().filter(|c| !c.is_ascii()) {
        let s = skeleton_of(x);
        if if is_combining_mark(x) { !s.is_empty() } else { s.is_ascii() } {
            skeleton_map.insert(x as u32, s);
        }
    }
    let ascii: Vec<String> = (0u8..128).map(|b| skeleton_of(b as char)).collect();

    // Lower case (`char::to_lowercase`) of every character other than ASCII that it changes: the
    // module then carries no case table of its own.
    let lower_map: BTreeMap<u32, String> = all_chars()
        .filter(|c| !c.is_ascii())
        .map(|c| (c as u32, c.to_lowercase().collect::<String>()))
        .filter(|(c, lower)| char::from_u32(*c).is_some_and(|c| *lower != c.to_string()))
        .collect();

    // Combining marks with their canonical combining class, as ranges: from each of `MARKS` on,
    // characters are of `MARK_CLASSES` (0: not a mark, else the class plus one).
    let (mut starts, mut classes) = (Vec::new(), Vec::new());
    let mut previous = 0;
    for c in 0..=0x110000u32 {
        let class = char::from_u32(c).map_or(0, |c| {
            assert!(is_combining_mark(c) || canonical_combining_class(c) == 0);
            if is_combining_mark(c) {
                canonical_combining_class(c) + 1
            } else {
                0
            }
        });
        if class != previous {
            starts.push(c);
            classes.push(u32::from(class));
            previous = class;
        }
    }

    let mut strings = Strings::new();
    let [fold_keys, fold_values] = strings.char_map(&fold_map);
    let [compose_keys, compose_values] = strings.char_map(&compose_map);
    let [skeleton_keys, skeleton_values] = strings.char_map(&skeleton_map);
    let [lower_keys, lower_values] = strings.char_map(&lower_map);
    let ascii: Vec<u32> = ascii.iter().map(|s| u32::from(strings.id(s))).collect();
    let arrays = [
        fold_keys,
        fold_values,
        compose_keys,
        compose_values,
        skeleton_keys,
        skeleton_values,
        lower_keys,
        lower_values,
        ascii,
        strings.text.bytes().map(u32::from).collect(),
        strings.ends.iter().map(|&e| u32::from(e)).collect(),
        starts,
        classes,
    ];
    // The file `datafiles::text_tables` reads: each array as its length and its items, little-endian
    // (sorted keys and string ends as differences).
    let mut body = Vec::new();
    for ((items, width), delta) in arrays.iter().zip(TEXT_TABLE_WIDTHS).zip(TEXT_TABLE_DELTAS) {
        body.extend((items.len() as u32).to_le_bytes());
        body.extend(text_table_items(items, width, delta).expect("an item out of order or too large"));
    }
    let mut out = TEXT_TABLES_MAGIC.to_vec();
    out.extend((body.len() as u32).to_le_bytes());
    out.extend(fnv1a(&body).to_le_bytes());
    out.extend(body);
    out
}

#[test]
fn committed_tables_are_generated() {
    let rendered = render();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/text-tables.bin");
    if std::env::var_os("UPDATE_TEXT_TABLES").is_some() {
        std::fs::write(&path, &rendered).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == rendered,
        "data/text-tables.bin is not what the Unicode crates give: run UPDATE_TEXT_TABLES=1 cargo test --test text_tables"
    );
    datafiles::text_tables(&rendered).unwrap();
}
