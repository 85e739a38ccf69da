//! Small builders for page snapshots, shared by the rule tests, the hostile-input tests and the
//! engine benchmark.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test
#![allow(dead_code)]

use consent_guard::snapshot::{
    BrandItem, BrandSource, Form, Frame, Input, InputKind, PageContext, PageSnapshot, PositionedUrl,
};

/// A frame as the engine receives it: what the content script saw and what the worker knows.
#[derive(Clone, Debug)]
pub struct Page {
    pub snap: PageSnapshot,
    pub ctx: PageContext,
}

/// The top frame of a tab at `url`, over a connection without certificate errors.
pub fn page(url: &str) -> Page {
    Page {
        snap: PageSnapshot { url: url.into(), top_frame: true, ..PageSnapshot::default() },
        ctx: PageContext {
            url: url.into(),
            top_frame: true,
            cert_error: None,
            policy_read: true,
            snapshot_error: None,
            snapshot_reason: None,
        },
    }
}

/// The English message of a locale key (extension/_locales/en/messages.json) with `$1..$n` filled.
pub fn locale_text(key: &str, params: &[String]) -> String {
    static MESSAGES: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    let messages = MESSAGES.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/extension/_locales/en/messages.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    });
    let mut text = messages[key]["message"].as_str().unwrap_or_else(|| panic!("no en message {key}")).to_string();
    for (n, p) in params.iter().enumerate().rev() {
        text = text.replace(&format!("${}", n + 1), p);
    }
    text
}

/// A sentence of a consent review in English: the scopes it names in their catalog's words (the
/// first letter lower-cased, as `data/scopes/words/en.json` says), then its other parameters.
pub fn words_text(words: &consent_guard::finding::Words, scopes: &[consent_guard::scopes::ScopeInfo]) -> String {
    let named = words.key.named_scopes();
    let params: Vec<String> = words
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i >= named {
                return p.clone();
            }
            let s = scopes.iter().find(|s| s.scope == *p).expect("a named scope is rated");
            let mut chars = s.description.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect();
    locale_text(words.key.as_str(), &params)
}

/// A verdict's summary in English.
pub fn summary_text(v: &consent_guard::Verdict) -> String {
    locale_text(v.summary.key.as_str(), &v.summary.params)
}

/// A finding's message in English.
pub fn finding_text(f: &consent_guard::Finding) -> String {
    locale_text(&f.rule.info().message_key(), &f.params)
}

impl Page {
    pub fn title(mut self, t: &str) -> Self {
        self.snap.title = t.into();
        self
    }

    fn brand(mut self, text: &str, source: BrandSource, control: Option<&str>) -> Self {
        self.snap.brand.push(BrandItem {
            text: text.into(),
            source,
            control_text: control.map(Into::into),
            card: None,
        });
        self
    }

    pub fn heading(self, t: &str) -> Self {
        self.brand(t, BrandSource::Heading, None)
    }

    /// The last brand item's card: what the controls of the short box around it say, one a line.
    pub fn card(mut self, controls: &str) -> Self {
        if let Some(b) = self.snap.brand.last_mut() {
            b.card = Some(controls.into());
        }
        self
    }

    pub fn banner(self, t: &str) -> Self {
        self.brand(t, BrandSource::Banner, None)
    }

    /// A line of the header inside a link or button with this visible text (its home link).
    pub fn banner_in(self, t: &str, control: &str) -> Self {
        self.brand(t, BrandSource::Banner, Some(control))
    }

    pub fn logo(self, t: &str) -> Self {
        self.brand(t, BrandSource::Logo, None)
    }

    /// A logo inside a link or button with this visible text.
    pub fn logo_in(self, t: &str, control: &str) -> Self {
        self.brand(t, BrandSource::Logo, Some(control))
    }

    /// A line of visible text elsewhere on the page that names a provider (`BrandSource::Text`).
    pub fn text_line(self, t: &str) -> Self {
        self.brand(t, BrandSource::Text, None)
    }

    /// Such a line inside a link or button with this visible text.
    pub fn text_line_in(self, t: &str, control: &str) -> Self {
        self.brand(t, BrandSource::Text, Some(control))
    }

    pub fn text(mut self, t: &str) -> Self {
        self.snap.text = t.into();
        self
    }

    pub fn buttons(mut self, b: &[&str]) -> Self {
        self.snap.buttons.extend(b.iter().map(|s| s.to_string()));
        self
    }

    /// A form; inputs added after it belong to it.
    pub fn form(mut self, action: &str, text: &str) -> Self {
        self.snap.forms.push(Form { action: action.into(), method: "post".into(), text: text.into() });
        self
    }

    pub fn input(mut self, kind: InputKind, id: &str, name: &str, label: &str) -> Self {
        let r#type = match kind {
            InputKind::Password => "password",
            InputKind::Identifier => "email",
            InputKind::OneTimeCode => "text",
            InputKind::Other => "text",
        };
        let form = self.snap.forms.len().checked_sub(1);
        self.snap.inputs.push(Input {
            kind,
            r#type: r#type.into(),
            name: name.into(),
            id: id.into(),
            label: label.into(),
            form,
            ..Input::default()
        });
        self
    }

    pub fn password(self, label: &str) -> Self {
        self.input(InputKind::Password, "", "password", label)
    }

    /// The last input shows a value and cannot be edited (`readonly`).
    pub fn read_only(mut self) -> Self {
        if let Some(i) = self.snap.inputs.last_mut() {
            i.read_only = true;
        }
        self
    }

    /// A message box (`<textarea>`) in the last form.
    pub fn textarea(mut self, label: &str) -> Self {
        self = self.input(InputKind::Other, "", "message", label);
        if let Some(i) = self.snap.inputs.last_mut() {
            i.r#type = "textarea".into();
        }
        self
    }

    pub fn email(self) -> Self {
        self.input(InputKind::Identifier, "", "email", "Email")
    }

    pub fn resources(mut self, hosts: &[&str]) -> Self {
        self.snap.resource_hosts.extend(hosts.iter().map(|s| s.to_string()));
        self
    }

    pub fn script_without_integrity(mut self, src: &str) -> Self {
        self.snap.scripts_without_integrity.push(src.into());
        self
    }

    pub fn frame(mut self, src: &str, width: f64, height: f64, opacity: f64, visible: bool) -> Self {
        self.snap.frames.push(Frame { src: src.into(), visible, width, height, opacity });
        self
    }

    pub fn positioned(mut self, text: &str, with_form: bool) -> Self {
        self.snap.positioned_urls.push(PositionedUrl { text: text.into(), with_form });
        self
    }

    /// A frame inside pages of these origins (nearest first).
    pub fn framed_by(mut self, origins: &[&str]) -> Self {
        self.snap.top_frame = false;
        self.ctx.top_frame = false;
        self.snap.ancestor_origins = origins.iter().map(|s| s.to_string()).collect();
        self
    }

    pub fn cert_error(mut self, e: &str) -> Self {
        self.ctx.cert_error = Some(e.into());
        self
    }

    /// The content script's snapshot is missing (the worker only knows the URL).
    pub fn unread(mut self) -> Self {
        self.snap = PageSnapshot { top_frame: true, ..PageSnapshot::default() };
        self
    }
}

// Genuine pages, one per provider and kind.

pub fn azure_devops_approval() -> Page {
    page("https://app.vssps.visualstudio.com/oauth2/authorize?client_id=6f1c2a8e-1b7c-4c53-9f5e-2f4e1f0a9b10&response_type=Assertion&state=xyz&scope=vso.code_write%20vso.build_execute&redirect_uri=https://tools.contoso.com/oauth/callback")
        .title("Authorize application")
        .logo("Azure DevOps")
        .banner("Azure DevOps")
        .heading("Authorize application")
        .text("Contoso Build Tools by Contoso Ltd would like permission to access your Azure DevOps resources. This application will be able to: Code (read and write), Build (read and execute). Terms of service Privacy statement")
        .form("https://app.vssps.visualstudio.com/oauth2/authorize", "")
        .buttons(&["Accept", "Deny"])
        .resources(&["cdn.vsassets.io", "app.vssps.visualstudio.com"])
}

pub fn microsoft_sign_in() -> Page {
    page("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=https%3A%2F%2Flocalhost&scope=openid%20profile&state=abc")
        .title("Sign in to your account")
        .logo("Microsoft")
        .heading("Sign in")
        .text("Sign in Email, phone, or Skype No account? Create one! Can't access your account? Next Sign-in options Terms of use Privacy & cookies")
        .form("https://login.microsoftonline.com/common/login", "Sign in Email, phone, or Skype")
        .input(InputKind::Identifier, "i0116", "loginfmt", "Enter your email, phone, or Skype.")
        .input(InputKind::Password, "i0118", "passwd", "Enter the password for your account")
        .buttons(&["Next", "Back"])
        .resources(&["aadcdn.msftauth.net", "login.microsoftonline.com"])
}

pub fn microsoft_consent() -> Page {
    page("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=9f2c1a4e-0000-4000-8000-000000000001&response_type=code&scope=Mail.Read%20offline_access&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&prompt=consent")
        .title("Sign in to your account")
        .logo("Microsoft")
        .heading("Permissions requested")
        .text("Permissions requested Contoso Mail Helper unverified This app would like to: Read your mail Maintain access to data you have given it access to Accept Cancel")
        .form("https://login.microsoftonline.com/common/Consent/Set", "")
        .buttons(&["Accept", "Cancel"])
        .resources(&["aadcdn.msftauth.net"])
}

pub fn live_sign_in() -> Page {
    page("https://login.live.com/oauth20_authorize.srf?client_id=000000004C12AE6F&scope=service::user.auth.xboxlive.com::MBI_SSL&response_type=token")
        .title("Sign in to your Microsoft account")
        .logo("Microsoft")
        .form("https://login.live.com/ppsecure/post.srf", "Sign in")
        .input(InputKind::Identifier, "i0116", "loginfmt", "Email, phone, or Skype")
        .buttons(&["Next"])
        .resources(&["logincdn.msauth.net"])
}

pub fn github_sign_in() -> Page {
    page("https://github.com/login")
        .title("Sign in to GitHub · GitHub")
        .logo("GitHub octicon-mark-github")
        .heading("Sign in to GitHub")
        .text("Sign in to GitHub Username or email address Password Forgot password? Sign in New to GitHub? Create an account")
        .form("https://github.com/session", "Username or email address Password")
        .input(InputKind::Identifier, "login_field", "login", "Username or email address")
        .input(InputKind::Password, "password", "password", "Password")
        .buttons(&["Sign in", "Sign in with a passkey"])
        .resources(&["github.githubassets.com", "avatars.githubusercontent.com"])
}

pub fn github_approval() -> Page {
    page("https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&redirect_uri=https%3A%2F%2Focto.example.com%2Fcb&scope=repo%20read%3Aorg&state=s1")
        .title("Authorize application")
        .logo("GitHub")
        .heading("Authorize Octo App")
        .text("Octo App by octo-org wants to access your monalisa account Repositories Public and private Organizations and teams Read-only access Authorize octo-org Cancel Authorizing will redirect to https://octo.example.com")
        .form("https://github.com/login/oauth/authorize", "")
        .buttons(&["Cancel", "Authorize octo-org"])
        .resources(&["github.githubassets.com"])
}

pub fn github_device() -> Page {
    page("https://github.com/login/device")
        .title("Device Activation")
        .logo("GitHub")
        .heading("Device Activation")
        .form("https://github.com/login/device/confirmation", "Enter the code displayed on your device")
        .input(InputKind::OneTimeCode, "user-code-0", "user-code-0", "Code")
        .buttons(&["Continue"])
}

pub fn google_sign_in() -> Page {
    page("https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fmail.google.com&flowName=GlifWebSignIn")
        .title("Sign in - Google Accounts")
        .logo("Google")
        .heading("Sign in")
        .text("Sign in to continue to Gmail Email or phone Forgot email? Not your computer? Use Guest mode to sign in privately. Next Create account")
        .form("https://accounts.google.com/v3/signin/_/AccountsSignInUi/data/batchexecute", "")
        .input(InputKind::Identifier, "identifierId", "identifier", "Email or phone")
        .buttons(&["Next", "Create account"])
        .resources(&["ssl.gstatic.com", "www.gstatic.com", "fonts.gstatic.com"])
}

pub fn google_consent() -> Page {
    page("https://accounts.google.com/signin/oauth/consent?authuser=0&part=AJi8hAM&as=S123&client_id=123-abc.apps.googleusercontent.com")
        .title("Sign in - Google Accounts")
        .logo("Google")
        .heading("GitHub wants access to your Google Account")
        .text("GitHub wants access to your Google Account monalisa@gmail.com This will allow GitHub to: See your primary Google Account email address Make sure you trust GitHub Cancel Allow")
        .buttons(&["Cancel", "Allow"])
        .resources(&["ssl.gstatic.com"])
}

// Ordinary pages that must stay quiet.

pub fn shop_login() -> Page {
    page("https://shop.example.com/account/login")
        .title("Sign in – Example Shop")
        .logo("Example Shop")
        .heading("Sign in to your account")
        .form("https://shop.example.com/account/login", "Email Password Remember me")
        .email()
        .password("Password")
        .buttons(&["Sign in", "Create account"])
        .logo_in("Google logo", "Sign in with Google")
        .resources(&["shop.example.com", "www.gstatic.com", "www.google.com"])
}

pub fn oauth_blog_post() -> Page {
    page("https://blog.example.org/2026/azure-devops-oauth")
        .title("How we wired Azure DevOps OAuth into our release tooling, step by step – Example Engineering")
        .heading("Azure DevOps OAuth, step by step")
        .text("Send the user to https://app.vssps.visualstudio.com/oauth2/authorize?client_id={app id}&response_type=Assertion&state=...&scope=vso.code&redirect_uri=https://example.org/callback where they see the approval page and click Accept. The app will be able to read code.")
        .buttons(&["Subscribe", "Share"])
        .email()
        .resources(&["blog.example.org", "github.githubassets.com"])
}

pub fn sign_in_with_microsoft_button() -> Page {
    page("https://app.contoso-crm.com/signin")
        .title("Contoso CRM")
        .logo("Contoso CRM")
        .heading("Welcome back")
        .logo_in("Microsoft logo", "Sign in with Microsoft")
        .logo_in("GitHub mark", "Continue with GitHub")
        .buttons(&["Sign in with Microsoft", "Continue with GitHub"])
}

pub fn company_sso() -> Page {
    page("https://sso.fabrikam.com/login")
        .title("Fabrikam single sign-on")
        .logo("Fabrikam")
        .heading("Sign in with your Microsoft work account")
        .form("https://sso.fabrikam.com/login", "Work email Password")
        .email()
        .password("Password")
        .logo_in("Microsoft", "Sign in with Microsoft")
        .buttons(&["Sign in", "Sign in with Microsoft"])
}

pub fn checkout_with_card_frame() -> Page {
    page("https://shop.example.com/checkout")
        .title("Checkout – Example Shop")
        .heading("Payment")
        .text("Pay with card. Card number Expiry CVC. By placing your order you accept the terms.")
        .input(InputKind::Other, "name", "name", "Name on card")
        .frame("https://js.stripe.com/v3/elements-inner-card.html", 400.0, 44.0, 1.0, true)
        .buttons(&["Place order", "Accept terms"])
        .resources(&["js.stripe.com", "shop.example.com"])
}

pub fn short_domain_login(host: &str) -> Page {
    page(&format!("https://{host}/login"))
        .title("Log in")
        .heading("Log in")
        .form(&format!("https://{host}/login"), "Email Password")
        .email()
        .password("Password")
        .buttons(&["Log in"])
}
