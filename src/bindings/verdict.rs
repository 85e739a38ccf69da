use wasm_bindgen::prelude::*;

use crate::finding::ErrorKind;
use crate::json::ToJson;
use crate::policy::{self, Resolved};
use crate::rules;
use crate::snapshot::{PageContext, PageSnapshot};
use crate::verdict::Verdict;

/// Loads the engine's data files, read by the worker before it builds an engine: the scope
/// catalogs (a JSON array of the contents of `data/scopes/*.json`, read when a scope is first
/// rated), the private section of the Public Suffix List (`data/psl-private.txt`, read now) and
/// the text-folding tables (the bytes of `data/text-tables.bin`, read now), and the wording of
/// federation controls (`data/federation.txt`) and of password asks (`data/password-asks.txt`),
/// read now. Throws on a malformed suffix list, tables or wording (truncated, corrupted); until
/// all are loaded, every verdict is "could not verify".
#[wasm_bindgen(js_name = loadData)]
pub fn load_data(
    catalogs_json: &str,
    private_suffixes: &str,
    text_tables: &[u8],
    federation: &str,
    password_asks: &str,
) -> Result<(), JsError> {
    crate::text::load_tables(text_tables).map_err(|e| JsError::new(&e))?;
    rules::load_wording(federation, password_asks).map_err(|e| JsError::new(&e))?;
    crate::scopes::keep_catalogs(catalogs_json).map_err(|e| JsError::new(&e))?;
    crate::host::load_private_suffixes(private_suffixes).map_err(|e| JsError::new(&e))
}

/// The engine, its policy, and whether the text tables were loaded when it was built (it folds its
/// providers' names when built: one built before [`load_data`] gives no verdict of its own).
#[wasm_bindgen]
pub struct Engine(rules::Engine, Resolved, bool);

#[wasm_bindgen]
impl Engine {
    /// `managed_json`: the organisation's managed policy; `options_json`: the person's options
    /// (each `null` when there is none). Never fails: bad keys are dropped and named in
    /// [`Engine::policy_summary`].
    #[wasm_bindgen(constructor)]
    pub fn new(managed_json: &str, options_json: &str) -> Engine {
        let resolved = policy::resolve_json(managed_json, options_json);
        Engine(rules::Engine::new(resolved.policy.clone()), resolved, crate::text::tables_loaded())
    }

    /// The effective policy summary as JSON: mode, support, showGenuineBadge, disableOptions,
    /// managedKeys, problems, and the whole effective policy.
    #[wasm_bindgen(js_name = policySummary)]
    pub fn policy_summary(&self) -> String {
        self.1.summary().to_json()
    }

    /// Verdict JSON for one frame. Input the engine cannot read, or an engine without its data
    /// ([`load_data`]), gives a "could not verify" verdict.
    pub fn evaluate(&self, snapshot_json: &str, context_json: &str) -> String {
        if !self.2
            || !crate::scopes::catalogs_loaded()
            || !crate::host::private_suffixes_loaded()
            || !rules::wording_loaded()
        {
            let detail = "the engine's data (scope catalogs, private suffix list, text tables, wording) is not loaded";
            return Verdict::could_not_verify("", ErrorKind::EngineUnavailable, detail).to_json();
        }
        let context = match PageContext::from_json(context_json) {
            Ok(c) => c,
            Err(e) => {
                return Verdict::could_not_verify("", ErrorKind::ContextUnreadable, format!("page context: {e}"))
                    .to_json()
            }
        };
        let verdict = match PageSnapshot::from_json(snapshot_json) {
            Ok(snapshot) => self.0.evaluate(&snapshot, &context),
            Err(e) => self.0.evaluate(
                &PageSnapshot::default(),
                &PageContext { snapshot_error: Some(format!("page snapshot: {e}")), ..context },
            ),
        };
        verdict.to_json()
    }

    /// The report event for one thing that happened (`report::EventInput` JSON), built and
    /// formatted under this engine's policy: `{"event": …}`, or `{"skip": …}` when the policy
    /// sends none (no endpoint, a kind it does not ask for) or the input is no event.
    #[wasm_bindgen(js_name = reportEvent)]
    pub fn report_event(&self, input_json: &str) -> String {
        crate::bindings::report::event_answer(&self.1.policy, input_json)
    }

    /// `host` belongs to a provider this engine knows (built-in or the organisation's): one of its
    /// origin hosts or its own sites.
    #[wasm_bindgen(js_name = isProviderHost)]
    pub fn is_provider_host(&self, host: &str) -> bool {
        self.0.providers().any(|p| p.has_host(host) || p.owns(host))
    }
}

/// The registrable domain of `host` (public suffix list), for grouping hosts by site.
#[wasm_bindgen(js_name = registrableDomain)]
pub fn registrable_domain(host: &str) -> String {
    crate::host::registrable_domain(host)
}

/// Provider logos in a view of the tab (`rgba`, `width`×`height`, at most
/// [`crate::logo::MAX_VIEW_SIDE`] a side): a JSON array of `{provider, name, x, y, size}`, the
/// square of the view each was found in. The worker hands that square back as a `view` image.
#[wasm_bindgen(js_name = scanView)]
pub fn scan_view(rgba: &[u8], width: usize, height: usize) -> String {
    let found = crate::logo::Pixels::new(rgba, width, height).map(|p| crate::logo::scan(&p)).unwrap_or_default();
    found.to_json()
}

/// One verdict for a tab from the JSON array of its frames' verdicts.
#[wasm_bindgen(js_name = combineVerdicts)]
pub fn combine_verdicts(verdicts_json: &str) -> String {
    match Verdict::list_from_json(verdicts_json) {
        Ok(frames) => rules::combine(&frames).to_json(),
        Err(e) => {
            Verdict::could_not_verify("", ErrorKind::VerdictsUnreadable, format!("frame verdicts: {e}")).to_json()
        }
    }
}

/// The effective policy summary (as [`Engine::policy_summary`]) without building an engine: for
/// the options page.
#[wasm_bindgen(js_name = effectivePolicy)]
pub fn effective_policy(managed_json: &str, options_json: &str) -> String {
    policy::resolve_json(managed_json, options_json).summary().to_json()
}
