import { focusFirstError } from './fields.js';

/**
 * Runs a form's call to the server for an element with `busy`, `error` and a LiveNotice `notice`:
 * busy while it runs, the words it answers (if any) announced, a failure kept in `error` and focus
 * moved to the first invalid field of `form` (when there is one).
 */
export async function formAction(host, form, work) {
  host.busy = true;
  host.error = null;
  try {
    const said = await work();
    if (said) host.notice.say(said);
  } catch (e) {
    host.error = e;
    await host.updateComplete;
    if (form) focusFirstError(form);
  } finally {
    host.busy = false;
  }
}
