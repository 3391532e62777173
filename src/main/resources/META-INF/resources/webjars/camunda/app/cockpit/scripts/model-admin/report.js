/*
 * The report of a migration (docs/administration.md): what was found, what can move, what cannot and why, and for a
 * real run what was handed to the migration batch.
 */
import { el, table } from './dom.js';

/** A failed request in words; 403 and 401 get their own sentence because they are not the server's fault. */
export function describe(error, t) {
  if (error.status === 403) {
    return t('forbidden');
  }
  if (error.status === 401) {
    return t('unauthorized');
  }
  if (!error.status) {
    return t('unreachable', { message: error.message });
  }
  // the API explains its refusals in both languages
  const body = error.body;
  const message = body && (body.nl || body.fr) ? t.pick(body) : error.message;
  return t('failed', { status: error.status, message });
}

function instanceLink(id) {
  return el('a', { href: '#/process-instance/' + encodeURIComponent(id) + '/runtime' }, id);
}

function instanceCells(instance) {
  return [
    instanceLink(instance.processInstanceId),
    instance.businessKey || '',
    instance.version ?? '',
    (instance.activities || []).join(', '),
  ];
}

function count(label, value, className) {
  return el('li', { className }, el('span', { className: 'ifc-count-label' }, label), ' ',
    el('strong', {}, String(value)));
}

/** The instances of a real run: the API names them by id or as rows like canMove; both are shown as rows. */
function movedRows(report) {
  const known = new Map((report.canMove || []).map((row) => [row.processInstanceId, row]));
  return (report.moved || []).map((moved) => {
    const id = typeof moved === 'string' ? moved : moved.processInstanceId;
    return instanceCells(known.get(id) || (typeof moved === 'string' ? { processInstanceId: id } : moved));
  });
}

/**
 * @param entry {report, outcome: 'dryRun' | 'run' | 'refused'} or {error}
 */
export function renderReport(entry, t) {
  if (entry.error) {
    return el('div', { className: 'ifc-report alert alert-danger', role: 'alert' }, describe(entry.error, t));
  }
  const { report, outcome } = entry;
  const canMove = report.canMove || [];
  const cannotMove = report.cannotMove || [];
  const moved = report.moved || [];
  const target = report.target ? report.target.version : '?';
  const title = { dryRun: 'dryRunTitle', run: 'runTitle', refused: 'refusedTitle' }[outcome];
  const instanceHeaders = [t('instance'), t('businessKey'), t('version'), t('activities')];

  const panel = el('div', { className: 'ifc-report panel panel-default', dataset: { outcome } },
    el('div', { className: 'panel-heading' }, el('strong', {}, t(title, { version: target }))));
  const body = el('div', { className: 'panel-body' });
  panel.append(body);

  body.append(el('ul', { className: 'ifc-counts list-inline' },
    count(t('found'), report.instancesFound ?? canMove.length + cannotMove.length),
    count(t('canMove'), canMove.length, 'ifc-can-move'),
    count(t('cannotMove'), cannotMove.length, cannotMove.length ? 'ifc-cannot-move' : null),
    outcome === 'run' ? count(t('moved'), moved.length, 'ifc-moved') : null));

  if (outcome === 'refused') {
    body.append(el('p', { className: 'alert alert-danger' }, t('refused')));
  } else if (outcome === 'run' && report.batchId) {
    // one batch per source version
    const batches = report.batchIds && report.batchIds.length ? report.batchIds : [report.batchId];
    body.append(el('p', { className: 'alert alert-success' }, t('batch', { batch: batches.join(', ') })));
  } else if (outcome === 'dryRun' && canMove.length && !cannotMove.length) {
    body.append(el('p', { className: 'alert alert-info' }, t('readyToMigrate')));
  }

  if (outcome === 'run' && moved.length) {
    body.append(el('h4', {}, t('moved')), table(instanceHeaders, movedRows(report)));
  } else if (canMove.length) {
    body.append(el('h4', {}, t('canMove')), table(instanceHeaders, canMove.map(instanceCells)));
  }
  if (cannotMove.length) {
    body.append(el('h4', {}, t('cannotMove')), table([...instanceHeaders, t('reasons')],
      cannotMove.map((instance) => [...instanceCells(instance),
        el('ul', { className: 'ifc-reasons' }, (instance.reasons || []).map((reason) => el('li', {}, t.pick(reason))))])));
  }
  return panel;
}
