import { html, nothing } from 'lit';

// What the station shows about its connection: online or offline, how old its guest list is,
// what waits to be uploaded, and the conflicts the server found in what it uploaded.

export function stationMode(door) {
  const online = door.mode === 'online';
  const kit = door.kit;
  const waiting = door.queue.length;
  const since = kit && kit.issuedAt ? new Date(kit.issuedAt).toLocaleTimeString(undefined, { timeStyle: 'short' }) : null;
  return html`<div class="station-mode mode-${door.mode}" id="station-mode" data-mode=${door.mode}>
    <p><strong id="station-mode-word">${online ? 'Online' : 'Offline'}</strong>
      ${online ? ' · the server decides' : door.ready() ? ' · admitting from this device\'s guest list' : ' · no guest list on this device: codes cannot be checked'}</p>
    <p class="small">${since ? html`Guest list of <span id="station-kit-time">${since}</span>` : 'No guest list kept yet'}
      ${waiting ? html` · <span id="station-queue">${waiting} ${waiting === 1 ? 'admission' : 'admissions'} waiting to upload</span>` : nothing}
      ${door.conflicts ? html` · <span id="station-conflicts">${door.conflicts} ${door.conflicts === 1 ? 'conflict' : 'conflicts'} reported to the organizers</span>` : nothing}</p>
    ${door.problem && door.problem.status === 503 ? html`<p class="small muted" id="station-offline-unavailable">Offline admission is not set up on this server.</p>` : nothing}
  </div>`;
}

/** The lines an answer decided on this device adds: where it was decided, and the household. */
export function offlineLines(answer) {
  return [
    'Decided offline on this device; uploaded when the server answers again',
    answer.household && answer.household.length ? `Household: ${answer.household.join(', ')}` : '',
  ].filter(Boolean);
}
