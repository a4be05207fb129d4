export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

type Listener = (tokens: SessionTokens | null) => void;

const STORAGE_KEY = 'rally.session';
const listeners = new Set<Listener>();
let memory: SessionTokens | null | undefined;

function isSessionTokens(value: unknown): value is SessionTokens {
  return typeof value === 'object' && value !== null && typeof (value as SessionTokens).accessToken === 'string' && typeof (value as SessionTokens).refreshToken === 'string';
}

function read(): SessionTokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isSessionTokens(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function write(tokens: SessionTokens | null): void {
  memory = tokens;
  try {
    if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode); the session then lives in memory only.
  }
  listeners.forEach((listener) => listener(tokens));
}

export const tokenStore = {
  // `this: void`: React takes get and subscribe detached, as useSyncExternalStore's callbacks.
  get(this: void): SessionTokens | null {
    if (memory === undefined) memory = read();
    return memory;
  },
  set(tokens: SessionTokens): void {
    write(tokens);
  },
  clear(): void {
    write(null);
  },
  subscribe(this: void, listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

// Another tab signing in or out changes the session here too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    memory = read();
    listeners.forEach((listener) => listener(memory ?? null));
  });
}
