#!/usr/bin/env node
// Offline verifier of a SIAPKerja certificate credential (W3C VC 2.0, VC-JOSE form), with the `jose` library alone and no
// network: given the downloaded credential (compact JWS), the issuer's DID document (/.well-known/did.json) and fresh status
// list credentials (/v1/status-lists/<purpose>/<list>), it prints one JSON line: {"result": "VALID" | "SUSPENDED" | "REVOKED" |
// "EXPIRED" | "NOT_GENUINE", "reason": ..., "kid": ...}. Imports no project code.
//
//   node tools/vc/offline-verify.mjs <credential.jwt> <did.json> <status-list.jwt>...
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';

// no network: any attempt fails loudly
globalThis.fetch = () => {
  throw new Error('offline verifier: no network');
};

const [credentialFile, didFile, ...statusFiles] = process.argv.slice(2);
const out = (result, reason, kid = '') => {
  process.stdout.write(`${JSON.stringify({ result, reason, kid })}\n`);
  process.exit(0);
};

const did = JSON.parse(readFileSync(didFile, 'utf8'));
async function verifyJws(jws) {
  let header;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    return { error: 'not a compact JWS' };
  }
  const vm = (did.verificationMethod ?? []).find((m) => m.id === header.kid);
  if (!vm || !(did.assertionMethod ?? []).includes(header.kid))
    return { error: `key ${header.kid} is not in the issuer's DID document`, kid: header.kid };
  try {
    const { payload } = await compactVerify(jws, await importJWK(vm.publicKeyJwk, 'EdDSA'), { algorithms: ['EdDSA'] });
    return { payload: JSON.parse(new TextDecoder().decode(payload)), kid: header.kid };
  } catch {
    return { error: 'the signature does not match the content (altered)', kid: header.kid };
  }
}

const credential = await verifyJws(readFileSync(credentialFile, 'utf8').trim());
if (credential.error) out('NOT_GENUINE', credential.error, credential.kid);
const vc = credential.payload;
const issuer = typeof vc.issuer === 'string' ? vc.issuer : vc.issuer?.id;
if (issuer !== did.id) out('NOT_GENUINE', `issued by ${issuer}, not by ${did.id}`, credential.kid);

const lists = [];
for (const f of statusFiles) {
  const l = await verifyJws(readFileSync(f, 'utf8').trim());
  if (l.error) out('NOT_GENUINE', `status list ${f}: ${l.error}`, credential.kid);
  lists.push(l.payload);
}
const bit = (encoded, index) => {
  const bytes = gunzipSync(Buffer.from(encoded.replace(/^u/, ''), 'base64url'));
  return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
};
for (const entry of [vc.credentialStatus ?? []].flat()) {
  const list = lists.find((l) => l.id === entry.statusListCredential && l.credentialSubject?.statusPurpose === entry.statusPurpose);
  if (!list) out('NOT_GENUINE', `no status list ${entry.statusListCredential} given`, credential.kid);
  if (bit(list.credentialSubject.encodedList, Number(entry.statusListIndex)))
    out(
      entry.statusPurpose === 'revocation' ? 'REVOKED' : 'SUSPENDED',
      `${entry.statusPurpose} bit ${entry.statusListIndex} is set`,
      credential.kid,
    );
}
if (vc.validUntil && Date.parse(vc.validUntil) < Date.now()) out('EXPIRED', `valid until ${vc.validUntil}`, credential.kid);
out('VALID', `signed by ${credential.kid}; not revoked or suspended`, credential.kid);
