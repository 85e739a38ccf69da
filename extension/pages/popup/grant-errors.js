// @ts-check
// The error kinds of the grants client (src/grants/mod.rs `ErrorKind`, camelCase) as data: which of
// them the panel answers with a sign-in offer rather than a plain error.

/** The grant is not there (revoked already, elsewhere or by an earlier attempt): list again. */
export const NOT_FOUND = 'notFound';

/** Only an administrator can unblock it: the organisation's app awaits approval (AADSTS65001). */
export const NEEDS_ADMIN_APPROVAL = 'needsAdminApproval';

/** The account lacks the directory role (Graph 403 Authorization_RequestDenied on revoke). */
export const NEEDS_ROLE = 'needsRole';

/** Kinds after which signing in (again) is the way on. */
export const SIGN_IN_KINDS = Object.freeze(['signIn']);

/**
 * True when the grants client's error asks for a sign-in: its kind is a sign-in kind, or it names
 * the page to sign in at.
 * @param {{ kind?: string, signInUrl?: string } | null | undefined} error
 */
export function isSignInError(error) {
  return Boolean(error?.signInUrl) || SIGN_IN_KINDS.includes(error?.kind ?? '');
}
