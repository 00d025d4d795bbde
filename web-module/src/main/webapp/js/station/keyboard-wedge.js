/**
 * A hand scanner that acts as a keyboard (a "keyboard wedge") types the code within a few
 * milliseconds per key and presses Enter. This listens anywhere on the page, except in text
 * fields (those handle their own typing), and hands over input that came that fast. People
 * do not type 16 characters at under 80 ms a key, so typing is never mistaken for a scan.
 */
const MAX_GAP_MS = 80;
const MIN_LENGTH = 16;

export class KeyboardWedge {
  constructor(onCode) {
    this.onCode = onCode;
    this.buffer = '';
    this.lastAt = 0;
    this.listener = (event) => this.key(event);
  }

  start() {
    document.addEventListener('keydown', this.listener, true);
  }

  stop() {
    document.removeEventListener('keydown', this.listener, true);
  }

  key(event) {
    if (editable(event.target) || event.ctrlKey || event.altKey || event.metaKey) return;
    const now = performance.now();
    if (now - this.lastAt > MAX_GAP_MS) this.buffer = '';
    this.lastAt = now;
    if (event.key === 'Enter') {
      const code = this.buffer;
      this.buffer = '';
      if (code.length >= MIN_LENGTH) {
        event.preventDefault(); // not a click on whatever button has focus
        event.stopPropagation();
        this.onCode(code);
      }
    } else if (event.key.length === 1) {
      this.buffer += event.key;
    }
  }
}

function editable(target) {
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
