/**
 * Parley - de-escalation playbook workbench
 */
package parley.model.playbook;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link parley.model.playbook.Source#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link parley.model.playbook.Source#getAuthor <em>Author</em>}</li>
 *   <li>{@link parley.model.playbook.Source#getUrl <em>Url</em>}</li>
 *   <li>{@link parley.model.playbook.Source#getSummary <em>Summary</em>}</li>
 *   <li>{@link parley.model.playbook.Source#getPublished <em>Published</em>}</li>
 *   <li>{@link parley.model.playbook.Source#getImportedText <em>Imported Text</em>}</li>
 * </ul>
 *
 * @see parley.model.playbook.PlaybookPackage#getSource()
 * @model
 * @generated
 */
public interface Source extends Entry {
	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the source was published: an ISO-8601 date (2024-03-05) when the document gives one that can be read, otherwise as the document writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Imported Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's text as it was imported, one block a line. Kept to check that entries citing the source are written in the playbook's own words; never published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported Text</em>' attribute.
	 * @see #setImportedText(String)
	 * @see parley.model.playbook.PlaybookPackage#getSource_ImportedText()
	 * @model
	 * @generated
	 */
	String getImportedText();

	/**
	 * Sets the value of the '{@link parley.model.playbook.Source#getImportedText <em>Imported Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported Text</em>' attribute.
	 * @see #getImportedText()
	 * @generated
	 */
	void setImportedText(String value);

} // Source
