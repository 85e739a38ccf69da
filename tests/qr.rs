//! A QR code to scan to sign in is an ask: a provider's sign-in claim with a QR code and "scan … to
//! sign in" words, off the provider's hosts, is danger; QR codes to download an app or to pay, the
//! words without a code, and logos or text drawn as images are not.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use base64ct::{Base64, Encoding as _};
use consent_guard::logo;
use consent_guard::qr::is_qr_code;
use consent_guard::snapshot::{BrandItem, BrandSource, ImageItem, ImageSource, PageContext, PageSnapshot};
use consent_guard::{policy::Policy, rules::Engine, Level};

const WHITE: [u8; 4] = [255, 255, 255, 255];
const CLEAR: [u8; 4] = [0, 0, 0, 0];

/// A 25×25 module code: the three finder squares and pseudo-random modules elsewhere.
fn modules() -> Vec<bool> {
    let n = 25;
    let mut seed: u32 = 0x9E37_79B9;
    let mut m = vec![false; n * n];
    for y in 0..n {
        for x in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            m[y * n + x] = seed & 1 == 1;
        }
    }
    for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
        for y in 0..7 {
            for x in 0..7 {
                let ring = x == 0 || y == 0 || x == 6 || y == 6;
                let core = (2..=4).contains(&x) && (2..=4).contains(&y);
                m[(oy + y) * n + ox + x] = ring || core;
            }
        }
    }
    m
}

/// The code drawn `side` pixels square (modules sampled at pixel centres, `pad` pixels of quiet
/// zone), dark modules in `ink` on `background`.
fn qr_pixels(side: usize, pad: usize, ink: [u8; 4], background: [u8; 4]) -> Vec<u8> {
    let m = modules();
    let inner = side - 2 * pad;
    let mut out = Vec::with_capacity(side * side * 4);
    for y in 0..side {
        for x in 0..side {
            let inside = (pad..side - pad).contains(&x) && (pad..side - pad).contains(&y);
            let dark = inside && m[((y - pad) * 25 / inner) * 25 + (x - pad) * 25 / inner];
            out.extend_from_slice(if dark { &ink } else { &background });
        }
    }
    out
}

fn item(source: ImageSource, px: &[u8], w: u32, h: u32) -> ImageItem {
    ImageItem {
        source,
        label: "svg".into(),
        control_text: None,
        width: w,
        height: h,
        rgba: Base64::encode_string(px),
        words: None,
        place: None,
    }
}

fn logo_item(provider: &str) -> ImageItem {
    let l = logo::logos().iter().find(|l| l.provider == provider).expect("reference logo");
    item(ImageSource::Svg, &l.render(24, 4, WHITE), 32, 32)
}

fn qr() -> ImageItem {
    item(ImageSource::Svg, &qr_pixels(32, 1, [0, 0, 0, 255], CLEAR), 32, 32)
}

#[test]
fn qr_codes_are_recognised_by_their_pixels() {
    for (side, pad) in [(32, 0), (32, 2), (25, 0), (64, 4), (48, 3)] {
        let px = qr_pixels(side, pad, [0, 0, 0, 255], WHITE);
        assert!(is_qr_code(&item(ImageSource::Img, &px, side as u32, side as u32)), "{side}px pad {pad}");
    }
    let on_clear = qr_pixels(32, 1, [20, 20, 20, 255], CLEAR);
    for source in [ImageSource::Svg, ImageSource::Canvas, ImageSource::Background] {
        assert!(is_qr_code(&item(source, &on_clear, 32, 32)), "{source:?} on a transparent background");
    }
}

#[test]
fn logos_text_and_pictures_are_not_qr_codes() {
    for provider in ["microsoft", "google", "github"] {
        assert!(!is_qr_code(&logo_item(provider)), "{provider} logo");
    }
    // A line of dark text: wide, and mostly light.
    let mut text = vec![255u8; 64 * 16 * 4];
    for (i, px) in text.chunks_exact_mut(4).enumerate() {
        let (x, y) = (i % 64, i / 64);
        if (5..11).contains(&y) && x % 3 == 0 {
            px[..3].copy_from_slice(&[0, 0, 0]);
        }
    }
    assert!(!is_qr_code(&item(ImageSource::Img, &text, 64, 16)), "a line of text");
    // A grey gradient (a shaded photo): grey, balanced, but hardly any changes.
    let gradient: Vec<u8> = (0..32 * 32)
        .flat_map(|i| {
            let v = ((i % 32) * 8) as u8;
            [v, v, v, 255]
        })
        .collect();
    assert!(!is_qr_code(&item(ImageSource::Img, &gradient, 32, 32)), "a gradient");
    // The code's pattern in colours (a mosaic, a pixel-art icon).
    let coloured = qr_pixels(32, 1, [220, 40, 40, 255], [40, 120, 220, 255]);
    assert!(!is_qr_code(&item(ImageSource::Img, &coloured, 32, 32)), "a coloured mosaic");
    // A favicon or a capture of the tab is never the code to scan.
    let px = qr_pixels(32, 1, [0, 0, 0, 255], WHITE);
    assert!(!is_qr_code(&item(ImageSource::Icon, &px, 32, 32)), "a favicon");
    // A non-square image and pixels that are not what the size says.
    assert!(!is_qr_code(&item(ImageSource::Img, &qr_pixels(32, 1, [0, 0, 0, 255], WHITE)[..32 * 24 * 4], 32, 24)));
    assert!(!is_qr_code(&item(ImageSource::Img, &px, 31, 32)));
}

fn page(url: &str, heading: &str, text: &str, images: Vec<ImageItem>) -> consent_guard::Verdict {
    let snap = PageSnapshot {
        url: url.into(),
        top_frame: true,
        title: heading.into(),
        brand: vec![BrandItem { text: heading.into(), source: BrandSource::Heading, control_text: None, card: None }],
        text: format!("{heading}\n{text}"),
        images,
        ..PageSnapshot::default()
    };
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    Engine::new(Policy::default()).evaluate(&snap, &ctx)
}

fn rules(v: &consent_guard::Verdict) -> Vec<&str> {
    v.findings.iter().map(|f| f.rule.as_str()).collect()
}

#[test]
fn a_qr_sign_in_off_the_provider_is_danger() {
    let cases = [
        (
            "https://security-key-enroll.example/2fa",
            "Sign in to GitHub",
            "Scan with GitHub Mobile to approve this sign-in and keep your account.",
            vec![qr()],
            "github",
        ),
        (
            "https://mfa-portal.example/mfa",
            "Microsoft",
            "Scan this code with the Microsoft Authenticator app within 24 hours to keep access to your mailbox.",
            vec![qr()],
            "microsoft",
        ),
        // The claim is the G drawn beside the code; the heading names Google only as the account used.
        (
            "https://workspace-notice.example/verify",
            "Sign in with Google",
            "Scan with your phone camera to continue to Gmail.",
            vec![logo_item("google"), qr()],
            "google",
        ),
        // The purpose in the heading, the sentence only says to scan (redteam10).
        (
            "https://g-verify.example/",
            "Google: Verify it\u{2019}s you",
            "For your security, scan the code with the phone you use for your Google Account.",
            vec![qr()],
            "google",
        ),
    ];
    for (url, heading, text, images, provider) in cases {
        let v = page(url, heading, text, images);
        assert_eq!(v.level, Level::Danger, "{url}: {:?}", v.findings);
        assert_eq!(v.provider.as_deref(), Some(provider), "{url}");
        assert!(rules(&v).contains(&"origin.untrusted-host"), "{url}: {:?}", rules(&v));
    }
}

#[test]
fn the_purpose_of_the_scan_may_be_the_heading() {
    // Microsoft's brand in the banner, the purpose in the heading, the sentence only says to scan
    // (redteam10/ms-qr-authenticator).
    let url = "https://mfa-rereg.example/";
    let snap = PageSnapshot {
        url: url.into(),
        top_frame: true,
        title: "Microsoft Authenticator".into(),
        brand: vec![
            BrandItem { text: "Microsoft".into(), source: BrandSource::Banner, control_text: None, card: None },
            BrandItem { text: "Re-register Microsoft Authenticator".into(), source: BrandSource::Heading, control_text: None, card: None },
        ],
        text: "Microsoft\nRe-register Microsoft Authenticator\nOpen the Microsoft Authenticator app, tap +, choose Work or school account and scan this code.\nNext".into(),
        images: vec![qr()],
        ..PageSnapshot::default()
    };
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    let v = Engine::new(Policy::default()).evaluate(&snap, &ctx);
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    assert!(rules(&v).contains(&"origin.untrusted-host"), "{:?}", rules(&v));
    // The same page whose heading says nothing of signing in or keeping access stays quiet.
    let snap = PageSnapshot {
        brand: vec![
            BrandItem { text: "Microsoft".into(), source: BrandSource::Banner, control_text: None, card: None },
            BrandItem {
                text: "Get Microsoft Authenticator".into(),
                source: BrandSource::Heading,
                control_text: None,
                card: None,
            },
        ],
        title: "Get the app".into(),
        text: "Microsoft\nGet Microsoft Authenticator\nScan this code with your phone.\nNext".into(),
        ..snap
    };
    assert_eq!(Engine::new(Policy::default()).evaluate(&snap, &ctx).level, Level::None);
}

#[test]
fn ordinary_qr_codes_and_words_alone_stay_quiet() {
    let quiet = [
        // An app download: the code is for the store, not for signing in.
        (
            "https://apps.example.org/mobile",
            "GitHub Mobile",
            "Scan the code with your phone to download the app.",
            vec![qr()],
        ),
        // A payment code.
        (
            "https://pay.example.org/checkout",
            "Pay with your phone",
            "Scan to pay with your banking app. Google Pay accepted.",
            vec![qr()],
        ),
        // A TV pairing page that signs in to its own service and names no provider.
        (
            "https://tv.streamnest.example/activate",
            "Activate your TV",
            "Scan with your phone to sign in on your TV.",
            vec![qr()],
        ),
        // The words with no code among the images (a logo only).
        (
            "https://mfa-portal.example/mfa",
            "Microsoft",
            "Scan this code with the Microsoft Authenticator app to keep access.",
            vec![logo_item("microsoft")],
        ),
        // A heading that says nothing of signing in above a code to download the provider's app.
        (
            "https://apps.example.org/authenticator",
            "Microsoft Authenticator",
            "Scan this code with your phone to get the app.",
            vec![qr()],
        ),
        // A site's own enrolment heading naming no provider above its code.
        (
            "https://app.example.org/settings/2fa",
            "Verify it\u{2019}s you",
            "Scan the code with your authenticator app.",
            vec![qr()],
        ),
        // The provider's own site.
        (
            "https://github.com/settings/security",
            "GitHub",
            "Scan with GitHub Mobile to approve this sign-in.",
            vec![qr()],
        ),
    ];
    for (url, heading, text, images) in quiet {
        let v = page(url, heading, text, images);
        assert_eq!(v.level, Level::None, "{url}: {:?}", v.findings);
    }
}
