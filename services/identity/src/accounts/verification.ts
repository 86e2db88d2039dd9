import type { Logger } from '@siapkerja/logging';

/** Civil-registry check of a sign-up (Dukcapil in production). */
export interface IdentityClaim {
  nik: string;
  name: string;
  motherMaidenName: string;
  birthDate: string;
  sex: 1 | 2;
}
export type IdentityResult = { verified: true } | { verified: false; reason: string };
export interface IdentityVerifier {
  verify(claim: IdentityClaim): Promise<IdentityResult>;
}
export const IDENTITY_VERIFIER = Symbol('IDENTITY_VERIFIER');

const NAME = /^[\p{L}][\p{L} .,'-]{1,199}$/u;

/**
 * Development adapter: accepts any valid-looking data (the NIK itself is already validated by
 * the gateway's DTO). The production adapter calls the civil registry behind the same port.
 */
export class DevIdentityVerifier implements IdentityVerifier {
  async verify(claim: IdentityClaim): Promise<IdentityResult> {
    if (!NAME.test(claim.name.trim())) return { verified: false, reason: 'name does not look like a name' };
    if (!NAME.test(claim.motherMaidenName.trim())) return { verified: false, reason: "mother's maiden name does not look like a name" };
    return { verified: true };
  }
}

/** Delivers one-time codes (SMS / e-mail gateway in production). */
export interface VerificationMessage {
  channel: 'sms' | 'email';
  to: string;
  purpose: 'VERIFY' | 'RESET';
  code: string;
}
export interface VerificationSender {
  send(message: VerificationMessage): Promise<void>;
}
export const VERIFICATION_SENDER = Symbol('VERIFICATION_SENDER');

/**
 * Development adapter: writes the code to the log and keeps the latest messages in memory
 * (`DevVerificationSender.outbox`), so in-process tests can read a code like a user reads an SMS.
 * Front-end developers read them through the sandbox route (SANDBOX=true: GET /v1/sandbox/verification-codes).
 */
export class DevVerificationSender implements VerificationSender {
  static readonly outbox: VerificationMessage[] = [];

  /** The newest code sent to `to` for `purpose`. */
  static lastCode(to: string, purpose: VerificationMessage['purpose'] = 'VERIFY'): string | undefined {
    for (let i = DevVerificationSender.outbox.length - 1; i >= 0; i--) {
      const m = DevVerificationSender.outbox[i];
      if (m.to === to && m.purpose === purpose) return m.code;
    }
    return undefined;
  }

  constructor(private readonly logger: Logger) {}

  async send(message: VerificationMessage): Promise<void> {
    DevVerificationSender.outbox.push(message);
    if (DevVerificationSender.outbox.length > 1000) DevVerificationSender.outbox.splice(0, 500);
    this.logger.warn(
      { channel: message.channel, to: message.to, purpose: message.purpose, code: message.code },
      'development verification sender: code not delivered, logged instead',
    );
  }
}
