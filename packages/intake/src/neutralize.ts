// A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text inert in a spreadsheet: a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with an apostrophe, which spreadsheet programs show as text and never evaluate.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
