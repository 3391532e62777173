/*
 * The administrators' page: per process its versions and running instances, with a dry run ("check") and a real
 * migration of the older versions' instances to the latest version, and the audit of deployments and migrations.
 * State lives here and each process section is drawn anew from it, so a report survives a reload of the counts.
 */
import { el, fill, table } from './dom.js';
import { renderDeployments, renderMigrations } from './audit.js';
import { describe, renderReport } from './report.js';

const ALL_OLDER = '';

export class ModelAdminPage {
  constructor(root, api, t) {
    this.api = api;
    this.t = t;
    this.closed = false;
    this.loaded = false;
    this.models = [];
    this.sections = new Map();
    this.reports = new Map();
    this.fromChoice = new Map();
    this.busy = new Set();
    this.confirming = null;

    this.refreshButton = el('button', { type: 'button', className: 'btn btn-default', onClick: () => this.load() },
      t('refresh'));
    this.message = el('div', { className: 'ifc-message' });
    this.processes = el('div', { className: 'ifc-processes' }, el('p', {}, t('loading')));
    this.deployments = el('section', { className: 'ifc-audit ifc-deployments' });
    this.migrations = el('section', { className: 'ifc-audit ifc-migrations' });
    this.content = el('div', {}, this.processes, this.deployments, this.migrations);
    fill(root, el('div', { className: 'ifc-model-admin', lang: t.lang }, el('div', { className: 'ifc-page' },
      el('div', { className: 'ifc-title' }, el('h2', {}, t('title')), this.refreshButton),
      el('p', { className: 'ifc-intro' }, t('intro')),
      this.message, this.content)));
  }

  close() {
    this.closed = true;
  }

  async load() {
    this.refreshButton.disabled = true;
    try {
      const [models, deployments, migrations] =
        await Promise.all([this.api.models(), this.api.deployments(), this.api.migrations()]);
      if (this.closed) {
        return;
      }
      fill(this.message);
      this.loaded = true;
      this.content.hidden = false;
      this.models = models || [];
      this.renderProcesses();
      renderDeployments(this.deployments, deployments, this.t);
      renderMigrations(this.migrations, migrations, this.t);
    } catch (error) {
      this.fail(error);
    } finally {
      this.refreshButton.disabled = false;
    }
  }

  fail(error) {
    if (this.closed) {
      return;
    }
    const refused = error.status === 403 || error.status === 401;
    // without the right to use the API nothing else on the page means anything; after another error the last
    // loaded state stays useful
    this.content.hidden = refused || !this.loaded;
    fill(this.message, el('div', { className: 'alert ' + (refused ? 'alert-warning' : 'alert-danger'), role: 'alert' },
      describe(error, this.t)));
  }

  renderProcesses() {
    this.sections.clear();
    if (!this.models.length) {
      fill(this.processes, el('p', {}, this.t('noProcesses')));
      return;
    }
    fill(this.processes, this.models.map((model) => {
      const section = this.renderProcess(model);
      this.sections.set(model.key, section);
      return section;
    }));
  }

  redraw(key) {
    const model = this.models.find((candidate) => candidate.key === key);
    const old = this.sections.get(key);
    if (model && old) {
      const section = this.renderProcess(model);
      old.replaceWith(section);
      this.sections.set(key, section);
    }
  }

  renderProcess(model) {
    const t = this.t;
    const versions = model.versions || [];
    const latest = versions[0];
    const rows = versions.map((version) => [
      el('a', { href: '#/process-definition/' + encodeURIComponent(version.id) + '/runtime' }, String(version.version)),
      t.dateTime(version.deployedAt),
      version.source || '',
      version.deploymentName || version.deploymentId || '',
      el('span', { className: version.runningInstances ? 'badge' : 'ifc-none' }, String(version.runningInstances ?? 0)),
    ]);
    if (rows.length) {
      rows[0][0] = el('span', {}, rows[0][0], ' ', el('span', { className: 'label label-primary' }, t('latest')));
    }
    const section = el('section', { className: 'ifc-process', dataset: { processKey: model.key } },
      el('h3', {}, model.name || model.key, ' ', el('small', {}, model.key)),
      table([t('version'), t('deployedAt'), t('source'), t('deployment'), t('running')], rows,
        'table table-condensed table-bordered ifc-versions'),
      this.renderActions(model, latest, versions.slice(1)));
    const entry = this.reports.get(model.key);
    if (entry) {
      section.append(renderReport(entry, t));
    }
    return section;
  }

  renderActions(model, latest, older) {
    const t = this.t;
    if (!older.length) {
      return el('p', { className: 'text-muted' }, t('singleVersion'));
    }
    const withInstances = older.filter((version) => version.runningInstances > 0);
    if (!withInstances.length) {
      return el('p', { className: 'text-muted' }, t('nothingToMove'));
    }
    const key = model.key;
    const busy = this.busy.has(key);
    const chosen = this.fromChoice.get(key) ?? ALL_OLDER;
    const select = el('select', { className: 'form-control input-sm ifc-from', disabled: busy,
      onChange: (event) => this.fromChoice.set(key, event.target.value) },
    el('option', { value: ALL_OLDER, selected: chosen === ALL_OLDER }, t('allOlder')),
    withInstances.map((version) => el('option', { value: String(version.version), selected: chosen === String(version.version) },
      t('versionN', { version: version.version }))));
    const actions = el('div', { className: 'ifc-actions form-inline' },
      el('label', {}, t('from'), ' ', select), ' ', el('span', {}, t('to', { version: latest.version })), ' ',
      el('button', { type: 'button', className: 'btn btn-default ifc-check', disabled: busy,
        onClick: () => this.migrate(key, true) }, t('check')), ' ',
      el('button', { type: 'button', className: 'btn btn-warning ifc-migrate', disabled: busy || this.confirming === key,
        onClick: () => this.askConfirmation(key) }, t('migrate')));
    if (this.confirming === key && !busy) {
      const from = chosen === ALL_OLDER ? t('allOlder') : t('versionN', { version: chosen });
      actions.append(el('div', { className: 'alert alert-warning ifc-confirm', role: 'alertdialog' },
        el('p', {}, t('confirm', { process: model.name || key, from, version: latest.version })),
        el('button', { type: 'button', className: 'btn btn-danger ifc-confirm-yes', onClick: () => this.migrate(key, false) },
          t('confirmYes')), ' ',
        el('button', { type: 'button', className: 'btn btn-default ifc-confirm-no', onClick: () => this.cancel(key) },
          t('cancel'))));
    }
    return actions;
  }

  // an in-page confirmation: the webapps' Content-Security-Policy sandbox has no allow-modals, so window.confirm()
  // would silently answer false
  askConfirmation(key) {
    this.confirming = key;
    this.redraw(key);
  }

  cancel(key) {
    this.confirming = null;
    this.redraw(key);
  }

  async migrate(key, dryRun) {
    const chosen = this.fromChoice.get(key) ?? ALL_OLDER;
    this.confirming = null;
    this.busy.add(key);
    this.redraw(key);
    try {
      // the version the administrator saw and confirmed, not whatever is latest when the request arrives
      const model = this.models.find((candidate) => candidate.key === key);
      const target = model && model.versions.length ? model.versions[0].version : null;
      const report = await this.api.migrate(key, dryRun, chosen === ALL_OLDER ? null : Number(chosen), target);
      this.reports.set(key, { report, outcome: dryRun ? 'dryRun' : 'run' });
    } catch (error) {
      this.reports.set(key, error.status === 409 && error.body ? { report: error.body, outcome: 'refused' } : { error });
    }
    if (!dryRun && !this.closed) {
      // the counts and the migration audit changed (or will, once the batch ran): the buttons stay off until the
      // page shows them; the report stays in this.reports
      await this.load();
    }
    this.busy.delete(key);
    if (!this.closed) {
      this.redraw(key);
    }
  }
}
