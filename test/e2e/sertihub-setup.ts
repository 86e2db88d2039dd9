import { createSiapkerjaClient, fetchClientToken, type SiapkerjaClient } from '@siapkerja/sdk';
import { uniqueSuffix } from '@siapkerja/testing';
import { wibDate } from './http';

/**
 * Sertihub set-up over HTTP: the admin (ministry) registers a licensed LSP and an API client acting for it (role PARTNER,
 * organizationId = the LSP), which then manages the LSP's schemes, TUKs, assessors, assessments and certificates.
 */
export async function newLspWithClient(
  base: string,
  admin: SiapkerjaClient,
  name: string,
  regionCode = '33.74',
): Promise<{ lspId: string; clientId: string; clientSecret: string; api: SiapkerjaClient }> {
  const { lspId, clientId, clientSecret, token } = await newLsp(base, admin, name, regionCode);
  return { lspId, clientId, clientSecret, api: createSiapkerjaClient(base, { token }) };
}

async function newLsp(base: string, admin: SiapkerjaClient, name: string, regionCode = '33.74') {
  const lsp = await admin.POST('/v1/lsps', {
    body: { name, lspType: 'P3', licenceNumber: `BNSP-LSP-${uniqueSuffix()}`, licenceValidUntil: wibDate(3 * 365), regionCode },
  });
  if (lsp.response.status !== 201) throw new Error(`LSP not created: ${JSON.stringify(lsp.error)}`);
  const client = await admin.POST('/v1/admin/clients', {
    body: {
      name: `${name} platform`,
      scopes: ['certification:read', 'certification:write'],
      roles: ['PARTNER'],
      organizationId: lsp.data!.id,
    },
  });
  if (client.response.status !== 201) throw new Error(`client not created: ${JSON.stringify(client.error)}`);
  const token = await fetchClientToken(base, client.data!.clientId, client.data!.clientSecret);
  return { lspId: lsp.data!.id, clientId: client.data!.clientId, clientSecret: client.data!.clientSecret, token };
}

/** The body of POST /v1/lsps for a licensed LSP (unique licence number). */
export function lspBody(name: string, regionCode = '33.74') {
  return { name, lspType: 'P3' as const, licenceNumber: `BNSP-LSP-${uniqueSuffix()}`, licenceValidUntil: wibDate(3 * 365), regionCode };
}

/** {@link newLspWithClient} for tests that call with raw headers: the LSP id, its client id and the client's authorization header. */
export async function newLspClientAuth(
  base: string,
  adminHeaders: Record<string, string>,
  name: string,
): Promise<{ lspId: string; clientId: string; headers: Record<string, string> }> {
  const admin = createSiapkerjaClient(base, { headers: adminHeaders });
  const { lspId, clientId, token } = await newLsp(base, admin, name);
  return { lspId, clientId, headers: { authorization: `Bearer ${token}` } };
}
