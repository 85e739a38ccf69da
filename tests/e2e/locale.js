'use strict';
// The extension's English words for what the engine names by key: a summary `{key, params}`, a
// consent review's sentence `{key, params}` naming scopes, a
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
// A consent review's sentence (`{key, params}`): the values that name scopes (the contract's
// `requestScopeKeys`, as the review's rated scopes have them) in their English catalog words, first
// letter lower-cased (data/scopes/words/en.json), the others as they are.
const SCOPE_PARAMS = { request_can_one: 1, request_can_two: 2, request_can_more: 2 };
const requestText = (words, scopes = []) => localeText(words.key, words.params.map((value, i) => {
  if (i >= (SCOPE_PARAMS[words.key] ?? 0)) return value;
  const s = scopes.find((x) => x.scope === value);
  if (!s) throw new Error(`${value} is named but not rated`);
  return s.description[0].toLowerCase() + s.description.slice(1);
}));
const findingText = (f) => localeText(`rule_${f.rule.replace(/[.-]/g, '_')}`, f.params);
// Evidence in words (`{label, key, params}`) shows its key's message, other evidence its value.
const evidenceValue = (e) => (e.key ? localeText(e.key, e.params).replace(/\s+/g, ' ').trim() : e.value);
const evidenceText = (e) => `${localeText(`evidence_${e.label.replace(/-/g, '_')}`)}: ${evidenceValue(e)}`;

module.exports = { localeText, summaryText, requestText, findingText, evidenceText, evidenceValue };
