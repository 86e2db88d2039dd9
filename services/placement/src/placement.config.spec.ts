import { loadConfig } from '@siapkerja/config';
import { placementConfigSpec } from './placement.config';

describe('placement config', () => {
  it('has documented defaults and refuses a bad value instead of defaulting silently', () => {
    expect(loadConfig(placementConfigSpec, {})).toMatchObject({ PLACEMENT_DEDUP_WINDOW_DAYS: 31, OUTCOMES_MIN_CELL: 10 });
    expect(() => loadConfig(placementConfigSpec, { PLACEMENT_DEDUP_WINDOW_DAYS: 'x' })).toThrow(/PLACEMENT_DEDUP_WINDOW_DAYS/);
    expect(() => loadConfig(placementConfigSpec, { OUTCOMES_MIN_CELL: '0' })).toThrow(/OUTCOMES_MIN_CELL/);
    expect(() => loadConfig(placementConfigSpec, { OUTCOMES_CURRENT_MONTH: '2026-13' })).toThrow(/OUTCOMES_CURRENT_MONTH/);
  });
});
