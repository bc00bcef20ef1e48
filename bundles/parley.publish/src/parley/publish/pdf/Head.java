package parley.publish.pdf;

import org.w3c.dom.Element;

import parley.publish.PublishOptions;

/** The document head both layouts share: title and metadata the PDF's info and XMP are made from. */
final class Head {

	private Head() {
	}

	static void write(Xhtml x, Element head, String title, String author, String subject, String version,
			String css) {
		x.add(head, "title", null, title);
		meta(x, head, "author", author);
		meta(x, head, "subject", subject);
		meta(x, head, "keywords", "de-escalation, customer service, playbook");
		meta(x, head, "creator", "Parley");
		// names other than the standard ones become custom entries of the PDF's document information
		meta(x, head, "Version", version);
		x.add(head, "style", null, css);
	}

	static String author(Edition edition, PublishOptions options) {
		if (options.author() != null) {
			return options.author();
		}
		String organisation = edition.playbook().getOrganisation();
		return Words.present(organisation) ? organisation : "Parley";
	}

	private static void meta(Xhtml x, Element head, String name, String content) {
		Element meta = x.add(head, "meta", null);
		meta.setAttribute("name", name);
		meta.setAttribute("content", content);
	}
}
