//! The grants client against the contract server (`tests/server/contract-main.js`), over plain
//! HTTP on loopback. The test transport plays the browser: every host maps to the server's port
//! (as Chromium's `--host-resolver-rules` does in the end-to-end tests), the real hostname goes in
//! the `Host` header, and a session sends the cookie that the server's sign-in route set.
//! Each test starts its own server, so faults and revocations never leak between tests.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::io::{BufRead, BufReader};
use std::pin::pin;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use consent_guard::finding::GrantsErrorKey;
use consent_guard::grants::{
    list_grants, list_json, revoke_grant, revoke_json, Auth, ErrorKind, Grant, GrantsConfig, GrantsError, HttpRequest,
    HttpResponse, Method, Provider, Secret, Transport, TransportError,
};
use consent_guard::scopes::Tier;
use serde_json::{json, Value};

const ADO: &str = "app.vssps.visualstudio.com";
const ADO_NEW: &str = "vssps.dev.azure.com";
const GRAPH: &str = "graph.microsoft.com";
const LOGIN: &str = "login.microsoftonline.com";
const AUTHORIZATIONS: &str = "/_apis/DelegatedAuth/Authorizations";
const GRAPH_LIST: &str = "/v1.0/me/oauth2PermissionGrants";
/// The seeded "Release Pipeline Sync" authorization.
const RELEASE_PIPELINE_SYNC: &str = "6a9c2d41-0b7e-4f3a-9c55-1e8f2a7b3c10";
const READ: &str = "https://graph.microsoft.com/Directory.Read.All";
/// The home and the guest directory of the contract server's person.
const HOME_DIRECTORY: &str = "b7c2f1e4-5a3d-4c8e-9f10-2d3e4f5a6b7c";
const GUEST_DIRECTORY: &str = "c8d3a2f5-6b4e-4d9f-8a21-3e4f5a6b7c8d";
/// The Azure DevOps resource's delegated permission, as an Entra scope.
const AZURE_DEVOPS_SCOPE: &str = "499b84ac-1321-427f-aa17-267ca6975798/user_impersonation";
const READ_AND_REVOKE: &str =
    "https://graph.microsoft.com/Directory.Read.All https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All";

/// The contract server, stopped (by its process id) when the test ends.
struct ContractServer {
    child: Child,
    _stdin: ChildStdin,
    port: u16,
    agent: ureq::Agent,
}

impl ContractServer {
    fn start() -> ContractServer {
        let mut child = Command::new("node")
            .args(["tests/server/contract-main.js", "--exit-with-stdin"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs the contract server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port = line.trim().parse().unwrap_or_else(|_| panic!("contract server printed {line:?}"));
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .proxy(None)
            .build();
        let stdin = child.stdin.take().unwrap();
        ContractServer { child, _stdin: stdin, port, agent: ureq::Agent::new_with_config(config) }
    }

    /// A request to `host` (a real hostname) at the server: status, headers, body.
    fn call(&self, method: &str, host: &str, path_and_query: &str, body: Option<String>) -> HttpResponse {
        let request = ureq::http::Request::builder()
            .method(method)
            .uri(format!("http://127.0.0.1:{}{path_and_query}", self.port))
            .header("Host", host);
        let response = match body {
            Some(body) => self.agent.run(request.header("Content-Type", "application/json").body(body).unwrap()),
            None => self.agent.run(request.body(()).unwrap()),
        };
        read(response.expect("the contract server answers"))
    }

    fn control(&self, method: &str, what: &str, body: Value) -> Value {
        let response = self.call(method, "127.0.0.1", &format!("/__contract/{what}"), Some(body.to_string()));
        assert!(response.status < 300, "control {what}: {} {}", response.status, response.body);
        serde_json::from_str(&response.body).unwrap_or(Value::Null)
    }

    fn fault(&self, fault: Value) {
        self.control("POST", "faults", fault);
    }

    fn settings(&self, settings: Value) {
        self.control("POST", "settings", settings);
    }

    fn requests(&self) -> Vec<Value> {
        serde_json::from_value(self.control("GET", "requests", Value::Null)).unwrap()
    }

    fn requests_to(&self, host: &str, path: &str) -> Vec<Value> {
        self.requests().into_iter().filter(|r| r["host"] == host && r["path"] == path).collect()
    }

    /// How many Azure DevOps authorizations the server still holds.
    fn authorizations_left(&self) -> usize {
        self.state()["authorizations"].as_array().map_or(0, Vec::len)
    }

    fn state(&self) -> Value {
        self.control("GET", "state", Value::Null)
    }

    /// The session cookie the Azure DevOps sign-in sets at `host`.
    fn sign_in(&self, host: &str) -> String {
        self.sign_in_to(host, "/_signin")
    }

    fn sign_in_to(&self, host: &str, path: &str) -> String {
        let response = self.call("GET", host, path, None);
        let cookie = response.header("set-cookie").expect("sign-in sets a cookie");
        cookie.split(';').next().unwrap().to_string()
    }

    fn personal_access_token(&self, scopes: &str) -> String {
        self.control("POST", "pats", json!({ "scopes": scopes }))["token"].as_str().unwrap().to_string()
    }

    /// A Graph access token through the authorize + token endpoints (PKCE, plain method).
    fn graph_token(&self, scope: &str) -> String {
        self.token_in("organizations", scope)
    }

    /// An access token from `tenant`'s endpoints for `scope` (one resource: Graph or Azure DevOps).
    fn token_in(&self, tenant: &str, scope: &str) -> String {
        let verifier = "k3-_.~verifier-of-forty-three-characters-at-least-0123";
        let code = self.authorization_code_in(tenant, scope, verifier);
        let response = self.redeem_in(tenant, &code, verifier);
        assert_eq!(response.status, 200, "{}", response.body);
        let body: Value = serde_json::from_str(&response.body).unwrap();
        body["access_token"].as_str().unwrap().to_string()
    }

    fn authorization_code(&self, scope: &str, challenge: &str) -> String {
        self.authorization_code_in("organizations", scope, challenge)
    }

    fn authorization_code_in(&self, tenant: &str, scope: &str, challenge: &str) -> String {
        let query = self.authorize_in(tenant, scope, challenge);
        assert_eq!(query.get("state").map(String::as_str), Some("s1"));
        query.get("code").cloned().unwrap_or_else(|| panic!("no code: {query:?}"))
    }

    /// The query the authorize endpoint redirects back with.
    fn authorize(&self, scope: &str, challenge: &str) -> HashMap<String, String> {
        self.authorize_in("organizations", scope, challenge)
    }

    fn authorize_in(&self, tenant: &str, scope: &str, challenge: &str) -> HashMap<String, String> {
        let mut authorize = url::Url::parse(&format!("http://x/{tenant}/oauth2/v2.0/authorize")).unwrap();
        authorize
            .query_pairs_mut()
            .append_pair("client_id", "0f0e1d2c-3b4a-4596-8877-665544332211")
            .append_pair("response_type", "code")
            .append_pair("redirect_uri", "http://127.0.0.1/callback")
            .append_pair("scope", scope)
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "plain")
            .append_pair("state", "s1");
        let response = self.call("GET", LOGIN, &format!("{}?{}", authorize.path(), authorize.query().unwrap()), None);
        assert_eq!(response.status, 302, "{}", response.body);
        let back = url::Url::parse(response.header("location").unwrap()).unwrap();
        back.query_pairs().into_owned().collect()
    }

    fn redeem(&self, code: &str, verifier: &str) -> HttpResponse {
        self.redeem_in("organizations", code, verifier)
    }

    fn redeem_in(&self, tenant: &str, code: &str, verifier: &str) -> HttpResponse {
        let form = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "authorization_code")
            .append_pair("client_id", "0f0e1d2c-3b4a-4596-8877-665544332211")
            .append_pair("code", code)
            .append_pair("redirect_uri", "http://127.0.0.1/callback")
            .append_pair("code_verifier", verifier)
            .finish();
        self.call("POST", LOGIN, &format!("/{tenant}/oauth2/v2.0/token"), Some(form))
    }
}

impl Drop for ContractServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read(mut response: ureq::http::Response<ureq::Body>) -> HttpResponse {
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_str().unwrap_or_default().to_string()))
        .collect();
    HttpResponse {
        status: response.status().as_u16(),
        headers,
        body: response.body_mut().read_to_string().unwrap_or_default(),
    }
}

/// The browser of these tests. Waits are recorded, and slept only briefly (a twentieth, at most 0.2 s).
struct Browser<'s> {
    server: &'s ContractServer,
    /// Session cookie per host.
    cookies: HashMap<String, String>,
    waits: RefCell<Vec<u32>>,
}

impl<'s> Browser<'s> {
    fn new(server: &'s ContractServer) -> Browser<'s> {
        Browser { server, cookies: HashMap::new(), waits: RefCell::new(Vec::new()) }
    }

    fn signed_in(server: &'s ContractServer, host: &str) -> Browser<'s> {
        let mut browser = Browser::new(server);
        browser.cookies.insert(host.to_string(), server.sign_in(host));
        browser
    }

    fn waits(&self) -> Vec<u32> {
        self.waits.borrow().clone()
    }
}

impl Transport for Browser<'_> {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let url = url::Url::parse(&request.url).expect("the client sends absolute URLs");
        let host = url.host_str().unwrap().to_string();
        let target = format!("http://127.0.0.1:{}{}", self.server.port, &url[url::Position::BeforePath..]);
        let mut builder =
            ureq::http::Request::builder().method(request.method.as_str()).uri(target).header("Host", &host);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        if let (true, Some(cookie)) = (request.with_session, self.cookies.get(&host)) {
            builder = builder.header("Cookie", cookie);
        }
        let timeout = Some(Duration::from_millis(request.timeout_ms.into()));
        let agent = &self.server.agent;
        let result = match request.body {
            Some(body) => {
                agent.run(agent.configure_request(builder.body(body).unwrap()).timeout_global(timeout).build())
            }
            None => agent.run(agent.configure_request(builder.body(()).unwrap()).timeout_global(timeout).build()),
        };
        match result {
            Ok(response) => Ok(read(response)),
            Err(ureq::Error::Timeout(_)) => Err(TransportError::Timeout),
            Err(e) => Err(TransportError::Network(e.to_string())),
        }
    }

    async fn sleep(&self, ms: u32) {
        self.waits.borrow_mut().push(ms);
        std::thread::sleep(Duration::from_millis((ms / 20).min(200).into()));
    }
}

/// Runs a client future to completion; the test transport never leaves one pending for long.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        std::thread::yield_now();
    }
}

fn session() -> GrantsConfig {
    GrantsConfig::default()
}

fn with_auth(auth: Auth) -> GrantsConfig {
    GrantsConfig { auth, ..GrantsConfig::default() }
}

fn bearer(token: &str) -> GrantsConfig {
    with_auth(Auth::Bearer { token: Secret::new(token) })
}

fn pat(token: &str) -> GrantsConfig {
    with_auth(Auth::Pat { token: Secret::new(token) })
}

fn list(browser: &Browser, provider: Provider, config: &GrantsConfig) -> Result<Vec<Grant>, GrantsError> {
    block_on(list_grants(browser, provider, config))
}

fn revoke(browser: &Browser, provider: Provider, id: &str, config: &GrantsConfig) -> Result<(), GrantsError> {
    block_on(revoke_grant(browser, provider, id, config))
}

fn named<'g>(grants: &'g [Grant], app: &str) -> &'g Grant {
    grants.iter().find(|g| g.app_name == app).unwrap_or_else(|| panic!("{app} is listed"))
}

fn assert_riskiest_first(grants: &[Grant]) {
    let risks: Vec<u8> = grants.iter().map(|g| g.risk.risk()).collect();
    assert!(risks.windows(2).all(|w| w[0] >= w[1]), "not riskiest first: {risks:?}");
}

// ------------------------------------------------------------------ Azure DevOps

#[test]
fn lists_azure_devops_authorizations_with_the_browser_session() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    let grants = list(&browser, Provider::AzureDevOps, &session()).unwrap();

    assert_eq!(grants.len(), 5);
    assert_riskiest_first(&grants);
    // Rated by the scope catalog: full access first, read-only work items and profile last.
    assert_eq!((grants[0].app_name.as_str(), grants[0].risk), ("Org Token Broker", Tier::Critical));
    // Reading work items also creates service hooks (Microsoft documents vso.work as including
    // vso.hooks_write), so Sprint Dashboard ranks high.
    assert_eq!((grants[2].app_name.as_str(), grants[2].risk), ("Sprint Dashboard", Tier::High));
    assert_eq!((grants[4].app_name.as_str(), grants[4].risk), ("PR Status Bot", Tier::Medium));
    let sync = named(&grants, "Release Pipeline Sync");
    assert_eq!(sync.provider, Provider::AzureDevOps);
    assert_eq!(sync.id, RELEASE_PIPELINE_SYNC);
    assert_eq!(sync.client_id, "c1f4a2b7-3d5e-4f60-8a9b-0c1d2e3f4a5b");
    assert_eq!(sync.publisher.as_deref(), Some("Contoso Build Tools"));
    assert_eq!(sync.publisher_verified, None);
    assert_eq!(sync.redirect_uri.as_deref(), Some("https://pipelinesync.contoso-tools.example/oauth/callback"));
    assert_eq!(sync.issued.as_deref(), Some("2026-09-14T08:21:05.000Z"));
    assert_eq!(sync.valid_until.as_deref(), Some("2027-09-14T08:21:05.000Z"));
    let scopes: Vec<&str> = sync.scopes.iter().map(|s| s.scope.as_str()).collect();
    assert_eq!(scopes, ["vso.code_manage", "vso.build_execute", "vso.release_manage"]);
    assert_eq!(sync.risk, Tier::High);
    assert_eq!(named(&grants, "Sprint Dashboard").ever_used, Some(false));
    // Microsoft's own words for the scopes come along, to be shown first.
    let words: Vec<&str> = sync.provider_descriptions.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        words,
        ["Code (read, write, and manage)", "Build (read and execute)", "Release (read, write, execute, and manage)"]
    );
    let expired = named(&grants, "Legacy Backup Agent");
    assert_eq!((expired.valid, expired.valid_until.as_deref()), (Some(false), Some("2025-03-01T09:00:00.000Z")));

    let calls = server.requests_to(ADO, AUTHORIZATIONS);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["auth"], "session");
}

#[test]
fn accepts_the_count_value_envelope() {
    let server = ContractServer::start();
    server.settings(json!({ "adoListShape": "envelope" }));
    let browser = Browser::signed_in(&server, ADO);
    let grants = list(&browser, Provider::AzureDevOps, &session()).unwrap();
    assert_eq!(grants.len(), 5);
}

#[test]
fn revoking_an_authorization_removes_it() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    let id = "0d3e8f52-6a1b-4c9d-8e7f-2a3b4c5d6e70";
    revoke(&browser, Provider::AzureDevOps, id, &session()).unwrap();

    let grants = list(&browser, Provider::AzureDevOps, &session()).unwrap();
    assert_eq!(grants.len(), 4);
    assert!(grants.iter().all(|g| g.id != id));
    assert!(!server.state()["authorizations"].as_array().unwrap().contains(&json!(id)));

    let again = revoke(&browser, Provider::AzureDevOps, id, &session()).unwrap_err();
    assert_eq!(again.kind, ErrorKind::NotFound, "{again:?}");
}

#[test]
fn a_personal_access_token_goes_as_basic_to_the_configured_host_only() {
    let server = ContractServer::start();
    let token = server.personal_access_token("vso.tokens");
    let browser = Browser::new(&server);
    assert_eq!(list(&browser, Provider::AzureDevOps, &pat(&token)).unwrap().len(), 5);
    revoke(&browser, Provider::AzureDevOps, "9b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c50", &pat(&token)).unwrap();

    // The default host lacks the API: the token is not tried anywhere else.
    server.fault(json!({ "host": ADO, "path": AUTHORIZATIONS, "status": 404, "times": 0 }));
    server.fault(json!({ "host": ADO, "path": "/_apis/", "status": 404, "times": 0 }));
    let err = list(&browser, Provider::AzureDevOps, &pat(&token)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound, "{err:?}");
    let requests = server.requests();
    assert!(requests.iter().all(|r| r["host"] == ADO), "{requests:#?}");
    assert_eq!(requests.iter().filter(|r| r["auth"] == "basic").count(), requests.len());
}

#[test]
fn a_configured_host_and_api_version_are_used() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO_NEW);
    let config = GrantsConfig {
        host: Some(format!("https://{ADO_NEW}")),
        api_version: Some("7.1-preview.1".into()),
        ..session()
    };
    assert_eq!(list(&browser, Provider::AzureDevOps, &config).unwrap().len(), 5);
    assert_eq!(server.requests_to(ADO_NEW, AUTHORIZATIONS).len(), 1);
    assert!(server.requests().iter().all(|r| r["host"] == ADO_NEW));

    // A bare host works as well as a URL.
    let bare = GrantsConfig { host: Some(ADO_NEW.into()), ..config.clone() };
    assert_eq!(list(&browser, Provider::AzureDevOps, &bare).unwrap().len(), 5);

    // An api-version the service does not serve: once more at the default, which it does.
    let before = server.requests_to(ADO_NEW, AUTHORIZATIONS).len();
    let config = GrantsConfig { api_version: Some("7.2".into()), ..config };
    assert_eq!(list(&browser, Provider::AzureDevOps, &config).unwrap().len(), 5);
    let versions: Vec<Value> =
        server.requests_to(ADO_NEW, AUTHORIZATIONS)[before..].iter().map(|r| r["apiVersion"].clone()).collect();
    assert_eq!(versions, [json!("7.2"), json!("5.0")]);
}

#[test]
fn sends_the_released_api_version_asking_for_json_without_a_redirect() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    list(&browser, Provider::AzureDevOps, &session()).unwrap();
    let call = &server.requests_to(ADO, AUTHORIZATIONS)[0];
    assert_eq!(
        (&call["apiVersion"], &call["suppress"], &call["accept"]),
        (&json!("5.0"), &json!("Suppress"), &json!("application/json"))
    );
}

#[test]
fn a_deployment_without_the_released_version_gets_the_preview_one_once() {
    let server = ContractServer::start();
    server.settings(json!({ "adoReleasedVersion": "0.0" }));
    let browser = Browser::signed_in(&server, ADO);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    let versions: Vec<Value> =
        server.requests_to(ADO, AUTHORIZATIONS).iter().map(|r| r["apiVersion"].clone()).collect();
    assert_eq!(versions, [json!("5.0"), json!("5.1-preview.1")]);

    // Both refused: one fallback only, and the message says what the service said.
    server.settings(json!({ "adoReleasedVersion": "0.0" }));
    let config = GrantsConfig { api_version: Some("5.1".into()), ..session() };
    let before = server.requests_to(ADO, AUTHORIZATIONS).len();
    let err = list(&browser, Provider::AzureDevOps, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::BadResponse);
    assert!(err.message.contains("HTTP 400") && err.message.contains("preview"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoHttp);
    assert_eq!(server.requests_to(ADO, AUTHORIZATIONS).len() - before, 2);
}

#[test]
fn without_the_suppress_header_a_signed_out_browser_gets_the_sign_in_page() {
    let server = ContractServer::start();
    let path = format!("{AUTHORIZATIONS}?api-version=5.0");
    let page = server.call("GET", ADO, &path, None);
    assert_eq!(page.status, 203);
    assert!(page.is_html());
    let request = ureq::http::Request::builder()
        .method("GET")
        .uri(format!("http://127.0.0.1:{}{path}", server.port))
        .header("Host", ADO)
        .header("X-TFS-FedAuthRedirect", "Suppress")
        .body(())
        .unwrap();
    let answer = read(server.agent.run(request).unwrap());
    assert_eq!(answer.status, 401);
    assert!(answer.body.contains("TF400813"), "{}", answer.body);
    // The client sends the header, so it reads the 401 and offers the sign-in.
    let err = list(&Browser::new(&server), Provider::AzureDevOps, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
}

#[test]
fn authorizations_are_listed_per_directory() {
    let server = ContractServer::start();
    let mut browser = Browser::new(&server);
    browser.cookies.insert(ADO.into(), server.sign_in_to(ADO, &format!("/_signin?directory={GUEST_DIRECTORY}")));
    let guest = list(&browser, Provider::AzureDevOps, &session()).unwrap();
    assert_eq!(guest.iter().map(|g| g.app_name.as_str()).collect::<Vec<_>>(), ["Fabrikam Wiki Exporter"]);
    browser.cookies.insert(ADO.into(), server.sign_in_to(ADO, &format!("/_signin?directory={HOME_DIRECTORY}")));
    let home = list(&browser, Provider::AzureDevOps, &session()).unwrap();
    assert_eq!(home.len(), 5);
    assert!(home.iter().all(|g| g.app_name != "Fabrikam Wiki Exporter"));
    // A revoke acts in the caller's directory only.
    let err = revoke(&browser, Provider::AzureDevOps, &guest[0].id, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
    assert_eq!(server.state()["directories"][GUEST_DIRECTORY].as_array().unwrap().len(), 1);
}

#[test]
fn an_entra_token_for_the_azure_devops_resource_goes_as_bearer() {
    let server = ContractServer::start();
    let token = server.token_in(HOME_DIRECTORY, AZURE_DEVOPS_SCOPE);
    let browser = Browser::new(&server);
    let grants = list(&browser, Provider::AzureDevOps, &bearer(&token)).unwrap();
    assert_eq!(grants.len(), 5);
    revoke(&browser, Provider::AzureDevOps, "9b7a6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c50", &bearer(&token)).unwrap();
    assert_eq!(server.authorizations_left(), 4);
    let calls = server.requests_to(ADO, AUTHORIZATIONS);
    assert_eq!(calls.len(), 2);
    assert!(calls.iter().all(|r| r["auth"] == "bearer" && r["suppress"] == "Suppress"), "{calls:#?}");
    // The token stays on the one Azure DevOps host: never the session's fallback host, never Graph.
    assert!(server.requests().iter().filter(|r| r["host"] != LOGIN).all(|r| r["host"] == ADO));
}

#[test]
fn an_entra_token_lists_the_directory_it_was_issued_in() {
    let server = ContractServer::start();
    let browser = Browser::new(&server);
    let guest = server.token_in(GUEST_DIRECTORY, AZURE_DEVOPS_SCOPE);
    let listed = list(&browser, Provider::AzureDevOps, &bearer(&guest)).unwrap();
    assert_eq!(listed.iter().map(|g| g.app_name.as_str()).collect::<Vec<_>>(), ["Fabrikam Wiki Exporter"]);
    let home = server.token_in(HOME_DIRECTORY, AZURE_DEVOPS_SCOPE);
    assert_eq!(list(&browser, Provider::AzureDevOps, &bearer(&home)).unwrap().len(), 5);
}

#[test]
fn azure_devops_refuses_a_token_for_another_api_with_a_401_challenge() {
    let server = ContractServer::start();
    let graph = server.graph_token(READ);
    let err = list(&Browser::new(&server), Provider::AzureDevOps, &bearer(&graph)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn, "{err:?}");
    assert!(err.message.contains("Microsoft Entra"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoEntraRefused);
    // What the service answers: 401, never the sign-in page, with the challenges it offers.
    let request = ureq::http::Request::builder()
        .method("GET")
        .uri(format!("http://127.0.0.1:{}{AUTHORIZATIONS}?api-version=5.0", server.port))
        .header("Host", ADO)
        .header("Authorization", format!("Bearer {graph}"))
        .body(())
        .unwrap();
    let answer = read(server.agent.run(request).unwrap());
    assert_eq!(answer.status, 401);
    assert!(answer.body.contains("TF400813"), "{}", answer.body);
    let challenge = answer.header("www-authenticate").unwrap();
    assert!(challenge.starts_with("Bearer authorization_uri=https://login.microsoftonline.com/"), "{challenge}");
    assert!(challenge.contains("Basic realm="), "{challenge}");
    assert!(answer.header("x-tfs-fedauthrealm").is_some());

    // And the other way round: Graph refuses an Azure DevOps token.
    let ado = server.token_in(HOME_DIRECTORY, AZURE_DEVOPS_SCOPE);
    let err = list(&Browser::new(&server), Provider::Entra, &bearer(&ado)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn, "{err:?}");
}

#[test]
fn a_token_is_for_one_resource() {
    let server = ContractServer::start();
    let verifier = "k3-_.~verifier-of-forty-three-characters-at-least-0123";
    let code = server.authorization_code(&format!("{READ} {AZURE_DEVOPS_SCOPE}"), verifier);
    let response = server.redeem(&code, verifier);
    assert_eq!(response.status, 400);
    assert!(response.body.contains("AADSTS28000"), "{}", response.body);
}

#[test]
fn a_granular_azure_devops_scope_without_vso_tokens_is_named() {
    let server = ContractServer::start();
    let token = server.token_in(HOME_DIRECTORY, "499b84ac-1321-427f-aa17-267ca6975798/vso.code");
    let err = list(&Browser::new(&server), Provider::AzureDevOps, &bearer(&token)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Forbidden, "{err:?}");
    assert!(err.message.contains("vso.tokens"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoForbidden);
}

#[test]
fn the_route_is_looked_up_by_location_id_when_the_fixed_one_is_missing() {
    let server = ContractServer::start();
    server.settings(json!({ "adoRouteTemplate": "_apis/{area}/v2/{resource}/{userId}" }));
    let browser = Browser::signed_in(&server, ADO);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    revoke(&browser, Provider::AzureDevOps, RELEASE_PIPELINE_SYNC, &session()).unwrap();
    let calls: Vec<String> = server
        .requests()
        .iter()
        .filter(|r| r["path"] != "/_signin")
        .map(|r| format!("{} {}", r["method"].as_str().unwrap(), r["path"].as_str().unwrap()))
        .collect();
    let moved = "/_apis/DelegatedAuth/v2/Authorizations";
    assert_eq!(
        calls,
        [
            format!("GET {AUTHORIZATIONS}"),
            "OPTIONS /_apis/".into(),
            format!("GET {moved}"),
            format!("POST {AUTHORIZATIONS}"),
            "OPTIONS /_apis/".into(),
            format!("POST {moved}"),
        ]
    );
    assert_eq!(server.authorizations_left(), 4);
}

#[test]
fn the_session_falls_back_to_the_newer_host() {
    let server = ContractServer::start();
    server.fault(json!({ "host": ADO, "path": AUTHORIZATIONS, "status": 404, "times": 0 }));
    server.fault(json!({ "host": ADO, "path": "/_apis/", "status": 404, "times": 0 }));
    let browser = Browser::signed_in(&server, ADO_NEW);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    assert_eq!(server.requests_to(ADO_NEW, AUTHORIZATIONS).len(), 1);
}

#[test]
fn not_signed_in_asks_to_sign_in_with_a_link() {
    let server = ContractServer::start();
    let browser = Browser::new(&server);
    let err = list(&browser, Provider::AzureDevOps, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
    assert!(err.message.starts_with("Sign in to Azure DevOps"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoSignIn);
    assert_eq!(err.sign_in_url.as_deref(), Some("https://app.vssps.visualstudio.com/_signin"));

    // The sign-in link is the host's real sign-in route: following it makes the listing work.
    let mut browser = Browser::new(&server);
    browser.cookies.insert(ADO.into(), server.sign_in(ADO));
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
}

#[test]
fn a_sign_in_page_instead_of_json_asks_to_sign_in() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    for status in [203, 200] {
        server.fault(json!({ "path": AUTHORIZATIONS, "status": status, "body": "html" }));
        let err = list(&browser, Provider::AzureDevOps, &session()).unwrap_err();
        assert_eq!(err.kind, ErrorKind::SignIn, "{status}: {err:?}");
        assert!(err.sign_in_url.is_some());
    }
    // A revoke answered by a sign-in page reports it too, and the authorization stays.
    server.fault(json!({ "path": AUTHORIZATIONS, "method": "POST", "status": 203, "body": "html" }));
    let err = revoke(&browser, Provider::AzureDevOps, RELEASE_PIPELINE_SYNC, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
    assert_eq!(server.authorizations_left(), 5);
}

#[test]
fn a_token_without_vso_tokens_is_refused_and_the_permission_named() {
    let server = ContractServer::start();
    let token = server.personal_access_token("vso.code vso.work");
    let err = list(&Browser::new(&server), Provider::AzureDevOps, &pat(&token)).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Forbidden);
    assert!(err.message.contains("vso.tokens"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoForbiddenPat);
    assert!(!err.message.contains(&token));

    let err = list(&Browser::new(&server), Provider::AzureDevOps, &pat("not-a-token-the-server-made")).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
    assert!(err.message.contains("personal access token"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::AdoPatRefused);
}

#[test]
fn throttling_waits_for_retry_after_then_succeeds() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 429, "retryAfter": 1, "times": 2 }));
    let browser = Browser::signed_in(&server, ADO);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    assert_eq!(browser.waits(), [1_000, 1_000]);
    assert_eq!(server.requests_to(ADO, AUTHORIZATIONS).len(), 3);
}

#[test]
fn retry_after_as_a_date_is_measured_against_the_server_clock() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 429, "retryAfterDate": 3 }));
    let browser = Browser::signed_in(&server, ADO);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    assert_eq!(browser.waits(), [3_000]);
}

#[test]
fn throttling_beyond_the_retries_says_how_long_to_wait() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 429, "retryAfter": 120, "times": 0 }));
    let browser = Browser::signed_in(&server, ADO);
    let err = list(&browser, Provider::AzureDevOps, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::RateLimited);
    assert_eq!(err.retry_after, Some(120));
    assert!(err.message.contains("in 120 s"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::RateLimitedWait);
    // Each wait is capped at 30 s; four attempts in all.
    assert_eq!(browser.waits(), [30_000, 30_000, 30_000]);
    assert_eq!(server.requests_to(ADO, AUTHORIZATIONS).len(), 4);
}

#[test]
fn server_errors_are_retried_with_backoff() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 500, "times": 2 }));
    let browser = Browser::signed_in(&server, ADO);
    assert_eq!(list(&browser, Provider::AzureDevOps, &session()).unwrap().len(), 5);
    assert_eq!(browser.waits(), [500, 1_000]);
}

#[test]
fn server_errors_that_persist_give_a_message_and_change_nothing() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 503, "times": 0 }));
    let browser = Browser::signed_in(&server, ADO);
    let err = list(&browser, Provider::AzureDevOps, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert!(err.message.contains("HTTP 503 after 4 attempts"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::Unavailable);
    assert_eq!(browser.waits(), [500, 1_000, 2_000]);

    let err = revoke(&browser, Provider::AzureDevOps, RELEASE_PIPELINE_SYNC, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert_eq!(server.authorizations_left(), 5);
}

#[test]
fn slow_answers_time_out_with_a_message() {
    let server = ContractServer::start();
    server.fault(json!({ "path": AUTHORIZATIONS, "delayMs": 1_500, "times": 0 }));
    let browser = Browser::signed_in(&server, ADO);
    let config = GrantsConfig { timeout_ms: Some(200), ..session() };
    let err = list(&browser, Provider::AzureDevOps, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Timeout, "{err:?}");
    assert!(err.message.contains("did not answer within 0.2 s (4 attempts)"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::Timeout);

    // Slow but within the timeout is fine.
    server.control("DELETE", "faults", Value::Null);
    server.fault(json!({ "path": AUTHORIZATIONS, "delayMs": 100 }));
    assert_eq!(
        list(&browser, Provider::AzureDevOps, &GrantsConfig { timeout_ms: Some(2_000), ..session() }).unwrap().len(),
        5
    );
}

#[test]
fn malformed_or_unexpected_json_gives_a_message() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    for body in [json!("malformed"), json!({ "unexpected": true }), json!([{ "authorization": { "scopes": 7 } }])] {
        server.fault(json!({ "path": AUTHORIZATIONS, "body": body }));
        let err = list(&browser, Provider::AzureDevOps, &session()).unwrap_err();
        assert_eq!(err.kind, ErrorKind::BadResponse, "{body}: {err:?}");
        assert!(err.message.starts_with("Azure DevOps sent an answer"), "{}", err.message);
        assert_said(&err, GrantsErrorKey::BadResponse);
    }
    server.fault(json!({ "path": "/_apis/", "body": "malformed" }));
    server.fault(json!({ "path": AUTHORIZATIONS, "status": 404 }));
    let config = GrantsConfig { host: Some(format!("https://{ADO}")), ..session() };
    let err = list(&browser, Provider::AzureDevOps, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound, "an unreadable location list means the route is not known: {err:?}");
}

#[test]
fn network_failures_are_retried_then_reported() {
    let err = block_on(list_grants(&Unreachable, Provider::AzureDevOps, &session())).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Network);
    assert!(err.message.starts_with("Could not reach Azure DevOps (connection refused)"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::Network);
}

/// A transport whose every connection is refused.
struct Unreachable;

impl Transport for Unreachable {
    async fn send(&self, _: HttpRequest) -> Result<HttpResponse, TransportError> {
        Err(TransportError::Network("connection refused".into()))
    }

    async fn sleep(&self, _: u32) {}
}

#[test]
fn a_personal_access_token_never_shows_in_errors_or_debug_output() {
    let server = ContractServer::start();
    let token = server.personal_access_token("vso.tokens");
    let browser = Browser::new(&server);
    let config = GrantsConfig { timeout_ms: Some(150), ..pat(&token) };
    let faults = [
        json!({ "status": 401 }),
        json!({ "status": 403 }),
        json!({ "status": 203, "body": "html" }),
        json!({ "status": 429, "retryAfter": 0, "times": 0 }),
        json!({ "status": 500, "times": 0 }),
        json!({ "delayMs": 600, "times": 0 }),
        json!({ "body": "malformed" }),
        json!({ "status": 400, "body": { "message": "bad request" } }),
    ];
    for mut fault in faults {
        server.control("DELETE", "faults", Value::Null);
        fault["path"] = json!(AUTHORIZATIONS);
        server.fault(fault.clone());
        let err = list(&browser, Provider::AzureDevOps, &config).unwrap_err();
        let json = serde_json::to_string(&err).unwrap();
        for shown in [format!("{err:?}"), err.to_string(), json] {
            assert!(!shown.contains(&token), "{fault}: {shown}");
        }
    }
    assert!(!format!("{config:?}").contains(&token));
    let request = HttpRequest {
        method: Method::Get,
        url: "https://app.vssps.visualstudio.com/".into(),
        headers: vec![("Authorization".into(), format!("Basic {token}"))],
        body: None,
        with_session: false,
        timeout_ms: 1,
    };
    assert!(!format!("{request:?}").contains(&token));
}

// ------------------------------------------------------------------ Microsoft Graph

#[test]
fn lists_entra_consents_across_pages_naming_apps_and_publishers() {
    let server = ContractServer::start();
    let config = bearer(&server.graph_token(READ_AND_REVOKE));
    let grants = list(&Browser::new(&server), Provider::Entra, &config).unwrap();

    assert_eq!(grants.len(), 6, "{grants:#?}");
    assert_riskiest_first(&grants);
    // Scopes are rated in their resource's catalog: Azure DevOps' user_impersonation is full access.
    assert_eq!((grants[0].app_name.as_str(), grants[0].risk), ("Pipeline Helper", Tier::Critical));
    assert_eq!((grants[5].app_name.as_str(), grants[5].risk), ("Fabrikam Planner", Tier::Low));
    assert_eq!(named(&grants, "Mail Summary Assistant").risk, Tier::High);
    assert_eq!(server.requests_to(GRAPH, GRAPH_LIST).len(), 3, "two per page: three pages");
    // /me leaves out what an administrator approved for everyone: listed from the AllPrincipals filter.
    assert_eq!(server.requests_to(GRAPH, "/v1.0/oauth2PermissionGrants").len(), 1);
    let everyone = named(&grants, "Contoso Room Booking");
    assert_eq!(everyone.for_everyone, Some(true));
    assert!(grants.iter().filter(|g| g.app_name != "Contoso Room Booking").all(|g| g.for_everyone == Some(false)));
    let drive = named(&grants, "Contoso Drive Sync");
    assert_eq!(drive.provider, Provider::Entra);
    assert_eq!((drive.publisher.as_deref(), drive.publisher_verified), (Some("Contoso Ltd"), Some(true)));
    assert_eq!(drive.client_id, "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928");
    assert_eq!(drive.resource.as_deref(), Some("Microsoft Graph"));
    assert_eq!(drive.id, "yVvOx9aS2UKzb3Cwwxmv9kRYV7MN1GBOkNbzSp0jIwK");
    let scopes: Vec<&str> = drive.scopes.iter().map(|s| s.scope.as_str()).collect();
    assert_eq!(scopes, ["Files.ReadWrite.All", "User.Read", "offline_access"]);
    let mail = named(&grants, "Mail Summary Assistant");
    assert_eq!((mail.publisher.as_deref(), mail.publisher_verified), (None, Some(false)));
    assert_eq!(named(&grants, "Pipeline Helper").resource.as_deref(), Some("Azure DevOps"));
    assert_eq!(named(&grants, "Fabrikam Planner").publisher.as_deref(), Some("Fabrikam, Inc."));

    // Each service principal is read once per listing, though four grants share Microsoft Graph's.
    let principals: Vec<Value> =
        server.requests().into_iter().filter(|r| r["path"].as_str().unwrap().contains("servicePrincipals")).collect();
    assert_eq!(principals.len(), 8, "{principals:#?}");
    assert!(server.requests().iter().filter(|r| r["host"] == GRAPH).all(|r| r["auth"] == "bearer"));
}

#[test]
fn an_administrator_revokes_a_consent_which_lingers_for_one_listing() {
    let server = ContractServer::start();
    server.settings(json!({ "userRoles": ["Cloud Application Administrator"] }));
    let config = bearer(&server.graph_token(READ_AND_REVOKE));
    let browser = Browser::new(&server);
    let id = "RFhXsw3UYE6Q1vNKnSMjAkRYV7MN1GBOkNbzSp0jIwJ";
    revoke(&browser, Provider::Entra, id, &config).unwrap();
    assert!(!server.state()["permissionGrants"].as_array().unwrap().contains(&json!(id)));
    // Replication delay: the next listing may still show the deleted grant, the one after does not.
    let grants = list(&browser, Provider::Entra, &config).unwrap();
    assert!(grants.iter().any(|g| g.id == id), "still listed once");
    let grants = list(&browser, Provider::Entra, &config).unwrap();
    assert_eq!(grants.len(), 5);
    assert!(grants.iter().all(|g| g.id != id));
    let err = revoke(&browser, Provider::Entra, id, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
}

#[test]
fn an_ordinary_user_lists_but_a_revoke_says_the_role_is_missing() {
    let server = ContractServer::start();
    let browser = Browser::new(&server);
    let token = server.graph_token(READ_AND_REVOKE);
    let granted = vec![
        "https://graph.microsoft.com/Directory.Read.All".to_string(),
        "https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All".to_string(),
    ];
    let config = GrantsConfig { granted_scopes: Some(granted), ..bearer(&token) };
    assert_eq!(list(&browser, Provider::Entra, &config).unwrap().len(), 6);
    let id = "q2mCdyVtJk-gl4xO9BzX1URYV7MN1GBOkNbzSp0jIwL";
    let err = revoke(&browser, Provider::Entra, id, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NeedsRole, "{err:?}");
    assert!(err.message.starts_with("Your account lacks the role to revoke"), "{}", err.message);
    assert!(err.message.contains("Authorization_RequestDenied"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::GraphNeedsRole);
    assert_eq!(err.help_url.as_deref(), Some("https://myapplications.microsoft.com/"));
    assert!(server.state()["permissionGrants"].as_array().unwrap().contains(&json!(id)), "nothing lost");
    let json: Value = serde_json::from_str(&block_on(revoke_json(
        &browser,
        "entra",
        id,
        &json!({ "auth": { "kind": "bearer", "token": token } }).to_string(),
    )))
    .unwrap();
    assert_eq!(json["error"]["kind"], "needsRole");
    assert_eq!(json["error"]["helpUrl"], "https://myapplications.microsoft.com/");
}

#[test]
fn a_permission_only_an_administrator_may_grant_answers_consent_required() {
    let server = ContractServer::start();
    server.settings(json!({ "adminConsented": [] }));
    let answer = server.authorize(READ, "a-challenge-that-is-at-least-forty-three-characters-long");
    assert_eq!(answer.get("error").map(String::as_str), Some("consent_required"), "{answer:?}");
    assert!(answer["error_description"].starts_with("AADSTS65001"), "{answer:?}");
    assert!(!answer.contains_key("code"));
    // Permissions a user may consent to still work; once approved for the organisation, read works too.
    assert!(server
        .authorize("https://graph.microsoft.com/User.Read", "a-challenge-that-is-at-least-forty-three-characters-long")
        .contains_key("code"));
    server.settings(json!({ "adminConsented": ["Directory.Read.All"] }));
    let read_only = bearer(&server.graph_token(READ));
    assert_eq!(list(&Browser::new(&server), Provider::Entra, &read_only).unwrap().len(), 6);
    // Asking for the revoke permission, not yet approved, is refused in its turn (incremental consent).
    let answer = server.authorize(READ_AND_REVOKE, "a-challenge-that-is-at-least-forty-three-characters-long");
    assert_eq!(answer.get("error").map(String::as_str), Some("consent_required"));
}

#[test]
fn graph_names_the_permission_it_is_missing() {
    let server = ContractServer::start();
    let browser = Browser::new(&server);
    let token = server.graph_token(READ);
    let read_only = GrantsConfig { granted_scopes: Some(vec![READ.to_string()]), ..bearer(&token) };
    assert_eq!(list(&browser, Provider::Entra, &read_only).unwrap().len(), 6);
    let id = "q2mCdyVtJk-gl4xO9BzX1URYV7MN1GBOkNbzSp0jIwL";
    let err = revoke(&browser, Provider::Entra, id, &read_only).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Forbidden);
    assert!(err.message.contains("DelegatedPermissionGrant.ReadWrite.All"), "{}", err.message);
    assert!(err.message.contains("Authorization_RequestDenied"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::GraphLacksRevokePermission);
    assert!(server.state()["permissionGrants"].as_array().unwrap().contains(&json!(id)), "nothing lost");

    let profile_only = bearer(&server.graph_token("https://graph.microsoft.com/User.Read"));
    let err = list(&browser, Provider::Entra, &profile_only).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NeedsAdminApproval);
    assert!(err.message.contains("Directory.Read.All"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::GraphNeedsAdminApproval);
    assert_eq!(err.help_url.as_deref(), Some("https://myapplications.microsoft.com/"));
}

#[test]
fn graph_asks_to_sign_in_without_a_valid_token() {
    let server = ContractServer::start();
    let browser = Browser::new(&server);
    let err = list(&browser, Provider::Entra, &bearer("expired-or-made-up")).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
    assert!(err.message.contains("InvalidAuthenticationToken"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::GraphSignInRefusedCode);
    let before = server.requests().len();
    let err = list(&browser, Provider::Entra, &session()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::SignIn);
    assert_said(&err, GrantsErrorKey::GraphSignIn);
    assert_eq!(server.requests().len(), before, "no token, no request");
}

#[test]
fn a_next_page_link_to_another_host_is_not_followed() {
    let server = ContractServer::start();
    server.settings(json!({ "graphNextLinkHost": "graph.microsoft.com.evil.example" }));
    let config = bearer(&server.graph_token(READ_AND_REVOKE));
    let err = list(&Browser::new(&server), Provider::Entra, &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::BadResponse);
    assert!(err.message.contains("did not follow"), "{}", err.message);
    assert_said(&err, GrantsErrorKey::GraphNextPageElsewhere);
    assert!(server.requests().iter().all(|r| r["host"] != "graph.microsoft.com.evil.example"));
}

#[test]
fn graph_faults_are_retried_or_reported() {
    let server = ContractServer::start();
    let config = bearer(&server.graph_token(READ_AND_REVOKE));
    let browser = Browser::new(&server);
    server.fault(json!({ "path": GRAPH_LIST, "status": 429, "retryAfter": 1 }));
    server.fault(json!({ "path": "/v1.0/servicePrincipals/*", "status": 504 }));
    assert_eq!(list(&browser, Provider::Entra, &config).unwrap().len(), 6);
    assert_eq!(browser.waits(), [1_000, 500]);

    server.fault(json!({ "path": GRAPH_LIST, "body": "malformed" }));
    assert_eq!(list(&browser, Provider::Entra, &config).unwrap_err().kind, ErrorKind::BadResponse);
    server.fault(json!({ "path": "/v1.0/oauth2PermissionGrants/*", "status": 503, "times": 0 }));
    let err = revoke(&browser, Provider::Entra, "RFhXsw3UYE6Q1vNKnSMjAkRYV7MN1GBOkNbzSp0jIwJ", &config).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Unavailable);
    assert_eq!(server.state()["permissionGrants"].as_array().unwrap().len(), 6);
}

/// An app Graph has no service principal for is listed with its client id and no name: the
/// popup names it ("Unnamed app (id)") in the person's language, not the client in English.
#[test]
fn an_app_graph_does_not_know_is_listed_without_a_name() {
    let server = ContractServer::start();
    let config = bearer(&server.graph_token(READ_AND_REVOKE));
    server.fault(json!({ "path": "/v1.0/servicePrincipals/*", "status": 404, "times": 0 }));
    let grants = list(&Browser::new(&server), Provider::Entra, &config).unwrap();
    assert_eq!(grants.len(), 6);
    assert!(grants.iter().all(|g| g.app_name.is_empty() && !g.client_id.is_empty()), "{grants:?}");
}

#[test]
fn the_token_endpoint_checks_pkce() {
    let server = ContractServer::start();
    let code = server.authorization_code(
        "https://graph.microsoft.com/User.Read",
        "the-challenge-is-a-verifier-of-at-least-43-chars",
    );
    let response = server.redeem(&code, "another-verifier-of-at-least-forty-three-characters");
    assert_eq!(response.status, 400);
    assert!(response.body.contains("AADSTS50148"), "{}", response.body);
    // A code is good once, even after a failed redemption.
    let response = server.redeem(&code, "the-challenge-is-a-verifier-of-at-least-43-chars");
    assert_eq!(response.status, 400);
}

// ------------------------------------------------------------------ the JSON face

#[test]
fn the_json_entry_points_speak_the_popup_contract() {
    let server = ContractServer::start();
    let browser = Browser::signed_in(&server, ADO);
    let listed: Value = serde_json::from_str(&block_on(list_json(&browser, "azure-devops", "{}"))).unwrap();
    let first = &listed["grants"][0];
    for key in [
        "provider",
        "id",
        "appName",
        "publisher",
        "publisherVerified",
        "clientId",
        "scopes",
        "risk",
        "redirectUri",
        "issued",
        "validUntil",
        "everUsed",
        "resource",
    ] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    assert_eq!(first["provider"], "azure-devops");
    assert!(first["scopes"][0]["tier"].is_string());

    let id = first["id"].as_str().unwrap();
    assert_eq!(block_on(revoke_json(&browser, "azure-devops", id, r#"{"auth":{"kind":"session"}}"#)), r#"{"ok":true}"#);

    let signed_out = Browser::new(&server);
    let failed: Value = serde_json::from_str(&block_on(list_json(&signed_out, "azure-devops", "{}"))).unwrap();
    assert_eq!(failed["error"]["kind"], "signIn");
    assert_eq!(failed["error"]["signInUrl"], "https://app.vssps.visualstudio.com/_signin");
    let unknown: Value = serde_json::from_str(&block_on(list_json(&browser, "github", "{}"))).unwrap();
    assert_eq!(unknown["error"]["kind"], "config");
    let secret = r#"{"auth":"a-pat-in-the-wrong-place"}"#;
    let bad = block_on(list_json(&browser, "azure-devops", secret));
    assert!(bad.contains("\"config\"") && !bad.contains("a-pat-in-the-wrong-place"), "{bad}");
}

/// A failure in words: its key with as many values as the message takes, and the popup's English
/// message (`extension/_locales/en`) filled with them is the English the client logs.
fn assert_said(err: &GrantsError, key: GrantsErrorKey) {
    assert_eq!(err.key, Some(key), "{err:?}");
    assert_eq!(err.params.len(), key.params(), "{err:?}");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("extension/_locales/en/messages.json");
    let messages: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut text = messages[key.as_str()]["message"].as_str().unwrap().to_string();
    for (i, value) in err.params.iter().enumerate().rev() {
        text = text.replace(&format!("${}", i + 1), value);
    }
    if let Some(said) = &err.said {
        text = format!("{text} ({said})");
    }
    assert_eq!(text, err.message);
    let json = serde_json::to_value(err).unwrap();
    assert_eq!(json["key"], key.as_str(), "the popup gets the key: {json}");
}
