/**
 * The `k` items with the highest score, best first, ties broken by the smaller item (earlier paragraph)
 * so results are deterministic. A bounded min-heap: O(n log k), never a sort of every candidate.
 */
export function selectTopK(items: ArrayLike<number>, scoreOf: (item: number) => number, k: number): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  // "a is worse than b": lower score, or equal score and later item.
  const worse = (a: number, b: number): boolean => {
    const sa = scoreOf(a);
    const sb = scoreOf(b);
    return sa < sb || (sa === sb && a > b);
  };
  const siftUp = (start: number): void => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break;
      [heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0];
      i = parent;
    }
  };
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && worse(heap[left] ?? 0, heap[smallest] ?? 0)) smallest = left;
      if (right < heap.length && worse(heap[right] ?? 0, heap[smallest] ?? 0)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest] ?? 0, heap[i] ?? 0];
      i = smallest;
    }
  };
  // Once the heap is full, the root's score is kept at hand: most items lose to it, and each then costs
  // one score lookup instead of two (a large corpus passes tens of thousands of items).
  let rootScore = 0;
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as number;
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
      if (heap.length === k) rootScore = scoreOf(heap[0] ?? 0);
      continue;
    }
    const score = scoreOf(item);
    // worse(root, item), with the root's score already known.
    if (rootScore < score || (rootScore === score && (heap[0] ?? 0) > item)) {
      heap[0] = item;
      siftDown();
      rootScore = scoreOf(heap[0] ?? 0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
