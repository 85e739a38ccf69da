//! Reading an authorization request: who is asking, for what, and where the answer goes.

use serde::{Deserialize, Serialize};

/// The parsed request plus what it means for the person (scopes rated, redirect checked).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RequestReview {}
