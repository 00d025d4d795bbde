package dev.usher.imports.boundary;

import dev.usher.events.control.EventId;
import dev.usher.events.control.RequiresEventRole;
import dev.usher.events.entity.EventRole;
import dev.usher.google.GoogleClient;
import dev.usher.google.GoogleConfiguration;
import dev.usher.google.GoogleRefusal;
import dev.usher.google.GoogleSettings;
import dev.usher.google.GoogleTokens;
import dev.usher.google.Pkce;
import dev.usher.identity.boundary.Users;
import dev.usher.identity.control.Roles;
import dev.usher.imports.control.ContactsCsv;
import dev.usher.imports.control.GoogleConnections;
import dev.usher.imports.control.GoogleContact;
import dev.usher.imports.control.GoogleContactGroup;
import dev.usher.imports.control.GoogleContacts;
import dev.usher.jobs.boundary.JobView;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.errors.ServiceUnavailableException;
import dev.usher.platform.errors.UsherException;
import dev.usher.platform.links.PublicBase;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Importing guests from a user's Google contacts. A user connects their own Google account (OAuth 2.0
 * authorization code with PKCE S256, scope contacts.readonly; the refresh token sealed per user),
 * lists its contact groups and contacts, and imports chosen ones into an event where they are an
 * editor or admin: the contacts become a CSV in Google's own export format and go through
 * {@link GuestImports#start}, so the job, rules, report and restart are the file import's. Without
 * the settings every call answers 503 naming them. No transaction is held while Google is called
 * (a 429 may make it wait); the controls open their own for the database, and {@link GoogleContacts}
 * suspends the import's (which the event guard needs).
 */
@Stateless
@RolesAllowed(Roles.USER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GoogleImports {

    private static final Logger LOG = Logger.getLogger(GoogleImports.class.getName());
    /** The callback's path under PUBLIC_BASE_URL; registered at Google as the client's redirect URI. */
    public static final String CALLBACK_PATH = "/api/public/google/callback";
    /** A console route (its hash) to come back to; nothing else, so the callback redirects nowhere else. */
    static final Pattern RETURN_TO = Pattern.compile("#/[A-Za-z0-9/_-]{0,200}");
    static final Pattern GROUP = Pattern.compile("contactGroups/[A-Za-z0-9_-]{1,100}");
    static final Pattern CONTACT = Pattern.compile("people/[A-Za-z0-9_-]{1,100}");
    static final int MAX_CHOSEN = 5000;

    @Inject
    GoogleConfiguration configuration;

    @Inject
    GoogleClient client;

    @Inject
    GoogleConnections connections;

    @Inject
    GoogleContacts contacts;

    @EJB
    Users users;

    @EJB
    GuestImports imports;

    @Inject
    PublicBase publicBase;

    public GoogleConnectionView connection() {
        settings();
        return connections.find(users.callerId())
                .map(c -> new GoogleConnectionView(true, c.connectedAt()))
                .orElse(new GoogleConnectionView(false, null));
    }

    /** Starts a connect: the URL of Google's consent page for the caller to open. */
    public GoogleConnectStart connect(String returnTo) {
        GoogleSettings settings = settings();
        String back = returnTo == null || returnTo.isBlank() ? "#/" : returnTo.strip();
        if (!RETURN_TO.matcher(back).matches()) {
            throw new InvalidInputException("returnTo", "must be a console route such as #/events/{id}/guests");
        }
        Pkce pkce = Pkce.create();
        String state = Pkce.random(24);
        connections.begin(state, users.callerId(), pkce.verifier(), back);
        String url = settings.authorizationUrl() + (settings.authorizationUrl().contains("?") ? "&" : "?")
                + "response_type=code"
                + "&client_id=" + enc(settings.clientId())
                + "&redirect_uri=" + enc(redirectUri())
                + "&scope=" + enc(GoogleSettings.SCOPE)
                + "&state=" + enc(state)
                + "&code_challenge=" + enc(pkce.challenge())
                + "&code_challenge_method=S256"
                // a refresh token, and a fresh consent so Google grants one again after a revocation
                + "&access_type=offline&prompt=consent&include_granted_scopes=true";
        return new GoogleConnectStart(url);
    }

    /**
     * Google's redirect back (the browser's, with no bearer token: the state names who started it).
     * Exchanges the code with the verifier and stores the refresh token sealed. Answers the console
     * address to send the browser to, with {@code google=connected}, {@code denied} or {@code failed}.
     */
    @PermitAll
    public String finish(String state, String code, String error) {
        GoogleSettings settings = settings();
        var pending = state == null || state.isBlank() || state.length() > 100 ? java.util.Optional.<GoogleConnections.Pending>empty()
                : connections.take(state);
        if (pending.isEmpty()) {
            LOG.warning("A Google connect came back with an unknown or expired state; nothing stored");
            return console("failed", "#/");
        }
        GoogleConnections.Pending connect = pending.get();
        if (error != null || code == null || code.isBlank()) {
            return console("access_denied".equals(error) ? "denied" : "failed", connect.returnTo());
        }
        try {
            GoogleTokens tokens = client.exchange(settings, code, connect.verifier(), redirectUri());
            connections.connect(connect.userId(), tokens.refreshToken());
            contacts.forget(connect.userId());
            return console("connected", connect.returnTo());
        } catch (GoogleRefusal | UsherException e) {
            LOG.warning("Google refused the connect of user " + connect.userId() + ": " + e.getMessage());
            return console("failed", connect.returnTo());
        }
    }

    /** Deletes the caller's connection and revokes the grant at Google. */
    public void disconnect() {
        GoogleSettings settings = settings();
        UUID userId = users.callerId();
        contacts.forget(userId);
        connections.disconnect(userId).ifPresent(token -> {
            if (!client.revoke(settings, token)) {
                LOG.warning("Google did not confirm the revocation of user " + userId + "'s grant; it is deleted here");
            }
        });
    }

    public List<GoogleContactGroup> groups() {
        return contacts.groups(settings(), users.callerId());
    }

    public List<GoogleContact> contacts() {
        return contacts.contacts(settings(), users.callerId());
    }

    /**
     * Imports the chosen contacts into the event through the guest-import job (editors and admins). In a
     * transaction: the event guard reads the caller in one; the contacts are read from Google outside it
     * ({@link GoogleContacts} suspends it).
     */
    @RequiresEventRole(EventRole.editor)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public JobView importContacts(@EventId UUID eventId, GoogleImportRequest request) {
        GoogleSettings settings = settings();
        Set<String> groups = chosen("groups", request.groups(), GROUP);
        Set<String> people = chosen("contacts", request.contacts(), CONTACT);
        if (groups.isEmpty() && people.isEmpty()) {
            throw new InvalidInputException("contacts", "choose at least one contact or contact group");
        }
        List<GoogleContact> picked = new ArrayList<>();
        for (GoogleContact contact : contacts.contacts(settings, users.callerId())) {
            if (people.contains(contact.resourceName()) || contact.groups().stream().anyMatch(groups::contains)) {
                picked.add(contact);
            }
        }
        if (picked.isEmpty()) {
            throw new InvalidInputException("contacts", "none of the chosen contacts or groups has a contact in "
                    + "your Google account");
        }
        return imports.start(eventId, new ImportRequest("google-contacts.csv", "text/csv", ContactsCsv.of(picked),
                request.dryRun(), request.duplicates(), Map.of()));
    }

    private static Set<String> chosen(String field, List<String> values, Pattern shape) {
        Set<String> chosen = new LinkedHashSet<>();
        if (values == null) {
            return chosen;
        }
        if (values.size() > MAX_CHOSEN) {
            throw new InvalidInputException(field, "may name at most " + MAX_CHOSEN);
        }
        for (String value : values) {
            if (value == null || !shape.matcher(value).matches()) {
                throw new InvalidInputException(field, "must hold Google resource names such as "
                        + ("groups".equals(field) ? "contactGroups/friends" : "people/c123"));
            }
            chosen.add(value);
        }
        return chosen;
    }

    private GoogleSettings settings() {
        GoogleSettings settings = configuration.current();
        List<String> missing = settings.missing();
        if (!missing.isEmpty()) {
            throw new ServiceUnavailableException("Importing from Google is not configured: set "
                    + String.join(", ", missing), Map.of("settings", missing));
        }
        return settings;
    }

    private String redirectUri() {
        return publicBase.url() + CALLBACK_PATH;
    }

    private String console(String outcome, String returnTo) {
        return publicBase.url() + "/?google=" + outcome + returnTo;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
