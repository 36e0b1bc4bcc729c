export { assessSelfCheck, selfCheckQueryKey, useSelfCheck } from './api/assess-self-check';
export { SelfCheckPage } from './components/self-check-page';
