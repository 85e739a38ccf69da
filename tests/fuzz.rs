//! Property tests over the parsers and the engine: the snapshot, URL, consent-request and policy
//! parsers never panic on any input, the engine never calls a page genuine off a provider's
//! origin, and a bad policy key never costs a valid one.
//!
//! `cargo test --test fuzz` runs a short round (64 cases a property); `./build.sh fuzz [SECONDS]`
//! runs rounds with fresh seeds until the time is up. Failing cases are kept in
//! `proptest-regressions/fuzz.txt` and replayed first on every run.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test
#![cfg(not(target_arch = "wasm32"))]

mod support;

use consent_guard::consent;
use consent_guard::json::ToJson;
use consent_guard::lookalike::Lookalikes;
use consent_guard::policy::{self, Policy, KEYS};
use consent_guard::providers::{self, Provider};
use consent_guard::rules::{combine, Engine};
use consent_guard::verdict::Level;
use consent_guard::{PageContext, PageSnapshot, Verdict};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::{json, Value};
use std::sync::OnceLock;
use support::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("proptest-regressions/fuzz.txt"))),
        ..ProptestConfig::default()
    }
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Policy::default()))
}

/// Any JSON value, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|n| json!(n)),
        ".{0,40}".prop_map(Value::String),
        url_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Object keys: the policy's own, the snapshot's, or anything.
fn key() -> impl Strategy<Value = String> {
    let known: Vec<String> = KEYS
        .iter()
        .map(|(k, _)| k.to_string())
        .chain(["url", "title", "text", "forms", "inputs", "frames", "providers", "id", "origins"].map(String::from))
        .collect();
    prop_oneof![prop::sample::select(known), "[a-zA-Z]{0,12}"]
}

/// Text shaped like a URL: a scheme, a host near a provider's, a path, a query.
fn url_text() -> impl Strategy<Value = String> {
    let hosts = prop::sample::select(vec![
        "login.microsoftonline.com",
        "github.com",
        "accounts.google.com",
        "app.vssps.visualstudio.com",
        "login.live.com",
        "xn--80ak6aa92e.com",
        "127.0.0.1",
        "[::1]",
        "",
    ]);
    let scheme =
        prop::sample::select(vec!["https://", "http://", "HTTPS://", "//", "javascript:", "data:text/html,", ""]);
    let decoration =
        prop::sample::select(vec!["", ".", "-", "x", ".evil.example", "@evil.example", ":443", ":8443", "%2e"]);
    let path = "(/[a-zA-Z0-9._%{}?=&:-]{0,12}){0,5}";
    let query = prop::option::of("[a-z_]{1,12}=[a-zA-Z0-9%:/._-]{0,30}(&[a-z_]{1,12}=[a-zA-Z0-9%:/._-]{0,30}){0,4}");
    (scheme, prop::option::of("[a-z]{1,6}\\."), hosts, decoration, path, query).prop_map(|(s, pre, h, d, p, q)| {
        format!("{s}{}{h}{d}{p}{}", pre.unwrap_or_default(), q.map(|q| format!("?{q}")).unwrap_or_default())
    })
}

/// The origin of `url` is one of the engine's providers' trusted origins.
fn on_provider_origin(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else { return false };
    let origin = url.origin().ascii_serialization();
    engine().providers().any(|p| p.origins.contains(&origin))
}

fn genuine_pages() -> Vec<Page> {
    vec![microsoft_sign_in(), github_sign_in(), azure_devops_approval()]
}

/// A snapshot with every field set, a context, frame verdicts with findings, a consent review and
/// an error, and a provider: the documents the hand readers read.
fn documents() -> Vec<Value> {
    let snapshot = json!({
        "url": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1",
        "topFrame": true, "ancestorOrigins": ["https://a.example"], "title": "Sign in",
        "brand": [{"text": "Microsoft", "source": "logo", "controlText": "Sign in with Microsoft"}, {"text": "Contoso", "source": "banner", "controlText": null}],
        "forms": [{"action": "https://login.microsoftonline.com/post", "method": "post", "text": "Email"}],
        "inputs": [{"kind": "password", "type": "password", "name": "passwd", "id": "i0118", "autocomplete": "current-password",
                    "label": "Password", "form": 0, "inShadow": true, "masked": true, "editable": false, "readOnly": false}],
        "buttons": ["Next"],
        "frames": [{"src": "https://x.example/f", "visible": true, "width": 300, "height": 150.5, "opacity": 0.5}],
        "resourceHosts": ["aadcdn.msftauth.net"], "scriptsWithoutIntegrity": ["https://x.example/a.js"],
        "positionedUrls": [{"text": "https://login.microsoftonline.com", "withForm": true}],
        "images": [{"source": "svg", "label": "logo", "controlText": "Home", "width": 2, "height": 1, "rgba": "AAAAAAAAAAA=",
                    "place": {"x": 10, "y": 20.5, "width": 24, "height": 24, "pageX": 10, "pageY": 820.5, "peers": 2,
                              "inFormCard": false, "inBar": true, "formSide": "above", "formGap": 66}}],
        "text": "Sign in to continue", "truncated": true, "skipped": ["inputs"], "collectMs": 12.25,
    });
    let context = json!({"url": "https://login.microsoftonline.com/", "topFrame": true, "certError": "net::ERR_CERT_DATE_INVALID",
                         "policyRead": true, "snapshotError": null});
    let approval = azure_devops_approval();
    let mut spoof = microsoft_sign_in();
    spoof.ctx.url = "https://login.micros0ftonline.com/".into();
    spoof.ctx.cert_error = Some("net::ERR_CERT_AUTHORITY_INVALID".into());
    let mut unread = github_sign_in();
    unread.ctx.snapshot_error = Some("page snapshot: expected an object".into());
    let verdicts: Vec<Value> = [approval, spoof, unread]
        .iter()
        .map(|p| serde_json::to_value(engine().evaluate(&p.snap, &p.ctx)).unwrap())
        .collect();
    assert!(
        verdicts[0]["request"].is_object()
            && verdicts[1]["findings"][0].is_object()
            && verdicts[2]["error"].is_object()
    );
    let providers: Value = serde_json::from_str(include_str!("../data/providers.json")).unwrap();
    vec![snapshot, context, Value::Array(verdicts), providers["providers"][0].clone()]
}

/// JSON pointers to every value inside `v`.
fn places(v: &Value, at: String, out: &mut Vec<String>) {
    let inner: Vec<(String, &Value)> = match v {
        Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(n, v)| (n.to_string(), v)).collect(),
        _ => Vec::new(),
    };
    for (k, v) in inner {
        let p = format!("{at}/{k}");
        out.push(p.clone());
        places(v, p, out);
    }
}

/// The hand reader takes what the derived deserializer takes, as it does, and refuses what it
/// refuses. Two differences: serde_json also reads a name as a one-key object (`{"logo": null}`)
/// and a struct as an array of its fields in order, which the hand reader refuses (the verdict is
/// then "could not verify").
fn same_reading<T: PartialEq + std::fmt::Debug>(
    ours: Result<T, String>,
    derived: Result<T, serde_json::Error>,
) -> Result<(), TestCaseError> {
    match (ours, derived) {
        (Ok(a), Ok(b)) => prop_assert_eq!(a, b),
        (Err(_), Err(_)) => {}
        (Ok(a), Err(e)) => prop_assert!(false, "read {a:?} where serde refused: {e}"),
        (Err(e), Ok(b)) => prop_assert!(
            e.contains("expected a string, found an object") || e.contains("expected an object, found an array"),
            "refused ({e}) where serde read {b:?}"
        ),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_hand_readers_read_as_the_derived_deserializers(
        which in 0usize..4,
        place in any::<prop::sample::Index>(),
        value in json_value(),
        remove in any::<bool>(),
    ) {
        static DOCUMENTS: OnceLock<Vec<Value>> = OnceLock::new();
        let mut doc = DOCUMENTS.get_or_init(documents)[which].clone();
        let mut all = Vec::new();
        places(&doc, String::new(), &mut all);
        let at = place.get(&all).clone();
        let (parent, key) = at.rsplit_once('/').unwrap();
        match doc.pointer_mut(parent).unwrap() {
            Value::Object(m) if remove => { m.remove(key); }
            Value::Array(items) if remove => { items.remove(key.parse::<usize>().unwrap()); }
            _ => *doc.pointer_mut(&at).unwrap() = value,
        }
        match which {
            0 => same_reading(PageSnapshot::from_value(doc.clone()), serde_json::from_value::<PageSnapshot>(doc))?,
            1 => same_reading(PageContext::from_value(doc.clone()), serde_json::from_value::<PageContext>(doc))?,
            3 => same_reading(Provider::from_value(doc.clone()), serde_json::from_value::<Provider>(doc))?,
            _ => {
                let ours = Verdict::list_from_json(&doc.to_string());
                if let Ok(verdicts) = &ours {
                    // The verdict's hand writer writes what the derived serializer writes.
                    for v in verdicts.iter().chain([combine(verdicts)].iter()) {
                        prop_assert_eq!(v.to_json(), serde_json::to_string(v).unwrap());
                    }
                }
                same_reading(ours, serde_json::from_value::<Vec<Verdict>>(doc))?
            }
        }
    }

    #[test]
    fn snapshot_and_context_parsers_never_panic(text in ".{0,200}", value in json_value()) {
        let _ = PageSnapshot::from_json(&text);
        let _ = PageContext::from_json(&text);
        let _ = Verdict::list_from_json(&text);
        if let Ok(snapshot) = PageSnapshot::from_value(value.clone()) {
            let context = PageContext { url: snapshot.url.clone(), top_frame: true, policy_read: true, ..PageContext::default() };
            let v = engine().evaluate(&snapshot, &context);
            prop_assert!(v.level != Level::Genuine || on_provider_origin(&context.url));
            prop_assert_eq!(v.to_json(), serde_json::to_string(&v).unwrap());
        }
        let _ = PageContext::from_value(value);
    }

    #[test]
    fn url_and_consent_request_parsers_never_panic(url in url_text(), provider in prop::sample::select(vec!["microsoft", "github", "google", "azure-devops", "contoso"])) {
        static LOOKS: OnceLock<Lookalikes> = OnceLock::new();
        let looks = LOOKS.get_or_init(|| Lookalikes::new(&providers::merged(&[])));
        let _ = consent::parse(provider, &url);
        let _ = consent::review(provider, &url, &PageSnapshot::default(), &Policy::default(), looks);
        if let Some(host) = url::Url::parse(&url).ok().and_then(|u| u.host_str().map(String::from)) {
            let _ = consent_guard::host::registrable_domain(&host);
            let _ = consent_guard::host::decode_punycode(&host);
            let _ = consent_guard::host::is_content_host(&host);
            let _ = consent_guard::host::is_ip_literal(&host);
        }
    }

    #[test]
    fn the_engine_is_never_genuine_off_a_provider_origin(
        which in 0usize..3,
        url in url_text(),
        snapshot_url_too in any::<bool>(),
        top in any::<bool>(),
    ) {
        let mut page = genuine_pages().swap_remove(which);
        page.ctx.url = url.clone();
        page.ctx.top_frame = top;
        if snapshot_url_too {
            page.snap.url = url.clone();
        }
        let v = engine().evaluate(&page.snap, &page.ctx);
        if v.level == Level::Genuine {
            prop_assert!(on_provider_origin(&url) && top, "genuine at {url}: {v:?}");
        }
        let tab = combine(std::slice::from_ref(&v));
        prop_assert!(tab.level.rank() >= v.level.rank() || v.level == Level::Genuine);
    }

    #[test]
    fn policy_parse_never_panics_and_never_widens_from_options(managed in json_value(), options in json_value()) {
        let r = policy::resolve(&managed, &options);
        // The hand writers write what serde_json writes: any value, and the policy summary.
        prop_assert_eq!(managed.to_json(), serde_json::to_string(&managed).unwrap());
        prop_assert_eq!(r.summary().to_json(), serde_json::to_string(&r.summary()).unwrap());
        let only_managed = policy::resolve(&managed, &Value::Null);
        // The person's options never add providers, origins, allowlisted hosts or approved apps.
        prop_assert_eq!(&r.policy.custom_providers, &only_managed.policy.custom_providers);
        prop_assert_eq!(&r.policy.trusted_origins, &only_managed.policy.trusted_origins);
        prop_assert_eq!(&r.policy.allowlist, &only_managed.policy.allowlist);
        prop_assert_eq!(&r.policy.approved_clients, &only_managed.policy.approved_clients);
        prop_assert!(r.policy.mode >= only_managed.policy.mode);
        for (provider, ids) in &only_managed.policy.blocked_clients {
            prop_assert_eq!(r.policy.blocked_clients.get(provider), Some(ids));
        }
        let _ = Engine::new(r.policy);
        let _ = policy::resolve_json(&managed.to_string(), &options.to_string());
    }

    #[test]
    fn a_bad_policy_key_never_drops_a_valid_one(noise in prop::collection::btree_map(key(), json_value(), 0..6)) {
        let valid = json!({
            "mode": "block",
            "allowlist": ["intranet.contoso.com"],
            "trustedOrigins": { "microsoft": ["https://login.contoso-proxy.com"] },
            "reporting": { "endpoint": "https://siem.contoso.com/in", "format": "ocsf" },
        });
        let mut managed = valid.as_object().unwrap().clone();
        for (k, v) in noise {
            if !valid.as_object().unwrap().contains_key(&k) {
                managed.insert(k, v);
            }
        }
        let r = policy::resolve(&Value::Object(managed), &Value::Null);
        prop_assert_eq!(r.policy.mode, policy::Mode::Block);
        prop_assert_eq!(&r.policy.allowlist, &vec!["intranet.contoso.com".to_string()]);
        prop_assert_eq!(&r.policy.trusted_origins["microsoft"], &vec!["https://login.contoso-proxy.com".to_string()]);
        prop_assert!(r.policy.reporting.is_some());
    }
}
