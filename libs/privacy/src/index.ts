export * from './mask';
export * from './purposes';
