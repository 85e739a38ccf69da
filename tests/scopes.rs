//! Scope catalogs: every file parses, every entry is rated and described, unknown stays unknown.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use consent_guard::finding::{ScopeKey, ScopeWords};
use consent_guard::scopes::{parse_catalog, rate, Tier, CATALOG_FILES};

#[test]
fn every_catalog_parses_and_every_entry_has_a_tier_and_words() {
    for (id, json) in CATALOG_FILES {
        let catalog = parse_catalog(json).unwrap_or_else(|e| panic!("{id}.json: {e}"));
        assert_eq!(catalog.provider, id);
        // The catalog of the smaller Microsoft resources (Azure, Key Vault, Storage, SharePoint) is short.
        let least = if id == "microsoft-resources" { 8 } else { 20 };
        assert!(catalog.scopes.len() >= least, "{id}: only {} scopes", catalog.scopes.len());
        let mut seen = std::collections::HashSet::new();
        for e in &catalog.scopes {
            assert!(seen.insert(e.scope.to_lowercase()), "{id}: {} twice", e.scope);
            assert_ne!(e.tier, Tier::Unknown, "{id}: {} has no tier", e.scope);
            assert!(e.description.len() >= 8, "{id}: {} has no description", e.scope);
            assert!(e.implies.len() >= 8, "{id}: {} does not say what it implies", e.scope);
            let first = e.description.chars().next().unwrap();
            assert!(first.is_uppercase(), "{id}: {} description must read as 'This app can …'", e.scope);
        }
    }
}

#[test]
fn catalog_files_reject_unknown_tiers_and_fields() {
    assert!(parse_catalog(
        r#"{"provider":"x","scopes":[{"scope":"a","tier":"severe","description":"d","implies":"i"}]}"#
    )
    .is_err());
    assert!(parse_catalog(
        r#"{"provider":"x","scopes":[{"scope":"a","tier":"low","description":"d","implies":"i","extra":1}]}"#
    )
    .is_err());
    assert!(parse_catalog(r#"{"provider":"x","scopes":[{"scope":"a","tier":"low","description":"d"}]}"#).is_err());
}

#[test]
fn every_public_azure_devops_scope_is_in_the_catalog() {
    let areas = [
        "vso.profile",
        "vso.profile_write",
        "vso.identity",
        "vso.identity_manage",
        "vso.work",
        "vso.work_write",
        "vso.work_full",
        "vso.build",
        "vso.build_execute",
        "vso.code",
        "vso.code_write",
        "vso.code_manage",
        "vso.code_full",
        "vso.code_status",
        "vso.threads_full",
        "vso.agentpools",
        "vso.agentpools_manage",
        "vso.packaging",
        "vso.packaging_write",
        "vso.packaging_manage",
        "vso.test",
        "vso.test_write",
        "vso.extension",
        "vso.extension_manage",
        "vso.extension.data",
        "vso.extension.data_write",
        "vso.gallery",
        "vso.gallery_acquire",
        "vso.gallery_publish",
        "vso.gallery_manage",
        "vso.entitlements",
        "vso.release",
        "vso.release_execute",
        "vso.release_manage",
        "vso.securefiles_read",
        "vso.securefiles_write",
        "vso.securefiles_manage",
        "vso.machinegroup_manage",
        "vso.environment_manage",
        "vso.taskgroups_read",
        "vso.taskgroups_write",
        "vso.taskgroups_manage",
        "vso.variablegroups_read",
        "vso.variablegroups_write",
        "vso.variablegroups_manage",
        "vso.serviceendpoint",
        "vso.serviceendpoint_query",
        "vso.serviceendpoint_manage",
        "vso.project",
        "vso.project_write",
        "vso.project_manage",
        "vso.symbols",
        "vso.symbols_write",
        "vso.symbols_manage",
        "vso.analytics",
        "vso.dashboards",
        "vso.dashboards_manage",
        "vso.notification",
        "vso.notification_write",
        "vso.notification_manage",
        "vso.graph",
        "vso.graph_manage",
        "vso.security_manage",
        "vso.memberentitlementmanagement",
        "vso.memberentitlementmanagement_write",
        "vso.wiki",
        "vso.wiki_write",
        "vso.tokens",
        "vso.tokenadministration",
        "vso.auditlog",
        "vso.auditstreams_manage",
        "vso.pipelineresources_use",
        "vso.pipelineresources_manage",
        "vso.advsec",
        "vso.advsec_write",
        "vso.advsec_manage",
        "vso.pats",
        "vso.pats_manage",
    ];
    for scope in areas {
        assert_ne!(rate("azure-devops", scope).tier, Tier::Unknown, "{scope}");
    }
    for scope in ["app_token", "user_impersonation", "preview_api_all", "vso.tokens", "vso.security_manage"] {
        assert_eq!(rate("azure-devops", scope).tier, Tier::Critical, "{scope}");
    }
}

#[test]
fn table_of_ratings() {
    use Tier::*;
    let cases: &[(&str, &str, Tier)] = &[
        ("azure-devops", "vso.profile", Low),
        ("azure-devops", "VSO.CODE_WRITE", High),
        ("azure-devops", "vso.code_full", High),
        ("azure-devops", "vso.build_execute", High),
        ("azure-devops", "app_token", Critical),
        ("azure-devops", "vso.code_teleport", Unknown),
        ("microsoft", "openid", Low),
        ("microsoft", "offline_access", Low),
        ("microsoft", "User.Read", Low),
        ("microsoft", "user.read", Low),
        ("microsoft", "https://graph.microsoft.com/User.Read", Low),
        ("microsoft", "00000003-0000-0000-c000-000000000000/Mail.Read", High),
        ("microsoft", "Mail.ReadBasic", Medium),
        ("microsoft", "https://graph.microsoft.com/Mail.Send", High),
        ("microsoft", "Files.ReadWrite.All", High),
        ("microsoft", "Directory.AccessAsUser.All", Critical),
        ("microsoft", "https://outlook.office.com/EWS.AccessAsUser.All", Critical),
        ("microsoft", "499b84ac-1321-427f-aa17-267ca6975798/user_impersonation", Critical),
        ("microsoft", "499b84ac-1321-427f-aa17-267ca6975798/vso.code", Medium),
        ("microsoft", "499b84ac-1321-427f-aa17-267ca6975798/.default", High),
        ("microsoft", "https://app.vssps.visualstudio.com/.default", High),
        ("microsoft", "https://graph.microsoft.com/.default", Unknown),
        ("microsoft", "api://contoso-api/Things.Read", Unknown),
        ("microsoft", "https://evil.example/Mail.Read", Unknown),
        ("microsoft", "Mail.Read.Everything", Unknown),
        ("github", "repo", High),
        ("github", "read:user", Low),
        ("github", "admin:org", Critical),
        ("github", "delete_repo", High),
        ("github", "repo:everything", Unknown),
        // Names compare case-insensitively in ASCII only: a Kelvin sign is not a `k`.
        ("github", "admin:repo_hoo\u{212A}", Unknown),
        ("github", "ADMIN:REPO_HOOK", High),
        ("google", "openid", Low),
        ("google", "https://www.googleapis.com/auth/userinfo.email", Low),
        ("google", "https://mail.google.com/", Critical),
        ("google", "https://www.googleapis.com/auth/gmail.readonly", High),
        ("google", "https://www.googleapis.com/auth/drive.file", Low),
        ("google", "https://www.googleapis.com/auth/drive", High),
        ("google", "https://www.googleapis.com/auth/cloud-platform", Critical),
        ("google", "https://www.googleapis.com/auth/gmail.everything", Unknown),
        ("google", "https://evil.example/auth/drive.file", Unknown),
        ("acme-sso", "openid", Unknown),
        ("github", "", Unknown),
    ];
    for (provider, scope, tier) in cases {
        let info = rate(provider, scope);
        assert_eq!(info.tier, *tier, "{provider} {scope}");
        assert_eq!(info.scope, *scope);
        // Described by the catalog, or said by a locale key: never an empty line, never both.
        let described = !info.description.is_empty() && !info.implies.is_empty();
        assert!(described != info.words.is_some(), "{provider} {scope}: {info:?}");
        if let Some(w) = &info.words {
            assert!(info.description.is_empty() && info.implies.is_empty(), "{provider} {scope}");
            assert_eq!(w.params.len(), w.key.params(), "{provider} {scope}");
        }
    }
    // A scope no catalog knows is said by its key, with no English sentence from the engine.
    let unknown = rate("google", "https://www.googleapis.com/auth/gmail.everything");
    assert_eq!(unknown.words, Some(ScopeWords { key: ScopeKey::Undescribed, params: vec![] }));
}

#[test]
fn default_scope_says_what_it_means() {
    let info = rate("microsoft", "https://graph.microsoft.com/.default");
    let registered = |resource: &str| Some(ScopeWords { key: ScopeKey::Registered, params: vec![resource.into()] });
    assert_eq!(info.words, registered("Microsoft Graph"), "{info:?}");
    let other = rate("microsoft", "api://contoso/.default");
    assert_eq!(other.words, registered("api://contoso"), "{other:?}");
    assert_eq!(other.tier, Tier::Unknown);
}

#[test]
fn unknown_ranks_at_least_as_high_as_medium() {
    assert!(Tier::Unknown.risk() > Tier::Low.risk());
    assert!(Tier::Unknown.risk() >= Tier::Medium.risk());
    assert!(Tier::Unknown.risk() < Tier::High.risk());
    assert_eq!(serde_json::to_string(&Tier::Critical).unwrap(), "\"critical\"");
}

#[test]
fn an_unknown_permission_on_a_sensitive_resource_is_high() {
    for scope in [
        "https://vault.azure.net/secrets.everything",
        "https://management.azure.com/some_new_permission",
        "https://storage.azure.com/Blob.Everything",
        "https://contoso.sharepoint.com/Sites.Anything",
        "https://outlook.office.com/Mailbox.Everything",
        "https://vault.azure.net/.default",
    ] {
        let info = rate("microsoft", scope);
        assert_eq!(info.tier, Tier::High, "{scope}");
        let key = info.words.as_ref().map(|w| w.key);
        assert!(matches!(key, Some(ScopeKey::UndescribedOn | ScopeKey::Registered)), "{scope}: {info:?}");
        assert!(info.words.unwrap().params[0].len() > 3, "{scope}: the resource is named");
    }
    // Not a SharePoint tenant: a look-alike host gets nothing from the table.
    assert_eq!(rate("microsoft", "https://contoso.sharepoint.com.evil.example/AllSites.Read").tier, Tier::Unknown);
}

#[test]
fn the_missing_resources_and_scopes_are_rated() {
    use Tier::*;
    for (scope, tier) in [
        ("https://management.azure.com/user_impersonation", Critical),
        ("797f4846-ba00-4fd7-ba43-dac1f8f63013/user_impersonation", Critical),
        ("https://vault.azure.net/user_impersonation", Critical),
        ("https://storage.azure.com/user_impersonation", High),
        ("https://contoso.sharepoint.com/AllSites.FullControl", Critical),
        ("https://contoso.sharepoint.com/MyFiles.Read", High),
        ("https://outlook.office.com/IMAP.AccessAsUser.All", Critical),
        ("https://outlook.office.com/POP.AccessAsUser.All", High),
        ("https://outlook.office.com/SMTP.Send", High),
    ] {
        assert_eq!(rate("microsoft", scope).tier, tier, "{scope}");
    }
    assert_eq!(rate("azure-devops", "vso.settings_write").tier, High);
    for scope in ["drive.scripts", "drive.activity.readonly", "gmail.metadata", "gmail.settings.sharing"] {
        assert_ne!(rate("google", &format!("https://www.googleapis.com/auth/{scope}")).tier, Unknown, "{scope}");
    }
}

/// Every scope Microsoft documents for Azure DevOps (the Scopes table of "Authorize access to REST
/// APIs with OAuth 2.0", the PAT scope list) is in the catalog.
const DOCUMENTED_AZURE_DEVOPS_SCOPES: &[&str] = &[
    "vso.advsec",
    "vso.advsec_write",
    "vso.advsec_manage",
    "vso.agentpools",
    "vso.agentpools_manage",
    "vso.analytics",
    "vso.auditlog",
    "vso.auditstreams_manage",
    "vso.build",
    "vso.build_execute",
    "vso.code",
    "vso.code_write",
    "vso.code_manage",
    "vso.code_full",
    "vso.code_status",
    "vso.connected_server",
    "vso.dashboards",
    "vso.dashboards_manage",
    "vso.entitlements",
    "vso.environment_manage",
    "vso.extension",
    "vso.extension_manage",
    "vso.extension.data",
    "vso.extension.data_write",
    "vso.gallery",
    "vso.gallery_acquire",
    "vso.gallery_publish",
    "vso.gallery_manage",
    "vso.githubconnections",
    "vso.githubconnections_manage",
    "vso.graph",
    "vso.graph_manage",
    "vso.hooks",
    "vso.hooks_write",
    "vso.hooks_interact",
    "vso.identity",
    "vso.identity_manage",
    "vso.loadtest",
    "vso.loadtest_write",
    "vso.machinegroup_manage",
    "vso.memberentitlementmanagement",
    "vso.memberentitlementmanagement_write",
    "vso.notification",
    "vso.notification_write",
    "vso.notification_manage",
    "vso.notification_diagnostics",
    "vso.packaging",
    "vso.packaging_write",
    "vso.packaging_manage",
    "vso.pats",
    "vso.pats_manage",
    "vso.pipelineresources_use",
    "vso.pipelineresources_manage",
    "vso.profile",
    "vso.profile_write",
    "vso.project",
    "vso.project_write",
    "vso.project_manage",
    "vso.release",
    "vso.release_execute",
    "vso.release_manage",
    "vso.securefiles_read",
    "vso.securefiles_write",
    "vso.securefiles_manage",
    "vso.security_manage",
    "vso.serviceendpoint",
    "vso.serviceendpoint_query",
    "vso.serviceendpoint_manage",
    "vso.settings",
    "vso.settings_write",
    "vso.symbols",
    "vso.symbols_write",
    "vso.symbols_manage",
    "vso.taskgroups_read",
    "vso.taskgroups_write",
    "vso.taskgroups_manage",
    "vso.test",
    "vso.test_write",
    "vso.threads_full",
    "vso.tokenadministration",
    "vso.tokens",
    "vso.variablegroups_read",
    "vso.variablegroups_write",
    "vso.variablegroups_manage",
    "vso.wiki",
    "vso.wiki_write",
    "vso.work",
    "vso.work_write",
    "vso.work_full",
    "app_token",
    "user_impersonation",
];

#[test]
fn the_azure_devops_catalog_has_every_documented_scope() {
    let missing: Vec<&&str> =
        DOCUMENTED_AZURE_DEVOPS_SCOPES.iter().filter(|s| rate("azure-devops", s).tier == Tier::Unknown).collect();
    assert!(missing.is_empty(), "not in the catalog: {missing:?}");
}

/// The scopes an entry grants besides itself: the ones its catalog lists, and the documented
/// ladder of Azure DevOps names (`x` < `x_write` < `x_manage` < `x_full`, `x` < `x_execute`,
/// `x_read` < `x_write`).
fn included(catalog: &str, entry: &consent_guard::scopes::CatalogEntry) -> Vec<String> {
    let mut out = entry.includes.clone();
    if catalog == "azure-devops" {
        let name = entry.scope.as_str();
        for (suffix, below) in [
            ("_write", &["", "_read"][..]),
            ("_manage", &["_write", "_read", ""][..]),
            ("_full", &["_manage", "_write", ""][..]),
            ("_execute", &[""][..]),
        ] {
            if let Some(base) = name.strip_suffix(suffix) {
                out.extend(below.iter().map(|b| format!("{base}{b}")));
            }
        }
    }
    out
}

#[test]
fn a_scope_never_ranks_below_a_scope_it_includes() {
    let mut problems = Vec::new();
    for (id, json) in CATALOG_FILES {
        let catalog = parse_catalog(json).unwrap();
        let tiers: std::collections::HashMap<String, Tier> =
            catalog.scopes.iter().map(|e| (e.scope.to_lowercase(), e.tier)).collect();
        for entry in &catalog.scopes {
            for other in included(id, entry) {
                match tiers.get(&other.to_lowercase()) {
                    Some(tier) if tier.risk() > entry.tier.risk() => {
                        problems.push(format!("{id}: {} ({:?}) is below {other} ({tier:?})", entry.scope, entry.tier))
                    }
                    None if !entry.includes.is_empty() && entry.includes.contains(&other) => {
                        problems.push(format!("{id}: {} includes {other}, which is not in the catalog", entry.scope))
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // The case Microsoft documents: reading work items also creates service hooks.
    assert!(rate("azure-devops", "vso.work").tier.risk() >= rate("azure-devops", "vso.hooks_write").tier.risk());
}
