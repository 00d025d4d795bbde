/**
 * An answer of the API that is not a success, carrying its RFC 9457 problem detail: title,
 * detail, status and the field errors ({field, message}) the server listed.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem.type || 'about:blank';
    this.title = problem.title || `HTTP ${status}`;
    this.detail = problem.detail || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problem = problem; // with any extension members, e.g. duplicateOf on a 409
  }

  /** The messages for one field (the server names fields as in the JSON body). */
  fieldMessages(field) {
    return this.errors.filter((e) => e.field === field).map((e) => e.message);
  }

  /** A problem for a failure that never reached the API (network down, server unreachable). */
  static network(cause) {
    return new ApiError(0, {
      title: 'The server cannot be reached',
      detail: `Check your connection and try again (${cause.message}).`,
    });
  }
}
