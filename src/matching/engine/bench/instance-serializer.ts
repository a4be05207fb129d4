import type { AssignmentProblem } from '../assignment/assignment.types';

/** JSON text of an instance in the matching-instance.md format, built in chunks to stay lean at 2M edges. */
export function serializeInstance(problem: AssignmentProblem, candidateIds: string[], slotIds: string[]): string {
  const parts: string[] = ['{"candidates":['];
  for (let c = 0; c < candidateIds.length; c++) {
    parts.push(`${c > 0 ? ',' : ''}{"id":${JSON.stringify(candidateIds[c])},"capacity":${problem.candidateCapacity[c]}}`);
  }
  parts.push('],"slots":[');
  for (let s = 0; s < slotIds.length; s++) {
    const mustFill = problem.slotMustFill[s] === 1 ? ',"mustFill":true' : '';
    parts.push(`${s > 0 ? ',' : ''}{"id":${JSON.stringify(slotIds[s])},"capacity":${problem.slotCapacity[s]}${mustFill}}`);
  }
  parts.push('],"edges":[');
  for (let e = 0; e < problem.edgeWeight.length; e++) {
    const candidate = JSON.stringify(candidateIds[problem.edgeCandidate[e]]);
    const slot = JSON.stringify(slotIds[problem.edgeSlot[e]]);
    parts.push(`${e > 0 ? ',' : ''}{"candidate":${candidate},"slot":${slot},"weight":${problem.edgeWeight[e]}}`);
  }
  parts.push(']}');
  return parts.join('');
}

export function sequentialIds(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}
