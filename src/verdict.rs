//! The outcome the person sees: a [`Level`] for the toolbar badge and the [`Finding`]s behind it.

use serde::{Deserialize, Serialize};

pub use crate::finding::{
    ErrorKind, ErrorReason, Evidence, EvidenceKey, EvidenceLabel, Finding, Level, PageKind, RuleId, Severity, Summary,
    SummaryKey, VerdictError,
};

/// The engine's answer for one frame, or for a whole tab after [`crate::rules::combine`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Verdict {
    pub level: Level,
    /// Id of the provider this page is, or imitates (`azure-devops`, `microsoft`, `github`, `google`, or an organisation's).
    pub provider: Option<String>,
    /// Display name of that provider.
    pub provider_name: Option<String>,
    pub page: PageKind,
    /// The host the verdict is about (as the browser reported it).
    pub host: String,
    /// The verdict is about the tab's top frame.
    pub top_frame: bool,
    /// The verdict in words (a locale key), for the toolbar title and the popup heading.
    pub summary: Summary,
    pub findings: Vec<Finding>,
    /// On a provider's genuine approval page: who asks for what, where the answer goes.
    pub request: Option<crate::consent::RequestReview>,
    /// Set when the engine could not read its input; the level is then never genuine.
    pub error: Option<VerdictError>,
    /// The page warned, and the organisation's allowlist names its host: the level is `none`.
    pub allowed_by_organisation: bool,
    /// Genuine, and the organisation's policy asks for no green badge (`showGenuineBadge: false`).
    pub hide_badge: bool,
    /// What the frame showed, for [`crate::rules::combine`] to judge the tab as a whole.
    pub facts: FrameFacts,
}

/// The facts of one frame that matter beside the other frames of its tab.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct FrameFacts {
    /// The frame's origin (`https://host[:port]`).
    pub origin: String,
    /// Ids of the providers the frame claims to be, away from their own sites.
    pub claims: Vec<String>,
    /// What the frame asks for: `password`, `identifier`, `code`; `step`: a choice in a step of a
    /// provider's sign-in that asks for no field, shown off the provider's sites.
    pub asks: Vec<String>,
    /// Id of the provider on one of whose exact origins the frame is.
    pub home: Option<String>,
    /// Ids of the providers whose account a line of the frame asks for ("Use your Google Account
    /// to continue"), where the frame asks for nothing itself but holds a shown frame: the claim
    /// that line makes beside a password box, which another frame of the tab may hold.
    pub account_claims: Vec<String>,
    /// The frame asks for a password and names nothing of its own (no title, heading, banner or
    /// logo but sign-in wording and field labels): bare fields.
    pub bare: bool,
}

impl Verdict {
    /// Fail closed: a verdict for input the engine could not read.
    pub fn could_not_verify(host: &str, kind: ErrorKind, detail: impl Into<String>) -> Verdict {
        Verdict {
            level: Level::Caution,
            host: host.to_string(),
            summary: Summary::new(SummaryKey::CouldNotVerify, Vec::new()),
            error: Some(VerdictError { kind, detail: detail.into(), reason: None }),
            ..Verdict::default()
        }
    }
}

use crate::consent::{ConsentRequest, RequestReview};
use crate::finding::{RequestKey, ScopeKey, ScopeWords, Words};
use crate::json::{self, Error, Fields, ToJson, Writer};
use crate::scopes::{ScopeInfo, Tier};
use serde_json::Value;

// The verdict as JSON, written by hand (`json::Writer`): the text serde_json writes for the
// derived `Serialize` impls, which stay for the tests (`tests/fuzz.rs` compares the two).

impl ToJson for Verdict {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("level");
        w.string(self.level.as_str());
        w.key("provider");
        w.opt_string(self.provider.as_deref());
        w.key("providerName");
        w.opt_string(self.provider_name.as_deref());
        w.key("page");
        w.string(self.page.as_str());
        w.key("host");
        w.string(&self.host);
        w.key("topFrame");
        w.bool(self.top_frame);
        w.key("summary");
        self.summary.write(w);
        w.key("findings");
        w.list(&self.findings);
        w.key("request");
        w.optional(self.request.as_ref());
        w.key("error");
        w.optional(self.error.as_ref());
        w.key("allowedByOrganisation");
        w.bool(self.allowed_by_organisation);
        w.key("hideBadge");
        w.bool(self.hide_badge);
        w.key("facts");
        let facts = &self.facts;
        w.begin_object();
        w.key("origin");
        w.string(&facts.origin);
        w.key("claims");
        w.strings(&facts.claims);
        w.key("asks");
        w.strings(&facts.asks);
        w.key("home");
        w.opt_string(facts.home.as_deref());
        w.key("accountClaims");
        w.strings(&facts.account_claims);
        w.key("bare");
        w.bool(facts.bare);
        w.end_object();
        w.end_object();
    }
}

/// `{"key": key, "params": params}` of a [`Summary`] or [`Words`].
fn key_and_params(w: &mut Writer, key: &str, params: &[String]) {
    w.begin_object();
    w.key("key");
    w.string(key);
    w.key("params");
    w.strings(params);
    w.end_object();
}

impl ToJson for Summary {
    fn write(&self, w: &mut Writer) {
        key_and_params(w, self.key.as_str(), &self.params);
    }
}

impl ToJson for Words {
    fn write(&self, w: &mut Writer) {
        key_and_params(w, self.key.as_str(), &self.params);
    }
}

impl ToJson for Finding {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("rule");
        w.string(self.rule.as_str());
        w.key("severity");
        w.string(self.severity.as_str());
        w.key("params");
        w.strings(&self.params);
        w.key("evidence");
        w.list(&self.evidence);
        w.end_object();
    }
}

impl ToJson for Evidence {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("label");
        w.string(self.label.as_str());
        w.key("value");
        w.string(&self.value);
        if let Some(key) = self.key {
            w.key("key");
            w.string(key.as_str());
        }
        if !self.params.is_empty() {
            w.key("params");
            w.strings(&self.params);
        }
        w.end_object();
    }
}

impl ToJson for VerdictError {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("kind");
        w.string(self.kind.as_str());
        w.key("detail");
        w.string(&self.detail);
        w.key("reason");
        w.opt_string(self.reason.map(ErrorReason::as_str));
        w.end_object();
    }
}

impl ToJson for RequestReview {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("request");
        let r = &self.request;
        w.begin_object();
        w.key("provider");
        w.string(&r.provider);
        w.key("clientId");
        w.opt_string(r.client_id.as_deref());
        w.key("appName");
        w.opt_string(r.app_name.as_deref());
        w.key("publisher");
        w.opt_string(r.publisher.as_deref());
        w.key("publisherUnverified");
        w.bool(r.publisher_unverified);
        w.key("publisherVerified");
        w.bool(r.publisher_verified);
        w.key("firstParty");
        w.bool(r.first_party);
        w.key("appWebsite");
        w.opt_string(r.app_website.as_deref());
        w.key("redirectUri");
        w.opt_string(r.redirect_uri.as_deref());
        w.key("responseType");
        w.opt_string(r.response_type.as_deref());
        w.key("scopes");
        w.strings(&r.scopes);
        w.key("resource");
        w.opt_string(r.resource.as_deref());
        w.key("offlineAccess");
        w.bool(r.offline_access);
        w.key("includeGrantedScopes");
        w.bool(r.include_granted_scopes);
        w.key("tenant");
        w.opt_string(r.tenant.as_deref());
        w.key("adminConsent");
        w.bool(r.admin_consent);
        w.key("prompt");
        w.opt_string(r.prompt.as_deref());
        w.key("conflictingParameters");
        w.strings(&r.conflicting_parameters);
        w.end_object();
        w.key("scopes");
        w.list(&self.scopes);
        w.key("risk");
        w.string(self.risk.label());
        w.key("summary");
        self.summary.write(w);
        w.key("critical");
        w.bool(self.critical);
        w.key("destination");
        self.destination.write(w);
        w.key("destinationNote");
        w.optional(self.destination_note.as_ref());
        w.end_object();
    }
}

impl ToJson for ScopeInfo {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("scope");
        w.string(&self.scope);
        w.key("tier");
        w.string(self.tier.label());
        w.key("description");
        w.string(&self.description);
        w.key("implies");
        w.string(&self.implies);
        if let Some(words) = &self.words {
            w.key("words");
            key_and_params(w, words.key.as_str(), &words.params);
        }
        // As a scope no catalog describes has them: not at all.
        for (name, value) in [("catalog", &self.catalog), ("key", &self.key)] {
            if !value.is_empty() {
                w.key(name);
                w.string(value);
            }
        }
        w.end_object();
    }
}

impl ToJson for crate::logo::Found {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("provider");
        w.string(&self.provider);
        w.key("name");
        w.string(&self.name);
        for (key, n) in [("x", self.x), ("y", self.y), ("width", self.width), ("height", self.height)] {
            w.key(key);
            w.raw(&n.to_string());
        }
        w.end_object();
    }
}

impl Verdict {
    /// A JSON array of verdicts (as [`crate::rules::combine`] takes the frames' verdicts back from
    /// the worker): read as the derived `Deserialize` reads them, with an error that names the key.
    pub fn list_from_json(text: &str) -> Result<Vec<Verdict>, Error> {
        json::list(json::parse(text)?, Verdict::from_value)
    }

    pub fn from_value(v: Value) -> Result<Verdict, Error> {
        let mut f = Fields::new(v)?;
        Ok(Verdict {
            level: f.or_default("level", |v| json::one_of(v, &Level::ALL, Level::as_str))?,
            provider: f.opt_string("provider")?,
            provider_name: f.opt_string("providerName")?,
            page: f.or_default("page", |v| json::one_of(v, &PageKind::ALL, PageKind::as_str))?,
            host: f.string("host")?,
            top_frame: f.bool("topFrame")?,
            summary: f.or_default("summary", summary)?,
            findings: f.or_default("findings", |v| json::list(v, finding))?,
            request: f.or_default("request", |v| json::optional(v, review))?,
            error: f.or_default("error", |v| json::optional(v, error))?,
            allowed_by_organisation: f.bool("allowedByOrganisation")?,
            hide_badge: f.bool("hideBadge")?,
            facts: f.or_default("facts", facts)?,
        })
    }
}

fn summary(v: Value) -> Result<Summary, Error> {
    let mut f = Fields::new(v)?;
    Ok(Summary {
        key: f.field("key", |v| json::one_of(v, SummaryKey::ALL, SummaryKey::as_str))?,
        params: f.field("params", json::strings)?,
    })
}

fn finding(v: Value) -> Result<Finding, Error> {
    let mut f = Fields::new(v)?;
    Ok(Finding {
        rule: f.field("rule", |v| {
            let name = json::string(v)?;
            RuleId::from_name(&name).ok_or_else(|| format!("unknown rule id {name:?}"))
        })?,
        severity: f.field("severity", |v| json::one_of(v, &[Severity::Caution, Severity::Danger], Severity::as_str))?,
        params: f.field("params", json::strings)?,
        evidence: f.field("evidence", |v| json::list(v, evidence))?,
    })
}

fn evidence(v: Value) -> Result<Evidence, Error> {
    let mut f = Fields::new(v)?;
    Ok(Evidence {
        label: f.field("label", |v| json::one_of(v, EvidenceLabel::ALL, EvidenceLabel::as_str))?,
        value: f.field("value", json::string)?,
        // Verdicts stored before evidence had words of its own have neither.
        key: f.or_default("key", |v| json::optional(v, |v| json::one_of(v, EvidenceKey::ALL, EvidenceKey::as_str)))?,
        params: f.or_default("params", json::strings)?,
    })
}

fn error(v: Value) -> Result<VerdictError, Error> {
    let mut f = Fields::new(v)?;
    Ok(VerdictError {
        kind: f.field("kind", |v| json::one_of(v, ErrorKind::ALL, ErrorKind::as_str))?,
        detail: f.field("detail", json::string)?,
        // Verdicts stored before errors had a reason have none.
        reason: f
            .or_default("reason", |v| json::optional(v, |v| json::one_of(v, ErrorReason::ALL, ErrorReason::as_str)))?,
    })
}

fn facts(v: Value) -> Result<FrameFacts, Error> {
    let mut f = Fields::new(v)?;
    Ok(FrameFacts {
        origin: f.string("origin")?,
        claims: f.strings("claims")?,
        asks: f.strings("asks")?,
        home: f.opt_string("home")?,
        account_claims: f.strings("accountClaims")?,
        bare: f.bool("bare")?,
    })
}

fn review(v: Value) -> Result<RequestReview, Error> {
    let mut f = Fields::new(v)?;
    Ok(RequestReview {
        request: f.or_default("request", request)?,
        scopes: f.or_default("scopes", |v| json::list(v, scope))?,
        risk: f.or_default("risk", tier)?,
        summary: f.or_default("summary", words)?,
        critical: f.bool("critical")?,
        destination: f.or_default("destination", words)?,
        destination_note: f.or_default("destinationNote", |v| json::optional(v, words))?,
    })
}

fn request(v: Value) -> Result<ConsentRequest, Error> {
    let mut f = Fields::new(v)?;
    Ok(ConsentRequest {
        provider: f.string("provider")?,
        client_id: f.opt_string("clientId")?,
        app_name: f.opt_string("appName")?,
        publisher: f.opt_string("publisher")?,
        publisher_unverified: f.bool("publisherUnverified")?,
        publisher_verified: f.bool("publisherVerified")?,
        first_party: f.bool("firstParty")?,
        app_website: f.opt_string("appWebsite")?,
        redirect_uri: f.opt_string("redirectUri")?,
        response_type: f.opt_string("responseType")?,
        scopes: f.strings("scopes")?,
        resource: f.opt_string("resource")?,
        offline_access: f.bool("offlineAccess")?,
        include_granted_scopes: f.bool("includeGrantedScopes")?,
        tenant: f.opt_string("tenant")?,
        admin_consent: f.bool("adminConsent")?,
        prompt: f.opt_string("prompt")?,
        conflicting_parameters: f.strings("conflictingParameters")?,
    })
}

fn tier(v: Value) -> Result<Tier, Error> {
    json::one_of(v, &[Tier::Unknown, Tier::Low, Tier::Medium, Tier::High, Tier::Critical], Tier::label)
}

fn scope(v: Value) -> Result<ScopeInfo, Error> {
    let mut f = Fields::new(v)?;
    Ok(ScopeInfo {
        scope: f.string("scope")?,
        tier: f.or_default("tier", tier)?,
        description: f.string("description")?,
        implies: f.string("implies")?,
        words: f.or_default("words", |v| json::optional(v, scope_words))?,
        catalog: f.or_default("catalog", json::string)?,
        key: f.or_default("key", json::string)?,
    })
}

fn scope_words(v: Value) -> Result<ScopeWords, Error> {
    let mut f = Fields::new(v)?;
    Ok(ScopeWords {
        key: f.field("key", |v| json::one_of(v, ScopeKey::ALL, ScopeKey::as_str))?,
        params: f.field("params", json::strings)?,
    })
}

fn words(v: Value) -> Result<Words, Error> {
    let mut f = Fields::new(v)?;
    Ok(Words {
        key: f.field("key", |v| json::one_of(v, RequestKey::ALL, RequestKey::as_str))?,
        params: f.field("params", json::strings)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logo::Found;

    #[test]
    fn found_logos_are_written_as_serde_writes_them() {
        let found = vec![
            Found {
                provider: "microsoft".into(),
                name: "Microsoft \"four\" squares".into(),
                x: 0,
                y: 17,
                width: 56,
                height: 56,
            },
            Found { provider: "google".into(), name: "Google G".into(), x: usize::MAX, y: 3, width: 90, height: 30 },
        ];
        assert_eq!(found.to_json(), serde_json::to_string(&found).unwrap());
        assert_eq!(Vec::<Found>::new().to_json(), "[]");
    }

    /// Evidence in words is written as serde writes it and read back; evidence stored before it
    /// had words (`{label, value}`) still reads, with none.
    #[test]
    fn evidence_with_and_without_words_reads_back() {
        let params = vec!["login-microsoftonline".to_string(), "login.microsoftonline.com".to_string()];
        let said = Evidence::words(EvidenceLabel::Imitates, EvidenceKey::LookalikeHyphens, params.clone());
        let plain = Evidence::new(EvidenceLabel::Host, "login-microsoftonline.com");
        let finding = Finding::new(
            RuleId::LookalikeHost,
            Severity::Danger,
            vec!["login-microsoftonline.com".into(), "Microsoft".into(), "login.microsoftonline.com".into()],
            vec![plain.clone(), said.clone()],
        );
        let v = Verdict {
            level: Level::Danger,
            host: "login-microsoftonline.com".into(),
            findings: vec![finding],
            ..Verdict::default()
        };
        let text = v.to_json();
        assert_eq!(text, serde_json::to_string(&v).unwrap());
        assert!(text.contains(r#""key":"evidence_lookalike_hyphens","params":["login-microsoftonline","#), "{text}");
        let back = Verdict::list_from_json(&format!("[{text}]")).unwrap();
        assert_eq!(back[0].findings[0].evidence, [plain.clone(), said]);

        let old = r#"[{"level":"danger","host":"login-microsoftonline.com","findings":[{"rule":"lookalike.host",
            "severity":"danger","params":["a","b","c"],"evidence":[{"label":"imitates",
            "value":"login-microsoftonline spells login.microsoftonline.com with hyphens for dots"}]}]}]"#;
        let read = Verdict::list_from_json(old).unwrap();
        let e = &read[0].findings[0].evidence[0];
        assert_eq!((e.key, e.params.len(), e.label), (None, 0, EvidenceLabel::Imitates));
        assert!(e.value.ends_with("with hyphens for dots"));
        let unknown = old.replace(r#""value":"#, r#""key":"evidence_no_such_key","params":[],"value":"#);
        assert!(Verdict::list_from_json(&unknown).is_err(), "a key the engine never sends is refused");
    }
}
