//! The JavaScript face of the crate (wasm-bindgen). It holds no logic: it parses JSON from the
//! extension, calls the crate, and returns JSON. Errors become a message, never a panic.

#[cfg(feature = "grants")]
mod grants;
#[cfg(feature = "verdict")]
mod verdict;

#[cfg(feature = "grants")]
pub use grants::*;
#[cfg(feature = "verdict")]
pub use verdict::*;
