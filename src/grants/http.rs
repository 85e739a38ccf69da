//! The transport the grant clients speak through, and the retry rules they share.
//!
//! The extension sends with `fetch` (see `bindings::grants`), native tests with a real HTTP
//! client. Either way the transport only moves bytes: deciding what a status means, waiting for
//! `Retry-After` and backing off are done here, once.

use std::fmt;
use std::time::Duration;

/// HTTP methods the provider APIs use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
    Options,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
        }
    }
}

/// One request. `Debug` never shows credentials (`Authorization`, `Cookie` headers).
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    /// Send the browser's cookies for the host (the person's existing session).
    pub with_session: bool,
    /// Give up on the request (and its body) after this long.
    pub timeout_ms: u32,
}

impl fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let secret = ["authorization", "cookie"].iter().any(|h| name.eq_ignore_ascii_case(h));
                let shown = if secret { "[redacted]" } else { value };
                (name.as_str(), shown)
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .field("with_session", &self.with_session)
            .field("timeout_ms", &self.timeout_ms)
            .finish()
    }
}

/// One response, body read as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpResponse {
    /// First header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// A web page where JSON was expected: a sign-in page served instead of the API answer.
    pub fn is_html(&self) -> bool {
        let declared = self.header("content-type").is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
        let head = self.body.trim_start().get(..15).unwrap_or("").to_ascii_lowercase();
        declared || head.starts_with("<!doctype html") || head.starts_with("<html")
    }
}

/// Why a request got no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// No complete answer within the request's `timeout_ms`.
    Timeout,
    /// The connection failed (offline, refused, DNS, blocked).
    Network(String),
}

/// Sends requests and waits. Implementations: `fetch` in the extension, a blocking HTTP client in
/// native tests (whose `sleep` may shorten the wait).
#[allow(async_fn_in_trait)] // single-threaded in the browser; no `Send` bound wanted
pub trait Transport {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError>;
    async fn sleep(&self, ms: u32);
}

/// How often and how long to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt, for 429, 5xx, timeouts and network failures.
    pub max_retries: u32,
    /// First backoff; doubles with each retry.
    pub backoff_ms: u32,
    /// Longest wait for one `Retry-After` or backoff.
    pub max_wait_ms: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { max_retries: 3, backoff_ms: 500, max_wait_ms: 30_000 }
    }
}

impl RetryPolicy {
    pub fn attempts(&self) -> u32 {
        self.max_retries + 1
    }

    fn backoff(&self, retry: u32) -> u32 {
        self.backoff_ms.saturating_mul(1 << retry.min(16)).min(self.max_wait_ms)
    }
}

/// Whether a status is worth another try: throttled, or a server-side failure.
fn transient(status: u16) -> bool {
    status == 429 || status == 408 || (500..600).contains(&status)
}

/// Sends `request`, retrying transient failures within `policy`. Returns the first response that
/// is not transient, or the last one when the retries are used up (the caller turns it into a
/// message); a transport error only if the last attempt had no response at all.
pub async fn send_with_retries<T: Transport>(
    transport: &T,
    request: &HttpRequest,
    policy: &RetryPolicy,
) -> Result<HttpResponse, TransportError> {
    let mut retry = 0;
    loop {
        let outcome = transport.send(request.clone()).await;
        let wait = match &outcome {
            Ok(response) if !transient(response.status) => return outcome,
            Ok(response) => retry_after_ms(response).map_or(policy.backoff(retry), |ms| ms.min(policy.max_wait_ms)),
            Err(_) => policy.backoff(retry),
        };
        if retry >= policy.max_retries {
            return outcome;
        }
        transport.sleep(wait).await;
        retry += 1;
    }
}

/// `Retry-After` in milliseconds: delay-seconds, or an HTTP date measured against the response's
/// own `Date` header (no local clock needed). `None` when absent or unreadable.
pub fn retry_after_ms(response: &HttpResponse) -> Option<u32> {
    let value = response.header("retry-after")?.trim();
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => {
            let at = httpdate::parse_http_date(value).ok()?;
            let now = httpdate::parse_http_date(response.header("date")?.trim()).ok()?;
            at.duration_since(now).unwrap_or(Duration::ZERO)
        }
    };
    Some(u32::try_from(wait.as_millis()).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(headers: &[(&str, &str)]) -> HttpResponse {
        HttpResponse {
            status: 429,
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
            body: String::new(),
        }
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(retry_after_ms(&response(&[("Retry-After", "7")])), Some(7_000));
        let dated =
            response(&[("Retry-After", "Sun, 06 Nov 1994 08:49:42 GMT"), ("Date", "Sun, 06 Nov 1994 08:49:37 GMT")]);
        assert_eq!(retry_after_ms(&dated), Some(5_000));
        let past =
            response(&[("Retry-After", "Sun, 06 Nov 1994 08:49:30 GMT"), ("Date", "Sun, 06 Nov 1994 08:49:37 GMT")]);
        assert_eq!(retry_after_ms(&past), Some(0));
        assert_eq!(retry_after_ms(&response(&[("Retry-After", "Sun, 06 Nov 1994 08:49:42 GMT")])), None);
        assert_eq!(retry_after_ms(&response(&[("Retry-After", "soon")])), None);
        assert_eq!(retry_after_ms(&response(&[])), None);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy { max_retries: 3, backoff_ms: 500, max_wait_ms: 1_500 };
        assert_eq!([policy.backoff(0), policy.backoff(1), policy.backoff(2)], [500, 1_000, 1_500]);
    }

    #[test]
    fn sign_in_pages_are_recognised_as_html() {
        let mut page = response(&[("Content-Type", "text/html; charset=utf-8")]);
        assert!(page.is_html());
        page.headers.clear();
        page.body = "\n  <!DOCTYPE html><html><title>Sign in</title>".into();
        assert!(page.is_html());
        page.body = "[]".into();
        assert!(!page.is_html());
    }

    #[test]
    fn debug_output_hides_the_authorization_header() {
        let request = HttpRequest {
            method: Method::Get,
            url: "https://app.vssps.visualstudio.com/_apis/".into(),
            headers: vec![
                ("Authorization".into(), "Basic OnNlY3JldA==".into()),
                ("Cookie".into(), "UserAuthentication=s3ss10n".into()),
            ],
            body: None,
            with_session: false,
            timeout_ms: 1_000,
        };
        let shown = format!("{request:?}");
        assert!(!shown.contains("OnNlY3JldA") && !shown.contains("s3ss10n"), "{shown}");
        assert!(shown.contains("[redacted]"));
    }
}
