//! Consent Guard: decides whether an OAuth approval or sign-in page is the provider's genuine page,
//! reads what a consent request asks for, and lists and revokes the grants a person has made.
//!
//! Everything here but [`bindings`] is plain Rust with no browser dependency. The browser pushes
//! data in (a [`snapshot::PageSnapshot`] and a [`snapshot::PageContext`]) and gets data back
//! (a [`verdict::Verdict`]); network I/O for grants goes through [`grants::Transport`].

pub mod consent;
mod datafiles;
pub mod finding;
pub mod grants;
pub mod host;
pub mod json;
pub mod logo;
pub mod lookalike;
pub mod policy;
pub mod providers;
pub mod qr;
pub mod redirect;
pub mod report;
pub mod rules;
pub mod scopes;
pub mod snapshot;
pub mod text;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
pub mod bindings;

/// Talc in place of the standard library's dlmalloc: a smaller module and faster allocation (the
/// module is single-threaded).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use finding::{Finding, Level, RuleId, Severity};
pub use snapshot::{PageContext, PageSnapshot};
pub use verdict::Verdict;
