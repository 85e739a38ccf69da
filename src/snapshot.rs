//! What the content script sees on a page (`PageSnapshot`) and what the service worker knows
//! about the tab (`PageContext`). Both arrive as JSON; every field has a default so a partial or
//! older snapshot still parses. Lists are capped by the content script with the [`limits`] below
//! (the generated `extension/shared/contract.js` carries them to the extension), and the engine
//! truncates again so a hostile page cannot make it do unbounded work.

use serde::{Deserialize, Serialize};

/// Caps the engine applies to every list and string, whatever the content script sent.
pub mod limits {
    /// Items of every list.
    pub const MAX_ITEMS: usize = 200;
    /// Bytes of the page's visible text (`PageSnapshot::text`).
    pub const MAX_TEXT: usize = 3_000;
    /// Bytes of a form's action, a frame's `src` and a script's URL.
    pub const MAX_LINK: usize = 4_000;
    /// Bytes of every other string.
    pub const MAX_SHORT: usize = 300;
    /// Characters of a heading's card (`BrandItem::card`); the engine takes bytes up to
    /// [`MAX_TEXT`].
    pub const MAX_CARD: usize = 1_500;
    /// Bytes of the frame's and the snapshot's URL (OAuth requests carry long `state` values).
    pub const MAX_URL: usize = 16 * 1024;
    /// Images of `PageSnapshot::images`.
    pub const MAX_IMAGES: usize = 16;
    /// Bytes of an image's base64 RGBA pixels (a thumbnail of at most 64×64).
    pub const MAX_IMAGE_DATA: usize = 22 * 1024;
    /// Bytes of a snapshot as JSON: the worker rejects a larger one (`PageContext::snapshot_error`).
    pub const MAX_SNAPSHOT_BYTES: usize = 512 * 1024;
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageSnapshot {
    /// `location.href` as the content script saw it (the worker's `PageContext::url` wins).
    pub url: String,
    /// `window === window.top`.
    pub top_frame: bool,
    /// `location.ancestorOrigins`, nearest parent first; empty in the top frame.
    pub ancestor_origins: Vec<String>,
    pub title: String,
    /// Places where a page shows whose page it is: title, headings, the banner, logos.
    pub brand: Vec<BrandItem>,
    pub forms: Vec<Form>,
    /// Every visible `<input>`/`<select>`/`<textarea>` (type, name, id), light DOM and open shadow roots.
    pub inputs: Vec<Input>,
    /// Visible text of buttons, submit inputs and `role=button` elements.
    pub buttons: Vec<String>,
    /// Cross-origin and same-origin `<iframe>`/`<frame>` elements.
    pub frames: Vec<Frame>,
    /// Hosts that scripts, styles and images load from (deduplicated, lower case).
    pub resource_hosts: Vec<String>,
    /// `<script src>` elements that load from another host without an `integrity` attribute.
    pub scripts_without_integrity: Vec<String>,
    /// URL-looking text drawn inside `position: fixed|absolute` elements (fake address bars).
    pub positioned_urls: Vec<PositionedUrl>,
    /// Small RGBA thumbnails of images that may be a logo (see [`crate::logo`]); only on pages
    /// that ask for sign-in details.
    pub images: Vec<ImageItem>,
    /// The first few thousand characters of visible text, for consent-page wording: visible nodes
    /// first (a flood of hidden decoys does not use up the budget), joined as rendered; lines that
    /// mention a provider or a device-code sign-in ("devicelogin", "enter the code") are kept
    /// first when the page is longer than the budget.
    pub text: String,
    /// The content script hit one of its caps, or cut lists and text to keep the snapshot under
    /// its byte budget (below [`limits::MAX_SNAPSHOT_BYTES`]): a snapshot is cut, never refused.
    pub truncated: bool,
    /// Readers that failed on odd markup and were skipped (throwing getters, foreign-namespace
    /// elements), e.g. `inputs`; the rest of the snapshot is still read.
    pub skipped: Vec<String>,
    /// Milliseconds the content script spent collecting this snapshot.
    pub collect_ms: f64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BrandSource {
    Title,
    #[default]
    Heading,
    /// Text in the top part of the page (header, banner, first 200 px).
    Banner,
    /// An image or SVG: `alt`, `title`, `aria-label` and the file name of `src` joined by spaces;
    /// or the words an SVG image draws (its `<text>`), from an `<img>` or a CSS background.
    Logo,
    /// Visible text anywhere else on the page (below the banner, far down, in a closed shadow root)
    /// that names a provider: the rendered line it sits in, hidden letters dropped. Sent only for
    /// lines holding one of the providers' names, so a page cannot flood the list.
    Text,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct BrandItem {
    /// As rendered: text of visible nodes only, joined as drawn across inline elements, zero-width
    /// characters and hidden (zero-size, transparent, clipped, off-screen) letters dropped, with the
    /// element's CSS generated content (`::before`/`::after`) in place.
    pub text: String,
    pub source: BrandSource,
    /// When the item sits inside a link or button: that control's visible text
    /// ("Sign in with Microsoft" buttons are federation, not a claim).
    pub control_text: Option<String>,
    /// For a heading or a logo: what the controls of its card say (their text, or an icon's
    /// label), one a line. Its card is the smallest box around it that holds a shown control of its
    /// own (a button, a link); `None` when that box's text is longer than [`limits::MAX_CARD`]
    /// characters as rendered, or there is none.
    pub card: Option<String>,
}

/// Where an image of `PageSnapshot::images` came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ImageSource {
    /// An `<img>` (also `data:` and `blob:` ones).
    #[default]
    Img,
    /// An inline `<svg>`.
    Svg,
    /// A CSS `background-image`.
    Background,
    /// A `<link rel=icon>`.
    Icon,
    /// A `<canvas>`.
    Canvas,
    /// A part of a capture of the visible tab where [`crate::logo::scan`] found a logo.
    View,
}

/// An image as a small RGBA thumbnail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ImageItem {
    pub source: ImageSource,
    /// What identifies it on the page (a URL's start, an element's id), for the evidence.
    pub label: String,
    /// When the image sits inside a link or button: that control's visible text.
    pub control_text: Option<String>,
    pub width: u32,
    pub height: u32,
    /// `width`×`height` RGBA pixels, base64.
    pub rgba: String,
    /// The words the image draws (the `<text>` of an SVG image), when it draws any and sits
    /// outside links and buttons: what its pixels show as letters.
    pub words: Option<String>,
    /// Where the element is shown and what sits around it; absent for a favicon, a part of a
    /// capture of the tab, and from collectors that do not measure it.
    pub place: Option<ImagePlace>,
}

/// Where an image stands from the card of the page's credential form (the nearest box drawn
/// around the first password, code or sign-in name field, else its `<form>`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FormSide {
    /// The page has no credential field.
    #[default]
    None,
    /// The image's box overlaps the card's box (inside it, or drawn over it).
    Over,
    Above,
    Below,
    Left,
    Right,
}

impl FormSide {
    pub const ALL: [FormSide; 6] =
        [FormSide::None, FormSide::Over, FormSide::Above, FormSide::Below, FormSide::Left, FormSide::Right];

    pub fn as_str(self) -> &'static str {
        match self {
            FormSide::None => "none",
            FormSide::Over => "over",
            FormSide::Above => "above",
            FormSide::Below => "below",
            FormSide::Left => "left",
            FormSide::Right => "right",
        }
    }
}

/// Where a logo candidate is shown, as the person sees it (CSS pixels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ImagePlace {
    /// The shown box, relative to the viewport.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The box's top left corner relative to the document.
    pub page_x: f64,
    pub page_y: f64,
    /// Other logo candidates of about its size lined up with it in one row or column (a list of
    /// logos, a row of badges).
    pub peers: u32,
    /// Inside the credential form's card (a descendant of it).
    pub in_form_card: bool,
    /// Inside a band drawn across the page (a header or footer bar at least 90% of the viewport
    /// wide) that does not hold the credential form.
    pub in_bar: bool,
    /// Where it stands from the credential form's card.
    pub form_side: FormSide,
    /// Pixels between its box and the card's box, edge to edge (0 when they overlap); absent when
    /// the page has no credential field.
    pub form_gap: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Form {
    /// Resolved absolute `action` (the page URL when absent).
    pub action: String,
    pub method: String,
    /// Labels, legends, placeholders and headings inside the form, joined (capped).
    pub text: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum InputKind {
    Password,
    /// One-time code (`autocomplete=one-time-code`, short numeric fields named otp/code/totp).
    OneTimeCode,
    /// Email or user name field of a sign-in form (`type=email`, `autocomplete=username|email`, login names).
    Identifier,
    #[default]
    Other,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub kind: InputKind,
    /// The `type` attribute, lower case. For a field without an input element (content/keys.js):
    /// `keys` (a focusable element that shows what is typed), `canvas` (a canvas that takes the
    /// keys, itself or through a hidden text field beside it) or `drawn` (a box drawn like a field
    /// on a page with no place to type, filled from a key listener on the document).
    pub r#type: String,
    pub name: String,
    pub id: String,
    pub autocomplete: String,
    /// Label, placeholder and `aria-label` text.
    pub label: String,
    /// Index into `forms`, when the input belongs to a form.
    pub form: Option<usize>,
    /// Found inside a shadow root (open, or closed and opened by the extension).
    pub in_shadow: bool,
    /// What the person types is hidden as they type: `type=password`, or a text field or editable
    /// element masked by `-webkit-text-security` or a masking font. A masked field is a password
    /// field whatever its type says (`kind` is then `password`).
    pub masked: bool,
    /// Not an `<input>` but an editable element (`contenteditable`, `role=textbox`) that takes
    /// typing; `type` is then `contenteditable`.
    pub editable: bool,
    /// `readonly` or `disabled`: a box that shows a value (a password manager's vault item), not
    /// one that asks for it.
    pub read_only: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Frame {
    pub src: String,
    pub visible: bool,
    pub width: f64,
    pub height: f64,
    /// Computed opacity of the frame (or its nearest transparent ancestor).
    pub opacity: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PositionedUrl {
    /// The URL-like text as drawn.
    pub text: String,
    /// The positioned container also holds a password or identifier input, or consent buttons.
    pub with_form: bool,
}

/// What the service worker knows about the frame, which the page itself cannot forge.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageContext {
    /// The frame's URL as the browser reports it (`sender.url`).
    pub url: String,
    /// `sender.frameId === 0`.
    pub top_frame: bool,
    /// A `net::ERR_CERT_*` error seen for this host in this browser session, if any.
    pub cert_error: Option<String>,
    /// The organisation's policy is read: false while the browser has not answered yet (and when
    /// the worker does not say), and then no verdict is better than caution.
    pub policy_read: bool,
    /// The content script failed or its snapshot was rejected (too large, unreadable): only the
    /// host and URL rules can run, and nothing better than "could not verify" comes out.
    pub snapshot_error: Option<String>,
    /// Why, in words, where the worker says (`snapshotReason`, one of [`ErrorReason`]'s keys).
    pub snapshot_reason: Option<crate::finding::ErrorReason>,
}

use crate::json::{self, Error, Fields};
use serde_json::Value;

/// `v` as one of `names`' values (`(name, value)` pairs).
fn named<T: Copy>(v: Value, names: &[(&str, T)]) -> Result<T, Error> {
    let text = json::string(v)?;
    names.iter().find(|(n, _)| *n == text).map(|(_, t)| *t).ok_or_else(|| {
        let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
        format!("unknown value {text:?}, expected one of {}", all.join(", "))
    })
}

impl PageSnapshot {
    /// The snapshot from its JSON (as the content script sends it): read as the derived
    /// `Deserialize` reads it, with an error that names the key.
    pub fn from_json(text: &str) -> Result<PageSnapshot, Error> {
        PageSnapshot::from_value(json::parse(text)?)
    }

    pub fn from_value(v: Value) -> Result<PageSnapshot, Error> {
        let mut f = Fields::new(v)?;
        Ok(PageSnapshot {
            url: f.string("url")?,
            top_frame: f.bool("topFrame")?,
            ancestor_origins: f.strings("ancestorOrigins")?,
            title: f.string("title")?,
            brand: f.or_default("brand", |v| json::list(v, BrandItem::from_value))?,
            forms: f.or_default("forms", |v| json::list(v, Form::from_value))?,
            inputs: f.or_default("inputs", |v| json::list(v, Input::from_value))?,
            buttons: f.strings("buttons")?,
            frames: f.or_default("frames", |v| json::list(v, Frame::from_value))?,
            resource_hosts: f.strings("resourceHosts")?,
            scripts_without_integrity: f.strings("scriptsWithoutIntegrity")?,
            positioned_urls: f.or_default("positionedUrls", |v| json::list(v, PositionedUrl::from_value))?,
            images: f.or_default("images", |v| json::list(v, ImageItem::from_value))?,
            text: f.string("text")?,
            truncated: f.bool("truncated")?,
            skipped: f.strings("skipped")?,
            collect_ms: f.number("collectMs")?,
        })
    }
}

impl BrandSource {
    fn from_value(v: Value) -> Result<BrandSource, Error> {
        use BrandSource::*;
        named(v, &[("title", Title), ("heading", Heading), ("banner", Banner), ("logo", Logo), ("text", Text)])
    }
}

impl BrandItem {
    fn from_value(v: Value) -> Result<BrandItem, Error> {
        let mut f = Fields::new(v)?;
        Ok(BrandItem {
            text: f.string("text")?,
            source: f.or_default("source", BrandSource::from_value)?,
            control_text: f.opt_string("controlText")?,
            card: f.opt_string("card")?,
        })
    }
}

impl ImageSource {
    fn from_value(v: Value) -> Result<ImageSource, Error> {
        use ImageSource::*;
        named(
            v,
            &[
                ("img", Img),
                ("svg", Svg),
                ("background", Background),
                ("icon", Icon),
                ("canvas", Canvas),
                ("view", View),
            ],
        )
    }
}

impl ImageItem {
    fn from_value(v: Value) -> Result<ImageItem, Error> {
        let mut f = Fields::new(v)?;
        Ok(ImageItem {
            source: f.or_default("source", ImageSource::from_value)?,
            label: f.string("label")?,
            control_text: f.opt_string("controlText")?,
            width: f.or_default("width", json::unsigned)?,
            height: f.or_default("height", json::unsigned)?,
            rgba: f.string("rgba")?,
            words: f.opt_string("words")?,
            place: f.or_default("place", |v| json::optional(v, ImagePlace::from_value))?,
        })
    }
}

impl FormSide {
    fn from_value(v: Value) -> Result<FormSide, Error> {
        json::one_of(v, &FormSide::ALL, FormSide::as_str)
    }
}

impl ImagePlace {
    fn from_value(v: Value) -> Result<ImagePlace, Error> {
        let mut f = Fields::new(v)?;
        Ok(ImagePlace {
            x: f.number("x")?,
            y: f.number("y")?,
            width: f.number("width")?,
            height: f.number("height")?,
            page_x: f.number("pageX")?,
            page_y: f.number("pageY")?,
            peers: f.or_default("peers", json::unsigned)?,
            in_form_card: f.bool("inFormCard")?,
            in_bar: f.bool("inBar")?,
            form_side: f.or_default("formSide", FormSide::from_value)?,
            form_gap: f.or_default("formGap", |v| json::optional(v, json::number))?,
        })
    }
}

impl Form {
    fn from_value(v: Value) -> Result<Form, Error> {
        let mut f = Fields::new(v)?;
        Ok(Form { action: f.string("action")?, method: f.string("method")?, text: f.string("text")? })
    }
}

impl InputKind {
    fn from_value(v: Value) -> Result<InputKind, Error> {
        use InputKind::*;
        named(v, &[("password", Password), ("oneTimeCode", OneTimeCode), ("identifier", Identifier), ("other", Other)])
    }
}

impl Input {
    fn from_value(v: Value) -> Result<Input, Error> {
        let mut f = Fields::new(v)?;
        Ok(Input {
            kind: f.or_default("kind", InputKind::from_value)?,
            r#type: f.string("type")?,
            name: f.string("name")?,
            id: f.string("id")?,
            autocomplete: f.string("autocomplete")?,
            label: f.string("label")?,
            form: f.or_default("form", |v| json::optional(v, json::index))?,
            in_shadow: f.bool("inShadow")?,
            masked: f.bool("masked")?,
            editable: f.bool("editable")?,
            read_only: f.bool("readOnly")?,
        })
    }
}

impl Frame {
    fn from_value(v: Value) -> Result<Frame, Error> {
        let mut f = Fields::new(v)?;
        Ok(Frame {
            src: f.string("src")?,
            visible: f.bool("visible")?,
            width: f.number("width")?,
            height: f.number("height")?,
            opacity: f.number("opacity")?,
        })
    }
}

impl PositionedUrl {
    fn from_value(v: Value) -> Result<PositionedUrl, Error> {
        let mut f = Fields::new(v)?;
        Ok(PositionedUrl { text: f.string("text")?, with_form: f.bool("withForm")? })
    }
}

impl PageContext {
    /// The context from its JSON (as the worker sends it), read as [`PageSnapshot::from_json`] is.
    pub fn from_json(text: &str) -> Result<PageContext, Error> {
        PageContext::from_value(json::parse(text)?)
    }

    pub fn from_value(v: Value) -> Result<PageContext, Error> {
        let mut f = Fields::new(v)?;
        Ok(PageContext {
            url: f.string("url")?,
            top_frame: f.bool("topFrame")?,
            cert_error: f.opt_string("certError")?,
            policy_read: f.bool("policyRead")?,
            snapshot_error: f.opt_string("snapshotError")?,
            snapshot_reason: f.or_default("snapshotReason", |v| {
                use crate::finding::ErrorReason;
                json::optional(v, |v| json::one_of(v, ErrorReason::ALL, ErrorReason::as_str))
            })?,
        })
    }
}
