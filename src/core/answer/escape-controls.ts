// Text that is not a verbatim quote (outlet, title, author, ids from front matter and file names) is
// shown to people, on a terminal or in Discord. Control characters there would act instead of show:
// NUL and BEL, ANSI escapes that recolour or clear a terminal, bidi overrides that reorder a line. They
// are written out visibly instead (`\x07`, `\u202e`), so the text stays recognisable and inert.
// Quotes are never passed through this: a quote is the source's characters, verbatim.

/** C0 controls but tab, newline and carriage return; DEL; C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Zero-width and bidi formatting characters, which change how the text around them reads. */
const FORMAT = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const LINE_BREAKS = /[\t\n\r]+/g;

function toEscape(char: string, width: 2 | 4): string {
  const code = char.codePointAt(0) ?? 0;
  return width === 2 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of metadata, with every control and formatting character written out visibly. */
export function escapeControlCharacters(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, (c) => toEscape(c, 2))
    .replace(FORMAT, (c) => toEscape(c, 4));
}
