//! `listGrants` and `revokeGrant` for the popup, and the `fetch` transport they send through. It
//! runs in the service worker and in extension pages alike: `fetch` and `setTimeout` are taken
//! from the global scope, not from `window`.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestCredentials, RequestInit, Response};

use crate::grants::{self, HttpRequest, HttpResponse, Transport, TransportError};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(input: &str, init: &RequestInit) -> Promise;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Loads the scope catalogs the grants are rated with: a JSON array of the contents of
/// `data/scopes/*.json`, read by the popup before any other call. Throws on a malformed catalog.
#[wasm_bindgen(js_name = loadScopeCatalogs)]
pub fn load_scope_catalogs(catalogs_json: &str) -> Result<(), JsError> {
    crate::scopes::load_catalogs(catalogs_json).map_err(|e| JsError::new(&e))
}

/// The grants at `provider` (`"azure-devops"` or `"entra"`), riskiest first:
/// `{"grants":[…]}` or `{"error":{"kind","message","signInUrl"?,"retryAfter"?}}`.
#[wasm_bindgen(js_name = listGrants)]
pub async fn list_grants(provider: String, config_json: String) -> String {
    grants::list_json(&Fetch, &provider, &config_json).await
}

/// Revokes one grant: `{"ok":true}` or `{"error":{…}}`.
#[wasm_bindgen(js_name = revokeGrant)]
pub async fn revoke_grant(provider: String, grant_id: String, config_json: String) -> String {
    grants::revoke_json(&Fetch, &provider, &grant_id, &config_json).await
}

/// The providers' own pages where a person sees and revokes their grants:
/// `{"pages":[{id,url,appUrl?,name,shows}]}` (`name` and `shows` are locale keys).
#[wasm_bindgen(js_name = accountPages)]
pub fn account_pages() -> String {
    grants::pages::account_pages_json()
}

/// `fetch` with the browser's cookies when the request asks for the session, aborted after the
/// request's timeout (the body included).
struct Fetch;

impl Transport for Fetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let network = |e: JsValue| TransportError::Network(describe(&e));
        let controller = AbortController::new().map_err(network)?;
        let headers = Headers::new().map_err(network)?;
        for (name, value) in &request.headers {
            headers.append(name, value).map_err(network)?;
        }
        let init = RequestInit::new();
        init.set_method(request.method.as_str());
        init.set_headers(&headers);
        init.set_credentials(if request.with_session { RequestCredentials::Include } else { RequestCredentials::Omit });
        init.set_signal(Some(&controller.signal()));
        if let Some(body) = &request.body {
            init.set_body(&JsValue::from_str(body));
        }
        let abort = Closure::once({
            let controller = controller.clone();
            move || controller.abort()
        });
        let timer = set_timeout(abort.as_ref().unchecked_ref(), i32::try_from(request.timeout_ms).unwrap_or(i32::MAX));
        let result = exchange(&request.url, &init).await;
        clear_timeout(&timer);
        drop(abort);
        result.map_err(|e| if controller.signal().aborted() { TransportError::Timeout } else { network(e) })
    }

    async fn sleep(&self, ms: u32) {
        let wait = Promise::new(&mut |resolve, _| {
            set_timeout(&resolve, i32::try_from(ms).unwrap_or(i32::MAX));
        });
        let _ = JsFuture::from(wait).await;
    }
}

async fn exchange(url: &str, init: &RequestInit) -> Result<HttpResponse, JsValue> {
    let response: Response = JsFuture::from(global_fetch(url, init)).await?.dyn_into()?;
    let mut headers = Vec::new();
    if let Some(entries) = js_sys::try_iter(&response.headers())? {
        for entry in entries {
            let pair: Array = entry?.dyn_into()?;
            headers.push((pair.get(0).as_string().unwrap_or_default(), pair.get(1).as_string().unwrap_or_default()));
        }
    }
    let body = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    Ok(HttpResponse { status: response.status(), headers, body })
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "network error".to_string())
}
