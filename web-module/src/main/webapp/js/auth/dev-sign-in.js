import { api } from '../platform/api.js';

/** Asks the development issuer for a token (POST /api/dev/tokens); only offered without a provider. */
export async function devSignIn(email, groups) {
  const answer = await api('POST', '/dev/tokens', { body: { email, groups }, anonymous: true });
  return { token: answer.token, source: 'dev', email: answer.email, expiresAt: Date.parse(answer.expiresAt) };
}
