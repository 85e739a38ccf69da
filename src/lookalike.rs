//! Whether a host imitates a provider's trusted host: the trusted host in front of another
//! domain, look-alike characters, hyphens for dots, or a near-miss spelling.

use serde::{Deserialize, Serialize};

use crate::host::{clean, decode_punycode, is_ip_literal, registrable_domain, registrable_label};
use crate::providers::Provider;
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
    /// A provider's brand word joined with other words (`microsoftonline-auth.com`).
    Combosquat,
}

/// Words of sign-in and account pages that, beside an ordinary brand word ("outlook"), make a
/// combosquat (`outlook-webaccess-verify.com`).
const SIGN_IN_WORDS: [&str; 30] = [
    "login",
    "logon",
    "signin",
    "sign",
    "auth",
    "oauth",
    "sso",
    "secure",
    "security",
    "verify",
    "verification",
    "account",
    "accounts",
    "session",
    "webaccess",
    "access",
    "webmail",
    "mail",
    "portal",
    "update",
    "password",
    "reset",
    "support",
    "online",
    "idp",
    "mfa",
    "owa",
    "signon",
    "validate",
    "helpdesk",
];

/// One brand word of a provider, for combosquat checks.
#[derive(Debug, Clone)]
struct ComboWord {
    word: String,
    provider: String,
    /// A host of the provider to name in the message.
    host: String,
    /// An ordinary word: a combosquat only beside a sign-in word.
    needs_sign_in: bool,
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
    combos: Vec<ComboWord>,
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
        let combos = providers
            .iter()
            .filter_map(|p| p.hosts().next().map(|h| (p, h)))
            .flat_map(|(p, h)| {
                let word = move |w: &String, needs_sign_in: bool| ComboWord {
                    word: w.clone(),
                    provider: p.id.clone(),
                    host: h.to_string(),
                    needs_sign_in,
                };
                let plain = p.combo_words.iter().map(move |w| word(w, false));
                plain.chain(p.combo_words_with_sign_in.iter().map(move |w| word(w, true)))
            })
            .collect();
        Lookalikes { names, combos }
    }

    /// A registered name of several hyphenated words, one of them a provider's brand word (or a
    /// one-letter misspelling of a long one), with sign-in words beside the ordinary ones.
    fn combosquat(&self, label: &str) -> Option<&ComboWord> {
        let tokens: Vec<&str> = label.split('-').filter(|t| !t.is_empty()).collect();
        if tokens.len() < 2 {
            return None;
        }
        let signs_in = tokens.iter().any(|t| SIGN_IN_WORDS.contains(t));
        self.combos.iter().filter(|c| !c.needs_sign_in || signs_in).find(|c| {
            tokens.iter().any(|t| {
                *t == c.word
                    || (!c.needs_sign_in
                        && signs_in
                        && c.word.len() >= 6
                        && t.len().abs_diff(c.word.len()) <= 1
                        && letters_within(t, &c.word, 1)
                        && strsim::osa_distance(t, &c.word) == 1)
            })
        })
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
        // (d) A brand word joined with other words.
        self.combosquat(label).map(|c| Lookalike {
            trusted_host: c.host.clone(),
            provider: c.provider.clone(),
            how: format!("{registrable} joins the name {} with other words", c.word),
            kind: LookalikeKind::Combosquat,
        })
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

/// [`Lookalikes::check`] against the built-in providers (the engine keeps its own [`Lookalikes`],
/// with the organisation's providers, and passes it down).
#[cfg(test)]
fn lookalike(host: &str) -> Option<Lookalike> {
    Lookalikes::new(&crate::providers::builtin().providers).check(host)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn combosquats() {
        for (host, provider) in [
            ("microsoftonline-auth.com", "microsoft"),
            ("github-oauth-login.com", "github"),
            ("outlook-webaccess-verify.com", "microsoft"),
            ("login-microsoft-secure.net", "microsoft"),
            ("gthub-sso-login.com", "github"),
            ("accounts-google-secure.com", "google"),
        ] {
            let l = lookalike(host).unwrap_or_else(|| panic!("{host}"));
            assert_eq!(l.provider, provider, "{host}");
        }
        // Ordinary words of a brand need sign-in words beside them; one word is no combination.
        for host in [
            "outlook-furniture.com",
            "githubstats.io",
            "microsoftedgetips.com",
            "live-music-berlin.de",
            "azure-standard.com",
        ] {
            assert_eq!(lookalike(host), None, "{host}");
        }
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
