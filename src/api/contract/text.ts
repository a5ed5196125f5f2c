/**
 * Text from the API is shown as text only, and cleaned once, where it enters the app (the
 * contract's schemas): the Unicode bidirectional controls (embeddings, overrides, isolates and the
 * marks LRM, RLM, ALM) are removed. The app's own digits sit right beside API names in cards,
 * tooltips, chart labels (drawn on a canvas, where no `<bdi>` can isolate anything), CSV cells and
 * printouts; a stray U+202E in a district name would otherwise show "2024年" as "年4202". The
 * dashboard's texts are Chinese and English, so no legitimate text needs these characters.
 */
import { z } from 'zod';

/** U+061C ALM, U+200E LRM, U+200F RLM, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanApiText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A string of text from the API: bidirectional controls removed as it is parsed. */
export const apiText = () => z.string().overwrite(cleanApiText);
