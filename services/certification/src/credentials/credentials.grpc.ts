import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { CertificatesService } from '../certificates/certificates.service';
import { IssuerKeysService } from './issuer-keys.service';
import { StatusListsService } from './status-lists.service';
import { VerificationService, type VerificationOutcome } from './verification.service';

function toVerificationMessage(o: VerificationOutcome): certificationV1.CredentialVerification {
  const c = o.certificate;
  return {
    result: toProtoEnum('VERIFICATION_RESULT', o.result) as certificationV1.VerificationResult,
    reason: o.reason,
    reasonCode: o.reasonCode,
    certificateNumber: c?.number ?? '',
    schemeCode: c?.schemeCode ?? '',
    schemeName: c?.schemeName ?? '',
    lspName: c?.lspName ?? '',
    issueDate: c?.issueDate ?? '',
    validUntil: c?.validUntil ?? '',
    holderNameMasked: o.holderNameMasked,
    competencyUnits: c?.competencyUnits ?? [],
    kid: o.kid,
  };
}

const decode = (jwt: string) => Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8');

@Controller()
@GrpcService('certification')
export class CredentialsGrpc implements GrpcControllerOf<'certification'> {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly keys: IssuerKeysService,
    private readonly statusLists: StatusListsService,
    private readonly verification: VerificationService,
  ) {}

  async getCertificateCredential(
    req: certificationV1.GetCertificateCredentialRequest__Output,
  ): Promise<certificationV1.CertificateCredential> {
    const c = await this.certificates.credential(req.id);
    return {
      certificateId: c.id,
      jwt: c.credentialJwt!,
      credentialJson: decode(c.credentialJwt!),
      kid: c.credentialKid!,
      verificationUrl: this.keys.urls.verificationUrl(c.number),
    };
  }

  async getIssuerDocuments(): Promise<certificationV1.IssuerDocuments> {
    const d = await this.keys.documents();
    return { did: d.did, didDocumentJson: JSON.stringify(d.didDocument), jwksJson: JSON.stringify(d.jwks) };
  }

  async rotateIssuerKey(): Promise<certificationV1.RotateIssuerKeyResponse> {
    return this.keys.rotate();
  }

  async getStatusList(req: certificationV1.GetStatusListRequest__Output): Promise<certificationV1.StatusListCredential> {
    const l = await this.statusLists.get(req.purpose, req.list);
    return { purpose: l.purpose, jwt: l.jwt, credentialJson: decode(l.jwt), updateTime: l.updatedAt.toISOString() };
  }

  async verifyCredential(req: certificationV1.VerifyCredentialRequest__Output) {
    return toVerificationMessage(await this.verification.verify(req));
  }

  async batchVerifyCredentials(
    req: certificationV1.BatchVerifyCredentialsRequest__Output,
  ): Promise<certificationV1.BatchVerifyCredentialsResponse> {
    return { results: (await this.verification.verifyMany(req.items)).map(toVerificationMessage) };
  }
}
