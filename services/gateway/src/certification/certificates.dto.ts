// The certificate views and the list query are generated (proto/siapkerja/certification/v1/certificates.proto); named here
// as before (the data export shows certificates too).
export { CertificateDto, CertificatePageDto, ListCertificatesQueryDto } from '../generated/certification.views';
