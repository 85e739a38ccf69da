//! What the rules need to know about one frame, worked out once from the snapshot and the
//! context: where it is, which provider it claims to be, and what kind of page it shows.

use std::cell::OnceCell;
use url::Url;

use super::Engine;
use crate::finding::{Evidence, EvidenceLabel, PageKind};
use crate::lookalike::Lookalike;
use crate::providers::LAYOUT_MIN;
use crate::snapshot::{BrandSource, ImageSource, Input, InputKind, PageContext, PageSnapshot};
use crate::text::{self, Folded, TermMatch};

/// Words a federation control uses: "Sign in with Microsoft" is a button to the provider, not a
/// claim to be it.
const FEDERATION: [&str; 9] = [
    "sign in with",
    "continue with",
    "log in with",
    "login with",
    "sign up with",
    "connect with",
    "sign in using",
    "log in using",
    "continue using",
];

/// Words right before a brand name that make it a mention of another account or a supplier
/// ("Sign in with your Microsoft account", "Log in using GitHub", "Powered by Google").
const MENTION_BEFORE: [&str; 5] = ["with", "via", "using", "through", "by"];

/// Buttons that give consent.
const APPROVE: [&str; 7] = ["accept", "allow", "authorize", "authorise", "approve", "grant", "consent"];

/// Wording of a consent request.
const CONSENT_WORDING: [&str; 14] = [
    "wants to access",
    "would like to access",
    "wants access",
    "would like access",
    "is requesting access",
    "is requesting permission",
    "requesting access to",
    "permissions requested",
    "requested permissions",
    "will be able to",
    "wants permission",
    "would like permission",
    "authorize application",
    "wants to use your",
];

/// Words of sign-in and consent wording around a brand name ("Sign in to your Microsoft account").
const FILLER: &[&str] = &[
    "sign",
    "in",
    "on",
    "to",
    "up",
    "your",
    "my",
    "account",
    "accounts",
    "log",
    "login",
    "signin",
    "with",
    "continue",
    "authorize",
    "authorise",
    "application",
    "app",
    "choose",
    "an",
    "a",
    "the",
    "enter",
    "for",
    "of",
    "and",
    "welcome",
    "back",
    "verify",
    "password",
    "web",
    "online",
    "mail",
    "webmail",
    "access",
    "logo",
    "icon",
    "png",
    "svg",
];

/// A title, heading or banner claims to be the brand it names when at most this many other words
/// stand beside the brand and the sign-in wording; more, and it is about the brand
/// ("Azure DevOps OAuth, step by step").
const MAX_OTHER_WORDS: usize = 3;

/// One provider the page claims to be, and why.
#[derive(Debug, Clone)]
pub(crate) struct Claim {
    pub provider: usize,
    /// Brand places that name the provider ("title \"Sign in to GitHub\"").
    pub brand: Vec<Evidence>,
    /// Brand places that name it only through look-alike or hidden characters.
    pub disguised: Vec<Evidence>,
    /// The provider's distinctive input ids and names found on the page.
    pub markers: Vec<Evidence>,
    /// The page shows itself as the provider's sign-in: the provider's logo drawn in the page (not
    /// only found in a capture of the tab), or a place that says nothing but signing in to it
    /// ("Sign in to GitHub").
    pub shown: bool,
}

impl Claim {
    fn weight(&self) -> usize {
        self.brand.len() + self.disguised.len() + 3 * self.markers.len()
    }
}

pub(crate) struct Page<'a> {
    pub snap: &'a PageSnapshot,
    pub ctx: &'a PageContext,
    pub url: Option<Url>,
    pub host: String,
    /// The frame's origin, as `scheme://host[:port]` (empty when the URL does not parse).
    pub origin: String,
    /// The worker knows this frame is the top frame and the page agrees.
    pub top: bool,
    /// The title, normalised.
    pub title: String,
    /// Provider on whose exact origin this is.
    pub home: Option<usize>,
    /// Provider one of whose hosts this is, whatever scheme or port.
    pub home_host: Option<usize>,
    /// Providers one of whose own other sites this is.
    pub own: Vec<usize>,
    /// Which page of `home_host`'s the path is.
    pub path_kind: PageKind,
    pub kind: PageKind,
    /// Password, one-time code and sign-in name inputs.
    pub credentials: Vec<&'a Input>,
    /// Consent wording with a button that gives consent, and the button.
    pub approval_ui: Option<String>,
    pub claims: Vec<Claim>,
    /// The claim the page stands or falls by.
    pub claimed: Option<usize>,
    pub lookalike: Option<Lookalike>,
    /// The page text's words, split when a check first asks for them.
    words: OnceCell<Vec<&'a str>>,
}

impl<'a> Page<'a> {
    /// `url`: the frame's URL, parsed (the worker's, or the snapshot's when the worker has none).
    pub fn read(engine: &Engine, snap: &'a PageSnapshot, ctx: &'a PageContext, url: Option<Url>) -> Page<'a> {
        let host = url.as_ref().and_then(Url::host_str).unwrap_or_default().to_ascii_lowercase();
        let origin = url.as_ref().map(|u| u.origin().ascii_serialization()).unwrap_or_default();
        let home = url.as_ref().and_then(|u| engine.providers.iter().position(|p| p.provider.is_origin(u)));
        let home_host = home.or_else(|| engine.providers.iter().position(|p| p.provider.has_host(&host)));
        let path_kind = match (home_host, &url) {
            (Some(i), Some(u)) => engine.providers[i].provider.page_at(u.path()),
            _ => PageKind::Other,
        };
        let mut credentials: Vec<&Input> = snap
            .inputs
            .iter()
            .filter(|i| !i.read_only)
            .filter(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode | InputKind::Identifier))
            .collect();
        if is_newsletter_box(snap, &credentials) {
            credentials.clear();
        }
        let approval_ui = approval_ui(snap);
        let lookalike = if home_host.is_some() { None } else { engine.lookalikes.check(&host) };
        let mut claims = claims(engine, snap, &host, home_host.is_some());
        // On a host where anyone can publish, the name in the address is whatever the publisher chose.
        if home_host.is_none() && lookalike.is_none() && approval_ui.is_none() && !crate::host::is_content_host(&host) {
            drop_mentions_beside_own_brand(engine, snap, &host, &credentials, &mut claims);
        }
        let claimed = home_host
            .or_else(|| claims.iter().max_by_key(|c| (c.weight(), std::cmp::Reverse(c.provider))).map(|c| c.provider));
        let kind = match path_kind {
            // An authorize URL shows the sign-in form first when the person is not signed in.
            PageKind::Approval if approval_ui.is_none() && !credentials.is_empty() => PageKind::SignIn,
            PageKind::Other if approval_ui.is_some() => PageKind::Approval,
            PageKind::Other if !credentials.is_empty() => PageKind::SignIn,
            k => k,
        };
        let own = engine.providers.iter().enumerate().filter(|(_, p)| p.provider.owns(&host)).map(|(i, _)| i).collect();
        Page {
            snap,
            ctx,
            url,
            host,
            origin,
            top: ctx.top_frame && snap.top_frame,
            title: text::normalize(&snap.title),
            home,
            home_host,
            own,
            path_kind,
            kind,
            credentials,
            approval_ui,
            claims,
            claimed,
            lookalike,
            words: OnceCell::new(),
        }
    }

    /// The words of the page's text (runs of alphanumeric characters, in the page's case), split
    /// once per verdict and shared by the checks that read the whole text.
    pub fn words(&self) -> &[&'a str] {
        self.words.get_or_init(|| words(&self.snap.text))
    }

    /// The page is on one of `provider`'s own sites, or on any provider's sign-in host: a
    /// provider's brand, markup and forms there are no imitation.
    pub fn at_home(&self, provider: usize) -> bool {
        self.home_host.is_some() || self.own.contains(&provider)
    }

    pub fn claim(&self, provider: usize) -> Option<&Claim> {
        self.claims.iter().find(|c| c.provider == provider)
    }

    pub fn has_password_or_code(&self) -> bool {
        self.credentials.iter().any(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode))
    }

    /// The page asks for sign-in details or for consent.
    pub fn asks(&self) -> bool {
        !self.credentials.is_empty() || self.approval_ui.is_some()
    }
}

/// The runs of alphanumeric characters of `s`, as `s.split(|c: char| !c.is_alphanumeric())` without
/// the empty pieces, with ASCII bytes classified without decoding a `char`.
pub(crate) fn words(s: &str) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 6);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (alphanumeric, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            match s[i..].chars().next() {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => break,
            }
        };
        match (alphanumeric, start) {
            (true, None) => start = Some(i),
            (false, Some(at)) => {
                out.push(&s[at..i]);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(at) = start {
        out.push(&s[at..]);
    }
    out
}

/// `haystack` contains `needle` (ASCII lower case) in any ASCII case, as
/// `haystack.to_ascii_lowercase().contains(needle)` without the copy.
pub(crate) fn contains_ascii_ci(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    let mut i = 0;
    while i + n.len() <= h.len() {
        if h[i].to_ascii_lowercase() == first && h[i..i + n.len()].eq_ignore_ascii_case(n) {
            return true;
        }
        i += 1;
    }
    false
}

/// Buttons that sign up for mail, not in.
const SUBSCRIBE: [&str; 4] = ["subscribe", "notify", "newsletter", "join"];
/// Buttons that go on with signing in.
const SIGN_IN_BUTTONS: [&str; 6] = ["next", "sign in", "log in", "login", "continue", "submit"];

/// The only asks are e-mail boxes, and the page's buttons subscribe rather than sign in: a
/// newsletter box is not a sign-in form.
fn is_newsletter_box(snap: &PageSnapshot, credentials: &[&Input]) -> bool {
    if credentials.is_empty() || credentials.iter().any(|i| i.kind != InputKind::Identifier) {
        return false;
    }
    let buttons: Vec<String> = snap.buttons.iter().map(|b| text::normalize(b)).collect();
    buttons.iter().any(|b| SUBSCRIBE.iter().any(|w| b.starts_with(w)))
        && !buttons.iter().any(|b| SIGN_IN_BUTTONS.iter().any(|w| b.starts_with(w)))
}

/// `text` is a federation control's wording ("Sign in with Google", "Continue with GitHub").
pub(crate) fn is_federation(text: &str) -> bool {
    let t = text::normalize(text);
    FEDERATION.iter().any(|f| t.contains(f))
}

/// The providers `folded` names as themselves, each with its first such match (a brand term
/// before a product name); not those named as the account used elsewhere ("Sign in with your
/// Microsoft account").
pub(crate) fn named_providers(engine: &Engine, folded: &Folded) -> Vec<(usize, TermMatch)> {
    let mut named: Vec<(usize, TermMatch)> = Vec::new();
    for m in folded.matches(&engine.terms) {
        let provider = engine.term_provider[m.term];
        if is_mention(folded, &m) {
            continue;
        }
        match named.iter_mut().find(|(p, _)| *p == provider) {
            None => named.push((provider, m)),
            Some((_, first)) if engine.term_product[first.term] && !engine.term_product[m.term] => *first = m,
            Some(_) => {}
        }
    }
    named
}

/// A control whose text is nothing but provider names (and sign-in wording): "GitHub",
/// "Google", "Microsoft account" buttons of another site's sign-in page lead to the provider.
pub(crate) fn is_bare_name(engine: &Engine, text: &str) -> bool {
    let folded = Folded::new(text);
    let matches = folded.matches(&engine.terms);
    if matches.is_empty() {
        return false;
    }
    let normalized = folded.normalized();
    let mut rest = String::with_capacity(normalized.len());
    let mut at = 0;
    let mut spans: Vec<(usize, usize)> = matches.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    for (start, end) in spans {
        if start >= at {
            rest.push_str(&normalized[at..start]);
            rest.push(' ');
            at = end;
        }
    }
    rest.push_str(&normalized[at..]);
    other_words(&rest, 0, 0) == 0
}

fn is_mention(folded: &Folded, m: &TermMatch) -> bool {
    let before = folded.words_before(m.start, 2);
    let mention = |w: &&str| MENTION_BEFORE.contains(w);
    before.last().is_some_and(mention) || (before.len() == 2 && before[1] == "your" && mention(&before[0]))
}

/// Words of `normalized` outside `start..end` that are not sign-in wording.
fn other_words(normalized: &str, start: usize, end: usize) -> usize {
    [&normalized[..start], &normalized[end..]]
        .iter()
        .flat_map(|part| part.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .count()
}

fn source_label(source: BrandSource) -> EvidenceLabel {
    match source {
        BrandSource::Title => EvidenceLabel::Title,
        BrandSource::Heading => EvidenceLabel::Heading,
        BrandSource::Banner | BrandSource::Text => EvidenceLabel::Banner,
        BrandSource::Logo => EvidenceLabel::Logo,
    }
}

pub(crate) fn quote(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("\"{}…\"", &s[..i]),
        None => format!("\"{s}\""),
    }
}

/// The brand is the owner of a copyright notice ("© 2026 Microsoft", "Copyright (c) GitHub,
/// Inc."): the page says it is the brand's own, however much the line says besides.
fn is_copyright(folded: &Folded, m: &TermMatch) -> bool {
    let head = folded.normalized()[..m.start]
        .trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '\u{2013}' | ','));
    head.ends_with('\u{a9}') || head.ends_with("(c)") || head.ends_with("copyright")
}

/// The words of the site's own name, when its registrable domain joins words one of which is
/// neither sign-in wording nor a provider's name and its title says them in that order ("outlook-furniture.com", "Account Login
/// – Outlook Furniture"): a product name among them is the site's short name there ("OUTLOOK" on
/// Outlook Furniture's banner), not the product.
fn own_name(engine: &Engine, host: &str, title: &str) -> Vec<String> {
    let domain = crate::host::registrable_domain(host);
    let label = domain.split('.').next().unwrap_or_default();
    let words: Vec<&str> = label.split('-').filter(|w| !w.is_empty()).collect();
    let plain = |w: &&str| !FILLER.contains(w) && Folded::new(w).matches(&engine.terms).is_empty();
    if words.len() < 2 || !words.iter().any(plain) {
        return Vec::new();
    }
    let title = text::normalize(title);
    let title_words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if !title_words.windows(words.len()).any(|w| w == words.as_slice()) {
        return Vec::new();
    }
    words.into_iter().map(str::to_string).collect()
}

/// The provider's sign-in layout on a page that asks for sign-in details: the phrases of its
/// `markers.layout` the page shows, when there are at least [`LAYOUT_MIN`] of them.
fn layout_phrases<'e>(engine: &'e Engine, provider: usize, shown: &str) -> Vec<&'e str> {
    let layout = &engine.providers[provider].layout;
    let found: Vec<&str> =
        layout.iter().filter(|l| !l.is_empty() && shown.contains(l.as_str())).map(String::as_str).collect();
    if found.len() >= LAYOUT_MIN {
        found
    } else {
        Vec::new()
    }
}

/// The page's short places where a sign-in layout shows its wording: title, brand places,
/// buttons, input labels and forms, normalised, one place a line.
fn layout_places(snap: &PageSnapshot) -> String {
    let places = [snap.title.as_str()]
        .into_iter()
        .chain(snap.brand.iter().map(|b| b.text.as_str()))
        .chain(snap.buttons.iter().map(String::as_str))
        .chain(snap.inputs.iter().map(|i| i.label.as_str()))
        .chain(snap.forms.iter().map(|f| f.text.as_str()));
    let mut out = String::new();
    for place in places {
        out.push_str(&text::normalize(place));
        out.push('\n');
    }
    out
}

/// Phrases of a layout a page must show in its short places before its whole text is read for
/// the rest: a layout names itself in its title, headings and labels, and most sign-in pages
/// share at most one phrase with it ("Sign in to your account").
const LAYOUT_IN_PLACES: usize = 2;

/// `at_provider_host`: the page is on a provider's host, where it is that provider's page
/// whatever it shows, so no layout is looked for.
fn claims(engine: &Engine, snap: &PageSnapshot, host: &str, at_provider_host: bool) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    let entry = |claims: &mut Vec<Claim>, provider: usize| -> usize {
        match claims.iter().position(|c| c.provider == provider) {
            Some(i) => i,
            None => {
                claims.push(Claim { provider, brand: vec![], disguised: vec![], markers: vec![], shown: false });
                claims.len() - 1
            }
        }
    };
    let title_item = (!snap.title.trim().is_empty()).then_some((snap.title.as_str(), BrandSource::Title));
    let items = title_item.into_iter().chain(
        snap.brand
            .iter()
            .filter(|b| !(b.source == BrandSource::Title && b.text == snap.title))
            .filter(|b| !b.control_text.as_deref().is_some_and(|c| is_federation(c) || is_bare_name(engine, c)))
            .map(|b| (b.text.as_str(), b.source)),
    );
    let own_name = own_name(engine, host, &snap.title);
    for (text, source) in items {
        let folded = Folded::new(text);
        for (i, m) in named_providers(engine, &folded) {
            let others = other_words(folded.normalized(), m.start, m.end);
            let product = engine.term_product[m.term];
            // A product name claims only on its own: "Sign in to Outlook", not "Outlook Furniture",
            // and not as the site's own short name.
            if product && (others > 0 || own_name.iter().any(|w| w == &folded.normalized()[m.start..m.end])) {
                continue;
            }
            let copyright = !product && source != BrandSource::Title && is_copyright(&folded, &m);
            if source != BrandSource::Logo && !copyright && others > MAX_OTHER_WORDS {
                continue;
            }
            let evidence = Evidence::new(source_label(source), quote(text));
            let at = entry(&mut claims, i);
            let claim = &mut claims[at];
            claim.shown |= source != BrandSource::Logo && others == 0 && is_sign_in_place(folded.normalized());
            let list = if m.disguised { &mut claim.disguised } else { &mut claim.brand };
            if !list.contains(&evidence) {
                list.push(evidence);
            }
        }
    }
    // Logos drawn as images, recognised by their pixels; not those inside a link or button (a
    // "Google" button, or one that holds only the G): that is a control to the provider, not its page.
    let images = snap.images.iter().filter(|m| m.control_text.is_none());
    for (id, source, evidence) in crate::logo::claims(images) {
        if let Some(i) = engine.providers.iter().position(|c| c.provider.id == id) {
            let at = entry(&mut claims, i);
            claims[at].shown |= source != ImageSource::View;
            if !claims[at].brand.contains(&evidence) {
                claims[at].brand.push(evidence);
            }
        }
    }
    // A provider's sign-in layout worn with another company's logo (tenant branding), on a page
    // that asks for sign-in details.
    let asks =
        snap.inputs.iter().any(|i| !i.read_only && matches!(i.kind, InputKind::Password | InputKind::Identifier));
    if asks && !at_provider_host && engine.providers.iter().any(|c| c.layout.len() >= LAYOUT_MIN) {
        let places = layout_places(snap);
        let mut text: Option<String> = None;
        for i in 0..engine.providers.len() {
            let layout = &engine.providers[i].layout;
            if layout.iter().filter(|l| !l.is_empty() && places.contains(l.as_str())).count() < LAYOUT_IN_PLACES {
                continue;
            }
            let text = text.get_or_insert_with(|| format!("{places}\n{}", text::normalize(&snap.text)));
            let phrases = layout_phrases(engine, i, text);
            if phrases.is_empty() {
                continue;
            }
            let quoted: Vec<String> = phrases.iter().map(|p| quote(p)).collect();
            let evidence = Evidence::new(EvidenceLabel::Imitates, quoted.join(", "));
            let at = entry(&mut claims, i);
            claims[at].brand.push(evidence);
        }
    }
    for (i, c) in engine.providers.iter().enumerate() {
        let markers: Vec<Evidence> = snap
            .inputs
            .iter()
            .flat_map(|input| [("id", &input.id), ("name", &input.name)])
            .filter(|(_, v)| !v.is_empty() && c.provider.markers.inputs.iter().any(|m| m == *v))
            .map(|(attr, v)| Evidence::new(EvidenceLabel::Input, format!("{attr}={v}")))
            .collect();
        if !markers.is_empty() {
            let at = entry(&mut claims, i);
            let claim = &mut claims[at];
            for m in markers {
                if !claim.markers.contains(&m) {
                    claim.markers.push(m);
                }
            }
        }
    }
    claims
}

/// Words of a host name that say what a page is for, not whose it is: a site named only with
/// them ("secure-docs-portal.com") shows no brand of its own by its name.
const GENERIC_HOST_WORDS: &[&str] = &[
    "secure",
    "security",
    "safe",
    "safety",
    "login",
    "signin",
    "logon",
    "sign",
    "auth",
    "oauth",
    "sso",
    "verify",
    "verified",
    "verification",
    "validate",
    "account",
    "accounts",
    "mail",
    "email",
    "webmail",
    "mailbox",
    "inbox",
    "portal",
    "doc",
    "docs",
    "document",
    "documents",
    "file",
    "files",
    "fileview",
    "share",
    "shared",
    "sharing",
    "drive",
    "cloud",
    "online",
    "session",
    "access",
    "view",
    "viewer",
    "preview",
    "help",
    "support",
    "service",
    "services",
    "center",
    "centre",
    "update",
    "alert",
    "notice",
    "review",
    "check",
    "protect",
    "protection",
    "recovery",
    "restore",
    "unlock",
    "connect",
    "team",
    "teams",
    "meeting",
    "invite",
    "invoice",
    "payroll",
    "office",
    "permission",
    "permissions",
    "message",
    "messages",
    "voicemail",
    "storage",
    "quota",
    "upgrade",
    "renew",
    "reset",
    "claim",
    "reward",
    "rewards",
    "gift",
    "prize",
    "free",
    "official",
    "web",
    "site",
    "page",
    "pages",
    "app",
    "apps",
    "the",
    "my",
    "your",
    "user",
    "users",
    "member",
    "members",
    "admin",
    "system",
    "systems",
];

/// Letters and digits of `s`, lower case: "Copperline IT — Client Portal" reads
/// "copperlineitclientportal".
fn compact(s: &str) -> String {
    text::normalize(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The words of the host's own name that make it a brand of its own: its registrable label's
/// words of four letters or more that are neither generic ([`GENERIC_HOST_WORDS`]) nor a
/// provider's name, product or combosquat word (`portal.copperline-it.com`: "copperline").
fn own_brand_words(engine: &Engine, host: &str) -> Vec<String> {
    let domain = crate::host::registrable_domain(host);
    let label = domain.split('.').next().unwrap_or_default();
    label
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4 && !GENERIC_HOST_WORDS.contains(w) && !FILLER.contains(w))
        .filter(|w| Folded::new(w).matches(&engine.terms).is_empty())
        .filter(|w| {
            !engine.providers.iter().any(|c| {
                c.provider.combo_words.iter().chain(&c.provider.combo_words_with_sign_in).any(|cw| {
                    let cw = cw.to_ascii_lowercase();
                    w.contains(cw.as_str()) || cw.contains(w)
                })
            })
        })
        .map(str::to_string)
        .collect()
}

/// Normalised text that says signing in ("sign in to", "log in", "login").
fn is_sign_in_place(normalized: &str) -> bool {
    ["sign in", "sign-in", "signin", "log in", "log-in", "login", "logon", "log on"]
        .iter()
        .any(|w| normalized.contains(w))
}

/// `s` names the site's own brand, the one its host is named for ("Confirm with your MailMerge
/// Studio password" on `app.mailmerge-studio.com`).
pub(crate) fn names_own_brand(engine: &Engine, host: &str, s: &str) -> bool {
    let c = compact(s);
    !c.is_empty() && own_brand_words(engine, host).iter().any(|w| c.contains(w.as_str()))
}

/// A page that shows its own brand, the one its host is named for, in its title and again in its
/// header or a heading ("Copperline IT — Client Portal", "Copperline IT" in the header) presents
/// itself as that site: a provider's name elsewhere on it, or a logo seen only in a capture of the
/// tab, is a mention (a partner badge, a course about the provider's apps, a vault's saved logins,
/// a vendor's "for Azure DevOps"), not a claim to be the provider. Still claims: the provider's
/// logo drawn in the page, a place that says nothing but "Sign in to P", its input markers, its sign-in layout,
/// a disguised spelling of its name, and a name in the credential form itself ("Sign in with your
/// Microsoft account" above a password box asks for that account). The caller leaves out pages
/// on a look-alike host and approval pages (a copy of a consent screen on the app's own site is an
/// imitation whatever its title says).
fn drop_mentions_beside_own_brand(
    engine: &Engine,
    snap: &PageSnapshot,
    host: &str,
    credentials: &[&Input],
    claims: &mut Vec<Claim>,
) {
    if claims.is_empty() {
        return;
    }
    let words = own_brand_words(engine, host);
    if words.is_empty() {
        return;
    }
    let shows = |place: &str| {
        let c = compact(place);
        words.iter().any(|w| c.contains(w.as_str()))
    };
    let in_header = snap.brand.iter().any(|b| {
        matches!(b.source, BrandSource::Banner | BrandSource::Heading) && b.control_text.is_none() && shows(&b.text)
    });
    if !shows(&snap.title) || !in_header {
        return;
    }
    // Providers the credential form names, in any way.
    let form_text: String = credentials
        .iter()
        .flat_map(|i| [i.label.as_str(), i.form.and_then(|f| snap.forms.get(f)).map_or("", |f| f.text.as_str())])
        .collect::<Vec<&str>>()
        .join("\n");
    let folded = Folded::new(&form_text);
    let named: Vec<usize> = folded.matches(&engine.terms).iter().map(|m| engine.term_provider[m.term]).collect();
    claims.retain(|c| {
        c.shown
            || !c.markers.is_empty()
            || !c.disguised.is_empty()
            || c.brand.iter().any(|e| e.label == EvidenceLabel::Imitates)
            || named.contains(&c.provider)
    });
}

/// Consent wording together with a button that gives consent: the button's text.
fn approval_ui(snap: &PageSnapshot) -> Option<String> {
    let button = snap.buttons.iter().find(|b| {
        let t = text::normalize(b);
        let first = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        APPROVE.contains(&first)
    })?;
    let wording = |s: &str| {
        let t = text::normalize(s);
        CONSENT_WORDING.iter().any(|w| t.contains(w))
    };
    // Short places first: the heading usually says it ("Permissions requested").
    (wording(&snap.title) || snap.brand.iter().any(|b| wording(&b.text)) || wording(&snap.text))
        .then(|| button.trim().to_string())
}

/// The host of URL-looking text ("https://github.com/login", "accounts.google.com/signin").
pub(crate) fn host_of_text(s: &str) -> Option<String> {
    let s = s.trim().trim_start_matches(|c: char| !c.is_alphanumeric());
    let s = s.split_once("://").map_or(s, |(_, rest)| rest);
    let host = s.split(['/', '?', '#', ' ']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?.trim_end_matches('.');
    (host.contains('.') && !host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// `s` as an http(s) URL, resolved against `base`.
pub(crate) fn parse_http(s: &str, base: Option<&Url>) -> Option<Url> {
    let u = match base {
        Some(b) => b.join(s).ok()?,
        None => Url::parse(s).ok()?,
    };
    matches!(u.scheme(), "http" | "https").then_some(u)
}

#[cfg(test)]
mod tests {
    use super::{contains_ascii_ci, words};

    const TEXTS: [&str; 8] = [
        "",
        "Sign in",
        "  Office 365 · Outlook, Gmail; AOL!",
        "Straße — naïve café ①② x²",
        "コードを入力 device-login",
        "DEVICE code: ABC-123",
        "dévice Device",
        "tail-word",
    ];

    #[test]
    fn words_are_the_alphanumeric_runs() {
        for t in TEXTS {
            let expected: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(words(t), expected, "{t:?}");
        }
    }

    #[test]
    fn ascii_case_insensitive_search_is_a_lowercase_search() {
        for t in TEXTS {
            for n in ["device", "code", "d", "tail-word", "ice", "x"] {
                assert_eq!(contains_ascii_ci(t, n), t.to_ascii_lowercase().contains(n), "{t:?} {n:?}");
            }
        }
        assert!(!contains_ascii_ci("dev", "device"));
    }
}
