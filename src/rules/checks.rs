//! The rules. Each one looks at the [`Page`] facts and adds findings with a rule id
//! ([`RuleId`]), a severity, the parameters of the rule's message (the provider's name first where
//! it has one), and the evidence that tripped it. docs/rules.md describes every id.

use super::page::{self, parse_http, quote, Page};
use super::{Engine, Found};
use crate::finding::{Evidence, EvidenceKey, EvidenceLabel as L, PageKind, RuleId, Severity};
use crate::host;
use crate::json;
use crate::lookalike::LookalikeKind;
use crate::snapshot::{BrandSource, InputKind};
use crate::text::Folded;

/// Words for "password" in the label of a password field.
const PASSWORD_WORDS: [&str; 7] =
    ["password", "passcode", "passwort", "contraseña", "mot de passe", "senha", "wachtwoord"];

/// Opacity below which a frame is a see-through decoy.
const DECOY_OPACITY: f64 = 0.5;
/// A frame smaller than this in either direction (CSS px), yet big enough to click, is a decoy.
const DECOY_MIN_WIDTH: f64 = 120.0;
const DECOY_MIN_HEIGHT: f64 = 40.0;
const CLICKABLE: f64 = 8.0;

pub(super) fn run(e: &Engine, p: &Page, out: &mut Found) {
    origin(e, p, out);
    https(e, p, out);
    branding(e, p, out);
    credentials(e, p, out);
    lookalike(e, p, out);
    framing(e, p, out);
    browser_in_the_browser(e, p, out);
    proxy(e, p, out);
    device_code_lure(e, p, out);
    device_code_padded(e, p, out);
    provider_picker(e, p, out);
}

/// Bytes of visible text beyond which a page is an article, not a lure.
const LURE_MAX_TEXT: usize = 1_500;

/// Words of a device-code lure beside the device page's address.
const CODE_WORDS: [&str; 6] = ["code", "codigo", "código", "code de", "コード", "kod"];

/// Text that sends the person to a provider's device-login page with a code, on a host that is
/// not the provider's: the code signs the sender in as the person.
fn device_code_lure(e: &Engine, p: &Page, out: &mut Found) {
    // The page text's word pass, when the page made it, counted more letters and digits than a
    // lure says: its normalised text is longer than that, an article (below), without a search.
    if p.text_letters_read() > LURE_MAX_TEXT {
        return;
    }
    // Cheap first: most pages name no device page at all.
    if !page::contains_ascii_ci(&p.snap.text, "device") {
        return;
    }
    let text = crate::text::normalize(&p.snap.text);
    let code_given = || p.snap.text.split_whitespace().any(is_user_code);
    // An article or documentation page explains the flow at length; a lure says one thing.
    if text.is_empty() || text.len() > LURE_MAX_TEXT || !(CODE_WORDS.iter().any(|w| text.contains(w)) || code_given()) {
        return;
    }
    // An explainer shows a sample ("a code such as F7KQ-2XPL"); a lure gives the reader a code.
    if only_sample_codes(&p.snap.text) {
        return;
    }
    // A command's output quoted under its command line (a CLI's documentation) is not addressed
    // to the reader, unless the page also hands the reader its code.
    if quoted_output(e, &p.snap.text) && !hands_over_code(p.snap) {
        return;
    }
    // A lure gives the reader a code and asks for nothing; a page with a password box of its own
    // and no code tells how a tool signs in (a credential helper's docs: "opens GitHub's device
    // page and shows a code", and a box for a token instead).
    if p.credentials.iter().any(|i| i.kind == InputKind::Password) && !code_given() {
        return;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for (i, c) in e.providers.iter().enumerate() {
        if p.at_home(i) {
            continue;
        }
        let Some(page) = c.provider.device_login.iter().find(|d| compact.contains(d.as_str())) else { continue };
        // A provider with no device page of its own signs in through another's (Azure DevOps
        // through Microsoft's): a lure that names it is about it.
        let i = through(e, p, i);
        let name = e.providers[i].provider.name.clone();
        out.add(
            i,
            RuleId::LureDeviceCode,
            Severity::Danger,
            vec![name, page.clone()],
            vec![Evidence::new(L::Url, page.as_str()), Evidence::new(L::Host, &p.host)],
        );
        return;
    }
}

/// The provider a device-code lure sending the person to provider `i`'s device page is about: one
/// with no device page of its own that signs in through `i`'s (Azure DevOps through Microsoft's),
/// claimed by the page or else named in its text ("Register your agent with Azure DevOps"), or `i`.
fn through(e: &Engine, p: &Page, i: usize) -> usize {
    let other = |k: usize| k != i && !p.at_home(k) && e.providers[k].provider.device_login.is_empty();
    p.claimed.filter(|&k| other(k)).unwrap_or_else(|| {
        let named = page::named(e, &Folded::new(&p.snap.text), true);
        named.into_iter().map(|(k, _)| k).find(|&k| other(k)).unwrap_or(i)
    })
}

/// Lines of page text read with the one naming a device page, before and after it, and the
/// bytes past which a line is a paragraph of prose, not a lure's instruction, code or button.
const LURE_LINES: usize = 3;
const LURE_LINE: usize = 300;

/// A device-code lure padded past an article's length (a meeting's agenda, terms in small type, a
/// news ticker around it) is read by the lines around the device page's address: on a page that
/// presents itself as a provider, the short lines around it giving the reader a code (not one the
/// page calls a sample) and naming the provider's device page. An article explaining the
/// flow (a terminal transcript with its code) claims no provider.
fn device_code_padded(e: &Engine, p: &Page, out: &mut Found) {
    if p.claimed.is_none()
        || out.findings.iter().any(|f| f.rule == RuleId::LureDeviceCode)
        || !page::contains_ascii_ci(&p.snap.text, "device")
    {
        return;
    }
    let lines: Vec<&str> = p.snap.text.lines().collect();
    for (k, line) in lines.iter().enumerate() {
        if line.len() > LURE_LINE || !page::contains_ascii_ci(line, "device") {
            continue;
        }
        // the short lines around it (a paragraph of padding beside the code is left out)
        let around = &lines[k.saturating_sub(LURE_LINES)..(k + LURE_LINES + 1).min(lines.len())];
        let near = around.iter().filter(|l| l.len() <= LURE_LINE).copied().collect::<Vec<_>>().join("\n");
        if !near.split_whitespace().any(is_user_code)
            || only_sample_codes(&p.snap.text)
            || quoted_output(e, &p.snap.text) && !hands_over_code(p.snap)
        {
            continue;
        }
        let compact: String = crate::text::normalize(&near).chars().filter(|c| !c.is_whitespace()).collect();
        for (i, c) in e.providers.iter().enumerate() {
            let Some(page) = c.provider.device_login.iter().find(|d| compact.contains(d.as_str())) else { continue };
            if p.at_home(i) {
                continue;
            }
            let i = through(e, p, i);
            let name = e.providers[i].provider.name.clone();
            let evidence = vec![Evidence::new(L::Url, page.as_str()), Evidence::new(L::Host, &p.host)];
            out.add(i, RuleId::LureDeviceCode, Severity::Danger, vec![name, page.clone()], evidence);
            return;
        }
    }
}

/// Lines before a device page's address in which a command line is looked for.
const COMMAND_LINES: usize = 6;

/// Every line naming a provider's device page is a command's output: it or one of the
/// [`COMMAND_LINES`] lines before it is a shell command line ("$ gh auth login --web",
/// "PS C:\> az login --use-device-code"), as a terminal transcript in documentation shows it.
fn quoted_output(e: &Engine, text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let mut named = false;
    for (k, line) in lines.iter().enumerate() {
        if !page::contains_ascii_ci(line, "device") {
            continue;
        }
        let compact: String = crate::text::normalize(line).chars().filter(|c| !c.is_whitespace()).collect();
        if !e.providers.iter().any(|c| c.provider.device_login.iter().any(|d| compact.contains(d.as_str()))) {
            continue;
        }
        named = true;
        // (the line itself, when the page's text runs the transcript's lines together)
        if !lines[k.saturating_sub(COMMAND_LINES)..=k].iter().any(|l| is_command_line(l)) {
            return false;
        }
    }
    named
}

/// Labels of a button that copies the reader a device code, as words ("Copy code").
const COPY_CODE: [&str; 5] =
    ["copy code", "copy the code", "copy your code", "copy one time code", "copy your one time code"];

/// The page hands the reader a code, whatever transcript shows it: a button that copies the code
/// ("Copy code", not a code block's "Copy" or "Copy code to clipboard"), or a user code on two
/// lines of the text (the transcript's, and again in a sentence: "open github.com/login/device and
/// enter 8C4F-2D9A"). Documentation shows what a tool prints; it gives the reader no code to take.
fn hands_over_code(snap: &crate::snapshot::PageSnapshot) -> bool {
    if snap.buttons.iter().any(|b| COPY_CODE.contains(&page::word_line(&crate::text::normalize(b)).as_str())) {
        return true;
    }
    let core = |w: &str| w.trim_matches(|c: char| !(c == '-' || c.is_ascii_alphanumeric())).to_string();
    let codes: Vec<String> = snap.text.split_whitespace().filter(|w| is_user_code(w)).map(core).collect();
    codes.iter().any(|c| !c.is_empty() && snap.text.lines().filter(|l| l.contains(c.as_str())).count() >= 2)
}

/// A shell prompt followed by a command in lower case, or a PowerShell cmdlet (`Connect-MgGraph`),
/// and at least one argument. The prompt: `$`, `%`, `>`, or a short word ending in one of them or
/// in `#` (`~>` of fish, `~/src$`, `user@host:~$`), or PowerShell's `PS>` and `PS C:\…>`.
fn is_command_line(line: &str) -> bool {
    let line = line.trim_start();
    let (prompt, rest) = line.split_once(' ').unwrap_or((line, ""));
    let rest = if prompt == "PS" {
        rest.split_once("> ").map(|(_, r)| r)
    } else {
        let short = prompt.chars().count() <= PROMPT_MAX && !prompt.contains("://");
        (short && prompt.ends_with(['$', '%', '>', '#']) && prompt != "#").then_some(rest)
    };
    let mut words = rest.unwrap_or("").split_whitespace();
    let command = words.next().unwrap_or("");
    let lower =
        command.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'-' | b'_' | b'.' | b'/'));
    (!command.is_empty() && (lower || is_cmdlet(command))) && words.next().is_some()
}

/// Characters of a prompt before the command (`user@build-host:~/src$`).
const PROMPT_MAX: usize = 40;

/// A PowerShell cmdlet's name: a capitalised verb, a hyphen and a capitalised noun
/// (`Connect-ExchangeOnline`).
pub(super) fn is_cmdlet(word: &str) -> bool {
    let Some((verb, noun)) = word.split_once('-') else { return false };
    let capital = |w: &str| {
        w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.bytes().all(|c| c.is_ascii_alphanumeric())
    };
    capital(verb) && capital(noun)
}

/// A user code as device sign-in pages show it, standing alone: 6 to 12 capital letters and
/// digits with at least one letter, whole ("F7XQ2LPRM") or in two to four groups of 3 to 5 joined by
/// hyphens ("GTH-KLP-QWX", "D7NQ-4XKA").
fn is_user_code(word: &str) -> bool {
    let word = word.trim_matches(|c: char| matches!(c, '.' | ',' | ':' | ';' | '"' | '\'' | '(' | ')'));
    // A code run into the next element's words ("D7NQ-4XKARe-authorize"): its capitals and digits,
    // with a digit among them.
    let end = word.find(|c: char| !(c == '-' || c.is_ascii_uppercase() || c.is_ascii_digit())).unwrap_or(word.len());
    let w = word[..end].trim_end_matches('-');
    if end < word.len() && !w.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let groups: Vec<&str> = w.split('-').collect();
    let chars = w.len() - (groups.len() - 1);
    let code_char = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
    let whole = groups.len() == 1 && w.chars().any(|c| c.is_ascii_digit());
    let grouped = (2..=4).contains(&groups.len()) && groups.iter().all(|g| (3..=5).contains(&g.len()));
    (6..=12).contains(&chars)
        && (whole || grouped)
        && w.chars().all(|c| c == '-' || code_char(c))
        && w.chars().any(|c| c.is_ascii_uppercase())
}

/// Words that introduce an example rather than the reader's own code.
const SAMPLE_WORDS: [&str; 6] = ["such as", "e.g.", "for example", "for instance", "example:", "sample"];

/// A device code as pages print one: upper-case letters and digits, in groups joined by hyphens,
/// at least 6 of them, with a digit or a hyphen ("K7QH9XWP", "ABCD-EFGH"; not "HTTPS").
fn is_code_token(w: &str) -> bool {
    let letters = w.bytes().filter(u8::is_ascii_alphanumeric).count();
    letters >= 6
        && w.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && !w.starts_with('-')
        && !w.ends_with('-')
        && (w.contains('-') || w.bytes().any(|b| b.is_ascii_digit()))
        && w.bytes().any(|b| b.is_ascii_uppercase())
}

/// The page shows codes, and every one of them is introduced somewhere as an example ("it shows a
/// code such as F7KQ-2XPL", then the same code in a drawing of the device page): an explainer.
/// A page with no code at all is not an explainer by this test (a lure may draw its code).
fn only_sample_codes(text: &str) -> bool {
    let mut tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ':' | ';' | '"' | '(' | ')' | '«' | '»'))
        .filter(|w| is_code_token(w))
        .collect();
    tokens.extend(spaced_codes(text));
    if tokens.is_empty() {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let sample = |code: &str| {
        let Some(at) = text.find(code) else { return false };
        // Up to 40 bytes before the code's first appearance, on a char boundary.
        let mut from = at.saturating_sub(40);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
        SAMPLE_WORDS.iter().any(|w| lower[from..at].contains(w))
    };
    tokens.iter().all(|t| sample(t))
}

/// Codes printed as groups split by single spaces ("F7K2 9QPL", "GTH KLP QWX"): two to four
/// groups of 3 to 5 capital letters and digits, with a digit among them, as they stand in `text`.
fn spaced_codes(text: &str) -> Vec<&str> {
    let group = |(a, b): (usize, usize)| {
        (3..=5).contains(&(b - a)) && text[a..b].bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let mut codes = Vec::new();
    // The groups of the run being read: its first one's start, the last one's end, their count.
    let mut run: Option<(usize, usize, usize)> = None;
    fn close<'t>(text: &'t str, run: Option<(usize, usize, usize)>, codes: &mut Vec<&'t str>) {
        if let Some((a, b, n)) = run {
            let code = &text[a..b];
            if (2..=4).contains(&n) && code.bytes().any(|c| c.is_ascii_digit()) {
                codes.push(code);
            }
        }
    }
    for span in page::word_spans(text) {
        run = match run {
            Some((a, b, n)) if group(span) && &text[b..span.0] == " " => Some((a, span.1, n + 1)),
            _ => {
                close(text, run, &mut codes);
                group(span).then_some((span.0, span.1, 1))
            }
        };
    }
    close(text, run, &mut codes);
    codes
}

/// Tiles of e-mail providers a "choose your e-mail provider" lure shows.
pub(super) const MAIL_TILES: [&str; 14] = [
    "office 365",
    "office365",
    "outlook",
    "gmail",
    "yahoo",
    "aol",
    "hotmail",
    "other mail",
    "other email",
    "other emails",
    "exchange",
    "icloud",
    "live",
    "microsoft 365",
];

/// Bits of [`MAIL_TILES`] in a [`TileWords`] mask of the engine's names (the tiles come first).
const TILE_BITS: u32 = (1 << MAIL_TILES.len()) - 1;

/// The words of up to 32 names of one or two words (the engine's: [`MAIL_TILES`], then the
/// products of `page::SIGNS_IN_THROUGH`), split once per engine, and for each first letter the
/// lengths of those words that start with it: most of a page's words are in neither and are
/// passed over with one test. One pass over the page text marks the tiles and the products.
pub(crate) struct TileWords {
    /// The words of each name; names past the 32nd are left out.
    parts: [(&'static [u8], Option<&'static [u8]>); 32],
    /// Bit `n` of `lengths[b & 31]`: a tile word of `n` bytes starts with the byte `b` (either
    /// ASCII case).
    lengths: [u32; 32],
    /// Bit `c & 31` of `seconds[b & 31]`: a tile word starts with the bytes `b`, `c` (either
    /// ASCII case); most words that pass `lengths` are passed over by this second test.
    seconds: [u32; 32],
    /// Bit `k` of `last_first[b & 31]`: the last (or only) word of name `k` starts with the
    /// byte `b` (either ASCII case); [`TileWords::named`] compares a word with these tiles only.
    last_first: [u32; 32],
}

impl TileWords {
    /// `names`: at most 32, in ASCII lower case, each one word or two joined by one space.
    pub(super) fn new(names: &[&'static str]) -> TileWords {
        let mut parts: [(&'static [u8], Option<&'static [u8]>); 32] = [(b"", None); 32];
        let mut lengths = [0u32; 32];
        let mut seconds = [0u32; 32];
        let mut last_first = [0u32; 32];
        for (k, m) in names.iter().take(32).enumerate() {
            let (a, b) = m.split_once(' ').map_or((m.as_bytes(), None), |(a, b)| (a.as_bytes(), Some(b.as_bytes())));
            parts[k] = (a, b);
            for w in [Some(a), b].into_iter().flatten() {
                if let (Some(first), true) = (w.first(), w.len() < 32) {
                    lengths[usize::from(first & 31)] |= 1 << w.len();
                    // A word of one byte passes every second byte.
                    seconds[usize::from(first & 31)] |= w.get(1).map_or(u32::MAX, |second| 1 << (second & 31));
                }
            }
            if let Some(first) = b.unwrap_or(a).first() {
                last_first[usize::from(first & 31)] |= 1 << k;
            }
        }
        TileWords { parts, lengths, seconds, last_first }
    }

    /// A word of `len` bytes (at least one) starting with `w` may be a tile word: its length,
    /// first and second bytes are those of one.
    #[inline(always)]
    fn may_be(&self, w: &[u8], len: usize) -> bool {
        let Some(&first) = w.first() else { return false };
        let first = usize::from(first & 31);
        len < 32
            && self.lengths[first] & (1 << len) != 0
            && w.get(1).is_none_or(|&second| self.seconds[first] & (1 << (second & 31)) != 0)
    }

    /// The names `s` holds, as bits of the names given to [`TileWords::new`]: a name (one or two
    /// words) is named where its words ([`page::word_spans`]) stand one after another, in any
    /// ASCII case.
    pub(super) fn mask(&self, s: &str) -> u32 {
        self.mask_and_letters(s).0
    }

    /// [`TileWords::mask`], and how many ASCII letters and digits `s` holds when it is all ASCII
    /// (0 otherwise): normalising ASCII text keeps each of them.
    pub(super) fn mask_and_letters(&self, s: &str) -> (u32, usize) {
        let bytes = s.as_bytes();
        let mut mask = 0u32;
        let mut previous: &[u8] = b"";
        if s.is_ascii() {
            let mut letters = 0;
            // Most texts: the same words, found a byte at a time with no call.
            let mut i = 0;
            while i < bytes.len() {
                if !page::ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < bytes.len() && page::ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                    i += 1;
                }
                let (w, len) = (&bytes[start..i], i - start);
                letters += len;
                if self.may_be(w, len) {
                    mask |= self.named(w, previous);
                }
                previous = w;
            }
            return (mask, letters);
        }
        for (start, end) in page::word_spans(s) {
            let w = bytes.get(start..end).unwrap_or_default();
            let len = end - start;
            if len < 32 && self.lengths[usize::from(bytes[start] & 31)] & (1 << len) != 0 {
                mask |= self.named(w, previous);
            }
            previous = w;
        }
        (mask, 0)
    }

    /// The tiles the word `w` completes, `previous` being the word before it.
    fn named(&self, w: &[u8], previous: &[u8]) -> u32 {
        let same = |w: &[u8], tile: &[u8]| w.len() == tile.len() && w.eq_ignore_ascii_case(tile);
        let mut mask = 0u32;
        let mut candidates = w.first().map_or(0, |&b| self.last_first[usize::from(b & 31)]);
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let Some((a, b)) = self.parts.get(k) else { break };
            let hit = match b {
                Some(b) => same(w, b) && same(previous, a),
                None => same(w, a),
            };
            if hit {
                mask |= 1 << k;
            }
        }
        mask
    }
}

/// Words a place of provider tiles may hold besides two for each tile it names ("Sign in with",
/// "Other mail").
const TILE_OTHER_WORDS: u32 = 3;

/// Adds the tiles `mask` marks (bit k: MAIL_TILES[k]) to `tiles`, once each, in MAIL_TILES order;
/// Office 365 by any of its names is one tile.
fn add_tiles(tiles: &mut Vec<&'static str>, mask: u32) {
    let mut bits = mask;
    while bits != 0 {
        let k = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let Some(m) = MAIL_TILES.get(k) else { break };
        let w = if *m == "office365" || *m == "microsoft 365" { "office 365" } else { m };
        if !tiles.contains(&w) {
            tiles.push(w);
        }
    }
}

/// A page of e-mail provider tiles that asks for a password on its own host, which is no
/// provider's: the tiles only choose which logo the password form wears. The finding is about
/// the first tile that names one of the engine's providers (the tile whose form the page shows
/// first: "Office 365" is Microsoft).
fn provider_picker(e: &Engine, p: &Page, out: &mut Found) {
    if p.home_host.is_some() || !p.own.is_empty() || !p.has_password_or_code() {
        return;
    }
    // One pass over each string's words marks the tiles it names (bit k: MAIL_TILES[k]); most
    // sign-in pages name fewer than three and stop here, before any string is built. The page
    // text's pass is the one `Page` made for the products too.
    let masks = p
        .snap
        .buttons
        .iter()
        .chain(p.snap.brand.iter().map(|b| &b.text))
        .map(|s| e.names.mask(s))
        .chain([p.text_names(e)])
        .map(|m| m & TILE_BITS);
    let mut tiles: Vec<&str> = Vec::new();
    for mask in masks {
        add_tiles(&mut tiles, mask);
    }
    if tiles.len() < 3 {
        return;
    }
    // Tiles are short places, or a row of them read as one line ("Office 365 Outlook Gmail Other
    // mail"): few words besides the tiles' names, not a help article's sentences ("Outlook can add
    // your Gmail account too"). Read again only on a page whose words name three.
    let mut short_tiles: Vec<&str> = Vec::new();
    let places = p.snap.buttons.iter().map(String::as_str).chain(p.snap.brand.iter().map(|b| b.text.as_str()));
    for place in places.chain(p.snap.text.lines()) {
        let m = e.names.mask(place) & TILE_BITS;
        if m != 0 && place.split_whitespace().count() as u32 <= 2 * m.count_ones() + TILE_OTHER_WORDS {
            add_tiles(&mut short_tiles, m);
        }
    }
    if short_tiles.len() < 3 {
        return;
    }
    // The site asks for its own password ("Confirm with your MailMerge Studio password" under an
    // app's Google, Microsoft 365 and Outlook integrations), not for a mail account's. Asked only of
    // a page with the tiles: each reads the site's own brand, which costs more than the tiles.
    let own_password = secret_box_texts(p).all(|t| p.names_own_brand(e, &t));
    if own_password || mail_server_setup(e, p) || own_sign_in(e, p) || asks_pins(p) {
        return;
    }
    let imitated = tiles.iter().find_map(|t| page::named_providers(e, &Folded::new(t)).first().map(|(i, _)| *i));
    let params = vec![p.host.clone()];
    let evidence = vec![Evidence::new(L::Host, &p.host), Evidence::new(L::Imitates, tiles.join(", "))];
    match imitated {
        Some(i) => out.add(i, RuleId::LureProviderPicker, Severity::Danger, params, evidence),
        None => out.add_unnamed(RuleId::LureProviderPicker, Severity::Danger, params, evidence),
    }
}

/// The page signs in to itself: a heading or button that says signing in names the site's own
/// brand ("Log in to Tarnbrook Community" on `community.tarnbrook.example`), and no password box
/// or its form names a provider. A forum thread or article that names mail providers beside the
/// site's own login is no picker; a picker lure asks for the tile's password ("Office 365
/// password") whatever its heading says.
fn own_sign_in(e: &Engine, p: &Page) -> bool {
    let says_own = p
        .snap
        .brand
        .iter()
        .filter(|b| b.source == BrandSource::Heading && b.control_text.is_none())
        .map(|b| &b.text)
        .chain(&p.snap.buttons)
        .any(|t| page::is_sign_in_place(&crate::text::normalize(t)) && p.names_own_brand(e, t));
    says_own && secret_box_texts(p).all(|t| page::named_providers(e, &Folded::new(&t)).is_empty())
}

/// Every password box asks for a PIN ("Training PIN" under an employee ID): a mail account has a
/// password, so the mail providers the page names are not what it signs in to.
fn asks_pins(p: &Page) -> bool {
    let mut boxes = p.credentials.iter().filter(|i| i.kind == InputKind::Password).peekable();
    boxes.peek().is_some() && boxes.all(|i| page::input_says(i, "pin"))
}

/// What each password or one-time-code box says it asks for: its label with its form's text.
fn secret_box_texts<'a>(p: &'a Page) -> impl Iterator<Item = String> + 'a {
    p.credentials.iter().filter(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode)).map(|i| {
        let form = i.form.and_then(|f| p.snap.forms.get(f)).map_or("", |f| f.text.as_str());
        format!("{} {form}", i.label)
    })
}

/// Words of a form that sets up a mail server connection: the site's own integration reads a
/// mailbox over IMAP, POP or SMTP with an app password.
const MAIL_SERVER_WORDS: [&str; 4] = ["imap", "smtp", "pop3", "server"];

/// Every password box on the page asks for an app password, in a form that asks for a mail
/// server too ("IMAP server", "Username", "App password" under a CRM's Gmail and Microsoft 365
/// connect rows), or sits in a form that names a mail protocol and no provider ("IMAP-Server",
/// "Benutzer", "Passwort" under a webmail's Gmail and Outlook.com connect buttons): the credential
/// goes to the site's own IMAP integration, not to a provider's sign-in. A picker lure asks for
/// the account's password itself.
fn mail_server_setup(e: &Engine, p: &Page) -> bool {
    let passwords: Vec<_> =
        p.credentials.iter().filter(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode)).collect();
    !passwords.is_empty()
        && passwords.iter().all(|i| {
            let label = crate::text::normalize(&i.label);
            let Some(form) = i.form.and_then(|f| p.snap.forms.get(f)) else { return false };
            let text = crate::text::normalize(&form.text);
            (label.contains("app password") && page::says_any(&text, &MAIL_SERVER_WORDS))
                || (page::says_any(&text, &MAIL_SERVER_WORDS[..3])
                    && page::named_providers(e, &Folded::new(&format!("{} {}", i.label, form.text))).is_empty())
        })
}

/// A page that claims a provider and asks for sign-in details or consent must be on one of the
/// provider's exact origins.
fn origin(e: &Engine, p: &Page, out: &mut Found) {
    let Some(i) = p.claimed else { return };
    if p.at_home(i) || !p.asks() {
        return;
    }
    let c = &e.providers[i];
    let name = &c.provider.name;
    let Some(claim) = p.claim(i) else { return };
    let mut evidence: Vec<Evidence> =
        claim.brand.iter().chain(&claim.disguised).chain(&claim.markers).cloned().collect();
    if let Some((label, place)) = &p.step {
        evidence.push(Evidence::words(*label, EvidenceKey::SignInStep, vec![place.clone(), name.clone()]));
    }
    if let Some((key, line)) = &p.command {
        evidence.push(Evidence::words(L::Instruction, *key, vec![line.clone(), name.clone()]));
    }
    evidence.push(Evidence::new(L::Host, &p.host));
    evidence.push(Evidence::new(L::TrustedOrigins, c.provider.origins.join(", ")));
    let (rule, params) = if let Some(l) =
        p.lookalike.as_ref().filter(|l| l.kind == LookalikeKind::SubdomainTrick && l.provider == c.provider.id)
    {
        (RuleId::OriginSubdomainTrick, vec![name.clone(), p.host.clone(), l.trusted_host.clone()])
    } else if host::is_content_host(&p.host) {
        (RuleId::OriginContentHost, vec![name.clone(), p.host.clone()])
    } else {
        (RuleId::OriginUntrustedHost, vec![name.clone(), p.host.clone()])
    };
    out.add(i, rule, Severity::Danger, params, evidence);
}

/// HTTPS, certificates, and where sign-in forms send what is typed.
fn https(e: &Engine, p: &Page, out: &mut Found) {
    let is_http = p.url.as_ref().is_some_and(|u| u.scheme() == "http");
    if let (Some(i), true) = (p.home_host, is_http) {
        let name = &e.providers[i].provider.name;
        out.add(
            i,
            RuleId::HttpsNotHttps,
            Severity::Danger,
            vec![name.clone()],
            vec![Evidence::new(L::Url, quote(&p.ctx.url))],
        );
    }
    // A certificate error matters where a person would trust the page: a provider's host, a page
    // that claims a provider, or one that asks for sign-in details. Elsewhere (an intranet page
    // behind a self-signed certificate) the browser's own warning says it.
    if let Some(err) = p.ctx.cert_error.as_deref().filter(|e| !e.is_empty()) {
        if p.home_host.is_some() || p.claimed.is_some() || !p.credentials.is_empty() {
            let evidence = vec![Evidence::new(L::Host, &p.host), Evidence::new(L::Certificate, err)];
            let params = vec![p.host.clone(), err.to_string()];
            match p.claimed {
                Some(i) => out.add(i, RuleId::HttpsCertificateError, Severity::Danger, params, evidence),
                None => out.add_unnamed(RuleId::HttpsCertificateError, Severity::Danger, params, evidence),
            }
        }
    }
    // Forms that hold a credential input: only a page that claims a provider is flagged for
    // where they post.
    let Some(provider) = p.claimed else { return };
    let mut forms: Vec<usize> = p.credentials.iter().filter_map(|i| i.form).collect();
    super::sort_small(&mut forms);
    forms.dedup();
    for f in forms.into_iter().filter_map(|f| p.snap.forms.get(f)) {
        let Some(action) = parse_http(&f.action, p.url.as_ref()) else { continue };
        let evidence = vec![Evidence::new(L::Form, quote(action.as_str()))];
        if action.scheme() == "http" {
            // A plain-http login that imitates nobody (a router, a forum) is not ours to flag.
            let params = vec![p.host.clone()];
            out.add(provider, RuleId::HttpsFormPostsHttp, Severity::Danger, params, evidence);
        } else if p.home_host == Some(provider) || !p.at_home(provider) {
            let c = &e.providers[provider].provider;
            if !c.is_origin(&action) {
                let to = action.host_str().unwrap_or_default().to_string();
                out.add(provider, RuleId::HttpsFormOffProvider, Severity::Danger, vec![c.name.clone(), to], evidence);
            }
        }
    }
}

/// A brand written with look-alike or hidden characters.
fn branding(e: &Engine, p: &Page, out: &mut Found) {
    for claim in p.claims.iter().filter(|c| !c.disguised.is_empty()) {
        let name = &e.providers[claim.provider].provider.name;
        let severity = if p.asks() { Severity::Danger } else { Severity::Caution };
        out.add(claim.provider, RuleId::BrandingDisguised, severity, vec![name.clone()], claim.disguised.clone());
    }
}

fn credentials(e: &Engine, p: &Page, out: &mut Found) {
    let input_evidence = |kinds: &[InputKind]| -> Vec<Evidence> {
        p.credentials
            .iter()
            .filter(|i| kinds.contains(&i.kind))
            .map(|i| {
                let key = match (i.kind, i.in_shadow) {
                    (InputKind::Password, false) => EvidenceKey::InputPassword,
                    (InputKind::Password, true) => EvidenceKey::InputPasswordShadow,
                    (InputKind::OneTimeCode, false) => EvidenceKey::InputCode,
                    (InputKind::OneTimeCode, true) => EvidenceKey::InputCodeShadow,
                    (_, false) => EvidenceKey::InputIdentifier,
                    (_, true) => EvidenceKey::InputIdentifierShadow,
                };
                let named = if !i.id.is_empty() {
                    format!("id={}", i.id)
                } else if !i.name.is_empty() {
                    format!("name={}", i.name)
                } else {
                    String::new()
                };
                Evidence::words(L::Input, key, vec![named])
            })
            .collect()
    };
    let all = [InputKind::Password, InputKind::OneTimeCode, InputKind::Identifier];

    // (a) A credential prompt on a page that claims a provider it is not.
    if let Some(i) = p.claimed.filter(|&i| !p.at_home(i)) {
        if !p.credentials.is_empty() {
            let name = &e.providers[i].provider.name;
            let mut evidence = input_evidence(&all);
            evidence.push(Evidence::new(L::Host, &p.host));
            out.add(i, RuleId::CredentialsPromptOffOrigin, Severity::Danger, vec![name.clone()], evidence);
        }
    }

    // (b) A third party asking for a provider's password.
    // (a form whose password its label gives to the site's own account asks for no provider's)
    let own = |s: &str| p.names_own_brand(e, s);
    let own_forms: Vec<Option<usize>> =
        p.credentials.iter().filter(|i| page::own_password(e, i, &own)).map(|i| i.form).collect();
    for input in p.credentials.iter().filter(|i| i.kind == InputKind::Password && !own_forms.contains(&i.form)) {
        let form_text = input.form.and_then(|f| p.snap.forms.get(f)).map_or("", |f| f.text.as_str());
        // (an e-mail address names whose account signs in, not whose password is asked: "Enter
        // password for a.kovac@outlook.com" on a mail service's own second step)
        let folded = Folded::new(&without_addresses(&format!("{} \n {}", input.label, form_text)));
        // (a mail server's settings ask for no provider's password, unless they name the account's own)
        if !PASSWORD_WORDS.iter().any(|w| folded.normalized().contains(w))
            || page::is_mail_setup(folded.normalized()) && page::account_passwords(e, &folded).is_empty()
        {
            continue;
        }
        if let Some(&(i, _)) = page::named_providers(e, &folded).iter().find(|(i, _)| !p.at_home(*i)) {
            let name = &e.providers[i].provider.name;
            out.add(
                i,
                RuleId::CredentialsThirdPartyPassword,
                Severity::Danger,
                vec![name.clone()],
                vec![
                    Evidence::words(L::Input, EvidenceKey::InputPasswordLabelled, vec![quote(folded.normalized())]),
                    Evidence::new(L::Host, &p.host),
                ],
            );
            break; // one finding says it; more inputs add nothing
        }
    }

    // (c) A password or code field on an approval page that never has one.
    if let Some(i) = p.home {
        let c = &e.providers[i].provider;
        if c.approval_without_credentials && p.path_kind == PageKind::Approval && p.has_password_or_code() {
            out.add(
                i,
                RuleId::CredentialsOnApprovalPage,
                Severity::Danger,
                vec![c.name.clone()],
                input_evidence(&[InputKind::Password, InputKind::OneTimeCode]),
            );
        }
    }
}

/// A host that imitates a provider's host.
fn lookalike(e: &Engine, p: &Page, out: &mut Found) {
    let Some(l) = &p.lookalike else { return };
    let Some(i) = e.providers.iter().position(|c| c.provider.id == l.provider) else { return };
    let name = &e.providers[i].provider.name;
    // A host that merely resembles a provider's spelling, with no claim and no ask, is someone
    // else's site (a stats site, a small business); a trusted host written in front of another
    // domain, with hyphens for dots or in look-alike letters is made to deceive. With an ask and
    // no claim, the address is the imitation: the page need not name the provider.
    let (rule, severity) = if !p.claims.is_empty() {
        (RuleId::LookalikeHost, Severity::Danger)
    } else if p.asks() {
        (RuleId::LookalikeHostAsks, Severity::Danger)
    } else if matches!(l.kind, LookalikeKind::Typosquat | LookalikeKind::Combosquat) {
        return;
    } else {
        (RuleId::LookalikeHost, Severity::Caution)
    };
    out.add(
        i,
        rule,
        severity,
        vec![p.host.clone(), name.clone(), l.trusted_host.clone()],
        vec![Evidence::new(L::Host, &p.host), l.how.clone()],
    );
}

/// A provider's page inside another site's frame, and a provider's page hidden under a decoy.
fn framing(e: &Engine, p: &Page, out: &mut Found) {
    if let Some(i) = p.home {
        if !p.ctx.top_frame && p.asks() {
            let others: Vec<&String> = p.snap.ancestor_origins.iter().filter(|o| **o != p.origin).collect();
            let name = &e.providers[i].provider.name;
            if !others.is_empty() {
                out.add(
                    i,
                    RuleId::FramingGenuineInFrame,
                    Severity::Danger,
                    vec![name.clone()],
                    others.iter().map(|o| Evidence::new(L::FramedBy, o.as_str())).collect(),
                );
            } else if p.snap.ancestor_origins.is_empty() {
                out.add(
                    i,
                    RuleId::FramingGenuineInFrame,
                    Severity::Caution,
                    vec![name.clone()],
                    vec![Evidence::new(L::Frame, &p.host)],
                );
            }
        }
    }
    for frame in &p.snap.frames {
        let Some(src) = parse_http(&frame.src, p.url.as_ref()) else { continue };
        if src.origin().ascii_serialization() == p.origin {
            continue;
        }
        let Some(i) = e.providers.iter().position(|c| c.provider.is_origin(&src)) else { continue };
        let c = &e.providers[i].provider;
        let kind = c.page_at(src.path());
        let clickable = frame.width >= CLICKABLE && frame.height >= CLICKABLE;
        if kind == PageKind::Other || !frame.visible || !clickable {
            continue;
        }
        let how = if frame.opacity < DECOY_OPACITY {
            Evidence::new(L::Opacity, json::decimal(frame.opacity))
        } else if frame.width < DECOY_MIN_WIDTH || frame.height < DECOY_MIN_HEIGHT {
            let size = vec![json::decimal(frame.width), json::decimal(frame.height)];
            Evidence::words(L::Size, EvidenceKey::SizePixels, size)
        } else {
            continue;
        };
        out.add(
            i,
            RuleId::FramingDecoyFrame,
            Severity::Danger,
            vec![c.name.clone()],
            vec![Evidence::new(L::Frame, quote(src.as_str())), how],
        );
    }
}

/// A fake browser window drawn in the page, its "address bar" showing a provider's address.
fn browser_in_the_browser(e: &Engine, p: &Page, out: &mut Found) {
    for pu in &p.snap.positioned_urls {
        let Some(shown) = page::host_of_text(&pu.text) else { continue };
        let provider = e.providers.iter().position(|c| c.provider.has_host(&shown)).or_else(|| {
            e.lookalikes.check(&shown).and_then(|l| e.providers.iter().position(|c| c.provider.id == l.provider))
        });
        let Some(i) = provider.filter(|&i| !p.at_home(i)) else { continue };
        if !(pu.with_form || p.has_password_or_code()) {
            continue;
        }
        let name = &e.providers[i].provider.name;
        out.add(
            i,
            RuleId::BitbFakeWindow,
            Severity::Danger,
            vec![name.clone()],
            vec![Evidence::new(L::DrawnAddress, quote(&pu.text)), Evidence::new(L::Host, &p.host)],
        );
    }
}

/// A provider's own page markup or sign-in files on another host: a copy or a reverse proxy.
fn proxy(e: &Engine, p: &Page, out: &mut Found) {
    // Each script's host, read once for every provider.
    let mut script_hosts: Option<Vec<Option<String>>> = None;
    for (i, c) in e.providers.iter().enumerate().filter(|(i, _)| !p.at_home(*i)) {
        let m = &c.provider.markers;
        let name = &c.provider.name;
        let hosts = script_hosts.get_or_insert_with(|| {
            let host = |s: &String| page::parse_http(s, p.url.as_ref()).and_then(|u| u.host_str().map(str::to_string));
            p.snap.scripts_without_integrity.iter().map(host).collect()
        });
        let unprotected: Vec<Evidence> = p
            .snap
            .scripts_without_integrity
            .iter()
            .zip(hosts.iter())
            .filter(|(_, h)| h.as_ref().is_some_and(|h| m.asset_hosts.contains(h) || m.shared_asset_hosts.contains(h)))
            .map(|(s, _)| Evidence::new(L::Script, quote(s)))
            .collect();
        if let Some(claim) = p.claim(i).filter(|c| !c.markers.is_empty()) {
            let mut evidence = claim.markers.clone();
            evidence.push(Evidence::new(L::Host, &p.host));
            evidence.extend(unprotected.iter().cloned());
            out.add(i, RuleId::ProxyPageMarkers, Severity::Danger, vec![name.clone(), p.host.clone()], evidence);
            continue;
        }
        if p.credentials.is_empty() {
            continue;
        }
        // Hosts of the provider's files alone are not enough: a "Sign in with Microsoft" button
        // shows a logo from Microsoft's sign-in CDN, and reCAPTCHA loads from gstatic.
        let from = |hosts: &[String]| -> Vec<&String> {
            if hosts.is_empty() {
                return Vec::new();
            }
            p.snap.resource_hosts.iter().filter(|h| hosts.contains(h)).collect()
        };
        let title = title_marker(e, p, i);
        let weak = weak_inputs(p, &m.weak_inputs);
        // The page's hosts are read only when what they would support is there.
        let own_would = p.claim(i).is_some() || title || weak >= 1 || !unprotected.is_empty();
        let shared_would = title || weak >= 2 || !unprotected.is_empty();
        if !own_would && !shared_would {
            continue;
        }
        let (own, shared) = (from(&m.asset_hosts), from(&m.shared_asset_hosts));
        let own_supported = !own.is_empty() && own_would;
        let shared_supported = !shared.is_empty() && shared_would;
        if !own_supported && !shared_supported {
            continue;
        }
        let mut evidence: Vec<Evidence> =
            own.iter().chain(&shared).map(|h| Evidence::new(L::LoadsFrom, h.as_str())).collect();
        evidence.push(Evidence::new(L::Host, &p.host));
        evidence.extend(unprotected);
        out.add(i, RuleId::ProxyAssetHosts, Severity::Danger, vec![name.clone(), p.host.clone()], evidence);
    }
}

/// `text` with its e-mail addresses (a word holding an `@` and a dot after it) left out.
fn without_addresses(text: &str) -> String {
    if !text.contains('@') {
        return text.to_string();
    }
    text.split(' ')
        .filter(|w| !w.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.')))
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_marker(e: &Engine, p: &Page, i: usize) -> bool {
    !p.title.is_empty() && e.providers[i].titles.contains(&p.title)
}

fn weak_inputs(p: &Page, weak: &[String]) -> usize {
    weak.iter().filter(|w| p.snap.inputs.iter().any(|i| i.id == **w || i.name == **w)).count()
}

#[cfg(test)]
mod tests {
    use super::TileWords;

    #[test]
    fn the_word_pass_counts_what_normalising_keeps() {
        let names = TileWords::new(&["office 365", "gmail"]);
        let texts = ["", "  Sign in,\tOffice 365 — or Gmail!", "Sign in, Office 365 or Gmail", "a\u{0}b c\n\nd"];
        for t in texts {
            let (mask, letters) = names.mask_and_letters(t);
            assert_eq!(mask, names.mask(t), "{t:?}");
            if t.is_ascii() {
                assert_eq!(letters, t.bytes().filter(u8::is_ascii_alphanumeric).count(), "{t:?}");
                assert!(crate::text::normalize(t).len() >= letters, "{t:?}");
            } else {
                assert_eq!(letters, 0, "{t:?}");
            }
        }
        assert_eq!(names.mask_and_letters("Sign in, Office 365 or Gmail"), (0b11, 22));
    }
}
