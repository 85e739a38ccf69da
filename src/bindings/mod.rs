//! The JavaScript face of the crate (wasm-bindgen). It holds no logic: it parses JSON from the
//! extension, calls the crate, and returns JSON. Errors become a message, never a panic.

#[cfg(feature = "grants")]
mod grants;
#[cfg(feature = "verdict")]
mod report;
#[cfg(feature = "verdict")]
mod verdict;

#[cfg(feature = "grants")]
pub use grants::*;
#[cfg(feature = "verdict")]
pub use report::*;
#[cfg(feature = "verdict")]
pub use verdict::*;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Runs when the module is instantiated: a panic is logged with its message before the module
/// traps (the extension then resets the module state and builds a new engine, never reusing it).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&format!("Consent Guard engine panicked: {info}"))));
}
