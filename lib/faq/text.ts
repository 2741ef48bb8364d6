/** Plain-text forms of FAQ answers (for search, snippets and copy). */
import type { Block, FaqEntry, Inline } from './schema';

export function inlinesText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}

/** One line per paragraph or list item; lists get a "- " prefix. */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'p') lines.push(inlinesText(block.content));
    else for (const item of block.items) lines.push(`- ${inlinesText(item)}`);
  }
  return lines.join('\n');
}

/** The answer as plain text. */
export function answerText(entry: Pick<FaqEntry, 'answer'>): string {
  return blocksText(entry.answer);
}

/** Question then answer, as plain text (what the search index sees). */
export function entryText(entry: FaqEntry): string {
  return `${entry.question}\n${answerText(entry)}`;
}
