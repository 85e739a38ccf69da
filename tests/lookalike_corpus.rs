//! The host rules against dnstwist's permutations of every provider host, and against popular
//! domains that belong to none of the providers.
//!
//! `tests/corpus/dnstwist/<domain>.txt` (written by `tests/corpus/gen-dnstwist.py`, offline) holds
//! `<fuzzer>\t<host>` lines. Each permuted host serves a page that claims the domain's provider and
//! asks for a password: it must be danger, and never genuine; and a password form that names no
//! provider, so that the host rules alone must find the lookalike (on a short name, only where
//! the letters still read as the name). Each host of `tests/corpus/popular-domains.txt` serves an
//! ordinary page with no claim and no ask, and a password form: both must be none. Both tests print a summary per domain and fuzzer.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use consent_guard::policy::Policy;
use consent_guard::rules::Engine;
use consent_guard::verdict::{Level, Verdict};
use support::*;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("corpus")
}

/// Lines of a corpus file without blank lines and `#` comments.
fn lines(path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

struct Permutation {
    fuzzer: String,
    host: String,
}

/// Every `tests/corpus/dnstwist/<domain>.txt`, by domain.
fn permutations() -> BTreeMap<String, Vec<Permutation>> {
    let dir = corpus_dir().join("dnstwist");
    let mut out = BTreeMap::new();
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        let Some(domain) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".txt")) else {
            continue;
        };
        let rows = lines(&path)
            .into_iter()
            .map(|l| {
                let (fuzzer, host) = l
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("{}: `{l}` is not `<fuzzer>\\t<host>`", path.display()));
                Permutation { fuzzer: fuzzer.into(), host: host.into() }
            })
            .collect::<Vec<_>>();
        assert!(!rows.is_empty(), "{} lists no permutation", path.display());
        out.insert(domain.to_string(), rows);
    }
    assert_eq!(out.len(), 9, "one file per provider host in {}, found {:?}", dir.display(), out.keys());
    out
}

/// The provider a page on `domain` would imitate: its brand, as the page shows it.
fn brand_of(domain: &str) -> &'static str {
    match domain {
        d if d.ends_with("visualstudio.com") => "Azure DevOps",
        d if d.ends_with("microsoftonline.com") || d.ends_with("microsoft.com") || d.ends_with("live.com") => {
            "Microsoft"
        }
        d if d.ends_with("github.com") => "GitHub",
        d if d.ends_with("google.com") => "Google",
        d => panic!("no provider known for {d}: add it to brand_of"),
    }
}

/// A sign-in copy on `host`: the provider's name as logo, title and heading, and an email and a
/// password field in a form that posts to the same host.
fn claiming_page(host: &str, brand: &str) -> Page {
    let url = format!("https://{host}/login");
    page(&url)
        .title(&format!("Sign in to your {brand} account"))
        .logo(brand)
        .heading(&format!("Sign in to {brand}"))
        .text(&format!("Sign in to {brand} Email Password Forgot password? Sign in"))
        .form(&format!("https://{host}/session"), "Email Password")
        .email()
        .password("Password")
        .buttons(&["Sign in"])
}

/// An ordinary page on `host`: no provider named, no field asking for anything.
fn quiet_page(host: &str) -> Page {
    page(&format!("https://{host}/"))
        .title("Welcome")
        .heading("Today's picks")
        .text("Welcome. Browse today's picks, read the latest stories and see what is new this week. About Help Terms Privacy")
        .buttons(&["Read more", "Subscribe"])
        .resources(&[host])
}

fn rule_ids(v: &Verdict) -> Vec<&str> {
    v.findings.iter().map(|f| f.rule.as_str()).collect()
}

#[derive(Default)]
struct Tally {
    caught: usize,
    missed: usize,
}

/// Evaluates `make(host, brand)` for every permutation that `required(domain, fuzzer)` keeps,
/// prints caught (danger) and missed per domain and fuzzer with a few missed examples, and returns
/// (permutations judged, missed count, permutations judged genuine).
fn sweep(
    title: &str,
    required: impl Fn(&str, &str) -> bool,
    make: impl Fn(&str, &str) -> Page,
) -> (usize, usize, Vec<String>) {
    let engine = Engine::new(Policy::default());
    let mut genuine = Vec::new();
    let mut missed_examples: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut tallies: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut totals = Tally::default();

    for (domain, rows) in permutations() {
        let brand = brand_of(&domain);
        for p in rows.into_iter().filter(|p| required(&domain, &p.fuzzer)) {
            let page = make(&p.host, brand);
            let v = engine.evaluate(&page.snap, &page.ctx);
            let key = (domain.clone(), p.fuzzer.clone());
            let t = tallies.entry(key.clone()).or_default();
            if v.level == Level::Danger {
                t.caught += 1;
                totals.caught += 1;
                continue;
            }
            t.missed += 1;
            totals.missed += 1;
            if v.level == Level::Genuine {
                genuine.push(format!("{} ({domain}, {})", p.host, p.fuzzer));
            }
            let examples = missed_examples.entry(key).or_default();
            if examples.len() < 3 {
                examples.push(format!("{} -> {:?} {:?}", p.host, v.level, rule_ids(&v)));
            }
        }
    }

    println!("{title}");
    println!("{:<28} {:<14} {:>7} {:>7}", "domain", "fuzzer", "caught", "missed");
    for ((domain, fuzzer), t) in &tallies {
        println!("{domain:<28} {fuzzer:<14} {:>7} {:>7}", t.caught, t.missed);
    }
    println!("{:<28} {:<14} {:>7} {:>7}", "all", "", totals.caught, totals.missed);
    for ((domain, fuzzer), examples) in &missed_examples {
        println!("missed, {domain} {fuzzer}: {}", examples.join("; "));
    }
    (totals.caught + totals.missed, totals.missed, genuine)
}

#[test]
fn provider_claim_on_every_permutation_is_danger() {
    let (count, missed, genuine) =
        sweep("page claiming the provider, asking for a password", |_, _| true, claiming_page);
    assert!(count > 60_000, "only {count} permutations read");
    assert!(genuine.is_empty(), "permutations judged genuine: {genuine:?}");
    assert_eq!(missed, 0, "{missed} of {count} permutations are not danger (table above)");
}

/// dnstwist fuzzers that change the letters of a name. On a short name (`live`) they make other
/// words and other people's domains (`hive`, `dive`, `lie`, `olive`, `lives`): a page there that
/// names no provider is not an imitation by its host alone. A name of six letters or more
/// (`google`, `github`, `microsoftonline`) is still read as itself with one of them.
const LETTER_FUZZERS: [&str; 6] = ["addition", "bitsquatting", "insertion", "omission", "replacement", "vowel-swap"];

/// The registrable name of a provider domain (`live` for `live.com`), as the host rules see it.
fn short_name(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2 && labels[labels.len() - 2].len() < 6
}

/// The host rules alone: a password form on the permuted host, with no provider named anywhere.
/// Every fuzzer counts, except those of [`LETTER_FUZZERS`] on a short name.
#[test]
fn password_form_on_every_permutation_is_danger_by_host_alone() {
    let required = |domain: &str, fuzzer: &str| !(short_name(domain) && LETTER_FUZZERS.contains(&fuzzer));
    let (count, missed, genuine) =
        sweep("password form naming no provider", required, |host, _| short_domain_login(host));
    assert!(count > 60_000, "only {count} permutations read");
    assert!(genuine.is_empty(), "permutations judged genuine: {genuine:?}");
    assert_eq!(missed, 0, "{missed} of {count} permutations are not danger (table above)");
}

/// Real sign-in forms on popular domains: names near a provider's (`gitlab`, `gitbook`, `hive`,
/// `goodreads`, `livejournal`) get no verdict for a password form alone.
#[test]
fn password_form_on_popular_domains_stays_quiet() {
    let engine = Engine::new(Policy::default());
    let domains = lines(&corpus_dir().join("popular-domains.txt"));
    let mut alarms = Vec::new();
    for host in domains.iter().flat_map(|d| [d.clone(), format!("www.{d}")]) {
        let page = short_domain_login(&host);
        let v = engine.evaluate(&page.snap, &page.ctx);
        if v.level != Level::None {
            alarms.push(format!("{host}: {:?} {:?}", v.level, rule_ids(&v)));
        }
    }
    println!("{} popular domains (and their www. hosts) with a password form, {} alarms", domains.len(), alarms.len());
    assert!(alarms.is_empty(), "password forms on popular domains got a verdict:\n{}", alarms.join("\n"));
}

#[test]
fn popular_domains_without_a_claim_stay_quiet() {
    let engine = Engine::new(Policy::default());
    let domains = lines(&corpus_dir().join("popular-domains.txt"));
    assert!(domains.len() >= 100, "tests/corpus/popular-domains.txt lists {} domains", domains.len());
    let mut alarms = Vec::new();
    for host in domains.iter().flat_map(|d| [d.clone(), format!("www.{d}")]) {
        let page = quiet_page(&host);
        let v = engine.evaluate(&page.snap, &page.ctx);
        if v.level != Level::None {
            alarms.push(format!("{host}: {:?} {:?}", v.level, rule_ids(&v)));
        }
    }
    println!("{} popular domains (and their www. hosts), {} false alarms", domains.len(), alarms.len());
    for a in &alarms {
        println!("false alarm: {a}");
    }
    assert!(alarms.is_empty(), "ordinary pages on popular domains got a verdict:\n{}", alarms.join("\n"));
}
