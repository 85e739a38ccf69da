//! Interim rating with the shared signature of `crate::scopes` (rates every scope unknown), used
//! until the scope catalogs land; then `crate::scopes` replaces it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    #[default]
    Unknown,
    Low,
    Medium,
    High,
    Critical,
}

impl Tier {
    pub fn risk(self) -> u8 {
        match self {
            Tier::Low => 1,
            Tier::Unknown => 2,
            Tier::Medium => 3,
            Tier::High => 4,
            Tier::Critical => 5,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ScopeInfo {
    pub scope: String,
    pub tier: Tier,
    pub description: String,
}

pub fn rate(_provider_id: &str, scope: &str) -> ScopeInfo {
    ScopeInfo {
        scope: scope.trim().to_string(),
        ..ScopeInfo::default()
    }
}
