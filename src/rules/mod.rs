//! The rules and the engine that runs them over a page snapshot.
//!
//! [`Engine::evaluate`] reads the facts of one frame ([`page::Page`]), runs every rule
//! ([`checks`]), and decides the level: any danger finding gives Danger, else any caution gives
//! Caution, else Genuine only when the page is on a provider's exact https origin, in the top
//! frame, with no certificate error, on a path recognised as the provider's approval or sign-in
//! page, and its content shows that page; anything else is None.

mod checks;
mod page;

use std::borrow::Cow;

use crate::host::Lookalikes;
use crate::policy::Policy;
use crate::providers::{self, Provider};
use crate::snapshot::{limits, PageContext, PageSnapshot};
use crate::text::{self, Term};
use crate::verdict::{Finding, Level, PageKind, Severity, Verdict};

use page::Page;

/// Longest URL the engine reads (OAuth requests carry long `state` values).
const MAX_URL: usize = 16 * 1024;

/// A provider prepared for matching.
pub(crate) struct Compiled {
    pub provider: Provider,
    pub terms: Vec<Term>,
    /// Normalised `markers.titles`.
    pub titles: Vec<String>,
}

/// Built-in providers plus the organisation's, and its policy. Built once, used for every page.
pub struct Engine {
    policy: Policy,
    providers: Vec<Compiled>,
    lookalikes: Lookalikes,
}

impl Engine {
    pub fn new(policy: Policy) -> Engine {
        let merged = providers::merged(&policy.providers);
        let lookalikes = Lookalikes::new(&merged);
        let providers = merged
            .into_iter()
            .map(|provider| Compiled {
                terms: provider.brand_terms.iter().map(|t| Term::new(t)).collect(),
                titles: provider.markers.titles.iter().map(|t| text::normalize(t)).collect(),
                provider,
            })
            .collect();
        Engine { policy, providers, lookalikes }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The providers this engine knows (built-in and the organisation's).
    pub fn providers(&self) -> impl Iterator<Item = &Provider> {
        self.providers.iter().map(|c| &c.provider)
    }

    /// The verdict for one frame. Never panics; input beyond the snapshot limits is cut first.
    pub fn evaluate(&self, snapshot: &PageSnapshot, context: &PageContext) -> Verdict {
        let ctx = bounded_context(context);
        let snap = bounded(snapshot);
        // A snapshot of another origin (sent before a navigation) says nothing about this page.
        let snap = if same_origin(&snap.url, &ctx.url) {
            snap
        } else {
            Cow::Owned(PageSnapshot { top_frame: snap.top_frame, ..PageSnapshot::default() })
        };
        let page = Page::read(self, &snap, &ctx);
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
                    "verify.incomplete",
                    Severity::Caution,
                    format!("Could not verify this {} {}: its content could not be read.", provider.name, page.kind_words()),
                    vec![format!("host {}", page.host)],
                );
            } else if found.findings.is_empty() {
                genuine = true;
                if let Some((review, findings)) = crate::consent::review(&provider.id, &ctx.url, &snap, &self.policy) {
                    request = Some(review);
                    for f in findings {
                        found.findings.push(f);
                        found.providers.push(Some(i));
                    }
                }
            }
        }
        let worst = found.findings.iter().map(|f| f.severity).max();
        let level = match worst {
            Some(Severity::Danger) => Level::Danger,
            Some(Severity::Caution) => Level::Caution,
            None if genuine => Level::Genuine,
            None => Level::None,
        };
        let subject = page.claimed.or_else(|| found.providers.iter().flatten().next().copied());
        let provider = subject.map(|i| &self.providers[i].provider);
        let summary = summary(level, &page, provider, &found);
        Verdict {
            level,
            provider: provider.map(|p| p.id.clone()),
            provider_name: provider.map(|p| p.name.clone()),
            page: page.kind,
            host: page.host.clone(),
            top_frame: ctx.top_frame,
            summary,
            findings: found.findings,
            request,
            error: None,
        }
    }
}

/// Both URLs parse and have the same origin, or the worker's URL is missing (the snapshot's
/// is then used on its own and never verifies a page).
fn same_origin(snapshot_url: &str, context_url: &str) -> bool {
    if context_url.is_empty() {
        return true;
    }
    let origin = |s: &str| url::Url::parse(s).ok().map(|u| u.origin().ascii_serialization());
    origin(snapshot_url).is_some() && origin(snapshot_url) == origin(context_url)
}

/// The page's content shows the provider's page: a snapshot was read, and it carries the
/// provider's brand or markers, a sign-in form, or a consent request.
fn shows_the_page(page: &Page, provider: usize) -> bool {
    !page.snap.url.is_empty() && (page.claim(provider).is_some() || page.asks())
}

fn summary(level: Level, page: &Page, provider: Option<&Provider>, found: &Found) -> String {
    let first = |severity: Severity| {
        found.findings.iter().find(|f| f.severity == severity).map(|f| f.message.clone()).unwrap_or_default()
    };
    match (level, provider) {
        (Level::Genuine, Some(p)) => format!("Genuine {} {}", p.name, page.kind_words()),
        (Level::Danger, Some(p)) if page.home_host.is_none() && page.claimed.is_some() => match page.kind {
            PageKind::SignIn => format!("Danger: this page imitates {} sign-in", p.name),
            PageKind::Approval => format!("Danger: this page imitates {} approval", p.name),
            PageKind::Other => format!("Danger: this page imitates {}", p.name),
        },
        (Level::Danger, _) => format!("Danger: {}", first(Severity::Danger)),
        (Level::Caution, _) => format!("Caution: {}", first(Severity::Caution)),
        _ => "Not a provider's sign-in or approval page".to_string(),
    }
}

/// Findings as the rules add them, with the provider each one is about.
#[derive(Default)]
pub(crate) struct Found {
    findings: Vec<Finding>,
    providers: Vec<Option<usize>>,
}

impl Found {
    fn add(&mut self, provider: usize, rule: &str, severity: Severity, message: String, evidence: Vec<String>) {
        self.push(Some(provider), rule, severity, message, evidence);
    }

    fn add_unnamed(&mut self, rule: &str, severity: Severity, message: String, evidence: Vec<String>) {
        self.push(None, rule, severity, message, evidence);
    }

    fn push(&mut self, provider: Option<usize>, rule: &str, severity: Severity, message: String, evidence: Vec<String>) {
        self.findings.push(Finding { rule: rule.to_string(), severity, message, evidence });
        self.providers.push(provider);
    }
}

/// One verdict for a tab from the verdicts of its frames: the worst level wins, the tab is
/// Genuine only when its top frame is and no frame is worse, and every finding is kept (those
/// of other frames say which frame).
pub fn combine(frames: &[Verdict]) -> Verdict {
    let top = frames.iter().position(|v| v.top_frame).unwrap_or(0);
    let Some(mut tab) = frames.get(top).cloned() else {
        return Verdict { summary: "Not a provider's sign-in or approval page".to_string(), ..Verdict::default() };
    };
    if !tab.top_frame && tab.level == Level::Genuine {
        tab.level = Level::None;
    }
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
        }
        tab.findings.extend(frame.findings.iter().map(|f| {
            let mut f = f.clone();
            f.evidence.push(format!("in a frame from {}", if frame.host.is_empty() { "an unknown host" } else { &frame.host }));
            f
        }));
    }
    tab
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

fn cut_in_place(s: &mut String, max: usize) {
    if let Cow::Owned(c) = cut(s, max) {
        *s = c;
    }
}

/// The snapshot within [`limits`]: borrowed when it already is, else a cut copy.
fn bounded(s: &PageSnapshot) -> Cow<'_, PageSnapshot> {
    use limits::{MAX_ITEMS, MAX_SHORT, MAX_TEXT};
    let short = |v: &str| v.len() <= MAX_SHORT;
    let long = |v: &str| v.len() <= MAX_TEXT;
    let lists_ok = [
        s.ancestor_origins.len(), s.brand.len(), s.forms.len(), s.inputs.len(), s.buttons.len(),
        s.frames.len(), s.resource_hosts.len(), s.scripts_without_integrity.len(), s.positioned_urls.len(),
    ]
    .iter()
    .all(|&n| n <= MAX_ITEMS);
    let strings_ok = lists_ok
        && s.url.len() <= MAX_URL
        && short(&s.title)
        && long(&s.text)
        && s.ancestor_origins.iter().all(|o| short(o))
        && s.brand.iter().all(|b| short(&b.text) && b.control_text.as_deref().is_none_or(short))
        && s.forms.iter().all(|f| long(&f.action) && short(&f.method) && short(&f.text))
        && s.inputs.iter().all(|i| short(&i.r#type) && short(&i.name) && short(&i.id) && short(&i.autocomplete) && short(&i.label))
        && s.buttons.iter().all(|b| short(b))
        && s.frames.iter().all(|f| long(&f.src))
        && s.resource_hosts.iter().all(|h| short(h))
        && s.scripts_without_integrity.iter().all(|h| long(h))
        && s.positioned_urls.iter().all(|p| short(&p.text));
    if strings_ok {
        return Cow::Borrowed(s);
    }
    let mut b = s.clone();
    b.ancestor_origins.truncate(MAX_ITEMS);
    b.brand.truncate(MAX_ITEMS);
    b.forms.truncate(MAX_ITEMS);
    b.inputs.truncate(MAX_ITEMS);
    b.buttons.truncate(MAX_ITEMS);
    b.frames.truncate(MAX_ITEMS);
    b.resource_hosts.truncate(MAX_ITEMS);
    b.scripts_without_integrity.truncate(MAX_ITEMS);
    b.positioned_urls.truncate(MAX_ITEMS);
    cut_in_place(&mut b.url, MAX_URL);
    cut_in_place(&mut b.title, MAX_SHORT);
    cut_in_place(&mut b.text, MAX_TEXT);
    b.ancestor_origins.iter_mut().for_each(|o| cut_in_place(o, MAX_SHORT));
    for item in &mut b.brand {
        cut_in_place(&mut item.text, MAX_SHORT);
        if let Some(c) = item.control_text.as_mut() {
            cut_in_place(c, MAX_SHORT);
        }
    }
    for f in &mut b.forms {
        cut_in_place(&mut f.action, MAX_TEXT);
        cut_in_place(&mut f.method, MAX_SHORT);
        cut_in_place(&mut f.text, MAX_SHORT);
    }
    for i in &mut b.inputs {
        for v in [&mut i.r#type, &mut i.name, &mut i.id, &mut i.autocomplete, &mut i.label] {
            cut_in_place(v, MAX_SHORT);
        }
    }
    b.buttons.iter_mut().for_each(|v| cut_in_place(v, MAX_SHORT));
    b.frames.iter_mut().for_each(|f| cut_in_place(&mut f.src, MAX_TEXT));
    b.resource_hosts.iter_mut().for_each(|v| cut_in_place(v, MAX_SHORT));
    b.scripts_without_integrity.iter_mut().for_each(|v| cut_in_place(v, MAX_TEXT));
    b.positioned_urls.iter_mut().for_each(|p| cut_in_place(&mut p.text, MAX_SHORT));
    Cow::Owned(b)
}

fn bounded_context(c: &PageContext) -> Cow<'_, PageContext> {
    let cert_ok = c.cert_error.as_deref().is_none_or(|e| e.len() <= limits::MAX_SHORT);
    if c.url.len() <= MAX_URL && cert_ok {
        return Cow::Borrowed(c);
    }
    let mut b = c.clone();
    cut_in_place(&mut b.url, MAX_URL);
    if let Some(e) = b.cert_error.as_mut() {
        cut_in_place(e, limits::MAX_SHORT);
    }
    Cow::Owned(b)
}
