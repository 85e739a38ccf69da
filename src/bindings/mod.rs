//! The JavaScript face of the crate (wasm-bindgen). It holds no logic: it parses JSON from the
//! extension, calls the crate, and returns JSON. Errors become a message, never a panic.

mod verdict;

pub use verdict::*;
