//! The JavaScript face of the engine, run as WebAssembly (in Node) with wasm-bindgen-test:
//! JSON in, JSON out, and input the engine cannot read fails closed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test
#![cfg(target_arch = "wasm32")]

use consent_guard::bindings::{combine_verdicts, load_data, load_scope_catalogs, Engine};
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// The data files as the worker hands them over: the scope catalogs as one JSON array.
fn catalogs_json() -> String {
    let files: Vec<&str> = consent_guard::scopes::CATALOG_FILES.iter().map(|(_, json)| *json).collect();
    format!("[{}]", files.join(","))
}

const PRIVATE_SUFFIXES: &str = include_str!("../data/psl-private.txt");
const TEXT_TABLES: &[u8] = include_bytes!("../data/text-tables.bin");
const FEDERATION: &str = include_str!("../data/federation.txt");
const PASSWORD_ASKS: &str = include_str!("../data/password-asks.txt");

/// An engine with its data loaded, as the worker builds it.
fn engine(managed_json: &str, options_json: &str) -> Engine {
    load_data(&catalogs_json(), PRIVATE_SUFFIXES, TEXT_TABLES, FEDERATION, PASSWORD_ASKS).unwrap();
    Engine::new(managed_json, options_json)
}

fn evaluate(engine: &Engine, snapshot: &Value, context: &Value) -> Value {
    serde_json::from_str(&engine.evaluate(&snapshot.to_string(), &context.to_string())).unwrap()
}

fn github_sign_in() -> Value {
    json!({
        "url": "https://github.com/login",
        "topFrame": true,
        "title": "Sign in to GitHub · GitHub",
        "brand": [{"text": "Sign in to GitHub", "source": "heading"}],
        "forms": [{"action": "https://github.com/session", "method": "post", "text": ""}],
        "inputs": [
            {"kind": "identifier", "type": "text", "name": "login", "id": "login_field", "form": 0},
            {"kind": "password", "type": "password", "name": "password", "id": "password", "form": 0}
        ],
        "buttons": ["Sign in"],
        "resourceHosts": ["github.githubassets.com"]
    })
}

fn top(url: &str) -> Value {
    json!({"url": url, "topFrame": true, "policyRead": true})
}

#[wasm_bindgen_test]
fn genuine_page_is_green_through_the_bindings() {
    let engine = engine("{}", "null");
    let verdict = evaluate(&engine, &github_sign_in(), &top("https://github.com/login"));
    assert_eq!(verdict["level"], "genuine", "{verdict}");
    assert_eq!(verdict["provider"], "github");
}

#[wasm_bindgen_test]
fn certificate_error_is_never_green() {
    let engine = engine("{}", "null");
    let mut context = top("https://github.com/login");
    context["certError"] = json!("net::ERR_CERT_AUTHORITY_INVALID");
    let verdict = evaluate(&engine, &github_sign_in(), &context);
    assert_eq!(verdict["level"], "danger", "{verdict}");
    assert_eq!(verdict["findings"][0]["rule"], "https.certificate-error", "{verdict}");
}

#[wasm_bindgen_test]
fn an_unread_policy_is_never_green() {
    let engine = engine("{}", "null");
    let mut context = top("https://github.com/login");
    context["policyRead"] = json!(false);
    let verdict = evaluate(&engine, &github_sign_in(), &context);
    assert_eq!(verdict["level"], "caution", "{verdict}");
    assert_eq!(verdict["error"]["kind"], "policy-not-read", "{verdict}");
}

#[wasm_bindgen_test]
fn the_same_page_elsewhere_is_a_spoof() {
    let engine = engine("{}", "null");
    let mut copy = github_sign_in();
    copy["url"] = json!("https://github-login.example/login");
    let verdict = evaluate(&engine, &copy, &top("https://github-login.example/login"));
    assert_eq!(verdict["level"], "danger", "{verdict}");
    assert!(!verdict["findings"].as_array().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn unreadable_snapshot_fails_closed() {
    let engine = engine("{}", "null");
    let out: Value = serde_json::from_str(
        &engine.evaluate("{\"inputs\": 7", r#"{"url":"https://github.com/login","topFrame":true,"policyRead":true}"#),
    )
    .unwrap();
    assert_eq!(out["level"], "caution");
    assert_eq!(out["error"]["kind"], "snapshot-rejected", "{out}");
    assert!(out["error"]["detail"].as_str().unwrap().contains("page snapshot"), "{out}");
}

#[wasm_bindgen_test]
fn unreadable_context_fails_closed() {
    let engine = engine("{}", "null");
    let out: Value = serde_json::from_str(&engine.evaluate(&github_sign_in().to_string(), "not json")).unwrap();
    assert_eq!(out["level"], "caution");
    assert_eq!(out["error"]["kind"], "context-unreadable", "{out}");
    assert!(out["error"]["detail"].as_str().unwrap().contains("page context"), "{out}");
}

#[wasm_bindgen_test]
fn policy_that_is_not_json_is_named_and_the_rest_still_works() {
    let engine = engine("{mode: block", r#"{"mode":"block","providers":[]}"#);
    let summary: Value = serde_json::from_str(&engine.policy_summary()).unwrap();
    assert_eq!(summary["mode"], "block", "{summary}");
    let problems = summary["problems"].as_array().unwrap();
    assert!(problems.iter().any(|p| p["source"] == "managed" && p["problem"] == "not-an-object"), "{summary}");
    assert!(problems.iter().any(|p| p["key"] == "providers" && p["problem"] == "managed-only"), "{summary}");
}

#[wasm_bindgen_test]
fn combining_takes_the_worst_frame() {
    let engine = engine("{}", "null");
    let genuine = engine.evaluate(&github_sign_in().to_string(), &top("https://github.com/login").to_string());
    let bad = r#"{"level":"danger","summary":{"key":"summary_danger","params":[]},"findings":[]}"#;
    let out: Value = serde_json::from_str(&combine_verdicts(&format!("[{genuine},{bad}]"))).unwrap();
    assert_eq!(out["level"], "danger", "{out}");
    let broken: Value = serde_json::from_str(&combine_verdicts("[{")).unwrap();
    assert_eq!(broken["level"], "caution");
}

#[wasm_bindgen_test]
fn data_files_are_loaded_once_and_malformed_ones_refused() {
    let engine = engine("{}", "null");
    // The same files again are taken (a second engine, the popup's catalogs); others are not.
    load_data(&catalogs_json(), PRIVATE_SUFFIXES, TEXT_TABLES, FEDERATION, PASSWORD_ASKS).unwrap();
    load_scope_catalogs(&catalogs_json()).unwrap();
    assert!(load_scope_catalogs("[]").is_err());
    assert!(load_scope_catalogs(r#"[{"provider":"x","scopes":[{"scope":"a","tier":"low"}]}]"#).is_err());
    assert!(load_data(&catalogs_json(), "Not A Domain", TEXT_TABLES, FEDERATION, PASSWORD_ASKS).is_err());
    assert!(load_data("[]", PRIVATE_SUFFIXES, TEXT_TABLES, FEDERATION, PASSWORD_ASKS).is_err(), "other catalogs");
    // Text tables cut short, or with a byte changed, are refused.
    assert!(load_data(
        &catalogs_json(),
        PRIVATE_SUFFIXES,
        &TEXT_TABLES[..TEXT_TABLES.len() - 1],
        FEDERATION,
        PASSWORD_ASKS
    )
    .is_err());
    let mut corrupted = TEXT_TABLES.to_vec();
    corrupted[100] ^= 1;
    assert!(load_data(&catalogs_json(), PRIVATE_SUFFIXES, &corrupted, FEDERATION, PASSWORD_ASKS).is_err());
    // The wording cut short (each file ends with `end`), or other wording, is refused.
    let cut = |text: &'static str| &text[..text.len() - 5];
    assert!(load_data(&catalogs_json(), PRIVATE_SUFFIXES, TEXT_TABLES, cut(FEDERATION), PASSWORD_ASKS).is_err());
    assert!(load_data(&catalogs_json(), PRIVATE_SUFFIXES, TEXT_TABLES, FEDERATION, cut(PASSWORD_ASKS)).is_err());
    assert!(load_data(
        &catalogs_json(),
        PRIVATE_SUFFIXES,
        TEXT_TABLES,
        "phrase x\nwords en y\nfooter z\nend",
        PASSWORD_ASKS
    )
    .is_err());
    // The engine still has what it loaded first: a Pages site is anyone's (the private list), and
    // the catalogs (read on first use) rate a scope.
    let rated = consent_guard::scopes::rate("github", "repo");
    assert_eq!(rated.tier, consent_guard::scopes::Tier::High, "{rated:?}");
    let verdict = evaluate(&engine, &github_sign_in(), &top("https://github.com/login"));
    assert_eq!(verdict["level"], "genuine", "{verdict}");
    assert_eq!(consent_guard::host::registrable_domain("a.b.github.io"), "b.github.io");
}
