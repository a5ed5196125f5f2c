/** The longest part of a link value a notice shows: enough to recognise it, never a page of text. */
export const NOTICE_VALUE_MAX_CHARS = 40;

/**
 * A link value as a notice may show it: control and direction characters replaced (they could turn
 * the text around or hide part of it), and cut to NOTICE_VALUE_MAX_CHARS characters with an ellipsis.
 * React renders it as text, so markup in a link stays visible characters, never elements.
 */
export function noticeValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is replaced.
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  const characters = Array.from(visible);
  return characters.length > NOTICE_VALUE_MAX_CHARS
    ? `${characters.slice(0, NOTICE_VALUE_MAX_CHARS).join('')}…`
    : visible;
}
