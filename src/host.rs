//! host — placeholder with the brief's signatures until the engine's host module lands on main.

pub struct Lookalike {
    pub trusted_host: String,
    pub provider: String,
    pub how: String,
}

const CONTENT: [&str; 8] = ["azurewebsites.net", "github.io", "ngrok-free.app", "ngrok.io", "trycloudflare.com", "web.app", "vercel.app", "pages.dev"];
const TRUSTED: [(&str, &str); 4] = [
    ("app.vssps.visualstudio.com", "azure-devops"),
    ("login.microsoftonline.com", "microsoft"),
    ("github.com", "github"),
    ("accounts.google.com", "google"),
];

pub fn registrable_domain(host: &str) -> String {
    let labels: Vec<&str> = host.trim_end_matches('.').split('.').collect();
    labels[labels.len().saturating_sub(2)..].join(".").to_ascii_lowercase()
}

pub fn is_content_host(host: &str) -> bool {
    let h = host.to_ascii_lowercase();
    CONTENT.iter().any(|c| h == *c || h.ends_with(&format!(".{c}")))
}

pub fn is_ip_literal(host: &str) -> bool {
    host.parse::<std::net::IpAddr>().is_ok() || host.trim_matches(['[', ']']).parse::<std::net::Ipv6Addr>().is_ok()
}

pub fn lookalike(host: &str) -> Option<Lookalike> {
    let h = host.to_ascii_lowercase();
    TRUSTED.iter().find_map(|(t, p)| {
        let d = strsim::levenshtein(&h, t);
        (d > 0 && d <= 2).then(|| Lookalike { trusted_host: t.to_string(), provider: p.to_string(), how: "one or two letters differ".into() })
    })
}
