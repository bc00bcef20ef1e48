/**
 * Validation rules ({@link parley.core.validation.ValidationRule}): one class per rule, run by {@link
 * parley.core.validation.PlaybookValidator}; a new rule is a new class added to the validator's list.
 */
package parley.core.validation;
