/*
 * The audit trail: every deployment and every real migration run, newest first, as the API returns them. Long
 * histories show their newest entries until the administrator asks for all.
 */
import { el, fill, table } from './dom.js';

const SHOWN = 15;

function resourceList(resources) {
  return el('ul', { className: 'list-unstyled ifc-resources' }, (resources || []).map((resource) =>
    el('li', { title: resource.sha256 ? 'SHA-256 ' + resource.sha256 : null }, resource.name,
      resource.sha256 ? el('code', {}, resource.sha256.slice(0, 12)) : null)));
}

function auditSection(container, title, headers, entries, cells, t) {
  const list = entries || [];
  const body = el('div', {});
  const show = (all) => {
    const rows = (all ? list : list.slice(0, SHOWN)).map(cells);
    fill(body, list.length ? table(headers, rows, 'table table-condensed table-striped') : el('p', {}, t('nothingRecorded')));
    if (!all && list.length > SHOWN) {
      body.append(el('button', { type: 'button', className: 'btn btn-link', onClick: () => show(true) },
        t('showAll', { count: list.length })));
    }
  };
  show(false);
  return fill(container, el('h3', {}, title), body);
}

export function renderDeployments(container, deployments, t) {
  return auditSection(container, t('deploymentsTitle'),
    [t('recordedAt'), t('name'), t('source'), t('recordedBy'), t('processes'), t('resources')],
    deployments, (d) => [t.dateTime(d.recordedAt), d.name || d.deploymentId, d.source || '', d.recordedBy || '',
      (d.processes || []).join(', '), resourceList(d.resources)], t);
}

export function renderMigrations(container, migrations, t) {
  return auditSection(container, t('migrationsTitle'),
    [t('recordedAt'), t('process'), t('fromVersions'), t('toVersion'), t('recordedBy'), t('instances'), 'Batch'],
    migrations, (m) => [t.dateTime(m.recordedAt), m.processDefinitionKey, (m.fromVersions || []).join(', '),
      m.toVersion ?? '', m.recordedBy || '', String((m.instances || []).length), m.batchId || ''], t);
}
