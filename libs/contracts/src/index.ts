export * from './protos';
export * from './events';
export * as jobsV1 from './generated/siapkerja/jobs/v1';
export * as trainingV1 from './generated/siapkerja/training/v1';
export * as certificationV1 from './generated/siapkerja/certification/v1';
export * as placementV1 from './generated/siapkerja/placement/v1';
export * as entrepreneurshipV1 from './generated/siapkerja/entrepreneurship/v1';
export * from './enums';
export * from './typed';
