/** availability[person] as a per-slot bitmap, so the per-slot loops ask in O(1). */
export function availabilityMatrix(availability: readonly (readonly number[])[], slotCount: number): Uint8Array[] {
  return availability.map((slots) => {
    const row = new Uint8Array(slotCount);
    for (const s of slots) if (s >= 0 && s < slotCount) row[s] = 1;
    return row;
  });
}

export const pairKey = (host: number, guest: number): string => `${host}:${guest}`;
