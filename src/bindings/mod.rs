//! The JavaScript face of the crate (wasm-bindgen). It holds no logic: it parses JSON from the
//! extension, calls the crate, and returns JSON. Errors become a message, never a panic.

mod grants;
mod verdict;

pub use grants::*;
pub use verdict::*;
