//! Provider logos recognised by their pixels, wherever the page draws them: an `<img>` with no
//! alt text, a CSS background, inline SVG, a favicon, a `<canvas>`, or the visible tab itself.
//!
//! The extension sends small RGBA thumbnails ([`ImageItem`]); the engine finds the drawing on its
//! background (the colour of the thumbnail's border, or transparency), crops to it, and compares
//! it on a [`GRID`]×[`GRID`] grid with each reference logo of `data/logos/logos.json`: every cell
//! takes the logo palette colour most of its samples are near, and the logo matches when the cells
//! agree with the reference's layout ([`MIN_SCORE`]) and hardly any of the drawing is in colours
//! the logo does not have ([`MAX_OTHER`]). Cropping makes it independent of padding, position and
//! size; the palette makes four squares in other colours, or Google's colours in another layout,
//! something else.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use base64ct::{Base64, Encoding as _};
use serde::{Deserialize, Serialize};

use crate::finding::{Evidence, EvidenceKey, EvidenceLabel};
use crate::snapshot::{ImageItem, ImageSource};

/// Cells per side of the grid a drawing is compared on.
pub const GRID: usize = 12;
/// Samples per cell side.
const SAMPLES: usize = 3;
/// A pixel is a palette colour when it is this near (Euclidean RGB distance).
const PALETTE_DISTANCE: i32 = 64;
/// A pixel is background when it is this near the background colour.
const BACKGROUND_DISTANCE: i32 = 48;
/// Share of the cells the drawing or the reference covers where both agree.
pub const MIN_SCORE: f32 = 0.72;
/// Share of the drawing's cells in colours that are not the logo's.
pub const MAX_OTHER: f32 = 0.15;
/// The drawing's width and height may differ by this factor from the reference's square.
const MAX_ASPECT: f32 = 1.35;
/// Fewest foreground pixels a drawing needs.
const MIN_PIXELS: usize = 24;
/// Largest thumbnail side the engine reads; bigger ones are ignored.
pub const MAX_SIDE: usize = 64;
/// Largest view of the tab (`ImageSource::View`) the engine scans, per side.
pub const MAX_VIEW_SIDE: usize = 640;

const BACKGROUND: u8 = 0;
const OTHER: u8 = u8::MAX;

#[derive(Deserialize)]
struct LogoFile {
    logos: Vec<LogoSpec>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct LogoSpec {
    provider: String,
    name: String,
    palette: BTreeMap<String, String>,
    shapes: Vec<ShapeSpec>,
    /// A stricter layout score than [`MIN_SCORE`] (logos of one colour).
    #[serde(default)]
    min_score: Option<f32>,
    /// The colour of a one-colour logo drawn light on a dark ground (GitHub's mark in white on a
    /// dark header): recognised in that colour too, with the same layout.
    #[serde(default)]
    light: Option<String>,
}

/// The `fill` of a shape that cuts a hole: the background shows through.
const HOLE: &str = "none";

#[derive(Debug, PartialEq, Deserialize)]
struct ShapeSpec {
    fill: String,
    #[serde(default)]
    rect: Option<[f32; 4]>,
    #[serde(default)]
    ring: Option<[f32; 6]>,
}

#[derive(Debug, Clone, Copy)]
enum Geometry {
    Rect([f32; 4]),
    /// Centre, inner and outer radius, from and to angle (degrees, counterclockwise from east).
    Ring([f32; 6]),
}

impl Geometry {
    fn contains(&self, x: f32, y: f32) -> bool {
        match *self {
            Geometry::Rect([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1,
            Geometry::Ring([cx, cy, r0, r1, a0, a1]) => {
                let (dx, dy) = (x - cx, cy - y);
                let r = (dx * dx + dy * dy).sqrt();
                let a = dy.atan2(dx).to_degrees().rem_euclid(360.0);
                r >= r0 && r < r1 && a >= a0 && a < a1
            }
        }
    }
}

/// A reference logo: its palette, its shapes, and its layout on the grid.
#[derive(Debug, Clone)]
pub struct Logo {
    pub provider: String,
    pub name: String,
    /// Palette colours; class `i + 1` is `colours[i]`.
    pub colours: Vec<[u8; 3]>,
    shapes: Vec<(u8, Geometry)>,
    template: Vec<u8>,
    /// The layout score a drawing needs to be this logo.
    pub min_score: f32,
    /// The least share of its box a drawing fills to be compared with this logo in a view scan
    /// ([`Logo::may_be_drawn`]).
    min_fill: f32,
}

impl Logo {
    /// Whether a drawing with the box `drawn` ([`drawn_box`]) fills enough of it to be this logo:
    /// the view scan's cheap test before the full comparison (a window of text is sparse).
    fn may_be_drawn(&self, (x0, y0, x1, y1, n): (usize, usize, usize, usize, usize)) -> bool {
        n as f32 >= self.min_fill * ((x1 - x0) * (y1 - y0)) as f32
    }

    /// The palette class at `(x, y)` of the unit square (0 where the logo is not drawn).
    fn class_at(&self, x: f32, y: f32) -> u8 {
        self.shapes.iter().rev().find(|(_, g)| g.contains(x, y)).map_or(BACKGROUND, |(c, _)| *c)
    }

    /// The logo drawn `size` pixels wide, `pad` pixels in from each side of a square thumbnail on
    /// `background` (RGBA), four samples per pixel side averaged: a reference rendering.
    pub fn render(&self, size: usize, pad: usize, background: [u8; 4]) -> Vec<u8> {
        let side = size + 2 * pad;
        let mut out = Vec::with_capacity(side * side * 4);
        for py in 0..side {
            for px in 0..side {
                // Colours weighted by their alpha, so edges over transparency keep their colour.
                let mut sum = [0u32; 4];
                for sy in 0..4 {
                    for sx in 0..4 {
                        let x = (px as f32 - pad as f32 + (sx as f32 + 0.5) / 4.0) / size as f32;
                        let y = (py as f32 - pad as f32 + (sy as f32 + 0.5) / 4.0) / size as f32;
                        let c = match self.class_at(x, y) {
                            BACKGROUND => background,
                            k => {
                                let [r, g, b] = self.colours[usize::from(k) - 1];
                                [r, g, b, 255]
                            }
                        };
                        let a = u32::from(c[3]);
                        for i in 0..3 {
                            sum[i] += u32::from(c[i]) * a;
                        }
                        sum[3] += a;
                    }
                }
                let rgb = sum[..3].iter().map(|&s| s.checked_div(sum[3]).unwrap_or(0) as u8);
                out.extend(rgb);
                out.push((sum[3] / 16) as u8);
            }
        }
        out
    }
}

fn parse_colour(hex: &str) -> Option<[u8; 3]> {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).ok().filter(|_| hex.len() >= 6)?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

/// A palette's names, in order, and their colours (class `i + 1` is the `i`th); an error names the
/// logo and the colour that is not one.
fn palette_of<'a>(
    name: &str,
    palette: &'a BTreeMap<String, String>,
) -> Result<(Vec<&'a String>, Vec<[u8; 3]>), String> {
    let colours = palette
        .values()
        .map(|h| parse_colour(h).ok_or_else(|| format!("{name}: bad colour {h:?}")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((palette.keys().collect(), colours))
}

fn compile(spec: LogoSpec) -> Result<Logo, String> {
    let (keys, colours) = palette_of(&spec.name, &spec.palette)?;
    if colours.len() > SLOTS - 2 {
        return Err(format!("{}: more than {} colours", spec.name, SLOTS - 2));
    }
    let mut shapes = Vec::new();
    for s in &spec.shapes {
        let class = match keys.iter().position(|k| **k == s.fill) {
            Some(i) => i as u8 + 1,
            None if s.fill == HOLE => BACKGROUND,
            None => return Err(format!("{}: no colour {}", spec.name, s.fill)),
        };
        let geometry = match (s.rect, s.ring) {
            (Some(r), None) => Geometry::Rect(r),
            (None, Some(r)) => Geometry::Ring(r),
            _ => return Err(format!("{}: a shape is one rect or one ring", spec.name)),
        };
        shapes.push((class, geometry));
    }
    let min_score = spec.min_score.unwrap_or(MIN_SCORE).max(MIN_SCORE);
    let mut logo = Logo {
        provider: spec.provider,
        name: spec.name,
        colours,
        shapes,
        template: vec![BACKGROUND; GRID * GRID],
        min_score,
        min_fill: 0.0,
    };
    for cy in 0..GRID {
        for cx in 0..GRID {
            let mut votes = [0usize; SLOTS];
            for sy in 0..4 {
                for sx in 0..4 {
                    let x = (cx as f32 + (sx as f32 + 0.5) / 4.0) / GRID as f32;
                    let y = (cy as f32 + (sy as f32 + 0.5) / 4.0) / GRID as f32;
                    votes[slot(logo.class_at(x, y))] += 1;
                }
            }
            logo.template[cy * GRID + cx] = majority(&votes);
        }
    }
    // A logo with holes has thin parts: its layout is taken from a rendering, read as drawings
    // are read, so that edge cells count the way they will in a drawing.
    if logo.shapes.iter().any(|(class, _)| *class == BACKGROUND) {
        let side = GRID * SAMPLES;
        let rendered = logo.render(side, 0, [255, 255, 255, 255]);
        let template = Pixels::new(&rendered, side, side).and_then(|p| cells(&p, &logo));
        logo.template = template.ok_or_else(|| format!("{}: its rendering is not a drawing", logo.name))?;
    }
    // A drawing scoring `min_score` draws at least that share of the logo's drawn cells, and a cell
    // is drawn when 5 of its 9 samples are: about 5/9 of that share of its box is drawing. Half of
    // it leaves room for how pixels fall between samples (the references drawn at 8 to 63 px fill
    // at least 1.13 times `min_score` times their drawn cells' share, 2.26 times this bound).
    let drawn = logo.template.iter().filter(|&&c| c != BACKGROUND).count() as f32 / (GRID * GRID) as f32;
    logo.min_fill = drawn * logo.min_score / 2.0;
    Ok(logo)
}

/// The logos of one spec: the logo, and for a one-colour logo with a `light` colour the same
/// layout in that colour (named "… (light)").
fn compile_all(spec: LogoSpec) -> Result<Vec<Logo>, String> {
    let light = spec.light.clone();
    let logo = compile(spec)?;
    let Some(hex) = light else { return Ok(vec![logo]) };
    let colour = parse_colour(&hex).ok_or_else(|| format!("{}: bad light colour {hex:?}", logo.name))?;
    if logo.colours.len() != 1 {
        return Err(format!("{}: only a logo of one colour has a light colour", logo.name));
    }
    let inverse = Logo { name: format!("{} (light)", logo.name), colours: vec![colour], ..logo.clone() };
    Ok(vec![logo, inverse])
}

/// A cell's votes: one slot for the background and each palette colour by class, and the last
/// for other colours, so that they lose a tie as the class order has it. A logo has at most
/// `SLOTS - 2` colours.
const SLOTS: usize = 8;

fn slot(class: u8) -> usize {
    if class == OTHER {
        SLOTS - 1
    } else {
        usize::from(class)
    }
}

/// The class with the most votes (the first of a tie).
fn majority(votes: &[usize; SLOTS]) -> u8 {
    let mut best = 0;
    for (i, &v) in votes.iter().enumerate() {
        if v > votes[best] {
            best = i;
        }
    }
    if best == SLOTS - 1 {
        OTHER
    } else {
        best as u8
    }
}

/// The reference logos of `data/logos/logos.json`, or why they do not load.
pub fn load() -> Result<Vec<Logo>, String> {
    let file: LogoFile =
        serde_json::from_str(include_str!("../data/logos/logos.json")).map_err(|e| format!("logos.json: {e}"))?;
    Ok(file.logos.into_iter().map(compile_all).collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

include!(concat!(env!("OUT_DIR"), "/logos.rs"));

/// The reference logos, built once from the compiled-in copy of `data/logos/logos.json` (none
/// when they do not compile; a test proves they do).
pub fn logos() -> &'static [Logo] {
    static LOGOS: OnceLock<Vec<Logo>> = OnceLock::new();
    LOGOS.get_or_init(|| {
        let all = builtin_specs().into_iter().map(compile_all).collect::<Result<Vec<_>, _>>();
        all.map(|l| l.into_iter().flatten().collect()).unwrap_or_default()
    })
}

/// A rectangle of an RGBA image.
#[derive(Debug, Clone, Copy)]
pub struct Pixels<'a> {
    pub rgba: &'a [u8],
    /// Width of the whole image.
    pub stride: usize,
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

impl<'a> Pixels<'a> {
    /// The whole image, when `rgba` holds `width`×`height` pixels.
    pub fn new(rgba: &'a [u8], width: usize, height: usize) -> Option<Pixels<'a>> {
        (width > 0 && height > 0 && rgba.len() == width * height * 4).then_some(Pixels {
            rgba,
            stride: width,
            x: 0,
            y: 0,
            width,
            height,
        })
    }

    fn at(&self, x: usize, y: usize) -> [u8; 4] {
        let i = ((self.y + y) * self.stride + self.x + x) * 4;
        [self.rgba[i], self.rgba[i + 1], self.rgba[i + 2], self.rgba[i + 3]]
    }

    /// The pixels of row `y`, left to right.
    fn row(&self, y: usize) -> impl Iterator<Item = [u8; 4]> + 'a {
        let from = ((self.y + y) * self.stride + self.x) * 4;
        self.rgba[from..from + self.width * 4].chunks_exact(4).map(|c| [c[0], c[1], c[2], c[3]])
    }

    fn window(&self, x: usize, y: usize, width: usize, height: usize) -> Pixels<'a> {
        Pixels { x: self.x + x, y: self.y + y, width, height, ..*self }
    }
}

fn distance2(a: [u8; 3], b: [u8; 3]) -> i32 {
    // Written out: the iterator form stays a loop at opt-level z, and this runs for every pixel
    // of a view scan.
    let (r, g, b) =
        (i32::from(a[0]) - i32::from(b[0]), i32::from(a[1]) - i32::from(b[1]), i32::from(a[2]) - i32::from(b[2]));
    r * r + g * g + b * b
}

/// How far `c` is from palette colour `k`, or from `k` blended over the background `bg` at
/// half or more coverage (the edges of a drawing are such blends).
fn blend_distance2(c: [u8; 3], k: [u8; 3], bg: Option<[u8; 3]>) -> i32 {
    // With no background colour (a drawing that fills the image), edges blend with white or
    // black gaps.
    match bg {
        Some(b) => blend_over(c, k, b),
        None => blend_over(c, k, [255; 3]).min(blend_over(c, k, [0; 3])),
    }
}

fn blend_over(c: [u8; 3], k: [u8; 3], b: [u8; 3]) -> i32 {
    let f = |a: [u8; 3]| a.map(f32::from);
    let (c, k, b) = (f(c), f(k), f(b));
    let d: [f32; 3] = [k[0] - b[0], k[1] - b[1], k[2] - b[2]];
    let len2: f32 = d.iter().map(|v| v * v).sum();
    let t = if len2 > 0.0 { ((0..3).map(|i| (c[i] - b[i]) * d[i]).sum::<f32>() / len2).clamp(0.5, 1.0) } else { 1.0 };
    (0..3).map(|i| (c[i] - (b[i] + t * d[i])).powi(2)).sum::<f32>() as i32
}

fn rgb(p: [u8; 4]) -> [u8; 3] {
    [p[0], p[1], p[2]]
}

/// The background: `None` when most of the border is transparent, else the border colour most
/// border pixels are near.
fn background(p: &Pixels) -> Option<[u8; 3]> {
    let (w, h) = (p.width, p.height);
    let mut border: Vec<[u8; 4]> = Vec::with_capacity(2 * (w + h));
    for x in 0..w {
        border.push(p.at(x, 0));
        border.push(p.at(x, h - 1));
    }
    for y in 1..h.saturating_sub(1) {
        border.push(p.at(0, y));
        border.push(p.at(w - 1, y));
    }
    let opaque: Vec<[u8; 3]> = border.iter().filter(|c| c[3] >= 128).map(|&c| rgb(c)).collect();
    if opaque.len() * 2 < border.len() {
        return None;
    }
    let near = BACKGROUND_DISTANCE * BACKGROUND_DISTANCE;
    // Every 4th border pixel as a candidate keeps this linear enough for the view scan: the one
    // the most border pixels are near, the last of a tie (taken from the end, a candidate that
    // every border pixel is near settles it: a plain border costs one pass).
    let mut best: Option<([u8; 3], usize)> = None;
    let mut tried: Vec<[u8; 3]> = Vec::with_capacity(40);
    for c in opaque.iter().step_by(4.max(opaque.len() / 32)).rev() {
        // A colour already counted counts the same (a page of text has few colours).
        if tried.contains(c) {
            continue;
        }
        tried.push(*c);
        let count = opaque.iter().filter(|o| distance2(*c, **o) <= near).count();
        if best.is_none_or(|(_, n)| count > n) {
            best = Some((*c, count));
        }
        if count == opaque.len() {
            break;
        }
    }
    let (colour, count) = best?;
    // No colour holds most of the border: the drawing fills the image.
    (count * 2 >= opaque.len()).then_some(colour)
}

fn is_foreground(c: [u8; 4], bg: Option<[u8; 3]>) -> bool {
    c[3] >= 100 && bg.is_none_or(|b| distance2(rgb(c), b) > BACKGROUND_DISTANCE * BACKGROUND_DISTANCE)
}

/// How well a drawing matches a logo: the layout score and the share in other colours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub layout: f32,
    pub other: f32,
}

impl Score {
    pub fn matches(&self) -> bool {
        self.layout >= MIN_SCORE && self.other <= MAX_OTHER
    }

    /// The drawing is `logo`: [`Score::matches`], and the logo's own layout score if stricter.
    pub fn matches_logo(&self, logo: &Logo) -> bool {
        self.matches() && self.layout >= logo.min_score
    }
}

/// The drawing in `p` compared with `logo` (`None`: no drawing, or not the logo's shape).
pub fn score(p: &Pixels, logo: &Logo) -> Option<Score> {
    score_of(&cells(p, logo)?, logo)
}

/// The score of a drawing's [`cells`].
fn score_of(cells: &[u8], logo: &Logo) -> Option<Score> {
    let (mut union, mut agree, mut drawn, mut other) = (0usize, 0usize, 0usize, 0usize);
    for (&cell, &want) in cells.iter().zip(&logo.template) {
        if cell != BACKGROUND {
            drawn += 1;
            other += usize::from(cell == OTHER);
        }
        if cell != BACKGROUND || want != BACKGROUND {
            union += 1;
            agree += usize::from(cell == want);
        }
    }
    (union > 0 && drawn > 0).then(|| Score { layout: agree as f32 / union as f32, other: other as f32 / drawn as f32 })
}

/// The box of what is drawn in `p` on the background `bg` (`x0, y0, x1, y1`, ends excluded) and how
/// many pixels are drawn; `None` when nothing is.
fn drawn_box(p: &Pixels, bg: Option<[u8; 3]>) -> Option<(usize, usize, usize, usize, usize)> {
    let (mut x0, mut y0, mut x1, mut y1, mut n) = (usize::MAX, usize::MAX, 0, 0, 0);
    for y in 0..p.height {
        for x in 0..p.width {
            if is_foreground(p.at(x, y), bg) {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x + 1);
                y1 = y1.max(y + 1);
                n += 1;
            }
        }
    }
    (n > 0).then_some((x0, y0, x1, y1, n))
}

/// The drawing in `p` on the [`GRID`], each cell the palette class most of its samples are
/// (`None`: no drawing, or not the logo's shape).
fn cells(p: &Pixels, logo: &Logo) -> Option<Vec<u8>> {
    let bg = background(p);
    let drawn = drawn_box(p, bg)?;
    cells_of(p, logo, bg, drawn)
}

/// Whether a drawing's box (from [`drawn_box`]) can hold a logo: enough pixels, and about square.
fn could_be_logo((x0, y0, x1, y1, n): (usize, usize, usize, usize, usize)) -> bool {
    let (bw, bh) = ((x1 - x0) as f32, (y1 - y0) as f32);
    n >= MIN_PIXELS && bw / bh <= MAX_ASPECT && bh / bw <= MAX_ASPECT
}

/// [`cells`] of the drawing in `p` on the background `bg`, its box `drawn` already found.
fn cells_of(
    p: &Pixels,
    logo: &Logo,
    bg: Option<[u8; 3]>,
    drawn: (usize, usize, usize, usize, usize),
) -> Option<Vec<u8>> {
    if !could_be_logo(drawn) {
        return None;
    }
    let (x0, y0, x1, y1, _) = drawn;
    let (bw, bh) = ((x1 - x0) as f32, (y1 - y0) as f32);
    let near = PALETTE_DISTANCE * PALETTE_DISTANCE;
    let classify = |c: [u8; 4]| -> u8 {
        if !is_foreground(c, bg) {
            return BACKGROUND;
        }
        let (i, d) = logo
            .colours
            .iter()
            .enumerate()
            .map(|(i, &k)| (i, blend_distance2(rgb(c), k, bg)))
            .min_by_key(|&(_, d)| d)
            .unwrap_or((0, i32::MAX));
        if d <= near {
            i as u8 + 1
        } else {
            OTHER
        }
    };
    let mut cells = Vec::with_capacity(GRID * GRID);
    for cy in 0..GRID {
        for cx in 0..GRID {
            let mut votes = [0usize; SLOTS];
            for sy in 0..SAMPLES {
                for sx in 0..SAMPLES {
                    let fx = (cx * SAMPLES + sx) as f32 + 0.5;
                    let fy = (cy * SAMPLES + sy) as f32 + 0.5;
                    let x = x0 + ((fx * bw / (GRID * SAMPLES) as f32) as usize).min(x1 - x0 - 1);
                    let y = y0 + ((fy * bh / (GRID * SAMPLES) as f32) as usize).min(y1 - y0 - 1);
                    votes[slot(classify(p.at(x, y)))] += 1;
                }
            }
            cells.push(majority(&votes));
        }
    }
    Some(cells)
}

/// The logo the drawing in `p` is, if any.
pub fn recognise(p: &Pixels) -> Option<&'static Logo> {
    logos().iter().find(|logo| score(p, logo).is_some_and(|s| s.matches_logo(logo)))
}

/// A drawing is a wordmark only when it is at least this many times as wide as it is tall.
const WORDMARK_ASPECT: f32 = 2.0;
/// A run of columns of one colour lighter than this share of the drawing's palette pixels is an
/// edge or a blend, not a letter.
const WORDMARK_MIN_RUN: f32 = 1.0 / 40.0;
/// Share of a wordmark's pixels that may be in no palette colour (blends where letters touch).
const WORDMARK_MAX_OTHER: f32 = 0.25;
/// Largest share of its box a wordmark covers: letters are strokes (about a third), a chart's
/// bars or a row of tiles are blocks.
const WORDMARK_MAX_FILL: f32 = 0.55;

#[derive(Deserialize)]
struct WordmarkFile {
    #[serde(default)]
    wordmarks: Vec<WordmarkSpec>,
}

#[derive(Debug, PartialEq, Deserialize)]
struct WordmarkSpec {
    provider: String,
    name: String,
    palette: BTreeMap<String, String>,
    sequence: Vec<String>,
}

/// A provider's wordmark whose letters each wear a colour (`data/logos/logos.json` `wordmarks`):
/// read left to right, its columns run through [`Wordmark::sequence`]'s colours in that order.
#[derive(Debug, Clone)]
pub struct Wordmark {
    pub provider: String,
    pub name: String,
    /// Palette colours; class `i + 1` is `colours[i]`.
    pub colours: Vec<[u8; 3]>,
    /// The palette classes of the letters, left to right.
    pub sequence: Vec<u8>,
}

fn compile_wordmark(spec: WordmarkSpec) -> Result<Wordmark, String> {
    let (keys, colours) = palette_of(&spec.name, &spec.palette)?;
    let sequence = spec
        .sequence
        .iter()
        .map(|c| {
            keys.iter()
                .position(|k| *k == c)
                .map(|i| i as u8 + 1)
                .ok_or_else(|| format!("{}: no colour {c}", spec.name))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if sequence.len() < 3 || sequence.windows(2).any(|w| w[0] == w[1]) {
        return Err(format!("{}: a sequence is three colours or more, no two neighbours alike", spec.name));
    }
    Ok(Wordmark { provider: spec.provider, name: spec.name, colours, sequence })
}

/// The reference wordmarks of `data/logos/logos.json`, or why they do not load.
pub fn load_wordmarks() -> Result<Vec<Wordmark>, String> {
    let file: WordmarkFile =
        serde_json::from_str(include_str!("../data/logos/logos.json")).map_err(|e| format!("logos.json: {e}"))?;
    file.wordmarks.into_iter().map(compile_wordmark).collect()
}

/// The reference wordmarks, built once from the compiled-in copy of `data/logos/logos.json` (none
/// when they do not compile; a test proves they do).
pub fn wordmarks() -> &'static [Wordmark] {
    static WORDMARKS: OnceLock<Vec<Wordmark>> = OnceLock::new();
    WORDMARKS.get_or_init(|| {
        builtin_wordmark_specs().into_iter().map(compile_wordmark).collect::<Result<_, _>>().unwrap_or_default()
    })
}

/// Whether the drawing in `p` is `mark`: a drawing at least [`WORDMARK_ASPECT`] times as wide as
/// tall, of strokes (at most [`WORDMARK_MAX_FILL`] of its box), nearly all in the mark's colours, whose columns (each taken by the palette colour most of
/// its pixels are near; columns of no palette colour skipped) run through exactly the mark's
/// colours in order, runs lighter than [`WORDMARK_MIN_RUN`] of the drawing left out. One pass over
/// at most [`MAX_SIDE`]² pixels.
pub fn reads_as(p: &Pixels, mark: &Wordmark) -> bool {
    let bg = background(p);
    let Some((x0, y0, x1, y1, n)) = drawn_box(p, bg) else {
        return false;
    };
    let (bw, bh) = ((x1 - x0) as f32, (y1 - y0) as f32);
    if n < MIN_PIXELS || bw < WORDMARK_ASPECT * bh || n as f32 > WORDMARK_MAX_FILL * bw * bh {
        return false;
    }
    let near = PALETTE_DISTANCE * PALETTE_DISTANCE;
    let k = mark.colours.len();
    let (mut other, mut palette) = (0usize, 0usize);
    // (colour class, palette pixels) of each run of columns.
    let mut runs: Vec<(u8, usize)> = Vec::new();
    for x in x0..x1 {
        let mut counts = vec![0usize; k + 1];
        for y in y0..y1 {
            let c = p.at(x, y);
            if !is_foreground(c, bg) {
                continue;
            }
            // The letters' own colour first; a blend with the background only at their edges.
            let nearest = |d: &dyn Fn([u8; 3]) -> i32| {
                mark.colours
                    .iter()
                    .enumerate()
                    .map(|(i, &m)| (i, d(m)))
                    .min_by_key(|&(_, d)| d)
                    .unwrap_or((0, i32::MAX))
            };
            let (i, d) = match nearest(&|m| distance2(rgb(c), m)) {
                (i, d) if d <= near => (i, d),
                _ => nearest(&|m| blend_distance2(rgb(c), m, bg)),
            };
            if d <= near {
                counts[i + 1] += 1;
            } else {
                other += 1;
            }
        }
        let column: usize = counts.iter().sum();
        palette += column;
        if column == 0 {
            continue;
        }
        let class = (1..=k).max_by_key(|&i| counts[i]).unwrap_or(1) as u8;
        match runs.last_mut() {
            Some((c, m)) if *c == class => *m += column,
            _ => runs.push((class, column)),
        }
    }
    if palette == 0 || other as f32 > WORDMARK_MAX_OTHER * (other + palette) as f32 {
        return false;
    }
    let least = (palette as f32 * WORDMARK_MIN_RUN).ceil() as usize;
    let mut letters: Vec<u8> = Vec::new();
    for (class, m) in runs {
        if m >= least && letters.last() != Some(&class) {
            letters.push(class);
        }
    }
    letters == mark.sequence
}

/// The wordmark the drawing in `p` is, if any.
pub fn recognise_wordmark(p: &Pixels) -> Option<&'static Wordmark> {
    wordmarks().iter().find(|m| reads_as(p, m))
}

/// A logo or wordmark found in a view of the tab: where, and its box (pixels of the view; a
/// logo's is square).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub provider: String,
    pub name: String,
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

/// How far apart (pixels of the view) two pixels of a wordmark's colours may stand along a row
/// and still be of one word: the holes of its letters and the room between them, for letters of
/// a few sizes.
const WORDMARK_VIEW_GAPS: [usize; 3] = [6, 12, 24];
/// Rows of the view where a wordmark's colours run in its order that are read in full, per
/// wordmark: its cost stays bounded on any page.
const MAX_WORDMARK_TRIES: usize = 40;

/// Provider wordmarks ([`Wordmark`]) in `view`, the words drawn in their colours as text of the
/// page may be (letters that a font of the page draws, whatever the DOM's letters are): along each
/// row, the pixels of the mark's colours that stand close together run through its colours in
/// order; the box of the rows about that run is then read as [`reads_as`] reads a thumbnail.
fn scan_wordmarks(view: &Pixels, found: &mut Vec<Found>) {
    let near = PALETTE_DISTANCE * PALETTE_DISTANCE;
    for mark in wordmarks() {
        if found.iter().any(|f| f.provider == mark.provider) {
            continue;
        }
        let class_of = |c: [u8; 4]| -> u8 {
            if c[3] < 128 {
                return 0;
            }
            mark.colours.iter().position(|&m| distance2(rgb(c), m) <= near).map_or(0, |i| i as u8 + 1)
        };
        let mut tries = 0;
        let mut row: Vec<(usize, u8)> = Vec::new();
        let mut seen = [([0u8; 4], 0u8); 4];
        seen.iter_mut().for_each(|s| s.1 = class_of(s.0));
        'rows: for y in 0..view.height {
            row.clear();
            // (a page has few colours, text on its ground alternating between two: the last
            // colours met are classed once)
            for (x, c) in view.row(y).enumerate() {
                let class = match seen.iter().find(|(before, _)| *before == c) {
                    Some(&(_, class)) => class,
                    None => {
                        let class = class_of(c);
                        seen.rotate_right(1);
                        seen[0] = (c, class);
                        class
                    }
                };
                if class > 0 {
                    row.push((x, class));
                }
            }
            if row.len() < mark.sequence.len() {
                continue;
            }
            for gap in WORDMARK_VIEW_GAPS {
                let mut start = 0;
                while start < row.len() {
                    let mut end = start + 1;
                    while end < row.len() && row[end].0 - row[end - 1].0 <= gap {
                        end += 1;
                    }
                    let mut letters: Vec<u8> = Vec::new();
                    for &(_, class) in &row[start..end] {
                        if letters.last() != Some(&class) {
                            letters.push(class);
                        }
                    }
                    if letters == mark.sequence {
                        tries += 1;
                        let run = (row[start].0, row[end - 1].0 + 1, y);
                        let (bx0, by0, bx1, by1) = grown_box(view, run, gap, |c| class_of(c) > 0);
                        if reads_as(&view.window(bx0, by0, bx1 - bx0, by1 - by0), mark) {
                            found.push(Found {
                                provider: mark.provider.clone(),
                                name: mark.name.clone(),
                                x: bx0,
                                y: by0,
                                width: bx1 - bx0,
                                height: by1 - by0,
                            });
                            break 'rows;
                        }
                        if tries >= MAX_WORDMARK_TRIES {
                            break 'rows;
                        }
                    }
                    start = end;
                }
            }
        }
    }
}

/// The box about a run of a wordmark's colours along row `y` of `view` (columns `x0..x1`): the
/// rows above and below that hold such colours (`coloured`) within its columns, and the columns
/// beside it that do within `gap` (a letter's part the row missed), grown a few times, with a
/// margin of two pixels of the ground for the reading's background (`x0, y0, x1, y1`, ends
/// excluded).
fn grown_box(
    view: &Pixels,
    (mut x0, mut x1, y): (usize, usize, usize),
    gap: usize,
    coloured: impl Fn([u8; 4]) -> bool,
) -> (usize, usize, usize, usize) {
    let (mut y0, mut y1) = (y, y + 1);
    for _ in 0..3 {
        let row = |yy: usize, x0: usize, x1: usize| (x0..x1).any(|x| coloured(view.at(x, yy)));
        while y0 > 0 && row(y0 - 1, x0, x1) {
            y0 -= 1;
        }
        while y1 < view.height && row(y1, x0, x1) {
            y1 += 1;
        }
        let column = |x: usize| (y0..y1).any(|yy| coloured(view.at(x, yy)));
        let left = (x0.saturating_sub(gap)..x0).find(|&x| column(x));
        let right = (x1..(x1 + gap).min(view.width)).rev().find(|&x| column(x));
        if left.is_none() && right.is_none() {
            break;
        }
        x0 = left.unwrap_or(x0);
        x1 = right.map_or(x1, |x| x + 1);
    }
    (x0.saturating_sub(2), y0.saturating_sub(2), (x1 + 2).min(view.width), (y1 + 2).min(view.height))
}

/// Window sides the view scan tries, in pixels of the view.
const VIEW_WINDOWS: [usize; 5] = [14, 20, 28, 40, 56];
/// Windows the view scan compares in full, per logo and window size (top rows first, where logos
/// sit): its cost stays bounded on any page.
const MAX_VIEW_COMPARISONS: usize = 400;

/// Grounds the view scan keeps a table of the drawing on (a page has few; others are read pixel
/// by pixel).
const MAX_VIEW_GROUNDS: usize = 3;

/// Pixels of `s`, a summed-area table of a `w` pixels wide image, in the rectangle from
/// `(x0, y0)` to `(x1, y1)` (ends excluded).
fn sum_in(s: &[u32], w: usize, (x0, y0, x1, y1): (usize, usize, usize, usize)) -> u32 {
    s[y1 * (w + 1) + x1] + s[y0 * (w + 1) + x0] - s[y0 * (w + 1) + x1] - s[y1 * (w + 1) + x0]
}

/// A summed-area table of the pixels of `view` for which `hit` holds: `s[y * (w + 1) + x]` counts
/// those above and left of `(x, y)`.
fn summed(view: &Pixels, hit: impl Fn([u8; 4]) -> bool) -> Vec<u32> {
    let w = view.width;
    let mut s = vec![0u32; (w + 1) * (view.height + 1)];
    // A pixel the same as the one before it (most of a page) is the same.
    let mut last: Option<([u8; 4], bool)> = None;
    for y in 0..view.height {
        let mut row = 0;
        for (x, c) in view.row(y).enumerate() {
            let here = match last {
                Some((before, here)) if before == c => here,
                _ => {
                    let here = hit(c);
                    last = Some((c, here));
                    here
                }
            };
            row += u32::from(here);
            s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
        }
    }
    s
}

/// The drawing's box in the window of side `n` at `(x, y)`, as [`drawn_box`] finds it, from the
/// row and column sums of `s`, the view's table of the pixels drawn on that window's ground.
fn drawn_box_from(s: &[u32], w: usize, x: usize, y: usize, n: usize) -> Option<(usize, usize, usize, usize, usize)> {
    let total = sum_in(s, w, (x, y, x + n, y + n));
    if total == 0 {
        return None;
    }
    let row = |i: usize| sum_in(s, w, (x, y + i, x + n, y + i + 1)) > 0;
    let (y0, y1) = ((0..n).find(|&i| row(i))?, (0..n).rev().find(|&i| row(i))? + 1);
    let column = |i: usize| sum_in(s, w, (x + i, y + y0, x + i + 1, y + y1)) > 0;
    let (x0, x1) = ((0..n).find(|&i| column(i))?, (0..n).rev().find(|&i| column(i))? + 1);
    Some((x0, y0, x1, y1, total as usize))
}

/// Provider logos anywhere in `view` (a downscaled capture of the tab): square windows of a few
/// sizes slide over it; only windows where every palette colour of a logo covers a fair share are
/// compared in full, which summed-area tables of each palette colour tell cheaply. Before the full
/// comparison, the box of a window's drawing comes from the row and column sums of a table of the
/// pixels drawn on its ground: a drawing too small, not square enough or too sparse for the logo
/// (lines of text) is let go at that cost. Such a window counts as compared, as it did when the
/// comparison let it go: the windows compared, and what the scan finds, are the same. Then the
/// providers' coloured wordmarks ([`scan_wordmarks`]).
pub fn scan(view: &Pixels) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    if view.width > MAX_VIEW_SIDE || view.height > MAX_VIEW_SIDE {
        return found;
    }
    let (w, h) = (view.width, view.height);
    let near = PALETTE_DISTANCE * PALETTE_DISTANCE;
    // The grounds met so far, each with its table of the pixels drawn on it.
    let mut grounds: Vec<(Option<[u8; 3]>, Vec<u32>)> = Vec::new();
    for logo in logos() {
        // sums[k][(y * (w + 1)) + x]: pixels of colour k above and left of (x, y).
        let k = logo.colours.len();
        let mut sums = vec![vec![0u32; (w + 1) * (h + 1)]; k];
        let mut rows = vec![0u32; k];
        // A pixel the same as the one before it (most of a page) is of the same colour class.
        let mut last: Option<([u8; 4], Option<usize>)> = None;
        for y in 0..h {
            rows.fill(0);
            for (x, c) in view.row(y).enumerate() {
                let class = match last {
                    Some((before, class)) if before == c => class,
                    _ => {
                        let class = logo.colours.iter().position(|&p| c[3] >= 128 && distance2(rgb(c), p) <= near);
                        last = Some((c, class));
                        class
                    }
                };
                for (i, (s, row)) in sums.iter_mut().zip(rows.iter_mut()).enumerate() {
                    *row += u32::from(class == Some(i));
                    s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + *row;
                }
            }
        }
        let count = |s: &[u32], x: usize, y: usize, n: usize| {
            s[(y + n) * (w + 1) + x + n] + s[y * (w + 1) + x] - s[y * (w + 1) + x + n] - s[(y + n) * (w + 1) + x]
        };
        // A logo of one colour fills a fair part of a window that holds it; lines of text in
        // that colour fill less. A logo is held whole, wherever it stands, only by a window
        // larger than it by a step: one just too big for the window below fills (34/56)² of the
        // window that holds it, and GitHub's mark covers about 37 % of its square, so 13 %
        // (a 48 px mark in a 1,100 px wide tab is 28 px in the view: 18 % of a 40 px window,
        // missed at a fifth).
        let total_share = if k == 1 { 1.0 / 10.0 } else { 0.0 };
        // Nor does it fill the window: a one-colour logo leaves its ground around it (GitHub's
        // mark covers about 37 % of its square), so a window seven tenths or more of that colour
        // is a plain area (a white page for the mark drawn white), not a logo on its ground.
        let most_share = if k == 1 { 7.0 / 10.0 } else { 1.0 };
        for &n in VIEW_WINDOWS.iter().filter(|&&n| n <= w && n <= h) {
            let step = (n / 5).max(2);
            let share = (n * n) as u32 / 20;
            let total = ((n * n) as f32 * total_share) as u32;
            let most = ((n * n) as f32 * most_share) as u32;
            let mut compared = 0;
            let mut y = 0;
            while y + n <= h {
                let mut x = 0;
                while x + n <= w {
                    let covered = sums.iter().all(|s| count(s, x, y, n) >= share)
                        && (total..=most).contains(&sums.iter().map(|s| count(s, x, y, n)).sum::<u32>());
                    let taken = found.iter().any(|f| f.provider == logo.provider);
                    if covered && !taken && compared < MAX_VIEW_COMPARISONS {
                        compared += 1;
                        let window = view.window(x, y, n, n);
                        let bg = background(&window);
                        if !grounds.iter().any(|(g, _)| *g == bg) && grounds.len() < MAX_VIEW_GROUNDS {
                            grounds.push((bg, summed(view, |c| is_foreground(c, bg))));
                        }
                        let drawn = match grounds.iter().find(|(g, _)| *g == bg) {
                            Some((_, s)) => drawn_box_from(s, w, x, y, n),
                            None => drawn_box(&window, bg),
                        };
                        let matched = drawn
                            .filter(|&d| logo.may_be_drawn(d))
                            .and_then(|d| cells_of(&window, logo, bg, d))
                            .and_then(|c| score_of(&c, logo))
                            .is_some_and(|s| s.matches_logo(logo));
                        if matched {
                            found.push(Found {
                                provider: logo.provider.clone(),
                                name: logo.name.clone(),
                                x,
                                y,
                                width: n,
                                height: n,
                            });
                        }
                    }
                    x += step;
                }
                y += step;
            }
        }
    }
    scan_wordmarks(view, &mut found);
    found
}

/// `s` in quotes, cut to 60 characters.
fn quote(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("\"{}…\"", &s[..i]),
        None => format!("\"{s}\""),
    }
}

/// The RGBA pixels of an image item, when they are what its size says.
fn pixels_of(item: &ImageItem) -> Option<Vec<u8>> {
    let (w, h) = (item.width as usize, item.height as usize);
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE {
        return None;
    }
    let bytes = Base64::decode_vec(&item.rgba).ok()?;
    (bytes.len() == w * h * 4).then_some(bytes)
}

/// An image's source as the page's markup names it, the same in every language.
fn source_name(source: ImageSource) -> &'static str {
    match source {
        ImageSource::Img => "<img>",
        ImageSource::Svg => "<svg>",
        ImageSource::Background => "background-image",
        ImageSource::Icon => "<link rel=icon>",
        ImageSource::Canvas => "<canvas>",
        ImageSource::View => "captureVisibleTab",
    }
}

/// The evidence of a logo recognised by its pixels: the image and the mark's name, or, in the
/// visible tab, the mark's name alone.
fn pixels_evidence(item: &ImageItem, mark: &str) -> Evidence {
    if item.source == ImageSource::View {
        return Evidence::words(EvidenceLabel::Logo, EvidenceKey::LogoOnScreen, vec![mark.to_string()]);
    }
    Evidence::words(EvidenceLabel::Logo, EvidenceKey::LogoPixels, vec![described(item), mark.to_string()])
}

/// The providers whose logo the images show: provider id, the image, and the evidence
/// ([`EvidenceKey::LogoPixels`]: `<img> "Contoso"` and "Microsoft four squares"); one entry per
/// image, so each image's place can be judged.
pub fn claims<'a>(images: impl IntoIterator<Item = &'a ImageItem>) -> Vec<(String, &'a ImageItem, Evidence)> {
    let mut out: Vec<(String, &'a ImageItem, Evidence)> = Vec::new();
    for item in images {
        let Some(bytes) = pixels_of(item) else { continue };
        let Some(p) = Pixels::new(&bytes, item.width as usize, item.height as usize) else { continue };
        // A canvas is often a whole screen (remote-browser kits) or a logo with its word: the
        // logo is looked for anywhere in it.
        let found = recognise(&p).map(|l| (l.provider.clone(), l.name.clone())).or_else(|| {
            match item.source {
                ImageSource::Canvas => scan(&p).into_iter().next().map(|f| (f.provider, f.name)),
                // a wordmark the view scan found (its box, scaled to a thumbnail)
                ImageSource::View if p.width as f32 >= WORDMARK_ASPECT * p.height as f32 => {
                    recognise_wordmark(&p).map(|m| (m.provider.clone(), m.name.clone()))
                }
                _ => None,
            }
        });
        if let Some((provider, name)) = found {
            out.push((provider, item, pixels_evidence(item, &name)));
        }
    }
    out
}

/// The providers whose coloured wordmark ([`Wordmark`]) the images show, as [`claims`] gives
/// them (`background-image` and "Google wordmark"). The caller asks only on
/// a page that asks for sign-in details off the providers' hosts: one pass over each thumbnail
/// at least twice as wide as tall.
pub fn wordmark_claims<'a>(images: impl IntoIterator<Item = &'a ImageItem>) -> Vec<(String, &'a ImageItem, Evidence)> {
    let mut out: Vec<(String, &'a ImageItem, Evidence)> = Vec::new();
    for item in images {
        if (item.width as f32) < WORDMARK_ASPECT * item.height as f32 || item.source == ImageSource::View {
            continue;
        }
        let Some(bytes) = pixels_of(item) else { continue };
        let Some(p) = Pixels::new(&bytes, item.width as usize, item.height as usize) else { continue };
        if let Some(mark) = recognise_wordmark(&p) {
            out.push((mark.provider.clone(), item, pixels_evidence(item, &mark.name)));
        }
    }
    out
}

/// How an image is named in evidence: its source as markup names it, and its label when it has
/// one (`<img> "Contoso"`).
pub fn described(item: &ImageItem) -> String {
    match item.label.trim() {
        "" => source_name(item.source).to_string(),
        label => format!("{} {}", source_name(item.source), quote(label)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compiled-in logos are the file's, number for number, and they all compile.
    #[test]
    fn builtin_logos_are_the_file() {
        let file: LogoFile = serde_json::from_str(include_str!("../data/logos/logos.json")).unwrap();
        let specs = builtin_specs();
        assert!(!specs.is_empty());
        assert_eq!(specs, file.logos);
        // one logo per spec, and one more for each that is drawn light too
        assert_eq!(logos().len(), specs.len() + specs.iter().filter(|s| s.light.is_some()).count());
    }

    /// The compiled-in wordmarks are the file's, and they all compile.
    #[test]
    fn builtin_wordmarks_are_the_file() {
        let file: WordmarkFile = serde_json::from_str(include_str!("../data/logos/logos.json")).unwrap();
        let specs = builtin_wordmark_specs();
        assert!(!specs.is_empty());
        assert_eq!(specs, file.wordmarks);
        assert_eq!(wordmarks().len(), specs.len());
    }

    /// The view scan's fill test lets through every logo drawn at every size it matches at, on
    /// light and dark grounds, with room to spare; a window of lines of text is let go.
    #[test]
    fn the_fill_test_keeps_every_drawing_that_matches() {
        let grounds = [[255, 255, 255, 255], [0xF6, 0xF8, 0xFA, 255], [0x16, 0x1B, 0x22, 255], [0, 0, 0, 255]];
        let mut matched = 0;
        for logo in logos() {
            for ground in grounds {
                for size in 8..64 {
                    for pad in [0, 2] {
                        let side = size + 2 * pad;
                        let px = logo.render(size, pad, ground);
                        let p = Pixels::new(&px, side, side).unwrap();
                        if !score(&p, logo).is_some_and(|s| s.matches_logo(logo)) {
                            continue;
                        }
                        matched += 1;
                        let (x0, y0, x1, y1, n) = drawn_box(&p, background(&p)).unwrap();
                        let thinner = (x0, y0, x1, y1, n * 2 / 3);
                        assert!(logo.may_be_drawn(thinner), "{} at {size} px on {ground:?}", logo.name);
                    }
                }
            }
        }
        assert!(matched > 400, "{matched} drawings matched");
        // Two lines of 7 px letters in a 28 px window: 1 px strokes 4 px apart, 18 px between lines.
        let mut px = vec![255u8; 28 * 28 * 4];
        for y in (2..9).chain(20..27) {
            for x in (1..27).filter(|x| x % 4 == 1) {
                px[(y * 28 + x) * 4..(y * 28 + x) * 4 + 3].copy_from_slice(&[0x33; 3]);
            }
        }
        let p = Pixels::new(&px, 28, 28).unwrap();
        let drawn = drawn_box(&p, background(&p)).unwrap();
        assert!(could_be_logo(drawn));
        let github = logos().iter().find(|l| l.provider == "github").unwrap();
        assert!(!github.may_be_drawn(drawn), "{drawn:?}");
    }
}
