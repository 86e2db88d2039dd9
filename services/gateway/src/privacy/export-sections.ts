import type { CallOptions } from '@siapkerja/grpc';
import { toCertificationPersonDataDto } from '../generated/certification.views';
import { toEntrepreneurshipPersonDataDto } from '../generated/entrepreneurship.views';
import { toJobsPersonDataDto } from '../generated/jobs.views';
import { toPlacementPersonDataDto } from '../generated/placement.views';
import { toTrainingPersonDataDto } from '../generated/training.views';
import type { ServiceClients } from '../platform/clients';

/**
 * One service's part of a data-subject export: the service's `ExportPersonData` rpc, called with the person's own caller
 * (his person id), shown with its generated view (proto/: the section's view). Adding a service to the export is one entry.
 */
export interface ExportSection {
  /** what the section holds, for the export's note */
  describe: string;
  /** the personal fields the section discloses, for the access log (prefixed with the section name there) */
  fields: string[];
  /** calls the service; `opts` passes the person's caller and retries an UNAVAILABLE read */
  read(clients: ServiceClients, req: { personId: string }, opts: CallOptions): Promise<object>;
}

export const EXPORT_SECTIONS: Record<string, ExportSection> = {
  jobs: {
    describe: 'Karirhub: your job-seeker profile with the AK/1 card, your applications with their history',
    fields: ['jobSeeker', 'applications'],
    read: async (c, req, opts) => toJobsPersonDataDto(await c.jobs.exportPersonData(req, opts)),
  },
  training: {
    describe: 'Skillhub: your enrolments in training batches with their history',
    fields: ['enrolments'],
    read: async (c, req, opts) => toTrainingPersonDataDto(await c.training.exportPersonData(req, opts)),
  },
  certification: {
    describe: 'Sertihub: the competency certificates issued to you, with their status history and verification codes',
    fields: ['certificates'],
    read: async (c, req, opts) => toCertificationPersonDataDto(await c.certification.exportPersonData(req, opts)),
  },
  placement: {
    describe: 'placement statistics: the hires recorded for you (employer, occupation, region, channel, month)',
    fields: ['placements'],
    read: async (c, req, opts) => toPlacementPersonDataDto(await c.placement.exportPersonData(req, opts)),
  },
  entrepreneurship: {
    describe: 'TKM: your memberships of TKM groups (program, year, leader, status, and the personal data the group registered)',
    fields: ['memberships'],
    read: async (c, req, opts) => toEntrepreneurshipPersonDataDto(await c.entrepreneurship.exportPersonData(req, opts)),
  },
};
