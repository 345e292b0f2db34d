// OpenAI-shaped error bodies. The SDK maps the status to an error class (RateLimitError, …) and
// copies `error.type`, `error.code` and `error.param` onto it, so these fields are what a test sees.

export type OpenAIErrorDetail = {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
};

export type OpenAIErrorBody = { error: OpenAIErrorDetail };

export function openAIError(
  message: string,
  type: string,
  code: string | null = null,
  param: string | null = null,
): OpenAIErrorBody {
  return { error: { message, type, param, code } };
}

/** What the real API answers for each status a test is likely to script. */
const DEFAULT_ERRORS: Readonly<Record<number, OpenAIErrorBody>> = {
  400: openAIError("Invalid request.", "invalid_request_error"),
  401: openAIError("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
  403: openAIError(
    "You are not allowed to make this request.",
    "invalid_request_error",
    "unsupported_country_region_territory",
  ),
  404: openAIError(
    "The model does not exist.",
    "invalid_request_error",
    "model_not_found",
    "model",
  ),
  408: openAIError("Request timed out.", "server_error", "timeout"),
  409: openAIError("Conflict: the resource is being updated.", "invalid_request_error"),
  422: openAIError("Unprocessable entity.", "invalid_request_error"),
  429: openAIError(
    "Rate limit reached for requests per min (RPM). Please try again in 1s.",
    "requests",
    "rate_limit_exceeded",
  ),
  500: openAIError(
    "The server had an error while processing your request. Sorry about that!",
    "server_error",
  ),
  502: openAIError("Bad gateway.", "server_error"),
  503: openAIError("The engine is currently overloaded, please try again later.", "server_error"),
};

export function defaultErrorFor(status: number): OpenAIErrorBody {
  return (
    DEFAULT_ERRORS[status] ??
    openAIError(
      `Request failed with status ${status}.`,
      status >= 500 ? "server_error" : "invalid_request_error",
    )
  );
}
