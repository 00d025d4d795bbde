import { html, nothing } from 'lit';
import { count } from './format.js';

/** The page sizes a reader may choose where a list offers the choice. */
export const PAGE_SIZES = [25, 50, 100];

/**
 * The pager under a paged list (the API's {items, total, skip, limit}): "11–20 of 57", the
 * page-size choice when {@code sizes} is set, Previous and Next. {@code go} gets the change to the
 * list's query ({skip} or {limit}); {@code limit} is the page's own unless given. Ids start with {@code id}: `${id}-range`, `${id}-page-size`,
 * `${id}-prev`, `${id}-next`; {@code noun} is the plural the range and the buttons' names use.
 */
export function pager({ page, id, noun, go, sizes = false, limit = page.limit }) {
  const { items, total, skip } = page;
  return html`<div class="pager">
    <p id="${id}-range">${total === 0 ? `0 ${noun}` : `${skip + 1}–${skip + items.length} of ${count(total)}`}</p>
    ${sizes ? html`<label for="${id}-page-size">Per page</label>
      <select id="${id}-page-size" @change=${(e) => go({ limit: Number(e.target.value) })}>
        ${PAGE_SIZES.map((n) => html`<option ?selected=${n === limit}>${n}</option>`)}
      </select>` : nothing}
    <button id="${id}-prev" aria-label="Previous ${noun}" ?disabled=${skip === 0}
      @click=${() => go({ skip: Math.max(0, skip - limit) })}>Previous</button>
    <button id="${id}-next" aria-label="Next ${noun}" ?disabled=${skip + items.length >= total}
      @click=${() => go({ skip: skip + limit })}>Next</button>
  </div>`;
}
