//! Listing and revoking the grants a person has made: Azure DevOps OAuth authorizations
//! (DelegatedAuth Authorizations API) and Microsoft Entra delegated consents (Microsoft Graph
//! `oauth2PermissionGrants`).
//!
//! All network I/O goes through a [`Transport`]; this module decides what each answer means and
//! turns every failure into a [`GrantsError`] the popup can show. Secrets (a personal access token,
//! a bearer token) are held in [`Secret`], which never prints, and go only to their own host.

pub mod azure_devops;
mod graph;
pub mod http;
pub mod pages;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::finding::GrantsErrorKey;
pub use crate::scopes::{ScopeInfo, Tier};
pub use http::{HttpRequest, HttpResponse, Method, RetryPolicy, Transport, TransportError};

/// Where the grants live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Provider {
    /// OAuth apps authorized in Azure DevOps (Profile > Authorizations).
    #[serde(rename = "azure-devops")]
    AzureDevOps,
    /// Delegated consents in Microsoft Entra ID, read through Microsoft Graph.
    #[serde(rename = "entra")]
    Entra,
}

impl Provider {
    /// `"azure-devops"` or `"entra"`.
    pub fn from_id(id: &str) -> Option<Provider> {
        match id {
            "azure-devops" => Some(Provider::AzureDevOps),
            "entra" => Some(Provider::Entra),
            _ => None,
        }
    }
}

/// One grant: an app the person allowed to act for them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Grant {
    pub provider: Provider,
    /// What revoking takes: the Azure DevOps authorization id or the Graph grant id.
    pub id: String,
    pub app_name: String,
    /// Azure DevOps: the registering organization. Entra: the verified publisher, if any.
    pub publisher: Option<String>,
    /// Entra only: whether Microsoft verified the publisher.
    pub publisher_verified: Option<bool>,
    /// Azure DevOps registration id, or the Entra application (client) id.
    pub client_id: String,
    pub scopes: Vec<ScopeInfo>,
    /// The riskiest of the scopes (unknown when there are none).
    pub risk: Tier,
    pub redirect_uri: Option<String>,
    pub issued: Option<String>,
    pub valid_until: Option<String>,
    /// Azure DevOps: whether the provider still counts the authorization as valid.
    pub valid: Option<bool>,
    pub ever_used: Option<bool>,
    /// Entra: the API the scopes belong to (Microsoft Graph, Azure DevOps, ...).
    pub resource: Option<String>,
    /// Entra: `true` when an administrator approved the app for everyone in the organisation
    /// (`consentType: AllPrincipals`), `false` when the person consented for themselves.
    pub for_everyone: Option<bool>,
    /// The provider's own plain-language words for the permissions (Azure DevOps
    /// `scopeDescriptions`), shown before the raw scope ids.
    pub provider_descriptions: Vec<ProviderDescription>,
}

/// A permission in the provider's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProviderDescription {
    pub title: String,
    pub description: String,
}

/// A token or personal access token. It never prints and is never serialised.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// How to authenticate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Auth {
    /// The browser's existing session with the host (cookies sent by fetch).
    #[default]
    Session,
    /// Azure DevOps personal access token (scope `vso.tokens`), sent as HTTP Basic.
    Pat { token: Secret },
    /// OAuth access token (Microsoft Graph, or Azure DevOps' own resource).
    Bearer { token: Secret },
}

/// What the extension passes in (`configJson` of the bindings). Empty strings mean "default".
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GrantsConfig {
    /// Azure DevOps host (origin), e.g. `https://app.vssps.visualstudio.com`.
    pub host: Option<String>,
    /// Azure DevOps api-version of the Authorizations API.
    pub api_version: Option<String>,
    /// Microsoft Graph base, e.g. `https://graph.microsoft.com/v1.0`.
    pub graph_base: Option<String>,
    pub auth: Auth,
    /// Per request, including reading the body.
    pub timeout_ms: Option<u32>,
    /// Entra: the permissions the token was granted (the token answer's `scope`), when known. A
    /// 403 on revoke then says exactly whether the permission or the role is missing.
    pub granted_scopes: Option<Vec<String>>,
}

/// Per request unless configured.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

fn configured(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// What went wrong, for the popup to show (and to decide whether to offer sign-in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    /// Not signed in, or the sign-in is no longer accepted.
    SignIn,
    /// Signed in, but without the permission the call needs (named in the message).
    Forbidden,
    /// Still throttled after waiting for `Retry-After`.
    RateLimited,
    /// The service kept failing (5xx) after the retries.
    Unavailable,
    /// No answer in time after the retries.
    Timeout,
    /// The service could not be reached.
    Network,
    /// An answer that is not the documented JSON.
    BadResponse,
    /// The API, or the grant, is not there.
    NotFound,
    /// The organisation's app needs an administrator's approval before anyone can use it
    /// (`AADSTS65001` / `consent_required`).
    NeedsAdminApproval,
    /// The account lacks the directory role the call needs (Graph 403 `Authorization_RequestDenied`
    /// on revoke).
    NeedsRole,
    /// The extension's configuration cannot be used.
    Config,
}

/// A failure with a message written for the person using the popup. It never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantsError {
    pub kind: ErrorKind,
    /// In English, for logs; the popup shows `key` with `params` where the failure has words.
    pub message: String,
    /// The failure in words: a locale key ([`GrantsErrorKey`]), its `$1..$n` in `params`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<GrantsErrorKey>,
    #[serde(skip_serializing_if = "no_params")]
    pub params: Box<[String]>,
    /// What the service said of it, in its own words (`Microsoft Graph: code: text`), shown after
    /// the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub said: Option<Box<str>>,
    /// Where to sign in, when signing in is the fix and the provider has a page for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sign_in_url: Option<String>,
    /// Seconds the service asked us to wait (rate limiting).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u32>,
    /// The provider's own page where the person can do it themselves, when that is the way out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
}

impl GrantsError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> GrantsError {
        GrantsError {
            kind,
            message: message.into(),
            key: None,
            params: Box::default(),
            said: None,
            sign_in_url: None,
            retry_after: None,
            help_url: None,
        }
    }

    /// A failure in words: `key` with its parameters, and the same in English for logs.
    pub(crate) fn said(kind: ErrorKind, key: GrantsErrorKey, params: Vec<String>, message: String) -> GrantsError {
        debug_assert_eq!(params.len(), key.params(), "{key:?}");
        GrantsError { key: Some(key), params: params.into_boxed_slice(), ..GrantsError::new(kind, message) }
    }

    /// With what the service said, after the message (the English one too).
    pub(crate) fn with_said(self, said: Option<String>) -> GrantsError {
        match said {
            Some(s) => GrantsError { message: format!("{} ({s})", self.message), said: Some(s.into()), ..self },
            None => self,
        }
    }
}

fn no_params(params: &[String]) -> bool {
    params.is_empty()
}

impl fmt::Display for GrantsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GrantsError {}

/// The grants at `provider`, riskiest first.
pub async fn list_grants<T: Transport>(
    transport: &T,
    provider: Provider,
    config: &GrantsConfig,
) -> Result<Vec<Grant>, GrantsError> {
    let mut grants = match provider {
        Provider::AzureDevOps => azure_devops::Client::new(transport, config)?.list().await?,
        Provider::Entra => graph::Client::new(transport, config)?.list().await?,
    };
    sort_riskiest_first(&mut grants);
    Ok(grants)
}

/// Revokes one grant. Tokens the app already holds may stay valid until they expire.
pub async fn revoke_grant<T: Transport>(
    transport: &T,
    provider: Provider,
    grant_id: &str,
    config: &GrantsConfig,
) -> Result<(), GrantsError> {
    if grant_id.trim().is_empty() {
        return Err(GrantsError::said(
            ErrorKind::Config,
            GrantsErrorKey::NoGrant,
            Vec::new(),
            "No grant was chosen to revoke.".into(),
        ));
    }
    match provider {
        Provider::AzureDevOps => azure_devops::Client::new(transport, config)?.revoke(grant_id).await,
        Provider::Entra => graph::Client::new(transport, config)?.revoke(grant_id).await,
    }
}

/// `listGrants` of the bindings: `{"grants":[…]}` or `{"error":{…}}`.
pub async fn list_json<T: Transport>(transport: &T, provider_id: &str, config_json: &str) -> String {
    let result = match parse_call(provider_id, config_json) {
        Ok((provider, config)) => list_grants(transport, provider, &config).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(grants) => to_json(&Listed { grants: &grants }),
        Err(e) => to_json(&Failed { error: &e }),
    }
}

/// `revokeGrant` of the bindings: `{"ok":true}` or `{"error":{…}}`.
pub async fn revoke_json<T: Transport>(transport: &T, provider_id: &str, grant_id: &str, config_json: &str) -> String {
    let result = match parse_call(provider_id, config_json) {
        Ok((provider, config)) => revoke_grant(transport, provider, grant_id, &config).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => r#"{"ok":true}"#.to_string(),
        Err(e) => to_json(&Failed { error: &e }),
    }
}

fn parse_call(provider_id: &str, config_json: &str) -> Result<(Provider, GrantsConfig), GrantsError> {
    let provider = Provider::from_id(provider_id).ok_or_else(|| {
        GrantsError::said(
            ErrorKind::Config,
            GrantsErrorKey::UnknownProvider,
            vec![provider_id.to_string()],
            format!("Unknown grant provider \"{provider_id}\"."),
        )
    })?;
    // Only where it failed: serde's own message can quote a value, and a value can be a token.
    let config = serde_json::from_str(config_json).map_err(|e| {
        GrantsError::said(
            ErrorKind::Config,
            GrantsErrorKey::SettingsUnreadable,
            vec![e.line().to_string(), e.column().to_string()],
            format!("The grant settings cannot be read (line {}, column {}).", e.line(), e.column()),
        )
    })?;
    Ok((provider, config))
}

#[derive(Serialize)]
struct Listed<'a> {
    grants: &'a [Grant],
}

#[derive(Serialize)]
struct Failed<'a> {
    error: &'a GrantsError,
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Plain data with string keys: this does not fail, and if it did, the popup still gets JSON.
    serde_json::to_string(value).unwrap_or_else(|_| {
        r#"{"error":{"kind":"badResponse","message":"The grants could not be shown."}}"#.to_string()
    })
}

/// The riskiest scope decides; a grant whose scopes we cannot rate is unknown, never low.
fn risk_of(scopes: &[ScopeInfo]) -> Tier {
    scopes.iter().map(|s| s.tier).max_by_key(|t| t.risk()).unwrap_or(Tier::Unknown)
}

fn sort_riskiest_first(grants: &mut [Grant]) {
    grants.sort_by(|a, b| {
        b.risk
            .risk()
            .cmp(&a.risk.risk())
            .then_with(|| a.app_name.to_lowercase().cmp(&b.app_name.to_lowercase()))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The shared way of calling a provider: retries, then status classes every service treats alike.
struct Caller<'a, T> {
    transport: &'a T,
    /// The service as the person knows it ("Azure DevOps", "Microsoft Graph").
    service: &'static str,
    timeout_ms: u32,
    policy: RetryPolicy,
}

impl<T: Transport> Caller<'_, T> {
    fn request(&self, method: Method, url: &url::Url) -> HttpRequest {
        HttpRequest {
            method,
            url: url.to_string(),
            headers: vec![("Accept".into(), "application/json".into())],
            body: None,
            with_session: false,
            timeout_ms: self.timeout_ms,
        }
    }

    /// Sends with retries; throttling, server failures, timeouts and network failures that
    /// outlast the retries become errors here. Other statuses are the caller's to read.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, GrantsError> {
        let service = self.service;
        let attempts = self.policy.attempts();
        match http::send_with_retries(self.transport, &request, &self.policy).await {
            Ok(r) if r.status == 429 => {
                let wait = http::retry_after_ms(&r).map(|ms| ms.div_ceil(1000));
                let limited = format!("{service} is limiting requests and still was after {attempts} attempts.");
                let said = match wait {
                    Some(s) => GrantsError::said(
                        ErrorKind::RateLimited,
                        GrantsErrorKey::RateLimitedWait,
                        vec![service.into(), attempts.to_string(), s.to_string()],
                        format!("{limited} Try again in {s} s."),
                    ),
                    None => GrantsError::said(
                        ErrorKind::RateLimited,
                        GrantsErrorKey::RateLimited,
                        vec![service.into(), attempts.to_string()],
                        format!("{limited} Try again later."),
                    ),
                };
                Err(GrantsError { retry_after: wait, ..said })
            }
            Ok(r) if r.status >= 500 || r.status == 408 => Err(GrantsError::said(
                ErrorKind::Unavailable,
                GrantsErrorKey::Unavailable,
                vec![service.into(), r.status.to_string(), attempts.to_string()],
                format!(
                    "{service} is not working right now (HTTP {} after {attempts} attempts). Nothing was changed; try again later.",
                    r.status
                ),
            )),
            Ok(r) => Ok(r),
            Err(TransportError::Timeout) => Err(GrantsError::said(
                ErrorKind::Timeout,
                GrantsErrorKey::Timeout,
                vec![service.into(), seconds(self.timeout_ms), attempts.to_string()],
                format!(
                    "{service} did not answer within {} s ({attempts} attempts). Try again later.",
                    seconds(self.timeout_ms)
                ),
            )),
            Err(TransportError::Network(detail)) => Err(GrantsError::said(
                ErrorKind::Network,
                GrantsErrorKey::Network,
                vec![service.into(), excerpt(&detail)],
                format!("Could not reach {service} ({}). Check the connection and try again.", excerpt(&detail)),
            )),
        }
    }
}

/// Reads a JSON answer; anything else becomes a message.
fn parse_json<D: serde::de::DeserializeOwned>(service: &str, response: &HttpResponse) -> Result<D, GrantsError> {
    serde_json::from_str(&response.body).map_err(|e| {
        GrantsError::said(
            ErrorKind::BadResponse,
            GrantsErrorKey::BadResponse,
            vec![service.into(), e.to_string()],
            format!("{service} sent an answer that is not what its API documents ({e}). Nothing was changed."),
        )
    })
}

/// `10`, `0.3`: milliseconds as seconds for a message (tenths rounded up).
fn seconds(ms: u32) -> String {
    match ms % 1000 {
        0 => (ms / 1000).to_string(),
        rest => format!("{}.{}", ms / 1000, rest.div_ceil(100).min(9)),
    }
}

/// A service-provided text, shortened to fit a message.
fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    let text = text.trim();
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// An origin-only URL (`https://host[:port]`) from configuration, or a message naming the setting.
fn parse_base(setting: &str, value: &str) -> Result<url::Url, GrantsError> {
    let bad = |why: &str| GrantsError::new(ErrorKind::Config, format!("The {setting} setting \"{value}\" {why}."));
    let url = url::Url::parse(value).map_err(|_| bad("is not a URL"))?;
    if url.scheme() != "https" || url.host_str().is_none() {
        return Err(bad("must be an https:// address"));
    }
    if !url.username().is_empty() || url.password().is_some() || url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not hold credentials, a query or a fragment"));
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(tier: Tier) -> ScopeInfo {
        ScopeInfo { tier, ..ScopeInfo::default() }
    }

    #[test]
    fn unknown_scopes_outrank_low_ones() {
        assert_eq!(risk_of(&[scope(Tier::Low), scope(Tier::Unknown)]), Tier::Unknown);
        assert_eq!(risk_of(&[scope(Tier::Unknown), scope(Tier::Critical)]), Tier::Critical);
        assert_eq!(risk_of(&[]), Tier::Unknown);
    }

    #[test]
    fn config_reads_every_auth_kind_and_hides_tokens() {
        let config: GrantsConfig =
            serde_json::from_str(r#"{"host":"","auth":{"kind":"pat","token":"s3cr3t-pat"},"timeoutMs":500}"#).unwrap();
        assert_eq!(configured(&config.host), None);
        assert_eq!(config.auth, Auth::Pat { token: Secret::new("s3cr3t-pat") });
        assert!(!format!("{config:?}").contains("s3cr3t"));
        let bearer: GrantsConfig = serde_json::from_str(r#"{"auth":{"kind":"bearer","token":"t"}}"#).unwrap();
        assert!(matches!(bearer.auth, Auth::Bearer { .. }));
        assert_eq!(serde_json::from_str::<GrantsConfig>("{}").unwrap().auth, Auth::Session);
    }

    #[test]
    fn unreadable_settings_never_echo_the_token() {
        let err = parse_call("azure-devops", r#"{"auth":{"kind":"pat","token":12345678}}"#).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Config);
        assert!(!err.message.contains("12345678"), "{}", err.message);
        assert_eq!(parse_call("github", "{}").unwrap_err().kind, ErrorKind::Config);
    }

    #[test]
    fn durations_read_as_seconds() {
        assert_eq!([seconds(10_000), seconds(200), seconds(1_250)], ["10", "0.2", "1.3"]);
    }

    #[test]
    fn base_urls_are_checked() {
        assert!(parse_base("host", "https://app.vssps.visualstudio.com").is_ok());
        for bad in ["app.vssps.visualstudio.com", "ftp://x.example", "https://u:p@x.example", "https://x.example/?a=1"]
        {
            assert_eq!(parse_base("host", bad).unwrap_err().kind, ErrorKind::Config, "{bad}");
        }
    }
}
