import { Injectable } from '@nestjs/common';
import type { CertificateEntity } from '../certificates/certificate.entity';
import { certificateCredential } from './credentials.rules';
import { IssuerKeysService } from './issuer-keys.service';

/** Builds a certificate's credential (VC 2.0 / Open Badges 3.0) and signs it with the issuer's current key (VC-JOSE). */
@Injectable()
export class CredentialSigner {
  constructor(private readonly keys: IssuerKeysService) {}

  credentialOf(c: CertificateEntity): Record<string, unknown> {
    return certificateCredential(
      {
        id: c.id,
        number: c.number,
        schemeId: c.schemeId,
        schemeCode: c.schemeCode,
        schemeName: c.schemeName,
        kkniLevel: c.kkniLevel,
        kbjiCode: c.kbjiCode,
        competencyUnits: c.competencyUnits,
        personId: c.personId,
        holderName: c.holderName,
        lspId: c.lspId,
        lspName: c.lspName,
        issueDate: c.issueDate,
        validUntil: c.validUntil,
        statusIndex: c.statusIndex,
      },
      this.keys.urls.base.replace('https://', ''),
    );
  }

  sign(c: CertificateEntity): Promise<{ jwt: string; kid: string }> {
    return this.keys.sign(this.credentialOf(c));
  }
}
