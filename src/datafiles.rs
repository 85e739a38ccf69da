//! The data files the engine reads when the extension starts, not compiled into the .wasm: the
//! scope catalogs (`data/scopes/*.json`), the private section of the Public Suffix List
//! (`data/psl-private.txt`), the text-folding tables (`data/text-tables.bin`) and the wording of
//! federation controls (`data/federation.txt`) and of password asks (`data/password-asks.txt`).
//! The extension reads them from its own files and hands them to the module once (`loadData`,
//! `loadScopeCatalogs`); native builds read the same files, compiled in. build.rs reads them with this same code, so a malformed file fails the build with the
//! message the extension would give. This module uses nothing of the crate but `serde_json`.

use serde_json::Value;

/// The keys of a catalog file and of one of its entries.
const CATALOG_KEYS: [&str; 2] = ["provider", "scopes"];
const ENTRY_KEYS: [&str; 5] = ["scope", "tier", "description", "implies", "includes"];
/// The tiers a catalog may name (`scopes::Tier`).
const TIERS: [&str; 5] = ["unknown", "low", "medium", "high", "critical"];

/// A JSON array of catalog files (`[{"provider": …, "scopes": […]}, …]`) as `(provider id,
/// lines)`, in the array's order: one line per scope, with the fields scope, tier, description,
/// implies and the scopes it includes (space-separated), separated by tabs.
pub fn catalogs(json: &str) -> Result<Vec<(String, String)>, String> {
    let json: Value = serde_json::from_str(json).map_err(|e| format!("scope catalogs: {e}"))?;
    let files = json.as_array().ok_or("scope catalogs: expected an array of catalogs")?;
    files.iter().enumerate().map(|(i, file)| catalog(file).map_err(|e| format!("scope catalog {i}: {e}"))).collect()
}

fn unknown_key(object: &serde_json::Map<String, Value>, keys: &[&str]) -> Result<(), String> {
    match object.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown key `{k}`")),
        None => Ok(()),
    }
}

fn catalog(file: &Value) -> Result<(String, String), String> {
    let file = file.as_object().ok_or("expected an object")?;
    unknown_key(file, &CATALOG_KEYS)?;
    let provider = file.get("provider").and_then(Value::as_str).ok_or("no string `provider`")?;
    let scopes = file.get("scopes").and_then(Value::as_array).ok_or("no `scopes` list")?;
    let mut lines = String::new();
    for (i, entry) in scopes.iter().enumerate() {
        entry_line(entry, &mut lines).map_err(|e| format!("{provider}: scopes[{i}]: {e}"))?;
    }
    Ok((provider.to_string(), lines))
}

fn entry_line(entry: &Value, out: &mut String) -> Result<(), String> {
    let entry = entry.as_object().ok_or("expected an object")?;
    unknown_key(entry, &ENTRY_KEYS)?;
    let mut fields = Vec::with_capacity(5);
    for key in &ENTRY_KEYS[..4] {
        fields.push(entry.get(*key).and_then(Value::as_str).ok_or_else(|| format!("no string `{key}`"))?);
    }
    let mut includes = Vec::new();
    if let Some(list) = entry.get("includes") {
        for scope in list.as_array().ok_or("`includes` is not a list")? {
            includes.push(scope.as_str().ok_or("`includes` holds a non-string")?);
        }
    }
    if fields.iter().chain(&includes).any(|f| f.contains(['\t', '\n'])) || includes.iter().any(|s| s.contains(' ')) {
        return Err("a field holds a tab or a line break, or an included scope a space".into());
    }
    if !TIERS.contains(&fields[1]) {
        return Err(format!("unknown tier `{}`", fields[1]));
    }
    let included = includes.join(" ");
    fields.push(&included);
    out.push_str(&fields.join("\t"));
    out.push('\n');
    Ok(())
}

/// The domains of `data/psl-private.txt` (one a line; `#` starts a comment line) joined by `\n`,
/// for `host`'s binary search. The file is sorted byte-wise (tools/gen-psl-private.py writes it
/// so); a line out of order, a repeated one, or one that is not a lower-case ASCII domain name is
/// refused with its number.
pub fn private_suffixes(text: &str) -> Result<String, String> {
    let mut list = String::with_capacity(text.len());
    let mut last = "";
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let name = line.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
        let problem = if !name || line.starts_with('.') || line.ends_with('.') || line.contains("..") {
            "is not a domain name"
        } else if line <= last {
            "is out of order (the list is sorted byte-wise, each domain once)"
        } else {
            ""
        };
        if !problem.is_empty() {
            return Err(format!("private suffix list, line {}: `{line}` {problem}", i + 1));
        }
        if !list.is_empty() {
            list.push('\n');
        }
        list.push_str(line);
        last = line;
    }
    if list.is_empty() {
        return Err("private suffix list: no domains".into());
    }
    Ok(list)
}

/// The entries of a wording file (`data/federation.txt`, `data/password-asks.txt`): each line
/// that is neither blank nor a `#` comment, as its number, its kind (the first word) and the rest,
/// trimmed. The last entry must be `end`, so that a file cut short is refused.
fn entries<'a>(text: &'a str, what: &str) -> Result<Vec<(usize, &'a str, &'a str)>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if !line.is_empty() && !line.starts_with('#') {
            let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
            out.push((n + 1, kind, rest.trim()));
        }
    }
    match out.pop() {
        Some((_, "end", "")) if out.iter().all(|e| e.1 != "end") => Ok(out),
        _ => Err(format!("{what}: the last entry is not the only `end`: the file is cut short or malformed")),
    }
}

/// The wording of federation controls and of publishing services' footers
/// (`data/federation.txt`), as the file writes it: the rules normalise it as they read a page.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub struct Federation {
    /// `phrase`: "sign in with", "continue with".
    pub phrases: Vec<String>,
    /// `words`, `connectors` and `joined`: every language's, one after the other.
    pub words: Vec<String>,
    pub connectors: Vec<String>,
    pub joined: Vec<String>,
    /// `footer`: "report abuse".
    pub footers: Vec<String>,
    /// `step` and `choice`: every language's, each a phrase ("stay signed in", "use another account").
    pub steps: Vec<String>,
    pub choices: Vec<String>,
    /// `about` and `product`: every language's words ("for", "connect"; "app", "extension").
    pub about: Vec<String>,
    pub products: Vec<String>,
}

/// Reads `data/federation.txt` (its comment says the format). Refuses an entry of another kind
/// or without words, and a file that does not end with `end`, naming the line.
pub fn federation(text: &str) -> Result<Federation, String> {
    let mut f = Federation {
        phrases: vec![],
        words: vec![],
        connectors: vec![],
        joined: vec![],
        footers: vec![],
        steps: vec![],
        choices: vec![],
        about: vec![],
        products: vec![],
    };
    for (n, kind, rest) in entries(text, "federation wording")? {
        let (list, words) = match (kind, rest.split_once(' ')) {
            ("phrase", _) if !rest.is_empty() => (&mut f.phrases, None),
            ("footer", _) if !rest.is_empty() => (&mut f.footers, None),
            ("words", Some((_, words))) => (&mut f.words, Some(words)),
            ("connectors", Some((_, words))) => (&mut f.connectors, Some(words)),
            ("joined", Some((_, words))) => (&mut f.joined, Some(words)),
            ("about", Some((_, words))) => (&mut f.about, Some(words)),
            ("product", Some((_, words))) => (&mut f.products, Some(words)),
            ("step", Some((_, phrase))) => {
                f.steps.push(phrase.trim().into());
                continue;
            }
            ("choice", Some((_, phrase))) => {
                f.choices.push(phrase.trim().into());
                continue;
            }
            _ => return Err(format!("federation wording, line {n}: not an entry (a kind and its words)")),
        };
        match words {
            None => list.push(rest.into()),
            Some(words) => list.extend(words.split_whitespace().map(String::from)),
        }
    }
    if f.phrases.is_empty() || f.words.is_empty() || f.footers.is_empty() {
        return Err("federation wording: no phrases, words or footers".into());
    }
    Ok(f)
}

/// One language of `data/password-asks.txt` (its code is not kept): its asks, fill words and
/// refusals, each phrase its words (as `normalize` gives them, split at what is not a letter or
/// digit) joined by one space; in a language written without spaces, its asks that follow the
/// name (`after`), each its words with nothing between.
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub struct AskWording {
    pub asks: Vec<String>,
    pub fill: Vec<String>,
    pub refuse: Vec<String>,
    pub after: Vec<String>,
    /// `own`: the words before the provider's name and the last, the word after it ("enter
    /// password": "Enter your Microsoft account password").
    pub own: Vec<String>,
    /// `give`, `between` and `secret`: a request to type a secret into a message box, a word each.
    pub give: Vec<String>,
    pub between: Vec<String>,
    pub secret: Vec<String>,
}

/// Reads `data/password-asks.txt` (its comment says the format), each phrase normalised by
/// `normalize` (the engine's `text::normalize`; build.rs, which only checks the file, lower-cases).
/// Refuses an entry of an unknown kind, before a `lang`, with no words or a `fill` of more than
/// one, a language without asks or refusals, and a file that does not end with `end` (one cut
/// short), naming the line.
pub fn password_asks(text: &str, normalize: impl Fn(&str) -> String) -> Result<Vec<AskWording>, String> {
    let mut languages: Vec<AskWording> = Vec::new();
    let complete = |l: &AskWording| (!l.asks.is_empty() || !l.after.is_empty()) && !l.refuse.is_empty();
    for (n, kind, rest) in entries(text, "password-ask wording")? {
        let normalized = normalize(rest);
        let words: Vec<&str> = normalized.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mut phrase = words.join(" ");
        let list = match (kind, languages.last_mut()) {
            ("lang", last) if last.as_deref().is_none_or(complete) && !phrase.is_empty() => None,
            ("ask", Some(l)) if !phrase.is_empty() => Some(&mut l.asks),
            ("fill", Some(l)) if words.len() == 1 => Some(&mut l.fill),
            ("refuse", Some(l)) if !phrase.is_empty() => Some(&mut l.refuse),
            ("own", Some(l)) if words.len() >= 2 => Some(&mut l.own),
            ("give", Some(l)) if words.len() == 1 => Some(&mut l.give),
            ("between", Some(l)) if words.len() == 1 => Some(&mut l.between),
            ("secret", Some(l)) if words.len() == 1 => Some(&mut l.secret),
            ("after", Some(l)) if !phrase.is_empty() => {
                phrase = words.concat();
                Some(&mut l.after)
            }
            _ => {
                return Err(format!(
                    "password-ask wording, line {n}: not an entry (`lang`, `ask`, `fill`, `refuse`, `after`, `own`, `give`, `between` or `secret` \
                     and its words; a language has an `ask` or an `after`, and a `refuse`)"
                ))
            }
        };
        match list {
            Some(list) => list.push(phrase),
            None => languages.push(AskWording {
                asks: vec![],
                fill: vec![],
                refuse: vec![],
                after: vec![],
                own: vec![],
                give: vec![],
                between: vec![],
                secret: vec![],
            }),
        }
    }
    if !languages.last().is_some_and(complete) {
        return Err("password-ask wording: no languages, or the last has no `ask` or `after`, or no `refuse`".into());
    }
    Ok(languages)
}

/// The text-folding tables (`data/text-tables.bin`, written by tests/text_tables.rs; `text`'s
/// module documentation says what they hold; `lower` is `char::to_lowercase` of every character
/// other than ASCII that it changes). Keys are sorted, values and the ASCII skeletons are
/// ids of `strings`, whose string `n` ends at `string_ends[n]`; from each of `marks` on,
/// characters are of the class in `mark_classes` (0: not a combining mark, else the class plus one).
#[cfg_attr(test, derive(Debug, PartialEq, Eq))]
pub struct TextTables {
    /// The file's checksum ([`fnv1a`] of all after the header).
    pub checksum: u32,
    pub fold: (Vec<u32>, Vec<u32>),
    pub compose: (Vec<u32>, Vec<u32>),
    pub skeleton: (Vec<u32>, Vec<u32>),
    pub lower: (Vec<u32>, Vec<u32>),
    pub ascii_skeleton: Vec<u32>,
    pub strings: String,
    pub string_ends: Vec<u32>,
    pub marks: Vec<u32>,
    pub mark_classes: Vec<u32>,
}

/// The first bytes of a text-table file.
pub const TEXT_TABLES_MAGIC: &[u8; 8] = b"CGTEXT1\n";
/// The bytes of each item of the file's arrays, in the order they come: `fold`, `compose`,
/// `skeleton` and `lower` (keys, then values), the ASCII skeletons, the strings' UTF-8, their
/// ends, the marks and their classes.
pub const TEXT_TABLE_WIDTHS: [usize; 13] = [4, 2, 4, 2, 4, 2, 4, 2, 2, 1, 1, 4, 1];
/// The arrays written as the difference of each item from the one before (from 0 for the first):
/// the sorted keys, the string ends (so each is its string's length) and the marks. Small numbers
/// and zero bytes compress well in the extension's package.
pub const TEXT_TABLE_DELTAS: [bool; 13] =
    [true, false, true, false, true, false, true, false, false, false, true, true, false];

/// `items` as the file writes them ([`TEXT_TABLE_DELTAS`]): differences where `delta`, else as
/// they are. `None` when they are not in order or an item does not fit `width` bytes. (The writer
/// of tests/text_tables.rs, beside its reader.)
#[allow(dead_code)]
pub fn text_table_items(items: &[u32], width: usize, delta: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * width);
    let mut last = 0u32;
    for &item in items {
        let v = if delta { item.checked_sub(last)? } else { item };
        last = item;
        if width < 4 && v >> (8 * width) != 0 {
            return None;
        }
        out.extend(&v.to_le_bytes()[..width]);
    }
    Some(out)
}

/// Reads a data file's `text` with `read` into `cell`, once: the same text again (by its
/// [`fnv1a`]) does nothing, another is refused with `other` (the worker hands the files to a
/// module again after a reset, and must not swap them).
pub(crate) fn load_once<T>(
    cell: &std::sync::OnceLock<(T, u32)>,
    text: &str,
    other: &str,
    read: impl FnOnce(&str) -> Result<T, String>,
) -> Result<(), String> {
    let sum = fnv1a(text.as_bytes());
    if let Some((_, loaded)) = cell.get() {
        return if *loaded == sum { Ok(()) } else { Err(other.into()) };
    }
    let _ = cell.set((read(text)?, sum));
    Ok(())
}

/// FNV-1a, 32 bits: the checksum of a text-table file's arrays.
pub fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Reads a text-table file: [`TEXT_TABLES_MAGIC`], the length of the rest and its [`fnv1a`]
/// checksum (each `u32`, little-endian), then the arrays of [`TEXT_TABLE_WIDTHS`], each as its
/// number of items (`u32`) and the items (little-endian; [`TEXT_TABLE_DELTAS`]). Refuses a file that is truncated, longer
/// than it says, corrupted, or whose tables do not fit together (unsorted keys, a string id or end
/// out of range), naming what is wrong.
pub fn text_tables(bytes: &[u8]) -> Result<TextTables, String> {
    let err = |what: &str| Err(format!("text tables: {what}"));
    let word = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    if bytes.get(..8) != Some(&TEXT_TABLES_MAGIC[..]) {
        return err("not a text-table file");
    }
    let (Some(len), Some(sum)) = (word(8), word(12)) else { return err("truncated") };
    let body = &bytes[16..];
    if body.len() != len as usize {
        return err(&format!("{} bytes of tables where the header says {len}: truncated or extended", body.len()));
    }
    if fnv1a(body) != sum {
        return err("the checksum does not match: the file is corrupted");
    }
    let mut arrays: Vec<Vec<u32>> = Vec::with_capacity(TEXT_TABLE_WIDTHS.len());
    let mut at = 16;
    for (width, delta) in TEXT_TABLE_WIDTHS.into_iter().zip(TEXT_TABLE_DELTAS) {
        let n = word(at).ok_or("text tables: truncated")? as usize;
        let items = bytes.get(at + 4..).and_then(|b| b.get(..n.checked_mul(width)?)).ok_or("text tables: truncated")?;
        let mut array = Vec::with_capacity(n);
        let mut last = 0u32;
        for item in items.chunks_exact(width) {
            let v = item.iter().rev().fold(0, |v, &b| v << 8 | u32::from(b));
            last = if delta { last.checked_add(v).ok_or("text tables: a sum of differences overflows")? } else { v };
            array.push(last);
        }
        arrays.push(array);
        at += 4 + items.len();
    }
    if at != bytes.len() {
        return err("bytes after the last table");
    }
    let mut arrays = arrays.into_iter();
    let mut next = || arrays.next().unwrap_or_default();
    let (fold, compose, skeleton, lower) = ((next(), next()), (next(), next()), (next(), next()), (next(), next()));
    let ascii_skeleton = next();
    let strings: Vec<u8> = next().into_iter().map(|b| b as u8).collect();
    let strings = String::from_utf8(strings).or(Err("text tables: the strings are not UTF-8"))?;
    let (string_ends, marks, mark_classes) = (next(), next(), next());
    let ascending = |keys: &[u32]| keys.windows(2).all(|w| w[0] < w[1]);
    let ids = |values: &[u32]| values.iter().all(|&v| (v as usize) < string_ends.len());
    for (name, (keys, values)) in [("fold", &fold), ("compose", &compose), ("skeleton", &skeleton), ("lower", &lower)] {
        if keys.len() != values.len() || !ascending(keys) || !ids(values) {
            return err(&format!("the {name} table's keys are not sorted or its values not strings"));
        }
    }
    if ascii_skeleton.len() != 128 || !ids(&ascii_skeleton) {
        return err("not 128 ASCII skeletons");
    }
    let mut start = 0;
    for &end in &string_ends {
        if end < start || !strings.is_char_boundary(end as usize) {
            return err("a string ends out of order or inside a character");
        }
        start = end;
    }
    if start as usize != strings.len() {
        return err("text after the last string");
    }
    if marks.len() != mark_classes.len() || !ascending(&marks) {
        return err("the marks are not sorted or have no class each");
    }
    let checksum = sum;
    Ok(TextTables {
        checksum,
        fold,
        compose,
        skeleton,
        lower,
        ascii_skeleton,
        strings,
        string_ends,
        marks,
        mark_classes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &[u8] = include_bytes!("../data/text-tables.bin");

    /// `body` as a text-table file with a correct header.
    fn file(body: &[u8]) -> Vec<u8> {
        let mut out = TEXT_TABLES_MAGIC.to_vec();
        out.extend((body.len() as u32).to_le_bytes());
        out.extend(fnv1a(body).to_le_bytes());
        out.extend(body);
        out
    }

    const FEDERATION: &str = include_str!("../data/federation.txt");
    const PASSWORD_ASKS: &str = include_str!("../data/password-asks.txt");

    #[test]
    fn the_wording_files_read() {
        let f = federation(FEDERATION).unwrap();
        assert!(f.phrases.contains(&"sign in with".to_string()) && f.footers.contains(&"report abuse".to_string()));
        assert!(f.words.contains(&"anmelden".to_string()) && f.connectors.contains(&"через".to_string()));
        assert!(f.joined.contains(&"ログイン".to_string()) && f.words.iter().all(|w| !w.contains(' ')));
        assert!(f.steps.contains(&"stay signed in".to_string()) && f.steps.contains(&"アカウントの選択".to_string()));
        assert!(f.choices.contains(&"use another account".to_string()) && f.choices.contains(&"はい".to_string()));
        assert!(f.about.contains(&"for".to_string()) && f.products.contains(&"app".to_string()));
        let asks = password_asks(PASSWORD_ASKS, str::to_lowercase).unwrap();
        assert_eq!(asks.len(), 7);
        assert_eq!(asks[0].fill, ["your", "the", "a", "account"]);
        assert!(asks[0].own.contains(&"enter password".to_string()));
        assert!(asks[6].asks.is_empty() && asks[6].after.contains(&"のパスワードを入力".to_string()));
        assert!(asks[0].refuse.contains(&"don t".to_string()));
    }

    #[test]
    fn a_truncated_or_malformed_wording_file_is_refused() {
        // cut anywhere before its `end` (at a line's end too), each file is refused
        for text in [FEDERATION, PASSWORD_ASKS] {
            let end = text.rfind("end").unwrap();
            // at a character's boundary: the files hold letters of more than one byte
            let boundary = |n: usize| (0..=n).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            for len in [0, 1, boundary(text.len() / 3), boundary(text.len() / 2), end - 1, end, end + 2] {
                assert!(
                    federation(&text[..len]).is_err() && password_asks(&text[..len], str::to_lowercase).is_err(),
                    "{len}"
                );
            }
            let at_line = text[..end - 1].rfind('\n').unwrap() + 1;
            assert!(federation(&text[..at_line]).is_err(), "cut after a whole line");
            assert!(password_asks(&text[..at_line], str::to_lowercase).is_err(), "cut after a whole line");
        }
        let half = (0..=FEDERATION.len() / 2).rev().find(|&i| FEDERATION.is_char_boundary(i)).unwrap_or(0);
        let err = federation(&FEDERATION[..half]).unwrap_err();
        assert!(err.starts_with("federation wording: ") && err.contains("cut short"), "{err}");
        let err = password_asks(&PASSWORD_ASKS[..PASSWORD_ASKS.len() - 5], str::to_lowercase).unwrap_err();
        assert!(err.starts_with("password-ask wording: ") && err.contains("cut short"), "{err}");
        for (text, line) in [
            ("phrase sign in with\nwords en sign\nfooter report abuse\nend\n", 0),
            ("phrase sign in with\nwords en\nfooter report abuse\nend\n", 2),
            ("phrase\nwords en sign\nfooter report abuse\nend\n", 1),
            ("phrase sign in with\nword en sign\nfooter report abuse\nend\n", 2),
            ("phrase sign in with\nwords en sign\nend\nfooter report abuse\nend\n", 3),
            ("words en sign\nfooter report abuse\nend\n", 0),
        ] {
            match (federation(text), line) {
                (Ok(_), 0) if text.starts_with("phrase") => {}
                (Err(e), 0) => assert!(e.starts_with("federation wording: "), "{e}"),
                (Err(e), n) => assert!(e.contains(&format!("line {n}:")) || e.contains("`end`"), "{text}: {e}"),
                (Ok(_), _) => panic!("{text}"),
            }
        }
        for (text, ok) in [
            ("lang en\nask password you use for\nrefuse never\nend\n", true),
            ("ask password you use for\nlang en\nrefuse never\nend\n", false),
            ("lang en\nask password you use for\nend\n", false),
            ("lang en\nask password you use for\nrefuse never\nlang de\nrefuse nie\nend\n", false),
            ("lang en\nask password you use for\nfill your account\nrefuse never\nend\n", false),
            ("lang en\nask password you use for\nrefuse never\nwhat else\nend\n", false),
            ("lang en\nask !!\nrefuse never\nend\n", false),
            ("lang ja\nafter のパスワードを入力\nrefuse 決して\nend\n", true),
            ("lang ja\nafter のパスワードを入力\nend\n", false),
            ("lang en\nask password you use for\nrefuse never\n", false),
        ] {
            let read = password_asks(text, str::to_lowercase);
            assert_eq!(read.is_ok(), ok, "{text}: {read:?}");
            if let Err(e) = read {
                assert!(e.starts_with("password-ask wording"), "{e}");
            }
        }
    }

    #[test]
    fn the_text_tables_read_and_hold_together() {
        let tables = text_tables(FILE).unwrap();
        assert_eq!(tables.ascii_skeleton.len(), 128);
        assert!(tables.fold.0.len() > 1000 && tables.skeleton.0.len() > 1000, "{:?}", tables.fold.0.len());
        assert_eq!(file(&FILE[16..]), FILE, "the header is the body's length and checksum");
    }

    #[test]
    fn a_truncated_extended_or_corrupted_text_table_file_is_refused() {
        for len in [0, 5, 8, 12, 16, 17, 100, FILE.len() / 2, FILE.len() - 1] {
            let err = text_tables(&FILE[..len]).unwrap_err();
            assert!(err.starts_with("text tables: "), "{len}: {err}");
            assert!(err.contains("truncated") || err.contains("not a text-table file"), "{len}: {err}");
        }
        let mut longer = FILE.to_vec();
        longer.push(0);
        assert!(text_tables(&longer).unwrap_err().contains("truncated or extended"));
        for at in [0, 9, 13, 20, 5000, FILE.len() - 1] {
            let mut changed = FILE.to_vec();
            changed[at] ^= 0x10;
            let err = text_tables(&changed).unwrap_err();
            assert!(err.starts_with("text tables: "), "byte {at}: {err}");
        }
        let mut changed = FILE.to_vec();
        changed[5000] ^= 0x10;
        assert!(text_tables(&changed).unwrap_err().contains("checksum"));
    }

    #[test]
    fn text_tables_that_do_not_fit_together_are_refused_even_with_a_good_checksum() {
        // A body built from `arrays` (widths and differences as the file's).
        fn body(arrays: &[Vec<u32>]) -> Vec<u8> {
            let mut out = Vec::new();
            for ((items, width), delta) in arrays.iter().zip(TEXT_TABLE_WIDTHS).zip(TEXT_TABLE_DELTAS) {
                out.extend((items.len() as u32).to_le_bytes());
                // (Written even out of order: the differences wrap.)
                let mut last = 0u32;
                for &item in items {
                    let v = if delta { item.wrapping_sub(last) } else { item };
                    last = item;
                    out.extend(&v.to_le_bytes()[..width]);
                }
            }
            out
        }
        let t = text_tables(FILE).unwrap();
        let strings: Vec<u32> = t.strings.bytes().map(u32::from).collect();
        let arrays = || {
            vec![
                t.fold.0.clone(),
                t.fold.1.clone(),
                t.compose.0.clone(),
                t.compose.1.clone(),
                t.skeleton.0.clone(),
                t.skeleton.1.clone(),
                t.lower.0.clone(),
                t.lower.1.clone(),
                t.ascii_skeleton.clone(),
                strings.clone(),
                t.string_ends.clone(),
                t.marks.clone(),
                t.mark_classes.clone(),
            ]
        };
        assert_eq!(text_tables(&file(&body(&arrays()))).unwrap(), t);
        type Change = fn(&mut Vec<Vec<u32>>);
        let breaks: [(&str, Change); 8] = [
            ("fold", |a| a[0].swap(3, 4)),
            ("fold", |a| a[1][0] = 60_000),
            ("skeleton", |a| {
                a[5].pop();
            }),
            ("lower", |a| a[6].swap(0, 1)),
            ("ASCII", |a| {
                a[8].pop();
            }),
            ("UTF-8", |a| a[9][0] = 0xff),
            ("string ends", |a| a[10].swap(200, 201)),
            ("marks", |a| a[11].swap(1, 2)),
        ];
        for (what, change) in breaks {
            let mut a = arrays();
            change(&mut a);
            let err = text_tables(&file(&body(&a))).unwrap_err();
            assert!(err.starts_with("text tables: "), "{what}: {err}");
        }
    }
}
