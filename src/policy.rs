//! What an organisation decides: enforcement mode, its own identity providers, approved and
//! blocked apps, where reports go. Read from managed storage (or the options page) as JSON.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Policy {}
