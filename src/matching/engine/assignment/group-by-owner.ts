/** Items grouped by owner (stable counting sort): owner v's items are order[start[v]..start[v+1]). */
export interface Groups {
  start: Int32Array;
  order: Int32Array;
}

export function groupByOwner(owner: Int32Array, ownerCount: number): Groups {
  const start = new Int32Array(ownerCount + 1);
  for (let i = 0; i < owner.length; i++) start[owner[i] + 1]++;
  for (let v = 0; v < ownerCount; v++) start[v + 1] += start[v];
  const next = start.slice(0, ownerCount);
  const order = new Int32Array(owner.length);
  for (let i = 0; i < owner.length; i++) order[next[owner[i]]++] = i;
  return { start, order };
}
