import { Injectable } from '@nestjs/common';
import { fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
import { formatVerificationCode } from './certificate-codes';
import { CertificatesService, type CertificateAction, type CertificateView } from './certificates.service';
import { CertificatesPersonDataService } from './person-data';

const status = (s: string) => toProtoEnum('CERTIFICATE_STATUS', s) as certificationV1.CertificateStatus;
const iso = (d: Date | null) => (d ? d.toISOString() : '');

export function toCertificateMessage({ certificate: c, history }: CertificateView): certificationV1.Certificate {
  return {
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
  };
}

@Injectable()
export class CertificatesGrpc {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly personData: CertificatesPersonDataService,
  ) {}

  handlers(): Record<string, UnaryHandler> {
    const change = (action: CertificateAction) => async (req: { id: string; reason: string }) =>
      toCertificateMessage(await this.certificates.change(req.id, action, req.reason));
    return {
      IssueCertificate: async (req: certificationV1.IssueCertificateRequest__Output) =>
        toCertificateMessage(
          await this.certificates.issue(
            {
              schemeId: req.schemeId,
              holder: { nik: req.holder?.nik ?? '', name: req.holder?.name ?? '' },
              number: req.number,
              competencyUnits: req.competencyUnits,
              issueDate: req.issueDate,
              validUntil: req.validUntil,
            },
            req.requestId || undefined,
          ),
        ),
      GetCertificate: async (req: certificationV1.GetCertificateRequest__Output) =>
        toCertificateMessage(await this.certificates.get(req.id)),
      ListCertificates: async (req: certificationV1.ListCertificatesRequest__Output): Promise<certificationV1.ListCertificatesResponse> => {
        const r = await this.certificates.list({
          pageSize: req.pageSize,
          pageToken: req.pageToken,
          status: fromProtoEnum('CERTIFICATE_STATUS', req.status),
          schemeId: req.schemeId,
          held: req.held,
        });
        return { certificates: r.certificates.map(toCertificateMessage), nextPageToken: r.nextPageToken };
      },
      SuspendCertificate: change('SUSPEND'),
      ReinstateCertificate: change('REINSTATE'),
      RevokeCertificate: change('REVOKE'),
      VerifyCertificate: async (
        req: certificationV1.VerifyCertificateRequest__Output,
      ): Promise<certificationV1.CertificateVerification> => {
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
        };
      },
      ExportPersonData: async (req: certificationV1.ExportPersonDataRequest__Output): Promise<certificationV1.ExportPersonDataResponse> => {
        const d = await this.personData.export(req.personId);
        return {
          certificates: d.certificates.map(toCertificateMessage),
          eraseTime: iso(d.erasedAt),
          processingRestrictTime: iso(d.processingRestrictedAt),
        };
      },
    };
  }
}
