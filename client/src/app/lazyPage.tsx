import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** React.lazy for modules with named exports, so each screen loads as its own chunk. */
export function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
