//! The providers' own pages where a person sees and revokes the apps they authorized, as data
//! (`data/account-pages.json`): the way on for everyone, with or without an organisation's app.
//! Each page names the locale keys of its name and of the one line saying what it shows.

use serde::{Deserialize, Serialize};

/// The page file compiled into the crate.
pub const ACCOUNT_PAGES_JSON: &str = include_str!("../../data/account-pages.json");

/// One provider's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AccountPage {
    pub id: String,
    pub url: String,
    /// A page for one app, `{clientId}` standing for the app's client id, where the provider
    /// documents one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
    /// Locale key of the page's name.
    pub name: String,
    /// Locale key of the line saying what the page shows.
    pub shows: String,
    /// Where the provider documents the page (not shown).
    #[serde(skip_serializing)]
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pages {
    pages: Vec<AccountPage>,
}

/// Every page, in the file's order; empty if the file could not be read (its test fails then).
pub fn account_pages() -> Vec<AccountPage> {
    serde_json::from_str::<Pages>(ACCOUNT_PAGES_JSON).map(|p| p.pages).unwrap_or_default()
}

/// The page with that id.
pub fn account_page(id: &str) -> Option<AccountPage> {
    account_pages().into_iter().find(|p| p.id == id)
}

/// The page for one app, when the provider has one: `appUrl` with the client id filled in
/// (percent-encoded), else the provider's page.
pub fn app_page(page: &AccountPage, client_id: &str) -> String {
    match (&page.app_url, client_id.trim()) {
        (Some(template), id) if !id.is_empty() => {
            let encoded: String = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
            template.replace("{clientId}", &encoded)
        }
        _ => page.url.clone(),
    }
}

/// `accountPages` of the bindings: `{"pages":[{id,url,appUrl?,name,shows}]}`.
pub fn account_pages_json() -> String {
    #[derive(Serialize)]
    struct Out {
        pages: Vec<AccountPage>,
    }
    serde_json::to_string(&Out { pages: account_pages() }).unwrap_or_else(|_| r#"{"pages":[]}"#.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_an_https_address_with_its_source() {
        let pages: Pages = serde_json::from_str(ACCOUNT_PAGES_JSON).unwrap();
        assert_eq!(
            pages.pages.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["entra", "microsoft-personal", "google", "github"]
        );
        for page in &pages.pages {
            for address in std::iter::once(&page.url).chain(page.app_url.as_ref()) {
                let url = url::Url::parse(&address.replace("{clientId}", "x")).unwrap();
                assert_eq!(url.scheme(), "https", "{address}");
            }
            assert!(page.source.starts_with("https://"), "{}", page.id);
            assert!(page.name.starts_with("accountPage") && page.shows.starts_with("accountPage"));
        }
    }

    #[test]
    fn an_app_page_fills_in_the_client_id_or_falls_back() {
        let github = account_page("github").unwrap();
        assert_eq!(app_page(&github, "Iv1.abc"), "https://github.com/settings/connections/applications/Iv1.abc");
        assert_eq!(app_page(&github, "a/../b"), "https://github.com/settings/connections/applications/a%2F..%2Fb");
        assert_eq!(app_page(&github, " "), "https://github.com/settings/applications");
        let google = account_page("google").unwrap();
        assert_eq!(app_page(&google, "123"), "https://myaccount.google.com/connections");
        assert!(account_pages_json().contains("\"shows\":\"accountPageEntraShows\""));
        assert!(!account_pages_json().contains("source"));
    }
}
