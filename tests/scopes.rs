//! Scope catalogs: every file parses, every entry is rated and described, unknown stays unknown.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use consent_guard::scopes::{parse_catalog, rate, Tier, CATALOG_FILES};

#[test]
fn every_catalog_parses_and_every_entry_has_a_tier_and_words() {
    for (id, json) in CATALOG_FILES {
        let catalog = parse_catalog(json).unwrap_or_else(|e| panic!("{id}.json: {e}"));
        assert_eq!(catalog.provider, id);
        assert!(catalog.scopes.len() >= 20, "{id}: only {} scopes", catalog.scopes.len());
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
        assert!(!info.description.is_empty() && !info.implies.is_empty(), "{provider} {scope}");
    }
}

#[test]
fn default_scope_says_what_it_means() {
    let info = rate("microsoft", "https://graph.microsoft.com/.default");
    assert!(
        info.description.contains("every permission the app registered for Microsoft Graph"),
        "{}",
        info.description
    );
    let other = rate("microsoft", "api://contoso/.default");
    assert!(other.description.contains("api://contoso"), "{}", other.description);
    assert_eq!(other.tier, Tier::Unknown);
}

#[test]
fn unknown_ranks_above_low_and_below_medium() {
    assert!(Tier::Unknown.risk() > Tier::Low.risk());
    assert!(Tier::Unknown.risk() < Tier::Medium.risk());
    assert_eq!(serde_json::to_string(&Tier::Critical).unwrap(), "\"critical\"");
}
