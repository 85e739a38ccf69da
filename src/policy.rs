//! What an organisation decides: enforcement mode, its own identity providers and the origins
//! that serve a provider's pages, approved and blocked apps, hosts that never warn, where reports
//! go. One typed model, read key by key from two sources:
//!
//! - the **managed policy** (`storage.managed`, set by an administrator): every key;
//! - the **person's options** (`storage.local`, which a compromised page renderer could also
//!   write): only keys that make the extension stricter ([`PERSON_KEYS`]), and never a key the
//!   managed policy sets.
//!
//! Nothing outside the managed policy widens trust: providers, trusted origins and the allowlist
//! come only from built-in data and the managed policy. A bad key or value is named in
//! [`Resolved::problems`] and dropped; the rest is kept. Detection is never turned off.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use url::Url;

use crate::finding::{PolicyDetailKey, PolicyWords};
use crate::json::{self, Fields, ToJson, Writer};
use crate::providers::Provider;

/// What the extension does on a danger verdict. Ordered from the least strict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Record and report only.
    Monitor,
    /// Warn on the page (the default).
    #[default]
    Warn,
    /// Warn and keep the page's forms from being used.
    Block,
}

/// Where people get help, shown in warnings and the popup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Support {
    pub name: String,
    /// An https address.
    pub url: String,
    pub email: String,
}

/// Format of the events sent to [`Reporting::endpoint`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportFormat {
    #[serde(rename = "json")]
    Json,
    /// OCSF Detection Finding (the default: SIEMs ingest it as it is).
    #[default]
    #[serde(rename = "ocsf")]
    Ocsf,
    #[serde(rename = "splunk-hec")]
    SplunkHec,
}

/// The event kinds `reporting.events` may name (`report::EventKind`, which a test holds to this list).
pub const REPORT_EVENTS: &[&str] = &[
    "danger_page",
    "caution_page",
    "page_blocked",
    "warning_continued",
    "blocked_app_consent",
    "unapproved_app_consent",
    "consent_requested",
    "grant_revoked",
    "false_positive_report",
];

/// Where verdict events are reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Reporting {
    /// An https address.
    pub endpoint: String,
    pub format: ReportFormat,
    pub authorization_header: String,
    /// Which event kinds are sent ([`REPORT_EVENTS`]); empty: all but `consent_requested`.
    pub events: Vec<String>,
    pub device_label: String,
    pub user_label: String,
}

/// The Entra app the popup signs in with to list consents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Entra {
    pub client_id: String,
    pub tenant: String,
}

/// The Azure DevOps organisation whose authorizations the popup lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct AzureDevOps {
    /// Normalised to an `https://host[:port]` origin.
    pub host: String,
    pub api_version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Policy {
    pub mode: Mode,
    /// Show the green badge on genuine pages (the verdict stays genuine either way).
    pub show_genuine_badge: bool,
    /// Per provider id: the only client ids the organisation approves. No entry: no restriction.
    pub approved_clients: BTreeMap<String, Vec<String>>,
    /// Per provider id: client ids the organisation blocks.
    pub blocked_clients: BTreeMap<String, Vec<String>>,
    /// The organisation's own identity providers (same shape as `data/providers.json`); one with
    /// a built-in id replaces the built-in definition.
    pub custom_providers: Vec<Provider>,
    /// Per provider id: more `https://` origins that legitimately serve that provider's pages.
    pub trusted_origins: BTreeMap<String, Vec<String>>,
    /// Hosts that never warn: exact hosts, or `*.example.com` for every host under it.
    pub allowlist: Vec<String>,
    pub support: Option<Support>,
    pub reporting: Option<Reporting>,
    pub entra: Option<Entra>,
    #[serde(rename = "azureDevOps")]
    pub azure_devops: Option<AzureDevOps>,
    /// The options page shows the organisation's settings read-only and the person's are not read.
    pub disable_options: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            mode: Mode::Warn,
            show_genuine_badge: true,
            approved_clients: BTreeMap::new(),
            blocked_clients: BTreeMap::new(),
            custom_providers: Vec::new(),
            trusted_origins: BTreeMap::new(),
            allowlist: Vec::new(),
            support: None,
            reporting: None,
            entra: None,
            azure_devops: None,
            disable_options: false,
        }
    }
}

/// JSON type of a policy key, as the managed schema declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    String,
    Boolean,
    Object,
    Array,
}

impl KeyType {
    pub fn name(self) -> &'static str {
        match self {
            KeyType::String => "string",
            KeyType::Boolean => "boolean",
            KeyType::Object => "object",
            KeyType::Array => "array",
        }
    }
}

/// Every policy key and its JSON type. `extension/managed_schema.json` declares the same (a test
/// compares the two).
pub const KEYS: &[(&str, KeyType)] = &[
    ("mode", KeyType::String),
    ("showGenuineBadge", KeyType::Boolean),
    ("approvedClients", KeyType::Object),
    ("blockedClients", KeyType::Object),
    ("customProviders", KeyType::Array),
    ("trustedOrigins", KeyType::Object),
    ("allowlist", KeyType::Array),
    ("support", KeyType::Object),
    ("reporting", KeyType::Object),
    ("entra", KeyType::Object),
    ("azureDevOps", KeyType::Object),
    ("disableOptions", KeyType::Boolean),
];

/// Keys the person's options may set: each can only make the extension stricter (`mode` only a
/// stricter mode, `blockedClients` only more blocked apps), or concerns only the person's own
/// account listings (`entra`, `azureDevOps`).
pub const PERSON_KEYS: &[&str] = &["mode", "showGenuineBadge", "blockedClients", "entra", "azureDevOps"];

/// Where a policy value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Managed,
    Options,
}

/// What is wrong with a key. Rendered from `_locales` as `policyProblem_<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// Not a key of the policy: ignored.
    Unknown,
    /// The value has the wrong type or shape: dropped.
    Invalid,
    /// A value that must be an https address is not: dropped.
    NotHttps,
    /// Only the organisation can set this key: the person's value is ignored.
    ManagedOnly,
    /// The organisation sets this key: the person's value is ignored.
    Locked,
    /// The person's value would make the extension less strict: ignored.
    Looser,
    /// The source itself is not a JSON object: nothing in it was read.
    NotAnObject,
}

impl ProblemKind {
    /// Every kind, for the generated contract (each has its `policyProblem_<code>` message).
    pub const ALL: [ProblemKind; 7] = [
        ProblemKind::Unknown,
        ProblemKind::Invalid,
        ProblemKind::NotHttps,
        ProblemKind::ManagedOnly,
        ProblemKind::Locked,
        ProblemKind::Looser,
        ProblemKind::NotAnObject,
    ];

    /// The code the options page reads (`not-https`), as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Unknown => "unknown",
            ProblemKind::Invalid => "invalid",
            ProblemKind::NotHttps => "not-https",
            ProblemKind::ManagedOnly => "managed-only",
            ProblemKind::Locked => "locked",
            ProblemKind::Looser => "looser",
            ProblemKind::NotAnObject => "not-an-object",
        }
    }
}

/// A key (or one entry of it, `customProviders[2]`, `trustedOrigins.github`) that was dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyProblem {
    pub key: String,
    pub problem: ProblemKind,
    pub source: Source,
    /// What was wrong in a reader's own message (English), where no locale key says it; empty
    /// where `words` says it (the module carries no English for those: the worker logs `words`).
    pub detail: String,
    /// What was wrong in words, for the options page (a reader's own message, kept in `detail`, is
    /// said in words too: the field, the JSON types).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<PolicyWords>,
}

/// What was wrong: in words (a locale key and its values), or a reader's technical message (for
/// the logs) with the same in words.
enum Detail {
    Words(PolicyWords),
    /// A reader's own message for the logs, and the same in words.
    Mixed(String, PolicyWords),
}

impl Detail {
    fn words(key: PolicyDetailKey, params: Vec<String>) -> Detail {
        Detail::Words(PolicyWords::new(key, params))
    }

    fn split(self) -> (String, Option<PolicyWords>) {
        match self {
            Detail::Words(w) => (String::new(), Some(w)),
            Detail::Mixed(detail, words) => (detail, Some(words)),
        }
    }
}

/// A JSON value's type as JSON names it, the same in every language.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// `expected <type>, found <type of v>`.
fn expected(what: &str, v: &Value) -> Detail {
    Detail::words(PolicyDetailKey::ExpectedType, vec![what.to_string(), json_type(v).to_string()])
}

/// A reader's message about a value of `key` (`url: expected a string, found a number`, ``missing
/// field `id` ``, ``unknown field `phone`, expected one of name, url, email``) in words: the field's
/// place (`support.url`) and what was wrong, every part data (names as written, JSON type names);
/// the reader's own text stays the English detail for the logs.
fn reader_words(key: &str, e: String) -> Detail {
    // Only prefixes and single characters are searched for: a substring search would add its
    // searcher to the .wasm.
    const SAYS: [&str; 4] = ["expected ", "missing field `", "unknown field `", "unknown value "];
    let start = |i: usize| SAYS.iter().any(|s| e[i..].starts_with(s));
    let at = if start(0) {
        Some(0)
    } else {
        e.match_indices(':').map(|(i, _)| i + 2).find(|&i| e[i - 1..].starts_with(' ') && start(i))
    };
    let (place, said) = match at {
        Some(0) => ("", e.as_str()),
        Some(i) => (&e[..i - 2], &e[i..]),
        None => ("", ""),
    };
    let mut field = key.to_string();
    if !place.is_empty() && !place.starts_with('[') {
        field.push('.');
    }
    field.push_str(place);
    // `a string` as JSON names it: `string`.
    let json_name = |t: &str| t.strip_prefix("an ").or_else(|| t.strip_prefix("a ")).unwrap_or(t).to_string();
    // What follows `, expected one of ` after the last `end` (a backtick or a quote).
    let one_of = |end: char| {
        let rest = said.rfind(end).map_or("", |i| &said[i + 1..]);
        rest.strip_prefix(", expected one of ").unwrap_or("").to_string()
    };
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or("").to_string();
    let words = if let Some(types) = said.strip_prefix("expected ") {
        let (want, found) = types.rsplit_once(',').unwrap_or((types, ""));
        let found = found.strip_prefix(" found ").unwrap_or(found);
        PolicyWords::new(PolicyDetailKey::FieldType, vec![field, json_name(want), json_name(found)])
    } else if said.starts_with("missing field `") {
        PolicyWords::new(PolicyDetailKey::FieldMissing, vec![format!("{field}.{}", quoted(said))])
    } else if said.starts_with("unknown field `") {
        PolicyWords::new(PolicyDetailKey::FieldUnknown, vec![format!("{field}.{}", quoted(said)), one_of('`')])
    } else if let Some(rest) = said.strip_prefix("unknown value ") {
        let value = rest.rfind('"').map_or(rest, |i| &rest[..=i]);
        PolicyWords::new(PolicyDetailKey::FieldValue, vec![field, value.to_string(), one_of('"')])
    } else {
        PolicyWords::new(PolicyDetailKey::FieldUnreadable, vec![field])
    };
    Detail::Mixed(e, words)
}

/// The effective policy and how it came to be.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resolved {
    pub policy: Policy,
    pub problems: Vec<PolicyProblem>,
    /// Keys the managed policy sets (with a usable value): locked in the options page.
    pub managed_keys: Vec<String>,
}

/// The summary the worker, popup and options page read (`effectivePolicy` in the bindings).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary<'a> {
    pub mode: Mode,
    pub show_genuine_badge: bool,
    pub support: Option<&'a Support>,
    pub disable_options: bool,
    pub managed_keys: &'a [String],
    pub problems: &'a [PolicyProblem],
    pub policy: &'a Policy,
}

impl Resolved {
    pub fn summary(&self) -> Summary<'_> {
        Summary {
            mode: self.policy.mode,
            show_genuine_badge: self.policy.show_genuine_badge,
            support: self.policy.support.as_ref(),
            disable_options: self.policy.disable_options,
            managed_keys: &self.managed_keys,
            problems: &self.problems,
            policy: &self.policy,
        }
    }
}

/// The effective policy from the managed policy and the person's options (either may be
/// `Value::Null` when absent). Never fails: what cannot be read is named and dropped.
pub fn resolve(managed: &Value, options: &Value) -> Resolved {
    let mut out = Resolved::default();
    let managed = source_object(managed, Source::Managed, &mut out.problems);
    for (key, value) in managed {
        if apply(&mut out.policy, key, value, Source::Managed, &mut out.problems) {
            out.managed_keys.push(key.clone());
        }
    }
    if out.policy.disable_options {
        return out;
    }
    let options = source_object(options, Source::Options, &mut out.problems);
    for (key, value) in options {
        let problem = |problem, key_words: PolicyDetailKey| {
            let words = PolicyWords::new(key_words, Vec::new());
            PolicyProblem {
                key: key.clone(),
                problem,
                source: Source::Options,
                detail: String::new(),
                words: Some(words),
            }
        };
        if !KEYS.iter().any(|(k, _)| k == key) {
            // The person's options page writes other settings of its own; only a policy-like
            // key that widens trust is worth naming.
            if key == "providers" {
                out.problems.push(problem(ProblemKind::ManagedOnly, PolicyDetailKey::ManagedOnlyProviders));
            }
            continue;
        }
        if !PERSON_KEYS.contains(&key.as_str()) {
            out.problems.push(problem(ProblemKind::ManagedOnly, PolicyDetailKey::ManagedOnly));
            continue;
        }
        if out.managed_keys.iter().any(|k| k == key) {
            out.problems.push(problem(ProblemKind::Locked, PolicyDetailKey::Locked));
            continue;
        }
        let before = out.policy.clone();
        if !apply(&mut out.policy, key, value, Source::Options, &mut out.problems) {
            continue;
        }
        if key == "mode" && out.policy.mode < before.mode {
            out.policy.mode = before.mode;
            out.problems.push(problem(ProblemKind::Looser, PolicyDetailKey::Looser));
        }
    }
    out
}

/// [`resolve`] from the two sources as JSON text (empty or `null` when absent). Text that is not
/// JSON is named as a problem of its source and read as nothing.
pub fn resolve_json(managed: &str, options: &str) -> Resolved {
    let read = |text: &str, source| {
        if text.trim().is_empty() {
            return (Value::Null, None);
        }
        match serde_json::from_str::<Value>(text) {
            Ok(v) => (v, None),
            Err(e) => {
                let at = vec![e.line().to_string(), e.column().to_string()];
                let (_, words) = Detail::words(PolicyDetailKey::NotJson, at).split();
                let detail = format!("not JSON: {e}");
                let key = String::new();
                (Value::Null, Some(PolicyProblem { key, problem: ProblemKind::NotAnObject, source, detail, words }))
            }
        }
    };
    let (managed, managed_error) = read(managed, Source::Managed);
    let (options, options_error) = read(options, Source::Options);
    let mut out = resolve(&managed, &options);
    out.problems.extend(managed_error.into_iter().chain(options_error));
    out
}

fn source_object<'a>(value: &'a Value, source: Source, problems: &mut Vec<PolicyProblem>) -> &'a Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    match value {
        Value::Object(map) => map,
        Value::Null => EMPTY.get_or_init(Map::new),
        other => {
            let (detail, words) = expected("object", other).split();
            problems.push(PolicyProblem {
                key: String::new(),
                problem: ProblemKind::NotAnObject,
                source,
                detail,
                words,
            });
            EMPTY.get_or_init(Map::new)
        }
    }
}

/// `T` from one policy value, read by hand as the derived `Deserialize` reads it (the .wasm then
/// carries no deserializer per type), with an error that names the key.
fn read<T: Read>(value: &Value) -> Result<T, String> {
    T::read(value.clone())
}

/// A policy value's reader.
trait Read: Sized {
    fn read(v: Value) -> Result<Self, json::Error>;
}

impl Read for Mode {
    fn read(v: Value) -> Result<Mode, json::Error> {
        let all = [Mode::Monitor, Mode::Warn, Mode::Block];
        json::one_of(v, &all, Mode::as_str)
    }
}

impl Read for Vec<String> {
    fn read(v: Value) -> Result<Vec<String>, json::Error> {
        json::strings(v)
    }
}

impl Read for Provider {
    fn read(v: Value) -> Result<Provider, json::Error> {
        Provider::from_value(v)
    }
}

impl Read for Support {
    fn read(v: Value) -> Result<Support, json::Error> {
        let mut f = Fields::new(v)?;
        let s = Support { name: f.string("name")?, url: f.string("url")?, email: f.string("email")? };
        f.deny_unknown(&["name", "url", "email"])?;
        Ok(s)
    }
}

impl ReportFormat {
    pub fn from_value(v: Value) -> Result<ReportFormat, json::Error> {
        let all = [ReportFormat::Json, ReportFormat::Ocsf, ReportFormat::SplunkHec];
        json::one_of(v, &all, ReportFormat::as_str)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ReportFormat::Json => "json",
            ReportFormat::Ocsf => "ocsf",
            ReportFormat::SplunkHec => "splunk-hec",
        }
    }
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Monitor => "monitor",
            Mode::Warn => "warn",
            Mode::Block => "block",
        }
    }
}

// The policy summary as JSON, written by hand (`json::Writer`): the text serde_json writes for
// the derived `Serialize` impls, which stay for the tests.

impl ToJson for Summary<'_> {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("mode");
        w.string(self.mode.as_str());
        w.key("showGenuineBadge");
        w.bool(self.show_genuine_badge);
        w.key("support");
        w.optional(self.support);
        w.key("disableOptions");
        w.bool(self.disable_options);
        w.key("managedKeys");
        w.strings(self.managed_keys);
        w.key("problems");
        w.list(self.problems);
        w.key("policy");
        self.policy.write(w);
        w.end_object();
    }
}

/// A JSON object of lists of strings.
fn write_lists(w: &mut Writer, lists: &BTreeMap<String, Vec<String>>) {
    w.begin_object();
    for (key, items) in lists {
        w.key(key);
        w.strings(items);
    }
    w.end_object();
}

/// A JSON object of string fields.
fn write_texts(w: &mut Writer, fields: &[(&str, &str)]) {
    w.begin_object();
    for (key, value) in fields {
        w.key(key);
        w.string(value);
    }
    w.end_object();
}

impl ToJson for Policy {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("mode");
        w.string(self.mode.as_str());
        w.key("showGenuineBadge");
        w.bool(self.show_genuine_badge);
        w.key("approvedClients");
        write_lists(w, &self.approved_clients);
        w.key("blockedClients");
        write_lists(w, &self.blocked_clients);
        w.key("customProviders");
        w.list(&self.custom_providers);
        w.key("trustedOrigins");
        write_lists(w, &self.trusted_origins);
        w.key("allowlist");
        w.strings(&self.allowlist);
        w.key("support");
        w.optional(self.support.as_ref());
        w.key("reporting");
        match &self.reporting {
            Some(r) => {
                w.begin_object();
                w.key("endpoint");
                w.string(&r.endpoint);
                w.key("format");
                w.string(r.format.as_str());
                w.key("authorizationHeader");
                w.string(&r.authorization_header);
                w.key("events");
                w.strings(&r.events);
                w.key("deviceLabel");
                w.string(&r.device_label);
                w.key("userLabel");
                w.string(&r.user_label);
                w.end_object();
            }
            None => w.raw("null"),
        }
        w.key("entra");
        match &self.entra {
            Some(e) => write_texts(w, &[("clientId", &e.client_id), ("tenant", &e.tenant)]),
            None => w.raw("null"),
        }
        w.key("azureDevOps");
        match &self.azure_devops {
            Some(a) => write_texts(w, &[("host", &a.host), ("apiVersion", &a.api_version)]),
            None => w.raw("null"),
        }
        w.key("disableOptions");
        w.bool(self.disable_options);
        w.end_object();
    }
}

impl ToJson for Support {
    fn write(&self, w: &mut Writer) {
        write_texts(w, &[("name", &self.name), ("url", &self.url), ("email", &self.email)]);
    }
}

impl ToJson for PolicyProblem {
    fn write(&self, w: &mut Writer) {
        let source = match self.source {
            Source::Managed => "managed",
            Source::Options => "options",
        };
        w.begin_object();
        for (key, value) in [
            ("key", self.key.as_str()),
            ("problem", self.problem.as_str()),
            ("source", source),
            ("detail", &self.detail),
        ] {
            w.key(key);
            w.string(value);
        }
        if let Some(words) = &self.words {
            w.key("words");
            w.begin_object();
            w.key("key");
            w.string(words.key.as_str());
            w.key("params");
            w.strings(&words.params);
            w.end_object();
        }
        w.end_object();
    }
}

impl Read for Reporting {
    fn read(v: Value) -> Result<Reporting, json::Error> {
        let mut f = Fields::new(v)?;
        let r = Reporting {
            endpoint: f.string("endpoint")?,
            format: f.or_default("format", ReportFormat::from_value)?,
            authorization_header: f.string("authorizationHeader")?,
            events: f.strings("events")?,
            device_label: f.string("deviceLabel")?,
            user_label: f.string("userLabel")?,
        };
        f.deny_unknown(&["endpoint", "format", "authorizationHeader", "events", "deviceLabel", "userLabel"])?;
        Ok(r)
    }
}

impl Read for Entra {
    fn read(v: Value) -> Result<Entra, json::Error> {
        let mut f = Fields::new(v)?;
        let e = Entra { client_id: f.string("clientId")?, tenant: f.string("tenant")? };
        f.deny_unknown(&["clientId", "tenant"])?;
        Ok(e)
    }
}

impl Read for AzureDevOps {
    fn read(v: Value) -> Result<AzureDevOps, json::Error> {
        let mut f = Fields::new(v)?;
        let a = AzureDevOps { host: f.string("host")?, api_version: f.string("apiVersion")? };
        f.deny_unknown(&["host", "apiVersion"])?;
        Ok(a)
    }
}

/// Reads one key into `policy`. True when a usable value was set (possibly with some entries
/// dropped, each named in `problems`).
fn apply(policy: &mut Policy, key: &str, value: &Value, source: Source, problems: &mut Vec<PolicyProblem>) -> bool {
    let mut bad = |key: String, problem: ProblemKind, detail: Detail| {
        let (detail, words) = detail.split();
        problems.push(PolicyProblem { key, problem, source, detail, words });
    };
    match key {
        "mode" => match read::<Mode>(value) {
            Ok(m) => policy.mode = m,
            Err(_) => {
                bad(
                    key.into(),
                    ProblemKind::Invalid,
                    Detail::words(PolicyDetailKey::ExpectedMode, vec![value.to_json()]),
                );
                return false;
            }
        },
        "showGenuineBadge" | "disableOptions" => match value {
            Value::Bool(b) if key == "showGenuineBadge" => policy.show_genuine_badge = *b,
            Value::Bool(b) => policy.disable_options = *b,
            other => {
                bad(key.into(), ProblemKind::Invalid, expected("boolean", other));
                return false;
            }
        },
        "approvedClients" | "blockedClients" => {
            let Some(map) = value.as_object() else {
                bad(key.into(), ProblemKind::Invalid, expected("object", value));
                return false;
            };
            let mut lists = BTreeMap::new();
            for (provider, ids) in map {
                let entry = format!("{key}.{provider}");
                match read::<Vec<String>>(ids) {
                    Ok(_) if provider.trim().is_empty() => {
                        bad(entry, ProblemKind::Invalid, Detail::words(PolicyDetailKey::EmptyProviderId, vec![]))
                    }
                    Ok(ids) => {
                        let ids: Vec<String> =
                            ids.into_iter().map(|id| id.trim().to_string()).filter(|id| !id.is_empty()).collect();
                        lists.insert(provider.trim().to_string(), ids);
                    }
                    Err(e) => {
                        let said = reader_words(&entry, e);
                        bad(entry, ProblemKind::Invalid, said)
                    }
                }
            }
            if key == "approvedClients" {
                policy.approved_clients = lists;
            } else {
                // The person's blocked apps add to the organisation's.
                for (provider, ids) in lists {
                    let have = policy.blocked_clients.entry(provider).or_default();
                    for id in ids {
                        if !have.iter().any(|h| same_client(h, &id)) {
                            have.push(id);
                        }
                    }
                }
            }
        }
        "customProviders" => {
            let Some(items) = value.as_array() else {
                bad(key.into(), ProblemKind::Invalid, expected("array", value));
                return false;
            };
            let mut providers = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let entry = format!("{key}[{i}]");
                match read::<Provider>(item) {
                    Ok(p) => match p.normalized() {
                        Some(p) => providers.push(p),
                        None => {
                            bad(entry, ProblemKind::Invalid, Detail::words(PolicyDetailKey::ProviderIncomplete, vec![]))
                        }
                    },
                    Err(e) => {
                        let said = reader_words(&entry, e);
                        bad(entry, ProblemKind::Invalid, said)
                    }
                }
            }
            policy.custom_providers = providers;
        }
        "trustedOrigins" => {
            let Some(map) = value.as_object() else {
                bad(key.into(), ProblemKind::Invalid, expected("object", value));
                return false;
            };
            let mut origins = BTreeMap::new();
            for (provider, list) in map {
                let Some(list) = list.as_array() else {
                    let origins = Detail::words(PolicyDetailKey::ExpectedOrigins, vec![]);
                    bad(format!("{key}.{provider}"), ProblemKind::Invalid, origins);
                    continue;
                };
                let mut good = Vec::new();
                for (i, o) in list.iter().enumerate() {
                    match o.as_str().map(https_origin) {
                        Some(Ok(o)) => good.push(o),
                        Some(Err(kind)) => {
                            let said = Detail::words(PolicyDetailKey::NotHttpsOrigin, vec![o.to_json()]);
                            bad(format!("{key}.{provider}[{i}]"), kind, said)
                        }
                        None => {
                            let said = Detail::words(PolicyDetailKey::ExpectedString, vec![]);
                            bad(format!("{key}.{provider}[{i}]"), ProblemKind::Invalid, said)
                        }
                    }
                }
                if !provider.trim().is_empty() && !good.is_empty() {
                    origins.insert(provider.trim().to_string(), good);
                }
            }
            policy.trusted_origins = origins;
        }
        "allowlist" => {
            let Some(items) = value.as_array() else {
                bad(key.into(), ProblemKind::Invalid, expected("array", value));
                return false;
            };
            let mut hosts = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match item.as_str().and_then(allowlist_entry) {
                    Some(h) => hosts.push(h),
                    None => bad(
                        format!("{key}[{i}]"),
                        ProblemKind::Invalid,
                        Detail::words(PolicyDetailKey::AllowlistEntry, vec![item.to_json()]),
                    ),
                }
            }
            policy.allowlist = hosts;
        }
        "support" => match read::<Support>(value) {
            Ok(mut s) => {
                if !s.url.trim().is_empty() {
                    match https_url(&s.url) {
                        Some(u) => s.url = u,
                        None => {
                            bad(
                                "support.url".into(),
                                ProblemKind::NotHttps,
                                Detail::words(PolicyDetailKey::NotHttpsAddress, vec![s.url.clone()]),
                            );
                            s.url = String::new();
                        }
                    }
                }
                policy.support = Some(s);
            }
            Err(e) => {
                bad(key.into(), ProblemKind::Invalid, reader_words(key, e));
                return false;
            }
        },
        "reporting" => match read::<Reporting>(value) {
            Ok(mut r) => match https_url(&r.endpoint) {
                Some(u) => {
                    r.endpoint = u;
                    let asked = std::mem::take(&mut r.events);
                    for (i, kind) in asked.into_iter().enumerate() {
                        if REPORT_EVENTS.contains(&kind.trim()) {
                            r.events.push(kind.trim().to_string());
                        } else {
                            bad(
                                format!("reporting.events[{i}]"),
                                ProblemKind::Invalid,
                                Detail::words(PolicyDetailKey::NotEventKind, vec![kind.clone()]),
                            );
                        }
                    }
                    policy.reporting = Some(r);
                }
                None => {
                    bad(
                        "reporting.endpoint".into(),
                        ProblemKind::NotHttps,
                        Detail::words(PolicyDetailKey::NotHttpsAddress, vec![r.endpoint.clone()]),
                    );
                    return false;
                }
            },
            Err(e) => {
                bad(key.into(), ProblemKind::Invalid, reader_words(key, e));
                return false;
            }
        },
        "entra" => match read::<Entra>(value) {
            Ok(e) if !e.client_id.trim().is_empty() && !is_guid(e.client_id.trim()) => {
                let said = Detail::words(PolicyDetailKey::NotClientId, vec![e.client_id.clone()]);
                bad("entra.clientId".into(), ProblemKind::Invalid, said);
                return false;
            }
            Ok(e) => {
                policy.entra = Some(Entra { client_id: e.client_id.trim().into(), tenant: e.tenant.trim().into() })
            }
            Err(e) => {
                bad(key.into(), ProblemKind::Invalid, reader_words(key, e));
                return false;
            }
        },
        "azureDevOps" => match read::<AzureDevOps>(value) {
            Ok(mut a) => {
                if !a.host.trim().is_empty() {
                    match crate::grants::azure_devops::https_host(&a.host) {
                        Ok(h) => a.host = h,
                        Err(words) => {
                            bad("azureDevOps.host".into(), ProblemKind::NotHttps, Detail::Words(words));
                            return false;
                        }
                    }
                }
                policy.azure_devops = Some(a);
            }
            Err(e) => {
                bad(key.into(), ProblemKind::Invalid, reader_words(key, e));
                return false;
            }
        },
        _ => {
            bad(key.into(), ProblemKind::Unknown, Detail::words(PolicyDetailKey::UnknownKey, vec![]));
            return false;
        }
    }
    true
}

/// `https://host[:port]` from an origin; anything with a path, query, credentials or another
/// scheme is refused.
fn https_origin(s: &str) -> Result<String, ProblemKind> {
    let url = Url::parse(s.trim()).map_err(|_| ProblemKind::Invalid)?;
    if url.scheme() != "https" {
        return Err(ProblemKind::NotHttps);
    }
    let plain = url.username().is_empty()
        && url.password().is_none()
        && url.path() == "/"
        && url.query().is_none()
        && url.fragment().is_none();
    match url.host_str() {
        Some(_) if plain => Ok(url.origin().ascii_serialization()),
        _ => Err(ProblemKind::Invalid),
    }
}

/// An https URL without credentials, as the URL parser writes it.
fn https_url(s: &str) -> Option<String> {
    let url = Url::parse(s.trim()).ok()?;
    (url.scheme() == "https" && url.host_str().is_some() && url.username().is_empty() && url.password().is_none())
        .then(|| url.to_string())
}

/// A lower-case host, or `*.` + a domain of at least two labels.
fn allowlist_entry(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
    let (wild, host) = match s.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let labels: Vec<&str> = host.split('.').collect();
    let ok_label =
        |l: &&str| !l.is_empty() && l.len() <= 63 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let ok = !host.is_empty() && host.len() <= 253 && labels.iter().all(ok_label) && (!wild || labels.len() >= 2);
    ok.then(|| if wild { format!("*.{host}") } else { host.to_string() })
}

/// Where an app stands with the organisation's policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientStanding {
    Blocked,
    /// The provider has an approved list and the app is not on it (or has no client id).
    Unapproved,
    Approved,
    /// The organisation has no approved list for this provider.
    Unlisted,
}

/// Client ids compare case-insensitively when they are GUIDs (Entra and Azure DevOps write them
/// either way); other ids (GitHub's, Google's) compare exactly.
pub fn same_client(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if is_guid(a) && is_guid(b) {
        a.eq_ignore_ascii_case(b)
    } else {
        a == b
    }
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex digits.
pub fn is_guid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

impl Policy {
    pub fn client_standing(&self, provider_id: &str, client_id: Option<&str>) -> ClientStanding {
        let listed = |lists: &BTreeMap<String, Vec<String>>| {
            lists.get(provider_id).map(|ids| client_id.is_some_and(|c| ids.iter().any(|id| same_client(id, c))))
        };
        if listed(&self.blocked_clients) == Some(true) {
            return ClientStanding::Blocked;
        }
        match listed(&self.approved_clients) {
            Some(true) => ClientStanding::Approved,
            Some(false) => ClientStanding::Unapproved,
            None => ClientStanding::Unlisted,
        }
    }

    /// The organisation allows this host: no warning there.
    pub fn allows_host(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.allowlist.iter().any(|entry| match entry.strip_prefix("*.") {
            Some(domain) => {
                host.len() > domain.len() + 1
                    && host.ends_with(domain)
                    && host[..host.len() - domain.len()].ends_with('.')
            }
            None => *entry == host,
        })
    }
}
