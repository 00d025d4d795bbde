import { revokeInvitation } from './invitations-api.js';
import { confirmRevoke, resentNotice, revokedNotice } from './invitation-notices.js';

/**
 * Resend and revoke from a list of invitations (the event's, the official ones), kept by a
 * ListController: the call, the notice, the list shown again; a refusal is the list's error.
 */

/** E-mails an invitation again through `call` (each list has its own endpoint for it). */
export const resend = (list, call) => list.act(call, resentNotice);

/** Revokes an invitation (one endpoint for any invitation, super-admins only) once the reader confirms. */
export function revoke(list, inv) {
  if (!confirmRevoke(inv)) return undefined;
  return list.act(() => revokeInvitation(inv.id), () => revokedNotice(inv));
}
