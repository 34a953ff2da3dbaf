export * from './access-log';
export * from './cases';
export * from './organisations';
export * from './persons';
