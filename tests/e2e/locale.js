'use strict';
// The extension's English words for what the engine names by key: a summary `{key, params}`, a
// finding's `rule_<id>` with its params, evidence `{label, value}` or `{label, key, params}`, as
// chrome.i18n renders them.
const fs = require('node:fs');
const path = require('node:path');

const messages = JSON.parse(fs.readFileSync(path.join(__dirname, '../../extension/_locales/en/messages.json'), 'utf8'));

function localeText(key, params = []) {
  const entry = messages[key];
  if (!entry) throw new Error(`no en message ${key}`);
  return entry.message.replace(/\$(\d)/g, (_, n) => params[Number(n) - 1] ?? '');
}

const summaryText = (verdict) => localeText(verdict.summary.key, verdict.summary.params);
const findingText = (f) => localeText(`rule_${f.rule.replace(/[.-]/g, '_')}`, f.params);
// Evidence in words (`{label, key, params}`) shows its key's message, other evidence its value.
const evidenceValue = (e) => (e.key ? localeText(e.key, e.params).replace(/\s+/g, ' ').trim() : e.value);
const evidenceText = (e) => `${localeText(`evidence_${e.label.replace(/-/g, '_')}`)}: ${evidenceValue(e)}`;

module.exports = { localeText, summaryText, findingText, evidenceText, evidenceValue };
