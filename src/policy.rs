//! What an organisation decides: enforcement mode, its own identity providers, approved and
//! blocked apps, where reports go. Read from managed storage (or the options page) as JSON.

use serde::{Deserialize, Serialize};

use crate::providers::Provider;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Policy {
    /// The organisation's own identity providers (same shape as `data/providers.json`); one with
    /// a built-in id replaces the built-in definition.
    pub providers: Vec<Provider>,
}
