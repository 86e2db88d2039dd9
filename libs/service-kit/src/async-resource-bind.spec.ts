import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { cheapenAsyncResourceBind } from './async-resource-bind';

describe('cheapenAsyncResourceBind', () => {
  const als = new AsyncLocalStorage<string>();
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  beforeAll(() => process.on('warning', onWarning));
  afterAll(() => process.off('warning', onWarning));

  it('is in place on this Node version, once however often it is called', () => {
    expect(cheapenAsyncResourceBind()).toBe(true);
    const bind = AsyncResource.prototype.bind;
    expect(cheapenAsyncResourceBind()).toBe(true);
    expect(AsyncResource.prototype.bind).toBe(bind);
  });

  it('runs the function in the async scope it was bound in, with the caller’s this and arguments', async () => {
    cheapenAsyncResourceBind();
    const seen: unknown[] = [];
    const fn = function (this: unknown, a: number, b: number) {
      seen.push([als.getStore(), this, a, b]);
      return a + b;
    };
    const bound = als.run('request-1', () => AsyncResource.bind(fn));
    const holder = { bound };
    // called later, from another context: the store is the one it was bound in
    const result = await als.run('request-2', () => new Promise((r) => setImmediate(() => r(holder.bound(2, 3)))));
    expect(result).toBe(5);
    expect(seen).toEqual([['request-1', holder, 2, 3]]);
    expect(bound.length).toBe(2);
  });

  it('binds this when given, and keeps the resource on the bound function without a deprecation warning', async () => {
    cheapenAsyncResourceBind();
    const resource = als.run('request-3', () => new AsyncResource('test'));
    const self = { n: 1 };
    // Node takes a thisArg (its types leave it out)
    const bindWithThis = resource.bind as unknown as (fn: (this: typeof self) => unknown[], thisArg: unknown) => unknown;
    const bound = bindWithThis.call(
      resource,
      function (this: typeof self) {
        return [als.getStore(), this];
      },
      self,
    ) as (() => unknown[]) & { asyncResource: AsyncResource };
    expect(als.run('other', () => bound())).toEqual(['request-3', self]);
    expect(bound.asyncResource).toBe(resource);
    await new Promise((r) => setImmediate(r));
    expect(warnings.filter((w) => /asyncResource/.test(w.message))).toEqual([]);
  });

  it('refuses what is not a function as Node does', () => {
    cheapenAsyncResourceBind();
    expect(() => new AsyncResource('test').bind('nope' as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
  });
});
