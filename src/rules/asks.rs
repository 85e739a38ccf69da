//! Lines that ask for the password a person uses at a provider ("Confirm the password you use for
//! Gmail", "le mot de passe que vous utilisez pour votre compte Microsoft"), by the wording of
//! `data/password-asks.txt` (read by the extension at start, [`load`]): a third party asking for
//! it is asking for the provider's password, whatever the page calls itself. Advice about that
//! password ("Don't reuse the password you use for Gmail") is not an ask.

use std::sync::OnceLock;

use crate::datafiles::{self, AskWording};

/// Most `fill` words between an ask and the provider's name.
const FILL_MAX: usize = 3;

/// The wording in use and the [`datafiles::fnv1a`] of its file's text.
static LANGUAGES: OnceLock<(Vec<AskWording>, u32)> = OnceLock::new();

/// Loads the wording (the text of `data/password-asks.txt`, read by the extension at start; the
/// text tables must be loaded first, as the phrases are normalised as a page's text is). Refuses
/// a malformed or truncated file, and a wording other than the one already loaded.
pub(crate) fn load(text: &str) -> Result<(), String> {
    datafiles::load_once(&LANGUAGES, text, "another password-ask wording is already loaded", |text| {
        datafiles::password_asks(text, crate::text::normalize)
    })
}

/// The wording, once loaded (native builds read the file on first use).
pub(crate) fn languages() -> Option<&'static [AskWording]> {
    #[cfg(not(target_arch = "wasm32"))]
    if LANGUAGES.get().is_none() {
        let _ = load(include_str!("../../data/password-asks.txt"));
    }
    LANGUAGES.get().map(|(l, _)| l.as_slice())
}

/// What every line that asks for a password in a listed language holds: each ask's longest word
/// (its words stand whole and together in the sentence), and the first two characters of each ask
/// of a language written without spaces. Made once from the wording.
struct AskPieces {
    /// The longest words.
    words: Vec<String>,
    /// The shortest and the longest of them, in bytes.
    lengths: (usize, usize),
    /// The first characters of the asks of languages written without spaces.
    unspaced: Vec<String>,
    /// One of them is ASCII (none is, in the languages listed): ASCII text may hold it.
    unspaced_ascii: bool,
}

static ASK_PIECES: OnceLock<AskPieces> = OnceLock::new();

/// `normalized` may ask for a password ([`asks_for_password`] can hold somewhere in it): one of its
/// words is one of [`AskPieces::words`], or it holds one of [`AskPieces::unspaced`]. A cheap test
/// before a line's names and domains are looked for: one pass over the line's words, most of
/// which no piece is as long as.
pub(crate) fn may_ask(normalized: &str) -> bool {
    let pieces = ASK_PIECES.get_or_init(|| {
        let (mut words, mut unspaced): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for lang in languages().unwrap_or_default() {
            let longest = lang.asks.iter().chain(&lang.own).filter_map(|a| a.split(' ').max_by_key(|w| w.len()));
            let firsts = lang.after.iter().map(|a| a.chars().take(2).collect::<String>());
            let pieces = longest.map(|w| (false, w.to_string())).chain(firsts.map(|p| (true, p)));
            for (first, piece) in pieces {
                let list = if first { &mut unspaced } else { &mut words };
                if !piece.is_empty() && !list.contains(&piece) {
                    list.push(piece);
                }
            }
        }
        let lengths = words.iter().fold((usize::MAX, 0), |(lo, hi), w| (lo.min(w.len()), hi.max(w.len())));
        let unspaced_ascii = unspaced.iter().any(|p| p.is_ascii());
        AskPieces { words, lengths, unspaced, unspaced_ascii }
    });
    let (shortest, longest) = pieces.lengths;
    let is_piece = |w: &[u8]| {
        (shortest..=longest).contains(&w.len())
            && pieces.words.iter().any(|p| p.len() == w.len() && p.as_bytes()[0] == w[0] && p.as_bytes() == w)
    };
    let bytes = normalized.as_bytes();
    super::page::word_spans(normalized).any(|(a, b)| bytes.get(a..b).is_some_and(is_piece))
        || !pieces.unspaced.is_empty()
            && (pieces.unspaced_ascii || !normalized.is_ascii())
            && pieces.unspaced.iter().any(|p| normalized.contains(p.as_str()))
}

/// `words` ends with the words of `phrase`: the number of them, or `None`.
fn ends_with(words: &[&str], phrase: &str) -> Option<usize> {
    let mut before = words.iter().rev();
    let mut n = 0;
    for p in phrase.rsplit(' ') {
        if before.next() != Some(&p) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// `words` holds the words of `phrase` in a row.
fn holds(words: &[&str], phrase: &str) -> bool {
    (0..words.len()).any(|end| ends_with(&words[..=end], phrase).is_some())
}

/// The words of `s`: its runs of word characters.
fn word_list(s: &str) -> Vec<&str> {
    s.split(|c: char| !crate::text::is_word_char(c)).filter(|w| !w.is_empty()).collect()
}

/// What ends a sentence (after NFKC: a full-width "！" is "!"; "。" stays).
const SENTENCE_ENDS: [char; 6] = ['.', '!', '?', ';', '\n', '。'];

/// The name at bytes `start..end` of the normalised line `normalized` is the provider whose
/// password the line asks for: its sentence, up to the name, ends with one of a language's asks
/// (a few of its fill words between), or with the first words of one of its `own` asks while the
/// sentence goes on after the name with its last word ("Enter your Microsoft account password"),
/// and says none of that language's refusals before it; or,
/// in a language written without spaces, the sentence goes on after the name with one of its
/// `after` asks and holds none of its refusals elsewhere.
///
/// A quotation of such a line cites it ("if a page asks you to “confirm the password you use for
/// Gmail”, close it"), as a help page or an article does: no ask.
pub(crate) fn asks_for_password(normalized: &str, start: usize, end: usize) -> bool {
    ask_at(normalized, start, end).any(|refused| !refused) && !in_quotation(normalized, start)
}

/// Byte `at` of the normalised line stands inside a quotation of its sentence: more opening
/// quotation marks (“ «) than closing ones (” ») before it, or an odd number of straight ones.
pub(crate) fn in_quotation(normalized: &str, at: usize) -> bool {
    let head = normalized.get(..at).unwrap_or(normalized);
    let sentence = head.rsplit(SENTENCE_ENDS).next().unwrap_or(head);
    let count = |quotes: &[char]| sentence.chars().filter(|c| quotes.contains(c)).count();
    count(&['\u{201c}', '\u{ab}']) > count(&['\u{201d}', '\u{bb}']) || count(&['"']) % 2 == 1
}

/// For each listed language whose ask the sentence around the name at `start..end` makes (see
/// [`asks_for_password`]), whether one of its refusals stands where it cancels the ask.
fn ask_at(normalized: &str, start: usize, end: usize) -> impl Iterator<Item = bool> + '_ {
    // (no ask is made where no ask's word stands: [`may_ask`] first)
    let parts = normalized.get(..start).zip(normalized.get(end..)).filter(|_| may_ask(normalized));
    let (head, tail) = parts.unwrap_or(("", ""));
    let sentence = head.rsplit(SENTENCE_ENDS).next().unwrap_or(head);
    let words = word_list(sentence);
    // The sentence after the name, and its words.
    let sentence_after = tail.split(SENTENCE_ENDS).next().unwrap_or(tail);
    let later = word_list(sentence_after);
    // The pieces of the sentence on either side of the name, with the spaces and signs left out.
    let pieces = |s: &str| s.chars().filter(|&c| crate::text::is_word_char(c)).collect::<String>();
    languages().unwrap_or_default().iter().filter(move |_| parts.is_some()).filter_map(move |lang| {
        if !lang.after.is_empty() {
            let after = pieces(sentence_after);
            let ask = lang.after.iter().find(|a| after.starts_with(a.as_str()))?;
            let (before, rest) = (pieces(sentence), &after[ask.len()..]);
            return Some(lang.refuse.iter().any(|r| before.contains(r.as_str()) || rest.contains(r.as_str())));
        }
        // the first word after the name, past a few fill words ("account" in "your Microsoft
        // account password")
        let next = later.iter().take(FILL_MAX + 1).find(|w| !lang.fill.iter().any(|f| f == *w)).copied();
        let mut end = words.len();
        for _ in 0..=FILL_MAX {
            let before = &words[..end];
            let ask = lang.asks.iter().find_map(|a| ends_with(before, a));
            let own = || {
                lang.own
                    .iter()
                    .filter_map(|o| o.rsplit_once(' '))
                    .find_map(|(ask, word)| (next == Some(word)).then(|| ends_with(before, ask)).flatten())
            };
            if let Some((n, own)) = ask.map(|n| (n, false)).or_else(|| own().map(|n| (n, true))) {
                let rest = &before[..before.len() - n];
                // An `own` ask's sentence goes on past the name, where a language may put its
                // refusal ("Geben Sie Ihr Microsoft-Kennwort nie auf anderen Websites ein").
                return Some(lang.refuse.iter().any(|r| holds(rest, r) || own && holds(&later, r)));
            }
            match end.checked_sub(1) {
                Some(e) if lang.fill.iter().any(|f| f == words[e]) => end = e,
                _ => break,
            }
        }
        None
    })
}

/// The name at bytes `start..end` of `normalized` stands in a sentence of a language written
/// without spaces that holds one of that language's refusals ("Gmail で使っているパスワードを再利用
/// しないでください", "Microsoft アカウントのパスワードは決して入力しないでください"), or in an ask
/// for its password that a refusal cancels ("Never enter your Microsoft account password on another
/// site"): advice about the provider, not the page presenting itself as it. A sentence of a
/// language written without spaces is one run of letters, so counting its words does not tell a
/// short claim from a sentence.
pub(crate) fn is_advice(normalized: &str, start: usize, end: usize) -> bool {
    if ask_at(normalized, start, end).any(|refused| refused) {
        return true;
    }
    let (Some(head), Some(tail)) = (normalized.get(..start), normalized.get(end..)) else { return false };
    let (before, after) =
        (head.rsplit(SENTENCE_ENDS).next().unwrap_or(head), tail.split(SENTENCE_ENDS).next().unwrap_or(tail));
    languages()
        .unwrap_or_default()
        .iter()
        .filter(|lang| !lang.after.is_empty())
        .any(|lang| lang.refuse.iter().any(|r| before.contains(r.as_str()) || after.contains(r.as_str())))
}

/// Most `between` or `fill` words between a request and the secret it names.
const BETWEEN_MAX: usize = 6;

/// A sentence of `normalized` (a page's text, normalised) asks the person to type a secret into
/// the page's message box: one of a language's `give` words, then up to [`BETWEEN_MAX`] of its
/// `between` or `fill` words, then one of its `secret`s ("please type your work email and your
/// current password below"), and none of its refusals before the request ("never share your
/// password"). "Enter your new password twice" and "we will never ask for your password" do not.
pub(crate) fn asks_for_secret(normalized: &str) -> bool {
    let is = |list: &[String], w: &str| list.iter().any(|x| x == w);
    languages().unwrap_or_default().iter().filter(|l| !l.give.is_empty()).any(|lang| {
        normalized.split(SENTENCE_ENDS).any(|sentence| {
            let words = word_list(sentence);
            let mut give: Option<usize> = None;
            for (i, w) in words.iter().enumerate() {
                if is(&lang.give, w) {
                    give = Some(i);
                } else if let Some(g) = give.filter(|g| is(&lang.secret, w) && i - g <= BETWEEN_MAX + 1) {
                    if !lang.refuse.iter().any(|r| holds(&words[..g], r)) {
                        return true;
                    }
                } else if !is(&lang.between, w) && !is(&lang.fill, w) {
                    give = None;
                }
            }
            false
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn asks(line: &str, name: &str) -> bool {
        let n = text::normalize(line);
        let name = text::normalize(name);
        let at = n.rfind(&name).unwrap_or_else(|| panic!("{name} in {line}"));
        asks_for_password(&n, at, at + name.len())
    }

    /// The file is read as the engine normalises text: every language, with its asks and refusals.
    #[test]
    fn the_wording_file_reads() {
        let languages = languages().expect("the file reads");
        assert_eq!(languages.len(), 7, "en, de, fr, es, pt, nl, ja");
        assert!(languages.iter().all(|l| (!l.asks.is_empty() || !l.after.is_empty()) && !l.refuse.is_empty()));
        assert!(languages[0].asks.contains(&"password you use for".to_string()));
        assert!(languages[0].refuse.contains(&"don t".to_string()), "{:?}", languages[0].refuse);
        // build.rs checks the file lower-cased: it reads the same there
        let lowered = datafiles::password_asks(include_str!("../../data/password-asks.txt"), str::to_lowercase);
        assert_eq!(lowered.as_deref(), Ok(languages));
        // loading the same wording again does nothing; another is refused
        assert_eq!(load(include_str!("../../data/password-asks.txt")), Ok(()));
        assert!(load("lang en\nask x\nrefuse y\nend\n").is_err());
    }

    #[test]
    fn a_line_asking_for_the_password_used_at_a_provider() {
        for (line, name) in [
            ("Ledgerlark keeps your payslips private. Confirm the password you use for Microsoft 365.", "microsoft"),
            ("Enter the password you use for Gmail", "gmail"),
            ("Type the password you use for your Microsoft account", "microsoft"),
            ("Your GitHub password: the password you sign in to GitHub with", "github"),
            ("Geben Sie das Passwort ein, das Sie für Ihr Microsoft-Konto verwenden", "microsoft"),
            ("Saisissez le mot de passe que vous utilisez pour votre compte Microsoft", "microsoft"),
            ("Introduce la contraseña que usas para Gmail", "gmail"),
            ("Digite a senha que você usa no Gmail", "gmail"),
            ("Voer het wachtwoord in dat u gebruikt voor GitHub", "github"),
            ("Microsoft アカウントのパスワードを入力", "microsoft"),
            ("Gmail で使っているパスワード", "gmail"),
            ("明細を開くには、Microsoftアカウントのパスワードを入力してください。", "microsoft"),
            ("チケットを受け取るには、Gmail で使っているパスワードを入力してください", "gmail"),
            ("GitHub にサインインするときのパスワードを確認してください", "github"),
            ("Enter your Microsoft account password to set up your PIN again.", "microsoft"),
            ("Please re-enter your Gmail password", "gmail"),
            ("Confirm your GitHub password", "github"),
            ("Geben Sie Ihr Microsoft-Kennwort ein, um fortzufahren", "microsoft"),
            ("Bitte gib dein Google-Passwort ein", "google"),
            ("Entrez votre mot de passe Microsoft", "microsoft"),
            ("Veuillez saisir votre mot de passe Gmail pour continuer", "gmail"),
            ("Introduce tu contraseña de Microsoft", "microsoft"),
            ("Ingresa la contraseña de tu cuenta de Google", "google"),
            ("Digite sua senha da Microsoft", "microsoft"),
            ("Insira a senha da sua conta Google", "google"),
            ("Voer uw Microsoft-wachtwoord in", "microsoft"),
            ("Voer het wachtwoord van je GitHub-account in", "github"),
        ] {
            assert!(asks(line, name), "{line}");
        }
    }

    /// Every asking line passes the cheap test; lines with no ask's word do not.
    #[test]
    fn the_cheap_test_lets_every_ask_through() {
        for line in [
            "Enter the password you use for Gmail",
            "Geben Sie das Passwort ein, das Sie für Ihr Microsoft-Konto verwenden",
            "Saisissez le mot de passe que vous utilisez pour votre compte Microsoft",
            "Introduce la contraseña que usas para Gmail",
            "Digite a senha que você usa no Gmail",
            "Voer het wachtwoord in dat u gebruikt voor GitHub",
            "Microsoft アカウントのパスワードを入力",
            "チケットを受け取るには、Gmail で使っているパスワードを入力してください",
        ] {
            assert!(may_ask(&text::normalize(line)), "{line}");
        }
        // (an ask's word inside a longer one is not that word)
        for line in ["Section 4: account settings and options", "", "Sign in to your account", "Manage saved passwords"]
        {
            assert!(!may_ask(&text::normalize(line)), "{line}");
        }
    }

    #[test]
    fn advice_about_that_password_or_other_wording_is_no_ask() {
        for (line, name) in [
            ("Don't reuse the password you use for Gmail.", "gmail"),
            ("Never enter the password you use for your Microsoft account on another site.", "microsoft"),
            ("Import the passwords you saved in Google Chrome", "google"),
            ("Sign in with Google", "google"),
            ("Choose a password different from the password you use for GitHub", "github"),
            ("Verwenden Sie nicht das Passwort, das Sie für Gmail verwenden", "gmail"),
            ("Ne saisissez jamais le mot de passe que vous utilisez pour Gmail", "gmail"),
            ("No uses la contraseña que usas para Gmail", "gmail"),
            ("Nunca digite a senha que você usa no Gmail", "gmail"),
            ("Gebruik niet het wachtwoord dat je voor Gmail", "gmail"),
            ("Gmail で使っているパスワードを再利用しないでください。", "gmail"),
            ("Microsoft アカウントのパスワードは、ほかのサイトでは決して入力しないでください。", "microsoft"),
            ("決して Microsoft アカウントのパスワードを入力しないこと", "microsoft"),
            ("Microsoft アカウントでログイン", "microsoft"),
            ("Google アカウントをお持ちの方はこちら", "google"),
            ("Never enter your Microsoft account password on another site.", "microsoft"),
            ("Enter your Microsoft account email", "microsoft"),
            ("Enter your Tinmouse password, not your Outlook password", "outlook"),
            ("Reset your Microsoft account password", "microsoft"),
            ("Enter your new password. Microsoft password rules apply", "microsoft"),
            // the same wordings as advice, or naming the provider for something else
            ("Geben Sie Ihr Microsoft-Kennwort nie auf anderen Websites ein", "microsoft"),
            ("Geben Sie Ihr Kennwort ein. Microsoft speichert es nicht", "microsoft"),
            ("Ne saisissez jamais votre mot de passe Microsoft ailleurs", "microsoft"),
            ("Entrez votre mot de passe pour continuer avec Google", "google"),
            ("Nunca introduzcas tu contraseña de Google en otros sitios", "google"),
            ("Digite sua senha para entrar com Google", "google"),
            ("Nunca digite sua senha da Microsoft em outros sites", "microsoft"),
            ("Voer uw Microsoft-wachtwoord nooit op andere sites in", "microsoft"),
            ("Voer uw wachtwoord in of ga verder met Google", "google"),
        ] {
            assert!(!asks(line, name), "{line}");
        }
        // a refusal after the ask, in the next sentence, leaves the ask: a lure's reassurance
        assert!(asks("Confirm the password you use for Gmail. We never store it.", "gmail"));
        // a refusal of another language is none ("no" is Spanish)
        assert!(asks("No ads, no tracking: confirm the password you use for Gmail", "gmail"));
        // Japanese advice naming a provider, and a Japanese claim that is none
        let advice = |line: &str, name: &str| {
            let n = text::normalize(line);
            let name = text::normalize(name);
            let at = n.rfind(&name).unwrap_or_else(|| panic!("{name} in {line}"));
            is_advice(&n, at, at + name.len())
        };
        assert!(advice("特に、Gmail で使っているパスワードを再利用しないでください。", "gmail"));
        assert!(advice(
            "Microsoft アカウントのパスワードは、ほかのサイトでは決して入力しないでください。",
            "microsoft"
        ));
        assert!(!advice(
            "明細を開くには、Microsoft アカウントのパスワードを入力してください。再利用しないでください。",
            "microsoft"
        ));
        // an English ask that a refusal cancels is advice too
        assert!(advice("Don't reuse the password you use for Gmail", "gmail"));
        assert!(advice("Never enter your Microsoft account password on another site.", "microsoft"));
        assert!(!advice("Enter your Microsoft account password.", "microsoft"));
        assert!(!advice("Sign in with your Microsoft account", "microsoft"));
        // a Japanese refusal in another sentence leaves the ask
        assert!(asks("パスワードの使い回しは危険です。Gmail で使っているパスワードを入力してください。", "gmail"));
    }

    #[test]
    fn a_message_asking_to_type_a_secret_into_the_box() {
        let secret = |line: &str| asks_for_secret(&text::normalize(line));
        for line in [
            "To verify you are the account owner, please type your work email and your current password below.",
            "Please paste your username, password and a personal access token with repo scope here.",
            "Send me your password and I will unlock it.",
            "Type your email and password…",
        ] {
            assert!(secret(line), "{line}");
        }
        for line in [
            "We will never ask for your password in this chat.",
            "Never share your password or access token with anyone, our agents included.",
            "Do not paste your password here.",
            "Click Forgot password, then enter your new password twice.",
            "Please share your order number and the postcode it was delivered to.",
            "Type a message…",
            "I typed my password wrong three times and now my Microsoft account is locked.",
        ] {
            assert!(!secret(line), "{line}");
        }
    }
}
