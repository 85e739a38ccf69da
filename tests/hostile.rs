//! Hostile and random snapshots: the engine never panics, stays bounded, and never calls a page
//! Genuine unless it is on a provider's exact https origin.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod support;

use consent_guard::policy::Policy;
use consent_guard::rules::{combine, Engine};
use consent_guard::snapshot::{
    BrandItem, BrandSource, Form, Frame, Input, InputKind, PageContext, PageSnapshot, PositionedUrl,
};
use consent_guard::verdict::Level;

/// xorshift64*: reproducible pseudo-random numbers without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const URLS: &[&str] = &[
    "https://github.com/login",
    "https://github.com/login/oauth/authorize?client_id=x",
    "https://app.vssps.visualstudio.com/oauth2/authorize?client_id=x",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
    "https://accounts.google.com/v3/signin/identifier",
    "http://github.com/login",
    "https://github.com:8443/login",
    "https://app.vssps.visualstudio.com.evil.io/oauth2/authorize",
    "https://xn--gthub-n4a.com/login",
    "https://evil.azurewebsites.net/",
    "https://[::1]/",
    "https://127.0.0.1/login",
    "javascript:alert(1)",
    "data:text/html,<h1>Microsoft</h1>",
    "about:blank",
    "https://",
    "",
    "not a url",
    "https://xn--/",
    "https://a..b/",
    "file:///etc/passwd",
    "https://例え.テスト/",
];

const PIECES: &[&str] = &[
    "Microsoft",
    "Azure Dev\u{039F}ps",
    "G\u{043E}\u{043E}gle",
    "GitHub",
    "Sign in",
    "Accept",
    "Allow",
    "Deny",
    "wants to access your",
    "password",
    "\u{200B}",
    "\u{FEFF}",
    "\u{202E}",
    "ﷺ",
    "ǅ",
    "İ",
    "ß",
    "\u{0301}\u{0301}\u{0301}",
    "i0116",
    "loginfmt",
    "identifierId",
    "login_field",
    "https://accounts.google.com/signin",
    "aadcdn.msftauth.net",
    "www.gstatic.com",
    "😀",
    "\0",
    "\n\t ",
    "xn--",
    "sign in with",
    "rn",
    "m",
    "l",
    "1",
    "0",
    "%00",
    "../",
    "{tenant}",
];

fn text(rng: &mut Rng, max_pieces: usize) -> String {
    (0..rng.below(max_pieces + 1)).map(|_| rng.pick(PIECES)).collect::<Vec<_>>().join(if rng.below(2) == 0 {
        " "
    } else {
        ""
    })
}

fn kind(rng: &mut Rng) -> InputKind {
    [InputKind::Password, InputKind::OneTimeCode, InputKind::Identifier, InputKind::Other][rng.below(4)]
}

fn random_snapshot(rng: &mut Rng) -> (PageSnapshot, PageContext) {
    let url = rng.pick(URLS).to_string();
    let n = |rng: &mut Rng| rng.below(6);
    let mut snap = PageSnapshot {
        url: if rng.below(5) == 0 { rng.pick(URLS).to_string() } else { url.clone() },
        top_frame: rng.below(3) != 0,
        ancestor_origins: (0..n(rng)).map(|_| rng.pick(URLS).to_string()).collect(),
        title: text(rng, 5),
        text: text(rng, 30),
        truncated: rng.below(2) == 0,
        ..PageSnapshot::default()
    };
    for _ in 0..n(rng) {
        let source = [BrandSource::Title, BrandSource::Heading, BrandSource::Banner, BrandSource::Logo][rng.below(4)];
        let control_text = (rng.below(3) == 0).then(|| text(rng, 3));
        snap.brand.push(BrandItem { text: text(rng, 4), source, control_text, card: None });
    }
    for _ in 0..n(rng) {
        snap.forms.push(Form { action: rng.pick(URLS).to_string(), method: text(rng, 1), text: text(rng, 6) });
    }
    for _ in 0..n(rng) {
        let form = (rng.below(3) != 0).then(|| rng.below(8));
        snap.inputs.push(Input {
            kind: kind(rng),
            name: text(rng, 1),
            id: text(rng, 1),
            label: text(rng, 4),
            form,
            ..Input::default()
        });
    }
    snap.buttons = (0..n(rng)).map(|_| text(rng, 2)).collect();
    for _ in 0..n(rng) {
        let f = |rng: &mut Rng| [f64::NAN, -1.0, 0.0, 0.3, 1.0, 50.0, 1e308, f64::INFINITY][rng.below(8)];
        snap.frames.push(Frame {
            src: rng.pick(URLS).to_string(),
            visible: rng.below(2) == 0,
            width: f(rng),
            height: f(rng),
            opacity: f(rng),
        });
    }
    snap.resource_hosts = (0..n(rng)).map(|_| text(rng, 1)).collect();
    snap.scripts_without_integrity = (0..n(rng)).map(|_| rng.pick(URLS).to_string()).collect();
    snap.positioned_urls =
        (0..n(rng)).map(|_| PositionedUrl { text: text(rng, 2), with_form: rng.below(2) == 0 }).collect();
    let ctx = PageContext {
        url,
        top_frame: rng.below(3) != 0,
        cert_error: (rng.below(4) == 0).then(|| "net::ERR_CERT_AUTHORITY_INVALID".to_string()),
        policy_read: true,
        snapshot_error: None,
        snapshot_reason: None,
    };
    (snap, ctx)
}

fn on_a_trusted_https_origin(engine: &Engine, url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| engine.providers().any(|p| p.is_origin(&u)))
}

#[test]
fn random_snapshots_never_panic_and_never_look_genuine_off_trusted_origins() {
    let engine = Engine::new(Policy::default());
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut levels = [0usize; 4];
    let mut verdicts = Vec::new();
    for _ in 0..3000 {
        let (snap, ctx) = random_snapshot(&mut rng);
        let v = engine.evaluate(&snap, &ctx);
        levels[v.level.rank() as usize] += 1;
        if v.level == Level::Genuine {
            assert!(on_a_trusted_https_origin(&engine, &ctx.url), "Genuine off a trusted origin: {ctx:?} {v:#?}");
            assert!(ctx.top_frame && ctx.cert_error.is_none());
        }
        assert!(!support::summary_text(&v).is_empty());
        serde_json::to_string(&v).expect("verdicts serialise");
        verdicts.push(v);
        if verdicts.len() == 5 {
            let tab = combine(&verdicts);
            assert!(verdicts.iter().all(|v| v.level.rank() <= tab.level.rank() || v.level == Level::Genuine));
            verdicts.clear();
        }
    }
    // The generator reaches every level, so the properties above were really exercised.
    assert!(levels.iter().all(|&n| n > 0), "levels none/genuine/caution/danger: {levels:?}");
}

#[test]
fn enormous_snapshots_are_cut_before_work() {
    let engine = Engine::new(Policy::default());
    let huge = "Microsoft \u{200B}G\u{043E}\u{043E}gle ".repeat(2_000);
    let mut p = support::page("https://accounts.example.net/login");
    p.snap.title = huge.clone();
    p.snap.text = huge.clone();
    p.snap.brand = vec![
        BrandItem {
            text: huge.clone(),
            source: BrandSource::Heading,
            control_text: Some(huge.clone()),
            card: Some(huge.clone())
        };
        1_000
    ];
    p.snap.brand[0] = BrandItem { text: "Microsoft".into(), source: BrandSource::Logo, control_text: None, card: None };
    p.snap.inputs =
        vec![Input { kind: InputKind::Password, label: huge.clone(), form: Some(0), ..Input::default() }; 1_000];
    p.snap.forms = vec![Form { action: huge.clone(), method: "post".into(), text: huge.clone() }; 1_000];
    p.snap.buttons = vec![huge.clone(); 1_000];
    p.snap.positioned_urls = vec![PositionedUrl { text: huge.clone(), with_form: true }; 1_000];
    p.snap.resource_hosts = vec!["aadcdn.msftauth.net".into(); 1_000];
    p.ctx.url = format!("https://accounts.example.net/login?{}", "a".repeat(1_000_000));
    p.snap.url = p.ctx.url.clone();
    // How long it takes is a benchmark's business (benches/engine.rs); here: it finishes, and cuts.
    let v = engine.evaluate(&p.snap, &p.ctx);
    assert_eq!(v.level, Level::Danger, "a page claiming Microsoft and asking for a password");
    assert!(v.findings.iter().all(|f| f.evidence.iter().all(|e| e.value.chars().count() < 400)));
}

#[test]
fn verdicts_of_unreadable_input_are_never_genuine() {
    let engine = Engine::new(Policy::default());
    let p = support::github_sign_in();
    let mut no_context_url = p.clone();
    no_context_url.ctx.url.clear();
    assert_ne!(engine.evaluate(&no_context_url.snap, &no_context_url.ctx).level, Level::Genuine);
    let mut not_top = p.clone();
    not_top.snap.top_frame = false;
    assert_ne!(engine.evaluate(&not_top.snap, &not_top.ctx).level, Level::Genuine);
    let mut port = p.clone();
    port.ctx.url = "https://github.com:444/login".into();
    port.snap.url = port.ctx.url.clone();
    assert_ne!(engine.evaluate(&port.snap, &port.ctx).level, Level::Genuine);
}
