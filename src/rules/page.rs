//! What the rules need to know about one frame, worked out once from the snapshot and the
//! context: where it is, which provider it claims to be, and what kind of page it shows.

use std::cell::OnceCell;
use url::Url;

use super::Engine;
use crate::finding::{Evidence, EvidenceKey, EvidenceLabel, PageKind};
use crate::lookalike::Lookalike;
use crate::providers::LAYOUT_MIN;
use crate::snapshot::{BrandSource, FormSide, ImagePlace, ImageSource, Input, InputKind, PageContext, PageSnapshot};
use crate::text::{self, Folded, TermMatch};

/// The wording of federation controls and of publishing services' footers (`data/federation.txt`,
/// read by the extension at start: [`load_wording`]), normalised as the page's texts are
/// ([`text::normalize`]).
struct Wording {
    /// Words a federation control uses: "Sign in with Microsoft" is a button to the provider, not
    /// a claim to be it.
    phrases: Vec<String>,
    /// The sign-in words of every language listed ("weiter", "continuer", "iniciar sesión",
    /// "войти", "compte"), sorted.
    words: Vec<String>,
    /// The words that join them to a provider's name in a control ("mit", "avec", "con",
    /// "через", articles), sorted.
    connectors: Vec<String>,
    /// The same for languages written without spaces between words ("アカウントでログイン",
    /// "账号登录", "계정으로").
    joined: Vec<String>,
    /// Lines a publishing service puts under its users' pages ("Google Sites · Report abuse").
    footers: Vec<String>,
    /// Headings of the steps of a provider's sign-in that ask for no field ("stay signed in",
    /// "pick an account"), and the words their choices start with ("yes", "use another account").
    steps: Vec<String>,
    choices: Vec<String>,
    /// Words before a provider's name that talk about it ("for", "connect"), and after it that
    /// name a product for it ("app", "extension"), sorted.
    about: Vec<String>,
    products: Vec<String>,
}

/// The wording in use and the [`crate::datafiles::fnv1a`] of its file's text.
static WORDING: std::sync::OnceLock<(Wording, u32)> = std::sync::OnceLock::new();

/// Loads the wording (the text of `data/federation.txt`; the text tables must be loaded first).
/// Refuses a malformed or truncated file, and a wording other than the one already loaded.
pub(crate) fn load_wording(text: &str) -> Result<(), String> {
    crate::datafiles::load_once(&WORDING, text, "another federation wording is already loaded", read_wording)
}

/// The wording of `data/federation.txt`'s text, normalised as the page's texts are.
fn read_wording(text: &str) -> Result<Wording, String> {
    let file = crate::datafiles::federation(text)?;
    let all = |list: Vec<String>| list.iter().map(|w| text::normalize(w)).filter(|w| !w.is_empty()).collect();
    let sorted = |list| {
        let mut words: Vec<String> = all(list);
        super::sort_small(&mut words);
        words.dedup();
        words
    };
    Ok(Wording {
        phrases: all(file.phrases),
        words: sorted(file.words),
        connectors: sorted(file.connectors),
        joined: all(file.joined),
        footers: all(file.footers),
        steps: all(file.steps).iter().map(|t: &String| word_line(t)).collect(),
        choices: all(file.choices).iter().map(|t: &String| word_line(t)).collect(),
        about: sorted(file.about),
        products: sorted(file.products),
    })
}

/// Whether the wording is loaded (always, in a native build).
pub(crate) fn wording_loaded() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if WORDING.get().is_none() {
        let _ = load_wording(include_str!("../../data/federation.txt"));
    }
    WORDING.get().is_some()
}

/// The wording; none before it is loaded (the worker's verdicts are then "could not verify").
fn wording() -> &'static Wording {
    static NONE: Wording = Wording {
        phrases: Vec::new(),
        words: Vec::new(),
        connectors: Vec::new(),
        joined: Vec::new(),
        footers: Vec::new(),
        steps: Vec::new(),
        choices: Vec::new(),
        about: Vec::new(),
        products: Vec::new(),
    };
    if wording_loaded() {
        WORDING.get().map_or(&NONE, |(w, _)| w)
    } else {
        &NONE
    }
}

/// Words right before a brand name that make it a mention of another account or a supplier
/// ("Sign in with your Microsoft account", "Log in using GitHub", "Powered by Google").
const MENTION_BEFORE: [&str; 5] = ["with", "via", "using", "through", "by"];

/// Buttons that give consent.
const APPROVE: [&str; 7] = ["accept", "allow", "authorize", "authorise", "approve", "grant", "consent"];

/// Wording of a consent request.
const CONSENT_WORDING: [&str; 17] = [
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
    // A copy of GitHub's approval page: "This app would like to:" above the scopes, and
    // "Accepting these permissions means…" above the buttons. A cookie banner says "we".
    "this app would like to",
    "this application would like to",
    "accepting these permissions",
];

/// Words of a sign-in form's labels, placeholders and buttons ("Email or phone", "Next").
const FIELD_WORDS: &[&str] = &[
    "email", "e", "phone", "or", "number", "user", "username", "name", "id", "address", "next", "submit", "forgot",
    "remember", "me", "passcode", "pin", "code", "enter", "here",
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
#[derive(Debug, Clone, Default)]
pub(crate) struct Claim {
    pub provider: usize,
    /// Brand places that name the provider ("title \"Sign in to GitHub\"").
    pub brand: Vec<Evidence>,
    /// Brand places that name it only through look-alike or hidden characters.
    pub disguised: Vec<Evidence>,
    /// The provider's distinctive input ids and names found on the page.
    pub markers: Vec<Evidence>,
    /// A place says nothing but signing in to the provider ("Sign in to GitHub").
    pub said: bool,
    /// A place names one of its products ("Outlook Web App").
    pub product: bool,
    /// A place names the provider, and no other, as what the sign-in is for ("to continue to
    /// Azure DevOps", "Sign in to Azure DevOps — your boards and repos").
    pub target: bool,
    /// Where each image of the page that draws the provider's logo is shown (`None` when the
    /// collector did not measure it); logos found only in a capture of the tab are not here.
    pub drawn: Vec<Option<ImagePlace>>,
}

impl Claim {
    fn weight(&self) -> usize {
        self.brand.len() + self.disguised.len() + 3 * self.markers.len()
    }

    /// More than words: the provider's logo, its input markers or a disguised spelling of its name.
    fn pictured(&self) -> bool {
        !self.drawn.is_empty()
            || !self.markers.is_empty()
            || !self.disguised.is_empty()
            || self.brand.iter().any(|e| e.label == EvidenceLabel::Logo)
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
    /// A QR code beside words telling the person to scan it to sign in, and those words.
    pub qr_sign_in: Option<String>,
    /// A step of the claimed provider's sign-in that asks for no field, shown off its sites
    /// ([`sign_in_step`]): the place that says it, quoted, and where it is.
    pub step: Option<(EvidenceLabel, String)>,
    /// A short page off the providers' sites that claims no provider, asks for no field and shows
    /// a step of a sign-in ([`sign_in_step`] with no provider's names): what it shows may claim the
    /// provider only in pixels (a logo of coloured boxes), so the tab is worth a look.
    pub unclaimed_step: bool,
    /// The line of a short page claiming a provider away from its sites that tells the person to
    /// paste something into the Run dialog, a terminal or File Explorer's address bar (ClickFix,
    /// FileFix), quoted: no provider's page asks that.
    /// Or the line of such a page that asks the person to paste back the address a provider's
    /// sign-in sent them to on their own machine (ConsentFix: it holds the sign-in's code). With
    /// the evidence key that says which.
    pub command: Option<(EvidenceKey, String)>,
    pub claims: Vec<Claim>,
    /// Providers whose account a line of this frame asks for ("Use your Google Account to
    /// continue"), in a claim dropped as a mention beside the site's own brand only because the
    /// frame has no password box: it holds a shown frame and asks for nothing itself, so its
    /// fields may be in that frame. Empty on every other page.
    pub account_claims: Vec<usize>,
    /// The claim the page stands or falls by.
    pub claimed: Option<usize>,
    pub lookalike: Option<Lookalike>,
    /// The registrable domain of `host` (`example.co.uk` for `shop.example.co.uk`), found once.
    pub registrable: String,
    /// [`Page::text_names`] and the text's ASCII letters and digits, made on first use.
    text_names: OnceCell<(u32, usize)>,
    /// [`Page::own_brand_words`], made on first use.
    own_brand: OnceCell<Vec<String>>,
}

impl<'a> Page<'a> {
    /// `url`: the frame's URL, parsed (the worker's, or the snapshot's when the worker has none).
    /// `chat`: the page's message box read as a password box (`chat_box_asks`); `text`: the
    /// snapshot's text normalised, when the caller has it already.
    pub fn read(
        engine: &Engine,
        snap: &'a PageSnapshot,
        ctx: &'a PageContext,
        url: Option<Url>,
        chat: Option<&'a Input>,
        text: Option<String>,
    ) -> Page<'a> {
        let host = url.as_ref().and_then(Url::host_str).unwrap_or_default().to_ascii_lowercase();
        let registrable = crate::host::registrable_domain(&host);
        let origin = url.as_ref().map(|u| u.origin().ascii_serialization()).unwrap_or_default();
        let by_host = engine.providers.iter().position(|p| p.provider.has_host(&host));
        // An exact origin is on one of the provider's hosts: no origin is built for any other
        // host (unless an IPv6 literal, which `has_host` does not read).
        let home = url
            .as_ref()
            .filter(|_| by_host.is_some() || host.contains(':'))
            .and_then(|u| engine.providers.iter().position(|p| p.provider.is_origin(u)));
        let home_host = home.or(by_host);
        let path_kind = match (home_host, &url) {
            (Some(i), Some(u)) => engine.providers[i].provider.page_at(u.path()),
            _ => PageKind::Other,
        };
        let mut credentials: Vec<&Input> = snap
            .inputs
            .iter()
            .filter(|i| !i.read_only)
            .filter(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode | InputKind::Identifier))
            .chain(chat)
            .collect();
        // Each short place normalised once: the claims, the consent wording, the newsletter test
        // and the sign-in layout all read the same texts.
        let places = Places {
            snap,
            title: Folded::new(&snap.title),
            brand: snap.brand.iter().map(|b| Folded::new(&b.text)).collect(),
            buttons: snap.buttons.iter().map(|b| text::normalize(b)).collect(),
            layout: OnceCell::new(),
            text: text.map(OnceCell::from).unwrap_or_default(),
            text_names: OnceCell::new(),
        };
        if is_newsletter_box(&places.buttons, &credentials)
            || is_contact_form(snap, &places, &credentials)
            || is_saved_login(snap, &credentials)
        {
            credentials.clear();
        }
        let approval_ui = approval_ui(snap, &places);
        let qr_sign_in = qr_sign_in(snap);
        let lookalike =
            if home_host.is_some() { None } else { engine.lookalikes.check_registrable(&host, &registrable) };
        let own_brand = OnceCell::new();
        let mut claims = claims(engine, snap, &places, &registrable, home_host.is_some());
        if home_host.is_none() {
            signs_in_through(engine, &places, url.as_ref(), lookalike.as_ref(), &mut claims);
        }
        let mut account_claims = Vec::new();
        let mut mentions_dropped = false;
        // On a host where anyone can publish, the name in the address is whatever the publisher chose.
        if home_host.is_none() && lookalike.is_none() && approval_ui.is_none() && !crate::host::is_content_host(&host) {
            let mut dropped =
                drop_mentions_beside_own_brand(engine, snap, &own_brand, &registrable, &credentials, &mut claims);
            dropped.extend(drop_self_hosted_products(engine, snap, &own_brand, &host, &registrable, &mut claims));
            dropped.extend(drop_mail_server_settings(engine, snap, &credentials, &mut claims));
            mentions_dropped = !dropped.is_empty();
            // A frame that asks for nothing and holds a shown frame: what a line of it asks the
            // account of may be asked for in that frame.
            if !dropped.is_empty() && credentials.is_empty() && snap.frames.iter().any(|f| f.visible) {
                let asked = asks_for_account(engine, snap);
                account_claims = dropped.into_iter().filter(|i| asked.contains(i)).collect();
            }
        }
        // A ClickFix card on a short page that claims no provider but says a provider's app failed
        // ("Google Meet could not start your microphone"): that line is its claim. Not a help page
        // that shows the command it tells the reader to paste ("outlook.exe /safe"): a lure hides
        // what it copied. (A page that claims the provider is judged whatever it shows.)
        // The line telling the person to paste into a place that runs commands, read once for a
        // page that asks for nothing else away from the providers' sites, and whether the page
        // shows only harmless commands to paste.
        let run = (home_host.is_none() && credentials.is_empty() && approval_ui.is_none() && qr_sign_in.is_none())
            .then(|| run_command(&places))
            .flatten();
        let harmless = run.is_some() && shows_harmless_command(snap);
        if claims.is_empty() && !mentions_dropped && run.is_some() && !harmless {
            claims.extend(failing_app(engine, snap, &host));
        }
        // A page asking for the address a provider's sign-in sent the person to claims the
        // provider its sign-in link or button names.
        let pasted = (home_host.is_none() && approval_ui.is_none()).then(|| paste_address(snap, &places)).flatten();
        if claims.is_empty() && pasted.is_some() {
            claims.extend(sign_in_link(engine, snap, &host));
        }
        // A step of a provider's sign-in that names nothing of its own but has the provider check
        // the person in a line ("Google wants to make sure it's really you") claims that provider.
        if claims.is_empty() && !mentions_dropped && home_host.is_none() && credentials.is_empty() {
            claims.extend(step_speaker(engine, snap, &places, &host));
        }
        let claimed = home_host
            .or_else(|| signs_in_to_through(engine, &claims))
            .or_else(|| claims.iter().max_by_key(|c| (c.weight(), std::cmp::Reverse(c.provider))).map(|c| c.provider));
        let own: Vec<usize> =
            engine.providers.iter().enumerate().filter(|(_, p)| p.provider.owns(&host)).map(|(i, _)| i).collect();
        // Only on a page that claims a provider away from its sites and asks for nothing else.
        let step = claimed
            .filter(|i| home_host.is_none() && !own.contains(i) && credentials.is_empty())
            .filter(|_| approval_ui.is_none() && qr_sign_in.is_none())
            .and_then(|i| sign_in_step(engine, snap, &places, Some(i)));
        let unclaimed_step = claimed.is_none()
            && home_host.is_none()
            && credentials.is_empty()
            && approval_ui.is_none()
            && qr_sign_in.is_none()
            && snap.text.len() <= STEP_MAX_TEXT
            && sign_in_step(engine, snap, &places, None).is_some();
        // A page that names the provider only in words ("Mac › Google Drive" over a tech desk's
        // steps) and shows the harmless command it tells the reader to paste is a help page; one
        // that draws the provider's logo, or shows a command that fetches and runs code, is not.
        let command = claimed
            .filter(|i| home_host.is_none() && !own.contains(i) && credentials.is_empty())
            .filter(|_| approval_ui.is_none() && qr_sign_in.is_none() && step.is_none())
            .and_then(|i| {
                let pictured = claims.iter().find(|c| c.provider == i).is_some_and(Claim::pictured);
                run.filter(|_| pictured || !harmless)
                    .map(|l| (EvidenceKey::RunCommand, l))
                    .or_else(|| pasted.map(|l| (EvidenceKey::PasteAddress, l)))
            });
        let kind = match path_kind {
            // An authorize URL shows the sign-in form first when the person is not signed in.
            PageKind::Approval if approval_ui.is_none() && !credentials.is_empty() => PageKind::SignIn,
            PageKind::Other if approval_ui.is_some() => PageKind::Approval,
            PageKind::Other if !credentials.is_empty() || qr_sign_in.is_some() || step.is_some() => PageKind::SignIn,
            k => k,
        };
        Page {
            snap,
            ctx,
            url,
            host,
            origin,
            top: ctx.top_frame && snap.top_frame,
            title: places.title.normalized().to_string(),
            home,
            home_host,
            own,
            path_kind,
            kind,
            credentials,
            approval_ui,
            qr_sign_in,
            step,
            unclaimed_step,
            command,
            claims,
            account_claims,
            claimed,
            lookalike,
            registrable,
            text_names: places.text_names,
            own_brand,
        }
    }

    /// The engine's names ([`Engine::names`]: e-mail tiles, products) the page text names, as
    /// bits: one pass over its words per verdict, for the products and the provider picker.
    pub fn text_names(&self, engine: &Engine) -> u32 {
        names_in(&self.text_names, engine, &self.snap.text)
    }

    /// The ASCII letters and digits of the page text, when it is ASCII and its word pass
    /// ([`Page::text_names`]) has been made; else 0. Its normalised text is at least that long.
    pub fn text_letters_read(&self) -> usize {
        self.text_names.get().map_or(0, |&(_, letters)| letters)
    }

    /// `s` names the site's own brand, the one its host is named for ("Confirm with your
    /// MailMerge Studio password" on `app.mailmerge-studio.com`); the words of that brand
    /// ([`own_brand_words`]) are found once per verdict.
    pub fn names_own_brand(&self, engine: &Engine, s: &str) -> bool {
        let words = self.own_brand.get_or_init(|| site_brand_words(engine, &self.registrable, self.snap));
        !words.is_empty() && {
            let c = compact(s);
            !c.is_empty() && words.iter().any(|w| c.contains(w.as_str()))
        }
    }

    /// The page is on one of `provider`'s own sites, or on any provider's sign-in host: a
    /// provider's brand, markup and forms there are no imitation.
    pub fn at_home(&self, provider: usize) -> bool {
        self.home_host.is_some() || self.own.contains(&provider)
    }

    /// The page names nothing of its own: its title, headings, banners and logos outside any
    /// control say nothing but sign-in wording and field labels ("Sign in", "Email or phone",
    /// "Next"): bare fields, which take their identity from the page around them.
    pub fn names_nothing(&self) -> bool {
        let bare = |t: &str| {
            let t = text::normalize(t);
            word_spans(&t)
                .map(|(a, b)| &t[a..b])
                .all(|w| FILLER.contains(&w) || FIELD_WORDS.contains(&w) || w.chars().count() < 2)
        };
        bare(&self.snap.title)
            && self
                .snap
                .brand
                .iter()
                .filter(|b| b.control_text.is_none())
                .all(|b| b.source == BrandSource::Text || bare(&b.text))
    }

    pub fn claim(&self, provider: usize) -> Option<&Claim> {
        self.claims.iter().find(|c| c.provider == provider)
    }

    pub fn has_password_or_code(&self) -> bool {
        self.credentials.iter().any(|i| matches!(i.kind, InputKind::Password | InputKind::OneTimeCode))
    }

    /// The page asks for sign-in details or for consent (also by a QR code to scan to sign in, or
    /// by a step of a provider's sign-in that offers choices).
    pub fn asks(&self) -> bool {
        !self.credentials.is_empty()
            || self.approval_ui.is_some()
            || self.qr_sign_in.is_some()
            || self.step.is_some()
            || self.command.is_some()
    }
}

/// The engine's names `text` holds ([`Page::text_names`]), read once into `cell`.
fn names_in(cell: &OnceCell<(u32, usize)>, engine: &Engine, text: &str) -> u32 {
    cell.get_or_init(|| engine.names.mask_and_letters(text)).0
}

/// The words of `s`, as `s.split(|c: char| !text::is_word_char(c))` without the empty pieces:
/// runs of letters and digits with the combining marks among them.
#[cfg(test)]
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    word_spans(s).map(move |(a, b)| &s[a..b])
}

/// The byte ranges of [`words`], found with ASCII bytes classified without decoding a `char`,
/// and nothing collected.
pub(crate) fn word_spans(s: &str) -> WordSpans<'_> {
    WordSpans { s, at: 0 }
}

pub(crate) struct WordSpans<'a> {
    s: &'a str,
    /// Where the search for the next word starts.
    at: usize,
}

/// ASCII letters and digits, by byte (every other byte is `false`).
pub(super) static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether the character at byte `i` of `s` is alphanumeric, and its length in bytes.
fn char_at(s: &str, i: usize) -> (bool, usize) {
    match s.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (text::is_word_char(c), c.len_utf8()),
        None => (false, 1),
    }
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    // Inlined: the tile scan walks every word of the page text with it.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        let (s, bytes) = (self.s, self.s.as_bytes());
        let mut i = self.at;
        // To the first alphanumeric character.
        let start = loop {
            if i >= bytes.len() {
                self.at = i;
                return None;
            }
            if ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                break i;
            }
            let (alphanumeric, len) = if bytes[i].is_ascii() { (false, 1) } else { char_at(s, i) };
            if alphanumeric {
                break i;
            }
            i += len;
        };
        // To the first character that is not; runs of ASCII letters and digits in one step.
        loop {
            while i < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[i])] {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return Some((start, i));
            }
            let (alphanumeric, len) = if bytes[i].is_ascii() { (false, 1) } else { char_at(s, i) };
            if !alphanumeric {
                self.at = i + len;
                return Some((start, i));
            }
            i += len;
        }
    }
}

/// An input's label or name says `word` (ASCII, any case): "Training PIN", `gh-token`.
/// A masked box for a key that is no account's password: one the site stores to act on a
/// provider's side (an access token, an app's client secret, an API key), or the site's own
/// recovery key ("Recovery key" to decrypt a notes app's notes, "Not your Google password").
fn is_app_secret(input: &Input) -> bool {
    ["token", "secret", "api key", "api_key", "apikey", "recovery key", "recovery_key"]
        .iter()
        .any(|w| input_says(input, w))
}

pub(crate) fn input_says(input: &Input, word: &str) -> bool {
    contains_ascii_ci(&input.label, word) || contains_ascii_ci(&input.name, word)
}

/// `haystack` contains `needle` (ASCII lower case) in any ASCII case, as
/// `haystack.to_ascii_lowercase().contains(needle)` without the copy. Horspool's search: the
/// window moves on by how far its last byte stands from the needle's end (the needle's length
/// when it is not in the needle), so most bytes of a text are never read.
pub(crate) fn contains_ascii_ci(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&last, head)) = n.split_last() else { return true };
    let mut shift = [n.len(); 256];
    for (k, &c) in head.iter().enumerate() {
        shift[usize::from(c.to_ascii_lowercase())] = n.len() - 1 - k;
        shift[usize::from(c.to_ascii_uppercase())] = n.len() - 1 - k;
    }
    let mut end = n.len();
    while end <= h.len() {
        let b = h[end - 1];
        // The byte before the last is compared before the whole window.
        if b.to_ascii_lowercase() == last
            && head.last().is_none_or(|&c| h[end - 2].to_ascii_lowercase() == c)
            && h[end - n.len()..end].eq_ignore_ascii_case(n)
        {
            return true;
        }
        end += shift[usize::from(b)];
    }
    false
}

/// Buttons that sign up for mail or a trial, not in ("Start free trial", "Request a demo").
const SUBSCRIBE: [&str; 10] = [
    "subscribe",
    "notify",
    "newsletter",
    "join",
    "start free trial",
    "start your free trial",
    "start a free trial",
    "try it free",
    "request a demo",
    "book a demo",
];
/// Buttons that go on with signing in (all but "submit" only there: a contact form submits too).
const SIGN_IN_BUTTONS: [&str; 6] = ["next", "sign in", "log in", "login", "continue", "submit"];

/// The only asks are e-mail boxes, and the page's buttons subscribe or start a trial rather than
/// sign in: a newsletter box or a product page's trial sign-up is not a sign-in form.
/// `buttons`: the page's buttons, normalised.
fn is_newsletter_box(buttons: &[String], credentials: &[&Input]) -> bool {
    if credentials.is_empty() || credentials.iter().any(|i| i.kind != InputKind::Identifier) {
        return false;
    }
    buttons.iter().any(|b| SUBSCRIBE.iter().any(|w| b.starts_with(w)))
        && !buttons.iter().any(|b| SIGN_IN_BUTTONS.iter().any(|w| b.starts_with(w)))
}

/// The only ask is one e-mail box, typed into as a field, and a message box (`<textarea>`) is
/// shown in the same form: a contact form (name, e-mail, message) writes to someone, it does not
/// sign in. An e-mail step of a sign-in has no message box beside it; one that borrows a box is
/// still a sign-in where it says so: a button goes on with signing in ("Next", "Sign in"), or the
/// title or a heading says signing in.
fn is_contact_form(snap: &PageSnapshot, places: &Places, credentials: &[&Input]) -> bool {
    let [only] = credentials else { return false };
    let signs_in = places.buttons.iter().any(|b| SIGN_IN_BUTTONS[..5].iter().any(|w| b.starts_with(w)))
        || is_sign_in_place(places.title.normalized())
        || snap.brand.iter().zip(&places.brand).any(|(b, f)| {
            b.source == BrandSource::Heading && b.control_text.is_none() && is_sign_in_place(f.normalized())
        });
    only.kind == InputKind::Identifier
        && !only.masked
        && !only.editable
        && matches!(only.r#type.as_str(), "email" | "text")
        && snap.inputs.iter().any(|i| i.r#type == "textarea" && !i.read_only && i.form == only.form)
        && !signs_in
}

/// A saved login's editor (a password manager's "Edit item", a browser's saved passwords): the
/// password box shares its form with a field for the website the login is for (an address field,
/// or one labelled or named "website", "url" or "uri"). A sign-in never asks which site it is for.
fn is_saved_login(snap: &PageSnapshot, credentials: &[&Input]) -> bool {
    let site_field = |i: &Input| {
        let named = |t: &str| matches!(text::normalize(t).as_str(), "website" | "url" | "uri" | "web site");
        i.r#type == "url" || named(&i.label) || named(&i.name) || named(&i.id)
    };
    credentials.iter().any(|c| {
        c.kind == InputKind::Password
            && c.form.is_some()
            && snap.inputs.iter().any(|i| i.form == c.form && !i.read_only && site_field(i))
    })
}

/// Words of a mail account's server settings: a form that names them configures a mail server
/// (a mail client's or a printer's "Office 365 (smtp.office365.com)", an app password), and the
/// provider it names is that server, not a sign-in to the provider.
const MAIL_SETUP_WORDS: [&str; 5] = ["imap", "smtp", "pop3", "exchange server", "app password"];

/// `normalized` (a credential form's text, normalised) sets up a mail account on a server.
pub(crate) fn is_mail_setup(normalized: &str) -> bool {
    says_any(normalized, &MAIL_SETUP_WORDS)
}

/// `normalized` holds one of `phrases` as whole words (not inside a longer word).
pub(crate) fn says_any(normalized: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|w| {
        normalized.match_indices(w).any(|(at, _)| {
            let edge = |c: Option<char>| c.is_none_or(|c| !text::is_word_char(c));
            edge(normalized[..at].chars().next_back()) && edge(normalized[at + w.len()..].chars().next())
        })
    })
}

/// `text` is a federation control's wording ("Sign in with Google", "Continue with GitHub").
pub(crate) fn is_federation(text: &str) -> bool {
    let t = text::normalize(text);
    wording().phrases.iter().any(|f| t.contains(f.as_str()))
}

/// `normalized` (a line of the page, normalised) is a publishing service's footer under its
/// users' pages ("Google Sites · Report abuse", "Never give out your password"): the service it
/// names hosts the page, the page does not say it is that service.
pub(crate) fn is_host_footer(normalized: &str) -> bool {
    wording().footers.iter().any(|f| normalized.contains(f.as_str()))
}

/// `word` (normalised) is sign-in wording around a provider's name in a control, in any
/// language listed in `data/federation.txt`: a sign-in word ([`is_sign_in_word`]) or a word
/// that joins it to the name ("mit", "avec", "через").
fn is_federation_word(word: &str) -> bool {
    is_sign_in_word(word) || wording().connectors.binary_search_by(|x| x.as_str().cmp(word)).is_ok()
}

/// `word` (normalised) is sign-in wording in English ([`FILLER`]) or another language listed in
/// `data/federation.txt`: one of its words, or, in a language written without spaces, a run
/// made only of its pieces ("アカウントでログイン", "账号登录").
fn is_sign_in_word(word: &str) -> bool {
    let w = wording();
    if FILLER.contains(&word) || w.words.binary_search_by(|x| x.as_str().cmp(word)).is_ok() {
        return true;
    }
    if word.is_ascii() {
        return false;
    }
    // The longest piece at each place; the pieces are short, so a run is read at most a few
    // times over.
    let mut rest = word;
    while !rest.is_empty() {
        match w.joined.iter().filter(|p| rest.starts_with(p.as_str())).max_by_key(|p| p.len()) {
            Some(p) => rest = &rest[p.len()..],
            None => return false,
        }
    }
    true
}

/// The providers `folded` names as themselves, each with its first such match (a brand term
/// before a product name); not those named as the account used elsewhere ("Sign in with your
/// Microsoft account").
pub(crate) fn named_providers(engine: &Engine, folded: &Folded) -> Vec<(usize, TermMatch)> {
    named(engine, folded, false)
}

/// The providers `folded` names, mentions included when `mentions` is set.
pub(crate) fn named(engine: &Engine, folded: &Folded, mentions: bool) -> Vec<(usize, TermMatch)> {
    let mut named: Vec<(usize, TermMatch)> = Vec::new();
    for m in folded.matches(&engine.terms) {
        let provider = engine.term_provider[m.term];
        if !mentions && is_mention(folded, &m) {
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

/// A control whose text is nothing but provider names and sign-in wording: "GitHub", "Google",
/// "Microsoft account" buttons of another site's sign-in page lead to the provider, and so do a
/// short phrase around the name in any language listed ("Weiter mit Google", "Continuer avec
/// Google", "Microsoft アカウントでログイン", "Войти через Google", "使用 Google 账号登录").
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
    super::sort_small(&mut spans);
    for (start, end) in spans {
        if start >= at {
            rest.push_str(&normalized[at..start]);
            rest.push(' ');
            at = end;
        }
    }
    rest.push_str(&normalized[at..]);
    word_spans(&rest).all(|(a, b)| is_federation_word(&rest[a..b]))
}

fn is_mention(folded: &Folded, m: &TermMatch) -> bool {
    let before = folded.words_before(m.start, 2);
    let mention = |w: &&str| MENTION_BEFORE.contains(w);
    before.last().is_some_and(mention) || (before.len() == 2 && before[1] == "your" && mention(&before[0])) || {
        // A site talking about the provider: "File Icons for GitHub", "Connect GitHub", "the
        // Brisklane GitHub App" (`about` and `product` of `data/federation.txt`); not a line that
        // asks for the password used there ("the password you use for Microsoft 365").
        let w = wording();
        let has = |list: &[String], x: &str| list.binary_search_by(|y| y.as_str().cmp(x)).is_ok();
        let plain = |x: &str| !is_sign_in_word(x);
        let rest = &folded.normalized()[m.end..];
        let after = word_spans(rest).next().map(|(a, b)| &rest[a..b]);
        match before.as_slice() {
            [.., last] if has(&w.about, last) => {
                (before.len() == 1 || plain(before[0]))
                    && !super::asks::asks_for_password(folded.normalized(), m.start, m.end)
            }
            [.., last] => after.is_some_and(|a| has(&w.products, a)) && plain(last),
            [] => false,
        }
    }
}

/// Words of `normalized` outside `start..end` that are not sign-in wording, in English
/// ([`FILLER`]) or another language listed ([`is_sign_in_word`]: "Connectez-vous à votre
/// compte Microsoft" has one other word, "à"). Connectors count: in "github.com/acme/api" the
/// "com" is no Portuguese "with". A run of a script written without spaces counts a word for
/// every [`UNSPACED_WORD`] letters of it: "アカウントでログインすると、注文履歴が同期されます" is a
/// sentence, not two words.
fn other_words(normalized: &str, start: usize, end: usize) -> usize {
    [&normalized[..start], &normalized[end..]]
        .iter()
        .flat_map(|part| part.split(|c: char| !text::is_word_char(c)))
        .filter(|w| !w.is_empty() && !is_sign_in_word(w))
        .map(|w| (w.chars().filter(|&c| is_unspaced(c)).count() / UNSPACED_WORD).max(1))
        .sum()
}

/// What separates the parts of a title ("Inbox – Outlook", "Sign in | Tailspin Toys").
const TITLE_SEPARATORS: [&str; 6] = [" \u{2013} ", " \u{2014} ", " | ", " \u{b7} ", " - ", "\u{ff5c}"];

/// `term` is a whole word of `part` with nothing beside it but sign-in wording ("windows",
/// "windows sign-in", "sign in to windows"; not "download for windows").
fn alone_in(part: &str, term: &str) -> bool {
    part.match_indices(term).any(|(start, _)| {
        let end = start + term.len();
        let bounded = !part[..start].chars().next_back().is_some_and(text::is_word_char)
            && !part[end..].chars().next().is_some_and(text::is_word_char);
        bounded && other_words(part, start, end) == 0
    })
}

/// The parts of a normalised title, each trimmed.
fn title_parts(normalized: &str) -> impl Iterator<Item = &str> {
    let mut parts = vec![normalized];
    for sep in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim)
}

/// [`other_words`] within the last part of a title, where the match stands there: the part after
/// the last of the separators a title puts between its parts (" – ", " | ", " · ", " - "), where a
/// site names itself ("Inbox – Outlook"). A match in another part ("Xbox | a shop's name") counts
/// the whole title's other words.
fn other_words_in_part(normalized: &str, start: usize, end: usize) -> usize {
    if TITLE_SEPARATORS.iter().any(|s| normalized[end..].contains(s)) {
        return other_words(normalized, start, end);
    }
    let from =
        TITLE_SEPARATORS.iter().filter_map(|s| normalized[..start].rfind(s).map(|at| at + s.len())).max().unwrap_or(0);
    other_words(&normalized[from..], start - from, end - from)
}

/// Letters of a script written without spaces that count as one word ([`other_words`]).
const UNSPACED_WORD: usize = 3;

/// `c` is a letter of a script written without spaces between words: Han, kana, Thai, Lao,
/// Myanmar, Khmer.
fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
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
/// `title`: the page's title, normalised.
/// `domain`: the host's registrable domain.
fn own_name(engine: &Engine, domain: &str, title: &str) -> Vec<String> {
    let label = domain.split('.').next().unwrap_or_default();
    let words: Vec<&str> = label.split('-').filter(|w| !w.is_empty()).collect();
    let plain = |w: &&str| !FILLER.contains(w) && Folded::new(w).matches(&engine.terms).is_empty();
    if words.len() < 2 || !words.iter().any(plain) {
        return Vec::new();
    }
    let title_words: Vec<&str> = title.split(|c: char| !text::is_word_char(c)).filter(|w| !w.is_empty()).collect();
    if !title_words.windows(words.len()).any(|w| w == words.as_slice()) {
        return Vec::new();
    }
    words.into_iter().map(str::to_string).collect()
}

/// The provider's sign-in layout on a page that asks for sign-in details: the phrases of its
/// `markers.layout` the page shows, when there are at least [`LAYOUT_MIN`] of them.
fn layout_phrases<'e>(engine: &'e Engine, provider: usize, places: &Places) -> Vec<&'e str> {
    let layout = &engine.providers[provider].layout;
    let found: Vec<&str> = layout.iter().filter(|l| !l.is_empty() && places.show(l)).map(String::as_str).collect();
    if found.len() >= LAYOUT_MIN {
        found
    } else {
        Vec::new()
    }
}

/// The page's short places where a sign-in layout shows its wording: title, brand places,
/// buttons, input labels and forms, normalised, one place a line.
fn layout_places(snap: &PageSnapshot, places: &Places) -> String {
    let normalized = [places.title.normalized()]
        .into_iter()
        .chain(places.brand.iter().map(Folded::normalized))
        .chain(places.buttons.iter().map(String::as_str));
    let raw = snap.inputs.iter().map(|i| i.label.as_str()).chain(snap.forms.iter().map(|f| f.text.as_str()));
    // Sized once: the places, each with its line break (normalising ASCII never lengthens a text).
    let size = normalized.clone().chain(raw.clone()).map(|t| t.len() + 1).sum();
    let mut out = String::with_capacity(size);
    for place in normalized {
        out.push_str(place);
        out.push('\n');
    }
    for place in raw {
        out.push_str(&text::normalize(place));
        out.push('\n');
    }
    out
}

/// The page's title, brand places and buttons, each normalised once per verdict (`brand[k]` is
/// `snap.brand[k]`'s text, `buttons[k]` is `snap.buttons[k]`), and the longer views the checks
/// share, each made on first use: the layout places and the whole page text, normalised.
struct Places<'a> {
    snap: &'a PageSnapshot,
    title: Folded,
    brand: Vec<Folded>,
    buttons: Vec<String>,
    layout: OnceCell<(String, Trigrams)>,
    text: OnceCell<String>,
    /// [`Page::text_names`], handed on to the page.
    text_names: OnceCell<(u32, usize)>,
}

impl Places<'_> {
    /// [`layout_places`], made once, with its [`Trigrams`].
    fn layout(&self) -> &(String, Trigrams) {
        self.layout.get_or_init(|| {
            let layout = layout_places(self.snap, self);
            let trigrams = Trigrams::of(layout.as_bytes());
            (layout, trigrams)
        })
    }

    /// The layout places hold `phrase` (normalised); most phrases of a layout are passed over by
    /// their trigrams, without a search.
    fn in_layout(&self, phrase: &str) -> bool {
        let (layout, trigrams) = self.layout();
        trigrams.may_hold(phrase.as_bytes()) && layout.contains(phrase)
    }

    /// The page's text, normalised once.
    fn text(&self) -> &str {
        self.text.get_or_init(|| text::normalize(&self.snap.text))
    }

    /// The layout places or the page's text show `phrase` (normalised, so on one line): what
    /// searching the two joined by a line break finds.
    fn show(&self, phrase: &str) -> bool {
        self.in_layout(phrase) || self.text().contains(phrase)
    }
}

/// The runs of three bytes a text holds, hashed into 4,096 bits: a phrase with a run the text
/// does not hold is not in it, which a few lookups tell where a search would read the whole text.
struct Trigrams([u64; 64]);

impl Trigrams {
    fn hash(run: &[u8]) -> usize {
        match run {
            [a, b, c, ..] => (usize::from(*a) << 7 ^ usize::from(*b) << 3 ^ usize::from(*c)) & 4095,
            _ => 0,
        }
    }

    fn of(text: &[u8]) -> Trigrams {
        let mut bits = [0u64; 64];
        let [first, second, rest @ ..] = text else { return Trigrams(bits) };
        // [`Trigrams::hash`] of each run, the two bytes before the third kept as they go by.
        let (mut a, mut b) = (usize::from(*first), usize::from(*second));
        for &c in rest {
            let c = usize::from(c);
            let h = (a << 7 ^ b << 3 ^ c) & 4095;
            bits[h >> 6] |= 1 << (h & 63);
            (a, b) = (b, c);
        }
        Trigrams(bits)
    }

    /// `text` may hold `phrase`: every run of three bytes of it is in the text (always true for
    /// a phrase shorter than three bytes).
    fn may_hold(&self, phrase: &[u8]) -> bool {
        phrase.windows(3).all(|run| {
            let h = Trigrams::hash(run);
            self.0[h >> 6] & (1 << (h & 63)) != 0
        })
    }
}

/// The index of provider `provider`'s claim in `claims`, a new one when there is none.
fn claim_of(claims: &mut Vec<Claim>, provider: usize) -> usize {
    match claims.iter().position(|c| c.provider == provider) {
        Some(i) => i,
        None => {
            claims.push(Claim { provider, ..Claim::default() });
            claims.len() - 1
        }
    }
}

/// [`claim_of`] provider `i`, with `evidence` among its brand evidence once.
fn with_brand(claims: &mut Vec<Claim>, i: usize, evidence: Evidence) -> usize {
    let at = claim_of(claims, i);
    if !claims[at].brand.contains(&evidence) {
        claims[at].brand.push(evidence);
    }
    at
}

/// Phrases of a layout a page must show in its short places before its whole text is read for
/// the rest: a layout names itself in its title, headings and labels, and most sign-in pages
/// share at most one phrase with it ("Sign in to your account").
const LAYOUT_IN_PLACES: usize = 2;

/// `at_provider_host`: the page is on a provider's host, where it is that provider's page
/// whatever it shows, so no layout is looked for.
/// `registrable`: the registrable domain of the page's host.
fn claims(
    engine: &Engine,
    snap: &PageSnapshot,
    places: &Places,
    registrable: &str,
    at_provider_host: bool,
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    let title_item =
        (!snap.title.trim().is_empty()).then_some((snap.title.as_str(), &places.title, BrandSource::Title));
    let items = title_item.into_iter().chain(
        snap.brand
            .iter()
            .zip(&places.brand)
            .filter(|(b, _)| !(b.source == BrandSource::Title && b.text == snap.title))
            .filter(|(b, _)| !b.control_text.as_deref().is_some_and(|c| is_federation(c) || is_bare_name(engine, c)))
            // The footer a publishing service puts under its users' pages names the service.
            .filter(|(b, folded)| {
                !(matches!(b.source, BrandSource::Banner | BrandSource::Text) && is_host_footer(folded.normalized()))
            })
            .map(|(b, folded)| (b.text.as_str(), folded, b.source)),
    );
    let own_name = own_name(engine, registrable, places.title.normalized());
    let mut targets: Vec<usize> = Vec::new();
    for (text, folded, source) in items {
        // A logo's words outside any link or button (an image's alt text, the words an SVG image
        // draws) are the page's own banner: "Sign in with Google" there is how the provider's own
        // sign-in titles itself, not a button to it.
        let named = named(engine, folded, source == BrandSource::Logo);
        let single = named.len() == 1;
        for (i, m) in named {
            let product = engine.term_product[m.term];
            // A product names itself in the last part of the title, on its own ("Tailspin Toys –
            // Outlook", as Outlook on the web titles its pages).
            let others = if source == BrandSource::Title && product {
                other_words_in_part(folded.normalized(), m.start, m.end)
            } else {
                other_words(folded.normalized(), m.start, m.end)
            };
            // What the sign-in is for counts wherever it is said, however long the line.
            if single && !product && is_sign_in_target(folded, &m) && !targets.contains(&i) {
                targets.push(i);
            }
            // A line that asks for the password the person uses at the provider ("Confirm the
            // password you use for Microsoft 365") claims it however many words it has. Read only
            // for a line that would not claim otherwise.
            let password = || super::asks::asks_for_password(folded.normalized(), m.start, m.end);
            // A product name claims only on its own: "Sign in to Outlook", not "Outlook Furniture",
            // and not as the site's own short name.
            if product
                && (others > 0 || own_name.iter().any(|w| w == &folded.normalized()[m.start..m.end]))
                && !(source != BrandSource::Logo && password())
            {
                continue;
            }
            // Japanese advice about the provider ("… を再利用しないでください"): no claim.
            if source != BrandSource::Logo && super::asks::is_advice(folded.normalized(), m.start, m.end) {
                continue;
            }
            let copyright = !product && source != BrandSource::Title && is_copyright(folded, &m);
            if source != BrandSource::Logo && !copyright && others > MAX_OTHER_WORDS && !password() {
                continue;
            }
            let evidence = Evidence::new(source_label(source), quote(text));
            let at = claim_of(&mut claims, i);
            let claim = &mut claims[at];
            claim.said |= source != BrandSource::Logo && others == 0 && is_sign_in_place(folded.normalized());
            claim.product |= product;
            let list = if m.disguised { &mut claim.disguised } else { &mut claim.brand };
            if !list.contains(&evidence) {
                list.push(evidence);
            }
        }
    }
    // A product that claims only as a title's whole part, sign-in wording aside ("Windows",
    // "Windows Sign-in": the title of a lock screen drawn in the page; not "Download for Windows"
    // nor "Windows Hello – Tailspin Toys").
    let parts: Vec<&str> = title_parts(places.title.normalized()).collect();
    for (i, compiled) in engine.providers.iter().enumerate() {
        if compiled.title_terms.iter().any(|t| parts.iter().any(|part| alone_in(part, t))) {
            let at = with_brand(&mut claims, i, Evidence::new(EvidenceLabel::Title, quote(&snap.title)));
            claims[at].product = true;
        }
    }
    // A line asking for the password the person uses at a provider, by one of its names or its
    // domains ("use the same e-mail and password as on dev.azure.com"), claims it however long.
    for (i, line) in password_asks(engine, snap, Some(&places.brand)) {
        with_brand(&mut claims, i, Evidence::new(EvidenceLabel::Banner, quote(&line)));
    }
    // Logos drawn as images, recognised by their pixels; not those inside a link or button (a
    // "Google" button, or one that holds only the G): that is a control to the provider, not its page.
    let images = snap.images.iter().filter(|m| m.control_text.is_none());
    for (id, image, evidence) in crate::logo::claims(images) {
        if let Some(i) = engine.providers.iter().position(|c| c.provider.id == id) {
            let at = with_brand(&mut claims, i, evidence);
            if image.source != ImageSource::View {
                claims[at].drawn.push(image.place);
            }
        }
    }
    let asks = snap.inputs.iter().any(|i| {
        !i.read_only && matches!(i.kind, InputKind::Password | InputKind::Identifier | InputKind::OneTimeCode)
    });
    // On a page that asks for sign-in details off the providers' hosts, two more readings of the
    // images outside links and buttons place a logo where it is drawn: a provider's wordmark whose
    // letters wear its colours (Google's), recognised by its pixels, and an image whose drawn
    // words (an SVG's `<text>`) name one provider and nothing else, at the place it is drawn.
    // Both then head the sign-in or are a mention by that place ([`heads_sign_in`]), as a mark
    // recognised by its pixels is.
    if asks && !at_provider_host {
        let images = snap.images.iter().filter(|m| m.control_text.is_none() && m.source != ImageSource::View);
        let mut placed: Vec<(usize, Option<ImagePlace>, Evidence)> = Vec::new();
        for (id, image, evidence) in crate::logo::wordmark_claims(images.clone()) {
            if let Some(i) = engine.providers.iter().position(|c| c.provider.id == id) {
                placed.push((i, image.place, evidence));
            }
        }
        for image in images.filter(|m| m.place.is_some()) {
            let Some(words) = image.words.as_deref().filter(|w| !w.trim().is_empty()) else { continue };
            let folded = Folded::new(words);
            let named = named(engine, &folded, true);
            let [(i, m)] = named.as_slice() else { continue };
            // The name alone, or with the site's other words kept out: "GitHub", not "Build
            // faster with GitHub Actions".
            if engine.term_product[m.term] || other_words(folded.normalized(), m.start, m.end) > 0 {
                continue;
            }
            let evidence = Evidence::words(
                EvidenceLabel::Logo,
                EvidenceKey::LogoWords,
                vec![crate::logo::described(image), quote(words)],
            );
            placed.push((*i, image.place, evidence));
        }
        for (i, place, evidence) in placed {
            let at = with_brand(&mut claims, i, evidence);
            claims[at].drawn.push(place);
        }
    }
    // A provider's sign-in layout worn with another company's logo (tenant branding), on a page
    // that asks for sign-in details.
    if asks && !at_provider_host && engine.providers.iter().any(|c| c.layout.len() >= LAYOUT_MIN) {
        for i in 0..engine.providers.len() {
            let layout = &engine.providers[i].layout;
            if layout.iter().filter(|l| !l.is_empty() && places.in_layout(l)).count() < LAYOUT_IN_PLACES {
                continue;
            }
            let phrases = layout_phrases(engine, i, places);
            if phrases.is_empty() {
                continue;
            }
            let quoted: Vec<String> = phrases.iter().map(|p| quote(p)).collect();
            let evidence = Evidence::new(EvidenceLabel::Imitates, quoted.join(", "));
            let at = claim_of(&mut claims, i);
            claims[at].brand.push(evidence);
        }
    }
    // A copy of the provider's sign-in form by its markup and its wording: every field name of it
    // that other sites use too (at least two: Google's "identifier" and "Passwd") with
    // [`LAYOUT_IN_PLACES`] phrases of its layout ("Email or phone", "Enter your password"), on a
    // page that asks for sign-in details whatever logo it draws (a browser-in-the-browser window
    // with a logo of its own drawing).
    if asks && !at_provider_host {
        for (i, c) in engine.providers.iter().enumerate() {
            let weak = &c.provider.markers.weak_inputs;
            if weak.len() < 2 || !weak.iter().all(|w| snap.inputs.iter().any(|x| x.name == *w || x.id == *w)) {
                continue;
            }
            let phrases: Vec<String> =
                c.layout.iter().filter(|l| !l.is_empty() && places.show(l)).map(|l| quote(l)).collect();
            if phrases.len() < LAYOUT_IN_PLACES {
                continue;
            }
            let names = weak.iter().map(|w| format!("name={w}"));
            let evidence =
                Evidence::new(EvidenceLabel::Imitates, phrases.into_iter().chain(names).collect::<Vec<_>>().join(", "));
            let at = claim_of(&mut claims, i);
            if !claims[at].brand.iter().any(|e| e.label == EvidenceLabel::Imitates) {
                claims[at].brand.push(evidence);
            }
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
            let at = claim_of(&mut claims, i);
            let claim = &mut claims[at];
            for m in markers {
                if !claim.markers.contains(&m) {
                    claim.markers.push(m);
                }
            }
        }
    }
    for claim in &mut claims {
        claim.target = targets.contains(&claim.provider);
    }
    claims
}

/// Providers that sign in on another's pages, in its layout (Azure DevOps on Microsoft's), with
/// the names of their products that tell which of the two a copy of that layout is for.
pub(super) const SIGNS_IN_THROUGH: [(&str, &str, [&str; 5]); 1] =
    [("azure-devops", "microsoft", ["boards", "repos", "pipelines", "test plans", "artifacts"])];

/// A page that claims both a provider and the one through whose sign-in it signs in (Azure DevOps
/// and Microsoft: the Azure DevOps sign-in card shows Microsoft's logo and name) and names the
/// first as what the sign-in is for ("to continue to Azure DevOps") imitates that one's sign-in:
/// the more specific provider is the one it stands by.
fn signs_in_to_through(engine: &Engine, claims: &[Claim]) -> Option<usize> {
    let position = |id: &str| engine.providers.iter().position(|c| c.provider.id == id);
    SIGNS_IN_THROUGH.iter().find_map(|(id, through, _)| {
        let (i, t) = (position(id)?, position(through)?);
        let signer = claims.iter().find(|c| c.provider == i)?;
        (claims.iter().any(|c| c.provider == t) && (signer.said || signer.target)).then_some(i)
    })
}

/// Sign-in wording right before a name that makes it what the sign-in is for.
const SIGN_IN_TO: [[&str; 2]; 5] = [["continue", "to"], ["in", "to"], ["on", "to"], ["signin", "to"], ["login", "to"]];

/// The brand at `m` follows sign-in wording that makes it what the sign-in is for ("to continue to
/// Azure DevOps", "Sign in to Azure DevOps").
fn is_sign_in_target(folded: &Folded, m: &TermMatch) -> bool {
    let before = folded.words_before(m.start, 2);
    SIGN_IN_TO.iter().any(|w| before == w)
}

/// Product names of [`SIGNS_IN_THROUGH`] a page's text must name together.
const PRODUCTS_MIN: usize = 3;

/// A page that wears the sign-in of a provider through which another provider signs in (it claims
/// that provider, or asks for sign-in details with [`LAYOUT_IN_PLACES`] phrases of its layout, one
/// of them in its title, headings, labels or form), and
/// shows the other one's signs: the names of its products together ("Boards, Repos, Pipelines"), a
/// host made of its words (a combosquat), or its sign-in path (`/_signin`). It is a copy of the
/// other's sign-in: that provider's claim is added, carrying the evidence of the worn sign-in and
/// the signs, so it is the one the page stands by.
fn signs_in_through(
    engine: &Engine,
    places: &Places,
    url: Option<&Url>,
    lookalike: Option<&Lookalike>,
    claims: &mut Vec<Claim>,
) {
    let snap = places.snap;
    let position = |id: &str| engine.providers.iter().position(|c| c.provider.id == id);
    for (k, (id, through, products)) in SIGNS_IN_THROUGH.into_iter().enumerate() {
        let (Some(i), Some(t)) = (position(id), position(through)) else { continue };
        if claims.iter().any(|c| c.provider == i) {
            continue;
        }
        // The signs first: without one, the worn sign-in does not matter.
        let provider = &engine.providers[i].provider;
        let mut signs = Vec::new();
        // The products' bits in the engine's names: after the tiles, five a provider.
        let first_bit = super::checks::MAIL_TILES.len() + products.len() * k;
        let named = products_named(engine, places, products, first_bit);
        if named.len() >= PRODUCTS_MIN {
            signs.push(Evidence::new(EvidenceLabel::Imitates, named.join(", ")));
        }
        if lookalike.is_some_and(|l| l.provider == provider.id) {
            signs.push(Evidence::new(EvidenceLabel::Host, url.and_then(Url::host_str).unwrap_or_default()));
        }
        if let Some(u) = url.filter(|u| provider.page_at(u.path()) == PageKind::SignIn) {
            signs.push(Evidence::new(EvidenceLabel::Url, u.path()));
        }
        if signs.is_empty() {
            continue;
        }
        let worn = match claims.iter().find(|c| c.provider == t) {
            Some(c) => c.clone(),
            None => {
                let asks = snap
                    .inputs
                    .iter()
                    .any(|i| !i.read_only && matches!(i.kind, InputKind::Password | InputKind::Identifier));
                let layout = &engine.providers[t].layout;
                if !asks || !layout.iter().any(|l| !l.is_empty() && places.in_layout(l)) {
                    continue;
                }
                let phrases: Vec<String> =
                    layout.iter().filter(|l| !l.is_empty() && places.show(l)).map(|l| quote(l)).collect();
                if phrases.len() < LAYOUT_IN_PLACES {
                    continue;
                }
                let evidence = Evidence::new(EvidenceLabel::Imitates, phrases.join(", "));
                Claim {
                    provider: t,
                    brand: vec![evidence],
                    disguised: vec![],
                    markers: vec![],
                    said: false,
                    product: false,
                    target: false,
                    drawn: vec![],
                }
            }
        };
        let mut claim = worn;
        claim.provider = i;
        claim.brand.extend(signs);
        claims.push(claim);
    }
}

/// The products the page text names as whole words. Text that is all ASCII normalises to its
/// words in lower case, so its words are read in one pass without being normalised: the pass of
/// [`Page::text_names`], whose bits from `first_bit` on are `products`.
fn products_named(
    engine: &Engine,
    places: &Places,
    products: [&'static str; 5],
    first_bit: usize,
) -> Vec<&'static str> {
    let snap = places.snap;
    if snap.text.is_ascii() {
        let mask = names_in(&places.text_names, engine, &snap.text) >> first_bit;
        return products.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, p)| *p).collect();
    }
    let text = places.text();
    // Cheap first: a product whose words are not all in the text at all is not named.
    let possible = products.iter().filter(|p| p.split(' ').all(|w| text.contains(w))).count();
    if possible < PRODUCTS_MIN {
        return Vec::new();
    }
    let words: Vec<&str> = word_spans(text).map(|(a, b)| &text[a..b]).collect();
    products
        .iter()
        .copied()
        .filter(|p| {
            let parts: Vec<&str> = p.split(' ').collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
        .collect()
}

/// What scanning a QR code is for, on a page that signs in with one ("Scan with GitHub Mobile to
/// approve this sign-in", "scan with your phone to continue to Gmail"); not a download, a payment
/// or a link to open ("Scan to get the app", "Scan to pay").
const SCAN_PURPOSE: [&str; 13] = [
    "sign in",
    "sign-in",
    "signin",
    "log in",
    "continue to",
    "to continue",
    "approve",
    "keep access",
    "keep your account",
    "authenticate",
    "re-register",
    "verify your identity",
    "verify it s you",
];

/// A QR code among the page's images (by its pixels, [`crate::qr`]) and a sentence of its text that
/// tells the person to scan it to sign in: the sentence. A QR sign-in asks for the person's
/// approval on their phone, as a form asks for a password. The purpose may be the page's title or
/// a heading instead ("Re-register Microsoft Authenticator" above "scan this code").
fn qr_sign_in(snap: &PageSnapshot) -> Option<String> {
    if snap.images.is_empty() || !contains_ascii_ci(&snap.text, "scan") {
        return None;
    }
    let purpose = |s: &str| {
        let t = text::normalize(s);
        let words = word_line(&t); // "verify it’s you" -> "verify it s you"
        SCAN_PURPOSE.iter().any(|p| t.contains(p) || words.contains(p))
    };
    let headed =
        purpose(&snap.title) || snap.brand.iter().any(|b| b.source == BrandSource::Heading && purpose(&b.text));
    let sentence = snap.text.split(['\n', '.', '!', '?']).find(|line| {
        contains_ascii_ci(line, "scan")
            && text::normalize(line).split(|c: char| !text::is_word_char(c)).any(|w| w == "scan")
            && (headed || purpose(line))
    })?;
    snap.images.iter().any(crate::qr::is_qr_code).then(|| quote(sentence))
}

/// Where a ClickFix or FileFix page tells the person to paste what its button copied: the Run
/// dialog, a terminal, File Explorer's address bar (normalised words).
const RUN_PLACES: [&str; 11] = [
    "windows r",
    "win r",
    "windows x",
    "win x",
    "windows e",
    "win e",
    "powershell",
    "terminal",
    "command prompt",
    "run dialog",
    "file explorer",
];

/// A short page (a lure says one thing) that tells the person to paste into a place that runs
/// commands: the line that says to paste, quoted. An article about the trick says more.
fn run_command(places: &Places) -> Option<String> {
    let t = places.text();
    if t.len() > STEP_MAX_TEXT || !PASTE_FIRST.iter().any(|w| t.contains(w)) {
        return None;
    }
    let words = word_line(t);
    (says_paste(&words) && says_any(&words, &RUN_PLACES)).then(|| {
        let line = places.snap.text.lines().find(|l| says_paste(&word_line(&text::normalize(l)))).unwrap_or("");
        quote(line)
    })
}

/// A line of the page that is a command as a help page shows one to be pasted: a PowerShell
/// cmdlet (`Get-AppxPackage MSTeams | Reset-AppxPackage`), a program file (`outlook.exe /safe`,
/// `%localappdata%\…\onedrive.exe /reset`), `sudo …`, or a command in lower case with an option,
/// a pipe, a `;` or a quoted argument (`killall "Google Drive"`). Not a sentence, not a path alone.
fn is_shown_command(line: &str) -> bool {
    let line = line.trim();
    if line.len() > SHOWN_COMMAND_MAX || line.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let mut words = line.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.clone().next()) else { return false };
    let program = first.to_ascii_lowercase();
    let lower = first.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'-' | b'_' | b'.'));
    let marked = line.contains(['|', ';', '"']) || words.any(|w| w.starts_with('-') || w.starts_with('/'));
    super::checks::is_cmdlet(first)
        || program.ends_with(".exe")
        || (first.starts_with('%') && program.contains(".exe"))
        || first == "sudo"
        || (lower && marked)
}

/// The page shows a command to paste ([`is_shown_command`]) and none of its shown commands fetches
/// and runs code ([`is_download_cradle`]): what a help page does, not a lure.
fn shows_harmless_command(snap: &PageSnapshot) -> bool {
    let mut shown = false;
    for line in snap.text.lines().filter(|l| is_shown_command(l)) {
        if is_download_cradle(line) {
            return false;
        }
        shown = true;
    }
    shown
}

/// Words of a command that fetches code or runs it hidden or encoded.
const CRADLE_WORDS: [&str; 14] = [
    "iex",
    "iwr",
    "irm",
    "invoke-expression",
    "invoke-webrequest",
    "invoke-restmethod",
    "downloadstring",
    "mshta",
    "bitsadmin",
    "certutil",
    "frombase64string",
    "-enc",
    "-encodedcommand",
    "hidden",
];

/// A shown command that fetches code from an address or runs it hidden or encoded
/// (`powershell -w hidden -c "iex (iwr https://…)"`, `curl -s https://… | sh`).
fn is_download_cradle(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let fetches = lower.contains("http://") || lower.contains("https://");
    let piped_shell = fetches && ["| sh", "| bash", "|sh", "|bash", "| zsh"].iter().any(|w| lower.contains(w));
    piped_shell
        || lower
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '"' | '\'' | ';' | '|' | '.'))
            .any(|w| CRADLE_WORDS.contains(&w) || (fetches && matches!(w, "curl" | "wget")))
}

/// Bytes of a line past which it is prose, not a command shown to be pasted.
const SHOWN_COMMAND_MAX: usize = 200;

/// Words that tell the person to paste (normalised): English, and the keys and verbs of other
/// languages ("Strg + V", "einfügen", "coller", "pegar", "incolla").
const PASTE: [&str; 7] = ["paste", "ctrl v", "strg v", "einfügen", "coller", "pegar", "incolla"];
/// The same in languages written without spaces, looked for anywhere ("貼り付け", "粘贴", "붙여넣").
const PASTE_UNSPACED: [&str; 4] = ["貼り付け", "貼りつけ", "粘贴", "붙여넣"];
/// A cheap first test of the normalised text before its words are read: a piece of every word of
/// [`PASTE`] and [`PASTE_UNSPACED`].
const PASTE_FIRST: [&str; 10] = ["paste", "ctrl", "strg", "einf", "coller", "pegar", "incoll", "貼", "粘贴", "붙여"];

/// `words` ([`word_line`]) tell the person to paste, in a language listed.
fn says_paste(words: &str) -> bool {
    says_any(words, &PASTE) || PASTE_UNSPACED.iter().any(|w| words.contains(w))
}

/// Words of a page that ask for an address taken from the browser (normalised).
const ADDRESS_WORDS: [&str; 4] = ["address bar", "address", "url", "link"];

/// The names of the person's own machine in an address (`localhost`, the loopback address), in
/// lower case: as normalised text holds them.
const LOOPBACK: [&str; 2] = ["localhost", "127.0.0.1"];

/// What the browser says where a sign-in sent it to the person's own machine and nothing answers
/// there ("This site can't be reached", "localhost refused to connect"), normalised.
const UNREACHABLE: [&str; 3] = ["can t be reached", "cannot be reached", "refused to connect"];

/// Words that tell the person to drag an address and drop it on the page (normalised).
const DROP: [&str; 4] = ["drop it here", "drop the address", "drop the url", "drop the link"];

/// A short page (a lure says one thing) that tells the person to paste into a box to type in, or
/// to drag and drop onto it, the address their browser shows on their own machine ([`LOOPBACK`],
/// or the page the browser shows there: [`UNREACHABLE`]), where a provider's sign-in sent them:
/// that address carries the sign-in's code (ConsentFix). The line naming it, quoted.
fn paste_address(snap: &PageSnapshot, places: &Places) -> Option<String> {
    let boxed = snap.inputs.iter().any(|i| {
        !i.read_only
            && i.kind != InputKind::Password
            && matches!(i.r#type.as_str(), "text" | "url" | "textarea" | "search")
    });
    // A lure says one thing: a page whose text is far longer than a step's is passed over at once
    // (its normalised text is no shorter than half of it). ASCII text holds these words normalised
    // only where it holds them as written, in some case: most pages are passed over without
    // normalising their text.
    if snap.text.len() > 2 * STEP_MAX_TEXT {
        return None;
    }
    // A drop zone is all a page that asks for no field may offer.
    let drop_zone = !boxed && snap.inputs.iter().all(|i| i.kind == InputKind::Other);
    if snap.text.is_ascii()
        && (!(boxed || drop_zone && contains_ascii_ci(&snap.text, "drop"))
            || !(LOOPBACK.iter().any(|w| contains_ascii_ci(&snap.text, w))
                || ["reached", "refused"].iter().any(|w| contains_ascii_ci(&snap.text, w))))
    {
        return None;
    }
    let t = places.text();
    if t.len() > STEP_MAX_TEXT {
        return None;
    }
    // (normalised text, for the loopback address's dots; its words, for "can't")
    let machine =
        |l: &str, words: &str| LOOPBACK.iter().any(|w| l.contains(w)) || UNREACHABLE.iter().any(|w| words.contains(w));
    let words = word_line(t);
    if !machine(t, &words) {
        return None;
    }
    let dropped = drop_zone && DROP.iter().any(|w| words.contains(w)) && words.contains("drag");
    ((boxed && says_paste(&words) || dropped) && says_any(&words, &ADDRESS_WORDS)).then(|| {
        let named = |l: &&str| {
            let n = text::normalize(l);
            machine(&n, &word_line(&n))
        };
        quote(snap.text.lines().find(named).unwrap_or(""))
    })
}

/// The provider a sign-in link or button of the page names ("Sign in with Microsoft"), but one that
/// owns `host`, with that control as its evidence.
fn sign_in_link(engine: &Engine, snap: &PageSnapshot, host: &str) -> Option<Claim> {
    snap.brand.iter().filter_map(|b| b.control_text.as_deref()).filter(|c| is_federation(c)).find_map(|c| {
        let (i, _) = named(engine, &Folded::new(c), true).into_iter().next()?;
        (!engine.providers[i].provider.owns(host)).then(|| Claim {
            provider: i,
            brand: vec![Evidence::new(EvidenceLabel::Banner, quote(c))],
            ..Claim::default()
        })
    })
}

/// Words of a line that says an app failed, or that the paste confirms something about it ("This
/// confirms the GitHub Actions runner belongs to you"), in English and German.
const FAILED: [&str; 16] = [
    "could not",
    "couldn t",
    "can t",
    "cannot",
    "failed",
    "problem",
    "error",
    "not working",
    "unable",
    "confirms",
    "verifies",
    "konnte",
    "kann nicht",
    "funktioniert nicht",
    "fehler",
    "fehlgeschlagen",
];
/// The same in languages written without spaces, looked for anywhere in the line: fails, cannot,
/// error, and "to open it in" (a FileFix card: "OneDrive でファイルを開くには").
const FAILED_UNSPACED: [&str; 10] =
    ["できません", "失敗", "エラー", "開くには", "無法", "失败", "错误", "打开", "실패", "오류"];

/// The provider whose app a line of the page's text says failed ("Google Meet could not start your
/// microphone and camera"), but one that owns `host`, with that line as its evidence.
fn failing_app(engine: &Engine, snap: &PageSnapshot, host: &str) -> Option<Claim> {
    line_claim(engine, snap, host, &|folded, _| {
        let words = word_line(folded.normalized());
        says_any(&words, &FAILED) || FAILED_UNSPACED.iter().any(|w| words.contains(w))
    })
}

/// The first provider a line of the page's text names where `says` holds of the line and the name
/// (its match), but one that owns `host`, with that line as its evidence.
fn line_claim(
    engine: &Engine,
    snap: &PageSnapshot,
    host: &str,
    says: &dyn Fn(&Folded, &TermMatch) -> bool,
) -> Option<Claim> {
    snap.text.lines().find_map(|line| {
        let folded = Folded::new(line);
        folded.matches(&engine.terms).into_iter().find_map(|m| {
            let i = engine.term_provider[m.term];
            (says(&folded, &m) && !engine.providers[i].provider.owns(host)).then(|| Claim {
                provider: i,
                brand: vec![Evidence::new(EvidenceLabel::Banner, quote(line))],
                ..Claim::default()
            })
        })
    })
}

/// Words right after a provider's name in the line where it speaks as the one checking the person,
/// on a step of its sign-in ("Google wants to make sure it's really you").
const CHECKS_PERSON: [&str; 6] = [
    "wants to make sure",
    "wants to verify",
    "needs to make sure",
    "needs to verify",
    "detected unusual",
    "noticed unusual",
];

/// A short page whose title is a step of a provider's sign-in and nothing more ("Verify it's you")
/// and a line of whose text has the provider check the person ([`CHECKS_PERSON`]): that line is its
/// claim, but for a provider that owns `host`. The step itself is judged as any step is.
fn step_speaker(engine: &Engine, snap: &PageSnapshot, places: &Places, host: &str) -> Option<Claim> {
    let title = word_line(places.title.normalized());
    if title.is_empty() || !wording().steps.contains(&title) || places.text().len() > STEP_MAX_TEXT {
        return None;
    }
    line_claim(engine, snap, host, &|folded, m| {
        let after = word_line(folded.normalized().get(m.end..).unwrap_or_default());
        CHECKS_PERSON.iter().any(|w| after.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
    })
}

/// Bytes of normalised page text beyond which a page is an article, not a sign-in step: a step
/// says one thing.
const STEP_MAX_TEXT: usize = 1_500;

/// `normalized`'s words joined by one space ("verify it s you").
pub(crate) fn word_line(normalized: &str) -> String {
    let mut out = String::with_capacity(normalized.len());
    for (a, b) in word_spans(normalized) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&normalized[a..b]);
    }
    out
}

/// A step of `provider`'s sign-in (of any sign-in, with no provider) that asks for no field
/// ("Stay signed in?", "Pick an account"), imitated: the title, a heading or an image's words outside links and buttons are one of the
/// `step`s of `data/federation.txt` (beside them at most the provider's names, "to continue to",
/// and after an image's words its file name), and a choice is shown: a button or a line of the
/// page that starts with a `choice`, or a line that is an e-mail address (an account tile). On a
/// page longer than a step, only a heading or an image whose card is short, with the choice one
/// of that card's controls (`BrandItem::card`): text padded around a step's card does not hide
/// it. The place, quoted, with its label.
fn sign_in_step(
    engine: &Engine,
    snap: &PageSnapshot,
    places: &Places,
    provider: Option<usize>,
) -> Option<(EvidenceLabel, String)> {
    let w = wording();
    if w.steps.is_empty() {
        return None;
    }
    let long = places.text().len() > STEP_MAX_TEXT;
    let names: Vec<String> = provider
        .map(|i| &engine.providers[i].provider)
        .into_iter()
        .flat_map(|p| p.brand_terms.iter().chain(&p.product_terms))
        .map(|t| word_line(&text::normalize(t)))
        .filter(|t| !t.is_empty())
        .collect();
    let is_step = |normalized: &str, logo: bool| {
        let line = word_line(normalized);
        w.steps.iter().any(|step| {
            let Some(at) = line.find(step.as_str()) else { return false };
            let (head, tail) = (&line[..at], &line[at + step.len()..]);
            let whole = head.is_empty() || head.ends_with(' ');
            let tail_ok = tail.is_empty() || tail.starts_with(' ');
            let other = |s: &str| s.split(' ').filter(|w| !w.is_empty() && !matches!(*w, "to" | "continue")).count();
            let rest = format!("{head} {tail}");
            let named = names.iter().fold(rest, |r, n| r.replace(n.as_str(), " "));
            whole && tail_ok && (other(&named) == 0 || logo && head.is_empty() && other(tail) <= 3)
        })
    };
    let place = std::iter::once((EvidenceLabel::Title, &snap.title, places.title.normalized(), None))
        .filter(|_| !long)
        .chain(snap.brand.iter().zip(&places.brand).filter_map(|(b, f)| {
            let label = match b.source {
                BrandSource::Heading => EvidenceLabel::Heading,
                BrandSource::Logo => EvidenceLabel::Logo,
                _ => return None,
            };
            let card = if long { Some(b.card.as_deref()?) } else { None };
            b.control_text.is_none().then_some((label, &b.text, f.normalized(), card))
        }))
        .find(|(label, _, n, _)| is_step(n, *label == EvidenceLabel::Logo))?;
    // A line that starts with a choice, or ends with one: a link set on the row of a checkbox's
    // label ("Don't ask again on this device  Try another way") is read on that label's line.
    let starts_choice = |line: &str| {
        let line = word_line(line);
        w.choices.iter().any(|c| {
            line.strip_prefix(c.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(' '))
                || line.strip_suffix(c.as_str()).is_some_and(|r| r.ends_with(' '))
        })
    };
    let account = |line: &str| {
        let t = line.trim();
        !t.contains(' ') && t.split_once('@').is_some_and(|(a, d)| !a.is_empty() && d.contains('.'))
    };
    let shown = |l: &str| account(l) || starts_choice(&text::normalize(l));
    let chosen = match place.3 {
        Some(card) => card.lines().any(shown),
        None => places.buttons.iter().any(|b| starts_choice(b)) || snap.text.lines().any(shown),
    };
    chosen.then(|| (place.0, quote(place.1)))
}

/// Words of a host name that say what a page is for, not whose it is: a site named only with
/// them ("secure-docs-portal.com") shows no brand of its own by its name.
const GENERIC_HOST_WORDS: &[&str] = &[
    // "password" in the languages kits write in, as a host spells it (a page asking for the
    // "Kennwort" on `konto-kennwort-pruefen.de` does not name itself)
    "passwort",
    "kennwort",
    "wachtwoord",
    "senha",
    "parola",
    "contrasena",
    "haslo",
    "sifre",
    "motdepasse",
    "heslo",
    "jelszo",
    "salasana",
    "losenord",
    "passord",
    "adgangskode",
    "parol",
    "pasuwado",
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
    "export",
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
    "meet",
    "join",
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
    "token",
    "tokens",
    "activity",
    "credential",
    "credentials",
    "settings",
    "setup",
    "config",
    "device",
    "devices",
    "sync",
    "install",
    "activate",
    "activation",
    "code",
    "codes",
    "key",
    "keys",
    "resume",
    "desk",
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
/// words of four letters or more that are neither generic ([`GENERIC_HOST_WORDS`], sign-in
/// wording in any language listed: [`is_sign_in_word`]) nor a
/// provider's name, product or combosquat word (`portal.copperline-it.com`: "copperline").
/// `domain`: the host's registrable domain.
fn own_brand_words(engine: &Engine, domain: &str) -> Vec<String> {
    let label = domain.split('.').next().unwrap_or_default();
    label
        .split(|c: char| !c.is_ascii_alphabetic())
        // Sign-in wording in any language listed is generic too ("compte", "konto", "cuenta").
        .filter(|w| w.len() >= 4 && !GENERIC_HOST_WORDS.contains(w) && !is_sign_in_word(w))
        .filter(|w| Folded::new(w).matches(&engine.terms).is_empty())
        .filter(|w| {
            !engine.providers.iter().any(|c| {
                // Combo words are in lower case already (`Provider::normalized`).
                c.provider
                    .combo_words
                    .iter()
                    .chain(&c.provider.combo_words_with_sign_in)
                    // A word holds only words no longer than itself: most are passed over
                    // by their length, without a substring search. A host word a combo word
                    // holds is a piece of it ("share" of "sharepoint"), but not the singular of
                    // a product's plural ("pipeline" of "pipelines": a sales CRM's own name).
                    .any(|cw| {
                        let plural = cw.len() == w.len() + 1 && cw.ends_with('s') && cw.starts_with(w);
                        (cw.len() <= w.len() && holds(w, cw)) || (w.len() <= cw.len() && !plural && holds(cw, w))
                    })
            })
        })
        .map(str::to_string)
        .collect()
}

/// The site's own brand: the words of its host ([`own_brand_words`]) and the name it writes in a
/// script its host cannot spell ([`script_site_name`]).
fn site_brand_words(engine: &Engine, domain: &str, snap: &PageSnapshot) -> Vec<String> {
    let mut words = own_brand_words(engine, domain);
    words.extend(script_site_name(engine, snap));
    words
}

/// A site name written in a script of its own ("クラウドポート" on `cloudport.co.jp`, "カレンダ連携Pro"
/// on `calendar-renkei.jp`): the first or the last part of the title around a separator ("Google
/// Workspace お申し込み | クラウドポート", "カレンダ連携Pro｜Microsoft 365 と予定を同期") that a link of
/// the header shows too (its home link, perhaps after a one-letter mark), with two letters or more
/// that are not Latin, and that is neither sign-in wording nor a provider's name. Compacted as
/// [`compact`] makes it.
fn script_site_name(engine: &Engine, snap: &PageSnapshot) -> Option<String> {
    let title = snap.title.as_str();
    const SEPARATORS: [&str; 7] = [" | ", " – ", " — ", " · ", " - ", "｜", "|"];
    let first = SEPARATORS.iter().filter_map(|sep| title.find(sep)).min()?;
    let last = SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|at| at + sep.len())).max()?;
    [&title[last..], &title[..first]].into_iter().find_map(|part| {
        let part = part.trim();
        let name = compact(part);
        let letters = name.chars().count();
        let script = name.chars().filter(|c| !c.is_ascii()).count();
        if script < 2 || is_sign_in_word(&text::normalize(part)) || !Folded::new(part).matches(&engine.terms).is_empty()
        {
            return None;
        }
        snap.brand
            .iter()
            .any(|b| {
                b.source == BrandSource::Banner
                    && b.control_text.as_deref().is_some_and(|t| {
                        let c = compact(t);
                        c.ends_with(name.as_str()) && c.chars().count() <= letters + 1
                    })
            })
            .then_some(name)
    })
}

/// `haystack` holds `needle`, as `haystack.contains(needle)`, compared byte by byte: for the
/// short names of a host, cheaper than setting up a substring search.
fn holds(haystack: &str, needle: &str) -> bool {
    needle.is_empty() || haystack.as_bytes().windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// Normalised text that says signing in ("sign in to", "log in", "login").
pub(crate) fn is_sign_in_place(normalized: &str) -> bool {
    ["sign in", "sign-in", "signin", "log in", "log-in", "login", "logon", "log on"]
        .iter()
        .any(|w| normalized.contains(w))
}

/// Providers whose name stands right before "account" or "password" in `folded` ("Confirm your Gmail
/// account password", "your Microsoft 365 password"): the provider's own account, which no mail
/// server's settings ask for ("For Gmail, use an app password", "IMAP password for imap.gmail.com"
/// name the server).
pub(crate) fn account_passwords(engine: &Engine, folded: &Folded) -> Vec<usize> {
    let n = folded.normalized();
    folded
        .matches(&engine.terms)
        .iter()
        .filter(|m| matches!(word_after(n, m.end), Some("account" | "password")))
        .map(|m| engine.term_provider[m.term])
        .collect()
}

/// The first word of `normalized` at or after byte `at`.
fn word_after(normalized: &str, at: usize) -> Option<&str> {
    normalized[at..].split(|c: char| !text::is_word_char(c)).find(|w| !w.is_empty())
}

/// A device's or an app's settings for sending mail through a provider's server: a NAS's
/// "Notification › Email" with "Service provider: Gmail", a printer's "Microsoft 365 (Exchange
/// Online)" preset, an SMTP server box, a port box, a user name and a password. The form that asks
/// for the password also asks for the server and its port, which no sign-in does; the provider it
/// names in words, or whose icon is seen only in the capture of the tab, is the server's. Still
/// claims: a place that says it signs in to the provider or names it as what the sign-in is for,
/// its input markers, a disguised name, its logo drawn in or over the card that holds the fields
/// (not beside a preset's name above it), the title, a heading or a
/// header line that is the provider's name alone (a copy of Gmail's own settings), and a line that
/// asks the provider's account or password ([`asks_for_account`], [`password_asks`],
/// [`account_passwords`]: "Confirm your Gmail account password to keep receiving mail"). The
/// providers of the claims dropped.
fn drop_mail_server_settings(
    engine: &Engine,
    snap: &PageSnapshot,
    credentials: &[&Input],
    claims: &mut Vec<Claim>,
) -> Vec<usize> {
    // (what a claim holds that no settings excuse, before anything of the page is read)
    let beyond_words = |c: &Claim| {
        c.said
            || c.target
            || !c.markers.is_empty()
            || !c.disguised.is_empty()
            // (a logo drawn outside the card that holds the fields: the preset's icon)
            || !c.drawn.iter().all(|p| {
                p.is_some_and(|p| !p.in_form_card && !matches!(p.form_side, FormSide::Over | FormSide::None))
            })
            || c.brand
                .iter()
                .any(|e| matches!(e.label, EvidenceLabel::Imitates | EvidenceLabel::Title | EvidenceLabel::Heading))
    };
    if claims.iter().all(beyond_words) {
        return Vec::new();
    }
    let says = |i: &Input, w: &[&str]| {
        let (label, name) = (text::normalize(&i.label), text::normalize(&i.name.replace(['_', '-'], " ")));
        says_any(&label, w) || says_any(&name, w)
    };
    let forms: Vec<usize> =
        credentials.iter().filter(|i| i.kind == InputKind::Password).filter_map(|i| i.form).collect();
    let settings = forms.iter().any(|&f| {
        let in_form = || snap.inputs.iter().filter(move |i| i.form == Some(f));
        in_form().any(|i| says(i, &["port"]))
            && in_form()
                .any(|i| i.kind == InputKind::Other && says(i, &["smtp", "imap", "pop3", "server", "host", "hostname"]))
    });
    if !settings {
        return Vec::new();
    }
    // (the page's title, a heading or a line of its header that is the provider's name alone present
    // the page as the provider: a copy of Gmail's own settings, "Settings – Gmail" under the Gmail bar)
    let bars: Vec<usize> = snap
        .brand
        .iter()
        .filter(|b| b.source == BrandSource::Banner && b.control_text.is_none())
        .flat_map(|b| {
            let folded = Folded::new(&b.text);
            folded
                .matches(&engine.terms)
                .iter()
                .filter(|m| other_words(folded.normalized(), m.start, m.end) == 0)
                .map(|m| engine.term_provider[m.term])
                .collect::<Vec<_>>()
        })
        .collect();
    let words_only = |c: &Claim| !beyond_words(c) && !bars.contains(&c.provider);
    if !claims.iter().any(words_only) {
        return Vec::new();
    }
    let mut asked = asks_for_account(engine, snap);
    asked.extend(password_asks(engine, snap, None).into_iter().map(|(i, _)| i));
    for b in snap.brand.iter().filter(|b| b.source != BrandSource::Logo && b.control_text.is_none()) {
        asked.extend(account_passwords(engine, &Folded::new(&b.text)));
    }
    drop_claims(claims, |c| words_only(c) && !asked.contains(&c.provider))
}

/// Takes the claims `drop` says out of `claims`; their providers, in order.
fn drop_claims(claims: &mut Vec<Claim>, mut drop: impl FnMut(&Claim) -> bool) -> Vec<usize> {
    let mut dropped = Vec::new();
    claims.retain(|c| {
        let out = drop(c);
        if out {
            dropped.push(c.provider);
        }
        !out
    });
    dropped
}

/// First labels of the host a company's own mail server answers at (`mail.stenholm-logistics.se`).
const MAIL_HOST_LABELS: &[&str] = &["mail", "webmail", "owa", "exchange", "email", "outlook"];

/// Pieces of a word that make a host's name about mail or signing in, wherever they stand in it
/// (`mailhub`, `securelogin`, `accountverify`).
const THEMED_HOST_PIECES: &[&str] =
    &["mail", "login", "logon", "signin", "secure", "verif", "account", "auth", "office", "exchange"];

/// A company's own installation of a provider's product: an on-premises Outlook on the web at
/// `mail.stenholm-logistics.se` headed "Outlook" over "Stenholm Logistics webmail". Its host is
/// the company's mail server (a first label of [`MAIL_HOST_LABELS`] on a registrable domain made
/// of the company's own name and nothing generic: not `northbridge-mail-verify.com`), and a line
/// of its header or a heading names the company. A claim that names a product of the provider
/// ("Outlook Web App"), with the provider's name and logo as the server's pages print them
/// ("Microsoft®", "Connected to Microsoft Exchange"), is then the company's own server's: one
/// that says it signs in to the provider, carries its input markers or its sign-in layout,
/// disguises a name, asks for the provider's account ([`asks_for_account`]) or names no product
/// stays. Where the company is not the person's own, the page says so in its own words; an
/// organisation that runs such a server lists its host by policy to have copies of it warned of.
/// The providers of the claims dropped.
/// `own_brand`: as for [`drop_mentions_beside_own_brand`].
fn drop_self_hosted_products(
    engine: &Engine,
    snap: &PageSnapshot,
    own_brand: &OnceCell<Vec<String>>,
    host: &str,
    registrable: &str,
    claims: &mut Vec<Claim>,
) -> Vec<usize> {
    // Named by a product (the provider's own name beside it, as the server's pages print it:
    // "Outlook Web App", "Microsoft®", "Connected to Microsoft Exchange"), and nothing more than
    // words and pictures.
    let server_product = |c: &Claim| {
        c.product
            && !c.said
            && c.markers.is_empty()
            && c.disguised.is_empty()
            && c.brand.iter().all(|e| {
                matches!(
                    e.label,
                    EvidenceLabel::Title | EvidenceLabel::Heading | EvidenceLabel::Banner | EvidenceLabel::Logo
                )
            })
    };
    if !claims.iter().any(server_product) {
        return Vec::new();
    }
    let Some(first) = host.strip_suffix(registrable).and_then(|h| h.strip_suffix('.')) else { return Vec::new() };
    if !MAIL_HOST_LABELS.contains(&first) {
        return Vec::new();
    }
    let words = own_brand.get_or_init(|| site_brand_words(engine, registrable, snap));
    let label = registrable.split('.').next().unwrap_or_default();
    // Every part of the name is the company's own: none is generic, sign-in or mail wording, or a
    // provider's name (`stenholm-logistics`; not `owa-mailhub-eu`, `northbridge-mail-verify`).
    let company_name = !words.is_empty()
        && label.split('-').all(|part| {
            !part.is_empty()
                && !GENERIC_HOST_WORDS.contains(&part)
                && !MAIL_HOST_LABELS.contains(&part)
                && !THEMED_HOST_PIECES.iter().any(|t| holds(part, t))
                && !is_sign_in_word(part)
                && Folded::new(part).matches(&engine.terms).is_empty()
        });
    let names_company = || {
        snap.brand.iter().any(|b| {
            matches!(b.source, BrandSource::Banner | BrandSource::Heading)
                && b.control_text.is_none()
                && words.iter().any(|w| compact(&b.text).contains(w.as_str()))
        })
    };
    if !company_name || !names_company() {
        return Vec::new();
    }
    // (a line asking for the provider's account asks for it, whatever the page is)
    let asked = asks_for_account(engine, snap);
    drop_claims(claims, |c| server_product(c) && !asked.contains(&c.provider))
}

/// A page that shows its own brand, the one its host is named for, in its title and again in its
/// header or a heading ("Copperline IT — Client Portal", "Copperline IT" in the header) presents
/// itself as that site: a provider's name elsewhere on it, a logo seen only in a capture of the
/// tab, or a logo drawn where it does not head the sign-in ([`heads_sign_in`]) is a mention (a
/// partner badge, a course about the provider's apps, a vault's saved logins, a vendor's "for
/// Azure DevOps"), not a claim to be the provider. Still claims: the provider's logo drawn as the
/// identity of the sign-in card, a place that says nothing but "Sign in to P", its input markers, its sign-in layout,
/// a disguised spelling of its name, and a name in the credential form itself ("Sign in with your
/// Microsoft account" above a password box asks for that account) or in a line that asks for the
/// provider's account beside a password box ([`asks_for_account`]). The caller leaves out pages
/// on a look-alike host and approval pages (a copy of a consent screen on the app's own site is an
/// imitation whatever its title says). The providers of the claims dropped (but those a caption or
/// a badge names).
/// `own_brand`: [`own_brand_words`] of `registrable` (the host's registrable domain), made on
/// first use and kept for the page.
fn drop_mentions_beside_own_brand(
    engine: &Engine,
    snap: &PageSnapshot,
    own_brand: &OnceCell<Vec<String>>,
    registrable: &str,
    credentials: &[&Input],
    claims: &mut Vec<Claim>,
) -> Vec<usize> {
    if claims.is_empty() {
        return Vec::new();
    }
    let words = own_brand.get_or_init(|| site_brand_words(engine, registrable, snap));
    if words.is_empty() {
        return Vec::new();
    }
    let shows = |place: &str| {
        let c = compact(place);
        words.iter().any(|w| c.contains(w.as_str()))
    };
    let in_header = snap.brand.iter().any(|b| {
        matches!(b.source, BrandSource::Banner | BrandSource::Heading) && b.control_text.is_none() && shows(&b.text)
    });
    // The credential form's own words (its labels, text and buttons).
    let form_text: String = credentials
        .iter()
        .flat_map(|i| [i.label.as_str(), i.form.and_then(|f| snap.forms.get(f)).map_or("", |f| f.text.as_str())])
        .collect::<Vec<&str>>()
        .join("\n");
    // The site names itself in its title and again in its header, a heading, the credential form
    // it asks with or a button ("Unlock Nettlecove" under the title "Nettlecove Vault").
    if !shows(&snap.title) || !(in_header || shows(&form_text) || snap.buttons.iter().any(|b| shows(b))) {
        return Vec::new();
    }
    // Providers the credential form names, in any way; not the one whose token or key it stores (an
    // integration's "GitHub API URL", "Personal access token", an app registration's "Client
    // secret", and no sign-in name), nor those an
    // order form beside the site's own account names ("Choose a password for the BrightCloud
    // portal" under a plan list of Microsoft 365 editions).
    let folded = Folded::new(&form_text);
    let tokens = credentials.iter().all(|i| i.kind == InputKind::Password && is_app_secret(i));
    // The site's own account: a password box labelled with its brand, or a card headed "Sign in to
    // <the site>" naming no provider ("Sign in to AppHaven" beside a listing that tells the reader
    // to sign in with their Microsoft account once the app is installed).
    let own_account = credentials.iter().any(|i| own_password(engine, i, &shows))
        || snap.brand.iter().any(|b| {
            b.source == BrandSource::Heading
                && b.control_text.is_none()
                && b.card.is_some()
                && shows(&b.text)
                && is_sign_in_place(&text::normalize(&b.text))
                && Folded::new(&b.text).matches(&engine.terms).is_empty()
        });
    let mail_setup = is_mail_setup(folded.normalized());
    let mut named: Vec<usize> = if tokens || own_account || mail_setup {
        Vec::new()
    } else {
        folded.matches(&engine.terms).iter().map(|m| engine.term_provider[m.term]).collect()
    };
    if !own_account && credentials.iter().any(|i| i.kind == InputKind::Password) {
        named.extend(asks_for_account(engine, snap));
    }
    // A line asking for the password used at a provider asks for that provider's, whatever account
    // the site's own card names.
    if credentials.iter().any(|i| i.kind == InputKind::Password) {
        named.extend(password_asks(engine, snap, None).into_iter().map(|(i, _)| i));
    }
    let logos: Vec<(usize, ImagePlace)> =
        claims.iter().flat_map(|c| c.drawn.iter().flatten().map(move |p| (c.provider, *p))).collect();
    let pills = pill_labels(engine, snap);
    let pictured = picture_captions(engine, snap);
    // Providers whose logo the page shows by any means (an image's alt text or label, its pixels,
    // the capture of the tab): the rows of connected accounts whose icons are not all placed.
    let imaged: Vec<usize> =
        claims.iter().filter(|c| c.brand.iter().any(|e| e.label == EvidenceLabel::Logo)).map(|c| c.provider).collect();
    // Every password box asked is labelled with the site's own name ("Hearthstone password"; "Cinder
    // password" on `cindergames.net`, a word the host's name starts with) and no provider's: the
    // person is asked for the site's own password, whatever logo heads the card ("Link your GitHub
    // account"). A mail server's settings (an app password for IMAP) under the mail provider's logo
    // are no sign-in to the provider either.
    let label_names_own = |label: &str| {
        let l = text::normalize(label);
        Folded::new(label).matches(&engine.terms).is_empty()
            && (shows(label)
                || word_spans(&l)
                    .map(|(a, b)| &l[a..b])
                    .any(|w| w.len() >= 4 && !FILLER.contains(&w) && words.iter().any(|o| o.starts_with(w))))
    };
    let passwords = || credentials.iter().filter(|i| i.kind == InputKind::Password);
    let own_labelled = passwords().next().is_some() && passwords().all(|i| label_names_own(&i.label));
    // A token or key asked under the site's own masthead (a short line of its header names it:
    // "Mergebot" over "Connect GitHub with a token"), with no line of the header that is a provider's name
    // alone (its bar): the site asks in its own name for a token of the provider's, whose logo says
    // what the token is for. A copy styled as the provider's own page has no masthead of the site's.
    let own_token = tokens && {
        let (mut masthead, mut bar) = (false, false);
        for b in snap.brand.iter().filter(|b| b.source == BrandSource::Banner) {
            let folded = Folded::new(&b.text);
            if word_spans(folded.normalized()).count() > 3 {
                continue;
            }
            let names = folded.matches(&engine.terms);
            masthead |= names.is_empty() && shows(&b.text);
            bar |= names.iter().any(|m| other_words(folded.normalized(), m.start, m.end) == 0);
        }
        masthead && !bar
    };
    let mut dropped = Vec::new();
    claims.retain(|c| {
        let others_imaged = imaged.iter().any(|&o| o != c.provider);
        let keep = c.said
            || !own_labelled && !mail_setup && !own_token && c.drawn.iter().any(|p| {
                heads_sign_in(*p, c.provider, &logos, others_imaged)
                    && !(pills.contains(&c.provider) && is_pill(*p))
                    && !(pictured.contains(&c.provider) && is_pictured(*p))
            })
            || !c.markers.is_empty()
            // (a disguise in the words of a captioned picture apart from the form is the picture's)
            || c.disguised.iter().any(|e| {
                !(pictured.contains(&c.provider)
                    && snap.images.iter().any(|m| is_pictured(m.place) && m.words.as_deref().map(quote) == Some(e.value.clone())))
            })
            || c.brand.iter().any(|e| e.label == EvidenceLabel::Imitates)
            || named.contains(&c.provider);
        // (a provider a caption or a badge names is a picture's or a badge's, wherever the fields are)
        if !keep && !pictured.contains(&c.provider) && !pills.contains(&c.provider) {
            dropped.push(c.provider);
        }
        keep
    });
    dropped
}

/// A password box whose own label names the site's own brand and no provider ("Choose a password
/// for the BrightCloud portal", "Passwort für Ihr Wolkenwerk-Kundenkonto"): the site's own account.
/// `shows`: the text names the site's own brand.
pub(crate) fn own_password(engine: &Engine, input: &Input, shows: &dyn Fn(&str) -> bool) -> bool {
    input.kind == InputKind::Password
        && (names_member_area(&input.label) || (!is_filler_only(&input.label) && shows(&input.label)))
        && Folded::new(&input.label).matches(&engine.terms).is_empty()
}

/// `label` says nothing but sign-in wording ("Password", "Enter your password"): it names no brand
/// (a brand word is never sign-in wording), so the site's brand words need not be read for it.
fn is_filler_only(label: &str) -> bool {
    let l = text::normalize(label);
    word_spans(&l).all(|(a, b)| FILLER.contains(&&l[a..b]))
}

/// Words for a site's own members' area ("マイページ用パスワード", the password for the shop's
/// "my page"; "会員パスワード", a member's password).
const MEMBER_AREA: [&str; 4] = ["マイページ", "会員", "my page", "member area"];

fn names_member_area(label: &str) -> bool {
    let label = text::normalize(label);
    MEMBER_AREA.iter().any(|w| label.contains(w))
}

/// Words right before a provider's name that ask the person to sign in with their account of it
/// ("Use your Google account to view it", "Sign in with your Microsoft account").
const ACCOUNT_ASK_BEFORE: [&[&str]; 6] = [
    &["use", "your"],
    &["sign", "in", "with", "your"],
    &["log", "in", "with", "your"],
    &["sign", "in", "to", "your"],
    &["log", "in", "to", "your"],
    &["enter", "your"],
];

/// Providers whose account a line of the page asks for, outside any link or button: the
/// provider's name between one of [`ACCOUNT_ASK_BEFORE`] and "account" or "password" ("Use your
/// Google account to view it"), or after "to continue to", the subtitle of the provider's own
/// sign-in ("to continue to Azure DevOps" under "Sign in"). Beside a password box that asks for that account, whatever the
/// page calls itself; "Connect your Google account" or "Confirm with your Acme password" do not.
fn asks_for_account(engine: &Engine, snap: &PageSnapshot) -> Vec<usize> {
    const QUOTES: [char; 3] = ['"', '\u{201c}', '\u{ab}'];
    let mut found = Vec::new();
    for b in snap.brand.iter().filter(|b| b.source != BrandSource::Logo && b.control_text.is_none()) {
        let folded = Folded::new(&b.text);
        for m in folded.matches(&engine.terms) {
            // A quotation of such wording cites it ("if a page asks you to “sign in with your
            // Microsoft account password”, close it"), as a help page or an article does.
            if super::asks::in_quotation(folded.normalized(), m.start) {
                continue;
            }
            let after = word_after(folded.normalized(), m.end);
            let before = folded.words_before(m.start, 4);
            // The provider's own sign-in subtitle ("to continue to Azure DevOps" under "Sign in"):
            // the account asked for is the provider's.
            // Not a quotation of it ("Card B — \"to continue to Gmail\"", a quiz about copies).
            let continues_to = before.ends_with(&["to", "continue", "to"])
                && !folded.normalized()[..m.start].chars().rev().take(16).any(|c| QUOTES.contains(&c));
            // "Confirm the password you use for Gmail": the provider's own password, asked for.
            let password = super::asks::asks_for_password(folded.normalized(), m.start, m.end);
            if !continues_to && !password && !matches!(after, Some("account" | "password")) {
                continue;
            }
            if continues_to || password || ACCOUNT_ASK_BEFORE.iter().any(|ask| before.ends_with(ask)) {
                found.push(engine.term_provider[m.term]);
            }
        }
    }
    found
}

/// Providers a line of the page (a heading, banner or text place, not a control) asks the person's
/// password of, by a name or by one of its own domains standing where the name would ("Enter the
/// password you use for Gmail", "use the same e-mail and password as on dev.azure.com"), with that
/// line. Advice ("never reuse the password you use on github.com") is no ask.
/// `brand`: the brand places already folded (`brand[k]` is `snap.brand[k]`'s text), when the caller
/// has them.
pub(crate) fn password_asks(engine: &Engine, snap: &PageSnapshot, brand: Option<&[Folded]>) -> Vec<(usize, String)> {
    let mut found: Vec<(usize, String)> = Vec::new();
    for (k, b) in
        snap.brand.iter().enumerate().filter(|(_, b)| b.source != BrandSource::Logo && b.control_text.is_none())
    {
        let made;
        let folded = match brand.and_then(|f| f.get(k)) {
            Some(f) => f,
            None => {
                made = Folded::new(&b.text);
                &made
            }
        };
        let n = folded.normalized();
        if !super::asks::may_ask(n) {
            continue;
        }
        let mut spans: Vec<(usize, usize, usize)> =
            named(engine, folded, false).into_iter().map(|(i, m)| (i, m.start, m.end)).collect();
        spans.extend(domain_spans(engine, n));
        for (i, start, end) in spans {
            if super::asks::asks_for_password(n, start, end) && !found.iter().any(|(k, _)| *k == i) {
                found.push((i, b.text.clone()));
            }
        }
    }
    // A password box's own label naming a provider's domain ("dev.azure.com password").
    for input in snap.inputs.iter().filter(|i| i.kind == InputKind::Password && !i.read_only) {
        if !input.label.contains('.') {
            continue;
        }
        let n = text::normalize(&input.label);
        for (i, start, end) in domain_spans(engine, &n) {
            // (the label names the password after the domain: "dev.azure.com password")
            let named_password = word_line(&n[end..]).split(' ').next().is_some_and(|w| LABEL_PASSWORD.contains(&w));
            if (named_password || super::asks::asks_for_password(&n, start, end)) && !found.iter().any(|(k, _)| *k == i)
            {
                found.push((i, input.label.clone()));
            }
        }
    }
    found
}

/// The word for a password right after a domain in a password box's label, in the languages the
/// extension speaks.
const LABEL_PASSWORD: [&str; 7] = ["password", "passwort", "kennwort", "mot", "contraseña", "senha", "パスワード"];

/// Where normalised text `n` names one of a provider's own domains as a whole address
/// ("dev.azure.com", not "dev.azure.com.evil.example"): (provider, start, end).
fn domain_spans(engine: &Engine, n: &str) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    for (i, c) in engine.providers.iter().enumerate() {
        for d in c.provider.own_domains.iter().filter(|d| contains_ascii_ci(n, d)) {
            for (at, _) in n.match_indices(d.as_str()) {
                let end = at + d.len();
                let edge = |c: Option<char>| c.is_none_or(|c| !text::is_word_char(c) && c != '.' && c != '-');
                let next_word = n[end..].strip_prefix('.').is_some_and(|r| r.starts_with(text::is_word_char));
                if edge(n[..at].chars().next_back())
                    && !next_word
                    && edge(n[end..].chars().next().filter(|&c| c != '.'))
                {
                    spans.push((i, at, end));
                }
            }
        }
    }
    spans
}

/// Words of a badge's label that make the provider's name beside it a mention: a partnership, a
/// product the site works with, a course about it ("Microsoft Solutions Partner", "Works with
/// Outlook", "Microsoft 365 Fundamentals · Lesson 4 of 9", "GitHub Actions · 6 modules").
const PILL_WORDS: [&str; 9] =
    ["partner", "works with", "integrates with", "lesson", "lessons", "module", "modules", "course", "courses"];

/// Words of a caption that make what it names a picture on the page, not the page: "Screenshot:
/// the Microsoft sign-in page", "Figure 2 — Google's consent screen".
const CAPTION_WORDS: [&str; 6] = ["screenshot", "screenshots", "screen shot", "figure", "fig", "pictured"];

/// Providers named by a caption: a line of the page's visible text outside any link or button that
/// says it shows a picture ([`CAPTION_WORDS`]) of the provider's page.
fn picture_captions(engine: &Engine, snap: &PageSnapshot) -> Vec<usize> {
    named_by_lines_saying(engine, snap, &CAPTION_WORDS)
}

/// Providers named by the lines of the page's visible text (a heading, the banner or a line below)
/// or an image's own words (its alt text: "Screenshot: a copy of the Microsoft sign-in") outside
/// any link or button that say one of `words` (whole words).
fn named_by_lines_saying(engine: &Engine, snap: &PageSnapshot, words: &[&str]) -> Vec<usize> {
    snap.brand
        .iter()
        .filter(|b| b.source != BrandSource::Title && b.control_text.is_none())
        .filter_map(|b| {
            let folded = Folded::new(&b.text);
            let t = folded.normalized();
            let said = format!(" {} ", word_spans(t).map(|(a, e)| &t[a..e]).collect::<Vec<&str>>().join(" "));
            let says = words.iter().any(|w| said.contains(&format!(" {w} ")));
            says.then(|| named(engine, &folded, true).into_iter().map(|(i, _)| i))
        })
        .flatten()
        .collect()
}

/// A logo drawn in a picture that stands apart from the credential form: outside its card, not
/// drawn over it and with space between them. Beside a caption that names its provider
/// ([`picture_captions`]) it is part of that picture (a course's screenshot of the provider's
/// sign-in beside the site's own login). A picture of the sign-in laid over or under the form, or
/// inside its card, is the sign-in itself.
fn is_pictured(place: Option<ImagePlace>) -> bool {
    place.is_some_and(|p| {
        !p.in_form_card
            && matches!(p.form_side, FormSide::Left | FormSide::Right | FormSide::Above | FormSide::Below)
            && p.form_gap.is_some_and(|g| g > 0.0)
    })
}

/// The largest side, in CSS pixels, of a logo drawn as a badge's icon beside its label: the size
/// of a line of text or an app-icon row ("Works with Outlook and Google Calendar" above 18 to 22 px
/// icons), smaller than a logo that heads a sign-in.
const PILL_MAX_PX: f64 = 22.0;

/// Providers named by a line of the page's visible text (a heading, the banner or a line below)
/// outside any link or button that says a badge's words ([`PILL_WORDS`]).
/// "Works with Outlook" names Outlook as a mention: counted.
fn pill_labels(engine: &Engine, snap: &PageSnapshot) -> Vec<usize> {
    named_by_lines_saying(engine, snap, &PILL_WORDS)
}

/// A logo drawn as a badge's icon: at most [`PILL_MAX_PX`] each way, outside the credential
/// form's card and not drawn over it. Beside a badge's label that names its provider
/// ([`pill_labels`]) it is part of the badge, not the identity of the sign-in.
fn is_pill(place: Option<ImagePlace>) -> bool {
    place.is_some_and(|p| {
        !p.in_form_card
            && matches!(p.form_side, FormSide::Left | FormSide::Right | FormSide::Above | FormSide::Below)
            && p.width > 0.0
            && p.height > 0.0
            && p.width.max(p.height) <= PILL_MAX_PX
    })
}

/// Pixels between a logo and the credential form's card above or below which it is no longer
/// the card's heading: headings, text and sections stand between them (a reseller's hero logo
/// above its plans and its customers' login).
const FAR_FROM_FORM_PX: f64 = 160.0;

/// How far two logos' left or top edges may stand apart and still be lined up in one column or row.
const ALIGNED_PX: f64 = 8.0;

/// A logo drawn at `place` shows the page as `provider`'s sign-in, as a person sees it: it is the
/// identity of the sign-in card unless it is plainly somewhere else. A mention: one of a list of
/// providers' logos (the collector counts two or more candidates of its size lined up with it, and
/// another provider's logo among `logos` stands in that row or column: a vault's items, an app's
/// integrations), a logo in a band across the page that does not hold the form (a site header's
/// partner badge), or one above or below the card with more than [`FAR_FROM_FORM_PX`] between
/// them (a hero or article logo). Inside the card or drawn over it, it heads the form whatever
/// surrounds it; so does a logo the collector did not measure, and any logo on a page without a
/// credential field.
/// `logos`: every drawn logo of the page that carries a place, with its provider;
/// `others_imaged`: the page shows another provider's logo (by an image's label, its pixels or
/// in the capture of the tab), so the peers in a list need not each be placed and recognised.
fn heads_sign_in(
    place: Option<ImagePlace>,
    provider: usize,
    logos: &[(usize, ImagePlace)],
    others_imaged: bool,
) -> bool {
    let Some(p) = place else { return true };
    if p.form_side == FormSide::None {
        return true;
    }
    let similar = |q: &ImagePlace| {
        let (a, b) = (p.width.max(p.height), q.width.max(q.height));
        a > 0.0 && b > 0.0 && a.max(b) <= 1.5 * a.min(b)
    };
    let lined_up =
        |q: &ImagePlace| (q.page_x - p.page_x).abs() <= ALIGNED_PX || (q.page_y - p.page_y).abs() <= ALIGNED_PX;
    // (two logos of different providers side by side are a list too: "Recently used: Google · GitHub")
    let other_beside = logos.iter().any(|(other, q)| *other != provider && similar(q) && lined_up(q));
    let in_list = (p.peers >= 1 && other_beside) || (p.peers >= 2 && others_imaged);
    // A list of providers' logos is a list wherever it stands: the rows of a settings page's
    // connected accounts share the card of its change-password form (and overlap its box).
    if in_list {
        return false;
    }
    if p.in_form_card || p.form_side == FormSide::Over {
        return true;
    }
    let far =
        matches!(p.form_side, FormSide::Above | FormSide::Below) && p.form_gap.is_some_and(|g| g > FAR_FROM_FORM_PX);
    !(p.in_bar || far)
}

/// Consent wording together with a button that gives consent: the button's text.
fn approval_ui(snap: &PageSnapshot, places: &Places) -> Option<String> {
    let button = places.buttons.iter().position(|t| {
        let first = t.split(|c: char| !text::is_word_char(c)).next().unwrap_or("");
        APPROVE.contains(&first)
    })?;
    let wording = |t: &str| CONSENT_WORDING.iter().any(|w| t.contains(w));
    // Short places first: the heading usually says it ("Permissions requested").
    (wording(places.title.normalized())
        || places.brand.iter().any(|b| wording(b.normalized()))
        || wording(places.text()))
    .then(|| snap.buttons[button].trim().to_string())
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
    use super::{contains_ascii_ci, is_federation_word, is_filler_only, is_host_footer, wording, words, Trigrams};

    /// The word for a password in a host's name, in any language kits write in, is no brand of the
    /// site's own: the host's other words are.
    #[test]
    fn a_password_word_in_the_host_is_no_brand() {
        let engine = crate::rules::Engine::new(crate::policy::Policy::default());
        for (domain, kept) in [
            ("konto-kennwort-pruefen.de", vec!["pruefen"]),
            ("wachtwoord-verlopen.nl", vec!["verlopen"]),
            ("senha-expirada.com.br", vec!["expirada"]),
            ("parola-yenileme.com.tr", vec!["yenileme"]),
            ("kennwort-tresor.de", vec!["tresor"]),
            ("copperline.de", vec!["copperline"]),
        ] {
            assert_eq!(super::own_brand_words(&engine, domain), kept, "{domain}");
        }
    }

    /// A password label of sign-in wording alone is not read for the site's brand; one that says
    /// anything more is.
    #[test]
    fn a_bare_password_label_names_no_brand() {
        for label in ["Password", "Enter your password", "", "Password:"] {
            assert!(is_filler_only(label), "{label}");
        }
        for label in ["Copperline password", "Passwort", "MailMerge Studio password", "マイページ用パスワード"]
        {
            assert!(!is_filler_only(label), "{label}");
        }
    }

    #[test]
    fn the_federation_wording_is_the_data_file() {
        let file = crate::datafiles::federation(include_str!("../../data/federation.txt")).unwrap();
        for w in file.words.iter().chain(&file.connectors) {
            assert!(is_federation_word(&crate::text::normalize(w)), "{w}");
        }
        // Every entry is read as the page's text is: normalised, and none lost to it.
        let w = wording();
        assert_eq!(w.phrases.len(), file.phrases.len());
        assert_eq!(w.footers.len(), file.footers.len());
        assert!(w.phrases.contains(&"sign in with".to_string()) && w.footers.contains(&"report abuse".to_string()));
        assert!(w.words.windows(2).all(|p| p[0] < p[1]) && w.connectors.windows(2).all(|p| p[0] < p[1]));
        // loading the same wording again does nothing; another is refused
        assert_eq!(super::load_wording(include_str!("../../data/federation.txt")), Ok(()));
        assert!(super::load_wording("phrase x\nwords en y\nfooter z\nend\n").is_err());
    }

    #[test]
    fn runs_without_spaces_are_read_by_their_pieces() {
        for run in ["アカウントでログイン", "で続ける", "账号登录", "帳戶登入", "계정으로", "계속하기"]
        {
            assert!(is_federation_word(run), "{run}");
        }
        for run in ["パスワード", "账号密码", "비밀번호", "google", "kundendienst", "ログインしてパスワード"]
        {
            assert!(!is_federation_word(run), "{run}");
        }
        assert!(is_host_footer("google sites · report abuse"));
        assert!(!is_host_footer("sign in to google sites"));
    }

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

    /// A combining mark (a Thai tone mark or vowel sign, a Devanagari virama) stays in its word.
    #[test]
    fn combining_marks_stay_in_their_word() {
        for (t, expected) in [
            ("ดำเนินการต่อด้วย Google", vec!["ดำเนินการต่อด้วย", "google"]),
            ("ສືບຕໍ່ດ້ວຍ Google", vec!["ສືບຕໍ່ດ້ວຍ", "google"]),
            ("បន្តជាមួយ Google", vec!["បន្តជាមួយ", "google"]),
            ("Google ဖြင့် ဆက်လုပ်ပါ", vec!["google", "ဖြင့်", "ဆက်လုပ်ပါ"]),
            ("Google से लॉग इन करें", vec!["google", "से", "लॉग", "इन", "करें"]),
        ] {
            let n = crate::text::normalize(t);
            assert_eq!(words(&n).collect::<Vec<_>>(), expected, "{t:?}");
        }
        assert!(super::is_sign_in_word(&crate::text::normalize("ดำเนินการต่อด้วย")));
        assert!(
            super::other_words("アカウントでログインすると、注文履歴とお気に入りが同期されます", 0, 0)
                > super::MAX_OTHER_WORDS
        );
        assert_eq!(super::other_words("アカウントで確認", 0, 0), 2);
    }

    #[test]
    fn words_are_the_alphanumeric_runs() {
        for t in TEXTS {
            let expected: Vec<&str> =
                t.split(|c: char| !crate::text::is_word_char(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(words(t).collect::<Vec<_>>(), expected, "{t:?}");
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
        // Every text of up to 7 bytes over a few letters, with needles that repeat their letters.
        let alphabet = b"deDE-";
        for len in 0..=7u32 {
            for mut k in 0..alphabet.len().pow(len) {
                let mut t = String::new();
                for _ in 0..len {
                    t.push(char::from(alphabet[k % alphabet.len()]));
                    k /= alphabet.len();
                }
                for n in ["e", "ed", "dee", "eded", "deed", "e-d", "eeeee"] {
                    assert_eq!(contains_ascii_ci(&t, n), t.to_ascii_lowercase().contains(n), "{t:?} {n:?}");
                }
            }
        }
    }

    #[test]
    fn a_text_may_hold_each_of_its_pieces() {
        for t in TEXTS {
            let trigrams = Trigrams::of(t.as_bytes());
            for a in 0..=t.len() {
                for b in a..=t.len() {
                    assert!(trigrams.may_hold(&t.as_bytes()[a..b]), "{t:?} {a}..{b}");
                }
            }
        }
        let layout = Trigrams::of(b"sign in - example shop\nsign in to your account\nprivacy\n");
        assert!(!layout.may_hold(b"privacy & cookies"));
        assert!(!layout.may_hold(b"forgot my password"));
    }
}
