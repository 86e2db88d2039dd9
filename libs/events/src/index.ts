export * from './envelope';
export * from './port';
export * from './inprocess-bus';
export * from './kafka-bus';
export * from './outbox';
export * from './inbox';
export * from './migration';
export * from './background-consumer';
