import { DomainError, invalid } from '@siapkerja/errors';
import { problemJsonOf } from './imports.rules';

/** A refused training record's problem carries its code, as the jobs service's receipts and the gateway's problems do. */
describe('problemJsonOf', () => {
  it.each([
    [invalid([{ field: 'nik', description: 'is required' }]), 400, 'INVALID_ARGUMENT'],
    [new DomainError('NOT_FOUND', 'Enrolment x was not found'), 404, 'NOT_FOUND'],
    [new DomainError('FAILED_PRECONDITION', 'Batch b is RUNNING'), 409, 'FAILED_PRECONDITION'],
    [new DomainError('PERMISSION_DENIED', 'Region 33.74 is outside 33.73'), 403, 'PERMISSION_DENIED'],
  ])('%s: status %s, code %s', (err, status, code) => {
    expect(JSON.parse(problemJsonOf(err))).toMatchObject({ status, code, detail: err.message });
  });
});
