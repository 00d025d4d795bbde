package dev.usher.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** A 200 that browsers and proxies must not keep: it carries a credential (a link, its QR code) or one guest's data. */
public final class NoStore {

    private NoStore() {
    }

    public static Response ok(Object entity, String type) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(entity, type).cacheControl(noStore).build();
    }
}
