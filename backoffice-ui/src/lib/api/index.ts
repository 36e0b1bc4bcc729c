export { api, apiRequest, configureApiClient, type ApiClientConfig, type RequestOptions } from './client';
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
