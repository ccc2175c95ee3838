export * from './branding';
export * from './layers';
export * from './playbook-layer';
export * from './resolve';
export * from './settings-kinds';
