export {
  api,
  apiFetch,
  apiDownload,
  apiRequest,
  apiRequestWithEtag,
  configureApiClient,
  type ApiClientConfig,
  type RawRequestOptions,
  type DownloadedFile,
  type RequestOptions,
  type Versioned,
} from './client';
export {
  NetworkError,
  ProblemError,
  isProblemError,
  issuesFor,
  issuesOutside,
  problemFromResponse,
  type ProblemDetail,
  type ProblemIssue,
} from './problem';
export { errorMessage } from './error-message';
