//! Where the answer to a consent request goes (`redirect_uri`), in words, and what is wrong with it.
//! Rule ids `redirect.*`. A bad redirect on a genuine page is a caution (`?`): the page is the
//! provider's, the app is what is doubtful. One combination is danger: a redirect to a host built to
//! look like a provider's own, on a request for high or critical access — no honest app needs to
//! disguise where its tokens go.

use crate::finding::{Evidence, EvidenceLabel, Finding, RequestKey, RuleId, Severity, Words};
use crate::host;
use crate::lookalike::Lookalikes;
use crate::scopes::Tier;
use url::{Host, Url};

/// The redirect in plain words, and the findings about it.
#[derive(Debug, Clone, PartialEq)]
pub struct RedirectCheck {
    /// Where the answer goes, for the person (`destination_host` ["build.contoso.com"], …).
    pub destination: Words,
    /// Something worth saying that is not a problem (a native app on this computer).
    pub note: Option<Words>,
    pub findings: Vec<Finding>,
}

fn finding(rule: RuleId, severity: Severity, params: Vec<String>, evidence: &str) -> Finding {
    Finding::new(rule, severity, params, vec![Evidence::new(EvidenceLabel::Redirect, evidence)])
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => ip.is_loopback(),
    }
}

/// Checks `redirect_uri` (absent: the app's registered address is used), against the app's stated
/// website when the page shows one. `risk` is the request's overall tier.
/// `lookalikes`: the trusted hosts of the engine's providers, built-in and the organisation's.
pub fn check(
    redirect_uri: Option<&str>,
    app_website: Option<&str>,
    risk: Tier,
    lookalikes: &Lookalikes,
) -> RedirectCheck {
    let Some(raw) = redirect_uri.map(str::trim).filter(|r| !r.is_empty()) else {
        return RedirectCheck {
            destination: Words::new(RequestKey::DestinationRegistered, Vec::new()),
            note: None,
            findings: Vec::new(),
        };
    };
    // Written so that a browser and a server may read different hosts in it: said whether or not
    // the browser's reading parses (`%40` in a host does not).
    let ambiguous = ambiguous_authority(raw)
        .map(|authority| finding(RuleId::RedirectAmbiguousHost, Severity::Caution, vec![authority], raw));
    let url = match Url::parse(raw) {
        Ok(url) => url,
        Err(_) => {
            let unreadable = finding(RuleId::RedirectUnreadable, Severity::Caution, Vec::new(), raw);
            return RedirectCheck {
                destination: Words::new(RequestKey::DestinationUnreadable, Vec::new()),
                note: None,
                findings: vec![ambiguous.unwrap_or(unreadable)],
            };
        }
    };
    let scheme = url.scheme();
    // Schemes that run or carry content in the browser, not an app that receives the answer.
    if matches!(scheme, "javascript" | "data" | "vbscript" | "blob" | "file" | "about" | "filesystem") {
        return RedirectCheck {
            destination: Words::new(RequestKey::DestinationUnreadable, Vec::new()),
            note: None,
            findings: vec![finding(RuleId::RedirectNotWeb, Severity::Caution, vec![format!("{scheme}:")], raw)],
        };
    }
    let Some(host) = url.host() else {
        // A custom scheme (`msal…://auth`, `com.googleusercontent.apps.…:/`) or `urn:…:oob`:
        // a native app on this device receives the answer.
        return RedirectCheck {
            destination: Words::new(RequestKey::DestinationDeviceApp, vec![format!("{scheme}:")]),
            note: Some(Words::new(RequestKey::NoteDeviceApp, Vec::new())),
            findings: Vec::new(),
        };
    };
    if scheme != "http" && scheme != "https" {
        return RedirectCheck {
            destination: Words::new(RequestKey::DestinationDeviceApp, vec![format!("{scheme}:")]),
            note: Some(Words::new(RequestKey::NoteDeviceApp, Vec::new())),
            findings: Vec::new(),
        };
    }
    let mut findings: Vec<Finding> = ambiguous.into_iter().collect();
    if is_loopback(&host) {
        return RedirectCheck {
            destination: Words::new(RequestKey::DestinationLocalApp, vec![url.origin().ascii_serialization()]),
            note: Some(Words::new(RequestKey::NoteLocalApp, Vec::new())),
            findings,
        };
    }
    let host_text = host.to_string();
    if scheme == "http" {
        findings.push(finding(RuleId::RedirectNotHttps, Severity::Caution, vec![host_text.clone()], raw));
    }
    if !url.username().is_empty() || url.password().is_some() {
        findings.push(finding(RuleId::RedirectUserinfo, Severity::Caution, vec![host_text.clone()], raw));
    }
    match host {
        Host::Ipv4(_) | Host::Ipv6(_) => {
            findings.push(finding(RuleId::RedirectIpLiteral, Severity::Caution, vec![host_text.clone()], raw))
        }
        Host::Domain(domain) => {
            if host::is_content_host(domain) {
                findings.push(finding(RuleId::RedirectContentHost, Severity::Caution, vec![domain.to_string()], raw));
            }
            if let Some(look) = lookalikes.check(domain) {
                let severity = if risk.risk() >= Tier::High.risk() { Severity::Danger } else { Severity::Caution };
                findings.push(finding(
                    RuleId::RedirectLookalike,
                    severity,
                    vec![domain.to_string(), look.trusted_host.clone()],
                    raw,
                ));
            }
            if let Some(site) = app_website.and_then(website_host) {
                let (ours, theirs) = (host::registrable_domain(domain), host::registrable_domain(&site));
                if !ours.eq_ignore_ascii_case(&theirs) {
                    findings.push(finding(
                        RuleId::RedirectOtherDomain,
                        Severity::Caution,
                        vec![ours.to_string(), theirs.to_string()],
                        raw,
                    ));
                }
            }
        }
    }
    RedirectCheck { destination: Words::new(RequestKey::DestinationHost, vec![host_text]), note: None, findings }
}

/// The authority of an `http`/`https` `raw` as a parser that takes every character as written reads
/// it (after `scheme://`, up to the first `/`, `?` or `#`), when a browser may read another host
/// there: it holds a backslash (a browser reads a path separator, such a parser part of a user name
/// before an `@`: `https://ci.contoso.com\@ci-artifacts.pages.dev`), a percent sign (an encoded
/// `\`, `@`, `/` or `.` that one side decodes and the other does not), an ASCII tab or line break
/// (browsers drop them, anywhere up to the end of the authority), another control character or a
/// space; or the two slashes after the scheme are missing or backslashes (browsers repair them),
/// or the authority is empty. `None` for every other address, and for other schemes. The authority
/// is returned with its control characters escaped, at most 200 characters.
pub fn ambiguous_authority(raw: &str) -> Option<String> {
    let (scheme, rest) = raw.split_once(':')?;
    let dropped = |c: char| matches!(c, '\t' | '\n' | '\r');
    let plain: String = scheme.chars().filter(|&c| !dropped(c)).collect();
    if !plain.eq_ignore_ascii_case("http") && !plain.eq_ignore_ascii_case("https") {
        return None;
    }
    let (authority, odd_start) = match rest.strip_prefix("//") {
        Some(after) => (after.split(['/', '?', '#']).next().unwrap_or(""), false),
        None => (rest.split(['?', '#']).next().unwrap_or(""), true),
    };
    let odd = |c: char| c == '\\' || c == '%' || c == ' ' || c.is_control();
    if !(odd_start || authority.is_empty() || plain.len() != scheme.len() || authority.chars().any(odd)) {
        return None;
    }
    let shown: String = authority
        .chars()
        .take(200)
        .map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() })
        .collect();
    Some(if shown.is_empty() { rest.chars().take(200).collect() } else { shown })
}

/// The host of a website as a page shows it (`contoso.com`, `https://www.contoso.com/app`).
fn website_host(site: &str) -> Option<String> {
    let site = site.trim();
    let parsed = Url::parse(site).or_else(|_| Url::parse(&format!("https://{site}"))).ok()?;
    match parsed.host()? {
        Host::Domain(d) if d.contains('.') => Some(d.to_ascii_lowercase()),
        _ => None,
    }
}
