import { keyed } from 'lit/directives/keyed.js';

/**
 * What an element's live region says (role="status"), kept as state and rendered like any other
 * (`${notice.view()}` inside the region), never written into the DOM by hand. Each `say` renders
 * a new text node, so the same words said twice (the same code scanned twice) are read out twice.
 */
export class LiveNotice {
  constructor(host) {
    this.host = host;
    this.text = '';
    this.said = 0;
    host.addController(this);
  }

  say(text) {
    this.text = text;
    this.said += 1;
    this.host.requestUpdate();
  }

  view() {
    return keyed(this.said, this.text);
  }
}
