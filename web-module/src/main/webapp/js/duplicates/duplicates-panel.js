import { html, nothing } from 'lit';
import { UsherElement } from '../app/usher-element.js';
import { moment } from '../platform/format.js';
import { LiveNotice } from '../platform/live-notice.js';
import { FIELDS, dismissDuplicates, findDuplicates, mergeGuests, undoMerge, undoableMerges } from './duplicates-api.js';
import '../platform/problem-view.js';

const REASONS = { phone: 'Same phone', email: 'Same e-mail', name: 'Similar names' };
const fullName = (g) => [g.firstName, g.lastName].filter(Boolean).join(' ');
const shown = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));

/**
 * The event's Duplicates section (editors and admins): likely duplicate guests, each group side by
 * side in a table with a column per guest. For every field the organizer picks whose value stays
 * (the kept guest's by default) and which guest is kept; a merge can be undone for a day, and
 * "Not duplicates" hides the group for good. The table scrolls sideways on a narrow screen.
 */
export class DuplicatesPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, found: { state: true }, merges: { state: true }, error: { state: true },
    busy: { state: true },
  };

  notice = new LiveNotice(this);

  willUpdate(changed) {
    if (changed.has('event') && this.event) this.load();
  }

  async load() {
    try {
      [this.found, this.merges] = await Promise.all([findDuplicates(this.event.id, 50), undoableMerges(this.event.id)]);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  async act(work, said) {
    this.busy = true;
    try {
      await work();
      await this.load();
      this.notice.say(said);
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  merge(event, group, index) {
    event.preventDefault();
    const form = new FormData(event.target);
    const keep = form.get('keep');
    const fields = {};
    for (const [name] of FIELDS) {
      const from = form.get(name);
      if (from && from !== keep) fields[name] = from;
    }
    const merged = group.guests.map((g) => g.id).filter((id) => id !== keep);
    const kept = group.guests.find((g) => g.id === keep);
    this.act(() => mergeGuests(this.event.id, keep, merged, fields),
      `Merged into ${fullName(kept)}. You can undo it below for 24 hours.`);
  }

  render() {
    const found = this.found;
    return html`<section aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">Duplicates</h2>
      <p class="hint">Guests who are likely one person: the same phone or e-mail, or similar names in the same side and
        family. Choose which guest stays and, for each detail, whose value to keep. Invitations, messages, answers and
        scans move to the guest that stays.</p>
      <p class="live-status" role="status" aria-live="polite">${this.notice.view()}</p>
      <usher-problem .error=${this.error} .shownFields=${[]}></usher-problem>
      ${!found ? (this.error ? nothing : html`<p>Loading…</p>`)
        : !found.groups.length ? html`<p id="duplicates-none">No likely duplicates.</p>`
          : html`<p class="muted" id="duplicates-count">${found.total} ${found.total === 1 ? 'group' : 'groups'}${
            found.total > found.groups.length ? html`, the ${found.groups.length} most likely shown` : nothing}.</p>
            <ol class="duplicate-groups" id="duplicate-groups">${found.groups.map((g, i) => this.group(g, i))}</ol>`}
      ${this.merges?.length ? this.recent(this.merges) : nothing}
    </section>`;
  }

  group(group, index) {
    const id = `dup-${index}`;
    const keptId = group.guests[0].id;
    return html`<li class="card duplicate-group" data-guests=${group.guests.map((g) => g.id).join(' ')}>
      <form @submit=${(e) => this.merge(e, group, index)} aria-labelledby="${id}-title">
        <h3 id="${id}-title">${REASONS[group.reason] || group.reason}: ${group.guests.map(fullName).join(' / ')}</h3>
        <p class="muted">${group.explanation} · score ${Math.round(group.score * 100)}%</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Compare ${group.guests.length} guests">
          <table class="duplicate-compare">
            <thead><tr><th scope="col">Detail</th>${group.guests.map((g, n) => html`<th scope="col">
              <label><input type="radio" name="keep" value=${g.id} ?checked=${g.id === keptId}>
                Keep guest ${n + 1}</label></th>`)}</tr></thead>
            <tbody>${FIELDS.map(([name, label]) => html`<tr><th scope="row">${label}</th>${group.guests.map((g, n) => html`<td>
              <label><input type="radio" name=${name} value=${g.id} ?checked=${g.id === keptId}
                aria-label="${label} of guest ${n + 1}: ${shown(g[name])}"> ${shown(g[name])}</label></td>`)}</tr>`)}
            </tbody>
          </table>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>Merge</button>
          <button type="button" ?disabled=${this.busy} @click=${() => this.act(
            () => dismissDuplicates(this.event.id, group.guests.map((g) => g.id)),
            'Marked as not duplicates; they will not be shown again.')}>Not duplicates</button>
        </div>
      </form>
    </li>`;
  }

  recent(merges) {
    return html`<h3 id="merges-title">Recent merges</h3>
      <ul class="merges" id="merges" aria-labelledby="merges-title">${merges.map((m) => html`<li data-merge-id=${m.id}>
        ${m.mergedNames.join(', ')} merged ${moment(m.mergedAt)}; can be undone until ${moment(m.undoUntil)}
        <button type="button" ?disabled=${this.busy} @click=${() => this.act(() => undoMerge(this.event.id, m.id),
          `Merge undone: ${m.mergedNames.join(', ')} back on the list.`)}>Undo</button></li>`)}</ul>`;
  }
}
customElements.define('usher-duplicates-panel', DuplicatesPanel);
