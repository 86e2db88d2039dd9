import { type entrepreneurshipV1, type placementV1 } from '@siapkerja/contracts';
import { toApplicationDto } from '../applications/applications.controller';
import { toCertificateDto } from '../certification/certificates.controller';
import { toJobSeekerDto } from '../job-seekers/job-seekers.controller';
import type { ServiceClients } from '../platform/clients';
import { toEnrolmentDto } from '../training/enrolments.controller';

/**
 * One service's part of a data-subject export: the service's `ExportPersonData` rpc, called with the person's own caller
 * (his person id), turned into the export's JSON. Adding a service to the export is one entry in EXPORT_SECTIONS.
 */
export interface ExportSection {
  /** what the section holds, for the export's note */
  describe: string;
  /** the personal fields the section discloses, for the access log (prefixed with the section name there) */
  fields: string[];
  /** calls the service; `opts` passes the person's caller and retries an UNAVAILABLE read */
  read(clients: ServiceClients, personId: string, opts: object): Promise<Record<string, unknown>>;
}

type Call = (clients: ServiceClients) => { exportPersonData(req: { personId: string }, opts: object): Promise<any> };

function section(client: Call, describe: string, fields: string[], map: (d: any) => Record<string, unknown>): ExportSection {
  return {
    describe,
    fields,
    read: async (clients, personId, opts) => map(await client(clients).exportPersonData({ personId }, opts)),
  };
}

export const EXPORT_SECTIONS: Record<string, ExportSection> = {
  jobs: section(
    (c) => c.jobs,
    'Karirhub: your job-seeker profile with the AK/1 card, your applications with their history',
    ['jobSeeker', 'applications'],
    (d) => ({
      jobSeeker: d.jobSeeker ? toJobSeekerDto(d.jobSeeker, true) : null,
      applications: d.applications.map(toApplicationDto),
      erasedAt: d.eraseTime || null,
      processingRestrictedAt: d.processingRestrictTime || null,
    }),
  ),
  training: section(
    (c) => c.training,
    'Skillhub: your enrolments in training batches with their history',
    ['enrolments'],
    (d) => ({
      enrolments: d.enrolments.map((e: Parameters<typeof toEnrolmentDto>[0]) => toEnrolmentDto(e, true)),
      erasedAt: d.eraseTime || null,
      processingRestrictedAt: d.processingRestrictTime || null,
    }),
  ),
  certification: section(
    (c) => c.certification,
    'Sertihub: the competency certificates issued to you, with their status history and verification codes',
    ['certificates'],
    (d) => ({
      certificates: d.certificates.map((c: Parameters<typeof toCertificateDto>[0]) => toCertificateDto(c, true)),
      erasedAt: d.eraseTime || null,
      processingRestrictedAt: d.processingRestrictTime || null,
    }),
  ),
  placement: section(
    (c) => c.placement,
    'placement statistics: the hires recorded for you (employer, occupation, region, channel, month)',
    ['placements'],
    (d) => ({
      placements: d.placements.map((p: placementV1.PersonPlacement__Output) => ({
        applicationId: p.applicationId,
        vacancyId: p.vacancyId,
        employerId: p.employerId,
        employerType: p.employerType,
        kbjiCode: p.kbjiCode,
        kbliMainGroup: p.kbliMainGroup,
        regionCode: p.regionCode,
        workRegionCode: p.workRegionCode,
        overseas: p.overseas,
        channel: p.channel,
        month: p.month,
        placedAt: p.placeTime,
      })),
      erasedAt: d.eraseTime || null,
    }),
  ),
  entrepreneurship: section(
    (c) => c.entrepreneurship,
    'TKM: your memberships of TKM groups (program, year, leader, status, and the personal data the group registered)',
    ['memberships'],
    (d) => ({
      memberships: d.memberships.map((m: entrepreneurshipV1.PersonMembership__Output) => ({
        groupId: m.groupId,
        groupName: m.groupName,
        programCode: m.programCode,
        programYear: m.programYear,
        regionCode: m.regionCode,
        nik: m.nik,
        name: m.name,
        birthDate: m.birthDate,
        sex: m.sex,
        employmentStatus: m.employmentStatus,
        residenceRegionCode: m.residenceRegionCode,
        educationLevel: m.educationLevel,
        leader: m.leader,
        active: m.active,
        joinedAt: m.joinTime,
        leftAt: m.leaveTime || null,
      })),
    }),
  ),
};
