package dev.usher.it.support.browsers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every console page must hold on a 390 px phone, for the browser tests that open one. */
public final class PhoneFit {

    private PhoneFit() {
    }

    /**
     * Nothing in the page is wider than the phone, and every visible control of the page's main
     * part lies within the window's width and is what a tap at its centre reaches.
     */
    @SuppressWarnings("unchecked")
    public static void assertFits(Browser browser, String what) {
        // At this width too, axe-core (WCAG 2 A and AA) finds nothing serious or critical.
        assertThat(Axe.audit(browser).stream().filter(Axe.Violation::serious).map(Object::toString).toList())
                .as("%s: serious accessibility violations on a phone", what).isEmpty();
        Number overflow = (Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("%s: how much wider than the phone the page is", what).isLessThanOrEqualTo(0);
        List<String> unreachable = (List<String>) browser.script("""
                // Left out: what is not displayed (a closed <details> too), and what sits in a
                // 1-pixel clipped box (the visually-hidden pattern, e.g. a table's header row when
                // rows become cards).
                const clipped = (element) => {
                  for (let e = element; e; e = e.parentElement) {
                    const box = e.getBoundingClientRect();
                    if (box.width <= 1 && box.height <= 1 && getComputedStyle(e).overflow === 'hidden') return true;
                  }
                  return false;
                };
                const missed = [];
                for (const control of document.querySelectorAll('main :is(button, a, select, input, summary)')) {
                  if (!control.checkVisibility() || clipped(control)) continue;
                  control.scrollIntoView({ block: 'center', inline: 'nearest' });
                  const box = control.getBoundingClientRect();
                  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                  if (box.left < 0 || box.right > window.innerWidth || !hit || !(hit === control || control.contains(hit))) {
                    missed.push(`${control.getAttribute('aria-label') || control.id || control.textContent.trim()}`
                      + ` [${Math.round(box.left)}, ${Math.round(box.right)}]`);
                  }
                }
                window.scrollTo(0, 0);
                return missed;
                """);
        assertThat(unreachable).as("%s: controls out of the window or covered", what).isEmpty();
    }

}
