export * from './access-log';
export * from './cases';
export * from './consents';
export * from './network';
export * from './organisations';
export * from './persons';
export * from './stated-access';
