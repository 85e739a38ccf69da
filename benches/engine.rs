//! Time per verdict: `cargo bench --bench engine` (add `-- --quick` for a short run).
//! Pages are the test builders' pages padded to a realistic size: a few thousand characters of
//! text, a dozen headings, two dozen resource hosts and buttons.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

#[path = "../tests/support/mod.rs"]
mod support;

use consent_guard::consent;
use consent_guard::json::ToJson;
use consent_guard::logo::{self, Pixels};
use consent_guard::policy::Policy;
use consent_guard::rules::Engine;
use consent_guard::snapshot::limits::MAX_TEXT;
use consent_guard::snapshot::{PageContext, PageSnapshot};
use criterion::{criterion_group, Criterion};
use std::hint::black_box;
use support::Page;

fn realistic(mut p: Page) -> Page {
    // Up to the most text the content script sends (`limits::MAX_TEXT`): longer text would be cut
    // by the engine on every verdict, which no collected snapshot needs.
    let filler = "Terms of use Privacy & cookies Help Learn more about accounts and security settings. ";
    while p.snap.text.len() + filler.len() <= MAX_TEXT {
        p.snap.text.push_str(filler);
    }
    for n in 0..12 {
        p = p.heading(&format!("Section {n}: account settings and options"));
    }
    let hosts: Vec<String> = (0..24).map(|n| format!("cdn{n}.example-static.net")).collect();
    p.snap.resource_hosts.extend(hosts);
    p.buttons(&["Help", "Privacy", "Terms", "Back", "More options", "Cookie settings", "Close", "Menu"])
}

/// The benchmark's pages, by name.
fn pages() -> [(&'static str, Page); 4] {
    [
        ("genuine microsoft sign-in", realistic(support::microsoft_sign_in())),
        ("genuine azure devops approval", realistic(support::azure_devops_approval())),
        (
            "spoof on a content host",
            realistic({
                let mut p = support::microsoft_sign_in();
                p.ctx.url = "https://contoso-login.azurewebsites.net/".into();
                p.snap.url = p.ctx.url.clone();
                p
            }),
        ),
        ("ordinary shop login", realistic(support::shop_login())),
    ]
}

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Policy::default());
    let pages = pages();
    for (name, p) in &pages {
        c.bench_function(name, |b| b.iter(|| engine.evaluate(black_box(&p.snap), black_box(&p.ctx))));
    }
    // What the extension pays per verdict of the ordinary page: the bindings' `evaluate`, which
    // reads the snapshot and the context from JSON and writes the verdict as JSON.
    let (_, shop) = &pages[3];
    let (snap_json, ctx_json) = (serde_json::to_string(&shop.snap).unwrap(), serde_json::to_string(&shop.ctx).unwrap());
    c.bench_function("ordinary shop login, JSON in and out", |b| {
        b.iter(|| {
            let ctx = PageContext::from_json(black_box(&ctx_json)).unwrap();
            let snap = PageSnapshot::from_json(black_box(&snap_json)).unwrap();
            engine.evaluate(&snap, &ctx).to_json()
        })
    });
    // The request review alone, as the engine runs it on a genuine page.
    let (_, approval) = &pages[1];
    c.bench_function("request review (azure devops approval)", |b| {
        b.iter(|| {
            consent::review(
                "azure-devops",
                black_box(&approval.ctx.url),
                black_box(&approval.snap),
                engine.policy(),
                engine.lookalikes(),
            )
        })
    });
    // The capture of a tab scanned for logos (640×400, as the worker scales it): a white page
    // with lines of dark grey text, which holds no logo.
    let (w, h) = (640, 400);
    let mut view = vec![255u8; w * h * 4];
    for y in 0..h {
        for x in 0..w {
            // 7 px high letters of 1–4 px strokes on lines 18 px apart, words 40–90 px wide
            let in_line = (40..h - 20).contains(&y) && (y % 18) < 7;
            let in_word = (60..w - 60).contains(&x) && (x * 7 + y / 18 * 13) % 97 < 80 && x % 5 < 2;
            if in_line && in_word {
                view[(y * w + x) * 4..(y * w + x) * 4 + 3].copy_from_slice(&[0x33, 0x33, 0x33]);
            }
        }
    }
    let pixels = Pixels::new(&view, w, h).unwrap();
    assert!(logo::scan(&pixels).is_empty());
    c.bench_function("view scan of a white page of text (640x400)", |b| b.iter(|| logo::scan(black_box(&pixels))));
}

criterion_group!(benches, bench);

/// With `ENGINE_VERDICTS=N` and `ENGINE_PAGE=name`: one verdict of that page, then N more, and
/// nothing else; `benches/engine-instructions.sh` counts the instructions of runs with two values
/// of N under callgrind, which wall time on a shared machine cannot tell apart. Else criterion.
fn main() {
    let verdicts = std::env::var("ENGINE_VERDICTS").ok().and_then(|n| n.parse::<usize>().ok());
    if let Some(n) = verdicts {
        let name = std::env::var("ENGINE_PAGE").unwrap_or_default();
        let (_, p) = pages().into_iter().find(|(k, _)| *k == name).expect("ENGINE_PAGE names a page of the bench");
        let engine = Engine::new(Policy::default());
        for _ in 0..=n {
            black_box(engine.evaluate(black_box(&p.snap), black_box(&p.ctx)));
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
