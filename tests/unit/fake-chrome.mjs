// A small stand-in for the extension API: only what the code under test touches (the runtime's id and
// URLs, and i18n messages from the real _locales/en/messages.json). Import it before the extension's
// modules: shared/platform.js reads `chrome` when it loads.
import { readFileSync } from 'node:fs';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const PAGES_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const messages = JSON.parse(readFileSync(new URL('../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));

/** chrome.i18n.getMessage: the English text with $1…$9 (and named placeholders) filled in; '' for unknown keys. */
function getMessage(key, substitutions) {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [].concat(substitutions).map(String);
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
  }
  return text.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
}

globalThis.chrome = {
  runtime: { id: EXTENSION_ID, getURL: (path) => `${PAGES_ORIGIN}${path}` },
  i18n: { getMessage, getUILanguage: () => 'en' },
};
