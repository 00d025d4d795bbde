import { html, nothing } from 'lit';
import { pager } from './pager.js';

/**
 * The header cell of a column of a list kept by a ListController: a button that sorts by
 * `column.sort` (again: the other way round), with aria-sort and an arrow; a plain header
 * when the column has no `sort`.
 */
export function sortHeader(list, column) {
  if (!column.sort) return html`<th scope="col">${column.label}</th>`;
  const order = list.sortOrder(column.sort);
  return html`<th scope="col" aria-sort=${order || nothing}>
    <button class="sort" data-sort=${column.key} @click=${() => list.sortBy(column.sort)}>${column.label}
      <span aria-hidden="true">${order === 'ascending' ? '▲' : order === 'descending' ? '▼' : ''}</span></button></th>`;
}

/**
 * A list's page as the table `table()` renders, with the pager under it, or `empty` (a sentence)
 * when it has no rows: not headers over an empty body, which is read out as an empty grid.
 * `id` and `noun` are the pager's.
 */
export function pagedTable(list, { id, noun, empty, table }) {
  return html`${list.page.items.length === 0 ? html`<p>${empty}</p>` : html`<div class="table-wrap">${table()}</div>`}
    ${pager({ page: list.page, id, noun, go: (changes) => list.set(changes), sizes: true })}`;
}
