/**
 * Remembers the last few results of a pure string → string function. One review's text reaches the
 * same normaliser several times per score (folding for hashing, the sentiment model, the style
 * classifier, the aspect pass), each with its own copy of the raw text; with this the costly work
 * (NFKC, opencc conversion) runs once per text. A hit returns exactly what the function returned
 * for an equal input, so results cannot change; a miss costs one string comparison per slot.
 */
export function recentResults(fn: (text: string) => string, slots = 4): (text: string) => string {
  const inputs: string[] = new Array<string>(slots).fill('');
  const outputs: string[] = new Array<string>(slots).fill('');
  const filled: boolean[] = new Array<boolean>(slots).fill(false);
  let next = 0;
  return (text: string): string => {
    for (let i = 0; i < slots; i++) {
      if (filled[i] && inputs[i] === text) return outputs[i];
    }
    const result = fn(text);
    inputs[next] = text;
    outputs[next] = result;
    filled[next] = true;
    next = (next + 1) % slots;
    return result;
  };
}
