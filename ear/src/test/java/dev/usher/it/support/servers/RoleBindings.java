package dev.usher.it.support.servers;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test server's role bindings, taken from the running server's own configuration
 * (server-config/liberty/usher-app.xml) rather than kept as a second copy: Arquillian deploys
 * the EAR with the {@code <application-bnd>} it finds in {@code usher.it.securityConfiguration},
 * so this writes that element there, alone, before Arquillian reads it.
 */
final class RoleBindings {

    private RoleBindings() {
    }

    static void writeForArquillian() {
        String source = System.getProperty("usher.it.appConfig");
        String target = System.getProperty("usher.it.securityConfiguration");
        if (source == null || target == null) {
            return;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document app = factory.newDocumentBuilder().parse(Path.of(source).toFile());
            Element bindings = (Element) app.getElementsByTagName("application-bnd").item(0);
            if (bindings == null) {
                throw new IllegalStateException(source + " has no <application-bnd>");
            }
            Document alone = factory.newDocumentBuilder().newDocument();
            alone.appendChild(alone.importNode(bindings, true));
            Files.createDirectories(Path.of(target).getParent());
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(alone), new StreamResult(Path.of(target).toFile()));
        } catch (Exception e) {
            throw new IllegalStateException("Could not copy the role bindings from " + source, e);
        }
    }
}
