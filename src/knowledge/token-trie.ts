interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/** A trie over token keys: longest-match lookup in time linear in the phrase length. */
export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  insert(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map(), values: [] };
        node.next.set(k, n);
      }
      node = n;
    }
    node.values.push(value);
    this.size++;
  }

  /** The longest phrase starting at `from`: its length in tokens and its values, or null. */
  longest(
    keys: readonly string[],
    from: number,
    limit = keys.length,
  ): { length: number; values: T[] } | null {
    let node = this.root;
    let bestLength = 0;
    let bestValues: T[] | null = null;
    for (let i = from; i < limit; i++) {
      const n = node.next.get(keys[i]);
      if (!n) break;
      node = n;
      if (n.values.length) {
        bestLength = i - from + 1;
        bestValues = n.values;
      }
    }
    return bestValues ? { length: bestLength, values: bestValues } : null;
  }
}
