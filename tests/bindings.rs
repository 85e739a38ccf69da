//! The JavaScript face of the engine, run as WebAssembly (in Node) with wasm-bindgen-test:
//! JSON in, JSON out, and input the engine cannot read fails closed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test
#![cfg(target_arch = "wasm32")]

use consent_guard::bindings::{combine_verdicts, Engine};
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

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
    let engine = Engine::new("{}", "null");
    let verdict = evaluate(&engine, &github_sign_in(), &top("https://github.com/login"));
    assert_eq!(verdict["level"], "genuine", "{verdict}");
    assert_eq!(verdict["provider"], "github");
}

#[wasm_bindgen_test]
fn certificate_error_is_never_green() {
    let engine = Engine::new("{}", "null");
    let mut context = top("https://github.com/login");
    context["certError"] = json!("net::ERR_CERT_AUTHORITY_INVALID");
    let verdict = evaluate(&engine, &github_sign_in(), &context);
    assert_eq!(verdict["level"], "danger", "{verdict}");
    assert_eq!(verdict["findings"][0]["rule"], "https.certificate-error", "{verdict}");
}

#[wasm_bindgen_test]
fn an_unread_policy_is_never_green() {
    let engine = Engine::new("{}", "null");
    let mut context = top("https://github.com/login");
    context["policyRead"] = json!(false);
    let verdict = evaluate(&engine, &github_sign_in(), &context);
    assert_eq!(verdict["level"], "caution", "{verdict}");
    assert_eq!(verdict["error"]["kind"], "policy-not-read", "{verdict}");
}

#[wasm_bindgen_test]
fn the_same_page_elsewhere_is_a_spoof() {
    let engine = Engine::new("{}", "null");
    let mut copy = github_sign_in();
    copy["url"] = json!("https://github-login.example/login");
    let verdict = evaluate(&engine, &copy, &top("https://github-login.example/login"));
    assert_eq!(verdict["level"], "danger", "{verdict}");
    assert!(!verdict["findings"].as_array().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn unreadable_snapshot_fails_closed() {
    let engine = Engine::new("{}", "null");
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
    let engine = Engine::new("{}", "null");
    let out: Value = serde_json::from_str(&engine.evaluate(&github_sign_in().to_string(), "not json")).unwrap();
    assert_eq!(out["level"], "caution");
    assert_eq!(out["error"]["kind"], "context-unreadable", "{out}");
    assert!(out["error"]["detail"].as_str().unwrap().contains("page context"), "{out}");
}

#[wasm_bindgen_test]
fn policy_that_is_not_json_is_named_and_the_rest_still_works() {
    let engine = Engine::new("{mode: block", r#"{"mode":"block","providers":[]}"#);
    let summary: Value = serde_json::from_str(&engine.policy_summary()).unwrap();
    assert_eq!(summary["mode"], "block", "{summary}");
    let problems = summary["problems"].as_array().unwrap();
    assert!(problems.iter().any(|p| p["source"] == "managed" && p["problem"] == "not-an-object"), "{summary}");
    assert!(problems.iter().any(|p| p["key"] == "providers" && p["problem"] == "managed-only"), "{summary}");
}

#[wasm_bindgen_test]
fn combining_takes_the_worst_frame() {
    let engine = Engine::new("{}", "null");
    let genuine = engine.evaluate(&github_sign_in().to_string(), &top("https://github.com/login").to_string());
    let bad = r#"{"level":"danger","summary":{"key":"summary_danger","params":[]},"findings":[]}"#;
    let out: Value = serde_json::from_str(&combine_verdicts(&format!("[{genuine},{bad}]"))).unwrap();
    assert_eq!(out["level"], "danger", "{out}");
    let broken: Value = serde_json::from_str(&combine_verdicts("[{")).unwrap();
    assert_eq!(broken["level"], "caution");
}
