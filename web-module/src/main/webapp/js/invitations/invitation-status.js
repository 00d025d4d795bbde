import { html } from 'lit';

/** An invitation's status as a badge whose colour repeats what the word says (never colour alone). */
export const statusBadge = (status) => html`<span class="badge inv-status inv-${status}">${status}</span>`;

/** "1 seat", "3 seats". */
export const seatsText = (n) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
