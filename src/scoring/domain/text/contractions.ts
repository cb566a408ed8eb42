/** English contractions → expanded tokens. Apostrophe-less forms are common in reviews ("dont"). */
const EXPANSIONS = new Map<string, readonly string[]>([
  ["can't", ['can', 'not']],
  ['cant', ['can', 'not']],
  ['cannot', ['can', 'not']],
  ["won't", ['will', 'not']],
  ['wont', ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["ain't", ['is', 'not']],
  ['aint', ['is', 'not']],
  ["let's", ['let', 'us']],
  ["it's", ['it', 'is']],
  ["that's", ['that', 'is']],
  ["there's", ['there', 'is']],
  ["here's", ['here', 'is']],
  ["what's", ['what', 'is']],
  ["he's", ['he', 'is']],
  ["she's", ['she', 'is']],
  ["who's", ['who', 'is']],
  ['im', ['i', 'am']],
  ["y'all", ['you', 'all']],
  ...[
    'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'havent', 'hasnt', 'hadnt',
    'couldnt', 'wouldnt', 'shouldnt', 'mustnt', 'neednt',
  ].map((w): [string, readonly string[]] => [w, [w.slice(0, -2), 'not']]),
]);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

/** "don't" → do, not; "we're" → we, are; "john's" → john. Tokens are lower-case with ' apostrophes. */
export function expandContractions(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const expansion = EXPANSIONS.get(token);
    if (expansion) out.push(...expansion);
    else if (token.includes("'")) pushApostropheWord(token, out);
    else out.push(token);
  }
  return out;
}

function pushApostropheWord(word: string, out: string[]): void {
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      out.push(word.slice(0, -suffix.length), expansion);
      return;
    }
  }
  // Possessive or stray quote: keep the stem only.
  const stem = word.endsWith("'s") ? word.slice(0, -2) : word.replace(/'/g, '');
  if (stem.length > 0) out.push(stem);
}
