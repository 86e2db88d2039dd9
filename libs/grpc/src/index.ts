export * from './server';
export * from './client';
