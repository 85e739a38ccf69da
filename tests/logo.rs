//! Logos recognised by their pixels: the reference renderings match at many sizes, paddings,
//! crops and backgrounds; look-alikes (other companies' four-colour logos, Google's colours in a
//! chart, squares in other colours, monochrome icons) do not.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use base64ct::{Base64, Encoding as _};
use consent_guard::finding::{Evidence, EvidenceKey};
use consent_guard::logo::{self, Pixels};
use consent_guard::snapshot::{FormSide, ImageItem, ImagePlace, ImageSource, PageContext, PageSnapshot};
use consent_guard::{policy::Policy, rules::Engine, Level};

const WHITE: [u8; 4] = [255, 255, 255, 255];
const CLEAR: [u8; 4] = [0, 0, 0, 0];

fn logo(provider: &str) -> &'static logo::Logo {
    logo::logos().iter().find(|l| l.provider == provider).expect("reference logo")
}

fn recognised(rgba: &[u8], w: usize, h: usize) -> Option<String> {
    logo::recognise(&Pixels::new(rgba, w, h).expect("pixels")).map(|l| l.provider.clone())
}

/// A drawing surface for look-alikes.
struct Canvas {
    w: usize,
    h: usize,
    px: Vec<u8>,
}

impl Canvas {
    fn new(w: usize, h: usize, bg: [u8; 4]) -> Canvas {
        Canvas { w, h, px: bg.repeat(w * h) }
    }
    fn paint(&mut self, inside: impl Fn(f32, f32) -> bool, c: [u8; 4]) {
        for y in 0..self.h {
            for x in 0..self.w {
                if inside(x as f32 + 0.5, y as f32 + 0.5) {
                    self.px[(y * self.w + x) * 4..][..4].copy_from_slice(&c);
                }
            }
        }
    }
    fn rect(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, c: [u8; 4]) {
        self.paint(|x, y| x >= x0 && x < x1 && y >= y0 && y < y1, c);
    }
    fn disc(&mut self, cx: f32, cy: f32, r: f32, c: [u8; 4]) {
        self.paint(|x, y| (x - cx).powi(2) + (y - cy).powi(2) < r * r, c);
    }
    /// A rounded bar from (x0, y0) to (x1, y1), `r` thick.
    fn bar(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, r: f32, c: [u8; 4]) {
        self.paint(
            |x, y| {
                let (dx, dy) = (x1 - x0, y1 - y0);
                let t = (((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
                (x - x0 - t * dx).powi(2) + (y - y0 - t * dy).powi(2) < r * r
            },
            c,
        );
    }
    /// Copy `src` (side × side) in at (x, y).
    fn blit(&mut self, src: &[u8], side: usize, x: usize, y: usize) {
        self.blit_rect(src, side, side, x, y);
    }

    fn blit_rect(&mut self, src: &[u8], width: usize, height: usize, x: usize, y: usize) {
        for row in 0..height {
            for col in 0..width {
                let s = &src[(row * width + col) * 4..][..4];
                if s[3] > 0 {
                    self.px[((y + row) * self.w + x + col) * 4..][..4].copy_from_slice(s);
                }
            }
        }
    }
}

fn hex(v: u32) -> [u8; 4] {
    [(v >> 16) as u8, (v >> 8) as u8, v as u8, 255]
}

#[test]
fn reference_logos_load_from_data() {
    let logos = logo::load().expect("data/logos/logos.json loads");
    let providers: Vec<&str> = logos.iter().map(|l| l.provider.as_str()).collect();
    // GitHub's mark twice: dark, and light (white on a dark header)
    assert_eq!(providers, ["microsoft", "google", "github", "github"]);
    assert_eq!(logos[3].colours, [[255, 255, 255]]);
}

#[test]
fn references_match_at_sizes_paddings_and_backgrounds() {
    let backgrounds = [WHITE, CLEAR, [0, 0, 0, 255], [243, 242, 241, 255], [20, 30, 60, 255], [255, 255, 255, 0]];
    for provider in ["microsoft", "google", "github"] {
        let l = logo(provider);
        // A dark mark on a dark background is not drawn at all.
        let backgrounds: Vec<[u8; 4]> =
            backgrounds.into_iter().filter(|bg| provider != "github" || bg[3] == 0 || bg[0] > 128).collect();
        for size in [12, 16, 20, 24, 32, 48, 60] {
            for pad in [0, 1, 3, 8] {
                if size + 2 * pad > logo::MAX_SIDE {
                    continue;
                }
                for &bg in &backgrounds {
                    let side = size + 2 * pad;
                    let px = l.render(size, pad, bg);
                    assert_eq!(
                        recognised(&px, side, side).as_deref(),
                        Some(provider),
                        "{provider} at {size}px, padding {pad}, background {bg:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn references_match_off_centre_and_slightly_cropped() {
    for provider in ["microsoft", "google", "github"] {
        let l = logo(provider);
        // Off centre in a wide thumbnail.
        let mut c = Canvas::new(64, 40, WHITE);
        c.blit(&l.render(24, 0, CLEAR), 24, 30, 5);
        assert_eq!(recognised(&c.px, 64, 40).as_deref(), Some(provider), "{provider} off centre");
        // One pixel of a 32 px rendering cut off each side in turn.
        let full = l.render(32, 0, WHITE);
        for (dx, dy, w, h) in [(1, 0, 31, 32), (0, 1, 32, 31), (0, 0, 31, 32), (0, 0, 32, 31)] {
            let mut crop = Vec::new();
            for y in dy..dy + h {
                crop.extend_from_slice(&full[(y * 32 + dx) * 4..][..w * 4]);
            }
            assert_eq!(recognised(&crop, w, h).as_deref(), Some(provider), "{provider} cropped {dx},{dy} {w}x{h}");
        }
    }
}

#[test]
fn four_squares_in_other_colours_are_not_microsoft() {
    let palettes: [[u32; 4]; 5] = [
        [0x0078D6, 0x0078D6, 0x0078D6, 0x0078D6], // Windows-ish, one blue
        [0x8E44AD, 0x1ABC9C, 0xE91E63, 0xFF9800], // purple, teal, pink, orange
        [0x4285F4, 0xEA4335, 0xFBBC05, 0x34A853], // Google's colours as squares
        [0x7FBA00, 0xF25022, 0xFFB900, 0x00A4EF], // Microsoft's colours, other places
        [0x333333, 0x666666, 0x999999, 0xBBBBBB], // greys
    ];
    for p in palettes {
        let mut c = Canvas::new(32, 32, WHITE);
        c.rect(2.0, 2.0, 15.0, 15.0, hex(p[0]));
        c.rect(17.0, 2.0, 30.0, 15.0, hex(p[1]));
        c.rect(2.0, 17.0, 15.0, 30.0, hex(p[2]));
        c.rect(17.0, 17.0, 30.0, 30.0, hex(p[3]));
        assert_eq!(recognised(&c.px, 32, 32), None, "squares {p:x?}");
    }
}

/// Slack's mark: four pairs of rounded bars in a pinwheel, in its four colours.
fn slack_like(bg: [u8; 4]) -> Canvas {
    let mut c = Canvas::new(32, 32, bg);
    let (red, blue, green, yellow) = (hex(0xE01E5A), hex(0x36C5F0), hex(0x2EB67D), hex(0xECB22E));
    c.bar(12.0, 4.0, 12.0, 16.0, 2.6, blue);
    c.bar(4.0, 12.0, 8.0, 12.0, 2.6, blue);
    c.bar(16.0, 12.0, 28.0, 12.0, 2.6, green);
    c.bar(20.0, 4.0, 20.0, 8.0, 2.6, green);
    c.bar(20.0, 16.0, 20.0, 28.0, 2.6, yellow);
    c.bar(24.0, 20.0, 28.0, 20.0, 2.6, yellow);
    c.bar(4.0, 20.0, 16.0, 20.0, 2.6, red);
    c.bar(12.0, 24.0, 12.0, 28.0, 2.6, red);
    c
}

#[test]
fn look_alikes_match_no_logo() {
    let mut cases: Vec<(&str, Canvas)> =
        vec![("slack on white", slack_like(WHITE)), ("slack on clear", slack_like(CLEAR))];
    // Google's colours as a bar chart.
    let mut chart = Canvas::new(32, 32, WHITE);
    for (i, colour) in [0x4285F4, 0xEA4335, 0xFBBC05, 0x34A853].into_iter().enumerate() {
        let x = 3.0 + i as f32 * 7.0;
        chart.rect(x, 28.0 - 6.0 * (i as f32 + 1.0), x + 5.0, 28.0, hex(colour));
    }
    chart.rect(2.0, 28.0, 30.0, 29.0, hex(0x5F6368));
    cases.push(("google-coloured bar chart", chart));
    // Google's colours as a pie (four quarters of a full disc, no opening, no bar).
    let mut pie = Canvas::new(32, 32, WHITE);
    for (i, colour) in [0xEA4335, 0xFBBC05, 0x34A853, 0x4285F4].into_iter().enumerate() {
        pie.paint(
            |x, y| {
                let (dx, dy) = (x - 16.0, 16.0 - y);
                let a = dy.atan2(dx).to_degrees().rem_euclid(360.0);
                dx * dx + dy * dy < 196.0 && a >= 90.0 * i as f32 && a < 90.0 * (i as f32 + 1.0)
            },
            hex(colour),
        );
    }
    cases.push(("google-coloured pie", pie));
    // A generic octopus: a dark head and eight legs.
    let mut octopus = Canvas::new(32, 32, WHITE);
    octopus.disc(16.0, 12.0, 9.0, hex(0x24292F));
    for i in 0..8 {
        let x = 5.0 + i as f32 * 3.0;
        octopus.bar(16.0, 14.0, x, 29.0, 1.2, hex(0x24292F));
    }
    cases.push(("octopus", octopus));
    // Ordinary icons: a padlock, a blue circle, a grey square.
    let mut lock = Canvas::new(24, 24, CLEAR);
    lock.rect(5.0, 11.0, 19.0, 21.0, hex(0x444444));
    lock.paint(
        |x, y| {
            ((x - 12.0).powi(2) + (y - 10.0).powi(2)).sqrt() - 5.0 < 1.2
                && y < 11.0
                && (x - 12.0).abs() > 0.0
                && ((x - 12.0).powi(2) + (y - 10.0).powi(2)).sqrt() > 3.8
        },
        hex(0x444444),
    );
    cases.push(("padlock", lock));
    let mut dot = Canvas::new(24, 24, WHITE);
    dot.disc(12.0, 12.0, 10.0, hex(0x4285F4));
    cases.push(("blue disc", dot));
    let mut square = Canvas::new(24, 24, WHITE);
    square.rect(3.0, 3.0, 21.0, 21.0, hex(0xF25022));
    cases.push(("one red square", square));
    for (name, c) in cases {
        assert_eq!(recognised(&c.px, c.w, c.h), None, "{name}");
    }
}

#[test]
fn noise_and_empty_images_match_nothing() {
    let mut seed = 12345u32;
    let noise: Vec<u8> = (0..32 * 32 * 4)
        .map(|i| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            if i % 4 == 3 {
                255
            } else {
                (seed >> 16) as u8
            }
        })
        .collect();
    assert_eq!(recognised(&noise, 32, 32), None);
    assert_eq!(recognised(&WHITE.repeat(32 * 32), 32, 32), None);
    assert_eq!(recognised(&CLEAR.repeat(32 * 32), 32, 32), None);
    assert!(Pixels::new(&[0; 10], 4, 4).is_none(), "a buffer of the wrong size is refused");
}

fn view_with(draw: impl FnOnce(&mut Canvas)) -> Canvas {
    let mut c = Canvas::new(400, 250, WHITE);
    // A form: text lines, two inputs and a button.
    for i in 0..6 {
        c.rect(120.0, 60.0 + i as f32 * 12.0, 300.0 - i as f32 * 10.0, 64.0 + i as f32 * 12.0, hex(0x323130));
    }
    c.rect(120.0, 140.0, 300.0, 160.0, hex(0x8A8886));
    c.rect(121.0, 141.0, 299.0, 159.0, WHITE);
    c.rect(220.0, 190.0, 300.0, 210.0, hex(0x0067B8));
    draw(&mut c);
    c
}

#[test]
fn the_view_scan_finds_logos_in_a_page_and_nothing_in_look_alikes() {
    for (provider, size) in
        [("microsoft", 14), ("microsoft", 22), ("google", 20), ("google", 34), ("github", 20), ("github", 32)]
    {
        let c = view_with(|c| c.blit(&logo(provider).render(size, 0, CLEAR), size, 121, 22));
        let found = logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view"));
        assert_eq!(found.iter().map(|f| f.provider.as_str()).collect::<Vec<_>>(), [provider], "{provider} at {size}px");
    }
    let slack = slack_like(CLEAR);
    let c = view_with(|c| c.blit(&slack.px, 32, 121, 16));
    assert!(logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view")).is_empty(), "slack in a view");
    let c = view_with(|_| {});
    assert!(logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view")).is_empty(), "plain form");
}

fn item(source: ImageSource, px: &[u8], side: u32, control: Option<&str>) -> ImageItem {
    ImageItem {
        source,
        label: "data:image/png;base64,iVBOR".into(),
        control_text: control.map(str::to_string),
        width: side,
        height: side,
        rgba: Base64::encode_string(px),
        words: None,
        place: None,
    }
}

fn verdict(images: Vec<ImageItem>) -> consent_guard::Verdict {
    let url = "https://secure-login-portal.example/signin";
    let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
        "url": url, "topFrame": true, "title": "Sign in",
        "forms": [{"action": url, "method": "post", "text": ""}],
        "inputs": [{"kind": "identifier", "type": "email", "name": "user", "form": 0},
                   {"kind": "password", "type": "password", "name": "pass", "form": 0}],
    }))
    .expect("snapshot");
    let snap = PageSnapshot { images, ..snap };
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    Engine::new(Policy::default()).evaluate(&snap, &ctx)
}

#[test]
fn an_image_logo_on_a_sign_in_page_off_the_provider_is_danger() {
    let ms = logo("microsoft").render(24, 4, WHITE);
    for source in [ImageSource::Img, ImageSource::Svg, ImageSource::Background, ImageSource::Icon, ImageSource::Canvas]
    {
        let v = verdict(vec![item(source, &ms, 32, None)]);
        assert_eq!(v.level, Level::Danger, "{source:?}");
        assert_eq!(v.provider.as_deref(), Some("microsoft"));
        let f = v.findings.iter().find(|f| f.rule.as_str() == "origin.untrusted-host").expect("origin finding");
        // Said by a locale key, with the image as markup names it and the logo's name.
        assert!(
            f.evidence.iter().any(|e| e.key == Some(EvidenceKey::LogoPixels)
                && e.params.len() == 2
                && (e.params[0].starts_with('<') || e.params[0].starts_with("background-image"))
                && e.params[1] == "Microsoft four squares"),
            "{:?}",
            f.evidence
        );
    }
}

fn brand_verdict(text: &str, source: &str, control_text: Option<&str>) -> consent_guard::Verdict {
    let url = "https://photo-album-signin.example/signin";
    let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
        "url": url, "topFrame": true, "title": "Sign in",
        "brand": [{"text": text, "source": source, "controlText": control_text}],
        "forms": [{"action": url, "method": "post", "text": ""}],
        "inputs": [{"kind": "identifier", "type": "email", "name": "email", "form": 0},
                   {"kind": "password", "type": "password", "name": "password", "form": 0}],
    }))
    .expect("snapshot");
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    Engine::new(Policy::default()).evaluate(&snap, &ctx)
}

#[test]
fn words_drawn_as_a_logo_claim_even_as_sign_in_with() {
    let v = brand_verdict("Sign in with Google", "logo", None);
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    assert_eq!(v.provider.as_deref(), Some("google"));
    // the same words on a button, or as page text, lead to the provider: no claim
    assert_eq!(brand_verdict("Sign in with Google", "logo", Some("Sign in with Google")).level, Level::None);
    assert_eq!(brand_verdict("Sign in with Google", "heading", None).level, Level::None);
}

#[test]
fn look_alike_and_federation_images_make_no_claim() {
    assert_eq!(verdict(vec![item(ImageSource::Img, &slack_like(WHITE).px, 32, None)]).level, Level::None);
    let g = logo("google").render(24, 4, WHITE);
    let v = verdict(vec![item(ImageSource::Svg, &g, 32, Some("Sign in with Google"))]);
    assert_eq!(v.level, Level::None, "a G inside a federation button: {:?}", v.findings);
    // Pixels that are not what the size says are ignored, never an error.
    let mut bad = item(ImageSource::Img, &g, 32, None);
    bad.width = 31;
    assert_eq!(verdict(vec![bad]).level, Level::None);
    let mut garbage = item(ImageSource::Img, &g, 32, None);
    garbage.rgba = "not base64!".into();
    assert_eq!(verdict(vec![garbage]).level, Level::None);
}

// Screenshots of Chromium drawing text and the GitHub mark (its published 16×16 path, at 32 and 20
// px), one character per pixel: '#' dark, '+' half, '.' white.
const MARK_32: &[&str] = &[
    "...........++######++...........",
    ".........+############+.........",
    ".......+################+.......",
    "......####################......",
    ".....######################.....",
    "....########################....",
    "...#####+##############+#####...",
    "..+####+..+##########+..+####+..",
    "..#####..................#####..",
    ".+#####..................#####+.",
    ".######+................+######.",
    "+######..................######.",
    "+#####+..................+#####+",
    "######....................######",
    "######....................######",
    "######....................######",
    "######....................######",
    "######....................######",
    "######+..................+#####+",
    "+######..................######+",
    "+######+................+######+",
    ".#######+..............+#######.",
    ".+##++####+..........+########+.",
    "..###+.######......###########..",
    "..+###..####+.......#########+..",
    "...###+..+++........#########...",
    "....###+............########....",
    ".....####+++........#######.....",
    "......######........######......",
    ".......+####........####+.......",
    ".........+##........##+.........",
    "................................",
];
const MARK_20: &[&str] = &[
    "......+######+......",
    "....+##########+....",
    "...+############+...",
    "..+##############+..",
    ".+###.+######+.###+.",
    ".###+..........+###.",
    "+###+..........+###+",
    "####............####",
    "####............####",
    "####............####",
    "####............####",
    "####............####",
    "####+..........+####",
    "+####+........+####+",
    ".##+####....#######.",
    ".+##.###....######+.",
    "..##+.......+#####..",
    "...+###+....+####...",
    "....+##+....+##+....",
    "......+......+......",
];
const GLYPH_O: &[&str] = &[
    "........................................",
    "........................................",
    "..........++#######++...................",
    "........+#############+.................",
    ".......#################+...............",
    ".....+###################+..............",
    "....+#####################+.............",
    "....#######+.......+#######.............",
    "...#######...........#######............",
    "...######+...........+######............",
    "..+#####+.............+#####+...........",
    "..######...............######...........",
    "..######...............######...........",
    "..#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    "..######...............+#####...........",
    "..######...............######...........",
    "..######+..............######...........",
    "..+######.............+#####+...........",
    "...######+............######............",
    "...+######+.........+######+............",
    "....#######+.......+#######.............",
    "....+#####################+.............",
    ".....+###################+..............",
    "......+#################+...............",
    "........+#############+.................",
    "..........++#######+....................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
];
const GLYPH_AT: &[&str] = &[
    "................................................",
    "................................................",
    "................++#######++.....................",
    ".............+##############+...................",
    "...........+##################+.................",
    ".........+######++.......+######+...............",
    "........+####++.............+####+..............",
    ".......+####.................+####..............",
    "......+####......+####+...+++..####.............",
    "......####.....#########..###...###+............",
    ".....####.....##########++##+...+###............",
    "....+###.....####+....######+....###............",
    "....###+....+###.......#####.....###+...........",
    "...+###.....###+........####.....+##+...........",
    "...###+....+###.........####.....+##+...........",
    "...###+....###+.........###+.....+##+...........",
    "...###.....###..........###+.....+##+...........",
    "..+###....+###.........+###......+##+...........",
    "..+##+....+##+.........+###......+##+...........",
    "..+##+....###+.........###+......###............",
    "..###+....###+.........###+......###............",
    "..###+....+##+........####+.....###+............",
    "..+##+....+###.......+####......###.............",
    "..+###.....###+......#####.....###+.............",
    "..+###.....####....+###+##+..+####..............",
    "...###.....+##########.+#########...............",
    "...###+.....+########...#######+................",
    "...+###.......+###+......+###+..................",
    "....####........................................",
    "....+###+.......................................",
    ".....+###+..................+#..................",
    "......#####+.............++###+.................",
    ".......+######++.....+########+.................",
    "........+###################+...................",
    "..........+###############+.....................",
    ".............++######+++........................",
    "................................................",
    "................................................",
    "................................................",
    "................................................",
];
const GLYPH_Q: &[&str] = &[
    "........................................",
    "........................................",
    "..........++#######++...................",
    "........+#############+.................",
    ".......#################+...............",
    ".....+###################+..............",
    "....+#####################+.............",
    "....#######+.......+#######.............",
    "...#######...........#######............",
    "...######+...........+######............",
    "..+######.............######+...........",
    "..######+.............+######...........",
    "..######...............######...........",
    "..######...............######...........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    ".+#####+...............+#####+..........",
    "..#####+...............+#####+..........",
    "..######...............######...........",
    "..######...............######...........",
    "..+#####+.............+#####+...........",
    "...######.............######............",
    "...#######...........+######............",
    "...+######+.........+######.............",
    "....+#######++...++#######+.............",
    ".....#####################..............",
    "......+#################+...............",
    ".......+###############.................",
    ".........+##########+...................",
    ".............+#####+....................",
    "..............######....................",
    "..............######+...................",
    "..............+#######+++++.............",
    "...............############.............",
    "................###########.............",
    ".................##########.............",
    "..................+#######+.............",
    "........................................",
    "........................................",
];
const GLYPH_G: &[&str] = &[
    "........................................",
    "........................................",
    "..........++#######++...................",
    "........+##############.................",
    "......+#################+...............",
    ".....+####################..............",
    "....+#####################+.............",
    "....#######+.......+#######+............",
    "...#######...........+######............",
    "...######+............####+.............",
    "..+#####+..............+................",
    "..######................................",
    "..######................................",
    "..#####+................................",
    ".+#####+.........+++++++++++............",
    ".+#####+........+###########+...........",
    ".+#####+........+###########+...........",
    ".+#####+........+###########+...........",
    "..######........+###########+...........",
    "..######...............+####+...........",
    "..######...............+####+...........",
    "..+#####+..............+####+...........",
    "...######+.............+####+...........",
    "...#######+...........+#####+...........",
    "....#######+........++######+...........",
    "....+#########++++##########............",
    ".....+#####################.............",
    "......+##################+..............",
    "........+##############+................",
    "..........++######+++...................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
];
const GLYPH_E: &[&str] = &[
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    ".......++#####+.........................",
    ".....+##########+.......................",
    "....+#############......................",
    "...+######+++######.....................",
    "...######.....#####+....................",
    "..+#####......+#####....................",
    "..######.......#####....................",
    "..#####+.......+####+...................",
    ".+######+++++++#####+...................",
    ".+###################...................",
    ".+###################...................",
    ".+###################...................",
    ".+#####+................................",
    ".+#####+................................",
    "..#####+................................",
    "..######................................",
    "..+#####+......#####+...................",
    "...######+....######....................",
    "...+###############+....................",
    "....+#############+.....................",
    ".....+###########+......................",
    ".......++######+........................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
];
const GLYPH_FACE: &[&str] = &[
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "................+########+..............",
    "..............+############+............",
    ".............+##############+...........",
    "............+################+..........",
    "...........+##################+.........",
    "...........####################.........",
    "..........######################........",
    "..........######################........",
    ".........+#####+.+######+..#####+.......",
    ".........+#####...######...######.......",
    ".........#######+########+#######.......",
    ".........########################.......",
    ".........########################.......",
    ".........########################.......",
    ".........+######################+.......",
    ".........+######.########.######+.......",
    "..........######..######..######........",
    "..........+######..++++..######+........",
    "...........#######+....+#######.........",
    "............##################..........",
    ".............################...........",
    "..............+############+............",
    "................+########+..............",
    "...................++++.................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
    "........................................",
];

fn from_art(rows: &[&str], ink: [u8; 3]) -> (Vec<u8>, usize, usize) {
    let (w, h) = (rows[0].len(), rows.len());
    let mut px = Vec::with_capacity(w * h * 4);
    for row in rows {
        for ch in row.bytes() {
            let t = match ch {
                b'#' => 1.0,
                b'+' => 0.5,
                _ => 0.0,
            };
            px.extend(ink.map(|c| (f32::from(c) * t + 255.0 * (1.0 - t)) as u8));
            px.push(255);
        }
    }
    (px, w, h)
}

#[test]
fn the_github_mark_as_browsers_draw_it_is_github() {
    for (name, art) in [("32 px", MARK_32), ("20 px", MARK_20)] {
        for ink in [[0x1F, 0x23, 0x28], [0x24, 0x29, 0x2F], [0, 0, 0]] {
            let (px, w, h) = from_art(art, ink);
            assert_eq!(recognised(&px, w, h).as_deref(), Some("github"), "{name} in {ink:x?}");
        }
    }
}

#[test]
fn dark_letters_and_round_icons_are_not_the_github_mark() {
    let ink = [0x1F, 0x23, 0x28];
    for (name, art) in
        [("O", GLYPH_O), ("@", GLYPH_AT), ("Q", GLYPH_Q), ("G", GLYPH_G), ("e", GLYPH_E), ("smiling face", GLYPH_FACE)]
    {
        let (px, w, h) = from_art(art, ink);
        let s = logo::score(&Pixels::new(&px, w, h).expect("pixels"), logo("github"));
        assert_eq!(recognised(&px, w, h), None, "{name}: {s:?}");
    }
    let dark = hex(0x1F2328);
    let mut disc = Canvas::new(32, 32, WHITE);
    disc.disc(16.0, 16.0, 14.0, dark);
    let mut ring = Canvas::new(32, 32, WHITE);
    ring.disc(16.0, 16.0, 14.0, dark);
    ring.disc(16.0, 16.0, 9.0, WHITE);
    // A person in a dark circle (the avatar placeholder of many sign-in pages).
    let mut avatar = Canvas::new(32, 32, WHITE);
    avatar.disc(16.0, 16.0, 14.0, dark);
    avatar.disc(16.0, 12.0, 5.5, WHITE);
    avatar.paint(|x, y| (x - 16.0).powi(2) + (y - 29.0).powi(2) < 100.0 && y > 19.0, WHITE);
    for (name, c) in [("dark disc", disc), ("dark ring", ring), ("avatar", avatar)] {
        let s = logo::score(&Pixels::new(&c.px, c.w, c.h).expect("pixels"), logo("github"));
        assert_eq!(recognised(&c.px, c.w, c.h), None, "{name}: {s:?}");
    }
}

/// `rows` drawn in `ink` on `ground` ('#' ink, '+' half, '.' ground).
fn from_art_on(rows: &[&str], ink: [u8; 3], ground: [u8; 4]) -> (Vec<u8>, usize, usize) {
    let (w, h) = (rows[0].len(), rows.len());
    let mut px = Vec::with_capacity(w * h * 4);
    for row in rows {
        for ch in row.bytes() {
            let t = match ch {
                b'#' => 1.0,
                b'+' => 0.5,
                _ => 0.0,
            };
            if ground[3] == 0 {
                // over transparency: the ink's colour, its coverage as alpha
                px.extend(ink);
                px.push((255.0 * t) as u8);
            } else {
                px.extend((0..3).map(|i| (f32::from(ink[i]) * t + f32::from(ground[i]) * (1.0 - t)) as u8));
                px.push(255);
            }
        }
    }
    (px, w, h)
}

/// Dark grounds a light mark is drawn on: GitHub's dark header, its dark theme, black, a navy.
const DARK_GROUNDS: [[u8; 4]; 5] =
    [[0x24, 0x29, 0x2F, 255], [0x0D, 0x11, 0x17, 255], [0, 0, 0, 255], [20, 30, 60, 255], CLEAR];

#[test]
fn the_github_mark_drawn_light_on_a_dark_ground_is_github() {
    let light = logo::logos().iter().find(|l| l.provider == "github" && l.colours == [[255, 255, 255]]);
    let light = light.expect("the light GitHub mark");
    for size in [12, 16, 20, 24, 32, 48, 60] {
        for pad in [0, 1, 3] {
            for bg in DARK_GROUNDS {
                let side = size + 2 * pad;
                let px = light.render(size, pad, bg);
                assert_eq!(recognised(&px, side, side).as_deref(), Some("github"), "{size}px, pad {pad}, {bg:?}");
            }
        }
    }
    // as browsers draw the published path, in white and a light grey
    for (name, art) in [("32 px", MARK_32), ("20 px", MARK_20)] {
        for ink in [[0xFF, 0xFF, 0xFF], [0xF0, 0xF6, 0xFC]] {
            for bg in DARK_GROUNDS {
                let (px, w, h) = from_art_on(art, ink, bg);
                assert_eq!(recognised(&px, w, h).as_deref(), Some("github"), "{name} in {ink:x?} on {bg:?}");
            }
        }
    }
    // the dark mark on light grounds and on transparency is still recognised
    for bg in [WHITE, [0xF6, 0xF8, 0xFA, 255], CLEAR] {
        let (px, w, h) = from_art_on(MARK_32, [0x1F, 0x23, 0x28], bg);
        assert_eq!(recognised(&px, w, h).as_deref(), Some("github"), "dark on {bg:?}");
    }
}

#[test]
fn light_letters_round_icons_and_avatars_on_dark_grounds_are_not_the_github_mark() {
    let white = [0xFF, 0xFF, 0xFF];
    for bg in DARK_GROUNDS {
        for (name, art) in [
            ("O", GLYPH_O),
            ("@", GLYPH_AT),
            ("Q", GLYPH_Q),
            ("G", GLYPH_G),
            ("e", GLYPH_E),
            ("smiling face", GLYPH_FACE),
        ] {
            let (px, w, h) = from_art_on(art, white, bg);
            assert_eq!(recognised(&px, w, h), None, "{name} on {bg:?}");
        }
        let ink = [255, 255, 255, 255];
        let mut disc = Canvas::new(32, 32, bg);
        disc.disc(16.0, 16.0, 14.0, ink);
        let mut ring = Canvas::new(32, 32, bg);
        ring.disc(16.0, 16.0, 14.0, ink);
        ring.disc(16.0, 16.0, 9.0, bg);
        // a person in a white circle (a dark theme's avatar placeholder), and a cut-out person
        let mut avatar = Canvas::new(32, 32, bg);
        avatar.disc(16.0, 16.0, 14.0, ink);
        avatar.disc(16.0, 12.0, 5.5, bg);
        avatar.paint(|x, y| (x - 16.0).powi(2) + (y - 29.0).powi(2) < 100.0 && y > 19.0, bg);
        let mut person = Canvas::new(32, 32, bg);
        person.disc(16.0, 11.0, 6.0, ink);
        person.paint(|x, y| (x - 16.0).powi(2) + (y - 31.0).powi(2) < 144.0, ink);
        // a cat's head: a white disc with two ears
        let mut cat = Canvas::new(32, 32, bg);
        cat.disc(16.0, 18.0, 12.0, ink);
        cat.paint(
            |x, y| y > 3.0 && y < 12.0 && ((x - 8.0).abs() < (y - 3.0) * 0.6 || (x - 24.0).abs() < (y - 3.0) * 0.6),
            ink,
        );
        // a round logo of a made-up company: a white disc with a dark letter-like bar in it
        let mut badge = Canvas::new(32, 32, bg);
        badge.disc(16.0, 16.0, 14.0, ink);
        badge.rect(10.0, 9.0, 14.0, 23.0, bg);
        badge.rect(10.0, 19.0, 22.0, 23.0, bg);
        for (name, c) in [
            ("white disc", disc),
            ("white ring", ring),
            ("avatar", avatar),
            ("person", person),
            ("cat", cat),
            ("badge", badge),
        ] {
            let s = logo::logos()
                .iter()
                .filter(|l| l.provider == "github")
                .map(|l| logo::score(&Pixels::new(&c.px, c.w, c.h).expect("pixels"), l))
                .collect::<Vec<_>>();
            assert_eq!(recognised(&c.px, c.w, c.h), None, "{name} on {bg:?}: {s:?}");
        }
    }
}

/// A provider's logo and where it is shown.
type Placed = (&'static str, Option<ImagePlace>);

/// A provider's logo drawn at `place` on a page that shows its own brand, the one its host is
/// named for, in its title and header, with its own login form (`form`: the form's words).
fn own_brand_verdict(logos: &[Placed], form: &str) -> consent_guard::Verdict {
    own_brand_verdict_with(logos, form, &[])
}

/// [`own_brand_verdict`] with more lines of the page's text (`(text, source)`: a badge's label, an
/// icon's alt text).
fn own_brand_verdict_with(logos: &[Placed], form: &str, lines: &[(&str, &str)]) -> consent_guard::Verdict {
    let url = "https://portal.copperline-it.com/login";
    let mut brand = vec![serde_json::json!({"text": "Copperline IT", "source": "banner"})];
    brand.extend(lines.iter().map(|(text, source)| serde_json::json!({"text": text, "source": source})));
    let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
        "url": url, "topFrame": true, "title": "Copperline IT \u{2014} Client Portal",
        "brand": brand,
        "forms": [{"action": url, "method": "post", "text": form}],
        "inputs": [{"kind": "identifier", "type": "email", "name": "email", "form": 0},
                   {"kind": "password", "type": "password", "name": "password", "label": form, "form": 0}],
    }))
    .expect("snapshot");
    verdict_with_logos(snap, url, logos)
}

/// The verdict on `snap` at `url` with each provider's logo drawn at its place (an inline SVG).
fn verdict_with_logos(snap: PageSnapshot, url: &str, logos: &[Placed]) -> consent_guard::Verdict {
    let images = logos
        .iter()
        .map(|(provider, place)| ImageItem {
            source: ImageSource::Svg,
            label: format!("#{provider}"),
            place: *place,
            ..item(ImageSource::Svg, &logo(provider).render(24, 4, WHITE), 32, None)
        })
        .collect();
    let snap = PageSnapshot { images, ..snap };
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    Engine::new(Policy::default()).evaluate(&snap, &ctx)
}

/// A 20 px logo at (`x`, `y`) of the page, `side` of the form's card at `gap` px.
fn at(x: f64, y: f64, side: FormSide, gap: f64) -> ImagePlace {
    ImagePlace {
        x,
        y,
        width: 20.0,
        height: 20.0,
        page_x: x,
        page_y: y,
        form_side: side,
        form_gap: Some(gap),
        ..ImagePlace::default()
    }
}

/// Beside the site's own brand, a provider's logo drawn where it does not head the sign-in is a
/// mention: a badge in the header bar, one of a list of providers' logos, a hero logo far above
/// the form. The same logo heading the card (inside it, drawn over it, right above it), a list
/// made of one provider's logo and other icons, a logo the collector did not measure, and any
/// logo on a page whose form asks for the provider's account still claim the provider.
#[test]
fn a_logo_that_does_not_head_the_sign_in_is_a_mention_beside_the_own_brand() {
    let form = "Email Password";
    let bar = ImagePlace { in_bar: true, ..at(821.0, 26.0, FormSide::Above, 66.0) };
    let list = |y: f64| ImagePlace { peers: 2, ..at(238.0, y, FormSide::Left, 98.0) };
    let far = ImagePlace { width: 96.0, height: 96.0, ..at(502.0, 97.0, FormSide::Above, 375.0) };
    let quiet: [(&str, Vec<Placed>); 3] = [
        ("a partner badge in the header bar", vec![("microsoft", Some(bar))]),
        (
            "a vault's list of saved logins",
            vec![("github", Some(list(34.0))), ("microsoft", Some(list(93.0))), ("google", Some(list(152.0)))],
        ),
        ("a hero logo far above the customers' login", vec![("google", Some(far))]),
    ];
    for (what, logos) in &quiet {
        let v = own_brand_verdict(logos, form);
        assert_eq!(v.level, Level::None, "{what}: {:?}", v.findings);
    }
    let danger: [(&str, Vec<Placed>, &str); 8] = [
        ("a logo inside the card", vec![("microsoft", Some(ImagePlace { in_form_card: true, ..bar }))], form),
        ("a logo drawn over the card", vec![("microsoft", Some(at(500.0, 300.0, FormSide::Over, 0.0)))], form),
        ("a logo right above the card", vec![("github", Some(at(540.0, 60.0, FormSide::Above, 70.0)))], form),
        ("a small logo beside the card", vec![("microsoft", Some(at(300.0, 300.0, FormSide::Left, 40.0)))], form),
        ("a logo the collector did not measure", vec![("microsoft", None)], form),
        (
            "one provider's logo lined up with icons of no provider",
            vec![("microsoft", Some(ImagePlace { peers: 2, ..at(540.0, 60.0, FormSide::Above, 70.0) }))],
            form,
        ),
        (
            "a header badge above a form asking for the provider's password",
            vec![("microsoft", Some(bar))],
            "Microsoft 365 password",
        ),
        (
            "a list of providers' logos whose form asks for one's password",
            vec![("github", Some(list(34.0))), ("google", Some(list(93.0)))],
            "Google password",
        ),
    ];
    for (what, logos, form) in &danger {
        let v = own_brand_verdict(logos, form);
        assert_eq!(v.level, Level::Danger, "{what}: {:?}", v.findings);
    }
}

/// Lines of a page's text, each with its source (`"text"`, `"logo"`, …).
type Lines<'a> = &'a [(&'a str, &'a str)];

/// A 14 px logo beside the card, in a badge whose label names the provider with a partner's,
/// works-with or course's words, is part of the badge beside the site's own brand; the same logo
/// with no such label, a badge logo as large as a heading's, and a badge above a form that asks for
/// the provider's password still claim.
#[test]
fn a_badges_small_logo_beside_the_own_brand_is_a_mention() {
    let pill = ImagePlace { width: 14.0, height: 14.0, ..at(240.0, 200.0, FormSide::Left, 28.0) };
    let partner = [("Microsoft Solutions Partner \u{2014} Modern Work", "text")];
    let quiet: [(&str, Placed, Lines); 4] = [
        ("a partner badge", ("microsoft", Some(pill)), &partner),
        ("a works-with badge", ("google", Some(pill)), &[("Works with Outlook Gmail", "text")]),
        ("a course badge", ("github", Some(pill)), &[("GitHub Actions \u{b7} 6 modules", "text")]),
        (
            "an app-icon row under \"Works with\"",
            ("google", Some(ImagePlace { width: 18.0, height: 18.0, ..pill })),
            &[("Works with Outlook and Google Calendar", "text")],
        ),
    ];
    for (what, logo, lines) in &quiet {
        let v = own_brand_verdict_with(&[*logo], "Email Password", lines);
        assert_eq!(v.level, Level::None, "{what}: {:?}", v.findings);
    }
    let large = ImagePlace { width: 24.0, height: 24.0, ..pill };
    let inside = ImagePlace { in_form_card: true, ..pill };
    let danger: [(&str, Placed, Lines, &str); 5] = [
        ("a small logo with no badge label", ("microsoft", Some(pill)), &[], "Email Password"),
        (
            "a badge label naming another provider",
            ("microsoft", Some(pill)),
            &[("Google Cloud Partner", "text")],
            "Email Password",
        ),
        ("a badge logo as large as a heading's", ("microsoft", Some(large)), &partner, "Email Password"),
        ("a small logo inside the card", ("microsoft", Some(inside)), &partner, "Email Password"),
        (
            "a badge above a form asking for the provider's password",
            ("microsoft", Some(pill)),
            &partner,
            "Microsoft 365 password",
        ),
    ];
    for (what, logo, lines, form) in &danger {
        let v = own_brand_verdict_with(&[*logo], form, lines);
        assert_eq!(v.level, Level::Danger, "{what}: {:?}", v.findings);
    }
}

/// A provider's logo lined up with two icons labelled with other providers' names is one row of a
/// list (connected accounts) even inside the card of the site's own change-password form; the same
/// logo lined up with icons that name no provider still claims.
#[test]
fn a_list_of_labelled_provider_icons_in_the_card_is_a_mention() {
    // Inside the card, its box overlaps the card's.
    let row = ImagePlace { peers: 2, in_form_card: true, ..at(230.0, 200.0, FormSide::Over, 0.0) };
    let labels = [("Google", "logo"), ("GitHub", "logo")];
    let v = own_brand_verdict_with(&[("microsoft", Some(row))], "Current password New password", &labels);
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    let v = own_brand_verdict_with(&[("microsoft", Some(row))], "Current password New password", &[]);
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    let v = own_brand_verdict_with(&[("microsoft", Some(row))], "Your Microsoft 365 password", &labels);
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
}

/// A page that names its own brand in its title and in the credential form it asks with ("Unlock
/// Nettlecove" under "Nettlecove Vault"), with no header: its list of stored logins, each a
/// provider's logo and name, is a list of mentions. Without the own brand in the form, or with a
/// provider's logo heading the card, the same page claims the provider.
#[test]
fn a_vaults_own_name_in_its_unlock_form_makes_its_logins_mentions() {
    let url = "https://vault.nettlecove.com/";
    let verdict_with = |form: &str, buttons: &[&str], logos: &[Placed]| {
        let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": "Nettlecove Vault", "buttons": buttons,
            "brand": [{"text": "Vault locked", "source": "heading"},
                      {"text": "Recently used logins", "source": "heading"},
                      {"text": "Google \u{2014} jo@example.net", "source": "text"},
                      {"text": "Microsoft \u{2014} jo@contoso.example", "source": "text"},
                      {"text": "GitHub \u{2014} jo-dev", "source": "text"}],
            "forms": [{"action": url, "method": "post", "text": form}],
            "inputs": [{"kind": "password", "type": "password", "name": "master", "label": "Master password", "form": 0}],
        }))
        .expect("snapshot");
        verdict_with_logos(snap, url, logos)
    };
    let verdict = |form: &str, logos: &[Placed]| verdict_with(form, &[], logos);
    let row = |y: f64| ImagePlace { peers: 2, width: 14.0, height: 14.0, ..at(460.0, y, FormSide::Below, y - 200.0) };
    let list: Vec<Placed> =
        vec![("google", Some(row(260.0))), ("microsoft", Some(row(282.0))), ("github", Some(row(304.0)))];
    let v = verdict("Master password Unlock Nettlecove", &list);
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    // the site's name on its unlock button, outside the form's words
    let v = verdict_with("Master password", &["Unlock Nettlecove"], &list);
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    let v = verdict_with("Master password", &["Unlock"], &list);
    assert_eq!(v.level, Level::Danger, "no own brand: {:?}", v.findings);
    let heading = ImagePlace { in_form_card: true, ..at(460.0, 60.0, FormSide::Over, 0.0) };
    let v = verdict("Master password Unlock Nettlecove", &[("microsoft", Some(heading))]);
    assert_eq!(v.level, Level::Danger, "a logo heading the card: {:?}", v.findings);
}

/// A logo in a picture that stands apart from the form, beside a caption that names its provider
/// as a picture ("Screenshot: the Microsoft sign-in page"), is part of that picture beside the
/// site's own brand; the same picture laid over the form or inside its card, and one with no such
/// caption or a caption naming another provider, still claim.
#[test]
fn a_captioned_picture_apart_from_the_form_is_a_mention() {
    let apart = ImagePlace { width: 21.0, height: 21.0, ..at(52.0, 120.0, FormSide::Left, 540.0) };
    let caption = [("Screenshot: the Microsoft sign-in page", "text")];
    let v = own_brand_verdict_with(&[("microsoft", Some(apart))], "Email Password", &caption);
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    let over = ImagePlace { form_side: FormSide::Over, form_gap: Some(0.0), ..apart };
    let inside = ImagePlace { in_form_card: true, ..apart };
    let danger: [(&str, Placed, Lines); 4] = [
        ("a picture of the sign-in laid over the form", ("microsoft", Some(over)), &caption),
        ("a picture inside the card", ("microsoft", Some(inside)), &caption),
        ("no caption", ("microsoft", Some(apart)), &[]),
        ("a caption naming another provider", ("microsoft", Some(apart)), &[("Figure 2: the Google sign-in", "text")]),
    ];
    for (what, logo, lines) in &danger {
        let v = own_brand_verdict_with(&[*logo], "Email Password", lines);
        assert_eq!(v.level, Level::Danger, "{what}: {:?}", v.findings);
    }
}

/// Google's wordmark as Chromium draws a `data:` SVG of it (Arial 28 px, each letter in its colour)
/// into the 64 px wide thumbnail of a CSS background: `b` blue, `r` red, `y` yellow, `g` green.
const WORDMARK_64: [&str; 15] = [
    ".....................................gg.........",
    "...bbbbb.............................gg.........",
    "..bbb..bbb...........................gg.........",
    ".bb......b....rrrr....yyyy....bbb.bb.gg...rrrr..",
    ".bb..........r...rr..yy...y..bb..bbb.gg..rr..rr.",
    ".b..........rr...rr..y....yy.bb...bb.gg.rr....r.",
    ".b....bbbbb.rr....r..y....yy.b....bb.gg.rrrrrrr.",
    ".bb......bb.rr....r..y....yy.b....bb.gg.rr......",
    ".bb......bb.rr...rr..y....yy.b....bb.gg.rr......",
    "..bbb...bb...r...rr..yy..yy..bb..bbb.gg..rr..rr.",
    "...bbbbbb....rrrrr....yyyy....bbb.bb.gg...rrrr..",
    "..................................bb............",
    ".............................bb...b.............",
    "..............................bbbbb.............",
    "................................................",
];

/// Coloured art (`b`, `r`, `y`, `g` Google's colours, `k` dark grey, `m` a purple no logo has)
/// on `bg`.
fn from_colour_art(rows: &[&str], bg: [u8; 4]) -> (Vec<u8>, usize, usize) {
    let (w, h) = (rows[0].len(), rows.len());
    let mut px = Vec::with_capacity(w * h * 4);
    for row in rows {
        for ch in row.bytes() {
            px.extend(match ch {
                b'b' => hex(0x4285F4),
                b'r' => hex(0xEA4335),
                b'y' => hex(0xFBBC05),
                b'g' => hex(0x34A853),
                b'k' => hex(0x1F2328),
                b'm' => hex(0x8E44AD),
                _ => bg,
            });
        }
    }
    (px, w, h)
}

fn wordmark(rgba: &[u8], w: usize, h: usize) -> Option<String> {
    logo::recognise_wordmark(&Pixels::new(rgba, w, h).expect("pixels")).map(|m| m.provider.clone())
}

#[test]
fn reference_wordmarks_load_from_data() {
    let marks = logo::load_wordmarks().expect("data/logos/logos.json wordmarks load");
    assert_eq!(marks.iter().map(|m| m.provider.as_str()).collect::<Vec<_>>(), ["google"]);
    assert_eq!(logo::wordmarks().len(), marks.len());
}

/// The coloured wordmark is Google's by its pixels on a clear or white background, and with the
/// space around it cropped; the same letters in one colour, in another order of colours, the
/// four colours as squares in a row, a chart's bars in the wordmark's order of colours and a
/// narrow drawing are not.
#[test]
fn googles_coloured_wordmark_is_recognised_by_its_pixels() {
    for bg in [CLEAR, WHITE] {
        let (px, w, h) = from_colour_art(&WORDMARK_64, bg);
        assert_eq!(wordmark(&px, w, h).as_deref(), Some("google"), "on {bg:?}");
    }
    let cropped: Vec<&str> = WORDMARK_64[1..14].iter().map(|r| &r[1..47]).collect();
    let (px, w, h) = from_colour_art(&cropped, CLEAR);
    assert_eq!(wordmark(&px, w, h).as_deref(), Some("google"), "cropped");

    let recolour = |map: &dyn Fn(usize, char) -> char| -> Vec<String> {
        WORDMARK_64
            .iter()
            .map(|r| r.chars().enumerate().map(|(x, c)| if c == '.' { c } else { map(x, c) }).collect())
            .collect()
    };
    let one_colour = recolour(&|_, _| 'b');
    // "Google" with its o's swapped and the l red: b y r b r r
    let reordered = recolour(&|x, c| match (x, c) {
        (12..=19, _) => 'y',
        (20..=28, _) => 'r',
        (36..=38, _) => 'r',
        _ => c,
    });
    let purple_l = recolour(&|x, c| if (36..=38).contains(&x) { 'm' } else { c });
    let dark = recolour(&|_, _| 'k');
    for (name, art) in
        [("one colour", one_colour), ("colours reordered", reordered), ("a purple l", purple_l), ("dark letters", dark)]
    {
        let rows: Vec<&str> = art.iter().map(String::as_str).collect();
        let (px, w, h) = from_colour_art(&rows, CLEAR);
        assert_eq!(wordmark(&px, w, h), None, "{name}");
    }
    // Google's four colours as squares in a row, and a chart's bars in its colours
    let mut squares = Canvas::new(64, 20, WHITE);
    for (i, c) in [0x4285F4, 0xEA4335, 0xFBBC05, 0x34A853].into_iter().enumerate() {
        squares.rect(2.0 + 15.0 * i as f32, 3.0, 14.0 + 15.0 * i as f32, 17.0, hex(c));
    }
    let mut bars = Canvas::new(64, 24, WHITE);
    for (i, (c, top)) in
        [(0x4285F4, 4.0), (0xEA4335, 10.0), (0xFBBC05, 6.0), (0x4285F4, 12.0), (0x34A853, 2.0), (0xEA4335, 8.0)]
            .into_iter()
            .enumerate()
    {
        bars.rect(2.0 + 10.0 * i as f32, top, 9.0 + 10.0 * i as f32, 22.0, hex(c));
    }
    assert_eq!(wordmark(&squares.px, squares.w, squares.h), None, "four squares in a row");
    // bars in the wordmark's order of colours are blocks, not strokes
    assert_eq!(wordmark(&bars.px, bars.w, bars.h), None, "bars in the wordmark's order");
    // Too narrow for a word: the G mark's square
    let g = logo("google").render(24, 4, WHITE);
    assert_eq!(logo::recognise_wordmark(&Pixels::new(&g, 32, 32).expect("pixels")).map(|m| m.name.as_str()), None);
}

/// The verdict on the Copperline page of [`own_brand_verdict_with`] with `images` as they are.
fn own_brand_verdict_with_images(images: Vec<ImageItem>, form: &str) -> consent_guard::Verdict {
    let url = "https://portal.copperline-it.com/login";
    let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
        "url": url, "topFrame": true, "title": "Copperline IT \u{2014} Client Portal",
        "brand": [{"text": "Copperline IT", "source": "banner"}],
        "forms": [{"action": url, "method": "post", "text": form}],
        "inputs": [{"kind": "identifier", "type": "email", "name": "email", "form": 0},
                   {"kind": "password", "type": "password", "name": "password", "label": form, "form": 0}],
    }))
    .expect("snapshot");
    let snap = PageSnapshot { images, ..snap };
    let ctx = PageContext { url: url.into(), top_frame: true, policy_read: true, ..PageContext::default() };
    Engine::new(Policy::default()).evaluate(&snap, &ctx)
}

/// A CSS background of `w`×`h` pixels drawn at `place`, drawing `words`.
fn background(px: &[u8], w: usize, h: usize, words: Option<&str>, place: ImagePlace) -> ImageItem {
    ImageItem {
        source: ImageSource::Background,
        label: "data:image/svg+xml,%3Csvg".into(),
        control_text: None,
        width: w as u32,
        height: h as u32,
        rgba: Base64::encode_string(px),
        words: words.map(str::to_string),
        place: Some(place),
    }
}

/// Google's coloured wordmark drawn as text of the page (a font may draw it whatever the DOM's
/// letters are) is found in the view of the tab, and read by the engine from its box as a
/// thumbnail; the same letters in another order of colours, and a chart's bars in its order, are
/// not found.
#[test]
fn the_view_scan_finds_a_coloured_wordmark_drawn_as_text() {
    let found_in = |rows: &[&str]| {
        let (px, w, h) = from_colour_art(rows, CLEAR);
        let c = view_with(|c| c.blit_rect(&px, w, h, 130, 20));
        logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view"))
    };
    let found = found_in(&WORDMARK_64);
    assert_eq!(found.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["Google wordmark"]);
    let f = &found[0];
    assert!(f.width >= 2 * f.height && (128..=136).contains(&f.x), "{f:?}");
    // the box, cut from the view as the worker does, reads as the wordmark
    let c = {
        let (px, w, h) = from_colour_art(&WORDMARK_64, CLEAR);
        view_with(|c| c.blit_rect(&px, w, h, 130, 20))
    };
    let mut crop = Vec::new();
    for y in f.y..f.y + f.height {
        crop.extend_from_slice(&c.px[(y * c.w + f.x) * 4..(y * c.w + f.x + f.width) * 4]);
    }
    assert_eq!(wordmark(&crop, f.width, f.height).as_deref(), Some("google"));
    // "Google" with its o's swapped and the l red: b y r b r r
    let reordered: Vec<String> = WORDMARK_64
        .iter()
        .map(|r| {
            r.chars()
                .enumerate()
                .map(|(x, c)| match (x, c) {
                    (_, '.') => '.',
                    (12..=19, _) => 'y',
                    (20..=28, _) => 'r',
                    (36..=38, _) => 'r',
                    _ => c,
                })
                .collect()
        })
        .collect();
    assert!(found_in(&reordered.iter().map(String::as_str).collect::<Vec<_>>()).is_empty(), "colours reordered");
    let mut bars = Canvas::new(400, 250, WHITE);
    for (i, (c, top)) in
        [(0x4285F4, 4.0), (0xEA4335, 10.0), (0xFBBC05, 6.0), (0x4285F4, 12.0), (0x34A853, 2.0), (0xEA4335, 8.0)]
            .into_iter()
            .enumerate()
    {
        bars.rect(102.0 + 10.0 * i as f32, 20.0 + top, 109.0 + 10.0 * i as f32, 42.0, hex(c));
    }
    assert!(logo::scan(&Pixels::new(&bars.px, bars.w, bars.h).expect("view")).is_empty(), "a chart's bars");
}

/// Beside the site's own brand, Google's coloured wordmark painted as the credential card's CSS
/// background is the card's identity (a third party asking for the Google password); in the
/// page's header bar, or far above the card, it is a mention.
#[test]
fn a_wordmark_heading_the_card_claims_beside_the_own_brand() {
    let (px, w, h) = from_colour_art(&WORDMARK_64, CLEAR);
    let card = ImagePlace { in_form_card: true, width: 120.0, height: 40.0, ..at(460.0, 90.0, FormSide::Over, 0.0) };
    let v = own_brand_verdict_with_images(vec![background(&px, w, h, None, card)], "Email Password Unlock");
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    assert_eq!(v.provider.as_deref(), Some("google"));
    let evidence: Vec<&Evidence> = v.findings.iter().flat_map(|f| &f.evidence).collect();
    let said = |e: &&Evidence| e.key == Some(EvidenceKey::LogoPixels) && e.params[1] == "Google wordmark";
    assert!(evidence.iter().any(said), "{evidence:?}");
    let bar = ImagePlace { in_bar: true, width: 120.0, height: 40.0, ..at(40.0, 10.0, FormSide::Above, 80.0) };
    let far = ImagePlace { width: 120.0, height: 40.0, ..at(460.0, 20.0, FormSide::Above, 400.0) };
    for (name, place) in [("header bar", bar), ("far above", far)] {
        let v = own_brand_verdict_with_images(vec![background(&px, w, h, None, place)], "Email Password Unlock");
        assert_eq!(v.level, Level::None, "{name}: {:?}", v.findings);
    }
    // in a "Continue with Google" button it is a control to the provider
    let button = ImageItem { control_text: Some("Continue with Google".into()), ..background(&px, w, h, None, card) };
    let v = own_brand_verdict_with_images(vec![button], "Email Password");
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
}

/// An image whose drawn words are a provider's name (an SVG's `<text>`: a dark circle and
/// "GitHub") is that provider's logo where it is drawn: in the card that asks for the password it
/// claims beside the site's own brand; in a footer band, as one of a vault's list of logins, or
/// drawing more words than the name ("Build faster with GitHub Actions") it does not.
#[test]
fn an_image_drawing_a_providers_name_in_the_card_claims_beside_the_own_brand() {
    let mut mark = Canvas::new(64, 17, CLEAR);
    mark.disc(8.0, 8.5, 7.0, hex(0x1F2328));
    mark.rect(20.0, 4.0, 60.0, 13.0, hex(0x1F2328));
    let card = ImagePlace { in_form_card: true, width: 150.0, height: 40.0, ..at(66.0, 748.0, FormSide::Over, 0.0) };
    let v =
        own_brand_verdict_with_images(vec![background(&mark.px, 64, 17, Some("GitHub"), card)], "Username Password");
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    assert_eq!(v.provider.as_deref(), Some("github"));
    let evidence: Vec<&Evidence> = v.findings.iter().flat_map(|f| &f.evidence).collect();
    let said = |e: &&Evidence| e.key == Some(EvidenceKey::LogoWords) && e.params[1] == "\"GitHub\"";
    assert!(evidence.iter().any(said), "{evidence:?}");

    let footer = ImagePlace { in_bar: true, width: 150.0, height: 40.0, ..at(40.0, 1900.0, FormSide::Below, 600.0) };
    let row = |y: f64| ImagePlace { peers: 2, width: 64.0, height: 17.0, ..at(460.0, y, FormSide::Below, y - 200.0) };
    let quiet: [(&str, Vec<ImageItem>); 4] = [
        ("a footer band", vec![background(&mark.px, 64, 17, Some("GitHub"), footer)]),
        (
            "a vault's list of logins",
            vec![
                background(&mark.px, 64, 17, Some("GitHub"), row(260.0)),
                background(&mark.px, 64, 17, Some("Google"), row(282.0)),
                background(&mark.px, 64, 17, Some("Microsoft"), row(304.0)),
            ],
        ),
        (
            "more words than the name",
            vec![background(&mark.px, 64, 17, Some("Build faster with GitHub Actions"), card)],
        ),
        ("no words", vec![background(&mark.px, 64, 17, None, card)]),
    ];
    for (name, images) in quiet {
        let v = own_brand_verdict_with_images(images, "Username Password");
        assert_eq!(v.level, Level::None, "{name}: {:?}", v.findings);
    }
}

/// The view scan finds GitHub's mark (one colour, about a third of its square) at the sizes its
/// windows hold with least room, wherever it stands: a mark just too big for one window size fills little of the
/// next (a 48 px mark in a 1,100 px wide tab is 28 px in the view, 18 % of a 40 px window).
#[test]
fn the_view_scan_finds_the_github_mark_at_every_size_and_place() {
    let mut missed = Vec::new();
    // The sizes a window holds only with little room, and the largest the next one must hold.
    for size in [14, 18, 24, 26, 28, 34, 37, 46] {
        let mark = logo("github").render(size, 0, CLEAR);
        for offset in (0..11).step_by(2) {
            // A sign-in card below the mark: a heading, two fields and a button.
            let mut c = Canvas::new(120, 110, WHITE);
            c.rect(10.0, 60.0, 90.0, 66.0, hex(0x1F2328));
            c.rect(10.0, 74.0, 110.0, 84.0, hex(0x8A8886));
            c.rect(11.0, 75.0, 109.0, 83.0, WHITE);
            c.rect(10.0, 92.0, 110.0, 104.0, hex(0x1F883D));
            c.blit(&mark, size, 30 + offset, 3 + offset);
            let found = logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view"));
            if found.iter().map(|f| f.provider.as_str()).collect::<Vec<_>>() != ["github"] {
                missed.push((size, offset));
            }
        }
    }
    assert!(missed.is_empty(), "missed (size, offset): {missed:?}");
}

/// Small dark round icons in a grid above a form (a site's app launcher, its team's avatars) are
/// no GitHub mark, at any of the sizes the view scan looks at.
#[test]
fn the_view_scan_finds_no_mark_in_a_grid_of_dark_round_icons() {
    for side in [8.0f32, 10.0, 12.0, 14.0, 18.0] {
        let c = view_with(|c| {
            for row in 0..3 {
                for col in 0..6 {
                    let (cx, cy) = (130.0 + col as f32 * (side + 6.0), 4.0 + row as f32 * (side + 4.0));
                    c.disc(cx + side / 2.0, cy + side / 2.0, side / 2.0, hex(0x1F2328));
                    if (row + col) % 2 == 0 {
                        // An avatar's head and shoulders cut out in white.
                        c.disc(cx + side / 2.0, cy + side * 0.4, side * 0.18, WHITE);
                        c.disc(cx + side / 2.0, cy + side * 0.95, side * 0.3, WHITE);
                    }
                }
            }
            c.disc(60.0, 30.0, 14.0, hex(0x1F2328));
            c.disc(60.0, 30.0, 9.0, WHITE);
        });
        let found = logo::scan(&Pixels::new(&c.px, c.w, c.h).expect("view"));
        assert!(found.is_empty(), "icons of {side}px: {found:?}");
    }
}

/// Beside the site's own brand, a logo heading the card does not claim the provider when the
/// password asked is labelled with the site's own name (a "Link your GitHub account" step asking
/// for the site's own password), or a word the host's name starts with; two providers' logos side
/// by side are a list. A label of sign-in words alone, one naming the provider, and one provider's
/// logo beside an icon of no provider still claim.
#[test]
fn a_logo_over_the_sites_own_password_or_beside_another_providers_is_no_claim() {
    let head = at(540.0, 60.0, FormSide::Above, 70.0);
    let row = |x: f64| ImagePlace {
        width: 14.0,
        height: 14.0,
        peers: 1,
        in_form_card: true,
        ..at(x, 366.0, FormSide::Over, 0.0)
    };
    let quiet: [(&str, Vec<Placed>, &str); 4] = [
        ("a logo over a password labelled with the site's name", vec![("github", Some(head))], "Copperline password"),
        ("the same, a word the host's name starts with", vec![("microsoft", Some(head))], "Copper password"),
        ("a mail server's settings under the provider's logo", vec![("google", Some(head))], "IMAP app password"),
        (
            "two providers' logos side by side in the card",
            vec![("google", Some(row(487.0))), ("microsoft", Some(row(561.0)))],
            "Master password",
        ),
    ];
    for (what, logos, form) in &quiet {
        let v = own_brand_verdict(logos, form);
        assert_eq!(v.level, Level::None, "{what}: {:?}", v.findings);
    }
    let danger: [(&str, Vec<Placed>, &str); 3] = [
        ("a logo over a password labelled \"Password\"", vec![("github", Some(head))], "Password"),
        (
            "a logo over a password naming the provider and the site",
            vec![("github", Some(head))],
            "Copperline GitHub password",
        ),
        ("one provider's logo beside an icon of no provider", vec![("microsoft", Some(row(561.0)))], "Master password"),
    ];
    for (what, logos, form) in &danger {
        let v = own_brand_verdict(logos, form);
        assert_eq!(v.level, Level::Danger, "{what}: {:?}", v.findings);
    }
}

/// A host word that is the singular of a provider's product word ("pipeline", Azure DevOps's
/// "pipelines") is the site's own brand: a CRM's "Connect Gmail by IMAP" card under Gmail's logo
/// beside it is a mail server's settings. The product word itself names no brand of the site's.
#[test]
fn the_singular_of_a_product_word_is_a_brand_of_the_sites_own() {
    let card = |host: &str, name: &str| {
        let url = format!("https://app.{host}/settings/mailboxes/gmail-imap");
        let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": format!("Connect Gmail \u{2013} {name}"),
            "brand": [{"text": name, "source": "banner"}, {"text": "Connect Gmail by IMAP", "source": "heading"}],
            "forms": [{"action": url, "method": "post", "text": "Gmail address App password"}],
            "inputs": [{"kind": "identifier", "type": "email", "name": "email", "label": "Gmail address", "form": 0},
                       {"kind": "password", "type": "password", "name": "app_password", "label": "App password", "form": 0}],
        }))
        .expect("snapshot");
        verdict_with_logos(snap, &url, &[("google", Some(at(540.0, 60.0, FormSide::Above, 70.0)))])
    };
    let own = card("pipeline-crm.example", "Pipeline CRM");
    assert_eq!(own.level, Level::None, "{:?}", own.findings);
    let product = card("pipelines-crm.example", "Pipelines CRM");
    assert_eq!(product.level, Level::Danger, "{:?}", product.findings);
}

/// A token asked under the site's own masthead (a short line of its header names it), with the
/// provider's mark heading the card ("Connect GitHub with a token"): the site asks in its own
/// name for a token of the provider's. The same card with the site named only in its title and
/// a sentence (a copy styled as the provider's page), under a bar that is GitHub's name alone, or
/// asking for a password, claims GitHub.
#[test]
fn a_token_asked_under_the_sites_own_masthead_is_for_the_provider_not_from_it() {
    let url = "https://app.mergebot.dev/settings/github/token";
    let heading = ImagePlace { in_form_card: true, width: 36.0, height: 36.0, ..at(460.0, 120.0, FormSide::Over, 0.0) };
    let verdict_with = |masthead: Option<&str>, link: bool, bar: Option<&str>, label: &str| {
        let mut brand = vec![serde_json::json!({"text": "Connect GitHub with a token", "source": "heading"})];
        if let Some(b) = bar {
            brand.push(serde_json::json!({"text": b, "source": "banner"}));
        }
        if let Some(m) = masthead {
            brand.push(serde_json::json!({"text": m, "source": "banner", "controlText": link.then_some(m)}));
        }
        brand.push(
            serde_json::json!({"text": "Mergebot needs a token to merge your pull requests.", "source": "banner"}),
        );
        let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": "GitHub token \u{2013} Mergebot",
            "brand": brand,
            "forms": [{"action": url, "method": "post", "text": format!("{label} Save token")}],
            "inputs": [{"kind": "password", "type": "password", "name": label.to_lowercase().replace(' ', "_"),
                        "label": label, "form": 0}],
        }))
        .expect("snapshot");
        verdict_with_logos(snap, url, &[("github", Some(heading))])
    };
    let verdict = |masthead: Option<&str>, label: &str| verdict_with(masthead, true, None, label);
    let v = verdict(Some("Mergebot"), "Personal access token");
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
    let v = verdict(None, "Personal access token");
    assert_eq!(v.level, Level::Danger, "no masthead of the site's: {:?}", v.findings);
    let v = verdict(Some("Mergebot"), "Password");
    assert_eq!(v.level, Level::Danger, "a password, not a token: {:?}", v.findings);
    let v = verdict(Some("Mergebot Repos Rules Settings and more"), "Personal access token");
    assert_eq!(v.level, Level::Danger, "a long line of the header is no masthead: {:?}", v.findings);
    let v = verdict_with(Some("Mergebot"), false, None, "Personal access token");
    assert_eq!(v.level, Level::None, "the site's name as the header's text, not a link: {:?}", v.findings);
    let v = verdict_with(Some("Mergebot"), false, Some("GitHub"), "Personal access token");
    assert_eq!(v.level, Level::Danger, "a bar that is GitHub's name alone beside it: {:?}", v.findings);
}

/// A host named only for what the page is about (`token-activity-review.com`: token, activity,
/// review) has no brand of its own: GitHub's mark in the bar over a token box, under the title
/// "Review token activity", claims GitHub. The same page on a site with a name of its own, which
/// it shows in its title and header, is that site's.
#[test]
fn a_host_named_for_tokens_has_no_brand_of_its_own() {
    let bar = ImagePlace { in_bar: true, width: 32.0, height: 32.0, ..at(24.0, 16.0, FormSide::Above, 380.0) };
    let verdict = |host: &str, title: &str, masthead: &str| {
        let url = format!("https://{host}/settings/tokens/review");
        let snap: PageSnapshot = serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": title,
            "brand": [{"text": "Review token activity", "source": "heading"},
                      {"text": masthead, "source": "banner"},
                      {"text": "Unusual activity. Your personal access token was used in an unusual manner.", "source": "banner"}],
            "forms": [{"action": url, "method": "post", "text": "Personal access token Review and revoke"}],
            "inputs": [{"kind": "password", "type": "password", "name": "token", "label": "Personal access token", "form": 0}],
        }))
        .expect("snapshot");
        verdict_with_logos(snap, &url, &[("github", Some(bar))])
    };
    let v = verdict("token-activity-review.com", "Review token activity", "Settings");
    assert_eq!(v.level, Level::Danger, "{:?}", v.findings);
    let v = verdict("app.mergebot.dev", "Review token activity \u{2013} Mergebot", "Mergebot");
    assert_eq!(v.level, Level::None, "{:?}", v.findings);
}

/// A printer's mail settings (its own name in the title and header, a "Microsoft 365 (Exchange
/// Online)" preset, server, port, user name and password boxes): the Microsoft icon beside the
/// preset's name above the card is the preset's. The same logo inside the card, drawn over it, or
/// not measured still claims Microsoft.
#[test]
fn a_preset_icon_on_mail_server_settings_is_no_claim() {
    let url = "https://mfp-2f.larchgrove-law.example/rui/scan2email";
    let snap = || -> PageSnapshot {
        serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": "Orvex MFP C4020 \u{2013} Remote UI",
            "brand": [{"text": "Orvex MFP C4020", "source": "banner"},
                      {"text": "Scan to Email \u{203a} SMTP settings", "source": "heading"},
                      {"text": "Microsoft 365 (Exchange Online)", "source": "banner"}],
            "forms": [{"action": url, "method": "post", "text": "Preset SMTP server Port SMTP AUTH User name Password"}],
            "inputs": [{"kind": "other", "type": "text", "name": "smtp", "label": "SMTP server", "form": 0},
                       {"kind": "other", "type": "text", "name": "port", "label": "Port", "form": 0},
                       {"kind": "identifier", "type": "text", "name": "user", "label": "User name", "form": 0},
                       {"kind": "password", "type": "password", "name": "pass", "label": "Password", "form": 0}],
        }))
        .expect("snapshot")
    };
    let preset = at(443.0, 123.0, FormSide::Above, 182.0);
    let v = verdict_with_logos(snap(), url, &[("microsoft", Some(preset))]);
    assert_eq!(v.level, Level::None, "the preset's icon: {:?}", v.findings);
    for (what, place) in [
        ("inside the card", Some(ImagePlace { in_form_card: true, ..preset })),
        ("drawn over the card", Some(at(500.0, 300.0, FormSide::Over, 0.0))),
        ("not measured", None),
    ] {
        let v = verdict_with_logos(snap(), url, &[("microsoft", place)]);
        assert_eq!(v.level, Level::Danger, "a logo {what}: {:?}", v.findings);
    }
}

/// A site's own recovery key, asked in a masked box under the site's masthead with Google's G
/// beside the account it signed in with ("Signed in as …@gmail.com"), is no Google password; the
/// same card under a header that is Google's name alone (a copy of its page) still warns.
#[test]
fn a_site_recovery_key_under_its_masthead_is_no_password() {
    let url = "https://notes.quietpage.example/unlock";
    let snap = |masthead: &str| -> PageSnapshot {
        serde_json::from_value(serde_json::json!({
            "url": url, "topFrame": true, "title": "Unlock \u{2013} Quietpage",
            "brand": [{"text": masthead, "source": "banner"},
                      {"text": "Unlock your notes", "source": "heading", "card": "Unlock"},
                      {"text": "Signed in as tomas.ruiz@gmail.com", "source": "text"}],
            "forms": [{"action": url, "method": "post", "text": "Recovery key"}],
            "inputs": [{"kind": "password", "type": "password", "name": "recovery_key", "label": "Recovery key", "form": 0}],
        }))
        .expect("snapshot")
    };
    let beside_account =
        ImagePlace { in_form_card: true, width: 16.0, height: 16.0, ..at(402.0, 240.0, FormSide::Over, 0.0) };
    let v = verdict_with_logos(snap("Quietpage"), url, &[("google", Some(beside_account))]);
    assert_eq!(v.level, Level::None, "the notes app's own key: {:?}", v.findings);
    let v = verdict_with_logos(snap("Google"), url, &[("google", Some(beside_account))]);
    assert_eq!(v.level, Level::Danger, "under Google's bar: {:?}", v.findings);
}
