export * from './platform';

export { PlatformError } from './platform-error';
export { PlatformProvider } from './PlatformProvider';
export { usePlatform } from './usePlatform';
export { useMenuCommand } from './useMenuCommand';

export { describeStoreOpenError } from './store-open-error';
