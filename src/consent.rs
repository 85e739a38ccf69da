//! Reading an authorization request: who is asking, for what, and where the answer goes.

use serde::{Deserialize, Serialize};

/// The parsed request plus what it means for the person (scopes rated, redirect checked).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RequestReview {}

/// Reviews the request on a provider's genuine approval or sign-in page (the engine calls this
/// once the page itself is verified). `None` when there is nothing to review.
pub fn review(
    _provider_id: &str,
    _url: &str,
    _snapshot: &crate::snapshot::PageSnapshot,
    _policy: &crate::policy::Policy,
) -> Option<(RequestReview, Vec<crate::verdict::Finding>)> {
    None
}
