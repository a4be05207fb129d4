/** The modules whose queue processors the worker process runs. */
export const WORKER_MODULES = [];
