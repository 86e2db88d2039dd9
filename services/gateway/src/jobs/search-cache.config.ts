import { int } from '@siapkerja/config';

/** Environment variables of the vacancy search answer cache (a leaf file: platform/config imports it). */
export const searchCacheConfigSpec = {
  /** longest an answer of GET /v1/vacancies/search is reused (vacancy changes drop answers earlier); 0 switches the cache off */
  SEARCH_CACHE_TTL_S: int({ default: 30, min: 0, max: 3600 }),
  /** memory the answers may take in each gateway instance */
  SEARCH_CACHE_MAX_MB: int({ default: 64, min: 1, max: 4096 }),
};

export interface SearchCacheConfig {
  SEARCH_CACHE_TTL_S: number;
  SEARCH_CACHE_MAX_MB: number;
}
