//! Microsoft Entra ID: the delegated consents of the signed-in person, through Microsoft Graph
//! (`/me/oauth2PermissionGrants`), each named from its app's service principal.

use std::collections::HashMap;

use serde::Deserialize;

use super::{
    configured, excerpt, parse_base, parse_json, risk_of, Auth, Caller, ErrorKind, Grant, GrantsConfig, GrantsError,
    HttpResponse, Method, Provider, RetryPolicy, Secret, Transport, DEFAULT_TIMEOUT_MS,
};
use crate::scopes;

pub const GRAPH_BASE: &str = "https://graph.microsoft.com/v1.0";
const SELECT: &str = "appDisplayName,displayName,appId,appOwnerOrganizationId,homepage,info,verifiedPublisher";
/// The least permission that lists consents and reads service principals.
const READ_PERMISSION: &str = "Directory.Read.All";
const REVOKE_PERMISSION: &str = "DelegatedPermissionGrant.ReadWrite.All";
/// A listing longer than this many pages is taken as a paging loop.
const MAX_PAGES: usize = 100;
const SERVICE: &str = "Microsoft Graph";

pub struct Client<'a, T> {
    caller: Caller<'a, T>,
    /// Ends with `/`, so that relative paths join below it.
    base: url::Url,
    token: &'a Secret,
}

impl<'a, T: Transport> Client<'a, T> {
    pub fn new(transport: &'a T, config: &'a GrantsConfig) -> Result<Self, GrantsError> {
        let Auth::Bearer { token } = &config.auth else {
            return Err(GrantsError::new(
                ErrorKind::SignIn,
                "Sign in with your Microsoft work or school account to see the apps you consented to.",
            ));
        };
        let mut base = parse_base("Microsoft Graph address", configured(&config.graph_base).unwrap_or(GRAPH_BASE))?;
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        Ok(Client {
            caller: Caller {
                transport,
                service: SERVICE,
                timeout_ms: config.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS),
                policy: RetryPolicy::default(),
            },
            base,
            token,
        })
    }

    pub async fn list(&self) -> Result<Vec<Grant>, GrantsError> {
        let mut permission_grants = Vec::new();
        let first = self.base.join("me/oauth2PermissionGrants").map_err(|e| {
            GrantsError::new(ErrorKind::Config, format!("The Microsoft Graph address cannot list grants: {e}."))
        })?;
        let mut next = Some(first);
        let mut pages = 0;
        while let Some(url) = next {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(GrantsError::new(
                    ErrorKind::BadResponse,
                    format!("Microsoft Graph kept sending more pages (over {MAX_PAGES}); the list was not shown."),
                ));
            }
            let response = self.send(Method::Get, &url, READ_PERMISSION).await?;
            expect_success(&response)?;
            let page: Page = parse_json(SERVICE, &response)?;
            permission_grants.extend(page.value);
            next = page.next_link.map(|link| self.next_page(&link)).transpose()?;
        }
        let mut principals = HashMap::new();
        let mut grants = Vec::with_capacity(permission_grants.len());
        for g in permission_grants {
            let client = self.principal(&mut principals, &g.client_id).await?;
            let resource = self.principal(&mut principals, &g.resource_id).await?;
            grants.push(grant(g, client.as_ref(), resource.as_ref()));
        }
        Ok(grants)
    }

    pub async fn revoke(&self, grant_id: &str) -> Result<(), GrantsError> {
        let url = self.entity_url("oauth2PermissionGrants", grant_id);
        let response = self.send(Method::Delete, &url, REVOKE_PERMISSION).await?;
        if response.status == 404 {
            return Err(GrantsError::new(
                ErrorKind::NotFound,
                "Microsoft Entra has no such consent any more; it may have been revoked already.",
            ));
        }
        expect_success(&response)
    }

    /// A next-page link is followed only below the configured Graph address: the token goes
    /// nowhere else.
    fn next_page(&self, link: &str) -> Result<url::Url, GrantsError> {
        match url::Url::parse(link) {
            Ok(url) if url.origin() == self.base.origin() && url.path().starts_with(self.base.path()) => Ok(url),
            _ => Err(GrantsError::new(
                ErrorKind::BadResponse,
                "Microsoft Graph sent a next-page link to another address; Consent Guard did not follow it, so \
                 that your sign-in stays with Microsoft Graph. The list was not shown because it would be incomplete.",
            )),
        }
    }

    /// The service principal with that object id, read once per listing; `None` when Graph has none.
    async fn principal(
        &self,
        cache: &mut HashMap<String, Option<ServicePrincipal>>,
        id: &str,
    ) -> Result<Option<ServicePrincipal>, GrantsError> {
        if let Some(known) = cache.get(id) {
            return Ok(known.clone());
        }
        let mut url = self.entity_url("servicePrincipals", id);
        url.query_pairs_mut().append_pair("$select", SELECT);
        let response = self.send(Method::Get, &url, READ_PERMISSION).await?;
        let principal = if response.status == 404 {
            None
        } else {
            expect_success(&response)?;
            Some(parse_json::<ServicePrincipal>(SERVICE, &response)?)
        };
        cache.insert(id.to_string(), principal.clone());
        Ok(principal)
    }

    fn entity_url(&self, collection: &str, id: &str) -> url::Url {
        let mut url = self.base.clone();
        // `base` is an http(s) URL (`parse_base`), which always has path segments.
        if let Ok(mut segments) = url.path_segments_mut() {
            segments.pop_if_empty().extend([collection, id]);
        }
        url
    }

    /// One call with the bearer token; sign-in and permission failures end here.
    async fn send(&self, method: Method, url: &url::Url, permission: &str) -> Result<HttpResponse, GrantsError> {
        let mut request = self.caller.request(method, url);
        request.headers.push(("Authorization".into(), format!("Bearer {}", self.token.expose())));
        let response = self.caller.send(request).await?;
        if response.status == 401 || (response.status < 300 && response.is_html()) {
            let code = graph_error(&response).map(|e| format!(" ({})", e.code)).unwrap_or_default();
            return Err(GrantsError::new(
                ErrorKind::SignIn,
                format!("Microsoft Graph did not accept the sign-in{code}. Sign in again."),
            ));
        }
        if response.status == 403 {
            let said = graph_error(&response)
                .map(|e| format!(" Microsoft Graph said: {}: {}", e.code, excerpt(&e.message)))
                .unwrap_or_default();
            return Err(GrantsError::new(
                ErrorKind::Forbidden,
                format!(
                    "Microsoft Graph refused: this needs the {permission} permission for the extension's app \
                     registration, consented in your organization.{said}"
                ),
            ));
        }
        Ok(response)
    }
}

fn expect_success(response: &HttpResponse) -> Result<(), GrantsError> {
    if (200..300).contains(&response.status) {
        return Ok(());
    }
    let said = graph_error(response).map(|e| format!(": {}: {}", e.code, excerpt(&e.message))).unwrap_or_default();
    Err(GrantsError::new(
        ErrorKind::BadResponse,
        format!("Microsoft Graph answered HTTP {}{said}. Nothing was changed.", response.status),
    ))
}

/// Graph's `{ "error": { "code", "message" } }`.
fn graph_error(response: &HttpResponse) -> Option<GraphError> {
    #[derive(Deserialize)]
    struct Envelope {
        error: GraphError,
    }
    serde_json::from_str::<Envelope>(&response.body).ok().map(|e| e.error)
}

#[derive(Deserialize)]
struct GraphError {
    code: String,
    #[serde(default)]
    message: String,
}

fn grant(g: PermissionGrant, client: Option<&ServicePrincipal>, resource: Option<&ServicePrincipal>) -> Grant {
    // Scopes are rated in the catalog of the API they belong to, named by its app id.
    let resource_app = resource.and_then(|r| r.app_id.as_deref()).unwrap_or(&g.resource_id);
    let scopes: Vec<_> = g
        .scope
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(|s| scopes::ScopeInfo {
            scope: s.to_string(),
            ..scopes::rate("microsoft", &format!("{resource_app}/{s}"))
        })
        .collect();
    let verified = client.map(|c| c.verified_publisher.as_ref().and_then(|p| p.name()));
    Grant {
        provider: Provider::Entra,
        app_name: client.and_then(ServicePrincipal::name).unwrap_or_else(|| format!("Unknown app ({})", g.client_id)),
        publisher: verified.flatten().map(str::to_string),
        publisher_verified: verified.map(|name| name.is_some()),
        client_id: client.and_then(|c| c.app_id.clone()).unwrap_or(g.client_id),
        risk: risk_of(&scopes),
        scopes,
        id: g.id,
        redirect_uri: None,
        issued: None,
        valid_until: None,
        valid: None,
        ever_used: None,
        resource: Some(resource.and_then(ServicePrincipal::name).unwrap_or(g.resource_id)),
    }
}

#[derive(Deserialize)]
struct Page {
    value: Vec<PermissionGrant>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PermissionGrant {
    id: String,
    client_id: String,
    resource_id: String,
    scope: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ServicePrincipal {
    app_display_name: Option<String>,
    display_name: Option<String>,
    app_id: Option<String>,
    verified_publisher: Option<VerifiedPublisher>,
}

impl ServicePrincipal {
    fn name(&self) -> Option<String> {
        [&self.app_display_name, &self.display_name].into_iter().flatten().find(|n| !n.trim().is_empty()).cloned()
    }
}

#[derive(Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct VerifiedPublisher {
    display_name: Option<String>,
}

impl VerifiedPublisher {
    /// An empty display name means the publisher is not verified.
    fn name(&self) -> Option<&str> {
        self.display_name.as_deref().map(str::trim).filter(|n| !n.is_empty())
    }
}
