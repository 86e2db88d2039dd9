export {
  CERTIFICATE_EVENTS,
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateEventData,
} from '@siapkerja/contracts';
