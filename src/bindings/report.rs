use serde_json::Value;
use wasm_bindgen::prelude::*;

use crate::json::{ToJson, Writer};
use crate::policy::{Policy, ReportFormat};
use crate::report::{self, EventInput, Skip};

pub(crate) fn event_answer(policy: &Policy, input_json: &str) -> String {
    let answer =
        EventInput::from_json(input_json).map_err(Skip::BadInput).and_then(|input| report::build(policy, &input));
    let mut w = Writer::default();
    w.begin_object();
    match answer {
        Ok(event) => {
            w.key("event");
            w.value(&event);
        }
        Err(skip) => {
            w.key("skip");
            skip.write(&mut w);
        }
    }
    w.end_object();
    w.finish()
}

#[wasm_bindgen(js_name = reportBody)]
pub fn report_body(format: &str, events_json: &str) -> String {
    let format = ReportFormat::from_value(Value::from(format)).unwrap_or_default();
    let events = match crate::json::parse(events_json) {
        Ok(Value::Array(events)) => events,
        _ => Vec::new(),
    };
    report::batch_body(format, &events)
}

/// The event kinds a page's verdict (JSON) makes, as a JSON array of names (`[]` for input that is
/// not a verdict).
#[wasm_bindgen(js_name = verdictEventKinds)]
pub fn verdict_event_kinds(verdict_json: &str) -> String {
    let verdict = serde_json::from_str::<Value>(verdict_json).unwrap_or(Value::Null);
    let mut w = Writer::default();
    w.begin_array();
    for kind in report::verdict_kinds(&verdict) {
        w.string(kind.as_str());
    }
    w.end_array();
    w.finish()
}
