//! The rules and the engine that runs them over a page snapshot.
//!
//! [`Engine::evaluate`] reads the facts of one frame ([`page::Page`]), runs every rule
//! ([`checks`]), and decides the level: any danger finding gives Danger, else any caution gives
//! Caution, else Genuine only when the page is on a provider's exact https origin, in the top
//! frame, with no certificate error, on a path recognised as the provider's approval or sign-in
//! page, and its content shows that page; anything else is None.

mod asks;
mod checks;
mod page;

use std::borrow::Cow;

use crate::finding::{ErrorKind, Evidence, EvidenceLabel, RuleId, Summary, SummaryKey, VerdictError};
use crate::lookalike::Lookalikes;
use crate::policy::Policy;
use crate::providers::{self, Provider};
use crate::snapshot::InputKind;
use crate::snapshot::{limits, BrandItem, Form, Frame, ImageItem, Input, PageContext, PageSnapshot, PositionedUrl};
use crate::text::{self, Terms};
use crate::verdict::{Finding, FrameFacts, Level, PageKind, Severity, Verdict};

use page::Page;

/// A provider prepared for matching.
pub(crate) struct Compiled {
    pub provider: Provider,
    /// Normalised `markers.titles`.
    pub titles: Vec<String>,
    /// Normalised `markers.layout`.
    pub layout: Vec<String>,
    /// Normalised `title_terms`.
    pub title_terms: Vec<String>,
}

// The engine's names (tiles, then five products a provider) fit the 32 bits of a mask.
const _: () = assert!(checks::MAIL_TILES.len() + 5 * page::SIGNS_IN_THROUGH.len() <= 32);

/// Built-in providers plus the organisation's, and its policy. Built once, used for every page.
pub struct Engine {
    policy: Policy,
    providers: Vec<Compiled>,
    /// Every provider's brand terms, and the provider of each.
    terms: Terms,
    term_provider: Vec<usize>,
    /// The term is a product name (`Provider::product_terms`), not a brand term.
    term_product: Vec<bool>,
    lookalikes: Lookalikes,
    /// The e-mail tiles and the products of providers that sign in through another, for one
    /// pass over a page's words ([`checks::TileWords`]).
    names: checks::TileWords,
}

impl Engine {
    /// `request.official-name`: on an approval page (consent wording and a button that gives
    /// consent), an app whose name starts with a provider's name or product ("Microsoft 365
    /// Security Scan", "Google Docs Viewer", "GitHub Security Alerts") asks for more than signing
    /// in and reading the profile, and the page does not vouch that the provider, or a publisher it
    /// verified as the provider, made it: an illicit-consent lure borrows the provider's name to be
    /// trusted. "Zoom for Outlook" (the product after the app's own name) is not it, nor is an app
    /// the provider's own verified publisher stands behind, nor one of the provider's own apps
    /// (by its client id: `Publisher::first_party`).
    fn official_name(
        &self,
        provider: &Provider,
        page: &Page,
        review: &crate::consent::RequestReview,
    ) -> Option<Finding> {
        page.approval_ui.as_ref()?;
        if !review.scopes.iter().any(|s| s.tier.risk() > crate::scopes::Tier::Low.risk()) {
            return None;
        }
        let request = &review.request;
        let name = request.app_name.as_deref()?;
        let folded = text::Folded::new(name);
        let first = folded.matches(&self.terms).into_iter().next()?;
        if folded.normalized()[..first.start].chars().any(char::is_alphanumeric) {
            return None;
        }
        let named = self.term_provider[first.term];
        let publisher_is_named = request.publisher.as_deref().is_some_and(|p| {
            text::Folded::new(p).matches(&self.terms).iter().any(|m| self.term_provider[m.term] == named)
        });
        if request.first_party
            || (publisher_is_named && crate::consent::publisher_vouched(&provider.publisher, request))
        {
            return None;
        }
        let mut evidence = vec![Evidence::new(EvidenceLabel::App, name)];
        if let Some(publisher) = &request.publisher {
            evidence.push(Evidence::new(EvidenceLabel::Publisher, publisher));
        }
        Some(Finding::new(
            RuleId::RequestOfficialName,
            Severity::Caution,
            vec![name.to_string(), self.providers[named].provider.name.clone()],
            evidence,
        ))
    }

    pub fn new(policy: Policy) -> Engine {
        let mut merged = providers::merged(&policy.custom_providers);
        // More origins for a provider: only from the organisation's policy (already https origins).
        for (id, origins) in &policy.trusted_origins {
            if let Some(p) = merged.iter_mut().find(|p| &p.id == id) {
                p.origins.extend(origins.iter().cloned());
                if let Some(n) = p.clone().normalized() {
                    *p = n;
                }
            }
        }
        let lookalikes = Lookalikes::new(&merged);
        let brand: Vec<(usize, &str, bool)> = merged
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                let brand = p.brand_terms.iter().map(move |t| (i, t.as_str(), false));
                brand.chain(p.product_terms.iter().map(move |t| (i, t.as_str(), true)))
            })
            .collect();
        let terms = Terms::new(brand.iter().map(|(_, t, _)| *t));
        let term_provider = brand.iter().map(|(i, _, _)| *i).collect();
        let term_product = brand.iter().map(|(_, _, product)| *product).collect();
        let providers = merged
            .into_iter()
            .map(|provider| Compiled {
                titles: provider.markers.titles.iter().map(|t| text::normalize(t)).collect(),
                layout: provider.markers.layout.iter().map(|t| text::normalize(t)).collect(),
                title_terms: provider.title_terms.iter().map(|t| text::normalize(t)).collect(),
                provider,
            })
            .collect();
        let names: Vec<&'static str> = checks::MAIL_TILES
            .iter()
            .chain(page::SIGNS_IN_THROUGH.iter().flat_map(|(_, _, products)| products))
            .copied()
            .collect();
        let names = checks::TileWords::new(&names);
        Engine { policy, providers, terms, term_provider, term_product, lookalikes, names }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The trusted hosts of this engine's providers, for look-alike checks.
    pub fn lookalikes(&self) -> &Lookalikes {
        &self.lookalikes
    }

    /// The providers this engine knows (built-in and the organisation's).
    pub fn providers(&self) -> impl Iterator<Item = &Provider> {
        self.providers.iter().map(|c| &c.provider)
    }

    /// What the frame shows, for the tab as a whole: its claims away from home and its asks.
    fn facts(&self, page: &Page) -> FrameFacts {
        let mut asks: Vec<String> = Vec::new();
        for i in &page.credentials {
            let what = match i.kind {
                InputKind::Password => "password",
                InputKind::OneTimeCode => "code",
                _ => "identifier",
            };
            if !asks.iter().any(|a| a == what) {
                asks.push(what.to_string());
            }
        }
        if page.step.is_some() || page.unclaimed_step {
            asks.push("step".to_string());
        }
        if page.command.is_some() {
            asks.push("command".to_string());
        }
        FrameFacts {
            origin: page.origin.clone(),
            claims: page
                .claims
                .iter()
                .filter(|c| !page.at_home(c.provider))
                .map(|c| self.providers[c.provider].provider.id.clone())
                .collect(),
            home: page.home.map(|i| self.providers[i].provider.id.clone()),
            account_claims: page.account_claims.iter().map(|&i| self.providers[i].provider.id.clone()).collect(),
            // (the top frame's too: a claim of a frame below pairs with the top's ask only then)
            bare: asks.iter().any(|a| a == "password") && page.names_nothing(),
            asks,
        }
    }

    /// The verdict for one frame. Never panics; input beyond the snapshot limits is cut first.
    pub fn evaluate(&self, snapshot: &PageSnapshot, context: &PageContext) -> Verdict {
        let ctx = bounded_context(context);
        // A rejected snapshot says nothing: only the host and URL rules run.
        let empty = PageSnapshot { top_frame: ctx.top_frame, ..PageSnapshot::default() };
        let snap = if ctx.snapshot_error.is_some() { Cow::Borrowed(&empty) } else { bounded(snapshot) };
        let url = url::Url::parse(if ctx.url.is_empty() { &snap.url } else { &ctx.url }).ok();
        // A snapshot of another origin (sent before a navigation) says nothing about this page.
        let snap = if ctx.url.is_empty() || same_origin(&snap.url, &ctx.url, url.as_ref()) {
            snap
        } else {
            Cow::Owned(PageSnapshot { top_frame: snap.top_frame, ..PageSnapshot::default() })
        };
        let (chat, text) = chat_box_asks(&snap);
        let page = Page::read(self, &snap, &ctx, url, chat.as_ref(), text);
        let mut found = Found::default();
        checks::run(self, &page, &mut found);

        // Everything Genuine needs, short of the page's content and the findings.
        let home = page.home.filter(|_| {
            page.top && page.path_kind != PageKind::Other && ctx.cert_error.is_none() && !ctx.url.is_empty()
        });
        let mut request = None;
        let mut genuine = false;
        if let Some(i) = home {
            let provider = &self.providers[i].provider;
            if !shows_the_page(&page, i) {
                found.add(
                    i,
                    RuleId::VerifyIncomplete,
                    Severity::Caution,
                    vec![provider.name.clone()],
                    vec![Evidence::new(EvidenceLabel::Host, &page.host)],
                );
            } else if found.findings.is_empty() {
                genuine = true;
                let review = page
                    .url
                    .as_ref()
                    .and_then(|url| crate::consent::review_url(provider, url, &snap, &self.policy, &self.lookalikes));
                if let Some((review, findings)) = review {
                    // The reason a green page is not safe comes first.
                    if let Some(f) = self.official_name(provider, &page, &review) {
                        found.findings.push(f);
                        found.providers.push(Some(i));
                    }
                    for f in findings {
                        found.findings.push(f);
                        found.providers.push(Some(i));
                    }
                    request = Some(review);
                }
            }
        }
        let worst = found.findings.iter().map(|f| f.severity).max();
        let mut level = match worst {
            Some(Severity::Danger) => Level::Danger,
            Some(Severity::Caution) => Level::Caution,
            None if genuine => Level::Genuine,
            None => Level::None,
        };
        // What the engine could not read: a danger stays danger, anything else is "could not verify".
        let error = if let Some(detail) = &ctx.snapshot_error {
            Some(VerdictError {
                kind: ErrorKind::SnapshotRejected,
                detail: detail.clone(),
                reason: ctx.snapshot_reason,
            })
        } else if !ctx.policy_read {
            Some(VerdictError { kind: ErrorKind::PolicyNotRead, detail: String::new(), reason: None })
        } else {
            None
        };
        if error.is_some() && level != Level::Danger {
            level = Level::Caution;
            request = None;
        }
        let subject = page.claimed.or_else(|| found.providers.iter().flatten().next().copied());
        let provider = subject.map(|i| &self.providers[i].provider);
        let mut summary = match &error {
            Some(_) if level != Level::Danger => Summary::new(SummaryKey::CouldNotVerify, Vec::new()),
            _ => summary(level, &page, provider),
        };
        // The organisation's allowlist: no warning there, and the verdict says why. A page the
        // engine could not check is not "allowed": it stays as it is.
        let allowed = matches!(level, Level::Danger | Level::Caution)
            && error.is_none()
            && !page.host.is_empty()
            && self.policy.allows_host(&page.host);
        if allowed {
            level = Level::None;
            summary = Summary::new(SummaryKey::AllowedByOrganisation, Vec::new());
        }
        let facts = self.facts(&page);
        Verdict {
            facts,
            level,
            provider: provider.map(|p| p.id.clone()),
            provider_name: provider.map(|p| p.name.clone()),
            page: page.kind,
            host: page.host.clone(),
            top_frame: ctx.top_frame,
            summary,
            findings: found.findings,
            request,
            error,
            allowed_by_organisation: allowed,
            hide_badge: level == Level::Genuine && !self.policy.show_genuine_badge,
        }
    }
}

/// A message box (`<textarea>`) on a page that shows no password box, where a sentence of the
/// page asks to type a secret into it ([`asks::asks_for_secret`]: a support
/// chat's "agent" asking for the password or a token): that box as a password box, for the page
/// asks for the password as a sign-in does. With it, the page's text normalised, when it was read
/// (the page reads it from there rather than again).
fn chat_box_asks(snap: &PageSnapshot) -> (Option<Input>, Option<String>) {
    let Some(chat) = snap.inputs.iter().find(|i| i.r#type == "textarea" && !i.read_only) else { return (None, None) };
    if snap.inputs.iter().any(|i| i.kind == InputKind::Password) {
        return (None, None);
    }
    let normalized = text::normalize(&snap.text);
    let asks = asks::asks_for_secret(&normalized);
    (asks.then(|| Input { kind: InputKind::Password, ..chat.clone() }), Some(normalized))
}

/// The snapshot's URL parses and has the origin of the frame's URL (`url`, parsed from
/// `frame_url`). The same text needs no second parse, unless the origin is opaque (`data:`,
/// `file:`): opaque origins are never the same. A document with no web address of its own
/// (`about:blank`, `about:srcdoc`, a `data:` frame) belongs to the web page the browser names for
/// it (`frame_url`, which the worker takes from the sender, not from the page); a `blob:`
/// document has the origin of the page that made it.
fn same_origin(snapshot_url: &str, frame_url: &str, url: Option<&url::Url>) -> bool {
    let Some(url) = url else { return false };
    let origin = url.origin();
    if snapshot_url == frame_url || without_own_address(snapshot_url) {
        return origin.is_tuple();
    }
    url::Url::parse(snapshot_url).is_ok_and(|s| s.origin() == origin)
}

/// `about:` and `data:` documents: their content comes from the page that holds them.
fn without_own_address(url: &str) -> bool {
    let scheme = url.split_once(':').map_or("", |(s, _)| s);
    scheme.eq_ignore_ascii_case("about") || scheme.eq_ignore_ascii_case("data")
}

/// The page's content shows the provider's page: a snapshot was read, and it carries the
/// provider's brand or markers, a sign-in form, or a consent request.
fn shows_the_page(page: &Page, provider: usize) -> bool {
    !page.snap.url.is_empty() && (page.claim(provider).is_some() || page.asks())
}

fn summary(level: Level, page: &Page, provider: Option<&Provider>) -> Summary {
    let named = |key: SummaryKey, p: &Provider| Summary::new(key, vec![p.name.clone()]);
    match (level, provider) {
        (Level::Genuine, Some(p)) => match page.kind {
            PageKind::SignIn => named(SummaryKey::GenuineSignIn, p),
            PageKind::Approval => named(SummaryKey::GenuineApproval, p),
            PageKind::Other => named(SummaryKey::Genuine, p),
        },
        (Level::Danger, Some(p)) if page.home_host.is_none() && page.claimed.is_some() => match page.kind {
            PageKind::SignIn => named(SummaryKey::ImitatesSignIn, p),
            PageKind::Approval => named(SummaryKey::ImitatesApproval, p),
            PageKind::Other => named(SummaryKey::Imitates, p),
        },
        (Level::Danger, _) => Summary::new(SummaryKey::Danger, Vec::new()),
        (Level::Caution, _) => Summary::new(SummaryKey::Caution, Vec::new()),
        _ => Summary::default(),
    }
}

/// Findings as the rules add them, with the provider each one is about.
#[derive(Default)]
pub(crate) struct Found {
    findings: Vec<Finding>,
    providers: Vec<Option<usize>>,
}

impl Found {
    fn add(&mut self, provider: usize, rule: RuleId, severity: Severity, params: Vec<String>, evidence: Vec<Evidence>) {
        self.push(Some(provider), rule, severity, params, evidence);
    }

    fn add_unnamed(&mut self, rule: RuleId, severity: Severity, params: Vec<String>, evidence: Vec<Evidence>) {
        self.push(None, rule, severity, params, evidence);
    }

    fn push(
        &mut self,
        provider: Option<usize>,
        rule: RuleId,
        severity: Severity,
        params: Vec<String>,
        evidence: Vec<Evidence>,
    ) {
        self.findings.push(Finding::new(rule, severity, params, evidence));
        self.providers.push(provider);
    }
}

/// `items` in order, by an insertion sort: the rules sort only short lists (a page's forms, the
/// matches in a line, the wording's words once at start), and core's sorts are a few kilobytes of
/// the module for each type sorted.
pub(crate) fn sort_small<T: PartialOrd>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Loads the wording the rules read a page's text with, read by the extension at start: of
/// federation controls and publishing services' footers (the text of `data/federation.txt`) and
/// of password asks (`data/password-asks.txt`). The text tables must be loaded first. Refuses a
/// malformed or truncated file, naming it.
pub fn load_wording(federation: &str, password_asks: &str) -> Result<(), String> {
    page::load_wording(federation)?;
    asks::load(password_asks)
}

/// Whether the wording is loaded (always, in a native build).
pub fn wording_loaded() -> bool {
    page::wording_loaded() && asks::languages().is_some()
}

/// One verdict for a tab from the verdicts of its frames: the worst level wins, the tab is
/// Genuine only when its top frame is and no frame is worse, and every finding is kept (those
/// of other frames say which frame). Then the tab is judged as a whole: a claim in one frame and
/// an ask in another is an imitation split across frames, and a frame of another origin asking
/// for a password inside a provider's genuine page is not the provider's.
pub fn combine(frames: &[Verdict]) -> Verdict {
    let top = frames.iter().position(|v| v.top_frame).unwrap_or(0);
    let Some(mut tab) = frames.get(top).cloned() else {
        return Verdict::default();
    };
    if !tab.top_frame && tab.level == Level::Genuine {
        tab.level = Level::None;
    }
    // Any frame's warning outranks the top frame's allowance.
    let mut allowed = tab.allowed_by_organisation;
    for (n, frame) in frames.iter().enumerate() {
        if n == top {
            continue;
        }
        let sub_level = if frame.level == Level::Genuine { Level::None } else { frame.level };
        if sub_level.rank() > tab.level.rank() {
            tab.level = sub_level;
            tab.summary = frame.summary.clone();
            tab.provider = frame.provider.clone();
            tab.provider_name = frame.provider_name.clone();
            tab.error = frame.error.clone().or(tab.error);
            allowed = false;
        }
        tab.findings.extend(frame.findings.iter().map(|f| {
            let mut f = f.clone();
            f.evidence.push(Evidence::new(EvidenceLabel::InFrame, &frame.host));
            f
        }));
    }
    if tab.level != Level::Danger && !allowed {
        if let Some((finding, provider)) = across_frames(frames, top) {
            tab.level = Level::Danger;
            tab.request = None;
            tab.summary = Summary::new(SummaryKey::Danger, Vec::new());
            tab.provider = Some(provider);
            tab.provider_name = finding.params.first().cloned();
            tab.findings.insert(0, finding);
        }
    }
    tab.allowed_by_organisation = allowed && tab.level == Level::None;
    tab.hide_badge = tab.hide_badge && tab.level == Level::Genuine;
    tab
}

fn host_of_origin(origin: &str) -> &str {
    origin.split_once("://").map_or(origin, |(_, rest)| rest)
}

/// A danger that no frame shows alone: a claim in one frame with an ask in another (or a line
/// asking for a provider's account above a frame of bare password fields), or a credential frame
/// of another origin inside a provider's genuine page. The finding and the provider's id.
fn across_frames(frames: &[Verdict], top: usize) -> Option<(Finding, String)> {
    let name_of = |id: &str| -> String {
        frames
            .iter()
            .find(|v| v.provider.as_deref() == Some(id))
            .and_then(|v| v.provider_name.clone())
            .or_else(|| providers::builtin().providers.iter().find(|p| p.id == id).map(|p| p.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    // A provider's genuine page in the top frame, and a frame of another origin asking for a password.
    if let (Some(t), true) = (frames.get(top), frames.get(top).is_some_and(|t| t.level == Level::Genuine)) {
        if let Some(id) = &t.facts.home {
            let asking = frames.iter().enumerate().find(|(n, f)| {
                *n != top
                    && f.facts.origin != t.facts.origin
                    && f.facts.asks.iter().any(|a| a == "password" || a == "code")
            });
            if let Some((_, f)) = asking {
                let host = host_of_origin(&f.facts.origin).to_string();
                let finding = Finding::new(
                    RuleId::FramesCredentialFrame,
                    Severity::Danger,
                    vec![name_of(id), host.clone()],
                    vec![Evidence::new(EvidenceLabel::Host, &t.host), Evidence::new(EvidenceLabel::InFrame, host)],
                );
                return Some((finding, id.clone()));
            }
        }
    }
    // The finding of a claim for `id` in `claimer` with the ask of frame `asking`.
    let claim_and_ask = |id: &str, claimer: &Verdict, asking: &Verdict| {
        let host = host_of_origin(&asking.facts.origin).to_string();
        Finding::new(
            RuleId::FramesClaimAndAsk,
            Severity::Danger,
            vec![name_of(id), host.clone()],
            vec![
                Evidence::new(EvidenceLabel::Host, host_of_origin(&claimer.facts.origin)),
                Evidence::new(EvidenceLabel::InFrame, host),
            ],
        )
    };
    // A claim in one frame, an ask in another (of any origin), away from the claimed provider's sites.
    // A frame below the top one (an ad for Microsoft 365, a "Star on GitHub" button) claims for the
    // top document's form only when that form names nothing of its own: a site's own login beside
    // an ad is the site's.
    for (n, claimer) in frames.iter().enumerate() {
        for id in &claimer.facts.claims {
            let asking = frames.iter().enumerate().find(|(m, f)| {
                *m != n
                    && !f.facts.asks.is_empty()
                    && f.facts.home.as_deref() != Some(id.as_str())
                    && (n == top || *m != top || f.facts.bare)
            });
            if let Some((_, f)) = asking {
                return Some((claim_and_ask(id, claimer, f), id.clone()));
            }
        }
    }
    // A frame that asks for nothing asks for P's account in a line beside the site's own brand
    // ("Use your Google Account to continue to Google Drive" in a drawer), and another frame, of
    // bare fields that name nothing of their own, asks for a password: the line is the fields' claim.
    for (n, claimer) in frames.iter().enumerate() {
        for id in &claimer.facts.account_claims {
            let asking = frames.iter().enumerate().find(|(m, f)| {
                *m != n
                    && f.facts.bare
                    && f.facts.claims.is_empty()
                    && f.facts.asks.iter().any(|a| a == "password")
                    && f.facts.home.as_deref() != Some(id.as_str())
            });
            if let Some((_, f)) = asking {
                return Some((claim_and_ask(id, claimer, f), id.clone()));
            }
        }
    }
    None
}

fn cut(s: &str, max: usize) -> Cow<'_, str> {
    if s.len() <= max {
        return Cow::Borrowed(s);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(s[..end].to_string())
}

/// The snapshot within [`limits`]: borrowed when it already is, else a cut copy.
fn bounded(s: &PageSnapshot) -> Cow<'_, PageSnapshot> {
    use limits::{MAX_ITEMS, MAX_LINK, MAX_SHORT, MAX_TEXT, MAX_URL};
    let short = |v: &str| v.len() <= MAX_SHORT;
    let long = |v: &str| v.len() <= MAX_LINK;
    let lists_ok = [
        s.ancestor_origins.len(),
        s.brand.len(),
        s.forms.len(),
        s.inputs.len(),
        s.buttons.len(),
        s.frames.len(),
        s.resource_hosts.len(),
        s.scripts_without_integrity.len(),
        s.positioned_urls.len(),
    ]
    .iter()
    .all(|&n| n <= MAX_ITEMS)
        && s.images.len() <= limits::MAX_IMAGES;
    let strings_ok = lists_ok
        && s.url.len() <= MAX_URL
        && short(&s.title)
        && s.text.len() <= MAX_TEXT
        && s.ancestor_origins.iter().all(|o| short(o))
        && s.brand.iter().all(|b| {
            short(&b.text)
                && b.control_text.as_deref().is_none_or(short)
                && b.card.as_deref().is_none_or(|c| c.len() <= MAX_TEXT)
        })
        && s.forms.iter().all(|f| long(&f.action) && short(&f.method) && short(&f.text))
        && s.inputs
            .iter()
            .all(|i| short(&i.r#type) && short(&i.name) && short(&i.id) && short(&i.autocomplete) && short(&i.label))
        && s.buttons.iter().all(|b| short(b))
        && s.frames.iter().all(|f| long(&f.src))
        && s.resource_hosts.iter().all(|h| short(h))
        && s.scripts_without_integrity.iter().all(|h| long(h))
        && s.positioned_urls.iter().all(|p| short(&p.text))
        && s.skipped.len() <= MAX_ITEMS
        && s.skipped.iter().all(|v| short(v))
        && s.images.iter().all(|i| {
            short(&i.label) && i.control_text.as_deref().is_none_or(short) && i.rgba.len() <= limits::MAX_IMAGE_DATA
        });
    if strings_ok {
        return Cow::Borrowed(s);
    }
    let short = |v: &String| cut(v, MAX_SHORT).into_owned();
    let long = |v: &String| cut(v, MAX_LINK).into_owned();
    let first = |n: usize| n.min(MAX_ITEMS);
    Cow::Owned(PageSnapshot {
        url: cut(&s.url, MAX_URL).into_owned(),
        top_frame: s.top_frame,
        ancestor_origins: s.ancestor_origins[..first(s.ancestor_origins.len())].iter().map(short).collect(),
        title: short(&s.title),
        brand: s.brand[..first(s.brand.len())]
            .iter()
            .map(|b| BrandItem {
                text: short(&b.text),
                source: b.source,
                control_text: b.control_text.as_ref().map(short),
                card: b.card.as_ref().map(|c| cut(c, MAX_TEXT).into_owned()),
            })
            .collect(),
        forms: s.forms[..first(s.forms.len())]
            .iter()
            .map(|f| Form { action: long(&f.action), method: short(&f.method), text: short(&f.text) })
            .collect(),
        inputs: s.inputs[..first(s.inputs.len())]
            .iter()
            .map(|i| Input {
                kind: i.kind,
                r#type: short(&i.r#type),
                name: short(&i.name),
                id: short(&i.id),
                autocomplete: short(&i.autocomplete),
                label: short(&i.label),
                form: i.form,
                in_shadow: i.in_shadow,
                masked: i.masked,
                editable: i.editable,
                read_only: i.read_only,
            })
            .collect(),
        buttons: s.buttons[..first(s.buttons.len())].iter().map(short).collect(),
        frames: s.frames[..first(s.frames.len())].iter().map(|f| Frame { src: long(&f.src), ..f.clone() }).collect(),
        resource_hosts: s.resource_hosts[..first(s.resource_hosts.len())].iter().map(short).collect(),
        scripts_without_integrity: s.scripts_without_integrity[..first(s.scripts_without_integrity.len())]
            .iter()
            .map(long)
            .collect(),
        positioned_urls: s.positioned_urls[..first(s.positioned_urls.len())]
            .iter()
            .map(|p| PositionedUrl { text: short(&p.text), with_form: p.with_form })
            .collect(),
        images: s.images[..s.images.len().min(limits::MAX_IMAGES)]
            .iter()
            .filter(|i| i.rgba.len() <= limits::MAX_IMAGE_DATA)
            .map(|i| ImageItem {
                label: short(&i.label),
                control_text: i.control_text.as_ref().map(short),
                rgba: i.rgba.clone(),
                words: i.words.as_ref().map(short),
                ..*i
            })
            .collect(),
        text: cut(&s.text, MAX_TEXT).into_owned(),
        skipped: s.skipped[..first(s.skipped.len())].iter().map(short).collect(),
        truncated: true,
        collect_ms: s.collect_ms,
    })
}

fn bounded_context(c: &PageContext) -> Cow<'_, PageContext> {
    use limits::{MAX_SHORT, MAX_URL};
    let short_ok = |e: &Option<String>| e.as_deref().is_none_or(|e| e.len() <= MAX_SHORT);
    if c.url.len() <= MAX_URL && short_ok(&c.cert_error) && short_ok(&c.snapshot_error) {
        return Cow::Borrowed(c);
    }
    let short = |e: &Option<String>| e.as_deref().map(|e| cut(e, MAX_SHORT).into_owned());
    Cow::Owned(PageContext {
        url: cut(&c.url, MAX_URL).into_owned(),
        top_frame: c.top_frame,
        cert_error: short(&c.cert_error),
        policy_read: c.policy_read,
        snapshot_error: short(&c.snapshot_error),
        snapshot_reason: c.snapshot_reason,
    })
}
