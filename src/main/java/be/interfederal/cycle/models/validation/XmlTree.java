package be.interfederal.cycle.models.validation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A model's XML as a small tree that remembers each element's line, so that a problem can say where it is. Read with
 * StAX, without external entities or DTDs (an uploaded model is untrusted input).
 */
final class XmlTree {

  /**
   * One element: namespace, local name, attributes by "namespace|local" (no namespace: local), text, children. A plain
   * class, not a record: a record's equals, hashCode and toString would run up and down parent and children forever.
   */
  static final class Node {
    private final String namespace;
    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<Node> children = new ArrayList<>();
    private final int line;
    private final Node parent;

    Node(String namespace, String name, Map<String, String> attributes, int line, Node parent) {
      this.namespace = namespace;
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.parent = parent;
    }

    String namespace() { return namespace; }
    String name() { return name; }
    Map<String, String> attributes() { return attributes; }
    StringBuilder text() { return text; }
    List<Node> children() { return children; }
    int line() { return line; }
    Node parent() { return parent; }

    String attribute(String name) {
      return attributes.get(name);
    }

    String attribute(String namespace, String name) {
      return attributes.get(namespace + "|" + name);
    }

    String id() {
      return attributes.get("id");
    }

    /** This element and every element below it, in document order. */
    Stream<Node> descendants() {
      return Stream.concat(Stream.of(this), children.stream().flatMap(Node::descendants));
    }

    boolean is(String namespace, String name) {
      return this.namespace.equals(namespace) && this.name.equals(name);
    }

    @Override
    public String toString() {
      return name + (id() == null ? "" : "#" + id()) + " (line " + line + ")";
    }
  }

  /** A document that is not well-formed XML, with where the parser stopped. */
  static final class Malformed extends Exception {
    final int line;

    Malformed(String message, int line) {
      super(message);
      this.line = line;
    }
  }

  private XmlTree() {}

  static Node parse(byte[] xml) throws Malformed {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      Node root = null;
      Node current = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            String key = ns == null || ns.isEmpty() ? reader.getAttributeLocalName(i) : ns + "|" + reader.getAttributeLocalName(i);
            attributes.put(key, reader.getAttributeValue(i));
          }
          String ns = reader.getNamespaceURI();
          Node node = new Node(ns == null ? "" : ns, reader.getLocalName(), attributes,
              reader.getLocation().getLineNumber(), current);
          if (current == null) {
            root = node;
          } else {
            current.children().add(node);
          }
          current = node;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          current = current.parent();
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && current != null) {
          current.text().append(reader.getText());
        }
      }
      if (root == null) {
        throw new Malformed("no root element", 1);
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?]\\s*Message:\\s*", "");
      throw new Malformed(message, line);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing more to read
        }
      }
    }
  }
}
