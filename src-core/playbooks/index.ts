export * from './playbook-schema';
export * from './default-playbooks';
export * from './run-playbook';
export * from './expansion-triggers';
export * from './playbook-list';
export * from './playbook-steps';
