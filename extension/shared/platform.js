// Browser differences in one place: the extension API namespace, how a certificate problem shows
// up (Chrome: a failed request with net::ERR_CERT_*; Firefox: the same kind of error, plus
// webRequest.getSecurityInfo on a page the person reached through a certificate exception),
// and who sent a message.

/** `browser` in Firefox, `chrome` in Chrome and Edge; both return promises in MV3. */
export const ext = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;

const CERT_ERROR = /^(net::ERR_CERT_|net::ERR_SSL_PINNED_KEY|SEC_ERROR_|SSL_ERROR_BAD_CERT|MOZILLA_PKIX_ERROR_)/;

/** The error string when it names a certificate problem, else null. */
export function certificateError(error) {
  return typeof error === 'string' && CERT_ERROR.test(error) ? error : null;
}

const FRAME_TYPES = ['main_frame', 'sub_frame'];

/**
 * Calls `report({tabId, url, type, error})` for every request that failed on a certificate
 * problem and, where the browser offers it (Firefox), for every page loaded over a certificate
 * the browser does not trust. Must be called synchronously when the worker starts.
 */
export function onCertificateProblem(report) {
  ext.webRequest.onErrorOccurred.addListener((details) => {
    const error = certificateError(details.error);
    if (error) report({ tabId: details.tabId, url: details.url, type: details.type, error });
  }, { urls: ['<all_urls>'] });

  if (typeof ext.webRequest.getSecurityInfo !== 'function') return;
  try {
    // Firefox only; getSecurityInfo answers only inside a blocking onHeadersReceived listener.
    ext.webRequest.onHeadersReceived.addListener((details) => {
      return ext.webRequest.getSecurityInfo(details.requestId, {}).then((info) => {
        const error = untrustedCertificate(info);
        if (error) report({ tabId: details.tabId, url: details.url, type: details.type, error });
        return {};
      }, () => ({}));
    }, { urls: ['https://*/*'], types: FRAME_TYPES }, ['blocking']);
  } catch (err) {
    console.warn('Consent Guard: certificate details are not available in this browser:', err.message);
  }
}

function untrustedCertificate(info) {
  if (!info || info.state === 'insecure') return null;
  if (info.isUntrusted) return 'SEC_ERROR_UNTRUSTED_CERT (certificate exception)';
  if (info.isDomainMismatch) return 'SSL_ERROR_BAD_CERT_DOMAIN (certificate exception)';
  if (info.isNotValidAtThisTime) return 'SEC_ERROR_EXPIRED_CERTIFICATE (certificate exception)';
  return null;
}

/** Why a snapshot message does not come from our own content script in a web page, or null. */
export function notOurContentScript(sender) {
  if (!sender || sender.id !== ext.runtime.id) return 'sent by another extension';
  if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return 'not sent from a tab';
  if (typeof sender.frameId !== 'number') return 'no frame id';
  if (typeof sender.url !== 'string' || !/^https?:/i.test(sender.url)) return 'not sent from a web page';
  return null;
}

/** True for the extension's own pages (popup, options), also when opened in a tab. */
export function isOurPage(sender) {
  return !!sender && sender.id === ext.runtime.id && typeof sender.url === 'string' &&
    sender.url.startsWith(ext.runtime.getURL(''));
}

/**
 * Badge text, colours and title for one tab; resolves false when the tab is gone. The text comes
 * last, so a badge that shows a verdict's text already has that verdict's colour and title.
 */
export async function setActionState(tabId, { text, color, title }) {
  try {
    await Promise.all([
      ext.action.setBadgeBackgroundColor({ tabId, color }),
      ext.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      ext.action.setTitle({ tabId, title }),
    ]);
    await ext.action.setBadgeText({ tabId, text });
    return true;
  } catch {
    return false;
  }
}

/** Managed storage, or {} where the browser has none configured. */
export async function readManaged() {
  try {
    return (await ext.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}
