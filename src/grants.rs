//! Listing and revoking the grants a person has made.

/// Sends one HTTP request; the extension uses fetch, native tests a real HTTP client.
pub trait Transport {}
