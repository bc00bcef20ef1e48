package parley.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML document the layout engine renders, as a DOM: text is always a text node, so titles and
 * phrases with markup characters need no escaping and cannot break the document.
 */
final class Xhtml {

	static final String NS = "http://www.w3.org/1999/xhtml";

	private final Document document;

	Xhtml(String language) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("The JDK's XML parser is not available", e);
		}
		Element html = document.createElementNS(NS, "html");
		html.setAttribute("lang", language);
		html.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", language);
		document.appendChild(html);
	}

	Document document() {
		return document;
	}

	Element root() {
		return document.getDocumentElement();
	}

	/** Appends a new element with optional class to {@code parent}. */
	Element add(Element parent, String name, String cssClass) {
		Element element = document.createElementNS(NS, name);
		if (cssClass != null) {
			element.setAttribute("class", cssClass);
		}
		parent.appendChild(element);
		return element;
	}

	/** Appends a new element holding {@code text}. */
	Element add(Element parent, String name, String cssClass, String text) {
		Element element = add(parent, name, cssClass);
		if (text != null) {
			element.appendChild(document.createTextNode(text));
		}
		return element;
	}

	/** Appends text to an element. */
	void text(Element parent, String text) {
		parent.appendChild(document.createTextNode(text));
	}

	/** Appends a link to an anchor in the document. */
	Element link(Element parent, String cssClass, String anchor, String text) {
		Element a = add(parent, "a", cssClass, text);
		a.setAttribute("href", "#" + anchor);
		a.setAttribute("title", text);
		return a;
	}

	/** A stylesheet shipped in this bundle's css folder, as text. */
	static String stylesheet(String name) {
		try (InputStream in = Xhtml.class.getResourceAsStream("/css/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Stylesheet css/" + name + " is missing from parley.publish");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
