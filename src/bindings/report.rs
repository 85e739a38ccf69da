use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

use crate::policy::{Policy, ReportFormat};
use crate::report::{self, EventInput, Skip};

pub(crate) fn event_answer(policy: &Policy, input_json: &str) -> String {
    let answer = match EventInput::from_json(input_json) {
        Ok(input) => match report::build(policy, &input) {
            Ok(event) => json!({ "event": event }),
            Err(skip) => json!({ "skip": skip }),
        },
        Err(e) => json!({ "skip": Skip::BadInput(e) }),
    };
    answer.to_string()
}

/// The body of one POST to the reporting endpoint: the formatted events (a JSON array) as the
/// format sends a batch. `format` is the policy's (`ocsf`, `json`, `splunk-hec`).
#[wasm_bindgen(js_name = reportBody)]
pub fn report_body(format: &str, events_json: &str) -> String {
    let format = ReportFormat::from_value(Value::from(format)).unwrap_or_default();
    let events = match crate::json::parse(events_json) {
        Ok(Value::Array(events)) => events,
        _ => Vec::new(),
    };
    report::batch_body(format, &events)
}

/// The URL with credentials, codes, tokens, user info and the fragment removed (`""` when it is
/// not an http(s) URL).
#[wasm_bindgen(js_name = scrubUrl)]
pub fn scrub_url(url: &str) -> String {
    report::scrub_url(url).unwrap_or_default()
}

/// The event kinds a page's verdict (JSON) makes, as a JSON array of names (`[]` for input that is
/// not a verdict).
#[wasm_bindgen(js_name = verdictEventKinds)]
pub fn verdict_event_kinds(verdict_json: &str) -> String {
    let verdict = serde_json::from_str::<Value>(verdict_json).unwrap_or(Value::Null);
    let names: Vec<&str> = report::verdict_kinds(&verdict).into_iter().map(|k| k.as_str()).collect();
    serde_json::to_string(&names).unwrap_or_else(|_| "[]".into())
}
