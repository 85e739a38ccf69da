//! The data files the engine reads when the extension starts, not compiled into the .wasm: the
//! scope catalogs (`data/scopes/*.json`) and the private section of the Public Suffix List
//! (`data/psl-private.txt`). The extension reads them from its own files and hands their text to
//! the module once (`loadData`, `loadScopeCatalogs`); native builds read the same files, compiled
//! in. build.rs reads them with this same code, so a malformed file fails the build with the
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
