/** A start-up failure the person at the terminal can act on: its message is one line saying what to do. */
export class LaunchError extends Error {}
