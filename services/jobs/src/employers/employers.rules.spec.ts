import { contactView } from './employers.rules';

describe('employer rules', () => {
  const e = { id: 'e1', contactName: 'Budi Santoso', contactPhone: '081298765432', contactEmail: 'hrd@karyamandiri.co.id' };

  it('shows the contact person to who acts for the employer and masks it for everyone else', () => {
    for (const access of ['SYSTEM', 'MINISTRY', 'OFFICER', 'CLIENT', 'OWNER', 'MEMBER'] as const) expect(contactView(e, access)).toEqual(e);
    const masked = contactView(e, undefined);
    expect(masked.contactName).toBe('B***');
    expect(masked.contactPhone).not.toBe(e.contactPhone);
    expect(masked.contactEmail).toMatch(/@karyamandiri\.co\.id$/);
    expect(masked.contactEmail).not.toBe(e.contactEmail);
    expect(contactView({ ...e, contactName: '' }, undefined).contactName).toBe('');
  });
});
