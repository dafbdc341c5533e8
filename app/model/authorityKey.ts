/** An authority key as it is written in a citation: `res1718`, `icj-statute`, `arsiwa_2001`. */
export const AUTHORITY_KEY_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_:.\-/]*$/;
/** The longest key the service accepts. */
export const AUTHORITY_KEY_MAX_LENGTH = 100;
/** The rule of a key, in words a user can follow. */
export const AUTHORITY_KEY_RULE = 'letters, digits and _ : . - / only, starting with a letter, digit or _';
/**
 * The same rule as an HTML `pattern` attribute. Browsers compile a pattern with the `v` flag, in which `/` and
 * `-` must be escaped inside a character class; the pattern is matched against the whole value.
 */
export const AUTHORITY_KEY_HTML_PATTERN = '[A-Za-z0-9_][A-Za-z0-9_:.\\/\\-]*';
