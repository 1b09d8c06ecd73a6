// Database failures for /metrics without touching the store: every store operation returns a
// StoreResult (or, for queued writes, a promise of one), so a proxy can count the failures by operation
// (`audit.recordAnswer`) while callers see the very same values. A refused value ('invalid') is the
// member's input, not a database failure, and is not counted.
import type { Store } from '../store/index.js';

function isFailure(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; reason?: unknown };
  return result.ok === false && result.reason !== 'invalid';
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function countMethods<T extends object>(part: T, name: string, record: (operation: string) => void): T {
  return new Proxy(part, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const operation = `${name}.${String(property)}`;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (isThenable(result))
          result.then(
            (settled) => isFailure(settled) && record(operation),
            () => record(operation),
          );
        else if (isFailure(result)) record(operation);
        return result;
      };
    },
  });
}

export function countStoreFailures(store: Store, record: (operation: string) => void): Store {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value === 'function') return value.bind(target);
      if (typeof value !== 'object' || value === null) return value;
      if (!wrapped.has(property)) wrapped.set(property, countMethods(value, String(property), record));
      return wrapped.get(property);
    },
  });
}
