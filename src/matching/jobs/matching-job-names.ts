/**
 * Job names on the matching queue. Kept apart from the job classes so that the queue service
 * (which the jobs' own dependencies use) need not import them.
 */
export const MatchingJobName = {
  RUN: 'RunMatchingJob',
  REOPTIMIZE: 'ReoptimizeMatchingJob',
} as const;
