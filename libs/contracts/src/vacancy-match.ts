import { getKbliMainGroup } from '@siapkerja/codes';
import type { VacancySearchFacts } from './events';
import type * as jobsV1 from './generated/siapkerja/jobs/v1';

/** What the search filters on, of a vacancy that changed (from its event, or from the gateway's own write). */
export interface VacancyFacts extends VacancySearchFacts {
  regionCode: string;
}

/**
 * Whether a vacancy with these facts can be among the matches of a search, so that its change can alter the search's
 * answer (hits, facet counts, total). False only when a filter surely excludes it; a search with words (stemming and
 * the typo fallback are the jobs service's to judge), with a wage filter (wages are not in events) or a filter whose fact
 * is unknown is assumed to be altered.
 */
export function mayMatch(r: Partial<jobsV1.SearchVacanciesRequest>, f: VacancyFacts): boolean {
  if (r.query || Number(r.wageMin ?? 0) || Number(r.wageMax ?? 0)) return true;
  const region = r.regionCode ?? '';
  if (region && f.regionCode !== region && !f.regionCode.startsWith(`${region}.`)) return false;
  if (r.kbjiCode && f.kbjiCode !== undefined && !f.kbjiCode.startsWith(r.kbjiCode)) return false;
  if (r.kbli && f.kbliCode !== undefined) {
    if (/^[A-Ua-u]$/.test(r.kbli)) {
      const category = f.kbliCode ? getKbliMainGroup(f.kbliCode.slice(0, 2))?.category : '';
      if (category !== undefined && category !== r.kbli.toUpperCase()) return false;
    } else if (!f.kbliCode.startsWith(r.kbli.replace(/\D/g, ''))) return false;
  }
  if (r.minEducation && f.minEducation !== undefined && f.minEducation !== r.minEducation) return false;
  if (r.employmentType && f.employmentType !== undefined && f.employmentType !== r.employmentType) return false;
  if (r.overseas !== undefined && r.overseas !== null && f.overseas !== undefined && f.overseas !== r.overseas) return false;
  if (r.postedSince && f.publishedAt) {
    const since = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(r.postedSince) ? `${r.postedSince}T00:00:00+07:00` : r.postedSince);
    if (!Number.isNaN(since) && Date.parse(f.publishedAt) < since) return false;
  }
  return true;
}
