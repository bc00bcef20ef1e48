package parley.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import parley.core.curation.CurationState;
import parley.core.service.EntryType;
import parley.model.playbook.Audience;
import parley.model.playbook.Entry;
import parley.model.playbook.Phrase;
import parley.model.playbook.Scenario;
import parley.model.playbook.Source;
import parley.model.playbook.Step;
import parley.model.playbook.Tag;
import parley.model.playbook.Technique;

/** Turns a playbook entry into the Lucene document that represents it, keyed by the entry's UUID. */
final class EntryDocuments {

	static final FacetsConfig FACETS = new FacetsConfig();
	static {
		for (String dim : List.of(Fields.TAG, Fields.EMOTION, Fields.CHANNEL)) {
			FACETS.setMultiValued(dim, true);
		}
	}

	private EntryDocuments() {
	}

	/** The entry's field values, from which both the document and its content hash are made. */
	record Content(String id, String type, List<String[]> pairs) {

		/** A hash of everything indexed: equal hashes mean the document need not be rewritten. */
		long hash() {
			// 64-bit FNV-1a over the field names and values, straight from the chars.
			long h = 0xcbf29ce484222325L ^ Fields.SCHEMA.hashCode();
			for (String[] pair : pairs) {
				for (String part : pair) {
					for (int i = 0; i < part.length(); i++) {
						h = (h ^ part.charAt(i)) * 0x100000001b3L;
					}
					h = (h ^ 0xffff) * 0x100000001b3L; // separator
				}
			}
			return h;
		}
	}

	static Content content(Entry entry) {
		List<String[]> p = new ArrayList<>();
		String type = EntryType.of(entry.eClass()).key();
		add(p, Fields.TYPE, type);
		add(p, Fields.TITLE, entry.getTitle());
		add(p, Fields.STATUS, CurationState.of(entry).key()); // derived: "changed-since-approval" too
		for (Tag tag : entry.getTags()) {
			if (!tag.eIsProxy()) {
				add(p, Fields.TAG, tag.getName());
			}
		}
		for (Audience audience : entry.getAudiences()) {
			if (!audience.eIsProxy()) {
				add(p, Fields.AUDIENCE, audience.getName());
			}
		}
		entry.getChannels().forEach(c -> add(p, Fields.CHANNEL, c.getLiteral()));
		for (Source source : entry.getSources()) {
			if (!source.eIsProxy()) {
				add(p, Fields.SOURCE, source.getTitle());
				add(p, Fields.SOURCE, source.getPublisher());
			}
		}
		if (entry instanceof Technique t) {
			add(p, Fields.SUMMARY, t.getSummary());
			add(p, Fields.BODY, t.getRationale());
			t.getSteps().forEach(s -> add(p, Fields.BODY, s));
			t.getPitfalls().forEach(s -> add(p, Fields.BODY, s));
			t.getRelated().forEach(r -> add(p, Fields.LINKS, r.eIsProxy() ? null : r.getTitle()));
		} else if (entry instanceof Phrase ph) {
			add(p, Fields.TEXT, ph.getText());
			add(p, Fields.KIND, ph.getKind().getLiteral());
			add(p, Fields.BODY, ph.getUsage());
			ph.getTechniques().forEach(r -> add(p, Fields.LINKS, r.eIsProxy() ? null : r.getTitle()));
			ph.getReplacements().forEach(r -> add(p, Fields.LINKS, r.eIsProxy() ? null : r.getText()));
		} else if (entry instanceof Scenario s) {
			add(p, Fields.SUMMARY, s.getSituation());
			s.getEmotions().forEach(e -> add(p, Fields.EMOTION, e.getLiteral()));
			s.getSignals().forEach(x -> add(p, Fields.BODY, x));
			for (Step step : s.getSteps()) {
				add(p, Fields.BODY, step.getInstruction());
				step.getTechniques().forEach(r -> add(p, Fields.LINKS, r.eIsProxy() ? null : r.getTitle()));
			}
			add(p, Fields.BODY, s.getOutcome());
		} else if (entry instanceof Source s) {
			add(p, Fields.SUMMARY, s.getSummary());
			add(p, Fields.BODY, s.getPublisher());
			add(p, Fields.BODY, s.getAuthor());
		}
		return new Content(entry.getId(), type, p);
	}

	/** The document for indexing (facet fields already translated). */
	static Document document(Content content) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(Fields.ID, content.id(), Field.Store.YES));
		doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(content.id())));
		doc.add(new NumericDocValuesField(Fields.HASH, content.hash()));
		for (String[] pair : content.pairs()) {
			String field = pair[0];
			String value = pair[1];
			if (Fields.KEYWORDS.contains(field)) {
				String keyword = value.toLowerCase(Locale.ROOT);
				doc.add(new StringField(field, keyword, Field.Store.YES));
				if (Fields.FACETS.contains(field)) {
					doc.add(new SortedSetDocValuesFacetField(field, keyword));
				}
			} else if (Fields.LINKS.equals(field) || Fields.SOURCE.equals(field)) {
				doc.add(new TextField(field, value, Field.Store.NO));
			} else {
				doc.add(new Field(field, value, Fields.BODY.equals(field) ? Fields.STORED_TEXT : Fields.HIGHLIGHTABLE));
				if (Fields.TITLE.equals(field)) {
					doc.add(new TextField(Fields.COMPLETE, value, Field.Store.NO));
				} else if (Fields.TEXT.equals(field)) {
					doc.add(new TextField(Fields.COMPLETE_TEXT, value, Field.Store.NO));
				}
			}
		}
		return FACETS.build(doc);
	}

	private static void add(List<String[]> pairs, String field, String value) {
		if (value != null && !value.isBlank()) {
			pairs.add(new String[] { field, value });
		}
	}
}
