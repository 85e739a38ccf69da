//! Whether a host imitates a provider's trusted host: the trusted host in front of another
//! domain, look-alike characters, hyphens for dots, or a near-miss spelling.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

use crate::finding::{Evidence, EvidenceKey, EvidenceLabel};
use crate::host::{
    clean, clean_registrable, decode_punycode, is_clean_ip_literal, is_ip_literal, is_settled, registrable_domain,
    registrable_label,
};
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
    /// How, in words: `imitates` evidence with its locale key and the names it compares.
    pub how: Evidence,
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

/// Sign-in words that, written straight onto a brand word with no hyphen, make a combosquat
/// (`githublogin.com`, `accountsgoogle.com`): fewer than [`SIGN_IN_WORDS`], as ordinary names
/// join brand-like words with everyday ones (`livemail`, `officeportal`).
const JOINED_SIGN_IN_WORDS: [&str; 19] = [
    "login",
    "logon",
    "signin",
    "signon",
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
    "mfa",
    "idp",
    "password",
    "validate",
    "webaccess",
];

/// Look-alike letter pairs, replaced by [`loose`] until none is left (`githullb`, `gitllhub`
/// and `visualstucllio` take the same pair twice), after the TR39 skeleton (which writes `m` as
/// `rn`): several of them in one name (`g00gie`, `uisualstuclio`, `nn1crosoftonline`) read as
/// the name.
const LOOSE_PAIRS: [(&str, &str); 9] = [
    ("rn", "m"),
    ("nn", "m"),
    ("rr", "m"),
    ("cl", "d"),
    ("dl", "d"),
    ("ld", "d"),
    ("lb", "b"),
    ("lh", "h"),
    ("vv", "w"),
];

/// Letters with hooks, bars and small capitals that read as an ASCII letter and that the TR39
/// skeleton keeps as they are (`ɢ`, `ʉ`, `ᶌ`, `ɾ`, `ꞑ`), sorted for a binary search.
const HOOKED: [(char, char); 60] = [
    ('\u{111}', 'd'),
    ('\u{127}', 'h'),
    ('\u{142}', 'l'),
    ('\u{167}', 't'),
    ('\u{185}', 'b'),
    ('\u{188}', 'c'),
    ('\u{192}', 'f'),
    ('\u{1a5}', 'p'),
    ('\u{1ab}', 't'),
    ('\u{1b4}', 'y'),
    ('\u{1b6}', 'z'),
    ('\u{1bf}', 'p'),
    ('\u{1e5}', 'g'),
    ('\u{247}', 'e'),
    ('\u{249}', 'j'),
    ('\u{24d}', 'r'),
    ('\u{24f}', 'y'),
    ('\u{251}', 'a'),
    ('\u{253}', 'b'),
    ('\u{256}', 'd'),
    ('\u{257}', 'd'),
    ('\u{259}', 'a'),
    ('\u{261}', 'g'),
    ('\u{262}', 'g'),
    ('\u{266}', 'h'),
    ('\u{268}', 'i'),
    ('\u{269}', 'i'),
    ('\u{26a}', 'i'),
    ('\u{26b}', 'l'),
    ('\u{26c}', 'l'),
    ('\u{271}', 'm'),
    ('\u{27c}', 'r'),
    ('\u{27d}', 'r'),
    ('\u{27e}', 'r'),
    ('\u{280}', 'r'),
    ('\u{282}', 's'),
    ('\u{289}', 'u'),
    ('\u{28f}', 'y'),
    ('\u{290}', 'z'),
    ('\u{299}', 'b'),
    ('\u{29d}', 'j'),
    ('\u{2a0}', 'q'),
    ('\u{4cf}', 'l'),
    ('\u{50d}', 'g'),
    ('\u{1d04}', 'c'),
    ('\u{1d0b}', 'k'),
    ('\u{1d0d}', 'm'),
    ('\u{1d0f}', 'o'),
    ('\u{1d1c}', 'u'),
    ('\u{1d22}', 'z'),
    ('\u{1d8c}', 'v'),
    ('\u{1eff}', 'y'),
    ('\u{2c68}', 'h'),
    ('\u{2c6a}', 'k'),
    ('\u{2c6c}', 'z'),
    ('\u{2c71}', 'v'),
    ('\u{2c73}', 'w'),
    ('\u{2c74}', 'v'),
    ('\u{a731}', 's'),
    ('\u{a791}', 'n'),
];

/// A name folded so that look-alike spellings of it compare equal: the TR39 skeleton, digits and
/// letters that pass for `l` (`1`, `i`), hooked letters the skeleton keeps ([`HOOKED`]), the letter
/// pairs of [`LOOSE_PAIRS`], then letters that pass for others (`u` for `v`, `c` for `e`, `q` for
/// `g`, `n` and `r` for `m`). Compare only folded names with folded names.
fn loose(name: &str) -> String {
    let first = loose_first;
    // No ASCII letter is hooked: most names are looked up in no table.
    let hooked = |c: char| {
        if c.is_ascii() {
            c
        } else {
            HOOKED.binary_search_by_key(&c, |(h, _)| *h).map_or(c, |k| HOOKED[k].1)
        }
    };
    let then = loose_then;
    let unhooked: String = name.chars().map(hooked).collect();
    let mut s: String = text::skeleton(&unhooked).chars().map(first).collect();
    loop {
        let before = s.len();
        for (pair, one) in LOOSE_PAIRS {
            // Most names hold no pair: no copy is made for those. The pairs are two ASCII
            // bytes, found as such without setting up a substring search.
            let &[a, b] = pair.as_bytes() else { continue };
            if s.as_bytes().windows(2).any(|w| w[0] == a && w[1] == b) {
                s = s.replace(pair, one);
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.chars().map(then).collect()
}

/// The first letters [`loose`] changes, before its pairs: those that pass for `o` and `l`.
fn loose_first(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | 'i' | '|' => 'l',
        c => c,
    }
}

/// The letters [`loose`] changes last, after its pairs.
fn loose_then(c: char) -> char {
    match c {
        'u' => 'v',
        'c' => 'e',
        'b' => 'd',
        'q' => 'g',
        'z' => 's',
        'n' | 'r' => 'm',
        '3' => '8',
        '9' => '6',
        c => c,
    }
}

/// ASCII characters as bits of a `u128`; `None` for any other.
fn ascii_bits(s: &str) -> Option<u128> {
    s.bytes().try_fold(0u128, |bits, b| (b < 128).then(|| bits | 1 << b))
}

/// The letters of [`LOOSE_PAIRS`]' pairs, as [`ascii_bits`].
const PAIRED: u128 = {
    let (mut bits, mut k) = (0u128, 0);
    while k < LOOSE_PAIRS.len() {
        let pair = LOOSE_PAIRS[k].0.as_bytes();
        let mut i = 0;
        while i < pair.len() {
            bits |= 1 << pair[i];
            i += 1;
        }
        k += 1;
    }
    bits
};

/// The letters that [`loose`] of an ASCII name whose skeleton is `skeleton` must hold, as
/// [`ascii_bits`]: each character of the skeleton that no pair of [`LOOSE_PAIRS`] can take in
/// (after [`loose_first`]) stays, and is [`loose_then`]'s. `None` when the skeleton is not ASCII.
fn loose_letters_kept(skeleton: &str) -> Option<u128> {
    let paired = PAIRED;
    skeleton.chars().try_fold(0u128, |bits, c| {
        let f = loose_first(c);
        if !f.is_ascii() || !c.is_ascii() {
            return None;
        }
        if paired & 1 << u32::from(f) != 0 {
            return Some(bits);
        }
        let t = loose_then(f);
        t.is_ascii().then(|| bits | 1 << u32::from(t))
    })
}

/// `label` is `name` with one letter written twice (`liive`), two neighbours swapped (`lvie`),
/// or a hyphen put between letters (`l-ive`): what still reads as a short name at a glance.
fn reads_as_short(label: &str, name: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (label.chars().collect(), name.chars().collect());
    if label.contains('-') {
        return label.replace('-', "") == name;
    }
    if a.len() == b.len() + 1 {
        return (1..a.len()).any(|i| a[i] == a[i - 1] && a[..i].iter().chain(&a[i + 1..]).eq(b.iter()));
    }
    if a.len() == b.len() {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i]);
    }
    false
}

/// `s` is one or more of [`JOINED_SIGN_IN_WORDS`] written together.
fn joined_sign_in_words(s: &str) -> bool {
    let mut ends = vec![false; s.len() + 1];
    ends[0] = true;
    for i in 0..s.len() {
        if !ends[i] {
            continue;
        }
        for w in JOINED_SIGN_IN_WORDS {
            if s.get(i..).is_some_and(|rest| rest.starts_with(w)) {
                ends[i + w.len()] = true;
            }
        }
    }
    !s.is_empty() && ends[s.len()]
}

/// The length of the shortest of [`JOINED_SIGN_IN_WORDS`].
const SHORTEST_JOINED: usize = {
    let (mut k, mut min) = (0, usize::MAX);
    while k < JOINED_SIGN_IN_WORDS.len() {
        if JOINED_SIGN_IN_WORDS[k].len() < min {
            min = JOINED_SIGN_IN_WORDS[k].len();
        }
        k += 1;
    }
    min
};

/// The name of a host less its public suffix, its subdomains included, with dots and hyphens
/// left out and a leading `www.` dropped (`accounts.go.ogle.com`: `accountsgoogle`).
fn squashed(host: &str, registrable: &str) -> String {
    let suffix = registrable.split_once('.').map_or("", |(_, s)| s);
    let head = host.strip_suffix(suffix).map_or(host, |h| h.trim_end_matches('.'));
    let head = head.strip_prefix("www.").unwrap_or(head);
    head.chars().filter(|c| *c != '.' && *c != '-').collect()
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
    /// [`loose`] of the label.
    label_loose: String,
    /// [`ascii_bits`] of `label_loose` (`u128::MAX` when it is not ASCII): a name whose
    /// [`loose_letters_kept`] are not all here is not its look-alike.
    loose_bits: u128,
    /// The host and its registrable domain, each less its public suffix and with it, with no dots
    /// (`loginmicrosoftonline`, `loginmicrosoftonlinecom`, `microsoftonline`, `microsoftonlinecom`).
    squashed: [String; 4],
    /// The host less its top-level domain, hyphens for dots (`login-microsoftonline`).
    hyphenated: Option<String>,
    /// No earlier name has the same label (spelling checks look at each label once).
    first_of_label: bool,
    /// The label's length in characters, and its letters as [`ascii_bits`] (`None` when not
    /// ASCII), for the spelling checks' early exits.
    label_chars: usize,
    label_bits: Option<u128>,
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
            let registrable = registrable_domain(h);
            let squashed = [squashed(h, &registrable), h.replace('.', ""), label.clone(), registrable.replace('.', "")];
            names.push(TrustedName {
                host: h.to_string(),
                provider: p.id.clone(),
                registrable,
                label_skeleton: text::skeleton(&label),
                loose_bits: ascii_bits(&loose(&label)).unwrap_or(u128::MAX),
                label_loose: loose(&label),
                squashed,
                first_of_label: names.iter().all(|n| n.label != label),
                label_chars: label.chars().count(),
                label_bits: ascii_bits(&label),
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

    /// A name of several hyphenated words, one of them a provider's brand word (or a one-letter
    /// misspelling of a long one), with sign-in words beside the ordinary ones; or a brand word
    /// written straight onto sign-in words (`githublogin`). With `sign_in_only` (a subdomain of
    /// another domain), only a provider's own brand words beside sign-in words count:
    /// `github-stats.example.com` and `login-live.example.com` are someone else's.
    fn combosquat(&self, label: &str, sign_in_only: bool) -> Option<&ComboWord> {
        let tokens: Vec<&str> = label.split('-').filter(|t| !t.is_empty()).collect();
        let combos = || self.combos.iter().filter(move |c| !(sign_in_only && c.needs_sign_in));
        for t in &tokens {
            let joined = combos().find(|c| {
                // A word that leaves fewer letters beside it than the shortest sign-in word, or
                // that is at neither end of the token, joins none.
                let (tb, wb) = (t.as_bytes(), c.word.as_bytes());
                if tb.len() < wb.len() + SHORTEST_JOINED
                    || (!wb.is_empty() && tb.first() != wb.first() && tb.last() != wb.last())
                {
                    return false;
                }
                let rest = t.strip_prefix(c.word.as_str()).or_else(|| t.strip_suffix(c.word.as_str()));
                rest.is_some_and(joined_sign_in_words)
            });
            if joined.is_some() {
                return joined;
            }
        }
        if tokens.len() < 2 {
            return None;
        }
        let signs_in = tokens.iter().any(|t| SIGN_IN_WORDS.contains(t) || joined_sign_in_words(t));
        if sign_in_only && !signs_in {
            return None;
        }
        combos().filter(|c| !c.needs_sign_in || signs_in).find(|c| {
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
        self.check_in(host, None)
    }

    /// [`Lookalikes::check`] of `host` whose registrable domain (`host::registrable_domain`) the
    /// caller has found already.
    pub fn check_registrable(&self, host: &str, registrable: &str) -> Option<Lookalike> {
        self.check_in(host, Some(registrable))
    }

    fn check_in(&self, host: &str, known: Option<&str>) -> Option<Lookalike> {
        let h = clean(host);
        // A host `clean` leaves as it is (every parsed URL's) is read without cleaning it again.
        let settled = is_settled(&h);
        if h.is_empty() || if settled { is_clean_ip_literal(&h) } else { is_ip_literal(&h) } {
            return None;
        }
        let registrable: Cow<str> = match known {
            Some(r) => Cow::Borrowed(r),
            None if settled => Cow::Borrowed(clean_registrable(&h)),
            None => Cow::Owned(registrable_domain(&h)),
        };
        let registrable = registrable.as_ref();
        if self.names.iter().any(|n| n.registrable == registrable) {
            return None;
        }
        let label = registrable.split('.').next().unwrap_or("");
        let found = |n: &TrustedName, kind: LookalikeKind, key: EvidenceKey, params: Vec<String>| {
            let how = Evidence::words(EvidenceLabel::Imitates, key, params);
            Some(Lookalike { trusted_host: n.host.clone(), provider: n.provider.clone(), how, kind })
        };
        // (a) The trusted host, or its registrable domain, as the leading labels of another domain.
        let first_byte = h.as_bytes().first();
        for n in &self.names {
            for lead in [&n.host, &n.registrable] {
                // A name that does not begin with the host's first letter does not lead it.
                if !lead.is_empty() && lead.as_bytes().first() != first_byte {
                    continue;
                }
                let starts = h.strip_prefix(lead.as_str()).and_then(|rest| rest.chars().next());
                if matches!(starts, Some('.') | Some('-')) && label != n.label {
                    return found(
                        n,
                        LookalikeKind::SubdomainTrick,
                        EvidenceKey::LookalikeLead,
                        vec![h.to_string(), lead.clone(), registrable.to_string()],
                    );
                }
            }
        }
        // The trusted host (less its top-level domain) with hyphens for dots, as the name.
        for n in &self.names {
            if n.hyphenated.as_deref() == Some(label) {
                let params = vec![label.to_string(), n.host.clone()];
                return found(n, LookalikeKind::Hyphenated, EvidenceKey::LookalikeHyphens, params);
            }
        }
        // The trusted host with its dots moved or left out (`gi.thub.com`, `googlecom.com`,
        // `accountsgoogle.com`); the same name under another suffix is the provider's own.
        let joined = squashed(&h, registrable);
        for n in &self.names {
            if label != n.label && n.squashed.contains(&joined) {
                let params = vec![h.to_string(), n.host.clone()];
                return found(n, LookalikeKind::Typosquat, EvidenceKey::LookalikeDots, params);
            }
        }
        let decoded = decode_punycode(label);
        let skeleton = text::skeleton(&decoded);
        let labels = || self.names.iter().filter(|n| n.first_of_label);
        for n in labels() {
            // (b) Reads the same as a trusted name through look-alike characters.
            if skeleton == n.label_skeleton && decoded != n.label {
                let shown = if decoded != label { format!("{decoded} ({label})") } else { label.to_string() };
                let params = vec![shown, n.label.clone()];
                return found(n, LookalikeKind::Homograph, EvidenceKey::LookalikeCharacters, params);
            }
        }
        // `loose` of an ASCII name is its skeleton's (no letter of it is hooked): the letters that
        // stay in it tell the names it cannot read as, without folding it.
        let kept = if decoded.is_ascii() { loose_letters_kept(&skeleton) } else { None };
        let may_read_as = |n: &TrustedName| kept.is_none_or(|k| k & !n.loose_bits == 0);
        let folded = if labels().any(may_read_as) { loose(&decoded) } else { String::new() };
        for n in labels().filter(|n| may_read_as(n)) {
            // Several look-alike letters at once (`g00gie`, `nn1crosoftonline`).
            if folded == n.label_loose && decoded != n.label {
                let params = vec![decoded.to_string(), n.label.clone()];
                return found(n, LookalikeKind::Homograph, EvidenceKey::LookalikeLetters, params);
            }
        }
        let length = decoded.chars().count();
        let decoded_bits = ascii_bits(&decoded);
        for n in labels() {
            // (c) A near-miss spelling of a long trusted name; a short one (`live`) only with a
            // letter doubled or two swapped, as other one-letter changes make other words
            // (`hive`, `olive`, `lie`).
            let len = n.label_chars;
            let allowed = match len {
                0..=5 => {
                    if reads_as_short(&decoded, &n.label) {
                        let params = vec![decoded.to_string(), n.label.clone()];
                        return found(n, LookalikeKind::Typosquat, EvidenceKey::LookalikeSpelling, params);
                    }
                    continue;
                }
                6..=8 => 1,
                _ => 2,
            };
            if length < 4 || length.abs_diff(len) > allowed {
                continue;
            }
            // Each letter that one name has and the other lacks takes an edit's change of a
            // letter count ([`letters_within`]): more of them than the counts allow, and the
            // counts are not compared.
            if let (Some(a), Some(b)) = (decoded_bits, n.label_bits) {
                if ((a ^ b).count_ones() as usize) > 2 * allowed {
                    continue;
                }
            }
            if !letters_within(&decoded, &n.label, allowed) {
                continue;
            }
            let distance = strsim::osa_distance(&decoded, &n.label);
            if distance > 0 && distance <= allowed {
                let params = vec![decoded.to_string(), n.label.clone()];
                return found(n, LookalikeKind::Typosquat, EvidenceKey::LookalikeSpelling, params);
            }
        }
        // (d) A brand word joined with other words, as the name or as a subdomain of another
        // domain with sign-in words (`microsoft-login.example.net`).
        let combo = |c: &ComboWord, name: &str| Lookalike {
            trusted_host: c.host.clone(),
            provider: c.provider.clone(),
            how: Evidence::words(
                EvidenceLabel::Imitates,
                EvidenceKey::LookalikeJoined,
                vec![name.to_string(), c.word.clone()],
            ),
            kind: LookalikeKind::Combosquat,
        };
        if let Some(c) = self.combosquat(label, false) {
            return Some(combo(c, registrable));
        }
        let subdomains = h.strip_suffix(registrable).unwrap_or("");
        subdomains.split('.').find_map(|s| self.combosquat(s, true)).map(|c| combo(c, &h))
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
    a.bytes().for_each(|c| counts[usize::from(c & 0x7f)] += 1);
    b.bytes().for_each(|c| counts[usize::from(c & 0x7f)] -= 1);
    // Only the letters of the two names can differ: each is counted once, then cleared.
    let mut differ = 0;
    for c in a.bytes().chain(b.bytes()) {
        differ += counts[usize::from(c & 0x7f)].unsigned_abs() as usize;
        counts[usize::from(c & 0x7f)] = 0;
    }
    differ <= 2 * edits
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
        assert_eq!(l.how.key, Some(EvidenceKey::LookalikeLead));
        assert_eq!(l.how.params, ["app.vssps.visualstudio.com.evil.io", "app.vssps.visualstudio.com", "evil.io"]);
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

    /// The words of each trick: a locale key with the names it compares, no sentence.
    #[test]
    fn each_trick_is_said_by_its_key_with_the_names() {
        let said = |host: &str| {
            let how = lookalike(host).unwrap().how;
            assert_eq!(how.label, EvidenceLabel::Imitates);
            assert_eq!(how.value, how.params[0], "{host}");
            (how.key.unwrap(), how.params)
        };
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            said("login-microsoftonline.com"),
            (EvidenceKey::LookalikeHyphens, strings(&["login-microsoftonline", "login.microsoftonline.com"]))
        );
        assert_eq!(
            said("googlecom.com"),
            (EvidenceKey::LookalikeDots, strings(&["googlecom.com", "accounts.google.com"]))
        );
        assert_eq!(
            said("accounts.xn--ggle-55da.com"),
            (EvidenceKey::LookalikeCharacters, strings(&["g\u{43e}\u{43e}gle (xn--ggle-55da)", "google"]))
        );
        assert_eq!(said("g00gie.com"), (EvidenceKey::LookalikeLetters, strings(&["g00gie", "google"])));
        assert_eq!(said("githb.com"), (EvidenceKey::LookalikeSpelling, strings(&["githb", "github"])));
        let (key, params) = said("microsoftonline-auth.com");
        assert_eq!((key, params[0].as_str()), (EvidenceKey::LookalikeJoined, "microsoftonline-auth.com"));
        // Every trick's words take as many names as the key's message.
        for host in ["github.com.evil.io", "login-microsoftonline.com", "g00gie.com", "githb.com", "githublogin.com"] {
            let (key, params) = said(host);
            assert_eq!(params.len(), key.params(), "{host}");
            assert!(params.iter().all(|p| !p.is_empty()), "{host}: {params:?}");
        }
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
    fn host_alone_spellings() {
        for (host, provider) in [
            ("g00gie.com", "google"),
            ("accounts.xn--e1ara49ctjc.com", "google"),
            ("xn--00gle-wmc.com", "google"),
            ("xn--1ie-5jy.com", "microsoft"),
            ("xn--nnicosoft-oge.com", "microsoft"),
            ("nn1crosoftonline.com", "microsoft"),
            ("uisualstuclio.com", "azure-devops"),
            ("g1thud.com", "github"),
            ("1iue.com", "microsoft"),
            ("liive.com", "microsoft"),
            ("lvie.com", "microsoft"),
            ("l-ive.com", "microsoft"),
            ("li.ve.com", "microsoft"),
            ("gi.thub.com", "github"),
            ("accounts.go.ogle.com", "google"),
            ("googlecom.com", "google"),
            ("accountsgoogle.com", "google"),
            ("loginmicrosoftonline.com", "microsoft"),
            ("microsesoft.com", "microsoft"),
            ("githublogin.com", "github"),
            ("microsoftonlineauth.net", "microsoft"),
            ("secureaccountgoogle.com", "google"),
            ("microsoft-login.example.net", "microsoft"),
            ("githubsso.example.org", "github"),
            ("office365-verify.example.com", "microsoft"),
        ] {
            let l = lookalike(host).unwrap_or_else(|| panic!("{host}"));
            assert_eq!(l.provider, provider, "{host}");
        }
        // Other words one letter from a short name, brands with everyday words, and a brand
        // alone as another domain's subdomain (an enterprise server) are someone else's.
        for host in [
            "hive.com",
            "dive.com",
            "lie.com",
            "love.com",
            "lives.com",
            "olive.com",
            "livemail.com",
            "officeportal.com",
            "github.example.com",
            "github-stats.example.com",
            "outlook-login.example.com",
            "google.com.au",
            "accounts.google.de",
            "goo.gle",
            "gitbook.com",
            "gitlab.com",
            "livejournal.com",
        ] {
            assert_eq!(lookalike(host), None, "{host}");
        }
    }

    #[test]
    fn hooked_letters_are_sorted() {
        assert!(HOOKED.windows(2).all(|w| w[0].0 < w[1].0), "HOOKED must be sorted by its first letter");
        // `loose` looks up only letters outside ASCII.
        assert!(HOOKED.iter().all(|(h, _)| !h.is_ascii()), "no ASCII letter is hooked");
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

    /// The letters [`loose_letters_kept`] says a name's [`loose`] keeps are in it, for every
    /// short name over the letters the folding changes (pairs, digits, `i`, `u`) and a few it
    /// keeps: the look-alike test passes over no trusted name it could read as.
    #[test]
    fn loose_keeps_the_letters_it_is_said_to_keep() {
        let alphabet: Vec<char> = "rnmcldbhvwiu10|qz39oex".chars().collect();
        for len in 1..=4u32 {
            for mut k in 0..alphabet.len().pow(len) {
                let mut name = String::new();
                for _ in 0..len {
                    name.push(alphabet[k % alphabet.len()]);
                    k /= alphabet.len();
                }
                let folded = ascii_bits(&loose(&name)).unwrap();
                if let Some(kept) = loose_letters_kept(&text::skeleton(&name)) {
                    assert_eq!(kept & !folded, 0, "{name:?} folds to {:?}", loose(&name));
                }
            }
        }
    }

    /// Each early exit of the look-alike test still lets through a host that meets it: a
    /// homograph of every trusted label, a combosquat joined at either end, and ordinary hosts
    /// (that the exits pass over) stay unflagged.
    #[test]
    fn early_exits_keep_every_lookalike() {
        let l = Lookalikes::new(&crate::providers::builtin().providers);
        for n in l.names.iter().filter(|n| n.first_of_label && n.label.len() >= 4) {
            // `rn` for `m`, `0` for `o`, `1` for `l`: each a loose spelling of the label.
            let spelled = n.label.replacen('m', "rn", 1).replacen('o', "0", 1).replacen('l', "1", 1);
            if spelled == n.label {
                continue;
            }
            let host = format!("{spelled}.com");
            assert!(l.check(&host).is_some(), "{host} reads as {}", n.label);
            let registrable = crate::host::registrable_domain(&host);
            assert_eq!(l.check_registrable(&host, &registrable), l.check(&host), "{host}");
        }
        for host in ["githublogin.com", "logingithub.com", "github-sso.example.net", "ssogithub.io"] {
            assert_eq!(l.check(host).map(|x| x.provider), Some("github".to_string()), "{host}");
        }
        for host in ["shop.example.com", "example.com", "examplesso.com", "ssoexample.com", "b.co"] {
            assert_eq!(l.check(host), None, "{host}");
        }
    }
}
