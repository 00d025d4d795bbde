// Numbers and dates as the console shows them, in the browser's locale.
export const percent = (fraction) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(fraction || 0);

export const count = (n) => new Intl.NumberFormat().format(n || 0);

export function day(isoDate) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** A timestamp (ISO 8601 with offset) as a short local date and time; empty for none. */
export function moment(isoDateTime) {
  if (!isoDateTime) return '';
  return new Date(isoDateTime).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** An instant as a datetime-local field shows it: the browser's own time zone, to the minute; empty for none. */
export function localInput(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A datetime-local field's value (the browser's time zone) as the instant the API takes; null when empty. */
export function instantFrom(localValue) {
  return localValue ? new Date(String(localValue)).toISOString() : null;
}
