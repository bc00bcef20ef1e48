package parley.core.validation;

/** How serious a problem is: errors make {@code parley validate} fail, warnings do not. */
public enum Severity {
	ERROR, WARNING
}
