//! The policy model: every key valid and invalid, precedence (managed > the person's options >
//! defaults), unknown keys, the managed schema and the model describe the same keys, and nothing
//! outside the managed policy widens trust.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod support;

use consent_guard::finding::PolicyDetailKey;
use consent_guard::json::ToJson;
use consent_guard::policy::{self, resolve, KeyType, Mode, Policy, ProblemKind, Resolved, Source, KEYS};
use consent_guard::rules::Engine;
use consent_guard::verdict::Level;
use serde_json::{json, Value};
use support::*;

const APP: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

fn managed(v: Value) -> Resolved {
    resolve(&v, &Value::Null)
}

fn problem_keys(r: &Resolved) -> Vec<(&str, ProblemKind, Source)> {
    r.problems.iter().map(|p| (p.key.as_str(), p.problem, p.source)).collect()
}

/// A Microsoft sign-in copy at `url`.
fn copy(url: &str) -> Page {
    page(url)
        .title("Sign in to your account")
        .logo("Microsoft")
        .heading("Sign in")
        .form(&format!("{url}/next"), "Sign in")
        .email()
        .password("Password")
        .buttons(&["Next"])
}

#[test]
fn the_schema_and_the_model_describe_the_same_keys() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("extension/managed_schema.json").unwrap()).unwrap();
    let props = schema["properties"].as_object().unwrap();
    let schema_keys: Vec<(&str, &str)> =
        props.iter().map(|(k, v)| (k.as_str(), v["type"].as_str().unwrap_or("?"))).collect();
    let mut model: Vec<(&str, &str)> = KEYS.iter().map(|(k, t)| (*k, t.name())).collect();
    let mut schema_sorted = schema_keys.clone();
    model.sort();
    schema_sorted.sort();
    assert_eq!(schema_sorted, model);
    // The model's serialised names are the same keys.
    let serialised = serde_json::to_value(Policy::default()).unwrap();
    let mut names: Vec<&str> = serialised.as_object().unwrap().keys().map(String::as_str).collect();
    names.sort();
    let mut keys: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
    keys.sort();
    assert_eq!(names, keys);
    // Enumerations agree.
    assert_eq!(props["mode"]["enum"], json!(["monitor", "warn", "block"]));
    assert_eq!(props["reporting"]["properties"]["format"]["enum"], json!(["ocsf", "json", "splunk-hec"]));
    assert!(KEYS.iter().any(|(k, t)| *k == "disableOptions" && *t == KeyType::Boolean));
}

#[test]
fn defaults() {
    let r = resolve(&Value::Null, &Value::Null);
    assert_eq!(r.policy, Policy::default());
    assert_eq!(r.policy.mode, Mode::Warn);
    assert!(r.policy.show_genuine_badge);
    assert!(r.problems.is_empty() && r.managed_keys.is_empty());
}

#[test]
fn every_key_valid() {
    let r = managed(json!({
        "mode": "block",
        "showGenuineBadge": false,
        "approvedClients": { "microsoft": [APP] },
        "blockedClients": { "github": ["Iv1.bad"] },
        "customProviders": [{ "id": "contoso-idp", "name": "Contoso ID", "origins": ["https://id.contoso.com"] }],
        "trustedOrigins": { "microsoft": ["https://login.contoso-proxy.com"] },
        "allowlist": ["intranet.contoso.com", "*.contoso.net"],
        "support": { "name": "IT", "url": "https://help.contoso.com/phish", "email": "it@contoso.com" },
        "reporting": { "endpoint": "https://siem.contoso.com/in", "format": "splunk-hec", "authorizationHeader": "Splunk x",
                       "events": ["danger_page"], "deviceLabel": "laptop-1", "userLabel": "ann" },
        "entra": { "clientId": APP, "tenant": "contoso.onmicrosoft.com" },
        "azureDevOps": { "host": "dev.azure.com", "apiVersion": "7.1" },
        "disableOptions": true
    }));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.managed_keys.len(), KEYS.len());
    let p = &r.policy;
    assert_eq!(p.mode, Mode::Block);
    assert!(!p.show_genuine_badge && p.disable_options);
    assert_eq!(p.approved_clients["microsoft"], [APP]);
    assert_eq!(p.custom_providers[0].id, "contoso-idp");
    assert_eq!(p.trusted_origins["microsoft"], ["https://login.contoso-proxy.com"]);
    assert_eq!(p.allowlist, ["intranet.contoso.com", "*.contoso.net"]);
    assert_eq!(p.support.as_ref().unwrap().email, "it@contoso.com");
    assert_eq!(p.reporting.as_ref().unwrap().format, policy::ReportFormat::SplunkHec);
    assert_eq!(p.entra.as_ref().unwrap().tenant, "contoso.onmicrosoft.com");
    assert_eq!(p.azure_devops.as_ref().unwrap().host, "https://dev.azure.com");
    // The summary's hand writer writes what the derived serializer writes, with every key set.
    let mut full = r.clone();
    full.policy.custom_providers = consent_guard::providers::merged(&[]);
    let with_problems = resolve(&json!({ "mode": "loud", "nope": 1 }), &json!({ "allowlist": [1] }));
    assert!(!with_problems.problems.is_empty());
    for r in [&full, &with_problems] {
        assert_eq!(r.summary().to_json(), serde_json::to_string(&r.summary()).unwrap());
    }
}

/// A dropped value is said in words the options page renders in the person's language (a locale
/// key with the value as given; the worker logs the same), with no English of its own; a reader's
/// own message has no words.
#[test]
fn dropped_values_are_said_by_a_locale_key_with_the_value() {
    let r = resolve(
        &json!({ "mode": "loud", "allowlist": ["not a host"], "support": { "url": "http://help.contoso.com" },
                 "azureDevOps": { "host": "http://dev.azure.com" }, "disableOptions": "yes", "nope": 1 }),
        &json!({ "mode": "monitor" }),
    );
    let said = |key: &str| {
        let p = r.problems.iter().find(|p| p.key == key).unwrap_or_else(|| panic!("{key}: {:?}", r.problems));
        let words = p.words.as_ref().unwrap_or_else(|| panic!("{key} has words"));
        assert_eq!(p.detail, "", "{key}");
        assert_eq!(words.params.len(), words.key.params(), "{key}");
        (words.key, words.params.clone())
    };
    let values = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(said("mode"), (PolicyDetailKey::ExpectedMode, values(&["\"loud\""])));
    assert_eq!(said("allowlist[0]"), (PolicyDetailKey::AllowlistEntry, values(&["\"not a host\""])));
    assert_eq!(said("support.url"), (PolicyDetailKey::NotHttpsAddress, values(&["http://help.contoso.com"])));
    assert_eq!(said("azureDevOps.host"), (PolicyDetailKey::HostNotHttps, values(&["http://dev.azure.com"])));
    assert_eq!(said("disableOptions"), (PolicyDetailKey::ExpectedType, values(&["boolean", "string"])));
    assert_eq!(said("nope"), (PolicyDetailKey::UnknownKey, vec![]));
    assert_eq!(r.summary().to_json(), serde_json::to_string(&r.summary()).unwrap());
}

/// A reader's own message (a field of the wrong type, missing or unknown inside an object) is said
/// in words too: the field's place and what was wrong, as data; the message stays for the logs.
#[test]
fn a_readers_message_is_said_in_words_with_the_field() {
    let r = resolve(
        &json!({ "support": { "url": 3 }, "reporting": { "endpoint": "https://siem.contoso.com", "format": "xml" },
                 "entra": { "clientId": "x", "phone": 1 }, "customProviders": [{ "id": 7 }],
                 "approvedClients": { "github": ["a", true] } }),
        &Value::Null,
    );
    let said = |key: &str| {
        let p = r.problems.iter().find(|p| p.key == key).unwrap_or_else(|| panic!("{key}: {:?}", r.problems));
        let words = p.words.as_ref().unwrap_or_else(|| panic!("{key} has words: {p:?}"));
        assert_eq!(words.params.len(), words.key.params(), "{key}");
        assert!(!p.detail.is_empty(), "{key}: the reader's message stays for the logs");
        (words.key, words.params.clone())
    };
    let values = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(said("support"), (PolicyDetailKey::FieldType, values(&["support.url", "string", "number"])));
    assert_eq!(
        said("reporting"),
        (PolicyDetailKey::FieldValue, values(&["reporting.format", "\"xml\"", "json, ocsf, splunk-hec"]))
    );
    assert_eq!(said("entra"), (PolicyDetailKey::FieldUnknown, values(&["entra.phone", "clientId, tenant"])));
    assert_eq!(
        said("customProviders[0]"),
        (PolicyDetailKey::FieldType, values(&["customProviders[0].id", "string", "number"]))
    );
    assert_eq!(
        said("approvedClients.github"),
        (PolicyDetailKey::FieldType, values(&["approvedClients.github[1]", "string", "boolean"]))
    );
    // Text that is not JSON: where the reading stopped, as numbers.
    let text = policy::resolve_json("{\"mode\": \"warn\",}", "");
    let p = &text.problems[0];
    let words = p.words.as_ref().expect("words");
    assert_eq!((words.key, words.params.clone()), (PolicyDetailKey::NotJson, values(&["1", "17"])));
    assert!(p.detail.starts_with("not JSON: "), "{}", p.detail);
    assert_eq!(r.summary().to_json(), serde_json::to_string(&r.summary()).unwrap());
}

#[test]
fn every_key_invalid_is_named_and_dropped_alone() {
    let bad = [
        ("mode", json!("lenient")),
        ("showGenuineBadge", json!("no")),
        ("approvedClients", json!(["x"])),
        ("blockedClients", json!(3)),
        ("customProviders", json!({})),
        ("trustedOrigins", json!([])),
        ("allowlist", json!("contoso.com")),
        ("support", json!({ "phone": 1 })),
        ("reporting", json!({ "endpoint": "http://siem.contoso.com/in" })),
        ("entra", json!({ "clientId": "not-a-guid" })),
        ("azureDevOps", json!({ "host": "http://dev.azure.com" })),
        ("disableOptions", json!(1)),
    ];
    assert_eq!(bad.len(), KEYS.len());
    for (key, value) in bad {
        // Next to a valid value of every other key: only this one is dropped.
        let r = managed(
            json!({ key: value, "mode": if key == "mode" { json!("lenient") } else { json!("monitor") }, "blockedClients": if key == "blockedClients" { json!(3) } else { json!({ "github": ["x"] }) } }),
        );
        assert_eq!(r.problems.len(), 1, "{key}: {:?}", r.problems);
        assert!(r.problems[0].key.starts_with(key), "{key}: {:?}", r.problems);
        assert!(!r.managed_keys.iter().any(|k| k == key), "{key}");
        if key != "mode" {
            assert_eq!(r.policy.mode, Mode::Monitor, "{key}");
        }
        if key != "blockedClients" {
            assert_eq!(r.policy.blocked_clients["github"], ["x"], "{key}");
        }
    }
}

#[test]
fn bad_entries_inside_a_key_are_dropped_and_the_good_ones_kept() {
    let r = managed(json!({
        "trustedOrigins": { "microsoft": ["https://ok.contoso.com", "http://clear.contoso.com", "https://x.contoso.com/path", 7] },
        "allowlist": ["ok.contoso.com", "*.com", "*", "bad host", "*.contoso.com"],
        "customProviders": [{ "id": "good", "origins": ["https://id.contoso.com"] }, { "id": "", "origins": [] }, { "id": "http", "origins": ["http://id.contoso.com"] }],
        "approvedClients": { "github": ["a"], "google": "b" }
    }));
    assert_eq!(r.policy.trusted_origins["microsoft"], ["https://ok.contoso.com"]);
    assert_eq!(r.policy.allowlist, ["ok.contoso.com", "*.contoso.com"]);
    assert_eq!(r.policy.custom_providers.len(), 1);
    assert_eq!(r.policy.approved_clients.keys().collect::<Vec<_>>(), ["github"]);
    let keys = problem_keys(&r);
    for expected in [
        ("trustedOrigins.microsoft[1]", ProblemKind::NotHttps),
        ("trustedOrigins.microsoft[2]", ProblemKind::Invalid),
        ("trustedOrigins.microsoft[3]", ProblemKind::Invalid),
        ("allowlist[1]", ProblemKind::Invalid),
        ("allowlist[2]", ProblemKind::Invalid),
        ("allowlist[3]", ProblemKind::Invalid),
        ("customProviders[1]", ProblemKind::Invalid),
        ("customProviders[2]", ProblemKind::Invalid),
        ("approvedClients.google", ProblemKind::Invalid),
    ] {
        assert!(keys.contains(&(expected.0, expected.1, Source::Managed)), "{expected:?} in {keys:?}");
    }
    assert_eq!(keys.len(), 9, "{keys:?}");
}

#[test]
fn unknown_keys_are_ignored_with_a_warning() {
    let r = managed(json!({ "mode": "block", "providers": [], "colour": "red" }));
    assert_eq!(r.policy.mode, Mode::Block);
    let keys = problem_keys(&r);
    assert!(keys.contains(&("providers", ProblemKind::Unknown, Source::Managed)));
    assert!(keys.contains(&("colour", ProblemKind::Unknown, Source::Managed)));
}

#[test]
fn a_source_that_is_not_an_object_is_named() {
    let r = resolve(&json!([1]), &json!("x"));
    assert_eq!(r.policy, Policy::default());
    assert_eq!(r.problems.len(), 2);
    assert!(r.problems.iter().all(|p| p.problem == ProblemKind::NotAnObject));
    let r = policy::resolve_json("{mode:", r#"{"mode":"block"}"#);
    assert_eq!(r.policy.mode, Mode::Block);
    assert!(problem_keys(&r).contains(&("", ProblemKind::NotAnObject, Source::Managed)));
}

#[test]
fn precedence_managed_then_options_then_defaults() {
    // The person may choose a stricter mode, hide the green badge, block more apps.
    let r = resolve(
        &json!({ "blockedClients": { "github": ["org"] } }),
        &json!({ "mode": "block", "showGenuineBadge": false, "azureDevOps": { "host": "https://ado.contoso.com" } }),
    );
    assert_eq!(r.policy.mode, Mode::Block);
    assert!(!r.policy.show_genuine_badge);
    assert_eq!(r.policy.azure_devops.as_ref().unwrap().host, "https://ado.contoso.com");
    // A key the organisation sets is locked.
    let r = resolve(
        &json!({ "mode": "monitor", "blockedClients": { "github": ["org"] } }),
        &json!({ "mode": "block", "blockedClients": { "github": ["mine"] } }),
    );
    assert_eq!(r.policy.mode, Mode::Monitor);
    assert_eq!(r.policy.blocked_clients["github"], ["org"]);
    assert!(problem_keys(&r).contains(&("mode", ProblemKind::Locked, Source::Options)));
    assert!(problem_keys(&r).contains(&("blockedClients", ProblemKind::Locked, Source::Options)));
    // A looser mode than the default is refused.
    let r = resolve(&Value::Null, &json!({ "mode": "monitor" }));
    assert_eq!(r.policy.mode, Mode::Warn);
    assert!(problem_keys(&r).contains(&("mode", ProblemKind::Looser, Source::Options)));
    // disableOptions: the person's options are not read at all.
    let r = resolve(&json!({ "disableOptions": true }), &json!({ "mode": "block" }));
    assert_eq!(r.policy.mode, Mode::Warn);
}

#[test]
fn options_cannot_widen_trust() {
    let widening = json!({
        "providers": [{ "id": "microsoft", "name": "Microsoft", "origins": ["https://login.evil-proxy.example"] }],
        "customProviders": [{ "id": "microsoft", "name": "Microsoft", "origins": ["https://login.evil-proxy.example"] }],
        "trustedOrigins": { "microsoft": ["https://login.evil-proxy.example"] },
        "allowlist": ["login.evil-proxy.example"],
        "approvedClients": { "microsoft": [APP] },
        "reporting": { "endpoint": "https://evil.example/collect" },
        "support": { "url": "https://evil.example/help" },
        "disableOptions": true
    });
    let r = resolve(&json!({ "blockedClients": { "microsoft": [APP] } }), &widening);
    assert_eq!(r.policy.custom_providers, []);
    assert!(r.policy.trusted_origins.is_empty() && r.policy.allowlist.is_empty());
    assert!(r.policy.approved_clients.is_empty() && r.policy.reporting.is_none() && r.policy.support.is_none());
    assert!(!r.policy.disable_options);
    assert_eq!(r.policy.blocked_clients["microsoft"], [APP], "the organisation's block stays");
    let managed_only = r.problems.iter().filter(|p| p.problem == ProblemKind::ManagedOnly).count();
    assert_eq!(managed_only, 8, "{:?}", r.problems);
    // And the engine built from it: the copy stays danger.
    let engine = Engine::new(r.policy);
    let p = copy("https://login.evil-proxy.example/common/oauth2/v2.0/authorize");
    assert_eq!(engine.evaluate(&p.snap, &p.ctx).level, Level::Danger);
}

#[test]
fn trusted_origins_from_managed_policy_make_a_proxy_genuine() {
    let url = "https://login.contoso-proxy.com/common/oauth2/v2.0/authorize";
    let mut genuine = microsoft_sign_in();
    genuine.snap.url = url.into();
    genuine.ctx.url = url.into();
    let without = Engine::new(Policy::default()).evaluate(&genuine.snap, &genuine.ctx);
    assert_ne!(without.level, Level::Genuine);
    let policy = managed(json!({ "trustedOrigins": { "microsoft": ["https://login.contoso-proxy.com"] } })).policy;
    let with = Engine::new(policy).evaluate(&genuine.snap, &genuine.ctx);
    assert_eq!(with.level, Level::Genuine, "{with:#?}");
}

#[test]
fn the_allowlist_silences_warnings_and_says_so() {
    let url = "https://sso.contoso.net/login";
    let p = copy(url);
    let none = Engine::new(Policy::default()).evaluate(&p.snap, &p.ctx);
    assert_eq!(none.level, Level::Danger);
    let engine = Engine::new(managed(json!({ "allowlist": ["*.contoso.net"] })).policy);
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert_eq!((v.level, v.allowed_by_organisation), (Level::None, true), "{v:#?}");
    assert_eq!(v.summary.key, consent_guard::finding::SummaryKey::AllowedByOrganisation);
    // The look-alike: a host that only ends with the same letters is not allowed.
    let p = copy("https://evilcontoso.net/login");
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert_eq!((v.level, v.allowed_by_organisation), (Level::Danger, false));
    // The domain itself is not under `*.contoso.net`.
    let p = copy("https://contoso.net/login");
    assert_eq!(engine.evaluate(&p.snap, &p.ctx).level, Level::Danger);
    // An allowed host the engine could not check stays "could not verify".
    let mut p = copy(url);
    p.ctx.policy_read = false;
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert!(!v.allowed_by_organisation && v.level != Level::None);
}

#[test]
fn a_hidden_badge_keeps_the_verdict_genuine() {
    let p = microsoft_sign_in();
    let engine = Engine::new(managed(json!({ "showGenuineBadge": false })).policy);
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert_eq!((v.level, v.hide_badge), (Level::Genuine, true));
    let v = Engine::new(Policy::default()).evaluate(&p.snap, &p.ctx);
    assert_eq!((v.level, v.hide_badge), (Level::Genuine, false));
}

/// The codes the options page renders (`policyProblem_<code>`) are the serialised kinds.
#[test]
fn problem_codes_are_the_serialised_kinds() {
    for kind in consent_guard::policy::ProblemKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::Value::String(kind.as_str().to_string()));
    }
}

/// A provider's `publisher` entry is read key by key: a value it does not know, a key it does not
/// know and a first-party app without its client id are each said with the field's place; a good
/// one is kept, as the summary writes it.
#[test]
fn a_providers_publisher_entry_is_checked_key_by_key() {
    let idp = |publisher: Value| json!({ "id": "contoso-idp", "origins": ["https://id.contoso.com"], "publisher": publisher });
    let r = resolve(
        &json!({ "customProviders": [
            idp(json!({ "vouched": "sometimes" })),
            idp(json!({ "marks": ["Verified"], "seal": true })),
            idp(json!({ "firstParty": [{ "name": "Contoso Portal" }] })),
            idp(json!({ "marks": "Verified" })),
            idp(json!({ "vouched": "mark", "marks": ["Verified"], "firstParty": [{ "clientId": "c0de", "name": "Contoso Portal" }] })),
        ] }),
        &Value::Null,
    );
    let said = |key: &str| {
        let p = r.problems.iter().find(|p| p.key == key).unwrap_or_else(|| panic!("{key}: {:?}", r.problems));
        assert_eq!(p.problem, ProblemKind::Invalid, "{key}");
        let words = p.words.as_ref().unwrap_or_else(|| panic!("{key} has words: {p:?}"));
        assert_eq!(words.params.len(), words.key.params(), "{key}");
        (words.key, words.params.clone())
    };
    let values = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        said("customProviders[0]"),
        (
            PolicyDetailKey::FieldValue,
            values(&["customProviders[0].publisher.vouched", "\"sometimes\"", "mark, never, shown"])
        )
    );
    assert_eq!(
        said("customProviders[1]"),
        (PolicyDetailKey::FieldUnknown, values(&["customProviders[1].publisher.seal", "vouched, marks, firstParty"]))
    );
    assert_eq!(
        said("customProviders[2]"),
        (PolicyDetailKey::FieldMissing, values(&["customProviders[2].publisher.firstParty[0].clientId"]))
    );
    assert_eq!(
        said("customProviders[3]"),
        (PolicyDetailKey::FieldType, values(&["customProviders[3].publisher.marks", "array", "string"]))
    );
    assert_eq!(r.problems.len(), 4, "{:?}", r.problems);
    let kept = &r.policy.custom_providers;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].publisher.vouched, consent_guard::providers::Vouched::Mark);
    assert_eq!(
        (kept[0].publisher.marks.clone(), kept[0].publisher.first_party[0].name.as_str()),
        (values(&["verified"]), "Contoso Portal")
    );
    assert_eq!(r.summary().to_json(), serde_json::to_string(&r.summary()).unwrap());
}
