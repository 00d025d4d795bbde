package dev.usher.it.platform;

import dev.usher.it.support.clients.Api;
import dev.usher.it.support.servers.ArquillianIT;
import dev.usher.it.support.standins.Mailbox;
import dev.usher.it.support.standins.Tokens;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.client.ApiClient;
import dev.usher.client.ApiException;
import dev.usher.client.api.CheckInApi;
import dev.usher.client.api.EventsApi;
import dev.usher.client.api.GuestInvitationsApi;
import dev.usher.client.api.GuestsApi;
import dev.usher.client.api.IdentityApi;
import dev.usher.client.api.JobsApi;
import dev.usher.client.api.MembersApi;
import dev.usher.client.api.OfficialInvitationsApi;
import dev.usher.client.api.PublicApi;
import dev.usher.client.api.WebhooksApi;
import dev.usher.client.model.CheckInAnswer;
import dev.usher.client.model.CheckInRequest;
import dev.usher.client.model.EventInput;
import dev.usher.client.model.ResendRequest;
import dev.usher.client.model.EventRole;
import dev.usher.client.model.EventStats;
import dev.usher.client.model.EventView;
import dev.usher.client.model.GuestInput;
import dev.usher.client.model.GuestInvitationReport;
import dev.usher.client.model.GuestInvitationRequest;
import dev.usher.client.model.GuestStatus;
import dev.usher.client.model.GuestView;
import dev.usher.client.model.ImportReport;
import dev.usher.client.model.InvitationCheck;
import dev.usher.client.model.InvitationDetails;
import dev.usher.client.model.InvitationStatus;
import dev.usher.client.model.InvitationType;
import dev.usher.client.model.InvitationView;
import dev.usher.client.model.JobStatus;
import dev.usher.client.model.JobType;
import dev.usher.client.model.JobView;
import dev.usher.client.model.MemberInvite;
import dev.usher.client.model.MemberView;
import dev.usher.client.model.OfficialInvitationInput;
import dev.usher.client.model.Outcome;
import dev.usher.client.model.PageGuestView;
import dev.usher.client.model.PageInvitationView;
import dev.usher.client.model.PageJobView;
import dev.usher.client.model.Problem;
import dev.usher.client.model.RoleChange;
import dev.usher.client.model.Selection;
import dev.usher.client.model.UndoneCheckIn;
import dev.usher.client.model.Webhook;
import dev.usher.client.model.WebhookCreated;
import dev.usher.client.model.WebhookInput;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The OpenAPI document is enough to use Usher: a Java client generated from it during the
 * build (OpenAPI Generator, java.net.http and Jackson; see ear/pom.xml) drives an ordinary
 * day of an event through every area, and reads each refusal as a Problem. Nothing here
 * sends HTTP by hand or patches the document; the document served at /openapi is checked to
 * be the one the client was generated from.
 */
class GeneratedClientIT extends ArquillianIT {

    private static final Set<JobStatus> FINAL = Set.of(JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.STOPPED,
            JobStatus.ABANDONED);

    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        JsonNode built = json.readTree(Path.of(System.getProperty("usher.it.openapiDocument")).toFile());
        ObjectNode served;
        try (InputStream in = URI.create(Api.baseUrl() + "/openapi?format=JSON").toURL().openStream()) {
            served = (ObjectNode) json.readTree(in);
        }
        // Liberty adds the URLs it listens on; everything else is the file, as built.
        assertThat(served.remove("servers")).isNotNull();
        assertThat(served).isEqualTo(built);
        assertThat(served.at("/paths").has("/api/events/{eventId}/guests/import-file")).isTrue();
    }

    @Test
    void anEventsWholeDayRunsThroughTheGeneratedClient() throws Exception {
        String adminEmail = Api.uniqueEmail("client-admin");
        ApiClient admin = client(Tokens.valid(adminEmail));
        ApiClient superAdmin = client(Tokens.valid(Api.uniqueEmail("client-super"), "super-admin"));
        EventsApi events = new EventsApi(admin);

        // Events: create (201 with the body and Location), list, change by merge patch.
        var createdEvent = events.createEventWithHttpInfo(new EventInput().name("Generated client gala")
                .date(LocalDate.of(2031, 6, 1)).phoneRegion("IL").location("Old hall"));
        assertThat(createdEvent.getStatusCode()).isEqualTo(201);
        EventView event = createdEvent.getData();
        assertThat(createdEvent.getHeaders().get("Location")).singleElement().asString()
                .endsWith("/api/events/" + event.getId());
        assertThat(event.getMyRole()).isEqualTo(EventRole.ADMIN);
        UUID eventId = event.getId();
        assertThat(events.listMyEvents()).anySatisfy(summary -> assertThat(summary.getId()).isEqualTo(eventId));
        Map<String, Object> eventPatch = new HashMap<>();
        eventPatch.put("location", "New hall");
        eventPatch.put("timeZone", null);
        assertThat(events.updateEvent(eventId, eventPatch).getLocation()).isEqualTo("New hall");
        assertThat(new IdentityApi(admin).getMe().getEmail()).isEqualTo(adminEmail);

        // Members: invite, list, change the role, remove (204); inviting twice is a 409 naming the member.
        MembersApi members = new MembersApi(admin);
        String editorEmail = Api.uniqueEmail("client-editor");
        MemberView editor = members.inviteMember(eventId, new MemberInvite().email(editorEmail).role(EventRole.EDITOR));
        assertThat(members.listMembers(eventId)).extracting(MemberView::getEmail).contains(adminEmail, editorEmail);
        Problem twice = problem(() -> members.inviteMember(eventId,
                new MemberInvite().email(editorEmail).role(EventRole.VIEWER)), 409);
        assertThat(twice.getUserId()).isEqualTo(editor.getUserId());
        assertThat(members.changeMemberRole(eventId, editor.getUserId(), new RoleChange().role(EventRole.VIEWER))
                .getRole()).isEqualTo(EventRole.VIEWER);
        assertThat(members.getMember(eventId, editor.getUserId()).getRole()).isEqualTo(EventRole.VIEWER);
        members.removeMember(eventId, editor.getUserId());
        problem(() -> members.getMember(eventId, editor.getUserId()), 404);

        // Guests: add, a duplicate refused with duplicateOf, filters, paging, merge patch, delete.
        GuestsApi guests = new GuestsApi(admin);
        String danaEmail = Api.uniqueEmail("dana");
        GuestView dana = guests.addGuest(eventId, new GuestInput().firstName("Dana").lastName("Cohen")
                .phone("054-765-4321").email(danaEmail).side("bride").partySize(2), null);
        assertThat(dana.getPhone()).isEqualTo("+972547654321");
        assertThat(dana.getStatus()).isEqualTo(GuestStatus.INVITED);
        GuestView eli = guests.addGuest(eventId, new GuestInput().firstName("Eli").lastName("Bar")
                .email(Api.uniqueEmail("eli")).side("groom").status(GuestStatus.CONFIRMED), null);
        GuestView gone = guests.addGuest(eventId, new GuestInput().firstName("Gil").side("groom"), null);
        Problem duplicate = problem(() -> guests.addGuest(eventId,
                new GuestInput().firstName("Dana again").phone("+972 54 765 4321"), null), 409);
        assertThat(duplicate.getDuplicateOf()).isEqualTo(dana.getId());
        Problem invalid = problem(() -> guests.addGuest(eventId, new GuestInput().firstName(" ").partySize(0), null), 422);
        assertThat(invalid.getErrors()).extracting(e -> e.getField()).contains("firstName", "partySize");

        PageGuestView confirmed = guests.listGuests(eventId, null, null, null, null, null, null, GuestStatus.CONFIRMED);
        assertThat(confirmed.getItems()).extracting(GuestView::getId).containsExactly(eli.getId());
        PageGuestView groom = guests.listGuests(eventId, null, null, null, "GROOM", null, "firstName", null);
        assertThat(groom.getItems()).extracting(GuestView::getFirstName).containsExactly("Eli", "Gil");
        PageGuestView secondPage = guests.listGuests(eventId, null, 1, null, null, 1, "firstName", null);
        assertThat(secondPage.getTotal()).isEqualTo(3);
        assertThat(secondPage.getItems()).extracting(GuestView::getFirstName).containsExactly("Eli");
        assertThat(guests.listGuests(eventId, null, null, "cohen", null, null, null, null).getItems())
                .extracting(GuestView::getId).containsExactly(dana.getId());
        problem(() -> guests.listGuests(eventId, null, 501, null, null, null, null, null), 400);

        Map<String, Object> guestPatch = new HashMap<>();
        guestPatch.put("status", "confirmed");
        guestPatch.put("side", null);
        GuestView patched = guests.updateGuest(eventId, dana.getId(), guestPatch);
        assertThat(patched.getStatus()).isEqualTo(GuestStatus.CONFIRMED);
        assertThat(patched.getSide()).isNull();
        assertThat(guests.getGuest(eventId, dana.getId()).getPartySize()).isEqualTo(2);
        guests.deleteGuest(eventId, gone.getId());
        problem(() -> guests.getGuest(eventId, gone.getId()), 404);

        // JSON import: every row reported.
        ImportReport imported = guests.importGuests(eventId, List.of(
                new GuestInput().firstName("Hila").email(Api.uniqueEmail("hila")),
                new GuestInput().firstName("Dana twin").email(danaEmail)), false);
        assertThat(imported.getInserted()).isEqualTo(1);
        assertThat(imported.getRows()).extracting(r -> r.getOutcome()).containsExactly(Outcome.INSERTED, Outcome.DUPLICATE);
        assertThat(imported.getRows().get(1).getDuplicateOf()).isEqualTo(dana.getId());

        // Stats and the CSV export.
        EventStats stats = guests.getEventStats(eventId);
        assertThat(stats.getTotal()).isEqualTo(3);
        assertThat(stats.getByStatus()).containsEntry("confirmed", 2L);
        assertThat(stats.getHeadcount()).isEqualTo(4);
        String csv = Files.readString(guests.exportGuests(eventId).toPath(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Dana").contains("Hila");

        // Webhooks (admin): subscribe (the secret only in the creation answer), a change queued for it
        // in the delivery log, a bad URL a 422 naming it, delete (204). Nothing listens on port 1:
        // WebhookDeliveryIT sends for real.
        WebhooksApi webhooks = new WebhooksApi(admin);
        WebhookCreated hook = webhooks.createWebhook(eventId, new WebhookInput().url("https://127.0.0.1:1/hooks")
                .eventTypes(List.of("guest.rsvp_changed")));
        assertThat(hook.getSecret()).startsWith("whsec_");
        assertThat(webhooks.listWebhooks(eventId)).extracting(Webhook::getId).containsExactly(hook.getId());
        for (String status : List.of("declined", "confirmed")) { // Eli ends confirmed, as the invitations below expect
            Map<String, Object> change = new HashMap<>();
            change.put("status", status);
            guests.updateGuest(eventId, eli.getId(), change);
        }
        assertThat(webhooks.listWebhookDeliveries(eventId, hook.getId())).hasSize(2)
                .allSatisfy(d -> assertThat(d.getEventType()).isEqualTo("guest.rsvp_changed"));
        Problem badUrl = problem(() -> webhooks.createWebhook(eventId, new WebhookInput().url("http://crm.example/in")
                .eventTypes(List.of("guest.rsvp_changed"))), 422);
        assertThat(badUrl.getErrors()).extracting(e -> e.getField()).containsExactly("url");
        webhooks.deleteWebhook(eventId, hook.getId());
        problem(() -> webhooks.getWebhook(eventId, hook.getId()), 404);

        // Official invitations (super-admin): create, list, read, QR as PNG and SVG, resend, revoke.
        OfficialInvitationsApi official = new OfficialInvitationsApi(superAdmin);
        String guestOfHonour = Api.uniqueEmail("honour");
        InvitationView sent = official.createOfficialInvitation(new OfficialInvitationInput()
                .recipientName("Guest of Honour").email(guestOfHonour).eventId(eventId).type(InvitationType.VIP).seats(2));
        assertThat(sent.getStatus()).isEqualTo(InvitationStatus.SENT);
        assertThat(sent.getType()).isEqualTo(InvitationType.VIP);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PageInvitationView listed = official.listOfficialInvitations(today, today, eventId, 10, null, 0, "-createdAt",
                InvitationStatus.SENT, InvitationType.VIP);
        assertThat(listed.getItems()).extracting(InvitationView::getId).containsExactly(sent.getId());
        assertThat(official.listOfficialInvitations(today.plusDays(1), null, eventId, null, null, null, null, null, null)
                .getTotal()).isZero();
        InvitationDetails details = official.getOfficialInvitation(sent.getId());
        assertThat(details.getInvitation().getEmail()).isEqualTo(guestOfHonour);
        File png = official.officialInvitationQrPng(sent.getId());
        String qrUrl = Mailbox.decodeQr(Files.readAllBytes(png.toPath()));
        assertThat(qrUrl).contains("/validate-invitation?token=");
        String token = qrUrl.substring(qrUrl.indexOf("token=") + "token=".length());
        assertThat(Files.readString(official.officialInvitationQrSvg(sent.getId()).toPath())).contains("<svg");
        Problem tooSoon = problem(() -> official.resendOfficialInvitation(sent.getId(), null), 429);
        assertThat(tooSoon.getRetryAfterSeconds()).isPositive();
        InvitationView draft = official.createOfficialInvitation(new OfficialInvitationInput()
                .recipientName("Late Guest").email(Api.uniqueEmail("late")).eventId(eventId).send(false));
        assertThat(draft.getStatus()).isEqualTo(InvitationStatus.PENDING);
        assertThat(official.resendOfficialInvitation(draft.getId(), new ResendRequest()).getStatus()).isEqualTo(InvitationStatus.SENT);
        assertThat(official.officialInvitationStats().getSent()).isPositive();

        // The public check of a code, and the door: admit one of two seats, undo, admit again.
        PublicApi anyone = new PublicApi(client(null));
        InvitationCheck check = anyone.validateInvitation(token);
        assertThat(check.getValid()).isTrue();
        assertThat(check.getEventName()).isEqualTo("Generated client gala");
        CheckInApi door = new CheckInApi(admin);
        CheckInAnswer admitted = door.checkIn(new CheckInRequest().token(qrUrl).station("Gate A").seats(1)
                .eventId(eventId).device(Map.of("model", "test station", "battery", 80)));
        assertThat(admitted.getOutcome()).isEqualTo(CheckInAnswer.OutcomeEnum.ADMITTED);
        assertThat(admitted.getSeatsLeft()).isEqualTo(1);
        UndoneCheckIn undone = door.undoCheckIn(admitted.getScanId());
        assertThat(undone.getSeatsLeft()).isEqualTo(2);
        official.revokeOfficialInvitation(sent.getId());
        assertThat(anyone.validateInvitation(token).getValid()).isFalse();
        assertThat(door.checkIn(new CheckInRequest().token(token).station("Gate A")).getOutcome())
                .isEqualTo(CheckInAnswer.OutcomeEnum.REVOKED);

        // Guest invitations: by filter, as drafts; list; resend one (and too soon again: 429).
        GuestInvitationsApi invitations = new GuestInvitationsApi(admin);
        // The generated model starts guestIds as an empty list; the server reads guestIds and filter
        // as alternatives, so the list is left out when choosing by filter.
        GuestInvitationReport report = invitations.inviteGuests(eventId, new GuestInvitationRequest().guestIds(null)
                .filter(new Selection().status(GuestStatus.CONFIRMED)).type(InvitationType.SPECIAL).send(false));
        assertThat(report.getCreated()).isEqualTo(2);
        assertThat(report.getSent()).isZero();
        PageInvitationView eventInvitations = invitations.listEventInvitations(eventId, 50, null, 0, "recipientName",
                InvitationStatus.PENDING, InvitationType.SPECIAL);
        assertThat(eventInvitations.getItems()).extracting(InvitationView::getRecipientName)
                .containsExactly("Dana Cohen", "Eli Bar");
        UUID danasInvitation = eventInvitations.getItems().get(0).getId();
        assertThat(invitations.resendEventInvitation(eventId, danasInvitation, null).getStatus()).isEqualTo(InvitationStatus.SENT);
        problem(() -> invitations.resendEventInvitation(eventId, danasInvitation, null), 429);

        // A guest file imported by a job, followed to its end; the jobs list and its row errors.
        Path file = Files.createTempFile("guests", ".csv");
        Files.writeString(file, "firstName,lastName,email\nIdo,Ron," + Api.uniqueEmail("ido") + "\n,Nameless,\n",
                StandardCharsets.UTF_8);
        var accepted = guests.importGuestFileWithHttpInfo(eventId, file.toFile(), false, "skip", null);
        assertThat(accepted.getStatusCode()).isEqualTo(202);
        assertThat(accepted.getHeaders().get("Location")).singleElement().asString()
                .endsWith("/api/jobs/" + accepted.getData().getExecutionId());
        JobsApi jobs = new JobsApi(admin);
        JobView job = awaitEnd(jobs, accepted.getData().getExecutionId());
        assertThat(job.getBatchStatus()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.getJobName()).isEqualTo(JobType.GUEST_IMPORT);
        assertThat(job.getCounts()).containsEntry("inserted", 1L);
        assertThat(job.getParameters()).containsEntry("duplicates", "skip");
        // Rows are numbered as a spreadsheet shows them, the header being row 1.
        assertThat(jobs.listJobRowErrors(job.getExecutionId(), 10, 0).getItems())
                .singleElement().satisfies(error -> assertThat(error.getRow()).isEqualTo(3));
        PageJobView eventJobs = jobs.listJobs(eventId, 10, 0, JobStatus.COMPLETED, JobType.GUEST_IMPORT);
        assertThat(eventJobs.getItems()).extracting(JobView::getExecutionId).containsExactly(job.getExecutionId());
        problem(() -> jobs.stopJob(job.getExecutionId()), 409);
        assertThat(guests.listGuests(eventId, null, null, "Ido", null, null, null, null).getTotal()).isEqualTo(1);

        // Refusals read as problems: no token, a stranger, an unknown event; then the event goes (204).
        Problem noToken = problem(() -> new EventsApi(client(null)).listMyEvents(), 401);
        assertThat(noToken.getStatus()).isEqualTo(401);
        ApiClient stranger = client(Tokens.valid(Api.uniqueEmail("stranger")));
        problem(() -> new EventsApi(stranger).getEvent(eventId), 404);
        problem(() -> new GuestsApi(stranger).addGuest(eventId, new GuestInput().firstName("Intruder"), null), 404);
        events.deleteEvent(eventId);
        Problem deleted = problem(() -> events.getEvent(eventId), 404);
        assertThat(deleted.getType()).startsWith("urn:usher:problem:");
    }

    /** A client of the test server, with a bearer token when one is given. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.baseUrl());
        // The generated mapper leaves out nulls, also inside maps; a merge patch clears a field
        // with one, so map values keep theirs (client configuration, not a change of the document).
        client.setObjectMapper(ApiClient.createDefaultObjectMapper().setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS)));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** Polls the job until it reaches a final status; the limit only stops a hung test. */
    private static JobView awaitEnd(JobsApi jobs, long executionId) throws ApiException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        JobView job = jobs.getJob(executionId);
        while (!FINAL.contains(job.getBatchStatus())) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Job " + executionId + " did not end: " + job);
            }
            Thread.sleep(200);
            job = jobs.getJob(executionId);
        }
        return job;
    }

    private interface Call {
        void run() throws ApiException;
    }

    /** The call is refused with this status and an application/problem+json body, read as the document's Problem. */
    private static Problem problem(Call call, int status) throws IOException {
        ApiException refused = catchThrowableOfType(ApiException.class, call::run);
        assertThat(refused).as("refused with " + status).isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getTitle()).isNotBlank();
        return problem;
    }
}
