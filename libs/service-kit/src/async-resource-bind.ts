import { AsyncResource } from 'node:async_hooks';

const INSTALLED = Symbol.for('siapkerja.async-resource-bind');

type Bind = (this: AsyncResource, fn: unknown, thisArg?: unknown) => unknown;

/**
 * Node 20's `AsyncResource#bind` (and the static `AsyncResource.bind`, which calls it) gives every bound function a
 * deprecated `asyncResource` accessor (DEP0172) made of two `util.deprecate` wrappers, and each wrapper sets the prototype
 * of a new function: on this project's 2-core machines that made one bind cost 20-40 us, against well under 1 us for the
 * same bind without the accessor. NestJS binds twice per request in its interceptor chain, and Node's http2 client once
 * per stream, i.e. per gRPC call from grpc-js: about 3 % of the gateway's CPU under the vacancy-create load (issue 15).
 *
 * This replaces the method with the same bind whose `asyncResource` is a plain property holding the same resource (no
 * wrapper, so no warning either). The bound function runs `fn` in the resource's async scope with the same `this` and
 * arguments, and has the same `length`. Nothing changes on a Node version whose bound functions carry no such accessor.
 * Idempotent; returns whether the cheaper bind is in place.
 */
export function cheapenAsyncResourceBind(): boolean {
  const proto = AsyncResource.prototype as AsyncResource & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return true;
  const probe = new AsyncResource('siapkerja.probe').bind(() => undefined);
  if (!Object.getOwnPropertyDescriptor(probe, 'asyncResource')?.get) return false;
  const original = proto.bind as unknown as Bind;
  function bind(this: AsyncResource, fn: unknown, thisArg?: unknown): unknown {
    // Node's own checks and errors for anything but a function
    if (typeof fn !== 'function') return original.call(this, fn, thisArg);
    return bindTo(this, fn as (...args: unknown[]) => unknown, thisArg);
  }
  Object.defineProperty(proto, 'bind', { configurable: true, enumerable: false, writable: true, value: bind });
  Object.defineProperty(proto, INSTALLED, { value: true });
  return true;
}

/** `fn` run in `resource`'s async scope, with `thisArg` or else the caller's `this`; Node's bind without the accessor. */
function bindTo(resource: AsyncResource, fn: (...args: unknown[]) => unknown, thisArg: unknown): unknown {
  const bound =
    thisArg === undefined
      ? function (this: unknown, ...args: unknown[]) {
          return resource.runInAsyncScope(fn, this, ...args);
        }
      : resource.runInAsyncScope.bind(resource, fn, thisArg);
  Object.defineProperties(bound, {
    length: { configurable: true, enumerable: false, value: fn.length, writable: false },
    asyncResource: { configurable: true, enumerable: true, value: resource, writable: true },
  });
  return bound;
}
