export * from './channels';
export * from './schemas';
export * from './types';
export * from './payload-size';
