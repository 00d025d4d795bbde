import { LiveNotice } from './live-notice.js';

/** How long typing must pause before a search goes to the server. */
const TYPING_PAUSE_MS = 300;

/** The sort key that reverses `sort`: every key of a list such as `lastName,firstName` descending. */
export const descending = (sort) => sort.split(',').map((key) => `-${key}`).join(',');

/**
 * What every server-paged list of the console does, in one place (a Lit reactive controller):
 * it keeps the list's query, the page the server answered, the last error and the `notice` of
 * the list's live region, and updates its element when any of them changes. Filters, sorting,
 * paging and search-as-you-type change the query and ask again; only the answer to the latest
 * question is shown, so a slow answer to an older search never replaces a newer one.
 *
 * `fetch(query)` answers the page; `loaded(page)`, if given, sees each page that is shown.
 */
export class ListController {
  constructor(host, { fetch, query, loaded = () => {} }) {
    this.host = host;
    this.fetchPage = fetch;
    this.query = query;
    this.loaded = loaded;
    this.page = undefined;
    this.error = null;
    this.notice = new LiveNotice(host);
    this.asked = 0;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.typing);
  }

  /** Asks for the page of the current query; an answer to an earlier question is dropped. */
  async load() {
    const question = ++this.asked;
    try {
      const page = await this.fetchPage(this.query);
      if (question !== this.asked) return;
      this.page = page;
      this.error = null;
      this.loaded(page);
    } catch (e) {
      if (question !== this.asked) return;
      this.error = e;
    }
    this.host.requestUpdate();
  }

  /** Changes the query (back to the first page unless `changes` says otherwise) and asks again. */
  set(changes) {
    this.query = { ...this.query, skip: 0, ...changes };
    this.host.requestUpdate();
    return this.load();
  }

  /** A filter form changed or was submitted: every named field of the form, trimmed, goes into the query. */
  filter(event) {
    event.preventDefault();
    clearTimeout(this.typing);
    const form = event.target.form || event.target;
    const fields = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
    return this.set(fields);
  }

  /** A search field's input: once typing pauses, its value (trimmed) is the query's `name`, the field's own by default. */
  search(event, name = event.target.name) {
    clearTimeout(this.typing);
    const field = event.target;
    this.typing = setTimeout(() => this.set({ [name]: field.value.trim() }), TYPING_PAUSE_MS);
  }

  /** Sorts by `sort`, or the other way round when the list is sorted by it already. */
  sortBy(sort) {
    return this.set({ sort: this.query.sort === sort ? descending(sort) : sort });
  }

  /** `ascending`, `descending` or undefined: how the list is sorted by `sort` (for aria-sort). */
  sortOrder(sort) {
    if (this.query.sort === sort) return 'ascending';
    return this.query.sort === descending(sort) ? 'descending' : undefined;
  }

  /**
   * Runs an action on the list's items (resend, revoke, delete...): on success announces
   * `notice(result)` and shows the list again; a failure is the list's error.
   */
  async act(action, notice) {
    try {
      const result = await action();
      this.notice.say(notice(result));
      await this.load();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Puts an item the server answered in place of the shown one with its id. */
  replace(item) {
    this.page = { ...this.page, items: this.page.items.map((i) => (i.id === item.id ? item : i)) };
    this.error = null;
    this.host.requestUpdate();
  }

  fail(error) {
    this.error = error;
    this.host.requestUpdate();
  }
}
