import { Controller } from '@nestjs/common';
import {
  GrpcService,
  missingGrpcHandlers,
  PROTO_FILES,
  rpcNames,
  serviceControllers,
  type entrepreneurshipV1,
  type GrpcClientOf,
  type GrpcControllerOf,
  type GrpcServerOf,
  type jobsV1,
  type ServiceKey,
} from './index';

type Def = entrepreneurshipV1.EntrepreneurshipServiceDefinition;
const group = (id: string): entrepreneurshipV1.Group => ({ id, name: 'KUB', regionCode: '33.73' });
/** The fixtures are about CreateGroup and GetGroup; the service's other rpcs are typed in by this base (no methods at run time). */
type GroupRpcs = 'createGroup' | 'getGroup';
const OtherRpcs = class {} as unknown as new () => Omit<GrpcServerOf<Def>, GroupRpcs>;
const OTHER_RPCS = rpcNames('entrepreneurship').filter((r) => r !== 'CreateGroup' && r !== 'GetGroup');

/** Implements the whole generated interface: the type checker accepts it. */
class Groups extends OtherRpcs implements GrpcServerOf<Def> {
  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output): Promise<entrepreneurshipV1.Group> {
    return group(req.requestId);
  }
  async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return group(req.id);
  }
}

// The assertions below are checked by the type checker (`tsc --noEmit` runs over spec files in the test command): each
// `@ts-expect-error` fails the build if the line it marks compiles, i.e. if the mapping stopped catching the mistake.

// @ts-expect-error an rpc renamed in the proto (GetGroup -> FetchGroup) leaves the implementer without getGroup
class RenamedRpc extends OtherRpcs implements GrpcServerOf<Def> {
  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
    return group(req.requestId);
  }
  async fetchGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return group(req.id);
  }
}

class WrongRequest extends OtherRpcs implements GrpcServerOf<Def> {
  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
    return group(req.requestId);
  }
  // @ts-expect-error the request of GetGroup is GetGroupRequest, not a jobs request
  async getGroup(req: jobsV1.GetVacancyRequest__Output & { wanted: number }) {
    return group(String(req.wanted));
  }
}

class WrongResponse implements GrpcControllerOf<'entrepreneurship'> {
  // @ts-expect-error the response of GetGroup is a Group
  async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return { id: req.id, memberCount: 'many' };
  }
}

function callers(client: GrpcClientOf<Def>) {
  // @ts-expect-error a caller of an rpc that does not exist (or was renamed) does not compile
  void client.fetchGroup({ id: 'g1' });
  // @ts-expect-error nor does a call with a request of the wrong type
  void client.getGroup({ vacancyId: 'g1' });
  // the answer is the generated __Output type
  return client.getGroup({ id: 'g1' }, { deadlineMs: 100, idempotent: true }).then((g: entrepreneurshipV1.Group__Output) => g.name);
}

class OnlyGet implements GrpcControllerOf<'entrepreneurship'> {
  async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
    return group(req.id);
  }
}
class OnlyCreate implements GrpcControllerOf<'entrepreneurship'> {
  async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
    return group(req.requestId);
  }
}
class Rest extends OtherRpcs implements GrpcControllerOf<'entrepreneurship'> {}
// several controllers may serve one service, but together they must implement all of it
serviceControllers('entrepreneurship')(OnlyGet, OnlyCreate, Rest);
// @ts-expect-error createGroup is served by none of them
serviceControllers('entrepreneurship')(OnlyGet, Rest);

describe('typed contracts', () => {
  it('keeps the type-level fixtures in the build', async () => {
    expect(await new Groups().getGroup({ id: 'g0' })).toMatchObject({ id: 'g0' });
    expect([RenamedRpc, WrongRequest, WrongResponse, callers].every((x) => typeof x === 'function')).toBe(true);
    expect(serviceControllers('entrepreneurship')(OnlyGet, OnlyCreate, Rest)).toEqual([OnlyGet, OnlyCreate, Rest]);
  });

  it('@GrpcService makes a @GrpcMethod handler of every method named after an rpc, and finds the missing ones', async () => {
    @Controller()
    @GrpcService('entrepreneurship')
    class Served extends OtherRpcs implements GrpcServerOf<Def> {
      async createGroup(req: entrepreneurshipV1.CreateGroupRequest__Output) {
        return group(req.requestId);
      }
      async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
        return group(req.id);
      }
      helper() {
        return 'not an rpc';
      }
    }
    expect(Reflect.getMetadata('microservices:pattern', Served.prototype.getGroup)).toEqual([
      { service: 'EntrepreneurshipService', rpc: 'GetGroup', streaming: 'no_stream' },
    ]);
    expect(Reflect.getMetadata('microservices:pattern', Served.prototype.helper)).toBeUndefined();
    expect(await new Served().getGroup({ id: 'g1' })).toMatchObject({ id: 'g1' });
    expect(missingGrpcHandlers('entrepreneurship', [Served])).toEqual(OTHER_RPCS);

    @GrpcService('entrepreneurship')
    class GetOnly implements GrpcControllerOf<'entrepreneurship'> {
      async getGroup(req: entrepreneurshipV1.GetGroupRequest__Output) {
        return group(req.id);
      }
    }
    expect(missingGrpcHandlers('entrepreneurship', [GetOnly])).toEqual(rpcNames('entrepreneurship').filter((r) => r !== 'GetGroup'));
    expect(missingGrpcHandlers('jobs', [GetOnly])).toEqual(rpcNames('jobs'));
  });

  it('finds a handler for every rpc of every service only when every rpc has one', () => {
    for (const key of Object.keys(PROTO_FILES) as ServiceKey[]) {
      const names = rpcNames(key);
      expect(names.length).toBeGreaterThan(0);
      const all = class {};
      for (const rpc of names) (all.prototype as Record<string, unknown>)[rpc.charAt(0).toLowerCase() + rpc.slice(1)] = async () => ({});
      GrpcService(key)(all);
      expect(missingGrpcHandlers(key, [all])).toEqual([]);
      const lacking = class {};
      for (const rpc of names.slice(1))
        (lacking.prototype as Record<string, unknown>)[rpc.charAt(0).toLowerCase() + rpc.slice(1)] = async () => ({});
      GrpcService(key)(lacking);
      expect(missingGrpcHandlers(key, [lacking])).toEqual([names[0]]);
    }
  });
});
