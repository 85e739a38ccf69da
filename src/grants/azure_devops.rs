//! Azure DevOps: the OAuth authorizations a person granted (Profile > Authorizations), through the
//! DelegatedAuth Authorizations API. Hosts, route and api-version are set here and nowhere else.

use std::cell::Cell;

use base64ct::{Base64, Encoding as _};
use serde::Deserialize;

use super::{
    configured, excerpt, parse_base, parse_json, risk_of, Auth, Caller, ErrorKind, Grant, GrantsConfig, GrantsError,
    GrantsErrorKey, HttpRequest, HttpResponse, Method, Provider, RetryPolicy, Transport, DEFAULT_TIMEOUT_MS,
};
use crate::finding::{PolicyDetailKey, PolicyWords};
use crate::scopes;

/// The SPS host of the older documentation; tried first unless a host is configured.
pub const DEFAULT_HOST: &str = "https://app.vssps.visualstudio.com";
/// The SPS host of the newer specifications; tried when the default host has no such API, and
/// only with the browser session (a personal access token stays on the one configured host).
pub const FALLBACK_HOST: &str = "https://vssps.dev.azure.com";
/// The api-version Microsoft's own web client sends for this route (`DelegatedAuthorizationHttpClient5`:
/// released, no `-preview`). The 7.2 specification defines the shapes but has no Authorizations path.
pub const API_VERSION: &str = "5.0";
/// Tried once when the service answers that the first api-version is not supported (the .NET
/// client's version for this route).
pub const FALLBACK_API_VERSION: &str = "5.1-preview.1";
/// Azure DevOps answers an unauthenticated call with 401 and JSON, not a redirect to its sign-in
/// page, only when the request carries this header (as Microsoft's own clients send it).
const SUPPRESS_REDIRECT: (&str, &str) = ("X-TFS-FedAuthRedirect", "Suppress");
/// The day personal access tokens valid for all organisations (global PATs) stop working.
pub const GLOBAL_PAT_END: &str = "2026-12-01";
/// The fixed route; when it answers 404 the route is looked up by location id.
const ROUTE: &str = "_apis/DelegatedAuth/Authorizations";
const LOCATION_ID: &str = "efbf6e0c-1150-43fd-b869-7e2b04fc0d09";
/// The page that signs a person in to the host.
const SIGN_IN_PATH: &str = "_signin";
/// The personal access token scope that reads and revokes authorizations.
const TOKEN_SCOPE: &str = "vso.tokens";
const SERVICE: &str = "Azure DevOps";

pub struct Client<'a, T> {
    caller: Caller<'a, T>,
    /// Tried in order while a host has no Authorizations API.
    hosts: Vec<url::Url>,
    /// The configured (or default) api-version, then the fallback; `version` indexes the one in use.
    api_versions: Vec<String>,
    version: Cell<usize>,
    auth: &'a Auth,
}

impl<'a, T: Transport> Client<'a, T> {
    pub fn new(transport: &'a T, config: &'a GrantsConfig) -> Result<Self, GrantsError> {
        let hosts = match configured(&config.host) {
            Some(host) => {
                let origin = https_host(host).map_err(|words| GrantsError::new(ErrorKind::Config, words.english()))?;
                vec![parse_base("Azure DevOps host", &origin)?]
            }
            None if matches!(config.auth, Auth::Session) => {
                vec![origin(DEFAULT_HOST)?, origin(FALLBACK_HOST)?]
            }
            None => vec![origin(DEFAULT_HOST)?],
        };
        Ok(Client {
            caller: Caller {
                transport,
                service: SERVICE,
                timeout_ms: config.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
                policy: RetryPolicy::default(),
            },
            hosts,
            api_versions: api_versions(configured(&config.api_version)),
            version: Cell::new(0),
            auth: &config.auth,
        })
    }

    pub async fn list(&self) -> Result<Vec<Grant>, GrantsError> {
        let response = self.exchange(Method::Get, None).await?;
        if response.status == 404 {
            return Err(self.no_api());
        }
        self.expect_success(&response)?;
        // Documented as an array; seen wrapped in `{count, value}`.
        let details: Vec<AuthorizationDetails> = if response.body.trim_start().starts_with('[') {
            parse_json(SERVICE, &response)?
        } else {
            parse_json::<Envelope>(SERVICE, &response)?.value
        };
        Ok(details.into_iter().map(grant).collect())
    }

    pub async fn revoke(&self, authorization_id: &str) -> Result<(), GrantsError> {
        let response = self.exchange(Method::Post, Some(authorization_id)).await?;
        if response.status == 404 {
            return Err(GrantsError::said(
                ErrorKind::NotFound,
                GrantsErrorKey::AdoNotFound,
                Vec::new(),
                "Azure DevOps has no such authorization any more; it may have been revoked already.".into(),
            ));
        }
        self.expect_success(&response)
    }

    /// Calls the Authorizations route on the first host that has it. A 404 from a route that
    /// exists (the location lookup finds it) is returned: then it is about the authorization.
    async fn exchange(&self, method: Method, authorization_id: Option<&str>) -> Result<HttpResponse, GrantsError> {
        let mut missing = None;
        for host in &self.hosts {
            let response = self.versioned(method, host, ROUTE, authorization_id).await?;
            if response.status != 404 {
                return Ok(response);
            }
            match self.locate(host).await? {
                Some(route) if route != ROUTE => return self.versioned(method, host, &route, authorization_id).await,
                Some(_) => return Ok(response),
                None => missing = Some(response),
            }
        }
        missing.ok_or_else(|| self.no_api())
    }

    /// One call at the api-version in use; when the service says that version is not supported,
    /// once more at the next one (and that one is kept for the calls that follow).
    async fn versioned(
        &self,
        method: Method,
        host: &url::Url,
        route: &str,
        authorization_id: Option<&str>,
    ) -> Result<HttpResponse, GrantsError> {
        let response = self.send(method, &self.url(host, route, authorization_id)?).await?;
        let next = self.version.get() + 1;
        if next < self.api_versions.len() && unsupported_version(&response) {
            self.version.set(next);
            return self.send(method, &self.url(host, route, authorization_id)?).await;
        }
        Ok(response)
    }

    fn api_version(&self) -> &str {
        self.api_versions.get(self.version.get()).map_or(API_VERSION, String::as_str)
    }

    /// The route of the Authorizations resource from the host's location list (`OPTIONS _apis/`),
    /// or `None` when the host does not list it.
    async fn locate(&self, host: &url::Url) -> Result<Option<String>, GrantsError> {
        let Ok(apis) = host.join("_apis/") else { return Ok(None) };
        let response = self.send(Method::Options, &apis).await?;
        if !(200..300).contains(&response.status) {
            return Ok(None);
        }
        let Ok(locations) = serde_json::from_str::<Locations>(&response.body) else {
            return Ok(None);
        };
        Ok(locations.value.into_iter().find(|l| l.id.eq_ignore_ascii_case(LOCATION_ID)).map(|l| l.route()))
    }

    fn url(&self, host: &url::Url, route: &str, authorization_id: Option<&str>) -> Result<url::Url, GrantsError> {
        let mut url = route_on(host, route).ok_or_else(|| self.no_api())?;
        {
            let mut query = url.query_pairs_mut();
            if let Some(id) = authorization_id {
                query.append_pair("authorizationId", id);
            }
            query.append_pair("api-version", self.api_version());
        }
        Ok(url)
    }

    /// One call with this client's authentication; sign-in and permission failures end here.
    async fn send(&self, method: Method, url: &url::Url) -> Result<HttpResponse, GrantsError> {
        let mut request: HttpRequest = self.caller.request(method, url);
        request.headers.push((SUPPRESS_REDIRECT.0.into(), SUPPRESS_REDIRECT.1.into()));
        match self.auth {
            Auth::Session => request.with_session = true,
            Auth::Pat { token } => {
                let basic = Base64::encode_string(format!(":{}", token.expose()).as_bytes());
                request.headers.push(("Authorization".into(), format!("Basic {basic}")));
            }
            Auth::Bearer { token } => {
                request.headers.push(("Authorization".into(), format!("Bearer {}", token.expose())))
            }
        }
        if method == Method::Post {
            request.headers.push(("Content-Type".into(), "application/json".into()));
        }
        let response = self.caller.send(request).await?;
        let host = url.origin().ascii_serialization();
        // A redirect (to the sign-in page) or a page where JSON was asked for: not signed in.
        if response.status == 401
            || (300..400).contains(&response.status)
            || (response.status < 300 && response.is_html())
        {
            return Err(self.sign_in(&host));
        }
        if response.status == 403 {
            let needs = format!(
                "Azure DevOps refused: reading and revoking authorizations needs the {TOKEN_SCOPE} permission \
                 (Tokens: read & manage)"
            );
            let (key, message) = match self.auth {
                Auth::Pat { .. } => (GrantsErrorKey::AdoForbiddenPat, format!("{needs} on the personal access token.")),
                _ => (GrantsErrorKey::AdoForbidden, format!("{needs}.")),
            };
            return Err(GrantsError::said(ErrorKind::Forbidden, key, vec![TOKEN_SCOPE.to_string()], message)
                .with_said(said(&response)));
        }
        Ok(response)
    }

    fn expect_success(&self, response: &HttpResponse) -> Result<(), GrantsError> {
        if (200..300).contains(&response.status) {
            return Ok(());
        }
        Err(GrantsError::said(
            ErrorKind::BadResponse,
            GrantsErrorKey::AdoHttp,
            vec![response.status.to_string()],
            format!("Azure DevOps answered HTTP {}. Nothing was changed.", response.status),
        )
        .with_said(said(response)))
    }

    fn sign_in(&self, host: &str) -> GrantsError {
        let (key, params, message) = match self.auth {
            Auth::Session => (
                GrantsErrorKey::AdoSignIn,
                vec![TOKEN_SCOPE.to_string(), GLOBAL_PAT_END.to_string()],
                format!(
                    "Sign in to Azure DevOps in this browser to see your authorizations, or use a personal access \
                     token with the {TOKEN_SCOPE} scope created for all accessible organizations (such tokens stop \
                     working on {GLOBAL_PAT_END})."
                ),
            ),
            Auth::Pat { .. } => (
                GrantsErrorKey::AdoPatRefused,
                vec![GLOBAL_PAT_END.to_string()],
                format!(
                    "Azure DevOps did not accept the personal access token: it may have expired or been revoked, \
                     or it was not created for all accessible organizations (which this list needs; such tokens \
                     stop working on {GLOBAL_PAT_END}). Sign in to Azure DevOps in this browser instead."
                ),
            ),
            Auth::Bearer { .. } => (
                GrantsErrorKey::AdoEntraRefused,
                Vec::new(),
                "Azure DevOps did not accept the Microsoft Entra sign-in: the token may have expired, or it is not \
                 for Azure DevOps, or the account is a personal Microsoft account (Azure DevOps takes Entra tokens \
                 from work or school accounts only). Sign in again, or use your browser session or a personal \
                 access token."
                    .to_string(),
            ),
        };
        GrantsError {
            sign_in_url: Some(format!("{host}/{SIGN_IN_PATH}")),
            ..GrantsError::said(ErrorKind::SignIn, key, params, message)
        }
    }

    fn no_api(&self) -> GrantsError {
        let hosts: Vec<String> = self.hosts.iter().map(|h| h.origin().ascii_serialization()).collect();
        GrantsError::said(
            ErrorKind::NotFound,
            GrantsErrorKey::AdoNoApi,
            vec![hosts.join(", "), self.api_version().to_string()],
            format!(
                "Azure DevOps has no Authorizations API at {} (api-version {}). Check the host and api-version in \
                 the options.",
                hosts.join(", "),
                self.api_version()
            ),
        )
    }
}

/// The configured api-version (or the default) first, then the fallback when it differs.
fn api_versions(configured: Option<&str>) -> Vec<String> {
    let first = configured.unwrap_or(API_VERSION);
    let mut versions = vec![first.to_string()];
    for fallback in [API_VERSION, FALLBACK_API_VERSION] {
        if versions.len() < 2 && !fallback.eq_ignore_ascii_case(first) {
            versions.push(fallback.to_string());
        }
    }
    versions
}

/// The service's answer to an api-version it does not serve: 400 with a `VssVersion…` or
/// `VssInvalidPreviewVersion…` exception.
fn unsupported_version(response: &HttpResponse) -> bool {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct ServiceError {
        type_key: Option<String>,
    }
    response.status == 400
        && serde_json::from_str::<ServiceError>(&response.body)
            .ok()
            .and_then(|e| e.type_key)
            .is_some_and(|k| k.starts_with("VssVersion") || k.starts_with("VssInvalidPreviewVersion"))
}

/// The Azure DevOps host setting as an `https://host[:port]` origin: a bare host (`dev.azure.com`)
/// or an https URL with no path. `http://` is refused: the token would travel in clear text.
pub fn https_host(value: &str) -> Result<String, PolicyWords> {
    let value = value.trim();
    let bad = |key: PolicyDetailKey| {
        let mut params = vec![value.to_string()];
        if key == PolicyDetailKey::HostOnly {
            params.push(DEFAULT_HOST.to_string());
        }
        PolicyWords::new(key, params)
    };
    let lower = value.to_ascii_lowercase();
    let full = if lower.starts_with("https://") {
        value.to_string()
    } else if lower.contains("://") || lower.starts_with("//") || lower.contains('\\') {
        return Err(bad(PolicyDetailKey::HostNotHttps));
    } else {
        format!("https://{value}")
    };
    let url = url::Url::parse(&full).map_err(|_| bad(PolicyDetailKey::HostUnreadable))?;
    let plain = url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none()
        && url.path() == "/";
    match url.host_str() {
        Some(_) if url.scheme() == "https" && plain => Ok(url.origin().ascii_serialization()),
        _ => Err(bad(PolicyDetailKey::HostOnly)),
    }
}

/// `route` resolved against `host`, only when it stays on the host's origin: a route the host's
/// location list names (`\\evil.example\x`, `//evil.example/x`, `https://evil.example/`,
/// `../x`) must never carry the credentials elsewhere.
pub fn route_on(host: &url::Url, route: &str) -> Option<url::Url> {
    let escapes = route.contains('\\')
        || route.starts_with('/')
        || route.contains(':')
        || route.chars().any(|c| c.is_control() || c == ' ')
        || route.split('/').any(|segment| {
            let s = segment.to_ascii_lowercase().replace("%2e", ".");
            s == "." || s == ".." || s.contains("%2f") || s.contains("%5c")
        });
    if escapes {
        return None;
    }
    let url = host.join(route).ok()?;
    (url.origin() == host.origin() && url.path().starts_with(host.path())).then_some(url)
}

fn origin(host: &str) -> Result<url::Url, GrantsError> {
    parse_base("Azure DevOps host", host)
}

/// The `message` of an Azure DevOps error body, shortened.
/// What Azure DevOps said, in its own words, for after a message (`Azure DevOps: text`).
fn said(response: &HttpResponse) -> Option<String> {
    service_message(response).map(|m| format!("{SERVICE}: {m}"))
}

fn service_message(response: &HttpResponse) -> Option<String> {
    #[derive(Deserialize)]
    struct ServiceError {
        message: String,
    }
    serde_json::from_str::<ServiceError>(&response.body).ok().map(|e| excerpt(&e.message))
}

fn grant(details: AuthorizationDetails) -> Grant {
    let AuthorizationDetails { authorization: a, client_registration: r, scope_descriptions } = details;
    let scopes: Vec<_> = a.scopes.split_whitespace().map(|s| scopes::rate("azure-devops", s)).collect();
    let client_id = r.registration_id.or(a.registration_id).unwrap_or_default();
    Grant {
        provider: Provider::AzureDevOps,
        // No name: left empty, the popup names it with its client id in the person's language.
        app_name: r.registration_name.filter(|n| !n.trim().is_empty()).unwrap_or_default(),
        id: a.authorization_id,
        publisher: r.organization_name.filter(|n| !n.trim().is_empty()),
        publisher_verified: None,
        client_id,
        risk: risk_of(&scopes),
        scopes,
        redirect_uri: a.redirect_uri,
        issued: a.access_issued,
        valid_until: a.valid_to,
        valid: a.is_valid,
        ever_used: a.is_access_used,
        resource: None,
        for_everyone: None,
        provider_descriptions: scope_descriptions
            .into_iter()
            .filter(|d| !d.title.trim().is_empty())
            .map(|d| super::ProviderDescription { title: d.title, description: d.description })
            .collect(),
    }
}

#[derive(Deserialize)]
struct Envelope {
    value: Vec<AuthorizationDetails>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct AuthorizationDetails {
    authorization: Authorization,
    #[serde(default)]
    client_registration: Registration,
    /// Microsoft's own words for the scopes, in the person's language (`market`).
    #[serde(default)]
    scope_descriptions: Vec<ScopeDescription>,
}

#[derive(Deserialize)]
struct ScopeDescription {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Authorization {
    authorization_id: String,
    #[serde(default)]
    scopes: String,
    registration_id: Option<String>,
    redirect_uri: Option<String>,
    access_issued: Option<String>,
    valid_to: Option<String>,
    is_valid: Option<bool>,
    is_access_used: Option<bool>,
}

#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Registration {
    registration_id: Option<String>,
    registration_name: Option<String>,
    organization_name: Option<String>,
}

#[derive(Deserialize)]
struct Locations {
    value: Vec<Location>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    id: String,
    area: String,
    resource_name: String,
    route_template: String,
}

impl Location {
    /// `_apis/{area}/{resource}/{userId}` → `_apis/DelegatedAuth/Authorizations` (the optional
    /// user id left out: the caller).
    fn route(&self) -> String {
        self.route_template
            .split('/')
            .filter_map(|segment| match segment {
                "{area}" => Some(self.area.as_str()),
                "{resource}" => Some(self.resource_name.as_str()),
                s if s.starts_with('{') || s.is_empty() => None,
                s => Some(s),
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_built_from_the_location_template() {
        let location = Location {
            id: LOCATION_ID.into(),
            area: "DelegatedAuth".into(),
            resource_name: "Authorizations".into(),
            route_template: "_apis/{area}/{resource}/{userId}".into(),
        };
        assert_eq!(location.route(), ROUTE);
        let moved = Location { route_template: "_apis/v2/{area}/{resource}".into(), ..location };
        assert_eq!(moved.route(), "_apis/v2/DelegatedAuth/Authorizations");
    }

    #[test]
    fn routes_stay_on_the_host() {
        let host = url::Url::parse("https://app.vssps.visualstudio.com/").unwrap();
        let on = route_on(&host, ROUTE).unwrap();
        assert_eq!(on.as_str(), "https://app.vssps.visualstudio.com/_apis/DelegatedAuth/Authorizations");
        for evil in [
            "\\\\evil.example\\_apis",
            "\\evil.example/_apis",
            "//evil.example/_apis",
            "/\\evil.example/_apis",
            "https://evil.example/_apis",
            "http:evil.example",
            "javascript:alert(1)",
            "../../evil",
            "_apis/../../x",
            "_apis/%2e%2e/x",
            "_apis/%2E%2e/%2e%2e/x",
            "_apis/a%2fb",
            "_apis/\tx",
        ] {
            assert_eq!(route_on(&host, evil), None, "{evil}");
        }
    }

    #[test]
    fn the_host_setting_is_https_only() {
        assert_eq!(https_host("dev.azure.com").unwrap(), "https://dev.azure.com");
        assert_eq!(https_host(" https://Dev.Azure.com/ ").unwrap(), "https://dev.azure.com");
        assert_eq!(https_host("https://ado.contoso.com:8443").unwrap(), "https://ado.contoso.com:8443");
        for bad in [
            "http://dev.azure.com",
            "HTTP://dev.azure.com",
            "ftp://dev.azure.com",
            "//dev.azure.com",
            "\\\\dev.azure.com",
            "https://dev.azure.com/org",
            "https://user:pw@dev.azure.com",
            "https://dev.azure.com?x=1",
            "",
            "https://",
        ] {
            assert!(https_host(bad).is_err(), "{bad}");
        }
    }
}
