//! The identity providers whose approval and sign-in pages the engine knows, as data:
//! `data/providers.json`, read by the extension at start and handed to the module ([`load`]; native
//! builds compile it in); an organisation adds its own through
//! [`crate::policy::Policy::providers`] with the same shape.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::finding::PageKind;
use crate::json::{self, Fields, ToJson, Writer};
use serde_json::Value;

/// One identity provider: where its genuine pages live and what its pages look like.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Provider {
    /// Stable id (`azure-devops`, `microsoft`, `github`, `google`, or the organisation's).
    pub id: String,
    /// Display name used in messages.
    pub name: String,
    /// Names a page uses to say it is this provider ("Azure DevOps", "Microsoft").
    pub brand_terms: Vec<String>,
    /// Names of the provider's products ("Outlook", "OneDrive", "Copilot"): a claim only when a
    /// title, heading, banner or the form's text says nothing else beside them and sign-in wording
    /// ("Sign in to Outlook", not "Outlook Furniture").
    pub product_terms: Vec<String>,
    /// Product names that claim only as the whole of a page's title or of one part of it
    /// ("Windows", as the lock screen a page draws titles itself): anywhere else the word names a
    /// key, a download or a platform ("Press Windows + R", "Download for Windows").
    pub title_terms: Vec<String>,
    /// Words that, joined with other words in a registered name, make a combosquat of the
    /// provider's domains (`microsoftonline-auth.com`, `github-oauth-login.com`). Distinctive
    /// words stand alone; `sign_in_words` are needed beside the ordinary ones ("outlook").
    pub combo_words: Vec<String>,
    /// Ordinary words of the provider's brand (`outlook`, `office`) that make a combosquat only
    /// together with a sign-in word (`outlook-webaccess-verify.com`, not `outlook-furniture.com`).
    pub combo_words_with_sign_in: Vec<String>,
    /// Addresses of the provider's device-code page ("microsoft.com/devicelogin"): a page on
    /// another host that sends the person there with a code is a device-code lure.
    pub device_login: Vec<String>,
    /// Exact trusted origins: `https://` + host (+ port when not the default).
    pub origins: Vec<String>,
    /// Domains of the provider's other sites (`microsoft.com` covers `account.microsoft.com`):
    /// its brand and sign-in forms are at home there, though they are never its genuine
    /// sign-in or approval page. Hosts that serve anyone's content never count.
    pub own_domains: Vec<String>,
    /// Path patterns of the approval (consent) page. `{name}` matches one segment, a final `*`
    /// one or more segments; matching ignores case and a trailing slash.
    pub approval_paths: Vec<String>,
    /// Path patterns of the sign-in pages.
    pub sign_in_paths: Vec<String>,
    /// The approval page never asks for a password or one-time code (Azure DevOps: sign-in
    /// happens on Microsoft's pages first).
    pub approval_without_credentials: bool,
    pub markers: Markers,
    /// How the approval page vouches for who published an app, and the provider's own apps.
    pub publisher: Publisher,
}

/// How a provider's approval page says who published the app asking, and which apps are the
/// provider's own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Publisher {
    /// When the page's publisher line counts as vouched for by the provider.
    pub vouched: Vouched,
    /// The provider's verified-publisher mark as the page's text gives it ("Verified"), read on
    /// the publisher's line or as the piece right after it; matched ignoring ASCII case.
    pub marks: Vec<String>,
    /// The provider's own apps: a request whose `client_id` is one of these is the provider's
    /// own, named as here, whatever name or publisher the page shows.
    pub first_party: Vec<FirstParty>,
}

/// When a publisher the page shows counts as vouched for by the provider.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vouched {
    /// Only with one of `Publisher::marks` on its line (Microsoft's verified publisher).
    Mark,
    /// Never: the page shows what the app's registrant typed (Azure DevOps).
    Never,
    /// A publisher the page shows and does not call unverified (GitHub's owner account, Google).
    #[default]
    Shown,
}

impl Vouched {
    pub const ALL: [Vouched; 3] = [Vouched::Mark, Vouched::Never, Vouched::Shown];

    pub fn as_str(self) -> &'static str {
        match self {
            Vouched::Mark => "mark",
            Vouched::Never => "never",
            Vouched::Shown => "shown",
        }
    }
}

/// One of the provider's own apps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FirstParty {
    pub client_id: String,
    #[serde(default)]
    pub name: String,
}

impl Publisher {
    /// The provider's own app with this client id (ids compared ignoring ASCII case).
    pub fn first_party(&self, client_id: Option<&str>) -> Option<&FirstParty> {
        let id = client_id?.trim();
        self.first_party.iter().find(|a| a.client_id.eq_ignore_ascii_case(id))
    }

    fn from_value(v: Value) -> Result<Publisher, json::Error> {
        let mut f = Fields::new(v)?;
        let p = Publisher {
            vouched: f.or_default("vouched", |v| json::one_of(v, &Vouched::ALL, Vouched::as_str))?,
            marks: f.strings("marks")?,
            first_party: f.or_default("firstParty", |v| {
                json::list(v, |v| {
                    let mut f = Fields::new(v)?;
                    let app = FirstParty { client_id: f.field("clientId", json::string)?, name: f.string("name")? };
                    f.deny_unknown(&["clientId", "name"])?;
                    Ok(app)
                })
            })?,
        };
        f.deny_unknown(&["vouched", "marks", "firstParty"])?;
        Ok(p)
    }
}

/// What the provider's own page markup carries, which copies and reverse proxies carry too.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Markers {
    /// Input `id`/`name` values found only on this provider's pages (exact, case-sensitive).
    pub inputs: Vec<String>,
    /// Input `id`/`name` values the provider uses that other sites use too (supporting evidence).
    pub weak_inputs: Vec<String>,
    /// Hosts that serve only this provider's sign-in pages.
    pub asset_hosts: Vec<String>,
    /// Hosts of the provider that many ordinary sites load from as well (supporting evidence).
    pub shared_asset_hosts: Vec<String>,
    /// Page titles of the provider's sign-in pages (supporting evidence).
    pub titles: Vec<String>,
    /// Wording of the provider's sign-in layout that other sites do not use together ("Email or
    /// phone", "Forgot my password", "Can't access your account?"): a page with a sign-in form
    /// that shows [`LAYOUT_MIN`] of them wears the provider's layout, whatever logo it shows
    /// (a tenant-branded copy).
    pub layout: Vec<String>,
}

/// Phrases of `Markers::layout` a page must show together to wear the provider's layout.
pub const LAYOUT_MIN: usize = 3;

/// Everything in `data/providers.json`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Catalog {
    pub providers: Vec<Provider>,
}

/// The built-in providers once loaded, and the [`crate::datafiles::fnv1a`] of their file's text.
static BUILTIN: OnceLock<(Catalog, u32)> = OnceLock::new();

/// Loads the built-in providers (the text of `data/providers.json`, read by the extension at
/// start). Refuses a file the provider reader refuses (a truncated one is no JSON), one with no
/// providers or one the engine cannot use (no id or https origin), and providers other than
/// those already loaded (loading the same again does nothing).
pub fn load(text: &str) -> Result<(), String> {
    crate::datafiles::load_once(&BUILTIN, text, "other built-in providers are already loaded", read_builtin)
}

/// The built-in providers from their file's text, each [`Provider::normalized`]; refuses what
/// [`load`] refuses.
fn read_builtin(text: &str) -> Result<Catalog, String> {
    let catalog = Catalog::from_json(text).map_err(|e| format!("built-in providers: {e}"))?;
    let n = catalog.providers.len();
    let providers: Vec<Provider> = catalog.providers.into_iter().filter_map(Provider::normalized).collect();
    if providers.is_empty() || providers.len() != n {
        return Err("built-in providers: none, or one without an id or an https origin".into());
    }
    Ok(Catalog { providers })
}

/// Whether the built-in providers are loaded (always, in a native build).
pub fn loaded() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if BUILTIN.get().is_none() {
        let _ = load(include_str!("../data/providers.json"));
    }
    BUILTIN.get().is_some()
}

/// The built-in providers; none before they are loaded (the worker's verdicts are then "could
/// not verify").
pub fn builtin() -> &'static Catalog {
    static NONE: Catalog = Catalog { providers: Vec::new() };
    match loaded() {
        true => BUILTIN.get().map_or(&NONE, |(c, _)| c),
        false => &NONE,
    }
}

/// Built-in providers with the organisation's merged in: an organisation provider with a
/// built-in id replaces it (keeping the built-in's `publisher` when it gives none), others are
/// added. Entries without an id or a valid https origin are dropped.
pub fn merged(extra: &[Provider]) -> Vec<Provider> {
    let mut all = builtin().providers.clone();
    for mut p in extra.iter().cloned().filter_map(Provider::normalized) {
        match all.iter_mut().find(|q| q.id == p.id) {
            Some(q) => {
                let said = &p.publisher;
                if said.vouched == Vouched::Shown && said.marks.is_empty() && said.first_party.is_empty() {
                    std::mem::swap(&mut p.publisher, &mut q.publisher);
                }
                *q = p
            }
            None => all.push(p),
        }
    }
    all
}

impl Catalog {
    /// The catalog from its JSON, read as the derived `Deserialize` reads it.
    pub fn from_json(text: &str) -> Result<Catalog, json::Error> {
        let mut f = Fields::new(json::parse(text)?)?;
        Ok(Catalog { providers: f.or_default("providers", |v| json::list(v, Provider::from_value))? })
    }
}

impl Provider {
    /// A provider from JSON (`data/providers.json`'s entries, the policy's `customProviders`),
    /// read as the derived `Deserialize` reads it, with an error that names the key.
    pub fn from_value(v: Value) -> Result<Provider, json::Error> {
        let mut f = Fields::new(v)?;
        Ok(Provider {
            id: f.string("id")?,
            name: f.string("name")?,
            brand_terms: f.strings("brandTerms")?,
            product_terms: f.strings("productTerms")?,
            title_terms: f.strings("titleTerms")?,
            combo_words: f.strings("comboWords")?,
            combo_words_with_sign_in: f.strings("comboWordsWithSignIn")?,
            device_login: f.strings("deviceLogin")?,
            origins: f.strings("origins")?,
            own_domains: f.strings("ownDomains")?,
            approval_paths: f.strings("approvalPaths")?,
            sign_in_paths: f.strings("signInPaths")?,
            approval_without_credentials: f.bool("approvalWithoutCredentials")?,
            markers: f.or_default("markers", |v| {
                let mut f = Fields::new(v)?;
                Ok(Markers {
                    inputs: f.strings("inputs")?,
                    weak_inputs: f.strings("weakInputs")?,
                    asset_hosts: f.strings("assetHosts")?,
                    shared_asset_hosts: f.strings("sharedAssetHosts")?,
                    titles: f.strings("titles")?,
                    layout: f.strings("layout")?,
                })
            })?,
            publisher: f.or_default("publisher", Publisher::from_value)?,
        })
    }

    /// The provider with origins as `https://host[:port]` in lower case and path patterns in
    /// lower case; `None` when it has no id or no usable https origin.
    pub fn normalized(mut self) -> Option<Provider> {
        self.id = self.id.trim().to_string();
        if self.id.is_empty() {
            return None;
        }
        if self.name.trim().is_empty() {
            self.name = self.id.clone();
        }
        self.origins = self
            .origins
            .iter()
            .filter_map(|o| Url::parse(o.trim()).ok())
            .filter(|u| u.scheme() == "https" && u.host_str().is_some())
            .map(|u| u.origin().ascii_serialization())
            .collect();
        if self.origins.is_empty() {
            return None;
        }
        for p in self.approval_paths.iter_mut().chain(self.sign_in_paths.iter_mut()) {
            *p = p.trim().to_ascii_lowercase();
        }
        for h in self
            .markers
            .asset_hosts
            .iter_mut()
            .chain(self.markers.shared_asset_hosts.iter_mut())
            .chain(self.own_domains.iter_mut())
        {
            *h = h.trim().to_ascii_lowercase();
        }
        self.brand_terms.retain(|t| !t.trim().is_empty());
        self.product_terms.retain(|t| !t.trim().is_empty());
        self.title_terms.retain(|t| !t.trim().is_empty());
        for w in self
            .combo_words
            .iter_mut()
            .chain(self.combo_words_with_sign_in.iter_mut())
            .chain(self.device_login.iter_mut())
        {
            *w = w.trim().to_ascii_lowercase();
        }
        self.combo_words.retain(|w| w.len() >= 4);
        self.combo_words_with_sign_in.retain(|w| w.len() >= 4);
        self.device_login.retain(|w| w.contains('/'));
        // Marks are matched against ASCII-lower-cased text.
        let publisher = &mut self.publisher;
        publisher.marks =
            publisher.marks.iter().map(|m| m.trim().to_ascii_lowercase()).filter(|m| !m.is_empty()).collect();
        publisher.first_party.retain(|a| !a.client_id.trim().is_empty());
        for a in &mut publisher.first_party {
            a.client_id = a.client_id.trim().to_ascii_lowercase();
            a.name = a.name.trim().to_string();
        }
        Some(self)
    }

    /// Hosts of the trusted origins.
    pub fn hosts(&self) -> impl Iterator<Item = &str> {
        self.origins.iter().filter_map(|o| {
            let host = o.strip_prefix("https://")?;
            Some(host.split(':').next().unwrap_or(host))
        })
    }

    /// `url` is on one of the provider's exact origins.
    pub fn is_origin(&self, url: &Url) -> bool {
        url.scheme() == "https" && {
            let origin = url.origin().ascii_serialization();
            self.origins.contains(&origin)
        }
    }

    /// `host` is one of the provider's origin hosts (whatever the scheme and port).
    pub fn has_host(&self, host: &str) -> bool {
        self.hosts().any(|h| h == host)
    }

    /// `host` is one of the provider's own sites (not a content host).
    pub fn owns(&self, host: &str) -> bool {
        let owned = self.own_domains.iter().any(|d| {
            host == d
                || (host.len() > d.len()
                    && host.ends_with(d.as_str())
                    && host.as_bytes()[host.len() - d.len() - 1] == b'.')
        });
        owned && !crate::host::is_content_host(host)
    }

    /// Which of the provider's pages `path` is: approval, sign-in, or neither.
    pub fn page_at(&self, path: &str) -> PageKind {
        if self.approval_paths.iter().any(|p| path_matches(p, path)) {
            PageKind::Approval
        } else if self.sign_in_paths.iter().any(|p| path_matches(p, path)) {
            PageKind::SignIn
        } else {
            PageKind::Other
        }
    }
}

/// The provider as JSON (in the policy summary), written by hand (`json::Writer`): the text
/// serde_json writes for the derived `Serialize`, which stays for the tests.
impl ToJson for Provider {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        w.key("id");
        w.string(&self.id);
        w.key("name");
        w.string(&self.name);
        let lists = [
            ("brandTerms", &self.brand_terms),
            ("productTerms", &self.product_terms),
            ("titleTerms", &self.title_terms),
            ("comboWords", &self.combo_words),
            ("comboWordsWithSignIn", &self.combo_words_with_sign_in),
            ("deviceLogin", &self.device_login),
            ("origins", &self.origins),
            ("ownDomains", &self.own_domains),
            ("approvalPaths", &self.approval_paths),
            ("signInPaths", &self.sign_in_paths),
        ];
        for (key, items) in lists {
            w.key(key);
            w.strings(items);
        }
        w.key("approvalWithoutCredentials");
        w.bool(self.approval_without_credentials);
        w.key("markers");
        let m = &self.markers;
        w.begin_object();
        let lists = [
            ("inputs", &m.inputs),
            ("weakInputs", &m.weak_inputs),
            ("assetHosts", &m.asset_hosts),
            ("sharedAssetHosts", &m.shared_asset_hosts),
            ("titles", &m.titles),
            ("layout", &m.layout),
        ];
        for (key, items) in lists {
            w.key(key);
            w.strings(items);
        }
        w.end_object();
        let p = &self.publisher;
        w.key("publisher");
        w.begin_object();
        w.key("vouched");
        w.string(p.vouched.as_str());
        w.key("marks");
        w.strings(&p.marks);
        w.key("firstParty");
        w.begin_array();
        for a in &p.first_party {
            w.begin_object();
            w.key("clientId");
            w.string(&a.client_id);
            w.key("name");
            w.string(&a.name);
            w.end_object();
        }
        w.end_array();
        w.end_object();
        w.end_object();
    }
}

/// Whether a URL path matches a pattern (`/{tenant}/oauth2/v2.0/authorize`, `/v3/signin/*`).
/// Case and a trailing slash are ignored.
pub fn path_matches(pattern: &str, path: &str) -> bool {
    // The segments of each, compared as they are read: nothing is collected or copied.
    fn segments(s: &str) -> impl Iterator<Item = &str> {
        s.trim_end_matches('/').split('/').skip(1)
    }
    let mut path = segments(path);
    let mut pattern = segments(pattern).peekable();
    while let Some(p) = pattern.next() {
        // A last `*` stands for one segment or more.
        if p == "*" && pattern.peek().is_none() {
            return path.next().is_some();
        }
        match path.next() {
            Some(s) if (p.starts_with('{') && p.ends_with('}') && !s.is_empty()) || s.eq_ignore_ascii_case(p) => {}
            _ => return false,
        }
    }
    path.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_has_the_four_providers() {
        let ids: Vec<&str> = builtin().providers.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["azure-devops", "microsoft", "github", "google"]);
        let json: serde_json::Value = serde_json::from_str(include_str!("../data/providers.json")).unwrap();
        assert_eq!(json["providers"].as_array().unwrap().len(), 4, "no built-in provider was dropped");
        assert!(crate::host::is_content_host("app.azurewebsites.net"));
    }

    #[test]
    fn built_in_providers_cut_short_or_unusable_or_other_are_refused() {
        let file = include_str!("../data/providers.json");
        assert_eq!(load(file), Ok(()), "the same again");
        assert_eq!(builtin().providers.len(), 4);
        assert!(load(r#"{"providers": []}"#).unwrap_err().contains("already loaded"), "other providers");
        // What the reader refuses (the loaded ones stay): a file cut short, a value of the wrong
        // type, none, and a provider the engine cannot use (no https origin: refused, not dropped).
        for len in [0, 1, file.len() / 2, file.len() - 3] {
            let err = read_builtin(&file[..len]).err().unwrap_or_default();
            assert!(err.starts_with("built-in providers: "), "{len}: {err}");
        }
        assert!(read_builtin(r#"{"providers": [{"id": 3}]}"#).is_err());
        assert!(read_builtin(r#"{"providers": [{"id": "x"}]}"#).err().unwrap_or_default().contains("https origin"));
        assert!(read_builtin(r#"{"providers": []}"#).is_err());
        assert!(read_builtin(&file.replacen("https://", "http://", 1)).is_err());
        assert_eq!(read_builtin(file).map(|c| c.providers.len()), Ok(4));
    }

    #[test]
    fn paths_match_patterns() {
        assert!(path_matches("/{tenant}/oauth2/v2.0/authorize", "/common/oauth2/v2.0/authorize"));
        assert!(path_matches(
            "/{tenant}/oauth2/v2.0/authorize",
            "/72f988bf-86f1-41af-91ab-2d7cd011db47/OAuth2/v2.0/authorize/"
        ));
        assert!(!path_matches("/{tenant}/oauth2/v2.0/authorize", "/oauth2/v2.0/authorize"));
        assert!(!path_matches("/{tenant}/oauth2/v2.0/authorize", "//oauth2/v2.0/authorize"));
        assert!(path_matches("/v3/signin/*", "/v3/signin/identifier"));
        assert!(!path_matches("/v3/signin/*", "/v3/signin"));
        assert!(path_matches("/login", "/login/"));
        assert!(!path_matches("/login", "/login/oauth/authorize"));
        assert!(path_matches("/", "/"));
        assert!(path_matches("/", ""));
        assert!(!path_matches("/", "/x"));
    }

    #[test]
    fn origins_are_exact() {
        let github = builtin().providers.iter().find(|p| p.id == "github").unwrap();
        assert!(github.is_origin(&Url::parse("https://github.com/login").unwrap()));
        assert!(github.is_origin(&Url::parse("https://GITHUB.com:443/login").unwrap()));
        assert!(!github.is_origin(&Url::parse("http://github.com/login").unwrap()));
        assert!(!github.is_origin(&Url::parse("https://github.com:8443/login").unwrap()));
        assert!(!github.is_origin(&Url::parse("https://gist.github.com/").unwrap()));
        assert_eq!(github.page_at("/login/oauth/authorize"), PageKind::Approval);
        assert_eq!(github.page_at("/session"), PageKind::SignIn);
        assert_eq!(github.page_at("/explore"), PageKind::Other);
    }

    #[test]
    fn own_domains_exclude_content_hosts() {
        let find = |id: &str| builtin().providers.iter().find(|p| p.id == id).unwrap();
        assert!(find("microsoft").owns("account.live.com"));
        assert!(find("microsoft").owns("microsoft.com"));
        assert!(!find("microsoft").owns("onedrive.live.com"), "a content host");
        assert!(!find("microsoft").owns("evilmicrosoft.com"));
        assert!(find("azure-devops").owns("dev.azure.com"));
        assert!(!find("azure-devops").owns("portal.azure.com"));
        assert!(!find("google").owns("docs.google.com"), "a content host");
        assert!(!find("github").owns("octo.github.io"));
    }

    #[test]
    fn organisation_providers_merge_and_bad_ones_are_dropped() {
        let contoso = Provider {
            id: "contoso".into(),
            origins: vec!["https://SSO.contoso.com/".into(), "http://sso.contoso.com".into()],
            ..Provider::default()
        };
        let no_origin = Provider { id: "broken".into(), origins: vec!["not a url".into()], ..Provider::default() };
        let github =
            Provider { id: "github".into(), origins: vec!["https://github.example.com".into()], ..Provider::default() };
        let microsoft = Provider {
            id: "microsoft".into(),
            origins: vec!["https://login.contoso.com".into()],
            ..Provider::default()
        };
        let all = merged(&[contoso, no_origin, github, microsoft]);
        // A replacement that says nothing of publishers keeps the built-in's.
        let ms = all.iter().find(|p| p.id == "microsoft").unwrap();
        assert_eq!(
            (ms.origins.as_slice(), ms.publisher.vouched),
            (["https://login.contoso.com".to_string()].as_slice(), Vouched::Mark)
        );
        assert!(ms.publisher.first_party(Some("04B07795-8DDB-461A-BBEE-02F9E1BF7B46")).is_some(), "Azure CLI");
        let c = all.iter().find(|p| p.id == "contoso").unwrap();
        assert_eq!(c.origins, ["https://sso.contoso.com"]);
        assert_eq!(c.name, "contoso");
        assert_eq!(c.publisher, Publisher::default());
        assert!(all.iter().all(|p| p.id != "broken"));
        assert_eq!(all.iter().find(|p| p.id == "github").unwrap().origins, ["https://github.example.com"]);
        assert_eq!(all.len(), 5);
    }
}
