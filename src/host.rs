//! What a host name says: its registrable domain, whether anyone can publish pages on it, and
//! whether it is an IP address. (Whether it imitates a provider's host is `crate::lookalike`.)
//!
//! Registrable domains use a compact suffix list (`data/suffixes.json`: public suffixes of more
//! than one label, plus the content hosts and suffixes, which this module owns, and
//! `data/psl-private.txt`: the private section of the Public Suffix List, domains under which
//! others get names of their own), not the full Public Suffix List, whose compiled form would
//! more than double the size of the .wasm. For a suffix it does not know, the registrable domain
//! is the last two labels.

use std::sync::OnceLock;

/// `data/suffixes.json` as the tests read it (the crate reads the copy build.rs compiles in).
#[cfg(test)]
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct SuffixData {
    suffixes: Vec<String>,
    /// Hosts that serve anyone's content; `*.suffix` stands for every host under `suffix`.
    content_hosts: Vec<String>,
    /// For the providers' own content hosts: public write-ups of pages published there.
    content_host_sources: std::collections::BTreeMap<String, Vec<String>>,
}

include!(concat!(env!("OUT_DIR"), "/suffixes.rs"));

/// Whether `name` is a line of `list`, a sorted (byte-wise) `\n`-joined list: a binary search
/// over the text, so the lists need no set built at start.
#[cfg(test)]
fn listed(list: &str, name: &str) -> bool {
    let (list, name) = (list.as_bytes(), name.as_bytes());
    // lo and hi are line starts (or the end); the lines in lo..hi are still to search.
    let (mut lo, mut hi) = (0, list.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = list[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |i| lo + i + 1);
        let end = list[start..hi].iter().position(|&b| b == b'\n').map_or(hi, |i| start + i);
        match list[start..end].cmp(name) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// One of the lists, with the start of each of its lines found once (on first use), so a search
/// compares lines without looking for their ends: [`listed`], a few times faster.
struct Lines {
    list: &'static str,
    starts: OnceLock<Vec<u32>>,
}

/// The private section of the Public Suffix List (`data/psl-private.txt`), sorted, and the starts
/// of its lines. The extension loads it at start ([`load_private_suffixes`]); native builds read
/// the file on first use.
static PRIVATE_SUFFIXES: OnceLock<(String, Vec<u32>)> = OnceLock::new();

/// Loads the private section of the Public Suffix List (the text of `data/psl-private.txt`, read
/// by the extension at start). Refuses a malformed list, and a list other than the one already
/// loaded (loading the same one again does nothing).
pub fn load_private_suffixes(text: &str) -> Result<(), String> {
    let list = crate::datafiles::private_suffixes(text)?;
    let starts = line_starts(list.as_bytes());
    match PRIVATE_SUFFIXES.set((list, starts)) {
        Err(other) if PRIVATE_SUFFIXES.get() != Some(&other) => {
            Err("another private suffix list is already loaded".into())
        }
        _ => Ok(()),
    }
}

/// Whether the private suffix list is loaded (always, in a native build).
pub fn private_suffixes_loaded() -> bool {
    private_suffixes().is_some()
}

fn private_suffixes() -> Option<&'static (String, Vec<u32>)> {
    #[cfg(not(target_arch = "wasm32"))]
    if PRIVATE_SUFFIXES.get().is_none() {
        // A malformed file fails the build (build.rs) and the tests: the list stays unloaded.
        let _ = load_private_suffixes(include_str!("../data/psl-private.txt"));
    }
    PRIVATE_SUFFIXES.get()
}

/// Whether `name` is on the private suffix list.
fn private_suffix(name: &str) -> bool {
    private_suffixes().is_some_and(|(list, starts)| holds(list.as_bytes(), starts, name))
}

fn line_starts(list: &[u8]) -> Vec<u32> {
    let mut starts = vec![0u32];
    for (i, &b) in list.iter().enumerate() {
        if b == b'\n' {
            starts.push(i as u32 + 1);
        }
    }
    starts
}

/// Whether `name` is a line of `list`, a sorted list whose lines start at `starts`.
fn holds(list: &[u8], starts: &[u32], name: &str) -> bool {
    if list.is_empty() {
        return false;
    }
    let line = |k: usize| {
        let start = starts.get(k).map_or(list.len(), |&s| s as usize);
        let end = starts.get(k + 1).map_or(list.len(), |&s| s as usize - 1);
        list.get(start..end).unwrap_or_default()
    };
    let (mut lo, mut hi) = (0, starts.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match line(mid).cmp(name.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    false
}

static PUBLIC_LINES: Lines = Lines { list: PUBLIC_SUFFIXES, starts: OnceLock::new() };
static CONTENT_SUFFIX_LINES: Lines = Lines { list: CONTENT_SUFFIXES, starts: OnceLock::new() };
static CONTENT_HOST_LINES: Lines = Lines { list: CONTENT_HOSTS, starts: OnceLock::new() };

impl Lines {
    /// Whether `name` is a line of the list (what [`listed`] says).
    fn holds(&self, name: &str) -> bool {
        let list = self.list.as_bytes();
        holds(list, self.starts.get_or_init(|| line_starts(list)), name)
    }
}

/// A suffix under which others get names of their own: a public suffix of more than one label,
/// a domain of the private section of the Public Suffix List, or a content-hosting suffix.
fn known_suffix(suffix: &str) -> bool {
    PUBLIC_LINES.holds(suffix) || CONTENT_SUFFIX_LINES.holds(suffix) || private_suffix(suffix)
}

/// Lower case, without a trailing dot or IPv6 brackets.
pub(crate) fn clean(host: &str) -> String {
    host.trim().trim_end_matches('.').trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase()
}

/// `true` for IPv4 and IPv6 literals (`10.0.0.1`, `[::1]`), and for the numeric forms a URL
/// parser turns into an IPv4 address (`0x7f.1`, a bare number).
pub fn is_ip_literal(host: &str) -> bool {
    is_clean_ip_literal(&clean(host))
}

/// [`is_ip_literal`] of a host already [`clean`]. An IPv4 address ends in a label of digits,
/// which the last test finds; only a name with a colon can be an IPv6 address.
pub(crate) fn is_clean_ip_literal(h: &str) -> bool {
    // (read by the URL parser already in the module: the standard library's is a second one)
    if h.contains(':') && matches!(url::Host::parse(&format!("[{h}]")), Ok(url::Host::Ipv6(_))) {
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
    let ip = if is_settled(&h) { is_clean_ip_literal(&h) } else { is_ip_literal(&h) };
    if ip {
        return h;
    }
    clean_registrable(&h).to_string()
}

/// [`clean`] leaves `h` as it is (the host of every parsed URL, once cleaned), so the
/// `clean_` lookups may read it without cleaning it again.
pub(crate) fn is_settled(h: &str) -> bool {
    h.trim().len() == h.len()
        && !h.ends_with('.')
        && !h.starts_with('[')
        && !h.ends_with(']')
        && !h.bytes().any(|b| b.is_ascii_uppercase())
}

/// [`registrable_domain`] of a host already [`clean`] and no IP literal, as the end of it.
pub(crate) fn clean_registrable(h: &str) -> &str {
    let Some(last_dot) = h.rfind('.') else { return h };
    // The longest known suffix that leaves at least one label in front of it (the dots from the
    // left but the last: h[d + 1..] is a suffix of two labels or more); else the TLD.
    let suffix_start = h
        .match_indices('.')
        .map(|(d, _)| d)
        .take_while(|&d| d < last_dot)
        .map(|d| d + 1)
        .find(|&start| known_suffix(&h[start..]))
        .unwrap_or(last_dot + 1);
    let registrable_start = h[..suffix_start - 1].rfind('.').map_or(0, |d| d + 1);
    &h[registrable_start..]
}

/// The first label of the registrable domain (`microsoftonline` for `login.microsoftonline.com`).
pub(crate) fn registrable_label(host: &str) -> String {
    let reg = registrable_domain(host);
    reg.split('.').next().unwrap_or("").to_string()
}

/// Hosts that serve anyone's content (hosting, storage, tunnels, forms): never a provider's
/// genuine sign-in or approval page, whoever owns the domain.
pub fn is_content_host(host: &str) -> bool {
    let h = clean(host);
    if CONTENT_HOST_LINES.holds(&h) {
        return true;
    }
    let mut rest = h.as_str();
    while let Some((_, tail)) = rest.split_once('.') {
        if CONTENT_SUFFIX_LINES.holds(tail) || private_suffix(tail) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled-in and loaded lists are the files', entry for entry, sorted for [`listed`].
    #[test]
    fn builtin_suffixes_are_the_files() {
        let data: SuffixData = serde_json::from_str(include_str!("../data/suffixes.json")).unwrap();
        assert!(!data.suffixes.is_empty() && !data.content_hosts.is_empty());
        let sorted = |items: Vec<String>| {
            let mut items = items;
            items.sort();
            items.dedup();
            items
        };
        let lines = |list: &str| list.lines().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(lines(PUBLIC_SUFFIXES), sorted(data.suffixes.clone()));
        let exact = data.content_hosts.iter().filter(|h| !h.starts_with("*.")).cloned().collect();
        assert_eq!(lines(CONTENT_HOSTS), sorted(exact));
        let private: Vec<String> = include_str!("../data/psl-private.txt")
            .lines()
            .map(str::trim)
            .filter(|d| !d.is_empty() && !d.starts_with('#'))
            .map(str::to_string)
            .collect();
        assert!(private.len() > 1000, "the private section is there");
        let (loaded, starts) = private_suffixes().unwrap();
        assert_eq!(lines(loaded), sorted(private.clone()));
        assert_eq!(lines(loaded), private, "the file is sorted as it is");
        assert_eq!(*starts, line_starts(loaded.as_bytes()));
        let wildcards = data.content_hosts.iter().filter_map(|h| h.strip_prefix("*.")).map(str::to_string);
        assert_eq!(lines(CONTENT_SUFFIXES), sorted(wildcards.collect()));
    }

    /// The private suffix list as the extension hands it over: comments and blank lines skipped,
    /// anything that is not a domain name refused with its line, the same list loaded twice taken.
    #[test]
    fn private_suffixes_are_read_or_refused() {
        assert_eq!(crate::datafiles::private_suffixes("# c\n\na.io\n b.io \nc.io\n").unwrap(), "a.io\nb.io\nc.io");
        let bad = ["a.io\nA.io", "a.io\n*.b.io", "a.io\nb io", "a.io\n.b.io", "a..io", "é.io", "# only a comment"];
        for bad in bad.into_iter().chain(["b.io\na.io", "a.io\na.io", "a.io\nb.io\nb.io", "b.io\nab.io"]) {
            assert!(crate::datafiles::private_suffixes(bad).is_err(), "{bad:?}");
        }
        let err = crate::datafiles::private_suffixes("a.io\n\nx_y.io").unwrap_err();
        assert!(err.contains("line 3") && err.contains("x_y.io"), "{err}");
        let err = crate::datafiles::private_suffixes("# c\nb.io\na.io").unwrap_err();
        assert!(err.contains("line 3") && err.contains("out of order"), "{err}");
        assert!(load_private_suffixes(include_str!("../data/psl-private.txt")).is_ok());
        assert!(load_private_suffixes("other.io").is_err(), "another list is refused once one is loaded");
        assert!(private_suffix("github.io") && private_suffix("azurewebsites.net") && !private_suffix("io"));
    }

    /// The indexed lists answer as the plain binary search does, for every line and for names
    /// between, before and after them.
    #[test]
    fn indexed_lines_answer_as_listed() {
        for lines in [&PUBLIC_LINES, &CONTENT_SUFFIX_LINES, &CONTENT_HOST_LINES] {
            for line in lines.list.lines() {
                assert!(lines.holds(line), "{line}");
                for other in [format!("{line}a"), format!("a{line}"), line[..line.len() - 1].to_string()] {
                    assert_eq!(lines.holds(&other), listed(lines.list, &other), "{other}");
                }
            }
            for other in ["", "a", "zzzzzz", "com", "co.uk", "\n"] {
                assert_eq!(lines.holds(other), listed(lines.list, other), "{other:?}");
            }
        }
        let (list, _) = private_suffixes().unwrap();
        for line in list.lines() {
            assert!(private_suffix(line), "{line}");
            for other in [format!("{line}a"), format!("a{line}"), line[..line.len() - 1].to_string()] {
                assert_eq!(private_suffix(&other), listed(list, &other), "{other}");
            }
        }
    }

    /// The binary search finds every line of every list, and nothing between them.
    #[test]
    fn listed_finds_exactly_the_lines() {
        for list in [PUBLIC_SUFFIXES, CONTENT_SUFFIXES, CONTENT_HOSTS] {
            for line in list.lines() {
                assert!(listed(list, line), "{line}");
                for near in [format!("{line}x"), format!("a{line}"), line[1..].to_string(), format!("{line}\n")] {
                    assert_eq!(listed(list, &near), list.lines().any(|l| l == near), "{near}");
                }
            }
        }
        for list in ["", "b", "b\nd", "b\nd\nf"] {
            for name in ["", "a", "b", "c", "d", "e", "f", "g", "b\nd"] {
                assert_eq!(
                    listed(list, name),
                    list.split('\n').any(|l| l == name && !list.is_empty()),
                    "{list:?} {name:?}"
                );
            }
        }
    }

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
        // From the private section of the Public Suffix List, not listed by hand.
        for h in ["docs-viewer-7a1f.web.app", "someone.herokuapp.com", "a.b.ngrok.io", "x.blogspot.com"] {
            assert!(is_content_host(h), "{h}");
        }
        assert_eq!(registrable_domain("evil.herokuapp.com"), "evil.herokuapp.com");
        assert!(!is_content_host("herokuapp.com"));
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
        // The providers' own hosts where anyone publishes: Customer Voice, its short links, Forms and
        // Sway on cloud.microsoft; their siblings that sign in or serve only the provider stay out.
        for h in ["customervoice.microsoft.com", "ncv.microsoft.com", "nam.dcv.ms", "forms.cloud.microsoft"] {
            assert!(is_content_host(h), "{h}");
        }
        assert!(is_content_host("sway.cloud.microsoft"));
        for h in ["www.microsoft.com", "login.microsoft.com", "outlook.cloud.microsoft", "cloud.microsoft", "dcv.ms"] {
            assert!(!is_content_host(h), "{h}");
        }
    }

    /// Each source names a listed content host, and each is a public https address.
    #[test]
    fn content_host_sources_name_listed_hosts() {
        let data: SuffixData = serde_json::from_str(include_str!("../data/suffixes.json")).unwrap();
        assert!(!data.content_host_sources.is_empty());
        for (host, urls) in &data.content_host_sources {
            assert!(data.content_hosts.contains(host), "{host} has a source but is not a content host");
            assert!(!urls.is_empty() && urls.iter().all(|u| u.starts_with("https://")), "{host}: {urls:?}");
        }
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
}
