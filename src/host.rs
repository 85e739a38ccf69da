//! What a host name says: its registrable domain, whether anyone can publish pages on it,
//! whether it is an IP address, and whether it imitates a provider's host.
//!
//! Registrable domains use a compact suffix list (`data/suffixes.json`: public suffixes of more
//! than one label, plus the content-hosting suffixes of `data/providers.json`), not the full
//! Public Suffix List, whose compiled form would more than double the size of the .wasm. For a
//! suffix it does not know, the registrable domain is the last two labels.

use std::collections::HashSet;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::providers::{self, Provider};
use crate::text;

/// A host that imitates a provider's trusted host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Lookalike {
    /// The trusted host it imitates.
    pub trusted_host: String,
    /// Id of that host's provider.
    pub provider: String,
    /// How, in plain words.
    pub how: String,
    pub kind: LookalikeKind,
}

/// The trick a lookalike host uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LookalikeKind {
    /// The trusted host written in front of another domain (`github.com.evil.io`).
    SubdomainTrick,
    /// The same name through look-alike characters (`gооgle.com` with Cyrillic o's).
    Homograph,
    /// The trusted host with hyphens for dots (`login-microsoftonline.com`).
    Hyphenated,
    /// A near-miss spelling of a long name (`githb.com`).
    Typosquat,
}

#[derive(Deserialize)]
struct SuffixData {
    suffixes: Vec<String>,
}

struct Suffixes {
    /// Multi-label public suffixes and content-hosting suffixes (`*.x` entries).
    suffixes: HashSet<String>,
    /// Exact content hosts (entries without `*.`).
    content_exact: HashSet<String>,
    /// Content-hosting suffixes (the `x` of `*.x`).
    content_suffixes: HashSet<String>,
}

fn suffixes() -> &'static Suffixes {
    static SUFFIXES: OnceLock<Suffixes> = OnceLock::new();
    SUFFIXES.get_or_init(|| {
        // Compiled in and parsed by the tests: a parse failure cannot reach a release.
        #[allow(clippy::expect_used)]
        let data: SuffixData = serde_json::from_str(include_str!("../data/suffixes.json"))
            .expect("data/suffixes.json is valid (checked by tests)");
        let mut s = Suffixes {
            suffixes: data.suffixes.into_iter().collect(),
            content_exact: HashSet::new(),
            content_suffixes: HashSet::new(),
        };
        for h in &providers::builtin().content_hosts {
            match h.strip_prefix("*.") {
                Some(suffix) => {
                    s.suffixes.insert(suffix.to_string());
                    s.content_suffixes.insert(suffix.to_string());
                }
                None => {
                    s.content_exact.insert(h.clone());
                }
            }
        }
        s
    })
}

/// Lower case, without a trailing dot or IPv6 brackets.
fn clean(host: &str) -> String {
    host.trim().trim_end_matches('.').trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase()
}

/// `true` for IPv4 and IPv6 literals (`10.0.0.1`, `[::1]`), and for the numeric forms a URL
/// parser turns into an IPv4 address (`0x7f.1`, a bare number).
pub fn is_ip_literal(host: &str) -> bool {
    let h = clean(host);
    if h.parse::<Ipv4Addr>().is_ok() || h.parse::<Ipv6Addr>().is_ok() {
        return true;
    }
    let last = h.rsplit('.').next().unwrap_or("");
    !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || (last.starts_with("0x") && last[2..].bytes().all(|b| b.is_ascii_hexdigit())))
}

/// The part of `host` a person or company registers: `login.microsoftonline.com` →
/// `microsoftonline.com`, `a.b.co.uk` → `b.co.uk`, `evil.azurewebsites.net` →
/// `evil.azurewebsites.net` (anyone can get a name under `azurewebsites.net`). IP literals and
/// one-label hosts are returned as they are.
pub fn registrable_domain(host: &str) -> String {
    let h = clean(host);
    if is_ip_literal(&h) {
        return h;
    }
    let known = &suffixes().suffixes;
    // Dots from the right: h[dots[k] + 1..] is the suffix of k + 1 labels.
    let dots: Vec<usize> = h.rmatch_indices('.').map(|(i, _)| i).collect();
    let Some(&last_dot) = dots.first() else { return h };
    // The longest known suffix that leaves at least one label in front of it; else the TLD.
    let suffix_start =
        dots[1..].iter().rev().map(|&d| d + 1).find(|&start| known.contains(&h[start..])).unwrap_or(last_dot + 1);
    let registrable_start = h[..suffix_start - 1].rfind('.').map_or(0, |d| d + 1);
    h[registrable_start..].to_string()
}

/// The first label of the registrable domain (`microsoftonline` for `login.microsoftonline.com`).
fn registrable_label(host: &str) -> String {
    let reg = registrable_domain(host);
    reg.split('.').next().unwrap_or("").to_string()
}

/// Hosts that serve anyone's content (hosting, storage, tunnels, forms): never a provider's
/// genuine sign-in or approval page, whoever owns the domain.
pub fn is_content_host(host: &str) -> bool {
    let h = clean(host);
    let s = suffixes();
    if s.content_exact.contains(&h) {
        return true;
    }
    let mut rest = h.as_str();
    while let Some((_, tail)) = rest.split_once('.') {
        if s.content_suffixes.contains(tail) {
            return true;
        }
        rest = tail;
    }
    false
}

/// Decodes `xn--` labels to Unicode (labels that do not decode are kept as they are).
pub fn decode_punycode(host: &str) -> String {
    clean(host)
        .split('.')
        .map(|label| {
            label.strip_prefix("xn--").and_then(idna::punycode::decode_to_string).unwrap_or_else(|| label.to_string())
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// One trusted host, prepared for comparison.
#[derive(Debug, Clone)]
struct TrustedName {
    host: String,
    provider: String,
    registrable: String,
    label: String,
    label_skeleton: String,
    /// The host less its top-level domain, hyphens for dots (`login-microsoftonline`).
    hyphenated: Option<String>,
    /// No earlier name has the same label (spelling checks look at each label once).
    first_of_label: bool,
}

/// The trusted hosts of a set of providers, prepared for [`Lookalikes::check`].
#[derive(Debug, Clone)]
pub struct Lookalikes {
    names: Vec<TrustedName>,
}

impl Lookalikes {
    pub fn new(providers: &[Provider]) -> Lookalikes {
        let mut names: Vec<TrustedName> = Vec::new();
        for (p, h) in providers.iter().flat_map(|p| p.hosts().map(move |h| (p, h))) {
            if is_ip_literal(h) {
                continue;
            }
            let label = registrable_label(h);
            let hyphenated = h
                .rsplit_once('.')
                .map(|(head, _)| head)
                .filter(|head| head.contains('.'))
                .map(|head| head.replace('.', "-"));
            names.push(TrustedName {
                host: h.to_string(),
                provider: p.id.clone(),
                registrable: registrable_domain(h),
                label_skeleton: text::skeleton(&label),
                first_of_label: names.iter().all(|n| n.label != label),
                label,
                hyphenated,
            });
        }
        Lookalikes { names }
    }

    /// Whether `host` imitates one of the trusted hosts: the trusted host written in front of
    /// another domain or with hyphens for dots, a registrable name that reads the same through
    /// look-alike characters, or a near-miss spelling of a long trusted name. Short names are not compared by spelling
    /// (ice.com is not live.com, box.com is not xbox.com), and the trusted domains themselves and
    /// their subdomains are never lookalikes.
    pub fn check(&self, host: &str) -> Option<Lookalike> {
        let h = clean(host);
        if h.is_empty() || is_ip_literal(&h) {
            return None;
        }
        let registrable = registrable_domain(&h);
        if self.names.iter().any(|n| n.registrable == registrable) {
            return None;
        }
        let label = registrable.split('.').next().unwrap_or("");
        let found = |n: &TrustedName, kind: LookalikeKind, how: String| {
            Some(Lookalike { trusted_host: n.host.clone(), provider: n.provider.clone(), how, kind })
        };
        // (a) The trusted host, or its registrable domain, as the leading labels of another domain.
        for n in &self.names {
            for lead in [&n.host, &n.registrable] {
                let starts = h.strip_prefix(lead.as_str()).and_then(|rest| rest.chars().next());
                if matches!(starts, Some('.') | Some('-')) && label != n.label {
                    return found(
                        n,
                        LookalikeKind::SubdomainTrick,
                        format!("{h} starts with {lead} but belongs to {registrable}"),
                    );
                }
            }
        }
        // The trusted host (less its top-level domain) with hyphens for dots, as the name.
        for n in &self.names {
            if n.hyphenated.as_deref() == Some(label) {
                return found(n, LookalikeKind::Hyphenated, format!("{label} spells {} with hyphens for dots", n.host));
            }
        }
        let decoded = decode_punycode(label);
        let skeleton = text::skeleton(&decoded);
        let labels = || self.names.iter().filter(|n| n.first_of_label);
        for n in labels() {
            // (b) Reads the same as a trusted name through look-alike characters.
            if skeleton == n.label_skeleton && decoded != n.label {
                let shown = if decoded != label { format!("{decoded} ({label})") } else { label.to_string() };
                return found(
                    n,
                    LookalikeKind::Homograph,
                    format!("{shown} is written with look-alike characters to read as {}", n.label),
                );
            }
        }
        for n in labels() {
            // (c) A near-miss spelling of a long trusted name.
            let len = n.label.chars().count();
            let allowed = match len {
                0..=5 => continue,
                6..=9 => 1,
                _ => 2,
            };
            let length = decoded.chars().count();
            if length < 4 || length.abs_diff(len) > allowed {
                continue;
            }
            if !letters_within(&decoded, &n.label, allowed) {
                continue;
            }
            let distance = strsim::osa_distance(&decoded, &n.label);
            if distance > 0 && distance <= allowed {
                return found(n, LookalikeKind::Typosquat, format!("{decoded} is spelled almost like {}", n.label));
            }
        }
        None
    }
}

/// A cheap test that two ASCII names may be within `edits` edits of each other: each edit
/// changes at most two letter counts by one (a swap changes none), so names whose letter counts
/// differ by more than `2 * edits` are not. Non-ASCII names always may.
fn letters_within(a: &str, b: &str, edits: usize) -> bool {
    if !a.is_ascii() || !b.is_ascii() {
        return true;
    }
    let mut counts = [0i32; 128];
    a.bytes().for_each(|c| counts[c as usize] += 1);
    b.bytes().for_each(|c| counts[c as usize] -= 1);
    counts.iter().map(|c| c.unsigned_abs() as usize).sum::<usize>() <= 2 * edits
}

/// [`Lookalikes::check`] against the built-in providers.
pub fn lookalike(host: &str) -> Option<Lookalike> {
    static BUILTIN: OnceLock<Lookalikes> = OnceLock::new();
    BUILTIN.get_or_init(|| Lookalikes::new(&providers::builtin().providers)).check(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains() {
        assert_eq!(registrable_domain("login.microsoftonline.com"), "microsoftonline.com");
        assert_eq!(registrable_domain("app.vssps.visualstudio.com"), "visualstudio.com");
        assert_eq!(registrable_domain("login.partner.microsoftonline.cn"), "microsoftonline.cn");
        assert_eq!(registrable_domain("www.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(registrable_domain("shop.example.com.au."), "example.com.au");
        assert_eq!(registrable_domain("evil.azurewebsites.net"), "evil.azurewebsites.net");
        assert_eq!(registrable_domain("x.y.blob.core.windows.net"), "y.blob.core.windows.net");
        assert_eq!(registrable_domain("Octo.GitHub.io"), "octo.github.io");
        assert_eq!(registrable_domain("co.uk"), "co.uk");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(registrable_domain("10.0.0.1"), "10.0.0.1");
        assert_eq!(registrable_domain(""), "");
    }

    #[test]
    fn content_hosts() {
        assert!(is_content_host("contoso-login.azurewebsites.net"));
        assert!(is_content_host("a.b.web.core.windows.net"));
        assert!(is_content_host("docs.google.com"));
        assert!(is_content_host("octo.github.io"));
        assert!(is_content_host("abc.trycloudflare.com"));
        assert!(!is_content_host("github.com"));
        assert!(!is_content_host("github.io"));
        assert!(!is_content_host("accounts.google.com"));
        assert!(!is_content_host("azurewebsites.net.example.com"));
        assert!(!is_content_host("notazurewebsites.net"));
    }

    #[test]
    fn ip_literals() {
        assert!(is_ip_literal("127.0.0.1"));
        assert!(is_ip_literal("[::1]"));
        assert!(is_ip_literal("::ffff:10.0.0.1"));
        assert!(is_ip_literal("0x7f.1"));
        assert!(!is_ip_literal("github.com"));
        assert!(!is_ip_literal("1password.com"));
    }

    #[test]
    fn punycode_labels_decode() {
        assert_eq!(decode_punycode("xn--ggle-55da.com"), "gооgle.com");
        assert_eq!(decode_punycode("xn--zz.example"), "xn--zz.example");
        assert_eq!(decode_punycode("GitHub.com."), "github.com");
    }

    fn how(host: &str) -> Option<(String, String)> {
        lookalike(host).map(|l| (l.provider, l.trusted_host))
    }

    #[test]
    fn subdomain_tricks() {
        let l = lookalike("app.vssps.visualstudio.com.evil.io").unwrap();
        assert_eq!((l.provider.as_str(), l.trusted_host.as_str()), ("azure-devops", "app.vssps.visualstudio.com"));
        assert!(l.how.contains("evil.io"), "{}", l.how);
        assert_eq!(how("login.microsoftonline.com-secure.xyz").unwrap().0, "microsoft");
        assert_eq!(how("github.com.session-check.net").unwrap().0, "github");
        // Same name under another public suffix is the provider's own country domain, not a trick.
        assert_eq!(how("google.com.au"), None);
    }

    #[test]
    fn hyphens_for_dots() {
        let l = lookalike("login-microsoftonline.com").unwrap();
        assert_eq!((l.provider.as_str(), l.kind), ("microsoft", LookalikeKind::Hyphenated));
        assert_eq!(how("accounts-google.net").unwrap().0, "google");
        assert_eq!(how("login-live.example.com"), None, "only as the registrable name");
    }

    #[test]
    fn homographs() {
        // "gооgle" with Cyrillic o's.
        assert_eq!(how("accounts.xn--ggle-55da.com").unwrap().0, "google");
        assert_eq!(how("rnicrosoftonline.com").unwrap().0, "microsoft");
        assert_eq!(how("g1thub.com").unwrap().0, "github");
        assert_eq!(how("xn--githb-vde.com").unwrap().0, "github", "githυb with a Greek upsilon");
        assert_eq!(how("xn--pple-43d.com"), None, "a homograph of a name no provider uses");
    }

    #[test]
    fn typosquats_of_long_names_only() {
        assert_eq!(how("githb.com").unwrap().0, "github");
        assert_eq!(how("gihtub.com").unwrap().0, "github");
        assert_eq!(how("microsoftonlime.com").unwrap().0, "microsoft");
        assert_eq!(how("visualstduio.com").unwrap().0, "azure-devops");
    }

    #[test]
    fn letter_counts_bound_the_edits() {
        assert!(letters_within("githb", "github", 1));
        assert!(letters_within("gihtub", "github", 1));
        assert!(letters_within("githuv", "github", 1));
        assert!(!letters_within("contoso-login", "visualstudio", 2));
        assert!(letters_within("gіthub", "github", 1), "non-ASCII names are left to the full check");
    }

    #[test]
    fn known_false_alarms_stay_quiet() {
        for host in [
            "ice.com",
            "box.com",
            "xbox.com",
            "gitlab.com",
            "www.live.co",
            "olive.com",
            "github.com",
            "gist.github.com",
            "login.microsoftonline.com",
            "docs.google.com",
            "google.de",
            "google.co.uk",
            "microsoft.com",
            "outlook.live.com",
            "dev.azure.com",
            "example.com",
            "127.0.0.1",
            "",
            "bitbucket.org",
            "goo.gl",
            "githubstatus.com",
        ] {
            assert_eq!(lookalike(host), None, "{host}");
        }
    }
}
