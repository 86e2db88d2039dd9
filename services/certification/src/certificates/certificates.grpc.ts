import { Controller } from '@nestjs/common';
import { currentCaller, type Caller } from '@siapkerja/authz';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { AccessLog, statedPurpose, type AccessPurpose } from '@siapkerja/privacy';
import { toAssessmentMessage } from '../assessments/assessments.grpc';
import { IssuerKeysService } from '../credentials/issuer-keys.service';
import { formatVerificationCode } from './certificate-codes';
import { certificateReads, certificateView } from './certificates.rules';
import { CertificatesService, type CertificateAction, type CertificateView } from './certificates.service';
import { CertificatesPersonDataService } from './person-data';

const status = (s: string) => toProtoEnum('CERTIFICATE_STATUS', s) as certificationV1.CertificateStatus;
const iso = (d: Date | null) => (d ? d.toISOString() : '');

/** The certificate as the caller may see it (certificates.rules.ts: the holder's NIK masked unless he may read it). */
export function toCertificateMessage(
  { certificate: c, history }: CertificateView,
  caller: Caller | undefined = currentCaller(),
  verificationUrlOf: (number: string) => string = () => '',
): certificationV1.Certificate {
  return certificateView(
    {
      id: c.id,
      number: c.number,
      verificationCode: formatVerificationCode(c.verificationCode),
      schemeId: c.schemeId,
      schemeCode: c.schemeCode,
      schemeName: c.schemeName,
      personId: c.personId,
      holder: { nik: c.holderNik, name: c.holderName },
      competencyUnits: c.competencyUnits,
      kbjiCode: c.kbjiCode,
      issueDate: c.issueDate,
      validUntil: c.validUntil,
      status: status(c.status),
      statusReason: c.statusReason,
      issuerClientId: c.issuerClientId ?? '',
      issuerAccountId: c.issuerAccountId ?? '',
      lspName: c.lspName,
      history: history.map((h) => ({
        fromStatus: status(h.fromStatus),
        toStatus: status(h.toStatus),
        reason: h.reason,
        actor: h.actor,
        time: h.createdAt.toISOString(),
      })),
      eraseTime: iso(c.erasedAt),
      processingRestrictTime: iso(c.processingRestrictedAt),
      createTime: c.createdAt.toISOString(),
      updateTime: c.updatedAt.toISOString(),
      lspId: c.lspId,
      regionCode: c.regionCode,
      assessmentId: c.assessmentId ?? '',
      verificationUrl: verificationUrlOf(c.number),
    },
    caller,
  );
}

@Controller()
@GrpcService('certification')
export class CertificatesGrpc implements GrpcControllerOf<'certification'> {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly personData: CertificatesPersonDataService,
    private readonly keys: IssuerKeysService,
    private readonly accessLog: AccessLog,
  ) {}

  /** The message with the public verification URL (the QR code's content). */
  private message(v: CertificateView): certificationV1.Certificate {
    return toCertificateMessage(v, currentCaller(), this.keys.urls.verificationUrl);
  }

  /**
   * The caller's certificates, their reads of the holders' personal data written to the access log first (a read that
   * cannot be logged is not served); `purpose`: the X-Purpose the caller stated, checked before anything else.
   */
  private async disclosed(views: CertificateView[], purpose: AccessPurpose | undefined): Promise<certificationV1.Certificate[]> {
    const certs = views.map((v) => this.message(v));
    await this.accessLog.record(certificateReads(certs, currentCaller(), purpose));
    return certs;
  }

  async issueCertificate(req: certificationV1.IssueCertificateRequest__Output) {
    const purpose = statedPurpose();
    const issued = await this.certificates.issue(
      {
        schemeId: req.schemeId,
        holder: { nik: req.holder?.nik ?? '', name: req.holder?.name ?? '' },
        number: req.number,
        competencyUnits: req.competencyUnits,
        issueDate: req.issueDate,
        validUntil: req.validUntil,
      },
      req.requestId || undefined,
    );
    const [c] = await this.disclosed([issued], purpose);
    return c;
  }

  async getCertificate(req: certificationV1.GetCertificateRequest__Output) {
    const purpose = statedPurpose();
    const [c] = await this.disclosed([await this.certificates.get(req.id)], purpose);
    return c;
  }

  async listCertificates(req: certificationV1.ListCertificatesRequest__Output): Promise<certificationV1.ListCertificatesResponse> {
    const purpose = statedPurpose();
    const r = await this.certificates.list({
      pageSize: req.pageSize,
      pageToken: req.pageToken,
      status: fromProtoEnum('CERTIFICATE_STATUS', req.status),
      schemeId: req.schemeId,
      held: req.held,
    });
    return { certificates: await this.disclosed(r.certificates, purpose), nextPageToken: r.nextPageToken };
  }

  async suspendCertificate(req: certificationV1.SuspendCertificateRequest__Output) {
    return this.change(req, 'SUSPEND');
  }

  async reinstateCertificate(req: certificationV1.ReinstateCertificateRequest__Output) {
    return this.change(req, 'REINSTATE');
  }

  async revokeCertificate(req: certificationV1.RevokeCertificateRequest__Output) {
    return this.change(req, 'REVOKE');
  }

  async verifyCertificate(req: certificationV1.VerifyCertificateRequest__Output): Promise<certificationV1.CertificateVerification> {
    const { certificate: c, holderNameMasked, holderWithheld } = await this.certificates.verify(req.number, req.verificationCode);
    return {
      certificateId: c.id,
      number: c.number,
      status: status(c.status),
      schemeId: c.schemeId,
      schemeCode: c.schemeCode,
      schemeName: c.schemeName,
      kkniLevel: c.kkniLevel,
      kbjiCode: c.kbjiCode,
      competencyUnits: c.competencyUnits,
      lspName: c.lspName,
      issueDate: c.issueDate,
      validUntil: c.validUntil,
      holderNameMasked,
      holderWithheld,
      statusTime: c.statusChangedAt.toISOString(),
      scheme: {
        id: c.schemeId,
        code: c.schemeCode,
        name: c.schemeName,
        kkniLevel: c.kkniLevel,
        kbjiCode: c.kbjiCode,
        lspName: c.lspName,
      },
      holder: { nameMasked: holderNameMasked, withheld: holderWithheld },
    };
  }

  async exportPersonData(req: certificationV1.ExportPersonDataRequest__Output): Promise<certificationV1.ExportPersonDataResponse> {
    const d = await this.personData.export(req.personId);
    return {
      certificates: d.certificates.map((v) => this.message(v)),
      assessments: d.assessments.map(toAssessmentMessage),
      eraseTime: iso(d.erasedAt),
      processingRestrictTime: iso(d.processingRestrictedAt),
    };
  }

  private async change(req: { id: string; reason: string }, action: CertificateAction) {
    const purpose = statedPurpose();
    const [c] = await this.disclosed([await this.certificates.change(req.id, action, req.reason)], purpose);
    return c;
  }
}
