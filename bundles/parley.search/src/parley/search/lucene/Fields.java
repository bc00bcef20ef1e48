package parley.search.lucene;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The index schema: field names users type in queries, and how each is indexed. */
final class Fields {
	private Fields() {
	}

	/** Bump when documents change shape; an index with another version is rebuilt. */
	static final String SCHEMA = "3";

	static final String ID = "id";
	static final String HASH = "hash";

	// Full-text fields, searched by default (with boosts) and highlighted.
	static final String TITLE = "title";
	static final String TEXT = "text";
	static final String SUMMARY = "summary";
	static final String BODY = "body";
	static final String LINKS = "links";
	/** Source titles and publishers an entry cites (full text, so source:empathy works). */
	static final String SOURCE = "source";
	/** Titles and phrase wordings, lower-cased words (not stemmed): what suggestions complete. */
	static final String COMPLETE = "complete";
	static final String COMPLETE_TEXT = "complete_text";
	/** The dictionary for "did you mean": the unstemmed words of titles and phrase wordings. */
	static final String SPELL = COMPLETE;

	// Exact-value fields (lower-cased keywords), also facet dimensions where marked.
	static final String TYPE = "type";
	static final String TAG = "tag";
	/** The curation state's key ({@code CurationState.key()}), "changed-since-approval" included. */
	static final String STATUS = "status";
	static final String EMOTION = "emotion";
	static final String CHANNEL = "channel";
	static final String KIND = "kind";
	static final String AUDIENCE = "audience";

	/** Default search fields and their boosts: a match in a title counts most. */
	static final Map<String, Float> DEFAULT_FIELDS = Map.of(TITLE, 3f, TEXT, 2f, SUMMARY, 1.5f, BODY, 1f);

	/** Fields whose best passage is shown, in order of preference. */
	static final List<String> HIGHLIGHTED = List.of(TEXT, TITLE, SUMMARY, BODY);

	static final Set<String> KEYWORDS = Set.of(ID, TYPE, TAG, STATUS, EMOTION, CHANNEL, KIND, AUDIENCE);

	static final List<String> FACETS = List.of(TYPE, TAG, STATUS, EMOTION, CHANNEL);

	/** Every field a query may name. */
	static final Set<String> QUERYABLE = Set.of(TITLE, TEXT, SUMMARY, BODY, LINKS, SOURCE, TYPE, TAG, STATUS, EMOTION,
			CHANNEL, KIND, AUDIENCE, ID);

	/** Stored, analysed, with offsets in the postings so highlighting needs no re-analysis. */
	static final FieldType HIGHLIGHTABLE = new FieldType();
	static {
		HIGHLIGHTABLE.setTokenized(true);
		HIGHLIGHTABLE.setStored(true);
		HIGHLIGHTABLE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTABLE.freeze();
	}

	/** Stored and analysed; long texts are highlighted by re-analysing the ten hits shown, cheaper than offsets. */
	static final FieldType STORED_TEXT = new FieldType();
	static {
		STORED_TEXT.setTokenized(true);
		STORED_TEXT.setStored(true);
		STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		STORED_TEXT.freeze();
	}
}
