export { CaseFilePage, type CaseFilePageProps } from './components/case-file-page';
export { CaseFileList } from './components/case-file-list';
export { QueuePage } from './components/queue-page';
export { CaseFilesPage } from './components/case-files-page';
export { WorkQueues } from './components/work-queues';
export { usePersonCaseFiles } from './api/get-person-case-files';
export { useOpenCaseFile } from './api/open-case-file';
