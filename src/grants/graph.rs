//! Microsoft Entra ID: the delegated consents of the signed-in person, through Microsoft Graph
//! (`/me/oauth2PermissionGrants`), each named from its app's service principal.

use std::collections::HashMap;

use serde::Deserialize;

use super::pages;
use super::{
    configured, excerpt, parse_base, parse_json, risk_of, Auth, Caller, ErrorKind, Grant, GrantsConfig, GrantsError,
    GrantsErrorKey, HttpResponse, Method, Provider, RetryPolicy, Secret, Transport, DEFAULT_TIMEOUT_MS,
};
use crate::scopes;

pub const GRAPH_BASE: &str = "https://graph.microsoft.com/v1.0";
const SELECT: &str = "appDisplayName,displayName,appId,appOwnerOrganizationId,homepage,info,verifiedPublisher";
/// The least permission that both lists consents and reads service principals; asked for first.
/// Revoking (`DelegatedPermissionGrant.ReadWrite.All`) is asked for only when the person revokes.
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
    granted: Option<&'a [String]>,
}

impl<'a, T: Transport> Client<'a, T> {
    pub fn new(transport: &'a T, config: &'a GrantsConfig) -> Result<Self, GrantsError> {
        let Auth::Bearer { token } = &config.auth else {
            return Err(GrantsError::said(
                ErrorKind::SignIn,
                GrantsErrorKey::GraphSignIn,
                Vec::new(),
                "Sign in with your Microsoft work or school account to see the apps you consented to.".into(),
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
            granted: config.granted_scopes.as_deref(),
        })
    }

    /// The person's own consents (`/me/oauth2PermissionGrants`), then the ones an administrator
    /// gave for everyone in the organisation: `/me` leaves those out (`consentType: AllPrincipals`).
    pub async fn list(&self) -> Result<Vec<Grant>, GrantsError> {
        let mine = self.join("me/oauth2PermissionGrants")?;
        let mut everyone = self.join("oauth2PermissionGrants")?;
        everyone.query_pairs_mut().append_pair("$filter", "consentType eq 'AllPrincipals'");
        let mut permission_grants = self.all_pages(mine).await?;
        for g in self.all_pages(everyone).await? {
            if !permission_grants.iter().any(|known| known.id == g.id) {
                permission_grants.push(g);
            }
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

    fn join(&self, path: &str) -> Result<url::Url, GrantsError> {
        self.base.join(path).map_err(|e| {
            GrantsError::said(
                ErrorKind::Config,
                GrantsErrorKey::GraphAddressUnusable,
                vec![e.to_string()],
                format!("The Microsoft Graph address cannot list grants: {e}."),
            )
        })
    }

    /// Every page of a listing, following `@odata.nextLink`.
    async fn all_pages(&self, first: url::Url) -> Result<Vec<PermissionGrant>, GrantsError> {
        let mut permission_grants = Vec::new();
        let mut next = Some(first);
        let mut pages = 0;
        while let Some(url) = next {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(GrantsError::said(
                    ErrorKind::BadResponse,
                    GrantsErrorKey::GraphTooManyPages,
                    vec![MAX_PAGES.to_string()],
                    format!("Microsoft Graph kept sending more pages (over {MAX_PAGES}); the list was not shown."),
                ));
            }
            let response = self.send(Method::Get, &url).await?;
            if response.status == 403 {
                return Err(cannot_read(&response));
            }
            expect_success(&response)?;
            let page: Page = parse_json(SERVICE, &response)?;
            permission_grants.extend(page.value);
            next = page.next_link.map(|link| self.next_page(&link)).transpose()?;
        }
        Ok(permission_grants)
    }

    pub async fn revoke(&self, grant_id: &str) -> Result<(), GrantsError> {
        let url = self.entity_url("oauth2PermissionGrants", grant_id);
        let response = self.send(Method::Delete, &url).await?;
        if response.status == 403 {
            return Err(match self.granted {
                Some(granted) if !granted.iter().any(|s| permission_of(s).eq_ignore_ascii_case(REVOKE_PERMISSION)) => {
                    lacks_revoke_permission(&response)
                }
                _ => cannot_revoke(&response),
            });
        }
        if response.status == 404 {
            return Err(GrantsError::said(
                ErrorKind::NotFound,
                GrantsErrorKey::GraphNotFound,
                Vec::new(),
                "Microsoft Entra has no such consent any more; it may have been revoked already.".into(),
            ));
        }
        expect_success(&response)
    }

    /// A next-page link is followed only below the configured Graph address: the token goes
    /// nowhere else.
    fn next_page(&self, link: &str) -> Result<url::Url, GrantsError> {
        match url::Url::parse(link) {
            Ok(url) if url.origin() == self.base.origin() && url.path().starts_with(self.base.path()) => Ok(url),
            _ => Err(GrantsError::said(
                ErrorKind::BadResponse,
                GrantsErrorKey::GraphNextPageElsewhere,
                Vec::new(),
                "Microsoft Graph sent a next-page link to another address; Consent Guard did not follow it, so \
                 that your sign-in stays with Microsoft Graph. The list was not shown because it would be incomplete."
                    .into(),
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
        let response = self.send(Method::Get, &url).await?;
        if response.status == 403 {
            return Err(cannot_read(&response));
        }
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

    /// One call with the bearer token; sign-in failures end here.
    async fn send(&self, method: Method, url: &url::Url) -> Result<HttpResponse, GrantsError> {
        let mut request = self.caller.request(method, url);
        request.headers.push(("Authorization".into(), format!("Bearer {}", self.token.expose())));
        let response = self.caller.send(request).await?;
        if response.status == 401 || (response.status < 300 && response.is_html()) {
            return Err(match graph_error(&response) {
                Some(e) => GrantsError::said(
                    ErrorKind::SignIn,
                    GrantsErrorKey::GraphSignInRefusedCode,
                    vec![e.code.clone()],
                    format!("Microsoft Graph did not accept the sign-in ({}). Sign in again.", e.code),
                ),
                None => GrantsError::said(
                    ErrorKind::SignIn,
                    GrantsErrorKey::GraphSignInRefused,
                    Vec::new(),
                    "Microsoft Graph did not accept the sign-in. Sign in again.".into(),
                ),
            });
        }
        Ok(response)
    }
}

/// What Microsoft Graph said, in its own words, for after a message (`Microsoft Graph: code: text`).
fn said(response: &HttpResponse) -> Option<String> {
    graph_error(response).map(|e| format!("{SERVICE}: {}: {}", e.code, excerpt(&e.message)))
}

fn my_apps() -> Option<String> {
    pages::account_page("entra").map(|p| p.url)
}

/// 403 while listing: the organisation's app lacks the read permission, which only an
/// administrator can approve.
fn cannot_read(response: &HttpResponse) -> GrantsError {
    GrantsError {
        help_url: my_apps(),
        ..GrantsError::said(
            ErrorKind::NeedsAdminApproval,
            GrantsErrorKey::GraphNeedsAdminApproval,
            vec![READ_PERMISSION.to_string()],
            format!(
                "Your organisation's app for Consent Guard needs an administrator's approval for the \
                 {READ_PERMISSION} permission before it can list your consents. You can see and revoke your \
                 consents yourself in My Apps."
            ),
        )
        .with_said(said(response))
    }
}

/// `https://graph.microsoft.com/Mail.Read` → `Mail.Read`.
fn permission_of(scope: &str) -> &str {
    scope.rsplit('/').next().unwrap_or(scope)
}

/// 403 on revoke with a token that was not granted the revoke permission.
fn lacks_revoke_permission(response: &HttpResponse) -> GrantsError {
    GrantsError::said(
        ErrorKind::Forbidden,
        GrantsErrorKey::GraphLacksRevokePermission,
        vec![REVOKE_PERMISSION.to_string()],
        format!(
            "Revoking needs the {REVOKE_PERMISSION} permission, which this sign-in did not include. Nothing was \
             changed; sign in again to allow it."
        ),
    )
    .with_said(said(response))
}

/// 403 on revoke: Microsoft Entra lets only a directory role (Application Administrator, Cloud
/// Application Administrator, ...) delete a consent through Graph, even with the permission.
fn cannot_revoke(response: &HttpResponse) -> GrantsError {
    GrantsError {
        help_url: my_apps(),
        ..GrantsError::said(
            ErrorKind::NeedsRole,
            GrantsErrorKey::GraphNeedsRole,
            Vec::new(),
            "Your account lacks the role to revoke consents through Microsoft Graph: Microsoft Entra allows it \
             to administrators such as the Application Administrator. Nothing was changed. You can revoke the \
             consents you gave yourself in My Apps."
                .into(),
        )
        .with_said(said(response))
    }
}

fn expect_success(response: &HttpResponse) -> Result<(), GrantsError> {
    if (200..300).contains(&response.status) {
        return Ok(());
    }
    Err(GrantsError::said(
        ErrorKind::BadResponse,
        GrantsErrorKey::GraphHttp,
        vec![response.status.to_string()],
        format!("Microsoft Graph answered HTTP {}. Nothing was changed.", response.status),
    )
    .with_said(said(response)))
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
        // No service principal: left empty, the popup names it with its client id.
        app_name: client.and_then(ServicePrincipal::name).unwrap_or_default(),
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
        for_everyone: Some(g.consent_type.as_deref() == Some("AllPrincipals")),
        provider_descriptions: Vec::new(),
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
    consent_type: Option<String>,
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
