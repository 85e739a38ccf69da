//! Reading an authorization request: who is asking, for what, and where the answer goes.
//!
//! The request comes from the page URL (or an authorize URL embedded in it: GitHub's sign-in page
//! carries it in `return_to`, Google's sign-in and consent pages in `continue`); the app's name,
//! publisher and website come from the page's visible text. Repeated parameters: the first value
//! is used (as the providers' servers do), and a repeated `client_id`, `redirect_uri`, `scope`,
//! `resource` or `response_type` with a different value is a finding: the page may show one
//! request while the server acts on another.

use crate::finding::{Evidence, EvidenceLabel, Finding, RequestKey, RuleId, Severity, Words};
use crate::lookalike::Lookalikes;
use crate::policy::{ClientStanding, Policy};
use crate::providers::{Provider, Publisher, Vouched};
use crate::redirect;
use crate::scopes::{self, ScopeInfo, Tier};
use crate::snapshot::PageSnapshot;
use serde::{Deserialize, Serialize};
use url::Url;

/// Caps that keep a hostile URL from making the engine do unbounded work.
const MAX_SCOPES: usize = 100;
const MAX_VALUE: usize = 2_000;
const MAX_NAME: usize = 120;
const MAX_NESTING: usize = 3;

/// Parameters that decide what is granted and to whom; a second, different value is suspicious.
const DECISIVE: [&str; 5] = ["client_id", "redirect_uri", "scope", "resource", "response_type"];

/// What an app asks a provider for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ConsentRequest {
    /// Provider id (`azure-devops`, `microsoft`, `github`, `google`).
    pub provider: String,
    pub client_id: Option<String>,
    /// The app's name as the page shows it.
    pub app_name: Option<String>,
    /// The publisher as the page shows it ("by Contoso"); `None` when not shown or unverified.
    pub publisher: Option<String>,
    /// The page says the publisher is unverified (Microsoft shows "unverified" under the app's name).
    pub publisher_unverified: bool,
    /// The page marks the publisher as verified by the provider: one of the provider's marks
    /// (`Publisher::marks`, Microsoft's "Verified") read for the publisher's own line. A publisher
    /// shown without it is only what the app's registrant typed.
    pub publisher_verified: bool,
    /// The client id is one of the provider's own apps (`Publisher::first_party`); `app_name` is
    /// then the provider's name for it, not the page's.
    pub first_party: bool,
    /// The app's website as the page shows it.
    pub app_website: Option<String>,
    pub redirect_uri: Option<String>,
    pub response_type: Option<String>,
    /// Requested scopes, in order, without duplicates.
    pub scopes: Vec<String>,
    /// Microsoft identity platform v1: the resource asked for (its scopes are the app's registered ones).
    pub resource: Option<String>,
    /// The app keeps access while the person is away (refresh token or non-expiring token).
    pub offline_access: bool,
    /// Google `include_granted_scopes=true`: earlier grants to this app are added to this one.
    pub include_granted_scopes: bool,
    /// Microsoft tenant from the path (`common`, `organizations`, a GUID or a domain).
    pub tenant: Option<String>,
    /// An administrator is asked to consent for the whole organisation.
    pub admin_consent: bool,
    pub prompt: Option<String>,
    /// Decisive parameters given more than once with different values (the first was used).
    pub conflicting_parameters: Vec<String>,
}

/// The parsed request plus what it means for the person (scopes rated, redirect checked).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RequestReview {
    pub request: ConsentRequest,
    /// Every requested scope, rated, in request order.
    pub scopes: Vec<ScopeInfo>,
    /// The riskiest tier among the scopes (unknown ranks above low).
    pub risk: Tier,
    /// One line (`request_can_one` naming the scope `repo`: "This app can read and change all your
    /// code", worded by the page).
    pub summary: Words,
    pub critical: bool,
    /// Where the answer goes.
    pub destination: Words,
    /// Something about the destination worth saying that is not a problem.
    pub destination_note: Option<Words>,
}

/// The first `max` characters of `s`.
fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Query parameters: the first value of each name, and the decisive names repeated with a
/// different value. `query_pairs` decodes percent-escapes and `+` as a space.
struct Params {
    pairs: Vec<(String, String)>,
    conflicting: Vec<String>,
}

impl Params {
    fn of(url: &Url) -> Params {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut conflicting = Vec::new();
        for (name, value) in url.query_pairs().take(200) {
            let value = clip(value.trim(), MAX_VALUE);
            match pairs.iter().find(|(n, _)| *n == name) {
                Some((_, first)) => {
                    if *first != value && DECISIVE.contains(&name.as_ref()) && !conflicting.iter().any(|c| c == &name) {
                        conflicting.push(name.to_string());
                    }
                }
                None => pairs.push((name.to_string(), value.to_string())),
            }
        }
        Params { pairs, conflicting }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty())
    }

    fn is(&self, name: &str, value: &str) -> bool {
        self.get(name).is_some_and(|v| v.eq_ignore_ascii_case(value))
    }
}

/// Parameters that carry an authorize URL on a provider's sign-in or consent pages.
fn embedding_params(provider_id: &str) -> &'static [&'static str] {
    match provider_id {
        "github" => &["return_to"],
        "google" => &["continue", "authorize"],
        _ => &[],
    }
}

/// The URL whose parameters are the request, with its parameters: the page URL itself, or an
/// authorize URL embedded in it on the same origin (another origin's URL is not this provider's
/// request).
fn request_url(provider_id: &str, url: Url) -> (Url, Params) {
    let mut current = url;
    let mut params = Params::of(&current);
    for _ in 0..MAX_NESTING {
        if params.get("client_id").is_some() {
            break;
        }
        let embedded = embedding_params(provider_id)
            .iter()
            .filter_map(|name| params.get(name))
            .filter_map(|value| current.join(value).ok())
            .find(|inner| inner.origin() == current.origin());
        match embedded {
            Some(inner) => {
                params = Params::of(&inner);
                current = inner;
            }
            None => break,
        }
    }
    (current, params)
}

fn split_scopes(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for scope in raw.split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty()) {
        if out.len() == MAX_SCOPES {
            break;
        }
        let scope = clip(scope, 300);
        if !out.iter().any(|s| s.eq_ignore_ascii_case(scope)) {
            out.push(scope.to_string());
        }
    }
    out
}

/// Reads the authorization request in a page URL of a provider. `None` when the URL cannot be
/// read or carries no request (no client id and no scope).
pub fn parse(provider_id: &str, url: &str) -> Option<ConsentRequest> {
    parse_url(provider_id, &Url::parse(url.trim()).ok()?)
}

/// [`parse`] for a page URL already parsed.
pub fn parse_url(provider_id: &str, page: &Url) -> Option<ConsentRequest> {
    let (url, params) = request_url(provider_id, page.clone());
    let segments: Vec<String> = url
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).map(|s| s.to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let mut request = ConsentRequest {
        provider: provider_id.to_string(),
        client_id: params.get("client_id").map(|c| clip(c, 200).to_string()),
        redirect_uri: params.get("redirect_uri").map(str::to_string),
        response_type: params.get("response_type").map(|r| clip(r, 100).to_string()),
        scopes: params.get("scope").map(split_scopes).unwrap_or_default(),
        prompt: params.get("prompt").map(|p| clip(p, 100).to_string()),
        conflicting_parameters: params.conflicting.clone(),
        ..ConsentRequest::default()
    };
    match provider_id {
        // Azure DevOps always issues a refresh token with the access token.
        "azure-devops" => request.offline_access = true,
        "microsoft" => {
            request.resource = params.get("resource").map(|r| clip(r, 300).to_string());
            // /{tenant}/oauth2/[v2.0/]authorize, /{tenant}/[v2.0/]adminconsent; login.live.com has no tenant.
            let is_endpoint = |s: &String| s == "oauth2" || s == "adminconsent";
            if segments.len() >= 2 && !is_endpoint(&segments[0]) && segments[1..].iter().any(is_endpoint) {
                request.tenant = url.path_segments().and_then(|mut s| s.next()).map(|t| clip(t, 100).to_string());
            }
            request.admin_consent =
                segments.iter().any(|s| s == "adminconsent") || params.is("prompt", "admin_consent");
            request.offline_access = request.scopes.iter().any(|s| s.eq_ignore_ascii_case("offline_access"));
        }
        // OAuth app tokens do not expire; they last until revoked.
        "github" => request.offline_access = true,
        "google" => {
            request.offline_access = params.is("access_type", "offline");
            request.include_granted_scopes = params.is("include_granted_scopes", "true");
        }
        _ => {}
    }
    (request.client_id.is_some() || !request.scopes.is_empty() || request.resource.is_some()).then_some(request)
}

/// What a consent page shows about the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppDetails {
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub publisher_unverified: bool,
    /// One of the provider's verified-publisher marks was read for the publisher's line.
    pub publisher_verified: bool,
    pub website: Option<String>,
}

/// Phrases that follow the app's name on the providers' consent pages
/// ("Contoso by Fabrikam wants to access your account", "… would like permission to …").
const ASKS: [&str; 8] = [
    " wants to access your ",
    " wants access to your ",
    " wants permission to ",
    " would like to access your ",
    " would like permission to ",
    " would like to ",
    " is requesting permission",
    " is requesting access",
];
const NAME_PREFIXES: [&str; 3] = ["the application ", "the app ", "application "];
const PUBLISHER_LABELS: [&str; 5] = ["publisher:", "published by ", "company:", "developer:", "developed by "];
/// Words that stand before "would like to …" on a page but are not an app's name.
const NOT_NAMES: [&str; 6] = ["this app", "this application", "the app", "we", "it", "you"];
const WEBSITE_LABELS: [&str; 5] = ["app website:", "application website:", "website:", "homepage:", "company website:"];
/// Lines of Microsoft's "Permissions requested" block that are neither the app's name nor its
/// publisher: the admin-consent subheading, and the start of what follows the publisher.
const MS_SUBHEADINGS: [&str; 3] =
    ["review for your organization", "review for your organisation", "accept for your organization"];
const MS_BLOCK_ENDS: [&str; 4] = ["this app", "app info", "accepting these", "consent on behalf"];

/// `piece` is one of the provider's verified-publisher marks (`Publisher::marks`, in ASCII lower
/// case; a "✓" or other signs around it allowed).
fn verified_mark(piece: &str, marks: &[String]) -> bool {
    let core = piece.trim_matches(|c: char| !c.is_alphanumeric());
    marks.iter().any(|m| core.eq_ignore_ascii_case(m))
}

/// A publisher's line that ends with one of the marks ("Contoso Ltd ✓ Verified"): the name
/// without it ("Contoso Ltd unverified" carries none).
fn strip_verified_mark<'a>(line: &'a str, marks: &[String]) -> Option<&'a str> {
    // ASCII lower case keeps every byte where it was.
    let lower = line.to_ascii_lowercase();
    let lower = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    marks
        .iter()
        .filter_map(|mark| {
            let at = lower.strip_suffix(mark)?.len();
            let before = &line[..at];
            if before.chars().next_back().is_some_and(char::is_alphanumeric) {
                return None;
            }
            let name = before.trim_end_matches(|c: char| !c.is_alphanumeric());
            (!name.is_empty()).then_some(name)
        })
        .min_by_key(|name| name.len())
}

/// Microsoft's "Permissions requested" block, the lines after the heading: the app's name, then
/// its publisher or "unverified" (an admin consent puts "Review for your organization" between
/// the heading and the name). Fail-safe: the publisher is verified only when its line carries
/// the verified mark or the next line is the mark; a line read as a publisher without it is shown
/// but not vouched for; "unverified" anywhere in the block makes the line before it the name.
fn microsoft_block(lines: &[&str], marks: &[String], d: &mut AppDetails) {
    let starts = |l: &str, p: &str| strip_prefix_ci(l, p).is_some();
    let block: Vec<&str> = lines
        .iter()
        .take(6)
        .copied()
        .take_while(|l| !MS_BLOCK_ENDS.iter().any(|e| starts(l, e)))
        .filter(|l| !MS_SUBHEADINGS.iter().any(|h| l.eq_ignore_ascii_case(h)))
        .collect();
    if let Some(k) = block.iter().position(|l| starts(l, "unverified")) {
        d.publisher_unverified = true;
        if d.name.is_none() {
            d.name = k.checked_sub(1).and_then(|j| tidy(block[j]));
        }
        return;
    }
    if d.name.is_none() {
        d.name = block.first().and_then(|l| tidy(l));
    }
    let Some(line) = block.get(1).copied().filter(|l| !verified_mark(l, marks)) else { return };
    let (name, verified) = match strip_verified_mark(line, marks) {
        Some(name) => (name, true),
        None => (line, block.get(2).is_some_and(|l| verified_mark(l, marks))),
    };
    if d.publisher.is_none() {
        d.publisher = tidy(name);
        d.publisher_verified = verified && d.publisher.is_some();
    }
}

fn tidy(s: &str) -> Option<String> {
    let s = s.trim().trim_matches(|c: char| c == '"' || c == '“' || c == '”' || c == '\'' || c == '*').trim();
    let s = s.trim_end_matches(['.', ',', ':', ';', '!']).trim();
    let named = !s.is_empty() && s.chars().count() <= MAX_NAME && !NOT_NAMES.iter().any(|n| s.eq_ignore_ascii_case(n));
    named.then(|| s.to_string())
}

/// A publisher after "by" ("By continuing, …" is not one).
fn publisher(rest: &str) -> Option<String> {
    Some(rest).filter(|r| r.chars().count() <= 60 && !r.contains(',')).and_then(tidy)
}

/// Strips a case-insensitive ASCII prefix.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.get(..prefix.len()).filter(|p| p.eq_ignore_ascii_case(prefix)).map(|_| &s[prefix.len()..])
}

/// `s` starts with `lower` (lower case), ignoring ASCII case.
fn starts_with_ci(s: &[u8], lower: &[u8]) -> bool {
    s.len() >= lower.len() && s.iter().zip(lower).all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// Where the phrases [`read_page`] looks for first appear in one piece of text, ignoring ASCII
/// case. Every one holds a space, so only the spaces are visited: the text of a page may come
/// as one long piece.
#[derive(Default)]
struct Landmarks {
    /// Where the first of [`ASKS`] starts in the piece read with a space in front: 0 when the
    /// piece starts with one ("wants to access your …"), else one past the space that starts it.
    ask: Option<usize>,
    /// Where the words after the first "to continue to" start.
    after_continue_to: Option<usize>,
    /// Where GitHub's "· created …" after the app's website starts.
    created: Option<usize>,
}

/// "to continue to" and "· created ", split at their first space.
const CONTINUE_TO: [&str; 2] = ["to", "continue to"];
const CREATED: [&str; 2] = ["·", "created "];

impl Landmarks {
    fn of(piece: &str) -> Landmarks {
        let b = piece.as_bytes();
        // `words` follows a space: one of ASKS (without its space) starts there.
        let asks = |words: &[u8]| {
            matches!(words.first(), Some(b'w' | b'W' | b'i' | b'I'))
                && ASKS.iter().any(|a| starts_with_ci(words, &a.as_bytes()[1..]))
        };
        let around = |space: usize, [head, tail]: [&str; 2]| {
            space >= head.len()
                && starts_with_ci(&b[space - head.len()..], head.as_bytes())
                && starts_with_ci(&b[space + 1..], tail.as_bytes())
        };
        let mut found = Landmarks { ask: asks(b).then_some(0), ..Landmarks::default() };
        for space in (0..b.len()).filter(|&i| b[i] == b' ') {
            match b.get(space + 1) {
                Some(b'w' | b'W' | b'i' | b'I') if found.ask.is_none() && asks(&b[space + 1..]) => {
                    found.ask = Some(space + 1)
                }
                Some(b'c' | b'C') => {
                    if found.after_continue_to.is_none() && around(space, CONTINUE_TO) {
                        found.after_continue_to = Some(space + 1 + CONTINUE_TO[1].len());
                    }
                    if found.created.is_none() && around(space, CREATED) {
                        found.created = Some(space - CREATED[0].len());
                    }
                }
                _ => {}
            }
        }
        found
    }
}

/// "<App> by <Publisher>" in one piece of text.
fn name_by(who: &str) -> (Option<String>, Option<String>) {
    let mut who = who;
    for prefix in NAME_PREFIXES {
        who = strip_prefix_ci(who, prefix).unwrap_or(who);
    }
    match who.to_ascii_lowercase().rfind(" by ") {
        Some(by) => (tidy(&who[..by]), publisher(&who[by + 4..])),
        None => (tidy(who), None),
    }
}

/// The page's text in pieces: the content script sends one text node per line, so a name in
/// its own element is its own piece. App tiles' initials ("C", "MS") are left out.
fn pieces(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| l.chars().nth(2).is_some() || l.eq_ignore_ascii_case("by")).collect()
}

/// Reads the app's name, publisher and website from the page's visible wording; `publisher_marks`
/// are the provider's verified-publisher marks (`Publisher::marks`).
pub fn read_page(snapshot: &PageSnapshot, publisher_marks: &[String]) -> AppDetails {
    let lines = pieces(clip(&snapshot.text, crate::snapshot::limits::MAX_TEXT));
    let at = |i: usize| lines.get(i).copied().unwrap_or("");
    let before = |i: usize| i.checked_sub(1).map_or("", at);
    let mut d = AppDetails::default();
    let found = |d: &mut AppDetails, (name, by): (Option<String>, Option<String>)| {
        if d.name.is_none() {
            d.name = name;
        }
        if d.publisher.is_none() {
            d.publisher = by;
        }
    };
    for (i, line) in lines.iter().enumerate() {
        if d.name.is_some() && d.publisher.is_some() && d.website.is_some() {
            break;
        }
        let marks = Landmarks::of(line);
        if d.name.is_none() || d.publisher.is_none() {
            if let Some(ask) = marks.ask {
                if ask > 0 {
                    found(&mut d, name_by(&line[..ask - 1]));
                } else if before(i).eq_ignore_ascii_case("by") {
                    // "<App>" "by" "<Publisher>" "wants to access your …"
                    found(&mut d, (i.checked_sub(2).and_then(|j| tidy(at(j))), None));
                } else if i >= 2 && at(i - 2).eq_ignore_ascii_case("by") {
                    found(&mut d, (i.checked_sub(3).and_then(|j| tidy(at(j))), publisher(before(i))));
                } else {
                    found(&mut d, name_by(before(i)));
                }
            } else if line.eq_ignore_ascii_case("by") {
                found(&mut d, (tidy(before(i)), publisher(at(i + 1))));
            } else if let Some(rest) = strip_prefix_ci(line, "by ") {
                // "<App>" then "by <Publisher>".
                if let Some(by) = publisher(rest) {
                    found(&mut d, (tidy(before(i)), Some(by)));
                }
            } else if line.eq_ignore_ascii_case("permissions requested") {
                microsoft_block(&lines[i + 1..], publisher_marks, &mut d);
            } else if let Some(after) = marks.after_continue_to {
                // Google and Microsoft sign-in: "to continue to <App>".
                let rest = line[after..].trim();
                found(&mut d, (tidy(if rest.is_empty() { at(i + 1) } else { rest }), None));
            } else if let Some(rest) = PUBLISHER_LABELS.iter().find_map(|p| strip_prefix_ci(line, p)) {
                found(&mut d, (None, tidy(if rest.trim().is_empty() { at(i + 1) } else { rest })));
            }
        }
        if d.website.is_none() {
            if let Some(rest) = WEBSITE_LABELS.iter().find_map(|p| strip_prefix_ci(line, p)) {
                d.website = tidy(if rest.trim().is_empty() { at(i + 1) } else { rest });
            } else if let Some(pos) = marks.created {
                // GitHub: "<app website> · Created 2 years ago · …", in one piece or two.
                let site = line[..pos].trim();
                d.website = tidy(if site.is_empty() { before(i) } else { site });
            }
        }
    }
    // Elsewhere a mark counts only as a piece of its own right after the publisher's piece.
    if let (Some(by), false, false) = (&d.publisher, d.publisher_verified, d.publisher_unverified) {
        d.publisher_verified = lines
            .windows(2)
            .any(|w| tidy(w[0]).is_some_and(|l| l.ends_with(by.as_str())) && verified_mark(w[1], publisher_marks));
    }
    d
}

/// "This app can read your mail", from the riskiest scopes: the sentence names the scopes and the
/// page words them in the person's language (by their catalog and key).
fn summarise(provider_id: &str, scopes: &[ScopeInfo], risk: Tier) -> Words {
    if scopes.is_empty() {
        return match provider_id {
            "github" => Words::new(RequestKey::PublicProfile, Vec::new()),
            _ => Words::new(RequestKey::NoPermissions, Vec::new()),
        };
    }
    let top: Vec<&ScopeInfo> = scopes.iter().filter(|s| s.tier == risk).collect();
    if risk == Tier::Unknown {
        let names: Vec<&str> = top.iter().take(3).map(|s| s.scope.as_str()).collect();
        return Words::new(RequestKey::Unrated, vec![names.join(", ")]);
    }
    // A scope no catalog describes has no phrase of its own: the described ones say what the app
    // can do; with none, the scopes are named.
    if top.iter().all(|s| s.words.is_some()) {
        let names: Vec<&str> = top.iter().take(3).map(|s| s.scope.as_str()).collect();
        return Words::new(RequestKey::Undescribed, vec![names.join(", ")]);
    }
    // Scopes that say the same (two names for one permission) are one phrase.
    let mut named: Vec<&ScopeInfo> = Vec::new();
    for s in top.into_iter().filter(|s| s.words.is_none()) {
        if !named.iter().any(|n| n.description == s.description) {
            named.push(s);
        }
    }
    let name = |s: &ScopeInfo| s.scope.clone();
    match named.as_slice() {
        [one] => Words::new(RequestKey::CanOne, vec![name(one)]),
        [a, b] => Words::new(RequestKey::CanTwo, vec![name(a), name(b)]),
        [a, b, rest @ ..] => Words::new(RequestKey::CanMore, vec![name(a), name(b), rest.len().to_string()]),
        [] => Words::new(RequestKey::NoPermissions, Vec::new()),
    }
}

/// Whether the provider vouches for who made the app, as its data says (`Publisher`): one of its
/// own apps, by the client id; else `mark` (Microsoft): only when its verified-publisher mark is
/// read for the publisher's line (a name shown without it is what the registrant typed); `never`
/// (Azure DevOps: its approval page shows the company the registrant typed and marks nothing);
/// `shown` (GitHub's owner account, Google, an organisation's provider by default): a publisher
/// the page shows and does not call unverified.
pub fn publisher_vouched(rule: &Publisher, request: &ConsentRequest) -> bool {
    let shown = request.publisher.is_some() && !request.publisher_unverified;
    request.first_party
        || match rule.vouched {
            Vouched::Mark => shown && request.publisher_verified,
            Vouched::Never => false,
            Vouched::Shown => shown,
        }
}

/// High-tier scopes (the catalogs' `high`) an app asks for at least, from a publisher the page
/// itself marks unverified, that make its request caution: mail, files and contacts together
/// ("Zoom for Outlook": `Mail.ReadWrite`, `Files.ReadWrite.All`, `Contacts.Read`).
const BROAD_HIGH_SCOPES: usize = 3;

/// A request for [`BROAD_HIGH_SCOPES`] high scopes or more (critical ones are
/// `request.critical-unverified`'s) from a publisher the provider's page calls unverified.
fn broad_unverified(rated: &[ScopeInfo], request: &ConsentRequest) -> bool {
    request.publisher_unverified && rated.iter().filter(|s| s.tier == Tier::High).count() >= BROAD_HIGH_SCOPES
}

fn policy_findings(provider_id: &str, request: &ConsentRequest, policy: &Policy) -> Option<Finding> {
    let evidence = vec![Evidence::new(EvidenceLabel::ClientId, request.client_id.as_deref().unwrap_or_default())];
    match policy.client_standing(provider_id, request.client_id.as_deref()) {
        ClientStanding::Blocked => Some(Finding::new(RuleId::PolicyBlockedApp, Severity::Danger, Vec::new(), evidence)),
        ClientStanding::Unapproved => {
            Some(Finding::new(RuleId::PolicyUnapprovedApp, Severity::Caution, Vec::new(), evidence))
        }
        ClientStanding::Approved | ClientStanding::Unlisted => None,
    }
}

/// The request on a provider's genuine approval or sign-in page, rated, with the findings about
/// its redirect, its parameters and the organisation's policy. `None` when the page carries no request.
pub fn review(
    provider_id: &str,
    url: &str,
    snapshot: &PageSnapshot,
    policy: &Policy,
    lookalikes: &Lookalikes,
) -> Option<(RequestReview, Vec<Finding>)> {
    let builtin = crate::providers::builtin().providers.iter().find(|p| p.id == provider_id);
    let bare;
    let provider = match builtin {
        Some(p) => p,
        None => {
            bare = Provider { id: provider_id.to_string(), ..Provider::default() };
            &bare
        }
    };
    review_url(provider, &Url::parse(url.trim()).ok()?, snapshot, policy, lookalikes)
}

/// [`review`] for a page URL already parsed, on a page of `provider`.
pub fn review_url(
    provider: &Provider,
    url: &Url,
    snapshot: &PageSnapshot,
    policy: &Policy,
    lookalikes: &Lookalikes,
) -> Option<(RequestReview, Vec<Finding>)> {
    let provider_id = provider.id.as_str();
    let rule = &provider.publisher;
    let mut request = parse_url(provider_id, url)?;
    let page = read_page(snapshot, &rule.marks);
    request.app_name = page.name;
    request.publisher = page.publisher;
    request.publisher_unverified = page.publisher_unverified;
    request.publisher_verified = page.publisher_verified;
    request.app_website = page.website;
    // The client id decides, not the name the page shows.
    if let Some(app) = rule.first_party(request.client_id.as_deref()) {
        request.first_party = true;
        request.app_name = Some(app.name.clone()).filter(|n| !n.is_empty()).or(request.app_name);
    }

    let mut rated: Vec<ScopeInfo> = request.scopes.iter().map(|s| scopes::rate(provider_id, s)).collect();
    if let Some(resource) = &request.resource {
        // v1: the resource stands for every permission the app registered for it.
        rated.push(scopes::rate(provider_id, &format!("{}/.default", resource.trim_end_matches('/'))));
    }
    let risk = rated.iter().map(|s| s.tier).max_by_key(|t| t.risk()).unwrap_or(match provider_id {
        "github" => Tier::Low,
        _ => Tier::Unknown,
    });

    let mut findings = Vec::new();
    // The reason a green page is not safe comes first.
    if risk == Tier::Critical && !publisher_vouched(rule, &request) {
        let who = request.app_name.clone().or_else(|| request.client_id.clone()).unwrap_or_default();
        findings.push(Finding::new(
            RuleId::RequestCriticalUnverified,
            Severity::Caution,
            Vec::new(),
            vec![Evidence::new(EvidenceLabel::ClientId, who)],
        ));
    }
    if risk == Tier::High && broad_unverified(&rated, &request) {
        findings.push(Finding::new(RuleId::RequestBroadUnverified, Severity::Caution, Vec::new(), Vec::new()));
    }
    if !request.conflicting_parameters.is_empty() {
        let evidence =
            request.conflicting_parameters.iter().map(|p| Evidence::new(EvidenceLabel::Parameter, p)).collect();
        findings.push(Finding::new(RuleId::RequestConflictingParameter, Severity::Caution, Vec::new(), evidence));
    }
    let redirect = redirect::check(request.redirect_uri.as_deref(), request.app_website.as_deref(), risk, lookalikes);
    findings.extend(redirect.findings);
    findings.extend(policy_findings(provider_id, &request, policy));

    let review = RequestReview {
        summary: summarise(provider_id, &rated, risk),
        critical: risk == Tier::Critical,
        risk,
        scopes: rated,
        destination: redirect.destination,
        destination_note: redirect.note,
        request,
    };
    Some((review, findings))
}
