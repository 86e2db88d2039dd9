export * from './mask';
export * from './person-requests';
