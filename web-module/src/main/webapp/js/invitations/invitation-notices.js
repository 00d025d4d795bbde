/** What the invitation pages say around a resend or a revoke: one wording on every page. */

/** The announcement after a resend: sent again, or why it failed. */
export const resentNotice = (after) => (after.status === 'failed'
  ? `${after.number} could not be sent: ${after.failureReason || 'the mail server refused it'}.`
  : `${after.number} was sent again to ${after.email}.`);

/** Asks before revoking: the code stops admitting anyone, for good. */
export const confirmRevoke = (inv) =>
  confirm(`Revoke ${inv.number} for ${inv.recipientName}? The code will no longer admit anyone.`);

export const revokedNotice = (inv) => `${inv.number} was revoked.`;
