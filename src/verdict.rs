//! The outcome the person sees: a [`Level`] for the toolbar badge and the [`Finding`]s behind it.

use serde::{Deserialize, Serialize};

pub use crate::finding::{
    ErrorKind, Evidence, EvidenceLabel, Finding, Level, PageKind, RuleId, Severity, Summary, SummaryKey, VerdictError,
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
    /// What the frame asks for: `password`, `identifier`, `code`.
    pub asks: Vec<String>,
    /// Id of the provider on one of whose exact origins the frame is.
    pub home: Option<String>,
}

impl Verdict {
    /// Fail closed: a verdict for input the engine could not read.
    pub fn could_not_verify(host: &str, kind: ErrorKind, detail: impl Into<String>) -> Verdict {
        Verdict {
            level: Level::Caution,
            host: host.to_string(),
            summary: Summary::new(SummaryKey::CouldNotVerify, Vec::new()),
            error: Some(VerdictError { kind, detail: detail.into() }),
            ..Verdict::default()
        }
    }
}

use crate::consent::{ConsentRequest, RequestReview};
use crate::finding::{RequestKey, Words};
use crate::json::{self, Error, Fields};
use crate::scopes::{ScopeInfo, Tier};
use serde_json::Value;

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
    })
}

fn error(v: Value) -> Result<VerdictError, Error> {
    let mut f = Fields::new(v)?;
    Ok(VerdictError {
        kind: f.field("kind", |v| json::one_of(v, ErrorKind::ALL, ErrorKind::as_str))?,
        detail: f.field("detail", json::string)?,
    })
}

fn facts(v: Value) -> Result<FrameFacts, Error> {
    let mut f = Fields::new(v)?;
    Ok(FrameFacts {
        origin: f.string("origin")?,
        claims: f.strings("claims")?,
        asks: f.strings("asks")?,
        home: f.opt_string("home")?,
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
    })
}

fn words(v: Value) -> Result<Words, Error> {
    let mut f = Fields::new(v)?;
    Ok(Words {
        key: f.field("key", |v| json::one_of(v, RequestKey::ALL, RequestKey::as_str))?,
        params: f.field("params", json::strings)?,
    })
}
