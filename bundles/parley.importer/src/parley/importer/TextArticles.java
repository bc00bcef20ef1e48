package parley.importer;

/** Reads plain text (.txt) documents. Placeholder until the plain text reader lands. */
final class TextArticles {

	private TextArticles() {
	}

	static Article read(String name, byte[] bytes) throws ArticleException {
		throw new ArticleException(name, "not yet");
	}
}
