import { html, nothing } from 'lit';
import { moment } from '../platform/format.js';
import '../platform/problem-view.js';

const REASONS = {
  revoked: 'This invitation was revoked.',
  'wrong-event': 'This code is for another event.',
  unknown: 'Unknown code: no invitation has it.',
  'not-on-list': 'This invitation is not on this station\'s list.',
  'outside-hours': 'This list is closed now (outside its hours).',
  'not-inside': 'Nobody of this invitation is inside: nobody to let out.',
  'no-exits': 'This list keeps no exits.',
  expired: 'This invitation has expired: its code no longer admits. The organizer can renew it by sending it again.',
};

const WORDS = { 'not-on-list': 'NOT ON THIS LIST', 'outside-hours': 'CLOSED NOW', 'not-inside': 'NOT INSIDE', 'no-exits': 'NO EXITS HERE' };

const seatWord = (n) => (n === 1 ? 'seat' : 'seats');

/**
 * What the door's answer means for the volunteer: {kind: admitted | choose | used | invalid |
 * expired | forbidden | offline, word, name, lines, warnings}. An expired code has a screen of its
 * own: the guest is real and invited, only the code's time is up, which the volunteer handles
 * differently from a code that is not ours. `answer` is the API's CheckInAnswer; `error`
 * an ApiError instead of one. A refusal of the caller (403) is a permission problem, never an
 * invalid code: the code may be fine, the account is not allowed at this door.
 */
export function verdict(answer, error) {
  if (error) {
    if (error.status === 0) {
      return { kind: 'offline', word: 'NO ANSWER', lines: ['The server could not be reached. Scan the code again to retry; it will not admit twice.'] };
    }
    if (error.status === 403) {
      return { kind: 'forbidden', word: 'NOT ALLOWED', lines: ['This account may not admit guests at this door. Change the station, or ask an admin of the event.'], error };
    }
    return { kind: 'invalid', word: 'INVALID', lines: [], error };
  }
  const warnings = guestWarnings(answer);
  switch (answer.outcome) {
    case 'admitted':
      return { kind: 'admitted', word: 'ADMITTED', name: answer.firstName, seatsNow: answer.seatsAdmitted, warnings,
        household: members(answer),
        scanId: answer.scanId, lines: [
          answer.seats > 1 ? `${answer.seatsLeft} of ${answer.seats} seats left on this code` : '',
          answer.type && answer.type !== 'general' ? answer.type.toUpperCase() : '',
          answer.invitationNumber || ''].filter(Boolean) };
    case 'choose-seats':
      return { kind: 'choose', word: `${answer.seatsLeft} of ${answer.seats} seats left`, name: answer.firstName, warnings,
        household: members(answer),
        seatsLeft: answer.seatsLeft, seats: answer.seats,
        lines: [answer.seatsLeft < answer.seats ? 'Part of this party has arrived already.' : '', answer.invitationNumber || ''].filter(Boolean) };
    case 'already-used':
      return { kind: 'used', word: 'ALREADY USED', name: answer.firstName, warnings, lines: [
        `First used ${moment(answer.firstUsedAt)}${answer.firstUsedStation ? ` at ${answer.firstUsedStation}` : ''}`,
        answer.invitationNumber || ''].filter(Boolean) };
    case 'exited':
      return { kind: 'exited', word: 'EXITED', name: answer.firstName, seatsNow: answer.seatsExited, household: members(answer),
        lines: [answer.seatsInside != null ? `${answer.seatsInside} of ${answer.seats} still inside` : ''].filter(Boolean) };
    case 'not-on-list':
    case 'outside-hours':
    case 'not-inside':
    case 'no-exits':
      return { kind: 'invalid', word: WORDS[answer.outcome], name: answer.firstName, lines: [REASONS[answer.outcome]] };
    case 'expired':
      return { kind: 'expired', word: 'EXPIRED', name: answer.firstName, warnings, lines: [REASONS.expired,
        answer.expiresAt ? `Expired ${moment(answer.expiresAt)}` : '', answer.invitationNumber || ''].filter(Boolean) };
    case 'not-enough-seats':
      return { kind: 'used', word: 'NOT ENOUGH SEATS', name: answer.firstName, warnings, lines: [`Only ${answer.seatsLeft || 0} ${seatWord(answer.seatsLeft || 0)} left on this code`] };
    default:
      return { kind: 'invalid', word: 'INVALID', name: answer.firstName, lines: [REASONS[answer.outcome] || `The server answered ${answer.outcome}.`] };
  }
}

/** The household's members by name (those who said no marked so), for the door to greet each. */
function members(answer) {
  return (answer.household || []).map((m) => (m.attending === 'no' ? `${m.name} (not coming)` : m.name));
}

/** The guest's context the door must not miss: a declined RSVP, the organizer's door note. */
function guestWarnings(answer) {
  return [
    answer.rsvp === 'declined' ? 'This guest declined the invitation (RSVP).' : '',
    answer.doorNote ? `Note: ${answer.doorNote}` : '',
  ].filter(Boolean);
}

const ICONS = { admitted: '✓', choose: '✓', used: '✕', invalid: '!', expired: '⌛', forbidden: '⛔', offline: '?', exited: '↪' };

/**
 * The full-screen result; tapping it (or its button, or Enter/Esc) goes back to scanning. A
 * choose-seats answer asks how many arrive now instead (default: all left) and is only left by
 * its own buttons. The household's members are listed under the name.
 */
export function resultScreen(v, { onNext, onChoose }) {
  const choosing = v.kind === 'choose';
  return html`<div class="station-result result-${v.kind}" id="station-result" data-outcome=${v.kind}
      role=${choosing ? 'dialog' : nothing} aria-labelledby=${choosing ? 'result-word' : nothing}
      @click=${choosing ? nothing : onNext}>
    <p class="result-icon" aria-hidden="true">${ICONS[v.kind]}</p>
    <p class="result-word" id="result-word">${v.word}</p>
    ${v.name ? html`<p class="result-name" id="result-name">${v.name}</p>` : nothing}
    ${v.household && v.household.length ? html`<p class="result-household" id="result-household">With ${v.household.join(', ')}</p>` : nothing}
    ${v.seatsNow ? html`<p class="result-seats" id="result-seats"><span class="seat-count">${v.seatsNow}</span> ${v.kind === 'exited' ? 'out' : seatWord(v.seatsNow)} now</p>` : nothing}
    ${(v.warnings || []).map((w) => html`<p class="result-warning">⚠ ${w}</p>`)}
    ${v.lines.map((line) => html`<p class="result-line">${line}</p>`)}
    ${v.error ? html`<usher-problem .error=${v.error}></usher-problem>` : nothing}
    ${choosing ? seatChooser(v, onChoose, onNext)
      : html`<button class="result-next" id="result-next" @click=${(e) => { e.stopPropagation(); onNext(); }}>Scan next</button>`}
  </div>`;
}

function seatChooser(v, onChoose, onCancel) {
  const counts = Array.from({ length: v.seatsLeft }, (_, i) => v.seatsLeft - i);
  const submit = (e) => {
    e.preventDefault();
    onChoose(Number(new FormData(e.target).get('seats')));
  };
  return html`<form class="seat-chooser" id="seat-chooser" @submit=${submit}>
    <label for="seat-count">How many arrive now?</label>
    <select id="seat-count" name="seats">${counts.map((n) => html`<option value=${n}>${n}</option>`)}</select>
    <div class="seat-actions">
      <button type="submit" class="result-next" id="seat-admit">Admit</button>
      <button type="button" class="result-cancel" id="seat-cancel" @click=${onCancel}>Cancel</button>
    </div>
  </form>`;
}

/** One line of the station's recent scans. */
export function historyLine(v, at) {
  return `${at.toLocaleTimeString(undefined, { timeStyle: 'short' })} · ${v.word}${v.name ? ` · ${v.name}` : ''}`;
}
