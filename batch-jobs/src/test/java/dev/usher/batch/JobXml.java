package dev.usher.batch;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job XML of this module as the batch runtime reads it: a step's properties are its
 * {@code #{jobParameters['name']}} expressions resolved against the job's parameters, an absent
 * parameter becoming the empty string, as the specification says. Tests feed artifacts what the
 * real job XML would give them, so a property renamed on one side only fails here.
 */
public final class JobXml {

    private static final Pattern JOB_PARAMETER = Pattern.compile("#\\{jobParameters\\['([^']+)'\\]\\}");

    private final Document document;

    private JobXml(Document document) {
        this.document = document;
    }

    public static JobXml of(String jobName) {
        String path = "META-INF/batch-jobs/" + jobName + ".xml";
        try (InputStream in = JobXml.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No job XML " + path);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new JobXml(factory.newDocumentBuilder().parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element with this {@code id} attribute (a step or a decision). */
    public Element element(String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new IllegalArgumentException("No element with id " + id);
    }

    /** The properties the runtime gives the artifacts of step (or decision) {@code id}. */
    public Properties properties(String id, Properties jobParameters) {
        Properties resolved = new Properties();
        NodeList properties = element(id).getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            Matcher m = JOB_PARAMETER.matcher(property.getAttribute("value"));
            StringBuilder value = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(value, Matcher.quoteReplacement(jobParameters.getProperty(m.group(1), "")));
            }
            m.appendTail(value);
            resolved.setProperty(property.getAttribute("name"), value.toString());
        }
        return resolved;
    }
}
