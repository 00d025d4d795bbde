import { LitElement } from 'lit';

/**
 * Base of every console element. Renders into the light DOM (no shadow root), so the page's
 * one stylesheet applies, labels and ids work across components, and tests see plain HTML.
 * Subclasses are HTMLElements: never name a method like an Element one (remove, title...),
 * or the DOM and Lit call it instead.
 */
export class UsherElement extends LitElement {
  createRenderRoot() {
    this.replaceChildren();
    return this;
  }
}
