/** A kept candidate; fit and load are the score's skills and load parts, the first tie-breaks. */
export interface Kept {
  row: number;
  score: number;
  fit: number;
  load: number;
}

/**
 * Keeps the best `limit` candidates seen: higher score first; on equal scores better skill fit,
 * then less load (higher load part), then lower rank (sign-up, then id order). A binary heap with
 * the worst kept one on top, over reusable typed arrays.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly fits: Float64Array;
  private readonly loads: Float64Array;
  private readonly ranks: Int32Array;
  private size = 0;

  constructor(private readonly limit: number) {
    this.scores = new Float64Array(limit);
    this.fits = new Float64Array(limit);
    this.loads = new Float64Array(limit);
    this.ranks = new Int32Array(limit);
  }

  /** Lowest score still kept once full; -Infinity before, so callers can prune against it. */
  get threshold(): number {
    return this.size < this.limit ? -Infinity : this.scores[0];
  }

  offer(score: number, fit: number, load: number, rank: number): void {
    if (this.size < this.limit) {
      this.set(this.size, score, fit, load, rank);
      this.siftUp(this.size++);
    } else if (isWorse(this.scores[0], this.fits[0], this.loads[0], this.ranks[0], score, fit, load, rank)) {
      this.set(0, score, fit, load, rank);
      this.siftDown(0);
    }
  }

  /** Drains the kept candidates best first and empties the heap for the next role. */
  drain(): Kept[] {
    const kept = new Array<Kept>(this.size);
    for (let i = 0; i < this.size; i++) kept[i] = { row: this.ranks[i], score: this.scores[i], fit: this.fits[i], load: this.loads[i] };
    this.size = 0;
    return kept.sort((a, b) => b.score - a.score || b.fit - a.fit || b.load - a.load || a.row - b.row);
  }

  private set(i: number, score: number, fit: number, load: number, rank: number): void {
    this.scores[i] = score;
    this.fits[i] = fit;
    this.loads[i] = load;
    this.ranks[i] = rank;
  }

  private worse(a: number, b: number): boolean {
    return isWorse(this.scores[a], this.fits[a], this.loads[a], this.ranks[a], this.scores[b], this.fits[b], this.loads[b], this.ranks[b]);
  }

  private siftUp(start: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
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
      if (right < this.size && this.worse(right, left)) worst = right;
      if (!this.worse(worst, i)) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a];
    const fit = this.fits[a];
    const load = this.loads[a];
    const rank = this.ranks[a];
    this.set(a, this.scores[b], this.fits[b], this.loads[b], this.ranks[b]);
    this.set(b, score, fit, load, rank);
  }
}

function isWorse(scoreA: number, fitA: number, loadA: number, rankA: number, scoreB: number, fitB: number, loadB: number, rankB: number): boolean {
  if (scoreA !== scoreB) return scoreA < scoreB;
  if (fitA !== fitB) return fitA < fitB;
  if (loadA !== loadB) return loadA < loadB;
  return rankA > rankB;
}
