/*
 * The administrators' API (docs/administration.md). It lives beside the webapps, not under them: its root is the
 * webapps' root (<base app-root>, "/camunda") without its last segment, so the page keeps working under another
 * context path or webapp path.
 */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function adminRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '') + '/api/admin';
}

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch (notJson) {
    return null;
  }
}

export class AdminApi {
  /** @param api what Cockpit hands a plugin's render: its CSRF token, read from the webapps' cookie */
  constructor(api) {
    this.root = adminRoot();
    this.csrfToken = api && api.CSRFToken;
  }

  models() {
    return this.request('GET', '/models');
  }

  deployments() {
    return this.request('GET', '/deployments');
  }

  migrations() {
    return this.request('GET', '/migrations');
  }

  /** A dry run or a real run; a refused run (409) rejects with the report as the error's body. */
  migrate(processDefinitionKey, dryRun, fromVersion, toVersion) {
    const body = { processDefinitionKey, dryRun };
    if (fromVersion !== undefined && fromVersion !== null) {
      body.fromVersion = fromVersion;
    }
    if (toVersion !== undefined && toVersion !== null) {
      body.toVersion = toVersion;
    }
    return this.request('POST', '/migrations', body);
  }

  /** Whether the logged-in user may use the API: the navigation entry is shown only to them. */
  async isAdministrator() {
    try {
      await this.migrations();
      return true;
    } catch (error) {
      return false;
    }
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (this.csrfToken) {
      headers['X-XSRF-TOKEN'] = this.csrfToken;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(this.root + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (network) {
      throw new ApiError(0, network.message || String(network), null);
    }
    const text = await response.text();
    const json = parse(text);
    if (!response.ok) {
      const message = (json && (json.message || json.error)) || text || response.statusText;
      throw new ApiError(response.status, String(message), json);
    }
    return json;
  }
}
