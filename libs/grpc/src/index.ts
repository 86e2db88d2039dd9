export * from './client';
export * from './nest';
export * from './microservice';
export * from './peer';
