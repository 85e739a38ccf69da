// Minimal placeholder: the authorizations view (list and revoke grants) replaces this module.
export function renderGrants(container) {
  const p = document.createElement('p');
  p.textContent = 'Listing your authorizations is not available yet.';
  container.replaceChildren(p);
}
