export * from './client';
export * from './nest';
export * from './microservice';
