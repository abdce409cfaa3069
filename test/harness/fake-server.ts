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
export const sentRequests: SentRequest[] = [];

function key(method: string, url: string) {
  return `${method.toUpperCase()} ${url}`;
}

export function respondTo(method: string, url: string, handler: Handler) {
  handlers.set(key(method, url), handler);
}

export function resetFakeServer() {
  handlers.clear();
  sentRequests.length = 0;
}

export function requestsTo(method: string, url: string): SentRequest[] {
  return sentRequests.filter((r) => key(r.method, r.url) === key(method, url));
}

/** The shape Discourse's ajax rejects with, which extractError reads. */
export class FakeAjaxError {
  jqXHR: { status: number; responseJSON: unknown };

  constructor(status: number, body: unknown) {
    this.jqXHR = { status, responseJSON: body };
  }
}

export async function handle(request: SentRequest): Promise<unknown> {
  sentRequests.push(request);
  const handler = handlers.get(key(request.method, request.url));
  if (!handler) {
    throw new Error(`No fake response for ${key(request.method, request.url)}`);
  }
  const response = await handler(request);
  if (response.status >= 400) {
    throw new FakeAjaxError(response.status, response.body);
  }
  return response.body;
}
