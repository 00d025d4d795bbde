package dev.usher.tokencheck;

import com.ibm.websphere.security.WebTrustAssociationFailedException;
import com.ibm.wsspi.security.tai.TAIResult;
import com.ibm.wsspi.security.tai.TrustAssociationInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Properties;

/**
 * Liberty trust association interceptor, a Declarative Services component of the user feature
 * usherTokenCheck-1.0 (OSGI-INF/usher-token-check.xml says why it runs before mpJwt's): it takes
 * only requests whose bearer token's signature fails and answers them 401, so mpJwt never parses
 * them. mpJwt reports such a token through jose4j's exception, which quotes it in full, in an FFDC
 * incident and in trace.log; every other token (valid, expired, foreign issuer, unknown key,
 * malformed) still goes to mpJwt, which decides and logs nothing of it.
 */
public final class BearerSignatureCheck implements TrustAssociationInterceptor {

    private static final String SCHEME = "Bearer ";

    private final ForgedSignatures forgeries = ForgedSignatures.ofThisServer();

    /** Liberty does not call this for an interceptor of a user feature; nothing to set up anyway. */
    @Override
    public int initialize(Properties properties) {
        return 0;
    }

    @Override
    public boolean isTargetInterceptor(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        // The scheme's case is ignored, as mpJwt ignores it (RFC 9110: schemes are case-insensitive).
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && forgeries.forged(authorization.substring(SCHEME.length()).trim());
    }

    @Override
    public TAIResult negotiateValidateandEstablishTrust(HttpServletRequest request, HttpServletResponse response)
            throws WebTrustAssociationFailedException {
        // Only the status: Liberty writes the answer through the application's error page (web-module's
        // ContainerErrorServlet), the same problem document and Bearer challenge as any refused token.
        // Writing it here would commit the response under Liberty, which then fails to set its own.
        return TAIResult.create(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Override
    public String getVersion() {
        return "1";
    }

    @Override
    public String getType() {
        return "Usher bearer signature check";
    }

    @Override
    public void cleanup() {
        // Nothing held.
    }
}
