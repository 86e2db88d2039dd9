export * from './mask';
export * from './person-requests';
export * from './purposes';
export * from './access-log';
export * from './csv';
