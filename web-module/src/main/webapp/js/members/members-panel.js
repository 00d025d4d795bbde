import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UsherElement } from '../app/usher-element.js';
import { LiveNotice } from '../platform/live-notice.js';
import { field, focusFirstError, formValues } from '../platform/fields.js';
import { ROLES, changeRole, inviteMember, listMembers, removeMember } from './members-api.js';
import '../platform/problem-view.js';

/**
 * The members of an event. Admins invite by e-mail with a role, change roles and remove
 * members; someone invited who never signed in is shown as pending. The server keeps the last admin.
 */
export class MembersPanel extends UsherElement {
  static properties = {
    event: { attribute: false }, me: { attribute: false },
    members: { state: true }, loadError: { state: true }, error: { state: true }, inviteError: { state: true }, busy: { state: true },
  };

  notice = new LiveNotice(this);

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.members = await listMembers(this.event.id);
      this.loadError = null;
    } catch (e) {
      this.loadError = e;
    }
  }

  async invite(event) {
    event.preventDefault();
    const form = event.target;
    this.busy = true;
    this.inviteError = null;
    try {
      const added = await inviteMember(this.event.id, formValues(form));
      form.reset();
      this.notice.say(`${added.email} was added as ${added.role}.`);
      await this.load();
    } catch (e) {
      this.inviteError = e;
      await this.updateComplete;
      focusFirstError(form);
    } finally {
      this.busy = false;
    }
  }

  async setRole(member, select) {
    try {
      await changeRole(this.event.id, member.userId, select.value);
      this.error = null;
      this.notice.say(`${member.email} is now ${select.value}.`);
      // The caller's own role changed: the event page shows what the new role may do.
      if (this.me && member.userId === this.me.userId) {
        this.dispatchEvent(new CustomEvent('my-role-changed', { bubbles: true }));
      }
      await this.load();
    } catch (e) {
      select.value = member.role;
      this.error = e;
    }
  }

  async confirmDelete(member) {
    if (!confirm(`Remove ${member.email} from this event?`)) return;
    try {
      await removeMember(this.event.id, member.userId);
      this.error = null;
      this.notice.say(`${member.email} was removed.`);
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  render() {
    const admin = this.event.myRole === 'admin';
    return html`<h2>Members</h2>
      ${admin ? this.inviteForm() : nothing}
      <usher-problem .error=${this.loadError}></usher-problem>
      <usher-problem .error=${this.error}></usher-problem>
      <p class="live-status visually-hidden" role="status" aria-live="polite">${this.notice.view()}</p>
      ${this.members ? html`<div class="table-wrap"><table class="members">
        <caption class="visually-hidden">Members of ${this.event.name}</caption>
        <thead><tr><th scope="col">Member</th><th scope="col">Role</th><th scope="col">Status</th>
          ${admin ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
        <tbody>${repeat(this.members, (m) => m.userId, (m) => this.row(m, admin))}</tbody>
      </table></div>` : html`<p class="muted">Loading…</p>`}`;
  }

  inviteForm() {
    const err = this.inviteError;
    return html`<form id="invite-member" class="inline-form" novalidate @submit=${this.invite} aria-labelledby="invite-title">
      <h3 id="invite-title">Invite a member</h3>
      <usher-problem .error=${err} .shownFields=${['email', 'role', 'displayName']}></usher-problem>
      <div class="row">
        ${field({ id: 'invite-email', name: 'email', label: 'E-mail', kind: 'email', required: true, error: err })}
        ${field({ id: 'invite-name', name: 'displayName', label: 'Display name', error: err })}
        ${field({ id: 'invite-role', name: 'role', label: 'Role', kind: 'select', value: 'viewer', error: err,
          options: ROLES.map((r) => ({ value: r, label: r })) })}
      </div>
      <button type="submit" class="primary" ?disabled=${this.busy}>Invite</button>
    </form>`;
  }

  row(m, admin) {
    const who = m.displayName ? `${m.displayName} (${m.email})` : m.email;
    const self = this.me && m.userId === this.me.userId;
    return html`<tr data-member=${m.email}>
      <td data-label="Member">${who}${self ? html` <span class="badge">you</span>` : nothing}</td>
      <td data-label="Role">${admin
        ? html`<select class="role" aria-label="Role of ${m.email}" @change=${(e) => this.setRole(m, e.target)}>
            ${ROLES.map((r) => html`<option ?selected=${r === m.role}>${r}</option>`)}</select>`
        : m.role}</td>
      <td data-label="Status">${m.status === 'pending'
        ? html`<span class="badge pending" title="Has not signed in yet">pending</span>` : 'active'}</td>
      ${admin ? html`<td class="row-actions"><button class="danger" @click=${() => this.confirmDelete(m)} aria-label="Remove ${m.email}">Remove</button></td>` : nothing}
    </tr>`;
  }
}
customElements.define('usher-members-panel', MembersPanel);
