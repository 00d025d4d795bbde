package dev.usher.it.support.browsers;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers a test opened: closed after it, and when it failed, each one's last page is
 * kept as target/screenshots/failed-{test}.png to show what the user would have seen.
 */
public final class Browsers implements AfterEachCallback {

    private final List<Browser> open = new ArrayList<>();

    public Browser open() {
        Browser browser = Browser.open();
        open.add(browser);
        return browser;
    }

    /** A browser of this window size with more Chromium switches (see {@link Browser#open(int, int, String...)}). */
    public Browser open(int width, int height, String... extraArguments) {
        Browser browser = Browser.open(width, height, extraArguments);
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                for (int i = 0; i < open.size(); i++) {
                    open.get(i).screenshot("failed-" + context.getRequiredTestMethod().getName() + (i == 0 ? "" : "-" + i));
                }
            }
        } finally {
            open.forEach(Browser::close);
            open.clear();
        }
    }
}
