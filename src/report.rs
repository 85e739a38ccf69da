//! What the organisation's security team hears: one event per thing worth knowing (a spoof met, a
//! warning passed, an app the policy blocks, a false positive reported), built here and only moved
//! by the worker. An event carries the verdict's level, its rule ids, the provider, host and a
//! scrubbed URL, the app's client id and scopes, the extension's version and browser and the
//! policy's labels. Never page text, form values or cookies; never a code, token, password or
//! anything else in a URL that could let a reader act as the person.
//!
//! Three formats ([`ReportFormat`]): the project's own `json` (`docs/reporting/json.schema.json`),
//! OCSF 1.3 *Detection Finding* (class 2004) and the Splunk HTTP Event Collector envelope around
//! the `json` event.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use url::Url;

use crate::json::{ToJson, Writer};
use crate::policy::{Mode, Policy, ReportFormat, Reporting};

macro_rules! kinds {
    ($($variant:ident = $name:literal, $severity:literal, $title:literal;)+) => {
        /// What happened.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum EventKind {
            $(#[serde(rename = $name)] $variant,)+
        }

        impl EventKind {
            pub const ALL: &'static [EventKind] = &[$(EventKind::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(EventKind::$variant => $name,)+ }
            }

            pub fn from_name(name: &str) -> Option<EventKind> {
                match name { $($name => Some(EventKind::$variant),)+ _ => None }
            }

            /// OCSF `severity_id` (1 informational … 4 high).
            pub fn severity_id(self) -> u8 {
                match self { $(EventKind::$variant => $severity,)+ }
            }

            /// One line in English, the OCSF finding's title.
            pub fn title(self) -> &'static str {
                match self { $(EventKind::$variant => $title,)+ }
            }
        }
    };
}

kinds! {
    DangerPage = "danger_page", 4, "Spoofed sign-in or approval page";
    CautionPage = "caution_page", 3, "Sign-in or approval page that could not be verified";
    PageBlocked = "page_blocked", 4, "Spoofed page blocked";
    WarningContinued = "warning_continued", 4, "Person continued past a warning";
    BlockedAppConsent = "blocked_app_consent", 4, "Consent asked for an app the organisation blocks";
    UnapprovedAppConsent = "unapproved_app_consent", 3, "Consent asked for an app the organisation has not approved";
    ConsentRequested = "consent_requested", 1, "Consent asked on a genuine page";
    GrantRevoked = "grant_revoked", 1, "Person revoked an app's access";
    FalsePositiveReport = "false_positive_report", 1, "Person reports a warning as a false positive";
}

impl EventKind {
    /// Sent when the policy's `reporting.events` is empty: every kind but `consent_requested`
    /// (one event for every approval page is a lot of traffic, so it is asked for by name).
    pub fn on_by_default(self) -> bool {
        self != EventKind::ConsentRequested
    }
}

impl Reporting {
    /// The policy asks for events of this kind.
    pub fn wants(&self, kind: EventKind) -> bool {
        if self.events.is_empty() {
            kind.on_by_default()
        } else {
            self.events.iter().any(|e| e == kind.as_str())
        }
    }
}

/// The events a page's verdict makes (the worker reports each once per document): `danger_page`
/// or `caution_page` by its level, `blocked_app_consent` and `unapproved_app_consent` by the
/// policy's findings, `consent_requested` for a request on a genuine page. A verdict the engine
/// could not reach (it carries an error) makes none.
pub fn verdict_kinds(verdict: &Value) -> Vec<EventKind> {
    let mut kinds = Vec::new();
    if !verdict["error"].is_null() || verdict["allowedByOrganisation"] == Value::Bool(true) {
        return kinds;
    }
    let has_rule = |id: &str| {
        verdict["findings"].as_array().is_some_and(|list| list.iter().any(|f| f["rule"].as_str() == Some(id)))
    };
    match verdict["level"].as_str() {
        Some("danger") => kinds.push(EventKind::DangerPage),
        Some("caution") => kinds.push(EventKind::CautionPage),
        Some("genuine") if verdict["request"].is_object() => kinds.push(EventKind::ConsentRequested),
        _ => {}
    }
    if has_rule("policy.blocked-app") {
        kinds.push(EventKind::BlockedAppConsent);
    }
    if has_rule("policy.unapproved-app") {
        kinds.push(EventKind::UnapprovedAppConsent);
    }
    kinds
}

/// What the worker knows about an event: who made it (id, time), what happened, and the verdict
/// of the page (as the engine gave it) or the grant it concerns.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EventInput {
    /// A random UUID the worker made: the receiver de-duplicates by it.
    pub id: String,
    /// Milliseconds since 1970 (UTC).
    pub time: i64,
    pub kind: String,
    /// The page's URL (scrubbed here).
    pub url: String,
    /// The verdict JSON the engine gave for the page, if any.
    pub verdict: Value,
    /// The person's reason (`warning_continued`, `false_positive_report`).
    pub reason: Option<String>,
    /// For `grant_revoked`: `{provider, clientId, appName, scopes}`.
    pub grant: Value,
    /// Events dropped from a full outbox before this one.
    pub dropped: u64,
    pub extension_version: String,
    pub browser: String,
}

impl EventInput {
    /// The input from its JSON (as the worker sends it), read as the derived `Deserialize` reads
    /// it, with an error that names the key.
    pub fn from_json(text: &str) -> Result<EventInput, crate::json::Error> {
        use crate::json::{self, Fields};
        let mut f = Fields::new(json::parse(text)?)?;
        Ok(EventInput {
            id: f.string("id")?,
            time: f.or_default("time", json::integer)?,
            kind: f.string("kind")?,
            url: f.string("url")?,
            verdict: f.value("verdict"),
            reason: f.opt_string("reason")?,
            grant: f.value("grant"),
            dropped: f.or_default("dropped", json::count)?,
            extension_version: f.string("extensionVersion")?,
            browser: f.string("browser")?,
        })
    }
}

/// The event in the project's `json` format.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub schema: &'static str,
    pub id: String,
    /// RFC 3339, UTC, milliseconds.
    pub time: String,
    #[serde(skip)]
    pub time_ms: i64,
    pub kind: EventKind,
    pub title: &'static str,
    /// The page's verdict level (`danger`, `caution`, `genuine`, `none`), when a page was judged.
    pub verdict: Option<String>,
    pub rules: Vec<String>,
    pub provider: Option<String>,
    pub host: Option<String>,
    pub url: Option<String>,
    pub client_id: Option<String>,
    pub app_name: Option<String>,
    pub scopes: Vec<String>,
    /// The riskiest scope tier of the request.
    pub tier: Option<String>,
    pub reason: Option<String>,
    pub mode: Mode,
    pub extension: Product,
    pub browser: String,
    pub device_label: Option<String>,
    pub user_label: Option<String>,
    /// Events the outbox had to drop (it was full) before this one.
    pub dropped_before: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Product {
    pub name: &'static str,
    pub version: String,
}

/// The schema id of the `json` format.
pub const JSON_SCHEMA_ID: &str = "consent-guard.event/1";
/// The OCSF version the `ocsf` format follows.
pub const OCSF_VERSION: &str = "1.3.0";
const MAX_TEXT: usize = 200;
const MAX_REASON: usize = 500;
const MAX_URL: usize = 2048;
const MAX_SCOPES: usize = 50;
const MAX_RULES: usize = 20;

/// Why no event is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Skip {
    /// The policy has no (usable) reporting endpoint.
    NoReporting,
    /// The policy's `reporting.events` leaves this kind out.
    NotWanted,
    /// The input was not an event (the detail says why).
    BadInput(String),
}

impl ToJson for Skip {
    /// As the derived `Serialize` writes it: `"no-reporting"`, `{"bad-input": detail}`.
    fn write(&self, w: &mut Writer) {
        match self {
            Skip::NoReporting => w.string("no-reporting"),
            Skip::NotWanted => w.string("not-wanted"),
            Skip::BadInput(detail) => {
                w.begin_object();
                w.key("bad-input");
                w.string(detail);
                w.end_object();
            }
        }
    }
}

/// The event for `input` under `policy`, formatted as the policy asks, or why there is none.
pub fn build(policy: &Policy, input: &EventInput) -> Result<Value, Skip> {
    let Some(reporting) = policy.reporting.as_ref().filter(|r| !r.endpoint.is_empty()) else {
        return Err(Skip::NoReporting);
    };
    let kind = EventKind::from_name(&input.kind)
        .ok_or_else(|| Skip::BadInput(format!("unknown kind {:?}", clip(&input.kind, 40))))?;
    if !reporting.wants(kind) {
        return Err(Skip::NotWanted);
    }
    let event = event(policy.mode, reporting, kind, input)?;
    Ok(format(reporting.format, &event))
}

/// The `json` event (before formatting).
pub fn event(mode: Mode, reporting: &Reporting, kind: EventKind, input: &EventInput) -> Result<Event, Skip> {
    if !is_event_id(&input.id) {
        return Err(Skip::BadInput("the id is not a UUID".into()));
    }
    if input.time <= 0 {
        return Err(Skip::BadInput("no time".into()));
    }
    let v = &input.verdict;
    let text = |v: &Value| v.as_str().map(|s| clip(s.trim(), MAX_TEXT).to_string()).filter(|s| !s.is_empty());
    let request = &v["request"]["request"];
    let grant = &input.grant;
    let url = (!input.url.is_empty()).then(|| scrub_url(&input.url)).flatten();
    let host = url
        .as_deref()
        .and_then(|u| Url::parse(u).ok())
        .and_then(|u| u.host_str().map(str::to_string))
        .or_else(|| text(&v["host"]));
    let scopes = request["scopes"]
        .as_array()
        .or_else(|| grant["scopes"].as_array())
        .map(|list| list.iter().filter_map(text).take(MAX_SCOPES).collect())
        .unwrap_or_default();
    let rules = v["findings"]
        .as_array()
        .map(|list| list.iter().filter_map(|f| text(&f["rule"])).take(MAX_RULES).collect())
        .unwrap_or_default();
    let label = |s: &str| Some(clip(s.trim(), MAX_TEXT).to_string()).filter(|s| !s.is_empty());
    Ok(Event {
        schema: JSON_SCHEMA_ID,
        id: input.id.to_ascii_lowercase(),
        time: rfc3339(input.time),
        time_ms: input.time,
        kind,
        title: kind.title(),
        verdict: text(&v["level"]),
        rules,
        provider: text(&v["provider"]).or_else(|| text(&request["provider"])).or_else(|| text(&grant["provider"])),
        host,
        url,
        client_id: text(&request["clientId"]).or_else(|| text(&grant["clientId"])),
        app_name: text(&request["appName"]).or_else(|| text(&grant["appName"])),
        scopes,
        tier: text(&v["request"]["risk"]),
        reason: input.reason.as_deref().map(clean_reason).filter(|r| !r.is_empty()),
        mode,
        extension: Product { name: "Consent Guard", version: clip(input.extension_version.trim(), 40).to_string() },
        browser: clip(input.browser.trim(), MAX_TEXT).to_string(),
        device_label: label(&reporting.device_label),
        user_label: label(&reporting.user_label),
        dropped_before: input.dropped,
    })
}

/// The event as `format` writes it.
pub fn format(format: ReportFormat, event: &Event) -> Value {
    match format {
        ReportFormat::Json => json_value(event),
        ReportFormat::Ocsf => ocsf(event),
        ReportFormat::SplunkHec => splunk_hec(event),
    }
}

/// The `json` event: what `serde_json::to_value` makes of the derived `Serialize` (kept for the
/// tests), built by hand to keep serde's value serializer out of the .wasm.
fn json_value(event: &Event) -> Value {
    let mut m = Map::new();
    m.insert("schema".into(), event.schema.into());
    m.insert("id".into(), event.id.clone().into());
    m.insert("time".into(), event.time.clone().into());
    m.insert("kind".into(), event.kind.as_str().into());
    m.insert("title".into(), event.title.into());
    m.insert("verdict".into(), event.verdict.clone().into());
    m.insert("rules".into(), event.rules.clone().into());
    m.insert("provider".into(), event.provider.clone().into());
    m.insert("host".into(), event.host.clone().into());
    m.insert("url".into(), event.url.clone().into());
    m.insert("clientId".into(), event.client_id.clone().into());
    m.insert("appName".into(), event.app_name.clone().into());
    m.insert("scopes".into(), event.scopes.clone().into());
    m.insert("tier".into(), event.tier.clone().into());
    m.insert("reason".into(), event.reason.clone().into());
    m.insert("mode".into(), event.mode.as_str().into());
    let mut extension = Map::new();
    extension.insert("name".into(), event.extension.name.into());
    extension.insert("version".into(), event.extension.version.clone().into());
    m.insert("extension".into(), Value::Object(extension));
    m.insert("browser".into(), event.browser.clone().into());
    m.insert("deviceLabel".into(), event.device_label.clone().into());
    m.insert("userLabel".into(), event.user_label.clone().into());
    m.insert("droppedBefore".into(), event.dropped_before.into());
    Value::Object(m)
}

/// OCSF *Detection Finding* (class 2004, category 2 Findings, activity 1 Create), with the
/// `security_control` profile's action and disposition.
pub fn ocsf(event: &Event) -> Value {
    let severity = event.kind.severity_id();
    let stopped = matches!(event.kind, EventKind::PageBlocked)
        || (matches!(event.kind, EventKind::DangerPage) && event.mode == Mode::Block);
    let (action_id, action, disposition_id, disposition) =
        if stopped { (2, "Denied", 2, "Blocked") } else { (1, "Allowed", 1, "Allowed") };
    let mut types = vec![Value::from(event.kind.as_str())];
    types.extend(event.rules.iter().map(|r| Value::from(r.as_str())));
    let mut finding_info = json!({
        "uid": event.id,
        "title": event.title,
        "types": types,
        "created_time": event.time_ms,
        "product_uid": "consent-guard",
    });
    if let Some(first) = event.rules.first() {
        finding_info["analytic"] = json!({ "type_id": 1, "type": "Rule", "uid": first, "name": first });
    }
    let mut out = json!({
        "class_uid": 2004,
        "class_name": "Detection Finding",
        "category_uid": 2,
        "category_name": "Findings",
        "activity_id": 1,
        "activity_name": "Create",
        "type_uid": 200401,
        "type_name": "Detection Finding: Create",
        "time": event.time_ms,
        "severity_id": severity,
        "severity": severity_name(severity),
        "status_id": 1,
        "status": "New",
        "action_id": action_id,
        "action": action,
        "disposition_id": disposition_id,
        "disposition": disposition,
        "message": event.title,
        "finding_info": finding_info,
        "metadata": {
            "version": OCSF_VERSION,
            "uid": event.id,
            "profiles": ["security_control"],
            "product": { "name": event.extension.name, "vendor_name": "Consent Guard", "version": event.extension.version },
            "logged_time": event.time_ms,
        },
        "unmapped": unmapped(event),
    });
    if let Some(url) = event.url.as_deref().and_then(ocsf_url) {
        let url_string = url["url_string"].clone();
        out["evidences"] = json!([{ "url": url }]);
        let mut observables = vec![
            json!({ "name": "evidences[0].url.url_string", "type_id": 6, "type": "URL String", "value": url_string }),
        ];
        if let Some(host) = &event.host {
            observables
                .push(json!({ "name": "evidences[0].url.hostname", "type_id": 1, "type": "Hostname", "value": host }));
        }
        out["observables"] = Value::Array(observables);
    }
    if let Some(device) = &event.device_label {
        out["device"] = json!({ "type_id": 0, "type": "Unknown", "name": device });
    }
    if let Some(user) = &event.user_label {
        out["actor"] = json!({ "user": { "name": user } });
    }
    out
}

/// What OCSF has no attribute for, under `unmapped` (each SIEM keeps it as is).
fn unmapped(event: &Event) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), event.kind.as_str().into());
    let mut put = |k: &str, v: Option<&String>| {
        if let Some(v) = v {
            m.insert(k.into(), Value::from(v.as_str()));
        }
    };
    put("verdict", event.verdict.as_ref());
    put("provider", event.provider.as_ref());
    put("client_id", event.client_id.as_ref());
    put("app_name", event.app_name.as_ref());
    put("tier", event.tier.as_ref());
    put("reason", event.reason.as_ref());
    m.insert("rules".into(), event.rules.clone().into());
    m.insert("scopes".into(), event.scopes.clone().into());
    m.insert("mode".into(), event.mode.as_str().into());
    m.insert("browser".into(), event.browser.clone().into());
    m.insert("dropped_before".into(), event.dropped_before.into());
    Value::Object(m)
}

fn severity_name(id: u8) -> &'static str {
    match id {
        1 => "Informational",
        2 => "Low",
        3 => "Medium",
        4 => "High",
        5 => "Critical",
        _ => "Unknown",
    }
}

/// The OCSF URL object of a scrubbed URL.
fn ocsf_url(url: &str) -> Option<Value> {
    let u = Url::parse(url).ok()?;
    let mut out = json!({
        "url_string": url,
        "scheme": u.scheme(),
        "hostname": u.host_str().unwrap_or_default(),
        "path": u.path(),
    });
    if let Some(q) = u.query() {
        out["query_string"] = q.into();
    }
    if let Some(p) = u.port() {
        out["port"] = p.into();
    }
    Some(out)
}

/// The Splunk HTTP Event Collector envelope around the `json` event.
pub fn splunk_hec(event: &Event) -> Value {
    let seconds = event.time_ms as f64 / 1000.0;
    json!({
        "time": seconds,
        "host": event.device_label.as_deref().unwrap_or("consent-guard"),
        "source": "consent-guard",
        "sourcetype": "consent_guard:event",
        "event": json_value(event),
    })
}

/// The body of one POST with these formatted events: a JSON array (`json`, `ocsf`), or the
/// events one after another, a line each (`splunk-hec`, as the collector takes a batch).
pub fn batch_body(format: ReportFormat, events: &[Value]) -> String {
    match format {
        ReportFormat::SplunkHec => events.iter().map(ToJson::to_json).collect::<Vec<_>>().join("\n"),
        _ => events.to_json(),
    }
}

// ---- URL scrubbing ----

/// What replaces a value that is removed.
pub const REMOVED: &str = "REMOVED";

/// Query parameter names (lower-case, `-` and `_` dropped) whose values are always removed.
const SECRET_NAMES: &[&str] = &[
    "code",
    "token",
    "accesstoken",
    "idtoken",
    "refreshtoken",
    "state",
    "clientsecret",
    "password",
    "passwd",
    "pwd",
    "pass",
    "assertion",
    "clientassertion",
    "samlresponse",
    "samlrequest",
    "relaystate",
    "nonce",
    "otp",
    "pin",
    "sig",
    "signature",
    "session",
    "sessionid",
    "sid",
    "jsessionid",
    "phpsessid",
    "auth",
    "authorization",
    "credential",
    "credentials",
    "loginhint",
    "domainhint",
    "username",
    "user",
    "email",
    "mail",
    "upn",
    "login",
    "codeverifier",
    "ticket",
    "hash",
    "xamzsignature",
    "xamzcredential",
    "xamzsecuritytoken",
];

/// Name fragments that make any parameter secret (`api_key`, `x-goog-signature`, `sessionToken`).
const SECRET_PARTS: &[&str] = &[
    "token",
    "secret",
    "password",
    "passwd",
    "key",
    "code",
    "assertion",
    "session",
    "signature",
    "credential",
    "auth",
    "cookie",
    "otp",
];

/// Names whose values are public identifiers of an app, kept whatever they look like.
const PUBLIC_NAMES: &[&str] = &["clientid", "appid", "resource", "scope", "responsetype", "prompt", "tenant"];

/// Names whose value is itself a URL: scrubbed as one, not removed (where the answer goes
/// matters to the reader of a report).
const URL_NAMES: &[&str] =
    &["redirecturi", "redirecturl", "returnurl", "returnto", "next", "continue", "callback", "url", "target"];

/// The URL with everything that could let a reader act as the person, or tell who they are,
/// removed: user info, the fragment, secret query values ([`SECRET_NAMES`], [`SECRET_PARTS`]),
/// values that look like a token or an email address wherever they are (query or path), path
/// parameters (`;jsessionid=…`). URLs in redirect parameters are scrubbed the same way. `None`
/// for what is not an http(s) URL.
pub fn scrub_url(url: &str) -> Option<String> {
    scrub_depth(url, 0)
}

fn scrub_depth(url: &str, depth: u8) -> Option<String> {
    let mut u = Url::parse(url.trim()).ok()?;
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
        return None;
    }
    let _ = u.set_username("");
    let _ = u.set_password(None);
    u.set_fragment(None);
    let path: Vec<String> = u
        .path()
        .split('/')
        .map(|seg| {
            let seg = seg.split(';').next().unwrap_or_default();
            let decoded = percent_decode(seg);
            if looks_secret(&decoded) {
                REMOVED.to_string()
            } else {
                seg.to_string()
            }
        })
        .collect();
    u.set_path(&path.join("/"));
    if u.query().is_some() {
        let pairs: Vec<(String, String)> = u.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &pairs {
            let flat: String = name.to_ascii_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let public = PUBLIC_NAMES.contains(&flat.as_str()) && !value.contains("://");
            let kept = if public && !value.contains('@') {
                value.clone()
            } else if URL_NAMES.contains(&flat.as_str()) && depth < 2 {
                match scrub_depth(value, depth + 1) {
                    Some(inner) => inner,
                    None if looks_secret(value) => REMOVED.to_string(),
                    None => value.clone(),
                }
            } else if SECRET_NAMES.contains(&flat.as_str())
                || SECRET_PARTS.iter().any(|p| flat.contains(p))
                || looks_secret(value)
                || value.contains("://") && scrub_depth(value, 2).is_none()
            {
                REMOVED.to_string()
            } else if value.contains("://") {
                scrub_depth(value, depth + 1).unwrap_or_else(|| REMOVED.to_string())
            } else {
                value.clone()
            };
            let name = if looks_secret(name) { REMOVED } else { name.as_str() };
            out.append_pair(name, if value.is_empty() { "" } else { &kept });
        }
        let query = out.finish();
        u.set_query(if query.is_empty() { None } else { Some(&query) });
    }
    let s = u.to_string();
    Some(if s.len() > MAX_URL { clip(&s, MAX_URL).to_string() } else { s })
}

/// A value that is a token, a key or an email address whatever its name: a JWT (`eyJ…`), an
/// email address, or a long run of letters and digits (24+ characters of base64/hex with both).
pub fn looks_secret(value: &str) -> bool {
    let v = value.trim();
    if v.contains('@') && v.contains('.') {
        return true; // an email address (or user@host)
    }
    if v.starts_with("eyJ") && v.len() > 20 {
        return true;
    }
    let token_chars = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~' | '+' | '/' | '=');
    if v.len() >= 24 && v.chars().all(token_chars) {
        let letters = v.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
        // A GUID (an app's client id, a tenant) names an app, not a person: kept.
        if crate::policy::is_guid(v) {
            return false;
        }
        return letters > 0 && digits > 0 && digits * 20 >= v.len();
    }
    false
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

fn clean_reason(s: &str) -> String {
    let one_line: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    clip(one_line.trim(), MAX_REASON).to_string()
}

/// The first `max` characters of `s`.
fn clip(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// A UUID as `crypto.randomUUID()` writes it.
pub fn is_event_id(s: &str) -> bool {
    crate::policy::is_guid(s)
}

/// `2026-11-29T20:01:06.123Z` for milliseconds since 1970.
pub fn rfc3339(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}
