/** The scheduled sweep of match deadlines; one scheduler, so one id. */
export const LIFECYCLE_TICK_JOB = 'lifecycle-tick';
export const LIFECYCLE_TICK_SCHEDULER_ID = 'lifecycle-tick';
export const LIFECYCLE_TICK_EVERY_MS = 5 * 60_000;

export type LifecycleTickJobData = Record<string, never>;
