export {
  api,
  apiFetch,
  apiRequest,
  apiRequestWithEtag,
  configureApiClient,
  type ApiClientConfig,
  type RawRequestOptions,
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
