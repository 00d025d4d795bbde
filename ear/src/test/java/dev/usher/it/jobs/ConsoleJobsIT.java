package dev.usher.it.jobs;

import dev.usher.it.support.browsers.Browser;
import dev.usher.it.support.browsers.Browsers;
import dev.usher.it.support.clients.Api;
import dev.usher.it.support.clients.Db;
import dev.usher.it.support.fixtures.Fixture;
import dev.usher.it.support.servers.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static dev.usher.it.console.ConsoleIT.signIn;
import static dev.usher.it.support.fixtures.Fixture.ok;
import static dev.usher.it.support.clients.JobsApi.awaitEnd;
import static dev.usher.it.support.clients.JobsApi.executionId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs page in a real browser: an operator follows an import, stops it while it runs,
 * restarts it and sees it complete with every row once; a restart the server refuses shows
 * its 409 problem.
 */
class ConsoleJobsIT extends ArquillianIT {

    private static final By LIVE = By.cssSelector("usher-jobs-page .live-status");

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anOperatorStopsARunningImportAndRestartsIt() throws SQLException {
        Fixture f = Fixture.create();
        // More rows than one chunk of the import (5,000, guest-import.xml): the stop lands between chunks.
        int rows = 12_000;
        String operator = Api.uniqueEmail("operator");
        long first;
        // The import's first chunk waits for the event's guest-list lock, which this test holds:
        // the job is certainly still running when the operator clicks Stop, whatever the machine's speed.
        try (GuestListLock lock = GuestListLock.take(f.eventId)) {
            first = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "big.csv",
                    JobOperationsIT.bigCsv(rows)));
            Browser browser = browsers.open();
            browser.go("/");
            signIn(browser, operator, "batch-operator");
            browser.click(By.id("nav-jobs"));
            browser.waitFor(By.cssSelector("main h1"));
            browser.go("/#/jobs?eventId=" + f.eventId);
            By card = card(first);
            browser.waitFor(By.cssSelector("li.job-card[data-execution-id='" + first + "'][data-status=STARTED]"));
            assertThat(browser.driver().findElement(card).getText()).contains("big.csv");
            browser.screenshot("20-jobs-running");
            browser.click(By.cssSelector("li.job-card[data-execution-id='" + first + "'] .stop-job"));
            browser.waitForText(LIVE, "Job " + first + " is stopping.");
            lock.release();
            browser.waitFor(By.cssSelector("li.job-card[data-execution-id='" + first + "'][data-status=STOPPED]"));
            long before = Long.parseLong(counter(browser, card, "inserted").replaceAll("\\D", ""));
            assertThat(before).isBetween(1L, rows - 1L);
            browser.screenshot("21-jobs-stopped");

            browser.click(By.cssSelector("li.job-card[data-execution-id='" + first + "'] .restart-job"));
            browser.waitForText(LIVE, "Job restarted as execution ");
            long second = Long.parseLong(browser.driver().findElement(LIVE).getText().replaceAll("\\D", ""));
            JsonObject latest = ok(f.admin.get("/api/jobs?eventId=" + f.eventId)).getJsonArray("items").getJsonObject(0);
            assertThat(latest.getJsonNumber("executionId").longValue()).isEqualTo(second).isNotEqualTo(first);
            awaitEnd(f.admin, second);
            browser.waitFor(By.cssSelector("li.job-card[data-execution-id='" + second + "'][data-status=COMPLETED]"));
            assertThat(counter(browser, card(second), "inserted").replaceAll("\\D", "")).isEqualTo(String.valueOf(rows));
            assertThat(ok(f.viewer.get(f.events("/guests"))).getInt("total")).isEqualTo(rows + 1);
            browser.screenshot("22-jobs-completed");

            // Its page has both executions; the first one can no longer be restarted, and the page says why.
            browser.click(By.cssSelector("li.job-card[data-execution-id='" + second + "'] h2 a"));
            browser.waitFor(By.cssSelector("table.executions tr[data-execution-id='" + first + "']"));
            assertThat(browser.driver().findElements(By.cssSelector("table.executions tbody tr"))).hasSize(2);
            browser.screenshot("23-job");
            browser.click(By.cssSelector("table.executions tr[data-execution-id='" + first + "'] a"));
            browser.waitFor(By.cssSelector(".job-progress[data-status=STOPPED]"));
            browser.click(By.cssSelector("usher-job-controls .restart-job"));
            Api.Reply refused = f.admin.send("POST", "/api/jobs/" + first + "/restart", null, null);
            assertThat(refused.status()).isEqualTo(409);
            browser.waitForText(By.cssSelector("usher-job-controls .problem-detail"), refused.string("detail"));
            assertThat(browser.text(By.cssSelector("usher-job-controls .problem-title"))).contains("409");
            browser.screenshot("24-job-restart-refused");
        }
    }

    @Test
    void aViewerOfAnEventCannotSeeItsJobsAndIsToldWhy() {
        Fixture f = Fixture.create();
        long job = executionId(f.editor.postFile(f.events("/guests/import-file"), Map.of(), "a.csv",
                "first name\nAda\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        awaitEnd(f.editor, job);
        String expected = f.viewer.get("/api/jobs/" + job).string("detail");
        Browser browser = browsers.open();
        browser.go("/#/jobs/" + job);
        signIn(browser, f.viewerEmail);
        browser.waitForText(By.cssSelector("usher-job-progress .problem-detail"), expected);
        assertThat(browser.text(By.cssSelector("usher-job-progress .problem-title"))).contains("403");
        assertThat(browser.present(By.id("nav-jobs"))).isFalse();
    }

    private static By card(long executionId) {
        return By.cssSelector("li.job-card[data-execution-id='" + executionId + "']");
    }

    private static String counter(Browser browser, By card, String name) {
        return browser.driver().findElement(card).findElement(By.cssSelector("[data-count='" + name + "'] dd")).getText();
    }

    /**
     * The event's guest-list lock (the advisory lock every guest-list writer takes), held by
     * this test's own database session until released or closed.
     */
    private static final class GuestListLock implements AutoCloseable {

        private final Connection connection;
        private final String key;
        private boolean held;

        private GuestListLock(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        static GuestListLock take(String eventId) throws SQLException {
            GuestListLock lock = new GuestListLock(Db.connect(), "guests:" + eventId);
            lock.run("SELECT pg_advisory_lock(hashtextextended(?, 0))");
            lock.held = true;
            return lock;
        }

        void release() throws SQLException {
            if (held) {
                run("SELECT pg_advisory_unlock(hashtextextended(?, 0))");
                held = false;
            }
        }

        private void run(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, key);
                statement.executeQuery().close();
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
