/**
 * Why a caller reads unmasked personal data (UU 27/2022 art. 16: processing is bound to a purpose).
 * Sent in the X-Purpose header and written to the access log with every unmasked read.
 */
export const ACCESS_PURPOSES = [
  /** job placement services of a Disnaker (pengantar kerja) */
  'PLACEMENT_SERVICE',
  /** issuing or renewing the AK/1 card */
  'AK1_ISSUANCE',
  /** supervision and audit by the ministry or a Disnaker */
  'SUPERVISION',
  /** answering a request of the person the data is about (access, correction, erasure) */
  'DATA_SUBJECT_REQUEST',
  /** official statistics (IPK); unmasked reads for it should be exceptional */
  'STATISTICS',
  /** issuing and administering competency certificates (the issuing LSP) */
  'CERTIFICATION',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/** The HTTP header carrying the purpose. */
export const PURPOSE_HEADER = 'X-Purpose';

/** What a person may consent to (consent is one lawful basis among others; see README). Kept by identity. */
export const CONSENT_PURPOSES = [
  /** being matched with vacancies and contacted by employers through the platform */
  'JOB_MATCHING',
  /** the profile being shared with partner platforms (training, education) for their services */
  'PARTNER_SHARING',
  /** offers of training programs and certification schemes */
  'TRAINING_OFFERS',
  /** news and notices by e-mail or SMS */
  'NOTIFICATIONS',
  /** research beyond the official statistics, on de-identified data */
  'RESEARCH',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
