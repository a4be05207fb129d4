import type { MatchingResult } from '../types';

export type MatchingWorkerReply = { ok: true; result: MatchingResult } | { ok: false; name: string; message: string };
