import { serviceControllers } from '@siapkerja/contracts';
import { AccountsGrpc } from './accounts/accounts.grpc';
import { ClientsGrpc } from './clients/clients.grpc';
import { KeysGrpc } from './keys/keys.grpc';
import { PrivacyGrpc } from './privacy/privacy.grpc';
import { SubjectsGrpc } from './subjects/subjects.grpc';

/**
 * siapkerja.identity.v1.IdentityService: the aggregates' controllers, which together implement every rpc of the
 * generated definition (checked by the type checker, and at start).
 */
export const identityControllers = serviceControllers('identity')(AccountsGrpc, ClientsGrpc, KeysGrpc, PrivacyGrpc, SubjectsGrpc);
