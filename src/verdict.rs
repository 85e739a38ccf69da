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
