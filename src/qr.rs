//! QR codes among a page's images, recognised by their pixels: a square of dark and light modules
//! with no colour, about as much dark as light, and many changes from one to the other along every
//! row and column. A logo (flat areas, colour), a photo (colour or smooth shading) or a line of text
//! (mostly light) is none.

use base64ct::{Base64, Encoding as _};

use crate::logo::MAX_SIDE;
use crate::snapshot::{ImageItem, ImageSource};

/// Thumbnails smaller than this (pixels a side) show too few modules to tell.
const MIN_SIDE: usize = 16;
/// A channel spread above this is colour.
const GREY_SPREAD: i32 = 48;
/// Share of coloured pixels a QR code tolerates (anti-aliased edges).
const MAX_COLOURED: f64 = 0.05;
/// Share of dark pixels of a QR code (light around its modules, its quiet zone).
const DARK_SHARE: std::ops::RangeInclusive<f64> = 0.2..=0.75;
/// Changes between dark and light per row and per column, on average: the smallest code has 21
/// modules a side, about half of them changing from their neighbour; a logo's outline crosses a
/// row a few times.
const MIN_CHANGES: f64 = 7.0;

/// The image is a QR code (or looks like one): a square thumbnail of a drawn `<img>`, inline SVG,
/// CSS background or canvas whose pixels are grey modules, dark and light in balance, changing
/// often along rows and columns. Transparent pixels count as light (a code drawn on the page's
/// background).
pub fn is_qr_code(item: &ImageItem) -> bool {
    if matches!(item.source, ImageSource::Icon | ImageSource::View) {
        return false;
    }
    let (w, h) = (item.width as usize, item.height as usize);
    if w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE || w.abs_diff(h) * 8 > w.max(h) {
        return false;
    }
    let Ok(bytes) = Base64::decode_vec(&item.rgba) else { return false };
    if bytes.len() != w * h * 4 {
        return false;
    }
    let mut dark = vec![false; w * h];
    let (mut coloured, mut dark_count) = (0usize, 0usize);
    for (i, px) in bytes.chunks_exact(4).enumerate() {
        if px[3] < 128 {
            continue;
        }
        let (r, g, b) = (i32::from(px[0]), i32::from(px[1]), i32::from(px[2]));
        if r.max(g).max(b) - r.min(g).min(b) > GREY_SPREAD {
            coloured += 1;
        }
        if r * 299 + g * 587 + b * 114 < 128_000 {
            dark[i] = true;
            dark_count += 1;
        }
    }
    let total = (w * h) as f64;
    if coloured as f64 > MAX_COLOURED * total || !DARK_SHARE.contains(&(dark_count as f64 / total)) {
        return false;
    }
    let row_changes: usize = (0..h).map(|y| (1..w).filter(|&x| dark[y * w + x] != dark[y * w + x - 1]).count()).sum();
    let column_changes: usize =
        (0..w).map(|x| (1..h).filter(|&y| dark[y * w + x] != dark[(y - 1) * w + x]).count()).sum();
    row_changes as f64 / h as f64 >= MIN_CHANGES && column_changes as f64 / w as f64 >= MIN_CHANGES
}
