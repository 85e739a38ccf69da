//! What the Rust core and the extension must agree on.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// build.sh stamps Cargo.toml's version into every browser's manifest; the source manifest says the same.
#[test]
fn manifest_version_is_the_crate_version() {
    let manifest: serde_json::Value = serde_json::from_str(&read("manifest.json")).unwrap();
    assert_eq!(manifest["version"], env!("CARGO_PKG_VERSION"), "manifest.json and Cargo.toml disagree on the version");
}
