//! The outcome the person sees: a [`Level`] for the toolbar badge and the [`Finding`]s behind it.

use serde::{Deserialize, Serialize};

/// The toolbar badge: genuine `✓` on green, danger `!` on red, caution `?` on amber, none empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// Not an approval or sign-in page of any provider, and nothing suspicious.
    #[default]
    None,
    /// Every check passed on the provider's own approval or sign-in page.
    Genuine,
    /// Something is off or could not be verified; never green.
    Caution,
    /// A spoof or an attack on the person.
    Danger,
}

impl Level {
    /// Severity order for combining: none < genuine < caution < danger.
    pub fn rank(self) -> u8 {
        match self {
            Level::None => 0,
            Level::Genuine => 1,
            Level::Caution => 2,
            Level::Danger => 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Caution,
    Danger,
}

/// One rule that fired, with the evidence that tripped it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable id, `area.what` (for example `origin.untrusted-host`). Tests, reports and policy name it.
    pub rule: String,
    pub severity: Severity,
    /// One sentence in plain words.
    pub message: String,
    /// Which host, element or form tripped the rule.
    pub evidence: Vec<String>,
}

/// What kind of provider page this is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PageKind {
    #[default]
    Other,
    SignIn,
    Approval,
}

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
    /// The verdict in words, for the toolbar title and the popup heading.
    pub summary: String,
    pub findings: Vec<Finding>,
    /// On a provider's genuine approval page: who asks for what, where the answer goes.
    pub request: Option<crate::consent::RequestReview>,
    /// Set when the engine could not read its input; the level is then never genuine.
    pub error: Option<String>,
}

impl Verdict {
    /// Fail closed: a verdict for input the engine could not read.
    pub fn could_not_verify(host: &str, reason: impl Into<String>) -> Verdict {
        Verdict {
            level: Level::Caution,
            host: host.to_string(),
            summary: "Could not verify this page".to_string(),
            error: Some(reason.into()),
            ..Verdict::default()
        }
    }
}
