//! The words of the engine's answers, as data: levels, severities, page kinds, and every rule id
//! with its severity and the parameters of its message. The extension renders a finding from the
//! locale (`rule_<id with . and - as _>` with `$1..$n` filled from `params`); Rust writes no
//! sentence. This module uses nothing else of the crate.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The toolbar badge: genuine `✓` on green, danger `!` on red, caution `?` on amber, none empty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    /// Not an approval or sign-in page of any provider, and nothing suspicious.
    #[default]
    None,
    /// Every check passed on the provider's own approval or sign-in page.
    Genuine,
    /// Something is off or could not be verified; never green.
    Caution,
    /// A spoof or an attack on the person.
    Danger,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::None, Level::Genuine, Level::Caution, Level::Danger];

    /// Severity order for combining: none < genuine < caution < danger.
    pub fn rank(self) -> u8 {
        match self {
            Level::None => 0,
            Level::Genuine => 1,
            Level::Caution => 2,
            Level::Danger => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Genuine => "genuine",
            Level::Caution => "caution",
            Level::Danger => "danger",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Caution,
    Danger,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Caution => "caution",
            Severity::Danger => "danger",
        }
    }
}

/// What kind of provider page this is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PageKind {
    #[default]
    Other,
    SignIn,
    Approval,
}

impl PageKind {
    pub const ALL: [PageKind; 3] = [PageKind::Other, PageKind::SignIn, PageKind::Approval];

    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Other => "other",
            PageKind::SignIn => "signIn",
            PageKind::Approval => "approval",
        }
    }
}

/// Declares [`RuleId`] and [`RULES`] from one list: id, the severities it may have, and the names
/// of its message's parameters (`$1`, `$2`, … in that order).
macro_rules! rules {
    ($($variant:ident = $id:literal, [$($severity:ident),+], [$($param:literal),*];)+) => {
        /// Every rule the engine can emit. A finding names one of these: an id not listed here
        /// cannot be emitted.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RuleId {
            $($variant,)+
        }

        /// Every rule with its severities and message parameters (docs/rules.md lists each).
        pub const RULES: &[RuleInfo] = &[
            $(RuleInfo {
                id: RuleId::$variant,
                name: $id,
                severities: &[$(Severity::$severity),+],
                params: &[$($param),*],
            },)+
        ];
    };
}

rules! {
    OriginUntrustedHost = "origin.untrusted-host", [Danger], ["provider", "host"];
    OriginContentHost = "origin.content-host", [Danger], ["provider", "host"];
    OriginSubdomainTrick = "origin.subdomain-trick", [Danger], ["provider", "host", "trusted host"];
    HttpsNotHttps = "https.not-https", [Danger], ["provider"];
    HttpsCertificateError = "https.certificate-error", [Danger], ["host", "certificate error"];
    HttpsFormPostsHttp = "https.form-posts-http", [Danger], ["host"];
    HttpsFormOffProvider = "https.form-off-provider", [Danger], ["provider", "form host"];
    BrandingDisguised = "branding.disguised", [Caution, Danger], ["provider"];
    CredentialsPromptOffOrigin = "credentials.prompt-off-origin", [Danger], ["provider"];
    CredentialsThirdPartyPassword = "credentials.third-party-password", [Danger], ["provider"];
    CredentialsOnApprovalPage = "credentials.on-approval-page", [Danger], ["provider"];
    LookalikeHost = "lookalike.host", [Caution, Danger], ["host", "provider", "trusted host"];
    LookalikeHostAsks = "lookalike.host-asks", [Danger], ["host", "provider", "trusted host"];
    FramingGenuineInFrame = "framing.genuine-in-frame", [Caution, Danger], ["provider"];
    FramingDecoyFrame = "framing.decoy-frame", [Danger], ["provider"];
    BitbFakeWindow = "bitb.fake-window", [Danger], ["provider"];
    ProxyPageMarkers = "proxy.page-markers", [Danger], ["provider", "host"];
    ProxyAssetHosts = "proxy.asset-hosts", [Danger], ["provider", "host"];
    VerifyIncomplete = "verify.incomplete", [Caution], ["provider"];
    LureDeviceCode = "lure.device-code", [Danger], ["provider", "device page"];
    LureProviderPicker = "lure.provider-picker", [Danger], ["host"];
    FramesClaimAndAsk = "frames.claim-and-ask", [Danger], ["provider", "host"];
    FramesCredentialFrame = "frames.credential-frame", [Danger], ["provider", "host"];
    PolicyBlockedApp = "policy.blocked-app", [Danger], [];
    PolicyUnapprovedApp = "policy.unapproved-app", [Caution], [];
    RequestConflictingParameter = "request.conflicting-parameter", [Caution], [];
    RequestCriticalUnverified = "request.critical-unverified", [Caution], [];
    RequestBroadUnverified = "request.broad-unverified", [Caution], [];
    RequestOfficialName = "request.official-name", [Caution], ["app", "provider"];
    RedirectNotWeb = "redirect.not-web", [Caution], ["scheme"];
    RedirectNotHttps = "redirect.not-https", [Caution], ["host"];
    RedirectUserinfo = "redirect.userinfo", [Caution], ["host"];
    RedirectIpLiteral = "redirect.ip-literal", [Caution], ["host"];
    RedirectContentHost = "redirect.content-host", [Caution], ["host"];
    RedirectLookalike = "redirect.lookalike", [Caution, Danger], ["host", "trusted host"];
    RedirectOtherDomain = "redirect.other-domain", [Caution], ["redirect host", "app website"];
    RedirectUnreadable = "redirect.unreadable", [Caution], [];
    RedirectAmbiguousHost = "redirect.ambiguous-host", [Caution], ["written host"];
}

/// A rule: its id, the severities it may have, and the names of its message's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub id: RuleId,
    /// Stable id, `area.what`. Tests, reports and policy name it.
    pub name: &'static str,
    pub severities: &'static [Severity],
    pub params: &'static [&'static str],
}

impl RuleInfo {
    /// The locale key of the rule's message: `rule_` and the id with `.` and `-` as `_`.
    pub fn message_key(&self) -> String {
        format!("rule_{}", self.name.replace(['.', '-'], "_"))
    }
}

impl RuleId {
    pub fn info(self) -> &'static RuleInfo {
        // RULES holds one entry per variant, in declaration order.
        &RULES[self as usize]
    }

    pub fn as_str(self) -> &'static str {
        self.info().name
    }

    pub fn from_name(name: &str) -> Option<RuleId> {
        RULES.iter().find(|r| r.name == name).map(|r| r.id)
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        RuleId::from_name(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown rule id {name:?}")))
    }
}

/// Declares a string-valued enum with its list of every value.
macro_rules! names {
    ($(#[$meta:meta])* $name:ident, $all:ident { $($variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub const $all: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }
    };
}

names! {
    /// What a piece of evidence is; the extension names it with the locale's `evidence_<label>`
    /// (`-` as `_`).
    EvidenceLabel, ALL {
        Host = "host",
        Url = "url",
        Title = "title",
        Heading = "heading",
        Banner = "banner",
        Logo = "logo",
        Input = "input",
        Form = "form",
        Frame = "frame",
        FramedBy = "framed-by",
        InFrame = "in-frame",
        Certificate = "certificate",
        Script = "script",
        LoadsFrom = "loads-from",
        TrustedOrigins = "trusted-origins",
        Imitates = "imitates",
        DrawnAddress = "drawn-address",
        Opacity = "opacity",
        Size = "size",
        ClientId = "client-id",
        Redirect = "redirect",
        Parameter = "parameter",
        App = "app",
        Publisher = "publisher",
        Instruction = "instruction",
    }
}

names! {
    /// Evidence in words: a locale key whose `$1..$n` are the evidence's `params` (hosts, names,
    /// attributes and texts as the page had them). The extension shows it in place of `value`.
    EvidenceKey, ALL {
        LookalikeLead = "evidence_lookalike_lead",
        LookalikeHyphens = "evidence_lookalike_hyphens",
        LookalikeDots = "evidence_lookalike_dots",
        LookalikeCharacters = "evidence_lookalike_characters",
        LookalikeLetters = "evidence_lookalike_letters",
        LookalikeSpelling = "evidence_lookalike_spelling",
        LookalikeJoined = "evidence_lookalike_joined",
        LogoPixels = "evidence_logo_pixels",
        LogoOnScreen = "evidence_logo_on_screen",
        LogoWords = "evidence_logo_words",
        InputPassword = "evidence_input_password",
        InputPasswordShadow = "evidence_input_password_shadow",
        InputCode = "evidence_input_code",
        InputCodeShadow = "evidence_input_code_shadow",
        InputIdentifier = "evidence_input_identifier",
        InputIdentifierShadow = "evidence_input_identifier_shadow",
        InputPasswordLabelled = "evidence_input_password_labelled",
        SizePixels = "evidence_size_pixels",
        SignInStep = "evidence_sign_in_step",
        RunCommand = "evidence_run_command",
        PasteAddress = "evidence_paste_address",
    }
}

impl EvidenceKey {
    /// How many parameters the key's message takes.
    pub fn params(self) -> usize {
        match self {
            EvidenceKey::LookalikeLead => 3,
            EvidenceKey::LookalikeHyphens
            | EvidenceKey::LookalikeDots
            | EvidenceKey::LookalikeCharacters
            | EvidenceKey::LookalikeLetters
            | EvidenceKey::LookalikeSpelling
            | EvidenceKey::LookalikeJoined
            | EvidenceKey::LogoPixels
            | EvidenceKey::LogoWords
            | EvidenceKey::SizePixels
            | EvidenceKey::SignInStep
            | EvidenceKey::RunCommand
            | EvidenceKey::PasteAddress => 2,
            EvidenceKey::LogoOnScreen
            | EvidenceKey::InputPassword
            | EvidenceKey::InputPasswordShadow
            | EvidenceKey::InputCode
            | EvidenceKey::InputCodeShadow
            | EvidenceKey::InputIdentifier
            | EvidenceKey::InputIdentifierShadow
            | EvidenceKey::InputPasswordLabelled => 1,
        }
    }
}

names! {
    /// Why the engine could not read its input; the verdict is then never genuine.
    ErrorKind, ALL {
        PolicyNotRead = "policy-not-read",
        SnapshotRejected = "snapshot-rejected",
        ContextUnreadable = "context-unreadable",
        VerdictsUnreadable = "verdicts-unreadable",
        EngineFailed = "engine-failed",
        EngineUnavailable = "engine-unavailable",
    }
}

names! {
    /// Why the page's content could not be checked, in words: a locale key (no values). The
    /// worker names it for what it refused (`PageContext::snapshot_reason`), the engine for a
    /// snapshot it cannot read.
    ErrorReason, ALL {
        NoSnapshot = "error_reason_no_snapshot",
        ReaderFailed = "error_reason_reader_failed",
        TooLarge = "error_reason_too_large",
        Unreadable = "error_reason_unreadable",
    }
}

names! {
    /// The verdict in words: a locale key, its parameters in [`Summary::params`].
    SummaryKey, ALL {
        Genuine = "summary_genuine",
        GenuineSignIn = "summary_genuine_sign_in",
        GenuineApproval = "summary_genuine_approval",
        Imitates = "summary_imitates",
        ImitatesSignIn = "summary_imitates_sign_in",
        ImitatesApproval = "summary_imitates_approval",
        Danger = "summary_danger",
        Caution = "summary_caution",
        CouldNotVerify = "summary_could_not_verify",
        None = "summary_none",
        AllowedByOrganisation = "summary_allowed_by_organisation",
    }
}

impl SummaryKey {
    /// How many parameters the key's message takes.
    pub fn params(self) -> usize {
        match self {
            SummaryKey::Danger
            | SummaryKey::Caution
            | SummaryKey::CouldNotVerify
            | SummaryKey::None
            | SummaryKey::AllowedByOrganisation => 0,
            _ => 1,
        }
    }
}

names! {
    /// The consent review's sentences (its risk line, where the answer goes): locale keys, their
    /// parameters in [`Words::params`]; the first [`RequestKey::named_scopes`] of them name scopes,
    /// which the page words.
    RequestKey, ALL {
        PublicProfile = "request_public_profile",
        NoPermissions = "request_no_permissions",
        Unrated = "request_unrated",
        CanOne = "request_can_one",
        CanTwo = "request_can_two",
        CanMore = "request_can_more",
        DestinationRegistered = "destination_registered",
        DestinationUnreadable = "destination_unreadable",
        DestinationDeviceApp = "destination_device_app",
        DestinationLocalApp = "destination_local_app",
        DestinationHost = "destination_host",
        NoteDeviceApp = "note_device_app",
        NoteLocalApp = "note_local_app",
        Undescribed = "request_undescribed",
    }
}

impl RequestKey {
    /// How many of the parameters, first, name a requested scope (as rated: `ScopeInfo::scope`)
    /// rather than being words: the page says what each lets the app do, in the person's language
    /// (`extension/shared/levels.js`, `wordsText`; the contract's `requestScopeKeys`).
    pub fn named_scopes(self) -> usize {
        match self {
            RequestKey::CanOne => 1,
            RequestKey::CanTwo | RequestKey::CanMore => 2,
            _ => 0,
        }
    }

    /// How many parameters the key's message takes.
    pub fn params(self) -> usize {
        match self {
            RequestKey::CanMore => 3,
            RequestKey::CanTwo => 2,
            RequestKey::Unrated
            | RequestKey::Undescribed
            | RequestKey::CanOne
            | RequestKey::DestinationDeviceApp
            | RequestKey::DestinationLocalApp
            | RequestKey::DestinationHost => 1,
            _ => 0,
        }
    }
}

names! {
    /// A requested scope no catalog describes, in words: `<key>` says what the app can do with it
    /// and `<key>_implies` what granting it means, `$1` the resource's name where it has one.
    ScopeKey, ALL {
        Undescribed = "scope_undescribed",
        UndescribedOn = "scope_undescribed_on",
        Registered = "scope_registered",
    }
}

impl ScopeKey {
    /// How many parameters the key's two messages take.
    pub fn params(self) -> usize {
        match self {
            ScopeKey::Undescribed => 0,
            ScopeKey::UndescribedOn | ScopeKey::Registered => 1,
        }
    }
}

names! {
    /// A failure of the grants client in words: a locale key with its values (the service's name,
    /// numbers, a scope, a date, the service's or the browser's own text).
    GrantsErrorKey, ALL {
        RateLimited = "grants_error_rate_limited",
        RateLimitedWait = "grants_error_rate_limited_wait",
        Unavailable = "grants_error_unavailable",
        Timeout = "grants_error_timeout",
        Network = "grants_error_network",
        BadResponse = "grants_error_bad_response",
        AdoSignIn = "grants_error_ado_sign_in",
        AdoPatRefused = "grants_error_ado_pat_refused",
        AdoEntraRefused = "grants_error_ado_entra_refused",
        GraphSignIn = "grants_error_graph_sign_in",
        GraphSignInRefused = "grants_error_graph_sign_in_refused",
        GraphSignInRefusedCode = "grants_error_graph_sign_in_refused_code",
        NoGrant = "grants_error_no_grant",
        UnknownProvider = "grants_error_unknown_provider",
        SettingsUnreadable = "grants_error_settings_unreadable",
        AdoNotFound = "grants_error_ado_not_found",
        AdoForbidden = "grants_error_ado_forbidden",
        AdoForbiddenPat = "grants_error_ado_forbidden_pat",
        AdoHttp = "grants_error_ado_http",
        AdoNoApi = "grants_error_ado_no_api",
        GraphTooManyPages = "grants_error_graph_too_many_pages",
        GraphNotFound = "grants_error_graph_not_found",
        GraphNextPageElsewhere = "grants_error_graph_next_page_elsewhere",
        GraphNeedsAdminApproval = "grants_error_graph_needs_admin_approval",
        GraphLacksRevokePermission = "grants_error_graph_lacks_revoke_permission",
        GraphNeedsRole = "grants_error_graph_needs_role",
        GraphHttp = "grants_error_graph_http",
        GraphAddressUnusable = "grants_error_graph_address_unusable",
    }
}

impl GrantsErrorKey {
    /// How many parameters the key's message takes.
    pub fn params(self) -> usize {
        match self {
            GrantsErrorKey::AdoEntraRefused
            | GrantsErrorKey::GraphSignIn
            | GrantsErrorKey::GraphSignInRefused
            | GrantsErrorKey::NoGrant
            | GrantsErrorKey::AdoNotFound
            | GrantsErrorKey::GraphNotFound
            | GrantsErrorKey::GraphNextPageElsewhere
            | GrantsErrorKey::GraphNeedsRole => 0,
            GrantsErrorKey::AdoPatRefused
            | GrantsErrorKey::GraphSignInRefusedCode
            | GrantsErrorKey::UnknownProvider
            | GrantsErrorKey::AdoForbidden
            | GrantsErrorKey::AdoForbiddenPat
            | GrantsErrorKey::AdoHttp
            | GrantsErrorKey::GraphTooManyPages
            | GrantsErrorKey::GraphNeedsAdminApproval
            | GrantsErrorKey::GraphLacksRevokePermission
            | GrantsErrorKey::GraphHttp
            | GrantsErrorKey::GraphAddressUnusable => 1,
            GrantsErrorKey::RateLimited
            | GrantsErrorKey::Network
            | GrantsErrorKey::BadResponse
            | GrantsErrorKey::AdoSignIn
            | GrantsErrorKey::SettingsUnreadable
            | GrantsErrorKey::AdoNoApi => 2,
            GrantsErrorKey::RateLimitedWait | GrantsErrorKey::Unavailable | GrantsErrorKey::Timeout => 3,
        }
    }
}

names! {
    /// What was wrong with a policy value, in words: a locale key whose values are data (a
    /// value as given, a JSON type name, a parser's own text).
    PolicyDetailKey, ALL {
        ManagedOnlyProviders = "policy_detail_managed_only_providers",
        ManagedOnly = "policy_detail_managed_only",
        Locked = "policy_detail_locked",
        Looser = "policy_detail_looser",
        UnknownKey = "policy_detail_unknown_key",
        NotJson = "policy_detail_not_json",
        ExpectedType = "policy_detail_expected_type",
        ExpectedMode = "policy_detail_expected_mode",
        EmptyProviderId = "policy_detail_empty_provider_id",
        ProviderIncomplete = "policy_detail_provider_incomplete",
        ExpectedOrigins = "policy_detail_expected_origins",
        NotHttpsOrigin = "policy_detail_not_https_origin",
        ExpectedString = "policy_detail_expected_string",
        AllowlistEntry = "policy_detail_allowlist_entry",
        NotHttpsAddress = "policy_detail_not_https_address",
        NotEventKind = "policy_detail_not_event_kind",
        NotClientId = "policy_detail_not_client_id",
        HostNotHttps = "policy_detail_host_not_https",
        HostUnreadable = "policy_detail_host_unreadable",
        HostOnly = "policy_detail_host_only",
        FieldType = "policy_detail_field_type",
        FieldMissing = "policy_detail_field_missing",
        FieldUnknown = "policy_detail_field_unknown",
        FieldValue = "policy_detail_field_value",
        FieldUnreadable = "policy_detail_field_unreadable",
    }
}

impl PolicyDetailKey {
    /// The message in English, `$1..$n` for its values: what the logs say. The `en` locale says
    /// the same (`tests/policy.rs`).
    pub fn english(self) -> &'static str {
        match self {
            PolicyDetailKey::ManagedOnlyProviders => "only the organisation can add providers",
            PolicyDetailKey::ManagedOnly => "only the organisation can set this",
            PolicyDetailKey::Locked => "the organisation sets this",
            PolicyDetailKey::Looser => "a less strict mode than the default",
            PolicyDetailKey::UnknownKey => "not a policy key; ignored",
            PolicyDetailKey::NotJson => "not JSON (line $1, column $2)",
            PolicyDetailKey::ExpectedType => "expected $1, found $2",
            PolicyDetailKey::ExpectedMode => "expected \"monitor\", \"warn\" or \"block\", found $1",
            PolicyDetailKey::EmptyProviderId => "empty provider id",
            PolicyDetailKey::ProviderIncomplete => "a provider needs an id and an https origin",
            PolicyDetailKey::ExpectedOrigins => "expected an array of origins",
            PolicyDetailKey::NotHttpsOrigin => "not an https origin: $1",
            PolicyDetailKey::ExpectedString => "expected a string",
            PolicyDetailKey::AllowlistEntry => "expected a host or *.domain with at least two labels, found $1",
            PolicyDetailKey::NotHttpsAddress => "not an https address: $1",
            PolicyDetailKey::NotEventKind => "not an event kind: $1",
            PolicyDetailKey::NotClientId => "not an app (client) id: $1",
            PolicyDetailKey::HostNotHttps => "the Azure DevOps host \"$1\" must be an https:// address",
            PolicyDetailKey::HostUnreadable => "the Azure DevOps host \"$1\" is not a host or URL",
            PolicyDetailKey::HostOnly => "the Azure DevOps host \"$1\" must be a host only, like $2",
            PolicyDetailKey::FieldType => "$1: expected $2, found $3",
            PolicyDetailKey::FieldMissing => "$1 is missing",
            PolicyDetailKey::FieldUnknown => "$1 is not a field here (expected one of $2)",
            PolicyDetailKey::FieldValue => "$1: $2 is not one of $3",
            PolicyDetailKey::FieldUnreadable => "$1 could not be read",
        }
    }

    /// How many values the message takes.
    pub fn params(self) -> usize {
        let english = self.english();
        (1..=9).take_while(|n| english.contains(&format!("${n}"))).count()
    }
}

/// What was wrong with a policy value in words: a [`PolicyDetailKey`] and its `$1..$n`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyWords {
    pub key: PolicyDetailKey,
    pub params: Vec<String>,
}

impl PolicyWords {
    pub fn new(key: PolicyDetailKey, params: Vec<String>) -> PolicyWords {
        debug_assert_eq!(params.len(), key.params(), "{key:?}");
        PolicyWords { key, params }
    }

    /// The words in English, for logs.
    pub fn english(&self) -> String {
        let mut text = self.key.english().to_string();
        for (i, value) in self.params.iter().enumerate().rev() {
            text = text.replace(&format!("${}", i + 1), value);
        }
        text
    }
}

/// A scope in words where no catalog describes it: a [`ScopeKey`] and its `$1..$n`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeWords {
    pub key: ScopeKey,
    pub params: Vec<String>,
}

impl ScopeWords {
    pub fn new(key: ScopeKey, params: Vec<String>) -> ScopeWords {
        debug_assert_eq!(params.len(), key.params(), "{key:?}");
        ScopeWords { key, params }
    }
}

/// A sentence of the consent review: a locale key and its `$1..$n`. What scopes let the app do
/// (`request_can_*`: [`RequestKey::named_scopes`]) is named by the scopes, as the review's rated
/// scopes have them (`ScopeInfo::scope`): the page words them in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Words {
    pub key: RequestKey,
    pub params: Vec<String>,
}

impl Default for Words {
    fn default() -> Words {
        Words { key: RequestKey::NoPermissions, params: Vec::new() }
    }
}

impl Words {
    pub fn new(key: RequestKey, params: Vec<String>) -> Words {
        debug_assert_eq!(params.len(), key.params(), "{key:?}");
        Words { key, params }
    }
}

/// One piece of evidence: what it is and its value as the page had it, or, where data alone does
/// not say it, a sentence: a locale key ([`EvidenceKey`]) and its `$1..$n`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub label: EvidenceLabel,
    /// Data as the page had it (a host, a URL, a quoted text); with `key`, its first parameter.
    pub value: String,
    /// The evidence in words; absent in verdicts stored before evidence had words of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<EvidenceKey>,
    /// The `$1..$n` of `key`, as many as [`EvidenceKey::params`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
}

impl Evidence {
    pub fn new(label: EvidenceLabel, value: impl Into<String>) -> Evidence {
        Evidence { label, value: value.into(), key: None, params: Vec::new() }
    }

    /// Evidence in words: `key` with its parameters (missing ones empty, extra ones dropped, so
    /// the locale's message always fits); its `value` is the first of them.
    pub fn words(label: EvidenceLabel, key: EvidenceKey, params: Vec<String>) -> Evidence {
        debug_assert_eq!(params.len(), key.params(), "{key:?}");
        let mut params = params;
        params.resize(key.params(), String::new());
        Evidence { label, value: params.first().cloned().unwrap_or_default(), key: Some(key), params }
    }
}

/// One rule that fired, with the evidence that tripped it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// The message's `$1..$n`, as many as the rule's [`RuleInfo::params`].
    pub params: Vec<String>,
    /// Which host, element or form tripped the rule.
    pub evidence: Vec<Evidence>,
}

impl Finding {
    /// A finding of `rule`. A severity the rule does not list becomes the rule's worst; missing
    /// parameters are empty and extra ones dropped, so the locale's message always fits.
    pub fn new(rule: RuleId, severity: Severity, params: Vec<String>, evidence: Vec<Evidence>) -> Finding {
        let info = rule.info();
        debug_assert!(info.severities.contains(&severity), "{} has no {severity:?}", info.name);
        debug_assert_eq!(params.len(), info.params.len(), "{} takes {:?}", info.name, info.params);
        let severity = if info.severities.contains(&severity) {
            severity
        } else {
            info.severities.iter().copied().max().unwrap_or(Severity::Danger)
        };
        let mut params = params;
        params.resize(info.params.len(), String::new());
        Finding { rule, severity, params, evidence }
    }
}

/// The verdict in words: a locale key and its `$1..$n`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub key: SummaryKey,
    pub params: Vec<String>,
}

impl Default for Summary {
    fn default() -> Summary {
        Summary { key: SummaryKey::None, params: Vec::new() }
    }
}

impl Summary {
    pub fn new(key: SummaryKey, params: Vec<String>) -> Summary {
        Summary { key, params }
    }
}

/// Why the engine could not read its input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerdictError {
    pub kind: ErrorKind,
    /// What failed, for logs (not translated: the popup says `reason` instead).
    pub detail: String,
    /// Why the page's content could not be checked, in words, where the error is about the page.
    #[serde(default)]
    pub reason: Option<ErrorReason>,
}
