/**
 * Placement channel of a hire (IPK form III/8):
 * - AKAN (Antar Kerja Antar Negara): the vacancy is overseas;
 * - AKL (Antar Kerja Lokal): the work regency lies in the seeker's province (same regency included);
 * - AKAD (Antar Kerja Antar Daerah): the work regency lies in another province of Indonesia.
 * Provinces are the first two digits of the Kemendagri codes.
 */
export type PlacementChannel = 'AKL' | 'AKAD' | 'AKAN';

export function placementChannel(input: { overseas: boolean; workRegionCode: string; seekerRegionCode: string }): PlacementChannel {
  if (input.overseas) return 'AKAN';
  return input.workRegionCode.slice(0, 2) === input.seekerRegionCode.slice(0, 2) ? 'AKL' : 'AKAD';
}
