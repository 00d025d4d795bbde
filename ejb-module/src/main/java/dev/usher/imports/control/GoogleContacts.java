package dev.usher.imports.control;

import dev.usher.google.GoogleClient;
import dev.usher.google.GoogleRefusal;
import dev.usher.google.GoogleSettings;
import dev.usher.google.GoogleTokens;
import dev.usher.platform.errors.BadGatewayException;
import dev.usher.platform.errors.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A user's contact groups and contacts from the People API, every page of them. Access tokens are
 * kept in this server's memory only, until a minute before they expire (another server just
 * refreshes its own); one the People API refuses is refreshed once and the call made again. A grant
 * Google no longer honours ends the connection: it is deleted and the caller told to connect again.
 * No database transaction is held while Google answers (a 429 makes it wait).
 */
@ApplicationScoped
public class GoogleContacts {

    /** Google's largest page; the loop still follows nextPageToken, bounded so a looping token cannot spin forever. */
    static final int PAGE_SIZE = 1000;
    static final int MAX_PAGES = 200;
    static final String PERSON_FIELDS = "names,emailAddresses,phoneNumbers,memberships";

    private record AccessToken(String value, Instant expires) {
    }

    private final Map<UUID, AccessToken> tokens = new ConcurrentHashMap<>();

    @Inject
    GoogleClient client;

    @Inject
    GoogleConnections connections;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<GoogleContactGroup> groups(GoogleSettings settings, UUID userId) {
        List<GoogleContactGroup> groups = new ArrayList<>();
        pages(settings, userId, "/v1/contactGroups?pageSize=" + PAGE_SIZE, "contactGroups",
                group -> groups.add(new GoogleContactGroup(group.getString("resourceName", ""),
                        group.getString("formattedName", group.getString("name", "")), group.getInt("memberCount", 0))));
        return groups;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<GoogleContact> contacts(GoogleSettings settings, UUID userId) {
        List<GoogleContact> contacts = new ArrayList<>();
        pages(settings, userId, "/v1/people/me/connections?personFields=" + PERSON_FIELDS + "&pageSize=" + PAGE_SIZE,
                "connections", person -> contacts.add(contact(person)));
        return contacts;
    }

    /** Forgets the user's access token (on disconnect). */
    public void forget(UUID userId) {
        tokens.remove(userId);
    }

    private void pages(GoogleSettings settings, UUID userId, String path, String items,
                       Consumer<JsonObject> each) {
        String pageToken = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String url = pageToken == null ? path
                    : path + "&pageToken=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8);
            JsonObject json = call(settings, userId, url);
            JsonArray array = json.getJsonArray(items);
            if (array != null) {
                array.getValuesAs(JsonObject.class).forEach(each);
            }
            pageToken = json.getString("nextPageToken", null);
            if (pageToken == null || pageToken.isEmpty()) {
                return;
            }
        }
        throw new BadGatewayException("Google's People API kept answering with more pages (over " + MAX_PAGES + ")",
                Map.of());
    }

    private JsonObject call(GoogleSettings settings, UUID userId, String path) {
        AccessToken token = tokens.get(userId);
        boolean fresh = false;
        if (token == null || Instant.now().isAfter(token.expires())) {
            token = refresh(settings, userId);
            fresh = true;
        }
        try {
            return client.people(settings, path, token.value());
        } catch (GoogleRefusal expired) {
            if (fresh) {
                throw new BadGatewayException("Google's People API refused an access token Google had just granted",
                        Map.of());
            }
            return client.people(settings, path, refresh(settings, userId).value());
        }
    }

    private AccessToken refresh(GoogleSettings settings, UUID userId) {
        String refreshToken = connections.refreshToken(userId).orElseThrow(() -> new ConflictException(
                "Your Google account is not connected; connect it first"));
        GoogleTokens granted;
        try {
            granted = client.refresh(settings, refreshToken);
        } catch (GoogleRefusal revoked) {
            tokens.remove(userId);
            connections.disconnect(userId);
            throw new ConflictException("Google no longer accepts Usher's access to your contacts (it was revoked "
                    + "at Google or has expired); connect your Google account again");
        }
        AccessToken token = new AccessToken(granted.accessToken(),
                Instant.now().plusSeconds(Math.max(0, granted.expiresInSeconds() - 60)));
        tokens.put(userId, token);
        return token;
    }

    static GoogleContact contact(JsonObject person) {
        JsonObject name = first(person, "names");
        JsonObject email = first(person, "emailAddresses");
        JsonObject phone = first(person, "phoneNumbers");
        List<String> groups = new ArrayList<>();
        JsonArray memberships = person.getJsonArray("memberships");
        if (memberships != null) {
            for (JsonValue m : memberships) {
                if (m instanceof JsonObject membership
                        && membership.get("contactGroupMembership") instanceof JsonObject group) {
                    String resource = group.getString("contactGroupResourceName", null);
                    if (resource != null) {
                        groups.add(resource);
                    }
                }
            }
        }
        return new GoogleContact(person.getString("resourceName", ""),
                name == null ? null : name.getString("displayName", null),
                name == null ? null : name.getString("givenName", null),
                name == null ? null : name.getString("familyName", null),
                email == null ? null : email.getString("value", null),
                // canonicalForm is E.164 when Google could tell the country; the import's rules normalize either
                phone == null ? null : phone.getString("canonicalForm", phone.getString("value", null)),
                List.copyOf(groups));
    }

    /** The primary value of a field, else its first. */
    private static JsonObject first(JsonObject person, String field) {
        JsonArray values = person.getJsonArray(field);
        if (values == null || values.isEmpty()) {
            return null;
        }
        for (JsonValue v : values) {
            if (v instanceof JsonObject o && o.get("metadata") instanceof JsonObject meta
                    && meta.getBoolean("primary", false)) {
                return o;
            }
        }
        return values.get(0) instanceof JsonObject o ? o : null;
    }
}
