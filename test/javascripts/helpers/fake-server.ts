// A scripted server for the browser tests and the preview: each test says how
// the endpoints it touches answer, and can read back what was sent.

export interface FakeResponse {
  status: number;
  body: unknown;
}

export interface SentRequest {
  method: string;
  url: string;
  data: unknown;
}

type Handler = (request: SentRequest) => FakeResponse | Promise<FakeResponse>;

const handlers = new Map<string, Handler>();
// Answers before the scripted handlers when it returns a response: the preview
// uses it to refuse staff pages to the member it is showing.
let gate: ((request: SentRequest) => FakeResponse | null) | null = null;
export const sentRequests: SentRequest[] = [];

function key(method: string, url: string) {
  return `${method.toUpperCase()} ${url}`;
}

export function respondTo(method: string, url: string, handler: Handler) {
  handlers.set(key(method, url), handler);
}

export function gateRequests(
  newGate: ((request: SentRequest) => FakeResponse | null) | null
) {
  gate = newGate;
}

export function resetFakeServer() {
  handlers.clear();
  gate = null;
  sentRequests.length = 0;
}

export function requestsTo(method: string, url: string): SentRequest[] {
  return sentRequests.filter((r) => key(r.method, r.url) === key(method, url));
}

const STATUS_TEXT: Record<number, string> = {
  0: "error",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

/**
 * What Discourse's ajax (frontend/discourse/app/lib/ajax.js) rejects with:
 * jQuery's `{ jqXHR, textStatus, errorThrown }`. jQuery fills `responseJSON`
 * only for a JSON body; status 0 is a request that got no answer.
 */
export class FakeAjaxError {
  jqXHR: {
    status: number;
    statusText: string;
    responseJSON?: unknown;
    responseText: string;
  };
  textStatus: string;
  errorThrown: string;

  constructor(status: number, body: unknown) {
    const statusText = STATUS_TEXT[status] ?? "error";
    const isJson = typeof body === "object" && body !== null;
    this.jqXHR = {
      status,
      statusText,
      ...(isJson ? { responseJSON: body } : {}),
      responseText: isJson ? JSON.stringify(body) : String(body ?? ""),
    };
    this.textStatus = "error";
    this.errorThrown = status === 0 ? "" : statusText;
  }
}

export async function handle(request: SentRequest): Promise<unknown> {
  sentRequests.push(request);
  const gated = gate?.(request);
  const handler: Handler | undefined = gated
    ? () => gated
    : handlers.get(key(request.method, request.url));
  if (!handler) {
    throw new Error(`No fake response for ${key(request.method, request.url)}`);
  }
  const response = await handler(request);
  if (response.status >= 400 || response.status === 0) {
    throw new FakeAjaxError(response.status, response.body);
  }
  return response.body;
}
