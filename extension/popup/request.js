// Minimal placeholder: the consent request view (who asks for what) replaces this module.
export function renderRequest(container) {
  container.replaceChildren();
}
