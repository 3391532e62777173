/*
 * Interfederal Cycle: the administrators' page in Cockpit (registered in ../config.js, customScripts). Cockpit
 * imports this module and registers its default export: an entry in the header and the route it opens.
 */
import { el } from './dom.js';
import { AdminApi } from './http.js';
import { ModelAdminPage } from './page.js';
import { texts } from './texts.js';

const ID = 'interfederal-models';
let page = null;

function loadStyles() {
  // Cockpit loads plugin.css only for plugin jars, not for customScripts
  if (!document.getElementById(ID + '-styles')) {
    document.head.append(el('link', { id: ID + '-styles', rel: 'stylesheet', type: 'text/css',
      href: new URL('./model-admin.css', import.meta.url).href }));
  }
}

const navigation = {
  // Cockpit marks the entry active while the address contains this id
  id: ID,
  pluginPoint: 'cockpit.navigation',
  // zero or more: in the header itself, not under "More"
  priority: 1,
  render(node, { api }) {
    const link = el('a', { href: '#/' + ID, className: 'ifc-nav' }, texts()('nav'));
    // shown only to those the API answers; everyone else would find a page that only says it is not for them
    link.style.display = 'none';
    node.append(link);
    new AdminApi(api).isAdministrator().then((administrator) => {
      link.style.display = administrator ? '' : 'none';
    });
  },
};

const route = {
  id: ID + '-page',
  pluginPoint: 'cockpit.route',
  properties: {
    path: '/' + ID,
  },
  render(node, { api }) {
    loadStyles();
    if (page) {
      page.close();
    }
    page = new ModelAdminPage(node, new AdminApi(api), texts());
    page.load();
  },
  unmount() {
    if (page) {
      page.close();
      page = null;
    }
  },
};

export default [navigation, route];
