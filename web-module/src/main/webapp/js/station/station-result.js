import { html, nothing } from 'lit';
import { moment } from '../platform/format.js';
import '../platform/problem-view.js';

const REASONS = {
  revoked: 'This invitation was revoked.',
  'wrong-event': 'This code is for another event.',
  unknown: 'Unknown code: no invitation has it.',
};

/**
 * What the door's answer means for the volunteer: {kind: admitted | used | invalid | offline,
 * word, lines}. `answer` is the API's CheckInAnswer; `error` an ApiError instead of one.
 */
export function verdict(answer, error) {
  if (error) {
    return error.status === 0
      ? { kind: 'offline', word: 'NO ANSWER', lines: ['The server could not be reached. Scan the code again to retry; it will not admit twice.'] }
      : { kind: 'invalid', word: 'INVALID', lines: [], error };
  }
  const seats = (n) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
  switch (answer.outcome) {
    case 'admitted':
      return { kind: 'admitted', word: 'ADMITTED', name: answer.firstName, lines: [
        `${seats(answer.seatsAdmitted)}${answer.type && answer.type !== 'general' ? ` · ${answer.type.toUpperCase()}` : ''}`,
        answer.seatsLeft ? `${seats(answer.seatsLeft)} left on this code` : '',
        answer.invitationNumber || ''].filter(Boolean) };
    case 'already-used':
      return { kind: 'used', word: 'ALREADY USED', name: answer.firstName, lines: [
        `First used ${moment(answer.firstUsedAt)}${answer.firstUsedStation ? ` at ${answer.firstUsedStation}` : ''}`,
        answer.invitationNumber || ''].filter(Boolean) };
    case 'not-enough-seats':
      return { kind: 'used', word: 'NOT ENOUGH SEATS', name: answer.firstName, lines: [`Only ${seats(answer.seatsLeft || 0)} left on this code`] };
    default:
      return { kind: 'invalid', word: 'INVALID', name: answer.firstName, lines: [REASONS[answer.outcome] || `The server answered ${answer.outcome}.`] };
  }
}

const ICONS = { admitted: '✓', used: '✕', invalid: '!', offline: '?' };

/** The full-screen result; tapping it (or its button, or Enter/Esc) goes back to scanning. */
export function resultScreen(v, onNext) {
  return html`<div class="station-result result-${v.kind}" id="station-result" data-outcome=${v.kind} @click=${onNext}>
    <p class="result-icon" aria-hidden="true">${ICONS[v.kind]}</p>
    <p class="result-word" id="result-word">${v.word}</p>
    ${v.name ? html`<p class="result-name" id="result-name">${v.name}</p>` : nothing}
    ${v.lines.map((line) => html`<p class="result-line">${line}</p>`)}
    ${v.error ? html`<usher-problem .error=${v.error}></usher-problem>` : nothing}
    <button class="result-next" id="result-next" @click=${(e) => { e.stopPropagation(); onNext(); }}>Scan next</button>
  </div>`;
}

/** One line of the station's recent scans. */
export function historyLine(v, at) {
  return `${at.toLocaleTimeString(undefined, { timeStyle: 'short' })} · ${v.word}${v.name ? ` · ${v.name}` : ''}`;
}
