//! Lines that ask for the password a person uses at a provider ("Confirm the password you use for
//! Gmail", "le mot de passe que vous utilisez pour votre compte Microsoft"), by the wording of
//! `data/password-asks.txt`: a third party asking for it is asking for the provider's password,
//! whatever the page calls itself. Advice about that password ("Don't reuse the password you use
//! for Gmail") is not an ask.

use std::sync::OnceLock;

use crate::text;

/// Most `fill` words between an ask and the provider's name.
const FILL_MAX: usize = 3;

/// One language's wording, each phrase as its normalised words.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Language {
    pub code: String,
    asks: Vec<Vec<String>>,
    fill: Vec<String>,
    refuse: Vec<Vec<String>>,
}

fn words(phrase: &str) -> Vec<String> {
    text::normalize(phrase)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The languages of a wording file, or the line that is not an entry.
pub(crate) fn parse(file: &str) -> Result<Vec<Language>, String> {
    let mut languages: Vec<Language> = Vec::new();
    for (n, line) in file.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, rest) = line.split_once(' ').unwrap_or((line, ""));
        let phrase = words(rest);
        let bad = || format!("password-asks.txt:{}: {line:?} is not an entry", n + 1);
        if phrase.is_empty() {
            return Err(bad());
        }
        if kind == "lang" {
            languages.push(Language { code: rest.trim().to_string(), ..Language::default() });
            continue;
        }
        let lang = languages.last_mut().ok_or_else(bad)?;
        match kind {
            "ask" => lang.asks.push(phrase),
            "fill" if phrase.len() == 1 => lang.fill.extend(phrase),
            "refuse" => lang.refuse.push(phrase),
            _ => return Err(bad()),
        }
    }
    Ok(languages)
}

/// The wording of the compiled-in `data/password-asks.txt` (none when it does not parse; a test
/// proves it does).
pub(crate) fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| parse(include_str!("../../data/password-asks.txt")).unwrap_or_default())
}

/// The name that starts at byte `at` of the normalised line `normalized` is the provider whose
/// password the line asks for: its sentence, up to the name, ends with one of a language's asks
/// (a few of its fill words between) and says none of that language's refusals before it.
pub(crate) fn asks_for_password(normalized: &str, at: usize) -> bool {
    let Some(head) = normalized.get(..at) else { return false };
    let sentence = head.rfind(['.', '!', '?', ';', '\n']).map_or(head, |i| &head[i + 1..]);
    let words: Vec<&str> = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    languages().iter().any(|lang| {
        let mut end = words.len();
        for _ in 0..=FILL_MAX {
            let before = &words[..end];
            let asked = lang.asks.iter().find(|a| before.len() >= a.len() && before[before.len() - a.len()..] == a[..]);
            if let Some(ask) = asked {
                let rest = &before[..before.len() - ask.len()];
                return !lang.refuse.iter().any(|r| rest.windows(r.len()).any(|w| w == &r[..]));
            }
            match end.checked_sub(1) {
                Some(e) if lang.fill.iter().any(|f| f == words[e]) => end = e,
                _ => break,
            }
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks(line: &str, name: &str) -> bool {
        let n = text::normalize(line);
        let at = n.rfind(&text::normalize(name)).unwrap_or_else(|| panic!("{name} in {line}"));
        asks_for_password(&n, at)
    }

    #[test]
    fn the_wording_file_parses_and_each_language_has_asks() {
        let langs = parse(include_str!("../../data/password-asks.txt")).unwrap_or_else(|e| panic!("{e}"));
        let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "de", "fr", "es", "pt", "nl"]);
        assert!(langs.iter().all(|l| !l.asks.is_empty() && !l.refuse.is_empty()));
        assert_eq!(languages().len(), langs.len());
        assert!(parse("ask password for").is_err(), "an entry before its language");
        assert!(parse("lang en\nplease password").is_err(), "an unknown kind");
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
        ] {
            assert!(asks(line, name), "{line}");
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
        ] {
            assert!(!asks(line, name), "{line}");
        }
        // a refusal after the ask, in the next sentence, leaves the ask: a lure's reassurance
        assert!(asks("Confirm the password you use for Gmail. We never store it.", "gmail"));
        // a refusal of another language is none ("no" is Spanish)
        assert!(asks("No ads, no tracking: confirm the password you use for Gmail", "gmail"));
    }
}
