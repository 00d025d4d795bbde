/** Browser tests' tools: headless Chromium, its per-test lifecycle, the axe-core audit, a fake camera. */
package dev.usher.it.support.browsers;
