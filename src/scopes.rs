//! What a requested scope lets an app do, and how risky that is. The catalogs are data
//! (`data/scopes/*.json`, loaded when the extension starts): every scope has a tier, a description written as what the
//! app "can" do (it completes "This app can …"), and what granting it implies. A scope that is not
//! in the catalog is [`Tier::Unknown`] — never low.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Risk of one scope or of a whole request.
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
    /// Order by risk. A scope we cannot rate never ranks below a medium one: what nobody has
    /// described could do anything a described medium scope does, so a request of known and
    /// unknown scopes is never summarised below it.
    pub fn risk(self) -> u8 {
        match self {
            Tier::Low => 1,
            Tier::Medium => 2,
            Tier::Unknown => 3,
            Tier::High => 4,
            Tier::Critical => 5,
        }
    }

    /// The tier named as the catalogs name it (`label`); anything else is unknown.
    fn from_name(name: &str) -> Tier {
        match name {
            "low" => Tier::Low,
            "medium" => Tier::Medium,
            "high" => Tier::High,
            "critical" => Tier::Critical,
            _ => Tier::Unknown,
        }
    }

    /// The tier in words, for text that must not rely on colour.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Unknown => "unknown",
            Tier::Low => "low",
            Tier::Medium => "medium",
            Tier::High => "high",
            Tier::Critical => "critical",
        }
    }
}

/// One requested scope, rated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ScopeInfo {
    /// The scope as requested.
    pub scope: String,
    pub tier: Tier,
    /// What the app can do with it, as a verb phrase ("Read your mail").
    pub description: String,
    /// What granting it means for the person.
    pub implies: String,
}

/// One catalog file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Catalog {
    pub provider: String,
    pub scopes: Vec<CatalogEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CatalogEntry {
    pub scope: String,
    pub tier: Tier,
    pub description: String,
    pub implies: String,
    /// Scopes this one also grants (as the provider documents): it never ranks below them.
    #[serde(default)]
    pub includes: Vec<String>,
}

/// The catalog files, by provider id: the files the extension loads (the worker's and the
/// popup's list), compiled in for native builds and the tests.
pub const CATALOG_FILES: [(&str, &str); 5] = [
    ("azure-devops", include_str!("../data/scopes/azure-devops.json")),
    ("microsoft-graph", include_str!("../data/scopes/microsoft-graph.json")),
    ("github", include_str!("../data/scopes/github.json")),
    ("google", include_str!("../data/scopes/google.json")),
    ("microsoft-resources", include_str!("../data/scopes/microsoft-resources.json")),
];

/// Parses one catalog file.
pub fn parse_catalog(json: &str) -> Result<Catalog, serde_json::Error> {
    serde_json::from_str(json)
}

/// The scope catalogs in use, by provider id: lines of `scope\ttier\tdescription\timplies\tincluded
/// scopes` (`datafiles::catalogs`). The extension loads them at start ([`load_catalogs`], or
/// [`keep_catalogs`] to read them on first use); native builds read [`CATALOG_FILES`] on first use.
static CATALOGS: OnceLock<Vec<(String, String)>> = OnceLock::new();
/// The catalogs' text as the worker handed it over ([`keep_catalogs`]), read on first use.
static CATALOG_TEXT: OnceLock<String> = OnceLock::new();

/// Loads the scope catalogs: a JSON array of catalog files' contents (`data/scopes/*.json`), read
/// by the extension at start. Refuses a malformed catalog, and catalogs other than those already
/// loaded (loading the same ones again does nothing).
pub fn load_catalogs(json: &str) -> Result<(), String> {
    let catalogs = crate::datafiles::catalogs(json)?;
    match CATALOGS.set(catalogs) {
        Err(other) if CATALOGS.get() != Some(&other) => Err("other scope catalogs are already loaded".into()),
        _ => Ok(()),
    }
}

/// Keeps the scope catalogs' text (as [`load_catalogs`] takes it) to read when a scope is first
/// rated: most pages rate none, and the worker's first verdict need not wait for them. The build
/// and the tests refuse a malformed file; should one be read here all the same, every scope is
/// unknown (never low). Refuses other catalogs than those already handed over.
pub fn keep_catalogs(json: &str) -> Result<(), String> {
    match CATALOG_TEXT.set(json.to_string()) {
        Err(other) if CATALOG_TEXT.get() != Some(&other) => Err("other scope catalogs are already loaded".into()),
        _ => Ok(()),
    }
}

/// Whether the scope catalogs are loaded or handed over (always, in a native build).
pub fn catalogs_loaded() -> bool {
    CATALOG_TEXT.get().is_some() || !loaded_catalogs().is_empty()
}

fn loaded_catalogs() -> &'static [(String, String)] {
    #[cfg(not(target_arch = "wasm32"))]
    if CATALOGS.get().is_none() && CATALOG_TEXT.get().is_none() {
        let files: Vec<&str> = CATALOG_FILES.iter().map(|(_, json)| *json).collect();
        // A malformed file fails the build (build.rs) and the tests: the catalogs stay empty.
        let _ = load_catalogs(&format!("[{}]", files.join(",")));
    }
    if let Some(catalogs) = CATALOGS.get() {
        return catalogs;
    }
    match CATALOG_TEXT.get() {
        Some(text) => CATALOGS.get_or_init(|| crate::datafiles::catalogs(text).unwrap_or_default()),
        None => &[],
    }
}

/// One line of a loaded catalog. The engine reads a scope's tier and texts;
/// the tests compare every field with the files.
#[cfg_attr(not(test), allow(dead_code))]
struct StaticEntry {
    scope: &'static str,
    tier: Tier,
    description: &'static str,
    implies: &'static str,
    includes: Vec<&'static str>,
}

fn static_entries(lines: &'static str) -> impl Iterator<Item = StaticEntry> {
    lines.lines().map(|line| {
        let mut f = line.split('\t');
        let mut next = || f.next().unwrap_or_default();
        let scope = next();
        let tier = Tier::from_name(next());
        let description = next();
        let implies = next();
        let includes = next().split(' ').filter(|s| !s.is_empty()).collect();
        StaticEntry { scope, tier, description, implies, includes }
    })
}

/// The entry of `key` in a loaded catalog, read from its line when asked (no table built at
/// start). Scope names are case-insensitive at every provider we know (Entra and Azure DevOps say
/// so; GitHub and Google use lower case only); the catalogs' names are ASCII, so a name that
/// matches one only through a non-ASCII letter (the Kelvin sign for `k`) is not rated by it.
fn lookup(catalog: &str, key: &str) -> Option<StaticEntry> {
    let (_, lines) = loaded_catalogs().iter().find(|(id, _)| id == catalog)?;
    let line =
        lines.lines().find(|line| line.split('\t').next().is_some_and(|scope| scope.eq_ignore_ascii_case(key)))?;
    static_entries(line).next()
}

/// A Microsoft resource (API) whose scopes we rate.
struct Resource {
    /// App ids and URIs that name it.
    names: &'static [&'static str],
    catalog: &'static str,
    /// Catalog keys are `{prefix}/{permission}` in a catalog shared by several resources.
    prefix: Option<&'static str>,
    display: &'static str,
    /// Holds data or control worth the most to an attacker: a permission we cannot rate on it is
    /// taken as high, not merely unknown.
    sensitive: bool,
}

const MICROSOFT_RESOURCES: [Resource; 8] = [
    Resource {
        names: &["00000003-0000-0000-c000-000000000000", "https://graph.microsoft.com"],
        catalog: "microsoft-graph",
        prefix: None,
        display: "Microsoft Graph",
        sensitive: false,
    },
    Resource {
        names: &["https://outlook.office.com", "https://outlook.office365.com", "00000002-0000-0ff1-ce00-000000000000"],
        catalog: "microsoft-graph",
        prefix: None,
        display: "Exchange Online",
        sensitive: true,
    },
    Resource {
        names: &["499b84ac-1321-427f-aa17-267ca6975798", "https://app.vssps.visualstudio.com"],
        catalog: "azure-devops",
        prefix: None,
        display: "Azure DevOps",
        sensitive: false,
    },
    Resource {
        names: &[
            "797f4846-ba00-4fd7-ba43-dac1f8f63013",
            "https://management.azure.com",
            "https://management.core.windows.net",
        ],
        catalog: "microsoft-resources",
        prefix: Some("management"),
        display: "Azure Service Management",
        sensitive: true,
    },
    Resource {
        names: &["cfa8b339-82a2-471a-a3c9-0fc0be7a4093", "https://vault.azure.net"],
        catalog: "microsoft-resources",
        prefix: Some("keyvault"),
        display: "Azure Key Vault",
        sensitive: true,
    },
    Resource {
        names: &["e406a681-f3d4-42a8-90b6-c2b029497af1", "https://storage.azure.com"],
        catalog: "microsoft-resources",
        prefix: Some("storage"),
        display: "Azure Storage",
        sensitive: true,
    },
    Resource {
        // Also every tenant's own `https://{tenant}.sharepoint.com` (see `resource_named`).
        names: &["00000003-0000-0ff1-ce00-000000000000", "https://microsoft.sharepoint-df.com"],
        catalog: "microsoft-resources",
        prefix: Some("sharepoint"),
        display: "SharePoint Online",
        sensitive: true,
    },
    Resource {
        names: &["00000007-0000-0000-c000-000000000000", "https://dynamics.microsoft.com"],
        catalog: "microsoft-resources",
        prefix: Some("dynamics"),
        display: "Dynamics CRM",
        sensitive: true,
    },
];

fn resource_named(name: &str) -> Option<&'static Resource> {
    let known = MICROSOFT_RESOURCES.iter().find(|r| r.names.iter().any(|n| n.eq_ignore_ascii_case(name)));
    known.or_else(|| {
        let host = url::Url::parse(name).ok()?.host_str()?.to_ascii_lowercase();
        let tenant_site = url::Url::parse(name).ok()?.scheme() == "https"
            && host.ends_with(".sharepoint.com")
            && host.split('.').count() == 3;
        tenant_site.then(|| MICROSOFT_RESOURCES.iter().find(|r| r.prefix == Some("sharepoint"))).flatten()
    })
}

/// Splits an Entra scope into (resource, permission): `https://graph.microsoft.com/Mail.Read`,
/// `499b84ac-…/.default`, or a bare `Mail.Read` (resource: Microsoft Graph).
fn split_resource(scope: &str) -> (Option<&str>, &str) {
    match scope.rfind('/') {
        Some(i) if i + 1 < scope.len() => (Some(scope[..i].trim_end_matches('/')), &scope[i + 1..]),
        Some(i) => (Some(scope[..i].trim_end_matches('/')), ".default"),
        None => (None, scope),
    }
}

fn rate_microsoft(scope: &str) -> Option<ScopeInfo> {
    let (resource, permission) = split_resource(scope);
    let known = match resource {
        None => &MICROSOFT_RESOURCES[0],
        Some(r) => match resource_named(r) {
            Some(known) => known,
            None if permission.eq_ignore_ascii_case(".default") => {
                return Some(default_scope(scope, r));
            }
            None => return None,
        },
    };
    let key = match known.prefix {
        Some(prefix) => format!("{prefix}/{permission}"),
        None => permission.to_string(),
    };
    match lookup(known.catalog, &key) {
        Some(e) => Some(from_entry(scope, e)),
        None if permission.eq_ignore_ascii_case(".default") => Some(ScopeInfo {
            tier: if known.sensitive { Tier::High } else { Tier::Unknown },
            ..default_scope(scope, known.display)
        }),
        None if known.sensitive => Some(ScopeInfo {
            scope: scope.to_string(),
            tier: Tier::High,
            description: format!("Use a permission on {} we have no description for", known.display),
            implies: format!(
                "{} holds sensitive data: an undescribed permission on it is taken as high risk. Ask the \
                 app's publisher what it allows before you accept.",
                known.display
            ),
        }),
        None => None,
    }
}

/// `{resource}/.default`: whatever the app's registration lists for that resource. We cannot know
/// it from the request, so it stays unknown unless the resource's catalog rates `.default`.
fn default_scope(scope: &str, resource: &str) -> ScopeInfo {
    ScopeInfo {
        scope: scope.to_string(),
        tier: Tier::Unknown,
        description: format!("Use every permission the app registered for {resource}"),
        implies: "The request does not name the permissions: the app's registration decides them. \
                  The provider's page lists what you would grant."
            .to_string(),
    }
}

fn from_entry(scope: &str, e: StaticEntry) -> ScopeInfo {
    ScopeInfo { scope: scope.to_string(), tier: e.tier, description: e.description.into(), implies: e.implies.into() }
}

const GOOGLE_SCOPE_PREFIX: &str = "https://www.googleapis.com/auth/";

/// Rates one scope of a provider's request. Anything not in the catalog is [`Tier::Unknown`].
pub fn rate(provider_id: &str, scope: &str) -> ScopeInfo {
    let scope = scope.trim();
    let known = match provider_id {
        "azure-devops" => lookup("azure-devops", scope).map(|e| from_entry(scope, e)),
        "microsoft" => rate_microsoft(scope),
        "github" => lookup("github", scope).map(|e| from_entry(scope, e)),
        "google" => {
            let short = scope.strip_prefix(GOOGLE_SCOPE_PREFIX).unwrap_or(scope);
            lookup("google", short).or_else(|| lookup("google", scope)).map(|e| from_entry(scope, e))
        }
        _ => None,
    };
    known.unwrap_or_else(|| ScopeInfo {
        scope: scope.to_string(),
        tier: Tier::Unknown,
        description: "Use a permission we have no description for".to_string(),
        implies: "Ask the app's publisher what it allows before you accept.".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The loaded catalogs are the files, entry for entry.
    #[test]
    fn loaded_catalogs_are_the_files() {
        assert_eq!(loaded_catalogs().len(), CATALOG_FILES.len());
        for ((id, lines), (file_id, json)) in loaded_catalogs().iter().zip(CATALOG_FILES) {
            assert_eq!(id, file_id);
            let file = parse_catalog(json).unwrap_or_else(|e| panic!("{id}.json: {e}"));
            let entries: Vec<StaticEntry> = static_entries(lines).collect();
            assert_eq!(entries.len(), file.scopes.len(), "{id}");
            for (e, f) in entries.iter().zip(&file.scopes) {
                assert_eq!(
                    (e.scope, e.tier, e.description, e.implies),
                    (&*f.scope, f.tier, &*f.description, &*f.implies)
                );
                assert_eq!(e.includes, f.includes, "{id}: {}", e.scope);
            }
        }
    }
}
