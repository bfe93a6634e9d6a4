// Text measuring for the executive briefing (seed 002, [PLAN-9]): the deck is laid out once, in inches, for
// both PowerPoint and PDF, so text sizes and table row heights are decided from an estimate of the width
// of each character (CJK full width, Latin about half), kept on the generous side so that text never runs
// out of its box in either renderer; what still does not fit at the smallest size is cut with "…".

const POINTS_PER_INCH = 72;
/**
 * Ends a line that was wrapped here (not where the text had a newline). The PDF draws each line as is;
 * the PPTX joins such lines again so PowerPoint wraps them itself and an edited box reflows.
 */
export const SOFT_BREAK = '\u2028';
/** Punctuation that must not start a line (禁则): it is pulled up with the character before it. */
const NO_LINE_START = /^[，。、；：！？）》」』】”’…,.;:!?)%]/u;
/** Share of a box's width that wrapped lines may fill. */
export const WRAP_SLACK = 0.95;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === SOFT_BREAK) return 0;
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x2027) || (code >= 0x3000 && code <= 0x303f)) return 1;
  if (ch === ' ') return 0.3;
  if (/[A-Z]/.test(ch) || ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') return 0.68;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  return 0.58;
}

/** Estimated width of one line of text, inches. */
export function textWidth(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return (em * sizePt) / POINTS_PER_INCH;
}

/**
 * Lines wrapped greedily: Latin words stay whole (unless longer than a line), CJK breaks anywhere but not
 * before closing punctuation. Wrapped lines end with SOFT_BREAK; the text's own newlines are kept as is.
 */
export function wrapText(text: string, boxWidthIn: number, sizePt: number): string[] {
  // Keep 5% spare: PowerPoint or LibreOffice may draw with a substitute font a little wider than ours.
  const widthIn = boxWidthIn * WRAP_SLACK;
  const lines: string[] = [];
  for (const paragraph of text.replaceAll(SOFT_BREAK, '').split('\n')) {
    const tokens = paragraph.match(/[A-Za-z0-9@._%'’\-/]+ ?|[\s\S]/gu) ?? [];
    let line = '';
    const breakBefore = (next: string) => {
      const chars = [...line];
      const carried = NO_LINE_START.test(next) && chars.length > 1 ? (chars.pop() ?? '') : '';
      lines.push(`${chars.join('').trimEnd()}${SOFT_BREAK}`);
      line = carried;
    };
    for (const token of tokens) {
      if (textWidth(line + token.trimEnd(), sizePt) <= widthIn) {
        line += token;
        continue;
      }
      if (line) breakBefore(token);
      for (const ch of token) {
        if (line && textWidth(line + ch, sizePt) > widthIn) breakBefore(ch);
        line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The lines of wrapped text as drawn: soft-break markers removed. */
export const drawnLines = (text: string) => text.split('\n').map((l) => l.replaceAll(SOFT_BREAK, ''));

/** Wrapped text joined back into its paragraphs, for a renderer that wraps by itself. */
export const unwrap = (text: string) =>
  text.replace(/(.?)\u2028\n(.?)/gu, (_, a: string, b: string) =>
    /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b) ? `${a} ${b}` : `${a}${b}`,
  );

/** Height of `lines` lines of text, inches. */
export const linesHeight = (lines: number, sizePt: number) =>
  (lines * sizePt * LINE_HEIGHT) / POINTS_PER_INCH;

/** At most `maxLines` lines; the last kept line ends with "…" when text was cut. */
export function clipLines(
  lines: readonly string[],
  maxLines: number,
  boxWidthIn: number,
  sizePt: number,
): string[] {
  if (lines.length <= maxLines) return [...lines];
  const widthIn = boxWidthIn * WRAP_SLACK;
  const kept = lines.slice(0, Math.max(maxLines, 1));
  let last = (kept.pop() ?? '').replaceAll(SOFT_BREAK, '');
  while (last && textWidth(`${last}…`, sizePt) > widthIn) last = [...last].slice(0, -1).join('');
  return [...kept, `${last}…`];
}

/**
 * The largest size from `maxPt` down to `minPt` (half-point steps) at which `text` fits the box, and the
 * text as wrapped at that size (cut with "…" at `minPt` if it never fits).
 */
export function fitText(
  text: string,
  box: { w: number; h: number },
  maxPt: number,
  minPt: number,
): { sizePt: number; lines: string[] } {
  for (let size = maxPt; size >= minPt; size -= 0.5) {
    const lines = wrapText(text, box.w, size);
    if (linesHeight(lines.length, size) <= box.h) return { sizePt: size, lines };
  }
  const lines = wrapText(text, box.w, minPt);
  const fits = Math.max(Math.floor((box.h * POINTS_PER_INCH) / (minPt * LINE_HEIGHT)), 1);
  return { sizePt: minPt, lines: clipLines(lines, fits, box.w, minPt) };
}
