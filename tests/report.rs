//! Reports: URL scrubbing (secrets in every position an attacker or a provider puts them), the
//! event model, the OCSF Detection Finding mapping, the Splunk HEC envelope, which kinds the
//! policy sends, and every format against its JSON Schema's required fields (the end-to-end
//! tests validate with the schemas themselves).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use consent_guard::policy::{resolve, Mode, Policy, ReportFormat};
use consent_guard::report::{self, looks_secret, scrub_url, EventInput, EventKind, Skip, REMOVED};
use serde_json::{json, Value};

const ID: &str = "0b6c6e9e-2a3f-4c35-9a7e-6a1d2f3b4c5d";
const SECRETS: &[&str] = &[
    "SplxlOBeZQQYbYS6WxSbIA",
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl",
    "hunter2",
    "ann@contoso.com",
    "M.C507_BAY.2.U.8f1c9a2b",
    "gho_16C7e42F292c6912E7710c838347Ae178B4a",
    "AKIA1234567890EXAMPLEKEY",
];

/// Every URL in the table must lose every secret it holds, and keep what the reader needs.
#[test]
fn scrubbing_removes_secrets_in_every_position() {
    let table: &[(&str, &str)] = &[
        // query: the OAuth answer and its friends
        ("https://app.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz", "https://app.example.com/cb?code=REMOVED&state=REMOVED"),
        ("https://app.example.com/cb?CODE=SplxlOBeZQQYbYS6WxSbIA", "https://app.example.com/cb?CODE=REMOVED"),
        ("https://app.example.com/cb?access_token=hunter2&token_type=bearer", "https://app.example.com/cb?access_token=REMOVED&token_type=REMOVED"),
        ("https://app.example.com/cb?id_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl", "https://app.example.com/cb?id_token=REMOVED"),
        ("https://login.example.com/token?client_secret=hunter2&client_id=abc", "https://login.example.com/token?client_secret=REMOVED&client_id=abc"),
        ("https://login.example.com/?password=hunter2&pwd=hunter2&passwd=hunter2", "https://login.example.com/?password=REMOVED&pwd=REMOVED&passwd=REMOVED"),
        ("https://login.example.com/?client_assertion=hunter2&assertion=hunter2", "https://login.example.com/?client_assertion=REMOVED&assertion=REMOVED"),
        // names an attacker spells differently: percent-encoded, dashed, camel-cased, any *token/*key/*secret
        ("https://x.example.com/?%63ode=hunter2", "https://x.example.com/?code=REMOVED"),
        ("https://x.example.com/?Access-Token=hunter2&apiKey=hunter2&x_api_key=hunter2", "https://x.example.com/?Access-Token=REMOVED&apiKey=REMOVED&x_api_key=REMOVED"),
        ("https://x.example.com/?sessionToken=hunter2&my_secret_thing=hunter2", "https://x.example.com/?sessionToken=REMOVED&my_secret_thing=REMOVED"),
        ("https://x.example.com/?SAMLResponse=hunter2&RelayState=hunter2", "https://x.example.com/?SAMLResponse=REMOVED&RelayState=REMOVED"),
        ("https://s3.example.com/f?X-Amz-Signature=hunter2&X-Amz-Credential=AKIA1234567890EXAMPLEKEY", "https://s3.example.com/f?X-Amz-Signature=REMOVED&X-Amz-Credential=REMOVED"),
        // who the person is
        ("https://login.example.com/?login_hint=ann@contoso.com&username=ann", "https://login.example.com/?login_hint=REMOVED&username=REMOVED"),
        ("https://x.example.com/?q=ann@contoso.com", "https://x.example.com/?q=REMOVED"),
        // a token under an innocent name
        ("https://x.example.com/?t=gho_16C7e42F292c6912E7710c838347Ae178B4a", "https://x.example.com/?t=REMOVED"),
        ("https://x.example.com/?x=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl", "https://x.example.com/?x=REMOVED"),
        // fragment (implicit flow) and user info
        ("https://app.example.com/cb#access_token=hunter2&state=1", "https://app.example.com/cb"),
        ("https://ann:hunter2@login.example.com/x", "https://login.example.com/x"),
        ("https://ann@contoso.com@login.example.com/x", "https://login.example.com/x"),
        // path-embedded: a reset token, a JWT, an email, a path parameter
        ("https://x.example.com/reset/gho_16C7e42F292c6912E7710c838347Ae178B4a/confirm", "https://x.example.com/reset/REMOVED/confirm"),
        ("https://x.example.com/t/eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl", "https://x.example.com/t/REMOVED"),
        ("https://x.example.com/u/ann%40contoso.com/inbox", "https://x.example.com/u/REMOVED/inbox"),
        ("https://x.example.com/app;jsessionid=hunter2/x", "https://x.example.com/app/x"),
        // a URL inside a redirect parameter is scrubbed as a URL, not dropped
        (
            "https://login.example.com/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3Dhunter2%23frag",
            "https://login.example.com/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3DREMOVED",
        ),
        ("https://x.example.com/?next=https%3A%2F%2Fann%3Ahunter2%40evil.example%2F", "https://x.example.com/?next=https%3A%2F%2Fevil.example%2F"),
    ];
    for (input, want) in table {
        let got = scrub_url(input).unwrap_or_else(|| panic!("no URL from {input}"));
        assert_eq!(&got, want, "scrubbing {input}");
        for secret in SECRETS {
            assert!(!got.contains(secret), "{secret} left in {got} (from {input})");
        }
        assert!(!got.contains("hunter2"), "a password left in {got}");
        assert!(!got.contains('#'), "a fragment left in {got}");
    }
}

#[test]
fn scrubbing_keeps_what_the_reader_needs() {
    let genuine = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=00000000-0000-0000-0000-0000000000aa&response_type=code&scope=openid%20Mail.Read&redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fcb";
    let got = scrub_url(genuine).unwrap();
    assert!(!got.contains(REMOVED), "nothing secret in a genuine request: {got}");
    assert!(got.contains("client_id=00000000-0000-0000-0000-0000000000aa"), "{got}");
    assert!(got.contains("response_type=code"), "{got}");
    assert!(got.contains("scope=openid+Mail.Read"), "{got}");
    assert!(got.contains("redirect_uri=https%3A%2F%2Fapp.contoso.com%2Fcb"), "{got}");
    assert!(got.starts_with("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?"), "{got}");
    let google = "https://accounts.google.com/o/oauth2/v2/auth?client_id=123456789012-abcdefghijklmnop.apps.googleusercontent.com";
    assert_eq!(scrub_url(google).unwrap(), google, "a Google client id stays");
    assert_eq!(
        scrub_url("https://github.com/login/oauth/authorize").unwrap(),
        "https://github.com/login/oauth/authorize"
    );
    for not_web in ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "not a url", ""] {
        assert_eq!(scrub_url(not_web), None, "{not_web}");
    }
    assert!(!looks_secret("settings"));
    assert!(!looks_secret("00000000-0000-0000-0000-0000000000aa"));
    assert!(looks_secret("ann@contoso.com"));
}

fn policy(reporting: Value) -> Policy {
    let r = resolve(&json!({ "mode": "warn", "reporting": reporting }), &Value::Null);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    r.policy
}

fn danger_input() -> EventInput {
    serde_json::from_value(json!({
        "id": ID,
        "time": 1_796_000_000_123_i64,
        "kind": "danger_page",
        "url": "https://login-microsoftonline.com/common/oauth2/authorize?client_id=00000000-0000-0000-0000-0000000000aa&state=hunter2#code=x",
        "verdict": {
            "level": "danger", "provider": "microsoft", "host": "login-microsoftonline.com",
            "findings": [{ "rule": "host.lookalike", "severity": "danger", "params": ["secret page text"], "evidence": [] },
                         { "rule": "brand.imitation", "severity": "danger", "params": [], "evidence": [] }],
            "request": { "request": { "provider": "microsoft", "clientId": "00000000-0000-0000-0000-0000000000aa",
                                      "appName": "Contoso Mail", "scopes": ["openid", "Mail.Read"] }, "risk": "high" }
        },
        "dropped": 3,
        "extensionVersion": "0.1.0",
        "browser": "Chromium 156"
    }))
    .unwrap()
}

#[test]
fn the_json_event_carries_what_the_issue_lists_and_no_page_text() {
    let p = policy(
        json!({ "endpoint": "https://siem.contoso.com/in", "format": "json", "deviceLabel": "laptop-7", "userLabel": "ann" }),
    );
    let e = report::build(&p, &danger_input()).unwrap();
    assert_eq!(e["schema"], "consent-guard.event/1");
    assert_eq!(e["id"], ID);
    assert_eq!(e["time"], "2026-11-30T00:53:20.123Z");
    assert_eq!(report::rfc3339(951_782_400_000), "2000-02-29T00:00:00.000Z");
    assert_eq!(report::rfc3339(0), "1970-01-01T00:00:00.000Z");
    assert_eq!(e["kind"], "danger_page");
    assert_eq!(e["verdict"], "danger");
    assert_eq!(e["rules"], json!(["host.lookalike", "brand.imitation"]));
    assert_eq!(e["provider"], "microsoft");
    assert_eq!(e["host"], "login-microsoftonline.com");
    assert_eq!(
        e["url"],
        "https://login-microsoftonline.com/common/oauth2/authorize?client_id=00000000-0000-0000-0000-0000000000aa&state=REMOVED"
    );
    assert_eq!(e["clientId"], "00000000-0000-0000-0000-0000000000aa");
    assert_eq!(e["appName"], "Contoso Mail");
    assert_eq!(e["scopes"], json!(["openid", "Mail.Read"]));
    assert_eq!(e["tier"], "high");
    assert_eq!(e["mode"], "warn");
    assert_eq!(e["extension"], json!({ "name": "Consent Guard", "version": "0.1.0" }));
    assert_eq!(e["browser"], "Chromium 156");
    assert_eq!(e["deviceLabel"], "laptop-7");
    assert_eq!(e["userLabel"], "ann");
    assert_eq!(e["droppedBefore"], 3);
    let text = e.to_string();
    assert!(!text.contains("secret page text") && !text.contains("hunter2"), "{text}");
}

#[test]
fn ocsf_is_a_detection_finding() {
    let p = policy(json!({ "endpoint": "https://siem.contoso.com/in", "deviceLabel": "laptop-7", "userLabel": "ann" }));
    assert_eq!(p.reporting.as_ref().unwrap().format, ReportFormat::Ocsf, "ocsf is the default format");
    let e = report::build(&p, &danger_input()).unwrap();
    assert_eq!(e["class_uid"], 2004);
    assert_eq!(e["category_uid"], 2);
    assert_eq!(e["activity_id"], 1);
    assert_eq!(e["type_uid"], 200401);
    assert_eq!(e["time"], 1_796_000_000_123_i64);
    assert_eq!(e["severity_id"], 4);
    assert_eq!(e["severity"], "High");
    assert_eq!(e["finding_info"]["uid"], ID);
    assert_eq!(e["finding_info"]["title"], "Spoofed sign-in or approval page");
    assert_eq!(e["finding_info"]["types"], json!(["danger_page", "host.lookalike", "brand.imitation"]));
    assert_eq!(e["finding_info"]["analytic"]["uid"], "host.lookalike");
    assert_eq!(e["metadata"]["version"], "1.3.0");
    assert_eq!(e["metadata"]["uid"], ID);
    assert_eq!(e["metadata"]["product"]["name"], "Consent Guard");
    assert_eq!(e["metadata"]["product"]["version"], "0.1.0");
    assert_eq!(e["device"]["name"], "laptop-7");
    assert_eq!(e["actor"]["user"]["name"], "ann");
    let url = &e["evidences"][0]["url"];
    assert_eq!(url["hostname"], "login-microsoftonline.com");
    assert_eq!(url["scheme"], "https");
    assert_eq!(url["path"], "/common/oauth2/authorize");
    assert_eq!(url["query_string"], "client_id=00000000-0000-0000-0000-0000000000aa&state=REMOVED");
    assert_eq!(e["observables"][1]["value"], "login-microsoftonline.com");
    assert_eq!(e["unmapped"]["client_id"], "00000000-0000-0000-0000-0000000000aa");
    assert_eq!(e["action_id"], 1, "warn mode lets the person choose");
    // severities and the block disposition, kind by kind
    let expect = [
        (EventKind::DangerPage, 4),
        (EventKind::CautionPage, 3),
        (EventKind::PageBlocked, 4),
        (EventKind::WarningContinued, 4),
        (EventKind::BlockedAppConsent, 4),
        (EventKind::UnapprovedAppConsent, 3),
        (EventKind::ConsentRequested, 1),
        (EventKind::GrantRevoked, 1),
        (EventKind::FalsePositiveReport, 1),
    ];
    assert_eq!(expect.len(), EventKind::ALL.len());
    let all = policy(
        json!({ "endpoint": "https://siem.contoso.com/in", "events": EventKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>() }),
    );
    for (kind, severity) in expect {
        let mut input = danger_input();
        input.kind = kind.as_str().into();
        let e = report::build(&all, &input).unwrap();
        assert_eq!(e["severity_id"], severity, "{kind:?}");
        assert_eq!(e["unmapped"]["kind"], kind.as_str());
        let blocked = kind == EventKind::PageBlocked;
        assert_eq!(e["disposition_id"], if blocked { 2 } else { 1 }, "{kind:?}");
    }
}

#[test]
fn splunk_hec_wraps_the_json_event() {
    let p = policy(
        json!({ "endpoint": "https://hec.contoso.com:8088/services/collector/event", "format": "splunk-hec", "deviceLabel": "laptop-7" }),
    );
    let e = report::build(&p, &danger_input()).unwrap();
    assert_eq!(e["time"], 1_796_000_000.123);
    assert_eq!(e["host"], "laptop-7");
    assert_eq!(e["source"], "consent-guard");
    assert_eq!(e["sourcetype"], "consent_guard:event");
    assert_eq!(e["event"]["id"], ID);
    assert_eq!(e["event"]["kind"], "danger_page");
    let body = report::batch_body(ReportFormat::SplunkHec, &[e.clone(), e.clone()]);
    assert_eq!(body.lines().count(), 2);
    for line in body.lines() {
        assert_eq!(serde_json::from_str::<Value>(line).unwrap(), e);
    }
    let array = report::batch_body(ReportFormat::Ocsf, std::slice::from_ref(&e));
    assert_eq!(serde_json::from_str::<Value>(&array).unwrap(), json!([e]));
}

#[test]
fn the_kinds_are_the_policys_and_the_schemas() {
    let names: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(names, consent_guard::policy::REPORT_EVENTS);
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("extension/managed_schema.json").unwrap()).unwrap();
    assert_eq!(schema["properties"]["reporting"]["properties"]["events"]["items"]["enum"], json!(names));
    for kind in EventKind::ALL {
        assert_eq!(EventKind::from_name(kind.as_str()), Some(*kind));
    }
}

#[test]
fn the_policy_decides_which_kinds_are_sent() {
    let none = resolve(&json!({ "mode": "block" }), &Value::Null).policy;
    assert_eq!(report::build(&none, &danger_input()), Err(Skip::NoReporting));
    let default = policy(json!({ "endpoint": "https://siem.contoso.com/in" }));
    for kind in EventKind::ALL {
        assert_eq!(default.reporting.as_ref().unwrap().wants(*kind), *kind != EventKind::ConsentRequested, "{kind:?}");
    }
    let listed = policy(json!({ "endpoint": "https://siem.contoso.com/in", "events": ["consent_requested"] }));
    let mut input = danger_input();
    assert_eq!(report::build(&listed, &input), Err(Skip::NotWanted));
    input.kind = "consent_requested".into();
    assert!(report::build(&listed, &input).is_ok());
    // a kind that does not exist is named and dropped; the rest is kept
    let r = resolve(
        &json!({ "reporting": { "endpoint": "https://siem.contoso.com/in", "events": ["danger", "grant_revoked"] } }),
        &Value::Null,
    );
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(r.problems[0].key, "reporting.events[0]");
    assert_eq!(r.policy.reporting.unwrap().events, ["grant_revoked"]);
}

#[test]
fn bad_input_is_no_event() {
    let p = policy(json!({ "endpoint": "https://siem.contoso.com/in" }));
    for (field, value) in [("id", json!("1")), ("time", json!(0)), ("kind", json!("phish"))] {
        let mut v = serde_json::to_value(danger_input_json()).unwrap();
        v[field] = value;
        let input: EventInput = serde_json::from_value(v).unwrap();
        assert!(matches!(report::build(&p, &input), Err(Skip::BadInput(_))), "{field}");
    }
}

fn danger_input_json() -> Value {
    json!({ "id": ID, "time": 1, "kind": "danger_page", "url": "https://x.example.com/" })
}

#[test]
fn the_reason_is_one_clipped_line() {
    let p = policy(json!({ "endpoint": "https://siem.contoso.com/in", "format": "json" }));
    let mut input = danger_input();
    input.kind = "warning_continued".into();
    input.reason = Some(format!("it is our\nvendor{}", "x".repeat(900)));
    let e = report::build(&p, &input).unwrap();
    let reason = e["reason"].as_str().unwrap();
    assert!(reason.starts_with("it is our vendor"));
    assert_eq!(reason.chars().count(), 500);
    assert_eq!(p.mode, Mode::Warn);
}

/// Each format against the required fields and types its JSON Schema in docs/reporting/ lists.
#[test]
fn each_format_has_what_its_schema_requires() {
    for (format, file) in [("json", "json"), ("ocsf", "ocsf"), ("splunk-hec", "splunk-hec")] {
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(format!("docs/reporting/{file}.schema.json")).unwrap())
                .unwrap();
        let p = policy(
            json!({ "endpoint": "https://siem.contoso.com/in", "format": format, "userLabel": "ann", "deviceLabel": "d" }),
        );
        let all = policy(
            json!({ "endpoint": "https://siem.contoso.com/in", "format": format, "events": EventKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>() }),
        );
        for policy in [&p, &all] {
            let mut minimal = danger_input();
            minimal.verdict = Value::Null;
            minimal.url = String::new();
            minimal.reason = Some("vendor".into());
            for input in [danger_input(), minimal] {
                let e = report::build(policy, &input).unwrap();
                check(&schema, &e, &schema, format);
            }
        }
    }
}

/// The parts of JSON Schema the docs' schemas use: type, required, properties, items, enum,
/// const, $ref to #/$defs, additionalProperties false.
fn check(node: &Value, value: &Value, root: &Value, at: &str) {
    if let Some(r) = node["$ref"].as_str() {
        let name = r.trim_start_matches("#/$defs/");
        return check(&root["$defs"][name], value, root, at);
    }
    if let Some(t) = node.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => false,
        });
        assert!(ok, "{at}: {value} is not {types:?}");
    }
    if let Some(c) = node.get("const") {
        assert_eq!(value, c, "{at}");
    }
    if let Some(e) = node["enum"].as_array() {
        assert!(e.contains(value), "{at}: {value} not in {e:?}");
    }
    if let Some(req) = node["required"].as_array() {
        for k in req {
            assert!(value.get(k.as_str().unwrap()).is_some(), "{at}: {k} missing in {value}");
        }
    }
    if let (Some(props), Some(obj)) = (node["properties"].as_object(), value.as_object()) {
        for (k, v) in obj {
            match props.get(k) {
                Some(sub) => check(sub, v, root, &format!("{at}.{k}")),
                None => assert_ne!(node["additionalProperties"], json!(false), "{at}: {k} is not in the schema"),
            }
        }
    }
    if let (Some(items), Some(arr)) = (node.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            check(items, v, root, &format!("{at}[{i}]"));
        }
    }
}

/// The HEC envelope's event is the `json` event, described once: the two schemas agree.
#[test]
fn the_hec_schema_holds_the_json_schema() {
    let read = |f: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(format!("docs/reporting/{f}")).unwrap()).unwrap()
    };
    let mut json_schema = read("json.schema.json");
    let hec = read("splunk-hec.schema.json");
    for k in ["$schema", "$id", "title"] {
        json_schema.as_object_mut().unwrap().remove(k);
    }
    assert_eq!(hec["$defs"]["event"], json_schema);
}

#[test]
fn a_verdict_makes_the_events_of_its_level_and_policy_findings() {
    let kinds = |v: Value| report::verdict_kinds(&v);
    assert_eq!(kinds(json!({ "level": "danger", "findings": [] })), [EventKind::DangerPage]);
    assert_eq!(kinds(json!({ "level": "caution" })), [EventKind::CautionPage]);
    assert_eq!(
        kinds(json!({ "level": "danger", "findings": [{ "rule": "policy.blocked-app" }] })),
        [EventKind::DangerPage, EventKind::BlockedAppConsent]
    );
    assert_eq!(
        kinds(json!({ "level": "caution", "findings": [{ "rule": "policy.unapproved-app" }] })),
        [EventKind::CautionPage, EventKind::UnapprovedAppConsent]
    );
    assert_eq!(kinds(json!({ "level": "genuine", "request": { "request": {} } })), [EventKind::ConsentRequested]);
    assert!(kinds(json!({ "level": "genuine", "request": null })).is_empty(), "a sign-in page asks for no consent");
    assert!(kinds(json!({ "level": "none" })).is_empty());
    // The engine could not decide, or the organisation allows the host: nothing to report.
    assert!(kinds(json!({ "level": "caution", "error": { "kind": "policy-not-read" } })).is_empty());
    assert!(kinds(json!({ "level": "none", "allowedByOrganisation": true })).is_empty());
    assert!(kinds(Value::Null).is_empty());
}

/// The `json` event and the skip reasons are built by hand (no serde serializer in the .wasm):
/// they are what the derived `Serialize` impls make.
#[test]
fn hand_built_events_are_the_derived_ones() {
    use consent_guard::json::ToJson;
    let p = policy(json!({ "endpoint": "https://siem.contoso.com/in", "format": "json", "deviceLabel": "laptop-7" }));
    let reporting = p.reporting.clone().unwrap();
    let mut bare = danger_input();
    bare.url = String::new();
    bare.verdict = Value::Null;
    bare.reason = Some("a \"quoted\"\nreason ✓".into());
    for (mode, input) in [(Mode::Warn, danger_input()), (Mode::Block, bare)] {
        let event = report::event(mode, &reporting, EventKind::DangerPage, &input).unwrap();
        let json = report::format(ReportFormat::Json, &event);
        assert_eq!(json, serde_json::to_value(&event).unwrap());
        for format in [ReportFormat::Json, ReportFormat::Ocsf, ReportFormat::SplunkHec] {
            let v = report::format(format, &event);
            assert_eq!(v.to_json(), serde_json::to_string(&v).unwrap());
        }
    }
    for skip in [Skip::NoReporting, Skip::NotWanted, Skip::BadInput("no \"id\"".into())] {
        assert_eq!(skip.to_json(), serde_json::to_string(&skip).unwrap());
    }
}
