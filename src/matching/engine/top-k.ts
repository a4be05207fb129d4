/**
 * Keeps the best `limit` (score, rank) pairs seen: higher score first, lower rank (id order) on
 * ties. A binary heap with the worst kept pair on top, over reusable typed arrays.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly ranks: Int32Array;
  private size = 0;

  constructor(private readonly limit: number) {
    this.scores = new Float64Array(limit);
    this.ranks = new Int32Array(limit);
  }

  /** Lowest score still kept once full; -Infinity before, so callers can prune against it. */
  get threshold(): number {
    return this.size < this.limit ? -Infinity : this.scores[0];
  }

  offer(score: number, rank: number): void {
    if (this.size < this.limit) {
      this.scores[this.size] = score;
      this.ranks[this.size] = rank;
      this.siftUp(this.size++);
    } else if (this.isWorse(this.scores[0], this.ranks[0], score, rank)) {
      this.scores[0] = score;
      this.ranks[0] = rank;
      this.siftDown(0);
    }
  }

  /** Drains the kept pairs best first and empties the heap for the next role. */
  drain(): { row: number; score: number }[] {
    const kept = new Array<{ row: number; score: number }>(this.size);
    for (let i = 0; i < this.size; i++) kept[i] = { row: this.ranks[i], score: this.scores[i] };
    this.size = 0;
    return kept.sort((a, b) => b.score - a.score || a.row - b.row);
  }

  private isWorse(scoreA: number, rankA: number, scoreB: number, rankB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && rankA > rankB);
  }

  private siftUp(start: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.isWorse(this.scores[i], this.ranks[i], this.scores[parent], this.ranks[parent])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let worst = left;
      if (right < this.size && this.isWorse(this.scores[right], this.ranks[right], this.scores[left], this.ranks[left])) worst = right;
      if (!this.isWorse(this.scores[worst], this.ranks[worst], this.scores[i], this.ranks[i])) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a];
    const rank = this.ranks[a];
    this.scores[a] = this.scores[b];
    this.ranks[a] = this.ranks[b];
    this.scores[b] = score;
    this.ranks[b] = rank;
  }
}
