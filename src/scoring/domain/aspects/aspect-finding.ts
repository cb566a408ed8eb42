/**
 * What a stored aspect looks like in a review's analysis. The tagger produces aspect names today; a tagger
 * that adds polarity and an evidence span returns objects. Both are accepted, so the persistence path does not
 * change when the tagger does.
 */
export type AspectPolarity = 'positive' | 'negative' | 'neutral' | 'mixed';

export interface AspectFinding {
  aspect: string;
  polarity: AspectPolarity | null;
  /** Code-point offsets into the review text (title and body as scored), and the text there. */
  evidence: { start: number; end: number; text: string } | null;
}

export type TaggedAspect = string | { aspect: string; polarity?: string | null; evidence?: { start: number; end: number; text: string } | null };

const POLARITIES: readonly string[] = ['positive', 'negative', 'neutral', 'mixed'];

export function toAspectFinding(tagged: TaggedAspect): AspectFinding {
  if (typeof tagged === 'string') return { aspect: tagged, polarity: null, evidence: null };
  const polarity = tagged.polarity && POLARITIES.includes(tagged.polarity) ? (tagged.polarity as AspectPolarity) : null;
  const e = tagged.evidence;
  const evidence = e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.end >= e.start ? { start: e.start, end: e.end, text: e.text } : null;
  return { aspect: tagged.aspect, polarity, evidence };
}

export const aspectName = (tagged: TaggedAspect): string => (typeof tagged === 'string' ? tagged : tagged.aspect);
