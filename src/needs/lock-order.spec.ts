import { EntityManager } from 'typeorm';

import { enterLockStep, LockStep } from './lock-order';

// Each transaction has its own EntityManager; a plain object stands in for one, as only its identity counts.
const transaction = () => ({}) as EntityManager;

describe('the lock order', () => {
  it('lets a transaction go forward through the steps and take a step again', () => {
    const m = transaction();
    expect(() => {
      enterLockStep(m, LockStep.ROLE);
      enterLockStep(m, LockStep.MATCH);
      enterLockStep(m, LockStep.CANDIDATE);
      enterLockStep(m, LockStep.CANDIDATE);
      enterLockStep(m, LockStep.ROLE_MATCHES);
      enterLockStep(m, LockStep.NEED);
    }).not.toThrow();
  });

  it('refuses to go back: a role locked after its need is the deadlock it prevents', () => {
    const m = transaction();
    enterLockStep(m, LockStep.NEED);
    expect(() => enterLockStep(m, LockStep.ROLE)).toThrow(/Lock order violated: ROLE after NEED/);
    const other = transaction();
    enterLockStep(other, LockStep.CANDIDATE);
    expect(() => enterLockStep(other, LockStep.MATCH)).toThrow(/MATCH after CANDIDATE/);
  });

  it('keeps transactions apart', () => {
    enterLockStep(transaction(), LockStep.NEED);
    expect(() => enterLockStep(transaction(), LockStep.ROLE)).not.toThrow();
  });
});
