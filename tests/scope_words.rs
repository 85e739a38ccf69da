//! The scope catalogs in the person's language (`data/scopes/words/<locale>.json`, read by the
//! pages: `extension/shared/scope-words.js`): one file for every locale of `extension/_locales`,
//! each wording every scope of every English catalog (`data/scopes/<catalog>.json`) and nothing
//! else. English's file holds only English's rule: its words are the catalogs'.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use consent_guard::scopes::{parse_catalog, CATALOG_FILES};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct WordsFile {
    locale: String,
    lower_first: bool,
    catalogs: BTreeMap<String, BTreeMap<String, Entry>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Entry {
    description: String,
    implies: String,
    /// Inside "This app can …", whether the first letter is lower-cased (the locale's rule otherwise).
    lower_first: Option<bool>,
}

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn locales() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("extension/_locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    out.sort();
    out
}

fn read(locale: &str) -> WordsFile {
    let path = Path::new(ROOT).join(format!("data/scopes/words/{locale}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every English catalog: catalog id → scope key → (description, implies).
fn english() -> BTreeMap<String, BTreeMap<String, (String, String)>> {
    CATALOG_FILES
        .iter()
        .map(|(id, json)| {
            let catalog = parse_catalog(json).unwrap();
            let scopes = catalog.scopes.into_iter().map(|s| (s.scope, (s.description, s.implies))).collect();
            (id.to_string(), scopes)
        })
        .collect()
}

/// What a words file lacks and what it holds that no catalog has, as `catalog/key` lines.
fn missing_and_stray(file: &WordsFile) -> (Vec<String>, Vec<String>) {
    let english = english();
    let wanted: BTreeSet<String> =
        english.iter().flat_map(|(c, scopes)| scopes.keys().map(move |k| format!("{c}/{k}"))).collect();
    let held: BTreeSet<String> =
        file.catalogs.iter().flat_map(|(c, scopes)| scopes.keys().map(move |k| format!("{c}/{k}"))).collect();
    (wanted.difference(&held).cloned().collect(), held.difference(&wanted).cloned().collect())
}

#[test]
fn every_locale_has_a_words_file_and_english_holds_only_its_rule() {
    let locales = locales();
    assert!(locales.len() >= 6, "{locales:?}");
    for locale in &locales {
        let file = read(locale);
        assert_eq!(file.locale, *locale);
        if locale == "en" {
            assert!(file.catalogs.is_empty(), "en: the English words are the catalogs'");
            assert!(file.lower_first, "en: \"This app can read your mail\"");
        }
    }
    // And no file for a locale the extension does not have.
    let files: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("data/scopes/words"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    for f in files {
        let locale = f.strip_suffix(".json").unwrap_or_else(|| panic!("{f}: not a words file"));
        assert!(locales.iter().any(|l| l == locale), "{f}: no such locale in extension/_locales");
    }
}

#[test]
fn every_locale_words_every_scope_of_every_catalog_and_nothing_else() {
    for locale in locales().iter().filter(|l| *l != "en") {
        let (missing, stray) = missing_and_stray(&read(locale));
        assert!(missing.is_empty(), "{locale}: no words for {missing:?}");
        assert!(stray.is_empty(), "{locale}: words for scopes no catalog has: {stray:?}");
    }
}

#[test]
fn a_missing_or_stray_scope_is_named() {
    let mut file = read("de");
    let github = file.catalogs.get_mut("github").unwrap();
    github.remove("repo");
    github.insert("repo:everything".into(), Entry { description: "x".into(), implies: "y".into(), lower_first: None });
    let (missing, stray) = missing_and_stray(&file);
    assert_eq!(missing, ["github/repo"]);
    assert_eq!(stray, ["github/repo:everything"]);
}

#[test]
fn the_words_are_translations_worded_alike_where_the_english_is() {
    let english = english();
    for locale in locales().iter().filter(|l| *l != "en") {
        let file = read(locale);
        // The request's one line names one of two scopes that say the same in English: they must
        // say the same in every language too.
        let mut seen: BTreeMap<&str, (&str, Option<bool>)> = BTreeMap::new();
        for (catalog, scopes) in &file.catalogs {
            for (key, entry) in scopes {
                let (description, implies) = &english[catalog][key];
                let at = format!("{locale}: {catalog}/{key}");
                assert!(!entry.description.trim().is_empty() && !entry.implies.trim().is_empty(), "{at}: empty");
                assert_eq!(entry.description.trim(), entry.description, "{at}");
                assert!(!entry.description.ends_with('.'), "{at}: a phrase, not a sentence");
                assert_ne!(&entry.description, description, "{at}: not translated");
                assert_ne!(&entry.implies, implies, "{at}: not translated");
                assert!(entry.lower_first != Some(file.lower_first), "{at}: `lowerFirst` repeats the locale's rule");
                let words = (entry.description.as_str(), entry.lower_first);
                let first = *seen.entry(description.as_str()).or_insert(words);
                assert_eq!(first, words, "{at}: \"{description}\" is worded otherwise elsewhere");
            }
        }
    }
}
