//! The rules and the engine that runs them over a page snapshot.

use crate::policy::Policy;
use crate::snapshot::{PageContext, PageSnapshot};
use crate::verdict::Verdict;

/// Built-in providers plus the organisation's, and its policy. Built once, used for every page.
pub struct Engine {
    policy: Policy,
}

impl Engine {
    pub fn new(policy: Policy) -> Engine {
        Engine { policy }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The verdict for one frame.
    pub fn evaluate(&self, _snapshot: &PageSnapshot, context: &PageContext) -> Verdict {
        Verdict::could_not_verify(&context.url, "not implemented")
    }
}

/// One verdict for a tab from the verdicts of its frames.
pub fn combine(frames: &[Verdict]) -> Verdict {
    frames.first().cloned().unwrap_or_default()
}
