//! What an organisation decides: enforcement mode, its own identity providers, approved and
//! blocked apps, where reports go. Read from managed storage (or the options page) as JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::providers::Provider;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Policy {
    /// Per provider id: the only client ids the organisation approves. No entry: no restriction.
    pub approved_clients: BTreeMap<String, Vec<String>>,
    /// Per provider id: client ids the organisation blocks.
    pub blocked_clients: BTreeMap<String, Vec<String>>,
    /// The organisation's own identity providers (same shape as `data/providers.json`); one with
    /// a built-in id replaces the built-in definition.
    pub providers: Vec<Provider>,
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
}
